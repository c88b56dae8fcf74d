"""Demo organisation: two teams of colleagues in the background, each with a plausible year of goals,
evaluations, modules, cycles and practice cases, so that the MT dashboard has groups large enough to show figures.
They never log in (no usable password). Runs after the leeragenda, whose themes and quarters they work on."""

import datetime
import random
import uuid

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.utils import timezone

from casuistiek.models import Case, CaseAttempt
from casuistiek.services import record_agreements
from courses.models import ModuleCompletion
from lms.agenda.models import Contribution
from lms.agenda.services import set_goal_themes
from lms.cycles.models import Medium, ReflectionCycle, Step
from lms.goals import services
from lms.goals.choices import Decision, Kind
from lms.goals.models import Goal, GoalEvaluation
from lms.people.models import Participant, Team
from lms.people.roles import Role

from .content.leeragenda import BACKGROUND_TEAMS, CONTRIBUTIONS, FIRST, LAST


def load(demo):
    agenda = demo.extra["agenda"]
    User = get_user_model()
    if User.objects.filter(username__startswith="collega-").exists():
        return
    rng = random.Random(2027)  # noqa: S311 - the same demo on every machine, not security
    participants = Group.objects.get(name=Role.PARTICIPANT.value)
    people = []
    for team_name, size in BACKGROUND_TEAMS.items():
        team, _created = Team.objects.get_or_create(name=team_name)
        team.leaders.set([demo.users["mt"]])
        for _ in range(size):
            number = len(people) + 1
            user = User.objects.create(username=f"collega-{number:02d}", first_name=rng.choice(FIRST),
                                       last_name=rng.choice(LAST), email=f"collega-{number:02d}@example.org")
            user.set_unusable_password()
            user.save(update_fields=["password"])
            user.groups.add(participants)
            Participant.objects.create(user=user, team=team, started_on=datetime.date(2015 + number % 10, 1, 1))
            people.append(user)
    quarters = agenda.quarters()
    themes = list(agenda.themes())
    for user in people:
        _background_person(rng, user, quarters, themes)
    # Five people shared something on the first theme (enough to show), one on the second (not yet).
    shared_on = quarters[-2].start + datetime.timedelta(days=20)  # last quarter: the MT can read them now
    for number, (text, user) in enumerate(zip(CONTRIBUTIONS, people, strict=False)):
        Contribution.objects.create(theme=themes[0] if number < 5 else themes[1], contributor=user, text=text,
                                    created_at=_moment(shared_on))
    demo.log(f"achtergrond: {len(people)} collega's in {len(BACKGROUND_TEAMS)} teams met doelen en oefeningen")


def _moment(day):
    return timezone.make_aware(datetime.datetime.combine(day, datetime.time(10)))


def _background_person(rng, user, quarters, themes):
    """A plausible year: one or two goals on themes with evaluations, a finished module, perhaps a cycle."""
    today = timezone.localdate()
    start_quarter = rng.choice(quarters[:3])
    began = start_quarter.start + datetime.timedelta(days=rng.randint(0, 60))
    for theme in rng.sample(themes, rng.choice([1, 1, 2])):
        goal = services.create_goal(
            user, Kind.LEARNING, services.Formulation(title=f"Oefenen: {theme.title.lower()}", cadence_weeks=6))
        set_goal_themes(user, goal, [theme])
        Goal.objects.filter(pk=goal.pk).update(created_at=_moment(began))
        due = began + datetime.timedelta(weeks=6)
        while due < today:
            late = rng.random() < 0.3
            done = min(due + datetime.timedelta(days=rng.randint(3, 20) if late else -rng.randint(0, 3)), today)
            GoalEvaluation.objects.create(goal=goal, version=goal.current_version, evaluated_on=done, due_on=due,
                                          progress=rng.randint(2, 4), tried="Geoefend in gesprekken.",
                                          decision=Decision.CONTINUE, submission_key=uuid.uuid4())
            due = done + datetime.timedelta(weeks=6)
        Goal.objects.filter(pk=goal.pk).update(next_evaluation_on=due)
        modules = list(theme.modules.order_by("pk"))
        module = rng.choice(modules) if modules else None
        if module is not None and rng.random() < 0.7:
            ModuleCompletion.objects.get_or_create(
                user=user, module=module,
                defaults={"completed_at": _moment(began + datetime.timedelta(days=rng.randint(5, 80)))})
    if rng.random() < 0.6:
        created = _moment(began + datetime.timedelta(days=rng.randint(0, 30)))
        finished = created + datetime.timedelta(days=rng.randint(20, 60))
        ReflectionCycle.objects.create(
            owner=user, client_code=f"D{rng.randint(1000, 9999)}", medium=Medium.CONSULTING_ROOM,
            learning_question="Hoe laat ik de cliënt meer zelf bepalen?", created_at=created,
            step=Step.FINISHED if finished.date() < today else Step.REFLECTION,
            finished_at=finished if finished.date() < today else None)
    cases = list(Case.objects.order_by("pk"))
    case = rng.choice(cases) if cases else None
    if case is not None and rng.random() < 0.8:
        answers = dict(case.expert_answers)
        if rng.random() < 0.5 and answers:
            answers[rng.choice(sorted(answers))] = "1"
        attempt = CaseAttempt.objects.create(user=user, case=case, framework=case.framework, answers=answers)
        CaseAttempt.objects.filter(pk=attempt.pk).update(
            submitted_at=_moment(began + datetime.timedelta(days=rng.randint(0, 90))))
        record_agreements(attempt)
    # This quarter most colleagues practised once more; "regie" and "gezamenlijk doel" are where they differ from
    # the experts most often, so the MT sees calibration for those (and the others stay below the threshold).
    if case is not None and rng.random() < 0.9:
        answers = dict(case.expert_answers)
        for code, chance in (("regie", 0.45), ("gezamenlijk-doel", 0.4)):
            dimension = case.framework.dimension(code)
            if code in answers and dimension is not None and rng.random() < chance:
                others = [option for option in dimension.option_codes if option != answers[code]]
                answers[code] = rng.choice(others) if others else answers[code]
        moment = max(quarters[-1].start, today - datetime.timedelta(days=rng.randint(1, 40)))
        attempt = CaseAttempt.objects.create(user=user, case=case, framework=case.framework, answers=answers)
        CaseAttempt.objects.filter(pk=attempt.pk).update(submitted_at=_moment(moment))
        record_agreements(attempt)
