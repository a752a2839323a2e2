"""Resolvers, one per expression family: a family's regex match, read against the anchor.

Each takes the match and the `Context` and returns a `ResolvedDate` (`unknown` when the anchor
does not fix the expression). Explicit dates ignore the anchor; year-less dates, weekdays and
relatives count from it in the sentence's direction.
"""

from __future__ import annotations

import datetime
import re

from analysis.extract.calendar import ENGLISH_MONTHS, WEEKDAYS
from analysis.extract.dates.dateparsing import dateparser_resolve
from analysis.extract.dates.model import (
    DIRECTION_SLACK_DAYS,
    VAGUE_SPAN_DAYS,
    WEEKDAY_YEAR_SEARCH,
    ResolvedDate,
)
from analysis.extract.dates.periods import (
    DAY_DELTA,
    Context,
    date_or_none,
    day_number,
    day_of_number,
    pick,
    shift_date,
)
from analysis.extract.dates.words import DAY_WORDS, number


def _qualifier(m: re.Match[str]) -> str:
    """The match's `qual` group, lower case with single spaces ("" when absent)."""
    return " ".join((m["qual"] or "").lower().split())


def _day_or_unknown(day: datetime.date | None, ctx: Context) -> ResolvedDate:
    return ctx.day(day) if day else ctx.unknown()


# ---------------------------------------------------------------------------------------------
# Explicit dates
# ---------------------------------------------------------------------------------------------


def resolve_iso(m: re.Match[str], ctx: Context) -> ResolvedDate:
    """`2020-09-14`."""
    return _day_or_unknown(date_or_none(int(m["year"]), int(m["month"]), int(m["day"])), ctx)


def resolve_numeric(m: re.Match[str], ctx: Context) -> ResolvedDate:
    """`14.09.2020`, `09/14/2020`, `2020/09/14` (read by dateparser)."""
    return dateparser_resolve(m.group(0), ctx) or ctx.unknown()


def resolve_month_year(m: re.Match[str], ctx: Context) -> ResolvedDate:
    """`September 2020`."""
    return ctx.month(int(m["year"]), ENGLISH_MONTHS[m["month"].lower().rstrip(".")])


def resolve_year(m: re.Match[str], ctx: Context) -> ResolvedDate:
    """`1994` (after a trigger word)."""
    return ctx.year(int(m["year"]))


# ---------------------------------------------------------------------------------------------
# Month and day, with or without year and weekday
# ---------------------------------------------------------------------------------------------


def _month_day_parts(m: re.Match[str]) -> tuple[int, int, int | None]:
    """(month, day of month, weekday index or None) of a month-day match."""
    month = ENGLISH_MONTHS[(m["month1"] or m["month2"]).lower().rstrip(".")]
    day = int(re.match(r"\d+", m["day1"] or m["day2"]).group(0))
    weekday = WEEKDAYS.index(m["weekday"].lower()) if m["weekday"] else None
    return month, day, weekday


def _years_to_try(year: int, weekday: int | None) -> list[int]:
    """`year`, then (only when a weekday must be satisfied) the years around it, nearest first
    and the earlier first on a tie."""
    if weekday is None:
        return [year]
    return [year] + [year + s * k for k in range(1, WEEKDAY_YEAR_SEARCH + 1) for s in (-1, 1)]


def _month_day_for_year_anchor(month: int, day: int, weekday: int | None,
                               year: int) -> datetime.date | None:
    """The month-day in the anchor's year, or in the nearest year where the weekday holds."""
    dates = [d for y in _years_to_try(year, weekday) if (d := date_or_none(y, month, day))]
    matching = [d for d in dates if weekday is None or d.weekday() == weekday]
    return (matching or dates or [None])[0]


def _weekday_breaks_tie(chosen: int, days: list[int], weekday: int | None, anchor: int) -> int:
    """`chosen` (a day number), unless the weekday contradicts it: then the nearest of `days`
    where it holds."""
    def weekday_of(number: int) -> int:
        return (number - 1) % 7  # day number 1, 1 January of year 1, is a Monday

    if weekday is None or weekday_of(chosen) == weekday:
        return chosen
    matching = [d for d in days if weekday_of(d) == weekday]
    return pick(matching, anchor, 0) if matching else chosen


def _month_day_near_anchor(month: int, day: int, weekday: int | None,
                           ctx: Context) -> datetime.date | None:
    """The month-day in the year (anchor year +-1) nearest the anchor in the direction; None
    when that occurrence would be before year 1 or after 9999."""
    years = range(ctx.anchor.year - 1, ctx.anchor.year + 2)
    days = [d for y in years if (d := day_number(y, month, day)) is not None]
    if not days:
        return None
    anchor = ctx.anchor.toordinal()
    chosen = pick(days, anchor, ctx.direction, DIRECTION_SLACK_DAYS)
    return day_of_number(_weekday_breaks_tie(chosen, days, weekday, anchor))


def resolve_month_day(m: re.Match[str], ctx: Context) -> ResolvedDate:
    """`September 14`, `Monday, September 14`, `the 2nd of September, 2020`, `Nov. 12 last
    year`."""
    month, day, weekday = _month_day_parts(m)
    if m["year"]:
        return _day_or_unknown(date_or_none(int(m["year"]), month, day), ctx)
    if ctx.anchor is None:
        return ctx.unknown()
    if year_step := m.groupdict().get("year_step"):  # not of a day range's pattern
        step = {"last": -1, "this": 0, "next": 1}[year_step.lower()]
        return _day_or_unknown(date_or_none(ctx.anchor.year + step, month, day), ctx)
    if ctx.anchor_precision == "year":
        return _day_or_unknown(_month_day_for_year_anchor(month, day, weekday, ctx.anchor.year),
                               ctx)
    return _day_or_unknown(_month_day_near_anchor(month, day, weekday, ctx), ctx)


def resolve_day_range(m: re.Match[str], ctx: Context) -> ResolvedDate:
    """`October 3-4, 2006`, `25-26 March`, `8 to 15 June 2009`: the days from the first to the
    last of one month; the first day alone when the number after it is no later day of it
    ("on March 3 to 1,000 delegates")."""
    first = resolve_month_day(m, ctx)
    last = int(re.match(r"\d+", m["last1"] or m["last2"]).group(0))
    end = date_or_none(first.start.year, first.start.month, last) if first.start else None
    return ctx.range(first.start, end) if end and end > first.start else first


# ---------------------------------------------------------------------------------------------
# A month alone
# ---------------------------------------------------------------------------------------------


def _month_start(month: int, qualifier: str, ctx: Context) -> datetime.date | None:
    """The first day of the `month` meant: last/next/this, the anchor's own month, or the
    nearest in the direction (months compared by their first days); None off the calendar."""
    starts = [day_number(y, month, 1) for y in range(ctx.anchor.year - 1, ctx.anchor.year + 2)]
    this = day_number(ctx.anchor.year, ctx.anchor.month, 1)
    if qualifier == "last":
        return day_of_number(max(s for s in starts if s < this))
    if qualifier == "next":
        return day_of_number(min(s for s in starts if s > this))
    if qualifier == "this" or month == ctx.anchor.month:
        return datetime.date(ctx.anchor.year, month, 1)
    return day_of_number(pick(starts, this, ctx.direction))


def resolve_month(m: re.Match[str], ctx: Context) -> ResolvedDate:
    """`in September`, `last September`, `early March`, `February last year`."""
    if ctx.anchor is None:
        return ctx.unknown()
    month = ENGLISH_MONTHS[m["month"].lower()]
    if m["year_step"]:
        step = {"last": -1, "this": 0, "next": 1}[m["year_step"].lower()]
        return ctx.month(ctx.anchor.year + step, month)
    if ctx.anchor_precision == "year":
        return ctx.month(ctx.anchor.year, month)
    chosen = _month_start(month, _qualifier(m), ctx)
    return ctx.month(chosen.year, chosen.month) if chosen else ctx.unknown()


# ---------------------------------------------------------------------------------------------
# Weekdays, day words, weekends
# ---------------------------------------------------------------------------------------------


def _weekday_offset(back: int, ahead: int, qualifier: str, direction: int) -> int:
    """Days from the anchor to the weekday that is `back` days before and `ahead` days after."""
    if qualifier in ("last", "past"):
        return -(back or 7)
    if qualifier in ("next", "coming", "this coming"):
        return ahead or 7
    if back == 0:
        return 0  # "met on Monday" in a Monday article: today
    if qualifier == "this":  # "this Friday": the coming one, unless the sentence looks back
        return -back if direction < 0 else ahead
    if direction < 0:
        return -back
    if direction > 0:
        return ahead
    return -back if back < ahead else ahead


def resolve_weekday(m: re.Match[str], ctx: Context) -> ResolvedDate:
    """`on Monday`, `last Monday`, `this coming Friday morning`."""
    if not ctx.knows("day"):
        return ctx.unknown()
    anchor = ctx.anchor
    target = WEEKDAYS.index(m["weekday"].lower())
    back = (anchor.weekday() - target) % 7  # days since the last such weekday; 0 = the anchor
    ahead = (target - anchor.weekday()) % 7
    offset = _weekday_offset(back, ahead, _qualifier(m), ctx.direction)
    return ctx.day(anchor + datetime.timedelta(days=offset))


def resolve_day_word(m: re.Match[str], ctx: Context) -> ResolvedDate:
    """`yesterday`, `tonight`, `the day after tomorrow`."""
    if not ctx.knows("day"):
        return ctx.unknown()
    offset = DAY_WORDS[" ".join(m["word"].lower().split())]
    return ctx.day(ctx.anchor + datetime.timedelta(days=offset))


def _weekend_saturday(anchor: datetime.date, qualifier: str, direction: int) -> datetime.date:
    """The Saturday of the weekend meant, read from the anchor."""
    # The weekend ending strictly before the anchor, and the one starting strictly after it.
    last_saturday = anchor - datetime.timedelta(days=2 + anchor.weekday())
    next_saturday = anchor + datetime.timedelta(days=(5 - anchor.weekday()) % 7 or 7)
    days_since_last = (anchor - last_saturday).days - 1
    days_to_next = (next_saturday - anchor).days
    if qualifier in ("last", "past"):
        return last_saturday
    if qualifier in ("next", "coming"):
        return next_saturday
    if anchor.weekday() >= 5:  # the anchor is in a weekend: that one
        return anchor - datetime.timedelta(days=anchor.weekday() - 5)
    if direction < 0 or (direction == 0 and days_since_last < days_to_next):
        return last_saturday
    return next_saturday


def resolve_weekend(m: re.Match[str], ctx: Context) -> ResolvedDate:
    """`last weekend`, `over the weekend` (Saturday to Sunday)."""
    if not ctx.knows("day"):
        return ctx.unknown()
    saturday = _weekend_saturday(ctx.anchor, _qualifier(m), ctx.direction)
    return ctx.range(saturday, saturday + DAY_DELTA)


# ---------------------------------------------------------------------------------------------
# Relative units, spans and offsets
# ---------------------------------------------------------------------------------------------


def resolve_unit_relative(m: re.Match[str], ctx: Context) -> ResolvedDate:
    """`last week`, `next month`, `earlier this year`."""
    unit = m["unit"].lower()
    if not ctx.knows(unit):
        return ctx.unknown()
    qualifier = m["qual"].lower().split()[0]
    by = {"last": -1, "previous": -1, "next": 1}.get(qualifier, 0)  # this, earlier/later this
    return ctx.unit(unit, shift_date(ctx.anchor, unit, by))


def _span(m: re.Match[str]) -> tuple[str, int] | None:
    """(unit, how many) for "the coming/past N units"; vague plurals use `VAGUE_SPAN_DAYS`."""
    groups = m.groupdict()
    unit = groups["unit"].lower()
    count = groups["n"] or groups.get("n2")
    if count:
        return unit, number(count)
    if not groups["plural"] and not groups["vague"]:
        return unit, 1
    units = [unit] + ([groups["unit2"].lower()] if groups.get("unit2") else [])
    if any(u not in VAGUE_SPAN_DAYS for u in units):
        return None
    return "day", max(VAGUE_SPAN_DAYS[u] for u in units)


def resolve_coming(m: re.Match[str], ctx: Context) -> ResolvedDate:
    """`in the coming weeks`, `the next two months` (from the day after the anchor)."""
    span = _span(m)
    if span is None or not ctx.knows("day"):
        return ctx.unknown()
    unit, count = span
    return ctx.range(ctx.anchor + DAY_DELTA, shift_date(ctx.anchor, unit, count))


def _past_unit(m: re.Match[str], ctx: Context) -> ResolvedDate | None:
    """"the past year" / "the last year": the calendar year holding most of the twelve months
    before the anchor; "the last week": last week's ISO week. None for other spans (a range)."""
    if m["n"] or m["n2"] or m["vague"] or m["plural"]:
        return None
    unit = m["unit"].lower()
    if unit == "year":
        return ctx.year(shift_date(ctx.anchor, "month", -6).year)
    if unit == "week" and m["which"].lower() == "last":
        return ctx.week(ctx.anchor - datetime.timedelta(weeks=1))
    return None


def resolve_past_span(m: re.Match[str], ctx: Context) -> ResolvedDate:
    """`the past 26 years`, `the last few weeks` (up to the anchor); `the past year` a year and
    `the last week` an ISO week."""
    if not ctx.knows("day"):
        return ctx.unknown()
    single = _past_unit(m, ctx)
    if single is not None:
        return single
    span = _span(m)
    if span is None:
        return ctx.unknown()
    unit, count = span
    return ctx.range(shift_date(ctx.anchor, unit, -count), ctx.anchor)


def _offset(m: re.Match[str], ctx: Context, sign: int) -> ResolvedDate:
    """"N units ago" / "in N units": the unit's period (a day, an ISO week, a month, a year) N
    units back, as TIMEX3 gives "six weeks ago"; "in two weeks", a date set ahead, is a day."""
    unit = m["unit"].lower()
    if not ctx.knows(unit):
        return ctx.unknown()
    shifted = shift_date(ctx.anchor, unit, sign * number(m["n"]))
    return ctx.unit("day" if unit == "week" and sign > 0 else unit, shifted)


# How far back "some years ago" may reach, in its unit.
VAGUE_AGO_UNITS = 10


def resolve_ago(m: re.Match[str], ctx: Context) -> ResolvedDate:
    """`26 years ago`, `six weeks ago`, `a week or so ago`."""
    return _offset(m, ctx, -1)


def resolve_vague_ago(m: re.Match[str], ctx: Context) -> ResolvedDate:
    """`some years ago`, `a few weeks ago`: the span from `VAGUE_AGO_UNITS` units back to two
    units back (vague, but never the day of the report)."""
    unit = m["unit"].lower()
    if not ctx.knows(unit):
        return ctx.unknown()
    return ctx.range(shift_date(ctx.anchor, unit, -VAGUE_AGO_UNITS),
                     shift_date(ctx.anchor, unit, -2))


def resolve_in_n(m: re.Match[str], ctx: Context) -> ResolvedDate:
    """`in two weeks`, `in a month's time`."""
    return _offset(m, ctx, 1)
