"""Date expressions in news text, resolved against the article's publication date.

News rarely writes full dates. "Lavrov will hold talks in Moscow on September 2", "met Putin on
Monday", "last week", "in the coming weeks", "26 years ago": each is read against the *anchor*,
the publication date of the article (its "now"), and the tense of the sentence decides the
direction ("will visit on Thursday" is the next Thursday, "met on Monday" the last one).

Pure functions, no spaCy needed:

- `find_date_expressions(text)` finds the expressions in a sentence (the regex families of
  `FAMILIES`);
- `sentence_tense(sentence, around)` reads the tense of the clause around an expression;
- `resolve_date(expression, anchor, sentence, reference=...)` turns one expression into a
  `ResolvedDate`: an ISO value at its precision (`2020-09-14`, `2020-W37`, `2020-09`, `2020`,
  `2020-09-15/2020-10-12`) with the first and last day it covers;
- `resolve_in_order(expressions, anchor)` resolves an article's expressions in order, each
  anaphor ("the following day", "that year", "then") against the date mentioned last before it.

Values and precisions follow TIMEX3 (TimeML) within what `analysis.frames` reads; the
conventions, family by family, are in `docs/dates.md`. Rules (each is tested in
`tests/test_dates.py` and `tests/test_dates_families.py`):

- Explicit dates with a year (`Sep 02, 2020`, `2 September 2020`, `2020-09-14`) are days,
  `September 2020` a month, a year alone (`in 1994`, `fiscal 1989`, `the 1988 period`,
  `nineteen ninety-six`) a year, whatever the anchor.
- A year-less date (`September 14`, `Monday, September 14`) takes the year that puts it nearest
  the anchor in the sentence's direction: past, the latest such date on or before the anchor;
  future, the earliest on or after it; present, the nearest. A date up to
  `DIRECTION_SLACK_DAYS` on the "wrong" side is kept rather than moved by a year. A weekday given
  with it breaks ties: if the chosen year contradicts it, the nearest year (anchor year +-1)
  where it holds wins. A month alone and a two-digit year (`'58`) follow the same rule.
- A weekday names the anchor day itself when it is the anchor's weekday (journalistic "met on
  Monday" in a Monday article); otherwise past tense takes the previous one, future the next,
  present the nearest. "last Monday" is always strictly before the anchor, "next Monday" always
  strictly after (the first one after, not the one a week later); "this Monday" the coming one
  unless the sentence looks back.
- Relative expressions count from the anchor: days (`yesterday`), ISO weeks (`last week`, `six
  weeks ago`), months, years (`26 years ago`, `year-ago`, `the past year`), ranges (`in the
  coming weeks`, `over the weekend`, `the past 26 years`). The edge of a unit (`year-end`, `the
  end of the month`) is the last one before the anchor in a past sentence, else the next one.
- Modifiers (`early Tuesday`, `the middle of October`, `around Nov. 1`) keep the value of what
  they modify, as TIMEX3 does (its `mod` is not kept).
- Anaphora take the reference time (`reference`): the date mentioned last before them; without
  one, the anchor ("then", "that year" stay `unknown`).
- Without an anchor only explicit dates resolve; everything else is `unknown` (never guessed).
  With `anchor_precision="year"` (the corpus fixes the year, not the day) year-less calendar
  dates and year-sized relatives (`last year`, `26 years ago`) resolve; weekdays and other
  relatives stay `unknown`. A date that would leave the calendar (before year 1, after 9999) is
  `unknown`, never an exception.

The regexes find and classify the expressions; dateparser parses the explicit forms the
regexes do not take apart themselves (numeric `14.09.2020`, `Sep 02, 2020, 03:03 PM IST`).

Modules:

- `model`: `ResolvedDate`, the `Tense`/`Precision` types and the judgement constants;
- `words`: word lists and regex fragments (month and weekday names from
  `analysis.extract.calendar`);
- `expressions`: the families (`FAMILIES`) and `find_date_expressions`;
- `tense`: `sentence_tense`;
- `anchoring`: one resolver per family, reading a match against the anchor;
- `years`: the resolvers of year-level expressions and of a unit's edges;
- `reference`: the resolvers of anaphora, reading a match against the reference time;
- `periods`: calendar arithmetic and the resolution context;
- `dateparsing`: the dateparser fallback for explicit forms;
- `resolve`: `resolve_date` and `resolve_in_order`.

Example:
    >>> resolve_date("on Thursday", "2020-09-02", "Mishustin will visit Belarus on Thursday").value
    '2020-09-03'
"""

from __future__ import annotations

from analysis.extract.dates.expressions import FAMILIES, find_date_expressions
from analysis.extract.dates.model import (
    DIRECTION_SLACK_DAYS,
    VAGUE_SPAN_DAYS,
    WEEKDAY_YEAR_SEARCH,
    ResolvedDate,
)

# The type aliases of the signatures stay reachable here, as before the split (not in __all__).
from analysis.extract.dates.model import AnchorPrecision as AnchorPrecision
from analysis.extract.dates.model import Precision as Precision
from analysis.extract.dates.model import Tense as Tense
from analysis.extract.dates.resolve import iter_resolve_in_order, resolve_date, resolve_in_order
from analysis.extract.dates.tense import sentence_tense

__all__ = [
    "DIRECTION_SLACK_DAYS",
    "FAMILIES",
    "VAGUE_SPAN_DAYS",
    "WEEKDAY_YEAR_SEARCH",
    "ResolvedDate",
    "find_date_expressions",
    "iter_resolve_in_order",
    "resolve_date",
    "resolve_in_order",
    "sentence_tense",
]
