"""Keeping the dashboard's suppressed cube between visits (FigureSnapshot), refreshed by a django-q2 job.

Counting 20,000 participants takes about half a second on PostgreSQL; reading a kept cube takes milliseconds.
A snapshot is used while it is younger than VKNZ_FIGURES_MAX_AGE_MINUTES and still describes the same themes and
teams; otherwise the figures are counted again on the spot. What is kept went through disclosure control already.
"""

import datetime

from django.conf import settings
from django.utils import timezone

from . import figures
from .disclosure import ORGANISATION
from .models import FigureSnapshot

_ORG = "organisation"  # JSON keys are strings; None (no team) never appears among shown cells


def _key(team):
    return _ORG if team == ORGANISATION else team


def _team(key):
    return ORGANISATION if key == _ORG else key


def encode(cube) -> dict:
    return {
        "themes": [theme.pk for theme in cube.themes],
        "teams": [list(team) for team in cube.teams],
        "populations": [[team, n] for team, n in cube.populations.items()],
        "values": [[metric, theme, quarter, [[_key(team), value] for team, value in cells.items()]]
                   for (metric, theme, quarter), cells in cube.values.items()],
        "calibration": [[quarter, _key(team), rows] for (quarter, team), rows in cube.calibration.items()],
    }


def decode(data, agenda, themes, k) -> figures.Cube:
    cube = figures.Cube(agenda=agenda, k=k, quarters=agenda.quarters(), teams=[tuple(t) for t in data["teams"]],
                        themes=list(themes))
    cube.populations = {team: n for team, n in data["populations"]}
    cube.values = {(metric, theme, quarter): {_team(team): value for team, value in cells}
                   for metric, theme, quarter, cells in data["values"]}
    cube.calibration = {(quarter, _team(team)): [tuple(row) for row in rows]
                        for quarter, team, rows in data["calibration"]}
    return cube


def _teams():
    return [[pk, name] for pk, name in figures.Team.objects.order_by("name").values_list("pk", "name")]


def refresh(agenda, k=None, themes=None) -> figures.Cube:
    k = k or figures.min_group_size()
    cube = figures.build(agenda, agenda.themes() if themes is None else themes, k)
    cube.computed_at = timezone.now()
    # update_or_create guards its insert with a savepoint: two workers storing at once leave one row.
    FigureSnapshot.objects.update_or_create(agenda=agenda, min_group_size=k,
                                            defaults={"computed_at": cube.computed_at, "data": encode(cube)})
    return cube


def cube_for(agenda, k=None) -> figures.Cube:
    """The agenda's shown figures: the kept ones while fresh and about the same themes and teams, else new."""
    k = k or figures.min_group_size()
    themes = list(agenda.themes())
    snapshot = FigureSnapshot.objects.filter(agenda=agenda, min_group_size=k).first()
    max_age = datetime.timedelta(minutes=settings.VKNZ_FIGURES_MAX_AGE_MINUTES)
    if (snapshot is not None and snapshot.computed_at > timezone.now() - max_age
            and snapshot.data["themes"] == [theme.pk for theme in themes] and snapshot.data["teams"] == _teams()):
        cube = decode(snapshot.data, agenda, themes, k)
        cube.computed_at = snapshot.computed_at
        return cube
    return refresh(agenda, k, themes)
