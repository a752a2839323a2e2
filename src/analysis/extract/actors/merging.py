"""The corpus-level merge (the reduce): unresolved names of every article become actors."""

from __future__ import annotations

import re
from collections import Counter, defaultdict

from rapidfuzz import fuzz
from unidecode import unidecode

from analysis.extract.actors.names import (
    FUZZY_MIN_LENGTH,
    FUZZY_THRESHOLD,
    NAME_PARTICLE,
    normalize_name,
    slug,
    surname_key,
)
from analysis.extract.actors.registry import Registry

Resolution = tuple[str, str, str, float]  # actor_id, canonical name, method, score


def resolve_names(names: list[tuple[str, str]], registry: Registry
                  ) -> dict[tuple[str, str], Resolution]:
    """Merge the unresolved names of a corpus into actors.

    Each (name, type) is matched, in order: exactly by its normalised form to the registry; fuzzily
    (persons) to a registry surname; fuzzily to a longer name of the same type in the corpus that
    ends with a similar surname; else it becomes an actor of its own, named by its most frequent
    full form.

    Args:
        names: (surface name, actor type) of every unresolved mention, with repeats.
        registry: the actor registry.

    Returns:
        A map (name, type) -> (actor_id, canonical name, method, score).
    """
    counts = Counter(names)
    result: dict[tuple[str, str], Resolution] = {}
    pending: list[tuple[str, str]] = []
    for name, kind in sorted(counts, key=lambda k: (-len(k[0].split()), -counts[k], k)):
        found = _registry_resolution(name, kind, registry)
        if found is None:
            pending.append((name, kind))
        else:
            result[(name, kind)] = found
    _merge_within_corpus(pending, result)
    return result


def _registry_resolution(name: str, kind: str, registry: Registry) -> Resolution | None:
    """A name's registry actor: by normalised form, else (persons) by a similar surname."""
    actor_id = registry.normal_to_id.get(normalize_name(name))
    if actor_id:
        # An exact alias is a registry match; a transliteration variant of one is a merge.
        method = "registry" if name in registry.alias_to_id else "fuzzy"
        return actor_id, registry.actors[actor_id].name, method, 100.0
    fuzzy = registry.fuzzy_person(name) if kind == "person" else None
    if fuzzy:
        actor_id, score = fuzzy
        return actor_id, registry.actors[actor_id].name, "fuzzy", score
    return None


def _merge_within_corpus(pending: list[tuple[str, str]],
                         result: dict[tuple[str, str], Resolution]) -> None:
    """Names the registry does not know, longest first, so that a short form merges into the
    full one: each joins the first similar name before it, or becomes an actor of its own."""
    canon: dict[str, list[tuple[str, str]]] = defaultdict(list)
    for name, kind in pending:
        target = _closest_corpus_name(name, kind, canon)
        if target is None:
            canon[f"{kind}:{name}"].append((name, kind))
            result[(name, kind)] = (f"{kind[:3]}:{slug(name)}", name, "ner", 100.0)
        else:
            canon[target].append((name, kind))
            actor_id, canonical, _, _ = result[canon[target][0]]
            score = fuzz.ratio(surname_key(name.split()[-1]), surname_key(canonical.split()[-1]))
            result[(name, kind)] = (actor_id, canonical, "fuzzy", float(score))


def _closest_corpus_name(name: str, kind: str, canon: dict[str, list[tuple[str, str]]]
                         ) -> str | None:
    """The person already in `canon` a name stands for: the same surname (particles aside; a
    short one spelled the same: "Bush", "al-Sisi") or a similar long one (`FUZZY_THRESHOLD`),
    with compatible first and middle names ("George Bush" is not "George H. W. Bush" when
    "George W. Bush" is there too); a name several people could be stands for none."""
    if kind != "person":
        return None
    words = name.split()
    found = [key for key, members in canon.items()
             if members[0][1] == kind and _same_person(words, members[0][0].split())]
    return found[0] if len(found) == 1 else None


def _same_person(words: list[str], other: list[str]) -> bool:
    """Whether two person names can be one person: surnames alike, and first names and middle
    names that do not differ where both give one."""
    surname, other_surname = surname_key(words[-1]), surname_key(other[-1])
    if surname == other_surname:
        if len(surname) < FUZZY_MIN_LENGTH and _plain(words[-1]) != _plain(other[-1]):
            return False  # "Jill" and "Il" fold alike: short names must be spelled alike
    elif len(surname) < FUZZY_MIN_LENGTH or fuzz.ratio(surname, other_surname) < FUZZY_THRESHOLD:
        return False
    if len(words) < 2 or len(other) < 2:
        return True
    if normalize_name(words[0])[:1] != normalize_name(other[0])[:1]:
        return False
    middle, other_middle = _plain(" ".join(words[1:-1])), _plain(" ".join(other[1:-1]))
    return not middle or not other_middle or middle == other_middle


def _plain(text: str) -> str:
    """Letters only, lower case, ASCII, without a joined particle."""
    return re.sub(r"[^a-z]", "", unidecode(NAME_PARTICLE.sub("", text)).lower())
