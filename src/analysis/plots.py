"""Figures for the four notebooks, as matplotlib `Figure` objects.

Every function takes a table (or a graph) from the analysis stages and returns a new Figure;
none calls `pyplot`, so nothing is shown or kept open behind the caller's back (display it by
returning it from a notebook cell, where importing this module makes Figures show as PNGs; save
it with `save_figure`). Colours come from the
Okabe-Ito palette, which stays distinguishable under the common colour-vision deficiencies,
and every encoding that matters is doubled by a shape, a fill or a label.
"""

from __future__ import annotations

import io
import math
import textwrap
from collections.abc import Iterable
from dataclasses import dataclass, field
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
from matplotlib.text import Annotation, Text
from matplotlib.ticker import FuncFormatter, MaxNLocator
from matplotlib.transforms import Bbox

from analysis.frequency import (
    UNKNOWN_OUTLET,
    articles_per_day,
    date_span_text,
    period_columns,
    require_columns,
    resolution_methods,
    text_column,
)
from analysis.layout import (
    POINTS_PER_UNIT,
    network_extent,
    network_layout,
    node_label_spots,
    place_labels,
)
from analysis.timeline import split_joined

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
# Dots per inch of the figures shown in a notebook.
SCREEN_DPI = 100
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


def _renderer(figure: Figure):  # the renderer's class depends on the backend
    get_renderer = getattr(figure.canvas, "get_renderer", None)
    return get_renderer() if get_renderer is not None else figure._get_renderer()


def _empty_figure(message: str, title: str) -> Figure:
    figure = _figure(6, 2.5)
    ax = figure.add_subplot()
    ax.set_axis_off()
    ax.set_title(title)
    ax.text(0.5, 0.5, message, ha="center", va="center", transform=ax.transAxes, color="#555555")
    return figure


def _format_date_axis(ax: Axes, first: pd.Timestamp, last: pd.Timestamp, label: str) -> None:
    """Date ticks as "14 Sep"; the year goes into the axis label when the data span one year,
    and into a tick's own label when that tick lies in another year (padding past New Year)."""
    ax.xaxis.set_major_locator(mdates.AutoDateLocator(minticks=3, maxticks=8))
    one_year = first.year == last.year
    day_format = "%b" if (last - first).days > 180 else "%d %b"

    def tick(value: float, _position: int | None = None) -> str:
        day = mdates.num2date(value)
        return day.strftime(day_format if one_year and day.year == first.year
                            else f"{day_format} %Y")

    ax.xaxis.set_major_formatter(FuncFormatter(tick))
    ax.set_xlabel(f"{label} ({first.year})" if one_year else label)


def _with_span(text: str, span: str) -> str:
    return f"{text}, {span}" if span else text


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
    colours = category_colours(name for name in table.columns if name != UNKNOWN_OUTLET)
    colours[UNKNOWN_OUTLET] = UNKNOWN_COLOUR
    figure = _figure(7.5, 3.6)
    ax = figure.add_subplot()
    bottom = pd.Series(0, index=table.index)
    for outlet in table.columns:
        ax.bar(table.index, table[outlet], bottom=bottom, width=0.8, label=outlet,
               color=colours[outlet], edgecolor="white", linewidth=0.5)
        bottom += table[outlet]
    pad = pd.Timedelta(days=1)
    ax.set_xlim(table.index.min() - pad, table.index.max() + pad)
    _format_date_axis(ax, table.index.min(), table.index.max(), "Publication date")
    ax.yaxis.set_major_locator(MaxNLocator(integer=True))
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
    bars = ax.bar(counts["method"], counts["n_mentions"], color=OKABE_ITO["blue"], width=0.65)
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

# Node disc areas in points²: the most mentioned actor gets the biggest disc; with many nodes
# the discs shrink so that a crowded component stays readable.
NODE_AREA_MIN = 100
NODE_AREA_EXTRA = {"few": 1300, "many": 800}
MANY_NODES = 12


def _node_mentions(graph: nx.Graph) -> dict:
    """Mentions per node, or weighted degree when the graph has no mention counts."""
    mentions = {node: int(graph.nodes[node].get("n_mentions", 0) or 0) for node in graph}
    if not any(mentions.values()):
        mentions = {node: int(graph.degree(node, weight="weight")) for node in graph}
    return mentions


def _node_radii(mentions: dict, largest: int, n_nodes: int) -> dict:
    """Disc radius in points per node, from its mentions."""
    extra = NODE_AREA_EXTRA["many" if n_nodes > MANY_NODES else "few"]
    return {node: math.sqrt(NODE_AREA_MIN + extra * math.sqrt(value / max(largest, 1))) / 2
            for node, value in mentions.items()}


# Room around the drawing, in inches: labels beside the outermost nodes; title and legend.
NETWORK_MARGIN_WIDTH = 2.4
NETWORK_MARGIN_HEIGHT = 2.2


def _panel_size(extent: tuple[float, float, float, float] | None) -> tuple[float, float]:
    """Inches for one network panel at `POINTS_PER_UNIT` points per layout unit."""
    if extent is None:
        return 6.0, 3.0
    x0, y0, x1, y1 = extent
    width = (x1 - x0) * POINTS_PER_UNIT / 72 + NETWORK_MARGIN_WIDTH
    height = (y1 - y0) * POINTS_PER_UNIT / 72 + NETWORK_MARGIN_HEIGHT
    return max(width, 5.5), max(height, 4.5)


def _shrink_to_fit(sizes: list[tuple[float, float]], max_width: float, max_height: float) -> float:
    """The factor (at most 1) that fits panels side by side within the figure bounds; node
    discs shrink by the same factor so that they keep their place between their neighbours."""
    width = sum(size[0] for size in sizes)
    height = max(size[1] for size in sizes)
    return min(1.0, max_width / width, max_height / height)


@dataclass
class _NetworkDrawing:
    """One network drawn on one Axes, with its labels still to be placed."""

    ax: Axes
    labels: list[Annotation] = field(default_factory=list)
    anchors: list[tuple[float, float]] = field(default_factory=list)  # data coordinates
    radii: list[float] = field(default_factory=list)  # node radius in points
    handles: list = field(default_factory=list)  # legend entries

    def place_labels(self) -> None:
        """Put every label beside its node (after the layout, when pixels are final)."""
        if not self.labels:
            return
        ax, figure = self.ax, self.ax.figure
        xs = [x for x, _ in self.anchors]
        ys = [y for _, y in self.anchors]
        centre = (sum(xs) / len(xs), sum(ys) / len(ys))
        to_pixels = figure.dpi / 72.0
        obstacles = []
        for i, (anchor, radius) in enumerate(zip(self.anchors, self.radii, strict=True)):
            x, y = ax.transData.transform(anchor)
            r = (radius + 1) * to_pixels
            obstacles.append((Bbox.from_extents(x - r, y - r, x + r, y + r), i))
        spots = [node_label_spots(anchor, centre, radius)
                 for anchor, radius in zip(self.anchors, self.radii, strict=True)]
        place_labels(self.labels, spots, obstacles, ax.bbox, _renderer(figure))
        for label, radius in zip(self.labels, self.radii, strict=True):
            # A leader line only for a label that had to move away from its node.
            label.arrow_patch.set_visible(math.hypot(*label.xyann) > radius + 6)


def _draw_network(
    ax: Axes,
    graph: nx.Graph,
    title: str,
    positions: dict,
    radii: dict,
    colours: dict[str, str],
) -> _NetworkDrawing:
    """Draw the edges, nodes and (not yet placed) labels of `graph` on `ax`.

    `positions` and `radii` may hold more nodes than `graph` (panels sharing one layout):
    the axes' limits cover all of them so that the panels share a scale.
    """
    drawing = _NetworkDrawing(ax)
    ax.set_axis_off()
    # Wrapped to the panel: a title wider than its figure would be cut off at both ends.
    panel_inches = ax.get_position().width * ax.figure.get_figwidth()
    ax.set_title(textwrap.fill(title, width=max(int(panel_inches * 72 / (11 * 0.55)), 20)),
                 fontsize=11)
    if graph.number_of_nodes() == 0:
        ax.text(0.5, 0.5, "No interactions match the selection", ha="center", va="center",
                transform=ax.transAxes, color="#555555")
        return drawing

    nodes = list(graph.nodes)
    countries = [str(graph.nodes[node].get("country", "") or "") for node in nodes]
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
    ax.scatter(xs, ys, s=[(2 * radii[node]) ** 2 for node in nodes],
               c=[colours.get(country, UNKNOWN_COLOUR) for country in countries],
               edgecolors="white", linewidths=1.2, zorder=2, gid="nodes")
    x0, y0, x1, y1 = network_extent(positions, radii)
    pad = 0.25
    ax.update_datalim([(x0 - pad, y0 - pad), (x1 + pad, y1 + pad)])
    ax.margins(0)
    ax.autoscale_view()
    ax.set_aspect("equal", adjustable="datalim")  # the layout's distances, undistorted

    mentions = _node_mentions(graph)
    # Most mentioned first: they get the best spots when labels compete.
    for i in sorted(range(len(nodes)), key=lambda i: (-mentions[nodes[i]], nodes[i])):
        radius = radii[nodes[i]]
        label = ax.annotate(
            str(nodes[i]), (xs[i], ys[i]), xytext=(0, radius + 2), textcoords="offset points",
            ha="center", va="bottom", fontsize=FONT_SIZE_LABEL, zorder=3,
            gid=f"label:{nodes[i]}",
            bbox={"boxstyle": "round,pad=0.15", "facecolor": "white", "edgecolor": "none",
                  "alpha": 0.8},
            arrowprops={"arrowstyle": "-", "color": "#777777", "linewidth": 0.6,
                        "shrinkA": 0, "shrinkB": radius + 1},
        )
        label.set_in_layout(False)  # placed inside the axes later; must not squeeze the layout
        drawing.labels.append(label)
        drawing.anchors.append((xs[i], ys[i]))
        drawing.radii.append(radius)

    drawing.handles = [
        Line2D([], [], marker="o", linestyle="none", markersize=8,
               markerfacecolor=colours.get(country, UNKNOWN_COLOUR), markeredgecolor="white",
               label=country or "unknown")
        for country in sorted(set(countries), key=lambda c: (c == "", c))
    ]
    return drawing


def _edge_handles() -> list[Line2D]:
    return [
        Line2D([], [], color=TYPED_EDGE_COLOUR, linewidth=2.5, label="typed interaction"),
        Line2D([], [], color=COOCCURRENCE_EDGE_COLOUR, linewidth=2.5, label="co-occurrence only"),
    ]


NETWORK_LEGEND_TITLE = "Node colour: country · size: mentions · edge width: interactions"


def _network_title(graph: nx.Graph) -> str:
    layer = graph.graph.get("layer", "all")
    return _with_span(
        f"Actor network: {LAYER_TITLES.get(layer, layer)}", graph.graph.get("date_span", "")
    )


def plot_network(
    graph: nx.Graph,
    *,
    title: str | None = None,
    seed: int = 7,
    ax: Axes | None = None,
    country_colours: dict[str, str] | None = None,
) -> Figure:
    """Draw the actor network: node size by mentions, colour by country, edge width by weight.

    Args:
        graph: a graph from `build_network` (node attributes `country`, `n_mentions`; edge
            attributes `weight`, `weight_typed`).
        title: the title; by default it names the layer and the dates (`graph.graph`).
        seed: the layout seed; the same graph and seed give the same picture.
        ax: draw into these axes; a new Figure (sized to the network) otherwise. Labels are
            placed for the axes' layout at the time of the call; for layers side by side,
            `plot_network_layers` lays out first and gives the panels the same node positions.
        country_colours: `{country: colour}`; pass `category_colours(actors["country"])` to
            keep each country's colour across figures of different selections. By default the
            countries in `graph` get `category_colours`.

    Returns:
        The Figure holding the drawing. Each connected component is laid out on its own (the
        largest in the main area); edges with at least one typed interaction are dark,
        co-occurrence-only edges light; every node is labelled beside its node, labels do not
        overlap each other or other nodes (a thin leader line joins a label that had to move).
    """
    mentions = _node_mentions(graph)
    radii = _node_radii(mentions, max([*mentions.values(), 1]), graph.number_of_nodes())
    positions = network_layout(graph, seed=seed, radii=radii)
    own_figure = ax is None
    if ax is None:
        size = _panel_size(network_extent(positions, radii) if positions else None)
        scale = _shrink_to_fit([size], 12.0, 10.0)
        radii = {node: radius * scale for node, radius in radii.items()}
        figure = _figure(size[0] * scale, size[1] * scale)
        ax = figure.add_subplot()
    else:
        figure = ax.figure
    if country_colours is None:
        country_colours = category_colours(
            graph.nodes[node].get("country", "") or "" for node in graph)
    drawing = _draw_network(ax, graph, title or _network_title(graph), positions, radii,
                            country_colours)
    if drawing.labels:
        ax.legend(handles=[*drawing.handles, *_edge_handles()], title=NETWORK_LEGEND_TITLE,
                  fontsize=FONT_SIZE_LABEL, title_fontsize=FONT_SIZE_LABEL, frameon=False,
                  loc="upper center", bbox_to_anchor=(0.5, 0.0),
                  ncols=min(len(drawing.handles) + 2, 5))
    _finish_networks(figure, [drawing], own_figure=own_figure)
    return figure


def plot_network_layers(
    graphs: list[nx.Graph],
    *,
    titles: list[str] | None = None,
    seed: int = 7,
    country_colours: dict[str, str] | None = None,
) -> Figure:
    """Draw several networks side by side (e.g. the co-occurrence and the typed layer).

    Each panel has its own layout (a small typed layer stays readable instead of being lost in
    the co-occurrence layer's positions); node sizes and country colours share one scale, so
    the panels compare.

    Args:
        graphs: graphs from `build_network` (one panel each, left to right).
        titles: one title per panel; by default each names its layer and dates.
        seed: the layout seed of every panel.
        country_colours: `{country: colour}`, as in `plot_network`; by default from the
            countries of all panels.

    Returns:
        The Figure, with one legend for all panels.

    Raises:
        ValueError: `graphs` is empty, or `titles` does not match it in length.
    """
    if not graphs:
        raise ValueError("graphs=[] is empty; expected at least one graph")
    if titles is not None and len(titles) != len(graphs):
        raise ValueError(f"titles has {len(titles)} entries for {len(graphs)} graphs")
    # One size scale and one colour per country across the panels, so they compare.
    mentions = {node: count for graph in graphs for node, count in _node_mentions(graph).items()}
    largest = max([*mentions.values(), 1])
    colours = country_colours or category_colours(
        graph.nodes[node].get("country", "") or "" for graph in graphs for node in graph
    )
    panels = []
    for graph in graphs:
        radii = _node_radii(_node_mentions(graph), largest, graph.number_of_nodes())
        positions = network_layout(graph, seed=seed, radii=radii)
        size = _panel_size(network_extent(positions, radii) if positions else None)
        panels.append((graph, positions, radii, size))
    sizes = [size for *_, size in panels]
    scale = _shrink_to_fit(sizes, 16.0, 10.0)
    figure = _figure(sum(w for w, _ in sizes) * scale, max(h for _, h in sizes) * scale)
    axes = figure.subplots(1, len(graphs), squeeze=False, width_ratios=[w for w, _ in sizes])[0]
    drawings = [
        _draw_network(ax, graph, titles[i] if titles else _network_title(graph), positions,
                      {node: radius * scale for node, radius in radii.items()}, colours)
        for i, (ax, (graph, positions, radii, _)) in enumerate(zip(axes, panels, strict=True))
    ]
    if any(graph.number_of_nodes() for graph in graphs):
        handles = {handle.get_label(): handle for d in drawings for handle in d.handles}
        ordered = [handles[name] for name in sorted(handles, key=lambda c: (c == "unknown", c))]
        figure.legend(handles=[*ordered, *_edge_handles()], title=NETWORK_LEGEND_TITLE,
                      fontsize=FONT_SIZE_LABEL, title_fontsize=FONT_SIZE_LABEL, frameon=False,
                      loc="outside lower center", ncols=min(len(ordered) + 2, 8))
    _finish_networks(figure, drawings, own_figure=True)
    return figure


def _finish_networks(
    figure: Figure, drawings: list[_NetworkDrawing], *, own_figure: bool
) -> None:
    figure.draw_without_rendering()  # run the layout so that display coordinates are final
    for drawing in drawings:
        drawing.place_labels()
    if own_figure:
        figure.set_layout_engine("none")  # keep the layout the labels were placed in


# ---------------------------------------------------------------------------------------------
# Meeting timeline
# ---------------------------------------------------------------------------------------------

def _day_month(day: pd.Timestamp) -> str:
    return f"{day.day} {day:%b}"  # "3 Sep": no zero padding, on every platform


def _meeting_label(row: pd.Series) -> str:
    place = str(row["place"]) if isinstance(row.get("place"), str) and row["place"] else ""
    start, end = row["date_start"], row["date_end"]
    when = _day_month(start) if start == end else (
        f"week of {_day_month(start)}" if (end - start).days == 6
        else f"{_day_month(start)}–{_day_month(end)}"
    )
    n_sources = row.get("n_sources")
    sources = ""
    if n_sources is not None and not pd.isna(n_sources):
        sources = f" ({int(n_sources)} source{'s' if int(n_sources) != 1 else ''})"
    return f"{place + ', ' if place else ''}{when}{sources}"


def _undated_lines(undated: pd.DataFrame, width: int = 34) -> list[str]:
    lines = []
    for _, row in undated.iterrows():
        kind = KIND_NAMES.get(str(row.get("kind", "")), str(row.get("kind", "")) or "meeting")
        status = str(row.get("status", "") or "")
        place = row.get("place")
        where = f" in {place}" if isinstance(place, str) and place else ""
        who = " – ".join(split_joined(row["participants"])) or "unknown participants"
        text = f"{who}: {kind}{where}{', ' + status if status else ''}"
        lines.append(textwrap.fill(text, width=width, initial_indent="• ", subsequent_indent="  "))
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

    # One row per set of participants, whatever order a source named them in.
    groups = [" – ".join(sorted(set(split_joined(cell)))) or "unknown participants"
              for cell in dated["participants"]]
    row_names = list(dict.fromkeys(groups))  # in order of each group's first meeting
    undated_lines = sum(len(line.splitlines()) for line in _undated_lines(undated)) + 2
    height = max(2.8, 0.55 * len(row_names) + 2.0, 0.16 * undated_lines + 1.2)
    figure = _figure(10 if len(undated) else 8, height)
    side_note = None
    if len(undated):
        ax, side = figure.subplots(1, 2, width_ratios=[3.0, 1.1])
        side.set_axis_off()
        side_note = side.text(
            0.02, 1.0, "", transform=side.transAxes, va="top", ha="left",
            fontsize=FONT_SIZE_LABEL, gid="undated",
            bbox={"boxstyle": "round,pad=0.5", "facecolor": "#F2F2F2", "edgecolor": "#BBBBBB"},
        )
        side_note.set_in_layout(False)  # wrapped to the panel below, not the other way round
    else:
        ax = figure.add_subplot()
    figure.suptitle(title)
    if dated.empty:
        ax.set_axis_off()
        ax.text(0.5, 0.5, "No dated meetings", ha="center", va="center",
                transform=ax.transAxes, color="#555555")
        if side_note is not None:
            figure.draw_without_rendering()
            _fill_undated_note(side_note, undated)
            figure.set_layout_engine("none")
        return figure

    y_of = {name: len(row_names) - 1 - i for i, name in enumerate(row_names)}
    labels: list[Text] = []
    markers: list[Line2D] = []
    periods: list[Line2D] = []
    label_ends = []  # where each label's marker (or its period bar) ends, on the date axis
    one_day = pd.Timedelta(days=1)
    for group, (_, row) in zip(groups, dated.iterrows(), strict=True):
        y = y_of[group]
        status = str(row.get("status", "") or "held")
        kind = str(row.get("kind", "") or "in_person")
        colour = STATUS_COLOURS.get(status, UNKNOWN_COLOUR)
        start, end = row["date_start"], row["date_end"]
        if end > start:  # a week or a month: show the whole period
            periods += ax.plot([start, end + one_day], [y, y], color=colour, alpha=0.35,
                               linewidth=7, solid_capstyle="butt", zorder=1)
            x = start + (end + one_day - start) / 2
            label_ends.append(end + one_day)
        else:
            x = start
            label_ends.append(start)
        markers += ax.plot(
            [x], [y], linestyle="none", marker=KIND_MARKERS.get(kind, "o"), markersize=10,
            markeredgewidth=2, markeredgecolor=colour,
            markerfacecolor=colour if status == "held" else "white", zorder=3,
            gid=f"meeting:{row['meeting_id']}",
        )
        labels.append(ax.annotate(
            _meeting_label(row), (x, y), xytext=(9, 0), textcoords="offset points",
            va="center", ha="left", fontsize=FONT_SIZE_LABEL, zorder=4,
            gid=f"meeting-label:{row['meeting_id']}",
        ))

    first, last = dated["date_start"].min(), dated["date_end"].max() + one_day
    days = max((last - first).days, 1)
    pad = pd.Timedelta(days=max(1.0, days * 0.06))
    ax.set_xlim(first - pad, last + pad)
    ax.set_ylim(-0.7, len(row_names) - 0.3)
    ax.set_yticks(list(y_of.values()), labels=list(y_of.keys()))
    _format_date_axis(ax, first, last, "Date of the meeting")
    ax.grid(axis="x", color="#E5E5E5", linewidth=0.8)
    ax.set_axisbelow(True)
    ax.set_ylabel("Participants")
    ax.spines[["top", "right"]].set_visible(False)

    handles = [
        Line2D([], [], linestyle="none", marker="o", markersize=8, markeredgewidth=2,
               markeredgecolor=STATUS_COLOURS["held"], markerfacecolor=STATUS_COLOURS["held"],
               label="held"),
        Line2D([], [], linestyle="none", marker="o", markersize=8, markeredgewidth=2,
               markeredgecolor=STATUS_COLOURS["planned"], markerfacecolor="white",
               label="planned"),
    ]
    if (dated["date_end"] > dated["date_start"]).any():
        handles.append(Line2D([], [], color="#555555", alpha=0.35, linewidth=7,
                              solid_capstyle="butt", label="dated to a week or month"))
    for kind in ("phone", "video"):
        if (dated.get("kind") == kind).any():
            handles.append(Line2D([], [], linestyle="none", marker=KIND_MARKERS[kind],
                                  markersize=8, markeredgecolor="#555555",
                                  markerfacecolor="#555555", label=KIND_NAMES[kind]))
    figure.legend(handles=handles, fontsize=FONT_SIZE_LABEL, frameon=False,
                  loc="outside lower center", ncols=len(handles))

    for label in labels:  # placed inside the axes below; they must not squeeze the layout
        label.set_in_layout(False)
    figure.draw_without_rendering()  # the layout, so that display coordinates are final
    renderer = _renderer(figure)
    _widen_for_labels(
        ax, [mdates.date2num(end) for end in label_ends],
        [label.get_window_extent(renderer).width for label in labels],
    )
    if side_note is not None:
        _fill_undated_note(side_note, undated)
    # Markers (with a little clearance, so that a label never starts right at another
    # meeting's marker and seems to belong to it) and period bars are obstacles.
    clearance = 4 * figure.dpi / 72
    obstacles = [(line.get_window_extent(renderer).padded(clearance), i)
                 for i, line in enumerate(markers)]
    obstacles += [(line.get_window_extent(renderer), None) for line in periods]
    points_per_pixel = 72 / figure.dpi
    spots = []
    for label, end in zip(labels, label_ends, strict=True):
        marker_px = ax.transData.transform((mdates.date2num(label.xy[0]), 0))[0]
        end_px = ax.transData.transform((mdates.date2num(end), 0))[0]
        beside = (end_px - marker_px) * points_per_pixel + 9  # right of the marker or its bar
        # Right of it first, then above or below the marker, then on its left.
        spots.append([
            (beside, 0, "left", "center"), (0, 10, "center", "bottom"),
            (0, -10, "center", "top"), (-beside, 0, "right", "center"),
            (-4, 10, "left", "bottom"), (-4, -10, "left", "top"),
            (4, 10, "right", "bottom"), (4, -10, "right", "top"),
            (0, 21, "center", "bottom"), (0, -21, "center", "top"),
            (-4, 21, "left", "bottom"), (-4, -21, "left", "top"),
            (4, 21, "right", "bottom"), (4, -21, "right", "top"),
        ])
    place_labels(labels, spots, obstacles, ax.bbox, renderer)
    figure.set_layout_engine("none")  # keep the layout the labels were placed in
    return figure


def _widen_for_labels(ax: Axes, ends: list[float], widths: list[float]) -> None:
    """Stretch the date axis to the right just enough for every label to fit right of its
    marker or period bar (labels keep their size in pixels while the dates get closer).

    Args:
        ax: the timeline's axes (after the layout).
        ends: where each label starts, as a matplotlib date number.
        widths: each label's width in pixels.
    """
    left, right = ax.get_xlim()
    width = ax.bbox.width
    needed = right
    offset = 9 * ax.figure.dpi / 72  # the labels' offset from their marker
    for end, label_width in zip(ends, widths, strict=True):
        room = width - (label_width + offset) * 1.06 - 4  # pixels left for the dates
        if room > width * 0.2:  # a label wider than the axis cannot be helped
            needed = max(needed, left + (end - left) * width / room)
    if needed > right:
        ax.set_xlim(left, needed)


def _fill_undated_note(note: Text, undated: pd.DataFrame) -> None:
    """Write the list of undated meetings into `note`, wrapped to the width of its panel."""
    renderer = _renderer(note.figure)
    note.set_text("x" * 40)
    per_char = note.get_window_extent(renderer).width / 40
    width = note.axes.bbox.width * 0.98 - 2 * 0.5 * FONT_SIZE_LABEL * note.figure.dpi / 72
    characters = max(int(width / per_char), 16)
    note.set_text("Undated meetings\n\n" + "\n".join(_undated_lines(undated, characters)))


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
