"""The PDFs themselves: only personal documents say "Persoonlijk en vertrouwelijk", a long plan starts on page 1,
the footer uses the body's sans-serif font, and qpdf finds the files sound (when qpdf is installed)."""

import io
import shutil
import subprocess

import pytest
from django.urls import reverse
from django.utils import timezone
from pypdf import PdfReader

from lms.goals import services
from lms.goals.choices import Kind
from lms.goals.services import Formulation
from tests.lms.documents.test_document_jobs import make_full_plan
from tests.support.documents import get_pdf
from theme.pdf import render_pdf

pytestmark = pytest.mark.django_db

LABEL = "Persoonlijk en vertrouwelijk"


def pages(content):
    return [page.extract_text() for page in PdfReader(io.BytesIO(content)).pages]


def fonts(content):
    """The base font names every page uses, its footer included."""
    names = set()
    for page in PdfReader(io.BytesIO(content)).pages:
        for font in page["/Resources"]["/Font"].values():
            names.add(str(font.get_object()["/BaseFont"]))
    return names


def qpdf_check(content, tmp_path):
    if shutil.which("qpdf") is None:
        return
    path = tmp_path / "document.pdf"
    path.write_bytes(content)
    result = subprocess.run(["qpdf", "--check", str(path)], capture_output=True, text=True)  # noqa: S603, S607
    assert result.returncode == 0, result.stdout + result.stderr


def test_a_plan_is_personal_on_every_page_and_its_footer_is_sans_serif(client, org, tmp_path):
    make_full_plan(org.owner, goals=2)
    client.force_login(org.owner)
    content = get_pdf(client, reverse("lms:goals:plan_pdf")).content
    texts = pages(content)
    assert len(texts) > 1 and all(LABEL in text for text in texts)
    assert not [name for name in fonts(content) if "Serif" in name], fonts(content)
    qpdf_check(content, tmp_path)


def test_page_one_of_a_long_plan_holds_the_first_goal(client, org, tmp_path):
    make_full_plan(org.owner, goals=2)
    client.force_login(org.owner)
    content = get_pdf(client, reverse("lms:goals:plan_pdf")).content
    first = " ".join(pages(content)[0].split())
    assert "Doel nummer 0" in first and "Geschiedenis" in first
    assert "Omschrijving Omschrijving" in first  # the goal's own text starts on page 1, not only its title


def test_my_answers_and_my_data_summary_are_personal(client, org, tmp_path):
    client.force_login(org.owner)
    content = get_pdf(client, "/leergang-hulp/mijn-antwoorden.pdf").content
    assert LABEL in pages(content)[0]
    summary = render_pdf("privacy/summary_pdf.html", {"owner": org.owner, "summary": [], "today": timezone.localdate()})
    assert LABEL in pages(summary)[0]
    qpdf_check(summary, tmp_path)


def test_the_blank_worksheet_is_not_personal(client, org, tmp_path):
    client.force_login(org.owner)
    content = get_pdf(client, "/leergang-hulp/kijkwijzer.pdf").content
    assert not [text for text in pages(content) if LABEL in text]
    assert not [name for name in fonts(content) if "Serif" in name]
    qpdf_check(content, tmp_path)


def test_a_short_plan_is_still_one_page_with_the_goal_on_it(client, org):
    services.create_goal(org.owner, Kind.LEARNING, Formulation(title="Stiltes laten vallen", dimensions=[]))
    client.force_login(org.owner)
    texts = pages(get_pdf(client, reverse("lms:goals:plan_pdf")).content)
    assert len(texts) == 1 and "Stiltes laten vallen" in texts[0]


def test_a_pdf_is_styled_under_production_static_storage(settings, tmp_path):
    """In production the stylesheets are collected with hashed names (print.4f2a….css) that the finders do not
    know; the PDF must still get them, or it falls back to a serif page without the layout."""
    from django.core.management import call_command
    from django.templatetags.static import static

    from lms.framework.models import Framework

    settings.STATIC_ROOT = tmp_path / "static"
    settings.STORAGES = {**settings.STORAGES,
                         "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.ManifestStaticFilesStorage"}}
    call_command("collectstatic", interactive=False, verbosity=0)
    hashed = static("theme/print.css")
    assert hashed != "/static/theme/print.css" and (tmp_path / "static" / hashed.removeprefix("/static/")).exists()
    content = render_pdf("courses/pdf/worksheet.html", {"framework": Framework.current(),
                                                        "today": timezone.localdate()})
    assert fonts(content) and not [name for name in fonts(content) if "Serif" in name], fonts(content)
    qpdf_check(content, tmp_path)


def test_the_pdf_fetcher_refuses_what_is_not_a_static_file(settings, tmp_path):
    from theme.pdf import PDF_BASE_URL
    from theme.pdf_fetcher import StaticOnlyFetcher

    settings.STATIC_ROOT = tmp_path / "static"
    (tmp_path / "secret.txt").write_text("geheim")
    fetcher = StaticOnlyFetcher()
    for url in (f"{PDF_BASE_URL}static/../secret.txt", f"{PDF_BASE_URL}static/%2E%2E/secret.txt",
                f"{PDF_BASE_URL}static/theme/bestaat-niet.css", "file:///etc/passwd", "http://127.0.0.1/static/x.css"):
        with pytest.raises(ValueError):
            fetcher.fetch(url)
