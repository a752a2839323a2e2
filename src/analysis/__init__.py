"""Political actors in news: who is mentioned, who meets whom, and when.

    >>> import analysis
    >>> corpus = analysis.load_corpus("seeds")                     # doctest: +SKIP
    >>> extraction = analysis.extract(corpus)                      # doctest: +SKIP
    >>> analysis.entity_frequency(extraction.mentions, top=10)     # doctest: +SKIP
    >>> analysis.meeting_timeline(extraction.meetings)             # doctest: +SKIP
"""

from analysis.corpus import Corpus, CorpusError, load_corpus
from analysis.frequency import entity_frequency
from analysis.network import build_network
from analysis.pipeline import extract
from analysis.tables import Extraction
from analysis.timeline import meeting_timeline

__all__ = [
    "Corpus", "CorpusError", "Extraction", "build_network", "entity_frequency", "extract",
    "load_corpus", "meeting_timeline",
]
