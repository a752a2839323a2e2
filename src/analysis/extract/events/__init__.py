"""Interactions between actors, and meetings deduplicated across sentences and articles.

Two layers of interactions come from each parsed article (the per-article map, `typed`):

- `cooccurrence`: every pair of actors named in one sentence, undirected;
- `typed`: an interaction a verb or noun asserts (meet, visit, host, phone, congratulate, …),
  read from the dependency parse, with a CAMEO code, a date, a place and a status (`setting`
  reads the place and date of the trigger's own clause). The trigger words are data:
  `data/triggers.yaml`, read by `lexicon`.

`meetings.build_meetings` is the corpus-level reduce: typed meet/visit/host/phone rows are merged
into meetings when their participants, kind, date and place are compatible.
"""

from analysis.extract.events.cooccurrence import sentence_cooccurrences
from analysis.extract.events.interaction import TypedInteraction
from analysis.extract.events.lexicon import Lexicon, Trigger, load_lexicon
from analysis.extract.events.meetings import MeetingCandidate, build_meetings
from analysis.extract.events.triggers import trigger_of
from analysis.extract.events.typed import LEXICON, TypedInteractionFinder

MEETING_KINDS = LEXICON.meeting_kinds

__all__ = [
    "LEXICON", "MEETING_KINDS", "Lexicon", "MeetingCandidate", "Trigger", "TypedInteraction",
    "TypedInteractionFinder", "build_meetings", "load_lexicon", "sentence_cooccurrences",
    "trigger_of",
]
