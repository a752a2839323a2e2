"""Widget logic as pure functions, then each widget and explorer driven by setting values."""

from __future__ import annotations

import datetime as dt

import ipywidgets
import pandas as pd
import pytest

from analysis import widgets as w
from analysis.views.frequency import entity_frequency
from analysis.views.network import build_network

PUTIN, LUKASHENKO = "Vladimir Putin", "Alexander Lukashenko"
LAVROV, MAKEI, KREMLIN, MINSK = "Sergey Lavrov", "Vladimir Makei", "Kremlin", "Minsk"
SEP = dt.date(2020, 9, 1)


# --- pure functions ---------------------------------------------------------------------------

def test_default_actor_selection_takes_the_most_mentioned(toy_extraction):
    table = entity_frequency(toy_extraction.mentions)
    assert w.default_actor_selection(table, 2) == [PUTIN, LUKASHENKO]
    assert w.default_actor_selection(table, 5)[3:] == [KREMLIN, MINSK]  # ties by name
    assert w.default_actor_selection(table) == table["actor"].tolist()  # 6 < 8
    assert w.default_actor_selection(table.iloc[0:0]) == []
    with pytest.raises(ValueError, match="n=0"):
        w.default_actor_selection(table, 0)


@pytest.mark.parametrize(("query", "expected"), [
    ("", ["Vladimir Putin", "Alexander Lukašenka", "Sergey Lavrov", "Vladimir Makei"]),
    ("   ", ["Vladimir Putin", "Alexander Lukašenka", "Sergey Lavrov", "Vladimir Makei"]),
    ("vladimir", ["Vladimir Putin", "Vladimir Makei"]),
    ("LUKASENKA", ["Alexander Lukašenka"]),
    ("lukaš", ["Alexander Lukašenka"]),
    ("vlad mak", ["Vladimir Makei"]),
    ("xyz", []),
])
def test_filter_actor_options(query, expected):
    names = ["Vladimir Putin", "Alexander Lukašenka", "Sergey Lavrov", "Vladimir Makei"]
    assert w.filter_actor_options(names, query) == expected


def test_picker_options_keep_the_selection():
    names = [PUTIN, LUKASHENKO, LAVROV, MAKEI]
    assert w.picker_options(names, "lavrov", [MAKEI]) == [LAVROV, MAKEI]


def test_picker_options_put_the_matches_before_the_selection():
    names = [PUTIN, LUKASHENKO, LAVROV, MAKEI]
    assert w.picker_options(names, "makei", [PUTIN, LUKASHENKO]) == [MAKEI, PUTIN, LUKASHENKO]
    assert w.picker_options(names, "", [MAKEI]) == names


def test_date_bounds():
    assert w.date_bounds(pd.Series(["2020-09-14", "", None, "2020-W36"])) == (
        dt.date(2020, 8, 31), dt.date(2020, 9, 14))
    assert w.date_bounds(pd.Series(["2020-09"])) == (SEP, dt.date(2020, 9, 30))
    assert w.date_bounds(pd.to_datetime(pd.Series(["2020-09-02", None]))) == (
        dt.date(2020, 9, 2), dt.date(2020, 9, 2))
    assert w.date_bounds(pd.Series(["", None], dtype=object)) is None
    assert w.date_bounds(pd.Series([], dtype=object)) is None


@pytest.mark.parametrize(("value", "expected"), [
    ((dt.date(2020, 8, 31), dt.date(2020, 9, 14)), (None, None)),  # the full range: no filter
    ((SEP, dt.date(2020, 9, 14)), (SEP, None)),
    ((dt.date(2020, 8, 31), dt.date(2020, 9, 10)), (None, dt.date(2020, 9, 10))),
    ((dt.date(2020, 9, 10), SEP), (SEP, dt.date(2020, 9, 10))),  # reversed: swapped
    ((None, dt.date(2020, 9, 10)), (None, dt.date(2020, 9, 10))),
])
def test_active_date_filter(value, expected):
    assert w.active_date_filter(value, (dt.date(2020, 8, 31), dt.date(2020, 9, 14))) == expected


def test_edge_options_heaviest_first(toy_extraction):
    options = w.edge_options(build_network(toy_extraction.interactions))
    assert options[0] == (f"{LUKASHENKO} – {PUTIN} (6: meet, phone)", (LUKASHENKO, PUTIN))
    assert options[-1] == (f"{LAVROV} – {PUTIN} (1)", (LAVROV, PUTIN))
    assert len(options) == 5


def test_meeting_options(toy_extraction):
    from analysis.views.timeline import meeting_timeline

    options = w.meeting_options(meeting_timeline(toy_extraction.meetings))
    assert [value for _, value in options] == ["m4", "m2", "m1", "m3"]
    assert options[2][0] == f"2020-09-14 · {PUTIN} – {LUKASHENKO} · Sochi (held)"
    assert options[3][0] == f"undated · {PUTIN} – {LUKASHENKO} · phone (held)"


# --- widgets ----------------------------------------------------------------------------------

def test_actor_picker_search_narrows_options_and_keeps_selection():
    picker = w.actor_picker([PUTIN, LUKASHENKO, LAVROV, MAKEI], [PUTIN, "Unknown"])
    assert "analysis-actor-picker" in picker._dom_classes
    assert picker.value == (PUTIN,)
    seen = []
    picker.observe(lambda change: seen.append(change["new"]), names="value")
    picker.search.value = "lavr"
    assert list(picker.select.options) == [LAVROV, PUTIN]  # the match first
    assert picker.value == (PUTIN,) and seen == []  # narrowing is not a selection change
    picker.select.value = (PUTIN, LAVROV)
    assert picker.value == (PUTIN, LAVROV) and seen == [(PUTIN, LAVROV)]
    picker.search.value = ""
    assert list(picker.select.options) == [PUTIN, LUKASHENKO, LAVROV, MAKEI]
    assert picker.select.value == (PUTIN, LAVROV)


def test_date_range_picker():
    picker = w.date_range_picker(dt.date(2020, 8, 31), dt.date(2020, 9, 14))
    assert "analysis-date-range" in picker._dom_classes
    assert picker.start_picker.min == dt.date(2020, 8, 31)
    assert picker.end_picker.max == dt.date(2020, 9, 14)
    assert picker.active == (None, None)
    picker.start_picker.value = dt.date(2020, 9, 2)
    assert picker.value == (dt.date(2020, 9, 2), dt.date(2020, 9, 14))
    assert picker.active == (dt.date(2020, 9, 2), None)
    picker.end_picker.value = dt.date(2021, 1, 1)  # clamped to the corpus's last day
    assert picker.end_picker.value == dt.date(2020, 9, 14)
    undated = w.date_range_picker(None, None)
    assert undated.start_picker.disabled and undated.active == (None, None)


def test_layer_and_label_filters():
    layer, label = w.layer_filter(), w.label_filter()
    assert list(layer.options) == ["all", "cooccurrence", "typed"] and layer.value == "all"
    assert list(label.options) == ["all", "person", "org", "place"] and label.value == "all"
    assert "analysis-layer-filter" in layer._dom_classes
    assert "analysis-label-filter" in label._dom_classes


# --- explorers --------------------------------------------------------------------------------

def test_frequency_explorer_redraws_on_every_widget(toy_extraction):
    explorer = w.FrequencyExplorer(toy_extraction)
    assert explorer.picker.value == (PUTIN, LUKASHENKO, LAVROV, KREMLIN, MINSK, MAKEI)
    assert explorer.table["n_mentions"].sum() == 20
    assert "image/png" in explorer.figure_output.outputs[0]["data"]
    assert "text/html" in explorer.table_output.outputs[0]["data"]
    assert "analysis-figure" in explorer.figure_output._dom_classes
    assert "analysis-table" in explorer.table_output._dom_classes

    explorer.labels.value = "place"
    assert explorer.table["actor"].tolist() == [MINSK]
    assert len(explorer.figure.axes[0].patches) == 1
    explorer.labels.value = "all"
    explorer.picker.select.value = (LAVROV,)
    assert explorer.table["actor"].tolist() == [LAVROV]
    explorer.dates.start_picker.value = dt.date(2020, 9, 14)
    assert explorer.table["n_mentions"].tolist() == [1]
    assert "Sergey Lavrov" in explorer.table_output.outputs[0]["data"]["text/html"]
    explorer.picker.select.value = ()  # no selection: every actor
    assert len(explorer.table) == 4


def test_frequency_explorer_view(toy_extraction):
    explorer = w.FrequencyExplorer(toy_extraction)
    view = explorer.view
    assert explorer.figure_output in view.children and explorer.table_output in view.children
    assert explorer._repr_mimebundle_() is not None


def test_network_explorer_layers_dates_and_edge_evidence(toy_extraction):
    explorer = w.NetworkExplorer(toy_extraction)
    assert explorer.graph.number_of_edges() == 5
    assert explorer.table["actor"].iloc[0] == PUTIN
    edges = explorer.edges
    assert edges.evidence.empty and edges.picker.value is None
    assert edges.picker.label == "Choose an edge"  # not a blank box
    edges.picker.value = ("lukashenko", "putin")  # nodes are actor ids
    assert len(edges.evidence) == 6
    assert "Sochi" in edges.output.outputs[0]["data"]["text/html"]
    assert set(edges.evidence["outlet"]) == {"BelTA"}  # a1 and a3
    assert edges.evidence["published"].iloc[0] == "2020-08-31"

    explorer.layer.value = "typed"
    assert explorer.graph.number_of_edges() == 2
    assert edges.picker.value == ("lukashenko", "putin")  # still there: kept
    assert edges.evidence["kind"].tolist() == ["phone", "meet", "meet"]
    explorer.dates.start_picker.value = dt.date(2020, 9, 3)
    assert explorer.graph.number_of_edges() == 1
    assert len(edges.evidence) == 2  # the 14 Sep meeting in a1 and in a3
    explorer.picker.select.value = (MAKEI,)
    assert explorer.graph.number_of_edges() == 0
    assert edges.picker.value is None and edges.evidence.empty
    assert edges.picker.label == "Choose an edge"
    assert "analysis-layer-filter" in explorer.layer._dom_classes
    assert set(explorer.country_colours) == {"RUS", "BLR", ""}  # from the whole actor table


def test_timeline_explorer_filters_and_shows_sources(toy_extraction):
    explorer = w.TimelineExplorer(toy_extraction)
    assert explorer.picker.all_actors == [PUTIN, LUKASHENKO, LAVROV, MAKEI]
    assert explorer.table["meeting_id"].tolist() == ["m4", "m2", "m1", "m3"]
    meetings = explorer.meetings
    meetings.picker.value = "m1"
    assert meetings.evidence["article_id"].tolist() == ["a1", "a3"]
    assert meetings.evidence["published"].tolist() == ["2020-08-31", "2020-09-14"]
    assert meetings.evidence["outlet"].tolist() == ["BelTA", "BelTA"]
    html = meetings.output.outputs[0]["data"]["text/html"]
    assert "Sochi on Monday" in html and "a3" in html

    explorer.picker.select.value = (MAKEI,)
    assert explorer.table["meeting_id"].tolist() == ["m4"]
    assert meetings.picker.value is None and meetings.evidence.empty
    explorer.picker.select.value = ()
    explorer.dates.end_picker.value = dt.date(2020, 9, 10)  # a date bound drops undated m3
    assert explorer.table["meeting_id"].tolist() == ["m4", "m2"]
    explorer.dates.end_picker.value = dt.date(2020, 9, 14)  # the full range again
    assert "m3" in explorer.table["meeting_id"].tolist()
    markers = [line for line in explorer.figure.axes[0].lines
               if (line.get_gid() or "").startswith("meeting:")]
    assert len(markers) == 3


def test_show_keeps_evidence_sentences_whole():
    sentence = ("Belarus President Alexander Lukashenko met his last ally Russian President "
                "Vladimir Putin on Monday in Sochi.")
    output = ipywidgets.Output()
    w.show(output, pd.DataFrame({"article_id": ["a3"], "evidence": [sentence]}))
    assert sentence in output.outputs[0]["data"]["text/html"]


def test_explorers_on_an_empty_extraction():
    from analysis.tables import (
        ACTOR_COLUMNS,
        ARTICLE_COLUMNS,
        INTERACTION_COLUMNS,
        MEETING_COLUMNS,
        MENTION_COLUMNS,
        Extraction,
        empty_table,
    )

    empty = Extraction(*(empty_table(columns) for columns in (
        ARTICLE_COLUMNS, MENTION_COLUMNS, ACTOR_COLUMNS, INTERACTION_COLUMNS, MEETING_COLUMNS)))
    for explorer_class in (w.FrequencyExplorer, w.NetworkExplorer, w.TimelineExplorer):
        explorer = explorer_class(empty)
        assert explorer.table.empty
        assert explorer.dates.start_picker.disabled


@pytest.mark.parametrize("actors, start, end, name", [
    ([], None, None, "timeline_all"),
    ([PUTIN], "2020-09-01", "2020-09-10", "timeline_vladimir-putin_2020-09-01_2020-09-10"),
    ([PUTIN, LAVROV, MAKEI, LUKASHENKO], None, "2020-09-10", "timeline_4-actors_2020-09-10"),
])
def test_selection_names(actors, start, end, name):
    assert w.selection_name("timeline", actors, start, end) == name


@pytest.mark.parametrize("explorer", [w.FrequencyExplorer, w.NetworkExplorer,
                                      w.TimelineExplorer])
def test_the_export_button_writes_the_selections_table_and_figure(toy_extraction, tmp_path,
                                                                  explorer):
    view = explorer(toy_extraction, export_dir=tmp_path)
    view.picker.select.value = (PUTIN,)
    view.export_button.click()
    stem = f"{view.kind}_vladimir-putin"
    written = sorted(path.name for path in tmp_path.iterdir())
    assert [name for name in written if name.startswith(stem)] == [
        f"{stem}{suffix}" for suffix in (".csv", ".png", ".svg")], written
    table = pd.read_csv(tmp_path / f"{stem}.csv", keep_default_na=False)
    assert len(table) == len(view.table)
    assert "wrote" in view.export_note.value
