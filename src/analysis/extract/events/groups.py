"""Who a phrase naming a group of people stands for: "the two leaders", "the three North
American leaders", "both presidents", as the subject of a meeting or as the people met."""

from __future__ import annotations

import re

from spacy.tokens import Span, Token

from analysis.extract.actors.honorifics import womans_surname
from analysis.extract.actors.lexicon import ROLE_WORDS, STATED_ONLY_TITLES
from analysis.extract.actors.names import surname_key
from analysis.extract.events import quotes
from analysis.extract.events.arguments import (
    attending_verb,
    has_object,
    objects_of,
    relative_support_verb,
)
from analysis.extract.events.bystanders import is_capacity, owners
from analysis.extract.events.clauses import (
    COUNTERPART_PREPOSITIONS,
    LEXICON,
    is_definite,
    is_visit_call,
    names_an_event,
    subject_head,
    subject_phrase,
)
from analysis.extract.events.phrases import PhraseReader
from analysis.extract.events.role_parties import names_a_role
from analysis.extract.events.status import is_planned

# Subjects that stand for the three or four people of the previous meeting: "the three North
# American leaders", "all three".
GROUP_SIZES = {"three": 3, "four": 4}
GROUP_SUBJECT = re.compile(r"(?i)^(?:the|all)\s+(three|four)(?:(?:\s+[A-Za-z-]+){0,3}\s+"
                           r"(?:leaders|presidents|heads|men|women|ministers)\b|\s*$)")
# A subject that names people by their office without counting them ("the prime ministers"): the
# previous meeting's people, however many.
UNCOUNTED_GROUP = re.compile(r"(?i)^the\s+(?:presidents|prime\s+ministers|premiers)$")
# A subject that names people by their office or counts them ("the two foreign ministers",
# "both leaders"; not "both sides", "they").
PEOPLE_GROUP = re.compile(r"(?i)\b(?:leaders|presidents|ministers|premiers|pms|chancellors|heads"
                          r"|counterparts|men|women)\b")
# A subject that is a pronoun alone ("they", "their"): it stands for the last meeting's people.
PRONOUN_SUBJECT = re.compile(r"(?i)^\s*(?:they|their)\s*$")
# An object that counts the people it stands for: "the two presidents", "both leaders".
COUNTED_GROUP = re.compile(r"(?i)^(?:the\s+)?(?:both|two|three|four)\b")
# A spouse named beside a participant ("Mr. Johnston and his wife, Sharon", "the President and
# First Lady Rita Sargsyan", "hosted Marcos and Philippine first lady Louise Araneta"): company,
# no party.
SPOUSE_BEFORE = re.compile(r"(?i)(?:\b(?:wife|husband|spouse)"
                           r"|\band\s+(?:\w+\s+)?first\s+(?:lady|gentleman))[\s,]{1,3}$")
SPOUSE_REACH = 32  # characters before a name the words are looked for in
# Counterparts in one object from which a person meets each on their own ("met with A, B and
# C"); with two, "met A and B" is taken as one meeting of three.
EACH_MIN_COUNTERPARTS = 3


def group_size(phrases: list[str]) -> int:
    """How many people a subject phrase stands for.

    Args:
        phrases: the subject phrases of a trigger.

    Returns:
        3 or 4 for "the three leaders", 2 for "the two leaders" or "they", 0 for another
        phrase."""
    groups = [GROUP_SUBJECT.search(p) for p in phrases]
    size = next((GROUP_SIZES[g[1].lower()] for g in groups if g), 0)
    if not size and any(LEXICON.pair_subject.search(p) for p in phrases):
        size = 2
    return size


def group_subject(reader: PhraseReader, token: Token, previous_meeting: list[int]) -> list[int]:
    """The people a subject or possessor such as "the two leaders", "the presidents'" or
    "the three North American leaders" stands for: those of the previous meeting when it
    had as many (for "the presidents", any number), else the last ones named (for three or
    more, only when they include the previous meeting's people); [] for any other phrase."""
    phrases = [p for p in [subject_phrase(token)] + [
        " ".join(t.text for t in c.subtree) for c in token.children if c.dep_ == "poss"] if p]
    if any(PRONOUN_SUBJECT.match(p) for p in phrases) and not _own_subject(token):
        return []  # "They have called on X to negotiate": not the two of the last meeting
    size = group_size(phrases)
    if not size:
        return []
    if len(previous_meeting) == size or _uncounted_group_of(phrases, previous_meeting):
        return list(previous_meeting)
    # "the two leaders" may be the last two named ("the two presidents", the last two
    # presidents); three or more only the last named that include the previous meeting's people
    # (who met, then "the three leaders" dined)
    title = _office_of(phrases)
    people = reader.last_people(token, size) if title == "leader" \
        else _named_before(reader, token, size, title, [])
    named = {reader.actor(i) for i in people}
    if len(people) < size or size > 2 and not (
            previous_meeting and {reader.actor(i) for i in previous_meeting} <= named):
        return []
    return people


def first_report_by_group(reader: PhraseReader, token: Token, sources: list[int],
                          previous_meeting: list[int]) -> bool:
    """Whether a verb that needs a counterpart has people named as a group for its subject
    before the article reports any meeting ("The two foreign ministers discussed bilateral
    issues"): the meeting itself, not what an earlier one discussed.

    Args:
        reader: the article's phrases.
        token: the trigger.
        sources: its sources so far.
        previous_meeting: mention indexes of the people of the article's last meeting so far.

    Returns:
        True when the group stands for two people or more.
    """
    return not sources and not previous_meeting \
        and PEOPLE_GROUP.search(subject_phrase(token) or "") is not None \
        and len(group_subject(reader, token, previous_meeting)) >= 2


def speakers_of_last_meeting(reader: PhraseReader, token: Token, sources: list[int],
                             previous_meeting: list[int]) -> bool:
    """Whether a quoted "we" is the two people of the article's last meeting, its speaker one of
    them ("After talks with Bakhtadze, Pashinyan spoke …: 'Today we had a very important
    conversation'").

    Args:
        reader: the article's phrases.
        token: the trigger.
        sources: its sources (the speaker, for "we").
        previous_meeting: mention indexes of the people of the article's last meeting so far.

    Returns:
        True when the subject is "we", said by one of the last meeting's two people.
    """
    subject = subject_head(token)
    met = {reader.actor(i) for i in previous_meeting}
    return subject is not None and subject.lower_ in LEXICON.plural_speaker_pronouns \
        and len(sources) == 1 and len(met) == 2 and reader.actor(sources[0]) in met


def _uncounted_group_of(phrases: list[str], previous_meeting: list[int]) -> bool:
    """Whether a subject names the previous meeting's three or more people by their office
    without counting them ("the presidents")."""
    return len(previous_meeting) > 2 and any(UNCOUNTED_GROUP.match(p) for p in phrases)


def attended_meeting(token: Token, previous_meeting: list[int], taken: list[int]) -> list[int]:
    """The people of the meeting a trigger noun refers back to when a relative clause says who
    else attends it ("Correa welcomed the meeting, which he too will attend": the people of the
    meeting reported before take part beside him).

    Args:
        token: a trigger.
        previous_meeting: mention indexes of the people of the article's last meeting so far.
        taken: mention indexes of its parties so far, left out.

    Returns:
        Those mention indexes, or [] for any other trigger.
    """
    verb = relative_support_verb(token) if token.pos_ == "NOUN" else None
    joins = verb is not None and verb.lemma_.lower() in LEXICON.attendance_verbs
    return [i for i in previous_meeting if i not in taken] if joins and is_definite(token) else []


def sat_in(token: Token, previous_meeting: list[int]) -> bool:
    """Whether a trigger noun is the meeting reported before, which its clause's subject only
    attended ("King Abdullah met the Crown Prince. Prince Feisal and Foreign Minister Safadi
    attended the meeting and the banquet"): aides and companions present, not parties meeting
    each other. A gathering they attend is theirs ("attend the fifth Northern Corridor Summit").

    Args:
        token: a trigger.
        previous_meeting: mention indexes of the people of the article's last meeting so far.

    Returns:
        True for such a noun.
    """
    attended = token.head if token.dep_ == "conj" else token  # "the meeting and the banquet"
    return bool(previous_meeting) and attended.dep_ == "dobj" and is_definite(token) \
        and attended.head.lemma_.lower() in LEXICON.presence_verbs \
        and token.lemma_.lower() not in LEXICON.gathering_nouns and not names_an_event(token)


def _office_of(phrases: list[str]) -> str:
    """The office a group phrase names ("the two presidents": president), else "leader"."""
    words = [w.lower().removesuffix("s") for phrase in phrases for w in phrase.split()]
    return next((_office_named(w) for w in words if w in ROLE_WORDS), "leader")


def _office_named(word: str) -> str:
    """The office a role word of a group phrase names ("president"); "leader" for "minister" or
    "secretary", which name no one office ("the two Foreign Ministers": the last two people
    named)."""
    title = ROLE_WORDS.get(word, "leader")
    return "leader" if title in STATED_ONLY_TITLES else title


def _own_subject(token: Token) -> bool:
    """Whether the subject the trigger reads is its own ("they are set to attend meetings"),
    not the subject of a verb that asks someone else to act ("They called on X to
    negotiate": X would)."""
    head = subject_head(token)
    if head is None:
        return False
    for verb in (token, *token.ancestors):
        if verb.i != token.i and any(
                (c.dep_ == "dobj" or c.dep_ == "prep" and c.lower_ in ("on", "upon")
                 and verb.lemma_.lower() in LEXICON.call_verbs  # not "join in talks on X"
                 and any(o.dep_ == "pobj" and o.ent_type_ != "DATE" for o in c.children))
                and not c.left_edge.i <= token.i <= c.right_edge.i for c in verb.children):
            return False
        if verb.i == head.head.i:
            return True
    return False


def group_met(reader: PhraseReader, token: Token, sources: list[int]) -> list[int]:
    """The people an object that counts them stands for ("will meet the two presidents
    separately", "a telephone call between the two leaders"): the last ones named before the
    trigger other than its sources, of the office its noun names where it names one other than
    "leader" (not "Vice President X"); after "between", the sources are among those counted
    ("talks between the two leaders" with the two found: no one else).

    Args:
        reader: the article's phrases.
        token: the trigger.
        sources: its sources.

    Returns:
        Mention indexes, as many as the phrase counts, or [].
    """
    objects = [c for c in token.children if c.dep_ == "dobj"] \
        + objects_of(list(token.children), COUNTERPART_PREPOSITIONS + ("between",))
    for head in objects:
        phrase = " ".join(t.text for t in head.subtree)
        size = group_size([phrase]) if COUNTED_GROUP.match(phrase) else 0
        if size:
            title = _office_named(head.lemma_.lower())
            if head.head.lower_ != "between":
                return _named_before(reader, token, size, title, sources)
            return [i for i in _named_before(reader, token, size, title, [])
                    if reader.actor(i) not in {reader.actor(j) for j in sources}]
    return []


def _named_before(reader: PhraseReader, token: Token, size: int, title: str,
                  sources: list[int]) -> list[int]:
    """The last `size` people named before `token`, but the sources' actors, of `title`; people
    the article only quotes (a spokesperson: "X, a presidential spokesperson, told reporters of a
    call between the two leaders") only where there are not enough others; a capacity ("his trip
    as Ecuador's President") is nobody else."""
    taken = {reader.actor(i) for i in sources}
    titled = {reader.actor(i) for i, m in enumerate(reader.mentions) if m.title == title}
    last: dict[str, int] = {}
    for index, mention in enumerate(reader.mentions):
        actor = reader.actor(index)
        if mention.type == "person" and mention.start_char < token.idx and actor not in taken \
                and (title == "leader" or actor in titled) and not _spouse(reader, index) \
                and not ((span := reader.span(index)) is not None and is_capacity(span.root)):
            last.pop(actor, None)
            last[actor] = index
    quoted = _only_quoted(reader)
    people = [i for actor, i in last.items() if actor not in quoted][-size:]
    people = people if len(people) == size else list(last.values())[-size:]
    return people if len(people) == size else []


def _only_quoted(reader: PhraseReader) -> set[str]:
    """The people every mention of whom is the subject of a verb of speech: who reports."""
    speaking: set[str] = set()
    otherwise: set[str] = set()
    for index, mention in enumerate(reader.mentions):
        span = reader.span(index)
        speaks = span is not None and span.root.dep_ == "nsubj" \
            and span.root.head.lemma_.lower() in LEXICON.speech_verbs
        (speaking if speaks else otherwise).add(reader.actor(index))
    return speaking - otherwise


def without_spouses(reader: PhraseReader, people: list[int], others: list[int]) -> list[int]:
    """The participants of one side but a spouse named beside the others ("Mr. Johnston and his
    wife, Sharon, hosted …") or beside the other side ("X arrived with his wife Maria"), who
    accompanies rather than takes part.

    Args:
        reader: the sentence's phrase reader.
        people: mention indexes of one side.
        others: those of the other side.

    Returns:
        `people` without the spouses; `people` when no one else is left on either side.
    """
    return [i for i in people if not _spouse(reader, i)] or ([] if others else people)


def bystanders(reader: PhraseReader, trigger: Token) -> list[int]:
    """The people of a trigger's sentence who are no party to fill in for one missing: those
    named as someone's spouse (see `without_spouses`), a spokesperson who reports it
    (`quotes.spokespeople`), and those the subject is someone of without naming them
    ("President Clinton's top drug adviser met X", "Putin's envoy met X": the adviser and the
    envoy met X, not Clinton or Putin).

    Args:
        reader: the article's phrase reader.
        trigger: the trigger.

    Returns:
        Their mention indexes.
    """
    aside = [i for i in reader.mentions_in(trigger.sent) if _spouse(reader, i)] \
        + reader.mentions_in(trigger.doc[i] for i in sorted(quotes.spokespeople(trigger)))
    subject = subject_head(trigger)
    if subject is None or subject.lemma_.lower() not in (
            *LEXICON.role_heads, *LEXICON.party_nouns, *LEXICON.companion_nouns):
        return aside
    owned = owners(subject)
    return aside + reader.mentions_in(t for t in subject.subtree if t.i in owned)


def _spouse(reader: PhraseReader, index: int) -> bool:
    """Whether a mention is named as someone's spouse ("his wife, Sharon"), or is a woman named
    by her honorific and the surname of another person of the sentence ("Mr Somare and Mrs
    Somare", "Carlos Andres Perez and Mrs. Perez", the registry writing him "Pérez")."""
    mention = reader.mentions[index]
    start = mention.start_char
    surname = womans_surname(mention.name)
    return SPOUSE_BEFORE.search(reader.text, max(0, start - SPOUSE_REACH), start) is not None \
        or surname is not None and any(
            m.type == "person" and m.sentence_id == mention.sentence_id and m.name != mention.name
            and surname_key(m.name.split()[-1]) == surname_key(surname) for m in reader.mentions)


def meets_each(reader: PhraseReader, trigger: Token, kind: str, sources: list[int],
               targets: list[int]) -> bool:
    """Whether the people of a trigger met one by one.

    "The PM will meet X, Y and Z": a party named by role (resolved to its holder or not) meets
    each of them; so does one person, or one the clause does not name ("PM to hold talks with A,
    B and C"), or a party ("the delegation met with A, B and C"), who meets each of the object
    (`meets_each_object`), unless the sentence says they met together; a visit they are met
    "during" too; two or more who welcome one guest greet it each ("was welcomed by A and B"); a
    courtesy call is paid on each person it is paid on ("would call on Prime Minister A and
    Finance Minister B"; not on a body's chair and its holder).

    Args:
        reader: the article's phrase reader.
        trigger: the trigger token.
        kind: the trigger's kind.
        sources: mention indexes of the subject.
        targets: those of the object.

    Returns:
        True when each is met on their own.
    """
    together = any(t.lower_ in LEXICON.together_words for t in trigger.sent)
    if not together and _calls_on_each(reader, trigger, targets):
        return True
    met = any(has_object(word) for word in (trigger, attending_verb(trigger)) if word is not None)
    one_party = len(sources) <= 1 or _party_subject(trigger)
    if one_party and meets_each_object(reader, kind, sources, targets) and met and not together:
        return True
    if len(targets) == 1 and len(sources) > 1 and not together and kind == "host":
        return True
    by_role = all(reader.mentions[i].method == "role" for i in sources) if sources \
        else names_a_role(reader, trigger)
    return len(targets) > 1 and by_role and met  # not "the presidents of A, B and C met"


def _party_subject(trigger: Token) -> bool:
    """Whether a trigger's subject is a party noun ("the delegation met with A, B and C"): its
    members are one side."""
    head = subject_head(trigger)
    return head is not None and head.lemma_.lower() in LEXICON.party_nouns


def _calls_on_each(reader: PhraseReader, trigger: Token, targets: list[int]) -> bool:
    """Whether a courtesy call is paid on two or more people, one call each."""
    return len(targets) > 1 and is_visit_call(trigger) \
        and all(reader.mentions[i].type == "person" for i in targets)


def meets_each_object(reader: PhraseReader, kind: str, sources: list[int], targets: list[int]
                      ) -> bool:
    """Whether one party meets each person of the object on their own: three or more, a
    visitor's hosts ("Park met Premier Li and Chairman Zhang"), counterparts of several
    countries ("met his Ukrainian and Armenian counterparts"), people of several countries
    visited ("will visit Macron and Pope Francis"), or two or more called ("telephoned
    Presidents X and Y").

    Args:
        reader: the article's phrase reader.
        kind: the trigger's kind.
        sources: mention indexes of the party.
        targets: those of the object.

    Returns:
        True when the object's people are met one by one.
    """
    return len(targets) >= EACH_MIN_COUNTERPARTS and not _compatriots(reader, sources, targets) \
        or len(targets) > 1 and (
        kind == "phone" or _visitor_meets_hosts(reader, sources, targets)
        or kind == "visit" and len({reader.mentions[i].country for i in targets} - {""}) > 1
        or all(_counterpart_of_country(reader, i) for i in targets))


def _compatriots(reader: PhraseReader, sources: list[int], targets: list[int]) -> bool:
    """Whether one person of a known country meets people of that country ("Obama met with
    Boehner, as well as Harry Reid and Nancy Pelosi")."""
    own, theirs = _countries_met(reader, sources, targets)
    return bool(own) and own == theirs


def _visitor_meets_hosts(reader: PhraseReader, sources: list[int], targets: list[int]) -> bool:
    """Whether one person of a known country meets two or more of one other country ("Tadic
    will confer with Prime Minister Kosor and Parliament Speaker Bebic")."""
    own, theirs = _countries_met(reader, sources, targets)
    return "" not in (own, theirs) and own != theirs


def _countries_met(reader: PhraseReader, sources: list[int], targets: list[int]
                   ) -> tuple[str, str]:
    """The country of the one party that meets the targets, and the one country of the
    targets, those whose country is not known taken for its people; "" where either is not
    one known country."""
    theirs = {reader.mentions[i].country for i in targets} - {""}
    own = reader.mentions[sources[0]].country if len(sources) == 1 else ""
    return own, next(iter(theirs)) if len(theirs) == 1 else ""


def _counterpart_of_country(reader: PhraseReader, index: int) -> bool:
    """Whether a mention is the country word of plural counterparts, whose holder
    `plural_roles` read ("his Ukrainian and Armenian counterparts", "his counterparts from
    Armenia and Azerbaijan")."""
    span = reader.span(index)
    if span is None or reader.mentions[index].method != "role":
        return False
    word = span.root
    while word.dep_ == "conj":
        word = word.head
    head = word.head.head if word.head.dep_ == "prep" else word.head
    return head.lemma_.lower() == "counterpart" and head.tag_ == "NNS"


def quoted_speaker(reader: PhraseReader, noun: Token, targets: list[int]) -> list[int]:
    """The speaker of a quote that names a trigger noun without its own party ("'The talks with
    X were positive,' Y said": Y), unless the speaker is one of its targets or speaks for
    someone else (`reporter_words`: "Press Secretary Y said"), or the quote announces the event
    ("'There will be talks with X,' Y told reporters": a spokesman's word as often as not).

    Args:
        reader: the article's phrase reader.
        noun: a trigger.
        targets: mention indexes of its counterparts.

    Returns:
        The speaker's mention index in a list, or an empty list.
    """
    if not targets or noun.pos_ != "NOUN" or not quotes.in_quote(noun) or is_planned(noun):
        return []
    speaker = reader.speaker(noun)
    span = reader.span(speaker) if speaker is not None else None
    if span is None or quotes.speaks_for_someone(span.root):
        return []
    return [speaker] if reader.actor(speaker) not in {reader.actor(i) for i in targets} else []


def accompanying(reader: PhraseReader, sentence: Span) -> set[int]:
    """The people a sentence says accompany someone (`accompanying_verbs`): those after "by",
    and the conjuncts of the one accompanied that follow the verb ("Mr Carter, accompanied by
    General Colin Powell and Senator Sam Nunn, met X": the parser may join them to Carter); in a
    clause of its own, all those after the verb ("Lula was accompanied during his visit by
    Defense Minister Nelson Jobim and …", where the parser may hang "by" on the visit) but those
    of a relative clause ("… by officials, who were received by Foreign Minister X").

    Args:
        reader: the article's phrase reader.
        sentence: a sentence.

    Returns:
        Their mention indexes.
    """
    found: set[int] = set()
    for verb in sentence:
        if verb.lemma_.lower() not in LEXICON.accompanying_verbs:
            continue
        if verb.dep_ in ("acl", "advcl") and any(c.dep_ == "agent" for c in verb.children):
            later = [c for c in verb.head.conjuncts if c.i > verb.i]
            found |= set(reader.people(reader.mentions_in(
                [*verb.subtree, *(t for c in later for t in c.subtree)])))
        elif any(c.dep_ == "auxpass" for c in verb.children):
            described = {t.i for c in verb.subtree if c.dep_ == "relcl" for t in c.subtree}
            found |= set(reader.people(reader.mentions_in(
                t for t in verb.subtree if t.i > verb.i and t.i not in described)))
    return found
