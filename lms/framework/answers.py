"""Checking filled-in answers against one framework version (used by real analyses and by exercises)."""

from django.core.exceptions import ValidationError
from django.utils.translation import gettext as _

from theme.usertext import normalise_plain


def clean_answers(framework, answers) -> dict:
    """Only answers for this version's dimensions, with valid option codes; empty answers are left out."""
    cleaned = {}
    for dimension in framework.dimensions.all():
        value = answers.get(dimension.code)
        if value in (None, "", []):
            continue
        valid = {option["code"] for option in dimension.options}
        if dimension.kind == "multiple":
            values = sorted(set(value))
            if not set(values) <= valid:
                raise ValidationError(_("Ongeldige keuze bij %(label)s.") % {"label": dimension.label})
            cleaned[dimension.code] = values
        elif dimension.kind == "text":
            cleaned[dimension.code] = normalise_plain(str(value))
        else:
            if str(value) not in valid:
                raise ValidationError(_("Ongeldige keuze bij %(label)s.") % {"label": dimension.label})
            cleaned[dimension.code] = str(value)
    return cleaned


def missing_dimensions(framework, answers, codes=None) -> list:
    """Labels of the coded (non-text) dimensions without an answer; `codes` limits to a subset."""
    return [d.label for d in framework.dimensions.all()
            if d.kind != "text" and (codes is None or d.code in codes) and d.code not in answers]
