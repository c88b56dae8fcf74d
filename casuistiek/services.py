"""Exercises on cases: submitting an attempt, the feedback against the expert key, calibration over time.

Who may practise and who may lead a group exercise are capabilities (rules.py). A refused submission carries a
code: "unavailable", "other_framework_version", "incomplete", "other_case".
"""

from dataclasses import dataclass

from django.core.exceptions import ValidationError
from django.core.validators import MaxLengthValidator
from django.db import transaction
from django.utils.translation import gettext as _

from lms.framework.agreement import MISMATCH, agreement_by_dimension, compare_analyses, fit_verdict
from lms.framework.answers import clean_answers, missing_dimensions
from lms.people import access

from .models import AttemptAgreement, Case, CaseAttempt, GroupSession
from .rules import LEAD_GROUP_EXERCISE, PRACTISE_CASES

UNAVAILABLE = _("Deze casus is niet (meer) beschikbaar.")


def submit_attempt(user, case, answers, framework_id, group_session=None) -> CaseAttempt:
    """Keep one attempt. Refused: unavailable cases, answers for another framework version, missing dimensions."""
    access.require_capability(user, PRACTISE_CASES)
    if not case.is_available():
        raise ValidationError(UNAVAILABLE, code="unavailable")
    if str(framework_id) != str(case.framework_id):
        raise ValidationError(_("Deze antwoorden horen bij een andere versie van het analysekader. Laad de casus "
                                "opnieuw en vul hem nog eens in."), code="other_framework_version")
    cleaned = clean_answers(case.framework, answers)
    coded = {code for code in case.expert_answers}
    missing = missing_dimensions(case.framework, cleaned, codes=coded)
    if missing:
        raise ValidationError(_("Vul alle onderdelen in. Nog open: %(list)s.") % {"list": ", ".join(missing)},
                              code="incomplete")
    if group_session is not None and group_session.case_id != case.pk:
        raise ValidationError(_("Deze groepsoefening hoort bij een andere casus."), code="other_case")
    with transaction.atomic():
        attempt = CaseAttempt.objects.create(user=user, case=case, framework=case.framework, answers=cleaned,
                                             group_session=group_session)
        record_agreements(attempt)
    return attempt


def record_agreements(attempt):
    """Per coded dimension, whether the attempt agreed with the expert key (for organisation-wide figures)."""
    case = attempt.case
    AttemptAgreement.objects.bulk_create(
        AttemptAgreement(attempt=attempt, dimension=comparison.dimension.code, agrees=comparison.agree)
        for comparison in compare_analyses(attempt.framework, attempt.answers, case.expert_answers)
        if comparison.dimension.code in case.expert_answers and comparison.agree is not None
    )


@dataclass
class FeedbackRow:
    dimension: object
    mine: str
    expert: str
    agree: bool | None
    note: str
    explanation: str


def feedback(attempt) -> dict:
    """Per coded dimension: my answer beside the expert's, agreement and the explanation; plus the fit check."""
    case, framework = attempt.case, attempt.framework
    rows = []
    for comparison in compare_analyses(framework, attempt.answers, case.expert_answers):
        if comparison.dimension.code not in case.expert_answers:
            continue
        rows.append(FeedbackRow(
            comparison.dimension, comparison.dimension.label_for(comparison.first),
            comparison.dimension.label_for(comparison.second), comparison.agree, comparison.note,
            case.explanations.get(comparison.dimension.code, ""),
        ))
    expert_fit, my_fit = fit_verdict(framework, case.expert_answers), fit_verdict(framework, attempt.answers)
    scored = [row for row in rows if row.agree is not None]
    return {
        "rows": rows,
        "agreed": sum(1 for row in scored if row.agree), "total": len(scored),
        "expert_fit": expert_fit, "my_fit": my_fit,
        "recognised_mismatch": expert_fit == MISMATCH and my_fit == MISMATCH,
        "missed_mismatch": expert_fit == MISMATCH and my_fit != MISMATCH,
    }


def calibration(user, framework) -> dict:
    """Agreement with the expert key per dimension over the user's attempts, the trend, and what to practise."""
    attempts = list(access.visible_to(user, CaseAttempt.objects.filter(user=user, framework=framework))
                    .select_related("case").with_scores().order_by("submitted_at", "pk"))
    per_dimension = agreement_by_dimension(framework, [(a.answers, a.case.expert_answers) for a in attempts])
    per_dimension = [row for row in per_dimension if row["n"]]
    practise = min((row for row in per_dimension if row["percent"] is not None),
                   key=lambda row: row["percent"], default=None)
    # An attempt on a key with nothing to judge (open observations only) has no score, so no point.
    trend = [(attempt.submitted_at, attempt.score) for attempt in attempts if attempt.score is not None]
    return {"attempts": attempts, "per_dimension": per_dimension, "practise": practise, "trend": trend}


def group_distribution(session):
    """How the group answered per dimension (counts only, no names), beside the expert key."""
    framework = session.case.framework
    attempts = list(session.attempts.values_list("answers", flat=True))
    rows = []
    for dimension in framework.dimensions.all():
        if dimension.code not in session.case.expert_answers:
            continue
        counts = {}
        for answers in attempts:
            value = answers.get(dimension.code)
            if value is not None:
                counts[value] = counts.get(value, 0) + 1
        rows.append({
            "dimension": dimension,
            "options": [(option["label"], counts.get(option["code"], 0),
                         option["code"] == session.case.expert_answers.get(dimension.code))
                        for option in dimension.options],
        })
    return {"rows": rows, "count": len(attempts)}


def open_group_session(facilitator, case, title):
    """Group exercises are opened by teamcoaches and trainers (editors); the page and this service both ask."""
    access.require_capability(facilitator, LEAD_GROUP_EXERCISE)
    if not case.is_available():
        raise ValidationError(UNAVAILABLE, code="unavailable")
    title = title.strip()
    MaxLengthValidator(GroupSession._meta.get_field("title").max_length)(title)  # code "max_length"
    return GroupSession.objects.create(case=case, facilitator=facilitator, title=title or case.title)


def available_cases():
    return [case for case in Case.objects.filter(live=True).select_related("fragment__cycle__consent", "framework")
            if case.is_available()]
