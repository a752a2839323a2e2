"""The snapshot of a loaded and extracted corpus: same tables as a fresh run, rebuilt when an
input changes or the file is damaged, filled by `analysis render` and `analysis extract`."""

from __future__ import annotations

import dataclasses
import hashlib
import json
import logging
import shutil
from concurrent.futures.process import BrokenProcessPool
from pathlib import Path

import pandas as pd
import papermill
import pytest

from analysis import cli, render, snapshot
from analysis.extract.corpus import load_corpus
from analysis.extract.overrides import Overrides, meeting_key, save_overrides
from analysis.extract.pipeline import extract
from analysis.snapshot import CorpusSnapshot, open_corpus

from .conftest import SEEDS

NOTEBOOKS = Path(__file__).resolve().parents[1] / "notebooks"
REGISTRY = "actors:\n  - id: x\n    name: X\n    type: person\n"
ANOTHER_ACTOR = "  - id: kolenikova\n    name: Maria Kolenikova\n    type: person\n"
NEW_SENTENCE = "\nVladimir Putin met Emmanuel Macron in Paris on Monday.\n"


def assert_same_tables(left, right) -> None:
    for table in dataclasses.fields(left):
        pd.testing.assert_frame_equal(getattr(left, table.name), getattr(right, table.name),
                                      obj=table.name)


@pytest.fixture
def cache(tmp_path, seed_cache, seed_extraction) -> Path:
    """A cache folder of this test, holding the seeds' parsed documents and map results."""
    return Path(shutil.copytree(seed_cache, tmp_path / "cache"))


@pytest.fixture
def corpus_dir(tmp_path) -> Path:
    """A copy of the seeds that a test may change."""
    return Path(shutil.copytree(SEEDS, tmp_path / "corpus"))


@pytest.fixture
def extract_calls(monkeypatch) -> list[dict]:
    """The options of every `extract` that `open_corpus` runs (it still extracts)."""
    calls: list[dict] = []

    def counted(corpus, **options):
        calls.append(options)
        return extract(corpus, **options)

    monkeypatch.setattr(snapshot, "extract", counted)
    return calls


def snapshot_files(cache: Path) -> list[Path]:
    return sorted((cache / "snapshots").iterdir())


def test_a_snapshot_reads_back_the_tables_of_a_fresh_extraction(cache, seed_extraction,
                                                                 extract_calls):
    built = open_corpus(SEEDS, cache_dir=cache)
    corpus, extraction = open_corpus(SEEDS, cache_dir=cache)
    assert len(extract_calls) == 1  # the second call only read the snapshot
    assert_same_tables(extraction, seed_extraction)
    assert_same_tables(corpus, load_corpus(SEEDS))
    assert_same_tables(extraction, built[1])
    assert extraction.articles is corpus.articles  # one table, as `extract` hands it on


def _change_an_article(corpus_dir: Path, tmp_path: Path, extraction) -> None:
    path = min(corpus_dir.glob("*.txt"))
    path.write_text(path.read_text("utf-8") + NEW_SENTENCE, "utf-8")


def _change_the_overrides(corpus_dir: Path, tmp_path: Path, extraction) -> None:
    save_overrides(Overrides(wrong_meetings=[meeting_key(extraction.meetings.iloc[0])]),
                   tmp_path / "overrides.yaml")


def _change_the_registry(corpus_dir: Path, tmp_path: Path, extraction) -> None:
    (tmp_path / "actors.yaml").write_text(REGISTRY + ANOTHER_ACTOR, "utf-8")


@pytest.mark.parametrize("change", [_change_an_article, _change_the_overrides,
                                    _change_the_registry], ids=lambda change: change.__name__)
def test_a_changed_input_is_extracted_again(change, corpus_dir, cache, tmp_path, extract_calls):
    (tmp_path / "actors.yaml").write_text(REGISTRY, "utf-8")
    save_overrides(Overrides(), tmp_path / "overrides.yaml")
    inputs = {"actors": tmp_path / "actors.yaml", "overrides": tmp_path / "overrides.yaml",
              "cache_dir": cache}
    _, before = open_corpus(corpus_dir, **inputs)
    open_corpus(corpus_dir, **inputs)
    assert len(extract_calls) == 1
    change(corpus_dir, tmp_path, before)
    _, after = open_corpus(corpus_dir, **inputs)
    assert len(extract_calls) == 2
    fresh = extract(load_corpus(corpus_dir), actors=inputs["actors"],
                    overrides=inputs["overrides"], cache_dir=cache)
    assert_same_tables(after, fresh)
    with pytest.raises(AssertionError):
        assert_same_tables(after, before)
    assert len(snapshot_files(cache)) == 1  # the changed inputs' snapshot replaced the old one


def _rewritten(data: bytes, body: bytes) -> bytes:
    """`data` with other tables under a header whose checksum matches them."""
    header = json.loads(data.partition(b"\n")[0])
    header["sha256"] = hashlib.sha256(body).hexdigest()
    return json.dumps(header).encode() + b"\n" + body


DAMAGES = {
    "empty": lambda data: b"",
    "truncated": lambda data: data[: len(data) // 2],
    "a flipped byte": lambda data: data[:-100] + bytes([data[-100] ^ 1]) + data[-99:],
    "no header": lambda data: data.partition(b"\n")[2],
    "tables that are not Parquet": lambda data: _rewritten(data, b"not parquet" * 1000),
}


@pytest.mark.parametrize("damage", DAMAGES.values(), ids=DAMAGES.keys())
def test_a_damaged_snapshot_is_a_warning_and_built_again(damage, cache, seed_extraction,
                                                         extract_calls, caplog):
    open_corpus(SEEDS, cache_dir=cache)
    (path,) = snapshot_files(cache)
    path.write_bytes(damage(path.read_bytes()))
    with caplog.at_level(logging.WARNING, logger="analysis"):
        _, extraction = open_corpus(SEEDS, cache_dir=cache)
    assert len(extract_calls) == 2
    assert_same_tables(extraction, seed_extraction)
    assert [r for r in caplog.records if str(path) in r.getMessage()
            and "discarded" in r.getMessage()]
    open_corpus(SEEDS, cache_dir=cache)
    assert len(extract_calls) == 2  # stored again, intact


def test_a_snapshot_that_cannot_be_read_or_written_never_stops_a_run(cache, seed_extraction,
                                                                      extract_calls, caplog):
    open_corpus(SEEDS, cache_dir=cache)
    (path,) = snapshot_files(cache)
    path.unlink()
    path.mkdir()  # neither read nor replaced
    with caplog.at_level(logging.WARNING, logger="analysis"):
        _, extraction = open_corpus(SEEDS, cache_dir=cache)
    assert_same_tables(extraction, seed_extraction)
    messages = " ".join(record.getMessage() for record in caplog.records)
    assert "cannot be read" in messages and "cannot be written" in messages


def test_a_table_parquet_cannot_hold_is_a_warning_and_nothing_is_stored(cache, caplog):
    corpus, extraction = open_corpus(SEEDS, cache_dir=cache)
    odd = dataclasses.replace(extraction, meetings=extraction.meetings.assign(note=object()))
    shutil.rmtree(cache / "snapshots")
    stored = CorpusSnapshot(SEEDS, cache_dir=cache)
    with caplog.at_level(logging.WARNING, logger="analysis"):
        stored.write(corpus, odd)
    assert "cannot be written" in caplog.text
    assert not stored.is_current() and not snapshot_files(cache)


def test_render_fills_the_snapshot_once_and_the_notebooks_only_read_it(
        corpus_dir, cache, seed_extraction, monkeypatch, tmp_path):
    monkeypatch.setenv("ANALYSIS_CACHE", str(cache))
    read = []

    def notebook(source, target, *, parameters, **options):  # what each setup cell runs
        read.append(open_corpus(parameters["CORPUS"], actors=parameters["REGISTRY"],
                                overrides=parameters["OVERRIDES"]))

    def no_extract(*args, **kwargs):
        pytest.fail("a notebook extracted although render had filled the snapshot")

    monkeypatch.setattr(papermill, "execute_notebook", notebook)
    monkeypatch.setattr(snapshot, "extract", no_extract)
    render.render_notebooks(corpus_dir, NOTEBOOKS, tmp_path / "figures", tmp_path / "out")
    assert len(read) == 4
    assert_same_tables(read[-1][1], extract(load_corpus(str(corpus_dir.resolve())),
                                            cache_dir=cache))

    def no_child(*args, **kwargs):
        pytest.fail("render built the snapshot again for an unchanged corpus")

    monkeypatch.setattr(render, "ProcessPoolExecutor", no_child)
    render.render_notebooks(corpus_dir, NOTEBOOKS, tmp_path / "figures", tmp_path / "out")
    assert len(read) == 8


@pytest.mark.parametrize("no_cache", [False, True])
def test_extract_command_stores_the_snapshot_unless_told_not_to_cache(
        no_cache, corpus_dir, cache, tmp_path, extract_calls):
    argv = ["extract", str(corpus_dir), "--out", str(tmp_path / "out"), "--cache-dir", str(cache)]
    assert cli.main(argv + ["--no-cache"] * no_cache) == 0
    assert CorpusSnapshot(corpus_dir, cache_dir=cache).is_current() is not no_cache
    open_corpus(corpus_dir, cache_dir=cache)
    assert len(extract_calls) == int(no_cache)


def test_a_render_whose_extraction_process_dies_is_a_render_error(corpus_dir, cache, monkeypatch,
                                                                   tmp_path):
    class DyingChild:  # the child process of `fill_snapshot`, killed (e.g. out of memory)
        def __init__(self, *args, **kwargs):
            pass

        def __enter__(self):
            return self

        def __exit__(self, *exc):
            return False

        def submit(self, *args):
            raise BrokenProcessPool("A process in the process pool was terminated abruptly")

    monkeypatch.setenv("ANALYSIS_CACHE", str(cache))
    monkeypatch.setattr(render, "ProcessPoolExecutor", DyingChild)
    with pytest.raises(render.RenderError, match="loading and extracting .* failed"):
        render.render_notebooks(corpus_dir, NOTEBOOKS, tmp_path / "figures", tmp_path / "out")
