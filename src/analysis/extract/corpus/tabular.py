"""Reading CSV and Parquet files that hold one article per row.

The form media archives and scrapers export: a `text` column (required) and any of `id`,
`title`, `url`, `published`, `outlet`. Other names map onto these (`{"text": "body",
"published": "date"}`, on the command line `--columns text=body,published=date`); a mapped
column must exist, an unmapped optional one may be absent, other columns are not read.

A file is read in chunks of `CHUNK_ROWS` rows, so that nothing but the articles themselves grows
with its size. Rows are numbered from 1, the header not counted (a CSV's blank lines are not rows
either); a row without text is reported as skipped as `file.csv:12`, a `published` value that is
not a date is ignored with a warning, and a row's id defaults to `<file stem>_<row>`, exactly as
for the lines of a `.jsonl` file. CSV is read as UTF-8; a CSV that is not UTF-8 is decoded
whole, as a text file is (legacy code pages), since its encoding can only be told from all of
it. A file without its text column, or a CSV that cannot be parsed, is skipped whole.
"""

from __future__ import annotations

import io
import warnings
from collections.abc import Iterator, Mapping
from pathlib import Path

import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq

from analysis.extract.corpus.decoding import SkipFile, decode_bytes
from analysis.extract.corpus.records import (
    RawArticle,
    Read,
    close_file_row,
    record_article,
    report_row,
)

CSV_SUFFIXES = frozenset({".csv"})
PARQUET_SUFFIXES = frozenset({".parquet"})
TABLE_SUFFIXES = CSV_SUFFIXES | PARQUET_SUFFIXES
TABLE_FIELDS = ("text", "id", "title", "url", "published", "outlet")
# Rows read at a time: 1,000 articles of a few thousand words are a few MB, small beside the
# articles they become, and large enough that the per-chunk cost of the readers vanishes.
CHUNK_ROWS = 1000

Records = Iterator[list[dict]]


def parse_columns(spec: str) -> dict[str, str]:
    """The column mapping written as `field=column` pairs joined by commas.

    Args:
        spec: e.g. `text=body,published=date`.

    Returns:
        field -> column, checked by `column_mapping`.

    Raises:
        ValueError: a pair is not `field=column`, or `column_mapping` rejects the mapping.

    Example:
        >>> parse_columns("text=body, published=date")
        {'text': 'body', 'published': 'date'}
    """
    mapping: dict[str, str] = {}
    for pair in spec.split(","):
        field, equals, column = (part.strip() for part in pair.partition("="))
        if not equals or not field or not column:
            raise ValueError(f"columns: {pair.strip()!r} is not FIELD=COLUMN "
                             "(e.g. text=body,published=date)")
        if field in mapping:
            raise ValueError(f"columns: field {field!r} is mapped twice")
        mapping[field] = column
    return column_mapping(mapping)


def column_mapping(columns: Mapping[str, str] | None) -> dict[str, str]:
    """A checked column mapping.

    Args:
        columns: article field (one of `TABLE_FIELDS`) -> column name in the files, or None.

    Returns:
        the mapping as a dict (empty for None).

    Raises:
        ValueError: a field is not one of `TABLE_FIELDS`, a column name is empty, or two fields
            name the same column.
    """
    mapping = dict(columns or {})
    unknown = sorted(set(mapping) - set(TABLE_FIELDS))
    if unknown:
        raise ValueError(f"columns: unknown field {unknown[0]!r}; expected one of "
                         f"{', '.join(TABLE_FIELDS)}")
    if not all(isinstance(name, str) and name.strip() for name in mapping.values()):
        raise ValueError("columns: every field needs a column name")
    if len(set(mapping.values())) < len(mapping):
        raise ValueError("columns: two fields are mapped to the same column")
    return mapping


def _sources(header: list[str], mapping: dict[str, str]) -> dict[str, str]:
    """column -> field for the columns of `header` to read.

    Raises:
        SkipFile: the text column, or a column the mapping names, is not in the header.
    """
    sources = {}
    for field in TABLE_FIELDS:
        column = mapping.get(field, field)
        if column in header:
            sources[column] = field
        elif field == "text" or field in mapping:
            listed = ", ".join(map(repr, header[:20])) or "none"
            raise SkipFile(f"no column {column!r} for {field} (its columns: {listed})")
    return sources


def _csv_records(source: Path | io.StringIO, mapping: dict[str, str]) -> Records:
    """The rows of a CSV (a UTF-8 file, or decoded text), a chunk at a time, as records keyed
    by field."""
    options = {"encoding": "utf-8-sig"} if isinstance(source, Path) else {}
    header = list(pd.read_csv(source, nrows=0, **options).columns)
    sources = _sources(header, mapping)
    if isinstance(source, io.StringIO):
        source.seek(0)
    # Every cell is text: "NA" and "null" are words, an id "007" keeps its zeros. All columns
    # are parsed (no `usecols`) and none is an index, so that a row with more fields than the
    # header is an error (pandas warns of the first row, and raises for a later one).
    chunks = pd.read_csv(source, chunksize=CHUNK_ROWS, dtype=str, keep_default_na=False,
                         index_col=False, **options)
    while True:
        with warnings.catch_warnings():
            warnings.simplefilter("error", pd.errors.ParserWarning)
            chunk = next(chunks, None)
        if chunk is None:
            return
        yield chunk[list(sources)].rename(columns=sources).to_dict("records")


def _parquet_records(path: Path, mapping: dict[str, str]) -> Records:
    """The rows of a Parquet file, a batch at a time, as records keyed by field."""
    table = pq.ParquetFile(path)
    sources = _sources(table.schema_arrow.names, mapping)
    for batch in table.iter_batches(batch_size=CHUNK_ROWS, columns=list(sources)):
        yield batch.rename_columns([sources[name] for name in batch.schema.names]).to_pylist()


def _articles(path: Path, records: Records, encoding: str, text_column: str) -> Read:
    """The articles of a table's records, and its report rows (the file's, then each skipped
    row's)."""
    file_row = report_row(path, "loaded", encoding=encoding)
    articles: list[RawArticle] = []
    skipped: list[dict] = []
    row_no = 0
    for chunk in records:
        for record in chunk:
            row_no += 1
            text = record.get("text")
            if isinstance(text, str) and text.strip():
                articles.append(record_article(path, row_no, record, file_row))
            else:
                skipped.append(report_row(f"{path}:{row_no}", "skipped",
                                          f"no text in column {text_column!r}", encoding))
    close_file_row(file_row, len(articles), len(skipped), "rows")
    return articles, [file_row, *skipped]


def _read_csv(path: Path, mapping: dict[str, str]) -> Read:
    """A UTF-8 CSV is read a chunk at a time; another is decoded whole (legacy code pages)."""
    text_column = mapping.get("text", "text")
    try:
        return _articles(path, _csv_records(path, mapping), "utf-8", text_column)
    except UnicodeDecodeError:
        text, encoding = decode_bytes(path.read_bytes())
        return _articles(path, _csv_records(io.StringIO(text), mapping), encoding, text_column)


def read_table_file(path: Path, columns: Mapping[str, str] | None = None) -> Read:
    """Read a CSV or Parquet file of articles, one per row.

    Args:
        path: the `.csv` or `.parquet` file.
        columns: article field -> column name (see `column_mapping`); unmapped fields are read
            from the column of their own name.

    Returns:
        (its articles, in row order; the file's report row, then one per skipped row).

    Raises:
        SkipFile: the file has no text column or lacks a mapped one, is empty or binary, or is
            not a readable CSV or Parquet file.
    """
    mapping = column_mapping(columns)
    try:
        if path.suffix.lower() in PARQUET_SUFFIXES:
            return _articles(path, _parquet_records(path, mapping), "utf-8",
                             mapping.get("text", "text"))
        return _read_csv(path, mapping)
    except pd.errors.EmptyDataError:
        raise SkipFile("empty file") from None
    except (pd.errors.ParserError, pd.errors.ParserWarning) as error:
        raise SkipFile(f"not a readable CSV: {' '.join(str(error).split())}") from None
    except pa.ArrowException as error:
        raise SkipFile(f"not a readable Parquet file: {error}") from None
