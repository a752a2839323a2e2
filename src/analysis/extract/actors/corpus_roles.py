"""Role phrases an article cannot resolve, resolved from the roles the whole corpus states.

"The Prime Minister accepted" in an article that names John Howard only as "Howard" is Howard
when other articles call him "Prime Minister John Howard" near that date. A phrase without a
country ("the Prime Minister") may only denote a person its own article names; one with a country
("the Italian prime minister") any person the corpus gives that office, the one whose statement
is nearest in date. Two people as near are a conflict: the phrase stays unresolved, for review.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from analysis.extract.actors.lexicon import LEADER_TITLES

# An office stated this many days from an article's date may still be held on it: heads of
# government serve some years; farther than this the corpus fact says nothing of that date.
ROLE_FACT_DAYS = 2 * 365
# The distance given a fact or phrase of unknown date about an actor the article names: farther
# than any dated fact, so that one only decides between them.
UNDATED_DAYS = 10**6


@dataclass(frozen=True)
class RoleFact:
    """An office the corpus states: `actor_id` was `title` of `country` on `published`."""

    actor_id: str
    actor: str
    title: str
    country: str
    published: date | None


@dataclass(frozen=True)
class PendingRole:
    """A role phrase of one article: its title and country ("" when it names none), the
    article's date and the actors the article names."""

    title: str
    country: str
    published: date | None
    named: frozenset[str]


def resolve_pending_role(pending: PendingRole, facts: list[RoleFact]
                         ) -> tuple[str, str] | None:
    """The (actor_id, name) a role phrase denotes by the corpus's facts, or None.

    Args:
        pending: the phrase.
        facts: every role the corpus states.

    Returns:
        The actor whose fact of that office (any head of state or government for `leader`)
        is nearest in date, preferring those the article names; None when no fact fits,
        when two actors are as near, or when the phrase names no country and no fitting actor
        is named in its article.
    """
    titles = {*LEADER_TITLES, "leader"} if pending.title == "leader" else {pending.title}
    fitting = [f for f in facts if f.title in titles
               and (f.country == pending.country or not pending.country)]
    named = [f for f in fitting if f.actor_id in pending.named]
    if named or not pending.country:
        fitting = named
    distance: dict[tuple[str, str], int] = {}
    for fact in fitting:
        days = _days_apart(fact.published, pending.published)
        if days is None and fact.actor_id in pending.named:
            days = UNDATED_DAYS
        if days is not None and (days <= ROLE_FACT_DAYS or fact.actor_id in pending.named):
            key = (fact.actor_id, fact.actor)
            distance[key] = min(days, distance.get(key, days))
    if not distance:
        return None
    ranked = sorted(distance, key=distance.__getitem__)
    if len(ranked) > 1 and distance[ranked[0]] == distance[ranked[1]]:
        return None
    return ranked[0]


def _days_apart(first: date | None, second: date | None) -> int | None:
    """Days between two dates; None when either is unknown."""
    return abs((first - second).days) if first and second else None
