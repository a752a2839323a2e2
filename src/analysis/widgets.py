"""Interactive views for the notebooks: ipywidgets over the same functions as the figures.

Three layers, each usable on its own:

- pure functions (`default_actor_selection`, `filter_actor_options`, `date_bounds`,
  `active_date_filter`, `edge_options`, `meeting_options`): the logic, tested without widgets;
- widget builders (`actor_picker`, `date_range_picker`, `layer_filter`, `label_filter`);
- explorers (`FrequencyExplorer`, `NetworkExplorer`, `TimelineExplorer`) that wire the widgets
  to `entity_frequency` / `build_network` / `meeting_timeline` and to the plot functions. Each
  keeps the table it last computed in `.table` and redraws when a widget value changes.

In a notebook::

    from analysis.widgets import NetworkExplorer
    explorer = NetworkExplorer(extraction)
    explorer.view          # or just `explorer` as the cell's last line

Every widget carries a stable CSS class (`analysis-actor-picker`, `analysis-date-range`,
`analysis-layer-filter`, `analysis-label-filter`, `analysis-table`, `analysis-figure`, ...) so
that a browser test can find it.
"""

from __future__ import annotations

import datetime as dt
import unicodedata
from collections.abc import Iterable, Sequence

import ipywidgets as widgets
import networkx as nx
import pandas as pd
import traitlets
from IPython.core.formatters import format_display_data
from IPython.display import Image
from matplotlib.figure import Figure

from analysis.frequency import entity_frequency, period_columns, text_column
from analysis.network import build_network, centrality_table, edge_evidence, interaction_days
from analysis.plots import (
    category_colours,
    figure_png,
    plot_entity_frequency,
    plot_meeting_timeline,
    plot_network,
)
from analysis.tables import Extraction, empty_table
from analysis.timeline import (
    MEETING_EVIDENCE_COLUMNS,
    meeting_evidence,
    meeting_timeline,
    split_joined,
)

ACTOR_PICKER_CLASS = "analysis-actor-picker"
DATE_RANGE_CLASS = "analysis-date-range"
LAYER_FILTER_CLASS = "analysis-layer-filter"
LABEL_FILTER_CLASS = "analysis-label-filter"
TABLE_CLASS = "analysis-table"
FIGURE_CLASS = "analysis-figure"
EDGE_PICKER_CLASS = "analysis-edge-picker"
MEETING_PICKER_CLASS = "analysis-meeting-picker"
EVIDENCE_CLASS = "analysis-evidence"

LAYER_CHOICES = ("all", "cooccurrence", "typed")
LABEL_CHOICES = ("all", "person", "org", "place")
# Eight actors fit in the picker without scrolling and keep a network or timeline legible.
DEFAULT_ACTOR_COUNT = 8


# ---------------------------------------------------------------------------------------------
# Pure functions
# ---------------------------------------------------------------------------------------------

def default_actor_selection(
    frequency_table: pd.DataFrame, n: int = DEFAULT_ACTOR_COUNT
) -> list[str]:
    """The actors a picker starts with: the `n` most mentioned.

    Args:
        frequency_table: a table from `entity_frequency` (`actor`, `n_mentions`).
        n: how many.

    Returns:
        Canonical names, most mentioned first (ties by name).

    Raises:
        ValueError: `n` is not a positive whole number.
    """
    if isinstance(n, bool) or not isinstance(n, int) or n < 1:
        raise ValueError(f"n={n!r} is not a positive whole number")
    if frequency_table.empty:
        return []
    ranked = frequency_table.sort_values(
        ["n_mentions", "actor"], ascending=[False, True], kind="stable"
    )
    names = text_column(ranked["actor"])
    return [name for name in dict.fromkeys(names) if name][:n]


def _fold(text: str) -> str:
    """Lower-case without accents, so that "lukasenka" finds "Lukašenka"."""
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(char for char in decomposed if not unicodedata.combining(char)).casefold()


def filter_actor_options(all_actors: Iterable[str], query: str | None) -> list[str]:
    """The actors whose name contains every word of the search query.

    Case- and accent-insensitive: `"lukas"` and `"LUKAŠ"` both find "Lukashenko"; `"vlad put"`
    finds "Vladimir Putin".

    Args:
        all_actors: the names to search, in the order to show them.
        query: the search box's text; empty shows everything.

    Returns:
        The matching names, in their original order.
    """
    names = list(all_actors)
    words = _fold(query or "").split()
    if not words:
        return names
    return [name for name in names if all(word in _fold(name) for word in words)]


def picker_options(
    all_actors: Sequence[str], query: str | None, selected: Iterable[str]
) -> list[str]:
    """The options of the actor picker: the search results plus whatever is selected, so that
    searching never drops a selection.

    Args:
        all_actors: every actor, in the order to show them.
        query: the search box's text.
        selected: the current selection.

    Returns:
        Names in `all_actors` order.
    """
    keep = set(filter_actor_options(all_actors, query)) | set(selected)
    return [name for name in all_actors if name in keep]


def date_bounds(dates: pd.Series) -> tuple[dt.date, dt.date] | None:
    """The first and last day in a column of dates (the date-range picker's limits).

    Args:
        dates: ISO strings at any precision (`2020-09-14`, `2020-W37`, `2020-09`; a week or
            month counts from its first to its last day), or datetimes. Empty ones are ignored.

    Returns:
        `(first, last)` as `datetime.date`, or None when there is no date at all.
    """
    if pd.api.types.is_datetime64_any_dtype(dates):
        first = last = dates.dropna()
    else:
        first, last = period_columns(dates)
    if first.isna().all() or last.isna().all():
        return None
    return first.min().date(), last.max().date()


def active_date_filter(
    value: tuple[dt.date | None, dt.date | None],
    bounds: tuple[dt.date, dt.date] | None,
) -> tuple[dt.date | None, dt.date | None]:
    """The `start`/`end` arguments a date-range picker's value stands for.

    A side left at (or beyond) the corpus's first or last day is no bound at all, so that the
    full range keeps the undated rows that any date bound would drop. Reversed dates are
    swapped.

    Args:
        value: the picker's `(start, end)`; None for an empty side.
        bounds: the corpus's first and last day (`date_bounds`), or None.

    Returns:
        `(start, end)`, each a date or None.
    """
    start, end = value
    if start is not None and end is not None and start > end:
        start, end = end, start
    if bounds is not None:
        if start is not None and start <= bounds[0]:
            start = None
        if end is not None and end >= bounds[1]:
            end = None
    return start, end


def edge_options(graph: nx.Graph) -> list[tuple[str, tuple[str, str]]]:
    """Choices for the edge picker: `("A – B (6: meet; phone)", ("A", "B"))`, heaviest first.

    Args:
        graph: a graph from `build_network`.

    Returns:
        `(label, (a, b))` pairs, by weight (descending), then names.
    """
    edges = sorted(
        graph.edges(data=True), key=lambda edge: (-edge[2].get("weight", 1), edge[0], edge[1])
    )
    options = []
    for a, b, data in edges:
        kinds = str(data.get("kinds", "")).replace(";", ", ")
        detail = f"{data.get('weight', 1)}" + (f": {kinds}" if kinds else "")
        options.append((f"{a} – {b} ({detail})", (a, b)))
    return options


def meeting_options(timeline: pd.DataFrame) -> list[tuple[str, str]]:
    """Choices for the meeting picker: `("2020-09-14 · A – B · Sochi (held)", "M004")`.

    Args:
        timeline: a table from `meeting_timeline`.

    Returns:
        `(label, meeting_id)` pairs in the timeline's order.
    """
    options = []
    for _, row in timeline.iterrows():
        date = row["date"] if isinstance(row["date"], str) and row["date"] else "undated"
        who = " – ".join(split_joined(row["participants"]))
        place = row.get("place")
        where = f" · {place}" if isinstance(place, str) and place else ""
        kind = row.get("kind")
        how = f" · {kind}" if isinstance(kind, str) and kind and kind != "in_person" else ""
        status = row.get("status")
        state = f" ({status})" if isinstance(status, str) and status else ""
        options.append((f"{date} · {who}{where}{how}{state}", str(row["meeting_id"])))
    return options


# ---------------------------------------------------------------------------------------------
# Widgets
# ---------------------------------------------------------------------------------------------

class ActorPicker(widgets.VBox):
    """A search box over a multi-select of actors; searching keeps the selection.

    `value` (a traitlet: observe it) is the selected names; it changes only when the selection
    does, not while the search narrows the options.
    """

    value = traitlets.Tuple()

    def __init__(self, actor_names: Sequence[str], default: Iterable[str] = (), *,
                 rows: int = 8) -> None:
        self.all_actors = list(dict.fromkeys(actor_names))
        chosen = tuple(name for name in default if name in set(self.all_actors))
        self.search = widgets.Text(
            placeholder="Search actors", description="Actors", continuous_update=True
        )
        self.select = widgets.SelectMultiple(
            options=self.all_actors, value=chosen, rows=rows,
            description="", layout=widgets.Layout(
                width="max-content", min_width="18em",
                # Under the search box, not under its "Actors" label (the label's width and
                # margin, as ipywidgets lays out a described widget).
                margin=("var(--jp-widgets-inline-margin) var(--jp-widgets-inline-margin) "
                        "var(--jp-widgets-inline-margin) calc(var(--jp-widgets-inline-margin) "
                        "+ var(--jp-widgets-inline-label-width) "
                        "+ 2 * var(--jp-widgets-inline-margin))"),
            ),
        )
        self._narrowing = False
        super().__init__([self.search, self.select])
        self.value = chosen
        self.add_class(ACTOR_PICKER_CLASS)
        self.search.observe(self._on_search, names="value")
        self.select.observe(self._on_select, names="value")

    def _on_search(self, change: dict) -> None:
        selected = self.value
        self._narrowing = True  # setting options empties the selection for a moment
        try:
            self.select.options = picker_options(self.all_actors, change["new"], selected)
            self.select.value = tuple(name for name in self.select.options if name in selected)
        finally:
            self._narrowing = False

    def _on_select(self, change: dict) -> None:
        if not self._narrowing:
            self.value = tuple(change["new"])


class DateRangePicker(widgets.HBox):
    """Two date pickers, from and to, limited to the corpus's dates.

    `value` (a traitlet: observe it) is `(start, end)`; `active` gives the `start`/`end`
    arguments it stands for (`active_date_filter`: the full range means no date filter).
    """

    value = traitlets.Tuple()

    def __init__(self, start: dt.date | None, end: dt.date | None) -> None:
        self.bounds = (start, end) if start is not None and end is not None else None
        self.start_picker = widgets.DatePicker(description="From", value=start)
        self.end_picker = widgets.DatePicker(description="To", value=end)
        if self.bounds is not None:
            for picker in (self.start_picker, self.end_picker):
                picker.min, picker.max = self.bounds
        else:
            self.start_picker.disabled = self.end_picker.disabled = True
        super().__init__([self.start_picker, self.end_picker])
        self.value = (start, end)
        self.add_class(DATE_RANGE_CLASS)
        for picker in (self.start_picker, self.end_picker):
            picker.observe(self._on_change, names="value")

    def _on_change(self, _change: dict) -> None:
        self.value = (self.start_picker.value, self.end_picker.value)

    @property
    def active(self) -> tuple[dt.date | None, dt.date | None]:
        """The `(start, end)` to filter with; None where the side is open."""
        return active_date_filter(self.value, self.bounds)


def actor_picker(actor_names: Sequence[str], default: Iterable[str] = ()) -> ActorPicker:
    """A multi-select of actors with a search box (CSS class `analysis-actor-picker`).

    Args:
        actor_names: every actor, in the order to list them (e.g. most mentioned first).
        default: the actors selected at first (`default_actor_selection`).

    Returns:
        An `ActorPicker` (a VBox: `.search`, `.select`; observe `.value`).
    """
    return ActorPicker(actor_names, default)


def date_range_picker(start: dt.date | None, end: dt.date | None) -> DateRangePicker:
    """From/to date pickers over the corpus's dates (CSS class `analysis-date-range`).

    Plain `DatePicker`s: they work headless (tests set `.value`) and in JupyterLab.

    Args:
        start: the corpus's first day (`date_bounds`), or None when it has no dates (the
            pickers are then disabled).
        end: the corpus's last day.

    Returns:
        A `DateRangePicker` (an HBox: `.start_picker`, `.end_picker`; observe `.value`, read
        `.active`).
    """
    return DateRangePicker(start, end)


def layer_filter() -> widgets.ToggleButtons:
    """Buttons all / cooccurrence / typed (CSS class `analysis-layer-filter`).

    Returns:
        The `ToggleButtons`; its value is a `build_network` layer.
    """
    buttons = widgets.ToggleButtons(options=list(LAYER_CHOICES), value="all",
                                    description="Layer")
    buttons.add_class(LAYER_FILTER_CLASS)
    return buttons


def label_filter() -> widgets.ToggleButtons:
    """Buttons all / person / org / place (CSS class `analysis-label-filter`).

    Returns:
        The `ToggleButtons`; its value is an actor type or "all".
    """
    buttons = widgets.ToggleButtons(options=list(LABEL_CHOICES), value="all",
                                    description="Type")
    buttons.add_class(LABEL_FILTER_CLASS)
    return buttons


# ---------------------------------------------------------------------------------------------
# Explorers
# ---------------------------------------------------------------------------------------------

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


class _Explorer:
    """Widgets + a figure Output + a table Output, redrawn by `refresh()`."""

    def __init__(self, extraction: Extraction) -> None:
        self.extraction = extraction
        self.figure_output = _output(FIGURE_CLASS)
        self.table_output = _output(TABLE_CLASS)
        self.figure: Figure | None = None
        self.table = pd.DataFrame()

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

    def __init__(self, extraction: Extraction, *, top: int = 15,
                 n_default: int = DEFAULT_ACTOR_COUNT) -> None:
        super().__init__(extraction)
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
        return [widgets.HBox([self.picker, widgets.VBox([self.dates, self.labels])])]

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

    def __init__(self, extraction: Extraction, *, seed: int = 7,
                 n_default: int = DEFAULT_ACTOR_COUNT) -> None:
        super().__init__(extraction)
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
        self.evidence = empty_table(["article_id", "sentence_id", "layer", "kind", "date",
                                     "evidence"])
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
        return [widgets.HBox([self.picker, widgets.VBox([self.dates, self.layer])])]

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
                                      layer=self.layer.value, start=start, end=end)
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

    def __init__(self, extraction: Extraction, *,
                 n_default: int = DEFAULT_ACTOR_COUNT) -> None:
        super().__init__(extraction)
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
        return [widgets.HBox([self.picker, self.dates])]

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
