"""Issue 16 on the cycle pages: an empty consensus is refused, the page and the workspace tell an analyst who
submitted that the cycle waits for the other one, cycles are numbered per participant, and the interview and the
reflection show each question above its answer."""

import re

import pytest
from django.core.exceptions import ValidationError
from django.urls import reverse
from django.utils import timezone

from lms.cycles import services
from lms.cycles.models import ReflectionCycle

from .conftest import ANSWERS, start, to_step, watched


def test_an_empty_consensus_is_refused_by_code_and_on_the_page(client, people):
    cycle = to_step(people, "bespreking")
    with pytest.raises(ValidationError) as refused:
        services.record_consensus(people.analyst, cycle, {})
    assert refused.value.code == "consensus_empty"
    with pytest.raises(ValidationError) as refused:
        services.record_consensus(people.analyst, cycle, {"echtheid-klantmanager": "3"})
    assert refused.value.code == "consensus_incomplete"

    client.force_login(people.analyst)
    comparison = reverse("lms:cycles:comparison", args=[cycle.pk])
    response = client.post(comparison, {"emoties": ""})
    assert response.status_code == 200
    assert "De consensus is nog leeg." in response.content.decode()
    assert not cycle.analyses.filter(is_consensus=True).exists()


def test_after_submitting_the_analyst_sees_the_cycle_waits_for_the_other_analyst(client, people):
    cycle = to_step(people, "analyse")
    client.force_login(people.analyst)
    page = client.get(cycle.get_absolute_url()).content.decode()
    assert "Analyseer het gesprek met het analysekader." in page

    services.save_analysis(people.analyst, cycle, ANSWERS, submit=True)
    page = client.get(cycle.get_absolute_url()).content.decode()
    assert "Analyseer het gesprek met het analysekader." not in page
    assert "Je analyse is ingediend. Nu wacht het op de andere analist" in page

    workspace = client.get(reverse("lms:cycles:workspace"))
    assert [c.pk for c in workspace.context["waiting"]] == []
    assert [c.pk for c in workspace.context["others"]] == [cycle.pk]
    assert "wacht op de andere analist" in workspace.content.decode()

    client.force_login(people.analyst2)
    assert [c.pk for c in client.get(reverse("lms:cycles:workspace")).context["waiting"]] == [cycle.pk]


def test_cycles_are_numbered_per_participant_and_keep_their_number(people):
    someone_elses = start(people.colleague)
    first = start(people.owner)
    second = start(people.owner, client_code="C-18")
    assert (someone_elses.number, first.number, second.number) == (1, 1, 2)
    assert str(first).startswith("Video-reflectie 1 ")
    assert str(second).startswith("Video-reflectie 2 ")
    first.delete()
    third = start(people.owner, client_code="C-19")
    second.refresh_from_db()
    assert (second.number, third.number) == (2, 3)
    assert ReflectionCycle.objects.filter(owner=people.owner).count() == 2


def test_the_interview_and_the_reflection_show_each_question_with_its_answer(client, people):
    cycle = to_step(people, "interview")
    services.record_interview(people.analyst, cycle, held_on=timezone.localdate(),
                              answers={"ervaring": "Prettig, rustig tempo", "anders": "Minder papier"},
                              points="Ruimte laten werkt.")
    services.save_self_assessment(people.owner, cycle, ANSWERS)
    services.record_reflection(people.analyst, cycle, held_on=timezone.localdate(),
                               answers={"bedoeling": "Ruimte geven"}, fragment_ids=watched(cycle))

    def page_of(user):
        client.force_login(user)
        return re.sub(r"<(/?)p[^>]*>", "", client.get(cycle.get_absolute_url()).content.decode().replace("\n", ""))

    notes = page_of(people.analyst)  # the interview's notes are for the interviewer and the analysts
    assert "<dt>Hoe heeft u het gesprek ervaren?</dt><dd>Prettig, rustig tempo</dd>" in notes
    assert "<dt>Wat had de klantmanager anders kunnen doen?</dt><dd>Minder papier</dd>" in notes
    assert "Voelde u zich gehoord" not in notes  # unanswered questions are left out
    own = page_of(people.owner)
    assert "<dt>Wat was je bedoeling?</dt><dd>Ruimte geven</dd>" in own
    assert "Prettig, rustig tempo" not in own and "Ruimte laten werkt." in own
