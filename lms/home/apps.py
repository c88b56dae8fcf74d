from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class HomeConfig(AppConfig):
    """The personal overview that tells a logged-in person where they stand in the ontwikkelcyclus, the optional
    Leerplatform start page, the site settings (name, statements) and the tags a site's base template uses.

    Apps add dashboard panels and menu items through Wagtail hooks (lms.extensions.dashboard), so this app
    knows no app.
    """

    name = "lms.home"
    label = "lms_home"
    default_auto_field = "django.db.models.BigAutoField"
    verbose_name = _("Leerplatform")

    def ready(self):
        # AppConfig.ready: registers the check that the apps the platform needs are installed.
        from lms import plugin  # noqa: F401
