"""Optimal buddy proposals over the whole pool (pure: plain data in, plain data out, no database).

Each buddy offers `free` places; every place becomes a column of the cost matrix, the k-th place of a buddy a
little more expensive than the (k-1)-th so that load spreads. `scipy.optimize.linear_sum_assignment` then finds
the assignment with the highest total score. Hard rules make a cell infeasible (a cost no real score reaches):
never one's own leidinggevende, never a pair that existed before, never over capacity, only eligible buddies.
"""

from dataclasses import dataclass, field

INFEASIBLE = 1_000_000.0
SAME_TEAM_PREFERENCE = 2.0
MODE_PREFERENCE = 1.0
OTHER_TEAM_BONUS = 0.5  # a look in another team's kitchen, when nobody asked otherwise
LOAD_PENALTY = 1.0


@dataclass(frozen=True)
class Newcomer:
    id: int
    name: str
    team_id: int | None
    leader_ids: frozenset = frozenset()
    mode: str = "either"  # in_person, online, either


@dataclass(frozen=True)
class Candidate:
    id: int
    name: str
    team_id: int | None
    free: int  # capacity minus current load
    load: int = 0
    team_preference: str = "no_preference"  # same, other, no_preference
    mode: str = "either"
    eligible: bool = True


@dataclass
class Proposal:
    newcomer: Newcomer
    buddy: Candidate
    score: float
    reasons: list = field(default_factory=list)


@dataclass
class Result:
    proposals: list
    unmatched: list  # (newcomer, reason)

    def explanation(self) -> str:
        if not self.unmatched:
            return ""
        names = "; ".join(f"{newcomer.name} ({reason})" for newcomer, reason in self.unmatched)
        return f"{len(self.unmatched)} nieuwkomer(s) zonder mogelijke buddy: {names}"


def blocked(newcomer, buddy, previous_pairs) -> str | None:
    """The hard rule this pair breaks, in words, or None."""
    if buddy.id == newcomer.id:
        return "dezelfde persoon"
    if buddy.id in newcomer.leader_ids:
        return "is de eigen leidinggevende"
    if (newcomer.id, buddy.id) in previous_pairs:
        return "was al eerder een koppel"
    if not buddy.eligible:
        return "heeft nog geen video-reflectie of leergang afgerond"
    if buddy.free <= 0:
        return "heeft geen plek meer"
    return None


def score(newcomer, buddy) -> tuple[float, list]:
    """How well a newcomer and a buddy fit, with the reasons shown to the teamcoach."""
    points, reasons = 0.0, []
    same_team = newcomer.team_id is not None and newcomer.team_id == buddy.team_id
    if buddy.team_preference == "same" and same_team:
        points += SAME_TEAM_PREFERENCE
        reasons.append("zelfde team, zoals de buddy wil")
    elif buddy.team_preference == "other" and not same_team:
        points += SAME_TEAM_PREFERENCE
        reasons.append("ander team, zoals de buddy wil")
    elif buddy.team_preference == "no_preference" and not same_team:
        points += OTHER_TEAM_BONUS
        reasons.append("kijkje in een ander team")
    if "either" in (newcomer.mode, buddy.mode) or newcomer.mode == buddy.mode:
        points += MODE_PREFERENCE
        reasons.append("voorkeur voor samenwerken past" if "either" not in (newcomer.mode, buddy.mode)
                       else "flexibel in samenwerken")
    if buddy.load == 0:
        reasons.append("heeft nu nog geen nieuwkomer")
    else:
        reasons.append(f"begeleidt nu al {buddy.load}")
    return points, reasons


def propose(newcomers, candidates, previous_pairs=frozenset()) -> Result:
    """The assignment of newcomers to buddy places with the highest total score under the hard rules."""
    newcomers, candidates = list(newcomers), list(candidates)
    slots = [(buddy, k) for buddy in candidates for k in range(max(buddy.free, 0))]
    if not newcomers:
        return Result([], [])
    if not slots:
        return Result([], [(n, "er zijn geen buddy's met een vrije plek") for n in newcomers])
    # Rules and score once per (newcomer, buddy), not per place, and kept for the proposals below.
    # numpy and scipy weigh ~40 MB per process: loaded by the teamcoach's pool page, not by every web worker.
    import numpy as np
    from scipy.optimize import linear_sum_assignment

    fits = {(i, buddy): score(newcomer, buddy) for i, newcomer in enumerate(newcomers) for buddy in candidates
            if blocked(newcomer, buddy, previous_pairs) is None}
    cost = np.full((len(newcomers), len(slots)), INFEASIBLE)
    for i in range(len(newcomers)):
        for j, (buddy, k) in enumerate(slots):
            if (i, buddy) in fits:
                cost[i, j] = -fits[i, buddy][0] + LOAD_PENALTY * (buddy.load + k)
    rows, cols = linear_sum_assignment(cost)
    proposals, matched = [], set()
    for i, j in zip(rows, cols, strict=True):
        if cost[i, j] >= INFEASIBLE:
            continue
        newcomer, (buddy, _k) = newcomers[i], slots[j]
        points, reasons = fits[i, buddy]
        proposals.append(Proposal(newcomer, buddy, points, reasons))
        matched.add(i)
    unmatched = []
    for i, newcomer in enumerate(newcomers):
        if i in matched:
            continue
        reasons = {blocked(newcomer, buddy, previous_pairs) for buddy in candidates}
        possible = None in reasons
        reasons.discard(None)
        why = "alle geschikte buddy's zijn al bezet" if possible else (
            "geen enkele buddy mag: " + ", ".join(sorted(reasons)) if reasons else "geen buddy's beschikbaar")
        unmatched.append((newcomer, why))
    return Result(proposals, unmatched)


def total_cost(result) -> float:
    """The objective the assignment minimises (for comparing with brute force in tests)."""
    by_buddy = {}
    total = 0.0
    for proposal in sorted(result.proposals, key=lambda p: p.newcomer.id):
        k = by_buddy.get(proposal.buddy.id, 0)
        by_buddy[proposal.buddy.id] = k + 1
        total += -proposal.score + LOAD_PENALTY * (proposal.buddy.load + k)
    return total
