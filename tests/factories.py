"""Small builders for people in tests. Roles are the real groups created by migration."""

import itertools

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group

from lms.people.models import Participant, Team
from lms.people.roles import Role

_counter = itertools.count(1)


def make_user(username=None, *roles, team=None, function=Participant.Function.CLIENT_MANAGER, participant=True,
              **fields):
    username = username or f"persoon{next(_counter)}"
    user = get_user_model().objects.create_user(
        username=username, password="geheim-wachtwoord-1", email=f"{username}@example.org", **fields
    )
    if roles:
        # get_or_create: a transactional test before this one may have flushed the groups migration 0002 made.
        user.groups.set([Group.objects.get_or_create(name=Role(role).value)[0] for role in roles])
    if participant:
        Participant.objects.create(user=user, team=team, function=function)
    return user


def make_team(name=None, leaders=()):
    team = Team.objects.create(name=name or f"Team {next(_counter)}")
    team.leaders.set(leaders)
    return team
