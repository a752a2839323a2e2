"""Interactive views for the notebooks: ipywidgets over the same functions as the figures.

Three layers, each usable on its own:

- pure functions (`default_actor_selection`, `filter_actor_options`, `date_bounds`,
  `active_date_filter`, `edge_options`, `meeting_options`): the logic, tested without widgets;
- widget builders (`actor_picker`, `date_range_picker`, `layer_filter`, `label_filter`);
- explorers (`FrequencyExplorer`, `NetworkExplorer`, `TimelineExplorer`) that wire the widgets
  to `entity_frequency` / `build_network` / `meeting_timeline` and to the plot functions. Each
  keeps the table it last computed in `.table` and redraws when a widget value changes.

The first two live in `analysis.views.pickers`, the explorers in `analysis.views.explorers`;
this module imports their public names, so `analysis.widgets` reaches all of them.

In a notebook::

    from analysis.views.widgets import NetworkExplorer
    explorer = NetworkExplorer(extraction)
    explorer.view          # or just `explorer` as the cell's last line

Every widget carries a stable CSS class (`analysis-actor-picker`, `analysis-date-range`,
`analysis-layer-filter`, `analysis-label-filter`, `analysis-table`, `analysis-figure`, ...) so
that a browser test can find it.
"""

from __future__ import annotations

from analysis.views.explorers import (
    EDGE_PICKER_CLASS,
    EVIDENCE_CLASS,
    EXPORT_CLASS,
    FIGURE_CLASS,
    MEETING_PICKER_CLASS,
    TABLE_CLASS,
    FrequencyExplorer,
    NetworkExplorer,
    TimelineExplorer,
    selection_name,
    show,
)
from analysis.views.pickers import (
    ACTOR_PICKER_CLASS,
    DATE_RANGE_CLASS,
    DEFAULT_ACTOR_COUNT,
    LABEL_CHOICES,
    LABEL_FILTER_CLASS,
    LAYER_CHOICES,
    LAYER_FILTER_CLASS,
    ActorPicker,
    DateRangePicker,
    active_date_filter,
    actor_picker,
    date_bounds,
    date_range_picker,
    default_actor_selection,
    edge_options,
    filter_actor_options,
    label_filter,
    layer_filter,
    meeting_options,
    picker_options,
)

__all__ = [
    "ACTOR_PICKER_CLASS", "DATE_RANGE_CLASS", "DEFAULT_ACTOR_COUNT", "EDGE_PICKER_CLASS",
    "EVIDENCE_CLASS", "EXPORT_CLASS", "FIGURE_CLASS", "LABEL_CHOICES", "LABEL_FILTER_CLASS", "LAYER_CHOICES",
    "LAYER_FILTER_CLASS", "MEETING_PICKER_CLASS", "TABLE_CLASS", "ActorPicker",
    "DateRangePicker", "FrequencyExplorer", "NetworkExplorer", "TimelineExplorer",
    "active_date_filter", "actor_picker", "date_bounds", "date_range_picker",
    "default_actor_selection", "edge_options", "filter_actor_options", "label_filter",
    "layer_filter", "meeting_options", "picker_options", "selection_name", "show",
]
