"""What readers of the leeragenda see: the agendas and their themes, and the themes a goal is linked to."""

from django.db.models import Q
from django.utils import timezone

from .models import AgendaPage, ThemePage


def open_agendas(today=None):
    today = today or timezone.localdate()
    return AgendaPage.objects.live().filter(ends_on__gte=today)


def current_agenda(today=None):
    """The agenda running today, else the next one to start, else the most recent one."""
    today = today or timezone.localdate()
    live = AgendaPage.objects.live()
    return (live.filter(starts_on__lte=today, ends_on__gte=today).order_by("-starts_on").first()
            or live.filter(starts_on__gt=today).order_by("starts_on").first()
            or live.order_by("-ends_on").first())


def themes_of(agendas):
    """Live themes under any of `agendas`."""
    condition = Q()
    for agenda in agendas:
        condition |= ThemePage.objects.child_of_q(agenda)
    return ThemePage.objects.live().filter(condition) if condition else ThemePage.objects.none()


def linkable_themes():
    """Themes a goal can be linked to: published themes of agendas that have not ended."""
    return themes_of(list(open_agendas()))


def linked_themes(goal):
    """Every theme `goal` is linked to, published or not (the owner may unlink one the MT took back)."""
    return ThemePage.objects.filter(goal_links__goal=goal)
