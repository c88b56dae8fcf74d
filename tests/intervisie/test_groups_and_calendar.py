"""Groups, polls, sessions and calendar files; who may see what; the refusals a crafted request meets."""

import datetime
import io

import pytest
import vobject
from django.core.exceptions import PermissionDenied, ValidationError
from django.urls import reverse
from django.utils import timezone
from icalendar import Calendar

from intervisie import services
from intervisie.models import Answer, IntervisionGroup, IntervisionSession
from lms.people.naming import display_name
from tests.factories import make_team, make_user

pytestmark = pytest.mark.django_db


def planned(org, group, first=None, weekday=1, start=datetime.time(14, 0)):
    poll = services.create_poll(org.teamcoach, group, first or timezone.localdate() + datetime.timedelta(days=3),
                                [(weekday, start), (3, datetime.time(9, 30))])
    slot = poll.slots.get(weekday=weekday)
    for member in (org.owner, org.colleague, org.buddy, org.teamcoach):
        services.answer_poll(member, poll, {slot.pk: "yes"})
    return services.close_poll(org.teamcoach, poll)


@pytest.mark.parametrize("size", [2, 12])
def test_a_group_of_the_wrong_size_is_refused(org, size):
    members = [make_user(f"lid{i}", "deelnemer") for i in range(size)]
    with pytest.raises(ValidationError, match="4 tot 8 leden"):
        services.create_group(org.teamcoach, name="Te klein of te groot", members=members)
    assert not IntervisionGroup.objects.exists()


def test_a_leader_and_their_team_member_never_share_a_group(org):
    with pytest.raises(ValidationError, match="leidinggevende"):
        services.create_group(org.teamcoach, name="Gemengd", members=[org.mt, org.owner, org.buddy, org.colleague])


def test_the_poll_plans_a_series_with_fair_roles_on_the_chosen_slot(org, group):
    sessions = planned(org, group)
    assert len(sessions) == services.SERIES_LENGTH
    local = [timezone.localtime(s.starts_at) for s in sessions]
    assert all(t.weekday() == 1 and (t.hour, t.minute) == (14, 0) for t in local)
    assert (local[1] - local[0]).days == 28
    presenters = [s.presenter_id for s in sessions[:4]]
    assert len(set(presenters)) == 4
    assert group.recurrence.startswith("RRULE:FREQ=WEEKLY;INTERVAL=4")


def test_a_poll_starting_in_the_past_is_refused(org, group):
    with pytest.raises(ValidationError, match="toekomst"):
        services.create_poll(org.teamcoach, group, timezone.localdate() - datetime.timedelta(days=1),
                             [(1, datetime.time(14, 0))])


def test_a_poll_answer_from_a_non_member_is_refused(org, group):
    poll = services.create_poll(org.teamcoach, group, timezone.localdate() + datetime.timedelta(days=3),
                                [(1, datetime.time(14, 0))])
    with pytest.raises(PermissionDenied):
        services.answer_poll(org.extra, poll, {poll.slots.get().pk: "yes"})
    assert not Answer.objects.exists()


def test_the_invitation_parses_with_two_parsers_and_keeps_the_hour_across_daylight_saving(org, group, client):
    # A series from early March into April crosses the switch to summer time on the last Sunday of March.
    year = timezone.localdate().year + 1
    sessions = planned(org, group, first=datetime.date(year, 3, 2))
    client.force_login(org.owner)
    for session in (sessions[0], sessions[1]):  # 3 March (winter) and 31 March (summer)
        body = client.get(reverse("lms:intervisie:session_invite", args=[session.pk])).content
        event = Calendar.from_ical(body).walk("VEVENT")[0]
        start = event.decoded("dtstart")
        assert (start.hour, start.minute) == (14, 0) and str(start.tzinfo) == "Europe/Amsterdam"
        assert b"BEGIN:VTIMEZONE" in body and b"TZID:Europe/Amsterdam" in body
        parsed = vobject.readOne(io.StringIO(body.decode()))
        assert parsed.vevent.dtstart.value.hour == 14
        assert parsed.vevent.uid.value == f"{session.uid}@vknz"
    winter, summer = (timezone.localtime(s.starts_at).utcoffset() for s in sessions[:2])
    assert winter != summer


def test_a_changed_session_keeps_its_uid_and_raises_the_sequence_and_a_cancellation_says_so(org, group, client):
    session = planned(org, group)[0]
    uid = session.uid
    services.update_session(org.owner, session, place="Zaal 3")
    services.cancel_session(org.owner, session)
    session.refresh_from_db()
    client.force_login(org.owner)
    body = client.get(reverse("lms:intervisie:session_invite", args=[session.pk])).content
    calendar = Calendar.from_ical(body)
    event = calendar.walk("VEVENT")[0]
    assert str(event["uid"]) == f"{uid}@vknz" and int(event["sequence"]) == 2
    assert str(calendar["method"]) == "CANCEL" and str(event["status"]) == "CANCELLED"


def test_the_personal_feed_works_with_the_token_and_stops_after_a_new_one(org, group, client):
    planned(org, group)
    token = group.memberships.get(user=org.owner).feed_token
    feed = client.get(f"/intervisie/agenda/{token}.ics")
    assert feed.status_code == 200 and len(Calendar.from_ical(feed.content).walk("VEVENT")) == 6
    client.force_login(org.owner)
    client.post(reverse("lms:intervisie:new_feed_token", args=[group.pk]))
    client.logout()
    assert client.get(f"/intervisie/agenda/{token}.ics").status_code == 404
    assert client.get("/intervisie/agenda/00000000-0000-0000-0000-000000000000.ics").status_code == 404


@pytest.mark.parametrize("who", ["mt", "extra", "analyst", "admin"])
def test_verslag_and_case_are_for_members_only(org, group, client, who):
    session = planned(org, group)[0]
    services.update_session(org.owner, session, case_text="Mijn casus", report="Geheim verslag")
    client.force_login(getattr(org, who))
    for url in (session.get_absolute_url(), group.get_absolute_url(),
                reverse("lms:intervisie:session_invite", args=[session.pk])):
        assert client.get(url).status_code == 403
    assert client.post(session.get_absolute_url(), {"report": "Overschreven"}).status_code == 403
    session.refresh_from_db()
    assert session.report == "Geheim verslag"


def test_members_read_the_verslag_and_the_previous_advice_comes_back(org, group, client):
    first, second = planned(org, group)[:2]
    services.update_session(org.colleague, first, report="Goed gesprek", advice="Vaker doorvragen")
    client.force_login(org.buddy)
    assert "Goed gesprek" in client.get(first.get_absolute_url()).content.decode()
    assert "Vaker doorvragen" in client.get(second.get_absolute_url()).content.decode()


def test_fragments_need_consent_for_colleagues_and_disappear_on_withdrawal(org, group):
    from lms.cycles.models import Consent, Fragment, ReflectionCycle
    from lms.cycles.services import withdraw_consent

    session = planned(org, group)[0]
    presenter = session.presenter
    cycle = ReflectionCycle.objects.create(owner=presenter, client_code="C-8", medium="spreekkamer",
                                           learning_question="x", step="analyse")
    consent = Consent.objects.create(cycle=cycle, signed_on=timezone.localdate(), colleagues_may_view=False)
    fragment = Fragment.objects.create(cycle=cycle, start_seconds=1, end_seconds=9, label="Stilte")
    with pytest.raises(ValidationError, match="collega"):
        services.attach_fragments(presenter, session, [fragment])
    consent.colleagues_may_view = True
    consent.save()
    services.attach_fragments(presenter, session, [fragment])
    assert services.visible_fragments(presenter, session) == [fragment]
    withdraw_consent(presenter, cycle)
    assert services.visible_fragments(presenter, IntervisionSession.objects.get(pk=session.pk)) == []


def test_reminders_come_two_days_ahead_once(org, group):
    session = planned(org, group)[0]
    IntervisionSession.objects.filter(pk=session.pk).update(starts_at=timezone.now() + datetime.timedelta(days=2))
    assert services.send_reminders() == 4
    assert services.send_reminders() == 0


@pytest.mark.parametrize("keep", [1, 30])
@pytest.mark.parametrize("size", [4, 8])
def test_group_and_session_pages_need_bounded_queries(org, client, size, keep, django_assert_max_num_queries):
    members = [org.owner, org.colleague, org.buddy, org.teamcoach] + [
        make_user(f"lid{i}", "deelnemer") for i in range(size - 4)]
    group = services.create_group(org.teamcoach, name=f"Groep {size}", members=members)
    sessions = planned(org, group)
    for _ in range(4):  # more sessions: 6 planned + later ones
        planned_more = services.create_poll(org.teamcoach, group, timezone.localdate() + datetime.timedelta(days=60),
                                            [(2, datetime.time(10, 0))])
        for member in members:
            services.answer_poll(member, planned_more, {planned_more.slots.get().pk: "yes"})
        sessions += services.close_poll(org.teamcoach, planned_more)
    assert len(sessions) == 30
    if keep == 1:
        IntervisionSession.objects.exclude(pk=sessions[0].pk).delete()
        sessions = sessions[:1]
    client.force_login(org.owner)
    with django_assert_max_num_queries(16):
        assert client.get(group.get_absolute_url()).status_code == 200
    with django_assert_max_num_queries(16):
        assert client.get(sessions[-1].get_absolute_url()).status_code == 200


def test_members_change_time_and_roles_and_the_invitation_follows(org, group, client):
    session = planned(org, group)[0]
    client.force_login(org.buddy)
    new_start = timezone.localtime(session.starts_at) + datetime.timedelta(hours=1)
    client.post(reverse("lms:intervisie:session_plan", args=[session.pk]), {
        "starts_at": new_start.strftime("%Y-%m-%dT%H:%M"), "place": "Online",
        "presenter": org.buddy.pk, "facilitator": org.owner.pk, "note_taker": org.colleague.pk})
    session.refresh_from_db()
    assert session.presenter == org.buddy and session.sequence == 1
    assert timezone.localtime(session.starts_at).hour == 15
    past = client.post(reverse("lms:intervisie:session_plan", args=[session.pk]), {
        "starts_at": "2020-01-01T10:00", "presenter": org.buddy.pk}, follow=True)
    assert "in de toekomst" in past.content.decode()
    session.refresh_from_db()
    assert session.sequence == 1


@pytest.mark.parametrize("size", [4, 8])
def test_forming_a_group_needs_the_same_queries_for_four_or_eight(org, client, size, django_assert_max_num_queries):
    """The hierarchy check and the MT warning look at the whole group at once, not at every (pair of) member(s)."""
    others = [make_user(f"lid{i}", "deelnemer", team=make_team(f"Team {i}")) for i in range(size - 3)]
    members = [org.mt, org.buddy, org.teamcoach, *others]  # mt leads none of them: a warning, no refusal
    client.force_login(org.teamcoach)
    with django_assert_max_num_queries(12):
        response = client.post(reverse("lms:intervisie:group_new"), {
            "name": f"Groep {size}", "members": [m.pk for m in members], "cadence_weeks": 6, "usual_minutes": 90},
            follow=False)
    assert response.status_code == 302
    group = IntervisionGroup.objects.get(name=f"Groep {size}")
    assert group.memberships.count() == size
    assert services.hierarchy_warning(members).startswith(f"Let op: {display_name(org.mt)} heeft")


@pytest.mark.parametrize("size", [4, 8])
def test_a_leader_in_the_group_is_refused_with_the_same_queries(org, size, django_assert_max_num_queries):
    others = [make_user(f"lid{i}", "deelnemer") for i in range(size - 4)]
    members = [org.buddy, org.teamcoach, org.owner, *others, org.mt]
    with django_assert_max_num_queries(5), pytest.raises(ValidationError) as refusal:
        services.create_group(org.teamcoach, name="Gemengd", members=members)
    assert refusal.value.messages == [f"{display_name(org.mt)} is de leidinggevende van {display_name(org.owner)}; "
                                      "die horen niet samen in een intervisiegroep."]


@pytest.mark.parametrize("hidden_by", ["colleagues_may_view", "withdrawn", "no_consent"])
def test_a_fragment_without_consent_for_colleagues_is_hidden_everywhere(org, group, client, hidden_by):
    """The presenter's pick list, attaching, the service and the group's page all follow the client's consent."""
    from intervisie.models import Method
    from lms.cycles.models import Consent, Fragment, ReflectionCycle

    session = planned(org, group)[0]
    IntervisionSession.objects.filter(pk=session.pk).update(
        method=Method.objects.create(name="Video-intervisie", slug="video", uses_video_fragments=True))
    presenter = session.presenter
    other = next(m for m in (org.owner, org.colleague, org.buddy, org.teamcoach) if m != presenter)
    cycle = ReflectionCycle.objects.create(owner=presenter, client_code="C-9", medium="spreekkamer",
                                           learning_question="x", step="analyse")
    consent = Consent.objects.create(cycle=cycle, signed_on=timezone.localdate(), colleagues_may_view=True)
    fragment = Fragment.objects.create(cycle=cycle, start_seconds=1, end_seconds=9, label="Stilte bij de balie")
    pick = f'name="fragment" value="{fragment.pk}"'
    shown = f'<li class="utrecht-unordered-list__item">{fragment}</li>'
    client.force_login(presenter)
    assert pick in client.get(session.get_absolute_url()).content.decode()
    client.post(reverse("lms:intervisie:session_fragments", args=[session.pk]), {"fragment": [fragment.pk]})
    assert services.visible_fragments(other, session) == [fragment]
    client.force_login(other)
    assert shown in client.get(session.get_absolute_url()).content.decode()

    if hidden_by == "colleagues_may_view":
        Consent.objects.filter(pk=consent.pk).update(colleagues_may_view=False)
    elif hidden_by == "withdrawn":  # the rule itself, not only the deletion withdraw_consent also does
        Consent.objects.filter(pk=consent.pk).update(withdrawn_at=timezone.now())
    else:
        consent.delete()
    assert services.visible_fragments(other, session) == []
    assert "Stilte bij de balie" not in client.get(session.get_absolute_url()).content.decode()
    client.force_login(presenter)
    assert "Stilte bij de balie" not in client.get(session.get_absolute_url()).content.decode()
    session.fragments.clear()
    with pytest.raises(ValidationError, match="collega"):
        services.attach_fragments(presenter, session, [fragment])
    refused = client.post(reverse("lms:intervisie:session_fragments", args=[session.pk]), {"fragment": [fragment.pk]},
                          follow=True)
    assert "geen toestemming" in refused.content.decode()
    assert not session.fragments.exists()


def test_the_group_page_shows_the_members_own_working_feed_link(org, group, client):
    planned(org, group)
    token = group.memberships.get(user=org.owner).feed_token
    client.force_login(org.owner)
    url = f"http://testserver/intervisie/agenda/{token}.ics"
    assert f"<code>{url}</code>" in client.get(group.get_absolute_url()).content.decode()
    client.logout()
    assert client.get(url).status_code == 200


def test_the_group_sees_an_attached_fragment_through_the_policy_and_nobody_outside_it_does(org, group):
    """Members are granted the fragments attached to their group's sessions; the cycle's rule alone refuses them,
    and someone outside the group (the MT member, an analyst) stays refused, in SQL and for one object."""
    from lms.cycles.models import Consent, Fragment, ReflectionCycle
    from lms.people import access

    session = planned(org, group)[0]
    presenter = session.presenter
    member = next(m for m in (org.owner, org.colleague, org.buddy, org.teamcoach) if m != presenter)
    cycle = ReflectionCycle.objects.create(owner=presenter, client_code="C-10", medium="spreekkamer",
                                           learning_question="x", step="analyse")
    Consent.objects.create(cycle=cycle, signed_on=timezone.localdate(), colleagues_may_view=True)
    fragment = Fragment.objects.create(cycle=cycle, start_seconds=1, end_seconds=9, label="Pauze")
    assert not access.decide(member, access.VIEW, fragment)  # before it is attached: the presenter's own

    services.attach_fragments(presenter, session, [fragment])
    assert access.decide(member, access.VIEW, fragment)
    assert list(access.visible_to(member, Fragment.objects.all())) == [fragment]
    assert not access.decide(member, access.CHANGE, fragment)  # seeing it, never changing it
    for outsider in (org.mt, org.analyst, org.editor):
        assert not access.decide(outsider, access.VIEW, fragment)
        assert not access.visible_to(outsider, Fragment.objects.all()).exists()
        assert services.visible_fragments(outsider, session) == []


@pytest.mark.parametrize("cancelled", [False, True])
def test_invitations_and_cancellations_name_the_organiser_and_the_members_with_an_address(org, group, client,
                                                                                          cancelled, settings):
    settings.DEFAULT_FROM_EMAIL = "Leerplatform Gemeente <leren@gemeente.example>"
    org.colleague.email = ""
    org.colleague.save()
    session = planned(org, group)[0]
    if cancelled:
        services.cancel_session(org.owner, session)
    client.force_login(org.owner)
    body = client.get(reverse("lms:intervisie:session_invite", args=[session.pk])).content
    calendar = Calendar.from_ical(body)
    assert str(calendar["method"]) == ("CANCEL" if cancelled else "REQUEST")
    event = calendar.walk("VEVENT")[0]
    assert str(event["organizer"]) == "mailto:leren@gemeente.example"
    assert event["organizer"].params["cn"] == "Leerplatform Gemeente"
    attendees = event["attendee"]
    assert sorted(str(a) for a in attendees) == sorted(
        f"mailto:{p.email}" for p in (org.owner, org.buddy, org.teamcoach))
    assert {a.params["cn"] for a in attendees} == {display_name(p) for p in (org.owner, org.buddy, org.teamcoach)}
    parsed = vobject.readOne(io.StringIO(body.decode()))
    assert parsed.vevent.organizer.value == "mailto:leren@gemeente.example"
    assert len(parsed.vevent.contents["attendee"]) == 3
    assert parsed.vtimezone.tzid.value == "Europe/Amsterdam"


def test_a_feed_without_sessions_is_still_a_valid_calendar(org, group, client):
    token = group.memberships.get(user=org.owner).feed_token
    body = client.get(f"/intervisie/agenda/{token}.ics").content
    assert Calendar.from_ical(body).walk("VTIMEZONE") and not Calendar.from_ical(body).walk("VEVENT")
    assert vobject.readOne(io.StringIO(body.decode())).vtimezone.tzid.value == "Europe/Amsterdam"
