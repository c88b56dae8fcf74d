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


def test_the_functional_admin_maps_the_groups_of_the_organisations_login_with_dutch_refusals(client, org):
    from django.contrib.auth.models import Group

    from lms.people.models import GroupMapping
    from lms.people.permissions import grant_role_permissions

    grant_role_permissions()
    functional_admin = org.admin
    functional_admin.is_superuser = False  # the beheerder role alone is enough
    functional_admin.save()
    assert Group.objects.get(name="beheerder") in functional_admin.groups.all()
    client.force_login(functional_admin)
    assert client.get("/admin/organisatie/groepskoppelingen/").status_code == 200
    url = "/admin/organisatie/groepskoppelingen/new/"
    client.post(url, {"group": "KM-Centrum", "team": org.team.pk, "role": "deelnemer"})
    client.post(url, {"group": "MT-leden", "role": "mt"})
    assert [str(mapping) for mapping in GroupMapping.objects.all()] == ["KM-Centrum → Team Centrum, Deelnemer",
                                                                       "MT-leden → MT / leidinggevende"]
    for data, message in [({"group": "Leeg"}, "Kies een team, een rol of allebei."),
                          ({"group": "MT-leden", "role": "mt"}, "Deze groep geeft deze rol al."),
                          ({"group": "KM-Centrum", "team": org.team.pk}, "Deze groep hoort al bij een team.")]:
        refused = client.post(url, data)
        assert refused.status_code == 200 and message in refused.content.decode(), message
    assert GroupMapping.objects.count() == 2


@pytest.mark.parametrize("who", ["mt", "editor", "teamcoach"])
def test_only_the_functional_admin_sees_the_group_mappings_and_stepped_out_accounts(client, org, who):
    client.force_login(getattr(org, who))
    for url in ("/admin/organisatie/groepskoppelingen/", "/admin/organisatie/uitgestapt/"):
        assert client.get(url).status_code in (302, 403)
