"""Names: folding spellings to one key, comparing first names, and cleaning NER spans into names."""

from __future__ import annotations

import re
from functools import lru_cache
from typing import TYPE_CHECKING

from rapidfuzz import fuzz
from spacy.tokens import Span, Token
from unidecode import unidecode

from analysis.extract.actors.facilities import compounds, names_a_facility
from analysis.extract.actors.lexicon import (
    CREDIT_SEPARATORS,
    EAST_ASIAN_FAMILY_NAMES,
    EVENT_NAME_WORDS,
    GENERIC_INSTITUTION_WORDS,
    HEADLINE_WORDS,
    LEADING_ARTICLES,
    LEADING_TITLES,
    LEXICON,
    NAME_SUFFIX_RULES,
    NON_NAMES,
    ORG_WORDS,
    PERSON_TITLES,
    PORTFOLIO_WORDS,
    POSSESSIVES,
    ROLE_WORDS_NO_NAME,
    TITLE_WORDS,
    TRANSLITERATION_RULES,
    WORDS_AFTER_NAMES,
    WORDS_BEFORE_NAMES,
    title_word,
)
from analysis.extract.actors.titled_names import person_after_portfolio, titled_after_place
from analysis.extract.calendar import NO_NAME_CALENDAR_WORDS

if TYPE_CHECKING:
    from analysis.extract.actors.registry import Registry, RegistryActor

# Two normalised surnames at least this similar (rapidfuzz ratio, 0-100) are one name. Chosen from
# the registry itself (tests/test_actors.py::test_fuzzy_threshold_separates_registry_names): the
# closest pair of *different* registry surnames scores below it, while one-letter typos of
# 8+ letter names ("Kolenikova"/"Kolesnikova": 95) score above it.
FUZZY_THRESHOLD = 88.0
# Shorter names are not fuzzy-matched: one edit in a 4-letter name is a different name.
FUZZY_MIN_LENGTH = 6
# Dashes that set a credit or dateline apart from the story ("Ammon News - His Majesty").
DASHES = ("-", "–", "—")
# An initial of a name ("A." of "A. K. Abdul Momen").
INITIAL = re.compile(r"^[A-Z]\.$")
# Initials alone, one token or several ("G.L.", "Q.", "K"): no one's name without a name word.
INITIALS = re.compile(r"^(?:[A-Z]\.)+$|^[A-Z]$")
# A particle joined to a surname by a hyphen: "al-Sisi", "el-Sisi", "bin-Salman".
NAME_PARTICLE = re.compile(r"^(?:al|el|ad|as|at|ash|bin|ibn|abu)[-‑]", re.IGNORECASE)
# Words of a ruler's style of name: a patronymic or dynasty word ("Tamim bin Hamad Al Thani"),
# a regnal number ("Elizabeth II").
ROYAL_STYLE = re.compile(r"^(?:bin|bint|ibn|al|el|[IVX]+)$|^(?:al|el|bin|ibn)[-‑]", re.IGNORECASE)


def surname_key(word: str) -> str:
    """A surname as names are compared: normalised, without a joined particle ("al-Sisi",
    "El-Sisi" and "Sisi" are one).

    Args:
        word: the last word of a name.

    Returns:
        The key.
    """
    return normalize_name(NAME_PARTICLE.sub("", word))


# An acronym of three letters or more written with full stops ("N.A.T.O.", "U.S.S.R."): one
# word, as written without them (two letters are a person's initials: "J.N. Dixit").
DOTTED_ACRONYM = re.compile(r"\b(?:[a-z]\.){3,}(?![a-z])")


@lru_cache(maxsize=65536)
def normalize_name(name: str) -> str:
    """Fold a name to a transliteration-neutral key: "Lukashenka"/"Lucasenko" -> similar keys.
    Cached: a corpus repeats its names.

    Args:
        name: a name in any script or spelling.

    Returns:
        Lower-case ASCII with Slavic spelling variants folded (not "j" and "y" after an East Asian
        family name), possessives dropped and dotted acronyms joined.
    """
    text = DOTTED_ACRONYM.sub(lambda m: m.group(0).replace(".", ""), unidecode(name).lower())
    text = re.sub(r"['’`]s?\b", "", text)
    text = re.sub(r"[^a-z ]+", " ", text)
    # East Asian romanisations keep "j" and "y" apart ("Kim Jong-il", "Kim Yong-il")
    words = text.split(maxsplit=1)
    east_asian = bool(words) and words[0] in EAST_ASIAN_FAMILY_NAMES
    for old, new in TRANSLITERATION_RULES:
        if not (east_asian and old[0] in "jy"):
            text = text.replace(old, new)
    for old, new in NAME_SUFFIX_RULES:
        text = re.sub(re.escape(old) + r"\b", new, text)
    text = re.sub(r"(.)\1+", r"\1", text)
    return " ".join(text.split())


def first_names_compatible(name: str, actor: RegistryActor) -> bool:
    """Whether `name`'s first name (if it has one) can be one of the actor's first names.

    Args:
        name: a name as written.
        actor: a registry actor.

    Returns:
        False when `name` has a first name that matches none of the actor's first names.
    """
    words = name.split()
    if len(words) < 2:
        return True
    first = normalize_name(words[0])
    if not first:  # no letters ("— Putin")
        return True
    firsts = {normalize_name(word) for alias in (actor.name, *actor.aliases)
              for word in alias.split()[:-1]}  # "Mohammad" of "Agha Muhammad Yahya Khan" too
    # an initial ("N. Nazarbayev") is any first name it begins
    return any(f[:1] == first[0] and (len(first) == 1 or fuzz.ratio(f, first) >= 60)
               for f in firsts)


def initials(name: str) -> str:
    """The capitals an acronym of a name would spell: the first letter of each capitalised
    word or word part ("PanAfrican News Agency" -> "PANA"; "Bank of England" -> "BE").

    Args:
        name: a multi-word name.

    Returns:
        Its initials, upper case.
    """
    parts = re.findall(r"[A-Z][a-z]*|\b[a-z]+", name)
    return "".join(part[0] for part in parts if part[0].isupper())


def slug(name: str) -> str:
    """An ASCII id for an actor the registry does not know.

    Args:
        name: a name, e.g. "Keir Giles".

    Returns:
        Its slug, e.g. "keir-giles".
    """
    return re.sub(r"[^a-z0-9]+", "-", unidecode(name).lower()).strip("-")


# --- cleaning spaCy entities ---------------------------------------------------------------------

def clean_entity(ent: Span, registry: Registry) -> list[Span]:
    """Clean one spaCy entity span into zero or more name spans.

    Drops leading determiners and demonyms, trailing possessives and punctuation, photo or wire
    credits (`Andrei Stasiewicz / AP`), names of facilities (`Nelson Mandela Avenue`), non-names (`Download`), a lone demonym that NER did not
    tag as a place, and splits two person names run together (`Vladimir Putin Dmitry Peskov`) or
    joined by a verb or a conjunction (`Blair Meets Jospin`, `Abe and Moon`).

    Args:
        ent: a spaCy entity.
        registry: for demonyms.

    Returns:
        The cleaned spans (empty when nothing name-like is left).
    """
    if _is_credit(ent) or names_a_facility(ent) or _numbered_person(ent):
        return []  # "Name / AP" (a credit), "Nelson Mandela Avenue", "COVID-19": no actor's name
    tokens = _trim(ent, registry)
    if not tokens or _title_alone(tokens):
        return []  # "Treasurer", "(Jordanian) Monarch", "Prime Ministers"
    label = "ORG" if ent.label_ == "PERSON" and compounds(ent, LEXICON.member_nouns) else ent.label_
    if titled_after_place(ent, tokens[0].i, registry.demonym_to_country):
        label = "PERSON"  # "Foreign Minister of" | "Uzbekistan Abdulaziz Kamilov" (ORG)
    span = Span(ent.doc, tokens[0].i, tokens[-1].i + 1, label=label)
    if label == "PERSON":
        parts = _split_at_non_names(span)
        if len(parts) != 1 or parts[0] != span:
            return [part for part in parts if _is_name(part, "PERSON", registry)]
    if not _is_name(span, ent.label_, registry):
        return []
    if ent.label_ == "PERSON" and len(span) >= 4 and all(t.is_title for t in span):
        return _split_run_together(span)
    return _split_at_title(span)


def _numbered_person(ent: Span) -> bool:
    """Whether NER took for a person what holds a digit, as no name does ("COVID-19", a cable's
    routing line "Info oct-01 ads-00 Sso-00 /031", "Mon Aug 25")."""
    return ent.label_ == "PERSON" and any(char.isdigit() for char in ent.text)


def _title_alone(tokens: list[Token]) -> bool:
    """Whether a name's words are a title alone, in the singular or the plural ("Foreign
    Secretaries")."""
    words = " ".join(t.lower_ for t in tokens)
    singulars = {words, words.removesuffix("s"), re.sub(r"ies$", "y", words)}
    return len(tokens) == 1 and not singulars.isdisjoint(OFFICE_WORDS) \
        or not singulars.isdisjoint(ROLE_WORDS_NO_NAME)


def _split_at_non_names(span: Span) -> list[Span]:
    """A person span cut at the words no name holds: a verb or a conjunction ("Blair Meets
    Jospin", "Echoing Hu", "Abe and Moon" in headlines), a headline's word ("Museveni To Meet
    Kabila"), a verb with its particle ("Rules Out"), a word that opens a sentence or a part
    before a name ("With Blair", "Chanting Helmut Kohl", "Meets With Bush"), and a lone initial
    at its end ("Howard J")."""
    parts, start = [], span.start
    for token in span:
        phrasal = token.tag_ == "RP" and token.i > span.start  # "Rules Out": a verb and particle
        if token.pos_ in ("VERB", "AUX") or token.lower_ in ("and", "&") or phrasal \
                or token.lower_ in HEADLINE_WORDS or token.i == start and _opens_sentence(token):
            end = token.i - 1 if phrasal else token.i
            if end > start:
                parts.append(Span(span.doc, start, end, label="PERSON"))
            start = token.i + 1
    if start < span.end:
        parts.append(Span(span.doc, start, span.end, label="PERSON"))
    return [Span(span.doc, part.start, part.end - 1, label="PERSON")
            if len(part) > 1 and len(part[-1].text) == 1 else part for part in parts]


# A capitalised word this long ending in "-ing" that opens a sentence before a name is a verb
# the tagger took for a name ("Echoing Hu"); shorter ones are names ("Ding", "Ming").
GERUND_MIN_LENGTH = 6


def _opens_sentence(token: Token) -> bool:
    """Whether a span's first token is a word that opens a sentence before a name rather than
    part of the name: a preposition or conjunction (`WORDS_BEFORE_NAMES`), or a sentence-initial
    "-ing" form."""
    if token.lower_ in WORDS_BEFORE_NAMES:
        return True
    return token.is_sent_start and len(token.text) >= GERUND_MIN_LENGTH \
        and token.lower_.endswith("ing")


def _is_credit(ent: Span) -> bool:
    """Whether the entity holds a credit separator ("Andrei Stasiewicz / AP")."""
    return any(t.text in CREDIT_SEPARATORS for t in ent)


def _trim(ent: Span, registry: Registry) -> list[Token]:
    """The entity's tokens without leading articles and demonyms ("the Russian Kremlin" ->
    "Kremlin"; a demonym stays when NER tagged a place), without what an opening bracket adds
    ("Movement for Democratic Change (MDC": its acronym, a party, another name), and without
    trailing possessives, punctuation and words put after a name ("Biden Virtually", "Prachanda
    Saturday")."""
    tokens = _before_bracket([t for t in ent if not t.is_space])  # "Hariri\n": a line break
    while tokens and _leads_name(tokens, ent, registry):
        tokens = tokens[1:]
    while tokens and (tokens[-1].text in POSSESSIVES or tokens[-1].is_punct
                      or len(tokens) > 1 and tokens[-1].lower_.rstrip(".") in WORDS_AFTER_NAMES):
        tokens = tokens[:-1]
    tokens = _without_place_after_of(tokens, ent.label_, registry)
    if all(title_word(t) in TITLE_WORDS for t in tokens):
        return []  # "Majesty King": titles, no name
    if ent.label_ == "PERSON" and title_word(tokens[-1]) in LEXICON.honorifics:
        return []  # "Menteri Besar Datuk" before the name NER tagged apart: a title
    return tokens


def _leads_name(tokens: list[Token], ent: Span, registry: Registry) -> bool:
    """Whether the first of an entity's tokens goes before the name: an article (not an
    initial: "A K Abdul Momen"), a demonym (not of a body's name), a person's title."""
    first = tokens[0]
    initial = first.text == "A" and len(tokens) > 1 and len(tokens[1].text.rstrip(".")) == 1
    return first.lower_ in LEADING_ARTICLES and not initial \
        or first.lower_ in registry.demonym_to_country \
        and len(tokens) > 1 and ent.label_ != "GPE" and not _names_its_body(tokens) \
        or (ent.label_ == "PERSON" or _titled_name(ent)) and title_word(first) in LEADING_TITLES


def _titled_name(ent: Span) -> bool:
    """Whether an entity NER did not tag PERSON is a person's title and a name of two capitalised
    words or more ("Generals Raoul Cedras" tagged ORG; not "General Motors Company")."""
    return len(ent) >= 3 and title_word(ent[0]) in TITLE_WORDS \
        and all(t.is_title for t in ent[1:]) and not any(t.lower_ in ORG_WORDS for t in ent)


def _without_place_after_of(tokens: list[Token], label: str, registry: Registry) -> list[Token]:
    """A person's name without the "of" NER ran into it and the place after it, if any
    ("Alyaksandr Lukashenka of Belarus", "Alyaksandr Lukashenka of"); other names as they are."""
    cut = next((k for k, t in enumerate(tokens) if k > 0 and t.lower_ == "of"), None)
    if cut is None or label != "PERSON":
        return tokens
    rest = registry.alias_to_id.get(" ".join(t.text for t in tokens[cut + 1:]), "")
    place = rest in registry.actors and registry.actors[rest].type == "place"
    return tokens[:cut] if cut == len(tokens) - 1 or place else tokens


def _names_its_body(tokens: list[Token]) -> bool:
    """Whether a country's name or demonym names the body after it, which is no name alone
    ("China Airlines", "Austrian Television"; not "Russian Kremlin", nor "Israeli Government",
    an institution every country has, that the reduce names by its article's country)."""
    return len(tokens) == 2 and tokens[0].is_title and tokens[1].lower_ in ORG_WORDS \
        and tokens[1].lower_ not in GENERIC_INSTITUTION_WORDS


def _before_bracket(tokens: list[Token]) -> list[Token]:
    """The tokens before an opening bracket that does not open them."""
    bracket = next((i for i, t in enumerate(tokens) if t.text == "(" and i), None)
    return tokens[:bracket]


# The words that head an office's name: a person's title, or "head" ("Head of State").
OFFICE_WORDS = frozenset(
    word for title in (*LEXICON.person_titles, "head") for word in title.split()[-1:]
) - frozenset(LEXICON.honorifics)


def _is_name(span: Span, label: str, registry: Registry) -> bool:
    """Whether a trimmed span can name someone: a letter, a capital first letter, and not one
    non-name word, verb, participle opening its sentence ("Stung by X's tone, …"), function word
    ("With" of "Khatami Meets With"), demonym, office ("Minister of Finance"), nor only words of
    non-names and headlines ("Phone Call With Trump"), nor a storm's or an operation's name
    ("Cyclone Pam"), nor a person's initials alone (the "Q. C." after a barrister's name, the "E.
    G." of "E. G. Whitlam" cut off by a line break)."""
    if not any(ch.isalpha() for ch in span.text) or not span.text[0].isupper() \
            or all(t.lower_ in NON_NAMES or t.lower_ in HEADLINE_WORDS for t in span) \
            or span[0].lower_ in EVENT_NAME_WORDS \
            or label == "PERSON" and all(INITIALS.match(t.text) for t in span):
        return False
    if label != "PERSON" and _names_an_office(span, label):
        return False
    if len(span) == 1 and (span[0].lower_ in WORDS_BEFORE_NAMES | NO_NAME_CALENDAR_WORDS
                           or span[0].pos_ in ("VERB", "AUX") or span[0].is_sent_start
                           and any(c.lower_ == "by" for c in span[0].children)):
        return False
    # "Kazakh" tagged ORG in "the Kazakh president", "Papua New Guinean" tagged PERSON in "his
    # Papua New Guinean counterpart": the role phrase names the actor
    return not (span.text.lower() in registry.demonym_to_country and label != "GPE")


def _names_an_office(span: Span, label: str) -> bool:
    """Whether an entity is an office or part of one rather than a body: a title and "of"
    ("Minister of Finance", "Heads of State"), a title at its end ("National Security Advisor";
    not the plural of a body, "Council of Ministers"), or an organisation that is the portfolio
    before a title ("Energy" of "Energy and Electrification Minister"; not "National Security
    Advisor Ajit Doval" of "… Ajit Doval and Foreign Secretary S Jaishankar", nor a name after
    a title: "President-elect Valdas Adamkus and Parliament Chairman …")."""
    first, last = span[0].lemma_.lower().removesuffix("s"), span[-1]
    return len(span) > 2 and first in OFFICE_WORDS and span[1].lower_ == "of" \
        or len(span) > 1 and last.tag_ != "NNPS" and not last.lower_.endswith("s") \
        and last.lemma_.lower() in OFFICE_WORDS and not _after_family_particle(last) \
        or label == "ORG" and not any(t.lemma_.lower() in OFFICE_WORDS for t in span) \
        and title_after_portfolio(span) \
        and PERSON_TITLES.search(span.doc[max(0, span.start - 3):span.start].text + " ") is None


def _after_family_particle(token: Token) -> bool:
    """Whether a word follows a family-name particle, a hyphen aside: a place's name ("Sharm
    El Sheikh", "Sharm el-Sheikh"), not an office."""
    words = [t for t in token.doc[max(0, token.i - 2):token.i] if t.text != "-"]
    return bool(words) and words[-1].lower_ in LEXICON.family_name_particles


def title_after_portfolio(span: Span) -> bool:
    """Whether a person's title follows a span past other portfolio words ("Energy" | "and
    Electrification Minister")."""
    for token in span.doc[span.end:span.end + 4]:
        if token.lemma_.lower() in OFFICE_WORDS:
            return True
        if not (token.is_space or token.lower_ in ("and", "&") or token.is_title):
            return False
    return False


def _split_at_title(span: Span) -> list[Span]:
    """An organisation and a person NER ran together ("African Union Commission Mr. Moussa Faki
    Mahamat"): split before the honorific (not a person's middle initial: "Mario M. Cuomo"),
    the rest is a person; a portfolio, its title and a person ("Energy and Electrification
    Minister Petr Neporozhniy"), or a credit, a dash and a person ("Ammon News - His Majesty
    King Abdullah"), or a portfolio after a title "of" and a person (`person_after_portfolio`):
    the person alone."""
    if span.label_ != "PERSON" and (person := person_after_portfolio(span)) is not None:
        return [person]
    inside = [t for t in span[1:-1] if title_word(t) in LEXICON.honorifics
              and not (span.label_ == "PERSON" and len(title_word(t)) == 1)  # "Mario M. Cuomo"
              or span.label_ != "PERSON" and t.lemma_.lower() in OFFICE_WORDS
              and t.nbor().pos_ == "PROPN" and t.nbor().is_title]
    if not inside:
        return [span]
    start = inside[0].i + 1
    while start < span.end and title_word(span.doc[start]) in LEXICON.honorifics:
        start += 1  # "Bayan Palace His Highness": honorifics, no name after them
    person = [Span(span.doc, start, span.end, label="PERSON")] if start < span.end else []
    if title_word(inside[0]) not in LEXICON.honorifics or span.doc[inside[0].i - 1].text in DASHES:
        return person  # "Ammon News - His Majesty King Abdullah": a credit before the name
    return [Span(span.doc, span.start, inside[0].i, label=span.label_), *person]


def _split_run_together(span: Span) -> list[Span]:
    """Two person names run together ("Vladimir Putin Dmitry Peskov"), split in the middle when
    the first half's last word is a surname the article uses elsewhere too; else one name
    ("Andrés Manuel López Obrador"; an odd number of words has no middle: "Nik Abdul Aziz Nik
    Mat")."""
    half = len(span) // 2
    surname = span[half - 1].text
    elsewhere = sum(1 for token in span.doc if token.text == surname
                    and not span.start <= token.i < span.end)
    if not elsewhere or len(span) % 2:
        return [span]
    return [Span(span.doc, span.start, span.start + half, label="PERSON"),
            Span(span.doc, span.start + half, span.end, label="PERSON")]


def given_name_before(span: Span) -> str:
    """The given name NER tagged with a registry match, in one person entity ("Viktor" of
    "Viktor Lukashenko", "Gohar" of "Gohar Ayub Khan"), titles aside.

    Args:
        span: a registry match.

    Returns:
        The given names, or "" when there are none.
    """
    after_dash = span.start > 1 and span.doc[span.start - 1].text in DASHES
    if span[0].ent_type_ != "PERSON" or span[0].ent_iob_ != "I" or after_dash and (
            len(span) > 1 or span.doc[span.start - 2].ent_iob_ == "B"):
        return ""  # "Rajiv Gandhi-Benazir Bhutto", "Putin-Xi talks": after a dash, another's
    start = span.start
    while start > 0 and span.doc[start].ent_iob_ == "I" \
            and title_word(span.doc[start - 1]) not in TITLE_WORDS:
        start -= 1  # the entity's words before, hyphens too ("Bilawal Bhutto-Zardari")
    return span.doc[start:span.start].text


def first_name_start(span: Span, actor: RegistryActor) -> int:
    """Where a one-word registry name starts when the word before it, outside any entity, can
    be the actor's first name ("Mihail" of "President of Georgia Mihail Saakashvili", a
    spelling NER did not tag).

    Args:
        span: a registry match.
        actor: the registry actor it names.

    Returns:
        The start character of the name with that first name, else of the span.
    """
    before = span.doc[span.start - 1] if len(span) == 1 and span.start else None
    if before is None or before.pos_ != "PROPN" or not before.is_title or before.ent_type_ \
            or title_word(before) in TITLE_WORDS \
            or not first_names_compatible(f"{before.text} {span.text}", actor):
        return span.start_char
    return before.idx


def name_start(token: Token, places: frozenset[int]) -> int:
    """Where the name headed by `token` starts: the proper nouns and initials compounded right
    before it, without a leading title or a place NER tagged or among `places` (the characters
    of place mentions: "Georgia" in "President of Georgia Mihail Saakashvili", "Bangladesh" in
    "Foreign Minister of Bangladesh A. K. Abdul Momen").

    Args:
        token: the last word of a name.
        places: the characters of the article's place mentions.

    Returns:
        The index of the name's first token.
    """
    start = token.i
    while start > 0 and _continues_name(token.doc[start - 1], start, token, places):
        start -= 1
    return start


def _continues_name(before: Token, start: int, head: Token, places: frozenset[int]) -> bool:
    """Whether the word before a name's words from `start` to `head` is part of it: compounded
    into it, or a given name the parser hung on the title before it ("of Uzbekistan Bakhtiyor
    Saidov"); a proper noun or an initial, no title, place or word of another entity type."""
    joined = before.head.i in range(start, head.i + 1) and before.dep_ in ("compound", "flat")
    on_title = before.dep_ == "appos" and before.head.i < before.i and before.ent_type_ == "" \
        and title_word(before.head) in TITLE_WORDS
    return (joined or on_title) \
        and (before.pos_ == "PROPN" or INITIAL.match(before.text) is not None) \
        and before.ent_type_ in ("", head.ent_type_) and before.idx not in places \
        and title_word(before) not in LEADING_TITLES and before.lower_ not in PORTFOLIO_WORDS


def royal_style(words: list[str]) -> bool:
    """Whether a full name is in the style a ruler's given name with a title stands for ("Tamim
    bin Hamad Al Thani", "Elizabeth II"; not "Philip Habib" for "Prince Philip").

    Args:
        words: the name's words.

    Returns:
        True for a patronymic, dynasty word or regnal number after the given name.
    """
    return any(ROYAL_STYLE.match(word) for word in words[1:])
