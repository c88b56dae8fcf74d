"""Who may publish the leeragenda: the MT approves, a redacteur drafts.

Editors hold publish rights on the whole page tree (they run the leergang); Wagtail has no way to take a
right away for one subtree, so agenda pages use this tester, which drops "publish" for everyone but the MT and
superusers. A redacteur then sees "Indienen" instead of "Publiceren", and the edit view refuses a forged
publish action because it asks the same tester.
"""

from wagtail.models import PagePermissionTester

from lms.people.roles import Role


def may_publish_agenda(user) -> bool:
    return user.is_authenticated and user.is_active and (user.is_superuser or user.has_role(Role.MANAGEMENT))


class AgendaPermissionTester(PagePermissionTester):
    def __init__(self, user, page):
        super().__init__(user, page)
        # Wagtail leaves `permissions` unset for inactive users (they may do nothing at all).
        if not user.is_superuser and not may_publish_agenda(user) and hasattr(self, "permissions"):
            self.permissions = set(self.permissions) - {"publish"}
