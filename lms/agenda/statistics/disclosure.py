"""Disclosure control for the MT dashboard: which counts may be shown, so that no group under K can be read.

The method, in four rules (K is `settings.VKNZ_MIN_GROUP_SIZE`, default 5):

1. **Every figure counts people and splits them in two.** A figure "4 of the 11 people in team A have a goal on
   this theme" says something about the 4 and about the other 7. A cell is shown only when both groups hold at
   least K people (`count >= K` and `population - count >= K`). This also keeps "everyone" and "nobody" out:
   those say something about each single person.
2. **Complementary suppression over teams.** Teams partition the participants (people without a team form a
   part that is never shown on its own), so the organisation's figure is the sum of the teams' figures. When
   the organisation's figure is shown and some team cells are hidden, the hidden cells together must again hold
   K people on both sides; otherwise the smallest shown team cell is hidden too, until they do. Subtracting
   the shown teams from the total then yields only a group of at least K.
3. **Nested figures follow their parent.** "Evaluated on time" counts a subset of "has a goal on the theme"; its
   population is that parent figure, and wherever the parent is hidden the child is hidden as well. The
   difference between the two is then either unknown or at least K (rule 1 on the child).
4. **One label for every hidden cell** ("minder dan 5 of afgeschermd"). Telling the reasons apart would leak: a
   cell marked "withheld, but at least K" gives a lower bound, and the total minus that bound can pin another
   hidden cell to a small number, even to "nobody".
5. **One cube, many views.** Figures are computed for all teams at once and suppressed as a whole; a filter on
   team, quarter or theme only picks cells out of that same cube. No figure is a union over quarters or over
   themes (a participant can count in several), so there is no year total or "all themes" total to subtract from.

This module is pure: it knows nothing of the database. `counting` counts with one SQL query per figure group and
`figures` builds the cells from those counts; tests (with hypothesis) check that no combination of shown cells pins
down a group smaller than K.
"""

from dataclasses import dataclass

# The key of the part "participants without a team": it counts in the organisation's total, never on its own.
NO_TEAM = None
ORGANISATION = "organisation"


@dataclass(frozen=True)
class Cell:
    count: int
    population: int

    def __add__(self, other):
        return Cell(self.count + other.count, self.population + other.population)

    @property
    def rest(self):
        return self.population - self.count


def splits_safely(cell: Cell, k: int) -> bool:
    """Rule 1: both the counted group and the rest hold at least k people."""
    return cell.count >= k and cell.rest >= k


def _mass(cells) -> Cell:
    total = Cell(0, 0)
    for cell in cells:
        total += cell
    return total


def suppress(parts: dict, k: int, forced=frozenset()) -> set:
    """The keys to hide among `parts` (team → Cell) and the organisation's total (key ORGANISATION).

    `forced` holds keys hidden regardless (rule 3: where the parent figure is hidden).
    """
    hidden = {key for key, cell in parts.items()
              if key is NO_TEAM or key in forced or not splits_safely(cell, k)}
    total = _mass(parts.values())
    if ORGANISATION in forced or not splits_safely(total, k):
        # Without a published total, no subtraction reaches the hidden cells.
        return hidden | {ORGANISATION}
    while True:
        mass = _mass(parts[key] for key in hidden)
        if mass.population == 0 or splits_safely(mass, k):
            return hidden
        shown = [key for key, cell in parts.items() if key not in hidden and cell.population > 0]
        if not shown:
            return hidden  # every part is hidden; the total alone splits safely
        hidden.add(min(shown, key=lambda key: (parts[key].count, parts[key].population, str(key))))


def published(parts: dict, k: int, forced=frozenset()) -> dict:
    """The shown values: key → count, or None where the cell is hidden. Includes ORGANISATION."""
    hidden = suppress(parts, k, forced)
    values = {key: (None if key in hidden else cell.count) for key, cell in parts.items() if key is not NO_TEAM}
    values[ORGANISATION] = None if ORGANISATION in hidden else _mass(parts.values()).count
    return values


def hidden_keys(values: dict) -> frozenset:
    """Keys hidden in a published figure: the `forced` set for a figure nested under it."""
    return frozenset(key for key, value in values.items() if value is None)
