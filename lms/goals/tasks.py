"""django-q2 tasks for goals: the daily reminder that an evaluation is coming up or overdue."""

import datetime
import logging

from django.utils import timezone
from django.utils.formats import date_format
from django.utils.translation import gettext as _

from lms.extensions import schedules
from lms.notifications.services import notify

from .choices import DUE_SOON_DAYS
from .models import Goal

logger = logging.getLogger(__name__)


def due_goals(today):
    """Active goals whose evaluation falls within DUE_SOON_DAYS from `today`, or has passed."""
    return (
        Goal.objects.filter(status="active", next_evaluation_on__lte=today + datetime.timedelta(days=DUE_SOON_DAYS))
        .select_related("owner")
        .order_by("pk")
    )


@schedules.daily("Ontwikkeldoelen: herinneringen voor evaluaties")
def send_due_reminders(today=None):
    """Remind each owner once per goal per evaluation date.

    The notice key holds the goal and its due date, so a second run (a retry, a second worker, tomorrow's
    run while the goal is still overdue) finds the notice it already made. Each notice is its own transaction:
    if the worker dies between two goals, the next run sends the rest and repeats none. The text names no goal
    (the e-mail leaves our servers); the link leads to it.
    """
    today = today or timezone.localdate()
    sent = 0
    for goal in due_goals(today).iterator(chunk_size=500):
        due = goal.next_evaluation_on
        overdue = due < today
        notice = notify(
            goal.owner,
            key=f"goal-due:{goal.pk}:{due.isoformat()}",
            title=_("Een doel is toe aan evaluatie") if not overdue else _("Een evaluatie staat nog open"),
            body=_("Plan een moment om terug te kijken: wat heb je geprobeerd en wat leverde het op? "
                   "De evaluatie staat voor %(date)s.") % {"date": date_format(due, "j F Y")},
            link=goal.get_absolute_url(),
        )
        sent += notice.is_new
    logger.info("Goal reminders: %s new notices", sent)
    return sent
