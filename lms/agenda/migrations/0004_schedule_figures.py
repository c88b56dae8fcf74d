"""Count the dashboard's figures every night, ahead of the MT's visits (see tasks.refresh_figures)."""

import datetime

from django.db import migrations
from django.utils import timezone

NAME = "Leeragenda: cijfers tellen"


def create_schedule(apps, schema_editor):
    apps.get_model("django_q", "Schedule").objects.update_or_create(
        name=NAME,
        defaults={"func": "lms.agenda.tasks.refresh_figures", "schedule_type": "D", "repeats": -1,
                  "next_run": timezone.make_aware(datetime.datetime.combine(
                      timezone.localdate() + datetime.timedelta(days=1), datetime.time(3, 0)))},
    )


def remove_schedule(apps, schema_editor):
    apps.get_model("django_q", "Schedule").objects.filter(name=NAME).delete()


class Migration(migrations.Migration):
    dependencies = [("agenda", "0003_figuresnapshot")]

    operations = [migrations.RunPython(create_schedule, remove_schedule)]
