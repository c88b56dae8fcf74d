"""Schedule the sweeper that queues e-mails whose task got lost (see tasks.send_pending_emails)."""

from django.db import migrations

NAME = "Meldingen: achtergebleven e-mails versturen"


def create_schedule(apps, schema_editor):
    Schedule = apps.get_model("django_q", "Schedule")
    Schedule.objects.update_or_create(
        name=NAME,
        defaults={
            "func": "lms.notifications.tasks.send_pending_emails",
            "schedule_type": "I",  # every `minutes` minutes
            "minutes": 10,
            "repeats": -1,
        },
    )


def remove_schedule(apps, schema_editor):
    apps.get_model("django_q", "Schedule").objects.filter(name=NAME).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("notifications", "0001_initial"),
        ("django_q", "0019_alter_task_options_alter_ormq_key_alter_ormq_lock_and_more"),
    ]

    operations = [migrations.RunPython(create_schedule, remove_schedule)]
