from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class IntervisieConfig(AppConfig):
    """Intervisie groups, sessions with methods and fair roles, availability polls and calendar files."""

    name = "intervisie"
    label = "lms_intervisie"
    default_auto_field = "django.db.models.BigAutoField"
    verbose_name = _("Intervisie")

    def ready(self):
        # AppConfig.ready: the rules and capabilities register once every model is loaded.
        from . import rules  # noqa: F401
