"""Logging in with the organisation's account (issue #20), against a real OpenID Connect provider on loopback.

The provider is node's oidc-provider (tests/support/oidc_provider.mjs); the site is the live test server; the
browser is a requests session that follows redirects and fills in the provider's form. Refusals must leave no
session and say in Dutch what happened; the log names the check that refused (never a person).
"""

import logging
from urllib.parse import parse_qs, urlsplit

import pytest
import requests
from django.contrib.auth import get_user_model
from django.contrib.sessions.models import Session
from django.urls import reverse

from lms.people.models import GroupMapping, OrganisationAccount, Participant, Team
from lms.people.roles import Role, roles_of
from tests.support.oidc import CLIENT_ID, Forms, submit, without_param

pytestmark = pytest.mark.django_db(transaction=True)

DASHBOARD = reverse("lms:dashboard")


@pytest.fixture
def mappings():
    centrum, noord = Team.objects.create(name="Team Centrum"), Team.objects.create(name="Team Noord")
    GroupMapping.objects.create(group="KM-Centrum", team=centrum, role=Role.PARTICIPANT)
    GroupMapping.objects.create(group="KM-Noord", team=noord, role=Role.PARTICIPANT)
    GroupMapping.objects.create(group="Analisten", role=Role.ANALYST)
    GroupMapping.objects.create(group="MT-leden", role=Role.MANAGEMENT)
    GroupMapping.objects.create(group="MT-leden", role=Role.PARTICIPANT)
    return {"centrum": centrum, "noord": noord}


def logged_in_user(session, live_url):
    """The person the session cookie belongs to on the live server, or None."""
    key = session.cookies.get("sessionid")
    stored = Session.objects.filter(session_key=key).first() if key else None
    user_id = stored.get_decoded().get("_auth_user_id") if stored else None
    return get_user_model().objects.filter(pk=user_id).first() if user_id else None


def role_names(user):
    return {role.value for role in roles_of(get_user_model().objects.get(pk=user.pk))}


def assert_refused_in_dutch(response, session, oidc, status, *texts):
    page = response.text
    assert response.status_code == status, page[:800]
    assert '<html lang="nl"' in page
    for text in texts:
        assert text in page, page[:2000]
    assert logged_in_user(session, oidc.live_url) is None


# --- The login page --------------------------------------------------------------------------------------------


def test_without_a_provider_the_login_page_offers_passwords_only(client, settings):
    settings.VKNZ_OIDC_ISSUER = ""
    page = client.get(reverse("lms:account:login")).content.decode()
    assert "Inloggen met je gemeente-account" not in page and "Gebruikersnaam" in page
    assert client.get(reverse("lms:account:oidc_login")).status_code == 404
    assert client.get(reverse("lms:account:oidc_callback"), {"code": "x", "state": "y"}).status_code == 404


def test_with_a_provider_the_login_page_offers_the_organisations_account_and_keeps_passwords(oidc, client):
    page = client.get(reverse("lms:account:login") + "?next=/ontwikkelplan/").content.decode()
    assert "Inloggen met je gemeente-account" in page
    assert f'href="{reverse("lms:account:oidc_login")}?next=/ontwikkelplan/"' in page
    assert "Gebruikersnaam" in page and "Wachtwoord" in page  # the demo and a break-glass administrator


def test_the_authorization_request_carries_pkce_state_and_nonce(oidc):
    _session, authorization, form = oidc.start()
    params = {key: values[0] for key, values in parse_qs(urlsplit(authorization).query).items()}
    assert params["response_type"] == "code" and params["client_id"] == CLIENT_ID
    assert params["code_challenge_method"] == "S256" and len(params["code_challenge"]) == 43
    assert len(params["state"]) >= 32 and len(params["nonce"]) >= 32
    assert params["scope"].split() == ["openid", "profile", "email"]
    assert params["redirect_uri"] == oidc.live_url + reverse("lms:account:oidc_callback")
    assert "Inloggen bij de gemeente" in form.text  # the provider's own form


# --- People from claims ----------------------------------------------------------------------------------------


def test_a_first_login_creates_the_person_from_the_subject_with_the_mapped_team_and_roles(oidc, mappings):
    oidc.account("jan", "0c3f-jan", given_name="Jan", family_name="de Vries", name="Jan de Vries",
                 email="j.devries@gemeente.example", groups=["KM-Centrum", "Analisten", "Iets anders"])
    session, response = oidc.login("jan", next_url="/ontwikkelplan/")
    assert response.status_code == 200 and urlsplit(response.url).path == "/ontwikkelplan/"
    assert "Jan de Vries" in response.text

    user = logged_in_user(session, oidc.live_url)
    account = OrganisationAccount.objects.get(user=user)
    assert (account.issuer, account.subject) == (oidc.issuer, "0c3f-jan")
    assert (user.first_name, user.last_name, user.email) == ("Jan", "de Vries", "j.devries@gemeente.example")
    assert "vries" not in user.get_username() and "@" not in user.get_username()
    assert not user.has_usable_password() and not user.is_staff and not user.is_superuser
    assert role_names(user) == {"deelnemer", "analist"}
    assert Participant.objects.get(user=user).team == mappings["centrum"]


def test_without_a_mapping_a_person_is_an_ordinary_participant_and_a_group_named_mt_grants_nothing(oidc, mappings):
    oidc.account("piet", "sub-piet", name="Piet Smit", groups=["mt", "beheerder", "MT"])
    session, response = oidc.login("piet")
    assert urlsplit(response.url).path == DASHBOARD
    user = logged_in_user(session, oidc.live_url)
    assert role_names(user) == {"deelnemer"}
    assert Participant.objects.get(user=user).team is None
    assert (user.first_name, user.last_name) == ("Piet Smit", "")


def test_a_second_login_updates_name_e_mail_roles_and_team_and_keeps_what_was_given_here(oidc, mappings):
    from django.contrib.auth.models import Group

    oidc.account("jan", "sub-jan", name="Jan de Vries", groups=["KM-Centrum", "Analisten"])
    first_session, _response = oidc.login("jan")
    user = logged_in_user(first_session, oidc.live_url)
    user.groups.add(Group.objects.get_or_create(name=Role.BUDDY.value)[0])  # offered places as a buddy, here

    oidc.account("jan", "sub-jan", name="Jan Jansen-de Vries", email="jan.jansen@gemeente.example",
                 groups=["KM-Noord", "MT-leden"])
    second_session, response = oidc.login("jan")
    assert urlsplit(response.url).path == DASHBOARD
    again = logged_in_user(second_session, oidc.live_url)
    assert again.pk == user.pk and get_user_model().objects.count() == 1
    assert (again.first_name, again.email) == ("Jan Jansen-de Vries", "jan.jansen@gemeente.example")
    assert role_names(again) == {"deelnemer", "mt", "buddy"}  # analist taken back, buddy kept
    assert Participant.objects.get(user=again).team == mappings["noord"]

    oidc.account("jan", "sub-jan", name="Jan Jansen-de Vries", groups=[])
    third_session, _response = oidc.login("jan")
    assert role_names(logged_in_user(third_session, oidc.live_url)) == {"deelnemer", "buddy"}
    assert Participant.objects.get(user=again).team is None  # the team the login gave, taken back


def test_a_team_the_administrator_set_by_hand_stays_when_no_group_names_one(oidc, mappings):
    oidc.account("jan", "sub-jan", name="Jan", groups=[])
    session, _response = oidc.login("jan")
    participant = Participant.objects.get(user=logged_in_user(session, oidc.live_url))
    participant.team = mappings["noord"]
    participant.save()
    oidc.login("jan")
    participant.refresh_from_db()
    assert participant.team == mappings["noord"]


def test_a_person_is_known_by_the_subject_never_by_the_e_mail_address(oidc, mappings):
    from tests.factories import make_user

    local = make_user("jan-lokaal", Role.PARTICIPANT)
    local.email = "jan@gemeente.example"
    local.save()
    oidc.account("jan", "sub-jan", name="Jan", email="jan@gemeente.example")
    session, _response = oidc.login("jan")
    user = logged_in_user(session, oidc.live_url)
    assert user.pk != local.pk
    oidc.account("jan", "sub-jan-nieuw", name="Jan", email="jan@gemeente.example")  # a new person, same address
    second, _response = oidc.login("jan")
    assert logged_in_user(second, oidc.live_url).pk not in (user.pk, local.pk)
    assert OrganisationAccount.objects.count() == 2


# --- Answers that do not verify ----------------------------------------------------------------------------------


@pytest.mark.parametrize(("mode", "logged"), [
    ("signature", "the signature does not verify"),
    ("audience", "issued for another audience than this site"),
])
def test_a_tampered_id_token_is_refused_in_dutch(oidc, mappings, caplog, mode, logged):
    caplog.set_level(logging.INFO, logger="lms.people.oidc")
    oidc.account("jan", "sub-jan", name="Jan", groups=["KM-Centrum"])
    oidc.tamper(mode)
    session, response = oidc.login("jan")
    assert_refused_in_dutch(response, session, oidc, 400, "Inloggen niet gelukt",
                            "Het antwoord van de inlogdienst van je gemeente klopte niet")
    assert logged in caplog.text
    assert not OrganisationAccount.objects.exists() and not get_user_model().objects.exists()


def test_an_answer_without_the_nonce_is_refused(oidc, mappings, caplog):
    caplog.set_level(logging.INFO, logger="lms.people.oidc")
    oidc.account("jan", "sub-jan", name="Jan")
    session, _authorization, form = oidc.start(alter=lambda url: without_param(url, "nonce"))
    callback, _page = oidc.sign_in_at_provider(session, form, "jan")
    response = session.get(callback, timeout=30)
    assert_refused_in_dutch(response, session, oidc, 400, "Inloggen niet gelukt")
    assert "nonce missing or not the one this session sent" in caplog.text
    assert not get_user_model().objects.exists()


def test_a_replayed_answer_is_refused_in_another_session_and_in_the_same_one(oidc, mappings, caplog):
    caplog.set_level(logging.INFO, logger="lms.people.oidc")
    oidc.account("jan", "sub-jan", name="Jan")
    session, _authorization, form = oidc.start()
    callback, _page = oidc.sign_in_at_provider(session, form, "jan")
    assert urlsplit(session.get(callback, timeout=30).url).path == DASHBOARD

    attacker, _authorization, _form = oidc.start()  # with a login of its own under way
    replayed = attacker.get(callback, timeout=30)
    assert_refused_in_dutch(replayed, attacker, oidc, 400, "of het was al eens gebruikt")

    again = session.get(callback, timeout=30)
    assert_refused_in_dutch(again, session, oidc, 400, "Inloggen niet gelukt")
    assert caplog.text.count("state unknown to this session") == 2


def test_an_answer_from_another_issuer_is_refused(oidc, mappings):
    oidc.account("jan", "sub-jan", name="Jan")
    session, _authorization, form = oidc.start()
    callback, _page = oidc.sign_in_at_provider(session, form, "jan")
    forged = callback.replace("iss=", "iss=https%3A%2F%2Fandere-inlogdienst.example&was=")
    assert_refused_in_dutch(session.get(forged, timeout=30), session, oidc, 400, "Inloggen niet gelukt")


def test_a_cancelled_login_at_the_provider_is_explained(oidc):
    session, authorization, _form = oidc.start()
    state = parse_qs(urlsplit(authorization).query)["state"][0]
    response = session.get(oidc.live_url + reverse("lms:account:oidc_callback"),
                           params={"error": "access_denied", "state": state}, timeout=30)
    assert_refused_in_dutch(response, session, oidc, 403, "heeft het inloggen afgebroken of geweigerd")


# --- People who may not come in ------------------------------------------------------------------------------------


def test_a_person_deactivated_at_the_provider_never_gets_a_session(oidc, mappings):
    oidc.account("jan", "sub-jan", name="Jan", active=False)
    session, _authorization, form = oidc.start()
    callback, page = oidc.sign_in_at_provider(session, form, "jan")
    assert callback is None and "Dit account is uitgeschakeld." in page.text
    assert logged_in_user(session, oidc.live_url) is None and not get_user_model().objects.exists()


def test_a_person_deactivated_while_logged_in_at_the_provider_is_not_let_in_again(oidc, mappings):
    oidc.account("jan", "sub-jan", name="Jan")
    session, _response = oidc.login("jan")
    for cookie in [c for c in session.cookies if c.name == "sessionid"]:
        session.cookies.clear(cookie.domain, cookie.path, cookie.name)  # logged out here, still in at the provider
    oidc.deactivate("jan")
    session, _authorization, form = oidc.start(session)
    assert "Inloggen bij de gemeente" in form.text  # the provider no longer honours its own session
    callback, page = oidc.sign_in_at_provider(session, form, "jan")
    assert callback is None and "uitgeschakeld" in page.text
    assert logged_in_user(session, oidc.live_url) is None


def test_a_person_deactivated_between_the_form_and_the_token_gets_no_session(oidc, mappings):
    oidc.account("jan", "sub-jan", name="Jan")
    session, _authorization, form = oidc.start()
    callback, _page = oidc.sign_in_at_provider(session, form, "jan")
    oidc.deactivate("jan")
    response = session.get(callback, timeout=30)
    assert_refused_in_dutch(response, session, oidc, 400, "Inloggen niet gelukt")
    assert not get_user_model().objects.exists()


def test_a_person_switched_off_here_loses_the_session_and_cannot_log_in(oidc, mappings):
    oidc.account("jan", "sub-jan", name="Jan")
    session, _response = oidc.login("jan")
    user = logged_in_user(session, oidc.live_url)
    get_user_model().objects.filter(pk=user.pk).update(is_active=False)
    after = session.get(oidc.live_url + DASHBOARD, allow_redirects=False, timeout=30)
    assert after.status_code == 302 and urlsplit(after.headers["Location"]).path == reverse("lms:account:login")
    _session, response = oidc.login("jan")
    assert response.status_code == 403 and "Je account staat uit" in response.text


def test_a_person_who_stepped_out_is_refused_until_the_administrator_lets_them_back_in(oidc, mappings, client):
    from lms.privacy import services
    from lms.privacy.registry import DELETE
    from tests.factories import make_user

    oidc.account("jan", "sub-jan", name="Jan de Vries", groups=["KM-Centrum"])
    session, _response = oidc.login("jan")
    former = logged_in_user(session, oidc.live_url)
    services.step_out(former, DELETE)
    account = OrganisationAccount.objects.get()
    assert account.user is None and account.stepped_out_at is not None and account.subject == "sub-jan"

    refused_session, response = oidc.login("jan")
    assert_refused_in_dutch(response, refused_session, oidc, 403, "Je bent uitgestapt",
                            "Vraag de functioneel beheerder om je weer toe te laten", "sub-jan")
    assert get_user_model().objects.filter(is_active=True).count() == 0

    admin = make_user("beheerder", Role.ADMINISTRATOR, participant=False, is_superuser=True, is_staff=True)
    client.force_login(admin)
    listing = client.get("/admin/organisatie/uitgestapt/")
    assert listing.status_code == 200 and "sub-jan" in listing.content.decode()
    assert client.get("/admin/organisatie/uitgestapt/new/").status_code in (302, 403)
    client.post(f"/admin/organisatie/uitgestapt/delete/{account.pk}/")
    assert not OrganisationAccount.objects.exists()

    back, response = oidc.login("jan")
    assert urlsplit(response.url).path == DASHBOARD
    newcomer = logged_in_user(back, oidc.live_url)
    assert newcomer.pk != former.pk and role_names(newcomer) == {"deelnemer"}


# --- Logging out ---------------------------------------------------------------------------------------------------


def csrf_of(session, live_url):
    page = session.get(live_url + reverse("lms:people:profile"), timeout=30)
    forms = [form for form in Forms(page.text).forms if form["action"] == reverse("lms:account:logout")]
    return page, forms[0]["fields"]["csrfmiddlewaretoken"]


def test_logout_ends_the_session_here_and_at_the_provider(oidc, mappings):
    oidc.account("jan", "sub-jan", name="Jan")
    session, _response = oidc.login("jan")
    # While the provider's session lasts, a new login there needs no form.
    _session, _authorization, silent = oidc.start(requests.Session())
    assert "Inloggen bij de gemeente" in silent.text  # (another browser: the form)
    _same, _authorization, silent = oidc.start(session)
    assert urlsplit(silent.url).path == DASHBOARD  # (this browser: straight back)

    page, token = csrf_of(session, oidc.live_url)
    assert oidc.issuer in page.headers["Content-Security-Policy"]  # the logout form may lead to the provider
    out = session.post(oidc.live_url + reverse("lms:account:logout"), data={"csrfmiddlewaretoken": token},
                       headers={"Referer": page.url}, allow_redirects=False, timeout=30)
    end_session = out.headers["Location"]
    assert end_session.startswith(oidc.issuer + "/session/end?")
    params = parse_qs(urlsplit(end_session).query)
    assert params["post_logout_redirect_uri"] == [oidc.live_url + reverse("lms:account:login")]
    assert params["id_token_hint"][0].count(".") == 2 and params["client_id"] == [CLIENT_ID]
    assert logged_in_user(session, oidc.live_url) is None

    confirm = session.get(end_session, timeout=30)
    back = submit(session, confirm)
    assert urlsplit(back.url).path == reverse("lms:account:login") and "Je bent uitgelogd." in back.text

    _session, _authorization, form = oidc.start(session)
    assert "Inloggen bij de gemeente" in form.text  # the provider asks again: its session ended too


def test_a_password_login_logs_out_here_only(oidc, client, org):
    client.force_login(org.owner)
    response = client.post(reverse("lms:account:logout"))
    assert response.status_code == 302 and response.headers["Location"] == reverse("lms:account:login")
