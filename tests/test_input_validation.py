"""Crafted input found from outside (issue #15): each case is refused with a Dutch message and changes nothing."""

import datetime

import pytest
from django.urls import reverse
from django.utils import timezone

from buddy.models import BuddyPair
from intervisie.forms import PlanningForm, PollForm, SlotForm
from tests import test_authorization_matrix as matrix
from theme.forms import id_from

pytestmark = pytest.mark.django_db
objects = matrix.objects


@pytest.mark.parametrize("value", ["²", "٣", "-1", "0", str(2**63), "9" * 40, "", "abc"])
def test_an_id_from_a_request_is_ascii_digits_within_the_database_range(value):
    from django.http import QueryDict

    assert id_from(QueryDict(f"punt={value}"), "punt") is None


def test_a_plain_id_from_a_request_is_read():
    from django.http import QueryDict

    assert id_from(QueryDict("punt=17"), "punt") == 17


@pytest.mark.parametrize("weekday", ["-1", "7", "5", str(2**64), "²"])
def test_a_poll_moment_on_no_working_day_is_refused(weekday):
    form = SlotForm({"weekday": weekday, "start_time": "14:00"})
    assert form.has_error("weekday", "invalid_choice")


def test_a_session_moved_to_the_year_9999_is_refused(org):
    form = PlanningForm({"starts_at": "9999-12-31T23:00"}, group=_group_of(org))
    assert form.has_error("starts_at", "too_far_ahead")


def test_a_poll_starting_in_the_year_9999_is_refused():
    assert PollForm({"first_date": "9999-12-31"}).has_error("first_date", "too_far_ahead")
    assert PollForm({"first_date": (timezone.localdate() + datetime.timedelta(days=30)).isoformat()}).is_valid()


def _group_of(org):
    from intervisie import services

    members = [org.owner, org.colleague, org.buddy, org.teamcoach]
    return services.create_group(org.colleague, name="Groep", members=members)


def test_a_session_moved_to_the_year_9999_on_the_page_changes_nothing(client, org, objects):
    from intervisie.models import IntervisionSession as Session

    session = Session.objects.get(pk=objects["lms:intervisie:session"])
    before = session.starts_at
    client.force_login(org.owner)
    response = client.post(reverse("lms:intervisie:session_plan", args=[session.pk]),
                           {"starts_at": "9999-12-31T23:00"})
    assert response.status_code == 302
    session.refresh_from_db()
    assert session.starts_at == before


@pytest.mark.parametrize("pair", ["abc", "²", str(2**64), ""])
def test_a_teamcoach_swapping_with_a_crafted_id_gets_a_message_not_an_error(client, org, objects, pair):
    client.force_login(org.teamcoach)
    response = client.post(reverse("lms:buddy:proposals"), {"action": "swap", "pair": pair, "buddy": "x"})
    assert response.status_code == 302
    response = client.post(reverse("lms:buddy:proposals"), {"action": "reject", "pair": pair})
    assert response.status_code == 302
    assert BuddyPair.objects.filter(pk=objects["lms:buddy:"]).exists()


@pytest.mark.parametrize("value", ["²", "٣", str(2**64)])
def test_unicode_digits_and_overflow_in_the_contribution_and_dashboard_queries_are_ignored(client, org, value):
    client.force_login(org.owner)
    assert client.get(reverse("lms:agenda:contribute"), {"punt": value}).status_code == 200
    client.force_login(org.mt)
    assert client.get(reverse("lms:agenda:dashboard"), {"agenda": value, "kwartaal": value}).status_code == 200


@pytest.mark.parametrize("pk", [2**63, 10**30])
def test_an_overflowing_id_in_the_agenda_pdf_url_is_not_found(client, org, pk):
    client.force_login(org.owner)
    assert client.get(f"/agenda/{pk}/leeragenda.pdf").status_code == 404


def test_checklist_ticks_take_only_plain_item_numbers():
    from django.http import QueryDict

    from courses.forms import TickForm

    assert TickForm(QueryDict("items=1&items=0&items=1")).ticked() == [0, 1]
    assert TickForm(QueryDict("items=²&items=1")).ticked() == []
    assert TickForm(QueryDict(f"items={2**64}")).ticked() == []


@pytest.mark.parametrize("pk", [str(2**63), "²", "-1", "abc"])
def test_an_overflowing_or_foreign_theme_id_on_a_goal_is_refused_with_a_code(org, pk):
    from lms.agenda.forms import ThemeField

    with pytest.raises(Exception) as refused:
        ThemeField().clean([pk])
    assert refused.value.code == "invalid_pk_value"
