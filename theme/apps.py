from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ThemeConfig(AppConfig):
    """Base templates, components, CSS and the user-text filter. No models; every app may use it."""

    name = "theme"
    verbose_name = _("Vormgeving")
