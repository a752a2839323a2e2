"""Who holds a role the article states: the stated roles of its people, and the one of them a
role phrase ("the PM", "the Indonesian president") names."""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

from spacy.tokens import Doc

from analysis.extract.actors.lexicon import LEADER_TITLES

# Dependencies of the words a name or its title is built of: the name's head word is above them.
NAME_PARTS = ("compound", "flat", "punct", "appos")


@dataclass(frozen=True)
class StatedRole:
    """A role the article gives a person: `title` (a registry title, or `leader`) of `country`
    (ISO-3, "" when not said), stated beside the name that starts at `start_char`."""

    actor_id: str
    name: str
    title: str
    country: str
    start_char: int
    stated: bool = True  # False for an office the registry gives on the publication date
    former: bool = False  # "former Malaysian prime minister Mahathir": an office he held


@dataclass(frozen=True)
class Holder:
    """Who a role phrase names: the registry id (or "") and the name."""

    actor_id: str
    name: str


def sentence_bounds(doc: Doc, match: re.Match[str]) -> tuple[int, int]:
    """Where the sentence before a role phrase's starts and where the phrase's own ends.

    Args:
        doc: the parsed article.
        match: the role phrase.

    Returns:
        The two character offsets.
    """
    span = doc.char_span(match.start(), match.end(), alignment_mode="expand")
    if span is None:  # a phrase crossing tokens oddly: its own bounds
        return match.start(), match.end()
    return doc[max(span.sent.start - 1, 0)].sent.start_char, span.sent.end_char


def stated_holder(role: str, country: str, stated: list[StatedRole], start: int,
                  bounds: tuple[int, int], doc: Doc | None = None) -> Holder | None:
    """The person the article gives a role.

    The office (for `leader`, any head of state or government) of `country` (any when ""): the
    one holder named in the phrase's sentence before it or the sentence before ("President
    Carter ... phoned the President"); of several there, the one that is a clause's subject
    ("Prime Minister Oyun-Erdene held a meeting with Prime Minister Suga. Moreover, the PM
    attended …": Oyun-Erdene); else the one named most, on a tie the last named before
    `start`. Without a country, a holder named later in the phrase's sentence is someone else:
    "The PM will meet Canadian prime minister Justin Trudeau".

    Args:
        role: the title a role phrase names.
        country: its ISO-3 country, or "".
        stated: the article's stated roles.
        start: where the phrase starts.
        bounds: where the sentence before the phrase's starts and where the phrase's ends.
        doc: the parsed article, to tell the subjects among several holders named near.

    Returns:
        The holder, or None when the article states none.
    """
    titles = LEADER_TITLES if role == "leader" else {role}
    holders = [s for s in stated if s.title in titles and (
        s.country == country if country else not start < s.start_char < bounds[1])]
    near = {(s.actor_id, s.name) for s in holders if bounds[0] <= s.start_char < start}
    if len(near) > 1 and doc is not None:
        near = {(s.actor_id, s.name) for s in holders
                if bounds[0] <= s.start_char < start and _is_subject(doc, s.start_char)} or near
    if len(near) == 1:
        return Holder(*near.pop())
    if not holders:
        return None
    counts = Counter((s.actor_id, s.name) for s in holders)
    last_before = {(s.actor_id, s.name): s.start_char < start for s in holders}
    return Holder(*max(counts, key=lambda key: (counts[key], last_before[key])))


def _is_subject(doc: Doc, char: int) -> bool:
    """Whether the name that starts at `char` heads the subject of its sentence's main clause
    (or of a clause joined to it), not of a clause below ("reports that X has accused …")."""
    span = doc.char_span(char, char + 1, alignment_mode="expand")
    if span is None:
        return False
    token = span.root
    while token.dep_ in NAME_PARTS and token.head.i != token.i:
        token = token.head
    verb = token.head
    while verb.dep_ == "conj":
        verb = verb.head
    return token.dep_ in ("nsubj", "nsubjpass") and verb.dep_ == "ROOT"
