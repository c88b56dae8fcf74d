"""Personal data of video-reflection: your cycles (with everything about them) and your work as an analyst."""

from lms.privacy.audit import register_item
from lms.privacy.registry import PersonalData, PrivacyProvider, register

from . import services
from .evidence import EvaluationEvidence
from .models import (
    Analysis,
    AnalystAssignment,
    AttentionPoint,
    ClientInterview,
    Consent,
    CycleEvent,
    Fragment,
    RecordingReference,
    ReflectionCycle,
    ReflectionMeeting,
)


@register
class CyclesProvider(PrivacyProvider):
    """Erasing is the shared one: your cycles go, and with them (CASCADE) everything about them, also the analyses
    others made of them. What you did for others' cycles goes too in DELETE mode and stays without your name in
    ANONYMISE mode (`keep_anonymised`), as the step-out page promises; analyst assignments end either way."""

    app_label = "lms_cycles"
    data = [
        PersonalData(ReflectionCycle, ("owner",), "Je video-reflecties: leervraag, stappen, cliëntcode.",
                     "Tot afronding plus de bewaartermijn; reflectie tot je uitstapt."),
        PersonalData(Consent, ("cycle__owner",), "Wat de cliënt toestond.", "Zolang de cyclus bestaat.",
                     follows="cycle"),
        PersonalData(RecordingReference, ("cycle__owner",), "De link naar de opname.",
                     "Tot de bewaartermijn na afronding (standaard 6 maanden)."),
        PersonalData(Fragment, ("cycle__owner", "created_by"), "Gemarkeerde stukken van de opname.",
                     "Zolang de opname bestaat.", keep_anonymised=("created_by",)),
        PersonalData(AnalystAssignment, ("cycle__owner", "analyst"), "Wie analyseert.", "Zolang de cyclus bestaat.",
                     follows="cycle"),
        PersonalData(Analysis, ("cycle__owner", "analyst"), "Analyses van je gesprek, of die jij als analist maakte.",
                     "Zolang de cyclus bestaat.", keep_anonymised=("analyst",)),
        PersonalData(ClientInterview, ("cycle__owner", "interviewer"), "Wat de cliënt over het gesprek zei.",
                     "Zolang de cyclus bestaat.", keep_anonymised=("interviewer",)),
        PersonalData(ReflectionMeeting, ("cycle__owner",), "Het reflectiegesprek.", "Tot je uitstapt."),
        PersonalData(AttentionPoint, ("cycle__owner",), "Wat je meenam.", "Tot je uitstapt."),
        PersonalData(CycleEvent, ("cycle__owner", "actor"), "De tijdlijn van de cyclus.", "Zolang de cyclus bestaat.",
                     keep_anonymised=("actor",), follows="cycle"),
        PersonalData(EvaluationEvidence, ("cycle__owner",),
                     "Welke video-reflectie bij een evaluatie van je doel hoort.",
                     "Zolang de evaluatie en de cyclus bestaan.", follows="cycle"),
    ]

    def retention(self, today):
        return {"opnames verwijderd": services.purge_expired(today)}


# "Wie keek er mee?": a cycle's own name already says what it is (video-reflectie, client code), so no kind before it.
register_item(ReflectionCycle.objects.all(), kind=lambda cycle: "")
