"""`make run` keeps every action under load: parallel posts of several kinds, served from the live server's threads
while a real django-q2 cluster works on the same SQLite file in another process (issue #15, found 7).

Before the SQLite options in vknz_site/settings/base.py (IMMEDIATE transactions, a busy timeout, WAL), such posts met
"database is locked" at random: a 500, and the user's action was gone.
"""

import uuid
from concurrent.futures import ThreadPoolExecutor

import pytest
import requests
from django.conf import settings
from django.db import connection
from django.test import Client
from django.urls import reverse
from django.utils import timezone
from django_q.conf import Conf
from django_q.models import OrmQ
from django_q.tasks import async_task

from buddy.models import BuddyPair, PairStatus
from lms.cycles import services as cycles
from lms.goals import services as goals
from lms.goals.choices import Kind
from lms.goals.models import Goal, GoalComment, GoalEvaluation
from lms.goals.services import Formulation
from lms.people.roles import Role
from lms.people.services import grant_share
from tests.factories import make_user
from tests.support.cluster import start_cluster, stop_cluster, wait_for

# Transactional: the live server's threads and the cluster's processes must see committed rows.
pytestmark = pytest.mark.django_db(transaction=True)

EACH_KIND = 10
PARALLEL = 10  # posts in flight at once, from as many threads
CSRF = "k" * 32  # a CSRF secret of our choosing, sent as cookie and as form field, as a browser would
TASKS_DURING_POSTS = 40


@pytest.fixture
def sqlite_file():
    if connection.vendor != "sqlite":
        pytest.skip("Only SQLite has one lock for the whole file; PostgreSQL keeps row locks, nothing to test here.")
    return connection.settings_dict["NAME"]


@pytest.fixture
def cluster(sqlite_file, monkeypatch):
    """A real django-q2 cluster on the test database, in its own process group; tasks are queued for it."""
    monkeypatch.setattr(Conf, "SYNC", False)
    process = start_cluster({
        "DJANGO_SETTINGS_MODULE": "vknz_site.settings.test", "DATABASE_URL": f"sqlite:///{sqlite_file}",
        "VKNZ_Q_SYNC": "0", "VKNZ_TEST_EMAIL_BACKEND": "django.core.mail.backends.dummy.EmailBackend"})
    async_task("math.sqrt", 4)
    try:
        assert wait_for(lambda: not OrmQ.objects.exists(), seconds=40), "the cluster did not start taking tasks"
        yield process
    finally:
        stop_cluster(process)


def formulation(title):
    return Formulation(title=title, description="", why="", success_criteria="", cadence_weeks=6, dimensions=[])


def seed_framework():
    """Cycles need the framework; a transactional test before this one may have flushed its seed."""
    from django.apps import apps

    from lms.framework.models import Framework
    from lms.framework.seed import SEED

    if Framework.current() is None:
        SEED.seed(apps, None)


def session_cookie(user):
    """The session cookie of a browser in which `user` logged in."""
    client = Client()
    client.force_login(user)
    return client.cookies[settings.SESSION_COOKIE_NAME].value


def test_parallel_posts_of_every_kind_with_the_worker_running_are_all_kept(live_server, cluster, org):
    seed_framework()
    owner, reviewer = org.owner, org.teamcoach
    evaluated = [goals.create_goal(owner, Kind.LEARNING, formulation(f"Evalueren {i}")) for i in range(EACH_KIND)]
    commented = [goals.create_goal(owner, Kind.LEARNING, formulation(f"Reageren {i}")) for i in range(EACH_KIND)]
    for goal in commented:
        grant_share(owner, goal, reviewer)
    doomed = [goals.create_goal(owner, Kind.LEARNING, formulation(f"Weg {i}")) for i in range(EACH_KIND)]
    cycle_list = [cycles.start_cycle(owner, client_code=f"C-{i}", medium="spreekkamer", learning_question="Ruimte?")
                  for i in range(EACH_KIND)]
    pairs = [BuddyPair.objects.create(newcomer=make_user(f"nieuw{i}", Role.PARTICIPANT),
                                      buddy=make_user(f"maatje{i}", Role.PARTICIPANT, Role.BUDDY),
                                      status=PairStatus.SENT) for i in range(EACH_KIND // 2)]

    today = timezone.localdate().isoformat()
    kinds = [
        [(owner, reverse("lms:goals:evaluate", args=[g.pk]), {
            "progress": "3", "tried": "Geprobeerd.", "happened": "", "evidence_link": "", "evaluated_on": today,
            "decision": "continue", "submission_key": str(uuid.uuid4())}) for g in evaluated],
        [(reviewer, reverse("lms:goals:comment", args=[g.pk]), {"body": f"Mooie stap {g.pk}."}) for g in commented],
        [(owner, reverse("lms:goals:delete", args=[g.pk]), {}) for g in doomed],
        [(owner, reverse("lms:cycles:consent", args=[c.pk]), {
            "signed_on": today, "analysts_may_view": "on", "interview_allowed": "on", "retention_months": "6"})
         for c in cycle_list],
        [(person, reverse("lms:buddy:respond", args=[p.pk]), {"answer": "ja"})
         for p in pairs for person in (p.newcomer, p.buddy)],
    ]
    posts = [post for round_ in zip(*kinds, strict=True) for post in round_]  # the kinds mixed, as users send them
    cookies = {user.pk: session_cookie(user) for user in {user for user, _, _ in posts}}

    def post(item):
        user, url, data = item
        response = requests.post(
            f"{live_server.url}{url}", data={**data, "csrfmiddlewaretoken": CSRF}, allow_redirects=False, timeout=60,
            cookies={settings.SESSION_COOKIE_NAME: cookies[user.pk], settings.CSRF_COOKIE_NAME: CSRF},
        )
        return url, response.status_code

    for _ in range(TASKS_DURING_POSTS):  # the worker writes its results while the posts come in
        async_task("math.sqrt", 9)
    with ThreadPoolExecutor(max_workers=PARALLEL) as pool:
        answers = list(pool.map(post, posts))

    assert [(url, status) for url, status in answers if status != 302] == []
    assert all(GoalEvaluation.objects.filter(goal=g).count() == 1 for g in evaluated)
    assert GoalComment.objects.filter(goal__in=commented, author=reviewer).count() == EACH_KIND
    assert not Goal.objects.filter(pk__in=[g.pk for g in doomed]).exists()
    assert all(type(c).objects.get(pk=c.pk).consent for c in cycle_list)
    assert list(BuddyPair.objects.filter(pk__in=[p.pk for p in pairs]).values_list("status", flat=True)) == [
        PairStatus.ACTIVE] * len(pairs)
    assert wait_for(lambda: not OrmQ.objects.exists()), "the worker lost its way through the queue"
