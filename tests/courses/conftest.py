import pytest
from wagtail.blocks import StreamValue

from courses import progress
from courses.models import CourseIndexPage, CoursePage, ModulePage
from demo.site import ensure_home_page


def module_body(extra_blocks=0):
    body = [
        {"type": "text", "value": "<p>Waarom we van opnames leren.</p>"},
        {"type": "reflection_question", "value": {"question": "Wat spannend vind je?", "help_text": ""}},
        {"type": "checklist", "value": {"title": "Weet je het?", "items": ["Wie mag kijken", "Hoe stoppen"]}},
    ]
    body += [{"type": "quote", "value": {"quote": f"Citaat {i}", "source": "Een klantmanager"}}
             for i in range(extra_blocks)]
    return body


def add_module(course, title, requires_previous=False, extra_blocks=0):
    page = ModulePage(title=title, kind="voorlichting", duration_minutes=20, requires_previous=requires_previous,
                      learning_aims="Je weet wat er met een opname gebeurt.")
    page.body = StreamValue(ModulePage.body.field.stream_block, module_body(extra_blocks), is_lazy=True)
    course.add_child(instance=page)
    return ModulePage.objects.get(pk=page.pk)


def make_course():
    """A live leergang of two modules (`first`, and `second` which requires the first) under the home page."""
    home = ensure_home_page()
    index = home.add_child(instance=CourseIndexPage(title="Leergang", slug="leergang"))
    course = index.add_child(instance=CoursePage(title="Van Kijken naar Zien", slug="vkz"))
    course.first = add_module(course, "Voorlichting")
    course.second = add_module(course, "Het analysekader", requires_previous=True)
    return course


@pytest.fixture
def course(db):
    return make_course()


def block_ids(module):
    return {block.block_type: block.id for block in module.body}


def finish(user, module, answer="Dat ik mezelf terugzie."):
    """Answer the module's question, tick its checklist and complete it, as the participant would."""
    ids = block_ids(module)
    progress.save_answer(user, module, ids["reflection_question"], answer)
    progress.set_ticks(user, module, ids["checklist"], [0, 1])
    progress.complete_module(user, module)
