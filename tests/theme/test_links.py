"""A user-given link is judged by the host a browser would visit, not by Python's reading of it."""

import pytest
from django.core.exceptions import ValidationError

from theme.links import browser_link, validate_https_link


def test_a_backslash_before_the_at_sign_sends_the_browser_to_the_first_host():
    assert browser_link("https://evil.example\\@gemeente.sharepoint.com/x.mp4").hostname == "evil.example"


@pytest.mark.parametrize(("link", "code"), [
    ("http://voorbeeld.nl/", "not_https"),
    ("https://naam:wachtwoord@voorbeeld.nl/", "has_userinfo"),
    ("https://naam@voorbeeld.nl/", "has_userinfo"),
    ("geen link", "invalid"),
])
def test_any_stored_link_must_be_plain_https(link, code):
    with pytest.raises(ValidationError) as refused:
        validate_https_link(link)
    assert refused.value.code == code
