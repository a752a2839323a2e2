"""build_network, write_network, centrality_table, edge_evidence on the toy extraction."""

from __future__ import annotations

import itertools
import logging

import networkx as nx
import pandas as pd
import pytest

from analysis.tables import INTERACTION_COLUMNS, empty_table
from analysis.views import network_metrics
from analysis.views.network import (
    CENTRALITY_COLUMNS,
    EVIDENCE_COLUMNS,
    build_network,
    centrality_table,
    edge_evidence,
    edge_table,
    network_backbone,
    network_communities,
    network_rows,
    write_network,
)

PUTIN, LUKASHENKO = "Vladimir Putin", "Alexander Lukashenko"
LAVROV, MAKEI, KREMLIN, MINSK = "Sergey Lavrov", "Vladimir Makei", "Kremlin", "Minsk"


def edge_set(graph: nx.Graph) -> set[frozenset]:
    return {frozenset(edge) for edge in graph.edges}


def test_all_layers_weights_kinds_and_articles(toy_extraction):
    graph = build_network(toy_extraction.interactions)
    assert graph.number_of_nodes() == 6 and graph.number_of_edges() == 5
    edge = graph.edges[PUTIN, LUKASHENKO]
    assert edge == {"weight": 6, "weight_cooccurrence": 3, "weight_typed": 3,
                    "kinds": "meet;phone", "n_articles": 2}
    heaviest = max(graph.edges(data=True), key=lambda e: e[2]["weight"])
    assert {heaviest[0], heaviest[1]} == {PUTIN, LUKASHENKO}
    assert graph.edges[LAVROV, MAKEI]["kinds"] == "meet"
    assert graph.edges[KREMLIN, PUTIN]["kinds"] == ""
    assert graph.graph == {"layer": "all", "date_span": "2020-08-31 – 2020-09-14"}


@pytest.mark.parametrize(("layer", "edges"), [
    ("typed", {frozenset({PUTIN, LUKASHENKO}), frozenset({LAVROV, MAKEI})}),
    ("cooccurrence", {frozenset({PUTIN, LUKASHENKO}), frozenset({LAVROV, MAKEI}),
                      frozenset({PUTIN, KREMLIN}), frozenset({LUKASHENKO, MINSK}),
                      frozenset({LAVROV, PUTIN})}),
])
def test_one_layer(toy_extraction, layer, edges):
    graph = build_network(toy_extraction.interactions, layer=layer)
    assert edge_set(graph) == edges
    other = "weight_cooccurrence" if layer == "typed" else "weight_typed"
    assert all(data[other] == 0 for *_, data in graph.edges(data=True))
    assert graph.graph["layer"] == layer


def test_invalid_layer_is_named(toy_extraction):
    with pytest.raises(ValueError, match="'meet'"):
        build_network(toy_extraction.interactions, layer="meet")


def test_nodes_are_actor_ids_with_attributes_from_the_actor_table(toy_extraction):
    graph = build_network(toy_extraction.interactions, actor_table=toy_extraction.actors)
    assert graph.nodes["putin"] == {"name": PUTIN, "actor_id": "putin", "type": "person",
                                    "country": "RUS", "n_mentions": 6}
    assert graph.nodes["minsk"]["type"] == "place"
    assert graph.edges["putin", "lukashenko"]["weight"] == 6
    bare = build_network(toy_extraction.interactions)  # no actor table: names are the nodes
    assert bare.nodes[PUTIN] == {"name": PUTIN, "actor_id": "", "type": "", "country": "",
                                 "n_mentions": 0}


def jordan_interactions() -> tuple[pd.DataFrame, pd.DataFrame]:
    """The place Jordan and a person called Jordan, each with its id, and the actors table."""
    rows = [
        {"article_id": "j1", "sentence_id": 0, "source": "Jordan", "target": "Abdullah II",
         "source_id": "jordan", "target_id": "abdullah", "layer": "cooccurrence"},
        {"article_id": "j2", "sentence_id": 0, "source": "Jordan", "target": "Abdullah II",
         "source_id": "jordan_person", "target_id": "abdullah", "layer": "cooccurrence"},
        {"article_id": "j2", "sentence_id": 1, "source": "Jordan", "target": "Nike",
         "source_id": "jordan_person", "target_id": "", "layer": "cooccurrence"},
    ]
    actors = pd.DataFrame([
        ("jordan", "Jordan", "place", "JOR"), ("jordan_person", "Jordan", "person", "USA"),
        ("abdullah", "Abdullah II", "person", "JOR"), ("nike", "Nike", "org", "USA"),
    ], columns=["actor_id", "name", "type", "country"])
    return pd.DataFrame(rows).reindex(columns=INTERACTION_COLUMNS, fill_value=""), actors


def test_a_place_and_a_person_of_one_name_are_two_nodes():
    interactions, actors = jordan_interactions()
    graph = build_network(interactions, actor_table=actors)
    assert {node: graph.nodes[node]["name"] for node in graph} == {
        "jordan": "Jordan", "jordan_person": "Jordan", "abdullah": "Abdullah II",
        "nike": "Nike"}  # Nike: no id in the row, but the one actor of that name
    assert graph.nodes["jordan"]["type"] == "place"
    assert graph.nodes["jordan_person"]["type"] == "person"
    assert edge_set(graph) == {frozenset({"jordan", "abdullah"}),
                               frozenset({"jordan_person", "abdullah"}),
                               frozenset({"jordan_person", "nike"})}
    assert edge_evidence(interactions, "jordan", "abdullah", actor_table=actors)[
        "article_id"].tolist() == ["j1"]
    table = edge_table(graph)
    assert table[["source", "target"]].values.tolist().count(["Abdullah II", "Jordan"]) == 2
    assert set(table["source_id"]) | set(table["target_id"]) == set(graph.nodes)


def test_a_name_two_actors_bear_stays_a_name_without_ids():
    interactions, actors = jordan_interactions()
    graph = build_network(interactions.drop(columns=["source_id", "target_id"]),
                          actor_table=actors)
    assert "Jordan" in graph and "jordan" not in graph  # ambiguous: not guessed
    assert graph.nodes["abdullah"]["name"] == "Abdullah II"


def test_actor_filter_keeps_edges_touching_an_actor(toy_extraction):
    graph = build_network(toy_extraction.interactions, actors=["sergey lavrov"])
    assert edge_set(graph) == {frozenset({LAVROV, MAKEI}), frozenset({LAVROV, PUTIN})}
    for wanted in (["lavrov"], ["Sergey Lavrov"]):
        by_id = build_network(toy_extraction.interactions, actors=wanted,
                              actor_table=toy_extraction.actors)
        assert edge_set(by_id) == {frozenset({"lavrov", "makei"}), frozenset({"lavrov", "putin"})}
    assert build_network(toy_extraction.interactions, actors=["Nobody"]).number_of_nodes() == 0


@pytest.mark.parametrize("filters", [
    {}, {"layer": "typed"}, {"actors": ["LAVROV"]}, {"start": "2020-09-03", "end": "2020-09-14"},
    {"outlets": ["nobody's outlet"]},
])
def test_resolved_rows_build_the_graph_the_table_builds(toy_extraction, filters):
    rows = network_rows(toy_extraction.interactions, toy_extraction.actors)
    assert {"a", "b", "name_a", "name_b", "day"} <= set(rows.columns)
    assert set(rows["layer"]) == {"typed", "cooccurrence"}  # every layer, filtered later
    from_rows = build_network(rows, actor_table=toy_extraction.actors, **filters)
    from_table = build_network(toy_extraction.interactions, actor_table=toy_extraction.actors,
                               **filters)
    assert nx.utils.graphs_equal(from_rows, from_table)
    assert from_rows.graph == from_table.graph


def test_date_filter_uses_the_event_date_when_it_is_a_day(toy_extraction):
    # a1 (published 31 Aug) reports a meeting dated 14 Sep: it counts for 14 Sep, while
    # a2's co-occurrence dated to a week falls back on its publication day (2 Sep).
    graph = build_network(toy_extraction.interactions, start="2020-09-03", end="2020-09-14")
    assert graph.edges[PUTIN, LUKASHENKO]["weight"] == 4
    assert graph.edges[PUTIN, LUKASHENKO]["n_articles"] == 2
    assert not graph.has_edge(LAVROV, MAKEI)
    assert graph.graph["date_span"] == "2020-09-14"
    week = build_network(toy_extraction.interactions, start="2020-09-02", end="2020-09-02")
    assert week.edges[LAVROV, MAKEI]["weight"] == 3


def test_undated_rows_are_dropped_only_with_a_bound(toy_extraction, caplog):
    interactions = toy_extraction.interactions.copy()
    interactions.loc[interactions["article_id"] == "a2", ["date", "published"]] = ""
    assert build_network(interactions).has_edge(LAVROV, MAKEI)
    with caplog.at_level(logging.WARNING, logger="analysis.views.network"):
        graph = build_network(interactions, start="2020-01-01")
    assert not graph.has_edge(LAVROV, MAKEI)
    assert "4 interaction(s)" in caplog.text


def test_self_loops_and_blank_ends_are_ignored(toy_extraction):
    extra = toy_extraction.interactions.iloc[[0, 0]].copy()
    extra.iloc[0, extra.columns.get_loc("target")] = PUTIN
    extra.iloc[1, extra.columns.get_loc("target")] = ""
    graph = build_network(pd.concat([toy_extraction.interactions, extra]))
    assert not graph.has_edge(PUTIN, PUTIN) and "" not in graph
    assert graph.edges[PUTIN, LUKASHENKO]["weight"] == 6


def test_empty_interactions_give_an_empty_graph(caplog):
    with caplog.at_level(logging.WARNING, logger="analysis.views.network"):
        graph = build_network(empty_table(INTERACTION_COLUMNS))
    assert graph.number_of_nodes() == 0
    assert "no interactions" in caplog.text


@pytest.mark.parametrize("suffix", [".gexf", ".graphml"])
def test_write_network_round_trips_and_is_deterministic(toy_extraction, tmp_path, suffix):
    graph = build_network(toy_extraction.interactions, actor_table=toy_extraction.actors)
    path = write_network(graph, tmp_path / "out" / f"network{suffix}")
    first = path.read_bytes()
    write_network(build_network(toy_extraction.interactions,
                                actor_table=toy_extraction.actors), path)
    assert path.read_bytes() == first
    assert b"lastmodifieddate" not in first
    back = nx.read_gexf(path) if suffix == ".gexf" else nx.read_graphml(path)
    assert back.number_of_edges() == 5
    assert back.edges["putin", "lukashenko"]["kinds"] == "meet;phone"
    assert back.edges["putin", "lukashenko"]["weight"] == 6
    assert back.nodes["putin"]["country"] == "RUS"
    assert int(back.nodes["putin"]["n_mentions"]) == 6
    assert back.nodes["putin"]["label" if suffix == ".gexf" else "name"] == PUTIN


def test_write_network_rejects_other_formats_and_non_scalars(toy_extraction, tmp_path):
    graph = build_network(toy_extraction.interactions)
    with pytest.raises(ValueError, match=r"network\.json"):
        write_network(graph, tmp_path / "network.json")
    graph.nodes[PUTIN]["roles"] = ["president"]
    with pytest.raises(TypeError, match="roles"):
        write_network(graph, tmp_path / "network.gexf")


def test_centrality_table(toy_extraction):
    table = centrality_table(build_network(toy_extraction.interactions,
                                           actor_table=toy_extraction.actors))
    assert list(table.columns) == CENTRALITY_COLUMNS
    assert table["actor"].iloc[0] == PUTIN
    putin = table.iloc[0]
    assert (putin["degree"], putin["weighted_degree"]) == (3, 9)
    assert table["weighted_degree"].is_monotonic_decreasing
    assert table.set_index("actor").loc[MAKEI, "betweenness"] == 0
    assert table.set_index("actor").loc[PUTIN, "betweenness"] > 0
    assert table["eigenvector"].notna().all()


def test_centrality_survives_eigenvector_failure(toy_extraction, monkeypatch, caplog):
    monkeypatch.setattr(network_metrics, "EIGENVECTOR_ITERATIONS", 1)  # cannot converge
    with caplog.at_level(logging.WARNING, logger="analysis.views.network"):
        table = centrality_table(build_network(toy_extraction.interactions))
    assert table["eigenvector"].isna().all()
    assert len(table) == 6 and "eigenvector" in caplog.text


def test_eigenvector_centrality_is_networkx_s_on_numpy():
    graph = star_of_stars(6, 5)
    expected = nx.eigenvector_centrality(graph, weight="weight", max_iter=1000)
    found = network_metrics.eigenvector_centrality(graph)
    assert found == pytest.approx(expected, abs=1e-12)


def test_centrality_of_an_empty_graph():
    table = centrality_table(nx.Graph())
    assert table.empty and list(table.columns) == CENTRALITY_COLUMNS


def test_edge_evidence_lists_the_rows_behind_an_edge(toy_extraction):
    rows = edge_evidence(toy_extraction.interactions, LUKASHENKO, PUTIN)
    assert list(rows.columns) == EVIDENCE_COLUMNS
    assert len(rows) == 6 == build_network(toy_extraction.interactions).edges[
        PUTIN, LUKASHENKO]["weight"]
    assert rows["article_id"].tolist() == ["a1", "a1", "a1", "a3", "a3", "a3"]
    assert "Sochi" in " ".join(rows["evidence"])
    typed = edge_evidence(toy_extraction.interactions, PUTIN, LUKASHENKO, layer="typed")
    assert typed["kind"].tolist() == ["phone", "meet", "meet"]
    dated = edge_evidence(toy_extraction.interactions, PUTIN, LUKASHENKO, start="2020-09-03")
    assert len(dated) == 4
    assert edge_evidence(toy_extraction.interactions, PUTIN, MAKEI).empty


def test_edge_table_heaviest_first(toy_extraction):
    table = edge_table(build_network(toy_extraction.interactions))
    assert table[["source", "target", "weight"]].iloc[0].tolist() == [LUKASHENKO, PUTIN, 6]
    assert len(table) == 5 and table["weight"].is_monotonic_decreasing
    assert table["kinds"].iloc[0] == "meet;phone"


def star_of_stars(n_hubs: int, n_leaves: int) -> nx.Graph:
    """Hubs linked in a ring, each with its own leaves; hub h's edges weigh h + 2."""
    graph = nx.Graph(layer="all", date_span="")
    for hub in range(n_hubs):
        graph.add_edge(f"hub{hub:03d}", f"hub{(hub + 1) % n_hubs:03d}", weight=hub + 2)
        for leaf in range(n_leaves):
            graph.add_edge(f"hub{hub:03d}", f"leaf{hub:03d}-{leaf}", weight=hub + 2)
    return graph


def test_backbone_keeps_the_actors_of_highest_weighted_degree_and_states_the_cut():
    graph = star_of_stars(10, 9)  # 100 nodes
    backbone = network_backbone(graph, 12)
    strength = dict(graph.degree(weight="weight"))
    expected = sorted(graph, key=lambda node: (-strength[node], node))[:12]
    assert set(backbone) == set(expected)
    assert all(graph.has_edge(a, b) for a, b in backbone.edges)
    assert backbone.number_of_edges() == graph.subgraph(expected).number_of_edges()
    assert backbone.graph["backbone"] == "top 12 of 100 actors by weighted degree"
    assert backbone.graph["layer"] == "all"
    assert list(backbone) == [node for node in graph if node in backbone]  # graph's order
    assert network_backbone(graph, 100) is graph and "backbone" not in graph.graph
    with pytest.raises(ValueError, match="max_nodes"):
        network_backbone(graph, 0)


def test_communities_split_two_cliques_joined_by_one_edge():
    graph = nx.Graph()
    graph.add_edges_from(itertools.combinations("abcde", 2), weight=3)
    graph.add_edges_from(itertools.combinations("vwxyz", 2), weight=3)
    graph.add_edge("e", "v", weight=1)
    communities = network_communities(graph)
    assert {communities[n] for n in "abcde"} == {1} and {communities[n] for n in "vwxyz"} == {2}
    assert network_communities(graph) == communities


def test_betweenness_is_sampled_above_the_size_and_exact_below(monkeypatch):
    graph = star_of_stars(8, 9)  # 80 nodes
    exact = centrality_table(graph)
    assert exact.attrs["betweenness"] == "exact"
    monkeypatch.setattr(network_metrics, "EXACT_BETWEENNESS_NODES", 50)
    monkeypatch.setattr(network_metrics, "BETWEENNESS_SAMPLES", 20)
    monkeypatch.setattr(network_metrics, "MIN_BETWEENNESS_SAMPLES", 5)
    sampled = centrality_table(graph)
    assert sampled.attrs["betweenness"].startswith("estimated from 20 of 80 source nodes")
    assert not sampled["betweenness"].equals(exact["betweenness"])
    assert sampled["betweenness"].equals(centrality_table(graph)["betweenness"])  # seeded
    hubs = sampled[sampled["actor"].str.startswith("hub")]
    assert hubs["betweenness"].min() > sampled[sampled["actor"].str.startswith("leaf")][
        "betweenness"].max()  # the estimate keeps who is central
    monkeypatch.setattr(network_metrics, "BETWEENNESS_EDGE_BUDGET", 10 * 80)  # 80 edges
    assert network_metrics.betweenness_samples(graph) == 10  # a dense graph: fewer sources
    monkeypatch.setattr(network_metrics, "BETWEENNESS_EDGE_BUDGET", 1)
    assert network_metrics.betweenness_samples(graph) == 5  # but never below the minimum


def test_a_small_edge_budget_samples_the_betweenness_of_a_small_graph():
    graph = star_of_stars(8, 9)  # 80 nodes, 80 edges
    assert network_metrics.betweenness_samples(graph) is None  # 6,400 within the default
    assert network_metrics.betweenness_samples(graph, 80 * 30) == 30
    assert network_metrics.betweenness_samples(graph, 10**9) is None
    table = centrality_table(graph, edge_budget=80 * 30)
    assert table.attrs["betweenness"].startswith("estimated from 30 of 80 source nodes")
    few = star_of_stars(2, 2)  # 6 nodes: never more sources than nodes
    assert network_metrics.betweenness_samples(few, 1) == few.number_of_nodes()
