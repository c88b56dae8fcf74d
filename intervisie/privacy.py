"""Personal data of intervisie: memberships, poll answers and the roles you had in sessions."""

from lms.privacy.registry import PersonalData, PrivacyProvider, register

from .models import Answer, IntervisionGroup, IntervisionSession, Membership, Poll


@register
class IntervisieProvider(PrivacyProvider):
    app_label = "intervisie"
    data = [
        PersonalData(Membership, ("user",), "In welke groepen je zit (en je agenda-link).", "Zolang je lid bent."),
        PersonalData(Answer, ("user",), "Welke momenten je passen.", "Zolang de datumprikker bestaat."),
        PersonalData(IntervisionSession, ("presenter", "facilitator", "note_taker"), "Je rol in een bijeenkomst.",
                     "Zolang de groep bestaat.", keep_anonymised=("presenter", "facilitator", "note_taker")),
        PersonalData(IntervisionGroup, ("created_by",), "Groepen die je aanmaakte.", "Zolang de groep bestaat.",
                     keep_anonymised=("created_by",)),
        PersonalData(Poll, ("created_by",), "Datumprikkers die je startte.", "Zolang de groep bestaat.",
                     keep_anonymised=("created_by",)),
    ]

    def erase(self, user, mode):
        removed = Membership.objects.filter(user=user).delete()[0] + Answer.objects.filter(user=user).delete()[0]
        for role in ("presenter", "facilitator", "note_taker"):
            IntervisionSession.objects.filter(**{role: user}).update(**{role: None})
        IntervisionGroup.objects.filter(created_by=user).update(created_by=None)
        Poll.objects.filter(created_by=user).update(created_by=None)
        return removed
