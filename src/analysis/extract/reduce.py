"""The corpus-level reduce: per-article results -> the mentions, actors, merges, interactions,
meetings and roles tables.

Names left unresolved by the map are merged across articles (`resolve_names`), every actor gets
one name, typed interactions become table rows and meeting candidates, and `build_meetings`
deduplicates the meetings. A meeting that names no place takes the place one of its people
visited in the same article, else that of a report of a meeting near it that names nobody ("The
meeting took place in Bonn"), else the article's dateline when it was held near publication; an
undated meeting takes the date of such a report ("the mini-summit on Tuesday").
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Collection
from dataclasses import replace
from datetime import date

import pandas as pd

from analysis.extract.actors import Mention, Registry, resolve_names
from analysis.extract.actors.corpus_roles import PendingRole, RoleFact, resolve_pending_role
from analysis.extract.actors.mentions import PENDING_ROLE
from analysis.extract.actors.merging import BRACKETED
from analysis.extract.context import (
    fallback_place,
    headline_place,
    meeting_place,
    named_as_delegation,
    names_of,
    nearby_unnamed_meeting,
    nearest_visit,
    placed_in_city,
    stands_at_venue,
    takes_fallback_place,
    visits_placed,
)
from analysis.extract.dates import ResolvedDate
from analysis.extract.events import (
    MEETING_KINDS,
    MeetingCandidate,
    TypedInteraction,
    build_meetings,
)
from analysis.extract.gazetteer import place_countries, registry_place_name
from analysis.extract.merged_names import main_country, mention_rows, merge_name
from analysis.extract.overrides import (
    OVERRIDE_METHOD,
    Overrides,
    apply_actor_overrides,
    apply_meeting_overrides,
)
from analysis.extract.results import ArticleResult, day_of
from analysis.extract.rows import (
    ColumnTable,
    MentionRow,
    add_cooccurrences,
    pair_columns,
    rows_frame,
)
from analysis.tables import (
    ACTOR_COLUMNS,
    INTERACTION_COLUMNS,
    MENTION_COLUMNS,
    MERGE_COLUMNS,
    ROLE_COLUMNS,
    Extraction,
    empty_table,
)

# The method of a role phrase resolved from the roles other articles state.
CORPUS_ROLE = "corpus_role"
# Types that are actors in the network; outlets are sources of news, not actors in it.
NETWORK_TYPES = frozenset({"person", "org", "group", "place"})


def reduce_results(articles: pd.DataFrame, results: dict[str, ArticleResult], registry: Registry,
                   overrides: Overrides | None = None, *, release: bool = False) -> Extraction:
    """The corpus-level reduce: merge names, build the tables, deduplicate meetings.

    Args:
        articles: the articles table.
        results: article_id -> `analyse_article` output.
        registry: the actor registry.
        overrides: a researcher's decisions over merges and meetings (none by default).
        release: empty `results` while the interactions are made, so that each article's
            result is freed once its rows are (`extract` hands over a dict of its own).

    Returns:
        The `Extraction`.
    """
    published = dict(zip(articles["article_id"], articles["published"]))
    published_dates = {a: day_of(p) for a, p in published.items()}
    countries = {article_id: main_country(result.mentions, registry)
                 for article_id, result in results.items()}
    _vote_person_names(results)
    unresolved = [(article_id, (merge_name(m, countries[article_id], registry), m.type))
                  for article_id, result in results.items()
                  for m in result.mentions if not m.actor_id and m.method != PENDING_ROLE]
    resolution = resolve_names([name for _, name in unresolved], registry,
                               _registry_people(results, registry))
    years_named: dict[tuple[str, str], set[int]] = {}
    for article_id, name in unresolved:
        if (day := published_dates.get(article_id)) is not None:
            years_named.setdefault(name, set()).add(day.year)
    del unresolved
    outlets = dict(zip(articles["article_id"], articles["outlet"]))
    rows_by_article = {
        article_id: mention_rows(article_id, results[article_id].mentions,
                                 (resolution, years_named), registry,
                                 (published[article_id], outlets[article_id]),
                                 countries[article_id])
        for article_id in articles["article_id"] if article_id in results}
    _resolve_pending_roles(results, rows_by_article, published_dates)
    resolved_rows = [row for rows in rows_by_article.values() for row in rows if row.actor_id]
    overrides = overrides or Overrides()
    apply_actor_overrides(resolved_rows, overrides)
    _one_name_per_actor(resolved_rows)
    mentions = rows_frame(resolved_rows, [*MENTION_COLUMNS, "score"])
    del resolved_rows
    roles = _role_table(results, rows_by_article)
    for result in results.values():  # "DACCA": the registry's Dhaka, a city of Bangladesh
        result.dateline = registry_place_name(registry, result.dateline)
    place_country = place_countries(registry, {result.dateline for result in results.values()})
    interactions, candidates = _interactions(articles, results if release else dict(results),
                                             rows_by_article, (place_country,
                                                               registry.seat_names()))
    meetings = apply_meeting_overrides(
        build_meetings(candidates, published_dates, place_country), overrides)
    meetings["outlets"] = [_outlets_of(ids, outlets) for ids in meetings["article_ids"]]
    return Extraction(
        articles=articles, mentions=mentions, actors=_actor_table(mentions),
        interactions=interactions, meetings=meetings,
        merges=merge_table(mentions), roles=roles,
    )


def _registry_people(results: dict[str, ArticleResult], registry: Registry) -> set[str]:
    """The ids of the registry persons the corpus names."""
    return {m.actor_id for result in results.values() for m in result.mentions
            if m.actor_id in registry.actors and registry.actors[m.actor_id].type == "person"}


def _vote_person_names(results: dict[str, ArticleResult]) -> None:
    """Type a full name the same across the corpus: a name of two words or more that the
    articles tag a person at least as often as anything else is a person everywhere ("Joko
    Widodo" tagged an organisation once). The mentions are retyped in place."""
    votes: dict[str, Counter[str]] = {}
    for result in results.values():
        for m in result.mentions:
            if not m.actor_id and m.method == "ner" and " " in m.name:
                votes.setdefault(m.name, Counter())[m.type == "person"] += 1
    people = {name for name, count in votes.items() if 0 < count[False] <= count[True]}
    for result in results.values():
        for m in result.mentions:
            if m.name in people and m.type != "person" and not m.actor_id:
                m.type, m.label = "person", "PERSON"


def _one_name_per_actor(rows: list[MentionRow]) -> None:
    """Give every mention of one actor the same name: the one its mentions use most ("Hugo
    Chávez" and "Hugo Chavez" merged into one actor are shown under one of them)."""
    counts: dict[str, Counter[str]] = {}
    for row in rows:
        counts.setdefault(row.actor_id, Counter())[row.actor] += 1
    names = {actor_id: min(c, key=lambda name: (-c[name], name)) for actor_id, c in counts.items()}
    for row in rows:
        row.actor = names[row.actor_id]


def _resolve_pending_roles(results: dict[str, ArticleResult],
                           rows_by_article: dict[str, list[MentionRow]],
                           published: dict[str, date | None]) -> None:
    """Give the role phrases no article could resolve the actor the corpus's stated roles
    point to (`corpus_roles`), in place; one left unresolved gets the type `role`, which no
    table of actors shows."""
    facts = [RoleFact(row.actor_id, row.actor, m.title, m.country,
                      published[article_id])
             for article_id, rows in rows_by_article.items()
             for m, row in zip(results[article_id].mentions, rows)
             if m.title and m.method != PENDING_ROLE]
    for article_id, rows in rows_by_article.items():
        named = frozenset(row.actor_id for row in rows if row.actor_id)
        for m, row in zip(results[article_id].mentions, rows):
            if m.method != PENDING_ROLE:
                continue
            found = resolve_pending_role(
                PendingRole(m.title, m.country, published[article_id], named), facts)
            if found is None:
                row.type = "role"
            else:
                row.actor_id, row.actor = found
                row.method = CORPUS_ROLE


def _outlets_of(article_ids: str, outlets: dict[str, str]) -> str:
    """The outlets of a meeting's sources ("; "-joined article ids), sorted, "; "-joined."""
    return "; ".join(sorted({outlets[a] for a in article_ids.split("; ") if outlets.get(a)}))


def merge_table(mentions: pd.DataFrame) -> pd.DataFrame:
    """The merges a researcher should review (fuzzy ones, and those an override made): one row
    per surface form and actor.

    Args:
        mentions: the mentions table.

    Returns:
        `surface, actor_id, actor, method, score, n_mentions`, lowest score first.
    """
    fuzzy = mentions[mentions["method"].isin(["fuzzy", OVERRIDE_METHOD])]
    if fuzzy.empty:
        return empty_table([*MERGE_COLUMNS, "n_mentions"])
    table = (fuzzy.groupby(["text", "actor_id", "actor", "method"], as_index=False)
             .agg(score=("score", "min"), n_mentions=("score", "size"))
             .rename(columns={"text": "surface"}))
    return table.sort_values(["score", "surface"]).reset_index(drop=True)[
        [*MERGE_COLUMNS, "n_mentions"]]


def _role_table(results: dict[str, ArticleResult],
                rows_by_article: dict[str, list[MentionRow]]) -> pd.DataFrame:
    """One row per role an article states beside a name ("Indonesian President Joko
    Widodo"), with the actor's canonical name, the article's date and the sentence."""
    rows = [{"actor_id": row.actor_id, "actor": row.actor, "title": mention.title,
             "country": mention.country, "article_id": article_id,
             "published": row.published, "sentence_id": mention.sentence_id,
             "evidence": results[article_id].sentences.get(mention.sentence_id, ""),
             **_role_resolution(mention, row)}
            for article_id, rows in rows_by_article.items()
            for mention, row in zip(results[article_id].mentions, rows) if mention.title]
    return pd.DataFrame(rows, columns=ROLE_COLUMNS) if rows else empty_table(ROLE_COLUMNS)


def _role_resolution(mention: Mention, row: MentionRow) -> dict:
    """The `phrase` and `resolution` of a roles-table row: a role stated beside a name, or a
    role phrase resolved from the corpus's roles, or left unresolved."""
    if mention.method != PENDING_ROLE:
        return {"phrase": "", "resolution": "stated"}
    return {"phrase": mention.text, "resolution": "corpus" if row.actor_id else "unresolved"}


def _actor_table(mentions: pd.DataFrame) -> pd.DataFrame:
    """One row per actor: its name, type, the country most of its mentions give (on a tie the
    first in order), its surface forms and counts. Grouped operations only: a Python function
    per actor took most of the reduce at 100,000 articles."""
    if mentions.empty:
        return empty_table(ACTOR_COLUMNS)
    grouped = mentions.groupby("actor_id", sort=False)
    ids = list(grouped.groups)
    given = mentions.loc[mentions["country"] != "", ["actor_id", "country"]]
    counts = given.groupby(["actor_id", "country"]).size().rename("n").reset_index()
    country = (counts.sort_values(["actor_id", "n", "country"], ascending=[True, False, True])
               .drop_duplicates("actor_id").set_index("actor_id")["country"])
    aliases = (mentions[["actor_id", "text"]].drop_duplicates().sort_values(["actor_id", "text"])
               .groupby("actor_id")["text"].agg("|".join))
    table = pd.DataFrame({
        "actor_id": ids,
        "name": grouped["actor"].first().values,
        "type": grouped["type"].first().values,
        "country": country.reindex(ids, fill_value="").values,
        "aliases": aliases.reindex(ids).values,
        "n_mentions": grouped.size().values,
        "n_articles": grouped["article_id"].nunique().values,
    })
    return table.sort_values(["n_mentions", "name"], ascending=[False, True]).reset_index(drop=True)


def _interactions(articles: pd.DataFrame, results: dict[str, ArticleResult],
                  rows_by_article: dict[str, list[MentionRow]],
                  places: tuple[dict[str, str], dict[str, str]]
                  ) -> tuple[pd.DataFrame, list[MeetingCandidate]]:
    """The interactions table (both layers) and the meeting candidates of the typed layer.
    `places`: each city's country name, and each seat organisation's city (`seat_names`).
    A meeting placed in a country or a venue takes the one city (of that country) named near it
    ("in Indonesia … the summit in Jakarta"); one held at a seat ("at the Kremlin"), its city.
    Empties `results` and `rows_by_article` as it goes (the table's columns take their strings)."""
    place_country, seats = places
    table = ColumnTable(INTERACTION_COLUMNS)
    candidates: list[MeetingCandidate] = []
    cities_of: dict[str, set[str]] = {}
    for city, country in place_country.items():
        cities_of.setdefault(country, set()).add(city)
    known_places = place_country.keys() | cities_of.keys()
    for article_id, published, outlet in zip(articles["article_id"], articles["published"],
                                             articles["outlet"]):
        result = results.pop(article_id, None)
        if result is None:
            continue
        mentions = rows_by_article.pop(article_id)
        in_network = {i: m.actor for i, m in enumerate(mentions) if m.type in NETWORK_TYPES}
        ids: dict[str, str] = {}  # name -> actor_id: "Jordan" the place and Jordan a person stay two
        for mention in mentions:
            ids.setdefault(mention.actor, mention.actor_id)
        # a place reported as a seat ("talks at the Kremlin") is its city wherever it comes from
        seat_city = {m.actor: seats[m.actor_id] for m in mentions if m.actor_id in seats}
        base = {"article_id": article_id, "published": published, "outlet": outlet}
        add_cooccurrences(table, base, result, in_network, ids)
        visits = visits_placed(result, mentions, in_network)
        dateline, filed_from = _dateline(result, outlet, mentions, known_places)
        filed_in = {place_country[dateline]: dateline} if dateline in place_country else {}
        for typed in result.typed:
            nearby = nearby_unnamed_meeting(typed, result.typed)
            nearby_place = mentions[nearby.place].actor \
                if nearby is not None and nearby.place is not None else ""
            visited, visit_day = nearest_visit(typed, visits, in_network)
            fallback = fallback_place(typed, published, (visited, nearby_place, filed_from))
            beside = _beside(typed, nearby, nearby_place, fallback)
            fallback = (seat_city.get(fallback, fallback), visit_day, beside)
            if typed.date is None and nearby is not None:
                typed = replace(typed, date=nearby.date)
            typed = placed_in_city(typed, mentions, cities_of, seats)
            candidates.extend(_add_typed(table, (base, ids), typed, mentions, in_network,
                                         (fallback, seats, filed_in)))
    return table.frame(), candidates


def _dateline(result: ArticleResult, outlet: str, mentions: list[MentionRow],
              known_places: Collection[str]) -> tuple[str, str]:
    """(the article's dateline, where it was filed from): the dateline, but an outlet's name
    opening the text ("SHAFAQNA- The Iraqi Prime Minister …"); without one, the known place its
    headline puts the story in (`headline_place`)."""
    dateline = "" if _outlet_name(result.dateline) == _outlet_name(outlet) else result.dateline
    return dateline, dateline or headline_place(result, mentions, known_places)


def _beside(typed: TypedInteraction, nearby: TypedInteraction | None, nearby_place: str,
            fallback: str) -> bool:
    """Whether a meeting's fallback place is that of the unnamed meeting beside it
    (`nearby_unnamed_meeting`) on the same day."""
    day, other = typed.date or typed.story_day, nearby.date or nearby.story_day if nearby else None
    return bool(nearby_place) and fallback == nearby_place and day is not None \
        and other is not None and day.precision == other.precision == "day" \
        and day.value == other.value


def _outlet_name(outlet: object) -> str:
    """An outlet's name as a dateline would write it, letters only: "Shafaqna (English)" is
    "shafaqna", "Q Costa Rica" "qcostarica"."""
    name = BRACKETED.sub("", str(outlet)).strip().lower().removeprefix("the ")
    return re.sub(r"[\W_]", "", name)


def _add_typed(table: ColumnTable, article: tuple[dict, dict[str, str]],
               typed: TypedInteraction, mentions: list[MentionRow], in_network: dict[int, str],
               places: tuple[tuple[str, str, bool], dict[str, str], dict[str, str]]
               ) -> list[MeetingCandidate]:
    """Add the `typed` rows of one interaction (one per source-target pair; `article`: the
    columns its article gives every row, and its name -> actor_id) and return, when its kind
    makes a meeting, its meeting candidates (one per target when they were met separately).
    `places`: the fallback place with the day of the visit it comes from and whether it is the
    place of the report naming nobody beside it on its day, the seat organisations' cities, and
    the dateline city by its country. A meeting at a seat is in its city; one held in the
    country the article was filed from, in the dateline's city ("talks in Syria" from
    Damascus); one held near publication, or in the week after its people arrived on a visit,
    or on the day of the report beside it, that names no place, or only a venue ("the Yellow
    Oval Room"), takes the fallback place (a place its people visited, that of the report
    beside it, or where the article was filed from)."""
    base, ids = article
    (fallback_place, visit_day, beside), seats, filed_in = places
    sources = names_of(typed.sources, in_network)
    targets = names_of(typed.targets, in_network)
    at = mentions[typed.place] if typed.place is not None else None
    seat = seats.get(at.actor_id, "") if at is not None else ""
    place = seat or (at.actor if at is not None else "") or typed.host_capital
    when = _date_fields(typed.date or typed.story_day)
    pairs = _source_target_pairs(sources, targets)
    table.add(len(pairs), {
        **base, "sentence_id": typed.sentence_id, "layer": "typed", "kind": typed.kind,
        "cameo": typed.cameo, "date": when["date"], "date_text": when["date_text"],
        "place": place, "status": typed.status, "evidence": typed.evidence,
    }, pair_columns(pairs, ids))
    if typed.kind not in MEETING_KINDS or not typed.specific:
        return []
    venue = at is not None and stands_at_venue(at, seats)
    place, told = meeting_place(typed, (place, venue), (fallback_place, filed_in),
                                takes_fallback_place(typed, base["published"], visit_day, beside))
    found = [_meeting_candidate(typed, base["article_id"], group_sources, group_targets,
                                (place, told), mentions, when)
             for group_sources, group_targets in _met_separately(typed, sources, targets)]
    return [candidate for candidate in found if candidate is not None]


def _met_separately(typed: TypedInteraction, sources: list[str], targets: list[str]
                    ) -> list[tuple[list[str], list[str]]]:
    """The (sources, targets) of each meeting an interaction reports: one per target when
    several were met separately ("met X and Y separately"), one per source when several met
    the target separately ("X and Y separately called on Z"), else one."""
    if typed.separate and len(targets) > 1:
        return [(sources, [target]) for target in targets]
    if typed.separate and len(sources) > 1:
        return [([source], targets) for source in sources]
    return [(sources, targets)]


def _source_target_pairs(sources: list[str], targets: list[str]) -> list[tuple[str, str]]:
    """Every source with every other target; a lone side is paired with ""."""
    return [(s, t) for s in sources for t in targets if s != t] or \
        [(s, "") for s in sources] or [("", t) for t in targets]


def _date_fields(resolved: ResolvedDate | None) -> dict:
    """A resolved date as the tables and the meeting candidates hold it."""
    if resolved is None:
        return {"date": "", "date_text": "", "date_precision": "unknown", "date_start": None,
                "date_end": None}
    return {"date": resolved.value or "", "date_text": resolved.text,
            "date_precision": resolved.precision or "unknown", "date_start": resolved.start,
            "date_end": resolved.end}


def _meeting_candidate(typed: TypedInteraction, article_id: str, sources: list[str],
                       targets: list[str], placed: tuple[str, bool], mentions: list[MentionRow],
                       when: dict) -> MeetingCandidate | None:
    """The meeting a meet/visit/host/phone interaction may report: its participants are the
    named people and parties (not places; not the institutions a visit goes to: "visited the
    National Congress" meets nobody; not organisations beside two people or more, whose firm or
    body they name: "a meeting with executives of Aker"; beside one person, only an
    organisation named as a delegation: "met a Hamas delegation", not "Correa, president of
    UNASUR"); a visit with no place of its own takes the place visited, which its sentence
    tells (`placed`: the meeting's place and whether its sentence told it). None when nobody
    takes part, or one organisation alone (with a party named by role: "the presidents talked
    during a meeting of the Interstate Council")."""
    place, told = placed
    people = _participants(typed, sources, targets, mentions)
    if not people:
        return None
    if typed.kind == "visit" and not place:
        places = [n for n in targets if _type_of(n, mentions) == "place"]
        place, told = (places[0], True) if places else ("", told)
    return MeetingCandidate(
        article_id=article_id, sentence_id=typed.sentence_id, participants=frozenset(people),
        meeting_kind=MEETING_KINDS[typed.kind], kind=typed.kind, place=place,
        status=typed.status, cameo=typed.cameo, evidence=typed.evidence,
        anaphoric=typed.anaphoric, role_party=typed.role_party,
        story_dated=typed.dated_by_story, place_told=told, **when)


def _participants(typed: TypedInteraction, sources: list[str], targets: list[str],
                  mentions: list[MentionRow]) -> set[str]:
    """The people of `_meeting_candidate`: its persons (and a body named as a delegation beside
    one of them), else its organisations; none for one organisation alone, a forum ("a meeting
    of the Interstate Council")."""
    visited = {n for n in targets if typed.kind == "visit" and _type_of(n, mentions) == "org"}
    people = {n for n in sources + targets
              if _type_of(n, mentions) != "place" and n not in visited}
    persons = {n for n in people if _type_of(n, mentions) == "person"}
    if persons and len(persons) < 2:  # beside one person, a body takes part as a delegation
        persons |= {n for n in people if named_as_delegation(n, typed, mentions)}
    if persons:
        return persons
    return people if len(people) > 1 else set()


def _type_of(name: str, mentions: list[MentionRow]) -> str:
    return next((m.type for m in mentions if m.actor == name), "")
