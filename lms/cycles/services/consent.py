"""The client's consent and how long the recording is kept.

Consent is data: what the client signed decides who sees the recording (see `rules.py`). Withdrawing it ends
the cycle at once and removes the recording link and every fragment; the retention job removes them from
finished cycles once the agreed period is over. The owner's own leervraag, reflection and aandachtspunten stay.
"""

from dateutil.relativedelta import relativedelta
from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from lms.people import access
from lms.privacy.signals import access_changed

from ..models import ClientInterview, Consent, Fragment, Medium, RecordingReference, ReflectionCycle, Step
from .steps import expect_step, locked, log_event, move_on


def medium_has_no_client(cycle):
    return cycle.medium == Medium.MANAGER


@transaction.atomic
def record_consent(owner, cycle, *, signed_on, analysts_may_view=True, colleagues_may_view=False,
                   training_may_view=False, interview_allowed=False, notes_to_participant=False, retention_months=6):
    """What the client (or, in a leidinggevende's conversation, the medewerker) signed. The cycle then waits for
    its analysts or interviewer, or goes on to its next step. What was signed must allow the ingredients chosen.
    Announced for the audit log: consent changes who may see the recording."""
    access.require(owner, access.CHANGE, cycle)
    cycle = locked(cycle)
    expect_step(cycle, Step.REGISTERED)
    if signed_on > timezone.localdate():
        raise ValidationError(_("De datum van ondertekening kan niet in de toekomst liggen."),
                              code="signed_in_future")
    if cycle.with_analyst_feedback and not analysts_may_view:
        raise ValidationError(_("Voor feedback van analisten moeten de analisten de opname mogen bekijken. Kies "
                                "eerst een variant zonder analisten als de cliënt dat niet wil."),
                              code="analysts_must_view")
    if cycle.with_client_feedback and not interview_allowed:
        raise ValidationError(_("Voor feedback van de cliënt moet de cliënt instemmen met een interview. Kies "
                                "eerst een variant zonder cliëntinterview als de cliënt dat niet wil."),
                              code="interview_must_be_allowed")
    if medium_has_no_client(cycle):
        interview_allowed = notes_to_participant = False
    Consent.objects.create(
        cycle=cycle, signed_on=signed_on, analysts_may_view=analysts_may_view, colleagues_may_view=colleagues_may_view,
        training_may_view=training_may_view, interview_allowed=interview_allowed,
        notes_to_participant=interview_allowed and notes_to_participant, retention_months=retention_months,
    )
    cycle = locked(cycle)
    move_on(cycle, owner, _("Toestemming vastgelegd"))
    access_changed.send(sender=ReflectionCycle, actor=owner, action="consent", obj=cycle, owner_id=cycle.owner_id)
    return cycle


def remove_recording(cycle):
    """The recording link and every fragment of the cycle go (withdrawal, retention)."""
    Fragment.objects.filter(cycle=cycle).delete()
    RecordingReference.objects.filter(cycle=cycle).delete()


@transaction.atomic
def withdraw_consent(owner, cycle):
    """The client withdraws: at once the recording link and every fragment go, a planned interview is cancelled,
    analysts lose access. The owner's own leervraag, reflection and aandachtspunten stay."""
    access.require(owner, access.CHANGE, cycle)
    cycle = locked(cycle)
    consent = getattr(cycle, "consent", None)
    if consent is None or not consent.is_active:
        raise ValidationError(_("Er is geen geldige toestemming om in te trekken."), code="no_active_consent")
    consent.withdrawn_at = timezone.now()
    consent.save(update_fields=["withdrawn_at"])
    remove_recording(cycle)
    ClientInterview.objects.filter(cycle=cycle).update(cancelled_at=timezone.now())
    cycle.step = Step.WITHDRAWN
    cycle.save(update_fields=["step"])
    log_event(cycle, owner, _("Toestemming ingetrokken: opname en fragmenten verwijderd"))
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
        raise ValidationError(_("Er is geen lopende toestemming van cliënt %(code)s.") % {"code": client_code},
                              code="no_active_consent")
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
            remove_recording(cycle)
            log_event(cycle, None, _("Bewaartermijn verlopen: opname en fragmenten verwijderd"))
        purged += 1
    return purged
