"""Who "the delegation" or "the Indian team" is: the people the article named when it brought
the party in, its head ("A delegation headed by X arrived") and those it said came with the head
("Accompanying X were A and B"); who "a delegation" is: the members a sentence after it lists
when it takes the party up ("The delegation, including A and B, …")."""

from __future__ import annotations

from spacy.tokens import Span, Token

from analysis.extract.events.arguments import is_inclusion
from analysis.extract.events.clauses import LEXICON, is_definite

# Sentences after the one that brings a party in where its members may still be listed.
MEMBERS_REACH = 2
# Sentences after a party met ("met with a U.S. delegation") where its members may be listed.
LATER_MEMBERS_REACH = 4


def delegation_tokens(noun: Token) -> list[Token]:
    """The tokens that name the members of the party a definite party noun stands for: the
    phrase that named its head when the article brought it in, and the sentences right after
    that said who came with the head.

    Args:
        noun: the head of a noun phrase ("the Indian team").

    Returns:
        The tokens; for "a delegation", those of the members listed later (`_members_later`);
        none for any other noun, or where no party was brought in with its head.
    """
    if noun.lemma_.lower() not in LEXICON.party_nouns:
        return []
    if any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in noun.children):
        return _members_later(noun)
    if not is_definite(noun):
        return []
    party = next((t for t in reversed(noun.doc[:noun.i]) if t.lemma_.lower()
                  in LEXICON.party_nouns and _heads(t)), None)
    if party is None:
        return []
    return _heads(party) + [t for s in _member_sentences(party, noun) for t in s]


def _heads(party: Token) -> list[Token]:
    """The tokens of the phrase that names a party's head ("headed by X", "led by X") or some of
    its members ("the delegation, including A and B"; not a roster, "the delegation included A,
    B, …", most often of those who came with its head)."""
    named = [c for c in party.children if c.dep_ == "acl"
             and c.lemma_.lower() in LEXICON.leading_verbs]
    return [t for c in named + _inclusions(party) for t in c.subtree]


def _inclusions(party: Token) -> list[Token]:
    """The "including" phrases of a party noun ("the delegation, including A and B")."""
    return [c for c in party.children if c.dep_ == "prep" and is_inclusion(c)]


def _members_listed(party: Token) -> list[Token]:
    """The tokens of the people a party noun is said to include ("the delegation, including A
    and B", "the delegation included A and B")."""
    listed = _inclusions(party)
    if party.dep_ == "nsubj" and party.head.lemma_.lower() in LEXICON.inclusion_verbs:
        listed += [c for c in party.head.children if c.dep_ == "dobj"]
    return [t for c in listed for t in c.subtree]


def _member_sentences(party: Token, noun: Token) -> list[Span]:
    """The sentences right after the one that brought a party in, before `noun`'s, with a verb
    of company ("Accompanying X were A and B")."""
    sentences = [s for s in party.doc.sents if party.sent.end <= s.start < noun.sent.start]
    return [s for s in sentences[:MEMBERS_REACH]
            if any(t.lemma_.lower() in LEXICON.companion_verbs for t in s)]


def _members_later(noun: Token) -> list[Token]:
    """The tokens of the members of a party brought in without them ("met with a U.S.
    delegation") that a sentence soon after lists as the same party takes them in ("The U.S.
    delegation, including A and B, …", "The delegation included A and B")."""
    sentences = [s for s in noun.doc.sents if s.start >= noun.sent.end][:LATER_MEMBERS_REACH]
    return next((members for s in sentences for t in s if t.lemma_ == noun.lemma_
                 and is_definite(t) and (members := _members_listed(t))), [])
