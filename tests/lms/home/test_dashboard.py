"""The home page: an introduction for visitors, a dashboard and a role-fitting menu for people logged in."""

import pytest

from lms.notifications.services import notify
from lms.people.services import grant_share
from tests.support.models import Journal

pytestmark = pytest.mark.django_db


def test_visitors_get_the_introduction_and_a_login_link(client):
    response = client.get("/")
    content = response.content.decode()
    assert response.status_code == 200
    assert "Inloggen" in content
    assert "Welkom" not in content
    assert "Hoofdmenu" not in content


def test_a_new_klantmanager_sees_where_they_stand(client, org):
    org.owner.participant.follows_leergang = True
    org.owner.participant.save()
    client.force_login(org.owner)
    content = client.get("/").content.decode()
    assert "Welkom, eigenaar" in content or "Welkom" in content
    assert "Waar je staat" in content
    assert "Team Centrum" in content
    assert "Je volgt de leergang" in content
    assert "Zo werkt de ontwikkelcyclus" in content


def test_someone_without_a_profile_is_told_how_to_join(client, org):
    client.force_login(org.editor)
    assert "Je hebt geen deelnemersprofiel" in client.get("/").content.decode()


def test_the_dashboard_shows_what_is_shared_with_me(client, org):
    journal = Journal.objects.create(owner=org.owner, title="Gedeelde notitie")
    grant_share(org.owner, journal, org.buddy)
    client.force_login(org.buddy)
    assert "Een collega deelt 1 item met je" in client.get("/").content.decode()


@pytest.mark.parametrize(
    ("who", "sees_admin"),
    [("owner", False), ("buddy", False), ("teamcoach", False), ("analyst", False),
     ("mt", True), ("editor", True), ("admin", True)],
)
def test_the_menu_fits_the_roles(client, org, who, sees_admin):
    client.force_login(getattr(org, who))
    content = client.get("/").content.decode()
    assert 'aria-label="Hoofdmenu"' in content
    assert ('href="/admin/"' in content) is sees_admin


def test_the_roles_panel_explains_each_role(client, org):
    client.force_login(org.mt)
    content = client.get("/").content.decode()
    assert "MT / leidinggevende" in content
    assert "nooit het leermateriaal van een persoon" in content


@pytest.mark.parametrize("notices", [1, 200])
def test_the_dashboard_needs_a_bounded_number_of_queries(client, org, notices, django_assert_max_num_queries):
    for i in range(notices):
        notify(org.owner, f"d:{i}", f"Melding {i}", email=False)
    client.force_login(org.owner)
    with django_assert_max_num_queries(21):
        response = client.get("/")
    assert response.status_code == 200
