"""Given names NER left out: a person the article names in full may be called by the first
word of that name alone ("Abdurrahman" after "Abdurrahman Wahid", "Benazir", "Yingluck"), as
news about much of Asia and Africa does and NER often fails to tag."""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Container
from typing import TYPE_CHECKING

from analysis.extract.actors.lexicon import EAST_ASIAN_FAMILY_NAMES, TITLE_WORDS
from analysis.extract.actors.mention import covered_characters, occurrences_alone
from analysis.extract.actors.short_forms import named_again

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from analysis.extract.actors.mention import Mention

# Given names shorter than this are too often other words or initials ("Li", "Bo").
GIVEN_NAME_MIN_LENGTH = 4


def given_names_left_out(doc: Doc, text: str, mentions: list[Mention], sentence_chars: list[int],
                         demonyms: Container[str]) -> list[Mention]:
    """The given names of people the article names in full that no mention covers, as
    mentions of those people. Only a given name that opens one person's full name and no
    other person's name, and not a title, a demonym or an East Asian family name (a surname,
    `surnames_left_out`); not before another capitalised word ("Abdurrahman Wahid"), but after
    one ("South Korea Abdurrahman stopped over", "President Abdurrahman"); and only where the
    parse reads a proper noun NER did not take for a group or language ("Tamil rebels").

    Args:
        doc: the parsed article.
        text: its text (spaCy rebuilds `doc.text` on every access).
        mentions: the article's mentions, short forms resolved.
        sentence_chars: the first character of each sentence.
        demonyms: the registry's demonyms, lower case.

    Returns:
        New `coref` mentions, in text order.
    """
    taken = covered_characters(mentions)
    found = []
    for given, person in _given_names(mentions, demonyms).items():
        for start, end in occurrences_alone(given, text, taken):
            word = doc.char_span(start, end)
            if word is not None and word.root.pos_ == "PROPN" \
                    and word.root.ent_type_ not in ("NORP", "LANGUAGE"):
                found.append(named_again(person, bisect_right(sentence_chars, start) - 1, start,
                                         given))
    return sorted(found, key=lambda m: m.start_char)


def _given_names(mentions: list[Mention], demonyms: Container[str]) -> dict[str, Mention]:
    """Given name -> the one person named in full it opens."""
    people = [m for m in mentions if m.type == "person"]
    owners: dict[str, dict[str, Mention]] = {}
    for person in people:
        words = person.name.split()
        if len(words) > 1:
            owners.setdefault(words[0], {})[person.name] = person
    others = {word for m in people for word in m.name.split()[1:]}
    return {given: next(iter(full.values())) for given, full in owners.items()
            if len(full) == 1 and given not in others and len(given) >= GIVEN_NAME_MIN_LENGTH
            and given.isalpha() and given[0].isupper() and not given.isupper()
            and given.lower() not in TITLE_WORDS and given.lower() not in demonyms
            and given.lower() not in EAST_ASIAN_FAMILY_NAMES}
