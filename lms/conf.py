"""The platform's own settings, each with its default, in one place.

A site sets any of them in its Django settings; none is required. Read them through `setting(name)`, never as
`settings.VKNZ_...` attributes, so a site that sets nothing still works.

VKNZ_BASE_URL              The public address of the site, for links in e-mails and calendar files.
                           Default: "http://127.0.0.1:8000".
VKNZ_MIN_GROUP_SIZE        The smallest group the MT sees a figure about. Default 5; never lower than 3
                           (lms/agenda/statistics/disclosure.py).
VKNZ_PROXY_COUNT           How many reverse proxies in front of Django add to X-Forwarded-For, to find the client
                           for the login lockout (lms/people/client_address.py). Default 0.
VKNZ_RECORDING_HOSTS       Hosts a recording link may point to ("*." allows subdomains); other links are refused,
                           so the video stays in the organisation's storage. Default: Teams and SharePoint.
VKNZ_EMBED_HOSTS           Hosts whose videos may be embedded in the leergang. Default: YouTube and Vimeo.
VKNZ_AUDIT_RETENTION_DAYS  How long the "who looked at this" log is kept. Default 365.
VKNZ_SITE_NAME             The platform's name in the standalone layout, e-mails and PDFs when no Wagtail site
                           setting names it. Default: "Van Kijken naar Zien".
VKNZ_RATING_LINK_DAYS      How many days a client's one-time link for a session rating stays valid
                           (lms/cycles/ratings.py). Default 14.
VKNZ_SELF_ANALYSIS_FROM_CYCLE  From which of a participant's own video-reflections (1, 2, ...) a cycle with analysts
                           and watching back asks the participant to analyse first, with the Kijkwijzer; the
                           analysts then respond to that self-analysis (lms/cycles/kijkwijzer.py; the path page,
                           lms/cycles/path.py, words its phases with it). Default 3: the analysts lead the first
                           two cycles, as in the action research.
VKNZ_INDEPENDENT_AFTER_CYCLES  After how many finished video-reflections the platform suggests going on
                           independently, and preselects that on the start form. Default 4.
VKNZ_SAMENLEERWIJZER_MONTHS
                           How many months after a Samenleerwijzer-gesprek the next one is due, for a participant who
                           did not choose a cadence of their own (lms/cycles/samenleerwijzer.py); the daily task
                           reminds them. A whole number of months; 0 reminds nobody who did not choose. Default 3.
VKNZ_OIDC_ISSUER           The issuer of the organisation's OpenID Connect login (Entra ID, ADFS, Keycloak), e.g.
                           "https://login.microsoftonline.com/<tenant>/v2.0"; its endpoints are read from
                           <issuer>/.well-known/openid-configuration. When set (with mozilla-django-oidc's
                           OIDC_RP_CLIENT_ID and OIDC_RP_CLIENT_SECRET, and lms.people.oidc.backend.
                           OrganisationAccountBackend in AUTHENTICATION_BACKENDS), the login page offers
                           "Inloggen met je gemeente-account" (lms/people/oidc/). Default "": local accounts only.
VKNZ_KEEP_SECONDS          How long a kept page or part of one (panels, menu counts, the site, routes, the MT
                           figures; lms/extensions/kept.py, kept_pages.py) lives at most; a change renews it sooner.
                           0 keeps nothing.
                           Default: 120 with a cache shared by all processes (Redis), 0 with a cache of one process
                           (Django's local-memory cache): there a change in one process would not reach the others.
VKNZ_OIDC_GROUPS_CLAIM     The claim that lists a person's groups, mapped to teams and roles by the
                           administrator's group mappings (lms/people/models.py, GroupMapping). Default "groups".
"""

from django.conf import settings

DEFAULTS = {
    "VKNZ_BASE_URL": "http://127.0.0.1:8000",
    "VKNZ_MIN_GROUP_SIZE": 5,
    "VKNZ_PROXY_COUNT": 0,
    "VKNZ_RECORDING_HOSTS": ["teams.microsoft.com", "*.sharepoint.com"],
    "VKNZ_EMBED_HOSTS": ["youtube.com", "youtu.be", "vimeo.com"],
    "VKNZ_AUDIT_RETENTION_DAYS": 365,
    "VKNZ_SITE_NAME": "Van Kijken naar Zien",
    "VKNZ_RATING_LINK_DAYS": 14,
    "VKNZ_SELF_ANALYSIS_FROM_CYCLE": 3,
    "VKNZ_INDEPENDENT_AFTER_CYCLES": 4,
    "VKNZ_SAMENLEERWIJZER_MONTHS": 3,
    "VKNZ_OIDC_ISSUER": "",
    "VKNZ_OIDC_GROUPS_CLAIM": "groups",
    "VKNZ_KEEP_SECONDS": None,  # None: decided by the cache backend (lms/extensions/kept.py)
}

# Below this, a figure about a group could point at one person whatever the site asks for.
MIN_GROUP_SIZE_FLOOR = 3


def setting(name: str):
    """The site's value for `name`, or the platform's default. Read on each call: tests and sites may change it."""
    if name not in DEFAULTS:
        raise KeyError(f"{name} is not a setting of the platform (see lms/conf.py)")
    value = getattr(settings, name, DEFAULTS[name])
    if name == "VKNZ_MIN_GROUP_SIZE":
        return max(MIN_GROUP_SIZE_FLOOR, int(value))
    return value
