"""The view side: pure functions over the extraction's tables (frequency, network, timeline),
matplotlib figures (plots, layout) and ipywidgets explorers (widgets) over those functions."""
