"""Pages of the client's session rating (lms/cycles/ratings.py).

The klantmanager's pages ("Gespreksbeoordelingen") show only their own links and ratings, through the access policy.
The client's page needs no account: the one-time link's token is the key. Every link that does not work, whatever
the reason, gets the same page with the same status, and each such try counts against the client's address: after
`GUESS_LIMIT` of them within `GUESS_WINDOW` seconds the address gets "probeer het later opnieuw" (429) until the
window has passed, for good links too, so guessing is no use.
"""

import hashlib
import smtplib

from django import forms
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.cache import cache
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import formats, timezone
from django.utils.safestring import mark_safe
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.csrf import ensure_csrf_cookie
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from lms.people import access
from lms.people.client_address import client_address
from theme.forms import ServerValidatedForm

from ..ratings import ITEMS, SCALE_MAX, SCALE_MIN, RatingInvitation, SessionRating
from ..services import ratings
from ..validators import validate_client_code

GUESS_LIMIT = 10
GUESS_WINDOW = 15 * 60  # seconds

SCALE = [str(value) for value in range(SCALE_MIN, SCALE_MAX + 1)]
NOT_ON_SCALE = gettext_lazy("Kies een getal van 0 tot 10.")
# What the client reads, per item (B1): the question and what 0 and 10 mean.
QUESTIONS = {
    "relationship": (gettext_lazy("Voelde je je gehoord en serieus genomen?"),
                     gettext_lazy("helemaal niet"), gettext_lazy("helemaal wel")),
    "goals_topics": (gettext_lazy("Hebben jullie gepraat over wat voor jou belangrijk is?"),
                     gettext_lazy("helemaal niet"), gettext_lazy("helemaal wel")),
    "approach": (gettext_lazy("Paste de manier van praten en werken bij jou?"),
                 gettext_lazy("helemaal niet"), gettext_lazy("helemaal wel")),
    "overall": (gettext_lazy("Hoe was het gesprek voor jou, alles bij elkaar?"),
                gettext_lazy("slecht"), gettext_lazy("goed")),
}


class RatingForm(forms.Form):
    """The client's four answers; the page draws the scales itself (a fieldset with eleven choices each)."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        for name, _label in ITEMS:
            self.fields[name] = forms.TypedChoiceField(
                choices=[(value, value) for value in SCALE], coerce=int, widget=forms.RadioSelect,
                error_messages={"required": NOT_ON_SCALE, "invalid_choice": NOT_ON_SCALE})

    def scales(self):
        for number, (name, _label) in enumerate(ITEMS, start=1):
            question, low, high = QUESTIONS[name]
            value = self[name].value()
            yield {"name": name, "number": number, "question": question, "low": low, "high": high,
                   "value": "" if value is None else str(value), "errors": self[name].errors}


class InvitationForm(ServerValidatedForm):
    client_code = forms.CharField(
        label=gettext_lazy("Cliëntcode"), max_length=20, validators=[validate_client_code],
        help_text=gettext_lazy("Dezelfde code die je voor deze cliënt gebruikt, zoals 'C-17'. Nooit een naam, "
                               "geboortedatum of BSN."))
    email = forms.EmailField(
        label=gettext_lazy("E-mailadres van de cliënt (optioneel)"), required=False,
        help_text=gettext_lazy("Alleen als de cliënt de link per e-mail wil. We sturen hem één keer en bewaren het "
                               "adres niet."),
        error_messages={"invalid": gettext_lazy("Vul een geldig e-mailadres in, zoals naam@voorbeeld.nl.")})


def qr_svg(text):
    """The link as a QR code, an inline SVG (segno); empty when segno is not installed, the link is shown anyway."""
    try:
        import segno
    except ImportError:  # pragma: no cover - segno is a dependency (pyproject.toml)
        return ""
    svg = segno.make(text, error="m").svg_inline(scale=5, border=4, svgclass="vknz-qr", lineclass=None, omitsize=True,
                                                 title=_("QR-code met de link"))
    return mark_safe(svg)  # noqa: S308 - segno's own markup of our own link; nothing of a visitor's in it


# --- the klantmanager -------------------------------------------------------------------------------------------


@login_required
@require_GET
def rating_list(request):
    context = {
        "trend": ratings.trend(request.user),
        "open_links": list(ratings.open_invitations(request.user)),
        "items": [label for _name, label in ITEMS],
        "cut_off": ratings.CUT_OFF,
    }
    return render(request, "cycles/ratings/list.html", context)


@login_required
@require_http_methods(["GET", "POST"])
def rating_new(request):
    form = InvitationForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        invitation, token = ratings.create_invitation(request.user, form.cleaned_data["client_code"])
        link = request.build_absolute_uri(reverse("lms:cycles:rate", args=[token]))
        mailed = None
        if form.cleaned_data["email"]:
            try:
                ratings.send_link(link, form.cleaned_data["email"], invitation.expires_at)
                mailed = True
            except (OSError, smtplib.SMTPException):
                mailed = False
        response = render(request, "cycles/ratings/link.html", {
            "invitation": invitation, "link": link, "qr": qr_svg(link), "mailed": mailed})
        # The link is shown this once; no cache may keep it.
        response["Cache-Control"] = "no-store"
        return response
    return render(request, "cycles/ratings/new.html", {"form": form, "days": ratings.link_days()})


@login_required
@require_POST
def rating_link_revoke(request, pk):
    invitation = access.get_for(request.user, RatingInvitation.objects.all(), access.DELETE, pk=pk)
    ratings.revoke_invitation(request.user, invitation)
    messages.success(request, _("De link werkt niet meer."))
    return redirect("lms:cycles:ratings")


@login_required
@require_http_methods(["GET", "POST"])
def rating_delete(request, pk):
    rating = access.get_for(request.user, SessionRating.objects.all(), access.DELETE, pk=pk)
    if request.method == "POST" and request.POST.get("bevestigd") == "ja":
        ratings.delete_rating(request.user, rating)
        messages.success(request, _("De beoordeling is verwijderd."))
        return redirect("lms:cycles:ratings")
    return render(request, "theme/confirm.html", {
        "title": _("Beoordeling verwijderen"),
        "question": _("Wil je de beoordeling van %(code)s van %(date)s verwijderen? Dat kun je niet ongedaan maken.")
        % {"code": rating.client_code, "date": formats.date_format(timezone.localtime(rating.created_at), "j F Y")},
        "confirm_label": _("Ja, verwijderen"), "danger": True, "cancel_url": reverse("lms:cycles:ratings"),
        "hidden": [("bevestigd", "ja")],
    })


# --- the client ---------------------------------------------------------------------------------------------------


def _guesses_key(request):
    address = client_address(request) or "onbekend"
    return "vknz:rating-link-guesses:" + hashlib.sha256(address.encode()).hexdigest()


def _too_many(request):
    response = render(request, "cycles/ratings/too_many.html", status=429)
    response["Retry-After"] = str(GUESS_WINDOW)
    return response


def _count_guess(request):
    key = _guesses_key(request)
    cache.add(key, 0, GUESS_WINDOW)
    try:
        cache.incr(key)
    except ValueError:  # gone between add and incr
        cache.set(key, 1, GUESS_WINDOW)


def _client_page(response):
    response["Cache-Control"] = "no-store"
    # The token is in the address: it never travels to another site. (Not "no-referrer": the browser then sends
    # "Origin: null" with the form, and the CSRF check rightly refuses it.)
    response["Referrer-Policy"] = "same-origin"
    response["X-Robots-Tag"] = "noindex, nofollow"
    return response


@ensure_csrf_cookie
@require_http_methods(["GET", "POST"])
def rate(request, token):
    """The client's form. No account: the token opens it once, until it expires."""
    if cache.get(_guesses_key(request), 0) >= GUESS_LIMIT:
        return _client_page(_too_many(request))
    try:
        ratings.find_open(token)
    except ratings.InvalidLink:
        _count_guess(request)
        return _client_page(render(request, "cycles/ratings/not_valid.html", status=404))
    form = RatingForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            ratings.submit_rating(token, form.cleaned_data)
        except ratings.InvalidLink:  # used a moment ago, in another tab
            return _client_page(render(request, "cycles/ratings/not_valid.html", status=404))
        return redirect("lms:cycles:rate_thanks")
    return _client_page(render(request, "cycles/ratings/rate.html", {"form": form, "scale": SCALE}))


@require_GET
def rate_thanks(request):
    return _client_page(render(request, "cycles/ratings/thanks.html"))
