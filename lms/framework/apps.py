from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class FrameworkConfig(AppConfig):
    """The analysekader as versioned data (framework, dimensions, options) and pure agreement statistics.

    Depends on nothing of ours; cycles, casuistiek and goals read it.
    """

    name = "lms.framework"
    label = "lms_framework"
    default_auto_field = "django.db.models.BigAutoField"
    verbose_name = _("Analysekader")
