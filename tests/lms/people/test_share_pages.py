"""The 'Gedeeld' page: what I share, what is shared with me, and taking a share back."""

import datetime

import pytest
from django.urls import reverse
from django.utils import timezone

from lms.people.models import Share
from lms.people.services import grant_share
from tests.factories import make_user
from tests.support.models import Journal

pytestmark = pytest.mark.django_db


@pytest.fixture
def shared(org):
    journal = Journal.objects.create(owner=org.owner, title="Doorvragen bij weerstand")
    return grant_share(org.owner, journal, org.buddy).share


def test_owner_sees_what_they_share_with_whom(client, org, shared):
    client.force_login(org.owner)
    content = client.get(reverse("lms:people:shares")).content.decode()
    assert "Doorvragen bij weerstand" in content
    assert "Intrekken" in content


def test_grantee_sees_what_is_shared_with_them_and_from_whom(client, org, shared):
    client.force_login(org.buddy)
    content = client.get(reverse("lms:people:shares")).content.decode()
    assert "Doorvragen bij weerstand" in content
    assert "van eigenaar" in content


def test_empty_states_explain_what_sharing_is(client, org):
    client.force_login(org.colleague)
    content = client.get(reverse("lms:people:shares")).content.decode()
    assert "Je deelt nog niets" in content
    assert "Er is nu niets met je gedeeld" in content


def test_revoking_asks_first_and_then_takes_the_share_back(client, org, shared):
    client.force_login(org.owner)
    url = reverse("lms:people:revoke_share", args=[shared.pk])
    confirm = client.get(url)
    assert "Wil je stoppen met delen met buddy?" in confirm.content.decode()
    shared.refresh_from_db()
    assert shared.revoked_at is None
    response = client.post(url, follow=True)
    assert "kan dit niet meer zien" in response.content.decode()
    shared.refresh_from_db()
    assert shared.revoked_at is not None
    client.force_login(org.buddy)
    assert "Doorvragen bij weerstand" not in client.get(reverse("lms:people:shares")).content.decode()


@pytest.mark.parametrize("who", ["buddy", "mt", "teamcoach", "admin"])
def test_only_the_owner_can_revoke(client, org, shared, who):
    client.force_login(getattr(org, who))
    response = client.post(reverse("lms:people:revoke_share", args=[shared.pk]))
    assert response.status_code == 403
    assert "Geen toegang" in response.content.decode()
    shared.refresh_from_db()
    assert shared.revoked_at is None


def test_revoking_an_unknown_share_is_404(client, org):
    client.force_login(org.owner)
    assert client.post(reverse("lms:people:revoke_share", args=[999999])).status_code == 404


def test_an_expired_share_is_no_longer_listed_for_the_grantee(client, org, shared):
    Share.objects.filter(pk=shared.pk).update(expires_on=timezone.localdate() - datetime.timedelta(days=1))
    client.force_login(org.buddy)
    assert "Doorvragen bij weerstand" not in client.get(reverse("lms:people:shares")).content.decode()
    client.force_login(org.owner)
    assert "verlopen op" in client.get(reverse("lms:people:shares")).content.decode()


def test_anonymous_visitors_are_sent_to_login(client):
    response = client.get(reverse("lms:people:shares"))
    assert response.status_code == 302 and response.url.startswith(reverse("lms:account:login"))


@pytest.mark.parametrize("count", [2, 60])
def test_the_shares_page_needs_a_bounded_number_of_queries(client, org, count, django_assert_max_num_queries):
    grantees = [make_user(participant=False) for _ in range(3)]
    for i in range(count):
        journal = Journal.objects.create(owner=org.owner, title=f"Notitie {i}")
        grant_share(org.owner, journal, grantees[i % 3])
        other = Journal.objects.create(owner=grantees[i % 3], title=f"Van een ander {i}")
        grant_share(grantees[i % 3], other, org.owner)
    client.force_login(org.owner)
    with django_assert_max_num_queries(14):
        response = client.get(reverse("lms:people:shares"))
    assert response.status_code == 200
    assert "Pagina 1 van" in response.content.decode() or count <= 20
