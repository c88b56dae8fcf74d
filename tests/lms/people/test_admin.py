"""The Wagtail admin: teams and participant profiles for the functional admin only; no learning content there."""

import pytest

pytestmark = pytest.mark.django_db


def test_the_functional_admin_manages_teams_and_profiles(client, org):
    client.force_login(org.admin)
    teams = client.get("/admin/organisatie/teams/")
    assert teams.status_code == 200
    assert "Team Centrum" in teams.content.decode()
    assert client.get("/admin/organisatie/deelnemers/").status_code == 200


def test_the_functional_admin_can_add_a_team_and_a_blank_name_is_refused(client, org):
    from lms.people.models import Team

    client.force_login(org.admin)
    refused = client.post("/admin/organisatie/teams/new/", {"name": ""})
    assert refused.status_code == 200
    assert "Dit is een verplicht veld." in refused.content.decode()
    assert not Team.objects.filter(name="").exists()
    client.post("/admin/organisatie/teams/new/", {"name": "Team Zuid"})
    assert Team.objects.filter(name="Team Zuid").exists()


@pytest.mark.parametrize("who", ["mt", "editor"])
def test_other_admin_users_cannot_open_the_organisation_screens(client, org, who):
    client.force_login(getattr(org, who))
    assert client.get("/admin/").status_code == 200
    for url in ("/admin/organisatie/teams/", "/admin/organisatie/deelnemers/"):
        response = client.get(url)
        assert response.status_code in (302, 403)


@pytest.mark.parametrize("who", ["owner", "buddy", "teamcoach", "analyst"])
def test_participants_do_not_get_into_the_admin(client, org, who):
    client.force_login(getattr(org, who))
    response = client.get("/admin/")
    assert response.status_code == 302
