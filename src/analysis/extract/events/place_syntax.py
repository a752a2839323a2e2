"""Where a place token says where by its position in the parse: after a locative, as an
object, after a place noun, or beside another place; and where it says something else (the
topic of the talks, the bound of a span, a journey still to come)."""

from __future__ import annotations

import itertools
from collections.abc import Iterator

from spacy.tokens import Token

from analysis.extract.events.clauses import LEXICON, VISIT_NOUNS

# Prepositions whose object says where: "in Moscow", "at State House", "visit to Minsk".
LOCATIVE = ("in", "at", "to", "into")
# Prepositions of a span's bound: what hangs on them is another event ("since the war").
SPAN_BOUNDS = ("since", "until", "till")


def places_by_syntax(t: Token, verbs: set[int], after_a_place: bool) -> bool:
    """Whether a place token says where by its position: after in/at/to/into, object of one
    of `verbs`, after "the resort of" (not inside a name: "the Republic of Congo"), or beside a
    place already found or a locative's object.

    Args:
        t: a token of a place mention.
        verbs: the indexes of the trigger's clause verbs.
        after_a_place: whether a place of the clause was found before it.

    Returns:
        True when it says where.
    """
    prep = t.head if t.dep_ == "pobj" else None
    return prep is not None and prep.lower_ in LOCATIVE \
        or t.dep_ == "dobj" and t.head.i in verbs \
        or prep is not None and prep.lower_ == "of" and prep.head.pos_ != "PROPN" \
        and prep.head.lemma_.lower() in LEXICON.place_nouns \
        or t.dep_ in ("appos", "npadvmod") and (
            after_a_place or t.head.dep_ == "pobj" and t.head.head.lower_ in LOCATIVE)


def in_topic(place: Token, verbs: set[int]) -> bool:
    """Whether a place hangs, below the trigger's verbs, on a preposition of topic ("regarding
    the situation in Liberia"), of a span's bound ("the first meeting since the intervention
    in Afghanistan") or on a journey still to come ("in preparation for her trip to Moscow"):
    another event's place.

    Args:
        place: a token of a place mention.
        verbs: the indexes of the trigger's clause verbs.

    Returns:
        True when it is another event's place.
    """
    journey = False
    for above in below(place, verbs):
        if above.lower_ in LEXICON.matter_prepositions or above.lower_ in SPAN_BOUNDS \
                or journey and above.lower_ in LEXICON.preparation_words:
            return True
        journey = journey or _is_journey(above)
    return False


def below(token: Token, verbs: set[int]) -> Iterator[Token]:
    """The tokens a token hangs on, up to the first of `verbs`.

    Args:
        token: a token.
        verbs: token indexes to stop at.

    Returns:
        Its ancestors, nearest first, before the first of `verbs`.
    """
    return itertools.takewhile(lambda above: above.i not in verbs, token.ancestors)


def _is_journey(token: Token) -> bool:
    """Whether a token is a noun of travel ("trip", "visit", "journey")."""
    lemma = token.lemma_.lower()
    return token.pos_ == "NOUN" and (lemma in LEXICON.travel_words or lemma in VISIT_NOUNS)
