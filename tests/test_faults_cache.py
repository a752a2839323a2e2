"""Faults of the cache and of long articles: nothing lost, nothing stale, no run aborted."""

from __future__ import annotations

import builtins
import errno
import io
import json
import logging
import os
import shutil
import threading
import time
from datetime import date
from pathlib import Path

import pandas as pd
import pytest
from spacy.tokens import DocBin

from analysis.extract import parse, pipeline
from analysis.extract.corpus import load_corpus
from analysis.extract.parse import (
    DEFAULT_MODEL,
    DocCache,
    load_model,
    model_signature,
    parse_texts,
)
from analysis.extract.pipeline import ResultCache, extract
from analysis.extract.results import ArticleResult

TEXT_A = "Putin met Lukashenko in Sochi on Monday.\nThe two leaders discussed integration.\n"
TEXT_B = "Lavrov held talks with Makei in Moscow on Tuesday.\n"
ANCHOR = (date(2020, 9, 14), "day")
# Paragraphs of an article longer than the small max_length the tests set: the meeting is in a
# later chunk.
LONG_PARAGRAPHS = [
    "Belarus and Russia agreed on new steps towards integration.",
    *(f"Talks on item {i} of the programme covered trade, energy and transport." for i in range(6)),
    "Putin met Lukashenko in Sochi on Monday.",
    "Lavrov held talks with Makei in Moscow on Tuesday.",
]
SMALL_MAX_LENGTH = 200


class Killed(BaseException):
    """A run killed in the middle of a write."""


class FullDisk:
    """A file whose first write stops half-way with ENOSPC, as on a full disk."""

    def __init__(self, file) -> None:
        self.file = file

    def write(self, data):
        self.file.write(data[: len(data) // 2])
        self.file.flush()
        raise OSError(errno.ENOSPC, "No space left on device")

    def __enter__(self):
        return self

    def __exit__(self, *exc_info) -> None:
        self.file.close()

    def __getattr__(self, name):
        return getattr(self.file, name)


@pytest.fixture
def full_disk(monkeypatch, tmp_path):
    """Every file opened for writing under `tmp_path` fills the disk half-way through."""
    real_open = io.open

    def under_tmp(file) -> bool:
        name = os.readlink(f"/proc/self/fd/{file}") if isinstance(file, int) else os.fspath(file)
        return str(name).startswith(str(tmp_path))

    def open_(file, mode="r", *args, **kwargs):
        handle = real_open(file, mode, *args, **kwargs)
        return FullDisk(handle) if set(mode) & set("wax+") and under_tmp(file) else handle

    monkeypatch.setattr(io, "open", open_)
    monkeypatch.setattr(builtins, "open", open_)


@pytest.fixture
def small_corpus(tmp_path):
    folder = tmp_path / "corpus"
    folder.mkdir()
    (folder / "a.txt").write_text(TEXT_A, "utf-8")
    (folder / "b.txt").write_text(TEXT_B, "utf-8")
    return load_corpus(folder)


@pytest.fixture
def small_max_length(monkeypatch):
    """The pipeline `extract` loads, with a small `max_length` restored after the test."""
    nlp = load_model(DEFAULT_MODEL)
    monkeypatch.setattr(nlp, "max_length", SMALL_MAX_LENGTH)
    return nlp


def warnings_about(caplog, words: str) -> list[str]:
    return [r.getMessage() for r in caplog.records
            if r.levelno == logging.WARNING and words in r.getMessage()]


def assert_same_tables(first, second) -> None:
    pd.testing.assert_frame_equal(first.mentions, second.mentions)
    pd.testing.assert_frame_equal(first.meetings, second.meetings)


def new_entry(folder: Path, write) -> Path:
    """The file that `write()` adds to `folder`."""
    before = set(folder.iterdir())
    write()
    (path,) = set(folder.iterdir()) - before
    return path


def a_result() -> ArticleResult:
    return ArticleResult(mentions=[], typed=[], sentences={0: "Putin met Lukashenko."},
                         dateline="")


# 5. An article over max_length is parsed in paragraph-aligned chunks.

def test_long_text_is_parsed_in_chunks_with_offsets_of_the_whole_text(nlp, monkeypatch, caplog):
    text = "\n".join(LONG_PARAGRAPHS) + "\n"
    whole = [token.text for token in nlp(text)]
    monkeypatch.setattr(nlp, "max_length", SMALL_MAX_LENGTH)
    caplog.set_level(logging.WARNING)
    (doc,) = parse_texts([text], nlp)
    assert doc.text == text and [token.text for token in doc] == whole
    start = text.index("Lukashenko")
    assert start > SMALL_MAX_LENGTH  # in a later chunk
    assert [t.idx for t in doc if t.text == "Lukashenko"] == [start]
    assert any((ent.start_char, ent.text) == (start, "Lukashenko") for ent in doc.ents)
    assert any(sent.start_char == text.index("Putin") for sent in doc.sents)
    assert warnings_about(caplog, "Belarus and Russia agreed")  # names the article


def test_extract_goes_on_over_a_long_article(small_max_length, tmp_path, caplog):
    folder = tmp_path / "corpus"
    folder.mkdir()
    (folder / "long.txt").write_text("\n".join(LONG_PARAGRAPHS) + "\n", "utf-8")
    (folder / "short.txt").write_text(TEXT_B, "utf-8")
    corpus = load_corpus(folder)
    caplog.set_level(logging.WARNING)
    extraction = extract(corpus, cache_dir=tmp_path / "cache")
    assert len(warnings_about(caplog, "max_length")) == 1
    texts = dict(zip(corpus.articles["article_id"], corpus.articles["text"]))
    mentions = extraction.mentions
    long = mentions[mentions["article_id"] == "long"]
    assert (long["start_char"] > SMALL_MAX_LENGTH).any()
    for mention in mentions.itertuples():
        assert texts[mention.article_id][mention.start_char:mention.end_char] == mention.text
    assert set(extraction.meetings["article_ids"]) >= {"long"}
    reasons = dict(zip(corpus.report["path"].map(lambda p: Path(p).stem), corpus.report["reason"]))
    assert "parsed in pieces" in reasons["long"] and "parsed in pieces" not in reasons["short"]


def test_an_article_the_map_fails_on_is_reported_and_retried_not_fatal(tmp_path, monkeypatch,
                                                                       caplog):
    folder = tmp_path / "corpus"
    folder.mkdir()
    (folder / "a.txt").write_text(TEXT_A, "utf-8")
    (folder / "b.txt").write_text(TEXT_B, "utf-8")
    real = pipeline.analyse_article

    def failing_on_lavrov(doc, *args):
        if "Lavrov" in doc.text:
            raise IndexError("string index out of range")
        return real(doc, *args)

    monkeypatch.setattr(pipeline, "analyse_article", failing_on_lavrov)
    caplog.set_level(logging.WARNING)
    corpus = load_corpus(folder)
    extraction = extract(corpus, cache_dir=tmp_path / "cache")
    assert set(extraction.meetings["article_ids"]) == {"a"}
    reasons = dict(zip(corpus.report["path"].map(lambda p: Path(p).stem), corpus.report["reason"]))
    assert reasons["b"] == "left out: the map failed (IndexError: string index out of range)"
    assert warnings_about(caplog, "the map failed on an article")
    monkeypatch.setattr(pipeline, "analyse_article", real)  # fixed: the next run reads it
    again = extract(load_corpus(folder), cache_dir=tmp_path / "cache")
    assert set(again.meetings["article_ids"]) == {"a", "b"}


def test_a_parse_made_with_other_words_kept_whole_is_not_read(nlp, tmp_path, monkeypatch):
    from analysis.extract.tokenizer import META_KEY

    DocCache(tmp_path, nlp).put(nlp(TEXT_A))
    assert DocCache(tmp_path, nlp).get(TEXT_A) is not None
    monkeypatch.setitem(nlp.meta, META_KEY, ["co-chair"])  # a triggers file with fewer verbs
    assert DocCache(tmp_path, nlp).get(TEXT_A) is None


# 8. Atomic writes: a killed or failed write leaves the old entry or none, never a broken one.

def test_a_write_killed_half_way_leaves_no_entry(nlp, tmp_path, monkeypatch):
    cache = DocCache(tmp_path, nlp)
    doc = nlp(TEXT_A)

    def killed(self):
        raise Killed

    with monkeypatch.context() as patch:
        patch.setattr(DocBin, "to_bytes", killed)
        with pytest.raises(Killed):
            cache.put(doc)
    assert cache.get(TEXT_A) is None
    assert list(cache.folder.iterdir()) == []


def test_a_full_disk_leaves_no_partial_entry(tmp_path, full_disk, caplog):
    cache = ResultCache(tmp_path, "model", "salt")
    caplog.set_level(logging.WARNING)
    cache.put(TEXT_A, ANCHOR, a_result())
    assert cache.get(TEXT_A, ANCHOR) is None
    assert list(cache.folder.iterdir()) == []  # no partial entry, no temporary file
    assert warnings_about(caplog, "cannot be written")


# 9. Self-checking entries: a damaged or misplaced entry is discarded, named, and recomputed.

def truncate(path: Path, other: Path) -> None:
    path.write_bytes(path.read_bytes()[: path.stat().st_size // 2])


def empty(path: Path, other: Path) -> None:
    path.write_bytes(b"")


def garble(path: Path, other: Path) -> None:
    data = bytearray(path.read_bytes())
    data[-40:-20] = b"x" * 20
    path.write_bytes(bytes(data))


def copy_other(path: Path, other: Path) -> None:
    shutil.copyfile(other, path)


DAMAGES = [truncate, empty, garble, copy_other]


@pytest.mark.parametrize("damage", DAMAGES, ids=lambda f: f.__name__)
def test_damaged_doc_entry_is_discarded_with_a_warning(nlp, tmp_path, caplog, damage):
    cache = DocCache(tmp_path, nlp)
    path = new_entry(cache.folder, lambda: cache.put(nlp(TEXT_A), TEXT_A))
    other = new_entry(cache.folder, lambda: cache.put(nlp(TEXT_B), TEXT_B))
    damage(path, other)
    caplog.set_level(logging.WARNING)
    assert cache.get(TEXT_A) is None
    assert any(path.name in message for message in warnings_about(caplog, "discarded"))
    assert not path.exists()
    (doc,) = parse_texts([TEXT_A], nlp, cache=cache)  # parsed again and stored again
    assert cache.get(TEXT_A).text == doc.text == TEXT_A
    assert cache.get(TEXT_B).text == TEXT_B


@pytest.mark.parametrize("damage", [*DAMAGES, lambda path, other: path.write_text("[1, 2]")],
                         ids=[f.__name__ for f in DAMAGES] + ["not_an_envelope"])
def test_damaged_result_entry_is_discarded_with_a_warning(tmp_path, caplog, damage):
    cache = ResultCache(tmp_path, "model", "salt")
    path = new_entry(cache.folder, lambda: cache.put(TEXT_A, ANCHOR, a_result()))
    result_b = ArticleResult(mentions=[], typed=[], sentences={}, dateline="B")
    other = new_entry(cache.folder, lambda: cache.put(TEXT_B, ANCHOR, result_b))
    damage(path, other)
    caplog.set_level(logging.WARNING)
    assert cache.get(TEXT_A, ANCHOR) is None
    assert any(path.name in message for message in warnings_about(caplog, "discarded"))
    cache.put(TEXT_A, ANCHOR, a_result())
    assert cache.get(TEXT_A, ANCHOR).sentences == a_result().sentences
    assert cache.get(TEXT_B, ANCHOR).dateline == "B"


def test_result_entry_stores_its_key(tmp_path):
    cache = ResultCache(tmp_path, "model", "salt")
    path = new_entry(cache.folder, lambda: cache.put(TEXT_A, ANCHOR, a_result()))
    assert json.loads(path.read_text("utf-8"))["key"] == path.stem


def test_extract_over_a_damaged_cache_recomputes(small_corpus, tmp_path, caplog):
    first = extract(small_corpus, cache_dir=tmp_path / "cache")
    entries = [p for p in (tmp_path / "cache").rglob("*") if p.is_file()]
    assert {p.suffix for p in entries} == {".json", ".spacy"}
    for path in entries:
        truncate(path, path)
    caplog.set_level(logging.WARNING)
    second = extract(small_corpus, cache_dir=tmp_path / "cache")
    assert_same_tables(first, second)
    assert len(warnings_about(caplog, "discarded")) == len(entries)  # each entry named once
    third = extract(small_corpus, cache_dir=tmp_path / "cache")  # repaired: read back
    assert_same_tables(first, third)


# 10. Degrade, don't fail: an unwritable cache is one warning; concurrent writers are safe.

def test_a_cache_folder_that_cannot_be_made_is_one_warning(small_corpus, tmp_path, caplog):
    blocked = tmp_path / "cache"
    blocked.write_text("a file where the cache folder should be")
    caplog.set_level(logging.WARNING)
    extraction = extract(small_corpus, cache_dir=blocked)
    assert len(warnings_about(caplog, "cannot be written")) == 1
    assert len([r for r in caplog.records if r.levelno >= logging.WARNING]) == 1
    assert_same_tables(extraction, extract(small_corpus, use_cache=False))


@pytest.mark.skipif(os.geteuid() == 0, reason="root writes into read-only folders")
def test_a_read_only_cache_folder_is_one_warning(small_corpus, tmp_path, caplog):
    folder = tmp_path / "cache"
    folder.mkdir(mode=0o555)
    caplog.set_level(logging.WARNING)
    try:
        extraction = extract(small_corpus, cache_dir=folder)
    finally:
        folder.chmod(0o755)
    assert len(warnings_about(caplog, "cannot be written")) == 1
    assert_same_tables(extraction, extract(small_corpus, use_cache=False))


def test_a_full_disk_during_extract_is_one_warning(small_corpus, tmp_path, full_disk, caplog):
    caplog.set_level(logging.WARNING)
    extraction = extract(small_corpus, cache_dir=tmp_path / "cache")
    assert len(warnings_about(caplog, "cannot be written")) == 1
    assert not [p for p in (tmp_path / "cache").rglob("*") if p.is_file()]
    assert_same_tables(extraction, extract(small_corpus, use_cache=False))


def test_concurrent_slow_writers_never_show_a_partial_entry(nlp, tmp_path, monkeypatch, caplog):
    cache = DocCache(tmp_path, nlp)
    doc = nlp(TEXT_A)
    cache.put(doc, TEXT_A)
    original = DocBin.to_bytes

    def slow(self):
        time.sleep(0.3)
        return original(self)

    monkeypatch.setattr(DocBin, "to_bytes", slow)
    writers = [threading.Thread(target=cache.put, args=(doc, TEXT_A)) for _ in range(2)]
    caplog.set_level(logging.WARNING)
    seen = []
    for writer in writers:
        writer.start()
    while any(writer.is_alive() for writer in writers):
        seen.append(cache.get(TEXT_A))
    for writer in writers:
        writer.join()
    seen.append(cache.get(TEXT_A))
    assert len(seen) > 2 and all(d is not None and d.text == TEXT_A for d in seen)
    assert not warnings_about(caplog, "cache")
    assert [p.suffix for p in cache.folder.iterdir()] == [".spacy"]  # no temporary file left


# 11. Model identity: the key covers the model's files, not only its name and version.

def test_model_signature_changes_with_the_weights(tmp_path):
    model = tmp_path / "fake_model"
    (model / "ner").mkdir(parents=True)
    (model / "meta.json").write_text(json.dumps(
        {"lang": "xx", "name": "fake", "version": "1.0.0"}), "utf-8")
    (model / "config.cfg").write_text("[nlp]\nlang = \"xx\"\n", "utf-8")
    weights = model / "ner" / "model"
    weights.write_bytes(b"\x00" * 64)
    before = model_signature(str(model))
    stat = weights.stat()
    weights.write_bytes(b"\x00" * 63 + b"\x01")  # same size, same times, other weights
    os.utime(weights, ns=(stat.st_atime_ns, stat.st_mtime_ns))
    assert model_signature(str(model)) == before  # computed once per process
    parse.model_digest.cache_clear()
    after = model_signature(str(model))
    assert after != before and after.startswith("xx_fake-1.0.0-")


def test_model_digest_is_computed_once_and_agrees_for_name_and_pipeline(nlp):
    parse.model_digest.cache_clear()
    assert model_signature(nlp) == model_signature(DEFAULT_MODEL)
    assert parse.model_digest.cache_info().misses == 1
