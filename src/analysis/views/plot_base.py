"""What every figure of `analysis.views.plots` shares: the palette, a pyplot-free Figure, the
"nothing to show" figure, date axes and titles with their date span.

Colours come from the Okabe-Ito palette, which stays distinguishable under the common
colour-vision deficiencies.
"""

from __future__ import annotations

from collections.abc import Iterable

import matplotlib.dates as mdates
import pandas as pd
from matplotlib.axes import Axes
from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.figure import Figure
from matplotlib.ticker import FuncFormatter

# Okabe & Ito (2008), "Color Universal Design".
OKABE_ITO = {
    "orange": "#E69F00", "sky_blue": "#56B4E9", "bluish_green": "#009E73",
    "yellow": "#F0E442", "blue": "#0072B2", "vermillion": "#D55E00",
    "reddish_purple": "#CC79A7", "black": "#000000",
}
# Yellow is last: it is hard to see on white, so it is only used once seven colours are taken.
CATEGORY_PALETTE = [
    OKABE_ITO[name] for name in (
        "blue", "orange", "bluish_green", "vermillion", "reddish_purple", "sky_blue", "yellow",
        "black",
    )
]
UNKNOWN_COLOUR = "#999999"
FONT_SIZE_LABEL = 8


def category_colours(values: Iterable[str]) -> dict[str, str]:
    """A stable colour for each category: the palette in sorted order, grey for "".

    Args:
        values: category values (repeats are fine).

    Returns:
        `{value: hex colour}`; the same set of values always gets the same colours.
    """
    names = sorted({str(value) for value in values} - {""})
    colours = {name: CATEGORY_PALETTE[i % len(CATEGORY_PALETTE)] for i, name in enumerate(names)}
    colours[""] = UNKNOWN_COLOUR
    return colours


def new_figure(width: float, height: float) -> Figure:
    """A Figure with a constrained layout and its own Agg canvas, without pyplot.

    Args:
        width: inches.
        height: inches.

    Returns:
        The Figure (its canvas can measure text before anything is drawn).
    """
    figure = Figure(figsize=(width, height), dpi=100, layout="constrained")
    FigureCanvasAgg(figure)  # a renderer for text extents, without pyplot
    return figure


def figure_renderer(figure: Figure):  # the renderer's class depends on the backend
    """The renderer that measures text and artists in `figure`'s pixels.

    Args:
        figure: the Figure (from `new_figure`, or one a notebook backend drew).

    Returns:
        The canvas's renderer.
    """
    get_renderer = getattr(figure.canvas, "get_renderer", None)
    return get_renderer() if get_renderer is not None else figure._get_renderer()


def empty_figure(message: str, title: str) -> Figure:
    """A small figure that says there is nothing to draw.

    Args:
        message: the text in the middle (e.g. "No mentions match the selection").
        title: the title the full figure would have had.

    Returns:
        The Figure.
    """
    figure = new_figure(6, 2.5)
    ax = figure.add_subplot()
    ax.set_axis_off()
    ax.set_title(title)
    ax.text(0.5, 0.5, message, ha="center", va="center", transform=ax.transAxes, color="#555555")
    return figure


def format_date_axis(ax: Axes, first: pd.Timestamp, last: pd.Timestamp, label: str) -> None:
    """Date ticks as "14 Sep"; the year goes into the axis label when the data span one year,
    and into a tick's own label when that tick lies in another year (padding past New Year).

    Args:
        ax: the axes whose x axis holds dates.
        first: the first day drawn.
        last: the last day drawn.
        label: the axis label, without the year.
    """
    ax.xaxis.set_major_locator(mdates.AutoDateLocator(minticks=3, maxticks=8))
    one_year = first.year == last.year
    day_format = "%b" if (last - first).days > 180 else "%d %b"

    def tick(value: float, _position: int | None = None) -> str:
        day = mdates.num2date(value)
        return day.strftime(day_format if one_year and day.year == first.year
                            else f"{day_format} %Y")

    ax.xaxis.set_major_formatter(FuncFormatter(tick))
    ax.set_xlabel(f"{label} ({first.year})" if one_year else label)


def with_span(text: str, span: str) -> str:
    """A title followed by the dates it covers.

    Args:
        text: the title.
        span: the date span (`"2020-08-31 – 2020-09-14"`), or "" for none.

    Returns:
        `"text, span"`, or `text` alone when `span` is empty.
    """
    return f"{text}, {span}" if span else text
