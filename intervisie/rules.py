"""Group content (the inbrenger's case, the verslag, fragments) is for the group's members only."""

from django.utils.translation import gettext_lazy as _

from lms.people import access

from .models import IntervisionGroup, IntervisionSession

MEMBERS_ONLY = _("Dit is alleen voor de leden van deze intervisiegroep.")


def is_member(user, group) -> bool:
    return group.memberships.filter(user=user).exists()


class GroupRule(access.Rule):
    always_audit = True  # the verslag and the inbrenger's case are personal to the group

    def decide(self, user, action, obj):
        group = obj if isinstance(obj, IntervisionGroup) else obj.group
        if is_member(user, group):
            return access.ALLOWED
        return access.refuse(MEMBERS_ONLY)

    def filter(self, user, queryset, action):
        if queryset.model is IntervisionGroup:
            return queryset.filter(memberships__user=user)
        return queryset.filter(group__memberships__user=user)


access.register(IntervisionGroup, GroupRule())
access.register(IntervisionSession, GroupRule())
