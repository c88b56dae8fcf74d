"""The owner's upcoming evaluation dates as an iCalendar file (for Outlook and other calendars)."""

import datetime

from django.utils import timezone
from django.utils.translation import gettext as _
from icalendar import Event

from lms.conf import setting
from lms.people import access
from theme.ics import new_calendar

from .models import Goal


def evaluation_calendar(owner) -> bytes:
    """One all-day event per active goal on its next evaluation date. Stable UIDs: importing again updates.

    The calendar always holds the site's VTIMEZONE, so a plan without active goals still gives a valid file.
    """
    calendar = new_calendar("-//Van Kijken naar Zien//Ontwikkelplan//NL")
    calendar.add("x-wr-calname", _("Evaluaties van mijn ontwikkelplan"))
    # The owner's own goals, as the policy shows them to the person the file is made for.
    goals = access.visible_to(owner, Goal.objects.filter(owner=owner, status="active")) \
        .select_related("current_version")
    now = timezone.now()
    for goal in goals:
        event = Event()
        event.add("uid", f"goal-{goal.pk}-evaluation@vknz")
        event.add("dtstamp", now)
        event.add("dtstart", goal.next_evaluation_on)
        event.add("dtend", goal.next_evaluation_on + datetime.timedelta(days=1))
        event.add("summary", _("Evaluatie: %(title)s") % {"title": goal.current_version.title})
        event.add("description", _("Kijk terug op je doel: wat heb je geprobeerd en wat leverde het op?"))
        event.add("url", f"{setting('VKNZ_BASE_URL')}{goal.get_absolute_url()}")
        event.add("transp", "TRANSPARENT")
        calendar.add_component(event)
    return calendar.to_ical()
