"""One mention of an actor in an article, as the per-article map finds it."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from analysis.extract.actors.lexicon import LINEAGE_WORDS
from analysis.extract.calendar import WEEKDAYS

# A capitalised word right after a name word: it is part of a longer name ("Bush
# Administration", "the Labour Party"); not a weekday ("talks with Prem Wednesday morning").
CAPITALISED_AFTER = re.compile(
    rf"\s+(?!(?:{'|'.join(day.title() for day in WEEKDAYS)})\b)[A-Z]")


@dataclass(slots=True)
class Mention:
    """One mention in an article before the corpus-level merge.

    `actor_id` is set when the registry resolved it; otherwise `name` is the cleaned surface
    name that `resolve_names` will merge across the corpus. `country` (ISO-3) is the registry's,
    or for a person the country of a role the article gives ("Israeli Prime Minister X");
    `title` is the role the article states beside this very mention, if any. `acts` is True for
    the subject of a verb only a person is: one of speech or of a journey ("Cardoso said",
    "Sánchez traveled"; `labels.acts_as_person`).
    """

    sentence_id: int
    start_char: int
    end_char: int
    text: str
    label: str
    method: str
    actor_id: str = ""
    name: str = ""
    type: str = ""
    score: float = 100.0
    acts: bool = False
    country: str = ""
    title: str = ""


def covered_characters(mentions: Iterable[Mention]) -> set[int]:
    """The positions in the text the mentions cover.

    Args:
        mentions: mentions of one article.

    Returns:
        Their character positions.
    """
    return {char for m in mentions for char in range(m.start_char, m.end_char)}


def occurrences_alone(word: str, text: str, taken: set[int]) -> list[tuple[int, int]]:
    """Where a name word stands on its own in a text: as a whole word, outside the characters
    of the mentions found (`taken`), and not before another capitalised word ("Bush" of "Bush
    Administration").

    Args:
        word: the word.
        text: the article's text.
        taken: the characters its mentions cover.

    Returns:
        The (start, end) character spans.
    """
    found, start = [], text.find(word)
    while start >= 0:
        end = start + len(word)
        if not (start and _in_word(text[start - 1], "'’-")) \
                and not (end < len(text) and _in_word(text[end], "-")) \
                and taken.isdisjoint(range(start, end)) and not CAPITALISED_AFTER.match(text, end):
            found.append((start, end))
        start = text.find(word, start + 1)
    return found


def _in_word(char: str, joiners: str) -> bool:
    """Whether a character continues a word: a letter, digit, underscore or one of `joiners`."""
    return char.isalnum() or char == "_" or char in joiners


def person_lineage_follows(mentions: Iterable[Mention], start: int, name: str, text: str
                           ) -> Mention | None:
    """The person mention a name found at `start` carries on, as its family or lineage part
    ("Sultan Qaboos bin Said" + "Al Said"): one that ends right before it, a space apart.

    Args:
        mentions: mentions of one article.
        start: where the name starts in the text.
        name: the name.
        text: the article's text.

    Returns:
        The mention, or None.
    """
    if name.split("-")[0].split()[0].lower() not in LINEAGE_WORDS:
        return None
    return next((m for m in mentions if m.type == "person" and m.end_char < start
                 and text[m.end_char:start] == " "), None)
