"""Background schedules, declared next to their task in the app's `tasks.py`, kept in django-q2 by one sync.

An app declares when a task runs where it defines it::

    from lms.extensions import schedules

    @schedules.daily("Privacy: bewaartermijnen toepassen")
    def daily_retention(): ...

    @schedules.every(minutes=10, name="Meldingen: achtergebleven e-mails versturen")
    def send_pending_emails(max_age_days=2): ...

After every `migrate` (and every flush of a test database) `sync` makes django-q2's Schedule table hold exactly the
declared schedules of our apps: it creates what is missing, brings a changed declaration up to date and removes a
schedule whose task lies in one of our packages but is no longer declared (a task renamed, moved or retired).
Schedules of other packages, a host site's own say, are left alone. Which packages are ours is derived, as in
lms.privacy.checks: the packages of the declared tasks, plus this one's. A schedule is found by its name, else by
its task, so it keeps its id and its next run; running the sync again changes nothing.
"""

import datetime
from dataclasses import dataclass, field

from django.apps import apps as global_apps
from django.core.exceptions import ImproperlyConfigured
from django.db import DEFAULT_DB_ALIAS, transaction
from django.utils import timezone
from django.utils.module_loading import autodiscover_modules

# django-q2's Schedule.MINUTES and Schedule.DAILY: its models cannot be imported before the app registry is ready.
MINUTES = "I"
DAILY = "D"


@dataclass(frozen=True)
class Declared:
    """One schedule as an app wants it. `at` is the local time of day a daily task first runs (None: right away,
    then every 24 hours from the moment the schedule was made)."""

    name: str
    func: str
    schedule_type: str
    minutes: int | None = None
    at: datetime.time | None = None

    def fields(self) -> dict:
        """The Schedule columns the declaration decides; the rest (next run, last task, cluster) is django-q2's."""
        return {"name": self.name, "func": self.func, "schedule_type": self.schedule_type, "minutes": self.minutes,
                "repeats": -1, "cron": None, "args": None, "kwargs": None, "hook": None}

    def first_run(self, now: datetime.datetime) -> datetime.datetime:
        if self.at is None:
            return now
        day = timezone.localtime(now).date()
        moment = timezone.make_aware(datetime.datetime.combine(day, self.at))
        if moment <= now:
            moment = timezone.make_aware(datetime.datetime.combine(day + datetime.timedelta(days=1), self.at))
        return moment

    def keeps_its_time(self, next_run) -> bool:
        return self.at is None or (next_run is not None and timezone.localtime(next_run).time() == self.at)


_declared: dict[str, Declared] = {}


def declare(declaration: Declared) -> None:
    known = _declared.setdefault(declaration.name, declaration)
    if known != declaration:
        raise ImproperlyConfigured(f"Two schedules are named {declaration.name!r}: {known.func} and "
                                   f"{declaration.func}.")


def every(*, minutes: int, name: str):
    """Decorator: run the task every `minutes` minutes."""
    return _declaring(name=name, schedule_type=MINUTES, minutes=minutes)


def daily(name: str, *, at: datetime.time | None = None):
    """Decorator: run the task once a day, at local time `at` when given."""
    return _declaring(name=name, schedule_type=DAILY, at=at)


def _declaring(**options):
    def register(task):
        declare(Declared(func=f"{task.__module__}.{task.__qualname__}", **options))
        return task

    return register


def declared() -> list[Declared]:
    """Every schedule our apps declare; importing each app's `tasks` module declares them."""
    autodiscover_modules("tasks")
    return sorted(_declared.values(), key=lambda declaration: declaration.name)


def our_packages(declarations) -> set[str]:
    return {declaration.func.split(".")[0] for declaration in declarations} | {__name__.split(".")[0]}


@dataclass
class Changes:
    created: list = field(default_factory=list)
    updated: list = field(default_factory=list)
    removed: list = field(default_factory=list)

    def __bool__(self):
        return bool(self.created or self.updated or self.removed)


def sync(apps=global_apps, using=DEFAULT_DB_ALIAS) -> Changes:
    """Make the Schedule table hold exactly the declared schedules of our apps (see the module's docstring)."""
    try:
        Schedule = apps.get_model("django_q", "Schedule")
    except LookupError:  # a migration state without django-q2
        return Changes()
    wanted = declared()
    packages = our_packages(wanted)
    schedules = Schedule.objects.using(using)
    changes = Changes()
    now = timezone.now()
    with transaction.atomic(using=using):
        ours = [row for row in schedules.order_by("pk") if row.func.split(".")[0] in packages]
        found = _match(wanted, ours)
        for declaration in wanted:
            row = found.get(declaration.name)
            if row is None:
                schedules.create(next_run=declaration.first_run(now), **declaration.fields())
                changes.created.append(declaration.name)
                continue
            update = {name: value for name, value in declaration.fields().items() if getattr(row, name) != value}
            if not declaration.keeps_its_time(row.next_run):
                update["next_run"] = declaration.first_run(now)
            if update:
                schedules.filter(pk=row.pk).update(**update)
                changes.updated.append(declaration.name)
        kept = {row.pk for row in found.values()}
        for row in ours:
            if row.pk not in kept:
                schedules.filter(pk=row.pk).delete()
                changes.removed.append(row.name or row.func)
    return changes


def _match(wanted, ours) -> dict:
    """Each declaration's row: the first with its name, else the first with its task that no declaration names."""
    found, taken = {}, set()
    for declaration in wanted:
        row = next((row for row in ours if row.name == declaration.name), None)
        if row is not None:
            found[declaration.name] = row
            taken.add(row.pk)
    names = {declaration.name for declaration in wanted}
    for declaration in wanted:
        if declaration.name in found:
            continue
        row = next((row for row in ours if row.func == declaration.func and row.pk not in taken
                    and row.name not in names), None)
        if row is not None:
            found[declaration.name] = row
            taken.add(row.pk)
    return found


def sync_after_migrate(sender, verbosity=1, using=DEFAULT_DB_ALIAS, apps=global_apps, stdout=None, **kwargs):
    """post_migrate receiver (connected once, for this app): schedules follow the code after every migrate."""
    changes = sync(apps=apps, using=using)
    if changes and verbosity >= 1 and stdout is not None:
        for label, names in (("added", changes.created), ("updated", changes.updated), ("removed", changes.removed)):
            for name in names:
                stdout.write(f"  Schedule {label}: {name}\n")
