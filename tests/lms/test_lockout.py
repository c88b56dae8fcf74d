"""Login lockout behind the reverse proxy counts per client, as production configures it (issue #15, found 3).

The attacker sits behind the same proxy as everybody else: every request reaches Django from the proxy's address,
with the client's address appended to X-Forwarded-For by the proxy (and anything the client wrote left of it).
"""

import json
import os
import subprocess
import sys

import pytest
from django.conf import settings
from django.test import Client
from django.urls import reverse

pytestmark = pytest.mark.django_db

PASSWORD = "geheim-wachtwoord-1"
PROXY = "10.0.0.2"
CLIENT_A = "203.0.113.7"
CLIENT_B = "198.51.100.23"
AXES_NAMES = ["AXES_CLIENT_IP_CALLABLE", "AXES_LOCKOUT_PARAMETERS", "AXES_FAILURE_LIMIT", "AXES_COOLOFF_TIME",
              "VKNZ_PROXY_COUNT"]


@pytest.fixture(scope="module")
def production_lockout_settings():
    """The lockout settings exactly as vknz_site.settings.production makes them, read in a process of their own."""
    script = (
        "import json, django; from django.conf import settings; django.setup(); "
        f"print(json.dumps({{name: getattr(settings, name) for name in {AXES_NAMES!r}}}))"
    )
    env = {
        **{k: v for k, v in os.environ.items() if k not in {"DJANGO_PROXY_COUNT", "DATABASE_URL"}},
        "DJANGO_SETTINGS_MODULE": "vknz_site.settings.production",
        "DJANGO_SECRET_KEY": "x" * 60,
        "DJANGO_ALLOWED_HOSTS": "testserver",
    }
    result = subprocess.run(  # noqa: S603 - our own settings
        [sys.executable, "-c", script], cwd=settings.BASE_DIR, env=env, capture_output=True, text=True, check=True,
    )
    return json.loads(result.stdout.strip().splitlines()[-1])


@pytest.fixture
def production_lockout(production_lockout_settings, settings):
    for name, value in production_lockout_settings.items():
        setattr(settings, name, value)
    return production_lockout_settings


def through_proxy(client_address, spoofed=None):
    """A browser behind the proxy: the proxy appends the address it saw to whatever the client sent."""
    forwarded = f"{spoofed}, {client_address}" if spoofed else client_address
    return Client(REMOTE_ADDR=PROXY, HTTP_X_FORWARDED_FOR=forwarded)


def login(client, username, password):
    return client.post(reverse("lms:account:login"), {"username": username, "password": password})


def direct(peer, forwarded=None):
    """A request straight from `peer`, with whatever X-Forwarded-For it chose to send."""
    return Client(REMOTE_ADDR=peer, **({"HTTP_X_FORWARDED_FOR": forwarded} if forwarded else {}))


def test_production_counts_failures_per_username_and_client_behind_one_proxy(production_lockout):
    assert production_lockout["VKNZ_PROXY_COUNT"] == 1
    assert production_lockout["AXES_CLIENT_IP_CALLABLE"] == "lms.people.client_address.client_address"
    assert production_lockout["AXES_LOCKOUT_PARAMETERS"] == [["username", "ip_address"]]
    assert production_lockout["AXES_FAILURE_LIMIT"] == 5


def test_five_wrong_passwords_from_one_client_lock_out_that_client_only(production_lockout, org):
    attacker = through_proxy(CLIENT_A)
    for _ in range(4):
        assert login(attacker, "eigenaar", "fout").status_code == 200
    assert login(attacker, "eigenaar", "fout").status_code == 429
    assert login(attacker, "eigenaar", PASSWORD).status_code == 429

    owner = through_proxy(CLIENT_B)
    response = login(owner, "eigenaar", PASSWORD)
    assert response.status_code == 302
    assert owner.session["_auth_user_id"] == str(org.owner.pk)


def test_a_spoofed_leftmost_forwarded_address_does_not_escape_the_lockout(production_lockout, org):
    for attempt in range(5):
        login(through_proxy(CLIENT_A, spoofed=f"192.0.2.{attempt}"), "eigenaar", "fout")
    for spoofed in ["192.0.2.99", CLIENT_B, f"{CLIENT_B}, 192.0.2.1"]:
        retry = through_proxy(CLIENT_A, spoofed=spoofed)
        assert login(retry, "eigenaar", PASSWORD).status_code == 429
        assert "_auth_user_id" not in retry.session


def test_spoofed_addresses_do_not_spread_the_lockout_to_the_address_they_name(production_lockout, org):
    for _ in range(5):
        login(through_proxy(CLIENT_A, spoofed=CLIENT_B), "eigenaar", "fout")
    assert login(through_proxy(CLIENT_B), "eigenaar", PASSWORD).status_code == 302


def test_without_a_proxy_the_peer_address_counts_and_a_forwarded_header_is_ignored(settings, org):
    settings.VKNZ_PROXY_COUNT = 0
    for attempt in range(5):
        login(direct(CLIENT_A, f"192.0.2.{attempt}"), "eigenaar", "fout")
    assert login(direct(CLIENT_A, "192.0.2.50"), "eigenaar", PASSWORD).status_code == 429
    assert login(direct(CLIENT_B), "eigenaar", PASSWORD).status_code == 302


def test_a_request_that_bypassed_a_proxy_counts_on_its_peer_address(settings, org):
    settings.VKNZ_PROXY_COUNT = 2  # two proxies, but the header has one entry: the chain was not followed
    for attempt in range(5):
        login(direct(CLIENT_A, f"192.0.2.{attempt}"), "eigenaar", "fout")
    assert login(direct(CLIENT_A, "192.0.2.77"), "eigenaar", PASSWORD).status_code == 429


def test_an_entry_that_is_no_address_falls_back_to_the_peer(production_lockout, org):
    for _ in range(5):
        login(direct(PROXY, "<script>"), "eigenaar", "fout")
    assert login(through_proxy(CLIENT_B), "eigenaar", PASSWORD).status_code == 302
    assert login(direct(PROXY, "niet-een-adres"), "eigenaar", PASSWORD).status_code == 429
