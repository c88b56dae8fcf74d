"""A goal links to dimensions of the one analysekader (lms.framework), never to a list of its own: the form offers
the current version's dimensions, the goal page names them as the framework does, and a code a later version
dropped keeps its old name."""

import uuid

import pytest
from django.urls import reverse
from django.utils import timezone

from demo import goals as demo_goals
from lms.framework import services as framework_services
from lms.framework.models import Framework
from lms.goals import services
from lms.goals.choices import Kind
from lms.goals.dimensions import dimension_names, name_dimensions
from lms.goals.forms import FormulationFields, GoalForm
from lms.goals.models import Goal, GoalVersion

from .conftest import formulation

pytestmark = pytest.mark.django_db

NEW_GOAL = {"kind": "learning", "title": "Stiltes laten vallen", "origin": "own_initiative", "cadence_weeks": "6"}


def codes_of(framework):
    return [dimension.code for dimension in framework.dimensions.all()]


def offered(form):
    return [code for code, _label in form.fields["dimensions"].choices]


def second_version(analysekader, drop="metacommunicatie", rename=("regie", "Regie in het gesprek")):
    """Version 2, published: one dimension dropped, one renamed."""
    draft = framework_services.new_version(analysekader)
    draft.dimensions.filter(code=drop).delete()
    draft.dimensions.filter(code=rename[0]).update(label=rename[1])
    framework_services.publish(draft)
    return Framework.current()


def test_a_goal_offers_exactly_the_dimensions_of_the_current_framework(client, org, analysekader):
    assert offered(GoalForm(owner=org.owner)) == codes_of(analysekader)
    client.force_login(org.owner)
    page = client.get(reverse("lms:goals:create")).content.decode()
    for dimension in analysekader.dimensions.all():
        assert f'value="{dimension.code}"' in page
    assert 'value="echtheid"' not in page and 'value="interventielogica"' not in page  # the old list's codes


def test_a_new_version_replaces_what_is_offered(org, analysekader):
    current = second_version(analysekader)
    assert current.version == 2
    assert offered(GoalForm(owner=org.owner)) == codes_of(current)
    assert "metacommunicatie" not in offered(GoalForm(owner=org.owner))
    assert dict(GoalForm(owner=org.owner).fields["dimensions"].choices)["regie"] == "Regie in het gesprek"


def test_the_chosen_dimensions_are_kept_and_named_as_the_framework_names_them(client, org, analysekader):
    client.force_login(org.owner)
    response = client.post(reverse("lms:goals:create"), {**NEW_GOAL, "dimensions": ["strategie", "regie"]})
    goal = Goal.objects.get()
    assert response.status_code == 302
    assert goal.current_version.dimensions == ["regie", "strategie"]
    page = client.get(goal.get_absolute_url()).content.decode()
    labels = dict((d.code, d.label) for d in analysekader.dimensions.all())
    assert f"{labels['regie']}, {labels['strategie']}" in page


def test_a_code_outside_the_current_framework_gets_a_dutch_message_and_saves_nothing(client, org, analysekader):
    client.force_login(org.owner)
    response = client.post(reverse("lms:goals:create"), {**NEW_GOAL, "dimensions": ["regie", "interventielogica"]})
    assert response.status_code == 200
    assert "Kies alleen onderdelen die in het huidige analysekader staan." in response.content.decode()
    assert not Goal.objects.exists()


def test_a_code_of_an_older_version_keeps_its_name_and_an_unknown_code_is_shown_as_it_is(client, org, analysekader):
    old_label = analysekader.dimension("metacommunicatie").label
    goal = services.create_goal(org.owner, Kind.LEARNING, formulation(dimensions=["metacommunicatie", "regie",
                                                                                  "onbekend-onderdeel"]))
    second_version(analysekader)
    client.force_login(org.owner)
    page = client.get(goal.get_absolute_url()).content.decode()
    assert f"{old_label}, onbekend-onderdeel, Regie in het gesprek" in page  # in the order of the codes


def test_the_names_of_many_versions_take_one_query(org, analysekader, django_assert_num_queries):
    for i in range(5):
        services.create_goal(org.owner, Kind.LEARNING, formulation(f"Doel {i}", dimensions=["regie", "emoties"]))
    versions = list(GoalVersion.objects.all())
    with django_assert_num_queries(1):
        name_dimensions(versions)
        labels = [version.dimension_labels for version in versions]
    assert labels == [[analysekader.dimension("emoties").label, analysekader.dimension("regie").label]] * 5
    with django_assert_num_queries(0):
        assert dimension_names([]) == {}


def test_without_a_published_framework_the_form_has_no_dimensions_and_still_works(client, org, analysekader):
    Framework.objects.update(is_published=False)
    assert "dimensions" not in GoalForm(owner=org.owner).fields
    client.force_login(org.owner)
    page = client.get(reverse("lms:goals:create")).content.decode()
    assert 'name="dimensions"' not in page
    response = client.post(reverse("lms:goals:create"), NEW_GOAL)
    goal = Goal.objects.get()
    assert response.status_code == 302 and goal.current_version.dimensions == []
    assert client.get(goal.get_absolute_url()).status_code == 200


def test_without_a_framework_a_herijking_keeps_the_dimensions_the_goal_had(client, org, analysekader):
    goal = services.create_goal(org.owner, Kind.LEARNING, formulation(dimensions=["regie"]))
    Framework.objects.update(is_published=False)
    form = FormulationFields({"title": "Anders geformuleerd", "cadence_weeks": "6"},
                             initial={"dimensions": ["regie"]})
    assert form.is_valid(), form.errors
    assert form.formulation().dimensions == ["regie"]
    client.force_login(org.owner)
    response = client.post(reverse("lms:goals:evaluate", args=[goal.pk]), {
        "progress": "3", "tried": "Geprobeerd.", "evaluated_on": timezone.localdate().isoformat(),
        "decision": "adjust", "submission_key": str(uuid.uuid4()),
        "nieuw-title": "Anders geformuleerd", "nieuw-cadence_weeks": "6",
    })
    assert response.status_code == 302
    goal.refresh_from_db()
    assert (goal.current_version.number, goal.current_version.dimensions) == (2, ["regie"])


def test_the_herijking_offers_the_current_dimensions_with_the_goals_own_checked(client, org, analysekader):
    goal = services.create_goal(org.owner, Kind.LEARNING, formulation(dimensions=["regie"]))
    client.force_login(org.owner)
    page = client.get(reverse("lms:goals:evaluate", args=[goal.pk])).content.decode()
    for code in codes_of(analysekader):
        assert f'name="nieuw-dimensions" value="{code}"' in page
    assert 'value="regie" id="id_nieuw-dimensions_' in page and "checked" in page


def test_the_demo_goals_use_codes_of_the_framework(analysekader):
    codes = set(codes_of(analysekader))
    used = [code for formulation in (demo_goals.LISTEN, demo_goals.LISTEN_V2, demo_goals.AGENDA, demo_goals.FEEDBACK,
                                     demo_goals.EARLY) for code in formulation.dimensions or []]
    assert used and set(used) <= codes
