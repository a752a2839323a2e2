"""Anaphora: expressions read against the reference time, the date mentioned last before them
in the article ("the following day", "the previous Friday", "that year", "then"), not against
the publication date.

An anaphor counts from the last reference at least as fine as itself ("the following day" from
the day mentioned last, even after "next year"), as HeidelTime does; when none is fine enough
it stays `unknown`. Without any reference the anchor stands in (TimeML starts the reference time
at the document's creation time), except for "then" and "that year"/"the same day", which point
back to a date and stay `unknown` when there is none.
"""

from __future__ import annotations

import datetime
import re

from analysis.extract.calendar import WEEKDAYS
from analysis.extract.dates.model import ResolvedDate
from analysis.extract.dates.periods import Context, shift_date
from analysis.extract.dates.words import number

_STEPS = {"following": 1, "next": 1, "after": 1, "later": 1,
          "previous": -1, "preceding": -1, "prior": -1, "before": -1, "earlier": -1}
_REFERENCE_VALUE = re.compile(
    r"(?P<year>\d{4})(?:-W(?P<week>\d{2})|-(?P<month>\d{2})(?:-(?P<day>\d{2}))?)?")


# What makes a bare "later" no step within the day: a span of days or more ("years later"), an
# article ("a later meeting") or a bound ("no later than").
_LONG_SPAN_BEFORE = re.compile(r"(?i)\b(?:days?|weeks?|months?|years?|decades?|a|the|no|much|not)"
                               r"\s*$")


def after_a_long_span(before: str) -> bool:
    """Whether a bare "later" after `before` steps more than a day on or is no step at all.

    Args:
        before: the sentence up to the expression.

    Returns:
        True when it is not the reference day's.
    """
    return _LONG_SPAN_BEFORE.search(before) is not None


def resolve_then(m: re.Match[str], ctx: Context) -> ResolvedDate:
    """`then`, `at the time`: the reference itself; `unknown` without one."""
    return ctx.relabel(ctx.reference) if ctx.reference else ctx.unknown()


def resolve_time_of_day(m: re.Match[str], ctx: Context) -> ResolvedDate:
    """`in the afternoon`, `at 11 a.m.`: the day of the reference (the day the narrative is at),
    else the anchor's."""
    base = ctx.reference_day("day")
    return ctx.day(base) if base else ctx.unknown()


def resolve_that_unit(m: re.Match[str], ctx: Context) -> ResolvedDate:
    """`that year`, `the same day`: the reference's day, week, month or year."""
    unit = m["unit"].lower()
    base = ctx.reference_day(unit) if ctx.reference else None
    return ctx.unit(unit, base) if base else ctx.unknown()


def resolve_reference_step(m: re.Match[str], ctx: Context) -> ResolvedDate:
    """`the following month`, `the previous week`, `the next day`, `the day before`: one unit
    after or before the reference."""
    groups = m.groupdict()
    unit = (groups.get("unit") or "day").lower()
    base = ctx.reference_day(unit)
    if base is None:
        return ctx.unknown()
    by = _STEPS[(groups.get("step") or groups.get("step2")).lower()]
    return ctx.unit(unit, shift_date(base, unit, by))


def resolve_reference_offset(m: re.Match[str], ctx: Context) -> ResolvedDate:
    """`two days later`, `a year earlier`: N units from the reference, at the unit's precision."""
    unit = m["unit"].lower()
    base = ctx.reference_day(unit)
    if base is None:
        return ctx.unknown()
    return ctx.unit(unit, shift_date(base, unit, _STEPS[m["step"].lower()] * number(m["n"])))


def resolve_reference_weekday(m: re.Match[str], ctx: Context) -> ResolvedDate:
    """`the previous Friday`, `the following Tuesday`: the weekday strictly before or after the
    reference day."""
    base = ctx.reference_day("day")
    if base is None:
        return ctx.unknown()
    target = WEEKDAYS.index(m["weekday"].lower())
    if _STEPS[m["step"].lower()] < 0:
        offset = -((base.weekday() - target) % 7 or 7)
    else:
        offset = (target - base.weekday()) % 7 or 7
    return ctx.day(base + datetime.timedelta(days=offset))


def parse_references(references: object) -> tuple[ResolvedDate, ...]:
    """The reference times given to `resolve_date`, as `ResolvedDate`s in article order.

    Args:
        references: one reference or a list/tuple of them in the order of the article, each a
            `ResolvedDate` (a range or an unresolved one is no reference), a `datetime.date`, an
            ISO value at its precision (`1989-10-26`, `1989-W43`, `1989-10`, `1989`) or None.

    Returns:
        The usable references, oldest first (empty when there is none).

    Raises:
        ValueError: for a string that is not such an ISO value, or another type.
    """
    items = references if isinstance(references, list | tuple) else [references]
    return tuple(found for item in items if (found := _parse_reference(item)) is not None)


def _parse_reference(reference: object) -> ResolvedDate | None:
    """One reference time as a `ResolvedDate`, or None when it is none or no date."""
    if reference is None or isinstance(reference, ResolvedDate):
        usable = reference is not None and reference.precision in ("day", "week", "month", "year")
        return reference if usable else None
    ctx = Context("", None, "day", 0)
    if isinstance(reference, datetime.datetime):
        return ctx.day(reference.date())
    if isinstance(reference, datetime.date):
        return ctx.day(reference)
    m = _REFERENCE_VALUE.fullmatch(reference.strip()) if isinstance(reference, str) else None
    if m is None:
        raise ValueError(f"reference {reference!r}: expected a date, an ISO value ('1989-10-26', "
                         "'1989-W43', '1989-10', '1989'), a ResolvedDate or None")
    return _from_value(m, ctx)


def _from_value(m: re.Match[str], ctx: Context) -> ResolvedDate | None:
    """The `ResolvedDate` of an ISO value matched by `_REFERENCE_VALUE`; None for a week that
    runs past the calendar's end (9999-W52)."""
    year = int(m["year"])
    try:
        if m["week"]:
            return ctx.week(datetime.date.fromisocalendar(year, int(m["week"]), 1))
        if m["day"]:
            return ctx.day(datetime.date(year, int(m["month"]), int(m["day"])))
        return ctx.month(year, int(m["month"])) if m["month"] else ctx.year(year)
    except OverflowError:
        return None
    except ValueError as error:
        raise ValueError(f"reference {m.group(0)!r} is not a date: {error}") from None
