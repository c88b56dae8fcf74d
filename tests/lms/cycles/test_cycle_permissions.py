"""Who may take part in video-reflection (the capabilities) and who may do which work on one cycle (the actions
ANALYSE and LEAD): each allowed and refused, with the reason on the 403 page, and each decision with its SQL twin."""

import pytest
from django.core.exceptions import PermissionDenied, ValidationError
from django.urls import reverse
from django.utils import timezone

from lms.cycles import rules, services
from lms.cycles.models import ReflectionCycle
from lms.people import access

from .conftest import consent, start, to_step

pytestmark = pytest.mark.django_db

CAPABILITIES = {
    # capability: (url shown when allowed, who holds it, who does not, the reason on the 403 page)
    "cycles.start_cycle": ("lms:cycles:start", ("owner", "teamcoach", "mt", "buddy"), ("analyst", "editor", "admin"),
                           "Alleen deelnemers starten een video-reflectie."),
    "cycles.interview": ("lms:cycles:workspace", ("analyst", "analyst2", "interviewer"),
                         ("owner", "teamcoach", "mt", "admin"), "Alleen analisten en neutrale functionarissen"),
    "cycles.assign_analysts": ("lms:cycles:assign_list", ("teamcoach", "admin"), ("owner", "analyst", "mt", "buddy"),
                               "Alleen een teamcoach of de functioneel beheerder wijst analisten toe."),
}
CASES = [(name, who, True) for name, (_url, holders, _others, _r) in CAPABILITIES.items() for who in holders] + [
    (name, who, False) for name, (_url, _holders, others, _r) in CAPABILITIES.items() for who in others]


def test_the_cycle_capabilities_are_registered_with_their_roles_and_reasons():
    registered = access.policy.capabilities()
    assert {name: {role.value for role in registered[name].roles} for name in CAPABILITIES} == {
        "cycles.start_cycle": {"deelnemer"}, "cycles.interview": {"analist", "neutrale-functionaris"},
        "cycles.assign_analysts": {"teamcoach", "beheerder"},
    }
    for name, (_url, _holders, _others, reason) in CAPABILITIES.items():
        assert registered[name].reason.startswith(reason)


@pytest.mark.parametrize(("capability", "who", "allowed"), CASES)
def test_each_cycle_capability_opens_its_page_or_shows_the_reason(client, people, capability, who, allowed):
    url_name, _holders, _others, reason = CAPABILITIES[capability]
    user = getattr(people, who)
    assert access.may(user, capability).allowed is allowed
    client.force_login(user)
    response = client.get(reverse(url_name))
    if allowed:
        assert response.status_code == 200
    else:
        assert response.status_code == 403
        assert reason in response.content.decode()


def test_an_anonymous_visitor_holds_no_capability():
    from django.contrib.auth.models import AnonymousUser

    for name in CAPABILITIES:
        assert not access.may(AnonymousUser(), name)


def test_only_participants_start_a_cycle_and_nothing_is_kept_for_others(people):
    with pytest.raises(PermissionDenied, match="Alleen deelnemers"):
        start(people.analyst)
    assert not ReflectionCycle.objects.exists()
    assert start(people.teamcoach).owner == people.teamcoach  # a teamcoach is a participant too


@pytest.mark.parametrize(("who", "offered"), [
    ("owner", {"Video-reflecties"}), ("mt", {"Video-reflecties"}), ("analyst", {"Analistenwerkplek"}),
    ("interviewer", {"Cliëntinterviews"}),
    ("teamcoach", {"Video-reflecties", "Toewijzen"}), ("admin", {"Toewijzen"}),
    ("editor", set()),
])
def test_the_menu_offers_a_cycle_page_exactly_to_who_holds_its_capability(client, people, who, offered):
    links = {"Video-reflecties": "/cycli/", "Analistenwerkplek": "/cycli/werkplek/",
             "Cliëntinterviews": "/cycli/werkplek/", "Toewijzen": "/cycli/toewijzen/"}
    client.force_login(getattr(people, who))
    menu = client.get("/").content.decode()
    assert {label for label, href in links.items() if f'href="{href}"' in menu and f">{label}<" in menu} == offered


def test_a_person_without_the_capability_to_analyse_cannot_be_assigned(people):
    cycle = to_step(people, "toestemming")
    with pytest.raises(ValidationError) as refused:
        services.assign_analysts(people.teamcoach, cycle, [people.colleague, people.analyst])
    assert refused.value.code == "not_an_analyst"
    assert not cycle.assignments.exists()


def _unassigned(people):
    """Watching back alone (a): nobody is assigned, the owner leads the reflection."""
    cycle = start(people.owner, with_analyst_feedback=False, with_client_feedback=False)
    consent(people.owner, cycle, analysts_may_view=False, interview_allowed=False)
    return ReflectionCycle.objects.select_related("consent").get(pk=cycle.pk)


@pytest.mark.parametrize("action", [rules.ANALYSE, rules.INTERVIEW, rules.LEAD])
def test_the_cycle_actions_agree_with_their_sql_twin(people, action):
    assigned = to_step(people, "analyse")
    unassigned = _unassigned(people)
    withdrawn = to_step(people, "analyse")
    services.withdraw_consent(people.owner, withdrawn)
    withdrawn = ReflectionCycle.objects.select_related("consent").get(pk=withdrawn.pk)
    interviewed = to_step(people, "interview")
    services.assign_interviewer(people.teamcoach, interviewed, people.interviewer)
    interviewed = ReflectionCycle.objects.select_related("consent").get(pk=interviewed.pk)
    for who in ("owner", "analyst", "analyst2", "analyst3", "interviewer", "teamcoach", "mt", "admin"):
        user = getattr(people, who)
        visible = set(access.visible_to(user, ReflectionCycle.objects.all(), action).values_list("pk", flat=True))
        for cycle in (assigned, unassigned, withdrawn, interviewed):
            assert access.decide(user, action, cycle).allowed is (cycle.pk in visible), (who, action, cycle.pk)


def test_assigned_analysts_analyse_and_lead_and_the_owner_of_an_assigned_cycle_does_neither(people):
    cycle = to_step(people, "analyse")
    for action, reason in ((rules.ANALYSE, "Alleen de twee analisten"), (rules.LEAD, "Het reflectiegesprek wordt "
                                                                                      "geleid door een analist"),
                           (rules.INTERVIEW, "Alleen de neutrale interviewer")):
        assert access.decide(people.analyst, action, cycle)
        refusal = access.decide(people.owner, action, cycle)
        assert not refusal and refusal.reason.startswith(reason)
        assert not access.decide(people.analyst3, action, cycle)


def test_the_owner_leads_the_reflection_when_the_cycle_has_no_analysts(people):
    cycle = _unassigned(people)
    assert access.decide(people.owner, rules.LEAD, cycle)
    assert not access.decide(people.owner, rules.ANALYSE, cycle)
    assert not access.decide(people.owner, rules.INTERVIEW, cycle)
    assert not access.decide(people.analyst, rules.LEAD, cycle)


def test_an_unassigned_analyst_meets_the_reason_on_the_interview_and_reflection_pages(client, people):
    cycle = to_step(people, "interview")
    client.force_login(people.analyst3)
    for name in ("lms:cycles:interview", "lms:cycles:reflection", "lms:cycles:analysis"):
        response = client.get(reverse(name, args=[cycle.pk]))
        assert response.status_code == 403
    client.force_login(people.owner)  # may view the cycle, but never interviews their own client
    response = client.get(reverse("lms:cycles:interview", args=[cycle.pk]))
    assert response.status_code == 403 and "Alleen de neutrale interviewer" in response.content.decode()
    client.force_login(people.analyst2)
    assert client.get(reverse("lms:cycles:interview", args=[cycle.pk])).status_code == 200


def test_after_withdrawal_the_analysts_may_no_longer_lead(people):
    cycle = to_step(people, "interview")
    services.withdraw_consent(people.owner, cycle)
    with pytest.raises(PermissionDenied):
        services.skip_interview(people.analyst, ReflectionCycle.objects.get(pk=cycle.pk))
    with pytest.raises(PermissionDenied):
        services.record_reflection(people.analyst, ReflectionCycle.objects.get(pk=cycle.pk),
                                   held_on=timezone.localdate(), answers={})


def test_a_recording_rule_refuses_an_action_it_does_not_know_even_to_the_owner(people):
    """Default deny: an action another app invents for fragments (e.g. training use) is never answered like
    viewing; only that app's grant can allow it."""
    from lms.cycles.models import Fragment, ReflectionCycle
    from lms.people import access

    cycle = ReflectionCycle.objects.create(owner=people.owner, client_code="C-77", medium="spreekkamer",
                                           learning_question="x", step="analyse")
    fragment = Fragment.objects.create(cycle=cycle, start_seconds=1, end_seconds=5, label="Begroeting")
    assert access.decide(people.owner, access.VIEW, fragment)
    assert not access.decide(people.owner, "made_up_action", fragment)
    assert not access.visible_to(people.owner, Fragment.objects.all(), "made_up_action").exists()
