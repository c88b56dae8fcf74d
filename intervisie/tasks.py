"""django-q2 task: intervisie reminders two days ahead (idempotent per member and session)."""

from .services import send_reminders


def intervisie_reminders():
    return send_reminders()
