"""The demo gives klantmanager a believable ontwikkelplan and the teamcoach something to answer."""

import pytest
from django.contrib.auth import get_user_model
from django.core.management import call_command

from lms.goals.models import FeedbackRequest, Goal, GoalEvaluation, GoalVersion
from lms.people import access

pytestmark = pytest.mark.django_db


def test_klantmanager_has_three_goals_with_months_of_evaluations_and_one_herijking():
    call_command("demo")
    call_command("demo")  # idempotent
    sanne = get_user_model().objects.get(username="klantmanager")
    goals = Goal.objects.filter(owner=sanne)
    assert goals.count() == 3
    evaluations = GoalEvaluation.objects.filter(goal__owner=sanne)
    assert evaluations.count() >= 6
    dates = sorted(evaluations.values_list("evaluated_on", flat=True))
    assert (dates[-1] - dates[0]).days >= 60
    assert GoalVersion.objects.filter(goal__owner=sanne, number=2, after_evaluation__isnull=False).count() == 1
    teamcoach = get_user_model().objects.get(username="teamcoach")
    shared = access.visible_to(teamcoach, Goal.objects.all())
    assert shared.count() == 1
    assert FeedbackRequest.objects.filter(reviewer=teamcoach, answered_at__isnull=True).count() == 1
    mt = get_user_model().objects.get(username="mt")
    assert not access.visible_to(mt, Goal.objects.filter(owner=sanne)).exists()
