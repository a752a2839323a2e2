"""Where a place token says where by its position in the parse: after a locative, as an
object, after a place noun, or beside another place; and where it says something else (the
topic of the talks, the bound of a span, a journey still to come)."""

from __future__ import annotations

import itertools
from collections.abc import Iterator

from spacy.tokens import Token

from analysis.extract.events.arguments import relative_support_verb, verb_of_noun
from analysis.extract.events.clauses import LEXICON, VISIT_NOUNS

# Prepositions whose object says where: "in Moscow", "at State House", "visit to Minsk".
LOCATIVE = ("in", "at", "to", "into")
# Prepositions of a span's bound: what hangs on them is another event ("since the war").
SPAN_BOUNDS = ("since", "until", "till")
# Nouns of a time or a journey whose "here" places their verb's event ("in his four hours here").
TIME_OR_JOURNEY_NOUNS = LEXICON.measure_nouns | LEXICON.journey_nouns


def places_by_syntax(t: Token, verbs: set[int], after_a_place: bool) -> bool:
    """Whether a place token says where by its position: after in/at/to/into, object of one
    of `verbs` but a verb of talking ("visit Belarus"; not "discussed Syria"), after "the
    resort of" (not inside a name: "the Republic of Congo"), beside a place already found or
    such an object ("the outskirts of the capital, Bogota"), or naming the day such an object
    is ("arrived in Uganda Sunday", as the parser reads it); a name on a place noun stands where
    the noun does ("in Dushanbe city").

    Args:
        t: a token of a place mention.
        verbs: the indexes of the trigger's clause verbs.
        after_a_place: whether a place of the clause was found before it.

    Returns:
        True when it says where.
    """
    if t.dep_ == "compound" and t.head.pos_ == "NOUN" \
            and t.head.lemma_.lower() in LEXICON.settlement_nouns \
            and not any(c.lower_ == "of" for c in t.head.children):  # "the West Bank town of"
        t = t.head
    return _object_of_where(t) or t.dep_ == "dobj" and t.head.i in verbs and not _of_topic(t.head) \
        or t.dep_ in ("appos", "npadvmod") and (after_a_place or _object_of_where(t.head)) \
        or t.dep_ == "compound" and t.head.ent_type_ == "DATE" and _object_of_where(t.head)


def _of_topic(verb: Token) -> bool:
    """Whether a verb's object is what is talked of ("will talk Ukraine", "discussed Syria")."""
    lemma = verb.lemma_.lower()
    return lemma in LEXICON.topic_verbs or lemma in LEXICON.counterpart_verbs


def _object_of_where(t: Token) -> bool:
    """Whether a token is the object of in/at/to/into, of "on" as an island's name ends ("on
    Midway Island"), or of "of" after a place noun ("the outskirts of Bogota"; not inside a
    name: "the Republic of Congo")."""
    prep = t.head if t.dep_ == "pobj" else None
    return prep is not None and (prep.lower_ in LOCATIVE
                                 or prep.lower_ == "on" and t.lower_ in LEXICON.island_nouns
                                 or prep.lower_ == "of" and prep.head.pos_ != "PROPN"
                                 and prep.head.lemma_.lower() in LEXICON.place_nouns)


def in_topic(place: Token, verbs: set[int]) -> bool:
    """Whether a place hangs, below the trigger's verbs, on a preposition of topic ("regarding
    the situation in Liberia", "briefed X on the situation in Rwanda") or after a noun of topic
    ("discussed the situation in Nepal"), of a span's bound ("the first meeting since the
    intervention in Afghanistan") or on a journey still to come ("in preparation for her trip to
    Moscow"): another event's place.

    Args:
        place: a token of a place mention.
        verbs: the indexes of the trigger's clause verbs.

    Returns:
        True when it is another event's place.
    """
    journey = False
    for above in below(place, verbs):
        if above.lower_ in LEXICON.matter_prepositions or above.lower_ in SPAN_BOUNDS \
                or above.lower_ == "on" and above.head.lemma_.lower() in LEXICON.message_verbs \
                or above.dep_ == "prep" and _after_topic_noun(above) \
                or journey and above.lower_ in LEXICON.preparation_words:
            return True
        journey = journey or _is_journey(above)
    return False


def _after_topic_noun(prep: Token) -> bool:
    """Whether a preposition hangs on a noun of topic or on a list that holds one ("trade and
    political situation in Nepal", as the parser reads it)."""
    return any(noun.lemma_.lower() in LEXICON.topic_nouns
               for noun in (prep.head, *prep.head.conjuncts))


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


def clause_head(token: Token) -> Token:
    """The head of a trigger's clause: the trigger, or for a noun the support verb of its
    relative clause or the verb it hangs on.

    Args:
        token: a trigger.

    Returns:
        The clause's head token.
    """
    if token.pos_ not in ("NOUN", "PROPN"):
        return token
    return relative_support_verb(token) \
        or (token.head if token.head.pos_ in ("VERB", "AUX") else token)


def says_here(token: Token) -> bool:
    """Whether the trigger's clause says it took place where the story was filed: an adverb of
    `dateline_adverbs` on the trigger's verb ("met Clinton here on Feb. 28"), or for a noun
    inside its phrase ("talks at Hyderabad House here", "talks on the sidelines of the summit
    here") or on the verb it hangs on or its subject attends ("arrived here for talks"), or on
    a time or a journey of that verb ("In his four hours here, Powell met X", "during his stay
    here") or the clause its subject stays in ("X, who arrived here Tuesday, met Y"); not on
    another noun of that verb ("made public their conversation at a news conference here").

    Args:
        token: a trigger.

    Returns:
        True when it says so.
    """
    head = clause_head(token)
    tokens = [*head.children, *_time_or_stay_words(head)]
    if token.pos_ in ("NOUN", "PROPN"):
        attended = verb_of_noun(token, has_sources=False)
        tokens += [*token.subtree, *(attended.children if attended is not None else [])]
    return any(t.dep_ == "advmod" and t.lower_ in LEXICON.dateline_adverbs for t in tokens)


def _time_or_stay_words(verb: Token) -> Iterator[Token]:
    """The words on the times and journeys of a verb's prepositions ("in his four hours here",
    "during his visit here") and on the stay clause of its subject ("X, who arrived here")."""
    for child in verb.children:
        objects = [child] if child.dep_ == "npadvmod" else \
            [c for c in child.children if c.dep_ == "pobj"] if child.dep_ == "prep" else []
        for noun in objects:
            if noun.lemma_.lower() in TIME_OR_JOURNEY_NOUNS:
                yield from noun.children
        if child.dep_ in ("nsubj", "nsubjpass"):
            for clause in child.children:
                if clause.dep_ == "relcl" and clause.lemma_.lower() in LEXICON.stay_verbs:
                    yield from clause.children
