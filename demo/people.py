"""Demo organisation, part 1: two teams and the demo users of every role (see README for the list)."""

import datetime

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group

from lms.people.models import Participant, Team
from lms.people.roles import Role

DEMO_PASSWORD = "vknz-demo"  # noqa: S105 - documented demo password, refused in production

F = Participant.Function

# username, first name, last name, roles, function, team key (or None), started, follows leergang, superuser
DEMO_PEOPLE = [
    ("mt", "Ilse", "Verhoeven", [Role.MANAGEMENT, Role.PARTICIPANT], F.MANAGER, "A", "2014-03-01", False, False),
    ("redacteur", "Thomas", "Bakker", [Role.EDITOR], None, None, None, False, False),
    # A second redacteur: a change to the leergang is approved by another redacteur than its author.
    ("redacteur2", "Lotte", "Visser", [Role.EDITOR], None, None, None, False, False),
    ("beheerder", "Sandra", "Mulder", [Role.ADMINISTRATOR], None, None, None, False, True),
    ("teamcoach", "Ahmed", "El Amrani", [Role.TEAMCOACH, Role.PARTICIPANT], F.COACH, None, "2012-09-01", False,
     False),
    ("analist1", "Femke", "Jansen", [Role.ANALYST], F.RESEARCHER, None, "2018-01-15", False, False),
    ("analist2", "Ruud", "Hoekstra", [Role.ANALYST], F.RESEARCHER, None, "2020-06-01", False, False),
    # Speaks clients about a colleague's conversation, from outside the team: a neutrale functionaris.
    ("interviewer", "Noor", "Smit", [Role.INTERVIEWER], F.RESEARCHER, None, "2021-03-01", False, False),
    ("klantmanager", "Sanne", "de Jong", [Role.PARTICIPANT], F.CLIENT_MANAGER, "A", "2019-02-01", False, False),
    ("buddy", "Kees", "van Dijk", [Role.PARTICIPANT, Role.BUDDY], F.CLIENT_MANAGER, "B", "2016-05-01", False,
     False),
    ("nieuw", "Yara", "Bouzid", [Role.PARTICIPANT], F.CLIENT_MANAGER, "A", "2026-10-01", True, False),
]

TEAMS = {"A": "Team Centrum", "B": "Team Noord"}


def load(demo):
    User = get_user_model()
    teams = {key: Team.objects.get_or_create(name=name)[0] for key, name in TEAMS.items()}
    groups = {role: Group.objects.get_or_create(name=role.value)[0] for role in Role}
    for username, first, last, roles, function, team, started, leergang, superuser in DEMO_PEOPLE:
        user, _ = User.objects.update_or_create(
            username=username,
            defaults={
                "first_name": first,
                "last_name": last,
                "email": f"{username}@example.org",
                "is_active": True,
                "is_superuser": superuser,
                "is_staff": superuser,
            },
        )
        user.set_password(DEMO_PASSWORD)
        user.save(update_fields=["password"])
        user.groups.set([groups[role] for role in roles])
        if function is not None:
            Participant.objects.update_or_create(
                user=user,
                defaults={
                    "function": function,
                    "team": teams.get(team),
                    "started_on": datetime.date.fromisoformat(started) if started else None,
                    "follows_leergang": leergang,
                },
            )
        demo.users[username] = user
    teams["A"].leaders.set([demo.users["mt"]])
    for team in teams.values():
        team.coaches.set([demo.users["teamcoach"]])
    demo.teams.update(teams)
    demo.log(f"{len(DEMO_PEOPLE)} demo-gebruikers in {len(teams)} teams")
