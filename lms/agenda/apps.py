from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class AgendaConfig(AppConfig):
    """The MT's leeragenda pages and themes, and the dashboard of thresholded aggregates.

    Builds on goals, cycles and courses; never shows a group smaller than the threshold.
    """

    name = "lms.agenda"
    label = "agenda"
    verbose_name = _("Leeragenda")
