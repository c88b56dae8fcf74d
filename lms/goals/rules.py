"""Who may see and do what with goals. Owners write; a person a goal is shared with reads and comments.

Also the capabilities of goals: who keeps an ontwikkelplan, who is asked for feedback on shared goals.
"""

from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from lms.people import access
from lms.people.models import register_share_target
from lms.people.roles import Role
from lms.people.signals import register_share_kind

from .models import FeedbackRequest, Goal, GoalComment, GoalEvaluation, GoalVersion

THREAD_PRIVATE = _(
    "Dit gesprek is alleen zichtbaar voor de eigenaar van het doel en de persoon met wie het is gedeeld."
)


class ThreadRule(access.Rule):
    """Comments and feedback requests belong to one conversation: the goal's owner and one reviewer.

    The reviewer takes part only while the goal is shared with them; after a revocation the thread closes
    for them, and stays with the owner.
    """

    def owner_id(self, obj):
        return obj.goal.owner_id

    def decide(self, user, action, obj):
        if obj.goal.owner_id == user.pk:
            return access.ALLOWED
        if obj.reviewer_id == user.pk and access.is_shared_with(user, obj.goal):
            return access.ALLOWED
        return access.refuse(THREAD_PRIVATE)

    def filter(self, user, queryset, action):
        shared_goals = access.visible_to(user, Goal.objects.exclude(owner=user)).values("pk")
        return queryset.filter(Q(goal__owner=user) | Q(reviewer=user, goal__in=shared_goals))


register_share_target(Goal.objects.select_related("current_version"))
register_share_kind(Goal, lambda goal: goal.get_kind_display().lower())
access.register(Goal, access.OwnerRule(owner_field="owner", grantee_actions=(access.VIEW, access.COMMENT)))
access.register(GoalVersion, access.FollowsRule("goal"))
access.register(GoalEvaluation, access.FollowsRule("goal"))
access.register(GoalComment, ThreadRule())
access.register(FeedbackRequest, ThreadRule())


PARTICIPANTS_ONLY = _(
    "Een ontwikkelplan is er voor deelnemers aan de ontwikkelcyclus. Wil je meedoen? Vraag de functioneel "
    "beheerder om je als deelnemer toe te voegen."
)
REVIEWERS_ONLY = _(
    "Om feedback op een gedeeld doel wordt een buddy of teamcoach gevraagd: met hen delen deelnemers hun doelen."
)

# Capabilities (object-free): asked with access.may / access.require_capability.
KEEP_PLAN = "goals.keep_plan"
REVIEW_SHARED_GOALS = "goals.review_shared_goals"

# The role, not a management or editor role, opens the plan.
access.register_capability(KEEP_PLAN, {Role.PARTICIPANT}, PARTICIPANTS_ONLY,
                           _("Een eigen ontwikkelplan bijhouden: doelen stellen en evalueren, het plan als PDF en "
                             "de evaluatiedata als agenda."))
# The people a participant may share a goal with; the feedback inbox is in their menu even while it is empty.
access.register_capability(REVIEW_SHARED_GOALS, {Role.BUDDY, Role.TEAMCOACH}, REVIEWERS_ONLY,
                           _("Meelezen met gedeelde doelen en feedback geven als buddy of teamcoach."))
