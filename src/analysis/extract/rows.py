"""Compact rows and column-wise tables for the reduce: the mentions and interactions tables.

At 10,000 articles the reduce holds over a million mention and interaction rows; as dicts they
took several times the memory of the tables they became. A mention row is a slotted object, and
the interactions table is built as one list per column, each turned into its column and freed
in turn. A text column's Arrow buffers come from the C allocator, which reuses what parsing
freed, rather than from Arrow's default one, which kept twice what the strings took; and they
are made a chunk of rows at a time: one buffer grown to a whole column left behind the smaller
ones it outgrew, about as much again.
"""

from __future__ import annotations

from dataclasses import dataclass
from itertools import repeat
from typing import Any

import numpy as np
import pandas as pd
import pyarrow as pa

from analysis.extract.events import sentence_cooccurrences
from analysis.extract.results import ArticleResult
from analysis.tables import NUMBER_COLUMNS, empty_table

# The dtype pandas gives a column of text: `str`, held by Arrow, from pandas 3 (`object` before).
TEXT_DTYPE = pd.Series([""]).dtype
ARROW_TEXT = getattr(TEXT_DTYPE, "storage", None) == "pyarrow"
# Rows per Arrow chunk of a text column.
TEXT_CHUNK_ROWS = 32_768
# Text columns whose values repeat row after row: a sentence is the evidence of every pair of
# actors it names (nine rows in ten of the interactions table are such pairs). Held as pandas
# categoricals, each sentence is stored once; as `str`, 200 MiB of the table at 10,000 articles.
CATEGORY_COLUMNS = frozenset({"evidence"})


@dataclass(slots=True)
class MentionRow:
    """One row of the mentions table (`MENTION_COLUMNS` and `score`).

    Read and set as attributes, or by key as a dict (`row["actor"]`), as `apply_actor_overrides`
    does.
    """

    article_id: str
    sentence_id: int
    start_char: int
    end_char: int
    text: str
    label: str
    actor_id: str
    actor: str
    method: str
    type: str
    country: str
    published: str
    outlet: str
    score: float

    def __getitem__(self, key: str) -> Any:
        return getattr(self, key)

    def __setitem__(self, key: str, value: Any) -> None:
        setattr(self, key, value)


def rows_frame(rows: list[MentionRow], columns: list[str]) -> pd.DataFrame:
    """A table of `MentionRow`s.

    Args:
        rows: the rows, in order.
        columns: the attributes to take, in order.

    Returns:
        One row per row (as `pd.DataFrame` makes it of dicts), or an empty table.
    """
    table = ColumnTable(columns)
    for name, values in table.columns.items():
        values.extend([getattr(row, name) for row in rows])
    return table.frame()


class ColumnTable:
    """A table under construction: one list per column, rows appended in order."""

    def __init__(self, columns: list[str]) -> None:
        self.columns: dict[str, list] = {name: [] for name in columns}

    def add(self, n_rows: int, shared: dict[str, Any], each: dict[str, list]) -> None:
        """Append rows.

        Args:
            n_rows: how many.
            shared: column -> the value of every new row.
            each: column -> the `n_rows` values of the new rows (every column not in `shared`).
        """
        for name, values in self.columns.items():
            values.extend(each[name] if name in each else repeat(shared[name], n_rows))

    def frame(self) -> pd.DataFrame:
        """The table, with the dtypes `pd.DataFrame` gives rows of dicts; the lists are emptied,
        each as soon as its column is made.

        Returns:
            The DataFrame (an empty table of the columns when no row was added).
        """
        names = list(self.columns)
        if not self.columns[names[0]]:
            return empty_table(names)
        data = {}
        for name in names:
            data[name] = _column(name, self.columns[name])
            self.columns[name] = []
        return pd.DataFrame(data, columns=names, copy=False)


def _column(name: str, values: list) -> pd.Series:
    """One column of a table, typed as `pd.Series(values)` types it (`NUMBER_COLUMNS` hold
    numbers, the others text), but for `CATEGORY_COLUMNS`, which are categoricals of text."""
    if name in CATEGORY_COLUMNS:
        return pd.Series(_categorical(values))
    if name in NUMBER_COLUMNS or not ARROW_TEXT:
        return pd.Series(values)
    pool = pa.system_memory_pool()
    chunks = [pa.array(values[start:start + TEXT_CHUNK_ROWS], type=pa.large_string(),
                       memory_pool=pool) for start in range(0, len(values), TEXT_CHUNK_ROWS)]
    return pd.Series(pd.array(pa.chunked_array(chunks, type=pa.large_string()),
                              dtype=TEXT_DTYPE))


def _categorical(values: list[str]) -> pd.Categorical:
    """A categorical of text, its categories in order of first appearance; coded here, since
    `pd.Categorical(values)` makes a text array of every value first."""
    first_code: dict[str, int] = {}
    codes = np.fromiter((first_code.setdefault(value, len(first_code)) for value in values),
                        dtype=np.int32, count=len(values))
    return pd.Categorical.from_codes(codes, pd.Index(list(first_code), dtype=TEXT_DTYPE))


def pair_columns(pairs: list[tuple[str, str]], ids: dict[str, str]) -> dict[str, list[str]]:
    """The `source`, `target`, `source_id` and `target_id` columns of interaction rows.

    Args:
        pairs: (source, target) canonical names, one per row.
        ids: an article's canonical name -> actor_id.

    Returns:
        column -> values.
    """
    return {"source": [s for s, _ in pairs], "target": [t for _, t in pairs],
            "source_id": [ids.get(s, "") for s, _ in pairs],
            "target_id": [ids.get(t, "") for _, t in pairs]}


# The columns of a co-occurrence row that say nothing but its layer.
COOCCURRENCE_ROW = {"layer": "cooccurrence", "kind": "", "cameo": "", "date": "",
                    "date_text": "", "place": "", "status": ""}


def add_cooccurrences(table: ColumnTable, base: dict[str, str], result: ArticleResult,
                      in_network: dict[int, str], ids: dict[str, str]) -> None:
    """Add one `cooccurrence` row per pair of actors named in one sentence of an article.

    Args:
        table: the interactions table under construction.
        base: the columns the article gives every row (`article_id`, `published`, `outlet`).
        result: the article's map result.
        in_network: mention index -> canonical name, for the mentions that are actors.
        ids: canonical name -> actor_id.
    """
    found = sentence_cooccurrences(result.mentions, in_network)
    table.add(len(found), {**base, **COOCCURRENCE_ROW}, {
        "sentence_id": [sentence_id for sentence_id, _, _ in found],
        "evidence": [result.sentences.get(sentence_id, "") for sentence_id, _, _ in found],
        **pair_columns([(a, b) for _, a, b in found], ids)})
