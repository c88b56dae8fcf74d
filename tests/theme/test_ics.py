"""The time zone every calendar file carries: right in summer and winter, long after 2038, for both parsers."""

import datetime
import io
import zoneinfo

import pytest
import vobject
from icalendar import Calendar

from theme.ics import new_calendar, site_timezone

AMSTERDAM = zoneinfo.ZoneInfo("Europe/Amsterdam")


@pytest.mark.parametrize("year", [2026, 2037, 2038, 2045, 2090])
def test_the_site_timezone_has_the_offsets_of_amsterdam_in_every_year(year):
    zone = site_timezone().to_tz(lookup_tzid=False)  # what the file says, not our zoneinfo
    for month, day, hour in ((1, 15, 12), (3, 1, 12), (7, 1, 12), (10, 1, 12), (12, 20, 12)):
        moment = datetime.datetime(year, month, day, hour)
        assert moment.replace(tzinfo=zone).utcoffset() == moment.replace(tzinfo=AMSTERDAM).utcoffset(), moment


def test_the_switch_days_follow_the_eu_rule_also_after_2038():
    zone = site_timezone().to_tz(lookup_tzid=False)  # what the file says, not our zoneinfo
    # 2040: summer time from Sunday 25 March 02:00, winter time from Sunday 28 October 03:00.
    for moment in (datetime.datetime(2040, 3, 25, 1, 30), datetime.datetime(2040, 3, 25, 3, 30),
                   datetime.datetime(2040, 10, 28, 1, 30), datetime.datetime(2040, 10, 28, 4, 0)):
        assert moment.replace(tzinfo=zone).utcoffset() == moment.replace(tzinfo=AMSTERDAM).utcoffset(), moment


def test_an_empty_calendar_still_has_a_component_and_parses_with_both_parsers():
    body = new_calendar("-//Test//NL").to_ical()
    assert Calendar.from_ical(body).subcomponents  # RFC 5545: a VCALENDAR holds at least one component
    parsed = vobject.readOne(io.StringIO(body.decode()))
    assert parsed.vtimezone.tzid.value == "Europe/Amsterdam"
    summer = parsed.vtimezone.gettzinfo()
    assert datetime.datetime(2050, 7, 1, 12, tzinfo=summer).utcoffset() == datetime.timedelta(hours=2)
