"""User-given links, read the way a browser reads them.

Python's `urllib.parse` and a browser disagree on some links (`https://evil.example\\@allowed.example/` goes to
evil.example in a browser, while urllib sees allowed.example). A link is therefore parsed with ada, the WHATWG URL
parser that browsers and Node follow, and a link is stored in the form the parser gives back, so the host that was
checked is the host a browser visits.
"""

import ada_url
from django.core.exceptions import ValidationError
from django.utils.translation import gettext as _


def browser_link(value: str) -> ada_url.URL:
    """The link as a browser parses it: https, no user name or password in it; otherwise a ValidationError."""
    try:
        url = ada_url.URL(value.strip())
    except ValueError as error:
        raise ValidationError(_("Vul een volledige link in, die begint met https://."), code="invalid") from error
    if url.protocol != "https:":
        raise ValidationError(_("Alleen beveiligde links (https://) zijn toegestaan."), code="not_https")
    if url.username or url.password:
        raise ValidationError(_("Een link met een gebruikersnaam of wachtwoord erin is niet toegestaan."),
                              code="has_userinfo")
    return url


def host_allowed(host: str, patterns) -> bool:
    """Does the parsed host match one of the patterns (an exact host, or '*.example.org' for its subdomains)?"""
    host = host.lower()
    return any(host == pattern or (pattern.startswith("*.") and host.endswith(pattern[1:])) for pattern in patterns)


def validate_https_link(value: str):
    """A validator for any stored user link: it must be a link a browser reads as https without user-info."""
    browser_link(value)
