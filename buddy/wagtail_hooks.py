"""Menu items and dashboard panels for the buddy system."""

from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks

from lms.home.dashboard import DASHBOARD_PANELS_HOOK, MENU_ITEMS_HOOK, MenuItem, Panel
from lms.people.roles import Role

from .models import BuddyPair, PairStatus


@hooks.register(MENU_ITEMS_HOOK)
def buddy_item(request):
    if request.user.has_role(Role.PARTICIPANT):
        return MenuItem(label=_("Buddy"), url=reverse("buddy:overview"), order=25)
    return None


@hooks.register(MENU_ITEMS_HOOK)
def proposals_item(request):
    if request.user.has_role(Role.TEAMCOACH):
        return MenuItem(label=_("Buddykoppels"), url=reverse("buddy:proposals"), order=42)
    return None


@hooks.register(DASHBOARD_PANELS_HOOK)
def pair_panel(request):
    user = request.user
    pair = (BuddyPair.objects.filter(status__in=[PairStatus.SENT, PairStatus.ACTIVE])
            .filter(newcomer=user).select_related("buddy").first())
    as_buddy = BuddyPair.objects.filter(status__in=[PairStatus.SENT, PairStatus.ACTIVE], buddy=user).count()
    if pair is None and not as_buddy:
        return None
    return Panel(title=_("Buddy"), template="buddy/panel.html", context={"pair": pair, "as_buddy": as_buddy},
                 order=18, slug="buddy")
