"""Keeping the dashboard's suppressed cube between visits (FigureSnapshot and its FigureSlices), counted by a job.

Counting 20,000 participants takes a second or more on PostgreSQL, so a visit never counts: a django-q2 job does,
every night and whenever what the figures are about changes (the agenda's period, its themes or their modules,
the figures themselves in a new version, the teams). A visit reads the kept header and only the slices it shows
(the chosen team and the whole organisation), so its cost does not grow with the number of teams or people; when
the kept figures no longer fit, it asks for a recount and shows what is kept meanwhile, with a note.

Two rules keep the figures from changing under the reader's eyes, which would be a subtraction of its own:
- a quarter that has ended is counted once, after its end, and then **frozen**: people who later leave, change
  team or unlink a goal do not change its figures (else "Q2 went from 8 to 7" would tell what the leaver did);
- the running quarter is counted once a day (the nightly job, or the first visit of the day), not on every visit.
What is kept went through disclosure control already: hidden cells are stored empty.
"""

from django.core.cache import cache
from django.db import transaction
from django.utils import timezone

from ..models import FigureSlice, FigureSnapshot, ThemePage
from . import counting, figures
from .disclosure import NO_TEAM, ORGANISATION

FORMAT = 2  # the header-and-slices layout; a snapshot kept in another is counted again
QUEUED_FOR = 300  # seconds: one recount asked per agenda at a time (a job that died makes way after this)

# A part's name in FigureSlice.part.
_PART_NAMES = {ORGANISATION: "organisatie", NO_TEAM: "geen-team"}
_PARTS = {name: part for part, name in _PART_NAMES.items()}


def part_name(team) -> str:
    return _PART_NAMES.get(team, str(team))


def _part(name):
    return _PARTS[name] if name in _PARTS else int(name)


# --- writing ---------------------------------------------------------------------------------------------------------

def encode_slices(cube) -> dict:
    """{part name: that part's shown figures}. The organisation's slice carries its head counts (today's and those
    of each closed quarter), so a visit never needs the other teams' slices to show a percentage."""
    parts = {}

    def slice_of(team):
        return parts.setdefault(part_name(team), {"population": None, "frozen": [], "values": [], "calibration": []})

    for team, n in cube.populations.items():
        slice_of(team)["population"] = n
    for quarter, teams in cube.frozen_populations.items():
        for team, n in teams.items():
            slice_of(team)["frozen"].append([quarter, n])
    organisation = slice_of(ORGANISATION)
    organisation["population"] = cube.population(ORGANISATION)
    organisation["frozen"] = [[quarter, cube.population(ORGANISATION, quarter)] for quarter in cube.frozen_populations]
    for (metric, theme, quarter), cells in cube.values.items():
        for team, value in cells.items():
            slice_of(team)["values"].append([metric, theme, quarter, value])
    for (quarter, team), rows in cube.calibration.items():
        slice_of(team)["calibration"].append([quarter, rows])
    return parts


def fingerprint(agenda, themes) -> dict:
    """What the figures are about, as far as a visit can check it in a few small queries (the teams are watched by
    signals instead: see lms.agenda.signals)."""
    links = ThemePage.modules.through.objects.filter(themepage_id__in=[theme.pk for theme in themes])
    return {"period": [agenda.starts_on.isoformat(), agenda.ends_on.isoformat()],
            "themes": [theme.pk for theme in themes],
            "modules": sorted([theme, module] for theme, module in links.values_list("themepage_id", "modulepage_id")),
            # A figure added in a new version is counted at once, not from tomorrow.
            "metrics": sorted(figures.METRICS)}


def _freeze(cube, previous, today) -> list:
    """Carry the figures of quarters that were already closed when they were kept; returns the closed quarters."""
    frozen = set(previous.closed) if previous is not None and previous.fingerprint.get("period") == \
        cube.fingerprint["period"] else set()
    # Percentages of a closed quarter keep the head count it had: today's would give away who left since.
    closed_now = [quarter.number for quarter in cube.quarters if quarter.end < today]
    for number in closed_now:
        cube.frozen_populations[number] = dict(cube.populations)
    if frozen:
        for key, cells in previous.values.items():
            if key[2] in frozen:
                cube.values[key] = cells
        for number in frozen:
            if number in previous.frozen_populations:
                cube.frozen_populations[number] = {team: n for team, n in previous.frozen_populations[number].items()
                                                   if team != ORGANISATION}
        cube.calibration = {key: rows for key, rows in cube.calibration.items() if key[0] not in frozen}
        cube.calibration.update({key: rows for key, rows in previous.calibration.items() if key[0] in frozen})
    return sorted(frozen | set(closed_now))


def refresh(agenda, k=None, themes=None) -> figures.Cube:
    """Count `agenda`'s figures now and keep them (the job's work; never a visit's)."""
    k = k or figures.min_group_size()
    themes = list(agenda.themes() if themes is None else themes)
    teams = counting.teams_by_name()
    cube = figures.build(agenda, themes, k, teams=teams)
    cube.fingerprint = fingerprint(agenda, themes)
    cube.computed_at = timezone.now()
    old = FigureSnapshot.objects.filter(agenda=agenda, min_group_size=k).first()
    previous = load(old, agenda, themes, k) if old is not None and old.data.get("format") == FORMAT else None
    closed = _freeze(cube, previous, timezone.localdate())
    header = {**cube.fingerprint, "format": FORMAT, "closed": closed, "teams": [list(team) for team in teams]}
    with transaction.atomic():
        # update_or_create guards its insert with a savepoint: two workers storing at once leave one row.
        snapshot, _created = FigureSnapshot.objects.update_or_create(
            agenda=agenda, min_group_size=k, defaults={"computed_at": cube.computed_at, "data": header,
                                                       "recount": False})
        snapshot.slices.all().delete()
        FigureSlice.objects.bulk_create([FigureSlice(snapshot=snapshot, part=name, data=data)
                                         for name, data in encode_slices(cube).items()], batch_size=500)
    return cube


def request_recount(agenda, k):
    """Ask a job to count `agenda` again, once: asking again while one is queued does nothing. (Under the test
    settings django-q2 runs the job at once, in this process.)"""
    from django_q.tasks import async_task  # django-q2 loads its broker on import: only when a job is queued

    if cache.add(_queued_key(agenda.pk, k), True, QUEUED_FOR):
        async_task("lms.agenda.tasks.recount_agenda", agenda.pk, k, task_name=f"figures-{agenda.pk}-{k}")


def recounted(agenda_id, k):
    """The job is done: a later change may ask again at once."""
    cache.delete(_queued_key(agenda_id, k))


def _queued_key(agenda_id, k):
    return f"vknz:figures-queued:{agenda_id}:{k}"


# --- reading ---------------------------------------------------------------------------------------------------------

def load(snapshot, agenda, themes, k, teams=None) -> figures.Cube:
    """The kept cube, with the slices of `teams` only (part keys: team ids, NO_TEAM, ORGANISATION), or all."""
    header = snapshot.data
    cube = figures.Cube(agenda=agenda, k=k, quarters=agenda.quarters(), teams=[tuple(t) for t in header["teams"]],
                        themes=list(themes))
    cube.fingerprint = {name: header.get(name) for name in ("period", "themes", "modules", "metrics")}
    cube.closed = header.get("closed", [])
    cube.computed_at = snapshot.computed_at
    slices = snapshot.slices.all() if teams is None else snapshot.slices.filter(part__in=[part_name(t) for t in teams])
    for row in slices:
        team, data = _part(row.part), row.data
        if data["population"] is not None:
            cube.populations[team] = data["population"]
        for quarter, n in data["frozen"]:
            cube.frozen_populations.setdefault(quarter, {})[team] = n
        for metric, theme, quarter, value in data["values"]:
            cube.values.setdefault((metric, theme, quarter), {})[team] = value
        for quarter, rows in data["calibration"]:
            cube.calibration[(quarter, team)] = [tuple(row) for row in rows]
    return cube


def _fits(snapshot, agenda, themes) -> bool:
    if snapshot is None or snapshot.recount or snapshot.data.get("format") != FORMAT:
        return False
    if timezone.localdate(snapshot.computed_at) != timezone.localdate():
        return False
    return all(snapshot.data.get(name) == value for name, value in fingerprint(agenda, themes).items())


def cube_for(agenda, k=None, teams=None) -> figures.Cube | None:
    """The agenda's shown figures, as kept (only the slices of `teams` when given). When they no longer fit, a
    recount is asked for and the kept ones are returned meanwhile (`cube.recounting`); None when nothing is kept
    yet. Never counts in the caller's process (except under the test settings' synchronous django-q2)."""
    k = k or figures.min_group_size()
    themes = list(agenda.themes())
    snapshot = FigureSnapshot.objects.filter(agenda=agenda, min_group_size=k).first()
    if _fits(snapshot, agenda, themes):
        return load(snapshot, agenda, themes, k, teams)
    request_recount(agenda, k)
    snapshot = FigureSnapshot.objects.filter(agenda=agenda, min_group_size=k).first()  # made at once when sync
    if snapshot is None or snapshot.data.get("format") != FORMAT:
        return None
    cube = load(snapshot, agenda, themes, k, teams)
    cube.recounting = not _fits(snapshot, agenda, themes)
    return cube
