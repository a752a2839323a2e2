"""The actor registry in memory: actors with their dated roles, and the look-ups resolution uses."""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Callable, Collection
from dataclasses import dataclass, field
from datetime import date

from rapidfuzz import fuzz, process

from analysis.extract.actors.lexicon import EAST_ASIAN_FAMILY_NAMES
from analysis.extract.actors.names import (
    FUZZY_MIN_LENGTH,
    FUZZY_THRESHOLD,
    first_names_compatible,
    normalize_name,
)

ACTOR_TYPES = ("person", "org", "place", "group", "outlet")
# A registry person is not who a name merely like theirs meant this many years or more before
# their first office ("President Johnson" in 1967 is not Boris Johnson, in office from 2016).
YEARS_BEFORE_OFFICE = 30
# Surnames shorter than this are not matched fuzzily even within a whole name: one letter makes
# another person of "Il" (Kim Jong Il, Kim Jong Pil).
SHORT_SURNAME = 4


@dataclass(frozen=True)
class Role:
    """An office held between two dates (`end` None: still held)."""

    title: str
    country: str
    start: date | None
    end: date | None
    host: str = ""

    def held_on(self, day: date | None) -> bool:
        """Whether the role was held on a day.

        Args:
            day: the date; None means "currently".

        Returns:
            True when held on `day` (when `day` is None: when the role is still open).
        """
        if day is None:
            return self.end is None
        return (self.start is None or self.start <= day) and (self.end is None or day <= self.end)


@dataclass(frozen=True)
class RegistryActor:
    """One actor of the registry."""

    actor_id: str
    name: str
    type: str
    country: str = ""
    aliases: tuple[str, ...] = ()
    roles: tuple[Role, ...] = ()
    demonyms: tuple[str, ...] = ()
    stands_for: str = ""
    leader: str = "president"
    seat: str = ""  # an org at one address: the id of its city ("the Kremlin" -> moscow)
    capital: str = ""  # a country: the id of its capital city (kenya -> nairobi)


@dataclass
class Registry:
    """Actors by id, with look-ups by alias, normalised name, demonym and role."""

    actors: dict[str, RegistryActor]
    digest: str = ""
    alias_to_id: dict[str, str] = field(init=False)
    normal_to_id: dict[str, str] = field(init=False)
    demonym_to_country: dict[str, str] = field(init=False)
    namesakes: dict[str, list[str]] = field(init=False)  # alias -> the actors that share it
    normal_namesakes: set[str] = field(init=False)  # their normalised forms

    def __post_init__(self) -> None:
        self.alias_to_id, self.normal_to_id, self.demonym_to_country = {}, {}, {}
        owners: dict[str, list[str]] = defaultdict(list)
        for actor in self.actors.values():
            for alias in (actor.name, *actor.aliases):
                self.alias_to_id.setdefault(alias, actor.actor_id)
                self.normal_to_id.setdefault(normalize_name(alias), actor.actor_id)
                if actor.actor_id not in owners[alias]:
                    owners[alias].append(actor.actor_id)
            if actor.type == "place" and actor.demonyms:
                for word in (actor.name, *actor.aliases, *actor.demonyms):
                    self.demonym_to_country[word.lower()] = actor.country
        self.namesakes = {alias: ids for alias, ids in owners.items() if len(ids) > 1}
        self.normal_namesakes = {normalize_name(alias) for alias in self.namesakes}
        self._surname_owners = self._person_surname_owners()
        self._person_surnames = _owned_once(self._surname_owners)
        self._add_family_names_first()
        self._full_names_by_first = self._person_full_names()
        self._office_holders: dict[tuple[str, str], list[RegistryActor]] = defaultdict(list)
        for actor in self.actors.values():
            for office in dict.fromkeys((r.title, r.country) for r in actor.roles):
                self._office_holders[office].append(actor)
        self._institutions = self._generic_institutions()

    def seat_names(self) -> dict[str, str]:
        """Where each organisation with a seat sits ("white_house" -> "Washington"): a meeting
        "at the White House" is in Washington.

        Returns:
            {org actor id: its city's name}.
        """
        return {actor.actor_id: self.actors[actor.seat].name for actor in self.actors.values()
                if actor.seat}

    def city_named(self, name: str) -> RegistryActor | None:
        """The place below a country that a name is an alias of ("New Delhi"), if any.

        Args:
            name: a name as written.

        Returns:
            The place's actor, or None for a country, another kind of actor or an unknown name.
        """
        actor = self.actors.get(self.alias_to_id.get(name, ""))
        return actor if actor is not None and actor.type == "place" and not actor.demonyms \
            else None

    def capital_of(self, country: str) -> str:
        """The capital of a country (KEN -> "nairobi"): where a meeting "in the capital" is.

        Args:
            country: the country's ISO-3 code.

        Returns:
            The capital's actor id; "" when the registry has no such country or no capital for it.
        """
        actor = self.country_actor(country)
        return actor.capital if actor else ""

    def capital_names(self) -> dict[str, str]:
        """Each country's capital by name ("KEN" -> "Nairobi"): a meeting with a visitor is in
        the host's capital.

        Returns:
            {ISO-3 code: the capital's name}, for the countries with a capital.
        """
        return {actor.country: self.actors[actor.capital].name
                for actor in self.actors.values() if actor.capital}

    def namesake_on(self, alias: str, day: date | None,
                    countries: frozenset[str] = frozenset(),
                    in_full: frozenset[str] = frozenset()) -> str | None:
        """Which of the actors an alias names is meant on a day ("George Bush" in 1985 or 2003):
        the one in office then; when none is, the only one the article names by a name of their
        own ("Bush" after "George H.W. Bush" in a look back written in 2022), else the one whose
        time in office is nearest; of several as near, the only one among them named by a name
        of their own ("Kim" after "Kim Dae-Jung" in 2000), else the one of the only country
        among them the article names ("Santos" in 2015 in an article about Colombia).

        Args:
            alias: an alias as written.
            day: the article's date; None means "currently".
            countries: ISO-3 codes of the countries the article names.
            in_full: ids of the actors the article names by a name no other actor has.

        Returns:
            An actor id (for an alias of one actor, that actor's), or None when two of them are
            as near and the article names neither's country or both ("Kim" in 2000: Kim
            Dae-jung and Kim Jong-il both in office).
        """
        ids = self.namesakes.get(alias)
        if not ids:
            return self.alias_to_id[alias]
        ranked = sorted((_days_from_office(self.actors[actor_id], day), actor_id)
                        for actor_id in ids)
        own_name = [actor_id for actor_id in ids if actor_id in in_full]
        if ranked[0][0] and len(own_name) == 1:
            return own_name[0]
        nearest = [actor_id for days, actor_id in ranked if days == ranked[0][0]]
        own = [actor_id for actor_id in nearest if actor_id in in_full]
        named = [actor_id for actor_id in nearest if self.actors[actor_id].country in countries]
        return nearest[0] if len(nearest) == 1 else own[0] if len(own) == 1 \
            else named[0] if len(named) == 1 else None

    def _person_surname_owners(self) -> dict[str, set[str]]:
        """Every spelling of every person's surname, with the people who bear it."""
        owners: dict[str, set[str]] = defaultdict(set)
        for actor in self.actors.values():
            if actor.type == "person":
                for alias in (actor.name, *actor.aliases):
                    owners[normalize_name(alias.split()[-1])].add(actor.actor_id)
        return owners

    def _add_family_names_first(self) -> None:
        """A name written family name first ("Moon Jae-in", "Xi Jinping") is also owned by its
        first word, so that "President Moon" in 2018 is Moon Jae-in (not for the fuzzy match of
        a surname: "Moon" alone is no misspelling of anyone)."""
        for actor in self.actors.values():
            for alias in (actor.name, *actor.aliases) if actor.type == "person" else ():
                words = alias.split()
                if len(words) > 1 and words[0].lower() in EAST_ASIAN_FAMILY_NAMES:
                    self._surname_owners[normalize_name(words[0])].add(actor.actor_id)

    def titled_person(self, surname: str, title: str, country: str, day: date) -> str | None:
        """The one person of a surname who held an office on a day ("President Ford" in 1974).

        Args:
            surname: the surname as written.
            title: a role title (`president`, `chancellor`, …).
            country: ISO-3 code of the office's state, or "" when not said.
            day: the date.

        Returns:
            The actor id, or None when nobody or more than one matches.
        """
        return self._one_holder(surname, lambda r: r.title == title
                                and r.country == (country or r.country) and r.held_on(day))

    def office_holder(self, surname: str, countries: set[str], day: date) -> str | None:
        """The one person of a surname who held an office of one of some countries on a day
        ("Santos", in a 2015 article naming Colombia).

        Args:
            surname: the surname as written.
            countries: ISO-3 codes.
            day: the date.

        Returns:
            The actor id, or None when nobody or more than one matches.
        """
        return self._one_holder(surname, lambda r: r.country in countries and r.held_on(day))

    def _one_holder(self, surname: str, held: Callable[[Role], bool]) -> str | None:
        """The one person of a surname with a role that `held` accepts, or None."""
        found = [actor_id for actor_id in self._surname_owners.get(normalize_name(surname), ())
                 if any(held(r) for r in self.actors[actor_id].roles)]
        return found[0] if len(found) == 1 else None

    def institution_of(self, country: str, name: str) -> str:
        """The organisation of a country that a name without the country stands for ("Congress"
        for USA: `us_congress`; "Foreign Ministry" for BLR: the Belarusian Foreign Ministry).

        Args:
            country: ISO-3 code.
            name: the name as written, without its country.

        Returns:
            The actor id, or "" when the registry has none (or more than one).
        """
        return self._institutions.get((country, name.lower()), "")

    def _generic_institutions(self) -> dict[tuple[str, str], str]:
        """(country, name without the country, lower case) -> the one organisation so named:
        "US Congress" as (USA, "congress"), "Ministry of Foreign Affairs of Belarus" as (BLR,
        "ministry of foreign affairs")."""
        owners: dict[tuple[str, str], set[str]] = defaultdict(set)
        for actor in self.actors.values():
            if actor.type != "org" or not actor.country:
                continue
            for alias in (actor.name, *actor.aliases):
                generic = self._without_country(alias, actor.country)
                if generic:
                    owners[(actor.country, generic.lower())].add(actor.actor_id)
        return _owned_once(owners)

    def _without_country(self, name: str, country: str) -> str:
        """A name without the country it starts with ("US Congress", "Russia's State Duma") or
        ends with ("… of Belarus"); "" when it names no country of its own."""
        words = name.split()
        for size in (1, 2, 3):  # the shortest country: "Russian Federation Council"
            head = re.sub(r"['’]s$", "", " ".join(words[:size])).lower()
            if len(words) > size and self.demonym_to_country.get(head) == country:
                return " ".join(words[size:])
        found = re.match(r"(?P<rest>.+?) of (?:the )?(?P<country>.+)$", name)
        if found and self.demonym_to_country.get(found["country"].lower()) == country:
            return found["rest"]
        return ""

    def _person_full_names(self) -> dict[str, dict[str, str]]:
        """Every person's names of two words or more, normalised, by their first word; one two
        people share names neither."""
        owners: dict[str, set[str]] = defaultdict(set)
        for actor in self.actors.values():
            if actor.type == "person":
                for alias in (actor.name, *actor.aliases):
                    if " " in alias:
                        owners[normalize_name(alias)].add(actor.actor_id)
        by_first: dict[str, dict[str, str]] = defaultdict(dict)
        for key, actor_id in _owned_once(owners).items():
            by_first[key.split()[0]][key] = actor_id
        return dict(by_first)

    def holder(self, title: str, country: str, day: date | None) -> RegistryActor | None:
        """The person who held `title` for `country` on `day`.

        Args:
            title: a role title (`president`, `foreign_minister`, … or `leader`).
            country: ISO-3 code.
            day: the date; None means "currently".

        Returns:
            The actor, or None when nobody (or more than one) matches.
        """
        title = self._office_title(title, country)
        found = [actor for actor in self._office_holders.get((title, country), ())
                 if any(r.title == title and r.country == country and r.held_on(day)
                        for r in actor.roles)]
        return found[0] if len(found) == 1 else None

    def _office_title(self, title: str, country: str) -> str:
        """`title`, with `leader` read as the title of the country's leader."""
        if title != "leader":
            return title
        country_actor = self.country_actor(country)
        return country_actor.leader if country_actor else "president"

    def holder_among(self, title: str, country: str, actor_ids: Collection[str]
                     ) -> RegistryActor | None:
        """The one of `actor_ids` who ever held `title` for `country` (an undated article's
        "the prime ministers of India and Pakistan" are the holders it names).

        Args:
            title: a role title (`president`, `foreign_minister`, … or `leader`).
            country: ISO-3 code.
            actor_ids: registry ids of the people an article names.

        Returns:
            The actor, or None when none (or more than one) of them held it.
        """
        title = self._office_title(title, country)
        found = [actor for actor in self._office_holders.get((title, country), ())
                 if actor.actor_id in actor_ids]
        return found[0] if len(found) == 1 else None

    def host_named(self, holder: RegistryActor, title: str, day: date | None, text: str) -> bool:
        """Whether a text names the country a person held an office in, where the office is one
        held abroad (an ambassador's host): "the Russian ambassador" in a story about Azerbaijan
        is not Russia's ambassador to Belarus.

        Args:
            holder: the office's holder (`holder`).
            title: the office's title.
            day: the date; None means "currently".
            text: the article.

        Returns:
            True when the office has no host, or the text names it, its demonym or an alias.
        """
        hosts = {r.host for r in holder.roles if r.title == title and r.held_on(day)}
        if not hosts or "" in hosts:  # held at home, or no office of that title ("leader")
            return True
        names = [n for host in hosts if (place := self.country_actor(host)) is not None
                 for n in (place.name, *place.aliases, *place.demonyms)]
        return any(re.search(rf"\b{re.escape(n)}\b", text, re.IGNORECASE) for n in names)

    def roles_on(self, actor_id: str, day: date | None) -> list[Role]:
        """The roles an actor held on a day.

        Args:
            actor_id: the actor's id (an unknown id has none).
            day: the date; None means "currently".

        Returns:
            The roles, in registry order.
        """
        actor = self.actors.get(actor_id)
        return [r for r in actor.roles if r.held_on(day)] if actor else []

    def country_of(self, actor_id: str) -> str:
        """The country (ISO-3) the registry gives an actor.

        Args:
            actor_id: a registry id, or "".

        Returns:
            The country, or "" for an actor the registry lacks or gives none.
        """
        actor = self.actors.get(actor_id)
        return actor.country if actor is not None else ""

    def country_actor(self, iso3: str) -> RegistryActor | None:
        """The place entry of a country (the one with demonyms).

        Args:
            iso3: the country's ISO-3 code.

        Returns:
            The actor, or None when the registry has no such country.
        """
        for actor in self.actors.values():
            if actor.type == "place" and actor.country == iso3 and actor.demonyms:
                return actor
        return None

    def long_before_office(self, actor_id: str, day: date | None) -> bool:
        """Whether a day comes `YEARS_BEFORE_OFFICE` or more before a person's first office.

        Args:
            actor_id: a registry actor's id.
            day: an article's date, or None.

        Returns:
            True for a person with dated offices all that long after `day`.
        """
        starts = [role.start for role in self.actors[actor_id].roles if role.start]
        return day is not None and bool(starts) and \
            (min(starts) - day).days >= YEARS_BEFORE_OFFICE * 365.25

    def surname_owners(self, surname: str) -> list[RegistryActor]:
        """The registry persons a surname is the surname of.

        Args:
            surname: a surname as written ("Carter").

        Returns:
            The persons, in no particular order.
        """
        return [self.actors[i] for i in self._surname_owners.get(normalize_name(surname), ())]

    def fuzzy_person(self, name: str) -> tuple[str, float] | None:
        """The registry person whose surname is closest to `name`'s last word, if close enough.

        Args:
            name: a person's name as written ("Lukasenko", "Maria Kolenikova").

        Returns:
            (actor_id, score) or None.
        """
        surname = normalize_name(name.split()[-1])
        if name.split()[0].lower() in EAST_ASIAN_FAMILY_NAMES and " " in name:
            return self._fuzzy_full_name(name)  # "Kim Yong-il": the family name comes first
        if len(surname) < FUZZY_MIN_LENGTH:  # too short alone: the whole name, but for initials
            # and syllables ("Mohamed Siad Berre"; not "George P. Bush", "Kim Jong Pil", whom one
            # letter tells apart)
            short = len(surname) < SHORT_SURNAME or any(len(w.rstrip(".")) == 1
                                                         for w in name.split())
            return None if short else self._fuzzy_full_name(name)
        best = process.extractOne(surname, self._person_surnames.keys(), scorer=fuzz.ratio,
                                  score_cutoff=FUZZY_THRESHOLD)
        if best is None or surname != best[0] and (
                surname.startswith(best[0]) or best[0].startswith(surname)):
            # a longer or shorter word is another word ("Borneo" is not "Borne"); a surname
            # several people bear is told apart by the whole name ("Nawaz Sharief")
            return self._fuzzy_full_name(name)
        actor_id = self._person_surnames[best[0]]
        if not first_names_compatible(name, self.actors[actor_id]):
            return self._fuzzy_full_name(name)  # another surname came closer: the whole name
        return actor_id, float(best[1])

    def _fuzzy_full_name(self, name: str) -> tuple[str, float] | None:
        """The registry person a misspelt full name is, among those of the same first word
        ("Nawaz Sharief": Nawaz Sharif), if close enough; after an East Asian family name, only
        the same syllables however spaced ("Xi Jin Ping"), as one syllable tells people apart
        ("Kim Yong-il" is not Kim Jong-il)."""
        key = normalize_name(name)
        if " " not in key:
            return None
        names = self._full_names_by_first.get(key.split()[0], {})
        if key.split()[0] in EAST_ASIAN_FAMILY_NAMES:
            joined = key.replace(" ", "")
            return next(((actor_id, 100.0) for other, actor_id in names.items()
                         if other.replace(" ", "") == joined), None)
        best = process.extractOne(key, names.keys(), scorer=fuzz.ratio,
                                  score_cutoff=FUZZY_THRESHOLD)
        return (names[best[0]], float(best[1])) if best is not None else None


def _owned_once(owners: dict) -> dict:
    """Each key one actor owns, with that actor's id; a key two or more share names none."""
    return {key: next(iter(ids)) for key, ids in owners.items() if len(ids) == 1}


def _days_from_office(actor: RegistryActor, day: date | None) -> float:
    """Days between a date and the nearest of an actor's times in office: 0 inside one,
    infinitely many without an office (or, with no date, outside an open one)."""
    nearest = float("inf")
    for role in actor.roles:
        if role.held_on(day):
            return 0.0
        edges = [edge for edge in (role.start, role.end) if edge]
        if day is not None and edges:
            nearest = min(nearest, *(abs((edge - day).days) for edge in edges))
    return nearest
