"""Who may practise with cases and who may lead a group exercise (capabilities, refused with their reason on the
403 page), and the codes on a refused submission."""

import pytest
from django.core.exceptions import PermissionDenied, ValidationError
from django.test import RequestFactory
from django.urls import reverse

from casuistiek import services
from casuistiek.models import CaseAttempt, GroupSession
from casuistiek.rules import LEAD_GROUP_EXERCISE, PRACTISE_CASES
from lms.extensions.dashboard import menu_for
from lms.people import access

from .conftest import EXPERT, make_case, post_data

pytestmark = pytest.mark.django_db

PARTICIPANTS_ONLY = "Oefenen met casussen is voor deelnemers."
LEADERS_ONLY = "Een groepsoefening start je als teamcoach of trainer."


def menu_labels(user):
    request = RequestFactory().get("/")
    request.user = user
    return [str(item.label) for item in menu_for(request)]


def test_a_participant_may_practise_with_cases(case, client, org):
    assert access.may(org.owner, PRACTISE_CASES).allowed
    assert "Casussen" in menu_labels(org.owner)
    client.force_login(org.owner)
    assert client.post(case.get_absolute_url(), post_data(case, EXPERT)).status_code == 302
    assert CaseAttempt.objects.filter(user=org.owner).count() == 1


@pytest.mark.parametrize("who", ["editor", "analyst", "admin"])
def test_who_is_no_participant_may_not_practise_and_the_403_page_says_why(case, client, org, who):
    user = getattr(org, who)
    decision = access.may(user, PRACTISE_CASES)
    assert not decision.allowed and decision.reason == PARTICIPANTS_ONLY
    assert "Casussen" not in menu_labels(user)
    client.force_login(user)
    response = client.post(case.get_absolute_url(), post_data(case, EXPERT))
    assert response.status_code == 403 and PARTICIPANTS_ONLY in response.content.decode()
    assert not CaseAttempt.objects.exists()


@pytest.mark.parametrize("who", ["teamcoach", "editor"])
def test_teamcoaches_and_trainers_may_lead_a_group_exercise(case, client, org, who):
    user = getattr(org, who)
    assert access.may(user, LEAD_GROUP_EXERCISE).allowed
    client.force_login(user)
    response = client.post(reverse("lms:casuistiek:group_new"), {"case": case.pk, "title": "Groep"})
    session = GroupSession.objects.get(facilitator=user)
    assert response.status_code == 302 and response.url == session.get_absolute_url()


@pytest.mark.parametrize("who", ["owner", "mt", "analyst", "admin"])
def test_nobody_else_may_lead_a_group_exercise_and_the_403_page_says_why(case, client, org, who):
    user = getattr(org, who)
    decision = access.may(user, LEAD_GROUP_EXERCISE)
    assert not decision.allowed and decision.reason == LEADERS_ONLY
    client.force_login(user)
    for response in (client.get(reverse("lms:casuistiek:group_new")),
                     client.post(reverse("lms:casuistiek:group_new"), {"case": case.pk, "title": "Groep"})):
        assert response.status_code == 403 and LEADERS_ONLY in response.content.decode()
    with pytest.raises(PermissionDenied, match=LEADERS_ONLY):
        services.open_group_session(user, case, "Groep")
    assert not GroupSession.objects.exists()


def test_a_refused_submission_carries_a_code(case, org):
    with pytest.raises(ValidationError) as refused:
        services.submit_attempt(org.owner, case, EXPERT, case.framework_id + 99)
    assert refused.value.code == "other_framework_version"
    with pytest.raises(ValidationError) as refused:
        services.submit_attempt(org.owner, case, {"zelfbeeld": "wil-maar-kan-niet"}, case.framework_id)
    assert refused.value.code == "incomplete"
    other = make_case(slug="ander-gesprek")
    session = services.open_group_session(org.teamcoach, other, "Groep")
    with pytest.raises(ValidationError) as refused:
        services.submit_attempt(org.owner, case, EXPERT, case.framework_id, group_session=session)
    assert refused.value.code == "other_case"
    case.live = False
    case.save()
    for attempt in (lambda: services.submit_attempt(org.owner, case, EXPERT, case.framework_id),
                    lambda: services.open_group_session(org.teamcoach, case, "Groep")):
        with pytest.raises(ValidationError) as refused:
            attempt()
        assert refused.value.code == "unavailable"
    assert not CaseAttempt.objects.exists()
