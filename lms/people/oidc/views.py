"""Start, callback and logout of the organisation's login, and the Dutch pages that explain a refusal.

Built on mozilla-django-oidc's views. The callback differs from the library's in three ways:
- every refusal is a Dutch page that says what the person can do, never a bare 400 or a redirect to nowhere;
- it calls the backend itself rather than django.contrib.auth.authenticate(): axes counts password guesses per
  username and client, and a refused provider login has no username, so through authenticate() five refusals
  from one office address would lock every colleague behind it out of the provider's login. There is no password
  to guess here: a code is useful only with the state and PKCE verifier this session keeps;
- a refusal also ends any session the browser still had, so a failed login never leaves someone logged in.
"""

import logging
import re
from urllib.parse import urlencode

import requests
from django.contrib import auth
from django.core.exceptions import SuspiciousOperation
from django.http import Http404
from django.shortcuts import render, resolve_url
from django.urls import reverse
from django.utils.decorators import method_decorator
from django.utils.module_loading import import_string
from django.utils.translation import gettext_lazy as _
from django.views.decorators.cache import never_cache
from mozilla_django_oidc.views import OIDCAuthenticationCallbackView, OIDCAuthenticationRequestView, OIDCLogoutView

from . import provider
from .accounts import LoginRefused, Refusal

logger = logging.getLogger(__name__)

ID_TOKEN = "oidc_id_token"  # noqa: S105 - the session key, not a token
STATES = "oidc_states"

# reason → (status, title, explanation); every text is the person's next step.
REFUSALS = {
    Refusal.STEPPED_OUT: (403, _("Je bent uitgestapt"), _(
        "Je bent eerder uitgestapt uit het leerplatform. Daarom kun je niet zomaar opnieuw inloggen. Wil je weer "
        "meedoen? Vraag de functioneel beheerder om je weer toe te laten en noem dit kenmerk. Daarna begin je met "
        "een nieuw, leeg account.")),
    Refusal.INACTIVE: (403, _("Je account staat uit"), _(
        "Je account in het leerplatform is uitgezet. Neem contact op met de functioneel beheerder als je denkt "
        "dat dit niet klopt.")),
    Refusal.PROVIDER: (403, _("Inloggen niet gelukt"), _(
        "De inlogdienst van je gemeente heeft het inloggen afgebroken of geweigerd. Probeer het opnieuw. Lukt "
        "het weer niet, vraag dan de servicedesk van je gemeente of je account actief is.")),
    Refusal.INVALID: (400, _("Inloggen niet gelukt"), _(
        "Het antwoord van de inlogdienst van je gemeente klopte niet, of het was al eens gebruikt. Daarom ben je "
        "niet ingelogd. Probeer het opnieuw vanaf de inlogpagina.")),
    Refusal.INCOMPLETE: (400, _("Inloggen niet gelukt"), _(
        "De inlogdienst van je gemeente stuurde niet mee wie je bent. Vraag de functioneel beheerder om dit na "
        "te kijken.")),
    Refusal.UNREACHABLE: (502, _("Inlogdienst niet bereikbaar"), _(
        "De inlogdienst van je gemeente is nu niet bereikbaar. Probeer het over een paar minuten opnieuw.")),
}


def refused(request, reason, subject=""):
    """The Dutch page for a refusal; whatever session the browser had ends here."""
    if request.user.is_authenticated:
        auth.logout(request)
    else:
        request.session.pop(ID_TOKEN, None)
    status, title, explanation = REFUSALS[reason]
    return render(request, "lms/account/organisation_login_refused.html",
                  {"title": title, "explanation": explanation, "subject": subject, "reason": reason},
                  status=status)


def _require_configured():
    if not provider.is_configured():
        raise Http404("Inloggen met een gemeente-account is hier niet ingesteld.")


@method_decorator(never_cache, name="dispatch")
class OrganisationLoginView(OIDCAuthenticationRequestView):
    """Sends the browser to the provider, with state, nonce and a PKCE challenge kept in the session."""

    get_settings = staticmethod(provider.oidc_setting)

    def __init__(self, *args, **kwargs):
        # The library reads the endpoint here; it is read in get(), where a missing provider can be explained.
        super(OIDCAuthenticationRequestView, self).__init__(*args, **kwargs)

    def get(self, request):
        _require_configured()
        try:
            self.OIDC_OP_AUTH_ENDPOINT = provider.oidc_setting("OIDC_OP_AUTHORIZATION_ENDPOINT")
        except provider.ProviderUnavailable as error:
            logger.warning("organisation login unavailable: %s", error)
            return refused(request, Refusal.UNREACHABLE)
        self.OIDC_RP_CLIENT_ID = provider.oidc_setting("OIDC_RP_CLIENT_ID")
        return super().get(request)


@method_decorator(never_cache, name="dispatch")
class OrganisationCallbackView(OIDCAuthenticationCallbackView):
    """Where the provider sends the browser back: checks state, exchanges the code, logs the person in."""

    get_settings = staticmethod(provider.oidc_setting)

    def get(self, request):
        _require_configured()
        pending = request.session.get(STATES)
        pending = pending if isinstance(pending, dict) else {}
        state = request.GET.get("state", "")
        entry = pending.pop(state, None)
        if state and entry is not None:
            # Used once: a replayed answer finds its state gone.
            request.session[STATES] = pending
            request.session.save()
        error = request.GET.get("error")
        if error:
            # The code is logged only when it looks like one (RFC 6749 codes): the query is the browser's to write.
            logger.info("organisation login: the provider answered %s",
                        error if re.fullmatch(r"[a-z_]{1,40}", error) else "an unknown error")
            return refused(request, Refusal.PROVIDER)
        if entry is None or not request.GET.get("code"):
            logger.warning("organisation login refused: state unknown to this session (replayed or forged)")
            return refused(request, Refusal.INVALID)
        answered_by = request.GET.get("iss")
        if answered_by is not None and answered_by != _token_issuer_or_none():
            # RFC 9207: an answer naming another issuer is a mix-up, whatever its code.
            logger.warning("organisation login refused: the answer names another issuer")
            return refused(request, Refusal.INVALID)
        # As the library does: the exchange is slow, so the session is read again afterwards rather than written
        # over what another tab changed meanwhile.
        request.session = request.session.__class__(request.session.session_key)
        path = provider.backend_path()
        backend = import_string(path)()
        try:
            user = backend.authenticate(request, nonce=entry.get("nonce"), code_verifier=entry.get("code_verifier"))
        except LoginRefused as refusal:
            logger.info("organisation login refused: %s", refusal.reason)
            return refused(request, refusal.reason, refusal.subject)
        except SuspiciousOperation as error:
            logger.warning("organisation login refused: %s", error)
            return refused(request, Refusal.INVALID)
        except requests.HTTPError as error:
            status = error.response.status_code if error.response is not None else 0
            logger.warning("organisation login refused: the provider answered %s at the token exchange", status)
            return refused(request, Refusal.INVALID if 400 <= status < 500 else Refusal.UNREACHABLE)
        except (requests.RequestException, provider.ProviderUnavailable) as error:
            logger.warning("organisation login: provider unavailable (%s)", error.__class__.__name__)
            return refused(request, Refusal.UNREACHABLE)
        if user is None:
            logger.warning("organisation login refused: the claims did not verify")
            return refused(request, Refusal.INVALID)
        user.backend = path
        self.user = user
        return self.login_success()


def _token_issuer_or_none():
    try:
        return provider.token_issuer()
    except provider.ProviderUnavailable:
        return None


def provider_logout_url(request):
    """Where the logout sends the browser (mozilla-django-oidc's OIDC_OP_LOGOUT_URL_METHOD): to the provider's
    end-session endpoint when the person logged in there and the provider offers one (RP-initiated logout, with the
    ID token as hint and the login page to come back to), else to the login page."""
    local = resolve_url(provider.oidc_setting("LOGOUT_REDIRECT_URL", "/"))
    id_token = request.session.get(ID_TOKEN)
    if not id_token or not provider.is_configured():
        return local
    try:
        end_session = provider.oidc_setting("OIDC_OP_LOGOUT_ENDPOINT")
    except provider.ProviderUnavailable:
        logger.warning("organisation logout: provider unavailable, only the session here ended")
        return local
    if not end_session:
        return local
    query = urlencode({"id_token_hint": id_token, "client_id": provider.oidc_setting("OIDC_RP_CLIENT_ID"),
                       "post_logout_redirect_uri": request.build_absolute_uri(reverse("lms:account:login"))})
    return f"{end_session}{'&' if '?' in end_session else '?'}{query}"


@method_decorator(never_cache, name="dispatch")
class LogoutView(OIDCLogoutView):
    """One logout for both ways of logging in (POST only): the session here ends, and so does the provider's
    when the person came from there."""

    def get_settings(self, name, *default):
        if name == "OIDC_OP_LOGOUT_URL_METHOD":
            return "lms.people.oidc.views.provider_logout_url"
        if name == "ALLOW_LOGOUT_GET_METHOD":
            return False  # a link or an image must not log anyone out
        return provider.oidc_setting(name, *default)
