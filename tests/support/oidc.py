"""A real OpenID Connect provider for the tests (tests/support/oidc_provider.mjs, node's oidc-provider), and a
plain HTTP client that logs in through it against the live test server as a browser would: following redirects
and filling in the provider's login form. No part of the protocol is imitated in Python.

The fixtures are registered for every test by tests/conftest.py. `oidc` configures the site for the provider
(issuer, client, backend) for one test and resets the provider's accounts; `oidc.login(...)` returns the
`requests.Session` that went through the whole flow.

Node and the npm package are required, never optional: without them these tests fail and say what to install
(`npm ci`, as `make test` and .ci/run do), so a machine that lacks them cannot pass by skipping.
"""

import json
import os
import secrets
import shutil
import subprocess
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import parse_qs, urlencode, urljoin, urlsplit, urlunsplit

import pytest
import requests
from django.conf import settings
from django.urls import reverse

SCRIPT = Path(__file__).with_name("oidc_provider.mjs")
PACKAGE = Path(settings.BASE_DIR) / "node_modules" / "oidc-provider"
CLIENT_ID = "vknz-leerplatform"
BACKEND = "lms.people.oidc.backend.OrganisationAccountBackend"
PASSWORD = "gemeente-wachtwoord"


class Forms(HTMLParser):
    """The forms of a page: action, method and the values a browser would send (inputs and the first named
    submit button of each form)."""

    def __init__(self, html):
        super().__init__()
        self.forms = []
        self.feed(html)

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "form":
            self.forms.append({"action": attrs.get("action", ""), "method": attrs.get("method", "get").lower(),
                               "fields": {}})
        elif tag in ("input", "button") and self.forms and attrs.get("name"):
            fields = self.forms[-1]["fields"]
            if tag == "button" or attrs.get("type") == "submit":
                fields.setdefault(attrs["name"], attrs.get("value", ""))
            else:
                fields[attrs["name"]] = attrs.get("value", "")


def submit(session, response, values=None, index=0, allow_redirects=True):
    """Submit form number `index` of `response`'s page, with `values` filled in."""
    forms = Forms(response.text).forms
    assert forms, f"no form on {response.url}: {response.text[:500]}"
    form = forms[index]
    url = urljoin(response.url, form["action"] or response.url)
    data = {**form["fields"], **(values or {})}
    if form["method"] == "post":
        return session.post(url, data=data, allow_redirects=allow_redirects, timeout=30)
    return session.get(url, params=data, allow_redirects=allow_redirects, timeout=30)


def without_param(url, name):
    """`url` with one query parameter left out (what a tampering party would do to the authorization request)."""
    parts = urlsplit(url)
    query = {key: values for key, values in parse_qs(parts.query).items() if key != name}
    return urlunsplit(parts._replace(query=urlencode(query, doseq=True)))


class Provider:
    """The running provider: its issuer, its client for the live server, and its accounts (a JSON state file the
    node process reads at every use)."""

    def __init__(self, issuer, client_secret, state_path, live_url):
        self.issuer = issuer
        self.client_secret = client_secret
        self.state_path = state_path
        self.live_url = live_url
        self.reset()

    def _write(self, state):
        temporary = self.state_path.with_suffix(".tmp")
        temporary.write_text(json.dumps(state), encoding="utf-8")
        temporary.replace(self.state_path)  # atomic: the node process never reads half a file

    def _read(self):
        return json.loads(self.state_path.read_text(encoding="utf-8"))

    def reset(self):
        self._write({"accounts": {}, "tamper": None})

    def account(self, login, sub, *, name="", given_name=None, family_name=None, email=None, groups=(),
                active=True):
        """Add or change an account at the provider (its claims are what the next login sends)."""
        state = self._read()
        claims = {"name": name, "email": email or f"{login}@gemeente.example", "groups": list(groups)}
        if given_name is not None:
            claims["given_name"] = given_name
        if family_name is not None:
            claims["family_name"] = family_name
        state["accounts"][login] = {"sub": sub, "password": PASSWORD, "active": active, "claims": claims}
        self._write(state)

    def deactivate(self, login):
        state = self._read()
        state["accounts"][login]["active"] = False
        self._write(state)

    def tamper(self, mode):
        """"signature" or "audience" (see oidc_provider.mjs), or None."""
        state = self._read()
        state["tamper"] = mode
        self._write(state)

    # --- A browser, without the browser ----------------------------------------------------------------------

    def start(self, session=None, next_url=None, alter=None):
        """Click "Inloggen met je gemeente-account": the site's redirect to the provider (state, nonce, PKCE in
        the session), followed to the provider's login form. `alter` may change the authorization request first."""
        session = session or requests.Session()
        url = self.live_url + reverse("lms:account:oidc_login")
        if next_url:
            url += "?" + urlencode({"next": next_url})
        to_provider = session.get(url, allow_redirects=False, timeout=30)
        assert to_provider.status_code == 302, to_provider.text[:500]
        authorization = to_provider.headers["Location"]
        assert authorization.startswith(self.issuer), authorization
        if alter:
            authorization = alter(authorization)
        form = session.get(authorization, timeout=30)
        return session, authorization, form

    def sign_in_at_provider(self, session, form, login, password=PASSWORD):
        """Fill in the provider's login form; returns the address the provider sends the browser back to (the
        site's callback with code and state), or the provider's page when it refused."""
        response = submit(session, form, {"username": login, "password": password}, allow_redirects=False)
        while response.status_code in (302, 303) and not response.headers["Location"].startswith(self.live_url):
            response = session.get(urljoin(response.url, response.headers["Location"]), allow_redirects=False,
                                   timeout=30)
        if response.status_code in (302, 303):
            return response.headers["Location"], response
        return None, response

    def login(self, login, session=None, next_url=None):
        """The whole journey; returns (session, the site's last response)."""
        session, _authorization, form = self.start(session, next_url=next_url)
        callback, refused = self.sign_in_at_provider(session, form, login)
        assert callback is not None, f"the provider refused {login}: {refused.text[:500]}"
        return session, session.get(callback, timeout=30)


@pytest.fixture(scope="session")
def oidc_provider(live_server, tmp_path_factory):
    """The provider process, once per test run, with a client registered for the live server's callback."""
    node = shutil.which("node")
    if node is None:
        pytest.fail("node not found: the login tests run a real OpenID Connect provider on node "
                    "(Node 20 or later; see the README).")
    if not PACKAGE.exists():
        pytest.fail(f"{PACKAGE} not found: run `npm ci` (make test does) to install oidc-provider.")
    folder = tmp_path_factory.mktemp("oidc")
    state_path = folder / "state.json"
    state_path.write_text('{"accounts": {}, "tamper": null}', encoding="utf-8")
    secret = secrets.token_urlsafe(32)
    config = {
        "state": str(state_path),
        "clients": [{
            "client_id": CLIENT_ID, "client_secret": secret,
            "redirect_uris": [live_server.url + reverse("lms:account:oidc_callback")],
            "post_logout_redirect_uris": [live_server.url + reverse("lms:account:login")],
            "response_types": ["code"], "grant_types": ["authorization_code"],
            "token_endpoint_auth_method": "client_secret_post",
        }],
    }
    (folder / "config.json").write_text(json.dumps(config), encoding="utf-8")
    log = (folder / "provider.log").open("w")
    process = subprocess.Popen(  # noqa: S603 - our own script, on loopback
        [node, str(SCRIPT), str(folder / "config.json")], cwd=settings.BASE_DIR, stdout=subprocess.PIPE,
        stderr=log, text=True, env={**os.environ, "NODE_ENV": "test"})
    try:
        line = process.stdout.readline().strip()
        if not line.startswith("READY "):
            process.kill()
            pytest.fail(f"the OpenID Connect provider did not start: {line!r}\n"
                        f"{(folder / 'provider.log').read_text()[-2000:]}")
        yield Provider(line.split(" ", 1)[1], secret, state_path, live_server.url)
    finally:
        process.terminate()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
        log.close()


@pytest.fixture
def oidc(oidc_provider, settings):
    """The site configured for the provider for one test, the provider's accounts and tampering reset."""
    from lms.people.oidc import provider

    settings.VKNZ_OIDC_ISSUER = oidc_provider.issuer
    settings.OIDC_RP_CLIENT_ID = CLIENT_ID
    settings.OIDC_RP_CLIENT_SECRET = oidc_provider.client_secret
    settings.AUTHENTICATION_BACKENDS = [*settings.AUTHENTICATION_BACKENDS, BACKEND]
    provider.forget_metadata()
    oidc_provider.reset()
    yield oidc_provider
    provider.forget_metadata()
