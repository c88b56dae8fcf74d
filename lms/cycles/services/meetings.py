"""The conversations after the analysis: the client interview, the intervisie session and the reflection meeting.

The interview is held by the neutral interviewer (`rules.INTERVIEW`), never the participant; the raw notes stay
with the interviewer and the analysts, and what is passed on to the participant (aandachtspunten, reflectievragen,
the client's view per part of the analysekader) is kept apart (`InterviewFeedback`). The reflection is led by an
analyst when the cycle has analysts' feedback, otherwise by the participant (`rules.LEAD`); with watching back (a)
it works on fragments chosen to watch, and it always comes after the participant's own view: the zelfbeeld,
or a finished Kijkwijzer self-analysis.
"""

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils.translation import gettext as _

from lms.framework.answers import clean_answers
from lms.notifications.services import notify
from lms.people import access
from theme.usertext import normalise_plain

from .. import rules
from ..models import ClientInterview, Fragment, InterviewFeedback, ReflectionMeeting, Step
from .self_analysis import own_view_given
from .steps import expect_step, locked, move_on


def discussable_fragments(user, cycle, fragment_ids):
    """Of the chosen fragments, those a meeting may discuss: ones `user` may see, the owner's own or the
    consensus', never one from an individual (blind) analysis."""
    ids = fragment_ids or []
    shared = access.visible_to(user, Fragment.objects.filter(cycle=cycle, pk__in=ids))
    return list(shared.filter(analysis__isnull=True) | shared.filter(analysis__is_consensus=True))


def _keep(model, cycle, answers, **fields):
    return model.objects.create(
        cycle=cycle, answers={key: normalise_plain(value) for key, value in answers.items() if value}, **fields,
    )


@transaction.atomic
def record_interview(user, cycle, *, held_on, answers, points="", questions="", client_view=None, quotes="",
                     fragment_ids=()):
    """The client's view of the conversation, asked along the interview guide by the neutral interviewer. The
    notes stay with the interviewer and the analysts; the participant gets `points` and `questions` written from
    them, and the client's view per part of the analysekader for the triangulation."""
    cycle = locked(cycle)
    if not cycle.interview_possible:
        raise ValidationError(_("Er is geen cliëntinterview bij deze cyclus: de variant heeft geen feedback van de "
                                "cliënt, of de cliënt gaf er geen toestemming voor."), code="no_interview")
    access.require(user, rules.INTERVIEW, cycle)
    expect_step(cycle, Step.INTERVIEW)
    points = normalise_plain(points)
    if not points:
        raise ValidationError(_("Schrijf de aandachtspunten voor de klantmanager op: wat neemt die mee uit wat de "
                                "cliënt zei?"), code="no_points")
    interview = _keep(ClientInterview, cycle, answers, interviewer=user, held_on=held_on,
                      quotes=normalise_plain(quotes))
    interview.fragments.set(discussable_fragments(user, cycle, fragment_ids))
    InterviewFeedback.objects.create(
        cycle=cycle, points=points, questions=normalise_plain(questions), framework=cycle.framework,
        client_view=clean_answers(cycle.framework, client_view or {}) if cycle.framework else {},
    )
    move_on(cycle, user, _("Cliëntinterview gehouden"))
    notify(cycle.owner, key=f"cycle-interview-feedback:{cycle.pk}", title=_("Terugkoppeling van het cliëntinterview"),
           body=_("De interviewer sprak je cliënt en geeft je aandachtspunten en reflectievragen mee."),
           link=cycle.get_absolute_url())
    return interview


@transaction.atomic
def skip_interview(user, cycle):
    """Go on without an interview (the client could not be reached, or did not want to after all)."""
    cycle = locked(cycle)
    access.require(user, rules.INTERVIEW, cycle)
    expect_step(cycle, Step.INTERVIEW)
    move_on(cycle, user, _("Cliëntinterview overgeslagen"))
    return cycle


@transaction.atomic
def complete_intervision(owner, cycle):
    """The intervisie session on this conversation took place (its verslag is kept with the session): on to the
    reflection. Called by the intervisie app, which knows the session."""
    access.require(owner, access.CHANGE, cycle)
    cycle = locked(cycle)
    expect_step(cycle, Step.INTERVISION)
    move_on(cycle, owner, _("Besproken in de intervisie"))
    return cycle


@transaction.atomic
def record_reflection(user, cycle, *, held_on, answers, notes="", fragment_ids=()):
    """The reflection along the reflection questions; then the aandachtspunten. The participant's zelfbeeld comes
    first (set beside the other views it is what the reflection is about); with watching back the meeting
    names the fragments watched."""
    cycle = locked(cycle)
    access.require(user, rules.LEAD, cycle)
    expect_step(cycle, Step.REFLECTION)
    if cycle.framework_id and not own_view_given(cycle):
        raise ValidationError(_("De deelnemer vult eerst het eigen zelfbeeld in (of rondt de zelfanalyse af): zo "
                                "ligt de eigen blik naast die van de anderen."), code="no_self_assessment")
    fragments = discussable_fragments(user, cycle, fragment_ids) if cycle.with_video_analysis else []
    if cycle.with_video_analysis and not fragments:
        raise ValidationError(_("Kies minstens één fragment dat jullie hebben teruggekeken."), code="no_fragments")
    meeting = _keep(ReflectionMeeting, cycle, answers, held_on=held_on, notes=normalise_plain(notes))
    meeting.fragments.set(fragments)
    move_on(cycle, user, _("Reflectiegesprek gehouden"))
    return meeting
