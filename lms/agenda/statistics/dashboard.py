"""The MT dashboard's page model: filters in, rows of shown (or hidden) figures out.

All filters read one suppressed cube per agenda (figures.build, kept by snapshots), so no combination of them shows
more than the cube allows.
"""

from dataclasses import dataclass

from django import forms
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from lms.framework.models import Framework
from theme.forms import LongSelect, ServerValidatedForm, id_from

from ..models import AgendaPage
from ..selectors import current_agenda
from . import figures
from .disclosure import ORGANISATION
from .snapshots import cube_for

ORGANISATION_CHOICE = ""


class DashboardFilter(ServerValidatedForm):
    """Agenda, quarter and team. Every combination reads the same suppressed cube (see disclosure)."""

    agenda = forms.ModelChoiceField(label=gettext_lazy("Leeragenda"), queryset=AgendaPage.objects.none(),
                                    empty_label=None)
    kwartaal = forms.TypedChoiceField(label=gettext_lazy("Kwartaal"), coerce=int, choices=())
    # LongSelect: at ~40 people a team, a large organisation has hundreds of teams.
    team = forms.TypedChoiceField(label=gettext_lazy("Team"), coerce=int, empty_value=ORGANISATION_CHOICE,
                                  required=False, choices=(), widget=LongSelect)

    def __init__(self, data, *, agendas, agenda, teams):
        super().__init__(data)
        self.fields["agenda"].queryset = agendas
        self.fields["kwartaal"].choices = [(q.number, q.label) for q in agenda.quarters()]
        self.fields["team"].choices = [(ORGANISATION_CHOICE, _("Hele organisatie")),
                                       *[(pk, name) for pk, name in teams]]
        self.fields["agenda"].error_messages["invalid_choice"] = _("Kies een gepubliceerde leeragenda.")
        self.fields["kwartaal"].error_messages["invalid_choice"] = _("Kies een kwartaal van deze leeragenda.")
        self.fields["team"].error_messages["invalid_choice"] = _("Kies een bestaand team of de hele organisatie.")


def hidden_label(k) -> str:
    # One label for every hidden cell, whatever the reason: separate labels ("fewer than k" here, "withheld"
    # there) would tell a reader that a withheld cell holds at least k, and with the total that can pin a small
    # cell down exactly (e.g. to "nobody").
    return _("minder dan %(k)d of afgeschermd") % {"k": k}


@dataclass
class Shown:
    """One cell as the MT sees it: a number with its share, or the reason there is none."""

    value: int | None
    base: int | None
    k: int

    @property
    def percent(self):
        if self.value is None or not self.base:
            return None
        return round(100 * self.value / self.base)

    @property
    def text(self):
        return hidden_label(self.k) if self.value is None else str(self.value)


def shown(cube, metric, theme_id, quarter, team) -> Shown:
    value = cube.value(metric, theme_id, quarter, team)
    with_base = value is not None and figures.METRICS[metric].with_percent
    base = cube.base(metric, theme_id, quarter, team) if with_base else None
    return Shown(value, base, cube.k)


def _default_quarter(agenda):
    today = timezone.localdate()
    quarters = agenda.quarters()
    for quarter in quarters:
        if quarter.start <= today <= quarter.end:
            return quarter.number
    return quarters[-1].number if today > agenda.ends_on else quarters[0].number


def selected_agenda(request):
    """The published agenda asked for (?agenda=), else the current one; None when none is published."""
    agenda_id = id_from(request.GET, "agenda")
    if agenda_id is not None:
        chosen = AgendaPage.objects.live().filter(pk=agenda_id).first()
        if chosen is not None:
            return chosen
    return current_agenda()


def dashboard_context(request) -> dict:
    agendas = AgendaPage.objects.live().order_by("-starts_on")
    agenda = selected_agenda(request)
    if agenda is None:
        return {"cube": None}
    # Only the asked-for team's slice and the organisation's are read; a team the form refuses falls back to the
    # organisation, whose slice is there.
    asked = id_from(request.GET, "team")
    cube = cube_for(agenda, teams=[ORGANISATION] if asked is None else [ORGANISATION, asked])
    if cube is None:
        return {"cube": None, "agenda": agenda, "counting": True}
    teams = cube.teams
    data = {"agenda": agenda.pk, "kwartaal": _default_quarter(agenda), "team": ORGANISATION_CHOICE}
    data.update({name: request.GET[name] for name in ("kwartaal", "team") if name in request.GET})
    data["agenda"] = agenda.pk
    form = DashboardFilter(data, agendas=agendas, agenda=agenda, teams=teams)
    form.is_valid()
    # Each valid choice counts on its own: a quarter the newly chosen agenda lacks falls back, the team stays.
    quarter = form.cleaned_data.get("kwartaal") or _default_quarter(agenda)
    team = form.cleaned_data.get("team", ORGANISATION_CHOICE)
    team_key = ORGANISATION if team == ORGANISATION_CHOICE else team
    quarter_obj = next(q for q in cube.quarters if q.number == quarter)
    team_label = dict(teams).get(team_key, _("Hele organisatie"))
    theme_rows = [{"theme": theme, "cells": [shown(cube, m.key, theme.pk, quarter, team_key)
                                             for m in figures.THEME_METRICS]} for theme in cube.themes]
    organisation_rows = [{"metric": m, "cell": shown(cube, m.key, None, quarter, team_key)}
                         for m in figures.ORGANISATION_METRICS]
    trend = [{"theme": theme, "points": [(q, shown(cube, "goal", theme.pk, q.number, team_key))
                                         for q in cube.quarters]} for theme in cube.themes]
    cells = [cell for row in theme_rows for cell in row["cells"]] + [row["cell"] for row in organisation_rows]
    return {
        "cube": cube, "form": form, "agenda": agenda, "quarter": quarter_obj, "team": team,
        "team_label": team_label,
        # A team whose every cell is hidden: the page says why and what to choose instead, not only the cells.
        "all_hidden": team_key != ORGANISATION and bool(cells) and all(cell.value is None for cell in cells),
        # Only the organisation's head count: a team's, day by day, would show who stepped out.
        "population": cube.population(team_key, quarter) if team_key == ORGANISATION else None,
        "theme_metrics": figures.THEME_METRICS, "theme_rows": theme_rows, "organisation_rows": organisation_rows,
        "calibration": _calibration_rows(cube, quarter, team_key), "trend": trend,
        "hidden_label": hidden_label(cube.k), "query": request.GET.urlencode(),
    }


def _calibration_rows(cube, quarter, team_key):
    rows = cube.calibration.get((quarter, team_key))
    if rows is None:
        return None
    framework = Framework.current()
    labels = {d.code: d.label for d in framework.dimensions.all()} if framework else {}
    hidden = hidden_label(cube.k)
    return [{"label": labels.get(code, code), "percent": percent, "text": f"{percent}%" if percent is not None
             else hidden} for code, percent in rows]
