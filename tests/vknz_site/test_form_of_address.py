"""The site says "je"; so does the Wagtail admin and every message of Django the roles meet.

Walks every Dutch catalogue of the installed apps (Django, Wagtail, the libraries) and finds the strings they
translate with "u" or "uw"; each must come out in the je-form through this site's own catalogue
(vknz_site/locale), which also fails when its compiled .mo is missing or older than the .po.
"""

import ast
import re
from pathlib import Path

import django
import pytest
from django.apps import apps
from django.utils import translation

FORMAL = re.compile(r"\b(u|uw|U|Uw|uzelf)\b")


def catalogues():
    roots = [Path(django.__file__).parent / "conf"] + [Path(config.path) for config in apps.get_app_configs()]
    return sorted({po for root in roots for po in root.glob("locale/nl/LC_MESSAGES/django.po")})


def entries(path):
    """(msgctxt, msgid, msgid_plural, [msgstr...]) of a .po file; enough of the format for these catalogues."""
    entry, field = {}, None
    for line in [*path.read_text(encoding="utf-8").splitlines(), ""]:
        if not line.strip() or line.startswith("#"):
            if "msgid" in entry:
                yield entry
            entry, field = ({} if not line.startswith("#") or "msgid" in entry else entry), None
            continue
        match = re.match(r"(msgctxt|msgid_plural|msgid|msgstr(?:\[\d\])?) (\".*\")$", line)
        if match:
            field = match.group(1)
            entry[field] = ast.literal_eval(match.group(2))
        elif line.startswith('"') and field:
            entry[field] += ast.literal_eval(line)


def formal_entries():
    found = []
    for path in catalogues():
        for entry in entries(path):
            if entry["msgid"] and any(FORMAL.search(v) for k, v in entry.items() if k.startswith("msgstr")):
                found.append(entry)
    return found


def test_the_catalogues_hold_formal_strings_at_all():
    # Guards the walk itself: Django's password validators say "Uw wachtwoord".
    assert any(entry["msgid"].startswith("Your password") for entry in formal_entries())


@pytest.mark.parametrize("entry", formal_entries(), ids=lambda entry: entry["msgid"][:50])
def test_every_formal_string_reads_in_the_je_form(entry):
    with translation.override("nl"):
        if "msgid_plural" in entry:
            texts = [translation.ngettext(entry["msgid"], entry["msgid_plural"], n) for n in (1, 2)]
        elif "msgctxt" in entry:
            texts = [translation.pgettext(entry["msgctxt"], entry["msgid"])]
        else:
            texts = [translation.gettext(entry["msgid"])]
    for text in texts:
        assert not FORMAL.search(text), text
        assert text != entry["msgid"], "not translated at all"
