"""Menu items and dashboard panels for goals: my plan, and what waits for me as a reviewer."""

import datetime

from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail import hooks

from lms.extensions.dashboard import DASHBOARD_PANELS_HOOK, GROUP_TOGETHER, MENU_ITEMS_HOOK, MenuItem, Panel
from lms.people import access
from lms.people.kept import kept
from lms.people.models import Share

from .choices import DUE_SOON_DAYS
from .models import FeedbackRequest, Goal
from .rules import KEEP_PLAN, REVIEW_SHARED_GOALS
from .selectors import waiting_feedback_requests


@kept("goals.waiting", FeedbackRequest, Goal, Share)
def _count_waiting(request) -> int:
    return waiting_feedback_requests(request.user).count()


def _waiting(request):
    if not hasattr(request, "_vknz_waiting_feedback"):
        request._vknz_waiting_feedback = _count_waiting(request)
    return request._vknz_waiting_feedback


@hooks.register(MENU_ITEMS_HOOK)
def plan_item(request):
    if not access.may(request.user, KEEP_PLAN):
        return None
    return MenuItem(label=_("Mijn ontwikkelplan"), url=reverse("lms:goals:plan"), order=10,
                    current_when=_on_own_plan)


def _on_own_plan(request):
    """A goal page lives under the plan's address, also when it is someone else's goal shared with you: that is
    not "Mijn ontwikkelplan"."""
    match = getattr(request, "resolver_match", None)
    pk = match.kwargs.get("pk") if match is not None else None
    if pk is None:
        return True
    known = getattr(request, "lms_goal", None)
    if known is not None and known.pk == pk:
        return known.owner_id == request.user.pk
    return Goal.objects.filter(pk=pk, owner=request.user).exists()


@hooks.register(MENU_ITEMS_HOOK)
def inbox_item(request):
    waiting = _waiting(request)
    if waiting or access.may(request.user, REVIEW_SHARED_GOALS):
        return MenuItem(label=_("Feedbackverzoeken"), url=reverse("lms:goals:inbox"), order=60, badge=waiting,
                        badge_label=_("%(count)d open") % {"count": waiting}, group=GROUP_TOGETHER)
    return None


@hooks.register(DASHBOARD_PANELS_HOOK)
@kept("goals.plan_panel", Goal)
def plan_panel(request):
    if not access.may(request.user, KEEP_PLAN):
        return None
    today = timezone.localdate()
    active = Goal.objects.filter(owner=request.user, status="active")
    due = list(
        active.filter(next_evaluation_on__lte=today + datetime.timedelta(days=DUE_SOON_DAYS))
        .select_related("current_version").order_by("next_evaluation_on")[:3]
    )
    return Panel(
        title=_("Mijn ontwikkelplan"), template="goals/panel_plan.html",
        context={"active_count": active.count(), "due": due, "today": today}, order=15, slug="ontwikkelplan",
    )


@hooks.register(DASHBOARD_PANELS_HOOK)
def feedback_panel(request):
    waiting = _waiting(request)
    if not waiting:
        return None
    return Panel(title=_("Wacht op jouw feedback"), template="goals/panel_feedback.html",
                 context={"waiting": waiting}, order=25, slug="feedback")
