"""Privacy of the leergang: answers and ticks are the writer's own; progress is also seen by one's teamcoach."""

from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from lms.people import access

from .models import ChecklistTick, ModuleCompletion, ReflectionAnswer

PROGRESS_ONLY = _("Je ziet de voortgang van de teams die je coacht; antwoorden op reflectievragen blijven privé.")


class CompletionRule(access.Rule):
    def decide(self, user, action, obj):
        if obj.user_id == user.pk:
            return access.ALLOWED
        if action == access.VIEW and obj.user.participant.team and obj.user.participant.team.coaches.filter(
                pk=user.pk).exists():
            return access.ALLOWED
        return access.refuse(PROGRESS_ONLY)

    def filter(self, user, queryset, action):
        if action != access.VIEW:
            return queryset.filter(user=user)
        return queryset.filter(Q(user=user) | Q(user__participant__team__coaches=user))


access.register(ReflectionAnswer, access.OwnerRule("user", shareable=False))
access.register(ChecklistTick, access.OwnerRule("user", shareable=False))
access.register(ModuleCompletion, CompletionRule())
