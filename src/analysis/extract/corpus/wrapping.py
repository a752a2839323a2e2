"""Hard-wrapped texts (lines broken at a fixed width, as wire archives store them) joined back
into paragraphs."""

from __future__ import annotations

import re

from analysis.extract.corpus.published import dateline_end

# A text is hard-wrapped (lines broken at a fixed width, as wire archives store them) when at
# least this many lines, and this share of its long lines, are long and stop mid-sentence.
WRAPPED_MIN_LINES = 4
WRAPPED_MIN_SHARE = 0.3
# A line this long (in characters) can be a wrapped line of a paragraph.
WRAPPED_LINE_CHARS = 40
_LINE_END = re.compile(r"[.!?:;…\"”’»)\]]\s*$")


# A word broken at the end of a wrapped line: "Nagorno-".
HYPHEN_AT_END = re.compile(r"[^\W\d_]-$")


def unwrap_lines(lines: list[str], apart: str = "") -> list[str]:
    """Join the lines of a hard-wrapped text back into paragraphs.

    "Chinese President Hu Jintao and visiting Russian" / "President Vladimir Putin began their
    talks …" is one sentence: in a text whose long lines often stop mid-sentence, a long line
    that does not end a sentence is joined with the next, up to a blank line (a paragraph ends
    there: a headline stays apart from the story), unless the next line opens with a dateline
    under a line of its own ("WASHINGTON — …" under a headline) or with a comma ("Tripoli, May
    15, GNA - …" under a headline and a caption); not the name and day that go on with a
    cable's sentence ("… MET FOR ONE HOUR WITH PRESIDENT" / "STROESSNER AUGUST 17."). Texts that
    are not hard-wrapped are returned as they are.

    Args:
        lines: the kept lines of one article.
        apart: a line joined with neither neighbour: the headline, where the cleaner dropped
            the blank line under it.

    Returns:
        The lines, paragraphs joined when the text is hard-wrapped.
    """
    long_lines = [line for line in lines if len(line) >= WRAPPED_LINE_CHARS]
    cut = [line for line in long_lines if not _LINE_END.search(line)]
    if len(cut) < WRAPPED_MIN_LINES or len(cut) < WRAPPED_MIN_SHARE * len(long_lines):
        return lines
    joined: list[str] = []
    pieces: list[str] = []  # the last joined line, in pieces: joined once it is complete
    size = 0
    for line in lines:
        tail = next((piece for piece in reversed(pieces) if piece.strip()), "")
        if line.strip() and size >= WRAPPED_LINE_CHARS and not _LINE_END.search(tail) \
                and not ((dateline := dateline_end(line))
                         and (len(pieces) == 1 or "," in line[:dateline])) \
                and not (apart and apart in (line, *pieces[:1])):
            size = _join_piece(pieces, size, line)
            continue
        if pieces:
            joined.append("".join(pieces))
        pieces, size = [line], len(line)
    if pieces:
        joined.append("".join(pieces))
    return joined


def _join_piece(pieces: list[str], size: int, line: str) -> int:
    """Append `line` to a line in pieces as `f"{joined.rstrip()} {line.lstrip()}"` would, without
    copying the joined line, and with no space after a hyphen that a capitalised word goes on
    from ("Nagorno-" / "Karabakh" is "Nagorno-Karabakh"); returns its new length."""
    while pieces and not pieces[-1].strip():
        size -= len(pieces.pop())
    space = " "
    if pieces:
        stripped = pieces[-1].rstrip()
        size -= len(pieces[-1]) - len(stripped)
        pieces[-1] = stripped
        if HYPHEN_AT_END.search(stripped) and line.lstrip()[:1].isupper():
            space = ""
    pieces.extend((space, line.lstrip()))
    return size + len(space) + len(pieces[-1])
