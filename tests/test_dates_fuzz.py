"""Fuzzing of `analysis.extract.dates` (issue 12, item 8): whatever the expression, anchor
(years 1 to 9999) or reference, `resolve_date` gives a `ResolvedDate` and never raises."""

from __future__ import annotations

import datetime
import re

from hypothesis import example, given, settings
from hypothesis import strategies as st

from analysis.extract.dates import (
    ResolvedDate,
    find_date_expressions,
    resolve_date,
    resolve_in_order,
)

# Words of every family, so that random sequences reach the resolvers and not only "no match".
WORDS = [
    "the", "a", "an", "this", "that", "last", "next", "past", "previous", "following", "same",
    "current", "full", "fiscal", "early", "late", "earlier", "later", "mid-", "around", "about",
    "end", "beginning", "middle", "of", "in", "on", "or", "so", "ago", "year-end", "year-ago",
    "then", "before", "after", "day", "days", "week", "weeks", "month", "months", "year", "years",
    "period", "weekend", "yesterday", "tomorrow", "Monday", "Friday", "Dec.", "7", "29", "31",
    "February", "Sept.", "1988", "1989", "'58", "'05", "nineteen", "ninety-six", "two",
    "thousand", "and", "one", "six", "26", ",", "-", "/",
]
EDGE_DAYS = [datetime.date.min, datetime.date.max, datetime.date(1, 1, 7),
             datetime.date(1, 12, 31), datetime.date(9999, 1, 1), datetime.date(9999, 12, 25)]
DATES = st.one_of(st.dates(), st.sampled_from(EDGE_DAYS))
ANCHORS = st.one_of(
    st.none(), DATES, DATES.map(datetime.date.isoformat),
    st.integers(1, 9999).map(lambda year: f"{year:04d}"),
)


def _value(day: datetime.date, precision: str) -> str:
    if precision == "week":
        iso_year, week, _ = day.isocalendar()
        return f"{iso_year:04d}-W{week:02d}"
    return day.isoformat()[:{"day": 10, "month": 7, "year": 4}[precision]]


REFERENCE = st.one_of(
    st.none(), DATES,
    st.builds(_value, DATES, st.sampled_from(["day", "week", "month", "year"])),
    st.builds(lambda day: resolve_date("this year", day), DATES),
)
REFERENCES = st.one_of(REFERENCE, st.lists(REFERENCE, max_size=4))  # one, or those in order
EXPRESSIONS = st.one_of(st.text(max_size=40),
                        st.lists(st.sampled_from(WORDS), max_size=6).map(" ".join))
ISO_VALUE = re.compile(r"\d{4}(-W\d{2}|-\d{2}(-\d{2})?)?|\d{4}-\d{2}-\d{2}/\d{4}-\d{2}-\d{2}")


def _is_well_formed(resolved: ResolvedDate) -> bool:
    if resolved.value is None:
        return resolved.precision == "unknown" and resolved.start is None
    return bool(ISO_VALUE.fullmatch(resolved.value)) and resolved.start <= resolved.end


@settings(max_examples=400, deadline=None)
@given(expression=EXPRESSIONS, anchor=ANCHORS, reference=REFERENCES,
       sentence=st.one_of(st.none(), st.text(max_size=60),
                          st.lists(st.sampled_from(WORDS + ["will", "met", "said"]),
                                   max_size=10).map(" ".join)),
       tense=st.sampled_from([None, "past", "present", "future"]),
       anchor_precision=st.sampled_from(["day", "year"]))
@example(expression="the previous week", anchor="2020-09-14", reference="9999-W52",
         sentence=None, tense=None, anchor_precision="day")  # a week past the calendar's end
def test_resolve_date_never_raises(expression, anchor, reference, sentence, tense,
                                   anchor_precision) -> None:
    resolved = resolve_date(expression, anchor, sentence, anchor_precision=anchor_precision,
                            tense=tense, reference=reference)
    assert isinstance(resolved, ResolvedDate)
    assert resolved.text == expression
    assert _is_well_formed(resolved), resolved


@settings(max_examples=100, deadline=None)
@example(text="the week", anchor=datetime.date.min)  # once "1-W01": ISO years have four digits
@example(text="since '58", anchor=None)
@given(text=st.lists(st.sampled_from(WORDS + ["Lukashenko", "met", "will", "."]),
                     max_size=25).map(" ".join),
       anchor=ANCHORS)
def test_finding_and_resolving_an_article_never_raises(text, anchor) -> None:
    found = find_date_expressions(text)
    assert all(text[start:end] == expression for start, end, expression in found)
    resolved = resolve_in_order([(expression, text) for _, _, expression in found], anchor)
    assert len(resolved) == len(found)
    assert all(_is_well_formed(date) for date in resolved)
