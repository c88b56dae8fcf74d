"""Completion rules, prerequisites, resume, and the privacy of reflection answers."""

import pytest
from django.core.exceptions import ValidationError

from courses import progress
from courses.models import ModuleCompletion, ReflectionAnswer
from lms.people import access
from tests.support.documents import get_pdf

from .conftest import block_ids, finish

pytestmark = pytest.mark.django_db


def test_a_module_with_open_items_cannot_be_completed_and_says_what_is_missing(org, course):
    with pytest.raises(ValidationError) as refused:
        progress.complete_module(org.owner, course.first)
    messages = " ".join(refused.value.messages)
    assert "Beantwoord de reflectievraag: Wat spannend vind je?" in messages
    assert "Vink aan: Wie mag kijken" in messages and "Vink aan: Hoe stoppen" in messages
    assert not ModuleCompletion.objects.exists()


def test_answering_and_ticking_everything_completes_the_module(org, course):
    finish(org.owner, course.first)
    assert ModuleCompletion.objects.filter(user=org.owner, module=course.first).exists()
    assert progress.course_progress(org.owner, course).percent == 50


def test_a_module_that_requires_the_earlier_ones_stays_locked_until_they_are_done(org, course):
    state = progress.module_state(org.owner, course.second)
    assert state.locked_by.pk == course.first.pk
    with pytest.raises(ValidationError, match="Rond eerst de module 'Voorlichting' af"):
        progress.save_answer(org.owner, course.second, block_ids(course.second)["reflection_question"], "Te vroeg")
    finish(org.owner, course.first)
    assert progress.module_state(org.owner, course.second).locked_by is None


def test_resume_points_at_the_first_unfinished_module(org, course):
    assert progress.course_progress(org.owner, course).resume.pk == course.first.pk
    finish(org.owner, course.first)
    assert progress.course_progress(org.owner, course).resume.pk == course.second.pk
    finish(org.owner, course.second)
    assert progress.course_progress(org.owner, course).resume is None


def test_an_unknown_block_is_refused(org, course):
    with pytest.raises(ValidationError, match="bestaat niet"):
        progress.save_answer(org.owner, course.first, "geen-blok", "x")


@pytest.mark.parametrize("who", ["colleague", "teamcoach", "mt", "admin", "buddy"])
def test_reflection_answers_are_private(org, course, who):
    progress.save_answer(org.owner, course.first, block_ids(course.first)["reflection_question"], "Privé antwoord")
    answer = ReflectionAnswer.objects.get()
    assert not access.decide(getattr(org, who), access.VIEW, answer).allowed
    assert not access.visible_to(getattr(org, who), ReflectionAnswer.objects.all()).exists()
    assert access.decide(org.owner, access.VIEW, answer).allowed


def test_the_teamcoach_sees_progress_of_coached_teams_but_not_answers(org, course, client):
    org.team.coaches.add(org.teamcoach)
    finish(org.owner, course.first)
    client.force_login(org.teamcoach)
    page = client.get("/leergang-hulp/voortgang/").content.decode()
    assert "eigenaar" in page and "Voorlichting" in page
    assert "Dat ik mezelf terugzie." not in page
    client.force_login(org.mt)
    response = client.get("/leergang-hulp/voortgang/")
    assert response.status_code == 403 and "geanonimiseerde totalen" in response.content.decode()


def test_a_teamcoach_of_another_team_sees_nothing(org, course):
    finish(org.owner, course.first)
    assert not access.visible_to(org.teamcoach, ModuleCompletion.objects.all()).exists()


def test_completing_through_the_page_explains_what_is_missing(org, course, client):
    client.force_login(org.owner)
    response = client.post(course.first.url, {"action": "complete"}, follow=True)
    content = response.content.decode()
    assert "De module is nog niet af. Nog te doen:" in content
    assert "Vink aan: Hoe stoppen" in content


def test_the_page_keeps_answers_and_ticks(org, course, client):
    client.force_login(org.owner)
    ids = block_ids(course.first)
    client.post(course.first.url, {"action": "answer", "block": ids["reflection_question"], "text": "Mijn antwoord"})
    client.post(course.first.url, {"action": "ticks", "block": ids["checklist"], "items": ["0", "1"]})
    client.post(course.first.url, {"action": "complete"})
    assert ModuleCompletion.objects.filter(user=org.owner).exists()
    page = client.get(course.first.url).content.decode()
    assert "Mijn antwoord" in page and "Je hebt deze module afgerond." in page


def test_the_worksheet_and_my_answers_are_real_pdfs(org, course, client):
    import io

    from pypdf import PdfReader

    progress.save_answer(org.owner, course.first, block_ids(course.first)["reflection_question"], "Spannend!")
    client.force_login(org.owner)
    worksheet = PdfReader(io.BytesIO(get_pdf(client, "/leergang-hulp/kijkwijzer.pdf").content))
    text = "".join(page.extract_text() for page in worksheet.pages)
    assert "Kijkwijzer" in text and "Gezamenlijk doel" in text
    mine = PdfReader(io.BytesIO(get_pdf(client, "/leergang-hulp/mijn-antwoorden.pdf").content))
    assert "Spannend!" in "".join(page.extract_text() for page in mine.pages)
    client.force_login(org.colleague)
    theirs = PdfReader(io.BytesIO(get_pdf(client, "/leergang-hulp/mijn-antwoorden.pdf").content))
    assert "Spannend!" not in "".join(page.extract_text() for page in theirs.pages)


def test_my_answers_pdf_puts_each_answer_under_its_question(org, course, client):
    import io

    from pypdf import PdfReader

    finish(org.owner, course.first)
    progress.save_answer(org.owner, course.second, block_ids(course.second)["reflection_question"], "Tweede antwoord")
    client.force_login(org.owner)
    pdf = PdfReader(io.BytesIO(get_pdf(client, "/leergang-hulp/mijn-antwoorden.pdf").content))
    text = " ".join(" ".join(page.extract_text() for page in pdf.pages).split())
    assert text.count("Wat spannend vind je?") == 2
    assert text.index("Dat ik mezelf terugzie.") < text.index("Het analysekader") < text.index("Tweede antwoord")


def test_ticking_again_keeps_earlier_ticks_adds_new_ones_and_drops_unticked(org, course):
    from courses.models import ChecklistTick

    checklist = block_ids(course.first)["checklist"]
    for items, expected in (([0], {0}), ([0, 1], {0, 1}), ([1, 7], {1}), ([], set())):
        progress.set_ticks(org.owner, course.first, checklist, items)
        assert set(ChecklistTick.objects.filter(user=org.owner).values_list("item", flat=True)) == expected


def test_refusals_in_a_module_carry_codes(org, course):
    with pytest.raises(ValidationError) as refused:
        progress.save_answer(org.owner, course.first, "geen-blok", "x")
    assert refused.value.code == "unknown_block"
    with pytest.raises(ValidationError) as refused:
        progress.save_answer(org.owner, course.second, block_ids(course.second)["reflection_question"], "Te vroeg")
    assert refused.value.code == "locked"
    with pytest.raises(ValidationError) as refused:
        progress.complete_module(org.owner, course.first)
    assert [error.code for error in refused.value.error_list] == ["incomplete"] * 3  # one question, two ticks


def test_afronden_keeps_the_answers_and_ticks_typed_on_the_page_even_when_refused(org, course, client):
    """The module page is one form: pressing "Module afronden" with an answer typed and one item ticked keeps
    both, and says what is still to do (before, both were thrown away)."""
    client.force_login(org.owner)
    ids = block_ids(course.first)
    response = client.post(course.first.url, {
        "action": "complete", f"antwoord-{ids['reflection_question']}": "Wat ik typte",
        "checklist": ids["checklist"], f"vink-{ids['checklist']}": ["0"],
    }, follow=True)
    content = response.content.decode()
    assert "Je antwoorden en vinkjes zijn bewaard. De module is nog niet af." in content
    assert "Vink aan: Hoe stoppen" in content
    state = progress.module_state(org.owner, course.first)
    assert state.answers == {ids["reflection_question"]: "Wat ik typte"}
    assert state.ticks == {ids["checklist"]: {0}}
    checklist = ids["checklist"]
    assert "Wat ik typte" in content
    assert f'id="vink-{checklist}-0" name="vink-{checklist}" value="0" checked' in content

    client.post(course.first.url, {
        "action": "complete", f"antwoord-{ids['reflection_question']}": "Wat ik typte",
        "checklist": ids["checklist"], f"vink-{ids['checklist']}": ["0", "1"],
    })
    assert ModuleCompletion.objects.filter(user=org.owner, module=course.first).exists()


def test_a_refused_save_gives_the_page_back_with_everything_typed(org, course, client):
    client.force_login(org.owner)
    ids = block_ids(course.first)
    too_long = "x" * 20000
    response = client.post(course.first.url, {
        "action": "save", f"antwoord-{ids['reflection_question']}": too_long,
        "checklist": ids["checklist"], f"vink-{ids['checklist']}": ["1"],
    })
    assert response.status_code == 200
    content = response.content.decode()
    assert "Je antwoorden zijn nog niet bewaard" in content
    assert too_long in content and 'value="1" checked' in content
    assert progress.module_state(org.owner, course.first).answers == {}
