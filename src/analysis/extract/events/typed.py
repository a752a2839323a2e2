"""Typed interactions read from one parsed article (the per-article map).

An interaction a verb or noun asserts (meet, visit, host, phone, congratulate, …) is read from
the dependency parse with its participants, a CAMEO code, a date, a place and a status. Which
words are triggers is data (`data/triggers.yaml`, see `lexicon`)."""

from __future__ import annotations

import itertools
from datetime import date

from spacy.tokens import Doc, Span, Token

from analysis.extract.actors import Mention
from analysis.extract.actors.mentions import PENDING_ROLE
from analysis.extract.dates import ResolvedDate
from analysis.extract.events import arguments, channels, objects, quotes, sides, strays, triggers
from analysis.extract.events.arguments import inviters, is_venue, objects_of
from analysis.extract.events.bystanders import is_alternative, without_companions
from analysis.extract.events.clauses import (
    COUNTERPART_PREPOSITIONS,
    LEXICON,
    STORY_DAY_KINDS,
    controlling_verb,
    during_visit,
    host_of_visitor,
    is_anaphoric,
    is_separate,
    lacks_counterpart,
    names_an_event,
    party_heads,
    says_separately,
)
from analysis.extract.events.groups import (
    accompanying,
    attended_meeting,
    bystanders,
    first_report_by_group,
    group_met,
    group_subject,
    meets_each,
    quoted_speaker,
    sat_in,
    speakers_of_last_meeting,
    without_spouses,
)
from analysis.extract.events.interaction import (
    TypedInteraction,
    conversation_call,
    conversations_as_calls,
    drop_nested,
    occasions,
)
from analysis.extract.events.lexicon import Trigger
from analysis.extract.events.lists import (
    members_included,
    met_in_list_below,
    others_listed_after,
    people_listed_below,
)
from analysis.extract.events.modality import is_denied, is_hypothetical
from analysis.extract.events.occasions import is_one_occasion, is_several_occasions
from analysis.extract.events.one_by_one import one_row_each
from analysis.extract.events.phrases import PhraseReader
from analysis.extract.events.place_syntax import says_here
from analysis.extract.events.repairs import repair_parse
from analysis.extract.events.role_parties import names_a_role
from analysis.extract.events.setting import SettingReader
from analysis.extract.events.status import is_planned
from analysis.extract.events.visits import VisitsSoFar

# Prepositions whose object takes part in a trigger noun's event: "talks between X and Y",
# "a visit by X", "a call from X", "the meeting of X".
PARTICIPANT_PREPOSITIONS = ("between", "of", "by", "from")
# The parts of speech of a trigger (`trigger_of`): other words only as "visiting" (visitor_words).
TRIGGER_POS = frozenset({"VERB", "AUX", "NOUN", "PROPN"})


class TypedInteractionFinder:
    """Reads typed interactions from one parsed article's dependency parse."""

    def __init__(self, doc: Doc, mentions: list[Mention], anchor: date | None,
                 anchor_precision: str = "day", text: str | None = None, *,
                 seated: frozenset[str] = frozenset(),
                 capitals: dict[str, str] | None = None,
                 countries: frozenset[str] = frozenset()) -> None:
        self.doc = repair_parse(doc)
        self.text = text or doc.text  # spaCy rebuilds doc.text on every access
        # The role phrases the reduce resolves come last (`MentionFinder.find`) and take no part.
        self.phrases = PhraseReader(doc, list(itertools.takewhile(
            lambda m: m.method != PENDING_ROLE, mentions)), self.text)
        self.mentions, self.mention_at = self.phrases.mentions, self.phrases.mention_at
        self.setting = SettingReader(doc, self.text, self.mentions, self.mention_at, anchor,
                                     anchor_precision, seated=seated, capitals=capitals,
                                     countries=countries)
        self.visits = VisitsSoFar()

    def find(self) -> list[TypedInteraction]:
        """Typed interactions, one per trigger with participants.

        Returns:
            The article's `TypedInteraction`s in text order, nested repeats dropped.
        """
        rows: list[TypedInteraction] = []
        previous_meeting: list[int] = []
        for sentence_id, sent in enumerate(self.doc.sents):
            sent_text = self.text[sent.start_char:sent.end_char]
            found = [row for token in sent if token.pos_ in TRIGGER_POS
                     or token.lower_ in LEXICON.visitor_words for row in self._read_trigger(
                         token, sent, sent_text, sentence_id, previous_meeting)]
            rows.extend(found)
            self.visits.read(found)
            meetings = [people for r in found if r.kind in LEXICON.meeting_kinds
                        and len(people := self.phrases.people(r.sources + r.targets)) >= 2]
            if meetings:
                previous_meeting = meetings[0]
        return drop_nested(conversations_as_calls(
            rows, [conversation_call(self.doc[r.trigger_i]) for r in rows],
            [frozenset(map(self.phrases.actor, r.sources + r.targets)) for r in rows],
            {kind: t.cameo for kind, t in LEXICON.channel_triggers.items()}))

    def _read_trigger(self, token: Token, sent: Span, sent_text: str, sentence_id: int,
                      previous_meeting: list[int]) -> list[TypedInteraction]:
        """The interaction a trigger asserts, one per day when it reports several occasions
        on several days ("phone calls on August 19 and 20"); [] for none."""
        trigger = triggers.trigger_of(token)
        if trigger is None or is_denied(token) or is_hypothetical(token):
            return []
        sources, targets, pair = self._roles(token, trigger, previous_meeting)
        parties = sources + targets
        if not parties and not self._may_set_a_meeting(token, trigger):
            return []
        place = self._place(token, trigger)
        if self._says_nothing(token, trigger, targets, place):
            return []
        journey = arguments.journey_before(token)
        planned = is_planned(token, journey)
        days = self.setting.dates(token, sent, sent_text, planned=planned)
        when = days[0] if days else None if planned else self.setting.news_day(token)
        planned = planned or self.setting.scheduled(token, when)
        if not parties and not self._sets_a_meeting(token, trigger, place, when):
            return []
        when, place = self.visits.during(token, when, place, planned)
        if trigger.kind not in ("phone", "video"):
            when, place = self._on_journey(journey, sent, sent_text, when, place)
        row = TypedInteraction(
            sentence_id=sentence_id, kind=trigger.kind,
            cameo=trigger.cameo_planned if planned else trigger.cameo,
            status="planned" if planned else "held", sources=sources, targets=targets,
            place=place, date=when, evidence=sent_text.strip(), pair=pair, trigger_i=token.i,
            specific=is_one_occasion(token, when),
            separate=is_separate(token) or met_in_list_below(self.phrases, token, targets)
            or meets_each(self.phrases, token, trigger.kind, sources, targets),
            anaphoric=is_anaphoric(token),
            role_party=names_a_role(self.phrases, token, parties=sources + targets),
            host_capital=self.setting.host_capital((sources, targets), place, trigger.kind),
            filed_here=self._filed_here(token),
            story_day=self._story_day(token, trigger, planned, when),
        )
        if each_apart := one_row_each(row, token, sent, sent_text, self.setting):
            return each_apart
        by_role = len(sources) > 1 and names_a_role(self.phrases, token, counterpart=True)
        return occasions(row, days[1:] if is_several_occasions(token, trigger, days) else [],
                         by_role=by_role)

    def _story_day(self, token: Token, trigger: Trigger, planned: bool,
                   when: ResolvedDate | None) -> ResolvedDate | None:
        """The day the story is at, for one meeting held (`STORY_DAY_KINDS`) undated by its clause."""
        if planned or when is not None or trigger.kind not in STORY_DAY_KINDS \
                or not is_one_occasion(token, None):
            return None
        return self.setting.story_day(token)

    def _filed_here(self, token: Token) -> bool:
        """Whether a trigger's event took place where the story was filed: its clause says
        "here", or "during the visit" where no visit was reported before (the visit the story
        is filed from; not "during his trip to Israel")."""
        return says_here(token) or self.visits.last is None and during_visit(token, unplaced=True)

    def _on_journey(self, journey: Token | None, sent: Span, sent_text: str,
                    when: ResolvedDate | None, place: int | None
                    ) -> tuple[ResolvedDate | None, int | None]:
        """"Arrived in Minsk on Monday and held talks with X": the journey's date and place
        where the trigger's clause gives none; its place also over one the clause holds deeper
        down, another thing's ("visit New Delhi to meet X ahead of the talks in Thailand")."""
        if journey is None:
            return when, place
        if when is None:
            when = next(iter(self.setting.dates(journey, sent, sent_text)), None)
        if place is not None and self._on_a_verb(place):
            return when, place
        return when, self.setting.place(journey) or place

    def _on_a_verb(self, place: int) -> bool:
        """Whether a place hangs on a verb ("held talks in Agra") or on the person met ("met X in
        Agra", as the parser often has it), not on another noun ("the talks in Thailand")."""
        span = self.phrases.span(place)
        if span is None or span.root.dep_ != "pobj":
            return True
        head = span.root.head.head
        return head.pos_ in ("VERB", "AUX") or head.i in self.mention_at \
            and self.mentions[self.mention_at[head.i]].type == "person"

    def _loose_person(self, child: Token) -> bool:
        """A person the parser hung on a verb as a loose modifier ("meet today Thein Sein"), or
        a group so hung that names them in apposition ("received this Friday at the Presidential
        House the Republican congressmen Matt Gaetz, Dan Bishop and Alex Mooney")."""
        return child.dep_ == "npadvmod" and any(self.phrases.type_at(word) == "person"
                                                for word in (child, *arguments.appositions(child)))

    def _sets_a_meeting(self, token: Token, trigger: Trigger, place: int | None,
                        when: ResolvedDate | None) -> bool:
        """Whether a meeting that names nobody gives its place or date ("The meeting took place
        in Bonn", "during the mini-summit, on Tuesday"), kept for the meetings around it."""
        return self._may_set_a_meeting(token, trigger) and (
            place is not None and self.setting.says_where(place, token)
            or when is not None and when.value is not None)

    def _place(self, token: Token, trigger: Trigger) -> int | None:
        """The place mention of a trigger's clause; none for a call."""
        return self.setting.place(token) if trigger.kind not in ("phone", "video") else None

    @staticmethod
    def _may_set_a_meeting(token: Token, trigger: Trigger) -> bool:
        """Whether a trigger that names nobody may still set a meeting's place or date: a meeting,
        not a verb that is a trigger only with both its parties ("discuss the crisis in
        Colombia"); checked before its place and dates are read, which most such triggers lack."""
        return trigger.kind == "meet" and token.lemma_ not in LEXICON.counterpart_verbs

    # --- participants ---------------------------------------------------------------------------

    def _roles(self, token: Token, trigger: Trigger, previous_meeting: list[int]
               ) -> tuple[list[int], list[int], bool]:
        """Sources and targets of a trigger, and whether the subject was "the two leaders"."""
        if self._attended_without_counterpart(token) or sat_in(token, previous_meeting):
            return [], [], False
        sources, targets = self._participants(token, trigger.kind)
        targets += attended_meeting(token, previous_meeting, sources)
        if self._reports_nothing(token, sources, targets, previous_meeting):
            return [], [], False
        alternatives = self._alternatives(sources + targets)
        outside = quotes.stranded_speakers(self.phrases, token.sent) | alternatives \
            | accompanying(self.phrases, token.sent)
        sources, targets = ([i for i in side if i not in outside] for side in (sources, targets))
        pair = False
        if not targets and speakers_of_last_meeting(self.phrases, token, sources,
                                                    previous_meeting):
            sources, pair = list(previous_meeting), True  # "we", one of the last two who met
        if not sources:
            sources = group_subject(self.phrases, token, previous_meeting)
            pair = bool(sources)
        if not sources:
            sources = self._sources_from_context(token, trigger, targets)
        if not targets:  # "will meet the two presidents separately", "a call between the two"
            met = group_met(self.phrases, token, sources) \
                or people_listed_below(self.phrases, token)
            sources, targets = (sources, met) if sources else (met[:1], met[1:])
        sources, targets = (without_spouses(self.phrases, sources, targets),
                            without_spouses(self.phrases, targets, sources))
        sources, targets = self._arrange(sources, targets, trigger, token)
        if trigger.kind in LEXICON.two_party_kinds and len(sources) + len(targets) == 1 \
                and not objects.object_is_a_thing(self.phrases, token) \
                and not self._said_at(token):
            other = self.phrases.nearest_person(token, exclude={  # a spouse only comes along
                *sources, *targets, *alternatives, *bystanders(self.phrases, token)})
            if other is not None:
                (targets if sources else sources).append(other)
        return sources, targets, pair

    def _reports_nothing(self, token: Token, sources: list[int], targets: list[int],
                         previous_meeting: list[int]) -> bool:
        """Whether a verb that needs a counterpart names none (`lacks_counterpart`) and no group
        of people before any meeting stands for its subject (`first_report_by_group`)."""
        return lacks_counterpart(token, sources, targets) \
            and not first_report_by_group(self.phrases, token, sources, previous_meeting)

    def _alternatives(self, people: list[int]) -> set[int]:
        """The people of a trigger joined by "or" ("conducted by X or Y"): none takes part."""
        return {i for i in people
                if (span := self.phrases.span(i)) is not None and is_alternative(span.root)}

    def _sources_from_context(self, token: Token, trigger: Trigger, targets: list[int]
                              ) -> list[int]:
        """Who a trigger without a subject is of: the event it is coordinated with or part of
        ("… and a luncheon with X"), who "his" is ("talks with his counterpart"), or, for "the
        visit" naming only its host, the last visit's visitor ("The visit comes at the
        invitation of X")."""
        sources = self._sources_of_event_before(token) \
            if token.dep_ == "conj" or arguments.including_journey(token) is not None \
            else self.phrases.possessor_of_role(party_heads(token))
        if not sources and targets and trigger.kind == "visit":
            sources = self.visits.visitors(token)
        return sources or quoted_speaker(self.phrases, token, targets)

    def _sources_of_event_before(self, noun: Token) -> list[int]:
        """The sources of the event noun a trigger noun is coordinated with, however the parser
        hung it (`event_noun_before`: "held a meeting with Y and a luncheon with X"), or of the
        journey whose programme it is part of ("X's tour, which included meetings with Y")."""
        before = arguments.including_journey(noun) or triggers.event_noun_before(noun)
        if before is None:
            return []
        found = triggers.trigger_of(before)
        return self._participants(before, found.kind if found is not None else "")[0]

    def _attended_without_counterpart(self, token: Token) -> bool:
        """Whether a trigger noun is a gathering (or an event's proper name: "the APEC Economic
        Leaders' Meeting") its clause's subject attends that names no person of its own:
        "greeted each other at the G7 summit" or "at a summit of the Mercosur bloc" is no
        meeting of theirs; "said at a summit with X", "agreed in their first summit" and
        "reconciled following a private meeting" are."""
        verb = arguments.attending_verb(token)
        if verb is None or token.lemma_.lower() not in LEXICON.gathering_nouns \
                and not names_an_event(token):
            return False
        if verb.lemma_.lower() in LEXICON.joining_verbs and any(
                c.dep_ == "dobj" and any(self.mentions[i].type == "person"
                                         for i in self.phrases.mentions_in(c.subtree))
                for c in verb.children):
            return False  # "will join X and Y for a summit": they meet
        own = [child for child in [*token.children, *arguments.participle_phrases(token)]
               if child.dep_ == "poss" or child.dep_ in ("prep", "agent")
               and child.lower_ in (*COUNTERPART_PREPOSITIONS, *PARTICIPANT_PREPOSITIONS)]
        return not any(objects.names_a_person(self.phrases, child) or child.lower_ == "their"
                       for child in own)

    def _arrange(self, sources: list[int], targets: list[int], trigger: Trigger, token: Token
                 ) -> tuple[list[int], list[int]]:
        """Places out of the sources (and out of the targets but for a visit), venues out of
        both, the venue a hosting verb names ("welcomed X to Parliament House", not "played host
        to X") and what a place hosts but people ("Kenya hosts the AU summit") out of the
        targets, and "Putin and Lukashenko met" as Putin (source) and Lukashenko (target), but
        not "X and Y held separate talks"."""
        if trigger.kind == "host":
            targets = objects.hosted(self.phrases, sources, targets, token)
        sources = [i for i in sources if self.mentions[i].type != "place"
                   and not is_venue(self.mentions[i])]
        targets = [i for i in targets if not is_venue(self.mentions[i])]
        sources, targets = sides.distinct_sides((sources, targets), self.phrases.actor,
                                                lambda i: self.mentions[i].method == "role")
        if trigger.kind != "visit":
            targets = [i for i in targets if self.mentions[i].type != "place"]
        if len(sources) > 1 and not targets and trigger.kind != "host" \
                and not names_a_role(self.phrases, token, counterpart=True) \
                and not says_separately(token):
            sources, targets = sources[:1], sources[1:]  # hosts together host someone else
        return sources, targets

    def _says_nothing(self, token: Token, trigger: Trigger, targets: list[int],
                      place: int | None) -> bool:
        """Whether a trigger reports no interaction: going with no place said ("returned"),
        receiving a thing from nobody ("Receiving no commitment of help, X gave no ground")."""
        return place is None and token.lemma_.lower() in LEXICON.travel_words \
            or trigger.kind == "host" and not targets \
            and objects.object_is_a_thing(self.phrases, token)

    def _said_at(self, token: Token) -> bool:
        """Whether a trigger noun is where someone spoke to no one the sentence names: "X told
        reporters at a luncheon", not "During the meeting, X told Y" (nor "his talks with Y")."""
        verb = token.head.head
        return token.pos_ == "NOUN" and token.head.lower_ in ("at", "during", "in") \
            and verb.lemma_.lower() in LEXICON.speech_verbs \
            and not any(child.dep_ in ("dobj", "dative") and self.phrases.type_at(child) == "person"
                        for child in verb.children)

    def _participants(self, token: Token, kind: str) -> tuple[list[int], list[int]]:
        host = host_of_visitor(token)
        if host is not None:  # "advised visiting President X": who advised, and X
            visitor = token.head if host.head.i != token.i else next(
                (c for c in token.children if c.dep_ == "dobj"), token)  # "met visiting X"
            return self._subject_mentions(host), self.phrases.head_mentions(visitor)
        sources: list[int] = []
        targets: list[int] = []
        verb: Token | None = token
        if token.pos_ in ("NOUN", "PROPN"):
            sources, targets = self._noun_participants(token)
            verb = arguments.verb_of_noun(token, has_sources=bool(sources))
        if verb is not None:
            self._add_verb_participants(verb, token, sources, targets)
        container = verb if verb is not None and not arguments.sequenced(token, verb) else token
        children = list(container.children)
        if container.i != token.i:
            children += list(token.children)
        # "a summit chaired by X with Y", "a dinner hosted by X": X and Y are counterparts
        noun = token.pos_ in ("NOUN", "PROPN")
        participle = arguments.participle_phrases(token) if noun else []
        children += participle + arguments.participation_phrases(token) \
            + channels.channel_phrases(container)
        if token.lemma_.lower() in LEXICON.counterpart_verbs:  # "discussed A and B with X"
            children += triggers.phrases_on_topics(token)
        on_verb = container.i != token.i
        own = triggers.counterpart_prepositions(token, on_verb=False)
        objects = objects_of(children, triggers.counterpart_prepositions(token, on_verb=on_verb)) \
            + objects_of(list(token.children), own) + triggers.honoured(token, children) \
            + (arguments.inclusions(token) if noun else [])
        visit_to_place = kind == "visit" and "place" in {
            *map(self.phrases.type_at, objects), *(self.mentions[i].type for i in targets)}
        objects = without_companions(objects, visit_to_place)
        subject_of = list(token.head.children) if noun and token.dep_ == "nsubj" else []
        for obj in objects + strays.lists_continued(objects) + inviters(children + subject_of) \
                + self._people_joined_to_trigger(token) + objects_of(participle, ("by",)):
            targets += [i for i in self.phrases.head_mentions(obj) if i not in targets]
        targets += others_listed_after(self.phrases, token, sources + targets)
        return list(dict.fromkeys(sources)), list(dict.fromkeys(targets))

    def _people_joined_to_trigger(self, token: Token) -> list[Token]:
        """People the parser joined to a trigger noun ("talks with X as well as Y": Y hangs on
        "talks"; "discussions with A, B and C": B in apposition), counterparts as X is."""
        if token.pos_ not in ("NOUN", "PROPN"):
            return []
        return [c for c in token.children if c.dep_ in ("conj", "appos") and any(
            self.phrases.type_at(t) == "person" for t in (c, *arguments.appositions(c)))]

    def _noun_participants(self, noun: Token) -> tuple[list[int], list[int]]:
        """"X's meeting", "talks between X and Y", "a visit by X", "the X–Y summit", "his two
        days of talks": the noun's own participants."""
        sources = self.phrases.dashed_names(noun) or objects.compound_person(self.phrases, noun)
        targets: list[int] = []
        measure = arguments.measure_noun(noun)
        owners = [c for c in measure.children if c.dep_ == "poss"] if measure is not None else []
        for child in [*noun.children, *strays.stray_between(noun), *owners]:
            if child.dep_ == "poss":
                sources += self.phrases.head_mentions(child)
            elif child.dep_ == "prep" and child.lower_ in PARTICIPANT_PREPOSITIONS:
                for obj in objects_of([child], PARTICIPANT_PREPOSITIONS):
                    # "X's talks between …" or a second object of "between": counterparts.
                    into = targets if child.lower_ == "between" and sources else sources
                    into.extend(self.phrases.head_mentions(obj))
        sources += members_included(self.phrases, noun)
        return sources, targets

    def _add_verb_participants(self, verb: Token, token: Token, sources: list[int],
                               targets: list[int]) -> None:
        """Add the verb's subject, agent and objects (`_met_object`) to the trigger's
        participants."""
        sources += [i for i in self._subject_mentions(verb) if i not in sources]
        for child in verb.children:
            if self._met_object(verb, token, child):
                targets += self.phrases.head_mentions(strays.owner_of_part(child))
            elif child.dep_ == "agent" and any(c.dep_ in ("auxpass", "nsubjpass")
                                               for c in verb.children) and (
                    verb.i == token.i or verb.lemma_.lower() in LEXICON.support_verbs):
                # "was received by X", "talks were held by X"; not "had welcomed a claim by X",
                # an active verb's object, nor "Before the meeting with Y, Z was welcomed by X"
                sources += [i for c in child.children for i in self.phrases.head_mentions(c)]
            elif child.dep_ == "nsubjpass":
                targets += self.phrases.head_mentions(child)
        targets += self.phrases.people(self.phrases.mentions_in(
            t for head in strays.stray_heads(verb, verb.i == token.i) for t in head.subtree))

    def _met_object(self, verb: Token, token: Token, child: Token) -> bool:
        """Whether a child of the trigger's verb is one met: an object of the trigger (but "discussed
        the crisis"; "shook X's hand" is X's), of a verb of joining others ("will join X and Y"),
        the indirect object of a noun's support verb ("paid X a visit")."""
        if child.dep_ == "dative" and token.head.i == verb.i != token.i:
            return True
        lemma, own = verb.lemma_.lower(), strays.owner_of_part(child).i != child.i
        return (child.dep_ in ("dobj", "dative") or self._loose_person(child)) and (
            lemma in LEXICON.joining_verbs
            or verb.i == token.i and (lemma not in LEXICON.counterpart_verbs or own))

    def _subject_mentions(self, verb: Token) -> list[int]:
        """Mentions in the active subject of `verb`, or of the verb it complements ("Putin is
        set to meet", "agreed to meet", "is due to visit"); a passive subject of `verb` itself is
        its target; the person told to do it is the subject of what they are asked, urged or
        invited to do ("asked the King to discuss it with Bush"), and the one sent, of what they
        are sent to do ("sent Lavrov to meet Y"). A subject that is an event
        names its possessor's ("X's trip came after meeting Y"). A verb the parser left without a
        subject takes the people it hung elsewhere right before the verb
        (`PhraseReader.stranded_subject`)."""
        current: Token | None = verb
        for _ in range(4):
            if current is None:
                return []
            deps = ("nsubj",) if current.i == verb.i else ("nsubj", "nsubjpass")
            if current.i != verb.i and current.pos_ == "NOUN" \
                    and not any(c.dep_ == "prep" for c in current.children):
                deps = ("poss",)  # "his readiness to visit"; not "X's invitation to Y to visit"
            subjects = [c for c in current.children if c.dep_ in deps]
            if not subjects and any(c.dep_ in ("nsubjpass", "expl") for c in current.children):
                return []  # "Znak was detained (by …)": a clause with a subject of its own
            if subjects:
                return self._people_of_subjects(subjects)
            stranded = self.phrases.stranded_subject(current)
            if stranded:
                return stranded
            controller = controlling_verb(current)
            told, sent = objects.told_objects(current, controller)
            if told and ((people := self._people_of_subjects(told)) or told[0].pos_ == "PROPN"
                         or told[0].lemma_.lower() in LEXICON.role_heads or sent):
                return people  # "asked the King to discuss it": the King, not who asked
            current = controller
        return []

    def _people_of_subjects(self, subjects: list[Token]) -> list[int]:
        """The mentions subjects name, else, for a subject that is an event, its possessor's
        ("X's trip came after meeting Y")."""
        return [i for s in subjects for i in self.phrases.head_mentions(s)] or [
            i for s in subjects if s.lemma_.lower() in LEXICON.nouns
            for c in s.children if c.dep_ == "poss" for i in self.phrases.head_mentions(c)]
