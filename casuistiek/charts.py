"""The calibration chart: how often a participant's answers matched the expert key, attempt after attempt."""

from django.utils.translation import gettext as _

from theme.charts import PRIMARY, new_figure, plain_axes, svg_data_url


def trend_chart(trend) -> str:
    """A data: URL with the SVG line of agreement (%) per attempt; ``trend`` holds (when, score) pairs."""
    figure = new_figure(6.4, 2.2)
    axes = figure.subplots()
    axes.plot(range(1, len(trend) + 1), [score for _when, score in trend], marker="o", color=PRIMARY)
    axes.set_ylim(0, 100)
    axes.set_xlabel(_("poging"))
    axes.set_ylabel(_("% eens met expert"))
    plain_axes(axes)
    return svg_data_url(figure)
