"""Which trigger a token is: a verb or noun of the lexicon, read with its channel ("spoke by
phone" is a call), and the uses of "call" that are calls or visits.

Tokens are compared by index, never by identity (spaCy makes a new `Token` on every access).
"""

from __future__ import annotations

from collections.abc import Iterable

from spacy.tokens import Token

from analysis.extract.calendar import WEEKDAYS
from analysis.extract.events.arguments import (
    describes_visitor,
    is_infinitive,
    journey_before,
    objects_of,
)
from analysis.extract.events.channels import channel_of_words, talk_channel, topics
from analysis.extract.events.clauses import (
    COUNTERPART_PREPOSITIONS,
    LEXICON,
    clause_tokens,
    host_of_visitor,
    is_visit_call,
)
from analysis.extract.events.lexicon import Trigger
from analysis.extract.events.strays import owner_of_part, stray_object
from analysis.extract.parse import clause_verb

# Words that date a clause to a day even when NER misses them ("this afternoon").
DAY_WORDS = frozenset({*WEEKDAYS, "today", "yesterday", "tonight", "morning", "afternoon",
                       "evening"})
# The hyphens that join a split word.
HYPHENS = ("-", "‐")
# Infinitives after "called X" that say what a call was for (`_says_why`).
CALL_PURPOSES = LEXICON.call_purposes | LEXICON.conversation_words


def trigger_of(token: Token) -> Trigger | None:
    """The trigger a token is, if any: a verb or noun of the lexicon, read with its channel.

    Args:
        token: any token.

    Returns:
        The `Trigger` ("spoke by phone" is a phone call, "held talks via video link" a video
        call, "promised a loan" aid), or None.
    """
    lemma = token.lemma_.lower()
    if (host := host_of_visitor(token)) is not None:
        return _visitor_trigger(host)
    if describes_visitor(token):
        return None  # "talks with visiting X": X's description (`objects_of`)
    if token.pos_ in ("VERB", "AUX") and _phoned(token):
        return LEXICON.channel_triggers["phone"]
    if is_visit_call(token):
        return LEXICON.visit_call_trigger
    if token.pos_ == "VERB":
        trigger, talks = _verb_trigger(token, lemma), lemma in LEXICON.channel_verbs
    elif token.pos_ in ("NOUN", "PROPN"):
        if lemma == LEXICON.call_lemma:
            return _call_noun(token)
        if lemma in LEXICON.channel_nouns:  # "a video conference": a call by its own channel
            channel = channel_of_words({c.lower_ for c in token.children})
            return LEXICON.channel_triggers[channel] if channel \
                else LEXICON.nouns["talk"] if _appear_together(token) else None
        trigger, talks = _noun_trigger(token, lemma), False
    else:
        return None
    if talks or trigger is not None and trigger.kind == "meet":
        channel = talk_channel(token, trigger)
        if channel is not None:
            return LEXICON.channel_triggers[channel]
    return trigger if trigger is not None else _talk_of_no_entry(token, lemma, talks)


def _talk_of_no_entry(verb: Token, lemma: str, talks: bool) -> Trigger | None:
    """The trigger a verb of speaking or calling that no lexicon entry makes one is: a call
    readout ("spoke to President Macron this morning"), talks where the two are ("spoke with Xi
    in Beijing"), else None."""
    if lemma == LEXICON.call_lemma and _called_to_a_venue(verb):
        return LEXICON.nouns["talk"]
    if lemma in LEXICON.call_verbs and is_call_readout(verb):
        return LEXICON.channel_triggers["phone"]
    if talks and lemma != LEXICON.call_lemma and _talks_in_person(verb):
        return LEXICON.nouns["talk"]
    return None


def _visitor_trigger(host: Token) -> Trigger | None:
    """The trigger of a word describing a visitor whose host verb is `host` ("advised visiting
    President X"); none where that verb is a trigger of its own ("welcomed the visiting leaders"
    is one welcome, not also a meeting)."""
    return LEXICON.visitor_trigger if host.dep_ == "aux" or trigger_of(host) is None else None


def hyphenated_lemma(token: Token) -> str:
    """The lemma of the hyphenated word a token ends, which the parser split ("sit-down" is
    "sit", "-", "down"), or the token's own.

    Args:
        token: any token.

    Returns:
        "sit-down" for the "down" of "sit-downs", "mini-summit" for its "summit"; "talk" for
        "talks".
    """
    doc, start = token.doc, token.i
    while start >= 2 and doc[start - 1].text in HYPHENS and not doc[start - 1].whitespace_ \
            and not doc[start - 2].whitespace_:
        start -= 2
    return (doc[start:token.i].text + token.lemma_).lower()



def _phoned(verb: Token) -> bool:
    """Whether a verb is a call by its words: "was on the phone with X", "told X by phone",
    "rang up X"."""
    return _on_the_phone_with(verb) or _told_by_phone(verb) or _rang(verb)


def _rang(verb: Token) -> bool:
    """ "rang up Modi", "rang Ahern on Sunday": a verb of ringing with a person as its object."""
    return verb.lemma_.lower() in LEXICON.ringing_verbs and _person_told(verb)


def _person_told(verb: Token) -> bool:
    """Whether a verb's direct object is a name, a pronoun or a person's role ("the Prime
    Minister of New Zealand")."""
    return any(c.dep_ == "dobj" and (c.pos_ in ("PROPN", "PRON") or c.ent_type_ == "PERSON"
                                     or c.lemma_.lower() in LEXICON.role_heads)
               for c in verb.children)


def _told_by_phone(verb: Token) -> bool:
    """ "told X by phone", "urged him over the telephone", "congratulated X in a phone call": a
    verb of telling (`message_verbs`) with a phone channel phrase of its own (not one of an
    interview or a statement) and a person told."""
    if verb.lemma_.lower() not in LEXICON.message_verbs or not _person_told(verb):
        return False  # most verbs: no need to read their phrases
    objects = [o for o in verb.subtree if o.dep_ == "pobj" and o.head.dep_ == "prep"
               and clause_verb(o).i == verb.i  # "on his birthday in a phone call"
               and o.head.head.lemma_.lower() not in LEXICON.authored_nouns]  # "an interview by"
    return channel_of_words({w.lower_ for o in objects for w in (o, *o.children)
                             if w.i == o.i or w.dep_ in ("compound", "amod")}) == "phone"


def _on_the_phone_with(verb: Token) -> bool:
    """ "was on the phone with X", "spent an hour on the telephone with X": a call."""
    preps = [c for c in verb.children if c.dep_ == "prep"]
    return any(p.lower_ == "with" for p in preps) and any(
        p.lower_ == "on" and o.dep_ == "pobj" and o.lower_ in LEXICON.channel_words["phone"]
        for p in preps for o in p.children)


def counterpart_prepositions(trigger: Token, on_verb: bool) -> tuple[str, ...]:
    """The prepositions whose objects are a trigger's counterparts.

    Args:
        trigger: a trigger token.
        on_verb: whether the phrases looked at hang on the verb of a trigger noun.

    Returns:
        with and to; "from" for a call on its verb ("received a call from X", "from" hung on
        "received"); "for" for a meal's guest ("a state dinner for X", "gave a dinner for X");
        "on" and the like for a visit call ("called on X"), and "from" for its noun.
    """
    prepositions = COUNTERPART_PREPOSITIONS
    if trigger.lemma_.lower() in LEXICON.meal_nouns and (
            not on_verb or trigger.head.lemma_.lower() in LEXICON.support_verbs):
        prepositions += ("for",)
    if on_verb and (found := trigger_of(trigger)) is not None and found.kind in ("phone", "video"):
        prepositions += ("from",)
    if is_visit_call(trigger):
        prepositions += LEXICON.visit_call_prepositions
        if trigger.pos_ != "VERB":  # "a courtesy call received by X from Y"
            prepositions += ("from",)
    return prepositions


def honoured(trigger: Token, phrases: list[Token]) -> list[Token]:
    """The guests a meal is given in honour of ("gave a state dinner in honour of X").

    Args:
        trigger: a trigger token.
        phrases: the phrases hung on it or its verb.

    Returns:
        The objects of "of" after "in honour", for a meal; else [].
    """
    if trigger.lemma_.lower() not in LEXICON.meal_nouns:
        return []
    return [guest for prep in phrases if prep.dep_ == "prep" and prep.lower_ == "in"
            for honour in prep.children if honour.lemma_.lower() in LEXICON.honour_words
            for of in honour.children if of.dep_ == "prep" and of.lower_ == "of"
            for guest in of.children if guest.dep_ == "pobj"]


def _verb_trigger(verb: Token, lemma: str) -> Trigger | None:
    """The trigger a verb of the lexicon is: aid for "promised a loan", none for a host verb
    whose object is an event ("received a call from X": the call, not a welcome), a meeting
    for time spent with a person ("spent two hours with Mr Kaunda") or for seeing one ("sees
    Prime Minister Lee Kuan Yew")."""
    if lemma in LEXICON.company_verbs:
        company = objects_of(list(verb.children), ("with",))
        return LEXICON.verbs["meet"] if any(map(_names_a_person, company)) else None
    if lemma in LEXICON.exchange_words:  # "exchanged views with X"
        return LEXICON.verbs["meet"] if _exchanges_views(verb) else None
    if lemma not in LEXICON.seeing_verbs and lemma not in LEXICON.aid_verbs \
            and lemma not in LEXICON.verbs:
        return None  # most verbs: no need to read their objects
    objects = [c for c in verb.children if c.dep_ == "dobj"] or stray_object(verb)
    if lemma in LEXICON.seeing_verbs:
        return LEXICON.verbs["meet"] if _sees_a_person(verb, objects) else None
    aid = LEXICON.aid_verbs.get(lemma)
    if aid is not None and any(o.lemma_.lower() in LEXICON.aid_nouns for o in objects):
        return aid
    trigger = LEXICON.verbs.get(lemma)
    if trigger is not None and trigger.kind == "host" and any(trigger_of(o) for o in objects):
        return None
    return trigger


def _sees_a_person(verb: Token, objects: list[Token]) -> bool:
    """Whether a verb of seeing has a person (or a part of one: "kissed the Pope's ring") for
    object ("sees Prime Minister X"; not "saw X as a rival", "sees that …", "saw Chavez briefly
    deposed"; a later clause the parser made the seen person the subject of is no clause of the
    verb's own)."""
    misparsed = {o.head.i for o in objects if o.dep_ != "dobj" and not _right_after(o, o.head)}
    return any(_names_a_person(owner_of_part(o)) for o in objects) and not any(
        c.dep_ in ("xcomp", "ccomp", "oprd") and c.i not in misparsed or c.lower_ == "as"
        for c in verb.children)


def _right_after(subject: Token, verb: Token) -> bool:
    """Whether a verb follows its subject's name with only adverbs between ("Chavez briefly
    deposed"): a clause of its own, not a misparse ("Lee Kuan Yew of Singapore, whose country
    … is concerned")."""
    return subject.i < verb.i and all(t.pos_ == "ADV" for t in subject.doc[subject.i + 1:verb.i])


def _names_a_person(head: Token) -> bool:
    """Whether a phrase's head is a name or a person's title ("Mr Kaunda", "the President")."""
    return head.ent_type_ == "PERSON" or head.pos_ == "PROPN" and head.ent_type_ in ("", "ORG") \
        or head.lemma_.lower() in LEXICON.role_heads


def _call_noun(noun: Token) -> Trigger | None:
    """"A phone call", "a video call", "held a call with X", "a call between X and Y", "X's
    call with Y", "during the call" (one the article told before); not "a conference call",
    "calls for integration", "calls between the two countries"."""
    channel = channel_of_words({c.lower_ for c in noun.children})
    with_people = any(c.dep_ == "prep" and c.lower_ in ("between", "with") and any(
        t.ent_type_ == "PERSON" or t.pos_ == "PROPN" and not t.ent_type_ for t in c.subtree)
        for c in noun.children)
    if channel is None and (is_held_with(noun) or with_people or _during_the_call(noun)):
        channel = "phone"
    return LEXICON.channel_triggers[channel] if channel else None


def _noun_trigger(noun: Token, lemma: str) -> Trigger | None:
    """The trigger a noun of the lexicon is, read whole where hyphenated ("sit-down"); none for a
    meeting noun that only names one side's companions."""
    if lemma in LEXICON.exchange_words:  # "an exchange of views with X"
        return LEXICON.nouns["talk"] if _exchanges_views(noun) else None
    trigger = LEXICON.nouns.get(hyphenated_lemma(noun)) or LEXICON.nouns.get(lemma)
    if trigger is not None and trigger.kind == "meet" and _names_a_sides_companions(noun):
        return None  # "X was assisted in the talks by A and B" (not "in his visit")
    if lemma in LEXICON.speech_nouns and noun.tag_ == "NN" and _one_speakers(noun):
        return None  # "his blunt talk in New York": a speech
    return trigger


def _appear_together(noun: Token) -> bool:
    """Whether a press conference is given by two parties together: "a joint press conference",
    "X's news conference with Y" (`appearance_words`); not "a press conference" alone."""
    words = {c.lower_ for c in noun.children}
    return bool(words & LEXICON.appearance_words) \
        and bool(words & LEXICON.together_words or has_own_counterpart(noun))


def _one_speakers(noun: Token) -> bool:
    """Whether a singular noun is one person's, with no counterpart: "his talk", not "their
    talk", "a talk with X"."""
    return any(c.dep_ == "poss" and c.lower_ in ("his", "her") for c in noun.children) \
        and not has_own_counterpart(noun)


def phrases_on_topics(word: Token) -> list[Token]:
    """The phrases hung on what a word of `counterpart_verbs` discusses or exchanges, where the
    parser puts its counterpart ("discussed A and B with X", "an exchange of views with X",
    "discussed the possibility of aid with X").

    Args:
        word: a trigger of `counterpart_verbs`.

    Returns:
        The children of its objects, of their conjuncts and of what their "of" gives.
    """
    found = [topic for o in topics(word) for topic in (o, *o.conjuncts)]
    for topic in found:  # the list grows by what each "of" adds: "the possibility of aid"
        found += [o for p in topic.children if p.lower_ == "of" for o in p.children
                  if o.dep_ == "pobj"]
    return [c for topic in found for c in topic.children]


def _exchanges_views(word: Token) -> bool:
    """Whether an exchange is of views (`exchanged_things`)."""
    return any(t.lemma_.lower() in LEXICON.exchanged_things for t in topics(word))


def _names_a_sides_companions(noun: Token) -> bool:
    """Whether a meeting noun only says who came with one side ("X was assisted in the talks by
    A and B", "was accompanied at the meeting by"): the object of a preposition on a passive verb
    of company, with no counterpart of its own ("joined in talks with Y by Z" has one). A visit
    so told is still the subject's ("was accompanied by his wife in his visit to X")."""
    verb = noun.head.head
    return noun.dep_ == "pobj" and verb.lemma_.lower() in LEXICON.companion_verbs \
        and any(c.dep_ == "auxpass" for c in verb.children) and not has_own_counterpart(noun)


def has_own_counterpart(noun: Token) -> bool:
    """Whether a noun has a "with" or "between" phrase of its own ("talks with Y", "the call
    between X and Y").

    Args:
        noun: a noun.

    Returns:
        True when it has.
    """
    return any(c.dep_ == "prep" and c.lower_ in ("with", "between") for c in noun.children)


def _during_the_call(noun: Token) -> bool:
    """ "During the call, X told Y": a call told before, whose people are those of the clause;
    not one whose clause names who was in the room ("During the call, X was joined by Y"),
    nor a call for something ("during the call for elections", "the call to disarm")."""
    return noun.dep_ == "pobj" and noun.head.lower_ == "during" and any(
        c.dep_ == "det" and c.lower_ in ("the", "that", "this") for c in noun.children) \
        and not any(c.dep_ == "acl" or c.dep_ == "prep" and c.lower_ in ("for", "to")
                    for c in noun.children) \
        and noun.head.head.lemma_.lower() not in LEXICON.companion_verbs


def is_held_with(noun: Token) -> bool:
    """Whether a noun is held with someone: "hold a call with X", "had a call with X",
    "received a call from X", "placed a call to X" (not "made a call from Paris").

    Args:
        noun: a trigger noun.

    Returns:
        True for the object of a support verb with a "with" phrase, a "from" phrase (on the
        noun or the verb) naming no place, or a "to" phrase naming someone (not "a call to
        action").
    """
    if noun.dep_ != "dobj" or noun.head.lemma_.lower() not in LEXICON.support_verbs:
        return False
    phrases = [*noun.children, *noun.head.children]
    return any(c.dep_ == "prep" and c.lower_ == "with" for c in noun.children) or any(
        obj.ent_type_ not in ("GPE", "LOC", "FAC") for obj in objects_of(phrases, ("from",))
    ) or any(obj.pos_ in ("PROPN", "PRON") or obj.lemma_.lower() in LEXICON.role_heads
             for obj in objects_of(phrases, ("to",)))


def is_call_readout(verb: Token) -> bool:
    """ "spoke to President Macron this morning", "called Netanyahu on Sunday": a person (by
    name or title) after to/with, or the object of "call", a day or time of its own, a call
    named in the sentence or "call up" ("then called up Musharraf"), and no place (in, at) in
    the clause, and no visitor ("spoke with the visiting leader" met them). "Spoke to
    reporters", "spoke with Xi in Beijing", "criticised censorship and spoke to Lukashenko",
    "called Kim a rocket man", "called on X to act" and "called off the talks" are no call."""
    preps = [c for c in verb.children if c.dep_ == "prep"]
    if verb.lemma_.lower() == LEXICON.call_lemma:
        if _calls_something_else(verb, preps):
            return False
        counterparts = [c for c in verb.children if c.dep_ == "dobj"]
    else:
        counterparts = objects_of(preps, COUNTERPART_PREPOSITIONS)
    return _named_not_visiting(counterparts) and not _placed(verb.subtree) \
        and not any(p.lower_ == "during" for p in preps) and _dated_or_called_up(verb)


def _talks_in_person(verb: Token) -> bool:
    """ "Arrived in Mwanza and spoke for 40 minutes with Mkapa", "spoke with Xi in Beijing",
    "spoke briefly with Mkapa at the airport": a verb of talking with a person named after
    to/with, said where the two are (a place in its own clause, or a journey it is joined to),
    in a sentence that names no call ("spoke to Buhari, who is in London, a call which …")."""
    preps = [c for c in verb.children if c.dep_ == "prep"]
    preps += [c for prep in preps if prep.lower_ == "for" for time in prep.children
              for c in time.children if c.dep_ == "prep"]  # "for 40 minutes with X"
    return _named_not_visiting(objects_of(preps, COUNTERPART_PREPOSITIONS)) \
        and (_placed(clause_tokens(verb, verb)) or journey_before(verb) is not None) \
        and not _names_a_call(verb.sent)


def _names_a_call(tokens: Iterable[Token]) -> bool:
    """Whether some tokens hold the noun "call" ("that call came after …")."""
    return any(t.pos_ == "NOUN" and t.lemma_.lower() == LEXICON.call_lemma for t in tokens)


def _called_to_a_venue(verb: Token) -> bool:
    """Whether someone was called to a building, a summons, not a phone call: "called the Chinese
    ambassador to the White House" (its "to" on the verb or, as the parser may hang it, on the
    object); not "called the ambassador to China"."""
    called = [c for c in verb.children if c.dep_ == "dobj"]
    return bool(called) and any(
        t.dep_ == "pobj" and t.head.lower_ == "to" and t.head.head in (verb, *called)
        and (t.ent_type_ == "FAC" or t.lemma_.lower() in LEXICON.venue_words)
        for t in verb.subtree)


def _placed(tokens: Iterable[Token]) -> bool:
    """Whether some of a clause's tokens say where it happens: a place or venue after in/at
    ("in Beijing", "at the airport")."""
    return any(t.dep_ == "pobj" and t.head.lower_ in ("in", "at") and (
        t.ent_type_ in ("GPE", "LOC", "FAC") or t.lemma_.lower() in LEXICON.venue_words)
        for t in tokens)


def _dated_or_called_up(verb: Token) -> bool:
    """Whether a verb of calling has a day or time of its own, a call named in its sentence
    ("that call came after Trump spoke with Sheikh Tamim") or told before it (`_calls_before`),
    is "call up", or says what it was for ("called Calderon to discuss the clause",
    `_says_why`)."""
    return any(t.ent_type_ in ("DATE", "TIME") or t.lower_ in DAY_WORDS for t in verb.subtree) \
        or any(c.dep_ == "prt" and c.lower_ == "up" or _says_why(c) for c in verb.children) \
        or _names_a_call(verb.sent) \
        or _calls_before(verb)


def _calls_before(verb: Token) -> bool:
    """Whether a call is named in the sentence before ("Qatar said that call came after Trump
    spoke with Sheikh Tamim. The White House acknowledged Trump spoke with Sheikh Tamim and Crown
    Prince Mohammed"), or phone calls are counted anywhere before ("made two phone calls to
    foreign leaders. … The President also spoke with King Fahd")."""
    before = verb.doc[verb.sent.start - 1].sent if verb.sent.start else []
    return _names_a_call(before) \
        or any(t.tag_ == "NNS" and t.lemma_.lower() == LEXICON.call_lemma
               and channel_of_words({c.lower_ for c in t.children}) == "phone"
               for t in verb.doc[:verb.sent.start])


def _named_not_visiting(counterparts: list[Token]) -> bool:
    """Whether a counterpart is a person named or titled, and none is described as visiting
    (a visitor spoken with is met, not called)."""
    named = any(obj.pos_ == "PROPN" or obj.lemma_.lower() in LEXICON.role_heads
                or any(t.ent_type_ == "PERSON" for t in obj.subtree) for obj in counterparts)
    return named and not any(t.lower_ in LEXICON.visitor_words
                             for obj in counterparts for t in obj.subtree)


def _calls_something_else(verb: Token, preps: list[Token]) -> bool:
    """"Called Kim a rocket man", "called off the talks", "called on X to act", "called for
    calm": a use of "call" that is no phone call."""
    return any(c.dep_ in ("oprd", "attr", "xcomp", "ccomp") and not _says_why(c)
               or c.dep_ == "prt" and c.lower_ != "up" for c in verb.children) \
        or any(o.ent_type_ not in ("DATE", "TIME") for o in objects_of(preps, ("on", "upon", "for")))


def _says_why(clause: Token) -> bool:
    """Whether a clause of a verb of calling is an infinitive of what the call was for ("to
    discuss the clause", "to congratulate him": `call_purposes`)."""
    return clause.dep_ in ("xcomp", "advcl") and is_infinitive(clause) \
        and clause.lemma_.lower() in CALL_PURPOSES


def event_noun_before(noun: Token) -> Token | None:
    """The trigger noun a coordinated one follows: its nearest ancestor that is one ("held a
    meeting with Y and a luncheon with X"), or, for a noun the parser joined to a verb, the last
    one before it in its sentence ("will take part in ceremonies before holding a meeting with
    Y and then a meeting with X").

    Args:
        noun: a trigger noun.

    Returns:
        The trigger noun, or None.
    """
    found = next((a for a in noun.ancestors
                  if a.pos_ in ("NOUN", "PROPN") and trigger_of(a) is not None), None)
    if found is None and noun.dep_ == "conj" and noun.head.pos_ in ("VERB", "AUX"):
        found = next((t for t in reversed(noun.doc[noun.sent.start:noun.i])
                      if t.pos_ in ("NOUN", "PROPN") and trigger_of(t) is not None), None)
    return found
