"""A Wagtail workflow of one approval task by a role's group, attached to a page (the leergang, the leeragenda)."""

from django.contrib.auth.models import Group
from wagtail.models import Workflow, WorkflowPage, WorkflowTask

from .roles import Role


def ensure_role_workflow(page, *, name: str, task_model, task_name: str, role: Role) -> Workflow:
    """The workflow `name` with its task approved by `role`'s group, on `page` and the pages below it. Safe to repeat:
    everything is matched on its name."""
    group, _created = Group.objects.get_or_create(name=role.value)
    workflow, _created = Workflow.objects.get_or_create(name=name, defaults={"active": True})
    task = task_model.objects.filter(name=task_name).first() or task_model.objects.create(name=task_name)
    task.groups.add(group)
    if not WorkflowTask.objects.filter(workflow=workflow, task=task).exists():
        WorkflowTask.objects.create(workflow=workflow, task=task, sort_order=0)
    WorkflowPage.objects.update_or_create(page=page, defaults={"workflow": workflow})
    return workflow
