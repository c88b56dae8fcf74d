"""Menu items and the dashboard panel of the leergang; in the Wagtail admin, the way back to the leergang as
participants see it."""

from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem as AdminMenuItem
from wagtail.admin.ui.sidebar import LinkMenuItem
from wagtail.models import Site

from lms.extensions.dashboard import (
    DASHBOARD_PANELS_HOOK,
    GROUP_TEAM,
    MENU_ITEMS_HOOK,
    MenuItem,
    Panel,
    register_menu_item,
)
from lms.extensions.kept import shared
from lms.people import access
from lms.people.kept import PAGES, kept
from lms.people.models import Participant

from . import rules
from .models import CourseIndexPage, CoursePage, Enrolment, ModuleCompletion
from .progress import PageLink, course_progress, progress_summary


@hooks.register(MENU_ITEMS_HOOK)
def courses_item(request):
    if not access.may(request.user, rules.FOLLOW_COURSE):
        return None
    url = shared("courses.index-url", "", (PAGES, Site), _index_url)
    return MenuItem(label=_("Leergang"), url=url, order=5) if url else None


def _index_url():
    index = CourseIndexPage.objects.live().first()
    return index.url if index else None


register_menu_item(_("Voortgang leergang"), "lms:courses:team_progress", order=45,
                   allowed=access.holds(rules.VIEW_TEAM_PROGRESS), group=GROUP_TEAM)


@hooks.register(DASHBOARD_PANELS_HOOK)
@kept("courses.panel", Enrolment, ModuleCompletion, Participant, PAGES)
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
    progress = progress_summary(course_progress(user, course), request)
    return Panel(title=_("Leergang"), template="courses/panel.html", order=8, slug="leergang",
                 context={"course": PageLink(course.pk, course.title, course.get_url(request)), "progress": progress})


class SiteLeergangItem(AdminMenuItem):
    """"Leergang op de site" in the admin's menu: a redacteur checks what a change looks like to participants.

    The address is looked up when the menu is drawn (Wagtail keeps one instance of each menu item), so a moved or
    renamed index still works; without a published index the item is not shown."""

    def _index(self):
        return CourseIndexPage.objects.live().first()

    def is_shown(self, request):
        return self._index() is not None

    def render_component(self, request):
        index = self._index()
        return LinkMenuItem(self.name, self.label, index.get_url(request) if index else "/",
                            icon_name=self.icon_name, classname=self.classname, attrs=self.attrs)


@hooks.register("register_admin_menu_item")
def site_leergang_item():
    return SiteLeergangItem(_("Leergang op de site"), "/", name="leergang-op-de-site", icon_name="view", order=150)
