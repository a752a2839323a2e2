"""Short forms of organisations in one article: an acronym ("NRC") or the head word of a name
("the Commonwealth", "the Union") takes the one full name of the article it stands for
("National Reconciliation Commission", "Commonwealth of Independent States", "European
Union")."""

from __future__ import annotations

import re
from itertools import pairwise
from typing import TYPE_CHECKING

from analysis.extract.actors.names import initials

if TYPE_CHECKING:
    from analysis.extract.actors.mentions import Mention

# An acronym: two to six capitals ("NRC", "PANA").
ACRONYM = re.compile(r"[A-Z]{2,6}")
# A person's name spells an acronym from this many words ("AMLO", "JFK"): initials of two words
# ("AM") are too short to tell.
PERSON_ACRONYM_WORDS = 3


def resolve_acronyms(mentions: list[Mention]) -> None:
    """An unresolved acronym ("NRC", "PANA", "AMLO") takes the one organisation, group or person
    of the article whose initials it spells ("National Reconciliation Commission", "PanAfrican
    News Agency", "Andrés Manuel López Obrador"), as `coref`, in place.

    Args:
        mentions: an article's mentions.
    """
    by_initials: dict[str, set[tuple[str, str, str]]] = {}
    for mention in mentions:
        words = len(mention.name.split())
        if mention.type in ("org", "group") and words >= 2 \
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
