from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CasuistiekConfig(AppConfig):
    """Training cases with an expert key on the analysekader, exercises, feedback and calibration."""

    name = "casuistiek"
    label = "lms_casuistiek"
    default_auto_field = "django.db.models.BigAutoField"
    verbose_name = _("Casuïstiek")

    def ready(self):
        from . import rules  # noqa: F401  the access rules and capabilities need the loaded models
