"""Part of step 3 of the per-article map: one type per name in an article, where NER tagged the
same name a person in one place and a place or an organisation in another; no person where NER
read one only into a headline's capitals."""

from __future__ import annotations

import re
from collections import Counter
from typing import TYPE_CHECKING

from analysis.extract.actors.lexicon import (
    ORG_WORDS,
    PERSON_TITLE_OF_AFTER,
    PERSON_TITLE_OF_BEFORE,
    PERSON_TITLES,
    TYPE_LABELS,
)

if TYPE_CHECKING:
    from analysis.extract.actors.mention import Mention

# A headline's words: those of four letters or more ("and", "for" and "of" stay lower case), at
# least three of them, all capitalised, in a line that ends with no full stop.
HEADLINE_WORD = re.compile(r"[^\W\d_]{4,}")
HEADLINE_MIN_WORDS = 3
# What ends a sentence of the story, which no headline ends with.
SENTENCE_ENDS = (".", "!", "?", '"', "”", "'", "’")


def vote_types(mentions: list[Mention], text: str) -> None:
    """One type per name in an article: unresolved NER mentions of one name take the type most
    of them have; on a tie a name of two words or more is a person ("Prabowo Subianto" tagged a
    place once, a person once), and so is the surname of a person the article names in full
    ("Hipkins" beside "Chris Hipkins", "De Gaulle" beside "Charles de Gaulle") or after a
    person's title ("President Ford"); another one-word name is not ("Abeokuta"). Such a
    surname NER tagged a place the registry does not know is the person's ("Singh"), and so is
    such a place that speaks or travels ("Cardoso said", "Sánchez traveled": `Mention.acts`),
    and a one-word name NER tagged an organisation that the article writes right after a
    person's title ("Ford" beside "President Ford"), and a full name NER tagged a place or an
    organisation that a title "of" follows ("Say Chum, the President of the Senate"). The
    mentions are retyped in place.

    Args:
        mentions: an article's mentions.
        text: its text.
    """
    surnames = _surnames(mentions, text)
    _retype_people(mentions, surnames, _titled_names(mentions, text), text)
    votes: dict[str, Counter[str]] = {}
    for mention in mentions:
        if mention.method == "ner":
            votes.setdefault(mention.name, Counter())[mention.type] += 1
    for mention in mentions:
        counts = votes.get(mention.name) if mention.method == "ner" else None
        if counts and len(counts) > 1:
            person_like = " " in mention.name or mention.name in surnames
            kind = max(counts, key=lambda k: (counts[k], (k == "person") == person_like))
            mention.type, mention.label = kind, TYPE_LABELS[kind]


def _surnames(mentions: list[Mention], text: str) -> set[str]:
    """The names an article uses as people's surnames: the last word of a person's full name or
    of one after a title, a place's name of several words that ends a person's full name, its
    particle capitalised or not ("De Gaulle"), and a one-word name the registry does not know
    that speaks or travels ("Cardoso said", tagged GPE)."""
    surnames = {m.name.split()[-1] for m in mentions if m.type == "person" and (
        " " in m.name or PERSON_TITLES.search(text, max(0, m.start_char - 20), m.start_char))}
    surnames |= {m.name for m in mentions if m.type == "place" and " " in m.name and any(
        p.type == "person" and f" {p.name.lower()}".endswith(f" {m.name.lower()}")
        for p in mentions)}
    return surnames | {m.name for m in mentions
                       if m.method == "ner" and m.acts and " " not in m.name}


def _retype_people(mentions: list[Mention], surnames: set[str], titled: set[str],
                   text: str) -> None:
    """Make people of the surnames NER tagged a place ("Singh" beside "Manmohan Singh"), of the
    names after a person's title it tagged an organisation ("Ford" beside "President Ford")
    and of the full names it tagged either before ", the President of" or after "the Minister of
    Foreign Affairs, "."""
    for mention in mentions:
        if mention.method == "ner" and (
                mention.type == "place" and mention.name in surnames
                or mention.type == "org" and mention.name in titled
                or mention.type in ("place", "org") and _full_name(mention.name) and (
                    PERSON_TITLE_OF_AFTER.match(text, mention.end_char)
                    or PERSON_TITLE_OF_BEFORE.search(text, max(0, mention.start_char - 60),
                                                     mention.start_char))):
            mention.type, mention.label = "person", TYPE_LABELS["person"]


def _full_name(name: str) -> bool:
    """Whether a name reads as a person's full name: two capitalised words or more, none of an
    organisation ("Say Chum"; not "State for Trade", "Office Daniyar Sydykov")."""
    words = name.split()
    return len(words) > 1 and all(w[:1].isupper() and w.lower() not in ORG_WORDS for w in words)


def _titled_names(mentions: list[Mention], text: str) -> set[str]:
    """The one-word or full names the article writes right after a person's title ("President
    Ford", "Corporal Foday Sankoh"; not "with the president, House Speaker …")."""
    return {m.name for m in mentions
            if (m.name.istitle() and " " not in m.name or _full_name(m.name))
            and PERSON_TITLES.search(text, max(0, m.start_char - 20), m.start_char)
            and "," not in text[max(0, m.start_char - 3):m.start_char]}


def without_headline_strays(mentions: list[Mention], text: str) -> list[Mention]:
    """The mentions but NER's persons found only in headlines: in a line of capitalised words
    ("Bush and Musharraf Meet; Discuss Waziristan, Nuclear Energy"), NER takes runs of capitals
    for names; one of two words or more that shares none with a person named outside such lines
    is none (a surname alone, "Talks With Abe", is a name the story may give in full).

    Args:
        mentions: an article's mentions.
        text: its text.

    Returns:
        The mentions kept, in their order.
    """
    headlines = [line.span() for line in re.finditer(r"[^\n]+", text)
                 if _is_headline(line[0]) and _stands_apart(text, *line.span())]

    def in_headline(mention: Mention) -> bool:
        return any(start <= mention.start_char and mention.end_char <= end
                   for start, end in headlines)

    named_elsewhere = {word for m in mentions if m.type == "person" and not in_headline(m)
                       for word in m.text.split()}
    return [m for m in mentions if m.method != "ner" or m.type != "person" or len(m.text.split()) < 2
            or not in_headline(m) or not named_elsewhere.isdisjoint(m.text.split())]


def _stands_apart(text: str, start: int, end: int) -> bool:
    """Whether a line opens the text or stands apart from the lines around it by a blank line,
    as a headline does (not a line of a paragraph broken at a fixed width)."""
    return start == 0 or text[max(0, start - 2):start] == "\n\n" or end == len(text.rstrip()) \
        or text[end:end + 2] == "\n\n"


def _is_headline(line: str) -> bool:
    """Whether a line is a headline: no full stop at its end, all its longer words capitalised
    ("Alfonsin Sees Reagan, Outlines New Plan for Falklands Accord")."""
    words = HEADLINE_WORD.findall(line)
    return not line.rstrip().endswith(SENTENCE_ENDS) and len(words) >= HEADLINE_MIN_WORDS \
        and all(word[0].isupper() for word in words)
