"""django-q2 tasks for buddies: check-in reminders and ending pairs at their end date (both idempotent)."""

from lms.extensions import schedules

from .services import checkin_reminders, end_expired_pairs


@schedules.daily("Buddy: check-in herinneringen en einddata")
def daily_buddy_jobs():
    return {"ended": end_expired_pairs(), "reminded": checkin_reminders()}
