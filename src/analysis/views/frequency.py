"""Entity frequency: who is mentioned, how often and in how many articles.

Also the corpus counts beside it: articles per publication day and outlet, mentions per
resolution method (an actor's mentions in context are in `analysis.views.context`). The
DataFrame helpers it shares with the other views (date windows, actor lists, text columns)
live in `analysis.frames`.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable

import pandas as pd

from analysis.extract.actors import ACTOR_TYPES
from analysis.frames import (
    actor_keys,
    as_list,
    casefold_in,
    date_span_text,
    date_window,
    from_outlets,
    in_date_window,
    outlet_keys,
    period_columns,
    require_columns,
    text_column,
    text_columns,
)
from analysis.tables import empty_table

logger = logging.getLogger(__name__)

FREQUENCY_COLUMNS = ["actor_id", "actor", "type", "country", "n_mentions", "n_articles"]
ARTICLES_PER_DAY_COLUMNS = ["published", "outlet", "n_articles"]
RESOLUTION_COLUMNS = ["method", "n_mentions"]
UNKNOWN_OUTLET = "unknown outlet"
ARTICLES_PER_PERIOD_COLUMNS = ["published", "outlet", "n_articles"]

# Time bins, finest first, with their length in days (a month and a year on average).
TIME_BINS = {"day": 1.0, "week": 7.0, "month": 30.44, "year": 365.25}
# The most bars a date axis of a 7.5-inch figure holds: at 150 dpi a bar stays 9 pixels wide.
MAX_BINS = 120

# The labels of spaCy's English NER models; a `labels=` value must be one of these or a type.
SPACY_LABELS = frozenset({
    "PERSON", "NORP", "FAC", "ORG", "GPE", "LOC", "PRODUCT", "EVENT", "WORK_OF_ART", "LAW",
    "LANGUAGE", "DATE", "TIME", "PERCENT", "MONEY", "QUANTITY", "ORDINAL", "CARDINAL",
})


# ---------------------------------------------------------------------------------------------
# Entity frequency
# ---------------------------------------------------------------------------------------------

def _label_keys(labels: object) -> set[str] | None:
    values = as_list(labels, "labels", "actor types or spaCy labels")
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


def _most_common_nonempty(rows: pd.DataFrame, column: str) -> pd.Series:
    """Per `key`, the most common non-empty value of `column` (ties: the smallest), as the
    mode of each group would give, in one grouping instead of one call per actor."""
    counts = rows[rows[column] != ""].groupby(["key", column]).size().rename("n").reset_index()
    chosen = counts.sort_values(["key", "n", column], ascending=[True, False, True],
                                kind="stable").drop_duplicates("key")
    return chosen.set_index("key")[column]


def entity_frequency(
    mentions: pd.DataFrame,
    *,
    labels: Iterable[str] | str | None = None,
    actors: Iterable[str] | str | None = None,
    start: object = None,
    end: object = None,
    top: int | None = None,
    outlets: Iterable[str] | str | None = None,
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
        outlets: count only mentions from articles of these outlets (case-insensitive).

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
    wanted_outlets = outlet_keys(outlets)
    if wanted_outlets is not None:
        require_columns(mentions, ["outlet"], "mentions")
    lo, hi = date_window(start, end)
    top = _validate_top(top)

    result = empty_table(FREQUENCY_COLUMNS)
    result.attrs["date_span"] = ""
    if mentions.empty:
        logger.warning("entity_frequency: the mentions table is empty")
        return result

    columns = ["article_id", "actor_id", "actor", "label", "type", "country", "published",
               "outlet"]
    rows = text_columns(mentions, columns)
    rows = rows[((rows["actor_id"] != "") | (rows["actor"] != ""))
                & from_outlets(rows["outlet"], wanted_outlets)]
    rows["key"] = rows["actor_id"].where(rows["actor_id"] != "", rows["actor"])

    if label_keys is not None:
        rows = rows[rows["type"].isin(label_keys) | rows["label"].isin(label_keys)]
    if wanted is not None:
        rows = rows[
            casefold_in(rows["actor_id"], wanted) | casefold_in(rows["actor"], wanted)
        ]
    published, _ = period_columns(rows["published"])
    keep = in_date_window(
        published, published, lo, hi, log=logger,
        undated_message="entity_frequency: %d mention(s) from articles without a publication "
        "date left out by the date filter",
    )
    rows, published = rows[keep], published[keep]

    if rows.empty:
        logger.warning("entity_frequency: no mentions match the filters")
        return result

    grouped = rows.groupby("key", sort=False)
    result = pd.DataFrame({"n_mentions": grouped.size().astype("int64"),
                           "n_articles": grouped["article_id"].nunique().astype("int64")})
    for column in ("country", "type", "actor", "actor_id"):
        result.insert(0, column, _most_common_nonempty(rows, column).reindex(
            result.index).fillna("").astype(str))
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


def time_bin(first: pd.Timestamp, last: pd.Timestamp) -> str:
    """The finest bin of `TIME_BINS` that cuts `[first, last]` into at most `MAX_BINS` bars.

    Args:
        first: the first day.
        last: the last day.

    Returns:
        `"day"`, `"week"`, `"month"` or `"year"`.

    Example:
        >>> time_bin(pd.Timestamp("2019-01-01"), pd.Timestamp("2019-12-31"))
        'week'
    """
    days = (last - first).days + 1
    return next((name for name, length in TIME_BINS.items() if days / length <= MAX_BINS),
                "year")


def bin_starts(days: pd.Series, bin_name: str) -> pd.Series:
    """The first day of each day's bin: the day, its week's Monday, its month's or year's 1st.

    Args:
        days: datetime64 values.
        bin_name: a key of `TIME_BINS`.

    Returns:
        datetime64 values aligned with `days`.

    Raises:
        ValueError: `bin_name` is not a key of `TIME_BINS`.
    """
    if bin_name not in TIME_BINS:
        raise ValueError(f"bin_name={bin_name!r} is not one of {list(TIME_BINS)}")
    days = pd.to_datetime(days).dt.normalize()
    if bin_name == "day":
        return days
    period = {"week": "W-SUN", "month": "M", "year": "Y"}[bin_name]
    return days.dt.to_period(period).dt.start_time


def articles_per_period(articles: pd.DataFrame, bin_name: str | None = None) -> pd.DataFrame:
    """Articles per time bin and outlet: `articles_per_day` summed by day, week, month or year.

    Args:
        articles: the articles table (`published`, `outlet`).
        bin_name: a key of `TIME_BINS`; by default `time_bin` of the publication days' span.

    Returns:
        `published` (the bin's first day, ISO), `outlet`, `n_articles`, sorted by bin then
        outlet; `frame.attrs` holds `bin` (the bin used) and `n_undated` (articles without a
        publication date, left out).

    Raises:
        ValueError: `articles` lacks a column, or `bin_name` is not a key of `TIME_BINS`.
    """
    per_day = articles_per_day(articles)
    days = pd.to_datetime(per_day["published"])
    if bin_name is None:
        bin_name = time_bin(days.min(), days.max()) if len(days) else "day"
    starts = bin_starts(days, bin_name)
    counts = (per_day.assign(published=starts.dt.strftime("%Y-%m-%d"))
              .groupby(["published", "outlet"], sort=True)["n_articles"].sum().reset_index()
              if len(per_day) else empty_table(ARTICLES_PER_PERIOD_COLUMNS))
    counts.attrs.update(bin=bin_name, n_undated=per_day.attrs.get("n_undated", 0))
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
