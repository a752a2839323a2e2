"""What every explorer shares: the Output widgets, the filters, and the Export button.

`_Explorer` holds the extraction, an actor picker, a date-range picker and an outlet picker
(built by each explorer over its own table), a figure Output and a table Output, and exports
the current selection; `show` puts figures and tables into an Output widget in one update.

Part of `analysis.views.widgets`, which re-exports the public names.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from pathlib import Path

import ipywidgets as widgets
import pandas as pd
from IPython.core.formatters import format_display_data
from IPython.display import Image
from matplotlib.figure import Figure

from analysis.extract.actors.names import slug
from analysis.frames import text_column
from analysis.tables import Extraction, empty_table
from analysis.views.frequency import entity_frequency
from analysis.views.pickers import (
    ActorPicker,
    DateRangePicker,
    default_actor_selection,
    outlet_choices,
    outlet_picker,
)
from analysis.views.plots import figure_png, save_figure

TABLE_CLASS = "analysis-table"
FIGURE_CLASS = "analysis-figure"
EVIDENCE_CLASS = "analysis-evidence"
EXPORT_CLASS = "analysis-export"
# An export's file name lists the selected actors (and outlets) up to this many, else counts them.
NAMED_IN_EXPORT = 3


def output_widget(css_class: str) -> widgets.Output:
    """An empty Output widget with a CSS class (for browser tests to find it)."""
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


def _named(kind: str, names: list[str]) -> str:
    if len(names) <= NAMED_IN_EXPORT:
        return "-".join(slug(name) for name in names)
    return f"{len(names)}-{kind}"


def selection_name(kind: str, actors: Iterable[str], start: object, end: object,
                   outlets: Iterable[str] = ()) -> str:
    """A file name for an explorer's selection: `frequency_vladimir-putin_2020-09-01_2020-09-10`.

    Args:
        kind: the explorer (`frequency`, `network`, `timeline`, `context`).
        actors: the selected actors (none: `all`; more than `NAMED_IN_EXPORT`: their count).
        start: the first day of the date filter, or None.
        end: the last day, or None.
        outlets: the selected outlets (none: no part in the name).

    Returns:
        The name, letters, digits and `-`/`_` only.
    """
    actors, outlets = list(actors), list(outlets)
    who = _named("actors", actors) if actors else "all"
    where = _named("outlets", outlets) if outlets else ""
    when = "_".join(str(day)[:10] for day in (start, end) if day is not None)
    return "_".join(part for part in (kind, who, where, when) if part)


def picker_choices(
    extraction: Extraction, among: set[str] | None, n_default: int
) -> tuple[list[str], list[str]]:
    """The actors a picker lists (most mentioned first, then the never-mentioned ones by
    name) and the ones it starts with (`default_actor_selection`), restricted to `among`.

    Args:
        extraction: the extraction (its mentions rank the actors).
        among: the names the view can show (None: every mentioned actor).
        n_default: how many to select at first.

    Returns:
        `(names, default)`.
    """
    frequency = entity_frequency(extraction.mentions)
    if among is not None:
        frequency = frequency[text_column(frequency["actor"]).isin(among)]
    names = list(dict.fromkeys(name for name in text_column(frequency["actor"]) if name))
    if among is not None:
        names += sorted(among - set(names) - {""})
    default = default_actor_selection(frequency, n_default) if len(frequency) else []
    return names, default


class Explorer:
    """Filters + a figure Output + a table Output, redrawn by `refresh()`, and a button that
    exports the current table and figure to `export_dir`.

    A subclass sets `picker` (an `ActorPicker`) and `dates` (a `DateRangePicker`), calls
    `_add_outlets` with the outlet column of its table and `_watch` with its filters, and
    defines `controls` and `refresh`.
    """

    kind = "explorer"
    picker: ActorPicker
    dates: DateRangePicker

    def __init__(self, extraction: Extraction, export_dir: str | Path = "exports") -> None:
        self.extraction = extraction
        self.figure_output = output_widget(FIGURE_CLASS)
        self.table_output = output_widget(TABLE_CLASS)
        self.figure: Figure | None = None
        self.table = pd.DataFrame()
        self.export_dir = Path(export_dir)
        self.export_button = widgets.Button(description="Export", icon="download",
                                            tooltip="write the table (CSV) and the figure "
                                                    "(PNG, SVG) of this selection")
        self.export_button.add_class(EXPORT_CLASS)
        self.export_button.on_click(lambda _button: self.export())
        self.export_note = widgets.HTML()

    def _add_outlets(self, outlets: pd.Series) -> None:
        """The outlet picker, listing the outlets of `outlets` (most rows first)."""
        self.outlets = outlet_picker(outlet_choices(outlets))

    def _watch(self, *filters: widgets.Widget) -> None:
        """Redraw when any of these widgets changes value."""
        for widget in filters:
            widget.observe(lambda _change: self.refresh(), names="value")

    def filters(self) -> dict[str, object]:
        """The widgets' current values as the views' keyword arguments.

        Returns:
            `actors`, `start`, `end` and `outlets` (None where the widget sets no filter).
        """
        start, end = self.dates.active
        return {"actors": list(self.picker.value) or None, "start": start, "end": end,
                "outlets": list(self.outlets.value) or None}

    @property
    def export_row(self) -> widgets.HBox:
        """The export button and the note of what it last wrote."""
        return widgets.HBox([self.export_button, self.export_note])

    def selection(self) -> str:
        """The current selection as a file name (`selection_name`)."""
        start, end = self.dates.active
        return selection_name(self.kind, self.picker.value, start, end, self.outlets.value)

    def export(self) -> list[Path]:
        """Write the current table and figure, named after the selection (`selection`).

        Returns:
            The paths written (PNG, CSV, SVG; the CSV alone without a figure), in `export_dir`.
        """
        stem = self.export_dir / self.selection()
        if self.figure is None:
            stem.parent.mkdir(parents=True, exist_ok=True)
            written = [stem.with_name(f"{stem.name}.csv")]
            self.table.to_csv(written[0], index=False, lineterminator="\n")
        else:
            written = save_figure(self.figure, self.table, stem, svg=True)
        self.export_note.value = f"wrote {', '.join(p.name for p in written)} to {self.export_dir}"
        return written

    @property
    def controls(self) -> list[widgets.Widget]:
        """The widgets above the figure."""
        raise NotImplementedError

    @property
    def below(self) -> list[widgets.Widget]:
        """The widgets under the table (a picker of its rows and their sentences)."""
        return []

    @property
    def view(self) -> widgets.VBox:
        """The whole explorer, to display in a notebook."""
        if not hasattr(self, "_view"):
            self._view = widgets.VBox([*self.controls, self.figure_output, self.table_output,
                                       *self.below])
            self._view.add_class("analysis-explorer")
        return self._view

    def _repr_mimebundle_(self, **kwargs: object) -> dict | None:
        return self.view._repr_mimebundle_(**kwargs)

    def refresh(self) -> None:
        """Recompute the table and redraw the figure from the widgets' current values."""
        raise NotImplementedError


class SourcesPicker:
    """A list of the rows an explorer shows (bars, edges, meetings) and, under it, the
    sentences behind the chosen row.

    Attributes:
        picker: the Dropdown (or Select) of rows; its value is the chosen row's key or None.
        output: the Output showing `evidence`.
        evidence: the current sentences (empty when no row is chosen).
    """

    def __init__(self, *, description: str, prompt: str, css_class: str,
                 columns: list[str], sentences: Callable[[object], pd.DataFrame],
                 rows: int | None = None) -> None:
        """
        Args:
            description: the picker's label ("Edge").
            prompt: the first option, which chooses nothing ("Choose an edge").
            css_class: the picker's CSS class.
            columns: the columns of an empty `evidence`.
            sentences: the evidence table of a row's key.
            rows: show a Select of this many rows; None: a Dropdown.
        """
        self.prompt, self.columns, self.sentences = prompt, columns, sentences
        layout = widgets.Layout(width="max-content")
        # index 0, not value None: a Dropdown shows a None value as a blank box.
        self.picker = widgets.Dropdown(options=[(prompt, None)], index=0, layout=layout,
                                       description=description) if rows is None else \
            widgets.Select(options=[(prompt, None)], index=0, rows=rows, layout=layout,
                           description=description)
        self.picker.add_class(css_class)
        self.output = output_widget(EVIDENCE_CLASS)
        self.evidence = empty_table(columns)
        self._updating = False
        self.picker.observe(self._on_pick, names="value")

    @property
    def widgets(self) -> list[widgets.Widget]:
        """The picker and the sentences under it."""
        return [self.picker, self.output]

    def set_options(self, options: list[tuple[str, object]]) -> None:
        """List these rows, keep the chosen one when it is still among them, and show its
        sentences again (the filters may have changed them).

        Args:
            options: `(label, key)` pairs.
        """
        chosen = self.picker.value
        options = [(self.prompt, None), *options]
        self._updating = True  # new options reset the value for a moment
        try:
            self.picker.options = options
            self.picker.index = next(
                (i for i, (_, key) in enumerate(options) if key == chosen), 0)
        finally:
            self._updating = False
        self.show_sentences()

    def _on_pick(self, _change: dict) -> None:
        if not self._updating:
            self.show_sentences()

    def show_sentences(self) -> None:
        """Show the sentences of the chosen row (nothing when none is chosen)."""
        key = self.picker.value
        self.evidence = empty_table(self.columns) if key is None else self.sentences(key)
        show(self.output, *([] if key is None else [self.evidence]))
