"""The phrases that carry a trigger's parties: prepositions and their objects, a participle's
agent, an invitation's hosts, a participation's participants, the verb whose subject takes part
in a trigger noun's event (support verb, relative clause, one the noun attends), the journey.

Tokens are compared by index, never by identity (spaCy makes a new `Token` on every access)."""

from __future__ import annotations

from itertools import pairwise
from typing import TYPE_CHECKING

from spacy.tokens import Token

from analysis.extract.events.lexicon import load_lexicon

if TYPE_CHECKING:
    from analysis.extract.actors import Mention

LEXICON = load_lexicon()
# Penn tags of a relative pronoun ("which", "that", "who").
RELATIVE_PRONOUNS = ("WDT", "WP")
# Prepositions before a "visiting" that describes the visitor met ("talks between visiting X").
VISITOR_AFTER = ("with", "between")
# Relations by which a misparse hangs a verb's subject on something else: a conjunct, an
# apposition, a loose modifier; not an object or a possessor, which are someone else's.
STRANDED_RELATIONS = ("conj", "appos", "npadvmod", "dep", "nmod", "ROOT")
# Parts of speech of a verb's own small modifiers before it ("will also", "on Thursday").
MODIFIER_POS = ("ADV", "AUX", "PART", "ADP", "PUNCT", "DET")


def is_venue(mention: Mention) -> bool:
    """Whether an organisation's name is a building's ("State House", "the Élysée Palace"): a
    venue where people meet, not a party.

    Args:
        mention: a mention.

    Returns:
        True for an organisation whose name ends in a venue word.
    """
    return mention.type == "org" and names_a_building(mention.name)


def names_a_building(name: str) -> bool:
    """Whether a name ends in a venue word ("Rideau Hall", "State House") or names one with "of"
    ("the Palace of the Revolution", "the Great Hall of the People").

    Args:
        name: an actor's name.

    Returns:
        True when its last word, or a word before "of", is one of `venue_words`.
    """
    words = name.lower().split()
    return bool(words) and (words[-1] in LEXICON.venue_words or any(
        word in LEXICON.venue_words and after == "of" for word, after in pairwise(words)))


def names_where(token: Token, trigger: Token) -> bool:
    """Whether a token belongs to the object of "at" or "in" on a trigger or its verb, a name
    that says where the event was, not who took part ("held talks today at Baluwatar", where NER
    took the residence for a person; not "the anger he directed at Vice President Bush").

    Args:
        token: a token of a name.
        trigger: the trigger.

    Returns:
        True when the name's head is the object of such a preposition.
    """
    while token.dep_ in ("compound", "flat") and token.head.i != token.i:
        token = token.head
    preposition = token.head
    return token.dep_ == "pobj" and preposition.lower_ in ("at", "in") \
        and preposition.head.i in (trigger.i, trigger.head.i)


def phrasal_lemmas(verb: Token) -> list[str]:
    """A verb's lemma with each of its particles, as the lexicon writes phrasal verbs ("look
    forward", "bring together").

    Args:
        verb: a verb.

    Returns:
        "lemma particle" for each particle or adverb below it.
    """
    lemma = verb.lemma_.lower()
    return [f"{lemma} {c.lower_}" for c in verb.children if c.dep_ in ("advmod", "prt")]


def is_infinitive(verb: Token) -> bool:
    """Whether a verb has the "to" of an infinitive ("to meet")."""
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)


def relative_support_verb(noun: Token) -> Token | None:
    """The support verb of a relative clause on a trigger noun, whose subject held the event:
    "the talks (that) X held with Y", "the meeting X had with Y"; not a clause whose subject is
    the noun ("her trip, which began Wednesday").

    Args:
        noun: a trigger noun.

    Returns:
        The clause's verb, or None.
    """
    return next((c for c in noun.children if c.dep_ == "relcl"
                 and c.lemma_.lower() in LEXICON.support_verbs
                 and any(s.dep_ == "nsubj" and s.tag_ not in RELATIVE_PRONOUNS for s in c.children)
                 and not any(o.dep_ == "dobj" and o.tag_ not in RELATIVE_PRONOUNS
                             for o in c.children)), None)


def objects_of(children: list[Token], prepositions: tuple[str, ...]) -> list[Token]:
    """The objects of the children that are one of `prepositions` (and of the prepositions
    coordinated with them), also where the parser took the preposition for a particle ("called
    on X") or left it without an object and made the noun after it the verb's ("will call on
    Chief Minister Lim Guan Eng"), and under "along"/"together" ("met X along with Y"); a
    visitor the parser made the object of "visiting" ("talks with visiting X")."""
    found = []
    for child in children:
        if child.lower_ in ("along", "together"):
            child = next((c for c in child.children if c.dep_ == "prep"), child)
        if child.dep_ in ("prep", "prt", "agent") and child.lower_ in prepositions:
            # "with X, and with Y": the conjoined prepositions' objects too
            objects = [obj for prep in (child, *child.conjuncts) for obj in prep.children
                       if obj.dep_ == "pobj"] + _visited_after(child)
            found.extend(objects or [obj for obj in children
                                     if obj.dep_ == "dobj" and obj.i > child.i])
    return found


def describes_visitor(token: Token) -> bool:
    """Whether a token is a "visiting" the parser made a clause of its own after a preposition
    of the counterpart, where it describes the visitor met ("talks between visiting Prime
    Minister X and Y", "with visiting X"; not "with X visiting Seoul").

    Args:
        token: any token.

    Returns:
        True for such a "visiting": its object is the visitor.
    """
    return token.dep_ == "pcomp" and token.lower_ == "visiting" \
        and token.head.lower_ in VISITOR_AFTER \
        and not any(c.dep_ == "nsubj" for c in token.children)


def _visited_after(prep: Token) -> list[Token]:
    """The visitors after a preposition the parser made the objects of "visiting"."""
    return [obj for verb in prep.children if describes_visitor(verb)
            for obj in verb.children if obj.dep_ == "dobj"]


def including_journey(noun: Token) -> Token | None:
    """The journey whose programme a trigger noun is part of ("a tour which included meetings
    with X", "his visit included talks with Y"), else None.

    Args:
        noun: a trigger noun.

    Returns:
        The journey noun, the subject of "include" or the noun its relative clause is on.
    """
    verb = noun.head
    if noun.dep_ != "dobj" or verb.lemma_.lower() != "include":
        return None
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is not None and subject.tag_ in RELATIVE_PRONOUNS and verb.dep_ == "relcl":
        subject = verb.head
        if subject.dep_ == "pobj" and subject.head.lower_ == "of":
            subject = subject.head.head  # "a tour of Latin American countries which included"
    return subject if subject is not None \
        and subject.lemma_.lower() in LEXICON.journey_nouns else None


def participle_phrases(noun: Token) -> list[Token]:
    """The agent and prepositions of a participle completing a noun ("a summit chaired by X
    with Y", "a dinner hosted by X", "talks mediated by X").

    Args:
        noun: a trigger noun.

    Returns:
        The agent and preposition tokens.
    """
    return [c for participle in noun.children if participle.dep_ == "acl"
            and participle.tag_ == "VBN" for c in participle.children
            if c.dep_ in ("agent", "prep")]


def inviters(children: list[Token]) -> list[Token]:
    """The hosts an invitation names: "arrived at the invitation of X", "at X's invitation",
    "at my invitation" (X, me).

    Args:
        children: the children of a trigger or of its verb.

    Returns:
        The heads of the phrases after "of" in "at/on/upon the invitation of", and the
        invitation's possessor.
    """
    return [host for invitation in objects_of(children, ("at", "on", "upon"))
            if invitation.lemma_.lower() in LEXICON.invitation_nouns
            for host in [*objects_of(list(invitation.children), ("of",)),
                         *(c for c in invitation.children if c.dep_ == "poss")]]


def participation_phrases(noun: Token) -> list[Token]:
    """The "with the participation of X" of the verb a trigger noun is the subject of ("a
    meeting … will take place with the participation of X"): X takes part as the noun's
    counterpart.

    Args:
        noun: a trigger noun.

    Returns:
        The preposition tokens.
    """
    if noun.dep_ not in ("nsubj", "nsubjpass"):
        return []
    return [prep for prep in noun.head.children if prep.dep_ == "prep" and prep.lower_ == "with"
            and any(obj.lemma_.lower() in LEXICON.participation_nouns for obj in prep.children)]


def appositions(token: Token) -> list[Token]:
    """The appositions of a phrase's head ("the party leader (Mr X)": X)."""
    return [c for c in token.children if c.dep_ == "appos"]


def nouns_of(head: Token) -> list[Token]:
    """The nouns after the "of" of a phrase's head or of its appositions, however nested ("the
    presidents of both houses of Parliament": houses and Parliament).

    Args:
        head: a noun phrase's head.

    Returns:
        The objects of those "of"s.
    """
    words = [head]
    for word in words:
        words.extend(c for c in word.children if c.dep_ == "appos" or word.lower_ == "of"
                     and c.dep_ == "pobj" or c.dep_ == "prep" and c.lower_ == "of")
    return [word for word in words if word.dep_ == "pobj"]


def joined_to(noun: Token) -> list[Token]:
    """The words the parser joined to a noun as its conjuncts or, but for a title's (whose
    apposition is its holder: "the wife of the President, Dr X"), its appositions.

    Args:
        noun: a noun.

    Returns:
        The conjuncts, the appositions and their conjuncts.
    """
    listed = [t for apposition in appositions(noun) for t in (apposition, *apposition.conjuncts)]
    return [*noun.conjuncts, *(listed if noun.lemma_.lower() not in LEXICON.role_heads else [])]


def has_object(token: Token) -> bool:
    """Whether a trigger (or the support verb of a trigger noun) has a direct object or a
    counterpart after "with" or "to" ("spoke to X and Y"): its targets are the people met, not
    co-subjects.

    Args:
        token: a trigger.

    Returns:
        True when it has one."""
    noun = token.pos_ in ("NOUN", "PROPN")  # its verb past a measure ("held a series of talks")
    words = [token, (measure_noun(token) or token).head] if noun else [token]
    children = [c for word in words for c in word.children]
    return any(c.dep_ == "dobj" and c.i != token.i for c in children) \
        or bool(objects_of(children, ("with", "to")))


def goes_somewhere(verb: Token) -> bool:
    """Whether a verb is one of going ("arrived", "flew") or visits a place it names ("visit
    Ipoh", "visits Chennai")."""
    lemma = verb.lemma_.lower()
    visit = LEXICON.verbs.get(lemma)
    return lemma in LEXICON.travel_words or visit is not None and visit.kind == "visit" and any(
        c.dep_ == "dobj" and c.ent_type_ in ("GPE", "LOC") for c in verb.children)


def journey_before(token: Token) -> Token | None:
    """The verb of going a trigger's verb is joined to ("arrived in Minsk and held talks",
    "will fly to Berlin and meet X"), or the verb of going or being it is the purpose of
    ("travelled to Delhi to meet X", "was in Washington to meet X"), or None.

    Args:
        token: a trigger.

    Returns:
        The travel verb, or None."""
    verb = token.head if token.pos_ in ("NOUN", "PROPN") and token.dep_ == "dobj" else token
    going = goes_somewhere(verb.head)
    if verb.dep_ == "conj" and going:
        return verb.head
    purpose = verb.dep_ == "advcl" and is_infinitive(verb)
    if purpose and (going or verb.head.lemma_ == "be"):
        return verb.head
    return None


def verb_of_noun(noun: Token, has_sources: bool) -> Token | None:
    """The verb whose subject takes part in a trigger noun's event, if any.

    "hold (a round of) talks", "the talks X held", "entered into talks": the support verb, or
    one that shares the noun as its subject ("the meeting was planned … and will be attended by
    X"). "Lavrov said at the start of a meeting with X": the verb the noun attends (only when
    the noun names no participant of its own).
    """
    noun = measure_noun(noun) or noun  # "held a second round of talks"
    shared = [c for c in noun.head.children if c.dep_ == "conj" and c.pos_ == "VERB"
              and c.lemma_.lower() in LEXICON.support_verbs
              and not any(s.dep_ in ("nsubj", "nsubjpass") for s in c.children)]
    if noun.dep_ in ("nsubj", "nsubjpass") and shared:
        return shared[0]
    if noun.head.lemma_.lower() in LEXICON.support_verbs and noun.dep_ in ("dobj", "nsubjpass") \
            and not (noun.head.lemma_.lower() in LEXICON.arranging_verbs  # "arranged talks
                     and any(c.lower_ == "between" for c in noun.children)):  # between X and Y"
        return noun.head
    supporting = _verb_entered(noun, has_sources) or _hosting_verb(noun) \
        or relative_support_verb(noun)
    if supporting is not None:
        return supporting
    attended = attending_verb(noun)
    return attended if not has_sources or _spoke_during_a_visit(noun, attended) else None


def _spoke_during_a_visit(noun: Token, verb: Token | None) -> bool:
    """Whether one who spoke during someone's visit or courtesy call was its host: "During a
    courtesy call … by X, President Y said", "During X's visit, Y said" (not "During X's visit
    to India, Y said", whose visit goes to a place, nor "stepped foot at the castle during the
    visit of X")."""
    lemma = noun.lemma_.lower()
    visit = lemma in LEXICON.journey_nouns or lemma == LEXICON.call_lemma and any(
        c.lower_ in LEXICON.visit_call_modifiers for c in noun.children)
    return visit and verb is not None and verb.lemma_.lower() in LEXICON.speech_verbs \
        and noun.head.lower_ == "during" \
        and not any(c.dep_ == "prep" and c.lower_ == "to" for c in noun.children)


def _hosting_verb(noun: Token) -> Token | None:
    """The verb that hosts a trigger noun its subject takes part in ("hosted a meeting with X"),
    not a gathering others attend ("will host the summit"), or None."""
    hosts = noun.dep_ == "dobj" and noun.head.lemma_.lower() in LEXICON.hosting_verbs
    return noun.head if hosts and noun.lemma_.lower() not in LEXICON.gathering_nouns else None


def _verb_entered(noun: Token, has_sources: bool) -> Token | None:
    """The verb whose object after a preposition is a trigger noun its subject takes part in:
    "entered into talks with X", "embarked on a visit to Z", "began the visit with talks with
    X" (not "began with X's arrival", whose noun has its own party)."""
    if noun.dep_ != "pobj":
        return None
    preposition, verb = noun.head.lower_, noun.head.head
    lemma = verb.lemma_.lower()
    if preposition in ("into", "on") and lemma in LEXICON.entry_verbs \
            or preposition == "with" and not has_sources and lemma in LEXICON.opening_verbs:
        return verb
    return None


def attending_verb(noun: Token) -> Token | None:
    """The verb whose subject attends a trigger noun: "said at (the start of) a meeting with".

    Only through a preposition of place or time (`attending_prepositions`), optionally via a
    noun for a part of the event (`event_part_nouns`); "cooled after the failure of talks"
    attends nothing.
    """
    if noun.dep_ != "pobj":
        return None
    prep = noun.head
    if prep.lower_ == "of" and prep.head.lemma_.lower() in LEXICON.event_part_nouns \
            and prep.head.dep_ == "pobj":
        prep = prep.head.head
    if prep.lower_ in LEXICON.attending_prepositions and prep.head.pos_ in ("VERB", "AUX"):
        return prep.head
    return None


def sequenced(noun: Token, verb: Token) -> bool:
    """Whether a trigger noun is an event before or after the one of the verb it hangs on ("met
    Y following talks with Z"), whose objects are then no parties of it.

    Args:
        noun: a trigger noun.
        verb: the verb whose subject attends it.

    Returns:
        True when the noun follows one of `sequence_prepositions` of the verb.
    """
    return noun.dep_ == "pobj" and noun.head.head.i == verb.i \
        and noun.head.lower_ in LEXICON.sequence_prepositions


def noun_before_participle(verb: Token) -> Token | None:
    """The name right before the comma of a participle the parser hung on an earlier noun that
    names no one ("key talking points for Francois Hollande and Matteo Renzi, meeting in
    Venice"): whom the participle tells of, the first of its conjuncts; None for any other verb
    ("Newsom, a rival to Biden and Harris, meeting Xi": the participle is Newsom's).

    Args:
        verb: a verb with no subject in the parse.

    Returns:
        The name's head token, or None.
    """
    if verb.dep_ != "acl" or verb.tag_ != "VBG" or verb.i - 2 < verb.sent.start \
            or verb.doc[verb.i - 1].text != "," or verb.head.pos_ == "PROPN" \
            or verb.head.lemma_.lower() in LEXICON.role_heads:
        return None
    noun = verb.doc[verb.i - 2]
    while noun.dep_ == "conj" and noun.head.i < noun.i:
        noun = noun.head
    return noun if noun.pos_ == "PROPN" and noun.i != verb.head.i else None


def stranded_noun(verb: Token) -> Token | None:
    """The head of the noun phrase right before a verb (past the verb's own small modifiers,
    "today", "on Thursday", "will") when the parser hung it on something else by one of
    `STRANDED_RELATIONS`, or made it a compound of the gerund itself ("pointed to Glassie
    meeting with X"): the verb's lost subject.

    Args:
        verb: a verb with no subject in the parse.

    Returns:
        The noun, or None.
    """
    end = verb.i - 1
    for child in reversed(list(verb.lefts)):
        if child.right_edge.i == end and all(
                t.ent_type_ in ("DATE", "TIME") or t.pos_ in MODIFIER_POS for t in child.subtree):
            end = child.left_edge.i - 1
    if end < verb.sent.start:
        return None
    noun = verb.doc[end]
    while noun.pos_ not in ("NOUN", "PROPN") and noun.head.i < noun.i \
            and noun.head.right_edge.i == end:
        noun = noun.head  # "Mubarak of Egypt": from "Egypt" up to "Mubarak"
    while noun.dep_ == "pobj" and noun.head.head.right_edge.i == end \
            and noun.head.head.pos_ in ("NOUN", "PROPN"):
        noun = noun.head.head
    compounded = noun.dep_ == "compound" and noun.head.i == verb.i and verb.tag_ == "VBG"
    if noun.pos_ not in ("NOUN", "PROPN") or noun.dep_ not in STRANDED_RELATIONS and not compounded:
        return None
    return noun


def measure_noun(noun: Token) -> Token | None:
    """The measure noun counting a trigger noun ("a second round of talks", "a series of
    meetings"), or None."""
    if noun.dep_ == "pobj" and noun.head.lower_ == "of" \
            and noun.head.head.lemma_.lower() in LEXICON.measure_nouns:
        return noun.head.head
    return None


def is_inclusion(prep: Token) -> bool:
    """Whether a preposition lists people who take part themselves (`inclusion_words`:
    "including X", "such as X").

    Args:
        prep: a preposition.

    Returns:
        True for a word or two-word phrase of inclusion.
    """
    words = LEXICON.inclusion_words
    return prep.lower_ in words or prep.i > 0 and f"{prep.nbor(-1).lower_} {prep.lower_}" in words


def inclusions(noun: Token) -> list[Token]:
    """The heads of the people "including" (`inclusion_words`) names after a trigger noun, or
    after the measure noun counting it ("a series of meetings … including President X")."""
    heads = [noun, *filter(None, [measure_noun(noun)])]
    return objects_of([c for head in heads for c in head.children],
                      tuple(LEXICON.inclusion_words))
