"""Personal data of goals: your goals with their history, and what you wrote on goals others shared with you."""

from lms.privacy.audit import register_item
from lms.privacy.registry import PersonalData, PrivacyProvider, register

from .models import FeedbackRequest, Goal, GoalComment, GoalEvaluation, GoalVersion


@register
class GoalsProvider(PrivacyProvider):
    app_label = "lms_goals"
    data = [
        PersonalData(Goal, ("owner",), "Je leerdoelen en actiedoelen.", "Tot je ze verwijdert of uitstapt."),
        PersonalData(GoalVersion, ("goal__owner",), "Hoe je doelen veranderden.", "Zolang het doel bestaat."),
        PersonalData(GoalEvaluation, ("goal__owner",), "Je evaluaties.", "Zolang het doel bestaat."),
        PersonalData(GoalComment, ("goal__owner", "author", "reviewer"), "Gesprekken over gedeelde doelen.",
                     "Zolang het doel bestaat."),
        PersonalData(FeedbackRequest, ("goal__owner", "reviewer"), "Vragen om feedback.", "Zolang het doel bestaat."),
    ]

    def erase(self, user, mode):
        removed = GoalComment.objects.filter(author=user).delete()[0]
        removed += GoalComment.objects.filter(reviewer=user).delete()[0]
        removed += FeedbackRequest.objects.filter(reviewer=user).delete()[0]
        Goal.objects.filter(owner=user).update(current_version=None)
        GoalEvaluation.objects.filter(goal__owner=user).delete()
        removed += Goal.objects.filter(owner=user).delete()[0]
        return removed


# "Wie keek er mee?" names a goal by its current title, fetched with the goal.
register_item(Goal.objects.select_related("current_version"), kind=lambda goal: goal.get_kind_display())
