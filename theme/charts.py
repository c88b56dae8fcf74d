"""Charts drawn with matplotlib and handed to templates as SVG data URLs.

A Figure of its own per chart, never pyplot's shared state, so requests that draw at the same time don't mix;
matplotlib is imported on the first chart, not when the site starts.
"""

import base64
import hashlib
import io
import json

from django.core.cache import cache
from django.utils.translation import get_language

KEPT_FOR = 60 * 60 * 24  # figures that are counted once a night

# The theme's colours (tokens.css).
PRIMARY = "#00576b"
TEXT = "#1b1b1f"


def new_figure(width: float, height: float):
    from matplotlib.figure import Figure

    return Figure(figsize=(width, height), dpi=100)


def plain_axes(axes) -> None:
    """Text in the theme's colour, no frame on top and right."""
    axes.tick_params(colors=TEXT, labelsize=8)
    axes.spines[["top", "right"]].set_visible(False)


def svg_data_url(figure) -> str:
    figure.tight_layout()
    buffer = io.StringIO()
    # The same data gives the same SVG (fixed ids, no date): a document job knows a request for the same content.
    from matplotlib import rc_context  # loaded with the first chart, as the module docstring says

    with rc_context({"svg.hashsalt": "vknz"}):
        figure.savefig(buffer, format="svg", metadata={"Date": None})
    return "data:image/svg+xml;base64," + base64.b64encode(buffer.getvalue().encode("utf-8")).decode("ascii")


def kept_chart(name: str, data, draw) -> str | None:
    """The chart `draw()` makes of `data`, drawn once and then read from the cache (Redis in production, shared by
    every worker). The key is a hash of exactly what the chart shows, and of the language its labels are in, so
    a chart is only ever served for the same figures: it can never show one reader another's data, and new
    figures give a new key instead of a stale picture."""
    digest = hashlib.sha256(json.dumps([name, get_language(), data], sort_keys=True, default=str).encode()).hexdigest()
    key = f"vknz:chart:{name}:{digest}"
    kept = cache.get(key)
    if kept is None:
        kept = draw() or ""  # "" keeps "nothing to draw" too
        cache.set(key, kept, KEPT_FOR)
    return kept or None
