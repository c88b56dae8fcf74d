"""Editors edit options and the fit table as lines of "code = omschrijving", not as JSON."""

import pytest
from django.core.exceptions import ValidationError

from lms.framework.fields import MappingLinesField, OptionLinesField


def test_lines_become_options_in_their_order():
    field = OptionLinesField(required=False)
    parsed = field.clean("1 = 1 – helemaal niet\n\n  2 = 2 – een beetje = soms  \n")
    assert parsed == [
        {"code": "1", "label": "1 – helemaal niet"},
        {"code": "2", "label": "2 – een beetje = soms"},  # only the first "=" separates
    ]


def test_options_are_shown_as_lines():
    field = OptionLinesField(required=False)
    shown = field.prepare_value([{"code": "ja", "label": "Ja"}, {"code": "nee", "label": "Nee"}])
    assert shown == "ja = Ja\nnee = Nee"
    assert field.clean(shown) == [{"code": "ja", "label": "Ja"}, {"code": "nee", "label": "Nee"}]


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("ja = Ja\nnee", 'Regel 2 ("nee") heeft niet de vorm "code = omschrijving".'),
        ("= Ja", 'Regel 1 ("= Ja") heeft niet de vorm "code = omschrijving".'),
        ("ja =", 'Regel 1 ("ja =") heeft niet de vorm "code = omschrijving".'),
        ("Ja Zeker = Ja", 'Regel 1: de code "Ja Zeker" mag alleen kleine letters, cijfers en streepjes bevatten.'),
        ("ja = Ja\nja = Nogmaals", 'Regel 2: de code "ja" komt twee keer voor.'),
    ],
)
def test_a_malformed_line_is_refused_with_its_line_number(text, message):
    with pytest.raises(ValidationError) as refused:
        OptionLinesField(required=False).clean(text)
    assert refused.value.messages == [message]


def test_an_empty_text_is_no_options():
    assert OptionLinesField(required=False).clean("  \n ") == []


def test_the_fit_table_is_edited_as_lines_too():
    field = MappingLinesField(required=False)
    assert field.clean("opgegeven = sturen\nwil-en-kan = kansen") == {"opgegeven": "sturen", "wil-en-kan": "kansen"}
    assert field.prepare_value({"opgegeven": "sturen"}) == "opgegeven = sturen"
    with pytest.raises(ValidationError):
        field.clean("opgegeven = de cliënt sturen")
