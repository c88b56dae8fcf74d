"""Read-side queries for cycle pages; each page costs a fixed number of queries."""

from django.db.models import Count, Exists, OuterRef, Prefetch, Q
from django.utils.translation import gettext as _

from lms.people import access
from lms.people.models import Share

from .models import (
    Analysis,
    AnalystAssignment,
    AttentionPoint,
    CycleEvent,
    Fragment,
    ReflectionCycle,
    Step,
)


def cycle_for_page(user, pk):
    """The cycle with everything its page shows, or 404/403 by the access policy."""
    queryset = ReflectionCycle.objects.select_related(
        "owner", "consent", "recording", "framework", "reflection", "interview", "follows"
    ).prefetch_related(
        Prefetch("assignments", queryset=AnalystAssignment.objects.select_related("analyst")),
        Prefetch("events", queryset=CycleEvent.objects.select_related("actor")),
        Prefetch("attention_points", queryset=AttentionPoint.objects.select_related("goal__current_version")),
        "framework__dimensions",
    )
    return access.get_for(user, queryset, access.VIEW, pk=pk)


def visible_fragments(user, cycle):
    return list(access.visible_to(user, Fragment.objects.filter(cycle=cycle)).select_related("analysis"))


def visible_analyses(user, cycle):
    return list(access.visible_to(user, Analysis.objects.filter(cycle=cycle)).select_related("analyst"))


def my_cycles(user):
    return (ReflectionCycle.objects.filter(owner=user).select_related("consent")
            .annotate(analyst_count=Count("assignments")).order_by("-created_at"))


def workspace(user):
    """Cycles assigned to this analyst (within consent), with what waits for them."""
    mine = Analysis.objects.filter(cycle=OuterRef("pk"), analyst=user, is_consensus=False)
    return (
        access.visible_to(user, ReflectionCycle.objects.filter(assignments__analyst=user))
        .select_related("owner", "recording")
        .annotate(my_submitted=Exists(mine.filter(submitted_at__isnull=False)))
        .order_by("-created_at")
    )


def waiting_for_analyst(cycle):
    """What the analyst should do next on this cycle (a short Dutch phrase), or '' when nothing waits for them
    (after submitting their analysis the cycle waits for the other analyst, not for them: see analyst_status)."""
    if cycle.step == Step.ANALYSIS:
        return "" if cycle.my_submitted else _("Analyseren")
    return {
        Step.DISCUSSION: _("Analyses vergelijken en consensus vastleggen"),
        Step.INTERVIEW: _("Cliëntinterview houden"),
        Step.REFLECTION: _("Reflectiegesprek voeren"),
    }.get(cycle.step, "")


def analyst_status(cycle):
    """Where a cycle stands for an analyst when nothing waits for them (a short Dutch phrase), or ''."""
    if cycle.step == Step.ANALYSIS and cycle.my_submitted:
        return _("je analyse is ingediend; wacht op de andere analist")
    return ""


def waiting_for_assignment():
    """Cycles with consent and video analysis that still need two analysts (no content, only what to plan)."""
    return (ReflectionCycle.objects.filter(step=Step.CONSENT, with_video_analysis=True)
            .filter(Q(consent__withdrawn_at__isnull=True))
            .select_related("owner", "consent").annotate(analyst_count=Count("assignments"))
            .order_by("created_at"))


def agreement_pairs(user):
    """(first, second) answers of every double analysis this analyst took part in, both submitted (one query)."""
    analyses = access.visible_to(user, Analysis.objects.filter(
        is_consensus=False, submitted_at__isnull=False, cycle__assignments__analyst=user,
    )).order_by("cycle_id", "pk").values_list("cycle_id", "answers")
    by_cycle = {}
    for cycle_id, answers in analyses:
        by_cycle.setdefault(cycle_id, []).append(answers)
    return [tuple(pair) for pair in by_cycle.values() if len(pair) == 2]


def shares_of(cycle):
    """The active shares of the cycle's reflection, for its owner's page."""
    return Share.objects.for_object(cycle).active().select_related("grantee")
