"""The path to independent learning: where a participant stands, what the next cycle looks like, and the
suggestion (and preselection) to go on independently after enough finished cycles. Theirs alone."""

import re

import pytest
from django.test import override_settings
from django.urls import reverse
from django.utils import timezone

from lms.cycles import path as learning_path
from lms.cycles.models import AnalystAssignment, ReflectionCycle, Step

from .conftest import start

pytestmark = pytest.mark.django_db
PATH = reverse("lms:cycles:path")
START = reverse("lms:cycles:start")


def finished(owner, count, question="Leervraag", **ingredients):
    """`count` cycles of `owner`, finished (the flow itself is tested elsewhere; here only the count matters)."""
    cycles = [start(owner, learning_question=f"{question} {i}", **ingredients) for i in range(count)]
    ReflectionCycle.objects.filter(pk__in=[c.pk for c in cycles]).update(step=Step.FINISHED,
                                                                          finished_at=timezone.now())
    return cycles


def checked_variant(html):
    match = re.search(r'<input type="radio" name="variant" value="(\w+)"[^>]*\bchecked\b', html)
    return match.group(1) if match else None


def test_a_new_participant_starts_guided_with_an_empty_history(client, people):
    client.force_login(people.owner)
    html = client.get(PATH).content.decode()
    assert 'aria-current="step" class="vknz-steps-bar__current">Begeleid<' in html
    assert "Je volgende video-reflectie (nummer 1)" in html
    assert "Je hebt nog geen video-reflectie afgerond." in html
    assert "Tijd om zelfstandig verder te gaan" not in html


def test_from_the_third_cycle_the_participant_analyses_first(client, people):
    finished(people.owner, 2)
    path = learning_path.path_of(people.owner)
    assert (path.next_number, path.phase.key, path.finished_count) == (3, learning_path.SELF_FIRST, 2)
    assert path.asks_self_analysis_first and not path.suggests_independence
    client.force_login(people.owner)
    form = client.get(START).content.decode()
    assert "Dit wordt je video-reflectie 3. Fase: Eerst zelf analyseren." in form
    assert checked_variant(form) == "abc"  # still the guided default: analysts respond to the self-analysis


def test_a_cycle_in_progress_counts_for_the_number_not_for_independence(people):
    finished(people.owner, 3)
    start(people.owner)  # the fourth, not finished
    path = learning_path.path_of(people.owner)
    assert (path.next_number, path.finished_count, path.phase.key) == (5, 3, learning_path.SELF_FIRST)


def test_after_four_finished_cycles_independence_is_suggested_and_preselected(client, people):
    finished(people.owner, 4)
    client.force_login(people.owner)
    html = client.get(PATH).content.decode()
    assert "Tijd om zelfstandig verder te gaan" in html
    assert 'aria-current="step" class="vknz-steps-bar__current">Zelfstandig verder<' in html
    for key in ("a", "ad", "b"):
        assert f'{START}?variant={key}"' in html
    form = client.get(START).content.decode()
    assert checked_variant(form) == "a"
    assert "Zelfstandig terugkijken met de Kijkwijzer' alvast gekozen." in form
    assert checked_variant(client.get(START, {"variant": "ad"}).content.decode()) == "ad"
    assert checked_variant(client.get(START, {"variant": "onzin"}).content.decode()) == "a"


def test_the_preselected_independent_cycle_starts_without_analysts(client, people):
    finished(people.owner, 4)
    client.force_login(people.owner)
    response = client.post(START, {"medium": "spreekkamer", "client_code": "C-40", "learning_question": "Alleen?",
                                   "variant": "a"})
    cycle = ReflectionCycle.objects.get(owner=people.owner, client_code="C-40")
    assert response.status_code == 302
    assert (cycle.with_video_analysis, cycle.with_analyst_feedback, cycle.with_client_feedback,
            cycle.with_intervision) == (True, False, False, False)
    assert not cycle.needs_assignment and Step.ANALYSIS not in cycle.steps()


@override_settings(VKNZ_SELF_ANALYSIS_FROM_CYCLE=2, VKNZ_INDEPENDENT_AFTER_CYCLES=2)
def test_the_organisation_sets_the_thresholds(client, people):
    finished(people.owner, 1)
    assert learning_path.path_of(people.owner).phase.key == learning_path.SELF_FIRST
    finished(people.owner, 1)
    assert learning_path.path_of(people.owner).suggests_independence
    client.force_login(people.owner)
    html = client.get(PATH).content.decode()
    assert "Vanaf je video-reflectie 2 analyseer je" in html and "Na 2 afgeronde video-reflecties" in html


def test_the_history_says_who_the_participant_learned_with(client, people):
    with_analysts, alone = finished(people.owner, 2, with_analyst_feedback=True, with_video_analysis=True,
                                    with_client_feedback=False)
    ReflectionCycle.objects.filter(pk=alone.pk).update(with_analyst_feedback=False)
    for analyst in (people.analyst, people.analyst2):
        AnalystAssignment.objects.create(cycle=with_analysts, analyst=analyst, assigned_by=people.teamcoach)
    group = finished(people.owner, 1, with_video_analysis=False, with_client_feedback=False,
                     with_analyst_feedback=False, with_intervision=True, medium="spreekkamer")[0]
    ReflectionCycle.objects.filter(pk=group.pk).update(interviewer=people.interviewer, with_client_feedback=True)
    rows = {done.cycle.pk: done.with_whom for done in learning_path.path_of(people.owner).finished}
    assert [str(part) for part in rows[with_analysts.pk]] == [
        f"analisten {people.analyst.get_full_name() or people.analyst.username}, "
        f"{people.analyst2.get_full_name() or people.analyst2.username}"]
    assert [str(part) for part in rows[alone.pk]] == ["alleen"]
    assert [str(part) for part in rows[group.pk]][1] == "je intervisiegroep"
    assert str(rows[group.pk][0]).startswith("neutrale interviewer ")
    client.force_login(people.owner)
    assert "je intervisiegroep" in client.get(PATH).content.decode()


@pytest.mark.parametrize("role", ["teamcoach", "buddy", "mt", "colleague"])
def test_nobody_else_sees_a_participants_path_even_with_a_share(client, people, role):
    """The page has no one's id in it: every participant sees only their own. A teamcoach or buddy to whom a
    cycle is shared sees that cycle, never the path; MT sees their own cycles only."""
    from lms.people.services import grant_share

    cycles = finished(people.owner, 4, question="Geheime leervraag")
    viewer = getattr(people, role)
    grant_share(people.owner, cycles[0], viewer)
    client.force_login(viewer)
    response = client.get(PATH)
    assert response.status_code == 200  # their own path, as participants
    html = response.content.decode()
    assert "Geheime leervraag" not in html and "Tijd om zelfstandig verder te gaan" not in html
    assert "Je hebt nog geen video-reflectie afgerond." in html


@pytest.mark.parametrize("role", ["analyst", "interviewer", "editor"])
def test_people_without_cycles_of_their_own_are_refused(client, people, role):
    client.force_login(getattr(people, role))
    assert client.get(PATH).status_code == 403


def test_anonymous_visitors_go_to_the_login(client):
    assert client.get(PATH).status_code == 302


@pytest.mark.parametrize("count", [2, 30])
def test_the_path_page_has_a_fixed_number_of_queries(client, people, django_assert_max_num_queries, count):
    cycles = finished(people.owner, count, with_analyst_feedback=True, with_client_feedback=True)
    for cycle in cycles:
        AnalystAssignment.objects.create(cycle=cycle, analyst=people.analyst, assigned_by=people.teamcoach)
    ReflectionCycle.objects.filter(owner=people.owner).update(interviewer=people.interviewer)
    client.force_login(people.owner)
    client.get(PATH)  # warm the per-process caches (site settings, menu)
    with django_assert_max_num_queries(14):
        response = client.get(PATH)
    assert response.content.decode().count('class="utrecht-table__row"') == count + 1
