"""The text the pipeline parses: an article's runs of words in capitals ("JOHN HOWARD, he said",
"CLINTON MEETS WITH MEXICO'S ZEDILLO") written as capitalised words, so that the tagger does not
take them for acronyms and NER finds the names; a headline in title case that names a meeting
("Modi Holds Talks With Putin") as a text in capitals is truecased, so that its verb is no part of
a name; typographic apostrophes written straight; every other character as written, and the
length unchanged, so that offsets hold for the text as written."""

from __future__ import annotations

import re
from functools import partial

from analysis.extract.corpus.published import dateline_end
from analysis.extract.truecase import SHORT_WORDS, Truecaser, written_in_capitals

# Words in capitals, two or more in a run ("JOHN HOWARD, he said", "CLINTON MEETS WITH MEXICO'S
# ZEDILLO"): the tagger takes them for acronyms, and NER misses the names.
CAPITALS_RUN = re.compile(r"\b[A-Z][A-Z'’.-]*[A-Z](?:[ \t,]+[A-Z][A-Z'’.-]*[A-Z])+\b")
# Words a title writes in lower case inside a run ("Clinton Meets with Mexico's Zedillo", "Visit
# to Indonesia, Singapore and Malaysia"): capitalised, NER takes them into names.
FUNCTION_WORDS = frozenset({"TO", "IN", "OF", "ON", "AT", "BY", "AS", "AN", "OR", "AND", "THE",
                            "FOR", "WITH", "FROM", "INTO"})
# Typographic apostrophes, written as the straight one the model learned from ("Reagan’s hand"
# parsed with "’s" leaves "clasped" no subject); one character for one, so offsets hold.
STRAIGHT_APOSTROPHES = str.maketrans({"’": "'", "‘": "'"})
# A run is recased when it has this many words of three letters or more, one of four or more
# ("NATO EU" stays as written).
RUN_WORDS = 2


def casing_for_parse(text: str, truecase: Truecaser | None = None) -> str:
    """The text the pipeline parses: runs of words in capitals written as capitalised words, or a
    text all in capitals as `truecase` writes it, headlines in title case that name a meeting as
    `truecase.headline` writes them, typographic apostrophes straight, every other character as
    it was (the same length, so offsets hold for the text as written).
    A dateline stays as written ("HYDE PARK, N.Y., OCT. 23 --": the rules read it so).

    Args:
        text: an article's text.
        truecase: writes a line of a text in capitals, or a headline in title case; None
            recases runs of capitals only.

    Returns:
        The text with its capitals recased and its apostrophes straight.
    """
    text = text.translate(STRAIGHT_APOSTROPHES)
    in_capitals = truecase is not None and written_in_capitals(text)
    recase = truecase if in_capitals else partial(CAPITALS_RUN.sub, _recased)
    lines = text.split("\n")
    for number, line in enumerate(lines):
        start = dateline_end(line)
        recased = recase(line[start:])
        if truecase is not None and not in_capitals:
            recased = truecase.headline(recased)
        lines[number] = line[:start] + recased
    return "\n".join(lines)


def _recased(run: re.Match[str]) -> str:
    words = re.findall(r"[A-Z]+", run.group(0))
    if sum(len(w) >= 3 for w in words) < RUN_WORDS or max(map(len, words)) < 4:
        return run.group(0)
    return re.sub(r"[A-Z]+", _capitalised, run.group(0))


def _capitalised(word: re.Match[str]) -> str:
    """A word of a run as written in lower case but its first letter: "Mexico's",
    "Secretary-General"; a function word after the first in lower case ("with"); an acronym
    of two letters ("US") stays."""
    text = word.group(0)
    if word.start() > 0 and word.string[word.start() - 1] in "'’":
        return text.lower()  # the "S" of "MEXICO'S"
    if len(text) <= 2 and text not in SHORT_WORDS:
        return text
    if word.start() > 0 and text in FUNCTION_WORDS:
        return text.lower()
    return text[0] + text[1:].lower()
