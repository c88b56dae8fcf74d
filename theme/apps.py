from django.apps import AppConfig
from django.urls import register_converter
from django.utils.translation import gettext_lazy as _

from .converters import IdConverter


class ThemeConfig(AppConfig):
    """Base templates, components, CSS and the user-text filter. No models; every app may use it."""

    name = "theme"

    label = "lms_theme"

    default_auto_field = "django.db.models.BigAutoField"
    verbose_name = _("Vormgeving")

    def ready(self):
        # Registered once, before any URLconf is read: every app writes its object ids as <id:pk>.
        register_converter(IdConverter, "id")
