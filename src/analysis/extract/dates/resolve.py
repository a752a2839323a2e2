"""`resolve_date`: one date expression, read against the article's publication date.

Checks the arguments, reads the anchor and the sentence's tense, then tries the families of
`FAMILIES` on the normalised expression, then on it without a leading preposition and without a
leading modifier ("early", "around", "the end of": TIMEX3 keeps the value of what they modify);
dateparser takes what no family matches. `resolve_in_order` resolves the expressions of an
article in order, each against the date mentioned last before it (the reference time).
"""

from __future__ import annotations

import datetime
import re
from collections.abc import Iterable, Iterator

from analysis.extract.dates.dateparsing import dateparser_resolve
from analysis.extract.dates.expressions import resolve_by_family
from analysis.extract.dates.model import AnchorPrecision, ResolvedDate, Tense
from analysis.extract.dates.periods import Context
from analysis.extract.dates.reference import parse_references
from analysis.extract.dates.tense import APOSTROPHES, sentence_tense

# A year written out in a date expression ("Nov. 18, 2021"): its direction is fixed.
YEAR = re.compile(r"\d{4}")
# A bare day number coordinated after or before a day date ("August 19 and 20", "19 and 20
# August"), not a count or a time ("and 20 people", "and 20.5").
DAY_AFTER = re.compile(r"\s*(?:and|&)\s*(\d{1,2})"
                       r"(?!\d|[:.,]\d|\s*(?:%|per|percent|people|of)\b)")
DAY_BEFORE = re.compile(r"(?<!\d)(\d{1,2})\s*(?:and|&)\s*$")

_DIRECTIONS = {"past": -1, "present": 0, "future": 1}
_LEADING_PREPOSITION = re.compile(
    r"(?:on|in|at|during|by|since|until|till|from|of|before|after|over|for)\s+", re.IGNORECASE)
# Words that modify a date without moving it (TIMEX3 `mod` START, MID, END, APPROX).
_LEADING_MODIFIER = re.compile(
    r"(?:early|late|earlier|later|around|about|approximately|roughly|circa|some|nearly|almost"
    r"|sometime)\s+(?:(?:in|on|during)\s+)?|(?:the\s+)?(?:very\s+)?(?:beginning|start|middle|end"
    r"|close)\s+of\s+",
    re.IGNORECASE)


def _check_arguments(expression: object, anchor_precision: str, tense: str | None) -> None:
    """Raise for an unknown `anchor_precision` or `tense`, or an `expression` not a string."""
    if anchor_precision not in ("day", "year"):
        raise ValueError(f"anchor_precision {anchor_precision!r}: expected 'day' or 'year'")
    if tense is not None and tense not in _DIRECTIONS:
        raise ValueError(f"tense {tense!r}: expected 'past', 'future' or 'present'")
    if not isinstance(expression, str):
        raise TypeError(f"expression {expression!r} is not a string")


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
        try:
            if re.fullmatch(r"\d{4}", text):
                return datetime.date(int(text), 1, 1), "year"
            return datetime.date.fromisoformat(text[:10]), anchor_precision
        except ValueError:  # "0000", "2020-02-30": not a date
            pass
    raise ValueError(f"anchor {anchor!r} is not a date: expected a datetime.date, an ISO date "
                     "string ('2020-09-14'), a year ('2020'), an empty string or None")


def _locate(expression: str, sentence: str) -> tuple[int, int] | None:
    """Where `expression` is in `sentence` (exactly, else case-insensitively), or None."""
    start = sentence.find(expression)
    if start >= 0:
        return start, start + len(expression)
    m = re.search(re.escape(expression.strip()), sentence, re.IGNORECASE)
    return m.span() if m else None


def _tense_of(expression: str, sentence: str | None) -> Tense:
    """The tense of the clause around `expression` in `sentence`; present without a sentence."""
    if not sentence:
        return "present"
    around = _locate(expression, sentence) if expression.strip() else None
    return sentence_tense(sentence, around)


def _normalise(expression: str) -> str:
    text = " ".join(expression.translate(APOSTROPHES).split())
    text = text.strip(" ,;:!?\"“”()[]")
    text = re.sub(r"'s$", "", text)
    text = re.sub(r"^'+(?!\d\d\b)|'+$", "", text)  # quotes, not the apostrophe of "'58"
    return text.rstrip(".")  # an abbreviated month's period is optional in the patterns


def _without_leading(pattern: re.Pattern[str], texts: list[str]) -> list[str]:
    """Each of `texts`, then it without what `pattern` matches at its start (when it does)."""
    found = []
    for text in texts:
        m = pattern.match(text)
        found += [text] if m is None or m.end() == len(text) else [text, text[m.end():]]
    return found


def _readings(text: str) -> list[str]:
    """`text`, then without its leading preposition, then (each) without a leading modifier."""
    return _without_leading(_LEADING_MODIFIER, _without_leading(_LEADING_PREPOSITION, [text]))


def _resolve_by_family(text: str, ctx: Context) -> ResolvedDate | None:
    """The first family that matches all of `text` (or of it without a preposition or a
    modifier), resolved."""
    for candidate in _readings(text):
        resolved = resolve_by_family(candidate, ctx)
        if resolved is not None:
            return resolved
    return None


def _resolve_text(text: str, ctx: Context) -> ResolvedDate | None:
    """`text` resolved by its family, else by dateparser; None when neither gives a date or the
    date would fall outside the calendar (before year 1 or after 9999)."""
    try:
        resolved = _resolve_by_family(text, ctx)
        if resolved is None and text:
            resolved = dateparser_resolve(text, ctx)
    except (OverflowError, ValueError):  # date arithmetic past datetime.MINYEAR / MAXYEAR
        return None
    return resolved


def resolve_date(
    expression: str,
    anchor: datetime.date | str | None,
    sentence: str | None = None,
    *,
    anchor_precision: AnchorPrecision = "day",
    tense: Tense | None = None,
    reference: ResolvedDate | datetime.date | str | list | tuple | None = None,
) -> ResolvedDate:
    """Resolve one date expression against the anchor (the article's publication date).

    Args:
        expression: the date expression ("on Monday", "September 14", "last week",
            "26 years ago"); a leading preposition or modifier ("early", "around") is ignored.
        anchor: the publication date: a `datetime.date`, an ISO string, a year string
            ("2020", read as `anchor_precision="year"`), or None / "" when unknown.
        sentence: the sentence the expression comes from; its tense (around the expression, see
            `sentence_tense`) picks the direction for weekdays and year-less dates.
        anchor_precision: `"day"`, or `"year"` when the anchor fixes only the year (then
            weekdays and relatives other than years are `unknown`).
        tense: the tense, when the caller knows it; overrides `sentence`. Without either, the
            nearest date in either direction is taken.
        reference: the date mentioned last before the expression in the article (a
            `ResolvedDate`, a date or an ISO value such as `1989-10-26`, `1989-10`, `1989`), or
            the dates mentioned before it, a list in article order: anaphora ("the following
            day", "the previous Friday", "that year", "then") count from the last one at least
            as fine as they are. None: they count from the anchor ("then", "that year" stay
            `unknown`).

    Returns:
        The `ResolvedDate`; precision `unknown` (value None) when the expression is not a date,
        the anchor does not fix it, or the date (or the week, range … around it) would fall
        before year 1 or after year 9999.

    Raises:
        ValueError: for an anchor or a reference that is not a date, or an unknown
            `anchor_precision`/`tense`.
        TypeError: when `expression` is not a string.

    Example:
        >>> resolve_date("last week", "2020-09-02").value
        '2020-W35'
        >>> resolve_date("26 years ago", "2020-08-31").value
        '1994'
    """
    _check_arguments(expression, anchor_precision, tense)
    anchor_date, anchor_precision = _parse_anchor(anchor, anchor_precision)
    if tense is None:
        tense = _tense_of(expression, sentence)
    ctx = Context(expression, anchor_date, anchor_precision, _DIRECTIONS[tense],
                  parse_references(reference))
    return _resolve_text(_normalise(expression), ctx) or ctx.unknown()


def resolve_in_order(
    expressions: Iterable[tuple[str, str | None]],
    anchor: datetime.date | str | None,
    *,
    anchor_precision: AnchorPrecision = "day",
) -> list[ResolvedDate]:
    """Resolve the date expressions of one article in the order they come, each anaphor against
    the date mentioned last before it.

    Every expression resolved to a day, week, month or year becomes a reference time of the
    ones after it (a range or an unresolved expression does not), as TimeML annotators read
    "Baker met Shevardnadze on Sept. 22. The following day ..."; an anaphor counts from the last
    one at least as fine as itself.

    Args:
        expressions: `(expression, sentence)` pairs in the order of the article (the sentence
            may be None).
        anchor: the publication date, as for `resolve_date`.
        anchor_precision: as for `resolve_date`.

    Returns:
        One `ResolvedDate` per expression, in the same order.

    Example:
        >>> [r.value for r in resolve_in_order([("Sept. 22", "They met on Sept. 22."),
        ...                                     ("the following day", None)], "1989-10-30")]
        ['1989-09-22', '1989-09-23']
    """
    return list(iter_resolve_in_order(expressions, anchor, anchor_precision=anchor_precision))


def iter_resolve_in_order(
    expressions: Iterable[tuple[str, str | None]],
    anchor: datetime.date | str | None,
    *,
    anchor_precision: AnchorPrecision = "day",
) -> Iterator[ResolvedDate]:
    """`resolve_in_order`, one expression at a time: a caller that needs only the dates up to
    some point of the article reads (and pays for) no more.

    Args:
        expressions: `(expression, sentence)` pairs in the order of the article, or
            `(expression, sentence, bound)` triples: a bound of a span ("until Tuesday") is
            resolved but is no reference time of the expressions after it.
        anchor: the publication date, as for `resolve_date`.
        anchor_precision: as for `resolve_date`.

    Returns:
        An iterator of one `ResolvedDate` per expression, in the same order.
    """
    references: list[ResolvedDate] = []
    for expression, sentence, *bound in expressions:
        date = resolve_date(expression, anchor, sentence, anchor_precision=anchor_precision,
                            reference=references)
        if not any(bound):
            references.extend(parse_references(date))
        yield date


def forward(resolved: ResolvedDate, anchor: datetime.date) -> ResolvedDate:
    """A date of an intended event read forward where it was read back without a year ("plans
    for the Nov. 18 summit" in a past-tense sentence).

    Args:
        resolved: the date as read in its sentence.
        anchor: the publication date (to the day).

    Returns:
        The date read as a future one, or `resolved` when it has a year, is no day or month
        before the anchor, or reads as nothing forward.
    """
    if resolved.end is None or resolved.end >= anchor or YEAR.search(resolved.text) \
            or resolved.precision not in ("day", "month", "range"):
        return resolved
    ahead = resolve_date(resolved.text, anchor, tense="future")
    return ahead if ahead.value is not None else resolved


def coordinated_days(day: ResolvedDate, before: str, after: str) -> list[ResolvedDate]:
    """The bare day numbers coordinated with a day date: "20" in "August 19 and 20", "19" in
    "19 and 20 August".

    Args:
        day: the date, to the day.
        before: the sentence's text before its expression.
        after: the sentence's text after it.

    Returns:
        The other days, in the month of `day`.
    """
    numbers = [int(m[1]) for m in (DAY_BEFORE.search(before), DAY_AFTER.match(after)) if m]
    days = []
    for number in numbers:
        try:
            other = day.start.replace(day=number)
        except ValueError:
            continue
        days.append(ResolvedDate(f"{number}", other.isoformat(), "day", other, other))
    return days
