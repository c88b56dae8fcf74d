"""The two conversations after the analysis: the client interview and the reflection meeting.

Both are led by someone the policy allows to lead (`rules.LEAD`: an assigned analyst within consent, or the owner
of a cycle nobody was assigned to), both are held at their own step, keep the answers to their guide and the
fragments discussed, and move the cycle on. That shared part is `_hold`.
"""

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils.translation import gettext as _

from lms.people import access
from theme.usertext import normalise_plain

from .. import rules
from ..models import ClientInterview, ReflectionMeeting, Step
from .steps import expect_step, locked, move_to


def _led(user, cycle, step):
    """The locked cycle, once `user` may lead its meetings and it is at `step`."""
    access.require(user, rules.LEAD, cycle)
    expect_step(cycle, step)
    return cycle


def discussable_fragments(cycle, fragment_ids):
    """Of the chosen fragments, those a meeting may discuss: the owner's own and the consensus', never one from
    an individual (blind) analysis."""
    ids = fragment_ids or []
    return list(cycle.fragments.filter(pk__in=ids, analysis__isnull=True)
                | cycle.fragments.filter(pk__in=ids, analysis__is_consensus=True))


def _hold(user, cycle, model, *, answers, fragment_ids, next_step, event, **fields):
    """Keep the meeting (answers to the guide, plain text; the discussable fragments) and move the cycle on."""
    meeting = model.objects.create(
        cycle=cycle, answers={key: normalise_plain(value) for key, value in answers.items() if value}, **fields,
    )
    meeting.fragments.set(discussable_fragments(cycle, fragment_ids))
    move_to(cycle, next_step, user, event)
    return meeting


@transaction.atomic
def record_interview(user, cycle, *, held_on, answers, quotes="", fragment_ids=()):
    """The client's view of the conversation, asked along the interview guide. Only when the client allowed it
    and the conversation was with a client (not with one's leidinggevende)."""
    cycle = locked(cycle)
    if not cycle.interview_possible:
        raise ValidationError(_("Er is geen cliëntinterview bij deze cyclus: de cliënt gaf er geen toestemming voor, "
                                "of het was een gesprek met je leidinggevende."), code="no_interview")
    cycle = _led(user, cycle, Step.INTERVIEW)
    return _hold(user, cycle, ClientInterview, answers=answers, fragment_ids=fragment_ids,
                 next_step=Step.REFLECTION, event=_("Cliëntinterview gehouden"),
                 interviewer=user, held_on=held_on, quotes=normalise_plain(quotes))


@transaction.atomic
def skip_interview(user, cycle):
    """Go on to the reflection without an interview (the client could not be reached, or did not want to)."""
    cycle = _led(user, locked(cycle), Step.INTERVIEW)
    move_to(cycle, Step.REFLECTION, user, _("Cliëntinterview overgeslagen"))
    return cycle


@transaction.atomic
def record_reflection(user, cycle, *, held_on, answers, notes="", fragment_ids=()):
    """The reflection meeting with the participant, along the reflection questions; then the aandachtspunten."""
    cycle = _led(user, locked(cycle), Step.REFLECTION)
    return _hold(user, cycle, ReflectionMeeting, answers=answers, fragment_ids=fragment_ids,
                 next_step=Step.ATTENTION_POINTS, event=_("Reflectiegesprek gehouden"),
                 held_on=held_on, notes=normalise_plain(notes))
