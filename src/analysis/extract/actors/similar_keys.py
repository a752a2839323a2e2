"""Similar surname keys found without comparing every pair (the blocking of the corpus merge)."""

from __future__ import annotations

import math
from collections import defaultdict
from collections.abc import Iterable
from functools import cache
from itertools import pairwise

from rapidfuzz import fuzz, process

from analysis.extract.actors.names import FUZZY_MIN_LENGTH, FUZZY_THRESHOLD


def similar_keys(keys: Iterable[str]) -> dict[str, list[str]]:
    """For each key of at least `FUZZY_MIN_LENGTH` letters, the other keys at least
    `FUZZY_THRESHOLD` similar to it (rapidfuzz `fuzz.ratio`), found without comparing all pairs.

    Two keys that similar differ by at most `_max_edits` insertions and deletions. Each key is
    cut into one more segment than that; a similar key keeps one segment intact, near its place
    (pigeonhole, as in PassJoin), so only keys sharing such a segment are compared.

    Args:
        keys: surname keys (`surname_key`).

    Returns:
        key -> its similar keys, in sorted order (keys with none are left out).
    """
    distinct = sorted(set(keys))
    index: dict[tuple[int, int, str], list[str]] = defaultdict(list)
    for key in distinct:
        for number, (start, end) in enumerate(_segments(len(key))):
            index[(len(key), number, key[start:end])].append(key)
    similar = {}
    for key in distinct:
        if len(key) < FUZZY_MIN_LENGTH:
            continue
        candidates = _sharing_a_segment(key, index) - {key}
        found = process.extract(key, candidates, scorer=fuzz.ratio, processor=None,
                                score_cutoff=FUZZY_THRESHOLD, limit=None)
        if found:
            similar[key] = sorted(other for other, _, _ in found)
    return similar


def _sharing_a_segment(key: str, index: dict[tuple[int, int, str], list[str]]) -> set[str]:
    """The keys of `index` with a segment found in `key` within `_max_edits` of its place."""
    found: set[str] = set()
    for length in _partner_lengths(len(key)):
        shift = _max_edits(len(key) + length)
        for number, (start, end) in enumerate(_segments(length)):
            for at in range(max(0, start - shift), min(len(key) - (end - start), start + shift) + 1):
                found.update(index.get((length, number, key[at:at + end - start]), ()))
    return found


def _max_edits(total_length: int) -> int:
    """The most insertions and deletions two keys of `total_length` letters together may differ
    by and still be `FUZZY_THRESHOLD` similar (`fuzz.ratio` is 100 * (1 - edits / total
    length)); a hair over, so that rounding never loses a pair at the threshold (the ratio itself
    decides afterwards)."""
    return math.floor(total_length * (100 - FUZZY_THRESHOLD) / 100 + 1e-6)


@cache
def _partner_lengths(length: int) -> tuple[int, ...]:
    """The lengths a key `FUZZY_THRESHOLD` similar to a key of `length` letters can have."""
    return tuple(other for other in range(1, 2 * length + 2)
                 if abs(length - other) <= _max_edits(length + other))


@cache
def _segments(length: int) -> tuple[tuple[int, int], ...]:
    """(start, end) of the even segments a key of `length` letters is cut into: one more than
    the edits it may differ by from any similar key."""
    count = 1 + max((_max_edits(length + other) for other in _partner_lengths(length)), default=0)
    bounds = [length * number // count for number in range(count + 1)]
    return tuple(pairwise(bounds))
