"""Short forms of organisations in one article: an acronym ("NRC") or the head word of a name
("the Commonwealth", "the Union") takes the one full name of the article it stands for
("National Reconciliation Commission", "Commonwealth of Independent States", "European
Union")."""

from __future__ import annotations

import re
from dataclasses import replace
from itertools import pairwise
from typing import TYPE_CHECKING

from analysis.extract.actors.names import initials

if TYPE_CHECKING:
    from analysis.extract.actors.mention import Mention

# An acronym: two to six capitals ("NRC", "PANA").
ACRONYM = re.compile(r"[A-Z]{2,6}")
# The actor types an acronym may stand for besides a person ("NAM": Non Aligned Movement).
ORG_KINDS = ("org", "group")
# A word of a name an acronym spells ("Tehreek-e-Insaf", "for"), and how far before the acronym
# the name is looked for.
NAME_WORD = re.compile(r"[\w’'.]+(?:-[\w’']+)*")
DEFINITION_REACH = 80
# A person's name spells an acronym from this many words ("AMLO", "JFK"): initials of two words
# ("AM") are too short to tell.
PERSON_ACRONYM_WORDS = 3


def resolve_acronyms(mentions: list[Mention], text: str) -> None:
    """An unresolved acronym ("NRC", "PANA", "AMLO") takes the one organisation, group or person
    of the article whose initials it spells ("National Reconciliation Commission", "PanAfrican
    News Agency", "Andrés Manuel López Obrador"), as `coref`, in place; an acronym defined in
    brackets after words NER did not take as one name adds that organisation first
    (`_add_defined_names`).

    Args:
        mentions: an article's mentions.
        text: the article's text.
    """
    _add_defined_names(mentions, text)
    by_initials: dict[str, set[tuple[str, str, str]]] = {}
    for mention in mentions:
        words = len(mention.name.split())
        if mention.type in ORG_KINDS and words >= 2 \
                or mention.type == "person" and words >= PERSON_ACRONYM_WORDS:
            by_initials.setdefault(initials(mention.name), set()).add(
                (mention.actor_id, mention.name, mention.type))
    for mention in mentions:
        if mention.method == "ner" and mention.type != "place" \
                and ACRONYM.fullmatch(mention.name):
            found = by_initials.get(mention.name, set())
            if len(found) == 1:
                (mention.actor_id, mention.name, mention.type), = found
                mention.method = "coref"


def _add_defined_names(mentions: list[Mention], text: str) -> None:
    """The organisation an acronym in brackets defines, when the words right before it spell it
    and no mention covers them ("Pakistan Tehreek-e-Insaf (PTI)": NER took only "Pakistan"),
    added in place of the mentions inside it."""
    for acronym in [m for m in mentions if m.method == "ner" and ACRONYM.fullmatch(m.name)
                    and text[m.start_char - 1:m.start_char] == "("]:
        if (found := _spelled_before(acronym, text)) is None:
            continue
        start, end = found
        inside = [m for m in mentions if start <= m.start_char and m.end_char <= end]
        if any(m.start_char < end and start < m.end_char and m not in inside for m in mentions) \
                or any(m.type != "place" for m in inside):
            continue  # NER's name, a person's, or one running past it
        for mention in inside:
            mentions.remove(mention)
        mentions.append(replace(acronym, start_char=start, end_char=end, text=text[start:end],
                                label="ORG", name=text[start:end], type="org"))
    mentions.sort(key=lambda m: m.start_char)


def _spelled_before(acronym: Mention, text: str) -> tuple[int, int] | None:
    """Where the fewest words right before an acronym's opening bracket that spell it stand,
    the first capitalised; None when no such words do."""
    bracket = acronym.start_char - 1
    words = list(NAME_WORD.finditer(text, max(0, bracket - DEFINITION_REACH), bracket))
    if not words or text[words[-1].end():bracket].strip():
        return None
    for first in reversed(words):
        if first.group()[0].isupper() \
                and initials(text[first.start():words[-1].end()]) == acronym.name:
            return first.start(), words[-1].end()
    return None


def resolve_org_heads(mentions: list[Mention]) -> None:
    """An unresolved organisation named by one word takes the one organisation of the article
    whose name it heads: its last word, or its word before "of" ("the Union" after "European
    Union", "the Commonwealth" after "Commonwealth of Independent States"), as `coref`, in
    place; so that "the Commonwealth" of one article is not that of another.

    Args:
        mentions: an article's mentions.
    """
    by_head: dict[str, set[tuple[str, str]]] = {}
    for mention in mentions:
        words = mention.name.split()
        if mention.type == "org" and len(words) >= 2:
            heads = {words[-1], *(w for w, after in pairwise(words) if after == "of")}
            for head in heads:
                by_head.setdefault(head, set()).add((mention.actor_id, mention.name))
    for mention in mentions:
        found = by_head.get(mention.name, set())
        if mention.method == "ner" and mention.type == "org" and len(found) == 1:
            (mention.actor_id, mention.name), = found
            mention.method = "coref"
