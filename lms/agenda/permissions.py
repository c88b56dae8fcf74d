"""Who may publish the leeragenda: the MT approves, a redacteur drafts.

Editors hold publish rights on the whole page tree (they run the leergang); Wagtail has no way to take a
right away for one subtree, so agenda pages use this tester, which drops "publish" for everyone but the MT and
superusers. A redacteur then sees "Indienen" instead of "Publiceren", and the edit view refuses a forged
publish action because it asks the same tester.
"""

from wagtail.models import PagePermissionTester

from lms.people import access

# The capability (registered in rules.py, which imports the models that use this tester).
APPROVE_AGENDA = "agenda.approve_agenda"


def may_publish_agenda(user) -> bool:
    # A superuser keeps every right in Wagtail's admin; that opens no personal data (the admin holds none).
    return user.is_authenticated and user.is_active and (user.is_superuser or bool(access.may(user, APPROVE_AGENDA)))


class AgendaPermissionTester(PagePermissionTester):
    def __init__(self, user, page):
        super().__init__(user, page)
        # Wagtail leaves `permissions` unset for inactive users (they may do nothing at all).
        if not user.is_superuser and not may_publish_agenda(user) and hasattr(self, "permissions"):
            self.permissions = set(self.permissions) - {"publish"}
