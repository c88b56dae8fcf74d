"""`make run`'s server: Django's runserver and a django-q2 cluster side by side, stopped together on Ctrl-C.

Both run in sessions of their own, so the terminal's Ctrl-C reaches only this process. It then asks each to stop
(SIGTERM to the cluster's sentinel, which stops its own workers; to runserver's process group) and waits, so no
worker is cut off mid-task (the segmentation fault and tracebacks of a terminal-wide SIGINT) and none stays behind.

    python -m vknz_site.devserver [PORT]
"""

import contextlib
import os
import signal
import subprocess
import sys
import time

GRACE_SECONDS = 15


def start(*args):
    return subprocess.Popen([sys.executable, "manage.py", *args], start_new_session=True)  # noqa: S603


def stop(process, sig, group):
    if process.poll() is not None:
        return
    try:
        if group:
            os.killpg(process.pid, sig)
        else:
            process.send_signal(sig)
    except ProcessLookupError:
        pass


def main(port: str) -> int:
    stopping = []
    signal.signal(signal.SIGINT, lambda *_: stopping.append(True))
    signal.signal(signal.SIGTERM, lambda *_: stopping.append(True))
    cluster = start("qcluster")
    server = start("runserver", f"127.0.0.1:{port}")
    while not stopping and cluster.poll() is None and server.poll() is None:
        time.sleep(0.2)
    print("\nStoppen…", flush=True)
    stop(server, signal.SIGTERM, group=True)
    stop(cluster, signal.SIGTERM, group=False)
    deadline = time.monotonic() + GRACE_SECONDS
    for process in (server, cluster):
        try:
            process.wait(timeout=max(0.1, deadline - time.monotonic()))
        except subprocess.TimeoutExpired:
            stop(process, signal.SIGKILL, group=True)
            process.wait()
    # The cluster's workers share its process group: anything left there after the sentinel is gone goes too.
    with contextlib.suppress(ProcessLookupError):
        os.killpg(cluster.pid, signal.SIGKILL)
    print("Gestopt.", flush=True)
    return 0 if stopping else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1] if len(sys.argv) > 1 else os.environ.get("PORT", "8000")))
