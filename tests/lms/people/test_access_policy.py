"""The access policy: default deny, owners decide, shares open one item to one person until revoked/expired."""

import datetime

import pytest
from django.core.exceptions import PermissionDenied
from django.utils import timezone

from lms.people import access
from lms.people.models import Participant, Share, Team
from lms.people.roles import Role
from lms.people.services import grant_share, revoke_share
from tests.factories import make_user
from tests.support.models import Journal

pytestmark = pytest.mark.django_db

OUTSIDERS = ["mt", "colleague", "buddy", "teamcoach", "analyst", "editor", "admin"]


@pytest.fixture
def journal(org):
    return Journal.objects.create(owner=org.owner, title="Wat ik wil leren over doorvragen")


def test_owner_may_view_change_delete_and_share_their_own_item(org, journal):
    for action in (access.VIEW, access.CHANGE, access.DELETE, access.SHARE):
        assert access.decide(org.owner, action, journal).allowed


@pytest.mark.parametrize("who", OUTSIDERS)
def test_nobody_else_sees_a_personal_item_that_was_not_shared(org, journal, who):
    user = getattr(org, who)
    decision = access.decide(user, access.VIEW, journal)
    assert not decision.allowed
    assert decision.reason
    assert not access.visible_to(user, Journal.objects.all()).exists()


@pytest.mark.parametrize("who", OUTSIDERS)
def test_nobody_else_changes_deletes_or_shares_a_personal_item(org, journal, who):
    user = getattr(org, who)
    for action in (access.CHANGE, access.DELETE, access.SHARE):
        assert not access.decide(user, action, journal).allowed


def test_mt_member_who_leads_the_owner_is_told_management_never_sees_learning(org, journal):
    decision = access.decide(org.mt, access.VIEW, journal)
    assert not decision.allowed
    assert "Leidinggevenden en het MT zien nooit persoonlijk leermateriaal" in decision.reason


def test_superuser_status_opens_nothing_personal(org, journal):
    assert org.admin.is_superuser
    with pytest.raises(PermissionDenied):
        access.require(org.admin, access.VIEW, journal)


def test_anonymous_and_inactive_users_are_refused(org, journal):
    from django.contrib.auth.models import AnonymousUser

    assert access.decide(AnonymousUser(), access.VIEW, journal).reason == str(access.LOGIN_FIRST)
    org.owner.is_active = False
    assert not access.decide(org.owner, access.VIEW, journal).allowed


def test_a_model_without_a_rule_is_invisible_to_everyone(org):
    # Team has no rule in the policy: default deny, even for its own leader and the admin.
    team = org.team
    assert not access.decide(org.mt, access.VIEW, team).allowed
    assert not access.visible_to(org.admin, Team.objects.all()).exists()


def test_a_share_lets_one_named_person_view_but_not_change(org, journal):
    grant_share(org.owner, journal, org.buddy)
    assert access.decide(org.buddy, access.VIEW, journal).allowed
    assert list(access.visible_to(org.buddy, Journal.objects.all())) == [journal]
    assert not access.decide(org.buddy, access.CHANGE, journal).allowed
    assert not access.decide(org.buddy, access.SHARE, journal).allowed
    # Only that person: the teamcoach still sees nothing.
    assert not access.decide(org.teamcoach, access.VIEW, journal).allowed


def test_a_revoked_share_refuses_again(org, journal):
    result = grant_share(org.owner, journal, org.teamcoach)
    revoke_share(org.owner, result.share)
    assert not access.decide(org.teamcoach, access.VIEW, journal).allowed
    assert not access.visible_to(org.teamcoach, Journal.objects.all()).exists()


def test_an_expired_share_refuses_again_and_lasts_through_its_last_day(org, journal):
    today = timezone.localdate()
    result = grant_share(org.owner, journal, org.buddy, expires_on=today)
    assert access.decide(org.buddy, access.VIEW, journal).allowed
    Share.objects.filter(pk=result.share.pk).update(expires_on=today - datetime.timedelta(days=1))
    assert not access.decide(org.buddy, access.VIEW, journal).allowed
    assert not access.visible_to(org.buddy, Journal.objects.all()).exists()


def test_an_item_can_be_shared_again_after_the_earlier_share_expired(org, journal):
    result = grant_share(org.owner, journal, org.buddy)
    Share.objects.filter(pk=result.share.pk).update(expires_on=timezone.localdate() - datetime.timedelta(days=3))
    again = grant_share(org.owner, journal, org.buddy)
    assert again.share.pk != result.share.pk
    assert access.decide(org.buddy, access.VIEW, journal).allowed


def test_only_the_owner_can_share_and_not_with_themself(org, journal):
    with pytest.raises(PermissionDenied):
        grant_share(org.colleague, journal, org.buddy)
    with pytest.raises(Exception, match="niet met jezelf"):
        grant_share(org.owner, journal, org.owner)
    assert not Share.objects.exists()


def test_sharing_twice_with_the_same_person_gives_a_dutch_error_and_keeps_one_share(org, journal):
    grant_share(org.owner, journal, org.buddy)
    with pytest.raises(Exception, match="Je deelt dit al met"):
        grant_share(org.owner, journal, org.buddy)
    assert Share.objects.count() == 1


def test_an_end_date_in_the_past_is_refused(org, journal):
    with pytest.raises(Exception, match="ligt in het verleden"):
        grant_share(org.owner, journal, org.buddy, expires_on=timezone.localdate() - datetime.timedelta(days=1))
    assert not Share.objects.exists()


def test_sharing_with_ones_own_leidinggevende_warns_but_gives_no_extra_rights_to_others(org, journal):
    result = grant_share(org.owner, journal, org.mt)
    assert result.warnings and "leidinggevende" in result.warnings[0]
    # The share opens this one item to this one person; the mt role still opens nothing else.
    other = Journal.objects.create(owner=org.owner, title="Niet gedeeld")
    assert access.decide(org.mt, access.VIEW, journal).allowed
    assert not access.decide(org.mt, access.VIEW, other).allowed


def test_sharing_with_a_buddy_gives_no_warning(org, journal):
    assert grant_share(org.owner, journal, org.buddy).warnings == []


def test_only_the_owner_revokes_a_share(org, journal):
    share = grant_share(org.owner, journal, org.buddy).share
    with pytest.raises(PermissionDenied):
        revoke_share(org.buddy, share)
    with pytest.raises(PermissionDenied):
        revoke_share(org.mt, share)
    share.refresh_from_db()
    assert share.revoked_at is None


def test_both_sides_see_a_share_and_nobody_else(org, journal):
    share = grant_share(org.owner, journal, org.buddy).share
    assert access.decide(org.owner, access.VIEW, share).allowed
    assert access.decide(org.buddy, access.VIEW, share).allowed
    for who in ("mt", "teamcoach", "admin", "colleague"):
        assert not access.decide(getattr(org, who), access.VIEW, share).allowed


def test_a_participant_profile_is_seen_by_the_person_and_the_functional_admin_only(org):
    profile = Participant.objects.get(user=org.owner)
    assert access.decide(org.owner, access.VIEW, profile).allowed
    assert access.decide(org.admin, access.VIEW, profile).allowed
    assert access.decide(org.admin, access.CHANGE, profile).allowed
    assert not access.decide(org.owner, access.CHANGE, profile).allowed
    for who in ("mt", "teamcoach", "buddy", "analyst", "editor", "colleague"):
        assert not access.decide(getattr(org, who), access.VIEW, profile).allowed
    assert list(access.visible_to(org.mt, Participant.objects.all())) == [Participant.objects.get(user=org.mt)]


def test_leader_pairs_in_one_query_agree_with_leads(org, django_assert_num_queries):
    from lms.people.models import leader_pairs, leads
    from tests.factories import make_team, make_user

    second_leader = make_user("tweedeleider", "mt")
    Team.objects.get(name="Team Centrum").leaders.add(second_leader)
    self_led = make_team("Eigen team", leaders=[org.teamcoach])  # someone leading the team they belong to
    Participant.objects.filter(user=org.teamcoach).update(team=self_led)
    people = [org.mt, second_leader, org.owner, org.colleague, org.buddy, org.teamcoach, org.analyst]
    with django_assert_num_queries(1):
        pairs = leader_pairs(people)
    assert pairs == {(org.mt.pk, org.owner.pk), (org.mt.pk, org.colleague.pk),
                     (second_leader.pk, org.owner.pk), (second_leader.pk, org.colleague.pk)}
    assert pairs == {(a.pk, b.pk) for a in people for b in people if leads(a, b)}
    assert leader_pairs(people, leaders=[second_leader, org.buddy]) == {(second_leader.pk, org.owner.pk),
                                                                        (second_leader.pk, org.colleague.pk)}


def test_the_coaches_of_a_team_see_its_members_profiles_and_no_other(org):
    org.team.coaches.add(org.teamcoach)
    members = {Participant.objects.get(user=org.owner), Participant.objects.get(user=org.colleague)}
    others = set(Participant.objects.exclude(user__in=[org.owner, org.colleague, org.teamcoach]))
    for profile in members:
        assert access.decide(org.teamcoach, access.VIEW, profile).allowed
    for profile in others:
        decision = access.decide(org.teamcoach, access.VIEW, profile)
        assert not decision.allowed and "de teamcoach van het team" in decision.reason
    assert set(access.visible_to(org.teamcoach, Participant.objects.all())) == members | {
        Participant.objects.get(user=org.teamcoach)}


def test_a_teamcoach_changes_no_profile_and_sees_none_of_a_team_they_do_not_coach(org):
    profile = Participant.objects.get(user=org.owner)
    assert not access.decide(org.teamcoach, access.VIEW, profile).allowed
    org.team.coaches.add(org.teamcoach)
    assert not access.decide(org.teamcoach, access.CHANGE, profile).allowed
    assert not access.visible_to(org.teamcoach, Participant.objects.all(), access.CHANGE).exists()


CAPABILITIES = {
    "buddy.offer_places": {"deelnemer"},
    "buddy.propose_pairs": {"teamcoach"},
    "casuistiek.lead_group_exercise": {"teamcoach", "redacteur"},
    "casuistiek.practise_cases": {"deelnemer"},
    "courses.follow_course": {"deelnemer"},
    "courses.view_team_progress": {"teamcoach"},
}


@pytest.mark.parametrize(("name", "roles"), sorted(CAPABILITIES.items()))
def test_the_capabilities_of_leergang_casuistiek_and_buddy_are_held_by_these_roles_only(db, name, roles):
    capability = access.policy.capabilities()[name]
    assert {role.value for role in capability.roles} == roles and capability.reason and capability.description
    for role in Role:
        user = make_user(f"met-{role.value}", role, participant=False)
        decision = access.may(user, name)
        assert decision.allowed == (role.value in roles)
        assert decision.reason == ("" if decision.allowed else capability.reason)
