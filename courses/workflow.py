"""The leergang's publishing workflow: a redacteur submits a change, another redacteur approves and publishes it.

Editors hold publish rights on the whole page tree (lms.people.permissions). On the leergang's pages
`permissions.CoursePermissionTester` takes "publish" away from everyone but superusers, so a redacteur's change
waits in the workflow below, attached to the leergang's index page (by a signal when the index is made, and by
the demo). Its one task, `PeerApprovalTask`, is Wagtail's approval by a group (the redacteuren), except that it
refuses the person who asked for the review and the author of the version under review: every text newcomers read
has been read by a second redacteur.
"""

from django.core.exceptions import PermissionDenied
from django.utils.translation import gettext_lazy as _
from wagtail.models import AbstractGroupApprovalTask, Workflow

from lms.people.roles import Role
from lms.people.workflows import ensure_role_workflow

WORKFLOW_NAME = "Leergang wijzigen"
TASK_NAME = "Goedkeuring door een andere redacteur"


def authors(task_state) -> set:
    """Who may not approve this task: whoever asked for the review and whoever wrote the version it reviews."""
    return {task_state.workflow_state.requested_by_id, task_state.revision.user_id} - {None}


class PeerApprovalTask(AbstractGroupApprovalTask):
    """Approval by a member of the chosen groups who did not write the change."""

    def get_actions(self, obj, user):
        state = obj.current_workflow_task_state
        if state is not None and user.pk in authors(state):
            return []
        return super().get_actions(obj, user)

    def on_action(self, task_state, user, action_name, **kwargs):
        # The admin's views ask get_actions first; this holds also for a caller that does not.
        if user.pk in authors(task_state):
            raise PermissionDenied(_("Een wijziging die je zelf schreef, keurt een andere redacteur goed."))
        return super().on_action(task_state, user, action_name, **kwargs)

    def get_task_states_user_can_moderate(self, user, **kwargs):
        # The dashboard's "wacht op jouw beoordeling" list: not the changes this person wrote.
        states = super().get_task_states_user_can_moderate(user, **kwargs)
        return states.exclude(workflow_state__requested_by=user.pk).exclude(revision__user=user.pk)

    @classmethod
    def get_description(cls):
        return _("Iemand uit de gekozen groepen keurt goed, maar niet wie de wijziging schreef of indiende.")

    class Meta:
        verbose_name = _("goedkeuring door een ander")
        verbose_name_plural = _("goedkeuringen door een ander")


def ensure_course_workflow(index_page) -> Workflow:
    return ensure_role_workflow(index_page, name=WORKFLOW_NAME, task_model=PeerApprovalTask, task_name=TASK_NAME,
                                role=Role.EDITOR)



