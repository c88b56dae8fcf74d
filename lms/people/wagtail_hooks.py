"""Menu items for the person's own pages, the shares panel, and the admin screens for teams."""

from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks

from lms.home.dashboard import DASHBOARD_PANELS_HOOK, MENU_ITEMS_HOOK, MenuItem, Panel

from . import access
from .models import Share


@hooks.register(MENU_ITEMS_HOOK)
def shares_item(request):
    return MenuItem(label=_("Gedeeld"), url=reverse("people:shares"), order=70)


@hooks.register(MENU_ITEMS_HOOK)
def profile_item(request):
    return MenuItem(label=_("Mijn profiel"), url=reverse("people:profile"), order=85)


@hooks.register(DASHBOARD_PANELS_HOOK)
def shared_with_me_panel(request):
    received = access.visible_to(request.user, Share.objects.active()).filter(grantee=request.user).count()
    if not received:
        return None
    return Panel(
        title=_("Met jou gedeeld"),
        template="people/panel_shared.html",
        context={"received": received},
        order=30,
        slug="gedeeld",
    )
