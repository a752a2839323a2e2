"""DataFrame helpers every view shares: ISO dates at any precision, `start`/`end` date windows,
actor-list arguments, text columns and table checks.

`analysis.views.frequency`, `network`, `timeline`, `plots` and `widgets` import these instead
of repeating them; nothing here depends on any view.
"""

from __future__ import annotations

import datetime as dt
import logging
import re
from collections.abc import Iterable
from functools import lru_cache

import pandas as pd

_DAY = re.compile(r"^(\d{4})-(\d{2})-(\d{2})(?:[T ].*)?$")
_WEEK = re.compile(r"^(\d{4})-W(\d{1,2})$")
_MONTH = re.compile(r"^(\d{4})-(\d{2})$")
_YEAR = re.compile(r"^(\d{4})$")


def period_bounds(value: object) -> tuple[pd.Timestamp, pd.Timestamp] | None:
    """First and last day of an ISO date at any precision.

    Understands what `analysis.extract.dates` writes: a day (`2020-09-14`, a time after it is
    ignored), an ISO week (`2020-W37`, Monday to Sunday), a month (`2020-09`), a year
    (`2020`) and a range of any two of these joined by `/` (`2020-09-01/2020-09-05`).

    Args:
        value: the ISO string (anything else, or an empty string, gives None).

    Returns:
        `(first_day, last_day)` as midnight Timestamps, or None when `value` is not a date.

    Example:
        >>> period_bounds("2020-W37")[0].date()
        datetime.date(2020, 9, 7)
    """
    if not isinstance(value, str):
        return None
    return _period_bounds(value.strip())


@lru_cache(maxsize=4096)
def _period_bounds(text: str) -> tuple[pd.Timestamp, pd.Timestamp] | None:
    if "/" in text:
        first, _, last = text.partition("/")
        lo, hi = _period_bounds(first.strip()), _period_bounds(last.strip())
        if lo is None or hi is None or lo[0] > hi[1]:
            return None
        return lo[0], hi[1]
    try:
        if match := _DAY.match(text):
            day = pd.Timestamp(dt.date(*(int(part) for part in match.groups())))
            return day, day
        if match := _WEEK.match(text):
            monday = dt.date.fromisocalendar(int(match[1]), int(match[2]), 1)
            return pd.Timestamp(monday), pd.Timestamp(monday + dt.timedelta(days=6))
        if match := _MONTH.match(text):
            first_day = pd.Timestamp(int(match[1]), int(match[2]), 1)
            return first_day, first_day + pd.offsets.MonthEnd(0)
        if match := _YEAR.match(text):
            year = int(match[1])
            return pd.Timestamp(year, 1, 1), pd.Timestamp(year, 12, 31)
    except ValueError:  # 2020-02-30, 2020-W54, 2020-13
        return None
    return None


def full_day(value: object) -> pd.Timestamp | None:
    """The day of an ISO date at day precision (`2020-09-14`), else None (week, month, empty)."""
    bounds = period_bounds(value)
    if bounds is None or bounds[0] != bounds[1]:
        return None
    return bounds[0]


def parse_date_bound(value: object, name: str, *, last: bool = False) -> pd.Timestamp | None:
    """Turn a `start=` / `end=` argument into a midnight Timestamp.

    Args:
        value: None or "" (no bound), a `datetime.date`, `datetime.datetime`, Timestamp, or
            an ISO string at any precision `period_bounds` reads.
        name: the argument's name, for the error message.
        last: take the last day of a coarser period (`end="2020-09"` is 30 September).

    Returns:
        The bound, or None for no bound.

    Raises:
        ValueError: `value` is not a date.
    """
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    if isinstance(value, dt.date):  # also datetime.datetime and pd.Timestamp
        if pd.isna(value):
            return None
        return pd.Timestamp(value).normalize()
    bounds = period_bounds(value) if isinstance(value, str) else None
    if bounds is None:
        raise ValueError(
            f"{name}={value!r} is not a date; expected an ISO date such as '2020-09-14', "
            "'2020-W37' or '2020-09', or a datetime.date"
        )
    return bounds[1] if last else bounds[0]


def date_window(start: object, end: object) -> tuple[pd.Timestamp | None, pd.Timestamp | None]:
    """Validate a `start` / `end` pair of arguments (both inclusive).

    Args:
        start: first day to keep, see `parse_date_bound`.
        end: last day to keep, see `parse_date_bound`.

    Returns:
        `(start, end)` as Timestamps or None.

    Raises:
        ValueError: a bound is not a date, or start is after end.
    """
    lo = parse_date_bound(start, "start")
    hi = parse_date_bound(end, "end", last=True)
    if lo is not None and hi is not None and lo > hi:
        raise ValueError(f"start={start!r} is after end={end!r}")
    return lo, hi


def overlaps_window(
    first: pd.Series, last: pd.Series, start: pd.Timestamp | None, end: pd.Timestamp | None
) -> pd.Series:
    """Which periods `[first, last]` overlap the window `[start, end]`; undated (NaT) never do.

    Args:
        first: first day of each period (NaT when undated).
        last: last day of each period (NaT when undated).
        start: the window's first day, or None for open.
        end: the window's last day, or None for open.

    Returns:
        A boolean Series aligned with `first`.
    """
    keep = first.notna() & last.notna()
    if start is not None:
        keep &= last >= start
    if end is not None:
        keep &= first <= end
    return keep


def in_date_window(
    first: pd.Series,
    last: pd.Series,
    start: pd.Timestamp | None,
    end: pd.Timestamp | None,
    *,
    log: logging.Logger,
    undated_message: str,
) -> pd.Series:
    """Which rows a `start` / `end` date filter keeps, warning about the undated ones it drops.

    With no bound every row is kept, undated ones too. With a bound, a row is kept when its
    period `[first, last]` overlaps `[start, end]`; rows without a date (NaT in `first`) are
    left out, and `log` warns how many with `undated_message % count`.

    Args:
        first: first day of each row's period (NaT when undated).
        last: last day of each row's period (NaT when undated).
        start: the window's first day (from `date_window`), or None for open.
        end: the window's last day, or None for open.
        log: the caller's logger, so that the warning names the view that filtered.
        undated_message: a %-format with one `%d`, e.g.
            `"meeting_timeline: %d undated meeting(s) left out by the date filter"`.

    Returns:
        A boolean Series aligned with `first`.
    """
    if start is None and end is None:
        return pd.Series(True, index=first.index, dtype=bool)
    undated = int(first.isna().sum())
    if undated:
        log.warning(undated_message, undated)
    return overlaps_window(first, last, start, end)


def period_columns(values: pd.Series) -> tuple[pd.Series, pd.Series]:
    """First and last day of every ISO date in a column (NaT where there is none).

    Args:
        values: a column of ISO strings at any precision (empty or NaN when undated).

    Returns:
        Two datetime64 Series aligned with `values`: first days and last days.
    """
    text = text_column(values)
    distinct = text.unique()  # a corpus has far fewer distinct dates than rows: read each once
    bounds = [period_bounds(value) for value in distinct]
    firsts = pd.Series([b[0] if b else pd.NaT for b in bounds], index=distinct,
                       dtype="datetime64[ns]")
    lasts = pd.Series([b[1] if b else pd.NaT for b in bounds], index=distinct,
                      dtype="datetime64[ns]")
    return (pd.Series(firsts.reindex(text).to_numpy(), index=values.index),
            pd.Series(lasts.reindex(text).to_numpy(), index=values.index))


def text_column(values: pd.Series) -> pd.Series:
    """A column as stripped strings, with NaN/None (what CSV round-trips give) as ""."""
    return values.astype(object).where(values.notna(), "").astype(str).str.strip()


def text_columns(frame: pd.DataFrame, columns: Iterable[str]) -> pd.DataFrame:
    """Columns of a table as stripped strings (`text_column`), "" for one the table lacks.

    Args:
        frame: the table.
        columns: the columns wanted, in order.

    Returns:
        A DataFrame on `frame`'s index.
    """
    return pd.DataFrame({column: text_column(frame[column]) if column in frame else ""
                         for column in columns}, index=frame.index)


def actor_keys(actors: object, name: str = "actors") -> set[str] | None:
    """Validate an `actors=` argument and return its case-folded names/ids.

    Args:
        actors: None (no filter), one name, or an iterable of names or ids.
        name: the argument's name, for the error message.

    Returns:
        The set of case-folded, stripped values, or None for no filter.

    Raises:
        ValueError: `actors` is not a string or an iterable of strings.
    """
    return _text_keys(actors, name, "actor names or ids")


def outlet_keys(outlets: object) -> set[str] | None:
    """Validate an `outlets=` argument and return its case-folded outlet names.

    Args:
        outlets: None (no filter), one outlet, or an iterable of outlets.

    Returns:
        The set of case-folded, stripped names, or None for no filter.

    Raises:
        ValueError: `outlets` is not a string or an iterable of strings.
    """
    return _text_keys(outlets, "outlets", "outlet names")


def _text_keys(values: object, name: str, expected: str) -> set[str] | None:
    values = as_list(values, name, expected)
    if values is None:
        return None
    bad = [value for value in values if not isinstance(value, str)]
    if bad:
        raise ValueError(f"{name} contains {bad[0]!r}; expected {expected} (str)")
    return {value.strip().casefold() for value in values}


def casefold_in(values: pd.Series, wanted: set[str]) -> pd.Series:
    """Which text values, case-folded, are in `wanted` (each distinct value folded once).

    Args:
        values: a column of clean strings (`text_column`).
        wanted: case-folded keys (`actor_keys`, `outlet_keys`).

    Returns:
        A boolean Series on `values`' index.
    """
    hits = [value for value in values.unique() if value.casefold() in wanted]
    return values.isin(hits)


def from_outlets(outlets: pd.Series, wanted: set[str] | None) -> pd.Series:
    """Which rows come from one of the `wanted` outlets (`outlet_keys`); all rows when None.

    Args:
        outlets: an `outlet` column, or a meetings `outlets` column (`"; "`-joined).
        wanted: case-folded outlet names, or None for no filter.

    Returns:
        A boolean Series on `outlets`' index: True where any of the row's outlets is wanted.
    """
    if wanted is None:
        return pd.Series(True, index=outlets.index)
    cells = text_column(outlets)
    wanted_cell = {cell: any(part.strip().casefold() in wanted for part in cell.split(";"))
                   for cell in cells.unique()}  # few distinct cells, however many rows
    return cells.map(wanted_cell).astype(bool)


def as_list(values: object, name: str, expected: str) -> list | None:
    """None, one string, or an iterable of values as a list (ValueError naming anything else)."""
    if values is None:
        return None
    if isinstance(values, str):
        return [values]
    try:
        return list(values)  # type: ignore[call-overload]
    except TypeError:
        raise ValueError(f"{name}={values!r} is not a list of {expected}") from None


def require_columns(frame: pd.DataFrame, columns: Iterable[str], table: str) -> None:
    """Raise ValueError naming the columns `frame` lacks (TypeError if it is no DataFrame)."""
    if not isinstance(frame, pd.DataFrame):
        raise TypeError(f"{table}={type(frame).__name__} is not a DataFrame")
    missing = [column for column in columns if column not in frame.columns]
    if missing:
        raise ValueError(f"the {table} table lacks the columns {missing}")


def date_span_text(first: pd.Series, last: pd.Series | None = None) -> str:
    """`"2020-08-31 – 2020-09-14"` (or one day) for the dates in a column; "" when none."""
    last = first if last is None else last
    lo, hi = first.min(), last.max()
    if pd.isna(lo) or pd.isna(hi):
        return ""
    lo_text, hi_text = lo.date().isoformat(), hi.date().isoformat()
    return lo_text if lo_text == hi_text else f"{lo_text} – {hi_text}"
