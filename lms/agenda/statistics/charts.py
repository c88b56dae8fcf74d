"""The dashboard's trend chart: per theme, the share of participants with a goal on it, quarter by quarter.

Hidden cells are gaps in the line, never zeros: a gap says "not shown", a zero would be a (false) figure.
"""

import math

from django.utils.translation import gettext as _

from theme.charts import PRIMARY, TEXT, kept_chart, new_figure, plain_axes, svg_data_url

# The theme's palette (tokens.css) plus line styles, so the lines differ without relying on colour alone.
COLOURS = (PRIMARY, "#8a3b12", "#3d4a8a", "#4b6b1f", "#6b2f6b")
STYLES = ("-", "--", ":", "-.", (0, (5, 1, 1, 1)))


def trend_chart(trend, team_label) -> str | None:
    """A data: URL with the SVG chart, or None when there is nothing to draw. Drawing takes most of the
    dashboard's time, and the figures change once a night: the chart is kept for what it shows."""
    shown = [[row["theme"].title, [[quarter.short_label, cell.percent] for quarter, cell in row["points"]]]
             for row in trend]
    return kept_chart("agenda-trend", [str(team_label), shown], lambda: _draw(trend, team_label))


def _draw(trend, team_label) -> str | None:
    if not trend or not any(cell.percent is not None for row in trend for _q, cell in row["points"]):
        return None
    figure = new_figure(7.2, 3.0)
    axes = figure.subplots()
    labels = [quarter.short_label for quarter, _cell in trend[0]["points"]]
    for index, row in enumerate(trend):
        values = [cell.percent if cell.percent is not None else math.nan for _q, cell in row["points"]]
        axes.plot(labels, values, marker="o", linewidth=2, color=COLOURS[index % len(COLOURS)],
                  linestyle=STYLES[index % len(STYLES)], label=row["theme"].title)
    axes.set_ylim(0, 100)
    axes.set_ylabel(_("% met een doel op het thema"), color=TEXT)
    axes.set_title(team_label, color=TEXT, fontsize=10)
    plain_axes(axes)
    axes.legend(fontsize=8, frameon=False, loc="upper left")
    return svg_data_url(figure)
