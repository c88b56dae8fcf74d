"""Privacy of the leergang: answers and ticks are the writer's own; progress is also seen by one's teamcoach
(and, through a grant the buddy app adds, by the buddy of an active pair). And who may do what in the leergang."""

from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from lms.people import access
from lms.people.models import Team
from lms.people.roles import Role

from .models import ChecklistTick, ModuleCompletion, ReflectionAnswer

PROGRESS_ONLY = _("Je ziet de voortgang van de teams die je coacht; antwoorden op reflectievragen blijven privé.")

FOLLOW_COURSE = "courses.follow_course"
VIEW_TEAM_PROGRESS = "courses.view_team_progress"


class CompletionRule(access.Rule):
    def decide(self, user, action, obj):
        if obj.user_id == user.pk:
            return access.ALLOWED
        if action == access.VIEW and Team.objects.filter(members__user=obj.user_id, coaches=user).exists():
            return access.ALLOWED
        return access.refuse(PROGRESS_ONLY)

    def filter(self, user, queryset, action):
        if action != access.VIEW:
            return queryset.filter(user=user)
        # The coached teams as a subquery: a join through team__coaches beside `user=user` would repeat one's
        # own rows once per coach of one's team.
        coached = Team.objects.filter(coaches=user).values("pk")
        return queryset.filter(Q(user=user) | Q(user__participant__team__in=coached))


access.register(ReflectionAnswer, access.OwnerRule("user", shareable=False))
access.register(ChecklistTick, access.OwnerRule("user", shareable=False))
access.register(ModuleCompletion, CompletionRule())

access.register_capability(
    FOLLOW_COURSE, {Role.PARTICIPANT}, _("De leergang is voor deelnemers."),
    _("De leergang volgen: hij staat in het menu van deelnemers. De pagina's zelf zijn open voor wie is ingelogd."),
)
access.register_capability(
    VIEW_TEAM_PROGRESS, {Role.TEAMCOACH},
    _("Dit overzicht is voor teamcoaches. Leidinggevenden en het MT zien alleen geanonimiseerde totalen."),
    _("Het overzicht openen van welke modules de leden van de gecoachte teams afrondden."),
)
