"""Role phrases of several countries at once: "the presidents of Peru and Ecuador", "the
Azerbaijani and Armenian presidents", "the leaders of France, Germany and Spain", "his Kazakh and
Uzbek counterparts". Each country of the list names its office holder: the person the article
gives that office, else the registry's on the publication date. The holder's mention is the
country's word in the list, so that the events find the people of the phrase where the parser
hangs its countries.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from datetime import date

from analysis.extract.actors.holders import Holder, StatedRole, stated_holder
from analysis.extract.actors.lexicon import (
    LEADER_TITLES,
    LEXICON,
    RELATIONAL_TITLES,
    ROLE_WORDS,
    STATED_ONLY_TITLES,
)
from analysis.extract.actors.mention import Mention
from analysis.extract.actors.patterns import trie_alternation
from analysis.extract.actors.registry import Registry

# How far before its role word the countries of "the A, B and C presidents" may start.
LIST_REACH = 160
# A list of more countries names a summit's members ("the leaders of Bangladesh, Bhutan, India,
# Maldives, Nepal, Pakistan and Sri Lanka"), whose plenary is no meeting: their holders are
# left to the names the article gives.
MAX_COUNTRIES = 3


def plural_role_words() -> dict[str, str]:
    """The plural of each role word that names an office ("presidents", "heads of state",
    "general secretaries"), with its title, and "counterparts"; not the other relational ones
    ("hosts"), nor "ministers" or "secretaries", which name no one office."""
    return {_plural(word): title for word, title in ROLE_WORDS.items()
            if title not in (*RELATIONAL_TITLES, *STATED_ONLY_TITLES) and not word.endswith("s")} \
        | dict.fromkeys(LEXICON.leader_plurals, "leader") | {"counterparts": "counterpart"}


def _plural(word: str) -> str:
    """"president": "presidents"; "head of state": "heads of state"; "secretary": "secretaries"."""
    head, of, rest = word.partition(" of ")
    head = re.sub(r"(?<=[^aeiou])y$", "ie", head) + "s"
    return f"{head}{of}{rest}"


class PluralRoleReader:
    """Finds the role phrases of several countries in a text and the holders they name."""

    def __init__(self, registry: Registry, countries: str) -> None:
        self.registry = registry
        self.plurals = plural_role_words()
        country = rf"(?:the\s+)?(?i:{countries})\b"
        # "of Peru, Chile and Ecuador"; "of Venezuela and of the United States"
        items = rf"(?P<items>{country}(?:\s*,\s*{country})*\s*,?\s+and\s+(?:of\s+)?{country})"
        self.role_word = re.compile(rf"\b(?i:{trie_alternation(self.plurals)})\b")
        self.of_list = re.compile(rf"\s+(?:of|from)\s+{items}")  # after the role word
        self.list_before = re.compile(rf"{items}\s+$")  # before it
        self.country = re.compile(rf"\b(?i:{countries})\b")

    def holders(self, text: str, stated: list[StatedRole], published: date | None,
                sentence_chars: list[int], named: frozenset[str] = frozenset()
                ) -> list[tuple[int, int, str, str, str]]:
        """The office holders the plural role phrases of a text name, one per country.

        Args:
            text: the article's text.
            stated: the roles it states (`RoleReader.stated_roles`).
            published: its publication date (the registry's holder on it; undated, the one
                person of `named` the registry has holding the office at any time).
            sentence_chars: the first character of each sentence (the person of "his …
                counterparts" is named in the phrase's sentence or the one before).
            named: registry ids of the people the article names.

        Returns:
            (start, end) of each country's word, the holder's registry id and name and the
            ISO-3 country; none of a list with a country whose holder is unknown.
        """
        found = []
        for word in self.role_word.finditer(text):
            sentence = bisect_right(sentence_chars, word.start()) - 1
            since = sentence_chars[max(sentence - 1, 0)] if sentence_chars else 0
            offices = self._offices(self.plurals[word.group(0).lower()], stated,
                                    (since, word.start()))
            lists = [self.of_list.match(text, word.end()),
                     self.list_before.search(text, max(0, word.start() - LIST_REACH),
                                             word.start())]
            for listed in filter(None, lists):
                found += self._holders_listed(text, listed, offices, stated, (published, named))
        return found

    @staticmethod
    def _offices(title: str, stated: list[StatedRole], span: tuple[int, int]) -> tuple[str, ...]:
        """The offices a plural role word names in each country: its own; for "counterparts",
        the office of the last person named in `span` with one, then (for a head of state or
        government) the country's leader, as for "his Kazakh counterpart"."""
        if title != "counterpart":
            return (title,)
        before = [s.title for s in stated if span[0] <= s.start_char < span[1]
                  and not s.former and s.title not in RELATIONAL_TITLES]
        if not before:
            return ()
        return tuple(dict.fromkeys((before[-1], "leader"))) if before[-1] in LEADER_TITLES \
            else (before[-1],)

    def _holders_listed(self, text: str, listed: re.Match[str], offices: tuple[str, ...],
                        stated: list[StatedRole], when: tuple[date | None, frozenset[str]]
                        ) -> list[tuple[int, int, str, str, str]]:
        """The holders of the first of `offices` each country a list names has, or none unless
        each country (written with a capital, "the United States" too) has one and the list
        names at most `MAX_COUNTRIES`."""
        items = list(self.country.finditer(text, listed.start("items"), listed.end("items")))
        found = []
        for item in items if len(items) <= MAX_COUNTRIES else []:
            country = self.registry.demonym_to_country.get(item.group(0).lower(), "")
            if not country or not item.group(0).removeprefix("the ")[0].isupper():
                return []
            holder = next(filter(None, (self._holder(office, country, item.start(), stated,
                                                     when) for office in offices)), None)
            if holder is None:
                return []
            found.append((item.start(), item.end(), holder.actor_id, holder.name, country))
        return found

    def _holder(self, title: str, country: str, start: int, stated: list[StatedRole],
                when: tuple[date | None, frozenset[str]]) -> Holder | None:
        """The holder of an office of a country: the person the article gives it, else the
        registry's on the publication date (`when`: it and the people the article names), or
        for an undated article the one of those people the registry has holding it."""
        holder = stated_holder(title, country, stated, start, (start, start))
        if holder is not None:
            return holder
        published, named = when
        actor = self.registry.holder(title, country, published) if published is not None \
            else self.registry.holder_among(title, country, named)
        return Holder(actor.actor_id, actor.name) if actor is not None else None


def with_plural_roles(reader: PluralRoleReader, mentions: list[Mention], text: str,
                      sentence_chars: list[int], stated: list[StatedRole],
                      published: date | None) -> list[Mention]:
    """The mentions with the holders plural role phrases name in place of their countries.

    Args:
        reader: the reader of plural role phrases.
        mentions: an article's mentions, role phrases resolved.
        text: its text.
        sentence_chars: the first character of each sentence.
        stated: the roles it states.
        published: its publication date, or None.

    Returns:
        The mentions, a country's mention inside a plural role phrase replaced by its holder's.
    """
    holders = [Mention(bisect_right(sentence_chars, start) - 1, start, end, text[start:end],
                       "PERSON", "role", actor_id=actor_id, name=name, type="person",
                       country=country)
               for start, end, actor_id, name, country in reader.holders(
                   text, stated, published, sentence_chars,
                   frozenset(m.actor_id for m in mentions if m.type == "person"))]
    spans = {(m.start_char, m.end_char) for m in holders}
    kept = [m for m in mentions if (m.start_char, m.end_char) not in spans]
    return sorted(kept + holders, key=lambda m: m.start_char)
