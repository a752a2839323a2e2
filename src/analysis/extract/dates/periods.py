"""Calendar arithmetic and the resolution context: the anchor, its precision, the direction,
and builders for each kind of `ResolvedDate`."""

from __future__ import annotations

import calendar
import datetime
from dataclasses import dataclass

from analysis.extract.dates.model import AnchorPrecision, ResolvedDate

DAY_DELTA = datetime.timedelta(days=1)


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


def pick(candidates: list[datetime.date], anchor: datetime.date, direction: int,
         slack: int = 0) -> datetime.date:
    """The candidate nearest `anchor` in `direction` (-1 past, +1 future, 0 nearest either way).

    Past takes the latest candidate on or before `anchor + slack`, future the earliest on or
    after `anchor - slack`; when none qualifies, or for the present, the nearest (ties: later).

    Args:
        candidates: the dates to choose from (at least one).
        anchor: the date to be near.
        direction: -1, 0 or +1.
        slack: days a candidate may lie on the wrong side and still count as in `direction`.

    Returns:
        The chosen candidate.
    """
    margin = datetime.timedelta(days=slack)
    if direction < 0 and (eligible := [c for c in candidates if c <= anchor + margin]):
        return max(eligible)
    if direction > 0 and (eligible := [c for c in candidates if c >= anchor - margin]):
        return min(eligible)
    return min(candidates, key=lambda c: (abs((c - anchor).days), c < anchor))


@dataclass(frozen=True)
class Context:
    """What a family resolver needs besides its match, and builders for its results.

    Attributes:
        text: the expression as given (the `text` of every result).
        anchor: the publication date, or None when unknown.
        anchor_precision: `day`, or `year` when only the anchor's year is known.
        direction: -1 past, 0 present, +1 future (from the sentence's tense).
    """

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
