"""`make run`'s server stops cleanly on Ctrl-C: exit code 0, no traceback or segmentation fault, and no runserver,
qcluster or cluster worker left behind. Runs the real thing (manage.py on a migrated SQLite file) in subprocesses."""

import os
import signal
import socket
import sqlite3
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest
from django.conf import settings

BASE_DIR = Path(settings.BASE_DIR)


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def descendants(pid):
    """Every process below `pid`, read from /proc (children of children too)."""
    parents = {}
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                stat = (entry / "stat").read_text()
            except OSError:
                continue
            parents[int(entry.name)] = int(stat.rsplit(")", 1)[1].split()[1])
    found, todo = set(), [pid]
    while todo:
        current = todo.pop()
        for child, parent in parents.items():
            if parent == current and child not in found:
                found.add(child)
                todo.append(child)
    return found


def alive(pid):
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return False
    return state != "Z"


def migrated_database(tmp_path):
    """The test run's own migrated database (migrating from scratch takes minutes): a copy for SQLite, the test
    database itself for PostgreSQL (the server only reads it and the cluster only polls its queue)."""
    from django.db import connection

    db = connection.settings_dict
    if db["ENGINE"].endswith("sqlite3"):
        # Through SQLite's own backup, never by copying the file: a process that opens and closes the database
        # file itself drops the POSIX locks SQLite holds on it, and the WAL's index can then be reset under the
        # test run's open connection. Other processes (a real django-q2 cluster) then no longer saw its writes,
        # nor it theirs, and new connections failed with "disk I/O error" (sqlite.org/howtocorrupt.html, 2.2).
        copy = tmp_path / "db.sqlite3"
        source, target = sqlite3.connect(db["NAME"]), sqlite3.connect(copy)
        try:
            source.backup(target)
        finally:
            source.close()
            target.close()
        return f"sqlite:///{copy}"
    return f"postgres://{db['USER']}:{db['PASSWORD']}@{db['HOST'] or 'localhost'}:{db['PORT'] or 5432}/{db['NAME']}"


@pytest.mark.skipif(not Path("/proc").exists(), reason="reads the process table from /proc")
def test_ctrl_c_stops_server_and_cluster_without_traceback_or_leftovers(tmp_path, db):
    port = free_port()
    env = {**os.environ, "DJANGO_SETTINGS_MODULE": "vknz_site.settings.dev", "PORT": str(port),
           "DATABASE_URL": migrated_database(tmp_path), "EMAIL_FILE_PATH": str(tmp_path / "mail"),
           "PYTHONUNBUFFERED": "1"}
    log = tmp_path / "out.log"
    with log.open("w") as out:
        # A session of its own, like a terminal's foreground job: Ctrl-C goes to the whole process group.
        server = subprocess.Popen([sys.executable, "-m", "vknz_site.devserver", str(port)], cwd=BASE_DIR,  # noqa: S603
                                  env=env, stdout=out, stderr=subprocess.STDOUT, start_new_session=True)
        try:
            deadline = time.monotonic() + 60
            while True:
                try:
                    with urllib.request.urlopen(f"http://127.0.0.1:{port}/robots.txt", timeout=2) as answer:  # noqa: S310
                        assert answer.status == 200
                    break
                except OSError:
                    assert time.monotonic() < deadline, log.read_text()
                    time.sleep(0.5)
            time.sleep(3)  # the cluster's workers are up by now
            below = descendants(server.pid)
            assert len(below) >= 3, "runserver, qcluster and its workers should be running"
            os.killpg(server.pid, signal.SIGINT)
            assert server.wait(timeout=40) == 0, log.read_text()
        finally:
            if server.poll() is None:
                os.killpg(server.pid, signal.SIGKILL)
    time.sleep(0.5)
    output = log.read_text()
    assert "Traceback" not in output and "Segmentation" not in output and "core dumped" not in output, output
    assert [pid for pid in below if alive(pid)] == [], output
