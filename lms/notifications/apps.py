from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class NotificationsConfig(AppConfig):
    """In-app notices and their e-mails, sent once through django-q2. Other apps call `services.notify`."""

    name = "lms.notifications"
    label = "lms_notifications"
    default_auto_field = "django.db.models.BigAutoField"
    verbose_name = _("Meldingen")

    def ready(self):
        from . import receivers, rules  # noqa: F401
