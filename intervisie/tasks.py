"""django-q2 task: intervisie reminders two days ahead (idempotent per member and session)."""

from lms.extensions import schedules

from .services import send_reminders


@schedules.daily("Intervisie: herinneringen")
def intervisie_reminders():
    return send_reminders()
