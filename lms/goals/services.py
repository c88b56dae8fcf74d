"""Workflows of the ontwikkelcyclus around goals: set, evaluate, re-set (herijken), discuss, remove.

Every function checks the access policy itself, so views, tasks, the demo and tests all go through the same
rules. Nothing here overwrites a goal's text: a new formulation is a new `GoalVersion`.
"""

import datetime
from dataclasses import dataclass

from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from lms.notifications.services import notify
from lms.people import access
from lms.people.models import Share
from lms.people.naming import display_name
from theme.submissions import create_once
from theme.usertext import normalise_plain

from .choices import Decision, Kind, Status
from .models import FeedbackRequest, Goal, GoalComment, GoalEvaluation, GoalVersion

# The fields of a formulation; a herijking may change any of them.
VERSION_FIELDS = ("title", "description", "why", "success_criteria", "cadence_weeks", "dimensions")
TEXT_FIELDS = ("title", "description", "why", "success_criteria")
# Error codes a view reacts to (ValidationError.code).
ALREADY_SAVED = "already_saved"
GOAL_CLOSED = "goal_closed"


@dataclass
class Formulation:
    title: str
    description: str = ""
    why: str = ""
    success_criteria: str = ""
    cadence_weeks: int = 6
    dimensions: list = None

    def cleaned(self) -> dict:
        values = {name: getattr(self, name) for name in VERSION_FIELDS}
        for name in TEXT_FIELDS:
            values[name] = normalise_plain(values[name])
        values["dimensions"] = sorted(values["dimensions"] or [])
        if not values["title"]:
            raise ValidationError(_("Geef je doel een titel."), code="title_missing")
        return values

    @classmethod
    def of(cls, version: GoalVersion) -> "Formulation":
        return cls(**{name: getattr(version, name) for name in VERSION_FIELDS})


def _next_date(start: datetime.date, weeks: int) -> datetime.date:
    return start + datetime.timedelta(weeks=weeks)


@transaction.atomic
def create_goal(owner, kind, formulation: Formulation, parent=None, origin="own_initiative", origin_note="",
                on_created=(), submission_key=None) -> Goal:
    """Set a new goal for `owner` (only ever by the owner). An actiedoel may hang under one of the owner's own
    active leerdoelen; a leerdoel hangs under nothing. The first evaluation falls one cadence from today.

    `on_created`: callables of the new goal, run inside this transaction (what other apps keep about it, such as
    the leeragenda's theme links); a ValidationError from one of them undoes the goal too.

    The same `submission_key` twice (a double click, three tabs) raises AlreadySaved with the first goal."""
    values = formulation.cleaned()
    if parent is not None:
        access.require(owner, access.CHANGE, parent)
        if kind != Kind.ACTION or parent.kind != Kind.LEARNING:
            raise ValidationError(_("Alleen een actiedoel kan onder een leerdoel hangen."), code="parent_not_learning")
        if not parent.is_active:
            raise ValidationError(_("Dit leerdoel is afgesloten; kies een actief leerdoel."), code="parent_closed")
    goal = create_once(Goal.objects.filter(owner=owner), submission_key, lambda: Goal.objects.create(
        owner=owner,
        kind=kind,
        parent=parent,
        origin=origin,
        origin_note=normalise_plain(origin_note),
        next_evaluation_on=_next_date(timezone.localdate(), values["cadence_weeks"]),
        submission_key=submission_key,
    ), _("Dit doel was al opgeslagen; hier is het."))
    goal.current_version = GoalVersion.objects.create(goal=goal, number=1, **values)
    goal.save(update_fields=["current_version"])
    for then in on_created:
        then(goal)
    return goal


@transaction.atomic
def evaluate_goal(user, goal, *, progress, tried, happened="", evidence_link="", decision, submission_key,
                  evaluated_on=None, new_formulation: Formulation | None = None, on_evaluated=()) -> GoalEvaluation:
    """Record an evaluation and carry out its decision.

    - voortzetten: the next evaluation is one cadence after this one;
    - bijstellen: `new_formulation` becomes a new version, linked to this evaluation; the old one stays;
    - behaald / gestopt: the goal is closed and no longer reminds anyone.

    `on_evaluated`: callables of the new evaluation, run inside this transaction once the decision is carried out
    (what other apps keep about it, such as the video-reflectie it points to); a ValidationError from one of them
    undoes the evaluation too.

    The same `submission_key` twice (a double click) raises ValidationError (code ALREADY_SAVED) and changes
    nothing.
    """
    access.require(user, access.CHANGE, goal)
    goal = Goal.objects.select_for_update(of=("self",)).select_related("current_version").get(pk=goal.pk)
    if not goal.is_active:
        raise ValidationError(_("Dit doel is al afgesloten; een evaluatie is niet meer nodig."), code=GOAL_CLOSED)
    if GoalEvaluation.objects.filter(goal=goal, submission_key=submission_key).exists():
        raise ValidationError(_("Deze evaluatie is al opgeslagen."), code=ALREADY_SAVED)
    evaluated_on = evaluated_on or timezone.localdate()
    if evaluated_on > timezone.localdate():
        raise ValidationError(_("Een evaluatie kan niet in de toekomst liggen."), code="in_the_future")
    new_values = None
    if decision == Decision.ADJUST:
        if new_formulation is None:
            raise ValidationError(_("Bij bijstellen hoort een nieuwe formulering van je doel."),
                                  code="formulation_missing")
        new_values = new_formulation.cleaned()
        if new_values == Formulation.of(goal.current_version).cleaned():
            raise ValidationError(
                _("Je hebt niets aan je doel veranderd. Pas de formulering aan, of kies voortzetten."),
                code="nothing_changed",
            )
    try:
        with transaction.atomic():
            evaluation = GoalEvaluation.objects.create(
                goal=goal,
                version=goal.current_version,
                evaluated_on=evaluated_on,
                due_on=goal.next_evaluation_on,
                progress=progress,
                tried=normalise_plain(tried),
                happened=normalise_plain(happened),
                evidence_link=evidence_link,
                decision=decision,
                submission_key=submission_key,
            )
    except IntegrityError as error:
        raise ValidationError(_("Deze evaluatie is al opgeslagen."), code=ALREADY_SAVED) from error

    cadence = goal.current_version.cadence_weeks
    if decision == Decision.ADJUST:
        goal.current_version = GoalVersion.objects.create(
            goal=goal, number=goal.current_version.number + 1, after_evaluation=evaluation, **new_values
        )
        cadence = new_values["cadence_weeks"]
    if decision in (Decision.CONTINUE, Decision.ADJUST):
        goal.next_evaluation_on = _next_date(evaluated_on, cadence)
    else:
        goal.status = Status.ACHIEVED if decision == Decision.ACHIEVED else Status.STOPPED
        goal.closed_at = timezone.now()
        goal.next_evaluation_on = None
    goal.save(update_fields=["current_version", "next_evaluation_on", "status", "closed_at"])
    for then in on_evaluated:
        then(evaluation)
    return evaluation


@transaction.atomic
def delete_goal(user, goal):
    """Remove a goal with everything under it (versions, evaluations, conversations, shares). Owner only."""
    access.require(user, access.DELETE, goal)
    goal_ids = [goal.pk, *goal.actions.values_list("pk", flat=True)]
    for shared in Goal.objects.filter(pk__in=goal_ids):
        Share.objects.for_object(shared).delete()
    # Versions are protected against accidental deletion; here the whole goal goes, on purpose.
    Goal.objects.filter(pk__in=goal_ids).update(current_version=None)
    GoalEvaluation.objects.filter(goal_id__in=goal_ids).delete()
    Goal.objects.filter(pk__in=goal_ids).delete()


def reviewers_of(goal):
    """The people this goal is shared with right now."""
    return [share.grantee for share in Share.objects.active().for_object(goal).select_related("grantee")]


@transaction.atomic
def add_comment(user, goal, body, reviewer=None) -> GoalComment:
    """A message in the conversation between the owner and one reviewer.

    A reviewer writes in their own thread; the owner names the reviewer they answer. Closing an open
    feedback request of that reviewer happens when the reviewer comments.
    """
    access.require(user, access.COMMENT, goal)
    body = normalise_plain(body)
    if not body:
        raise ValidationError(_("Schrijf eerst je reactie."), code="comment_empty")
    is_owner = goal.owner_id == user.pk
    if is_owner:
        if reviewer is None or not access.is_shared_with(reviewer, goal):
            raise ValidationError(_("Dit doel is niet (meer) gedeeld met deze persoon."), code="not_shared")
    else:
        reviewer = user
    open_request = None
    if not is_owner:
        open_request = FeedbackRequest.objects.filter(goal=goal, reviewer=user, answered_at__isnull=True).first()
    comment = GoalComment.objects.create(goal=goal, reviewer=reviewer, author=user, body=body, answers=open_request)
    if open_request is not None:
        open_request.answered_at = timezone.now()
        open_request.save(update_fields=["answered_at"])
    recipient = reviewer if is_owner else goal.owner
    notify(
        recipient,
        key=f"goal-comment:{comment.pk}",
        title=_("Nieuwe reactie op een gedeeld doel") if is_owner else _("Nieuwe reactie op je doel"),
        body=_("%(name)s heeft gereageerd.") % {"name": display_name(user)},
        link=goal.get_absolute_url(),
    )
    return comment


@transaction.atomic
def request_feedback(user, goal, reviewer, question="", submission_key=None) -> FeedbackRequest:
    """The owner asks a person the goal is shared with for feedback; that person gets a notice."""
    access.require(user, access.CHANGE, goal)
    if not access.is_shared_with(reviewer, goal):
        raise ValidationError(_("Deel je doel eerst met deze persoon; daarna kun je om feedback vragen."),
                              code="not_shared")
    try:
        with transaction.atomic():
            feedback_request = create_once(
                FeedbackRequest.objects.filter(goal=goal), submission_key,
                lambda: FeedbackRequest.objects.create(goal=goal, reviewer=reviewer, question=normalise_plain(question),
                                                       submission_key=submission_key),
                _("Je vraag om feedback was al verstuurd."))
    except IntegrityError as error:
        raise ValidationError(
            _("Je hebt %(name)s al om feedback gevraagd; dat verzoek staat nog open.")
            % {"name": display_name(reviewer)},
            code="feedback_open",
        ) from error
    notify(
        reviewer,
        key=f"feedback-request:{feedback_request.pk}",
        title=_("Verzoek om feedback"),
        body=_("%(name)s vraagt je om feedback op een doel dat met je gedeeld is.") % {"name": display_name(user)},
        link=goal.get_absolute_url(),
    )
    return feedback_request


def withdraw_feedback_request(user, feedback_request):
    access.require(user, access.CHANGE, feedback_request.goal)
    feedback_request.delete()
