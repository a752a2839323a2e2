"""Figures for the four notebooks, as matplotlib `Figure` objects.

Every function takes a table (or a graph) from the analysis stages and returns a new Figure;
none calls `pyplot`, so nothing is shown or kept open behind the caller's back (display it by
returning it from a notebook cell, save it with `save_figure`). Colours come from the
Okabe-Ito palette, which stays distinguishable under the common colour-vision deficiencies,
and every encoding that matters is doubled by a shape, a fill or a label.
"""

from __future__ import annotations

import math
import textwrap
from collections.abc import Iterable
from pathlib import Path

import matplotlib as mpl
import matplotlib.dates as mdates
import networkx as nx
import pandas as pd
from matplotlib.axes import Axes
from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.figure import Figure
from matplotlib.lines import Line2D
from matplotlib.patches import Patch
from matplotlib.text import Text
from matplotlib.ticker import MaxNLocator

from analysis.frequency import (
    articles_per_day,
    date_span_text,
    period_columns,
    require_columns,
    resolution_methods,
    text_column,
)
from analysis.timeline import participants

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
TYPE_COLOURS = {
    "person": OKABE_ITO["blue"], "org": OKABE_ITO["orange"], "place": OKABE_ITO["bluish_green"],
    "group": OKABE_ITO["reddish_purple"], "outlet": OKABE_ITO["vermillion"],
}
STATUS_COLOURS = {"held": OKABE_ITO["blue"], "planned": OKABE_ITO["orange"]}
KIND_MARKERS = {"in_person": "o", "phone": "D", "video": "s"}
KIND_NAMES = {"in_person": "in person", "phone": "phone call", "video": "video call"}
TYPED_EDGE_COLOUR = "#555555"
COOCCURRENCE_EDGE_COLOUR = "#BBBBBB"

# 150 dpi keeps the PNGs sharp at the README's width without making them heavy.
FIGURE_DPI = 150
# A fixed salt makes the ids in SVG files, and so the files, the same on every run.
SVG_HASHSALT = "analysis-figures"
FONT_SIZE_LABEL = 8
LAYER_TITLES = {
    "all": "co-occurrence and typed interactions",
    "cooccurrence": "named in the same sentence",
    "typed": "typed interactions (meet, visit, phone, ...)",
}


# ---------------------------------------------------------------------------------------------
# Helpers
# ---------------------------------------------------------------------------------------------

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


def _figure(width: float, height: float) -> Figure:
    figure = Figure(figsize=(width, height), dpi=100, layout="constrained")
    FigureCanvasAgg(figure)  # a renderer for text extents, without pyplot
    return figure


def _renderer(figure: Figure):  # noqa: ANN202 - the renderer class depends on the backend
    get_renderer = getattr(figure.canvas, "get_renderer", None)
    return get_renderer() if get_renderer is not None else figure._get_renderer()


def _empty_figure(message: str, title: str) -> Figure:
    figure = _figure(6, 2.5)
    ax = figure.add_subplot()
    ax.set_axis_off()
    ax.set_title(title)
    ax.text(0.5, 0.5, message, ha="center", va="center", transform=ax.transAxes, color="#555555")
    return figure


def _with_span(text: str, span: str) -> str:
    return f"{text}, {span}" if span else text


def _declutter(texts: list[Text], obstacles: list = (), *, max_rounds: int = 60) -> None:
    """Nudge annotation labels (offset in points) apart until none overlap.

    A label that overlaps an earlier label (or an obstacle box, in display pixels) moves up or
    down, away from it, by the overlap; earlier labels in `texts` keep their place, so pass the
    most important first.
    """
    if len(texts) < 2 and not obstacles:
        return
    figure = texts[0].figure if texts else None
    if figure is None:
        return
    renderer = _renderer(figure)
    points_per_pixel = 72.0 / figure.dpi
    for _ in range(max_rounds):
        moved = False
        boxes = [text.get_window_extent(renderer).expanded(1.05, 1.15) for text in texts]
        for i, text in enumerate(texts):
            for other in [*boxes[:i], *obstacles]:
                if not boxes[i].overlaps(other):
                    continue
                if boxes[i].y0 + boxes[i].height / 2 >= other.y0 + other.height / 2:
                    shift = other.y1 - boxes[i].y0 + 1
                else:
                    shift = other.y0 - boxes[i].y1 - 1
                x, y = text.xyann
                text.xyann = (x, y + shift * points_per_pixel)
                boxes[i] = text.get_window_extent(renderer).expanded(1.05, 1.15)
                moved = True
        if not moved:
            return


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
    default_title = _with_span("Mentions per actor", freq.attrs.get("date_span", ""))
    if freq.empty:
        return _empty_figure("No mentions match the selection", title or default_title)
    rows = freq.sort_values(["n_mentions", "actor"], ascending=[False, True], kind="stable")
    names = text_column(rows["actor"]).tolist()
    types = text_column(rows["type"]).tolist()
    counts = rows["n_mentions"].astype(int).tolist()
    figure = _figure(7.5, max(2.6, 0.32 * len(rows) + 1.4))
    ax = figure.add_subplot()
    positions = list(range(len(rows)))[::-1]
    bars = ax.barh(
        positions, counts, color=[TYPE_COLOURS.get(kind, UNKNOWN_COLOUR) for kind in types],
        height=0.7,
    )
    if "n_articles" in rows:
        labels = [
            f"{count} ({articles} art.)"
            for count, articles in zip(counts, rows["n_articles"].astype(int), strict=True)
        ]
    else:
        labels = [str(count) for count in counts]
    ax.bar_label(bars, labels=labels, padding=3, fontsize=FONT_SIZE_LABEL)
    ax.set_yticks(positions, labels=names)
    ax.set_xlabel("Mentions")
    ax.set_ylabel("Actor")
    ax.set_xlim(0, max(counts) * 1.22)
    ax.xaxis.set_major_locator(MaxNLocator(integer=True))
    ax.spines[["top", "right"]].set_visible(False)
    ax.set_title(title or default_title)
    present = [kind for kind in TYPE_COLOURS if kind in types]
    if "" in types or any(kind not in TYPE_COLOURS for kind in types):
        present.append("unknown")
    ax.legend(
        handles=[Patch(facecolor=TYPE_COLOURS.get(kind, UNKNOWN_COLOUR), label=kind)
                 for kind in present],
        title="Actor type", loc="lower right", fontsize=FONT_SIZE_LABEL, frameon=False,
    )
    return figure


def plot_articles_over_time(articles: pd.DataFrame) -> Figure:
    """Stacked bars of articles per publication day, one colour per outlet.

    Args:
        articles: the articles table (`published`, `outlet`).

    Returns:
        The Figure; the subtitle says how many articles have no publication date (and so are
        not drawn). The plotted numbers are `analysis.frequency.articles_per_day(articles)`.
    """
    counts = articles_per_day(articles)
    n_undated = counts.attrs.get("n_undated", 0)
    days = pd.to_datetime(counts["published"]) if len(counts) else pd.Series(dtype="datetime64[ns]")
    title = _with_span("Articles per publication day, by outlet", date_span_text(days))
    note = (f"{n_undated} article(s) without a publication date are not shown"
            if n_undated else "Every article has a publication date")
    if counts.empty:
        return _empty_figure(f"No dated articles. {note}", title)
    table = counts.pivot_table(
        index="published", columns="outlet", values="n_articles", aggfunc="sum", fill_value=0
    ).sort_index()
    table.index = pd.to_datetime(table.index)
    colours = category_colours(table.columns)
    figure = _figure(7.5, 3.6)
    ax = figure.add_subplot()
    bottom = pd.Series(0, index=table.index)
    for outlet in table.columns:
        ax.bar(table.index, table[outlet], bottom=bottom, width=0.8, label=outlet,
               color=colours[outlet], edgecolor="white", linewidth=0.5)
        bottom += table[outlet]
    ax.xaxis.set_major_locator(mdates.AutoDateLocator(minticks=3, maxticks=9))
    ax.xaxis.set_major_formatter(mdates.ConciseDateFormatter(ax.xaxis.get_major_locator()))
    pad = pd.Timedelta(days=1)
    ax.set_xlim(table.index.min() - pad, table.index.max() + pad)
    ax.yaxis.set_major_locator(MaxNLocator(integer=True))
    ax.set_xlabel("Publication date")
    ax.set_ylabel("Articles")
    ax.spines[["top", "right"]].set_visible(False)
    figure.suptitle(title)
    ax.set_title(note, fontsize=9, color="#555555")
    ax.legend(title="Outlet", fontsize=FONT_SIZE_LABEL, frameon=False,
              loc="upper left", bbox_to_anchor=(1.0, 1.0))
    return figure


def plot_resolution_methods(mentions: pd.DataFrame) -> Figure:
    """Bars of how many mentions each method resolved (registry, NER, fuzzy, role, ...).

    Args:
        mentions: the mentions table (`method`; `published` for the dates in the title).

    Returns:
        The Figure: one bar per method, labelled with its count and share. The plotted
        numbers are `analysis.frequency.resolution_methods(mentions)`.
    """
    counts = resolution_methods(mentions)
    span = ""
    if "published" in mentions:
        published, _ = period_columns(mentions["published"])
        span = date_span_text(published)
    total = int(counts["n_mentions"].sum()) if len(counts) else 0
    title = _with_span(f"How {total} mentions were resolved to actors", span)
    if counts.empty:
        return _empty_figure("No mentions", title)
    figure = _figure(6.5, 3.4)
    ax = figure.add_subplot()
    methods = counts["method"].tolist()
    colours = category_colours(methods)
    bars = ax.bar(methods, counts["n_mentions"], color=[colours[m] for m in methods], width=0.65)
    ax.bar_label(
        bars, labels=[f"{n} ({n / total:.0%})" for n in counts["n_mentions"]], padding=2,
        fontsize=FONT_SIZE_LABEL,
    )
    ax.set_ylim(0, counts["n_mentions"].max() * 1.18)
    ax.yaxis.set_major_locator(MaxNLocator(integer=True))
    ax.set_xlabel("Resolution method")
    ax.set_ylabel("Mentions")
    ax.spines[["top", "right"]].set_visible(False)
    ax.set_title(title)
    return figure


# ---------------------------------------------------------------------------------------------
# Network
# ---------------------------------------------------------------------------------------------

def _layout(graph: nx.Graph, seed: int) -> dict:
    """Spring layout on log-damped weights: a pair that co-occurs 40 times should sit close to
    each other, not collapse onto one point and squeeze everything else to the edge."""
    damped = nx.Graph()
    damped.add_nodes_from(graph)
    damped.add_weighted_edges_from(
        (a, b, 1.0 + math.log(max(float(data.get("weight", 1)), 1.0)))
        for a, b, data in graph.edges(data=True)
    )
    k = 1.6 / math.sqrt(max(graph.number_of_nodes(), 1))
    return nx.spring_layout(damped, seed=seed, weight="weight", k=k, iterations=200)


def plot_network(
    graph: nx.Graph, *, title: str | None = None, seed: int = 7, ax: Axes | None = None
) -> Figure:
    """Draw the actor network: node size by mentions, colour by country, edge width by weight.

    Args:
        graph: a graph from `build_network` (node attributes `country`, `n_mentions`; edge
            attributes `weight`, `weight_typed`).
        title: the title; by default it names the layer and the dates (`graph.graph`).
        seed: the layout seed; the same graph and seed give the same picture.
        ax: draw into these axes (e.g. one of two side-by-side layers); a new Figure otherwise.

    Returns:
        The Figure holding the drawing. Edges with at least one typed interaction are dark,
        co-occurrence-only edges light; every node is labelled, labels pushed apart so that they
        do not overlap.
    """
    layer = graph.graph.get("layer", "all")
    default_title = _with_span(
        f"Actor network: {LAYER_TITLES.get(layer, layer)}", graph.graph.get("date_span", "")
    )
    title = title or default_title
    if ax is None:
        n_nodes = graph.number_of_nodes()
        figure = _figure(8, 6.5) if n_nodes > 8 else _figure(7, 5.5)
        ax = figure.add_subplot()
    else:
        figure = ax.figure
    ax.set_axis_off()
    ax.set_title(title, fontsize=11)
    if graph.number_of_nodes() == 0:
        ax.text(0.5, 0.5, "No interactions match the selection", ha="center", va="center",
                transform=ax.transAxes, color="#555555")
        return figure

    positions = _layout(graph, seed)
    nodes = list(graph.nodes)
    mentions = [int(graph.nodes[node].get("n_mentions", 0) or 0) for node in nodes]
    if not any(mentions):  # no actor table: size by weighted degree instead
        mentions = [int(graph.degree(node, weight="weight")) for node in nodes]
    largest = max(max(mentions), 1)
    sizes = [120 + 1300 * math.sqrt(value / largest) for value in mentions]
    countries = [str(graph.nodes[node].get("country", "") or "") for node in nodes]
    colours = category_colours(countries)

    weights = {(a, b): float(data.get("weight", 1)) for a, b, data in graph.edges(data=True)}
    heaviest = max(weights.values(), default=1.0)
    for (a, b), weight in sorted(weights.items(), key=lambda item: item[1]):
        typed = graph.edges[a, b].get("weight_typed", 0)
        (xa, ya), (xb, yb) = positions[a], positions[b]
        ax.plot(
            [xa, xb], [ya, yb], color=TYPED_EDGE_COLOUR if typed else COOCCURRENCE_EDGE_COLOUR,
            linewidth=0.8 + 6 * weight / heaviest, solid_capstyle="round", zorder=1,
            gid=f"edge:{a}|{b}",
        )
    xs = [positions[node][0] for node in nodes]
    ys = [positions[node][1] for node in nodes]
    ax.scatter(xs, ys, s=sizes, c=[colours[country] for country in countries],
               edgecolors="white", linewidths=1.2, zorder=2, gid="nodes")

    # Labels sit beside their node, on the side away from the drawing's centre, in order of
    # importance so that the most mentioned actors keep their place when labels collide.
    centre_x, centre_y = sum(xs) / len(xs), sum(ys) / len(ys)
    order = sorted(range(len(nodes)), key=lambda i: (-mentions[i], nodes[i]))
    labels = []
    for i in order:
        dx, dy = xs[i] - centre_x, ys[i] - centre_y
        norm = math.hypot(dx, dy) or 1.0
        dx, dy = dx / norm, dy / norm
        radius = math.sqrt(sizes[i]) / 2 + 3  # points
        labels.append(ax.annotate(
            str(nodes[i]), (xs[i], ys[i]), xytext=(dx * radius, dy * radius),
            textcoords="offset points", fontsize=FONT_SIZE_LABEL,
            ha="left" if dx > 0.35 else "right" if dx < -0.35 else "center",
            va="bottom" if dy > 0.35 else "top" if dy < -0.35 else "center",
            bbox={"boxstyle": "round,pad=0.15", "facecolor": "white", "edgecolor": "none",
                  "alpha": 0.75},
            zorder=3, gid=f"label:{nodes[i]}",
        ))
    ax.margins(0.18)
    _declutter(labels)

    legend_countries = sorted(set(countries) - {""})
    handles = [Line2D([], [], marker="o", linestyle="none", markersize=8,
                      markerfacecolor=colours[country], markeredgecolor="white", label=country)
               for country in legend_countries]
    if "" in countries:
        handles.append(Line2D([], [], marker="o", linestyle="none", markersize=8,
                              markerfacecolor=UNKNOWN_COLOUR, markeredgecolor="white",
                              label="unknown"))
    handles += [
        Line2D([], [], color=TYPED_EDGE_COLOUR, linewidth=2.5, label="typed interaction"),
        Line2D([], [], color=COOCCURRENCE_EDGE_COLOUR, linewidth=2.5, label="co-occurrence only"),
    ]
    ax.legend(handles=handles, title="Country · edges", fontsize=FONT_SIZE_LABEL,
              title_fontsize=FONT_SIZE_LABEL, frameon=False, loc="upper center",
              bbox_to_anchor=(0.5, 0.0), ncols=min(len(handles), 4))
    ax.text(0.0, 1.0, "node size: mentions · edge width: interactions", transform=ax.transAxes,
            fontsize=7, color="#555555", va="bottom")
    return figure


# ---------------------------------------------------------------------------------------------
# Meeting timeline
# ---------------------------------------------------------------------------------------------

def _meeting_label(row: pd.Series) -> str:
    place = str(row["place"]) if isinstance(row.get("place"), str) and row["place"] else ""
    start, end = row["date_start"], row["date_end"]
    when = start.strftime("%-d %b") if start == end else (
        f"week of {start.strftime('%-d %b')}" if (end - start).days == 6
        else f"{start.strftime('%-d %b')}–{end.strftime('%-d %b')}"
    )
    n_sources = row.get("n_sources")
    sources = ""
    if n_sources is not None and not pd.isna(n_sources):
        sources = f" ({int(n_sources)} source{'s' if int(n_sources) != 1 else ''})"
    return f"{place + ', ' if place else ''}{when}{sources}"


def _undated_lines(undated: pd.DataFrame) -> list[str]:
    lines = []
    for _, row in undated.iterrows():
        kind = KIND_NAMES.get(str(row.get("kind", "")), str(row.get("kind", "")) or "meeting")
        status = str(row.get("status", "") or "")
        place = row.get("place")
        where = f" in {place}" if isinstance(place, str) and place else ""
        who = " – ".join(participants(row["participants"])) or "unknown participants"
        text = f"{who}: {kind}{where}{', ' + status if status else ''}"
        lines.append(textwrap.fill(text, width=34, initial_indent="• ", subsequent_indent="  "))
    return lines


def plot_meeting_timeline(timeline: pd.DataFrame, *, title: str | None = None) -> Figure:
    """The meetings on a date axis, one row per group of participants.

    Held meetings are filled blue markers, planned ones hollow orange; the marker's shape
    tells in-person meetings (circle) from phone (diamond) and video calls (square). A meeting
    dated to a week or a month is drawn as a bar over that period. Each marker is labelled
    with the place, the date and the number of sources; undated meetings are listed in a box
    beside the axis.

    Args:
        timeline: a table from `meeting_timeline` (or the meetings table itself).
        title: the title; by default it says what is shown and over which dates.

    Returns:
        The Figure.
    """
    require_columns(timeline, ["meeting_id", "date", "participants"], "meetings")
    rows = timeline.copy()
    if "date_start" not in rows or "date_end" not in rows:
        rows["date_start"], rows["date_end"] = period_columns(rows["date"])
    dated = rows[rows["date_start"].notna()].sort_values(["date_start", "date_end"], kind="stable")
    undated = rows[rows["date_start"].isna()]
    span = date_span_text(dated["date_start"], dated["date_end"])
    counts = f"{len(dated)} dated, {len(undated)} undated"
    title = title or _with_span(f"Meetings between actors ({counts})", span)
    if rows.empty:
        return _empty_figure("No meetings match the selection", title)

    groups = [" – ".join(participants(cell)) or "unknown participants"
              for cell in dated["participants"]]
    row_names = list(dict.fromkeys(groups))  # in order of each group's first meeting
    height = max(2.8, 0.55 * len(row_names) + 2.0)
    figure = _figure(10 if len(undated) else 8, height)
    if len(undated):
        ax, side = figure.subplots(1, 2, width_ratios=[3.2, 1.1])
        side.set_axis_off()
        side.text(0.0, 1.0, "Undated meetings\n\n" + "\n".join(_undated_lines(undated)),
                  transform=side.transAxes, va="top", ha="left", fontsize=FONT_SIZE_LABEL,
                  bbox={"boxstyle": "round,pad=0.5", "facecolor": "#F2F2F2",
                        "edgecolor": "#BBBBBB"}, gid="undated")
    else:
        ax = figure.add_subplot()
    figure.suptitle(title)
    if dated.empty:
        ax.set_axis_off()
        ax.text(0.5, 0.5, "No dated meetings", ha="center", va="center",
                transform=ax.transAxes, color="#555555")
        return figure

    y_of = {name: len(row_names) - 1 - i for i, name in enumerate(row_names)}
    labels = []
    one_day = pd.Timedelta(days=1)
    for group, (_, row) in zip(groups, dated.iterrows(), strict=True):
        y = y_of[group]
        status = str(row.get("status", "") or "held")
        kind = str(row.get("kind", "") or "in_person")
        colour = STATUS_COLOURS.get(status, UNKNOWN_COLOUR)
        start, end = row["date_start"], row["date_end"]
        if end > start:  # a week or a month: show the whole period
            ax.plot([start, end + one_day], [y, y], color=colour, alpha=0.35, linewidth=7,
                    solid_capstyle="butt", zorder=1)
            x = start + (end + one_day - start) / 2
        else:
            x = start
        ax.plot([x], [y], linestyle="none", marker=KIND_MARKERS.get(kind, "o"), markersize=10,
                markeredgewidth=2, markeredgecolor=colour,
                markerfacecolor=colour if status == "held" else "white", zorder=3,
                gid=f"meeting:{row['meeting_id']}")
        labels.append(ax.annotate(
            _meeting_label(row), (x, y), xytext=(9, 0), textcoords="offset points",
            va="center", ha="left", fontsize=FONT_SIZE_LABEL, zorder=4,
            gid=f"meeting-label:{row['meeting_id']}",
        ))

    first, last = dated["date_start"].min(), dated["date_end"].max() + one_day
    days = max((last - first).days, 1)
    # Room on the right for the label of the last meeting.
    ax.set_xlim(first - pd.Timedelta(days=max(1.0, days * 0.06)),
                last + pd.Timedelta(days=max(3.0, days * 0.35)))
    ax.set_ylim(-0.7, len(row_names) - 0.3)
    ax.set_yticks(list(y_of.values()), labels=list(y_of.keys()))
    ax.xaxis.set_major_locator(mdates.AutoDateLocator(minticks=3, maxticks=8))
    ax.xaxis.set_major_formatter(mdates.DateFormatter("%-d %b\n%Y"))
    ax.grid(axis="x", color="#E5E5E5", linewidth=0.8)
    ax.set_axisbelow(True)
    ax.set_xlabel("Date of the meeting")
    ax.set_ylabel("Participants")
    ax.spines[["top", "right"]].set_visible(False)

    figure.canvas.draw() if hasattr(figure.canvas, "draw") else None
    markers = [line.get_window_extent(_renderer(figure)) for line in ax.lines
               if (line.get_gid() or "").startswith("meeting:")]
    _declutter(labels, markers)

    handles = [
        Line2D([], [], linestyle="none", marker="o", markersize=8, markeredgewidth=2,
               markeredgecolor=STATUS_COLOURS["held"], markerfacecolor=STATUS_COLOURS["held"],
               label="held"),
        Line2D([], [], linestyle="none", marker="o", markersize=8, markeredgewidth=2,
               markeredgecolor=STATUS_COLOURS["planned"], markerfacecolor="white",
               label="planned"),
    ]
    for kind in ("phone", "video"):
        if (dated.get("kind") == kind).any():
            handles.append(Line2D([], [], linestyle="none", marker=KIND_MARKERS[kind],
                                  markersize=8, markeredgecolor="#555555",
                                  markerfacecolor="#555555", label=KIND_NAMES[kind]))
    ax.legend(handles=handles, fontsize=FONT_SIZE_LABEL, frameon=False, loc="upper center",
              bbox_to_anchor=(0.5, -0.28), ncols=len(handles))
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
    fig.savefig(png, format="png", dpi=FIGURE_DPI, metadata={"Software": None},
                facecolor="white")
    data.to_csv(csv, index=False, lineterminator="\n")
    written = [png, csv]
    if svg:
        svg_path = Path(f"{stem}.svg")
        with mpl.rc_context({"svg.hashsalt": SVG_HASHSALT}):
            fig.savefig(svg_path, format="svg", metadata={"Date": None, "Creator": None},
                        facecolor="white")
        written.append(svg_path)
    return written
