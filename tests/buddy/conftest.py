import pytest

from buddy import services
from buddy.models import BuddyPair
from lms.cycles.models import ReflectionCycle
from lms.people.roles import Role
from tests.factories import make_user


@pytest.fixture
def pool(org):
    """`newbie` in the mt's team follows the leergang; `experienced` (another team) has done a cycle and offers."""
    org.newbie = make_user("newbie", Role.PARTICIPANT, team=org.team)
    org.newbie.participant.follows_leergang = True
    org.newbie.participant.save()
    org.experienced = make_user("ervaren", Role.PARTICIPANT)
    ReflectionCycle.objects.create(owner=org.experienced, client_code="C-1", medium="spreekkamer",
                                   learning_question="x", step="afgerond")
    services.set_offer(org.experienced, capacity=1, team_preference="other", mode="either")
    return org


def active_pair(org):
    services.generate_proposals(org.teamcoach)
    services.send_proposals(org.teamcoach)
    pair = BuddyPair.objects.get(newcomer=org.newbie)
    services.respond(org.newbie, pair, True)
    return services.respond(org.experienced, pair, True)
