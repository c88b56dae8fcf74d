"""Personal data of the buddy system: your offer, your pairs and check-ins."""

import datetime

from lms.privacy.registry import PersonalData, PrivacyProvider, register

from .models import BuddyOffer, BuddyPair, CheckIn

CLOSED_NOTES_DAYS = 365


@register
class BuddyProvider(PrivacyProvider):
    app_label = "buddy"
    data = [
        PersonalData(BuddyOffer, ("user",), "Of en hoe je buddy wilt zijn.", "Tot je het aanpast of uitstapt."),
        PersonalData(BuddyPair, ("newcomer", "buddy"), "Met wie je een buddykoppel vormt.",
                     "Tot een jaar na het einde van het koppel."),
        PersonalData(CheckIn, ("pair__newcomer", "pair__buddy", "created_by"), "Jullie check-ins en aantekeningen.",
                     "Aantekeningen tot een jaar na het einde van het koppel."),
    ]

    def retention(self, today):
        cutoff = today - datetime.timedelta(days=CLOSED_NOTES_DAYS)
        cleared = CheckIn.objects.filter(pair__status="ended", pair__ended_at__date__lt=cutoff).exclude(notes="") \
            .update(notes="")
        return {"check-in-aantekeningen gewist": cleared}
