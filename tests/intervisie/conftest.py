import pytest

from intervisie import services
from lms.people.roles import Role
from tests.factories import make_user


@pytest.fixture
def group(org):
    """Four colleagues without hierarchy between them: owner and colleague (team), buddy, teamcoach."""
    org.extra = make_user("extra", Role.PARTICIPANT)
    return services.create_group(org.teamcoach, name="Intervisie Centrum",
                                 members=[org.owner, org.colleague, org.buddy, org.teamcoach], cadence_weeks=4)
