"""A chart of progress over time per goal, for the ontwikkelplan PDF: an SVG line written by hand (theme.line_chart),
so a document needs no plotting library and costs well under a millisecond a goal."""

from django.utils.formats import date_format
from django.utils.translation import gettext as _

from theme.line_chart import LineChart, line_chart_data_url


def progress_chart(evaluations, versions) -> str | None:
    """A data: URL with an SVG line of progress (1–5) per evaluation date, herijkingen marked; None if empty."""
    points = [(e.evaluated_on, e.progress) for e in evaluations]
    if not points:
        return None
    return line_chart_data_url(LineChart(
        points=points, y_min=0.5, y_max=5.5, y_ticks=[1, 2, 3, 4, 5], y_label=_("voortgang"),
        x_format=lambda day: date_format(day, "SHORT_DATE_FORMAT"),
        markers=[version.created_at.date() for version in versions if version.number > 1],
    ))
