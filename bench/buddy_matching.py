"""Time the buddy proposals for a large pool (pure matching, no database). Prints figures; asserts nothing.

    .venv/bin/python bench/buddy_matching.py --newcomers 500 --buddies 1000
"""

import argparse
import random
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from buddy.matching import Candidate, Newcomer, propose  # noqa: E402


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--newcomers", type=int, default=500)
    parser.add_argument("--buddies", type=int, default=1000)
    parser.add_argument("--seed", type=int, default=3)
    args = parser.parse_args()
    rng = random.Random(args.seed)
    teams = 40
    newcomers = [Newcomer(i, f"n{i}", rng.randrange(teams), frozenset({100000 + rng.randrange(teams)}),
                          rng.choice(["in_person", "online", "either"])) for i in range(args.newcomers)]
    buddies = [Candidate(100000 + j, f"b{j}", rng.randrange(teams), free=rng.randint(0, 3), load=rng.randint(0, 1),
                         team_preference=rng.choice(["same", "other", "no_preference"]),
                         mode=rng.choice(["in_person", "online", "either"]), eligible=rng.random() > 0.1)
               for j in range(args.buddies)]
    previous = {(rng.randrange(args.newcomers), 100000 + rng.randrange(args.buddies)) for _ in range(2000)}
    start = time.perf_counter()
    result = propose(newcomers, buddies, previous)
    elapsed = time.perf_counter() - start
    slots = sum(max(b.free, 0) for b in buddies)
    print(f"{args.newcomers} newcomers, {args.buddies} buddies ({slots} places): {len(result.proposals)} proposals, "
          f"{len(result.unmatched)} unmatched, {elapsed:.2f} s")


if __name__ == "__main__":
    main()
