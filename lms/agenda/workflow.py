"""The leeragenda's publishing workflow: one task, approval by the MT, attached to the agenda index page.

Created when the index page is first saved (and by the demo), not by a data migration: the workflow must point
at the index page, which only exists once someone makes it.
"""

from django.contrib.auth.models import Group, Permission
from wagtail.models import GroupApprovalTask, GroupPagePermission, Workflow, WorkflowPage, WorkflowTask

from lms.people.roles import Role

WORKFLOW_NAME = "Leeragenda vaststellen"
TASK_NAME = "Goedkeuring door het MT"
# The MT may also write and publish agenda pages itself.
MT_PAGE_PERMISSIONS = ("add_page", "change_page", "publish_page")


def ensure_agenda_workflow(index_page) -> Workflow:
    management, _created = Group.objects.get_or_create(name=Role.MANAGEMENT.value)
    workflow, _created = Workflow.objects.get_or_create(name=WORKFLOW_NAME, defaults={"active": True})
    task = GroupApprovalTask.objects.filter(name=TASK_NAME).first()
    if task is None:
        task = GroupApprovalTask.objects.create(name=TASK_NAME)
    task.groups.add(management)
    if not WorkflowTask.objects.filter(workflow=workflow, task=task).exists():
        WorkflowTask.objects.create(workflow=workflow, task=task, sort_order=0)
    WorkflowPage.objects.update_or_create(page=index_page, defaults={"workflow": workflow})
    for codename in MT_PAGE_PERMISSIONS:
        permission = Permission.objects.get(content_type__app_label="wagtailcore", codename=codename)
        GroupPagePermission.objects.get_or_create(group=management, page=index_page, permission=permission)
    return workflow

