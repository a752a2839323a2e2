"""Date expressions in news text, resolved against the article's publication date.

News rarely writes full dates. "Lavrov will hold talks in Moscow on September 2", "met Putin on
Monday", "last week", "in the coming weeks", "26 years ago": each is read against the *anchor*,
the publication date of the article (its "now"), and the tense of the sentence decides the
direction ("will visit on Thursday" is the next Thursday, "met on Monday" the last one).

Three pure functions, no spaCy needed:

- `find_date_expressions(text)` finds the expressions in a sentence (regex families below);
- `sentence_tense(sentence, around)` reads the tense of the clause around an expression;
- `resolve_date(expression, anchor, sentence)` turns one expression into a `ResolvedDate`:
  an ISO value at its precision (`2020-09-14`, `2020-W37`, `2020-09`, `2020`,
  `2020-09-15/2020-10-12`) with the first and last day it covers.

Rules (each is tested in `tests/test_dates.py`):

- Explicit dates with a year (`Sep 02, 2020`, `2 September 2020`, `2020-09-14`) are days,
  `September 2020` a month, a year alone (`in 1994`) a year, whatever the anchor.
- A year-less date (`September 14`, `Monday, September 14`) takes the year that puts it nearest
  the anchor in the sentence's direction: past, the latest such date on or before the anchor;
  future, the earliest on or after it; present, the nearest. A date up to
  `DIRECTION_SLACK_DAYS` on the "wrong" side is kept rather than moved by a year. A weekday given
  with it breaks ties: if the chosen year contradicts it, the nearest year (anchor year +-1)
  where it holds wins.
- A weekday names the anchor day itself when it is the anchor's weekday (journalistic "met on
  Monday" in a Monday article); otherwise past tense takes the previous one, future the next,
  present the nearest. "last Monday" is always strictly before the anchor, "next Monday" always
  strictly after (the first one after, not the one a week later).
- Relative expressions count from the anchor: days (`yesterday`), ISO weeks (`last week`),
  months, years (`26 years ago`), ranges (`in the coming weeks`, `over the weekend`,
  `the past 26 years`).
- Without an anchor only explicit dates resolve; everything else is `unknown` (never guessed).
  With `anchor_precision="year"` (the corpus fixes the year, not the day) year-less calendar
  dates and year-sized relatives (`last year`, `26 years ago`) resolve; weekdays and other
  relatives stay `unknown`.

The regexes find and classify the expressions; dateparser parses the explicit forms the
regexes do not take apart themselves (numeric `14.09.2020`, `Sep 02, 2020, 03:03 PM IST`).

Example:
    >>> resolve_date("on Thursday", "2020-09-02", "Mishustin will visit Belarus on Thursday").value
    '2020-09-03'
"""

from __future__ import annotations

import calendar
import datetime
import functools
import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Literal

if TYPE_CHECKING:
    from dateparser.date import DateDataParser

Precision = Literal["day", "week", "month", "year", "range", "unknown"]
Tense = Literal["past", "future", "present"]
AnchorPrecision = Literal["day", "year"]

__all__ = [
    "DIRECTION_SLACK_DAYS",
    "FAMILIES",
    "VAGUE_SPAN_DAYS",
    "WEEKDAY_YEAR_SEARCH",
    "ResolvedDate",
    "find_date_expressions",
    "resolve_date",
    "sentence_tense",
]

# ---------------------------------------------------------------------------------------------
# Judgement constants
# ---------------------------------------------------------------------------------------------

DIRECTION_SLACK_DAYS = 3
"""How far a year-less date may fall on the "wrong" side of the anchor and keep the anchor's year.

"will visit on September 3" in an article dated September 4 is a day of publication lag (an
"Updated:" date, a time zone), not a visit a year later; three days cover time zones, overnight
updates and a weekend's delay. Beyond that the sentence's direction moves the date by a year.
"""

VAGUE_SPAN_DAYS = {"day": 7, "week": 28, "month": 91}
"""Days covered by "in the coming days / weeks / months" (and "the past weeks" backwards).

"Coming days" is at most a week; "coming weeks" in diplomatic reporting means within about a
month (the Putin-Lukashenko meeting that a 31 August article expected "in the coming weeks"
took place on 14 September); "coming months" is a quarter. "Coming years" has no sensible bound,
so it stays `unknown`.
"""

WEEKDAY_YEAR_SEARCH = 5
"""With a year-only anchor, how many years either side may be tried to satisfy a given weekday.

The smallest window that always finds the weekday: searching both sides, the farthest a fixed
month-day's weekday can be is five years (a Saturday 1 March from 1991 is 1986 or 1997). The
nearest year to the anchor wins (the earlier on a tie). February 29 repeats a weekday only every
28 years; when the window has none, the nearest leap year is taken.
"""

# ---------------------------------------------------------------------------------------------
# Result
# ---------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class ResolvedDate:
    """One date expression resolved against an anchor.

    Attributes:
        text: the expression as given.
        value: ISO string at its precision (`2020-09-14`, `2020-W37`, `2020-09`, `2020`,
            range `2020-09-14/2020-10-05`); None when unresolved.
        precision: `day` | `week` | `month` | `year` | `range` | `unknown`.
        start: first day covered (equal to `end` for a day); None when unresolved.
        end: last day covered; None when unresolved.
    """

    text: str
    value: str | None
    precision: Precision
    start: datetime.date | None
    end: datetime.date | None


# ---------------------------------------------------------------------------------------------
# Word lists (data)
# ---------------------------------------------------------------------------------------------

_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_MONTHS = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4,
    "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8,
    "september": 9, "sept": 9, "sep": 9, "october": 10, "oct": 10, "november": 11, "nov": 11,
    "december": 12, "dec": 12,
}
_FULL_MONTHS = [name for name in _MONTHS if len(name) > 4 or name in ("may", "june", "july")]
# Lower-case month words that are ordinary English words ("they may 10...", "protesters march").
_AMBIGUOUS_MONTH_WORDS = {"may", "march"}

_NUMBER_WORDS = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
    "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60,
    "seventy": 70, "eighty": 80, "ninety": 90, "a couple of": 2, "couple of": 2,
}

# Offsets in days from the anchor for the one-word (or fixed-phrase) days.
_DAY_WORDS = {
    "the day before yesterday": -2, "yesterday": -1, "last night": -1,
    "today": 0, "tonight": 0, "this morning": 0, "this afternoon": 0, "this evening": 0,
    "earlier today": 0, "later today": 0,
    "tomorrow": 1, "the day after tomorrow": 2,
}


def _alternation(words: list[str] | tuple[str, ...]) -> str:
    """A regex alternation of `words`, longest first so that `sept` wins over `sep`."""
    escaped = (re.escape(w).replace("\\ ", " ") for w in sorted(words, key=len, reverse=True))
    return "|".join(e.replace(" ", r"\s+") for e in escaped)


_WD = rf"(?:{_alternation(_WEEKDAYS)})"
_MONTH = rf"(?:{_alternation(list(_MONTHS))})\b\.?"
_FULL_MONTH = rf"(?:{_alternation(_FULL_MONTHS)})\b"
_DAY = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?(?!\d)"
_YEAR = r"(?:19|20)\d{2}(?!\d)"
_TENS = "twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety"
_ONES = "one|two|three|four|five|six|seven|eight|nine"
_NUM = (
    rf"(?:\d{{1,3}}|(?:{_TENS})-(?:{_ONES})|a\s+couple\s+of|couple\s+of|"
    rf"{_alternation([w for w in _NUMBER_WORDS if w not in ('a', 'an') and ' ' not in w])})"
)
_UNIT = r"(?P<unit>day|week|month|year)"
_DAY_PART = r"(?:\s+(?:morning|afternoon|evening|night))?"
# Words that follow a number that is a count, not a year ("in 2000 people" is not a date).
_NOT_YEAR_AFTER = (
    r"(?![.,]?\d|\s*%|\s+(?:people|persons|protesters|protestors|demonstrators|troops|soldiers|"
    r"police|officers|votes|cases|percent|km|kilometres|kilometers|miles|tonnes|tons|dollars|"
    r"euros|rubles|roubles|members|students|workers|others|more))"
)


# ---------------------------------------------------------------------------------------------
# Dates and periods
# ---------------------------------------------------------------------------------------------

_DAY_DELTA = datetime.timedelta(days=1)


def _month_end(year: int, month: int) -> datetime.date:
    return datetime.date(year, month, calendar.monthrange(year, month)[1])


def _shift_month(year: int, month: int, by: int) -> tuple[int, int]:
    index = year * 12 + month - 1 + by
    return index // 12, index % 12 + 1


def _shift_date(day: datetime.date, unit: str, by: int) -> datetime.date:
    """`day` moved by `by` units (a day of month that does not exist is clipped: Feb 29 -> 28)."""
    if unit == "day":
        return day + datetime.timedelta(days=by)
    if unit == "week":
        return day + datetime.timedelta(weeks=by)
    year, month = _shift_month(day.year, day.month, by * (12 if unit == "year" else 1))
    return datetime.date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def _date_or_none(year: int, month: int, day: int) -> datetime.date | None:
    try:
        return datetime.date(year, month, day)
    except ValueError:
        return None


def _pick(candidates: list[datetime.date], anchor: datetime.date, direction: int,
          slack: int = 0) -> datetime.date:
    """The candidate nearest `anchor` in `direction` (-1 past, +1 future, 0 nearest either way).

    Past takes the latest candidate on or before `anchor + slack`, future the earliest on or
    after `anchor - slack`; when none qualifies, or for the present, the nearest (ties: later).
    """
    margin = datetime.timedelta(days=slack)
    if direction < 0 and (eligible := [c for c in candidates if c <= anchor + margin]):
        return max(eligible)
    if direction > 0 and (eligible := [c for c in candidates if c >= anchor - margin]):
        return min(eligible)
    return min(candidates, key=lambda c: (abs((c - anchor).days), c < anchor))


# ---------------------------------------------------------------------------------------------
# Resolution context: the anchor, its precision, the direction, and result builders
# ---------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class _Context:
    text: str
    anchor: datetime.date | None
    anchor_precision: AnchorPrecision
    direction: int

    def knows(self, unit: str) -> bool:
        """Whether the anchor fixes enough of the calendar to count in `unit` from it."""
        if self.anchor is None:
            return False
        return self.anchor_precision == "day" or unit == "year"

    def unknown(self) -> ResolvedDate:
        return ResolvedDate(self.text, None, "unknown", None, None)

    def day(self, day: datetime.date) -> ResolvedDate:
        return ResolvedDate(self.text, day.isoformat(), "day", day, day)

    def week(self, day: datetime.date) -> ResolvedDate:
        iso_year, iso_week, _ = day.isocalendar()
        monday = day - datetime.timedelta(days=day.weekday())
        return ResolvedDate(self.text, f"{iso_year}-W{iso_week:02d}", "week", monday,
                            monday + datetime.timedelta(days=6))

    def month(self, year: int, month: int) -> ResolvedDate:
        return ResolvedDate(self.text, f"{year:04d}-{month:02d}", "month",
                            datetime.date(year, month, 1), _month_end(year, month))

    def year(self, year: int) -> ResolvedDate:
        return ResolvedDate(self.text, f"{year:04d}", "year", datetime.date(year, 1, 1),
                            datetime.date(year, 12, 31))

    def range(self, start: datetime.date, end: datetime.date) -> ResolvedDate:
        return ResolvedDate(self.text, f"{start.isoformat()}/{end.isoformat()}", "range",
                            start, end)

    def unit(self, unit: str, day: datetime.date) -> ResolvedDate:
        """The calendar `unit` (day, ISO week, month, year) that contains `day`."""
        if unit == "day":
            return self.day(day)
        if unit == "week":
            return self.week(day)
        if unit == "month":
            return self.month(day.year, day.month)
        return self.year(day.year)


def _number(text: str) -> int:
    text = " ".join(text.lower().split())
    if text.isdigit():
        return int(text)
    return sum(_NUMBER_WORDS[part] for part in text.split("-"))


# ---------------------------------------------------------------------------------------------
# Resolvers, one per family
# ---------------------------------------------------------------------------------------------


def _resolve_iso(m: re.Match[str], ctx: _Context) -> ResolvedDate:
    day = _date_or_none(int(m["year"]), int(m["month"]), int(m["day"]))
    return ctx.day(day) if day else ctx.unknown()


def _resolve_numeric(m: re.Match[str], ctx: _Context) -> ResolvedDate:
    return _dateparser_resolve(m.group(0), ctx) or ctx.unknown()


def _resolve_month_day(m: re.Match[str], ctx: _Context) -> ResolvedDate:
    month = _MONTHS[(m["month1"] or m["month2"]).lower().rstrip(".")]
    day = int(re.match(r"\d+", m["day1"] or m["day2"]).group(0))
    weekday = _WEEKDAYS.index(m["weekday"].lower()) if m["weekday"] else None
    if m["year"]:
        explicit = _date_or_none(int(m["year"]), month, day)
        return ctx.day(explicit) if explicit else ctx.unknown()
    if ctx.anchor is None:
        return ctx.unknown()
    if ctx.anchor_precision == "year":
        years = [ctx.anchor.year]
        if weekday is not None:
            years += [ctx.anchor.year + s * k for k in range(1, WEEKDAY_YEAR_SEARCH + 1)
                      for s in (-1, 1)]
        dates = [d for y in years if (d := _date_or_none(y, month, day))]
        matching = [d for d in dates if weekday is None or d.weekday() == weekday]
        chosen = (matching or dates or [None])[0]
        return ctx.day(chosen) if chosen else ctx.unknown()
    dates = [d for y in range(ctx.anchor.year - 1, ctx.anchor.year + 2)
             if (d := _date_or_none(y, month, day))]
    if not dates:
        return ctx.unknown()
    chosen = _pick(dates, ctx.anchor, ctx.direction, DIRECTION_SLACK_DAYS)
    if weekday is not None and chosen.weekday() != weekday:
        matching = [d for d in dates if d.weekday() == weekday]
        if matching:
            chosen = _pick(matching, ctx.anchor, 0)
    return ctx.day(chosen)


def _resolve_month_year(m: re.Match[str], ctx: _Context) -> ResolvedDate:
    return ctx.month(int(m["year"]), _MONTHS[m["month"].lower().rstrip(".")])


def _resolve_month(m: re.Match[str], ctx: _Context) -> ResolvedDate:
    if ctx.anchor is None:
        return ctx.unknown()
    month = _MONTHS[m["month"].lower()]
    if ctx.anchor_precision == "year":
        return ctx.month(ctx.anchor.year, month)
    qualifier = " ".join((m["qual"] or "").lower().split())
    starts = [datetime.date(y, month, 1) for y in range(ctx.anchor.year - 1, ctx.anchor.year + 2)]
    this = datetime.date(ctx.anchor.year, ctx.anchor.month, 1)
    if qualifier == "last":
        chosen = max(s for s in starts if s < this)
    elif qualifier == "next":
        chosen = min(s for s in starts if s > this)
    elif qualifier == "this" or month == ctx.anchor.month:
        chosen = datetime.date(ctx.anchor.year, month, 1)
    else:
        chosen = _pick(starts, this, ctx.direction)
    return ctx.month(chosen.year, chosen.month)


def _resolve_year(m: re.Match[str], ctx: _Context) -> ResolvedDate:
    return ctx.year(int(m["year"]))


def _resolve_weekday(m: re.Match[str], ctx: _Context) -> ResolvedDate:
    if not ctx.knows("day"):
        return ctx.unknown()
    anchor = ctx.anchor
    target = _WEEKDAYS.index(m["weekday"].lower())
    back = (anchor.weekday() - target) % 7  # days since the last such weekday; 0 = the anchor
    ahead = (target - anchor.weekday()) % 7
    qualifier = " ".join((m["qual"] or "").lower().split())
    if qualifier in ("last", "past"):
        offset = -(back or 7)
    elif qualifier in ("next", "coming", "this coming"):
        offset = ahead or 7
    elif back == 0:
        offset = 0  # "met on Monday" in a Monday article: today
    elif ctx.direction < 0:
        offset = -back
    elif ctx.direction > 0:
        offset = ahead
    else:
        offset = -back if back < ahead else ahead
    return ctx.day(anchor + datetime.timedelta(days=offset))


def _resolve_day_word(m: re.Match[str], ctx: _Context) -> ResolvedDate:
    if not ctx.knows("day"):
        return ctx.unknown()
    offset = _DAY_WORDS[" ".join(m["word"].lower().split())]
    return ctx.day(ctx.anchor + datetime.timedelta(days=offset))


def _resolve_unit_relative(m: re.Match[str], ctx: _Context) -> ResolvedDate:
    unit = m["unit"].lower()
    if not ctx.knows(unit):
        return ctx.unknown()
    qualifier = m["qual"].lower().split()[0]
    by = {"last": -1, "previous": -1, "next": 1}.get(qualifier, 0)  # this, earlier/later this
    return ctx.unit(unit, _shift_date(ctx.anchor, unit, by))


def _resolve_weekend(m: re.Match[str], ctx: _Context) -> ResolvedDate:
    if not ctx.knows("day"):
        return ctx.unknown()
    anchor = ctx.anchor
    qualifier = " ".join(m["qual"].lower().split())
    # The weekend ending strictly before the anchor, and the one starting strictly after it.
    last_saturday = anchor - datetime.timedelta(days=2 + anchor.weekday())
    next_saturday = anchor + datetime.timedelta(days=(5 - anchor.weekday()) % 7 or 7)
    days_since_last = (anchor - last_saturday).days - 1
    days_to_next = (next_saturday - anchor).days
    if qualifier in ("last", "past"):
        saturday = last_saturday
    elif qualifier in ("next", "coming"):
        saturday = next_saturday
    elif anchor.weekday() >= 5:  # the anchor is in a weekend: that one
        saturday = anchor - datetime.timedelta(days=anchor.weekday() - 5)
    elif ctx.direction < 0 or (ctx.direction == 0 and days_since_last < days_to_next):
        saturday = last_saturday
    else:
        saturday = next_saturday
    return ctx.range(saturday, saturday + _DAY_DELTA)


def _span(m: re.Match[str]) -> tuple[str, int] | None:
    """(unit, how many) for "the coming/past N units"; vague plurals use `VAGUE_SPAN_DAYS`."""
    groups = m.groupdict()
    unit = groups["unit"].lower()
    count = groups["n"] or groups.get("n2")
    if count:
        return unit, _number(count)
    if not groups["plural"] and not groups["vague"]:
        return unit, 1
    units = [unit] + ([groups["unit2"].lower()] if groups.get("unit2") else [])
    if any(u not in VAGUE_SPAN_DAYS for u in units):
        return None
    return "day", max(VAGUE_SPAN_DAYS[u] for u in units)


def _resolve_coming(m: re.Match[str], ctx: _Context) -> ResolvedDate:
    span = _span(m)
    if span is None or not ctx.knows("day"):
        return ctx.unknown()
    unit, count = span
    return ctx.range(ctx.anchor + _DAY_DELTA, _shift_date(ctx.anchor, unit, count))


def _resolve_past_span(m: re.Match[str], ctx: _Context) -> ResolvedDate:
    span = _span(m)
    if span is None or not ctx.knows("day"):
        return ctx.unknown()
    unit, count = span
    return ctx.range(_shift_date(ctx.anchor, unit, -count), ctx.anchor)


def _resolve_ago(m: re.Match[str], ctx: _Context) -> ResolvedDate:
    return _offset(m, ctx, -1)


def _resolve_in_n(m: re.Match[str], ctx: _Context) -> ResolvedDate:
    return _offset(m, ctx, 1)


def _offset(m: re.Match[str], ctx: _Context, sign: int) -> ResolvedDate:
    """"N units ago" / "in N units": days and weeks give a day, months a month, years a year."""
    unit = m["unit"].lower()
    if not ctx.knows(unit):
        return ctx.unknown()
    shifted = _shift_date(ctx.anchor, unit, sign * _number(m["n"]))
    return ctx.unit("day" if unit == "week" else unit, shifted)


# ---------------------------------------------------------------------------------------------
# Families: one regex each, shared by `find_date_expressions` and `resolve_date`
# ---------------------------------------------------------------------------------------------

_YEAR_TRIGGERS = r"in|since|until|till|during|from|before|after"
_MONTH_TRIGGERS = r"in|since|until|till|during|from|before|after|by|of"


@dataclass(frozen=True)
class _Family:
    """A kind of date expression: its regex and how to resolve a match.

    `trigger` (a regex of preceding words) makes `find_date_expressions` accept a match in running
    text only after one of those words or with a `qual` group of its own (a bare "1994" or "May"
    is too often something else); the trigger word is not part of the expression.
    """

    name: str
    pattern: str
    resolve: Callable[[re.Match[str], _Context], ResolvedDate]
    trigger: str | None = None

    @functools.cached_property
    def exact(self) -> re.Pattern[str]:
        return re.compile(self.pattern, re.IGNORECASE)

    @functools.cached_property
    def finder(self) -> re.Pattern[str]:
        prefix = rf"(?:(?P<trigger>{self.trigger})\s+)?" if self.trigger else ""
        return re.compile(rf"(?<![\w-]){prefix}(?P<expr>{self.pattern})(?![\w-])", re.IGNORECASE)


FAMILIES: tuple[_Family, ...] = (
    _Family("iso", r"(?P<year>\d{4})-(?P<month>\d{2})-(?P<day>\d{2})", _resolve_iso),
    _Family("numeric", rf"\d{{1,2}}(?P<sep>[./])\d{{1,2}}(?P=sep){_YEAR}|{_YEAR}/\d{{1,2}}/\d{{1,2}}",
            _resolve_numeric),
    _Family(
        "month_day",
        rf"(?:(?P<weekday>{_WD}),?\s+)?"
        rf"(?:(?:the\s+)?(?P<day1>{_DAY})\s+(?:of\s+)?(?P<month1>{_MONTH})"
        rf"|(?P<month2>{_MONTH})\s+(?:the\s+)?(?P<day2>{_DAY}))"
        rf"(?:,?\s+(?P<year>{_YEAR}))?",
        _resolve_month_day,
    ),
    _Family("month_year", rf"(?P<month>{_MONTH}),?\s+(?:of\s+)?(?P<year>{_YEAR})",
            _resolve_month_year),
    _Family("month", rf"(?:(?P<qual>last|next|this|early|late|mid-)\s*)?(?P<month>{_FULL_MONTH})",
            _resolve_month, trigger=_MONTH_TRIGGERS),
    _Family("year", rf"(?:(?P<qual>early|late|mid-)\s*)?(?P<year>{_YEAR}){_NOT_YEAR_AFTER}",
            _resolve_year, trigger=_YEAR_TRIGGERS),
    _Family("weekday",
            rf"(?:(?P<qual>last|next|this\s+coming|coming|this|past)\s+)?(?P<weekday>{_WD})"
            rf"{_DAY_PART}",
            _resolve_weekday),
    _Family("day_word",
            rf"(?:(?:literally|only|just)\s+)?(?P<word>{_alternation(list(_DAY_WORDS))})"
            rf"{_DAY_PART}",
            _resolve_day_word),
    _Family("unit_relative",
            rf"(?P<qual>last|previous|next|this|(?:earlier|later|early|late)\s+this)\s+{_UNIT}",
            _resolve_unit_relative),
    _Family("weekend",
            r"(?P<qual>last|next|this|coming|past|(?:over|at|on|during)\s+the|the)\s+weekend",
            _resolve_weekend),
    _Family("coming",
            rf"(?:in\s+)?the\s+(?:coming|next|upcoming)"
            rf"(?:\s+(?P<vague>few|couple\s+of)|\s+(?P<n>{_NUM}))?\s+{_UNIT}(?P<plural>s)?"
            r"(?:\s+(?:and|or)\s+(?P<unit2>day|week|month|year)s)?",
            _resolve_coming),
    _Family("past_span",
            rf"(?:the\s+(?:past|last)(?:\s+(?P<vague>few|couple\s+of)|\s+(?P<n>{_NUM}))?"
            rf"|(?:past|last)\s+(?P<n2>{_NUM}))\s+{_UNIT}(?P<plural>s)?",
            _resolve_past_span),
    _Family("ago", rf"(?P<n>a|an|{_NUM})\s+{_UNIT}s?\s+ago", _resolve_ago),
    _Family("in_n", rf"in\s+(?P<n>a|an|{_NUM})\s+{_UNIT}s?(?:'|’)?(?:\s+time)?", _resolve_in_n),
)
"""The date-expression families, in the order `resolve_date` tries them (first full match wins)."""


# ---------------------------------------------------------------------------------------------
# dateparser, for explicit forms the families do not take apart
# ---------------------------------------------------------------------------------------------


@functools.cache
def _date_parser(date_order: str) -> DateDataParser:
    from dateparser.date import DateDataParser  # imported on first use: it takes ~0.1 s

    return DateDataParser(languages=["en"], settings={
        "REQUIRE_PARTS": ["month", "year"],
        "PREFER_DAY_OF_MONTH": "first",
        "RETURN_AS_TIMEZONE_AWARE": False,
        "DATE_ORDER": date_order,
    })


@functools.lru_cache(maxsize=4096)
def _dateparse(text: str) -> tuple[str, datetime.date] | None:
    """(period, date) for an explicit date with a year in `text`, or None.

    Slashed numeric dates are read month first (the usual order in English-language news),
    dotted and dashed ones day first. A result whose year is not written in `text` (dateparser
    read something relative) is rejected.
    """
    years = re.findall(rf"(?<!\d){_YEAR}", text)
    if not years:
        return None
    data = _date_parser("MDY" if "/" in text else "DMY").get_date_data(text)
    if data.date_obj is None or str(data.date_obj.year) not in years:
        return None
    period = "month" if data.period == "month" else "day" if data.period in ("day", "time") else None
    return (period, data.date_obj.date()) if period else None


def _dateparser_resolve(text: str, ctx: _Context) -> ResolvedDate | None:
    parsed = _dateparse(text)
    if parsed is None:
        return None
    period, day = parsed
    return ctx.day(day) if period == "day" else ctx.month(day.year, day.month)


# ---------------------------------------------------------------------------------------------
# Tense
# ---------------------------------------------------------------------------------------------

_FUTURE_MARKERS = (
    r"will", r"won't", r"\w+'ll", r"shall", r"going\s+to", r"(?:is|are|was|were)\s+to",
    r"(?:is|are|was|were)\s+due\s+to", r"set\s+to", r"scheduled", r"slated", r"poised\s+to",
    r"expected\s+to", r"plans?\s+to", r"planned", r"planning\s+to", r"intends?\s+to",
    r"agreed\s+to", r"to\s+be\s+held", r"would", r"upcoming", r"forthcoming", r"ahead\s+of",
    r"next\s+(?:week|month|year)", r"tomorrow",
)
_PAST_MARKERS = (
    r"was", r"were", r"had", r"did", r"didn't", r"said", r"told", r"met", r"held", r"spoke",
    r"came", r"went", r"took", r"gave", r"made", r"saw", r"left", r"flew", r"sent", r"won",
    r"began", r"became", r"brought", r"thought", r"found", r"kept", r"led", r"ran", r"stood",
    r"wrote", r"sought", r"fought", r"struck", r"got", r"paid", r"ago", r"yesterday",
    r"last\s+(?:week|month|year|night|weekend)", r"earlier", r"previously",
)
_PRESENT_MARKERS = (r"is", r"are", r"am", r"says")
# Weak markers count only where no strong one is in scope: "-ed" words (past) and a headline
# infinitive of a meeting verb ("Mishustin to visit Belarus on September 3": future).
_WEAK_PAST = r"[a-z]{3,}ed"
_WEAK_FUTURE = (
    r"to\s+(?:visit|meet|hold|travel|attend|host|sign|discuss|fly|head|arrive|call|speak|talk|"
    r"join|participate|open|launch|begin|start|return)"
)
# "-ed" words that are not past-tense verbs.
_NOT_PAST_ED = {
    "united", "speed", "indeed", "hundred", "based", "related", "limited", "armed", "alleged",
    "concerned", "interested", "unprecedented", "detailed", "advanced", "supposed", "proceed",
    "exceed", "succeed", "breed", "greed", "bleed", "naked", "wicked", "sacred", "beloved",
    "rugged", "ragged", "crooked", "tired", "embed", "planned", "scheduled", "expected",
}


def _marker_regex(markers: tuple[str, ...] | list[str]) -> str:
    return rf"\b(?:{'|'.join(markers)})\b"


# An auxiliary before a future marker belongs to it ("is set to", "had agreed to": future).
_AUXILIARY = r"(?:(?:is|are|am|was|were|has|have|had)\s+(?:been\s+)?)?"
_STRONG_MARKERS = re.compile(
    rf"(?P<future>{_marker_regex([_AUXILIARY + f'(?:{m})' for m in _FUTURE_MARKERS])})"
    rf"|(?P<past>{_marker_regex(_PAST_MARKERS)})|(?P<present>{_marker_regex(_PRESENT_MARKERS)})",
    re.IGNORECASE,
)
_WEAK_MARKERS = re.compile(
    rf"(?P<future>\b{_WEAK_FUTURE}\b)|(?P<past>\b{_WEAK_PAST}\b)", re.IGNORECASE)
# Verbs of saying: they start a clause, and they date the report, not the event reported.
_REPORTING_VERBS = ("said", "says", "told", "added")
# Where a clause ends: punctuation, quotes, dashes, conjunctions; a reporting verb starts one.
_CLAUSE_BREAK = re.compile(
    r"""[,;:!?()\[\]"“”«»]|\s[-–—]\s"""
    r"|\b(?:that|but|and|while|whereas|after|before|when|because|although|though|which|who|"
    r"where|amid|following)\b"
    rf"|(?=\b(?:{'|'.join(_REPORTING_VERBS)})\b)",
    re.IGNORECASE,
)
_APOSTROPHES = str.maketrans({"’": "'", "‘": "'"})

_Marker = tuple[int, int, Tense]


def _markers(pattern: re.Pattern[str], text: str) -> list[_Marker]:
    """Tense markers in `text` by position; of overlapping ones the longest ("to be held")."""
    found: list[_Marker] = []
    for start, end, tense in sorted(
        ((m.start(), m.end(), m.lastgroup) for m in pattern.finditer(text)
         if not (m.lastgroup == "past" and pattern is _WEAK_MARKERS
                 and m.group(0).lower() in _NOT_PAST_ED)),
        key=lambda marker: marker[0] - marker[1],
    ):
        if all(end <= s or start >= e for s, e, _ in found):
            found.append((start, end, tense))
    return sorted(found)


def _clause(text: str, around: tuple[int, int]) -> tuple[int, int]:
    """Character bounds of the clause that contains `around` (breaks inside it are ignored)."""
    start, end = 0, len(text)
    for m in _CLAUSE_BREAK.finditer(text):
        if m.end() <= around[0]:
            start = max(start, m.end())
        elif m.start() >= around[1]:
            end = min(end, m.start())
    return start, end


def sentence_tense(sentence: str, around: tuple[int, int] | None = None) -> Tense:
    """The tense of a sentence, or of the clause around one expression in it.

    Strong markers are auxiliaries and common verbs (`will`, `is set to`, `agreed to`, `would`,
    `said`, `met`, `was`, `is`, ...); weak ones, consulted only where no strong marker is in
    scope, are "-ed" words (past) and headline infinitives (`to visit`: future). With `around`,
    the clause that contains the expression (split at punctuation, conjunctions and before
    reporting verbs) decides: its nearest marker before the expression, else its nearest after;
    a clause without markers falls back to the nearest marker in the whole sentence. Without
    `around`, the first marker of the sentence decides, reporting verbs ("said") only when
    there is no other. No marker: present.

    Args:
        sentence: the sentence text.
        around: `(start_char, end_char)` of the date expression in `sentence`, or None.

    Returns:
        `"past"`, `"future"` or `"present"`.

    Example:
        >>> s = "Mishustin will visit Belarus on Thursday, Lavrov said Wednesday"
        >>> sentence_tense(s, (32, 40)), sentence_tense(s, (55, 64))
        ('future', 'past')
    """
    text = sentence.translate(_APOSTROPHES)
    pools = [_markers(_STRONG_MARKERS, text), _markers(_WEAK_MARKERS, text)]
    if around is None:
        for pool in pools:
            # the reported event, not the report: "said that a meeting would take place"
            events = [m for m in pool if text[m[0]:m[1]].lower() not in _REPORTING_VERBS]
            if events or pool:
                return (events or pool)[0][2]
        return "present"
    pools = [[m for m in pool if m[1] <= around[0] or m[0] >= around[1]] for pool in pools]
    low, high = _clause(text, around)
    for pool in pools:
        before = [m for m in pool if low <= m[0] and m[1] <= around[0]]
        if before:
            return before[-1][2]
        after = [m for m in pool if around[1] <= m[0] and m[1] <= high]
        if after:
            return after[0][2]
    for pool in pools:
        if pool:
            return min(pool, key=lambda m: max(around[0] - m[1], m[0] - around[1]))[2]
    return "present"


# ---------------------------------------------------------------------------------------------
# Public functions
# ---------------------------------------------------------------------------------------------

_DIRECTIONS = {"past": -1, "present": 0, "future": 1}
_LEADING_PREPOSITION = re.compile(
    r"(?:on|in|at|during|by|since|until|till|from|of|before|after|over|for)\s+", re.IGNORECASE)


def _parse_anchor(anchor: object, anchor_precision: str) -> tuple[datetime.date | None, str]:
    """The anchor as a date and its precision; a bare year string ("2020") is a year anchor."""
    if anchor is None or anchor != anchor:  # noqa: PLR0124 - NaN and NaT are unequal to themselves
        return None, anchor_precision
    if isinstance(anchor, datetime.datetime):
        return anchor.date(), anchor_precision
    if isinstance(anchor, datetime.date):
        return anchor, anchor_precision
    if isinstance(anchor, str):
        text = anchor.strip()
        if not text:
            return None, anchor_precision
        if re.fullmatch(r"\d{4}", text):
            return datetime.date(int(text), 1, 1), "year"
        try:
            return datetime.date.fromisoformat(text[:10]), anchor_precision
        except ValueError:
            pass
    raise ValueError(f"anchor {anchor!r} is not a date: expected a datetime.date, an ISO date "
                     "string ('2020-09-14'), a year ('2020'), an empty string or None")


def _normalise(expression: str) -> str:
    text = " ".join(expression.translate(_APOSTROPHES).split())
    text = text.strip(" ,;:!?\"'“”()[]")
    text = re.sub(r"'s$", "", text)
    return text.rstrip(".")  # an abbreviated month's period is optional in the patterns


def _locate(expression: str, sentence: str) -> tuple[int, int] | None:
    start = sentence.find(expression)
    if start >= 0:
        return start, start + len(expression)
    m = re.search(re.escape(expression.strip()), sentence, re.IGNORECASE)
    return m.span() if m else None


def resolve_date(
    expression: str,
    anchor: datetime.date | str | None,
    sentence: str | None = None,
    *,
    anchor_precision: AnchorPrecision = "day",
    tense: Tense | None = None,
) -> ResolvedDate:
    """Resolve one date expression against the anchor (the article's publication date).

    Args:
        expression: the date expression ("on Monday", "September 14", "last week",
            "26 years ago"); a leading preposition is ignored.
        anchor: the publication date: a `datetime.date`, an ISO string, a year string
            ("2020", read as `anchor_precision="year"`), or None / "" when unknown.
        sentence: the sentence the expression comes from; its tense (around the expression, see
            `sentence_tense`) picks the direction for weekdays and year-less dates.
        anchor_precision: `"day"`, or `"year"` when the anchor fixes only the year (then
            weekdays and relatives other than years are `unknown`).
        tense: the tense, when the caller knows it; overrides `sentence`. Without either, the
            nearest date in either direction is taken.

    Returns:
        The `ResolvedDate`; precision `unknown` (value None) when the expression is not a date
        or the anchor does not fix it.

    Raises:
        ValueError: for an anchor that is not a date, or an unknown `anchor_precision`/`tense`.
        TypeError: when `expression` is not a string.

    Example:
        >>> resolve_date("last week", "2020-09-02").value
        '2020-W35'
        >>> resolve_date("26 years ago", "2020-08-31").value
        '1994'
    """
    if anchor_precision not in ("day", "year"):
        raise ValueError(f"anchor_precision {anchor_precision!r}: expected 'day' or 'year'")
    if tense is not None and tense not in _DIRECTIONS:
        raise ValueError(f"tense {tense!r}: expected 'past', 'future' or 'present'")
    if not isinstance(expression, str):
        raise TypeError(f"expression {expression!r} is not a string")
    anchor_date, anchor_precision = _parse_anchor(anchor, anchor_precision)
    if tense is None:
        around = _locate(expression, sentence) if sentence and expression.strip() else None
        tense = sentence_tense(sentence, around) if sentence else "present"
    ctx = _Context(expression, anchor_date, anchor_precision, _DIRECTIONS[tense])

    text = _normalise(expression)
    candidates = [text]
    if (prep := _LEADING_PREPOSITION.match(text)) is not None:
        candidates.append(text[prep.end():])
    for candidate in candidates:
        for family in FAMILIES:
            m = family.exact.fullmatch(candidate)
            if m is not None:
                return family.resolve(m, ctx)
    if not text:
        return ctx.unknown()
    return _dateparser_resolve(text, ctx) or ctx.unknown()


def find_date_expressions(text: str) -> list[tuple[int, int, str]]:
    """Find the date expressions in a sentence.

    Covers the families of `FAMILIES`: explicit dates (ISO, numeric, month-day with or without
    year and weekday, month-year, a month or year after "in"/"since"/..., weekdays with
    last/next/this, today/tomorrow/yesterday, last/next/this week/month/year, weekends,
    "in the coming weeks", "the past 26 years", "26 years ago", "in two weeks"). A preceding
    "on"/"in" is not part of an expression (except in "in the coming weeks", "in two weeks").
    Lower-case "may"/"march" are taken for the verbs, not the months.

    Args:
        text: the sentence (or any text).

    Returns:
        `(start_char, end_char, expression)` for the longest non-overlapping matches, left to
        right.

    Example:
        >>> find_date_expressions("Lukashenko met Putin on Monday, September 14.")
        [(24, 44, 'Monday, September 14')]
    """
    candidates: list[tuple[int, int]] = []
    for family in FAMILIES:
        for m in family.finder.finditer(text):
            if family.trigger and not (m["trigger"] or m["qual"]):
                continue
            months = [v for k, v in m.groupdict().items() if k.startswith("month") and v]
            if any(v in _AMBIGUOUS_MONTH_WORDS for v in months):
                continue
            candidates.append(m.span("expr"))
    chosen: list[tuple[int, int]] = []
    for start, end in sorted(candidates, key=lambda span: (span[0] - span[1], span[0])):
        if all(end <= s or start >= e for s, e in chosen):
            chosen.append((start, end))
    return [(start, end, text[start:end]) for start, end in sorted(chosen)]
