"""Who sees what of a video-reflection cycle. Consent is data: the recording, fragments and analyses open only
to the owner and to the analysts assigned to the cycle, and to those only while the client's consent lets them.

- the cycle page (leervraag, reflection, aandachtspunten): the owner, the assigned analysts (within consent),
  and people the owner shares the reflection with;
- the recording and fragments: the owner; assigned analysts while consent is active and allows analysts;
- an analysis: its analyst; the other assigned analyst once both are submitted; the consensus for both analysts,
  and for the owner once it is released to them;
- the client interview's raw notes: the neutral interviewer and the assigned analysts (within consent); the owner
  only when the client agreed to that (`Consent.notes_to_participant`);
- what the interviewer passes on (aandachtspunten, reflectievragen, the client's view): the owner, the interviewer
  and the analysts;
- the owner's zelfbeeld: the owner; the analysts once they released their consensus (never before: it would
  colour their blind work);
- a Kijkwijzer self-analysis (and the fragments marked in it): the owner; inside a cycle also the assigned
  analysts (within consent) once it is finished, since they respond to it. Never through a share: it is an
  analysis, like the analysts' own.
Management, other participants, unassigned analysts and interviewers of other cycles never get in. An
interviewer who is not one of the analysts sees the cycle's page and their own interview, never an analysis.

Three actions on a cycle name the work on it: `ANALYSE` (an assigned analyst, within consent: the blind analysis,
the comparison and its release), `INTERVIEW` (the client interview: the assigned neutral interviewer, or one of
the analysts when nobody was assigned; never the participant: clients speak freely only to an outsider) and
`LEAD` (the reflection meeting: an analyst when the cycle has analysts' feedback, otherwise the participant).
Four capabilities say who may take part at all: "cycles.start_cycle" (participants), "cycles.analyse" (analysts),
"cycles.interview" (analysts and neutrale functionarissen) and "cycles.assign_analysts" (teamcoaches and the
functional administrator).
"""

from django.db.models import Exists, OuterRef, Q
from django.utils.translation import gettext_lazy as _

from lms.people import access
from lms.people.models import register_share_target
from lms.people.roles import Role, is_management
from lms.people.signals import register_share_kind

from .models import (
    Analysis,
    AnalystAssignment,
    AttentionPoint,
    ClientInterview,
    FollowUpCheck,
    Fragment,
    InterviewFeedback,
    Medium,
    RecordingReference,
    ReflectionCycle,
    ReflectionMeeting,
    SelfAnalysis,
    SelfAssessment,
)

ANALYSTS_ONLY = _("Alleen de twee analisten die aan deze cyclus zijn toegewezen kunnen dit zien, en alleen zolang "
                  "de cliënt daar toestemming voor geeft.")
BLIND = _("De analyse van de andere analist blijft verborgen tot jullie allebei je analyse hebben ingediend.")
NOT_RELEASED = _("De analyse wordt zichtbaar voor jou zodra de analisten die met je delen.")
ASSIGNERS_ONLY = _("Alleen een teamcoach of de functioneel beheerder wijst analisten toe.")
PARTICIPANTS_ONLY = _("Alleen deelnemers starten een video-reflectie.")
INTERVIEWERS_ONLY = _("Alleen de neutrale interviewer van deze cyclus (of, als die er niet is, een van de analisten) "
                      "houdt het cliëntinterview. De deelnemer zelf nooit: een cliënt praat vrijer met een "
                      "buitenstaander.")
WORKSPACE_ONLY = _("Alleen analisten en neutrale functionarissen hebben een werkplek voor video-reflecties van "
                   "anderen.")
NOTES_STAY = _("De aantekeningen van het interview blijven bij de interviewer en de analisten, tenzij de cliënt "
               "toestemming gaf om ze met de klantmanager te delen.")
SELF_ANALYSIS_ONLY = _("Een zelfanalyse is van wie hem maakt. Binnen een video-reflectie lezen alleen de twee "
                       "toegewezen analisten mee, zodra de zelfanalyse is afgerond en zolang de cliënt dat toestaat.")
NOT_SHARED = _("Een zelfanalyse deel je niet; je reflectie wel.")
LEADERS_ONLY = _("Het reflectiegesprek wordt geleid door een analist van deze cyclus, of, zonder analisten, door "
                 "de deelnemer zelf.")

# Actions on a cycle, next to access.VIEW and access.CHANGE.
ANALYSE = "analyse"
INTERVIEW = "interview"
LEAD = "lead"

START_CYCLE = access.register_capability(
    "cycles.start_cycle", {Role.PARTICIPANT}, PARTICIPANTS_ONLY,
    "Een eigen video-reflectie aanmelden (en de video-reflecties in het menu en op het overzicht zien).",
).name
ANALYSE_CYCLES = access.register_capability(
    "cycles.analyse", {Role.ANALYST}, ANALYSTS_ONLY,
    "Analist zijn: de analistenwerkplek openen en aan een cyclus toegewezen kunnen worden.",
).name
INTERVIEW_CLIENTS = access.register_capability(
    "cycles.interview", {Role.ANALYST, Role.INTERVIEWER}, WORKSPACE_ONLY,
    "Neutrale interviewer zijn: cliëntinterviews houden bij gesprekken van anderen en daarvoor toegewezen worden.",
).name
ASSIGN_ANALYSTS = access.register_capability(
    "cycles.assign_analysts", {Role.TEAMCOACH, Role.ADMINISTRATOR}, ASSIGNERS_ONLY,
    "Twee analisten en een neutrale interviewer toewijzen aan een cyclus met toestemming (alleen wie en wanneer, "
    "geen inhoud).",
).name


def _assigned(user):
    return AnalystAssignment.objects.filter(cycle=OuterRef("pk"), analyst=user)


def analyst_may_see(user, cycle) -> bool:
    consent = getattr(cycle, "consent", None)
    return (consent is not None and consent.is_active and consent.analysts_may_view
            and cycle.assignments.filter(analyst=user).exists())


def _interview_consent(cycle) -> bool:
    consent = getattr(cycle, "consent", None)
    return consent is not None and consent.is_active and consent.interview_allowed


def is_interviewer(user, cycle) -> bool:
    """The neutral interviewer assigned to this cycle, while the client's consent to an interview stands."""
    return bool(user.pk) and cycle.interviewer_id == user.pk and _interview_consent(cycle)


def may_interview(user, cycle) -> bool:
    """The assigned interviewer; without one, an assigned analyst. Never the owner of the conversation."""
    if cycle.owner_id == user.pk or not cycle.interview_possible:
        return False
    if cycle.interviewer_id is not None:
        return is_interviewer(user, cycle)
    return analyst_may_see(user, cycle)


def may_lead(user, cycle) -> bool:
    """The reflection is led by an assigned analyst when the cycle has analysts' feedback, else by its owner."""
    if cycle.with_analyst_feedback:
        return analyst_may_see(user, cycle)
    return cycle.owner_id == user.pk


def _analyst_cycles(user):
    """Cycles this user analyses, within consent (a subquery)."""
    return ReflectionCycle.objects.filter(
        Exists(_assigned(user)), consent__withdrawn_at__isnull=True, consent__analysts_may_view=True
    ).values("pk")


def _interviewer_cycles(user):
    """Cycles this user interviews the client for, within consent (a subquery)."""
    return ReflectionCycle.objects.filter(
        interviewer=user, consent__withdrawn_at__isnull=True, consent__interview_allowed=True
    ).values("pk")


# The colleagues' version (an intervisiegroep seeing an inbrenger's fragments), as a filter on fragments: the
# client's consent is not withdrawn and allows colleagues. A cycle without consent never matches.
FRAGMENT_FOR_COLLEAGUES = Q(cycle__consent__withdrawn_at__isnull=True, cycle__consent__colleagues_may_view=True)


class CycleRule(access.Rule):
    def owner_id(self, obj):
        return obj.owner_id

    def __init__(self):
        self.owner_rule = access.OwnerRule("owner", grantee_actions=(access.VIEW,))

    def decide(self, user, action, obj):
        if action == ANALYSE:
            return access.ALLOWED if analyst_may_see(user, obj) else access.refuse(ANALYSTS_ONLY)
        if action == INTERVIEW:
            return access.ALLOWED if may_interview(user, obj) else access.refuse(INTERVIEWERS_ONLY)
        if action == LEAD:
            return access.ALLOWED if may_lead(user, obj) else access.refuse(LEADERS_ONLY)
        if action == access.VIEW and (analyst_may_see(user, obj) or is_interviewer(user, obj)):
            return access.ALLOWED
        return self.owner_rule.decide(user, action, obj)

    def filter(self, user, queryset, action):
        if action == ANALYSE:
            return queryset.filter(pk__in=_analyst_cycles(user))
        if action == INTERVIEW:
            allowed = Q(pk__in=_interviewer_cycles(user)) | (Q(interviewer__isnull=True)
                                                             & Q(pk__in=_analyst_cycles(user)))
            return (queryset.filter(allowed, with_client_feedback=True).exclude(owner=user)
                    .exclude(medium=Medium.MANAGER))
        if action == LEAD:
            return queryset.filter(Q(with_analyst_feedback=True, pk__in=_analyst_cycles(user))
                                   | Q(with_analyst_feedback=False, owner=user))
        own_or_shared = self.owner_rule.filter(user, queryset, action)
        if action != access.VIEW:
            return own_or_shared
        return queryset.filter(Q(pk__in=own_or_shared.values("pk")) | Q(pk__in=_analyst_cycles(user))
                               | Q(pk__in=_interviewer_cycles(user)))


class CycleChildRule(access.Rule):
    def owner_id(self, obj):
        return obj.cycle.owner_id


def _in_draft(fragment) -> bool:
    return fragment.self_analysis_id is not None and fragment.self_analysis.submitted_at is None


class RecordingRule(CycleChildRule):
    """Recording references and fragments: never through a share, only owner and analysts within consent. A
    fragment marked in a self-analysis follows it: its analysts see it once the self-analysis is finished, and one
    marked in a self-analysis outside any cycle is its owner's alone."""

    # Default deny: an action another app invents for fragments (casuistiek's TRAIN) is that app's grant to give.
    ACTIONS = frozenset({access.VIEW, access.CHANGE, access.DELETE})

    def owner_id(self, obj):
        if isinstance(obj, Fragment) and obj.cycle_id is None:
            return obj.self_analysis.owner_id
        return obj.cycle.owner_id

    def decide(self, user, action, obj):
        if action not in self.ACTIONS:
            return access.refuse(access.NO_RULE)
        if isinstance(obj, Fragment) and obj.self_analysis_id is not None:
            return self._decide_self_analysed(user, action, obj)
        cycle = obj.cycle
        if cycle.owner_id == user.pk:
            if isinstance(obj, Fragment) and obj.analysis_id and action == access.VIEW:
                return AnalysisRule().decide(user, action, obj.analysis)
            return access.ALLOWED
        if analyst_may_see(user, cycle):
            if isinstance(obj, Fragment) and obj.analysis_id:
                return AnalysisRule().decide(user, action, obj.analysis)
            if action == access.VIEW or (isinstance(obj, Fragment) and obj.created_by_id == user.pk):
                return access.ALLOWED
        return access.refuse(ANALYSTS_ONLY)

    def _decide_self_analysed(self, user, action, obj):
        if obj.self_analysis.owner_id == user.pk:
            return access.ALLOWED
        if action == access.VIEW and obj.cycle_id and not _in_draft(obj) and analyst_may_see(user, obj.cycle):
            return access.ALLOWED
        return access.refuse(SELF_ANALYSIS_ONLY)

    def filter(self, user, queryset, action):
        if action not in self.ACTIONS:
            return queryset.none()
        mine = Q(cycle__owner=user) | Q(cycle__in=_analyst_cycles(user))
        if queryset.model is Fragment:
            visible_analyses = AnalysisRule().filter(user, Analysis.objects.all(), access.VIEW).values("pk")
            not_a_draft = Q(self_analysis__isnull=True) | Q(self_analysis__submitted_at__isnull=False)
            own = Q(cycle__owner=user) | Q(self_analysis__owner=user)
            as_analyst = Q(cycle__in=_analyst_cycles(user)) & not_a_draft
            return queryset.filter(own | as_analyst).filter(Q(analysis__isnull=True)
                                                            | Q(analysis__in=visible_analyses))
        return queryset.filter(mine)


class AnalysisRule(CycleChildRule):
    def decide(self, user, action, obj):
        cycle = obj.cycle
        if not analyst_may_see(user, cycle):
            if cycle.owner_id == user.pk and obj.is_consensus and cycle.consensus_released_at and \
                    action == access.VIEW:
                return access.ALLOWED
            return access.refuse(NOT_RELEASED if cycle.owner_id == user.pk else ANALYSTS_ONLY)
        if obj.is_consensus:
            return access.ALLOWED
        if obj.analyst_id == user.pk:
            if action == access.VIEW or obj.submitted_at is None:
                return access.ALLOWED
            return access.refuse(_("Je analyse is ingediend en kan niet meer worden gewijzigd."))
        if action == access.VIEW and obj.submitted_at and not cycle.analyses.filter(
            is_consensus=False, submitted_at__isnull=True
        ).exists() and cycle.analyses.filter(is_consensus=False).count() >= 2:
            return access.ALLOWED
        return access.refuse(BLIND)

    def filter(self, user, queryset, action):
        in_my_cycles = Q(cycle__in=_analyst_cycles(user))
        unsubmitted = Analysis.objects.filter(cycle=OuterRef("cycle"), is_consensus=False, submitted_at__isnull=True)
        own = in_my_cycles & Q(analyst=user)
        both_submitted = in_my_cycles & Q(is_consensus=False, submitted_at__isnull=False) & ~Exists(unsubmitted)
        consensus = in_my_cycles & Q(is_consensus=True)
        released = Q(cycle__owner=user, is_consensus=True, cycle__consensus_released_at__isnull=False)
        if action != access.VIEW:
            return queryset.filter(own, submitted_at__isnull=True)
        return queryset.filter(own | both_submitted | consensus | released)


class InterviewRule(CycleChildRule):
    """The raw notes of the client interview: the interviewer and the analysts, within consent; the owner only
    when the client agreed the notes may go to the klantmanager."""

    def decide(self, user, action, obj):
        cycle = obj.cycle
        if analyst_may_see(user, cycle) or is_interviewer(user, cycle):
            return access.ALLOWED
        consent = getattr(cycle, "consent", None)
        if (cycle.owner_id == user.pk and action == access.VIEW and consent is not None and consent.is_active
                and consent.notes_to_participant):
            return access.ALLOWED
        return access.refuse(NOTES_STAY)

    def filter(self, user, queryset, action):
        team = Q(cycle__in=_analyst_cycles(user)) | Q(cycle__in=_interviewer_cycles(user))
        if action != access.VIEW:
            return queryset.filter(team)
        agreed = Q(cycle__owner=user, cycle__consent__notes_to_participant=True,
                   cycle__consent__withdrawn_at__isnull=True)
        return queryset.filter(team | agreed)


class InterviewFeedbackRule(CycleChildRule):
    """What the interviewer passes on: for the owner (it is theirs to learn from), the interviewer, the analysts."""

    def decide(self, user, action, obj):
        cycle = obj.cycle
        if cycle.owner_id == user.pk and action == access.VIEW:
            return access.ALLOWED
        if analyst_may_see(user, cycle) or is_interviewer(user, cycle):
            return access.ALLOWED
        return access.refuse(access.MANAGEMENT_NEVER if is_management(user) else access.NOT_YOURS)

    def filter(self, user, queryset, action):
        team = Q(cycle__in=_analyst_cycles(user)) | Q(cycle__in=_interviewer_cycles(user))
        if action != access.VIEW:
            return queryset.filter(team)
        return queryset.filter(team | Q(cycle__owner=user))


class SelfAssessmentRule(CycleChildRule):
    """The owner's zelfbeeld: theirs; the analysts see it once they released the consensus, never before."""

    def decide(self, user, action, obj):
        cycle = obj.cycle
        if cycle.owner_id == user.pk:
            return access.ALLOWED
        if action == access.VIEW and cycle.consensus_released_at and analyst_may_see(user, cycle):
            return access.ALLOWED
        return access.refuse(access.MANAGEMENT_NEVER if is_management(user) else access.NOT_YOURS)

    def filter(self, user, queryset, action):
        if action != access.VIEW:
            return queryset.filter(cycle__owner=user)
        released = Q(cycle__in=_analyst_cycles(user), cycle__consensus_released_at__isnull=False)
        return queryset.filter(Q(cycle__owner=user) | released)


class SelfAnalysisRule(access.Rule):
    """A Kijkwijzer self-analysis: its owner does everything but share it; inside a cycle the assigned analysts
    read it (within consent) once it is finished. Management, buddies, teamcoaches, interviewers: never."""

    def owner_id(self, obj):
        return obj.owner_id

    def decide(self, user, action, obj):
        if obj.owner_id == user.pk:
            return access.refuse(NOT_SHARED) if action == access.SHARE else access.ALLOWED
        if (action == access.VIEW and obj.cycle_id and obj.submitted_at is not None
                and analyst_may_see(user, obj.cycle)):
            return access.ALLOWED
        return access.refuse(access.MANAGEMENT_NEVER if is_management(user) else SELF_ANALYSIS_ONLY)

    def filter(self, user, queryset, action):
        own = Q(owner=user)
        if action == access.SHARE:
            return queryset.none()
        if action != access.VIEW:
            return queryset.filter(own)
        return queryset.filter(own | Q(cycle__in=_analyst_cycles(user), submitted_at__isnull=False))


class ReflectionRule(CycleChildRule):
    """The reflection meeting and aandachtspunten: owner; analysts within consent; readers of a shared cycle."""

    def decide(self, user, action, obj):
        cycle = obj.cycle
        if cycle.owner_id == user.pk:
            return access.ALLOWED
        if analyst_may_see(user, cycle) and (action == access.VIEW or isinstance(obj, ReflectionMeeting)):
            return access.ALLOWED
        if action == access.VIEW and access.is_shared_with(user, cycle):
            return access.ALLOWED
        return access.refuse(access.MANAGEMENT_NEVER if is_management(user) else access.NOT_YOURS)

    def filter(self, user, queryset, action):
        if action != access.VIEW:
            return queryset.filter(cycle__owner=user)
        visible = access.visible_to(user, ReflectionCycle.objects.all()).values("pk")
        return queryset.filter(cycle__in=visible)


register_share_target(ReflectionCycle.objects.all())
register_share_kind(ReflectionCycle, lambda cycle: _("video-reflectie"))
access.register(ReflectionCycle, CycleRule())
access.register(RecordingReference, RecordingRule())
access.register(Fragment, RecordingRule())
access.register(Analysis, AnalysisRule())
access.register(ClientInterview, InterviewRule())
access.register(InterviewFeedback, InterviewFeedbackRule())
access.register(SelfAssessment, SelfAssessmentRule())
access.register(SelfAnalysis, SelfAnalysisRule())
access.register(FollowUpCheck, ReflectionRule())
access.register(ReflectionMeeting, ReflectionRule())
access.register(AttentionPoint, ReflectionRule())

# A client's session rating and its one-time link (ratings.py): only the klantmanager who made the link, never
# through a share, an analyst's assignment or a management role. The client's own page does not ask the policy:
# the link's token is the key there (views/ratings.py).
from .ratings import RatingInvitation, SessionRating  # noqa: E402

access.register(RatingInvitation, access.OwnerRule("owner", shareable=False))
access.register(SessionRating, access.OwnerRule("owner", shareable=False))

# The Samenleerwijzer (samenleerwijzer.py): a talk, its notes and aandachtspunten, and one's cadence are the
# klantmanager's alone, like the session ratings: never through a share, an analyst's assignment, a buddy pair, a
# management role or the superuser flag. A talk's aandachtspunten follow their talk.
from .samenleerwijzer import CollaborationTalk, SamenleerwijzerCadence, TalkAttentionPoint  # noqa: E402

SAMENLEERWIJZER_PARTICIPANTS_ONLY = _("Alleen deelnemers houden Samenleerwijzer-gesprekken met hun cliënten.")
HOLD_SAMENLEERWIJZER = access.register_capability(
    "cycles.hold_samenleerwijzer", {Role.PARTICIPANT}, SAMENLEERWIJZER_PARTICIPANTS_ONLY,
    "Samenleerwijzer-gesprekken met eigen cliënten vastleggen en er een ritme en herinnering voor kiezen.",
).name

access.register(CollaborationTalk, access.OwnerRule("owner", shareable=False))
access.register(TalkAttentionPoint, access.FollowsRule("talk"))
access.register(SamenleerwijzerCadence, access.OwnerRule("owner", shareable=False))
