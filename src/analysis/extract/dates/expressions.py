"""The expression families (one regex each, shared by `find_date_expressions` and
`resolve_date`) and the finder of date expressions in running text."""

from __future__ import annotations

import functools
import re
from collections.abc import Callable
from dataclasses import dataclass

from analysis.extract.dates import anchoring
from analysis.extract.dates.model import ResolvedDate
from analysis.extract.dates.periods import Context
from analysis.extract.dates.words import (
    AMBIGUOUS_MONTH_WORDS,
    DAY,
    DAY_PART,
    DAY_WORDS,
    FULL_MONTH,
    MONTH,
    NOT_YEAR_AFTER,
    NUM,
    UNIT,
    WD,
    YEAR,
    alternation,
)

_YEAR_TRIGGERS = r"in|since|until|till|during|from|before|after"
_MONTH_TRIGGERS = r"in|since|until|till|during|from|before|after|by|of"


@dataclass(frozen=True)
class Family:
    """A kind of date expression: its regex and how to resolve a match.

    `trigger` (a regex of preceding words) makes `find_date_expressions` accept a match in running
    text only after one of those words or with a `qual` group of its own (a bare "1994" or "May"
    is too often something else); the trigger word is not part of the expression.
    """

    name: str
    pattern: str
    resolve: Callable[[re.Match[str], Context], ResolvedDate]
    trigger: str | None = None

    @functools.cached_property
    def exact(self) -> re.Pattern[str]:
        return re.compile(self.pattern, re.IGNORECASE)

    @functools.cached_property
    def finder(self) -> re.Pattern[str]:
        prefix = rf"(?:(?P<trigger>{self.trigger})\s+)?" if self.trigger else ""
        return re.compile(rf"(?<![\w-]){prefix}(?P<expr>{self.pattern})(?![\w-])", re.IGNORECASE)


FAMILIES: tuple[Family, ...] = (
    Family("iso", r"(?P<year>\d{4})-(?P<month>\d{2})-(?P<day>\d{2})", anchoring.resolve_iso),
    Family("numeric", rf"\d{{1,2}}(?P<sep>[./])\d{{1,2}}(?P=sep){YEAR}|{YEAR}/\d{{1,2}}/\d{{1,2}}",
           anchoring.resolve_numeric),
    Family(
        "month_day",
        rf"(?:(?P<weekday>{WD}),?\s+)?"
        rf"(?:(?:the\s+)?(?P<day1>{DAY})\s+(?:of\s+)?(?P<month1>{MONTH})"
        rf"|(?P<month2>{MONTH})\s+(?:the\s+)?(?P<day2>{DAY}))"
        rf"(?:,?\s+(?P<year>{YEAR}))?",
        anchoring.resolve_month_day,
    ),
    Family("month_year", rf"(?P<month>{MONTH}),?\s+(?:of\s+)?(?P<year>{YEAR})",
           anchoring.resolve_month_year),
    Family("month", rf"(?:(?P<qual>last|next|this|early|late|mid-)\s*)?(?P<month>{FULL_MONTH})",
           anchoring.resolve_month, trigger=_MONTH_TRIGGERS),
    Family("year", rf"(?:(?P<qual>early|late|mid-)\s*)?(?P<year>{YEAR}){NOT_YEAR_AFTER}",
           anchoring.resolve_year, trigger=_YEAR_TRIGGERS),
    Family("weekday",
           rf"(?:(?P<qual>last|next|this\s+coming|coming|this|past)\s+)?(?P<weekday>{WD})"
           rf"{DAY_PART}",
           anchoring.resolve_weekday),
    Family("day_word",
           rf"(?:(?:literally|only|just)\s+)?(?P<word>{alternation(list(DAY_WORDS))})"
           rf"{DAY_PART}",
           anchoring.resolve_day_word),
    Family("unit_relative",
           rf"(?P<qual>last|previous|next|this|(?:earlier|later|early|late)\s+this)\s+{UNIT}",
           anchoring.resolve_unit_relative),
    Family("weekend",
           r"(?P<qual>last|next|this|coming|past|(?:over|at|on|during)\s+the|the)\s+weekend",
           anchoring.resolve_weekend),
    Family("coming",
           rf"(?:in\s+)?the\s+(?:coming|next|upcoming)"
           rf"(?:\s+(?P<vague>few|couple\s+of)|\s+(?P<n>{NUM}))?\s+{UNIT}(?P<plural>s)?"
           r"(?:\s+(?:and|or)\s+(?P<unit2>day|week|month|year)s)?",
           anchoring.resolve_coming),
    Family("past_span",
           rf"(?:the\s+(?:past|last)(?:\s+(?P<vague>few|couple\s+of)|\s+(?P<n>{NUM}))?"
           rf"|(?:past|last)\s+(?P<n2>{NUM}))\s+{UNIT}(?P<plural>s)?",
           anchoring.resolve_past_span),
    Family("ago", rf"(?P<n>a|an|{NUM})\s+{UNIT}s?\s+ago", anchoring.resolve_ago),
    Family("in_n", rf"in\s+(?P<n>a|an|{NUM})\s+{UNIT}s?(?:'|’)?(?:\s+time)?",
           anchoring.resolve_in_n),
)
"""The date-expression families, in the order `resolve_date` tries them (first full match wins)."""


def _accepted(family: Family, m: re.Match[str]) -> bool:
    """Whether a match in running text is a date: a triggered family needs its trigger word or a
    qualifier, and lower-case "may"/"march" are verbs."""
    if family.trigger and not (m["trigger"] or m["qual"]):
        return False
    months = [v for k, v in m.groupdict().items() if k.startswith("month") and v]
    return not any(v in AMBIGUOUS_MONTH_WORDS for v in months)


def _candidate_spans(text: str) -> list[tuple[int, int]]:
    """The spans of every accepted match of every family in `text` (overlaps included)."""
    return [m.span("expr") for family in FAMILIES for m in family.finder.finditer(text)
            if _accepted(family, m)]


def _longest_first(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The non-overlapping spans, longer ones (then earlier ones) winning, left to right."""
    chosen: list[tuple[int, int]] = []
    for start, end in sorted(spans, key=lambda span: (span[0] - span[1], span[0])):
        if all(end <= s or start >= e for s, e in chosen):
            chosen.append((start, end))
    return sorted(chosen)


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
    return [(start, end, text[start:end]) for start, end in _longest_first(_candidate_spans(text))]
