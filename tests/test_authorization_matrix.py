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

APPS = ("people", "notifications", "goals", "cycles", "courses", "buddy", "casuistiek", "intervisie")
# Pages that are not anyone's personal object: a published practice case and a group exercise anyone may join,
# and the calendar feed, which its secret token opens (tested in tests/intervisie).
NOT_PERSONAL = {"casuistiek:exercise", "casuistiek:group", "intervisie:feed"}
# What the policy grants on purpose, by role.
GRANTED = {("cycles:assign", "teamcoach"), ("cycles:assign", "admin"), ("buddy:pair", "teamcoach")}
ROLES = ("mt", "colleague", "buddy", "teamcoach", "analyst", "editor", "admin")


def url_names():
    resolver = get_resolver()
    names = []
    for namespace in APPS:
        sub = resolver.namespace_dict[namespace][1]
        for name, patterns in sub.reverse_dict.items():
            if isinstance(name, str):
                params = patterns[0][0][1]
                if params:
                    names.append((f"{namespace}:{name}", tuple(params)))
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
    by_prefix = {
        "people:revoke_share": share.share.pk, "notifications:mark_read": notice.pk,
        "goals:withdraw_feedback": feedback.pk, "goals:": goal.pk,
        "cycles:point_to_goal": point.pk, "cycles:": cycle.pk,
        "buddy:": pair.pk, "casuistiek:attempt": attempt.pk,
        "intervisie:poll": poll.pk, "intervisie:session": session.pk, "intervisie:": group.pk,
    }
    return by_prefix


def kwargs_for(name, params, objects):
    pk = next((value for prefix, value in objects.items() if name.startswith(prefix)), None)
    assert pk is not None, f"{name}: add its object to the matrix fixture"
    values = {"pk": pk, "kind": "toestemmingsformulier"}
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
