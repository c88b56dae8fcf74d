"""mozilla-django-oidc's authentication backend, made strict.

What the library leaves open and this closes:
- the ID token's audience and issuer are checked (the library decodes with `verify_aud: False` and no issuer),
  and `exp`, `iat`, `iss`, `aud` and `sub` must be present; with several audiences, `azp` must be this client;
- the nonce must be present and equal (constant time) to the one this session sent;
- userinfo must be about the same subject as the ID token (OpenID Connect Core 5.3.2);
- a person is found by the subject, never by e-mail (`accounts.sign_in`);
- nothing is read from the settings or the network when Django makes the backend for an ordinary request
  (`get_user`), and an account switched off here loses its session at its next request.

Every refusal raises SuspiciousOperation with a reason for the log (never a name or a token) or
`accounts.LoginRefused`; the callback view turns both into a Dutch page.
"""

import logging

import jwt
from django.contrib.auth import get_user_model
from django.contrib.auth.backends import ModelBackend
from django.core.exceptions import SuspiciousOperation
from django.utils.crypto import constant_time_compare
from mozilla_django_oidc.auth import OIDCAuthenticationBackend

from . import accounts, provider

logger = logging.getLogger(__name__)

# Clocks of the provider and the site may differ a little.
LEEWAY_SECONDS = 60
ID_TOKEN_CLAIMS = ["iss", "aud", "sub", "exp", "iat"]


def _lazy(name):
    return property(lambda self: provider.oidc_setting(name))


class OrganisationAccountBackend(OIDCAuthenticationBackend):
    get_settings = staticmethod(provider.oidc_setting)

    OIDC_OP_TOKEN_ENDPOINT = _lazy("OIDC_OP_TOKEN_ENDPOINT")
    OIDC_OP_USER_ENDPOINT = _lazy("OIDC_OP_USER_ENDPOINT")
    OIDC_OP_JWKS_ENDPOINT = _lazy("OIDC_OP_JWKS_ENDPOINT")
    OIDC_RP_CLIENT_ID = _lazy("OIDC_RP_CLIENT_ID")
    OIDC_RP_CLIENT_SECRET = _lazy("OIDC_RP_CLIENT_SECRET")
    OIDC_RP_SIGN_ALGO = _lazy("OIDC_RP_SIGN_ALGO")
    OIDC_RP_IDP_SIGN_KEY = _lazy("OIDC_RP_IDP_SIGN_KEY")

    def __init__(self, *args, **kwargs):
        # The library reads its endpoints here; Django makes a backend for every request with a session.
        self.UserModel = get_user_model()

    def authenticate(self, request, nonce=None, code_verifier=None, **credentials):
        """Only the callback view calls this backend with a nonce. Django's authenticate() also offers it
        username and password from the login form: those are not for it."""
        if request is None or credentials or not nonce:
            return None
        return super().authenticate(request, nonce=nonce, code_verifier=code_verifier)

    def get_user(self, user_id):
        # The library's get_user ignores is_active; Django's does not, so an account switched off here is logged
        # out at its next request.
        return ModelBackend.get_user(self, user_id)

    # --- The tokens ------------------------------------------------------------------------------------------

    def verify_token(self, token, **kwargs):
        """Verify an ID token (called with the session's nonce) or a signed userinfo answer (without)."""
        is_id_token = "nonce" in kwargs
        key = self._signing_key(token)
        claims = self._decode(token, key, is_id_token)
        if is_id_token:
            expected, found = kwargs["nonce"], claims.get("nonce")
            if not expected or not isinstance(found, str) or not constant_time_compare(found, expected):
                raise SuspiciousOperation("ID token refused: nonce missing or not the one this session sent")
        return claims

    def _signing_key(self, token):
        if self.OIDC_RP_SIGN_ALGO.startswith("HS"):
            return self.OIDC_RP_CLIENT_SECRET
        if self.OIDC_RP_IDP_SIGN_KEY:
            return self.OIDC_RP_IDP_SIGN_KEY
        try:
            return self.retrieve_matching_jwk(token)
        except (KeyError, TypeError, jwt.PyJWTError) as error:
            raise SuspiciousOperation(f"ID token refused: no matching signing key ({error.__class__.__name__})") \
                from error

    def _decode(self, token, key, is_id_token):
        algorithm = self.OIDC_RP_SIGN_ALGO
        try:
            header = jwt.get_unverified_header(token)
        except jwt.PyJWTError as error:
            raise SuspiciousOperation("ID token refused: not a JWT") from error
        if header.get("alg") != algorithm:
            raise SuspiciousOperation("ID token refused: signed with another algorithm than configured")
        client_id = self.OIDC_RP_CLIENT_ID
        try:
            claims = jwt.decode(
                token, key, algorithms=[algorithm], audience=client_id, issuer=provider.token_issuer(),
                leeway=LEEWAY_SECONDS, options={"require": ID_TOKEN_CLAIMS if is_id_token else ["iss", "aud", "sub"]},
            )
        except jwt.InvalidSignatureError as error:
            raise SuspiciousOperation("ID token refused: the signature does not verify") from error
        except jwt.InvalidAudienceError as error:
            raise SuspiciousOperation("ID token refused: issued for another audience than this site") from error
        except jwt.InvalidIssuerError as error:
            raise SuspiciousOperation("ID token refused: issued by another issuer") from error
        except jwt.ExpiredSignatureError as error:
            raise SuspiciousOperation("ID token refused: expired") from error
        except jwt.PyJWTError as error:
            raise SuspiciousOperation(f"ID token refused: {error.__class__.__name__}") from error
        audience = claims["aud"]
        if isinstance(audience, list) and len(audience) > 1 and claims.get("azp") != client_id:
            raise SuspiciousOperation("ID token refused: several audiences and this site is not the authorized party")
        return claims

    # --- The person ------------------------------------------------------------------------------------------

    def get_or_create_user(self, access_token, id_token, payload):
        """The person of these claims: the ID token's, completed by userinfo about the same subject."""
        claims = dict(payload)
        if self.OIDC_OP_USER_ENDPOINT:
            info = self.get_userinfo(access_token, id_token, payload)
            if not isinstance(info, dict) or info.get("sub") != payload.get("sub"):
                raise SuspiciousOperation("userinfo is about another subject than the ID token")
            claims.update(info)
        return accounts.sign_in(payload["iss"], claims)

    def filter_users_by_claims(self, claims):
        # The library finds people by e-mail address; here only `accounts.sign_in` finds them, by subject.
        return self.UserModel.objects.none()
