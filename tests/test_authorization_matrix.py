"""Every URL of the site that names someone else's object, requested as every other role, is refused.

The test walks the URLconf, so a new view with an object in its URL is covered without editing this file: it
fails until the view's object is listed in OBJECTS below. Only the grants the access policy makes on purpose
(a teamcoach coordinating analysts and buddy pairs) are let through.
"""

import datetime

import pytest
from django.urls import get_resolver, reverse
from django.utils import timezone

from buddy.models import BuddyPair
from casuistiek.models import CaseAttempt
from intervisie import services as intervisie_services
from lms.cycles import services as cycle_services
from lms.goals import services as goal_services
from lms.goals.services import Formulation
from lms.notifications.services import notify
from lms.people.roles import Role
from lms.people.services import grant_share
from tests.factories import make_user

pytestmark = pytest.mark.django_db

APPS = ("people", "notifications", "documents", "goals", "cycles", "courses", "buddy", "casuistiek", "intervisie",
        "agenda")
# Pages that are not anyone's personal object: a published practice case and a group exercise anyone may join,
# the calendar feed, which its secret token opens (tested in tests/intervisie), a published leeragenda's PDF, and the
# client's session-rating form, which its one-time token opens without an account (tests/lms/cycles/
# test_session_ratings.py: reuse, expiry, wrong tokens, CSRF and the guessing limit).
NOT_PERSONAL = {"lms:casuistiek:exercise", "lms:casuistiek:group", "lms:intervisie:feed", "lms:agenda:pdf",
                "lms:cycles:rate"}
# What the policy grants on purpose, by role.
GRANTED = {("lms:cycles:assign", "teamcoach"), ("lms:cycles:assign", "admin"), ("lms:buddy:pair", "teamcoach")}
ROLES = ("mt", "colleague", "buddy", "teamcoach", "analyst", "interviewer", "editor", "admin")


def url_names():
    platform = get_resolver().namespace_dict["lms"][1]
    names = []
    for namespace in APPS:
        sub = platform.namespace_dict[namespace][1]
        for name, patterns in sub.reverse_dict.items():
            if isinstance(name, str):
                params = patterns[0][0][1]
                if params:
                    names.append((f"lms:{namespace}:{name}", tuple(params)))
    return sorted(set(names))


@pytest.fixture
def objects(org):
    """One object of each kind, all belonging to (or about) `org.owner`."""
    from lms.framework.models import Framework
    from lms.framework.seed import SEED

    if Framework.current() is None:
        from django.apps import apps

        SEED.seed(apps, None)
    owner = org.owner
    goal = goal_services.create_goal(owner, "learning", Formulation(title="Privé doel"))
    share = grant_share(owner, goal, make_user("vertrouweling", Role.BUDDY))
    feedback = goal_services.request_feedback(owner, goal, share.share.grantee)
    cycle = cycle_services.start_cycle(owner, client_code="C-1", medium="spreekkamer", learning_question="x")
    point = cycle.attention_points.create(text="Punt")
    notice = notify(owner, "matrix", "Voor de eigenaar", email=False)
    experienced = make_user("ervaren", Role.PARTICIPANT)
    pair = BuddyPair.objects.create(newcomer=owner, buddy=experienced, status="active")
    checkin = pair.checkins.create(planned_on=timezone.localdate(), created_by=owner)
    from casuistiek.models import Case

    case = Case.objects.create(title="C", slug="c", medium="spreekkamer", situation="s",
                               framework=Framework.current(), expert_answers={"regie": "samen"})
    attempt = CaseAttempt.objects.create(user=owner, case=case, framework=case.framework, answers={"regie": "samen"})
    members = [owner, experienced] + [make_user(f"lid{i}", Role.PARTICIPANT) for i in range(2)]
    group = intervisie_services.create_group(members[1], name="Groep van de eigenaar", members=members)
    poll = intervisie_services.create_poll(owner, group, timezone.localdate() + datetime.timedelta(days=3),
                                           [(1, datetime.time(14, 0))])
    session = group.sessions.create(starts_at=timezone.now() + datetime.timedelta(days=9),
                                    ends_at=timezone.now() + datetime.timedelta(days=9, hours=1))
    from lms.agenda import services as agenda_services
    from lms.agenda.models import Contribution
    from tests.lms.agenda.conftest import make_agenda

    theme = make_agenda().themes()[0]
    agenda_services.set_goal_themes(owner, goal, [theme])
    contribution = Contribution.objects.create(contributor=owner, theme=theme, text="Anoniem gedeeld")
    from lms.cycles.services import ratings
    from lms.documents.models import DocumentJob

    _used, token = ratings.create_invitation(owner, "C-1")
    rating = ratings.submit_rating(token, {"relationship": 8, "goals_topics": 9, "approach": 7, "overall": 8})
    open_invitation, _token = ratings.create_invitation(owner, "C-1")
    # A Kijkwijzer self-analysis on its own, a draft with a marked fragment (inside a cycle it opens via the cycle).
    own_analysis = cycle_services.start_self_analysis(owner, held_on=timezone.localdate(), client_code="C-1",
                                                      duration_seconds=600)
    cycle_services.mark_fragment(owner, own_analysis, start_seconds=10, end_seconds=20, label="Begin")
    from lms.cycles.services import samenleerwijzer

    talk = samenleerwijzer.create_talk(owner, client_code="C-1", held_on=timezone.localdate(),
                                       notes={"regie-wie": "Privé aantekening"}, takeaway="Privé")
    talk_point = samenleerwijzer.add_talk_point(owner, talk, "Privé punt")
    document = DocumentJob.objects.create(owner=owner, kind="goals.plan", key="matrix", title="Plan", status="ready",
                                          content=b"%PDF-", filename="plan.pdf", source_path="/")
    by_prefix = {
        "lms:people:revoke_share": share.share.pk, "lms:notifications:mark_read": notice.pk,
        "lms:goals:withdraw_feedback": feedback.pk, "lms:goals:": goal.pk,
        "lms:cycles:point_to_goal": point.pk, "lms:cycles:rating_link_revoke": open_invitation.pk,
        "lms:cycles:rating_delete": rating.pk, "lms:cycles:talk_point_to_goal": talk_point.pk,
        "lms:cycles:talk_": talk.pk, "lms:cycles:kijkwijzer_cycle": cycle.pk,
        "lms:cycles:kijkwijzer": own_analysis.pk, "lms:cycles:": cycle.pk,
        "lms:buddy:checkin": checkin.pk, "lms:buddy:": pair.pk, "lms:casuistiek:attempt": attempt.pk,
        "lms:intervisie:poll": poll.pk, "lms:intervisie:session": session.pk,
        "lms:intervisie:link_cycle": cycle.pk, "lms:intervisie:continue_cycle": cycle.pk, "lms:intervisie:": group.pk,
        "lms:agenda:goal_themes": goal.pk, "lms:agenda:withdraw": contribution.pk, "lms:documents:": document.token,
    }
    return by_prefix


def kwargs_for(name, params, objects):
    pk = next((value for prefix, value in objects.items() if name.startswith(prefix)), None)
    assert pk is not None, f"{name}: add its object to the matrix fixture"
    values = {"pk": pk, "token": pk, "kind": "toestemmingsformulier"}
    return {param: values[param] for param in params}


def test_the_matrix_covers_every_personal_url(objects):
    names = [name for name, _params in url_names() if name not in NOT_PERSONAL]
    assert len(names) >= 30
    for name, params in url_names():
        if name not in NOT_PERSONAL:
            kwargs_for(name, params, objects)


@pytest.mark.parametrize("role", ROLES)
def test_no_role_opens_another_persons_objects(client, org, objects, role):
    user = getattr(org, role)
    client.force_login(user)
    leaks = []
    for name, params in url_names():
        if name in NOT_PERSONAL or (name, role) in GRANTED:
            continue
        url = reverse(name, kwargs=kwargs_for(name, params, objects))
        for method in ("get", "post"):
            status = getattr(client, method)(url).status_code
            if status not in (403, 404, 405):
                leaks.append(f"{method.upper()} {name} → {status}")
    assert leaks == [], f"{role} got through: {leaks}"


def test_what_was_kept_for_the_owner_is_never_served_to_another_role(client, org, objects):
    """Pages are kept per person (lms/extensions/kept_pages.py). On one browser the owner opens every page three
    times, so that what they were shown is kept, and then every other role asks for the same addresses."""
    urls = {name: reverse(name, kwargs=kwargs_for(name, params, objects))
            for name, params in url_names() if name not in NOT_PERSONAL}
    client.force_login(org.owner)
    for _visit in range(3):
        shown = [name for name, url in urls.items() if client.get(url).status_code == 200]
    assert len(shown) >= 20
    leaks = []
    for role in ROLES:
        client.force_login(getattr(org, role))
        leaks += [f"{role}: {name}" for name in shown
                  if (name, role) not in GRANTED and client.get(urls[name]).status_code not in (403, 404, 405)]
    assert leaks == []


@pytest.mark.parametrize("role", ROLES)
def test_the_kijkwijzer_pages_without_an_object_show_no_one_elses_self_analysis(client, org, objects, role):
    """The list names only one's own self-analyses; the start page is a participant's (its capability below)."""
    from lms.cycles.kijkwijzer import SelfAnalysis

    theirs = SelfAnalysis.objects.get(owner=org.owner)
    client.force_login(getattr(org, role))
    page = client.get(reverse("lms:cycles:kijkwijzer"))
    assert page.status_code == 200
    assert reverse("lms:cycles:kijkwijzer_edit", args=[theirs.pk]) not in page.content.decode()
    assert "Zelfanalyse C-1" not in page.content.decode()


# --- Capabilities: object-free permissions ("may propose buddy pairs") ---------------------------------------------
# Who holds each registered capability, by the roles of the `org` fixture (the MT member also learns, so holds what
# participants hold). A new capability fails `test_every_capability_is_in_the_matrix` until it is listed here.
PARTICIPANTS = {"mt", "owner", "colleague", "buddy", "teamcoach"}
CAPABILITIES = {
    "agenda.approve_agenda": {"mt"},
    "agenda.share_anonymously": PARTICIPANTS,
    "agenda.view_figures": {"mt"},
    "buddy.offer_places": PARTICIPANTS,
    "buddy.propose_pairs": {"teamcoach"},
    "casuistiek.lead_group_exercise": {"teamcoach", "editor"},
    "casuistiek.practise_cases": PARTICIPANTS,
    "courses.follow_course": PARTICIPANTS,
    "courses.view_team_progress": {"teamcoach"},
    "cycles.analyse": {"analyst"},
    "cycles.assign_analysts": {"teamcoach", "admin"},
    "cycles.hold_samenleerwijzer": PARTICIPANTS,
    "cycles.interview": {"analyst", "interviewer"},
    "cycles.start_cycle": PARTICIPANTS,
    "goals.keep_plan": PARTICIPANTS,
    "goals.review_shared_goals": {"buddy", "teamcoach"},
    "intervisie.form_groups_for_others": {"teamcoach"},
}
# The page each capability opens, where it has one of its own (or several: a tuple): a holder gets it, anyone else
# the 403 page with the capability's reason.
CAPABILITY_PAGES = {
    "agenda.share_anonymously": "lms:agenda:contribute",
    "agenda.view_figures": "lms:agenda:dashboard",
    "goals.keep_plan": "lms:goals:plan",
    "buddy.propose_pairs": "lms:buddy:proposals",
    "casuistiek.lead_group_exercise": "lms:casuistiek:group_new",
    "courses.view_team_progress": "lms:courses:team_progress",
    "cycles.interview": "lms:cycles:workspace",
    "cycles.assign_analysts": "lms:cycles:assign_list",
    "cycles.start_cycle": "lms:cycles:start",
    # The Samenleerwijzer's pages without an object; its cadence is a POST of the list page (tests/lms/cycles/
    # test_samenleerwijzer.py), its talks and their aandachtspunten are in the walk above: the owner's alone.
    "cycles.hold_samenleerwijzer": ("lms:cycles:talk_list", "lms:cycles:talk_new", "lms:cycles:talk_guide"),
}
PEOPLE = ("mt", "owner", "colleague", "buddy", "teamcoach", "analyst", "interviewer", "editor", "admin")


def test_every_capability_is_in_the_matrix():
    from lms.people import access

    assert set(access.policy.capabilities()) == set(CAPABILITIES)
    assert set(CAPABILITY_PAGES) <= set(CAPABILITIES)


@pytest.mark.parametrize("name", sorted(CAPABILITIES))
def test_a_capability_is_held_by_exactly_its_roles_and_refused_with_its_reason(org, name):
    from django.contrib.auth.models import AnonymousUser

    from lms.people import access

    reason = str(access.policy.capabilities()[name].reason)
    assert reason
    for person in PEOPLE:
        decision = access.may(getattr(org, person), name)
        assert bool(decision) == (person in CAPABILITIES[name]), f"{name} for {person}"
        assert decision.reason == ("" if decision else reason)
    assert not access.may(AnonymousUser(), name)
    org.owner.is_active = False  # a person who stepped out holds nothing
    assert not access.may(org.owner, name)


def test_an_unknown_capability_is_refused_to_everyone(org):
    from lms.people import access

    for person in PEOPLE:
        assert not access.may(getattr(org, person), "buddy.no_such_thing")


@pytest.mark.parametrize("name", sorted(CAPABILITY_PAGES))
def test_the_page_of_a_capability_opens_for_its_holders_and_explains_the_refusal_to_others(client, org, name):
    from django.utils.html import escape

    from lms.people import access

    pages = CAPABILITY_PAGES[name]
    reason = escape(str(access.policy.capabilities()[name].reason))
    for url in [reverse(page) for page in ((pages,) if isinstance(pages, str) else pages)]:
        for person in PEOPLE:
            client.force_login(getattr(org, person))
            response = client.get(url)
            if person in CAPABILITIES[name]:
                assert response.status_code == 200, f"{person} on {url}"
            else:
                assert response.status_code == 403, f"{person} on {url}"
                assert reason in response.content.decode(), f"{person} on {url}: reason not shown"
