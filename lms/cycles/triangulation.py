"""Three views of one conversation side by side: the participant's zelfbeeld, the analysts' consensus and what the
client said (through the neutral interviewer), per part of the analysekader. Where they differ is what the
reflection is about. Pure: takes loaded answers and a framework with prefetched dimensions."""

from dataclasses import dataclass
from itertools import combinations

from django.utils.translation import gettext as _

from lms.framework.agreement import MISMATCH, PASSEND, compare_dimension, fit_verdict


@dataclass
class TriangulationRow:
    dimension: object
    own: str
    consensus: str
    client: str
    differs: bool | None  # None: fewer than two views, or an open observation (never judged)


def _shown(dimension, answers):
    if answers is None:
        return None
    value = dimension.label_for(answers.get(dimension.code))
    return ", ".join(value) if isinstance(value, list) else value


def triangulate(framework, own=None, consensus=None, client=None) -> list[TriangulationRow]:
    """One row per dimension. A view that does not exist (no analysts, no interview) is None, not empty."""
    rows = []
    for dimension in framework.dimensions.all():
        values = [answers.get(dimension.code) for answers in (own, consensus, client) if answers is not None]
        comparisons = [compare_dimension(dimension, a, b) for a, b in combinations(values, 2)]
        judged = [c.agree for c in comparisons if c.agree is not None]
        rows.append(TriangulationRow(
            dimension=dimension, own=_shown(dimension, own), consensus=_shown(dimension, consensus),
            client=_shown(dimension, client), differs=(False in judged) if judged else None,
        ))
    return rows


def fit_text(framework, answers) -> str:
    """The interventielogica verdict in words: does the chosen strategie fit the client's zelfbeeld?"""
    if answers is None or framework is None:
        return ""
    verdict = fit_verdict(framework, answers)
    if verdict == PASSEND:
        return _("Passend: de strategie past bij het zelfbeeld van de cliënt.")
    if verdict == MISMATCH:
        return _("Mismatch: de strategie past niet bij het zelfbeeld van de cliënt. Hier ontstaat vaak gedoe.")
    return ""
