"""The load harness's arithmetic and report (bench/load), on made-up figures: no server, no network, no database."""

from bench.load import report
from bench.load.run import percentile, summarise_load


def _result(size, page_ms, floor_ms):
    load = summarise_load({"mix": "product", "seconds": 10.0, "failures": {"doel": 1},
                           "times_ms": {"doel": [page_ms] * 99 + [page_ms * 10], "mt_dashboard": [page_ms * 4]}},
                          "product-1")
    floor = summarise_load({"mix": "floor", "seconds": 10.0, "failures": {},
                            "times_ms": {"floor": [floor_ms] * 1000}}, "floor-1")
    made = summarise_load({"mix": "product-made", "seconds": 10.0, "failures": {},
                           "times_ms": {"doel": [page_ms * 2] * 50}}, "product-made")
    memory = {"master": {"rss_mb": 30.0}, "workers": [{"rss_mb": 120.0, "pss_mb": 100.0}]}
    return {
        "command": f"make bench-load SIZE={size}", "finished": "2026-11-30 23:00 UTC", "minutes": 5.0,
        "settings": {"participants": size, "users": 50, "mt_users": 2, "workers": 2, "threads": 2,
                     "one_user_rounds": 3, "pdf_rounds": 1, "load_seconds": 10, "floor_seconds": 10, "rounds": 1,
                     "qcluster": 1},
        "redis": False,
        "machine": {"cpus": 2, "cpu_model": "test", "memory_gb": 1.0, "kernel": "6", "python": "3.11",
                    "postgresql": "postgres (PostgreSQL) 15", "redis": "not used", "packages": {"Django": "5.2"},
                    "load_average_at_start": (0.0, 0.0, 0.0), "commit": "abc"},
        "plan": {"counts": {"users": size, "participants": size, "teams": size // 40, "goals": 10 * size,
                            "evaluations": 50 * size, "probe_goals": 10, "probe_evaluations": 50},
                 "timings": {"generate_s": 1, "analyze_s": 1, "migrate_s": 1, "demo_s": 1}, "statuses": {},
                 "session_engine": "db", "cache_backends": {"default": "locmem"}},
        "probe": {"participant": "bench1", "mt": "mt"},
        "queries": {"doel": {"first": 18, "made": 14, "repeat": 12}, "floor": {"first": 2, "repeat": 2}},
        "one_user": {"pages": {"doel": [page_ms] * 3, "mt_dashboard": [page_ms * 4] * 3}, "floor": [floor_ms] * 6,
                     "made": {"doel": [page_ms * 2] * 3, "mt_dashboard": [page_ms * 4] * 3},
                     "statuses": {"doel": [200], "mt_dashboard": [200], "floor": [200]}},
        "loads": [load, floor, made],
        "memory": {"after_floor_only": memory, "after_load": memory, "qclusters": []},
        "worker_timeouts": 0, "worker_errors": 0,
    }


def test_percentiles_are_nearest_rank_of_the_raw_times():
    values = list(range(1, 101))
    assert percentile(values, 0.5) == 50
    assert percentile(values, 0.95) == 95
    assert percentile(values, 0.99) == 99
    assert percentile([], 0.95) is None


def test_a_load_run_is_summarised_per_page_and_in_all():
    run = summarise_load({"mix": "product", "seconds": 4.0, "failures": {"doel": 2},
                          "times_ms": {"doel": [10.0] * 6, "floor": [1.0, 3.0]}}, "x")
    assert (run["requests"], run["failures"], run["rps"]) == (8, 2, 2.0)
    assert run["pages"]["doel"]["failures"] == 2
    assert run["pages"]["floor"]["median_ms"] == 2.0


def test_the_report_gives_ratios_to_the_floor_and_compares_sizes():
    text = report.render([_result(2000, 30.0, 3.0), _result(20000, 60.0, 3.0)])
    assert "## How cost grows with the organisation" in text
    assert "| a goal | 30.0 ms (12 q) | 60.0 ms (12 q) |" in text
    assert "| a goal | 60.0 ms | 60.0 ms | 20.0× | 120 ms | 120 ms | 40.0× | 18 / 14 / 12 | 200 |" in text
    assert "| the same main pages made afresh (a new address each time) | 120 ms–120 ms | 3.0 ms | 40.0–40.0× |" in text
    assert "every page made afresh: throughput; p95 / p99 | 5.0 req/s" in text
    assert "1 of 101" in text  # the errors of the product runs
    assert "Redis" in text and "not installed or switched off" in text
