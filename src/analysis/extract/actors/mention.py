"""One mention of an actor in an article, as the per-article map finds it."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from analysis.extract.actors.lexicon import LINEAGE_WORDS


@dataclass(slots=True)
class Mention:
    """One mention in an article before the corpus-level merge.

    `actor_id` is set when the registry resolved it; otherwise `name` is the cleaned surface
    name that `resolve_names` will merge across the corpus. `country` (ISO-3) is the registry's,
    or for a person the country of a role the article gives ("Israeli Prime Minister X");
    `title` is the role the article states beside this very mention, if any.
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
    speaks: bool = False
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
