"""Read-side queries for goal pages: a fixed number of queries, however many goals and evaluations."""

import datetime
from dataclasses import dataclass, field

from django.db.models import Prefetch
from django.utils import timezone

from lms.people import access

from .choices import DUE_SOON_DAYS, Kind, Status
from .models import FeedbackRequest, Goal, GoalEvaluation, GoalVersion

RECENT_EVALUATIONS = 5


def goals_with_history(queryset):
    """Goals with their current text, all versions and all evaluations in three extra queries."""
    return queryset.select_related("current_version").prefetch_related(
        Prefetch("versions", queryset=GoalVersion.objects.order_by("number")),
        Prefetch(
            "evaluations",
            queryset=GoalEvaluation.objects.select_related("version").order_by("evaluated_on", "pk"),
        ),
    )


@dataclass
class TimelineEntry:
    date: datetime.date
    kind: str  # "version" or "evaluation"
    item: object


def timeline(goal) -> list:
    """How a goal changed: every version and every evaluation in date order (from prefetched rows)."""
    entries = [TimelineEntry(v.created_at.date(), "version", v) for v in goal.versions.all()]
    entries += [TimelineEntry(e.evaluated_on, "evaluation", e) for e in goal.evaluations.all()]
    # On one day: the goal is set first, then evaluated, then re-set as the evaluation decided.
    def order(entry):
        if entry.kind == "evaluation":
            return 1
        return 0 if entry.item.number == 1 else 2

    return sorted(entries, key=lambda entry: (entry.date, order(entry)))


@dataclass
class Plan:
    learning: list = field(default_factory=list)  # (leerdoel, [its active actiedoelen])
    loose_actions: list = field(default_factory=list)
    due: list = field(default_factory=list)
    closed: list = field(default_factory=list)
    recent_evaluations: list = field(default_factory=list)

    @property
    def is_empty(self):
        return not (self.learning or self.loose_actions or self.closed)


def plan_for(user, today=None) -> Plan:
    """Everything 'Mijn ontwikkelplan' shows, for the user's own goals only."""
    today = today or timezone.localdate()
    own = access.visible_to(user, Goal.objects.filter(owner=user))  # the PDF made from this asks the policy too
    goals = list(goals_with_history(own).order_by("created_at", "pk"))
    for goal in goals:
        goal.timeline = timeline(goal)
        evaluations = goal.evaluations.all()
        goal.latest_evaluation = evaluations[len(evaluations) - 1] if evaluations else None
        goal.is_due = goal.is_active and goal.next_evaluation_on <= today + datetime.timedelta(days=DUE_SOON_DAYS)
        goal.is_overdue = goal.is_active and goal.next_evaluation_on < today
    plan = Plan()
    active = [goal for goal in goals if goal.status == Status.ACTIVE]
    children = {}
    for goal in active:
        if goal.parent_id:
            children.setdefault(goal.parent_id, []).append(goal)
    active_ids = {goal.pk for goal in active}
    for goal in active:
        if goal.kind == Kind.LEARNING:
            plan.learning.append((goal, children.get(goal.pk, [])))
        elif not goal.parent_id or goal.parent_id not in active_ids:
            plan.loose_actions.append(goal)
    plan.due = sorted((goal for goal in active if goal.is_due), key=lambda goal: goal.next_evaluation_on)
    plan.closed = sorted((goal for goal in goals if not goal.is_active), key=lambda goal: goal.closed_at, reverse=True)
    plan.recent_evaluations = list(
        GoalEvaluation.objects.filter(goal__owner=user)
        .select_related("goal", "version")
        .order_by("-evaluated_on", "-pk")[:RECENT_EVALUATIONS]
    )
    return plan


def waiting_feedback_requests(user):
    """Open feedback requests for `user`, on goals still shared with them."""
    return (
        access.visible_to(user, FeedbackRequest.objects.filter(reviewer=user, answered_at__isnull=True))
        .select_related("goal__current_version", "goal__owner")
        .order_by("created_at")
    )
