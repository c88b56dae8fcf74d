from django.apps import AppConfig
from django.db.models.signals import post_migrate

from .schedules import sync_after_migrate


class ExtensionsConfig(AppConfig):
    """The ground floor's extension points: menus and dashboard panels (Wagtail hooks) and the apps' background
    schedules, synchronised with django-q2 after every migrate; what is kept between requests, renewed whenever a
    model changes (kept.py). No models of its own."""

    name = "lms.extensions"
    label = "lms_extensions"
    default_auto_field = "django.db.models.BigAutoField"
    verbose_name = "Uitbreidingspunten"

    def ready(self):
        post_migrate.connect(sync_after_migrate, sender=self, dispatch_uid="lms.extensions.schedules.sync")
        from .kept import watch

        watch()
