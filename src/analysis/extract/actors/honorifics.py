"""A surname after a woman's honorific ("Mrs. Carter", "Madame Kirchner") names a woman: never
a man of the article or the registry ("Jimmy Carter"), however often he is named; and a bare
surname the text names a wife's husband by names a man, not the one woman of the article with
that surname ("Clinton and his wife, Hillary ... Hillary Rodham Clinton"). Whether a first name is a
man's or a woman's comes from gender-guesser's list of first names; a name it does not know, or
gives to both, is nobody's ("Kim", "Benazir")."""

from __future__ import annotations

import re
from collections import defaultdict
from functools import cache
from typing import TYPE_CHECKING, Any

from unidecode import unidecode

from analysis.extract.actors.lexicon import LEXICON
from analysis.extract.actors.names import normalize_name

if TYPE_CHECKING:
    from analysis.extract.actors.mention import Mention
    from analysis.extract.actors.registry import Registry

HONORIFIC_REACH = 24  # characters before a surname its honorific (and a couple's) is in
# A bare surname that is a husband's: "Clinton and his wife", "Marcos, his wife", "Kaunda's wife".
HUSBAND = r"\b{}(?:\s*(?:,|and)\s+his|['’]s?)\s+(?:wife|spouse)\b"
WOMENS_HONORIFICS = frozenset(LEXICON.womens_honorifics)
# A surname after a man's honorific: "Mr Chun", "Herr Kohl".
MANS_SURNAME = re.compile(r"(?i:\b(?:" + "|".join(map(re.escape, LEXICON.mens_honorifics))
                          + r"))\.?\s+([A-Z][\w'’-]+)")


@cache
def _first_names() -> Any:
    """gender-guesser's detector (its list of first names), loaded once per process."""
    from gender_guesser.detector import Detector

    return Detector(case_sensitive=False)


def is_mans_name(name: str) -> bool:
    """Whether a full name's first name is a man's ("Jimmy Carter"; not "Kim Dae-jung").

    Args:
        name: a person's full name.

    Returns:
        True when the name has two words or more and the list gives its first one to men only.
    """
    return _first_name_sex(name) == "male"


def womans_surname(name: str) -> str | None:
    """The surname of a name a woman's honorific starts ("Meir" of "Mrs Meir"), or None.

    Args:
        name: a name as the corpus has it.

    Returns:
        The surname, or None for a name of another form.
    """
    words = name.split()
    return words[1] if len(words) == 2 and words[0].lower().rstrip(".") in WOMENS_HONORIFICS \
        else None


def is_womans_name(name: str) -> bool:
    """Whether a full name's first name is a woman's ("Hillary Rodham Clinton").

    Args:
        name: a person's full name.

    Returns:
        True when the name has two words or more and the list gives its first one to women only.
    """
    return _first_name_sex(name) == "female"


def is_first_name(word: str) -> bool:
    """Whether gender-guesser's list holds a word as a first name ("Alar"; not "Speaker").

    Args:
        word: a capitalised word.

    Returns:
        True for a first name of its list.
    """
    return _first_names().get_gender(unidecode(word)) != "unknown"


def _first_name_sex(name: str) -> str:
    """gender-guesser's word on a full name's first name ("male", "female", "andy", "unknown",
    "mostly_male" ...); "" for a name of one word."""
    words = unidecode(name).split()
    return _first_names().get_gender(words[0]) if len(words) >= 2 else ""


def resolve_sexed_surnames(mentions: list[Mention], text: str, registry: Registry) -> None:
    """`resolve_womens_surnames`, then `resolve_mens_surnames`; in place.

    Args:
        mentions: an article's mentions, short forms resolved.
        text: the article's text.
        registry: the registry, for the men and women it knows by surname.
    """
    resolve_womens_surnames(mentions, text, registry)
    resolve_mens_surnames(mentions, text, registry)


def resolve_mens_surnames(mentions: list[Mention], text: str, registry: Registry) -> None:
    """Bare surnames resolved to a woman of the article whose husband the text names by the same
    bare surname ("Clinton and his wife, Hillary", "Marcos' wife") name the one man of the
    registry with that surname, else nobody yet; in place. A surname after a woman's honorific
    ("Mrs Clinton") stays hers.

    Args:
        mentions: an article's mentions, short forms resolved.
        text: the article's text.
        registry: the registry, for the men it knows by surname.
    """
    bare = defaultdict(list)
    for mention in mentions:
        if mention.type == "person" and mention.text == mention.name.split()[-1] \
                and is_womans_name(mention.name) and not _womans_honorific(mention, text):
            bare[mention.text].append(mention)
    for surname, found in bare.items():
        if not re.search(HUSBAND.format(re.escape(surname)), text):
            continue
        men = [actor for actor in registry.surname_owners(surname) if is_mans_name(actor.name)]
        for mention in found:
            mention.actor_id, mention.name = (men[0].actor_id, men[0].name) if len(men) == 1 \
                else ("", surname)
            mention.method = "registry" if len(men) == 1 else "ner"


def resolve_womens_surnames(mentions: list[Mention], text: str, registry: Registry) -> None:
    """A surname after a woman's honorific, resolved to a man or to nobody yet, takes the one
    woman of the article with that surname ("Rosalynn Carter"); without one, when a man of the
    article or the registry bears it, it stays a name of its own, honorific kept ("Mrs
    Carter"), so that the corpus does not merge it into him; in place. A man is one whose
    first name is a man's, or one the article writes after a man's honorific ("Mr Chun").

    Args:
        mentions: an article's mentions, short forms resolved.
        text: the article's text.
        registry: the registry, for the men it knows by surname.
    """
    titled = [(mention, honorific) for mention in mentions if mention.type == "person"
              and (honorific := _womans_honorific(mention, text))]
    if not titled:
        return
    women = defaultdict(set)
    men = {normalize_name(found[1]) for found in MANS_SURNAME.finditer(text)}
    for mention in mentions:
        words = mention.name.split()
        if mention.type != "person" or len(words) < 2:
            continue
        if is_mans_name(mention.name):
            men.add(normalize_name(words[-1]))
        else:
            women[normalize_name(words[-1])].add((mention.actor_id, mention.name))
    for mention, honorific in titled:
        unresolved = not mention.actor_id and " " not in mention.name
        surname = mention.text.split()[-1]
        if not (unresolved or is_mans_name(mention.name) or normalize_name(surname) in men):
            continue
        found = women.get(normalize_name(surname), set())
        if len(found) == 1:
            (mention.actor_id, mention.name), = found
            mention.method = "coref"
        elif not unresolved or normalize_name(surname) in men or any(
                is_mans_name(actor.name) for actor in registry.surname_owners(surname)):
            mention.actor_id, mention.method = "", "ner"
            mention.name = f"{honorific} {surname}"


def _womans_honorific(mention: Mention, text: str) -> str:
    """The woman's honorific right before a one-word name ("Mrs" of "Mrs. Carter"), or "";
    not that of a couple ("Mr. and Mrs. Nakasone": the surname is his too; in "President and
    Mrs. Perez" it is hers)."""
    words = text[max(0, mention.start_char - HONORIFIC_REACH):mention.end_char].split()
    if len(mention.text.split()) > 2 or len(words) < 2 \
            or len(words) >= 4 and words[-3].lower() == "and" \
            and words[-4].lower().rstrip(".") in LEXICON.honorifics:
        return ""
    honorific = words[-2].rstrip(".")
    return honorific if honorific.lower() in WOMENS_HONORIFICS else ""
