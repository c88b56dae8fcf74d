"""A goal's evaluation points to a later video-reflection of its owner: offered on the evaluation form (only the
owner's own cycles), refused for anyone else's, shown under the evaluation on the goal page and in the plan PDF."""

import datetime
import io
import uuid

import pytest
from django.contrib.contenttypes.models import ContentType
from django.urls import reverse
from django.utils import timezone
from pypdf import PdfReader

from lms.cycles.evidence import EvaluationEvidence, link_evaluation_to_cycle
from lms.cycles.models import ReflectionCycle
from lms.goals import services as goal_services
from lms.goals.choices import Kind
from lms.goals.models import GoalEvaluation
from lms.goals.services import Formulation
from lms.people.services import grant_share
from tests.support.documents import get_pdf

from .conftest import start

pytestmark = pytest.mark.django_db

FIELD = "evidence_cycle"


@pytest.fixture
def goal(people):
    return goal_services.create_goal(people.owner, Kind.LEARNING, Formulation(title="Stiltes laten vallen"))


def evaluation_post(**extra):
    return {"progress": "3", "tried": "Twee keer geprobeerd.", "evaluated_on": timezone.localdate().isoformat(),
            "decision": "continue", "submission_key": str(uuid.uuid4()), **extra}


def evaluate(client, goal, **extra):
    return client.post(reverse("lms:goals:evaluate", args=[goal.pk]), evaluation_post(**extra))


def test_the_form_offers_only_the_owners_own_cycles_newest_first_and_none_is_fine(client, people, goal):
    first = start(people.owner, client_code="C-1")
    second = start(people.owner, client_code="C-2")
    theirs = start(people.colleague, client_code="C-9")
    client.force_login(people.owner)
    form = client.get(reverse("lms:goals:evaluate", args=[goal.pk])).content.decode()
    choices = form[form.index(f'name="{FIELD}"'):]
    choices = choices[:choices.index("</select>")]
    assert choices.index("— geen —") < choices.index(str(second)) < choices.index(str(first))
    assert f'value="{theirs.pk}"' not in choices and "C-9" not in form
    assert evaluate(client, goal).status_code == 302  # optional
    assert GoalEvaluation.objects.count() == 1 and not EvaluationEvidence.objects.exists()


def test_the_owner_picks_their_cycle_and_the_goal_page_links_to_it(client, people, goal):
    cycle = start(people.owner, client_code="C-17")
    client.force_login(people.owner)
    response = evaluate(client, goal, **{FIELD: str(cycle.pk)})
    assert response.status_code == 302
    evidence = EvaluationEvidence.objects.get()
    assert (evidence.evaluation.goal, evidence.cycle) == (goal, cycle)
    page = client.get(goal.get_absolute_url()).content.decode()
    assert f'<a class="utrecht-link" href="{cycle.get_absolute_url()}">{cycle}</a>' in page


@pytest.mark.parametrize("crafted", ["other", "9999999", "abc", "99999999999999999999999"])
def test_someone_elses_cycle_gives_a_dutch_error_and_saves_nothing(client, people, goal, crafted):
    start(people.owner, client_code="C-1")
    theirs = start(people.colleague, client_code="C-9")
    due = goal.next_evaluation_on
    client.force_login(people.owner)
    response = evaluate(client, goal, **{FIELD: str(theirs.pk) if crafted == "other" else crafted})
    assert response.status_code == 200
    assert "Kies een van je eigen video-reflecties." in response.content.decode()
    goal.refresh_from_db()
    assert goal.next_evaluation_on == due
    assert not GoalEvaluation.objects.exists() and not EvaluationEvidence.objects.exists()


def test_the_service_refuses_someone_elses_cycle_too(people, goal):
    theirs = start(people.colleague, client_code="C-9")
    evaluation = goal_services.evaluate_goal(people.owner, goal, progress=3, tried="Geprobeerd.", decision="continue",
                                             submission_key=uuid.uuid4())
    with pytest.raises(Exception, match="eigen video-reflecties"):
        link_evaluation_to_cycle(people.owner, evaluation, theirs)
    assert not EvaluationEvidence.objects.exists()


def test_without_cycles_the_form_has_no_cycle_field_and_a_crafted_one_links_nothing(client, people, goal):
    theirs = start(people.colleague, client_code="C-9")
    client.force_login(people.owner)
    form = client.get(reverse("lms:goals:evaluate", args=[goal.pk])).content.decode()
    assert f'name="{FIELD}"' not in form and 'name="evidence_link"' in form
    assert evaluate(client, goal, **{FIELD: str(theirs.pk)}).status_code == 302
    assert not EvaluationEvidence.objects.exists()


def test_a_reader_of_the_shared_goal_sees_the_cycle_only_when_it_is_shared_with_them(client, people, goal):
    cycle = start(people.owner, client_code="C-17")
    client.force_login(people.owner)
    evaluate(client, goal, **{FIELD: str(cycle.pk)})
    grant_share(people.owner, goal, people.buddy)
    client.force_login(people.buddy)
    page = client.get(goal.get_absolute_url()).content.decode()
    assert "een video-reflectie die niet met je gedeeld is" in page
    assert "C-17" not in page and cycle.get_absolute_url() not in page
    grant_share(people.owner, cycle, people.buddy)
    page = client.get(goal.get_absolute_url()).content.decode()
    assert f'href="{cycle.get_absolute_url()}">{cycle}</a>' in page


@pytest.mark.parametrize("evaluations", [1, 25])
def test_the_goal_page_needs_the_same_bounded_queries_however_many_evaluations_point_to_cycles(
        client, people, evaluations, django_assert_max_num_queries):
    goal = goal_services.create_goal(people.owner, Kind.LEARNING,
                                     Formulation(title="Stiltes laten vallen", dimensions=["regie", "emoties"]))
    cycles = [start(people.owner, client_code=f"C-{i}") for i in range(3)]
    for j in range(evaluations):
        evaluation = goal_services.evaluate_goal(
            people.owner, goal, progress=3, tried="Geprobeerd.", decision="continue", submission_key=uuid.uuid4(),
            evaluated_on=timezone.localdate() - datetime.timedelta(days=60 - j))
        link_evaluation_to_cycle(people.owner, evaluation, cycles[j % 3])
        goal.refresh_from_db()
    grant_share(people.owner, goal, people.buddy)
    goal_services.add_comment(people.buddy, goal, "Top")
    ContentType.objects.get_for_model(ReflectionCycle)  # cached for the process after its first use anywhere
    client.force_login(people.owner)
    # As tests/lms/goals/test_goal_pages.py (19), plus one: the cycles named, once some evaluation points to one.
    with django_assert_max_num_queries(20):
        page = client.get(goal.get_absolute_url()).content.decode()
    assert page.count("Zo ging het in een later gesprek") == evaluations


def test_the_plan_pdf_names_the_cycle_under_its_evaluation(client, people, goal):
    cycle = start(people.owner, client_code="C-17")
    client.force_login(people.owner)
    evaluate(client, goal, **{FIELD: str(cycle.pk)})
    response = get_pdf(client, reverse("lms:goals:plan_pdf"))
    text = "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(response.content)).pages)
    assert "Zo ging het in een later gesprek" in text and "C-17" in text


def test_removing_the_cycle_or_the_goal_removes_the_link(client, people, goal):
    cycle = start(people.owner, client_code="C-17")
    client.force_login(people.owner)
    evaluate(client, goal, **{FIELD: str(cycle.pk)})
    cycle.delete()
    assert GoalEvaluation.objects.exists() and not EvaluationEvidence.objects.exists()
    other = start(people.owner, client_code="C-18")
    evaluate(client, goal, **{FIELD: str(other.pk)})
    goal_services.delete_goal(people.owner, goal)
    assert not EvaluationEvidence.objects.exists()
