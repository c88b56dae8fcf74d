"""The cycle pages as users meet them: who gets in, bad input, bounded queries."""

import pytest
from django.urls import reverse
from django.utils import timezone

from lms.cycles import services
from lms.cycles.models import ReflectionCycle
from lms.notifications.models import Notice
from lms.people.services import grant_share
from tests.support.documents import get_pdf

from .conftest import ANSWERS, to_step

pytestmark = pytest.mark.django_db


def test_starting_a_cycle_through_the_form(client, people):
    client.force_login(people.owner)
    response = client.post(reverse("lms:cycles:start"), {
        "medium": "beeldbellen", "client_code": "C-31", "learning_question": "Houd ik contact via het scherm?",
        "variant": "abc",
    })
    cycle = ReflectionCycle.objects.get()
    assert response.url == cycle.get_absolute_url()
    assert "Toestemming vastleggen" in client.get(response.url).content.decode()


@pytest.mark.parametrize(("code", "message"), [
    ("Jan de Vries", "Dit lijkt op een naam"),
    ("jan@example.org", "e-mailadres"),
    ("123456782", "BSN"),
    ("12-03-1975", "geboortedatum"),
])
def test_a_client_code_that_could_identify_someone_gets_a_dutch_message(client, people, code, message):
    client.force_login(people.owner)
    response = client.post(reverse("lms:cycles:start"), {"medium": "spreekkamer", "client_code": code,
                                                     "learning_question": "Vraag", "variant": "abc"})
    assert message in response.content.decode()
    assert not ReflectionCycle.objects.exists()


def test_a_recording_link_to_another_host_gets_a_dutch_message(client, people):
    cycle = to_step(people, "aangemeld")
    client.force_login(people.owner)
    response = client.post(reverse("lms:cycles:recording", args=[cycle.pk]), {
        "url": "https://video.example.com/x.mp4", "recorded_on": timezone.localdate().isoformat(),
        "duration": "45:00"})
    assert "beveiligde opslag van de organisatie" in response.content.decode()


def test_a_fragment_past_the_end_of_the_recording_is_refused(client, people):
    cycle = to_step(people, "toestemming")
    client.force_login(people.owner)
    response = client.post(reverse("lms:cycles:fragment", args=[cycle.pk]),
                           {"start": "49:00", "end": "51:00", "label": "Te laat"})
    assert "na het einde van de opname" in response.content.decode()
    assert not cycle.fragments.filter(label="Te laat").exists()


def test_the_owner_sees_recording_and_fragments(client, people):
    cycle = to_step(people, "analyse")
    client.force_login(people.owner)
    page = client.get(cycle.get_absolute_url()).content.decode()
    assert "Opname bekijken in de beveiligde opslag" in page
    assert "Begin" in page  # the owner's fragment


def test_an_assigned_analyst_sees_the_recording_within_consent(client, people):
    cycle = to_step(people, "analyse")
    client.force_login(people.analyst)
    page = client.get(cycle.get_absolute_url()).content.decode()
    assert "Opname bekijken in de beveiligde opslag" in page
    assert client.get(reverse("lms:cycles:analysis", args=[cycle.pk])).status_code == 200


@pytest.mark.parametrize("who", ["analyst3", "mt", "colleague", "buddy", "teamcoach", "admin"])
def test_everyone_else_is_refused_the_cycle_its_analysis_and_its_pdfs(client, people, who):
    cycle = to_step(people, "bespreking")
    client.force_login(getattr(people, who))
    for url in (cycle.get_absolute_url(), reverse("lms:cycles:analysis", args=[cycle.pk]),
                reverse("lms:cycles:comparison", args=[cycle.pk]), reverse("lms:cycles:recording", args=[cycle.pk]),
                reverse("lms:cycles:pdf", args=[cycle.pk, "toestemmingsformulier"])):
        assert client.get(url).status_code == 403, url
    assert not Notice.objects.filter(recipient=getattr(people, who), link=cycle.get_absolute_url()).exists()


def test_the_comparison_is_refused_until_both_submitted(client, people):
    cycle = to_step(people, "analyse")
    services.save_analysis(people.analyst, cycle, ANSWERS, submit=True)
    client.force_login(people.analyst)
    response = client.get(reverse("lms:cycles:comparison", args=[cycle.pk]))
    assert response.status_code == 403
    assert "blijft verborgen" in response.content.decode()


def test_the_comparison_shows_agreement_per_dimension(client, people):
    cycle = to_step(people, "bespreking")
    client.force_login(people.analyst2)
    page = client.get(reverse("lms:cycles:comparison", args=[cycle.pk])).content.decode()
    assert "Eens op" in page
    assert "mismatch" in page  # zelfbeeld opgegeven + strategie kansen


def test_the_workspace_shows_agreement_over_double_analyses(client, people):
    to_step(people, "bespreking")
    to_step(people, "bespreking")
    client.force_login(people.analyst)
    page = client.get(reverse("lms:cycles:workspace")).content.decode()
    assert "<title>Analistenwerkplek · Van Kijken naar Zien</title>" in page
    assert page.count("Overeenstemming tussen analisten") == 1
    assert "Over 2 dubbele analyses" in page
    # Echtheid van de klantmanager: 3 vs 4 in both cycles: 0% exact agreement.
    assert "0%" in page and "100%" in page


def test_a_shared_buddy_sees_the_reflection_but_never_the_recording(client, people):
    cycle = to_step(people, "afgerond")
    grant_share(people.owner, cycle, people.buddy)
    client.force_login(people.buddy)
    page = client.get(cycle.get_absolute_url()).content.decode()
    assert "Reflectiegesprek" in page and "Doorvragen" in page
    assert "Opname bekijken" not in page and "Fragmenten" not in page
    assert client.get(reverse("lms:cycles:comparison", args=[cycle.pk])).status_code == 403


def test_withdrawing_asks_first(client, people):
    cycle = to_step(people, "analyse")
    client.force_login(people.owner)
    assert "Heeft de cliënt de toestemming ingetrokken?" in client.get(
        reverse("lms:cycles:withdraw", args=[cycle.pk])).content.decode()
    client.post(reverse("lms:cycles:withdraw", args=[cycle.pk]))
    assert ReflectionCycle.objects.get(pk=cycle.pk).step == "ingetrokken"


def test_the_consent_form_and_leaflet_are_real_pdfs_in_plain_dutch(client, people):
    import io

    from pypdf import PdfReader

    cycle = to_step(people, "aangemeld")
    client.force_login(people.owner)
    for kind, phrase in (("toestemmingsformulier", "Uw code: C-17"), ("folder", "leren graag")):
        response = get_pdf(client, reverse("lms:cycles:pdf", args=[cycle.pk, kind]))
        text = "".join(page.extract_text() for page in PdfReader(io.BytesIO(response.content)).pages)
        assert phrase in text
        assert "vertrouwelijk" not in text  # for the client: not a confidential document of the klantmanager
    assert get_pdf(client, reverse("lms:cycles:pdf", args=[cycle.pk, "iets-anders"])).status_code == 404


def test_an_attention_point_becomes_a_goal_through_the_form(client, people):
    cycle = to_step(people, "aandachtspunten")
    point = services.add_attention_point(people.owner, cycle, "Stiltes laten vallen")
    client.force_login(people.owner)
    form = client.get(reverse("lms:cycles:point_to_goal", args=[point.pk])).content.decode()
    assert 'value="Stiltes laten vallen"' in form
    response = client.post(reverse("lms:cycles:point_to_goal", args=[point.pk]), {
        "kind": "action", "title": "Stiltes laten vallen", "origin": "reflection", "cadence_weeks": "4"})
    point.refresh_from_db()
    assert point.goal is not None and response.url == point.goal.get_absolute_url()


def test_an_attention_point_becomes_a_goal_on_a_theme_of_the_leeragenda(client, people):
    """The form offers the running agenda's themes (the agenda's part of the goal form) and keeps the one ticked."""
    from lms.agenda.models import GoalTheme
    from tests.lms.agenda.conftest import make_agenda

    theme = make_agenda().themes()[0]
    cycle = to_step(people, "aandachtspunten")
    point = services.add_attention_point(people.owner, cycle, "Doorvragen bij twijfel")
    client.force_login(people.owner)
    assert f'name="themes" value="{theme.pk}"' in client.get(
        reverse("lms:cycles:point_to_goal", args=[point.pk])).content.decode()
    client.post(reverse("lms:cycles:point_to_goal", args=[point.pk]), {
        "kind": "action", "title": "Doorvragen bij twijfel", "origin": "reflection", "cadence_weeks": "4",
        "themes": [theme.pk]})
    point.refresh_from_db()
    assert list(GoalTheme.objects.filter(goal=point.goal).values_list("theme", flat=True)) == [theme.pk]


def test_the_teamcoach_assigns_two_analysts_and_a_third_is_refused(client, people):
    cycle = to_step(people, "toestemming")
    client.force_login(people.teamcoach)
    assert f"Cyclus {cycle.pk}" in client.get(reverse("lms:cycles:assign_list")).content.decode()
    one = client.post(reverse("lms:cycles:assign", args=[cycle.pk]), {"analysts": [people.analyst.pk]})
    assert "precies twee" in one.content.decode()
    client.post(reverse("lms:cycles:assign", args=[cycle.pk]), {"analysts": [people.analyst.pk, people.analyst2.pk]})
    assert ReflectionCycle.objects.get(pk=cycle.pk).step == "analyse"


@pytest.mark.parametrize("count", [2, 40])
def test_cycle_page_and_workspace_need_bounded_queries(client, people, count, django_assert_max_num_queries):
    cycles = [to_step(people, "bespreking") for _ in range(count)]
    client.force_login(people.analyst)
    with django_assert_max_num_queries(14):
        assert client.get(reverse("lms:cycles:workspace")).status_code == 200
    with django_assert_max_num_queries(24):
        assert client.get(cycles[-1].get_absolute_url()).status_code == 200
    client.force_login(people.owner)
    with django_assert_max_num_queries(12):
        assert client.get(reverse("lms:cycles:list")).status_code == 200
    with django_assert_max_num_queries(24):
        assert client.get(cycles[0].get_absolute_url()).status_code == 200


def test_a_recording_link_that_hides_another_host_behind_a_backslash_is_refused_on_the_page(client, people):
    cycle = to_step(people, "aangemeld")
    client.force_login(people.owner)
    response = client.post(reverse("lms:cycles:recording", args=[cycle.pk]), {
        "url": "https://evil.example\\@gemeente.sharepoint.com/x.mp4",
        "recorded_on": timezone.localdate().isoformat(), "duration": "45:00"})
    assert response.status_code == 200
    assert response.context["form"].has_error("url")
    assert not ReflectionCycle.objects.filter(pk=cycle.pk, recording__isnull=False).exists()
