"""Versioning the analysekader: copy a version into a draft, and publish a draft.

A published version is never changed (analyses refer to it and their answers name its options), so refining
the framework means: make a new version, edit the draft, publish it. `Framework.current()` then picks it up
for new analyses while old analyses keep theirs.
"""

import copy

from django.core.exceptions import ValidationError
from django.db import transaction
from django.db.models import Max
from django.utils import timezone
from django.utils.translation import gettext as _

from .models import Dimension, Framework

COPIED_FIELDS = ("slug", "name", "introduction", "fit_table", "self_image_dimension", "strategy_dimension")
DIMENSION_FIELDS = ("code", "label", "kind", "group", "question", "self_question", "tip", "options", "ordinal",
                    "sort_order")


def next_version_number(slug) -> int:
    return (Framework.objects.filter(slug=slug).aggregate(highest=Max("version"))["highest"] or 0) + 1


@transaction.atomic
def new_version(framework: Framework) -> Framework:
    """An unpublished draft with a deep copy of `framework` and its dimensions, numbered after the highest
    existing version of the same slug (not necessarily `framework.version + 1`)."""
    draft = Framework(
        **{name: copy.deepcopy(getattr(framework, name)) for name in COPIED_FIELDS},
        version=next_version_number(framework.slug),
        is_published=False,
        published_at=None,
    )
    draft.save()
    Dimension.objects.bulk_create(
        Dimension(framework=draft, **{name: copy.deepcopy(getattr(dimension, name)) for name in DIMENSION_FIELDS})
        for dimension in framework.dimensions.all()
    )
    return draft


def publication_problems(framework: Framework) -> list[str]:
    """Why this version cannot be published yet (empty when it can). Checked once, at publication: after that
    the version is frozen, so a fit table pointing at options that do not exist would stay wrong forever."""
    problems = []
    dimensions = {dimension.code: dimension for dimension in framework.dimensions.all()}
    if not dimensions:
        problems.append(_("Het kader heeft nog geen onderdelen."))
    for dimension in dimensions.values():
        try:
            dimension.clean()
        except ValidationError as error:
            for message in error.messages:
                problems.append(f"{dimension.label}: {message}")
    if framework.fit_table or framework.self_image_dimension or framework.strategy_dimension:
        self_image = dimensions.get(framework.self_image_dimension)
        strategy = dimensions.get(framework.strategy_dimension)
        if self_image is None:
            problems.append(_("Het onderdeel voor het zelfbeeld (%(code)s) bestaat niet.")
                            % {"code": framework.self_image_dimension or "—"})
        if strategy is None:
            problems.append(_("Het onderdeel voor de strategie (%(code)s) bestaat niet.")
                            % {"code": framework.strategy_dimension or "—"})
        if self_image is not None and strategy is not None:
            for self_image_code, strategy_code in (framework.fit_table or {}).items():
                if self_image_code not in self_image.option_labels:
                    problems.append(_("De passende strategie noemt een onbekend zelfbeeld: %(code)s.")
                                    % {"code": self_image_code})
                if strategy_code not in strategy.option_labels:
                    problems.append(_("De passende strategie noemt een onbekende strategie: %(code)s.")
                                    % {"code": strategy_code})
    return problems


@transaction.atomic
def publish(framework: Framework) -> Framework:
    """Publish this version; from now on it is frozen. Publishing twice changes nothing (the first date stays).
    Refused with a ValidationError listing the problems when the version is not complete."""
    if framework.is_published:
        return framework
    problems = publication_problems(framework)
    if problems:
        raise ValidationError(problems)
    Framework.objects.filter(pk=framework.pk, is_published=False).update(
        is_published=True, published_at=timezone.now()
    )
    framework.refresh_from_db(fields=["is_published", "published_at"])
    return framework
