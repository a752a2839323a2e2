"""Who holds a role the article states: the stated roles of its people, and the one of them a
role phrase ("the PM", "the Indonesian president") names."""

from __future__ import annotations

import itertools
import re
from collections import Counter
from dataclasses import dataclass

from spacy.tokens import Doc

from analysis.extract.actors.lexicon import LEADER_TITLES, STATED_ONLY_TITLES
from analysis.extract.parse import clause_verb

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


def copula_holder(doc: Doc, phrase: tuple[int, int], people: list) -> Holder | None:
    """The person a copula makes a role phrase ("The visitor was Malaysian Prime Minister
    Mahathir Mohamad", "Prem was the host").

    Args:
        doc: the parsed article.
        phrase: the role phrase's characters (start, end).
        people: the article's person mentions (`Mention`s).

    Returns:
        The holder, or None where no copula joins the phrase to a person.
    """
    span = doc.char_span(*phrase, alignment_mode="expand")
    if span is None or span.root.head.lemma_ != "be" or span.root.dep_ not in ("nsubj", "attr"):
        return None
    other = "attr" if span.root.dep_ == "nsubj" else "nsubj"
    for word in (c for c in span.root.head.children if c.dep_ == other):
        named = [m for m in people if m.start_char <= word.idx < m.end_char]
        if named:
            return Holder(named[0].actor_id, named[0].name)
    return None


def fronted_title(doc: Doc, title: tuple[int, int], name: tuple[int, int]) -> bool:
    """Whether a title a comma parts from the name after it is a fronted phrase's, not that
    name's ("Aside from the Uzbek President, Bakiyev met …": Bakiyev is the clause's subject,
    someone else the president; not "Malaysia's Prime Minister, Dr Anwar, met …").

    Args:
        doc: the parsed article.
        title: the title's characters (start, end).
        name: the name's characters (start, end).

    Returns:
        True when the name is a subject the title is neither the head nor an apposition of.
    """
    words = doc.char_span(*title, alignment_mode="expand")
    person = doc.char_span(*name, alignment_mode="expand")
    if words is None or person is None or not any(t.text == "," for t in
                                                   doc[words.end:person.start]):
        return False
    return person.root.dep_ in ("nsubj", "nsubjpass") and person.root.head.i != words.root.i \
        and words.root.head.i != person.root.i


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
    Carter ... phoned the President"); of several there, the one that is a main clause's
    subject ("Prime Minister Oyun-Erdene held a meeting with Prime Minister Suga. Moreover, the
    PM attended …": Oyun-Erdene); else the one named most, on a tie the last named before
    `start`. Never, for a phrase that is an object, the subject of its own clause ("Putin
    congratulated the incumbent leader", "Menem briefed the President"). Without a country, a
    holder named later in the phrase's sentence is someone else: "The PM will meet Canadian
    prime minister Justin Trudeau".

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
    titles = {*LEADER_TITLES, "leader"} if role == "leader" \
        else STATED_ONLY_TITLES.get(role, {role})
    holders = [s for s in stated if s.title in titles and (
        s.country == country if country else not start < s.start_char < bounds[1])]
    if doc is not None and _is_an_object(doc, start):  # "Menem briefed the President": not Menem
        holders = _without_own_subject(holders, start, doc)
    near = {(s.actor_id, s.name) for s in holders if bounds[0] <= s.start_char < start}
    if len(near) > 1 and doc is not None:
        near = _subjects_near(holders, start, bounds, doc) or near
    if len(near) == 1:
        return Holder(*near.pop())
    if not holders:
        return None
    counts = Counter((s.actor_id, s.name) for s in holders)
    last_before = {(s.actor_id, s.name): s.start_char < start for s in holders}
    return Holder(*max(counts, key=lambda key: (counts[key], last_before[key])))


def _without_own_subject(holders: list[StatedRole], start: int, doc: Doc) -> list[StatedRole]:
    """The holders but the subject of the clause of the role phrase that starts at `start`."""
    own = {s.name for s in holders if s.start_char in clause_subject_starts(doc, start)}
    return [s for s in holders if s.name not in own]


def _is_an_object(doc: Doc, start: int) -> bool:
    """Whether the role phrase that starts at `start` is its verb's object or a preposition's,
    but "as"'s, which says what the subject is ("as the prime minister of India, Vajpayee …")."""
    span = doc.char_span(start, start + 1, alignment_mode="expand")
    head = span.root if span is not None else None
    while head is not None and head.dep_ in ("compound", "amod", "det") and head.head.i > head.i:
        head = head.head
    return head is not None and (head.dep_ in ("dobj", "dative")
                                 or head.dep_ == "pobj" and head.head.lower_ != "as")


def _subjects_near(holders: list[StatedRole], start: int, bounds: tuple[int, int], doc: Doc
                   ) -> set[tuple[str, str]]:
    """The holders named near a role phrase as a main clause's subject, but the subject of the
    phrase's own clause ("Putin congratulated the incumbent leader" is not Putin)."""
    own = clause_subject_starts(doc, start)
    own_names = {s.name for s in holders if s.start_char in own}
    return {(s.actor_id, s.name) for s in holders if bounds[0] <= s.start_char < start
            and s.name not in own_names and _is_subject(doc, s.start_char)}


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


def clause_subject_starts(doc: Doc, char: int, above: bool = False) -> set[int]:
    """Start characters of the subject tokens of the verb governing the token at `char`, and with
    `above` of the verbs governing that verb ("Nazarbayev refused to second his guest's
    sentiments": Nazarbayev), up to a clause coordinated with its own subject ("Putin urged
    dialogue and Poroshenko called on his counterpart": not Putin).

    Args:
        doc: the parsed article.
        char: a character of the token (a role phrase's first).
        above: whether the subjects of the verbs governing its verb count.

    Returns:
        The start characters of the subjects' head words and name parts.
    """
    span = doc.char_span(char, char + 1, alignment_mode="expand")
    if span is None:
        return set()
    verb = clause_verb(span.root)
    verbs = [verb]
    for below, head in itertools.pairwise([verb, *verb.ancestors]) if above else ():
        if below.dep_ == "conj" and any(c.dep_ in ("nsubj", "nsubjpass") for c in below.children):
            break
        verbs += [head] if head.pos_ in ("VERB", "AUX") else []
    subjects = [child for governing in verbs for child in governing.children
                if child.dep_ in ("nsubj", "nsubjpass")]
    if not subjects and verb.i > 0 and doc[verb.i - 1].pos_ == "PROPN":
        subjects = [doc[verb.i - 1]]  # a name right before a verb the parser left subjectless
    # each subject's head word and its name parts, not everything below it
    return {t.idx for subject in subjects for t in (subject, *subject.children)
            if t.i == subject.i or t.dep_ in ("compound", "flat")}
