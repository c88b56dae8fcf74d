"""The rules that keep figures comparable and unsubtractable: calendar-quarter periods that never overlap, a module
on one theme only, the MT outside the figures, calibration only from K people each way, and safe exports."""

import datetime
import os

import pytest
from django.core.exceptions import ValidationError
from django.urls import reverse
from wagtail.test.utils.form_data import nested_form_data, rich_text

from casuistiek.models import CaseAttempt
from casuistiek.services import record_agreements
from lms.agenda.models import AgendaPage
from lms.agenda.statistics import figures
from lms.agenda.statistics.snapshots import cube_for
from lms.people.roles import Role
from tests.casuistiek.conftest import EXPERT
from tests.factories import make_team, make_user

from .test_dashboard import _case, _module_of, export_cells, give_goal, make_doers


@pytest.mark.parametrize(("start", "end", "field", "message"), [
    (datetime.date(2031, 2, 1), datetime.date(2031, 12, 31), "starts_on", "begint aan het begin van een kwartaal"),
    (datetime.date(2031, 1, 1), datetime.date(2031, 11, 30), "ends_on", "eindigt aan het eind van een kwartaal"),
    (datetime.date(2031, 7, 1), datetime.date(2031, 3, 31), "ends_on", "moet na de begindatum liggen"),
    (datetime.date(2031, 1, 1), datetime.date(2033, 12, 31), "ends_on", "hoogstens twee jaar"),
])
def test_an_agenda_period_follows_calendar_quarters(agenda, start, end, field, message):
    page = AgendaPage(title="Nieuw", slug="nieuw", starts_on=start, ends_on=end, intro="<p>x</p>")
    with pytest.raises(ValidationError) as error:
        page.clean()
    assert message in " ".join(error.value.message_dict[field])


def test_two_agendas_never_overlap(agenda):
    page = AgendaPage(title="Dubbel", slug="dubbel", starts_on=agenda.starts_on, ends_on=agenda.ends_on,
                      intro="<p>x</p>")
    with pytest.raises(ValidationError) as error:
        page.clean()
    assert "overlapt met" in error.value.message_dict["starts_on"][0]


def test_a_module_serves_one_theme_of_an_agenda(client, org, agenda):
    first, second = agenda.themes()
    module = _module_of(first)
    client.force_login(org.mt)
    url = reverse("wagtailadmin_pages:edit", args=[second.pk])
    data = nested_form_data({"title": second.title, "slug": second.slug, "summary": second.summary,
                             "why": rich_text("<p>x</p>"), "trainings": rich_text(""), "suggestions": "",
                             "action-publish": "1"})
    response = client.post(url, {**data, "modules": [module.pk]})
    assert response.status_code == 200
    assert f"hoort al bij het thema “{first.title}”" in response.content.decode()
    assert not second.modules.exists()


def test_the_mt_is_left_out_of_every_figure(agenda, crowd, org):
    """An MT member who learns (and links a goal) must not be able to move a cell across the threshold."""
    team = make_team("Team Oost")
    people = crowd(team, 20)
    theme = agenda.themes().first()
    make_doers("goal", people, 4, theme)
    org.mt.participant.team = team
    org.mt.participant.save()
    give_goal(org.mt, theme)
    cube = cube_for(agenda)
    quarter = agenda.quarters()[-1].number
    assert cube.value("goal", theme.pk, quarter, team.pk) is None  # still 4 of the others: hidden
    assert cube.population(team.pk) == 20


def test_calibration_needs_k_people_agreeing_and_k_disagreeing(agenda, crowd):
    team = make_team("Team Oost")
    people = crowd(team, 30)
    case = _case()
    dimension = "gezamenlijk-doel"
    for number, user in enumerate(people[:12]):
        answers = dict(EXPERT)
        if number < 4:  # only four people disagree on this dimension
            answers[dimension] = "niet-ingevuld"
        record_agreements(CaseAttempt.objects.create(user=user, case=case, framework=case.framework,
                                                     answers=answers))
    cube = cube_for(agenda)
    rows = dict(cube.calibration[(agenda.quarters()[-1].number, figures.ORGANISATION)])
    assert rows[dimension] is None  # 8 agree, 4 disagree: hidden
    assert all(percent is None for percent in rows.values())  # everyone agreed elsewhere: 100% says too much


def test_a_theme_title_cannot_become_a_spreadsheet_formula(client, agenda, crowd):
    theme = agenda.themes().first()
    theme.title = "=HYPERLINK(\"http://x\")"
    theme.save_revision().publish()
    mt = make_user("mt-lid", Role.MANAGEMENT, participant=False)
    client.force_login(mt)
    content = client.get("/agenda/dashboard.csv").content.decode("utf-8-sig")
    assert "'=HYPERLINK" in content and ";=HYPERLINK" not in content
    assert export_cells(client.get("/agenda/dashboard.csv").content, "goal", "'=HYPERLINK(\"http://x\")")


def test_unpublished_modules_are_not_offered(client, org, agenda):
    theme = agenda.themes().first()
    module = _module_of(theme)
    module.unpublish()
    client.force_login(org.owner)
    assert module.title not in client.get(agenda.url).content.decode()


def test_the_demo_agenda_keeps_the_rules_and_shows_figures(db):
    from django.core.management import call_command

    call_command("demo", stdout=open(os.devnull, "w"))  # noqa: SIM115
    agenda = AgendaPage.objects.get(slug="agenda")
    links = list(agenda.themes().values_list("modules", flat=True))
    assert len([m for m in links if m]) == len({m for m in links if m})  # no module on two themes
    agenda.full_clean()
    cube = cube_for(agenda)
    quarter = agenda.quarters()[-1].number
    shown = [cube.value("goal", theme.pk, quarter) for theme in cube.themes]
    assert any(value is not None for value in shown)  # large enough groups to show something


def test_a_module_linked_to_two_themes_anyway_counts_for_neither(agenda, crowd):
    """Links made before the rule (or around the admin) do not reopen the subtraction."""
    from courses.models import ModuleCompletion

    first, second = agenda.themes()
    module = _module_of(first)
    second.modules.add(module)
    second.save()
    team = make_team("Team Oost")
    ModuleCompletion.objects.bulk_create(ModuleCompletion(user=user, module=module) for user in crowd(team, 30)[:8])
    cube = cube_for(agenda)
    quarter = agenda.quarters()[-1].number
    assert cube.value("modules", first.pk, quarter) is None
    assert cube.value("modules", second.pk, quarter) is None
