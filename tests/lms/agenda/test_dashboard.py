"""The MT dashboard: who may see it, and that every figure respects the minimum group size (K = 5).

Each figure is tested with groups of K−1, K and K+1 people, on the page, in the CSV and in the XLSX.
"""

import csv
import datetime
import io
import uuid

import pytest
from django.utils import timezone
from openpyxl import load_workbook

from buddy.models import BuddyPair, PairStatus
from casuistiek.models import Case, CaseAttempt
from casuistiek.services import record_agreements
from courses.models import CourseIndexPage, CoursePage, ModuleCompletion
from demo.site import ensure_home_page
from intervisie.models import IntervisionGroup, IntervisionSession, Membership
from lms.agenda.models import FigureSnapshot, quarter_start
from lms.agenda.services import set_goal_themes
from lms.agenda.statistics import figures
from lms.agenda.tasks import refresh_figures
from lms.cycles.models import Medium, ReflectionCycle
from lms.cycles.ratings import SessionRating
from lms.goals import services as goal_services
from lms.goals.choices import Decision, Kind
from lms.people.models import Team
from lms.people.roles import Role
from tests.casuistiek.conftest import EXPERT, make_case
from tests.courses.conftest import add_module
from tests.factories import make_team, make_user

K = 5
HIDDEN = "minder dan 5 of afgeschermd"


@pytest.fixture
def mt(db):
    return make_user("mt-lid", Role.MANAGEMENT, participant=False)


def give_goal(user, theme):
    goal = goal_services.create_goal(user, Kind.LEARNING, goal_services.Formulation(title="Doorvragen"))
    set_goal_themes(user, goal, [theme])
    return goal


def evaluate_on_time(user, goal):
    goal_services.evaluate_goal(user, goal, progress=3, tried="Geprobeerd in twee gesprekken.",
                                decision=Decision.CONTINUE, submission_key=uuid.uuid4())


def a_moment_this_quarter():
    """A moment in the current quarter, in the past (sessions 'held')."""
    now = timezone.now()
    start = timezone.make_aware(datetime.datetime.combine(quarter_start(timezone.localdate()), datetime.time(0, 1)))
    return max(start, now - datetime.timedelta(hours=1))


def _module_of(theme):
    course = CoursePage.objects.first()
    if course is None:
        index = ensure_home_page().add_child(instance=CourseIndexPage(title="Leergang", slug="leergang"))
        course = index.add_child(instance=CoursePage(title="Van Kijken naar Zien", slug="vkz"))
    module = add_module(course, f"Module {theme.pk}")
    module.save_revision().publish()
    theme.modules.add(module)
    theme.save()  # a ParentalManyToManyField writes its links when the page is saved
    return module


def _case():
    return Case.objects.filter(slug="casus").first() or make_case(slug="casus")


def make_doers(metric, people, n, theme):
    """Let `n` of `people` do what `metric` counts, this quarter. Returns the figure's base population."""
    doers = people[:n]
    if metric == "goal":
        for user in doers:
            give_goal(user, theme)
    elif metric == "on_time":
        # The parent: 15 people with a goal; n of them evaluated on time.
        for index, user in enumerate(people[:15]):
            goal = give_goal(user, theme)
            if index < n:
                evaluate_on_time(user, goal)
    elif metric == "modules":
        module = _module_of(theme)
        ModuleCompletion.objects.bulk_create(ModuleCompletion(user=user, module=module) for user in doers)
    elif metric in ("cycle_started", "cycle_finished"):
        for user in doers:
            ReflectionCycle.objects.create(
                owner=user, client_code="K1234", medium=Medium.CONSULTING_ROOM, learning_question="Hoe?",
                finished_at=timezone.now() if metric == "cycle_finished" else None)
    elif metric == "buddy":
        buddy = make_user(f"maatje-{uuid.uuid4().hex[:6]}", Role.BUDDY, participant=False)
        BuddyPair.objects.bulk_create(BuddyPair(newcomer=user, buddy=buddy, status=PairStatus.ACTIVE,
                                                started_at=timezone.now()) for user in doers)
    elif metric == "intervision":
        group = IntervisionGroup.objects.create(name="Intervisie")
        moment = a_moment_this_quarter()
        Membership.objects.bulk_create(Membership(group=group, user=user, joined_at=moment) for user in doers)
        IntervisionSession.objects.create(group=group, starts_at=moment, ends_at=moment)
    elif metric == "rating":
        SessionRating.objects.bulk_create(SessionRating(owner=user, client_code="C-9", relationship=8, goals_topics=8,
                                                        approach=8, overall=8) for user in doers)
    elif metric == "casus":
        case = _case()
        for user in doers:
            record_agreements(CaseAttempt.objects.create(user=user, case=case, framework=case.framework,
                                                         answers=dict(EXPERT)))


ALL_METRICS = [m.key for m in figures.THEME_METRICS + figures.ORGANISATION_METRICS]
LABELS = {m.key: str(m.label) for m in figures.THEME_METRICS + figures.ORGANISATION_METRICS}


def cell_text(page, row_label, column=0):
    """The text of a table cell: in the row headed `row_label`, the `column`-th data cell."""
    import re

    row = re.search(r"<tr[^>]*>\s*<th[^>]*>" + re.escape(row_label) + r"</th>(.*?)</tr>", page, re.S)
    assert row, f"no row {row_label!r}"
    cells = re.findall(r"<td[^>]*>(.*?)</td>", row.group(1), re.S)
    return re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", cells[column])).strip()


def export_cells(content, metric, theme_title, team="Hele organisatie", fmt="csv"):
    if fmt == "csv":
        rows = list(csv.reader(io.StringIO(content.decode("utf-8-sig")), delimiter=";"))
    else:
        rows = [[("" if v is None else str(v)) for v in row]
                for row in load_workbook(io.BytesIO(content), read_only=True).active.iter_rows(values_only=True)]
    header, body = rows[0], rows[1:]
    assert header[:6] == ["Kwartaal", "Van", "Tot en met", "Team", "Thema", "Cijfer"]
    quarter = str(body[-1][0])  # the last quarter: the current one
    return [row[6] for row in body if str(row[0]) == quarter and row[3] == team and row[4] == theme_title
            and row[5] == LABELS[metric]]


def test_only_the_mt_opens_the_dashboard_and_its_exports(client, org, agenda):
    for url in ("/agenda/dashboard/", "/agenda/dashboard.csv", "/agenda/dashboard.xlsx", "/agenda/wat-we-leren/"):
        for who in (org.owner, org.colleague, org.buddy, org.teamcoach, org.analyst, org.editor, org.admin):
            client.force_login(who)
            assert client.get(url).status_code == 403, (url, who)
        client.force_login(org.mt)
        assert client.get(url).status_code == 200, url
        client.logout()
        assert client.get(url).status_code == 302


@pytest.mark.parametrize("metric", ALL_METRICS)
@pytest.mark.parametrize("n", [K - 1, K, K + 1])
def test_every_figure_shows_a_number_only_from_k_people(client, mt, agenda, crowd, metric, n):
    """One team of 30: the organisation's cell and the team's cell say 'minder dan 5' for 4, the number for 5, 6."""
    team = make_team("Team Oost")
    people = crowd(team, 30)
    theme = agenda.themes().first()
    make_doers(metric, people, n, theme)
    client.force_login(mt)
    is_theme_metric = metric in {m.key for m in figures.THEME_METRICS}
    column = [m.key for m in figures.THEME_METRICS].index(metric) if is_theme_metric else 0
    row = theme.title if is_theme_metric else LABELS[metric][0].upper() + LABELS[metric][1:]
    expected = HIDDEN if n < K else str(n)
    for query in ("", f"?team={team.pk}"):
        text = cell_text(client.get(f"/agenda/dashboard/{query}").content.decode(), row, column)
        assert text.split(" (")[0] == expected, (query, text)
    export_theme = theme.title if is_theme_metric else ""
    for fmt in ("csv", "xlsx"):
        content = client.get(f"/agenda/dashboard.{fmt}").content
        assert export_cells(content, metric, export_theme, fmt=fmt) == [expected]
        assert export_cells(content, metric, export_theme, team="Team Oost", fmt=fmt) == [expected]


def test_a_figure_about_nearly_everyone_is_hidden_too(client, mt, agenda, crowd):
    """17 of 20 have a goal: the 3 without one would be a group under K, so the figure is hidden."""
    team = make_team("Team Oost")
    people = crowd(team, 20)
    theme = agenda.themes().first()
    make_doers("goal", people, 17, theme)
    client.force_login(mt)
    assert cell_text(client.get("/agenda/dashboard/").content.decode(), theme.title) == HIDDEN


def test_subtracting_one_team_from_the_total_reveals_nobody(client, mt, agenda, crowd):
    """The differencing attack: total minus the shown team would be the 4 people of the other team."""
    east, west = make_team("Team Oost"), make_team("Team West")
    theme = agenda.themes().first()
    make_doers("goal", crowd(east, 20), 4, theme)
    make_doers("goal", crowd(west, 20), 10, theme)
    client.force_login(mt)
    whole = cell_text(client.get("/agenda/dashboard/").content.decode(), theme.title)
    east_cell = cell_text(client.get(f"/agenda/dashboard/?team={east.pk}").content.decode(), theme.title)
    west_cell = cell_text(client.get(f"/agenda/dashboard/?team={west.pk}").content.decode(), theme.title)
    assert whole.startswith("14")
    assert east_cell == HIDDEN
    assert west_cell == HIDDEN  # 14 − 10 would give away Team Oost's 4


def test_hidden_cells_do_not_say_why_they_are_hidden(client, mt, agenda, crowd):
    """Found by the property tests: with 'minder dan 5' for A and 'afgeschermd' (so at least 5) for B, the MT could
    compute A + B = 11 − 6 = 5 and conclude that nobody in team A has a goal. Both cells must read the same."""
    a, b, c = make_team("Team A"), make_team("Team B"), make_team("Team C")
    theme = agenda.themes().first()
    crowd(a, 6)
    make_doers("goal", crowd(b, 11), 5, theme)
    make_doers("goal", crowd(c, 12), 6, theme)
    client.force_login(mt)
    cells = {team.name: cell_text(client.get(f"/agenda/dashboard/?team={team.pk}").content.decode(), theme.title)
             for team in (a, b, c)}
    assert cells == {"Team A": HIDDEN, "Team B": HIDDEN, "Team C": "6 (50%)"}
    assert cell_text(client.get("/agenda/dashboard/").content.decode(), theme.title).startswith("11")


ALL_HIDDEN = "Voor Team Oost tonen we geen enkel getal."


def test_a_team_with_only_hidden_cells_says_why_and_what_to_choose(client, mt, agenda, crowd):
    east, west, north = make_team("Team Oost"), make_team("Team West"), make_team("Team Noord")
    theme = agenda.themes().first()
    make_doers("goal", crowd(east, 3), 2, theme)
    make_doers("goal", crowd(west, 20), 10, theme)
    make_doers("goal", crowd(north, 20), 10, theme)
    client.force_login(mt)
    page = client.get(f"/agenda/dashboard/?team={east.pk}").content.decode()
    assert ALL_HIDDEN in page and "Kies bij Team \"Hele organisatie\" of een groter team" in page
    # Not for the organisation, nor for a team with figures of its own (one of the large teams may be hidden too,
    # to protect Team Oost against subtraction from the total).
    assert "tonen we geen enkel getal" not in client.get("/agenda/dashboard/").content.decode()
    shown = [team for team in (west, north)
             if "tonen we geen enkel getal" not in client.get(f"/agenda/dashboard/?team={team.pk}").content.decode()]
    assert shown


def test_nobody_is_named_and_the_page_explains_itself(client, mt, agenda, crowd):
    team = make_team("Team Oost")
    people = crowd(team, 12)
    make_doers("goal", people, 6, agenda.themes().first())
    client.force_login(mt)
    page = client.get("/agenda/dashboard/").content.decode()
    assert "Zo lees je deze cijfers" in page
    for user in people:
        assert user.username not in page and user.get_full_name() not in page
    assert "data:image/svg+xml;base64," in page  # the trend chart


def test_bad_filters_fall_back_with_a_dutch_message(client, mt, agenda):
    client.force_login(mt)
    page = client.get("/agenda/dashboard/?team=999999&kwartaal=zeven").content.decode()
    assert "Kies een bestaand team of de hele organisatie." in page or "Kies een kwartaal" in page
    assert "Hele organisatie," in page


def test_without_an_agenda_the_dashboard_says_so(client, mt):
    client.force_login(mt)
    page = client.get("/agenda/dashboard/").content.decode()
    assert "Er is nog geen leeragenda gepubliceerd." in page
    assert client.get("/agenda/dashboard.csv").status_code == 404


def test_a_visit_never_counts_it_asks_a_job_and_says_the_figures_are_coming(client, mt, agenda, crowd, monkeypatch,
                                                                         django_assert_max_num_queries):
    from django_q.conf import Conf
    from django_q.models import OrmQ

    make_doers("goal", crowd(make_team("Team Oost"), 12), 6, agenda.themes().first())
    monkeypatch.setattr(Conf, "SYNC", False)  # as in production: the job waits for a worker
    client.force_login(mt)
    with django_assert_max_num_queries(15):
        page = client.get("/agenda/dashboard/").content.decode()
    assert "worden nu voor het eerst geteld" in page and not FigureSnapshot.objects.exists()
    client.get("/agenda/dashboard/")  # asking again while the job waits queues nothing more
    assert OrmQ.objects.count() == 1
    assert "voor het eerst geteld" in client.get("/agenda/dashboard.csv", follow=True).content.decode()

    refresh_figures()  # the worker's turn
    make_team("Team West")  # a team made since: the kept figures are shown, with a note, while a job recounts
    page = client.get("/agenda/dashboard/").content.decode()
    assert "de cijfers worden opnieuw geteld" in page and "Team Oost" in page


@pytest.mark.parametrize("size", [1, 12])
def test_the_dashboard_needs_the_same_queries_at_any_size(client, mt, agenda, crowd, size,
                                                          django_assert_max_num_queries):
    for number in range(size):
        team = make_team(f"Team {number}")
        people = crowd(team, 8)
        for theme in agenda.themes():
            make_doers("goal", people, 6, theme)
    refresh_figures()  # the nightly job counts; a visit only reads
    client.force_login(mt)
    with django_assert_max_num_queries(15):  # reads the kept figures: the organisation's slice
        assert client.get("/agenda/dashboard/").status_code == 200
    team = Team.objects.order_by("pk").last()
    with django_assert_max_num_queries(15):  # and a team's
        assert client.get(f"/agenda/dashboard/?team={team.pk}").status_code == 200
    with django_assert_max_num_queries(10):
        assert client.get("/agenda/dashboard.csv").status_code == 200
