"""Menu items and dashboard panels of the leeragenda: everyone reads it, the MT approves it and sees totals."""

from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks

from lms.home.dashboard import DASHBOARD_PANELS_HOOK, MENU_ITEMS_HOOK, MenuItem, Panel


@hooks.register(MENU_ITEMS_HOOK)
def agenda_item(request):
    # A fixed address that finds the current agenda when followed: no query on every page for the menu.
    return MenuItem(label=_("Leeragenda"), url=reverse("agenda:current"), order=40)


@hooks.register(MENU_ITEMS_HOOK)
def dashboard_item(request):
    if request.user.is_management:
        return MenuItem(label=_("Cijfers leeragenda"), url=reverse("agenda:dashboard"), order=45)
    return None


@hooks.register(DASHBOARD_PANELS_HOOK)
def management_panel(request):
    """The MT's way in: agenda pages waiting for its approval, the figures, what the organisation learns."""
    if not request.user.is_management:
        return None
    from wagtail.models import TaskState

    waiting = TaskState.objects.reviewable_by(request.user).count()
    return Panel(title=_("Leeragenda"), template="agenda/panel_management.html",
                 context={"waiting": waiting}, order=55, slug="leeragenda-mt")
