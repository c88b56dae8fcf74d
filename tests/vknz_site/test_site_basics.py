"""What a browser and `make run` meet first: an icon, robots.txt, a tab title that names the site once, machine
dates a validator accepts, e-mail links on the port the server runs on, and e-mails as one console line each."""

import os
import re
import subprocess
import sys

import pytest
from django.conf import settings
from django.core import mail
from django.urls import reverse

from lms.notifications.services import notify

pytestmark = pytest.mark.django_db


def test_favicon_and_robots_answer(client):
    icon = client.get("/favicon.ico")
    assert icon.status_code == 302 and icon["Location"].endswith("theme/favicon.svg")
    robots = client.get("/robots.txt")
    assert robots.status_code == 200 and robots["Content-Type"].startswith("text/plain")
    assert "User-agent: *" in robots.content.decode()


def test_pages_link_the_icon_and_name_the_site_once_in_the_title(client, org):
    home = client.get("/").content.decode()
    assert re.search(r'<link rel="icon" href="[^"]*favicon\.svg" type="image/svg\+xml">', home)
    assert re.search(r"<title>Van Kijken naar Zien</title>", home)
    client.force_login(org.owner)
    plan = client.get(reverse("lms:goals:plan")).content.decode()
    assert re.search(r"<title>Mijn ontwikkelplan · Van Kijken naar Zien</title>", plan)


def test_machine_dates_have_no_microseconds(client, org):
    notify(org.owner, "een-melding", "Een melding", email=False)
    client.force_login(org.owner)
    page = client.get(reverse("lms:notifications:list")).content.decode()
    stamps = re.findall(r'<time datetime="([^"]+)"', page)
    assert stamps and all(re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d[+-]\d{4}", stamp) for stamp in stamps), stamps


def dev_setting(name, **env):
    code = f"import django; django.setup(); from django.conf import settings; print(settings.{name})"
    environment = {**os.environ, "DJANGO_SETTINGS_MODULE": "vknz_site.settings.dev", **env}
    environment.pop("VKNZ_BASE_URL", None)
    environment.update(env)
    result = subprocess.run([sys.executable, "-c", code], env=environment, cwd=settings.BASE_DIR,  # noqa: S603
                            capture_output=True, text=True, check=True)
    return result.stdout.strip()


def test_make_run_links_use_the_port_it_serves_on():
    assert dev_setting("VKNZ_BASE_URL", PORT="8123") == "http://127.0.0.1:8123"
    assert dev_setting("WAGTAILADMIN_BASE_URL", PORT="8123") == "http://127.0.0.1:8123"
    assert dev_setting("VKNZ_BASE_URL", PORT="8123", VKNZ_BASE_URL="https://leren.example.org") == \
        "https://leren.example.org"


def test_the_dev_mail_backend_prints_one_line_and_keeps_the_message_in_a_file(tmp_path, capsys, settings):
    settings.EMAIL_BACKEND = "vknz_site.mail.SummaryFileBackend"
    settings.EMAIL_FILE_PATH = str(tmp_path)
    mail.send_mail("Nieuwe melding", "Hallo,\n\nEr is iets voor je.", None, ["sanne@example.org"])
    printed = capsys.readouterr().out
    assert printed.startswith("E-mail aan sanne@example.org: Nieuwe melding (") and printed.count("\n") == 1
    assert "Er is iets voor je." not in printed
    [kept] = list(tmp_path.iterdir())
    assert "Er is iets voor je." in kept.read_text()
