"""The test settings with Django's own auth.User instead of this site's custom user, as a host site that never
swapped its user model has it. `.ci/run` runs the access policy, the authorization matrix and the privacy tests
under these settings as well (the host-site job covers the rest of a real installation)."""

from .test import *  # noqa: F401,F403
from .test import INSTALLED_APPS

AUTH_USER_MODEL = "auth.User"
INSTALLED_APPS = [app for app in INSTALLED_APPS if app != "vknz_site.accounts"]
