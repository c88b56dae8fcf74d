"""A real django-q2 cluster in its own process sends a notice's mail once, even when the task is queued twice."""

import time
from pathlib import Path

import pytest
from django.db import connection
from django_q.conf import Conf
from django_q.models import OrmQ

from lms.notifications.models import Notice
from lms.notifications.services import notify, queue_email
from tests.support.cluster import log_tail, start_cluster, stop_cluster, wait_for

# Transactional: on_commit callbacks and another process must see committed rows. Such tests end with a flush,
# so they (and their fixtures) never rely on rows that migrations created.
pytestmark = pytest.mark.django_db(transaction=True)


def database_url():
    db = connection.settings_dict
    if db["ENGINE"].endswith("sqlite3"):
        return f"sqlite:///{db['NAME']}"
    return f"postgres://{db['USER']}:{db['PASSWORD']}@{db['HOST'] or '127.0.0.1'}:{db['PORT'] or 5432}/{db['NAME']}"


@pytest.fixture
def cluster(tmp_path):
    mail_dir = tmp_path / "mail"
    mail_dir.mkdir()
    env = {
        "DJANGO_SETTINGS_MODULE": "vknz_site.settings.test",
        "DATABASE_URL": database_url(),
        "VKNZ_Q_SYNC": "0",
        "VKNZ_TEST_EMAIL_BACKEND": "django.core.mail.backends.filebased.EmailBackend",
        "VKNZ_TEST_EMAIL_DIR": str(mail_dir),
    }

    started = []
    log_path = tmp_path / "qcluster.log"
    yield mail_dir, lambda: started.append(start_cluster(env, log_path))
    for process in started:
        stop_cluster(process)
    # Shown with the test's output when it failed: what the worker did (or why it did nothing).
    print(f"--- qcluster log ---\n{log_tail(log_path)}")


@pytest.mark.usefixtures("org")
def test_a_real_worker_sends_one_mail_for_a_notice_queued_twice(monkeypatch, cluster, org):
    monkeypatch.setattr(Conf, "SYNC", False)  # queue for the real cluster instead of running inline
    mail_dir, start = cluster
    notice = notify(org.owner, "cluster:1", "Tijd voor je evaluatie")
    queue_email(notice.pk)  # a duplicate, as a retry or a second scheduler would make
    assert OrmQ.objects.count() == 2
    start()
    assert wait_for(lambda: OrmQ.objects.count() == 0), "the cluster did not take the queued tasks"
    assert wait_for(lambda: Notice.objects.get(pk=notice.pk).emailed_at is not None)
    time.sleep(1)  # let a wrongly duplicated send land before counting
    mails = [p.read_text() for p in Path(mail_dir).iterdir()]
    assert len(mails) == 1
    assert "Tijd voor je evaluatie" in mails[0]
