"""Corpora as tables: CSV and Parquet files of one article per row (issue 14, part 2)."""

from __future__ import annotations

import json
import logging
from pathlib import Path

import pandas as pd
import pytest

from analysis import cli
from analysis.extract.corpus import CorpusError, load_corpus, parse_columns
from analysis.extract.corpus.tabular import CHUNK_ROWS

BODY = "Lukashenko met Putin in Sochi on Monday, the Kremlin said in a statement."
BODY_2 = "The two leaders discussed a loan of 1.5 billion dollars and closer integration."
BODY_3 = "Lavrov held talks with Makei in Moscow on the situation in the region."
RECORDS = [
    {"id": "a", "title": "Putin and Lukashenko", "text": f"{BODY}\n{BODY_2}",
     "published": "2020-09-14", "outlet": "BelTA", "url": "https://example.org/a"},
    {"id": "b", "title": "", "text": f"Published: 2020-09-02\n{BODY_3}", "published": "",
     "outlet": "TASS", "url": ""},
    {"id": "c", "title": "Talks", "text": BODY_3, "published": "Sep 03, 2020", "outlet": "",
     "url": ""},
]
# What an article keeps of its record, whatever the format it came in.
CONTENT = ["article_id", "outlet", "url", "title", "published", "published_source", "text",
           "n_removed_lines"]


def write_table(path: Path, records: list[dict]) -> Path:
    """`records` as a CSV or a Parquet file, by the suffix of `path`."""
    frame = pd.DataFrame(records)
    if path.suffix == ".parquet":
        frame.to_parquet(path, index=False)
    else:
        frame.to_csv(path, index=False)
    return path


def report_of(corpus) -> dict[str, tuple[str, str]]:
    """Report path (folder part dropped) -> (status, reason)."""
    return {Path(row.path).name: (row.status, row.reason) for row in corpus.report.itertuples()}


@pytest.mark.parametrize("suffix", [".csv", ".parquet"])
def test_a_table_gives_the_same_articles_as_the_same_jsonl(tmp_path, suffix):
    (tmp_path / "jsonl").mkdir()
    with (tmp_path / "jsonl" / "feed.jsonl").open("w", encoding="utf-8") as out:
        out.writelines(json.dumps(record) + "\n" for record in RECORDS)
    table_file = write_table(tmp_path / f"feed{suffix}", RECORDS)
    from_jsonl = load_corpus(tmp_path / "jsonl").articles
    from_table = load_corpus(table_file).articles
    pd.testing.assert_frame_equal(from_table[CONTENT], from_jsonl[CONTENT])
    assert (from_table["path"] == str(table_file)).all()
    row = from_table.set_index("article_id").loc["a"]
    assert (row["published"], row["published_source"], row["outlet"]) == (
        "2020-09-14", "metadata", "BelTA")
    assert from_table.set_index("article_id").loc["b", "published_source"] == "text"


def test_a_folder_mixes_tables_with_text_and_jsonl_files(tmp_path):
    # Unique texts: a line in several articles would be removed as boilerplate.
    write_table(tmp_path / "archive.csv", [{"id": "a", "text": BODY}, {"id": "b", "text": BODY_2}])
    write_table(tmp_path / "scrape.parquet", [{"text": BODY_3, "id": "p"}])
    (tmp_path / "feed.jsonl").write_text(json.dumps({"id": "j", "text": BODY[:40]}) + "\n")
    (tmp_path / "note.txt").write_text(BODY_2[:40] + "\n")
    corpus = load_corpus(tmp_path)
    assert list(corpus.articles["article_id"]) == ["a", "b", "j", "note", "p"]
    report = report_of(corpus)
    assert report["archive.csv"] == ("loaded", "2 articles")
    assert report["scrape.parquet"] == ("loaded", "1 articles")
    assert {status for status, _ in report.values()} == {"loaded"}


@pytest.mark.parametrize("suffix", [".csv", ".parquet"])
def test_columns_map_other_names_onto_the_article_fields(tmp_path, suffix):
    records = [{"uid": "x1", "body": BODY, "date": "2020-09-14", "source": "BelTA",
                "headline": "Sochi", "link": "https://example.org/x1", "text": "not this"}]
    path = write_table(tmp_path / f"export{suffix}", records)
    mapping = parse_columns("text=body, published=date,id=uid,outlet=source,title=headline,"
                            "url=link")
    row = load_corpus(path, columns=mapping).articles.iloc[0]
    assert (row["article_id"], row["text"], row["published"], row["outlet"], row["title"],
            row["url"]) == ("x1", BODY, "2020-09-14", "BelTA", "Sochi", "https://example.org/x1")


def test_a_mapped_column_the_file_lacks_skips_the_file_with_its_columns(tmp_path):
    write_table(tmp_path / "one.csv", [{"body": BODY, "date": "2020-09-14"}])
    write_table(tmp_path / "two.csv", [{"body": BODY_2}])
    corpus = load_corpus(tmp_path, columns={"text": "body", "published": "date"})
    status, reason = report_of(corpus)["two.csv"]
    assert status == "skipped"
    assert "no column 'date' for published" in reason and "'body'" in reason
    assert list(corpus.articles["article_id"]) == ["one_1"]


@pytest.mark.parametrize("suffix", [".csv", ".parquet"])
def test_a_table_without_a_text_column_is_a_clear_error(tmp_path, suffix):
    path = write_table(tmp_path / f"export{suffix}", [{"body": BODY, "date": "2020-09-14"}])
    with pytest.raises(CorpusError, match=r"no column 'text' for text \(its columns: 'body', "
                                          r"'date'\)"):
        load_corpus(path)


def test_rows_without_text_are_reported_by_row_number(tmp_path):
    path = tmp_path / "rows.csv"
    # Row 2 spans two lines of the file: rows are counted, not lines.
    path.write_text(f'id,text\na,"First line.\nSecond line."\nb,"  "\nc,\nd,"{BODY}"\ne\n',
                    encoding="utf-8")
    corpus = load_corpus(path)
    assert list(corpus.articles["article_id"]) == ["a", "d"]
    report = report_of(corpus)
    assert report["rows.csv"] == ("loaded", "2 articles; 3 rows skipped")
    assert {name for name in report if ":" in name} == {"rows.csv:2", "rows.csv:3", "rows.csv:5"}
    assert report["rows.csv:2"] == ("skipped", "no text in column 'text'")


def test_parquet_rows_without_text_are_reported_by_row_number(tmp_path):
    path = write_table(tmp_path / "rows.parquet",
                       [{"text": BODY}, {"text": None}, {"text": ""}, {"text": BODY_2}])
    corpus = load_corpus(path, columns={"text": "text"})
    assert list(corpus.articles["article_id"]) == ["rows_1", "rows_4"]
    assert {name for name in report_of(corpus) if ":" in name} == {"rows.parquet:2",
                                                                   "rows.parquet:3"}


def test_row_numbers_run_on_across_chunks(tmp_path):
    records = [{"text": BODY if number % 700 else ""} for number in range(1, CHUNK_ROWS + 800)]
    corpus = load_corpus(write_table(tmp_path / "big.parquet", records))
    skipped = sorted(int(name.split(":")[1]) for name in report_of(corpus) if ":" in name)
    assert skipped == [700, 1400]
    articles = corpus.articles  # built a piece at a time, still one table in id order
    assert len(articles) == CHUNK_ROWS + 797
    assert articles["article_id"].is_monotonic_increasing
    assert articles.index.equals(pd.RangeIndex(len(articles)))


def test_duplicate_ids_are_renamed_within_and_across_tables(tmp_path):
    write_table(tmp_path / "a.csv", [{"id": "x", "text": BODY}, {"id": "x", "text": BODY_2}])
    write_table(tmp_path / "b.parquet", [{"id": "x", "text": BODY_3}])
    corpus = load_corpus(tmp_path)
    texts = corpus.articles.set_index("article_id")["text"].to_dict()
    assert texts == {"x": BODY, "x-2": BODY_2, "x-3": BODY_3}
    assert "renamed 'x-3'" in report_of(corpus)["b.parquet"][1]


def test_published_dates_are_parsed_and_bad_ones_ignored_with_a_warning(tmp_path, caplog):
    records = [{"id": "iso", "text": BODY, "published": "2020-09-14T08:00:00+03:00"},
               {"id": "words", "text": BODY, "published": "14 September 2020"},
               {"id": "bad", "text": BODY, "published": "soon"}]
    path = write_table(tmp_path / "dates.csv", records)
    with caplog.at_level(logging.WARNING):
        table = load_corpus(path).articles.set_index("article_id")
    assert table.loc["iso", "published"] == table.loc["words", "published"] == "2020-09-14"
    assert (table.loc["bad", "published"], table.loc["bad", "published_source"]) == (
        "", "unknown")
    assert f"{path}:3: published 'soon' is not a date" in caplog.text


def test_parquet_date_and_timestamp_columns_are_dates(tmp_path):
    frame = pd.DataFrame({"text": [BODY, BODY_2],
                          "published": pd.to_datetime(["2020-09-14 08:00", None])})
    frame.to_parquet(tmp_path / "typed.parquet", index=False)
    table = load_corpus(tmp_path / "typed.parquet").articles
    assert list(table["published"]) == ["2020-09-14", ""]
    assert list(table["published_source"]) == ["metadata", "unknown"]


def test_metadata_wins_over_the_row(tmp_path):
    write_table(tmp_path / "rows.csv", [{"id": "a", "text": BODY, "outlet": "Row outlet",
                                         "published": "2020-09-01"}])
    (tmp_path / "metadata.csv").write_text("article_id,outlet,published\na,BelTA,2020-09-14\n")
    row = load_corpus(tmp_path).articles.iloc[0]
    assert (row["outlet"], row["published"], row["published_source"]) == (
        "BelTA", "2020-09-14", "metadata")


def test_csv_cells_are_text_as_written(tmp_path):
    (tmp_path / "words.csv").write_text("id,text,outlet\n007,NA,null\n", encoding="utf-8")
    row = load_corpus(tmp_path / "words.csv", clean=False).articles.iloc[0]
    assert (row["article_id"], row["text"], row["outlet"]) == ("007", "NA", "null")


def test_a_legacy_code_page_csv_is_decoded(tmp_path):
    text = "Александр Лукашенко встретился с Владимиром Путиным в Сочи."
    (tmp_path / "cp.csv").write_bytes(f"text\n{text}\n".encode("cp1251"))
    corpus = load_corpus(tmp_path / "cp.csv")
    assert corpus.articles.iloc[0]["text"] == text
    assert corpus.report.iloc[0]["encoding"] == "cp1251"


def test_unreadable_tables_are_skipped_whole(tmp_path):
    write_table(tmp_path / "good.csv", [{"text": BODY}])
    (tmp_path / "extra.csv").write_text(f"text,id\n{BODY},1\n")  # the comma splits the text
    (tmp_path / "later.csv").write_text(f'text,id\n"{BODY}",1\nmore,2,3\n')
    (tmp_path / "broken.parquet").write_bytes(b"PAR1 not really")
    (tmp_path / "empty.csv").write_text("")
    report = report_of(load_corpus(tmp_path))
    assert report["extra.csv"][0] == "skipped" and "not a readable CSV" in report["extra.csv"][1]
    assert report["later.csv"][0] == "skipped" and "Expected 2 fields" in report["later.csv"][1]
    assert report["broken.parquet"][0] == "skipped"
    assert "not a readable Parquet file" in report["broken.parquet"][1]
    assert report["empty.csv"] == ("skipped", "empty file")
    assert not any(name.startswith(("extra.csv:", "later.csv:")) for name in report)


@pytest.mark.parametrize(("spec", "message"), [
    ("body", "not FIELD=COLUMN"), ("text=", "not FIELD=COLUMN"),
    ("body=text", "unknown field 'body'"), ("text=a,text=b", "mapped twice"),
    ("text=a,title=a", "same column"),
])
def test_bad_column_mappings_are_value_errors(spec, message):
    with pytest.raises(ValueError, match=message):
        parse_columns(spec)


def test_the_cli_reports_a_bad_mapping_in_one_line(tmp_path, capsys):
    path = write_table(tmp_path / "rows.csv", [{"text": BODY}])
    assert cli.main(["extract", str(path), "--out", str(tmp_path / "out"),
                     "--columns", "body"]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "not FIELD=COLUMN" in err
    assert not (tmp_path / "out").exists()


def test_a_jsonl_read_line_by_line_falls_back_to_its_code_page(tmp_path):
    first = json.dumps({"id": "a", "text": BODY})
    second = json.dumps({"id": "b", "text": "Лукашенко встретился с Путиным."}, ensure_ascii=False)
    (tmp_path / "feed.jsonl").write_bytes(f"{first}\n{second}\n".encode("cp1251"))
    corpus = load_corpus(tmp_path)
    assert corpus.articles.set_index("article_id").loc["b", "text"] == (
        "Лукашенко встретился с Путиным.")
    assert corpus.report.iloc[0]["encoding"] == "cp1251"
