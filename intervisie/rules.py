"""Group content (the inbrenger's case, the verslag, fragments) is for the group's members only.

Members may do everything the group does (view, change: poll, plan, write the verslag); `ADD_FRAGMENTS` on a
session is the inbrenger's alone. One capability: "intervisie.form_groups_for_others" — a teamcoach forms a
group they are not in; anyone else forms only a group they are a member of.
"""

from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from lms.cycles.models import Fragment
from lms.cycles.rules import FRAGMENT_FOR_COLLEAGUES
from lms.people import access
from lms.people.roles import Role

from .models import IntervisionGroup, IntervisionSession

MEMBERS_ONLY = _("Dit is alleen voor de leden van deze intervisiegroep.")
PRESENTER_ONLY = _("Alleen de inbrenger voegt fragmenten toe.")
MEMBER_OR_TEAMCOACH = _("Een intervisiegroep maak je als teamcoach of als lid van de groep.")

# An action on a session, next to access.VIEW and access.CHANGE: sharing fragments of one's own video-reflection.
ADD_FRAGMENTS = "add_fragments"

FORM_GROUPS_FOR_OTHERS = access.register_capability(
    "intervisie.form_groups_for_others", {Role.TEAMCOACH}, MEMBER_OR_TEAMCOACH,
    "Een intervisiegroep samenstellen waar je zelf geen lid van bent.",
).name


def is_member(user, group) -> bool:
    return group.memberships.filter(user=user).exists()


class GroupRule(access.Rule):
    always_audit = True  # the verslag and the inbrenger's case are personal to the group

    def decide(self, user, action, obj):
        group = obj if isinstance(obj, IntervisionGroup) else obj.group
        if not is_member(user, group):
            return access.refuse(MEMBERS_ONLY)
        if action == ADD_FRAGMENTS and getattr(obj, "presenter_id", None) != user.pk:
            return access.refuse(PRESENTER_ONLY)
        return access.ALLOWED

    def filter(self, user, queryset, action):
        if queryset.model is IntervisionGroup:
            return queryset.none() if action == ADD_FRAGMENTS else queryset.filter(memberships__user=user)
        queryset = queryset.filter(group__memberships__user=user)
        return queryset.filter(presenter=user) if action == ADD_FRAGMENTS else queryset


class SessionFragmentGrant(access.Grant):
    """The members of a group see the fragments its inbrenger attached to one of its sessions, for as long as the
    client's consent lets colleagues see them. Cycles' own rule cannot know intervisie; this grant tells it."""

    def allows(self, user, obj):
        return Fragment.objects.filter(pk=obj.pk).filter(self.condition(user)).exists()

    def condition(self, user):
        return Q(pk__in=Fragment.objects.filter(FRAGMENT_FOR_COLLEAGUES,
                                                intervision_sessions__group__memberships__user=user).values("pk"))


access.register(IntervisionGroup, GroupRule())
access.register(IntervisionSession, GroupRule())
access.add_grant(Fragment, SessionFragmentGrant())
