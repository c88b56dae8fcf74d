from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class GoalsConfig(AppConfig):
    """Leerdoelen and actiedoelen with versions (herijking), evaluations, cadence and reminders.

    Builds on people (access policy, shares); later linked to cycles' aandachtspunten.
    """

    name = "lms.goals"
    label = "goals"
    verbose_name = _("Ontwikkeldoelen")

    def ready(self):
        from . import rules  # noqa: F401
