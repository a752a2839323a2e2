"""The actor network: who interacts with whom, weighted by how often, per layer.

`build_network` turns the interactions table into an undirected, weighted networkx graph;
`write_network` exports it for Gephi (GEXF) or other tools (GraphML); `centrality_table` ranks
the actors; `edge_evidence` lists the sentences behind one edge.
"""

from __future__ import annotations

import io
import logging
import math
import re
from pathlib import Path

import networkx as nx
import pandas as pd

from analysis.frames import (
    actor_keys,
    date_span_text,
    date_window,
    full_day,
    in_date_window,
    overlaps_window,
    require_columns,
    text_column,
)
from analysis.tables import empty_table

logger = logging.getLogger(__name__)

LAYERS = ("all", "cooccurrence", "typed")
CENTRALITY_COLUMNS = [
    "actor", "degree", "weighted_degree", "betweenness", "eigenvector", "type", "country",
]
EVIDENCE_COLUMNS = ["article_id", "sentence_id", "layer", "kind", "date", "evidence"]
NETWORK_FORMATS = (".gexf", ".graphml")
# networkx stamps GEXF files with today's date; a file that changes with the calendar would
# break the "unchanged corpus, unchanged files" promise, and the attribute is optional.
_GEXF_DATE = re.compile(rb' lastmodifieddate="[^"]*"')


def _validate_layer(layer: object) -> str:
    if layer not in LAYERS:
        raise ValueError(f"layer={layer!r} is not one of {list(LAYERS)}")
    return str(layer)


def _interaction_rows(interactions: pd.DataFrame, layer: str) -> pd.DataFrame:
    """The interactions as clean strings, restricted to `layer`, without self-loops."""
    columns = ["article_id", "sentence_id", "source", "target", "layer", "kind", "date",
               "published", "evidence"]
    rows = pd.DataFrame({
        column: text_column(interactions[column]) if column in interactions else ""
        for column in columns
    }, index=interactions.index)
    rows = rows[(rows["source"] != "") & (rows["target"] != "") & (rows["source"] != rows["target"])]
    if layer != "all":
        rows = rows[rows["layer"] == layer]
    return rows


def interaction_days(interactions: pd.DataFrame) -> pd.Series:
    """The day each interaction happened, for date filters: `date` when it is a full ISO day,
    else the article's `published` day, else NaT.

    Args:
        interactions: the interactions table (uses `date` and `published` where present).

    Returns:
        A datetime64 Series aligned with `interactions`.
    """
    dates = text_column(interactions["date"]) if "date" in interactions else None
    published = text_column(interactions["published"]) if "published" in interactions else None
    days = []
    for position in range(len(interactions)):
        day = full_day(dates.iloc[position]) if dates is not None else None
        if day is None and published is not None:
            day = full_day(published.iloc[position])
        days.append(pd.NaT if day is None else day)
    return pd.Series(pd.to_datetime(days), index=interactions.index, dtype="datetime64[ns]")


def _actor_attributes(actor_table: pd.DataFrame | None) -> tuple[dict[str, dict], dict[str, str]]:
    """Node attributes by canonical name, and canonical name by case-folded actor id."""
    if actor_table is None:
        return {}, {}
    require_columns(actor_table, ["actor_id", "name"], "actors")
    attributes: dict[str, dict] = {}
    names_by_id: dict[str, str] = {}
    for row in actor_table.itertuples(index=False):
        name = "" if pd.isna(row.name) else str(row.name).strip()
        if not name:
            continue
        actor_id = "" if pd.isna(row.actor_id) else str(row.actor_id).strip()
        n_mentions = getattr(row, "n_mentions", 0)
        attributes[name] = {
            "actor_id": actor_id,
            "type": _scalar_text(getattr(row, "type", "")),
            "country": _scalar_text(getattr(row, "country", "")),
            "n_mentions": 0 if pd.isna(n_mentions) else int(n_mentions),
        }
        if actor_id:
            names_by_id[actor_id.casefold()] = name
    return attributes, names_by_id


def _scalar_text(value: object) -> str:
    return "" if value is None or pd.isna(value) else str(value).strip()


def build_network(
    interactions: pd.DataFrame,
    *,
    layer: str = "all",
    actors: list[str] | str | None = None,
    start: object = None,
    end: object = None,
    actor_table: pd.DataFrame | None = None,
) -> nx.Graph:
    """Build the weighted, undirected actor network from the interactions table.

    Args:
        interactions: the interactions table (`tables.INTERACTION_COLUMNS`).
        layer: `"all"`, `"cooccurrence"` (actors named in one sentence) or `"typed"`
            (a verb or noun asserts the interaction).
        actors: keep only edges that touch at least one of these actors (canonical names,
            or actor ids when `actor_table` is given; case-insensitive).
        start: first day to keep (inclusive; ISO string or date). A row's day is its `date`
            when that is a full ISO day, else its article's `published` day; rows with neither
            are left out when a bound is given (a warning says how many).
        end: last day to keep (inclusive).
        actor_table: the actors table (`tables.ACTOR_COLUMNS`); gives the nodes their
            `actor_id`, `type`, `country` and `n_mentions`.

    Returns:
        A `networkx.Graph`. Nodes are canonical names with `actor_id`, `type`, `country`
        (strings, "" when unknown) and `n_mentions` (int, 0 when unknown). Edges carry
        `weight` (rows in the chosen layer), `weight_cooccurrence`, `weight_typed`, `kinds`
        (the typed kinds seen, sorted and joined by `;`, e.g. `"meet;phone"`) and
        `n_articles`. `graph.graph` holds `layer` and `date_span` (the days the kept rows
        span, `"2020-08-31 – 2020-09-14"` or ""). Every attribute is a str or int, so the
        graph writes to GEXF and GraphML as is.

    Raises:
        ValueError: an argument is not valid (the message names it).

    Example:
        >>> graph = build_network(extraction.interactions, layer="typed")  # doctest: +SKIP
        >>> graph["Vladimir Putin"]["Alexander Lukashenko"]["weight"]  # doctest: +SKIP
    """
    require_columns(interactions, ["article_id", "source", "target", "layer"], "interactions")
    layer = _validate_layer(layer)
    wanted = actor_keys(actors)
    lo, hi = date_window(start, end)
    attributes, names_by_id = _actor_attributes(actor_table)

    graph = nx.Graph(layer=layer, date_span="")
    rows = _interaction_rows(interactions, layer)
    days = interaction_days(rows)
    keep = in_date_window(
        days, days, lo, hi, log=logger,
        undated_message="build_network: %d interaction(s) without a date or publication date "
        "left out by the date filter",
    )
    rows, days = rows[keep], days[keep]
    if wanted is not None:
        wanted = wanted | {names_by_id[key].casefold() for key in wanted if key in names_by_id}
        keep = rows["source"].str.casefold().isin(wanted) | rows["target"].str.casefold().isin(
            wanted
        )
        rows, days = rows[keep], days[keep]
    if rows.empty:
        logger.warning("build_network: no interactions match the filters")
        return graph

    pair = [tuple(sorted(ends)) for ends in zip(rows["source"], rows["target"], strict=True)]
    rows = rows.assign(a=[p[0] for p in pair], b=[p[1] for p in pair])
    for node in sorted(set(rows["a"]) | set(rows["b"])):
        defaults = {"actor_id": "", "type": "", "country": "", "n_mentions": 0}
        graph.add_node(node, **{**defaults, **attributes.get(node, {})})
    for (a, b), edge_rows in rows.groupby(["a", "b"], sort=True):
        typed = edge_rows[edge_rows["layer"] == "typed"]
        graph.add_edge(
            a, b,
            weight=len(edge_rows),
            weight_cooccurrence=int((edge_rows["layer"] == "cooccurrence").sum()),
            weight_typed=len(typed),
            kinds=";".join(sorted(set(typed["kind"]) - {""})),
            n_articles=int(edge_rows["article_id"].nunique()),
        )
    graph.graph["date_span"] = date_span_text(days)
    return graph


def write_network(graph: nx.Graph, path: str | Path) -> Path:
    """Write the network to GEXF (Gephi) or GraphML, chosen by the file's suffix.

    The output is deterministic: nodes and edges in the graph's order, and no date stamp.

    Args:
        graph: a graph from `build_network` (attributes must be str, int, float or bool).
        path: the file to write, ending in `.gexf` or `.graphml`; its folder is created.

    Returns:
        The path written.

    Raises:
        ValueError: the suffix is neither `.gexf` nor `.graphml`.
        TypeError: an attribute is not a scalar these formats can store.
    """
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix not in NETWORK_FORMATS:
        raise ValueError(f"path={str(path)!r} must end in .gexf or .graphml")
    _check_scalar_attributes(graph)
    path.parent.mkdir(parents=True, exist_ok=True)
    if suffix == ".gexf":
        buffer = io.BytesIO()
        nx.write_gexf(graph, buffer)
        path.write_bytes(_GEXF_DATE.sub(b"", buffer.getvalue()))
    else:
        nx.write_graphml(graph, path)
    return path


def _check_scalar_attributes(graph: nx.Graph) -> None:
    scalar = (str, int, float, bool)
    items = [("node", node, data) for node, data in graph.nodes(data=True)]
    items += [("edge", (a, b), data) for a, b, data in graph.edges(data=True)]
    for what, where, data in items:
        for key, value in data.items():
            if not isinstance(value, scalar):
                raise TypeError(
                    f"{what} {where!r} attribute {key}={value!r} is not a str, int, float or "
                    "bool; GEXF and GraphML cannot store it"
                )


def centrality_table(graph: nx.Graph) -> pd.DataFrame:
    """Rank the actors of a network by centrality.

    Args:
        graph: a graph from `build_network`.

    Returns:
        One row per node: `actor`, `degree` (number of neighbours), `weighted_degree` (sum of
        edge weights), `betweenness` (normalised; shortest paths with distance 1/weight, so
        that frequent partners are close), `eigenvector` (weighted; NaN, with a warning, when
        the power iteration does not converge), `type`, `country`; sorted by weighted degree,
        then degree (descending), then name.
    """
    if graph.number_of_nodes() == 0:
        return empty_table(CENTRALITY_COLUMNS)
    distance = nx.Graph()
    distance.add_nodes_from(graph)
    distance.add_weighted_edges_from(
        (a, b, 1.0 / max(float(data.get("weight", 1)), 1e-9))
        for a, b, data in graph.edges(data=True)
    )
    betweenness = nx.betweenness_centrality(distance, weight="weight", normalized=True)
    try:
        eigenvector = nx.eigenvector_centrality(graph, weight="weight", max_iter=1000)
    except (nx.PowerIterationFailedConvergence, nx.NetworkXException) as error:
        logger.warning("centrality_table: eigenvector centrality failed (%s); left empty", error)
        eigenvector = {}
    table = pd.DataFrame({
        "actor": list(graph.nodes),
        "degree": [graph.degree(node) for node in graph.nodes],
        "weighted_degree": [graph.degree(node, weight="weight") for node in graph.nodes],
        "betweenness": [betweenness.get(node, math.nan) for node in graph.nodes],
        "eigenvector": [eigenvector.get(node, math.nan) for node in graph.nodes],
        "type": [graph.nodes[node].get("type", "") for node in graph.nodes],
        "country": [graph.nodes[node].get("country", "") for node in graph.nodes],
    })
    return table.sort_values(
        ["weighted_degree", "degree", "actor"], ascending=[False, False, True], kind="stable"
    ).reset_index(drop=True)


def edge_evidence(
    interactions: pd.DataFrame,
    a: str,
    b: str,
    *,
    layer: str = "all",
    start: object = None,
    end: object = None,
) -> pd.DataFrame:
    """The interactions behind one edge of the network, in either direction.

    Args:
        interactions: the interactions table (`tables.INTERACTION_COLUMNS`).
        a: one actor's canonical name.
        b: the other actor's canonical name.
        layer: `"all"`, `"cooccurrence"` or `"typed"`.
        start: first day to keep, as in `build_network` (so that the rows match the edge's
            weight in a graph built with the same bounds).
        end: last day to keep.

    Returns:
        `article_id, sentence_id, layer, kind, date, evidence`, one row per interaction,
        ordered by article and sentence.

    Raises:
        ValueError: `layer` or a date bound is not valid.
    """
    require_columns(interactions, ["article_id", "source", "target", "layer"], "interactions")
    layer = _validate_layer(layer)
    lo, hi = date_window(start, end)
    rows = _interaction_rows(interactions, layer)
    ends = {a, b}
    keep = [
        {source, target} == ends
        for source, target in zip(rows["source"], rows["target"], strict=True)
    ]
    rows = rows[keep]
    if lo is not None or hi is not None:
        days = interaction_days(rows)
        rows = rows[overlaps_window(days, days, lo, hi)]
    if rows.empty:
        return empty_table(EVIDENCE_COLUMNS)
    sentence = pd.to_numeric(rows["sentence_id"], errors="coerce")
    rows = rows.assign(_sentence=sentence).sort_values(
        ["article_id", "_sentence", "layer", "kind"], kind="stable"
    )
    result = rows[EVIDENCE_COLUMNS].reset_index(drop=True)
    if "sentence_id" in interactions:
        result["sentence_id"] = interactions.loc[rows.index, "sentence_id"].to_numpy()
    return result


def edge_table(graph: nx.Graph) -> pd.DataFrame:
    """The edges of a network as a table (the data beside a network figure).

    Args:
        graph: a graph from `build_network`.

    Returns:
        `source, target, weight, weight_cooccurrence, weight_typed, kinds, n_articles`,
        heaviest first (ties by names).
    """
    columns = ["source", "target", "weight", "weight_cooccurrence", "weight_typed", "kinds",
               "n_articles"]
    rows = [
        {"source": a, "target": b, **{key: data.get(key, "") for key in columns[2:]}}
        for a, b, data in graph.edges(data=True)
    ]
    if not rows:
        return empty_table(columns)
    return pd.DataFrame(rows, columns=columns).sort_values(
        ["weight", "source", "target"], ascending=[False, True, True], kind="stable"
    ).reset_index(drop=True)
