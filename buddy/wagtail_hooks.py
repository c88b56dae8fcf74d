"""Menu items and dashboard panels for the buddy system."""

from django.contrib.auth import get_user_model
from django.utils.translation import gettext_lazy as _
from wagtail import hooks

from lms.extensions.dashboard import DASHBOARD_PANELS_HOOK, GROUP_TEAM, GROUP_TOGETHER, Panel, register_menu_item
from lms.people import access
from lms.people.kept import kept

from .models import BuddyPair, PairStatus
from .rules import OFFER_PLACES, PROPOSE_PAIRS

register_menu_item(_("Buddy"), "lms:buddy:overview", order=25, allowed=access.holds(OFFER_PLACES),
                   group=GROUP_TOGETHER)
register_menu_item(_("Buddykoppels"), "lms:buddy:proposals", order=42, allowed=access.holds(PROPOSE_PAIRS),
                   group=GROUP_TEAM)


@hooks.register(DASHBOARD_PANELS_HOOK)
@kept("buddy.panel", BuddyPair, get_user_model())
def pair_panel(request):
    user = request.user
    current = access.visible_to(user, BuddyPair.objects.filter(status__in=[PairStatus.SENT, PairStatus.ACTIVE]))
    pair = current.filter(newcomer=user).select_related("buddy").first()
    as_buddy = current.filter(buddy=user).count()
    if pair is None and not as_buddy:
        return None
    return Panel(title=_("Buddy"), template="buddy/panel.html", context={"pair": pair, "as_buddy": as_buddy},
                 order=18, slug="buddy")
