"""Reading a corpus folder: its entries (`.txt`, `.html`/`.htm`, `.jsonl`) and `metadata.csv`.

Every entry of the folder (not its subfolders, which are reported as skipped) is one report row,
except hidden files (names starting with ".") and the metadata file in use; a `.jsonl` file gets
one row for the file and one row per line that failed (blank lines are not articles and get no
row). Entries that are not regular files (FIFOs, sockets, devices) are skipped without being
opened. Paths and ids are written so that any table can be saved as UTF-8: a file name that is not
valid UTF-8, and a lone surrogate in a `.jsonl` string, are escaped (`caf\\xe9`, `\\ud800`).
"""

from __future__ import annotations

import csv
import json
import logging
import re
import stat
from dataclasses import dataclass
from pathlib import Path

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

# A lone surrogate: what Python makes of a file name byte that is not UTF-8 (U+DC80-U+DCFF) or
# what a JSON `\ud800` escape gives; neither can be written as UTF-8.
_SURROGATE = re.compile("[\ud800-\udfff]")
# File types by `stat` mode test, for the report.
_FILE_TYPES = (
    (stat.S_ISFIFO, "FIFO"), (stat.S_ISSOCK, "socket"), (stat.S_ISCHR, "character device"),
    (stat.S_ISBLK, "block device"),
)


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


def _report_row(path: Path | str, status: str, reason: str = "", encoding: str = "") -> dict:
    return {"path": safe_name(str(path)), "status": status, "reason": reason, "encoding": encoding}


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
    row = _report_row(path, "loaded", encoding=encoding)
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


def _jsonl_article(path: Path, line_no: int, record: dict, file_row: dict) -> RawArticle:
    """The article of one `.jsonl` record; its id defaults to `<file stem>_<line number>`."""
    given_id = str(record.get("id", "")).strip() if record.get("id") is not None else ""
    article_id = safe_text(given_id) or f"{safe_name(path.stem)}_{line_no}"
    article = RawArticle(article_id, file_row["path"], safe_text(record["text"]), file_row)
    for name in ("outlet", "url", "title"):
        setattr(article, name, safe_text(" ".join(str(record.get(name) or "").split())))
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
    # Records end at "\n" only: U+2028, U+2029 and U+0085 are text inside a record.
    for line_no, line in enumerate(text.split("\n"), start=1):
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


def _check_regular(path: Path) -> None:
    """Raise `SkipFile` unless `path` (links followed) is a regular file; nothing is opened, so a
    FIFO cannot block."""
    mode = path.stat().st_mode
    if stat.S_ISDIR(mode):
        raise SkipFile("folder (subfolders are not read)")
    if not stat.S_ISREG(mode):
        kind = next((name for test, name in _FILE_TYPES if test(mode)), "unknown type")
        raise SkipFile(f"not a regular file ({kind})")


def _read_entry(path: Path, clean: bool) -> Read:
    """Read one folder entry; every problem becomes a skipped report row."""
    articles, rows = _read_checked_entry(path, clean)
    if safe_name(path.name) != path.name:
        add_note(rows[0], "file name is not valid UTF-8 (shown escaped)")
    return articles, rows


def _read_checked_entry(path: Path, clean: bool) -> Read:
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
        raise SkipFile(f"unsupported file type {safe_name(suffix) or '(no extension)'!r}")
    except SkipFile as skip:
        return [], [_report_row(path, "skipped", str(skip))]
    except OSError as error:
        return [], [_report_row(path, "skipped", f"unreadable: {error.strerror or error}")]
    except UnicodeDecodeError as error:
        return [], [_report_row(path, "skipped", f"undecodable: {error.reason}")]


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
        metadata rows by article_id, with ISO dates; unknown cells are "".

    Raises:
        CorpusError: the file is missing, unreadable, lacks `article_id`, repeats an id (ids are
            stripped: `a` and ` a ` are one id), has a row with more fields than the header or
            holds a `published` value that is not an ISO date.
    """
    rows: dict[str, dict[str, str]] = {}
    for record in _metadata_table(path):
        row = {name: " ".join(str(record.get(name, "")).split()) for name in METADATA_FIELDS}
        if row["published"]:
            iso = re.fullmatch(r"(\d{4}-\d{2}-\d{2})(?:[T ].*)?", row["published"])
            if not iso or not parse_date(iso.group(1)):
                raise CorpusError(
                    f"metadata file {path}: published {row['published']!r} for "
                    f"{record['article_id']!r} is not an ISO date (YYYY-MM-DD)"
                )
            row["published"] = iso.group(1)
        rows[record["article_id"]] = row
    return rows
