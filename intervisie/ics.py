"""Calendar files for intervisie (RFC 5545): one invitation per session, cancellations, and a personal feed.

Times are written in Europe/Amsterdam with its VTIMEZONE (theme.ics, rule-based), so Outlook shows 14:00 in winter
and in summer, in 2040 too. The UID of a session never changes; SEQUENCE goes up with every change, so calendars
update the invitation in place. Invitations and cancellations carry ORGANIZER and ATTENDEE (RFC 5546): the
organisation organises (any member may change a session), the attendees are the group's members with an e-mail
address, under the names the group already sees of each other.
"""

from django.utils import timezone
from django.utils.translation import gettext as _
from icalendar import Event, vText

from lms.conf import setting
from lms.people.naming import display_name
from theme.ics import attendee, new_calendar, organizer

PRODID = "-//Van Kijken naar Zien//Intervisie//NL"


def _calendar(method=None):
    return new_calendar(PRODID, method)


def _event(session, attendees=()):
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
    event.add("organizer", organizer())
    for person in attendees:
        event.add("attendee", attendee(person.email, display_name(person)))
    return event


def session_ics(session) -> bytes:
    calendar = _calendar("CANCEL" if session.status == "cancelled" else "REQUEST")
    members = [person for person in session.group.members.order_by("pk") if person.email]
    calendar.add_component(_event(session, members))
    return calendar.to_ical()


def feed_ics(sessions, name) -> bytes:
    calendar = _calendar("PUBLISH")
    calendar.add("x-wr-calname", name)
    for session in sessions:
        calendar.add_component(_event(session))
    return calendar.to_ical()
