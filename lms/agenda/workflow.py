"""The leeragenda's publishing workflow: one task, approval by the MT, attached to the agenda index page.

Created when the index page is first saved (and by the demo), not by a data migration: the workflow must point
at the index page, which only exists once someone makes it.
"""

from django.contrib.auth.models import Group, Permission
from wagtail.models import GroupApprovalTask, GroupPagePermission, Workflow

from lms.people.roles import Role
from lms.people.workflows import ensure_role_workflow

WORKFLOW_NAME = "Leeragenda vaststellen"
TASK_NAME = "Goedkeuring door het MT"
# The MT may also write and publish agenda pages itself.
MT_PAGE_PERMISSIONS = ("add_page", "change_page", "publish_page")


def ensure_agenda_workflow(index_page) -> Workflow:
    workflow = ensure_role_workflow(index_page, name=WORKFLOW_NAME, task_model=GroupApprovalTask, task_name=TASK_NAME,
                                    role=Role.MANAGEMENT)
    management = Group.objects.get(name=Role.MANAGEMENT.value)
    for codename in MT_PAGE_PERMISSIONS:
        permission = Permission.objects.get(content_type__app_label="wagtailcore", codename=codename)
        GroupPagePermission.objects.get_or_create(group=management, page=index_page, permission=permission)
    return workflow

