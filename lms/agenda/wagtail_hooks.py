"""Menu items and dashboard panels of the leeragenda (everyone reads it, the MT approves it and sees totals), and
what it adds to the goal pages: a goal's themes, and the theme choice on the new-goal form."""

from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.models import TaskState

from lms.extensions.dashboard import (
    DASHBOARD_PANELS_HOOK,
    GROUP_TEAM,
    GROUP_TOGETHER,
    MENU_ITEMS_HOOK,
    MenuItem,
    Panel,
    register_menu_item,
)
from lms.goals.extensions import GOAL_FORM_PARTS_HOOK, GOAL_SECTIONS_HOOK, GoalSection
from lms.people import access

from .forms import ThemeChoice
from .rules import VIEW_FIGURES
from .selectors import linked_themes

# A fixed address that finds the current agenda when followed: no query on every page for the menu.
register_menu_item(_("Leeragenda"), "lms:agenda:current", order=40, group=GROUP_TOGETHER)


@hooks.register(MENU_ITEMS_HOOK)
def figures_item(request):
    if not access.may(request.user, VIEW_FIGURES):
        return None
    return MenuItem(label=_("Cijfers leeragenda"), url=reverse("lms:agenda:dashboard"), order=45,
                    group=GROUP_TEAM)


@hooks.register(DASHBOARD_PANELS_HOOK)
def management_panel(request):
    """The MT's way in: agenda pages waiting for its approval, the figures, what the organisation learns."""
    if not access.may(request.user, VIEW_FIGURES):
        return None
    waiting = TaskState.objects.reviewable_by(request.user).count()
    return Panel(title=_("Leeragenda"), template="agenda/panel_management.html",
                 context={"waiting": waiting}, order=55, slug="leeragenda-mt")


@hooks.register(GOAL_SECTIONS_HOOK)
def goal_themes_section(request, goal, is_owner):
    """The published themes a goal is linked to; for the owner also when there are none, with the way to link."""
    themes = list(linked_themes(goal).live().order_by("path"))
    if not (themes or is_owner):
        return None
    return GoalSection(template="agenda/goal_themes_section.html", context={"themes": themes}, order=10)


@hooks.register(GOAL_FORM_PARTS_HOOK)
def theme_choice(request):
    return ThemeChoice()
