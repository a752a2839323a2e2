"""The word lists of actor detection, read from `analysis/data/actor_lexicon.yaml`.

The file is checked against `ActorLexicon` when this module is imported; the constants below are
its lists in the shapes the code uses.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from pydantic import ValidationInfo, field_validator

from analysis.extract.calendar import WEEKDAY_WORDS
from analysis.extract.rules import Schema, load_rules, packaged_path

if TYPE_CHECKING:
    from spacy.tokens import Token

LEXICON_FILE = "actor_lexicon.yaml"
# Role-phrase meanings that are not registry titles: the country's leader title, and the
# relational roles: the office in another country of the person named before (`counterpart`), and
# the other party of a visit (`host`, `guest`).
RELATIONAL_TITLES = ("counterpart", "host", "guest")
PHRASE_ONLY_TITLES = ("leader", "minister", "secretary", *RELATIONAL_TITLES)


class Rewrite(Schema):
    """One spelling fold: `spelling` is written as `becomes`."""

    spelling: str
    becomes: str


class ActorLexicon(Schema):
    """The schema of `actor_lexicon.yaml` (see the comments in the file)."""

    titles: list[str]
    leader_titles: list[str]
    role_words: dict[str, str]
    role_words_in_names: list[str]
    anaphoric_role_words: list[str]
    undescribed_role_words: list[str]
    subordinate_words: list[str]
    national_titles: dict[str, str]
    determiners: list[str]
    person_titles: list[str]
    title_suffixes: list[str]
    org_words: list[str]
    speech_verbs: list[str]
    person_subject_verbs: list[str]
    journey_subject_verbs: list[str]
    non_names: list[str]
    event_name_words: list[str]
    words_before_names: list[str]
    headline_words: list[str]
    words_after_names: list[str]
    generic_institution_words: list[str]
    east_asian_family_names: list[str]
    surname_particles: list[str]
    patronymic_words: list[str]
    family_name_particles: list[str]
    relatives: list[str]
    credit_separators: list[str]
    leading_articles: list[str]
    honorifics: list[str]
    womens_honorifics: list[str]
    mens_honorifics: list[str]
    name_titles: list[str]
    settlement_nouns: list[str]
    journey_words: list[str]
    departure_words: list[str]
    venue_verbs: list[str]
    facility_nouns: list[str]
    portfolio_words: list[str]
    member_nouns: list[str]
    leader_plurals: list[str]
    possessives: list[str]
    transliteration: list[Rewrite]
    name_suffixes: list[Rewrite]

    @field_validator("titles", "leader_titles", "anaphoric_role_words", "undescribed_role_words",
                     "subordinate_words", "determiners", "person_titles", "title_suffixes",
                     "org_words", "speech_verbs", "person_subject_verbs", "journey_subject_verbs",
                     "non_names", "event_name_words", "words_before_names", "headline_words",
                     "words_after_names", "relatives", "generic_institution_words",
                     "east_asian_family_names", "surname_particles", "patronymic_words",
                     "family_name_particles", "credit_separators", "leading_articles",
                     "possessives", "honorifics", "womens_honorifics", "mens_honorifics",
                     "name_titles", "settlement_nouns", "journey_words", "departure_words",
                     "venue_verbs", "facility_nouns", "portfolio_words", "member_nouns",
                     "leader_plurals")
    @classmethod
    def _words(cls, words: list[str]) -> list[str]:
        for word in words:
            if not word.strip():
                raise ValueError("a word is blank")
            if words.count(word) > 1:
                raise ValueError(f"{word!r} is listed twice")
        return words

    @field_validator("leader_titles")
    @classmethod
    def _leader_titles_known(cls, titles: list[str], info: ValidationInfo) -> list[str]:
        for title in titles:
            _check_title(title, info.data.get("titles", []))
        return titles

    @field_validator("role_words")
    @classmethod
    def _role_titles_known(cls, words: dict[str, str], info: ValidationInfo) -> dict[str, str]:
        for title in words.values():
            _check_title(title, [*info.data.get("titles", []), *PHRASE_ONLY_TITLES])
        return words

    @field_validator("role_words_in_names", "anaphoric_role_words", "undescribed_role_words")
    @classmethod
    def _role_words_known(cls, words: list[str], info: ValidationInfo) -> list[str]:
        for word in words:
            if word not in info.data.get("role_words", {}):
                raise ValueError(f"{word!r} is not one of `role_words`")
        return words


def _check_title(title: str, known: list[str]) -> None:
    if title not in known:
        raise ValueError(f"{title!r} is not one of `titles`")


def load_lexicon() -> ActorLexicon:
    """Read and check the packaged lexicon.

    Returns:
        The validated lexicon.

    Raises:
        RulesError: the file does not follow `ActorLexicon`.
    """
    return load_rules(ActorLexicon, packaged_path(LEXICON_FILE))


LEXICON = load_lexicon()

TITLES = frozenset(LEXICON.titles)
LEADER_TITLES = frozenset(LEXICON.leader_titles)
# The titles "the minister" stands for: every minister's but a prime minister's.
MINISTER_TITLES = frozenset(title for title in (*LEXICON.titles, "minister")
                            if title.endswith("minister") and "prime_minister" not in title)
# The role words that name an office only as the article gives it, with the titles they stand
# for: "the minister" any minister but a prime minister, "the secretary" a secretary of state.
STATED_ONLY_TITLES = {"minister": MINISTER_TITLES,
                      "secretary": frozenset({"secretary", "secretary_of_state"})}
ROLE_WORDS = dict(LEXICON.role_words)
# Role words that head no name ("Monarch", "Pontiff"; not "Shah" of "Azlan Shah").
ROLE_WORDS_NO_NAME = frozenset(ROLE_WORDS) - frozenset(LEXICON.role_words_in_names)
NATIONAL_TITLES = dict(LEXICON.national_titles)
DETERMINERS = tuple(LEXICON.determiners)
_PERSON_TITLE = "|".join(re.escape(title) for title in LEXICON.person_titles)
# "President " or "Generals " before a name: any case, an optional full stop, then the name.
PERSON_TITLES = re.compile(
    r"(?i)\b(?:" + _PERSON_TITLE + r")s?"
    r"(?:-(?:" + "|".join(LEXICON.title_suffixes) + r"))?\.?,?\s+$")
# ", the President of …" right after a name: a role in apposition ("Say Chum, the President of
# the Senate").
PERSON_TITLE_OF_AFTER = re.compile(r"(?i),\s+(?:the\s+)?(?:" + _PERSON_TITLE + r")\s+of\b")
# "the Minister of Foreign Affairs, " right before a name: the same role before it.
PERSON_TITLE_OF_BEFORE = re.compile(r"(?i)\bthe\s+(?:" + _PERSON_TITLE
                                    + r")\s+(?:of|for)\s+[\w' -]{1,40},\s+$")
ORG_WORDS = frozenset(LEXICON.org_words)
PORTFOLIO_WORDS = frozenset(LEXICON.portfolio_words)
# The spaCy entity label each actor type is shown with.
TYPE_LABELS = {"person": "PERSON", "org": "ORG", "place": "GPE", "group": "ORG", "outlet": "ORG"}
SPEECH_VERBS = frozenset(LEXICON.speech_verbs)
PERSON_SUBJECT_VERBS = frozenset(LEXICON.person_subject_verbs) | SPEECH_VERBS
# Verbs only a person is the subject of, whatever NER tagged it: of speech or of a journey.
PERSON_ONLY_VERBS = frozenset(LEXICON.journey_subject_verbs) | SPEECH_VERBS
NON_NAMES = frozenset(LEXICON.non_names)
EVENT_NAME_WORDS = frozenset(LEXICON.event_name_words)
WORDS_BEFORE_NAMES = frozenset(LEXICON.words_before_names)
HEADLINE_WORDS = frozenset(LEXICON.headline_words)
# Words after a name that are no part of it: the lexicon's, and a weekday ("Prachanda Saturday
# held", "Xanana Gusmão Wed.").
WORDS_AFTER_NAMES = frozenset(LEXICON.words_after_names) | WEEKDAY_WORDS
RELATIVES = frozenset(LEXICON.relatives)
GENERIC_INSTITUTION_WORDS = frozenset(LEXICON.generic_institution_words)
EAST_ASIAN_FAMILY_NAMES = frozenset(LEXICON.east_asian_family_names)
SURNAME_PARTICLES = frozenset(LEXICON.surname_particles)
PATRONYMIC_WORDS = frozenset(LEXICON.patronymic_words)
# Words that open the family or lineage part of an Arabic name ("Al Said", "bin Abdulaziz").
LINEAGE_WORDS = PATRONYMIC_WORDS | frozenset(LEXICON.family_name_particles)
CREDIT_SEPARATORS = frozenset(LEXICON.credit_separators)
LEADING_ARTICLES = tuple(LEXICON.leading_articles)
# Words a name loses from its front, and the words that alone name nobody.
LEADING_TITLES = frozenset(LEXICON.honorifics) | (
    frozenset(LEXICON.person_titles) - frozenset(LEXICON.name_titles))
TITLE_WORDS = frozenset(LEXICON.honorifics) | frozenset(LEXICON.person_titles)
# What may stand between a role phrase and the name it introduces: commas, spaces, an opening
# bracket, titles and role words ("his host President Uhuru Kenyatta", "India's Prime Minister,
# Mr Rajiv Gandhi", "the Prime Minister (Mr Muldoon)", "his Filipino counterpart, Foreign
# Affairs Secretary Enrique Manalo").
_GAP_WORDS = sorted({*TITLE_WORDS, *ROLE_WORDS}, key=lambda word: (-len(word), word))
ROLE_NAME_GAP = re.compile(r"(?:[\s,(]+|(?i:" + "|".join(map(re.escape, _GAP_WORDS)) + r")\b\.?)*")
POSSESSIVES = tuple(LEXICON.possessives)
TRANSLITERATION_RULES: tuple[tuple[str, str], ...] = tuple(
    (rule.spelling, rule.becomes) for rule in LEXICON.transliteration)
NAME_SUFFIX_RULES: tuple[tuple[str, str], ...] = tuple(
    (rule.spelling, rule.becomes) for rule in LEXICON.name_suffixes)


def title_word(token: Token) -> str:
    """A token as the title and honorific lists hold it: lower case, no final dot ("Dr." -> "dr"),
    a title in the singular ("Prime Ministers Orpo and Kristersson" -> "minister")."""
    word = token.lower_.rstrip(".")
    return word[:-1] if word.endswith("s") and word[:-1] in TITLE_WORDS else word
