"""Load a folder of scraped articles into clean, dated articles.

`load_corpus(path)` reads `.txt`, `.html`/`.htm` and `.jsonl` files and CSV or Parquet tables of
one article per row (a folder of them, or one file), decodes them (UTF-8 first,
then a legacy code page), removes boilerplate lines and finds each article's title and
publication date. `clean_lines(lines)` is the pure line classifier behind the cleaning, usable on
text written in a test or a notebook.

    >>> kept, removed = clean_lines(["Top Trending", "Putin met Lukashenko in Sochi on Monday."])
    >>> kept
    ['Putin met Lukashenko in Sochi on Monday.']
    >>> removed
    [(1, 'Top Trending', 'short_fragment')]

The stage's parts: `files` reads the folder and the metadata file, `tabular` its CSV and Parquet
tables, `records` turns a record into an article, `decoding` turns bytes into text, `boilerplate` classifies lines (its rules are `data/boilerplate.yaml`, checked by
`schema`), `published` finds publication dates. What the loader reads, and what it leaves out of
`Corpus.report`, is described in `files`.
"""

from __future__ import annotations

import logging
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd

from analysis.extract.corpus.boilerplate import (
    DUPLICATE_MIN_WORDS,
    LINE_PATTERNS,
    MIN_LIST_RUN,
    PARTIAL_REASONS,
    REPEAT_MAX_WORDS,
    SHORT_FRAGMENT_MAX_WORDS,
    blank_layout_symbols,
    classify,
    clean_lines,
    clean_with_headline,
    find_headline,
    headline,
    line_key,
    repeated_lines,
)
from analysis.extract.corpus.files import (
    CorpusError,
    corpus_source,
    metadata_path,
    read_folder,
    read_metadata,
)
from analysis.extract.corpus.published import date_from_url, parse_date, published_from_text
from analysis.extract.corpus.records import RawArticle, add_note
from analysis.extract.corpus.tabular import TABLE_FIELDS, column_mapping, parse_columns
from analysis.extract.corpus.wrapping import unwrap_lines
from analysis.tables import ARTICLE_COLUMNS, REMOVED_COLUMNS, REPORT_COLUMNS, empty_table

__all__ = [
    "DUPLICATE_MIN_WORDS", "LINE_PATTERNS", "MIN_LIST_RUN", "PARTIAL_REASONS", "REPEAT_MAX_WORDS",
    "SHORT_FRAGMENT_MAX_WORDS", "TABLE_FIELDS", "Corpus", "CorpusError", "clean_lines",
    "find_headline", "line_key", "load_corpus", "parse_columns", "parse_date",
    "published_from_text", "removed_by_reason", "repeated_lines",
]

log = logging.getLogger(__name__)

# Article rows made into a piece of the articles table at a time (see `_tables`): a few MB of
# text, so that the Python strings waiting for the next piece stay small beside the corpus.
TABLE_PIECE_ROWS = 1000


@dataclass
class Corpus:
    """A loaded corpus.

    Attributes:
        articles: one row per loaded article, sorted by `article_id` (`ARTICLE_COLUMNS`).
        report: one row per input file and per failed `.jsonl` line or table row
            (`REPORT_COLUMNS`):
            `status` is `loaded` or `skipped`, `reason` says why (or notes a renamed id).
        removed: every line the cleaner removed, with its reason (`REMOVED_COLUMNS`).
    """

    articles: pd.DataFrame
    report: pd.DataFrame
    removed: pd.DataFrame = field(default_factory=lambda: empty_table(REMOVED_COLUMNS))


def _publication(article: RawArticle, meta: dict[str, str], lines: list[str]) -> tuple[str, str]:
    """(published, published_source): the metadata's date, else the file's, else the text's,
    else the day its address gives ("/1989/10/28/")."""
    if meta.get("published"):
        return meta["published"], "metadata"
    if article.published:
        return article.published, article.published_source
    if published := published_from_text(lines):
        return published, "text"
    published = date_from_url(meta.get("url") or article.url)
    return published, "url" if published else "unknown"


def _cleaned(
    article: RawArticle, lines: list[str], repeated: frozenset[str]
) -> tuple[str, int, str, list[dict]]:
    """(text, number of removed lines, headline, removed rows) of a cleaned article, its layout
    marks blanked."""
    kept, removed, found_headline = clean_with_headline(lines, repeated)
    n_removed = sum(1 for _, _, reason in removed if reason not in PARTIAL_REASONS)
    removed_rows = [
        {"article_id": article.article_id, "line_no": line_no, "text": line, "reason": reason}
        for line_no, line, reason in removed
    ]
    if not kept:
        add_note(article.report_row, f"{article.article_id}: every line removed by cleaning")
    paragraphs = [line for line in unwrap_lines(kept, found_headline) if line]
    return blank_layout_symbols("\n".join(paragraphs)), n_removed, \
        found_headline, removed_rows


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


def _note_metadata_left_out(meta: dict[str, dict[str, str]], articles: list[RawArticle]) -> None:
    """A metadata cell left out (a `published` value that is no ISO date) is noted in the
    report row of its article."""
    for article in articles:
        note = meta.get(article.article_id, {}).get("published_note")
        if note:
            row = article.report_row
            row["reason"] = "; ".join(filter(None, [row["reason"], note]))


def _joined(pieces: list[pd.DataFrame], columns: list[str]) -> pd.DataFrame:
    """The pieces of a table as one table (an empty piece would turn text columns to objects)."""
    pieces = [piece for piece in pieces if len(piece)]
    return pd.concat(pieces, ignore_index=True) if pieces else empty_table(columns)


def _tables(
    articles: list[RawArticle], meta: dict[str, dict[str, str]], clean_text: bool
) -> tuple[pd.DataFrame, pd.DataFrame]:
    """The articles table (sorted by id) and the removed lines table.

    The corpus's text is held once, not twice, while the tables are built: articles are taken
    in id order (the table needs no sorting copy), each article's raw text is let go once its
    row holds the clean text, and the rows of every `TABLE_PIECE_ROWS` articles become a piece
    of each table, whose text columns store the texts apart from Python's strings, which are
    then let go.
    """
    repeated = repeated_lines([a.text for a in articles]) if clean_text else frozenset()
    pieces: list[pd.DataFrame] = []
    removed_pieces: list[pd.DataFrame] = []
    rows: list[dict] = []
    removed_rows: list[dict] = []
    for number, article in enumerate(sorted(articles, key=lambda a: a.article_id), start=1):
        row, removed = _article_row(article, meta.get(article.article_id, {}), repeated, clean_text)
        article.text = article.raw_text = ""
        rows.append(row)
        removed_rows.extend(removed)
        if number % TABLE_PIECE_ROWS == 0 or number == len(articles):
            pieces.append(pd.DataFrame(rows, columns=ARTICLE_COLUMNS))
            removed_pieces.append(pd.DataFrame(removed_rows, columns=REMOVED_COLUMNS))
            rows, removed_rows = [], []
    return _joined(pieces, ARTICLE_COLUMNS), _joined(removed_pieces, REMOVED_COLUMNS)


def load_corpus(
    path: str | Path, metadata: str | Path | None = None, clean: bool = True,
    columns: Mapping[str, str] | None = None,
) -> Corpus:
    """Load a folder of `.txt`, `.html`/`.htm`, `.jsonl`, CSV and Parquet articles, or one file.

    Files are read one at a time, tables a chunk of rows at a time (see `tabular`). A file that cannot be used (empty, binary, undecodable, other
    type, not a regular file such as a FIFO, which is never opened, a table without its text
    column), a `.jsonl` line (lines end at a line feed only) that is not JSON or has no `text`,
    and a table row without text are reported as skipped (`file.jsonl:7`, `file.csv:7`) and
    loading goes on. A file name that is not valid UTF-8 is escaped (`caf\\xe9`) in ids and the
    report. Two inputs with the same id keep both articles: the later one (in path
    order) becomes `id-2`. Metadata values win over values found in the file; a date written in
    the text is used only when the metadata has none, and a day in the address ("/1989/10/28/")
    only when neither gives one (`published_source` says which).

    Args:
        path: the corpus folder, or one file of any of these types.
        metadata: a CSV with `article_id` and any of `outlet`, `url`, `published` (ISO date),
            `title`; defaults to `metadata.csv` in the folder when present.
        clean: remove boilerplate lines (see `clean_lines`); False keeps the decoded raw text
            (for HTML, all visible text of the page).
        columns: for CSV and Parquet files, article field (`text`, `id`, `title`, `url`,
            `published`, `outlet`) -> column name, e.g. `{"text": "body", "published":
            "date"}`; a field not mapped is read from the column of its own name.

    Returns:
        the `Corpus` (articles, report, removed lines).

    Raises:
        CorpusError: the folder or file is missing, the folder is empty, no readable article
            was found, or the metadata file is missing or malformed.
        ValueError: `columns` names an unknown field or maps two fields to one column.

    Example:
        >>> corpus = load_corpus("seeds")  # doctest: +SKIP
        >>> corpus.articles[["article_id", "published", "published_source"]]  # doctest: +SKIP
    """
    mapping = column_mapping(columns)
    source = corpus_source(path)
    meta_path = metadata_path(source, metadata)
    meta = read_metadata(meta_path) if meta_path is not None else {}
    articles, report_rows = read_folder(source, meta_path, clean, mapping)
    _warn_unknown_ids(meta, articles)
    _note_metadata_left_out(meta, articles)
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
