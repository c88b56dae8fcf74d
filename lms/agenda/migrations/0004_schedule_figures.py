"""Count the dashboard's figures every ten minutes, ahead of the MT's visits (see tasks.refresh_figures)."""

from django.db import migrations

NAME = "Leeragenda: cijfers tellen"


def create_schedule(apps, schema_editor):
    apps.get_model("django_q", "Schedule").objects.update_or_create(
        name=NAME,
        defaults={"func": "lms.agenda.tasks.refresh_figures", "schedule_type": "I", "minutes": 10, "repeats": -1},
    )


def remove_schedule(apps, schema_editor):
    apps.get_model("django_q", "Schedule").objects.filter(name=NAME).delete()


class Migration(migrations.Migration):
    dependencies = [("agenda", "0003_figuresnapshot")]

    operations = [migrations.RunPython(create_schedule, remove_schedule)]
