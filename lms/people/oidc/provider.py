"""Which OpenID Connect provider the site uses, and its endpoints.

The site names the issuer (`VKNZ_OIDC_ISSUER`, lms/conf.py) and the client (mozilla-django-oidc's OIDC_RP_CLIENT_ID
and OIDC_RP_CLIENT_SECRET); the endpoints come from the issuer's discovery document, fetched when a login first
needs them and kept for a quarter of an hour (a provider that rotates its endpoints is followed). An endpoint set
explicitly in the settings (OIDC_OP_TOKEN_ENDPOINT, ...) wins over discovery. Nothing here touches the network
before somebody logs in: not at start-up, not in `check --deploy`, not on a page view.

`oidc_setting` is what the library's classes read their settings through (their `get_settings`): the platform's
defaults, the discovered endpoints, and the security choices no site can switch off (PKCE, nonce, no unsigned
tokens).
"""

import threading
import time
from dataclasses import dataclass
from urllib.parse import urlsplit

import requests
from django.conf import settings
from django.core.exceptions import ImproperlyConfigured
from django.utils.module_loading import import_string

from lms.conf import setting

# Not negotiable: the flow the platform promises (README), whatever a site's settings say.
FORCED = {
    "OIDC_USE_PKCE": True,
    "OIDC_PKCE_CODE_CHALLENGE_METHOD": "S256",
    "OIDC_USE_NONCE": True,
    "OIDC_ALLOW_UNSECURED_JWT": False,
    "OIDC_VERIFY_KID": True,
    "OIDC_CREATE_USER": True,
    # The ID token is kept in the session only as the hint for ending the provider's session at logout.
    "OIDC_STORE_ID_TOKEN": True,
    "OIDC_STORE_ACCESS_TOKEN": False,
    "OIDC_AUTHENTICATION_CALLBACK_URL": "lms:account:oidc_callback",
    "OIDC_REDIRECT_FIELD_NAME": "next",
}
# The platform's defaults where the library's differ: it asks only for "openid email", signs with HS256 and waits
# for a provider forever.
DEFAULTS = {
    "OIDC_RP_SCOPES": "openid profile email",
    "OIDC_RP_SIGN_ALGO": "RS256",
    "OIDC_RP_CLIENT_SECRET": "",
    "OIDC_TIMEOUT": 10,
    "OIDC_RP_IDP_SIGN_KEY": None,
}
# Setting name → the discovery document's key.
DISCOVERED = {
    "OIDC_OP_AUTHORIZATION_ENDPOINT": "authorization_endpoint",
    "OIDC_OP_TOKEN_ENDPOINT": "token_endpoint",
    "OIDC_OP_USER_ENDPOINT": "userinfo_endpoint",
    "OIDC_OP_JWKS_ENDPOINT": "jwks_uri",
    "OIDC_OP_LOGOUT_ENDPOINT": "end_session_endpoint",
}
DISCOVERY_SECONDS = 15 * 60
BACKEND = "lms.people.oidc.backend.OrganisationAccountBackend"


class ProviderUnavailable(Exception):
    """The provider's discovery document could not be read or does not belong to the configured issuer."""


@dataclass(frozen=True)
class Metadata:
    issuer: str
    values: dict
    fetched: float


_lock = threading.Lock()
_metadata: Metadata | None = None


def issuer() -> str:
    return setting("VKNZ_OIDC_ISSUER") or ""


def backend_path() -> str:
    """The dotted path of the backend in AUTHENTICATION_BACKENDS (ours, or a site's subclass of it), or ""."""
    from .backend import OrganisationAccountBackend

    for path in settings.AUTHENTICATION_BACKENDS:
        try:
            if issubclass(import_string(path), OrganisationAccountBackend):
                return path
        except ImportError:
            continue
    return ""


def is_configured() -> bool:
    """Whether the login page offers the organisation's login: an issuer, a client and the backend are set."""
    return bool(issuer() and getattr(settings, "OIDC_RP_CLIENT_ID", "") and backend_path())


def discovery_url(name: str) -> str:
    return name.rstrip("/") + "/.well-known/openid-configuration"


def metadata() -> Metadata:
    """The issuer's discovery document, fetched at most once per quarter of an hour per process."""
    global _metadata
    name = issuer()
    if not name:
        raise ImproperlyConfigured("VKNZ_OIDC_ISSUER is not set: the organisation's login is not configured.")
    with _lock:
        cached = _metadata
        if cached and cached.issuer == name and time.monotonic() - cached.fetched < DISCOVERY_SECONDS:
            return cached
        try:
            response = requests.get(discovery_url(name), timeout=oidc_setting("OIDC_TIMEOUT"),
                                    verify=oidc_setting("OIDC_VERIFY_SSL", True))
            response.raise_for_status()
            values = response.json()
        except (requests.RequestException, ValueError) as error:
            raise ProviderUnavailable(f"discovery document not available: {error.__class__.__name__}") from error
        # OpenID Connect Discovery 1.0, 4.3: the document must name the issuer it was fetched for.
        if not isinstance(values, dict) or str(values.get("issuer", "")).rstrip("/") != name.rstrip("/"):
            raise ProviderUnavailable("the discovery document names another issuer")
        _metadata = Metadata(name, values, time.monotonic())
        return _metadata


def forget_metadata() -> None:
    """For tests and for a site that switched providers: the next login reads the discovery document again."""
    global _metadata
    with _lock:
        _metadata = None


def token_issuer() -> str:
    """The `iss` an ID token must carry: the discovered issuer (identical to the configured one but for a slash)."""
    return metadata().values["issuer"]


def oidc_setting(name, *default):
    """A mozilla-django-oidc setting as the platform means it (see the module's docstring)."""
    if name in FORCED:
        return FORCED[name]
    if name in DISCOVERED:
        explicit = getattr(settings, name, None)
        return explicit if explicit else metadata().values.get(DISCOVERED[name]) or None
    if hasattr(settings, name):
        return getattr(settings, name)
    if name in DEFAULTS:
        return DEFAULTS[name]
    if default:
        return default[0]
    raise ImproperlyConfigured(f"Setting {name} not found")


def origins() -> list[str]:
    """The provider's origins a form here may lead to (the logout form's redirect to its end-session page), without
    asking the network: the issuer's, and the end-session endpoint's once discovery has named it."""
    if not is_configured():
        return []
    found = [issuer()]
    cached = _metadata
    if cached and cached.issuer == issuer():
        found.append(cached.values.get("end_session_endpoint") or "")
    found.append(getattr(settings, "OIDC_OP_LOGOUT_ENDPOINT", "") or "")
    result = []
    for url in found:
        parts = urlsplit(url)
        if parts.scheme in ("http", "https") and parts.netloc:
            origin = f"{parts.scheme}://{parts.netloc}"
            if origin not in result:
                result.append(origin)
    return result
