"""Step 3 of the per-article map: short forms ("Blair", "Chris", "NRC") take the full name the
same article uses ("Tony Blair", "Chris Hipkins"; the organisations' in `org_forms`)."""

from __future__ import annotations

import re
from bisect import bisect_right
from collections import Counter
from collections.abc import Container
from dataclasses import replace
from datetime import date
from typing import TYPE_CHECKING

from rapidfuzz import fuzz, process
from rapidfuzz.distance import OSA

from analysis.extract.actors.lexicon import (
    EAST_ASIAN_FAMILY_NAMES,
    LEXICON,
    ORG_WORDS,
    PERSON_TITLES,
    RELATIVES,
    ROLE_WORDS,
)
from analysis.extract.actors.mention import covered_characters, occurrences_alone
from analysis.extract.actors.names import (
    FUZZY_MIN_LENGTH,
    FUZZY_THRESHOLD,
    NAME_PARTICLE,
    normalize_name,
    royal_style,
    surname_key,
)
from analysis.extract.actors.org_forms import resolve_acronyms, resolve_org_heads

if TYPE_CHECKING:
    from analysis.extract.actors.holders import StatedRole
    from analysis.extract.actors.mention import Mention
    from analysis.extract.actors.registry import Registry, RegistryActor

# A kinship word right before a name, with at most a comma between ("his wife, Marisabel ...").
RELATIVE_BEFORE = re.compile(rf"\b(?:{'|'.join(map(re.escape, sorted(RELATIVES)))})\W{{0,3}}$",
                             re.IGNORECASE)
RELATIVE_REACH = 24  # characters before a name the kinship word is looked for in

# A misspelt surname this long or longer may have two letters swapped or changed in place.
SWAP_MIN_LENGTH = 8
# A surname in brackets right after a first name: "Bob (Tizard)".
BRACKETED_SURNAME = re.compile(r"\s*\(([A-Z][\w'’-]+)\)")
# A capitalised word right before a surname: it may be another person's given name ("Laura Bush").
CAPITALISED_BEFORE = re.compile(r"\b[A-Z][\w'’.-]*\s+$")
SURNAME_MIN_LENGTH = 3
# How a Russian patronymic ends ("Abishevich", "Vladimirovich", "Ivanovna").
PATRONYMIC_ENDINGS = ("ovich", "evich", "ovna", "evna", "ichna")
# Two surnames joined by a dash: "Xi-Chu" of "the first Xi-Chu meeting".
DASHED_PAIR = re.compile(r"([A-Z][\w'’]+)\s*[-–—]\s*([A-Z][\w'’]+)")
# Role phrases of two words or more ("crown prince"): titles a name may open with.
MULTIWORD_ROLES = tuple(role for role in ROLE_WORDS if " " in role)


def resolve_short_forms(mentions: list[Mention], text: str) -> None:
    """Unresolved short forms take the full name used in the same article, in place.

    A surname or first name alone takes the full name (`coref`; a spelling variant of it,
    "Lucasenko" beside "Alexander Lukashenko", is `fuzzy`, with its similarity as score), an
    acronym the organisation whose initials it spells. Unresolved ORG spans that name a person
    become persons first (`_promote_org_persons`).

    Args:
        mentions: the article's mentions (steps 1 and 2).
        text: the article's text.
    """
    _promote_org_persons(mentions)
    resolve_acronyms(mentions, text)
    resolve_org_heads(mentions)
    _keep_name_titles(mentions, text)
    _add_bracketed_surnames(mentions, text)
    _add_relatives_surnames(mentions, text)
    full_names = _unique_surnames(mentions, text)
    _split_dashed_surnames(mentions, full_names)
    first_names = _unique_first_names(mentions, set(full_names))
    for mention in mentions:
        # "Obasanjo" tagged an organisation beside "Olusegun Obasanjo": the person
        key = normalize_name(mention.name)
        if mention.method == "ner" and mention.label == "ORG" and " " not in mention.name \
                and (_match_surname(key, full_names) or key in first_names):
            mention.type, mention.label = "person", "PERSON"
    for mention in mentions:
        if mention.method != "ner" or mention.type != "person" or " " in mention.name:
            continue
        match = _match_surname(normalize_name(mention.name), full_names) \
            or _match_first_name(normalize_name(mention.name), first_names)
        if match is None:
            continue
        full = full_names.get(match[0]) or first_names[match[0]]
        exact = mention.name in (full.name.split()[-1], full.name.split()[0])
        mention.method = "coref" if exact else "fuzzy"
        mention.actor_id, mention.name, mention.score = full.actor_id, full.name, float(match[1])
    _resolve_titled_given_names(mentions)
    _resolve_name_parts(mentions)
    _prefer_the_articles_namesake(mentions, text)


def surnames_left_out(mentions: list[Mention], text: str, sentence_chars: list[int],
                      demonyms: Container[str]) -> list[Mention]:
    """The surnames of people the article names in full that no mention covers, as mentions of
    those people ("Obasanjo assured al-Bashir": NER missed "al-Bashir" of "Omar al-Bashir").
    Not a surname next to another capitalised word ("Laura Bush", "the Bashir Government"), nor
    one people of different first names share (`_unique_surnames`), nor a demonym ("Afghan
    officials" beside "Ahmed Afghan").

    Args:
        mentions: the article's mentions, short forms resolved.
        text: the article's text.
        sentence_chars: the first character of each sentence.
        demonyms: the registry's demonyms, lower case.

    Returns:
        New `coref` mentions, in text order.
    """
    taken = covered_characters(mentions)
    starts = set(sentence_chars)  # a word ending the sentence before is no given name
    found = []
    for full in {id(m): m for m in _unique_surnames(mentions, text).values()}.values():
        surname = full.name.split()[-1]
        if len(surname) < SURNAME_MIN_LENGTH or surname.islower() or not surname[0].isalpha() \
                or surname.lower() in demonyms:
            continue
        for start, _ in occurrences_alone(surname, text, taken):
            if start in starts or not CAPITALISED_BEFORE.search(text, max(0, start - 30), start):
                found.append(named_again(full, bisect_right(sentence_chars, start) - 1, start,
                                         surname))
    return sorted(found, key=lambda m: m.start_char)


def resolve_titled_surnames(mentions: list[Mention], stated: list[StatedRole],
                            registry: Registry, published: date | None) -> list[StatedRole]:
    """A surname alone after a title the article gives ("President Ford", "Chancellor Kohl")
    is the one registry person of that surname in that office on the article's date, and so
    is every other mention of that surname alone, in place; where the article names several
    people of that surname in full, the one it gives that title (`_surnames_titled_as_in_full`).
    A surname alone that no title or full name of the article explains is the one person of
    that surname in an office of a country the article names on its date.

    Args:
        mentions: the article's mentions.
        stated: the roles it states (`RoleReader.stated_roles`).
        registry: the actor registry.
        published: the article's date (without one, nothing is resolved).

    Returns:
        The stated roles, those of the surnames resolved now holding their person.
    """
    stated = _surnames_titled_as_in_full(mentions, stated)
    if published is None:
        return stated
    found = {role.name: registry.actors[actor_id] for role in stated
             if role.stated and not role.former and " " not in role.name
             and role.title != "leader"
             and (actor_id := registry.titled_person(role.name, role.title, role.country,
                                                     published))}
    found = {**_office_holders(mentions, registry, published), **found}
    for mention in mentions:
        if mention.method == "ner" and mention.type == "person" and mention.name in found:
            actor = found[mention.name]
            mention.actor_id, mention.name, mention.method = actor.actor_id, actor.name, \
                "registry"
    return [replace(role, actor_id=found[role.name].actor_id, name=found[role.name].name)
            if role.name in found else role for role in stated]


def _office_holders(mentions: list[Mention], registry: Registry, published: date
                    ) -> dict[str, RegistryActor]:
    """Surnames alone that no full name of the article explains, each with the one person of
    that surname in an office of a country the article names ("Santos", on Colombia in 2015)."""
    countries = {registry.actors[m.actor_id].country for m in mentions if m.actor_id}
    in_full = {m.name.split()[-1] for m in mentions if m.type == "person" and " " in m.name}
    bare = {m.name for m in mentions if m.method == "ner" and m.type == "person"
            and " " not in m.name and m.name not in in_full}
    return {name: registry.actors[holder] for name in bare
            if (holder := registry.office_holder(name, countries, published))}


def _surnames_titled_as_in_full(mentions: list[Mention], stated: list[StatedRole]
                                ) -> list[StatedRole]:
    """A surname alone after a title ("Vice Premier Chiang"), where the article names two or
    more people of that surname in full ("Vice Premier Chiang Ching-kuo", "President Chiang
    Kai-shek"), is the one it names in full with that title, whatever the registry said; the
    surname is a family name first or last. Returns the stated roles, those moved now holding
    their person."""
    title_at = {role.start_char: role.title for role in stated if role.stated and not role.former}
    in_full: dict[str, dict[str, Mention]] = {}  # surname -> full name -> a mention of it
    titled: dict[tuple[str, str], set[str]] = {}  # (surname, title) -> full names given it
    for m in mentions:
        words = m.text.split()
        if m.type != "person" or len(words) < 2:
            continue
        for key in {normalize_name(words[0]), normalize_name(words[-1])}:
            in_full.setdefault(key, {}).setdefault(m.name, m)
            if m.start_char in title_at:
                titled.setdefault((key, title_at[m.start_char]), set()).add(m.name)
    moved: dict[int, Mention] = {}
    for m in mentions:
        key = normalize_name(m.text.strip())
        names = titled.get((key, title_at.get(m.start_char, "")), set())
        if m.type == "person" and " " not in m.text.strip() and len(in_full.get(key, {})) > 1 \
                and len(names) == 1:
            full = in_full[key][next(iter(names))]
            m.actor_id, m.name, m.method = full.actor_id, full.name, "coref"
            moved[m.start_char] = full
    return [replace(role, actor_id=moved[role.start_char].actor_id,
                    name=moved[role.start_char].name) if role.start_char in moved else role
            for role in stated]


def _prefer_the_articles_namesake(mentions: list[Mention], text: str) -> None:
    """A surname alone the registry resolved ("Niyazov": Saparmurat Niyazov) is the one person
    of that surname the article names in full ("Farid Niyazov", "Reyad Al-Maliki", "Kim
    Man-soo"), when the article names the registry's person nowhere in full or with a title
    ("President Bush" beside "Laura Bush": "Bush" is the president)."""
    def titled(m: Mention) -> bool:
        return bool(PERSON_TITLES.search(text, max(0, m.start_char - RELATIVE_REACH),
                                         m.start_char))
    named = {m.actor_id for m in mentions if m.actor_id and (" " in m.text.strip() or titled(m))}
    people: dict[str, dict[str, Mention]] = {}
    for m in mentions:
        if m.type == "person" and " " in m.text.strip() and not RELATIVE_BEFORE.search(
                text, max(0, m.start_char - RELATIVE_REACH), m.start_char):
            for key in _surname_keys(m.name.split()):
                people.setdefault(key, {}).setdefault(m.name, m)
    for m in mentions:
        namesakes = people.get(surname_key(m.text.strip()), {})
        if m.method == "registry" and m.type == "person" and " " not in m.text.strip() \
                and m.actor_id not in named and len(namesakes) == 1:
            other = next(iter(namesakes.values()))
            m.actor_id, m.name, m.method = other.actor_id, other.name, "coref"


def _surname_keys(words: list[str]) -> set[str]:
    """The keys a full name is found under by its surname alone: its last word with and without
    a joined particle ("Al-Maliki", "Maliki"), and an East Asian family name first ("Kim")."""
    keys = {normalize_name(words[-1]), surname_key(words[-1])}
    return keys | {normalize_name(words[0])} if words[0].lower() in EAST_ASIAN_FAMILY_NAMES \
        else keys


def _resolve_titled_given_names(mentions: list[Mention]) -> None:
    """"Sheikh Tamim", "Crown Prince Mohammed": a title and a given name take the one full name
    of the article that name begins, in a ruler's style or titled ("Tamim bin Hamad Al Thani",
    "Sheikh Hasina Wajed"; not "Philip Habib" for "Prince Philip"), as `coref`."""
    by_given: dict[str, set[tuple[str, str]]] = {}
    for mention in mentions:
        words = _without_title(mention.name.split())
        if mention.type == "person" and len(words) >= 2 \
                and (royal_style(words) or _title_length(mention.name.split())):
            by_given.setdefault(normalize_name(words[0]), set()).add(
                (mention.actor_id, mention.name))
    for mention in mentions:
        words = mention.name.split()
        title = _title_length(words)
        if mention.method != "ner" or mention.type != "person" or not title \
                or len(words) != title + 1:
            continue
        found = by_given.get(normalize_name(words[-1]), set())
        if len(found) == 1:
            (mention.actor_id, mention.name), = found
            mention.method = "coref"


def _resolve_name_parts(mentions: list[Mention]) -> None:
    """A person's or organisation's name of two words or more that ends the one longer name of
    its type in the article ending so ("Hsien Loong", "Kuan Yew": the given names after an East
    Asian family name; "Manuel Santos"; "Security Council" beside "UN Security Council"), or a
    person's that begins it ("Roch Marc Christian", "Abdel Fattah") or is its given name and a
    patronymic ("Nursultan Abishevich"), takes it, as `coref`."""
    names = {(m.type, m.actor_id, m.name): [normalize_name(w) for w in m.name.split()]
             for m in mentions if m.type in ("person", "org")}
    for mention in mentions:
        if mention.method != "ner" or mention.type not in ("person", "org"):
            continue
        words = names[(mention.type, mention.actor_id, mention.name)]
        if len(words) < 2:
            continue
        person = mention.type == "person"
        patronymic = person and len(words) == 2 \
            and mention.name.split()[1].lower().endswith(PATRONYMIC_ENDINGS)
        longer = {(actor_id, name) for (kind, actor_id, name), other in names.items()
                  if kind == mention.type and other != words and (len(other) > len(words) and (
                      other[-len(words):] == words or person and other[:len(words)] == words)
                      or patronymic and other[0] == words[0])}
        if len(longer) == 1:
            (mention.actor_id, mention.name), = longer
            mention.method = "coref"


def _title_length(words: list[str]) -> int:
    """How many front words of a name are a title ("Sheikh", "Crown Prince"); 0 for none."""
    if words and words[0].lower().rstrip(".") in LEXICON.name_titles:
        return 1
    lowered = " ".join(words).lower()
    return max((len(role.split()) for role in MULTIWORD_ROLES if lowered.startswith(role + " ")),
               default=0)


def _without_title(words: list[str]) -> list[str]:
    """A name's words without a leading title that names keep ("Sheikh", "King")."""
    return words[1:] if words and words[0].lower().rstrip(".") in LEXICON.name_titles else words


def _promote_org_persons(mentions: list[Mention]) -> None:
    """An unresolved two- or three-word ORG or FAC span without an organisation word is a
    person when its last word is a person's surname in the article ("Prabowo Subianto" tagged a
    building beside "Subianto") or when it is the subject of a verb only a person is
    (`Mention.acts`: "Keir Giles of Chatham House said")."""
    surnames = {m.name.split()[-1] for m in mentions if m.type == "person"}
    for mention in mentions:
        words = mention.name.split()
        if mention.method == "ner" and mention.label in ("ORG", "FAC") and 2 <= len(words) <= 3 \
                and (words[-1] in surnames or mention.acts) \
                and not any(w.lower() in ORG_WORDS for w in words):
            mention.type, mention.label = "person", "PERSON"


def _keep_name_titles(mentions: list[Mention], text: str) -> None:
    """A one-word person name right after a title that is part of a name ("King Hussein",
    "Emir Tamim") takes the title: it is not the surname of another person of the article."""
    for mention in mentions:
        if mention.method != "ner" or mention.type != "person" or " " in mention.name:
            continue
        before = text[max(0, mention.start_char - 12):mention.start_char].split()
        if before and before[-1].lower().rstrip(".") in LEXICON.name_titles:
            mention.name = f"{before[-1].rstrip('.')} {mention.name}"


def _add_bracketed_surnames(mentions: list[Mention], text: str) -> None:
    """A first name with its surname in brackets after it, as a quote is edited ("what Bob
    (Tizard) said"), is that full name: not another Bob of the article."""
    for mention in mentions:
        if mention.method == "ner" and mention.type == "person" and " " not in mention.name \
                and (bracketed := BRACKETED_SURNAME.match(text, mention.end_char)):
            mention.name = f"{mention.name} {bracketed[1]}"


def _add_relatives_surnames(mentions: list[Mention], text: str) -> None:
    """A first name right after a kinship word takes the surname of the person named in full
    right before it in its sentence, no other name between ("Uhuru Kenyatta and his wife,
    Margaret": Margaret Kenyatta), so that relatives known by first name alone stay apart
    across articles."""
    for index, mention in enumerate(mentions):
        if mention.method != "ner" or mention.type != "person" or " " in mention.name \
                or not RELATIVE_BEFORE.search(text, max(0, mention.start_char - RELATIVE_REACH),
                                              mention.start_char):
            continue
        kin = next((m for m in reversed(mentions[:index])
                    if m.sentence_id == mention.sentence_id), None)
        words = kin.name.split() if kin is not None and kin.type == "person" else []
        if len(words) < 2:
            continue
        family = words[0] if words[0].lower() in EAST_ASIAN_FAMILY_NAMES else words[-1]
        if family.isalpha() and len(family) >= SURNAME_MIN_LENGTH and family[0].isupper():
            mention.name = f"{mention.name} {family}"


def _split_dashed_surnames(mentions: list[Mention], full_names: dict[str, Mention]) -> None:
    """A name of two surnames joined by a dash, each of a different person the article names
    in full ("the first Xi-Chu meeting"), is those two people, in place."""
    for mention in [m for m in mentions if m.method == "ner" and m.type == "person"]:
        parts = DASHED_PAIR.fullmatch(mention.text)
        # a family name written first is among the surnames too ("Xi" of "Xi Jinping")
        people = [full_names.get(normalize_name(part)) for part in parts.groups()] if parts else []
        if len(people) != 2 or None in people or people[0] is people[1]:
            continue
        mentions.remove(mention)
        mentions.extend(named_again(person, mention.sentence_id,
                                     mention.start_char + parts.start(i + 1), parts[i + 1])
                        for i, person in enumerate(people))


def named_again(person: Mention, sentence_id: int, start: int, surface: str) -> Mention:
    """A `coref` mention of a person named in full, where `surface` stands at `start`."""
    return replace(person, sentence_id=sentence_id, start_char=start,
                   end_char=start + len(surface), text=surface, method="coref", score=100.0,
                   acts=False, title="")


def _unique_surnames(mentions: list[Mention], text: str) -> dict[str, Mention]:
    """Surname -> the full person name of the article it ends ("al-Sisi" is also "Sisi").
    When people of different first names share it ("Tony Blair" and "Cherie Blair"), the one
    named most takes it; on a tie nobody does: a reader would ask which one. An East Asian
    family name written first ("Kim" of "Kim Dae Jung") is a surname too; on a tie it goes to
    the one named first, whom the story is about ("Kim Dae Jung" before "Kim Jong Il"). A
    relative introduced as one ("his wife Marisabel Rodriguez de Chavez") takes no surname. The
    first and last parts of a hyphenated surname are surnames too ("Sirleaf" of "Ellen
    Johnson-Sirleaf", "Zia" of "Mohammad Zia-ul-Haq"). A name written after a monarch's title
    ("King Hussein") is one of those who bear it ("Saddam Hussein"). Two names the tagger ran
    together ("Ban, Machimura") own none."""
    by_surname: dict[str, Counter[str]] = {}
    full: dict[tuple[str, str], Mention] = {}
    families: set[str] = set()
    for mention in mentions:
        words = mention.name.split()
        if mention.type != "person" or "," in mention.name or RELATIVE_BEFORE.search(
                text, max(0, mention.start_char - RELATIVE_REACH), mention.start_char):
            continue
        written = mention.text.split()
        if len(written) == 2 and written[0].lower().rstrip(".") in LEXICON.name_titles:
            # "King Hussein", whatever the registry's name: "Hussein" is his too
            key, who = normalize_name(written[1]), mention.actor_id or mention.name
            by_surname.setdefault(key, Counter())[who] += 1
            full.setdefault((key, who), mention)
        if len(words) < 2:
            continue
        keys = {(key, normalize_name(words[0]))
                for key in (normalize_name(words[-1]), surname_key(words[-1]),
                            *_hyphen_parts(words[-1]))}
        if words[0].lower() in EAST_ASIAN_FAMILY_NAMES:
            keys.add((normalize_name(words[0]), normalize_name(" ".join(words[1:]))))
            families.add(normalize_name(words[0]))
        for key, first in keys:
            by_surname.setdefault(key, Counter())[first] += 1
            full.setdefault((key, first), mention)
    unique = {}
    for key, firsts in by_surname.items():
        ranked = firsts.most_common(2)
        if len(ranked) == 1 or ranked[0][1] > ranked[1][1]:
            unique[key] = full[(key, ranked[0][0])]
        elif key in families:
            unique[key] = min((full[(key, first)] for first, n in firsts.items()
                               if n == ranked[0][1]), key=lambda m: m.start_char)
    return unique


def _hyphen_parts(surname: str) -> list[str]:
    """The keys of the first and last parts of a hyphenated surname that are names, not
    particles ("Johnson-Sirleaf": johnson, sirleaf; "Zia-ul-Haq": zia, haq; "al-Sisi": none)."""
    parts = re.split(r"[-‑]", surname)
    if len(parts) < 2:
        return []
    return [normalize_name(part) for part in (parts[0], parts[-1])
            if len(part) >= SURNAME_MIN_LENGTH and not NAME_PARTICLE.match(f"{part}-")]


def _unique_first_names(mentions: list[Mention], surnames: set[str]) -> dict[str, Mention]:
    """First name -> the one full person name of the article it begins ("Chris" -> "Chris
    Hipkins"); first names two people share, or that are someone's surname, are left out."""
    by_first: dict[str, set[str]] = {}
    full: dict[str, Mention] = {}
    for mention in mentions:
        words = mention.name.split()
        if mention.type == "person" and len(words) > 1:
            key = normalize_name(words[0])
            by_first.setdefault(key, set()).add(mention.name)
            full.setdefault(key, mention)
    return {key: full[key] for key, names in by_first.items()
            if len(names) == 1 and key not in surnames}


def _match_first_name(key: str, first_names: dict[str, Mention]) -> tuple[str, float] | None:
    return (key, 100.0) if key in first_names else None


def _match_surname(key: str, full_names: dict[str, Mention]) -> tuple[str, float] | None:
    """The surname key of `full_names` a lone name's key matches: fuzzily when the key is long
    enough, else exactly; with the similarity."""
    if len(key) >= FUZZY_MIN_LENGTH:
        best = process.extractOne(key, full_names.keys(), scorer=fuzz.ratio,
                                  score_cutoff=FUZZY_THRESHOLD)
        return (best[0], best[1]) if best is not None else _letters_swapped(key, full_names)
    return (key, 100.0) if key in full_names else None


def _letters_swapped(key: str, full_names: dict[str, Mention]) -> tuple[str, float] | None:
    """The one surname key of `full_names` a long key misspells by two letters swapped or
    changed in place ("Yudyohono" beside "Susilo Bambang Yudhoyono"), with the similarity."""
    if len(key) < SWAP_MIN_LENGTH:
        return None
    found = [other for other in full_names if len(other) == len(key)
             and other[0] == key[0] and OSA.distance(key, other) <= 2]
    return (found[0], fuzz.ratio(key, found[0])) if len(found) == 1 else None
