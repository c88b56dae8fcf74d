"""Who sees a buddy pair and its check-ins: the two of them; a teamcoach sees pairs and dates, never notes.
Whoever proposes pairs also sees the offers to be a buddy (the matching's candidates).

The buddy of an active pair also sees which modules of the leergang the newcomer finished: a grant on the
leergang's completions, which cannot know about pairs (answers and ticks stay the newcomer's own). And who may
do what in the buddy system.
"""

from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from courses.models import ModuleCompletion
from lms.people import access
from lms.people.roles import Role

from .models import BuddyOffer, BuddyPair, CheckIn, PairStatus

PAIR_ONLY = _("Dit is van het buddykoppel zelf. Een teamcoach ziet alleen wie met wie gekoppeld is en wanneer.")
COORDINATORS_ONLY = _("Alleen een teamcoach stelt buddykoppels voor.")
PARTICIPANTS_ONLY = _("Alleen deelnemers kunnen buddy worden.")

PROPOSE_PAIRS = "buddy.propose_pairs"
OFFER_PLACES = "buddy.offer_places"

# An action of this app's own: a check-in's date (never its topics or notes), for whoever may view the pair.
VIEW_DATE = "view_date"


class PairRule(access.Rule):
    """The two of the pair do everything their services allow; whoever proposes pairs sees every pair."""

    def decide(self, user, action, obj):
        if user.pk in (obj.newcomer_id, obj.buddy_id):
            return access.ALLOWED
        if action == access.VIEW and access.may(user, PROPOSE_PAIRS):
            return access.ALLOWED
        return access.refuse(PAIR_ONLY)

    def filter(self, user, queryset, action):
        if action == access.VIEW and access.may(user, PROPOSE_PAIRS):
            return queryset
        return queryset.filter(Q(newcomer=user) | Q(buddy=user))


class CheckInRule(access.Rule):
    """Check-ins are the pair's own. Their dates (VIEW_DATE) are seen by whoever may view the pair."""

    def decide(self, user, action, obj):
        if user.pk in (obj.pair.newcomer_id, obj.pair.buddy_id):
            return access.ALLOWED
        if action == VIEW_DATE:
            return access.decide(user, access.VIEW, obj.pair)
        return access.refuse(PAIR_ONLY)

    def filter(self, user, queryset, action):
        if action == VIEW_DATE:
            pairs = access.visible_to(user, BuddyPair.objects.all())
            return queryset.filter(pair__in=pairs.values("pk"))
        return queryset.filter(Q(pair__newcomer=user) | Q(pair__buddy=user))


class OfferRule(access.OwnerRule):
    """An offer is its owner's alone to change; whoever proposes pairs sees it (who offers places, how many)."""

    def __init__(self):
        super().__init__("user", shareable=False)

    def decide(self, user, action, obj):
        if action == access.VIEW and access.may(user, PROPOSE_PAIRS):
            return access.ALLOWED
        return super().decide(user, action, obj)

    def filter(self, user, queryset, action):
        if action == access.VIEW and access.may(user, PROPOSE_PAIRS):
            return queryset
        return super().filter(user, queryset, action)


class BuddySeesNewcomersCompletions(access.Grant):
    """While a pair is active, the buddy may view which modules the newcomer finished. Not before the pair is
    active (proposed, sent) and not after it ended; never answers or ticks (those models get no grant)."""

    actions = frozenset({access.VIEW})

    def allows(self, user, obj):
        return BuddyPair.objects.filter(status=PairStatus.ACTIVE, buddy=user, newcomer_id=obj.user_id).exists()

    def condition(self, user):
        newcomers = BuddyPair.objects.filter(status=PairStatus.ACTIVE, buddy=user).values("newcomer_id")
        return Q(user__in=newcomers)


access.register(BuddyPair, PairRule())
access.register(CheckIn, CheckInRule())
access.register(BuddyOffer, OfferRule())
access.add_grant(ModuleCompletion, BuddySeesNewcomersCompletions())

access.register_capability(
    PROPOSE_PAIRS, {Role.TEAMCOACH}, COORDINATORS_ONLY,
    _("Buddykoppels voorstellen, wisselen, schrappen en versturen; alle koppels en hun data zien."),
)
access.register_capability(
    OFFER_PLACES, {Role.PARTICIPANT}, PARTICIPANTS_ONLY,
    _("Zich aanbieden als buddy en de eigen buddykoppels volgen (de buddy-pagina in het menu)."),
)
