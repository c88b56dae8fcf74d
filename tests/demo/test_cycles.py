"""The demo shows each ready combination (the six of the report and (a) alone), spread over klantmanager, buddy
and mt, in different states, with the demo analysts and the neutral interviewer; each demo participant stands at
another point of the path to independent learning."""

import pytest
from django.contrib.auth import get_user_model
from django.core.management import call_command

from lms.cycles import path as learning_path
from lms.cycles.evidence import EvaluationEvidence
from lms.cycles.models import ReflectionCycle, Step
from lms.cycles.variants import VARIANTS, variant_of
from lms.people import access

pytestmark = pytest.mark.django_db


def test_the_demo_cycles_cover_every_combination_in_several_states():
    call_command("demo")
    call_command("demo")  # idempotent
    users = {u.username: u for u in get_user_model().objects.all()}
    owners = [users["klantmanager"], users["buddy"], users["mt"]]
    cycles = list(ReflectionCycle.objects.filter(owner__in=owners).select_related("owner"))
    assert {variant_of(cycle).key for cycle in cycles} == {variant.key for variant in VARIANTS}
    assert {cycle.owner.username for cycle in cycles} == {"klantmanager", "buddy", "mt"}
    assert {Step.FINISHED, Step.ANALYSIS, Step.INTERVIEW, Step.INTERVISION, Step.REFLECTION} <= {
        cycle.step for cycle in cycles}
    sanne = [cycle for cycle in cycles if cycle.owner.username == "klantmanager"]
    follow_up = next(cycle for cycle in sanne if cycle.follows_id)
    assert follow_up.follows.client_code == follow_up.client_code and follow_up.follow_up_checks.count() == 2
    # Her latest evaluation of the learning goal points to the follow-up (lms/cycles/evidence.py).
    assert list(EvaluationEvidence.objects.values_list("cycle", "evaluation__goal__owner")) == [
        (follow_up.pk, users["klantmanager"].pk)]
    leader = next(cycle for cycle in cycles if cycle.owner.username == "mt")
    assert leader.medium == "leidinggevende" and leader.client_code == ""
    assert any(cycle.interviewer_id == users["interviewer"].pk for cycle in cycles)
    analysed = [cycle for cycle in cycles if cycle.with_analyst_feedback]
    for cycle in analysed:
        assert set(cycle.assignments.values_list("analyst__username", flat=True)) == {"analist1", "analist2"}
    # Management never sees anyone else's learning; their own cycle is theirs.
    assert not access.visible_to(users["mt"], ReflectionCycle.objects.exclude(owner=users["mt"])).exists()


def test_the_demo_people_stand_at_different_points_of_their_path():
    call_command("demo")
    users = {u.username: u for u in get_user_model().objects.filter(username__in=["klantmanager", "buddy", "nieuw"])}
    assert learning_path.path_of(users["nieuw"]).phase.key == learning_path.GUIDED
    assert learning_path.path_of(users["nieuw"]).next_number == 1
    sanne = learning_path.path_of(users["klantmanager"])
    assert sanne.phase.key == learning_path.SELF_FIRST and sanne.finished_count == 3
    third = ReflectionCycle.objects.get(owner=users["klantmanager"], number=3)
    assert third.step == Step.FINISHED and third.self_analysis.submitted_at is not None
    assert third.self_analysis.fragments.count() == 1
    kees = learning_path.path_of(users["buddy"])
    assert kees.suggests_independence and kees.finished_count >= 4


def test_kees_has_a_samenleerwijzer_history_and_sanne_a_talk_due():
    from lms.cycles.models import CollaborationTalk
    from lms.cycles.services import samenleerwijzer

    call_command("demo")
    call_command("demo")  # idempotent
    users = {u.username: u for u in get_user_model().objects.filter(username__in=["klantmanager", "buddy"])}
    talks = CollaborationTalk.objects.filter(owner=users["buddy"])
    assert talks.count() == 3 and all(talk.notes for talk in talks)
    assert talks.filter(attention_points__goal__isnull=False).count() == 1
    kees, sanne = samenleerwijzer.schedule_of(users["buddy"]), samenleerwijzer.schedule_of(users["klantmanager"])
    assert not samenleerwijzer.due_soon(kees) and samenleerwijzer.due_soon(sanne)
