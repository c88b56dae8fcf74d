"""The demo gives klantmanager two finished video-reflections and one in progress with the demo analysts."""

import pytest
from django.contrib.auth import get_user_model
from django.core.management import call_command

from lms.cycles.evidence import EvaluationEvidence
from lms.cycles.models import ReflectionCycle
from lms.people import access

pytestmark = pytest.mark.django_db


def test_klantmanager_has_two_finished_cycles_and_one_in_progress_with_the_demo_analysts():
    call_command("demo")
    call_command("demo")  # idempotent
    users = {u.username: u for u in get_user_model().objects.all()}
    cycles = ReflectionCycle.objects.filter(owner=users["klantmanager"])
    assert sorted(cycles.values_list("step", flat=True)) == ["afgerond", "afgerond", "analyse"]
    follow_up = cycles.exclude(follows=None).get()
    assert follow_up.follows.client_code == follow_up.client_code
    # Her latest evaluation of the learning goal points to the follow-up (lms/cycles/evidence.py).
    assert list(EvaluationEvidence.objects.values_list("cycle", "evaluation__goal__owner")) == [
        (follow_up.pk, users["klantmanager"].pk)]
    for cycle in cycles:
        assert set(cycle.assignments.values_list("analyst__username", flat=True)) == {"analist1", "analist2"}
    assert access.visible_to(users["analist2"], ReflectionCycle.objects.all()).count() == 3
    assert not access.visible_to(users["mt"], ReflectionCycle.objects.all()).exists()
