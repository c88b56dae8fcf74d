import importlib

import pytest
from django.apps import apps

from lms.framework.models import Dimension, Framework

SEED = importlib.import_module("lms.framework.migrations.0002_seed_analysekader")


@pytest.fixture
def analysekader(db):
    """The published framework seeded by migration 0002.

    A transactional test elsewhere in the suite (the browser tests) flushes the database, and with it the seed;
    then we run the migration's own seed function again, so these tests check exactly what the migration writes.
    """
    if Framework.current() is None:
        SEED.seed(apps, None)
    return Framework.current()


def make_framework(*dimensions, fit_table=None, self_image="", strategy=""):
    """An unsaved framework with in-memory dimensions: enough for the pure functions, no database needed."""
    framework = Framework(name="Proefkader", slug="proef", version=1, fit_table=fit_table or {},
                          self_image_dimension=self_image, strategy_dimension=strategy)
    framework.dimensions = list(dimensions)
    return framework


def dimension(code, kind=Dimension.Kind.SINGLE, options=(), ordinal=False, label=None):
    return Dimension(code=code, label=label or code.capitalize(), kind=kind, ordinal=ordinal,
                     options=[{"code": c, "label": lab} for c, lab in options])
