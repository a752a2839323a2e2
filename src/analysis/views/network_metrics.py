"""What a network figure and a reader need beyond the graph itself: the backbone a figure can
show, the communities that colour it where countries are unknown, and the centrality table.

Part of `analysis.views.network`, which re-exports the public names.
"""

from __future__ import annotations

import logging
import math

import networkx as nx
import numpy as np
import pandas as pd

from analysis.tables import empty_table

# Warnings name the public module, `analysis.views.network`, where users import these from.
logger = logging.getLogger("analysis.views.network")

CENTRALITY_COLUMNS = [
    "actor", "degree", "weighted_degree", "betweenness", "eigenvector", "type", "country",
    "actor_id",
]
# Exact betweenness costs nodes x edges: 69 s on a 2,700-node network. Above this many nodes,
# or where nodes x edges passes the edge budget (BETWEENNESS_EDGE_BUDGET: a few seconds of
# Dijkstra in Python), it is estimated from a sample of source nodes (Brandes & Pich 2007),
# which keeps the ranking of the central actors, the use of the column: at most
# BETWEENNESS_SAMPLES of them, fewer on a dense graph, so that sources x edges stays within the
# budget, but never fewer than MIN_BETWEENNESS_SAMPLES.
EXACT_BETWEENNESS_NODES = 500
BETWEENNESS_SAMPLES = 200
BETWEENNESS_EDGE_BUDGET = 1_000_000
MIN_BETWEENNESS_SAMPLES = 20
# Eigenvector centrality: the power iteration's tolerance per node and its most iterations
# (networkx's defaults).
EIGENVECTOR_TOLERANCE = 1e-6
EIGENVECTOR_ITERATIONS = 1000
# The most actors a network figure shows: 60 labelled discs fill a 12 x 10 inch figure at a
# readable 8-point font; the full graph still goes to the GEXF and the centrality table.
BACKBONE_NODES = 60
# The most actors one panel of two side by side shows (each has about 8 of the 16 inches).
PANEL_BACKBONE_NODES = 40


def centrality_table(graph: nx.Graph, *, seed: int = 7,
                     edge_budget: int = BETWEENNESS_EDGE_BUDGET) -> pd.DataFrame:
    """Rank the actors of a network by centrality.

    Args:
        graph: a graph from `build_network`.
        seed: the seed of the sampled betweenness (`betweenness_samples`).
        edge_budget: the most source nodes x edges the betweenness may cost (an explorer
            that redraws on every click passes less).

    Returns:
        One row per node: `actor` (its name), `degree` (number of neighbours),
        `weighted_degree` (sum of edge weights), `betweenness` (normalised; shortest paths with
        distance 1/weight, so that frequent partners are close; on a large graph estimated
        from `betweenness_samples` source nodes drawn with `seed`, and
        `frame.attrs["betweenness"]` says so), `eigenvector`
        (weighted, as networkx computes it; NaN, with a warning, when the power iteration does
        not converge), `type`,
        `country`, `actor_id` (the node); sorted by weighted degree, then degree
        (descending), then name.
    """
    if graph.number_of_nodes() == 0:
        return empty_table(CENTRALITY_COLUMNS)
    distance = nx.Graph()
    distance.add_nodes_from(graph)
    distance.add_weighted_edges_from(
        (a, b, 1.0 / max(float(data.get("weight", 1)), 1e-9))
        for a, b, data in graph.edges(data=True)
    )
    samples = betweenness_samples(graph, edge_budget)
    betweenness = nx.betweenness_centrality(
        distance, k=samples, seed=seed if samples else None, weight="weight", normalized=True)
    try:
        eigenvector = eigenvector_centrality(graph)
    except nx.PowerIterationFailedConvergence as error:
        logger.warning("centrality_table: eigenvector centrality failed (%s); left empty", error)
        eigenvector = {}
    nodes = list(graph.nodes)
    table = pd.DataFrame({
        "actor": [node_name(graph, node) for node in nodes],
        "degree": [graph.degree(node) for node in nodes],
        "weighted_degree": [graph.degree(node, weight="weight") for node in nodes],
        "betweenness": [betweenness.get(node, math.nan) for node in nodes],
        "eigenvector": [eigenvector.get(node, math.nan) for node in nodes],
        "type": [graph.nodes[node].get("type", "") for node in nodes],
        "country": [graph.nodes[node].get("country", "") for node in nodes],
        "actor_id": [str(node) for node in nodes],
    })
    table = table.sort_values(
        ["weighted_degree", "degree", "actor"], ascending=[False, False, True], kind="stable"
    ).reset_index(drop=True)
    table.attrs["betweenness"] = (
        f"estimated from {samples} of {len(nodes):,} source nodes (seed {seed})"
        if samples else "exact")
    return table


def betweenness_samples(graph: nx.Graph, edge_budget: int | None = None) -> int | None:
    """How many source nodes `centrality_table` samples for betweenness; None: all (exact).

    Args:
        graph: the network.
        edge_budget: the most source nodes x edges to spend (`BETWEENNESS_EDGE_BUDGET` when
            None).

    Returns:
        None up to `EXACT_BETWEENNESS_NODES` nodes when every node fits the budget; else
        `BETWEENNESS_SAMPLES`, or fewer on a graph so dense that sources x edges would pass
        the budget (at least `MIN_BETWEENNESS_SAMPLES`, at most every node).
    """
    budget = BETWEENNESS_EDGE_BUDGET if edge_budget is None else edge_budget
    nodes, edges = graph.number_of_nodes(), max(graph.number_of_edges(), 1)
    if nodes <= EXACT_BETWEENNESS_NODES and nodes * edges <= budget:
        return None
    return min(nodes, max(MIN_BETWEENNESS_SAMPLES, min(BETWEENNESS_SAMPLES, budget // edges)))


def eigenvector_centrality(graph: nx.Graph) -> dict[object, float]:
    """Weighted eigenvector centrality, the iteration of `networkx.eigenvector_centrality`
    (x <- (A + I) x, normalised) on numpy arrays: the same values, without a Python loop over
    every edge in every iteration (seconds on a network of thousands of nodes).

    Args:
        graph: the network (edge attribute `weight`, default 1).

    Returns:
        `{node: centrality}`, unit length.

    Raises:
        networkx.PowerIterationFailedConvergence: no convergence in `EIGENVECTOR_ITERATIONS`.
    """
    nodes = list(graph)
    index = {node: i for i, node in enumerate(nodes)}
    edges = [(index[a], index[b], float(data.get("weight", 1))) for a, b, data in
             graph.edges(data=True)]
    ends_a = np.array([a for a, _, _ in edges], dtype=int)
    ends_b = np.array([b for _, b, _ in edges], dtype=int)
    weights = np.array([w for _, _, w in edges], dtype=float)
    vector = np.full(len(nodes), 1.0 / len(nodes))
    for _ in range(EIGENVECTOR_ITERATIONS):
        last = vector
        vector = last + np.bincount(ends_b, last[ends_a] * weights, len(nodes)) \
            + np.bincount(ends_a, last[ends_b] * weights, len(nodes))
        vector /= np.linalg.norm(vector) or 1.0
        if np.abs(vector - last).sum() < len(nodes) * EIGENVECTOR_TOLERANCE:
            return dict(zip(nodes, vector.tolist(), strict=True))
    raise nx.PowerIterationFailedConvergence(EIGENVECTOR_ITERATIONS)


def node_name(graph: nx.Graph, node: object) -> str:
    """The display name of a node of `build_network` (its `name`, else the node itself).

    Args:
        graph: the graph.
        node: one of its nodes.

    Returns:
        The name.
    """
    return str(graph.nodes[node].get("name") or node)


def network_backbone(graph: nx.Graph, max_nodes: int = BACKBONE_NODES) -> nx.Graph:
    """The part of a network a figure can show: its `max_nodes` actors of highest weighted
    degree (ties by node) and the edges between them.

    Args:
        graph: a graph from `build_network`.
        max_nodes: how many actors to keep.

    Returns:
        `graph` itself when it has at most `max_nodes` nodes; else a new graph, in `graph`'s
        node and edge order, whose `graph.graph["backbone"]` states the cut ("top 60 of 2,712
        actors by weighted degree") for the figure's title.

    Raises:
        ValueError: `max_nodes` is not a positive whole number.
    """
    if isinstance(max_nodes, bool) or not isinstance(max_nodes, int) or max_nodes < 1:
        raise ValueError(f"max_nodes={max_nodes!r} is not a positive whole number")
    total = graph.number_of_nodes()
    if total <= max_nodes:
        return graph
    strength = dict(graph.degree(weight="weight"))
    kept = set(sorted(graph, key=lambda node: (-strength[node], str(node)))[:max_nodes])
    backbone = nx.Graph(**graph.graph)
    backbone.add_nodes_from((node, data) for node, data in graph.nodes(data=True) if node in kept)
    backbone.add_edges_from((a, b, data) for a, b, data in graph.edges(data=True)
                            if a in kept and b in kept)
    backbone.graph["backbone"] = f"top {max_nodes} of {total:,} actors by weighted degree"
    return backbone


def network_communities(graph: nx.Graph, *, seed: int = 7) -> dict[object, int]:
    """Communities of a network (Louvain, weighted), numbered from 1 by size.

    Args:
        graph: a graph from `build_network`.
        seed: the Louvain seed; the same graph and seed give the same communities.

    Returns:
        `{node: community}`; community 1 is the largest (ties by its first node in the
        graph's order).
    """
    if graph.number_of_nodes() == 0:
        return {}
    order = {node: i for i, node in enumerate(graph)}
    found = nx.community.louvain_communities(graph, weight="weight", seed=seed)
    ranked = sorted(found, key=lambda nodes: (-len(nodes), min(order[n] for n in nodes)))
    return {node: number for number, nodes in enumerate(ranked, start=1) for node in nodes}
