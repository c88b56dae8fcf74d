"""The MT dashboard's figures for one leeragenda: counted (see counting), then suppressed as one cube (see
disclosure).

Nothing here returns a person: the cube holds numbers per team, theme and quarter, and after `build` only the
numbers that disclosure control lets through.
"""

from dataclasses import dataclass, field

from django.utils.translation import gettext_lazy as _

from lms.conf import setting

from . import counting
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
    # Only who asks; what clients answered stays with the klantmanager (lms/cycles/ratings.py).
    Metric("rating", _("vroegen een cliënt om een korte gespreksbeoordeling")),
)
METRICS = {metric.key: metric for metric in THEME_METRICS + ORGANISATION_METRICS}


def min_group_size() -> int:
    return setting("VKNZ_MIN_GROUP_SIZE")


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
    closed: list = field(default_factory=list)  # quarters whose figures are frozen (snapshots)
    recounting: bool = False  # kept figures shown while a job counts them again (snapshots.cube_for)

    def value(self, metric, theme_id, quarter, team=ORGANISATION):
        return self.values.get((metric, theme_id, quarter), {}).get(team)

    def population(self, team=ORGANISATION, quarter=None):
        """Participants in a part; for a closed quarter as they were when it was frozen (see snapshots)."""
        populations = self.frozen_populations.get(quarter, self.populations)
        if team == ORGANISATION:
            # A cube read from its slices carries the organisation's own head count; a counted one has every team's.
            return populations[ORGANISATION] if ORGANISATION in populations else sum(populations.values())
        return populations.get(team, 0)

    def base(self, metric, theme_id, quarter, team=ORGANISATION):
        """What a shown value is a part of: the parent figure, or everyone in the part."""
        parent = METRICS[metric].parent
        if parent is None:
            return self.population(team, quarter)
        return self.value(parent, theme_id, quarter, team)


def build(agenda, themes, k=None, teams=None) -> Cube:
    """Count everything for `agenda` and keep only what may be shown. `teams`: (id, name) pairs, if known."""
    k = k or min_group_size()
    quarters = agenda.quarters()
    teams = counting.teams_by_name() if teams is None else [tuple(team) for team in teams]
    populations = {pk: 0 for pk, _name in teams}
    populations[NO_TEAM] = 0
    roles = counting.role_groups()
    populations.update(counting.participants_per_team(roles))
    cube = Cube(agenda=agenda, k=k, quarters=quarters, teams=teams, themes=list(themes), populations=populations)
    theme_ids = [theme.pk for theme in cube.themes]
    counts = counting.count_themes(theme_ids, quarters, roles) if theme_ids else {}
    counts.update(counting.count_organisation(quarters, roles))

    for metric in THEME_METRICS + ORGANISATION_METRICS:
        for theme_id in (theme_ids if metric in THEME_METRICS else [None]):
            for quarter in quarters:
                _suppress_figure(cube, counts, metric, theme_id, quarter.number)
    _shown_calibration(cube, counting.count_calibration(quarters, roles))
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
