"""The Kijkwijzer self-analysis (zelfanalyse): a participant analyses their own recording, saves a draft and
finishes it later; inside a cycle from cycle VKNZ_SELF_ANALYSIS_FROM_CYCLE on, the analysts wait for it.

- on its own: `start_self_analysis` (idempotent per form shown), with the conversation's date and, optionally, a
  client code or short name, the recording's link and its duration;
- inside a cycle: `self_analysis_for_cycle` opens the cycle's one self-analysis (made on first use) while the
  cycle still takes it: until the analysts start when it comes first, until the reflection otherwise;
- `save_self_analysis` keeps a draft, `finish_self_analysis` saves what was typed and then finishes (a refusal
  loses nothing: the draft is saved first); finishing asks an answer at every part with choices, not at the open
  observations. Finished, it is read-only. In a cycle at the step "zelfanalyse" finishing hands the cycle to the
  analysts, who respond to it (`analysis.save_analysis` refuses them before);
- `mark_fragment` / `remove_fragment`: time spans marked while watching; inside a cycle they are the cycle's own
  fragments (chosen for the reflection, removed with the recording when consent goes);
- `delete_self_analysis`: a draft, with its fragments.
The version of the analysekader is the one current when it starts (a cycle's own version inside a cycle), and
every answer stays on it.
"""

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from lms.framework.answers import clean_answers, missing_dimensions
from lms.framework.models import Framework
from lms.notifications.services import notify
from lms.people import access
from theme.submissions import create_once
from theme.usertext import normalise_plain

from .. import rules
from ..kijkwijzer import SelfAnalysis
from ..models import Fragment, SelfAssessment, Step
from ..validators import validate_client_code, validate_recording_url
from .recording import MAX_DURATION_SECONDS, check_span
from .steps import locked, log_event, move_on

# A self-analysis that comes first is made while the cycle waits for it; once the analysts started it is too late.
FIRST_OPEN = (Step.REGISTERED, Step.CONSENT, Step.SELF_ANALYSIS)
# Otherwise it is the way to watch back, useful until the reflection is written.
OPTIONAL_CLOSED = (Step.ATTENTION_POINTS, Step.FINISHED, Step.WITHDRAWN)


def open_in_cycle(cycle) -> bool:
    """Whether the cycle still takes a self-analysis (started, changed or finished) at its present step."""
    if not cycle.offers_self_analysis:
        return False
    if cycle.self_analysis_first:
        return cycle.step in FIRST_OPEN
    return cycle.step not in OPTIONAL_CLOSED


def own_view_given(cycle) -> bool:
    """The participant's own view of the conversation is there: a zelfbeeld, or a finished self-analysis."""
    return (SelfAssessment.objects.filter(cycle=cycle).exists()
            or SelfAnalysis.objects.filter(cycle=cycle, submitted_at__isnull=False).exists())


def _no_framework():
    return ValidationError(_("Er is nog geen analysekader gepubliceerd."), code="no_framework")


def clean_details(*, client_code="", held_on=None, recording_url="", duration_seconds=None) -> dict:
    """The facts of a conversation analysed on its own, checked: a pseudonymous code, a date not in the future,
    a link into the organisation's storage, a length up to 4 hours. Everything but the date may stay empty."""
    client_code = (client_code or "").strip()
    if client_code:
        validate_client_code(client_code)
    if held_on is None:
        raise ValidationError(_("Vul de datum van het gesprek in."), code="no_date")
    if held_on > timezone.localdate():
        raise ValidationError(_("De datum van het gesprek kan niet in de toekomst liggen."), code="date_in_future")
    recording_url = validate_recording_url(recording_url) if recording_url else ""
    if duration_seconds is not None and not 0 < duration_seconds <= MAX_DURATION_SECONDS:
        raise ValidationError(_("Vul een duur in tussen 1 seconde en 4 uur."), code="duration_out_of_range")
    return {"client_code": client_code, "held_on": held_on, "recording_url": recording_url,
            "duration_seconds": duration_seconds}


@transaction.atomic
def start_self_analysis(owner, *, client_code="", held_on=None, recording_url="", duration_seconds=None,
                        submission_key=None):
    """A self-analysis of a conversation outside any cycle, on the current analysekader. Participants only."""
    access.require_capability(owner, rules.START_CYCLE)
    framework = Framework.current()
    if framework is None:
        raise _no_framework()
    details = clean_details(client_code=client_code, held_on=held_on, recording_url=recording_url,
                            duration_seconds=duration_seconds)
    return create_once(
        SelfAnalysis.objects.filter(owner=owner), submission_key,
        lambda: SelfAnalysis.objects.create(owner=owner, framework=framework, submission_key=submission_key,
                                            **details),
        _("Deze zelfanalyse was al begonnen."))


@transaction.atomic
def self_analysis_for_cycle(owner, cycle):
    """The cycle's self-analysis, made on first use (one per cycle; asking twice gives the same one)."""
    access.require(owner, access.CHANGE, cycle)
    cycle = locked(cycle)
    existing = SelfAnalysis.objects.filter(cycle=cycle).first()
    if existing is not None:
        return existing
    if not cycle.offers_self_analysis:
        raise ValidationError(_("Bij deze video-reflectie hoort geen zelfanalyse: je kijkt de opname niet terug, of "
                                "de analisten gaan voor."), code="not_in_variant")
    if not open_in_cycle(cycle):
        raise ValidationError(_("Voor een zelfanalyse bij deze video-reflectie is het te laat."), code="too_late")
    if cycle.framework is None:
        cycle.framework = Framework.current()
        if cycle.framework is None:
            raise _no_framework()
        cycle.save(update_fields=["framework"])
    analysis = SelfAnalysis.objects.create(owner=owner, cycle=cycle, framework=cycle.framework)
    log_event(cycle, owner, _("Zelfanalyse met de Kijkwijzer begonnen"))
    return analysis


def _editable(owner, self_analysis):
    """The draft as it is now, locked (its cycle first), once its owner may change it and it may still change."""
    access.require(owner, access.CHANGE, self_analysis)
    cycle = locked(self_analysis.cycle) if self_analysis.cycle_id else None
    current = (SelfAnalysis.objects.select_for_update(of=("self",)).select_related("framework")
               .prefetch_related("framework__dimensions").get(pk=self_analysis.pk))
    if cycle is not None:
        current.cycle = cycle  # the locked copy, with its recording
    if not current.is_draft:
        raise ValidationError(_("Deze zelfanalyse is afgerond en blijft zoals hij is."), code="already_finished")
    if cycle is not None and not open_in_cycle(cycle):
        raise ValidationError(_("Deze video-reflectie is verder: de zelfanalyse kan niet meer veranderen."),
                              code="too_late")
    return current


@transaction.atomic
def save_self_analysis(owner, self_analysis, answers, details=None):
    """Keep the draft: the answers given so far (each checked against the version's options) and, on its own,
    the conversation's facts (`details`, see `clean_details`; the length may not cut off a marked fragment)."""
    current = _editable(owner, self_analysis)
    current.answers = clean_answers(current.framework, answers)
    fields = ["answers", "updated_at"]
    if details is not None and current.cycle_id is None:
        details = clean_details(**details)
        longest = max((f.end_seconds for f in current.fragments.all()), default=0)
        if details["duration_seconds"] and longest > details["duration_seconds"]:
            raise ValidationError(_("Een van je fragmenten loopt tot %(end)s: de opname kan niet korter zijn.")
                                  % {"end": Fragment.clock(longest)}, code="shorter_than_fragment")
        for name, value in details.items():
            setattr(current, name, value)
        fields += list(details)
    current.save(update_fields=fields)
    return current


def finish_self_analysis(owner, self_analysis, answers=None, details=None):
    """Save what was typed (so a refusal loses nothing), then finish: every part with choices needs an answer,
    the open observations may stay empty. Refused with code "incomplete" and the missing parts by name."""
    if answers is not None:
        save_self_analysis(owner, self_analysis, answers, details)
    return _finish(owner, self_analysis)


@transaction.atomic
def _finish(owner, self_analysis):
    current = _editable(owner, self_analysis)
    missing = missing_dimensions(current.framework, current.answers)
    if missing:
        raise ValidationError(
            _("Je kunt nog niet afronden: kies eerst bij elk onderdeel een antwoord. Nog open: %(list)s. Wat je "
              "invulde, is bewaard als concept.") % {"list": ", ".join(missing)}, code="incomplete")
    current.submitted_at = timezone.now()
    current.save(update_fields=["submitted_at", "updated_at"])
    cycle = current.cycle
    if cycle is not None:
        if cycle.step == Step.SELF_ANALYSIS:
            move_on(cycle, owner, _("Zelfanalyse afgerond: de analisten reageren erop"))
            _tell_analysts(cycle)
        else:
            log_event(cycle, owner, _("Zelfanalyse met de Kijkwijzer afgerond"))
    return current


def _tell_analysts(cycle):
    for assignment in cycle.assignments.select_related("analyst"):
        notify(assignment.analyst, key=f"cycle-self-analysed:{cycle.pk}:{assignment.analyst_id}",
               title=_("De zelfanalyse staat klaar"),
               body=_("De deelnemer heeft het gesprek eerst zelf geanalyseerd. Je analyse reageert daarop."),
               link=cycle.get_absolute_url())


@transaction.atomic
def mark_fragment(owner, self_analysis, *, start_seconds, end_seconds, label, observation="", dimensions=()):
    """A time span marked while watching. Inside a cycle it is one of the cycle's fragments and needs the cycle's
    recording; on its own it needs no link, but ends within the recording's length when that is known."""
    current = _editable(owner, self_analysis)
    if current.cycle_id and current.recording is None:
        raise ValidationError(_("Leg eerst de opname van je video-reflectie vast; een fragment hoort bij een "
                                "opname."), code="no_recording")
    check_span(start_seconds, end_seconds, current.duration)
    label = normalise_plain(label)
    if not label:
        raise ValidationError(_("Geef het fragment een naam."), code="no_label")
    codes = {dimension.code for dimension in current.framework.dimensions.all()}
    return Fragment.objects.create(
        cycle=current.cycle, self_analysis=current, created_by=owner, start_seconds=start_seconds,
        end_seconds=end_seconds, label=label, observation=normalise_plain(observation),
        dimensions=sorted(code for code in set(dimensions) if code in codes),
    )


@transaction.atomic
def remove_fragment(owner, self_analysis, fragment_id):
    """Remove a fragment marked in this draft (another's fragment, or one of another analysis, is not found)."""
    current = _editable(owner, self_analysis)
    deleted, _details = Fragment.objects.filter(pk=fragment_id, self_analysis=current).delete()
    if not deleted:
        raise ValidationError(_("Dit fragment hoort niet bij deze zelfanalyse."), code="not_this_fragment")


@transaction.atomic
def delete_self_analysis(owner, self_analysis):
    """Delete a draft with the fragments marked in it. A finished self-analysis stays (in a cycle the analysts
    responded to it); the step-out erases everything."""
    access.require(owner, access.DELETE, self_analysis)
    cycle = locked(self_analysis.cycle) if self_analysis.cycle_id else None
    current = SelfAnalysis.objects.select_for_update(of=("self",)).get(pk=self_analysis.pk)
    if not current.is_draft:
        raise ValidationError(_("Een afgeronde zelfanalyse kun je niet verwijderen."), code="already_finished")
    current.delete()
    if cycle is not None:
        log_event(cycle, owner, _("Concept van de zelfanalyse verwijderd"))
