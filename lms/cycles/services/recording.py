"""The recording and its fragments. We keep a link into the organisation's own storage, a date and a duration;
fragments are time spans in it, marked by the owner or, within their blind analysis, by an assigned analyst."""

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from lms.people import access
from theme.usertext import normalise_plain

from .. import rules
from ..models import Fragment, RecordingReference, Step
from ..validators import validate_recording_url
from .analysis import own_analysis
from .steps import locked, log_event

CLOSED = (Step.FINISHED, Step.WITHDRAWN)
MAX_DURATION_SECONDS = 4 * 3600


@transaction.atomic
def set_recording(owner, cycle, *, url, recorded_on, duration_seconds):
    """Record (or correct) where the recording is. Only links into the organisation's storage are accepted."""
    access.require(owner, access.CHANGE, cycle)
    cycle = locked(cycle)
    if cycle.step in CLOSED:
        raise ValidationError(_("Bij deze cyclus kan geen opname meer worden vastgelegd."), code="cycle_closed")
    url = validate_recording_url(url)  # stored as the browser will read it
    if duration_seconds <= 0 or duration_seconds > MAX_DURATION_SECONDS:
        raise ValidationError(_("Vul een duur in tussen 1 seconde en 4 uur."), code="duration_out_of_range")
    if recorded_on > timezone.localdate():
        raise ValidationError(_("De datum van het gesprek kan niet in de toekomst liggen."),
                              code="recorded_in_future")
    recording, _created = RecordingReference.objects.update_or_create(
        cycle=cycle, defaults={"url": url, "recorded_on": recorded_on, "duration_seconds": duration_seconds}
    )
    log_event(cycle, owner, _("Opname vastgelegd"))
    return recording


def check_span(start_seconds, end_seconds, duration_seconds=None):
    """Refuse (in Dutch) a time span that ends before it starts, or after the recording (when its length is known)."""
    if start_seconds >= end_seconds:
        raise ValidationError(_("Het einde van een fragment moet na het begin liggen."), code="end_before_start")
    if duration_seconds and end_seconds > duration_seconds:
        raise ValidationError(_("Het fragment loopt tot na het einde van de opname (%(end)s).")
                              % {"end": Fragment.clock(duration_seconds)}, code="past_recording_end")
    if end_seconds > MAX_DURATION_SECONDS:
        raise ValidationError(_("Een fragment ligt binnen de eerste 4 uur van een opname."),
                              code="past_recording_end")


@transaction.atomic
def add_fragment(user, cycle, *, start_seconds, end_seconds, label, observation="", dimensions=(), analysis=None):
    """Mark a time span. The owner marks their own; an assigned analyst marks within their (blind) analysis."""
    cycle = locked(cycle)
    if cycle.step in CLOSED:
        raise ValidationError(_("Deze cyclus is afgesloten; er kunnen geen fragmenten meer bij."),
                              code="cycle_closed")
    if cycle.owner_id != user.pk:
        access.require(user, rules.ANALYSE, cycle)
        if cycle.step == Step.SELF_ANALYSIS:
            raise ValidationError(_("De deelnemer analyseert het gesprek eerst zelf. Markeer je fragmenten zodra die "
                                    "zelfanalyse is afgerond."), code="self_analysis_first")
        analysis = own_analysis(user, cycle, create=True) if cycle.step == Step.ANALYSIS else analysis
    recording = getattr(cycle, "recording", None)
    if recording is None:
        raise ValidationError(_("Leg eerst de opname vast; een fragment hoort bij een opname."), code="no_recording")
    check_span(start_seconds, end_seconds, recording.duration_seconds)
    label = normalise_plain(label)
    if not label:
        raise ValidationError(_("Geef het fragment een naam."), code="no_label")
    return Fragment.objects.create(
        cycle=cycle, analysis=analysis, created_by=user, start_seconds=start_seconds, end_seconds=end_seconds,
        label=label, observation=normalise_plain(observation), dimensions=sorted(dimensions),
    )
