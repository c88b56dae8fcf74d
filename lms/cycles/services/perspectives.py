"""The participant's own perspectives beside the others': the zelfbeeld on the analysekader, and in a
vervolggesprek whether the earlier aandachtspunten worked."""

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils.translation import gettext as _

from lms.framework.answers import clean_answers, missing_dimensions
from lms.people import access
from theme.usertext import normalise_plain

from ..models import AttentionPoint, FollowUpCheck, SelfAssessment, Step
from .steps import locked, log_event

# Until the reflection is held, the zelfbeeld can be given; afterwards it would no longer be one's first view.
SELF_ASSESSMENT_CLOSED = (Step.ATTENTION_POINTS, Step.FINISHED, Step.WITHDRAWN)


@transaction.atomic
def save_self_assessment(owner, cycle, answers):
    """The owner scores the conversation on the same analysekader as the analysts, once and for good: a zelfbeeld
    changed after reading the consensus would no longer show where the views differ."""
    access.require(owner, access.CHANGE, cycle)
    cycle = locked(cycle)
    if cycle.framework is None:
        raise ValidationError(_("Er is nog geen analysekader gepubliceerd."), code="no_framework")
    if cycle.step in SELF_ASSESSMENT_CLOSED:
        raise ValidationError(_("Het zelfbeeld hoort vóór het reflectiegesprek; dat is al geweest."),
                              code="too_late")
    if cycle.self_analysis_first:
        raise ValidationError(_("In deze video-reflectie is je zelfanalyse met de Kijkwijzer je eigen blik; een "
                                "apart zelfbeeld is niet nodig."), code="self_analysis_instead")
    if SelfAssessment.objects.filter(cycle=cycle).exists():
        raise ValidationError(_("Je zelfbeeld is al vastgelegd en blijft zoals het was."), code="already_saved")
    answers = clean_answers(cycle.framework, answers)
    missing = missing_dimensions(cycle.framework, answers)
    if missing:
        raise ValidationError(_("Vul eerst alle onderdelen in. Nog open: %(list)s.") % {"list": ", ".join(missing)},
                              code="incomplete")
    assessment = SelfAssessment.objects.create(cycle=cycle, framework=cycle.framework, answers=answers)
    log_event(cycle, owner, _("Zelfbeeld ingevuld"))
    return assessment


def earlier_points(cycle):
    """The aandachtspunten of the cycle this one follows up (same client), oldest first."""
    if cycle.follows_id is None:
        return AttentionPoint.objects.none()
    return AttentionPoint.objects.filter(cycle_id=cycle.follows_id).order_by("created_at", "pk")


@transaction.atomic
def check_earlier_point(owner, cycle, point, outcome, note=""):
    """In a vervolggesprek, the owner says per earlier aandachtspunt whether it worked (again: the latest counts)."""
    access.require(owner, access.CHANGE, cycle)
    if not earlier_points(cycle).filter(pk=point.pk).exists():
        raise ValidationError(_("Dit aandachtspunt hoort niet bij het eerdere gesprek met deze cliënt."),
                              code="not_an_earlier_point")
    if outcome not in FollowUpCheck.Outcome.values:
        raise ValidationError(_("Kies of het gelukt is."), code="no_outcome")
    check, _created = FollowUpCheck.objects.update_or_create(
        cycle=cycle, point=point, defaults={"outcome": outcome, "note": normalise_plain(note)[:500]})
    return check
