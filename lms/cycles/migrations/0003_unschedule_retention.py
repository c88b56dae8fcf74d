"""Stop the cycles' own daily purge of recordings: the privacy app's daily retention run (privacy 0002) already
purges them through CyclesProvider.retention, so recordings were purged by two jobs a day."""

from django.db import migrations

NAME = "Video-reflectie: bewaartermijn opnames"


def remove_schedule(apps, schema_editor):
    apps.get_model("django_q", "Schedule").objects.filter(name=NAME).delete()


def restore_schedule(apps, schema_editor):
    apps.get_model("django_q", "Schedule").objects.update_or_create(
        name=NAME,
        defaults={"func": "lms.cycles.tasks.purge_expired_recordings", "schedule_type": "D", "repeats": -1},
    )


class Migration(migrations.Migration):
    dependencies = [
        ("cycles", "0002_schedule_retention"),
        ("privacy", "0002_schedule_retention"),
    ]

    operations = [migrations.RunPython(remove_schedule, restore_schedule)]
