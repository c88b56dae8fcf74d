"""Background schedules that the notifications app declares (see lms.extensions.schedules)."""

import pytest

pytestmark = pytest.mark.django_db


def test_the_sweeper_is_scheduled_every_ten_minutes():
    from django_q.models import Schedule

    schedule = Schedule.objects.get(func="lms.notifications.tasks.send_pending_emails")
    assert (schedule.schedule_type, schedule.minutes, schedule.repeats) == (Schedule.MINUTES, 10, -1)
