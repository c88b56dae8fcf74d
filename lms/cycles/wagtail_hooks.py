"""Menu items and dashboard panels for video-reflection: participants, analysts and teamcoaches.

Who sees which is the capability the page behind it asks (`rules.py`), so a link never leads to a refusal.
"""

from django.utils.translation import gettext_lazy as _
from wagtail import hooks

from lms.extensions.dashboard import DASHBOARD_PANELS_HOOK, GROUP_TEAM, GROUP_TOGETHER, Panel, register_menu_item
from lms.people import access
from lms.people.kept import kept

from . import rules
from .models import ReflectionCycle, Step
from .selectors import waiting_for_analyst, waiting_for_assignment, workspace

register_menu_item(_("Video-reflecties"), "lms:cycles:list", 20, allowed=access.holds(rules.START_CYCLE),
                   group=GROUP_TOGETHER)
register_menu_item(_("Samenleerwijzer"), "lms:cycles:talk_list", 21, allowed=access.holds(rules.HOLD_SAMENLEERWIJZER),
                   group=GROUP_TOGETHER)
register_menu_item(_("Analistenwerkplek"), "lms:cycles:workspace", 30, allowed=access.holds(rules.ANALYSE_CYCLES))
register_menu_item(_("Cliëntinterviews"), "lms:cycles:workspace", 31,
                   allowed=lambda user: access.may(user, rules.INTERVIEW_CLIENTS)
                   and not access.may(user, rules.ANALYSE_CYCLES))
register_menu_item(_("Toewijzen"), "lms:cycles:assign_list", 40, allowed=access.holds(rules.ASSIGN_ANALYSTS),
                   group=GROUP_TEAM)


@hooks.register(DASHBOARD_PANELS_HOOK)
@kept("cycles.panel", ReflectionCycle)
def cycles_panel(request):
    if not access.may(request.user, rules.START_CYCLE):
        return None
    open_cycles = list(
        ReflectionCycle.objects.filter(owner=request.user)
        .exclude(step__in=[Step.FINISHED, Step.WITHDRAWN]).order_by("-created_at")[:3]
    )
    return Panel(title=_("Video-reflectie"), template="cycles/panel_cycles.html",
                 context={"open_cycles": open_cycles}, order=16, slug="video-reflectie")


@hooks.register(DASHBOARD_PANELS_HOOK)
def analyst_panel(request):
    is_analyst = access.may(request.user, rules.ANALYSE_CYCLES)
    if not (is_analyst or access.may(request.user, rules.INTERVIEW_CLIENTS)):
        return None
    cycles = list(workspace(request.user))
    waiting = [c for c in cycles if waiting_for_analyst(c, request.user)]
    return Panel(title=_("Analistenwerkplek") if is_analyst else _("Cliëntinterviews"),
                 template="cycles/panel_analyst.html",
                 context={"waiting": len(waiting), "total": len(cycles)}, order=12, slug="analist")


@hooks.register(DASHBOARD_PANELS_HOOK)
def assign_panel(request):
    if not access.may(request.user, rules.ASSIGN_ANALYSTS):
        return None
    count = waiting_for_assignment().count()
    if not count:
        return None
    return Panel(title=_("Toewijzen"), template="cycles/panel_assign.html", context={"count": count},
                 order=14, slug="toewijzen")


# A goal's evaluation may point to a later cycle of its owner (evidence.py): a field on the evaluation form, and a
# note under the evaluation in the goal's history. (Imported here, below the rest: this block is appended as a whole.)
from lms.goals.extensions import GOAL_EVALUATION_NOTES_HOOK, GOAL_EVALUATION_PARTS_HOOK  # noqa: E402

from . import evidence  # noqa: E402

hooks.register(GOAL_EVALUATION_PARTS_HOOK, evidence.evaluation_part)
hooks.register(GOAL_EVALUATION_NOTES_HOOK, evidence.evaluation_notes)


# The Samenleerwijzer (samenleerwijzer.py): on a goal made from one of its aandachtspunten, for its owner, the way back
# to the talk. (The dashboard needs nothing of its own: the reminder is a notice, which the notices panel shows
# without a query more.)
from lms.goals.choices import Origin  # noqa: E402
from lms.goals.extensions import GOAL_SECTIONS_HOOK, GoalSection  # noqa: E402

from .samenleerwijzer import TalkAttentionPoint  # noqa: E402


@hooks.register(GOAL_SECTIONS_HOOK)
def samenleerwijzer_goal_section(request, goal, is_owner):
    if not is_owner or goal.origin != Origin.SAMENLEERWIJZER:
        return None
    point = access.visible_to(request.user, TalkAttentionPoint.objects.filter(goal=goal)).select_related("talk").first()
    if point is None:
        return None
    return GoalSection(template="cycles/samenleerwijzer/goal_row.html", context={"talk": point.talk}, order=5)
