"""The main menu per role: at most seven entries side by side (the rest in groups), exactly one item marked as the
current page, and the unread count announced as text rather than through an aria-label on a span."""

import re

import pytest
from django.test import RequestFactory
from django.urls import reverse

from lms.extensions.dashboard import GROUP_MORE, GROUP_TEAM, MAX_TOP_LEVEL, MenuItem, menu_entries, menu_for
from lms.goals.choices import Kind
from lms.goals.services import create_goal
from lms.notifications.services import notify
from lms.people.services import grant_share
from tests.courses.conftest import make_course
from tests.lms.goals.conftest import formulation

pytestmark = pytest.mark.django_db

ROLES = ["owner", "buddy", "teamcoach", "mt", "editor", "analyst", "admin"]
NAV = re.compile(r'<nav class="vknz-nav".*?</nav>', re.S)


def nav(client, url):
    response = client.get(url, follow=True)
    assert response.status_code == 200, url
    return NAV.search(response.content.decode()).group(0)


def items_of(user, path="/"):
    request = RequestFactory().get(path)
    request.user = user
    return menu_for(request)


@pytest.fixture
def full_org(org):
    """Every role, with the leergang live (one more item for participants) and a notice waiting."""
    make_course()
    org.team.coaches.add(org.teamcoach)
    for user in (org.owner, org.teamcoach, org.mt):
        notify(user, "test-melding", "Een melding om te lezen.", email=False)
    return org


@pytest.mark.parametrize("who", ROLES)
def test_each_role_sees_at_most_seven_entries_and_needs_no_overflow_group(full_org, client, who):
    user = getattr(full_org, who)
    entries = menu_entries(items_of(user))
    assert len(entries) <= MAX_TOP_LEVEL, [str(entry.label) for entry in entries]
    assert GROUP_MORE.key not in {entry.key for entry in entries}, "the groups should hold every role's items"
    client.force_login(user)
    html = nav(client, reverse("lms:dashboard"))
    assert html.count('class="vknz-nav__item') == len(entries) <= MAX_TOP_LEVEL


@pytest.mark.parametrize("who", ROLES)
def test_on_every_page_of_the_menu_exactly_one_item_is_current_and_it_is_that_page(full_org, client, who):
    user = getattr(full_org, who)
    client.force_login(user)
    for item in items_of(user):
        if item.url.startswith("/admin/"):
            continue  # the Wagtail admin has its own menu
        response = client.get(item.url)
        if response.status_code == 302:
            continue  # the leeragenda's fixed address sends you on to the agenda page of the moment
        html = NAV.search(response.content.decode()).group(0)
        current = re.findall(r'<a class="vknz-nav__link" href="([^"]+)" aria-current="page"', html)
        assert current == [item.url], (str(item.label), current)


def test_the_longest_matching_address_wins_over_its_parent(full_org):
    current = [str(item.label) for item in items_of(full_org.teamcoach, reverse("lms:buddy:proposals"))
               if item.current]
    assert current == ["Buddykoppels"]
    current = [str(item.label) for item in items_of(full_org.mt, reverse("lms:agenda:dashboard")) if item.current]
    assert current == ["Cijfers leeragenda"]


def test_reading_someone_elses_goal_does_not_mark_my_plan(full_org, client):
    theirs = create_goal(full_org.owner, Kind.LEARNING, formulation())
    mine = create_goal(full_org.teamcoach, Kind.LEARNING, formulation("Stiltes laten vallen"))
    grant_share(full_org.owner, theirs, full_org.teamcoach)
    client.force_login(full_org.teamcoach)
    assert 'aria-current="page">Mijn ontwikkelplan' in nav(client, reverse("lms:goals:detail", args=[mine.pk]))
    assert "aria-current" not in nav(client, reverse("lms:goals:detail", args=[theirs.pk]))


def test_more_plain_items_than_room_move_into_a_more_group():
    items = [MenuItem(label=f"Item {n}", url=f"/{n}/", order=n) for n in range(9)]
    items.append(MenuItem(label="Teamding", url="/team/", order=50, group=GROUP_TEAM))
    entries = menu_entries(items)
    assert len(entries) == MAX_TOP_LEVEL
    more = next(entry for entry in entries if entry.key == GROUP_MORE.key)
    assert [item.label for item in more.items] == ["Item 5", "Item 6", "Item 7", "Item 8"]
    assert sum(len(entry.items) or 1 for entry in entries) == len(items)


def test_the_unread_count_is_text_for_screen_readers_not_an_aria_label_on_a_span(full_org, client):
    client.force_login(full_org.owner)
    html = nav(client, reverse("lms:dashboard"))
    assert not re.search(r"<span[^>]*aria-label", html)
    assert re.search(r'href="/meldingen/">Meldingen <span[^>]*aria-hidden="true">1</span>'
                     r'<span class="vknz-visually-hidden"> \(1 ongelezen\)</span>', html)
