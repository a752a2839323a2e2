"""Where things go in a figure: network node positions and non-overlapping labels.

Used by `analysis.views.plots`. Everything here is deterministic (fixed seeds, no randomness of
its own), so an unchanged table gives an unchanged picture.
"""

from __future__ import annotations

import math
from collections.abc import Mapping

import networkx as nx
from matplotlib.text import Annotation, Text
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
# networkx lays out 500 nodes or more with scipy, which is no dependency: a component that
# large goes on a circle instead. The figures never get there: they draw a backbone of at most
# `network.BACKBONE_NODES` actors.
SPRING_LAYOUT_LIMIT = 500

# How much worse a label over another label, or cut by the edge of the axes, is than a label
# over a node, when no spot is free: a name over a disc can still be read, two names on top of
# each other or half a name cannot.
LABEL_OVERLAP_COST = 100.0
OUTSIDE_COST = 100.0
# The most labels one drawing shows: past that many, names are a wall nobody reads (a backbone
# of the network or the top meetings keep a figure below it anyway).
MAX_LABELS = 150
# Side of a `BoxGrid` cell in pixels: about one label's height, a third of its width.
GRID_CELL = 48.0
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
    if len(nodes) >= SPRING_LAYOUT_LIMIT:
        raw = nx.circular_layout(component)
    else:
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

    Each round buckets the discs in a grid of cells as wide as the largest distance two discs
    need, so a disc is compared only with those in its own and the eight neighbouring cells:
    a round costs about n, not n² (a 2,700-node network took half an hour the other way).

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
    cell = max(2 * max(sizes, default=0.0) + gap, 1e-6)
    for _ in range(rounds):
        moved = False
        grid = _disc_grid(points, cell)
        for i, point in enumerate(points):
            column, row = math.floor(point[0] / cell), math.floor(point[1] / cell)
            neighbours = sorted(j for dc in (-1, 0, 1) for dr in (-1, 0, 1)
                                for j in grid.get((column + dc, row + dr), ()) if j > i)
            for j in neighbours:
                moved |= _push_apart(points, i, j, sizes[i] + sizes[j] + gap)
        if not moved:
            break
    return {node: (point[0], point[1]) for node, point in zip(nodes, points, strict=True)}


def _disc_grid(points: list[list[float]], cell: float) -> dict[tuple[int, int], list[int]]:
    """The indexes of the points in each grid cell of side `cell`."""
    grid: dict[tuple[int, int], list[int]] = {}
    for i, (x, y) in enumerate(points):
        grid.setdefault((math.floor(x / cell), math.floor(y / cell)), []).append(i)
    return grid


def _push_apart(points: list[list[float]], i: int, j: int, needed: float) -> bool:
    """Move points i and j apart, each half the way, until `needed` apart; whether they moved."""
    dx = points[j][0] - points[i][0]
    dy = points[j][1] - points[i][1]
    distance = math.hypot(dx, dy)
    if distance >= needed:
        return False
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
    return True


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


class BoxGrid:
    """Boxes bucketed in a grid of square cells, so that finding the boxes one box touches
    looks at the few cells it covers, not at every box placed so far."""

    def __init__(self, cell: float = GRID_CELL) -> None:
        self.cell = cell
        self.boxes: list[tuple[Bbox, int | None]] = []
        self.cells: dict[tuple[int, int], list[int]] = {}

    def _keys(self, box: Bbox) -> list[tuple[int, int]]:
        columns = range(math.floor(box.x0 / self.cell), math.floor(box.x1 / self.cell) + 1)
        rows = range(math.floor(box.y0 / self.cell), math.floor(box.y1 / self.cell) + 1)
        return [(column, row) for column in columns for row in rows]

    def add(self, box: Bbox, owner: int | None = None) -> None:
        """Add `box`, owned by label `owner` (None: nobody's)."""
        self.boxes.append((box, owner))
        for key in self._keys(box):
            self.cells.setdefault(key, []).append(len(self.boxes) - 1)

    def overlap(self, box: Bbox, ignore_owner: int | None = None) -> float:
        """The area `box` shares with the boxes added, except those owned by `ignore_owner`."""
        near = {index for key in self._keys(box) for index in self.cells.get(key, ())}
        return sum(overlap_area(box, self.boxes[index][0]) for index in near
                   if ignore_owner is None or self.boxes[index][1] != ignore_owner)


def place_labels(
    texts: list[Annotation],
    spots: list[list[LabelSpot]],
    obstacles: list[tuple[Bbox, int | None]],
    bounds: Bbox,
    renderer: object,
    *,
    always: int | None = None,
) -> list[bool]:
    """Put each label on the first of its candidate spots where it collides with nothing.

    Greedy and deterministic (a simple stand-in for adjustText): labels are placed in the
    order given, so pass the most important first. A spot collides when the label's box
    overlaps a label already placed, an obstacle owned by another label (`(box, index)`;
    index None: everyone's) or leaves `bounds` (all in display pixels). When every spot
    collides, the one with the least overlapping area wins, an area covering another label or
    outside `bounds` counting `LABEL_OVERLAP_COST` and `OUTSIDE_COST` times more than one over
    an obstacle (a label over a node can still be read). Each label is measured once and its spots computed from
    that box; placed labels and obstacles sit in a `BoxGrid`, so n labels cost about n, not n².

    Args:
        texts: annotations with `textcoords="offset points"`; moved in place.
        spots: candidate spots for each text, best first.
        obstacles: boxes labels should not cover, with the index of the label they belong to.
        bounds: the box labels should stay in (usually the axes).
        renderer: the figure's renderer, to measure text.
        always: how many of the first labels are drawn even where every spot collides; a
            later one that collides everywhere is hidden. None: all are drawn. Past
            `MAX_LABELS` labels every further one is hidden.

    Returns:
        For each text, whether it is shown.
    """
    always = len(texts) if always is None else always
    grid = BoxGrid()
    for box, owner in obstacles:
        grid.add(box, owner)
    placed = BoxGrid()
    shown = []
    for i, (text, candidates) in enumerate(zip(texts, spots, strict=True)):
        best, best_cost, covered = _best_spot(text, candidates, grid, placed, bounds, renderer,
                                              i)
        visible = i < MAX_LABELS and (i < always or best_cost == 0)
        text.set_visible(visible)
        shown.append(visible)
        if visible:
            _move(text, best)
            placed.add(covered)
    return shown


def _best_spot(text: Annotation, candidates: list[LabelSpot], grid: BoxGrid, placed: BoxGrid,
               bounds: Bbox, renderer: object, index: int) -> tuple[LabelSpot, float, Bbox]:
    """The first free spot of a label, or the least bad one; its cost (0: free) and the box
    the label covers there, its leader line included."""
    box = _label_box(text, renderer)
    best, best_cost, best_box = candidates[0], math.inf, box
    for spot in candidates:
        moved = _spot_box(box, text, spot)
        covered = _with_leader(moved, text, box)
        outside = moved.width * moved.height - overlap_area(moved, bounds)
        cost = (OUTSIDE_COST * outside + grid.overlap(covered, ignore_owner=index)
                + LABEL_OVERLAP_COST * placed.overlap(covered))
        if cost < best_cost:
            best, best_cost, best_box = spot, cost, covered
        if cost == 0:
            break
    return best, best_cost, best_box


_ALIGNMENT_SHARE = {"left": 0.0, "bottom": 0.0, "center": 0.5, "right": 1.0, "top": 1.0}


def _label_box(text: Annotation, renderer: object) -> Bbox:
    """The text's box where it stands now, in pixels."""
    text.update_positions(renderer)  # the text's place follows its anchor and offset
    return Text.get_window_extent(text, renderer)


def _spot_box(box: Bbox, text: Annotation, spot: LabelSpot) -> Bbox:
    """Where `box` (the text measured at its current spot) goes at `spot`: shifted by the change
    of offset and of alignment, without measuring the text again; a little padded for the
    label's background."""
    dx, dy, ha, va = spot
    to_pixels = text.figure.dpi / 72.0
    x_now, y_now = text.xyann
    shift_x = (dx - x_now) * to_pixels + box.width * (
        _ALIGNMENT_SHARE[text.get_horizontalalignment()] - _ALIGNMENT_SHARE[ha])
    shift_y = (dy - y_now) * to_pixels + box.height * (
        _ALIGNMENT_SHARE[text.get_verticalalignment()] - _ALIGNMENT_SHARE[va])
    return Bbox.from_extents(box.x0 + shift_x, box.y0 + shift_y, box.x1 + shift_x,
                             box.y1 + shift_y).expanded(1.04, 1.12)


def _with_leader(moved: Bbox, text: Annotation, measured: Bbox) -> Bbox:
    """`moved` and the box of the label's leader line, when it has one: from the edge of the
    label towards its anchor, stopping the arrow's `shrinkB` short of it (at the node's edge).
    `measured`: the text's box at its current spot, from which the anchor is found."""
    arrow = text.arrow_patch
    if arrow is None:
        return moved
    to_pixels = text.figure.dpi / 72.0
    x_now, y_now = text.xyann
    anchor_x = measured.x0 + measured.width * _ALIGNMENT_SHARE[
        text.get_horizontalalignment()] - x_now * to_pixels
    anchor_y = measured.y0 + measured.height * _ALIGNMENT_SHARE[
        text.get_verticalalignment()] - y_now * to_pixels
    centre_x, centre_y = (moved.x0 + moved.x1) / 2, (moved.y0 + moved.y1) / 2
    dx, dy = anchor_x - centre_x, anchor_y - centre_y
    length = math.hypot(dx, dy)
    if length == 0:
        return moved
    # Shares of the way from the label's centre to its anchor: where the line leaves the
    # label, and where it ends.
    leaves = min(moved.width / 2 / abs(dx) if dx else math.inf,
                 moved.height / 2 / abs(dy) if dy else math.inf)
    ends = 1.0 - arrow.shrinkB * to_pixels / length
    if ends <= leaves:  # the label touches the node: no line between them
        return moved
    xs = (centre_x + dx * leaves, centre_x + dx * ends)
    ys = (centre_y + dy * leaves, centre_y + dy * ends)
    return Bbox.union([moved, Bbox.from_extents(min(xs), min(ys), max(xs), max(ys))])


def _move(text: Annotation, spot: LabelSpot) -> None:
    dx, dy, ha, va = spot
    text.xyann = (dx, dy)
    text.set_horizontalalignment(ha)
    text.set_verticalalignment(va)
