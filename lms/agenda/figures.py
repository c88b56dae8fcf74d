"""The MT dashboard's figures for one leeragenda: counted in SQL, then suppressed as one cube (see disclosure).

Each figure group is one query that counts distinct people per team (and per theme), with one conditional count
per quarter. Only active users with a participant profile count; their team decides the part they count in.
Nothing here returns a person: the cube holds numbers per team, theme and quarter, and after `build` only the
numbers that disclosure control lets through.
"""

from dataclasses import dataclass, field

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.db.models import Count, F, Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from lms.people.models import Participant, Team
from lms.people.roles import Role

from .disclosure import NO_TEAM, ORGANISATION, Cell, hidden_keys, published


@dataclass(frozen=True)
class Metric:
    key: str
    label: str
    parent: str | None = None  # the figure this one is a subset of; None: all participants in the part
    with_percent: bool = True  # False where "of all participants" would mislead


THEME_METRICS = (
    Metric("goal", _("werken aan een doel op dit thema")),
    Metric("on_time", _("evalueerden zo'n doel op tijd"), parent="goal"),
    Metric("modules", _("rondden een module van dit thema af")),
)
ORGANISATION_METRICS = (
    Metric("cycle_started", _("begonnen een video-reflectie")),
    Metric("cycle_finished", _("rondden een video-reflectie af")),
    Metric("buddy", _("hadden als nieuwe collega een buddy"), with_percent=False),
    Metric("intervision", _("zaten in een intervisiegroep die bijeenkwam")),
    Metric("casus", _("oefenden met een casus")),
)
METRICS = {metric.key: metric for metric in THEME_METRICS + ORGANISATION_METRICS}


def min_group_size() -> int:
    return settings.VKNZ_MIN_GROUP_SIZE


@dataclass
class Cube:
    """All figures of one agenda, per (metric, theme id or None, quarter number) → {team id | ORGANISATION: n}.

    A value of None is a hidden cell; the raw counts never leave `build`.
    """

    agenda: object
    k: int
    quarters: list
    teams: list
    themes: list
    populations: dict = field(default_factory=dict)  # team → participants now
    frozen_populations: dict = field(default_factory=dict)  # closed quarter → {team → participants then}
    values: dict = field(default_factory=dict)
    calibration: dict = field(default_factory=dict)  # (quarter, team) → [(dimension code, percent)]
    computed_at: object = None
    fingerprint: dict = field(default_factory=dict)

    def value(self, metric, theme_id, quarter, team=ORGANISATION):
        return self.values.get((metric, theme_id, quarter), {}).get(team)

    def population(self, team=ORGANISATION, quarter=None):
        """Participants in a part; for a closed quarter as they were when it was frozen (see snapshots)."""
        populations = self.frozen_populations.get(quarter, self.populations)
        if team == ORGANISATION:
            return sum(populations.values())
        return populations.get(team, 0)

    def base(self, metric, theme_id, quarter, team=ORGANISATION):
        """What a shown value is a part of: the parent figure, or everyone in the part."""
        parent = METRICS[metric].parent
        if parent is None:
            return self.population(team, quarter)
        return self.value(parent, theme_id, quarter, team)


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


def _count_themes(theme_ids, quarters, roles) -> dict:
    from courses.models import ModuleCompletion
    from lms.goals.models import Goal, GoalEvaluation

    from .models import ThemePage

    links = Goal.themes.through.objects.filter(_people("goal__owner", roles), themepage_id__in=theme_ids)
    goal = _per_quarter(links, "goal__owner", {"theme": F("themepage_id"), "team": F("goal__owner__participant__team")},
                        {"goal": lambda q: _active_goal("goal__", q)}, quarters)
    evaluations = GoalEvaluation.objects.filter(_people("goal__owner", roles), goal__themes__in=theme_ids,
                                                due_on__isnull=False, evaluated_on__lte=F("due_on"))
    on_time = _per_quarter(
        evaluations, "goal__owner", {"theme": F("goal__themes"), "team": F("goal__owner__participant__team")},
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


def _count_organisation(quarters, roles) -> dict:
    from buddy.models import BuddyPair
    from casuistiek.models import CaseAttempt
    from intervisie.models import IntervisionSession, Membership
    from lms.cycles.models import ReflectionCycle

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
    return counts


def _count_calibration(quarters, roles) -> dict:
    """{(dimension, team): {quarter: (agreeing answers, answers, people agreeing once, people disagreeing once)}}
    over practice attempts, one query."""
    from casuistiek.models import AttemptAgreement

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


def teams_by_name() -> list:
    return [(pk, name) for pk, name in Team.objects.order_by("name").values_list("pk", "name")]


def build(agenda, themes, k=None, teams=None) -> Cube:
    """Count everything for `agenda` and keep only what may be shown. `teams`: (id, name) pairs, if known."""
    k = k or min_group_size()
    quarters = agenda.quarters()
    teams = teams_by_name() if teams is None else [tuple(team) for team in teams]
    populations = {pk: 0 for pk, _name in teams}
    populations[NO_TEAM] = 0
    roles = role_groups()
    everyone = Participant.objects.filter(_people("user", roles))
    for row in everyone.values("team").annotate(n=Count("pk")).order_by():
        populations[row["team"]] = row["n"]
    cube = Cube(agenda=agenda, k=k, quarters=quarters, teams=teams, themes=list(themes), populations=populations)
    theme_ids = [theme.pk for theme in cube.themes]
    counts = _count_themes(theme_ids, quarters, roles) if theme_ids else {}
    counts.update(_count_organisation(quarters, roles))

    for metric in THEME_METRICS + ORGANISATION_METRICS:
        for theme_id in (theme_ids if metric in THEME_METRICS else [None]):
            for quarter in quarters:
                _suppress_figure(cube, counts, metric, theme_id, quarter.number)
    _shown_calibration(cube, _count_calibration(quarters, roles))
    return cube


def _raw(counts, metric, theme_id, quarter, team):
    key = (theme_id, team) if theme_id is not None else (team,)
    return counts.get(metric, {}).get(key, {}).get(quarter, 0)


def _suppress_figure(cube, counts, metric, theme_id, quarter):
    parts = {}
    for team, population in cube.populations.items():
        base = population if metric.parent is None else _raw(counts, metric.parent, theme_id, quarter, team)
        parts[team] = Cell(_raw(counts, metric.key, theme_id, quarter, team), base)
    forced = frozenset()
    if metric.parent is not None:
        forced = hidden_keys(cube.values[(metric.parent, theme_id, quarter)])
    cube.values[(metric.key, theme_id, quarter)] = published(parts, cube.k, forced)


def _shown_calibration(cube, agreements):
    """Percent agreement with the key per dimension, where the 'oefenden met een casus' figure is shown and at
    least k people agreed and k people disagreed on that dimension: 0% or 100%, or a handful either way, would
    say something about each of them. Hidden dimensions are None."""
    for quarter in cube.quarters:
        shown = [team for team, value in cube.values[("casus", None, quarter.number)].items() if value is not None]
        for team in shown:
            per_dimension = {}
            for (dimension, part), by_quarter in agreements.items():
                if team != ORGANISATION and part != team:
                    continue
                total = per_dimension.setdefault(dimension, [0, 0, 0, 0])
                for index, number in enumerate(by_quarter[quarter.number]):
                    total[index] += number
            cube.calibration[(quarter.number, team)] = [
                (dimension, round(100 * agreed / answered) if yes >= cube.k and no >= cube.k else None)
                for dimension, (agreed, answered, yes, no) in sorted(per_dimension.items()) if answered]
