"""The link between a goal and a theme is the leeragenda's: shown on the goal page through the section the agenda
adds, chosen on the new-goal form through the part the agenda adds, kept by the agenda's service, and treated as
the owner's personal data (the access policy, export and erasure)."""

import datetime

import pytest
from django.core.exceptions import PermissionDenied, ValidationError
from django.urls import reverse

from lms.agenda import services
from lms.agenda.models import GoalTheme
from lms.goals import services as goal_services
from lms.goals.choices import Kind
from lms.goals.models import Goal
from lms.people import access
from lms.people.services import grant_share
from lms.privacy import services as privacy
from lms.privacy.registry import ANONYMISE, DELETE

from .conftest import make_agenda

pytestmark = pytest.mark.django_db

ROW = "Thema's van de leeragenda"


def new_goal(owner, title="Samen het doel kiezen"):
    return goal_services.create_goal(owner, Kind.LEARNING, goal_services.Formulation(title=title))


def ended_theme():
    old = make_agenda(title="Leeragenda vorig jaar", themes=("Oud thema",),
                      starts_on=datetime.date(2020, 1, 1), ends_on=datetime.date(2020, 12, 31))
    return old.themes().first()


def test_the_owner_sees_the_goals_themes_and_the_way_to_choose_them(client, org, agenda):
    first, second = agenda.themes()
    goal = new_goal(org.owner)
    services.set_goal_themes(org.owner, goal, [second, first])
    client.force_login(org.owner)
    page = client.get(goal.get_absolute_url()).content.decode()
    assert f'<dt>{ROW}</dt><dd><a class="utrecht-link" href="{first.url}">{first.title}</a>, ' in page
    assert f'href="{reverse("lms:agenda:goal_themes", args=[goal.pk])}">Thema\'s kiezen</a></dd>' in page


def test_a_goal_without_themes_shows_none_to_its_owner(client, org, agenda):
    goal = new_goal(org.owner)
    client.force_login(org.owner)
    page = client.get(goal.get_absolute_url()).content.decode()
    assert f"<dt>{ROW}</dt><dd>geen — " in page and reverse("lms:agenda:goal_themes", args=[goal.pk]) in page


def test_a_reviewer_sees_the_themes_but_no_way_to_change_them(client, org, agenda):
    linked, plain = new_goal(org.owner, "Gekoppeld"), new_goal(org.owner, "Los")
    services.set_goal_themes(org.owner, linked, [agenda.themes().first()])
    for goal in (linked, plain):
        grant_share(org.owner, goal, org.buddy)
    client.force_login(org.buddy)
    page = client.get(linked.get_absolute_url()).content.decode()
    assert agenda.themes().first().title in page and "agenda/doelen/" not in page
    assert ROW not in client.get(plain.get_absolute_url()).content.decode()  # no empty row for a reader


def test_a_theme_taken_back_by_the_mt_leaves_the_goal_page_but_the_owner_can_still_unlink_it(client, org, agenda):
    theme, other = agenda.themes()
    goal = new_goal(org.owner)
    services.set_goal_themes(org.owner, goal, [theme])
    theme.unpublish()
    client.force_login(org.owner)
    assert f"<dt>{ROW}</dt><dd>geen — " in client.get(goal.get_absolute_url()).content.decode()
    form = client.get(reverse("lms:agenda:goal_themes", args=[goal.pk])).content.decode()
    assert f'value="{theme.pk}"' in form and "checked" in form
    response = client.post(reverse("lms:agenda:goal_themes", args=[goal.pk]), {"themes": [other.pk]})
    assert response.status_code == 302
    assert list(goal.themes.all()) == [other]


def test_the_new_goal_form_offers_the_themes_after_the_cadence(client, org, agenda):
    from lms.framework.seed import ensure_analysekader

    ensure_analysekader()  # the dimensions come from it: seeded again if a transactional test flushed it
    client.force_login(org.owner)
    form = client.get(reverse("lms:goals:create")).content.decode()
    assert form.index('name="cadence_weeks"') < form.index('name="themes"') < form.index('name="dimensions"')


def test_a_theme_of_an_ended_agenda_is_not_offered_for_a_new_goal(client, org, agenda):
    old = ended_theme()
    client.force_login(org.owner)
    response = client.post(reverse("lms:goals:create"), {
        "kind": "learning", "title": "Een eigen doel", "origin": "own_initiative", "cadence_weeks": 6,
        "themes": [old.pk]})
    assert response.status_code == 200 and response.context["form"].has_error("themes", "invalid_choice")
    assert not Goal.objects.exists()


def test_a_goal_whose_themes_cannot_be_linked_is_not_kept(org, agenda):
    old = ended_theme()
    with pytest.raises(ValidationError) as refused:
        goal_services.create_goal(
            org.owner, Kind.LEARNING, goal_services.Formulation(title="Doorvragen"),
            on_created=[lambda goal: services.set_goal_themes(org.owner, goal, [old])])
    assert refused.value.code == services.THEME_NOT_LINKABLE
    assert not Goal.objects.exists() and not GoalTheme.objects.exists()


def test_a_link_to_an_ended_agenda_stays_until_the_owner_removes_it(org, agenda):
    old = ended_theme()
    goal = new_goal(org.owner)
    GoalTheme.objects.create(goal=goal, theme=old)  # linked while that agenda ran
    current = agenda.themes().first()
    services.set_goal_themes(org.owner, goal, [old, current])
    assert set(goal.themes.all()) == {old, current}
    services.set_goal_themes(org.owner, goal, [current])
    with pytest.raises(ValidationError) as refused:
        services.set_goal_themes(org.owner, goal, [old, current])
    assert refused.value.code == services.THEME_NOT_LINKABLE
    assert list(goal.themes.all()) == [current]


@pytest.mark.parametrize("who", ["colleague", "mt", "buddy", "admin"])
def test_only_the_owner_links_through_the_service(org, agenda, who):
    goal = new_goal(org.owner)
    grant_share(org.owner, goal, org.buddy)  # reading a goal is not changing it
    with pytest.raises(PermissionDenied):
        services.set_goal_themes(getattr(org, who), goal, [agenda.themes().first()])
    assert not goal.themes.exists()


def test_the_link_is_allowed_exactly_as_its_goal(org, agenda):
    goal = new_goal(org.owner)
    services.set_goal_themes(org.owner, goal, [agenda.themes().first()])
    link = GoalTheme.objects.get()
    grant_share(org.owner, goal, org.buddy)
    links = GoalTheme.objects.all()
    assert list(access.visible_to(org.owner, links)) == [link] and access.decide(org.owner, access.CHANGE, link)
    assert list(access.visible_to(org.buddy, links)) == [link] and not access.decide(org.buddy, access.CHANGE, link)
    for other in (org.colleague, org.mt, org.admin):
        assert not access.visible_to(other, links).exists() and not access.decide(other, access.VIEW, link)
    assert "Leidinggevenden en het MT zien nooit" in access.decide(org.mt, access.VIEW, link).reason


def test_my_links_are_in_my_export_by_theme_title(org, agenda):
    first, second = agenda.themes()
    goal = new_goal(org.owner)
    services.set_goal_themes(org.owner, goal, [first, second])
    services.set_goal_themes(org.colleague, new_goal(org.colleague, "Van een ander"), [first])
    exported = privacy.collect(org.owner)["lms_agenda"]["lms_agenda.GoalTheme"]
    assert sorted((row["goal"], row["theme"]) for row in exported) == sorted([(goal.pk, first.title),
                                                                              (goal.pk, second.title)])


@pytest.mark.parametrize("mode", [DELETE, ANONYMISE])
def test_my_links_go_when_i_step_out_and_a_colleagues_stay(org, agenda, mode):
    theme = agenda.themes().first()
    services.set_goal_themes(org.owner, new_goal(org.owner), [theme])
    theirs = new_goal(org.colleague, "Van een ander")
    services.set_goal_themes(org.colleague, theirs, [theme])
    privacy.step_out(org.owner, mode)
    assert list(GoalTheme.objects.values_list("goal_id", flat=True)) == [theirs.pk]


def test_copying_a_theme_page_copies_nobodys_goal_links(org, agenda):
    theme = agenda.themes().first()
    services.set_goal_themes(org.owner, new_goal(org.owner), [theme])
    copy = theme.copy(update_attrs={"title": "Kopie", "slug": "kopie"})
    assert copy.pk != theme.pk and theme.goals.count() == 1
    assert not GoalTheme.objects.filter(theme=copy).exists()
