"""The capabilities of goals, asked through the access policy: who keeps an ontwikkelplan, and who is asked for
feedback on shared goals. Each allowed and refused, with the reason a refused person reads."""

import pytest
from django.urls import reverse

from lms.goals.models import Goal
from lms.goals.rules import KEEP_PLAN, REVIEW_SHARED_GOALS
from lms.people import access
from lms.people.roles import Role

pytestmark = pytest.mark.django_db

NEW_GOAL = {"kind": "learning", "title": "Stiltes laten vallen", "origin": "own_initiative", "cadence_weeks": "6"}
NO_PLAN = "Een ontwikkelplan is er voor deelnemers aan de ontwikkelcyclus"


def test_the_capabilities_of_goals_and_the_roles_that_hold_them():
    capabilities = access.policy.capabilities()
    assert capabilities[KEEP_PLAN].roles == {Role.PARTICIPANT}
    assert capabilities[REVIEW_SHARED_GOALS].roles == {Role.BUDDY, Role.TEAMCOACH}


@pytest.mark.parametrize("who", ["owner", "buddy", "teamcoach", "mt"])
def test_a_participant_keeps_a_plan_whatever_else_they_are(client, org, who):
    user = getattr(org, who)
    assert access.may(user, KEEP_PLAN)
    client.force_login(user)
    for name in ("lms:goals:plan", "lms:goals:create", "lms:goals:plan_ics"):
        assert client.get(reverse(name)).status_code == 200, name
    assert client.post(reverse("lms:goals:create"), NEW_GOAL).status_code == 302
    assert Goal.objects.filter(owner=user).exists()
    home = client.get("/").content.decode()
    assert "Mijn ontwikkelplan" in home  # in the menu and as a panel


@pytest.mark.parametrize("who", ["editor", "analyst", "admin"])
def test_who_is_no_participant_keeps_no_plan_and_is_told_why(client, org, who):
    user = getattr(org, who)
    decision = access.may(user, KEEP_PLAN)
    assert not decision and NO_PLAN in decision.reason
    client.force_login(user)
    for name in ("lms:goals:plan", "lms:goals:create", "lms:goals:plan_ics", "lms:goals:plan_pdf"):
        response = client.get(reverse(name))
        assert response.status_code == 403 and NO_PLAN in response.content.decode(), name
    response = client.post(reverse("lms:goals:create"), NEW_GOAL)
    assert response.status_code == 403 and NO_PLAN in response.content.decode()
    assert not Goal.objects.exists()
    assert "Mijn ontwikkelplan" not in client.get("/").content.decode()


def test_nobody_logged_out_keeps_a_plan(client):
    assert not access.may(None, KEEP_PLAN)
    response = client.get(reverse("lms:goals:plan"))
    assert response.status_code == 302 and "/inloggen/" in response["Location"]


@pytest.mark.parametrize("who", ["buddy", "teamcoach"])
def test_buddies_and_teamcoaches_find_the_feedback_inbox_in_their_menu(client, org, who):
    assert access.may(getattr(org, who), REVIEW_SHARED_GOALS)
    client.force_login(getattr(org, who))
    assert reverse("lms:goals:inbox") in client.get("/").content.decode()


@pytest.mark.parametrize("who", ["colleague", "mt", "editor"])
def test_others_are_not_asked_for_feedback_and_have_no_inbox_in_the_menu(client, org, who):
    decision = access.may(getattr(org, who), REVIEW_SHARED_GOALS)
    assert not decision and "buddy of teamcoach" in decision.reason
    client.force_login(getattr(org, who))
    assert reverse("lms:goals:inbox") not in client.get("/").content.decode()
