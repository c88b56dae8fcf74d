"""The demo gives Kees (buddy) session ratings of two clients over recent months, and nobody else sees them."""

import pytest
from django.contrib.auth import get_user_model
from django.core.management import call_command

from lms.cycles.models import SessionRating
from lms.cycles.services import ratings
from lms.people import access

pytestmark = pytest.mark.django_db


def test_the_demo_has_session_ratings_for_the_buddy_only():
    call_command("demo")
    call_command("demo")  # idempotent
    users = {u.username: u for u in get_user_model().objects.all()}
    kees = users["buddy"]
    assert set(SessionRating.objects.values_list("owner__username", flat=True)) == {"buddy"}
    trend = ratings.trend(kees)
    assert [client.client_code for client in trend.clients] == ["C-44", "C-31"] and trend.total == 7
    assert any(row.talk for client in trend.clients for row in client.rows)
    assert len(trend.months) >= 3 and ratings.open_invitations(kees).count() == 1
    for name in ("mt", "teamcoach", "klantmanager", "analist1"):
        assert not access.visible_to(users[name], SessionRating.objects.all()).exists()
