from django.apps import AppConfig
from django.utils.module_loading import autodiscover_modules
from django.utils.translation import gettext_lazy as _


class PrivacyConfig(AppConfig):
    """Registry of per-app privacy providers (describe, export, erase), the audit log and retention jobs.

    Knows no app: apps register their providers in their own `privacy.py`, found here like `wagtail_hooks`.
    """

    name = "lms.privacy"
    label = "lms_privacy"
    default_auto_field = "django.db.models.BigAutoField"
    verbose_name = _("Privacy")

    def ready(self):
        from . import checks, library, receivers  # noqa: F401  # models are loaded only now

        library.register_installed()
        autodiscover_modules("privacy")
