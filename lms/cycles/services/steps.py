"""What every step of a cycle shares: the row lock, the check that the cycle is at the right step, the timeline.

`cycle.step` is what is in progress now: aangemeld (waiting for consent) → toestemming (waiting for analysts or
the neutral interviewer) → analyse → bespreking → cliëntinterview → intervisie → reflectiegesprek →
aandachtspunten → afgerond. Which of these a cycle has follows from its ingredients (`ReflectionCycle.steps`):
without the analysts' feedback there is no analysis, without the client's feedback no interview, without
intervisie no session. Withdrawing consent ends the cycle at once (ingetrokken).
"""

from django.core.exceptions import ValidationError
from django.utils.translation import gettext as _

from ..models import CycleEvent, ReflectionCycle


def locked(cycle):
    """The cycle as it is now, locked for the rest of the transaction (the caller's copy may be stale)."""
    return ReflectionCycle.objects.select_for_update(of=("self",)).select_related(
        "consent", "recording", "framework"
    ).get(pk=cycle.pk)


def expect_step(cycle, *steps):
    """Refuse (code "wrong_step") unless the cycle is at one of `steps`: a stale page or a crafted request."""
    if cycle.step not in steps:
        raise ValidationError(
            _("Dat kan nu niet: deze cyclus is bij de stap '%(step)s'.") % {"step": cycle.get_step_display()},
            code="wrong_step",
        )


def log_event(cycle, actor, text):
    """One line on the cycle's timeline (actor None: the system, e.g. the retention job)."""
    CycleEvent.objects.create(cycle=cycle, actor=actor, text=text)


def move_to(cycle, step, actor, text):
    """Set the cycle's step and put it on the timeline."""
    cycle.step = step
    cycle.save(update_fields=["step"])
    log_event(cycle, actor, text)


def move_on(cycle, actor, text):
    """The cycle goes to the next of its own steps (`ReflectionCycle.steps`) and the timeline says why."""
    move_to(cycle, cycle.next_step(), actor, text)
