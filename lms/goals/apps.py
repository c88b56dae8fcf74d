from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class GoalsConfig(AppConfig):
    """Leerdoelen and actiedoelen with versions (herijking), evaluations, cadence and reminders.

    Builds on people (access policy, shares); knows none of the apps above it. Those (cycles' aandachtspunten,
    the leeragenda's themes) link to goals and add to the goal pages through the hooks in `extensions`.
    """

    name = "lms.goals"
    label = "lms_goals"
    default_auto_field = "django.db.models.BigAutoField"
    verbose_name = _("Ontwikkeldoelen")

    def ready(self):
        # AppConfig.ready: the rules register once every model is loaded.
        from . import rules  # noqa: F401
