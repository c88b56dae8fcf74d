"""Who may publish the leergang: nobody directly but a superuser; a redacteur submits, another redacteur approves.

Editors hold publish rights on the whole page tree; Wagtail cannot take a right away for one subtree, so the
leergang's pages use this tester, which drops "publish" for everyone but superusers. A redacteur then sees
"Indienen" instead of "Publiceren", and the edit view refuses a forged publish action because it asks the same
tester. The approval that publishes is the workflow's (workflow.PeerApprovalTask).
"""

from wagtail.models import PagePermissionTester, TaskState


class CoursePermissionTester(PagePermissionTester):
    def __init__(self, user, page):
        super().__init__(user, page)
        # Wagtail leaves `permissions` unset for inactive users (they may do nothing at all).
        if not user.is_superuser and "publish" in getattr(self, "permissions", ()) and not self._reviews(user, page):
            self.permissions = set(self.permissions) - {"publish"}

    @staticmethod
    def _reviews(user, page) -> bool:
        """Whether `user` reviews the page's latest version: Wagtail publishes an approved revision with the
        approver's own publish right (after marking the workflow approved), so the reviewer (never the author:
        workflow.PeerApprovalTask) holds it while the review lasts and for the version they approved, and only then."""
        state = page.current_workflow_task_state
        if state is not None:
            return any(name == "approve" for name, _label, _modal in state.task.specific.get_actions(page, user))
        return bool(page.latest_revision_id) and TaskState.objects.filter(
            revision_id=page.latest_revision_id, status=TaskState.STATUS_APPROVED, finished_by=user.pk).exists()


class CoursePermissionsMixin:
    def permissions_for_user(self, user):
        return CoursePermissionTester(user, self)
