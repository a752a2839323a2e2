"""Column contracts of the tables that flow between stages, and the `Extraction` bundle.

Every table is a pandas DataFrame; the lists below are the minimum columns (docs/architecture.md),
in the order the CLI writes them. Stages may add columns after these.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd

ARTICLE_COLUMNS = [
    "article_id", "path", "outlet", "url", "title", "published", "published_source",
    "text", "n_removed_lines",
]
REPORT_COLUMNS = ["path", "status", "reason", "encoding"]
REMOVED_COLUMNS = ["article_id", "line_no", "text", "reason"]
MENTION_COLUMNS = [
    "article_id", "sentence_id", "start_char", "end_char", "text", "label",
    "actor_id", "actor", "method", "type", "country", "published", "outlet",
]
ACTOR_COLUMNS = ["actor_id", "name", "type", "country", "aliases", "n_mentions", "n_articles"]
INTERACTION_COLUMNS = [
    "article_id", "sentence_id", "source", "target", "layer", "kind", "cameo", "date",
    "date_text", "place", "status", "evidence", "published", "outlet", "source_id", "target_id",
]
MEETING_COLUMNS = [
    "meeting_id", "date", "date_precision", "place", "participants", "kind", "status",
    "cameo", "n_sources", "article_ids", "evidence", "notes", "outlets",
]
MERGE_COLUMNS = ["surface", "actor_id", "actor", "method", "score"]
ROLE_COLUMNS = ["actor_id", "actor", "title", "country", "article_id", "published",
                "sentence_id", "evidence", "phrase", "resolution"]


# What `analysis extract --format` writes: CSV opens in a spreadsheet; Parquet keeps types, is
# several times smaller and reads many times faster, for corpora of many thousand articles.
TABLE_FORMATS = ("csv", "parquet")
# The columns above that hold numbers; every other CSV cell is read back as text, so that codes
# such as a CAMEO `036` or an article id `007` keep their zeros.
NUMBER_COLUMNS = frozenset({
    "sentence_id", "start_char", "end_char", "n_mentions", "n_articles", "n_sources", "score",
    "n_removed_lines", "line_no",
})


def empty_table(columns: list[str]) -> pd.DataFrame:
    """An empty DataFrame with the given columns (for empty input)."""
    return pd.DataFrame({name: pd.Series(dtype=object) for name in columns})


def read_table(folder: str | Path, name: str) -> pd.DataFrame:
    """One table that `analysis extract --out FOLDER` wrote, as CSV or as Parquet.

    Args:
        folder: the output folder.
        name: the table, e.g. `meetings` (reads `meetings.parquet` or `meetings.csv`; when
            both are there, the one written last).

    Returns:
        the table; CSV cells are read as text (an empty cell is "", and a cell that `analysis
        extract` guarded against spreadsheet formulas keeps its leading `'`), except those of
        `NUMBER_COLUMNS`.

    Raises:
        FileNotFoundError: the folder holds the table in neither format.

    Example:
        >>> meetings = read_table("out", "meetings")  # doctest: +SKIP
    """
    written = [path for path in (Path(folder) / f"{name}.{fmt}" for fmt in TABLE_FORMATS)
               if path.is_file()]
    if not written:
        raise FileNotFoundError(f"no {name}.csv or {name}.parquet in {folder}")
    latest = max(written, key=lambda path: path.stat().st_mtime_ns)
    if latest.suffix == ".parquet":
        return pd.read_parquet(latest)
    table = pd.read_csv(latest, dtype=str, keep_default_na=False)
    for column in NUMBER_COLUMNS.intersection(table.columns):
        table[column] = pd.to_numeric(table[column].replace("", None))
    return table


@dataclass
class Extraction:
    """Everything `extract()` produces for one corpus.

    Attributes:
        articles: the corpus's articles table (see `ARTICLE_COLUMNS`).
        mentions: one row per resolved mention (`MENTION_COLUMNS`).
        actors: one row per canonical actor (`ACTOR_COLUMNS`).
        interactions: co-occurrence and typed interactions (`INTERACTION_COLUMNS`).
        meetings: deduplicated meetings (`MEETING_COLUMNS`).
        merges: surface form -> actor decisions a researcher should review (`MERGE_COLUMNS`).
        roles: the roles articles give people beside their names ("Indonesian President Joko
            Widodo"), one row per statement, dated by the article (`ROLE_COLUMNS`), and each role
            phrase its article could not resolve ("the Prime Minister"), with the actor the
            corpus's roles gave it (`resolution` `corpus`) or none (`unresolved`, for review).
    """

    articles: pd.DataFrame
    mentions: pd.DataFrame
    actors: pd.DataFrame
    interactions: pd.DataFrame
    meetings: pd.DataFrame
    merges: pd.DataFrame = field(default_factory=lambda: empty_table(MERGE_COLUMNS))
    roles: pd.DataFrame = field(default_factory=lambda: empty_table(ROLE_COLUMNS))
