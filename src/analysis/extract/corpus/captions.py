"""Photo captions: what a caption says (who stood with whom, where, when) is news, its credit
is not. A caption line keeps its text and loses its credit ("… in Oslo Wednesday evening. PHOTO:
Statsministerenskontor", "(file photo)", "Name / AP") and its label ("FILE PHOTO: …")."""

from __future__ import annotations

import re

# A caption keeps its text when at least this many words are left without the credit; a shorter
# rest is a credit line or a label ("File photo", "Photo: Reuters").
CAPTION_MIN_WORDS = 6
# The end of the caption's sentence a credit pattern may take in: it stays with the caption.
LEADING_STOP = re.compile(r"[.!?]?\s*")
# A label opening a caption, not a credit: "FILE PHOTO: X meets Y in Muscat …" (a credit has
# few words after it: "Photo: Reuters").
LEADING_LABEL = re.compile(r"(?i)^\s*(?:file\s+)?(?:photo(?:graph)?|picture|image)\s*:\s*")


def caption_and_credit(text: str, credits: list[re.Pattern[str]]) -> tuple[str, str] | None:
    """A caption line's text and its credits.

    Args:
        text: the line.
        credits: patterns of a credit; a bracketed one ("(file photo)") is the credit alone,
            another runs to the end of the line ("PHOTO: …").

    Returns:
        (caption, credits cut, joined by a space), or None when no pattern is found or too
        little is left.
    """
    cut = []
    if (label := LEADING_LABEL.match(text)) \
            and len(text[label.end():].split()) >= CAPTION_MIN_WORDS:
        cut.append(label[0].strip())
        text = text[label.end():]
    while found := next((m for pattern in credits if (m := pattern.search(text))), None):
        end = found.end() if found[0].startswith("(") and found[0].endswith(")") else len(text)
        start = found.start() + len(LEADING_STOP.match(found[0])[0])  # ". Tut Sergeyev / AFP"
        cut.append(text[start:end].strip())
        text = " ".join(f"{text[:start]} {text[end:]}".split())
    if not cut or len(text.split()) < CAPTION_MIN_WORDS:
        return None
    return text, " ".join(cut)
