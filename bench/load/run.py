"""The load harness: the site as it runs in production, measured over real HTTP on loopback. Reports; asserts nothing.

    make bench-load SIZE=20000
    .venv/bin/python -m bench.load.run --participants 2000 [--users 50] [--workers 2 --threads 2] [--keep]

One command does it all, in a temporary directory that is removed afterwards (also on an error or Ctrl-C):
PostgreSQL 15 of its own (initdb, a free port), Redis when installed, migrate + the demo + an organisation of
--participants people (bench/generate.py, ~40 a team), sessions for --users people made without the login form,
gunicorn under production settings (bench/load/settings.py: production plus the floor's URL), and locust headless.

Measured, in this order: queries per page (in-process, bench/load/prepare.py), worker memory after floor-only
traffic, each page alone with one user interleaved with the floor (a bare view behind the same middleware),
then --rounds of load with --users at once, product mix and floor alternating, and a product mix without PDFs;
worker memory after the load. Figures go to bench/load/results/size-N.json, and bench/RESULTS.md is written from
every size measured so far (bench/load/report.py).
"""

import argparse
import json
import os
import platform
import secrets
import shlex
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent.parent
sys.path.insert(0, str(ROOT))

from bench.load import report  # noqa: E402
from bench.load.browse import FLOOR, Browser, one_user, pdf_pass, warm_up  # noqa: E402
from bench.load.mix import PARTICIPANT_WEIGHTS  # noqa: E402
from bench.load.report import percentile  # noqa: E402
from bench.load.services import Postgres, Redis, free_port, stop_process, wait_for_port  # noqa: E402

RESULTS_DIR = ROOT / "bench" / "load" / "results"
PYTHON = sys.executable


def log(message):
    print(f"[bench-load {time.strftime('%H:%M:%S')}] {message}", flush=True)


def parse_args(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--participants", type=int, default=2000, help="generated participants (0: the demo only)")
    parser.add_argument("--users", type=int, default=50, help="people with a session = locust users at once")
    parser.add_argument("--mt-users", type=int, default=2, help="of --users, how many are MT members")
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--threads", type=int, default=2)
    parser.add_argument("--one-user-rounds", type=int, default=20, help="requests per page, one user")
    parser.add_argument("--pdf-rounds", type=int, default=5, help="of those, for the PDF")
    parser.add_argument("--load-seconds", type=int, default=45, help="each product load run")
    parser.add_argument("--floor-seconds", type=int, default=20, help="each floor load run")
    parser.add_argument("--rounds", type=int, default=2, help="product/floor load pairs, alternating")
    parser.add_argument("--pdf-free-run", action=argparse.BooleanOptionalAction, default=True,
                        help="also a product run without PDFs (--no-pdf-free-run: not)")
    parser.add_argument("--made-run", action=argparse.BooleanOptionalAction, default=True,
                        help="also a product run in which every page is made afresh (--no-made-run: not)")
    parser.add_argument("--max-requests", type=int, default=50_000, help="per load run, besides its time")
    parser.add_argument("--qcluster", type=int, default=1, help="django-q2 clusters beside gunicorn (0: none)")
    parser.add_argument("--qcluster-nice", type=int, default=10,
                        help="the clusters' niceness: on one machine with the web server, the PDFs wait for pages "
                             "(as README's production section advises; 0: the same priority)")
    parser.add_argument("--redis", action=argparse.BooleanOptionalAction, default=True)
    parser.add_argument("--keep", action="store_true", help="keep the temporary directory (logs) afterwards")
    parser.add_argument("--results", default=str(ROOT / "bench" / "RESULTS.md"))
    parser.add_argument("--no-write", action="store_true", help="print the figures, write no results")
    return parser.parse_args(argv)


# --- processes --------------------------------------------------------------------------------------------------

def lower_priority(niceness):
    """In a child before it starts (no threads yet): a higher niceness for it and, where the kernel shares the CPU
    between sessions first (autogroup, on for desktops and many servers), for its session as a whole: a process's
    own niceness counts only against others of its session."""
    os.nice(niceness)
    autogroup = Path("/proc/self/autogroup")
    if niceness and autogroup.exists():
        autogroup.write_text(str(niceness))


def run_step(command, env, timeout, log_file):
    """A child process with a deadline; stopped with its whole group if we are interrupted."""
    log(f"$ {shlex.join(str(c) for c in command[1:])}")
    with open(log_file, "ab") as out:
        process = subprocess.Popen(command, env=env, cwd=ROOT, stdout=out, stderr=subprocess.STDOUT,
                                   start_new_session=True)
        try:
            code = process.wait(timeout=timeout)
        finally:
            stop_process(process, timeout=5)
    if code != 0:
        tail = Path(log_file).read_text(errors="replace")[-3000:]
        raise RuntimeError(f"{command[1:3]} ended with {code}; the end of {log_file}:\n{tail}")


def children(pid):
    """The direct children of a process (gunicorn's workers), from /proc."""
    found = []
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            stat = (entry / "stat").read_text()
        except OSError:
            continue
        if int(stat.rsplit(")", 1)[1].split()[1]) == pid:
            found.append(int(entry.name))
    return sorted(found)


def memory_of(pid):
    """RSS and PSS (the process's fair share of pages shared after the fork), in MB."""
    out = {}
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                out["rss_mb"] = round(int(line.split()[1]) / 1024, 1)
        for line in Path(f"/proc/{pid}/smaps_rollup").read_text().splitlines():
            if line.startswith("Pss:"):
                out["pss_mb"] = round(int(line.split()[1]) / 1024, 1)
    except OSError:
        pass
    return out


def gunicorn_memory(master):
    return {"master": memory_of(master.pid), "workers": [memory_of(pid) for pid in children(master.pid)]}


class CpuMeter:
    """CPU seconds spent during a stretch of time by each part of the stack and by the rest of the machine (other
    people's work on a shared machine shows up there), from /proc. A process counts with its exited children
    (cutime/cstime) and its live descendants."""

    TICK = os.sysconf("SC_CLK_TCK")

    def __init__(self, groups):
        self.groups = groups  # name -> list of pids

    def _process(self, pid):
        try:
            fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
        except OSError:
            return 0.0
        return sum(int(x) for x in fields[11:15]) / self.TICK + sum(self._process(c) for c in children(pid))

    def _machine(self):
        values = [int(x) for x in Path("/proc/stat").read_text().splitlines()[0].split()[1:9]]
        user, nice, system, idle, iowait, irq, softirq, steal = values
        return (user + nice + system + irq + softirq + steal) / self.TICK

    def snapshot(self):
        import resource

        own = resource.getrusage(resource.RUSAGE_CHILDREN)  # locust, once it has ended and been waited for
        return {"machine": self._machine(), "locust": own.ru_utime + own.ru_stime,
                **{name: sum(self._process(pid) for pid in pids) for name, pids in self.groups.items()}}

    def wait_until_quiet(self, group, limit=90.0, busy=0.05):
        """Seconds waited until `group` used under `busy` CPU seconds in a second (the PDFs the last run queued are
        rendered), at most `limit`: so that a run does not pay for the one before it."""
        start = time.monotonic()
        if not self.groups.get(group):
            return 0.0
        last = sum(self._process(pid) for pid in self.groups[group])
        while time.monotonic() - start < limit:
            time.sleep(1)
            now = sum(self._process(pid) for pid in self.groups[group])
            if now - last < busy:
                break
            last = now
        return time.monotonic() - start - 1

    @staticmethod
    def spent(before, after):
        spent = {name: round(after[name] - before[name], 1) for name in after}
        spent["others"] = round(max(0.0, spent["machine"] - sum(v for k, v in spent.items() if k != "machine")), 1)
        return spent


# --- load, with locust ------------------------------------------------------------------------------------------

def locust_run(env, port, tmp, mix, seconds, users, max_requests, label, meter):
    out = tmp / f"locust-{label}.json"
    command = [PYTHON, "-m", "locust", "-f", str(ROOT / "bench" / "load" / "locustfile.py"), "--headless",
               "-u", str(users), "-r", str(users), "-t", f"{seconds}s", "--stop-timeout", "10",
               "--host", f"http://127.0.0.1:{port}", "--only-summary", "--loglevel", "WARNING",
               "--exit-code-on-error", "0"]
    run_env = {**env, "BENCH_PLAN": str(tmp / "plan.json"), "BENCH_MIX": mix,
               "BENCH_MAX_REQUESTS": str(max_requests), "BENCH_OUT": str(out)}
    log(f"load: {mix}, {users} users, {seconds}s")
    waited = meter.wait_until_quiet("qcluster")
    if waited >= 1:
        log(f"  waited {waited:.0f}s for the qcluster to finish the jobs of the run before")
    before, start = meter.snapshot(), time.monotonic()
    run_step(command, run_env, timeout=seconds + 90, log_file=tmp / f"locust-{label}.log")
    cpu = CpuMeter.spent(before, meter.snapshot())
    # The capacity of the whole stretch measured (locust's start and stop included), as the CPU figures are.
    capacity = round((time.monotonic() - start) * os.cpu_count(), 1)
    data = json.loads(out.read_text())
    return summarise_load(data, label) | {"cpu_s": cpu, "cpu_capacity_s": capacity,
                                          "waited_for_qcluster_s": round(waited, 1)}


def summarise_load(data, label):
    every = [t for times in data["times_ms"].values() for t in times]
    count = len(every)
    failures = sum(data["failures"].values())
    seconds = data["seconds"] or 1
    pages = {name: {"requests": len(times), "median_ms": statistics.median(times),
                    "p95_ms": percentile(times, 0.95), "p99_ms": percentile(times, 0.99),
                    "failures": data["failures"].get(name, 0)} for name, times in data["times_ms"].items() if times}
    return {"label": label, "mix": data["mix"], "seconds": round(seconds, 1), "requests": count,
            "failures": failures, "rps": round(count / seconds, 1),
            "median_ms": statistics.median(every) if every else None,
            "p95_ms": percentile(every, 0.95), "p99_ms": percentile(every, 0.99), "pages": pages}


# --- the machine ------------------------------------------------------------------------------------------------

def machine(pg, redis, load_at_start):
    cpuinfo = Path("/proc/cpuinfo").read_text()
    model = next((line.split(":", 1)[1].strip() for line in cpuinfo.splitlines() if line.startswith("model name")),
                 platform.processor())
    memory = next(line.split()[1] for line in Path("/proc/meminfo").read_text().splitlines()
                  if line.startswith("MemTotal"))

    def version(package):
        from importlib.metadata import PackageNotFoundError
        from importlib.metadata import version as v
        try:
            return v(package)
        except PackageNotFoundError:
            return "missing"

    git = shutil.which("git") or "git"
    commit = subprocess.run([git, "rev-parse", "--short", "HEAD"], cwd=ROOT, capture_output=True, text=True,
                            timeout=10).stdout.strip()
    # Changes to tracked files, leaving out the figures this harness writes itself.
    dirty = subprocess.run([git, "status", "--porcelain", "--untracked-files=no", "--", ".", ":!bench/RESULTS.md",
                            ":!bench/load/results"], cwd=ROOT, capture_output=True, text=True, timeout=10)
    dirty = dirty.stdout.strip()
    return {
        "cpus": os.cpu_count(), "cpu_model": model, "memory_gb": round(int(memory) / 1024 / 1024, 1),
        "kernel": platform.release(), "python": platform.python_version(), "postgresql": pg.version(),
        "redis": redis.version() if redis else "not used",
        "packages": {name: version(name) for name in ("Django", "wagtail", "gunicorn", "locust", "psycopg",
                                                        "django-q2", "weasyprint")},
        "load_average_at_start": load_at_start,
        "commit": commit + ("+changes" if dirty else ""),
    }


# --- the run ----------------------------------------------------------------------------------------------------

def main(argv=None):
    args = parse_args(argv)
    command_line = os.environ.get("BENCH_COMMAND") or shlex.join(
        [".venv/bin/python", "-m", "bench.load.run", *(argv if argv is not None else sys.argv[1:])])
    started = time.monotonic()
    load_at_start = os.getloadavg()

    def interrupted(signum, frame):
        raise KeyboardInterrupt(f"signal {signum}")

    # Ctrl-C, also when started in the background by a shell that ignores SIGINT there; SIGTERM and SIGHUP alike.
    signal.signal(signal.SIGINT, signal.default_int_handler)
    signal.signal(signal.SIGTERM, interrupted)
    signal.signal(signal.SIGHUP, interrupted)

    tmp = Path(tempfile.mkdtemp(prefix="vknz-load-"))
    pg = Postgres(tmp, log)
    redis = Redis(tmp, log) if args.redis else None
    gunicorn = None
    qclusters = []
    try:
        database_url = pg.start()
        redis_url = redis.start() if redis else None
        var = tmp / "var"
        var.mkdir()
        env = {**os.environ, "PYTHONPATH": str(ROOT), "DATABASE_URL": database_url,
               "DJANGO_SECRET_KEY": secrets.token_urlsafe(64), "DJANGO_ALLOWED_HOSTS": "127.0.0.1,localhost,testserver",
               "DJANGO_SECURE_SSL_REDIRECT": "0", "VKNZ_VAR_DIR": str(var), "EMAIL_FILE_PATH": str(var / "mail"),
               "LOG_LEVEL": "WARNING", "PYTHONUNBUFFERED": "1"}
        env.pop("REDIS_URL", None)
        if redis_url:
            env["REDIS_URL"] = redis_url
        dev = {**env, "DJANGO_SETTINGS_MODULE": "vknz_site.settings.dev"}
        served = {**env, "DJANGO_SETTINGS_MODULE": "bench.load.settings"}
        setup_log = tmp / "setup.log"

        run_step([PYTHON, "-m", "bench.load.prepare", "base", str(tmp / "base.json")], dev, 900, setup_log)
        statics = subprocess.Popen([PYTHON, "manage.py", "collectstatic", "--noinput", "--verbosity", "0"],
                                   env=served, cwd=ROOT, stdout=open(tmp / "collectstatic.log", "wb"),  # noqa: SIM115
                                   stderr=subprocess.STDOUT, start_new_session=True)
        try:
            run_step([PYTHON, "-m", "bench.load.prepare", "org", str(args.participants), str(tmp / "plan.json"),
                      str(args.users), str(args.mt_users)], served, 1800, setup_log)
            if statics.wait(timeout=600) != 0:
                raise RuntimeError("collectstatic failed: " + (tmp / "collectstatic.log").read_text()[-2000:])
        finally:
            stop_process(statics)
        run_step([PYTHON, "-m", "bench.load.prepare", "queries", str(tmp / "plan.json"), str(tmp / "queries.json")],
                 served, 900, setup_log)
        plan = json.loads((tmp / "plan.json").read_text())
        plan["timings"].update(json.loads((tmp / "base.json").read_text()))
        queries = json.loads((tmp / "queries.json").read_text())

        for number in range(args.qcluster):
            qclusters.append(subprocess.Popen(
                [PYTHON, "manage.py", "qcluster"], env={**served, "Q_WORKERS": "1"}, cwd=ROOT,
                preexec_fn=lambda: lower_priority(args.qcluster_nice),
                stdout=open(tmp / f"qcluster-{number}.log", "wb"), stderr=subprocess.STDOUT,  # noqa: SIM115
                start_new_session=True))
        port = free_port()
        gunicorn_command = [PYTHON, "-m", "gunicorn", "vknz_site.wsgi:application", "--bind", f"127.0.0.1:{port}",
                            "--workers", str(args.workers), "--threads", str(args.threads),
                            "--timeout", "20", "--graceful-timeout", "10", "--log-level", "warning",
                            "--error-logfile", str(tmp / "gunicorn.log")]
        log(f"$ {shlex.join(gunicorn_command[1:])}")
        gunicorn = subprocess.Popen(gunicorn_command, env=served, cwd=ROOT, stdout=subprocess.DEVNULL,
                                    stderr=subprocess.DEVNULL, start_new_session=True)
        wait_for_port(port, 60, gunicorn)
        meter = CpuMeter({"gunicorn": [gunicorn.pid], "postgresql": [pg.postmaster_pid()],
                          "redis": [redis.process.pid] if redis and redis.process else [],
                          "qcluster": [q.pid for q in qclusters]})

        # Memory of workers that served only the floor: what every worker carries before any page.
        floor_browser = Browser(port, plan, plan["probe"])
        for _ in range(20 * args.workers * args.threads):
            floor_browser.get(FLOOR)
        memory_floor = gunicorn_memory(gunicorn)
        log("warm-up")
        warm_up(port, plan)
        log(f"one user: {args.one_user_rounds} rounds of every page but the PDFs, each followed by the floor")
        alone = one_user(port, plan, args.one_user_rounds)

        loads = []
        for number in range(args.rounds):
            loads.append(locust_run(env, port, tmp, "product", args.load_seconds, args.users, args.max_requests,
                                    f"product-{number + 1}", meter))
            log(f"  {loads[-1]['rps']} req/s, p95 {loads[-1]['p95_ms']:.0f} ms, {loads[-1]['failures']} errors")
            loads.append(locust_run(env, port, tmp, "floor", args.floor_seconds, args.users, args.max_requests,
                                    f"floor-{number + 1}", meter))
            log(f"  {loads[-1]['rps']} req/s, p95 {loads[-1]['p95_ms']:.0f} ms, {loads[-1]['failures']} errors")
        extra = (["product-nopdf"] if args.pdf_free_run else []) + (["product-made"] if args.made_run else [])
        for mix in extra:
            loads.append(locust_run(env, port, tmp, mix, args.load_seconds, args.users, args.max_requests, mix, meter))
            log(f"  {loads[-1]['rps']} req/s, p95 {loads[-1]['p95_ms']:.0f} ms, {loads[-1]['failures']} errors")
        memory_load = gunicorn_memory(gunicorn)
        memory_q = [memory_of(q.pid) | {"children": [memory_of(c) for c in children(q.pid)]} for q in qclusters]
        load_average_after = os.getloadavg()
        log(f"PDFs alone: {args.pdf_rounds} rounds, each with the floor and a minimal WeasyPrint page")
        pdf_pass(port, plan, args.pdf_rounds, args.workers, args.threads, alone)
        worker_log = (tmp / "gunicorn.log").read_text(errors="replace") if (tmp / "gunicorn.log").exists() else ""

        result = {
            "command": command_line,
            "finished": time.strftime("%Y-%m-%d %H:%M UTC", time.gmtime()),
            "minutes": round((time.monotonic() - started) / 60, 1),
            "settings": {key: getattr(args, key) for key in ("participants", "users", "mt_users", "workers",
                                                              "threads", "one_user_rounds", "pdf_rounds",
                                                              "load_seconds", "floor_seconds", "rounds",
                                                              "qcluster", "qcluster_nice")}
            | {"participant_weights": PARTICIPANT_WEIGHTS},
            "redis": bool(redis_url),
            "machine": machine(pg, redis if redis_url else None, load_at_start)
            | {"load_average_after_load": load_average_after},
            "plan": {key: plan[key] for key in ("counts", "timings", "statuses", "session_engine",
                                                 "cache_backends")},
            "probe": {"participant": plan["probe"]["username"], "mt": plan["probe_mt"]["username"]},
            "queries": queries,
            "one_user": alone,
            "loads": loads,
            "memory": {"after_floor_only": memory_floor, "after_load": memory_load, "qclusters": memory_q},
            "worker_timeouts": worker_log.count("WORKER TIMEOUT"),
            "worker_errors": sum(1 for line in worker_log.splitlines() if " ERROR " in line or "[ERROR]" in line),
        }
    finally:
        log("stopping gunicorn, qcluster, Redis, PostgreSQL")
        stop_process(gunicorn, timeout=15)
        for q in qclusters:
            stop_process(q, timeout=15)
        if redis:
            redis.stop()
        pg.stop()
        if args.keep:
            log(f"kept {tmp}")
        else:
            shutil.rmtree(tmp, ignore_errors=True)

    print(report.size_section(result))
    if not args.no_write:
        RESULTS_DIR.mkdir(exist_ok=True)
        (RESULTS_DIR / f"size-{args.participants}.json").write_text(json.dumps(result, indent=1, sort_keys=True))
        Path(args.results).write_text(report.render(report.load_all(RESULTS_DIR)))
        log(f"wrote {RESULTS_DIR / f'size-{args.participants}.json'} and {args.results}")
    log(f"done in {result['minutes']} min")


if __name__ == "__main__":
    try:
        main()
    except KeyboardInterrupt as stop:
        sys.exit(f"interrupted ({stop}); everything started was stopped")
