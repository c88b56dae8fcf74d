from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class AgendaConfig(AppConfig):
    """The MT's leeragenda pages and themes, and the dashboard of thresholded aggregates.

    Builds on goals, cycles, courses, casuïstiek, buddy and intervisie; goals link to its themes. Never shows a
    group smaller than the threshold (disclosure.py).
    """

    name = "lms.agenda"
    label = "agenda"
    verbose_name = _("Leeragenda")

    def ready(self):
        from . import rules, signals  # noqa: F401
