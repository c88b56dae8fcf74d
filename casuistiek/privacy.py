"""Personal data of casuïstiek: your practice attempts, and group exercises you opened."""

from lms.privacy.registry import PersonalData, PrivacyProvider, register

from .models import CaseAttempt, GroupSession


@register
class CasuistiekProvider(PrivacyProvider):
    app_label = "casuistiek"
    data = [
        PersonalData(CaseAttempt, ("user",), "Je oefeningen en kalibratie.", "Tot je uitstapt."),
        PersonalData(GroupSession, ("facilitator",), "Groepsoefeningen die je opende.", "Tot je uitstapt."),
    ]
