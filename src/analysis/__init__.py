"""Political actors in news: who is mentioned, who meets whom, and when.

    >>> import analysis
    >>> corpus = analysis.load_corpus("seeds")                     # doctest: +SKIP
    >>> extraction = analysis.extract(corpus)                      # doctest: +SKIP
    >>> corpus, extraction = analysis.open_corpus("seeds")         # doctest: +SKIP
    >>> analysis.entity_frequency(extraction.mentions, top=10)     # doctest: +SKIP
    >>> analysis.meeting_timeline(extraction.meetings)             # doctest: +SKIP

The stages live in two folders (see docs/architecture.md): `analysis.extract` (corpus, parse,
actors, dates, events, pipeline) and `analysis.views` (frequency, network, timeline, plots,
layout, widgets). `analysis.dates`, `analysis.plots` and `analysis.widgets` name the modules the
public contract uses; plots and widgets are imported on first use (they pull in matplotlib and
ipywidgets, which the extraction does not need). `open_corpus` is `load_corpus` and `extract` in
one call, read back from a snapshot of the whole result when the inputs have not changed (the
notebooks use it, so that only the first one loads and extracts).
"""

from importlib import import_module

from analysis.extract import dates
from analysis.extract.corpus import Corpus, CorpusError, load_corpus
from analysis.extract.pipeline import extract
from analysis.scoring import evaluate
from analysis.snapshot import open_corpus
from analysis.tables import Extraction
from analysis.views.frequency import entity_frequency
from analysis.views.network import build_network
from analysis.views.timeline import meeting_timeline

__all__ = [
    "Corpus", "CorpusError", "Extraction", "build_network", "dates", "entity_frequency",
    "evaluate", "extract", "load_corpus", "meeting_timeline", "open_corpus", "plots", "widgets",
]

_LAZY_VIEWS = {"plots": "analysis.views.plots", "widgets": "analysis.views.widgets"}


def __getattr__(name: str):
    if name in _LAZY_VIEWS:
        return import_module(_LAZY_VIEWS[name])
    raise AttributeError(f"module 'analysis' has no attribute {name!r}")
