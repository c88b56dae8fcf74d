from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class HomeConfig(AppConfig):
    """The home page: a dashboard that tells a logged-in person where they stand in the ontwikkelcyclus.

    Apps add dashboard panels and menu items through Wagtail hooks (see `dashboard.py`), so the home page
    knows no app.
    """

    name = "lms.home"
    label = "home"
    verbose_name = _("Startpagina")
