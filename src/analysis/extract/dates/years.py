"""Resolvers of the year-level expressions and of a unit's edges: "the year", "the current fiscal
year", "year-end", "the end of the month", "year-ago", years in words and "'58".

As in TIMEX3, a part or an edge of a period ("year-end", "the end of the month") takes the value
of the period; which period follows the tense ("debt stood ... at year-end" is the last year-end
before the anchor, "will close by year-end" the next one).
"""

from __future__ import annotations

import re

from analysis.extract.dates.model import ResolvedDate
from analysis.extract.dates.periods import Context, day_of_number, pick, unit_edge_number
from analysis.extract.dates.words import spelled_year

_EDGES = {"beginning": "start", "start": "start", "middle": "middle", "end": "end",
          "close": "end"}


def resolve_the_unit(m: re.Match[str], ctx: Context) -> ResolvedDate:
    """`the year`, `the current year`, `the full year`, `this fiscal year`: the anchor's unit;
    `the day` (as in "earlier in the day") is the reference's day when there is one."""
    unit = m["unit"].lower()
    if unit == "day":
        base = ctx.reference_day("day")
    else:
        base = ctx.anchor if ctx.knows(unit) else None
    return ctx.unit(unit, base) if base else ctx.unknown()


def resolve_unit_edge(m: re.Match[str], ctx: Context) -> ResolvedDate:
    """`year-end`, `the end of the month`, `the beginning of the week`: in a past sentence the
    unit whose edge came last before the anchor, else the one whose edge comes next (an edge in
    the present tense is a deadline: "takes effect at the end of the month")."""
    unit = (m["unit"] or m["unit2"]).lower()
    if not ctx.knows(unit):
        return ctx.unknown()
    if ctx.anchor_precision == "year":  # only the year is known: its own edge
        return ctx.year(ctx.anchor.year)
    edge = _EDGES[(m["edge"] or "end").lower()]
    edges = [unit_edge_number(ctx.anchor, unit, by, edge) for by in (-1, 0, 1)]
    chosen = day_of_number(pick(edges, ctx.anchor.toordinal(), -1 if ctx.direction < 0 else 1))
    return ctx.unit(unit, chosen) if chosen else ctx.unknown()


def resolve_year_ago(m: re.Match[str], ctx: Context) -> ResolvedDate:
    """`year-ago` (levels, quarter): the year before the anchor's; `year-earlier`: the year
    before the reference's."""
    if m["rel"].lower() == "ago":
        base = ctx.anchor if ctx.knows("year") else None
    else:
        base = ctx.reference_day("year")
    return ctx.year(base.year - 1) if base else ctx.unknown()


def resolve_spelled_year(m: re.Match[str], ctx: Context) -> ResolvedDate:
    """`nineteen ninety-six`, `the year two thousand` (explicit: the anchor plays no part)."""
    return ctx.year(spelled_year(m["words"]))


def resolve_short_year(m: re.Match[str], ctx: Context) -> ResolvedDate:
    """`'58`: the year ending in those digits nearest the anchor in the tense's direction."""
    if not ctx.knows("year"):
        return ctx.unknown()
    century = ctx.anchor.year // 100
    years = [(century + by) * 100 + int(m["yy"]) for by in (-1, 0, 1)]
    return ctx.year(pick(years, ctx.anchor.year, ctx.direction))
