"""Personal data of intervisie: memberships, poll answers and the roles you had in sessions."""

from django.utils.translation import gettext as _

from lms.notifications.services import notify
from lms.privacy.registry import ANONYMISE, PersonalData, PrivacyProvider, register

from .models import Answer, IntervisionGroup, IntervisionSession, Membership, Poll


@register
class IntervisieProvider(PrivacyProvider):
    app_label = "lms_intervisie"
    data = [
        PersonalData(Membership, ("user",), "In welke groepen je zit (en je agenda-link).", "Zolang je lid bent.",
                     own=True),
        PersonalData(Answer, ("user",), "Welke momenten je passen.", "Zolang de datumprikker bestaat.",
                     own=True),
        PersonalData(IntervisionSession, ("presenter", "facilitator", "note_taker"), "Je rol in een bijeenkomst.",
                     "Zolang de groep bestaat.", keep_anonymised=("presenter", "facilitator", "note_taker")),
        PersonalData(IntervisionGroup, ("created_by",), "Groepen die je aanmaakte.", "Zolang de groep bestaat.",
                     keep_anonymised=("created_by",)),
        PersonalData(Poll, ("created_by",), "Datumprikkers die je startte.", "Zolang de groep bestaat.",
                     keep_anonymised=("created_by",), follows="group"),
    ]

    def erase(self, user, mode):
        """The other members of your groups hear you left; then your memberships and answers go."""
        others = Membership.objects.filter(group__memberships__user=user).exclude(user=user) \
            .select_related("group", "user")
        for membership in others:
            # The recipient is part of the key: notices are unique per key, so without it only the first member heard.
            notify(membership.user, key=f"intervisie-left:{membership.group_id}:{user.pk}:{membership.user_id}",
                   title=_("Iemand heeft je intervisiegroep verlaten"), body=_("Jullie groep is een lid kwijt."),
                   link=membership.group.get_absolute_url(), email=False)
        # Sessions, groups and polls belong to the whole group: whatever the mode, they are anonymised (your name
        # cleared from them), never deleted.
        return super().erase(user, ANONYMISE)
