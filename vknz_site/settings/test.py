"""Settings for the test suite: SQLite in memory unless DATABASE_URL points at PostgreSQL."""

import os

from .base import *  # noqa: F401,F403
from .base import DATABASES, INSTALLED_APPS, MIDDLEWARE, Q_CLUSTER, VAR_DIR

VKNZ_ENVIRONMENT = "test"
DEBUG = False
SECRET_KEY = "test-only-key-van-kijken-naar-zien-0123456789-abcdefghijklmnopqrstuvwxyz"  # noqa: S105
ALLOWED_HOSTS = ["testserver", "localhost", "127.0.0.1"]
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
# A test that starts a real django-q2 cluster in another process reads that process's mail from files.
EMAIL_BACKEND = os.environ.get("VKNZ_TEST_EMAIL_BACKEND", "django.core.mail.backends.locmem.EmailBackend")
EMAIL_FILE_PATH = os.environ.get("VKNZ_TEST_EMAIL_DIR", str(VAR_DIR / "test-mail"))
# Tasks run inline unless a test starts a real cluster; see tests/lms/notifications.
Q_CLUSTER = {**Q_CLUSTER, "sync": os.environ.get("VKNZ_Q_SYNC", "1") == "1"}
MEDIA_ROOT = VAR_DIR / "test-media"
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.InMemoryStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
WAGTAILADMIN_BASE_URL = "http://testserver"
VKNZ_BASE_URL = "http://testserver"
# One process, one local-memory cache: keep what production keeps in Redis, so the tests see what it serves.
VKNZ_KEEP_SECONDS = 120

# A test-only app with a small personal model, to test the access policy and shares without any feature app.
INSTALLED_APPS = [*INSTALLED_APPS, "tests.support"]

# SQLite tests use a file, not memory, so that a real django-q2 cluster in another process sees the same data.
if DATABASES["default"]["ENGINE"].endswith("sqlite3"):
    # One file per test run (pid), so that two runs on one machine never share a database.
    DATABASES["default"]["TEST"] = {"NAME": str(VAR_DIR / f"test-db-{os.getpid()}.sqlite3")}

# Tasks run inline here, and django-q2 closes connections older than CONN_MAX_AGE before each task: a test past
# that age that still reads a cursor (e.g. a job's .iterator()) found its database closed under it. In production
# tasks run in the cluster's own processes, never inside another query.
DATABASES["default"]["CONN_MAX_AGE"] = None

# Static files come from the finders in tests (the live server serves them); no collected directory needed.
MIDDLEWARE = [m for m in MIDDLEWARE if m != "whitenoise.middleware.WhiteNoiseMiddleware"]
