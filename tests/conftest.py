import pytest

from demo.site import ensure_home_page
from lms.people.roles import Role
from tests.factories import make_team, make_user
from tests.support.oidc import oidc, oidc_provider  # noqa: F401  fixtures: a real OpenID Connect provider


@pytest.fixture
def org(db):
    """A small organisation: one team led by `mt`, with every role represented once."""

    class Org:
        pass

    o = Org()
    o.mt = make_user("mt", Role.MANAGEMENT, Role.PARTICIPANT, function="leidinggevende")
    o.team = make_team("Team Centrum", leaders=[o.mt])
    o.owner = make_user("eigenaar", Role.PARTICIPANT, team=o.team)
    o.colleague = make_user("collega", Role.PARTICIPANT, team=o.team)
    o.buddy = make_user("buddy", Role.PARTICIPANT, Role.BUDDY)
    o.teamcoach = make_user("teamcoach", Role.TEAMCOACH, Role.PARTICIPANT, function="teamcoach")
    o.analyst = make_user("analist", Role.ANALYST, function="onderzoeker")
    o.interviewer = make_user("neutraal", Role.INTERVIEWER, participant=False)
    o.editor = make_user("redacteur", Role.EDITOR, participant=False)
    o.admin = make_user("beheerder", Role.ADMINISTRATOR, participant=False, is_superuser=True, is_staff=True)
    return o


@pytest.fixture(scope="session")
def django_db_setup(django_db_setup, django_db_blocker):
    """The test database with this site's page tree, as `make run` builds it (a Leerplatform page as the root):
    installing the apps creates no page, the site does."""
    with django_db_blocker.unblock():
        ensure_home_page()


@pytest.fixture(autouse=True)
def _fresh_cache():
    """Each test starts with an empty cache, as a new deployment does: what one test kept (a chart, a recount
    asked for, wrong guesses counted) never leaks into the next, whose ids may be the same."""
    from django.core.cache import cache

    cache.clear()
    yield
    cache.clear()
