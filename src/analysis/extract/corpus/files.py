"""Reading a corpus folder: its entries (`.txt`, `.html`/`.htm`, `.jsonl`) and `metadata.csv`.

Every entry of the folder (not its subfolders, which are reported as skipped) is one report row,
except hidden files (names starting with ".") and the metadata file in use; a `.jsonl` file gets
one row for the file and one row per line that failed (blank lines are not articles and get no
row).
"""

from __future__ import annotations

import json
import logging
import re
from dataclasses import dataclass
from pathlib import Path

import pandas as pd
import trafilatura

from analysis.extract.corpus.decoding import SkipFile, decode_bytes
from analysis.extract.corpus.published import parse_date

log = logging.getLogger(__name__)

TEXT_SUFFIXES = frozenset({".txt"})
HTML_SUFFIXES = frozenset({".html", ".htm"})
JSONL_SUFFIXES = frozenset({".jsonl"})
METADATA_FILENAME = "metadata.csv"
METADATA_FIELDS = ("outlet", "url", "published", "title")

Read = tuple[list["RawArticle"], list[dict]]


class CorpusError(ValueError):
    """A corpus folder or metadata file that cannot be used at all."""


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


def _report_row(path: Path | str, status: str, reason: str = "", encoding: str = "") -> dict:
    return {"path": str(path), "status": status, "reason": reason, "encoding": encoding}


def add_note(row: dict[str, str], note: str) -> None:
    """Append a note to a report row's reason.

    Args:
        row: the report row, changed in place.
        note: the note, joined to an existing reason with "; ".
    """
    row["reason"] = f"{row['reason']}; {note}" if row["reason"] else note


def _read_text_file(path: Path) -> Read:
    text, encoding = decode_bytes(path.read_bytes())
    row = _report_row(path, "loaded", encoding=encoding)
    return [RawArticle(path.stem, str(path), text, row)], [row]


def _read_html_file(path: Path, clean: bool) -> Read:
    html, encoding = decode_bytes(path.read_bytes(), html=True)
    document = trafilatura.bare_extraction(
        html, with_metadata=True, include_comments=False,
        # No extensive search: a date guessed from the page body would be a silent guess.
        date_extraction_params={"extensive_search": False, "original_date": True},
    )
    text = (document.text or "") if document is not None else ""
    if not text.strip():
        raise SkipFile("no main text found in HTML")
    row = _report_row(path, "loaded", encoding=encoding)
    article = RawArticle(path.stem, str(path), text, row)
    # Without cleaning, the raw text is every visible text of the page (navigation included).
    article.raw_text = "" if clean else trafilatura.html2txt(html)
    article.title = " ".join((document.title or "").split())
    published = parse_date(document.date or "")
    if published:
        # Declared by the page itself (meta tags, JSON-LD): the document's text, not our metadata.
        article.published, article.published_source = published, "text"
    return [article], [row]


def _jsonl_record(line: str) -> dict:
    """The JSON object of one `.jsonl` line, which must have a non-empty `text`."""
    try:
        record = json.loads(line)
    except json.JSONDecodeError as error:
        raise SkipFile(f"not JSON: {error.msg}") from None
    body = record.get("text") if isinstance(record, dict) else None
    if not isinstance(body, str) or not body.strip():
        raise SkipFile("no 'text' field" if isinstance(record, dict) else "not a JSON object")
    return record


def _jsonl_article(path: Path, line_no: int, record: dict, file_row: dict) -> RawArticle:
    """The article of one `.jsonl` record; its id defaults to `<file stem>_<line number>`."""
    given_id = str(record.get("id", "")).strip() if record.get("id") is not None else ""
    article_id = given_id or f"{path.stem}_{line_no}"
    article = RawArticle(article_id, str(path), record["text"], file_row)
    for name in ("outlet", "url", "title"):
        setattr(article, name, " ".join(str(record.get(name) or "").split()))
    if record.get("published"):
        published = parse_date(str(record["published"]))
        if published:
            article.published, article.published_source = published, "metadata"
        else:
            log.warning("%s:%d: published %r is not a date; ignored",
                        path, line_no, record["published"])
    return article


def _read_jsonl_file(path: Path) -> Read:
    text, encoding = decode_bytes(path.read_bytes())
    file_row = _report_row(path, "loaded", encoding=encoding)
    articles: list[RawArticle] = []
    line_rows: list[dict] = []
    for line_no, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        try:
            articles.append(_jsonl_article(path, line_no, _jsonl_record(line), file_row))
        except SkipFile as skip:
            line_rows.append(_report_row(f"{path}:{line_no}", "skipped", str(skip), encoding))
    if not articles:
        file_row.update(status="skipped", reason="no article in any line")
    else:
        skipped = f"; {len(line_rows)} lines skipped" if line_rows else ""
        file_row["reason"] = f"{len(articles)} articles{skipped}"
    return articles, [file_row, *line_rows]


def _read_entry(path: Path, clean: bool) -> Read:
    """Read one folder entry; every problem becomes a skipped report row."""
    suffix = path.suffix.lower()
    try:
        if path.is_dir():
            raise SkipFile("folder (subfolders are not read)")
        if suffix in TEXT_SUFFIXES:
            return _read_text_file(path)
        if suffix in HTML_SUFFIXES:
            return _read_html_file(path, clean)
        if suffix in JSONL_SUFFIXES:
            return _read_jsonl_file(path)
        raise SkipFile(f"unsupported file type {suffix or '(no extension)'!r}")
    except SkipFile as skip:
        return [], [_report_row(path, "skipped", str(skip))]
    except OSError as error:
        return [], [_report_row(path, "skipped", f"unreadable: {error.strerror or error}")]
    except UnicodeDecodeError as error:
        return [], [_report_row(path, "skipped", f"undecodable: {error.reason}")]


def _rename_duplicate(article: RawArticle, articles: list[RawArticle], taken: set[str],
                      first_path: str) -> None:
    """Give `article` the first free id `<id>-2`, `<id>-3` ... and note it on both report rows."""
    original = article.article_id
    suffix = 2
    while f"{original}-{suffix}" in taken:
        suffix += 1
    article.article_id = f"{original}-{suffix}"
    taken.add(article.article_id)
    add_note(article.report_row, f"article_id {original!r} already used by {first_path}; "
                                 f"renamed {article.article_id!r}")
    first = next(a for a in articles if a.article_id == original)
    first_note = f"article_id {original!r} also produced by {article.path}"
    if first_note not in first.report_row["reason"]:
        add_note(first.report_row, first_note)


def _make_ids_unique(articles: list[RawArticle]) -> None:
    """Rename later articles whose id is taken (`a`, `a-2`, `a-3` ...) and note it in the report."""
    first_path: dict[str, str] = {}
    taken = {article.article_id for article in articles}
    for article in articles:
        if article.article_id not in first_path:
            first_path[article.article_id] = article.path
        else:
            _rename_duplicate(article, articles, taken, first_path[article.article_id])


def corpus_folder(path: str | Path) -> Path:
    """The corpus folder, checked to exist.

    Args:
        path: the corpus folder.

    Returns:
        it as a `Path`.

    Raises:
        CorpusError: it is missing or not a folder.
    """
    folder = Path(path)
    if not folder.exists():
        raise CorpusError(f"corpus folder not found: {folder}")
    if not folder.is_dir():
        raise CorpusError(f"corpus path is not a folder: {folder}")
    return folder


def metadata_path(folder: Path, metadata: str | Path | None) -> Path | None:
    """The metadata file in use.

    Args:
        folder: the corpus folder.
        metadata: the file given, or None.

    Returns:
        the file given, else the folder's `metadata.csv` when present, else None.
    """
    if metadata is None and (folder / METADATA_FILENAME).is_file():
        metadata = folder / METADATA_FILENAME
    return Path(metadata) if metadata is not None else None


def _entries(folder: Path, meta_path: Path | None) -> list[Path]:
    """The folder's entries in path order, without hidden files and the metadata file."""
    entries = sorted(
        entry for entry in folder.iterdir()
        if not entry.name.startswith(".")
        and not (meta_path is not None and entry.resolve() == meta_path.resolve())
    )
    if not entries:
        raise CorpusError(f"corpus folder is empty: {folder}")
    return entries


def read_folder(folder: Path, meta_path: Path | None, clean: bool) -> Read:
    """Read every entry of a corpus folder, one at a time.

    Args:
        folder: the corpus folder.
        meta_path: the metadata file in use (not read as an entry), or None.
        clean: whether the text will be cleaned (else HTML keeps all its visible text).

    Returns:
        (the articles with unique ids, in path order; the report rows).

    Raises:
        CorpusError: the folder is empty or holds no readable article.
    """
    articles: list[RawArticle] = []
    report_rows: list[dict] = []
    for entry in _entries(folder, meta_path):
        found, rows = _read_entry(entry, clean)
        articles.extend(found)
        report_rows.extend(rows)
    if not articles:
        reasons = "; ".join(f"{Path(r['path']).name}: {r['reason']}" for r in report_rows[:5])
        raise CorpusError(f"no readable articles in {folder} ({reasons})")
    _make_ids_unique(articles)
    return articles, report_rows


def _metadata_table(path: Path) -> pd.DataFrame:
    """The metadata CSV as strings, checked to have unique `article_id`s."""
    if not path.is_file():
        raise CorpusError(f"metadata file not found: {path}")
    try:
        table = pd.read_csv(path, dtype=str, keep_default_na=False, encoding="utf-8-sig")
    except (pd.errors.ParserError, UnicodeDecodeError, pd.errors.EmptyDataError) as error:
        raise CorpusError(f"metadata file {path} is not a readable CSV: {error}") from error
    if "article_id" not in table.columns:
        raise CorpusError(f"metadata file {path} has no 'article_id' column")
    duplicated = sorted(set(table["article_id"][table["article_id"].duplicated()]))
    if duplicated:
        raise CorpusError(f"metadata file {path} lists article_id {duplicated[0]!r} twice")
    return table


def read_metadata(path: Path) -> dict[str, dict[str, str]]:
    """Read a metadata CSV.

    Args:
        path: the CSV, with `article_id` and any of `outlet`, `url`, `published`, `title`.

    Returns:
        metadata rows by article_id, with ISO dates; unknown cells are "".

    Raises:
        CorpusError: the file is missing, unreadable, lacks `article_id`, repeats an id or holds
            a `published` value that is not an ISO date.
    """
    rows: dict[str, dict[str, str]] = {}
    for record in _metadata_table(path).to_dict("records"):
        row = {name: " ".join(str(record.get(name, "")).split()) for name in METADATA_FIELDS}
        if row["published"]:
            iso = re.fullmatch(r"(\d{4}-\d{2}-\d{2})(?:[T ].*)?", row["published"])
            if not iso or not parse_date(iso.group(1)):
                raise CorpusError(
                    f"metadata file {path}: published {row['published']!r} for "
                    f"{record['article_id']!r} is not an ISO date (YYYY-MM-DD)"
                )
            row["published"] = iso.group(1)
        rows[str(record["article_id"]).strip()] = row
    return rows
