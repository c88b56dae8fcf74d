"""WSGI entry point; production runs it under gunicorn with vknz_site.settings.production."""

import os

from django.core.wsgi import get_wsgi_application

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "vknz_site.settings.production")

application = get_wsgi_application()
