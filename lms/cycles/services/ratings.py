"""The client's session rating on a one-time link: make the link, check it, take the answers, show the trend.

The raw token exists in two places only: in the return value of `create_invitation` (shown to the klantmanager once,
to hand over, text or mail) and in the link the client holds. The database keeps its SHA-256 hash and is searched by
that hash, so a token is never compared character by character, and a leaked database holds no working link.

A token that is malformed, unknown, used or expired all end in the same `InvalidLink`, after the same work (one
hash, one query): the client page cannot tell them apart, and neither can someone guessing.
"""

import datetime
import hashlib
import hmac
import re
import secrets
from dataclasses import dataclass, field

from django.core.exceptions import ValidationError
from django.core.mail import send_mail
from django.db import transaction
from django.utils import formats, timezone
from django.utils.translation import gettext as _

from lms.conf import setting
from lms.people import access

from ..ratings import ITEMS, SCALE_MAX, SCALE_MIN, RatingInvitation, SessionRating
from ..validators import validate_client_code

TOKEN_BYTES = 32  # 256 random bits: guessing one of the open links is hopeless, also without the rate limit
TOKEN_PATTERN = re.compile(r"[A-Za-z0-9_-]{43}")  # what secrets.token_urlsafe(32) gives, nothing else
# Where a mark says "bespreek dit". Clients mostly answer high on these scales, so a lower answer says more than it
# seems: in the practice this scale comes from, a total under 36 of 40 (under 9 per item) is the usual signal that
# something in the working relationship is worth asking about. We mark each item, so the klantmanager knows what
# to ask; it opens a conversation and is never a judgement of anyone.
CUT_OFF = 9
MONTHS_SHOWN = 12


class InvalidLink(Exception):
    """The link does not work (malformed, unknown, used or expired); which of these is never told."""


def hash_token(token: str) -> str:
    return hashlib.sha256(str(token).encode("utf-8", "replace")).hexdigest()


def link_days() -> int:
    return int(setting("VKNZ_RATING_LINK_DAYS"))


def create_invitation(owner, client_code: str, now=None) -> tuple:
    """A new one-time link for a client of `owner`: (the invitation, the raw token). The token is not kept: this
    is the only time anyone gets it."""
    code = (client_code or "").strip()
    validate_client_code(code)
    now = now or timezone.now()
    token = secrets.token_urlsafe(TOKEN_BYTES)
    invitation = RatingInvitation.objects.create(
        owner=owner, client_code=code, token_hash=hash_token(token), created_at=now,
        expires_at=now + datetime.timedelta(days=link_days()))
    return invitation, token


def find_open(token, now=None) -> RatingInvitation:
    """The open invitation `token` opens, or `InvalidLink`. Always one hash and one query, whatever the token."""
    now = now or timezone.now()
    well_formed = isinstance(token, str) and TOKEN_PATTERN.fullmatch(token) is not None
    digest = hash_token(token)
    invitation = RatingInvitation.objects.filter(token_hash=digest).first()
    found = invitation is not None and hmac.compare_digest(invitation.token_hash, digest)
    if not (well_formed and found and invitation.is_open(now)):
        raise InvalidLink
    return invitation


def _on_scale(value) -> int:
    try:
        number = int(value)
    except (TypeError, ValueError):
        number = None
    if number is None or not SCALE_MIN <= number <= SCALE_MAX or isinstance(value, bool):
        raise ValidationError(_("Kies een getal van 0 tot 10."), code="not_on_scale")
    return number


def submit_rating(token, answers: dict, now=None) -> SessionRating:
    """The client's answers for the link `token`; the link is used up at the same moment. A second try, also one
    racing the first, meets `InvalidLink`."""
    now = now or timezone.now()
    values = {name: _on_scale(answers.get(name)) for name, _label in ITEMS}
    with transaction.atomic():
        invitation = find_open(token, now)
        # Conditional update: of two submits at once, exactly one takes the link.
        taken = RatingInvitation.objects.filter(pk=invitation.pk, used_at__isnull=True, expires_at__gt=now).update(
            used_at=now)
        if not taken:
            raise InvalidLink
        return SessionRating.objects.create(owner_id=invitation.owner_id, client_code=invitation.client_code,
                                            invitation=invitation, created_at=now, **values)


def send_link(link: str, address: str, expires_at) -> None:
    """Mail the link to the address the klantmanager typed. Sent at once, not queued, so that the address is never
    written anywhere (a queued task would keep it in the database); the mail names nobody."""
    until = formats.date_format(timezone.localtime(expires_at), "j F Y")
    body = _(
        "Hallo,\n\n"
        "Je had een gesprek met je klantmanager. Wil je laten weten hoe het gesprek voor jou was? Het zijn vier "
        "korte vragen. Het kost ongeveer een minuut.\n\n"
        "%(link)s\n\n"
        "De link werkt één keer en tot %(until)s. Je hoeft niet in te loggen. Alleen je klantmanager ziet je "
        "antwoorden.\n"
    ) % {"link": link, "until": until}
    send_mail(_("Hoe was het gesprek?"), body, None, [address])


def open_invitations(user, now=None):
    """`user`'s links that still work, newest first."""
    now = now or timezone.now()
    return access.visible_to(user, RatingInvitation.objects.filter(owner=user, used_at__isnull=True,
                                                                   expires_at__gt=now))


def revoke_invitation(user, invitation) -> None:
    """The owner takes a link back: it goes, and from then on it answers as any link that does not work."""
    access.require(user, access.DELETE, invitation)
    invitation.delete()


def delete_rating(user, rating) -> None:
    access.require(user, access.DELETE, rating)
    rating.delete()


def purge_invitations(now=None) -> int:
    """Links past their date are of no use to anyone: they go (a rating made with one stays)."""
    now = now or timezone.now()
    return RatingInvitation.objects.filter(expires_at__lte=now).delete()[0]


# --- the klantmanager's trend ---------------------------------------------------------------------------------------

@dataclass
class Cell:
    value: object  # an answer (int) or an average (float)
    below: bool  # under the cut-off: "bespreek dit"


def _cells(values) -> list:
    return [Cell(value, value < CUT_OFF) for value in values]


@dataclass
class RatingRow:
    rating: SessionRating
    cells: list

    @property
    def talk(self) -> bool:
        return any(cell.below for cell in self.cells)


@dataclass
class ClientTrend:
    client_code: str
    rows: list = field(default_factory=list)  # oldest first: read it as a line through time

    @property
    def latest(self):
        return self.rows[-1].rating.created_at


@dataclass
class MonthRow:
    month: datetime.date
    count: int
    cells: list  # the average per item
    talk: int  # how many ratings had an item under the cut-off


@dataclass
class Trend:
    clients: list
    months: list
    total: int


def trend(user) -> Trend:
    """`user`'s ratings per client code and per month over all their clients, from one query."""
    ratings = list(access.visible_to(user, SessionRating.objects.filter(owner=user)).order_by("created_at", "pk"))
    clients = {}
    months = {}
    for rating in ratings:
        row = RatingRow(rating, _cells(rating.values()))
        clients.setdefault(rating.client_code, ClientTrend(rating.client_code)).rows.append(row)
        month = timezone.localtime(rating.created_at).date().replace(day=1)
        months.setdefault(month, []).append(row)
    month_rows = []
    for month, rows in sorted(months.items())[-MONTHS_SHOWN:]:
        averages = [round(sum(row.rating.values()[i] for row in rows) / len(rows), 1) for i in range(len(ITEMS))]
        month_rows.append(MonthRow(month, len(rows), _cells(averages), sum(row.talk for row in rows)))
    ordered = sorted(clients.values(), key=lambda client: client.latest, reverse=True)
    return Trend(clients=ordered, months=month_rows, total=len(ratings))
