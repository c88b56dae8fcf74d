from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class AgendaConfig(AppConfig):
    """The MT's leeragenda pages and themes, the goals linked to them, and the dashboard of thresholded aggregates.

    Builds on goals, cycles, courses, casuïstiek, buddy and intervisie, and owns the link between a goal and a
    theme (goals offers hooks, the agenda fills them). Never shows a group smaller than the threshold
    (statistics/disclosure.py).
    """

    name = "lms.agenda"
    label = "lms_agenda"
    default_auto_field = "django.db.models.BigAutoField"
    verbose_name = _("Leeragenda")

    def ready(self):
        # AppConfig.ready: rules and signal receivers register once every model is loaded.
        from . import rules, signals  # noqa: F401
