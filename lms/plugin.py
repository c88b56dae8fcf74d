"""What a Wagtail site adds to its settings to carry the platform (README: "In een bestaande Wagtail-site
installeren")::

    from lms.plugin import APPS as LMS_APPS

    INSTALLED_APPS = [..., *LMS_APPS, "wagtail.contrib.settings", "django_q", ...]

and to its URLconf, before Wagtail's own pages: ``path("leren/", include("lms.urls"))``.
"""

from django.apps import apps
from django.core.checks import Error, register

# In dependency order, lowest floor first (docs/floors.md).
APPS = [
    "theme",
    "lms.extensions",
    "lms.privacy",
    "lms.framework",
    "lms.people",
    "lms.notifications",
    "lms.documents",
    "lms.goals",
    "lms.cycles",
    "courses",
    "casuistiek",
    "intervisie",
    "buddy",
    "lms.agenda",
    "lms.home",
]

# Apps of others the platform needs beside Wagtail's usual ones: site settings (name, footer links) and the
# background worker (reminders, large PDFs, retention).
REQUIRED_APPS = ["wagtail.contrib.settings", "django_q"]


@register()
def required_apps_installed(app_configs, **kwargs):
    return [
        Error(f"The learning platform needs {name!r} in INSTALLED_APPS.",
              hint="See lms/plugin.py and the README section 'In een bestaande Wagtail-site installeren'.",
              id="lms.E001")
        for name in REQUIRED_APPS if not apps.is_installed(name)
    ]
