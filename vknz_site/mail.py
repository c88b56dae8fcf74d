"""The e-mail backend of `make run`: every message is written to a file (Django's file backend), and the console
gets one line per message, so a developer sees that it left and where to read it, without the raw MIME."""

import sys

from django.core.mail.backends.filebased import EmailBackend


class SummaryFileBackend(EmailBackend):
    def send_messages(self, email_messages):
        sent = super().send_messages(email_messages)
        for message in email_messages or ():
            recipients = ", ".join(message.recipients())
            sys.stdout.write(f"E-mail aan {recipients}: {message.subject} ({self._fname})\n")
        sys.stdout.flush()
        return sent
