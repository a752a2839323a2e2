"""Boilerplate lines: the pure line classifier behind the corpus cleaning.

`clean_lines(lines)` splits an article's lines into content and boilerplate; `find_headline`
finds the headline among the first lines. The line families (breadcrumbs, promos, legal notices,
photo captions, bylines) and the markup and bullet patterns are rules read from
`data/boilerplate.yaml`; the thresholds below are tuning constants.
"""

from __future__ import annotations

import itertools
import re
from array import array
from collections import Counter

import numpy as np

from analysis.extract.corpus.captions import caption_and_credit
from analysis.extract.corpus.published import HAS_ALNUM, SENTENCE_END, date_prefix, dateline_date
from analysis.extract.corpus.schema import boilerplate_rules

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
# ... and no sentence of this many words or more: a wire story's lead that two outlets print
# ("Former president Thabo Mbeki reportedly held … talks with … Mugabe, 93, after he flew to
# Harare on Monday.") is content; "More information about X on The National Archive website."
# is not.
SYNDICATED_MIN_WORDS = 15
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

_RULES = boilerplate_rules()
# The line families, in the order they are tried: compiled patterns and word limits (None: any).
LINE_PATTERNS: dict[str, list[re.Pattern[str]]] = {
    family.name: [re.compile(pattern) for pattern in family.patterns]
    for family in _RULES.families
}
FAMILY_MAX_WORDS: dict[str, int | None] = {
    family.name: family.max_words for family in _RULES.families
}
# A line that says who speaks a transcript or a speech.
_SPEAKER_LINES = [re.compile(pattern) for pattern in _RULES.speaker_lines]
# Words no headline ends with: the line goes on in the next.
_CONTINUATION_WORDS = frozenset(_RULES.continuation_words)
# A markup or widget identifier: `ugc_banner`, `ad_slot_2`.
_MARKUP_TOKEN = re.compile(_RULES.markup_token)
# A bulleted list item.
_BULLET_ITEM = re.compile(_RULES.bullet_item)
# Layout and scanning marks, each blanked to a space.
_LAYOUT_BLANKS = {ord(symbol): " " for symbol in _RULES.layout_symbols}
# A headline does not end like a clause (comma, colon, semicolon) or a sentence (period).
_NOT_HEADLINE_END = re.compile(r"[.,;:][\"'”’»)\]]*\s*$")
# A numbered list item: "1", "2'So Much Death': ...", "3Ukraine Hits ...", "4. ...", "5) ...";
# group 1 is its number.
_NUMBERED_ITEM = re.compile(r"^\s*(\d{1,2})(?:[.)]\s+|\s+(?=\S)|(?=[^\W\d_]|['\"‘“])|\s*$)")
# A number alone on its line ("1", "2.").
_BARE_NUMBER = re.compile(r"^\s*\d{1,2}[.)]?\s*$")

Removed = list[tuple[int, str, str]]
# Reasons of a removed part of a line whose rest is kept.
PARTIAL_REASONS = ("dateline_prefix", "photo_credit")


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


def _family(text: str, n_words: int) -> str | None:
    """The first line family with a pattern found in `text`, within the family's word limit."""
    for family, patterns in LINE_PATTERNS.items():
        limit = FAMILY_MAX_WORDS[family]
        if (limit is None or n_words <= limit) and any(p.search(text) for p in patterns):
            return family
    return None


def _names_speaker(text: str) -> bool:
    """Whether a line says who speaks a transcript or a speech ("PRIME MINISTER:", "Jimmy
    Carter photo"): content, however short or often repeated, but no headline."""
    return any(pattern.search(text) for pattern in _SPEAKER_LINES)


def _fragment_reason(text: str, n_words: int) -> str | None:
    """`markup` or `short_fragment` for a short line that is no sentence, else None."""
    if SENTENCE_END.search(text):
        return None
    if n_words <= MARKUP_LINE_MAX_WORDS and _MARKUP_TOKEN.search(text):
        return "markup"
    if n_words <= SHORT_FRAGMENT_MAX_WORDS:
        return "short_fragment"
    return None


def _line_reason(line: str, repeated: frozenset[str]) -> str | None:
    """The boilerplate family of one line judged on its own, or None for content."""
    text = " ".join(line.split())
    n_words = _words(text)
    if not HAS_ALNUM.search(text):
        return "separator"
    if dateline_date(text):
        return "dateline"
    if _names_speaker(text):
        return None
    if n_words <= REPEAT_MAX_WORDS and line_key(text) in repeated \
            and not (n_words >= SYNDICATED_MIN_WORDS and SENTENCE_END.search(text)):
        return "repeated_across_articles"
    return _family(text, n_words) or _fragment_reason(text, n_words)


def _numbered_items(lines: list[str], nonblank: list[int]) -> list[tuple[int, int]]:
    """(position among the non-blank lines, number) of the headline-like numbered items.

    Items are headline-like: a bare number, or a line that does not end with a period (a numbered
    list of full sentences is content).
    """
    numbered = []
    for position, index in enumerate(nonblank):
        line = lines[index]
        match = _NUMBERED_ITEM.match(line)
        if match and (_BARE_NUMBER.match(line) or not _NOT_HEADLINE_END.search(line)):
            numbered.append((position, int(match.group(1))))
    return numbered


def _numbered_list_lines(lines: list[str], nonblank: list[int]) -> set[int]:
    """Indexes of lines inside runs of numbered items (1, 2, 3 ...) such as trending lists."""
    marked: set[int] = set()
    run: list[tuple[int, int]] = []
    for item in [*_numbered_items(lines, nonblank), (-1, -1)]:  # the sentinel closes the last run
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
    """Indexes of runs of bulleted items without sentence punctuation (link lists); not the
    parts of a sentence, a run that a line ending in a colon introduces and whose items end in a
    semicolon or comma ("He met with:" / "• Wilbur Ross, Secretary of Commerce;")."""
    marked: set[int] = set()
    run: list[int] = []
    for position, index in enumerate([*nonblank, -1]):  # the sentinel closes the last run
        line = lines[index] if index >= 0 else ""
        if index >= 0 and _BULLET_ITEM.match(line) and not SENTENCE_END.search(line):
            run.append(index)
            continue
        if len(run) >= MIN_LIST_RUN and not _continues_a_sentence(lines, run, nonblank, position):
            marked.update(run)
        run = []
    return marked


def _continues_a_sentence(lines: list[str], run: list[int], nonblank: list[int],
                          after: int) -> bool:
    """Whether a run of items, which ends before the `after`-th non-blank line, goes on with the
    line before it that ends in a colon, each item ending in a semicolon or comma."""
    before = after - len(run) - 1
    return before >= 0 and lines[nonblank[before]].rstrip().endswith(":") \
        and all(lines[index].rstrip().endswith((";", ",")) for index in run)


def classify(lines: list[str], repeated: frozenset[str]) -> list[str | None]:
    """A reason per line, before the headline and duplicate rules.

    Args:
        lines: the article's lines, in order.
        repeated: line keys (`line_key`) repeated across the corpus.

    Returns:
        one removal reason per line; None for content and blank lines.
    """
    reasons: list[str | None] = [
        _line_reason(line, repeated) if line.strip() else None for line in lines
    ]
    nonblank = [i for i, line in enumerate(lines) if line.strip()]
    for index, following in itertools.pairwise(nonblank):
        # "Mr. Wickremesinghe" / "is also expected to meet …": a sentence wrapped by hand
        if reasons[index] == "short_fragment" and reasons[following] is None \
                and lines[following].lstrip()[:1].islower():
            reasons[index] = None
    for index in _numbered_list_lines(lines, nonblank):
        if reasons[index] in (None, "short_fragment", "markup"):
            reasons[index] = "numbered_list"
    for index in _bulleted_list_lines(lines, nonblank):
        reasons[index] = reasons[index] or "bulleted_list"
    return reasons


def _is_headline_like(text: str, n_words: int) -> bool:
    """3-20 words, not ending like a clause or a sentence, opening with a capital, digit or
    quote, naming no speaker."""
    return HEADLINE_MIN_WORDS <= n_words <= HEADLINE_MAX_WORDS and not _NOT_HEADLINE_END.search(
        text
    ) and (text[0].isupper() or text[0].isdigit() or text[0] in "\"'“‘«") \
        and not _names_speaker(text)


def _headline_index(lines: list[str], reasons: list[str | None]) -> int | None:
    """Index of the headline: the first headline-like line before the first body sentence or a
    line that goes on in the next (`continuation_words`)."""
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
        if date_prefix(text):
            return None
        n_words = _words(text)
        if text.split()[-1].lower() in _CONTINUATION_WORDS:
            return None  # a hard-wrapped paragraph opens the text: its lines are no headline
        if _is_headline_like(text, n_words):
            return index
        if n_words >= BODY_SENTENCE_MIN_WORDS and SENTENCE_END.search(text):
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
    return headline(lines, classify(lines, repeated))


def headline(lines: list[str], reasons: list[str | None]) -> str:
    """The headline of classified lines.

    Args:
        lines: the article's lines, in order.
        reasons: their reasons from `classify`.

    Returns:
        the headline with whitespace collapsed, or "".
    """
    index = _headline_index(lines, reasons)
    return " ".join(lines[index].split()) if index is not None else ""


def clean_lines(
    lines: list[str], repeated: frozenset[str] = frozenset()
) -> tuple[list[str], Removed]:
    """Split an article's lines into content and boilerplate.

    Rules (families of `LINE_PATTERNS` plus features): separators, datelines, lines repeated across
    articles, breadcrumbs, promos, legal notices, photo captions, bylines, markup identifiers,
    short fragments without sentence punctuation, runs of numbered or bulleted list items, and
    lines whose text is contained in another line of the article (a "Story highlights" copy of a
    body sentence). The headline is kept. A date token opening a body line
    (`date 2020-09-14 As ...`) and a photo caption's credit are stripped and the rest of the
    line kept.

    Args:
        lines: the article's lines, in order (blank lines allowed; they are dropped silently).
        repeated: lines that occur in several articles of the corpus; compared after collapsing
            whitespace and case.

    Returns:
        (kept lines with whitespace collapsed, removed entries `(line_no, text, reason)` where
        `line_no` is 1-based; a stripped date prefix or photo credit, whose line stays, is an
        entry with a reason of `PARTIAL_REASONS`).
    """
    kept, removed, _ = clean_with_headline(lines, frozenset(line_key(line) for line in repeated))
    return [line for line in kept if line], removed


def clean_with_headline(
    lines: list[str], repeated_keys: frozenset[str]
) -> tuple[list[str], Removed, str]:
    """`clean_lines` on already keyed repeated lines, also returning the headline.

    Args:
        lines: the article's lines, in order.
        repeated_keys: line keys (`line_key`) repeated across the corpus.

    Returns:
        (kept lines, with an empty line where removed lines that end a paragraph (a byline, a
        dateline) stood between two of them; removed entries; the headline or "").
    """
    reasons = classify(lines, repeated_keys)
    headline_index = _headline_index(lines, reasons)
    texts, prefixes = _strip_date_prefixes(lines, reasons)
    _mark_duplicates(texts, reasons, headline_index)
    kept, removed = _kept_and_removed(texts, reasons, prefixes)
    return kept, removed, texts[headline_index] if headline_index is not None else ""


def _strip_date_prefixes(
    lines: list[str], reasons: list[str | None]
) -> tuple[list[str], dict[int, tuple[str, str]]]:
    """The lines with whitespace collapsed, content lines' date prefixes and photo credits cut
    off (the caption is content), and what was cut, with its reason, by line index."""
    texts = [" ".join(line.split()) for line in lines]
    prefixes: dict[int, tuple[str, str]] = {}
    for index, text in enumerate(texts):
        prefix = date_prefix(text) if reasons[index] is None else None
        if prefix:
            prefixes[index] = (prefix[1], "dateline_prefix")
            texts[index] = text[len(prefix[1]):].strip()
        elif reasons[index] == "photo_caption" and (found := caption_and_credit(
                text, LINE_PATTERNS["photo_caption"])):
            reasons[index], texts[index] = None, found[0]
            prefixes[index] = (found[1], "photo_credit")
    return texts, prefixes


def _mark_duplicates(
    texts: list[str], reasons: list[str | None], headline_index: int | None
) -> None:
    """Mark content lines (but the headline) whose text another content line contains.

    A line is a duplicate when a longer content line contains its key, or when the same key
    comes again later (the last copy is kept).
    """
    keys = {i: line_key(text) for i, text in enumerate(texts) if text and reasons[i] is None}
    last = {key: index for index, key in keys.items()}
    contained = _contained_keys(set(last))
    for index, key in keys.items():
        if index == headline_index or _words(texts[index]) < DUPLICATE_MIN_WORDS:
            continue
        if last[key] > index or key in contained:
            reasons[index] = "duplicate_of_other_line"


def _gram_hashes(key: str) -> list[int]:
    """Hashes of the word 4-grams of a key, in order."""
    words = key.split(" ")
    return list(map(hash, zip(words, words[1:], words[2:], words[3:], strict=False)))


def _anchors(keys: list[str]) -> dict[int, list[str]]:
    """Keys of at least `DUPLICATE_MIN_WORDS` words by the hash of their anchor: the rarest in the
    corpus of their interior word 4-grams (first and last word may be cut in a containing line,
    the interior ones are whole words there)."""
    hashes, starts = array("q"), []  # compact: a 50 MB text has millions of 4-grams
    for key in keys:
        starts.append(len(hashes))
        hashes.extend(_gram_hashes(key))
    starts.append(len(hashes))
    all_hashes = np.frombuffer(hashes, dtype=np.int64) if hashes else np.zeros(0, np.int64)
    _, inverse, counts = np.unique(all_hashes, return_inverse=True, return_counts=True)
    frequency = counts[inverse]
    by_anchor: dict[int, list[str]] = {}
    for index, key in enumerate(keys):
        start, end = starts[index] + 1, starts[index + 1] - 1  # interior 4-grams
        if end - start >= DUPLICATE_MIN_WORDS - 5:
            rarest = start + int(np.argmin(frequency[start:end]))
            by_anchor.setdefault(hashes[rarest], []).append(key)
    return by_anchor


def _contained_keys(keys: set[str]) -> set[str]:
    """The keys of at least `DUPLICATE_MIN_WORDS` words contained in another, longer key.

    Only a key whose anchor 4-gram another key has is compared with it (`in`), which keeps the
    check near-linear: many comparisons happen only when many keys share all their interior
    4-grams.
    """
    ordered = sorted(keys)
    by_anchor = _anchors(ordered)
    contained: set[str] = set()
    for other in ordered:
        for anchor in by_anchor.keys() & _gram_hashes(other):
            contained.update(
                key for key in by_anchor[anchor]
                if key not in contained and len(key) < len(other) and key in other
            )
    return contained


def _kept_and_removed(
    texts: list[str], reasons: list[str | None], prefixes: dict[int, tuple[str, str]]
) -> tuple[list[str], Removed]:
    """The content lines, an empty line for each run of removed lines between two, and the
    removed lines and parts of lines with their 1-based numbers."""
    kept: list[str] = []
    removed: Removed = []
    for index, text in enumerate(texts):
        if index in prefixes:
            removed.append((index + 1, *prefixes[index]))
        if not text:
            continue
        if reasons[index] is None:
            kept.append(text)
        else:
            removed.append((index + 1, text, reasons[index]))
            if kept and kept[-1] and _ends_paragraph(text, reasons[index]) \
                    and kept[-1].split()[-1].lower() not in _CONTINUATION_WORDS:
                kept.append("")
    while kept and not kept[-1]:
        kept.pop()
    return kept, removed


def _ends_paragraph(text: str, reason: str | None) -> bool:
    """Whether a removed line parts the lines around it: a byline, a dateline or a fragment of
    words alone ("TBILISI" under a headline); not a page's furniture in a cable ("PAGE 02",
    "--------------------- 102981"), which may cut a sentence."""
    return reason in ("byline", "dateline") or reason == "short_fragment" \
        and text[:1].isupper() and all(char.isalpha() or char in " ,.'’-" for char in text)


def _short_keys(text: str) -> set[str]:
    """The keys of a text's lines that could be repeated boilerplate (short, not blank)."""
    keys = {line_key(line) for line in text.splitlines()}
    return {key for key in keys if key and _words(key) <= REPEAT_MAX_WORDS}


def repeated_lines(texts: list[str]) -> frozenset[str]:
    """Lines (as `line_key`) that occur in at least `MIN_REPEAT_ARTICLES` distinct texts.

    Most short lines of a corpus occur once, so the first pass counts their hashes, not the
    lines (a corpus's short lines would otherwise be held a second time); the second counts
    the lines whose hash is repeated, so that a hash collision cannot make a line boilerplate.

    Args:
        texts: the raw texts of the corpus's articles; identical texts count once.

    Returns:
        the repeated line keys of at most `REPEAT_MAX_WORDS` words.
    """
    distinct = set(texts)
    hash_counts: Counter[int] = Counter()
    for text in distinct:
        hash_counts.update(hash(key) for key in _short_keys(text))
    candidates = {key for key, count in hash_counts.items() if count >= MIN_REPEAT_ARTICLES}
    del hash_counts
    counts: Counter[str] = Counter()
    for text in distinct:
        counts.update(key for key in _short_keys(text) if hash(key) in candidates)
    return frozenset(key for key, count in counts.items() if count >= MIN_REPEAT_ARTICLES)


def blank_layout_symbols(text: str) -> str:
    """A text with its layout and scanning marks ("§", "■", "•") blanked to spaces, so that the
    parser does not read them as words; its length and every other character stay as they are.

    Args:
        text: a cleaned article text.

    Returns:
        The text, each mark of `layout_symbols` a space.
    """
    return text.translate(_LAYOUT_BLANKS)
