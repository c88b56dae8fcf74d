"""Settings shared by every environment. Everything that differs per machine comes from the environment.

Environment variables (all optional here; production.py makes the secret ones mandatory):
  DATABASE_URL            e.g. postgres://user:pass@host:5432/db; default: SQLite in var/db.sqlite3
  DJANGO_SECRET_KEY       the secret key
  DJANGO_ALLOWED_HOSTS    comma-separated host names
  REDIS_URL               when set, django-q2 uses Redis as broker instead of the database, and Redis is the
                          cache (charts, rate limits) and the sessions' cache
  EMAIL_HOST, EMAIL_PORT, EMAIL_HOST_USER, EMAIL_HOST_PASSWORD, EMAIL_USE_TLS, DEFAULT_FROM_EMAIL
  VKNZ_BASE_URL           the public address of the site, used in e-mails
  VKNZ_MIN_GROUP_SIZE     the smallest group the MT sees a figure about (default 5; never lower than 3)
  DJANGO_PROXY_COUNT      how many reverse proxies add to X-Forwarded-For (default 0; production: 1)
  VKNZ_OIDC_ISSUER        the municipality's OpenID Connect issuer; when set, the login page offers "Inloggen met
                          je gemeente-account" (README), and then these are read as well:
  VKNZ_OIDC_CLIENT_ID, VKNZ_OIDC_CLIENT_SECRET   the site's registration at that provider (both required)
  VKNZ_OIDC_SCOPES        default "openid profile email"
  VKNZ_OIDC_GROUPS_CLAIM  the claim with the person's groups, default "groups"
  VKNZ_OIDC_SIGN_ALGO     the ID token's signing algorithm, default RS256
"""

import os
from pathlib import Path

import dj_database_url
from django.core.exceptions import ImproperlyConfigured
from django.utils.translation import gettext_lazy as _

from lms.plugin import APPS as LMS_APPS
from theme.csp import FRONT_END

BASE_DIR = Path(__file__).resolve().parent.parent.parent
VAR_DIR = Path(os.environ.get("VKNZ_VAR_DIR", BASE_DIR / "var"))


def env_bool(name, default=False):
    value = os.environ.get(name)
    if value is None:
        return default
    return value.strip().lower() in {"1", "true", "yes", "on", "ja"}


def env_list(name, default=""):
    return [item.strip() for item in os.environ.get(name, default).split(",") if item.strip()]


# Which settings module is active; the demo command refuses to run in production.
VKNZ_ENVIRONMENT = "base"

SECRET_KEY = os.environ.get("DJANGO_SECRET_KEY", "")
DEBUG = False
ALLOWED_HOSTS = env_list("DJANGO_ALLOWED_HOSTS", "127.0.0.1,localhost")

INSTALLED_APPS = [
    # This site's own user model; the platform's apps work with any (lms/plugin.py, README).
    "vknz_site.accounts",
    # The platform, as a host site installs it.
    *LMS_APPS,
    # Wagtail
    "wagtail.contrib.forms",
    "wagtail.contrib.settings",
    "wagtail.embeds",
    "wagtail.contrib.redirects",
    "wagtail.sites",
    "wagtail.users",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail",
    "modelcluster",
    "taggit",
    "django_filters",
    # Django and others
    "django_q",
    "csp",
    "axes",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.forms",
    # The demo organisation: the top floor, after everything it loads into.
    "demo",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "theme.csp.PolicyMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    # A page asked again while nothing it read has changed comes from the cache (lms/extensions/kept_pages.py).
    "lms.people.kept.KeptPageMiddleware",
    "lms.home.middleware.KeptSiteMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
    # Last, so that a lockout answers before the view runs.
    "axes.middleware.AxesMiddleware",
]

ROOT_URLCONF = "vknz_site.urls"
FORM_RENDERER = "theme.forms.FormRenderer"
CSRF_FAILURE_VIEW = "theme.views.csrf_failure"
WSGI_APPLICATION = "vknz_site.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.debug",
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
            ],
        },
    },
]

DATABASES = {
    "default": dj_database_url.config(
        default=f"sqlite:///{VAR_DIR / 'db.sqlite3'}",
        conn_max_age=int(os.environ.get("DATABASE_CONN_MAX_AGE", "60")),
        conn_health_checks=True,
    )
}
# SQLite (`make run`, tests) serves the web server and the django-q2 cluster from one file at once. By default a
# transaction starts reading and asks for the write lock only at its first write; when another process wrote in
# between, SQLite cannot wait and answers "database is locked" at once (a lost action, a 500). So: write transactions
# take the lock up front (IMMEDIATE) and wait for it (timeout, seconds), and WAL lets readers go on while one writes.
# PostgreSQL needs none of this: it keeps its row locks (select_for_update).
if DATABASES["default"]["ENGINE"].endswith("sqlite3"):
    DATABASES["default"]["OPTIONS"] = {
        **DATABASES["default"].get("OPTIONS", {}),
        "transaction_mode": "IMMEDIATE",
        "timeout": 20,
        "init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL",
    }
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

AUTH_USER_MODEL = "accounts.User"
AUTHENTICATION_BACKENDS = [
    # Axes first: it refuses a locked-out username/address before the password is even checked.
    "axes.backends.AxesBackend",
    "django.contrib.auth.backends.ModelBackend",
]
AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator", "OPTIONS": {"min_length": 10}},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]
LOGIN_URL = "lms:account:login"
LOGIN_REDIRECT_URL = "lms:dashboard"
LOGOUT_REDIRECT_URL = "lms:account:login"
PASSWORD_RESET_TIMEOUT = 60 * 60 * 24  # one day

# Login hardening (django-axes): five wrong tries on one username from one client lock that username for that
# client for 30 minutes. Username and address together: by username alone one client could lock anyone out (and
# behind a proxy every client would be that one client); by address alone one wrong-typing colleague would lock out
# a whole office that shares one outgoing address. The client is found by lms/people/client_address.py.
AXES_FAILURE_LIMIT = 5
AXES_COOLOFF_TIME = 0.5  # hours
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]
AXES_CLIENT_IP_CALLABLE = "lms.people.client_address.client_address"
# How many reverse proxies append to X-Forwarded-For in front of Django; none for `make run` (production: 1).
VKNZ_PROXY_COUNT = int(os.environ.get("DJANGO_PROXY_COUNT", "0"))
AXES_RESET_ON_SUCCESS = True
AXES_LOCKOUT_TEMPLATE = "lms/account/locked_out.html"
AXES_VERBOSE = False
# No usernames or addresses in the logs (privacy): axes logs only that something happened.
AXES_SENSITIVE_PARAMETERS = ["username", "ip_address", "password"]

# Dutch for everyone, whatever the browser asks: our source strings are Dutch, and a half-English page (Django's
# own strings translated, ours not) would be worse than none. English waits for a complete catalogue (none yet).
LANGUAGE_CODE = "nl"
LANGUAGES = [("nl", _("Nederlands")), ("en", _("Engels"))]
# This site's own catalogue first: it re-translates the few strings where Django and Wagtail say "u" (the site says
# "je"); see vknz_site/locale/nl/LC_MESSAGES/django.po.
LOCALE_PATHS = [BASE_DIR / "vknz_site" / "locale", BASE_DIR / "locale"]
TIME_ZONE = "Europe/Amsterdam"
USE_I18N = True
USE_TZ = True

STATIC_URL = "/static/"
STATIC_ROOT = VAR_DIR / "static"
MEDIA_ROOT = VAR_DIR / "media"
MEDIA_URL = "/media/"
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}

# E-mail
EMAIL_HOST = os.environ.get("EMAIL_HOST", "localhost")
EMAIL_PORT = int(os.environ.get("EMAIL_PORT", "25"))
EMAIL_HOST_USER = os.environ.get("EMAIL_HOST_USER", "")
EMAIL_HOST_PASSWORD = os.environ.get("EMAIL_HOST_PASSWORD", "")
EMAIL_USE_TLS = env_bool("EMAIL_USE_TLS")
DEFAULT_FROM_EMAIL = os.environ.get("DEFAULT_FROM_EMAIL", "Van Kijken naar Zien <noreply@localhost>")
SERVER_EMAIL = DEFAULT_FROM_EMAIL
EMAIL_SUBJECT_PREFIX = "[Van Kijken naar Zien] "
VKNZ_BASE_URL = os.environ.get("VKNZ_BASE_URL", "http://127.0.0.1:8000")

# Background work (django-q2). The database broker is the embedded default; REDIS_URL switches to Redis.
# retry must exceed timeout, or a slow task is started a second time while the first still runs.
Q_CLUSTER = {
    "name": "vknz",
    "workers": int(os.environ.get("Q_WORKERS", "2")),
    "timeout": 60,
    "retry": 120,
    "max_attempts": 3,
    "catch_up": False,
    "save_limit": 500,
    "label": "Achtergrondtaken",
}
if os.environ.get("REDIS_URL"):
    Q_CLUSTER["redis"] = os.environ["REDIS_URL"]
else:
    Q_CLUSTER["orm"] = "default"

# The cache: with REDIS_URL one Redis for every worker and machine, so what one worker keeps (a chart, the count of
# wrong rating links from an address) holds for all; without it each process keeps its own, in memory (make run).
# Sessions are read from that shared cache and written through to the database; with a cache per process a
# logout would not reach the other workers, so then they stay in the database only.
if os.environ.get("REDIS_URL"):
    CACHES = {"default": {"BACKEND": "django.core.cache.backends.redis.RedisCache",
                          "LOCATION": os.environ["REDIS_URL"], "KEY_PREFIX": "vknz"}}
    SESSION_ENGINE = "django.contrib.sessions.backends.cached_db"
else:
    CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache", "LOCATION": "vknz"}}

# Wagtail
WAGTAIL_SITE_NAME = "Van Kijken naar Zien"
WAGTAILADMIN_BASE_URL = VKNZ_BASE_URL
WAGTAIL_I18N_ENABLED = False
# No avatars fetched from gravatar.com: that would send a hash of every e-mail address to a third party.
WAGTAIL_GRAVATAR_PROVIDER_URL = None
WAGTAILSEARCH_BACKENDS = {"default": {"BACKEND": "wagtail.search.backends.database"}}
WAGTAILDOCS_EXTENSIONS = ["pdf", "docx", "odt", "pptx", "txt"]
DATA_UPLOAD_MAX_NUMBER_FIELDS = 10_000

SESSION_COOKIE_AGE = 60 * 60 * 10  # a working day
SESSION_COOKIE_HTTPONLY = True
CSRF_COOKIE_HTTPONLY = True
X_FRAME_OPTIONS = "DENY"
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "formatters": {"plain": {"format": "%(asctime)s %(levelname)s %(name)s %(message)s"}},
    "handlers": {"console": {"class": "logging.StreamHandler", "formatter": "plain"}},
    "root": {"handlers": ["console"], "level": os.environ.get("LOG_LEVEL", "INFO")},
    "loggers": {
        # Request logs carry URLs only; our URLs hold ids, never names (privacy rule). 403/404 are expected
        # answers of the access policy, not errors: only server errors are logged.
        "django.request": {"level": "ERROR"},
        "axes": {"level": "WARNING"},
        # Wagtail's own background jobs (search index, references) run inline; their chatter is noise.
        "django_tasks": {"level": "WARNING"},
        "weasyprint": {"level": "WARNING"},
        "fontTools": {"level": "WARNING"},
        "matplotlib": {"level": "WARNING"},
    },
}

# Axes keeps failed attempts (needed for the lockout) but no log of every successful login.
AXES_DISABLE_ACCESS_LOG = True

# Where recordings may live: links to other hosts are refused (the video stays in the organisation's storage).
VKNZ_RECORDING_HOSTS = env_list("VKNZ_RECORDING_HOSTS", "teams.microsoft.com,*.sharepoint.com")

# Video embeds in the leergang: only these hosts, rendered by our own finder (no oEmbed call to a third party).
VKNZ_EMBED_HOSTS = env_list("VKNZ_EMBED_HOSTS", "youtube.com,youtu.be,vimeo.com")
WAGTAILEMBEDS_FINDERS = [{"class": "courses.embeds.AllowListFinder"}]

# Management sees figures about groups of at least this many people, never smaller
# (lms/agenda/statistics/disclosure.py).
VKNZ_MIN_GROUP_SIZE = max(3, int(os.environ.get("VKNZ_MIN_GROUP_SIZE", "5")))

# Logging in with the municipality's own account (OpenID Connect through mozilla-django-oidc; lms/people/oidc), only
# when the environment names a provider. PKCE, state and nonce are always on (lms/people/oidc/provider.py). Local
# accounts stay for the demo and for a break-glass administrator.
VKNZ_OIDC_ISSUER = os.environ.get("VKNZ_OIDC_ISSUER", "").strip()
if VKNZ_OIDC_ISSUER:
    OIDC_RP_CLIENT_ID = os.environ.get("VKNZ_OIDC_CLIENT_ID", "").strip()
    OIDC_RP_CLIENT_SECRET = os.environ.get("VKNZ_OIDC_CLIENT_SECRET", "")
    if not OIDC_RP_CLIENT_ID or not OIDC_RP_CLIENT_SECRET:
        raise ImproperlyConfigured("VKNZ_OIDC_ISSUER is set: VKNZ_OIDC_CLIENT_ID and VKNZ_OIDC_CLIENT_SECRET must be "
                                   "set too (README: Inloggen met je gemeente-account).")
    OIDC_RP_SCOPES = os.environ.get("VKNZ_OIDC_SCOPES", "openid profile email")
    OIDC_RP_SIGN_ALGO = os.environ.get("VKNZ_OIDC_SIGN_ALGO", "RS256")
    VKNZ_OIDC_GROUPS_CLAIM = os.environ.get("VKNZ_OIDC_GROUPS_CLAIM", "groups")
    AUTHENTICATION_BACKENDS = [*AUTHENTICATION_BACKENDS, "lms.people.oidc.backend.OrganisationAccountBackend"]
    # Editors and administrators from the municipality reach the Wagtail admin through the same login page.
    WAGTAILADMIN_LOGIN_URL = LOGIN_URL

# Content security policy (see theme/csp.py): strict on the front end, looser for the Wagtail admin only.
CONTENT_SECURITY_POLICY = FRONT_END
