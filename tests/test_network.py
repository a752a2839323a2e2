"""build_network, write_network, centrality_table, edge_evidence on the toy extraction."""

from __future__ import annotations

import logging

import networkx as nx
import pandas as pd
import pytest

from analysis.tables import INTERACTION_COLUMNS, empty_table
from analysis.views.network import (
    CENTRALITY_COLUMNS,
    EVIDENCE_COLUMNS,
    build_network,
    centrality_table,
    edge_evidence,
    edge_table,
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


def test_node_attributes_from_the_actor_table(toy_extraction):
    graph = build_network(toy_extraction.interactions, actor_table=toy_extraction.actors)
    assert graph.nodes[PUTIN] == {"actor_id": "putin", "type": "person", "country": "RUS",
                                  "n_mentions": 6}
    assert graph.nodes[MINSK]["type"] == "place"
    bare = build_network(toy_extraction.interactions)
    assert bare.nodes[PUTIN] == {"actor_id": "", "type": "", "country": "", "n_mentions": 0}


def test_actor_filter_keeps_edges_touching_an_actor(toy_extraction):
    graph = build_network(toy_extraction.interactions, actors=["sergey lavrov"])
    assert edge_set(graph) == {frozenset({LAVROV, MAKEI}), frozenset({LAVROV, PUTIN})}
    by_id = build_network(toy_extraction.interactions, actors=["lavrov"],
                          actor_table=toy_extraction.actors)
    assert edge_set(by_id) == edge_set(graph)
    assert build_network(toy_extraction.interactions, actors=["Nobody"]).number_of_nodes() == 0


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
    assert back.edges[PUTIN, LUKASHENKO]["kinds"] == "meet;phone"
    assert back.edges[PUTIN, LUKASHENKO]["weight"] == 6
    assert back.nodes[PUTIN]["country"] == "RUS"
    assert int(back.nodes[PUTIN]["n_mentions"]) == 6


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
    def fail(*_args, **_kwargs):
        raise nx.PowerIterationFailedConvergence(1000)

    monkeypatch.setattr(nx, "eigenvector_centrality", fail)
    with caplog.at_level(logging.WARNING, logger="analysis.views.network"):
        table = centrality_table(build_network(toy_extraction.interactions))
    assert table["eigenvector"].isna().all()
    assert len(table) == 6 and "eigenvector" in caplog.text


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
