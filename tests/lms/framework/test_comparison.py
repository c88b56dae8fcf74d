"""Comparing two analyses per dimension, and whether the strategie fits the client's zelfbeeld."""

import pytest

from lms.framework.agreement import MISMATCH, PASSEND, compare_analyses, fit_verdict, fitting_strategy
from lms.framework.models import Dimension

from .conftest import dimension, make_framework


def by_code(comparisons):
    return {c.dimension.code: c for c in comparisons}


@pytest.mark.django_db
def test_there_is_one_comparison_per_dimension_in_the_framework_order(analysekader):
    comparisons = compare_analyses(analysekader, {}, {})
    assert [c.dimension.code for c in comparisons] == [d.code for d in analysekader.dimensions.all()]
    assert all(c.agree is None for c in comparisons)


@pytest.mark.django_db
def test_the_same_choice_is_agreement(analysekader):
    result = by_code(compare_analyses(analysekader, {"gezamenlijk-doel": "verondersteld"},
                                      {"gezamenlijk-doel": "verondersteld"}))["gezamenlijk-doel"]
    assert result.agree is True
    assert result.distance is None
    assert result.note == "Eens"


@pytest.mark.django_db
def test_a_different_choice_names_both_labels(analysekader):
    result = by_code(compare_analyses(analysekader, {"gezamenlijk-doel": "uitgesproken"},
                                      {"gezamenlijk-doel": "ingevuld"}))["gezamenlijk-doel"]
    assert result.agree is False
    assert result.distance is None  # a nominal choice has no distance
    assert result.note.startswith("Verschillend:")
    assert "Uitgesproken" in result.note and "Ingevuld" in result.note


@pytest.mark.django_db
def test_neighbouring_points_on_a_scale_are_one_point_apart(analysekader):
    result = by_code(compare_analyses(analysekader, {"echtheid-client": "4"}, {"echtheid-client": "5"}))[
        "echtheid-client"
    ]
    assert result.agree is False
    assert result.distance == 1
    assert result.note == "1 punt verschil"
    assert (result.first, result.second) == ("4", "5")


@pytest.mark.django_db
def test_the_distance_on_a_scale_counts_scale_positions_either_way(analysekader):
    result = by_code(compare_analyses(analysekader, {"echtheid-klantmanager": "5"},
                                      {"echtheid-klantmanager": "2"}))["echtheid-klantmanager"]
    assert result.distance == 3
    assert result.note == "3 punten verschil"
    same = by_code(compare_analyses(analysekader, {"echtheid-klantmanager": "3"},
                                    {"echtheid-klantmanager": "3"}))["echtheid-klantmanager"]
    assert (same.agree, same.distance, same.note) == (True, 0, "Eens")


@pytest.mark.django_db
def test_open_observations_are_never_judged_and_both_texts_are_kept(analysekader):
    result = by_code(compare_analyses(analysekader, {"emoties": "Cliënt wordt stil bij 12:40."},
                                      {"emoties": "Cliënt wordt stil bij 12:40."}))["emoties"]
    assert result.agree is None  # even identical texts: comparing them is the bespreking's work
    assert result.distance is None
    assert result.first == result.second == "Cliënt wordt stil bij 12:40."


@pytest.mark.django_db
def test_a_missing_answer_gives_no_verdict(analysekader):
    result = by_code(compare_analyses(analysekader, {"regie": "samen"}, {"regie": ""}))["regie"]
    assert result.agree is None
    assert result.note == "Ontbreekt in de tweede analyse"
    first_missing = by_code(compare_analyses(analysekader, {}, {"echtheid-client": "2"}))["echtheid-client"]
    assert (first_missing.agree, first_missing.distance) == (None, None)
    assert first_missing.note == "Ontbreekt in de eerste analyse"


TOPICS = dimension("onderwerpen", Dimension.Kind.MULTIPLE,
                   options=[("werk", "Werk"), ("zorg", "Zorg"), ("geld", "Geld")])


def test_several_choices_agree_when_the_sets_are_equal_in_any_order():
    framework = make_framework(TOPICS)
    [result] = compare_analyses(framework, {"onderwerpen": ["werk", "geld"]}, {"onderwerpen": ["geld", "werk"]})
    assert result.agree is True
    assert result.note == "Eens"


def test_several_choices_differ_when_one_analyst_saw_more():
    framework = make_framework(TOPICS)
    [result] = compare_analyses(framework, {"onderwerpen": ["werk"]}, {"onderwerpen": ["zorg", "werk"]})
    assert result.agree is False
    assert result.distance is None
    assert result.note == "Verschillend: alleen in de tweede: Zorg"


def test_an_empty_list_of_choices_counts_as_missing():
    framework = make_framework(TOPICS)
    [result] = compare_analyses(framework, {"onderwerpen": []}, {"onderwerpen": ["werk"]})
    assert result.agree is None


@pytest.mark.django_db
def test_pushing_someone_who_has_given_up_is_a_mismatch(analysekader):
    assert fit_verdict(analysekader, {"zelfbeeld": "opgegeven", "strategie": "kansen"}) == MISMATCH == "mismatch"


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("self_image", "strategy"),
    [("wil-en-kan", "kansen"), ("wil-maar-kan-niet", "leren"), ("opgegeven", "sturen"),
     ("andere-plannen", "ondernemen")],
)
def test_the_strategie_of_the_fit_table_is_passend(analysekader, self_image, strategy):
    assert fit_verdict(analysekader, {"zelfbeeld": self_image, "strategie": strategy}) == PASSEND == "passend"
    assert fitting_strategy(analysekader, self_image) == strategy


@pytest.mark.django_db
def test_teaching_someone_who_wants_and_can_is_also_a_mismatch(analysekader):
    assert fit_verdict(analysekader, {"zelfbeeld": "wil-en-kan", "strategie": "leren"}) == MISMATCH


@pytest.mark.django_db
@pytest.mark.parametrize("answers", [{}, {"zelfbeeld": "opgegeven"}, {"strategie": "sturen"},
                                     {"zelfbeeld": "", "strategie": "sturen"}])
def test_there_is_no_fit_verdict_without_both_zelfbeeld_and_strategie(analysekader, answers):
    assert fit_verdict(analysekader, answers) is None


@pytest.mark.django_db
def test_an_unknown_zelfbeeld_has_no_fitting_strategie(analysekader):
    assert fitting_strategy(analysekader, "weet-niet") is None
    assert fitting_strategy(analysekader, None) is None
    assert fit_verdict(analysekader, {"zelfbeeld": "weet-niet", "strategie": "sturen"}) is None


@pytest.mark.django_db
def test_labels_for_stored_answers(analysekader):
    assert analysekader.dimension("regie").label_for("samen") == "Klantmanager en cliënt samen"
    assert analysekader.dimension("emoties").label_for("Boosheid bij 3:10") == "Boosheid bij 3:10"
    assert analysekader.dimension("regie").label_for("verdwenen-code") == "verdwenen-code"
    assert TOPICS.label_for(["geld", "werk"]) == ["Geld", "Werk"]
    assert TOPICS.option_labels == {"werk": "Werk", "zorg": "Zorg", "geld": "Geld"}
