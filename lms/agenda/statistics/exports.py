"""The dashboard's figures as CSV or XLSX: every shown cell of the cube, and the hidden ones as text.

An export holds exactly what the dashboard shows under any filter, never a raw count.
"""

import csv

from django.http import HttpResponse
from django.utils.translation import gettext as _

from . import figures
from .dashboard import shown
from .disclosure import ORGANISATION

CSV_DIALECT = {"delimiter": ";"}  # what Dutch spreadsheet programs expect


def header():
    return [_("Kwartaal"), _("Van"), _("Tot en met"), _("Team"), _("Thema"), _("Cijfer"), _("Aantal mensen"),
            _("Van het aantal"), _("Percentage")]


def _text(value):
    """A cell that a spreadsheet would run as a formula (=, +, -, @) is written as plain text."""
    if isinstance(value, str) and value[:1] in ("=", "+", "-", "@"):
        return "'" + value
    return value


def rows(cube):
    parts = [(ORGANISATION, _("Hele organisatie")), *cube.teams]
    figures_list = [(metric, theme) for metric in figures.THEME_METRICS for theme in cube.themes]
    figures_list += [(metric, None) for metric in figures.ORGANISATION_METRICS]
    result = []
    for quarter in cube.quarters:
        for team, team_name in parts:
            for metric, theme in figures_list:
                cell = shown(cube, metric.key, theme.pk if theme else None, quarter.number, team)
                result.append([
                    quarter.number, quarter.start.isoformat(), quarter.end.isoformat(), _text(team_name),
                    _text(theme.title) if theme else "", str(metric.label),
                    cell.value if cell.value is not None else cell.text,
                    cell.base if cell.value is not None else "",
                    cell.percent if cell.percent is not None else "",
                ])
    return result


def csv_response(data, name):
    response = HttpResponse(content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="{name}.csv"'
    response.write("\ufeff")  # so that Excel reads the file as UTF-8
    writer = csv.writer(response, **CSV_DIALECT)
    writer.writerow(header())
    writer.writerows(data)
    return response


def xlsx_response(data, name):
    # openpyxl loads on the first spreadsheet download, not when the site starts.
    from openpyxl import Workbook

    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet(_("Cijfers"))
    sheet.append(header())
    for row in data:
        sheet.append(row)
    response = HttpResponse(content_type="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
    response["Content-Disposition"] = f'attachment; filename="{name}.xlsx"'
    workbook.save(response)
    return response
