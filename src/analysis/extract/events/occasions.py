"""How often a trigger says its event happened: once, once per day it gives, or more often
than a meeting table can tell ("have spoken several times", "meet once a month")."""

from __future__ import annotations

from itertools import pairwise

from spacy.tokens import Token

from analysis.extract.dates import ResolvedDate
from analysis.extract.events.clauses import LEXICON
from analysis.extract.events.lexicon import Trigger


def is_several_occasions(token: Token, trigger: Trigger, days: list[ResolvedDate]) -> bool:
    """Whether a trigger given several days reports one event per day: a call ("spoke on
    August 19 and 20"), a plural noun of occasions ("meetings", "phone calls"), or days apart
    ("met on December 14, 2021 and April 6, 2022"); not "talks" or a meeting that lasted two
    days ("met on 19 and 20 August").

    Args:
        token: the trigger.
        trigger: its kind and codes.
        days: the days its clause gives, in calendar order.

    Returns:
        True for one event per day.
    """
    if trigger.kind in ("phone", "video"):
        return True
    apart = any(later.start is not None and earlier.end is not None
                and (later.start - earlier.end).days > 1 for earlier, later in pairwise(days))
    return apart or token.tag_ == "NNS" and token.lower_ not in LEXICON.one_event_plurals


def frequency(token: Token) -> str | None:
    """`vague` for "several times", "regularly", "once a month"; `count` for "twice", "three
    times"; else None ("met X once" is one occasion).

    Read on the trigger and, for a trigger noun after a support verb, on the verb too."""
    scope = [token]
    if token.pos_ in ("NOUN", "PROPN") and token.head.lemma_.lower() in LEXICON.support_verbs:
        scope.append(token.head)
    for word in scope:
        if any(_per_period(child) for child in word.rights):
            return "vague"
        for child in word.children:
            if child.lower_ in LEXICON.vague_frequency_words:
                return "vague"
            if child.lower_ == "once" and not any(child.children):
                continue  # "met Trudeau once": one occasion
            if child.lower_ in LEXICON.count_words:
                vague = any(g.lower_ in LEXICON.vague_frequency_words for g in child.children)
                return "vague" if vague else "count"
    return None


def _per_period(token: Token) -> bool:
    """Whether a word after a trigger is a period a habit recurs in: "(once) a month", "every
    year"; not a time between ("a week after Abdullah met Abbas", before the trigger)."""
    children = list(token.children)
    return token.dep_ == "npadvmod" and any(
        c.dep_ == "det" and c.lower_ in ("a", "an", "every", "each") for c in children) and all(
        c.dep_ == "det" or c.lower_ in LEXICON.count_words for c in children)


def is_one_occasion(token: Token, when: ResolvedDate | None) -> bool:
    """Whether the trigger reports one occasion: no count, or a number of times in a span of a
    day or a week ("spoke twice this week"), not "several times" or "five times this year"."""
    how_often = frequency(token)
    if how_often is None:
        return True
    return how_often == "count" and when is not None and when.precision in ("day", "week")
