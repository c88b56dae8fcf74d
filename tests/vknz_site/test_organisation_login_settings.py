"""The organisation's login is configured from the environment only when it is set, and `check --deploy` with the
production settings stays clean with it (no network needed: the provider is asked only when someone logs in)."""

import json
import os
import secrets
import subprocess
import sys

import pytest
from django.conf import settings

from lms.people.oidc import checks

BACKEND = "lms.people.oidc.backend.OrganisationAccountBackend"
PROVIDER = {"VKNZ_OIDC_ISSUER": "https://login.gemeente.example/realms/medewerkers",
            "VKNZ_OIDC_CLIENT_ID": "leerplatform", "VKNZ_OIDC_CLIENT_SECRET": "s" * 40}


def run(*args, **environment):
    env = {key: value for key, value in os.environ.items()
           if not key.startswith("VKNZ_OIDC_")
           # the browser tests' conftest allows async-unsafe calls in this process; a deployment never does
           and key not in {"DATABASE_URL", "DJANGO_SETTINGS_MODULE", "DJANGO_ALLOW_ASYNC_UNSAFE"}}
    env.update({"DJANGO_SETTINGS_MODULE": "vknz_site.settings.production",
                "DJANGO_SECRET_KEY": secrets.token_urlsafe(60), "DJANGO_ALLOWED_HOSTS": "leren.example.org",
                **environment})
    return subprocess.run([sys.executable, *args], cwd=settings.BASE_DIR, env=env,  # noqa: S603 - our own code
                          capture_output=True, text=True, timeout=120)


def read_settings(**environment):
    script = ("import django, json; from django.conf import settings; django.setup(); print(json.dumps({"
              "'backends': settings.AUTHENTICATION_BACKENDS, 'scopes': getattr(settings, 'OIDC_RP_SCOPES', None), "
              "'admin_login': getattr(settings, 'WAGTAILADMIN_LOGIN_URL', None)}))")
    result = run("-c", script, **environment)
    assert result.returncode == 0, result.stderr[-2000:]
    return json.loads(result.stdout.strip().splitlines()[-1])


def test_without_the_environment_there_is_no_organisation_login():
    read = read_settings()
    assert BACKEND not in read["backends"] and read["scopes"] is None and read["admin_login"] is None


def test_the_environment_switches_the_organisation_login_on():
    read = read_settings(**PROVIDER, VKNZ_OIDC_SCOPES="openid profile email groups")
    assert read["backends"][-1] == BACKEND and read["backends"][0] == "axes.backends.AxesBackend"
    assert read["scopes"] == "openid profile email groups" and read["admin_login"] == "lms:account:login"


def test_an_issuer_without_client_secret_stops_the_site_at_once():
    result = run("-c", "import django; django.setup()", VKNZ_OIDC_ISSUER=PROVIDER["VKNZ_OIDC_ISSUER"],
                 VKNZ_OIDC_CLIENT_ID="leerplatform")
    assert result.returncode != 0 and "VKNZ_OIDC_CLIENT_SECRET must be set" in result.stderr


def test_check_deploy_stays_clean_with_the_organisation_login_and_warns_about_plain_http():
    clean = run("manage.py", "check", "--deploy", "--fail-level", "WARNING", **PROVIDER)
    assert clean.returncode == 0, clean.stdout + clean.stderr
    plain = run("manage.py", "check", "--deploy", "--fail-level", "WARNING",
                **{**PROVIDER, "VKNZ_OIDC_ISSUER": "http://login.gemeente.example"})
    assert plain.returncode != 0 and "lms.W001" in plain.stdout + plain.stderr


@pytest.mark.parametrize(("overrides", "expected"), [
    ({"OIDC_RP_CLIENT_ID": ""}, {"lms.E002"}),
    ({"AUTHENTICATION_BACKENDS": ["django.contrib.auth.backends.ModelBackend"]}, {"lms.E003"}),
    ({}, set()),
])
def test_half_a_configuration_is_an_error_of_the_system_checks(settings, overrides, expected):
    settings.VKNZ_OIDC_ISSUER = PROVIDER["VKNZ_OIDC_ISSUER"]
    settings.OIDC_RP_CLIENT_ID = "leerplatform"
    settings.AUTHENTICATION_BACKENDS = [*settings.AUTHENTICATION_BACKENDS, BACKEND]
    for name, value in overrides.items():
        setattr(settings, name, value)
    assert {error.id for error in checks.organisation_login_complete(None)} == expected
