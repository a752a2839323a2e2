"""Decoding a file's bytes: UTF-8 first, then a detected legacy encoding.

Order: a UTF-16 BOM; UTF-8 (with or without BOM); for HTML the declared `<meta charset>`; cp1251
or koi8-r when the text reads as Cyrillic (the one with more frequent letters and natural casing
wins); cp1252 for Western text with a few accented letters; else charset-normalizer's best guess.
"""

from __future__ import annotations

import codecs
import math
import re
import unicodedata

import charset_normalizer

# Share of characters that may be control, private-use or replacement characters before a decoded
# text counts as garbage (a few stray control characters occur in real scrapes).
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

_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?([\w-]+)""", re.IGNORECASE)

Decoded = tuple[str, str]


class SkipFile(Exception):
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


def _cyrillic_letters(text: str) -> list[str] | None:
    """The Cyrillic letters of `text`; None when they are not most of its non-ASCII letters."""
    foreign = [c for c in text if ord(c) > 127 and c.isalpha()]
    cyrillic = [c for c in foreign if _is_cyrillic(c)]
    if not cyrillic or len(cyrillic) < MIN_CYRILLIC_SHARE * len(foreign):
        return None
    return cyrillic


def _pure_cyrillic_words(text: str) -> list[str] | None:
    """The all-Cyrillic words of `text`; None when too many Cyrillic words mix in Latin letters."""
    words = [w for w in re.findall(r"[^\W\d_]+", text) if any(_is_cyrillic(c) for c in w)]
    pure = [w for w in words if all(_is_cyrillic(c) for c in w)]
    if len(pure) < MIN_PURE_CYRILLIC_WORDS * len(words):
        return None
    return pure


def _letter_frequency(cyrillic: list[str]) -> float:
    """The mean log frequency of the letters in Russian/Belarusian text."""
    return sum(
        math.log(CYRILLIC_LETTER_FREQUENCY.get(c.lower(), RARE_LETTER_FREQUENCY)) for c in cyrillic
    ) / len(cyrillic)


def _natural_casing(words: list[str]) -> float:
    """The share of words cased naturally (all lower, all upper, Capitalised); the wrong code page
    swaps case."""
    return sum(1 for w in words if w.islower() or w.isupper() or w.istitle()) / len(words)


def _cyrillic_score(text: str) -> float | None:
    """How much `text` looks like Russian/Belarusian; None when it is not a Cyrillic text."""
    cyrillic = _cyrillic_letters(text)
    if cyrillic is None:
        return None
    pure = _pure_cyrillic_words(text)
    if pure is None:
        return None
    return _letter_frequency(cyrillic) + _natural_casing(pure)


def _is_western(text: str) -> bool:
    """Whether non-ASCII characters are a few Latin letters, quotes, dashes and symbols."""
    letters = [c for c in text if c.isalpha()]
    non_ascii = [c for c in text if ord(c) > 127]
    accented = [c for c in non_ascii if c.isalpha()]
    return all(
        unicodedata.name(c, "").startswith("LATIN") or unicodedata.category(c)[0] in "PSZ"
        for c in non_ascii
    ) and len(accented) <= MAX_ACCENTED_SHARE * len(letters)


def _declared_charset(data: bytes) -> str | None:
    match = _META_CHARSET.search(data[:SNIFF_BYTES])
    if not match:
        return None
    try:
        return codecs.lookup(match.group(1).decode("ascii")).name
    except LookupError:
        return None


def _checked(text: str, encoding: str) -> Decoded:
    if _garbage_share(text) > MAX_GARBAGE_SHARE:
        raise SkipFile(f"undecodable: control characters when read as {encoding}")
    if not text.strip():
        raise SkipFile("empty file")
    return text, encoding


def _decode_utf16(data: bytes) -> Decoded:
    try:
        text = data.decode("utf-16")
    except UnicodeDecodeError as error:
        raise SkipFile("undecodable: broken UTF-16") from error
    return _checked(text, "utf-16")


def _decode_utf8(data: bytes) -> Decoded | None:
    encoding = "utf-8-sig" if data.startswith(codecs.BOM_UTF8) else "utf-8"
    try:
        text = data.decode(encoding)
    except UnicodeDecodeError:
        return None
    return _checked(text, encoding)


def _decode_declared(data: bytes) -> Decoded | None:
    """Decode with the HTML `<meta charset>`, when it declares one other than UTF-8."""
    declared = _declared_charset(data)
    if not declared or declared in {"utf-8", "utf_8"}:
        return None
    try:
        text = data.decode(declared)
    except UnicodeDecodeError:
        return None
    return _checked(text, declared)


def _decode_cyrillic(data: bytes) -> Decoded | None:
    """Decode with the Cyrillic code page whose text scores best, when one reads as Cyrillic."""
    scored = []
    for name in CYRILLIC_CODEPAGES:
        try:
            text = data.decode(name)
        except UnicodeDecodeError:
            continue
        score = _cyrillic_score(text)
        if score is not None:
            scored.append((score, name, text))
    if not scored:
        return None
    _, name, text = max(scored, key=lambda item: item[0])  # ties: first code page
    return _checked(text, name)


def _decode_western(data: bytes) -> Decoded | None:
    try:
        text = data.decode(WESTERN_CODEPAGE)
    except UnicodeDecodeError:
        return None
    return _checked(text, WESTERN_CODEPAGE) if _is_western(text) else None


def _decode_guessed(data: bytes) -> Decoded:
    best = charset_normalizer.from_bytes(data).best()
    if best is None:
        raise SkipFile("undecodable: not UTF-8 and no legacy encoding fits")
    return _checked(str(best), best.encoding)


def decode_bytes(data: bytes, html: bool = False) -> Decoded:
    """Decode a file's bytes: UTF-8 (with or without BOM) first, then a legacy code page.

    See the module docstring for the order of the encodings tried.

    Args:
        data: the raw bytes.
        html: whether to honour a `<meta charset>` declaration.

    Returns:
        (text, encoding name).

    Raises:
        SkipFile: empty, binary (NUL bytes) or undecodable input.
    """
    if not data.strip():
        raise SkipFile("empty file")
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return _decode_utf16(data)
    if b"\x00" in data[:SNIFF_BYTES]:
        raise SkipFile("binary file (NUL bytes)")
    return (
        _decode_utf8(data)
        or (_decode_declared(data) if html else None)
        or _decode_cyrillic(data)
        or _decode_western(data)
        or _decode_guessed(data)
    )
