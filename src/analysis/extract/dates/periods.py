"""Calendar arithmetic and the resolution context: the anchor, its precision, the direction,
and builders for each kind of `ResolvedDate`."""

from __future__ import annotations

import calendar
import datetime
from dataclasses import dataclass

from analysis.extract.dates.model import AnchorPrecision, ResolvedDate

DAY_DELTA = datetime.timedelta(days=1)
DAYS_IN_400_YEARS = 146097
_PRECISION_RANK = {"day": 0, "week": 1, "month": 2, "year": 3}


def month_end(year: int, month: int) -> datetime.date:
    """The last day of `month` in `year`."""
    return datetime.date(year, month, calendar.monthrange(year, month)[1])


def _shift_month(year: int, month: int, by: int) -> tuple[int, int]:
    index = year * 12 + month - 1 + by
    return index // 12, index % 12 + 1


def shift_date(day: datetime.date, unit: str, by: int) -> datetime.date:
    """`day` moved by `by` units (a day of month that does not exist is clipped: Feb 29 -> 28).

    Args:
        day: the date to move.
        unit: `day`, `week`, `month` or `year`.
        by: how many units, negative for backwards.

    Returns:
        The moved date.
    """
    if unit == "day":
        return day + datetime.timedelta(days=by)
    if unit == "week":
        return day + datetime.timedelta(weeks=by)
    year, month = _shift_month(day.year, day.month, by * (12 if unit == "year" else 1))
    return datetime.date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def date_or_none(year: int, month: int, day: int) -> datetime.date | None:
    """The date, or None when it does not exist (February 30)."""
    try:
        return datetime.date(year, month, day)
    except ValueError:
        return None


def day_number(year: int, month: int, day: int) -> int | None:
    """The proleptic Gregorian ordinal of a day in any year, inside the calendar or not.

    `datetime` stops at years 1 and 9999; the Gregorian calendar repeats every 400 years, so a day
    outside is numbered by the same day in the cycle inside, moved by whole cycles. Comparing such
    numbers tells which occurrence is nearest even when the nearest one leaves the calendar.

    Args:
        year: any year (0, -5 or 10000 included).
        month: 1 to 12.
        day: day of the month.

    Returns:
        `date.toordinal()` of the day (for years 1-9999), or None when the month has no such day.
    """
    cycles, offset = divmod(year - 1, 400)
    found = date_or_none(offset + 1, month, day)
    return None if found is None else found.toordinal() + cycles * DAYS_IN_400_YEARS


def day_of_number(number: int) -> datetime.date | None:
    """The date of a `day_number`, or None when it falls outside the calendar (years 1-9999)."""
    if not 1 <= number <= datetime.date.max.toordinal():
        return None
    return datetime.date.fromordinal(number)


def unit_edge_number(anchor: datetime.date, unit: str, by: int, edge: str) -> int:
    """The day number of the first, middle or last day of the `unit` `by` units from the anchor's.

    Args:
        anchor: the date whose week, month or year is counted from.
        unit: `week`, `month` or `year`.
        by: how many units later (negative: earlier).
        edge: `start`, `middle` or `end`.

    Returns:
        A `day_number` (it may lie outside the calendar).
    """
    if unit == "week":
        monday = anchor.toordinal() - anchor.weekday() + 7 * by
        return monday + {"start": 0, "middle": 3, "end": 6}[edge]
    months = 12 if unit == "year" else 1
    first = _shift_month(anchor.year, 1 if unit == "year" else anchor.month, by * months)
    after = _shift_month(*first, months)
    start, end = day_number(*first, 1), day_number(*after, 1) - 1
    return {"start": start, "middle": (start + end) // 2, "end": end}[edge]


def pick(candidates: list[int], anchor: int, direction: int, slack: int = 0) -> int:
    """The candidate nearest `anchor` in `direction` (-1 past, +1 future, 0 nearest either way).

    Past takes the latest candidate at or before `anchor + slack`, future the earliest at or
    after `anchor - slack`; when none qualifies, or for the present, the nearest (ties: later).

    Args:
        candidates: day numbers (or years) to choose from (at least one).
        anchor: the day number (or year) to be near.
        direction: -1, 0 or +1.
        slack: how far a candidate may lie on the wrong side and still count as in `direction`.

    Returns:
        The chosen candidate.
    """
    if direction < 0 and (eligible := [c for c in candidates if c <= anchor + slack]):
        return max(eligible)
    if direction > 0 and (eligible := [c for c in candidates if c >= anchor - slack]):
        return min(eligible)
    return min(candidates, key=lambda c: (abs(c - anchor), c < anchor))


@dataclass(frozen=True)
class Context:
    """What a family resolver needs besides its match, and builders for its results.

    Attributes:
        text: the expression as given (the `text` of every result).
        anchor: the publication date, or None when unknown.
        anchor_precision: `day`, or `year` when only the anchor's year is known.
        direction: -1 past, 0 present, +1 future (from the sentence's tense).
        references: the dates mentioned before the expression, in the order of the article
            (the reference times of anaphora: "the following day", "then"); empty when none.
    """

    text: str
    anchor: datetime.date | None
    anchor_precision: AnchorPrecision
    direction: int
    references: tuple[ResolvedDate, ...] = ()

    @property
    def reference(self) -> ResolvedDate | None:
        """The date mentioned last before the expression, or None."""
        return self.references[-1] if self.references else None

    def knows(self, unit: str) -> bool:
        """Whether the anchor fixes enough of the calendar to count in `unit` from it."""
        if self.anchor is None:
            return False
        return self.anchor_precision == "day" or unit == "year"

    def reference_day(self, unit: str) -> datetime.date | None:
        """The day anaphora count from in `unit`: the first day of the last reference at least
        as fine as `unit` (a year does not fix "the following day": the day mentioned before it
        does), None when there is none; without references, the anchor (when it knows `unit`),
        as TimeML starts the reference time at the document's creation time."""
        if not self.references:
            return self.anchor if self.knows(unit) else None
        fine = [r for r in self.references
                if _PRECISION_RANK.get(r.precision, 9) <= _PRECISION_RANK[unit]]
        return fine[-1].start if fine else None

    def relabel(self, resolved: ResolvedDate) -> ResolvedDate:
        """`resolved` as the resolution of this context's expression ("then": the reference)."""
        return ResolvedDate(self.text, resolved.value, resolved.precision, resolved.start,
                            resolved.end)

    def unknown(self) -> ResolvedDate:
        return ResolvedDate(self.text, None, "unknown", None, None)

    def day(self, day: datetime.date) -> ResolvedDate:
        return ResolvedDate(self.text, day.isoformat(), "day", day, day)

    def week(self, day: datetime.date) -> ResolvedDate:
        iso_year, iso_week, _ = day.isocalendar()
        monday = day - datetime.timedelta(days=day.weekday())
        return ResolvedDate(self.text, f"{iso_year:04d}-W{iso_week:02d}", "week", monday,
                            monday + datetime.timedelta(days=6))

    def month(self, year: int, month: int) -> ResolvedDate:
        return ResolvedDate(self.text, f"{year:04d}-{month:02d}", "month",
                            datetime.date(year, month, 1), month_end(year, month))

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
