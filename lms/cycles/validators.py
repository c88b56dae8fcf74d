"""Input checks that protect clients: a client code is a pseudonym, a recording link points at our own storage."""

import re

from django.core.exceptions import ValidationError
from django.utils.translation import gettext as _

from lms.conf import setting
from theme.links import browser_link, host_allowed

_EMAIL = re.compile(r"@")
_LONG_NUMBER = re.compile(r"\d[\d\s.-]{6,}\d")  # BSN (9 digits), phone numbers, account numbers
_DATE = re.compile(r"\b\d{1,2}[-/.]\d{1,2}[-/.]\d{2,4}\b|\b\d{4}[-/.]\d{1,2}[-/.]\d{1,2}\b|\b\d{8}\b")
_NAME_LIKE = re.compile(r"\b[A-ZÀ-Ý][a-zà-ÿ]+\b.*\b[A-ZÀ-Ý][a-zà-ÿ]+\b")
_ALLOWED = re.compile(r"^[A-Za-z0-9][A-Za-z0-9 _./-]{0,19}$")


def validate_client_code(value: str):
    """A short code of the klantmanager's own choosing; never a name, birth date, BSN, e-mail or phone number."""
    code = value.strip()
    message = None
    if _EMAIL.search(code):
        message = _("Een e-mailadres hoort niet in de cliëntcode.")
    elif _LONG_NUMBER.search(code):
        message = _("Een lang nummer (zoals een BSN of telefoonnummer) hoort niet in de cliëntcode.")
    elif _DATE.search(code):
        message = _("Een datum (zoals een geboortedatum) hoort niet in de cliëntcode.")
    elif _NAME_LIKE.search(code):
        message = _("Dit lijkt op een naam. Gebruik een code die niemand naar de cliënt terugleidt, zoals 'C-17'.")
    elif not _ALLOWED.match(code):
        message = _("Gebruik alleen letters, cijfers en - _ . / (hoogstens 20 tekens).")
    if message:
        raise ValidationError(message, code="not_pseudonymous")


def recording_hosts() -> list:
    return list(setting("VKNZ_RECORDING_HOSTS"))


def validate_recording_url(value: str) -> str:
    """Only https links into the organisation's own storage (VKNZ_RECORDING_HOSTS; '*.' allows subdomains).

    The link is read as a browser reads it (theme.links), so a host hidden behind a backslash or user-info cannot
    pass the check while the browser goes elsewhere. Returns the link as the browser will use it.
    """
    try:
        url = browser_link(value)
        code = None if host_allowed(url.hostname, recording_hosts()) else "host_not_allowed"
    except ValidationError as error:
        code = error.code
    if code:
        raise ValidationError(
            _("Deze link wijst niet naar de beveiligde opslag van de organisatie. Toegestaan: %(hosts)s.")
            % {"hosts": ", ".join(recording_hosts())},
            code=code,
        )
    return url.href
