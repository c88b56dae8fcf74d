"""The capabilities of the leeragenda, asked through the access policy: the MT opens the figures, participants
share what they learned anonymously. Each allowed and refused, with the reason a refused person reads."""

import pytest
from django.core.exceptions import PermissionDenied
from django.urls import reverse

from lms.agenda import services
from lms.agenda.models import Contribution
from lms.agenda.rules import SHARE_ANONYMOUSLY, VIEW_FIGURES
from lms.people import access
from lms.people.roles import MANAGEMENT_ROLES, Role

pytestmark = pytest.mark.django_db

FIGURE_PAGES = ("lms:agenda:dashboard", "lms:agenda:export_csv", "lms:agenda:export_xlsx", "lms:agenda:learning")
FOR_THE_MT = "Het dashboard van de leeragenda is voor het MT"
FOR_PARTICIPANTS = "Bijdragen aan de leeragenda is voor deelnemers."


def test_the_capabilities_of_the_agenda_and_the_roles_that_hold_them():
    capabilities = access.policy.capabilities()
    assert capabilities[VIEW_FIGURES].roles == MANAGEMENT_ROLES == {Role.MANAGEMENT}
    assert capabilities[SHARE_ANONYMOUSLY].roles == {Role.PARTICIPANT}


def test_the_mt_opens_the_figures(client, org, agenda):
    assert access.may(org.mt, VIEW_FIGURES)
    client.force_login(org.mt)
    for name in FIGURE_PAGES:
        assert client.get(reverse(name)).status_code == 200, name
    home = client.get("/").content.decode()
    assert "Cijfers leeragenda" in home and "Er wacht niets op goedkeuring." in home  # menu and panel


@pytest.mark.parametrize("who", ["owner", "buddy", "teamcoach", "analyst", "editor", "admin"])
def test_nobody_else_opens_the_figures_and_each_is_told_why(client, org, agenda, who):
    user = getattr(org, who)
    decision = access.may(user, VIEW_FIGURES)
    assert not decision and FOR_THE_MT in decision.reason
    client.force_login(user)
    for name in FIGURE_PAGES:
        response = client.get(reverse(name))
        assert response.status_code == 403 and FOR_THE_MT in response.content.decode(), name
    home = client.get("/").content.decode()
    assert "Cijfers leeragenda" not in home and reverse("lms:agenda:dashboard") not in home


@pytest.mark.parametrize("who", ["owner", "mt", "buddy"])
def test_a_participant_shares_anonymously(client, org, agenda, who):
    user = getattr(org, who)
    assert access.may(user, SHARE_ANONYMOUSLY)
    client.force_login(user)
    assert client.get(reverse("lms:agenda:contribute")).status_code == 200
    assert "Deel anoniem met de organisatie" in client.get(agenda.url).content.decode()
    services.contribute(user, agenda.themes().first(), "Stilte laten vallen werkt")
    assert Contribution.objects.get().contributor == user


@pytest.mark.parametrize("who", ["analyst", "editor", "admin"])
def test_who_is_no_participant_shares_nothing_and_is_told_why(client, org, agenda, who):
    user = getattr(org, who)
    decision = access.may(user, SHARE_ANONYMOUSLY)
    assert not decision and decision.reason == FOR_PARTICIPANTS
    client.force_login(user)
    for method in ("get", "post"):
        response = getattr(client, method)(reverse("lms:agenda:contribute"))
        assert response.status_code == 403 and FOR_PARTICIPANTS in response.content.decode()
    assert "Deel anoniem met de organisatie" not in client.get(agenda.url).content.decode()
    with pytest.raises(PermissionDenied, match=FOR_PARTICIPANTS):
        services.contribute(user, agenda.themes().first(), "Iets")
    assert not Contribution.objects.exists()
