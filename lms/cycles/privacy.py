"""Personal data of video-reflection: your cycles (with everything about them) and your work as an analyst."""

from lms.privacy.audit import register_item
from lms.privacy.registry import PersonalData, PrivacyProvider, register

from . import services
from .evidence import EvaluationEvidence
from .guides import INTERVIEW_GUIDE, REFLECTION_QUESTIONS, SAMENLEERWIJZER_QUESTIONS, with_questions
from .models import (
    Analysis,
    AnalystAssignment,
    AttentionPoint,
    ClientInterview,
    CollaborationTalk,
    Consent,
    CycleEvent,
    FollowUpCheck,
    Fragment,
    InterviewFeedback,
    RatingInvitation,
    RecordingReference,
    ReflectionCycle,
    ReflectionMeeting,
    SamenleerwijzerCadence,
    SelfAnalysis,
    SelfAssessment,
    SessionRating,
    TalkAttentionPoint,
)
from .services.ratings import purge_invitations

# In the export every answer goes with its question, as on the page: (the field with the answers, the questions).
_GUIDES = {ClientInterview._meta.label: ("answers", INTERVIEW_GUIDE),
           ReflectionMeeting._meta.label: ("answers", REFLECTION_QUESTIONS),
           CollaborationTalk._meta.label: ("notes", SAMENLEERWIJZER_QUESTIONS)}


@register
class CyclesProvider(PrivacyProvider):
    """Erasing is the shared one: your cycles go, and with them (CASCADE) everything about them, also the analyses
    others made of them. What you did for others' cycles goes too in DELETE mode and stays without your name in
    ANONYMISE mode (`keep_anonymised`), as the step-out page promises; analyst assignments end either way.
    Being someone else's neutral interviewer ends too; their cycle stays."""

    app_label = "lms_cycles"
    data = [
        PersonalData(ReflectionCycle, ("owner", "interviewer"), "Je video-reflecties: leervraag, stappen, cliëntcode; "
                     "en bij wie je neutrale interviewer bent.",
                     "Tot afronding plus de bewaartermijn; reflectie tot je uitstapt."),
        PersonalData(Consent, ("cycle__owner",), "Wat de cliënt toestond.", "Zolang de cyclus bestaat.",
                     follows="cycle"),
        PersonalData(RecordingReference, ("cycle__owner",), "De link naar de opname.",
                     "Tot de bewaartermijn na afronding (standaard 6 maanden)."),
        PersonalData(Fragment, ("cycle__owner", "self_analysis__owner", "created_by"),
                     "Gemarkeerde stukken van de opname, ook die je in een zelfanalyse markeerde.",
                     "Zolang de opname bestaat; in een losse zelfanalyse tot je die verwijdert of uitstapt.",
                     keep_anonymised=("created_by",)),
        PersonalData(AnalystAssignment, ("cycle__owner", "analyst"), "Wie analyseert.", "Zolang de cyclus bestaat.",
                     follows="cycle"),
        PersonalData(Analysis, ("cycle__owner", "analyst"), "Analyses van je gesprek, of die jij als analist maakte.",
                     "Zolang de cyclus bestaat.", keep_anonymised=("analyst",)),
        PersonalData(ClientInterview, ("cycle__owner", "interviewer"), "Wat de cliënt over het gesprek zei.",
                     "Zolang de cyclus bestaat.", keep_anonymised=("interviewer",)),
        PersonalData(InterviewFeedback, ("cycle__owner",), "Wat de interviewer je meegaf uit het gesprek met de "
                     "cliënt.", "Tot je uitstapt."),
        PersonalData(SelfAssessment, ("cycle__owner",), "Je zelfbeeld op het analysekader.", "Tot je uitstapt."),
        PersonalData(SelfAnalysis, ("owner",), "Je zelfanalyses met de Kijkwijzer: je antwoorden per onderdeel, en "
                     "bij een losse zelfanalyse de cliëntcode, de datum en de link naar de opname.",
                     "Tot je een concept verwijdert of uitstapt; in een video-reflectie zolang die bestaat."),
        PersonalData(ReflectionMeeting, ("cycle__owner",), "Het reflectiegesprek.", "Tot je uitstapt."),
        PersonalData(FollowUpCheck, ("cycle__owner",), "Of eerdere aandachtspunten lukten.", "Tot je uitstapt."),
        PersonalData(AttentionPoint, ("cycle__owner",), "Wat je meenam.", "Tot je uitstapt."),
        PersonalData(CycleEvent, ("cycle__owner", "actor"), "De tijdlijn van de cyclus.", "Zolang de cyclus bestaat.",
                     keep_anonymised=("actor",), follows="cycle"),
        PersonalData(EvaluationEvidence, ("cycle__owner",),
                     "Welke video-reflectie bij een evaluatie van je doel hoort.",
                     "Zolang de evaluatie en de cyclus bestaan.", follows="cycle"),
        PersonalData(RatingInvitation, ("owner",), "De links die je maakte om een cliënt het gesprek te laten "
                     "beoordelen (met de cliëntcode; de link zelf bewaren we niet).",
                     "Tot de link verloopt (standaard 14 dagen)."),
        PersonalData(SessionRating, ("owner",), "Hoe je cliënten jullie gesprekken beoordeelden, per cliëntcode.",
                     "Tot je ze verwijdert of uitstapt."),
        PersonalData(CollaborationTalk, ("owner",), "Je Samenleerwijzer-gesprekken met cliënten: cliëntcode, datum, "
                     "je aantekeningen per vraag en wat je meenam. Alleen voor jou.",
                     "Tot je ze verwijdert of uitstapt."),
        PersonalData(TalkAttentionPoint, ("talk__owner",), "Aandachtspunten uit je Samenleerwijzer-gesprekken.",
                     "Zolang het gesprek bestaat."),
        PersonalData(SamenleerwijzerCadence, ("owner",), "Hoe vaak je een Samenleerwijzer-gesprek wilt houden.",
                     "Tot je uitstapt."),
    ]

    def erase(self, user, mode):
        # Someone else's cycle loses its interviewer, never its content: in both modes only the link goes.
        removed = ReflectionCycle.objects.filter(interviewer=user).exclude(owner=user).update(interviewer=None)
        return removed + super().erase(user, mode)

    def export(self, user):
        result = super().export(user)
        for label, (name, questions) in _GUIDES.items():
            for row in result.get(label, []):
                row[name] = [{"vraag": question, "antwoord": answer}
                             for question, answer in with_questions(questions, row.get(name))]
        return result

    def retention(self, today):
        return {"opnames verwijderd": services.purge_expired(today),
                "verlopen beoordelingslinks verwijderd": purge_invitations()}


# "Wie keek er mee?": a cycle's own name already says what it is (video-reflectie, client code), so no kind before it.
register_item(ReflectionCycle.objects.all(), kind=lambda cycle: "")
