"""The co-occurrence layer: pairs of actors named in one sentence."""

from __future__ import annotations

import itertools

from analysis.extract.actors import Mention


def sentence_cooccurrences(mentions: list[Mention], resolved: dict[int, str]
                           ) -> list[tuple[int, str, str]]:
    """Pairs of distinct actors named in the same sentence.

    Args:
        mentions: the article's mentions.
        resolved: mention index -> canonical actor name (mentions left out are no actors).

    Returns:
        (sentence_id, actor_a, actor_b) with a < b, one per pair and sentence.
    """
    by_sentence: dict[int, set[str]] = {}
    for index, mention in enumerate(mentions):
        if index in resolved:
            by_sentence.setdefault(mention.sentence_id, set()).add(resolved[index])
    pairs = []
    for sentence_id, names in sorted(by_sentence.items()):
        pairs.extend((sentence_id, a, b) for a, b in itertools.combinations(sorted(names), 2))
    return pairs
