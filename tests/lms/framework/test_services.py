"""Versions of the analysekader: a new version is a full, independent draft; publishing freezes it."""

import pytest
from django.core.exceptions import ValidationError

from lms.framework import services
from lms.framework.models import Dimension, Framework

pytestmark = pytest.mark.django_db

DIMENSION_FIELDS = ("code", "label", "kind", "group", "question", "options", "ordinal")


def snapshot(framework):
    return [tuple(getattr(d, name) for name in DIMENSION_FIELDS) for d in framework.dimensions.all()]


def test_a_new_version_is_an_unpublished_copy_with_the_next_number(analysekader):
    draft = services.new_version(analysekader)
    draft = Framework.objects.get(pk=draft.pk)
    assert draft.pk != analysekader.pk
    assert (draft.slug, draft.version) == ("analysekader", 2)
    assert not draft.is_published
    assert draft.published_at is None
    assert draft.name == analysekader.name
    assert draft.fit_table == analysekader.fit_table
    assert (draft.self_image_dimension, draft.strategy_dimension) == ("zelfbeeld", "strategie")
    assert snapshot(draft) == snapshot(analysekader)
    assert Framework.current().pk == analysekader.pk  # a draft is not used for new analyses


def test_changing_the_draft_leaves_the_published_version_untouched(analysekader):
    before = snapshot(analysekader)
    draft = services.new_version(analysekader)
    scale = draft.dimensions.get(code="echtheid-client")
    scale.options[0]["label"] = "1 – helemaal toneel"
    scale.save()
    draft.dimensions.filter(code="emoties").delete()
    original = Framework.objects.get(pk=analysekader.pk)
    assert snapshot(original) == before
    assert Dimension.objects.filter(framework=original).count() == 12


def test_a_new_version_follows_the_highest_existing_version_not_its_source(analysekader):
    services.new_version(analysekader)
    third = services.new_version(analysekader)
    assert third.version == 3


def test_publishing_makes_the_draft_the_current_version(analysekader):
    draft = services.new_version(analysekader)
    services.publish(draft)
    assert draft.is_published
    assert draft.published_at is not None
    assert Framework.current().pk == draft.pk
    # The old version stays published: analyses made with it keep it.
    assert Framework.objects.get(pk=analysekader.pk).is_published


def test_publishing_twice_keeps_the_first_publication_date(analysekader):
    draft = services.new_version(analysekader)
    services.publish(draft)
    first = draft.published_at
    stale = Framework.objects.get(pk=draft.pk)
    services.publish(stale)
    services.publish(Framework.objects.get(pk=draft.pk))
    assert Framework.objects.get(pk=draft.pk).published_at == first


def test_a_stale_copy_of_a_published_version_does_not_move_the_publication_date(analysekader):
    draft = services.new_version(analysekader)
    stale = Framework.objects.get(pk=draft.pk)  # loaded before publication
    services.publish(draft)
    services.publish(stale)
    assert stale.published_at == draft.published_at


def test_a_fit_table_naming_an_unknown_option_cannot_be_published(analysekader):
    draft = services.new_version(analysekader)
    draft.fit_table = {**draft.fit_table, "opgegeven": "duwen"}
    draft.save()
    with pytest.raises(ValidationError) as refused:
        services.publish(draft)
    assert any("duwen" in message for message in refused.value.messages)
    assert not Framework.objects.get(pk=draft.pk).is_published


def test_an_empty_framework_cannot_be_published():
    empty = Framework.objects.create(slug="leeg", name="Leeg kader", version=1)
    assert services.publication_problems(empty) == ["Het kader heeft nog geen onderdelen."]
    with pytest.raises(ValidationError):
        services.publish(empty)


def test_a_choice_without_options_cannot_be_published(analysekader):
    draft = services.new_version(analysekader)
    draft.dimensions.filter(code="regie").update(options=[])
    problems = services.publication_problems(Framework.objects.get(pk=draft.pk))
    assert problems == ["Regie in het gesprek: Geef minstens twee antwoordopties."]
