"""Faults in loading (issue 15, items 1-4 and 6): inputs that once stalled, blocked, misread or
aborted a load give a complete report instead."""

from __future__ import annotations

import json
import os
import re
import socket
import sys
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from analysis.extract.corpus import CorpusError, clean_lines, line_key, load_corpus
from analysis.extract.corpus import boilerplate as boilerplate_module
from analysis.extract.corpus import files as files_module
from analysis.extract.corpus.wrapping import _LINE_END as LINE_END
from analysis.extract.corpus.wrapping import WRAPPED_LINE_CHARS, unwrap_lines
from tests.helpers import time_limit

CORPUS_PACKAGE = Path(boilerplate_module.__file__).parent
BODY = "Lukashenko met Putin in Sochi on Monday, the Kremlin said in a statement."


class BudgetExceeded(Exception):
    """More lines of the corpus package ran than the budget allows."""


def report_of(corpus) -> dict[str, tuple[str, str]]:
    """Report rows by file name: (status, reason)."""
    return {Path(path).name: (status, reason) for path, status, reason in
            corpus.report[["path", "status", "reason"]].itertuples(index=False)}


# --------------------------------------------------------------------------------------------
# 1. Linear cleaning and id de-duplication
# --------------------------------------------------------------------------------------------


def lines_run(function, limit: int = 10**8) -> int:
    """How many lines of the corpus package `function()` runs (failing past `limit`)."""
    count = 0

    def counter(frame, event, arg):
        nonlocal count
        count += event == "line"
        if count > limit:
            raise BudgetExceeded(f"more than {limit} lines of the corpus package ran")
        return counter

    def tracer(frame, event, arg):
        return counter if Path(frame.f_code.co_filename).parent == CORPUS_PACKAGE else None

    previous = sys.gettrace()
    sys.settrace(tracer)
    try:
        function()
    finally:
        sys.settrace(previous)
    return count


def assert_linear(run) -> None:
    """`run(n)` does twice the work for twice the input, not four times."""
    small = lines_run(lambda: run(1000))
    lines_run(lambda: run(2000), limit=int(2.3 * small))


def unique_lines(n: int) -> list[str]:
    return [f"Line {i} of the report says the leaders met in city {i}." for i in range(n)]


def test_duplicate_line_check_is_linear():
    assert_linear(lambda n: clean_lines(unique_lines(n)))
    kept, removed = clean_lines(unique_lines(100))
    assert len(kept) == 100 and not removed


def write_same_ids(folder: Path, n: int) -> Path:
    records = (json.dumps({"id": "same", "text": f"Article {i}: {BODY}"}) for i in range(n))
    (folder / "feed.jsonl").write_text("\n".join(records) + "\n", encoding="utf-8")
    return folder


def test_id_deduplication_is_linear(tmp_path):
    def run(n):
        folder = tmp_path / str(n)
        folder.mkdir(exist_ok=True)
        files_module.read_folder(write_same_ids(folder, n), None, clean=True)

    assert_linear(run)
    articles, _ = files_module.read_folder(write_same_ids(tmp_path, 5), None, clean=True)
    assert [a.article_id for a in articles] == ["same", "same-2", "same-3", "same-4", "same-5"]


def reference_unwrap(lines: list[str]) -> list[str]:
    """The joining of `unwrap_lines` written the obvious (quadratic) way, for a wrapped text."""
    joined: list[str] = []
    for line in lines:
        previous = joined[-1] if joined else ""
        if line.strip() and len(previous) >= WRAPPED_LINE_CHARS and not LINE_END.search(previous):
            hyphen = re.search(r"[^\W\d_]-$", previous.rstrip()) and line.lstrip()[:1].isupper()
            joined[-1] = f"{previous.rstrip()}{'' if hyphen else ' '}{line.lstrip()}"
        else:
            joined.append(line)
    return joined


PIECES = st.sampled_from(["", " ", "  \t", "word", "longer words here", "end.", "x" * 45,
                          " padded line of forty characters or more   ", "said:  ",
                          "Nagorno-", "Karabakh", "well-"])


@settings(max_examples=300, deadline=None)
@given(lines=st.lists(PIECES.flatmap(lambda a: PIECES.map(lambda b: a + b)), max_size=14))
def test_unwrapping_matches_the_reference(lines):
    wrapped = ["a line that is long enough and stops in the"] * 4 + lines
    assert unwrap_lines(wrapped) == reference_unwrap(wrapped)


def reference_duplicates(texts: list[str], reasons: list[str | None],
                         headline_index: int | None) -> list[str | None]:
    """The duplicate-line rule written the obvious (quadratic) way."""
    keys = {i: line_key(text) for i, text in enumerate(texts) if text and reasons[i] is None}
    marked = list(reasons)
    for index, key in keys.items():
        if index == headline_index or len(texts[index].split()) < 6:
            continue
        if any(other != index and key in other_key
               and (len(other_key) > len(key) or other > index)
               for other, other_key in keys.items()):
            marked[index] = "duplicate_of_other_line"
    return marked


WORDS = st.sampled_from(["a", "ab", "ba", "b", "Putin", "putin", "met", "tin", "Pu"])
LINE = st.lists(WORDS, min_size=0, max_size=9).map(" ".join)


@settings(max_examples=300, deadline=None)
@given(texts=st.lists(LINE, max_size=12), data=st.data())
def test_duplicate_rule_matches_the_reference(texts, data):
    n = len(texts)
    reasons = data.draw(st.lists(st.sampled_from([None, None, "promo"]), min_size=n, max_size=n))
    headline_index = data.draw(st.none() | st.integers(0, max(n - 1, 0)))
    expected = reference_duplicates(texts, reasons, headline_index)
    boilerplate_module._mark_duplicates(texts, reasons, headline_index)
    assert reasons == expected


def test_renamed_ids_keep_their_notes(tmp_path):
    records = [{"id": "a", "text": BODY}, {"id": "a", "text": BODY}, {"id": "a-2", "text": BODY}]
    (tmp_path / "feed.jsonl").write_text("\n".join(map(json.dumps, records)), encoding="utf-8")
    (tmp_path / "a.txt").write_text(BODY, encoding="utf-8")
    corpus = load_corpus(tmp_path)
    assert sorted(corpus.articles["article_id"]) == ["a", "a-2", "a-3", "a-4"]
    reasons = report_of(corpus)
    assert reasons["a.txt"][1] == (f"article_id 'a' also produced by {tmp_path / 'feed.jsonl'}")
    assert reasons["feed.jsonl"][1].count("also produced by") == 0
    assert "renamed 'a-3'" in reasons["feed.jsonl"][1]
    assert "renamed 'a-4'" in reasons["feed.jsonl"][1]


# --------------------------------------------------------------------------------------------
# 2. Entries that are not regular files
# --------------------------------------------------------------------------------------------


def test_fifo_is_skipped_without_opening_it(tmp_path):
    (tmp_path / "good.txt").write_text(BODY, encoding="utf-8")
    os.mkfifo(tmp_path / "pipe.txt")
    os.mkfifo(tmp_path / "feed.jsonl")
    with time_limit(10):
        corpus = load_corpus(tmp_path)
    report = report_of(corpus)
    assert report["pipe.txt"] == ("skipped", "not a regular file (FIFO)")
    assert report["feed.jsonl"] == ("skipped", "not a regular file (FIFO)")
    assert list(corpus.articles["article_id"]) == ["good"]


def test_socket_and_device_are_skipped(tmp_path):
    (tmp_path / "good.txt").write_text(BODY, encoding="utf-8")
    server = socket.socket(socket.AF_UNIX)
    try:
        server.bind(str(tmp_path / "s.txt"))
        (tmp_path / "null.txt").symlink_to("/dev/null")
        report = report_of(load_corpus(tmp_path))
    finally:
        server.close()
    assert report["s.txt"] == ("skipped", "not a regular file (socket)")
    assert report["null.txt"] == ("skipped", "not a regular file (character device)")


# --------------------------------------------------------------------------------------------
# 3. .jsonl lines end at "\n" only
# --------------------------------------------------------------------------------------------


@pytest.mark.parametrize("separator", ["\u2028", "\u2029", "\x85"])
def test_jsonl_record_with_unicode_line_separator(tmp_path, separator):
    text = f"{BODY}{separator}{BODY.replace('Monday', 'Tuesday')}"
    lines = [json.dumps({"id": "a", "text": text}, ensure_ascii=False), "not json",
             json.dumps({"id": "b", "text": BODY})]
    (tmp_path / "feed.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    corpus = load_corpus(tmp_path)
    assert sorted(corpus.articles["article_id"]) == ["a", "b"]
    assert "Tuesday" in corpus.articles.set_index("article_id").loc["a", "text"]
    skipped = corpus.report[corpus.report["status"] == "skipped"]
    assert list(skipped["path"]) == [f"{tmp_path / 'feed.jsonl'}:2"]


# --------------------------------------------------------------------------------------------
# 4. metadata.csv: stripped ids, rows longer than the header
# --------------------------------------------------------------------------------------------


def test_metadata_ids_are_stripped_before_the_duplicate_check(tmp_path):
    (tmp_path / "a.txt").write_text(BODY, encoding="utf-8")
    (tmp_path / "metadata.csv").write_text(
        "article_id,outlet\na,BelTA\n a ,TASS\n", encoding="utf-8")
    with pytest.raises(CorpusError, match="'a' twice"):
        load_corpus(tmp_path)


def test_metadata_id_with_spaces_matches(tmp_path):
    (tmp_path / "a.txt").write_text(BODY, encoding="utf-8")
    (tmp_path / "metadata.csv").write_text("article_id,outlet\n a ,BelTA\n", encoding="utf-8")
    assert load_corpus(tmp_path).articles.loc[0, "outlet"] == "BelTA"


@pytest.mark.parametrize("rows", [
    "a,BelTA,2020-09-14\n",                        # every row one field too many
    "b,TASS\na,BelTA,2020-09-14\n",                # one row too long
])
def test_metadata_row_longer_than_the_header_is_reported(tmp_path, rows):
    (tmp_path / "a.txt").write_text(BODY, encoding="utf-8")
    (tmp_path / "metadata.csv").write_text(f"article_id,outlet\n{rows}", encoding="utf-8")
    with pytest.raises(CorpusError, match="more fields than the header"):
        load_corpus(tmp_path)


def test_metadata_row_shorter_than_the_header_is_padded(tmp_path):
    (tmp_path / "a.txt").write_text(BODY, encoding="utf-8")
    (tmp_path / "metadata.csv").write_text(
        "article_id,outlet,published\n\na,BelTA\n", encoding="utf-8")
    row = load_corpus(tmp_path).articles.iloc[0]
    assert (row["outlet"], row["published"]) == ("BelTA", "")


# --------------------------------------------------------------------------------------------
# 6. File names that are not UTF-8
# --------------------------------------------------------------------------------------------


def test_non_utf8_file_name_gives_safe_id_and_escaped_report(tmp_path):
    fd = os.open(os.path.join(os.fsencode(tmp_path), b"caf\xe9.txt"), os.O_WRONLY | os.O_CREAT)
    os.write(fd, BODY.encode("utf-8"))
    os.close(fd)
    corpus = load_corpus(tmp_path)
    assert list(corpus.articles["article_id"]) == ["caf\\xe9"]
    row = corpus.report.iloc[0]
    assert row["path"] == f"{tmp_path}/caf\\xe9.txt"
    assert "not valid UTF-8" in row["reason"]
    for table in (corpus.articles, corpus.report, corpus.removed):
        table.to_csv(tmp_path.parent / "out.csv", index=False)  # aborted before the fix


def test_lone_surrogates_in_jsonl_are_escaped(tmp_path):
    record = {"id": "x\ud800", "title": "T\udce9", "text": f"{BODY} \udfff"}
    (tmp_path / "feed.jsonl").write_text(json.dumps(record), encoding="utf-8")
    corpus = load_corpus(tmp_path)
    row = corpus.articles.iloc[0]
    assert (row["article_id"], row["title"]) == ("x\\ud800", "T\\udce9")
    corpus.articles.to_csv(tmp_path.parent / "out.csv", index=False)


# --------------------------------------------------------------------------------------------
# Fuzz: any folder of supported files loads or raises CorpusError, and reports every file once
# --------------------------------------------------------------------------------------------

SUFFIXES = [".txt", ".html", ".htm", ".jsonl"]
TEXTS = st.text(alphabet=st.characters(codec="utf-8"), max_size=300)
# JSON strings may hold lone surrogates (json.dumps escapes them).
JSON_TEXTS = st.text(alphabet=st.characters(exclude_categories=[]), max_size=300)
JSON_LINES = st.lists(
    st.one_of(
        st.fixed_dictionaries({"text": JSON_TEXTS}, optional={
            "id": st.one_of(JSON_TEXTS, st.integers(), st.none()), "title": JSON_TEXTS,
            "published": JSON_TEXTS, "outlet": st.one_of(JSON_TEXTS, st.integers())},
        ).map(json.dumps),
        TEXTS,
    ),
    max_size=6,
).map("\n".join)
CONTENT = st.one_of(
    TEXTS.map(lambda text: text.encode("utf-8")),
    st.binary(max_size=300),
    JSON_LINES.map(lambda text: text.encode("utf-8")),
    TEXTS.map(lambda text: f"<html><body><p>{text}</p></body></html>".encode()),
)
NAMES = st.text(alphabet="abcé1 _-", min_size=1, max_size=8)
METADATA = st.one_of(
    st.none(),
    st.binary(max_size=200),
    st.lists(st.lists(st.sampled_from(["a", " a ", "b", "", "x,y", '"q"', "2020-09-14", "7"]),
                      max_size=5).map(",".join), max_size=5)
    .map(lambda rows: "\n".join(["article_id,outlet,published,title", *rows]).encode()),
)


@settings(max_examples=40, deadline=None)
@given(files=st.dictionaries(st.tuples(NAMES, st.sampled_from(SUFFIXES)), CONTENT,
                             min_size=1, max_size=5),
       metadata=METADATA)
def test_fuzz_load_corpus_reports_every_file_once(tmp_path_factory, files, metadata):
    folder = tmp_path_factory.mktemp("fuzz")
    for (name, suffix), content in files.items():
        (folder / f"{name}{suffix}").write_bytes(content)
    if metadata is not None:
        (folder / "metadata.csv").write_bytes(metadata)
    try:
        corpus = load_corpus(folder)
    except CorpusError:
        return
    file_rows = [path for path in corpus.report["path"] if not path.rsplit(":", 1)[-1].isdigit()]
    assert sorted(file_rows) == sorted(str(folder / f"{n}{s}") for n, s in files)
    for table in (corpus.articles, corpus.report, corpus.removed):
        table.to_csv(folder.parent / f"{folder.name}.csv", index=False)
