from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class BuddyConfig(AppConfig):
    """Buddy pairing: proposals by optimal matching, confirmation by both, check-ins."""

    name = "buddy"
    label = "lms_buddy"
    default_auto_field = "django.db.models.BigAutoField"
    verbose_name = _("Buddy")

    def ready(self):
        from . import rules  # noqa: F401  the access rules and capabilities need the loaded models
