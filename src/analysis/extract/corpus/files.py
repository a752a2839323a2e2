"""Reading a corpus folder: its entries (`.txt`, `.html`/`.htm`, `.jsonl`, `.csv`, `.parquet`)
and `metadata.csv`.

Every entry of the folder (not its subfolders, which are reported as skipped) is one report row,
except hidden files (names starting with ".") and the metadata file in use; a `.jsonl` file gets
one row for the file and one row per line that failed (blank lines are not articles and get no
row), and a CSV or Parquet file (read by `tabular`) one row for the file and one per row that
failed. A single file given as the corpus is read as a folder of that one entry. Entries that are not regular files (FIFOs, sockets, devices) are skipped without being
opened. Paths and ids are written so that any table can be saved as UTF-8: a file name that is not
valid UTF-8, and a lone surrogate in a `.jsonl` string, are escaped (`caf\\xe9`, `\\ud800`).
"""

from __future__ import annotations

import codecs
import csv
import json
import logging
import re
import stat
from collections.abc import Iterable, Iterator, Mapping
from pathlib import Path

import trafilatura

from analysis.extract.corpus.decoding import SNIFF_BYTES, SkipFile, decode_bytes
from analysis.extract.corpus.published import parse_date
from analysis.extract.corpus.records import (
    RawArticle,
    Read,
    add_note,
    close_file_row,
    record_article,
    report_row,
    safe_name,
)
from analysis.extract.corpus.tabular import TABLE_SUFFIXES, read_table_file

log = logging.getLogger(__name__)

TEXT_SUFFIXES = frozenset({".txt"})
HTML_SUFFIXES = frozenset({".html", ".htm"})
JSONL_SUFFIXES = frozenset({".jsonl"})
METADATA_FILENAME = "metadata.csv"
METADATA_FIELDS = ("outlet", "url", "published", "title")

# File types by `stat` mode test, for the report.
_FILE_TYPES = (
    (stat.S_ISFIFO, "FIFO"), (stat.S_ISSOCK, "socket"), (stat.S_ISCHR, "character device"),
    (stat.S_ISBLK, "block device"),
)


class CorpusError(ValueError):
    """A corpus folder or metadata file that cannot be used at all."""


def _read_text_file(path: Path) -> Read:
    text, encoding = decode_bytes(path.read_bytes())
    row = report_row(path, "loaded", encoding=encoding)
    return [RawArticle(safe_name(path.stem), row["path"], text, row)], [row]


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
    row = report_row(path, "loaded", encoding=encoding)
    article = RawArticle(safe_name(path.stem), row["path"], text, row)
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


def _utf8_lines(path: Path) -> Iterator[str]:
    """The lines of a UTF-8 file (a BOM dropped), read one at a time.

    Raises:
        UnicodeDecodeError: a line is not UTF-8, or the file starts like a UTF-16 or binary file
            (which `decode_bytes` tells apart).
    """
    with path.open("rb") as handle:
        head = handle.read(SNIFF_BYTES)
        if head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)) or b"\x00" in head:
            raise UnicodeDecodeError("utf-8", head[:2], 0, 1, "not a UTF-8 text")
        handle.seek(len(codecs.BOM_UTF8) if head.startswith(codecs.BOM_UTF8) else 0)
        # Records end at "\n" only: U+2028, U+2029 and U+0085 are text inside a record.
        for line in handle:
            yield line.decode("utf-8")


def _jsonl_articles(path: Path, lines: Iterable[str], encoding: str) -> Read:
    """The articles of a `.jsonl` file's lines, and its report rows (the file's, then each
    failed line's)."""
    file_row = report_row(path, "loaded", encoding=encoding)
    articles: list[RawArticle] = []
    line_rows: list[dict] = []
    for line_no, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        try:
            articles.append(record_article(path, line_no, _jsonl_record(line), file_row))
        except SkipFile as skip:
            line_rows.append(report_row(f"{path}:{line_no}", "skipped", str(skip), encoding))
    if not articles and not line_rows:
        raise SkipFile("empty file")
    close_file_row(file_row, len(articles), len(line_rows), "lines")
    return articles, [file_row, *line_rows]


def _read_jsonl_file(path: Path) -> Read:
    """A UTF-8 `.jsonl` file is read a line at a time; another is decoded whole (its encoding
    can only be told from all of it)."""
    try:
        with path.open("rb") as handle:
            bom = handle.read(len(codecs.BOM_UTF8)) == codecs.BOM_UTF8
        return _jsonl_articles(path, _utf8_lines(path), "utf-8-sig" if bom else "utf-8")
    except UnicodeDecodeError:
        text, encoding = decode_bytes(path.read_bytes())
        return _jsonl_articles(path, text.split("\n"), encoding)


def _check_regular(path: Path) -> None:
    """Raise `SkipFile` unless `path` (links followed) is a regular file; nothing is opened, so a
    FIFO cannot block."""
    mode = path.stat().st_mode
    if stat.S_ISDIR(mode):
        raise SkipFile("folder (subfolders are not read)")
    if not stat.S_ISREG(mode):
        kind = next((name for test, name in _FILE_TYPES if test(mode)), "unknown type")
        raise SkipFile(f"not a regular file ({kind})")


def _read_entry(path: Path, clean: bool, columns: Mapping[str, str] | None) -> Read:
    """Read one folder entry; every problem becomes a skipped report row."""
    articles, rows = _read_checked_entry(path, clean, columns)
    if safe_name(path.name) != path.name:
        add_note(rows[0], "file name is not valid UTF-8 (shown escaped)")
    return articles, rows


def _read_checked_entry(path: Path, clean: bool, columns: Mapping[str, str] | None) -> Read:
    """Read one folder entry of any type; every problem becomes a skipped report row."""
    suffix = path.suffix.lower()
    try:
        _check_regular(path)
        if suffix in TEXT_SUFFIXES:
            return _read_text_file(path)
        if suffix in HTML_SUFFIXES:
            return _read_html_file(path, clean)
        if suffix in JSONL_SUFFIXES:
            return _read_jsonl_file(path)
        if suffix in TABLE_SUFFIXES:
            return read_table_file(path, columns)
        raise SkipFile(f"unsupported file type {safe_name(suffix) or '(no extension)'!r}")
    except SkipFile as skip:
        return [], [report_row(path, "skipped", str(skip))]
    except OSError as error:
        return [], [report_row(path, "skipped", f"unreadable: {error.strerror or error}")]
    except UnicodeDecodeError as error:
        return [], [report_row(path, "skipped", f"undecodable: {error.reason}")]


def _make_ids_unique(articles: list[RawArticle]) -> None:
    """Rename later articles whose id is taken (`a`, `a-2`, `a-3` ...) and note it in the report.

    The renamed article's report row notes the new id; the first article's row notes each other
    file that produced its id, once. Linear: the next free suffix is kept per id, and each row's
    notes are joined once at the end.
    """
    taken = {article.article_id for article in articles}
    first: dict[str, RawArticle] = {}
    next_suffix: dict[str, int] = {}
    notes: dict[int, tuple[dict[str, str], dict[str, None]]] = {}

    def note(row: dict[str, str], text: str) -> None:
        notes.setdefault(id(row), (row, {}))[1].setdefault(text)

    for article in articles:
        original = article.article_id
        if original not in first:
            first[original] = article
            continue
        suffix = next_suffix.get(original, 2)
        while f"{original}-{suffix}" in taken:
            suffix += 1
        next_suffix[original] = suffix + 1
        article.article_id = f"{original}-{suffix}"
        taken.add(article.article_id)
        note(article.report_row, f"article_id {original!r} already used by "
                                 f"{first[original].path}; renamed {article.article_id!r}")
        note(first[original].report_row, f"article_id {original!r} also produced by {article.path}")
    for row, row_notes in notes.values():
        add_note(row, "; ".join(row_notes))


def corpus_source(path: str | Path) -> Path:
    """The corpus folder or file, checked to exist.

    Args:
        path: the corpus folder, or one file (a CSV or Parquet table, a `.jsonl` feed, ...).

    Returns:
        it as a `Path`.

    Raises:
        CorpusError: it is missing.
    """
    source = Path(path)
    if not source.exists():
        raise CorpusError(f"corpus folder or file not found: {source}")
    return source


def metadata_path(source: Path, metadata: str | Path | None) -> Path | None:
    """The metadata file in use.

    Args:
        source: the corpus folder or file.
        metadata: the file given, or None.

    Returns:
        the file given, else a corpus folder's `metadata.csv` when present, else None.
    """
    if metadata is None and source.is_dir() and (source / METADATA_FILENAME).is_file():
        metadata = source / METADATA_FILENAME
    return Path(metadata) if metadata is not None else None


def _entries(folder: Path, meta_path: Path | None) -> list[Path]:
    """The folder's entries in path order, without hidden files and the metadata file (a file
    given as the corpus is its one entry)."""
    if not folder.is_dir():
        return [folder]
    entries = sorted(
        entry for entry in folder.iterdir()
        if not entry.name.startswith(".")
        and not (meta_path is not None and entry.resolve() == meta_path.resolve())
    )
    if not entries:
        raise CorpusError(f"corpus folder is empty: {folder}")
    return entries


def read_folder(folder: Path, meta_path: Path | None, clean: bool,
                columns: Mapping[str, str] | None = None) -> Read:
    """Read every entry of a corpus folder (or the one file given), one at a time.

    Args:
        folder: the corpus folder, or a file.
        meta_path: the metadata file in use (not read as an entry), or None.
        clean: whether the text will be cleaned (else HTML keeps all its visible text).
        columns: the column mapping of CSV and Parquet files (see `tabular.column_mapping`).

    Returns:
        (the articles with unique ids, in path order; the report rows).

    Raises:
        CorpusError: the folder is empty or holds no readable article.
    """
    articles: list[RawArticle] = []
    report_rows: list[dict] = []
    for entry in _entries(folder, meta_path):
        found, rows = _read_entry(entry, clean, columns)
        articles.extend(found)
        report_rows.extend(rows)
    if not articles:
        reasons = "; ".join(f"{Path(r['path']).name}: {r['reason']}" for r in report_rows[:5])
        raise CorpusError(f"no readable articles in {folder} ({reasons})")
    _make_ids_unique(articles)
    return articles, report_rows


def _metadata_rows(path: Path) -> tuple[list[str], list[tuple[int, list[str]]]]:
    """The metadata CSV's header and its non-blank rows with their line numbers."""
    if not path.is_file():
        raise CorpusError(f"metadata file not found: {path}")
    try:
        with path.open(encoding="utf-8-sig", newline="") as handle:
            reader = csv.reader(handle)
            rows = [(reader.line_num, row) for row in reader if row]
    except (csv.Error, UnicodeDecodeError) as error:
        raise CorpusError(f"metadata file {path} is not a readable CSV: {error}") from error
    if not rows:
        raise CorpusError(f"metadata file {path} is not a readable CSV: it is empty")
    return rows[0][1], rows[1:]


def _metadata_table(path: Path) -> list[dict[str, str]]:
    """The metadata CSV's records, checked to fit the header and to have unique, stripped
    `article_id`s; cells missing at the end of a row are ""."""
    header, rows = _metadata_rows(path)
    if "article_id" not in header:
        raise CorpusError(f"metadata file {path} has no 'article_id' column")
    records, seen = [], set()
    for line_no, row in rows:
        if len(row) > len(header):
            raise CorpusError(
                f"metadata file {path}, line {line_no}: {len(row)} fields, more fields than the "
                f"header's {len(header)}")
        record = dict(zip(header, row + [""] * (len(header) - len(row)), strict=True))
        record["article_id"] = record["article_id"].strip()
        if record["article_id"] in seen:
            raise CorpusError(
                f"metadata file {path} lists article_id {record['article_id']!r} twice")
        seen.add(record["article_id"])
        records.append(record)
    return records


def read_metadata(path: Path) -> dict[str, dict[str, str]]:
    """Read a metadata CSV.

    Args:
        path: the CSV, with `article_id` and any of `outlet`, `url`, `published`, `title`.

    Returns:
        metadata rows by article_id, with ISO dates; unknown cells are "". A `published` value
        that is not an ISO date is left out (logged, and noted as the row's `published_note`
        for the article's report row): the article's date is then read from its text.

    Raises:
        CorpusError: the file is missing, unreadable, lacks `article_id`, repeats an id (ids are
            stripped: `a` and ` a ` are one id) or has a row with more fields than the header.
    """
    rows: dict[str, dict[str, str]] = {}
    for record in _metadata_table(path):
        row = {name: " ".join(str(record.get(name, "")).split()) for name in METADATA_FIELDS}
        if row["published"]:
            iso = re.fullmatch(r"(\d{4}-\d{2}-\d{2})(?:[T ].*)?", row["published"])
            if iso and parse_date(iso.group(1)):
                row["published"] = iso.group(1)
            else:
                row["published_note"] = (f"metadata published {row['published']!r} is not an "
                                         "ISO date (YYYY-MM-DD): left out")
                log.warning("%s: %s for %r", path, row["published_note"], record["article_id"])
                row["published"] = ""
        rows[record["article_id"]] = row
    return rows
