"""Counting for the MT dashboard: raw numbers of distinct people, per team (and theme) and quarter, in SQL.

Each figure group is one query that counts distinct people per team (and per theme), with one conditional count
per quarter. Only active users with a participant profile count; their team decides the part they count in.
Nothing here returns a person, but the numbers are raw: they leave this package only through `figures.build`,
after disclosure control. Goals count through the leeragenda's own link (GoalTheme), never through goals.
"""

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.db.models import Count, F, Q
from django.utils import timezone

from buddy.models import BuddyPair
from casuistiek.models import AttemptAgreement, CaseAttempt
from courses.models import ModuleCompletion
from intervisie.models import IntervisionSession, Membership
from lms.cycles.models import ReflectionCycle
from lms.cycles.ratings import SessionRating
from lms.goals.models import GoalEvaluation
from lms.people.models import Participant, Team
from lms.people.roles import Role

from ..models import GoalTheme, ThemePage


def _people(prefix, roles):
    """Active participants (the role and a profile), reached through `prefix` (e.g. 'goal__owner').

    Members of the MT are left out, also when they learn themselves: whoever reads the figures must not be able
    to move a cell across the threshold with their own goal and so learn the count of the others.
    Groups go in by id: joining auth_group by name made PostgreSQL misjudge the row counts 20-fold.
    """
    participant, management = roles
    condition = Q(**{f"{prefix}__is_active": True, f"{prefix}__participant__isnull": False,
                     f"{prefix}__groups": participant})
    if not management:
        return condition
    # By id: `~Q(prefix__groups=…)` beside the positive group filter would reuse that join and exclude nobody,
    # and a NOT IN subquery made every count a third slower on PostgreSQL. The MT is a handful of people.
    return condition & ~Q(**{f"{prefix}__in": management})


def role_groups():
    """(participant group id, ids of the MT's members): two small queries."""
    participant = Group.objects.filter(name=Role.PARTICIPANT.value).values_list("pk", flat=True).first()
    management = list(get_user_model().objects.filter(groups__name=Role.MANAGEMENT.value).values_list("pk", flat=True))
    return participant, management


def _per_quarter(queryset, person, groups: dict, conditions: dict, quarters) -> dict:
    """{metric: {group tuple: {quarter number: distinct people}}} from ONE grouped query."""
    annotations = {
        f"{metric}__{quarter.number}": Count(person, distinct=True, filter=condition(quarter))
        for metric, condition in conditions.items() for quarter in quarters
    }
    rows = queryset.values(**groups).annotate(**annotations).order_by()
    result = {metric: {} for metric in conditions}
    for row in rows:
        key = tuple(row[name] for name in groups)
        for metric in conditions:
            result[metric][key] = {quarter.number: row[f"{metric}__{quarter.number}"] for quarter in quarters}
    return result


def _active_goal(prefix, quarter):
    return Q(**{f"{prefix}created_at__lt": quarter.ends_before}) & (
        Q(**{f"{prefix}closed_at__isnull": True}) | Q(**{f"{prefix}closed_at__gte": quarter.begins_at}))


def _between(field_name, quarter, dates=False):
    if dates:
        return Q(**{f"{field_name}__gte": quarter.start, f"{field_name}__lte": quarter.end})
    return Q(**{f"{field_name}__gte": quarter.begins_at, f"{field_name}__lt": quarter.ends_before})


def count_themes(theme_ids, quarters, roles) -> dict:
    """{metric: {(theme id, team): {quarter: people}}} for the figures per theme: goals on it (through the
    agenda's GoalTheme links), such goals evaluated on time, modules of it completed."""
    links = GoalTheme.objects.filter(_people("goal__owner", roles), theme_id__in=theme_ids)
    goal = _per_quarter(links, "goal__owner", {"on_theme": F("theme_id"), "team": F("goal__owner__participant__team")},
                        {"goal": lambda q: _active_goal("goal__", q)}, quarters)
    evaluations = GoalEvaluation.objects.filter(
        _people("goal__owner", roles), goal__theme_links__theme_id__in=theme_ids, due_on__isnull=False,
        evaluated_on__lte=F("due_on"))
    on_time = _per_quarter(
        evaluations, "goal__owner",
        {"theme": F("goal__theme_links__theme_id"), "team": F("goal__owner__participant__team")},
        {"on_time": lambda q: _between("evaluated_on", q, dates=True) & _active_goal("goal__", q)}, quarters)
    # A module shared by two themes would let their figures be subtracted; such a module counts for neither
    # (editors cannot link one twice, see ThemeForm; this guards older links).
    shared = (ThemePage.modules.through.objects.filter(themepage_id__in=theme_ids).values("modulepage_id")
              .annotate(themes=Count("themepage_id")).filter(themes__gt=1).values("modulepage_id"))
    completions = (ModuleCompletion.objects.filter(_people("user", roles), module__agenda_themes__in=theme_ids)
                   .exclude(module_id__in=shared))
    modules = _per_quarter(
        completions, "user", {"theme": F("module__agenda_themes"), "team": F("user__participant__team")},
        {"modules": lambda q: _between("completed_at", q)}, quarters)
    return {**goal, **on_time, **modules}


def count_organisation(quarters, roles) -> dict:
    """{metric: {(team,): {quarter: people}}} for the organisation's figures (cycles, buddies, intervisie, cases,
    session ratings asked for)."""

    def by_team(prefix):
        return {"team": F(f"{prefix}__participant__team")}

    counts = _per_quarter(
        ReflectionCycle.objects.filter(_people("owner", roles)), "owner", by_team("owner"),
        {"cycle_started": lambda q: _between("created_at", q), "cycle_finished": lambda q: _between("finished_at", q)},
        quarters)
    counts.update(_per_quarter(
        BuddyPair.objects.filter(_people("newcomer", roles), started_at__isnull=False), "newcomer", by_team("newcomer"),
        {"buddy": lambda q: Q(started_at__lt=q.ends_before)
         & (Q(ended_at__isnull=True) | Q(ended_at__gte=q.begins_at))},
        quarters))
    # Only sessions held within the agenda's period: in WHERE, so the join stays small.
    memberships = Membership.objects.filter(
        _people("user", roles), group__sessions__status=IntervisionSession.Status.PLANNED,
        group__sessions__starts_at__lt=timezone.now(), group__sessions__starts_at__gte=quarters[0].begins_at,
        joined_at__lte=F("group__sessions__starts_at"))
    counts.update(_per_quarter(
        memberships, "user", by_team("user"),
        {"intervision": lambda q: _between("group__sessions__starts_at", q)}, quarters))
    counts.update(_per_quarter(
        CaseAttempt.objects.filter(_people("user", roles)), "user", by_team("user"),
        {"casus": lambda q: _between("submitted_at", q)}, quarters))
    counts.update(_per_quarter(
        SessionRating.objects.filter(_people("owner", roles)), "owner", by_team("owner"),
        {"rating": lambda q: _between("created_at", q)}, quarters))
    return counts


def count_calibration(quarters, roles) -> dict:
    """{(dimension, team): {quarter: (agreeing answers, answers, people agreeing once, people disagreeing once)}}
    over practice attempts, one query."""
    annotations = {}
    for quarter in quarters:
        within = _between("attempt__submitted_at", quarter)
        annotations[f"n__{quarter.number}"] = Count("pk", filter=within)
        annotations[f"agree__{quarter.number}"] = Count("pk", filter=within & Q(agrees=True))
        annotations[f"yes__{quarter.number}"] = Count("attempt__user", distinct=True, filter=within & Q(agrees=True))
        annotations[f"no__{quarter.number}"] = Count("attempt__user", distinct=True, filter=within & Q(agrees=False))
    rows = (AttemptAgreement.objects.filter(_people("attempt__user", roles))
            .values("dimension", team=F("attempt__user__participant__team")).annotate(**annotations).order_by())
    return {(row["dimension"], row["team"]): {
        q.number: tuple(row[f"{name}__{q.number}"] for name in ("agree", "n", "yes", "no")) for q in quarters}
        for row in rows}


def participants_per_team(roles) -> dict:
    """{team id (None: no team): participants who count}."""
    everyone = Participant.objects.filter(_people("user", roles))
    return {row["team"]: row["n"] for row in everyone.values("team").annotate(n=Count("pk")).order_by()}


def teams_by_name() -> list:
    return [(pk, name) for pk, name in Team.objects.order_by("name").values_list("pk", "name")]
