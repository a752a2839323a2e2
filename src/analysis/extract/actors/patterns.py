"""Regex building blocks of the role and capital readers: alternations of many literal words, and
the windows of text around keywords where the long patterns run."""

from __future__ import annotations

import re

# How far before and after a role word a role phrase may reach ("his newly elected South African
# counterpart", "the President of the Democratic Republic of the Congo").
WINDOW_BEFORE, WINDOW_AFTER = 60, 60


def trie_alternation(words) -> str:
    """A regex alternative of literal words as a trie (longest first at every branch), so that
    matching hundreds of country names costs a few steps per position, not one per name.

    Args:
        words: the words.

    Returns:
        The alternation (no enclosing group).
    """
    trie: dict = {}
    for word in words:
        node = trie
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}
    return _trie_pattern(trie)


def _trie_pattern(node: dict) -> str:
    branches = [re.escape(char) + _trie_pattern(child)
                for char, child in sorted(node.items()) if char]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    return f"(?:{body})?" if "" in node else body


def windows(words, length: int) -> list[tuple[int, int]]:
    """Merged character windows around keyword matches, wide enough for a phrase.

    Args:
        words: the keyword matches (`re.Match`), in text order.
        length: the text's length.

    Returns:
        (start, end) characters of each window.
    """
    merged: list[list[int]] = []
    for word in words:
        start, end = max(0, word.start() - WINDOW_BEFORE), min(length, word.end() + WINDOW_AFTER)
        if merged and start <= merged[-1][1]:
            merged[-1][1] = end
        else:
            merged.append([start, end])
    return [(start, end) for start, end in merged]
