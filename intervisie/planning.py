"""Pure planning logic: fair role rotation and the best slot from a poll (plain data, no database)."""

from dataclasses import dataclass
from datetime import date, datetime, time

from dateutil.rrule import WEEKLY, rrule

YES_WEIGHT, MAYBE_WEIGHT = 2, 1


def rotate_roles(members, history, absent=()):
    """(presenter, facilitator, note_taker) for the next session.

    `history` lists earlier sessions as (presenter, facilitator, note_taker) ids, oldest first. Each role goes to the
    present member who had it least recently (never beats any time); ties go to the member order. One person
    takes one role per session.
    """
    present = [m for m in members if m not in set(absent)]
    chosen = []
    for role in range(3):
        last = {m: -1 for m in present}
        for index, session in enumerate(history):
            holder = session[role]
            if holder in last:
                last[holder] = index
        candidates = [m for m in present if m not in chosen]
        if not candidates:
            chosen.append(None)
            continue
        chosen.append(min(candidates, key=lambda m: (last[m], present.index(m))))
    return tuple(chosen)


@dataclass(frozen=True)
class SlotScore:
    slot: object
    score: int
    yes: int
    feasible: bool


def score_slot(slot, answers, members):
    """Weighted attendance (yes 2, 'als het moet' 1). A slot needs at least two members who can come, so that an
    inbrenger and a gespreksleider are available."""
    weights = {"yes": YES_WEIGHT, "maybe": MAYBE_WEIGHT}
    can_come = [m for m in members if answers.get((slot, m)) in weights]
    score = sum(weights[answers[(slot, m)]] for m in can_come)
    yes = sum(1 for m in can_come if answers[(slot, m)] == "yes")
    return SlotScore(slot, score, yes, len(can_come) >= 2)


def best_slot(slots, answers, members):
    """The feasible slot with the highest weighted attendance; more firm yeses break a tie; None if none works.

    With a weekly slot every session of the series has the same answers, so maximising the minimum attendance
    over the coming sessions is the same as maximising the slot's attendance.
    """
    scored = [score_slot(slot, answers, members) for slot in slots]
    feasible = [s for s in scored if s.feasible]
    if not feasible:
        return None
    return max(feasible, key=lambda s: (s.score, s.yes, -slots.index(s.slot))).slot


def session_starts(first_date: date, weekday: int, start: time, every_weeks: int, count: int, tzinfo):
    """The start moments of a series (local wall-clock time, so the hour stays put across daylight saving)."""
    rule = rrule(WEEKLY, interval=every_weeks, byweekday=weekday, count=count,
                 dtstart=datetime.combine(first_date, start))
    return [moment.replace(tzinfo=tzinfo) for moment in rule], str(rule).split("\n")[-1]
