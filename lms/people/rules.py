"""Access rules for this app's own models (participant profiles and shares)."""

from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from . import access
from .models import Participant, Share
from .roles import Role

PROFILE_PRIVATE = _("Een profiel kan alleen de deelnemer zelf en de functioneel beheerder inzien.")
PROFILE_ADMIN_ONLY = _("Alleen de functioneel beheerder kan team en functie aanpassen.")
SHARE_NOT_YOURS = _("Dit gedeelde item is niet van jou en niet met jou gedeeld.")


class ParticipantRule(access.Rule):
    """Team and function are organisational data: the person and the functional admin see them."""

    def decide(self, user, action, obj):
        if action == access.VIEW and (obj.user_id == user.pk or user.has_role(Role.ADMINISTRATOR)):
            return access.ALLOWED
        if action == access.CHANGE and user.has_role(Role.ADMINISTRATOR):
            return access.ALLOWED
        return access.refuse(PROFILE_ADMIN_ONLY if action == access.CHANGE else PROFILE_PRIVATE)

    def filter(self, user, queryset, action):
        if user.has_role(Role.ADMINISTRATOR):
            return queryset
        if action == access.VIEW:
            return queryset.filter(user=user)
        return queryset.none()


class ShareRule(access.Rule):
    """Both sides of a share see it; only the owner revokes it."""

    def decide(self, user, action, obj):
        if obj.owner_id == user.pk:
            return access.ALLOWED
        if action == access.VIEW and obj.grantee_id == user.pk:
            return access.ALLOWED
        return access.refuse(access.OWNER_ONLY if obj.grantee_id == user.pk else SHARE_NOT_YOURS)

    def filter(self, user, queryset, action):
        if action == access.VIEW:
            return queryset.filter(Q(owner=user) | Q(grantee=user))
        return queryset.filter(owner=user)


access.register(Participant, ParticipantRule())
access.register(Share, ShareRule())
