"""Read-side queries for cycle pages; each page costs a fixed number of queries."""

from django.db.models import Count, Exists, OuterRef, Prefetch, Q
from django.utils.translation import gettext as _

from lms.people import access
from lms.people.models import Share

from . import rules
from .guides import INTERVIEW_GUIDE, REFLECTION_QUESTIONS, with_questions
from .kijkwijzer import SelfAnalysis
from .models import (
    Analysis,
    AnalystAssignment,
    AttentionPoint,
    CycleEvent,
    Fragment,
    ReflectionCycle,
    Step,
)
from .services.perspectives import earlier_points
from .services.self_analysis import open_in_cycle as self_analysis_open
from .triangulation import fit_text, triangulate
from .variants import ingredient_labels, variant_of


def cycle_for_page(user, pk):
    """The cycle with everything its page shows, or 404/403 by the access policy."""
    queryset = ReflectionCycle.objects.select_related(
        "owner", "consent", "recording", "framework", "reflection", "interview", "follows", "interviewer",
        "interview_feedback", "self_assessment", "self_analysis",
    ).prefetch_related(
        Prefetch("assignments", queryset=AnalystAssignment.objects.select_related("analyst")),
        Prefetch("events", queryset=CycleEvent.objects.select_related("actor")),
        Prefetch("attention_points", queryset=AttentionPoint.objects.select_related("goal__current_version")),
        "framework__dimensions",
    )
    return access.get_for(user, queryset, access.VIEW, pk=pk)


def visible_fragments(user, cycle):
    return list(access.visible_to(user, Fragment.objects.filter(cycle=cycle)).select_related("analysis"))


def participant_self_analysis(user, cycle):
    """The participant's finished self-analysis of this cycle as `user` may read it (with its fragments), or None:
    what the analysts respond to in a cycle where the participant analyses first."""
    return (access.visible_to(user, SelfAnalysis.objects.filter(cycle=cycle, submitted_at__isnull=False))
            .prefetch_related(Prefetch("fragments", queryset=Fragment.objects.order_by("start_seconds", "pk")))
            .first())


def self_analysis_rows(self_analysis):
    """(group label, [(dimension, question for oneself, shown answer)]) in the order of the self-analysis's
    framework version: what its read-only page and the analysts' page show, each answer under its question."""
    groups = []
    for dimension in self_analysis.framework.dimensions.all():
        label = dimension.get_group_display()
        if not groups or groups[-1][0] != label:
            groups.append((label, []))
        shown = dimension.label_for(self_analysis.answers.get(dimension.code))
        groups[-1][1].append((dimension, dimension.question_for_oneself,
                              ", ".join(shown) if isinstance(shown, list) else shown))
    return groups


def visible_analyses(user, cycle):
    return list(access.visible_to(user, Analysis.objects.filter(cycle=cycle)).select_related("analyst"))


def my_cycles(user):
    return (ReflectionCycle.objects.filter(owner=user).select_related("consent")
            .annotate(analyst_count=Count("assignments")).order_by("-created_at"))


def workspace(user):
    """Cycles this analyst or neutral interviewer is assigned to (within consent), with what waits for them."""
    mine = Analysis.objects.filter(cycle=OuterRef("pk"), analyst=user, is_consensus=False)
    assigned = AnalystAssignment.objects.filter(cycle=OuterRef("pk"), analyst=user)
    return (
        access.visible_to(user, ReflectionCycle.objects.filter(Q(Exists(assigned)) | Q(interviewer=user)))
        .select_related("owner", "recording")
        .annotate(my_submitted=Exists(mine.filter(submitted_at__isnull=False)), i_analyse=Exists(assigned))
        .order_by("-created_at")
    )


def waiting_for_analyst(cycle, user=None):
    """What the analyst or interviewer should do next on this cycle (a short Dutch phrase), or '' when nothing
    waits for them (after submitting their analysis the cycle waits for the other analyst: see analyst_status)."""
    analyses = getattr(cycle, "i_analyse", True)
    if cycle.step == Step.ANALYSIS:
        return "" if cycle.my_submitted or not analyses else _("Analyseren")
    if cycle.step == Step.INTERVIEW:
        mine = cycle.interviewer_id == user.pk if cycle.interviewer_id and user else analyses
        return _("Cliëntinterview houden") if mine else ""
    if cycle.step == Step.DISCUSSION and analyses:
        return _("Analyses vergelijken en consensus vastleggen")
    if cycle.step == Step.REFLECTION and analyses and cycle.with_analyst_feedback:
        return _("Reflectiegesprek voeren")
    return ""


def analyst_status(cycle):
    """Where a cycle stands for an analyst when nothing waits for them (a short Dutch phrase), or ''."""
    if cycle.step == Step.ANALYSIS and cycle.my_submitted:
        return _("je analyse is ingediend; wacht op de andere analist")
    if cycle.step == Step.SELF_ANALYSIS:
        return _("wacht op de zelfanalyse van de deelnemer")
    return ""


def waiting_for_assignment():
    """Cycles with consent that still need two analysts or a neutral interviewer (no content, only what to plan)."""
    needs_analysts = Q(step=Step.CONSENT, with_analyst_feedback=True)
    needs_interviewer = Q(with_client_feedback=True, interviewer__isnull=True, consent__interview_allowed=True,
                          step__in=[Step.CONSENT, Step.SELF_ANALYSIS, Step.ANALYSIS, Step.DISCUSSION,
                                    Step.INTERVIEW])
    return (ReflectionCycle.objects.filter(needs_analysts | needs_interviewer)
            .filter(consent__withdrawn_at__isnull=True)
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


def _visible(user, obj):
    return obj if obj is not None and access.decide(user, access.VIEW, obj).allowed else None


def page_views(user, cycle):
    """What the cycle's page (and its PDF) shows to `user`: each part only when the policy lets them see it."""
    is_owner = cycle.owner_id == user.pk
    is_analyst = access.decide(user, rules.ANALYSE, cycle).allowed
    framework = cycle.framework
    context = {
        "cycle": cycle, "is_owner": is_owner, "is_analyst": is_analyst,
        "is_interviewer": rules.is_interviewer(user, cycle),
        "may_interview": access.decide(user, rules.INTERVIEW, cycle).allowed,
        "may_lead": access.decide(user, rules.LEAD, cycle).allowed,
        "steps": cycle.steps(), "next_step": cycle.next_step(),
        "variant": variant_of(cycle), "ingredients": ingredient_labels(cycle),
        "consent": getattr(cycle, "consent", None),
        "assignments": list(cycle.assignments.all()),
        "attention_points": list(cycle.attention_points.all()),
        "reflection": getattr(cycle, "reflection", None),
        "feedback": _visible(user, getattr(cycle, "interview_feedback", None)),
        "self_assessment": _visible(user, getattr(cycle, "self_assessment", None)),
        "self_analysis": _visible(user, getattr(cycle, "self_analysis", None)),
        "interview": _visible(user, getattr(cycle, "interview", None)),
        "analyses": [], "fragments": [],
    }
    if is_owner or is_analyst:
        context.update(recording=getattr(cycle, "recording", None), fragments=visible_fragments(user, cycle),
                       analyses=visible_analyses(user, cycle))
    context["my_analysis_submitted"] = any(
        a.analyst_id == user.pk and not a.is_consensus and a.submitted_at for a in context["analyses"])
    context["interview_rows"] = with_questions(INTERVIEW_GUIDE, context["interview"].answers
                                               if context["interview"] else None)
    context["reflection_rows"] = with_questions(REFLECTION_QUESTIONS, context["reflection"].answers
                                                if context["reflection"] else None)
    consensus = next((a for a in context["analyses"] if a.is_consensus), None)
    # The participant's own view: a finished Kijkwijzer self-analysis (made while watching the recording back),
    # else the zelfbeeld.
    self_analysis = context["self_analysis"]
    finished = self_analysis if self_analysis is not None and not self_analysis.is_draft else None
    context["own_view"] = finished or context["self_assessment"]
    context["own_view_is_self_analysis"] = finished is not None
    context["self_analysis_open"] = is_owner and self_analysis_open(cycle)
    # The owner reads the analysts' view after giving their own: a zelfbeeld written after the consensus would
    # only echo it. (The zelfbeeld can be given until the reflection; after that the consensus opens anyway.)
    context["consensus_waits"] = bool(consensus and is_owner and framework and not context["own_view"]
                                      and cycle.step not in (Step.ATTENTION_POINTS, Step.FINISHED))
    if consensus is not None and framework is not None and not context["consensus_waits"]:
        context["consensus_rows"] = [(d, d.label_for(consensus.answers.get(d.code))) for d in
                                     framework.dimensions.all()]
        context["consensus_fit"] = fit_text(framework, consensus.answers)
    own = context["own_view"].answers if context["own_view"] else None
    client = context["feedback"].client_view if context["feedback"] and context["feedback"].client_view else None
    shown_consensus = consensus.answers if consensus is not None and not context["consensus_waits"] else None
    if framework is not None and sum(view is not None for view in (own, shown_consensus, client)) >= 2:
        context["triangulation"] = triangulate(framework, own, shown_consensus, client)
        context["triangulation_columns"] = (own is not None, shown_consensus is not None, client is not None)
        context["own_fit"] = fit_text(framework, own)
    context["earlier_points"] = list(earlier_points(cycle)) \
        if is_owner else []
    context["checks"] = {check.point_id: check for check in cycle.follow_up_checks.all()} \
        if context["earlier_points"] else {}
    return context
