"""Keeping the dashboard's suppressed cube between visits (FigureSnapshot), counted again once a day.

Counting 20,000 participants takes about half a second on PostgreSQL; reading a kept cube takes milliseconds.
Two rules keep the figures from changing under the reader's eyes, which would be a subtraction of its own:
- a quarter that has ended is counted once, after its end, and then **frozen**: people who later leave, change
  team or unlink a goal do not change its figures (else "Q2 went from 8 to 7" would tell what the leaver did);
- the running quarter is counted once a day (a nightly job, or the first visit of the day), not on every visit.
A snapshot is also counted again when the agenda's period, themes, their modules or the teams change. What is
kept went through disclosure control already: hidden cells are stored empty.
"""

from django.utils import timezone

from ..models import FigureSnapshot, ThemePage
from . import counting, figures


def encode(cube) -> dict:
    """JSON for a cube. Team keys are ids, the string ORGANISATION or null (no team); the team list itself is in
    the fingerprint."""
    return {
        "populations": [[team, n] for team, n in cube.populations.items()],
        "frozen_populations": [[quarter, team, n] for quarter, teams in cube.frozen_populations.items()
                               for team, n in teams.items()],
        "values": [[metric, theme, quarter, list(cells.items())]
                   for (metric, theme, quarter), cells in cube.values.items()],
        "calibration": [[quarter, team, rows] for (quarter, team), rows in cube.calibration.items()],
    }


def decode(data, agenda, themes, k) -> figures.Cube:
    cube = figures.Cube(agenda=agenda, k=k, quarters=agenda.quarters(), teams=[tuple(t) for t in data["teams"]],
                        themes=list(themes))
    cube.populations = {team: n for team, n in data["populations"]}
    for quarter, team, n in data.get("frozen_populations", []):
        cube.frozen_populations.setdefault(quarter, {})[team] = n
    cube.values = {(metric, theme, quarter): dict(cells) for metric, theme, quarter, cells in data["values"]}
    cube.calibration = {(quarter, team): [tuple(row) for row in rows]
                        for quarter, team, rows in data["calibration"]}
    return cube


def fingerprint(agenda, themes) -> dict:
    """What the figures are about: when any of it changes, kept figures no longer fit."""
    links = ThemePage.modules.through.objects.filter(themepage_id__in=[theme.pk for theme in themes])
    return {"period": [agenda.starts_on.isoformat(), agenda.ends_on.isoformat()],
            "themes": [theme.pk for theme in themes], "teams": [list(team) for team in counting.teams_by_name()],
            "modules": sorted([theme, module] for theme, module in links.values_list("themepage_id", "modulepage_id")),
            # A figure added in a new version is counted at once, not from tomorrow.
            "metrics": sorted(figures.METRICS)}


def _freeze(cube, old, today) -> list:
    """Carry the figures of quarters that were already closed when they were kept; returns the closed quarters."""
    frozen = set(old["closed"]) if old and old.get("period") == cube.fingerprint["period"] else set()
    # Percentages of a closed quarter keep the head count it had: today's would give away who left since.
    closed_now = [quarter.number for quarter in cube.quarters if quarter.end < today]
    for number in closed_now:
        cube.frozen_populations[number] = dict(cube.populations)
    if frozen:
        previous = decode(old, cube.agenda, cube.themes, cube.k)
        for key, cells in previous.values.items():
            if key[2] in frozen:
                cube.values[key] = cells
        for number in frozen:
            if number in previous.frozen_populations:
                cube.frozen_populations[number] = previous.frozen_populations[number]
        cube.calibration = {key: rows for key, rows in cube.calibration.items() if key[0] not in frozen}
        cube.calibration.update({key: rows for key, rows in previous.calibration.items() if key[0] in frozen})
    return sorted(frozen | set(closed_now))


def refresh(agenda, k=None, themes=None, fingerprint_now=None) -> figures.Cube:
    k = k or figures.min_group_size()
    themes = list(agenda.themes() if themes is None else themes)
    cube_fingerprint = fingerprint_now or fingerprint(agenda, themes)
    cube = figures.build(agenda, themes, k, teams=cube_fingerprint["teams"])
    cube.fingerprint = cube_fingerprint
    cube.computed_at = timezone.now()
    old = FigureSnapshot.objects.filter(agenda=agenda, min_group_size=k).values_list("data", flat=True).first()
    closed = _freeze(cube, old, timezone.localdate())
    data = {**encode(cube), **cube.fingerprint, "closed": closed}
    # update_or_create guards its insert with a savepoint: two workers storing at once leave one row.
    FigureSnapshot.objects.update_or_create(agenda=agenda, min_group_size=k,
                                            defaults={"computed_at": cube.computed_at, "data": data})
    return cube


def cube_for(agenda, k=None) -> figures.Cube:
    """The agenda's shown figures: the kept ones if counted today and still about the same things, else new."""
    k = k or figures.min_group_size()
    themes = list(agenda.themes())
    now = fingerprint(agenda, themes)
    snapshot = FigureSnapshot.objects.filter(agenda=agenda, min_group_size=k).first()
    if (snapshot is not None and timezone.localdate(snapshot.computed_at) == timezone.localdate()
            and all(snapshot.data.get(name) == value for name, value in now.items())):
        cube = decode(snapshot.data, agenda, themes, k)
        cube.computed_at = snapshot.computed_at
        return cube
    return refresh(agenda, k, themes, now)
