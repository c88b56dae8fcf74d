"""Menu items and the dashboard panel of the leergang."""

from django.utils.translation import gettext_lazy as _
from wagtail import hooks

from lms.extensions.dashboard import (
    DASHBOARD_PANELS_HOOK,
    GROUP_TEAM,
    MENU_ITEMS_HOOK,
    MenuItem,
    Panel,
    register_menu_item,
)
from lms.people import access

from . import rules
from .models import CourseIndexPage, CoursePage, Enrolment
from .progress import course_progress


@hooks.register(MENU_ITEMS_HOOK)
def courses_item(request):
    if not access.may(request.user, rules.FOLLOW_COURSE):
        return None
    index = CourseIndexPage.objects.live().first()
    return MenuItem(label=_("Leergang"), url=index.url, order=5) if index else None


register_menu_item(_("Voortgang leergang"), "lms:courses:team_progress", order=45,
                   allowed=access.holds(rules.VIEW_TEAM_PROGRESS), group=GROUP_TEAM)


@hooks.register(DASHBOARD_PANELS_HOOK)
def course_panel(request):
    """For whoever follows the leergang (enrolled, or marked as newcomer): progress and where to resume."""
    user = request.user
    enrolment = Enrolment.objects.filter(user=user).select_related("course").order_by("-enrolled_at").first()
    course = enrolment.course if enrolment else None
    follows = getattr(getattr(user, "participant", None), "follows_leergang", False)
    if course is None and follows:
        course = CoursePage.objects.live().order_by("path").first()
    if course is None:
        return None
    return Panel(title=_("Leergang"), template="courses/panel.html",
                 context={"course": course, "progress": course_progress(user, course)}, order=8, slug="leergang")
