"""The Kijkwijzer's Werkblad in the analysekader: a question for oneself and a tip at every part, seeded for
version 1 (migration 0005), edited in the admin on a draft, copied into a new version, printed on the worksheet."""

import io

import pytest
from pypdf import PdfReader

from lms.framework import services
from lms.framework.models import Framework
from lms.framework.seed import WERKBLAD, ensure_analysekader
from tests.support.documents import get_pdf

from .test_admin import dimension_prefix, edit_form_data, new_version_url, snippet_url

pytestmark = pytest.mark.django_db


@pytest.fixture
def werkblad(db):
    """The seeded analysekader with its Werkblad (seeded again after a flush, as the migrations do)."""
    from django.apps import apps

    ensure_analysekader()
    WERKBLAD.seed(apps, None)  # fills only empty texts: a no-op after the migration
    return Framework.current()


def test_every_part_of_the_seeded_analysekader_has_a_question_for_oneself_and_a_tip(werkblad):
    dimensions = list(werkblad.dimensions.all())
    assert len(dimensions) == 12
    for dimension in dimensions:
        assert "?" in dimension.self_question, dimension.code
        assert dimension.tip, dimension.code
        assert dimension.self_question != dimension.question  # the Werkblad asks the professional, not analysts
    assert "een snelle 'ja'" in werkblad.dimension("echtheid-client").tip.lower()


def test_seeding_the_werkblad_again_keeps_what_an_editor_wrote(werkblad):
    from django.apps import apps

    werkblad.dimensions.filter(code="regie").update(tip="Eigen tip van de redactie.")
    WERKBLAD.seed(apps, None)
    assert Framework.current().dimension("regie").tip == "Eigen tip van de redactie."


def test_a_new_version_copies_the_questions_and_tips(werkblad):
    draft = services.new_version(werkblad)
    for original, copy in zip(werkblad.dimensions.all(), draft.dimensions.all(), strict=True):
        assert (copy.self_question, copy.tip) == (original.self_question, original.tip)


def test_an_editor_changes_a_question_and_a_tip_of_a_draft_in_the_admin(client, org, werkblad):
    client.force_login(org.admin)
    client.post(new_version_url(werkblad))
    draft = Framework.objects.get(slug="analysekader", version=2)
    data = edit_form_data(client, draft)
    prefix = dimension_prefix(data, "emoties")
    assert data[prefix + "self_question"] == werkblad.dimension("emoties").self_question
    data[prefix + "self_question"] = "Wat voelde je zelf?"
    data[prefix + "tip"] = ""  # both may be left empty
    response = client.post(snippet_url("edit", draft.pk), data)
    assert response.status_code == 302, response.content.decode()[:2000]
    changed = Framework.objects.get(pk=draft.pk).dimension("emoties")
    assert (changed.self_question, changed.tip) == ("Wat voelde je zelf?", "")
    assert changed.question_for_oneself == "Wat voelde je zelf?"


def test_without_an_own_question_the_analysts_question_is_asked(werkblad):
    dimension = werkblad.dimension("regie")
    dimension.self_question = ""
    assert dimension.question_for_oneself == dimension.question


def test_the_printable_worksheet_shows_the_question_for_oneself_and_the_tip(client, org, werkblad):
    client.force_login(org.owner)
    response = get_pdf(client, "/leergang-hulp/kijkwijzer.pdf")
    text = " ".join(page.extract_text() for page in PdfReader(io.BytesIO(response.content)).pages)
    text = " ".join(text.split())
    assert "Vraag voor jezelf:" in text and "Tip:" in text
    assert "Wie bepaalde in jouw gesprek vooral waar het over ging" in text
