"""The figures: what they draw, that labels do not collide, and reproducible files."""

from __future__ import annotations

import itertools
import random

import matplotlib.dates as mdates
import matplotlib.pyplot as plt
import networkx as nx
import pandas as pd
import pytest
from matplotlib.colors import to_hex
from matplotlib.figure import Figure
from matplotlib.text import Annotation, Text
from matplotlib.transforms import Bbox

from analysis import plots
from analysis.tables import INTERACTION_COLUMNS
from analysis.views import plot_base
from analysis.views.frequency import entity_frequency, resolution_methods
from analysis.views.layout import network_layout, separate_discs
from analysis.views.network import build_network, edge_table
from analysis.views.plot_base import YearWhereItChanges
from analysis.views.timeline import meeting_timeline

PUTIN, LUKASHENKO = "Vladimir Putin", "Alexander Lukashenko"


def annotations(figure: Figure, prefix: str) -> list[Annotation]:
    return [text for ax in figure.axes for text in ax.texts
            if isinstance(text, Annotation) and (text.get_gid() or "").startswith(prefix)]


def drawn_box(text: Text, renderer) -> Bbox:
    """The box of a label as drawn: its text and, when shown, its leader line."""
    box = Text.get_window_extent(text, renderer)
    arrow = getattr(text, "arrow_patch", None)
    if arrow is not None and arrow.get_visible():
        box = Bbox.union([box, arrow.get_window_extent(renderer)])
    return box


def boxes_overlap(texts: list) -> list[tuple[str, str]]:
    """The pairs of shown labels whose drawn boxes overlap."""
    renderer = texts[0].figure.canvas.get_renderer()
    for text in texts:
        text.update_positions(renderer) if isinstance(text, Annotation) else None
    boxes = [(text.get_text(), drawn_box(text, renderer)) for text in texts
             if text.get_visible()]
    return [(a, b) for (a, box_a), (b, box_b) in itertools.combinations(boxes, 2)
            if box_a.overlaps(box_b)]


def top_tick_label(ax) -> str:
    """The label of the y tick drawn highest."""
    ticks = zip(ax.get_yticks(), ax.get_yticklabels(), strict=True)
    return max(ticks, key=lambda tick: tick[0])[1].get_text()


def all_text(figure: Figure) -> str:
    texts = [text.get_text() for text in figure.findobj(lambda a: hasattr(a, "get_text"))]
    return "\n".join(texts)


@pytest.fixture(autouse=True)
def no_pyplot_figures_left():
    """The plot functions must not leave figures open in pyplot (nor show them)."""
    yield
    assert plt.get_fignums() == []


def test_entity_frequency_one_bar_per_actor_coloured_by_type(toy_extraction):
    table = entity_frequency(toy_extraction.mentions)
    figure = plots.plot_entity_frequency(table)
    ax = figure.axes[0]
    bars = ax.patches
    assert len(bars) == len(table) == 6
    top_bar = max(bars, key=lambda bar: bar.get_y())
    assert top_bar.get_width() == 6  # Putin, most mentioned, on top
    colours = {to_hex(bar.get_facecolor()).upper() for bar in bars}
    assert colours == {plots.TYPE_COLOURS[kind] for kind in ("person", "org", "place")}
    assert top_tick_label(ax) == PUTIN
    assert "2020-08-31 – 2020-09-14" in ax.get_title()
    assert ax.get_xlabel() == "Mentions"


def test_entity_frequency_of_nothing_says_so():
    figure = plots.plot_entity_frequency(entity_frequency(pd.DataFrame(
        columns=["article_id", "actor_id", "actor", "label", "type"])))
    assert "No mentions" in all_text(figure)


def test_articles_over_time_stacks_outlets_and_notes_undated(toy_extraction):
    articles = pd.concat([toy_extraction.articles, toy_extraction.articles.iloc[[1]].assign(
        article_id="a4", published="")], ignore_index=True)
    figure = plots.plot_articles_over_time(articles)
    ax = figure.axes[0]
    heights = [bar.get_height() for bar in ax.patches]
    assert len(heights) == 3 * 2  # 3 days x 2 outlets, stacked
    assert sum(heights) == 3
    assert "1 article(s) without a publication date" in ax.get_title()
    assert "2020-08-31 – 2020-09-14" in figure.get_suptitle()
    assert ax.get_xlabel() == "Publication date (2020)"


def test_resolution_methods_one_bar_per_method(toy_extraction):
    figure = plots.plot_resolution_methods(toy_extraction.mentions)
    ax = figure.axes[0]
    assert [bar.get_height() for bar in ax.patches] == [12, 3, 3, 2]
    assert "How 20 mentions" in ax.get_title()
    assert "60%" in all_text(figure)


def test_network_draws_every_node_edge_and_label(toy_extraction):
    graph = build_network(toy_extraction.interactions, actor_table=toy_extraction.actors)
    figure = plots.plot_network(graph)
    ax = figure.axes[0]
    nodes = next(c for c in ax.collections if c.get_gid() == "nodes")
    assert len(nodes.get_offsets()) == 6
    sizes = dict(zip(graph.nodes, nodes.get_sizes(), strict=True))
    assert sizes["putin"] == max(sizes.values())  # most mentioned, biggest disc
    positions = dict(zip(graph.nodes, nodes.get_offsets().tolist(), strict=True))
    edges = {c.get_gid(): c for c in ax.collections if (c.get_gid() or "").startswith("edges:")}
    assert sum(len(c.get_segments()) for c in edges.values()) == 5
    typed = edges["edges:typed"]  # Putin-Lukashenko and Lavrov-Makei, the heaviest last
    assert len(typed.get_segments()) == 2
    widths = [w for c in edges.values() for w in c.get_linewidths()]
    assert typed.get_linewidths()[-1] == max(widths)
    heaviest = {tuple(point) for point in typed.get_segments()[-1]}
    assert heaviest == {tuple(positions[node]) for node in ("putin", "lukashenko")}
    labels = annotations(figure, "label:")  # nodes are actor ids, labels their names
    assert sorted(label.get_text() for label in labels) == sorted(
        graph.nodes[node]["name"] for node in graph)
    assert boxes_overlap(labels) == []
    legend = ax.get_legend()
    assert {t.get_text() for t in legend.get_texts()} >= {"BLR", "RUS", "typed interaction"}
    assert "2020-08-31 – 2020-09-14" in ax.get_title()


def crowded_graph(n_nodes: int = 20) -> nx.Graph:
    rng = random.Random(3)
    names = [f"Actor {chr(65 + i)}{'x' * rng.randint(0, 10)}" for i in range(n_nodes)]
    rows = []
    for sentence in range(120):
        source, target = rng.sample(names[:12] if rng.random() < 0.7 else names, 2)
        rows.append({"article_id": f"a{sentence % 7}", "sentence_id": sentence,
                     "source": source, "target": target, "layer": "cooccurrence",
                     "published": "2020-09-01"})
    return build_network(pd.DataFrame(rows, columns=INTERACTION_COLUMNS))


def test_network_labels_do_not_overlap_on_twenty_nodes():
    graph = crowded_graph()
    figure = plots.plot_network(graph)
    labels = annotations(figure, "label:")
    assert len(labels) == 20
    assert boxes_overlap(labels) == []
    frame = figure.bbox
    renderer = figure.canvas.get_renderer()
    for label in labels:  # and every label inside the figure
        box = label.get_window_extent(renderer)
        assert frame.x0 <= box.x0 and box.x1 <= frame.x1 and frame.y0 <= box.y0


def test_network_layout_is_seeded_and_separates_components():
    graph = crowded_graph()
    graph.add_edge("Lone one", "Lone two", weight=1)
    first, again = network_layout(graph, seed=7), network_layout(graph, seed=7)
    assert first == again
    assert first != network_layout(graph, seed=8)
    main_x = max(first[node][0] for node in graph if node.startswith("Actor"))
    assert first["Lone one"][0] > main_x  # small components packed beside the main one


def test_separate_discs_removes_overlaps():
    positions = {"a": (0.0, 0.0), "b": (0.05, 0.0), "c": (0.0, 0.0)}
    radii = {"a": 0.2, "b": 0.2, "c": 0.1}
    moved = separate_discs(positions, radii, gap=0.05)
    for u, v in itertools.combinations(moved, 2):
        distance = ((moved[u][0] - moved[v][0]) ** 2 + (moved[u][1] - moved[v][1]) ** 2) ** 0.5
        assert distance >= radii[u] + radii[v] + 0.05 - 1e-6


def test_network_layers_side_by_side(toy_extraction):
    graphs = [build_network(toy_extraction.interactions, layer=layer,
                            actor_table=toy_extraction.actors)
              for layer in ("cooccurrence", "typed")]
    figure = plots.plot_network_layers(graphs)
    panels = [ax for ax in figure.axes if ax.get_title()]
    assert len(panels) == 2
    assert "named in the same sentence" in panels[0].get_title()
    assert "typed" in panels[1].get_title()
    assert len(annotations(figure, "label:")) == 6 + 4
    with pytest.raises(ValueError, match="titles"):
        plots.plot_network_layers(graphs, titles=["one"])


def test_network_into_given_axes_and_empty_graph():
    figure = Figure()
    ax = figure.add_subplot()
    assert plots.plot_network(nx.Graph(layer="typed", date_span=""), ax=ax) is figure
    assert "No interactions" in all_text(figure)


def test_timeline_markers_fill_shape_and_place_labels(toy_extraction):
    timeline = meeting_timeline(toy_extraction.meetings)
    figure = plots.plot_meeting_timeline(timeline)
    ax = figure.axes[0]
    markers = {line.get_gid().split(":", 1)[1]: line for line in ax.lines
               if (line.get_gid() or "").startswith("meeting:")}
    assert set(markers) == {"m1", "m2", "m4"}  # m3 is undated
    assert to_hex(markers["m2"].get_markerfacecolor()) == "#ffffff"  # planned: hollow
    assert to_hex(markers["m1"].get_markerfacecolor()).upper() == plots.STATUS_COLOURS["held"]
    assert markers["m1"].get_marker() == "o"
    labels = {label.get_gid().split(":", 1)[1]: label.get_text()
              for label in annotations(figure, "meeting-label:")}
    assert labels["m1"] == "Sochi, 14 Sep (2 sources)"
    assert labels["m4"] == "Moscow, week of 31 Aug (1 source)"
    assert boxes_overlap(annotations(figure, "meeting-label:")) == []
    undated = next(t for t in figure.axes[1].texts if t.get_gid() == "undated").get_text()
    assert "Undated meetings" in undated and "phone call" in undated
    assert "Lukashenko" in undated
    assert top_tick_label(ax) == "Sergey Lavrov – Vladimir Makei"  # earliest meeting on top
    assert ax.get_xlabel() == "Date of the meeting (2020)"
    assert "3 dated, 1 undated" in figure.get_suptitle()
    assert "2020-08-31 – 2020-09-14" in figure.get_suptitle()


def test_timeline_marks_phone_calls_with_a_diamond(toy_extraction):
    meetings = toy_extraction.meetings.copy()
    meetings.loc[meetings["meeting_id"] == "m3", "date"] = "2020-09-01"
    figure = plots.plot_meeting_timeline(meeting_timeline(meetings))
    phone = next(line for line in figure.axes[0].lines if line.get_gid() == "meeting:m3")
    assert phone.get_marker() == "D"
    assert len(figure.axes) == 1  # nothing undated: no side panel
    assert "phone call" in [t.get_text() for t in figure.legends[0].get_texts()]


def test_timeline_of_nothing(toy_extraction):
    empty = meeting_timeline(toy_extraction.meetings, actors=["Nobody"])
    assert "No meetings" in all_text(plots.plot_meeting_timeline(empty))


def test_a_figure_a_cell_returns_displays_as_png(toy_extraction, monkeypatch):
    from IPython.core.interactiveshell import InteractiveShell

    shell = InteractiveShell()
    monkeypatch.setattr("IPython.get_ipython", lambda: shell)
    shell.display_formatter.formatters["image/png"].type_printers.pop(Figure, None)
    fig = plots.plot_entity_frequency(entity_frequency(toy_extraction.mentions))
    assert "image/png" not in shell.display_formatter.format(fig)[0]  # what Lab showed as text
    plots._show_figures_in_notebooks()
    png = shell.display_formatter.format(fig)[0]["image/png"]
    assert png == plots.figure_png(fig) and png.startswith(b"\x89PNG")


def test_save_figure_writes_png_csv_svg_byte_identical(toy_extraction, tmp_path):
    graph = build_network(toy_extraction.interactions, actor_table=toy_extraction.actors)
    data = edge_table(graph)
    paths = plots.save_figure(plots.plot_network(graph), data, tmp_path / "a" / "network",
                              svg=True)
    assert [p.name for p in paths] == ["network.png", "network.csv", "network.svg"]
    again = plots.save_figure(plots.plot_network(graph), data, tmp_path / "b" / "network.png",
                              svg=True)
    for first, second in zip(paths, again, strict=True):
        assert first.read_bytes() == second.read_bytes(), first.name
    assert paths[0].read_bytes().startswith(b"\x89PNG")
    assert pd.read_csv(paths[1])["weight"].tolist() == data["weight"].tolist()
    svg = paths[2].read_text()
    assert "<dc:date>" not in svg and "Matplotlib" not in svg


def test_save_figure_same_figure_twice_and_timeline(toy_extraction, tmp_path):
    timeline = meeting_timeline(toy_extraction.meetings)
    figure = plots.plot_meeting_timeline(timeline)
    first = plots.save_figure(figure, timeline, tmp_path / "timeline", svg=True)
    blobs = [path.read_bytes() for path in first]
    second = plots.save_figure(figure, timeline, tmp_path / "timeline", svg=True)
    assert [path.read_bytes() for path in second] == blobs
    with pytest.raises(TypeError, match="DataFrame"):
        plots.save_figure(figure, [1, 2], tmp_path / "bad")


def test_category_colours_are_stable_and_grey_for_unknown():
    colours = plots.category_colours(["RUS", "BLR", "", "RUS"])
    assert colours == plots.category_colours(["BLR", "RUS"]) | {"": plots.UNKNOWN_COLOUR}
    assert colours["BLR"] == plots.CATEGORY_PALETTE[0]


def test_methods_table_matches_the_plot(toy_extraction):
    figure = plots.plot_resolution_methods(toy_extraction.mentions)
    methods = [t.get_text() for t in figure.axes[0].get_xticklabels()]
    assert methods == resolution_methods(toy_extraction.mentions)["method"].tolist()


def test_network_country_colours_can_be_fixed_across_figures(toy_extraction):
    colours = plots.category_colours(["BLR", "RUS", "USA", "POL"])
    typed = build_network(toy_extraction.interactions, layer="typed",
                          actor_table=toy_extraction.actors)
    figure = plots.plot_network(typed, country_colours=colours)
    nodes = next(c for c in figure.axes[0].collections if c.get_gid() == "nodes")
    drawn = {node: to_hex(colour).upper()
             for node, colour in zip(typed.nodes, nodes.get_facecolors(), strict=True)}
    assert drawn["putin"] == colours["RUS"] and drawn["lukashenko"] == colours["BLR"]


def test_timeline_one_row_per_participant_set(toy_extraction):
    meetings = toy_extraction.meetings.copy()
    meetings.loc[meetings["meeting_id"] == "m3", ["date", "participants"]] = [
        "2020-09-10", f"{LUKASHENKO}; {PUTIN}"]  # the same pair, named the other way round
    figure = plots.plot_meeting_timeline(meeting_timeline(meetings))
    rows = [t.get_text() for t in figure.axes[0].get_yticklabels()]
    assert len(rows) == 3 and rows.count(f"{LUKASHENKO} – {PUTIN}") == 1


def test_network_layout_does_not_depend_on_the_hash_seed():
    """Small components are laid out from views whose node order followed set order."""
    import os
    import subprocess
    import sys

    script = (
        "import networkx as nx\n"
        "from analysis.views.layout import network_layout\n"
        "g = nx.Graph()\n"
        "g.add_edges_from([('a','b'),('b','c'),('c','a'),('c','d'),('d','e'),('e','a'),\n"
        "                  ('x','y'),('y','z'),('z','x')])\n"
        "print(sorted((n, round(x, 9), round(y, 9)) for n, (x, y) in network_layout(g).items()))\n"
    )
    runs = {subprocess.run([sys.executable, "-c", script], capture_output=True, text=True,
                           check=True, env={**os.environ, "PYTHONHASHSEED": seed}).stdout
            for seed in ("1", "2", "3")}
    assert len(runs) == 1


# ---------------------------------------------------------------------------------------------
# At scale: bins, years, palettes, backbones, top meetings
# ---------------------------------------------------------------------------------------------

def test_year_ticks_carry_the_year_where_it_changes():
    days = pd.to_datetime(["2019-11-01", "2019-12-01", "2020-01-01", "2020-02-01"])
    values = [mdates.date2num(day) for day in days]
    across = YearWhereItChanges("%b", None).format_ticks(values)
    assert across == ["Nov 2019", "Dec", "Jan 2020", "Feb"]
    within = YearWhereItChanges("%d %b", 2019).format_ticks(values)
    assert within == ["01 Nov", "01 Dec", "01 Jan 2020", "01 Feb 2020"]
    assert YearWhereItChanges("%Y", None).format_ticks(values) == ["2019", "2019", "2020",
                                                                   "2020"]


def test_articles_over_a_decade_are_counted_per_year_with_years_on_the_axis(toy_extraction):
    years = range(1990, 2001)
    articles = pd.DataFrame({"article_id": [f"a{y}" for y in years],
                             "published": [f"{y}-06-15" for y in years],
                             "outlet": "BelTA"})
    figure = plots.plot_articles_over_time(articles)
    ax = figure.axes[0]
    assert len(ax.patches) == len(years)
    assert "per publication year" in figure.get_suptitle()
    figure.draw_without_rendering()
    ticks = [t.get_text() for t in ax.get_xticklabels() if t.get_text()]
    assert ticks and all(tick.isdigit() and len(tick) == 4 for tick in ticks)


def test_palette_groups_the_tail_as_other_past_eight_categories():
    outlets = [f"Outlet {i:02d}" for i in range(12) for _ in range(12 - i)]  # 00 most frequent
    colours = plots.category_colours(outlets)
    named = {name: colour for name, colour in colours.items()
             if name and colour != plot_base.OTHER_COLOUR}
    assert sorted(named) == [f"Outlet {i:02d}" for i in range(7)]
    assert len(set(named.values())) == 7
    assert colours["Outlet 11"] == plot_base.OTHER_COLOUR
    legend = plot_base.legend_categories([*outlets, ""], colours)
    assert [label for label, _ in legend][-2:] == ["other", "unknown"]
    articles = pd.DataFrame({"article_id": range(len(outlets)), "outlet": outlets,
                             "published": "2020-09-01"})
    figure = plots.plot_articles_over_time(articles)
    entries = [t.get_text() for t in figure.axes[0].get_legend().get_texts()]
    assert len(entries) == 8 and entries[-1] == "other"
    drawn = {to_hex(bar.get_facecolor()) for bar in figure.axes[0].patches}
    assert len(drawn) == 8


def test_resolution_title_with_thousands_stays_inside_the_figure():
    mentions = pd.DataFrame({"method": ["registry"] * 12345 + ["ner"] * 2345,
                             "published": "2019-01-01"})
    mentions.loc[::2, "published"] = "2019-12-30"
    figure = plots.plot_resolution_methods(mentions)
    title = figure.axes[0].title
    assert "How 14,690 mentions" in plot_base_text(title)
    figure.draw_without_rendering()
    box = title.get_window_extent(figure.canvas.get_renderer())
    assert figure.bbox.x0 <= box.x0 and box.x1 <= figure.bbox.x1


def plot_base_text(title) -> str:
    return title.get_text().replace("\n", " ")


def many_actor_graph(n_nodes: int, countries: bool = True) -> nx.Graph:
    rng = random.Random(5)
    names = [f"Person {i:03d}" for i in range(n_nodes)]
    rows = [{"article_id": f"a{k % 50}", "sentence_id": k, "source": rng.choice(names[:20]),
             "target": rng.choice(names), "layer": "cooccurrence", "published": "2020-09-01"}
            for k in range(4 * n_nodes)]
    actors = pd.DataFrame({"actor_id": [f"p{i}" for i in range(n_nodes)], "name": names,
                           "type": "person",
                           "country": [["RUS", "BLR", "USA"][i % 3] if countries else ""
                                       for i in range(n_nodes)],
                           "n_mentions": [n_nodes - i for i in range(n_nodes)]})
    return build_network(pd.DataFrame(rows, columns=INTERACTION_COLUMNS), actor_table=actors)


def test_a_large_network_is_drawn_as_its_backbone_with_the_cut_in_the_title():
    graph = many_actor_graph(300)
    figure = plots.plot_network(graph, max_nodes=40)
    ax = figure.axes[0]
    nodes = next(c for c in ax.collections if c.get_gid() == "nodes")
    assert len(nodes.get_offsets()) == 40
    assert f"top 40 of {graph.number_of_nodes()} actors by weighted degree" in \
        ax.get_title().replace("\n", " ")
    labels = annotations(figure, "label:")
    assert 0 < sum(label.get_visible() for label in labels) <= 40
    assert boxes_overlap(labels) == []
    assert "Person 000" in {label.get_text() for label in labels if label.get_visible()}


def test_nodes_are_coloured_by_community_where_countries_are_unknown():
    graph = nx.Graph(layer="all", date_span="")
    graph.add_edges_from(itertools.combinations(["a", "b", "c", "d"], 2), weight=3)
    graph.add_edges_from(itertools.combinations(["w", "x", "y", "z"], 2), weight=3)
    graph.add_edge("d", "w", weight=1)
    figure = plots.plot_network(graph)
    ax = figure.axes[0]
    assert "Node colour: community" in ax.get_legend().get_title().get_text()
    nodes = next(c for c in ax.collections if c.get_gid() == "nodes")
    colour = dict(zip(graph.nodes, (to_hex(c) for c in nodes.get_facecolors()), strict=True))
    assert colour["a"] == colour["b"] != colour["x"] == colour["z"]
    with_countries = plots.plot_network(many_actor_graph(12))
    assert "Node colour: country" in \
        with_countries.axes[0].get_legend().get_title().get_text()


def test_a_small_layer_gets_a_fair_share_of_the_width():
    big, small = many_actor_graph(60), nx.Graph(layer="typed", date_span="")
    small.add_node("p1", name="Person 001", country="BLR", n_mentions=5)
    small.add_edge("p1", "p2", weight=1)
    small.nodes["p2"].update(name="Person 002", country="RUS", n_mentions=3)
    figure = plots.plot_network_layers([big, small])
    widths = [ax.get_position().width for ax in figure.axes[:2]]
    assert widths[1] >= 0.55 * widths[0]


def many_meetings(n_dated: int, n_undated: int) -> pd.DataFrame:
    rows = [{"meeting_id": f"m{i:04d}", "date": f"{2018 + i % 4}-{1 + i % 12:02d}-15",
             "date_precision": "day", "place": "Minsk",
             "participants": f"Person {i % 40:02d}; Person {(i + 1) % 40:02d}",
             "kind": "in_person", "status": "held", "cameo": "040", "n_sources": 1 + i % 9,
             "article_ids": "a1", "evidence": "They met.", "notes": ""}
            for i in range(n_dated)]
    rows += [{**rows[0], "meeting_id": f"u{i:04d}", "date": "", "date_precision": "unknown"}
             for i in range(n_undated)]
    return pd.DataFrame(rows)


def test_a_long_timeline_shows_its_top_meetings_and_counts_the_rest():
    timeline = meeting_timeline(many_meetings(400, 50))
    figure = plots.plot_meeting_timeline(timeline, max_meetings=25)
    ax = figure.axes[0]
    markers = [line for line in ax.lines if (line.get_gid() or "").startswith("meeting:")]
    assert len(markers) == 25
    shown_sources = {int(timeline.set_index("meeting_id").loc[m.get_gid()[8:], "n_sources"])
                     for m in markers}
    assert shown_sources == {9}  # the meetings with the most sources
    note = ax.get_title().replace("\n", " ")
    assert "+ 375 more meetings, 50 undated" in note
    assert "400 dated, 50 undated" in figure.get_suptitle()
    assert figure.get_figheight() < 16
    undated = next(t for t in figure.axes[1].texts if t.get_gid() == "undated").get_text()
    assert undated.count("•") == 12 and "+ 38 more undated meetings" in undated
    labels = {label.get_text() for label in annotations(figure, "meeting-label:")}
    assert any(label.endswith("2019 (9 sources)") for label in labels)  # across years
