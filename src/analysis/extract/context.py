"""Where and when a meeting took place, from the rest of its article: the places its people
visited, a report beside it that names nobody ("The meeting took place in Bonn"), the one city
named beside a country or a venue (read by `reduce`); and whether its sentence names an
organisation as a party ("a Hamas delegation")."""

from __future__ import annotations

import re
from collections.abc import Collection, Iterable
from dataclasses import replace
from datetime import date

from analysis.extract.dates import ResolvedDate
from analysis.extract.events import MEETING_KINDS, TypedInteraction
from analysis.extract.events.arguments import names_a_building
from analysis.extract.events.clauses import LEXICON
from analysis.extract.results import ArticleResult
from analysis.extract.rows import MentionRow

# A place a headline puts its story in: "in Beijing", "at Chequers", "Goes to Washington".
HEADLINE_PLACE = (r"(?i:\b(?:in|at|(?:go|goes|going|went|off|fly|flies|flew|head|heads|travels?"
                  r"|jets?|returns?)\s+to)\s+(?:the\s+)?){}\b")
# A meeting held (or planned) this many days from publication, naming no place, is placed at the
# dateline.
DATELINE_DAYS = 1
# A meeting held this many days after its people arrived on a visit, naming no place, is placed
# where they visited.
VISIT_DAYS = 7
# A meeting report that names nobody places and dates the meetings this many sentences around it.
NEARBY_SENTENCES = 2


def names_of(indexes: Iterable[int], names: dict[int, str]) -> list[str]:
    """The names of some mention indexes.

    Args:
        indexes: mention indexes.
        names: mention index -> name, for the mentions that are actors.

    Returns:
        Each name once, in order; indexes `names` lacks are left out.
    """
    return list(dict.fromkeys(names[i] for i in indexes if i in names))


def visits_placed(result: ArticleResult, mentions: list[MentionRow],
                  in_network: dict[int, str]) -> list[tuple[int, set[str], str, str, str]]:
    """The visits of an article that name their place.

    Args:
        result: the article's map result.
        mentions: its mention rows.
        in_network: mention index -> name, for the mentions that are actors.

    Returns:
        (sentence, visitors, place, day, status) of each; the day is "" unless dated to the
        day.
    """
    return [(typed.sentence_id, set(names_of(typed.sources, in_network)),
             mentions[typed.place].actor, iso_day(typed.date), typed.status)
            for typed in result.typed if typed.kind == "visit" and typed.place is not None]


_PARTY_NOUNS = "|".join(sorted(LEXICON.party_nouns))
# A party noun right after a name ("Hamas's delegation") or right before it ("representatives
# of the PLO"), compiled once: names differ in every article.
_PARTY_NOUN_AFTER = re.compile(rf"(?:['’]s)?\s+(?:{_PARTY_NOUNS})\b")
_PARTY_NOUN_BEFORE = re.compile(rf"\b(?:{_PARTY_NOUNS})\s+(?:of|from)\s+(?:the\s+)?$")


def named_as_delegation(name: str, typed: TypedInteraction, mentions: list[MentionRow]) -> bool:
    """Whether an interaction's sentence names an organisation by the people who act for it
    ("a Hamas delegation", "representatives of the PLO").

    Args:
        name: the organisation's actor name.
        typed: the interaction.
        mentions: its article's mention rows.

    Returns:
        True when one of its mentions in that sentence ends in such a noun ("the Korean
        Delegation") or stands before or after one.
    """
    return any(mention.actor == name and mention.sentence_id == typed.sentence_id and (
        mention.text.split()[-1].lower() in LEXICON.party_nouns
        or _beside_party_noun(mention.text, typed.evidence)) for mention in mentions)


def _beside_party_noun(written: str, evidence: str) -> bool:
    """Whether a name stands, somewhere in a sentence, right before or after a party noun."""
    start = evidence.find(written)
    while start >= 0:
        if _PARTY_NOUN_AFTER.match(evidence, start + len(written)) \
                or _PARTY_NOUN_BEFORE.search(evidence, 0, start):
            return True
        start = evidence.find(written, start + 1)
    return False


def iso_day(resolved: ResolvedDate | None) -> str:
    """The ISO day of a date given to the day.

    Args:
        resolved: a date, or None.

    Returns:
        `YYYY-MM-DD`, or "" for a date less precise than a day.
    """
    if resolved is None or resolved.precision != "day":
        return ""
    return resolved.value or ""


def nearest_visit(typed: TypedInteraction, visits: list[tuple[int, set[str], str, str, str]],
                  in_network: dict[int, str]) -> tuple[str, str]:
    """The place one of the interaction's people visited, as the same article reported it in
    that sentence or before, or after it on the same day ("X and Y met on Monday … arrived on
    Monday in Montebello"). A held meeting takes a held visit's place; a planned one, the place
    of a visit held or planned ("X is to visit Ipoh and call on Y").

    Args:
        typed: an interaction.
        visits: the article's `visits_placed`.
        in_network: mention index -> name.

    Returns:
        The place and the visit's day ("" when not dated to the day), or ("", "") when none.
    """
    people = set(names_of(typed.sources + typed.targets, in_network))
    day = iso_day(typed.date)
    places = [(abs(typed.sentence_id - sentence_id), place, visit_day)
              for sentence_id, visitors, place, visit_day, status in visits
              if visitors & people and (status == "held" or typed.status == "planned")
              and (sentence_id <= typed.sentence_id or day and visit_day == day)]
    return min(places)[1:] if places else ("", "")


def nearby_unnamed_meeting(typed: TypedInteraction, reports: list[TypedInteraction]
                           ) -> TypedInteraction | None:
    """The nearest held meeting report that names nobody ("The meeting took place in Bonn",
    "Agreements were stitched up during the mini-summit on Tuesday"), within
    `NEARBY_SENTENCES` of a held meeting: its place and date are those of the meetings beside it.

    Args:
        typed: an interaction.
        reports: the article's interactions.

    Returns:
        The report, or None.
    """
    if typed.status != "held" or typed.kind not in MEETING_KINDS:
        return None
    near = [(abs(r.sentence_id - typed.sentence_id), index) for index, r in enumerate(reports)
            if not r.sources and not r.targets and r.status == "held"
            and abs(r.sentence_id - typed.sentence_id) <= NEARBY_SENTENCES]
    return reports[min(near)[1]] if near else None


def headline_place(result: ArticleResult, mentions: list[MentionRow], known: Collection[str]) -> str:
    """The place an article's first sentence, its headline or lede, puts the story in: a known
    city or country named after "in" or "at", or "to" after a verb of going ("Shevardnadze in
    Beijing to Plan Summit", "Burg Goes to Washington for Talks", "King Hussein held talks in
    Damascus Monday with Syrian President Hafez Assad"); not "a trip to Argentina".

    Args:
        result: the article's map result.
        mentions: its mention rows.
        known: the names of the known cities and countries.

    Returns:
        The first such place, or "".
    """
    headline = result.sentences.get(0, "")
    return next((m.actor for m in mentions if m.sentence_id == 0 and m.actor in known
                 and re.search(HEADLINE_PLACE.format(re.escape(m.text)), headline)), "")


def stands_at_venue(place: MentionRow, seats: dict[str, str]) -> bool:
    """Whether a meeting's place is a venue NER did not tag a place ("Rideau Hall", "the Yellow
    Oval Room"), not a seat organisation whose city is known ("the Kremlin").

    Args:
        place: the place's mention row.
        seats: seat organisation actor_id -> its city.

    Returns:
        True for a venue.
    """
    return place.actor_id not in seats and place.label != "GPE"


def fallback_place(typed: TypedInteraction, published: str,
                   places: tuple[str, str, str]) -> str:
    """The place a meeting that names none may take (`places`: the place its people visited, that
    of a nearby report naming nobody, the dateline): the dateline for one whose clause says
    "here"; for one held, the first there is; for a plan, the place visited, else the dateline
    when it is due within `DATELINE_DAYS` after publication ("Tomorrow Mr. Ford sees Lee Kuan
    Yew", filed from Washington).

    Args:
        typed: an interaction.
        published: its article's publication day (ISO), or "".
        places: the three places, "" where there is none.

    Returns:
        The place, or "".
    """
    visited, nearby_place, dateline = places
    if typed.filed_here and dateline:
        return dateline
    if typed.status != "planned":
        return visited or nearby_place or dateline
    due = typed.date.start if typed.date is not None else None
    soon = bool(due and published) and \
        0 <= (due - date.fromisoformat(published)).days <= DATELINE_DAYS
    return visited or (dateline if soon else "")


def placed_in_city(typed: TypedInteraction, mentions: list[MentionRow],
                   cities_of: dict[str, set[str]], seats: dict[str, str]) -> TypedInteraction:
    """An interaction placed in the city `_nearby_city` finds; one placed at a building NER called
    an organisation ("at the State House") with no such city is placed nowhere.

    Args:
        typed: an interaction.
        mentions: its article's mention rows.
        cities_of: country name -> its cities.
        seats: seat organisation actor_id -> its city.

    Returns:
        The interaction, placed anew or as it was.
    """
    city = _nearby_city(typed, mentions, cities_of, seats)
    at = mentions[typed.place] if typed.place is not None else None
    if city is not None or at is not None and at.type == "org" and at.actor_id not in seats:
        return replace(typed, place=city)
    return typed


def _nearby_city(typed: TypedInteraction, mentions: list[MentionRow],
                 cities_of: dict[str, set[str]], seats: dict[str, str]) -> int | None:
    """The mention index of the city an interaction took place in, when the article names
    exactly one: placed in a country (held only), its one city named within `NEARBY_SENTENCES`;
    placed at a building (a venue named by a venue word: "Rideau Hall", not "Camp David …
    outside Washington"), the one city of any country named there, else in a sentence naming the
    building again ("the State House, Abuja"). A plan keeps a country: "his first visit to
    Russia" is not to the city named beside it; a building it is planned at is in that city too
    ("will return to Havana and meet Castro in the Palace of the Revolution")."""
    if typed.place is None:
        return None
    at = mentions[typed.place]
    building = stands_at_venue(at, seats) and names_a_building(at.text)
    if typed.status != "held" and not building:
        return None
    in_reach = set().union(*cities_of.values()) if building else cities_of.get(at.actor)
    if not in_reach:
        return None
    near = {typed.sentence_id + step for step in range(-NEARBY_SENTENCES, NEARBY_SENTENCES + 1)}
    city = _one_city(mentions, in_reach, near)
    if city is None and building:  # "at the State House" where "the State House, Abuja" was
        city = _one_city(mentions, in_reach,
                         {m.sentence_id for m in mentions if m.actor == at.actor})
    return city


def _one_city(mentions: list[MentionRow], in_reach: set[str], sentences: set[int]
              ) -> int | None:
    """The mention index of the one city of `in_reach` named in `sentences`, else None."""
    cities: dict[str, int] = {}
    for index, mention in enumerate(mentions):
        if mention.actor in in_reach and mention.sentence_id in sentences:
            cities.setdefault(mention.actor, index)
    return next(iter(cities.values())) if len(cities) == 1 else None


def meeting_place(typed: TypedInteraction, named: tuple[str, bool],
                   context: tuple[str, dict[str, str]], takes_fallback: bool
                   ) -> tuple[str, bool]:
    """The place of a meeting: the one its sentence names (`named`: the place and whether it is
    a venue), else the fallback place (`context`: it and the dateline city by country) where it
    names none or a venue and was held near the dateline or the visit; made the dateline's
    city where it is that city's country ("arrived in India" filed from New Delhi).

    Args:
        typed: the meeting's interaction.
        named: the place its sentence names ("" for none), and whether that is a venue.
        context: the fallback place, and the dateline city by its country.
        takes_fallback: whether the meeting takes the fallback place (`takes_fallback_place`).

    Returns:
        The place, and whether its sentence told it (False for the fallback place).
    """
    place, venue = named
    fallback_place, filed_in = context
    told = True
    if (not place or venue) and fallback_place and takes_fallback:
        place, told = fallback_place, False
    if typed.status == "held" and place in filed_in:
        return filed_in[place], told
    return place, told


def takes_fallback_place(typed: TypedInteraction, published: str, visit_day: str,
                         beside: bool = False) -> bool:
    """Whether a meeting that names no place takes the fallback place: one in person, planned
    (the fallback is then only a visit of its people), said to be "here", placed by the report
    naming nobody beside it ("The foreign ministers met in Auckland on Saturday. … the talks
    between X and Y"), or held undated (the day the story is at aside), on a day within
    `DATELINE_DAYS` of publication, or within `VISIT_DAYS` after the day of the visit the
    fallback comes from.

    Args:
        typed: the meeting's interaction.
        published: its article's publication day (ISO), or "".
        visit_day: the day of the visit the fallback place comes from, "" for none.
        beside: whether the fallback place is that of a report naming nobody beside it
            (`nearby_unnamed_meeting`) on the same day.

    Returns:
        True when it takes the fallback place.
    """
    if typed.kind in ("phone", "video") or typed.status not in ("held", "planned"):
        return False
    if typed.status == "planned" or typed.filed_here or beside:
        return True
    held = typed.date.start if typed.date is not None else None
    if held is None or not published:
        return True
    if visit_day and 0 <= (held - date.fromisoformat(visit_day)).days <= VISIT_DAYS:
        return True
    return abs((date.fromisoformat(published) - held).days) <= DATELINE_DAYS
