"""A real django-q2 cluster for the tests that need one: started as `manage.py qcluster` in its own process group
on the test database, stopped the way Ctrl-C stops it (and killed when it does not stop in time)."""

import os
import signal
import subprocess
import sys
import time

from django.conf import settings


def start_cluster(env, log_path=None):
    """The cluster writes its log to `log_path` (when given), so that a test that waited in vain can show why."""
    log = open(log_path, "ab") if log_path else subprocess.DEVNULL  # noqa: SIM115 - closed with the process
    process = subprocess.Popen(  # noqa: S603 - our own manage.py
        [sys.executable, "manage.py", "qcluster"], cwd=settings.BASE_DIR, env={**os.environ, **env},
        stdout=log, stderr=subprocess.STDOUT, start_new_session=True,
    )
    if log_path:
        log.close()  # the child holds its own copy
    return process


def log_tail(log_path, lines=40):
    try:
        return "\n".join(open(log_path, encoding="utf-8", errors="replace").read().splitlines()[-lines:])
    except OSError:
        return "(geen log)"


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
