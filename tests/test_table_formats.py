"""`analysis extract --format parquet` and `read_table`, which reads the tables in either format."""

from __future__ import annotations

import os
from types import SimpleNamespace

import pandas as pd
import pytest

from analysis import cli
from analysis.tables import read_table

FORMULA = '=HYPERLINK("http://example.com","x")'
TABLES = ["articles", "report", "removed", "mentions", "actors", "interactions", "meetings",
          "merges", "roles"]


@pytest.fixture
def corpus(toy_extraction):
    """A corpus to go with the toy extraction: its articles, a report, nothing removed."""
    report = pd.DataFrame({"path": ["a1.txt"], "status": ["loaded"], "reason": [FORMULA],
                           "encoding": ["utf-8"]})
    return SimpleNamespace(articles=toy_extraction.articles, report=report,
                           removed=pd.DataFrame({"article_id": [], "line_no": []}))


def test_parquet_tables_read_back_as_they_were(corpus, toy_extraction, tmp_path):
    written = cli.write_tables(corpus, toy_extraction, tmp_path, fmt="parquet")
    assert sorted(path.name for path in written) == sorted(
        [f"{name}.parquet" for name in TABLES] + ["network.gexf"])
    for name in ["meetings", "mentions", "interactions", "actors"]:
        pd.testing.assert_frame_equal(read_table(tmp_path, name), getattr(toy_extraction, name))
    assert read_table(tmp_path, "report").loc[0, "reason"] == FORMULA  # no spreadsheet guard


def test_csv_tables_read_back_with_codes_and_empty_cells_as_text(corpus, toy_extraction, tmp_path):
    cli.write_tables(corpus, toy_extraction, tmp_path)
    meetings = read_table(tmp_path, "meetings")
    # CSV has no missing text: an empty cell reads as "".
    expected = toy_extraction.meetings.astype(object).fillna("")
    pd.testing.assert_frame_equal(meetings, expected, check_dtype=False)
    assert read_table(tmp_path, "report").loc[0, "reason"] == "'" + FORMULA


def test_read_table_takes_the_format_written_last(corpus, toy_extraction, tmp_path):
    cli.write_tables(corpus, toy_extraction, tmp_path, fmt="parquet")
    cli.write_tables(corpus, toy_extraction, tmp_path, raw_csv=True)
    os.utime(tmp_path / "report.parquet", ns=(1, 1))
    assert read_table(tmp_path, "report").loc[0, "reason"] == FORMULA
    assert (tmp_path / "report.csv").read_text().count(FORMULA.replace('"', '""')) == 1
    (tmp_path / "report.csv").unlink()
    assert read_table(tmp_path, "report").loc[0, "encoding"] == "utf-8"


def test_read_table_names_both_formats_when_neither_is_there(tmp_path):
    with pytest.raises(FileNotFoundError, match="no meetings.csv or meetings.parquet"):
        read_table(tmp_path, "meetings")


def test_the_cli_writes_the_format_asked_for(corpus, toy_extraction, monkeypatch, tmp_path):
    monkeypatch.setattr(cli, "load_corpus", lambda *a, **k: corpus)
    monkeypatch.setattr(cli, "extract", lambda *a, **k: toy_extraction)
    monkeypatch.setattr(cli, "CorpusSnapshot",
                        lambda *a, **k: SimpleNamespace(write=lambda *tables: None))
    assert cli.main(["extract", "corpus", "--out", str(tmp_path), "--format", "parquet"]) == 0
    assert {path.suffix for path in tmp_path.iterdir()} == {".parquet", ".gexf"}
    with pytest.raises(SystemExit):
        cli.main(["extract", "corpus", "--out", str(tmp_path), "--format", "xlsx"])
