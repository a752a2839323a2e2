"""Compact rows and column-wise tables for the reduce.

At 10,000 articles the reduce holds over a million mention and interaction rows; as dicts they
took several times the memory of the tables they became. A mention row is a slotted object, and
the interactions table is built as one list per column, each turned into its column and freed
in turn.
"""

from __future__ import annotations

from dataclasses import dataclass
from itertools import repeat
from typing import Any

import pandas as pd

from analysis.tables import empty_table


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
            data[name] = pd.Series(self.columns[name])
            self.columns[name] = []
        return pd.DataFrame(data, columns=names, copy=False)
