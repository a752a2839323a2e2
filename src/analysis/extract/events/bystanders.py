"""People a trigger's sentence names who are no party to it: the subject of a clause below the
trigger ("since X called for …"), who a message came from ("greetings from X") and who went
along on a visit to a place ("visited Romania with Prime Minister X"), alternatives ("are
conducted by X or Y"), a capacity ("his first trip as Ecuador's president"), the possessor of a
relative or an office ("Ramos' sister", "Putin's envoy") and one who asks about the trigger."""

from __future__ import annotations

from spacy.tokens import Token

from analysis.extract.actors.lexicon import LEXICON as ACTOR_LEXICON
from analysis.extract.events.arguments import names_where
from analysis.extract.events.clauses import LEXICON, PHRASE_BOUNDARIES, phrase_without

# Parts of speech of the word an "as" of capacity hangs on ("his first trip as president", "was
# sworn in as president"); not an adjective's ("as popular as the president").
CAPACITY_HEAD_POS = frozenset({"NOUN", "PROPN", "VERB", "AUX", "ADP"})
# Nouns of people who come with someone, and of relatives ("his wife", "Ramos' sister").
RELATIVE_NOUNS = frozenset(LEXICON.companion_nouns) | frozenset(ACTOR_LEXICON.relatives)


def no_party_near(name: Token, trigger: Token) -> bool:
    """Whether a name near a trigger is none of its parties: where it is (`names_where`), the
    subject of a clause below it, a sender, a thing's name, or one who asks about it.

    Args:
        name: a token of a name.
        trigger: the trigger.

    Returns:
        True for a bystander.
    """
    return names_where(name, trigger) or subject_below(name, trigger) or sender(name) \
        or names_a_thing(name, trigger) or asks_about(name, trigger)


def asks_about(subject: Token, trigger: Token) -> bool:
    """Whether a token heads the subject of a verb of asking (`asking_verbs`) whose question
    holds a trigger: one who asks about a meeting is none of its parties ("Mr. J. Higgins asked
    the Taoiseach if he will make a statement on his meeting with the President of Latvia").

    Args:
        subject: a token.
        trigger: the trigger.

    Returns:
        True for the asker.
    """
    while subject.dep_ == "compound":  # "J." of "J. Higgins"
        subject = subject.head
    verb = subject.head
    return subject.dep_ == "nsubj" and verb.lemma_.lower() in LEXICON.asking_verbs \
        and verb in trigger.ancestors and trigger not in subject.subtree  # "X, who met Y, urged"


def subject_below(word: Token, trigger: Token) -> bool:
    """Whether a word is in the subject of an adverbial clause under the trigger, one opened
    by a conjunction ("to talk to Y since X called for …": X called, and is no party of the
    talk).

    Args:
        word: a word of a phrase.
        trigger: the trigger.

    Returns:
        True when it is.
    """
    for head in (word, *word.ancestors):
        if head.pos_ in ("VERB", "AUX"):
            return False
        if head.dep_ in ("nsubj", "nsubjpass"):
            clause = head.head
            return clause.dep_ == "advcl" and trigger in clause.ancestors \
                and any(c.dep_ == "mark" for c in clause.children)
    return False


def names_a_thing(name: Token, trigger: Token) -> bool:
    """Whether a name tells which thing a common noun other than the trigger is ("members of
    the Marcos administration"): not who was there.

    Args:
        name: a token of a name.
        trigger: the trigger.

    Returns:
        True when the name is compounded into such a noun.
    """
    while name.dep_ in ("compound", "flat") and name.head.pos_ == "PROPN":
        name = name.head
    return name.dep_ == "compound" and name.head.pos_ == "NOUN" and name.head.i != trigger.i


def sender(name: Token) -> bool:
    """Whether a name is who something other than an event came from, the object of "from" on
    a noun or on a verb's object ("conveyed greetings from President X to Y", "a letter from
    X"; not "a visit from X", "a call from X"): not who was there.

    Args:
        name: a token of a name.

    Returns:
        True for a sender.
    """
    head = name
    while head.dep_ in ("compound", "flat", "appos") and head.head.i != head.i:
        head = head.head
    if head.dep_ != "pobj" or head.head.lower_ != "from":
        return False
    carrier = head.head.head
    things = [carrier] if carrier.pos_ == "NOUN" else [
        c for c in carrier.children if c.dep_ == "dobj" and c.pos_ == "NOUN"]
    return any(t.lemma_.lower() not in (*LEXICON.nouns, LEXICON.call_lemma) for t in things)


def without_companions(objects: list[Token], visit_to_place: bool) -> list[Token]:
    """A trigger's counterpart objects without those of "with" on a visit to a place ("paid a
    visit to Romania with Prime Minister X", "visited Romania with his wife"): they went along,
    and meet no one there by it.

    Args:
        objects: the objects of the trigger's counterpart prepositions.
        visit_to_place: whether the trigger is a visit with a place as its destination.

    Returns:
        The objects that are counterparts.
    """
    return [o for o in objects if not (visit_to_place and o.head.lower_ == "with")]


def is_alternative(name: Token) -> bool:
    """Whether a name is one of alternatives ("talks are conducted by X or Y", "neither X nor
    Y"), none of whom is known to take part.

    Args:
        name: the head of a name.

    Returns:
        True when its coordination is one of `alternative_words`.
    """
    first = name
    while first.dep_ == "conj":
        first = first.head
    members = [first, *(t for t in first.subtree if t.dep_ == "conj")]
    return len(members) > 1 and any(c.dep_ == "cc" and c.lower_ in LEXICON.alternative_words
                                    for member in members for c in member.children)


def is_capacity(name: Token) -> bool:
    """Whether a name or role phrase is a capacity after "as" ("his first trip as Ecuador's
    president", "was sworn in as president"): someone the clause names already; not "such as
    the president".

    Args:
        name: the head of a name or role phrase.

    Returns:
        True for a capacity.
    """
    word = name.head
    return name.dep_ == "pobj" and word.lower_ == "as" and word.head.pos_ in CAPACITY_HEAD_POS \
        and not any(c.lower_ == "such" for c in word.children)


def without_owner(head: Token) -> list[Token]:
    """A phrase to its clauses and conjuncts, but a relative's or an office's possessor
    ("Ramos' sister", "Putin's envoy": not Ramos, not Putin).

    Args:
        head: the phrase's head.

    Returns:
        Its tokens.
    """
    phrase = phrase_without(head, (*PHRASE_BOUNDARIES, "conj", "cc"))
    if head.lemma_.lower() not in (*RELATIVE_NOUNS, *LEXICON.role_heads):
        return phrase
    owned = owners(head)
    return [t for t in phrase if t.i not in owned]


def owners(head: Token) -> set[int]:
    """The token indexes of a noun's possessor ("Putin's" of "Putin's envoy").

    Args:
        head: a noun.

    Returns:
        The indexes.
    """
    return {t.i for c in head.children if c.dep_ == "poss" for t in c.subtree}


def beside_possessed_noun(name: Token, head: Token) -> bool:
    """Whether a name is in apposition to a possessed noun that a preposition inside a phrase
    governs ("the second president after his predecessor, George Bush": Bush is the
    predecessor; not "the Prime Minister of Ireland, my friend Enda Kenny").

    Args:
        name: the root of a name's tokens.
        head: the head of the phrase around it.

    Returns:
        True when it is.
    """
    noun = name.head
    return name.dep_ == "appos" and noun.dep_ == "pobj" and noun.i != head.i \
        and any(c.dep_ == "poss" for c in noun.children)


def title_phrase(head: Token) -> list[Token]:
    """A title's or a party's phrase, but its conjuncts, a title's relative clauses ("…, who
    reported on the President's address"; not a party's: "a group that included X"), an
    office's possessor ("Putin's envoy") and a thing's name ("officials of the Marcos
    government": `names_a_thing`).

    Args:
        head: the phrase's head.

    Returns:
        Its tokens, in order.
    """
    title = head.lemma_.lower() in LEXICON.role_heads
    conjuncts = [(c.left_edge.i, c.right_edge.i) for c in head.children
                 if c.dep_ == "conj" or title and c.dep_ == "relcl"]
    owned = owners(head) if title else set()
    owned |= {t.i for name in head.subtree if names_a_thing(name, head) for t in name.subtree}
    return [t for t in head.subtree
            if t.i not in owned and not any(a <= t.i <= b for a, b in conjuncts)]
