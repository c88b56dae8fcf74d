from django.apps import AppConfig
from django.contrib.auth.signals import user_logged_out
from django.utils.translation import gettext_lazy as _


class PeopleConfig(AppConfig):
    """Accounts, participant profiles, teams, roles, shares and the one access policy."""

    name = "lms.people"
    label = "lms_people"
    default_auto_field = "django.db.models.BigAutoField"
    verbose_name = _("Mensen en toegang")

    def ready(self):
        from django.db.models.signals import post_migrate

        from theme.csp import register_form_action_source

        from . import rules  # noqa: F401  registers the policy for this app's own models
        from .oidc import checks  # noqa: F401  registers the checks of the organisation's login
        from .oidc.provider import origins
        from .permissions import grant_role_permissions

        # The logout form's redirect may end at the organisation's login (RP-initiated logout).
        register_form_action_source(origins)

        post_migrate.connect(grant_role_permissions, dispatch_uid="vknz_grant_role_permissions")
        user_logged_out.connect(say_goodbye, dispatch_uid="vknz_say_goodbye")


def say_goodbye(sender, request, user, **kwargs):
    """Confirm the logout on the login page, so nobody wonders whether it worked on a shared computer."""
    from django.contrib import messages

    messages.info(request, _("Je bent uitgelogd."), fail_silently=True)  # also when logged out outside a request
