"""Menu items and dashboard panels for the buddy system."""

from django.utils.translation import gettext_lazy as _
from wagtail import hooks

from lms.extensions.dashboard import DASHBOARD_PANELS_HOOK, Panel, register_menu_item
from lms.people.roles import Role

from .models import BuddyPair, PairStatus

register_menu_item(_("Buddy"), "buddy:overview", order=25, roles={Role.PARTICIPANT})
register_menu_item(_("Buddykoppels"), "buddy:proposals", order=42, roles={Role.TEAMCOACH})


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
