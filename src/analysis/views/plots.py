"""Figures for the four notebooks, as matplotlib `Figure` objects.

Every function takes a table (or a graph) from the analysis stages and returns a new Figure;
none calls `pyplot`, so nothing is shown or kept open behind the caller's back (display it by
returning it from a notebook cell, where importing this module makes Figures show as PNGs; save
it with `save_figure`). Colours come from the
Okabe-Ito palette, which stays distinguishable under the common colour-vision deficiencies,
and every encoding that matters is doubled by a shape, a fill or a label.

This module holds the corpus and entity-frequency figures and saving; the network figures live
in `analysis.views.network_plot`, the meeting timeline in `analysis.views.timeline_plot`, the
shared palette and figure helpers in `analysis.views.plot_base`. Their public names are
imported here, so `analysis.plots` stays the one place to reach every figure.
"""

from __future__ import annotations

import io
from pathlib import Path

import matplotlib as mpl
import pandas as pd
from matplotlib.figure import Figure
from matplotlib.patches import Patch
from matplotlib.ticker import MaxNLocator, StrMethodFormatter

from analysis.frames import date_span_text, period_columns, require_columns, text_column
from analysis.views.frequency import (
    TIME_BINS,
    UNKNOWN_OUTLET,
    articles_per_day,
    articles_per_period,
    resolution_methods,
)
from analysis.views.network_plot import (
    COOCCURRENCE_EDGE_COLOUR,
    LAYER_TITLES,
    TYPED_EDGE_COLOUR,
    plot_network,
    plot_network_layers,
)
from analysis.views.plot_base import (
    CATEGORY_PALETTE,
    CHARACTER_WIDTH,
    FONT_SIZE_LABEL,
    OKABE_ITO,
    OTHER,
    OTHER_COLOUR,
    UNKNOWN_COLOUR,
    category_colours,
    empty_figure,
    format_date_axis,
    new_figure,
    with_span,
    wrap_title,
)
from analysis.views.timeline_plot import (
    KIND_MARKERS,
    KIND_NAMES,
    STATUS_COLOURS,
    plot_meeting_timeline,
)

__all__ = [
    "CATEGORY_PALETTE", "COOCCURRENCE_EDGE_COLOUR", "FIGURE_DPI", "FONT_SIZE_LABEL",
    "KIND_MARKERS", "KIND_NAMES", "LAYER_TITLES", "OKABE_ITO", "SCREEN_DPI", "STATUS_COLOURS",
    "SVG_HASHSALT", "TYPED_EDGE_COLOUR", "TYPE_COLOURS", "UNKNOWN_COLOUR", "category_colours",
    "figure_png", "plot_articles_over_time", "plot_entity_frequency", "plot_meeting_timeline",
    "plot_network", "plot_network_layers", "plot_resolution_methods", "save_figure",
]

TYPE_COLOURS = {
    "person": OKABE_ITO["blue"], "org": OKABE_ITO["orange"], "place": OKABE_ITO["bluish_green"],
    "group": OKABE_ITO["reddish_purple"], "outlet": OKABE_ITO["vermillion"],
}
# Counts on an axis with thousands separated: "54,000", not "54000".
THOUSANDS = StrMethodFormatter("{x:,.0f}")
# 150 dpi keeps the PNGs sharp at the README's width without making them heavy.
FIGURE_DPI = 150
# Dots per inch of the figures shown in a notebook.
SCREEN_DPI = 100
# A fixed salt makes the ids in SVG files, and so the files, the same on every run.
SVG_HASHSALT = "analysis-figures"


# ---------------------------------------------------------------------------------------------
# Corpus and entity frequency
# ---------------------------------------------------------------------------------------------

def plot_entity_frequency(freq: pd.DataFrame, title: str | None = None) -> Figure:
    """Horizontal bars of mentions per actor, coloured by actor type, most mentioned on top.

    Args:
        freq: a table from `entity_frequency` (`actor`, `type`, `n_mentions`, `n_articles`).
        title: the title; by default it says what is counted and over which publication dates
            (from `freq.attrs["date_span"]`).

    Returns:
        The Figure: one bar per row of `freq`, each labelled with its count of mentions and
        articles.
    """
    require_columns(freq, ["actor", "type", "n_mentions"], "frequency")
    default_title = with_span("Mentions per actor", freq.attrs.get("date_span", ""))
    if freq.empty:
        return empty_figure("No mentions match the selection", title or default_title)
    rows = freq.sort_values(["n_mentions", "actor"], ascending=[False, True], kind="stable")
    names = text_column(rows["actor"]).tolist()
    types = text_column(rows["type"]).tolist()
    counts = rows["n_mentions"].astype(int).tolist()
    figure = new_figure(7.5, max(2.6, 0.32 * len(rows) + 1.4))
    ax = figure.add_subplot()
    positions = list(range(len(rows)))[::-1]
    bars = ax.barh(
        positions, counts, color=[TYPE_COLOURS.get(kind, UNKNOWN_COLOUR) for kind in types],
        height=0.7,
    )
    labels = _count_labels(rows, counts)
    ax.bar_label(bars, labels=labels, padding=3, fontsize=FONT_SIZE_LABEL)
    ax.set_yticks(positions, labels=names)
    ax.set_xlabel("Mentions")
    ax.set_ylabel("Actor")
    # The bars take the width right of the names; the longest count label must fit after them.
    bars_inches = 7.5 - max(len(name) for name in names) * 10 * CHARACTER_WIDTH / 72 - 0.9
    label_share = (max(map(len, labels)) * FONT_SIZE_LABEL * CHARACTER_WIDTH / 72 + 0.1) \
        / max(bars_inches, 1.0)
    ax.set_xlim(0, max(counts) / max(1.0 - label_share, 0.5))
    ax.xaxis.set_major_locator(MaxNLocator(nbins=5, integer=True))
    ax.xaxis.set_major_formatter(THOUSANDS)
    ax.spines[["top", "right"]].set_visible(False)
    ax.set_title(wrap_title(title or default_title, bars_inches))  # centred over the bars
    ax.legend(handles=_type_handles(types), title="Actor type", loc="lower right",
              fontsize=FONT_SIZE_LABEL, frameon=False)
    return figure


def _count_labels(rows: pd.DataFrame, counts: list[int]) -> list[str]:
    """Each bar's label: its mentions, and its articles when the table has them."""
    if "n_articles" not in rows:
        return [f"{count:,}" for count in counts]
    return [
        f"{count:,} ({articles:,} art.)"
        for count, articles in zip(counts, rows["n_articles"].astype(int), strict=True)
    ]


def _type_handles(types: list[str]) -> list[Patch]:
    """One legend patch per actor type drawn, in `TYPE_COLOURS` order, "unknown" last."""
    present = [kind for kind in TYPE_COLOURS if kind in types]
    if "" in types or any(kind not in TYPE_COLOURS for kind in types):
        present.append("unknown")
    return [Patch(facecolor=TYPE_COLOURS.get(kind, UNKNOWN_COLOUR), label=kind)
            for kind in present]


def plot_articles_over_time(articles: pd.DataFrame) -> Figure:
    """Stacked bars of articles per publication day, week, month or year, one colour per outlet.

    The bin follows the span (`frequency.time_bin`): days over a fortnight, weeks over a year,
    months or years over decades. Past eight outlets the least frequent share one grey bar
    segment, "other".

    Args:
        articles: the articles table (`published`, `outlet`).

    Returns:
        The Figure; the subtitle says how many articles have no publication date (and so are
        not drawn). The plotted numbers are
        `analysis.views.frequency.articles_per_period(articles)`.
    """
    counts = articles_per_period(articles)
    n_undated, bin_name = counts.attrs.get("n_undated", 0), counts.attrs.get("bin", "day")
    published = pd.to_datetime(articles_per_day(articles)["published"])
    title = with_span(f"Articles per publication {bin_name}, by outlet",
                      date_span_text(published))
    note = (f"{n_undated:,} article(s) without a publication date are not shown"
            if n_undated else "Every article has a publication date")
    if counts.empty:
        return empty_figure(f"No dated articles. {note}", title)
    colours, table = _outlet_table(counts)
    figure = new_figure(7.5, 3.6)
    ax = figure.add_subplot()
    bottom = pd.Series(0, index=table.index)
    width = pd.Timedelta(days=0.85 * TIME_BINS[bin_name])
    for outlet in table.columns:
        # Bars sit on their bin's first day and cover it; no edge, which would hide thin bars.
        ax.bar(table.index, table[outlet], bottom=bottom, width=width, align="edge",
               label=outlet, color=colours[outlet], linewidth=0)
        bottom += table[outlet]
    pad = pd.Timedelta(days=TIME_BINS[bin_name])
    ax.set_xlim(table.index.min() - pad, table.index.max() + 2 * pad)
    format_date_axis(ax, published.min(), published.max(), "Publication date")
    ax.yaxis.set_major_locator(MaxNLocator(integer=True))
    ax.yaxis.set_major_formatter(THOUSANDS)
    ax.set_ylabel(f"Articles per {bin_name}")
    ax.spines[["top", "right"]].set_visible(False)
    figure.suptitle(wrap_title(title, 7.5))
    ax.set_title(note, fontsize=9, color="#555555")
    ax.legend(title="Outlet", fontsize=FONT_SIZE_LABEL, frameon=False,
              loc="upper left", bbox_to_anchor=(1.0, 1.0))
    return figure


def _outlet_table(counts: pd.DataFrame) -> tuple[dict[str, str], pd.DataFrame]:
    """Each outlet's colour and the counts pivoted to one column per outlet (the outlets past
    the palette summed into one "other" column, unknown outlets last), indexed by bin."""
    outlets = text_column(counts["outlet"])
    known = outlets[outlets != UNKNOWN_OUTLET]
    colours = category_colours(known.repeat(counts.loc[known.index, "n_articles"]))
    grouped = outlets.map(lambda name: name if name == UNKNOWN_OUTLET or colours[name] !=
                          OTHER_COLOUR else OTHER)
    table = counts.assign(outlet=grouped).pivot_table(
        index="published", columns="outlet", values="n_articles", aggfunc="sum", fill_value=0
    ).sort_index()
    table.index = pd.to_datetime(table.index)
    order = sorted(table.columns, key=lambda name: (name in (OTHER, UNKNOWN_OUTLET),
                                                    name == UNKNOWN_OUTLET, name))
    colours.update({OTHER: OTHER_COLOUR, UNKNOWN_OUTLET: UNKNOWN_COLOUR})
    return colours, table[order]


def plot_resolution_methods(mentions: pd.DataFrame) -> Figure:
    """Bars of how many mentions each method resolved (registry, NER, fuzzy, role, ...).

    Args:
        mentions: the mentions table (`method`; `published` for the dates in the title).

    Returns:
        The Figure: one bar per method, labelled with its count and share. The plotted
        numbers are `analysis.views.frequency.resolution_methods(mentions)`.
    """
    counts = resolution_methods(mentions)
    span = ""
    if "published" in mentions:
        published, _ = period_columns(mentions["published"])
        span = date_span_text(published)
    total = int(counts["n_mentions"].sum()) if len(counts) else 0
    title = with_span(f"How {total:,} mentions were resolved to actors", span)
    if counts.empty:
        return empty_figure("No mentions", title)
    figure = new_figure(6.5, 3.4)
    ax = figure.add_subplot()
    bars = ax.bar(counts["method"], counts["n_mentions"], color=OKABE_ITO["blue"], width=0.65)
    ax.bar_label(
        bars, labels=[f"{n:,} ({n / total:.0%})" for n in counts["n_mentions"]], padding=2,
        fontsize=FONT_SIZE_LABEL,
    )
    ax.set_ylim(0, counts["n_mentions"].max() * 1.18)
    ax.yaxis.set_major_locator(MaxNLocator(integer=True))
    ax.yaxis.set_major_formatter(THOUSANDS)
    ax.set_xlabel("Resolution method")
    ax.set_ylabel("Mentions")
    ax.spines[["top", "right"]].set_visible(False)
    ax.set_title(wrap_title(title, 6.0))
    return figure


# ---------------------------------------------------------------------------------------------
# Saving
# ---------------------------------------------------------------------------------------------

def save_figure(
    fig: Figure, data: pd.DataFrame, path_stem: str | Path, *, svg: bool = False
) -> list[Path]:
    """Write a figure as PNG (and SVG) with the CSV of its data beside it, reproducibly.

    The files carry no date or software stamp and SVG ids come from a fixed salt, so saving
    the same figure again gives byte-identical files.

    Args:
        fig: the Figure.
        data: the plotted data, written as `<stem>.csv` (without the index).
        path_stem: the path without suffix (`figures/network` writes `figures/network.png`,
            `figures/network.csv`); a `.png`, `.svg` or `.csv` suffix is dropped. The folder is
            created.
        svg: also write `<stem>.svg`.

    Returns:
        The paths written: PNG, CSV and, with `svg`, SVG.

    Raises:
        TypeError: `data` is not a DataFrame.
    """
    if not isinstance(data, pd.DataFrame):
        raise TypeError(f"data={type(data).__name__} is not a DataFrame of the plotted data")
    stem = Path(path_stem)
    if stem.suffix.lower() in {".png", ".svg", ".csv"}:
        stem = stem.with_suffix("")
    stem.parent.mkdir(parents=True, exist_ok=True)
    png, csv = Path(f"{stem}.png"), Path(f"{stem}.csv")
    png.write_bytes(figure_png(fig, FIGURE_DPI))
    data.to_csv(csv, index=False, lineterminator="\n")
    written = [png, csv]
    if svg:
        svg_path = Path(f"{stem}.svg")
        with mpl.rc_context({"svg.hashsalt": SVG_HASHSALT}):
            fig.savefig(svg_path, format="svg", metadata={"Date": None, "Creator": None},
                        facecolor="white")
        written.append(svg_path)
    return written


def figure_png(fig: Figure, dpi: int = SCREEN_DPI) -> bytes:
    """A figure as PNG bytes, without a timestamp, on white.

    Args:
        fig: the figure.
        dpi: dots per inch (default: the notebook's screen resolution).

    Returns:
        The PNG file's bytes.
    """
    buffer = io.BytesIO()
    fig.savefig(buffer, format="png", dpi=dpi, metadata={"Software": None}, facecolor="white")
    return buffer.getvalue()


def _show_figures_in_notebooks() -> None:
    """Make a Figure returned by a notebook cell display as a PNG.

    The inline backend registers that display only once pyplot is imported, and these plots
    never import it: without this, JupyterLab prints `<Figure size … with 2 Axes>`. A display
    the user set up already (`%matplotlib inline`, ipympl) is left as it is.
    """
    try:
        from IPython import get_ipython
    except ImportError:
        return
    shell = get_ipython()
    if shell is None:
        return
    formatter = shell.display_formatter.formatters["image/png"]
    try:
        formatter.lookup_by_type(Figure)
    except KeyError:
        formatter.for_type(Figure, figure_png)


_show_figures_in_notebooks()
