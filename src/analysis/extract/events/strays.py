"""Parties the parser hung on the wrong word: the next items of a list of objects, a "between"
hung before its noun, a person met made a later clause's subject or joined to a day or a place,
or the possessor of the part of them a verb takes ("shook X's hand")."""

from __future__ import annotations

from spacy.tokens import Token

from analysis.extract.events.lexicon import load_lexicon

LEXICON = load_lexicon()


def lists_continued(objects: list[Token]) -> list[Token]:
    """The names after a comma that go on with a list of objects where the parser hung them on
    something else ("discussions with A, B and C", B a loose dependent of the verb): each such
    next item, whose conjuncts end the list.

    Args:
        objects: the first objects of lists.

    Returns:
        The heads of the next items.
    """
    found = []
    for obj in objects:
        comma, end = obj.right_edge.i + 1, obj.sent.end
        if comma + 1 < end and obj.doc[comma].text == ",":
            found += [t for t in obj.doc[comma + 1:end] if t.left_edge.i == comma + 1
                      and t.pos_ == "PROPN" and t.dep_ in ("dep", "appos", "npadvmod", "conj")
                      and t.head.i != obj.i and any(c.dep_ == "conj" for c in t.children)]
    return found


def stray_between(noun: Token) -> list[Token]:
    """The "between" right after a noun (past a time phrase) that the parser hung on an earlier
    word ("Agreement was reached during meetings this week between X and Y": on "Agreement"),
    or on the verb the noun is the subject of ("Talks were held between X and Y").

    Args:
        noun: a trigger noun.

    Returns:
        The preposition, or nothing.
    """
    if noun.dep_ in ("nsubj", "nsubjpass"):
        on_verb = [c for c in noun.head.children if c.dep_ == "prep" and c.lower_ == "between"]
        if on_verb:
            return on_verb[:1]
    for token in noun.doc[noun.i + 1:noun.sent.end]:
        if token.lower_ == "between" and token.dep_ == "prep":
            return [token] if token.head.i < noun.i else []
        if token.ent_type_ not in ("DATE", "TIME"):
            return []
    return []


def stray_object(verb: Token) -> list[Token]:
    """The name right after a verb without an object that the parser made the subject of a
    later clause ("sees Prime Minister Lee Kuan Yew of Singapore, whose country … is
    concerned": "Yew" hangs on "is").

    Args:
        verb: a trigger verb.

    Returns:
        The name's head, or nothing.
    """
    if verb.i + 1 >= len(verb.doc) or any(c.dep_ == "dobj" for c in verb.children):
        return []
    head = verb.doc[verb.i + 1]
    while head.dep_ == "compound" and head.head.i > head.i:
        head = head.head
    stray = head.pos_ == "PROPN" and head.dep_ in ("nsubj", "nsubjpass") \
        and head.head.i > head.i and head.sent.start == verb.sent.start
    return [head] if stray else []


def stray_heads(verb: Token, is_trigger: bool) -> list[Token]:
    """The heads of people met whom the parser hung elsewhere: a name joined to the verb ("met
    with X, and Speaker of the House Y"), and for a trigger verb a name joined to a day or place
    ("met A on Monday and B in Paris"), the objects of a "with" hung on a day or place
    ("conferred in Baku with A and B") or joined to its preposition or to the verb ("met with A
    on Monday and with B on Tuesday"), or a name made a later clause's subject
    (`stray_object`).

    Args:
        verb: the trigger's verb.
        is_trigger: whether the verb is the trigger itself.

    Returns:
        The heads, whose subtrees name the people.
    """
    heads = [c for c in verb.children if c.dep_ == "conj" and c.pos_ == "PROPN"]
    if is_trigger:
        preps = [prep for prep in verb.children if prep.dep_ == "prep"]
        days = [day for prep in preps for day in prep.children
                if day.ent_type_ in ("DATE", "GPE", "LOC")]  # or a place
        heads += [c for day in days for c in day.conjuncts if c.pos_ == "PROPN"] \
            + _objects_of_stray_withs(verb, preps, days) + stray_object(verb)
    return heads


def _objects_of_stray_withs(verb: Token, preps: list[Token], days: list[Token]) -> list[Token]:
    """The objects of the "with" phrases the parser hung on a day or place, or joined to a
    day's preposition or to the verb ("met with A on Monday and with B on Tuesday")."""
    withs = [c for prep in preps for c in prep.conjuncts if c.lower_ == "with"] \
        + [c for day in days for c in day.children if c.dep_ == "prep" and c.lower_ == "with"] \
        + [c for c in verb.children if c.dep_ == "conj" and c.lower_ == "with"]
    return [obj for prep in withs for obj in prep.children if obj.dep_ == "pobj"]


def owner_of_part(obj: Token) -> Token:
    """The one whose part a verb's object is (`person_part_nouns`: "shook X's hand": X), else
    the object.

    Args:
        obj: the head of a verb's object.

    Returns:
        The possessor's head, or `obj`.
    """
    owner = next((c for c in obj.children if c.dep_ == "poss"), None)
    return owner if owner is not None and obj.lemma_.lower() in LEXICON.person_part_nouns else obj
