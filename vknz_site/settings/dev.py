"""Settings for `make run` on one machine: SQLite, the database broker, mails printed to the console."""

import os

from .base import *  # noqa: F401,F403
from .base import SECRET_KEY

VKNZ_ENVIRONMENT = "dev"
DEBUG = True
# A fixed development key: this settings module must never serve real data.
SECRET_KEY = SECRET_KEY or "dev-only-key-van-kijken-naar-zien-not-for-production-use-0123456789"
EMAIL_BACKEND = os.environ.get("EMAIL_BACKEND", "django.core.mail.backends.console.EmailBackend")
INTERNAL_IPS = ["127.0.0.1"]
