"""Keyword in context: the text behind a count, as a concordance.

`mentions_in_context` lists every mention of one actor (however it was written: "Putin", "the
Russian president") with the words around it; `words_in_context` does the same for any word or
phrase searched in the articles' clean text; `search_in_context` picks one of the two for a
query, as the keyword-in-context explorer does. All filter by publication dates and outlets like
the other views, and say where each line comes from (article, outlet, publication date).
"""

from __future__ import annotations

import logging
import re
from collections.abc import Iterable

import pandas as pd

from analysis.frames import (
    date_window,
    from_outlets,
    in_date_window,
    outlet_keys,
    period_columns,
    require_columns,
    text_column,
    text_columns,
)
from analysis.tables import Extraction, empty_table

logger = logging.getLogger(__name__)

CONTEXT_COLUMNS = ["article_id", "outlet", "published", "left", "match", "right", "method"]
# What `method` says of a line `words_in_context` found: the text itself, no resolution.
TEXT_MATCH = "text"


def _validate_width(width: object) -> int:
    if isinstance(width, bool) or not isinstance(width, int) or width <= 0:
        raise ValueError(f"width={width!r}: expected a positive number of characters")
    return width


def _kept(rows: pd.DataFrame, start: object, end: object, outlets: object,
          view: str) -> pd.DataFrame:
    """The rows whose `published` day lies in `[start, end]` and whose `outlet` is wanted."""
    lo, hi = date_window(start, end)
    wanted = outlet_keys(outlets)
    first, last = period_columns(rows["published"])
    keep = in_date_window(first, last, lo, hi, log=logger, undated_message=(
        f"{view}: %d line(s) from articles without a publication date left out by the date "
        "filter")) & from_outlets(rows["outlet"], wanted)
    return rows[keep]


def _snippets(texts: Iterable[str], spans: Iterable[tuple[int, int]], width: int) -> pd.DataFrame:
    """`left, match, right` of each span of each text, the sides cut at `width` characters
    and their white space folded."""
    rows = [(" ".join(text[max(0, start - width):start].split()), text[start:end],
             " ".join(text[end:end + width].split()))
            for text, (start, end) in zip(texts, spans, strict=True)]
    return pd.DataFrame(rows, columns=["left", "match", "right"])


def mentions_in_context(
    mentions: pd.DataFrame,
    articles: pd.DataFrame,
    actor: str,
    *,
    width: int = 60,
    start: object = None,
    end: object = None,
    outlets: Iterable[str] | str | None = None,
) -> pd.DataFrame:
    """Every mention of one actor with the text around it.

    Args:
        mentions: the mentions table (`start_char`/`end_char` index the article's clean text).
        articles: the articles table (`article_id`, `text`).
        actor: the actor's canonical name or id.
        width: characters shown on each side.
        start: first publication day to keep (inclusive; ISO string or date).
        end: last publication day to keep (inclusive).
        outlets: keep only mentions from these outlets (case-insensitive).

    Returns:
        `CONTEXT_COLUMNS` (`match` as written, `method` how it was resolved), in article and
        text order; its length is the actor's `n_mentions` in `entity_frequency` with the same
        filters.

    Raises:
        ValueError: `width` is not positive, or a filter is not valid.
    """
    width = _validate_width(width)
    require_columns(mentions, ["article_id", "actor", "actor_id", "start_char", "end_char"],
                    "mentions")
    rows = mentions[(text_column(mentions["actor"]) == actor)
                    | (text_column(mentions["actor_id"]) == actor)]
    rows = text_columns(rows, ["article_id", "outlet", "published", "method"]).assign(
        start_char=rows["start_char"], end_char=rows["end_char"])
    rows = _kept(rows, start, end, outlets, "mentions_in_context")
    if rows.empty:
        return empty_table(CONTEXT_COLUMNS)
    rows = rows.sort_values(["article_id", "start_char"], kind="stable").reset_index(drop=True)
    texts = dict(zip(articles["article_id"], articles["text"], strict=True))
    snippets = _snippets((texts.get(a, "") for a in rows["article_id"]),
                         zip(rows["start_char"].astype(int), rows["end_char"].astype(int),
                             strict=True), width)
    return pd.concat([rows, snippets], axis=1)[CONTEXT_COLUMNS]


def word_pattern(query: str) -> re.Pattern[str]:
    """The pattern `words_in_context` searches: the words of `query` as whole words, in any
    case, with any white space between them.

    Args:
        query: a word or phrase.

    Returns:
        The compiled pattern.

    Raises:
        ValueError: `query` has no words.
    """
    words = query.split() if isinstance(query, str) else []
    if not words:
        raise ValueError(f"query={query!r}: expected a word or phrase")
    return re.compile(r"(?<!\w)" + r"\s+".join(map(re.escape, words)) + r"(?!\w)",
                      re.IGNORECASE)


def words_in_context(
    articles: pd.DataFrame,
    query: str,
    *,
    width: int = 60,
    start: object = None,
    end: object = None,
    outlets: Iterable[str] | str | None = None,
) -> pd.DataFrame:
    """Every occurrence of a word or phrase in the articles, with the text around it.

    Args:
        articles: the articles table (`article_id`, `text`, `published`, `outlet`).
        query: a word or phrase, matched as whole words in any case (`word_pattern`).
        width: characters shown on each side.
        start: first publication day to keep (inclusive; ISO string or date).
        end: last publication day to keep (inclusive).
        outlets: keep only articles of these outlets (case-insensitive).

    Returns:
        `CONTEXT_COLUMNS` (`method` is `TEXT_MATCH`), in article and text order.

    Raises:
        ValueError: `query` has no words, `width` is not positive, or a filter is not valid.
    """
    pattern, width = word_pattern(query), _validate_width(width)
    require_columns(articles, ["article_id", "text"], "articles")
    rows = text_columns(articles, ["article_id", "outlet", "published"])
    kept = _kept(rows, start, end, outlets, "words_in_context")
    found = [(row_id, match.span()) for row_id, text in articles.loc[kept.index, "text"].items()
             if isinstance(text, str) for match in pattern.finditer(text)]
    if not found:
        return empty_table(CONTEXT_COLUMNS)
    row_ids = [row_id for row_id, _ in found]
    lines = kept.loc[row_ids].reset_index(drop=True).assign(method=TEXT_MATCH)
    snippets = _snippets(articles.loc[row_ids, "text"], (span for _, span in found), width)
    return pd.concat([lines, snippets], axis=1).sort_values(
        "article_id", kind="stable").reset_index(drop=True)[CONTEXT_COLUMNS]


def actor_named(actors: pd.DataFrame, query: str) -> tuple[str, str] | None:
    """The actor a search names: its canonical name, in any case and spacing ("Putin" alone is
    a word to search, not the actor "Vladimir Putin").

    Args:
        actors: the actors table (`actor_id`, `name`).
        query: the search text.

    Returns:
        `(actor_id, name)`, or None when no actor is called so.
    """
    key = " ".join(str(query).split()).casefold()
    if not key:
        return None
    ids, names = text_column(actors["actor_id"]), text_column(actors["name"])
    hit = names.str.casefold() == key
    if not hit.any():
        return None
    first = hit.idxmax()
    return ids[first], names[first]


def search_in_context(
    extraction: Extraction,
    query: str,
    *,
    width: int = 60,
    start: object = None,
    end: object = None,
    outlets: Iterable[str] | str | None = None,
) -> pd.DataFrame:
    """The concordance of an actor when the query is its name (`actor_named`): every mention,
    however written ("the Kremlin leader"); else of the query's words in the text.

    Args:
        extraction: the extraction (articles, mentions, actors).
        query: an actor's canonical name, or any word or phrase.
        width: characters shown on each side.
        start: first publication day to keep (inclusive).
        end: last publication day to keep (inclusive).
        outlets: keep only lines from these outlets.

    Returns:
        `CONTEXT_COLUMNS`; `frame.attrs["actor"]` is the actor's name, or "" for a text search.

    Raises:
        ValueError: the query is empty, or a filter is not valid.
    """
    actor = actor_named(extraction.actors, query)
    filters = {"width": width, "start": start, "end": end, "outlets": outlets}
    if actor is None:
        lines = words_in_context(extraction.articles, query, **filters)
    else:
        lines = mentions_in_context(extraction.mentions, extraction.articles, actor[0], **filters)
    lines.attrs["actor"] = "" if actor is None else actor[1]
    return lines


def context_summary(lines: pd.DataFrame, query: str) -> str:
    """One line saying what a `search_in_context` table holds.

    Args:
        lines: a table from `search_in_context`.
        query: the search it answers.

    Returns:
        "12 mentions of Vladimir Putin in 4 articles" or "3 matches of “Sochi” in 3 articles".
    """
    n_lines, n_articles = len(lines), lines["article_id"].nunique()
    actor = lines.attrs.get("actor", "")
    found = (f"mention{'s' * (n_lines != 1)} of {actor}" if actor
             else f"match{'es' * (n_lines != 1)} of “{' '.join(query.split())}”")
    return f"{n_lines:,} {found} in {n_articles:,} article{'s' * (n_articles != 1)}."
