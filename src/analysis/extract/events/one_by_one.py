"""Meetings of one trigger with several people on different days or at different places ("will
meet A on Wednesday and B on Friday", "met A in Cairo and B in Amman"): one row each."""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Span, Token

from analysis.extract.events.interaction import TypedInteraction
from analysis.extract.events.setting import SettingReader

# The prepositions of a place said after one of several people met ("met A in Cairo and B …").
WHERE_PREPOSITIONS = ("in", "at")


def one_row_each(row: TypedInteraction, token: Token, sent: Span, sent_text: str,
                 setting: SettingReader) -> list[TypedInteraction]:
    """One row per person met, where each has a day or a place of their own, said beside them;
    the others keep the row's.

    Args:
        row: the trigger's interaction, with several targets.
        token: the trigger.
        sent: its sentence.
        sent_text: the sentence's text.
        setting: the article's date and place reader.

    Returns:
        The rows, or [] when the people share their day and place.
    """
    targets = sorted(row.targets, key=lambda i: setting.mentions[i].start_char)
    if len(targets) < 2:
        return []
    days = setting.days_of_each(token, sent, sent_text, targets)
    places = places_of_each(setting, sent, targets)
    dated = None not in days and len({day.value for day in days if day}) == len(targets)
    placed = None not in places and len({setting.mentions[i].name for i in places
                                         if i is not None}) == len(targets)
    if not dated and not placed:
        return []
    return [replace(row, targets=[target], date=day if dated else row.date,
                    place=place if placed else row.place, specific=dated or row.specific)
            for target, day, place in zip(targets, days, places)]


def places_of_each(setting: SettingReader, sent: Span, people: list[int]) -> list[int | None]:
    """The place said right after each of several people, before the next one ("met A in Cairo
    and B in Amman"): a place after "in" or "at".

    Args:
        setting: the article's date and place reader.
        sent: the sentence naming them.
        people: mention indexes, in text order.

    Returns:
        A place mention index (or None) per person.
    """
    mentions = setting.mentions
    bounds = [mentions[i].start_char for i in people[1:]] + [sent.end_char]
    places: list[int | None] = []
    for person, bound in zip(people, bounds):
        found = (setting.mention_at.get(t.i) for t in sent
                 if mentions[person].end_char <= t.idx < bound and t.dep_ == "pobj"
                 and t.head.lower_ in WHERE_PREPOSITIONS)
        places.append(next((i for i in found
                            if i is not None and setting.is_place(mentions[i])), None))
    return places
