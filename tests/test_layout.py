"""Label placement and node layout at scale: a label cap, near-linear costs, no scipy."""

from __future__ import annotations

import itertools
import math
import random

import networkx as nx
import pytest

from analysis.views import layout
from analysis.views.plot_base import figure_renderer, new_figure


def labelled_axes(n_labels: int, width: float = 12.0, height: float = 10.0, seed: int = 1):
    """An axes with `n_labels` annotations at random spots of the unit square."""
    figure = new_figure(width, height)
    ax = figure.add_subplot()
    ax.set_xlim(0, 1)
    ax.set_ylim(0, 1)
    rng = random.Random(seed)
    texts = [ax.annotate(f"Actor number {i}", (rng.random(), rng.random()), xytext=(0, 0),
                         textcoords="offset points", ha="center", va="center", fontsize=8)
             for i in range(n_labels)]
    figure.draw_without_rendering()
    return figure, ax, texts


def spots_around() -> list[layout.LabelSpot]:
    return layout.node_label_spots((0.5, 0.5), (0.0, 0.0), 3.0)


def shown_boxes_overlap(figure, texts) -> list[tuple[int, int]]:
    renderer = figure_renderer(figure)
    boxes = [(i, text.get_window_extent(renderer)) for i, text in enumerate(texts)
             if text.get_visible()]
    return [(a, b) for (a, box_a), (b, box_b) in itertools.combinations(boxes, 2)
            if box_a.overlaps(box_b)]


def test_never_more_than_max_labels_are_shown():
    figure, ax, texts = labelled_axes(layout.MAX_LABELS + 50, width=40, height=40)
    shown = layout.place_labels(texts, [spots_around() for _ in texts], [], ax.bbox,
                                figure_renderer(figure))
    assert sum(shown) <= layout.MAX_LABELS
    assert not any(text.get_visible() for text in texts[layout.MAX_LABELS:])
    assert shown == [text.get_visible() for text in texts]


def test_a_label_with_no_free_spot_is_hidden_past_the_always_shown_ones():
    figure, ax, texts = labelled_axes(3)
    for text in texts:
        text.xy = (0.5, 0.5)  # all on one anchor, with a single spot each
    one_spot = [[(0.0, 0.0, "center", "center")]] * 3
    renderer = figure_renderer(figure)
    assert layout.place_labels(texts, one_spot, [], ax.bbox, renderer, always=1) == [
        True, False, False]
    assert layout.place_labels(texts, one_spot, [], ax.bbox, renderer) == [True, True, True]


def test_placed_labels_do_not_overlap_where_there_is_room():
    figure, ax, texts = labelled_axes(120)
    shown = layout.place_labels(texts, [spots_around() for _ in texts], [], ax.bbox,
                                figure_renderer(figure), always=0)
    assert sum(shown) > 60  # most find a free spot
    assert shown_boxes_overlap(figure, texts) == []


def test_a_label_avoids_an_obstacle_of_another_label_but_may_cover_its_own():
    figure, ax, texts = labelled_axes(1)
    box = texts[0].get_window_extent(figure_renderer(figure))
    layout.place_labels(texts, [spots_around()], [(box, None)], ax.bbox,
                        figure_renderer(figure))
    assert not texts[0].get_window_extent(figure_renderer(figure)).overlaps(box)
    texts[0].xyann = (0, 0)
    layout.place_labels(texts, [[(0.0, 0.0, "center", "center")] + spots_around()],
                        [(box, 0)], ax.bbox, figure_renderer(figure))
    assert texts[0].xyann == (0.0, 0.0)  # its own node's box does not push it away


def test_separate_discs_compares_neighbours_not_every_pair(monkeypatch):
    rng = random.Random(2)
    n_discs = 2000
    positions = {i: (rng.uniform(0, 60), rng.uniform(0, 60)) for i in range(n_discs)}
    radii = {i: 0.3 for i in range(n_discs)}
    compared, rounds = [], []
    push, grid = layout._push_apart, layout._disc_grid
    monkeypatch.setattr(layout, "_push_apart",
                        lambda points, i, j, needed: compared.append(1) or push(
                            points, i, j, needed))
    monkeypatch.setattr(layout, "_disc_grid",
                        lambda points, cell: rounds.append(1) or grid(points, cell))
    moved = layout.separate_discs(positions, radii, gap=0.1)
    all_pairs = n_discs * (n_discs - 1) // 2
    assert 0 < len(compared) / len(rounds) < all_pairs / 100  # per round
    points = list(moved.values())
    for (xa, ya), (xb, yb) in itertools.combinations(points[:300], 2):
        assert math.hypot(xa - xb, ya - yb) >= 0.7 - 1e-6


@pytest.mark.parametrize("n_nodes", [600])
def test_a_component_of_hundreds_of_nodes_lays_out_without_scipy(n_nodes):
    graph = nx.cycle_graph(n_nodes)
    positions = layout.network_layout(graph)
    assert set(positions) == set(graph)
    assert len({(round(x, 6), round(y, 6)) for x, y in positions.values()}) == n_nodes
