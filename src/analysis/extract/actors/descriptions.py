"""Descriptions by nationality: "the Saudi minister", "the visiting Soviet diplomat" stand for
the last person of that country the article named before them (a person of the registry, or one
whose role the article states: "Saudi Foreign Minister Faisal bin Farhan")."""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import replace
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from analysis.extract.actors.mention import Mention
    from analysis.extract.actors.registry import Registry

# The nouns that end a description of a person by nationality.
PERSON_NOUNS = ("minister", "diplomat", "official", "envoy", "leader", "statesman", "politician",
                "visitor", "guest", "premier", "strongman", "ruler", "negotiator")
# Words that may stand between "the" and the nationality ("the visiting Georgian official").
MODIFIERS = r"(?:visiting|top|senior|veteran|former|new|young|\d+-year-old)"


def description_pattern(countries: str) -> re.Pattern[str]:
    """The regex of descriptions by nationality.

    Args:
        countries: a regex alternation of the registry's country names and demonyms.

    Returns:
        The compiled pattern; its group `country` is the nationality.
    """
    return re.compile(rf"\bthe\s+(?:{MODIFIERS}\s+)?(?P<country>{countries})\s+"
                      rf"(?:{'|'.join(PERSON_NOUNS)})\b", re.IGNORECASE)


def description_mentions(pattern: re.Pattern[str], text: str, sentence_chars: list[int],
                         mentions: list[Mention], registry: Registry) -> list[Mention]:
    """Mentions of the descriptions by nationality no other mention holds, each of the last
    person of its country named before it.

    Args:
        pattern: from `description_pattern`.
        text: the article's text.
        sentence_chars: where each sentence starts.
        mentions: the article's mentions, with their countries.
        registry: for the demonyms' countries.

    Returns:
        New `role` mentions, copies of the people they stand for, in text order.
    """
    taken = [(m.start_char, m.end_char) for m in mentions]
    people = sorted((m for m in mentions if m.type == "person" and m.country),
                    key=lambda m: m.start_char)
    found = []
    for match in pattern.finditer(text):
        start, end = match.span()
        country = registry.demonym_to_country.get(match["country"].lower(), "")
        before = [m for m in people if m.end_char <= start and m.country == country]
        if before and not any(s < end and start < e for s, e in taken):
            found.append(replace(before[-1], sentence_id=bisect_right(sentence_chars, start) - 1,
                                 start_char=start, end_char=end, text=text[start:end],
                                 method="role", acts=False, title=""))
    return found
