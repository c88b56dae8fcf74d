"""Personal data of casuïstiek: your practice attempts, and group exercises you opened."""

from lms.privacy.registry import PersonalData, PrivacyProvider, register

from .models import AttemptAgreement, CaseAttempt, GroupSession


@register
class CasuistiekProvider(PrivacyProvider):
    app_label = "lms_casuistiek"
    data = [
        PersonalData(CaseAttempt, ("user",), "Je oefeningen en kalibratie.", "Tot je uitstapt."),
        PersonalData(AttemptAgreement, ("attempt__user",), "Per oefening: of je het eens was met de sleutel.",
                     "Zolang de oefening bestaat."),
        PersonalData(GroupSession, ("facilitator",), "Groepsoefeningen die je opende.", "Tot je uitstapt.",
                     own=True),
    ]
