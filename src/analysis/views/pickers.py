"""The widgets the explorers are built from, and the logic behind them.

Two layers, each usable on its own:

- pure functions (`default_actor_selection`, `filter_actor_options`, `picker_options`,
  `outlet_choices`, `date_bounds`, `active_date_filter`, `bar_options`, `edge_options`,
  `meeting_options`): the logic, tested without widgets;
- widget builders (`actor_picker`, `outlet_picker`, `date_range_picker`, `layer_filter`,
  `label_filter`), each with a stable CSS class so that a browser test can find it.

Part of `analysis.views.widgets`, which re-exports the public names.
"""

from __future__ import annotations

import datetime as dt
import unicodedata
from collections.abc import Iterable, Sequence

import ipywidgets as widgets
import networkx as nx
import pandas as pd
import traitlets

from analysis.frames import period_columns, text_column
from analysis.views.network import LAYERS, node_name
from analysis.views.timeline import split_joined

ACTOR_PICKER_CLASS = "analysis-actor-picker"
DATE_RANGE_CLASS = "analysis-date-range"
LAYER_FILTER_CLASS = "analysis-layer-filter"
LABEL_FILTER_CLASS = "analysis-label-filter"
OUTLET_PICKER_CLASS = "analysis-outlet-picker"

# The layers of `build_network`, in the order the buttons show them.
LAYER_CHOICES = LAYERS
LABEL_CHOICES = ("all", "person", "org", "place")
# Eight actors fit in the picker without scrolling and keep a network or timeline legible.
DEFAULT_ACTOR_COUNT = 8
# Rows the outlet list shows before it scrolls.
OUTLET_ROWS = 5


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
    """The options of the actor picker: the search results first, then whatever else is
    selected, so that a match is in sight and searching never drops a selection.

    Args:
        all_actors: every actor, in the order to show them.
        query: the search box's text.
        selected: the current selection.

    Returns:
        The matches in `all_actors` order, then the other selected names in that order.
    """
    matches = filter_actor_options(all_actors, query)
    found, chosen = set(matches), set(selected)
    return matches + [name for name in all_actors if name in chosen and name not in found]


def outlet_choices(outlets: pd.Series) -> list[str]:
    """The outlets an outlet picker lists: those of the most rows first (ties by name).

    Args:
        outlets: an `outlet` column (of the articles, mentions or interactions); rows without
            an outlet are not listed (an outlet filter leaves them out).

    Returns:
        Outlet names.
    """
    named = text_column(outlets)
    counts = named[named != ""].value_counts()
    return sorted(counts.index, key=lambda outlet: (-counts[outlet], outlet))


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
    """Choices for the edge picker: `("A – B (6: meet; phone)", (a, b))`, heaviest first: the
    names of the ends, and the nodes (actor ids) as the value.

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
        options.append((f"{node_name(graph, a)} – {node_name(graph, b)} ({detail})", (a, b)))
    return options


def bar_options(frequency_table: pd.DataFrame) -> list[tuple[str, str]]:
    """Choices for the bar picker: `("Vladimir Putin (42 mentions)", "putin")`, in the
    table's order.

    Args:
        frequency_table: a table from `entity_frequency`.

    Returns:
        `(label, key)` pairs; the key is the actor id, else the name.
    """
    return [(f"{row.actor} ({row.n_mentions:,} mentions)", row.actor_id or row.actor)
            for row in frequency_table.itertuples(index=False)]


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


def outlet_picker(outlets: Sequence[str]) -> widgets.SelectMultiple:
    """A multi-select of outlets (CSS class `analysis-outlet-picker`); none selected means
    every article, those without an outlet too.

    Args:
        outlets: the outlets to list (`outlet_choices`).

    Returns:
        The `SelectMultiple` (disabled when there is no outlet); its value is the outlets to
        keep, the `outlets=` argument of the views (empty: no filter).
    """
    picker = widgets.SelectMultiple(options=list(outlets), value=(), description="Outlets",
                                    rows=max(1, min(OUTLET_ROWS, len(outlets))),
                                    disabled=not outlets)
    picker.add_class(OUTLET_PICKER_CLASS)
    return picker


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
