"""Reading the leeragenda, linking goals to its themes, the PDF, and contributing anonymously."""

import datetime
import io

import pytest
from django.urls import reverse
from pypdf import PdfReader

from lms.agenda.models import Contribution
from lms.agenda.services import organisational_learning, released_before, set_goal_themes
from lms.cycles.models import AttentionPoint, Medium, ReflectionCycle
from lms.goals import services as goal_services
from lms.goals.choices import Kind
from lms.goals.models import Goal
from lms.people.roles import Role
from tests.factories import make_user
from tests.support.documents import get_pdf

from .conftest import make_agenda


def new_goal(owner, themes=()):
    goal = goal_services.create_goal(owner, Kind.LEARNING, goal_services.Formulation(title="Samen het doel kiezen"))
    if themes:
        set_goal_themes(owner, goal, themes)
    return goal


def test_the_menu_leads_to_the_running_agenda(client, org, agenda):
    client.force_login(org.owner)
    assert 'href="/agenda/"' in client.get("/").content.decode()
    response = client.get("/agenda/")
    assert response.status_code == 302 and response["Location"] == agenda.url


def test_without_an_agenda_the_menu_says_there_is_none_yet(client, org):
    client.force_login(org.owner)
    assert "nog geen leeragenda gepubliceerd" in client.get("/agenda/").content.decode()


def test_the_agenda_asks_to_log_in_first(client, agenda):
    response = client.get(agenda.url)
    assert response.status_code == 302 and "/inloggen/" in response["Location"]


def test_a_participant_sees_per_theme_what_to_do_next(client, org, agenda):
    first, second = agenda.themes()
    new_goal(org.owner, themes=[first])
    client.force_login(org.owner)
    page = client.get(agenda.url).content.decode()
    assert "Je werkt aan dit thema met:" in page and "Samen het doel kiezen" in page
    # For the theme without a goal: the suggestions and a way to write one's own goal on it.
    assert "Ik vat samen." in page
    assert f"{reverse('lms:goals:create')}?thema={second.pk}" in page
    assert "Deel anoniem met de organisatie" in page


def test_nobody_else_sees_my_goals_on_the_agenda(client, org, agenda):
    new_goal(org.owner, themes=[agenda.themes().first()])
    for reader in (org.colleague, org.mt, org.editor):
        client.force_login(reader)
        assert "Samen het doel kiezen" not in client.get(agenda.url).content.decode()


def test_a_new_goal_can_start_from_a_theme(client, org, agenda):
    theme = agenda.themes().last()
    client.force_login(org.owner)
    form = client.get(f"{reverse('lms:goals:create')}?thema={theme.pk}").content.decode()
    assert f'value="{theme.pk}" id="id_themes_1" checked' in form or "checked" in form
    response = client.post(reverse("lms:goals:create"), {
        "kind": "learning", "title": "Een eigen doel", "origin": "own_initiative", "cadence_weeks": 6,
        "themes": [theme.pk]})
    assert response.status_code == 302
    assert list(Goal.objects.get(owner=org.owner).themes.all()) == [theme]


def test_linking_an_existing_goal_changes_no_formulation(client, org, agenda):
    goal = new_goal(org.owner)
    theme = agenda.themes().first()
    client.force_login(org.owner)
    response = client.post(reverse("lms:agenda:goal_themes", args=[goal.pk]), {"themes": [theme.pk]})
    assert response.status_code == 302
    goal.refresh_from_db()
    assert list(goal.themes.all()) == [theme] and goal.versions.count() == 1
    assert theme.title in client.get(goal.get_absolute_url()).content.decode()


def test_only_the_owner_links_a_goal_to_a_theme(client, org, agenda):
    goal = new_goal(org.owner)
    theme = agenda.themes().first()
    for other in (org.colleague, org.mt, org.teamcoach):
        client.force_login(other)
        response = client.post(reverse("lms:agenda:goal_themes", args=[goal.pk]), {"themes": [theme.pk]})
        assert response.status_code in (403, 404)
    assert not goal.themes.exists()


def test_a_theme_of_an_ended_agenda_cannot_be_added(client, org, agenda):
    old = make_agenda(title="Leeragenda vorig jaar", themes=("Oud thema",),
                      starts_on=datetime.date(2020, 1, 1), ends_on=datetime.date(2020, 12, 31))
    goal = new_goal(org.owner)
    client.force_login(org.owner)
    response = client.post(reverse("lms:agenda:goal_themes", args=[goal.pk]), {"themes": [old.themes().first().pk]})
    assert response.status_code == 200
    assert "Selecteer een geldige keuze" in response.content.decode() or "staat niet" in response.content.decode()
    assert not goal.themes.exists()


def test_the_published_agenda_as_pdf(client, org, agenda):
    client.force_login(org.owner)
    response = get_pdf(client, reverse("lms:agenda:pdf", args=[agenda.pk]))
    assert response["Content-Type"] == "application/pdf"
    text = "".join(page.extract_text() for page in PdfReader(io.BytesIO(response.content)).pages)
    assert "Leeragenda" in text and "Echt contact" in text and "Ik vraag door." in text
    assert "vertrouwelijk" not in text  # the agenda is for everyone


def test_an_unpublished_agenda_has_no_pdf(client, org, agenda):
    agenda.unpublish()
    client.force_login(org.owner)
    assert get_pdf(client, reverse("lms:agenda:pdf", args=[agenda.pk])).status_code == 404


# Contributions: "deel anoniem met de organisatie"


def test_sharing_an_attention_point_anonymously(client, org, agenda):
    cycle = ReflectionCycle.objects.create(owner=org.owner, client_code="AB12", medium=Medium.CONSULTING_ROOM,
                                           learning_question="Hoe?")
    point = AttentionPoint.objects.create(cycle=cycle, text="Stilte laten vallen werkt")
    theme = agenda.themes().first()
    client.force_login(org.owner)
    link = f"{reverse('lms:agenda:contribute')}?punt={point.pk}"
    assert link in client.get(cycle.get_absolute_url()).content.decode()
    form = client.get(f"{reverse('lms:agenda:contribute')}?punt={point.pk}").content.decode()
    assert "Stilte laten vallen werkt" in form
    response = client.post(reverse("lms:agenda:contribute"), {"theme": theme.pk, "text": "Stilte laten vallen werkt",
                                                          "agree": "on"})
    assert response.status_code == 302
    assert Contribution.objects.get().contributor == org.owner


def test_someone_elses_attention_point_is_not_offered(client, org, agenda):
    cycle = ReflectionCycle.objects.create(owner=org.colleague, client_code="AB12", medium=Medium.CONSULTING_ROOM,
                                           learning_question="Hoe?")
    point = AttentionPoint.objects.create(cycle=cycle, text="Privé van een collega")
    client.force_login(org.owner)
    assert client.get(f"{reverse('lms:agenda:contribute')}?punt={point.pk}").status_code in (403, 404)


@pytest.mark.parametrize(("data", "message"), [
    ({"text": "Iets", "agree": "on"}, "Kies het thema"),
    ({"text": "", "agree": "on"}, "Schrijf op wat je wilt delen."),
    ({"text": "Iets"}, "Vink aan dat je dit anoniem wilt delen."),
    ({"text": "Bij cliënt AB12 merkte ik dat", "agree": "on"}, "cliëntcode"),
    ({"text": "x" * 601, "agree": "on"}, "hoogstens 600 tekens"),
])
def test_a_bad_contribution_is_refused_with_a_reason(client, org, agenda, data, message):
    ReflectionCycle.objects.create(owner=org.owner, client_code="AB12", medium=Medium.CONSULTING_ROOM,
                                   learning_question="Hoe?")
    if "Kies" not in message:
        data = {**data, "theme": agenda.themes().first().pk}
    client.force_login(org.owner)
    response = client.post(reverse("lms:agenda:contribute"), data)
    assert response.status_code == 200 and message in response.content.decode()
    assert not Contribution.objects.exists()


def test_only_participants_contribute(client, org, agenda):
    client.force_login(org.editor)
    assert client.get(reverse("lms:agenda:contribute")).status_code == 403


def test_the_writer_withdraws_and_nobody_else_can(client, org, agenda):
    contribution = Contribution.objects.create(theme=agenda.themes().first(), contributor=org.owner, text="Les")
    url = reverse("lms:agenda:withdraw", args=[contribution.pk])
    for other in (org.colleague, org.mt):
        client.force_login(other)
        assert client.post(url).status_code in (403, 404)
    client.force_login(org.owner)
    assert "Les" in client.get(reverse("lms:agenda:mine")).content.decode()
    assert "Ja, intrekken" in client.get(url).content.decode()  # a confirmation first
    assert Contribution.objects.exists()
    client.post(url)
    assert not Contribution.objects.exists()


@pytest.mark.parametrize("writers", [4, 5, 6])
def test_the_mt_reads_contributions_only_from_k_people(client, org, agenda, writers):
    theme = agenda.themes().first()
    people = [make_user(f"schrijver{i}", Role.PARTICIPANT, first_name="Robin", last_name=f"Schrijver{i}")
              for i in range(writers)]
    for number, person in enumerate(people):
        Contribution.objects.create(theme=theme, contributor=person, text=f"Geleerde les nummer {number}")
    # One person writing twice does not make a larger group.
    Contribution.objects.create(theme=theme, contributor=people[0], text="Nog een les van dezelfde")
    last_quarter()
    client.force_login(org.mt)
    page = client.get(reverse("lms:agenda:learning")).content.decode()
    assert ("Geleerde les nummer 0" in page) is (writers >= 5)
    # The second theme has no contributions at all; the first opens from five writers.
    assert page.count("Nog bijdragen van minder dan 5 mensen") == (2 if writers < 5 else 1)
    for person in people:
        assert person.get_full_name() not in page and person.username not in page


def last_quarter():
    """Move every contribution into the previous quarter (they are read from the quarter after)."""
    Contribution.objects.update(created_at=released_before() - datetime.timedelta(days=1))


def test_contributions_of_this_quarter_wait_for_its_end(client, org, agenda):
    theme = agenda.themes().first()
    for number in range(6):
        Contribution.objects.create(theme=theme, contributor=make_user(f"schrijver{number}", Role.PARTICIPANT),
                                    text=f"Vers gedeelde les {number}")
    assert not organisational_learning([theme])[0]["enough"]
    last_quarter()
    assert organisational_learning([theme])[0]["enough"]


def test_the_mt_does_not_count_towards_the_threshold(org, agenda):
    """Otherwise an MT member could add one text and read four colleagues' contributions."""
    theme = agenda.themes().first()
    for number in range(4):
        Contribution.objects.create(theme=theme, contributor=make_user(f"schrijver{number}", Role.PARTICIPANT),
                                    text=f"Les {number}")
    Contribution.objects.create(theme=theme, contributor=org.mt, text="Een les van het MT zelf")
    last_quarter()
    assert not organisational_learning([theme])[0]["enough"]


def test_the_order_of_contributions_says_nothing_about_who_or_when(agenda, org):
    theme = agenda.themes().first()
    people = [make_user(f"schrijver{i}", Role.PARTICIPANT) for i in range(6)]
    texts = [f"Les {letter}" for letter in "fbdaec"]
    for person, text in zip(people, texts, strict=True):
        Contribution.objects.create(theme=theme, contributor=person, text=text)
    last_quarter()
    shown = organisational_learning([theme])[0]["texts"]
    assert sorted(shown) == sorted(texts)
    assert shown != texts and shown != texts[::-1]  # not in the order they were written
