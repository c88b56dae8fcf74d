"""Every create a double click or a retry could repeat makes one row: the same form (its hidden submission key)
sent twice goes to what the first one made, with a short message (theme/submissions.py)."""

import uuid
from concurrent.futures import ThreadPoolExecutor

import pytest
import requests
from django.conf import settings
from django.db import connection
from django.test import Client
from django.urls import reverse
from django.utils import timezone

from intervisie import services as intervisie
from intervisie.forms import SLOTS_PREFIX
from intervisie.models import IntervisionGroup, Poll
from lms.agenda.models import Contribution, ThemePage
from lms.cycles.models import ReflectionCycle
from lms.goals import services as goals
from lms.goals.choices import Kind
from lms.goals.models import FeedbackRequest, Goal
from lms.goals.services import Formulation
from lms.people.models import Share
from lms.people.services import grant_share
from tests.factories import make_user
from tests.lms.agenda.conftest import make_agenda

NEW_GOAL = {"kind": "learning", "title": "Stiltes laten vallen", "description": "", "why": "", "success_criteria": "",
            "origin": "own_initiative", "origin_note": "", "cadence_weeks": "6"}


def twice(client, url, data):
    """Post the same form twice; the second answer, followed."""
    first = client.post(url, data)
    assert first.status_code == 302, first.content.decode()[:2000]
    return first, client.post(url, data, follow=True)


@pytest.mark.django_db
def test_the_new_goal_form_sent_twice_makes_one_goal_and_leads_to_it(client, org):
    client.force_login(org.owner)
    data = {**NEW_GOAL, "submission_key": str(uuid.uuid4())}
    first, second = twice(client, reverse("lms:goals:create"), data)
    goal = Goal.objects.get(owner=org.owner)
    assert first["Location"] == goal.get_absolute_url()
    assert second.redirect_chain[-1][0] == goal.get_absolute_url()
    assert "Dit doel was al opgeslagen; hier is het." in second.content.decode()
    client.post(reverse("lms:goals:create"), {**data, "submission_key": str(uuid.uuid4())})
    assert Goal.objects.filter(owner=org.owner).count() == 2  # a new form is a new goal


@pytest.mark.django_db
def test_the_new_goal_form_carries_a_fresh_key_each_time(client, org):
    client.force_login(org.owner)
    keys = {client.get(reverse("lms:goals:create")).context["form"]["submission_key"].value() for _ in range(2)}
    assert len(keys) == 2


@pytest.mark.django_db
def test_a_share_and_a_feedback_request_sent_twice_are_made_once(client, org):
    goal = goals.create_goal(org.owner, Kind.LEARNING, Formulation(title="Doorvragen"))
    client.force_login(org.owner)
    key = str(uuid.uuid4())
    _first, second = twice(client, reverse("lms:goals:share", args=[goal.pk]),
                           {"grantee": org.teamcoach.pk, "submission_key": key})
    assert "Dit was al gedeeld." in second.content.decode()
    assert Share.objects.for_object(goal).count() == 1

    _first, second = twice(client, reverse("lms:goals:ask_feedback", args=[goal.pk]),
                           {"reviewer": org.teamcoach.pk, "question": "Herken je dit?", "submission_key": key})
    assert "Je vraag om feedback was al verstuurd." in second.content.decode()
    assert FeedbackRequest.objects.filter(goal=goal).count() == 1


@pytest.mark.django_db
def test_a_cycle_started_twice_with_one_form_is_one_cycle_numbered_per_person(client, org):
    client.force_login(org.owner)
    data = {"medium": "spreekkamer", "client_code": "C-17", "learning_question": "Laat ik ruimte?",
            "variant": "abc", "submission_key": str(uuid.uuid4())}
    _first, second = twice(client, reverse("lms:cycles:start"), data)
    assert "Deze video-reflectie was al aangemeld." in second.content.decode()
    cycle = ReflectionCycle.objects.get(owner=org.owner)
    assert cycle.number == 1


@pytest.mark.django_db
def test_an_intervisie_group_and_its_poll_sent_twice_are_made_once(client, org):
    client.force_login(org.owner)
    members = [org.owner, org.colleague, org.buddy, org.teamcoach]
    _first, second = twice(client, reverse("lms:intervisie:group_new"), {
        "name": "Centrum", "members": [m.pk for m in members], "cadence_weeks": 6, "usual_minutes": 90,
        "submission_key": str(uuid.uuid4())})
    assert "Deze intervisiegroep was al aangemaakt." in second.content.decode()
    group = IntervisionGroup.objects.get()
    poll_data = {"first_date": (timezone.localdate() + timezone.timedelta(days=7)).isoformat(),
                 "submission_key": str(uuid.uuid4()),
                 f"{SLOTS_PREFIX}-TOTAL_FORMS": "1", f"{SLOTS_PREFIX}-INITIAL_FORMS": "0",
                 f"{SLOTS_PREFIX}-0-weekday": "1", f"{SLOTS_PREFIX}-0-start_time": "14:00"}
    _first, second = twice(client, reverse("lms:intervisie:poll_new", args=[group.pk]), poll_data)
    assert "Deze datumprikker was al gestart." in second.content.decode()
    assert Poll.objects.filter(group=group).count() == 1


@pytest.mark.django_db
def test_an_agenda_contribution_sent_twice_is_made_once(client, org):
    make_agenda()
    theme = ThemePage.objects.live().first()
    client.force_login(org.owner)
    _first, second = twice(client, reverse("lms:agenda:contribute"), {
        "theme": theme.pk, "text": "Doorvragen helpt.", "agree": "on", "submission_key": str(uuid.uuid4())})
    assert "Je bijdrage was al gedeeld." in second.content.decode()
    assert Contribution.objects.filter(contributor=org.owner).count() == 1


@pytest.mark.django_db
def test_the_services_answer_a_repeated_key_with_what_was_made(org):
    from theme.submissions import AlreadySaved

    key = uuid.uuid4()
    goal = goals.create_goal(org.owner, Kind.LEARNING, Formulation(title="Eén"), submission_key=key)
    with pytest.raises(AlreadySaved) as again:
        goals.create_goal(org.owner, Kind.LEARNING, Formulation(title="Eén"), submission_key=key)
    assert again.value.obj == goal and again.value.code == "already_saved"
    # Another person's key space is their own: the same key makes their own goal.
    other = goals.create_goal(org.colleague, Kind.LEARNING, Formulation(title="Eén"), submission_key=key)
    assert other != goal
    share = grant_share(org.owner, goal, org.teamcoach, submission_key=key).share
    with pytest.raises(AlreadySaved) as again:
        grant_share(org.owner, goal, org.teamcoach, submission_key=key)
    assert again.value.obj == share
    group = intervisie.create_group(org.owner, name="G", submission_key=key,
                                    members=[org.owner, org.colleague, org.buddy, org.teamcoach])
    with pytest.raises(AlreadySaved):
        intervisie.create_group(org.owner, name="G", submission_key=key,
                                members=[org.owner, org.colleague, org.buddy, make_user("ander")])
    assert IntervisionGroup.objects.get() == group


# Three submits at the same moment, from three threads of a live server on the test database (a file on SQLite):
# the pre-read cannot see the others' rows yet, so the unique constraint has to settle it.

CSRF = "k" * 32


@pytest.mark.django_db(transaction=True)
def test_three_simultaneous_submits_of_the_new_goal_form_make_one_goal(live_server, org):
    if connection.vendor == "sqlite":
        assert connection.settings_dict["NAME"] and "memory" not in str(connection.settings_dict["NAME"])
    browser = Client()
    browser.force_login(org.owner)
    cookies = {settings.SESSION_COOKIE_NAME: browser.cookies[settings.SESSION_COOKIE_NAME].value,
               settings.CSRF_COOKIE_NAME: CSRF}
    data = {**NEW_GOAL, "submission_key": str(uuid.uuid4()), "csrfmiddlewaretoken": CSRF}

    def submit(_):
        return requests.post(f"{live_server.url}{reverse('lms:goals:create')}", data=data, cookies=cookies,
                             allow_redirects=False, timeout=60).status_code

    with ThreadPoolExecutor(max_workers=3) as pool:
        answers = list(pool.map(submit, range(3)))
    assert answers == [302, 302, 302]
    assert Goal.objects.filter(owner=org.owner).count() == 1
