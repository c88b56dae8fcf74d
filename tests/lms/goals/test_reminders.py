"""The daily reminder: one notice per goal per due date, idempotent, and nothing lost or doubled after a crash."""

import datetime

import pytest
from django.core import mail
from django.utils import timezone

from lms.goals import services, tasks
from lms.goals.choices import Kind
from lms.goals.models import Goal
from lms.notifications.models import Notice

from .conftest import formulation

# Transactional: notices mail on commit, as they do in production.
pytestmark = pytest.mark.django_db(transaction=True)


def goals_due(org, days_from_today):
    made = []
    for offset in days_from_today:
        goal = services.create_goal(org.owner, Kind.LEARNING, formulation(f"Doel {offset}"))
        due = timezone.localdate() + datetime.timedelta(days=offset)
        Goal.objects.filter(pk=goal.pk).update(next_evaluation_on=due)
        made.append(goal)
    return made


def test_goals_due_within_three_days_or_overdue_get_one_reminder_each(org):
    due_today, overdue, in_three, in_ten = goals_due(org, [0, -5, 3, 10])
    assert tasks.send_due_reminders() == 3
    assert set(Notice.objects.values_list("recipient", flat=True)) == {org.owner.pk}  # the owner, nobody else
    reminded = set(Notice.objects.values_list("link", flat=True))
    assert reminded == {g.get_absolute_url() for g in (due_today, overdue, in_three)}
    assert len(mail.outbox) == 3
    assert all("Doel" not in m.subject + m.body for m in mail.outbox)  # mails name no goal


def test_running_the_job_twice_sends_nothing_twice(org):
    goals_due(org, [0, 1])
    assert tasks.send_due_reminders() == 2
    assert tasks.send_due_reminders() == 0
    assert Notice.objects.count() == 2
    assert len(mail.outbox) == 2


def test_a_new_due_date_after_an_evaluation_gets_its_own_reminder(org):
    (goal,) = goals_due(org, [0])
    tasks.send_due_reminders()
    Goal.objects.filter(pk=goal.pk).update(next_evaluation_on=timezone.localdate() + datetime.timedelta(days=2))
    assert tasks.send_due_reminders() == 1
    assert Notice.objects.count() == 2


def test_closed_goals_are_not_reminded(org):
    (goal,) = goals_due(org, [0])
    Goal.objects.filter(pk=goal.pk).update(status="achieved")
    assert tasks.send_due_reminders() == 0


def test_a_crash_between_two_goals_loses_nothing_and_repeats_nothing(org, monkeypatch):
    goals = goals_due(org, [0, 1, 2])
    real_notify = tasks.notify
    calls = []

    def worker_dies_on_the_second_goal(*args, **kwargs):
        calls.append(kwargs["key"])
        if len(calls) == 2:
            raise SystemExit("worker killed")
        return real_notify(*args, **kwargs)

    monkeypatch.setattr(tasks, "notify", worker_dies_on_the_second_goal)
    with pytest.raises(SystemExit):
        tasks.send_due_reminders()
    assert Notice.objects.count() == 1  # the first goal's notice is committed

    monkeypatch.setattr(tasks, "notify", real_notify)
    assert tasks.send_due_reminders() == 2
    keys = sorted(Notice.objects.values_list("key", flat=True))
    assert keys == sorted(f"goal-due:{g.pk}:{(timezone.localdate() + datetime.timedelta(days=i)).isoformat()}"
                          for i, g in enumerate(goals))
    assert len(mail.outbox) == 3


def test_the_job_runs_as_a_django_q2_task(org):
    from django_q.tasks import async_task, result

    goals_due(org, [0])
    task_id = async_task("lms.goals.tasks.send_due_reminders", sync=True)
    assert result(task_id) == 1
    assert Notice.objects.count() == 1
