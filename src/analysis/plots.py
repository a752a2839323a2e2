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
from matplotlib.text import Text
from matplotlib.ticker import MaxNLocator
from matplotlib.transforms import Bbox

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
    """Date ticks as "14 Sep" (the year goes into the axis label when there is one year)."""
    locator = mdates.AutoDateLocator(minticks=3, maxticks=8)
    ax.xaxis.set_major_locator(locator)
    one_year = first.year == last.year
    if (last - first).days > 180:
        ax.xaxis.set_major_formatter(mdates.DateFormatter("%b" if one_year else "%b %Y"))
    else:
        ax.xaxis.set_major_formatter(mdates.DateFormatter("%d %b" if one_year else "%d %b %Y"))
    ax.set_xlabel(f"{label} ({first.year})" if one_year else label)


def _with_span(text: str, span: str) -> str:
    return f"{text}, {span}" if span else text


# A label position: offset from its anchor in points, and the text's alignment there.
LabelSpot = tuple[float, float, str, str]


def _overlap_area(box: Bbox, other: Bbox) -> float:
    width = min(box.x1, other.x1) - max(box.x0, other.x0)
    height = min(box.y1, other.y1) - max(box.y0, other.y0)
    return width * height if width > 0 and height > 0 else 0.0


def _place_labels(
    texts: list[Text],
    spots: list[list[LabelSpot]],
    obstacles: list[tuple[Bbox, int | None]],
    bounds: Bbox,
) -> None:
    """Put each label on the first of its candidate spots where it collides with nothing.

    Greedy and deterministic (no adjustText here): labels are placed in the order given, so
    pass the most important first. A spot collides when the label's box overlaps a label
    already placed, an obstacle owned by another label (`(box, index)`; index None: everyone's)
    or leaves `bounds` (display pixels). When every spot collides, the one with the least
    overlapping area wins.
    """
    if not texts:
        return
    renderer = _renderer(texts[0].figure)
    placed: list[Bbox] = []
    for i, (text, candidates) in enumerate(zip(texts, spots, strict=True)):
        blockers = [box for box, owner in obstacles if owner != i]
        best, best_cost = candidates[0], math.inf
        for spot in candidates:
            dx, dy, ha, va = spot
            text.xyann = (dx, dy)
            text.set_horizontalalignment(ha)
            text.set_verticalalignment(va)
            box = text.get_window_extent(renderer).expanded(1.04, 1.12)
            outside = box.width * box.height - _overlap_area(box, bounds)
            cost = outside + sum(_overlap_area(box, other) for other in [*placed, *blockers])
            if cost < best_cost:
                best, best_cost = spot, cost
            if cost == 0:
                break
        dx, dy, ha, va = best
        text.xyann = (dx, dy)
        text.set_horizontalalignment(ha)
        text.set_verticalalignment(va)
        placed.append(text.get_window_extent(renderer).expanded(1.04, 1.12))


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

def _layout(graph: nx.Graph, seed: int) -> dict:
    """Node positions: each connected component laid out on its own, then packed.

    A spring layout of a whole graph pushes small components (two actors quoted once) to
    the corners and crushes the main component in the middle; here the largest component
    takes the main area and the others are stacked in columns beside it, each drawn at a size
    that grows with its number of nodes. Weights are log-damped: a pair that co-occurs 40 times
    should sit close, not collapse onto one point.
    """
    damped = nx.Graph()
    damped.add_nodes_from(graph)
    damped.add_weighted_edges_from(
        (a, b, 1.0 + math.log(max(float(data.get("weight", 1)), 1.0)))
        for a, b, data in graph.edges(data=True)
    )
    order = {node: i for i, node in enumerate(graph)}
    components = sorted(
        (sorted(component, key=order.__getitem__) for component in nx.connected_components(damped)),
        key=lambda component: (-len(component), order[component[0]]),
    )
    gap = 0.6
    positions: dict = {}
    column_x, column_top, column_width, cursor_y, column_height = 0.0, 0.0, 0.0, 0.0, 0.0
    for index, component in enumerate(components):
        radius = 0.5 * math.sqrt(len(component))
        local = _component_layout(damped.subgraph(component), seed, radius)
        if index == 0:  # the main component, centred on the origin
            positions.update(local)
            sizes = [(2 * 0.5 * math.sqrt(len(c)) + gap) ** 2 for c in components[1:]]
            column_height = max(2 * radius, math.sqrt(sum(sizes)))
            column_x, column_top = radius + gap, max(radius, column_height / 2)
            cursor_y = column_top
            continue
        if cursor_y - 2 * radius < column_top - column_height - 1e-9 and cursor_y < column_top:
            column_x += column_width + gap  # the column is full: start the next one
            column_width, cursor_y = 0.0, column_top
        centre = (column_x + radius, cursor_y - radius)
        positions.update({node: (centre[0] + x, centre[1] + y) for node, (x, y) in local.items()})
        column_width = max(column_width, 2 * radius)
        cursor_y -= 2 * radius + gap
    return {node: positions[node] for node in graph}


def _component_layout(component: nx.Graph, seed: int, radius: float) -> dict:
    """One connected component laid out within a disc of `radius` around the origin."""
    nodes = list(component)
    if len(nodes) == 1:
        return {nodes[0]: (0.0, 0.0)}
    if len(nodes) == 2:  # side by side reads better than whatever angle the springs give
        return {nodes[0]: (-radius, 0.0), nodes[1]: (radius, 0.0)}
    k = 2.2 / math.sqrt(len(nodes))
    raw = nx.spring_layout(component, seed=seed, weight="weight", k=k, iterations=200)
    centre_x = sum(x for x, _ in raw.values()) / len(raw)
    centre_y = sum(y for _, y in raw.values()) / len(raw)
    extent = max(math.hypot(x - centre_x, y - centre_y) for x, y in raw.values()) or 1.0
    return {node: ((x - centre_x) * radius / extent, (y - centre_y) * radius / extent)
            for node, (x, y) in raw.items()}


def _node_label_spots(
    node: tuple[float, float], centre: tuple[float, float], radius: float
) -> list[LabelSpot]:
    """Candidate label spots around a node (radius in points): eight directions, the one
    pointing away from the drawing's centre first, each at growing distances."""
    preferred = math.atan2(node[1] - centre[1], node[0] - centre[0])
    if node == centre:
        preferred = math.pi / 2
    directions = sorted(
        (math.radians(degrees) for degrees in range(0, 360, 45)),
        key=lambda angle: (abs(math.remainder(angle - preferred, math.tau)), angle),
    )
    spots = []
    for gap in (2, 12, 26, 44, 64, 88):
        for angle in directions:
            cos, sin = math.cos(angle), math.sin(angle)
            spots.append((
                (radius + gap) * cos, (radius + gap) * sin,
                "left" if cos > 0.38 else "right" if cos < -0.38 else "center",
                "bottom" if sin > 0.38 else "top" if sin < -0.38 else "center",
            ))
    return spots


@dataclass
class _NetworkDrawing:
    """One network drawn on one Axes, with its labels still to be placed."""

    ax: Axes
    labels: list[Text] = field(default_factory=list)
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
        spots = [_node_label_spots(anchor, centre, radius)
                 for anchor, radius in zip(self.anchors, self.radii, strict=True)]
        _place_labels(self.labels, spots, obstacles, ax.bbox)
        for label, radius in zip(self.labels, self.radii, strict=True):
            # A leader line only for a label that had to move away from its node.
            moved = math.hypot(*label.xyann) > radius + 6
            label.arrow_patch.set_visible(moved)


def _draw_network(
    ax: Axes,
    graph: nx.Graph,
    title: str,
    positions: dict,
    colours: dict[str, str],
    largest_mentions: int,
) -> _NetworkDrawing:
    """Draw edges, nodes and (unplaced) labels of `graph` on `ax`."""
    drawing = _NetworkDrawing(ax)
    ax.set_axis_off()
    ax.set_title(title, fontsize=11)
    if graph.number_of_nodes() == 0:
        ax.text(0.5, 0.5, "No interactions match the selection", ha="center", va="center",
                transform=ax.transAxes, color="#555555")
        return drawing

    nodes = list(graph.nodes)
    mentions = _node_mentions(graph)
    # Smaller discs when there are many nodes, so that a crowded core stays readable.
    biggest_disc = 1300 if len(positions) <= 12 else 850
    sizes = [100 + biggest_disc * math.sqrt(mentions[node] / largest_mentions) for node in nodes]
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
    ax.scatter(xs, ys, s=sizes, c=[colours.get(country, UNKNOWN_COLOUR) for country in countries],
               edgecolors="white", linewidths=1.2, zorder=2, gid="nodes")
    # The whole layout's extent, so that panels sharing a layout share their scale too.
    all_x = [x for x, _ in positions.values()]
    all_y = [y for _, y in positions.values()]
    pad_x = 0.2 * ((max(all_x) - min(all_x)) or 1.0)
    pad_y = 0.15 * ((max(all_y) - min(all_y)) or 1.0)
    ax.update_datalim([(min(all_x) - pad_x, min(all_y) - pad_y),
                       (max(all_x) + pad_x, max(all_y) + pad_y)])
    ax.margins(0)
    ax.autoscale_view()
    ax.set_aspect("equal", adjustable="datalim")  # the layout's distances, undistorted

    # Most mentioned first: they get the best spots when labels compete.
    for i in sorted(range(len(nodes)), key=lambda i: (-mentions[nodes[i]], nodes[i])):
        radius = math.sqrt(sizes[i]) / 2
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


def _node_mentions(graph: nx.Graph) -> dict[str, int]:
    """Mentions per node, or weighted degree when the graph has no mention counts."""
    mentions = {node: int(graph.nodes[node].get("n_mentions", 0) or 0) for node in graph}
    if not any(mentions.values()):
        mentions = {node: int(graph.degree(node, weight="weight")) for node in graph}
    return mentions


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
    graph: nx.Graph, *, title: str | None = None, seed: int = 7, ax: Axes | None = None
) -> Figure:
    """Draw the actor network: node size by mentions, colour by country, edge width by weight.

    Args:
        graph: a graph from `build_network` (node attributes `country`, `n_mentions`; edge
            attributes `weight`, `weight_typed`).
        title: the title; by default it names the layer and the dates (`graph.graph`).
        seed: the layout seed; the same graph and seed give the same picture.
        ax: draw into these axes; a new Figure otherwise. Labels are placed for the axes'
            layout at the time of the call; for layers side by side, `plot_network_layers`
            lays out first and gives both panels the same node positions.

    Returns:
        The Figure holding the drawing. Edges with at least one typed interaction are dark,
        co-occurrence-only edges light; every node is labelled, beside its node, and labels do
        not overlap each other or other nodes (a thin leader line joins a label that had to
        move away).
    """
    own_figure = ax is None
    if ax is None:
        figure = _figure(8, 6.5) if graph.number_of_nodes() > 8 else _figure(7, 5.5)
        ax = figure.add_subplot()
    else:
        figure = ax.figure
    countries = [graph.nodes[node].get("country", "") or "" for node in graph]
    drawing = _draw_network(
        ax, graph, title or _network_title(graph), _layout(graph, seed),
        category_colours(countries), max([*_node_mentions(graph).values(), 1]),
    )
    if drawing.labels:
        ax.legend(handles=[*drawing.handles, *_edge_handles()], title=NETWORK_LEGEND_TITLE,
                  fontsize=FONT_SIZE_LABEL, title_fontsize=FONT_SIZE_LABEL, frameon=False,
                  loc="upper center", bbox_to_anchor=(0.5, 0.0),
                  ncols=min(len(drawing.handles) + 2, 5))
    _finish_networks(figure, [drawing], own_figure=own_figure)
    return figure


def plot_network_layers(
    graphs: list[nx.Graph], *, titles: list[str] | None = None, seed: int = 7
) -> Figure:
    """Draw several networks side by side (e.g. the co-occurrence and the typed layer) with
    the same node positions, node scale and colours, so the panels compare at a glance.

    Args:
        graphs: graphs from `build_network` (one panel each, left to right).
        titles: one title per panel; by default each names its layer and dates.
        seed: the layout seed (the layout is computed once, on all graphs together).

    Returns:
        The Figure, with one legend for all panels.

    Raises:
        ValueError: `graphs` is empty, or `titles` does not match it in length.
    """
    if not graphs:
        raise ValueError("graphs=[] is empty; expected at least one graph")
    if titles is not None and len(titles) != len(graphs):
        raise ValueError(f"titles has {len(titles)} entries for {len(graphs)} graphs")
    union = nx.Graph()
    for graph in graphs:
        union.add_nodes_from(graph.nodes(data=True))
        for a, b, data in graph.edges(data=True):
            weight = data.get("weight", 1)
            if union.has_edge(a, b):
                weight += union.edges[a, b]["weight"]
            union.add_edge(a, b, weight=weight)
    positions = _layout(union, seed) if union.number_of_nodes() else {}
    countries = [union.nodes[node].get("country", "") or "" for node in union]
    colours = category_colours(countries)
    largest = max([max([*_node_mentions(graph).values(), 1]) for graph in graphs])
    figure = _figure(6.5 * len(graphs), 6.2)
    axes = figure.subplots(1, len(graphs), squeeze=False)[0]
    drawings = [
        _draw_network(ax, graph, titles[i] if titles else _network_title(graph),
                      {node: positions[node] for node in graph}, colours, largest)
        for i, (ax, graph) in enumerate(zip(axes, graphs, strict=True))
    ]
    if union.number_of_nodes():
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
        who = " – ".join(participants(row["participants"])) or "unknown participants"
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

    groups = [" – ".join(participants(cell)) or "unknown participants"
              for cell in dated["participants"]]
    row_names = list(dict.fromkeys(groups))  # in order of each group's first meeting
    height = max(2.8, 0.55 * len(row_names) + 2.0)
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
            label_x = end + one_day  # beside the bar, not over it
        else:
            x = label_x = start
        markers += ax.plot(
            [x], [y], linestyle="none", marker=KIND_MARKERS.get(kind, "o"), markersize=10,
            markeredgewidth=2, markeredgecolor=colour,
            markerfacecolor=colour if status == "held" else "white", zorder=3,
            gid=f"meeting:{row['meeting_id']}",
        )
        labels.append(ax.annotate(
            _meeting_label(row), (label_x, y), xytext=(9, 0), textcoords="offset points",
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
    _widen_for_labels(ax, labels)
    if side_note is not None:
        _fill_undated_note(side_note, undated)
    renderer = _renderer(figure)
    obstacles = [(line.get_window_extent(renderer), i) for i, line in enumerate(markers)]
    obstacles += [(line.get_window_extent(renderer), None) for line in periods]
    # Right of the marker first, then above or below it, then on its left.
    spots = [(9, 0, "left", "center"), (3, 9, "left", "bottom"), (3, -9, "left", "top"),
             (-9, 0, "right", "center"), (-3, 9, "right", "bottom"), (-3, -9, "right", "top"),
             (3, 19, "left", "bottom"), (3, -19, "left", "top")]
    _place_labels(labels, [spots] * len(labels), obstacles, ax.bbox)
    figure.set_layout_engine("none")  # keep the layout the labels were placed in
    return figure


def _widen_for_labels(ax: Axes, labels: list[Text], *, rounds: int = 2) -> None:
    """Stretch the date axis to the right just enough for every label to fit right of its
    marker (the labels keep their size in pixels while the dates get closer together)."""
    renderer = _renderer(ax.figure)
    for _ in range(rounds):
        left, right = ax.get_xlim()
        width = ax.bbox.width
        needed = right
        for label in labels:
            box = label.get_window_extent(renderer)
            anchor = box.x0 - label.xyann[0] * ax.figure.dpi / 72.0  # the marker, in pixels
            fraction = (anchor - ax.bbox.x0) / width  # where the marker sits on the axis
            room = width - (box.x1 - anchor) * 1.06 - 4  # pixels left of the label's start
            if room > width * 0.2:  # a label wider than the axis cannot be helped
                needed = max(needed, left + fraction * (right - left) * width / room)
        if needed <= right:
            return
        ax.set_xlim(left, needed)
        ax.figure.draw_without_rendering()


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
