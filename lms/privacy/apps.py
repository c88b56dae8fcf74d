from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class PrivacyConfig(AppConfig):
    """Registry of per-app privacy providers (describe, export, erase), the audit log and retention jobs.

    Knows no app: apps register their providers with it.
    """

    name = "lms.privacy"
    label = "privacy"
    verbose_name = _("Privacy")
