"""The Wagtail admin as the roles meet it; additions that belong to no single app.

- Whoever reviews a page sees "Goedkeuren" as the one visible button. Wagtail puts the first item of a page's action
  menu on the button and the rest under "Meer acties"; for a reviewer the first is "Concept opslaan", so the MT's
  approval of the leeragenda (and a redacteur's of a leergang change) was hidden in the menu. The plain approval
  (not the one with a comment, which opens a dialog) moves to the front.
- Draftail's text areas get an accessible name (see name_rich_text_fields).
"""

from django.templatetags.static import static
from django.utils.html import format_html
from wagtail import hooks
from wagtail.admin.action_menu import WorkflowMenuItem


@hooks.register("construct_page_action_menu")
def approval_first(menu_items, request, context):
    approve = next((item for item in menu_items if isinstance(item, WorkflowMenuItem) and item.name == "approve"
                    and not item.launch_modal), None)
    if approve is not None:
        menu_items.remove(approve)
        menu_items.insert(0, approve)


@hooks.register("insert_editor_js")
def name_rich_text_fields():
    """Draftail's text areas have no accessible name (axe aria-input-field-name, on every page edit view).

    A known open Wagtail issue, https://github.com/wagtail/wagtail/issues/14205: remove this hook and
    theme/static/theme/admin/draftail-names.js once Wagtail names them itself.
    """
    return format_html('<script src="{}" defer></script>', static("theme/admin/draftail-names.js"))
