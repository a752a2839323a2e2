"""Names the parser hung on a phrase as a chain of appositions and conjuncts: a list after a
title ("the foreign minister, A, and the defence minister, B"), after a capitalised plural title
("Presidents A and B"), after a whole group ("the speakers of the two chambers, A and B") or
inside a title's "of" ("Leader of the Islamic Revolution Ayatollah A and President B").

Tokens are compared by index, never by identity (spaCy makes a new `Token` on every access)."""

from __future__ import annotations

from spacy.tokens import Token

from analysis.extract.events.arguments import LEXICON, appositions

# Determiners of a whole group: "the ministers, A and B" lists them all.
WHOLE_GROUP = ("the", "these", "those", "both", "all")


def apposition_conjuncts(head: Token) -> list[Token]:
    """The words the parser joined to a phrase's apposition rather than to the phrase ("the
    foreign minister, A, and the defence minister, B": the second minister hangs on A;
    "Presidents A and B"), after a title however deep the chain ("the Prime Minister, Mr A, the
    Minister for Trade, Mr B, and …"). Not of another plural, whose apposition lists examples
    ("heads of state, among them X, Y").

    Args:
        head: a noun phrase's head.

    Returns:
        The conjuncts of its appositions, and the appositions and conjuncts of those.
    """
    if head.tag_ in ("NNS", "NNPS") and not _plural_title(head):
        return []
    firsts = appositions(head)
    if head.lemma_.lower() not in LEXICON.role_heads:  # no title's list: a name's appositions
        return [c for a in firsts for c in a.conjuncts]
    chain = list(firsts)
    for item in chain:  # the items appended are visited too
        chain += [t for t in (*item.conjuncts, *appositions(item)) if t not in chain + [head]]
    return chain[len(firsts):]


def _plural_title(head: Token) -> bool:
    """Whether a plural is a capitalised title with no determiner ("Presidents X and Y")."""
    return head.is_title and head.lemma_.lower().removesuffix("s") in LEXICON.role_heads \
        and not any(c.dep_ in ("det", "nummod", "amod", "poss") for c in head.children)


def group_listed(head: Token) -> list[Token]:
    """The names listed after a definite or counted plural ("the speakers of the two chambers,
    A and B", "two ministers, A and B"), however the parser hung the list: all of the group, not
    examples of it ("several heads of state, among them X and Y").

    Args:
        head: a noun phrase's head.

    Returns:
        The appositions of the head (or of the noun after its "of") and their conjuncts.
    """
    if head.tag_ not in ("NNS", "NNPS") or not any(
            c.dep_ in ("nummod", "poss") or c.dep_ == "det" and c.lower_ in WHOLE_GROUP
            for c in head.children):
        return []
    nouns = [head, *(o for p in head.children if p.dep_ == "prep" and p.lower_ == "of"
                     for o in p.children if o.dep_ == "pobj")]
    listed = [a for noun in nouns for a in appositions(noun)]
    for item in listed:  # "A, B and C" hung as a chain of appositions and conjuncts
        listed += [t for t in (*item.conjuncts, *appositions(item)) if t not in listed]
    return [t for t in listed if t.pos_ == "PROPN"]


def joined_inside_title(title: Token, name: Token) -> list[Token]:
    """The words the parser coordinated with a name it hung on the "of" of a singular title
    ("talks with Leader of the Islamic Revolution Ayatollah X and President Y": Y); none for a
    name in apposition or a plural title's ("heads of state, among them A, B and C").

    Args:
        title: a title's head.
        name: the root of a name inside its phrase.

    Returns:
        The name and its conjuncts, in order, or [].
    """
    first = name
    while first.dep_ == "conj":
        first = first.head
    return [first, *first.conjuncts] if title.tag_ in ("NN", "NNP") and first.dep_ == "pobj" \
        and first.head.lower_ == "of" and first.head.head.i == title.i else []
