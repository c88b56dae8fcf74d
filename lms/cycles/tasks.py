"""django-q2 tasks for video-reflection: the daily reminder that a Samenleerwijzer-gesprek is due."""

import logging

from django.urls import reverse
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.translation import gettext as _

from lms.extensions import schedules
from lms.notifications.services import notify

from .services.samenleerwijzer import due_reminders

logger = logging.getLogger(__name__)


@schedules.daily("Samenleerwijzer: herinneringen voor het volgende gesprek")
def send_samenleerwijzer_reminders(today=None):
    """Remind each klantmanager once per due date that a Samenleerwijzer-gesprek is coming up (or overdue).

    The notice key holds the person and the due date, so a second run (a retry, a second worker, tomorrow's run
    while the talk is still overdue) finds the notice it already made; a new talk or another cadence gives a new
    due date and so, in time, one new reminder. Each notice is its own transaction: a worker that dies half-way
    leaves the rest to the next run and repeats none. The text names no client (the e-mail leaves our servers).
    """
    today = today or timezone.localdate()
    sent = 0
    link = reverse("lms:cycles:talk_list")
    for user, due in due_reminders(today):
        date = date_format(due, "j F Y")
        if due < today:
            title = _("Een Samenleerwijzer-gesprek staat nog open")
            when = _("Je volgende Samenleerwijzer-gesprek stond gepland voor %(date)s.") % {"date": date}
        else:
            title = _("Tijd voor een Samenleerwijzer-gesprek")
            when = _("Je volgende Samenleerwijzer-gesprek staat gepland voor %(date)s.") % {"date": date}
        notice = notify(user, key=f"samenleerwijzer-due:{user.pk}:{due.isoformat()}", title=title,
                        body=f"{when} {_('Vraag een van je cliënten hoe jullie samenwerking gaat.')}", link=link)
        sent += notice.is_new
    logger.info("Samenleerwijzer reminders: %s new notices", sent)
    return sent
