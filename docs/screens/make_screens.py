"""Screenshots of the main pages per role, on a phone (390 px) and a laptop (1280 px), into docs/screens/.

    .venv/bin/python docs/screens/make_screens.py

Builds the demo in a temporary SQLite database, serves it with runserver on a free port, and photographs each page
with Playwright and Debian's chromium (VKNZ_CHROMIUM to use another). Each picture shows the first screen and a
bit (at most 1.6 screens high) and is reduced to 256 colours, so the whole set stays small.
"""

import io
import os
import shutil
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
OUT = Path(__file__).resolve().parent
WIDTHS = {"telefoon": (390, 844), "laptop": (1280, 800)}
MAX_SCREENS = 1.6

# (file name, who logs in (None: nobody), page, what it shows)
PAGES = [
    ("inloggen", None, "/inloggen/", "Inloggen"),
    ("deelnemer-overzicht", "klantmanager", "lms:dashboard", "Overzicht van een deelnemer"),
    ("deelnemer-ontwikkelplan", "klantmanager", "lms:goals:plan", "Mijn ontwikkelplan"),
    ("nieuw-leergang", "nieuw", "leergang", "De leergang voor een nieuwe collega"),
    ("buddy-overzicht", "buddy", "lms:buddy:overview", "Buddy: koppels en check-ins"),
    ("teamcoach-menu", "teamcoach", "lms:dashboard", "Overzicht van een teamcoach, met het menu open"),
    ("teamcoach-voortgang", "teamcoach", "lms:courses:team_progress", "Voortgang van het team in de leergang"),
    ("analist-werkplek", "analist1", "lms:cycles:workspace", "Analistenwerkplek"),
    ("mt-cijfers", "mt", "lms:agenda:dashboard", "Cijfers bij de leeragenda (MT)"),
    ("redacteur-beheer", "redacteur", "/admin/", "Beheeromgeving van de redacteur"),
]


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def small_png(png: bytes) -> bytes:
    from PIL import Image

    image = Image.open(io.BytesIO(png)).convert("RGB").quantize(colors=256, method=Image.Quantize.MEDIANCUT)
    out = io.BytesIO()
    image.save(out, format="PNG", optimize=True)
    return out.getvalue()


def address(page):
    from django.urls import reverse

    from courses.models import CoursePage

    if page.startswith("/"):
        return page
    if page == "leergang":
        return CoursePage.objects.live().first().url
    return reverse(page)


def main():
    from playwright.sync_api import sync_playwright

    workdir = Path(tempfile.mkdtemp(prefix="vknz-screens-"))
    port = free_port()
    env = {**os.environ, "DJANGO_SETTINGS_MODULE": "vknz_site.settings.dev", "PORT": str(port),
           "DATABASE_URL": f"sqlite:///{workdir / 'db.sqlite3'}", "EMAIL_FILE_PATH": str(workdir / "mail"),
           "VKNZ_VAR_DIR": str(workdir)}
    os.environ.update(env)
    sys.path.insert(0, str(ROOT))
    os.chdir(ROOT)
    import django
    from django.core.management import call_command

    django.setup()
    print("Demo laden in", workdir)
    call_command("migrate", verbosity=0, interactive=False)
    call_command("demo", stdout=io.StringIO())
    urls = {name: address(page) for name, _, page, _ in PAGES}

    server = subprocess.Popen([sys.executable, "manage.py", "runserver", "--noreload", f"127.0.0.1:{port}"],  # noqa: S603
                              env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    base = f"http://127.0.0.1:{port}"
    try:
        for _ in range(120):
            try:
                urllib.request.urlopen(base + "/robots.txt", timeout=2)  # noqa: S310
                break
            except OSError:
                time.sleep(0.5)
        with sync_playwright() as playwright:
            browser = playwright.chromium.launch(
                executable_path=os.environ.get("VKNZ_CHROMIUM", "/usr/bin/chromium"), args=["--no-sandbox"])
            for label, (width, height) in WIDTHS.items():
                for name, user, _, _ in PAGES:
                    context = browser.new_context(viewport={"width": width, "height": height}, locale="nl-NL")
                    page = context.new_page()
                    if user:
                        page.goto(base + "/inloggen/")
                        page.get_by_label("Gebruikersnaam").fill(user)
                        page.get_by_label("Wachtwoord").fill("vknz-demo")
                        page.get_by_role("button", name="Inloggen").click()
                        page.wait_for_load_state()
                    page.goto(base + urls[name])
                    if name.endswith("-menu"):
                        nav = page.get_by_role("navigation", name="Hoofdmenu")
                        toggle = nav.locator("summary.vknz-nav__toggle")
                        if toggle.is_visible():
                            toggle.click()
                        nav.locator("summary.vknz-nav__summary").first.click()
                    full = page.evaluate("document.documentElement.scrollHeight")
                    clip = {"x": 0, "y": 0, "width": width, "height": min(full, int(height * MAX_SCREENS))}
                    png = page.screenshot(full_page=True, clip=clip)
                    target = OUT / f"{name}-{label}.png"
                    target.write_bytes(small_png(png))
                    print(f"{target.relative_to(ROOT)}  {target.stat().st_size // 1024} kB")
                    context.close()
            browser.close()
    finally:
        server.terminate()
        server.wait(timeout=20)
        shutil.rmtree(workdir, ignore_errors=True)


if __name__ == "__main__":
    main()
