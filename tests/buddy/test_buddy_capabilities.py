"""Who may do what in the buddy system (capabilities, refused with their reason on the 403 page), what the
teamcoach reads through the policy, and the codes on refused requests."""

import datetime

import pytest
from django.core.exceptions import PermissionDenied, ValidationError
from django.test import RequestFactory
from django.urls import reverse
from django.utils import timezone

from buddy import services
from buddy.models import BuddyOffer, BuddyPair, CheckIn
from buddy.rules import OFFER_PLACES, PROPOSE_PAIRS, VIEW_DATE
from lms.extensions.dashboard import menu_for
from lms.people import access
from tests.factories import make_user

from .conftest import active_pair

pytestmark = pytest.mark.django_db

COORDINATORS_ONLY = "Alleen een teamcoach stelt buddykoppels voor."
PARTICIPANTS_ONLY = "Alleen deelnemers kunnen buddy worden."


def menu_labels(user):
    request = RequestFactory().get("/")
    request.user = user
    return [str(item.label) for item in menu_for(request)]


def test_a_teamcoach_may_propose_pairs(pool, client):
    assert access.may(pool.teamcoach, PROPOSE_PAIRS).allowed
    assert "Buddykoppels" in menu_labels(pool.teamcoach)
    client.force_login(pool.teamcoach)
    assert client.get(reverse("lms:buddy:proposals")).status_code == 200
    client.post(reverse("lms:buddy:proposals"), {"action": "generate"})
    assert BuddyPair.objects.filter(newcomer=pool.newbie, proposed_by=pool.teamcoach).exists()


@pytest.mark.parametrize("who", ["mt", "newbie", "buddy", "analyst", "editor", "admin"])
def test_nobody_else_may_propose_pairs_and_the_403_page_says_why(pool, client, who):
    user = getattr(pool, who)
    decision = access.may(user, PROPOSE_PAIRS)
    assert not decision.allowed and decision.reason == COORDINATORS_ONLY
    assert "Buddykoppels" not in menu_labels(user)
    client.force_login(user)
    for response in (client.get(reverse("lms:buddy:proposals")),
                     client.post(reverse("lms:buddy:proposals"), {"action": "generate"})):
        assert response.status_code == 403 and COORDINATORS_ONLY in response.content.decode()
    with pytest.raises(PermissionDenied, match=COORDINATORS_ONLY):
        services.send_proposals(user)
    assert not BuddyPair.objects.exists()


def test_a_participant_may_offer_places(pool, client):
    assert access.may(pool.colleague, OFFER_PLACES).allowed
    assert "Buddy" in menu_labels(pool.colleague)
    client.force_login(pool.colleague)
    response = client.post(reverse("lms:buddy:offer"), {"capacity": "2", "team_preference": "same", "mode": "either",
                                                    "active": "on"})
    assert response.status_code == 302 and BuddyOffer.objects.get(user=pool.colleague).capacity == 2


@pytest.mark.parametrize("who", ["analyst", "editor", "admin"])
def test_someone_who_is_no_participant_may_not_offer_places_and_the_403_page_says_why(pool, client, who):
    user = getattr(pool, who)
    decision = access.may(user, OFFER_PLACES)
    assert not decision.allowed and decision.reason == PARTICIPANTS_ONLY
    assert "Buddy" not in menu_labels(user)
    client.force_login(user)
    response = client.post(reverse("lms:buddy:offer"), {"capacity": "1", "team_preference": "same", "mode": "either",
                                                    "active": "on"})
    assert response.status_code == 403 and PARTICIPANTS_ONLY in response.content.decode()
    assert not BuddyOffer.objects.filter(user=user).exists()


def test_the_teamcoach_sees_the_offers_through_the_policy_and_changes_none(pool):
    offer = BuddyOffer.objects.get(user=pool.experienced)
    assert list(access.visible_to(pool.teamcoach, BuddyOffer.objects.all())) == [offer]
    assert access.decide(pool.teamcoach, access.VIEW, offer).allowed
    assert not access.decide(pool.teamcoach, access.CHANGE, offer).allowed
    for who in ("mt", "colleague", "analyst", "newbie"):
        assert not access.decide(getattr(pool, who), access.VIEW, offer).allowed
        assert not access.visible_to(getattr(pool, who), BuddyOffer.objects.all()).exists()


def test_the_teamcoach_sees_check_in_dates_but_not_topics_or_notes(pool):
    pair = active_pair(pool)
    checkin = services.plan_checkin(pool.newbie, pair, planned_on=timezone.localdate(), topics="Eerste week")
    assert access.decide(pool.teamcoach, VIEW_DATE, checkin).allowed
    assert list(access.visible_to(pool.teamcoach, CheckIn.objects.all(), VIEW_DATE)) == [checkin]
    assert not access.decide(pool.teamcoach, access.VIEW, checkin).allowed
    for who in ("mt", "colleague", "analyst", "buddy"):
        assert not access.decide(getattr(pool, who), VIEW_DATE, checkin).allowed
        assert not access.visible_to(getattr(pool, who), CheckIn.objects.all(), VIEW_DATE).exists()


def test_refused_offers_carry_codes(pool):
    with pytest.raises(ValidationError) as refused:
        services.set_offer(pool.colleague, capacity=4, team_preference="same", mode="either")
    assert refused.value.code == "capacity"
    with pytest.raises(ValidationError) as refused:
        services.set_offer(pool.colleague, capacity=1, team_preference="same", mode="either",
                           available_until=timezone.localdate() - datetime.timedelta(days=1))
    assert refused.value.code == "end_date_past"


def test_a_refused_choice_of_buddy_carries_a_code(pool):
    services.generate_proposals(pool.teamcoach)
    pair = BuddyPair.objects.get()
    with pytest.raises(ValidationError) as refused:
        services.change_buddy(pool.teamcoach, pair, make_user("zonderaanbod", "deelnemer"))
    assert refused.value.code == "no_offer"
    services.set_offer(pool.colleague, capacity=1, team_preference="same", mode="either")
    with pytest.raises(ValidationError) as refused:
        services.change_buddy(pool.teamcoach, pair, pool.colleague)  # no experience yet
    assert refused.value.code == "hard_rule"
    services.send_proposals(pool.teamcoach)
    with pytest.raises(ValidationError) as refused:
        services.change_buddy(pool.teamcoach, pair, pool.experienced)
    assert refused.value.code == "already_sent"


def test_refused_steps_of_a_pair_carry_codes(pool):
    pair = active_pair(pool)
    with pytest.raises(ValidationError) as refused:
        services.respond(pool.newbie, pair, True)
    assert refused.value.code == "not_open"
    services.end_pair(pool.newbie, pair)
    with pytest.raises(ValidationError) as refused:
        services.end_pair(pool.newbie, pair)
    assert refused.value.code == "already_closed"
    pair.refresh_from_db()
    with pytest.raises(ValidationError) as refused:
        services.plan_checkin(pool.newbie, pair, planned_on=timezone.localdate())
    assert refused.value.code == "pair_not_active"
