"""Word lists and the regex fragments built from them, shared by the expression families.

Month and weekday names come from `analysis.extract.calendar` (one table for the whole
extraction); the number words, day words and fragments here are the dates stage's own.
"""

from __future__ import annotations

import re

from analysis.extract.calendar import ENGLISH_MONTHS, WEEKDAYS

FULL_MONTHS = [name for name in ENGLISH_MONTHS if len(name) > 4 or name in ("may", "june", "july")]
# Lower-case month words that are ordinary English words ("they may 10...", "protesters march").
AMBIGUOUS_MONTH_WORDS = {"may", "march"}

NUMBER_WORDS = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
    "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60,
    "seventy": 70, "eighty": 80, "ninety": 90, "a couple of": 2, "couple of": 2,
}

# Offsets in days from the anchor for the one-word (or fixed-phrase) days.
DAY_WORDS = {
    "the day before yesterday": -2, "yesterday": -1, "last night": -1,
    "today": 0, "tonight": 0, "this morning": 0, "this afternoon": 0, "this evening": 0,
    "earlier today": 0, "later today": 0,
    "tomorrow": 1, "the day after tomorrow": 2,
}


def alternation(words: list[str] | tuple[str, ...]) -> str:
    """A regex alternation of `words`, longest first so that `sept` wins over `sep`.

    Args:
        words: the words or phrases (a space matches any run of whitespace).

    Returns:
        The alternation, without enclosing group.
    """
    escaped = (re.escape(w).replace("\\ ", " ") for w in sorted(words, key=len, reverse=True))
    return "|".join(e.replace(" ", r"\s+") for e in escaped)


def number(text: str) -> int:
    """The value of a count written in digits or words ("26", "twenty-six", "a couple of").

    Args:
        text: the count as matched by `NUM`.

    Returns:
        The number.
    """
    text = " ".join(text.lower().split())
    if text.isdigit():
        return int(text)
    return sum(NUMBER_WORDS[part] for part in text.split("-"))


def spelled_year(text: str) -> int:
    """The year written in words ("nineteen ninety-six" 1996, "two thousand and one" 2001).

    Args:
        text: the year as matched by `SPELLED_YEAR`.

    Returns:
        The year.
    """
    words = [w for w in re.split(r"[\s-]+", text.lower()) if w not in ("and", "oh")]
    if words[:2] == ["two", "thousand"]:
        return 2000 + sum(NUMBER_WORDS[w] for w in words[2:])
    if words[1:] == ["hundred"]:
        return NUMBER_WORDS[words[0]] * 100
    return NUMBER_WORDS[words[0]] * 100 + sum(NUMBER_WORDS[w] for w in words[1:])


WD = rf"(?:{alternation(WEEKDAYS)})"
MONTH = rf"(?:{alternation(list(ENGLISH_MONTHS))})\b\.?"
FULL_MONTH = rf"(?:{alternation(FULL_MONTHS)})\b"
DAY = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?(?!\d)"
YEAR = r"(?:19|20)\d{2}(?!\d)"
_TENS = "twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety"
_ONES = "one|two|three|four|five|six|seven|eight|nine"
NUM = (
    rf"(?:\d{{1,3}}|(?:{_TENS})-(?:{_ONES})|a\s+couple\s+of|couple\s+of|"
    rf"{alternation([w for w in NUMBER_WORDS if w not in ('a', 'an') and ' ' not in w])})"
)
_TEENS = "ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen"
_BELOW_100 = rf"(?:{_TENS})(?:[\s-](?:{_ONES}))?|{_TEENS}|{_ONES}"
# A year in words: "nineteen ninety-six", "nineteen oh five", "two thousand and one".
SPELLED_YEAR = (
    rf"(?:eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty)\s+"
    rf"(?:hundred|oh[\s-](?:{_ONES})|(?:{_TENS})(?:[\s-](?:{_ONES}))?|{_TEENS})"
    rf"|two[\s-]thousand(?:(?:\s+and)?[\s-](?:{_BELOW_100}))?"
)
UNIT = r"(?P<unit>day|week|month|year)"
# Cues: words (or a digit) without which a family cannot match, so that `find_date_expressions`
# runs only the families whose cue the text has (prefixes: "week" is in "weekend").
CUES = {
    "digit": r"\d",
    "month": rf"\b(?:{alternation(list(ENGLISH_MONTHS))})",
    "weekday": rf"\b(?:{alternation(WEEKDAYS)})",
    "day_word": r"\b(?:today|tonight|tomorrow|yesterday|night|morning|afternoon|evening|noon|midday)",
    "unit": r"\b(?:day|week|month|year)",
    "number": rf"\b(?:{_TEENS}|twenty|thousand)",
    "narrative": r"\b(?:later|afterwards|afterward|subsequently)",
}
DAY_PART = r"(?:\s+(?:morning|afternoon|evening|night))?"
# Words that follow a number that is a count, not a year ("in 2000 people" is not a date).
NOT_YEAR_AFTER = (
    r"(?![.,]?\d|\s*%|\s+(?:people|persons|protesters|protestors|demonstrators|troops|soldiers|"
    r"police|officers|votes|cases|percent|km|kilometres|kilometers|miles|tonnes|tons|dollars|"
    r"euros|rubles|roubles|members|students|workers|others|more|years|months|weeks|days|hours|"
    r"nights|times))"
)
# A 24-hour clock time, HHMM ("1930", "0600"), or a span of two: with a zone or "hrs" ("1930
# GMT"), after a preposition with "hours" ("until 2000 hours"), a span with an end no year can
# have ("from 0800 to 1930"), or after "at" alone ("at 1930"), but not a year as an attribute
# ("at 2005 levels", "at 2005's summit"). "until 1930" alone stays a year.
_HHMM = r"(?:[01]\d|2[0-3])[0-5]\d"
_TO = r"\s*(?:-|–|to|until|till|and)\s*"
_HHMM_SPAN = rf"{_HHMM}(?:{_TO}{_HHMM})?"
_CLOCK_PREPOSITION = r"(?:at|by|until|till|before|after|from|between)\s+"
CLOCK_24 = (
    rf"(?:{_CLOCK_PREPOSITION})?{_HHMM_SPAN}\s*(?:hrs|h|GMT|UTC|local\s+time)"
    rf"|{_CLOCK_PREPOSITION}{_HHMM_SPAN}\s*hours"
    rf"|(?:from|between)\s+(?:0\d[0-5]\d{_TO}{_HHMM}|{_HHMM}{_TO}0\d[0-5]\d)"
    rf"|at\s+(?:about\s+|around\s+)?{_HHMM}(?!['’]s\b|\s+(?:levels?|prices?|rates?|values?)\b)"
)
# Words in -est after a determiner that are no superlatives ("the protest", "the latest round").
NOT_SUPERLATIVE = (
    r"latest|earliest|interest|protest|request|contest|conquest|inquest|forest|harvest|west"
    r"|midwest|guest|test|rest|unrest|quest|arrest|honest|modest|priest|chest|nest"
)
