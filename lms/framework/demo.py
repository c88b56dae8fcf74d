"""Demo organisation: the analysekader as migration 0002 seeds it (again, if the database was emptied)."""

import importlib

from django.apps import apps

from .models import Framework

SEED = importlib.import_module("lms.framework.migrations.0002_seed_analysekader")


def load(demo):
    if Framework.current() is None:
        SEED.seed(apps, None)
    demo.log(f"analysekader: {Framework.current()}")
