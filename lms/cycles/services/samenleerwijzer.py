"""The Samenleerwijzer: record a conversation about the collaboration, take points away, turn them into goals, and
know when the next conversation is due.

Only the klantmanager acts here, on their own talks: every function asks the access policy, which lets nobody else
in (`rules.py`). Refusals of the input or the moment are `ValidationError(message, code=...)`, as in the rest of the
cycle's services; the notes keep only the guide's questions, each within its length.

When is the next talk due? `cadence` months after the last talk; without a talk since the cadence was chosen,
`cadence` months after that choice. The cadence is the person's own choice (`SamenleerwijzerCadence`), else the
site's default (VKNZ_SAMENLEERWIJZER_MONTHS); 0 means no next date and no reminder. `schedules` answers this for
many people in one query, for the page, the dashboard and the daily reminder alike.
"""

import datetime
from dataclasses import dataclass

from dateutil.relativedelta import relativedelta
from django.contrib.auth import get_user_model
from django.core.exceptions import ValidationError
from django.db import transaction
from django.db.models import Exists, F, OuterRef, Q, Subquery
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.translation import gettext as _

from lms.conf import setting
from lms.goals import services as goal_services
from lms.goals.choices import Origin
from lms.people import access
from theme.submissions import create_once
from theme.usertext import normalise_plain

from .. import rules
from ..guides import SAMENLEERWIJZER_QUESTIONS
from ..samenleerwijzer import (
    MAX_NOTE_LENGTH,
    MAX_POINT_LENGTH,
    MAX_TAKEAWAY_LENGTH,
    Cadence,
    CollaborationTalk,
    SamenleerwijzerCadence,
    TalkAttentionPoint,
)
from ..validators import validate_client_code

QUESTION_CODES = frozenset(code for code, _question in SAMENLEERWIJZER_QUESTIONS)
# The reminder comes this many days before the due date: time to pick a client and plan a moment with them.
REMIND_DAYS_AHEAD = 7


def _talk_values(client_code, held_on, notes, takeaway, today) -> dict:
    code = (client_code or "").strip()
    if not code:
        raise ValidationError(_("Vul een cliëntcode in."), code="no_client_code")
    validate_client_code(code)
    if not isinstance(held_on, datetime.date):
        raise ValidationError(_("Vul de datum van het gesprek in."), code="no_date")
    if held_on > (today or timezone.localdate()):
        raise ValidationError(_("De datum van het gesprek kan niet in de toekomst liggen. Leg het gesprek vast "
                                "nadat je het hebt gehouden."), code="in_the_future")
    kept = {}
    for code_, text in (notes or {}).items():
        text = normalise_plain(text if isinstance(text, str) else "")
        if code_ in QUESTION_CODES and text:
            if len(text) > MAX_NOTE_LENGTH:
                raise ValidationError(_("Een aantekening is hoogstens %(max)s tekens.") % {"max": MAX_NOTE_LENGTH},
                                      code="too_long")
            kept[code_] = text
    takeaway = normalise_plain(takeaway)
    if len(takeaway) > MAX_TAKEAWAY_LENGTH:
        raise ValidationError(_("Wat je meeneemt is hoogstens %(max)s tekens.") % {"max": MAX_TAKEAWAY_LENGTH},
                              code="too_long")
    return {"client_code": code, "held_on": held_on, "notes": kept, "takeaway": takeaway}


def create_talk(owner, *, client_code, held_on, notes=None, takeaway="", submission_key=None, today=None):
    """Record a Samenleerwijzer-gesprek `owner` held with a client (by code), on a day that has been. The same
    `submission_key` twice (a double click) raises AlreadySaved with the first talk."""
    access.require_capability(owner, rules.HOLD_SAMENLEERWIJZER)
    values = _talk_values(client_code, held_on, notes, takeaway, today)
    return create_once(CollaborationTalk.objects.filter(owner=owner), submission_key,
                       lambda: CollaborationTalk.objects.create(owner=owner, submission_key=submission_key, **values),
                       _("Dit gesprek was al vastgelegd; hier is het."))


def update_talk(user, talk, *, client_code, held_on, notes=None, takeaway="", today=None):
    access.require(user, access.CHANGE, talk)
    for name, value in _talk_values(client_code, held_on, notes, takeaway, today).items():
        setattr(talk, name, value)
    talk.save()
    return talk


def delete_talk(user, talk) -> None:
    """The talk goes with its notes and aandachtspunten; goals made from them stay (they are goals now)."""
    access.require(user, access.DELETE, talk)
    talk.delete()


def add_talk_point(user, talk, text):
    """One aandachtspunt of what `user` takes away from their talk."""
    access.require(user, access.CHANGE, talk)
    text = normalise_plain(text)
    if not text:
        raise ValidationError(_("Schrijf op wat je meeneemt."), code="empty")
    if len(text) > MAX_POINT_LENGTH:
        raise ValidationError(_("Een aandachtspunt is hoogstens %(max)s tekens.") % {"max": MAX_POINT_LENGTH},
                              code="too_long")
    return TalkAttentionPoint.objects.create(talk=talk, text=text)


@transaction.atomic
def talk_point_to_goal(user, point, kind, formulation, parent=None, on_created=()):
    """Turn an aandachtspunt of a talk into a leerdoel or actiedoel in one step; the goal's origin is the
    Samenleerwijzer and the point keeps the link. The point's row is locked first, so two tabs make one goal.

    `on_created`: what the goal form's contributed parts keep (e.g. leeragenda themes), as in `create_goal`: in this
    transaction, so a refusal there leaves the aandachtspunt without a goal."""
    access.require(user, access.CHANGE, point)
    point = TalkAttentionPoint.objects.select_for_update().select_related("talk").get(pk=point.pk)
    if point.goal_id:
        raise ValidationError(_("Van dit aandachtspunt is al een doel gemaakt."), code="already_a_goal")
    goal = goal_services.create_goal(
        user, kind, formulation, parent=parent, origin=Origin.SAMENLEERWIJZER,
        origin_note=_("Aandachtspunt uit het Samenleerwijzer-gesprek van %(date)s")
        % {"date": date_format(point.talk.held_on, "j F Y")},
        on_created=on_created,
    )
    point.goal = goal
    point.save(update_fields=["goal"])
    return goal


# --- the cadence ----------------------------------------------------------------------------------------------------


def default_months() -> int:
    return max(0, int(setting("VKNZ_SAMENLEERWIJZER_MONTHS")))


def set_cadence(user, months, today=None) -> SamenleerwijzerCadence:
    """`user`'s own choice of how often; the count starts again today when no talk follows."""
    access.require_capability(user, rules.HOLD_SAMENLEERWIJZER)
    if months not in Cadence.values:
        raise ValidationError(_("Kies hoe vaak je een Samenleerwijzer-gesprek wilt houden."), code="unknown_cadence")
    cadence, _created = SamenleerwijzerCadence.objects.update_or_create(
        owner=user, defaults={"months": months, "set_on": today or timezone.localdate()})
    return cadence


@dataclass(frozen=True)
class Schedule:
    """Where one person stands: their cadence (chosen or the default), their last talk, and the next due date."""

    months: int
    chosen: bool
    last_held: datetime.date | None
    due: datetime.date | None


def _schedule(months, set_on, last_held) -> Schedule:
    chosen = months is not None
    months = months if chosen else default_months()
    anchor = last_held or set_on
    due = anchor + relativedelta(months=months) if months and anchor else None
    return Schedule(months=months, chosen=chosen, last_held=last_held, due=due)


def _with_schedule(users):
    last = CollaborationTalk.objects.filter(owner=OuterRef("pk")).order_by("-held_on").values("held_on")[:1]
    return users.annotate(slw_last_held=Subquery(last), slw_months=F("samenleerwijzer_cadence__months"),
                          slw_set_on=F("samenleerwijzer_cadence__set_on"))


def schedule_of(user) -> Schedule:
    """`user`'s cadence and next due date, in one query."""
    row = _with_schedule(get_user_model().objects.filter(pk=user.pk)).values(
        "slw_months", "slw_set_on", "slw_last_held").get()
    return _schedule(row["slw_months"], row["slw_set_on"], row["slw_last_held"])


def due_soon(schedule: Schedule, today=None) -> bool:
    """Due within REMIND_DAYS_AHEAD days, or overdue: what the reminder and the dashboard speak up for."""
    today = today or timezone.localdate()
    return schedule.due is not None and schedule.due <= today + datetime.timedelta(days=REMIND_DAYS_AHEAD)


def due_reminders(today=None):
    """(person, due date) for everyone whose next Samenleerwijzer is due soon or overdue: active people who hold
    the capability and either chose a cadence or, under a default cadence, held a talk. One query, in chunks."""
    today = today or timezone.localdate()
    users = access.holders(rules.HOLD_SAMENLEERWIJZER, get_user_model().objects.all())
    counted = Q(samenleerwijzer_cadence__months__gt=0)
    if default_months():
        held = Exists(CollaborationTalk.objects.filter(owner=OuterRef("pk")))
        counted |= Q(samenleerwijzer_cadence__isnull=True) & held
    for user in _with_schedule(users.filter(counted)).order_by("pk").iterator(chunk_size=500):
        schedule = _schedule(user.slw_months, user.slw_set_on, user.slw_last_held)
        if due_soon(schedule, today):
            yield user, schedule.due
