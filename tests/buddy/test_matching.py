"""The matching: optimal over the pool (checked against brute force), hard rules always hold."""

import itertools

from hypothesis import given, settings
from hypothesis import strategies as st

from buddy.matching import Candidate, Newcomer, blocked, propose, total_cost


def test_a_simple_pool_pairs_each_newcomer_with_the_best_fitting_buddy():
    a = Newcomer(1, "Nina", team_id=1)
    b = Newcomer(2, "Omar", team_id=2)
    other_team_lover = Candidate(10, "Kees", team_id=1, free=1, team_preference="other")
    same_team_lover = Candidate(11, "Lies", team_id=1, free=1, team_preference="same")
    result = propose([a, b], [other_team_lover, same_team_lover])
    pairs = {(p.newcomer.name, p.buddy.name) for p in result.proposals}
    assert pairs == {("Nina", "Lies"), ("Omar", "Kees")}
    assert all(p.reasons for p in result.proposals)


def test_never_the_newcomers_own_leidinggevende():
    newcomer = Newcomer(1, "Nina", team_id=1, leader_ids=frozenset({10}))
    result = propose([newcomer], [Candidate(10, "Chef", team_id=1, free=3)])
    assert result.proposals == []
    assert "is de eigen leidinggevende" in result.explanation()


def test_never_a_pair_that_existed_before_and_never_an_ineligible_buddy():
    newcomer = Newcomer(1, "Nina", team_id=1)
    result = propose([newcomer], [Candidate(10, "Oud", 2, free=1), Candidate(11, "Nieuw", 2, free=1, eligible=False)],
                     previous_pairs={(1, 10)})
    assert result.proposals == []
    assert result.explanation().startswith("1 nieuwkomer(s) zonder mogelijke buddy: Nina")


def test_capacity_is_respected_and_the_rest_is_explained():
    newcomers = [Newcomer(i, f"N{i}", team_id=1) for i in range(1, 5)]
    result = propose(newcomers, [Candidate(10, "Kees", 2, free=2), Candidate(11, "Lies", 2, free=1)])
    assert len(result.proposals) == 3
    assert sum(p.buddy.id == 10 for p in result.proposals) == 2
    assert "alle geschikte buddy's zijn al bezet" in result.explanation()


def brute_force_best(newcomers, candidates, previous=frozenset()):
    """Every possible assignment (small pools only): the lowest cost among the ones matching the most people."""
    slots = [(c, k) for c in candidates for k in range(c.free)]
    best = None
    for choice in itertools.product([None, *range(len(slots))], repeat=len(newcomers)):
        used = [c for c in choice if c is not None]
        if len(used) != len(set(used)):
            continue
        if any(c is not None and blocked(newcomers[i], slots[c][0], previous) for i, c in enumerate(choice)):
            continue
        per_buddy, cost = {}, 0.0
        from buddy.matching import LOAD_PENALTY, score

        for i, c in sorted(enumerate(choice), key=lambda item: item[0]):
            if c is None:
                continue
            buddy = slots[c][0]
            k = per_buddy.get(buddy.id, 0)
            per_buddy[buddy.id] = k + 1
            cost += -score(newcomers[i], buddy)[0] + LOAD_PENALTY * (buddy.load + k)
        key = (-len(used), round(cost, 6))
        best = key if best is None or key < best else best
    return best


newcomer_strategy = st.builds(
    Newcomer, id=st.integers(1, 4), name=st.just("n"), team_id=st.integers(1, 2),
    leader_ids=st.frozensets(st.integers(10, 13), max_size=1), mode=st.sampled_from(["in_person", "online", "either"]),
)
candidate_strategy = st.builds(
    Candidate, id=st.integers(10, 13), name=st.just("b"), team_id=st.integers(1, 2), free=st.integers(0, 2),
    load=st.integers(0, 1), team_preference=st.sampled_from(["same", "other", "no_preference"]),
    mode=st.sampled_from(["in_person", "online", "either"]), eligible=st.booleans(),
)


def unique_by_id(items):
    return list({item.id: item for item in items}.values())


@settings(max_examples=150, deadline=None)
@given(st.lists(newcomer_strategy, max_size=4), st.lists(candidate_strategy, max_size=3),
       st.sets(st.tuples(st.integers(1, 4), st.integers(10, 13)), max_size=3))
def test_the_assignment_is_optimal_and_keeps_every_hard_rule(newcomers, candidates, previous):
    newcomers, candidates = unique_by_id(newcomers), unique_by_id(candidates)
    result = propose(newcomers, candidates, frozenset(previous))
    by_buddy = {}
    for proposal in result.proposals:
        assert blocked(proposal.newcomer, proposal.buddy, previous) is None
        by_buddy[proposal.buddy.id] = by_buddy.get(proposal.buddy.id, 0) + 1
    for candidate in candidates:
        assert by_buddy.get(candidate.id, 0) <= max(candidate.free, 0)
    assert len({p.newcomer.id for p in result.proposals}) == len(result.proposals)
    assert len(result.proposals) + len(result.unmatched) == len(newcomers)
    best = brute_force_best(newcomers, candidates, frozenset(previous))
    if best is not None:
        assert (-len(result.proposals), round(total_cost(result), 6)) == best
