from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class AccountsConfig(AppConfig):
    """This site's own user model. The apps of the platform work with any user model; this site keeps a custom one
    (as Django advises for a new project), so the suite runs against a custom user and the host-site job against
    Django's auth.User."""

    name = "vknz_site.accounts"
    label = "accounts"
    default_auto_field = "django.db.models.BigAutoField"
    verbose_name = _("Accounts")
