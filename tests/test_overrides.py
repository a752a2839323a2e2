"""The overrides file: a researcher's `same`, `keep_apart`, `wrong_meetings` and `same_meetings`."""

from __future__ import annotations

import pandas as pd
import pytest

from analysis.extract.corpus import load_corpus
from analysis.extract.overrides import (
    OVERRIDE_METHOD,
    Overrides,
    add_decision,
    apply_actor_overrides,
    apply_meeting_overrides,
    load_overrides,
    meeting_key,
    save_overrides,
)
from analysis.extract.pipeline import extract
from analysis.extract.rules import RulesError
from tests.conftest import SEEDS


def _row(text: str, actor_id: str, actor: str, kind: str = "person") -> dict:
    return {"text": text, "actor_id": actor_id, "actor": actor, "type": kind, "method": "ner"}


def _hussein_rows() -> list[dict]:
    """An article where the automatic merge took King Hussein's "Hussein" for Saddam."""
    return [_row("Saddam Hussein", "saddam", "Saddam Hussein"),
            _row("Saddam", "per:saddam", "Saddam"),
            _row("Hussein", "saddam", "Saddam Hussein"),
            _row("King Hussein", "per:king-hussein", "King Hussein"),
            _row("Jordan", "jordan", "Jordan", "place")]


def test_same_joins_the_later_names_to_the_first_ones_actor():
    rows = _hussein_rows()
    apply_actor_overrides(rows, Overrides(same=[["Saddam Hussein", "Saddam"]]))
    assert {r["actor_id"] for r in rows[:3]} == {"saddam"}
    assert rows[1]["actor"] == "Saddam Hussein" and rows[1]["method"] == OVERRIDE_METHOD
    assert rows[0]["method"] == "ner"  # rows already of the actor are left as they were


def test_same_matches_ids_and_names_whatever_the_case():
    rows = _hussein_rows()
    apply_actor_overrides(rows, Overrides(same=[["per:king-hussein", "hussein"]]))
    # "hussein" is written once and belongs to saddam: that whole actor joins King Hussein.
    assert {r["actor_id"] for r in rows[:4] if r["text"] != "Saddam"} == {"per:king-hussein"}


def test_keep_apart_moves_the_mentions_written_as_the_second_name():
    rows = _hussein_rows()
    apply_actor_overrides(rows, Overrides(keep_apart=[["Saddam Hussein", "Hussein"]]))
    assert rows[2]["actor_id"] == "per:hussein" and rows[2]["actor"] == "Hussein"
    assert rows[2]["method"] == OVERRIDE_METHOD
    assert rows[0]["actor_id"] == "saddam"


def test_keep_apart_of_two_actors_already_apart_changes_nothing():
    rows = _hussein_rows()
    apply_actor_overrides(rows, Overrides(keep_apart=[["Saddam Hussein", "King Hussein"]]))
    assert rows == _hussein_rows()


def test_names_no_mention_has_are_ignored():
    rows = _hussein_rows()
    apply_actor_overrides(rows, Overrides(same=[["Nobody Here", "Saddam"]],
                                          keep_apart=[["Nobody", "Saddam"]]))
    assert rows == _hussein_rows()


def test_same_chains_through_earlier_groups():
    rows = _hussein_rows()
    apply_actor_overrides(rows, Overrides(same=[["Saddam Hussein", "Saddam"],
                                                ["King Hussein", "Saddam"]]))
    assert {r["actor_id"] for r in rows[:4]} == {"per:king-hussein"}


def test_a_pair_both_same_and_kept_apart_is_refused(tmp_path):
    path = tmp_path / "overrides.yaml"
    path.write_text("same: [[A, B]]\nkeep_apart: [[b, a]]\n", encoding="utf-8")
    with pytest.raises(RulesError, match="both kept apart and the same"):
        load_overrides(path)


@pytest.mark.parametrize("text, message", [
    ("same: [[A]]\n", "at least two"),
    ("keep_apart: [[A, B, C]]\n", "pair"),
    ("merge: [[A, B]]\n", "merge"),
    ("wrong_meetings: M001\n", "wrong_meetings"),
])
def test_malformed_files_name_the_entry(tmp_path, text, message):
    path = tmp_path / "overrides.yaml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(RulesError, match=message):
        load_overrides(path)


def test_decisions_round_trip_through_the_file(tmp_path):
    decisions = add_decision(Overrides(), "same", ["Saddam Hussein", "Saddam"])
    decisions = add_decision(decisions, "wrong_meetings", "2020-09-03|in_person|X")
    decisions = add_decision(decisions, "same", ["Saddam Hussein", "Saddam"])  # repeated
    path = save_overrides(decisions, tmp_path / "new" / "overrides.yaml")
    assert load_overrides(path) == decisions
    assert decisions.same == [["Saddam Hussein", "Saddam"]]
    assert load_overrides(None) == Overrides()


def test_a_contradicting_or_unknown_decision_is_refused():
    decisions = add_decision(Overrides(), "same", ["A", "B"])
    with pytest.raises(RulesError, match="both kept apart"):
        add_decision(decisions, "keep_apart", ["B", "A"])
    with pytest.raises(RulesError, match="unknown decision"):
        add_decision(decisions, "merge", ["A", "B"])


def _meetings() -> pd.DataFrame:
    return pd.DataFrame([
        {"meeting_id": "M001", "date": "2020-09-14", "kind": "in_person", "participants": "A; B",
         "article_ids": "a1", "n_sources": 1, "evidence": "A met B.", "notes": ""},
        {"meeting_id": "M002", "date": "", "kind": "in_person", "participants": "A; B; C",
         "article_ids": "a2; a1", "n_sources": 2, "evidence": "A, B and C talked.",
         "notes": "undated"},
        {"meeting_id": "M003", "date": "2020-09-15", "kind": "phone", "participants": "A; D",
         "article_ids": "a3", "n_sources": 1, "evidence": "A called D.", "notes": ""},
    ])


def test_meeting_keys_do_not_depend_on_the_row_number():
    meetings = _meetings()
    assert meeting_key(meetings.iloc[0]) == "2020-09-14|in_person|A; B"
    assert meeting_key(meetings.iloc[1]) == "|in_person|A; B; C"


def test_wrong_meetings_are_dropped_and_same_meetings_joined():
    meetings = _meetings()
    keys = [meeting_key(row) for _, row in meetings.iterrows()]
    table = apply_meeting_overrides(meetings, Overrides(
        wrong_meetings=[keys[2], "1999-01-01|phone|Nobody"], same_meetings=[keys[:2]]))
    assert list(table["meeting_id"]) == ["M001"]
    joined = table.iloc[0]
    assert joined["date"] == "2020-09-14" and joined["participants"] == "A; B; C"
    assert joined["article_ids"] == "a1; a2" and joined["n_sources"] == 2
    assert joined["evidence"] == "A met B. || A, B and C talked."
    assert joined["notes"] == "joined with M002 by override"
    assert len(meetings) == 3  # the input is not changed


def test_overrides_reach_every_table_of_an_extraction(tmp_path, seed_cache, seed_extraction):
    """On the seeds: a fuzzy alias kept apart, two of Putin's names joined with Peskov's (as a
    researcher might mark a wrong decision to try it), a meeting marked wrong."""
    wrong = meeting_key(seed_extraction.meetings.iloc[2])
    path = save_overrides(Overrides(keep_apart=[["Alexander Lukashenko", "Lucasenko"]],
                                    same=[["Vladimir Putin", "Peskov"]],
                                    wrong_meetings=[wrong]), tmp_path / "overrides.yaml")
    changed = extract(load_corpus(SEEDS), cache_dir=seed_cache, overrides=path)
    actors = changed.actors.set_index("name")
    assert "Lucasenko" in actors.index and "Lucasenko" not in actors.at[
        "Alexander Lukashenko", "aliases"].split("|")
    assert "Dmitry Peskov" in actors.at["Vladimir Putin", "aliases"].split("|")
    assert "Dmitry Peskov" not in actors.index
    assert set(changed.merges["surface"][changed.merges["method"] == OVERRIDE_METHOD]) >= {
        "Lucasenko", "Peskov", "Dmitry Peskov"}
    assert len(changed.meetings) == len(seed_extraction.meetings) - 1
    assert wrong not in set(changed.meetings.apply(meeting_key, axis=1))
    assert not (changed.interactions[["source", "target"]] == "Dmitry Peskov").any().any()
