"""The harness's in-process steps, each run as its own process by bench/load/run.py:

    python -m bench.load.prepare base OUT.json            # dev settings: migrate, load the demo
    python -m bench.load.prepare org SIZE OUT.json ...    # bench settings: the organisation, sessions, the plan
    python -m bench.load.prepare queries PLAN.json OUT.json

`base` runs under vknz_site.settings.dev because `manage.py demo` refuses production settings; everything after it
runs under bench.load.settings (production), against the same throw-away database. Prints progress; asserts
nothing about the product (a page that does not answer 200 is recorded, not fatal).
"""

import json
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent.parent
sys.path.insert(0, str(ROOT))

DEMO_PARTICIPANTS = ["klantmanager", "nieuw", "buddy"]  # demo people with cycles, notices and leergang progress
MT_PREFIX = "bench-mt-"


def log(message):
    print(f"[prepare] {message}", flush=True)


def step_base(out):
    import django

    django.setup()
    from django.core.management import call_command

    timings = {}
    start = time.perf_counter()
    call_command("migrate", interactive=False, verbosity=0)
    timings["migrate_s"] = round(time.perf_counter() - start, 1)
    start = time.perf_counter()
    with open(Path(out).with_suffix(".demo.log"), "w") as demo_log:
        call_command("demo", stdout=demo_log)
    timings["demo_s"] = round(time.perf_counter() - start, 1)
    log(f"migrated in {timings['migrate_s']}s, demo loaded in {timings['demo_s']}s")
    Path(out).write_text(json.dumps(timings))


def _csrf_secret():
    """The CSRF cookie a browser keeps from its first page (32 letters and digits, as Django makes it): pages with a
    form are kept per person and CSRF secret (lms/extensions/kept_pages.py), as for a real visitor."""
    from django.middleware.csrf import CSRF_ALLOWED_CHARS, CSRF_SECRET_LENGTH
    from django.utils.crypto import get_random_string

    return get_random_string(CSRF_SECRET_LENGTH, allowed_chars=CSRF_ALLOWED_CHARS)


def _session_for(user):
    """A logged-in session as django.contrib.auth.login() leaves it, made without the login form."""
    from importlib import import_module

    from django.conf import settings
    from django.contrib.auth import BACKEND_SESSION_KEY, HASH_SESSION_KEY, SESSION_KEY

    store = import_module(settings.SESSION_ENGINE).SessionStore()
    store[SESSION_KEY] = user._meta.pk.value_to_string(user)
    store[BACKEND_SESSION_KEY] = "django.contrib.auth.backends.ModelBackend"
    store[HASH_SESSION_KEY] = user.get_session_auth_hash()
    store.create()
    return store.session_key


def _final(client, url):
    """Where a page really lives (a redirect followed once) and what it answers there."""
    response = client.get(url)
    if response.status_code in (301, 302) and response.get("Location", "").startswith("/"):
        url = response["Location"]
        response = client.get(url)
    return url, response.status_code


def step_org(size, out, users, mt_users):
    import django

    django.setup()
    from django.conf import settings
    from django.contrib.auth import get_user_model
    from django.contrib.auth.models import Group
    from django.db import connection

    from bench.generate import generate
    from courses.models import CoursePage, ModulePage
    from courses.progress import enrol
    from lms.goals.models import Goal, GoalEvaluation
    from lms.people.models import Participant, Team
    from lms.people.roles import Role

    User = get_user_model()
    timings = {}
    start = time.perf_counter()
    generated = generate(size) if size else []
    timings["generate_s"] = round(time.perf_counter() - start, 1)
    start = time.perf_counter()
    with connection.cursor() as cursor:
        cursor.execute("VACUUM ANALYZE")  # as a server that has run a while: planner statistics present
    timings["analyze_s"] = round(time.perf_counter() - start, 1)
    log(f"{len(generated)} participants generated in {timings['generate_s']}s, analysed in {timings['analyze_s']}s")

    # The people with a session: MT members (the demo's plus bench accounts), demo participants with content,
    # and generated participants spread over the whole organisation, each enrolled in the leergang.
    mt_group = Group.objects.get(name=Role.MANAGEMENT.value)
    mt = [User.objects.get(username="mt")]
    for k in range(max(0, mt_users - 1)):
        user, _ = User.objects.get_or_create(username=f"{MT_PREFIX}{k}",
                                             defaults={"first_name": "MT", "last_name": str(k)})
        user.groups.add(mt_group)
        mt.append(user)
    participants = [User.objects.get(username=name) for name in DEMO_PARTICIPANTS][: max(0, users - mt_users)]
    wanted = max(0, users - len(mt) - len(participants))
    if wanted and generated:
        # Plain participants (bench/generate.py makes every n-th person a teamcoach too), spread evenly.
        coaches = set(Group.objects.get(name=Role.TEAMCOACH.value).user_set.values_list("pk", flat=True))
        plain = [user for user in generated if user.pk not in coaches]
        step = max(1, len(plain) // wanted)
        participants += plain[step // 2::step][:wanted]
    elif wanted:
        participants += [User.objects.get(username=name) for name in DEMO_PARTICIPANTS] * wanted
        participants = participants[: users - len(mt)]
    course = CoursePage.objects.live().first()
    module = ModulePage.objects.live().child_of(course).first() if course else None
    for user in participants:
        if course is not None and Participant.objects.filter(user=user).exists():
            enrol(user, course)

    def pages_of(user, role):
        if role == "mt":
            return {"mt_dashboard": "/agenda/dashboard/"}
        goal = Goal.objects.filter(owner=user).order_by("pk").first()
        pages = {"home": "/", "overzicht": "/overzicht/", "ontwikkelplan": "/ontwikkelplan/"}
        if goal is not None:
            pages["doel"] = goal.get_absolute_url()
        if course is not None:
            pages["leergang"] = course.get_url()
        if module is not None:
            pages["module"] = module.get_url()
        pages["meldingen"] = "/meldingen/"
        pages["video_reflecties"] = "/cycli/"
        pages["ontwikkelplan_pdf"] = "/ontwikkelplan/ontwikkelplan.pdf"
        return pages

    sessions = []
    for role, people in (("participant", participants), ("mt", mt)):
        for user in people:
            sessions.append({"role": role, "user": user.pk, "username": user.username, "session": _session_for(user),
                             "csrf": _csrf_secret(), "pages": pages_of(user, role)})

    # The person measured alone: a generated participant in the middle of the organisation (10 goals with 5
    # evaluations each, as the ontwikkelplan), else the demo's klantmanager; and the demo's MT member.
    generated_sessions = [s for s in sessions if s["role"] == "participant" and s["username"].startswith("bench")]
    probe = (generated_sessions[len(generated_sessions) // 2] if generated_sessions
             else next(s for s in sessions if s["role"] == "participant"))
    probe_user = User.objects.get(pk=probe["user"])
    plan = {
        "size": size,
        "timings": timings,
        "counts": {
            "users": User.objects.count(),
            "participants": Participant.objects.count(),
            "teams": Team.objects.count(),
            "goals": Goal.objects.count(),
            "evaluations": GoalEvaluation.objects.count(),
            "probe_goals": Goal.objects.filter(owner=probe_user).count(),
            "probe_evaluations": GoalEvaluation.objects.filter(goal__owner=probe_user).count(),
        },
        "sessions": sessions,
        "probe": probe,
        "probe_mt": next(s for s in sessions if s["role"] == "mt"),
        "session_cookie": settings.SESSION_COOKIE_NAME,
        "csrf_cookie": settings.CSRF_COOKIE_NAME,
        "session_engine": settings.SESSION_ENGINE,
        "cache_backends": {name: conf.get("BACKEND") for name, conf in settings.CACHES.items()},
    }
    Path(out).write_text(json.dumps(plan, indent=1))
    log(f"{len(sessions)} sessions ({len(participants)} participants, {len(mt)} MT)")


def step_queries(plan_file, out):
    """Queries per page for the probe people, in-process under the served settings: the first request (cold
    caches, if any), the third (warm: the page kept, if it may be) and a fourth at a new address (the page made
    afresh with warm caches)."""
    import django

    django.setup()
    from django.conf import settings
    from django.db import connection
    from django.test import Client
    from django.test.utils import CaptureQueriesContext

    from bench.load.mix import made_afresh

    plan = json.loads(Path(plan_file).read_text())
    # Where each page really lives (after collectstatic, which ran beside the org step): a redirect followed once,
    # so that the load asks for pages, not redirects. The plan is written back with the final addresses.
    statuses = {}
    client = Client()
    for session in plan["sessions"]:
        client.cookies[settings.SESSION_COOKIE_NAME] = session["session"]
        client.cookies[settings.CSRF_COOKIE_NAME] = session["csrf"]
        for name, url in session["pages"].items():
            if name.endswith("_pdf"):
                continue  # asked for once below: a PDF is too slow to ask for 50 times here
            final, status = _final(client, url)
            session["pages"][name] = final
            statuses.setdefault(name, {}).setdefault(str(status), 0)
            statuses[name][str(status)] += 1
    for probe in ("probe", "probe_mt"):
        plan[probe] = next(s for s in plan["sessions"] if s["session"] == plan[probe]["session"])
    plan["statuses"] = statuses
    Path(plan_file).write_text(json.dumps(plan, indent=1))
    log(f"pages answer: {statuses}")

    results = {}
    pages = [(plan["probe"], name, url) for name, url in plan["probe"]["pages"].items()]
    pages += [(plan["probe_mt"], name, url) for name, url in plan["probe_mt"]["pages"].items()]
    pages.append((plan["probe"], "floor", "/__bench__/floor/"))
    for session, name, url in pages:
        client = Client()
        client.cookies[settings.SESSION_COOKIE_NAME] = session["session"]
        client.cookies[settings.CSRF_COOKIE_NAME] = session["csrf"]
        counts = []
        for number in range(1 if name.endswith("_pdf") else 4):
            with CaptureQueriesContext(connection) as queries:
                start = time.perf_counter()
                response = client.get(url if number < 3 else made_afresh(url, number))
                elapsed = (time.perf_counter() - start) * 1000
            counts.append(len(queries.captured_queries))
        counts += counts[-1:] * (4 - len(counts))
        results[name] = {"url": url, "status": response.status_code, "first": counts[0], "repeat": counts[2],
                         "made": counts[3],
                         "in_process_ms": round(elapsed, 1),
                         "content_type": response.get("Content-Type", "")}
        log(f"{name:18s} {response.status_code} queries first {counts[0]:3d} repeat {counts[2]:3d} "
            f"made {counts[3]:3d}")
    Path(out).write_text(json.dumps(results, indent=1))


if __name__ == "__main__":
    step, *args = sys.argv[1:]
    if step == "base":
        step_base(*args)
    elif step == "org":
        size, out, users, mt_users = args
        step_org(int(size), out, int(users), int(mt_users))
    elif step == "queries":
        step_queries(*args)
    else:
        sys.exit(f"unknown step {step}")
