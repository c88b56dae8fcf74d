"""Triangulation (zelfbeeld, the analysts' consensus and the client's view side by side), the follow-up of earlier
aandachtspunten, and every answer with its question in the PDF and the data export."""

import io
import re

import pytest
from django.core.exceptions import ValidationError
from django.urls import reverse
from django.utils import timezone
from pypdf import PdfReader

from lms.cycles import services
from lms.cycles.models import FollowUpCheck, SelfAssessment
from lms.cycles.privacy import CyclesProvider
from tests.support.documents import get_pdf

from .conftest import ANSWERS, start, to_step, watched

pytestmark = pytest.mark.django_db


def page_text(client, user, url):
    client.force_login(user)
    return re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", client.get(url).content.decode()))


def test_the_consensus_waits_for_the_owners_own_view(client, people):
    cycle = to_step(people, "interview")
    url = cycle.get_absolute_url()
    text = page_text(client, people.owner, url)
    assert "Je ziet die zodra je je zelfbeeld hebt vastgelegd" in text and "Analyse van de analisten" not in text
    own = {**ANSWERS, "echtheid-klantmanager": "5", "strategie": "kansen"}
    response = client.post(reverse("lms:cycles:self_assessment", args=[cycle.pk]), {
        key: value for key, value in own.items()})
    assert response.status_code == 302
    text = page_text(client, people.owner, url)
    assert "Analyse van de analisten" in text and "Drie blikken op het gesprek" in text


def test_the_triangulation_marks_where_the_views_differ(client, people):
    cycle = to_step(people, "interview")
    services.record_interview(people.analyst, cycle, held_on=timezone.localdate(), answers={},
                              points="Minder tempo.",
                              client_view={"echtheid-client": "2", "echtheid-klantmanager": "2"})
    services.save_self_assessment(people.owner, cycle, {**ANSWERS, "echtheid-klantmanager": "5"})
    client.force_login(people.owner)
    page = client.get(cycle.get_absolute_url()).content.decode()
    table = page[page.index("Drie blikken"):page.index("</table>", page.index("Drie blikken"))]
    rows = {re.sub(r"<[^>]+>", "", row.split("</th>")[0]).strip(): row for row in table.split("<tr")[2:]}
    differing = {label for label, row in rows.items() if "Verschilt" in row}
    equal = {label for label, row in rows.items() if "Gelijk" in row}
    assert any("klantmanager" in label.lower() for label in differing)  # 5 (self) against 3 (analysts), 2 (client)
    assert equal and not (equal & differing)
    assert "Interventielogica" in page  # the fit verdict of the strategie and the zelfbeeld of the client


def test_the_zelfbeeld_is_given_once_and_before_the_reflection(people):
    cycle = to_step(people, "interview")
    with pytest.raises(ValidationError) as incomplete:
        services.save_self_assessment(people.owner, cycle, {"echtheid-klantmanager": "3"})
    assert incomplete.value.code == "incomplete" and not SelfAssessment.objects.exists()
    services.save_self_assessment(people.owner, cycle, ANSWERS)
    with pytest.raises(ValidationError) as again:
        services.save_self_assessment(people.owner, cycle, ANSWERS)
    assert again.value.code == "already_saved"
    finished = to_step(people, "afgerond")
    with pytest.raises(ValidationError):
        services.save_self_assessment(people.owner, finished, ANSWERS)


def test_analysts_see_the_zelfbeeld_only_after_releasing_their_consensus(people):
    from lms.people import access

    cycle = to_step(people, "analyse")
    assessment = services.save_self_assessment(people.owner, cycle, ANSWERS)
    assert not access.decide(people.analyst, access.VIEW, assessment)  # it would colour the blind analysis
    cycle = to_step(people, "interview")
    later = SelfAssessment.objects.get(cycle=cycle) if SelfAssessment.objects.filter(cycle=cycle).exists() else \
        services.save_self_assessment(people.owner, cycle, ANSWERS)
    assert access.decide(people.analyst, access.VIEW, later)
    assert not access.decide(people.mt, access.VIEW, later)


def test_a_follow_up_asks_per_earlier_point_whether_it_worked(client, people):
    first = to_step(people, "afgerond")
    point = first.attention_points.get()
    follow_up = start(people.owner, follows=first)
    client.force_login(people.owner)
    page = client.get(follow_up.get_absolute_url()).content.decode()
    assert "Terugblik op" in page and point.text in page
    response = client.post(reverse("lms:cycles:follow_up", args=[follow_up.pk]), {
        f"uitkomst_{point.pk}": "deels", f"toelichting_{point.pk}": "Lukt als ik niet haast."})
    assert response.status_code == 302
    check = FollowUpCheck.objects.get()
    assert (check.outcome, check.note) == ("deels", "Lukt als ik niet haast.")
    other = start(people.owner, client_code="C-99")
    with pytest.raises(ValidationError):  # a point of another conversation is not this one's to judge
        services.check_earlier_point(people.owner, other, point, "gelukt")
    client.post(reverse("lms:cycles:follow_up", args=[follow_up.pk]), {})  # nothing chosen: nothing changes
    assert FollowUpCheck.objects.get().outcome == "deels"


def _answered(people):
    cycle = to_step(people, "interview")
    services.record_interview(people.analyst, cycle, held_on=timezone.localdate(),
                              answers={"ervaring": "Rustig"}, points="Blijf samenvatten.")
    services.save_self_assessment(people.owner, cycle, ANSWERS)
    services.record_reflection(people.analyst, cycle, held_on=timezone.localdate(),
                               answers={"bedoeling": "Ruimte geven"}, fragment_ids=watched(cycle))
    return cycle


def test_the_report_pdf_puts_every_answer_under_its_question(client, people):
    cycle = _answered(people)
    client.force_login(people.owner)
    response = get_pdf(client, reverse("lms:cycles:pdf", args=[cycle.pk, "verslag"]))
    text = re.sub(r"\s+", " ", " ".join(page.extract_text() for page in PdfReader(io.BytesIO(response.content)).pages))
    assert "Wat was je bedoeling? Ruimte geven" in text
    assert "Blijf samenvatten." in text
    assert "Rustig" not in text  # the interviewer's notes stay with the interviewer and the analysts
    client.force_login(people.analyst)
    assert get_pdf(client, reverse("lms:cycles:pdf", args=[cycle.pk, "verslag"])).status_code in (403, 404)


def test_the_export_puts_every_answer_with_its_question(people):
    cycle = _answered(people)
    export = CyclesProvider().export(people.owner)
    meeting = next(row for row in export["lms_cycles.ReflectionMeeting"] if row["cycle"] == cycle.pk)
    assert {"vraag": "Wat was je bedoeling?", "antwoord": "Ruimte geven"} in meeting["answers"]
    assert export.get("lms_cycles.ClientInterview") == []  # not the owner's to read: the client did not agree
    analyst_export = CyclesProvider().export(people.analyst)
    interview = analyst_export["lms_cycles.ClientInterview"][0]
    assert interview["answers"] == [{"vraag": "Hoe heeft u het gesprek ervaren?", "antwoord": "Rustig"}]


@pytest.mark.parametrize("count", [2, 30])
def test_the_cycle_page_with_every_view_needs_bounded_queries(client, people, count, django_assert_max_num_queries):
    finished = [to_step(people, "afgerond") for _ in range(count)]
    follow_up = start(people.owner, follows=finished[-1])
    client.force_login(people.owner)
    with django_assert_max_num_queries(30):  # triangulation, interviewer's feedback, reflection, timeline
        page = client.get(finished[-1].get_absolute_url())
    assert "Drie blikken op het gesprek" in page.content.decode()
    with django_assert_max_num_queries(24):  # the look back on the earlier cycle's points
        page = client.get(follow_up.get_absolute_url())
    assert "Terugblik op" in page.content.decode()
    client.force_login(people.analyst)
    with django_assert_max_num_queries(30):
        assert client.get(finished[0].get_absolute_url()).status_code == 200
