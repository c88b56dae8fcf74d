"""Every state change of a goal: create, evaluate with each decision, herijking, stop, achieve, delete."""

import datetime
import uuid

import pytest
from django.core.exceptions import PermissionDenied, ValidationError
from django.utils import timezone

from lms.goals import services
from lms.goals.choices import Decision, Kind, Status
from lms.goals.models import Goal, GoalEvaluation, GoalVersion
from lms.people.models import Share
from lms.people.services import grant_share

from .conftest import evaluate, formulation

pytestmark = pytest.mark.django_db


def test_a_new_goal_has_version_one_and_its_first_evaluation_one_cadence_away(org, goal):
    assert goal.status == Status.ACTIVE
    assert goal.current_version.number == 1
    assert goal.current_version.title == "Doorvragen na een snelle ja"
    assert goal.next_evaluation_on == timezone.localdate() + datetime.timedelta(weeks=6)


def test_an_actiedoel_hangs_under_ones_own_active_leerdoel_only(org, goal):
    action = services.create_goal(org.owner, Kind.ACTION, formulation("Eén vraag per gesprek"), parent=goal)
    assert action.parent == goal
    with pytest.raises(ValidationError, match="Alleen een actiedoel"):
        services.create_goal(org.owner, Kind.LEARNING, formulation("Nog een"), parent=goal)
    with pytest.raises(PermissionDenied):
        services.create_goal(org.colleague, Kind.ACTION, formulation("Onder andermans doel"), parent=goal)


def test_an_empty_title_is_refused_and_nothing_is_saved(org):
    with pytest.raises(ValidationError, match="Geef je doel een titel"):
        services.create_goal(org.owner, Kind.LEARNING, formulation("   "))
    assert not Goal.objects.exists()


def test_voortzetten_keeps_the_text_and_moves_the_next_date(org, goal):
    evaluation = evaluate(org.owner, goal, Decision.CONTINUE)
    goal.refresh_from_db()
    assert goal.current_version.number == 1
    assert goal.next_evaluation_on == evaluation.evaluated_on + datetime.timedelta(weeks=6)
    assert evaluation.version.number == 1


def test_bijstellen_adds_a_version_and_keeps_the_old_one_with_the_evaluation_that_led_to_it(org, goal):
    new = formulation("Doorvragen bij cliënten die het hebben opgegeven")
    new.cadence_weeks = 4
    evaluation = evaluate(org.owner, goal, Decision.ADJUST, new_formulation=new)
    goal.refresh_from_db()
    assert goal.current_version.number == 2
    assert goal.current_version.title == "Doorvragen bij cliënten die het hebben opgegeven"
    assert goal.current_version.after_evaluation == evaluation
    old = GoalVersion.objects.get(goal=goal, number=1)
    assert old.title == "Doorvragen na een snelle ja"
    assert evaluation.version == old
    assert goal.next_evaluation_on == evaluation.evaluated_on + datetime.timedelta(weeks=4)


def test_bijstellen_without_a_change_is_refused(org, goal):
    with pytest.raises(ValidationError, match="niets aan je doel veranderd"):
        evaluate(org.owner, goal, Decision.ADJUST, new_formulation=formulation())
    assert not GoalEvaluation.objects.exists()
    assert GoalVersion.objects.filter(goal=goal).count() == 1


@pytest.mark.parametrize(("decision", "status"), [(Decision.ACHIEVED, Status.ACHIEVED),
                                                  (Decision.STOPPED, Status.STOPPED)])
def test_behaald_and_gestopt_close_the_goal(org, goal, decision, status):
    evaluate(org.owner, goal, decision)
    goal.refresh_from_db()
    assert goal.status == status
    assert goal.closed_at is not None
    assert goal.next_evaluation_on is None
    with pytest.raises(ValidationError, match="al afgesloten"):
        evaluate(org.owner, goal)


def test_the_same_form_posted_twice_saves_one_evaluation(org, goal):
    key = uuid.uuid4()
    evaluate(org.owner, goal, submission_key=key)
    with pytest.raises(ValidationError, match="al opgeslagen") as refused:
        evaluate(org.owner, goal, submission_key=key)
    assert refused.value.code == services.ALREADY_SAVED  # the evaluate view tells a double click by this code
    assert GoalEvaluation.objects.filter(goal=goal).count() == 1


def test_an_evaluation_in_the_future_is_refused(org, goal):
    with pytest.raises(ValidationError, match="toekomst"):
        evaluate(org.owner, goal, evaluated_on=timezone.localdate() + datetime.timedelta(days=1))
    assert not GoalEvaluation.objects.exists()


@pytest.mark.parametrize("who", ["colleague", "mt", "teamcoach", "analyst", "buddy", "admin"])
def test_nobody_but_the_owner_evaluates_even_with_a_share(org, goal, who):
    grant_share(org.owner, goal, org.teamcoach)
    with pytest.raises(PermissionDenied):
        evaluate(getattr(org, who), goal)
    assert not GoalEvaluation.objects.exists()


def test_deleting_a_leerdoel_removes_its_actions_history_and_shares(org, goal):
    action = services.create_goal(org.owner, Kind.ACTION, formulation("Actie"), parent=goal)
    evaluate(org.owner, goal)
    grant_share(org.owner, goal, org.buddy)
    grant_share(org.owner, action, org.buddy)
    services.delete_goal(org.owner, goal)
    assert not Goal.objects.exists()
    assert not GoalVersion.objects.exists()
    assert not Share.objects.exists()


def test_only_the_owner_deletes(org, goal):
    grant_share(org.owner, goal, org.buddy)
    for who in ("buddy", "mt", "admin"):
        with pytest.raises(PermissionDenied):
            services.delete_goal(getattr(org, who), goal)
    assert Goal.objects.filter(pk=goal.pk).exists()
