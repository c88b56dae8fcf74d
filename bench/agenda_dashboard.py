"""Measure the MT dashboard of the leeragenda at scale on PostgreSQL. Prints figures; asserts nothing.

The issue's bar: the dashboard keeps its query count and stays under 300 ms server time with 20,000 participants.
Data lives in its own database (BENCH_DATABASE_URL, default …/vknz_bench, created when missing) and is kept
between runs: a second run reuses it when the number of participants and the agenda's period still match;
--rebuild starts over.

    .venv/bin/python bench/agenda_dashboard.py [--participants 20000] [--runs 30] [--rebuild] [--explain 3]

Timings are server time through the Django test client (middleware, view, template), median and p95 over --runs
requests after two warm-up requests, with DEBUG off so that no query is logged; the query count comes from one
separate request under CaptureQueriesContext.
"""

import argparse
import datetime
import logging
import os
import random
import statistics
import sys
import time
import uuid
from pathlib import Path
from urllib.parse import unquote, urlparse

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "vknz_site.settings.dev")
# Its own variable, never DATABASE_URL: the bench drops and refills its database, so it only touches one whose
# name starts with vknz_bench.
BENCH_DATABASE_URL = os.environ.get("BENCH_DATABASE_URL", "postgres://vknz:vknz@127.0.0.1:5432/vknz_bench")
if not urlparse(BENCH_DATABASE_URL).path.lstrip("/").startswith("vknz_bench"):
    sys.exit("BENCH_DATABASE_URL must name a database whose name starts with vknz_bench.")
os.environ["DATABASE_URL"] = BENCH_DATABASE_URL
os.environ.setdefault("DJANGO_ALLOWED_HOSTS", "testserver")

PREFIX = "bench-agenda-"
MT_USERNAME = "bench-agenda-mt"
AGENDA_SLUG = "bench-leeragenda"
PEOPLE_PER_TEAM = 40  # as a municipality's teams are: about 500 teams at 20,000 participants
SMALL_TEAMS = (4, 9)  # two teams under and just over the threshold, so suppression has work to do
BATCH = 5000


# --- the database ------------------------------------------------------------------------------------------------

def _server(url):
    parts = urlparse(url)
    if parts.scheme not in {"postgres", "postgresql", "pgsql"}:
        sys.exit(f"This benchmark needs PostgreSQL; DATABASE_URL is {parts.scheme}://…")
    return {"host": parts.hostname or "127.0.0.1", "port": parts.port or 5432,
            "user": unquote(parts.username or ""), "password": unquote(parts.password or "")}, parts.path.lstrip("/")


def prepare_database(url, drop=False):
    """Create the bench database when missing (as the URL's user, who has CREATEDB); drop it first when asked."""
    import psycopg
    from psycopg import sql

    server, name = _server(url)
    try:
        admin = psycopg.connect(dbname="postgres", autocommit=True, connect_timeout=5, **server)
    except psycopg.OperationalError as error:
        sys.exit(f"Cannot reach PostgreSQL ({error}).\nStart it with: pg_ctlcluster <version> main start "
                 "(see .ci/run; role vknz/vknz with CREATEDB).")
    with admin:
        exists = admin.execute("SELECT 1 FROM pg_database WHERE datname = %s", [name]).fetchone()
        if exists and drop:
            admin.execute(sql.SQL("DROP DATABASE {} WITH (FORCE)").format(sql.Identifier(name)))
            exists = None
        if not exists:
            admin.execute(sql.SQL("CREATE DATABASE {}").format(sql.Identifier(name)))
            return True
    return False


def migrate():
    from django.core.management import call_command

    start = time.perf_counter()
    call_command("migrate", verbosity=0, interactive=False)
    return time.perf_counter() - start


# --- the data ----------------------------------------------------------------------------------------------------

def period(today):
    """The agenda's period as in demo/leeragenda.py: four quarters ending with the current one."""
    from lms.agenda.models import four_quarters_until

    return four_quarters_until(today)


def existing_agenda(participants):
    """The bench agenda when the data of an earlier run fits this one, else None."""
    from django.utils import timezone

    from lms.agenda.models import AgendaPage
    from lms.people.models import Participant

    agenda = AgendaPage.objects.filter(slug=AGENDA_SLUG).first()
    if agenda is None or (agenda.starts_on, agenda.ends_on) != period(timezone.localdate()):
        return None
    from lms.people.models import Team
    from lms.people.roles import Role

    counted = Participant.objects.filter(user__username__startswith=PREFIX, user__is_active=True, team__isnull=False,
                                         user__groups__name=Role.PARTICIPANT.value).count()
    teams = Team.objects.filter(name__startswith="Bench team").count()
    fits = counted == participants and teams == max(len(SMALL_TEAMS) + 2, participants // PEOPLE_PER_TEAM)
    return agenda if fits else None


class Clock:
    def __init__(self):
        self.start = self.last = time.perf_counter()

    def step(self, label, rows=None):
        now = time.perf_counter()
        extra = f" ({rows:,} rows)" if rows is not None else ""
        print(f"  {label:28s} {now - self.last:6.1f}s{extra}", flush=True)
        self.last = now

    @property
    def total(self):
        return time.perf_counter() - self.start


def _bulk(model, objects):
    return model.objects.bulk_create(objects, batch_size=BATCH)


def generate(participants, seed):  # noqa: PLR0915 - one straight script, step by step
    from django.contrib.auth import get_user_model
    from django.contrib.auth.hashers import make_password
    from django.contrib.auth.models import Group
    from django.db import connection
    from django.db.models import OuterRef, Subquery
    from django.utils import timezone

    from buddy.models import BuddyPair, PairStatus
    from casuistiek.models import AttemptAgreement, Case, CaseAttempt
    from courses.models import CourseIndexPage, CoursePage, ModuleCompletion, ModulePage
    from demo.content.cases import CASES
    from demo.site import ensure_home_page
    from intervisie.models import IntervisionGroup, IntervisionSession, Membership
    from lms.agenda.models import AgendaIndexPage, AgendaPage, ThemePage
    from lms.cycles.models import Medium, ReflectionCycle, Step
    from lms.framework.models import Framework
    from lms.goals.choices import Decision, Kind, Status
    from lms.goals.models import Goal, GoalEvaluation, GoalVersion
    from lms.people.models import Participant, Team

    User = get_user_model()  # noqa: N806 - the model, as Django names it
    from lms.people.roles import Role

    logging.getLogger("wagtail").setLevel(logging.WARNING)  # not a line per page created
    rng = random.Random(seed)  # noqa: S311 - reproducible load data, not security
    tz = timezone.get_current_timezone()
    today = timezone.localdate()
    now = timezone.now()
    start, end = period(today)
    clock = Clock()

    def moment(day, hour=None):
        hour = rng.randint(8, 17) if hour is None else hour
        return datetime.datetime.combine(day, datetime.time(hour, rng.randint(0, 59)), tzinfo=tz)

    def day_between(first, last):
        return first + datetime.timedelta(days=rng.randint(0, max(0, (last - first).days)))

    def key():
        return uuid.UUID(int=rng.getrandbits(128), version=4)

    # Pages: a leergang with modules, the agenda with four themes that each point at some modules.
    home = ensure_home_page()
    course_index = CourseIndexPage.objects.first() or home.add_child(
        instance=CourseIndexPage(title="Leergang", slug="leergang"))
    course = course_index.add_child(instance=CoursePage(title="Bench-leergang", slug="bench-leergang"))
    modules = []
    for number, kind in enumerate([*ModulePage.Kind.values, ModulePage.Kind.FRAMEWORK], start=1):
        module = course.add_child(instance=ModulePage(title=f"Module {number}", slug=f"bench-module-{number}",
                                                      kind=kind))
        module.save_revision().publish()
        modules.append(module)
    index = AgendaIndexPage.objects.first() or home.add_child(
        instance=AgendaIndexPage(title="Leeragenda", slug="leeragenda"))
    agenda = index.add_child(instance=AgendaPage(
        title=f"Leeragenda {start:%Y}", slug=AGENDA_SLUG, starts_on=start, ends_on=end,
        intro="<p>Vier thema's voor de benchmark.</p>", signed_by="Het MT"))
    agenda.save_revision().publish()
    themes = []
    for number, title in enumerate(["Echt contact", "Samen het doel", "Cliëntfeedback", "Van elkaar leren"]):
        theme = agenda.add_child(instance=ThemePage(
            title=title, slug=f"bench-thema-{number}", summary=f"Over {title.lower()}.",
            why="<p>Omdat het ertoe doet.</p>", suggestions="Ik vraag door."))
        theme.modules.set(modules[number * 2:number * 2 + 3])
        theme.save_revision().publish()
        themes.append(theme)
    theme_modules = {theme.pk: [m.pk for m in theme.modules.all()] for theme in themes}
    clock.step("pages (agenda, themes, modules)")

    # People: teams of varied size, participants in them, a few without a team, a few inactive, a few with a profile
    # in a team but not the participant role (coaches), and the MT.
    team_count = max(len(SMALL_TEAMS) + 2, participants // PEOPLE_PER_TEAM)
    teams = _bulk(Team, [Team(name=f"Bench team {number:03d}") for number in range(1, team_count + 1)])
    large, small = teams[:-len(SMALL_TEAMS)], teams[-len(SMALL_TEAMS):]
    weights = [rng.uniform(0.3, 1.7) for _ in large]
    placement = [team for team, size in zip(small, SMALL_TEAMS, strict=True) for _ in range(size)]
    placement += rng.choices(large, weights=weights, k=participants - len(placement))
    rng.shuffle(placement)
    no_team, inactive, coaches = max(1, participants // 100), max(1, participants // 200), max(1, participants // 100)
    placement += [None] * no_team + [rng.choice(large) for _ in range(inactive + coaches)]
    unusable = make_password(None)
    users = _bulk(User, [
        User(username=f"{PREFIX}{number:06d}", first_name="Deelnemer", last_name=str(number),
             email=f"{PREFIX}{number:06d}@example.org", password=unusable, date_joined=now,
             is_active=not participants + no_team <= number < participants + no_team + inactive)
        for number in range(len(placement))])
    groups = {role: Group.objects.get_or_create(name=role.value)[0] for role in Role}
    _bulk(User.groups.through, [
        User.groups.through(user_id=user.pk, group_id=groups[
            Role.TEAMCOACH if number >= participants + no_team + inactive else Role.PARTICIPANT].pk)
        for number, user in enumerate(users)])
    _bulk(Participant, [
        Participant(user_id=user.pk, team_id=team.pk if team else None,
                    started_on=datetime.date(2005, 1, 1) + datetime.timedelta(days=rng.randint(0, 7600)))
        for user, team in zip(users, placement, strict=True)])
    mt = User.objects.create(username=MT_USERNAME, first_name="Mira", last_name="MT", password=unusable)
    mt.groups.add(groups[Role.MANAGEMENT])
    people = [user.pk for user in users]
    clock.step("users, participants", len(users))

    # Goals over the year (and a little before), linked to one or two themes, with versions and evaluations.
    goals = []
    for person in people:
        for _ in range(0 if rng.random() < 0.08 else rng.randint(1, 3)):
            created = day_between(start - datetime.timedelta(days=90), today)
            status = rng.choices([Status.ACTIVE, Status.ACHIEVED, Status.STOPPED], weights=[70, 20, 10])[0]
            closed = None
            if status != Status.ACTIVE:
                closed = moment(min(today, created + datetime.timedelta(days=rng.randint(30, 240))))
            goals.append(Goal(owner_id=person, kind=rng.choice(Kind.values), status=status,
                              created_at=moment(created), closed_at=closed,
                              next_evaluation_on=today + datetime.timedelta(days=rng.randint(-10, 60))
                              if status == Status.ACTIVE else None))
    goals = _bulk(Goal, goals)
    versions = _bulk(GoalVersion, [GoalVersion(goal_id=goal.pk, number=1, title=f"Doel {goal.pk}", cadence_weeks=6,
                                               created_at=goal.created_at) for goal in goals])
    Goal.objects.update(current_version=Subquery(
        GoalVersion.objects.filter(goal=OuterRef("pk"), number=1).values("pk")[:1]))
    clock.step("goals, versions", len(goals) + len(versions))
    links = []
    goal_themes = {}
    for goal in goals:
        if rng.random() < 0.1:
            continue  # a goal written without a theme
        chosen = rng.sample(themes, 2 if rng.random() < 0.3 else 1)
        goal_themes[goal.pk] = chosen
        links += [Goal.themes.through(goal_id=goal.pk, theme_id=theme.pk) for theme in chosen]
    _bulk(Goal.themes.through, links)
    clock.step("goal ↔ theme links", len(links))
    evaluations = []
    for goal, version in zip(goals, versions, strict=True):
        last = min(today, (goal.closed_at or now).astimezone(tz).date())
        due = goal.created_at.astimezone(tz).date() + datetime.timedelta(weeks=6)
        for _ in range(rng.randint(3, 7)):
            if due > last:
                due = day_between(goal.created_at.astimezone(tz).date(), last)
            late = rng.random() < 0.3
            done = min(today, due + datetime.timedelta(days=rng.randint(1, 20) if late else -rng.randint(0, 3)))
            evaluations.append(GoalEvaluation(
                goal_id=goal.pk, version_id=version.pk, evaluated_on=done,
                due_on=None if rng.random() < 0.05 else due, progress=rng.randint(1, 5), tried="Geoefend.",
                decision=Decision.CONTINUE, submission_key=key(), created_at=moment(done)))
            due = done + datetime.timedelta(weeks=6)
    _bulk(GoalEvaluation, evaluations)
    clock.step("evaluations", len(evaluations))

    # Module completions: mostly modules of the themes one works on, some others.
    completions = []
    for person in people:
        wanted = {module for theme in goal_themes.get(person, ()) for module in theme_modules[theme.pk]}
        done = set(rng.sample([m.pk for m in modules], rng.randint(0, 3)))
        done |= {module for module in wanted if rng.random() < 0.5}
        completions += [ModuleCompletion(user_id=person, module_id=module,
                                         completed_at=moment(day_between(start - datetime.timedelta(days=60), today)))
                        for module in done]
    _bulk(ModuleCompletion, completions)
    clock.step("module completions", len(completions))

    # Video-reflection cycles, buddy pairs for newcomers, intervision groups with sessions.
    cycles = []
    for person in people:
        for _ in range(rng.choices([0, 1, 2], weights=[40, 45, 15])[0]):
            created = day_between(start - datetime.timedelta(days=60), today)
            finished = created + datetime.timedelta(days=rng.randint(20, 90))
            done = finished <= today and rng.random() < 0.8
            cycles.append(ReflectionCycle(
                owner_id=person, client_code=f"C{rng.randint(1000, 9999)}", medium=rng.choice(Medium.values),
                learning_question="Hoe laat ik de cliënt meer zelf bepalen?", created_at=moment(created),
                step=Step.FINISHED if done else Step.ANALYSIS, finished_at=moment(finished) if done else None))
    _bulk(ReflectionCycle, cycles)
    pairs = []
    for newcomer in rng.sample(people, len(people) // 8):
        buddy = rng.choice(people)
        if buddy == newcomer:
            continue
        started = day_between(start - datetime.timedelta(days=120), today)
        ended = started + datetime.timedelta(days=rng.randint(60, 200))
        over = ended <= today
        pairs.append(BuddyPair(newcomer_id=newcomer, buddy_id=buddy, status=PairStatus.ENDED if over else
                               PairStatus.ACTIVE, proposed_at=moment(started - datetime.timedelta(days=7)),
                               started_at=moment(started), ends_on=ended, ended_at=moment(ended) if over else None))
    _bulk(BuddyPair, pairs)
    clock.step("cycles, buddy pairs", len(cycles) + len(pairs))
    members = rng.sample(people, int(len(people) * 0.65))
    chunks, position = [], 0
    while position < len(members):
        size = rng.randint(6, 10)
        chunks.append(members[position:position + size])
        position += size
    intervision = _bulk(IntervisionGroup, [
        IntervisionGroup(name=f"Intervisiegroep {number}", created_by_id=chunk[0], cadence_weeks=6,
                         created_at=moment(start - datetime.timedelta(days=rng.randint(30, 200))))
        for number, chunk in enumerate(chunks, start=1)])
    memberships = _bulk(Membership, [Membership(group_id=group.pk, user_id=user, feed_token=key())
                                     for group, chunk in zip(intervision, chunks, strict=True) for user in chunk])
    sessions = []
    for group in intervision:
        day = start - datetime.timedelta(days=rng.randint(0, 42))
        while day <= today + datetime.timedelta(days=120):
            begins = moment(day, hour=14)
            sessions.append(IntervisionSession(
                group_id=group.pk, starts_at=begins, ends_at=begins + datetime.timedelta(minutes=90), uid=key(),
                status=IntervisionSession.Status.CANCELLED if rng.random() < 0.1
                else IntervisionSession.Status.PLANNED))
            day += datetime.timedelta(weeks=group.cadence_weeks)
    _bulk(IntervisionSession, sessions)
    clock.step("intervision", len(intervision) + len(memberships) + len(sessions))

    # Practice cases: attempts with their agreements per coded dimension of the expert key.
    framework = Framework.current()
    cases = []
    for item in CASES[:5]:
        cases.append(Case.objects.update_or_create(slug=item["slug"], defaults={
            "title": item["title"], "medium": item["medium"], "difficulty": item["difficulty"],
            "situation": item["situation"], "material": item["material"], "framework": framework,
            "expert_answers": item["expert"], "explanations": item["explanations"], "live": True})[0])
    attempts = []
    for person in people:
        if rng.random() < 0.3:
            continue
        for _ in range(rng.randint(1, 4)):
            case = rng.choice(cases)
            attempts.append(CaseAttempt(user_id=person, case_id=case.pk, framework_id=framework.pk,
                                        answers=dict(case.expert_answers),
                                        submitted_at=moment(day_between(start - datetime.timedelta(days=60), today))))
    attempts = _bulk(CaseAttempt, attempts)
    expert = {case.pk: sorted(case.expert_answers) for case in cases}
    agreements = _bulk(AttemptAgreement, [
        AttemptAgreement(attempt_id=attempt.pk, dimension=dimension, agrees=rng.random() < 0.7)
        for attempt in attempts for dimension in expert[attempt.case_id]])
    clock.step("case attempts, agreements", len(attempts) + len(agreements))

    with connection.cursor() as cursor:
        cursor.execute("VACUUM ANALYZE")  # what autovacuum would have done by the time anyone looks
    clock.step("VACUUM ANALYZE")
    return agenda, clock.total


def describe():
    from buddy.models import BuddyPair
    from casuistiek.models import AttemptAgreement, CaseAttempt
    from courses.models import ModuleCompletion
    from intervisie.models import IntervisionSession, Membership
    from lms.cycles.models import ReflectionCycle
    from lms.goals.models import Goal, GoalEvaluation
    from lms.people.models import Participant, Team

    counts = {
        "participants": Participant.objects.count(), "teams": Team.objects.count(), "goals": Goal.objects.count(),
        "theme links": Goal.themes.through.objects.count(), "evaluations": GoalEvaluation.objects.count(),
        "completions": ModuleCompletion.objects.count(), "cycles": ReflectionCycle.objects.count(),
        "buddy pairs": BuddyPair.objects.count(), "memberships": Membership.objects.count(),
        "sessions": IntervisionSession.objects.count(), "attempts": CaseAttempt.objects.count(),
        "agreements": AttemptAgreement.objects.count(),
    }
    return ", ".join(f"{value:,} {name}" for name, value in counts.items())


# --- measuring ---------------------------------------------------------------------------------------------------

def summary(times):
    times = sorted(times)
    return statistics.median(times), times[int(len(times) * 0.95) - 1]


def measure(client, url, runs):
    """(median ms, p95 ms, queries, bytes, captured queries): timed without capturing, counted once with it."""
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    for _ in range(2):  # warm-up: templates, fonts, translations, connection
        response = client.get(url)
        assert response.status_code == 200, (url, response.status_code)
    times, statuses = [], set()
    for _ in range(runs):
        start = time.perf_counter()
        response = client.get(url)
        times.append((time.perf_counter() - start) * 1000)
        statuses.add(response.status_code)
    assert statuses == {200}, (url, statuses)
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    median, p95 = summary(times)
    return median, p95, len(queries.captured_queries), len(response.content), queries.captured_queries


def timed(function, runs):
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        function()
        times.append((time.perf_counter() - start) * 1000)
    return summary(times)


def breakdown(client, path, runs):
    """Where a dashboard request's server time goes, measured inside real requests: the figures (figures.build),
    the rest of dashboard_context, the chart, the template, and what is left (middleware, session, auth)."""
    from lms.agenda import views
    from lms.agenda.statistics import figures

    spent = {}

    def timing(label, function):
        def wrapper(*args, **kwargs):
            start = time.perf_counter()
            try:
                return function(*args, **kwargs)
            finally:
                spent[label] = spent.get(label, 0) + (time.perf_counter() - start) * 1000
        return wrapper

    targets = [(figures, "build"), (views, "dashboard_context"), (views, "trend_chart"), (views, "render")]
    client.get(path)  # warm: the kept chart
    originals = {(module, name): getattr(module, name) for module, name in targets if hasattr(module, name)}
    labels = {"build": "figures.build", "dashboard_context": "dashboard_context", "trend_chart": "trend_chart",
              "render": "template render"}
    for (module, name), function in originals.items():
        setattr(module, name, timing(labels[name], function))
    phases = {label: [] for label in [*labels.values(), "request total"]}
    try:
        for _ in range(runs):
            spent.clear()
            start = time.perf_counter()
            client.get(path)
            spent["request total"] = (time.perf_counter() - start) * 1000
            for label in phases:
                phases[label].append(spent.get(label, 0))
    finally:
        for (module, name), function in originals.items():
            setattr(module, name, function)
    phases["dashboard_context"] = [whole - part for whole, part in
                                   zip(phases["dashboard_context"], phases["figures.build"], strict=True)]
    phases["middleware, auth, rest"] = [total - sum(phases[label][number] for label in labels.values())
                                        for number, total in enumerate(phases["request total"])]
    phases["dashboard_context without build"] = phases.pop("dashboard_context")
    order = ["figures.build", "dashboard_context without build", "trend_chart", "template render",
             "middleware, auth, rest", "request total"]
    return {label: summary(phases[label]) for label in order}


def explain(captured, top):
    from django.db import connection

    slowest = sorted(captured, key=lambda query: float(query["time"]), reverse=True)[:top]
    for number, query in enumerate(slowest, start=1):
        print(f"\n-- slowest query {number}: {float(query['time']) * 1000:.1f} ms\n{query['sql']}\n")
        with connection.cursor() as cursor:
            cursor.execute("EXPLAIN (ANALYZE, BUFFERS) " + query["sql"])
            print("\n".join(row[0] for row in cursor.fetchall()))


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--participants", type=int, default=int(os.environ.get("BENCH_PARTICIPANTS", "20000")),
                        help="active participants in a team (default 20000; env BENCH_PARTICIPANTS)")
    parser.add_argument("--runs", type=int, default=int(os.environ.get("BENCH_RUNS", "30")),
                        help="timed requests per URL (default 30; env BENCH_RUNS)")
    parser.add_argument("--seed", type=int, default=2027)
    parser.add_argument("--rebuild", action="store_true", help="drop the bench database and generate anew")
    parser.add_argument("--explain", type=int, default=0, metavar="N",
                        help="EXPLAIN ANALYZE the N slowest queries of the dashboard")
    parser.add_argument("--debug", action="store_true",
                        help="keep DEBUG as the settings have it (dev: on, every query logged)")
    args = parser.parse_args()

    url = os.environ["DATABASE_URL"]
    created = prepare_database(url, drop=args.rebuild)

    import django

    django.setup()
    from django.conf import settings
    from django.db import connections
    from django.db.models import Count, Q
    from django.test import Client
    from django.utils import timezone

    if not args.debug:
        settings.DEBUG = False  # as in production; CaptureQueriesContext still counts
    version = connections["default"].pg_version
    print(f"database {settings.DATABASES['default']['NAME']}{' (new)' if created else ''} on PostgreSQL "
          f"{version // 10000}.{version % 10000}; DEBUG={settings.DEBUG}; k={settings.VKNZ_MIN_GROUP_SIZE}; "
          f"load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} CPUs")
    took = migrate()
    print(f"migrate: {took:.1f}s")

    agenda = existing_agenda(args.participants)
    if agenda is None:
        from django.contrib.auth import get_user_model

        User = get_user_model()  # noqa: N806

        if User.objects.filter(username__startswith=PREFIX).exists():
            print("data of another size or period: rebuilding the database")
            connections.close_all()
            prepare_database(url, drop=True)
            print(f"migrate: {migrate():.1f}s")
        print(f"generating {args.participants:,} participants (seed {args.seed}):")
        agenda, took = generate(args.participants, args.seed)
        print(f"generated in {took:.1f}s")
    else:
        print("reusing the data of an earlier run (--rebuild to start over)")
    print(describe())

    from django.contrib.auth import get_user_model

    from lms.agenda.statistics import figures
    from lms.people.models import Team

    User = get_user_model()  # noqa: N806
    from lms.people.roles import Role

    mt = User.objects.get(username=MT_USERNAME)
    counted = Q(members__user__is_active=True, members__user__groups__name=Role.PARTICIPANT.value)
    team = (Team.objects.filter(name__startswith="Bench team").annotate(n=Count("members", filter=counted))
            .order_by("-n", "pk").first())
    quarters = agenda.quarters()
    print(f"agenda {agenda.starts_on} – {agenda.ends_on}, {len(quarters)} quarters, "
          f"{agenda.themes().count()} themes; today {timezone.localdate()}; {args.runs} runs per line\n")

    from django.core.cache import cache

    from lms.agenda.models import FigureSnapshot
    from lms.agenda.tasks import refresh_figures

    median, p95 = timed(refresh_figures, max(3, args.runs // 4))
    print(f"{'job refresh_figures':28s} median {median:7.1f} ms  p95 {p95:7.1f} ms  (the nightly count; a visit "
          "never counts)")
    client = Client()
    client.force_login(mt)
    results = {}
    for label, path in [("dashboard (organisation)", "/agenda/dashboard/"),
                        (f"dashboard (team of {team.n})", f"/agenda/dashboard/?team={team.pk}"),
                        ("export CSV", "/agenda/dashboard.csv"), ("export XLSX", "/agenda/dashboard.xlsx")]:
        median, p95, count, size, captured = measure(client, path, args.runs)
        results[label] = captured
        print(f"{label:28s} median {median:7.1f} ms  p95 {p95:7.1f} ms  {count:3d} queries  {size / 1024:6.1f} KiB",
              flush=True)
    median, p95 = timed(lambda: figures.build(agenda, agenda.themes()), args.runs)
    print(f"{'figures.build alone':28s} median {median:7.1f} ms  p95 {p95:7.1f} ms")
    kept = list(FigureSnapshot.objects.all())

    def cold_visit():
        # What the first visit pays when nothing is kept yet: it asks a job to count and says so.
        FigureSnapshot.objects.all().delete()
        cache.clear()
        assert "voor het eerst geteld" in client.get("/agenda/dashboard/").content.decode()

    median, p95 = timed(cold_visit, max(3, args.runs // 4))
    print(f"{'dashboard, nothing kept yet':28s} median {median:7.1f} ms  p95 {p95:7.1f} ms  (queues the count)")
    if kept:
        refresh_figures()

    print("\nwhere the dashboard's time goes (organisation view, kept figures, phases timed inside the requests):")
    for label, (median, p95) in breakdown(client, "/agenda/dashboard/", args.runs).items():
        print(f"  {label:34s} median {median:7.1f} ms  p95 {p95:7.1f} ms")
    captured = results["dashboard (organisation)"]
    database = sum(float(query["time"]) for query in captured) * 1000
    print(f"  SQL of one request: {database:.1f} ms in {len(captured)} queries; slowest:")
    for query in sorted(captured, key=lambda query: float(query["time"]), reverse=True)[:8]:
        print(f"    {float(query['time']) * 1000:7.1f} ms  {' '.join(query['sql'].split())[:110]}")
    if args.explain:
        explain(captured, args.explain)


if __name__ == "__main__":
    main()
