"""Throw-away services for the load harness: PostgreSQL 15 and Redis in a temporary directory, on free loopback ports.

Nothing here touches the machine's own PostgreSQL cluster or Redis: each service gets its own data directory under
the run's temporary directory, listens on 127.0.0.1 only, on a port the kernel just handed out, and is stopped (and
its directory removed by the caller) when the run ends, also after an error or Ctrl-C.
"""

import contextlib
import os
import pwd
import shutil
import signal
import socket
import subprocess
import time
from pathlib import Path

PG_BIN = Path(os.environ.get("BENCH_PG_BIN", "/usr/lib/postgresql/15/bin"))


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def wait_for_port(port: int, timeout: float, process: subprocess.Popen | None = None) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process is not None and process.poll() is not None:
            raise RuntimeError(f"process {process.args[0]} ended with {process.returncode} before it listened")
        with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
            sock.settimeout(0.5)
            if sock.connect_ex(("127.0.0.1", port)) == 0:
                return
        time.sleep(0.2)
    raise TimeoutError(f"nothing listens on 127.0.0.1:{port} after {timeout:.0f}s")


def stop_process(process: subprocess.Popen | None, timeout: float = 15) -> None:
    """SIGTERM, then SIGKILL after `timeout`: this process only (each is started in a group of its own)."""
    if process is None or process.poll() is not None:
        return
    try:
        os.killpg(process.pid, signal.SIGTERM)
    except ProcessLookupError:
        return
    try:
        process.wait(timeout=timeout)
    except subprocess.TimeoutExpired:
        os.killpg(process.pid, signal.SIGKILL)
        process.wait(timeout=5)


class Postgres:
    """A PostgreSQL cluster of its own (initdb) in `root`; as the postgres system user when we run as root."""

    def __init__(self, root: Path, log):
        self.root = root
        self.data = root / "pgdata"
        self.log = log
        self.port = None
        self.started = False
        self.as_user = None
        if os.geteuid() == 0:  # PostgreSQL refuses to run as root
            self.as_user = os.environ.get("BENCH_PG_USER", "postgres")
            pwd.getpwnam(self.as_user)

    def _run(self, *args, timeout=120):
        command = [str(a) for a in args]
        if self.as_user:
            command = ["runuser", "-u", self.as_user, "--", *command]
        subprocess.run(command, check=True, timeout=timeout, stdout=subprocess.DEVNULL,
                       stderr=open(self.root / "pg-tools.log", "ab"))  # noqa: SIM115

    def start(self) -> str:
        if not (PG_BIN / "initdb").exists():
            raise RuntimeError(f"PostgreSQL 15 not found in {PG_BIN} (apt-get install postgresql-15)")
        if self.as_user:
            user = pwd.getpwnam(self.as_user)
            os.chown(self.root, user.pw_uid, user.pw_gid)
        self.port = free_port()
        self.log(f"PostgreSQL: initdb in {self.data}, port {self.port}")
        self._run(PG_BIN / "initdb", "-D", self.data, "-U", "bench", "--auth=trust", "-E", "UTF8",
                  "--locale=C.UTF-8", "--no-sync")
        # Loopback only, its own socket directory; settings of a small production server, not a durable one
        # (fsync off: the data is thrown away anyway, and the bench measures the web stack, not the disk).
        with open(self.data / "postgresql.conf", "a") as conf:
            conf.write(f"\nlisten_addresses = '127.0.0.1'\nport = {self.port}\n"
                       f"unix_socket_directories = '{self.root}'\n"
                       "fsync = off\nsynchronous_commit = off\nfull_page_writes = off\nshared_buffers = 256MB\n"
                       "max_connections = 100\nwork_mem = 16MB\nmaintenance_work_mem = 256MB\n")
        self._run(PG_BIN / "pg_ctl", "-D", self.data, "-l", self.root / "postgresql.log", "-w", "-t", "60", "start")
        self.started = True
        wait_for_port(self.port, 30)
        self._run(PG_BIN / "createdb", "-h", "127.0.0.1", "-p", self.port, "-U", "bench", "vknz_load")
        return f"postgres://bench@127.0.0.1:{self.port}/vknz_load"

    def postmaster_pid(self) -> int:
        return int((self.data / "postmaster.pid").read_text().split()[0])

    def version(self) -> str:
        out = subprocess.run([str(PG_BIN / "postgres"), "--version"], capture_output=True, text=True, timeout=10)
        return out.stdout.strip()

    def stop(self):
        if not self.started:
            return
        try:
            self._run(PG_BIN / "pg_ctl", "-D", self.data, "-m", "fast", "-w", "-t", "30", "stop", timeout=60)
        except (subprocess.SubprocessError, OSError) as error:
            self.log(f"PostgreSQL did not stop cleanly ({error}); killing the postmaster")
            pid_file = self.data / "postmaster.pid"
            if pid_file.exists():
                with contextlib.suppress(ProcessLookupError, ValueError):
                    os.kill(int(pid_file.read_text().split()[0]), signal.SIGKILL)
        self.started = False


class Redis:
    """redis-server on a free port with no persistence, when it is installed; None from start() when not."""

    def __init__(self, root: Path, log):
        self.root = root
        self.log = log
        self.process = None
        self.binary = shutil.which("redis-server")

    def start(self) -> str | None:
        if self.binary is None:
            self.log("Redis: redis-server not installed; running without it")
            return None
        port = free_port()
        self.log(f"Redis: port {port}")
        self.process = subprocess.Popen(
            [self.binary, "--bind", "127.0.0.1", "--port", str(port), "--save", "", "--appendonly", "no",
             "--dir", str(self.root), "--protected-mode", "yes", "--maxmemory", "512mb"],
            stdout=open(self.root / "redis.log", "ab"), stderr=subprocess.STDOUT,  # noqa: SIM115
            start_new_session=True,
        )
        wait_for_port(port, 15, self.process)
        return f"redis://127.0.0.1:{port}/0"

    def version(self) -> str:
        if self.binary is None:
            return "not installed"
        out = subprocess.run([self.binary, "--version"], capture_output=True, text=True, timeout=10)
        return out.stdout.strip().split(" sha=")[0]

    def stop(self):
        stop_process(self.process)
        self.process = None
