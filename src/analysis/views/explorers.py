"""Explorers: the pickers of `analysis.views.pickers` wired to a view and its figure.

`FrequencyExplorer`, `NetworkExplorer` and `TimelineExplorer` call `entity_frequency` /
`build_network` / `meeting_timeline` and the plot functions with the actors, dates and outlets
picked. Each keeps the table it last computed in `.table`, redraws when a widget value
changes, and lists the rows of its figure (bars, edges, meetings) so that choosing one shows
the sentences behind it, with their article, outlet and date. `ContextExplorer` searches any
actor or word in context.

Part of `analysis.views.widgets`, which re-exports the public names.
"""

from __future__ import annotations

import html
from pathlib import Path

import ipywidgets as widgets
import networkx as nx
import pandas as pd

from analysis.frames import text_column
from analysis.tables import Extraction, empty_table
from analysis.views.context import (
    CONTEXT_COLUMNS,
    context_summary,
    mentions_in_context,
    search_in_context,
)
from analysis.views.explorer_base import (
    Explorer,
    SourcesPicker,
    picker_choices,
    selection_name,
    show,
)
from analysis.views.frequency import entity_frequency
from analysis.views.network import (
    EVIDENCE_COLUMNS,
    build_network,
    centrality_table,
    edge_evidence,
    network_rows,
)
from analysis.views.pickers import (
    DEFAULT_ACTOR_COUNT,
    actor_picker,
    bar_options,
    date_bounds,
    date_range_picker,
    edge_options,
    label_filter,
    layer_filter,
    meeting_options,
)
from analysis.views.plots import (
    category_colours,
    plot_entity_frequency,
    plot_meeting_timeline,
    plot_network,
)
from analysis.views.timeline import (
    MEETING_EVIDENCE_COLUMNS,
    meeting_evidence,
    meeting_timeline,
    split_joined,
)

BAR_PICKER_CLASS = "analysis-bar-picker"
EDGE_PICKER_CLASS = "analysis-edge-picker"
MEETING_PICKER_CLASS = "analysis-meeting-picker"
CONTEXT_QUERY_CLASS = "analysis-context-query"
# The betweenness an explorer's redraw may spend (source nodes x edges, `centrality_table`):
# a few hundredths of a second, so that a click answers within a second on 500 articles.
EXPLORER_EDGE_BUDGET = 10_000
# Lines the keyword-in-context explorer shows (the export writes them all).
MAX_CONTEXT_LINES = 200


class FrequencyExplorer(Explorer):
    """Mentions per actor, filtered by actor, publication dates, outlet and actor type; pick a
    bar to read its mentions in context.

    Attributes:
        picker: the `ActorPicker` (no selection: every actor).
        dates: the `DateRangePicker` over the mentions' publication dates.
        outlets: the outlet `SelectMultiple` (no selection: every outlet).
        labels: the type `ToggleButtons` (`label_filter`).
        bars: the `SourcesPicker` of the chart's bars; its `evidence` is the chosen actor's
            `mentions_in_context` under the same filters (one line per counted mention).
        table: the current `entity_frequency` table.
        figure: the current `plot_entity_frequency` Figure.
    """

    kind = "frequency"

    def __init__(self, extraction: Extraction, *, top: int = 15,
                 n_default: int = DEFAULT_ACTOR_COUNT, export_dir: str | Path = "exports") -> None:
        super().__init__(extraction, export_dir)
        self.top = top
        mentions = extraction.mentions
        self.picker = actor_picker(*picker_choices(extraction, None, n_default))
        bounds = date_bounds(mentions.get("published", pd.Series(dtype=object)))
        self.dates = date_range_picker(*(bounds or (None, None)))
        self._add_outlets(mentions.get("outlet", pd.Series(dtype=object)))
        self.labels = label_filter()
        self.bars = SourcesPicker(description="Bar", prompt="Choose a bar",
                                  css_class=BAR_PICKER_CLASS, columns=CONTEXT_COLUMNS,
                                  sentences=self._mentions_of)
        self._watch(self.picker, self.dates, self.outlets, self.labels)
        self.refresh()

    @property
    def controls(self) -> list[widgets.Widget]:
        """The picker, the dates, the outlets and the type buttons."""
        return [widgets.HBox([self.picker, widgets.VBox([self.dates, self.labels]),
                              self.outlets]), self.export_row]

    @property
    def below(self) -> list[widgets.Widget]:
        """The bar picker and the chosen bar's mentions."""
        return self.bars.widgets

    def refresh(self) -> None:
        """Recompute `entity_frequency`, redraw its bar chart and relist its bars."""
        label = self.labels.value
        self.table = entity_frequency(self.extraction.mentions,
                                      labels=None if label == "all" else [label],
                                      top=self.top, **self.filters())
        self.figure = plot_entity_frequency(self.table)
        show(self.figure_output, self.figure)
        show(self.table_output, self.table)
        self.bars.set_options(bar_options(self.table))

    def _mentions_of(self, actor: str) -> pd.DataFrame:
        filters = self.filters()
        return mentions_in_context(self.extraction.mentions, self.extraction.articles, actor,
                                   start=filters["start"], end=filters["end"],
                                   outlets=filters["outlets"])


class NetworkExplorer(Explorer):
    """The actor network, filtered by actor, dates, outlet and layer; pick an edge to read its
    sources.

    Attributes:
        picker: the `ActorPicker` (edges touching a selected actor; no selection: all edges).
        dates: the `DateRangePicker` over the interactions' days.
        outlets: the outlet `SelectMultiple` (no selection: every outlet).
        layer: the layer `ToggleButtons` (`layer_filter`).
        edges: the `SourcesPicker` of the graph's edges, heaviest first; its `evidence` is the
            chosen edge's `edge_evidence`.
        rows: the interactions' `network_rows`, which each graph is built from.
        graph: the current `build_network` graph.
        table: its `centrality_table` (betweenness sampled within `EXPLORER_EDGE_BUDGET`).
    """

    kind = "network"

    def __init__(self, extraction: Extraction, *, seed: int = 7,
                 n_default: int = DEFAULT_ACTOR_COUNT, export_dir: str | Path = "exports") -> None:
        super().__init__(extraction, export_dir)
        self.seed = seed
        interactions = extraction.interactions
        in_network = set(text_column(interactions["source"])) | set(
            text_column(interactions["target"]))
        self.picker = actor_picker(*picker_choices(extraction, in_network, n_default))
        # Each click builds a graph: resolve the ends and days once.
        self.rows = network_rows(interactions, extraction.actors)
        self.dates = date_range_picker(*(date_bounds(self.rows["day"]) or (None, None)))
        self._add_outlets(interactions.get("outlet", pd.Series(dtype=object)))
        self.layer = layer_filter()
        self.edges = SourcesPicker(description="Edge", prompt="Choose an edge",
                                   css_class=EDGE_PICKER_CLASS, columns=EVIDENCE_COLUMNS,
                                   sentences=self._sentences_of)
        self.graph = nx.Graph()
        # One colour per country for the whole corpus, whatever the selection shows.
        self.country_colours = category_colours(text_column(extraction.actors["country"]))
        self._watch(self.picker, self.dates, self.outlets, self.layer)
        self.refresh()

    @property
    def controls(self) -> list[widgets.Widget]:
        """The picker, the dates, the outlets and the layer buttons."""
        return [widgets.HBox([self.picker, widgets.VBox([self.dates, self.layer]),
                              self.outlets]), self.export_row]

    @property
    def below(self) -> list[widgets.Widget]:
        """The edge picker and the chosen edge's sentences."""
        return self.edges.widgets

    def refresh(self) -> None:
        """Rebuild the graph, redraw it, and refill the centrality table and the edge list."""
        self.graph = build_network(self.rows, layer=self.layer.value,
                                   actor_table=self.extraction.actors, **self.filters())
        self.table = centrality_table(self.graph, edge_budget=EXPLORER_EDGE_BUDGET)
        self.figure = plot_network(self.graph, seed=self.seed,
                                   country_colours=self.country_colours)
        show(self.figure_output, self.figure)
        show(self.table_output, self.table)
        self.edges.set_options(edge_options(self.graph))

    def _sentences_of(self, edge: tuple[str, str]) -> pd.DataFrame:
        filters = self.filters()
        return edge_evidence(self.extraction.interactions, *edge, layer=self.layer.value,
                             start=filters["start"], end=filters["end"],
                             outlets=filters["outlets"], actor_table=self.extraction.actors)


class TimelineExplorer(Explorer):
    """The meeting timeline, filtered by participant, dates and outlet; pick a meeting for its
    sources.

    Attributes:
        picker: the `ActorPicker` (meetings with a selected participant; none: all meetings).
        dates: the `DateRangePicker` over the meetings' dates (the full range keeps the
            undated meetings; any narrower range leaves them out).
        outlets: the outlet `SelectMultiple` (meetings any chosen outlet reported).
        meetings: the `SourcesPicker` of the current meetings; its `evidence` is the chosen
            meeting's `meeting_evidence` (sentences, articles, outlets and dates).
        table: the current `meeting_timeline` table.
    """

    kind = "timeline"

    def __init__(self, extraction: Extraction, *,
                 n_default: int = DEFAULT_ACTOR_COUNT, export_dir: str | Path = "exports") -> None:
        super().__init__(extraction, export_dir)
        meetings = extraction.meetings
        participants = {name for cell in meetings["participants"] for name in split_joined(cell)}
        self.picker = actor_picker(*picker_choices(extraction, participants, n_default))
        bounds = date_bounds(meetings["date"]) if len(meetings) else None
        self.dates = date_range_picker(*(bounds or (None, None)))
        self._add_outlets(meetings.get("outlets", pd.Series(dtype=object)).map(split_joined)
                          .explode().dropna())
        self.meetings = SourcesPicker(description="Meeting", prompt="Choose a meeting",
                                      css_class=MEETING_PICKER_CLASS, rows=6,
                                      columns=MEETING_EVIDENCE_COLUMNS,
                                      sentences=self._sources_of)
        self._watch(self.picker, self.dates, self.outlets)
        self.refresh()

    @property
    def controls(self) -> list[widgets.Widget]:
        """The picker, the dates and the outlets."""
        return [widgets.HBox([self.picker, self.dates, self.outlets]), self.export_row]

    @property
    def below(self) -> list[widgets.Widget]:
        """The meeting list and the chosen meeting's sources."""
        return self.meetings.widgets

    def refresh(self) -> None:
        """Recompute the timeline, redraw it, and refill the table and the meeting list."""
        self.table = meeting_timeline(self.extraction.meetings, **self.filters())
        self.figure = plot_meeting_timeline(self.table)
        show(self.figure_output, self.figure)
        shown = [c for c in self.table.columns if c not in ("date_start", "date_end", "evidence")]
        show(self.table_output, self.table[shown])
        self.meetings.set_options(meeting_options(self.table))

    def _sources_of(self, meeting_id: str) -> pd.DataFrame:
        return meeting_evidence(self.table, meeting_id, self.extraction.articles)


class ContextExplorer(Explorer):
    """Keyword in context: every mention of an actor, or every occurrence of any word, with
    the text around it, filtered by publication dates and outlet.

    Attributes:
        query: a Combobox suggesting the actors' names; an actor's name searches its mentions
            (however written), anything else the words themselves (`search_in_context`).
        dates: the `DateRangePicker` over the articles' publication dates.
        outlets: the outlet `SelectMultiple` (no selection: every outlet).
        note: what the table holds ("12 mentions of Vladimir Putin in 4 articles").
        table: the current concordance (all its lines; the view shows the first `max_lines`,
            `MAX_CONTEXT_LINES` unless given, and the export writes them all).
    """

    kind = "context"

    def __init__(self, extraction: Extraction, query: str = "", *,
                 max_lines: int = MAX_CONTEXT_LINES, export_dir: str | Path = "exports") -> None:
        super().__init__(extraction, export_dir)
        self.max_lines = max_lines
        articles = extraction.articles
        names, _ = picker_choices(extraction, None, DEFAULT_ACTOR_COUNT)
        self.query = widgets.Combobox(value=query, options=names, ensure_option=False,
                                      placeholder="an actor or any word", description="Search",
                                      continuous_update=False)
        self.query.add_class(CONTEXT_QUERY_CLASS)
        self.dates = date_range_picker(*(date_bounds(articles["published"]) or (None, None)))
        self._add_outlets(articles["outlet"])
        self.note = widgets.HTML()
        self._watch(self.query, self.dates, self.outlets)
        self.refresh()

    @property
    def controls(self) -> list[widgets.Widget]:
        """The search box, the dates and the outlets, and what the search found."""
        return [widgets.HBox([widgets.VBox([self.query, self.dates]), self.outlets]),
                self.export_row, self.note]

    def filters(self) -> dict[str, object]:
        """The dates and outlets picked, as `search_in_context`'s keyword arguments."""
        start, end = self.dates.active
        return {"start": start, "end": end, "outlets": list(self.outlets.value) or None}

    def selection(self) -> str:
        """The search and filters as a file name (`selection_name`)."""
        start, end = self.dates.active
        return selection_name(self.kind, [self.query.value] if self.query.value.strip() else [],
                              start, end, self.outlets.value)

    def refresh(self) -> None:
        """Search again and show the first lines found."""
        if not self.query.value.strip():
            self.table = empty_table(CONTEXT_COLUMNS)
            self.note.value = "Type an actor's name or any word."
        else:
            self.table = search_in_context(self.extraction, self.query.value, **self.filters())
            self.note.value = html.escape(context_summary(self.table, self.query.value))
        show(self.table_output, self.table.head(self.max_lines))
