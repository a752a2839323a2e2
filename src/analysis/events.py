"""Interactions between actors, and meetings deduplicated across sentences and articles.

Two layers of interactions come from each parsed article (the per-article map):

- `cooccurrence`: every pair of actors named in one sentence, undirected;
- `typed`: an interaction a verb or noun asserts (meet, visit, host, phone, congratulate, …),
  read from the dependency parse, with a CAMEO code, a date, a place and a status.

`build_meetings` is the corpus-level reduce: typed meet/visit/host/phone rows are merged into
meetings when their participants, kind, date and place are compatible.
"""

from __future__ import annotations

import itertools
import re
from collections import Counter
from dataclasses import dataclass
from datetime import date, timedelta

import pandas as pd
from spacy.tokens import Doc, Span, Token

from analysis.actors import Mention
from analysis.dates import ResolvedDate, find_date_expressions, resolve_date
from analysis.tables import MEETING_COLUMNS, empty_table


@dataclass(frozen=True)
class Trigger:
    """A kind of interaction, how it is written, and its CAMEO codes (held, planned)."""

    kind: str
    cameo: str
    cameo_planned: str


# Lemmas that assert an interaction, by kind; data, one table. CAMEO 2.0 codes: 036 express intent
# to meet, 040 consult, 041 discuss by telephone, 042 make a visit, 043 host a visit,
# 046 engage in negotiation, 051 praise or endorse, 033 intent to provide material aid,
# 070 provide aid, 111 criticize, 112 accuse, 163 impose sanctions, 173 arrest or detain.
VERB_TRIGGERS = {
    "meet": Trigger("meet", "040", "036"),
    "talk": Trigger("meet", "040", "036"),
    "negotiate": Trigger("meet", "046", "036"),
    "visit": Trigger("visit", "042", "036"),
    "host": Trigger("host", "043", "036"),
    "receive": Trigger("host", "043", "036"),
    "phone": Trigger("phone", "041", "036"),
    "telephone": Trigger("phone", "041", "036"),
    "congratulate": Trigger("congratulate", "051", "051"),
    "thank": Trigger("thank", "051", "051"),
    "praise": Trigger("praise", "051", "051"),
    "criticize": Trigger("criticize", "111", "111"),
    "criticise": Trigger("criticize", "111", "111"),
    "condemn": Trigger("criticize", "111", "111"),
    "accuse": Trigger("accuse", "112", "112"),
    "sanction": Trigger("sanction", "163", "163"),
    "detain": Trigger("detain", "173", "173"),
    "arrest": Trigger("detain", "173", "173"),
} | {verb: Trigger("visit", "042", "036") for verb in ("travel", "fly", "arrive")}
NOUN_TRIGGERS = {
    "meeting": Trigger("meet", "040", "036"),
    "talk": Trigger("meet", "040", "036"),
    "summit": Trigger("meet", "040", "036"),
    "negotiation": Trigger("meet", "046", "036"),
    "visit": Trigger("visit", "042", "036"),
    "trip": Trigger("visit", "042", "036"),
    "videoconference": Trigger("video", "040", "036"),
    "conversation": Trigger("meet", "040", "036"),
    "sanction": Trigger("sanction", "163", "163"),
}
# Words of going somewhere: a visit only where the clause names the place ("arrived in Minsk"),
# not in "arrived at a decision" or "a trip abroad".
TRAVEL_WORDS = frozenset({"travel", "fly", "arrive", "trip"})
# Words that make a talk a call: "spoke over the phone", "phone call", "talks via video link".
PHONE_WORDS = frozenset({"phone", "telephone", "phones", "telephoned", "phoned"})
VIDEO_WORDS = frozenset({"video", "videoconference", "videolink", "virtual", "virtually"})
CHANNEL_TRIGGERS = {"phone": Trigger("phone", "041", "036"), "video": Trigger("video", "040", "036")}
# Verbs that assert an interaction only with a channel word: "spoke by phone", "discussed … by
# video link" (a plain "discussed" says nothing of a meeting).
CHANNEL_VERBS = frozenset({"speak", "talk", "call", "discuss"})
# Verbs that hand a trigger noun's participants to the verb's subject: "hold talks", "have a call".
SUPPORT_VERBS = frozenset({"hold", "have", "conduct", "attend", "make", "pay", "begin", "start"})
# Aid is asserted by a verb of offering with an aid noun as object: "promising a loan".
AID_VERBS = {verb: Trigger("aid", "033", "033") for verb in ("offer", "promise", "pledge")} | {
    verb: Trigger("aid", "070", "033") for verb in ("provide", "give", "send", "grant")}
AID_NOUNS = frozenset({"aid", "assistance", "loan", "help", "support", "credit"})
# Governing words that make an event intended rather than done: "agreed to meet", "plans to visit".
PLAN_WORDS = frozenset({"agree", "plan", "set", "expect", "intend", "schedule", "prepare",
                        "want", "hope", "due", "upcoming", "planned", "scheduled", "future",
                        "propose", "invite", "offer", "ready", "seek", "try"})
FUTURE_AUX = frozenset({"will", "would", "shall", "'ll", "wo"})
# Subjects that stand for the two participants of the previous meeting.
PAIR_WORDS = re.compile(r"\b(the|both)\s+(two\s+)?(leaders|presidents|men|sides|pair|ministers)\b"
                        r"|\bthe\s+pair\b", re.IGNORECASE)
# "said at a meeting with", "spoke during talks with": the subject was there.
ATTENDING_PREPOSITIONS = frozenset({"at", "during", "in"})
EVENT_PART_NOUNS = frozenset({"start", "end", "beginning", "opening", "close", "outset",
                              "sidelines", "margins", "conclusion"})
MEETING_KINDS = {"meet": "in_person", "visit": "in_person", "host": "in_person", "phone": "phone",
                 "video": "video"}
ACTOR_TYPES_IN_NETWORK = frozenset({"person", "org", "group", "place"})


def sentence_cooccurrences(mentions: list[Mention], resolved: dict[int, str]) -> list[tuple[int, str, str]]:
    """Pairs of distinct actors named in the same sentence.

    Args:
        mentions: the article's mentions.
        resolved: mention index -> canonical actor name (outlets left out).

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

    def find(self) -> list[dict]:
        """Typed interactions, one dict per trigger with participants.

        Returns:
            Dicts with `sentence_id`, `kind`, `cameo`, `status`, `sources`, `targets` (mention
            indexes), `place` (mention index or None), `date` (`ResolvedDate` or None),
            `evidence`, `pair` (True when the subject was "the two leaders").
        """
        rows: list[dict] = []
        previous_meeting: list[int] = []
        for sentence_id, sent in enumerate(self.doc.sents):
            sent_text = self.text[sent.start_char:sent.end_char]
            for token in sent:
                row = self._read_trigger(token, sent, sent_text, sentence_id, previous_meeting)
                if row is not None:
                    rows.append(row)
            meetings = [r for r in rows if r["sentence_id"] == sentence_id
                        and r["kind"] in MEETING_KINDS and len(r["sources"] + r["targets"]) >= 2]
            if meetings:
                previous_meeting = meetings[0]["sources"] + meetings[0]["targets"]
        return _drop_nested(rows)

    def _trigger_of(self, token: Token) -> Trigger | None:
        lemma = token.lemma_.lower()
        if token.pos_ == "VERB":
            if lemma in AID_VERBS and any(c.dep_ == "dobj" and c.lemma_.lower() in AID_NOUNS
                                          for c in token.children):
                return AID_VERBS[lemma]
            trigger, talks = VERB_TRIGGERS.get(lemma), lemma in CHANNEL_VERBS
        elif token.pos_ in ("NOUN", "PROPN"):
            if lemma == "call":
                # "a phone call", "a video call"; not "a conference call", "calls for integration"
                channel = _channel_in({c.lower_ for c in token.children})
                return CHANNEL_TRIGGERS[channel] if channel else None
            trigger, talks = NOUN_TRIGGERS.get(lemma), False
        else:
            return None
        if talks or trigger is not None and trigger.kind == "meet":
            # "spoke by phone", "held talks via video link": a call, not a meeting in person
            channel = _channel(token)
            if channel is not None:
                return CHANNEL_TRIGGERS[channel]
        if lemma == "call":
            return None  # "called Putin his elder brother": naming, not phoning
        return trigger

    def _read_trigger(self, token: Token, sent: Span, sent_text: str, sentence_id: int,
                      previous_meeting: list[int]) -> dict | None:
        trigger = self._trigger_of(token)
        if trigger is None:
            return None
        sources, targets = self._participants(token)
        pair = False
        if not sources:
            subject = _subject_phrase(token)
            if subject is not None and PAIR_WORDS.search(subject) and len(previous_meeting) >= 2:
                sources, pair = list(previous_meeting), True
        sources = [i for i in sources if self.mentions[i].type != "place"]
        targets = [i for i in targets if i not in sources]
        if len(sources) > 1 and not targets:
            # "Putin and Lukashenko met": the first named is the source, the others the targets.
            sources, targets = sources[:1], sources[1:]
        if trigger.kind not in ("visit",):
            targets = [i for i in targets if self.mentions[i].type != "place"]
        if not sources and not targets:
            return None
        place = self._place(token)
        if place is None and token.lemma_.lower() in TRAVEL_WORDS:
            return None
        planned = self._is_planned(token)
        return {
            "sentence_id": sentence_id,
            "kind": trigger.kind,
            "cameo": trigger.cameo_planned if planned else trigger.cameo,
            "status": "planned" if planned else "held",
            "sources": sources,
            "targets": targets,
            "place": place,
            "date": self._date(token, sent, sent_text),
            "evidence": sent_text.strip(),
            "pair": pair,
            "trigger_i": token.i,
        }

    # --- participants ---------------------------------------------------------------------------

    def _mentions_in(self, tokens) -> list[int]:
        found = []
        for t in tokens:
            index = self.mention_at.get(t.i)
            if index is not None and index not in found:
                found.append(index)
        return found

    def _head_mentions(self, token: Token) -> list[int]:
        """The actor mentions a noun phrase headed by `token` names, with its conjuncts."""
        heads = [token, *token.conjuncts]
        found = []
        for head in heads:
            index = self.mention_at.get(head.i)
            if index is None:
                # "his last ally Russian President Vladimir Putin": the name inside the phrase.
                phrase = [t for t in head.subtree if t.dep_ not in ("prep", "relcl", "acl")
                          and not any(a.dep_ in ("prep", "relcl", "acl") and a in head.subtree
                                      and a != head and t in a.subtree for a in t.ancestors)]
                inner = [i for i in self._mentions_in(phrase) if self.mentions[i].type != "place"]
                # "the President of Belarus Alexander Lukashenko": the person inside the phrase.
                inner = inner or [i for i in self._mentions_in(head.subtree)
                                  if self.mentions[i].type == "person"]
                index = inner[-1] if inner else None
            if index is not None and index not in found:
                found.append(index)
        return found

    def _participants(self, token: Token) -> tuple[list[int], list[int]]:
        sources: list[int] = []
        targets: list[int] = []
        verb = token
        if token.pos_ in ("NOUN", "PROPN"):
            for child in token.children:
                if child.dep_ == "poss":
                    sources += self._head_mentions(child)
                elif child.dep_ == "prep" and child.lower_ in ("between", "of", "by", "from"):
                    for obj in child.children:
                        if obj.dep_ == "pobj":
                            (sources if child.lower_ != "between" or not sources else targets
                             ).extend(self._head_mentions(obj))
            # "hold talks": the support verb's subject takes part.
            if token.head.lemma_.lower() in SUPPORT_VERBS and token.dep_ in ("dobj", "nsubjpass"):
                verb = token.head
            elif not sources and _attending_verb(token) is not None:
                # "Lavrov said at the start of a meeting with X": the speaker attends.
                verb = _attending_verb(token)
            else:
                verb = None
        if verb is not None:
            sources += [i for i in self._subject_mentions(verb) if i not in sources]
            for child in verb.children:
                if child.dep_ in ("dobj", "dative") and verb is token:
                    targets += self._head_mentions(child)
                elif child.dep_ == "agent":
                    sources += [i for c in child.children for i in self._head_mentions(c)]
                elif child.dep_ == "nsubjpass":
                    targets += self._head_mentions(child)
        container = token if verb is None or verb is token else verb
        for child in list(container.children) + (list(token.children) if container is not token else []):
            if child.dep_ == "prep" and child.lower_ in ("with", "to"):
                for obj in child.children:
                    if obj.dep_ == "pobj":
                        targets += [i for i in self._head_mentions(obj) if i not in targets]
        return _unique(sources), _unique(targets)

    def _subject_mentions(self, verb: Token) -> list[int]:
        """Mentions in the active subject of `verb`, or of the verb it complements ("Putin is
        set to meet", "agreed to meet", "is due to visit"); a passive subject of `verb` itself is
        its target."""
        current = verb
        for _ in range(4):
            deps = ("nsubj",) if current is verb else ("nsubj", "nsubjpass")
            subjects = [c for c in current.children if c.dep_ in deps]
            if not subjects and any(c.dep_ in ("nsubjpass", "expl") for c in current.children):
                return []  # "Znak was detained (by …)": a clause with a subject of its own
            if subjects:
                return [i for s in subjects for i in self._head_mentions(s)]
            if current.dep_ in ("xcomp", "conj", "advcl", "acl", "acomp") \
                    and current.head is not current:
                current = current.head
            else:
                return []
        return []

    # --- status, place, date --------------------------------------------------------------------

    def _is_planned(self, token: Token) -> bool:
        chain = [token]
        if token.pos_ in ("NOUN", "PROPN") and token.head is not token:
            chain.append(token.head)
        for _ in range(3):
            head = chain[-1].head
            if head is chain[-1] or chain[-1].dep_ not in ("xcomp", "dobj", "nsubj", "nsubjpass",
                                                            "pobj", "prep", "advcl", "ccomp"):
                break
            chain.append(head)
            if chain[-1].dep_ == "ROOT":
                break
        for item in chain:
            if item.lemma_.lower() in PLAN_WORDS or item.lower_ in PLAN_WORDS:
                return True
            if any(c.dep_ == "aux" and c.lower_ in FUTURE_AUX for c in item.children):
                return True
            if any(c.dep_ in ("amod", "compound") and c.lower_ in PLAN_WORDS for c in item.children):
                return True
        # A headline infinitive: "Mishustin to visit Belarus on September 3".
        return token.tag_ == "VB" and any(c.dep_ == "aux" and c.lower_ == "to" for c in token.children) \
            and token.dep_ == "ROOT"

    def _place(self, token: Token) -> int | None:
        """The place the trigger's clause gives: "in Moscow", "visit to Minsk", "visit Belarus"."""
        clause = token.head if token.pos_ in ("NOUN", "PROPN") and token.head.pos_ in ("VERB", "AUX") \
            else token
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
        clause_verbs = _same_clause_verbs(_clause_verb(token))
        own = {t.i for t in token.subtree}
        best: tuple[int, ResolvedDate] | None = None
        for start, end, text in self._date_expressions(sent, sent_text):
            span = self.doc.char_span(sent.start_char + start, sent.start_char + end,
                                      alignment_mode="expand")
            if span is None:
                continue
            if _clause_verb(span.root).i not in clause_verbs and span.root.i not in own:
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


def _attending_verb(noun: Token) -> Token | None:
    """The verb whose subject attends a trigger noun: "said at (the start of) a meeting with".

    Only through a preposition of place or time (`ATTENDING_PREPOSITIONS`), optionally via a
    noun for a part of the event (`EVENT_PART_NOUNS`); "cooled after the failure of talks"
    attends nothing.
    """
    if noun.dep_ != "pobj":
        return None
    prep = noun.head
    if prep.lower_ == "of" and prep.head.lemma_.lower() in EVENT_PART_NOUNS \
            and prep.head.dep_ == "pobj":
        prep = prep.head.head
    if prep.lower_ in ATTENDING_PREPOSITIONS and prep.head.pos_ in ("VERB", "AUX"):
        return prep.head
    return None


def _clause_verb(token: Token) -> Token:
    """The nearest verb at or above `token` (the head of its clause)."""
    current = token
    while current.pos_ not in ("VERB", "AUX") and current.head is not current:
        current = current.head
    return current


def _same_clause_verbs(verb: Token) -> set[int]:
    """`verb` and the verbs it is an open complement of ("set to hold", "agreed to meet")."""
    verbs = {verb.i}
    current = verb
    while current.dep_ in ("xcomp", "auxpass") and current.head is not current:
        current = current.head
        verbs.add(current.i)
    return verbs


def _channel(token: Token) -> str | None:
    """`phone` or `video` when the trigger's clause says how they talked, else None.

    A trigger noun after a support verb ("held talks via video link") reads the verb's clause.
    """
    scope = token.head if token.pos_ in ("NOUN", "PROPN") \
        and token.head.lemma_.lower() in SUPPORT_VERBS else token
    return _channel_in({t.lower_ for t in scope.subtree})


def _channel_in(words: set[str]) -> str | None:
    if words & PHONE_WORDS:
        return "phone"
    if words & VIDEO_WORDS:
        return "video"
    return None


def _subject_phrase(token: Token) -> str | None:
    current = token
    for _ in range(4):
        for child in current.children:
            if child.dep_ in ("nsubj", "nsubjpass"):
                return " ".join(t.text for t in child.subtree)
        if current.head is current:
            return None
        current = current.head
    return None


def _unique(indexes: list[int]) -> list[int]:
    return list(dict.fromkeys(indexes))


def _drop_nested(rows: list[dict]) -> list[dict]:
    """One row per asserted event: "hold talks" and "meeting" inside "visit" stay separate rows,
    but a noun trigger that is the object of a verb trigger of the same kind is dropped."""
    kept = []
    for row in rows:
        twin = [r for r in rows if r is not row and r["sentence_id"] == row["sentence_id"]
                and r["kind"] == row["kind"] and set(r["sources"] + r["targets"])
                >= set(row["sources"] + row["targets"])
                and len(r["sources"] + r["targets"]) > len(row["sources"] + row["targets"])]
        if not twin:
            kept.append(row)
    return kept


# --- meetings (the reduce) -----------------------------------------------------------------------

# A dated meeting and an undated report of the same participants are one meeting when the
# undated report was published within this many days of the meeting (news reports a meeting
# from a few days before to a few days after it).
UNDATED_MATCH_WINDOW = timedelta(days=7)


def _interval(row: dict) -> tuple[date, date] | None:
    start, end = row.get("date_start"), row.get("date_end")
    return (start, end) if start and end else None


def _places_compatible(a: str, b: str, place_country: dict[str, str]) -> bool:
    if not a or not b or a == b:
        return True
    # A city and its own country: "Sochi" and "Russia".
    return place_country.get(a) == b or place_country.get(b) == a


def _main_place(places: Counter[str], place_country: dict[str, str]) -> str:
    """The most specific place reported: a city over its country, then the most reported."""
    cities = [p for p in places if p in place_country] or list(places)
    return max(sorted(cities), key=places.__getitem__) if cities else ""


class _Cluster:
    """The typed rows of one meeting, with what `fits` needs kept up to date as rows join."""

    def __init__(self, row: dict, place_country: dict[str, str]) -> None:
        self.rows: list[dict] = []
        self.place_country = place_country
        self.kind = row["meeting_kind"]
        self.participants: set[str] = set()
        self.places: Counter[str] = Counter()
        self.articles: set[str] = set()
        self.published: set[date] = set()
        self.days: set[date] = set()
        self.latest_start: date | None = None  # dated rows all overlap [latest_start, earliest_end]
        self.earliest_end: date | None = None
        self.place = ""
        self.add(row)

    def add(self, row: dict) -> None:
        self.rows.append(row)
        self.participants |= row["participants"]
        self.articles.add(row["article_id"])
        if row["published_date"]:
            self.published.add(row["published_date"])
        if row["place"]:
            self.places[row["place"]] += 1
            self.place = _main_place(self.places, self.place_country)
        interval = _interval(row)
        if interval:
            self.latest_start = max(filter(None, [self.latest_start, interval[0]]))
            self.earliest_end = min(filter(None, [self.earliest_end, interval[1]]))
            if row["date_precision"] == "day":
                self.days.add(interval[0])

    def _dates_fit(self, row: dict) -> bool:
        own = _interval(row)
        if own is not None and self.latest_start is not None:
            return own[0] <= self.earliest_end and self.latest_start <= own[1]
        if row["article_id"] in self.articles:
            return True
        # One side is undated: it joins when it was published near the other side's date.
        if own is None:
            if self.latest_start is None or row["published_date"] is None:
                return False
            published, interval = [row["published_date"]], (self.latest_start, self.earliest_end)
        else:
            published, interval = self.published, own
        return any(interval[0] - UNDATED_MATCH_WINDOW <= p <= interval[1] + UNDATED_MATCH_WINDOW
                   for p in published)

    def fits(self, row: dict) -> bool:
        """Whether `row` reports this meeting."""
        people = row["participants"]
        if row["meeting_kind"] != self.kind or not (
                people <= self.participants or self.participants <= people):
            return False
        if not self._dates_fit(row):
            return False
        if _places_compatible(row["place"], self.place, self.place_country):
            return True
        # Two sources that name the same day but different places: one meeting, noted conflict.
        return row["date_precision"] == "day" and row["date_start"] in self.days


def build_meetings(typed: pd.DataFrame, published: dict[str, date | None],
                   place_country: dict[str, str]) -> pd.DataFrame:
    """Merge typed meet/visit/host/phone interactions into meetings.

    Rows are one meeting when they have the same kind (in person or phone), participants that
    are equal or one a subset of the other, overlapping dates (an undated report joins a dated
    meeting reported within `UNDATED_MATCH_WINDOW` of its publication, or of the same article),
    and compatible places. Day-dated and undated rows are clustered first; rows with vaguer
    dates join in a second pass only where their place agrees. Two sources that give the same
    day and different places stay one meeting, with the conflict in `notes`.

    Args:
        typed: typed interactions with `participants` (frozenset of names), `meeting_kind`,
            `date_start`, `date_end`, `date_precision`, `place`, `status`, `article_id`,
            `sentence_id`, `evidence`, `cameo`, `date`, `date_text`.
        published: article_id -> publication date (None when unknown).
        place_country: place name -> the name of the country it lies in.

    Returns:
        The meetings table (`tables.MEETING_COLUMNS` plus `date_text`).
    """
    if typed.empty:
        return empty_table([*MEETING_COLUMNS, "date_text"])
    rows = typed.to_dict("records")
    for row in rows:
        row["published_date"] = published.get(row["article_id"])
    precision_rank = {"day": 0, "unknown": 1, "week": 2, "range": 3, "month": 4, "year": 5}
    rows.sort(key=lambda r: (precision_rank.get(r["date_precision"], 5), -len(r["participants"]),
                             r["article_id"], r["sentence_id"]))
    clusters: list[_Cluster] = []
    for row in rows:
        cluster = next((c for c in clusters if c.fits(row)), None)
        if cluster is None:
            clusters.append(_Cluster(row, place_country))
        else:
            cluster.add(row)
    clusters = [c for c in clusters if _is_meeting(c.rows)]
    if not clusters:
        return empty_table([*MEETING_COLUMNS, "date_text"])
    table = pd.DataFrame([_summarise(c.rows, place_country) for c in clusters],
                         columns=[*MEETING_COLUMNS, "date_text"])
    table["_undated"] = table["date"] == ""
    table = table.sort_values(["_undated", "date", "participants"]).drop(columns="_undated")
    table["meeting_id"] = [f"M{i:03d}" for i in range(1, len(table) + 1)]
    return table.reset_index(drop=True)


def _is_meeting(rows: list[dict]) -> bool:
    """Two participants meet; one participant makes a meeting only by visiting or hosting."""
    people = set().union(*(r["participants"] for r in rows))
    return len(people) >= 2 or any(r["kind"] in ("visit", "host") for r in rows)


def _summarise(rows: list[dict], place_country: dict[str, str]) -> dict:
    """One meetings-table row from the typed rows of one meeting."""
    precision_rank = {"day": 0, "week": 1, "range": 2, "month": 3, "year": 4}
    dated = [r for r in rows if _interval(r)]
    best = min(dated, key=lambda r: precision_rank.get(r["date_precision"], 5)) if dated else None
    place = _main_place(Counter(r["place"] for r in rows if r["place"]), place_country)
    notes = []
    for other in sorted({r["place"] for r in rows if r["place"]}):
        if not _places_compatible(other, place, place_country):
            sources = sorted({r["article_id"] for r in rows if r["place"] == other})
            notes.append(f"place {other} in {', '.join(sources)}")
    held = any(r["status"] == "held" for r in rows)
    if not held and best is not None:
        # A planned meeting whose date had passed when a source was published took place.
        held = any(r["published_date"] and best["date_end"] < r["published_date"] for r in rows)
        if held:
            notes.append("held: its date had passed when a source was published")
    first_by_article: dict[str, dict] = {}
    for r in sorted(rows, key=lambda r: (r["article_id"], r["sentence_id"])):
        first_by_article.setdefault(r["article_id"], r)
    status = "held" if held else "planned"
    cameo = sorted({r["cameo"] for r in rows if r["status"] == status} or {r["cameo"] for r in rows})
    return {
        "meeting_id": "",
        "date": best["date"] if best else "",
        "date_precision": best["date_precision"] if best else "unknown",
        "date_text": best["date_text"] if best else "",
        "place": place,
        "participants": "; ".join(sorted(set().union(*(r["participants"] for r in rows)))),
        "kind": rows[0]["meeting_kind"],
        "status": status,
        "cameo": ";".join(cameo),
        "n_sources": len(first_by_article),
        "article_ids": "; ".join(first_by_article),
        "evidence": " || ".join(r["evidence"] for r in first_by_article.values()),
        "notes": "; ".join(notes),
    }
