"""Views of the leeragenda: the MT dashboard and its exports, what the organisation learns, contributing
anonymously, the themes of a goal, and the agenda as PDF. The agenda and theme pages themselves are Wagtail pages
(models.py)."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.http import Http404
from django.shortcuts import redirect, render
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone
from django.utils.http import urlencode
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods

from lms.cycles.models import AttentionPoint, ReflectionCycle
from lms.documents import services as documents
from lms.extensions.kept import PAGES, keep, peek
from lms.goals.models import Goal
from lms.people import access
from lms.people.models import Team
from theme.forms import id_from
from theme.submissions import AlreadySaved

from . import services
from .forms import ContributionForm, GoalThemesForm
from .models import AgendaIndexPage, Contribution, FigureSlice, FigureSnapshot
from .pdfs import AGENDA
from .rules import SHARE_ANONYMOUSLY, VIEW_FIGURES
from .selectors import current_agenda
from .statistics import exports
from .statistics.charts import trend_chart
from .statistics.dashboard import dashboard_context, selected_agenda
from .statistics.snapshots import cube_for


@login_required
def current(request):
    """The menu's way to the leeragenda: the agenda running now, else the overview, else an empty state."""
    page = current_agenda() or AgendaIndexPage.objects.live().first()
    if page is not None:
        return redirect(page.get_url(request))
    return render(request, "agenda/none.html")


# What the dashboard's figures are made of: kept figures, the teams they are split by, the agendas and themes.
FIGURES_READ = (FigureSnapshot, FigureSlice, Team, PAGES)
DASHBOARD_FILTERS = ("agenda", "kwartaal", "team")


@login_required
def dashboard(request):
    """The figures are the same for everyone who may see them: kept as HTML per choice of filters, until the kept
    figures, the teams or a page change (and a day at most), so a visit costs the page around them only."""
    access.require_capability(request.user, VIEW_FIGURES)
    asked = urlencode(sorted((name, value) for name in DASHBOARD_FILTERS for value in request.GET.getlist(name)))
    key = f"{timezone.localdate()}:{get_language()}?{asked}"  # the day decides the quarter shown first
    figures = peek("agenda.dashboard", key, FIGURES_READ)
    if figures is None:
        context = dashboard_context(request)
        if context.get("cube") is not None:
            context["chart"] = trend_chart(context["trend"], context["team_label"])
        figures = render_to_string("agenda/includes/dashboard_figures.html", context, request=request)
        if context.get("cube") is not None:  # while the first count runs, every visit looks again
            keep("agenda.dashboard", key, FIGURES_READ, figures)
    return render(request, "agenda/dashboard.html", {"figures": figures})


@login_required
def dashboard_export(request, fmt):
    access.require_capability(request.user, VIEW_FIGURES)
    agenda = selected_agenda(request)  # the whole cube: every filter's cells, no page to build
    if agenda is None:
        raise Http404(_("Er is nog geen leeragenda gepubliceerd."))
    cube = cube_for(agenda)
    if cube is None:  # nothing kept yet: the first count is under way
        messages.info(request, _("De cijfers worden nu voor het eerst geteld. Download ze over een paar minuten."))
        return redirect(f"{reverse('lms:agenda:dashboard')}?agenda={agenda.pk}")
    rows = exports.rows(cube)
    name = f"{agenda.slug}-cijfers"
    if fmt == "xlsx":
        return exports.xlsx_response(rows, name)
    return exports.csv_response(rows, name)


@login_required
def learning(request):
    """What the organisation learns: anonymous contributions per theme, above the threshold only."""
    access.require_capability(request.user, VIEW_FIGURES)
    agenda = current_agenda()
    themes = agenda.themes() if agenda else []
    return render(request, "agenda/learning.html", {
        "agenda": agenda, "rows": services.organisational_learning(themes),
    })


def _client_codes(user):
    return list(ReflectionCycle.objects.filter(owner=user).values_list("client_code", flat=True))


@login_required
@require_http_methods(["GET", "POST"])
def contribute(request):
    """Share an aandachtspunt (or any lesson) anonymously with the organisation, under a theme."""
    access.require_capability(request.user, SHARE_ANONYMOUSLY)
    initial = {}
    point_id = id_from(request.GET, "punt")
    if point_id is not None:
        point = access.get_for(request.user, AttentionPoint.objects.all(), access.CHANGE, pk=point_id)
        initial["text"] = point.text
    form = ContributionForm(request.POST or None, initial=initial, client_codes=_client_codes(request.user))
    if request.method == "POST" and form.is_valid():
        try:
            services.contribute(request.user, form.cleaned_data["theme"], form.cleaned_data["text"],
                                submission_key=form.cleaned_data["submission_key"])
        except AlreadySaved as sent_before:
            messages.info(request, sent_before.message)
            return redirect("lms:agenda:mine")
        except ValidationError as error:
            form.add_error(None, error)
        else:
            messages.success(request, _("Dank je. Je bijdrage is anoniem gedeeld; je kunt hem hieronder intrekken."))
            return redirect("lms:agenda:mine")
    return render(request, "agenda/contribute.html", {"form": form})


@login_required
def mine(request):
    contributions = access.visible_to(request.user, Contribution.objects.filter(contributor=request.user))
    return render(request, "agenda/mine.html", {"contributions": contributions.select_related("theme")})


@login_required
@require_http_methods(["GET", "POST"])
def withdraw(request, pk):
    contribution = access.get_for(request.user, Contribution.objects.all(), access.DELETE, pk=pk)
    if request.method == "POST":
        services.withdraw(request.user, contribution)
        messages.success(request, _("Je bijdrage is ingetrokken en verwijderd."))
        return redirect("lms:agenda:mine")
    return render(request, "theme/confirm.html", {
        "title": _("Bijdrage intrekken?"),
        "question": _("“%(text)s” wordt verwijderd en telt niet meer mee in wat de organisatie leert.")
        % {"text": contribution.text},
        "confirm_label": _("Ja, intrekken"),
        "danger": True,
        "cancel_url": reverse("lms:agenda:mine"),
    })


@login_required
@require_http_methods(["GET", "POST"])
def goal_themes(request, pk):
    """Link a goal to themes of the leeragenda, or unlink it; the formulation stays as it is. Owner only."""
    goal = access.get_for(request.user, Goal.objects.select_related("current_version"), access.CHANGE, pk=pk)
    form = GoalThemesForm(request.POST or None, goal=goal)
    if request.method == "POST" and form.is_valid():
        try:
            services.set_goal_themes(request.user, goal, form.cleaned_data["themes"])
        except ValidationError as error:
            form.add_error("themes", error)
        else:
            messages.success(request, _("De thema's van je doel zijn bijgewerkt."))
            return redirect(goal)
    return render(request, "agenda/goal_themes.html", {"goal": goal, "form": form})


@login_required
def agenda_pdf(request, pk):
    """The published agenda as PDF; a large one is made by a background job (lms.documents)."""
    return documents.deliver(request, AGENDA, pk=pk)
