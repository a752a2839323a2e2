"""Parties a trigger names by role alone: "the Prime Minister", "his Malaysian counterpart"."""

from __future__ import annotations

from spacy.tokens import Token

from analysis.extract.actors.lexicon import DETERMINERS
from analysis.extract.events.clauses import LEXICON, party_heads, subject_head
from analysis.extract.events.phrases import PhraseReader

# The speaker's own words, in a phrase with another party ("X and I", "X and myself").
SPEAKER_PRONOUNS = frozenset(LEXICON.speaker_pronouns) | {"myself"}
# Determiners of a phrase that stands for anyone of its kind ("a Syrian envoy").
INDEFINITE_WORDS = frozenset({"a", "an", "some", "another", "any", "several", "many", "other"})


def names_a_role(reader: PhraseReader, trigger: Token, counterpart: bool = False,
                 parties: list[int] | None = None) -> bool:
    """Whether a party of a trigger is a role phrase that names nobody ("the Prime Minister",
    "his Malaysian counterpart").

    Args:
        reader: the article's phrase reader.
        trigger: the trigger token.
        counterpart: look only at parties other than its subject ("X and Y called on the
            visiting leader" is no meeting of X and Y).
        parties: the trigger's mention indexes, to ask whether its one party met someone left
            unnamed: a role phrase with a name beside it that the mentions lack does not count
            (`_name_beside`); one read as that party (`sides.distinct_sides`) does.

    Returns:
        True when such a party is a role phrase without a mention (with `parties`, only when
        there is one party).
    """
    if parties is not None and len(parties) != 1:
        return False
    subject = subject_head(trigger) if counterpart else None
    return any(head.lemma_.lower() in LEXICON.role_heads and _names_nobody(reader, head, parties)
               and _names_one_holder(head)
               or not counterpart and (head.lower_ in LEXICON.plural_speaker_pronouns
                                       or _beside_the_speaker(head))
               for head in party_heads(trigger) if subject is None or head.i != subject.i)


def _beside_the_speaker(head: Token) -> bool:
    """Whether a party's phrase joins the speaker to it, who is not named ("Chancellor
    Vranitzky and I have had a very good meeting", "with the Tánaiste and myself")."""
    return any(c.dep_ == "conj" and c.lower_ in SPEAKER_PRONOUNS for c in head.children)


def _names_nobody(reader: PhraseReader, head: Token, parties: list[int] | None) -> bool:
    """Whether a role phrase names no party: it is no mention (nor, with `parties`, has a name
    beside it), or it is a role mention read as the person named on the other side
    (`sides.distinct_sides`)."""
    index = reader.mention_at.get(head.i)
    if index is None:
        return parties is None or not _name_beside(head)
    return parties is not None and index not in parties \
        and reader.mentions[index].method == "role" \
        and reader.actor(index) in {reader.actor(i) for i in parties
                                    if reader.mentions[i].method != "role"}


def _name_beside(head: Token) -> bool:
    """Whether a role phrase has a name beside it, found or not: in apposition ("the Thai Prime
    Minister, FieldMarshal Thanom Kittikachorn") or after its comma ("the Prime Minister of
    Tonga, Dr. 'Aisake Valu Eke", which the parser hangs on the verb)."""
    after = head.doc[head.right_edge.i + 1:head.right_edge.i + 3]
    return any(c.dep_ == "appos" and c.pos_ == "PROPN" for c in head.children) or len(after) == 2 \
        and after[0].text == "," and after[1].pos_ == "PROPN" and after[1].ent_type_ != "GPE"


def _names_one_holder(head: Token) -> bool:
    """Whether a role phrase stands for particular holders ("the Prime Minister", "his
    counterparts", "congressional leaders"), not any ("a Tamil guerrilla leader", "two leaders
    of the protests", "NAM leaders")."""
    words = {c.lower_ for c in head.children if c.dep_ in ("det", "poss", "amod")}
    if words & INDEFINITE_WORDS or any(c.dep_ == "nummod" for c in head.children):
        return False  # "a Syrian envoy", "other leaders", "two leaders"
    return head.tag_ not in ("NNS", "NNPS") or not words.isdisjoint(DETERMINERS) \
        or any(c.dep_ == "amod" for c in head.children)  # "congressional leaders"
