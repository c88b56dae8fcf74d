"""Personal data of the buddy system: your offer, your pairs and check-ins."""

import datetime

from django.db.models import Q
from django.urls import reverse
from django.utils.translation import gettext as _

from lms.notifications.services import notify
from lms.privacy.registry import PersonalData, PrivacyProvider, register

from .models import BuddyOffer, BuddyPair, CheckIn, PairStatus

CLOSED_NOTES_DAYS = 365


@register
class BuddyProvider(PrivacyProvider):
    app_label = "lms_buddy"
    data = [
        PersonalData(BuddyOffer, ("user",), "Of en hoe je buddy wilt zijn.", "Tot je het aanpast of uitstapt."),
        PersonalData(BuddyPair, ("newcomer", "buddy"), "Met wie je een buddykoppel vormt.",
                     "Tot een jaar na het einde van het koppel."),
        PersonalData(CheckIn, ("pair__newcomer", "pair__buddy", "created_by"), "Jullie check-ins en aantekeningen.",
                     "Aantekeningen tot een jaar na het einde van het koppel."),
    ]

    def erase(self, user, mode):
        """The partner of a pair that was sent or active hears it has ended, before the pair itself goes."""
        pairs = BuddyPair.objects.filter(Q(newcomer=user) | Q(buddy=user),
                                         status__in=[PairStatus.SENT, PairStatus.ACTIVE])
        for pair in pairs.select_related("newcomer", "buddy"):
            # The pair is deleted below, so the notice links to the buddy overview rather than the pair's page.
            notify(pair.partner_of(user), key=f"buddy-ended-stepout:{pair.pk}", title=_("Je buddykoppel is beëindigd"),
                   body=_("Je buddy is gestopt met de ontwikkelcyclus."), link=reverse("lms:buddy:overview"),
                   email=True)
        return super().erase(user, mode)

    def retention(self, today):
        cutoff = today - datetime.timedelta(days=CLOSED_NOTES_DAYS)
        cleared = CheckIn.objects.filter(pair__status="ended", pair__ended_at__date__lt=cutoff).exclude(notes="") \
            .update(notes="")
        return {"check-in-aantekeningen gewist": cleared}
