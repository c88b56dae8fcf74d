import pytest
from wagtail.blocks import StreamValue

from courses.models import CourseIndexPage, CoursePage, ModulePage
from lms.home.site import ensure_home_page


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


@pytest.fixture
def course(db):
    home = ensure_home_page()
    index = home.add_child(instance=CourseIndexPage(title="Leergang", slug="leergang"))
    course = index.add_child(instance=CoursePage(title="Van Kijken naar Zien", slug="vkz"))
    course.first = add_module(course, "Voorlichting")
    course.second = add_module(course, "Het analysekader", requires_previous=True)
    return course


def block_ids(module):
    return {block.block_type: block.id for block in module.body}
