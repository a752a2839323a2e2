"""The trigger lexicon: which words assert which interaction, read from `data/triggers.yaml`.

The file is checked at load (`TriggerRules`): an unknown key, a wrong type, a kind not listed in
`kinds`, a CAMEO code that is not three digits, a lemma listed twice or a pattern that does not
compile is a `RulesError` naming the file, the entry and the field.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Literal

from pydantic import Field, ValidationInfo, field_validator, model_validator

from analysis.extract.rules import Schema, load_rules, packaged_path

TRIGGERS_FILE = "triggers.yaml"

Lemma = Field(min_length=1, pattern=r"^[a-z'][a-z'\-]*$")


class TriggerEntry(Schema):
    """One trigger word: its lemma, kind and CAMEO codes when held and when planned."""

    lemma: str = Lemma
    kind: str
    cameo: str = Field(pattern=r"^\d{3}$")
    planned: str = Field(pattern=r"^\d{3}$")


class Channel(Schema):
    """Words that make a trigger of what they qualify, and the trigger they make: a talk a call
    of one channel ("by phone"), a person met a visitor ("told visiting President X")."""

    words: list[str] = Field(min_length=1)
    trigger: TriggerEntry


class VisitCall(Schema):
    """A "call" that is a visit: its modifiers, the trigger it makes, its counterpart's
    prepositions ("paid a courtesy call on the president", "called upon the king")."""

    modifiers: list[str] = Field(min_length=1)
    trigger: TriggerEntry
    prepositions: list[str] = Field(min_length=1)


class TriggerRules(Schema):
    """The schema of `triggers.yaml`."""

    kinds: list[str] = Field(min_length=1)
    meeting_kinds: dict[str, Literal["in_person", "phone", "video"]]
    verbs: list[TriggerEntry]
    nouns: list[TriggerEntry]
    aid_verbs: list[TriggerEntry]
    aid_nouns: list[str]
    channels: dict[Literal["phone", "video"], Channel]
    channel_verbs: list[str]
    message_verbs: list[str]
    ringing_verbs: list[str]
    channel_nouns: list[str]
    call_verbs: list[str]
    separate_words: list[str]
    alternative_words: list[str]
    occasion_nouns: list[str]
    role_heads: list[str]
    call_lemma: str = Lemma
    call_purposes: list[str]
    visit_call: VisitCall
    visitor: Channel
    travel_words: list[str]
    support_verbs: list[str]
    hyphenated_verbs: list[str]
    arranging_verbs: list[str]
    plan_words: list[str]
    future_auxiliaries: list[str]
    hypothetical_auxiliaries: list[str]
    wish_words: list[str]
    request_verbs: list[str]
    counterfactual_modals: list[str]
    topic_prepositions: list[str]
    condition_marks: list[str]
    negations: list[str]
    denial_words: list[str]
    pair_subject_pattern: str
    person_pronouns: list[str]
    speaker_pronouns: list[str]
    plural_speaker_pronouns: list[str]
    speech_verbs: list[str]
    conversation_words: list[str]
    inclusion_words: list[str]
    inclusion_verbs: list[str]
    participation_nouns: list[str]
    two_party_kinds: list[str]
    attending_prepositions: list[str]
    sequence_prepositions: list[str]
    event_part_nouns: list[str]
    measure_nouns: list[str]
    entry_verbs: list[str]
    opening_verbs: list[str]
    stay_verbs: list[str]
    topic_verbs: list[str]
    company_verbs: list[str]
    exchange_words: list[str]
    speech_nouns: list[str]
    exchanged_things: list[str]
    meal_nouns: list[str]
    honour_words: list[str]
    seeing_verbs: list[str]
    counterpart_verbs: list[str]
    joint_verbs: list[str]
    matter_prepositions: list[str]
    topic_nouns: list[str]
    invitation_nouns: list[str]
    denial_phrasal_verbs: list[str]
    plan_phrasal_verbs: list[str]
    joining_verbs: list[str]
    attendance_verbs: list[str]
    presence_verbs: list[str]
    sending_verbs: list[str]
    urging_verbs: list[str]
    participation_verbs: list[str]
    experience_words: list[str]
    party_nouns: list[str]
    together_words: list[str]
    vague_frequency_words: list[str]
    count_words: list[str]
    place_nouns: list[str]
    island_nouns: list[str]
    settlement_nouns: list[str]
    dateline_adverbs: list[str]
    during_prepositions: list[str]
    time_frame_prepositions: list[str]
    framing_prepositions: list[str]
    journey_nouns: list[str]
    leading_verbs: list[str]
    occurrence_verbs: list[str]
    day_ordinals: dict[str, int]
    preparation_words: list[str]
    time_clause_words: list[str]
    time_nouns: list[str]
    one_event_plurals: list[str]
    companion_nouns: list[str]
    reporter_words: list[str]
    asking_verbs: list[str]
    authored_nouns: list[str]
    accompanying_verbs: list[str]
    hosting_verbs: list[str]
    appearance_words: list[str]
    person_part_nouns: list[str]
    companion_verbs: list[str]
    venue_words: list[str]
    gathering_nouns: list[str]

    @field_validator("verbs", "nouns", "aid_verbs")
    @classmethod
    def _entries_known_and_once(cls, entries: list[TriggerEntry], info: ValidationInfo
                                ) -> list[TriggerEntry]:
        seen: set[str] = set()
        for number, entry in enumerate(entries, start=1):
            if entry.lemma in seen:
                raise ValueError(f"entry {number}: lemma {entry.lemma!r} is listed twice")
            if entry.kind not in info.data.get("kinds", []):
                raise ValueError(f"entry {number} ({entry.lemma!r}), field 'kind': "
                                 f"{entry.kind!r} is not one of `kinds`")
            seen.add(entry.lemma)
        return entries

    @field_validator("pair_subject_pattern")
    @classmethod
    def _compiles(cls, pattern: str) -> str:
        try:
            re.compile(pattern)
        except re.error as error:
            raise ValueError(f"not a regular expression: {error}") from None
        return pattern

    @model_validator(mode="after")
    def _known_kinds(self) -> TriggerRules:
        for name, trigger in (("visit_call", self.visit_call.trigger),
                              ("visitor", self.visitor.trigger)):
            if trigger.kind not in self.kinds:
                raise ValueError(f"{name}, field 'kind': {trigger.kind!r} is not one of `kinds`")
        for name, channel in self.channels.items():
            if channel.trigger.kind not in self.kinds:
                raise ValueError(f"channels, {name}, field 'kind': {channel.trigger.kind!r} is "
                                 f"not one of `kinds`")
        for kind in self.meeting_kinds:
            if kind not in self.kinds:
                raise ValueError(f"meeting_kinds: {kind!r} is not one of `kinds`")
        verbs = {entry.lemma for entry in self.verbs}
        for lemma in self.joint_verbs:
            if lemma not in verbs:
                raise ValueError(f"joint_verbs: {lemma!r} is not one of `verbs`")
        return self


@dataclass(frozen=True)
class Trigger:
    """A kind of interaction and its CAMEO codes (held, planned)."""

    kind: str
    cameo: str
    cameo_planned: str


@dataclass(frozen=True)
class Lexicon:
    """The trigger lexicon as the finder reads it: lookups by lemma, sets of words."""

    verbs: dict[str, Trigger]
    nouns: dict[str, Trigger]
    aid_verbs: dict[str, Trigger]
    aid_nouns: frozenset[str]
    channel_words: dict[str, frozenset[str]]
    channel_triggers: dict[str, Trigger]
    channel_verbs: frozenset[str]
    message_verbs: frozenset[str]
    ringing_verbs: frozenset[str]
    channel_nouns: frozenset[str]
    call_verbs: frozenset[str]
    separate_words: frozenset[str]
    alternative_words: frozenset[str]
    occasion_nouns: frozenset[str]
    role_heads: frozenset[str]
    call_lemma: str
    call_purposes: frozenset[str]
    visit_call_modifiers: frozenset[str]
    visit_call_trigger: Trigger
    visit_call_prepositions: tuple[str, ...]
    visitor_words: frozenset[str]
    visitor_trigger: Trigger
    travel_words: frozenset[str]
    support_verbs: frozenset[str]
    hyphenated_verbs: tuple[str, ...]
    arranging_verbs: frozenset[str]
    plan_words: frozenset[str]
    future_auxiliaries: frozenset[str]
    hypothetical_auxiliaries: frozenset[str]
    wish_words: frozenset[str]
    request_verbs: frozenset[str]
    counterfactual_modals: frozenset[str]
    topic_prepositions: frozenset[str]
    condition_marks: frozenset[str]
    negations: frozenset[str]
    denial_words: frozenset[str]
    pair_subject: re.Pattern
    person_pronouns: frozenset[str]
    speaker_pronouns: frozenset[str]
    plural_speaker_pronouns: frozenset[str]
    speech_verbs: frozenset[str]
    conversation_words: frozenset[str]
    inclusion_words: frozenset[str]
    inclusion_verbs: frozenset[str]
    participation_nouns: frozenset[str]
    two_party_kinds: frozenset[str]
    attending_prepositions: frozenset[str]
    sequence_prepositions: frozenset[str]
    event_part_nouns: frozenset[str]
    measure_nouns: frozenset[str]
    entry_verbs: frozenset[str]
    opening_verbs: frozenset[str]
    stay_verbs: frozenset[str]
    topic_verbs: frozenset[str]
    company_verbs: frozenset[str]
    exchange_words: frozenset[str]
    speech_nouns: frozenset[str]
    exchanged_things: frozenset[str]
    meal_nouns: frozenset[str]
    honour_words: frozenset[str]
    seeing_verbs: frozenset[str]
    counterpart_verbs: frozenset[str]
    joint_verbs: frozenset[str]
    matter_prepositions: frozenset[str]
    topic_nouns: frozenset[str]
    invitation_nouns: frozenset[str]
    denial_phrasal_verbs: frozenset[str]
    plan_phrasal_verbs: frozenset[str]
    joining_verbs: frozenset[str]
    attendance_verbs: frozenset[str]
    presence_verbs: frozenset[str]
    sending_verbs: frozenset[str]
    urging_verbs: frozenset[str]
    participation_verbs: frozenset[str]
    experience_words: frozenset[str]
    party_nouns: frozenset[str]
    together_words: frozenset[str]
    vague_frequency_words: frozenset[str]
    count_words: frozenset[str]
    place_nouns: frozenset[str]
    island_nouns: frozenset[str]
    settlement_nouns: frozenset[str]
    dateline_adverbs: frozenset[str]
    during_prepositions: frozenset[str]
    time_frame_prepositions: frozenset[str]
    framing_prepositions: frozenset[str]
    journey_nouns: frozenset[str]
    leading_verbs: frozenset[str]
    occurrence_verbs: frozenset[str]
    day_ordinals: dict[str, int]
    preparation_words: frozenset[str]
    time_clause_words: frozenset[str]
    time_nouns: frozenset[str]
    one_event_plurals: frozenset[str]
    companion_nouns: frozenset[str]
    reporter_words: frozenset[str]
    asking_verbs: frozenset[str]
    authored_nouns: frozenset[str]
    accompanying_verbs: frozenset[str]
    hosting_verbs: frozenset[str]
    appearance_words: frozenset[str]
    person_part_nouns: frozenset[str]
    companion_verbs: frozenset[str]
    venue_words: frozenset[str]
    gathering_nouns: frozenset[str]
    meeting_kinds: dict[str, str]


def _by_lemma(entries: list[TriggerEntry]) -> dict[str, Trigger]:
    return {e.lemma: Trigger(e.kind, e.cameo, e.planned) for e in entries}


def lexicon_from_rules(rules: TriggerRules) -> Lexicon:
    """The finder's lookups from validated rules.

    Args:
        rules: a validated `TriggerRules`.

    Returns:
        The `Lexicon`.
    """
    return Lexicon(
        verbs=_by_lemma(rules.verbs), nouns=_by_lemma(rules.nouns),
        aid_verbs=_by_lemma(rules.aid_verbs), aid_nouns=frozenset(rules.aid_nouns),
        channel_words={name: frozenset(c.words) for name, c in rules.channels.items()},
        channel_triggers={name: _by_lemma([c.trigger])[c.trigger.lemma]
                          for name, c in rules.channels.items()},
        channel_verbs=frozenset(rules.channel_verbs), call_lemma=rules.call_lemma,
        call_purposes=frozenset(rules.call_purposes),
        message_verbs=frozenset(rules.message_verbs),
        ringing_verbs=frozenset(rules.ringing_verbs),
        channel_nouns=frozenset(rules.channel_nouns),
        call_verbs=frozenset(rules.call_verbs), separate_words=frozenset(rules.separate_words),
        alternative_words=frozenset(rules.alternative_words),
        occasion_nouns=frozenset(rules.occasion_nouns),
        role_heads=frozenset(rules.role_heads),
        visit_call_modifiers=frozenset(rules.visit_call.modifiers),
        visit_call_trigger=_by_lemma([rules.visit_call.trigger])[rules.visit_call.trigger.lemma],
        visit_call_prepositions=tuple(rules.visit_call.prepositions),
        visitor_words=frozenset(rules.visitor.words),
        visitor_trigger=_by_lemma([rules.visitor.trigger])[rules.visitor.trigger.lemma],
        travel_words=frozenset(rules.travel_words), support_verbs=frozenset(rules.support_verbs),
        hyphenated_verbs=tuple(rules.hyphenated_verbs),
        arranging_verbs=frozenset(rules.arranging_verbs),
        plan_words=frozenset(rules.plan_words),
        future_auxiliaries=frozenset(rules.future_auxiliaries),
        hypothetical_auxiliaries=frozenset(rules.hypothetical_auxiliaries),
        wish_words=frozenset(rules.wish_words),
        request_verbs=frozenset(rules.request_verbs),
        counterfactual_modals=frozenset(rules.counterfactual_modals),
        topic_prepositions=frozenset(rules.topic_prepositions),
        condition_marks=frozenset(rules.condition_marks),
        negations=frozenset(rules.negations), denial_words=frozenset(rules.denial_words),
        pair_subject=re.compile(rules.pair_subject_pattern, re.IGNORECASE),
        person_pronouns=frozenset(rules.person_pronouns),
        speaker_pronouns=frozenset(rules.speaker_pronouns),
        plural_speaker_pronouns=frozenset(rules.plural_speaker_pronouns),
        speech_verbs=frozenset(rules.speech_verbs),
        conversation_words=frozenset(rules.conversation_words + rules.joint_verbs),
        inclusion_words=frozenset(rules.inclusion_words),
        inclusion_verbs=frozenset(rules.inclusion_verbs),
        participation_nouns=frozenset(rules.participation_nouns),
        two_party_kinds=frozenset(rules.two_party_kinds),
        attending_prepositions=frozenset(rules.attending_prepositions),
        sequence_prepositions=frozenset(rules.sequence_prepositions),
        event_part_nouns=frozenset(rules.event_part_nouns),
        measure_nouns=frozenset(rules.measure_nouns),
        entry_verbs=frozenset(rules.entry_verbs),
        opening_verbs=frozenset(rules.opening_verbs),
        stay_verbs=frozenset(rules.stay_verbs),
        topic_verbs=frozenset(rules.topic_verbs),
        company_verbs=frozenset(rules.company_verbs),
        exchange_words=frozenset(rules.exchange_words),
        speech_nouns=frozenset(rules.speech_nouns),
        exchanged_things=frozenset(rules.exchanged_things),
        meal_nouns=frozenset(rules.meal_nouns),
        honour_words=frozenset(rules.honour_words),
        seeing_verbs=frozenset(rules.seeing_verbs),
        counterpart_verbs=frozenset(rules.counterpart_verbs + rules.joint_verbs),
        joint_verbs=frozenset(rules.joint_verbs),
        matter_prepositions=frozenset(rules.matter_prepositions),
        topic_nouns=frozenset(rules.topic_nouns),
        invitation_nouns=frozenset(rules.invitation_nouns),
        denial_phrasal_verbs=frozenset(rules.denial_phrasal_verbs),
        plan_phrasal_verbs=frozenset(rules.plan_phrasal_verbs),
        joining_verbs=frozenset(rules.joining_verbs),
        attendance_verbs=frozenset(rules.attendance_verbs),
        presence_verbs=frozenset(rules.presence_verbs),
        sending_verbs=frozenset(rules.sending_verbs),
        urging_verbs=frozenset(rules.urging_verbs),
        participation_verbs=frozenset(rules.participation_verbs),
        experience_words=frozenset(rules.experience_words),
        party_nouns=frozenset(rules.party_nouns),
        together_words=frozenset(rules.together_words),
        vague_frequency_words=frozenset(rules.vague_frequency_words),
        count_words=frozenset(rules.count_words),
        place_nouns=frozenset(rules.place_nouns),
        island_nouns=frozenset(rules.island_nouns),
        settlement_nouns=frozenset(rules.settlement_nouns),
        dateline_adverbs=frozenset(rules.dateline_adverbs),
        during_prepositions=frozenset(rules.during_prepositions),
        time_frame_prepositions=frozenset(rules.time_frame_prepositions),
        framing_prepositions=frozenset(rules.framing_prepositions),
        journey_nouns=frozenset(rules.journey_nouns),
        leading_verbs=frozenset(rules.leading_verbs),
        occurrence_verbs=frozenset(rules.occurrence_verbs),
        day_ordinals=dict(rules.day_ordinals),
        preparation_words=frozenset(rules.preparation_words),
        time_clause_words=frozenset(rules.time_clause_words),
        time_nouns=frozenset(rules.time_nouns),
        one_event_plurals=frozenset(rules.one_event_plurals),
        companion_nouns=frozenset(rules.companion_nouns),
        reporter_words=frozenset(rules.reporter_words),
        asking_verbs=frozenset(rules.asking_verbs),
        authored_nouns=frozenset(rules.authored_nouns),
        accompanying_verbs=frozenset(rules.accompanying_verbs),
        hosting_verbs=frozenset(rules.hosting_verbs),
        appearance_words=frozenset(rules.appearance_words),
        person_part_nouns=frozenset(rules.person_part_nouns),
        companion_verbs=frozenset(rules.companion_verbs),
        venue_words=frozenset(rules.venue_words),
        gathering_nouns=frozenset(rules.gathering_nouns),
        meeting_kinds=dict(rules.meeting_kinds),
    )


@cache
def load_lexicon(path: Path | str | None = None) -> Lexicon:
    """Read and check a trigger lexicon (the packaged one by default), once per process.

    Args:
        path: a triggers file of the same schema; None for `data/triggers.yaml`.

    Returns:
        The `Lexicon`.

    Raises:
        RulesError: the file does not follow `TriggerRules`.
    """
    return lexicon_from_rules(load_rules(TriggerRules, path or packaged_path(TRIGGERS_FILE)))
