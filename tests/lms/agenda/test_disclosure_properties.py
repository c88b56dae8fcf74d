"""Property tests for the MT dashboard's disclosure control (lms.agenda.statistics.disclosure as figures.py applies it).

An organisation is modelled as teams of people (plus the part "no team"); every person has a goal on the theme
or not, evaluated that goal on time or not, and finished a module or not. The figures are published exactly as
`figures._suppress_figure` does: goal over the team sizes, on_time over the raw goal counts with the hidden goal
cells forced, modules over the team sizes.

The attacker (an MT member who looks at every cell) knows every team's size, the no-team part's size, and every
shown value. What they can compute *exactly* is every linear combination of those. We split the people into
"atoms" (per part: on time / goal but not on time / no goal, and separately: module / no module); each known
number is a 0/1 sum of atoms, and a group of atoms is derivable when its indicator lies in the row span of the
known vectors. Both atom systems only meet in the team sizes, which are public in both, so checking them
separately loses no combination. Only exact linear derivation is modelled, not reasoning with bounds; that is why
every hidden cell carries the same label (see test_dashboard: two labels, "fewer than K" and "withheld", would
give a lower bound that, with the total, pinned a team to "nobody").

A derivable group that is a union of whole parts is public structure (team sizes). Any other derivable group
says something about each of its members, so it must hold at least K people. That includes a group of exactly
0 people: "nobody in team A has a goal" is a statement about every member of A, and rule 1 keeps "nobody" out
of the figures, so it must not come back through subtraction either. Parts without people are ignored: a group
that only differs from a union of parts by atoms of empty teams describes no one.
"""

import datetime
from collections import Counter
from dataclasses import dataclass
from fractions import Fraction
from math import lcm

import numpy as np
from django.db import transaction
from django.utils import timezone
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from lms.agenda.services import set_goal_themes
from lms.agenda.statistics import figures
from lms.agenda.statistics.disclosure import NO_TEAM, ORGANISATION, Cell, hidden_keys, published
from lms.goals import services
from lms.goals.choices import Kind
from lms.goals.models import Goal
from lms.people.models import Participant
from lms.people.roles import Role
from tests.factories import make_team, make_user

K_VALUES = (3, 5)


# --- the organisation model ------------------------------------------------------------------------------------

@dataclass(frozen=True)
class Person:
    has_goal: bool
    on_time: bool  # evaluated the goal on time; only with has_goal
    did_module: bool


@dataclass(frozen=True)
class Organisation:
    k: int
    parts: dict  # team id (1, 2, ...) or NO_TEAM → tuple of Person

    def __repr__(self):
        def describe(people):
            counts = Counter((p.has_goal, p.on_time) for p in people)
            return (f"{len(people)} people: {counts[True, True]} on time, {counts[True, False]} late, "
                    f"{counts[False, False]} no goal, {sum(p.did_module for p in people)} did module")
        inner = "; ".join(f"{'no team' if part is NO_TEAM else f'team {part}'}: {describe(people)}"
                          for part, people in self.parts.items())
        return f"Organisation(k={self.k}; {inner})"


def make_people(on_time, late, no_goal, did_module):
    """A part with these counts. The module count is drawn independently of the goal counts; which of the people
    finished a module cannot matter, as figures only ever count people per part."""
    chain = [(True, True)] * on_time + [(True, False)] * late + [(False, False)] * no_goal
    return tuple(Person(has_goal, timely, index < did_module) for index, (has_goal, timely) in enumerate(chain))


@st.composite
def parts(draw, k, least=0):
    """One part. Counts go up to 3K per atom so that both sides of K are hit often; `least` bounds every side."""
    top = 3 * k
    on_time, late, no_goal = (draw(st.integers(least, top)) for _ in range(3))
    size = on_time + late + no_goal
    return make_people(on_time, late, no_goal, draw(st.integers(least, size - least)))


@st.composite
def organisations(draw, max_teams=5, least=0):
    k = draw(st.sampled_from(K_VALUES))
    teams = draw(st.integers(1, max_teams))
    result = {team: draw(parts(k, least)) for team in range(1, teams + 1)}
    result[NO_TEAM] = draw(st.one_of(st.just(()), parts(k, least)))
    return Organisation(k, result)


# --- publishing, as figures.py does it -------------------------------------------------------------------------

def _cells(org, counted, population):
    return {part: Cell(sum(1 for p in people if counted(p)), sum(1 for p in people if population(p)))
            for part, people in org.parts.items()}


def publish(org):
    """{figure: (parts, shown values)} for goal, on_time (nested in goal) and modules."""
    goal_parts = _cells(org, lambda p: p.has_goal, lambda p: True)
    goal = published(goal_parts, org.k)
    on_time_parts = _cells(org, lambda p: p.on_time, lambda p: p.has_goal)
    on_time = published(on_time_parts, org.k, forced=hidden_keys(goal))
    module_parts = _cells(org, lambda p: p.did_module, lambda p: True)
    modules = published(module_parts, org.k)
    return {"goal": (goal_parts, goal), "on_time": (on_time_parts, on_time), "modules": (module_parts, modules)}


# --- the attacker: exact linear derivation over atoms ----------------------------------------------------------

CHAIN = ("on_time", "late", "no_goal")
MODULE = ("module", "no_module")
COUNTS = {"goal": {"on_time", "late"}, "on_time": {"on_time"}, "modules": {"module"}}  # atoms in each figure


def atom_of(person, names):
    if names == MODULE:
        return "module" if person.did_module else "no_module"
    if not person.has_goal:
        return "no_goal"
    return "on_time" if person.on_time else "late"


def null_space(rows, n):
    """An integer basis (as columns) of {z : row · z = 0 for every row}, by exact rational elimination."""
    matrix = [[Fraction(x) for x in row] for row in rows]
    pivots = []
    for column in range(n):
        at = len(pivots)
        pivot = next((i for i in range(at, len(matrix)) if matrix[i][column] != 0), None)
        if pivot is None:
            continue
        matrix[at], matrix[pivot] = matrix[pivot], matrix[at]
        matrix[at] = [x / matrix[at][column] for x in matrix[at]]
        for i, row in enumerate(matrix):
            if i != at and row[column] != 0:
                factor = row[column]
                matrix[i] = [x - factor * y for x, y in zip(row, matrix[at], strict=True)]
        pivots.append(column)
    basis = []
    for free in (column for column in range(n) if column not in pivots):
        z = [Fraction(0)] * n
        z[free] = Fraction(1)
        for row_index, column in enumerate(pivots):
            z[column] = -matrix[row_index][free]
        scale = lcm(*(x.denominator for x in z))
        basis.append([int(x * scale) for x in z])
    return np.array(basis, dtype=np.int64).reshape(len(basis), n).T


def _subsets(n):
    return (np.arange(1, 2 ** n, dtype=np.int64)[:, None] >> np.arange(n)) & 1


def small_derivable_groups(org, names, shown):
    """Every derivable group of atoms that is not a union of whole parts and holds fewer than K people.

    `shown`: [(figure name, shown values)] for the figures over this atom system. Returns readable descriptions.
    """
    part_keys = list(org.parts)
    atoms = [(part, name) for part in part_keys for name in names]
    sizes = Counter((part, atom_of(person, names)) for part, people in org.parts.items() for person in people)
    values = np.array([sizes[atom] for atom in atoms], dtype=np.int64)

    def vector(keys, counted):
        return np.array([int(part in keys and name in counted) for part, name in atoms], dtype=np.int64)

    known = [vector({part}, set(names)) for part in part_keys]  # every part's size (the total follows)
    for figure, figure_values in shown:
        for key, value in figure_values.items():
            if value is not None:
                row = vector(set(part_keys) if key == ORGANISATION else {key}, COUNTS[figure])
                assert row @ values == value, f"the atom model disagrees with figure {figure}[{key}]"
                known.append(row)

    subsets = _subsets(len(atoms))
    basis = null_space(known, len(atoms))
    derivable = (subsets @ basis == 0).all(axis=1) if basis.size else np.ones(len(subsets), dtype=bool)
    inhabited = np.array([len(org.parts[part]) > 0 for part, _name in atoms])
    about_someone = (subsets * inhabited).any(axis=1)
    whole_parts = np.ones(len(subsets), dtype=bool)
    for index, part in enumerate(part_keys):
        if org.parts[part]:
            taken = subsets[:, index * len(names):(index + 1) * len(names)].sum(axis=1)
            whole_parts &= (taken == 0) | (taken == len(names))
    people = subsets @ values
    bad = derivable & about_someone & ~whole_parts & (people < org.k)

    def label(row):
        return " + ".join(f"{'no team' if part is NO_TEAM else f'team {part}'}.{name}"
                          for (part, name), taken, lived in zip(atoms, row, inhabited, strict=True) if taken and lived)
    return [f"{label(row)} = {count} people" for row, count in zip(subsets[bad], people[bad], strict=True)]


# --- property A: what is shown splits safely -------------------------------------------------------------------

@settings(max_examples=400, deadline=None)
@given(organisations())
def test_every_shown_cell_has_k_people_on_both_sides(org):
    """The MT never sees a number that describes fewer than K colleagues, in a team or for the whole organisation,
    nor a figure for the people without a team. A nested figure (evaluated on time) only appears next to its
    parent figure (has a goal) for the same team."""
    figures_ = publish(org)
    for name, (cells, values) in figures_.items():
        assert NO_TEAM not in values, f"{name}: the no-team part is shown on its own"
        for key, value in values.items():
            if value is None:
                continue
            cell = sum(cells.values(), Cell(0, 0)) if key == ORGANISATION else cells[key]
            assert value == cell.count, f"{name}[{key}] shows {value}, true count {cell.count}"
            assert cell.count >= org.k and cell.rest >= org.k, f"{name}[{key}] = {cell} is shown with k={org.k}"
    goal, on_time = figures_["goal"][1], figures_["on_time"][1]
    assert all(goal[key] is not None for key, value in on_time.items() if value is not None)


# --- property B: no combination pins down a small group --------------------------------------------------------

@settings(max_examples=300, deadline=None)
@given(organisations(max_teams=3))
def test_no_small_group_is_derivable_from_goals_and_on_time(org):
    """An MT member who knows every team's size and subtracts, adds and compares every shown goal and on-time figure
    (team against organisation, goal against on-time) never learns the exact number of a group of colleagues
    smaller than K that is not just a set of whole teams; in particular never "nobody in team A" or "everyone"."""
    shown = publish(org)
    bad = small_derivable_groups(org, CHAIN, [("goal", shown["goal"][1]), ("on_time", shown["on_time"][1])])
    assert not bad, f"{org}: derivable small groups {bad[:5]}"


@settings(max_examples=300, deadline=None)
@given(organisations(max_teams=3))
def test_no_small_group_is_derivable_from_modules(org):
    """The same for "finished a module of this theme": no difference of shown figures and team sizes gives the
    exact number of fewer than K colleagues who did (or did not) finish one."""
    bad = small_derivable_groups(org, MODULE, [("modules", publish(org)["modules"][1])])
    assert not bad, f"{org}: derivable small groups {bad[:5]}"


# --- property C: no over-suppression in the easy case ----------------------------------------------------------

@settings(max_examples=200, deadline=None)
@given(organisations(least=min(K_VALUES)))
def test_large_balanced_teams_show_everything(org):
    """When every team (and a non-empty no-team part) has at least K people on each side of every figure, the MT
    sees every team's numbers and the organisation's: nothing is hidden 'just in case'."""
    least = {name: min(Counter(atom_of(p, names) for p in people)[name] for people in org.parts.values() if people)
             for names in (CHAIN, MODULE) for name in names}
    sides = {"goal": min(least["on_time"] + least["late"], least["no_goal"]),
             "modules": min(least["module"], least["no_module"])}
    sides["on_time"] = min(least["on_time"], least["late"], sides["goal"])  # rule 3: shown only under its parent
    for name, (_cells, values) in publish(org).items():
        if sides[name] >= org.k:  # K may be 5 while the strategy only guaranteed 3 per side
            assert None not in values.values(), f"{org}: {name} hides {values}"


# --- property D: the differencing example from the issue -------------------------------------------------------

def test_organisation_minus_other_teams_does_not_give_one_person():
    """The issue: the organisation's total minus the other teams' figures would single out the one colleague in
    team A with a goal on the theme. With K=5 the MT sees 12 for the organisation and 6 for team B; teams A and C
    are both hidden, so the difference 12 - 6 = 6 covers two teams and at least K people."""
    org = Organisation(5, {
        "A": make_people(on_time=0, late=1, no_goal=5, did_module=0),   # 6 people, 1 with a goal
        "B": make_people(on_time=0, late=6, no_goal=6, did_module=0),   # 12 people, 6 with a goal
        "C": make_people(on_time=0, late=5, no_goal=6, did_module=0),   # 11 people, 5 with a goal
        NO_TEAM: (),
    })
    _cells_, goal = publish(org)["goal"]
    assert goal == {"A": None, "B": 6, "C": None, ORGANISATION: 12}
    # Without rule 2, C (5 of 11) would be shown and 12 - 6 - 5 = 1 would single out A's colleague.
    assert published({"A": Cell(1, 6), "B": Cell(6, 12), "C": Cell(5, 11)}, 5)["C"] is None
    assert small_derivable_groups(org, CHAIN, [("goal", goal)]) == []


def test_goal_minus_on_time_does_not_give_the_one_late_colleague():
    """Nested figures: team A shows 6 colleagues with a goal; "5 of them evaluated on time" would point at the one
    who was late. That on-time cell is hidden, and the organisation's on-time figure minus team B does not give it
    back either: it covers A and C together, with at least K late colleagues."""
    org = Organisation(5, {
        "A": make_people(on_time=5, late=1, no_goal=6, did_module=0),
        "B": make_people(on_time=5, late=5, no_goal=6, did_module=0),
        "C": make_people(on_time=6, late=4, no_goal=6, did_module=0),
        NO_TEAM: (),
    })
    shown = publish(org)
    assert shown["goal"][1] == {"A": 6, "B": 10, "C": 10, ORGANISATION: 26}
    assert shown["on_time"][1] == {"A": None, "B": 5, "C": None, ORGANISATION: 16}
    assert small_derivable_groups(org, CHAIN, [("goal", shown["goal"][1]), ("on_time", shown["on_time"][1])]) == []


# --- with the database: figures.build on a real organisation ---------------------------------------------------

# A goal: (theme index, quarter index it was set in, quarter index it was closed in or None).
goal_specs = st.tuples(st.integers(0, 1), st.integers(0, 3), st.none() | st.integers(0, 3)).map(
    lambda g: (g[0], g[1], None if g[2] is None else max(g[1], g[2])))
person_specs = st.tuples(st.booleans() | st.just(True), st.lists(goal_specs, max_size=2))  # (active, goals)
db_organisations = st.tuples(
    st.lists(st.lists(person_specs, max_size=14), min_size=1, max_size=3),  # teams
    st.lists(person_specs, max_size=4),  # no team
)
BUSY_TEAM = [(True, [(0, 0, None)])] * 6 + [(True, [(1, 3, None)])] * 6


@settings(max_examples=8, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture,
                                                                HealthCheck.too_slow, HealthCheck.data_too_large])
@example(([BUSY_TEAM, BUSY_TEAM[:11]], [(True, [(0, 0, None)])]))
@given(db_organisations)
def test_dashboard_goal_figures_match_the_database(agenda, spec):
    """On the real dashboard cube (k=5), every shown "werken aan een doel op dit thema" number is the true number
    of active colleagues in that team (or in the organisation) with a goal on the theme that ran in the quarter,
    and no shown cell of any figure describes fewer than 5 colleagues on either side."""
    k = 5
    themes = list(agenda.themes())
    quarters = agenda.quarters()
    savepoint = transaction.savepoint()
    try:
        teams, loners = spec
        truth, population, number = Counter(), Counter(), 0
        for part, people in [*((make_team(f"Team {i}"), people) for i, people in enumerate(teams)), (None, loners)]:
            for active, goals in people:
                number += 1
                user = make_user(f"deelnemer-{number}", Role.PARTICIPANT, team=part)
                for theme_index, set_in, closed_in in goals:
                    goal = services.create_goal(user, Kind.LEARNING, services.Formulation(title="Doorvragen"))
                    set_goal_themes(user, goal, [themes[theme_index]])
                    Goal.objects.filter(pk=goal.pk).update(
                        created_at=_middle(quarters[set_in]),
                        closed_at=None if closed_in is None else _middle(quarters[closed_in]))
                if not active:
                    type(user).objects.filter(pk=user.pk).update(is_active=False)
                    continue
                key = part.pk if part else NO_TEAM
                population[key] += 1
                for theme_index, quarter_index in {(t, q) for t, set_in, closed_in in goals
                                                   for q in range(4) if set_in <= q <= (3 if closed_in is None
                                                                                        else closed_in)}:
                    truth[themes[theme_index].pk, quarters[quarter_index].number, key] += 1
        assert Participant.objects.count() == number

        cube = figures.build(agenda, themes, k=k)

        assert {key: n for key, n in cube.populations.items() if n} == +population
        for (metric, theme_id, quarter), values in cube.values.items():
            assert NO_TEAM not in values
            for team, value in values.items():
                if value is None:
                    continue
                base = cube.base(metric, theme_id, quarter, team)
                assert value >= k and base - value >= k, f"{metric}[{team}] = {value} of {base} is shown"
                if metric == "goal":
                    expected = (sum(n for (t, q, _part), n in truth.items() if (t, q) == (theme_id, quarter))
                                if team == ORGANISATION else truth[theme_id, quarter, team])
                    assert value == expected, f"goal[{team}] in quarter {quarter}: {value}, truly {expected}"
    finally:
        transaction.savepoint_rollback(savepoint)


def _middle(quarter):
    return timezone.make_aware(datetime.datetime.combine(quarter.start + datetime.timedelta(days=20),
                                                         datetime.time(10)))

