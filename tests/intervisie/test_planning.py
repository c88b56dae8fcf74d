"""Fair rotation and the best slot: pure functions, checked by hand and against brute force."""

import itertools

from hypothesis import given, settings
from hypothesis import strategies as st

from intervisie.planning import best_slot, rotate_roles, score_slot


def run(members, sessions, absences=None):
    history = []
    for i in range(sessions):
        history.append(rotate_roles(members, history, absent=(absences or {}).get(i, ())))
    return history


def test_every_member_brings_in_once_per_round():
    members = ["a", "b", "c", "d", "e"]
    history = run(members, 10)
    assert sorted(s[0] for s in history[:5]) == members
    assert sorted(s[0] for s in history[5:]) == members
    assert all(len(set(s)) == 3 for s in history)  # three different people per session


def test_absent_members_get_no_role_and_come_first_after():
    members = ["a", "b", "c", "d"]
    history = run(members, 2, absences={0: ["a"]})
    assert "a" not in history[0]
    assert history[1][0] == "a"  # the one who never brought in goes first once present


@settings(max_examples=100, deadline=None)
@given(st.integers(4, 8), st.integers(1, 20))
def test_rotation_is_fair_over_many_sessions(size, rounds):
    members = list(range(size))
    history = run(members, size * rounds)
    counts = [sum(1 for s in history if s[0] == m) for m in members]
    assert max(counts) - min(counts) == 0


def brute_force(slots, answers, members):
    best = None
    for slot in slots:
        can = [m for m in members if answers.get((slot, m)) in ("yes", "maybe")]
        if len(can) < 2:
            continue
        # the inbrenger and gespreksleider must both be available: any ordered pair of available members works
        if not any(True for _ in itertools.permutations(can, 2)):
            continue
        key = (sum(2 if answers[(slot, m)] == "yes" else 1 for m in can),
               sum(answers[(slot, m)] == "yes" for m in can), -slots.index(slot))
        best = max(best, (key, slot)) if best else (key, slot)
    return best[1] if best else None


def test_a_hand_made_poll_picks_the_slot_with_most_attendance():
    members = ["a", "b", "c", "d"]
    answers = {("di", "a"): "yes", ("di", "b"): "yes", ("di", "c"): "maybe", ("di", "d"): "no",
               ("do", "a"): "yes", ("do", "b"): "maybe", ("do", "c"): "maybe", ("do", "d"): "maybe"}
    assert score_slot("di", answers, members).score == 5
    assert score_slot("do", answers, members).score == 5
    assert best_slot(["di", "do"], answers, members) == "di"  # same score, more firm yeses


def test_a_slot_nobody_can_make_is_never_chosen():
    assert best_slot(["ma"], {("ma", "a"): "yes"}, ["a", "b", "c", "d"]) is None


@settings(max_examples=150, deadline=None)
@given(st.dictionaries(st.tuples(st.sampled_from(["ma", "di", "wo"]), st.sampled_from("abcde")),
                       st.sampled_from(["yes", "maybe", "no"])))
def test_best_slot_matches_brute_force(answers):
    slots, members = ["ma", "di", "wo"], list("abcde")
    assert best_slot(slots, answers, members) == brute_force(slots, answers, members)
