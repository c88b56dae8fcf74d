"""The notices page, the unread count in the header, and marking notices as read."""

import pytest
from django.urls import reverse

from lms.notifications.models import Notice
from lms.notifications.services import notify

pytestmark = pytest.mark.django_db


def test_the_header_shows_the_unread_count(client, org):
    notify(org.owner, "n:1", "Eerste", email=False)
    notify(org.owner, "n:2", "Tweede", email=False)
    client.force_login(org.owner)
    content = client.get("/").content.decode()
    # As text for screen readers: an aria-label on a plain span is not allowed (and not read out reliably).
    assert '<span class="vknz-visually-hidden"> (2 ongelezen)</span>' in content


def test_the_notices_page_lists_my_notices_and_not_those_of_others(client, org):
    notify(org.owner, "n:mine", "Voor mij", email=False)
    notify(org.colleague, "n:theirs", "Voor een collega", email=False)
    client.force_login(org.owner)
    content = client.get(reverse("lms:notifications:list")).content.decode()
    assert "Voor mij" in content
    assert "Voor een collega" not in content


def test_empty_state_explains_what_notices_are(client, org):
    client.force_login(org.colleague)
    assert "Je hebt nog geen meldingen" in client.get(reverse("lms:notifications:list")).content.decode()


def test_marking_one_notice_read_and_opening_its_link(client, org):
    notice = notify(org.owner, "n:open", "Bekijk dit", link="/profiel/", email=False)
    client.force_login(org.owner)
    response = client.post(reverse("lms:notifications:mark_read", args=[notice.pk]), {"open": "1"})
    assert response.status_code == 302 and response.url == "/profiel/"
    notice.refresh_from_db()
    assert notice.is_read


def test_a_notice_link_never_leads_off_site(client, org):
    notice = notify(org.owner, "n:evil", "Vreemd", link="https://elders.example.com/", email=False)
    client.force_login(org.owner)
    response = client.post(reverse("lms:notifications:mark_read", args=[notice.pk]), {"open": "1"})
    assert response.url == reverse("lms:notifications:list")


def test_marking_read_is_a_post(client, org):
    notice = notify(org.owner, "n:get", "Alleen via een formulier", email=False)
    client.force_login(org.owner)
    assert client.get(reverse("lms:notifications:mark_read", args=[notice.pk])).status_code == 405
    notice.refresh_from_db()
    assert not notice.is_read


@pytest.mark.parametrize("who", ["colleague", "mt", "admin"])
def test_nobody_else_can_mark_my_notice(client, org, who):
    notice = notify(org.owner, "n:private", "Privé", email=False)
    client.force_login(getattr(org, who))
    assert client.post(reverse("lms:notifications:mark_read", args=[notice.pk])).status_code == 403
    notice.refresh_from_db()
    assert not notice.is_read


def test_mark_all_read_touches_only_my_notices(client, org):
    notify(org.owner, "n:a", "A", email=False)
    notify(org.owner, "n:b", "B", email=False)
    notify(org.colleague, "n:c", "C", email=False)
    client.force_login(org.owner)
    client.post(reverse("lms:notifications:mark_all_read"))
    assert not Notice.objects.filter(recipient=org.owner, read_at__isnull=True).exists()
    assert Notice.objects.filter(recipient=org.colleague, read_at__isnull=True).count() == 1


@pytest.mark.parametrize("count", [3, 120])
def test_the_notices_page_needs_a_bounded_number_of_queries(client, org, count, django_assert_max_num_queries):
    Notice.objects.bulk_create(
        Notice(recipient=org.owner, key=f"bulk:{i}", title=f"Melding {i}", email_wanted=False) for i in range(count)
    )
    client.force_login(org.owner)
    with django_assert_max_num_queries(11):
        response = client.get(reverse("lms:notifications:list"))
    assert response.status_code == 200
    if count > 20:
        assert "Pagina 1 van 6" in response.content.decode()
