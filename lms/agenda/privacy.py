"""Personal data of the leeragenda: the anonymous contributions you shared (only you can see they are yours)."""

from lms.privacy.registry import PersonalData, PrivacyProvider, register

from .models import Contribution


@register
class AgendaProvider(PrivacyProvider):
    app_label = "agenda"
    data = [
        PersonalData(Contribution, ("contributor",), "Aandachtspunten die je anoniem met de organisatie deelde.",
                     "Tot je ze intrekt of uitstapt."),
    ]

