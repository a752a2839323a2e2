"""Names merged across the corpus: the name each unresolved mention is merged by, and each
article's rows of the mentions table with the actor its name was merged into."""

from __future__ import annotations

from collections import Counter
from collections.abc import Collection
from datetime import date

from analysis.extract.actors import Mention, Registry
from analysis.extract.actors.lexicon import GENERIC_INSTITUTION_WORDS
from analysis.extract.actors.mentions import PENDING_ROLE
from analysis.extract.actors.merging import own_actor
from analysis.extract.results import day_of
from analysis.extract.rows import MentionRow

# A surname alone stays apart from the one person of the corpus it spells when every article
# naming that person is this many years or more from its own ("Schmidt" of 1976 is no Christian
# Schmidt of 2014).
CORPUS_MERGE_YEARS = 25


def main_country(mentions: list[Mention], registry: Registry) -> str:
    """The name of the country an article names most, through its places.

    Args:
        mentions: the article's mentions.
        registry: the actor registry.

    Returns:
        The country's name, or "" when the article names no place of one.
    """
    counts: Counter[str] = Counter()
    for m in mentions:
        actor = registry.actors.get(m.actor_id)
        if actor is not None and actor.type == "place" and actor.country:
            counts[actor.country] += 1
    country = registry.country_actor(counts.most_common(1)[0][0]) if counts else None
    return country.name if country is not None else ""


def merge_name(mention: Mention, country: str, registry: Registry) -> str:
    """The name an unresolved mention is merged across the corpus by: an organisation named
    with the words every country's institutions share ("National Assembly") is that of the
    country its article names most: the registry's ("Congress": US Congress), else one of its
    own ("National Assembly (Pakistan)").

    Args:
        mention: an unresolved mention.
        country: the country its article names most (`main_country`), or "".
        registry: the actor registry.

    Returns:
        The name.
    """
    words = mention.name.lower().split()
    if mention.type == "org" and country and all(w in GENERIC_INSTITUTION_WORDS for w in words):
        known = registry.institution_of(registry.demonym_to_country.get(country.lower(), ""),
                                        mention.name)
        return registry.actors[known].name if known else f"{mention.name} ({country})"
    return mention.name


def mention_rows(article_id: str, mentions: list[Mention],
                 merged: tuple[dict, dict[tuple[str, str], set[int]]],
                 registry: Registry, source: tuple[str, str], country: str) -> list[MentionRow]:
    """The mentions-table rows of one article, with names merged across the corpus; a name
    merged into a registry person whose first office came decades after the article, or a
    surname alone merged into a person of the corpus named only decades from it, stays an
    actor of its own.

    Args:
        article_id: the article's id.
        mentions: its mentions.
        merged: `resolve_names`' resolution, and the years each (merge name, type) is named in.
        registry: the actor registry.
        source: the article's publication date (ISO or "") and outlet.
        country: the country it names most (`main_country`).

    Returns:
        One row per mention, in order.
    """
    resolution, years_named = merged
    published, outlet = source
    day = day_of(published)
    rows = []
    for m in mentions:
        actor_id, name, method, score = m.actor_id, m.name, m.method, m.score
        if not actor_id and method != PENDING_ROLE:
            merge_key = (merge_name(m, country, registry), m.type)
            actor_id, name, merge_method, score = resolution[merge_key]
            if merge_method == "fuzzy" and (
                    registry.long_before_office(actor_id, day) if actor_id in registry.actors
                    else _decades_apart(merge_key, years_named.get((name, m.type), ()), day)):
                actor_id, name, merge_method, score = own_actor(*merge_key)
            if merge_method == "fuzzy":
                method = "fuzzy"
        actor = registry.actors.get(actor_id)
        rows.append(MentionRow(
            article_id, m.sentence_id, m.start_char, m.end_char, m.text, m.label, actor_id, name,
            method, actor.type if actor else m.type, actor.country if actor else m.country,
            published, outlet, round(score, 1)))
    return rows


def _decades_apart(merge_key: tuple[str, str], years: Collection[int], day: date | None
                   ) -> bool:
    """Whether a surname alone is named `CORPUS_MERGE_YEARS` or more from every year the person
    of the corpus it was merged into is named in."""
    name, kind = merge_key
    return day is not None and kind == "person" and len(name.split()) == 1 and bool(years) \
        and min(abs(day.year - year) for year in years) >= CORPUS_MERGE_YEARS
