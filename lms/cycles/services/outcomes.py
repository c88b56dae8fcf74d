"""What the participant takes away: aandachtspunten, turned into goals when they want, and finishing the cycle."""

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from lms.goals import services as goal_services
from lms.people import access
from theme.usertext import normalise_plain

from ..models import AttentionPoint, Step
from .steps import expect_step, locked, log_event

MAX_POINT_LENGTH = 300


@transaction.atomic
def add_attention_point(owner, cycle, text):
    """One aandachtspunt of the owner's, after the reflection meeting (also once the cycle is finished)."""
    access.require(owner, access.CHANGE, cycle)
    cycle = locked(cycle)
    expect_step(cycle, Step.ATTENTION_POINTS, Step.FINISHED)
    text = normalise_plain(text)
    if not text:
        raise ValidationError(_("Schrijf op wat je meeneemt."), code="empty")
    return AttentionPoint.objects.create(cycle=cycle, text=text[:MAX_POINT_LENGTH])


@transaction.atomic
def attention_point_to_goal(owner, point, kind, formulation, parent=None, on_created=()):
    """Turn an aandachtspunt into a leerdoel or actiedoel in one step; the goal keeps the link as its origin.

    `on_created`: what the goal form's contributed parts keep (e.g. links to leeragenda themes), as in
    `create_goal`: in this transaction, so a refusal there leaves the aandachtspunt without a goal."""
    access.require(owner, access.CHANGE, point.cycle)
    if point.goal_id:
        raise ValidationError(_("Van dit aandachtspunt is al een doel gemaakt."), code="already_a_goal")
    goal = goal_services.create_goal(
        owner, kind, formulation, parent=parent, origin="reflection",
        origin_note=_("Aandachtspunt uit video-reflectie %(number)s") % {"number": point.cycle_id},
        on_created=on_created,
    )
    point.goal = goal
    point.save(update_fields=["goal"])
    return goal


@transaction.atomic
def finish_cycle(owner, cycle):
    """The owner closes the cycle; from now the retention period of the recording runs."""
    access.require(owner, access.CHANGE, cycle)
    cycle = locked(cycle)
    expect_step(cycle, Step.ATTENTION_POINTS)
    cycle.step = Step.FINISHED
    cycle.finished_at = timezone.now()
    cycle.save(update_fields=["step", "finished_at"])
    log_event(cycle, owner, _("Cyclus afgerond"))
    return cycle
