"""Offering, proposing, accepting, check-ins and ending; with the refusals a crafted request would meet."""

import datetime

import pytest
from django.core.exceptions import PermissionDenied, ValidationError
from django.urls import reverse
from django.utils import timezone

from buddy import services
from buddy.models import BuddyPair, CheckIn, PairStatus
from lms.notifications.models import Notice
from lms.people import access

from .conftest import active_pair

pytestmark = pytest.mark.django_db


def test_proposal_accept_by_both_then_active(pool):
    result = services.generate_proposals(pool.teamcoach)
    assert [(p.newcomer.id, p.buddy.id) for p in result.proposals] == [(pool.newbie.pk, pool.experienced.pk)]
    services.send_proposals(pool.teamcoach)
    pair = BuddyPair.objects.get()
    assert Notice.objects.filter(recipient=pool.newbie, key__startswith="buddy-proposal").exists()
    services.respond(pool.newbie, pair, True)
    pair.refresh_from_db()
    assert pair.status == PairStatus.SENT
    services.respond(pool.experienced, pair, True)
    pair.refresh_from_db()
    assert pair.status == PairStatus.ACTIVE and pair.ends_on > timezone.localdate()


def test_declining_ends_the_proposal_and_tells_the_other(pool):
    services.generate_proposals(pool.teamcoach)
    services.send_proposals(pool.teamcoach)
    pair = BuddyPair.objects.get()
    services.respond(pool.experienced, pair, False, "Ik zit vol deze maand")
    pair.refresh_from_db()
    assert pair.status == PairStatus.DECLINED and pair.decline_reason == "Ik zit vol deze maand"
    assert Notice.objects.filter(recipient=pool.newbie, key=f"buddy-declined:{pair.pk}").exists()


def test_accepting_a_withdrawn_proposal_is_refused(pool):
    services.generate_proposals(pool.teamcoach)
    pair = BuddyPair.objects.get()
    services.reject_proposal(pool.teamcoach, pair)
    with pytest.raises(ValidationError, match="staat niet"):
        services.respond(pool.newbie, pair, True)


@pytest.mark.parametrize("capacity", [0, 10, None])
def test_a_capacity_outside_one_to_three_is_refused(pool, capacity):
    with pytest.raises(ValidationError, match="1, 2 of 3"):
        services.set_offer(pool.buddy, capacity=capacity, team_preference="same", mode="either")


def test_swapping_in_ones_own_leidinggevende_is_refused(pool):
    services.set_offer(pool.mt, capacity=2, team_preference="same", mode="either")
    services.generate_proposals(pool.teamcoach)
    pair = BuddyPair.objects.get()
    with pytest.raises(ValidationError, match="eigen leidinggevende|video-reflectie"):
        services.change_buddy(pool.teamcoach, pair, pool.mt)
    pair.refresh_from_db()
    assert pair.buddy == pool.experienced


def test_only_a_teamcoach_makes_proposals(pool):
    for who in ("mt", "newbie", "buddy", "admin"):
        with pytest.raises(PermissionDenied):
            services.generate_proposals(getattr(pool, who))
    assert not BuddyPair.objects.exists()


def test_check_in_notes_are_for_the_pair_only(pool):
    pair = active_pair(pool)
    checkin = services.plan_checkin(pool.newbie, pair, planned_on=timezone.localdate(), topics="Eerste week",
                                    notes="Privé: spannend gesprek gehad")
    assert access.decide(pool.experienced, access.VIEW, checkin).allowed
    for who in ("teamcoach", "mt", "colleague", "admin"):
        assert not access.decide(getattr(pool, who), access.VIEW, checkin).allowed
        assert not access.visible_to(getattr(pool, who), CheckIn.objects.all()).exists()


def test_the_teamcoach_page_shows_pair_and_dates_but_not_notes(pool, client):
    pair = active_pair(pool)
    services.plan_checkin(pool.newbie, pair, planned_on=timezone.localdate(), notes="Geheime aantekening")
    client.force_login(pool.teamcoach)
    page = client.get(pair.get_absolute_url()).content.decode()
    assert "newbie" in page and "Gepland op" in page
    assert "Geheime aantekening" not in page


@pytest.mark.parametrize("who", ["mt", "colleague", "analyst", "buddy"])
def test_others_cannot_open_a_pair(pool, client, who):
    pair = active_pair(pool)
    client.force_login(getattr(pool, who))
    assert client.get(pair.get_absolute_url()).status_code == 403
    assert client.post(reverse("lms:buddy:respond", args=[pair.pk]), {"answer": "ja"}).status_code == 403


def test_mt_sees_no_live_count_of_pairs_on_the_home_page(pool, client):
    """The buddy figure lives on the leeragenda dashboard (thresholded, counted once a day); a live count on the
    home page would change by one with every pair."""
    active_pair(pool)
    client.force_login(pool.mt)
    page = client.get("/").content.decode()
    assert "actieve buddykoppels" not in page
    assert "newbie" not in page


def test_a_pair_ends_by_itself_at_its_end_date_and_reminders_come_once(pool):
    pair = active_pair(pool)
    BuddyPair.objects.filter(pk=pair.pk).update(started_at=timezone.now() - datetime.timedelta(days=40))
    assert services.checkin_reminders() == 2
    assert services.checkin_reminders() == 0
    BuddyPair.objects.filter(pk=pair.pk).update(ends_on=timezone.localdate() - datetime.timedelta(days=1))
    assert services.end_expired_pairs() == 1
    assert BuddyPair.objects.get(pk=pair.pk).status == PairStatus.ENDED
    assert services.end_expired_pairs() == 0


def test_the_buddy_sees_what_the_newcomer_shared(pool, client):
    from lms.goals import services as goal_services
    from lms.goals.services import Formulation
    from lms.people.services import grant_share

    pair = active_pair(pool)
    goal = goal_services.create_goal(pool.newbie, "learning", Formulation(title="Rustig blijven bij boosheid"))
    grant_share(pool.newbie, goal, pool.experienced)
    client.force_login(pool.experienced)
    assert "Rustig blijven bij boosheid" in client.get(pair.get_absolute_url()).content.decode()


def test_bad_capacity_through_the_form_gets_a_dutch_message(pool, client):
    client.force_login(pool.buddy)
    response = client.post(reverse("lms:buddy:offer"), {"capacity": "10", "team_preference": "same", "mode": "either",
                                                    "active": "on"})
    assert "Je kunt 1, 2 of 3 nieuwkomers tegelijk begeleiden." in response.content.decode()


@pytest.mark.parametrize("pairs", [1, 30])
def test_the_proposals_page_needs_bounded_queries(pool, client, pairs, django_assert_max_num_queries):
    from tests.factories import make_user

    for i in range(pairs):
        newcomer = make_user(f"nieuw{i}", "deelnemer")
        BuddyPair.objects.create(newcomer=newcomer, buddy=pool.experienced, status="active")
    client.force_login(pool.teamcoach)
    with django_assert_max_num_queries(18):
        assert client.get(reverse("lms:buddy:proposals")).status_code == 200


def test_the_swap_list_offers_only_open_offers(pool, client):
    """An expired or switched-off offer in the list would only lead to "biedt zich nu niet aan"."""
    from buddy.models import BuddyOffer
    from tests.factories import make_user

    services.generate_proposals(pool.teamcoach)
    expired, switched_off = make_user("verlopen", "deelnemer"), make_user("uitgezet", "deelnemer")
    for user in (expired, switched_off):
        services.set_offer(user, capacity=1, team_preference="same", mode="either")
    BuddyOffer.objects.filter(user=expired).update(available_until=timezone.localdate() - datetime.timedelta(days=1))
    BuddyOffer.objects.filter(user=switched_off).update(active=False)
    client.force_login(pool.teamcoach)
    page = client.get(reverse("lms:buddy:proposals")).content.decode()
    assert f'<option value="{pool.experienced.pk}" selected>' in page
    assert f'<option value="{expired.pk}"' not in page and f'<option value="{switched_off.pk}"' not in page


def _experienced(username, **offer):
    from lms.cycles.models import ReflectionCycle
    from tests.factories import make_user

    user = make_user(username, "deelnemer")
    ReflectionCycle.objects.create(owner=user, client_code=f"C-{username}", medium="spreekkamer",
                                   learning_question="x", step="afgerond")
    services.set_offer(user, **{"capacity": 1, "team_preference": "no_preference", "mode": "either", **offer})
    return user


def test_swapping_checks_each_hard_rule_for_the_chosen_buddy(pool):
    from buddy.models import BuddyOffer
    from tests.factories import make_user

    services.generate_proposals(pool.teamcoach)
    pair = BuddyPair.objects.get()
    no_offer = make_user("zonderaanbod", "deelnemer")
    with pytest.raises(ValidationError, match="biedt zich nu niet aan"):
        services.change_buddy(pool.teamcoach, pair, no_offer)
    expired = _experienced("verlopen")
    BuddyOffer.objects.filter(user=expired).update(available_until=timezone.localdate() - datetime.timedelta(days=1))
    with pytest.raises(ValidationError, match="biedt zich nu niet aan"):
        services.change_buddy(pool.teamcoach, pair, expired)
    services.set_offer(pool.colleague, capacity=1, team_preference="same", mode="either")
    with pytest.raises(ValidationError, match="video-reflectie"):
        services.change_buddy(pool.teamcoach, pair, pool.colleague)
    full = _experienced("vol")
    BuddyPair.objects.create(newcomer=make_user("anderenieuwe", "deelnemer"), buddy=full, status=PairStatus.ACTIVE)
    with pytest.raises(ValidationError, match="geen plek meer"):
        services.change_buddy(pool.teamcoach, pair, full)
    earlier = _experienced("eerder")
    BuddyPair.objects.create(newcomer=pool.newbie, buddy=earlier, status=PairStatus.ENDED)
    with pytest.raises(ValidationError, match="al eerder een koppel"):
        services.change_buddy(pool.teamcoach, pair, earlier)
    pair.refresh_from_db()
    assert pair.buddy == pool.experienced
    free = _experienced("vrij")
    services.change_buddy(pool.teamcoach, pair, free)
    pair.refresh_from_db()
    assert pair.buddy == free and pair.reasons == ["gekozen door de teamcoach"]
