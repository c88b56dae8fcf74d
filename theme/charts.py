"""Charts drawn with matplotlib and handed to templates as SVG data URLs.

A Figure of its own per chart, never pyplot's shared state, so requests that draw at the same time don't mix;
matplotlib is imported on the first chart, not when the site starts.
"""

import base64
import io

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
