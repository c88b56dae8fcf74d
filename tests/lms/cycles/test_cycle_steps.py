"""Every step of the video-reflection cycle, and the steps that must be refused."""

import pytest
from django.core.exceptions import PermissionDenied, ValidationError
from django.utils import timezone

from lms.cycles import services
from lms.cycles.models import Analysis, AnalystAssignment, ClientInterview, CycleEvent, Fragment, Step
from lms.goals.models import Goal
from lms.goals.services import Formulation
from lms.notifications.models import Notice

from .conftest import ANSWERS, OTHER, URL, days, start, to_step

pytestmark = pytest.mark.django_db


def test_a_full_cycle_goes_through_every_step_in_order(people):
    cycle = to_step(people, "afgerond")
    assert cycle.step == Step.FINISHED
    texts = list(CycleEvent.objects.filter(cycle=cycle).values_list("text", flat=True))
    assert texts[0] == "Cyclus aangemeld" and texts[-1] == "Cyclus afgerond"
    assert len(texts) >= 9


@pytest.mark.parametrize("code", ["Jan Jansen", "jan@example.org", "123456782", "06-12345678", "01-02-1980",
                                  "19800201", "<script>"])
def test_a_client_code_that_could_identify_someone_is_refused(people, code):
    with pytest.raises(ValidationError):
        start(people.owner, client_code=code)
    assert not people.owner.cycles.exists()


def test_a_short_pseudonymous_code_is_accepted(people):
    assert start(people.owner, client_code="KM3-042").client_code == "KM3-042"


def test_a_vervolggesprek_uses_the_same_client_code(people):
    first = start(people.owner)
    with pytest.raises(ValidationError, match="dezelfde cliëntcode"):
        start(people.owner, client_code="C-99", follows=first)
    assert start(people.owner, follows=first).follows == first


def test_analysts_cannot_be_assigned_before_consent(people):
    cycle = start(people.owner)
    with pytest.raises(ValidationError):
        services.assign_analysts(people.teamcoach, cycle, [people.analyst, people.analyst2])
    assert not AnalystAssignment.objects.exists()


def test_analysing_before_consent_is_refused(people):
    cycle = start(people.owner)
    with pytest.raises(PermissionDenied):
        services.save_analysis(people.analyst, cycle, ANSWERS)
    assert not Analysis.objects.exists()


def test_a_third_analyst_is_refused(people):
    cycle = to_step(people, "analyse")
    with pytest.raises(ValidationError, match="geen derde"):
        services.assign_analysts(people.teamcoach, cycle, [people.analyst3])
    assert cycle.assignments.count() == 2


def test_only_a_teamcoach_or_admin_assigns_analysts(people):
    cycle = to_step(people, "toestemming")
    for who in ("mt", "owner", "analyst", "buddy"):
        with pytest.raises(PermissionDenied):
            services.assign_analysts(getattr(people, who), cycle, [people.analyst, people.analyst2])
    services.assign_analysts(people.admin, cycle, [people.analyst, people.analyst2])
    assert Notice.objects.filter(recipient=people.analyst, key__startswith="cycle-assigned").exists()


def test_the_other_analysis_stays_blind_until_both_submitted(people):
    from lms.people import access

    cycle = to_step(people, "analyse")
    services.save_analysis(people.analyst, cycle, ANSWERS, submit=True)
    services.save_analysis(people.analyst2, cycle, OTHER, submit=False)
    first = Analysis.objects.get(analyst=people.analyst)
    second = Analysis.objects.get(analyst=people.analyst2)
    assert not access.decide(people.analyst, access.VIEW, second).allowed
    assert not access.decide(people.analyst2, access.VIEW, first).allowed
    assert list(access.visible_to(people.analyst, Analysis.objects.all())) == [first]
    services.save_analysis(people.analyst2, cycle, OTHER, submit=True)
    second.refresh_from_db()
    assert access.decide(people.analyst, access.VIEW, second).allowed
    assert access.visible_to(people.analyst2, Analysis.objects.all()).count() == 2
    cycle.refresh_from_db()
    assert cycle.step == Step.DISCUSSION


def test_fragments_marked_in_an_analysis_are_blind_too(people):
    from lms.people import access

    cycle = to_step(people, "analyse")
    services.add_fragment(people.analyst, cycle, start_seconds=10, end_seconds=20, label="Mijn fragment")
    assert not access.visible_to(people.analyst2, Fragment.objects.filter(label="Mijn fragment")).exists()
    assert access.visible_to(people.analyst, Fragment.objects.filter(label="Mijn fragment")).exists()


def test_a_submitted_analysis_is_final_and_must_be_complete(people):
    cycle = to_step(people, "analyse")
    with pytest.raises(ValidationError, match="Vul eerst alle onderdelen in"):
        services.save_analysis(people.analyst, cycle, {"echtheid-klantmanager": "3"}, submit=True)
    services.save_analysis(people.analyst, cycle, ANSWERS, submit=True)
    with pytest.raises(ValidationError, match="al ingediend"):
        services.save_analysis(people.analyst, cycle, OTHER)
    assert Analysis.objects.get(analyst=people.analyst).answers["gezamenlijk-doel"] == "verondersteld"


def test_an_invalid_option_is_refused(people):
    cycle = to_step(people, "analyse")
    with pytest.raises(ValidationError, match="Ongeldige keuze"):
        services.save_analysis(people.analyst, cycle, {**ANSWERS, "strategie": "duwen"})


def test_the_owner_sees_the_consensus_only_after_release(people):
    from lms.people import access

    cycle = to_step(people, "bespreking")
    consensus = services.record_consensus(people.analyst, cycle, ANSWERS)
    assert not access.decide(people.owner, access.VIEW, consensus).allowed
    services.release_consensus(people.analyst2, cycle)
    consensus = Analysis.objects.select_related("cycle").get(pk=consensus.pk)
    assert access.decide(people.owner, access.VIEW, consensus).allowed
    assert not access.visible_to(people.owner, Analysis.objects.filter(is_consensus=False)).exists()


def test_steps_out_of_order_are_refused(people):
    cycle = to_step(people, "toestemming")
    with pytest.raises(ValidationError):
        services.finish_cycle(people.owner, cycle)
    with pytest.raises(ValidationError):
        services.record_consent(people.owner, cycle, signed_on=timezone.localdate())


def test_a_recording_link_outside_the_organisations_storage_is_refused(people):
    cycle = start(people.owner)
    for url in ("https://www.youtube.com/watch?v=x", "http://gemeente.sharepoint.com/a.mp4",
                "https://sharepoint.com.evil.example/a.mp4"):
        with pytest.raises(ValidationError, match="beveiligde opslag"):
            services.set_recording(people.owner, cycle, url=url, recorded_on=timezone.localdate(),
                                   duration_seconds=60)
    assert not hasattr(type(cycle).objects.get(pk=cycle.pk), "recording")


def test_fragments_must_lie_within_the_recording(people):
    cycle = start(people.owner)
    with pytest.raises(ValidationError, match="Leg eerst de opname vast"):
        services.add_fragment(people.owner, cycle, start_seconds=0, end_seconds=10, label="x")
    services.set_recording(people.owner, cycle, url=URL, recorded_on=timezone.localdate(), duration_seconds=600)
    with pytest.raises(ValidationError, match="na het einde van de opname"):
        services.add_fragment(people.owner, cycle, start_seconds=590, end_seconds=601, label="x")
    with pytest.raises(ValidationError, match="na het begin"):
        services.add_fragment(people.owner, cycle, start_seconds=100, end_seconds=100, label="x")
    assert not Fragment.objects.exists()


def test_an_attention_point_becomes_a_goal_in_one_step(people):
    cycle = to_step(people, "aandachtspunten")
    point = services.add_attention_point(people.owner, cycle, "Na een snelle ja doorvragen")
    goal = services.attention_point_to_goal(people.owner, point, "action", Formulation(title=point.text))
    assert goal.origin == "reflection"
    assert str(cycle.pk) in goal.origin_note
    assert Goal.objects.get(pk=goal.pk).attention_point == point
    with pytest.raises(ValidationError, match="al een doel"):
        services.attention_point_to_goal(people.owner, point, "action", Formulation(title="Nog eens"))


def test_withdrawal_removes_the_recording_and_every_fragment_and_keeps_the_reflection(people):
    cycle = to_step(people, "aandachtspunten")
    services.add_attention_point(people.owner, cycle, "Blijft bewaard")
    services.withdraw_consent(people.owner, cycle)
    cycle = type(cycle).objects.get(pk=cycle.pk)
    assert cycle.step == Step.WITHDRAWN
    assert not Fragment.objects.filter(cycle=cycle).exists()
    assert not type(cycle).objects.filter(pk=cycle.pk, recording__isnull=False).exists()
    assert cycle.attention_points.filter(text="Blijft bewaard").exists()
    assert hasattr(cycle, "reflection")
    assert ClientInterview.objects.get(cycle=cycle).cancelled_at is not None


def test_a_client_withdraws_for_every_conversation_even_when_one_has_no_consent_yet(people):
    recorded = to_step(people, "toestemming")
    registered = to_step(people, "aangemeld")  # same client, consent not recorded yet
    assert services.withdraw_client(people.owner, "C-17") == 1
    recorded.refresh_from_db()
    registered.refresh_from_db()
    assert recorded.step == Step.WITHDRAWN and recorded.consent.withdrawn_at is not None
    assert registered.step == "aangemeld" and not Fragment.objects.filter(cycle=recorded).exists()


def test_after_withdrawal_analysts_lose_access(people):
    from lms.people import access

    cycle = to_step(people, "analyse")
    services.withdraw_consent(people.owner, cycle)
    assert not access.decide(people.analyst, access.VIEW, type(cycle).objects.get(pk=cycle.pk)).allowed
    assert not access.visible_to(people.analyst, Analysis.objects.all()).exists()


def test_retention_purges_expired_recordings_once_and_records_it(people):
    cycle = to_step(people, "afgerond")
    type(cycle).objects.filter(pk=cycle.pk).update(finished_at=timezone.now() - days(200))
    recent = to_step(people, "afgerond")
    assert services.purge_expired() == 1
    assert not Fragment.objects.filter(cycle=cycle).exists()
    assert not type(cycle).objects.filter(pk=cycle.pk, recording__isnull=False).exists()
    assert CycleEvent.objects.filter(cycle=cycle, text__startswith="Bewaartermijn verlopen").count() == 1
    assert Fragment.objects.filter(cycle=recent).exists()  # still within its retention period
    assert services.purge_expired() == 0
    assert CycleEvent.objects.filter(cycle=cycle, text__startswith="Bewaartermijn verlopen").count() == 1


def test_the_retention_job_is_scheduled_daily():
    from django_q.models import Schedule

    # One daily job applies every app's retention, the recordings' purge included (CyclesProvider.retention); the
    # only job of the cycles' own is the Samenleerwijzer's reminder.
    assert Schedule.objects.get(func="lms.privacy.tasks.daily_retention").schedule_type == Schedule.DAILY
    assert list(Schedule.objects.filter(func__startswith="lms.cycles.").values_list("func", flat=True)) == [
        "lms.cycles.tasks.send_samenleerwijzer_reminders"]


@pytest.mark.parametrize(("url", "code"), [
    ("https://evil.example\\@gemeente.sharepoint.com/x.mp4", "host_not_allowed"),  # a browser goes to evil.example
    ("https://evil.example\\\\@gemeente.sharepoint.com/x.mp4", "host_not_allowed"),
    ("https://medewerker:geheim@gemeente.sharepoint.com/x.mp4", "has_userinfo"),
    ("https://gemeente.sharepoint.com@evil.example/x.mp4", "has_userinfo"),
    ("javascript://gemeente.sharepoint.com/%0aalert(1)", "not_https"),
    ("https://", "invalid"),
])
def test_a_recording_link_is_checked_as_a_browser_reads_it(people, url, code):
    cycle = start(people.owner)
    with pytest.raises(ValidationError) as refused:
        services.set_recording(people.owner, cycle, url=url, recorded_on=timezone.localdate(), duration_seconds=60)
    assert refused.value.code == code
    assert not hasattr(type(cycle).objects.get(pk=cycle.pk), "recording")


def test_a_recording_link_is_stored_as_the_browser_will_use_it(people):
    cycle = start(people.owner)
    recording = services.set_recording(people.owner, cycle, url="https://Gemeente.SharePoint.com/sites/a b.mp4",
                                       recorded_on=timezone.localdate(), duration_seconds=60)
    assert recording.url == "https://gemeente.sharepoint.com/sites/a%20b.mp4"
