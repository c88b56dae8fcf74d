"""Who may do what in intervisie, asked through the policy (membership is the group's rule, adding fragments the
inbrenger's, forming a group for others a teamcoach's capability); the poll's forms; refusals with codes."""

import datetime

import pytest
from django.apps import apps
from django.core.exceptions import NON_FIELD_ERRORS, PermissionDenied, ValidationError
from django.urls import reverse
from django.utils import timezone

from intervisie import rules, services
from intervisie.forms import SLOTS_PREFIX, PlanningForm, SlotFormSet
from intervisie.models import IntervisionGroup, IntervisionSession, Method, Poll
from lms.cycles.models import Analysis, Consent, Fragment, ReflectionCycle
from lms.framework.models import Framework
from lms.framework.seed import SEED
from lms.people import access
from tests.factories import make_user

pytestmark = pytest.mark.django_db

MEMBERS_ONLY = "Dit is alleen voor de leden van deze intervisiegroep."
SOON = timezone.localdate() + datetime.timedelta(days=3)


def members(org):
    return [org.owner, org.colleague, org.buddy, org.teamcoach]


def poll_data(first_date=SOON, *rows):
    """The group page's poll form as a browser posts it: the date, the formset's management form and three rows."""
    rows = list(rows) + [("", "")] * (3 - len(rows))
    data = {"first_date": str(first_date), f"{SLOTS_PREFIX}-TOTAL_FORMS": "3", f"{SLOTS_PREFIX}-INITIAL_FORMS": "0"}
    for i, (weekday, start) in enumerate(rows):
        data[f"{SLOTS_PREFIX}-{i}-weekday"] = str(weekday)
        data[f"{SLOTS_PREFIX}-{i}-start_time"] = start
    return data


def refusal_code(call):
    with pytest.raises(ValidationError) as refused:
        call()
    return refused.value.code


# Forming a group: the capability "intervisie.form_groups_for_others".

def test_the_capability_to_form_groups_for_others_is_the_teamcoachs():
    capability = access.policy.capabilities()["intervisie.form_groups_for_others"]
    assert {role.value for role in capability.roles} == {"teamcoach"}


def test_a_teamcoach_forms_a_group_they_are_not_in(org):
    assert access.may(org.teamcoach, rules.FORM_GROUPS_FOR_OTHERS)
    others = [make_user(f"lid{i}", "deelnemer") for i in range(4)]
    group = services.create_group(org.teamcoach, name="Voor anderen", members=others)
    assert not group.memberships.filter(user=org.teamcoach).exists()


def test_a_participant_forms_a_group_they_are_in(org):
    group = services.create_group(org.owner, name="Met mij", members=members(org))
    assert group.memberships.filter(user=org.owner).exists()


@pytest.mark.parametrize("who", ["owner", "buddy", "analyst"])
def test_anyone_else_forming_a_group_without_themself_gets_the_form_back_with_the_reason(client, org, who):
    """Not a 403 page that loses what was typed: the form comes back, filled in, with the reason."""
    user = getattr(org, who)
    others = [make_user(f"lid{i}", "deelnemer") for i in range(4)]
    assert not access.may(user, rules.FORM_GROUPS_FOR_OTHERS)
    client.force_login(user)
    response = client.post(reverse("lms:intervisie:group_new"), {
        "name": "Zonder mij", "members": [m.pk for m in others], "cadence_weeks": 7, "usual_minutes": 75})
    assert response.status_code == 200
    content = response.content.decode()
    assert "Vink jezelf ook aan: je maakt een intervisiegroep waar je zelf lid van bent." in content
    assert 'value="Zonder mij"' in content and 'value="7"' in content and 'value="75"' in content
    assert response.context["form"]["members"].value() == [str(m.pk) for m in others]
    assert not IntervisionGroup.objects.exists()


def test_the_service_still_refuses_a_group_without_its_creator_with_the_reason(org):
    others = [make_user(f"lid{i}", "deelnemer") for i in range(4)]
    with pytest.raises(PermissionDenied, match="Een intervisiegroep maak je als teamcoach of als lid van de groep."):
        services.create_group(org.owner, name="Zonder mij", members=others)


def test_group_refusals_carry_codes(org):
    assert refusal_code(lambda: services.create_group(org.teamcoach, name="Klein", members=members(org)[:2])) == \
        "group_size"
    assert refusal_code(lambda: services.create_group(org.teamcoach, name="Traag", members=members(org),
                                                      cadence_weeks=20)) == "cadence"
    assert refusal_code(lambda: services.create_group(
        org.teamcoach, name="Gemengd", members=[org.mt, org.owner, org.buddy, org.colleague])) == "leader_and_member"


# Membership: the group's rule, through the policy.

def test_membership_is_the_groups_rule_and_its_sql_twin_agrees(org, group):
    session = group.sessions.create(starts_at=timezone.now() + datetime.timedelta(days=9),
                                    ends_at=timezone.now() + datetime.timedelta(days=9, hours=1), presenter=org.buddy)
    for user in (org.owner, org.buddy, org.extra, org.mt, org.admin):
        for action in (access.VIEW, access.CHANGE, rules.ADD_FRAGMENTS):
            for obj in (group, session):
                visible = access.visible_to(user, type(obj).objects.all(), action).filter(pk=obj.pk).exists()
                assert access.decide(user, action, obj).allowed is visible, (user, action, obj)
    assert access.decide(org.owner, access.CHANGE, group)
    assert access.decide(org.extra, access.CHANGE, group).reason == MEMBERS_ONLY


@pytest.mark.parametrize("call", ["create_poll", "answer_poll", "close_poll", "update_session", "renew_feed_token"])
def test_a_non_member_is_refused_every_write_with_the_members_reason(org, group, call):
    poll = services.create_poll(org.owner, group, SOON, [(1, datetime.time(14, 0))])
    session = group.sessions.create(starts_at=timezone.now() + datetime.timedelta(days=9),
                                    ends_at=timezone.now() + datetime.timedelta(days=9, hours=1))
    calls = {
        "create_poll": lambda: services.create_poll(org.extra, group, SOON, [(1, datetime.time(14, 0))]),
        "answer_poll": lambda: services.answer_poll(org.extra, poll, {poll.slots.get().pk: "yes"}),
        "close_poll": lambda: services.close_poll(org.extra, poll),
        "update_session": lambda: services.update_session(org.extra, session, report="Van buiten"),
        "renew_feed_token": lambda: services.renew_feed_token(org.extra, group),
    }
    with pytest.raises(PermissionDenied, match=MEMBERS_ONLY):
        calls[call]()
    session.refresh_from_db()
    assert session.report == "" and Poll.objects.count() == 1 and poll.slots.get().answers.count() == 0


def test_a_non_member_starting_a_poll_meets_the_reason_on_the_403_page(client, org, group):
    client.force_login(org.extra)
    response = client.post(reverse("lms:intervisie:poll_new", args=[group.pk]), poll_data(SOON, (1, "14:00")))
    assert response.status_code == 403 and MEMBERS_ONLY in response.content.decode()
    assert not Poll.objects.exists()


def test_a_new_feed_link_is_made_in_the_service_and_only_for_oneself(client, org, group):
    mine, theirs = (group.memberships.get(user=u).feed_token for u in (org.owner, org.buddy))
    services.renew_feed_token(org.owner, group)
    assert group.memberships.get(user=org.owner).feed_token != mine
    assert group.memberships.get(user=org.buddy).feed_token == theirs


# The poll: a formset for the moments, a form for the answers.

def test_the_group_page_starts_a_poll_with_the_moments_of_the_formset(client, org, group):
    client.force_login(org.owner)
    page = client.get(group.get_absolute_url()).content.decode()
    assert f'name="{SLOTS_PREFIX}-TOTAL_FORMS"' in page and "Dag 3" in page and "Tijd 3" in page
    response = client.post(reverse("lms:intervisie:poll_new", args=[group.pk]),
                           poll_data(SOON, (3, "09:30"), ("", ""), (1, "14:00")))
    poll = Poll.objects.get()
    assert response.url == poll.get_absolute_url() and poll.first_date == SOON
    assert [(s.weekday, s.start_time) for s in poll.slots.all()] == [(1, datetime.time(14)),
                                                                     (3, datetime.time(9, 30))]


@pytest.mark.parametrize(("data", "message"), [
    (poll_data(SOON, (1, "14 uur")), "Vul tijden in als uu:mm."),
    (poll_data(SOON, (1, "")), "Kies bij elk moment een dag én een tijd."),
    (poll_data("morgen", (1, "14:00")), "Vul een geldige startdatum in."),
    (poll_data(timezone.localdate(), (1, "14:00")), "Kies een startdatum in de toekomst."),
    (poll_data(SOON), "Geef minstens één moment op."),
])
def test_a_poll_with_wrong_moments_is_refused_with_a_dutch_message(client, org, group, data, message):
    client.force_login(org.owner)
    response = client.post(reverse("lms:intervisie:poll_new", args=[group.pk]), data, follow=True)
    assert response.redirect_chain[-1][0] == group.get_absolute_url()
    assert message in response.content.decode()
    assert not Poll.objects.exists()


def test_the_slot_formset_names_what_is_wrong_by_code():
    incomplete = SlotFormSet(poll_data(SOON, (1, "")), prefix=SLOTS_PREFIX)
    assert not incomplete.is_valid()
    assert incomplete.forms[0].has_error(NON_FIELD_ERRORS, "incomplete_slot")
    wrong_time = SlotFormSet(poll_data(SOON, (1, "14 uur")), prefix=SLOTS_PREFIX)
    assert not wrong_time.is_valid() and wrong_time.forms[0].has_error("start_time", "invalid")
    weekend = SlotFormSet(poll_data(SOON, (6, "10:00")), prefix=SLOTS_PREFIX)
    assert not weekend.is_valid() and weekend.forms[0].has_error("weekday", "invalid_choice")
    empty = SlotFormSet(poll_data(SOON), prefix=SLOTS_PREFIX)
    assert empty.is_valid() and empty.moments() == []


def test_the_planning_form_refuses_a_moment_in_the_past_by_code(org, group):
    form = PlanningForm({"starts_at": "2020-01-01T10:00"}, group=group)
    assert not form.is_valid() and form.has_error("starts_at", "in_the_past")


def test_answers_go_through_the_answer_form_and_a_wrong_choice_is_refused(client, org, group):
    poll = services.create_poll(org.owner, group, SOON, [(1, datetime.time(14, 0)), (3, datetime.time(9, 30))])
    first, second = poll.slots.all()
    client.force_login(org.buddy)
    client.post(poll.get_absolute_url(), {f"slot-{first.pk}": "yes", f"slot-{second.pk}": "maybe"})
    assert {a.slot_id: a.choice for a in first.answers.all() | second.answers.all()} == {
        first.pk: "yes", second.pk: "maybe"}
    refused = client.post(poll.get_absolute_url(), {f"slot-{first.pk}": "altijd"}, follow=True)
    assert "Dit antwoord hoort niet bij deze datumprikker." in refused.content.decode()
    assert first.answers.get(user=org.buddy).choice == "yes"


def test_poll_refusals_carry_codes(org, group):
    assert refusal_code(lambda: services.create_poll(org.owner, group, timezone.localdate(),
                                                     [(1, datetime.time(14))])) == "first_date_not_future"
    assert refusal_code(lambda: services.create_poll(org.owner, group, SOON, [])) == "no_slots"
    poll = services.create_poll(org.owner, group, SOON, [(1, datetime.time(14, 0))])
    assert refusal_code(lambda: services.answer_poll(org.owner, poll, {poll.slots.get().pk: "altijd"})) == \
        "foreign_answer"
    assert refusal_code(lambda: services.close_poll(org.owner, poll)) == "no_feasible_slot"
    services.answer_poll(org.owner, poll, {poll.slots.get().pk: "yes"})
    services.answer_poll(org.buddy, poll, {poll.slots.get().pk: "maybe"})
    services.close_poll(org.owner, poll)
    assert refusal_code(lambda: services.answer_poll(org.owner, poll, {})) == "poll_closed"


# Fragments: the inbrenger's action on a session.

def _framework():
    if Framework.current() is None:  # a transactional test before this one flushed the seed
        SEED.seed(apps, None)
    return Framework.current()


@pytest.fixture
def video_session(org, group):
    session = group.sessions.create(
        starts_at=timezone.now() + datetime.timedelta(days=9),
        ends_at=timezone.now() + datetime.timedelta(days=9, hours=1),
        presenter=org.owner, method=Method.objects.create(name="Video-intervisie", slug="video",
                                                          uses_video_fragments=True))
    cycle = ReflectionCycle.objects.create(owner=org.owner, client_code="C-9", medium="spreekkamer",
                                           learning_question="x", step="analyse")
    Consent.objects.create(cycle=cycle, signed_on=timezone.localdate(), colleagues_may_view=True)
    session.own = Fragment.objects.create(cycle=cycle, start_seconds=1, end_seconds=9, label="Stilte")
    analysis = Analysis.objects.create(cycle=cycle, analyst=org.analyst, framework=_framework())
    session.blind = Fragment.objects.create(cycle=cycle, start_seconds=2, end_seconds=8, label="Blind",
                                            analysis=analysis, created_by=org.analyst)
    return session


def test_only_the_inbrenger_adds_fragments_and_another_member_meets_the_reason(client, org, video_session):
    assert access.decide(org.owner, rules.ADD_FRAGMENTS, video_session)
    refusal = access.decide(org.buddy, rules.ADD_FRAGMENTS, video_session)
    assert not refusal and refusal.reason == "Alleen de inbrenger voegt fragmenten toe."
    assert access.decide(org.extra, rules.ADD_FRAGMENTS, video_session).reason == MEMBERS_ONLY
    client.force_login(org.buddy)
    assert 'name="fragment"' not in client.get(video_session.get_absolute_url()).content.decode()
    response = client.post(reverse("lms:intervisie:session_fragments", args=[video_session.pk]),
                           {"fragment": [video_session.own.pk]})
    assert response.status_code == 403 and "Alleen de inbrenger voegt fragmenten toe." in response.content.decode()
    assert not video_session.fragments.exists()


def test_a_fragment_from_an_analysts_blind_analysis_is_never_shared(client, org, video_session):
    client.force_login(org.owner)
    page = client.get(video_session.get_absolute_url()).content.decode()
    assert f'name="fragment" value="{video_session.own.pk}"' in page
    assert f'name="fragment" value="{video_session.blind.pk}"' not in page
    refused = client.post(reverse("lms:intervisie:session_fragments", args=[video_session.pk]),
                          {"fragment": [video_session.blind.pk]}, follow=True)
    assert "Je deelt alleen fragmenten die je zelf in je video-reflectie markeerde." in refused.content.decode()
    assert refusal_code(lambda: services.attach_fragments(org.owner, video_session, [video_session.blind])) == \
        "not_own_fragment"
    assert not video_session.fragments.exists()


def test_fragments_without_consent_for_colleagues_are_refused_by_code(org, video_session):
    Consent.objects.filter(cycle=video_session.own.cycle).update(colleagues_may_view=False)
    assert refusal_code(lambda: services.attach_fragments(org.owner, video_session, [video_session.own])) == \
        "no_consent_for_colleagues"
    assert services.shareable_fragments(org.owner) == []


def test_choosing_no_fragment_says_so(client, org, video_session):
    client.force_login(org.owner)
    response = client.post(reverse("lms:intervisie:session_fragments", args=[video_session.pk]), {}, follow=True)
    assert "Kies minstens één fragment." in response.content.decode()
    assert IntervisionSession.objects.get(pk=video_session.pk).fragments.count() == 0
