"""The teamcoach's progress overview reads through the access policy: the coaches of a team may view its members'
profiles and finished modules, nothing of other teams, and never answers or ticks. And the leergang's
capabilities, refused with their reason."""

import pytest
from django.test import RequestFactory
from django.urls import reverse

from courses.models import ChecklistTick, ModuleCompletion, ReflectionAnswer
from courses.rules import FOLLOW_COURSE, VIEW_TEAM_PROGRESS
from lms.extensions.dashboard import menu_for
from lms.people import access
from lms.people.models import Participant
from lms.people.roles import Role
from tests.factories import make_team, make_user

from .conftest import finish

pytestmark = pytest.mark.django_db

URL = reverse("lms:courses:team_progress")
TEAMCOACHES_ONLY = "Dit overzicht is voor teamcoaches. Leidinggevenden en het MT zien alleen geanonimiseerde totalen."


@pytest.fixture
def coached(org, course):
    """The teamcoach coaches Team Centrum (owner, colleague); `outsider` is in another team, with its own coach."""
    org.team.coaches.add(org.teamcoach)
    org.outsider = make_user("buitenstaander", Role.PARTICIPANT, team=make_team("Team Noord"))
    finish(org.owner, course.first, answer="Alleen voor mij")
    finish(org.outsider, course.first)
    return org


def profile(user):
    return Participant.objects.get(user=user)


def menu_labels(user):
    request = RequestFactory().get("/")
    request.user = user
    return [str(item.label) for item in menu_for(request)]


def test_the_teamcoach_sees_the_members_of_coached_teams_and_their_finished_modules(coached, client):
    for member in (coached.owner, coached.colleague):
        assert access.decide(coached.teamcoach, access.VIEW, profile(member)).allowed
    visible = set(access.visible_to(coached.teamcoach, Participant.objects.all()))
    assert visible == {profile(coached.owner), profile(coached.colleague), profile(coached.teamcoach)}  # + oneself
    client.force_login(coached.teamcoach)
    page = client.get(URL).content.decode()
    assert "eigenaar" in page and "collega" in page and "1 van 2" in page and "Voorlichting" in page


def test_the_teamcoach_does_not_see_members_of_teams_they_do_not_coach(coached, client):
    decision = access.decide(coached.teamcoach, access.VIEW, profile(coached.outsider))
    assert not decision.allowed and "teamcoach van het team" in decision.reason
    assert not access.decide(coached.teamcoach, access.VIEW, ModuleCompletion.objects.get(user=coached.outsider))
    client.force_login(coached.teamcoach)
    assert "buitenstaander" not in client.get(URL).content.decode()


def test_the_teamcoach_may_not_change_a_coachees_profile(coached):
    assert not access.decide(coached.teamcoach, access.CHANGE, profile(coached.owner)).allowed
    assert not access.visible_to(coached.teamcoach, Participant.objects.all(), access.CHANGE).exists()


def test_answers_and_ticks_stay_refused_to_the_teamcoach(coached, client):
    for model in (ReflectionAnswer, ChecklistTick):
        row = model.objects.filter(user=coached.owner).first()
        assert not access.decide(coached.teamcoach, access.VIEW, row).allowed
        assert not access.visible_to(coached.teamcoach, model.objects.all()).exists()
    client.force_login(coached.teamcoach)
    assert "Alleen voor mij" not in client.get(URL).content.decode()


@pytest.mark.parametrize("who", ["mt", "analyst", "colleague", "buddy", "editor"])
def test_the_mt_member_an_analyst_and_others_see_no_coachees_profile_or_progress(coached, who):
    user = getattr(coached, who)
    assert not access.decide(user, access.VIEW, profile(coached.owner)).allowed
    assert not access.decide(user, access.VIEW, ModuleCompletion.objects.get(user=coached.owner)).allowed
    assert not access.visible_to(user, Participant.objects.exclude(user=user)).exists()


def test_an_administrator_who_is_also_teamcoach_sees_only_the_coached_teams_on_the_page(coached, client):
    """The admin may view every profile; the overview is still about the teams one coaches."""
    admin = make_user("beheercoach", Role.ADMINISTRATOR, Role.TEAMCOACH, participant=False)
    make_team("Team Zuid").coaches.add(admin)
    client.force_login(admin)
    page = client.get(URL).content.decode()
    assert "eigenaar" not in page and "buitenstaander" not in page


def test_ones_own_rows_come_once_when_the_team_has_several_coaches(coached):
    coached.team.coaches.add(make_user("tweedecoach", Role.TEAMCOACH))
    assert access.visible_to(coached.owner, ModuleCompletion.objects.all()).count() == 1
    assert access.visible_to(coached.owner, Participant.objects.all()).count() == 1


@pytest.mark.parametrize("members", [1, 20])
def test_the_overview_needs_bounded_queries(coached, client, members, django_assert_max_num_queries):
    for number in range(members):
        make_user(f"lid{number}", Role.PARTICIPANT, team=coached.team)
    client.force_login(coached.teamcoach)
    with django_assert_max_num_queries(12):
        assert client.get(URL).status_code == 200


def test_a_teamcoach_may_open_the_overview(coached, client):
    assert access.may(coached.teamcoach, VIEW_TEAM_PROGRESS).allowed
    assert "Voortgang leergang" in menu_labels(coached.teamcoach)
    client.force_login(coached.teamcoach)
    assert client.get(URL).status_code == 200


@pytest.mark.parametrize("who", ["mt", "colleague", "buddy", "analyst", "editor", "admin"])
def test_nobody_else_may_open_the_overview_and_the_403_page_says_why(coached, client, who):
    user = getattr(coached, who)
    decision = access.may(user, VIEW_TEAM_PROGRESS)
    assert not decision.allowed and decision.reason == TEAMCOACHES_ONLY
    assert "Voortgang leergang" not in menu_labels(user)
    client.force_login(user)
    response = client.get(URL)
    assert response.status_code == 403 and TEAMCOACHES_ONLY in response.content.decode()


def test_participants_follow_the_leergang_from_the_menu(coached):
    assert access.may(coached.owner, FOLLOW_COURSE).allowed
    assert "Leergang" in menu_labels(coached.owner)


@pytest.mark.parametrize("who", ["analyst", "editor", "admin"])
def test_the_leergang_is_not_in_the_menu_of_who_is_no_participant(coached, client, who):
    """No page refuses this capability: the leergang's pages are open to whoever is logged in; it decides only
    whom the menu offers the leergang."""
    user = getattr(coached, who)
    decision = access.may(user, FOLLOW_COURSE)
    assert not decision.allowed and decision.reason == "De leergang is voor deelnemers."
    assert "Leergang" not in menu_labels(user)
