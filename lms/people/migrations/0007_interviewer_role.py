"""The role of the neutral interviewer (neutrale functionaris), as a group like the others."""

from django.db import migrations

NAME = "neutrale-functionaris"


def create_group(apps, schema_editor):
    apps.get_model("auth", "Group").objects.get_or_create(name=NAME)


def remove_group(apps, schema_editor):
    apps.get_model("auth", "Group").objects.filter(name=NAME).delete()


class Migration(migrations.Migration):
    dependencies = [("lms_people", "0006_submission_key_name")]

    operations = [migrations.RunPython(create_group, remove_group)]
