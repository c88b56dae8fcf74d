"""Scale-out: two django-q2 clusters (two worker machines) on one Redis and one PostgreSQL run the daily jobs at the
same time, and every person hears of every due goal and every due Samenleerwijzer-gesprek exactly once.

The daily schedules fall due while both clusters run; besides, each job is queued twice more before they start, as
a retry or a clock-skewed third machine would. Both clusters take tasks from the same Redis queue at once. What
keeps it to one: django-q2's scheduler locks a due schedule row (select_for_update) so one cluster turns it into a
task, the notice key is unique, and an e-mail is claimed in one UPDATE before it is sent.

Needs PostgreSQL (SQLite has no row locks; the product runs several machines only on PostgreSQL) and
redis-server; CI installs and requires both (VKNZ_REQUIRE_REDIS=1).
"""

import datetime
import os
import shutil
import socket
import subprocess
import sys
import time
from pathlib import Path

import pytest
from dateutil.relativedelta import relativedelta
from django.conf import settings
from django.db import connection
from django.utils import timezone
from django_q.models import Schedule, Task

from lms.cycles.services import samenleerwijzer
from lms.goals import services as goal_services
from lms.goals.choices import Kind
from lms.goals.models import Goal
from lms.goals.services import Formulation
from lms.notifications.models import Notice
from lms.people.roles import Role
from tests.factories import make_user
from tests.lms.notifications.test_real_cluster import database_url
from tests.support.cluster import log_tail, start_cluster, stop_cluster, wait_for

pytestmark = pytest.mark.django_db(transaction=True)

GOALS = "Ontwikkeldoelen: herinneringen voor evaluaties"
TALKS = "Samenleerwijzer: herinneringen voor het volgende gesprek"
PEOPLE = 6


def free_port():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@pytest.fixture
def redis_url(tmp_path):
    if connection.vendor != "postgresql":
        pytest.skip("several worker machines share a PostgreSQL database (the CI's second run)")
    server = shutil.which("redis-server")
    if server is None:
        if os.environ.get("VKNZ_REQUIRE_REDIS") == "1":
            pytest.fail("redis-server is missing (Debian's package redis-server); CI installs it")
        pytest.skip("redis-server is not installed")
    port = free_port()
    process = subprocess.Popen(  # noqa: S603 - Debian's redis-server, on loopback, nothing kept on disk
        [server, "--port", str(port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no",
         "--dir", str(tmp_path)], stdout=subprocess.DEVNULL, stderr=subprocess.STDOUT)
    try:
        assert wait_for(lambda: _listening(port), seconds=20), "redis-server did not start"
        yield f"redis://127.0.0.1:{port}/0"
    finally:
        process.terminate()
        process.wait(timeout=10)


def _listening(port):
    try:
        socket.create_connection(("127.0.0.1", port), timeout=0.5).close()
        return True
    except OSError:
        return False


def messages(mail_dir):
    """Every e-mail written, one string each. Django's file backend names a file after the second and its own id, so
    two worker processes may append to the same file; each message there ends with a line of 79 dashes."""
    found = []
    for path in Path(mail_dir).iterdir():
        found += [part for part in path.read_text(errors="replace").split("-" * 79) if "Subject:" in part]
    return found


def due_people():
    """PEOPLE klantmanagers, each with a goal overdue for evaluation and a Samenleerwijzer-gesprek due."""
    today = timezone.localdate()
    people = []
    for number in range(PEOPLE):
        person = make_user(f"km{number}", Role.PARTICIPANT)
        goal = goal_services.create_goal(person, Kind.LEARNING, Formulation(title=f"Doel {number}", dimensions=[]))
        Goal.objects.filter(pk=goal.pk).update(next_evaluation_on=today - datetime.timedelta(days=1))
        samenleerwijzer.create_talk(person, client_code=f"C-{number}", held_on=today - relativedelta(months=3, days=5),
                                   notes={}, takeaway="Eerst vragen wat de cliënt zelf wil.")
        people.append(person)
    return people


def queue_twice(env):
    """Each daily job queued twice on Redis, from a process of its own (this test process uses no broker)."""
    code = ("from django_q.tasks import async_task\n"
            "for _ in range(2):\n"
            "    async_task('lms.goals.tasks.send_due_reminders')\n"
            "    async_task('lms.cycles.tasks.send_samenleerwijzer_reminders')\n")
    subprocess.run([sys.executable, "manage.py", "shell", "-c", code], cwd=settings.BASE_DIR,  # noqa: S603
                   env={**os.environ, **env}, check=True, capture_output=True, timeout=120)


def test_two_clusters_running_the_daily_jobs_at_once_send_every_notice_exactly_once(redis_url, tmp_path):
    people = due_people()
    Notice.objects.all().delete()  # whatever setting up told them; from here only the reminders count
    mail_dir = tmp_path / "mail"
    mail_dir.mkdir()
    env = {"DJANGO_SETTINGS_MODULE": "vknz_site.settings.test", "DATABASE_URL": database_url(),
           "REDIS_URL": redis_url, "VKNZ_Q_SYNC": "0", "Q_WORKERS": "2",
           "VKNZ_TEST_EMAIL_BACKEND": "django.core.mail.backends.filebased.EmailBackend",
           "VKNZ_TEST_EMAIL_DIR": str(mail_dir)}
    # Both daily schedules fall due now; every other schedule waits, so only these two run.
    past = timezone.now() - datetime.timedelta(minutes=1)
    Schedule.objects.exclude(name__in=[GOALS, TALKS]).update(next_run=timezone.now() + datetime.timedelta(days=1))
    assert Schedule.objects.filter(name__in=[GOALS, TALKS]).update(next_run=past) == 2
    queue_twice(env)

    logs = [tmp_path / "cluster-a.log", tmp_path / "cluster-b.log"]
    clusters = [start_cluster(env, log) for log in logs]
    try:
        # The schedulers look every 30 seconds: both schedules move on to tomorrow, each made into one task.
        moved = wait_for(lambda: not Schedule.objects.filter(name__in=[GOALS, TALKS], next_run__lte=timezone.now())
                         .exists(), seconds=150)
        assert moved, "\n".join(log_tail(log) for log in logs)
        expected = 2 * PEOPLE
        assert wait_for(lambda: Notice.objects.filter(emailed_at__isnull=False).count() >= expected, seconds=90), \
            "\n".join(log_tail(log) for log in logs)
        # Six runs of each job in all (two queued, one scheduled, per job): all finished before counting.
        assert wait_for(lambda: Task.objects.filter(func__in=["lms.goals.tasks.send_due_reminders",
                                                             "lms.cycles.tasks.send_samenleerwijzer_reminders"])
                        .count() >= 6, seconds=90), "\n".join(log_tail(log) for log in logs)
        # An e-mail is claimed (emailed_at) just before it is written: wait for the files themselves.
        assert wait_for(lambda: len(messages(mail_dir)) >= expected, seconds=60), \
            "\n".join(log_tail(log) for log in logs)
        time.sleep(2)  # let a wrongly doubled e-mail land before counting
    finally:
        for cluster in clusters:
            stop_cluster(cluster)

    assert Task.objects.filter(group=GOALS).count() == 1 and Task.objects.filter(group=TALKS).count() == 1
    for person in people:
        keys = sorted(Notice.objects.filter(recipient=person).values_list("key", flat=True))
        assert len(keys) == 2 and keys[0].startswith("goal-due:") and keys[1].startswith("samenleerwijzer-due:")
    mails = messages(mail_dir)
    assert len(mails) == 2 * PEOPLE  # one e-mail per notice, none twice
    for person in people:
        assert sum(f"To: {person.email}" in mail for mail in mails) == 2
