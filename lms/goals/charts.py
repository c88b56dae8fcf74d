"""A chart of progress over time per goal, drawn with matplotlib as SVG (used in the PDF)."""

from django.utils.translation import gettext as _

from theme.charts import PRIMARY, TEXT, new_figure, plain_axes, svg_data_url


def progress_chart(evaluations, versions) -> str | None:
    """A data: URL with an SVG line of progress (1–5) per evaluation date, herijkingen marked; None if empty."""
    points = sorted((e.evaluated_on, e.progress) for e in evaluations)
    if not points:
        return None
    figure = new_figure(6.4, 2.2)
    axes = figure.subplots()
    dates, values = zip(*points, strict=True)
    axes.plot(dates, values, marker="o", color=PRIMARY, linewidth=2)
    for version in versions:
        if version.number > 1:
            axes.axvline(version.created_at.date(), color=TEXT, linestyle="--", linewidth=1)
    axes.set_ylim(0.5, 5.5)
    axes.set_yticks([1, 2, 3, 4, 5])
    axes.set_ylabel(_("voortgang"), color=TEXT)
    plain_axes(axes)
    figure.autofmt_xdate()
    return svg_data_url(figure)
