"""Comparing analyses on the analysekader, and how well analysts agree. Pure: no database access at all.

Two analysts fill in the same framework for the same conversation without seeing each other's work. In the
bespreking they compare per dimension; over many double analyses the agreement per dimension shows which parts
of the framework are clear and which need training (casuïstiek) or a sharper question. Answers are plain dicts
of dimension code → value: the option code (str) for a scale or a single choice, a list of option codes for
several choices, free text for an observation.

Everything here takes a framework (or dimensions) that is already loaded; pass one with prefetched dimensions
(`Framework.current()` does that) so iterating over `framework.dimensions.all()` costs no query.
"""

from dataclasses import dataclass
from fractions import Fraction
from typing import Any

from django.utils.translation import gettext as _

PASSEND = "passend"
MISMATCH = "mismatch"

WEIGHTS = (None, "linear", "quadratic")


@dataclass
class DimensionComparison:
    """Two answers on one dimension, side by side, with a short verdict for the bespreking."""

    dimension: Any
    first: Any
    second: Any
    agree: bool | None
    distance: int | None
    note: str


def _kind(dimension):
    return str(dimension.kind)


def _is_missing(value) -> bool:
    if value is None:
        return True
    if isinstance(value, str):
        return not value.strip()
    if isinstance(value, list | tuple | set | frozenset):
        return not value
    return False


def _as_code(value) -> str:
    return str(value).strip()


def _as_codes(value) -> frozenset:
    if isinstance(value, str):
        return frozenset([value.strip()])
    return frozenset(_as_code(code) for code in value)


def _codes(dimension) -> list:
    return [option["code"] for option in dimension.options]


def _label(dimension, code) -> str:
    for option in dimension.options:
        if option["code"] == code:
            return option["label"]
    return code


def _labels(dimension, codes) -> str:
    order = {code: i for i, code in enumerate(_codes(dimension))}
    ordered = sorted(codes, key=lambda code: (order.get(code, len(order)), code))
    return ", ".join(_label(dimension, code) for code in ordered)


def _missing_note(first_missing, second_missing) -> str:
    if first_missing and second_missing:
        return _("Door geen van beiden ingevuld")
    if first_missing:
        return _("Ontbreekt in de eerste analyse")
    return _("Ontbreekt in de tweede analyse")


def compare_dimension(dimension, first, second) -> DimensionComparison:
    """Compare two answers on one dimension. Text is never judged: agree stays None and both texts are kept."""
    first_missing, second_missing = _is_missing(first), _is_missing(second)
    kind = _kind(dimension)

    if kind == "text":
        if first_missing or second_missing:
            note = _missing_note(first_missing, second_missing)
        else:
            note = _("Open observatie: vergelijk beide beschrijvingen")
        return DimensionComparison(dimension, first, second, agree=None, distance=None, note=note)

    if first_missing or second_missing:
        note = _missing_note(first_missing, second_missing)
        return DimensionComparison(dimension, first, second, agree=None, distance=None, note=note)

    if kind == "multiple":
        a, b = _as_codes(first), _as_codes(second)
        if a == b:
            return DimensionComparison(dimension, first, second, agree=True, distance=None, note=_("Eens"))
        parts = []
        if a - b:
            parts.append(_("alleen in de eerste: %(labels)s") % {"labels": _labels(dimension, a - b)})
        if b - a:
            parts.append(_("alleen in de tweede: %(labels)s") % {"labels": _labels(dimension, b - a)})
        note = _("Verschillend: %(details)s") % {"details": "; ".join(parts)}
        return DimensionComparison(dimension, first, second, agree=False, distance=None, note=note)

    a, b = _as_code(first), _as_code(second)
    agree = a == b
    distance = None
    codes = _codes(dimension)
    if dimension.ordinal and a in codes and b in codes:
        distance = abs(codes.index(a) - codes.index(b))
    if agree:
        note = _("Eens")
    elif distance == 1:
        note = _("1 punt verschil")
    elif distance is not None:
        note = _("%(distance)d punten verschil") % {"distance": distance}
    else:
        note = _("Verschillend: %(first)s tegenover %(second)s") % {
            "first": _label(dimension, a),
            "second": _label(dimension, b),
        }
    return DimensionComparison(dimension, first, second, agree=agree, distance=distance, note=note)


def compare_analyses(framework, first_answers: dict, second_answers: dict) -> list[DimensionComparison]:
    """One comparison per dimension of the framework, in the framework's order."""
    first_answers, second_answers = first_answers or {}, second_answers or {}
    return [
        compare_dimension(dimension, first_answers.get(dimension.code), second_answers.get(dimension.code))
        for dimension in framework.dimensions.all()
    ]


def fitting_strategy(framework, self_image_code) -> str | None:
    """The strategie that fits this zelfbeeld according to the framework's fit table, or None."""
    if _is_missing(self_image_code):
        return None
    return (framework.fit_table or {}).get(_as_code(self_image_code))


def fit_verdict(framework, answers: dict) -> str | None:
    """PASSEND when the chosen strategie fits the client's zelfbeeld, MISMATCH when it does not (the "gedoe"
    of the intervention logic, e.g. pushing someone who has given up), None when either is not filled in or
    the zelfbeeld is not in the fit table."""
    answers = answers or {}
    self_image = answers.get(framework.self_image_dimension)
    strategy = answers.get(framework.strategy_dimension)
    if _is_missing(self_image) or _is_missing(strategy):
        return None
    fitting = fitting_strategy(framework, self_image)
    if fitting is None:
        return None
    return PASSEND if _as_code(strategy) == fitting else MISMATCH


def percent_agreement(pairs) -> float | None:
    """Share of pairs where both answers are equal, as a percentage (0–100). None without pairs."""
    pairs = list(pairs)
    if not pairs:
        return None
    same = sum(1 for a, b in pairs if a == b)
    return 100 * same / len(pairs)


def _natural_key(value):
    try:
        return (0, float(value), "")
    except (TypeError, ValueError):
        return (1, 0.0, str(value))


def _weight(i, j, k, weights) -> Fraction:
    """Disagreement weight between category positions i and j out of k: 0 on the diagonal."""
    if i == j:
        return Fraction(0)
    if weights is None:
        return Fraction(1)
    step = Fraction(abs(i - j), k - 1)
    return step if weights == "linear" else step * step


def cohen_kappa(pairs, categories=None, weights=None) -> float | None:
    """Cohen's kappa for two raters: agreement corrected for what chance alone would give.

    kappa = 1 - Σ w·observed / Σ w·expected, with w the disagreement weight of a cell (nominal: 1 off the
    diagonal; "linear": |i-j|/(k-1); "quadratic": that squared), observed the share of pairs in each cell and
    expected the product of both raters' marginal shares. Without weights this is the familiar
    (p_o - p_e) / (1 - p_e).

    `categories` fixes the order for weighted kappa (e.g. the points of a scale). Without it the observed values
    are sorted (numbers as numbers). A value outside the given categories is an error, not silently dropped.
    Returns None without pairs, or when kappa is undefined: chance alone would already agree fully (both
    raters used one and the same single category).
    """
    if weights not in WEIGHTS:
        raise ValueError(f"weights must be one of {WEIGHTS}, not {weights!r}")
    pairs = list(pairs)
    if not pairs:
        return None
    if categories is None:
        categories = sorted({value for pair in pairs for value in pair}, key=_natural_key)
    categories = list(categories)
    position = {category: i for i, category in enumerate(categories)}
    unknown = {value for pair in pairs for value in pair if value not in position}
    if unknown:
        raise ValueError(f"values not among the categories: {sorted(map(str, unknown))}")
    k, n = len(categories), len(pairs)

    observed = {}
    first_margin, second_margin = [0] * k, [0] * k
    for a, b in pairs:
        i, j = position[a], position[b]
        observed[i, j] = observed.get((i, j), 0) + 1
        first_margin[i] += 1
        second_margin[j] += 1

    observed_disagreement = sum(_weight(i, j, k, weights) * count for (i, j), count in observed.items()) / n
    expected_disagreement = (
        sum(
            _weight(i, j, k, weights) * first_margin[i] * second_margin[j]
            for i in range(k)
            for j in range(k)
            if first_margin[i] and second_margin[j]
        )
        / (n * n)
    )
    if expected_disagreement == 0:
        return None
    return float(1 - observed_disagreement / expected_disagreement)


def _answer_key(dimension, value):
    """A stored answer as a comparable category, or None when it cannot count (missing or not an option)."""
    if _is_missing(value):
        return None
    if _kind(dimension) == "multiple":
        return tuple(sorted(_as_codes(value)))
    code = _as_code(value)
    return code if code in _codes(dimension) else None


def agreement_by_dimension(framework, analysis_pairs) -> list[dict]:
    """Agreement per judged (non-text) dimension over many double analyses.

    Each entry: {"dimension", "n" (pairs where both answered), "percent" (0–100), "kappa"}. Ordinal dimensions
    get linearly weighted kappa over the dimension's own option order, so "4 against 5" counts as nearly right;
    the others nominal kappa (several choices: the whole set of choices is one category). An answer that is not
    an option of this version is left out; versions are frozen, so that only happens with foreign data.
    """
    analysis_pairs = list(analysis_pairs)
    results = []
    for dimension in framework.dimensions.all():
        if _kind(dimension) == "text":
            continue
        pairs = []
        for first_answers, second_answers in analysis_pairs:
            a = _answer_key(dimension, (first_answers or {}).get(dimension.code))
            b = _answer_key(dimension, (second_answers or {}).get(dimension.code))
            if a is not None and b is not None:
                pairs.append((a, b))
        if dimension.ordinal:
            kappa = cohen_kappa(pairs, categories=_codes(dimension), weights="linear")
        else:
            kappa = cohen_kappa(pairs)
        results.append({"dimension": dimension, "n": len(pairs), "percent": percent_agreement(pairs), "kappa": kappa})
    return results
