"""Demo organisation: the leergang itself (index, course, seven modules) and Yara (nieuw) enrolled in it."""

from wagtail.blocks import StreamValue

from courses.models import CourseIndexPage, CoursePage, ModulePage
from courses.progress import enrol
from courses.workflow import ensure_course_workflow
from demo.site import ensure_home_page

from .content.leergang import COURSE, MODULES


def _body(module):
    return [{"type": block_type, "value": value} for block_type, value in module["body"]]


def load(demo):
    home = ensure_home_page()
    index = CourseIndexPage.objects.first()
    if index is None:
        index = home.add_child(instance=CourseIndexPage(
            title="Leergang", slug="leergang",
            intro="<p>Alles wat je nodig hebt om gesprekken met cliënten terug te kijken, te analyseren en ervan "
                  "te leren. Je werkt in je eigen tempo; je antwoorden zijn alleen voor jou.</p>",
        ))
    ensure_course_workflow(index)
    course = CoursePage.objects.filter(slug=COURSE["slug"]).first()
    if course is None:
        course = index.add_child(instance=CoursePage(title=COURSE["title"], slug=COURSE["slug"],
                                                     intro=COURSE["intro"], audience=COURSE["audience"]))
    existing = {page.slug for page in ModulePage.objects.child_of(course)}
    for module in MODULES:
        if module["slug"] in existing:
            continue
        page = ModulePage(
            title=module["title"], slug=module["slug"], kind=module["kind"],
            duration_minutes=module["duration_minutes"], requires_previous=module["requires_previous"],
            learning_aims="\n".join(module["learning_aims"]),
        )
        page.body = StreamValue(ModulePage.body.field.stream_block, _body(module), is_lazy=True)
        course.add_child(instance=page)
        page.save_revision().publish()
    enrol(demo.users["nieuw"], course)
    demo.log(f"leergang: {ModulePage.objects.child_of(course).count()} modules; nieuw ingeschreven")
