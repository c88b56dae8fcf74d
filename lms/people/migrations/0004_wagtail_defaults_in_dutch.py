"""Wagtail's own migrations make two groups ("Moderators", "Editors") and a workflow on the whole page tree
("Moderators approval"). This platform's roles are its own groups (redacteur, mt, ...), so those English names
showed in the admin for nothing: a group nobody is in goes, a group someone is in keeps its rights under a Dutch
name (a host site may use it). Wagtail's default workflow goes when none of its approvers remain; otherwise it
gets a Dutch name. The leergang and the leeragenda have workflows of their own (courses.workflow, agenda.workflow).
"""

from django.conf import settings
from django.db import migrations

GROUPS = {"Moderators": "Moderatoren", "Editors": "Wagtail-redacteuren"}
WORKFLOW = "Moderators approval"
DUTCH_WORKFLOW = "Goedkeuring door moderatoren"


def forwards(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    Workflow = apps.get_model("wagtailcore", "Workflow")
    Task = apps.get_model("wagtailcore", "GroupApprovalTask")
    WorkflowPage = apps.get_model("wagtailcore", "WorkflowPage")
    WorkflowState = apps.get_model("wagtailcore", "WorkflowState")
    for name, dutch in GROUPS.items():
        for group in Group.objects.filter(name=name):
            if group.user_set.exists():
                group.name = dutch
                group.save(update_fields=["name"])
            else:
                group.delete()
    for workflow in Workflow.objects.filter(name=WORKFLOW):
        tasks = Task.objects.filter(workflow_tasks__workflow=workflow)
        unused = not WorkflowState.objects.filter(workflow=workflow).exists()
        if unused and not tasks.filter(groups__isnull=False).exists():
            WorkflowPage.objects.filter(workflow=workflow).delete()
            tasks.filter(name=WORKFLOW).delete()
            workflow.delete()
        else:
            tasks.filter(name=WORKFLOW).update(name=DUTCH_WORKFLOW)
            workflow.name = DUTCH_WORKFLOW
            workflow.save(update_fields=["name"])


class Migration(migrations.Migration):
    dependencies = [
        ("lms_people", "0003_submission_keys"),
        migrations.swappable_dependency(settings.AUTH_USER_MODEL),
        ("wagtailcore", "0002_initial_data"),
        ("wagtailcore", "0048_add_default_workflows"),
    ]

    # Nothing to undo: the English names are not restored.
    operations = [migrations.RunPython(forwards, migrations.RunPython.noop)]
