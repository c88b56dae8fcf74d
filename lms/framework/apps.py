from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class FrameworkConfig(AppConfig):
    """The analysekader as versioned data (framework, dimensions, options) and pure agreement statistics.

    Depends on nothing of ours; cycles, casuistiek and goals read it.
    """

    name = "lms.framework"
    label = "framework"
    verbose_name = _("Analysekader")
