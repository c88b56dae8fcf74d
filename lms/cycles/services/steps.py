"""What every step of a cycle shares: the row lock, the check that the cycle is at the right step, the timeline.

`cycle.step` is what is in progress now: aangemeld (waiting for consent) → toestemming (waiting for analysts) →
analyse → bespreking → cliëntinterview (only when consent and medium allow) → reflectiegesprek →
aandachtspunten → afgerond. Without video analysis the cycle goes from consent straight to the interview or the
reflection. Withdrawing consent ends the cycle at once (ingetrokken).
"""

from django.core.exceptions import ValidationError
from django.utils.translation import gettext as _

from ..models import CycleEvent, ReflectionCycle, Step


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


def after_analysis(cycle):
    """Where a cycle goes once the analysis is done (or skipped): the interview when it is possible, else the
    reflection meeting."""
    return Step.INTERVIEW if cycle.interview_possible else Step.REFLECTION
