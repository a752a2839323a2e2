"""What a trigger verb's object is: people met, or a thing received ("received a letter from X",
"received Howard's letter"), whose sender or owner is not met; who a host meets; the object of
the verb controlling it that does what it says ("asked the King to discuss it")."""

from __future__ import annotations

from spacy.tokens import Token

from analysis.extract.events.bystanders import owners
from analysis.extract.events.clauses import LEXICON, phrase_without
from analysis.extract.events.phrases import PhraseReader


def names_a_person(reader: PhraseReader, phrase: Token, tokens: list[Token] | None = None
                   ) -> bool:
    """Whether a phrase (or those of its `tokens`) names a person or stands for one ("his").

    Args:
        reader: the article's phrase reader.
        phrase: the phrase's head.
        tokens: the tokens to look at (default: the whole phrase).

    Returns:
        True when one of them is a person pronoun or in a person's mention.
    """
    for t in phrase.subtree if tokens is None else tokens:
        index = reader.mention_at.get(t.i)
        if t.lower_ in LEXICON.person_pronouns \
                or index is not None and reader.mentions[index].type == "person":
            return True
    return False


def object_is_a_thing(reader: PhraseReader, verb: Token) -> bool:
    """Whether a trigger verb's direct object is a thing, not a person ("welcomed the interest
    of companies", "received a letter from X", "welcomed a claim by X"), also one a person owns
    ("received Australian Prime Minister John Howard's letter"; not "Putin's envoy", "Putin's
    delegation"): nobody else in the sentence is met.

    Args:
        reader: the article's phrase reader.
        verb: the trigger verb.

    Returns:
        True for a thing.
    """
    return any(child.dep_ == "dobj" and _a_thing(reader, child) for child in verb.children)


def hosted(reader: PhraseReader, sources: list[int], targets: list[int], verb: Token
           ) -> list[int]:
    """The targets a host meets: not a venue after "to", nor the owner of a thing received
    ("received Australian Prime Minister John Howard's letter"), and only people for a place.

    Args:
        reader: the article's phrase reader.
        sources: the hosts' mention indexes.
        targets: the targets' mention indexes.
        verb: the trigger.

    Returns:
        The targets met.
    """
    if verb.pos_ == "VERB":
        owned = {i for child in verb.children if child.dep_ == "dobj" and _a_thing(reader, child)
                 for i in owners(child)}
        targets = [i for i in targets if not _after_to(reader, i) and _root(reader, i) not in owned]
    if sources and all(reader.mentions[i].type == "place" for i in sources):
        targets = [i for i in targets if reader.mentions[i].type == "person"]
    return targets


def _a_thing(reader: PhraseReader, noun: Token) -> bool:
    """Whether a noun is a thing: no role, no party of someone named ("Putin's delegation"),
    and naming no person but after a preposition or as its named owner ("Howard's letter", not
    "his first retreat with X", where "his" stands for a party)."""
    named_owner = any(child.dep_ == "poss" and child.pos_ != "PRON" for child in noun.children)
    owner = owners(noun) if named_owner else set()
    return noun.pos_ == "NOUN" and noun.lemma_.lower() not in LEXICON.role_heads \
        and not (owner and noun.lower_ in LEXICON.party_nouns) \
        and not names_a_person(reader, noun, [t for t in phrase_without(noun) if t.i not in owner])


def _after_to(reader: PhraseReader, index: int) -> bool:
    span = reader.span(index)
    return span is not None and span.root.dep_ == "pobj" and span.root.head.lower_ == "to"


def _root(reader: PhraseReader, index: int) -> int | None:
    span = reader.span(index)
    return None if span is None else span.root.i


def told_objects(verb: Token, controller: Token | None) -> tuple[list[Token], bool]:
    """The objects of the verb controlling an open complement that do what it says: the one
    asked or invited to ("asked the King to discuss it"; "encouraged Bush this week to see
    Assad", an infinitive the parser hangs as a clause), or sent to ("sent Lavrov to meet Y").

    Args:
        verb: a verb without a subject of its own.
        controller: the verb whose subject or object it shares (`controlling_verb`), or None.

    Returns:
        The object heads ([] when the subject is the controller's), and whether they were
        sent (then they do it even when they name nobody known).
    """
    if controller is None:
        return [], False
    sent = verb.dep_ == "advcl" and controller.lemma_.lower() in LEXICON.sending_verbs
    urged = verb.dep_ == "advcl" and controller.lemma_.lower() in LEXICON.urging_verbs \
        and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)
    if verb.dep_ != "xcomp" and not sent and not urged:
        return [], False
    return [c for c in controller.children if c.dep_ == "dobj"], sent


def compound_person(reader: PhraseReader, noun: Token) -> list[int]:
    """The one person a meeting noun's compound names where the noun names whom they met "with":
    "the Reagan meeting with Bush", a photo caption's "President Ronald Reagan meeting to
    discuss the economy with X" (the parser makes the name a compound of "meeting"); not "the
    Raisi meeting", whose other party is the story's.

    Args:
        reader: the article's phrase reader.
        noun: a trigger noun.

    Returns:
        The person's mention index in a list, else [].
    """
    with_someone = any(c.dep_ == "prep" and c.lower_ == "with" for t in (noun, *noun.children)
                       for c in t.children if t is noun or t.pos_ == "VERB")
    people = {index for c in noun.lefts if c.dep_ == "compound"
              if (index := reader.mention_at.get(c.i)) is not None
              and reader.mentions[index].type == "person"}
    return list(people) if with_someone and len(people) == 1 else []
