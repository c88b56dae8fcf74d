"""The Wagtail admin as the roles meet it: whoever reviews a page sees "Goedkeuren" as the one visible button.

Wagtail puts the first item of a page's action menu on the button and the rest under "Meer acties"; for a reviewer
the first is "Concept opslaan", so the MT's approval of the leeragenda (and a redacteur's of a leergang change) was
hidden in the menu. The plain approval (not the one with a comment, which opens a dialog) moves to the front.
"""

from wagtail import hooks
from wagtail.admin.action_menu import WorkflowMenuItem


@hooks.register("construct_page_action_menu")
def approval_first(menu_items, request, context):
    approve = next((item for item in menu_items if isinstance(item, WorkflowMenuItem) and item.name == "approve"
                    and not item.launch_modal), None)
    if approve is not None:
        menu_items.remove(approve)
        menu_items.insert(0, approve)
