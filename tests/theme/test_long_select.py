"""The long select (the MT dashboard's hundreds of teams) writes the same HTML as Django's own Select."""

import pytest
from django import forms
from django.test.html import parse_html

from theme.forms import LongSelect

CHOICES = [("", "Hele organisatie"), (1, "Team A & B"), (2, "<script>x</script>"), (30, "Team Oost")]


@pytest.mark.parametrize("value", ["", 2, "30", None, 99])
def test_the_same_options_escaping_selection_and_attributes_as_djangos_select(value):
    attrs = {"id": "id_team", "aria-invalid": "true", "aria-describedby": "id_team_error"}
    ours = LongSelect(choices=CHOICES).render("team", value, attrs)
    django = forms.Select(choices=CHOICES).render("team", value, attrs)
    assert parse_html(ours) == parse_html(django)
    assert "<script>" not in ours
