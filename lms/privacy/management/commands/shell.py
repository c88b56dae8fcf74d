"""`manage.py shell`, with an audit entry first: direct database access bypasses the access policy, so every
use of it is on record (who ran it on which machine account, and when)."""

import getpass

from django.core.management.commands.shell import Command as DjangoShell

from lms.privacy.services import audit


class Command(DjangoShell):
    help = "Start een Python-shell; elk gebruik wordt in het auditlog vastgelegd."

    def handle(self, **options):
        audit(None, "view", reason=f"shell geopend door systeemaccount {getpass.getuser()}")
        return super().handle(**options)
