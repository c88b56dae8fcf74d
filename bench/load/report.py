"""bench/RESULTS.md from the figures of bench/load/run.py (bench/load/results/size-N.json, one file per size).

    python -m bench.load.report      # write bench/RESULTS.md again from the kept figures, no measuring
"""

import json
import math
import statistics
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent.parent
PAGE_ORDER = ["home", "overzicht", "ontwikkelplan", "doel", "leergang", "module", "meldingen", "video_reflecties",
              "mt_dashboard", "ontwikkelplan_pdf", "floor"]
LABELS = {
    "home": "home `/`", "overzicht": "overzicht `/overzicht/`", "ontwikkelplan": "ontwikkelplan",
    "doel": "a goal", "leergang": "leergang (course page)", "module": "a module", "meldingen": "meldingen",
    "video_reflecties": "video-reflecties `/cycli/`", "mt_dashboard": "MT dashboard (kept figures)",
    "ontwikkelplan_pdf": "ontwikkelplan PDF", "floor": "**floor** (bare view)",
}


def load_all(directory):
    results = [json.loads(path.read_text()) for path in Path(directory).glob("size-*.json")]
    return sorted(results, key=lambda r: r["settings"]["participants"])


def ms(value):
    if value is None:
        return "–"
    return f"{value / 1000:.2f} s" if value >= 1000 else f"{value:.1f} ms" if value < 100 else f"{value:.0f} ms"


def ratio(value, floor):
    if value is None or not floor:
        return "–"
    return f"{value / floor:.1f}×" if value / floor < 100 else f"{value / floor:.0f}×"


def _ordered(names):
    return sorted(names, key=lambda n: (PAGE_ORDER.index(n) if n in PAGE_ORDER else 99, n))


def percentile(values, fraction):
    """Nearest-rank percentile of the raw values: the smallest value with at least `fraction` of them at or below."""
    if not values:
        return None
    ordered = sorted(values)
    return ordered[max(0, math.ceil(fraction * len(ordered)) - 1)]


def _p95(values):
    return percentile(values, 0.95)


def size_section(r):
    s = r["settings"]
    c = r["plan"]["counts"]
    lines = [
        f"## {s['participants']:,} generated participants",
        "",
        f"`{r['command']}` — finished {r['finished']}, {r['minutes']} min in all; commit "
        f"`{r['machine']['commit']}`; load average at the start "
        + ", ".join(f"{x:.2f}" for x in r["machine"]["load_average_at_start"]) + ".",
        "",
        f"Organisation: {c['participants']:,} participants in {c['teams']:,} teams, {c['goals']:,} goals, "
        f"{c['evaluations']:,} evaluations ({c['users']:,} accounts). Built in "
        f"{r['plan']['timings'].get('migrate_s', '?')} s (migrate) + {r['plan']['timings'].get('demo_s', '?')} s "
        f"(demo) + {r['plan']['timings']['generate_s']} s (generate) + {r['plan']['timings']['analyze_s']} s "
        f"(VACUUM ANALYZE). Served by gunicorn, {s['workers']} workers × {s['threads']} threads, production "
        f"settings; {s['qcluster']} django-q2 cluster(s) beside it"
        + (f" at nice {s['qcluster_nice']}" if s.get("qcluster_nice") else "") + "; Redis "
        f"{'running (REDIS_URL set)' if r['redis'] else 'not installed or switched off: not used'}; "
        f"sessions: `{r['plan']['session_engine']}`, caches: "
        + ", ".join(f"`{name}`: `{backend}`" for name, backend in r["plan"]["cache_backends"].items()) + ".",
        "",
    ]

    # One user.
    alone = r["one_user"]
    floor = statistics.median(alone["floor"])
    lines += [
        f"### One user, each page alone (interleaved with the floor; {s['one_user_rounds']} requests a page, "
        f"{s['pdf_rounds']} for the PDF, after the load runs, beside the PDF floor)",
        "",
        f"The participant is `{r['probe']['participant']}` ({c['probe_goals']} goals, {c['probe_evaluations']} "
        f"evaluations), the MT member `{r['probe']['mt']}`. *Asked again*: the same address as before, served from "
        "what is kept while nothing it shows has changed (lms/extensions/kept_pages.py), as on a return visit; "
        "*made afresh*: the page at a new address each time, so its view makes it, as after a change. Queries: "
        "in-process, the first request of that pass (after the harness's own visit to each address, so already kept "
        "where a page may be), the page made afresh at a new address, and asked again.",
        "",
        "| page | asked again: median | p95 | ratio to floor | made afresh: median | p95 | ratio to floor | "
        "queries first / made / again | HTTP |",
        "|---|---|---|---|---|---|---|---|---|",
    ]
    made = alone.get("made", {})
    for name in _ordered(alone["pages"]):
        times = alone["pages"][name]
        median = statistics.median(times)
        fresh = made.get(name)
        fresh_median = statistics.median(fresh) if fresh else None
        q = r["queries"].get(name, {})
        status = ", ".join(map(str, alone["statuses"][name]))
        lines.append(f"| {LABELS.get(name, name)} | {ms(median)} | {ms(_p95(times))} | {ratio(median, floor)} | "
                     f"{ms(fresh_median)} | {ms(_p95(fresh) if fresh else None)} | {ratio(fresh_median, floor)} | "
                     f"{q.get('first', '–')} / {q.get('made', '–')} / {q.get('repeat', '–')} | {status} |")
    qf = r["queries"].get("floor", {})
    lines += [f"| {LABELS['floor']} | {ms(floor)} | {ms(_p95(alone['floor']))} | 1× | – | – | – | "
              f"{qf.get('first', '–')} / – / {qf.get('repeat', '–')} | "
              f"{', '.join(map(str, alone['statuses']['floor']))} |"]
    if alone.get("pdf_floor"):
        pdf_floor = statistics.median(alone["pdf_floor"])
        lines.append(f"| **PDF floor** (a minimal WeasyPrint page) | {ms(pdf_floor)} | "
                     f"{ms(_p95(alone['pdf_floor']))} | {ratio(pdf_floor, floor)} | – | – | – | – | "
                     f"{', '.join(map(str, alone['statuses']['pdf_floor']))} |")
    lines.append("")

    # Load.
    products = [run for run in r["loads"] if run["mix"] == "product"]
    floors = [run for run in r["loads"] if run["mix"] == "floor"]
    nopdf = [run for run in r["loads"] if run["mix"] == "product-nopdf"]
    made_runs = [run for run in r["loads"] if run["mix"] == "product-made"]
    lines += [
        f"### {s['users']} users at once (closed loop, no think time; runs alternate product and floor, "
        f"{s['load_seconds']} s / {s['floor_seconds']} s each)",
        "",
    ]
    if s.get("participant_weights"):
        weights = s["participant_weights"]
        lines += [
            f"Product mix: {s['users'] - s['mt_users']} participants (the demo's klantmanager, nieuw and buddy, the "
            f"rest generated participants enrolled in the leergang), each picking pages by weight ("
            + ", ".join(f"{name} {weight}" for name, weight in weights.items())
            + f"), and {s['mt_users']} MT members asking for the dashboard; the floor runs: the same sessions, "
            "the floor only.",
            "",
        ]
    lines += [
        "| run | requests | errors | throughput | median | p95 | p99 |",
        "|---|---|---|---|---|---|---|",
    ]
    for run in r["loads"]:
        lines.append(f"| {run['label']} | {run['requests']:,} | {run['failures']} | {run['rps']} req/s | "
                     f"{ms(run['median_ms'])} | {ms(run['p95_ms'])} | {ms(run['p99_ms'])} |")
    lines.append("")

    def mean(runs, key):
        values = [run[key] for run in runs if run[key] is not None]
        return sum(values) / len(values) if values else None

    if products and floors:
        p_rps, f_rps = mean(products, "rps"), mean(floors, "rps")
        p95, f95 = mean(products, "p95_ms"), mean(floors, "p95_ms")
        p99, f99 = mean(products, "p99_ms"), mean(floors, "p99_ms")
        mem = r["memory"]
        worker = _worker_mb(mem["after_load"], "rss_mb")
        worker_floor = _worker_mb(mem["after_floor_only"], "rss_mb")
        pdf_share = sum(run["pages"].get("ontwikkelplan_pdf", {}).get("requests", 0) for run in products)
        total = sum(run["requests"] for run in products)
        lines += [
            "The issue's table, from this run (product = the mean of the product runs, PDFs "
            f"{100 * pdf_share / total if total else 0:.1f}% of requests; floor = the mean of the floor runs):",
            "",
            "| measure | product | floor | ratio |",
            "|---|---|---|---|",
            "| main pages, one user, median (home, ontwikkelplan, goal, leergang, module, meldingen) | "
            + _range([statistics.median(alone["pages"][n]) for n in
                      ("home", "ontwikkelplan", "doel", "leergang", "module", "meldingen") if n in alone["pages"]])
            + f" | {ms(floor)} | "
            + _range([statistics.median(alone["pages"][n]) / floor for n in
                      ("home", "ontwikkelplan", "doel", "leergang", "module", "meldingen") if n in alone["pages"]],
                     unit="×") + " |",
        ]
        if "ontwikkelplan_pdf" in alone["pages"]:
            pdf = statistics.median(alone["pages"]["ontwikkelplan_pdf"])
            lines.append(f"| ontwikkelplan PDF request, one user, median ({c['probe_goals']} goals; HTTP "
                         f"{', '.join(map(str, alone['statuses']['ontwikkelplan_pdf']))}) | {ms(pdf)} | {ms(floor)} | "
                         f"{ratio(pdf, floor)} |")
            if alone.get("pdf_floor"):
                pdf_floor = statistics.median(alone["pdf_floor"])
                lines.append(f"| the same, against a minimal WeasyPrint page | {ms(pdf)} | {ms(pdf_floor)} | "
                             f"{ratio(pdf, pdf_floor)} |")
        if "mt_dashboard" in alone["pages"]:
            dash = statistics.median(alone["pages"]["mt_dashboard"])
            lines.append(f"| MT dashboard, kept figures, one user, median | {ms(dash)} | {ms(floor)} | "
                         f"{ratio(dash, floor)} |")
        lines += [
            f"| {s['users']} users, mixed pages incl. PDFs: throughput | {p_rps:.1f} req/s | {f_rps:.1f} req/s | "
            f"1/{f_rps / p_rps:.1f} |" if p_rps else "| throughput | – | – | – |",
            f"| {s['users']} users: p95 / p99 latency | {ms(p95)} / {ms(p99)} | {ms(f95)} / {ms(f99)} | "
            f"{ratio(p95, f95)} / {ratio(p99, f99)} |",
            f"| {s['users']} users: errors | {sum(run['failures'] for run in products)} of "
            f"{total:,} | {sum(run['failures'] for run in floors)} of {sum(run['requests'] for run in floors):,} | |",
        ]
        if nopdf:
            run = nopdf[0]
            lines.append(f"| {s['users']} users, same mix without PDFs: throughput; p95 / p99 | {run['rps']} req/s; "
                         f"{ms(run['p95_ms'])} / {ms(run['p99_ms'])} | {f_rps:.1f} req/s; {ms(f95)} / {ms(f99)} | "
                         f"1/{f_rps / run['rps']:.1f}; {ratio(run['p95_ms'], f95)} / {ratio(run['p99_ms'], f99)} |")
        if made:
            main = ("home", "ontwikkelplan", "doel", "leergang", "module", "meldingen")
            lines.append("| the same main pages made afresh (a new address each time) | "
                         + _range([statistics.median(made[n]) for n in main if n in made]) + f" | {ms(floor)} | "
                         + _range([statistics.median(made[n]) / floor for n in main if n in made], unit="×") + " |")
        for run in made_runs:
            lines.append(f"| {s['users']} users, same mix, every page made afresh: throughput; p95 / p99 | "
                         f"{run['rps']} req/s; {ms(run['p95_ms'])} / {ms(run['p99_ms'])} | {f_rps:.1f} req/s; "
                         f"{ms(f95)} / {ms(f99)} | 1/{f_rps / run['rps']:.1f}; {ratio(run['p95_ms'], f95)} / "
                         f"{ratio(run['p99_ms'], f99)} |")
        lines += [
            f"| memory per gunicorn worker (RSS) after the load / after floor-only traffic | {ms_mb(worker)} | "
            f"{ms_mb(worker_floor)} | {ratio(worker, worker_floor)} |",
            "",
        ]

    # Where the CPU went during each load run.
    if r["loads"] and "cpu_s" in r["loads"][0]:
        lines += [f"CPU seconds spent during each load run ({r['machine']['cpus']} CPUs; *others*: processes outside "
                  "this run, e.g. other work on a shared machine):", "",
                  "| run | capacity | gunicorn | PostgreSQL | Redis | qcluster | locust | others | machine busy |",
                  "|---|---|---|---|---|---|---|---|---|"]
        for run in r["loads"]:
            cpu = run["cpu_s"]
            busy = f"{100 * cpu['machine'] / run['cpu_capacity_s']:.0f}%" if run["cpu_capacity_s"] else "–"
            lines.append(f"| {run['label']} | {run['cpu_capacity_s']} | {cpu.get('gunicorn', 0)} | "
                         f"{cpu.get('postgresql', 0)} | {cpu.get('redis', 0)} | {cpu.get('qcluster', 0)} | "
                         f"{cpu.get('locust', 0)} | {cpu.get('others', 0)} | {busy} |")
        waits = [f"{run['label']} {run['waited_for_qcluster_s']:.0f} s" for run in r["loads"]
                 if run.get("waited_for_qcluster_s", 0) >= 1]
        if waits:
            lines.append("")
            lines.append("Before a run the harness waits (at most 90 s) until the qcluster has rendered the PDFs the "
                         "run before queued: " + ", ".join(waits) + ".")
        lines.append("")

    # Per page under load.
    if products:
        names = _ordered({name for run in products for name in run["pages"]})
        lines += [f"Per page under load (all product runs together; {s['users']} users):", "",
                  "| page | requests | errors | median | p95 | p99 |", "|---|---|---|---|---|---|"]
        for name in names:
            pages = [run["pages"][name] for run in products if name in run["pages"]]
            requests = sum(p["requests"] for p in pages)
            lines.append(f"| {LABELS.get(name, name)} | {requests:,} | {sum(p['failures'] for p in pages)} | "
                         f"{ms(_weighted(pages, 'median_ms'))} | {ms(max(p['p95_ms'] for p in pages))} | "
                         f"{ms(max(p['p99_ms'] for p in pages))} |")
        lines += ["", "(median: weighted mean of the runs' medians; p95/p99: the worst run's.)", ""]

    # Memory.
    mem = r["memory"]
    lines += ["### Memory (MB)", "", "| process | RSS after floor-only traffic | RSS after the load | "
              "PSS after the load |", "|---|---|---|---|"]
    master_before, master = mem["after_floor_only"]["master"], mem["after_load"]["master"]
    lines.append(f"| gunicorn master | {master_before.get('rss_mb', '–')} | {master.get('rss_mb', '–')} | "
                 f"{master.get('pss_mb', '–')} |")
    for i, worker in enumerate(mem["after_load"]["workers"]):
        before = mem["after_floor_only"]["workers"][i] if i < len(mem["after_floor_only"]["workers"]) else {}
        lines.append(f"| worker {i + 1} | {before.get('rss_mb', '–')} | {worker.get('rss_mb', '–')} | "
                     f"{worker.get('pss_mb', '–')} |")
    for i, q in enumerate(mem["qclusters"]):
        kids = q.get("children", [])
        lines.append(f"| qcluster {i + 1} (+ {len(kids)} processes) | – | {q.get('rss_mb', '–')} + "
                     f"{sum(k.get('rss_mb', 0) for k in kids):.0f} | – |")
    lines += ["", f"Gunicorn log: {r['worker_timeouts']} worker timeouts, {r['worker_errors']} error lines.", ""]
    return "\n".join(lines)


def ms_mb(value):
    return "–" if value is None else f"{value:.0f} MB"


def _worker_mb(memory, key):
    values = [w[key] for w in memory["workers"] if key in w]
    return sum(values) / len(values) if values else None


def _weighted(pages, key):
    total = sum(p["requests"] for p in pages)
    return sum(p[key] * p["requests"] for p in pages) / total if total else None


def _range(values, unit=None):
    if not values:
        return "–"
    low, high = min(values), max(values)
    if unit:
        return f"{low:.1f}–{high:.1f}{unit}"
    return f"{ms(low)}–{ms(high)}"


def render(results):
    lines = [
        "# Load benchmark: the site under production settings, over HTTP",
        "",
        "Written by `make bench-load` (bench/load/run.py; bench/README.md says how it works). Benchmarks report; "
        "they do not assert. Figures come from one run per size on a shared machine: the ratios to the floor, taken "
        "in the same run, are what count.",
        "",
        "The **floor** is a bare Django view (bench/load/urls.py) served by the same gunicorn, with the same "
        "middleware and production settings, that reads the session and the user (as every logged-in page does) and "
        "answers a short text (it never looks for a kept page: `not_kept`). Locust runs on the same machine and shares "
        "its cores. Every person's browser sends its session and CSRF cookies, as a real one does after its first "
        "page. The product runs ask for the same few addresses again and again and write nothing, so after its "
        "first visit each page is served from what is kept; the product-made run shows the other end, every page "
        "made by its view.",
        "",
    ]
    if results:
        m = results[-1]["machine"]
        lines += [
            "## Machine",
            "",
            f"{m['cpus']} CPUs ({m['cpu_model']}), {m['memory_gb']} GB memory, Linux {m['kernel']}; Python "
            f"{m['python']}, {m['postgresql']}, Redis: {m['redis']}; "
            + ", ".join(f"{name} {version}" for name, version in m["packages"].items())
            + f". Load average (1, 5, 15 min) at the start of the {results[-1]['settings']['participants']:,} run: "
            + ", ".join(f"{x:.2f}" for x in m["load_average_at_start"])
            + ("; after its load runs: " + ", ".join(f"{x:.2f}" for x in m["load_average_after_load"])
               if m.get("load_average_after_load") else "") + ".",
            "",
        ]
    if len(results) > 1:
        sizes = [r["settings"]["participants"] for r in results]
        names = _ordered({n for r in results for n in r["one_user"]["pages"]} | {"floor"})
        lines += ["## How cost grows with the organisation", "", "One user, median (queries on a repeated request):",
                  "", "| page | " + " | ".join(f"{size:,} participants" for size in sizes) + " |",
                  "|---|" + "---|" * len(sizes)]
        for name in names:
            cells = []
            for r in results:
                times = r["one_user"]["floor"] if name == "floor" else r["one_user"]["pages"].get(name)
                q = r["queries"].get(name, {})
                cells.append(f"{ms(statistics.median(times)) if times else '–'} ({q.get('repeat', '–')} q)")
            lines.append(f"| {LABELS.get(name, name)} | " + " | ".join(cells) + " |")
        lines.append("")
    for r in results:
        lines.append(size_section(r))
    return "\n".join(lines).rstrip() + "\n"


if __name__ == "__main__":
    out = Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "bench" / "RESULTS.md"
    out.write_text(render(load_all(ROOT / "bench" / "load" / "results")))
    print(f"wrote {out}")
