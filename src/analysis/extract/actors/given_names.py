"""Given names NER left out: a person the article names in full may be called by the first
word of that name alone ("Abdurrahman" after "Abdurrahman Wahid", "Benazir", "Yingluck"), as
news about much of Asia and Africa does and NER often fails to tag; and the surname NER left
out of a name it tagged ("Abdul Moneim" | "Rifai")."""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Container
from typing import TYPE_CHECKING

from rapidfuzz import fuzz, process
from spacy.tokens import Span, Token

from analysis.extract.actors.honorifics import is_first_name
from analysis.extract.actors.lexicon import (
    EAST_ASIAN_FAMILY_NAMES,
    ORG_WORDS,
    TITLE_WORDS,
    title_word,
)
from analysis.extract.actors.mention import covered_characters, occurrences_alone
from analysis.extract.actors.names import first_names_compatible
from analysis.extract.actors.short_forms import named_again

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from analysis.extract.actors.mention import Mention
    from analysis.extract.actors.registry import RegistryActor

# Given names shorter than this are too often other words or initials ("Li", "Bo").
GIVEN_NAME_MIN_LENGTH = 4


def with_given_name_left_out(ent: Span) -> Span:
    """A person entity with the first name right before it that NER left out and the parser
    made a part of its words ("Alar" | "Karis" in "the President of Estonia, Alar Karis"): a
    word of gender-guesser's list of first names (`is_first_name`), not a title ("General").

    Args:
        ent: a PERSON entity.

    Returns:
        The entity, longer by that word where there is one.
    """
    before = ent.doc[ent.start - 1] if ent.start > 0 else None
    if before is None or before.dep_ != "compound" or not ent.start <= before.head.i < ent.end \
            or before.tag_ != "NNP" or not (before.is_alpha and before.is_title) \
            or before.ent_type_ or title_word(before) in TITLE_WORDS \
            or not is_first_name(before.text):
        return ent
    return Span(ent.doc, ent.start - 1, ent.end, label="PERSON")


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


def with_other_given_name(span: Span, surname_start: int, actor: RegistryActor,
                          demonyms: Container[str]) -> Span | None:
    """A NER span as another person's name when the words it puts before a registry person's
    surname are a given name none of theirs ("Sajith Premadasa", tagged ORG, is not the
    registry's Ranasinghe Premadasa).

    Args:
        span: a NER span that ends with the registry person's mention.
        surname_start: the first character of that mention.
        actor: the registry person.
        demonyms: the registry's demonyms, lower case ("North Korean Kim Jong Un" is he).

    Returns:
        The span labelled PERSON when one or two capitalised words, no title (nor one misspelt,
        nor the end of one: "Secretary of State Vance") or demonym, come before the mention and
        the first matches none of the actor's first names; else None.
    """
    before = [t for t in span if t.idx < surname_start]
    if not 0 < len(before) <= 2 or not all(_may_be_given(t, demonyms) for t in before) \
            or " ".join(t.lower_ for t in before) in demonyms \
            or span.start > 0 and span.doc[span.start - 1].lower_ == "of" \
            or first_names_compatible(span.text, actor):
        return None
    return Span(span.doc, span.start, span.end, label="PERSON")


def _may_be_given(word: Token, demonyms: Container[str]) -> bool:
    """Whether a word may be a given name: capitalised letters, no title or title misspelt
    ("Presidnet"), no plural title ("Presidents"), organisation word or demonym."""
    lower = word.lower_
    return word.is_alpha and word.is_title and lower not in ORG_WORDS and lower not in demonyms \
        and lower.removesuffix("s") not in TITLE_WORDS \
        and process.extractOne(lower, TITLE_WORDS, scorer=fuzz.ratio, score_cutoff=80) is None


def with_surname_left_out(ent: Span) -> Span:
    """A person entity of two given names or more with the capitalised name right after it
    that NER left out and the parser made the head of its words ("Abdul Moneim" | "Rifai");
    not a title or a plural ("Dhar Chairman", "Cuban Officials"). One that ends in an initial
    runs on to the head of its words past the untagged names between ("Dr A" | "K Abdul
    Momen").

    Args:
        ent: a PERSON entity.

    Returns:
        The entity, longer by those words where there are some.
    """
    doc = ent.doc
    if (head := _head_after_initial(ent)) is not None:
        return Span(doc, ent.start, head.i + 1, label="PERSON")
    after = doc[ent.end] if ent.end < len(doc) else None
    if after is None or len(ent) < 2 or not all(t.is_alpha and t.is_title for t in ent) \
            or ent[-1].dep_ != "compound" or ent[-1].head.i != after.i or after.tag_ != "NNP" \
            or not (after.is_alpha and after.is_title) or after.ent_type_ \
            or after.lower_ in ORG_WORDS or title_word(after) in TITLE_WORDS:
        return ent
    return Span(doc, ent.start, ent.end + 1, label="PERSON")


def _head_after_initial(ent: Span) -> Token | None:
    """The head of the words of an entity that ends in an initial, when only untagged names
    stand between ("Dr A" | "K Abdul Momen": Momen)."""
    last = ent[-1]
    if len(last.text.rstrip(".")) != 1 or not last.is_upper \
            or last.dep_ not in ("compound", "det") or not ent.end <= last.head.i < ent.end + 4:
        return None
    between = ent.doc[ent.end:last.head.i + 1]
    return last.head if all(t.pos_ == "PROPN" and t.text[:1].isupper() and not t.ent_type_
                            for t in between) else None
