"""Where a meeting was, from the places its reports give: which places fit one meeting, the
most specific of them, and the place of its people's other meetings that day."""

from __future__ import annotations

from collections import Counter, defaultdict

import pandas as pd


def places_compatible(a: str, b: str, place_country: dict[str, str]) -> bool:
    """Whether two reported places can be one meeting's: either is unknown, they are the same,
    or one is the other's country ("Sochi" and "Russia").

    Args:
        a, b: place names, "" for none.
        place_country: place name -> the name of the country it lies in.

    Returns:
        True when they fit.
    """
    if not a or not b or a == b:
        return True
    return place_country.get(a) == b or place_country.get(b) == a


def main_place(places: Counter[str], place_country: dict[str, str]) -> str:
    """The most specific place reported: a city over its country, then the most reported, then
    the first reported.

    Args:
        places: place name -> how many reports give it, in the order first reported.
        place_country: place name -> the name of the country it lies in.

    Returns:
        The place, or "".
    """
    cities = [p for p in places if p in place_country] or list(places)
    return max(cities, key=places.__getitem__) if cities else ""


def places_of_the_day(table: pd.DataFrame, told: pd.Series, place_country: dict[str, str]
                      ) -> list[str]:
    """Each meeting's place; one in person, held or planned, dated to the day and naming no place
    or only the country, takes the one place its people's other such meetings of that day name
    ("Earlier in the day, X called on the visiting leader"; "In Ottawa, he will call on Z. That
    afternoon, he is to meet Y"), of those a source dates (`told`), not only the day the story
    is at ("X met Y on Monday. X then flew to Japan for talks with Z").

    Args:
        table: the meetings table so far (`participants`, `date`, `date_precision`, `kind`,
            `status`, `place`).
        told: per meeting, whether a source dates it.
        place_country: place name -> the name of the country it lies in.

    Returns:
        The places, in the table's order.
    """
    same_day = table["status"].isin(("held", "planned")) & (table["kind"] == "in_person") \
        & (table["date_precision"] == "day")
    giving = same_day & told
    seen: dict[tuple[str, str], set[str]] = defaultdict(set)  # (person, day) -> places
    for people, day, place in zip(*(table[c][giving] for c in ("participants", "date", "place"))):
        for person in people.split("; ") if place else ():
            seen[person, day].add(place)
    places = list(table["place"])
    for i, (people, day, place, of_the_day) in enumerate(zip(table["participants"],
                                                             table["date"], places, same_day)):
        found = set().union(*(seen.get((p, day), ()) for p in people.split("; ") if of_the_day))
        found.discard(place)
        if len(found) == 1 and (not place or place_country.get(next(iter(found))) == place):
            places[i] = found.pop()
    return places
