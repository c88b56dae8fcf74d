"""With REDIS_URL every worker shares one cache, and sessions read from it; without, each process keeps its own
cache and sessions stay in the database only (a logout must reach every worker)."""

import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
PROGRAM = ("import django, json; django.setup(); from django.conf import settings; "
           "print(json.dumps([settings.CACHES['default']['BACKEND'], settings.SESSION_ENGINE, "
           "settings.Q_CLUSTER.get('redis')]))")


def configured(**env):
    environment = {key: value for key, value in os.environ.items() if key != "REDIS_URL"}
    environment.update(DJANGO_SETTINGS_MODULE="vknz_site.settings.dev", **env)
    result = subprocess.run([sys.executable, "-c", PROGRAM],  # noqa: S603 (our own fixed program)
                            cwd=ROOT, env=environment, capture_output=True, text=True, timeout=60, check=False)
    assert result.returncode == 0, result.stderr[-2000:]
    return json.loads(result.stdout.strip().splitlines()[-1])


def test_with_redis_the_cache_and_the_sessions_are_shared():
    backend, sessions, broker = configured(REDIS_URL="redis://127.0.0.1:6399/0")
    assert backend == "django.core.cache.backends.redis.RedisCache"
    assert sessions == "django.contrib.sessions.backends.cached_db"
    assert broker == "redis://127.0.0.1:6399/0"


def test_without_redis_each_process_keeps_its_own_cache_and_sessions_stay_in_the_database():
    backend, sessions, broker = configured()
    assert backend == "django.core.cache.backends.locmem.LocMemCache"
    assert sessions == "django.contrib.sessions.backends.db"
    assert broker is None
