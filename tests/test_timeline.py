"""meeting_timeline and meeting_evidence on the toy extraction."""

from __future__ import annotations

import datetime as dt
import logging

import pandas as pd
import pytest

from analysis.tables import MEETING_COLUMNS, empty_table
from analysis.views.timeline import (
    MEETING_EVIDENCE_COLUMNS,
    TIMELINE_COLUMNS,
    meeting_evidence,
    meeting_timeline,
    split_joined,
)


def ids(timeline: pd.DataFrame) -> list[str]:
    return timeline["meeting_id"].tolist()


def test_dated_meetings_first_in_date_order_then_undated(toy_extraction):
    timeline = meeting_timeline(toy_extraction.meetings)
    assert ids(timeline) == ["m4", "m2", "m1", "m3"]
    assert list(timeline.columns) == TIMELINE_COLUMNS
    starts = dict(zip(timeline["meeting_id"], timeline["date_start"], strict=True))
    assert starts["m4"] == pd.Timestamp("2020-08-31")  # 2020-W36 starts on Monday 31 August
    assert starts["m1"] == pd.Timestamp("2020-09-14")
    assert pd.isna(starts["m3"])
    assert timeline.set_index("meeting_id").loc["m4", "date_end"] == pd.Timestamp("2020-09-06")


def test_month_precision_sorts_by_its_first_day(toy_extraction):
    meetings = toy_extraction.meetings.copy()
    meetings.loc[meetings["meeting_id"] == "m1", "date"] = "2020-08"
    assert ids(meeting_timeline(meetings)) == ["m1", "m4", "m2", "m3"]


def test_actor_filter_keeps_meetings_with_any_listed_participant(toy_extraction):
    assert ids(meeting_timeline(toy_extraction.meetings, actors=["sergey lavrov"])) == [
        "m4", "m2"]
    assert ids(meeting_timeline(toy_extraction.meetings,
                                actors=["Vladimir Makei", "Vladimir Putin"])) == [
        "m4", "m1", "m3"]
    assert meeting_timeline(toy_extraction.meetings, actors=["Nobody"]).empty


def test_date_filter_keeps_overlapping_periods_and_drops_undated(toy_extraction, caplog):
    with caplog.at_level(logging.WARNING, logger="analysis.views.timeline"):
        timeline = meeting_timeline(toy_extraction.meetings, start="2020-09-05")
    # the week of 31 August ends on 6 September, so it overlaps a start on the 5th
    assert ids(timeline) == ["m4", "m1"]
    assert "1 undated meeting(s)" in caplog.text
    assert ids(meeting_timeline(toy_extraction.meetings, end=dt.date(2020, 8, 31))) == ["m4"]
    assert ids(meeting_timeline(toy_extraction.meetings, start="2020-09-03",
                                end="2020-09-03")) == ["m4", "m2"]
    assert ids(meeting_timeline(toy_extraction.meetings, start="2020-09-15")) == []


def test_without_bounds_undated_meetings_stay(toy_extraction):
    assert "m3" in ids(meeting_timeline(toy_extraction.meetings, actors=["Vladimir Putin"]))


@pytest.mark.parametrize(("kwargs", "named"), [
    ({"start": "soon"}, "soon"),
    ({"start": "2020-09-10", "end": "2020-09-01"}, "after"),
    ({"actors": [7]}, "7"),
])
def test_invalid_arguments_are_named(toy_extraction, kwargs, named):
    with pytest.raises(ValueError, match=named):
        meeting_timeline(toy_extraction.meetings, **kwargs)


def test_empty_meetings_give_an_empty_timeline(caplog):
    with caplog.at_level(logging.WARNING, logger="analysis.views.timeline"):
        timeline = meeting_timeline(empty_table(MEETING_COLUMNS))
    assert timeline.empty and list(timeline.columns) == TIMELINE_COLUMNS
    assert "empty" in caplog.text


def test_meeting_evidence_pairs_sentences_with_articles(toy_extraction):
    evidence = meeting_evidence(toy_extraction.meetings, "m1")
    assert list(evidence.columns) == MEETING_EVIDENCE_COLUMNS
    assert evidence["article_id"].tolist() == ["a1", "a3"]
    assert evidence["evidence"].tolist() == [
        "Putin will meet Lukashenko in Moscow.", "Putin met Lukashenko in Sochi on Monday."]


def test_meeting_evidence_when_lists_do_not_pair(toy_extraction):
    meetings = toy_extraction.meetings.copy()
    meetings.loc[meetings["meeting_id"] == "m2", "article_ids"] = "a2; a3"
    evidence = meeting_evidence(meetings, "m2")
    assert evidence["article_id"].tolist() == ["a2; a3"]
    assert meeting_evidence(meetings, "m99").empty


def test_split_joined():
    assert split_joined("A; B ;C") == ["A", "B", "C"]
    assert split_joined("") == [] and split_joined(float("nan")) == []
