"""'Wie keek er mee?': grouped per item, person and action, naming the item, in a bounded number of queries."""

import datetime

import pytest
from django.urls import reverse
from django.utils import timezone

from lms.goals import services as goals
from lms.goals.choices import Kind
from lms.goals.services import Formulation
from lms.people.services import grant_share
from lms.privacy.audit import looked_page
from lms.privacy.models import AuditEntry

pytestmark = pytest.mark.django_db
ITEM = '<li class="utrecht-unordered-list__item">'


def make_goal(owner, title):
    return goals.create_goal(owner, Kind.LEARNING, Formulation(
        title=title, description="Beschrijving.", why="Waarom.", success_criteria="Criterium.", cadence_weeks=6,
        dimensions=["echtheid"]))


def test_views_are_grouped_per_item_and_person_with_count_and_first_and_last_time(client, org):
    listening = make_goal(org.owner, "Beter luisteren")
    asking = make_goal(org.owner, "Doorvragen")
    for goal in (listening, asking):
        grant_share(org.owner, goal, org.teamcoach)
    grant_share(org.owner, listening, org.buddy)
    client.force_login(org.teamcoach)
    for _ in range(5):
        client.get(listening.get_absolute_url())
    client.get(asking.get_absolute_url())
    client.force_login(org.buddy)
    for _ in range(3):
        client.get(listening.get_absolute_url())

    rows = looked_page(org.owner).object_list
    views = {(row.title, row.actor, row.count) for row in rows if row.action == "bekeken"}
    assert views == {("Beter luisteren", org.teamcoach, 5), ("Doorvragen", org.teamcoach, 1),
                     ("Beter luisteren", org.buddy, 3)}
    assert all(row.kind == "Leerdoel" and row.first <= row.last for row in rows)
    assert not [row for row in rows if row.actor == org.owner]  # the owner's own shares are not "meekijken"

    client.force_login(org.owner)
    page = client.get(reverse("lms:privacy:my_data")).content.decode()
    section = page[page.index("Wie keek er mee?"):page.index("Wat we bewaren")]
    assert section.count(ITEM) == 3
    assert "Leerdoel: <a" in section and "Beter luisteren" in section and "Doorvragen" in section
    assert "bekeken, 5 keer" in section and "eerst op" in section


def seed(owner, reader, items, per_item):
    goals_ = [make_goal(owner, f"Doel {number}") for number in range(items)]
    now = timezone.now()
    AuditEntry.objects.bulk_create([
        AuditEntry(actor=reader, owner=owner, action="view", what=f"lms_goals.Goal#{goal.pk}",
                   at=now - datetime.timedelta(minutes=minute))
        for goal in goals_ for minute in range(per_item)
    ])
    return goals_


@pytest.mark.parametrize("items, per_item", [(2, 3), (25, 12)])
def test_the_section_needs_the_same_few_queries_however_long_the_log_is(
        client, org, items, per_item, django_assert_max_num_queries):
    seed(org.owner, org.teamcoach, items, per_item)
    client.force_login(org.owner)
    with django_assert_max_num_queries(14):
        page = client.get(reverse("lms:privacy:my_data")).content.decode()
    section = page[page.index("Wie keek er mee?"):page.index("Wat we bewaren")]
    assert section.count(ITEM) == min(items, 20)  # bounded: twenty groups a page
    if items > 20:
        assert "Volgende pagina" in section
        second = client.get(reverse("lms:privacy:my_data"), {"meegekeken": 2}).content.decode()
        second = second[second.index("Wie keek er mee?"):second.index("Wat we bewaren")]
        assert second.count(ITEM) == items - 20


def test_a_deleted_item_and_a_departed_reader_are_still_listed_without_content(client, org):
    goal, = seed(org.owner, None, 1, 2)
    AuditEntry.objects.filter(what=f"lms_goals.Goal#{goal.pk}").update(what="lms_goals.Goal#999999")
    row, = looked_page(org.owner).object_list
    assert row.title == "" and row.actor is None and row.count == 2
    client.force_login(org.owner)
    page = client.get(reverse("lms:privacy:my_data")).content.decode()
    assert "bestaat niet meer" in page and "een oud-deelnemer" in page
