"""The buddy of an active pair sees which leergang modules the newcomer finished, through the access policy (a
grant the buddy app adds to the leergang's completions): nothing before the pair is active or after it ended,
nobody else's, and never the newcomer's answers or ticks."""

import pytest

from buddy import services
from buddy.models import BuddyPair, PairStatus
from courses import progress
from courses.models import ChecklistTick, ModuleCompletion, ReflectionAnswer
from courses.rules import PROGRESS_ONLY
from lms.people import access
from tests.courses.conftest import finish, make_course
from tests.factories import make_user

from .conftest import active_pair

pytestmark = pytest.mark.django_db


@pytest.fixture
def course(pool):
    course = make_course()
    finish(pool.newbie, course.first, answer="Mijn geheime antwoord")
    return course


def completion(user):
    return ModuleCompletion.objects.get(user=user)


def test_the_buddy_of_an_active_pair_sees_the_newcomers_finished_modules(pool, course, client):
    pair = active_pair(pool)
    assert access.decide(pool.experienced, access.VIEW, completion(pool.newbie)).allowed
    assert list(access.visible_to(pool.experienced, ModuleCompletion.objects.all())) == [completion(pool.newbie)]
    seen = progress.progress_seen_by(pool.experienced, pool.newbie, course)
    assert seen.done_ids == {course.first.pk} and seen.percent == 50 and seen.enrolled is None
    client.force_login(pool.experienced)
    page = client.get(pair.get_absolute_url()).content.decode()
    assert "Voortgang in de leergang" in page and "1 van 2 modules af" in page


def test_the_buddy_may_only_view_the_completions(pool, course):
    active_pair(pool)
    for action in (access.CHANGE, access.DELETE, access.SHARE):
        assert not access.decide(pool.experienced, action, completion(pool.newbie)).allowed
        assert not access.visible_to(pool.experienced, ModuleCompletion.objects.all(), action).exists()


def test_answers_and_ticks_stay_refused_to_the_buddy(pool, course, client):
    pair = active_pair(pool)
    for model in (ReflectionAnswer, ChecklistTick):
        row = model.objects.filter(user=pool.newbie).first()
        assert not access.decide(pool.experienced, access.VIEW, row).allowed
        assert not access.visible_to(pool.experienced, model.objects.all()).exists()
    client.force_login(pool.experienced)
    assert "Mijn geheime antwoord" not in client.get(pair.get_absolute_url()).content.decode()


@pytest.mark.parametrize("status", [PairStatus.PROPOSED, PairStatus.SENT])
def test_the_buddy_of_a_pair_that_is_not_active_yet_does_not_see_progress(pool, course, status):
    services.generate_proposals(pool.teamcoach)
    if status == PairStatus.SENT:
        services.send_proposals(pool.teamcoach)
    assert BuddyPair.objects.get(newcomer=pool.newbie).status == status
    decision = access.decide(pool.experienced, access.VIEW, completion(pool.newbie))
    assert not decision.allowed and decision.reason == str(PROGRESS_ONLY)
    assert not access.visible_to(pool.experienced, ModuleCompletion.objects.all()).exists()
    assert progress.progress_seen_by(pool.experienced, pool.newbie, course).done_ids == set()


def test_the_buddy_of_an_ended_pair_no_longer_sees_progress(pool, course, client):
    pair = active_pair(pool)
    services.end_pair(pool.newbie, pair, "Klaar")
    assert not access.decide(pool.experienced, access.VIEW, completion(pool.newbie)).allowed
    assert not access.visible_to(pool.experienced, ModuleCompletion.objects.all()).exists()
    client.force_login(pool.experienced)
    assert "Voortgang in de leergang" not in client.get(pair.get_absolute_url()).content.decode()


def test_the_buddy_does_not_see_another_participants_progress(pool, course):
    active_pair(pool)
    finish(pool.colleague, course.first)
    assert not access.decide(pool.experienced, access.VIEW, completion(pool.colleague)).allowed
    assert not access.visible_to(pool.experienced, ModuleCompletion.objects.filter(user=pool.colleague)).exists()
    assert progress.progress_seen_by(pool.experienced, pool.colleague, course).done_ids == set()


def test_a_buddy_with_two_newcomers_sees_each_of_them_and_only_them(pool, course):
    """The grant's SQL twin and its per-object answer agree, pair by pair."""
    active_pair(pool)
    second = make_user("tweedenieuw", "deelnemer")
    BuddyPair.objects.create(newcomer=second, buddy=pool.experienced, status=PairStatus.ACTIVE)
    finish(second, course.first)
    finish(pool.colleague, course.first)
    visible = set(access.visible_to(pool.experienced, ModuleCompletion.objects.all()))
    assert visible == {completion(pool.newbie), completion(second)}
    for row in ModuleCompletion.objects.all():
        assert access.decide(pool.experienced, access.VIEW, row).allowed == (row in visible)


def test_the_newcomer_does_not_see_the_buddys_progress(pool, course):
    active_pair(pool)
    finish(pool.experienced, course.first)
    assert not access.decide(pool.newbie, access.VIEW, completion(pool.experienced)).allowed
    assert set(access.visible_to(pool.newbie, ModuleCompletion.objects.all())) == {completion(pool.newbie)}


@pytest.mark.parametrize("who", ["mt", "analyst", "colleague", "buddy"])
def test_the_mt_member_an_analyst_and_other_participants_do_not_see_the_newcomers_progress(pool, course, who):
    active_pair(pool)
    user = getattr(pool, who)
    decision = access.decide(user, access.VIEW, completion(pool.newbie))
    assert not decision.allowed and decision.reason
    assert not access.visible_to(user, ModuleCompletion.objects.all()).exists()
