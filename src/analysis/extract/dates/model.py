"""The result of resolving a date expression, its vocabulary types, and the judgement constants
that decide ambiguous cases."""

from __future__ import annotations

import datetime
from dataclasses import dataclass
from typing import Literal

Precision = Literal["day", "week", "month", "year", "range", "unknown"]
Tense = Literal["past", "future", "present"]
AnchorPrecision = Literal["day", "year"]

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
