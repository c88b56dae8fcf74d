import pytest
from django.utils import timezone

from demo.site import ensure_home_page
from lms.agenda.models import AgendaIndexPage, AgendaPage, ThemePage, four_quarters_until
from lms.people.roles import Role
from tests.factories import make_team, make_user


def running_period(today=None):
    """Four quarters, the last of which holds today (so 'this quarter' is the agenda's fourth)."""
    return four_quarters_until(today or timezone.localdate())


def make_agenda(title="Leeragenda", themes=("Echt contact", "Samen het doel bepalen"), **fields):
    home = ensure_home_page()
    index = AgendaIndexPage.objects.first() or home.add_child(instance=AgendaIndexPage(title="Leeragenda",
                                                                                         slug="leeragenda"))
    start, end = running_period()
    agenda = index.add_child(instance=AgendaPage(
        title=title, slug=title.lower().replace(" ", "-"), starts_on=fields.pop("starts_on", start),
        ends_on=fields.pop("ends_on", end), intro="<p>Waar we samen in groeien.</p>", **fields))
    agenda.save_revision().publish()
    for name in themes:
        theme = agenda.add_child(instance=ThemePage(
            title=name, slug=name.lower().replace(" ", "-"), summary=f"Over {name.lower()}.",
            why="<p>Omdat het ertoe doet.</p>", suggestions="Ik vraag door.\nIk vat samen."))
        theme.save_revision().publish()
    return AgendaPage.objects.get(pk=agenda.pk)


@pytest.fixture
def agenda(db):
    return make_agenda()


@pytest.fixture
def crowd(db):
    """make(team, n): n participants in `team`."""
    counter = iter(range(1, 10_000))

    def make(team, n):
        people = []
        for _ in range(n):
            number = next(counter)
            people.append(make_user(f"deelnemer{number}-{team.pk if team else 'x'}", Role.PARTICIPANT, team=team,
                                    first_name="Jamie", last_name=f"Achternaam{number:03d}"))
        return people

    return make


@pytest.fixture
def teams(db):
    return [make_team("Team Oost"), make_team("Team West")]
