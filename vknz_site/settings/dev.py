"""Settings for `make run` on one machine: SQLite, the database broker, mails kept as files in var/mail/."""

import os

from .base import *  # noqa: F401,F403
from .base import LOGGING, SECRET_KEY, VAR_DIR

VKNZ_ENVIRONMENT = "dev"
DEBUG = True
# A fixed development key: this settings module must never serve real data.
SECRET_KEY = SECRET_KEY or "dev-only-key-van-kijken-naar-zien-not-for-production-use-0123456789"
# Each e-mail becomes a file in var/mail/ and one line on the console (recipient and subject), not the whole message.
EMAIL_BACKEND = os.environ.get("EMAIL_BACKEND", "vknz_site.mail.SummaryFileBackend")
EMAIL_FILE_PATH = os.environ.get("EMAIL_FILE_PATH", str(VAR_DIR / "mail"))
INTERNAL_IPS = ["127.0.0.1"]

# Links in e-mails and calendar files point at the address `make run` serves on (PORT), unless told otherwise.
VKNZ_BASE_URL = os.environ.get("VKNZ_BASE_URL") or f"http://127.0.0.1:{os.environ.get('PORT', '8000')}"
WAGTAILADMIN_BASE_URL = VKNZ_BASE_URL

# Quiet by default: the cluster's line per task (and per enqueued task while the demo loads) and Wagtail's line per
# page the demo creates are noise here. LOG_LEVEL=INFO brings them back.
for _logger in ("django-q", "wagtail", "django.utils.autoreload"):
    LOGGING["loggers"][_logger] = {"level": os.environ.get("LOG_LEVEL", "WARNING")}
