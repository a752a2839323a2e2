"""Keyword in context: an actor's mentions and any word's occurrences with the text around
them, filtered by dates and outlets, and the explorer that searches them."""

from __future__ import annotations

import datetime as dt

import pandas as pd
import pytest

from analysis import widgets as w
from analysis.views.context import (
    CONTEXT_COLUMNS,
    TEXT_MATCH,
    actor_named,
    context_summary,
    mentions_in_context,
    search_in_context,
    word_pattern,
    words_in_context,
)
from analysis.views.frequency import entity_frequency

TEXTS = {
    "a": ("2020-09-14", "BelTA", "Yesterday Putin met\nLukashenko in Sochi. The meeting lasted."),
    "b": ("2020-09-02", "TASS", "Lavrov flew to Minsk; the U.S. said nothing about Sochi."),
    "c": ("", "", "Undated: a Sochi summit without a date."),
}


@pytest.fixture()
def articles() -> pd.DataFrame:
    return pd.DataFrame([{"article_id": a, "published": p, "outlet": o, "text": t}
                         for a, (p, o, t) in TEXTS.items()])


@pytest.fixture()
def mentions() -> pd.DataFrame:
    return pd.DataFrame({
        "article_id": ["a", "a", "b"], "start_char": [10, 20, 0], "end_char": [15, 30, 6],
        "actor": ["Vladimir Putin", "Alexander Lukashenko", "Sergey Lavrov"],
        "actor_id": ["putin", "lukashenko", "lavrov"], "published": ["2020-09-14", "2020-09-14",
                                                                     "2020-09-02"],
        "outlet": ["BelTA", "BelTA", "TASS"], "method": ["registry", "fuzzy", "registry"],
    })


# --- mentions_in_context ------------------------------------------------------------------------

def test_mentions_in_context_cuts_the_text_around_each_mention(mentions, articles):
    lines = mentions_in_context(mentions, articles, "putin", width=10)
    assert list(lines.columns) == CONTEXT_COLUMNS
    assert lines[["left", "match", "right"]].values.tolist() == [["Yesterday", "Putin",
                                                                   "met Lukas"]]
    assert lines[["article_id", "outlet", "published", "method"]].values.tolist() == [
        ["a", "BelTA", "2020-09-14", "registry"]]
    assert len(mentions_in_context(mentions, articles, "Alexander Lukashenko")) == 1  # by name
    assert mentions_in_context(mentions, articles, "Nobody").empty


def test_mentions_in_context_filters_by_dates_and_outlets(mentions, articles):
    assert mentions_in_context(mentions, articles, "lavrov", outlets=["tass"])["match"].tolist() \
        == ["Lavrov"]  # any case
    assert mentions_in_context(mentions, articles, "lavrov", outlets="BelTA").empty
    assert mentions_in_context(mentions, articles, "lavrov", start="2020-09-03").empty
    assert len(mentions_in_context(mentions, articles, "lavrov", end="2020-09-02")) == 1


@pytest.mark.parametrize("width", [0, -5, 2.5, True])
def test_mentions_in_context_rejects_a_bad_width(mentions, articles, width):
    with pytest.raises(ValueError, match="width"):
        mentions_in_context(mentions, articles, "putin", width=width)


def test_an_actors_lines_are_its_counted_mentions(seed_extraction):
    """The lines behind a frequency bar are as many as the bar counts, filters included."""
    for filters in ({}, {"outlets": ["NBC News"]}, {"start": "2020-09-01", "end": "2020-09-14"}):
        row = entity_frequency(seed_extraction.mentions, actors=["Alexander Lukashenko"],
                               **filters).iloc[0]
        lines = mentions_in_context(seed_extraction.mentions, seed_extraction.articles,
                                    row["actor_id"], **filters)
        assert len(lines) == row["n_mentions"], filters
        assert lines["article_id"].nunique() == row["n_articles"], filters


def test_an_actors_lines_show_how_each_mention_was_written(seed_extraction):
    lines = mentions_in_context(seed_extraction.mentions, seed_extraction.articles, "lukashenko")
    roles = lines[lines["method"] == "role"]
    assert "his Belarusian counterpart" in roles["match"].tolist()
    assert set(lines.loc[lines["article_id"].str.startswith("004"), "outlet"]) == {"NBC News"}


# --- words_in_context ---------------------------------------------------------------------------

def test_words_in_context_finds_whole_words_in_any_case(articles):
    lines = words_in_context(articles, "sochi")
    assert lines["article_id"].tolist() == ["a", "b", "c"]
    assert set(lines["match"]) == {"Sochi"} and set(lines["method"]) == {TEXT_MATCH}
    assert words_in_context(articles, "meet").empty  # "met", "meeting": other words
    assert words_in_context(articles, "meeting")["right"].tolist() == ["lasted."]


def test_words_in_context_finds_a_phrase_across_a_line_break(articles):
    lines = words_in_context(articles, "putin  met lukashenko", width=5)
    assert lines["match"].tolist() == ["Putin met\nLukashenko"]
    assert lines[["left", "right"]].values.tolist() == [["rday", "in S"]]


def test_words_in_context_takes_the_query_literally(articles):
    assert words_in_context(articles, "U.S.")["article_id"].tolist() == ["b"]
    assert words_in_context(articles, "U.S")["right"].str.startswith(". said").all()
    assert words_in_context(articles, "U*S").empty


def test_words_in_context_filters_by_dates_and_outlets(articles):
    assert words_in_context(articles, "Sochi", outlets=["TASS", "BelTA"])["article_id"].tolist() \
        == ["a", "b"]  # the article without an outlet is left out
    assert words_in_context(articles, "Sochi", start="2020-09-10")["article_id"].tolist() == ["a"]


@pytest.mark.parametrize("query", ["", "   ", None])
def test_word_pattern_needs_a_word(query):
    with pytest.raises(ValueError, match="query"):
        word_pattern(query)


# --- search_in_context, actor_named, context_summary --------------------------------------------

def test_actor_named_matches_a_name_or_id_in_any_case(toy_extraction):
    assert actor_named(toy_extraction.actors, "  vladimir   PUTIN ") == ("putin", "Vladimir Putin")
    assert actor_named(toy_extraction.actors, "Putin") is None  # a word, not the name
    assert actor_named(toy_extraction.actors, "makei") is None  # an id is no name either
    assert actor_named(toy_extraction.actors, "") is None


def test_search_in_context_reads_an_actor_or_the_words(seed_extraction):
    actor = search_in_context(seed_extraction, "alexander lukashenko")
    assert actor.attrs["actor"] == "Alexander Lukashenko"
    assert "his Belarusian counterpart" in actor["match"].tolist()  # resolved, not searched
    words = search_in_context(seed_extraction, "Lukashenko")
    assert words.attrs["actor"] == "" and set(words["match"].str.casefold()) == {"lukashenko"}
    assert len(words) < len(actor)


def test_context_summary():
    lines = pd.DataFrame({"article_id": ["a", "a", "b"]})
    lines.attrs["actor"] = "Vladimir Putin"
    assert context_summary(lines, "putin") == "3 mentions of Vladimir Putin in 2 articles."
    one = pd.DataFrame({"article_id": ["a"]})
    assert context_summary(one, " Black   Sea ") == "1 match of “Black Sea” in 1 article."


# --- the explorers ------------------------------------------------------------------------------

def test_context_explorer_searches_and_filters(seed_extraction, tmp_path):
    explorer = w.ContextExplorer(seed_extraction, export_dir=tmp_path)
    assert explorer.table.empty and "Type" in explorer.note.value
    assert explorer.query.options[0] == entity_frequency(seed_extraction.mentions)["actor"][0]
    explorer.query.value = "Alexander Lukashenko"
    everything = len(explorer.table)
    assert explorer.note.value.startswith(f"{everything} mentions of Alexander Lukashenko")
    explorer.outlets.value = ("NBC News",)
    assert 0 < len(explorer.table) < everything
    assert set(explorer.table["outlet"]) == {"NBC News"}
    explorer.query.value = "protest movement"
    assert "match of “protest movement” in 1 article" in explorer.note.value
    assert "protest movement" in explorer.table_output.outputs[0]["data"]["text/html"]
    written = explorer.export()
    assert [path.name for path in written] == ["context_protest-movement_nbc-news.csv"]
    assert len(pd.read_csv(written[0])) == len(explorer.table)


def test_context_explorer_shows_the_first_lines_and_exports_all(seed_extraction, tmp_path):
    explorer = w.ContextExplorer(seed_extraction, "the", max_lines=20, export_dir=tmp_path)
    assert len(explorer.table) > 20
    html = explorer.table_output.outputs[0]["data"]["text/html"]
    assert html.count("<tr") == 20 + 1  # the header row too
    assert len(pd.read_csv(explorer.export()[0])) == len(explorer.table)


def test_frequency_explorer_bar_shows_its_mentions(seed_extraction):
    explorer = w.FrequencyExplorer(seed_extraction)
    bars = explorer.bars
    assert bars.picker.value is None and bars.evidence.empty
    top = explorer.table.iloc[0]
    bars.picker.value = top["actor_id"]
    assert len(bars.evidence) == top["n_mentions"]
    explorer.outlets.value = ("WION",)
    counted = explorer.table.set_index("actor_id").loc[top["actor_id"], "n_mentions"]
    assert bars.picker.value == top["actor_id"]  # kept across the redraw
    assert len(bars.evidence) == counted < top["n_mentions"]
    assert set(bars.evidence["outlet"]) == {"WION"}
    explorer.dates.start_picker.value = dt.date(2020, 9, 10)  # after WION's article
    assert explorer.table.empty and bars.picker.value is None and bars.evidence.empty
