from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CoursesConfig(AppConfig):
    """The leergang: Wagtail page types for the course and its modules, enrolment and progress."""

    name = "courses"
    label = "lms_courses"
    default_auto_field = "django.db.models.BigAutoField"
    verbose_name = _("Leergang")

    def ready(self):
        from . import rules, signals  # noqa: F401  the access rules, capabilities and signals need the loaded models
