"""Load a folder of scraped articles into clean, dated articles.

`load_corpus(path)` reads `.txt`, `.html`/`.htm` and `.jsonl` files, decodes them (UTF-8 first,
then a legacy code page), removes boilerplate lines and finds each article's title and
publication date. `clean_lines(lines)` is the pure line classifier behind the cleaning, usable on
text written in a test or a notebook.

    >>> kept, removed = clean_lines(["Top Trending", "Putin met Lukashenko in Sochi on Monday."])
    >>> kept
    ['Putin met Lukashenko in Sochi on Monday.']
    >>> removed
    [(1, 'Top Trending', 'short_fragment')]

The stage's parts: `files` reads the folder and the metadata file, `decoding` turns bytes into
text, `boilerplate` classifies lines (its rules are `data/boilerplate.yaml`, checked by
`schema`), `published` finds publication dates. What the loader reads, and what it leaves out of
`Corpus.report`, is described in `files`.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd

from analysis.extract.corpus.boilerplate import (
    DUPLICATE_MIN_WORDS,
    LINE_PATTERNS,
    MIN_LIST_RUN,
    REPEAT_MAX_WORDS,
    SHORT_FRAGMENT_MAX_WORDS,
    classify,
    clean_lines,
    clean_with_headline,
    find_headline,
    headline,
    line_key,
    repeated_lines,
    unwrap_lines,
)
from analysis.extract.corpus.files import (
    CorpusError,
    RawArticle,
    add_note,
    corpus_folder,
    metadata_path,
    read_folder,
    read_metadata,
)
from analysis.extract.corpus.published import parse_date, published_from_text
from analysis.tables import ARTICLE_COLUMNS, REMOVED_COLUMNS, REPORT_COLUMNS, empty_table

__all__ = [
    "DUPLICATE_MIN_WORDS", "LINE_PATTERNS", "MIN_LIST_RUN", "REPEAT_MAX_WORDS",
    "SHORT_FRAGMENT_MAX_WORDS", "Corpus", "CorpusError", "clean_lines", "find_headline",
    "line_key", "load_corpus", "parse_date", "published_from_text", "removed_by_reason",
    "repeated_lines",
]

log = logging.getLogger(__name__)


@dataclass
class Corpus:
    """A loaded corpus.

    Attributes:
        articles: one row per loaded article, sorted by `article_id` (`ARTICLE_COLUMNS`).
        report: one row per input file and per failed `.jsonl` line (`REPORT_COLUMNS`):
            `status` is `loaded` or `skipped`, `reason` says why (or notes a renamed id).
        removed: every line the cleaner removed, with its reason (`REMOVED_COLUMNS`).
    """

    articles: pd.DataFrame
    report: pd.DataFrame
    removed: pd.DataFrame = field(default_factory=lambda: empty_table(REMOVED_COLUMNS))


def _publication(article: RawArticle, meta: dict[str, str], lines: list[str]) -> tuple[str, str]:
    """(published, published_source): the metadata's date, else the file's, else the text's."""
    if meta.get("published"):
        return meta["published"], "metadata"
    if article.published:
        return article.published, article.published_source
    published = published_from_text(lines)
    return published, "text" if published else "unknown"


def _cleaned(
    article: RawArticle, lines: list[str], repeated: frozenset[str]
) -> tuple[str, int, str, list[dict]]:
    """(text, number of removed lines, headline, removed rows) of a cleaned article."""
    kept, removed, found_headline = clean_with_headline(lines, repeated)
    n_removed = sum(1 for _, _, reason in removed if reason != "dateline_prefix")
    removed_rows = [
        {"article_id": article.article_id, "line_no": line_no, "text": line, "reason": reason}
        for line_no, line, reason in removed
    ]
    if not kept:
        add_note(article.report_row, f"{article.article_id}: every line removed by cleaning")
    return "\n".join(unwrap_lines(kept)), n_removed, found_headline, removed_rows


def _article_row(
    article: RawArticle, meta: dict[str, str], repeated: frozenset[str], clean_text: bool
) -> tuple[dict, list[dict]]:
    """The article's row of `Corpus.articles` and its removed lines' rows."""
    lines = article.text.splitlines()
    published, source = _publication(article, meta, lines)
    if clean_text:
        text, n_removed, found_headline, removed_rows = _cleaned(article, lines, repeated)
    else:
        text, n_removed, removed_rows = article.raw_text or article.text, 0, []
        found_headline = headline(lines, classify(lines, repeated))
    row = {
        "article_id": article.article_id, "path": article.path,
        "outlet": meta.get("outlet") or article.outlet, "url": meta.get("url") or article.url,
        "title": meta.get("title") or article.title or found_headline, "published": published,
        "published_source": source, "text": text, "n_removed_lines": n_removed,
    }
    return row, removed_rows


def _warn_unknown_ids(meta: dict[str, dict[str, str]], articles: list[RawArticle]) -> None:
    unknown = sorted(set(meta) - {article.article_id for article in articles})
    if unknown:
        log.warning("metadata lists %d ids with no article, e.g. %r", len(unknown), unknown[0])


def _tables(
    articles: list[RawArticle], meta: dict[str, dict[str, str]], clean_text: bool
) -> tuple[pd.DataFrame, pd.DataFrame]:
    """The articles table (sorted by id) and the removed lines table."""
    repeated = repeated_lines([a.text for a in articles]) if clean_text else frozenset()
    rows, removed_rows = [], []
    for article in articles:
        row, removed = _article_row(article, meta.get(article.article_id, {}), repeated, clean_text)
        rows.append(row)
        removed_rows.extend(removed)
    table = pd.DataFrame(rows, columns=ARTICLE_COLUMNS)
    table = table.sort_values("article_id", kind="stable").reset_index(drop=True)
    removed_table = (
        pd.DataFrame(removed_rows, columns=REMOVED_COLUMNS) if removed_rows
        else empty_table(REMOVED_COLUMNS)
    )
    return table, removed_table


def load_corpus(
    path: str | Path, metadata: str | Path | None = None, clean: bool = True
) -> Corpus:
    """Load a folder of `.txt`, `.html`/`.htm` and `.jsonl` articles.

    Files are read one at a time. A file that cannot be used (empty, binary, undecodable, other
    type, not a regular file such as a FIFO, which is never opened) and a `.jsonl` line (lines
    end at a line feed only) that is not JSON or has no `text` are reported as skipped and
    loading goes on. A file name that is not valid UTF-8 is escaped (`caf\\xe9`) in ids and the
    report. Two inputs with the same id keep both articles: the later one (in path
    order) becomes `id-2`. Metadata values win over values found in the file; a date written in
    the text is used only when the metadata has none (`published_source` says which).

    Args:
        path: the corpus folder.
        metadata: a CSV with `article_id` and any of `outlet`, `url`, `published` (ISO date),
            `title`; defaults to `metadata.csv` in the folder when present.
        clean: remove boilerplate lines (see `clean_lines`); False keeps the decoded raw text
            (for HTML, all visible text of the page).

    Returns:
        the `Corpus` (articles, report, removed lines).

    Raises:
        CorpusError: the folder is missing, empty or holds no readable article, or the metadata
            file is missing or malformed.

    Example:
        >>> corpus = load_corpus("seeds")  # doctest: +SKIP
        >>> corpus.articles[["article_id", "published", "published_source"]]  # doctest: +SKIP
    """
    folder = corpus_folder(path)
    meta_path = metadata_path(folder, metadata)
    meta = read_metadata(meta_path) if meta_path is not None else {}
    articles, report_rows = read_folder(folder, meta_path, clean)
    _warn_unknown_ids(meta, articles)
    table, removed_table = _tables(articles, meta, clean)
    return Corpus(
        articles=table, report=pd.DataFrame(report_rows, columns=REPORT_COLUMNS),
        removed=removed_table,
    )


def removed_by_reason(removed: pd.DataFrame, examples: int = 2) -> pd.DataFrame:
    """What the cleaning removed, per family: counts and a few example lines.

    Args:
        removed: `Corpus.removed`.
        examples: example lines per family.

    Returns:
        `reason, n_lines, n_articles, examples` (examples joined by " | "), most lines first.
    """
    columns = ["reason", "n_lines", "n_articles", "examples"]
    if removed.empty:
        return pd.DataFrame(columns=columns)
    grouped = removed.groupby("reason")
    table = pd.DataFrame({
        "n_lines": grouped.size(),
        "n_articles": grouped["article_id"].nunique(),
        "examples": grouped["text"].agg(
            lambda lines: " | ".join(line[:80] for line in list(dict.fromkeys(lines))[:examples])),
    }).reset_index()
    return table.sort_values(["n_lines", "reason"], ascending=[False, True]).reset_index(
        drop=True)[columns]
