"""Measure the goal pages and the reminder job at scale. Prints figures; asserts nothing."""

import argparse
import os
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "vknz_site.settings.dev")
os.environ.setdefault("DATABASE_URL", f"sqlite:///{Path(__file__).resolve().parent.parent / 'var' / 'bench.sqlite3'}")
os.environ.setdefault("DJANGO_ALLOWED_HOSTS", "testserver")


def measure(client, url, runs=30):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    times = []
    for _ in range(runs):
        with CaptureQueriesContext(connection) as queries:
            start = time.perf_counter()
            response = client.get(url)
            times.append((time.perf_counter() - start) * 1000)
        assert response.status_code == 200, (url, response.status_code)
    times.sort()
    return statistics.median(times), times[int(len(times) * 0.95) - 1], len(queries.captured_queries)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--participants", type=int, default=2000)
    parser.add_argument("--goals", type=int, default=10)
    parser.add_argument("--evaluations", type=int, default=5)
    args = parser.parse_args()

    import django

    django.setup()
    from django.conf import settings
    from django.core.management import call_command
    from django.test import Client

    if settings.DATABASES["default"]["ENGINE"].endswith("sqlite3"):
        Path(settings.DATABASES["default"]["NAME"]).unlink(missing_ok=True)
    else:
        call_command("flush", interactive=False, verbosity=0)
    call_command("migrate", verbosity=0)
    from bench.generate import generate
    from lms.goals.models import Goal, GoalEvaluation
    from lms.goals.tasks import send_due_reminders
    from lms.people.models import Share

    start = time.perf_counter()
    users = generate(args.participants, args.goals, args.evaluations)
    print(f"generated {len(users)} participants, {Goal.objects.count()} goals, "
          f"{GoalEvaluation.objects.count()} evaluations, {Share.objects.count()} shares "
          f"in {time.perf_counter() - start:.1f}s ({settings.DATABASES['default']['ENGINE'].rsplit('.', 1)[-1]})")

    client = Client()
    someone = users[len(users) // 2]
    client.force_login(someone)
    goal = Goal.objects.filter(owner=someone).first()
    coach = Share.objects.values_list("grantee", flat=True).first()
    for label, url in [("Mijn ontwikkelplan", "/ontwikkelplan/"), ("goal page", goal.get_absolute_url()),
                       ("dashboard", "/"), ("Gedeeld", "/gedeeld/")]:
        median, p95, queries = measure(client, url)
        print(f"{label:20s} median {median:6.1f} ms  p95 {p95:6.1f} ms  {queries} queries")
    client.force_login(users[0].__class__.objects.get(pk=coach))
    median, p95, queries = measure(client, "/ontwikkelplan/feedbackverzoeken/")
    print(f"{'feedback inbox':20s} median {median:6.1f} ms  p95 {p95:6.1f} ms  {queries} queries (a coach)")

    os.environ["VKNZ_BENCH"] = "1"
    settings.EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
    start = time.perf_counter()
    sent = send_due_reminders()
    first = time.perf_counter() - start
    start = time.perf_counter()
    again = send_due_reminders()
    second = time.perf_counter() - start
    print(f"reminder job: {sent} notices in {first:.1f}s; second run {again} notices in {second:.1f}s")


if __name__ == "__main__":
    main()
