"""The outlet filter: every view takes `outlets=`, and every explorer has an outlet picker."""

from __future__ import annotations

import pandas as pd
import pytest

from analysis import widgets as w
from analysis.frames import actor_keys, casefold_in, from_outlets, outlet_keys
from analysis.views.frequency import entity_frequency
from analysis.views.network import build_network, edge_evidence
from analysis.views.timeline import meeting_timeline

PUTIN, LUKASHENKO = "Vladimir Putin", "Alexander Lukashenko"
LAVROV, MAKEI, MINSK = "Sergey Lavrov", "Vladimir Makei", "Minsk"
# The toy articles: a1 and a3 from BelTA, a2 from TASS.


def test_outlet_keys_validate_the_argument():
    assert outlet_keys(None) is None
    assert outlet_keys(" TASS ") == {"tass"}
    assert outlet_keys(["BelTA", "tass"]) == {"belta", "tass"}
    with pytest.raises(ValueError, match="outlets contains 3"):
        outlet_keys(["TASS", 3])
    with pytest.raises(ValueError, match="outlets=5"):
        outlet_keys(5)


def test_from_outlets_reads_joined_cells():
    cells = pd.Series(["BelTA; TASS", "TASS", "", None])
    assert from_outlets(cells, {"belta"}).tolist() == [True, False, False, False]
    assert from_outlets(cells, None).tolist() == [True] * 4


def test_casefold_in_matches_any_case_and_keeps_the_index():
    values = pd.Series(["Putin", "PUTIN", "Lukashenko", ""], index=[5, 6, 7, 8])
    assert casefold_in(values, actor_keys(["putin"])).to_dict() == {
        5: True, 6: True, 7: False, 8: False}
    assert not casefold_in(values, set()).any()


def test_entity_frequency_counts_one_outlets_mentions(toy_extraction):
    table = entity_frequency(toy_extraction.mentions, outlets=["tass"])
    assert dict(zip(table["actor"], table["n_mentions"], strict=True)) == {
        LAVROV: 2, MAKEI: 2, LUKASHENKO: 1, MINSK: 1}
    both = entity_frequency(toy_extraction.mentions, outlets=["TASS", "BelTA"])
    assert both.equals(entity_frequency(toy_extraction.mentions))


def test_entity_frequency_needs_the_outlet_column_to_filter_by_it(toy_extraction):
    mentions = toy_extraction.mentions.drop(columns="outlet")
    assert len(entity_frequency(mentions)) == 6  # no filter: no need
    with pytest.raises(ValueError, match="outlet"):
        entity_frequency(mentions, outlets="TASS")


def test_build_network_and_edge_evidence_keep_one_outlets_interactions(toy_extraction):
    graph = build_network(toy_extraction.interactions, outlets="TASS",
                          actor_table=toy_extraction.actors)
    assert sorted(map(sorted, graph.edges)) == [["lavrov", "makei"], ["lukashenko", "minsk"]]
    assert graph["lavrov"]["makei"]["weight"] == 3
    interactions = toy_extraction.interactions
    assert edge_evidence(interactions, PUTIN, LUKASHENKO, outlets=["TASS"]).empty
    rows = edge_evidence(interactions, PUTIN, LUKASHENKO, outlets=["BelTA"])
    assert len(rows) == 6 and set(rows["outlet"]) == {"BelTA"}


def test_meeting_timeline_keeps_meetings_an_outlet_reported(toy_extraction):
    meetings = toy_extraction.meetings
    assert meeting_timeline(meetings, outlets=["TASS"])["meeting_id"].tolist() == ["m4", "m2"]
    assert meeting_timeline(meetings, outlets="belta")["meeting_id"].tolist() == ["m1", "m3"]
    joined = meetings.assign(outlets=meetings["outlets"].where(
        meetings["meeting_id"] != "m1", "BelTA; TASS"))  # m1 reported by both
    assert "m1" in meeting_timeline(joined, outlets=["TASS"])["meeting_id"].tolist()


def test_outlet_choices_most_rows_first():
    assert w.outlet_choices(pd.Series(["TASS", "BelTA", "BelTA", "", None, "AP"])) == [
        "BelTA", "AP", "TASS"]
    assert w.outlet_choices(pd.Series([], dtype=object)) == []


def test_outlet_picker():
    picker = w.outlet_picker(["BelTA", "TASS"])
    assert w.OUTLET_PICKER_CLASS in picker._dom_classes
    assert picker.options == ("BelTA", "TASS") and picker.value == () and not picker.disabled
    assert w.outlet_picker([]).disabled


def test_bar_options_name_each_bar_by_its_actor(toy_extraction):
    table = entity_frequency(toy_extraction.mentions, top=2)
    assert w.bar_options(table) == [("Vladimir Putin (6 mentions)", "putin"),
                                    ("Alexander Lukashenko (5 mentions)", "lukashenko")]


@pytest.mark.parametrize("outlets, name", [
    (["TASS"], "frequency_vladimir-putin_tass"),
    (["TASS", "BelTA", "AP", "RIA"], "frequency_vladimir-putin_4-outlets"),
])
def test_selection_names_carry_the_outlets(outlets, name):
    assert w.selection_name("frequency", [PUTIN], None, None, outlets) == name


@pytest.mark.parametrize("explorer_class", [w.FrequencyExplorer, w.NetworkExplorer,
                                            w.TimelineExplorer])
def test_each_explorer_filters_by_outlet(toy_extraction, explorer_class):
    explorer = explorer_class(toy_extraction)
    explorer.picker.select.value = ()
    assert set(explorer.outlets.options) == {"BelTA", "TASS"}
    everything = len(explorer.table)
    explorer.outlets.value = ("TASS",)
    assert 0 < len(explorer.table) < everything
    assert LAVROV in explorer.table.to_string() and PUTIN not in explorer.table.to_string()
    explorer.outlets.value = ()
    assert len(explorer.table) == everything
