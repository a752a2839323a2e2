"""Network figures: one actor network (`plot_network`) or several side by side
(`plot_network_layers`), node size by mentions, colour by country (by community where most
countries are unknown), edge width by weight. A large network is drawn as its backbone
(`network.network_backbone`), and the title says where it was cut.

Part of `analysis.views.plots`, which re-exports the public names. Node positions and label
spots come from `analysis.views.layout`.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field

import networkx as nx
from matplotlib.axes import Axes
from matplotlib.collections import LineCollection
from matplotlib.figure import Figure
from matplotlib.lines import Line2D
from matplotlib.text import Annotation
from matplotlib.transforms import Bbox

from analysis.views.layout import (
    MAX_LABELS,
    POINTS_PER_UNIT,
    network_extent,
    network_layout,
    node_label_spots,
    place_labels,
)
from analysis.views.network_metrics import (
    BACKBONE_NODES,
    PANEL_BACKBONE_NODES,
    network_backbone,
    network_communities,
    node_name,
)
from analysis.views.plot_base import (
    FONT_SIZE_LABEL,
    UNKNOWN_COLOUR,
    category_colours,
    figure_renderer,
    freeze_layout,
    lay_out,
    legend_categories,
    new_figure,
    with_span,
    wrap_title,
)

TYPED_EDGE_COLOUR = "#555555"
COOCCURRENCE_EDGE_COLOUR = "#BBBBBB"
LAYER_TITLES = {
    "all": "co-occurrence and typed interactions",
    "cooccurrence": "named in the same sentence",
    "typed": "typed interactions (meet, visit, phone, ...)",
}
NETWORK_LEGEND_TITLE = "Node colour: {colour} · size: mentions · edge width: interactions"
# Nodes are coloured by country when at least this share of them has one; else by community
# (a corpus the registry does not know would be a grey mass).
COUNTRY_SHARE = 0.5
# The most mentioned actors keep their label even where it must overlap; a later label with
# no free spot is left out rather than drawn over another (a wall of names reads as nothing).
ALWAYS_LABELLED = 25
# A panel of `plot_network_layers` gets at least this share of the widest panel's width, so
# that a small typed layer is not squeezed under a title of five lines.
FAIR_PANEL_SHARE = 0.6

# Node disc areas in points²: the most mentioned actor gets the biggest disc; with many nodes
# the discs shrink so that a crowded component stays readable.
NODE_AREA_MIN = 100
NODE_AREA_EXTRA = {"few": 1300, "many": 800}
MANY_NODES = 12

# Room around the drawing, in inches: labels beside the outermost nodes; title and legend.
NETWORK_MARGIN_WIDTH = 2.4
NETWORK_MARGIN_HEIGHT = 2.2


# ---------------------------------------------------------------------------------------------
# Sizes: node discs and panels
# ---------------------------------------------------------------------------------------------

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
class _Panel:
    """One network laid out for one panel: node positions, disc radii and the panel's inches."""

    graph: nx.Graph
    positions: dict
    radii: dict
    size: tuple[float, float]

    def scaled_radii(self, scale: float) -> dict:
        """The disc radii shrunk (or not) by `scale`, as the figure was."""
        return {node: radius * scale for node, radius in self.radii.items()}


def _lay_out_panel(graph: nx.Graph, largest: int, seed: int) -> _Panel:
    """Size the node discs on the shared scale `largest`, lay the graph out, size its panel."""
    radii = _node_radii(_node_mentions(graph), largest, graph.number_of_nodes())
    positions = network_layout(graph, seed=seed, radii=radii)
    size = _panel_size(network_extent(positions, radii) if positions else None)
    return _Panel(graph, positions, radii, size)


def _largest_mentions(graphs: list[nx.Graph]) -> int:
    """The largest node size value over all graphs (at least 1): the discs' shared scale."""
    mentions = {node: count for graph in graphs for node, count in _node_mentions(graph).items()}
    return max([*mentions.values(), 1])


# ---------------------------------------------------------------------------------------------
# Drawing one network
# ---------------------------------------------------------------------------------------------

@dataclass
class _NetworkDrawing:
    """One network drawn on one Axes, with its labels still to be placed."""

    ax: Axes
    labels: list[Annotation] = field(default_factory=list)
    anchors: list[tuple[float, float]] = field(default_factory=list)  # data coordinates
    radii: list[float] = field(default_factory=list)  # node radius in points
    categories: list[str] = field(default_factory=list)  # what each node's colour stands for

    def add_label(self, node: object, name: str, anchor: tuple[float, float],
                  radius: float) -> None:
        """Write `node`'s `name` above its disc; `place_labels` moves it later."""
        label = self.ax.annotate(
            name, anchor, xytext=(0, radius + 2), textcoords="offset points",
            ha="center", va="bottom", fontsize=FONT_SIZE_LABEL, zorder=3,
            gid=f"label:{node}",
            bbox={"boxstyle": "round,pad=0.15", "facecolor": "white", "edgecolor": "none",
                  "alpha": 0.8},
            arrowprops={"arrowstyle": "-", "color": "#777777", "linewidth": 0.6,
                        "shrinkA": 0, "shrinkB": radius + 1},
        )
        label.set_in_layout(False)  # placed inside the axes later; must not squeeze the layout
        self.labels.append(label)
        self.anchors.append(anchor)
        self.radii.append(radius)

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
        place_labels(self.labels, spots, obstacles, ax.bbox, figure_renderer(figure),
                     always=ALWAYS_LABELLED)
        for label, radius in zip(self.labels, self.radii, strict=True):
            # A leader line only for a label that had to move away from its node.
            label.arrow_patch.set_visible(math.hypot(*label.xyann) > radius + 6)


def _set_panel_title(ax: Axes, title: str) -> None:
    """The title, wrapped to the panel: a title wider than its figure would be cut off."""
    panel_inches = ax.get_position().width * ax.figure.get_figwidth()
    ax.set_title(wrap_title(title, panel_inches, 11), fontsize=11)


def _draw_edges(ax: Axes, graph: nx.Graph, positions: dict) -> None:
    """Edges width by weight, lightest first, in two collections: co-occurrence-only edges
    light (gid `edges:cooccurrence`), edges with a typed interaction dark above them (gid
    `edges:typed`); a collection draws a thousand edges in the time a line each takes for ten."""
    weights = {(a, b): float(data.get("weight", 1)) for a, b, data in graph.edges(data=True)}
    heaviest = max(weights.values(), default=1.0)
    for kind, colour, zorder in (("cooccurrence", COOCCURRENCE_EDGE_COLOUR, 1.0),
                                 ("typed", TYPED_EDGE_COLOUR, 1.1)):
        edges = sorted(((a, b) for a, b in weights
                        if bool(graph.edges[a, b].get("weight_typed", 0)) == (kind == "typed")),
                       key=lambda edge: (weights[edge], edge))
        if edges:
            ax.add_collection(LineCollection(
                [(positions[a], positions[b]) for a, b in edges], colors=colour,
                linewidths=[0.8 + 6 * weights[edge] / heaviest for edge in edges],
                capstyle="round", zorder=zorder, gid=f"edges:{kind}"), autolim=False)


def _fit_axes_to_layout(ax: Axes, positions: dict, radii: dict) -> None:
    """Limits that cover every disc of the layout, at equal scale on both axes."""
    x0, y0, x1, y1 = network_extent(positions, radii)
    pad = 0.25
    ax.update_datalim([(x0 - pad, y0 - pad), (x1 + pad, y1 + pad)])
    ax.margins(0)
    ax.autoscale_view()
    ax.set_aspect("equal", adjustable="datalim")  # the layout's distances, undistorted


def _category_handles(categories: list[str], colours: dict[str, str]) -> list[Line2D]:
    """One legend entry per colour drawn: named categories, then "other", then "unknown"."""
    return [
        Line2D([], [], marker="o", linestyle="none", markersize=8, markerfacecolor=colour,
               markeredgecolor="white", label=label)
        for label, colour in legend_categories(categories, colours)
    ]


@dataclass
class _NodeColours:
    """What a node's colour says: its country, or its community where most have no country."""

    by: str  # "country" or "community"
    category: dict  # {node: category}, "" when unknown
    colours: dict[str, str]  # {category: colour}


def _node_colours(graphs: list[nx.Graph], country_colours: dict[str, str] | None,
                  seed: int) -> _NodeColours:
    """Country colours when at least `COUNTRY_SHARE` of the nodes have a country; else the
    communities of all the graphs together (one node, one community, in every panel)."""
    countries = {node: str(graph.nodes[node].get("country", "") or "")
                 for graph in graphs for node in graph}
    if not countries or sum(map(bool, countries.values())) >= COUNTRY_SHARE * len(countries):
        colours = country_colours or category_colours(countries.values())
        return _NodeColours("country", countries, colours)
    communities = {node: f"community {number}" for node, number in
                   network_communities(nx.compose_all(graphs), seed=seed).items()}
    return _NodeColours("community", communities, category_colours(communities.values()))


def _draw_network(
    ax: Axes,
    graph: nx.Graph,
    title: str,
    positions: dict,
    radii: dict,
    colours: _NodeColours,
) -> _NetworkDrawing:
    """Draw the edges, nodes and (not yet placed) labels of `graph` on `ax`.

    `positions` and `radii` may hold more nodes than `graph` (panels sharing one layout):
    the axes' limits cover all of them so that the panels share a scale.
    """
    drawing = _NetworkDrawing(ax)
    ax.set_axis_off()
    _set_panel_title(ax, title)
    if graph.number_of_nodes() == 0:
        ax.text(0.5, 0.5, "No interactions match the selection", ha="center", va="center",
                transform=ax.transAxes, color="#555555")
        return drawing

    nodes = list(graph.nodes)
    categories = [colours.category.get(node, "") for node in nodes]
    _draw_edges(ax, graph, positions)
    xs = [positions[node][0] for node in nodes]
    ys = [positions[node][1] for node in nodes]
    ax.scatter(xs, ys, s=[(2 * radii[node]) ** 2 for node in nodes],
               c=[colours.colours.get(category, UNKNOWN_COLOUR) for category in categories],
               edgecolors="white", linewidths=1.2, zorder=2, gid="nodes")
    _fit_axes_to_layout(ax, positions, radii)

    mentions = _node_mentions(graph)
    # Most mentioned first: they get the best spots when labels compete.
    ranked = sorted(range(len(nodes)), key=lambda i: (-mentions[nodes[i]], str(nodes[i])))
    for i in ranked[:MAX_LABELS]:
        drawing.add_label(nodes[i], node_name(graph, nodes[i]), (xs[i], ys[i]),
                          radii[nodes[i]])
    drawing.categories = categories
    return drawing


def _edge_handles() -> list[Line2D]:
    return [
        Line2D([], [], color=TYPED_EDGE_COLOUR, linewidth=2.5, label="typed interaction"),
        Line2D([], [], color=COOCCURRENCE_EDGE_COLOUR, linewidth=2.5, label="co-occurrence only"),
    ]


def _network_title(graph: nx.Graph, title: str | None = None) -> str:
    """`title` (by default the layer and the dates) and, for a backbone, where it was cut."""
    layer = graph.graph.get("layer", "all")
    title = title or with_span(
        f"Actor network: {LAYER_TITLES.get(layer, layer)}", graph.graph.get("date_span", "")
    )
    backbone = graph.graph.get("backbone")
    return f"{title} ({backbone})" if backbone else title


def _finish_networks(
    figure: Figure, drawings: list[_NetworkDrawing], *, own_figure: bool
) -> None:
    lay_out(figure)
    for drawing in drawings:
        drawing.place_labels()
    if own_figure:
        freeze_layout(figure)


# ---------------------------------------------------------------------------------------------
# Public figures
# ---------------------------------------------------------------------------------------------

def _legend_title(colours: _NodeColours) -> str:
    return NETWORK_LEGEND_TITLE.format(colour=colours.by)


def plot_network(
    graph: nx.Graph,
    *,
    title: str | None = None,
    seed: int = 7,
    ax: Axes | None = None,
    country_colours: dict[str, str] | None = None,
    max_nodes: int = BACKBONE_NODES,
) -> Figure:
    """Draw the actor network: node size by mentions, colour by country, edge width by weight.

    Args:
        graph: a graph from `build_network` (node attributes `name`, `country`, `n_mentions`;
            edge attributes `weight`, `weight_typed`).
        title: the title; by default it names the layer and the dates (`graph.graph`). Where
            the network was cut to its backbone, the cut is added in brackets.
        seed: the layout (and community) seed; the same graph and seed give the same picture.
        ax: draw into these axes; a new Figure (sized to the network) otherwise. Labels are
            placed for the axes' layout at the time of the call; for layers side by side,
            `plot_network_layers` lays out first and gives the panels the same node positions.
        country_colours: `{country: colour}`; pass `category_colours(actors["country"])` to
            keep each country's colour across figures of different selections. By default the
            countries in `graph` get `category_colours`. Where fewer than `COUNTRY_SHARE` of
            the nodes have a country, nodes are coloured by community instead.
        max_nodes: draw the backbone of at most this many actors (`network_backbone`).

    Returns:
        The Figure holding the drawing. Each connected component is laid out on its own (the
        largest in the main area); edges with at least one typed interaction are dark,
        co-occurrence-only edges light; nodes are labelled with their names beside their
        discs, labels do not overlap each other or other nodes (a thin leader line joins a
        label that had to move; past the `ALWAYS_LABELLED` most mentioned, a label with no
        free spot is left out).
    """
    graph = network_backbone(graph, max_nodes)
    panel = _lay_out_panel(graph, _largest_mentions([graph]), seed)
    radii = panel.radii
    own_figure = ax is None
    if ax is None:
        scale = _shrink_to_fit([panel.size], 12.0, 10.0)
        radii = panel.scaled_radii(scale)
        figure = new_figure(panel.size[0] * scale, panel.size[1] * scale)
        ax = figure.add_subplot()
    else:
        figure = ax.figure
    colours = _node_colours([graph], country_colours, seed)
    drawing = _draw_network(ax, graph, _network_title(graph, title), panel.positions, radii,
                            colours)
    if drawing.labels:
        handles = _category_handles(drawing.categories, colours.colours)
        ax.legend(handles=[*handles, *_edge_handles()], title=_legend_title(colours),
                  fontsize=FONT_SIZE_LABEL, title_fontsize=FONT_SIZE_LABEL, frameon=False,
                  loc="upper center", bbox_to_anchor=(0.5, 0.0),
                  ncols=min(len(handles) + 2, 5))
    _finish_networks(figure, [drawing], own_figure=own_figure)
    return figure


def _check_layer_arguments(graphs: list[nx.Graph], titles: list[str] | None) -> None:
    if not graphs:
        raise ValueError("graphs=[] is empty; expected at least one graph")
    if titles is not None and len(titles) != len(graphs):
        raise ValueError(f"titles has {len(titles)} entries for {len(graphs)} graphs")


def _side_by_side(panels: list[_Panel]) -> tuple[Figure, list[Axes], float]:
    """A Figure with one Axes per panel, left to right, each as wide as its panel (at least
    `FAIR_PANEL_SHARE` of the widest); shrunk to at most 16 x 10 inches by the returned scale."""
    widest = max(panel.size[0] for panel in panels)
    sizes = [(max(width, FAIR_PANEL_SHARE * widest), height)
             for width, height in (panel.size for panel in panels)]
    scale = _shrink_to_fit(sizes, 16.0, 10.0)
    figure = new_figure(sum(w for w, _ in sizes) * scale, max(h for _, h in sizes) * scale)
    axes = figure.subplots(1, len(panels), squeeze=False, width_ratios=[w for w, _ in sizes])[0]
    return figure, list(axes), scale


def _add_shared_legend(figure: Figure, drawings: list[_NetworkDrawing],
                       colours: _NodeColours) -> None:
    """One legend under all panels: every colour drawn ("other", "unknown" last), then the
    edge kinds."""
    categories = [category for drawing in drawings for category in drawing.categories]
    handles = _category_handles(categories, colours.colours)
    figure.legend(handles=[*handles, *_edge_handles()], title=_legend_title(colours),
                  fontsize=FONT_SIZE_LABEL, title_fontsize=FONT_SIZE_LABEL, frameon=False,
                  loc="outside lower center", ncols=min(len(handles) + 2, 8))


def plot_network_layers(
    graphs: list[nx.Graph],
    *,
    titles: list[str] | None = None,
    seed: int = 7,
    country_colours: dict[str, str] | None = None,
    max_nodes: int = PANEL_BACKBONE_NODES,
) -> Figure:
    """Draw several networks side by side (e.g. the co-occurrence and the typed layer).

    Each panel has its own layout (a small typed layer stays readable instead of being lost in
    the co-occurrence layer's positions); node sizes and colours share one scale, so the
    panels compare.

    Args:
        graphs: graphs from `build_network` (one panel each, left to right).
        titles: one title per panel; by default each names its layer and dates (and its cut,
            for a backbone).
        seed: the layout seed of every panel.
        country_colours: `{country: colour}`, as in `plot_network`; by default from the
            countries of all panels.
        max_nodes: the most actors per panel (`network_backbone`).

    Returns:
        The Figure, with one legend for all panels.

    Raises:
        ValueError: `graphs` is empty, or `titles` does not match it in length.
    """
    _check_layer_arguments(graphs, titles)
    graphs = [network_backbone(graph, max_nodes) for graph in graphs]
    # One size scale and one colour per country across the panels, so they compare.
    largest = _largest_mentions(graphs)
    colours = _node_colours(graphs, country_colours, seed)
    panels = [_lay_out_panel(graph, largest, seed) for graph in graphs]
    figure, axes, scale = _side_by_side(panels)
    panel_titles = [_network_title(graph, title)
                    for graph, title in zip(graphs, titles or [None] * len(graphs), strict=True)]
    drawings = [
        _draw_network(ax, panel.graph, panel_title, panel.positions, panel.scaled_radii(scale),
                      colours)
        for ax, panel, panel_title in zip(axes, panels, panel_titles, strict=True)
    ]
    if any(graph.number_of_nodes() for graph in graphs):
        _add_shared_legend(figure, drawings, colours)
    _finish_networks(figure, drawings, own_figure=True)
    return figure
