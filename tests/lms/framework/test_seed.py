"""The seeded analysekader (migration 0002): the framework of the action research, version 1, published."""

import pytest

from lms.framework.models import Dimension, Framework

pytestmark = pytest.mark.django_db

THEORY_CODES = [
    "echtheid-klantmanager",
    "echtheid-client",
    "gezamenlijk-doel",
    "zelfbeeld",
    "strategie",
    "regie",
    "regie-passend",
    "metacommunicatie",
]
KIJKWIJZER_CODES = ["emoties", "weerstand", "feedback-client", "resultaten"]


def test_current_is_the_published_version_1_of_the_analysekader(analysekader):
    assert analysekader is not None
    assert analysekader.slug == "analysekader"
    assert analysekader.version == 1
    assert analysekader.is_published
    assert analysekader.published_at is not None
    assert analysekader.name == "Analysekader Van Kijken naar Zien"
    assert str(analysekader) == "Analysekader Van Kijken naar Zien (versie 1)"


def test_the_twelve_dimensions_come_in_the_order_of_the_framework(analysekader):
    assert [d.code for d in analysekader.dimensions.all()] == THEORY_CODES + KIJKWIJZER_CODES


def test_the_kijkwijzer_consists_of_four_open_observations(analysekader):
    kijkwijzer = [d for d in analysekader.dimensions.all() if d.group == Dimension.Group.KIJKWIJZER]
    assert [d.code for d in kijkwijzer] == KIJKWIJZER_CODES
    assert all(d.kind == Dimension.Kind.TEXT and d.options == [] for d in kijkwijzer)
    theory = [d for d in analysekader.dimensions.all() if d.group == Dimension.Group.THEORY]
    assert not any(d.kind == Dimension.Kind.TEXT for d in theory)


def test_echtheid_is_a_five_point_ordinal_scale_for_both_partners(analysekader):
    for code in ("echtheid-klantmanager", "echtheid-client"):
        scale = analysekader.dimension(code)
        assert scale.kind == Dimension.Kind.SCALE
        assert scale.ordinal
        assert scale.option_codes == ["1", "2", "3", "4", "5"]
        assert "sociaal wenselijk" in scale.label_for("1")
        assert "open en eerlijk" in scale.label_for("5")


def test_the_choices_of_the_theory_dimensions_are_seeded_with_their_codes(analysekader):
    expected = {
        "gezamenlijk-doel": ["uitgesproken", "verondersteld", "ingevuld", "afwezig"],
        "zelfbeeld": ["wil-en-kan", "wil-maar-kan-niet", "opgegeven", "andere-plannen"],
        "strategie": ["kansen", "leren", "sturen", "ondernemen"],
        "regie": ["klantmanager", "samen", "client"],
        "regie-passend": ["ja", "deels", "nee"],
        "metacommunicatie": ["ja", "soms", "nee"],
    }
    for code, options in expected.items():
        found = analysekader.dimension(code)
        assert found.kind == Dimension.Kind.SINGLE, code
        assert not found.ordinal, code
        assert found.option_codes == options, code
    assert analysekader.dimension("zelfbeeld").label_for("wil-maar-kan-niet") == "Ik wil wel, maar ik kan het niet"


def test_the_fit_table_pairs_each_zelfbeeld_with_its_strategie(analysekader):
    assert analysekader.self_image_dimension == "zelfbeeld"
    assert analysekader.strategy_dimension == "strategie"
    assert analysekader.fit_table == {
        "wil-en-kan": "kansen",
        "wil-maar-kan-niet": "leren",
        "opgegeven": "sturen",
        "andere-plannen": "ondernemen",
    }


def test_running_the_seed_again_changes_nothing(analysekader):
    from django.apps import apps

    from .conftest import SEED

    published_at = analysekader.published_at
    SEED.seed(apps, None)
    assert Framework.objects.filter(slug="analysekader").count() == 1
    again = Framework.current()
    assert again.published_at == published_at
    assert again.dimensions.count() == 12


def test_current_takes_the_highest_published_version_and_ignores_drafts(analysekader):
    Framework.objects.create(slug="analysekader", name="Concept", version=3, is_published=False)
    assert Framework.current().pk == analysekader.pk
    newer = Framework.objects.create(slug="analysekader", name="Nieuw", version=2, is_published=True)
    assert Framework.current().pk == newer.pk
    assert Framework.current("bestaat-niet") is None


def test_looking_up_dimensions_of_the_current_version_needs_no_query_per_lookup(
    analysekader, django_assert_num_queries
):
    framework = Framework.current()
    with django_assert_num_queries(0):
        assert framework.dimension("strategie").label == "Strategie van de klantmanager"
        assert framework.dimension("emoties").kind == Dimension.Kind.TEXT
        assert framework.dimension("onbekend") is None
