from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CyclesConfig(AppConfig):
    """Video-reflection cycles: consent, recording references, fragments, analyses, interviews, reflection.

    Builds on people (access policy, shares) and framework.
    """

    name = "lms.cycles"
    label = "lms_cycles"
    default_auto_field = "django.db.models.BigAutoField"
    verbose_name = _("Video-reflectie")

    def ready(self):
        # AppConfig.ready: the rules and capabilities register once every model is loaded.
        from . import rules  # noqa: F401
