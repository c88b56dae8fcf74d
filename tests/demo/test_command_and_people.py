"""`manage.py demo`: the demo organisation loads, loads again without duplicates, and every user can log in."""

import pytest
from django.contrib.auth import get_user_model
from django.core.management import CommandError, call_command
from django.urls import reverse

from lms.notifications.models import Notice
from lms.people.models import Participant, Team
from lms.people.roles import Role, has_role

pytestmark = pytest.mark.django_db

DEMO_USERS = ["mt", "redacteur", "redacteur2", "beheerder", "teamcoach", "analist1", "analist2", "klantmanager",
              "buddy", "nieuw"]


def test_demo_loads_every_user_with_their_roles_and_is_idempotent():
    def counts():
        return [model.objects.count() for model in (get_user_model(), Team, Participant, Notice)]

    call_command("demo")
    first = counts()
    call_command("demo")
    assert counts() == first
    users = {u.username: u for u in get_user_model().objects.all()}
    assert set(DEMO_USERS) <= set(users)
    assert has_role(users["mt"], Role.MANAGEMENT)
    assert has_role(users["buddy"], Role.BUDDY)
    assert users["beheerder"].is_superuser
    assert users["nieuw"].participant.follows_leergang
    assert users["nieuw"].participant.team.leaders.filter(username="mt").exists()
    assert users["buddy"].participant.team != users["nieuw"].participant.team


@pytest.mark.parametrize("username", DEMO_USERS)
def test_every_demo_user_can_log_in(client, username):
    call_command("demo")
    response = client.post(reverse("lms:account:login"), {"username": username, "password": "vknz-demo"})
    assert response.status_code == 302
    assert client.get("/").status_code == 200


def test_demo_refuses_to_run_under_production_settings(settings):
    settings.VKNZ_ENVIRONMENT = "production"
    with pytest.raises(CommandError, match="niet in productie"):
        call_command("demo")
    assert not get_user_model().objects.filter(username="nieuw").exists()
