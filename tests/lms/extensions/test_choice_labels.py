"""get_FOO_display() on the models shown in long lists (QuickChoiceLabels): the same text as Django's own, in the
active language, and the raw value for a value that is not a choice."""

import pytest
from django.utils import translation

from lms.goals.choices import Kind
from lms.goals.models import Goal
from lms.goals.services import create_goal
from tests.lms.goals.conftest import formulation

pytestmark = pytest.mark.django_db


def test_labels_are_djangos_and_follow_the_active_language(org):
    goal = create_goal(org.owner, Kind.LEARNING, formulation())
    field = Goal._meta.get_field("kind")
    assert goal.get_kind_display() == str(dict(field.flatchoices)[Kind.LEARNING])
    with translation.override("nl"):
        assert goal.get_kind_display() == "Leerdoel" and type(goal.get_kind_display()) is str
    goal.kind = "onbekend"
    assert goal.get_kind_display() == "onbekend"
