"""Locust users of the load harness; run by bench/load/run.py, headless, never on its own.

Environment (set by run.py):
  BENCH_PLAN          the plan JSON of bench/load/prepare.py (sessions and each person's pages)
  BENCH_MIX           "product" (participants and MT, PDFs included), "product-nopdf", "product-made" (every
                      page at a new address, so made afresh, never served from what is kept), or "floor"
  BENCH_MAX_REQUESTS  stop after this many requests (besides locust's own --run-time)
  BENCH_OUT           where to write every request's time (JSON), for exact percentiles

Closed loop, no think time: each user asks for its next page as soon as the last one answered, as the issue's
figures were taken. Each user has a session of its own (one of the plan's people, in turn).
"""

import itertools
import json
import os
import random
import threading
import time
from collections import defaultdict

import gevent
from locust import FastHttpUser, constant, events, task

from bench.load.browse import FLOOR, cookies
from bench.load.mix import PARTICIPANT_WEIGHTS, made_afresh

PLAN = json.loads(open(os.environ["BENCH_PLAN"]).read())  # noqa: SIM115
MIX = os.environ.get("BENCH_MIX", "product")
MAX_REQUESTS = int(os.environ.get("BENCH_MAX_REQUESTS", "0"))
OUT = os.environ.get("BENCH_OUT")
LOGIN_PATH = PLAN.get("login_path", "/inloggen/")

_sessions = {role: itertools.cycle([s for s in PLAN["sessions"] if s["role"] == role])
             for role in ("participant", "mt")}
_all_sessions = itertools.cycle(PLAN["sessions"])
_lock = threading.Lock()
_RNG = random.Random(19)  # the same sequence of pages every run
_times = defaultdict(list)
_failures = defaultdict(int)
_count = 0
_started = None


@events.request.add_listener
def _record(request_type, name, response_time, response_length, exception, **kwargs):
    global _count, _started
    if _started is None:
        _started = time.monotonic()
    _times[name].append(response_time)
    if exception is not None:
        _failures[name] += 1
    _count += 1
    if MAX_REQUESTS and _count == MAX_REQUESTS and _runner is not None:
        gevent.spawn(_runner.quit)  # not from inside this callback: let the request that counted finish


_runner = None


@events.init.add_listener
def _init(environment, **kwargs):
    global _runner
    _runner = environment.runner


@events.quitting.add_listener
def _write(environment, **kwargs):
    if OUT:
        elapsed = time.monotonic() - _started if _started else 0.0
        with open(OUT, "w") as out:
            json.dump({"mix": MIX, "seconds": elapsed, "times_ms": _times, "failures": _failures}, out)


class _SessionUser(FastHttpUser):
    abstract = True
    wait_time = constant(0)
    network_timeout = 60.0
    connection_timeout = 10.0
    role = "participant"

    def on_start(self):
        with _lock:
            session = next(_sessions[self.role]) if MIX != "floor" else next(_all_sessions)
        self.pages = session["pages"]
        self.cookie = {"Cookie": cookies(PLAN, session)}

    def get(self, name, url):
        with self.client.get(url, headers=self.cookie, name=name, allow_redirects=False,
                             catch_response=True) as response:
            status = response.status_code
            location = response.headers.get("Location", "") if status in (301, 302, 303) else ""
            # 200, or a redirect elsewhere than the login page (a PDF's waiting page): an answer. A redirect to
            # the login page is a lost session; anything else an error.
            if not (status == 200 or (location and LOGIN_PATH not in location)):
                response.failure(f"HTTP {status}")


_fresh = itertools.count()

if MIX in ("product", "product-nopdf", "product-made"):
    weights = {name: w for name, w in PARTICIPANT_WEIGHTS.items()
               if not (MIX == "product-nopdf" and name.endswith("_pdf"))}
    mt_count = sum(1 for s in PLAN["sessions"] if s["role"] == "mt")

    class Participant(_SessionUser):
        role = "participant"
        weight = max(1, len(PLAN["sessions"]) - mt_count)

        def on_start(self):
            super().on_start()
            self.weights = {name: w for name, w in weights.items() if name in self.pages}

        @task
        def page(self):
            name = _choose(self.weights)
            url = self.pages[name]
            self.get(name, made_afresh(url, next(_fresh)) if MIX == "product-made" and "_pdf" not in name else url)

    class Management(_SessionUser):
        role = "mt"
        fixed_count = mt_count

        @task
        def dashboard(self):
            url = self.pages["mt_dashboard"]
            self.get("mt_dashboard", made_afresh(url, next(_fresh)) if MIX == "product-made" else url)

else:

    class Floor(_SessionUser):
        @task
        def floor(self):
            self.get("floor", FLOOR)


def _choose(weights):
    with _lock:
        return _RNG.choices(list(weights), weights=list(weights.values()))[0]
