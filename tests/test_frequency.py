"""entity_frequency and the shared date helpers, on the toy extraction."""

from __future__ import annotations

import datetime as dt
import io
import logging

import pandas as pd
import pytest

from analysis.frames import date_window, parse_date_bound, period_bounds
from analysis.tables import MENTION_COLUMNS, empty_table
from analysis.views.frequency import (
    FREQUENCY_COLUMNS,
    articles_per_day,
    entity_frequency,
    resolution_methods,
)

PUTIN, LUKASHENKO = "Vladimir Putin", "Alexander Lukashenko"
LAVROV, MAKEI, KREMLIN, MINSK = "Sergey Lavrov", "Vladimir Makei", "Kremlin", "Minsk"


def counts(table: pd.DataFrame) -> dict[str, int]:
    return dict(zip(table["actor"], table["n_mentions"], strict=True))


def test_counts_mentions_and_articles_sorted(toy_extraction):
    table = entity_frequency(toy_extraction.mentions)
    assert list(table.columns) == FREQUENCY_COLUMNS
    assert table["actor"].tolist() == [PUTIN, LUKASHENKO, LAVROV, KREMLIN, MINSK, MAKEI]
    putin = table.iloc[0]
    assert (putin["actor_id"], putin["type"], putin["country"]) == ("putin", "person", "RUS")
    assert (putin["n_mentions"], putin["n_articles"]) == (6, 2)
    assert table.set_index("actor").loc[LUKASHENKO, "n_articles"] == 3
    assert table["n_mentions"].sum() == len(toy_extraction.mentions)
    assert table.attrs["date_span"] == "2020-08-31 – 2020-09-14"


def test_ties_are_broken_by_name(toy_extraction):
    table = entity_frequency(toy_extraction.mentions)
    tied = table[table["n_mentions"] == 2]["actor"].tolist()
    assert tied == sorted(tied) == [KREMLIN, MINSK, MAKEI]


@pytest.mark.parametrize(("labels", "expected"), [
    (["person"], {PUTIN, LUKASHENKO, LAVROV, MAKEI}),
    (["PERSON"], {PUTIN, LUKASHENKO, LAVROV, MAKEI}),
    (["place"], {MINSK}),
    (["GPE"], {MINSK}),
    (["org", "place"], {KREMLIN, MINSK}),
    ("org", {KREMLIN}),
])
def test_labels_match_types_or_spacy_labels(toy_extraction, labels, expected):
    assert set(entity_frequency(toy_extraction.mentions, labels=labels)["actor"]) == expected


def test_actors_by_name_or_id_case_insensitive(toy_extraction):
    table = entity_frequency(toy_extraction.mentions, actors=["vladimir putin", "MAKEI"])
    assert counts(table) == {PUTIN: 6, MAKEI: 2}


def test_date_bounds_filter_on_publication_day_inclusive(toy_extraction):
    mentions = toy_extraction.mentions
    after = entity_frequency(mentions, start="2020-09-02")  # a2 and a3
    assert after["n_mentions"].sum() == 13
    assert counts(after)[PUTIN] == 3
    only_a2 = entity_frequency(mentions, start="2020-09-02", end=dt.date(2020, 9, 2))
    assert set(only_a2["actor"]) == {LAVROV, MAKEI, LUKASHENKO, MINSK}
    assert only_a2.attrs["date_span"] == "2020-09-02"
    september = entity_frequency(mentions, start="2020-09")  # a month: from 1 September
    assert september["n_mentions"].sum() == 13
    assert entity_frequency(mentions, end="2020-08").attrs["date_span"] == "2020-08-31"


def test_undated_mentions_dropped_only_with_a_bound(toy_extraction, caplog):
    mentions = toy_extraction.mentions.copy()
    mentions.loc[mentions["article_id"] == "a1", "published"] = ""
    assert entity_frequency(mentions)["n_mentions"].sum() == 20
    with caplog.at_level(logging.WARNING, logger="analysis.views.frequency"):
        table = entity_frequency(mentions, end="2020-12-31")
    assert table["n_mentions"].sum() == 13
    assert "7 mention(s)" in caplog.text


def test_top_keeps_the_most_mentioned(toy_extraction):
    table = entity_frequency(toy_extraction.mentions, top=2)
    assert table["actor"].tolist() == [PUTIN, LUKASHENKO]


@pytest.mark.parametrize(("kwargs", "named"), [
    ({"labels": ["persn"]}, "persn"),
    ({"labels": [3]}, "3"),
    ({"labels": 5}, "5"),
    ({"actors": [42]}, "42"),
    ({"top": 0}, "top=0"),
    ({"top": "3"}, "top='3'"),
    ({"top": True}, "top=True"),
    ({"start": "yesterday"}, "yesterday"),
    ({"end": "2020-13"}, "2020-13"),
    ({"start": "2020-09-14", "end": "2020-09-01"}, "after"),
])
def test_invalid_arguments_raise_value_error_naming_them(toy_extraction, kwargs, named):
    with pytest.raises(ValueError, match=named):
        entity_frequency(toy_extraction.mentions, **kwargs)


def test_missing_columns_are_named():
    with pytest.raises(ValueError, match="actor_id"):
        entity_frequency(pd.DataFrame({"article_id": ["a"], "label": ["PERSON"]}))


def test_empty_input_gives_empty_frame_and_a_warning(caplog):
    with caplog.at_level(logging.WARNING, logger="analysis.views.frequency"):
        table = entity_frequency(empty_table(MENTION_COLUMNS))
    assert table.empty and list(table.columns) == FREQUENCY_COLUMNS
    assert "empty" in caplog.text


def test_no_match_gives_empty_frame(toy_extraction):
    table = entity_frequency(toy_extraction.mentions, actors=["Nobody"])
    assert table.empty and list(table.columns) == FREQUENCY_COLUMNS


def test_table_read_back_from_csv_works(toy_extraction):
    mentions = toy_extraction.mentions.copy()
    mentions.loc[0, "country"] = ""
    mentions.loc[5, "published"] = ""
    buffer = io.StringIO()
    mentions.to_csv(buffer, index=False)
    buffer.seek(0)
    from_csv = pd.read_csv(buffer)  # empty strings come back as NaN
    table = entity_frequency(from_csv, start="2020-08-01")
    assert counts(table)[PUTIN] == 6
    assert table["n_mentions"].sum() == 19
    assert table.set_index("actor").loc[PUTIN, "country"] == "RUS"


@pytest.mark.parametrize(("value", "first", "last"), [
    ("2020-09-14", "2020-09-14", "2020-09-14"),
    ("2020-09-14T10:30:00", "2020-09-14", "2020-09-14"),
    ("2020-W37", "2020-09-07", "2020-09-13"),
    ("2020-W53", "2020-12-28", "2021-01-03"),  # an ISO week across the year boundary
    ("2020-02", "2020-02-01", "2020-02-29"),
    ("2020", "2020-01-01", "2020-12-31"),
    ("2020-09-01/2020-09-05", "2020-09-01", "2020-09-05"),
    ("2020-W36/2020-09", "2020-08-31", "2020-09-30"),
])
def test_period_bounds(value, first, last):
    assert period_bounds(value) == (pd.Timestamp(first), pd.Timestamp(last))


@pytest.mark.parametrize("value", [
    "", "  ", None, float("nan"), 2020, "2020-02-30", "2021-W53", "2020-13", "Sept 2020",
    "2020-09-05/2020-09-01",
])
def test_period_bounds_rejects_non_dates(value):
    assert period_bounds(value) is None


def test_date_bounds_accept_dates_and_take_the_period_end():
    assert parse_date_bound(dt.date(2020, 9, 1), "start") == pd.Timestamp("2020-09-01")
    assert parse_date_bound(dt.datetime(2020, 9, 1, 15), "start") == pd.Timestamp("2020-09-01")
    assert parse_date_bound(pd.Timestamp("2020-09-01 10:00"), "s") == pd.Timestamp("2020-09-01")
    assert parse_date_bound("2020-09", "end", last=True) == pd.Timestamp("2020-09-30")
    assert parse_date_bound("", "start") is None
    assert date_window(None, "2020-W37") == (None, pd.Timestamp("2020-09-13"))


def test_articles_per_day_counts_by_outlet_and_notes_undated(toy_extraction):
    articles = pd.concat([toy_extraction.articles, toy_extraction.articles.iloc[[0]].assign(
        article_id="a4", published="")], ignore_index=True)
    table = articles_per_day(articles)
    assert table.values.tolist() == [
        ["2020-08-31", "BelTA", 1], ["2020-09-02", "TASS", 1], ["2020-09-14", "BelTA", 1],
    ]
    assert table.attrs["n_undated"] == 1


def test_resolution_methods(toy_extraction):
    table = resolution_methods(toy_extraction.mentions)
    assert table.values.tolist() == [["registry", 12], ["ner", 3], ["role", 3], ["fuzzy", 2]]
