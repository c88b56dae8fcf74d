"""The double blind analysis: two analysts assigned within consent, each analyses alone, then they compare,
agree on a consensus and release it to the participant."""

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from lms.framework.answers import clean_answers, missing_dimensions
from lms.framework.models import Framework
from lms.notifications.services import notify
from lms.people import access
from lms.people.naming import display_name
from lms.privacy.signals import access_changed

from .. import rules
from ..kijkwijzer import SelfAnalysis
from ..models import Analysis, AnalystAssignment, ReflectionCycle, Step
from .steps import expect_step, locked, log_event, move_on

ANALYSTS_PER_CYCLE = 2


def _check_assignable(person, cycle):
    """Who may be chosen is input to validate, not a permission of the one who assigns: the assignee must be an
    analyst (hold the capability to analyse) and may not analyse their own conversation."""
    if not access.may(person, rules.ANALYSE_CYCLES):
        raise ValidationError(_("%(name)s is geen analist.") % {"name": display_name(person)}, code="not_an_analyst")
    if person.pk == cycle.owner_id:
        raise ValidationError(_("Je kunt je eigen gesprek niet analyseren."), code="own_cycle")


@transaction.atomic
def assign_analysts(actor, cycle, analysts):
    """Assign analysts (a teamcoach or the functional administrator) until the cycle has two; then the analysis
    starts on the current analysekader, or, where the participant analyses first, the cycle waits for that
    self-analysis (unless it is finished already). Each analyst is notified; each assignment is announced for the
    audit log."""
    access.require_capability(actor, rules.ASSIGN_ANALYSTS)
    cycle = locked(cycle)
    if not cycle.with_analyst_feedback:
        raise ValidationError(_("Bij deze variant horen geen analisten: de deelnemer koos geen feedback van "
                                "analisten of trainers."), code="no_analysts_in_variant")
    already = list(cycle.assignments.values_list("analyst_id", flat=True))
    new = [person for person in analysts if person.pk not in already]
    if len(already) + len(new) > ANALYSTS_PER_CYCLE:
        raise ValidationError(_("Een cyclus heeft precies twee analisten; er kan geen derde bij."),
                              code="third_analyst")
    consent = getattr(cycle, "consent", None)
    if consent is None or not consent.is_active or not consent.analysts_may_view:
        raise ValidationError(_("Zonder toestemming van de cliënt kunnen er geen analisten aan de slag."),
                              code="no_consent_for_analysts")
    expect_step(cycle, Step.CONSENT)
    self_analysed = SelfAnalysis.objects.filter(cycle=cycle, submitted_at__isnull=False).exists()
    waits = cycle.self_analysis_first and not self_analysed
    for person in new:
        _check_assignable(person, cycle)
        AnalystAssignment.objects.create(cycle=cycle, analyst=person, assigned_by=actor)
        access_changed.send(sender=ReflectionCycle, actor=actor, action="assign", obj=cycle, owner_id=cycle.owner_id)
        notify(person, key=f"cycle-assigned:{cycle.pk}:{person.pk}", title=_("Je bent analist bij een video-reflectie"),
               body=_("De deelnemer analyseert het gesprek eerst zelf met de Kijkwijzer; je krijgt bericht als je "
                      "daarop kunt reageren.") if waits else _("Er staat een gesprek voor je klaar om te analyseren."),
               link=cycle.get_absolute_url())
    if cycle.assignments.count() == ANALYSTS_PER_CYCLE:
        cycle.framework = cycle.framework or Framework.current()
        cycle.save(update_fields=["framework"])
        move_on(cycle, actor, _("Twee analisten toegewezen"))
        if cycle.step == Step.SELF_ANALYSIS and self_analysed:
            # Made while the cycle waited for its analysts: they respond to it straight away.
            move_on(cycle, actor, _("De zelfanalyse was al afgerond: de analisten reageren erop"))
    return cycle


INTERVIEWER_STEPS = (Step.CONSENT, Step.SELF_ANALYSIS, Step.ANALYSIS, Step.DISCUSSION, Step.INTERVIEW)


@transaction.atomic
def assign_interviewer(actor, cycle, person):
    """Assign the neutral interviewer who will talk with the client (a teamcoach or the functional administrator).
    An analyst or a neutrale functionaris, never the participant: a client speaks freely only to an outsider.
    A cycle without analysts then goes straight to the interview."""
    access.require_capability(actor, rules.ASSIGN_ANALYSTS)
    cycle = locked(cycle)
    if not cycle.interview_possible:
        raise ValidationError(_("Bij deze cyclus is geen cliëntinterview: de variant heeft geen feedback van de "
                                "cliënt, of de cliënt gaf geen toestemming voor een interview."),
                              code="no_interview")
    expect_step(cycle, *INTERVIEWER_STEPS)
    if person.pk == cycle.owner_id:
        raise ValidationError(_("De deelnemer interviewt de eigen cliënt niet: kies een buitenstaander."),
                              code="own_client")
    if not access.may(person, rules.INTERVIEW_CLIENTS):
        raise ValidationError(_("%(name)s is geen analist of neutrale functionaris.") % {"name": display_name(person)},
                              code="not_an_interviewer")
    if cycle.interviewer_id == person.pk:
        return cycle
    cycle.interviewer = person
    cycle.save(update_fields=["interviewer"])
    access_changed.send(sender=ReflectionCycle, actor=actor, action="assign", obj=cycle, owner_id=cycle.owner_id)
    notify(person, key=f"cycle-interviewer:{cycle.pk}:{person.pk}", title=_("Je houdt een cliëntinterview"),
           body=_("Je spreekt een cliënt over een gesprek met een klantmanager en geeft die aandachtspunten mee."),
           link=cycle.get_absolute_url())
    if cycle.step == Step.CONSENT and not cycle.with_analyst_feedback:
        move_on(cycle, actor, _("Neutrale interviewer toegewezen"))
    else:
        log_event(cycle, actor, _("Neutrale interviewer toegewezen"))
    return cycle


def own_analysis(analyst, cycle, create=False):
    """The analyst's own (not the consensus) analysis of the cycle; made on first use when `create`."""
    analysis = cycle.analyses.filter(analyst=analyst, is_consensus=False).first()
    if analysis is None and create:
        analysis = Analysis.objects.create(cycle=cycle, analyst=analyst, framework=cycle.framework)
    return analysis


@transaction.atomic
def save_analysis(analyst, cycle, answers, submit=False):
    """Save (and optionally submit) an analyst's own analysis. Submitted analyses are final. When the second one
    is submitted the cycle moves to the discussion and both analysts may see each other's work. In a cycle where
    the participant analyses first, nothing is saved before that self-analysis is finished (code
    "self_analysis_first"): the analysts respond to it instead of analysing blind."""
    access.require(analyst, rules.ANALYSE, cycle)
    cycle = locked(cycle)
    if cycle.step == Step.SELF_ANALYSIS:
        raise ValidationError(_("De deelnemer analyseert het gesprek eerst zelf met de Kijkwijzer. Zodra die "
                                "zelfanalyse is afgerond, reageer je daarop met je analyse."),
                              code="self_analysis_first")
    expect_step(cycle, Step.ANALYSIS)
    analysis = own_analysis(analyst, cycle, create=True)
    if analysis.submitted_at:
        raise ValidationError(_("Je analyse is al ingediend en kan niet meer worden gewijzigd."),
                              code="already_submitted")
    analysis.answers = clean_answers(cycle.framework, answers)
    if submit:
        missing = missing_dimensions(cycle.framework, analysis.answers)
        if missing:
            raise ValidationError(_("Vul eerst alle onderdelen in. Nog open: %(list)s.") % {"list": ", ".join(missing)},
                                  code="incomplete")
        analysis.submitted_at = timezone.now()
    analysis.save()
    if submit:
        log_event(cycle, analyst, _("Een analyse is ingediend"))
        submitted = cycle.analyses.filter(is_consensus=False, submitted_at__isnull=False).count()
        if submitted == ANALYSTS_PER_CYCLE:
            cycle.step = Step.DISCUSSION
            cycle.save(update_fields=["step"])
            log_event(cycle, analyst, _("Beide analyses ingediend: tijd voor de bespreking"))
            for assignment in cycle.assignments.select_related("analyst"):
                notify(assignment.analyst, key=f"cycle-compare:{cycle.pk}:{assignment.analyst_id}",
                       title=_("Beide analyses zijn ingediend"),
                       body=_("Jullie kunnen de analyses nu vergelijken en samen tot een consensus komen."),
                       link=cycle.get_absolute_url())
    return analysis


@transaction.atomic
def record_consensus(analyst, cycle, answers):
    """The analysts' agreed analysis; recorded again it replaces the earlier one until it is released."""
    access.require(analyst, rules.ANALYSE, cycle)
    cycle = locked(cycle)
    expect_step(cycle, Step.DISCUSSION)
    answers = clean_answers(cycle.framework, answers)
    # The consensus is what the participant reads: like each analysis it answers every coded part.
    if not answers:
        raise ValidationError(_("De consensus is nog leeg. Vul per onderdeel in waar jullie het over eens zijn."),
                              code="consensus_empty")
    missing = missing_dimensions(cycle.framework, answers)
    if missing:
        raise ValidationError(_("Vul de consensus voor alle onderdelen in. Nog open: %(list)s.")
                              % {"list": ", ".join(missing)}, code="consensus_incomplete")
    consensus, _created = Analysis.objects.update_or_create(
        cycle=cycle, is_consensus=True,
        defaults={"answers": answers, "framework": cycle.framework,
                  "submitted_at": timezone.now(), "analyst": analyst},
    )
    log_event(cycle, analyst, _("Consensus vastgelegd"))
    return consensus


@transaction.atomic
def release_consensus(analyst, cycle):
    """Share the agreed analysis with the participant and move on to the interview or the reflection."""
    access.require(analyst, rules.ANALYSE, cycle)
    cycle = locked(cycle)
    expect_step(cycle, Step.DISCUSSION)
    if not cycle.analyses.filter(is_consensus=True).exists():
        raise ValidationError(_("Leg eerst de consensus vast."), code="no_consensus")
    cycle.consensus_released_at = timezone.now()
    cycle.save(update_fields=["consensus_released_at"])
    move_on(cycle, analyst, _("Analyse gedeeld met de deelnemer"))
    notify(cycle.owner, key=f"cycle-released:{cycle.pk}", title=_("De analyse van je gesprek staat klaar"),
           body=_("De analisten hebben hun gezamenlijke analyse met je gedeeld."), link=cycle.get_absolute_url())
    return cycle
