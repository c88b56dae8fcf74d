"""Percent agreement and Cohen's kappa, checked against values worked out by hand."""

import pytest

from lms.framework.agreement import agreement_by_dimension, cohen_kappa, percent_agreement


def repeat(pair, times):
    return [pair] * times


# A 2×2 table of 20 items (rows: first rater, columns: second rater):
#            ja   nee | total
#   ja        9    1  |  10
#   nee       3    7  |  10
#   total    12    8  |  20
TWO_BY_TWO = repeat(("ja", "ja"), 9) + repeat(("ja", "nee"), 1) + repeat(("nee", "ja"), 3) + repeat(("nee", "nee"), 7)

# A 3×3 ordinal table of 10 items on a scale 1 < 2 < 3:
#            1   2   3 | total
#   1        3   1   0 |  4
#   2        1   2   1 |  4
#   3        0   1   1 |  2
#   total    4   4   2 | 10
ORDINAL = (
    repeat(("1", "1"), 3) + repeat(("1", "2"), 1)
    + repeat(("2", "1"), 1) + repeat(("2", "2"), 2) + repeat(("2", "3"), 1)
    + repeat(("3", "2"), 1) + repeat(("3", "3"), 1)
)


def test_percent_agreement_is_the_share_of_equal_pairs_in_percent():
    # 9 + 7 = 16 equal pairs out of 20 → 80 %
    assert percent_agreement(TWO_BY_TWO) == pytest.approx(80.0)
    assert percent_agreement([("a", "b")]) == 0.0


def test_percent_agreement_is_undefined_without_pairs():
    assert percent_agreement([]) is None


def test_nominal_kappa_on_a_two_by_two_table():
    # p_o = (9 + 7) / 20 = 0.8
    # p_e = (10·12 + 10·8) / 20² = 200 / 400 = 0.5
    # κ = (0.8 − 0.5) / (1 − 0.5) = 0.6
    assert cohen_kappa(TWO_BY_TWO) == pytest.approx(0.6)


def test_nominal_kappa_with_three_categories():
    #            a   b   c | total
    #   a        4   1   0 |  5
    #   b        1   2   1 |  4
    #   c        0   0   1 |  1
    #   total    5   3   2 | 10
    # p_o = (4 + 2 + 1) / 10 = 0.7
    # p_e = (5·5 + 4·3 + 1·2) / 100 = 39 / 100 = 0.39
    # κ = (0.7 − 0.39) / (1 − 0.39) = 0.31 / 0.61 = 31/61 ≈ 0.5082
    pairs = (
        repeat(("a", "a"), 4) + repeat(("a", "b"), 1)
        + repeat(("b", "a"), 1) + repeat(("b", "b"), 2) + repeat(("b", "c"), 1)
        + repeat(("c", "c"), 1)
    )
    assert cohen_kappa(pairs) == pytest.approx(31 / 61)


def test_nominal_kappa_ignores_how_far_apart_scale_points_are():
    # ORDINAL without weights: p_o = (3 + 2 + 1) / 10 = 0.6
    # p_e = (4·4 + 4·4 + 2·2) / 100 = 0.36
    # κ = (0.6 − 0.36) / 0.64 = 0.375
    assert cohen_kappa(ORDINAL) == pytest.approx(0.375)


def test_linearly_weighted_kappa_counts_a_near_miss_as_half_wrong():
    # Disagreement weights w = |i − j| / (k − 1) with k = 3: neighbours 1/2, two apart 1.
    # Observed: four neighbour cells of 1 item each → 4 · 1/2 = 2, over 10 items → 0.2
    # Expected (row total · column total / 100):
    #   neighbours: (1,2) 4·4 + (2,1) 4·4 + (2,3) 4·2 + (3,2) 2·4 = 48 → 48 · 1/2 = 24
    #   two apart:  (1,3) 4·2 + (3,1) 2·4 = 16 → 16 · 1 = 16
    #   (24 + 16) / 100 = 0.4
    # κ_w = 1 − 0.2 / 0.4 = 0.5
    assert cohen_kappa(ORDINAL, categories=["1", "2", "3"], weights="linear") == pytest.approx(0.5)


def test_quadratically_weighted_kappa_forgives_near_misses_even_more():
    # Weights ((i − j) / (k − 1))²: neighbours 1/4, two apart 1.
    # Observed: 4 · 1/4 = 1, over 10 items → 0.1
    # Expected: (48 · 1/4 + 16 · 1) / 100 = (12 + 16) / 100 = 0.28
    # κ_w = 1 − 0.1 / 0.28 = 1 − 5/14 = 9/14 ≈ 0.6429
    assert cohen_kappa(ORDINAL, categories=["1", "2", "3"], weights="quadratic") == pytest.approx(9 / 14)


def test_weighted_kappa_sorts_numeric_categories_as_numbers_when_none_are_given():
    # Same table as ORDINAL, with the codes 2, 9 and 10 (in that order): sorting as text would give
    # 10 < 2 < 9 and a different κ; sorting as numbers gives the 0.5 worked out above.
    relabel = {"1": "2", "2": "9", "3": "10"}
    pairs = [(relabel[a], relabel[b]) for a, b in ORDINAL]
    assert cohen_kappa(pairs, weights="linear") == pytest.approx(0.5)


def test_kappa_is_one_for_perfect_agreement_over_two_categories():
    assert cohen_kappa([("ja", "ja"), ("nee", "nee"), ("ja", "ja")]) == 1.0
    assert cohen_kappa([("1", "1"), ("3", "3")], categories=["1", "2", "3"], weights="linear") == 1.0


def test_kappa_is_minus_one_for_complete_disagreement_on_two_balanced_categories():
    # p_o = 0; p_e = (5·5 + 5·5) / 100 = 0.5; κ = (0 − 0.5) / (1 − 0.5) = −1
    pairs = repeat(("ja", "nee"), 5) + repeat(("nee", "ja"), 5)
    assert cohen_kappa(pairs) == -1.0


def test_kappa_is_undefined_when_both_raters_use_one_category_only():
    # p_e = 1: chance alone already agrees fully, so (p_o − p_e) / (1 − p_e) divides by zero.
    assert cohen_kappa(repeat(("ja", "ja"), 4)) is None
    assert cohen_kappa(repeat(("3", "3"), 4), categories=["1", "2", "3", "4", "5"], weights="linear") is None


def test_kappa_is_undefined_without_pairs():
    assert cohen_kappa([]) is None
    assert cohen_kappa([], categories=["1", "2"], weights="quadratic") is None


def test_kappa_refuses_unknown_weights_and_values_outside_the_categories():
    with pytest.raises(ValueError):
        cohen_kappa(TWO_BY_TWO, weights="cubic")
    with pytest.raises(ValueError):
        cohen_kappa([("1", "7")], categories=["1", "2", "3"], weights="linear")


@pytest.mark.django_db
def test_agreement_per_dimension_uses_the_whole_scale_for_weighted_kappa(analysekader):
    # echtheid-klantmanager over four double analyses: (1,1), (1,2), (2,1), (5,5); the scale has 5 points,
    # so w = |i − j| / 4. Marginals are the same for both raters: 1 → 2, 2 → 1, 5 → 1.
    # Observed: two pairs one point apart → 2 · 1/4 = 1/2, over 4 → 1/8
    # Expected (r_i · c_j · w, over 16):
    #   (1,2) + (2,1): 2·1·1/4 · 2 = 1;  (1,5) + (5,1): 2·1·4/4 · 2 = 4;  (2,5) + (5,2): 1·1·3/4 · 2 = 3/2
    #   (1 + 4 + 3/2) / 16 = 13/32
    # κ_w = 1 − (1/8) / (13/32) = 1 − 4/13 = 9/13 ≈ 0.692
    # (Using only the observed points 1, 2, 5 as if evenly spaced would give 3/7 instead.)
    scale = [("1", "1"), ("1", "2"), ("2", "1"), ("5", "5")]
    pairs = [
        ({"echtheid-klantmanager": a, "zelfbeeld": "opgegeven"}, {"echtheid-klantmanager": b, "zelfbeeld": z})
        for (a, b), z in zip(scale, ["opgegeven", "opgegeven", "wil-en-kan", "opgegeven"], strict=True)
    ]
    pairs.append(({"echtheid-klantmanager": "3"}, {}))  # only one analyst answered: not counted
    results = {r["dimension"].code: r for r in agreement_by_dimension(analysekader, pairs)}

    echtheid = results["echtheid-klantmanager"]
    assert echtheid["n"] == 4
    assert echtheid["percent"] == pytest.approx(50.0)
    assert echtheid["kappa"] == pytest.approx(9 / 13)

    # zelfbeeld is nominal: 3 of 4 the same. Marginals: first 4× opgegeven; second 3× opgegeven, 1× wil-en-kan.
    # p_o = 3/4; p_e = (4·3) / 16 = 3/4; κ = (3/4 − 3/4) / (1 − 3/4) = 0
    assert results["zelfbeeld"]["n"] == 4
    assert results["zelfbeeld"]["percent"] == pytest.approx(75.0)
    assert results["zelfbeeld"]["kappa"] == pytest.approx(0.0)


@pytest.mark.django_db
def test_agreement_per_dimension_leaves_out_open_observations_and_reports_empty_dimensions(analysekader):
    results = agreement_by_dimension(analysekader, [({"emoties": "boos"}, {"emoties": "boos"})])
    codes = [r["dimension"].code for r in results]
    assert "emoties" not in codes
    assert len(codes) == 8
    assert all(r["n"] == 0 and r["percent"] is None and r["kappa"] is None for r in results)
