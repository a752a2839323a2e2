"""dateparser, for the explicit forms the families do not take apart (numeric `14.09.2020`,
`Sep 02, 2020, 03:03 PM IST`)."""

from __future__ import annotations

import datetime
import functools
import re
from typing import TYPE_CHECKING

from analysis.extract.dates.model import ResolvedDate
from analysis.extract.dates.periods import Context
from analysis.extract.dates.words import YEAR

if TYPE_CHECKING:
    from dateparser.date import DateDataParser


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
    years = re.findall(rf"(?<!\d){YEAR}", text)
    if not years:
        return None
    data = _date_parser("MDY" if "/" in text else "DMY").get_date_data(text)
    if data.date_obj is None or str(data.date_obj.year) not in years:
        return None
    period = "month" if data.period == "month" else "day" if data.period in ("day", "time") else None
    return (period, data.date_obj.date()) if period else None


def dateparser_resolve(text: str, ctx: Context) -> ResolvedDate | None:
    """An explicit date with a year, read by dateparser.

    Args:
        text: the expression (normalised).
        ctx: the resolution context (only its result builders are used).

    Returns:
        A day or month `ResolvedDate`, or None when dateparser finds no date with a year.
    """
    parsed = _dateparse(text)
    if parsed is None:
        return None
    period, day = parsed
    return ctx.day(day) if period == "day" else ctx.month(day.year, day.month)
