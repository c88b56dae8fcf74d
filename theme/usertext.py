"""The one place where text written by users is cleaned and turned into HTML (bleach, one allow-list).

Plain text is the default everywhere: it is escaped, web addresses become safe links, and line breaks are
kept. `clean_html` is for the few fields that really need formatting; it keeps only the tags below.
"""

import re

import bleach
from bleach.linkifier import Linker
from django.utils.html import linebreaks
from django.utils.safestring import mark_safe

ALLOWED_TAGS = frozenset({"p", "br", "strong", "em", "ul", "ol", "li", "a", "blockquote"})
ALLOWED_ATTRIBUTES = {"a": ["href", "title", "rel"]}
ALLOWED_PROTOCOLS = frozenset({"https", "http", "mailto"})

# Control characters other than tab and newline never belong in a text a person typed.
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


def _safe_rel(attrs, new=False):
    # Links lead outside the site: no referrer, no window.opener, no search-engine credit.
    attrs[(None, "rel")] = "nofollow noopener noreferrer"
    return attrs


_linker = Linker(callbacks=[_safe_rel], skip_tags={"pre", "code"}, parse_email=False)


def normalise_plain(text: str) -> str:
    """What is stored for a plain-text field: unified line endings, no control characters, no outer spaces."""
    if not text:
        return ""
    return _CONTROL.sub("", text.replace("\r\n", "\n").replace("\r", "\n")).strip()


def render_plain(text: str) -> str:
    """Plain text as safe HTML: escaped, paragraphs and line breaks kept, web addresses as links."""
    if not text:
        return ""
    escaped = bleach.clean(normalise_plain(text), tags=set(), strip=False)
    return mark_safe(linebreaks(_linker.linkify(escaped), autoescape=False))  # noqa: S308 - cleaned above


def clean_html(html: str) -> str:
    """Limited HTML, cleaned on the way in: only the allow-list survives; links get a safe rel."""
    if not html:
        return ""
    cleaned = bleach.clean(
        _CONTROL.sub("", html), tags=ALLOWED_TAGS, attributes=ALLOWED_ATTRIBUTES, protocols=ALLOWED_PROTOCOLS,
        strip=True, strip_comments=True,
    )
    return _linker.linkify(cleaned)


def render_html(html: str) -> str:
    """Stored limited HTML, cleaned once more on the way out (defence in depth), marked safe for templates."""
    return mark_safe(clean_html(html))  # noqa: S308 - cleaned by the allow-list
