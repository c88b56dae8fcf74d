"""What held for password logins holds for people from the organisation's login (issue #20): the lockout, the
session lifetime, the audit log, and the authorization matrix. Against the real provider of tests/support."""

import datetime
from urllib.parse import urlsplit

import pytest
from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.sessions.models import Session
from django.test import Client
from django.urls import reverse
from django.utils import timezone

from lms.people.models import GroupMapping, Participant
from lms.people.roles import Role
from tests.test_authorization_matrix import (
    CAPABILITIES,
    GRANTED,
    NOT_PERSONAL,
    kwargs_for,
    objects,  # noqa: F401  the matrix's objects, all about org.owner
    url_names,
)

pytestmark = pytest.mark.django_db(transaction=True)

PASSWORD = "geheim-wachtwoord-1"


def user_of(session):
    stored = Session.objects.get(session_key=session.cookies["sessionid"])
    return get_user_model().objects.get(pk=stored.get_decoded()["_auth_user_id"])


def client_with(session):
    """Django's test client carrying the live session the provider login made (same cookie, same backend)."""
    client = Client()
    client.cookies[settings.SESSION_COOKIE_NAME] = session.cookies["sessionid"]
    return client


def test_wrong_passwords_still_lock_out_and_refused_provider_logins_lock_out_nobody(oidc, org):
    oidc.account("jan", "sub-jan", name="Jan")
    oidc.tamper("signature")
    for _ in range(6):
        _session, refused = oidc.login("jan")
        assert refused.status_code == 400
    oidc.tamper(None)
    session, response = oidc.login("jan")  # from the same address: not locked out
    assert urlsplit(response.url).path == reverse("lms:dashboard")

    login = reverse("lms:account:login")
    assert Client().post(login, {"username": "collega", "password": PASSWORD}).status_code == 302
    browser = Client()
    for _ in range(4):
        assert browser.post(login, {"username": "eigenaar", "password": "fout"}).status_code == 200
    assert browser.post(login, {"username": "eigenaar", "password": "fout"}).status_code == 429
    assert browser.post(login, {"username": "eigenaar", "password": PASSWORD}).status_code == 429


def test_a_provider_account_has_no_password_here_and_cannot_get_one_by_mail(oidc, client, mailoutbox):
    oidc.account("jan", "sub-jan", name="Jan", email="jan@gemeente.example")
    session, _response = oidc.login("jan")
    assert not user_of(session).has_usable_password()
    client.post(reverse("lms:account:password_reset"), {"email": "jan@gemeente.example"})
    assert mailoutbox == []
    profile = client_with(session).get(reverse("lms:people:profile")).content.decode()
    assert "met je gemeente-account" in profile and reverse("lms:account:password_change") not in profile


def test_the_session_lasts_a_working_day_for_both_ways_of_logging_in(oidc, org, time_machine):
    oidc.account("jan", "sub-jan", name="Jan")
    session, _response = oidc.login("jan")
    by_provider = Session.objects.get(session_key=session.cookies["sessionid"])
    by_password = Client()
    by_password.post(reverse("lms:account:login"), {"username": "eigenaar", "password": PASSWORD})
    by_form = Session.objects.get(session_key=by_password.cookies[settings.SESSION_COOKIE_NAME].value)
    working_day = datetime.timedelta(seconds=settings.SESSION_COOKIE_AGE)
    for stored in (by_provider, by_form):
        assert abs(stored.expire_date - (timezone.now() + working_day)) < datetime.timedelta(minutes=2)

    provider_client = client_with(session)
    assert provider_client.get(reverse("lms:dashboard")).status_code == 200
    time_machine.move_to(timezone.now() + working_day + datetime.timedelta(minutes=5))
    for client in (provider_client, by_password):
        response = client.get(reverse("lms:dashboard"))
        assert response.status_code == 302 and response.url.startswith(reverse("lms:account:login"))


def test_a_read_by_a_person_from_the_provider_is_audited_and_shown_to_the_owner_by_name(oidc, org):
    from django.utils.html import escape

    from lms.goals import services as goal_services
    from lms.goals.services import Formulation
    from lms.people.services import grant_share
    from lms.privacy.models import AuditEntry

    oidc.account("jan", "sub-jan", given_name="Jan", family_name="de Vries", name="Jan de Vries")
    session, _response = oidc.login("jan")
    reader = user_of(session)
    goal = goal_services.create_goal(org.owner, "learning", Formulation(title="Beter doorvragen"))
    grant_share(org.owner, goal, reader)

    assert session.get(oidc.live_url + goal.get_absolute_url(), timeout=30).status_code == 200
    entry = AuditEntry.objects.get(action="view", actor=reader)
    assert entry.owner == org.owner and entry.what == f"lms_goals.Goal#{goal.pk}"
    owner = Client()
    owner.force_login(org.owner)
    page = owner.get("/mijn-gegevens/").content.decode()
    section = page[page.index("Wie keek er mee?"):page.index("Wat we bewaren")]
    assert "Jan de Vries: bekeken, 1 keer" in section and escape(str(goal)) in section


# The roles of the matrix's people, as the organisation's groups give them here.
MATRIX_PEOPLE = {
    "mt": ("MT-leden", [Role.MANAGEMENT, Role.PARTICIPANT]),
    "colleague": ("KM-Centrum", [Role.PARTICIPANT]),
    "analyst": ("Analisten", [Role.ANALYST]),
}


@pytest.mark.parametrize("who", sorted(MATRIX_PEOPLE))
def test_the_authorization_matrix_holds_for_a_person_from_the_provider(oidc, org, objects, who):  # noqa: F811
    from lms.people import access

    group, roles = MATRIX_PEOPLE[who]
    team = org.team if who == "colleague" else None
    for role in roles:
        GroupMapping.objects.create(group=group, role=role, team=team if role == Role.PARTICIPANT else None)
    oidc.account("persoon", f"sub-{who}", name="Iemand van de gemeente", groups=[group])
    session, _response = oidc.login("persoon")
    person, twin = user_of(session), getattr(org, who)
    assert {group.name for group in person.groups.all()} == {group.name for group in twin.groups.all()}
    if team is not None:
        assert Participant.objects.get(user=person).team == team

    for name in CAPABILITIES:  # the same capabilities as the password account with the same roles
        assert bool(access.may(person, name)) == bool(access.may(twin, name)), name

    client = client_with(session)  # the real session the provider login made
    leaks = []
    for name, params in url_names():
        if name in NOT_PERSONAL or (name, who) in GRANTED:
            continue
        url = reverse(name, kwargs=kwargs_for(name, params, objects))
        for method in ("get", "post"):
            status = getattr(client, method)(url).status_code
            if status not in (403, 404, 405):
                leaks.append(f"{method.upper()} {name} → {status}")
    assert leaks == [], f"{who} from the provider got through: {leaks}"
