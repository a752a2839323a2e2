"""What the parse says about a trigger and its clause: the verb its noun hangs on, its
parties, the words governing it, by which channel it happened.

Tokens are compared by index, never by identity (spaCy makes a new `Token` on every access)."""

from __future__ import annotations

from spacy.tokens import Token

from analysis.extract.events.arguments import is_infinitive, objects_of, relative_support_verb
from analysis.extract.events.lexicon import load_lexicon
from analysis.extract.parse import clause_verb

LEXICON = load_lexicon()
# Prepositions whose object is the counterpart: "met with X", "a visit to X".
COUNTERPART_PREPOSITIONS = ("with", "to")
# Prepositions that put their object before the clause's time: "after talks", "following".
PAST_PREPOSITIONS = ("after", "following", "since")
# Words opening a clause of time ("when he met"; "When they meet today, X will …").
TIME_CLAUSE_WORDS = ("when", "while", "as")
# Trigger nouns of a visit ("during the visit", "on his trip").
VISIT_NOUNS = frozenset(lemma for lemma, trigger in LEXICON.nouns.items() if trigger.kind == "visit")
# Kinds of a meeting held that its clause does not date, which is on the day the story is at (not
# a visit, which may be one invited to or long past).
STORY_DAY_KINDS = frozenset(LEXICON.meeting_kinds) - {"visit"}
# Pronouns that stand for one person ("he discussed trade with Y"; not "they", "we").
SINGULAR_PRONOUNS = frozenset(LEXICON.person_pronouns) | (
    frozenset(LEXICON.speaker_pronouns) - frozenset(LEXICON.plural_speaker_pronouns))
# Relations that close a noun phrase: the name in "his ally President X" is sought before them.
PHRASE_BOUNDARIES = ("prep", "relcl", "acl")


def host_of_visitor(token: Token) -> Token | None:
    """The verb whose subject met the visitor a word describes ("advised visiting President
    Aquino", "spoke with the visiting leader"): the verb of which the visitor is the object,
    or the object after with/to, or a past verb the parser made the auxiliary of "visiting"
    ("met visiting President Niyazov"); None for any other word.

    Args:
        token: any token.

    Returns:
        The verb, or None.
    """
    if token.lower_ not in LEXICON.visitor_words:
        return None
    met = next((c for c in token.children if c.dep_ == "aux" and c.tag_ == "VBD"
                and c.lower_ not in ("was", "were", "had", "did")), None)
    if met is not None:  # "Yeltsin today met visiting President X", "met" parsed its aux
        return met
    noun = token.head
    if token.dep_ not in ("amod", "compound") or noun.pos_ not in ("PROPN", "NOUN"):
        return None
    verb = noun.head
    if noun.dep_ == "pobj" and verb.lower_ in COUNTERPART_PREPOSITIONS:
        verb = verb.head
    elif noun.dep_ not in ("dobj", "dative"):
        return None
    return verb if verb.pos_ == "VERB" else None


def is_definite(noun: Token) -> bool:
    """Whether a noun refers back: "the", "this" or "that" meeting.

    Args:
        noun: a noun.

    Returns:
        True when such a determiner is its child.
    """
    return any(c.dep_ == "det" and c.lower_ in ("the", "this", "that") for c in noun.children)


def says_separately(token: Token) -> bool:
    """Whether a trigger's words say its people met on their own ("held separate talks", "met
    X and Y separately", "A and B will both hold talks with Z").

    Args:
        token: the trigger.

    Returns:
        True when the trigger, the verb of a trigger noun or its subject has one of
        `separate_words` as a modifier, or their object one as an adverb.
    """
    scope = [token, token.head] if token.pos_ in ("NOUN", "PROPN") else [token]
    objects = [o for word in scope for c in word.children if c.dep_ in ("dobj", "prep")
               for o in (c, *c.children) if o.dep_ in ("dobj", "pobj")]
    subjects = [c for word in scope for c in word.children if c.dep_ == "nsubj"]  # "they both"
    return any(c.lower_ in LEXICON.separate_words  # not "Both met", "both leaders"
               and c.dep_ in ("advmod", "amod", "dep", "appos", "npadvmod")
               for word in [*scope, *subjects] for c in word.children) \
        or any(c.lower_ in LEXICON.separate_words and c.dep_ == "advmod"  # "met X, respectively"
               for word in objects for c in word.children)


def is_separate(token: Token) -> bool:
    """ "held separate meetings with X and Y", "met X and Y separately", "went to Washington for
    their meetings with Carter" (a plural of several people's), "meetings with X and Y" (a plural
    of `occasion_nouns`): one meeting each."""
    if says_separately(token):
        return True
    lemma = token.lemma_.lower()
    theirs = any(c.dep_ == "poss" and c.lower_ == "their" for c in token.children)
    return token.tag_ == "NNS" and (lemma in LEXICON.occasion_nouns or lemma != "talk" and theirs)


def is_companion(head: Token) -> bool:
    """Whether a noun phrase names someone who comes with another person: "his wife Rebeka
    Sultana", "Wang Huning, his aide", "the wife of the president" (a companion noun with a
    possessor, or in apposition to the name). "National Security Adviser Jake Sullivan"
    is no companion: his title has no possessor.

    Args:
        head: the head of a participant's noun phrase.

    Returns:
        True for a companion.
    """
    nouns = [head, *(c for c in head.children if c.dep_ in ("appos", "compound"))]
    return any(noun.lemma_.lower() in LEXICON.companion_nouns and any(
        c.dep_ == "poss" or c.dep_ == "prep" and c.lower_ == "of" for c in noun.children)
        for noun in nouns)


def is_anaphoric(token: Token) -> bool:
    """ "The discussion between X and Y also touched on …": a definite trigger noun that is the
    subject of its clause speaks of an event the article has reported."""
    return token.pos_ in ("NOUN", "PROPN") and token.dep_ in ("nsubj", "nsubjpass") \
        and any(c.dep_ == "det" and c.lower_ == "the" for c in token.children)


def is_visit_call(token: Token) -> bool:
    """ "a courtesy call", "called on the visiting leader", "when he called on her": a call in
    person; not "called on X to act" nor "called on the world"."""
    if token.lemma_.lower() != LEXICON.call_lemma:
        return False
    if token.pos_ != "VERB":
        return any(c.lower_ in LEXICON.visit_call_modifiers for c in token.children)
    hosts = objects_of(list(token.children), LEXICON.visit_call_prepositions)
    urged = any(c.dep_ in ("xcomp", "ccomp", "oprd") for c in token.children) or any(
        t.pos_ == "VERB" and any(a.dep_ == "aux" and a.lower_ == "to" for a in t.children)
        for host in hosts for t in host.subtree)
    return not urged and any(host.ent_type_ not in ("DATE", "TIME") and (
        host.pos_ == "PROPN" or host.lemma_.lower() in LEXICON.role_heads
        or host.pos_ == "PRON" and host.lower_ in LEXICON.person_pronouns) for host in hosts)


def is_topic_talk(token: Token) -> bool:
    """ "talked about the weather" with no one to talk with or to: talk, not a meeting."""
    if token.lemma_.lower() not in LEXICON.topic_verbs:
        return False
    preps = {c.lower_ for c in token.children if c.dep_ == "prep"}
    return bool(preps & LEXICON.topic_prepositions) and not preps & set(COUNTERPART_PREPOSITIONS)


def governing_chain(token: Token) -> list[Token]:
    """The trigger and up to three words governing it through complements, objects, the noun
    a verb completes ("will have the opportunity to meet X", "the honor of meeting": will have)
    and "to" before a gerund ("looks forward to meeting X");
    not through a preposition or conjunction of time past ("After a meeting, they agreed to
    return", "the plan Nicaragua proposed after Ortega met Shultz": the meeting took place,
    whatever they plan)."""
    chain = [token]
    if _in_time_past(token):
        return chain
    relative = relative_support_verb(token) if token.pos_ in ("NOUN", "PROPN") else None
    if relative is not None:  # "the meeting, which he will attend": the clause's time
        return [token, relative]
    if token.pos_ in ("NOUN", "PROPN") and token.head.i != token.i:
        chain.append(token.head)
    if (taker := _chance_taker(token)) is not None:
        chain.append(taker)
    for _ in range(3):
        head = chain[-1].head
        if head.i == chain[-1].i or chain[-1].dep_ not in (
                "xcomp", "dobj", "nsubj", "nsubjpass", "pobj", "prep", "advcl", "ccomp", "acl") \
                and not (chain[-1].dep_ == "pcomp" and head.lower_ == "to") \
                or chain[-1].dep_ == "ccomp" and head.i > chain[-1].i:  # "X Meets Y, Offers Aid"
            break
        chain.append(head)
        if chain[-1].dep_ == "ROOT":
            break
    return chain


def _in_time_past(token: Token) -> bool:
    """Whether a trigger stands in a phrase or clause of time past: "after a meeting", "after he
    met" ("after he meets" takes the main clause's time), "when Yoon met Kishida"."""
    before = token.doc[token.left_edge.i - 1].lower_ if token.left_edge.i > 0 else ""
    if token.pos_ in ("NOUN", "PROPN") and (token.head.lower_ in PAST_PREPOSITIONS
                                            or before in PAST_PREPOSITIONS):
        return True
    if token.tag_ in ("VBD", "VBN") and any(c.dep_ == "mark" and c.lower_ in PAST_PREPOSITIONS
                                            for c in token.children):
        return True
    return token.tag_ == "VBD" and any(c.dep_ in ("mark", "advmod")
                                       and c.lower_ in TIME_CLAUSE_WORDS for c in token.children)


def coordinated_verb(token: Token) -> Token | None:
    """The verb a conjoined verb with no auxiliary or subject of its own shares its time with
    ("will praise Biden and meet Putin": praise), or None. A bare verb the parser joined to a
    finite one goes with the infinitive before it ("is due to have lunch and meet X": have)."""
    if token.dep_ != "conj" or token.pos_ not in ("VERB", "AUX") or any(
            c.dep_ in ("aux", "nsubj", "nsubjpass") for c in token.children):
        return None
    head = token.head
    if token.tag_ == "VB" and head.tag_ != "VB":
        infinitives = [t for t in head.subtree
                       if t.dep_ == "xcomp" and t.tag_ == "VB" and t.i < token.i]
        if infinitives:
            return infinitives[-1]
    return head


def _chance_taker(verb: Token) -> Token | None:
    """The verb whose object a gerund completes with "of" ("will have the honor of meeting X",
    "had the chance of seeing X"): it holds the gerund's time and place; else None."""
    completed = noun_completed(verb)
    return completed[1] if len(completed) == 2 else None


def noun_completed(token: Token) -> list[Token]:
    """The noun a gerund completes after "of" ("no intention of meeting"), and the verb that
    noun is the object of ("did not have the intention of meeting"); [] for any other word."""
    of = token.head
    if token.dep_ != "pcomp" or of.lower_ != "of" or of.head.pos_ not in ("NOUN", "PROPN"):
        return []
    noun = of.head
    return [noun, noun.head] if noun.dep_ == "dobj" else [noun]


def same_clause_verbs(verb: Token) -> set[int]:
    """`verb` and the verbs it is an open complement of ("set to hold", "agreed to meet", "will
    have the honor of meeting"), or the purpose of a journey ("arrived on Thursday to meet",
    "flew to Delhi to hold talks")."""
    verbs = {verb.i}
    if (taker := _chance_taker(verb)) is not None:  # "will have the honor of meeting"
        verbs.add(taker.i)
        verb = taker
    current = verb
    for head in verb.ancestors:  # bounded by the sentence, unlike a walk up `.head`
        purpose = current.dep_ == "advcl" and head.lemma_.lower() in LEXICON.travel_words \
            and is_infinitive(current)
        if current.dep_ not in ("xcomp", "auxpass") and not purpose:
            break
        verbs.add(head.i)
        current = head
    return verbs


def clause_tokens(clause: Token, trigger: Token) -> list[Token]:
    """The tokens of `clause` that belong to it: not those of a subordinate clause, nor of
    a subject that does not hold the trigger; a noun trigger's own phrase always counts.

    Args:
        clause: the trigger's clause head (the trigger, or the verb a trigger noun hangs on).
        trigger: the trigger token.

    Returns:
        The tokens, in order.
    """
    verbs = same_clause_verbs(clause_verb(clause))
    own = {t.i for t in trigger.subtree} if trigger.i != clause.i else {
        t.i for c in trigger.children if c.dep_ == "acl" and c.tag_ == "VBN"
        for t in c.subtree}  # "in a meeting held in Doha, X told Y"
    other_subjects = [c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")
                      and not c.left_edge.i <= trigger.i <= c.right_edge.i]
    return [t for t in clause.subtree
            if (t.i in own or clause_verb(t).i in verbs)
            and not any(s.left_edge.i <= t.i <= s.right_edge.i for s in other_subjects)]


def during_visit(token: Token, unplaced: bool = False) -> bool:
    """Whether the trigger's clause is set "during the visit" ("during his trip", "in the
    course of the tour"): a preposition of time whose object is a visit noun.

    Args:
        token: a trigger.
        unplaced: only a visit noun that names no place ("during the visit", not "during his
            trip to Israel").

    Returns:
        True when the clause's verb (or the trigger) has such a phrase.
    """
    return any(child.dep_ == "prep" and child.lower_ in LEXICON.during_prepositions
               and any(obj.dep_ == "pobj" and obj.lemma_.lower() in VISIT_NOUNS
                       and not (unplaced and any(c.dep_ == "prep" for c in obj.children))
                       for obj in child.children)
               for head in {clause_verb(token), token} for child in head.children)


def subject_head(token: Token) -> Token | None:
    """The head of the subject of the trigger's clause, up to four levels above it."""
    current = token
    for _ in range(4):
        for child in current.children:
            if child.dep_ in ("nsubj", "nsubjpass"):
                return child
        if current.head.i == current.i:
            return None
        current = current.head
    return None


def subject_phrase(token: Token) -> str | None:
    """The words of the subject of the trigger's clause ("the two leaders"), or None."""
    head = subject_head(token)
    return None if head is None else " ".join(t.text for t in head.subtree)


def party_heads(token: Token) -> list[Token]:
    """The heads of the phrases that name the trigger's parties: its subject, a verb's direct
    object ("will meet congressional leaders"), and the objects after with/to of the trigger (or
    of the verb a trigger noun hangs on), or after "on" of a visit ("called on the visiting
    leader")."""
    heads = [head] if (head := subject_head(token)) is not None else []
    heads += [c for c in token.children if c.dep_ == "dobj" and token.pos_ == "VERB"]
    scope = [token]
    if token.pos_ in ("NOUN", "PROPN") and token.head.lemma_.lower() in LEXICON.support_verbs:
        scope.append(token.head)
    preps = [c for word in scope for c in word.children if c.dep_ == "prep"]
    visit = LEXICON.visit_call_prepositions if is_visit_call(token) else ()
    return heads + objects_of(preps, COUNTERPART_PREPOSITIONS + visit)


def is_time_clause_subject(pronoun: Token) -> bool:
    """Whether a pronoun is the subject of a clause that a time word opens ("when he arrives").

    Args:
        pronoun: a pronoun token.

    Returns:
        True for the subject of an adverbial clause marked by one of `time_clause_words`.
    """
    clause = pronoun.head
    return pronoun.dep_ in ("nsubj", "nsubjpass") and clause.dep_ == "advcl" and any(
        c.dep_ in ("mark", "advmod") and c.lower_ in LEXICON.time_clause_words
        for c in clause.children)


def names_both_sides(verb: Token, sources: list[int], targets: list[int]) -> bool:
    """Whether a verb that needs a counterpart ("discussed") has one, and a subject that names
    its people or stands for one person: "X and Y discussed trade", "X discussed trade with Y",
    "he discussed trade with Y", a passive's agent ("the treaty was signed by X and Y"); not "X
    discussed the crisis", nor "the two leaders discussed" or "they discussed" after a meeting
    reported before (that meeting's content, not another)."""
    agent = next((c for c in verb.children if c.dep_ == "agent"), None)
    subject = next(agent.children, None) if agent is not None else subject_head(verb)
    named = subject is not None and any(t.pos_ == "PROPN" for t in subject.subtree)
    one = subject is not None and subject.lower_ in SINGULAR_PRONOUNS
    return bool(sources) and (named and len(sources) >= 2 or (named or one) and bool(targets))


def lacks_counterpart(verb: Token, sources: list[int], targets: list[int]) -> bool:
    """Whether a verb that needs a counterpart names none ("X discussed trade", "X talked about
    trade": `names_both_sides`), talks of what people say ("with X and Y talking about weeks,
    not months"), is a participle of another verb ("began with visits, pledging to …") or
    agrees on a meeting told below it ("agreed to meet").

    Args:
        verb: a trigger.
        sources: its sources (mention indexes).
        targets: its targets.

    Returns:
        True when the trigger reports no meeting.
    """
    topic = is_topic_talk(verb)
    needs = topic or verb.lemma_.lower() in LEXICON.counterpart_verbs
    participle = verb.tag_ == "VBG" and (topic or verb.dep_ == "advcl")
    return needs and (participle or _agrees_on_an_event(verb)
                      or not names_both_sides(verb, sources, targets))


def _agrees_on_an_event(verb: Token) -> bool:
    """Whether a verb of a stand taken together has a meeting of its own below it ("agreed to
    meet", "agreed on a visit", "pledged to hold talks"): that event is told, not the stand."""
    if verb.lemma_.lower() not in LEXICON.joint_verbs:
        return False
    below = [c for c in verb.children if c.dep_ in ("xcomp", "ccomp")
             or c.dep_ == "prep" and c.lower_ in ("on", "upon", "to")]
    words = below + [o for c in below for o in c.children if o.dep_ in ("dobj", "pobj")]
    return any(t.lemma_.lower() in LEXICON.verbs or t.lemma_.lower() in LEXICON.nouns
               for t in words)


def controlling_verb(verb: Token) -> Token | None:
    """The verb whose subject an open complement or subjectless clause shares ("agreed to meet",
    "came after meeting X", "held talks with A; met with B"), or None; for an infinitive on a
    noun, the noun, and for that noun the verb it completes ("X was the first leader to meet Y":
    X); for one on the object of a preposition, the verb of the preposition ("agreed during a
    call to meet")."""
    infinitive = verb.dep_ in ("relcl", "acl") and is_infinitive(verb)
    if infinitive and verb.head.dep_ == "pobj" and verb.head.head.dep_ == "prep":
        return verb.head.head.head  # "agreed during a call to meet": who agreed
    if (verb.dep_ in ("xcomp", "conj", "advcl", "acl", "acomp", "attr") or infinitive
            or verb.dep_ == "dep" and verb.head.pos_ == "VERB" and verb.head.i < verb.i) \
            and verb.head.i != verb.i:
        return verb.head  # "dep": "X talked with A today, then met B", hung on "talked"
    if verb.dep_ == "pcomp" and verb.head.dep_ == "prep":
        # "came after meeting X": the one who came; "decided in favour of holding talks": who
        # decided, past the noun the gerund completes
        word = verb.head.head
        return word.head.head if word.dep_ == "pobj" and word.head.dep_ == "prep" else word
    # "X held talks with A; met with B": a clause before a semicolon the parser hung below it
    return next((c for c in reversed(list(verb.lefts)) if c.dep_ in ("ccomp", "conj")
                 and verb.doc[c.right_edge.i + 1].lower_ == ";"), None)


def names_an_event(noun: Token) -> bool:
    """Whether a trigger noun ends an event's proper name ("the APEC Economic Leaders'
    Meeting"): written with a capital inside a sentence, after capitalised words of the name."""
    return noun.i > noun.sent.start and noun.text[:1].isupper() and any(
        c.dep_ in ("compound", "poss") and c.text[:1].isupper() for c in noun.children)


def subject_ahead(pronoun: Token) -> Token | None:
    """The subject of the clause a possessive's fronted phrase hangs on, when it comes after
    the phrase ("Ahead of his talks with X, Y flew to Z": Y), past a participle with no subject
    of its own ("Speaking after his talks with X, Y told reporters": Y), else None.

    Args:
        pronoun: a pronoun token.

    Returns:
        The subject's head token, or None.
    """
    if pronoun.dep_ != "poss":
        return None
    for verb in (t for t in pronoun.ancestors if t.pos_ in ("VERB", "AUX")):
        subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subject is not None:
            return subject if subject.left_edge.i > pronoun.i else None
    return None


def phrase_without(head: Token, relations: tuple[str, ...] = PHRASE_BOUNDARIES) -> list[Token]:
    """The tokens of a phrase less what hangs under a word attached by some relations.

    Args:
        head: the phrase's head.
        relations: dependency relations whose subtrees are cut ("prep", "relcl", "acl" by
            default: "a claim by the minister" is "a claim").

    Returns:
        The tokens left, in order (the parse is projective: a subtree is a run of tokens).
    """
    cuts = [(t.left_edge.i, t.right_edge.i) for t in head.subtree
            if t.i != head.i and t.dep_ in relations]
    return [t for t in head.subtree if not any(start <= t.i <= end for start, end in cuts)]
