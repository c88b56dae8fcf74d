"""Calendar files for intervisie (RFC 5545): one invitation per session, cancellations, and a personal feed.

Times are written in Europe/Amsterdam with its VTIMEZONE, so Outlook shows 14:00 in winter and in summer. The UID
of a session never changes; SEQUENCE goes up with every change, so calendars update the invitation in place.
"""

from django.utils import timezone
from django.utils.translation import gettext as _
from icalendar import Calendar, Event, vText

from lms.conf import setting

PRODID = "-//Van Kijken naar Zien//Intervisie//NL"


def _calendar(method=None):
    calendar = Calendar()
    calendar.add("prodid", PRODID)
    calendar.add("version", "2.0")
    if method:
        calendar.add("method", method)
    return calendar


def _event(session):
    zone = timezone.get_default_timezone()
    event = Event()
    event.add("uid", f"{session.uid}@vknz")
    event.add("sequence", session.sequence)
    event.add("dtstamp", timezone.now())
    event.add("dtstart", timezone.localtime(session.starts_at, zone))
    event.add("dtend", timezone.localtime(session.ends_at, zone))
    event.add("summary", _("Intervisie: %(group)s") % {"group": session.group.name})
    if session.place:
        event["location"] = vText(session.place)
    event.add("url", f"{setting('VKNZ_BASE_URL')}{session.get_absolute_url()}")
    if session.status == "cancelled":
        event.add("status", "CANCELLED")
    else:
        event.add("status", "CONFIRMED")
    return event


def session_ics(session) -> bytes:
    calendar = _calendar("CANCEL" if session.status == "cancelled" else "REQUEST")
    calendar.add_component(_event(session))
    calendar.add_missing_timezones()
    return calendar.to_ical()


def feed_ics(sessions, name) -> bytes:
    calendar = _calendar("PUBLISH")
    calendar.add("x-wr-calname", name)
    for session in sessions:
        calendar.add_component(_event(session))
    calendar.add_missing_timezones()
    return calendar.to_ical()
