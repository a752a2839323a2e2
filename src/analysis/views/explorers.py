"""Explorers: the pickers of `analysis.views.pickers` wired to a view and its figure.

`FrequencyExplorer`, `NetworkExplorer` and `TimelineExplorer` call `entity_frequency` /
`build_network` / `meeting_timeline` and the plot functions. Each keeps the table it last
computed in `.table` and redraws when a widget value changes; `show` puts a figure or a table
into an Output widget.

Part of `analysis.views.widgets`, which re-exports the public names.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

import ipywidgets as widgets
import networkx as nx
import pandas as pd
from IPython.core.formatters import format_display_data
from IPython.display import Image
from matplotlib.figure import Figure

from analysis.extract.actors.names import slug
from analysis.frames import text_column
from analysis.tables import Extraction, empty_table
from analysis.views.frequency import entity_frequency
from analysis.views.network import (
    EVIDENCE_COLUMNS,
    build_network,
    centrality_table,
    edge_evidence,
    interaction_days,
)
from analysis.views.pickers import (
    DEFAULT_ACTOR_COUNT,
    actor_picker,
    date_bounds,
    date_range_picker,
    default_actor_selection,
    edge_options,
    label_filter,
    layer_filter,
    meeting_options,
)
from analysis.views.plots import (
    category_colours,
    figure_png,
    plot_entity_frequency,
    plot_meeting_timeline,
    plot_network,
    save_figure,
)
from analysis.views.timeline import (
    MEETING_EVIDENCE_COLUMNS,
    meeting_evidence,
    meeting_timeline,
    split_joined,
)

TABLE_CLASS = "analysis-table"
FIGURE_CLASS = "analysis-figure"
EDGE_PICKER_CLASS = "analysis-edge-picker"
MEETING_PICKER_CLASS = "analysis-meeting-picker"
EVIDENCE_CLASS = "analysis-evidence"
EXPORT_CLASS = "analysis-export"
# An export's file name lists the selected actors up to this many, else counts them.
NAMED_IN_EXPORT = 3


def _output(css_class: str) -> widgets.Output:
    output = widgets.Output()
    output.add_class(css_class)
    return output


def show(output: widgets.Output, *objects: object) -> None:
    """Replace what an Output widget shows, in one update (no flicker, works headless).

    A matplotlib Figure is shown as a PNG; anything else as IPython would display it (a
    DataFrame as an HTML table, with its texts whole: evidence sentences are not cut at 50
    characters).

    Args:
        output: the Output widget.
        objects: what to show, top to bottom.
    """
    entries = []
    for obj in objects:
        if isinstance(obj, Figure):
            obj = Image(data=figure_png(obj), format="png")
        with pd.option_context("display.max_colwidth", None):
            data, metadata = format_display_data(obj)
        entries.append({"output_type": "display_data", "data": data, "metadata": metadata})
    output.outputs = tuple(entries)


def selection_name(kind: str, actors: Iterable[str], start: object, end: object) -> str:
    """A file name for an explorer's selection: `frequency_vladimir-putin_2020-09-01_2020-09-10`.

    Args:
        kind: the explorer (`frequency`, `network`, `timeline`).
        actors: the selected actors (none: `all`; more than `NAMED_IN_EXPORT`: their count).
        start: the first day of the date filter, or None.
        end: the last day, or None.

    Returns:
        The name, letters, digits and `-`/`_` only.
    """
    actors = list(actors)
    who = "all" if not actors else "-".join(slug(a) for a in actors) \
        if len(actors) <= NAMED_IN_EXPORT else f"{len(actors)}-actors"
    when = "_".join(str(day)[:10] for day in (start, end) if day is not None)
    return "_".join(part for part in (kind, who, when) if part)


class _Explorer:
    """Widgets + a figure Output + a table Output, redrawn by `refresh()`, and a button that
    exports the current table and figure to `export_dir`."""

    kind = "explorer"

    def __init__(self, extraction: Extraction, export_dir: str | Path = "exports") -> None:
        self.extraction = extraction
        self.figure_output = _output(FIGURE_CLASS)
        self.table_output = _output(TABLE_CLASS)
        self.figure: Figure | None = None
        self.table = pd.DataFrame()
        self.export_dir = Path(export_dir)
        self.export_button = widgets.Button(description="Export", icon="download",
                                            tooltip="write the table (CSV) and the figure "
                                                    "(PNG, SVG) of this selection")
        self.export_button.add_class(EXPORT_CLASS)
        self.export_button.on_click(lambda _button: self.export())
        self.export_note = widgets.HTML()

    @property
    def export_row(self) -> widgets.HBox:
        """The export button and the note of what it last wrote."""
        return widgets.HBox([self.export_button, self.export_note])

    def export(self) -> list[Path]:
        """Write the current table and figure, named after the selection (`selection_name`).

        Returns:
            The paths written (PNG, CSV, SVG), in `export_dir`.
        """
        start, end = self.dates.active
        name = selection_name(self.kind, self.picker.value, start, end)
        written = save_figure(self.figure, self.table, self.export_dir / name, svg=True)
        self.export_note.value = f"wrote {', '.join(p.name for p in written)} to {self.export_dir}"
        return written

    @property
    def controls(self) -> list[widgets.Widget]:
        """The widgets above the figure."""
        raise NotImplementedError

    @property
    def view(self) -> widgets.VBox:
        """The whole explorer, to display in a notebook."""
        if not hasattr(self, "_view"):
            self._view = widgets.VBox([*self.controls, self.figure_output, self.table_output])
            self._view.add_class("analysis-explorer")
        return self._view

    def _repr_mimebundle_(self, **kwargs: object) -> dict | None:
        return self.view._repr_mimebundle_(**kwargs)

    def refresh(self) -> None:
        """Recompute the table and redraw the figure from the widgets' current values."""
        raise NotImplementedError

    def _on_change(self, _change: dict) -> None:
        self.refresh()


def _picker_choices(
    extraction: Extraction, among: set[str] | None, n_default: int
) -> tuple[list[str], list[str]]:
    """The actors a picker lists (most mentioned first, then the never-mentioned ones by
    name) and the ones it starts with (`default_actor_selection`), restricted to `among`."""
    frequency = entity_frequency(extraction.mentions)
    if among is not None:
        frequency = frequency[text_column(frequency["actor"]).isin(among)]
    names = list(dict.fromkeys(name for name in text_column(frequency["actor"]) if name))
    if among is not None:
        names += sorted(among - set(names) - {""})
    default = default_actor_selection(frequency, n_default) if len(frequency) else []
    return names, default


class FrequencyExplorer(_Explorer):
    """Mentions per actor, filtered by actor, publication dates and actor type.

    Attributes:
        picker: the `ActorPicker` (no selection: every actor).
        dates: the `DateRangePicker` over the mentions' publication dates.
        labels: the type `ToggleButtons` (`label_filter`).
        table: the current `entity_frequency` table.
        figure: the current `plot_entity_frequency` Figure.
    """

    kind = "frequency"

    def __init__(self, extraction: Extraction, *, top: int = 15,
                 n_default: int = DEFAULT_ACTOR_COUNT, export_dir: str | Path = "exports") -> None:
        super().__init__(extraction, export_dir)
        self.top = top
        self.picker = actor_picker(*_picker_choices(extraction, None, n_default))
        bounds = date_bounds(extraction.mentions.get("published", pd.Series(dtype=object)))
        self.dates = date_range_picker(*(bounds or (None, None)))
        self.labels = label_filter()
        self.picker.observe(self._on_change, names="value")
        self.dates.observe(self._on_change, names="value")
        self.labels.observe(self._on_change, names="value")
        self.refresh()

    @property
    def controls(self) -> list[widgets.Widget]:
        """The picker, the dates and the type buttons."""
        return [widgets.HBox([self.picker, widgets.VBox([self.dates, self.labels])]),
                self.export_row]

    def refresh(self) -> None:
        """Recompute `entity_frequency` and redraw its bar chart."""
        start, end = self.dates.active
        label = self.labels.value
        self.table = entity_frequency(
            self.extraction.mentions,
            labels=None if label == "all" else [label],
            actors=list(self.picker.value) or None,
            start=start, end=end, top=self.top,
        )
        self.figure = plot_entity_frequency(self.table)
        show(self.figure_output, self.figure)
        show(self.table_output, self.table)


class NetworkExplorer(_Explorer):
    """The actor network, filtered by actor, dates and layer; pick an edge to read its sources.

    Attributes:
        picker: the `ActorPicker` (edges touching a selected actor; no selection: all edges).
        dates: the `DateRangePicker` over the interactions' days.
        layer: the layer `ToggleButtons` (`layer_filter`).
        edges: a Dropdown of the current graph's edges, heaviest first.
        graph: the current `build_network` graph.
        table: its `centrality_table`.
        evidence: the `edge_evidence` of the selected edge (empty when none is selected).
        evidence_output: the Output showing `evidence`.
    """

    kind = "network"

    def __init__(self, extraction: Extraction, *, seed: int = 7,
                 n_default: int = DEFAULT_ACTOR_COUNT, export_dir: str | Path = "exports") -> None:
        super().__init__(extraction, export_dir)
        self.seed = seed
        interactions = extraction.interactions
        in_network = set(text_column(interactions["source"])) | set(
            text_column(interactions["target"]))
        self.picker = actor_picker(*_picker_choices(extraction, in_network, n_default))
        days = interaction_days(interactions) if len(interactions) else pd.Series(
            dtype="datetime64[ns]")
        bounds = date_bounds(days)
        self.dates = date_range_picker(*(bounds or (None, None)))
        self.layer = layer_filter()
        # index 0, not value None: a Dropdown shows a None value as a blank box.
        self.edges = widgets.Dropdown(options=[("Choose an edge", None)], index=0,
                                      description="Edge",
                                      layout=widgets.Layout(width="max-content"))
        self.edges.add_class(EDGE_PICKER_CLASS)
        self.evidence_output = _output(EVIDENCE_CLASS)
        self.evidence = empty_table(EVIDENCE_COLUMNS)
        self.graph = nx.Graph()
        # One colour per country for the whole corpus, whatever the selection shows.
        self.country_colours = category_colours(text_column(extraction.actors["country"]))
        for widget in (self.picker, self.dates, self.layer):
            widget.observe(self._on_change, names="value")
        self.edges.observe(self._on_edge, names="value")
        self.refresh()

    @property
    def controls(self) -> list[widgets.Widget]:
        """The picker, the dates and the layer buttons."""
        return [widgets.HBox([self.picker, widgets.VBox([self.dates, self.layer])]),
                self.export_row]

    @property
    def view(self) -> widgets.VBox:
        """The whole explorer, with the edge picker and its sentences under the table."""
        if not hasattr(self, "_view"):
            self._view = widgets.VBox([*self.controls, self.figure_output, self.table_output,
                                       self.edges, self.evidence_output])
            self._view.add_class("analysis-explorer")
        return self._view

    def refresh(self) -> None:
        """Rebuild the graph, redraw it, and refill the centrality table and the edge list."""
        start, end = self.dates.active
        self.graph = build_network(
            self.extraction.interactions, layer=self.layer.value,
            actors=list(self.picker.value) or None, start=start, end=end,
            actor_table=self.extraction.actors,
        )
        self.table = centrality_table(self.graph)
        self.figure = plot_network(self.graph, seed=self.seed,
                                   country_colours=self.country_colours)
        show(self.figure_output, self.figure)
        show(self.table_output, self.table)
        selected = self.edges.value
        options = [("Choose an edge", None), *edge_options(self.graph)]
        self._updating_options = True  # new options reset the value for a moment
        try:
            self.edges.options = options
            self.edges.index = next(
                (i for i, (_, value) in enumerate(options) if value == selected), 0)
        finally:
            self._updating_options = False
        self._show_evidence()

    def _on_edge(self, _change: dict) -> None:
        if not getattr(self, "_updating_options", False):
            self._show_evidence()

    def _show_evidence(self) -> None:
        if self.edges.value is None:
            self.evidence = self.evidence.iloc[0:0]
            show(self.evidence_output)
            return
        a, b = self.edges.value
        start, end = self.dates.active
        self.evidence = edge_evidence(self.extraction.interactions, a, b,
                                      layer=self.layer.value, start=start, end=end,
                                      actor_table=self.extraction.actors)
        show(self.evidence_output, self.evidence)


class TimelineExplorer(_Explorer):
    """The meeting timeline, filtered by participant and dates; pick a meeting for its sources.

    Attributes:
        picker: the `ActorPicker` (meetings with a selected participant; none: all meetings).
        dates: the `DateRangePicker` over the meetings' dates (the full range keeps the
            undated meetings; any narrower range leaves them out).
        meetings: a Select of the current meetings.
        table: the current `meeting_timeline` table.
        evidence: the `meeting_evidence` of the selected meeting (sentences and article ids).
        evidence_output: the Output showing `evidence`.
    """

    kind = "timeline"

    def __init__(self, extraction: Extraction, *,
                 n_default: int = DEFAULT_ACTOR_COUNT, export_dir: str | Path = "exports") -> None:
        super().__init__(extraction, export_dir)
        meetings = extraction.meetings
        participants = {name for cell in meetings["participants"] for name in split_joined(cell)}
        self.picker = actor_picker(*_picker_choices(extraction, participants, n_default))
        bounds = date_bounds(meetings["date"]) if len(meetings) else None
        self.dates = date_range_picker(*(bounds or (None, None)))
        self.meetings = widgets.Select(options=[("Choose a meeting", None)], value=None,
                                       description="Meeting", rows=6,
                                       layout=widgets.Layout(width="max-content"))
        self.meetings.add_class(MEETING_PICKER_CLASS)
        self.evidence_output = _output(EVIDENCE_CLASS)
        self.evidence = empty_table(MEETING_EVIDENCE_COLUMNS)
        for widget in (self.picker, self.dates):
            widget.observe(self._on_change, names="value")
        self.meetings.observe(self._on_meeting, names="value")
        self.refresh()

    @property
    def controls(self) -> list[widgets.Widget]:
        """The picker and the dates."""
        return [widgets.HBox([self.picker, self.dates]), self.export_row]

    @property
    def view(self) -> widgets.VBox:
        """The whole explorer, with the meeting list and its sources under the table."""
        if not hasattr(self, "_view"):
            self._view = widgets.VBox([*self.controls, self.figure_output, self.table_output,
                                       self.meetings, self.evidence_output])
            self._view.add_class("analysis-explorer")
        return self._view

    def refresh(self) -> None:
        """Recompute the timeline, redraw it, and refill the table and the meeting list."""
        start, end = self.dates.active
        self.table = meeting_timeline(self.extraction.meetings,
                                      actors=list(self.picker.value) or None,
                                      start=start, end=end)
        self.figure = plot_meeting_timeline(self.table)
        show(self.figure_output, self.figure)
        shown = [c for c in self.table.columns if c not in ("date_start", "date_end", "evidence")]
        show(self.table_output, self.table[shown])
        selected = self.meetings.value
        options = [("Choose a meeting", None), *meeting_options(self.table)]
        self._updating_options = True  # new options reset the value for a moment
        try:
            self.meetings.options = options
            still_there = any(value == selected for _, value in options)
            self.meetings.value = selected if still_there else None
        finally:
            self._updating_options = False
        self._show_evidence()

    def _on_meeting(self, _change: dict) -> None:
        if not getattr(self, "_updating_options", False):
            self._show_evidence()

    def _show_evidence(self) -> None:
        if self.meetings.value is None:
            self.evidence = empty_table(MEETING_EVIDENCE_COLUMNS)
            show(self.evidence_output)
            return
        self.evidence = meeting_evidence(self.table, self.meetings.value)
        show(self.evidence_output, self.evidence)
