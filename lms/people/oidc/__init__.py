"""Logging in with the organisation's own account: OpenID Connect through mozilla-django-oidc.

A municipality's staff log in with the account they already have (Entra ID, ADFS, Keycloak). The flow is the
authorization code flow with PKCE (S256), state and nonce; the ID token's signature, issuer, audience and expiry
are checked here, because the library leaves the audience and issuer unchecked.

- `provider`   which provider, read from the settings (`VKNZ_OIDC_ISSUER`, OIDC_RP_*) and its discovery document
- `backend`    the library's backend, made strict: verifies the ID token, takes claims from it and from userinfo
- `accounts`   claims → person: found by the stable subject (`sub`), never by e-mail; name, e-mail, roles and team
               brought up to date at every login through the administrator's group mappings
- `views`      start, callback and logout (also ending the provider's session), and the Dutch refusal pages

Local accounts stay: for the demo, and for a break-glass administrator when the provider is down.
"""
