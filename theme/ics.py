"""What every calendar file of the platform shares (RFC 5545, RFC 5546): the site's time zone and the organiser.

The time zone is written with yearly rules (RRULE), not as a list of dates: icalendar's generated VTIMEZONE lists the
changes up to 2038 only, after which a calendar would keep winter time all year. Europe/Amsterdam follows the EU
rule since 1996 (summer time from the last Sunday of March, 02:00, to the last Sunday of October, 03:00); a host
in another zone gets icalendar's generated one, made to reach well past its events.
"""

import datetime
from email.utils import parseaddr

from django.conf import settings
from django.utils import timezone
from icalendar import Calendar, Timezone, TimezoneDaylight, TimezoneStandard, vCalAddress

# Zones that follow the EU rule with Central European Time (UTC+1 in winter, UTC+2 in summer).
CENTRAL_EUROPEAN = {"Europe/Amsterdam", "Europe/Berlin", "Europe/Brussels", "Europe/Paris", "Europe/Luxembourg"}


def _rule_based_zone(tzid) -> Timezone:
    zone = Timezone()
    zone.add("tzid", tzid)
    summer = TimezoneDaylight()
    summer.add("tzname", "CEST")
    summer.add("dtstart", datetime.datetime(1996, 3, 31, 2, 0))
    summer.add("tzoffsetfrom", datetime.timedelta(hours=1))
    summer.add("tzoffsetto", datetime.timedelta(hours=2))
    summer.add("rrule", {"freq": "yearly", "bymonth": 3, "byday": "-1su"})
    winter = TimezoneStandard()
    winter.add("tzname", "CET")
    winter.add("dtstart", datetime.datetime(1996, 10, 27, 3, 0))
    winter.add("tzoffsetfrom", datetime.timedelta(hours=2))
    winter.add("tzoffsetto", datetime.timedelta(hours=1))
    winter.add("rrule", {"freq": "yearly", "bymonth": 10, "byday": "-1su"})
    zone.add_component(summer)
    zone.add_component(winter)
    return zone


def site_timezone() -> Timezone:
    """The VTIMEZONE of the site's time zone (settings.TIME_ZONE), valid without an end date where we know its rule."""
    tzid = timezone.get_default_timezone_name()
    if tzid in CENTRAL_EUROPEAN:
        return _rule_based_zone(tzid)
    today = timezone.localdate()
    return Timezone.from_tzid(tzid, first_date=datetime.date(today.year - 1, 1, 1),
                              last_date=datetime.date(today.year + 40, 1, 1))


def new_calendar(prodid, method=None) -> Calendar:
    """A calendar with the site's VTIMEZONE, so it is valid even without events (RFC 5545 asks for a component)."""
    calendar = Calendar()
    calendar.add("prodid", prodid)
    calendar.add("version", "2.0")
    if method:
        calendar.add("method", method)
    calendar.add_component(site_timezone())
    return calendar


def organizer() -> vCalAddress:
    """The organisation as ORGANIZER, from DEFAULT_FROM_EMAIL: for events no single person arranges."""
    name, address = parseaddr(settings.DEFAULT_FROM_EMAIL)
    value = vCalAddress(f"mailto:{address}")
    if name:
        value.params["cn"] = name
    return value


def attendee(address, name) -> vCalAddress:
    """A participant who is not asked to reply (the platform, not the calendar, keeps who comes)."""
    value = vCalAddress(f"mailto:{address}")
    value.params.update({"cn": name, "cutype": "INDIVIDUAL", "role": "REQ-PARTICIPANT", "rsvp": "FALSE"})
    return value
