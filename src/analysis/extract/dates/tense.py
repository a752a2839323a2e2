"""The tense of a sentence, or of the clause around one date expression in it.

The tense gives the direction in which year-less dates and weekdays are read: "will visit on
Thursday" is the next Thursday, "met on Monday" the last one.
"""

from __future__ import annotations

import re

from analysis.extract.dates.model import Tense
from analysis.extract.dates.words import NOT_SUPERLATIVE

# A passive after will/would is future, not the past participle it ends on ("will be held").
_FUTURE_PASSIVE = (
    r"(?:will|won't|would|shall)\s+(?:not\s+)?be\s+"
    r"(?:[a-z]+ed|held|made|taken|given|seen|kept|led|sent|paid|sold|won|met|told)"
)
_FUTURE_MARKERS = (
    _FUTURE_PASSIVE, r"will", r"won't", r"\w+'ll", r"shall", r"going\s+to",
    r"(?:is|are|was|were)\s+to", r"(?:is|are|was|were)\s+due\s+to", r"set\s+to", r"set\s+for",
    r"scheduled", r"slated", r"poised\s+to", r"expect(?:s|ed)?\s+to", r"due(?!\s+to\b)",
    r"plans?\s+to", r"planned", r"planning\s+to", r"intends?\s+to",
    r"look(?:s|ed|ing)?\s+forward\s+to",
    r"agreed\s+to", r"to\s+be\s+held", r"would", r"upcoming", r"forthcoming", r"ahead\s+of",
    r"next\s+(?:week|month|year)", r"next(?=\s+\d)", r"tomorrow",
)
_PAST_MARKERS = (
    r"was", r"were", r"had", r"did", r"didn't", r"said", r"told", r"met", r"held", r"spoke",
    r"came", r"went", r"took", r"gave", r"made", r"saw", r"left", r"flew", r"sent", r"won",
    r"began", r"became", r"brought", r"thought", r"found", r"kept", r"led", r"ran", r"stood",
    r"wrote", r"sought", r"fought", r"struck", r"got", r"paid", r"fell", r"rose",
    r"broke", r"lost", r"sold", r"bought", r"spent", r"sat", r"heard", r"felt", r"dealt",
    r"built", r"chose", r"drew", r"knew", r"threw", r"taught", r"understood",
    r"withdrew", r"upheld", r"oversaw", r"undertook", r"overcame", r"shook", r"caught",
    r"announced", r"confirmed", r"reported", r"stated", r"declared",
    r"ago", r"yesterday",
    r"last\s+(?:week|month|year|night|weekend)", r"earlier", r"previously",
)
# The present of a verb of meeting or going is a timetable's ("meets with Bush on Monday", in a
# Sunday paper): the day nearest the report, before or after it.
_PRESENT_MARKERS = (r"is", r"are", r"am", r"says", r"meets", r"visits", r"hosts", r"receives",
                    r"arrives", r"travels", r"flies", r"heads", r"leaves", r"returns")
# Weak markers count only where no strong one is in scope: "-ed" words (past) and a headline
# infinitive of a meeting verb ("Mishustin to visit Belarus on September 3": future).
_WEAK_PAST = r"[a-z]{3,}ed"
_WEAK_FUTURE = (
    r"to\s+(?:visit|meet|hold|travel|attend|host|sign|discuss|fly|head|arrive|call|speak|talk|"
    r"join|participate|open|launch|begin|start|return)"
)
# "-ed" words that are not past-tense verbs.
_NOT_PAST_ED = {
    "united", "speed", "indeed", "hundred", "based", "related", "limited", "armed", "alleged",
    "concerned", "interested", "unprecedented", "detailed", "advanced", "supposed", "proceed",
    "exceed", "succeed", "breed", "greed", "bleed", "naked", "wicked", "sacred", "beloved",
    "rugged", "ragged", "crooked", "tired", "embed", "planned", "scheduled", "expected",
}


def _marker_regex(markers: tuple[str, ...] | list[str]) -> str:
    return rf"\b(?:{'|'.join(markers)})\b"


# An auxiliary before a future marker belongs to it ("is set to", "had agreed to": future).
_AUXILIARY = r"(?:(?:is|are|am|was|were|has|have|had)\s+(?:been\s+)?)?"
_STRONG_MARKERS = re.compile(
    rf"(?P<future>\b{_AUXILIARY}(?:{'|'.join(_FUTURE_MARKERS)})\b)"  # the auxiliary factored out
    rf"|(?P<past>{_marker_regex(_PAST_MARKERS)})|(?P<present>{_marker_regex(_PRESENT_MARKERS)})",
    re.IGNORECASE,
)
_WEAK_MARKERS = re.compile(
    rf"(?P<future>\b{_WEAK_FUTURE}\b)|(?P<past>\b{_WEAK_PAST}\b)", re.IGNORECASE)
# Verbs of saying: they start a clause, and they date the report, not the event reported.
_REPORTING_VERBS = ("said", "says", "told", "added")
# Where a clause ends: punctuation, quotes, dashes, conjunctions; a reporting verb starts one.
_CLAUSE_BREAK = re.compile(
    r"""[,;:!?()\[\]"“”«»]|\s[-–—]\s"""
    r"|\b(?:that|but|and|while|whereas|after|before|when|because|although|though|which|who|"
    r"where|amid|following)\b"
    rf"|(?=\b(?:{'|'.join(_REPORTING_VERBS)})\b)",
    re.IGNORECASE,
)
APOSTROPHES = str.maketrans({"’": "'", "‘": "'"})

_Marker = tuple[int, int, Tense]


def _markers(pattern: re.Pattern[str], text: str) -> list[_Marker]:
    """Tense markers in `text` by position; of overlapping ones the longest ("to be held")."""
    found: list[_Marker] = []
    for start, end, tense in sorted(
        ((m.start(), m.end(), m.lastgroup) for m in pattern.finditer(text)
         if not (m.lastgroup == "past" and pattern is _WEAK_MARKERS
                 and m.group(0).lower() in _NOT_PAST_ED)),
        key=lambda marker: marker[0] - marker[1],
    ):
        if all(end <= s or start >= e for s, e, _ in found):
            found.append((start, end, tense))
    return sorted(found)


def _clause(text: str, around: tuple[int, int]) -> tuple[int, int]:
    """Character bounds of the clause that contains `around` (breaks inside it are ignored)."""
    start, end = 0, len(text)
    for m in _CLAUSE_BREAK.finditer(text):
        if m.end() <= around[0]:
            start = max(start, m.end())
        elif m.start() >= around[1]:
            end = min(end, m.start())
    return start, end


def sentence_tense(sentence: str, around: tuple[int, int] | None = None) -> Tense:
    """The tense of a sentence, or of the clause around one expression in it.

    Strong markers are auxiliaries and common verbs (`will`, `is set to`, `agreed to`, `would`,
    `said`, `met`, `was`, `is`, ...); weak ones, consulted only where no strong marker is in
    scope, are "-ed" words (past) and headline infinitives (`to visit`: future). With `around`,
    the clause that contains the expression (split at punctuation, conjunctions and before
    reporting verbs) decides: its nearest marker before the expression, else its nearest after;
    a clause without markers falls back to the nearest marker in the whole sentence. Without
    `around`, the first marker of the sentence decides, reporting verbs ("said") only when
    there is no other. No marker: present.

    Args:
        sentence: the sentence text.
        around: `(start_char, end_char)` of the date expression in `sentence`, or None.

    Returns:
        `"past"`, `"future"` or `"present"`.

    Example:
        >>> s = "Mishustin will visit Belarus on Thursday, Lavrov said Wednesday"
        >>> sentence_tense(s, (32, 40)), sentence_tense(s, (55, 64))
        ('future', 'past')
    """
    text = sentence.translate(APOSTROPHES)
    pools = [_markers(_STRONG_MARKERS, text), _markers(_WEAK_MARKERS, text)]
    if around is None:
        return _first_marker_tense(text, pools)
    pools = [[m for m in pool if m[1] <= around[0] or m[0] >= around[1]] for pool in pools]
    return _clause_tense(text, pools, around) or _nearest_marker_tense(pools, around)


def _first_marker_tense(text: str, pools: list[list[_Marker]]) -> Tense:
    """The first marker of the first non-empty pool; a reporting verb only when it is alone."""
    for pool in pools:
        if pool:
            # the reported event, not the report: "said that a meeting would take place"
            events = [m for m in pool if text[m[0]:m[1]].lower() not in _REPORTING_VERBS]
            return (events or pool)[0][2]
    return "present"


def _clause_tense(text: str, pools: list[list[_Marker]], around: tuple[int, int]) -> Tense | None:
    """In the clause around the expression, the nearest marker before it, else the nearest after
    it (strong markers first, then weak); None when the clause has none."""
    low, high = _clause(text, around)
    for pool in pools:
        before = [m for m in pool if low <= m[0] and m[1] <= around[0]]
        if before:
            return before[-1][2]
        after = [m for m in pool if around[1] <= m[0] and m[1] <= high]
        if after:
            return after[0][2]
    return None


def _nearest_marker_tense(pools: list[list[_Marker]], around: tuple[int, int]) -> Tense:
    """The marker nearest the expression anywhere in the sentence, strong or weak ("During a
    meeting Wednesday …, the two sides agreed that X would visit": "agreed", not "would");
    present when there is none."""
    markers = [m for pool in pools for m in pool]
    if not markers:
        return "present"
    return min(markers, key=lambda m: max(around[0] - m[1], m[0] - around[1]))[2]


# What makes a following "in N years" the span back to a record, not a date ahead: "since", a
# determiner with "first" or a superlative ("the first visit ... in 12 years", "its highest
# level in 40 years", "for the first time in a decade").
_LOOKING_BACK = re.compile(
    r"\bsince\b|\b(?:the|its|their|his|her|our|a|\w+['’]s)\s+(?:(?:second|third|very)[\s-]+)?"
    rf"(?:first|best|worst|most|least|(?!(?:{NOT_SUPERLATIVE})\b)\w+est)\b",
    re.IGNORECASE,
)
# Where a clause ends, for a record: punctuation and dashes only ("the highest level that
# inflation has reached in 40 years" is one).
_PUNCTUATION_BREAK = re.compile(r"""[,;:!?()\[\]"“”«»]|\s[-–—]\s""")


def looks_back(before: str) -> bool:
    """Whether an "in N units" after `before` is a span reaching back ("the first visit in 12
    years"), not a date ahead ("will retire in two years").

    It is when its clause (up to punctuation) has "since", "first" or a superlative before it,
    with no future marker in between ("the first phase will be completed in two years" is
    ahead).

    Args:
        before: the sentence up to the expression.

    Returns:
        True for a span reaching back.
    """
    clause = _PUNCTUATION_BREAK.split(before)[-1]
    records = list(_LOOKING_BACK.finditer(clause))
    if not records:
        return False
    between = clause[records[-1].end():]
    return not any(m.lastgroup == "future" for m in _STRONG_MARKERS.finditer(between))
