"""Wagtail page rules: where each page type may be created, routing and preview, block rendering."""

import itertools

import pytest
from wagtail.models import Page
from wagtail.test.utils import WagtailPageTestCase

from courses.models import CourseIndexPage, CoursePage, ModulePage
from lms.home.models import PlatformPage
from tests.factories import make_user

from .conftest import add_module


class LeergangPageTypes(WagtailPageTestCase):
    def test_the_index_lives_under_any_page_of_the_tree_and_holds_courses(self):
        # A host site places the leergang under its own pages (its home page is a Page subclass of its own).
        self.assertCanCreateAt(PlatformPage, CourseIndexPage)
        self.assertCanCreateAt(Page, CourseIndexPage)
        self.assertAllowedSubpageTypes(CourseIndexPage, {CoursePage})

    def test_a_course_holds_modules_and_modules_hold_nothing(self):
        self.assertCanCreateAt(CourseIndexPage, CoursePage)
        self.assertCanNotCreateAt(PlatformPage, CoursePage)
        self.assertAllowedSubpageTypes(CoursePage, {ModulePage})
        self.assertAllowedSubpageTypes(ModulePage, set())
        self.assertCanNotCreateAt(CourseIndexPage, ModulePage)


class LeergangPagesServeAndPreview(WagtailPageTestCase):
    def setUp(self):
        from demo.site import ensure_home_page

        from .conftest import add_module

        home = ensure_home_page()
        self.index = home.add_child(instance=CourseIndexPage(title="Leergang", slug="leergang"))
        self.course = self.index.add_child(instance=CoursePage(title="Van Kijken naar Zien", slug="vkz"))
        self.module = add_module(self.course, "Voorlichting")

    def test_every_page_type_is_routable(self):
        for page in (self.index, self.course, self.module):
            self.assertPageIsRoutable(page)

    def test_every_page_type_can_be_previewed_by_an_editor(self):
        from wagtail.test.utils.form_data import nested_form_data, rich_text, streamfield

        self.assertPageIsPreviewable(self.index)
        self.assertPageIsPreviewable(self.course)
        module_data = nested_form_data({
            "title": "Voorlichting", "slug": "voorlichting", "kind": "voorlichting", "duration_minutes": 20,
            "learning_aims": "Je weet wie je opname mag zien.",
            "body": streamfield([
                ("text", rich_text("<p>Waarom we van opnames leren.</p>")),
                ("reflection_question", {"question": "Wat vind je spannend?", "help_text": ""}),
            ]),
        })
        self.assertPageIsPreviewable(self.module, post_data=module_data)


pytestmark = pytest.mark.django_db


def test_every_block_renders(course, client):
    from wagtail.blocks import StreamValue

    module = course.first
    module.body = StreamValue(ModulePage.body.field.stream_block, [
        {"type": "text", "value": "<p>Tekstblok</p>"},
        {"type": "video", "value": {"url": "https://vimeo.com/76979871", "title": "Over opnames",
                                    "transcript": "In deze video vertelt een klantmanager."}},
        {"type": "quote", "value": {"quote": "Ik zag mezelf voor het eerst praten.", "source": "Een klantmanager"}},
        {"type": "reflection_question", "value": {"question": "Wat valt je op?", "help_text": "Neem de tijd."}},
        {"type": "checklist", "value": {"title": "Klaar?", "items": ["Gelezen"]}},
        {"type": "case_exercise", "value": {"title": "Casus 1", "situation": "Een eerste gesprek.",
                                            "excerpt": "Klantmanager: Zullen we beginnen?\nCliënt: Ja hoor.",
                                            "task": "Beoordeel de echtheid."}},
        {"type": "next_step", "value": {"text": "Plan je eerste gesprek.", "link_label": "Video-reflectie aanmelden",
                                        "target": "video_cycle"}},
    ], is_lazy=True)
    module.save_revision().publish()
    client.force_login(make_user("lezer", "deelnemer"))
    page = client.get(module.url).content.decode()
    for text in ("Tekstblok", "player.vimeo.com/video/76979871", "Tekstversie van de video",
                 "Ik zag mezelf voor het eerst praten.", "Wat valt je op?", "Gelezen", "Beoordeel de echtheid.",
                 "/cycli/nieuw/"):
        assert text in page, text
    assert "autoplay" not in page


def test_next_steps_lead_to_the_buddy_and_intervisie_pages(course, client):
    from django.urls import reverse
    from wagtail.blocks import StreamValue

    module = course.first
    module.body = StreamValue(ModulePage.body.field.stream_block, [
        {"type": "next_step", "value": {"text": "Kijk samen.", "link_label": "Naar mijn buddy", "target": "buddy"}},
        {"type": "next_step", "value": {"text": "Plan de groep.", "link_label": "Naar intervisie",
                                        "target": "intervisie"}},
    ], is_lazy=True)
    module.save_revision().publish()
    client.force_login(make_user("volger", "deelnemer"))
    page = client.get(module.url).content.decode()
    for url, label in ((reverse("lms:buddy:overview"), "Naar mijn buddy"),
                       (reverse("lms:intervisie:list"), "Naar intervisie")):
        assert f'href="{url}">{label}</a>' in page, label


def test_an_embed_from_a_host_not_on_the_allow_list_is_refused_in_the_editor(course):
    from django.core.exceptions import ValidationError

    from courses.blocks import VideoBlock

    block = VideoBlock()
    value = block.to_python({"url": "https://www.dailymotion.com/video/x7", "title": "X", "transcript": "Y"})
    with pytest.raises(ValidationError) as refused:
        block.clean(value)
    assert "kan niet worden ingesloten" in str(refused.value.block_errors if hasattr(refused.value, "block_errors")
                                               else refused.value)


def test_anonymous_visitors_are_sent_to_login(course, client):
    response = client.get(course.first.url)
    assert response.status_code == 302 and "/inloggen/" in response.url


@pytest.mark.parametrize("blocks", [0, 27])
@pytest.mark.parametrize("done", [False, True])
def test_the_module_page_needs_bounded_queries(course, client, blocks, done, django_assert_max_num_queries):
    from courses import progress

    module = add_module(course, f"Groot {blocks}", extra_blocks=blocks)
    user = make_user("voortgang", "deelnemer")
    if done:
        ids = {b.block_type: b.id for b in module.body}
        progress.save_answer(user, module, ids["reflection_question"], "Antwoord")
        progress.set_ticks(user, module, ids["checklist"], [0, 1])
        progress.complete_module(user, module)
    client.force_login(user)
    with django_assert_max_num_queries(23):
        assert client.get(module.url).status_code == 200


def test_the_module_page_reads_the_course_once_whatever_its_length(course, client):
    """The module list and completions are read once for the progress bar, the lock and previous/next."""
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    user = make_user("lengte", "deelnemer")
    client.force_login(user)
    client.get(course.second.url)  # warm the caches (site, content types) that have nothing to do with the course

    visits = itertools.count()

    def queries():
        # Another address each time: the page is made afresh, not served whole from the cache (kept_pages.py).
        with CaptureQueriesContext(connection) as context:
            page = client.get(f"{course.second.url}?bezoek={next(visits)}").content.decode()
        assert "Deze module opent als je 'Voorlichting' hebt afgerond." in page
        sql = [query["sql"] for query in context.captured_queries]
        assert sum('FROM "lms_courses_modulecompletion"' in statement for statement in sql) == 1
        assert sum('"lms_courses_modulepage"' in statement for statement in sql) == 2  # routing this page; the list
        return len(sql)

    short = queries()
    for number in range(10):
        add_module(course, f"Verdieping {number}", requires_previous=True)
    client.get(course.second.url)  # new pages renew what is kept of the page tree (lms.extensions.kept): warm again
    assert queries() == short
