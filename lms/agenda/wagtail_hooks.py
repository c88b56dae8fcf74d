"""Menu items and dashboard panels of the leeragenda: everyone reads it, the MT approves it and sees totals."""

from django.utils.translation import gettext_lazy as _
from wagtail import hooks

from lms.extensions.dashboard import DASHBOARD_PANELS_HOOK, Panel, register_menu_item
from lms.people.roles import MANAGEMENT_ROLES

# A fixed address that finds the current agenda when followed: no query on every page for the menu.
register_menu_item(_("Leeragenda"), "agenda:current", order=40)
register_menu_item(_("Cijfers leeragenda"), "agenda:dashboard", order=45, roles=MANAGEMENT_ROLES)


@hooks.register(DASHBOARD_PANELS_HOOK)
def management_panel(request):
    """The MT's way in: agenda pages waiting for its approval, the figures, what the organisation learns."""
    if not request.user.is_management:
        return None
    from wagtail.models import TaskState

    waiting = TaskState.objects.reviewable_by(request.user).count()
    return Panel(title=_("Leeragenda"), template="agenda/panel_management.html",
                 context={"waiting": waiting}, order=55, slug="leeragenda-mt")
