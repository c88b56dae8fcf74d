"""The ontwikkelplan as PDF (parsed back) and the evaluation dates as an ICS file (parsed back)."""

import io

import pytest
import vobject
from django.urls import reverse
from icalendar import Calendar
from pypdf import PdfReader

from lms.goals import services
from lms.goals.choices import Decision, Kind
from tests.support.documents import get_pdf

from .conftest import evaluate, formulation

pytestmark = pytest.mark.django_db


@pytest.fixture
def plan_with_history(org, goal):
    org.owner.first_name, org.owner.last_name = "Sanne", "de Jong"
    org.owner.save()
    evaluate(org.owner, goal, progress=2)
    evaluate(org.owner, goal, Decision.ADJUST, progress=3, new_formulation=formulation("Doorvragen, scherper"))
    services.create_goal(org.owner, Kind.ACTION, formulation("Eén open vraag per gesprek"), parent=goal)
    return goal


def test_the_pdf_holds_every_goal_with_its_history_and_the_owners_name(client, org, plan_with_history):
    client.force_login(org.owner)
    response = get_pdf(client, reverse("lms:goals:plan_pdf"))
    assert response.status_code == 200
    assert response["Content-Type"] == "application/pdf"
    reader = PdfReader(io.BytesIO(response.content))
    text = "\n".join(page.extract_text() for page in reader.pages)
    assert len(reader.pages) >= 1
    assert "Sanne de Jong" in text
    assert "Doorvragen, scherper" in text
    assert "Eén open vraag per gesprek" in text
    assert "Doorvragen na een snelle ja" in text  # the earlier version stays in the history
    assert "/StructTreeRoot" in reader.trailer["/Root"]  # tagged PDF


@pytest.mark.parametrize("who", ["colleague", "mt"])
def test_the_pdf_contains_only_the_downloaders_own_goals(client, org, plan_with_history, who):
    # mt also learns (a participant), and leads the owner: still only their own, empty plan.
    client.force_login(getattr(org, who))
    response = get_pdf(client, reverse("lms:goals:plan_pdf"))
    text = "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(response.content)).pages)
    assert "Doorvragen" not in text
    assert "nog geen doelen" in text


@pytest.mark.parametrize("who", ["editor", "analyst"])
def test_people_who_are_not_participants_get_a_refusal_not_a_pdf(client, org, who):
    client.force_login(getattr(org, who))
    response = get_pdf(client, reverse("lms:goals:plan_pdf"))
    assert response.status_code == 403
    assert "Een ontwikkelplan is er voor deelnemers" in response.content.decode()


def test_the_ics_file_has_one_event_per_active_goal_on_its_evaluation_date(client, org, plan_with_history):
    client.force_login(org.owner)
    response = client.get(reverse("lms:goals:plan_ics"))
    assert response["Content-Type"].startswith("text/calendar")
    calendar = Calendar.from_ical(response.content)
    events = calendar.walk("VEVENT")
    plan_with_history.refresh_from_db()
    assert len(events) == 2
    dates = {event.decoded("dtstart") for event in events}
    assert plan_with_history.next_evaluation_on in dates
    assert any("Doorvragen, scherper" in str(event.get("summary")) for event in events)


def test_the_ics_file_of_someone_else_holds_none_of_my_goals(client, org, plan_with_history):
    client.force_login(org.colleague)
    calendar = Calendar.from_ical(client.get(reverse("lms:goals:plan_ics")).content)
    assert calendar.walk("VEVENT") == []


def test_the_ics_file_without_goals_is_a_valid_calendar_for_a_strict_parser(client, org):
    client.force_login(org.colleague)
    body = client.get(reverse("lms:goals:plan_ics")).content
    calendar = Calendar.from_ical(body)
    assert calendar.walk("VEVENT") == [] and calendar.walk("VTIMEZONE")
    parsed = vobject.readOne(io.StringIO(body.decode()))
    assert parsed.vtimezone.tzid.value == "Europe/Amsterdam" and not hasattr(parsed, "vevent")
