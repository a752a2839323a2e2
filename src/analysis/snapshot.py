"""One loaded corpus and its extraction, kept whole on disk so that every notebook shares them.

`open_corpus(path, actors=..., overrides=...)` returns what `load_corpus(path)` and `extract(...)`
return. The first call loads and extracts (the per-article cache spares the parse of unchanged
articles) and stores every table as a snapshot in the cache folder (`$ANALYSIS_CACHE/snapshots`);
a later call with the same inputs reads them back in about a second where loading and the reduce
take a minute at 10,000 articles. `analysis extract` writes the snapshot after its extraction and
`analysis render` fills it before the notebooks run, so each notebook only reads it.

A snapshot is keyed by everything its tables depend on: the bytes of the corpus's files (and of
the metadata file given), the corpus path as given (the tables hold it), the column mapping, the
model's signature, the registry's digest and the code and rules of the extraction (the key of the
per-article cache, `pipeline.ResultCache`), the overrides' decisions, and the table contracts and
this module (`SNAPSHOT_CODE`). There is one file per corpus path and input files, so a changed
corpus replaces its snapshot instead of adding one.

The file is a JSON header line (the key, each table's name and length, a checksum of the rest),
then each table as Parquet (zstd: read three times faster than a pickle and forty times smaller;
never pickle, as for the other caches), written atomically (`CacheFolder`). A snapshot that is
damaged or cannot be read is discarded with a warning and built again: it never stops a run.
"""

from __future__ import annotations

import hashlib
import io
import json
import logging
from collections.abc import Mapping
from dataclasses import fields
from pathlib import Path

import pandas as pd
import pyarrow as pa

from analysis import tables
from analysis.extract.actors import load_registry
from analysis.extract.corpus import Corpus, load_corpus
from analysis.extract.corpus.files import corpus_source
from analysis.extract.corpus.tabular import column_mapping
from analysis.extract.overrides import load_overrides
from analysis.extract.parse import (
    DEFAULT_MODEL,
    CacheFolder,
    cache_key,
    default_cache_dir,
    model_signature,
)
from analysis.extract.pipeline import extract, map_code_digest
from analysis.tables import Extraction

log = logging.getLogger(__name__)

# The cache subfolder of the snapshots.
SNAPSHOT_FOLDER = "snapshots"
# What a snapshot's tables depend on beside the extraction's code and rules (`map_code_digest`):
# the table contracts, and this module, which writes and reads them.
SNAPSHOT_CODE = (Path(tables.__file__), Path(__file__))
PARQUET_COMPRESSION = "zstd"


def corpus_digest(source: Path, metadata: Path | None) -> str:
    """Hash of what `load_corpus` reads: the name and bytes of each entry of the folder.

    Hidden entries are left out, as the loader leaves them out; an entry that is not a regular
    file (a subfolder, a FIFO) counts by its name only and is never opened.

    Args:
        source: the corpus folder, or its one file.
        metadata: the metadata file given (it may lie outside the folder), or None.

    Returns:
        64 hex digits.
    """
    entries = [source]
    if source.is_dir():
        entries = sorted(entry for entry in source.iterdir() if not entry.name.startswith("."))
    digest = hashlib.sha256()
    for entry in [*entries, *([metadata] if metadata else [])]:
        digest.update(str(entry).encode("utf-8", "surrogateescape") + b"\0")
        if entry.is_file():
            try:
                with entry.open("rb") as file:
                    digest.update(hashlib.file_digest(file, "sha256").digest())
            except OSError as error:  # the loader reports it as skipped
                digest.update(f"unreadable: {error}".encode())
    return digest.hexdigest()


def _resolved(path: str | Path | None) -> str:
    return str(Path(path).resolve()) if path else ""


def _tables_of(corpus: Corpus, extraction: Extraction) -> dict[str, pd.DataFrame]:
    """Every table by name; the extraction's articles are the corpus's table (as `extract` hands
    it on), stored once."""
    named = {f"corpus.{field.name}": getattr(corpus, field.name) for field in fields(Corpus)}
    named.update({f"extraction.{field.name}": getattr(extraction, field.name)
                  for field in fields(Extraction) if field.name != "articles"})
    return named


def _bundle(named: dict[str, pd.DataFrame]) -> tuple[Corpus, Extraction]:
    """The corpus and extraction whose tables `_tables_of` named."""
    corpus = Corpus(**{field.name: named[f"corpus.{field.name}"] for field in fields(Corpus)})
    extraction = Extraction(articles=corpus.articles, **{
        field.name: named[f"extraction.{field.name}"]
        for field in fields(Extraction) if field.name != "articles"})
    return corpus, extraction


class CorpusSnapshot:
    """The snapshot of one corpus, loaded and extracted with given inputs (see the module).

    Args:
        path: the corpus folder or file, as `load_corpus` takes it.
        actors: a user registry YAML, as `extract` takes it.
        overrides: an overrides file, as `extract` takes it.
        model: an installed spaCy pipeline name.
        metadata: a metadata CSV, as `load_corpus` takes it.
        columns: the column mapping of CSV and Parquet corpora, as `load_corpus` takes it.
        cache_dir: the cache folder (default `$ANALYSIS_CACHE` or `~/.cache/analysis`).

    Raises:
        CorpusError: the corpus is missing.
        RegistryError, RulesError, FileNotFoundError: the registry or the overrides file is
            missing or malformed.
        ModelNotFoundError: the model is not installed.
        ValueError: `columns` is not a valid mapping.
    """

    def __init__(self, path: str | Path, *, actors: str | Path | None = None,
                 overrides: str | Path | None = None, model: str = DEFAULT_MODEL,
                 metadata: str | Path | None = None, columns: Mapping[str, str] | None = None,
                 cache_dir: str | Path | None = None) -> None:
        source = corpus_source(path)
        self.load_options = {"path": path, "metadata": metadata, "columns": columns}
        self.extract_options = {"model": model, "actors": actors, "overrides": overrides,
                                "cache_dir": cache_dir}
        inputs = "|".join([str(path), _resolved(source), _resolved(metadata),
                           json.dumps(column_mapping(columns), sort_keys=True),
                           _resolved(actors), _resolved(overrides), model])
        self.store = CacheFolder(Path(cache_dir) if cache_dir else default_cache_dir(),
                                 SNAPSHOT_FOLDER)
        self.path = self.store.folder / f"{cache_key(inputs, SNAPSHOT_FOLDER)}.snapshot"
        code = hashlib.sha256(b"".join(module.read_bytes() for module in SNAPSHOT_CODE))
        contents = corpus_digest(source, Path(metadata) if metadata else None)
        self.key = cache_key(contents, model_signature(model), "|".join([
            inputs, load_registry(actors).digest, map_code_digest(),
            load_overrides(overrides).model_dump_json(), code.hexdigest()]))

    def _checked_entry(self) -> tuple[list, bytes] | None:
        """(the tables' names and lengths, the tables) of the stored snapshot when it was written
        for this key and matches its checksum, else None (a damaged one is discarded)."""
        data = self.store.read(self.path)
        if data is None:
            return None
        head, _, body = data.partition(b"\n")
        try:
            header = json.loads(head)
            key, parts, checksum = header["key"], header["tables"], header["sha256"]
        except (ValueError, KeyError, TypeError) as error:
            self.store.discard(self.path, f"has no readable header ({type(error).__name__})")
            return None
        if key != self.key:
            log.info("snapshot %s was made from other inputs: built again", self.path)
            return None
        if hashlib.sha256(body).hexdigest() != checksum:
            self.store.discard(self.path, "does not match its checksum")
            return None
        return parts, body

    def is_current(self) -> bool:
        """Whether a snapshot of these inputs is stored and intact (its tables are not read).

        Returns:
            True when `read` would find it.
        """
        return self._checked_entry() is not None

    def read(self) -> tuple[Corpus, Extraction] | None:
        """The stored corpus and extraction.

        Returns:
            (corpus, extraction), or None when there is no snapshot of these inputs or it is
            damaged (then discarded with a warning).
        """
        entry = self._checked_entry()
        if entry is None:
            return None
        parts, body = entry
        named, offset = {}, 0
        try:
            for name, length in parts:
                named[name] = pd.read_parquet(io.BytesIO(body[offset:offset + length]))
                offset += length
            return _bundle(named)
        except Exception as error:  # noqa: BLE001 - whatever a damaged table raises
            self.store.discard(self.path, f"cannot be read back ({type(error).__name__}: "
                                          f"{error})")
            return None

    def write(self, corpus: Corpus, extraction: Extraction) -> None:
        """Store a corpus and its extraction (made from these inputs) as the snapshot.

        A table Parquet cannot hold, or a cache folder that cannot be written, is a warning:
        nothing is stored.

        Args:
            corpus: what `load_corpus` returned.
            extraction: what `extract` returned for it.
        """
        try:
            blobs = {name: table.to_parquet(compression=PARQUET_COMPRESSION)
                     for name, table in _tables_of(corpus, extraction).items()}
        except (ValueError, TypeError, pa.ArrowException) as error:
            log.warning("the snapshot of %s cannot be written (%s): not stored",
                        self.load_options["path"], error)
            return
        body = b"".join(blobs.values())
        header = {"key": self.key, "tables": [[name, len(blob)] for name, blob in blobs.items()],
                  "sha256": hashlib.sha256(body).hexdigest()}
        self.store.write(self.path, json.dumps(header).encode("utf-8") + b"\n" + body)

    def build(self) -> tuple[Corpus, Extraction]:
        """Load and extract the corpus, and store the snapshot.

        Returns:
            (corpus, extraction).
        """
        corpus = load_corpus(**self.load_options)
        extraction = extract(corpus, **self.extract_options)
        self.write(corpus, extraction)
        return corpus, extraction


def open_corpus(path: str | Path, *, actors: str | Path | None = None,
                overrides: str | Path | None = None, model: str = DEFAULT_MODEL,
                cache_dir: str | Path | None = None) -> tuple[Corpus, Extraction]:
    """Load and extract a corpus, or read both back from its snapshot when nothing changed.

    Args:
        path: the corpus folder or file (see `load_corpus`).
        actors: a user registry YAML that extends the packaged one.
        overrides: a researcher's overrides file, applied in the reduce.
        model: an installed spaCy pipeline name.
        cache_dir: the cache folder (default `$ANALYSIS_CACHE` or `~/.cache/analysis`).

    Returns:
        (corpus, extraction): the same tables as `load_corpus(path)` and `extract(corpus,
        model=model, actors=actors, overrides=overrides)`.

    Example:
        >>> corpus, extraction = open_corpus("seeds")  # doctest: +SKIP
    """
    snapshot = CorpusSnapshot(path, actors=actors, overrides=overrides, model=model,
                              cache_dir=cache_dir)
    return snapshot.read() or snapshot.build()
