"""django-q2 tasks for buddies: check-in reminders and ending pairs at their end date (both idempotent)."""

from .services import checkin_reminders, end_expired_pairs


def daily_buddy_jobs():
    return {"ended": end_expired_pairs(), "reminded": checkin_reminders()}
