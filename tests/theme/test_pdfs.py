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
    content = client.get(reverse("lms:goals:plan_pdf")).content
    texts = pages(content)
    assert len(texts) > 1 and all(LABEL in text for text in texts)
    assert not [name for name in fonts(content) if "Serif" in name], fonts(content)
    qpdf_check(content, tmp_path)


def test_page_one_of_a_long_plan_holds_the_first_goal(client, org, tmp_path):
    make_full_plan(org.owner, goals=2)
    client.force_login(org.owner)
    content = client.get(reverse("lms:goals:plan_pdf")).content
    first = " ".join(pages(content)[0].split())
    assert "Doel nummer 0" in first and "Geschiedenis" in first
    assert "Omschrijving Omschrijving" in first  # the goal's own text starts on page 1, not only its title


def test_my_answers_and_my_data_summary_are_personal(client, org, tmp_path):
    client.force_login(org.owner)
    content = client.get("/leergang-hulp/mijn-antwoorden.pdf").content
    assert LABEL in pages(content)[0]
    summary = render_pdf("privacy/summary_pdf.html", {"owner": org.owner, "summary": [], "today": timezone.localdate()})
    assert LABEL in pages(summary)[0]
    qpdf_check(summary, tmp_path)


def test_the_blank_worksheet_is_not_personal(client, org, tmp_path):
    client.force_login(org.owner)
    content = client.get("/leergang-hulp/kijkwijzer.pdf").content
    assert not [text for text in pages(content) if LABEL in text]
    assert not [name for name in fonts(content) if "Serif" in name]
    qpdf_check(content, tmp_path)


def test_a_short_plan_is_still_one_page_with_the_goal_on_it(client, org):
    services.create_goal(org.owner, Kind.LEARNING, Formulation(title="Stiltes laten vallen", dimensions=[]))
    client.force_login(org.owner)
    texts = pages(client.get(reverse("lms:goals:plan_pdf")).content)
    assert len(texts) == 1 and "Stiltes laten vallen" in texts[0]
