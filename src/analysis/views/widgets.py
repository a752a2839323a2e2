"""Interactive views for the notebooks: ipywidgets over the same functions as the figures.

Three layers, each usable on its own:

- pure functions (`default_actor_selection`, `filter_actor_options`, `outlet_choices`,
  `date_bounds`, `active_date_filter`, `bar_options`, `edge_options`, `meeting_options`): the
  logic, tested without widgets;
- widget builders (`actor_picker`, `outlet_picker`, `date_range_picker`, `layer_filter`,
  `label_filter`);
- explorers (`FrequencyExplorer`, `NetworkExplorer`, `TimelineExplorer`) that wire the widgets
  to `entity_frequency` / `build_network` / `meeting_timeline` and to the plot functions, and
  `ContextExplorer`, a keyword-in-context search. Each keeps the table it last computed in
  `.table`, redraws when a widget value changes, and exports its selection.

The first two live in `analysis.views.pickers`, the explorers in `analysis.views.explorers`
(their shared base in `analysis.views.explorer_base`); this module imports their public names,
so `analysis.widgets` reaches all of them.

In a notebook::

    from analysis.views.widgets import NetworkExplorer
    explorer = NetworkExplorer(extraction)
    explorer.view          # or just `explorer` as the cell's last line

Every widget carries a stable CSS class (`analysis-actor-picker`, `analysis-date-range`,
`analysis-outlet-picker`, `analysis-layer-filter`, `analysis-label-filter`, `analysis-table`,
`analysis-figure`, ...) so
that a browser test can find it.
"""

from __future__ import annotations

from analysis.views.explorer_base import (
    EVIDENCE_CLASS,
    EXPORT_CLASS,
    FIGURE_CLASS,
    TABLE_CLASS,
    SourcesPicker,
    selection_name,
    show,
)
from analysis.views.explorers import (
    BAR_PICKER_CLASS,
    CONTEXT_QUERY_CLASS,
    EDGE_PICKER_CLASS,
    MAX_CONTEXT_LINES,
    MEETING_PICKER_CLASS,
    ContextExplorer,
    FrequencyExplorer,
    NetworkExplorer,
    TimelineExplorer,
)
from analysis.views.pickers import (
    ACTOR_PICKER_CLASS,
    DATE_RANGE_CLASS,
    DEFAULT_ACTOR_COUNT,
    LABEL_CHOICES,
    LABEL_FILTER_CLASS,
    LAYER_CHOICES,
    LAYER_FILTER_CLASS,
    OUTLET_PICKER_CLASS,
    ActorPicker,
    DateRangePicker,
    active_date_filter,
    actor_picker,
    bar_options,
    date_bounds,
    date_range_picker,
    default_actor_selection,
    edge_options,
    filter_actor_options,
    label_filter,
    layer_filter,
    meeting_options,
    outlet_choices,
    outlet_picker,
    picker_options,
)

__all__ = [
    "ACTOR_PICKER_CLASS", "BAR_PICKER_CLASS", "CONTEXT_QUERY_CLASS", "DATE_RANGE_CLASS",
    "DEFAULT_ACTOR_COUNT", "EDGE_PICKER_CLASS", "EVIDENCE_CLASS", "EXPORT_CLASS", "FIGURE_CLASS",
    "LABEL_CHOICES", "LABEL_FILTER_CLASS", "LAYER_CHOICES", "LAYER_FILTER_CLASS",
    "MAX_CONTEXT_LINES", "MEETING_PICKER_CLASS", "OUTLET_PICKER_CLASS", "TABLE_CLASS",
    "ActorPicker", "ContextExplorer", "DateRangePicker", "FrequencyExplorer", "NetworkExplorer",
    "SourcesPicker", "TimelineExplorer", "active_date_filter", "actor_picker", "bar_options",
    "date_bounds", "date_range_picker", "default_actor_selection", "edge_options",
    "filter_actor_options", "label_filter", "layer_filter", "meeting_options", "outlet_choices",
    "outlet_picker", "picker_options", "selection_name", "show",
]
