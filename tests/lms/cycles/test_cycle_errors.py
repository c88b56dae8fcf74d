"""Refusals of the input or the moment carry a code; the pages show the message and tests look at the code."""

import datetime

import pytest
from django.core.exceptions import NON_FIELD_ERRORS, ValidationError
from django.urls import reverse
from django.utils import timezone

from lms.cycles import services
from lms.goals.services import Formulation
from lms.people.roles import Role
from tests.factories import make_user

from .conftest import ANSWERS, URL, consent, start, to_step

pytestmark = pytest.mark.django_db

TOMORROW = datetime.timedelta(days=1)


def refusal_code(call):
    with pytest.raises(ValidationError) as refused:
        call()
    return refused.value.code


def test_starting_refusals_carry_codes(people):
    first = start(people.owner)
    assert refusal_code(lambda: start(people.owner, client_code="Jan Jansen")) == "not_pseudonymous"
    assert refusal_code(lambda: start(people.owner, with_video_analysis=False, with_client_feedback=False,
                                      with_analyst_feedback=False)) == "no_parts"
    assert refusal_code(lambda: start(people.owner, client_code="C-99", follows=first)) == "other_client"
    assert refusal_code(lambda: start(people.owner, learning_question="   ")) == "no_learning_question"


def test_consent_recording_and_fragment_refusals_carry_codes(people):
    cycle = start(people.owner)
    assert refusal_code(lambda: services.record_consent(
        people.owner, cycle, signed_on=timezone.localdate() + TOMORROW)) == "signed_in_future"
    assert refusal_code(lambda: services.record_consent(
        people.owner, cycle, signed_on=timezone.localdate(), analysts_may_view=False)) == "analysts_must_view"
    assert refusal_code(lambda: services.add_fragment(
        people.owner, cycle, start_seconds=0, end_seconds=10, label="x")) == "no_recording"
    assert refusal_code(lambda: services.set_recording(
        people.owner, cycle, url="https://video.example.com/x.mp4", recorded_on=timezone.localdate(),
        duration_seconds=60)) == "host_not_allowed"
    assert refusal_code(lambda: services.set_recording(
        people.owner, cycle, url=URL, recorded_on=timezone.localdate(), duration_seconds=0)) == "duration_out_of_range"
    assert refusal_code(lambda: services.set_recording(
        people.owner, cycle, url=URL, recorded_on=timezone.localdate() + TOMORROW,
        duration_seconds=60)) == "recorded_in_future"
    services.set_recording(people.owner, cycle, url=URL, recorded_on=timezone.localdate(), duration_seconds=600)
    assert refusal_code(lambda: services.add_fragment(
        people.owner, cycle, start_seconds=100, end_seconds=100, label="x")) == "end_before_start"
    assert refusal_code(lambda: services.add_fragment(
        people.owner, cycle, start_seconds=590, end_seconds=601, label="x")) == "past_recording_end"
    assert refusal_code(lambda: services.add_fragment(
        people.owner, cycle, start_seconds=1, end_seconds=2, label=" ")) == "no_label"
    assert refusal_code(lambda: services.withdraw_consent(people.owner, cycle)) == "no_active_consent"
    assert refusal_code(lambda: services.withdraw_client(people.owner, "C-17")) == "no_active_consent"


def test_analysis_refusals_carry_codes(people):
    registered = start(people.owner)
    assert refusal_code(lambda: services.assign_analysts(
        people.teamcoach, registered, [people.analyst, people.analyst2])) == "no_consent_for_analysts"
    both = make_user("analist-en-deelnemer", Role.PARTICIPANT, Role.ANALYST)
    own = start(both)
    consent(both, own)
    assert refusal_code(lambda: services.assign_analysts(people.teamcoach, own, [both, people.analyst])) == \
        "own_cycle"
    cycle = to_step(people, "toestemming")
    services.assign_analysts(people.teamcoach, cycle, [people.analyst, people.analyst2])
    assert refusal_code(lambda: services.assign_analysts(people.teamcoach, cycle, [people.analyst3])) == \
        "third_analyst"
    assert refusal_code(lambda: services.save_analysis(people.analyst, cycle, {}, submit=True)) == "incomplete"
    services.save_analysis(people.analyst, cycle, ANSWERS, submit=True)
    assert refusal_code(lambda: services.save_analysis(people.analyst, cycle, ANSWERS)) == "already_submitted"
    assert refusal_code(lambda: services.record_consensus(people.analyst, cycle, ANSWERS)) == "wrong_step"
    services.save_analysis(people.analyst2, cycle, ANSWERS, submit=True)
    assert refusal_code(lambda: services.release_consensus(people.analyst, cycle)) == "no_consensus"


def test_meeting_and_outcome_refusals_carry_codes(people):
    cycle = to_step(people, "toestemming", with_client_feedback=False)
    services.assign_analysts(people.teamcoach, cycle, [people.analyst, people.analyst2])
    assert refusal_code(lambda: services.record_interview(
        people.analyst, cycle, held_on=timezone.localdate(), answers={})) == "no_interview"
    done = to_step(people, "aandachtspunten")
    assert refusal_code(lambda: services.add_attention_point(people.owner, done, "  ")) == "empty"
    point = services.add_attention_point(people.owner, done, "Doorvragen")
    services.attention_point_to_goal(people.owner, point, "action", Formulation(title="Doorvragen"))
    assert refusal_code(lambda: services.attention_point_to_goal(
        people.owner, point, "action", Formulation(title="Nog eens"))) == "already_a_goal"
    assert refusal_code(lambda: services.finish_cycle(people.owner, cycle)) == "wrong_step"


def test_the_consent_page_shows_the_services_refusal_by_its_code(client, people):
    cycle = start(people.owner)
    client.force_login(people.owner)
    response = client.post(reverse("lms:cycles:consent", args=[cycle.pk]), {
        "signed_on": (timezone.localdate() + TOMORROW).isoformat(), "analysts_may_view": "on",
        "retention_months": "6"})
    assert response.status_code == 200
    assert response.context["form"].has_error(NON_FIELD_ERRORS, "signed_in_future")
    assert not hasattr(type(cycle).objects.get(pk=cycle.pk), "consent")


def test_the_assign_page_asks_for_exactly_two_and_refuses_a_third_by_code(client, people):
    cycle = to_step(people, "toestemming")
    client.force_login(people.teamcoach)
    one = client.post(reverse("lms:cycles:assign", args=[cycle.pk]), {"analysts": [people.analyst.pk]})
    assert one.context["form"].has_error("analysts", "not_two")
    services.assign_analysts(people.teamcoach, cycle, [people.analyst])
    other = client.post(reverse("lms:cycles:assign", args=[cycle.pk]), {"analysts": [people.analyst2.pk,
                                                                                 people.analyst3.pk]})
    assert other.context["form"].has_error(NON_FIELD_ERRORS, "third_analyst")
    assert cycle.assignments.count() == 1


def test_the_start_page_shows_a_follow_up_with_another_client_by_its_code(client, people):
    first = start(people.owner)
    client.force_login(people.owner)
    response = client.post(reverse("lms:cycles:start"), {
        "medium": "spreekkamer", "client_code": "C-99", "learning_question": "Vraag", "variant": "abc",
        "follows": first.pk})
    assert response.context["form"].has_error(NON_FIELD_ERRORS, "other_client")
