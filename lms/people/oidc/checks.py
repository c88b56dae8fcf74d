"""System checks for the organisation's login: half a configuration fails loudly instead of hiding the button."""

from urllib.parse import urlsplit

from django.conf import settings
from django.core.checks import Error, Warning, register

from . import provider

HINT = "See lms/conf.py (VKNZ_OIDC_ISSUER) and the README section 'Inloggen met je gemeente-account'."


@register()
def organisation_login_complete(app_configs, **kwargs):
    if not provider.issuer():
        return []
    errors = []
    if not getattr(settings, "OIDC_RP_CLIENT_ID", ""):
        errors.append(Error("VKNZ_OIDC_ISSUER is set but OIDC_RP_CLIENT_ID is not.", hint=HINT, id="lms.E002"))
    if not provider.backend_path():
        errors.append(Error("VKNZ_OIDC_ISSUER is set but no OrganisationAccountBackend is in "
                            "AUTHENTICATION_BACKENDS.", hint=HINT, id="lms.E003"))
    return errors


@register(deploy=True)
def organisation_login_over_https(app_configs, **kwargs):
    issuer = provider.issuer()
    if issuer and urlsplit(issuer).scheme != "https":
        return [Warning("VKNZ_OIDC_ISSUER is not an https address: tokens would travel unprotected.", hint=HINT,
                        id="lms.W001")]
    return []
