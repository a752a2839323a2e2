"""Typed interactions read from one parsed article (the per-article map).

An interaction a verb or noun asserts (meet, visit, host, phone, congratulate, …) is read from
the dependency parse with its participants, a CAMEO code, a date, a place and a status. Which
words are triggers is data (`data/triggers.yaml`, see `lexicon`).
"""

from __future__ import annotations

import itertools
from dataclasses import dataclass
from datetime import date

from spacy.tokens import Doc, Span, Token

from analysis.extract.actors import Mention
from analysis.extract.dates import ResolvedDate, find_date_expressions, resolve_date
from analysis.extract.events.lexicon import Trigger, load_lexicon
from analysis.extract.parse import clause_verb

LEXICON = load_lexicon()
# Prepositions whose object takes part in a trigger noun's event: "talks between X and Y",
# "a visit by X", "a call from X", "the meeting of X".
PARTICIPANT_PREPOSITIONS = ("between", "of", "by", "from")
# Prepositions whose object is the counterpart: "met with X", "a visit to X".
COUNTERPART_PREPOSITIONS = ("with", "to")
# Prepositions and relations that close a noun phrase: the name inside "his ally President X"
# is looked for before them.
PHRASE_BOUNDARIES = ("prep", "relcl", "acl")


@dataclass
class TypedInteraction:
    """One interaction a trigger asserts in one sentence.

    Attributes:
        sentence_id: the sentence's index in the article.
        kind: the interaction kind (`meet`, `visit`, `phone`, …; see `data/triggers.yaml`).
        cameo: CAMEO code (the planned code when `status` is `planned`).
        status: `held` or `planned`.
        sources: indexes of the mentions that act.
        targets: indexes of the mentions acted on or met.
        place: index of the place mention of the trigger's clause, or None.
        date: the date of the trigger's clause, resolved, or None.
        evidence: the sentence.
        pair: True when the subject was "the two leaders" (the previous meeting's pair).
        trigger_i: the trigger token's index in the document.
    """

    sentence_id: int
    kind: str
    cameo: str
    status: str
    sources: list[int]
    targets: list[int]
    place: int | None
    date: ResolvedDate | None
    evidence: str
    pair: bool
    trigger_i: int


def sentence_cooccurrences(mentions: list[Mention], resolved: dict[int, str]
                           ) -> list[tuple[int, str, str]]:
    """Pairs of distinct actors named in the same sentence.

    Args:
        mentions: the article's mentions.
        resolved: mention index -> canonical actor name (mentions left out are no actors).

    Returns:
        (sentence_id, actor_a, actor_b) with a < b, one per pair and sentence.
    """
    by_sentence: dict[int, set[str]] = {}
    for index, mention in enumerate(mentions):
        if index in resolved:
            by_sentence.setdefault(mention.sentence_id, set()).add(resolved[index])
    pairs = []
    for sentence_id, names in sorted(by_sentence.items()):
        pairs.extend((sentence_id, a, b) for a, b in itertools.combinations(sorted(names), 2))
    return pairs


def trigger_of(token: Token) -> Trigger | None:
    """The trigger a token is, if any: a verb or noun of the lexicon, read with its channel.

    Args:
        token: any token.

    Returns:
        The `Trigger` ("spoke by phone" is a phone call, "held talks via video link" a video
        call, "promised a loan" aid), or None.
    """
    lemma = token.lemma_.lower()
    if token.pos_ == "VERB":
        aid = LEXICON.aid_verbs.get(lemma)
        if aid is not None and any(c.dep_ == "dobj" and c.lemma_.lower() in LEXICON.aid_nouns
                                   for c in token.children):
            return aid
        trigger, talks = LEXICON.verbs.get(lemma), lemma in LEXICON.channel_verbs
    elif token.pos_ in ("NOUN", "PROPN"):
        if lemma == LEXICON.call_lemma:
            # "a phone call", "a video call"; not "a conference call", "calls for integration"
            channel = _channel_in({c.lower_ for c in token.children})
            return LEXICON.channel_triggers[channel] if channel else None
        trigger, talks = LEXICON.nouns.get(lemma), False
    else:
        return None
    if talks or trigger is not None and trigger.kind == "meet":
        channel = _channel(token)
        if channel is not None:
            return LEXICON.channel_triggers[channel]
    if lemma == LEXICON.call_lemma:
        return None  # "called Putin his elder brother": naming, not phoning
    return trigger


class TypedInteractionFinder:
    """Reads typed interactions from one parsed article's dependency parse."""

    def __init__(self, doc: Doc, mentions: list[Mention], anchor: date | None,
                 anchor_precision: str = "day", text: str | None = None) -> None:
        self.doc = doc
        self.text = text or doc.text  # spaCy rebuilds doc.text on every access
        self.mentions = mentions
        self.anchor = anchor
        self.anchor_precision = anchor_precision
        self.mention_at = {}
        for index, mention in enumerate(mentions):
            span = doc.char_span(mention.start_char, mention.end_char, alignment_mode="expand")
            if span is not None:
                for token in span:
                    self.mention_at.setdefault(token.i, index)

    def find(self) -> list[TypedInteraction]:
        """Typed interactions, one per trigger with participants.

        Returns:
            The article's `TypedInteraction`s in text order, nested repeats dropped.
        """
        rows: list[TypedInteraction] = []
        previous_meeting: list[int] = []
        for sentence_id, sent in enumerate(self.doc.sents):
            sent_text = self.text[sent.start_char:sent.end_char]
            found = [row for token in sent if (row := self._read_trigger(
                token, sent, sent_text, sentence_id, previous_meeting)) is not None]
            rows.extend(found)
            meetings = [r for r in found if r.kind in LEXICON.meeting_kinds
                        and len(r.sources + r.targets) >= 2]
            if meetings:
                previous_meeting = meetings[0].sources + meetings[0].targets
        return _drop_nested(rows)

    def _read_trigger(self, token: Token, sent: Span, sent_text: str, sentence_id: int,
                      previous_meeting: list[int]) -> TypedInteraction | None:
        trigger = trigger_of(token)
        if trigger is None:
            return None
        sources, targets, pair = self._roles(token, trigger, previous_meeting)
        if not sources and not targets:
            return None
        place = self._place(token)
        if place is None and token.lemma_.lower() in LEXICON.travel_words:
            return None
        planned = self._is_planned(token)
        return TypedInteraction(
            sentence_id=sentence_id, kind=trigger.kind,
            cameo=trigger.cameo_planned if planned else trigger.cameo,
            status="planned" if planned else "held", sources=sources, targets=targets,
            place=place, date=self._date(token, sent, sent_text), evidence=sent_text.strip(),
            pair=pair, trigger_i=token.i,
        )

    # --- participants ---------------------------------------------------------------------------

    def _roles(self, token: Token, trigger: Trigger, previous_meeting: list[int]
               ) -> tuple[list[int], list[int], bool]:
        """Sources and targets of a trigger, and whether the subject was "the two leaders"."""
        sources, targets = self._participants(token)
        pair = False
        if not sources:
            subject = _subject_phrase(token)
            if subject is not None and LEXICON.pair_subject.search(subject) \
                    and len(previous_meeting) >= 2:
                sources, pair = list(previous_meeting), True
        sources = [i for i in sources if self.mentions[i].type != "place"]
        targets = [i for i in targets if i not in sources]
        if len(sources) > 1 and not targets:
            # "Putin and Lukashenko met": the first named is the source, the others the targets.
            sources, targets = sources[:1], sources[1:]
        if trigger.kind != "visit":
            targets = [i for i in targets if self.mentions[i].type != "place"]
        return sources, targets, pair

    def _mentions_in(self, tokens) -> list[int]:
        found = []
        for t in tokens:
            index = self.mention_at.get(t.i)
            if index is not None and index not in found:
                found.append(index)
        return found

    def _head_mentions(self, token: Token) -> list[int]:
        """The actor mentions a noun phrase headed by `token` names, with its conjuncts."""
        found = []
        for head in [token, *token.conjuncts]:
            index = self.mention_at.get(head.i)
            if index is None:
                index = self._name_inside(head)
            if index is not None and index not in found:
                found.append(index)
        return found

    def _name_inside(self, head: Token) -> int | None:
        """The actor a phrase names inside it: "his last ally Russian President Vladimir Putin",
        "the President of Belarus Alexander Lukashenko" (the person)."""
        phrase = [t for t in head.subtree if t.dep_ not in PHRASE_BOUNDARIES
                  and not any(a.dep_ in PHRASE_BOUNDARIES and a in head.subtree
                              and a != head and t in a.subtree for a in t.ancestors)]
        inner = [i for i in self._mentions_in(phrase) if self.mentions[i].type != "place"]
        inner = inner or [i for i in self._mentions_in(head.subtree)
                          if self.mentions[i].type == "person"]
        return inner[-1] if inner else None

    def _participants(self, token: Token) -> tuple[list[int], list[int]]:
        sources: list[int] = []
        targets: list[int] = []
        verb: Token | None = token
        if token.pos_ in ("NOUN", "PROPN"):
            sources, targets = self._noun_participants(token)
            verb = _verb_of_noun(token, has_sources=bool(sources))
        if verb is not None:
            self._add_verb_participants(verb, token, sources, targets)
        container = token if verb is None or verb.i == token.i else verb
        children = list(container.children)
        if container.i != token.i:
            children += list(token.children)
        for obj in _objects_of(children, COUNTERPART_PREPOSITIONS):
            targets += [i for i in self._head_mentions(obj) if i not in targets]
        return _unique(sources), _unique(targets)

    def _noun_participants(self, noun: Token) -> tuple[list[int], list[int]]:
        """"X's meeting", "talks between X and Y", "a visit by X": the noun's own participants."""
        sources: list[int] = []
        targets: list[int] = []
        for child in noun.children:
            if child.dep_ == "poss":
                sources += self._head_mentions(child)
            elif child.dep_ == "prep" and child.lower_ in PARTICIPANT_PREPOSITIONS:
                for obj in _objects_of([child], PARTICIPANT_PREPOSITIONS):
                    # "X's talks between …" or a second object of "between": counterparts.
                    into = targets if child.lower_ == "between" and sources else sources
                    into.extend(self._head_mentions(obj))
        return sources, targets

    def _add_verb_participants(self, verb: Token, token: Token, sources: list[int],
                               targets: list[int]) -> None:
        """Add the verb's subject, agent and objects to the trigger's participants."""
        sources += [i for i in self._subject_mentions(verb) if i not in sources]
        for child in verb.children:
            if child.dep_ in ("dobj", "dative") and verb.i == token.i:
                targets += self._head_mentions(child)
            elif child.dep_ == "agent":
                sources += [i for c in child.children for i in self._head_mentions(c)]
            elif child.dep_ == "nsubjpass":
                targets += self._head_mentions(child)

    def _subject_mentions(self, verb: Token) -> list[int]:
        """Mentions in the active subject of `verb`, or of the verb it complements ("Putin is
        set to meet", "agreed to meet", "is due to visit"); a passive subject of `verb` itself is
        its target."""
        current = verb
        for _ in range(4):
            deps = ("nsubj",) if current.i == verb.i else ("nsubj", "nsubjpass")
            subjects = [c for c in current.children if c.dep_ in deps]
            if not subjects and any(c.dep_ in ("nsubjpass", "expl") for c in current.children):
                return []  # "Znak was detained (by …)": a clause with a subject of its own
            if subjects:
                return [i for s in subjects for i in self._head_mentions(s)]
            if current.dep_ in ("xcomp", "conj", "advcl", "acl", "acomp") \
                    and current.head.i != current.i:
                current = current.head
            else:
                return []
        return []

    # --- status, place, date --------------------------------------------------------------------

    def _is_planned(self, token: Token) -> bool:
        """Whether the trigger's event is intended, not done: a planning word, a future
        auxiliary or a headline infinitive ("Mishustin to visit Belarus") governs it."""
        if any(_marks_plan(item) for item in _governing_chain(token)):
            return True
        return token.tag_ == "VB" and token.dep_ == "ROOT" \
            and any(c.dep_ == "aux" and c.lower_ == "to" for c in token.children)

    def _place(self, token: Token) -> int | None:
        """The place the trigger's clause gives: "in Moscow", "visit to Minsk", "visit Belarus"."""
        clause = token.head if token.pos_ in ("NOUN", "PROPN") \
            and token.head.pos_ in ("VERB", "AUX") else token
        candidates = []
        for t in clause.subtree:
            index = self.mention_at.get(t.i)
            if index is None or self.mentions[index].type != "place":
                continue
            prep = t.head if t.dep_ == "pobj" else None
            if prep is not None and prep.lower_ in ("in", "at", "to", "into") or t.dep_ == "dobj":
                candidates.append(index)
            elif prep is not None and prep.lower_ == "of" and prep.head.dep_ == "pobj":
                candidates.append(index)  # "the resort of Sochi"
        return candidates[0] if candidates else None

    def _date(self, token: Token, sent: Span, sent_text: str) -> ResolvedDate | None:
        """The date expression of the trigger's own clause, resolved against the anchor.

        A date counts when the nearest verb above it is the trigger's verb (or a verb the trigger
        is an open complement of: "is set to hold talks … on September 14"), or when it sits in
        the trigger noun's own phrase; a date of a reporting or subordinate clause ("…, Zakharova
        said on August 31", "as protests began after the election on August 9") does not.
        """
        clause_verbs = _same_clause_verbs(clause_verb(token))
        own = {t.i for t in token.subtree}
        best: tuple[int, ResolvedDate] | None = None
        for start, end, text in self._date_expressions(sent, sent_text):
            span = self.doc.char_span(sent.start_char + start, sent.start_char + end,
                                      alignment_mode="expand")
            if span is None:
                continue
            if clause_verb(span.root).i not in clause_verbs and span.root.i not in own:
                continue
            resolved = resolve_date(text, self.anchor, sent_text,
                                    anchor_precision=self.anchor_precision)
            distance = abs(span.start - token.i)
            if best is None or distance < best[0]:
                best = (distance, resolved)
        return best[1] if best else None

    def _date_expressions(self, sent: Span, sent_text: str) -> list[tuple[int, int, str]]:
        found = find_date_expressions(sent_text)
        for ent in sent.ents:
            if ent.label_ != "DATE":
                continue
            start, end = ent.start_char - sent.start_char, ent.end_char - sent.start_char
            if not any(s < end and start < e for s, e, _ in found):
                found.append((start, end, ent.text))
        return found


def _objects_of(children: list[Token], prepositions: tuple[str, ...]) -> list[Token]:
    """The objects of the children that are one of `prepositions`."""
    return [obj for child in children if child.dep_ == "prep" and child.lower_ in prepositions
            for obj in child.children if obj.dep_ == "pobj"]


def _verb_of_noun(noun: Token, has_sources: bool) -> Token | None:
    """The verb whose subject takes part in a trigger noun's event, if any.

    "hold talks": the support verb. "Lavrov said at the start of a meeting with X": the verb the
    noun attends (only when the noun names no participant of its own).
    """
    if noun.head.lemma_.lower() in LEXICON.support_verbs and noun.dep_ in ("dobj", "nsubjpass"):
        return noun.head
    if not has_sources:
        return _attending_verb(noun)
    return None


def _attending_verb(noun: Token) -> Token | None:
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


def _governing_chain(token: Token) -> list[Token]:
    """The trigger and up to three words governing it through complements and objects."""
    chain = [token]
    if token.pos_ in ("NOUN", "PROPN") and token.head.i != token.i:
        chain.append(token.head)
    for _ in range(3):
        head = chain[-1].head
        if head.i == chain[-1].i or chain[-1].dep_ not in (
                "xcomp", "dobj", "nsubj", "nsubjpass", "pobj", "prep", "advcl", "ccomp"):
            break
        chain.append(head)
        if chain[-1].dep_ == "ROOT":
            break
    return chain


def _marks_plan(item: Token) -> bool:
    """Whether a word says its event is intended: "agreed", "will", "the planned visit"."""
    plan = LEXICON.plan_words
    if item.lemma_.lower() in plan or item.lower_ in plan:
        return True
    return any(c.dep_ == "aux" and c.lower_ in LEXICON.future_auxiliaries
               or c.dep_ in ("amod", "compound") and c.lower_ in plan for c in item.children)


def _same_clause_verbs(verb: Token) -> set[int]:
    """`verb` and the verbs it is an open complement of ("set to hold", "agreed to meet")."""
    verbs = {verb.i}
    current = verb
    for head in verb.ancestors:  # bounded by the sentence, unlike a walk up `.head`
        if current.dep_ not in ("xcomp", "auxpass"):
            break
        verbs.add(head.i)
        current = head
    return verbs


def _channel(token: Token) -> str | None:
    """`phone` or `video` when the trigger's clause says how they talked, else None.

    A trigger noun after a support verb ("held talks via video link") reads the verb's clause.
    """
    scope = token.head if token.pos_ in ("NOUN", "PROPN") \
        and token.head.lemma_.lower() in LEXICON.support_verbs else token
    return _channel_in({t.lower_ for t in scope.subtree})


def _channel_in(words: set[str]) -> str | None:
    for channel in ("phone", "video"):  # a phone word wins: "a video and phone call" is a call
        if words & LEXICON.channel_words[channel]:
            return channel
    return None


def _subject_phrase(token: Token) -> str | None:
    current = token
    for _ in range(4):
        for child in current.children:
            if child.dep_ in ("nsubj", "nsubjpass"):
                return " ".join(t.text for t in child.subtree)
        if current.head.i == current.i:
            return None
        current = current.head
    return None


def _unique(indexes: list[int]) -> list[int]:
    return list(dict.fromkeys(indexes))


def _drop_nested(rows: list[TypedInteraction]) -> list[TypedInteraction]:
    """One row per asserted event: "hold talks" and "meeting" inside "visit" stay separate rows,
    but a noun trigger that is the object of a verb trigger of the same kind is dropped."""
    def people(row: TypedInteraction) -> list[int]:
        return row.sources + row.targets
    return [row for row in rows if not any(
        other is not row and other.sentence_id == row.sentence_id and other.kind == row.kind
        and set(people(other)) >= set(people(row)) and len(people(other)) > len(people(row))
        for other in rows)]
