from django.core.mail.backends.base import BaseEmailBackend


class BrokenEmailBackend(BaseEmailBackend):
    """An SMTP server that is down: every send fails, as a real outage would."""

    def send_messages(self, email_messages):
        raise ConnectionRefusedError("SMTP server unreachable")
