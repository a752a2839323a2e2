"""Faults at the edges (issue 15, items 7, 13, 14, 15): dates at the calendar's edges, formulas
in CSV cells, a full disk while writing the tables, and a kernel that cannot start."""

from __future__ import annotations

import asyncio
import csv
import datetime
import errno
import json
import re
import signal
from pathlib import Path
from types import SimpleNamespace

import pandas as pd
import papermill
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from jupyter_client import AsyncKernelManager
from jupyter_client.provisioning import LocalProvisioner

from analysis import cli
from analysis.extract.dates import ResolvedDate, resolve_date

from .conftest import SEEDS

NOTEBOOKS = Path(__file__).resolve().parents[1] / "notebooks"
HYPERLINK = '=HYPERLINK("http://example.com/x?leak=1","click me")'

# ---------------------------------------------------------------------------------------------
# 7. Dates at the calendar's edges
# ---------------------------------------------------------------------------------------------

MIN, MAX = datetime.date.min, datetime.date.max


@pytest.mark.parametrize(("expression", "anchor"), [
    ("next year", MAX), ("next week", MAX), ("next month", MAX), ("tomorrow", MAX),
    ("in the coming weeks", MAX), ("in two years", MAX), ("next weekend", MAX),
    ("this week", MAX), ("next Monday", MAX), ("the following day", "9999-12-31"),
    ("December 31, 9999", "9999-12-31"),
    ("last week", MIN), ("last year", MIN), ("yesterday", MIN), ("26 years ago", MIN),
    ("the past 26 years", MIN), ("last month", "0001-01-15"), ("last Monday", MIN),
    ("last weekend", MIN), ("last year", "0001"), ("in 99999999999999999999 years", MIN),
])
def test_calendar_edges_give_no_date(expression, anchor):
    resolved = resolve_date(expression, anchor)
    assert (resolved.value, resolved.precision) == (None, "unknown")


def test_dates_inside_the_calendar_still_resolve_at_its_edges():
    assert resolve_date("yesterday", datetime.date(1, 1, 2)).value == "0001-01-01"
    assert resolve_date("tomorrow", datetime.date(9999, 12, 30)).value == "9999-12-31"
    assert resolve_date("last year", "9999").value == "9998"


def test_an_anchor_year_zero_is_the_documented_error():
    with pytest.raises(ValueError, match="is not a date"):
        resolve_date("last year", "0000")


DATE_WORDS = [
    "last", "next", "this", "coming", "past", "the", "in", "on", "ago", "a", "few", "two", "26",
    "day", "days", "week", "weeks", "month", "months", "year", "years", "weekend", "today",
    "yesterday", "tomorrow", "Monday", "Friday", "September", "December", "31", "14", "9999",
    "0001", "1", "2020", "of", "following", "earlier", "since", ",", "-", "/", ".",
]
EDGE_DATES = st.sampled_from([MIN, MAX, datetime.date(1, 1, 7), datetime.date(9999, 12, 25),
                              datetime.date(1, 12, 31), datetime.date(9999, 1, 1)])
ANCHORS = st.one_of(
    st.dates(), EDGE_DATES, st.none(), st.just(""),
    st.one_of(st.dates(), EDGE_DATES).map(datetime.date.isoformat),
    st.integers(1, 9999).map(lambda year: f"{year:04d}"),
)
EXPRESSIONS = st.one_of(st.text(max_size=40),
                        st.lists(st.sampled_from(DATE_WORDS), max_size=6).map(" ".join))
ISO_VALUE = re.compile(r"\d{4}(-W\d{2}|-\d{2}(-\d{2})?)?|\d{4}-\d{2}-\d{2}/\d{4}-\d{2}-\d{2}")


@settings(max_examples=200, deadline=None)
@given(expression=EXPRESSIONS, anchor=ANCHORS, sentence=st.one_of(st.none(), st.text(max_size=60)),
       tense=st.sampled_from([None, "past", "present", "future"]),
       anchor_precision=st.sampled_from(["day", "year"]))
def test_resolve_date_never_raises(expression, anchor, sentence, tense, anchor_precision):
    resolved = resolve_date(expression, anchor, sentence, anchor_precision=anchor_precision,
                            tense=tense)
    assert isinstance(resolved, ResolvedDate)
    if resolved.value is None:
        assert resolved.precision == "unknown"
    else:
        assert ISO_VALUE.fullmatch(resolved.value), resolved.value


# ---------------------------------------------------------------------------------------------
# 13. Spreadsheet safety
# ---------------------------------------------------------------------------------------------


def test_formula_cells_are_neutralised_and_numbers_stay_numbers():
    starts = [HYPERLINK, "+1", "-2 killed", "@SUM(A1)", "\tx", "\rx", "plain", "", None]
    table = pd.DataFrame({"title": starts, "n": range(-4, 5), "x": [-0.5] * 9})
    safe = cli.spreadsheet_safe(table)
    assert safe["title"].tolist()[:6] == ["'" + s for s in starts[:6]]
    assert safe["title"].tolist()[6:8] == ["plain", ""] and pd.isna(safe["title"].iloc[8])
    pd.testing.assert_frame_equal(safe[["n", "x"]], table[["n", "x"]])
    assert table["title"].iloc[0] == HYPERLINK  # the caller's table is not changed


@pytest.fixture(scope="module")
def formula_corpus(tmp_path_factory):
    folder = tmp_path_factory.mktemp("formula_corpus")
    record = {"id": "f1", "title": HYPERLINK, "published": "2020-09-14",
              "text": HYPERLINK + " Putin met Lukashenko in Sochi on Monday.\n"
                      "Vladimir Putin and Alexander Lukashenko held talks in Sochi."}
    (folder / "feed.jsonl").write_text(json.dumps(record) + "\n", "utf-8")
    return folder


def _cells(path: Path) -> list[str]:
    with path.open(newline="", encoding="utf-8") as handle:
        return [cell for row in csv.reader(handle) for cell in row]


def _extract(corpus: Path, out: Path, *extra: str) -> int:
    return cli.main(["extract", str(corpus), "--out", str(out),
                     "--cache-dir", str(out.parent / "cache"), *extra])


@pytest.mark.slow
def test_extract_neutralises_formulas_unless_raw_csv(formula_corpus, tmp_path):
    assert _extract(formula_corpus, tmp_path / "safe") == 0
    cells = [c for p in (tmp_path / "safe").glob("*.csv") for c in _cells(p)]
    assert "'" + HYPERLINK in cells
    assert not [c for c in cells if c.startswith(cli.FORMULA_STARTS)
                and not re.fullmatch(r"-\d+(\.\d+)?", c)]  # only negative numbers may
    assert _extract(formula_corpus, tmp_path / "raw", "--raw-csv") == 0
    raw = _cells(tmp_path / "raw" / "articles.csv")
    assert HYPERLINK in raw and "'" + HYPERLINK not in raw


# ---------------------------------------------------------------------------------------------
# 14. No partial outputs
# ---------------------------------------------------------------------------------------------


@pytest.fixture
def fake_run(monkeypatch, toy_extraction):
    """`analysis extract` without spaCy: the CLI gets the toy extraction (and stores no
    snapshot of it)."""
    report = pd.DataFrame({"path": ["a1.txt"], "status": ["loaded"], "reason": [""]})
    corpus = SimpleNamespace(articles=toy_extraction.articles, report=report,
                             removed=pd.DataFrame({"article_id": [], "line": []}))
    monkeypatch.setattr(cli, "load_corpus", lambda *a, **k: corpus)
    monkeypatch.setattr(cli, "extract", lambda *a, **k: toy_extraction)
    monkeypatch.setattr(cli, "CorpusSnapshot",
                        lambda *a, **k: SimpleNamespace(write=lambda *tables: None))


def _snapshot(folder: Path) -> dict[str, bytes] | None:
    if not folder.exists():
        return None
    return {p.name: p.read_bytes() for p in folder.iterdir()}


def _disk_fills_after(monkeypatch, n_files: int) -> None:
    """Make the (n_files + 1)-th CSV write fail with ENOSPC after writing part of its file."""
    to_csv, calls = pd.DataFrame.to_csv, []

    def full_disk(self, path=None, *args, **kwargs):
        calls.append(path)
        if len(calls) > n_files:
            Path(path).write_text("partial")
            raise OSError(errno.ENOSPC, "No space left on device")
        return to_csv(self, path, *args, **kwargs)

    monkeypatch.setattr(pd.DataFrame, "to_csv", full_disk)


@pytest.mark.parametrize("n_files", [0, 3, 7])
def test_full_disk_is_one_line_and_leaves_out_as_it_was(fake_run, monkeypatch, capsys, tmp_path,
                                                        n_files):
    out = tmp_path / "out"
    assert cli.main(["extract", "corpus", "--out", str(out)]) == 0
    (out / "articles.csv").write_text("older articles")
    (out / "notes.txt").write_text("mine")
    before = _snapshot(out)
    capsys.readouterr()
    _disk_fills_after(monkeypatch, n_files)
    assert cli.main(["extract", "corpus", "--out", str(out)]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "No space left on device" in err and str(out) in err
    assert _snapshot(out) == before


def test_full_disk_while_writing_the_network_leaves_a_new_out_absent(fake_run, monkeypatch,
                                                                      capsys, tmp_path):
    def full_disk(graph, path):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr("analysis.views.network.write_network", full_disk)
    out = tmp_path / "new" / "out"
    assert cli.main(["extract", "corpus", "--out", str(out)]) == 2
    assert "No space left on device" in capsys.readouterr().err
    assert not (tmp_path / "new").exists()


def test_tables_are_renamed_into_place_without_temporary_files(fake_run, tmp_path):
    out = tmp_path / "out"
    assert cli.main(["extract", "corpus", "--out", str(out)]) == 0
    assert sorted(p.name for p in out.iterdir()) == sorted(
        [f"{n}.csv" for n in ["articles", "report", "removed", "mentions", "actors",
                              "interactions", "meetings", "merges", "roles"]] + ["network.gexf"])


# ---------------------------------------------------------------------------------------------
# 15. `analysis render` without a kernel, and without the shutdown's KeyboardInterrupt
# ---------------------------------------------------------------------------------------------


def _render(folder: Path) -> int:
    return cli.main(["render", "--corpus", str(SEEDS), "--notebooks", str(NOTEBOOKS),
                     "--figures", str(folder / "figures"), "--out", str(folder / "out")])


@pytest.mark.parametrize("error", [
    RuntimeError("Kernel died before replying to kernel_info"),
    RuntimeError("Kernel didn't respond in 60 seconds"),
])
def test_render_without_a_kernel_is_one_line(monkeypatch, capsys, tmp_path, error):
    def no_kernel(*args, **kwargs):
        raise error

    monkeypatch.setattr(papermill, "execute_notebook", no_kernel)
    assert _render(tmp_path) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "Traceback" not in err
    assert "01_corpus.ipynb" in err and str(error) in err


def _kernel_manager_of_render(monkeypatch, tmp_path) -> type:
    """The kernel manager class `render_notebooks` hands papermill (nbclient's default if none)."""
    passed = {}
    monkeypatch.setattr(papermill, "execute_notebook", lambda *a, **k: passed.update(k))
    assert _render(tmp_path) == 0
    return passed.get("kernel_manager_class", AsyncKernelManager)


def test_render_shuts_kernels_down_without_interrupting_them(monkeypatch, tmp_path):
    manager_class = _kernel_manager_of_render(monkeypatch, tmp_path)
    monkeypatch.undo()
    sent = []
    send_signal = LocalProvisioner.send_signal

    async def recording(self, signum):
        sent.append(signum)
        await send_signal(self, signum)

    monkeypatch.setattr(LocalProvisioner, "send_signal", recording)

    async def start_and_shut_down():
        manager = manager_class(kernel_name="python3")
        await manager.start_kernel(extra_arguments=["--IPKernelApp.log_level=ERROR"])
        await manager.shutdown_kernel()

    asyncio.run(start_and_shut_down())
    assert signal.SIGINT not in sent
