"""Where and when a trigger's event was: the place and the date its own clause gives.

A place or date of a subordinate clause ("to discuss the fighting in Iraq"), of a relative clause
on another noun ("Abbas, whose faction lost Gaza in June") or of another subject does not count.
"""

from __future__ import annotations

import itertools
import re
from bisect import bisect_right
from collections.abc import Iterator
from datetime import date, timedelta

from spacy.tokens import Doc, Span, Token

from analysis.extract.actors import Mention
from analysis.extract.dates import ResolvedDate, find_date_expressions, iter_resolve_in_order
from analysis.extract.dates.expressions import gives_no_day
from analysis.extract.dates.resolve import coordinated_days, forward
from analysis.extract.dates.words import NUM, UNIT
from analysis.extract.events.arguments import is_venue, objects_of, verb_of_noun
from analysis.extract.events.clause_dates import (
    dated_clause_verb,
    dated_verbs,
    dates_another_thing,
    inside_reported_clause,
    journey_day,
    noun_phrase,
    stands_before,
)
from analysis.extract.events.clauses import LEXICON, clause_tokens, same_clause_verbs
from analysis.extract.events.place_syntax import (
    LOCATIVE,
    SPAN_BOUNDS,
    below,
    clause_head,
    in_topic,
    places_by_syntax,
)
from analysis.extract.parse import clause_verb

# A held meeting's story day lies at most this many days after the anchor (a publication day a
# little off); a later day told before it is a plan's.
STORY_DAY_SLACK_DAYS = 2
# An age or a length of time the tagger takes for a date: "51-year-old", "in 60 years".
NO_DATE = re.compile(rf"(?i)\byears?[- ]old\b|^(?:{NUM})\s+(?:{UNIT}|hour|decade)s?$")
# Words that make the date after them a bound, not the event's date: "since 1997", "until May".
BOUNDARY_BEFORE = re.compile(r"(?i)\b(?:since|until|till|through)\s+(?:the\s+)?$")
# An opening bracket after a date: a second date inside restates it ("today (18 October 2008)",
# "tomorrow [May 12]").
RESTATED = re.compile(r"\s*[([]\s*")
# What joins two dates of one clause: "August 19 and August 20", "19 and 20 August".
COORDINATION = re.compile(r"\s*(?:,|and|&|,\s*and)\s*")

# What joins two names into a pair of sides ("the Ottawa-Washington talks", "Russia–Belarus").
NAME_JOINERS = ("-", "‐", "–", "—", "/")
# Words a place may hang on and still say where its meeting was ("the city of Bonn", "the Villa").
WHERE_WORDS = LEXICON.place_nouns | LEXICON.venue_words


class SettingReader:
    """Reads the place and date of triggers in one parsed article."""

    def __init__(self, doc: Doc, text: str, mentions: list[Mention], mention_at: dict[int, int],
                 anchor: date | None, anchor_precision: str = "day", *,
                 seated: frozenset[str] = frozenset(),
                 capitals: dict[str, str] | None = None,
                 countries: frozenset[str] = frozenset()) -> None:
        self.doc = doc
        self.seated = seated  # actor ids of organisations at one address ("the Kremlin")
        self.countries = countries  # actor ids of countries
        self.capitals = capitals or {}  # ISO-3 -> the capital's name
        self.text = text  # doc.text, which spaCy rebuilds on every access
        self.mentions = mentions
        self.mention_at = mention_at  # token index -> index of the mention it is part of
        self.anchor = anchor
        self.anchor_precision = anchor_precision
        self.dates_of_sentence: dict[int, list[tuple[int, int, str]]] = {}
        self.resolved_at: dict[int, ResolvedDate] = {}  # expression start -> its date
        self.story_days: list[tuple[int, ResolvedDate]] = []  # references to the day, in order
        self._in_order: Iterator[tuple[tuple[int, bool], ResolvedDate]] | None = None
        self._date_entities: dict[int, list[Span]] | None = None  # sentence start -> DATE ents

    def place(self, token: Token) -> int | None:
        """The place the trigger's clause gives: "in Moscow", "visit to Minsk", "visit Belarus",
        for a noun the verb it hangs on ("arrived in Bonn for talks") or the support verb of its
        relative clause ("the talks X held with Y in Vienna"), for a verb after "to" the
        verb it completes ("while in Yerevan, X is set to meet Y"); a city or country
        (GPE) over a building named beside it ("the Presidential Villa, Abuja" gives Abuja).
        Places of another clause ("to discuss the fighting in Iraq") or of a subject that is not
        the trigger ("a deployment to Iraq dominated the talks") do not count."""
        is_noun = token.pos_ in ("NOUN", "PROPN")
        clause = clause_head(token)
        found = self._destination(clause) \
            or self._places_in(clause_tokens(clause, token), {token.i, clause.i}) \
            or self._place_before_where(clause)
        found = found or self._place_of_completed_verb(clause) \
            or is_noun and self._place_of_attended_verb(token) \
            or self._place_of_stay(clause) or self._fronted_place(token) \
            or self._place_naming(token)
        cities = [i for i in found if self.mentions[i].label == "GPE"]
        return (cities or found or [None])[0]

    def host_capital(self, sides: tuple[list[int], list[int]], place: int | None,
                     kind: str) -> str:
        """Where a meeting with a visitor that names no place was held: the capital of its
        host, the one country of the other side ("Mori held talks with visiting President
        Kim": Tokyo).

        Args:
            sides: the meeting's sources and targets (mention indexes).
            place: the place its clause names, or None.
            kind: the interaction kind (a call has no place).

        Returns:
            The capital's name, or "".
        """
        sources, targets = sides
        if place is not None or kind in ("phone", "video"):
            return ""
        if any(self._visiting(self.mentions[i]) for i in targets):
            hosts = {self.mentions[i].country for i in sources}
        elif any(self._visiting(self.mentions[i]) for i in sources):
            hosts = {self.mentions[i].country for i in targets}
        else:
            return ""
        return self.capitals.get(hosts.pop(), "") if len(hosts) == 1 else ""

    def _visiting(self, mention: Mention) -> bool:
        """Whether a mention is described as visiting ("visiting President Kim", "the visiting
        Lankan leader")."""
        span = self.doc.char_span(mention.start_char, mention.end_char, alignment_mode="expand")
        if span is None:
            return False
        before = self.doc[span.root.left_edge.i - 1] if span.root.left_edge.i else span.root
        return bool(LEXICON.visitor_words & {before.lower_, *(t.lower_ for t in span),
                                              *(c.lower_ for c in span.root.children)})

    def _place_before_where(self, verb: Token) -> list[int]:
        """The place a "where" clause refers to: the noun it qualifies ("Tokyo, where he will
        hold talks"; the city of "Minsk, Belarus, where"), else the nearest place after
        in/at/to/into before it ("will fly to Berlin together, where they will meet X")."""
        where = next((c for c in verb.children if c.dep_ == "advmod" and c.lower_ == "where"),
                     None)
        if where is None:
            return []
        head = verb.head.head if verb.head.dep_ == "appos" else verb.head  # "Minsk, Belarus, where"
        before = [head] if verb.dep_ == "relcl" else []
        before += [t for t in reversed(self.doc[verb.sent.start:where.i])
                   if t.dep_ == "pobj" and t.head.lower_ in LOCATIVE]
        return [index for t in before[:1] if (index := self.mention_at.get(t.i)) is not None
                and self.is_place(self.mentions[index])]

    def says_where(self, place: int, trigger: Token) -> bool:
        """Whether a place hangs on the trigger or its verb through prepositions, place nouns
        and venues alone ("took place in the German city of Bonn", "at the State House,
        Abuja"; not "a discussion about liberty in the United States")."""
        mention = self.mentions[place]
        span = self.doc.char_span(mention.start_char, mention.end_char, alignment_mode="expand")
        for above in span.root.ancestors if span is not None else []:
            if above.i in (trigger.i, trigger.head.i):
                return True
            if above.pos_ != "ADP" and above.lemma_.lower() not in WHERE_WORDS:
                return False
        return False

    def _destination(self, verb: Token) -> list[int]:
        """The place a verb of going goes to ("flew to Berlin", not "after talks in Paris")."""
        if verb.lemma_.lower() not in LEXICON.travel_words:
            return []
        return [index for t in objects_of(list(verb.children), ("to", "into"))
                if (index := self.mention_at.get(t.i)) is not None
                and self.is_place(self.mentions[index])]

    def _place_of_completed_verb(self, verb: Token) -> list[int]:
        """The places of the verbs a verb after "to" completes ("While in Yerevan, X is set to
        meet Y", "In Yerevan, X is due to meet Y")."""
        while verb.dep_ in ("xcomp", "acomp"):
            verb = verb.head
            found = self._places_in((t for c in verb.children if c.dep_ == "prep"
                                     for t in c.subtree), {verb.i})
            if found:
                return found
        return []

    def _place_of_attended_verb(self, noun: Token) -> list[int]:
        """The places of the verb whose subject attends a trigger noun's event ("X arrived in
        Bonn for talks with Y")."""
        attended = verb_of_noun(noun, has_sources=False)
        if attended is None:
            return []
        verbs = same_clause_verbs(attended)
        return self._places_in((t for child in attended.children if child.dep_ == "prep"
                                and child.i != noun.head.i for t in child.subtree
                                if clause_verb(t).i in verbs), set())

    def _place_of_stay(self, verb: Token) -> list[int]:
        """Where a relative clause on someone of the clause says they are staying ("Mr Suzuki,
        who is in New Zealand at the invitation of the Government, met Y"; "met Y, who is on an
        official visit in Poland"): every one of them is there."""
        verbs = same_clause_verbs(clause_verb(verb))
        stays = [t for t in verb.subtree if t.dep_ == "relcl" and clause_verb(t.head).i in verbs
                 and t.lemma_.lower() in LEXICON.stay_verbs]
        return self._places_in((t for stay in stays for c in stay.children if c.dep_ == "prep"
                                for t in c.subtree if clause_verb(t).i == stay.i),
                               {stay.i for stay in stays})

    def _fronted_place(self, trigger: Token) -> list[int]:
        """The place a sentence opens with, before its subject and a comma, that sets the scene
        for every clause of the sentence that is not reported speech ("In Baghdad, X scored
        points when he was met by Y", "In Tokyo, X is expected to share details with Y")."""
        root = trigger.sent.root
        if any(above.dep_ in ("ccomp", "parataxis") for above in (trigger, *trigger.ancestors)):
            return []
        subject = min((c.left_edge.i for c in root.children if c.dep_ in ("nsubj", "nsubjpass")),
                      default=root.i)
        opening = [c for c in root.children if c.dep_ == "prep" and c.lower_ in ("in", "at")
                   and c.right_edge.i + 1 < subject and self.doc[c.right_edge.i + 1].text == ","]
        return self._places_in((t for c in opening for t in c.subtree), {root.i})

    def _place_naming(self, noun: Token) -> list[int]:
        """The place that names a trigger noun ("a hastily scheduled Ottawa meeting", "the
        Geneva summit"): where it met, when its clause names no other place."""
        if noun.pos_ not in ("NOUN", "PROPN"):
            return []
        return [index for t in noun.children if (index := self._naming_place(t)) is not None][:1]

    def _naming_place(self, t: Token) -> int | None:
        """The place mention of a token that names the noun it compounds, a place not a country
        nor joined to another name by a dash (not "the Iran talks", "the Ottawa-Washington
        talks") nor a name the noun ends ("the Camp David Summit")."""
        index = self.mention_at.get(t.i)
        if t.dep_ != "compound" or index is None or self.mention_at.get(t.head.i) == index \
                or not self.is_place(self.mentions[index]) \
                or self.mentions[index].actor_id in self.countries \
                or any(w.text in NAME_JOINERS for w in self.doc[t.left_edge.i:t.head.i]):
            return None
        return index

    def _places_in(self, tokens, verbs: set[int]) -> list[int]:
        """Place mentions among `tokens` that say where: after in/at/to/into, the direct object
        of one of `verbs` ("visit Belarus"), "the resort of Sochi", or named beside one of these
        or beside a venue ("the Villa, Abuja", "at State House, Nairobi"). A demonym ("the
        German chancellery") says whose, not where; a place inside the topic ("discussions
        regarding the situation in Liberia") says what."""
        found: list[int] = []
        for t in tokens:
            index = self.mention_at.get(t.i)
            if index is None or index in found or not self.is_place(self.mentions[index]) \
                    or t.pos_ == "ADJ" or t.dep_ == "amod" or in_topic(t, verbs):
                continue
            seat = self.mentions[index].actor_id in self.seated
            if places_by_syntax(t, verbs, bool(found)) \
                    or seat and t.dep_ == "compound" and t.head.i in verbs \
                    or self._names_gathering(t):
                found.append(index)
        return found

    def _names_gathering(self, t: Token) -> bool:
        """Whether a token is the place naming a gathering the clause is at ("at the Reykjavik
        summit, X met Y") or a venue that says no place of its own ("in a Seattle hotel room",
        "in Uganda's State House"; not "at the Sadabad palace in north Tehran")."""
        noun = t.head
        while noun.dep_ in ("compound", "poss"):
            noun = noun.head
        owner = t.dep_ == "poss" and t.i in self.mention_at  # a place by `_places_in`
        return noun.dep_ == "pobj" and (owner or self._naming_place(t) is not None) and (
            noun.head.lower_ in ("at", "during") and noun.lemma_.lower() in LEXICON.gathering_nouns
            or noun.head.lower_ in LOCATIVE
            and any(word.lemma_.lower() in LEXICON.venue_words for word in self.doc[t.i:noun.i + 1])
            and not any(c.dep_ == "prep" and c.lower_ in LOCATIVE for c in noun.children))

    def is_place(self, mention: Mention) -> bool:
        """A place, an organisation at one address ("at the Kremlin", "a Kremlin summit") or a
        building NER called an organisation ("at the State House")."""
        return mention.type == "place" or mention.actor_id in self.seated or is_venue(mention)

    def scheduled(self, token: Token, when: ResolvedDate | None) -> bool:
        """Whether a verb in the present tense, or a noun, is dated after the article's day: a
        schedule ("The four presidents meet in Dar es Salaam on Sunday", written on a Friday;
        "confirmed Lula's trip to Buenos Aires on the 23rd")."""
        return token.tag_ in ("VBP", "VBZ", "NN", "NNS", "NNP", "NNPS") and when is not None \
            and when.start is not None \
            and self.anchor is not None and self.anchor_precision == "day" \
            and when.start > self.anchor

    def news_day(self, token: Token) -> ResolvedDate | None:
        """The date of an event a news report gives in the present perfect or progressive and no
        date ("X has met Y at State House", "X is meeting Y for talks"): the day of the report
        (the anchor), when the anchor is a day and nothing makes the perfect one of experience
        ("has met Y before", "have met since").

        Args:
            token: a trigger with no date of its own.

        Returns:
            The anchor day, or None.
        """
        verb = token.head if token.pos_ in ("NOUN", "PROPN") and token.dep_ == "dobj" else token
        present = {"VBN": ("has", "have"), "VBG": ("is", "are", "'s", "'re")}.get(verb.tag_, ())
        told_now = any(c.dep_ == "aux" and c.lower_ in present for c in verb.children)
        if not told_now or self.anchor is None or self.anchor_precision != "day" \
                or any(t.lower_ in LEXICON.experience_words for t in verb.subtree):
            return None
        text = " ".join(t.text for t in verb.children if t.dep_ == "aux") + f" {verb.text}"
        return ResolvedDate(text, self.anchor.isoformat(), "day", self.anchor, self.anchor)

    def dates(self, token: Token, sent: Span, sent_text: str, planned: bool = False
              ) -> list[ResolvedDate]:
        """The date of the trigger's own clause, resolved against the anchor, then the other days
        given with it ("on August 19 and 20", "on 19 and 20 August", "on August 19 and August
        20"); [] when the clause gives none.

        A date counts when the nearest verb above it is the trigger's verb (or a verb the trigger is
        an open complement of: "is set to hold talks … on September 14", or one it is coordinated
        with under the same subject and auxiliaries: "will meet and hold talks on Thursday"), when
        it stands right before the verb ("X on Thursday visited Y"), when it sits in the trigger
        noun's own phrase, or in a gerund that frames the clause in time ("Before leaving on
        Saturday, he met …"); a date of a reporting or subordinate clause ("…, Zakharova said on
        August 31", "as protests began after the election on August 9", "his visit, which came hours
        before he is sworn in tomorrow") does not, nor does the bound of a span ("their first
        meeting since 1997", "until Friday") or a date of another thing ("in the 2002 attack"). Of
        several, the nearest that resolves ("one-day" does not) and names a day of its own (not
        "afterward", "in the afternoon") is the date; days given with it come in calendar order;
        a date restated in brackets after it ("today (18 October 2008)") gives way to the
        bracket's. A `planned` event's dates without a year are read forward. A clause with no
        date that resolves may name a day of a journey (`journey_day`).
        """
        found: list[tuple[tuple[bool, bool, int], int, int, ResolvedDate]] = []
        for start, end, span in self._clause_dates(token, sent, sent_text):
            resolved = self._resolved(sent.start_char + start)
            found.append(((resolved.value is None, gives_no_day(sent_text[start:end]),
                           abs(span.start - token.i)), start, end, resolved))
        restating = {start for _, start, _, resolved in found if resolved.value is not None}
        found = sorted((item for item in found if (bracket := RESTATED.match(sent_text, item[2]))
                        is None or bracket.end() not in restating), key=lambda item: item[0])
        if not found or found[0][3].value is None:  # none, or "the second day" (NER: a DATE)
            day = journey_day(sent, dated_verbs(token), self._last_date_before(sent))
            if day is not None:
                return [day]
            return [found[0][3]] if found else []
        _, start, end, best = found[0]
        days = [best]
        if best.precision == "day":
            days += coordinated_days(best, sent_text[:start], sent_text[end:]) + [
                resolved for _, s, e, resolved in found if resolved.precision == "day"
                and COORDINATION.fullmatch(sent_text[min(end, e):max(start, s)])]
        if planned and self.anchor is not None and self.anchor_precision == "day":
            days = [forward(day, self.anchor) for day in days]
        return sorted(days, key=lambda day: day.start)

    def _clause_dates(self, token: Token, sent: Span, sent_text: str
                      ) -> list[tuple[int, int, Span]]:
        """The date expressions of the trigger's own clause (see `dates`): (start, end, tokens)."""
        verb, clause_verbs = dated_clause_verb(token), dated_verbs(token)
        own = noun_phrase(token) if token.pos_ in ("NOUN", "PROPN") else set()
        found = []
        for start, end, _ in self._date_expressions(sent, sent_text):
            span = self.doc.char_span(sent.start_char + start, sent.start_char + end,
                                      alignment_mode="expand")
            if span is None or BOUNDARY_BEFORE.search(sent_text, 0, start) \
                    or any(t.lower_ in SPAN_BOUNDS for t in below(span.root, clause_verbs)) \
                    or dates_another_thing(span.root, own):
                continue
            if clause_verb(span.root).i in clause_verbs or span.root.i in own \
                    or stands_before(span, verb) or inside_reported_clause(span.root, verb):
                found.append((start, end, span))
        return found

    def _last_date_before(self, sent: Span) -> ResolvedDate | None:
        """The last date the article gives before `sent` (read up to it)."""
        self._read_up_to(sent.start_char)
        return next((date for at, date in reversed(self.resolved_at.items())
                     if at < sent.start_char and date.value), None)

    def days_of_each(self, token: Token, sent: Span, sent_text: str, people: list[int]
                     ) -> list[ResolvedDate | None]:
        """The day (or month) given beside each of several people a trigger names: after
        each ("will meet A on Wednesday and B on Friday"), else before each ("talks Wednesday
        with A and Friday with B"); one per person, None where none is.

        Args:
            token: the trigger.
            sent: its sentence.
            sent_text: its text.
            people: mention indexes, in text order.

        Returns:
            A day (or None) per person.
        """
        expressions = [start for start, _, _ in self._clause_dates(token, sent, sent_text)]
        starts = [self.mentions[i].start_char - sent.start_char for i in people]
        ends = [self.mentions[i].end_char - sent.start_char for i in people]
        after = [self._day_between(sent, expressions, end, bound, first=True)
                 for end, bound in zip(ends, [*starts[1:], len(sent_text)])]
        if None not in after:
            return after
        return [self._day_between(sent, expressions, bound, start, first=False)
                for bound, start in zip([0, *ends[:-1]], starts)]

    def _day_between(self, sent: Span, expressions: list[int], begin: int, end: int, *,
                     first: bool) -> ResolvedDate | None:
        """The first (or last) of the clause's date expressions between two offsets of the
        sentence, when it resolves to a day or a month."""
        starts = [s for s in expressions if begin <= s < end]
        day = self._resolved(sent.start_char + (min if first else max)(starts)) if starts else None
        return day if day is not None and day.precision in ("day", "month") else None

    def _resolved(self, char: int) -> ResolvedDate:
        """The expression of the article that starts at `char`, resolved once for the article,
        in text order: "the following day" counts from the date mentioned before it."""
        while char not in self.resolved_at and self._read_next():
            pass
        return self.resolved_at[char]

    def _read_up_to(self, char: int) -> None:
        """Resolve the article's date expressions in text order, up to the first at or after
        `char`."""
        while (not self.resolved_at or next(reversed(self.resolved_at)) < char) \
                and self._read_next():
            pass

    def _read_next(self) -> bool:
        """Resolve the article's next date expression; False when none is left."""
        if self._in_order is None:
            self._in_order = self._in_text_order()
        found = next(self._in_order, None)
        if found is None:
            return False
        (start, bound), resolved = found
        self.resolved_at[start] = resolved
        if not bound and resolved.precision == "day":
            self.story_days.append((start, resolved))
        return True

    def story_day(self, token: Token) -> ResolvedDate | None:
        """The day the story is at in a trigger's sentence: the last date to the day given before
        it (no bound of a span, no person's past, no day weeks after the anchor: a plan told
        before, "on the 24th we will meet"), or None; reads the dates only up to the sentence."""
        start = token.sent.start_char
        self._read_up_to(start)
        latest = self.anchor + timedelta(days=STORY_DAY_SLACK_DAYS) if self.anchor else None
        return next((day for at, day in reversed(self.story_days) if at < start
                     and not (latest and day.start and day.start > latest)), None)

    def _in_text_order(self) -> Iterator[tuple[tuple[int, bool], ResolvedDate]]:
        """(start, resolution) of the article's date expressions in text order, resolved as they
        are read: a sentence after the last one a trigger asks about is never resolved. A bound
        of a span, or a date of a relative clause on a person, is no reference time."""
        found = ((sent.start_char + start, expression, sent_text,
                  BOUNDARY_BEFORE.search(sent_text, 0, start) is not None
                  or self._about_a_person(sent.start_char + start))
                 for sent in self.doc.sents
                 for sent_text in [self.text[sent.start_char:sent.end_char]]
                 for start, _, expression in sorted(self._date_expressions(sent, sent_text)))
        positions, texts = itertools.tee(found)
        resolved = iter_resolve_in_order(((expression, sentence, bound)
                                          for _, expression, sentence, bound in texts),
                                         self.anchor, anchor_precision=self.anchor_precision)
        return zip(((start, bound) for start, _, _, bound in positions), resolved)

    def _about_a_person(self, char: int) -> bool:
        """Whether the date at `char` is in a relative clause on a person ("Rajapakse, who
        arrived late Saturday, …"): what the person did before, not the day the story is at."""
        span = self.doc.char_span(char, char + 1, alignment_mode="expand")
        clause = next((t for t in span.root.ancestors if t.dep_ == "relcl"), None) \
            if span is not None else None
        return clause is not None and clause.head.i in self.mention_at \
            and self.mentions[self.mention_at[clause.head.i]].type == "person"

    def _date_expressions(self, sent: Span, sent_text: str) -> list[tuple[int, int, str]]:
        """The sentence's date expressions (found once per sentence, whatever its triggers)."""
        if sent.start not in self.dates_of_sentence:
            self.dates_of_sentence[sent.start] = self._find_dates(sent, sent_text)
        return self.dates_of_sentence[sent.start]

    def _find_dates(self, sent: Span, sent_text: str) -> list[tuple[int, int, str]]:
        found = find_date_expressions(sent_text)
        for ent in self._dates_tagged_in(sent):
            start, end = ent.start_char - sent.start_char, ent.end_char - sent.start_char
            if not any(s < end and start < e for s, e, _ in found):
                found.append((start, end, ent.text))
        return found

    def _dates_tagged_in(self, sent: Span) -> list[Span]:
        """The DATE entities of a sentence but an age or a length of time (`NO_DATE`), grouped
        by sentence once (`Span.ents` reads every entity of the document at each call)."""
        if self._date_entities is None:
            sents = list(self.doc.sents)
            starts = [s.start for s in sents]
            self._date_entities = {}
            for ent in self.doc.ents:
                home = sents[bisect_right(starts, ent.start) - 1]
                if ent.label_ == "DATE" and ent.end <= home.end \
                        and not NO_DATE.search(ent.text):  # within one sentence; a date
                    self._date_entities.setdefault(home.start, []).append(ent)
        return self._date_entities.get(sent.start, [])
