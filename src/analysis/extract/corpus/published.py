"""Publication dates: calendar dates in text, and the datelines at the top of an article.

A dateline is a short line holding a date, labelled (`Updated: Sep 02, 2020, 03:03 PM IST`,
`Posted on September 2, 2020`) or alone with at most a place; a date in a body sentence ("on
September 2") is an event date and is not a publication date. The label words come from
`data/boilerplate.yaml` (`dateline`), the month words from `analysis.extract.calendar`.
"""

from __future__ import annotations

import datetime as dt
import itertools
import re
from collections.abc import Callable, Iterable

from analysis.extract.calendar import ENGLISH_MONTHS, MONTHS, RUSSIAN_MONTHS, WEEKDAYS
from analysis.extract.corpus.schema import boilerplate_rules

# Datelines are short: "Moscow, RussiaUpdated: Sep 02, 2020, 03:03 PM IST" is 8 words.
DATELINE_MAX_WORDS = 12
# Words a dateline may carry besides labels, dates and times ("Moscow, Russia", "by admin").
DATELINE_OTHER_WORDS = 3
# Publication dates are read only from the top of the text, where datelines live; a date in the
# body ("on September 2") is an event date, not a publication date.
DATE_SEARCH_LINES = 8
# A dateline's day is the anchor of "today" when it is at most this many days before publication.
DATELINE_LEAD_DAYS = 3
# How far into an article a dateline run into its headline's line is looked for (scanned pages:
# "… TALKS WITH MR MENZIES PA WELLINGTON, Aug. 21. The role of …").
RUN_IN_DATELINE_CHARS = 600

# A word with a letter or digit (a line with none is a separator: "– .", "***", "———").
HAS_ALNUM = re.compile(r"[^\W_]")
# Sentence-final punctuation, possibly followed by closing quotes or brackets.
SENTENCE_END = re.compile(r"[.!?…][\"'”’»)\]]*\s*$")


def _alternation(words: Iterable[str]) -> str:
    """A regex alternative of literal words, longest first (so "posted on" wins over "posted")."""
    return "|".join(re.escape(word) for word in sorted(words, key=len, reverse=True))


_EN_MONTH = _alternation(ENGLISH_MONTHS)
# A dateline inside a line: a place in capitals, a comma, a month and a day, a full stop.
_RUN_IN_DATELINE = re.compile(rf"(?<![\w,])[A-Z][A-Z'.]{{2,}}(?: [A-Z][A-Z'.]{{2,}}){{0,2}}, "
                              rf"(?P<month>(?i:{_EN_MONTH}))\.? (?P<day>\d{{1,2}})\.")
_RU_MONTH = _alternation(RUSSIAN_MONTHS)
# Numeric dates only (ISO, dd.mm.yyyy): the forms that may open a body line as a bare prefix.
_NUMERIC_DATE = (
    r"(?<!\d)(?:(?P<iy>\d{4})-(?P<im>\d{1,2})-(?P<id>\d{1,2})(?:T[\d:.+Z-]*)?"
    r"|(?P<dd>\d{1,2})\.(?P<dm>\d{1,2})\.(?P<dy>\d{4}))(?!\d)"
)
_DATE = (
    r"(?:" + _NUMERIC_DATE
    + rf"|(?P<m1>{_EN_MONTH})\.?\s+(?P<d1>\d{{1,2}})(?:st|nd|rd|th)?,?\s+(?P<y1>\d{{4}})(?!\d)"
    + rf"|(?<!\d)(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?\s+(?P<m2>{_EN_MONTH}|{_RU_MONTH})\.?,?\s+"
    + r"(?P<y2>\d{4})(?!\d))"
)
DATE_PATTERN = re.compile(r"(?i)" + _DATE)
_DATELINE_WORDS = boilerplate_rules().dateline
# The words of a speaker's label in a transcript: no place in capitals holds one.
_SPEAKER_WORDS = frozenset(_DATELINE_WORDS.speaker_words)
# Labels that introduce a publication date, at a word start in any case or glued to a place.
_LABEL = (
    r"(?:(?i:\b(?:" + _alternation(_DATELINE_WORDS.labels) + r"))"
    r"|(?<=[a-z])(?:" + _alternation(_DATELINE_WORDS.glued_labels) + r"))"
)
LABELLED_DATE = re.compile(_LABEL + r"\s*(?::\s*)?(?i:on\s+)?(?P<date>(?i:" + _DATE + "))")
_LEADING_LABELLED_DATE = re.compile(r"^\s*" + LABELLED_DATE.pattern + r"\s*[|,:–-]?\s*")
_LEADING_NUMERIC_DATE = re.compile(r"^\s*(?P<date>" + _NUMERIC_DATE + r")\s*[|,:–-]?\s*")
_TIME = re.compile(r"(?i)\b\d{1,2}:\d{2}(?::\d{2})?\s*(?:[ap]\.?m\.?)?(?:\s+[A-Z]{2,5}\b)?")
# An "updated" label ranks below the others.
_UPDATED_LABEL = re.compile(r"(?i)" + _alternation(_DATELINE_WORDS.update_words))


def parse_date(text: str) -> str:
    """The first calendar date written in `text`, as an ISO date.

    Args:
        text: text holding a date such as `2020-09-14`, `Sep 02, 2020`, `14 September 2020`,
            `14.09.2020` or `14 сентября 2020`.

    Returns:
        `YYYY-MM-DD`, or "" when `text` holds no valid date (relative dates are not resolved).
    """
    for match in DATE_PATTERN.finditer(text):
        iso = _date_from_match(match)
        if iso:
            return iso
    return ""


def _month_number(word: str) -> int:
    """The month of a month word the date pattern captured ("Sept", "september", "мая")."""
    word = word.lower()
    return MONTHS.get(word) or MONTHS[word[:3]]


def _date_from_match(match: re.Match[str]) -> str:
    groups = {key: value for key, value in match.groupdict().items() if value}
    if "iy" in groups:
        year, month, day = groups["iy"], groups["im"], groups["id"]
    elif "dy" in groups:
        year, month, day = groups["dy"], groups["dm"], groups["dd"]
    elif "y1" in groups:
        year, month, day = groups["y1"], _month_number(groups["m1"]), groups["d1"]
    else:
        year, month, day = groups["y2"], _month_number(groups["m2"]), groups["d2"]
    try:
        return dt.date(int(year), int(month), int(day)).isoformat()
    except ValueError:  # 2020-02-31 and the like
        return ""


def _words_with_alnum(text: str) -> list[str]:
    return [word for word in text.split() if HAS_ALNUM.search(word)]


def _words_besides_date(line: str) -> list[str]:
    """The words of a line once its labels, dates and times are taken out."""
    return _words_with_alnum(_TIME.sub(" ", DATE_PATTERN.sub(" ", LABELLED_DATE.sub(" ", line))))


def _labelled_dateline(
    line: str, labelled: re.Match[str], iso: str, other_words: list[str]
) -> tuple[str, bool] | None:
    """A labelled date is a dateline when only a place precedes the label ("Moscow,
    RussiaUpdated: ...") and the line is no sentence: "the office posted on 14 September 2020
    a video." is body text."""
    before = _words_with_alnum(line[: labelled.start()])
    if any(not word[0].isupper() for word in before) or (
        other_words and SENTENCE_END.search(line)
    ):
        return None
    return iso, bool(_UPDATED_LABEL.search(labelled.group(0)))


def _unlabelled_dateline(line: str, iso: str, other_words: list[str]) -> tuple[str, bool] | None:
    """An unlabelled date needs the look of a dateline: no sentence, capitalised words only."""
    if SENTENCE_END.search(line) or any(not word[0].isupper() for word in other_words):
        return None
    return iso, False


def dateline_date(line: str) -> tuple[str, bool] | None:
    """The date of a dateline.

    Args:
        line: one line, whitespace collapsed.

    Returns:
        (ISO date, whether it is labelled as an update) when `line` is a dateline, else None.
    """
    if len(line.split()) > DATELINE_MAX_WORDS:
        return None
    labelled = LABELLED_DATE.search(line)
    bare = DATE_PATTERN.search(line)
    iso = parse_date(labelled.group("date")) if labelled else _date_from_match(bare) if bare else ""
    if not iso:
        return None
    other_words = _words_besides_date(line)
    # Besides the date, a dateline holds only a few words (a place, a weekday, "by admin"); more
    # words make it a body line that opens with a date (see `date_prefix`).
    if len(other_words) > DATELINE_OTHER_WORDS:
        return None
    if labelled:
        return _labelled_dateline(line, labelled, iso, other_words)
    return _unlabelled_dateline(line, iso, other_words)


def date_prefix(line: str) -> tuple[str, str] | None:
    """The date token opening a body line (`date 2020-09-14 As ...`).

    Args:
        line: one line, whitespace collapsed.

    Returns:
        (ISO date, the prefix text) when the line opens with a date and goes on with more text
        (a line that is a dateline has no prefix), else None.
    """
    match = _LEADING_LABELLED_DATE.match(line) or _LEADING_NUMERIC_DATE.match(line)
    if not match or not match.group(0).strip():
        return None
    iso = parse_date(match.group("date"))
    rest = line[match.end():]
    if not iso or not rest.strip() or dateline_date(line):
        return None
    return iso, match.group(0).strip()


# A day in an article's address, its year, month and day as path segments or joined by dashes
# ("/article/1989/10/28/bush-…", "/2019-11-11/…"); a year alone as a segment ("/archive/1998/").
_URL_DAY = re.compile(r"/((?:19|20)\d\d)[/-](\d{1,2})[/-](\d{1,2})(?=[/-]|$)")
_URL_YEAR = re.compile(r"/((?:19|20)\d\d)(?=/)")


def date_from_url(url: str) -> str:
    """The publication day an article's address gives.

    Args:
        url: the article's address, or "".

    Returns:
        `YYYY-MM-DD` for ".../1989/10/28/...", or "" when it gives no valid day.
    """
    if not isinstance(url, str) or not (match := _URL_DAY.search(url)):
        return ""
    try:
        return dt.date(*map(int, match.groups())).isoformat()
    except ValueError:
        return ""


def year_from_url(url: str) -> int | None:
    """The publication year an article's address gives as a path segment ("/archive/1998/…",
    "/2008/07/slug"), or None."""
    match = _URL_YEAR.search(url) if isinstance(url, str) else None
    return int(match.group(1)) if match else None


def published_from_text(lines: list[str]) -> str:
    """The publication date written in a dateline at the top of an article.

    Only datelines count: a short line with a labelled date (`Updated: Sep 02, 2020, 03:03 PM IST`,
    `Posted on September 2, 2020`, `date 2020-09-14`), a line that is a date (with at most a place
    name), or a date token opening the first lines (`date 2020-09-14 As demand ...`). A date inside
    a body sentence ("on September 2") is an event date and is ignored. A "published" date wins
    over an "updated" one.

    Args:
        lines: the article's lines, in order.

    Returns:
        `YYYY-MM-DD`, or "" when the top of the text has no dateline.
    """
    updated = ""
    for line in [line for line in lines if line.strip()][:DATE_SEARCH_LINES]:
        found = dateline_date(line)
        if found is None:
            prefix = date_prefix(line)
            found = (prefix[0], False) if prefix else None
        if found is None:
            continue
        iso, is_update = found
        if not is_update:
            return iso
        updated = updated or iso
    return updated


# A dateline that opens a paragraph names where the story was filed: "ISLAMABAD:",
# "HYDE PARK, N.Y., OCT. 23 --", "LE TOUQUET, France (CNN) --", "MERIDA, Mexico (AP) President",
# "Addis Ababa, October 21, 2024 (FBC) –", "Agra, July 15:" (before the text or on a line of its
# own), "OTTAWA (AP) _ President" (AP's archive), "TOKYO, Oct. 7 Kyodo South Korean President",
# "LONDON OCT. 29.–Mrs. Gandhi" (a dash against the text), "Washington, November 4.- Mrs." (a
# full stop before the dash), "BOGOTA, Colombia, Oct. 20 (AP) -, President" (a comma after it),
# or a line of its own with a date ("BONN, Germany, Feb. 17, Kyodo"), after an agency credit in
# brackets, or two ("(N.Z.P.A.-Reuter) LONDON, December 1. The …",
# "(N.Z. Press Association—Copyright) (Rec. 8 p.m.) MOSCOW. June 4. The …"), before an
# agency's name ("TBILISI, DECEMBER 25, ARMENPRESS. The meeting") or before a
# paper's name and date and a triple dash ("PORT MORESBY, Papua New Guinea (October 11, 1999 The
# National)---Australian …"). The place is in capitals, or in title case when a date follows it.
_AGENCIES = _alternation(_DATELINE_WORDS.agencies)
# An agency's credit in brackets of any kind: "(AP)", "{AP}", "[MENL]".
_CREDIT = r"[({\[][^)}\]\n]{1,60}[)}\]]"
_AGENCY_AND_DASH = (rf"(?:\s*(?:{_CREDIT})?\.?\s*(?::|-{{2,3}}|—|–|-|_|~),?(?:\s|$)"
                    rf"|\s*(?:{_CREDIT})?\s*-{{2,3}}(?=[A-Z])|\.?\s*[—–](?=[A-Z])"
                    r"|(?<=\d)\.\s+(?=[A-Z])"
                    r"|(?<=\d)\s+(?=[A-Z][a-z])"  # "KEY WEST, Fla., April 3 Secretary": dash lost
                    rf"|\s*{_CREDIT}\.?\s+(?=[A-Z])"
                    r"|,?\s+(?i:" + _AGENCIES + r")\.?(?:\s*[-–—])?\s+(?=[A-Z])"
                    r"|(?P<line_end>(?:,\s*[A-Z][\w.]*(?:\s+[A-Z][\w.]*)?)?(?:(?<=\d)\.)?\s*$))")
# A headline in capitals ("VISIT TO INDONESIA, SINGAPORE AND MALAYSIA - JOINT COMMITTEE") is no
# dateline: these words are not in a dateline's place.
_HEADLINE_WORD = r"(?:TO|AND|FOR|WITH|IN|ON|AT|BY|FROM|MEETS?|VISITS?)\b"
# Nor is a speaker's label in a transcript ("MR SCHLUTER:"): no place opens with an honorific.
_HONORIFIC = r"(?:MR|MRS|MS|DR|SIR|LADY)\b"
# A credit whose closing bracket the scan lost ("(N Z.P A. Reuter —Copyright? MOSCOW, June 21.",
# "(N.Z. Press TOKYO, June 12.") ends where a place in capitals, its month and day begin.
_UNCLOSED_CREDIT = (r"\((?=[^)\n]{1,40}?\s[A-Z]{3,}[A-Z .]*,\s+[A-Z][a-z]{2,8}\.?\s+\d)"
                    r"[^)\n]{1,40}?\s(?=[A-Z]{3})")
_UPPER_DATELINE = re.compile(
    r"^(?:\([^)\n]{1,40}\)\s*){0,2}(?:" + _UNCLOSED_CREDIT + r")?"
    r"(?P<place>(?!" + _HEADLINE_WORD + "|" + _HONORIFIC + r")[A-Z][A-Z'’.]+"
    r"(?:[ -](?!" + _HEADLINE_WORD + "|(?i:" + _AGENCIES + r")\b)[A-Z][A-Z'’.]+){0,3})"
    r"(?:/[A-Z][A-Z'’.]+(?:[ -][A-Z][A-Z'’.]+){0,3}){0,3}"  # "NEW DELHI/ISLAMABAD": the first
    r"(?:,\s*[A-Z][\w.]*(?:\s+[A-Z][\w.]*){0,2})?"
    r"(?:,?\s+(?P<month>[A-Z][A-Za-z]{2,8})\.?\s+(?P<day>\d{1,2})(?:,\s*\d{4})?"
    r"|,\s+(?i:" + _DATE + r"))?"  # "NEW DELHI, 20 July 2004 —"
    + _AGENCY_AND_DASH)
# A word of a place in title case, accented or with an apostrophe: "Brasília", "Nuku'alofa".
_TITLE_WORD = r"[A-Z][a-zà-öø-ÿ]+(?:['’][a-zà-öø-ÿ]+)?"
_TITLE_PLACE = rf"{_TITLE_WORD}(?:\s+{_TITLE_WORD}){{0,2}}"
_WEEKDAY = r"(?i:" + _alternation(WEEKDAYS) + r")\b"
# A place in title case and its date, its country between them or not: "San Cristóbal, 29 July
# 2022 (TDI):", "New Delhi, Aug.16 (ANI):", "Levoca, Slovakia; 23 January 1998 (RFE/RL) --",
# "Singapore, Nov. 7, 2015, —", "Brasília, 4/11/2006 (Agência Brasil - ABr) -".
_TITLE_DATELINE = re.compile(
    rf"^(?P<place>{_TITLE_PLACE})(?:/{_TITLE_PLACE}){{0,3}}(?:,\s+(?!{_WEEKDAY}){_TITLE_PLACE})?"
    r"[,;]\s+(?i:" + _DATE + r"|\d{1,2}/\d{1,2}/\d{4}"
    + rf"|(?P<month>{_EN_MONTH})(?:\.\s*|\s+)(?P<day>\d{{1,2}})(?!\d)"
    + rf"|(?P<day_first>\d{{1,2}})\s+(?P<month_after>{_EN_MONTH})\b),?" + _AGENCY_AND_DASH)


# A place in title case, its agency in brackets and a dash, before the text or ending the line:
# "London (Reuters) -", "Astana. (Interfax) -".
_TITLE_AGENCY_DATELINE = re.compile(
    r"^(?P<place>[A-Z][a-z]+(?:[ -][A-Z][a-z]+){0,2})\.?\s*\([A-Z][^)\n]{0,39}\)"
    r"\s*(?:--|—|–|-|_)(?:\s|$)")

# A place in title case and its country before a long dash: "Tehran, Iran – Turkey's ...".
_TITLE_COUNTRY_DATELINE = re.compile(
    r"^(?P<place>[A-Z][a-z]+(?:[ -][A-Z][a-z]+){0,2}),\s+[A-Z][a-z]+(?:\s+[A-Z][a-z]+){0,2}"
    r"\s*(?:--|—|–)\s")

# An agency and a place alone on a line ("AP Kuala Lumpur", "Reuters, Nairobi"), or before the
# first sentence, as old papers print it ("NZPA-Reuter Staff Correspondent Peking The Prime
# Minister (Mr Muldoon) reached Peking"): agencies joined by a dash, "(Staff) Correspondent".
_OPENER = r"(?:The|A|An|Mr|Mrs|Ms|Dr|Sir)\b"  # words that open the first sentence, no place
# Words of an agency's own name, no place: "ITAR-TASS News Agency".
_AGENCY_NAME_WORD = r"(?:News|Agency|Press|Service|Staff|Images|Writer|Correspondent)\b"
_AGENCY_ALONE = re.compile(rf"(?i:{_AGENCIES})")
_AGENCY_DATELINE = re.compile(
    rf"^(?:{_AGENCIES})(?:-(?:{_AGENCIES}))*\s*[,|/–-]?\s*(?:(?:Staff\s+)?Correspondent\s+)?"
    rf"(?P<place>(?!{_OPENER}|{_AGENCY_NAME_WORD}|(?:{_AGENCIES})\b)[A-Z][a-z]+"
    rf"(?:[ -](?!{_OPENER}|{_AGENCY_NAME_WORD})[A-Z][a-z]+){{0,2}})"
    rf"(?:\s*$|\s+(?={_OPENER}))")

# A line that labels the story's place: "- Location: NEW DELHI, INDIA".
_PLACE_LABEL = re.compile(r"^[-•*\s]*(?i:" + _alternation(_DATELINE_WORDS.place_labels)
                          + r")\s*:\s*(?P<place>[^,;\n]*[^,;\s])")
# An agency's name opening a line, then up to three words in title case after anything but
# letters, or "staff correspondent" (a known city among them is the dateline).
_AGENCY_THEN_WORDS = re.compile(
    rf"^(?:{_AGENCIES})(?:-(?:{_AGENCIES}))*[^A-Za-z\n]*(?:(?i:staff\s+)?(?i:correspondent)\b"
    rf"[^A-Za-z\n]*)?(?P<words>{_TITLE_WORD}(?:\s+{_TITLE_WORD}){{0,2}})")

# A place in title case before a colon, a bar or a dash ("New Delhi: …", "Santo Domingo : …",
# "Male |", "Harare - Zimbabwean President …", "Muscat-SANA The Minister …"), or alone on its
# line, its country or region after it or not ("Suva, Fiji", "Ottawa, Ontario").
_TITLE_CITY_DATELINE = re.compile(
    rf"^(?P<place>{_TITLE_WORD}(?:[ -]{_TITLE_WORD}){{0,2}})"
    r"(?:\s*[:|]\s+|\s*(?:--?|—|–)\s+|\s+(?:--?|—|–)|\s*[—–]|-(?=[A-Z]{2})"
    rf"|(?:\s*,\s*{_TITLE_PLACE})?\s*$)")


def _dateline(line: str) -> re.Match[str] | None:
    labels = {word.lower() for word in (*_DATELINE_WORDS.labels, *_DATELINE_WORDS.update_words)}
    match = _UPPER_DATELINE.match(line)
    if match and match["line_end"] is not None and not match["month"]:
        match = None  # a line in capitals alone is a headline unless a date follows the place
    match = match or _TITLE_DATELINE.match(line) or _TITLE_AGENCY_DATELINE.match(line) \
        or _TITLE_COUNTRY_DATELINE.match(line) or _AGENCY_DATELINE.match(line)
    words = match["place"].lower().split() if match else []
    # "Tuesday, May 24, 2005", "PUBLISHED WEDNESDAY, MAY 24, 1978": a date, no place
    if match and len(match["place"]) >= 4 and words[0] not in labels \
            and words[0] not in _DATELINE_WORDS.line_labels \
            and not any(word in WEEKDAYS for word in words) \
            and not _AGENCY_ALONE.fullmatch(match["place"]):  # "Xinhua, September 14, 2015"
        return match
    return None


def dateline_place(lines: list[str], known_city: Callable[[str], bool] = lambda name: False
                   ) -> str:
    """The place a dateline at the start of one of the first lines names, in title case; a line
    that labels the place ("- Location: NEW DELHI, INDIA") comes first, and a speaker's label
    in a transcript ("PRESIDENT CARTER:") names none.

    Args:
        lines: the article's lines (its clean text split at line breaks).
        known_city: whether a name is a city; a place in title case before a colon, bar or
            dash, or alone on its line ("New Delhi: Prime Minister …", "Male | Published: …",
            "Harare - Zimbabwean …", "Suva, Fiji"), or after an agency's name whatever stands
            around it ("NZPA-Reuter - - — Seoul President …") is a dateline only when it is one
            (not "Photo:", "Source:", "Tony Blair:", a section's "Central Asia:").

    Returns:
        "Hyde Park" for "HYDE PARK, N.Y., OCT. 23 -- President Clinton …", or "" when no line
        opens with a dateline.
    """
    first = lines[:DATE_SEARCH_LINES]
    labelled = filter(None, map(_PLACE_LABEL.match, first))
    for match in itertools.chain(labelled, filter(None, map(_dateline, first))):
        if not _speaker_label(match["place"]):
            place = match["place"].rstrip(".")  # "LIMA.-"
            return place.title() if place.isupper() else place
    return next((match["place"] for line in first
                 if (match := _TITLE_CITY_DATELINE.match(line)) and known_city(match["place"])),
                "") or next(filter(None, (_city_after_agency(line, known_city) for line in first)),
                            "")


def _city_after_agency(line: str, known_city: Callable[[str], bool]) -> str:
    """The known city right after an agency's name that opens a line, whatever stands between
    them and follows ("NZPA-Reuter - - — Seoul President Jimmy Carter …", "NZPA staff
    correspondent Canberra The …", "NZPA-Reuter Peking] China laid on …"), else ""."""
    match = _AGENCY_THEN_WORDS.match(line)
    words = match["words"].split() if match else []
    return next((city for size in range(len(words), 0, -1)
                 if known_city(city := " ".join(words[:size]))), "")


def _speaker_label(place: str) -> bool:
    """Whether a dateline's place in capitals is a speaker's label in a transcript ("SENIOR
    ADMINISTRATION OFFICIAL:", "PRESIDENT CARTER:"): text to skip like a dateline, no place."""
    return place.isupper() and not _SPEAKER_WORDS.isdisjoint(place.lower().split())


def dateline_end(line: str) -> int:
    """Where the text after a dateline starts in a line that opens with one, else 0.

    Args:
        line: one line of an article.

    Returns:
        The offset of the first character after "ADDIS ABABA, Oct. 21 (FBC) – ", or 0.
    """
    match = _dateline(line)
    return match.end() if match else 0


def dateline_day(lines: list[str], published: dt.date) -> dt.date | None:
    """The day a dateline gives ("HYDE PARK, N.Y., OCT. 23 --"), in the year of publication.

    Args:
        lines: the article's lines.
        published: its publication date.

    Returns:
        The day the first dateline that gives one gives (at the start of a line, else run into
        the headline's line of a scanned page), when it is up to `DATELINE_LEAD_DAYS` before
        publication (wire copy filed the day before it was printed); else None.
    """
    top = lines[:DATE_SEARCH_LINES]
    days = (_dateline_month_day(m, published.year) for m in map(_dateline, top) if m)
    day = next(filter(None, days), None)
    if day is None and (run_in := _RUN_IN_DATELINE.search("\n".join(top)[:RUN_IN_DATELINE_CHARS])):
        day = _dateline_month_day(run_in, published.year)
    return day if day is not None and 0 <= (published - day).days <= DATELINE_LEAD_DAYS else None


def _dateline_month_day(match: re.Match[str], year: int) -> dt.date | None:
    groups = match.groupdict()
    named = groups.get("month") or groups.get("month_after")
    if named and named.lower().rstrip(".") in MONTHS:
        month = _month_number(named.rstrip("."))
        day = int(groups.get("day") or groups["day_first"])
    else:
        iso = parse_date(match.group(0))
        return dt.date.fromisoformat(iso) if iso else None
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None
