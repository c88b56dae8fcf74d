"""Who sees a buddy pair and its check-ins: the two of them; a teamcoach sees pairs and dates, never notes."""

from django.core.exceptions import PermissionDenied
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from lms.people import access
from lms.people.roles import Role

from .models import BuddyOffer, BuddyPair, CheckIn

PAIR_ONLY = _("Dit is van het buddykoppel zelf. Een teamcoach ziet alleen wie met wie gekoppeld is en wanneer.")
COORDINATORS_ONLY = _("Alleen een teamcoach stelt buddykoppels voor.")


def is_coordinator(user):
    return user.has_role(Role.TEAMCOACH)


class PairRule(access.Rule):
    def decide(self, user, action, obj):
        if user.pk in (obj.newcomer_id, obj.buddy_id):
            return access.ALLOWED
        if action == access.VIEW and is_coordinator(user):
            return access.ALLOWED
        return access.refuse(PAIR_ONLY)

    def filter(self, user, queryset, action):
        mine = Q(newcomer=user) | Q(buddy=user)
        if action == access.VIEW and is_coordinator(user):
            return queryset
        return queryset.filter(mine)


class CheckInRule(access.Rule):
    def decide(self, user, action, obj):
        if user.pk in (obj.pair.newcomer_id, obj.pair.buddy_id):
            return access.ALLOWED
        return access.refuse(PAIR_ONLY)

    def filter(self, user, queryset, action):
        return queryset.filter(Q(pair__newcomer=user) | Q(pair__buddy=user))


def require_coordinator(user):
    if not is_coordinator(user):
        raise PermissionDenied(COORDINATORS_ONLY)


access.register(BuddyPair, PairRule())
access.register(CheckIn, CheckInRule())
access.register(BuddyOffer, access.OwnerRule("user", shareable=False))
