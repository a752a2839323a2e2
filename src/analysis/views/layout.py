"""Where things go in a figure: network node positions and non-overlapping labels.

Used by `analysis.views.plots`. Everything here is deterministic (fixed seeds, no randomness of
its own), so an unchanged table gives an unchanged picture.
"""

from __future__ import annotations

import math
from collections.abc import Mapping

import networkx as nx
from matplotlib.text import Annotation
from matplotlib.transforms import Bbox

# Layout units: one unit is drawn as POINTS_PER_UNIT points when the figure is sized by
# `network_extent`. 80 points (a bit over 1 inch) leaves room for a label between neighbours.
POINTS_PER_UNIT = 80.0
# The smallest free gap between two node discs, in layout units (about 10 points).
NODE_GAP = 0.12
# A component of n nodes is laid out in a disc of radius COMPONENT_SPREAD * sqrt(n) units:
# the disc's area grows with the number of nodes, with room for each node's label.
COMPONENT_SPREAD = 0.6
# Gap between packed components, in layout units.
COMPONENT_GAP = 0.7

# How much worse a label over another label is than a label over a node, when no spot is free.
LABEL_OVERLAP_COST = 5.0
# A label position: offset from its anchor in points, and the text's alignment there.
LabelSpot = tuple[float, float, str, str]


# ---------------------------------------------------------------------------------------------
# Network layout
# ---------------------------------------------------------------------------------------------

def network_layout(
    graph: nx.Graph, *, seed: int = 7, radii: Mapping[object, float] | None = None
) -> dict:
    """Node positions: each connected component laid out on its own, then packed.

    A spring layout of a whole graph pushes small components (two actors quoted once) to the
    corners and crushes the main component in the middle. Here each component gets a spring
    layout (weights log-damped: a pair that co-occurs 40 times should sit close, not collapse
    onto one point) in a disc whose area grows with its number of nodes; node discs are then
    pushed apart until they do not overlap; the largest component takes the main area and the
    others are stacked in columns to its right.

    Args:
        graph: the network (edge attribute `weight`, default 1).
        seed: the spring layout's seed.
        radii: each node's disc radius in points (as drawn at `POINTS_PER_UNIT`); 0 if absent.

    Returns:
        `{node: (x, y)}` in layout units, in the graph's node order.
    """
    if graph.number_of_nodes() == 0:
        return {}
    radii = radii or {}
    damped = nx.Graph()
    damped.add_nodes_from(graph)
    damped.add_weighted_edges_from(
        (a, b, 1.0 + math.log(max(float(data.get("weight", 1)), 1.0)))
        for a, b, data in graph.edges(data=True)
    )
    order = {node: i for i, node in enumerate(graph)}
    components = sorted(
        (sorted(component, key=order.__getitem__)
         for component in nx.connected_components(damped)),
        key=lambda component: (-len(component), order[component[0]]),
    )
    laid_out = []
    for component in components:
        # A disc whose area grows with the number of nodes; a pair is drawn a little tighter.
        radius = 0.45 if len(component) == 2 else COMPONENT_SPREAD * math.sqrt(len(component))
        local = _component_layout(_ordered_subgraph(damped, component), seed, radius)
        unit_radii = {node: radii.get(node, 0.0) / POINTS_PER_UNIT for node in component}
        laid_out.append(_centred(separate_discs(local, unit_radii), unit_radii))
    positions = _pack(laid_out)
    return {node: positions[node] for node in graph}


def _ordered_subgraph(graph: nx.Graph, nodes: list) -> nx.Graph:
    """A copy of `graph` restricted to `nodes`, in that node order.

    networkx's subgraph views may iterate their nodes in set order, which changes with the
    process's hash seed: the layout (and so the PNG) would differ from one run to the next.
    """
    wanted = set(nodes)
    order = {node: i for i, node in enumerate(nodes)}
    subgraph = nx.Graph()
    subgraph.add_nodes_from(nodes)
    subgraph.add_edges_from(sorted(
        ((a, b, data) for a, b, data in graph.edges(nodes, data=True) if b in wanted),
        key=lambda edge: (order[edge[0]], order[edge[1]])))
    return subgraph


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


def separate_discs(
    positions: Mapping[object, tuple[float, float]],
    radii: Mapping[object, float],
    *,
    gap: float = NODE_GAP,
    rounds: int = 200,
) -> dict:
    """Push overlapping discs apart, keeping the picture's shape otherwise.

    Args:
        positions: `{node: (x, y)}`.
        radii: `{node: radius}` in the same units.
        gap: the free space to leave between two discs.
        rounds: the most passes over all pairs.

    Returns:
        New positions where no two discs (plus `gap`) overlap, unless `rounds` ran out.
    """
    nodes = list(positions)
    points = [list(positions[node]) for node in nodes]
    sizes = [radii.get(node, 0.0) for node in nodes]
    for _ in range(rounds):
        moved = False
        for i in range(len(nodes)):
            for j in range(i + 1, len(nodes)):
                dx = points[j][0] - points[i][0]
                dy = points[j][1] - points[i][1]
                distance = math.hypot(dx, dy)
                needed = sizes[i] + sizes[j] + gap
                if distance >= needed:
                    continue
                if distance < 1e-9:  # on top of each other: split along a fixed direction
                    angle = 2.399963 * (i + j)  # the golden angle spreads repeated splits
                    dx, dy, distance = math.cos(angle), math.sin(angle), 1.0
                    push = needed / 2
                else:
                    push = (needed - distance) / 2
                ux, uy = dx / distance, dy / distance
                points[i][0] -= ux * push
                points[i][1] -= uy * push
                points[j][0] += ux * push
                points[j][1] += uy * push
                moved = True
        if not moved:
            break
    return {node: (point[0], point[1]) for node, point in zip(nodes, points, strict=True)}


def _centred(positions: Mapping, radii: Mapping) -> tuple[dict, tuple[float, float, float, float]]:
    """The positions moved to centre on the origin, and the bounding box of the node discs."""
    centre_x = sum(x for x, _ in positions.values()) / len(positions)
    centre_y = sum(y for _, y in positions.values()) / len(positions)
    centred = {node: (x - centre_x, y - centre_y) for node, (x, y) in positions.items()}
    return centred, _extent(centred, radii)


def _extent(positions: Mapping, radii: Mapping) -> tuple[float, float, float, float]:
    """`(x0, y0, x1, y1)` around every disc; radii in the positions' units."""
    return (min(x - radii.get(node, 0.0) for node, (x, _) in positions.items()),
            min(y - radii.get(node, 0.0) for node, (_, y) in positions.items()),
            max(x + radii.get(node, 0.0) for node, (x, _) in positions.items()),
            max(y + radii.get(node, 0.0) for node, (_, y) in positions.items()))


def _pack(laid_out: list[tuple[dict, tuple[float, float, float, float]]]) -> dict:
    """The first (largest) component where it is, the others in columns to its right, from
    its top down, each column about as tall as the main component."""
    main, (_, main_y0, main_x1, main_y1) = laid_out[0]
    positions = dict(main)
    rest = laid_out[1:]
    if not rest:
        return positions
    area = sum((x1 - x0 + COMPONENT_GAP) * (y1 - y0 + COMPONENT_GAP)
               for _, (x0, y0, x1, y1) in rest)
    column_height = max(main_y1 - main_y0, math.sqrt(area))
    top = main_y1
    column_x, column_width, cursor = main_x1 + COMPONENT_GAP, 0.0, top
    for local, (x0, y0, x1, y1) in rest:
        height = y1 - y0
        if cursor < top and cursor - height < top - column_height:
            column_x += column_width + COMPONENT_GAP  # this column is full: start the next
            column_width, cursor = 0.0, top
        shift_x, shift_y = column_x - x0, cursor - y1
        positions.update({node: (x + shift_x, y + shift_y) for node, (x, y) in local.items()})
        column_width = max(column_width, x1 - x0)
        cursor -= height + COMPONENT_GAP
    return positions


def network_extent(
    positions: Mapping[object, tuple[float, float]], radii: Mapping[object, float]
) -> tuple[float, float, float, float]:
    """The bounding box `(x0, y0, x1, y1)` of the node discs, in layout units.

    Args:
        positions: `{node: (x, y)}` from `network_layout`.
        radii: `{node: radius in points}`.
    """
    return _extent(positions, {node: radius / POINTS_PER_UNIT for node, radius in radii.items()})


# ---------------------------------------------------------------------------------------------
# Labels
# ---------------------------------------------------------------------------------------------

def node_label_spots(
    node: tuple[float, float], centre: tuple[float, float], radius: float
) -> list[LabelSpot]:
    """Candidate label spots around a node: eight directions, the one pointing away from the
    drawing's centre first, each at growing distances from the node's edge.

    Args:
        node: the node's position (any units).
        centre: the drawing's centre (same units).
        radius: the node's radius in points.

    Returns:
        Spots `(dx, dy, ha, va)`: offsets in points and the text alignment for each.
    """
    preferred = math.atan2(node[1] - centre[1], node[0] - centre[0])
    if node == centre:
        preferred = math.pi / 2
    directions = sorted(
        (math.radians(degrees) for degrees in range(0, 360, 45)),
        key=lambda angle: (abs(math.remainder(angle - preferred, math.tau)), angle),
    )
    fine = sorted(
        (math.radians(degrees) for degrees in range(0, 360, 30)),
        key=lambda angle: (abs(math.remainder(angle - preferred, math.tau)), angle),
    )
    spots = []
    # Close to the node in eight directions first; farther out (with a leader line) in twelve.
    for gap, angles in ((2, directions), (12, directions), (26, fine), (44, fine), (64, fine),
                        (90, fine), (120, fine)):
        for angle in angles:
            cos, sin = math.cos(angle), math.sin(angle)
            spots.append((
                (radius + gap) * cos, (radius + gap) * sin,
                "left" if cos > 0.38 else "right" if cos < -0.38 else "center",
                "bottom" if sin > 0.38 else "top" if sin < -0.38 else "center",
            ))
    return spots


def overlap_area(box: Bbox, other: Bbox) -> float:
    """Area (pixels²) two boxes share; 0 when they do not touch."""
    width = min(box.x1, other.x1) - max(box.x0, other.x0)
    height = min(box.y1, other.y1) - max(box.y0, other.y0)
    return width * height if width > 0 and height > 0 else 0.0


def place_labels(
    texts: list[Annotation],
    spots: list[list[LabelSpot]],
    obstacles: list[tuple[Bbox, int | None]],
    bounds: Bbox,
    renderer: object,
) -> None:
    """Put each label on the first of its candidate spots where it collides with nothing.

    Greedy and deterministic (a simple stand-in for adjustText): labels are placed in the
    order given, so pass the most important first. A spot collides when the label's box
    overlaps a label already placed, an obstacle owned by another label (`(box, index)`;
    index None: everyone's) or leaves `bounds` (all in display pixels). When every spot
    collides, the one with the least overlapping area wins, an area covering another label
    counting most (a label over a node or an edge of the axes can still be read; two labels
    on top of each other cannot).

    Args:
        texts: annotations with `textcoords="offset points"`; moved in place.
        spots: candidate spots for each text, best first.
        obstacles: boxes labels should not cover, with the index of the label they belong to.
        bounds: the box labels should stay in (usually the axes).
        renderer: the figure's renderer, to measure text.
    """
    placed: list[Bbox] = []
    for i, (text, candidates) in enumerate(zip(texts, spots, strict=True)):
        blockers = [box for box, owner in obstacles if owner != i]
        best, best_cost = candidates[0], math.inf
        for spot in candidates:
            _move(text, spot)
            box = text.get_window_extent(renderer).expanded(1.04, 1.12)
            outside = box.width * box.height - overlap_area(box, bounds)
            cost = (2 * outside + sum(overlap_area(box, other) for other in blockers)
                    + LABEL_OVERLAP_COST * sum(overlap_area(box, other) for other in placed))
            if cost < best_cost:
                best, best_cost = spot, cost
            if cost == 0:
                break
        _move(text, best)
        placed.append(text.get_window_extent(renderer).expanded(1.04, 1.12))


def _move(text: Annotation, spot: LabelSpot) -> None:
    dx, dy, ha, va = spot
    text.xyann = (dx, dy)
    text.set_horizontalalignment(ha)
    text.set_verticalalignment(va)
