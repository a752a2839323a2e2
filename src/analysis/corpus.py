"""Load a folder of scraped articles into clean, dated articles.

`load_corpus(path)` reads `.txt`, `.html`/`.htm` and `.jsonl` files, decodes them (UTF-8 first,
then a legacy code page), removes boilerplate lines and finds each article's title and
publication date. `clean_lines(lines)` is the pure line classifier behind the cleaning, usable on
text written in a test or a notebook.

    >>> kept, removed = clean_lines(["Top Trending", "Putin met Lukashenko in Sochi on Monday."])
    >>> kept
    ['Putin met Lukashenko in Sochi on Monday.']
    >>> removed
    [(1, 'Top Trending', 'short_fragment')]

What the loader reads, and what it leaves out of `Corpus.report`:
- every entry of the folder (not its subfolders, which are reported as skipped) is one report row,
  except hidden files (names starting with ".") and the metadata file in use;
- a `.jsonl` file gets one row for the file and one row per line that failed (blank lines are
  not articles and get no row).
"""

from __future__ import annotations

import codecs
import datetime as dt
import json
import logging
import math
import re
import unicodedata
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

import charset_normalizer
import pandas as pd
import trafilatura

from analysis.tables import ARTICLE_COLUMNS, REMOVED_COLUMNS, REPORT_COLUMNS, empty_table

log = logging.getLogger(__name__)

# --------------------------------------------------------------------------------------------
# Judgement constants
# --------------------------------------------------------------------------------------------

TEXT_SUFFIXES = frozenset({".txt"})
HTML_SUFFIXES = frozenset({".html", ".htm"})
JSONL_SUFFIXES = frozenset({".jsonl"})
METADATA_FILENAME = "metadata.csv"
METADATA_FIELDS = ("outlet", "url", "published", "title")

# A line of at most this many words without sentence punctuation is navigation or a widget label
# ("Top Trending", "main img", "Story highlights"); headlines and subheadings have three or more.
SHORT_FRAGMENT_MAX_WORDS = 2
# A markup-like token (`ugc_banner`, `ad_slot_2`) marks a widget name when the line is this short.
MARKUP_LINE_MAX_WORDS = 4
# A run of at least this many lines numbered n, n+1, n+2 ... is a list of links (trending,
# most read); two numbered lines in a row are too common in real prose to count.
MIN_LIST_RUN = 3
# A numbered item may have its headline on the next line ("1" / "Russia Moving ..."), so
# consecutive numbers may be this many lines apart.
MAX_LIST_GAP = 2
# A line repeated across articles is boilerplate only when it is this short: long sentences shared
# by two articles are syndicated wire copy, which is content (legal notices are caught by pattern).
REPEAT_MAX_WORDS = 25
# ... and only when it occurs in at least this many distinct article texts (identical scrapes of
# one article count once, so a duplicate file does not wipe itself out).
MIN_REPEAT_ARTICLES = 2
# A line contained in another line of the same article ("Story highlights" copies, pull quotes) is
# a duplicate only from this length on; shorter overlaps are ordinary phrases.
DUPLICATE_MIN_WORDS = 6
# The headline is searched among the first lines only, before the first body sentence.
HEADLINE_SEARCH_LINES = 6
HEADLINE_MIN_WORDS = 3
HEADLINE_MAX_WORDS = 20
# A line with a body-like sentence of this many words ends the headline search.
BODY_SENTENCE_MIN_WORDS = 8
# Datelines are short: "Moscow, RussiaUpdated: Sep 02, 2020, 03:03 PM IST" is 8 words.
DATELINE_MAX_WORDS = 12
# Words a dateline may carry besides labels, dates and times ("Moscow, Russia", "by admin").
DATELINE_OTHER_WORDS = 3
# Publication dates are read only from the top of the text, where datelines live; a date in the
# body ("on September 2") is an event date, not a publication date.
DATE_SEARCH_LINES = 8
# Line-pattern families that match words a body sentence may also use are limited to lines up to
# this long (promos and captions are short); `None` means any length.
FAMILY_MAX_WORDS: dict[str, int | None] = {
    "breadcrumb": 25,
    "promo": 40,
    "legal_notice": None,
    "photo_caption": 40,
    "byline": 12,
}
# Decoding: share of characters that may be control, private-use or replacement characters before
# a decoded text counts as garbage (a few stray control characters occur in real scrapes).
MAX_GARBAGE_SHARE = 0.01
# Bytes inspected for NUL (binary) and for an HTML `<meta charset>` declaration.
SNIFF_BYTES = 4096
# Legacy code pages tried by hand before asking charset-normalizer, which misreads short texts.
CYRILLIC_CODEPAGES = ("cp1251", "koi8_r")
WESTERN_CODEPAGE = "cp1252"
# A decoding is Cyrillic when at least this share of its non-ASCII letters is Cyrillic and at
# least this share of the words holding Cyrillic letters hold no Latin letter ("cafй" is not).
MIN_CYRILLIC_SHARE = 0.8
MIN_PURE_CYRILLIC_WORDS = 0.9
# A Western decoding is plausible when accented letters are a minority of the letters; Cyrillic
# bytes read as cp1252 give runs of accented letters ("Àëåêñàíäð").
MAX_ACCENTED_SHARE = 0.3
# Relative letter frequencies (%) in Russian and Belarusian news text; the right code page gives
# frequent letters, the wrong one gives rare ones in the wrong case.
CYRILLIC_LETTER_FREQUENCY = {
    "о": 10.97, "е": 8.45, "а": 8.01, "и": 7.35, "н": 6.70, "т": 6.26, "с": 5.47, "р": 4.73,
    "в": 4.54, "л": 4.40, "к": 3.49, "м": 3.21, "д": 2.98, "п": 2.81, "у": 2.62, "я": 2.01,
    "ы": 1.90, "ь": 1.74, "г": 1.70, "з": 1.65, "б": 1.59, "ч": 1.44, "й": 1.21, "х": 0.97,
    "ж": 0.94, "ш": 0.73, "ю": 0.64, "ц": 0.48, "щ": 0.36, "э": 0.32, "ф": 0.26, "ъ": 0.04,
    "ё": 0.04, "і": 5.0, "ў": 1.5,
}
RARE_LETTER_FREQUENCY = 0.01

# --------------------------------------------------------------------------------------------
# Boilerplate patterns: data, one family per key (tests cover each family)
# --------------------------------------------------------------------------------------------

_NAME = r"[A-Z][\w'’.-]*"  # a capitalised name token
LINE_PATTERNS: dict[str, list[re.Pattern[str]]] = {
    # Navigation trails: "Home » World » Lukashenko will meet ...".
    "breadcrumb": [
        re.compile(r"(?i)^\s*(?:home|main|news|startseite|главная)\s*[»›>/|]"),
        re.compile(r"\S\s*[»›]\s*\S.*[»›]"),
    ],
    # Comment, cookie, app, newsletter and sharing promos, "read more" links.
    "promo": [
        re.compile(r"(?i)\bleave a (?:comment|reply)\b"),
        re.compile(r"(?i)\bakismet\b"),
        re.compile(r"(?i)\blearn how your comment data\b"),
        re.compile(r"(?i)\b(?:this (?:site|website)|we) uses? cookies\b"),
        re.compile(r"(?i)\baccept (?:all )?cookies\b"),
        re.compile(r"(?i)\bdownload (?:the|our) .{0,40}\bapp\b"),
        re.compile(r"(?i)\b(?:subscribe|sign up)\b.{0,40}\b(?:newsletter|channel|alerts|updates)\b"),
        re.compile(r"(?i)\b(?:our|daily|weekly|free|email) newsletter\b"),
        re.compile(r"(?i)\bfollow (?:us|@\w+) on\b"),
        re.compile(r"(?i)\bshare (?:this|the) (?:article|story|post|page)\b"),
        re.compile(r"(?i)\b(?:click|tap) here\b"),
        re.compile(
            r"(?i)^(?:advertisement|related(?: articles| stories| news)?|read (?:more|also|next)"
            r"|see also|more from [\w ]+|recommended|you may also like|most (?:read|popular))"
            r"\s*(?::.*)?$"
        ),
    ],
    # Notices about the outlet or to the reader: status of the outlet, copyright, terms.
    "legal_notice": [
        re.compile(
            r"(?i)\bhas been (?:declared|designated|labell?ed|recogni[sz]ed)(?: as)? an? "
            r"[\"“']?(?:undesirable|foreign agent|extremist)"
        ),
        re.compile(
            r"(?i)\byou (?:could|may|might|can|will) face (?:fines|prosecution|imprisonment"
            r"|criminal|administrative)"
        ),
        re.compile(r"(?i)^to (?:find|learn) out more\b"),
        re.compile(r"(?i)\ball rights reserved\b"),
        re.compile(r"(?i)^(?:©|\(c\)\s|copyright\b)|©\s*\d{4}"),
        re.compile(
            r"(?i)\b(?:reproduction|republication|redistribution)\b.{0,60}"
            r"\b(?:prohibited|without (?:prior )?(?:written )?permission)\b"
        ),
        re.compile(
            r"(?i)^(?:terms (?:of use|of service|and conditions)|privacy(?: policy)?"
            r"|cookie policy|contact us|about us)(?:\s*[|·•].*)?$"
        ),
    ],
    # Photo captions and credits: "(file photo). Photograph:(Reuters)", "... Name Surname / AP".
    "photo_caption": [
        re.compile(r"(?i)\bphoto(?:graph)?s?\s*:\s*\(?\s*\w"),
        re.compile(r"(?i)\b(?:photo|image|picture|video)\s+(?:credit|courtesy)\b"),
        re.compile(r"(?i)\((?:file\s+)?(?:photo|image|picture|pic)\)"),
        re.compile(r"(?i)\bvia getty images\b"),
        re.compile(
            rf"(?:^|[.!?]\s+){_NAME}(?:\s+{_NAME}){{0,3}}\s*/\s*[A-Z][\w&.-]*"
            r"(?:\s+[A-Z][\w&.-]*){0,2}\s*$"
        ),
    ],
    # Bylines and wire credits.
    "byline": [
        re.compile(r"(?i)^\(?with (?:inputs from )?[\w/&.,' -]{1,40}? inputs?\)?\.?$"),
        re.compile(r"(?i)^\(?with inputs from [\w/&.,' -]{1,40}\)?\.?$"),
        re.compile(r"(?i)\bcontributed (?:reporting )?to this (?:report|story|article)\b"),
        re.compile(r"(?i)^(?:additional )?(?:reporting|writing|editing)(?: and \w+)? by\b"),
        re.compile(
            rf"^By\s+{_NAME}(?:\s+(?:{_NAME}|and))*"
            rf"(?:\s*[,|–-]\s*{_NAME}(?:\s+{_NAME}){{0,4}})?\s*$"
        ),
        re.compile(r"(?i)^sources?\s*:\s*\S"),
    ],
}
# A line with no letter or digit at all is a separator ("– .", "***", "———").
_HAS_ALNUM = re.compile(r"[^\W_]")
# A markup or widget identifier: `ugc_banner`, `ad_slot_2`.
_MARKUP_TOKEN = re.compile(r"\b[a-z0-9]+(?:_[a-z0-9]+)+\b")
# Sentence-final punctuation, possibly followed by closing quotes or brackets.
_SENTENCE_END = re.compile(r"[.!?…][\"'”’»)\]]*\s*$")
# A headline does not end like a clause (comma, colon, semicolon) or a sentence (period).
_NOT_HEADLINE_END = re.compile(r"[.,;:][\"'”’»)\]]*\s*$")
# A numbered list item: "1", "2'So Much Death': ...", "3Ukraine Hits ...", "4. ...", "5) ...".
_NUMBERED_ITEM = re.compile(r"^\s*(\d{1,2})(?:[.)]\s+|\s+(?=\S)|(?=[^\W\d_]|['\"‘“])|\s*$)")
# A number alone on its line ("1", "2.").
_BARE_NUMBER = re.compile(r"^\s*\d{1,2}[.)]?\s*$")
# A bulleted list item.
_BULLET_ITEM = re.compile(r"^\s*[•·▪►‣*–—-]\s+\S")

# --------------------------------------------------------------------------------------------
# Dates
# --------------------------------------------------------------------------------------------

_MONTHS = {
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6, "jul": 7, "aug": 8, "sep": 9,
    "oct": 10, "nov": 11, "dec": 12,
    "января": 1, "февраля": 2, "марта": 3, "апреля": 4, "мая": 5, "июня": 6, "июля": 7,
    "августа": 8, "сентября": 9, "октября": 10, "ноября": 11, "декабря": 12,
}
_EN_MONTH = (
    r"jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
    r"|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?"
)
_RU_MONTH = "января|февраля|марта|апреля|мая|июня|июля|августа|сентября|октября|ноября|декабря"
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
# Labels that introduce a publication date; "updated" ranks below the others.
_LABEL = (
    r"(?:(?i:\b(?:published|posted(?: on)?|last updated|updated|last modified|dated?"
    r"|опубликовано|обновлено|дата))|(?<=[a-z])(?:Published|Posted|Updated))"
)
LABELLED_DATE = re.compile(_LABEL + r"\s*(?::\s*)?(?i:on\s+)?(?P<date>(?i:" + _DATE + "))")
_LEADING_LABELLED_DATE = re.compile(r"^\s*" + LABELLED_DATE.pattern + r"\s*[|,:–-]?\s*")
_LEADING_NUMERIC_DATE = re.compile(r"^\s*(?P<date>" + _NUMERIC_DATE + r")\s*[|,:–-]?\s*")
_TIME = re.compile(r"(?i)\b\d{1,2}:\d{2}(?::\d{2})?\s*(?:[ap]\.?m\.?)?(?:\s+[A-Z]{2,5}\b)?")
_UPDATED_LABEL = re.compile(r"(?i)updated|modified|обновлено")


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


def _date_from_match(match: re.Match[str]) -> str:
    groups = {key: value for key, value in match.groupdict().items() if value}
    if "iy" in groups:
        year, month, day = groups["iy"], groups["im"], groups["id"]
    elif "dy" in groups:
        year, month, day = groups["dy"], groups["dm"], groups["dd"]
    elif "y1" in groups:
        year, month, day = groups["y1"], _MONTHS[groups["m1"][:3].lower()], groups["d1"]
    else:
        name = groups["m2"].lower()
        year, month, day = groups["y2"], _MONTHS.get(name) or _MONTHS[name[:3]], groups["d2"]
    try:
        return dt.date(int(year), int(month), int(day)).isoformat()
    except ValueError:  # 2020-02-31 and the like
        return ""


def _dateline_date(line: str) -> tuple[str, bool] | None:
    """(ISO date, labelled as an update) when `line` is a dateline, else None."""
    if len(line.split()) > DATELINE_MAX_WORDS:
        return None
    labelled = LABELLED_DATE.search(line)
    bare = DATE_PATTERN.search(line)
    iso = parse_date(labelled.group("date")) if labelled else _date_from_match(bare) if bare else ""
    if not iso:
        return None
    rest = _TIME.sub(" ", DATE_PATTERN.sub(" ", LABELLED_DATE.sub(" ", line)))
    other_words = [word for word in rest.split() if _HAS_ALNUM.search(word)]
    # Besides the date, a dateline holds only a few words (a place, a weekday, "by admin"); more
    # words make it a body line that opens with a date (see `_date_prefix`).
    if len(other_words) > DATELINE_OTHER_WORDS:
        return None
    if labelled:
        # Only a place may precede the label ("Moscow, RussiaUpdated: ..."), and a dateline is
        # no sentence: "the office posted on 14 September 2020 a video." is body text.
        before = [word for word in line[: labelled.start()].split() if _HAS_ALNUM.search(word)]
        if any(not word[0].isupper() for word in before) or (
            other_words and _SENTENCE_END.search(line)
        ):
            return None
        return iso, bool(_UPDATED_LABEL.search(labelled.group(0)))
    # An unlabelled date needs the look of a dateline: no sentence, capitalised words only.
    if _SENTENCE_END.search(line) or any(not word[0].isupper() for word in other_words):
        return None
    return iso, False


def _date_prefix(line: str) -> tuple[str, str] | None:
    """(ISO date, prefix text) when a body line opens with a date token (`date 2020-09-14 As ...`)."""
    match = _LEADING_LABELLED_DATE.match(line) or _LEADING_NUMERIC_DATE.match(line)
    if not match or not match.group(0).strip():
        return None
    iso = parse_date(match.group("date"))
    rest = line[match.end():]
    if not iso or not rest.strip() or _dateline_date(line):
        return None
    return iso, match.group(0).strip()


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
        found = _dateline_date(line)
        if found is None:
            prefix = _date_prefix(line)
            found = (prefix[0], False) if prefix else None
        if found is None:
            continue
        iso, is_update = found
        if not is_update:
            return iso
        updated = updated or iso
    return updated


# --------------------------------------------------------------------------------------------
# Line cleaning (pure)
# --------------------------------------------------------------------------------------------


def _words(line: str) -> int:
    return len(line.split())


def line_key(line: str) -> str:
    """The form in which lines are compared across and within articles.

    Args:
        line: one line of text.

    Returns:
        the line with whitespace collapsed (non-breaking spaces included) and case folded.
    """
    return " ".join(line.split()).casefold()


def _line_reason(line: str, repeated: frozenset[str]) -> str | None:
    """The boilerplate family of one line judged on its own, or None for content."""
    text = " ".join(line.split())
    n_words = _words(text)
    if not _HAS_ALNUM.search(text):
        return "separator"
    if _dateline_date(text):
        return "dateline"
    if n_words <= REPEAT_MAX_WORDS and line_key(text) in repeated:
        return "repeated_across_articles"
    for family, patterns in LINE_PATTERNS.items():
        limit = FAMILY_MAX_WORDS[family]
        if (limit is None or n_words <= limit) and any(p.search(text) for p in patterns):
            return family
    if _SENTENCE_END.search(text):
        return None
    if n_words <= MARKUP_LINE_MAX_WORDS and _MARKUP_TOKEN.search(text):
        return "markup"
    if n_words <= SHORT_FRAGMENT_MAX_WORDS:
        return "short_fragment"
    return None


def _numbered_list_lines(lines: list[str], nonblank: list[int]) -> set[int]:
    """Indexes of lines inside runs of numbered items (1, 2, 3 ...) such as trending lists.

    Items are headline-like: a bare number, or a line that does not end with a period (a numbered
    list of full sentences is content).
    """
    numbered = []
    for position, index in enumerate(nonblank):
        match = _NUMBERED_ITEM.match(lines[index])
        if match and (_BARE_NUMBER.match(lines[index]) or not _NOT_HEADLINE_END.search(lines[index])):
            numbered.append((position, int(match.group(1))))
    marked: set[int] = set()
    run: list[tuple[int, int]] = []
    for item in [*numbered, (-1, -1)]:  # the sentinel closes the last run
        if run and item[1] == run[-1][1] + 1 and 0 < item[0] - run[-1][0] <= MAX_LIST_GAP:
            run.append(item)
            continue
        if len(run) >= MIN_LIST_RUN:
            first, last = run[0][0], run[-1][0]
            if _BARE_NUMBER.match(lines[nonblank[last]]) and last + 1 < len(nonblank):
                last += 1  # a bare last number carries its headline on the next line
            marked.update(nonblank[first:last + 1])
        run = [item]
    return marked


def _bulleted_list_lines(lines: list[str], nonblank: list[int]) -> set[int]:
    """Indexes of runs of bulleted items without sentence punctuation (link lists)."""
    marked: set[int] = set()
    run: list[int] = []
    for index in [*nonblank, -1]:  # the sentinel closes the last run
        line = lines[index] if index >= 0 else ""
        if index >= 0 and _BULLET_ITEM.match(line) and not _SENTENCE_END.search(line):
            run.append(index)
            continue
        if len(run) >= MIN_LIST_RUN:
            marked.update(run)
        run = []
    return marked


def _classify(lines: list[str], repeated: frozenset[str]) -> list[str | None]:
    """A reason per line (None for content or blank), before headline and duplicate rules."""
    reasons: list[str | None] = [
        _line_reason(line, repeated) if line.strip() else None for line in lines
    ]
    nonblank = [i for i, line in enumerate(lines) if line.strip()]
    for index in _numbered_list_lines(lines, nonblank):
        if reasons[index] in (None, "short_fragment", "markup"):
            reasons[index] = "numbered_list"
    for index in _bulleted_list_lines(lines, nonblank):
        reasons[index] = reasons[index] or "bulleted_list"
    return reasons


def _headline_index(lines: list[str], reasons: list[str | None]) -> int | None:
    """Index of the headline: the first headline-like line before the first body sentence."""
    seen = 0
    for index, line in enumerate(lines):
        if not line.strip():
            continue
        seen += 1
        if seen > HEADLINE_SEARCH_LINES:
            return None
        if reasons[index] is not None:
            continue
        text = " ".join(line.split())
        if _date_prefix(text):
            return None
        n_words = _words(text)
        if HEADLINE_MIN_WORDS <= n_words <= HEADLINE_MAX_WORDS and not _NOT_HEADLINE_END.search(
            text
        ) and (text[0].isupper() or text[0].isdigit() or text[0] in "\"'“‘«"):
            return index
        if n_words >= BODY_SENTENCE_MIN_WORDS and _SENTENCE_END.search(text):
            return None
    return None


def find_headline(lines: list[str], repeated: frozenset[str] = frozenset()) -> str:
    """The headline line of an article's text, if it has one.

    The headline is the first line of 3-20 words that is not boilerplate, does not end like a
    sentence or a clause, and comes before the first body sentence within the first lines.

    Args:
        lines: the article's lines, in order.
        repeated: line keys repeated across the corpus (see `clean_lines`).

    Returns:
        the headline with whitespace collapsed, or "".
    """
    repeated = frozenset(line_key(line) for line in repeated)
    return _headline(lines, _classify(lines, repeated))


def _headline(lines: list[str], reasons: list[str | None]) -> str:
    index = _headline_index(lines, reasons)
    return " ".join(lines[index].split()) if index is not None else ""


def clean_lines(
    lines: list[str], repeated: frozenset[str] = frozenset()
) -> tuple[list[str], list[tuple[int, str, str]]]:
    """Split an article's lines into content and boilerplate.

    Rules (families of `LINE_PATTERNS` plus features): separators, datelines, lines repeated across
    articles, breadcrumbs, promos, legal notices, photo captions, bylines, markup identifiers,
    short fragments without sentence punctuation, runs of numbered or bulleted list items, and
    lines whose text is contained in another line of the article (a "Story highlights" copy of a
    body sentence). The headline is kept. A date token opening a body line
    (`date 2020-09-14 As ...`) is stripped and the rest of the line kept.

    Args:
        lines: the article's lines, in order (blank lines allowed; they are dropped silently).
        repeated: lines that occur in several articles of the corpus; compared after collapsing
            whitespace and case.

    Returns:
        (kept lines with whitespace collapsed, removed entries `(line_no, text, reason)` where
        `line_no` is 1-based; a stripped date prefix is an entry with reason `dateline_prefix`).
    """
    kept, removed, _ = _clean(lines, frozenset(line_key(line) for line in repeated))
    return kept, removed


def _clean(
    lines: list[str], repeated_keys: frozenset[str]
) -> tuple[list[str], list[tuple[int, str, str]], str]:
    """`clean_lines` on already keyed repeated lines, also returning the headline."""
    reasons = _classify(lines, repeated_keys)
    headline = _headline_index(lines, reasons)
    texts = [" ".join(line.split()) for line in lines]
    prefixes: dict[int, str] = {}
    for index, text in enumerate(texts):
        prefix = _date_prefix(text) if reasons[index] is None else None
        if prefix:
            prefixes[index] = prefix[1]
            texts[index] = text[len(prefix[1]):].strip()
    content = [i for i, text in enumerate(texts) if text and reasons[i] is None]
    keys = {i: line_key(texts[i]) for i in content}
    for index in content:
        if index == headline or _words(texts[index]) < DUPLICATE_MIN_WORDS:
            continue
        key = keys[index]
        if any(
            other != index and key in keys[other] and (len(keys[other]) > len(key) or other > index)
            for other in content
        ):
            reasons[index] = "duplicate_of_other_line"
    kept: list[str] = []
    removed: list[tuple[int, str, str]] = []
    for index, text in enumerate(texts):
        if index in prefixes:
            removed.append((index + 1, prefixes[index], "dateline_prefix"))
        if not text:
            continue
        if reasons[index] is None:
            kept.append(text)
        else:
            removed.append((index + 1, text, reasons[index]))
    return kept, removed, texts[headline] if headline is not None else ""


def repeated_lines(texts: list[str]) -> frozenset[str]:
    """Lines (as `line_key`) that occur in at least `MIN_REPEAT_ARTICLES` distinct texts.

    Args:
        texts: the raw texts of the corpus's articles; identical texts count once.

    Returns:
        the repeated line keys of at most `REPEAT_MAX_WORDS` words.
    """
    counts: Counter[str] = Counter()
    for text in set(texts):
        keys = {line_key(line) for line in text.splitlines()}
        counts.update(key for key in keys if key and _words(key) <= REPEAT_MAX_WORDS)
    return frozenset(key for key, count in counts.items() if count >= MIN_REPEAT_ARTICLES)


# --------------------------------------------------------------------------------------------
# Decoding
# --------------------------------------------------------------------------------------------


class CorpusError(ValueError):
    """A corpus folder or metadata file that cannot be used at all."""


class _SkipFile(Exception):
    """A file (or .jsonl line) that is reported as skipped; the message is the reason."""


def _garbage_share(text: str) -> float:
    bad = sum(
        1 for char in text
        if char == "\ufffd"
        or (unicodedata.category(char) in {"Cc", "Co", "Cn"} and char not in "\n\r\t\f")
    )
    return bad / max(len(text), 1)


def _is_cyrillic(char: str) -> bool:
    return "\u0400" <= char <= "\u04ff"


def _cyrillic_score(text: str) -> float | None:
    """How much `text` looks like Russian/Belarusian; None when it is not a Cyrillic text."""
    foreign = [c for c in text if ord(c) > 127 and c.isalpha()]
    cyrillic = [c for c in foreign if _is_cyrillic(c)]
    if not cyrillic or len(cyrillic) < MIN_CYRILLIC_SHARE * len(foreign):
        return None
    words = [w for w in re.findall(r"[^\W\d_]+", text) if any(_is_cyrillic(c) for c in w)]
    pure = [w for w in words if all(_is_cyrillic(c) for c in w)]
    if len(pure) < MIN_PURE_CYRILLIC_WORDS * len(words):
        return None
    frequency = sum(
        math.log(CYRILLIC_LETTER_FREQUENCY.get(c.lower(), RARE_LETTER_FREQUENCY)) for c in cyrillic
    ) / len(cyrillic)
    # Natural casing (all lower, all upper, Capitalised); the wrong code page swaps case.
    natural = sum(1 for w in pure if w.islower() or w.isupper() or w.istitle()) / len(pure)
    return frequency + natural


def _is_western(text: str) -> bool:
    """Whether non-ASCII characters are a few Latin letters, quotes, dashes and symbols."""
    letters = [c for c in text if c.isalpha()]
    non_ascii = [c for c in text if ord(c) > 127]
    accented = [c for c in non_ascii if c.isalpha()]
    return all(
        unicodedata.name(c, "").startswith("LATIN") or unicodedata.category(c)[0] in "PSZ"
        for c in non_ascii
    ) and len(accented) <= MAX_ACCENTED_SHARE * len(letters)


_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?([\w-]+)""", re.IGNORECASE)


def _declared_charset(data: bytes) -> str | None:
    match = _META_CHARSET.search(data[:SNIFF_BYTES])
    if not match:
        return None
    try:
        return codecs.lookup(match.group(1).decode("ascii")).name
    except LookupError:
        return None


def _decode_bytes(data: bytes, html: bool = False) -> tuple[str, str]:
    """Decode a file's bytes: UTF-8 (with or without BOM) first, then a legacy code page.

    Order: a UTF-16 BOM; UTF-8; for HTML the declared `<meta charset>`; cp1251 or koi8-r when the
    text reads as Cyrillic (the one with more frequent letters and natural casing wins); cp1252
    for Western text with a few accented letters; else charset-normalizer's best guess.

    Args:
        data: the raw bytes.
        html: whether to honour a `<meta charset>` declaration.

    Returns:
        (text, encoding name).

    Raises:
        _SkipFile: empty, binary (NUL bytes) or undecodable input.
    """
    if not data.strip():
        raise _SkipFile("empty file")
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            return _checked(data.decode("utf-16"), "utf-16")
        except UnicodeDecodeError as error:
            raise _SkipFile("undecodable: broken UTF-16") from error
    if b"\x00" in data[:SNIFF_BYTES]:
        raise _SkipFile("binary file (NUL bytes)")
    try:
        if data.startswith(codecs.BOM_UTF8):
            return _checked(data.decode("utf-8-sig"), "utf-8-sig")
        return _checked(data.decode("utf-8"), "utf-8")
    except UnicodeDecodeError:
        pass
    declared = _declared_charset(data) if html else None
    if declared and declared not in {"utf-8", "utf_8"}:
        try:
            return _checked(data.decode(declared), declared)
        except UnicodeDecodeError:
            pass
    scored = []
    for name in CYRILLIC_CODEPAGES:
        try:
            text = data.decode(name)
        except UnicodeDecodeError:
            continue
        score = _cyrillic_score(text)
        if score is not None:
            scored.append((score, name, text))
    if scored:
        score, name, text = max(scored, key=lambda item: item[0])  # ties: first code page
        return _checked(text, name)
    try:
        text = data.decode(WESTERN_CODEPAGE)
        if _is_western(text):
            return _checked(text, WESTERN_CODEPAGE)
    except UnicodeDecodeError:
        pass
    best = charset_normalizer.from_bytes(data).best()
    if best is None:
        raise _SkipFile("undecodable: not UTF-8 and no legacy encoding fits")
    return _checked(str(best), best.encoding)


def _checked(text: str, encoding: str) -> tuple[str, str]:
    if _garbage_share(text) > MAX_GARBAGE_SHARE:
        raise _SkipFile(f"undecodable: control characters when read as {encoding}")
    if not text.strip():
        raise _SkipFile("empty file")
    return text, encoding


# --------------------------------------------------------------------------------------------
# Reading files
# --------------------------------------------------------------------------------------------


@dataclass
class _RawArticle:
    """One article as read from its file, before metadata and cleaning."""

    article_id: str
    path: str
    text: str
    report_row: dict[str, str]
    outlet: str = ""
    url: str = ""
    title: str = ""
    published: str = ""
    published_source: str = "unknown"
    raw_text: str = ""


@dataclass
class Corpus:
    """A loaded corpus.

    Attributes:
        articles: one row per loaded article, sorted by `article_id` (`ARTICLE_COLUMNS`).
        report: one row per input file and per failed `.jsonl` line (`REPORT_COLUMNS`):
            `status` is `loaded` or `skipped`, `reason` says why (or notes a renamed id).
        removed: every line the cleaner removed, with its reason (`REMOVED_COLUMNS`).
    """

    articles: pd.DataFrame
    report: pd.DataFrame
    removed: pd.DataFrame = field(default_factory=lambda: empty_table(REMOVED_COLUMNS))


def _report_row(path: Path | str, status: str, reason: str = "", encoding: str = "") -> dict:
    return {"path": str(path), "status": status, "reason": reason, "encoding": encoding}


def _read_text_file(path: Path) -> tuple[list[_RawArticle], list[dict]]:
    text, encoding = _decode_bytes(path.read_bytes())
    row = _report_row(path, "loaded", encoding=encoding)
    return [_RawArticle(path.stem, str(path), text, row)], [row]


def _read_html_file(path: Path, clean: bool) -> tuple[list[_RawArticle], list[dict]]:
    html, encoding = _decode_bytes(path.read_bytes(), html=True)
    document = trafilatura.bare_extraction(
        html, with_metadata=True, include_comments=False,
        # No extensive search: a date guessed from the page body would be a silent guess.
        date_extraction_params={"extensive_search": False, "original_date": True},
    )
    text = (document.text or "") if document is not None else ""
    if not text.strip():
        raise _SkipFile("no main text found in HTML")
    row = _report_row(path, "loaded", encoding=encoding)
    article = _RawArticle(path.stem, str(path), text, row)
    # Without cleaning, the raw text is every visible text of the page (navigation included).
    article.raw_text = "" if clean else trafilatura.html2txt(html)
    article.title = " ".join((document.title or "").split())
    published = parse_date(document.date or "")
    if published:
        # Declared by the page itself (meta tags, JSON-LD): the document's text, not our metadata.
        article.published, article.published_source = published, "text"
    return [article], [row]


def _read_jsonl_file(path: Path) -> tuple[list[_RawArticle], list[dict]]:
    text, encoding = _decode_bytes(path.read_bytes())
    file_row = _report_row(path, "loaded", encoding=encoding)
    articles: list[_RawArticle] = []
    line_rows: list[dict] = []
    for line_no, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        where = f"{path}:{line_no}"
        try:
            record = json.loads(line)
        except json.JSONDecodeError as error:
            line_rows.append(_report_row(where, "skipped", f"not JSON: {error.msg}", encoding))
            continue
        body = record.get("text") if isinstance(record, dict) else None
        if not isinstance(body, str) or not body.strip():
            reason = "no 'text' field" if isinstance(record, dict) else "not a JSON object"
            line_rows.append(_report_row(where, "skipped", reason, encoding))
            continue
        given_id = str(record.get("id", "")).strip() if record.get("id") is not None else ""
        article_id = given_id or f"{path.stem}_{line_no}"
        article = _RawArticle(article_id, str(path), body, file_row)
        for name in ("outlet", "url", "title"):
            setattr(article, name, " ".join(str(record.get(name) or "").split()))
        if record.get("published"):
            published = parse_date(str(record["published"]))
            if published:
                article.published, article.published_source = published, "metadata"
            else:
                log.warning("%s: published %r is not a date; ignored", where, record["published"])
        articles.append(article)
    if not articles:
        file_row.update(status="skipped", reason="no article in any line")
    else:
        skipped = f"; {len(line_rows)} lines skipped" if line_rows else ""
        file_row["reason"] = f"{len(articles)} articles{skipped}"
    return articles, [file_row, *line_rows]


def _read_entry(path: Path, clean: bool) -> tuple[list[_RawArticle], list[dict]]:
    """Read one folder entry; every problem becomes a skipped report row."""
    suffix = path.suffix.lower()
    try:
        if path.is_dir():
            raise _SkipFile("folder (subfolders are not read)")
        if suffix in TEXT_SUFFIXES:
            return _read_text_file(path)
        if suffix in HTML_SUFFIXES:
            return _read_html_file(path, clean)
        if suffix in JSONL_SUFFIXES:
            return _read_jsonl_file(path)
        raise _SkipFile(f"unsupported file type {suffix or '(no extension)'!r}")
    except _SkipFile as skip:
        return [], [_report_row(path, "skipped", str(skip))]
    except OSError as error:
        return [], [_report_row(path, "skipped", f"unreadable: {error.strerror or error}")]
    except UnicodeDecodeError as error:
        return [], [_report_row(path, "skipped", f"undecodable: {error.reason}")]


def _make_ids_unique(articles: list[_RawArticle]) -> None:
    """Rename later articles whose id is taken (`a`, `a-2`, `a-3` ...) and note it in the report."""
    first_path: dict[str, str] = {}
    taken = {article.article_id for article in articles}
    for article in articles:
        original = article.article_id
        if original not in first_path:
            first_path[original] = article.path
            continue
        suffix = 2
        while f"{original}-{suffix}" in taken:
            suffix += 1
        article.article_id = f"{original}-{suffix}"
        taken.add(article.article_id)
        note = (
            f"article_id {original!r} already used by {first_path[original]}; "
            f"renamed {article.article_id!r}"
        )
        row = article.report_row
        row["reason"] = f"{row['reason']}; {note}" if row["reason"] else note
        first = next(a for a in articles if a.article_id == original)
        first_note = f"article_id {original!r} also produced by {article.path}"
        if first_note not in first.report_row["reason"]:
            reason = first.report_row["reason"]
            first.report_row["reason"] = f"{reason}; {first_note}" if reason else first_note


def _read_metadata(path: Path) -> dict[str, dict[str, str]]:
    """Metadata rows by article_id, with ISO dates; unknown cells are ""."""
    if not path.is_file():
        raise CorpusError(f"metadata file not found: {path}")
    try:
        table = pd.read_csv(path, dtype=str, keep_default_na=False, encoding="utf-8-sig")
    except (pd.errors.ParserError, UnicodeDecodeError, pd.errors.EmptyDataError) as error:
        raise CorpusError(f"metadata file {path} is not a readable CSV: {error}") from error
    if "article_id" not in table.columns:
        raise CorpusError(f"metadata file {path} has no 'article_id' column")
    duplicated = sorted(set(table["article_id"][table["article_id"].duplicated()]))
    if duplicated:
        raise CorpusError(f"metadata file {path} lists article_id {duplicated[0]!r} twice")
    rows: dict[str, dict[str, str]] = {}
    for record in table.to_dict("records"):
        row = {name: " ".join(str(record.get(name, "")).split()) for name in METADATA_FIELDS}
        if row["published"]:
            iso = re.fullmatch(r"(\d{4}-\d{2}-\d{2})(?:[T ].*)?", row["published"])
            if not iso or not parse_date(iso.group(1)):
                raise CorpusError(
                    f"metadata file {path}: published {row['published']!r} for "
                    f"{record['article_id']!r} is not an ISO date (YYYY-MM-DD)"
                )
            row["published"] = iso.group(1)
        rows[str(record["article_id"]).strip()] = row
    return rows


def _article_row(
    article: _RawArticle, meta: dict[str, str], repeated: frozenset[str], clean: bool
) -> tuple[dict, list[dict]]:
    lines = article.text.splitlines()
    published, source = article.published, article.published_source
    if meta.get("published"):
        published, source = meta["published"], "metadata"
    elif not published:
        published = published_from_text(lines)
        source = "text" if published else "unknown"
    removed_rows: list[dict] = []
    if clean:
        kept, removed, headline = _clean(lines, repeated)
        text = "\n".join(kept)
        n_removed = sum(1 for _, _, reason in removed if reason != "dateline_prefix")
        removed_rows = [
            {"article_id": article.article_id, "line_no": line_no, "text": line, "reason": reason}
            for line_no, line, reason in removed
        ]
        if not kept:
            note = f"{article.article_id}: every line removed by cleaning"
            row = article.report_row
            row["reason"] = f"{row['reason']}; {note}" if row["reason"] else note
    else:
        text, n_removed = article.raw_text or article.text, 0
        headline = _headline(lines, _classify(lines, repeated))
    title = meta.get("title") or article.title or headline
    row = {
        "article_id": article.article_id, "path": article.path,
        "outlet": meta.get("outlet") or article.outlet, "url": meta.get("url") or article.url,
        "title": title, "published": published, "published_source": source, "text": text,
        "n_removed_lines": n_removed,
    }
    return row, removed_rows


def load_corpus(
    path: str | Path, metadata: str | Path | None = None, clean: bool = True
) -> Corpus:
    """Load a folder of `.txt`, `.html`/`.htm` and `.jsonl` articles.

    Files are read one at a time. A file that cannot be used (empty, binary, undecodable, other
    type) and a `.jsonl` line that is not JSON or has no `text` are reported as skipped and
    loading goes on. Two inputs with the same id keep both articles: the later one (in path
    order) becomes `id-2`. Metadata values win over values found in the file; a date written in
    the text is used only when the metadata has none (`published_source` says which).

    Args:
        path: the corpus folder.
        metadata: a CSV with `article_id` and any of `outlet`, `url`, `published` (ISO date),
            `title`; defaults to `metadata.csv` in the folder when present.
        clean: remove boilerplate lines (see `clean_lines`); False keeps the decoded raw text
            (for HTML, all visible text of the page).

    Returns:
        the `Corpus` (articles, report, removed lines).

    Raises:
        CorpusError: the folder is missing, empty or holds no readable article, or the metadata
            file is missing or malformed.

    Example:
        >>> corpus = load_corpus("seeds")  # doctest: +SKIP
        >>> corpus.articles[["article_id", "published", "published_source"]]  # doctest: +SKIP
    """
    folder = Path(path)
    if not folder.exists():
        raise CorpusError(f"corpus folder not found: {folder}")
    if not folder.is_dir():
        raise CorpusError(f"corpus path is not a folder: {folder}")
    if metadata is None and (folder / METADATA_FILENAME).is_file():
        metadata = folder / METADATA_FILENAME
    meta_path = Path(metadata) if metadata is not None else None
    meta = _read_metadata(meta_path) if meta_path is not None else {}
    entries = sorted(
        entry for entry in folder.iterdir()
        if not entry.name.startswith(".")
        and not (meta_path is not None and entry.resolve() == meta_path.resolve())
    )
    if not entries:
        raise CorpusError(f"corpus folder is empty: {folder}")

    articles: list[_RawArticle] = []
    report_rows: list[dict] = []
    for entry in entries:
        found, rows = _read_entry(entry, clean)
        articles.extend(found)
        report_rows.extend(rows)
    if not articles:
        reasons = "; ".join(f"{Path(r['path']).name}: {r['reason']}" for r in report_rows[:5])
        raise CorpusError(f"no readable articles in {folder} ({reasons})")
    _make_ids_unique(articles)
    unknown = sorted(set(meta) - {article.article_id for article in articles})
    if unknown:
        log.warning("metadata lists %d ids with no article, e.g. %r", len(unknown), unknown[0])

    repeated = repeated_lines([a.text for a in articles]) if clean else frozenset()
    rows, removed_rows = [], []
    for article in articles:
        row, removed = _article_row(article, meta.get(article.article_id, {}), repeated, clean)
        rows.append(row)
        removed_rows.extend(removed)
    table = pd.DataFrame(rows, columns=ARTICLE_COLUMNS)
    table = table.sort_values("article_id", kind="stable").reset_index(drop=True)
    removed_table = (
        pd.DataFrame(removed_rows, columns=REMOVED_COLUMNS) if removed_rows
        else empty_table(REMOVED_COLUMNS)
    )
    return Corpus(
        articles=table, report=pd.DataFrame(report_rows, columns=REPORT_COLUMNS),
        removed=removed_table,
    )


def removed_by_reason(removed: pd.DataFrame, examples: int = 2) -> pd.DataFrame:
    """What the cleaning removed, per family: counts and a few example lines.

    Args:
        removed: `Corpus.removed`.
        examples: example lines per family.

    Returns:
        `reason, n_lines, n_articles, examples` (examples joined by " | "), most lines first.
    """
    columns = ["reason", "n_lines", "n_articles", "examples"]
    if removed.empty:
        return pd.DataFrame(columns=columns)
    grouped = removed.groupby("reason")
    table = pd.DataFrame({
        "n_lines": grouped.size(),
        "n_articles": grouped["article_id"].nunique(),
        "examples": grouped["text"].agg(
            lambda lines: " | ".join(line[:80] for line in list(dict.fromkeys(lines))[:examples])),
    }).reset_index()
    return table.sort_values(["n_lines", "reason"], ascending=[False, True]).reset_index(
        drop=True)[columns]
