"""What every figure of `analysis.views.plots` shares: the palette, a pyplot-free Figure, the
"nothing to show" figure, date axes and titles with their date span.

Colours come from the Okabe-Ito palette, which stays distinguishable under the common
colour-vision deficiencies.
"""

from __future__ import annotations

import textwrap
from collections import Counter
from collections.abc import Iterable

import matplotlib as mpl
import matplotlib.dates as mdates
import pandas as pd
from matplotlib.axes import Axes
from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.figure import Figure
from matplotlib.ticker import Formatter

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
# Past eight categories a palette repeats (two outlets, one colour): the most frequent ones keep
# a colour of their own and the tail shares this light grey, named "other" in legends.
OTHER = "other"
OTHER_COLOUR = "#D4D4D4"
FONT_SIZE_LABEL = 8
FONT_SIZE_TITLE = 12
# A character of a proportional font is about this share of the font size wide, on average.
CHARACTER_WIDTH = 0.55


def category_colours(values: Iterable[str]) -> dict[str, str]:
    """A stable colour for each category: the palette in sorted order, grey for "".

    With more categories than the palette has colours, the most frequent (ties by name) keep
    a colour, in sorted order, and the others share `OTHER_COLOUR` (a legend shows them once,
    as "other"): no two categories drawn in a colour of their own look alike.

    Args:
        values: category values (repeats count towards a category's frequency).

    Returns:
        `{value: hex colour}` for every value; the same values always get the same colours.
    """
    counts = Counter(str(value) for value in values if str(value))
    named = sorted(counts)
    if len(named) > len(CATEGORY_PALETTE):
        by_frequency = sorted(counts, key=lambda name: (-counts[name], name))
        named = sorted(by_frequency[:len(CATEGORY_PALETTE) - 1])
    colours = {name: OTHER_COLOUR for name in counts}
    colours.update({name: CATEGORY_PALETTE[i] for i, name in enumerate(named)})
    colours[""] = UNKNOWN_COLOUR
    return colours


def legend_categories(values: Iterable[str], colours: dict[str, str]) -> list[tuple[str, str]]:
    """The legend entries of the categories drawn: `(label, colour)`, named ones sorted, then
    one "other" for the tail `category_colours` grouped, then "unknown" for "".

    Args:
        values: the categories drawn (repeats are fine).
        colours: `{value: colour}` from `category_colours`.

    Returns:
        `[(label, colour), ...]`.
    """
    drawn = {str(value) for value in values}
    entries = [(name, colours[name]) for name in sorted(drawn - {""})
               if colours.get(name, OTHER_COLOUR) != OTHER_COLOUR]
    if any(name and colours.get(name, OTHER_COLOUR) == OTHER_COLOUR for name in drawn):
        entries.append((OTHER, OTHER_COLOUR))
    if "" in drawn:
        entries.append(("unknown", UNKNOWN_COLOUR))
    return entries


def wrap_title(text: str, width_inches: float, fontsize: float = FONT_SIZE_TITLE) -> str:
    """`text` wrapped into lines that fit `width_inches` at `fontsize` points (never cut); a
    date span ("2019-01-01 – 2019-12-30") stays on one line.

    Args:
        text: the title.
        width_inches: the width it must fit.
        fontsize: its font size in points.

    Returns:
        The text with line breaks.
    """
    characters = max(int(width_inches * 72 / (fontsize * CHARACTER_WIDTH)), 20)
    kept_whole = text.replace(" – ", "\u00a0–\u00a0")  # textwrap never breaks at U+00A0
    return textwrap.fill(kept_whole, width=characters, break_long_words=False).replace(
        "\u00a0", " ")


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


def lay_out(figure: Figure) -> None:
    """Make the display coordinates of `figure` final without drawing it: run its layout
    engine and fit each axes to its aspect (labels are then placed in pixels).

    Args:
        figure: the Figure.
    """
    engine = figure.get_layout_engine()
    if engine is not None:
        engine.execute(figure)
    for ax in figure.axes:
        ax.apply_aspect()


def freeze_layout(figure: Figure) -> None:
    """Keep the layout labels were placed in: remove the layout engine (savefig then also
    skips the dry-run draw an engine costs).

    Args:
        figure: the Figure, after `lay_out`.
    """
    with mpl.rc_context({"figure.autolayout": False, "figure.constrained_layout.use": False}):
        figure.set_layout_engine(None)


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


class YearWhereItChanges(Formatter):
    """Date tick labels that carry the year on the first tick and wherever the year changes
    ("Nov 2019", "Dec", "Jan 2020"), or on none when the axis label names the only year."""

    def __init__(self, day_format: str, only_year: int | None) -> None:
        self.day_format = day_format
        self.only_year = only_year

    def __call__(self, value: float, position: int | None = None) -> str:
        return self.format_ticks([value])[0]

    def format_ticks(self, values: list[float]) -> list[str]:
        """The labels of all ticks at once, so that each one knows the year before it."""
        labels, previous = [], self.only_year
        for value in values:
            day = mdates.num2date(value)
            with_year = "%Y" not in self.day_format and day.year != previous
            labels.append(day.strftime(f"{self.day_format} %Y" if with_year
                                       else self.day_format))
            if self.only_year is None:
                previous = day.year
        return labels


def format_date_axis(ax: Axes, first: pd.Timestamp, last: pd.Timestamp, label: str) -> None:
    """Date ticks at the span's scale: "14 Sep" over weeks, "Sep" over months, "2019" over
    years. The year goes into the axis label when the data span one year (and into a tick's
    label when that tick lies in another year, padding past New Year); across years the first
    tick and every tick where the year changes carry it.

    Args:
        ax: the axes whose x axis holds dates.
        first: the first day drawn.
        last: the last day drawn.
        label: the axis label, without the year.
    """
    ax.xaxis.set_major_locator(mdates.AutoDateLocator(minticks=3, maxticks=8))
    one_year = first.year == last.year
    days = (last - first).days
    day_format = "%d %b" if days <= 180 else "%b" if days <= 3 * 366 else "%Y"
    ax.xaxis.set_major_formatter(YearWhereItChanges(day_format, first.year if one_year else None))
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
