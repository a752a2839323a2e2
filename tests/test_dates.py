"""Tests of `analysis.extract.dates`: the normaliser, the tense reader and the expression finder."""

from __future__ import annotations

import datetime
import re
from datetime import date

import pytest

from analysis.extract.dates import (
    DIRECTION_SLACK_DAYS,
    FAMILIES,
    VAGUE_SPAN_DAYS,
    WEEKDAY_YEAR_SEARCH,
    ResolvedDate,
    find_date_expressions,
    iter_resolve_in_order,
    resolve_date,
    sentence_tense,
)
from analysis.extract.dates.resolve import forward
from analysis.extract.dates.words import CUES, DAY_WORDS

# Anchors used below, with their weekdays (ISO week in brackets):
# 2020-08-31 Mon (W36) · 2020-09-02 Wed (W36) · 2020-09-14 Mon (W38)
# 2020-12-30 Wed (W53) · 2021-01-02 Sat (2020-W53)

# expression, anchor, tense (None: no sentence), expected value, expected precision
CASES = [
    # explicit dates: independent of the anchor
    ("Sep 02, 2020", "2020-09-14", None, "2020-09-02", "day"),
    ("2020-09-14", None, None, "2020-09-14", "day"),
    ("September 2, 2020", None, "future", "2020-09-02", "day"),
    ("2 September 2020", None, None, "2020-09-02", "day"),
    ("the 2nd of September, 2020", None, None, "2020-09-02", "day"),
    ("Sept. 14, 2020", "2021-01-02", "past", "2020-09-14", "day"),
    ("Monday, September 14, 2020", None, None, "2020-09-14", "day"),
    ("September 2020", None, None, "2020-09", "month"),
    ("in 2015", None, None, "2015", "year"),
    ("1994", "2020-08-31", "past", "1994", "year"),
    ("14.09.2020", None, None, "2020-09-14", "day"),  # dotted: day first (dateparser)
    ("09/14/2020", None, None, "2020-09-14", "day"),  # slashed: month first (dateparser)
    ("Sep 02, 2020, 03:03 PM IST", None, None, "2020-09-02", "day"),  # dateparser fallback
    # year-less dates: the year nearest the anchor in the sentence's direction
    ("September 14", "2020-09-14", "future", "2020-09-14", "day"),
    ("September 2", "2020-08-31", "future", "2020-09-02", "day"),
    ("on August 31", "2020-08-31", "past", "2020-08-31", "day"),
    ("August 9", "2020-08-31", "past", "2020-08-09", "day"),
    ("August 9", "2020-08-31", "future", "2021-08-09", "day"),
    ("14 September", "2020-09-20", "past", "2020-09-14", "day"),
    ("January 3", "2020-12-30", "future", "2021-01-03", "day"),  # year boundary
    ("December 28", "2021-01-02", "past", "2020-12-28", "day"),  # year boundary
    ("January 3", "2020-12-30", "present", "2021-01-03", "day"),  # nearest
    ("December 28", "2021-01-02", "future", "2021-12-28", "day"),  # 5 days back: beyond slack
    ("September 3", "2020-09-04", "future", "2020-09-03", "day"),  # 1 day back: within slack
    ("September 20", "2020-09-14", "past", "2019-09-20", "day"),  # 6 days ahead: beyond slack
    ("February 29", "2021-03-01", "past", "2020-02-29", "day"),  # only leap years have it
    ("Monday, September 14", "2020-09-14", "past", "2020-09-14", "day"),
    # the weekday breaks the tie: 2021-09-14 is a Tuesday, 2020-09-14 a Monday
    ("Monday, September 14", "2021-09-01", "future", "2020-09-14", "day"),
    # spans of days in one month; a number after "to" that is no later day is not its end
    ("October 3-4, 2006", "2024-03-27", None, "2006-10-03/2006-10-04", "range"),
    ("25-26 March", "2024-03-27", "past", "2024-03-25/2024-03-26", "range"),
    ("from 8 to 15 June 2009", "2009-06-06", None, "2009-06-08/2009-06-15", "range"),
    ("Aug. 19–20", "2024-08-01", "future", "2024-08-19/2024-08-20", "range"),
    ("May 5 to 3", "2024-03-27", "past", "2023-05-05", "day"),
    # weekdays: the anchor's own weekday is the anchor day; otherwise by direction
    ("on Monday", "2020-09-14", "past", "2020-09-14", "day"),
    ("Monday", "2020-09-14", "future", "2020-09-14", "day"),
    ("Thursday", "2020-09-02", "future", "2020-09-03", "day"),
    ("Thursday", "2020-09-02", "past", "2020-08-27", "day"),
    ("Thursday", "2020-09-02", "present", "2020-09-03", "day"),  # 1 day ahead vs 6 back
    ("Sunday", "2020-09-14", "present", "2020-09-13", "day"),  # 1 day back vs 6 ahead
    ("Sunday", "2020-09-14", None, "2020-09-13", "day"),  # no sentence: nearest
    ("Thursday", "2021-01-02", "past", "2020-12-31", "day"),  # year boundary
    ("Friday", "2021-01-02", "future", "2021-01-08", "day"),
    ("last Monday", "2020-09-14", "past", "2020-09-07", "day"),
    ("next Monday", "2020-09-14", "future", "2020-09-21", "day"),
    ("next Thursday", "2020-09-14", "future", "2020-09-17", "day"),  # the first one after
    ("Monday night", "2020-09-16", "past", "2020-09-14", "day"),
    ("Monday's", "2020-09-16", "past", "2020-09-14", "day"),
    # days relative to the anchor
    ("today", "2020-09-14", None, "2020-09-14", "day"),
    ("literally tomorrow", "2020-09-02", "future", "2020-09-03", "day"),
    ("tomorrow", "2020-12-31", None, "2021-01-01", "day"),
    ("yesterday", "2021-01-01", None, "2020-12-31", "day"),
    ("the day before yesterday", "2020-03-01", None, "2020-02-28", "day"),
    ("the day after tomorrow", "2020-12-30", None, "2021-01-01", "day"),
    ("this morning", "2020-09-14", None, "2020-09-14", "day"),
    ("last night", "2020-09-14", None, "2020-09-13", "day"),
    # issue 12: "N weeks ago" is the ISO week (TIMEX3), no longer a day it does not name
    ("three weeks ago", "2020-09-14", None, "2020-W35", "week"),
    ("two days ago", "2021-01-01", None, "2020-12-30", "day"),
    ("in two weeks", "2020-12-25", None, "2021-01-08", "day"),
    # ISO weeks
    ("last week", "2020-09-02", "past", "2020-W35", "week"),
    ("next week", "2020-09-14", None, "2020-W39", "week"),
    ("this week", "2021-01-02", None, "2020-W53", "week"),  # ISO year differs
    ("next week", "2020-12-30", None, "2021-W01", "week"),
    ("last week", "2021-01-06", None, "2020-W53", "week"),
    ("earlier this week", "2020-09-02", None, "2020-W36", "week"),
    # months and years
    ("last month", "2020-01-15", None, "2019-12", "month"),
    ("next month", "2020-12-30", None, "2021-01", "month"),
    ("earlier this month", "2020-09-14", None, "2020-09", "month"),
    ("a month ago", "2020-03-31", None, "2020-02", "month"),
    ("in September", "2020-11-05", "past", "2020-09", "month"),
    ("in September", "2020-11-05", "future", "2021-09", "month"),
    ("last September", "2020-09-14", None, "2019-09", "month"),
    ("next March", "2020-09-14", None, "2021-03", "month"),
    # a month of the year before or after the article's
    ("February last year", "2021-05-31", None, "2020-02", "month"),
    ("March of last year", "2021-05-31", "past", "2020-03", "month"),
    ("June next year", "2021-05-31", None, "2022-06", "month"),
    # a day of the year before or after, whatever the tense would pick
    ("Nov. 12 last year", "2021-02-04", "future", "2020-11-12", "day"),
    ("12 November of last year", "2021-02-04", None, "2020-11-12", "day"),
    ("January 3 next year", "2021-02-04", "past", "2022-01-03", "day"),
    ("mid-September", "2020-09-14", "past", "2020-09", "month"),
    ("last year", "2020-09-14", None, "2019", "year"),
    ("next year", "2020-12-30", None, "2021", "year"),
    ("26 years ago", "2020-08-31", "past", "1994", "year"),
    ("twenty-six years ago", "2020-08-31", None, "1994", "year"),
    # a day or week named as of years (months) before: an anniversary
    ("ten years ago last week", "1973-02-05", "past", "1963-W05", "week"),
    ("a year ago today", "2020-09-14", None, "2019-09-14", "day"),
    ("five years ago yesterday", "2020-09-14", "past", "2015-09-13", "day"),
    ("two months ago this week", "2020-09-14", None, "2020-W29", "week"),
    # a column of history: the article's day of the year, in the year it names
    ("this date in 1989", "2022-11-29", None, "1989-11-29", "day"),
    ("this day in 1960", "2023-06-03", "past", "1960-06-03", "day"),
    ("this day in 1987", "2024-02-29", None, None, "unknown"),
    ("in a year", "2020-09-14", None, "2021", "year"),
    # ranges
    ("in the coming weeks", "2020-08-31", "future", "2020-09-01/2020-09-28", "range"),
    ("in the next few weeks", "2020-08-31", None, "2020-09-01/2020-09-28", "range"),
    ("in the coming days", "2020-12-28", None, "2020-12-29/2021-01-04", "range"),
    ("the coming weeks and months", "2020-08-31", None, "2020-09-01/2020-11-30", "range"),
    ("in the next two weeks", "2020-09-14", None, "2020-09-15/2020-09-28", "range"),
    ("over the weekend", "2020-09-14", "past", "2020-09-12/2020-09-13", "range"),
    ("over the weekend", "2020-09-14", "future", "2020-09-19/2020-09-20", "range"),
    ("at the weekend", "2020-09-13", "future", "2020-09-12/2020-09-13", "range"),  # a Sunday
    ("last weekend", "2020-09-13", None, "2020-09-05/2020-09-06", "range"),
    ("this weekend", "2020-09-17", None, "2020-09-19/2020-09-20", "range"),  # Thu: the next
    ("this weekend", "2020-09-15", None, "2020-09-12/2020-09-13", "range"),  # Tue: the last
    ("the past 26 years", "2020-08-31", None, "1994-08-31/2020-08-31", "range"),
    ("last 26 years", "2020-08-31", None, "1994-08-31/2020-08-31", "range"),
    ("the past week", "2020-09-14", None, "2020-09-07/2020-09-14", "range"),
    # no date, or no bound to give it
    ("in the coming years", "2020-08-31", None, None, "unknown"),
    ("the 66-year-old", "2020-08-31", None, None, "unknown"),
    ("Moscow", "2020-08-31", None, None, "unknown"),
    ("", "2020-08-31", None, None, "unknown"),
    # without an anchor only explicit dates resolve
    ("September 14", None, "future", None, "unknown"),
    ("on Monday", None, "past", None, "unknown"),
    ("last week", None, None, None, "unknown"),
    ("26 years ago", None, None, None, "unknown"),
    ("in the coming weeks", None, None, None, "unknown"),
]


@pytest.mark.parametrize(("expression", "anchor", "tense", "value", "precision"), CASES)
def test_resolve_date(expression: str, anchor: str | None, tense: str | None,
                      value: str | None, precision: str) -> None:
    resolved = resolve_date(expression, anchor, tense=tense)
    assert (resolved.value, resolved.precision) == (value, precision)
    assert resolved.text == expression


def test_at_least_forty_expressions() -> None:
    assert len({case[0] for case in CASES}) >= 40


# expression, anchor, expected value, expected precision, with anchor_precision="year"
YEAR_ANCHOR_CASES = [
    ("September 14", "2020", "2020-09-14", "day"),
    ("December 28", "2021", "2021-12-28", "day"),  # the anchor year, whatever the tense
    ("Monday, September 14", "2021", "2020-09-14", "day"),  # 2021-09-14 is a Tuesday
    ("Monday, September 14", "2019", "2020-09-14", "day"),  # 2018 is a Friday, 2020 a Monday
    ("in September", "2020", "2020-09", "month"),
    ("last year", "2020", "2019", "year"),
    ("26 years ago", "2020", "1994", "year"),
    ("Sep 02, 2020", "2021", "2020-09-02", "day"),
    ("Monday", "2020", None, "unknown"),
    ("last week", "2020", None, "unknown"),
    ("yesterday", "2020", None, "unknown"),
    ("in the coming weeks", "2020", None, "unknown"),
    ("three weeks ago", "2020", None, "unknown"),
]


@pytest.mark.parametrize(("expression", "anchor", "value", "precision"), YEAR_ANCHOR_CASES)
def test_resolve_date_with_year_anchor(expression: str, anchor: str, value: str | None,
                                       precision: str) -> None:
    resolved = resolve_date(expression, f"{anchor}-06-15", anchor_precision="year")
    assert (resolved.value, resolved.precision) == (value, precision)
    # a bare year string is a year anchor on its own
    assert resolve_date(expression, anchor) == resolved


# Sentences from the seed articles
TOMORROW = ('"Prime Minister Mikhail Mishustin\'s visit to Minsk will take place literally '
            'tomorrow," Lavrov said')
MAKEY = ("Russian Foreign Minister Sergei Lavrov will hold talks with his Belarusian counterpart "
         "Uladzimer Makey in Moscow on September 2, Russian Foreign Ministry spokeswoman Maria "
         "Zakharova said on August 31.")
SOCHI = ("Belarus President Alexander Lukashenko met his last ally Russian President Vladimir "
         "Putin on Monday, less than 24 hours after more than 100,000 people hit the streets")
RESERVE = "Russian President Vladimir Putin last week said he had set up a reserve police force"
POWER = ("The protests represent the biggest challenge to Lukashenka since he came to power 26 "
         "years ago and the 66-year-old has turned to his nation's traditional ally")
LAVROV = ("Russian Prime Minister Mikhail Mishustin will visit Belarus on Thursday, Foreign "
          "Minister Sergei Lavrov said Wednesday")
HEADLINE = "Russian Prime Minister Mikhail Mishustin to visit Belarus on September 3"
PESKOV = ("The visit of the President of Belarus Alexander Lukashenko to Russia will take place "
          "on Monday, September 14, said the press secretary")
SET_TO = ("the authoritarian leader is set to hold talks with his Russian counterpart, Vladimir "
          "Putin, on September 14.")
ELECTION = ("The meeting comes amid three weeks of mass protests following disputed presidential "
            "elections on August 9 that handed him another six-year term.")
COMING = "Putin and Lukashenka had agreed to meet in Moscow in the coming weeks"
BOOK = "On Thursday, Russian Ambassador Dmitry Mezencev presented a book"
UPDATED = "Moscow, RussiaUpdated: Sep 02, 2020, 03:03 PM IST"

# expression, anchor, sentence, expected value
SEED_CASES = [
    ("literally tomorrow", "2020-09-02", TOMORROW, "2020-09-03"),
    ("September 2", "2020-08-31", MAKEY, "2020-09-02"),
    ("August 31", "2020-08-31", MAKEY, "2020-08-31"),
    ("Monday", "2020-09-14", SOCHI, "2020-09-14"),
    ("last week", "2020-09-02", RESERVE, "2020-W35"),
    ("26 years ago", "2020-08-31", POWER, "1994"),
    ("Thursday", "2020-09-02", LAVROV, "2020-09-03"),
    ("Wednesday", "2020-09-02", LAVROV, "2020-09-02"),
    ("September 3", "2020-09-02", HEADLINE, "2020-09-03"),
    ("Monday, September 14", "2020-09-11", PESKOV, "2020-09-14"),
    ("September 14", "2020-09-14", SET_TO, "2020-09-14"),
    ("August 9", "2020-08-31", ELECTION, "2020-08-09"),
    ("in the coming weeks", "2020-08-31", COMING, "2020-09-01/2020-09-28"),
    ("Thursday", "2020-09-14", BOOK, "2020-09-10"),
    ("Sep 02, 2020", None, UPDATED, "2020-09-02"),
]


@pytest.mark.parametrize(("expression", "anchor", "sentence", "value"), SEED_CASES)
def test_resolve_date_in_seed_sentences(expression: str, anchor: str | None, sentence: str,
                                        value: str) -> None:
    assert resolve_date(expression, anchor, sentence).value == value
    # what the finder gives resolves the same way
    assert expression in [text for _, _, text in find_date_expressions(sentence)]


def test_resolved_date_bounds() -> None:
    day = resolve_date("September 14", "2020-09-14")
    assert day == ResolvedDate("September 14", "2020-09-14", "day",
                               datetime.date(2020, 9, 14), datetime.date(2020, 9, 14))
    week = resolve_date("this week", "2021-01-02")
    assert (week.start, week.end) == (datetime.date(2020, 12, 28), datetime.date(2021, 1, 3))
    month = resolve_date("last month", "2020-03-10")
    assert (month.start, month.end) == (datetime.date(2020, 2, 1), datetime.date(2020, 2, 29))
    year = resolve_date("26 years ago", "2020-08-31")
    assert (year.start, year.end) == (datetime.date(1994, 1, 1), datetime.date(1994, 12, 31))
    span = resolve_date("in the coming days", "2020-09-14")
    assert (span.start, span.end) == (datetime.date(2020, 9, 15), datetime.date(2020, 9, 21))
    unknown = resolve_date("Monday", None)
    assert (unknown.value, unknown.start, unknown.end) == (None, None, None)


@pytest.mark.parametrize("anchor", [
    datetime.date(2020, 9, 2), datetime.datetime(2020, 9, 2, 23, 59), "2020-09-02",
    "2020-09-02T15:03:00+05:30", " 2020-09-02 ",
])
def test_anchor_forms(anchor: object) -> None:
    assert resolve_date("tomorrow", anchor).value == "2020-09-03"


@pytest.mark.parametrize("anchor", [None, "", float("nan")])
def test_missing_anchor(anchor: object) -> None:
    assert resolve_date("tomorrow", anchor).precision == "unknown"
    assert resolve_date("September 2, 2020", anchor).value == "2020-09-02"


def test_invalid_arguments() -> None:
    with pytest.raises(ValueError, match="'yesterday'"):
        resolve_date("Monday", "yesterday")
    with pytest.raises(ValueError, match="'week'"):
        resolve_date("Monday", "2020-09-14", anchor_precision="week")
    with pytest.raises(ValueError, match="'soon'"):
        resolve_date("Monday", "2020-09-14", tense="soon")
    with pytest.raises(TypeError):
        resolve_date(None, "2020-09-14")


def test_tense_argument_overrides_sentence() -> None:
    sentence = "Lukashenko met Putin on Thursday"
    assert resolve_date("Thursday", "2020-09-02", sentence).value == "2020-08-27"
    assert resolve_date("Thursday", "2020-09-02", sentence, tense="future").value == "2020-09-03"


# --- judgement constants, at their edges --------------------------------------------------------

def test_direction_slack_edge() -> None:
    anchor = datetime.date(2021, 1, 2)
    inside = anchor - datetime.timedelta(days=DIRECTION_SLACK_DAYS)
    outside = inside - datetime.timedelta(days=1)
    for day, year in ((inside, 2020), (outside, 2021)):
        expression = day.strftime("%B %d")
        assert resolve_date(expression, anchor, tense="future").start.year == year
    # and the other way round: past tense, a date just after the anchor
    anchor = datetime.date(2020, 12, 30)
    inside = anchor + datetime.timedelta(days=DIRECTION_SLACK_DAYS)
    outside = inside + datetime.timedelta(days=1)
    for day, year in ((inside, 2021), (outside, 2020)):
        expression = day.strftime("%B %d")
        assert resolve_date(expression, anchor, tense="past").start.year == year


@pytest.mark.parametrize(("expression", "unit"), [
    ("in the coming days", "day"), ("in the coming weeks", "week"),
    ("in the coming months", "month"), ("over the next few weeks", "week"),
])
def test_vague_span_edges(expression: str, unit: str) -> None:
    anchor = datetime.date(2020, 8, 31)
    resolved = resolve_date(expression, anchor)
    assert resolved.start == anchor + datetime.timedelta(days=1)
    assert resolved.end == anchor + datetime.timedelta(days=VAGUE_SPAN_DAYS[unit])
    assert resolved.value == f"{resolved.start}/{resolved.end}"


def test_vague_span_backwards() -> None:
    anchor = datetime.date(2020, 8, 31)
    resolved = resolve_date("the past weeks", anchor)
    assert (resolved.start, resolved.end) == (
        anchor - datetime.timedelta(days=VAGUE_SPAN_DAYS["week"]), anchor)


@pytest.mark.parametrize("weekday", [
    "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"])
@pytest.mark.parametrize("day", ["March 1", "February 28", "September 14", "December 31"])
@pytest.mark.parametrize("anchor", ["1991", "2020", "2021"])
def test_weekday_year_search_always_finds_the_weekday(weekday: str, day: str,
                                                      anchor: str) -> None:
    resolved = resolve_date(f"{weekday}, {day}", anchor)
    assert resolved.start.strftime("%A") == weekday
    assert abs(resolved.start.year - int(anchor)) <= WEEKDAY_YEAR_SEARCH


def test_weekday_year_search_edge() -> None:
    # Saturday 1 March: 1986 and 1997 are the nearest, both exactly at the window's edge.
    resolved = resolve_date("Saturday, March 1", "1991")
    assert resolved.value == f"{1991 - WEEKDAY_YEAR_SEARCH}-03-01"
    # February 29 has no Tuesday within the window from 2021: the nearest leap year instead.
    assert resolve_date("Tuesday, February 29", "2021").value == "2020-02-29"


@pytest.mark.parametrize(("expression", "past", "ahead"), [
    ("Nov. 18", "2020-11-18", "2021-11-18"),  # read back, then forward
    ("in March", "2021-03", "2022-03"),
    ("Nov. 18, 2020", "2020-11-18", "2020-11-18"),  # a year fixes it
    ("Nov. 20", "2021-11-20", "2021-11-20"),  # already ahead
    ("July 23-24", "2021-07-23/2021-07-24", "2022-07-23/2022-07-24"),  # a span of days
])
def test_forward_reads_an_intended_events_date_ahead(expression, past, ahead) -> None:
    anchor = date(2021, 11, 11)
    read = resolve_date(expression, anchor, tense="past" if past < "2021-11" else "future")
    assert read.value == past
    assert forward(read, anchor).value == ahead


# --- sentence_tense ------------------------------------------------------------------------------

def _around(sentence: str, expression: str) -> tuple[int, int]:
    start = sentence.index(expression)
    return start, start + len(expression)


REPORTED = "Lavrov said Wednesday that Mishustin will visit Minsk on Thursday"
ZAKHAROVA = ("Lavrov will hold talks with Makey in Moscow on September 2, Russian Foreign Ministry "
             "spokeswoman Maria Zakharova said on August 31.")


@pytest.mark.parametrize(("sentence", "expression", "tense"), [
    (LAVROV, "Thursday", "future"),
    (LAVROV, "Wednesday", "past"),
    (REPORTED, "Wednesday", "past"),
    (REPORTED, "Thursday", "future"),
    (ZAKHAROVA, "September 2", "future"),
    (ZAKHAROVA, "August 31", "past"),
    ("the leader is set to hold talks with his counterpart, Vladimir Putin, on September 14",
     "September 14", "future"),
    ("On Thursday, Russian Ambassador Dmitry Mezencev presented a book", "Thursday", "past"),
    ("The Russian state news agency Tass reported on Sunday that the meeting is taking place",
     "Sunday", "past"),
    ("Meanwhile, the United States indicated on Friday, that it would soon punish",
     "Friday", "past"),
    ("Fernandez confirmed the trip to Buenos Aires on the next 23rd and 24th of January",
     "24th of January", "future"),
    ("Johnson said he looked forward to meeting Merkel in Berlin in March", "March", "future"),
    # the past reporting verb of a fronted date, not the reported "would"
    (("On September 14, at a meeting with Lukashenko, Putin announced that Moscow would "
      "provide a loan"), "September 14", "past"),
    # a clause with no marker takes the nearest one, weak or strong: "agreed", not "would"
    (("During a meeting Wednesday between Tang and Kono, the two sides agreed that Zhu Rongji "
      "would visit Japan in October"), "Wednesday", "past"),
    # a timetable's present of a verb of meeting: the nearest such day, not the last
    (("Mubarak, who arrived in Washington on Saturday, meets with President Bush at the White "
      "House on Monday"), "Monday", "present"),
])
def test_sentence_tense_around_expression(sentence: str, expression: str, tense: str) -> None:
    assert sentence_tense(sentence, _around(sentence, expression)) == tense


@pytest.mark.parametrize(("sentence", "tense"), [
    ("Lukashenko will meet with Putin in Russia on Monday", "future"),
    ("We'll meet on Friday", "future"),
    ("The two leaders are set to hold talks on September 14", "future"),
    ("The summit is due to open on Friday", "future"),
    ("The meeting is scheduled for Friday", "future"),
    ("Lukashenko plans to travel to Moscow on Friday", "future"),
    ("Putin and Lukashenko had agreed to meet in Moscow", "future"),
    ("The Kremlin said that a meeting would take place in Sochi", "future"),
    ("Russian Prime Minister Mikhail Mishustin to visit Belarus on September 3", "future"),
    ("Protests grew ahead of the talks on Monday", "future"),
    ("The talks are to be held on Friday", "future"),
    ("Lukashenko met his last ally Putin on Monday", "past"),
    ("The talks were held on Friday", "past"),
    ("Putin spoke to Lukashenko by phone on Sunday", "past"),
    ("Thousands of students boycotted the start of the school year on Tuesday", "past"),
    # irregular past forms
    ("The president spent this Monday receiving foreign delegations", "past"),
    ("The two leaders sat down with their advisers on Friday", "past"),
    ("Mbeki withdrew from the talks on Sunday", "past"),
    ("The meeting is taking place in Sochi", "present"),
    ("Talks in Sochi on Monday", "present"),
    ("", "present"),
])
def test_sentence_tense(sentence: str, tense: str) -> None:
    assert sentence_tense(sentence) == tense


# --- find_date_expressions: one example per family -----------------------------------------------

FAMILY_EXAMPLES = {
    "iso": ("The decree dated 2020-09-14 was published", "2020-09-14"),
    "numeric": ("The decree of 14.09.2020 was published", "14.09.2020"),
    "day_range": ("He paid a visit to Uzbekistan on October 3-4, 2006.", "October 3-4, 2006"),
    "month_day": ("The visit will take place on Monday, September 14, said Peskov",
                  "Monday, September 14"),
    "month_year": ("Elections were held in August 2020.", "August 2020"),
    "month": ("Talks in Minsk in May were cancelled", "May"),
    "year": ("He has been in power since 1994.", "1994"),
    "weekday": ("Lukashenko met Putin on Monday.", "Monday"),
    "day_word": ("The visit will take place literally tomorrow", "literally tomorrow"),
    "unit_relative": ("Last week, Lukashenko said that talks were planned", "Last week"),
    "weekend": ("Protesters marched over the weekend", "over the weekend"),
    "coming": ("They agreed to meet in the coming weeks", "in the coming weeks"),
    "past_span": ("Protests over the past 26 years were rare", "the past 26 years"),
    "ago": ("since he came to power 26 years ago", "26 years ago"),
    "ago_then": ("At the Elysee ten years ago last week, de Gaulle embraced Adenauer",
                 "ten years ago last week"),
    "in_n": ("The two will meet again in two weeks", "in two weeks"),
    "this_day_in": ("Mulroney was at the White House on this date in 1989", "this date in 1989"),
    # issue 12
    "year_period": ("Net income fell in the 1988 period.", "the 1988 period"),
    "spelled_year": ("The games will open in nineteen ninety-six.", "nineteen ninety-six"),
    "short_year": ("He has been a party member since '58.", "'58"),
    "reference_day": ("They flew to Washington the following day.", "the following day"),
    "year_ago": ("Sales rose from year-ago levels.", "year-ago levels"),
    "the_unit": ("Earnings for the year will reach $2 billion", "the year"),
    "unit_edge": ("The sale will close by year-end", "year-end"),
    "that_unit": ("Gorbachev came to power that year", "that year"),
    "reference_step": ("Prices rose again the following month", "the following month"),
    "reference_weekday": ("They had met the previous Friday", "the previous Friday"),
    "reference_offset": ("Two days later, the ministers met again", "Two days later"),
    "day_part": ("He left Tokyo in the afternoon after the talks", "in the afternoon"),
    "narrative_step": ("Later, Putin met Lukashenko at the Kremlin", "Later"),
    "vague_ago": ("They first met some years ago in Wellington", "some years ago"),
    "clock_time": ("At 11 a.m. the envoy met the president", "At 11 a.m."),
}


@pytest.mark.parametrize("text", ["in the afternoon", "at 11 a.m.", "at noon"])
def test_a_time_of_day_is_the_day_the_narrative_is_at(text: str) -> None:
    assert resolve_date(text, "2005-05-24", reference="2005-05-23").value == "2005-05-23"
    assert resolve_date(text, "2005-05-24").value == "2005-05-24"  # no day before: the anchor's
    assert resolve_date(text, "2005-05-24", reference="2005-05").precision == "unknown"


def test_a_vague_past_is_a_span_before_the_report() -> None:
    found = resolve_date("some years ago", "2023-02-07")
    assert (found.precision, found.value) == ("range", "2013-02-07/2021-02-07")
    assert resolve_date("a few weeks ago", "2023-02-07").end == date(2023, 1, 24)


def test_a_bound_is_no_reference_time() -> None:
    found = iter_resolve_in_order([("Monday", None, False), ("Tuesday", None, True),
                                   ("in the afternoon", None, False)], "2005-05-24")
    assert [r.value for r in found] == ["2005-05-23", "2005-05-24", "2005-05-23"]


def test_every_family_has_an_example() -> None:
    assert set(FAMILY_EXAMPLES) == {family.name for family in FAMILIES if family.in_text}


def test_every_family_example_has_the_family_cue() -> None:
    # a family runs only on text with its cue: its example must have it, and so every day word
    for family in FAMILIES:
        if family.in_text:
            assert re.search(CUES[family.cue], FAMILY_EXAMPLES[family.name][1], re.IGNORECASE)
    assert all(re.search(CUES["day_word"], word) for word in DAY_WORDS)


def test_families_left_out_of_running_text() -> None:
    # "then" is mostly "and then": resolved when given (spaCy DATE), never looked for
    assert [family.name for family in FAMILIES if not family.in_text] == ["then"]
    assert find_date_expressions("He was then foreign minister, at the time") == []
    assert resolve_date("then", "1989-10-30", reference="1985").value == "1985"


@pytest.mark.parametrize("family", sorted(FAMILY_EXAMPLES))
def test_find_date_expressions_family(family: str) -> None:
    sentence, expression = FAMILY_EXAMPLES[family]
    start = sentence.index(expression)
    assert find_date_expressions(sentence) == [(start, start + len(expression), expression)]


def test_find_date_expressions_seed_sentence() -> None:
    assert [text for _, _, text in find_date_expressions(MAKEY)] == ["September 2", "August 31"]


@pytest.mark.parametrize(("text", "expected"), [
    ("Moscow, RussiaUpdated: Sep 02, 2020, 03:03 PM IST", ["Sep 02, 2020"]),
    ("He called him his elder brother in an interview last week and met him on Monday",
     ["last week", "Monday"]),
    ("the August 9 presidential election", ["August 9"]),
    ("on 14 September and on Sept. 15", ["14 September", "Sept. 15"]),
    ("in the coming weeks and months", ["in the coming weeks and months"]),
    ("the day before yesterday", ["the day before yesterday"]),
    ("earlier this month, and in mid-September", ["earlier this month", "mid-September"]),
    ("Monday's meeting", ["Monday"]),
    # conservative: things that look like dates but are not
    ("They may 10 times refuse, and protesters march on Sunday", ["Sunday"]),
    ("the September talks and the 1994 agreement", []),
    ("a crowd of 2000 people, in 2000 cases", []),
    ("the 66-year-old has ruled for a six-year term", []),
    ("", []),
])
def test_find_date_expressions(text: str, expected: list[str]) -> None:
    found = find_date_expressions(text)
    assert [expression for _, _, expression in found] == expected
    assert all(text[start:end] == expression for start, end, expression in found)


# --- a 24-hour clock time is no year ------------------------------------------------------------

DINNER = ("Editorial comments: The time and exact location of the statements is uncertain - "
          "probably just before dinner at 1930, outside No.10 Downing Street.")


@pytest.mark.parametrize(("text", "expected"), [
    (DINNER, ["at 1930"]),
    ("Talks ended at 2330 GMT on Monday", ["at 2330 GMT", "Monday"]),
    ("The troops stayed until 2000 hours", ["until 2000 hours"]),
    ("Ministers must reply by 1930 hrs", ["by 1930 hrs"]),
    ("The curfew runs from 1930 to 0600 local time", ["from 1930 to 0600 local time"]),
    ("Shops open between 0800 and 1930", ["between 0800 and 1930"]),
])
def test_a_24_hour_clock_time_is_a_time_of_day(text: str, expected: list[str]) -> None:
    found = [expression for _, _, expression in find_date_expressions(text)]
    assert found == expected
    # the day the narrative is at, like "at 11 a.m."; never the year 1930
    assert resolve_date(found[0], "1985-06-04", text, reference="1985-06-03").value == "1985-06-03"
    assert resolve_date(found[0], None, text).precision == "unknown"


@pytest.mark.parametrize(("text", "expected"), [
    ("He was born in 1930.", [("1930", "1930")]),
    ("He has been in power since 1930.", [("1930", "1930")]),
    ("He ruled until 1930.", [("1930", "1930")]),  # "until" alone: a year
    ("They fought from 1930 to 1945.", [("1930", "1930")]),
    ("Elections were held in March 1930.", [("March 1930", "1930-03")]),
    # a year (or decade) after "at" is an attribute: not a time
    ("Output was valued at 1930s prices", []),
    ("Emissions will be frozen at 2005 levels", []),
    ("as agreed at 2005's summit", []),
    ("at 1985", []),  # minutes past 59: no time
])
def test_a_year_is_no_clock_time(text: str, expected: list[tuple[str, str]]) -> None:
    found = find_date_expressions(text)
    assert [(e, resolve_date(e, "2023-04-30", text).value) for _, _, e in found] == expected


# --- "in N years" after "the first", a superlative or "since" reaches back ---------------------

SHUTTLE = ("The two sides agreed to revive shuttle diplomacy when Yoon met with Kishida in Tokyo "
           "in March, the first Japan visit by a South Korean president in 12 years.")


@pytest.mark.parametrize(("text", "expected"), [
    (SHUTTLE, [("March", "2023-03")]),  # the meeting keeps its month, not 2035
    ("It was the highest inflation in 40 years", []),
    ("Japan's lowest growth in six months", []),
    ("He returned to Kyiv for the first time in two years", []),
    ("Abe became the first Japanese leader to visit Pearl Harbor in 75 years", []),
])
def test_in_n_years_after_a_record_is_no_date_ahead(text: str, expected: list[str]) -> None:
    found = find_date_expressions(text)
    assert [(e, resolve_date(e, "2023-04-30", text).value) for _, _, e in found] == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("He will retire in two years.", "2025"),
    ("Elections are due in three years.", "2026"),
    ("The first phase will be completed in two years.", "2025"),  # ahead: "will" in between
    ("The protest movement expects elections in two years.", "2025"),  # "protest": no record
])
def test_in_n_years_ahead_stays_ahead(text: str, expected: str) -> None:
    [(_, _, expression)] = find_date_expressions(text)
    assert resolve_date(expression, "2023-04-30", text).value == expected

