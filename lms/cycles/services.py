"""The video-reflection cycle, step by step. Each function checks who acts and whether the cycle is at that step.

`cycle.step` is what is in progress now: aangemeld (waiting for consent) → toestemming (waiting for analysts) →
analyse → bespreking → cliëntinterview (only when consent and medium allow) → reflectiegesprek →
aandachtspunten → afgerond. Without video analysis the cycle goes from consent straight to the interview or the
reflection. Withdrawing consent ends the cycle at once and removes the recording and every fragment.
"""

from dateutil.relativedelta import relativedelta
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from lms.framework.answers import clean_answers, missing_dimensions
from lms.framework.models import Framework
from lms.goals import services as goal_services
from lms.notifications.services import notify
from lms.people import access
from lms.people.models import Share
from lms.people.roles import Role
from lms.privacy.signals import access_changed
from theme.usertext import normalise_plain

from . import rules
from .models import (
    Analysis,
    AnalystAssignment,
    AttentionPoint,
    ClientInterview,
    Consent,
    CycleEvent,
    Fragment,
    RecordingReference,
    ReflectionCycle,
    ReflectionMeeting,
    Step,
)
from .validators import validate_client_code, validate_recording_url

ANALYSTS_PER_CYCLE = 2


def _event(cycle, actor, text):
    CycleEvent.objects.create(cycle=cycle, actor=actor, text=text)


def _expect(cycle, *steps):
    if cycle.step not in steps:
        raise ValidationError(
            _("Dat kan nu niet: deze cyclus is bij de stap '%(step)s'.") % {"step": cycle.get_step_display()}
        )


def _require_owner(user, cycle):
    access.require(user, access.CHANGE, cycle)


def _require_assigned_analyst(user, cycle):
    if not rules.analyst_may_see(user, cycle):
        raise PermissionDenied(rules.ANALYSTS_ONLY)


def _locked(cycle):
    """The cycle as it is now, locked for the rest of the transaction (the caller's copy may be stale)."""
    return ReflectionCycle.objects.select_for_update(of=("self",)).select_related(
        "consent", "recording", "framework"
    ).get(pk=cycle.pk)


@transaction.atomic
def start_cycle(owner, *, client_code, medium, learning_question, doubts="", with_video_analysis=True,
                with_client_feedback=True, with_analyst_feedback=True, with_intervision=False, follows=None):
    if not owner.has_role(Role.PARTICIPANT):
        raise PermissionDenied(_("Alleen deelnemers starten een video-reflectie."))
    validate_client_code(client_code)
    if not (with_video_analysis or with_client_feedback or with_analyst_feedback or with_intervision):
        raise ValidationError(_("Kies minstens één onderdeel: video-analyse, feedback van de cliënt, van analisten "
                                "of intervisie."))
    if follows is not None:
        access.require(owner, access.CHANGE, follows)
        if follows.client_code != client_code.strip():
            raise ValidationError(_("Een vervolggesprek is met dezelfde cliënt: gebruik dezelfde cliëntcode."))
    learning_question = normalise_plain(learning_question)
    if not learning_question:
        raise ValidationError(_("Schrijf je leervraag op: wat wil je van dit gesprek leren?"))
    cycle = ReflectionCycle.objects.create(
        owner=owner, client_code=client_code.strip(), medium=medium, learning_question=learning_question,
        doubts=normalise_plain(doubts), with_video_analysis=with_video_analysis,
        with_client_feedback=with_client_feedback, with_analyst_feedback=with_analyst_feedback,
        with_intervision=with_intervision, follows=follows,
    )
    _event(cycle, owner, _("Cyclus aangemeld"))
    return cycle


@transaction.atomic
def record_consent(owner, cycle, *, signed_on, analysts_may_view=True, colleagues_may_view=False,
                   training_may_view=False, interview_allowed=False, retention_months=6):
    _require_owner(owner, cycle)
    cycle = _locked(cycle)
    _expect(cycle, Step.REGISTERED)
    if signed_on > timezone.localdate():
        raise ValidationError(_("De datum van ondertekening kan niet in de toekomst liggen."))
    if cycle.with_video_analysis and not analysts_may_view:
        raise ValidationError(_("Voor een video-analyse moeten de analisten de opname mogen bekijken. Kies een "
                                "variant zonder video-analyse als de cliënt dat niet wil."))
    Consent.objects.create(
        cycle=cycle, signed_on=signed_on, analysts_may_view=analysts_may_view, colleagues_may_view=colleagues_may_view,
        training_may_view=training_may_view, interview_allowed=interview_allowed, retention_months=retention_months,
    )
    cycle.refresh_from_db()
    cycle.step = Step.CONSENT if cycle.with_video_analysis else _after_analysis(cycle)
    cycle.save(update_fields=["step"])
    _event(cycle, owner, _("Toestemming van de cliënt vastgelegd"))
    access_changed.send(sender=ReflectionCycle, actor=owner, action="consent", obj=cycle, owner_id=cycle.owner_id)
    return cycle


def _after_analysis(cycle):
    return Step.INTERVIEW if cycle.interview_possible else Step.REFLECTION


@transaction.atomic
def set_recording(owner, cycle, *, url, recorded_on, duration_seconds):
    _require_owner(owner, cycle)
    cycle = _locked(cycle)
    if cycle.step in (Step.WITHDRAWN, Step.FINISHED):
        raise ValidationError(_("Bij deze cyclus kan geen opname meer worden vastgelegd."))
    validate_recording_url(url)
    if duration_seconds <= 0 or duration_seconds > 4 * 3600:
        raise ValidationError(_("Vul een duur in tussen 1 seconde en 4 uur."))
    if recorded_on > timezone.localdate():
        raise ValidationError(_("De datum van het gesprek kan niet in de toekomst liggen."))
    recording, _created = RecordingReference.objects.update_or_create(
        cycle=cycle, defaults={"url": url, "recorded_on": recorded_on, "duration_seconds": duration_seconds}
    )
    _event(cycle, owner, _("Opname vastgelegd"))
    return recording


@transaction.atomic
def add_fragment(user, cycle, *, start_seconds, end_seconds, label, observation="", dimensions=(), analysis=None):
    """Mark a time span. The owner marks their own; an assigned analyst marks within their (blind) analysis."""
    cycle = _locked(cycle)
    if cycle.step in (Step.FINISHED, Step.WITHDRAWN):
        raise ValidationError(_("Deze cyclus is afgesloten; er kunnen geen fragmenten meer bij."))
    is_owner = cycle.owner_id == user.pk
    if not is_owner:
        _require_assigned_analyst(user, cycle)
        analysis = _own_analysis(user, cycle, create=True) if cycle.step == Step.ANALYSIS else analysis
    recording = getattr(cycle, "recording", None)
    if recording is None:
        raise ValidationError(_("Leg eerst de opname vast; een fragment hoort bij een opname."))
    if start_seconds >= end_seconds:
        raise ValidationError(_("Het einde van een fragment moet na het begin liggen."))
    if end_seconds > recording.duration_seconds:
        raise ValidationError(_("Het fragment loopt tot na het einde van de opname (%(end)s).")
                              % {"end": Fragment.clock(recording.duration_seconds)})
    label = normalise_plain(label)
    if not label:
        raise ValidationError(_("Geef het fragment een naam."))
    return Fragment.objects.create(
        cycle=cycle, analysis=analysis, created_by=user, start_seconds=start_seconds, end_seconds=end_seconds,
        label=label, observation=normalise_plain(observation), dimensions=sorted(dimensions),
    )


@transaction.atomic
def assign_analysts(actor, cycle, analysts):
    rules.require_assigner(actor)
    cycle = _locked(cycle)
    already = list(cycle.assignments.values_list("analyst_id", flat=True))
    new = [person for person in analysts if person.pk not in already]
    if len(already) + len(new) > ANALYSTS_PER_CYCLE:
        raise ValidationError(_("Een cyclus heeft precies twee analisten; er kan geen derde bij."))
    consent = getattr(cycle, "consent", None)
    if consent is None or not consent.is_active or not consent.analysts_may_view:
        raise ValidationError(_("Zonder toestemming van de cliënt kunnen er geen analisten aan de slag."))
    _expect(cycle, Step.CONSENT)
    for person in new:
        if not person.has_role(Role.ANALYST):
            raise ValidationError(_("%(name)s is geen analist.") % {"name": person.display_name})
        if person.pk == cycle.owner_id:
            raise ValidationError(_("Je kunt je eigen gesprek niet analyseren."))
        AnalystAssignment.objects.create(cycle=cycle, analyst=person, assigned_by=actor)
        access_changed.send(sender=ReflectionCycle, actor=actor, action="assign", obj=cycle, owner_id=cycle.owner_id)
        notify(person, key=f"cycle-assigned:{cycle.pk}:{person.pk}", title=_("Je bent analist bij een video-reflectie"),
               body=_("Er staat een gesprek voor je klaar om te analyseren."), link=cycle.get_absolute_url())
    if cycle.assignments.count() == ANALYSTS_PER_CYCLE:
        cycle.step = Step.ANALYSIS
        cycle.framework = Framework.current()
        cycle.save(update_fields=["step", "framework"])
        _event(cycle, actor, _("Twee analisten toegewezen"))
    return cycle


def _own_analysis(analyst, cycle, create=False):
    analysis = cycle.analyses.filter(analyst=analyst, is_consensus=False).first()
    if analysis is None and create:
        analysis = Analysis.objects.create(cycle=cycle, analyst=analyst, framework=cycle.framework)
    return analysis


@transaction.atomic
def save_analysis(analyst, cycle, answers, submit=False):
    """Save (and optionally submit) an analyst's own analysis. Submitted analyses are final. When the second one
    is submitted the cycle moves to the discussion and both analysts may see each other's work."""
    _require_assigned_analyst(analyst, cycle)
    cycle = _locked(cycle)
    _expect(cycle, Step.ANALYSIS)
    analysis = _own_analysis(analyst, cycle, create=True)
    if analysis.submitted_at:
        raise ValidationError(_("Je analyse is al ingediend en kan niet meer worden gewijzigd."))
    analysis.answers = clean_answers(cycle.framework, answers)
    if submit:
        missing = missing_dimensions(cycle.framework, analysis.answers)
        if missing:
            raise ValidationError(_("Vul eerst alle onderdelen in. Nog open: %(list)s.") % {"list": ", ".join(missing)})
        analysis.submitted_at = timezone.now()
    analysis.save()
    if submit:
        _event(cycle, analyst, _("Een analyse is ingediend"))
        submitted = cycle.analyses.filter(is_consensus=False, submitted_at__isnull=False).count()
        if submitted == ANALYSTS_PER_CYCLE:
            cycle.step = Step.DISCUSSION
            cycle.save(update_fields=["step"])
            _event(cycle, analyst, _("Beide analyses ingediend: tijd voor de bespreking"))
            for assignment in cycle.assignments.select_related("analyst"):
                notify(assignment.analyst, key=f"cycle-compare:{cycle.pk}:{assignment.analyst_id}",
                       title=_("Beide analyses zijn ingediend"),
                       body=_("Jullie kunnen de analyses nu vergelijken en samen tot een consensus komen."),
                       link=cycle.get_absolute_url())
    return analysis


@transaction.atomic
def record_consensus(analyst, cycle, answers):
    _require_assigned_analyst(analyst, cycle)
    cycle = _locked(cycle)
    _expect(cycle, Step.DISCUSSION)
    consensus, _created = Analysis.objects.update_or_create(
        cycle=cycle, is_consensus=True,
        defaults={"answers": clean_answers(cycle.framework, answers), "framework": cycle.framework,
                  "submitted_at": timezone.now(), "analyst": analyst},
    )
    _event(cycle, analyst, _("Consensus vastgelegd"))
    return consensus


@transaction.atomic
def release_consensus(analyst, cycle):
    """Share the agreed analysis with the participant and move on to the interview or the reflection."""
    _require_assigned_analyst(analyst, cycle)
    cycle = _locked(cycle)
    _expect(cycle, Step.DISCUSSION)
    if not cycle.analyses.filter(is_consensus=True).exists():
        raise ValidationError(_("Leg eerst de consensus vast."))
    cycle.consensus_released_at = timezone.now()
    cycle.step = _after_analysis(cycle)
    cycle.save(update_fields=["consensus_released_at", "step"])
    _event(cycle, analyst, _("Analyse gedeeld met de deelnemer"))
    notify(cycle.owner, key=f"cycle-released:{cycle.pk}", title=_("De analyse van je gesprek staat klaar"),
           body=_("De analisten hebben hun gezamenlijke analyse met je gedeeld."), link=cycle.get_absolute_url())
    return cycle


def _may_lead(user, cycle):
    """The interview and reflection are led by an assigned analyst, or by the owner when nobody is assigned."""
    if rules.analyst_may_see(user, cycle):
        return True
    return cycle.owner_id == user.pk and not cycle.assignments.exists()


def _fragments(cycle, fragment_ids):
    return list(cycle.fragments.filter(pk__in=fragment_ids or [], analysis__isnull=True)
                | cycle.fragments.filter(pk__in=fragment_ids or [], analysis__is_consensus=True))


@transaction.atomic
def record_interview(user, cycle, *, held_on, answers, quotes="", fragment_ids=()):
    cycle = _locked(cycle)
    if not cycle.interview_possible:
        raise ValidationError(_("Er is geen cliëntinterview bij deze cyclus: de cliënt gaf er geen toestemming voor, "
                                "of het was een gesprek met je leidinggevende."))
    if not _may_lead(user, cycle):
        raise PermissionDenied(rules.ANALYSTS_ONLY)
    _expect(cycle, Step.INTERVIEW)
    interview = ClientInterview.objects.create(
        cycle=cycle, interviewer=user, held_on=held_on, quotes=normalise_plain(quotes),
        answers={key: normalise_plain(value) for key, value in answers.items() if value},
    )
    interview.fragments.set(_fragments(cycle, fragment_ids))
    cycle.step = Step.REFLECTION
    cycle.save(update_fields=["step"])
    _event(cycle, user, _("Cliëntinterview gehouden"))
    return interview


@transaction.atomic
def skip_interview(user, cycle):
    cycle = _locked(cycle)
    if not _may_lead(user, cycle):
        raise PermissionDenied(rules.ANALYSTS_ONLY)
    _expect(cycle, Step.INTERVIEW)
    cycle.step = Step.REFLECTION
    cycle.save(update_fields=["step"])
    _event(cycle, user, _("Cliëntinterview overgeslagen"))
    return cycle


@transaction.atomic
def record_reflection(user, cycle, *, held_on, answers, notes="", fragment_ids=()):
    cycle = _locked(cycle)
    if not _may_lead(user, cycle):
        raise PermissionDenied(rules.ANALYSTS_ONLY)
    _expect(cycle, Step.REFLECTION)
    meeting = ReflectionMeeting.objects.create(
        cycle=cycle, held_on=held_on, notes=normalise_plain(notes),
        answers={key: normalise_plain(value) for key, value in answers.items() if value},
    )
    meeting.fragments.set(_fragments(cycle, fragment_ids))
    cycle.step = Step.ATTENTION_POINTS
    cycle.save(update_fields=["step"])
    _event(cycle, user, _("Reflectiegesprek gehouden"))
    return meeting


@transaction.atomic
def add_attention_point(owner, cycle, text):
    _require_owner(owner, cycle)
    cycle = _locked(cycle)
    _expect(cycle, Step.ATTENTION_POINTS, Step.FINISHED)
    text = normalise_plain(text)
    if not text:
        raise ValidationError(_("Schrijf op wat je meeneemt."))
    return AttentionPoint.objects.create(cycle=cycle, text=text[:300])


@transaction.atomic
def attention_point_to_goal(owner, point, kind, formulation, parent=None):
    """Turn an aandachtspunt into a leerdoel or actiedoel in one step; the goal keeps the link as its origin."""
    _require_owner(owner, point.cycle)
    if point.goal_id:
        raise ValidationError(_("Van dit aandachtspunt is al een doel gemaakt."))
    goal = goal_services.create_goal(
        owner, kind, formulation, parent=parent, origin="reflection",
        origin_note=_("Aandachtspunt uit video-reflectie %(number)s") % {"number": point.cycle_id},
    )
    point.goal = goal
    point.save(update_fields=["goal"])
    return goal


@transaction.atomic
def finish_cycle(owner, cycle):
    _require_owner(owner, cycle)
    cycle = _locked(cycle)
    _expect(cycle, Step.ATTENTION_POINTS)
    cycle.step = Step.FINISHED
    cycle.finished_at = timezone.now()
    cycle.save(update_fields=["step", "finished_at"])
    _event(cycle, owner, _("Cyclus afgerond"))
    return cycle


def _remove_recording(cycle):
    Fragment.objects.filter(cycle=cycle).delete()
    RecordingReference.objects.filter(cycle=cycle).delete()


@transaction.atomic
def withdraw_consent(owner, cycle):
    """The client withdraws: at once the recording link and every fragment go, a planned interview is cancelled,
    analysts lose access. The owner's own leervraag, reflection and aandachtspunten stay."""
    _require_owner(owner, cycle)
    cycle = _locked(cycle)
    consent = getattr(cycle, "consent", None)
    if consent is None or not consent.is_active:
        raise ValidationError(_("Er is geen geldige toestemming om in te trekken."))
    consent.withdrawn_at = timezone.now()
    consent.save(update_fields=["withdrawn_at"])
    _remove_recording(cycle)
    ClientInterview.objects.filter(cycle=cycle).update(cancelled_at=timezone.now())
    cycle.step = Step.WITHDRAWN
    cycle.save(update_fields=["step"])
    _event(cycle, owner, _("Toestemming ingetrokken: opname en fragmenten verwijderd"))
    access_changed.send(sender=ReflectionCycle, actor=owner, action="consent", obj=cycle, owner_id=cycle.owner_id)
    return cycle


@transaction.atomic
def withdraw_client(owner, client_code) -> int:
    """A client withdraws consent for every conversation of this klantmanager with them, in one action."""
    # consent__isnull=False: the withdrawn_at lookup alone also matches cycles without a consent (a LEFT JOIN),
    # and withdraw_consent would then refuse and roll back the whole withdrawal.
    cycles = ReflectionCycle.objects.filter(owner=owner, client_code=client_code.strip(), consent__isnull=False,
                                            consent__withdrawn_at__isnull=True)
    count = 0
    for cycle in cycles:
        withdraw_consent(owner, cycle)
        count += 1
    if not count:
        raise ValidationError(_("Er is geen lopende toestemming van cliënt %(code)s.") % {"code": client_code})
    return count


def purge_expired(today=None) -> int:
    """Retention: remove recording links and fragments of finished cycles past their retention date. Each cycle
    is its own transaction and leaves an event, so a second run finds nothing left to do."""
    today = today or timezone.localdate()
    purged = 0
    candidates = ReflectionCycle.objects.filter(step=Step.FINISHED, recording__isnull=False).select_related("consent")
    for cycle in candidates.iterator(chunk_size=200):
        consent = getattr(cycle, "consent", None)
        until = consent.retention_until() if consent else (cycle.finished_at + relativedelta(months=6)).date()
        if until >= today:
            continue
        with transaction.atomic():
            _remove_recording(cycle)
            _event(cycle, None, _("Bewaartermijn verlopen: opname en fragmenten verwijderd"))
        purged += 1
    return purged


def shares_of(cycle):
    return Share.objects.for_object(cycle).active().select_related("grantee")

