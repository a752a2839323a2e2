"""One article as read from its input, and the report rows every reader writes.

`files` (text, HTML, `.jsonl`) and `tabular` (CSV, Parquet) both build `RawArticle`s here: a
`.jsonl` line and a table row are the same kind of record (`text` plus optional `id`, `title`,
`url`, `published`, `outlet`), read by `record_article`. Paths and ids are written so that any
table can be saved as UTF-8 (`safe_name`, `safe_text`).
"""

from __future__ import annotations

import logging
import math
import re
from dataclasses import dataclass
from pathlib import Path

from analysis.extract.corpus.published import parse_date

log = logging.getLogger(__name__)

Read = tuple[list["RawArticle"], list[dict]]

# A lone surrogate: what Python makes of a file name byte that is not UTF-8 (U+DC80-U+DCFF) or
# what a JSON `\ud800` escape gives; neither can be written as UTF-8.
_SURROGATE = re.compile("[\ud800-\udfff]")
# Record fields copied to the article with their whitespace collapsed.
_LABEL_FIELDS = ("outlet", "url", "title")


@dataclass
class RawArticle:
    """One article as read from its file, before metadata and cleaning."""

    article_id: str
    path: str
    text: str
    report_row: dict[str, str]
    outlet: str = ""
    url: str = ""
    title: str = ""
    published: str = ""
    published_source: str = "unknown"
    raw_text: str = ""


def _escaped_surrogate(match: re.Match[str]) -> str:
    return f"\\u{ord(match.group()):04x}"


def _escaped_name_byte(match: re.Match[str]) -> str:
    code = ord(match.group())
    return f"\\x{code - 0xDC00:02x}" if 0xDC80 <= code <= 0xDCFF else f"\\u{code:04x}"


def safe_text(text: str) -> str:
    """Text that can be written as UTF-8.

    Args:
        text: a string read from JSON.

    Returns:
        `text` with each lone surrogate escaped as `\\ud800`.
    """
    return _SURROGATE.sub(_escaped_surrogate, text)


def safe_name(name: str) -> str:
    """A file name or path that can be written as UTF-8.

    Args:
        name: a name as Python decodes it (a byte that is not UTF-8 becomes a surrogate).

    Returns:
        `name` with each undecodable byte escaped as `\\xe9`.
    """
    return _SURROGATE.sub(_escaped_name_byte, name)


def report_row(path: Path | str, status: str, reason: str = "", encoding: str = "") -> dict:
    """One row of `Corpus.report`.

    Args:
        path: the file, or `file:number` for a `.jsonl` line or a table row.
        status: `loaded` or `skipped`.
        reason: why it was skipped, or notes.
        encoding: the encoding the file was read with.

    Returns:
        the row as a dict of `REPORT_COLUMNS`.
    """
    return {"path": safe_name(str(path)), "status": status, "reason": reason, "encoding": encoding}


def add_note(row: dict[str, str], note: str) -> None:
    """Append a note to a report row's reason.

    Args:
        row: the report row, changed in place.
        note: the note, joined to an existing reason with "; ".
    """
    row["reason"] = f"{row['reason']}; {note}" if row["reason"] else note


def _field(value: object) -> str:
    """A record's value as text; a missing value (None, NaN) is ""."""
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return ""
    return str(value)


def record_article(path: Path, number: int, record: dict, file_row: dict) -> RawArticle:
    """The article of one record (a `.jsonl` line or a table row) whose `text` is checked.

    Args:
        path: the file holding the record.
        number: the line or row number, for the default id and warnings.
        record: `text` (a non-empty string) and any of `id`, `outlet`, `url`, `title`,
            `published` (any date `parse_date` reads; another value is ignored with a warning).
        file_row: the file's report row, which the article shares.

    Returns:
        the article; its id defaults to `<file stem>_<number>`, its `published_source` is
        `metadata` when the record dates it (an archive's field, not a date found in the text).
    """
    article_id = safe_text(_field(record.get("id")).strip()) or f"{safe_name(path.stem)}_{number}"
    article = RawArticle(article_id, file_row["path"], safe_text(record["text"]), file_row)
    for name in _LABEL_FIELDS:
        setattr(article, name, safe_text(" ".join(_field(record.get(name)).split())))
    given = _field(record.get("published")).strip()
    if given:
        published = parse_date(given)
        if published:
            article.published, article.published_source = published, "metadata"
        else:
            log.warning("%s:%d: published %r is not a date; ignored", path, number, given)
    return article


def close_file_row(file_row: dict, n_articles: int, n_skipped: int, unit: str) -> None:
    """Set the report row of a file of records (`.jsonl`, a table) from what it gave.

    Args:
        file_row: the file's report row, changed in place.
        n_articles: the articles read from it.
        n_skipped: its records that failed (each has its own row).
        unit: what a record is called in the reason (`lines`, `rows`).
    """
    if not n_articles:
        file_row.update(status="skipped", reason=f"no article in any {unit[:-1]}")
    else:
        skipped = f"; {n_skipped} {unit} skipped" if n_skipped else ""
        file_row["reason"] = f"{n_articles} articles{skipped}"
