"""Access rules for this app's own models (participant profiles and shares)."""

from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from . import access
from .models import Participant, Share, Team
from .roles import Role, has_role

PROFILE_PRIVATE = _("Een profiel kunnen alleen de deelnemer zelf, de teamcoach van het team en de functioneel "
                    "beheerder inzien.")
PROFILE_ADMIN_ONLY = _("Alleen de functioneel beheerder kan team en functie aanpassen.")
SHARE_NOT_YOURS = _("Dit gedeelde item is niet van jou en niet met jou gedeeld.")


class ParticipantRule(access.Rule):
    """Team and function are organisational data: the person and the functional admin see them, and so do the
    coaches of the person's team (the teamcoach's progress overview lists them)."""

    def decide(self, user, action, obj):
        if action == access.VIEW and (obj.user_id == user.pk or has_role(user, Role.ADMINISTRATOR)):
            return access.ALLOWED
        if action == access.VIEW and obj.team_id and Team.objects.filter(pk=obj.team_id, coaches=user).exists():
            return access.ALLOWED
        if action == access.CHANGE and has_role(user, Role.ADMINISTRATOR):
            return access.ALLOWED
        return access.refuse(PROFILE_ADMIN_ONLY if action == access.CHANGE else PROFILE_PRIVATE)

    def filter(self, user, queryset, action):
        if has_role(user, Role.ADMINISTRATOR):
            return queryset
        if action == access.VIEW:
            return queryset.filter(Q(user=user) | Q(team__in=Team.objects.filter(coaches=user).values("pk")))
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
