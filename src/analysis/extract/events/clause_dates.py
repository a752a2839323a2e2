"""Which dates of a sentence are a trigger's: the verbs whose dates count (the trigger's clause,
the clauses framing it in time, the verbs coordinated with it), and the day of a journey the
clause names by its rank ("On the first day of his visit, X met Y")."""

from __future__ import annotations

from datetime import timedelta

from spacy.tokens import Span, Token

from analysis.extract.dates import ResolvedDate
from analysis.extract.events.arguments import RELATIVE_PRONOUNS
from analysis.extract.events.clauses import (
    LEXICON,
    TIME_CLAUSE_WORDS,
    host_of_visitor,
    same_clause_verbs,
)
from analysis.extract.parse import clause_verb

# The word that makes a ranked day the day after an arrival ("the first full day of the tour").
FULL = "full"


def dated_clause_verb(token: Token) -> Token:
    """The verb of a trigger's clause; a visitor's host's verb ("advised visiting X on Monday")."""
    host = host_of_visitor(token)
    return clause_verb(token) if host is None else host


def dated_verbs(token: Token) -> set[int]:
    """The token indexes of the verbs whose dates are a trigger's (`SettingReader.dates`)."""
    verb = dated_clause_verb(token)
    return same_clause_verbs(verb) | _framing_gerunds(verb) | _main_of_when(verb) \
        | _sharing_conjuncts(verb) | _copula_of_its_time(verb) | _complements_of_event(token) \
        | _verb_of_the_date_described(verb)


def _complements_of_event(noun: Token) -> set[int]:
    """The open complements below the verb an event noun is the subject of ("The talks are
    scheduled to take place on Wednesday", "talks are expected to resume next week")."""
    found: set[int] = set()
    verb = noun.head
    while noun.pos_ == "NOUN" and noun.dep_ in ("nsubj", "nsubjpass") and (verb := next(
            (c for c in verb.children if c.dep_ == "xcomp"), None)) is not None:
        found.add(verb.i)
    return found


def stands_before(date: Span, verb: Token) -> bool:
    """Whether a date stands right before the trigger's verb ("X on Thursday visited Y"), or
    before the first verb of a coordination the trigger's verb ends, sharing its subject and
    auxiliaries ("X and Y today urged … and began talks"): every conjunct's date.

    Args:
        date: a date expression.
        verb: the verb of the trigger's clause.

    Returns:
        True when the date is the clause's.
    """
    while verb.dep_ == "conj" and verb.head.pos_ in ("VERB", "AUX") and not any(
            c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass") for c in verb.children):
        if date.end == verb.i:
            return True
        verb = verb.head
    return date.end == verb.i


def inside_reported_clause(date: Token, verb: Token) -> bool:
    """Whether a date the parser hung on the verb of a report after the trigger's clause (its
    head, or a conjunct with no "and" before the date) is written inside that clause, after its
    verb and before the report's subject ("X had a telephone conversation with Y today,
    Kazinform has learnt"; not "X met Y and on Monday Z said so"): the clause's date.

    Args:
        date: a date expression's root.
        verb: the verb of the trigger's clause.

    Returns:
        True when the date is the clause's.
    """
    report = clause_verb(date)
    subject = next((c for c in report.children if c.dep_ == "nsubj"), None)
    after = verb.dep_ == "ccomp" and verb.head.i == report.i \
        or report.dep_ == "conj" and report.head.i == verb.i \
        and not any(c.dep_ == "cc" and c.i < date.i for c in verb.children)
    return after and subject is not None and verb.i < date.i < subject.i < report.i


def noun_phrase(noun: Token) -> set[int]:
    """A trigger noun's own phrase: its subtree without the clauses inside it that have a
    subject of their own other than a relative pronoun ("his visit, which came hours before he
    is sworn in tomorrow": not "tomorrow"; "talks which were held on Monday": "on Monday"), unless
    the clause only holds the noun ("the conversation he had this Monday")."""
    inner = [t for t in noun.subtree if t.i != noun.i and t.pos_ in ("VERB", "AUX")
             and any(c.dep_ in ("nsubj", "nsubjpass") and c.tag_ not in RELATIVE_PRONOUNS
                     for c in t.children)
             and not (t.dep_ == "relcl" and t.head.i == noun.i
                      and t.lemma_.lower() in LEXICON.support_verbs)]
    return {t.i for t in noun.subtree} - {d.i for clause in inner for d in clause.subtree}


def dates_another_thing(date: Token, own: set[int]) -> bool:
    """Whether a date (an expression's root) is written before a noun that is no event of the
    lexicon and not the trigger's own phrase (`own`): "in the 2002 terrorist attack", "last
    year's election" date that thing, not the trigger's clause; "the 2019 summit", "Monday's
    talks" and "Tuesday morning" are not such nouns."""
    head = date.head
    return date.dep_ in ("nummod", "compound", "amod", "poss") and date.i < head.i \
        and head.pos_ == "NOUN" and head.i not in own \
        and head.ent_type_ not in ("DATE", "TIME") and not _names_an_event(head)


def _names_an_event(noun: Token) -> bool:
    lemma = noun.lemma_.lower()
    return lemma in LEXICON.nouns or lemma in LEXICON.gathering_nouns \
        or lemma in LEXICON.journey_nouns or lemma in LEXICON.occasion_nouns


def journey_day(sent: Span, clause_verbs: set[int], start: ResolvedDate | None
                ) -> ResolvedDate | None:
    """The day of a journey a clause names by its rank: "(on) the second day of his visit" is the
    day after the journey's first; "the first full day of their tour", after an arrival day, the
    day after it.

    Args:
        sent: the trigger's sentence.
        clause_verbs: the token indexes of the verbs of the trigger's clause.
        start: the last day or span of days the article gives before the sentence, or None.

    Returns:
        The day, or None when the clause names no ranked day of a journey or no start is known.
    """
    if start is None or start.start is None or start.precision not in ("day", "range"):
        return None
    for day in sent:
        rank = _rank_of_journey_day(day)
        if rank is not None and clause_verb(day).i in clause_verbs:
            full = start.precision == "day" and any(c.lower_ == FULL for c in day.children)
            when = start.start + timedelta(days=rank + full)
            return ResolvedDate(day.text, when.isoformat(), "day", when, when)
    return None


def _rank_of_journey_day(day: Token) -> int | None:
    """The rank of a "day of" a journey noun ("the third day of his visit": 2), else None."""
    if day.lemma_.lower() != "day" or not any(
            p.lower_ == "of" and any(n.lemma_.lower() in LEXICON.journey_nouns for n in p.children)
            for p in day.children):
        return None
    return next((LEXICON.day_ordinals[c.lower_] for c in day.children
                 if c.lower_ in LEXICON.day_ordinals), None)


def _framing_gerunds(verb: Token) -> set[int]:
    """The gerunds that frame a clause in time ("Before leaving on Saturday, he met"; "after
    arriving on Monday"): a gerund after one of `framing_prepositions` hanging on the verb."""
    return {g.i for prep in verb.children
            if prep.dep_ == "prep" and prep.lower_ in LEXICON.framing_prepositions
            for g in prep.children if g.dep_ == "pcomp" and g.tag_ == "VBG"}


def _main_of_when(verb: Token) -> set[int]:
    """The verb of the main clause a "when" clause is the time of ("When the two leaders meet
    this afternoon, Trudeau will move into specifics": the afternoon is the meeting's), or a
    participle after it is part of."""
    when = verb.dep_ == "advcl" and any(
        c.dep_ in ("advmod", "mark") and c.lower_ in TIME_CLAUSE_WORDS for c in verb.children)
    return {verb.head.i} if when or _participle_of_manner(verb) else set()


def _copula_of_its_time(verb: Token) -> set[int]:
    """The copula that dates the time a verb's clause describes ("The last time they met was on
    December 20, 2019": "was")."""
    time = verb.head
    return {time.head.i} if verb.dep_ == "relcl" and time.lemma_.lower() in LEXICON.time_nouns \
        and time.dep_ == "nsubj" and time.head.lemma_ == "be" else set()


def _verb_of_the_date_described(verb: Token) -> set[int]:
    """The verb of the date a "when" clause describes ("The last such meeting was in 1969, when
    X met Y": "was", whose date is the meeting's)."""
    date = verb.head
    return {clause_verb(date).i} if verb.dep_ == "relcl" and date.ent_type_ == "DATE" \
        and any(c.lower_ in TIME_CLAUSE_WORDS for c in verb.children) else set()


def _participle_of_manner(verb: Token) -> bool:
    """Whether `verb` is a bare participle that tells how its main clause's event went ("had
    undertaken a mission on Tuesday, meeting with A and B"): same subject, same time."""
    return verb.dep_ == "advcl" and verb.tag_ == "VBG" and verb.i > verb.head.i \
        and not any(c.dep_ in ("nsubj", "mark", "aux", "advmod") for c in verb.children)


def _sharing_conjuncts(verb: Token) -> set[int]:
    """The verbs of meeting coordinated with `verb` that share its subject and auxiliaries,
    where a date at the end is the whole coordination's ("will meet and hold talks on
    Thursday"): a conjunct with a subject or an auxiliary of its own ("met X and will see Y on
    Friday") is a clause of its own, and one of another event ("arrived … and left in the
    evening") has a time of its own."""
    def of_meeting(token: Token) -> bool:
        lemma = token.lemma_.lower()
        return token.pos_ in ("VERB", "AUX") \
            and (lemma in LEXICON.verbs or lemma in LEXICON.support_verbs)

    def shares(token: Token) -> bool:
        return token.dep_ == "conj" and of_meeting(token) and not any(
            c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass") for c in token.children)

    first = verb.head if shares(verb) and of_meeting(verb.head) else verb
    return {first.i} | {c.i for c in first.children if shares(c)}
