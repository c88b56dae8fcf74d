"""A real django-q2 cluster for the tests that need one: started as `manage.py qcluster` in its own process group
on the test database, stopped the way Ctrl-C stops it (and killed when it does not stop in time)."""

import os
import signal
import subprocess
import sys
import time

from django.conf import settings


def start_cluster(env):
    return subprocess.Popen(  # noqa: S603 - our own manage.py
        [sys.executable, "manage.py", "qcluster"], cwd=settings.BASE_DIR, env={**os.environ, **env},
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True,
    )


def stop_cluster(process):
    os.killpg(process.pid, signal.SIGINT)
    try:
        process.wait(timeout=20)
    except subprocess.TimeoutExpired:
        os.killpg(process.pid, signal.SIGKILL)
        process.wait()


def wait_for(condition, seconds=120, interval=0.2):
    """True as soon as `condition()` holds, False when `seconds` pass without it."""
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if condition():
            return True
        time.sleep(interval)
    return False
