"""Background schedules: each app's tasks.py declares them, and one sync after every migrate makes django-q2 hold
exactly those (the schedule migrations they replace are gone)."""

import datetime
import inspect

import pytest
from django.core.exceptions import ImproperlyConfigured
from django.core.management import call_command
from django.db.migrations.recorder import MigrationRecorder
from django.utils import timezone
from django.utils.module_loading import import_string
from django_q.models import Schedule

from lms.extensions import schedules

pytestmark = pytest.mark.django_db

# What our apps declare: name, task, type, minutes.
DECLARED = {
    ("Buddy: check-in herinneringen en einddata", "buddy.tasks.daily_buddy_jobs", Schedule.DAILY, None),
    ("Geplande pagina's publiceren", "lms.agenda.tasks.publish_scheduled", Schedule.MINUTES, 10),
    ("Intervisie: herinneringen", "intervisie.tasks.intervisie_reminders", Schedule.DAILY, None),
    ("Leeragenda: cijfers tellen", "lms.agenda.tasks.refresh_figures", Schedule.DAILY, None),
    ("Meldingen: achtergebleven e-mails versturen", "lms.notifications.tasks.send_pending_emails",
     Schedule.MINUTES, 10),
    ("Ontwikkeldoelen: herinneringen voor evaluaties", "lms.goals.tasks.send_due_reminders", Schedule.DAILY, None),
    ("Privacy: bewaartermijnen toepassen", "lms.privacy.tasks.daily_retention", Schedule.DAILY, None),
    ("Samenleerwijzer: herinneringen voor het volgende gesprek", "lms.cycles.tasks.send_samenleerwijzer_reminders",
     Schedule.DAILY, None),
}

# The migrations that made schedules before the declarations, as a database migrated back then has them applied.
OLD_MIGRATIONS = [("agenda", "0002_schedule_publishing"), ("agenda", "0004_schedule_figures"),
                  ("goals", "0002_schedule_reminders"), ("cycles", "0002_schedule_retention"),
                  ("cycles", "0003_unschedule_retention"), ("notifications", "0002_schedule_pending_emails"),
                  ("privacy", "0002_schedule_retention"), ("buddy", "0002_schedule_daily"),
                  ("intervisie", "0002_schedule_reminders")]
YESTERDAY = timezone.now() - datetime.timedelta(days=1)


def rows():
    return {(s.name, s.func, s.schedule_type, s.minutes) for s in Schedule.objects.all()}


def snapshot():
    return list(Schedule.objects.order_by("pk").values())


def old_database():
    """The schedules the old migrations left, with what a few years of running them would add: the cycles' purge
    that cycles 0003 should have removed (its task no longer exists), the sweeper at an outdated interval, a
    duplicate, and a host site's own schedule."""
    Schedule.objects.all().delete()
    for app, name in OLD_MIGRATIONS:
        MigrationRecorder.Migration.objects.get_or_create(app=app, name=name)
    old = {}
    for name, func, schedule_type, minutes in DECLARED:
        if func.endswith("send_pending_emails"):
            minutes = 30
        next_run = YESTERDAY
        if func.endswith("refresh_figures"):
            next_run = timezone.make_aware(datetime.datetime.combine(timezone.localdate(), datetime.time(3, 0)))
        old[func] = Schedule.objects.create(name=name, func=func, schedule_type=schedule_type, minutes=minutes,
                                            repeats=-1, next_run=next_run)
    Schedule.objects.create(name="Video-reflectie: bewaartermijn opnames",
                            func="lms.cycles.tasks.purge_expired_recordings", schedule_type=Schedule.DAILY)
    Schedule.objects.create(name="Intervisie: herinneringen", func="intervisie.tasks.intervisie_reminders",
                            schedule_type=Schedule.DAILY)
    Schedule.objects.create(name="Nachtelijke back-up", func="hostsite.tasks.backup", schedule_type=Schedule.DAILY)
    return old


def test_a_fresh_database_holds_exactly_the_declared_schedules():
    assert rows() == DECLARED
    assert all(s.repeats == -1 for s in Schedule.objects.all())


def test_a_database_migrated_before_the_declarations_ends_with_exactly_the_declared_schedules():
    old = old_database()

    call_command("migrate", verbosity=0)

    assert rows() == DECLARED | {("Nachtelijke back-up", "hostsite.tasks.backup", Schedule.DAILY, None)}
    assert not Schedule.objects.filter(func="lms.cycles.tasks.purge_expired_recordings").exists()  # retired
    for func, before in old.items():  # the same rows, updated in place, their next run kept
        after = Schedule.objects.get(func=func)
        assert (after.pk, after.next_run) == (before.pk, before.next_run)
    assert Schedule.objects.get(func="lms.notifications.tasks.send_pending_emails").minutes == 10


def test_running_migrate_again_changes_nothing():
    old_database()
    call_command("migrate", verbosity=0)
    before = snapshot()

    call_command("migrate", verbosity=0)

    assert snapshot() == before
    assert not schedules.sync()


def test_the_figures_are_counted_at_three_at_night_even_when_an_old_schedule_ran_at_another_hour():
    figures = Schedule.objects.get(func="lms.agenda.tasks.refresh_figures")
    figures.next_run = timezone.now() + datetime.timedelta(hours=5, minutes=17)
    figures.save()

    assert schedules.sync().updated == ["Leeragenda: cijfers tellen"]

    figures.refresh_from_db()
    assert timezone.localtime(figures.next_run).time() == datetime.time(3, 0)
    assert timezone.now() < figures.next_run <= timezone.now() + datetime.timedelta(days=1)


def test_a_renamed_schedule_keeps_its_row_and_its_next_run():
    sweeper = Schedule.objects.get(func="lms.notifications.tasks.send_pending_emails")
    Schedule.objects.filter(pk=sweeper.pk).update(name="E-mails opruimen")

    assert schedules.sync().updated == ["Meldingen: achtergebleven e-mails versturen"]

    renamed = Schedule.objects.get(func="lms.notifications.tasks.send_pending_emails")
    assert (renamed.pk, renamed.next_run, renamed.name) == (sweeper.pk, sweeper.next_run,
                                                            "Meldingen: achtergebleven e-mails versturen")


def test_every_declared_task_can_be_imported_and_called_without_arguments():
    declared = schedules.declared()
    assert {(d.name, d.func, d.schedule_type, d.minutes) for d in declared} == DECLARED
    for declaration in declared:
        task = import_string(declaration.func)
        assert callable(task), declaration.func
        inspect.signature(task).bind()  # a schedule passes no arguments


def test_two_schedules_with_one_name_are_refused(monkeypatch):
    monkeypatch.setattr(schedules, "_declared", {})
    schedules.daily("Opruimen")(lambda: None)

    with pytest.raises(ImproperlyConfigured, match="Opruimen"):
        schedules.every(minutes=5, name="Opruimen")(print)
