"""A client's session rating on a one-time link (lms/cycles/ratings.py): the link works once, expires, names nobody
and tells a guesser nothing; the answers are the klantmanager's alone."""

import datetime
import hashlib

import pytest
from django.core import mail, serializers
from django.core.cache import cache
from django.core.exceptions import ValidationError
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone

from lms.cycles.models import RatingInvitation, SessionRating
from lms.cycles.services import ratings
from lms.cycles.views.ratings import GUESS_LIMIT
from lms.people import access
from lms.privacy import services as privacy
from lms.privacy.registry import ANONYMISE, DELETE, providers

pytestmark = pytest.mark.django_db

ANSWERS = {"relationship": 9, "goals_topics": 7, "approach": 10, "overall": 8}
OTHERS = ("mt", "colleague", "buddy", "teamcoach", "analyst", "interviewer", "editor", "admin")


@pytest.fixture(autouse=True)
def named_owner(db, request):
    if "org" in request.fixturenames:
        org = request.getfixturevalue("org")
        org.owner.first_name, org.owner.last_name = "Sanne", "Bakker"
        org.owner.save(update_fields=["first_name", "last_name"])


@pytest.fixture(autouse=True)
def fresh_cache():
    cache.clear()  # the guessing counter lives in the cache
    yield
    cache.clear()


def rate_url(token):
    return reverse("lms:cycles:rate", args=[token])


def post_answers(client, token, answers=ANSWERS, **extra):
    return client.post(rate_url(token), {name: str(value) for name, value in answers.items()}, **extra)


def expired_token(owner):
    _invitation, token = ratings.create_invitation(owner, "C-9", now=timezone.now() - datetime.timedelta(days=15))
    return token


def used_token(owner):
    _invitation, token = ratings.create_invitation(owner, "C-9")
    ratings.submit_rating(token, ANSWERS)
    return token


# --- the link --------------------------------------------------------------------------------------------------------


def test_the_raw_token_is_handed_out_once_and_only_its_hash_is_stored(org):
    invitation, token = ratings.create_invitation(org.owner, " C-17 ")
    assert len(token) == 43 and ratings.TOKEN_PATTERN.fullmatch(token)
    assert invitation.token_hash == hashlib.sha256(token.encode()).hexdigest()
    assert invitation.client_code == "C-17"
    dump = serializers.serialize("json", RatingInvitation.objects.all())
    assert token not in dump
    # The link carries the token only: no client code, no name, no id.
    url = rate_url(token)
    assert url == f"/cycli/gesprek-beoordelen/{token}/"
    assert "C-17" not in url and str(org.owner.pk) not in url.replace(token, "")


def test_the_client_code_must_be_a_pseudonym(org):
    with pytest.raises(ValidationError):
        ratings.create_invitation(org.owner, "Jan de Vries")
    assert not RatingInvitation.objects.exists()


def test_the_link_expires_after_the_configured_days(org, settings):
    invitation, _token = ratings.create_invitation(org.owner, "C-1")
    assert invitation.expires_at - invitation.created_at == datetime.timedelta(days=14)
    settings.VKNZ_RATING_LINK_DAYS = 3
    invitation, _token = ratings.create_invitation(org.owner, "C-1")
    assert invitation.expires_at - invitation.created_at == datetime.timedelta(days=3)


def test_the_client_rates_without_an_account_and_the_answers_go_with_the_client_code_only(org, client):
    _invitation, token = ratings.create_invitation(org.owner, "C-17")
    page = client.get(rate_url(token))
    assert page.status_code == 200
    html = page.content.decode()
    assert "Hoe was het gesprek?" in html
    assert html.count("<fieldset") == 4 and html.count('type="radio"') == 44 and html.count("<legend") == 4
    assert "vknz-nav" not in html and "Inloggen" not in html  # no platform menu, nothing to log in to
    assert "Bakker" not in html and "C-17" not in html  # the page names nobody
    assert page["Cache-Control"] == "no-store" and page["Referrer-Policy"] == "same-origin"
    response = post_answers(client, token)
    assert response.status_code == 302 and response.url == reverse("lms:cycles:rate_thanks")
    assert "Bedankt" in client.get(response.url).content.decode()
    rating = SessionRating.objects.get()
    assert (rating.owner, rating.client_code, rating.values()) == (org.owner, "C-17", [9, 7, 10, 8])
    assert rating.invitation.used_at is not None


def test_a_used_link_is_refused(org, client):
    _invitation, token = ratings.create_invitation(org.owner, "C-17")
    assert post_answers(client, token).status_code == 302
    again = post_answers(client, token, {**ANSWERS, "overall": 1})
    assert again.status_code == 404 and "Deze link werkt niet (meer)" in again.content.decode()
    assert client.get(rate_url(token)).status_code == 404
    assert SessionRating.objects.count() == 1 and SessionRating.objects.get().overall == 8
    with pytest.raises(ratings.InvalidLink):
        ratings.submit_rating(token, ANSWERS)


def test_an_expired_link_is_refused(org, client, settings):
    _invitation, token = ratings.create_invitation(org.owner, "C-17")
    later = timezone.now() + datetime.timedelta(days=14, seconds=1)
    with pytest.raises(ratings.InvalidLink):
        ratings.submit_rating(token, ANSWERS, now=later)
    assert client.get(rate_url(expired_token(org.owner))).status_code == 404
    assert post_answers(client, expired_token(org.owner)).status_code == 404
    assert not SessionRating.objects.exists()


def test_wrong_tokens_look_exactly_like_expired_and_used_ones(org, client):
    tokens = {
        "expired": expired_token(org.owner),
        "used": used_token(org.owner),
        "unknown": "A" * 43,
        "too short": "abc",
        "too long": "A" * 44,
        "odd characters": "%C3%A9" * 10,
        "revoked": None,
    }
    invitation, tokens["revoked"] = ratings.create_invitation(org.owner, "C-9")
    ratings.revoke_invitation(org.owner, invitation)
    answers = {}
    for name, token in tokens.items():
        for method in ("get", "post"):
            cache.clear()  # each answered as the first of its kind: nothing kept from the one before
            with CaptureQueriesContext(connection) as queries:
                response = getattr(client, method)(rate_url(token))
            # The same work for each: one hash, one lookup by that hash (and what follows any 404 alike).
            lookups = [q["sql"] for q in queries.captured_queries if "token_hash" in q["sql"]]
            answers[(name, method)] = (response.status_code, response.content, len(queries), len(lookups))
    assert len(set(answers.values())) == 1, answers.keys()
    status, body, _queries, lookups = next(iter(answers.values()))
    assert status == 404 and lookups == 1 and "Vraag je klantmanager om een nieuwe link" in body.decode()


def test_the_form_page_sets_the_csrf_cookie_and_a_post_without_the_token_is_refused(org):
    browser = Client(enforce_csrf_checks=True)
    _invitation, token = ratings.create_invitation(org.owner, "C-17")
    page = browser.get(rate_url(token))
    assert "csrftoken" in page.cookies and 'name="csrfmiddlewaretoken"' in page.content.decode()
    refused = post_answers(browser, token)
    assert refused.status_code == 403 and not SessionRating.objects.exists()
    data = {**{name: str(value) for name, value in ANSWERS.items()},
            "csrfmiddlewaretoken": page.cookies["csrftoken"].value}
    assert browser.post(rate_url(token), data).status_code == 302
    assert SessionRating.objects.count() == 1


def test_an_incomplete_form_is_shown_again_and_the_link_stays_usable(org, client):
    _invitation, token = ratings.create_invitation(org.owner, "C-17")
    response = post_answers(client, token, {"relationship": 5, "goals_topics": 11})
    assert response.status_code == 200
    html = response.content.decode()
    assert "Je hebt nog niet alle vragen beantwoord" in html and "Kies een getal van 0 tot 10." in html
    assert 'value="5" checked' in html  # what was chosen stays chosen
    assert not SessionRating.objects.exists()
    assert post_answers(client, token).status_code == 302


@pytest.mark.parametrize("value", [-1, 11, "zeven", None, True])
def test_the_service_takes_only_numbers_from_0_to_10(org, value):
    _invitation, token = ratings.create_invitation(org.owner, "C-17")
    with pytest.raises(ValidationError):
        ratings.submit_rating(token, {**ANSWERS, "approach": value})
    assert ratings.submit_rating(token, {**ANSWERS, "approach": 0}).approach == 0


def test_guessing_is_stopped_per_address_with_a_dutch_page(org, client):
    _invitation, token = ratings.create_invitation(org.owner, "C-17")
    for attempt in range(GUESS_LIMIT):
        assert client.get(rate_url(f"{attempt:043d}"), REMOTE_ADDR="203.0.113.7").status_code == 404
    blocked = client.get(rate_url("B" * 43), REMOTE_ADDR="203.0.113.7")
    assert blocked.status_code == 429 and "Probeer het later opnieuw" in blocked.content.decode()
    assert int(blocked["Retry-After"]) > 0
    # A good link from that address waits too: otherwise the limit would still tell a guess that hit.
    assert client.get(rate_url(token), REMOTE_ADDR="203.0.113.7").status_code == 429
    assert post_answers(client, token, REMOTE_ADDR="203.0.113.7").status_code == 429
    # Another address is not held up.
    assert client.get(rate_url(token), REMOTE_ADDR="198.51.100.2").status_code == 200
    cache.clear()  # the window passed
    assert client.get(rate_url(token), REMOTE_ADDR="203.0.113.7").status_code == 200


def test_guesses_count_per_client_as_the_lockout_finds_it_behind_the_proxy(org, client, settings):
    settings.VKNZ_PROXY_COUNT = 1  # lms.people.client_address, as AXES_CLIENT_IP_CALLABLE
    for attempt in range(GUESS_LIMIT):
        client.get(rate_url(f"{attempt:043d}"), REMOTE_ADDR="10.0.0.1", HTTP_X_FORWARDED_FOR="203.0.113.7")
    assert client.get(rate_url("C" * 43), REMOTE_ADDR="10.0.0.1",
                      HTTP_X_FORWARDED_FOR="203.0.113.7").status_code == 429
    # Another client behind the same proxy is not held up; a forged left-hand entry changes nothing.
    assert client.get(rate_url("C" * 43), REMOTE_ADDR="10.0.0.1",
                      HTTP_X_FORWARDED_FOR="198.51.100.2").status_code == 404
    assert client.get(rate_url("C" * 43), REMOTE_ADDR="10.0.0.1",
                      HTTP_X_FORWARDED_FOR="1.2.3.4, 203.0.113.7").status_code == 429


# --- the klantmanager ------------------------------------------------------------------------------------------------


def rate(owner, code, days_ago, **answers):
    _invitation, token = ratings.create_invitation(owner, code)
    rating = ratings.submit_rating(token, {**ANSWERS, **answers})
    SessionRating.objects.filter(pk=rating.pk).update(created_at=timezone.now() - datetime.timedelta(days=days_ago))
    return rating


def test_the_owner_sees_the_trend_per_client_and_over_all_clients_with_the_cut_off_as_a_conversation_starter(
        org, client):
    rate(org.owner, "C-17", 70, relationship=6)
    rate(org.owner, "C-17", 5, relationship=9, goals_topics=9, overall=10)
    rate(org.owner, "C-23", 4, approach=3)
    result = ratings.trend(org.owner)
    assert result.total == 3
    assert [c.client_code for c in result.clients] == ["C-23", "C-17"]  # the latest first
    first, second = result.clients[1].rows  # oldest first
    assert [cell.below for cell in first.cells] == [True, True, False, True] and first.talk
    assert [cell.value for cell in second.cells] == [9, 9, 10, 10] and not second.talk
    assert sum(month.count for month in result.months) == 3
    client.force_login(org.owner)
    html = client.get(reverse("lms:cycles:ratings")).content.decode()
    assert "Gespreksbeoordelingen" in html and "C-17" in html and "C-23" in html
    assert "bespreek dit" in html and "Geen cijfer, wel een begin van een gesprek." in html
    assert "Over al je cliënten" in html


def test_nobody_else_sees_a_rating_or_a_link(org, client):
    rating = rate(org.owner, "C-17", 1)
    invitation, _token = ratings.create_invitation(org.owner, "C-18")
    for role in OTHERS:
        person = getattr(org, role)
        for obj in (rating, invitation):
            for action in (access.VIEW, access.CHANGE, access.DELETE):
                assert not access.decide(person, action, obj), (role, action)
        assert not access.visible_to(person, SessionRating.objects.all()).exists()
        assert not access.visible_to(person, RatingInvitation.objects.all()).exists()
        client.force_login(person)
        page = client.get(reverse("lms:cycles:ratings")).content.decode()
        assert "C-17" not in page and "C-18" not in page, role
        assert client.post(reverse("lms:cycles:rating_delete", args=[rating.pk]),
                           {"bevestigd": "ja"}).status_code == 403
        assert client.post(reverse("lms:cycles:rating_link_revoke", args=[invitation.pk])).status_code == 403
    assert SessionRating.objects.filter(pk=rating.pk).exists()
    assert RatingInvitation.objects.filter(pk=invitation.pk).exists()
    assert org.admin.is_superuser
    assert access.decide(org.owner, access.VIEW, rating) and access.decide(org.owner, access.DELETE, invitation)


def test_the_owners_page_makes_a_bounded_number_of_queries(org, client, django_assert_max_num_queries):
    client.force_login(org.owner)
    for index in range(2):
        rate(org.owner, f"C-{index % 2}", index * 9)
    with django_assert_max_num_queries(20) as few:
        assert client.get(reverse("lms:cycles:ratings")).status_code == 200
    for index in range(2, 30):
        rate(org.owner, f"C-{index % 7}", index * 9)
    ratings.create_invitation(org.owner, "C-40")
    with django_assert_max_num_queries(len(few.captured_queries)):
        response = client.get(reverse("lms:cycles:ratings"))
    assert response.content.decode().count("Verwijderen<span") == 30


def test_a_new_link_is_shown_once_with_a_qr_code_and_works(org, client):
    client.force_login(org.owner)
    form = client.get(reverse("lms:cycles:rating_new"))
    assert form.status_code == 200 and "14 dagen" in form.content.decode()
    refused = client.post(reverse("lms:cycles:rating_new"), {"client_code": "Jan de Vries"})
    assert "Dit lijkt op een naam" in refused.content.decode() and not RatingInvitation.objects.exists()
    response = client.post(reverse("lms:cycles:rating_new"), {"client_code": "C-17"})
    assert response.status_code == 200 and response["Cache-Control"] == "no-store"
    html = response.content.decode()
    link = html.split('<p class="vknz-rating-link"><code>')[1].split("</code>")[0]
    assert link.startswith("http://testserver/cycli/gesprek-beoordelen/")
    assert "Je ziet deze link alleen nu." in html
    invitation = RatingInvitation.objects.get()
    assert (invitation.owner, invitation.client_code) == (org.owner, "C-17")
    client.logout()
    assert client.get(link).status_code == 200
    assert not mail.outbox


def test_the_qr_code_is_an_inline_svg_of_the_link(org, client):
    pytest.importorskip("segno")
    client.force_login(org.owner)
    html = client.post(reverse("lms:cycles:rating_new"), {"client_code": "C-17"}).content.decode()
    assert '<svg viewBox="' in html and 'class="vknz-qr"' in html and "<title>QR-code met de link</title>" in html


def test_the_link_goes_by_mail_only_to_a_typed_address_which_is_not_kept(org, client):
    client.force_login(org.owner)
    address = "client.adres@voorbeeld.nl"
    response = client.post(reverse("lms:cycles:rating_new"), {"client_code": "C-17", "email": address})
    assert "De link is per e-mail verstuurd" in response.content.decode()
    assert len(mail.outbox) == 1 and mail.outbox[0].to == [address]
    message = mail.outbox[0]
    assert "/cycli/gesprek-beoordelen/" in message.body and "C-17" not in message.body
    assert "Bakker" not in message.body and "Sanne" not in message.body
    from django.apps import apps

    # Nowhere in the database: every row of every model, as the step-out test looks for markers.
    everything = serializers.serialize("json", [obj for model in apps.get_models() if not model._meta.proxy
                                                for obj in model._default_manager.all()])
    assert address not in everything


def test_the_owner_revokes_a_link_and_deletes_a_rating(org, client):
    client.force_login(org.owner)
    invitation, token = ratings.create_invitation(org.owner, "C-17")
    page = client.get(reverse("lms:cycles:ratings")).content.decode()
    assert "Links die nog werken" in page
    client.post(reverse("lms:cycles:rating_link_revoke", args=[invitation.pk]))
    assert Client().get(rate_url(token)).status_code == 404
    rating = rate(org.owner, "C-17", 1)
    confirm = client.get(reverse("lms:cycles:rating_delete", args=[rating.pk]))
    assert "Beoordeling verwijderen" in confirm.content.decode()
    assert SessionRating.objects.filter(pk=rating.pk).exists()
    client.post(reverse("lms:cycles:rating_delete", args=[rating.pk]), {"bevestigd": "ja"})
    assert not SessionRating.objects.filter(pk=rating.pk).exists()


def test_expired_links_are_cleaned_up_and_ratings_stay(org):
    rating = rate(org.owner, "C-17", 1)
    expired_token(org.owner)
    open_invitation, _token = ratings.create_invitation(org.owner, "C-18")
    assert ratings.purge_invitations(now=timezone.now() + datetime.timedelta(days=1)) == 1
    assert list(RatingInvitation.objects.all()) == [open_invitation, rating.invitation]
    ratings.purge_invitations(now=timezone.now() + datetime.timedelta(days=30))
    rating.refresh_from_db()
    assert rating.invitation is None and not RatingInvitation.objects.exists()


def test_the_cycles_page_links_to_the_ratings(org, client):
    client.force_login(org.owner)
    assert reverse("lms:cycles:ratings") in client.get(reverse("lms:cycles:list")).content.decode()


# --- privacy ---------------------------------------------------------------------------------------------------------


def test_export_holds_the_owners_links_and_ratings_and_nobody_elses(org):
    rate(org.owner, "C-17", 1)
    ratings.create_invitation(org.owner, "C-18")
    rate(org.colleague, "C-99", 1)
    data = privacy.collect(org.owner)["lms_cycles"]
    assert [row["client_code"] for row in data["lms_cycles.SessionRating"]] == ["C-17"]
    assert {row["client_code"] for row in data["lms_cycles.RatingInvitation"]} == {"C-17", "C-18"}
    names = providers()["lms_cycles"].names()
    assert names["lms_cycles.SessionRating"] == "gespreksbeoordelingen van cliënten"


@pytest.mark.parametrize("mode", [DELETE, ANONYMISE])
def test_stepping_out_removes_every_link_and_rating(org, mode):
    rate(org.owner, "MARKER-1", 1)
    ratings.create_invitation(org.owner, "MARKER-2")
    rate(org.colleague, "C-99", 1)
    privacy.step_out(org.owner, mode)
    dump = serializers.serialize("json", [*RatingInvitation.objects.all(), *SessionRating.objects.all()])
    assert "MARKER" not in dump
    assert not SessionRating.objects.filter(owner=org.owner).exists()
    assert not RatingInvitation.objects.filter(owner=org.owner).exists()
    assert SessionRating.objects.filter(owner=org.colleague).count() == 1
