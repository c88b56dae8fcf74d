"""Logging in and out, lockout, password reset, and the Dutch error pages."""

import re

import pytest
from django.core import mail
from django.core.exceptions import PermissionDenied
from django.urls import reverse

from lms.people import access
from tests.support.models import Journal

pytestmark = pytest.mark.django_db

PASSWORD = "geheim-wachtwoord-1"


def login(client, username, password):
    return client.post(reverse("lms:account:login"), {"username": username, "password": password})


def test_login_page_is_dutch(client):
    response = client.get(reverse("lms:account:login"))
    content = response.content.decode()
    assert response.status_code == 200
    assert '<html lang="nl"' in content
    assert "Gebruikersnaam" in content and "Wachtwoord" in content


def test_a_correct_login_leads_to_the_dashboard(client, org):
    response = login(client, "eigenaar", PASSWORD)
    assert response.status_code == 302 and response.url == reverse("lms:dashboard") == "/overzicht/"
    assert "Welkom" in client.get(response.url).content.decode()
    assert "Welkom" in client.get("/").content.decode()  # this site's start page shows the same overview


def test_a_wrong_password_shows_a_dutch_error_and_logs_nobody_in(client, org):
    response = login(client, "eigenaar", "fout")
    assert response.status_code == 200
    assert "Voer een juiste gebruikersnaam en wachtwoord in" in response.content.decode()
    assert "_auth_user_id" not in client.session


def test_repeated_failures_lock_the_account_even_for_the_right_password(client, org):
    for _ in range(4):
        assert login(client, "eigenaar", "fout").status_code == 200
    locked = login(client, "eigenaar", "fout")
    assert locked.status_code == 429
    assert "Tijdelijk geblokkeerd" in locked.content.decode()
    still_locked = login(client, "eigenaar", PASSWORD)
    assert still_locked.status_code == 429
    assert "_auth_user_id" not in client.session


def test_a_lockout_of_one_account_leaves_other_accounts_alone(client, org):
    for _ in range(5):
        login(client, "eigenaar", "fout")
    assert login(client, "collega", PASSWORD).status_code == 302


def test_logout_is_a_post_and_ends_the_session(client, org):
    client.force_login(org.owner)
    assert client.get(reverse("lms:account:logout")).status_code == 405
    response = client.post(reverse("lms:account:logout"))
    assert response.status_code == 302
    assert client.get("/meldingen/").status_code == 302  # back to the login page


def test_password_reset_mails_a_dutch_link_that_sets_a_new_password(client, org):
    response = client.post(reverse("lms:account:password_reset"), {"email": "eigenaar@example.org"})
    assert response.status_code == 302
    assert len(mail.outbox) == 1
    message = mail.outbox[0]
    assert "Nieuw wachtwoord" in message.subject
    link = re.search(r"http://testserver(/wachtwoord-herstellen/\S+/)", message.body).group(1)
    form_page = client.get(link, follow=True)
    assert "Nieuw wachtwoord kiezen" in form_page.content.decode()
    done = client.post(
        form_page.redirect_chain[-1][0],
        {"new_password1": "Een-nieuw-lang-wachtwoord-9", "new_password2": "Een-nieuw-lang-wachtwoord-9"},
    )
    assert done.status_code == 302
    assert login(client, "eigenaar", "Een-nieuw-lang-wachtwoord-9").status_code == 302


def test_password_reset_for_an_unknown_address_says_the_same_and_sends_nothing(client, org):
    response = client.post(reverse("lms:account:password_reset"), {"email": "onbekend@example.org"}, follow=True)
    assert "Kijk in je e-mail" in response.content.decode()
    assert mail.outbox == []


def test_an_unknown_address_gives_the_dutch_404_page(client):
    response = client.get("/deze-pagina-bestaat-niet/")
    assert response.status_code == 404
    assert "Pagina niet gevonden" in response.content.decode()


def test_a_refused_item_gives_the_403_page_with_the_reason(client, org, rf):
    from django.views.defaults import permission_denied

    journal = Journal.objects.create(owner=org.owner, title="Privé")
    request = rf.get("/")
    request.user = org.mt
    with pytest.raises(PermissionDenied) as refused:
        access.require(org.mt, access.VIEW, journal)
    response = permission_denied(request, refused.value, template_name="403.html")
    content = response.content.decode()
    assert response.status_code == 403
    assert "Geen toegang" in content
    assert "Leidinggevenden en het MT zien nooit persoonlijk leermateriaal" in content


def test_a_form_without_its_security_token_is_refused_in_dutch(org):
    from django.test import Client

    strict = Client(enforce_csrf_checks=True)
    response = strict.post(reverse("lms:account:login"), {"username": "eigenaar", "password": PASSWORD})
    assert response.status_code == 403
    assert "beveiligingscode" in response.content.decode()


def test_the_front_end_has_a_strict_content_security_policy_and_the_admin_a_looser_one(client, org):
    policy = client.get(reverse("lms:account:login"))["Content-Security-Policy"]
    assert "default-src 'self'" in policy and "object-src 'none'" in policy and "frame-ancestors 'none'" in policy
    assert "'unsafe-inline'" not in policy and "script-src 'self'" in policy  # a nonce is added when a page uses one
    client.force_login(org.editor)
    admin_response = client.get("/admin/")
    admin_policy = admin_response["Content-Security-Policy"]
    assert "'unsafe-inline'" in admin_policy and "frame-ancestors 'self'" in admin_policy


def test_every_response_switches_off_the_browser_features_the_platform_does_not_use(client, org):
    for response in (client.get(reverse("lms:account:login")), client.get("/bestaat-niet/")):
        policy = response["Permissions-Policy"]
        for feature in ("camera", "microphone", "geolocation", "payment", "usb"):
            assert f"{feature}=()" in policy
        assert "fullscreen" not in policy  # the leergang's video embeds may go full screen
    client.force_login(org.editor)
    assert "camera=()" in client.get("/admin/")["Permissions-Policy"]
