"""Entity frequency: who is mentioned, how often and in how many articles.

Also home of the small helpers the downstream stages share (`frequency`, `network`,
`timeline`, `widgets`): ISO dates at any precision, date-bound arguments and actor-list
arguments. They live here, in the first of those stages, so that the others import them
instead of repeating them.
"""

from __future__ import annotations

import datetime as dt
import logging
import re
from collections.abc import Iterable
from functools import lru_cache

import pandas as pd

from analysis.tables import empty_table

logger = logging.getLogger(__name__)

FREQUENCY_COLUMNS = ["actor_id", "actor", "type", "country", "n_mentions", "n_articles"]
ARTICLES_PER_DAY_COLUMNS = ["published", "outlet", "n_articles"]
RESOLUTION_COLUMNS = ["method", "n_mentions"]
UNKNOWN_OUTLET = "unknown outlet"

ACTOR_TYPES = frozenset({"person", "org", "place", "group", "outlet"})
# The labels of spaCy's English NER models; a `labels=` value must be one of these or a type.
SPACY_LABELS = frozenset({
    "PERSON", "NORP", "FAC", "ORG", "GPE", "LOC", "PRODUCT", "EVENT", "WORK_OF_ART", "LAW",
    "LANGUAGE", "DATE", "TIME", "PERCENT", "MONEY", "QUANTITY", "ORDINAL", "CARDINAL",
})

_DAY = re.compile(r"^(\d{4})-(\d{2})-(\d{2})(?:[T ].*)?$")
_WEEK = re.compile(r"^(\d{4})-W(\d{1,2})$")
_MONTH = re.compile(r"^(\d{4})-(\d{2})$")
_YEAR = re.compile(r"^(\d{4})$")


# ---------------------------------------------------------------------------------------------
# Shared helpers: dates at ISO precision, date bounds, actor lists, text columns
# ---------------------------------------------------------------------------------------------

def period_bounds(value: object) -> tuple[pd.Timestamp, pd.Timestamp] | None:
    """First and last day of an ISO date at any precision.

    Understands what `analysis.dates` writes: a day (`2020-09-14`, a time after it is
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


def period_columns(values: pd.Series) -> tuple[pd.Series, pd.Series]:
    """First and last day of every ISO date in a column (NaT where there is none).

    Args:
        values: a column of ISO strings at any precision (empty or NaN when undated).

    Returns:
        Two datetime64 Series aligned with `values`: first days and last days.
    """
    bounds = text_column(values).map(period_bounds)
    first = pd.to_datetime(bounds.map(lambda b: b[0] if b else pd.NaT))
    last = pd.to_datetime(bounds.map(lambda b: b[1] if b else pd.NaT))
    return first, last


def text_column(values: pd.Series) -> pd.Series:
    """A column as stripped strings, with NaN/None (what CSV round-trips give) as ""."""
    return values.astype(object).where(values.notna(), "").astype(str).str.strip()


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
    values = _as_list(actors, name, "actor names or ids")
    if values is None:
        return None
    bad = [actor for actor in values if not isinstance(actor, str)]
    if bad:
        raise ValueError(f"{name} contains {bad[0]!r}; expected actor names or ids (str)")
    return {actor.strip().casefold() for actor in values}


def _as_list(values: object, name: str, expected: str) -> list | None:
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


# ---------------------------------------------------------------------------------------------
# Entity frequency
# ---------------------------------------------------------------------------------------------

def _label_keys(labels: object) -> set[str] | None:
    values = _as_list(labels, "labels", "actor types or spaCy labels")
    if values is None:
        return None
    keys = set()
    for label in values:
        if not isinstance(label, str) or (
            label.strip().lower() not in ACTOR_TYPES and label.strip().upper() not in SPACY_LABELS
        ):
            raise ValueError(
                f"labels contains {label!r}; expected an actor type {sorted(ACTOR_TYPES)} "
                f"or a spaCy label such as PERSON, ORG, GPE, LOC, NORP, FAC"
            )
        keys.add(label.strip())
    return keys


def _validate_top(top: object) -> int | None:
    if top is None:
        return None
    if isinstance(top, bool) or not isinstance(top, int) or top < 1:
        raise ValueError(f"top={top!r} is not a positive whole number")
    return top


def _first_nonempty(values: pd.Series) -> str:
    nonempty = values[values != ""]
    return str(nonempty.mode().iloc[0]) if len(nonempty) else ""


def entity_frequency(
    mentions: pd.DataFrame,
    *,
    labels: Iterable[str] | str | None = None,
    actors: Iterable[str] | str | None = None,
    start: object = None,
    end: object = None,
    top: int | None = None,
) -> pd.DataFrame:
    """Count mentions and articles per actor.

    Args:
        mentions: the mentions table (`tables.MENTION_COLUMNS`).
        labels: keep mentions whose actor `type` (`person`, `org`, `place`, `group`,
            `outlet`) or spaCy `label` (`PERSON`, `ORG`, `GPE`, ...) is in this list.
            Lower-case values match types, upper-case values match labels.
        actors: keep only these actors (canonical names or actor ids, case-insensitive).
        start: first publication day to count (inclusive; ISO string or date).
        end: last publication day to count (inclusive). With either bound, mentions from
            articles without a publication date are left out, and a warning says how many.
        top: keep the `top` most mentioned actors.

    Returns:
        One row per actor with `actor_id, actor, type, country, n_mentions, n_articles`,
        most mentioned first (ties by name). `frame.attrs["date_span"]` holds the publication
        dates the counted mentions span (`"2020-08-31 – 2020-09-14"`, or "").

    Raises:
        ValueError: an argument is not valid (the message names it).

    Example:
        >>> entity_frequency(extraction.mentions, labels=["person"], top=10)  # doctest: +SKIP
    """
    require_columns(mentions, ["article_id", "actor_id", "actor", "label", "type"], "mentions")
    label_keys = _label_keys(labels)
    wanted = actor_keys(actors)
    lo, hi = date_window(start, end)
    top = _validate_top(top)

    result = empty_table(FREQUENCY_COLUMNS)
    result.attrs["date_span"] = ""
    if mentions.empty:
        logger.warning("entity_frequency: the mentions table is empty")
        return result

    columns = ["article_id", "actor_id", "actor", "label", "type", "country", "published"]
    rows = pd.DataFrame({
        column: text_column(mentions[column]) if column in mentions else ""
        for column in columns
    })
    rows = rows[(rows["actor_id"] != "") | (rows["actor"] != "")]
    rows["key"] = rows["actor_id"].where(rows["actor_id"] != "", rows["actor"])

    if label_keys is not None:
        rows = rows[rows["type"].isin(label_keys) | rows["label"].isin(label_keys)]
    if wanted is not None:
        rows = rows[
            rows["actor_id"].str.casefold().isin(wanted) | rows["actor"].str.casefold().isin(wanted)
        ]
    published, _ = period_columns(rows["published"])
    if lo is not None or hi is not None:
        undated = int(published.isna().sum())
        if undated:
            logger.warning(
                "entity_frequency: %d mention(s) from articles without a publication date "
                "left out by the date filter", undated,
            )
        keep = overlaps_window(published, published, lo, hi)
        rows, published = rows[keep], published[keep]

    if rows.empty:
        logger.warning("entity_frequency: no mentions match the filters")
        return result

    grouped = rows.groupby("key", sort=False)
    result = pd.DataFrame({
        "actor_id": grouped["actor_id"].agg(_first_nonempty),
        "actor": grouped["actor"].agg(_first_nonempty),
        "type": grouped["type"].agg(_first_nonempty),
        "country": grouped["country"].agg(_first_nonempty),
        "n_mentions": grouped.size().astype("int64"),
        "n_articles": grouped["article_id"].nunique().astype("int64"),
    })
    result["actor"] = result["actor"].where(result["actor"] != "", result["actor_id"])
    result = result.sort_values(
        ["n_mentions", "actor"], ascending=[False, True], kind="stable"
    ).reset_index(drop=True)
    if top is not None:
        result = result.head(top)
    result.attrs["date_span"] = date_span_text(published)
    return result


def articles_per_day(articles: pd.DataFrame) -> pd.DataFrame:
    """Number of articles per publication day and outlet (the data of the articles-over-time plot).

    Args:
        articles: the articles table (`tables.ARTICLE_COLUMNS`; uses `published`, `outlet`).

    Returns:
        `published` (ISO day), `outlet`, `n_articles`, sorted by day then outlet; articles
        without a publication date are left out and counted in `frame.attrs["n_undated"]`.
        An empty outlet becomes `UNKNOWN_OUTLET` ("unknown outlet").

    Raises:
        ValueError: `articles` lacks `published` or `outlet`.
    """
    require_columns(articles, ["published", "outlet"], "articles")
    published, _ = period_columns(articles["published"])
    outlet = text_column(articles["outlet"]).replace("", UNKNOWN_OUTLET)
    dated = published.notna()
    frame = pd.DataFrame({"published": published[dated].dt.strftime("%Y-%m-%d"),
                          "outlet": outlet[dated]})
    counts = (
        frame.groupby(["published", "outlet"]).size().rename("n_articles").reset_index()
        if len(frame) else empty_table(ARTICLES_PER_DAY_COLUMNS)
    )
    counts = counts.sort_values(["published", "outlet"], kind="stable").reset_index(drop=True)
    counts.attrs["n_undated"] = int((~dated).sum())
    return counts


def resolution_methods(mentions: pd.DataFrame) -> pd.DataFrame:
    """Number of mentions resolved by each method (`registry`, `ner`, `fuzzy`, `role`, ...).

    Args:
        mentions: the mentions table (`tables.MENTION_COLUMNS`; uses `method`).

    Returns:
        `method`, `n_mentions`, most frequent first (ties by name); an empty method is
        reported as `"unknown"`.

    Raises:
        ValueError: `mentions` lacks `method`.
    """
    require_columns(mentions, ["method"], "mentions")
    if mentions.empty:
        return empty_table(RESOLUTION_COLUMNS)
    method = text_column(mentions["method"]).replace("", "unknown")
    counts = method.value_counts().rename_axis("method").rename("n_mentions").reset_index()
    counts["n_mentions"] = counts["n_mentions"].astype("int64")
    return counts.sort_values(
        ["n_mentions", "method"], ascending=[False, True], kind="stable"
    ).reset_index(drop=True)



def mentions_in_context(mentions: pd.DataFrame, articles: pd.DataFrame, actor: str, *,
                        width: int = 60) -> pd.DataFrame:
    """Keyword in context: every mention of one actor with the text around it.

    Args:
        mentions: the mentions table (`start_char`/`end_char` index the article's clean text).
        articles: the articles table.
        actor: the actor's canonical name or id.
        width: characters shown on each side.

    Returns:
        `article_id, published, left, mention, right, method`, in article and text order.

    Raises:
        ValueError: `width` is not positive.
    """
    if width <= 0:
        raise ValueError(f"width={width!r}: expected a positive number of characters")
    columns = ["article_id", "published", "left", "mention", "right", "method"]
    rows = mentions[(mentions["actor"] == actor) | (mentions["actor_id"] == actor)]
    if rows.empty:
        return pd.DataFrame(columns=columns)
    texts = dict(zip(articles["article_id"], articles["text"]))
    context = []
    for row in rows.sort_values(["article_id", "start_char"]).itertuples():
        text = texts.get(row.article_id, "")
        start, end = int(row.start_char), int(row.end_char)
        context.append({
            "article_id": row.article_id, "published": row.published,
            "left": " ".join(text[max(0, start - width):start].split()),
            "mention": text[start:end],
            "right": " ".join(text[end:end + width].split()), "method": row.method,
        })
    return pd.DataFrame(context, columns=columns)
