"""Data for the host-site smoke test, built through the installed package's models the way a host would.

Nothing here comes from the LMS repository: this file is copied next to a fresh `wagtail start` project and runs
against the wheel installed in its venv. The roles are the groups the lms_people migrations made.
"""

import datetime

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.utils import timezone

PASSWORD = "een-lang-wachtwoord-1"  # noqa: S105 (a throwaway test database)


def person(username, *roles, team=None, function="klantmanager", participant=True):
    user = get_user_model().objects.create_user(username, f"{username}@example.org", PASSWORD)
    # Group.objects.get, not get_or_create: the groups must come from the package's migrations.
    user.groups.set([Group.objects.get(name=role) for role in roles])
    if participant:
        from lms.people.models import Participant

        Participant.objects.create(user=user, team=team, function=function)
    return user


@pytest.fixture
def org(db):
    from lms.people.models import Team

    class Org:
        pass

    o = Org()
    o.mt = person("mt", "mt", "deelnemer", function="leidinggevende")
    o.team = Team.objects.create(name="Team Centrum")
    o.team.leaders.set([o.mt])
    o.mt.participant.team = o.team
    o.mt.participant.save()
    o.owner = person("eigenaar", "deelnemer", team=o.team)
    o.colleague = person("collega", "deelnemer", team=o.team)
    o.buddy = person("buddy", "deelnemer", "buddy")
    return o


@pytest.fixture
def goal(org):
    from lms.goals.models import Goal, GoalVersion

    goal = Goal.objects.create(owner=org.owner, kind="learning",
                               next_evaluation_on=timezone.localdate() + datetime.timedelta(weeks=6))
    version = GoalVersion.objects.create(goal=goal, number=1, title="Doorvragen na een snelle ja",
                                         description="Ik wil beter luisteren.", why="Zodat afspraken werken.",
                                         success_criteria="Eén vervolgvraag per gesprek.", cadence_weeks=6)
    goal.current_version = version
    goal.save(update_fields=["current_version"])
    return goal


@pytest.fixture
def cycle(org):
    from lms.cycles.models import ReflectionCycle

    return ReflectionCycle.objects.create(owner=org.owner, client_code="C-17", medium="spreekkamer",
                                          learning_question="Laat ik de cliënt genoeg ruimte?")


@pytest.fixture
def host_home(db):
    """The host's own home page, made by `wagtail start`'s migration and the root of its default Site."""
    from wagtail.models import Site

    return Site.objects.get(is_default_site=True).root_page.specific


@pytest.fixture
def leergang(host_home):
    """A leergang index → course → module, placed under the host's own HomePage."""
    from courses.models import CourseIndexPage, CoursePage, ModulePage

    index = host_home.add_child(instance=CourseIndexPage(title="Leergang", slug="leergang"))
    course = index.add_child(instance=CoursePage(title="Van Kijken naar Zien", slug="vkz"))
    module = course.add_child(instance=ModulePage(
        title="Voorlichting", slug="voorlichting", kind="voorlichting", duration_minutes=20,
        learning_aims="Je weet wat er met een opname gebeurt."))
    return index, course, module
