"""Load-data generator: many participants with goals, versions, evaluations and shares, inserted in bulk."""

import datetime
import random
import uuid

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.contrib.contenttypes.models import ContentType
from django.utils import timezone

from lms.goals.models import Goal, GoalEvaluation, GoalVersion
from lms.people.models import Participant, Share, Team


def generate(participants=2000, goals_each=10, evaluations_each=5, seed=7):
    rng = random.Random(seed)
    User = get_user_model()
    today = timezone.localdate()
    participant_group, _ = Group.objects.get_or_create(name="deelnemer")
    coach_group, _ = Group.objects.get_or_create(name="teamcoach")
    teams = [Team.objects.get_or_create(name=f"Bench team {i}")[0] for i in range(max(1, participants // 40))]
    users = User.objects.bulk_create(
        User(username=f"bench{i}", first_name="Deelnemer", last_name=str(i)) for i in range(participants)
    )
    participant_group.user_set.add(*users)
    coach_group.user_set.add(*users[:: max(1, participants // 50)])
    Participant.objects.bulk_create(Participant(user=u, team=rng.choice(teams)) for u in users)

    goals = Goal.objects.bulk_create(
        Goal(owner=u, kind="learning" if g % 3 else "action", status="active",
             next_evaluation_on=today + datetime.timedelta(days=rng.randint(-10, 60)))
        for u in users for g in range(goals_each)
    )
    versions = GoalVersion.objects.bulk_create(
        GoalVersion(goal=goal, number=1, title=f"Doel {goal.pk}", description="Omschrijving", cadence_weeks=6)
        for goal in goals
    )
    for goal, version in zip(goals, versions, strict=True):
        goal.current_version = version
    Goal.objects.bulk_update(goals, ["current_version"], batch_size=2000)
    GoalEvaluation.objects.bulk_create(
        (GoalEvaluation(goal=goal, version=version, progress=rng.randint(1, 5), tried="Geprobeerd",
                        decision="continue", evaluated_on=today - datetime.timedelta(days=7 * (e + 1)),
                        submission_key=uuid.uuid4())
         for goal, version in zip(goals, versions, strict=True) for e in range(evaluations_each)),
        batch_size=5000,
    )
    goal_type = ContentType.objects.get_for_model(Goal)
    coaches = users[:: max(1, participants // 50)]
    Share.objects.bulk_create(
        (Share(owner=goal.owner, grantee=rng.choice(coaches), content_type=goal_type, object_id=goal.pk)
         for goal in goals[::goals_each] if goal.owner not in coaches),
        batch_size=5000, ignore_conflicts=True,
    )
    return users
