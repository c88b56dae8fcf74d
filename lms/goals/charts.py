"""A chart of progress over time per goal, drawn with matplotlib as SVG (used in the PDF)."""

import base64
import io

import matplotlib

matplotlib.use("Agg")  # no display on servers
import matplotlib.pyplot as plt  # noqa: E402
from django.utils.translation import gettext as _  # noqa: E402

PRIMARY = "#00576b"  # the theme's primary colour (tokens.css)
TEXT = "#1b1b1f"


def progress_chart(evaluations, versions) -> str | None:
    """A data: URL with an SVG line of progress (1–5) per evaluation date, herijkingen marked; None if empty."""
    points = sorted((e.evaluated_on, e.progress) for e in evaluations)
    if not points:
        return None
    figure, axes = plt.subplots(figsize=(6.4, 2.2), dpi=100)
    try:
        dates, values = zip(*points, strict=True)
        axes.plot(dates, values, marker="o", color=PRIMARY, linewidth=2)
        for version in versions:
            if version.number > 1:
                axes.axvline(version.created_at.date(), color=TEXT, linestyle="--", linewidth=1)
        axes.set_ylim(0.5, 5.5)
        axes.set_yticks([1, 2, 3, 4, 5])
        axes.set_ylabel(_("voortgang"), color=TEXT)
        axes.tick_params(colors=TEXT, labelsize=8)
        axes.spines[["top", "right"]].set_visible(False)
        figure.autofmt_xdate()
        figure.tight_layout()
        buffer = io.StringIO()
        figure.savefig(buffer, format="svg")
    finally:
        plt.close(figure)
    encoded = base64.b64encode(buffer.getvalue().encode("utf-8")).decode("ascii")
    return f"data:image/svg+xml;base64,{encoded}"
