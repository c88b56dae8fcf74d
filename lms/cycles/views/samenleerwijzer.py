"""Pages of the Samenleerwijzer (lms/cycles/samenleerwijzer.py): the guide, the klantmanager's talks with a client
about their collaboration, the aandachtspunten that become goals, and the cadence.

Every page is the klantmanager's own: talks and points are looked up through the access policy, which refuses
everyone else (403 with the reason, or 404 for what does not exist). The pages without an object ask the
capability the menu item asks, so a link never leads to a refusal.
"""

from django import forms
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.core.paginator import Paginator
from django.db.models import Count, Prefetch
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy, ngettext
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from lms.goals.choices import Origin
from lms.people import access
from theme.forms import ServerValidatedForm
from theme.submissions import AlreadySaved, SubmissionKeyField

from .. import rules
from ..forms import DATE_ERRORS, DATE_WIDGET
from ..guides import SAMENLEERWIJZER_CLOSING, SAMENLEERWIJZER_GUIDE, SAMENLEERWIJZER_INTRO, notes_by_theme
from ..samenleerwijzer import (
    MAX_NOTE_LENGTH,
    MAX_POINT_LENGTH,
    MAX_TAKEAWAY_LENGTH,
    Cadence,
    CollaborationTalk,
    TalkAttentionPoint,
)
from ..services import samenleerwijzer as services
from ..validators import validate_client_code
from .points import add_point, point_to_goal_page

TALKS_PER_PAGE = 20
# Which field a refusal of the service belongs to, by its code; others are shown above the form.
FIELD_OF_ERROR = {"in_the_future": "held_on", "no_date": "held_on", "not_pseudonymous": "client_code",
                  "no_client_code": "client_code"}


class TalkForm(ServerValidatedForm):
    """A Samenleerwijzer-gesprek: the client's code, the day, a note per question of the guide, what you keep."""

    client_code = forms.CharField(
        label=gettext_lazy("Cliëntcode"), max_length=20, validators=[validate_client_code],
        help_text=gettext_lazy("Dezelfde code die je voor deze cliënt gebruikt, zoals 'C-17'. Nooit een naam, "
                               "geboortedatum of BSN."),
        error_messages={"required": gettext_lazy("Vul een cliëntcode in.")})
    held_on = forms.DateField(label=gettext_lazy("Datum van het gesprek"), widget=DATE_WIDGET,
                              error_messages=DATE_ERRORS, initial=timezone.localdate)
    takeaway = forms.CharField(
        label=gettext_lazy("Wat neem ik mee?"), required=False, max_length=MAX_TAKEAWAY_LENGTH,
        widget=forms.Textarea(attrs={"rows": 4}),
        help_text=gettext_lazy("In je eigen woorden: wat hoorde je, en wat wil je anders doen of juist blijven "
                               "doen? Daarna maak je er losse aandachtspunten van."))
    submission_key = SubmissionKeyField()

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        for theme in SAMENLEERWIJZER_GUIDE:
            for code, question in theme.questions:
                self.fields[code] = forms.CharField(label=question, required=False, max_length=MAX_NOTE_LENGTH,
                                                    widget=forms.Textarea(attrs={"rows": 2}))

    def themes(self):
        """(theme, its note fields), in the order of the guide: one fieldset each."""
        return [(theme, [self[code] for code, _question in theme.questions]) for theme in SAMENLEERWIJZER_GUIDE]

    def talk_values(self) -> dict:
        data = self.cleaned_data
        notes = {code: data[code] for theme in SAMENLEERWIJZER_GUIDE for code, _question in theme.questions}
        return {"client_code": data["client_code"], "held_on": data["held_on"], "notes": notes,
                "takeaway": data["takeaway"]}

    def refuse(self, error: ValidationError):
        self.add_error(FIELD_OF_ERROR.get(getattr(error, "code", None)), error)


class TalkPointForm(ServerValidatedForm):
    text = forms.CharField(
        label=gettext_lazy("Nieuw aandachtspunt"), max_length=MAX_POINT_LENGTH,
        help_text=gettext_lazy("Eén punt per keer, bijvoorbeeld: 'Vaker uitleggen waarom ik iets vraag'."),
        error_messages={"required": gettext_lazy("Schrijf op wat je meeneemt.")})


class CadenceForm(ServerValidatedForm):
    months = forms.TypedChoiceField(
        label=gettext_lazy("Hoe vaak wil je een Samenleerwijzer-gesprek houden?"), choices=Cadence.choices,
        coerce=int, widget=forms.RadioSelect,
        error_messages={"required": gettext_lazy("Kies hoe vaak je een Samenleerwijzer-gesprek wilt houden."),
                        "invalid_choice": gettext_lazy("Kies hoe vaak je een Samenleerwijzer-gesprek wilt houden.")})


def cadence_label(months) -> str:
    if months in Cadence.values:
        return str(Cadence(months).label)
    return ngettext("Elke %(count)d maand", "Elke %(count)d maanden", months) % {"count": months}


def _own_talk(user, pk, action=access.VIEW):
    return access.get_for(user, CollaborationTalk.objects.all(), action, pk=pk)


def _guide_context():
    return {"guide": SAMENLEERWIJZER_GUIDE, "intro": SAMENLEERWIJZER_INTRO, "closing": SAMENLEERWIJZER_CLOSING}


@login_required
@require_GET
def talk_list(request):
    access.require_capability(request.user, rules.HOLD_SAMENLEERWIJZER)
    talks = (access.visible_to(request.user, CollaborationTalk.objects.filter(owner=request.user))
             .annotate(point_count=Count("attention_points")).order_by("-held_on", "-pk"))
    page = Paginator(talks, TALKS_PER_PAGE).get_page(request.GET.get("pagina"))
    schedule = services.schedule_of(request.user)
    return render(request, "cycles/samenleerwijzer/list.html", {
        "page_obj": page, "schedule": schedule, "due_soon": services.due_soon(schedule),
        "today": timezone.localdate(), "cadence_label": cadence_label(schedule.months),
        "cadence_form": CadenceForm(initial={"months": schedule.months if schedule.chosen else None}),
    })


@login_required
@require_GET
def talk_guide(request):
    access.require_capability(request.user, rules.HOLD_SAMENLEERWIJZER)
    return render(request, "cycles/samenleerwijzer/guide.html", _guide_context())


@login_required
@require_POST
def talk_cadence(request):
    access.require_capability(request.user, rules.HOLD_SAMENLEERWIJZER)
    form = CadenceForm(request.POST)
    if form.is_valid():
        services.set_cadence(request.user, form.cleaned_data["months"])
        messages.success(request, _("Je ritme is opgeslagen."))
    else:
        messages.error(request, form.errors["months"][0])
    return redirect("lms:cycles:talk_list")


@login_required
@require_http_methods(["GET", "POST"])
def talk_new(request):
    access.require_capability(request.user, rules.HOLD_SAMENLEERWIJZER)
    form = TalkForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            talk = services.create_talk(request.user, submission_key=form.cleaned_data["submission_key"],
                                        **form.talk_values())
        except AlreadySaved as sent_before:
            messages.info(request, sent_before.message)
            return redirect(sent_before.obj)
        except ValidationError as error:
            form.refuse(error)
        else:
            messages.success(request, _("Je gesprek is vastgelegd. Maak van wat je meeneemt een aandachtspunt."))
            return redirect(talk)
    return render(request, "cycles/samenleerwijzer/form.html", {
        "form": form, "title": _("Samenleerwijzer-gesprek vastleggen"), "cancel_url": reverse("lms:cycles:talk_list"),
        **_guide_context()})


@login_required
@require_GET
def talk_detail(request, pk):
    talk = access.get_for(request.user, CollaborationTalk.objects.select_related("owner").prefetch_related(Prefetch(
        "attention_points", queryset=TalkAttentionPoint.objects.select_related("goal__current_version"))),
        access.VIEW, pk=pk)
    themes, other_notes = notes_by_theme(talk.notes)
    return render(request, "cycles/samenleerwijzer/detail.html", {
        "talk": talk, "themes": themes, "other_notes": other_notes, "points": list(talk.attention_points.all()),
        "point_form": TalkPointForm()})


@login_required
@require_http_methods(["GET", "POST"])
def talk_edit(request, pk):
    talk = _own_talk(request.user, pk, access.CHANGE)
    initial = {"client_code": talk.client_code, "held_on": talk.held_on, "takeaway": talk.takeaway, **talk.notes}
    form = TalkForm(request.POST or None, initial=initial)
    if request.method == "POST" and form.is_valid():
        try:
            services.update_talk(request.user, talk, **form.talk_values())
        except ValidationError as error:
            form.refuse(error)
        else:
            messages.success(request, _("Je gesprek is bijgewerkt."))
            return redirect(talk)
    return render(request, "cycles/samenleerwijzer/form.html", {
        "form": form, "talk": talk, "title": _("Samenleerwijzer-gesprek wijzigen"),
        "cancel_url": talk.get_absolute_url(), **_guide_context()})


@login_required
@require_http_methods(["GET", "POST"])
def talk_delete(request, pk):
    talk = _own_talk(request.user, pk, access.DELETE)
    if request.method == "POST" and request.POST.get("bevestigd") == "ja":
        services.delete_talk(request.user, talk)
        messages.success(request, _("Het gesprek is verwijderd."))
        return redirect("lms:cycles:talk_list")
    return render(request, "theme/confirm.html", {
        "title": _("Gesprek verwijderen"),
        "question": _("Wil je het Samenleerwijzer-gesprek met %(code)s van %(date)s verwijderen, met je aantekeningen "
                      "en aandachtspunten? Doelen die je ervan maakte, blijven. Verwijderen kun je niet ongedaan "
                      "maken.") % {"code": talk.client_code, "date": date_format(talk.held_on, "j F Y")},
        "confirm_label": _("Ja, verwijderen"), "danger": True, "cancel_url": talk.get_absolute_url(),
        "hidden": [("bevestigd", "ja")],
    })


@login_required
@require_POST
def talk_point(request, pk):
    talk = _own_talk(request.user, pk, access.CHANGE)
    return add_point(request, TalkPointForm(request.POST),
                     lambda text: services.add_talk_point(request.user, talk, text),
                     talk.get_absolute_url() + "#aandachtspunten")


@login_required
@require_http_methods(["GET", "POST"])
def talk_point_to_goal(request, pk):
    points = TalkAttentionPoint.objects.select_related("talk__owner", "goal")
    point = access.get_for(request.user, points, access.CHANGE, pk=pk)
    return point_to_goal_page(
        request, point, origin=Origin.SAMENLEERWIJZER,
        make_goal=lambda kind, formulation, parent, on_created: services.talk_point_to_goal(
            request.user, point, kind, formulation, parent=parent, on_created=on_created),
        context={"cancel_url": point.talk.get_absolute_url(),
                 "intro": _("Maak je aandachtspunt concreet. Het doel onthoudt dat het uit een "
                            "Samenleerwijzer-gesprek komt.")})
