"""The served stack of the load harness: production settings as they are, plus the floor's URL and no outgoing mail.

Only for bench/load (never for a real site): the harness sets the environment production.py asks for (a secret
key, the allowed hosts, plain HTTP on loopback) and serves this module under gunicorn.
"""

from vknz_site.settings.production import *  # noqa: F401,F403

# The product's URLconf with one more path in front: the floor (bench/load/urls.py).
ROOT_URLCONF = "bench.load.urls"
# A load run must never send mail (the nightly jobs of a qcluster beside it would try).
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
