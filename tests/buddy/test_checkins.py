"""Check-ins: dates from today up to a year ahead, the verbs edit / cancel (after asking) / held, and one
check-in per form sent (a double click plans one)."""

import datetime
import uuid

import pytest
from django.core.exceptions import ValidationError
from django.urls import reverse
from django.utils import timezone

from buddy import services
from buddy.models import CheckIn, CheckInStatus

from .conftest import active_pair

TODAY = timezone.localdate
DAY = datetime.timedelta(days=1)


def plan_url(pair):
    return reverse("lms:buddy:pair", args=[pair.pk])


@pytest.mark.parametrize("planned_on, message", [
    ("1999-01-01", "Deze datum is al voorbij. Kies vandaag of een dag in de toekomst."),
    ("2999-01-01", "Plan een check-in hoogstens een jaar vooruit."),
])
def test_a_checkin_in_the_past_or_absurdly_far_ahead_is_refused_with_the_input_kept(pool, client, planned_on,
                                                                                     message):
    pair = active_pair(pool)
    client.force_login(pool.newbie)
    response = client.post(plan_url(pair), {"planned_on": planned_on, "topics": "Eerste week"})
    assert response.status_code == 200
    content = response.content.decode()
    assert message in content and 'value="Eerste week"' in content
    assert not CheckIn.objects.exists()


def test_the_service_refuses_past_dates_by_code(pool):
    pair = active_pair(pool)
    with pytest.raises(ValidationError) as refused:
        services.plan_checkin(pool.newbie, pair, planned_on=TODAY() - DAY)
    assert refused.value.code == "checkin_in_past"


def test_the_same_form_sent_twice_plans_one_checkin_and_goes_back_to_the_pair(pool, client):
    pair = active_pair(pool)
    client.force_login(pool.newbie)
    data = {"planned_on": (TODAY() + DAY).isoformat(), "topics": "Eerste week", "submission_key": str(uuid.uuid4())}
    assert client.post(plan_url(pair), data).status_code == 302
    again = client.post(plan_url(pair), data, follow=True)
    assert "Deze check-in stond al gepland." in again.content.decode()
    assert CheckIn.objects.count() == 1
    data["submission_key"] = str(uuid.uuid4())
    client.post(plan_url(pair), data)
    assert CheckIn.objects.count() == 2


def test_a_checkin_is_changed_cancelled_after_asking_and_marked_held(pool, client):
    pair = active_pair(pool)
    checkin = services.plan_checkin(pool.newbie, pair, planned_on=TODAY() + DAY, topics="Eerste week")
    client.force_login(pool.experienced)
    page = client.get(plan_url(pair)).content.decode()
    assert reverse("lms:buddy:checkin_edit", args=[checkin.pk]) in page

    edit = reverse("lms:buddy:checkin_edit", args=[checkin.pk])
    assert client.post(edit, {"planned_on": "1999-01-01", "topics": "x"}).status_code == 200
    client.post(edit, {"planned_on": (TODAY() + 2 * DAY).isoformat(), "topics": "Tweede week"})
    checkin.refresh_from_db()
    assert (checkin.planned_on, checkin.topics) == (TODAY() + 2 * DAY, "Tweede week")

    # Held only on or after the day itself.
    held = reverse("lms:buddy:checkin_held", args=[checkin.pk])
    assert "staat nog in de toekomst" in client.post(held, follow=True).content.decode()
    checkin.refresh_from_db()
    assert checkin.status == CheckInStatus.PLANNED

    cancel = reverse("lms:buddy:checkin_cancel", args=[checkin.pk])
    question = client.get(cancel).content.decode()
    assert "Wil je de check-in van" in question and "Ja, afzeggen" in question
    checkin.refresh_from_db()
    assert checkin.status == CheckInStatus.PLANNED  # asking changes nothing
    client.post(cancel)
    checkin.refresh_from_db()
    assert checkin.status == CheckInStatus.CANCELLED
    assert "Afgezegd" in client.get(plan_url(pair)).content.decode()

    today = services.plan_checkin(pool.newbie, pair, planned_on=TODAY())
    client.post(reverse("lms:buddy:checkin_held", args=[today.pk]))
    today.refresh_from_db()
    assert today.status == CheckInStatus.HELD
    # Notes written afterwards keep the (now past) date.
    services.update_checkin(pool.newbie, today, planned_on=today.planned_on, notes="Fijn gesprek")
    today.refresh_from_db()
    assert today.notes == "Fijn gesprek"
    with pytest.raises(ValidationError):
        services.cancel_checkin(pool.newbie, today)


@pytest.mark.parametrize("who", ["teamcoach", "mt", "colleague"])
def test_only_the_pair_changes_its_checkins(pool, client, who):
    pair = active_pair(pool)
    checkin = services.plan_checkin(pool.newbie, pair, planned_on=TODAY() + DAY)
    client.force_login(getattr(pool, who))
    for name in ("checkin_edit", "checkin_cancel", "checkin_held"):
        assert client.post(reverse(f"lms:buddy:{name}", args=[checkin.pk])).status_code in (403, 404)
    checkin.refresh_from_db()
    assert checkin.status == CheckInStatus.PLANNED


def test_one_proposal_is_counted_in_the_singular(pool, client):
    client.force_login(pool.teamcoach)
    response = client.post(reverse("lms:buddy:proposals"), {"action": "generate"}, follow=True)
    assert "1 voorstel gemaakt." in response.content.decode()
    response = client.post(reverse("lms:buddy:proposals"), {"action": "send"}, follow=True)
    assert "1 voorstel verstuurd." in response.content.decode()
