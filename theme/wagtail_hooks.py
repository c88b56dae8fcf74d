"""Wagtail admin additions that belong to no single app."""

from django.templatetags.static import static
from django.utils.html import format_html
from wagtail import hooks


@hooks.register("insert_editor_js")
def name_rich_text_fields():
    """Draftail's text areas have no accessible name (axe aria-input-field-name, on every page edit view).

    A known open Wagtail issue, https://github.com/wagtail/wagtail/issues/14205: remove this hook and
    theme/static/theme/admin/draftail-names.js once Wagtail names them itself.
    """
    return format_html('<script src="{}" defer></script>', static("theme/admin/draftail-names.js"))
