"""The actor network: who interacts with whom, weighted by how often, per layer.

`build_network` turns the interactions table into an undirected, weighted networkx graph whose
nodes are actor ids (so that the place Jordan and a person called Jordan stay two nodes), each
with its display `name`; `write_network` exports it for Gephi (GEXF) or other tools (GraphML);
`network_backbone` keeps the actors a figure can show; `centrality_table` ranks the actors;
`edge_evidence` lists the sentences behind one edge.
"""

from __future__ import annotations

import io
import logging
import re
from pathlib import Path

import networkx as nx
import pandas as pd

from analysis.frames import (
    actor_keys,
    casefold_in,
    date_span_text,
    date_window,
    from_outlets,
    full_day,
    in_date_window,
    outlet_keys,
    overlaps_window,
    require_columns,
    text_column,
    text_columns,
)
from analysis.tables import empty_table
from analysis.views.network_metrics import (
    BACKBONE_NODES,
    BETWEENNESS_SAMPLES,
    CENTRALITY_COLUMNS,
    EXACT_BETWEENNESS_NODES,
    PANEL_BACKBONE_NODES,
    centrality_table,
    network_backbone,
    network_communities,
    node_name,
)

__all__ = [
    "BACKBONE_NODES", "BETWEENNESS_SAMPLES", "CENTRALITY_COLUMNS", "EDGE_COLUMNS",
    "EVIDENCE_COLUMNS", "EXACT_BETWEENNESS_NODES", "LAYERS", "NETWORK_FORMATS",
    "PANEL_BACKBONE_NODES",
    "build_network", "centrality_table", "edge_evidence", "edge_table", "interaction_days",
    "network_backbone", "network_communities", "network_rows", "node_name", "write_network",
]

logger = logging.getLogger(__name__)

LAYERS = ("all", "cooccurrence", "typed")
EVIDENCE_COLUMNS = ["article_id", "outlet", "published", "sentence_id", "layer", "kind", "date",
                    "evidence"]
NETWORK_FORMATS = (".gexf", ".graphml")
# networkx stamps GEXF files with today's date; a file that changes with the calendar would
# break the "unchanged corpus, unchanged files" promise, and the attribute is optional.
_GEXF_DATE = re.compile(rb' lastmodifieddate="[^"]*"')


def _validate_layer(layer: object) -> str:
    if layer not in LAYERS:
        raise ValueError(f"layer={layer!r} is not one of {list(LAYERS)}")
    return str(layer)


def _interaction_rows(interactions: pd.DataFrame, layer: str, columns: list[str]) -> pd.DataFrame:
    """`columns` of the interactions as clean strings ("" where absent), restricted to `layer`,
    without self-loops or blank ends."""
    wanted = list(dict.fromkeys(["source", "target", "layer", *columns]))
    rows = text_columns(interactions, wanted)
    keep = (rows["source"] != "") & (rows["target"] != "") & (rows["source"] != rows["target"])
    if layer != "all":
        keep &= rows["layer"] == layer
    return rows[keep]


def _full_days(values: pd.Series) -> pd.Series:
    """Each ISO value's day when it is a full day, else NaT (each distinct value read once)."""
    distinct = values.unique()
    days = pd.Series([full_day(value) for value in distinct], index=distinct,
                     dtype="datetime64[ns]")
    return pd.Series(days.reindex(values).to_numpy(), index=values.index,
                     dtype="datetime64[ns]")


def interaction_days(interactions: pd.DataFrame) -> pd.Series:
    """The day each interaction happened, for date filters: `date` when it is a full ISO day,
    else the article's `published` day, else NaT.

    Args:
        interactions: the interactions table (uses `date` and `published` where present).

    Returns:
        A datetime64 Series aligned with `interactions`.
    """
    days = pd.Series(pd.NaT, index=interactions.index, dtype="datetime64[ns]")
    for column in ("published", "date"):  # an event's own date wins over its article's
        if column in interactions:
            found = _full_days(text_column(interactions[column]))
            days = found.where(found.notna(), days)
    return days


def _actor_attributes(actor_table: pd.DataFrame | None) -> tuple[dict[str, dict], dict[str, str]]:
    """Node attributes by actor id, and the actor id of each name only one actor bears."""
    if actor_table is None:
        return {}, {}
    require_columns(actor_table, ["actor_id", "name"], "actors")
    attributes: dict[str, dict] = {}
    ids_of_name: dict[str, set[str]] = {}
    for row in actor_table.itertuples(index=False):
        name, actor_id = _scalar_text(row.name), _scalar_text(row.actor_id)
        if not name or not actor_id:
            continue
        n_mentions = getattr(row, "n_mentions", 0)
        attributes[actor_id] = {
            "actor_id": actor_id, "name": name,
            "type": _scalar_text(getattr(row, "type", "")),
            "country": _scalar_text(getattr(row, "country", "")),
            "n_mentions": 0 if pd.isna(n_mentions) else int(n_mentions),
        }
        ids_of_name.setdefault(name, set()).add(actor_id)
    unique_ids = {name: next(iter(ids)) for name, ids in ids_of_name.items() if len(ids) == 1}
    return attributes, unique_ids


def _scalar_text(value: object) -> str:
    return "" if value is None or pd.isna(value) else str(value).strip()


def _node_keys(rows: pd.DataFrame, end: str, id_of_name: dict[str, str]) -> pd.Series:
    """The node of each row's `end` ("source" or "target"): its `<end>_id` when the
    interactions carry one, else the id of the one actor with that name, else the name."""
    names = rows[end]
    keys = names.map(id_of_name).fillna(names) if id_of_name else names
    ids = rows.get(f"{end}_id")
    return keys if ids is None else ids.where(ids != "", keys)


def _endpoint_rows(interactions: pd.DataFrame, layer: str, columns: list[str],
                   actor_table: pd.DataFrame | None) -> pd.DataFrame:
    """The interaction rows of `layer` with `a` and `b`, the nodes of their two ends in sorted
    order (an undirected edge), and `name_a`, `name_b`, the names written for them."""
    rows = _interaction_rows(interactions, layer, [*columns, "source_id", "target_id"])
    _, id_of_name = _actor_attributes(actor_table)
    source, target = _node_keys(rows, "source", id_of_name), _node_keys(rows, "target", id_of_name)
    swap = source > target
    return rows.assign(a=source.where(~swap, target), b=target.where(~swap, source),
                       name_a=rows["source"].where(~swap, rows["target"]),
                       name_b=rows["target"].where(~swap, rows["source"]))[source != target]


def network_rows(interactions: pd.DataFrame,
                 actor_table: pd.DataFrame | None = None) -> pd.DataFrame:
    """The interactions of every layer with their ends resolved, ready for `build_network`.

    Resolving the ends (`a`, `b`) and the days is most of the cost of a graph; an explorer
    that builds a graph per click resolves them once with this and passes the result as
    `build_network`'s `interactions`.

    Args:
        interactions: the interactions table (see `build_network`).
        actor_table: the actors table, which names the ends' actor ids.

    Returns:
        The rows without self-loops or blank ends, as clean strings, with `a` and `b` (the
        nodes of the two ends, in sorted order), `name_a` and `name_b` (the names written for
        them) and `day` (`interaction_days`).
    """
    require_columns(interactions, ["article_id", "source", "target", "layer"], "interactions")
    rows = _endpoint_rows(interactions, "all", ["article_id", "kind", "date", "published",
                                                "outlet"], actor_table)
    return rows.assign(day=interaction_days(rows))


def build_network(
    interactions: pd.DataFrame,
    *,
    layer: str = "all",
    actors: list[str] | str | None = None,
    start: object = None,
    end: object = None,
    actor_table: pd.DataFrame | None = None,
    outlets: list[str] | str | None = None,
) -> nx.Graph:
    """Build the weighted, undirected actor network from the interactions table.

    Args:
        interactions: the interactions table (`tables.INTERACTION_COLUMNS`; optional
            `source_id` and `target_id` columns name each end's actor id), or its
            `network_rows` (faster for many graphs of one table).
        layer: `"all"`, `"cooccurrence"` (actors named in one sentence) or `"typed"`
            (a verb or noun asserts the interaction).
        actors: keep only edges that touch at least one of these actors (canonical names
            or actor ids; case-insensitive).
        start: first day to keep (inclusive; ISO string or date). A row's day is its `date`
            when that is a full ISO day, else its article's `published` day; rows with neither
            are left out when a bound is given (a warning says how many).
        end: last day to keep (inclusive).
        actor_table: the actors table (`tables.ACTOR_COLUMNS`); gives the nodes their
            `actor_id`, `type`, `country` and `n_mentions`, and names their ids.
        outlets: keep only interactions from articles of these outlets (case-insensitive).

    Returns:
        A `networkx.Graph`. Each node is an actor id (the `source_id`/`target_id` of the
        interactions, else the id of the one actor of `actor_table` with that name; the name
        itself when neither tells), with `name` (the display name), `actor_id`, `type`,
        `country` (strings, "" when unknown) and `n_mentions` (int, 0 when unknown). Edges
        carry `weight` (rows in the chosen layer), `weight_cooccurrence`, `weight_typed`,
        `kinds` (the typed kinds seen, sorted and joined by `;`, e.g. `"meet;phone"`) and
        `n_articles`. `graph.graph` holds `layer` and `date_span` (the days the kept rows
        span, `"2020-08-31 – 2020-09-14"` or ""). Every attribute is a str or int, so the
        graph writes to GEXF and GraphML as is.

    Raises:
        ValueError: an argument is not valid (the message names it).

    Example:
        >>> graph = build_network(extraction.interactions, layer="typed",
        ...                       actor_table=extraction.actors)  # doctest: +SKIP
        >>> graph["putin"]["lukashenko"]["weight"]  # doctest: +SKIP
    """
    layer = _validate_layer(layer)
    wanted = actor_keys(actors)
    lo, hi = date_window(start, end)
    wanted_outlets = outlet_keys(outlets)
    attributes, _ = _actor_attributes(actor_table)

    graph = nx.Graph(layer=layer, date_span="")
    resolved = {"a", "b", "name_a", "name_b", "day"}.issubset(interactions.columns)
    rows = interactions if resolved else network_rows(interactions, actor_table)
    if layer != "all":
        rows = rows[rows["layer"] == layer]
    days = rows["day"]
    keep = in_date_window(
        days, days, lo, hi, log=logger,
        undated_message="build_network: %d interaction(s) without a date or publication date "
        "left out by the date filter",
    ) & from_outlets(rows["outlet"], wanted_outlets)
    if wanted is not None:
        keep &= pd.concat([casefold_in(rows[column], wanted)
                           for column in ("a", "b", "name_a", "name_b")], axis=1).any(axis=1)
    rows, days = rows[keep], days[keep]
    if rows.empty:
        logger.warning("build_network: no interactions match the filters")
        return graph

    ends = pd.concat([rows[["a", "name_a"]].set_axis(["node", "name"], axis=1),
                      rows[["b", "name_b"]].set_axis(["node", "name"], axis=1)])
    ends = ends.drop_duplicates("node", keep="last")
    names = dict(zip(ends["node"], ends["name"], strict=True))
    for node in sorted(names):
        defaults = {"name": names[node], "actor_id": "", "type": "", "country": "",
                    "n_mentions": 0}
        graph.add_node(node, **{**defaults, **attributes.get(node, {})})
    graph.add_edges_from((a, b, data) for (a, b), data in _edge_attributes(rows).items())
    graph.graph["date_span"] = date_span_text(days)
    return graph


def _edge_attributes(rows: pd.DataFrame) -> dict[tuple[str, str], dict]:
    """Each edge's attributes, from its rows (grouped by `a`, `b`), in sorted edge order."""
    typed = rows["layer"] == "typed"
    stats = rows.assign(cooccurrence=rows["layer"] == "cooccurrence", typed=typed).groupby(
        ["a", "b"], sort=True).agg(weight=("layer", "size"),
                                   weight_cooccurrence=("cooccurrence", "sum"),
                                   weight_typed=("typed", "sum"),
                                   n_articles=("article_id", "nunique"))
    with_kind = rows[typed & (rows["kind"] != "")]
    kinds = with_kind.groupby(["a", "b"], sort=True)["kind"].agg(
        lambda values: ";".join(sorted(set(values))))
    kinds = dict(zip(kinds.index, kinds, strict=True))
    return {
        edge: {"weight": int(weight), "weight_cooccurrence": int(cooccurrence),
               "weight_typed": int(n_typed), "kinds": kinds.get(edge, ""),
               "n_articles": int(n_articles)}
        for edge, weight, cooccurrence, n_typed, n_articles in zip(
            stats.index, stats["weight"], stats["weight_cooccurrence"], stats["weight_typed"],
            stats["n_articles"], strict=True)
    }


def write_network(graph: nx.Graph, path: str | Path) -> Path:
    """Write the network to GEXF (Gephi) or GraphML, chosen by the file's suffix.

    The output is deterministic: nodes and edges in the graph's order, and no date stamp. A
    GEXF node's label is its `name` (its id stays the actor id).

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
        nx.write_gexf(_with_labels(graph), buffer)
        path.write_bytes(_GEXF_DATE.sub(b"", buffer.getvalue()))
    else:
        nx.write_graphml(graph, path)
    return path


def _with_labels(graph: nx.Graph) -> nx.Graph:
    """A copy whose nodes carry `label` (their `name`), the label Gephi shows for a GEXF node."""
    labelled = graph.copy()
    for node, data in labelled.nodes(data=True):
        data.setdefault("label", str(data.get("name") or node))
    return labelled


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


def edge_evidence(
    interactions: pd.DataFrame,
    a: str,
    b: str,
    *,
    layer: str = "all",
    start: object = None,
    end: object = None,
    actor_table: pd.DataFrame | None = None,
    outlets: list[str] | str | None = None,
) -> pd.DataFrame:
    """The interactions behind one edge of the network, in either direction.

    Args:
        interactions: the interactions table (`tables.INTERACTION_COLUMNS`).
        a: one end: a node of `build_network` (an actor id) or a canonical name.
        b: the other end.
        layer: `"all"`, `"cooccurrence"` or `"typed"`.
        start: first day to keep, as in `build_network` (so that the rows match the edge's
            weight in a graph built with the same bounds).
        end: last day to keep.
        actor_table: the actors table the graph was built with, which names the nodes' ids.
        outlets: keep only interactions from articles of these outlets, as in `build_network`.

    Returns:
        `article_id, outlet, published, sentence_id, layer, kind, date, evidence`, one row per
        interaction, ordered by article and sentence.

    Raises:
        ValueError: `layer` or a date bound is not valid.
    """
    require_columns(interactions, ["article_id", "source", "target", "layer"], "interactions")
    layer = _validate_layer(layer)
    lo, hi = date_window(start, end)
    rows = _endpoint_rows(interactions, layer, EVIDENCE_COLUMNS, actor_table)
    keep = pd.Series(False, index=rows.index)
    for first, second in (("a", "b"), ("name_a", "name_b")):
        keep |= ((rows[first] == a) & (rows[second] == b)) | (
            (rows[first] == b) & (rows[second] == a))
    rows = rows[keep & from_outlets(rows["outlet"], outlet_keys(outlets))]
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


EDGE_COLUMNS = ["source", "target", "weight", "weight_cooccurrence", "weight_typed", "kinds",
                "n_articles", "source_id", "target_id"]


def edge_table(graph: nx.Graph) -> pd.DataFrame:
    """The edges of a network as a table (the data beside a network figure).

    Args:
        graph: a graph from `build_network`.

    Returns:
        `source, target` (names), `weight, weight_cooccurrence, weight_typed, kinds,
        n_articles`, `source_id, target_id` (the nodes), heaviest first (ties by names).
    """
    rows = [
        {"source": node_name(graph, a), "target": node_name(graph, b),
         **{key: data.get(key, "") for key in EDGE_COLUMNS[2:7]},
         "source_id": str(a), "target_id": str(b)}
        for a, b, data in graph.edges(data=True)
    ]
    if not rows:
        return empty_table(EDGE_COLUMNS)
    return pd.DataFrame(rows, columns=EDGE_COLUMNS).sort_values(
        ["weight", "source", "target"], ascending=[False, True, True], kind="stable"
    ).reset_index(drop=True)


