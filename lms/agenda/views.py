"""Views of the leeragenda: the MT dashboard and its exports, what the organisation learns, contributing
anonymously, and the agenda as PDF. The agenda and theme pages themselves are Wagtail pages (models.py)."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.contrib.auth.views import redirect_to_login
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import Http404
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods

from lms.people import access
from lms.people.roles import Role

from . import exports, services
from .charts import trend_chart
from .dashboard import dashboard_context, selected_agenda
from .forms import ContributionForm
from .models import AgendaPage, Contribution
from .selectors import current_agenda
from .snapshots import cube_for

MANAGEMENT_ONLY = _(
    "Het dashboard van de leeragenda is voor het MT. Het toont alleen totalen over groepen van genoeg "
    "mensen, nooit wie iets deed."
)


def login_first(request):
    """Agenda pages are for people of the organisation: anyone logged in, nobody else."""
    if not request.user.is_authenticated:
        return redirect_to_login(request.get_full_path())
    return None


def require_management(user):
    if not user.is_management:
        raise PermissionDenied(MANAGEMENT_ONLY)


@login_required
def current(request):
    """The menu's way to the leeragenda: the agenda running now, else the overview, else an empty state."""
    from .models import AgendaIndexPage

    page = current_agenda() or AgendaIndexPage.objects.live().first()
    if page is not None:
        return redirect(page.get_url(request))
    return render(request, "agenda/none.html")


@login_required
def dashboard(request):
    require_management(request.user)
    context = dashboard_context(request)
    if context.get("cube") is not None:
        context["chart"] = trend_chart(context["trend"], context["team_label"])
    return render(request, "agenda/dashboard.html", context)


@login_required
def dashboard_export(request, fmt):
    require_management(request.user)
    agenda = selected_agenda(request)  # the whole cube: every filter's cells, no page to build
    if agenda is None:
        raise Http404(_("Er is nog geen leeragenda gepubliceerd."))
    rows = exports.rows(cube_for(agenda))
    name = f"{agenda.slug}-cijfers"
    if fmt == "xlsx":
        return exports.xlsx_response(rows, name)
    return exports.csv_response(rows, name)


@login_required
def learning(request):
    """What the organisation learns: anonymous contributions per theme, above the threshold only."""
    require_management(request.user)
    agenda = current_agenda()
    themes = agenda.themes() if agenda else []
    return render(request, "agenda/learning.html", {
        "agenda": agenda, "rows": services.organisational_learning(themes),
    })


def _client_codes(user):
    from lms.cycles.models import ReflectionCycle

    return list(ReflectionCycle.objects.filter(owner=user).values_list("client_code", flat=True))


@login_required
@require_http_methods(["GET", "POST"])
def contribute(request):
    """Share an aandachtspunt (or any lesson) anonymously with the organisation, under a theme."""
    if not request.user.has_role(Role.PARTICIPANT):
        raise PermissionDenied(_("Bijdragen aan de leeragenda is voor deelnemers."))
    initial = {}
    if request.GET.get("punt", "").isdigit():
        from lms.cycles.models import AttentionPoint

        point = access.get_for(request.user, AttentionPoint.objects.all(), access.CHANGE, pk=request.GET["punt"])
        initial["text"] = point.text
    form = ContributionForm(request.POST or None, initial=initial, client_codes=_client_codes(request.user))
    if request.method == "POST" and form.is_valid():
        try:
            services.contribute(request.user, form.cleaned_data["theme"], form.cleaned_data["text"])
        except ValidationError as error:
            form.add_error(None, error)
        else:
            messages.success(request, _("Dank je. Je bijdrage is anoniem gedeeld; je kunt hem hieronder intrekken."))
            return redirect("agenda:mine")
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
        return redirect("agenda:mine")
    return render(request, "theme/confirm.html", {
        "title": _("Bijdrage intrekken?"),
        "question": _("“%(text)s” wordt verwijderd en telt niet meer mee in wat de organisatie leert.")
        % {"text": contribution.text},
        "confirm_label": _("Ja, intrekken"),
        "danger": True,
        "cancel_url": reverse("agenda:mine"),
    })


@login_required
def agenda_pdf(request, pk):
    from theme.pdf import pdf_response, render_pdf

    agenda = AgendaPage.objects.live().filter(pk=pk).first()
    if agenda is None:
        raise Http404(_("Deze leeragenda is niet gepubliceerd."))

    themes = agenda.themes_with_modules()
    pdf = render_pdf("agenda/pdf/agenda.html", {"page": agenda, "themes": list(themes)}, request=request)
    response = pdf_response(pdf, f"{agenda.slug}.pdf")
    response["Cache-Control"] = "private, max-age=300"
    return response
