"""Quotations: whether a word is quoted, and who speaks a quotation that runs over several
sentences or paragraphs ("According to Gujral, \"Nawaz said …\n\n\"My association with Sharif
…\"": the paragraph that opens with a quotation mark goes on with the quote the one before left
open)."""

from __future__ import annotations

from spacy.tokens import Span, Token

# Quotation marks, straight and curly: a token after an odd number of them is quoted.
QUOTE_MARKS = ("\"", "“", "”")


def in_quote(token: Token) -> bool:
    """Whether `token` stands inside quotation marks opened in its sentence.

    Args:
        token: any token.

    Returns:
        True after an odd number of quotation marks in its sentence.
    """
    sent = token.sent
    before = sent.text[:token.idx - sent.start_char]  # not doc.text, rebuilt at each access
    return _marks(before) % 2 == 1


def opening_sentence(token: Token, text: str) -> Span | None:
    """The sentence whose quotation mark opens the quote a token stands in, when that quote
    began in an earlier sentence (of its paragraph, or of one before it that the quote goes on
    from).

    Args:
        token: any token.
        text: the document's text (`doc.text`, which spaCy rebuilds on every access).

    Returns:
        The sentence, or None when the token is not quoted or its quote opens in its sentence.
    """
    position = token.idx
    while True:
        start = text.rfind("\n", 0, position) + 1
        opening = _unclosed_mark(text, start, position)
        if opening is None:
            return None
        before = _end_of_paragraph_before(text, start)
        if opening > start or before == 0 or _unclosed_mark(
                text, text.rfind("\n", 0, before) + 1, before) is None:
            mark = token.doc.char_span(opening, opening + 1, alignment_mode="expand")
            if mark is None or mark.sent.start == token.sent.start:
                return None
            return mark.sent
        position = before  # a paragraph opening with a mark goes on with the one before


def _end_of_paragraph_before(text: str, start: int) -> int:
    """Where the text of the paragraph before the one at `start` ends, blank lines aside."""
    end = max(start - 1, 0)
    while end > 0 and text[end - 1] == "\n":
        end -= 1
    return end


def _unclosed_mark(text: str, start: int, end: int) -> int | None:
    """The position of the quotation mark between `start` and `end` left open, if any."""
    positions = [i for i in range(start, end) if text[i] in QUOTE_MARKS]
    return positions[-1] if len(positions) % 2 == 1 else None


def _marks(text: str) -> int:
    return sum(text.count(mark) for mark in QUOTE_MARKS)
