"""The demo lets the teamcoach make the first buddy proposal: Kees for Yara."""

import pytest
from django.core.management import call_command

from buddy import services

pytestmark = pytest.mark.django_db


def test_the_demo_pool_proposes_kees_for_yara():
    call_command("demo")
    call_command("demo")
    newcomers, candidates, previous = services.pool()
    assert [n.name for n in newcomers] == ["Yara Bouzid"]
    assert [(c.name, c.free, c.eligible) for c in candidates] == [("Kees van Dijk", 2, True)]
