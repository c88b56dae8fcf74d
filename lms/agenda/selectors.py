"""What readers of the leeragenda see: the themes, and for a participant their own next steps per theme."""

from django.db.models import Q
from django.utils import timezone

from lms.people.roles import Role

from .models import AgendaPage, Contribution, ThemePage


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


def agenda_for_reader(agenda, user) -> dict:
    """Themes with, for a participant, their own goals on each theme and the modules still to do.

    Only the reader's own goals and progress are read; the page is the same for everyone else.
    """
    from courses.models import ModuleCompletion
    from lms.goals.models import Goal

    themes = list(agenda.themes_with_modules())
    rows = [{"theme": theme, "goals": [], "modules": list(theme.modules.all()), "done": set()} for theme in themes]
    context = {"theme_rows": rows, "is_participant": False, "contributions": []}
    if not (user.is_authenticated and user.has_role(Role.PARTICIPANT)):
        return context
    context["is_participant"] = True
    by_theme = {row["theme"].pk: row for row in rows}
    goals = (Goal.objects.filter(owner=user, status="active", themes__in=themes)
             .values_list("themes", "pk", "current_version__title").order_by("pk"))
    for theme_id, goal_id, title in goals:
        by_theme[theme_id]["goals"].append({"pk": goal_id, "title": title})
    module_ids = {module.pk for row in rows for module in row["modules"]}
    done = set(ModuleCompletion.objects.filter(user=user, module_id__in=module_ids).values_list("module_id", flat=True))
    for row in rows:
        row["done"] = {module.pk for module in row["modules"] if module.pk in done}
        row["todo"] = [module for module in row["modules"] if module.pk not in done]
    context["contributions"] = list(Contribution.objects.filter(contributor=user, theme__in=themes)
                                    .select_related("theme"))
    return context
