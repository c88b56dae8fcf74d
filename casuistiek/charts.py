"""The calibration chart: how often a participant's answers matched the expert key, attempt after attempt (an SVG
line written by hand, theme.line_chart: the page needs no plotting library)."""

from django.utils.translation import gettext as _

from theme.line_chart import LineChart, line_chart_data_url


def trend_chart(trend) -> str | None:
    """A data: URL with the SVG line of agreement (%) per attempt; ``trend`` holds (when, score) pairs."""
    return line_chart_data_url(LineChart(
        points=[(number, score) for number, (_when, score) in enumerate(trend, start=1)],
        y_min=0, y_max=100, y_ticks=[0, 25, 50, 75, 100], y_suffix="%", y_label=_("% eens met expert"),
        x_label=_("poging"),
    ))
