"""The analysekader as migrations 0002 and 0005 seed it, for whoever finds the table emptied: the demo on a wiped
database, tests after a transactional test flushed it. Product data, so it stays here; the migrations hold the one
copy (0002 the framework, 0005 the Kijkwijzer's Werkblad questions and tips)."""

import importlib

from django.apps import apps

from .models import Framework

SEED = importlib.import_module("lms.framework.migrations.0002_seed_analysekader")
WERKBLAD = importlib.import_module("lms.framework.migrations.0005_seed_werkblad")


def ensure_analysekader() -> Framework:
    """The current analysekader, seeded again first if there is none."""
    if Framework.current() is None:
        SEED.seed(apps, None)
        WERKBLAD.seed(apps, None)
    return Framework.current()
