"""The corpus-level merge (the reduce): unresolved names of every article become actors.

Names are compared only within blocks, so that the merge grows with the corpus rather than with
its square: a person name is tested against the earlier actors whose surname folds to the same
key (`surname_key`) or to a similar one (`similar_keys`), and among those only against the ones
whose first name can match (same initial, or none given).
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Container, Iterable, Iterator

from rapidfuzz import fuzz
from unidecode import unidecode

from analysis.extract.actors.honorifics import is_womans_name, womans_surname
from analysis.extract.actors.lexicon import EAST_ASIAN_FAMILY_NAMES, LEXICON
from analysis.extract.actors.names import (
    FUZZY_MIN_LENGTH,
    FUZZY_THRESHOLD,
    NAME_PARTICLE,
    initials,
    normalize_name,
    royal_style,
    slug,
    surname_key,
)
from analysis.extract.actors.org_forms import ACRONYM, ORG_KINDS
from analysis.extract.actors.registry import Registry
from analysis.extract.actors.similar_keys import similar_keys

Resolution = tuple[str, str, str, float]  # actor_id, canonical name, method, score
# A bracketed qualifier of a name: "Communist Party (Poland)", "Shafaqna (English)".
BRACKETED = re.compile(r"\s*\(.*?\)")
# A surname alone that several people of the corpus bear stands for the one named this many
# times as often as all the others together ("Blair": Tony Blair 26 times, "Said Blair" once), as
# a reader takes it; with no such person it stands for none of them.
DOMINANCE_RATIO = 4
# A word alone in capitals this short is an acronym ("NAN", "PTI"), not a surname.
ACRONYM_LENGTH = 4
# A middle initial between two names ("Samora M. Machel"): the registry alias may not have it.
MIDDLE_INITIALS = re.compile(r"(?<=\w)\s+[A-Z]\.(?=\s+\w)")
# Given names written as initials: "K.", "D.M.", "T.R." (each letter one given name).
GIVEN_INITIALS = re.compile(r"(?:[A-Z]\.)+")
# First names written out in full are one person's only when this similar (rapidfuzz
# `fuzz.ratio`): "Joe" and "Joseph" (67), "Muhammad" and "Mohammed" (75) are; "Azlan" and "Ahmad"
# (40), "Ali" and "Ahmed" (25), both sultans or ministers named Shah, are not.
FIRST_NAME_SIMILARITY = 50
# First names spelled with other first letters, that only transliteration folds alike, are one
# person's only when this similar: "Yevgeny" and "Evgeny" (92), "Iouri" and "Yuri" (67); not
# "Khalid" and "Hamad" (55), which fold to the same initial.
OTHER_INITIAL_SIMILARITY = 65
# Middle names written out in full (three letters or more each) are one person's when this
# similar: transliterations ("Shiv Shankar Menon", "Shiv Shanker Menon"); initials must be alike.
MIDDLE_NAME_SIMILARITY = 80


def resolve_names(names: list[tuple[str, str]], registry: Registry,
                  registered: Iterable[str] = ()) -> dict[tuple[str, str], Resolution]:
    """Merge the unresolved names of a corpus into actors.

    Each (name, type) is matched, in order: exactly by its normalised form to the registry; fuzzily
    (persons) to a registry surname; fuzzily to a longer name of the same type in the corpus that
    ends with a similar surname (a surname alone that several bear: the one named far more often,
    `DOMINANCE_RATIO`); a person's full name, to the one registry person the corpus names that it
    can be and is no longer than ("Madhav Nepal": Madhav Kumar Nepal; not "Gohar Ayub Khan" for
    Ayub Khan); else it becomes an actor of its own, named by its most frequent full form.

    Args:
        names: (surface name, actor type) of every unresolved mention, with repeats.
        registry: the actor registry.
        registered: the ids of the registry persons the corpus names.

    Returns:
        A map (name, type) -> (actor_id, canonical name, method, score).
    """
    counts = Counter(names)
    surnames = {_plain(words[-1]) for name, kind in counts if kind == "person"
                and len(words := name_words(name)) >= 2}
    result: dict[tuple[str, str], Resolution] = {}
    pending: list[tuple[str, str]] = []
    for name, kind in sorted(counts, key=lambda k: (-len(k[0].split()), -counts[k], k)):
        found = _registry_resolution(name, kind, registry, surnames)
        if found is None:
            pending.append((name, kind))
        else:
            result[(name, kind)] = found
    known = {registry.actors[actor_id].name: actor_id for actor_id in registered}
    _merge_within_corpus(pending, counts, result, known)
    return result


def own_actor(name: str, kind: str) -> Resolution:
    """The resolution of a name the registry does not know that stays an actor of its own.

    Args:
        name: the name, as it will be shown.
        kind: its actor type.

    Returns:
        (actor_id, name, "ner", 100.0).
    """
    return f"{kind[:3]}:{slug(name)}", name, "ner", 100.0


def _registry_resolution(name: str, kind: str, registry: Registry,
                         surnames: Container[str] = ()) -> Resolution | None:
    """A name's registry actor: by normalised form, else (persons) by a similar surname, but
    for a surname alone that a full name of the corpus ends with as spelled (`surnames`:
    "Swaraj" of "Sushma Swaraj" is not the registry's Fayez Sarraj); none for an alias
    namesakes share ("Kim"), which only an article's date tells apart. A variant that is no
    exact alias names an actor of its own type only ("Carter", a person, is not the outlet
    "Charter 97", though both normalise to "karter"); a surname after a woman's honorific
    names a registry person whose first name is a woman's ("Mrs Meir": Golda Meir; not "Mrs
    Chun": Chun Doo-hwan)."""
    if normalize_name(name) in registry.normal_namesakes:
        return None
    if (surname := womans_surname(name)) is not None:  # "Mrs Meir": a woman of the registry
        found = _registry_resolution(surname, kind, registry, surnames)
        return found if found is not None and is_womans_name(found[1]) else None
    actor_id = registry.normal_to_id.get(normalize_name(name)) or _without_initials(name, registry)
    if actor_id and name not in registry.alias_to_id and registry.actors[actor_id].type != kind:
        actor_id = None
    if actor_id:
        # An exact alias is a registry match; a transliteration variant of one is a merge.
        method = "registry" if name in registry.alias_to_id else "fuzzy"
        return actor_id, registry.actors[actor_id].name, method, 100.0
    fuzzy = registry.fuzzy_person(name) if kind == "person" else None
    if fuzzy and len(name_words(name)) == 1 and _plain(name) in surnames \
            and _plain(name_words(registry.actors[fuzzy[0]].name)[-1]) != _plain(name):
        fuzzy = None
    if fuzzy:
        actor_id, score = fuzzy
        return actor_id, registry.actors[actor_id].name, "fuzzy", score
    return None


def _without_initials(name: str, registry: Registry) -> str | None:
    """The registry person a name with middle initials is when the initials begin middle names
    the registry gives them ("Samora M. Machel": Samora Moisés Machel; not "George P. Bush",
    whose "George Bush" the registry gives to George H. W. Bush)."""
    initials = [m.group().strip()[0] for m in MIDDLE_INITIALS.finditer(name)]
    actor_id = registry.normal_to_id.get(normalize_name(MIDDLE_INITIALS.sub(" ", name))) \
        if initials else None
    if actor_id is None:
        return None
    actor = registry.actors[actor_id]
    middles = {word[0] for alias in (actor.name, *actor.aliases) for word in alias.split()[1:-1]}
    return actor_id if set(initials) <= middles else None


def _merge_within_corpus(pending: list[tuple[str, str]], counts: Counter[tuple[str, str]],
                         result: dict[tuple[str, str], Resolution], known: dict[str, str]) -> None:
    """Names the registry does not know, longest first, so that a short form merges into the
    full one: each joins the one similar person before it (an organisation of several words:
    the one spelled alike, `org_key`), or a full name the registry person of `known` (name ->
    actor_id) it can be, or becomes an actor of its own."""
    surname_keys = similar_keys({surname_key(name.split()[-1]) for name, kind in
                                 [*pending, *((name, "person") for name in known)]
                                 if kind == "person"})
    people, registered = _CorpusPeople(surname_keys), _CorpusPeople(surname_keys)
    for name in known:
        registered.add(name)
    spelled = _names_by_initials(counts)
    organisations: dict[tuple[str, str], str] = {}  # (org_key, kind) -> the first such name
    for name, kind in pending:
        letters = name.replace(".", "")  # "R.A.A.F." spells what "RAAF" spells
        if kind in ORG_KINDS and ACRONYM.fullmatch(letters):
            full = sorted(spelled.get(letters, ()))
            if len({result[key][0] for key in full}) == 1:  # "NAM": the one actor it spells
                actor_id, canonical, _, _ = result[full[0]]
                result[(name, kind)] = (actor_id, canonical, "fuzzy", 100.0)
                continue
        target = None
        if kind == "person":
            target = people.closest(name)
            if target is None and (full := _registered_person(name, registered)):
                result[(name, kind)] = known[full], full, "fuzzy", _surname_score(name, full)
                people.add(name, counts[(name, kind)])  # "Moi" after "Daniel Moi" is him too
                continue
        elif kind in ORG_KINDS and len(name.split()) >= 2:  # "Pacific Island(s) Forum"
            first = organisations.setdefault((org_key(name), kind), name)
            target = first if first != name else None
        if target is None:
            result[(name, kind)] = own_actor(name, kind)
            if kind == "person":
                people.add(name, counts[(name, kind)])
        else:
            actor_id, canonical, _, _ = result[(target, kind)]
            score = 100.0 if titled_given_name(name_words(name)) else _surname_score(name, canonical)
            result[(name, kind)] = (actor_id, canonical, "fuzzy", score)


def _surname_score(name: str, canonical: str) -> float:
    return float(fuzz.ratio(surname_key(name.split()[-1]), surname_key(canonical.split()[-1])))


def _registered_person(name: str, registered: _CorpusPeople) -> str | None:
    """The registry person of the corpus a full name stands for: the same first name (or its
    initials, or a woman's honorific before the surname) and no more names than theirs ("Madhav
    Nepal", "P. W. Botha"; not "Gideon Moi" for Daniel arap Moi, nor "Gohar Ayub Khan", maybe a
    relative, for Ayub Khan)."""
    words = name_words(name)
    full = registered.closest(name) if len(words) >= 2 else None
    if full is None or len(words) > len(full_words := name_words(full)):
        return None
    return full if womans_surname(name) is not None or _plain(words[0]) == _plain(full_words[0]) \
        or GIVEN_INITIALS.fullmatch(words[0]) and _initials_agree(words[:-1], full_words[:-1]) \
        else None


def _names_by_initials(counts: Counter[tuple[str, str]]) -> dict[str, list[tuple[str, str]]]:
    """The organisation and group names of several words, by the acronym they spell (a
    country in brackets aside: "Communist Party (Poland)" spells "CP")."""
    spelled: dict[str, list[tuple[str, str]]] = defaultdict(list)
    for name, kind in counts:
        words = BRACKETED.sub("", name)
        if kind in ORG_KINDS and len(words.split()) >= 2:
            spelled[initials(words)].append((name, kind))
    return spelled


class _CorpusPeople:
    """The person names that became actors of their own, blocked by surname key and by the
    initial of the first name (None for a name of one word)."""

    def __init__(self, similar: dict[str, list[str]]) -> None:
        self.similar = similar
        self.blocks: dict[str, dict[str | None, list[tuple[str, list[str]]]]] = {}
        self.spellings: dict[str, str] = {}  # letters only -> name ("Moon Jae In", "Moon Jae-in")
        self.families: dict[str, list[str]] = defaultdict(list)  # East Asian family name -> names
        self.counts: dict[str, int] = {}  # name -> its mentions
        # first name -> full names a ruler's title and given name may stand for
        self.given: dict[str, list[str]] = defaultdict(list)
        self.vowels_aside: dict[str, list[str]] = defaultdict(list)  # `_vowels_aside` -> names

    def add(self, name: str, count: int = 1) -> None:
        """Make `name` (named `count` times) a person later names may stand for."""
        self.counts[name] = count
        words = name_words(name)
        block = self.blocks.setdefault(surname_key(words[-1]), {})
        block.setdefault(_initial(words), []).append((name, words))
        self.spellings.setdefault(_plain(name), name)
        if len(words) >= 2 and words[0].lower() in EAST_ASIAN_FAMILY_NAMES:
            self.families[words[0].lower()].append(name)
        if len(words) >= 2:
            self.vowels_aside[_vowels_aside(words)].append(name)
        if len(words) >= 2 and (royal_style(words) or titled_given_name(name.split()[:2])):
            self.given[_plain(words[0])].append(name)

    def closest(self, name: str) -> str | None:
        """The person a name stands for: the same surname (particles aside; a short one spelled
        the same: "Bush", "al-Sisi") or a similar long one (`FUZZY_THRESHOLD`), with compatible
        first and middle names ("George Bush" is not "George H. W. Bush" when "George W. Bush"
        is there too), not a word in capitals alone, an acronym; a name several people could
        be stands for none, unless it is a surname alone and one of them is named far more
        often (`DOMINANCE_RATIO`). A title and a given name ("Sheikh Hasina", "King Hussein")
        stand for the one full name in a ruler's style or titled that given name begins ("Hussein
        bin Talal"; not "Philip Habib" for "Prince Philip"), or for none."""
        if _plain(name) in self.spellings:  # spaces, hyphens, case and accents aside
            return self.spellings[_plain(name)]
        words = name_words(name)
        if len(words) == 1 and _is_acronym(words[0]):
            return None  # "NAN", the agency, is not "Nan" of "Zhou Nan"
        if given_name := titled_given_name(words):  # "Sheikh Hasina": "Sheikh Hasina Wajed"
            full = self.given.get(_plain(given_name), [])
            return full[0] if len(full) == 1 else None
        found = []
        if len(words) == 1 and len(self.families.get(words[0].lower(), ())) == 1:
            found.append(self.families[words[0].lower()][0])  # "Moon": "Moon Jae-in"
        found += [other for other, other_words in self._candidates(words)
                  if _same_person(words, other_words) and other not in found]
        if not found and len(words) >= 2:  # "Shamshad Ahmed": "Shamshad Ahmad"
            found = self.vowels_aside.get(_vowels_aside(words), [])[:2]
        if len(found) <= 1:
            return found[0] if found else None
        return self._dominant(found) if len(words) == 1 else None

    def _dominant(self, names: list[str]) -> str | None:
        """The one of `names` named `DOMINANCE_RATIO` times as often as the others together."""
        best = max(names, key=lambda name: (self.counts[name], name))
        others = sum(self.counts[name] for name in names if name != best)
        return best if self.counts[best] >= DOMINANCE_RATIO * others else None

    def _candidates(self, words: list[str]) -> Iterator[tuple[str, list[str]]]:
        """The people `_same_person` may accept: those with the same or a similar surname key,
        and, when `words` has a first name, the same first initial or no first name."""
        key = surname_key(words[-1])
        initial = _initial(words)
        for block_key in (key, *self.similar.get(key, ())):
            block = self.blocks.get(block_key, {})
            # Another initial only for a name the other ends with ("López Obrador").
            groups = block.values() if initial is None or len(words) >= 2 else (
                block.get(None, ()), block.get(initial, ()))
            for group in groups:
                yield from group


def _is_acronym(word: str) -> bool:
    """Whether a word alone is an acronym rather than a surname: up to `ACRONYM_LENGTH`
    capitals, not an East Asian family name ("KIM" of a headline in capitals)."""
    return bool(ACRONYM.fullmatch(word)) and len(word) <= ACRONYM_LENGTH \
        and word.lower() not in EAST_ASIAN_FAMILY_NAMES


def titled_given_name(words: list[str]) -> str | None:
    """The given name of a name made of a title and one name ("Sheikh Hasina", "King Hussein").

    Args:
        words: the name's words (see `name_words`).

    Returns:
        The name after the title, or None for any other name.
    """
    return words[1] if len(words) == 2 and words[0].lower().rstrip(".") in LEXICON.name_titles \
        else None


def _initial(words: list[str]) -> str | None:
    """The first letter of a name's first name as `_same_person` compares it; None for one word."""
    return normalize_name(words[0])[:1] if len(words) >= 2 else None


def name_words(name: str) -> list[str]:
    """The words of a person name as names are compared.

    Args:
        name: a person's name.

    Returns:
        Its words without a leading honorific ("Mr Evans" as "Evans"; a woman's before a
        surname stays: "Mrs Carter") or a leading title that
        the name keeps when a name is left after it ("King Abdullah II" as "Abdullah II"; "King
        Hussein" stays whole, since "Hussein" alone could be anyone of that name).
    """
    words = name.split()
    if womans_surname(name) is not None:
        return words  # "Mrs Carter" left so by `resolve_womens_surnames`: no man's surname
    while len(words) >= 2 and words[0].lower().rstrip(".") in LEXICON.honorifics:
        words = words[1:]
    if len(words) >= 3 and words[0].lower() in LEXICON.name_titles:
        return words[1:]
    return words


def _same_person(words: list[str], other: list[str]) -> bool:
    """Whether two person names can be one person: one ends the other ("López Obrador",
    "Andrés Manuel López Obrador"), or surnames alike (a surname alone and a full name's, with
    the same consonants: "Lukashenka", "Alexander Lukashenko") and given names alike
    (`_given_names_alike`); a surname after a woman's honorific ("Mrs Carter") is only a woman's
    full name with that surname ("Rosalynn Carter")."""
    womans = [womans_surname(" ".join(name)) is not None for name in (words, other)]
    if womans[0] != womans[1]:  # "Mrs Carter": a woman's surname, no "Mi Carter" nor a man's
        full = other if womans[0] else words
        return is_womans_name(" ".join(full)) and surname_key(words[-1]) == surname_key(other[-1])
    shorter, longer = sorted((words, other), key=len)
    if 2 <= len(shorter) < len(longer) \
            and [_plain(w) for w in longer[-len(shorter):]] == [_plain(w) for w in shorter]:
        return True
    surname, other_surname = surname_key(words[-1]), surname_key(other[-1])
    if surname == other_surname:
        spelled = _plain(words[-1]), _plain(other[-1])
        if min(map(len, spelled)) < FUZZY_MIN_LENGTH and spelled[0] != spelled[1]:
            return False  # "Jill" and "Il" fold alike: short names must be spelled alike
    elif len(surname) < FUZZY_MIN_LENGTH or fuzz.ratio(surname, other_surname) < FUZZY_THRESHOLD:
        return False
    if len(words) < 2 or len(other) < 2:  # a surname alone joins one alone, or a full name
        # with the same consonants: not "Johnston"
        return len(words) == len(other) or _consonants(words[-1]) == _consonants(other[-1])
    return _given_names_alike(words[:-1], other[:-1])


def _given_names_alike(given: list[str], other_given: list[str]) -> bool:
    """Whether the given names of two full names can be one person's: the same first initial,
    initials that each begin a given name (`_initials_agree`), first names written out alike
    (`FIRST_NAME_SIMILARITY`), and middle names that do not differ where both give one, but as
    transliterations do (`MIDDLE_NAME_SIMILARITY`; `OTHER_INITIAL_SIMILARITY` for first names
    whose first letters differ as written)."""
    if normalize_name(given[0])[:1] != normalize_name(other_given[0])[:1] \
            or not _initials_agree(given, other_given):
        return False
    first, other_first = _plain(given[0]), _plain(other_given[0])
    least = FIRST_NAME_SIMILARITY if first[:1] == other_first[:1] else OTHER_INITIAL_SIMILARITY
    if min(len(first), len(other_first)) >= 3 and fuzz.ratio(first, other_first) < least:
        return False  # "Azlan Shah" and "Ahmad Shah": two people
    middle, other_middle = _plain(" ".join(given[1:])), _plain(" ".join(other_given[1:]))
    return not middle or not other_middle or middle == other_middle \
        or min(len(middle), len(other_middle)) >= 3 \
        and fuzz.ratio(middle, other_middle) >= MIDDLE_NAME_SIMILARITY


def _initials_agree(given: list[str], other_given: list[str]) -> bool:
    """Whether given names, one of them opening with initials, begin alike letter by letter:
    "K.P." and "Khadga Prasad Sharma"; not "D.M." and "Dinesh", nor "P. W." and "Pik" (a middle
    initial alone, as "George H. W." against "George", is left to the rest of the comparison)."""
    written = [GIVEN_INITIALS.fullmatch(names[0]) is not None for names in (given, other_given)]
    if not any(written):
        return True
    letters, other_letters = _given_letters(given), _given_letters(other_given)
    if all(written):  # "K. P." and "K.P.": either begins the other
        letters, other_letters = sorted((letters, other_letters), key=len)
    elif written[1]:
        letters, other_letters = other_letters, letters
    return other_letters[:len(letters)] == letters  # every initial has its given name


def _given_letters(given: list[str]) -> list[str]:
    """The first letter of each given name, every letter of initials ("D.M." -> d, m)."""
    return [letter.lower() for word in given for letter in (
        word.replace(".", "") if GIVEN_INITIALS.fullmatch(word) else word[:1])]


def _vowels_aside(words: list[str]) -> str:
    """A full name as transliterations spell it alike: its other names as they are, and its
    surname with every vowel a wildcard ("Shamshad Ahmad" and "Shamshad Ahmed"; not "Hassan"
    and "Hussein", of other lengths, nor "George W. Bush" and "George H. W. Bush")."""
    return " ".join([*map(_plain, words[:-1]), re.sub("[aeiouy]", "*", _plain(words[-1]))])


def _consonants(surname: str) -> str:
    """A surname as transliterations spell it alike: each run of vowels one wildcard
    ("Drozdovsky" and "Drozdovskiy", "Lukashenka" and "Lukashenko")."""
    return re.sub("[aeiouy]+", "*", _plain(surname))


def org_key(name: str) -> str:
    """An organisation's name as spellings of one name compare: letters only, each word without
    a plural "s", British "-re" and "-isation" as American ("Pacific Island Forum", "Pacific
    Islands Forum"; "Centre for Global Development", "Center for …"; "PanAfrican", "Pan
    African"), a party's without the word "party" ("Labour (Fiji)", "Labour Party (Fiji)").

    Args:
        name: an organisation or group name.

    Returns:
        The key.
    """
    words = re.findall(r"[a-z]+", unidecode(name).lower())
    words = [re.sub(r"(?<=[a-z]{3})s$", "", word) for word in words if word != "party"]
    return re.sub(r"centre", "center", re.sub(r"isation", "ization", "".join(words)))


def _plain(text: str) -> str:
    """Letters only, lower case, ASCII, without a joined particle."""
    return re.sub(r"[^a-z]", "", unidecode(NAME_PARTICLE.sub("", text)).lower())
