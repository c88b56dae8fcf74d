"""The extension points of the goal pages, as an app on a floor above uses them (the leeragenda does, for its
themes; see tests/lms/agenda/test_goal_themes.py). Goals itself knows none of those apps."""

import datetime
import uuid

import pytest
from django import forms
from django.conf import settings
from django.core.exceptions import NON_FIELD_ERRORS, ValidationError
from django.test import override_settings
from django.urls import reverse
from django.utils import timezone
from wagtail import hooks

from lms.goals.extensions import (
    GOAL_EVALUATION_NOTES_HOOK,
    GOAL_EVALUATION_PARTS_HOOK,
    GOAL_FORM_PARTS_HOOK,
    GOAL_SECTIONS_HOOK,
    EvaluationNote,
    GoalEvaluationPart,
    GoalFormPart,
    GoalSection,
)
from lms.goals.models import Goal, GoalEvaluation
from lms.people.services import grant_share

from .conftest import evaluate

pytestmark = pytest.mark.django_db

NEW_GOAL = {"kind": "learning", "title": "Stiltes laten vallen", "origin": "own_initiative", "cadence_weeks": "6"}
# A section template of a made-up app, next to the site's own templates.
SECTION = "{% if is_owner %}eigenaar{% else %}lezer{% endif %}"
WITH_SECTION_TEMPLATE = [*settings.TEMPLATES, {
    "BACKEND": "django.template.backends.django.DjangoTemplates", "NAME": "made-up-app",
    "OPTIONS": {"loaders": [("django.template.loaders.locmem.Loader", {
        "made_up/section.html": "<dt>{{ label }}</dt><dd>{{ goal.pk }} " + SECTION + "</dd>",
        "made_up/note.html": "<p>Notitie {{ text }} bij {{ evaluation.pk }}</p>"})]},
}]


class Promise(GoalFormPart):
    """A made-up part: one field, filled from ?belofte=, refused when it says "nee"."""

    def __init__(self):
        self.kept = []

    def fields(self):
        return {"promise": forms.CharField(label="Belofte", required=False)}

    def initial(self, query):
        return {"promise": query.get("belofte", "")}

    def save(self, owner, goal, cleaned_data):
        if cleaned_data["promise"] == "nee":
            raise ValidationError("Deze belofte kan niet.", code="refused")
        self.kept.append((owner, goal.pk, cleaned_data["promise"], Goal.objects.filter(pk=goal.pk).exists()))


def test_a_contributed_field_is_on_the_new_goal_form_and_kept_once_the_goal_exists(client, org, analysekader):
    part = Promise()
    client.force_login(org.owner)
    with hooks.register_temporarily(GOAL_FORM_PARTS_HOOK, lambda request: part):
        form = client.get(f"{reverse('lms:goals:create')}?belofte=morgen").content.decode()
        assert 'name="promise" value="morgen"' in form
        assert form.index('name="cadence_weeks"') < form.index('name="promise"') < form.index('name="dimensions"')
        response = client.post(reverse("lms:goals:create"), {**NEW_GOAL, "promise": "morgen"})
    goal = Goal.objects.get()
    assert response.status_code == 302 and part.kept == [(org.owner, goal.pk, "morgen", True)]


def test_a_contributed_part_that_refuses_undoes_the_goal_and_the_form_says_why(client, org):
    client.force_login(org.owner)
    with hooks.register_temporarily(GOAL_FORM_PARTS_HOOK, lambda request: Promise()):
        response = client.post(reverse("lms:goals:create"), {**NEW_GOAL, "promise": "nee"})
    assert response.status_code == 200 and response.context["form"].has_error(NON_FIELD_ERRORS, "refused")
    assert "Deze belofte kan niet." in response.content.decode()
    assert not Goal.objects.exists()


@override_settings(TEMPLATES=WITH_SECTION_TEMPLATE)
def test_contributed_sections_show_on_the_goal_page_in_their_order_for_owner_and_reader(client, org, goal):
    def late(request, goal, is_owner):
        return GoalSection(template="made_up/section.html", context={"label": "Later"}, order=20)

    def early(request, goal, is_owner):
        if not is_owner:
            return None
        return GoalSection(template="made_up/section.html", context={"label": "Eerder"}, order=10)

    grant_share(org.owner, goal, org.buddy)
    with hooks.register_temporarily(GOAL_SECTIONS_HOOK, late), hooks.register_temporarily(GOAL_SECTIONS_HOOK, early):
        client.force_login(org.owner)
        page = client.get(goal.get_absolute_url()).content.decode()
        assert page.index(f"<dt>Eerder</dt><dd>{goal.pk} eigenaar</dd>") < page.index("<dt>Later</dt>")
        client.force_login(org.buddy)
        page = client.get(goal.get_absolute_url()).content.decode()
        assert f"<dt>Later</dt><dd>{goal.pk} lezer</dd>" in page and "Eerder" not in page


class Mood(GoalEvaluationPart):
    """A made-up part of the evaluation form: one field, refused when it says "nee"."""

    def __init__(self):
        self.kept = []

    def fields(self):
        return {"mood": forms.CharField(label="Stemming", required=False)}

    def save(self, owner, evaluation, cleaned_data):
        if cleaned_data["mood"] == "nee":
            raise ValidationError("Deze stemming kan niet.", code="refused")
        self.kept.append((owner, evaluation.goal_id, cleaned_data["mood"],
                          GoalEvaluation.objects.filter(pk=evaluation.pk).exists()))


def evaluation_post(**extra):
    return {"progress": "3", "tried": "Twee keer geprobeerd.", "evaluated_on": timezone.localdate().isoformat(),
            "decision": "continue", "submission_key": str(uuid.uuid4()), **extra}


def test_a_contributed_field_is_on_the_evaluation_form_after_the_link_and_kept_with_the_evaluation(client, org,
                                                                                                   goal):
    part = Mood()
    client.force_login(org.owner)
    with hooks.register_temporarily(GOAL_EVALUATION_PARTS_HOOK, lambda request, goal: part):
        form = client.get(reverse("lms:goals:evaluate", args=[goal.pk])).content.decode()
        assert form.index('name="evidence_link"') < form.index('name="mood"') < form.index('name="evaluated_on"')
        response = client.post(reverse("lms:goals:evaluate", args=[goal.pk]), evaluation_post(mood="goed"))
    assert response.status_code == 302
    assert part.kept == [(org.owner, goal.pk, "goed", True)]


def test_a_contributed_evaluation_part_that_refuses_undoes_the_evaluation(client, org, goal):
    due = goal.next_evaluation_on
    client.force_login(org.owner)
    with hooks.register_temporarily(GOAL_EVALUATION_PARTS_HOOK, lambda request, goal: Mood()):
        response = client.post(reverse("lms:goals:evaluate", args=[goal.pk]), evaluation_post(mood="nee"))
    assert response.status_code == 200 and "Deze stemming kan niet." in response.content.decode()
    goal.refresh_from_db()
    assert not GoalEvaluation.objects.exists() and goal.next_evaluation_on == due


@override_settings(TEMPLATES=WITH_SECTION_TEMPLATE)
def test_contributed_notes_show_under_their_evaluation_asked_once_for_the_whole_history(client, org, goal):
    first = evaluate(org.owner, goal, evaluated_on=timezone.localdate() - datetime.timedelta(days=3))
    second = evaluate(org.owner, goal)
    asked = []

    def notes(user, evaluations):
        asked.append((user, sorted(evaluation.pk for evaluation in evaluations)))
        return {second.pk: EvaluationNote(template="made_up/note.html", context={"text": "tweede"})}

    grant_share(org.owner, goal, org.buddy)
    with hooks.register_temporarily(GOAL_EVALUATION_NOTES_HOOK, notes):
        client.force_login(org.buddy)
        page = client.get(goal.get_absolute_url()).content.decode()
    assert f"<p>Notitie tweede bij {second.pk}</p>" in page and f"bij {first.pk}</p>" not in page
    assert asked == [(org.buddy, sorted([first.pk, second.pk]))]
