"""The expression families (one regex each, shared by `find_date_expressions` and
`resolve_date`) and the finder of date expressions in running text."""

from __future__ import annotations

import functools
import re
from collections.abc import Callable
from dataclasses import dataclass, replace

from analysis.extract.dates import anchoring, reference, years
from analysis.extract.dates.model import ResolvedDate
from analysis.extract.dates.periods import Context, shift_date
from analysis.extract.dates.reference import after_a_long_span
from analysis.extract.dates.tense import looks_back
from analysis.extract.dates.words import (
    AMBIGUOUS_MONTH_WORDS,
    CLOCK_24,
    CUES,
    DAY,
    DAY_PART,
    DAY_WORDS,
    FULL_MONTH,
    MONTH,
    NOT_YEAR_AFTER,
    NUM,
    SPELLED_YEAR,
    UNIT,
    WD,
    YEAR,
    alternation,
    number,
)

_YEAR_TRIGGERS = r"in|since|until|till|during|from|before|after"
_MONTH_TRIGGERS = r"in|since|until|till|during|from|before|after|by|of"
# What may stand before a year and make it one on its own: "fiscal 1989", "the end of 1990".
_YEAR_QUALIFIERS = (
    r"early|late|mid-|the\s+year|fiscal(?:\s+year)?"
    r"|(?:the\s+)?(?:beginning|start|middle|end|close)\s+of"
)
# "the day", "the year" that another phrase defines are not dates on their own ("the day of the
# vote", "the day they met", "the Year of Russia", "the fiscal year 2020-2021").
_NOT_INTRODUCING = (
    r"(?!\s+(?:of|when|that|which|on\s+which|in\s+which|before|after|they|he|she|we|i|you|it)"
    r"\b|\s*\d)"
)
_STEP_BACK_OR_ON = r"following|previous|preceding|prior"
# What joins the first and last days of a span ("3-4 October", "8 to 15 June").
_UNTIL = r"(?:-|–|to|until|till)"
_CUES = re.compile("|".join(f"(?P<{name}>{cue})" for name, cue in CUES.items()), re.IGNORECASE)


@dataclass(frozen=True)
class Family:
    """A kind of date expression: its regex and how to resolve a match.

    `cue` names the entry of `CUES` (a digit, a month name, a unit word ...) without which the
    family cannot match: `find_date_expressions` runs it only on text that has it; a family
    without a cue ("then") resolves what it is given but is never looked for in running text.
    `trigger` (a regex of preceding words) makes `find_date_expressions` accept a match in running
    text only after one of those words or with a `qual` group of its own (a bare "1994" or "May"
    is too often something else); the trigger word is not part of the expression. `rejects`, a
    test of the text before a match in running text, refuses the matches it holds for
    ("in 12 years" after "the first visit").
    """

    name: str
    cue: str | None
    pattern: str
    resolve: Callable[[re.Match[str], Context], ResolvedDate]
    trigger: str | None = None
    rejects: Callable[[str], bool] | None = None

    @property
    def in_text(self) -> bool:
        """Whether the family is looked for in running text."""
        return self.cue is not None

    @functools.cached_property
    def exact(self) -> re.Pattern[str]:
        return re.compile(self.pattern, re.IGNORECASE)

    @functools.cached_property
    def finder(self) -> re.Pattern[str]:
        prefix = rf"(?:(?P<trigger>{self.trigger})\s+)?" if self.trigger else ""
        return re.compile(rf"(?<![\w-]){prefix}(?P<expr>{self.pattern})(?![\w-])", re.IGNORECASE)


# The families that place an event in the day the narrative is at, no day of their own.
NARRATIVE_DAY_FAMILIES = ("narrative_step", "day_part", "clock_time")


def gives_no_day(expression: str) -> bool:
    """Whether a date expression only places its event in the day the narrative is at
    ("later", "afterward", "in the afternoon", "at 11 a.m."), naming no day of its own.

    Args:
        expression: an expression `find_date_expressions` found.

    Returns:
        True for such an expression.
    """
    return any(family.exact.fullmatch(expression) for family in FAMILIES
               if family.name in NARRATIVE_DAY_FAMILIES)


def resolve_by_family(text: str, ctx: Context) -> ResolvedDate | None:
    """`text` resolved by the first family that matches all of it, else None.

    Args:
        text: a date expression, normalised.
        ctx: the context it is read in.

    Returns:
        The resolved date, or None when no family matches.
    """
    for family in FAMILIES:
        m = family.exact.fullmatch(text)
        if m is not None:
            return family.resolve(m, ctx)
    return None


def _resolve_ago_then(m: re.Match[str], ctx: Context) -> ResolvedDate:
    """"ten years ago last week", "a year ago today": the day or week it names, read as of that
    many years (or months) before the anchor."""
    unit = m["unit"].lower()
    if not ctx.knows(unit):
        return ctx.unknown()
    then = replace(ctx, anchor=shift_date(ctx.anchor, unit, -number(m["n"])))
    return ctx.relabel(resolve_by_family(m["rest"], then) or then.unknown())


def _resolve_this_day_in(m: re.Match[str], ctx: Context) -> ResolvedDate:
    """"on this date in 1989", "this day in 1960" (a column of history): the anchor's day of the
    year, in that year."""
    if not ctx.knows("day"):
        return ctx.unknown()
    try:
        return ctx.day(ctx.anchor.replace(year=int(m["year"])))
    except ValueError:  # 29 February of a year with none
        return ctx.unknown()


FAMILIES: tuple[Family, ...] = (
    Family("iso", "digit", r"(?P<year>\d{4})-(?P<month>\d{2})-(?P<day>\d{2})",
           anchoring.resolve_iso),
    Family("numeric", "digit",
           rf"\d{{1,2}}(?P<sep>[./])\d{{1,2}}(?P=sep){YEAR}|{YEAR}/\d{{1,2}}/\d{{1,2}}",
           anchoring.resolve_numeric),
    Family(
        "day_range", "digit",
        rf"(?:(?P<weekday>{WD}),?\s+)?"
        rf"(?:(?P<day1>{DAY})\s*{_UNTIL}\s*(?P<last1>{DAY})\s+(?:of\s+)?(?P<month1>{MONTH})"
        rf"|(?P<month2>{MONTH})\s+(?P<day2>{DAY})\s*{_UNTIL}\s*(?P<last2>{DAY}))"
        rf"(?:,?\s+(?P<year>{YEAR}))?",
        anchoring.resolve_day_range,
    ),
    Family(
        "month_day", "digit",
        rf"(?:(?P<weekday>{WD}),?\s+)?"
        rf"(?:(?:the\s+)?(?P<day1>{DAY})\s+(?:of\s+)?(?P<month1>{MONTH})"
        rf"|(?P<month2>{MONTH})(?:\s+|(?<=\.))(?:the\s+)?(?P<day2>{DAY}))"
        rf"(?:,?\s+(?P<year>{YEAR})|,?\s+(?:of\s+)?(?P<year_step>last|this|next)\s+year)?",
        anchoring.resolve_month_day,
    ),
    Family("month_year", "digit", rf"(?P<month>{MONTH}),?\s+(?:of\s+)?(?P<year>{YEAR})",
           anchoring.resolve_month_year),
    Family("month", "month",
           rf"(?:(?P<qual>last|next|this|early|late|mid-)\s*)?(?P<month>{FULL_MONTH})"
           r"(?:,?\s+(?:of\s+)?(?P<year_step>last|this|next)\s+year)?",
           anchoring.resolve_month, trigger=_MONTH_TRIGGERS),
    Family("year", "digit",
           rf"(?:(?P<qual>{_YEAR_QUALIFIERS})\s*)?(?P<year>{YEAR}){NOT_YEAR_AFTER}",
           anchoring.resolve_year, trigger=_YEAR_TRIGGERS),
    Family("year_period", "digit",
           rf"the\s+(?P<year>{YEAR})\s+(?:period|(?:fiscal|financial|calendar)\s+year|season"
           r"|(?:(?:first|second|third|fourth)\s+)?(?:quarter|half))",
           anchoring.resolve_year),
    Family("spelled_year", "number",
           rf"(?:(?P<qual>the\s+year)\s+)?(?P<words>{SPELLED_YEAR}){NOT_YEAR_AFTER}",
           years.resolve_spelled_year, trigger=rf"{_YEAR_TRIGGERS}|for"),
    Family("short_year", "digit", r"'(?P<yy>\d{2})(?![\w'])", years.resolve_short_year,
           trigger=rf"{_YEAR_TRIGGERS}|of|by"),
    Family("weekday", "weekday",
           rf"(?:(?P<qual>last|next|this\s+coming|coming|this|past)\s+)?(?P<weekday>{WD})"
           rf"{DAY_PART}",
           anchoring.resolve_weekday),
    Family("day_word", "day_word",
           rf"(?:(?:literally|only|just)\s+)?(?P<word>{alternation(list(DAY_WORDS))})"
           rf"{DAY_PART}",
           anchoring.resolve_day_word),
    Family("reference_day", "unit",
           rf"the\s+(?:(?P<step>next|{_STEP_BACK_OR_ON})\s+day|day\s+(?P<step2>before|after))",
           reference.resolve_reference_step),
    Family("unit_relative", "unit",
           rf"(?P<qual>last|previous|next|this|(?:earlier|later|early|late)\s+this)\s+{UNIT}",
           anchoring.resolve_unit_relative),
    Family("weekend", "unit",
           r"(?P<qual>last|next|this|coming|past|(?:over|at|on|during)\s+the|the)\s+weekend",
           anchoring.resolve_weekend),
    Family("coming", "unit",
           rf"(?:in\s+)?the\s+(?:coming|next|upcoming)"
           rf"(?:\s+(?P<vague>few|couple\s+of)|\s+(?P<n>{NUM}))?\s+{UNIT}(?P<plural>s)?"
           r"(?:\s+(?:and|or)\s+(?P<unit2>day|week|month|year)s)?(?:\s+or\s+so)?",
           anchoring.resolve_coming),
    Family("past_span", "unit",
           rf"(?:the\s+(?P<which>past|last)(?:\s+(?P<vague>few|couple\s+of)|\s+(?P<n>{NUM}))?"
           rf"|(?:past|last)\s+(?P<n2>{NUM}))\s+{UNIT}(?P<plural>s)?",
           anchoring.resolve_past_span),
    Family("ago_then", "unit",
           rf"(?P<n>a|an|{NUM})\s+(?P<unit>year|month)s?\s+ago\s+(?:on\s+)?(?P<rest>today|"
           rf"yesterday|tomorrow|(?:last|this|next)\s+(?:week|month|weekend)|(?:last\s+)?{WD})",
           _resolve_ago_then),
    Family("this_day_in", "digit", rf"this\s+(?:date|day)\s+in\s+(?P<year>{YEAR})",
           _resolve_this_day_in),
    Family("ago", "unit", rf"(?P<n>a|an|{NUM})\s+{UNIT}s?(?:\s+or\s+so)?\s+ago",
           anchoring.resolve_ago),
    Family("vague_ago", "unit",
           r"(?:some|several|many|a\s+few|a\s+couple\s+of)\s+(?P<unit>day|week|month|year)s\s+ago",
           anchoring.resolve_vague_ago),
    Family("in_n", "unit", rf"in\s+(?P<n>a|an|{NUM})\s+{UNIT}s?(?:'|’)?(?:\s+time)?",
           anchoring.resolve_in_n, rejects=looks_back),
    Family("year_ago", "unit",
           r"(?:the\s+)?year[-\s](?P<rel>ago|earlier)(?:\s+(?:period|quarter|half|month|week|"
           r"levels?|figures?|results?))?",
           years.resolve_year_ago),
    Family("the_unit", "unit",
           r"(?:the(?:\s+(?:current|present|full|whole|entire))?|this)"
           rf"\s+(?:(?:fiscal|financial|calendar)\s+)?{UNIT}{_NOT_INTRODUCING}",
           years.resolve_the_unit),
    Family("unit_edge", "unit",
           r"(?:the\s+)?(?P<edge>beginning|start|middle|end|close)\s+of\s+the\s+"
           rf"(?P<unit>week|month|year){_NOT_INTRODUCING}|(?P<unit2>year|month)[-\s]end",
           years.resolve_unit_edge),
    Family("that_unit", "unit", rf"(?:that|the\s+same)\s+{UNIT}", reference.resolve_that_unit),
    Family("day_part", "day_word",
           r"(?:(?:early|late)\s+)?in\s+the\s+(?:morning|afternoon|evening)|at\s+(?:noon|midday)"
           r"|that\s+(?:morning|afternoon|evening|night)",
           reference.resolve_time_of_day),
    Family("narrative_step", "narrative",
           r"(?:later|afterwards?|subsequently)"
           r"(?![-\w]|\s+(?:date|stage|time|than|years?|months?)\b)",
           reference.resolve_time_of_day, rejects=after_a_long_span),
    Family("clock_time", "digit",
           rf"at\s+\d{{1,2}}(?:[:.]\d{{2}})?\s*(?:a\.m\.?|p\.m\.?|am|pm)|{CLOCK_24}",
           reference.resolve_time_of_day),
    Family("reference_step", "unit",
           rf"the\s+(?P<step>{_STEP_BACK_OR_ON})\s+(?P<unit>week|month|year)",
           reference.resolve_reference_step),
    Family("reference_weekday", "weekday",
           rf"the\s+(?P<step>next|{_STEP_BACK_OR_ON})\s+(?P<weekday>{WD})",
           reference.resolve_reference_weekday),
    Family("reference_offset", "unit",
           rf"(?P<n>a|an|{NUM})\s+{UNIT}s?(?:\s+or\s+so)?\s+(?P<step>earlier|later)",
           reference.resolve_reference_offset),
    Family("then", None, r"then|at\s+(?:that|the)\s+time", reference.resolve_then),
)
"""The date-expression families, in the order `resolve_date` tries them (first full match wins)."""


def _accepted(family: Family, m: re.Match[str]) -> bool:
    """Whether a match in running text is a date: a triggered family needs its trigger word or a
    qualifier, lower-case "may"/"march" are verbs, and `rejects` may refuse it by what precedes."""
    if family.trigger and not (m["trigger"] or m.groupdict().get("qual")):
        return False
    if family.rejects and family.rejects(m.string[:m.start("expr")]):
        return False
    months = [v for k, v in m.groupdict().items() if k.startswith("month") and v]
    return not any(v in AMBIGUOUS_MONTH_WORDS for v in months)


def _candidate_spans(text: str) -> list[tuple[int, int]]:
    """The spans of every accepted match of every family in `text` (overlaps included)."""
    cues = {m.lastgroup for m in _CUES.finditer(text)}
    return [m.span("expr") for family in FAMILIES if family.cue in cues
            for m in family.finder.finditer(text) if _accepted(family, m)]


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
    "in the coming weeks", "the past 26 years", "26 years ago", "in two weeks"), year-level ones
    ("fiscal 1989", "the 1988 period", "nineteen ninety-six", "'58", "year-ago", "the current
    year", "year-end", "the end of the month") and anaphora ("the following day", "the previous
    Friday", "that year", "two days later"; not "then", too often "and then"). A preceding
    "on"/"in" is not part of an expression (except in "in the coming weeks", "in two weeks"),
    nor is a modifier ("early", "around"). Lower-case "may"/"march" are taken for the verbs, not
    the months. A 24-hour time ("at 1930", "2330 GMT") is a time of day, not a year; "in 12
    years" after "the first", a superlative or "since" (the span back to a record) is no date.
    Only the families whose cue (`CUES`) the text has are run.

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
