"""The goal pages as users meet them: forms, refusals, bad input, and bounded queries."""

import datetime
import uuid

import pytest
from django.urls import reverse
from django.utils import timezone

from lms.goals import services
from lms.goals.choices import Kind
from lms.goals.models import Goal, GoalComment, GoalEvaluation, GoalVersion
from lms.people.models import Share
from lms.people.services import grant_share

from .conftest import evaluate, formulation

pytestmark = pytest.mark.django_db

NEW_GOAL = {"kind": "learning", "title": "Stiltes laten vallen", "description": "", "why": "", "success_criteria": "",
            "origin": "own_initiative", "origin_note": "", "cadence_weeks": "6"}


def evaluation_post(decision="continue", key=None, **extra):
    return {"progress": "3", "tried": "Geprobeerd in twee gesprekken.", "happened": "", "evidence_link": "",
            "evaluated_on": timezone.localdate().isoformat(), "decision": decision,
            "submission_key": str(key or uuid.uuid4()), **extra}


def test_the_empty_plan_explains_how_to_start(client, org):
    client.force_login(org.owner)
    content = client.get(reverse("lms:goals:plan")).content.decode()
    assert "Nog geen doelen" in content
    assert "Begin met één leerdoel" in content


def test_creating_a_leerdoel_and_an_actiedoel_under_it(client, org):
    client.force_login(org.owner)
    response = client.post(reverse("lms:goals:create"), NEW_GOAL)
    goal = Goal.objects.get()
    assert response.status_code == 302 and response.url == goal.get_absolute_url()
    client.post(reverse("lms:goals:create"), {**NEW_GOAL, "kind": "action", "title": "Tot vijf tellen",
                                          "parent": str(goal.pk)})
    action = Goal.objects.get(kind="action")
    assert action.parent == goal
    content = client.get(reverse("lms:goals:plan")).content.decode()
    assert "Stiltes laten vallen" in content and "Tot vijf tellen" in content


@pytest.mark.parametrize(("field", "value", "message"), [
    ("title", "", "Geef je doel een titel."),
    ("cadence_weeks", "1", "Kies een ritme tussen 2 en 26 weken."),
    ("cadence_weeks", "27", "Kies een ritme tussen 2 en 26 weken."),
    ("cadence_weeks", "zes", "Kies een ritme tussen 2 en 26 weken."),
])
def test_bad_input_on_a_new_goal_gives_a_dutch_message_and_saves_nothing(client, org, field, value, message):
    client.force_login(org.owner)
    response = client.post(reverse("lms:goals:create"), {**NEW_GOAL, field: value})
    assert response.status_code == 200
    assert message in response.content.decode()
    assert not Goal.objects.exists()


def test_a_leerdoel_cannot_hang_under_another_leerdoel(client, org, goal):
    client.force_login(org.owner)
    response = client.post(reverse("lms:goals:create"), {**NEW_GOAL, "parent": str(goal.pk)})
    assert "Alleen een actiedoel kan bij een leerdoel horen." in response.content.decode()
    assert Goal.objects.count() == 1


def test_someone_elses_leerdoel_is_not_offered_as_parent(client, org, goal):
    client.force_login(org.colleague)
    response = client.post(reverse("lms:goals:create"), {**NEW_GOAL, "kind": "action", "parent": str(goal.pk)})
    assert "Selecteer een geldige keuze" in response.content.decode()
    assert Goal.objects.count() == 1


@pytest.mark.parametrize("decision", ["continue", "achieved", "stopped"])
def test_evaluating_through_the_form(client, org, goal, decision):
    client.force_login(org.owner)
    response = client.post(reverse("lms:goals:evaluate", args=[goal.pk]), evaluation_post(decision))
    assert response.status_code == 302
    evaluation = GoalEvaluation.objects.get()
    assert evaluation.decision == decision


def test_bijstellen_through_the_form_makes_a_new_version(client, org, goal):
    client.force_login(org.owner)
    new = {f"nieuw-{k}": v for k, v in {"title": "Scherper geformuleerd", "cadence_weeks": "4",
                                        "description": "", "why": "", "success_criteria": ""}.items()}
    client.post(reverse("lms:goals:evaluate", args=[goal.pk]), evaluation_post("adjust", **new))
    goal.refresh_from_db()
    assert goal.current_version.number == 2
    assert goal.current_version.title == "Scherper geformuleerd"
    page = client.get(goal.get_absolute_url()).content.decode()
    assert "Herijkt: versie 2" in page and "Doorvragen na een snelle ja" in page


def test_bijstellen_with_an_empty_new_title_changes_nothing(client, org, goal):
    client.force_login(org.owner)
    response = client.post(reverse("lms:goals:evaluate", args=[goal.pk]),
                           evaluation_post("adjust", **{"nieuw-title": "", "nieuw-cadence_weeks": "6"}))
    assert "Geef je doel een titel." in response.content.decode()
    assert not GoalEvaluation.objects.exists()
    assert GoalVersion.objects.count() == 1


def test_a_double_click_saves_one_evaluation_and_says_so(client, org, goal):
    client.force_login(org.owner)
    key = uuid.uuid4()
    client.post(reverse("lms:goals:evaluate", args=[goal.pk]), evaluation_post(key=key))
    second = client.post(reverse("lms:goals:evaluate", args=[goal.pk]), evaluation_post(key=key), follow=True)
    assert "Deze evaluatie is al opgeslagen." in second.content.decode()
    assert second.redirect_chain == [(goal.get_absolute_url(), 302)]  # back to the goal, not an error on the form
    assert GoalEvaluation.objects.count() == 1


def test_an_evaluation_without_what_was_tried_is_refused(client, org, goal):
    client.force_login(org.owner)
    response = client.post(reverse("lms:goals:evaluate", args=[goal.pk]), evaluation_post(tried=""))
    assert "Beschrijf kort wat je hebt geprobeerd" in response.content.decode()
    assert not GoalEvaluation.objects.exists()


@pytest.mark.parametrize("who", ["mt", "colleague", "analyst", "teamcoach", "admin"])
def test_others_get_a_refusal_on_every_goal_page_and_change_nothing(client, org, goal, who):
    client.force_login(getattr(org, who))
    for name in ("detail", "evaluate", "share", "delete"):
        assert client.get(reverse(f"lms:goals:{name}", args=[goal.pk])).status_code == 403, name
    assert client.post(reverse("lms:goals:evaluate", args=[goal.pk]), evaluation_post()).status_code == 403
    assert client.post(reverse("lms:goals:delete", args=[goal.pk])).status_code == 403
    assert client.post(reverse("lms:goals:comment", args=[goal.pk]), {"body": "Hallo"}).status_code == 403
    assert not GoalEvaluation.objects.exists() and not GoalComment.objects.exists()
    assert Goal.objects.filter(pk=goal.pk).exists()


def test_mt_is_told_why(client, org, goal):
    client.force_login(org.mt)
    response = client.get(goal.get_absolute_url())
    assert "Leidinggevenden en het MT zien nooit persoonlijk leermateriaal" in response.content.decode()


def test_an_unknown_goal_is_404(client, org):
    client.force_login(org.owner)
    assert client.get(reverse("lms:goals:detail", args=[424242])).status_code == 404


def test_the_reviewer_reads_without_edit_buttons_and_can_comment(client, org, goal):
    evaluate(org.owner, goal)
    grant_share(org.owner, goal, org.teamcoach)
    client.force_login(org.teamcoach)
    page = client.get(goal.get_absolute_url()).content.decode()
    assert "deelt dit doel met jou" in page
    assert reverse("lms:goals:evaluate", args=[goal.pk]) not in page
    assert reverse("lms:goals:share", args=[goal.pk]) not in page
    assert client.get(reverse("lms:goals:evaluate", args=[goal.pk])).status_code == 403
    client.post(reverse("lms:goals:comment", args=[goal.pk]), {"body": "Mooie stap."})
    assert GoalComment.objects.get().author == org.teamcoach


def test_a_revoked_reviewer_is_refused_again(client, org, goal):
    share = grant_share(org.owner, goal, org.teamcoach).share
    client.force_login(org.owner)
    client.post(reverse("lms:people:revoke_share", args=[share.pk]))
    client.force_login(org.teamcoach)
    assert client.get(goal.get_absolute_url()).status_code == 403


def test_sharing_with_ones_own_leidinggevende_asks_to_confirm_first(client, org, goal):
    from django.contrib.auth.models import Group

    org.mt.groups.add(Group.objects.get(name="teamcoach"))  # mt is offered as teamcoach here
    client.force_login(org.owner)
    url = reverse("lms:goals:share", args=[goal.pk])
    first = client.post(url, {"grantee": str(org.mt.pk)})
    assert "ook je leidinggevende" in first.content.decode()
    assert not Share.objects.exists()
    client.post(url, {"grantee": str(org.mt.pk), "confirmed": "on"})
    assert Share.objects.get().grantee == org.mt


def test_sharing_with_a_buddy_goes_through_at_once(client, org, goal):
    client.force_login(org.owner)
    response = client.post(reverse("lms:goals:share", args=[goal.pk]), {"grantee": str(org.buddy.pk)})
    assert response.status_code == 302
    assert Share.objects.get().grantee == org.buddy


def test_feedback_is_asked_and_shows_up_for_the_reviewer(client, org, goal):
    grant_share(org.owner, goal, org.teamcoach)
    client.force_login(org.owner)
    client.post(reverse("lms:goals:ask_feedback", args=[goal.pk]),
                {"reviewer": str(org.teamcoach.pk), "question": "Herken je dit?"})
    client.force_login(org.teamcoach)
    inbox = client.get(reverse("lms:goals:inbox")).content.decode()
    assert "Doorvragen na een snelle ja" in inbox and "Herken je dit?" in inbox
    assert "Wacht op jouw feedback" in client.get("/").content.decode()


def test_the_inbox_is_empty_for_someone_nobody_asked(client, org):
    client.force_login(org.buddy)
    assert "Er wacht niets op je" in client.get(reverse("lms:goals:inbox")).content.decode()


def test_deleting_asks_first(client, org, goal):
    client.force_login(org.owner)
    assert "Weet je zeker" in client.get(reverse("lms:goals:delete", args=[goal.pk])).content.decode()
    assert Goal.objects.exists()
    client.post(reverse("lms:goals:delete", args=[goal.pk]))
    assert not Goal.objects.exists()


def make_plan(owner, goals, evaluations):
    for i in range(goals):
        goal = services.create_goal(owner, Kind.LEARNING if i % 3 else Kind.ACTION, formulation(f"Doel {i}"))
        for j in range(evaluations):
            evaluate(owner, goal, evaluated_on=timezone.localdate() - datetime.timedelta(days=60 - j))


@pytest.mark.parametrize(("goals", "evaluations"), [(3, 1), (60, 5)])
def test_the_plan_needs_the_same_bounded_queries_for_3_or_60_goals(client, org, goals, evaluations,
                                                                   django_assert_max_num_queries):
    make_plan(org.owner, goals, evaluations)
    client.force_login(org.owner)
    with django_assert_max_num_queries(12):
        response = client.get(reverse("lms:goals:plan"))
    assert response.content.decode().count('<article class="vknz-goal') == goals


@pytest.mark.parametrize("evaluations", [1, 25])
def test_a_goal_page_needs_bounded_queries(client, org, goal, evaluations, django_assert_max_num_queries):
    for j in range(evaluations):
        evaluate(org.owner, goal, evaluated_on=timezone.localdate() - datetime.timedelta(days=60 - j))
    grant_share(org.owner, goal, org.buddy)
    services.add_comment(org.buddy, goal, "Top")
    client.force_login(org.owner)
    # 19: the names of the goal's analysekader dimensions are one query, the notes other apps keep about the
    # evaluations (the video-reflectie an evaluation points to) one more; neither grows with the evaluations.
    with django_assert_max_num_queries(19):
        assert client.get(goal.get_absolute_url()).status_code == 200


def test_an_evidence_link_with_a_user_name_in_it_is_refused():
    from lms.goals.forms import EvaluationForm

    form = EvaluationForm({"evidence_link": "https://iemand@voorbeeld.nl/"})
    assert form.has_error("evidence_link", "has_userinfo")
