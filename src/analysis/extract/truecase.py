"""A text written all in capitals (a diplomatic cable, a telex, old wire copy) in the case a
reader expects, so that the tagger and NER can read it: every word the English lexicon holds in
lower case, but names, demonyms, titles, months and weekdays capitalised, and every sentence's
first word.

Writing each word of such a text capitalised ("Assistant Secretary Todman Met For Approximately
One Hour With President Stroessner") leaves the parser no verb and NER no names to tell apart.
The English words are those of the pipeline's own lemmatizer tables (WordNet's lemmas) and its
stop words; the names that are English words too ("Paris", "Jordan") are those of the actor
registry's people and places. A headline in title case that names a meeting ("Kennedy To Meet
Khrushchev Soon") has the same trouble and is recased the same way, its words in capitals or of
other mixed case and the registry's organisations ("White House") as written. Case is all that
changes, so offsets hold."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING, Any

from spacy.language import Language

from analysis.extract.calendar import ENGLISH_MONTHS, WEEKDAYS

if TYPE_CHECKING:
    from analysis.extract.actors.registry import Registry

# A text is written in capitals when this share of its letters are, over this many letters.
CAPITALS_SHARE = 0.6
MIN_LETTERS = 200
# A word in capitals, with the apostrophe of its possessive ("PORTUGAL'S").
CAPITAL_WORD = re.compile(r"[A-Z][A-Z'’]*")
# Words of two letters that are no acronyms ("MENEM TO MEET CLINTON"); other two-letter words
# stay in capitals ("US PRESIDENT", "EC"). A text in capitals also writes "IF" in lower case.
SHORT_WORDS = frozenset({"TO", "IN", "OF", "ON", "AT", "BY", "AS", "IS", "IT", "AN", "OR", "BE",
                         "HE", "WE", "NO", "SO", "UP", "DO", "MY", "ME"})
TWO_LETTER_WORDS = SHORT_WORDS | {"IF"}
# Inflections stripped to find a word's lemma: ("ending", "written instead").
INFLECTIONS = (("s", ""), ("es", ""), ("ed", ""), ("ed", "e"), ("d", ""), ("ing", ""),
               ("ing", "e"), ("ies", "y"), ("ied", "y"), ("er", ""), ("est", ""), ("est", "e"),
               ("ly", ""))
# A sentence's first letter: at the start of the text (a line) or after a full stop or colon.
SENTENCE_START = re.compile(r"(^|[.!?:]\s+)([a-z])")
# A capitalised word and the word in lower case after it: a title and a name ("Secretary
# richardson") when the first is a person's title and the second an English noun only.
TITLE_AND_WORD = re.compile(r"\b([A-Z][a-z]+)(\.?\s+)([a-z][a-z'’-]*)\b")
# "may" before a day or a year is the month ("ON MAY 24", "MAY 1976"), not the verb.
MONTH_MAY = re.compile(r"\bmay(?=\s+\d)")
# The parts of speech of the lemmatizer's tables a word may be of besides a noun.
OTHER_PARTS = ("verb", "adj", "adv")
# A word of a line, and a line in title case: three words or more, all capitalised but the
# function words ("Modi Holds Talks With Putin in Moscow", "Kennedy To Meet Khrushchev Soon").
LINE_WORD = re.compile(r"[^\W\d_][\w'’-]*")
TITLE_CASE_MIN_WORDS = 3
ORG_NAME_MAX_WORDS = 5  # the most words of an organisation's name a headline keeps as written
FUNCTION_WORDS = frozenset({"to", "in", "of", "on", "at", "by", "as", "an", "or", "and", "the",
                            "for", "with", "from", "into", "a", "over", "after", "before",
                            "between", "amid", "during", "about", "against"})


def written_in_capitals(text: str) -> bool:
    """Whether a text is written in capitals: `CAPITALS_SHARE` of `MIN_LETTERS` letters or more.

    Args:
        text: an article's text.

    Returns:
        True for a text in capitals.
    """
    letters = [c for c in text if c.isalpha()]
    return len(letters) >= MIN_LETTERS \
        and sum(c.isupper() for c in letters) >= CAPITALS_SHARE * len(letters)


@dataclass(frozen=True)
class Truecaser:
    """Writes a text in capitals in the case a reader expects.

    Attributes:
        english: lower-case English words (lemmas and stop words).
        names: lower-case words written capitalised: the words of the names of people and
            places, demonyms, titles, months and weekdays.
        titles: the lower-case last words of people's titles ("secretary", "mr").
        nouns: lower-case English words that are nouns only, which a title before them makes a
            name ("Secretary Richardson", "Ambassador Landau"; not "President said").
        org_names: the lower-case names of two words or more of the registry's organisations
            ("white house", "itamaraty palace"), which a headline keeps as written.
        meeting_words: the lower-case forms of the trigger lexicon's verbs and nouns ("meets",
            "held", "talks"), one of which makes a line in title case a headline to recase.
    """

    english: frozenset[str]
    names: frozenset[str]
    titles: frozenset[str]
    nouns: frozenset[str]
    org_names: frozenset[str] = frozenset()
    meeting_words: frozenset[str] = frozenset()

    def __call__(self, text: str) -> str:
        """The text with its words in capitals recased, each sentence's first capitalised.

        Args:
            text: text written in capitals.

        Returns:
            The text, its length unchanged.
        """
        recased = CAPITAL_WORD.sub(self._word, text)
        recased = MONTH_MAY.sub("May", TITLE_AND_WORD.sub(self._titled_name, recased))
        return SENTENCE_START.sub(lambda m: m.group(1) + m.group(2).upper(), recased)

    def headline(self, line: str) -> str:
        """A line in title case recased as a text in capitals is, its words in capitals
        ("NATO") and of other mixed case ("McCarthy") as written: "Kennedy to meet Khrushchev
        soon", which the tagger and NER otherwise read as a run of names ("Khrushchev Soon");
        another line as it is.

        Args:
            line: one line of a text.

        Returns:
            The line, its length unchanged.
        """
        words = list(LINE_WORD.finditer(line))
        content = [w.group(0) for w in words if w.group(0).lower() not in FUNCTION_WORDS]
        if len(content) < TITLE_CASE_MIN_WORDS or not all(w[0].isupper() for w in content) \
                or self.meeting_words.isdisjoint(w.lower() for w in content):
            return line
        upper = line.upper()
        if len(upper) != len(line):  # "ß" written "SS"
            return line
        recased = self(upper)
        # "NATO", "McCarthy", and "Mr", which the truecaser leaves in capitals, as written
        kept = [(w.start(), w.end()) for w in words
                if not w.group(0).istitle() or recased[w.start():w.end()].isupper()]
        for first in range(len(words)):  # "White House", "Itamaraty Palace": as written
            for last in range(min(first + ORG_NAME_MAX_WORDS, len(words)) - 1, first, -1):
                if " ".join(w.group(0).lower() for w in words[first:last + 1]) in self.org_names:
                    kept.append((words[first].start(), words[last].end()))
                    break
        for start, end in kept:
            recased = recased[:start] + line[start:end] + recased[end:]
        return recased

    def _titled_name(self, match: re.Match[str]) -> str:
        title, gap, word = match.groups()
        if title.lower() in self.titles and word in self.nouns:
            return title + gap + word[0].upper() + word[1:]
        return match.group(0)

    def _word(self, match: re.Match[str]) -> str:
        word = match.group(0)
        lower = word.lower()
        bare = lower.removesuffix("'s").removesuffix("’s")
        if len(word) <= 2 and word not in TWO_LETTER_WORDS:
            return word  # "US", "EC": an acronym
        if bare in self.names or not self._is_english(bare):
            return word[0] + lower[1:]
        return lower

    def _is_english(self, word: str) -> bool:
        return word in self.english or any(
            word.endswith(ending) and word[:-len(ending)] + instead in self.english
            for ending, instead in INFLECTIONS)


@lru_cache(maxsize=4)
def truecaser(nlp: Language) -> Truecaser:
    """The truecaser of a pipeline's lexicon and the packaged registry's names (made once per
    pipeline, as `load_model` loads each once). A word of a name that is an irregular form of an
    English verb stays in lower case ("SAID", not "Said" of "Qaboos bin Said").

    Args:
        nlp: a loaded pipeline (its lemmatizer's `lemma_index` and `lemma_exc` tables, where it
            has them, and its stop words).

    Returns:
        The `Truecaser`.
    """
    from analysis.extract.actors import load_registry  # here: the actors import the parser
    from analysis.extract.actors.lexicon import LEXICON, TITLE_WORDS

    stop_words = set(nlp.Defaults.stop_words)
    english, nouns, others, verb_forms = set(stop_words), set(), set(stop_words), set()
    lookups = getattr(nlp.get_pipe("lemmatizer"), "lookups", None) \
        if "lemmatizer" in nlp.pipe_names else None
    for name in ("lemma_index", "lemma_exc"):  # lemmas by part of speech; irregular forms
        table = _table(lookups, name)
        for part in table.values():
            english.update(part)
        nouns.update(table.get("noun", ()))
        others.update(*(table.get(other, ()) for other in OTHER_PARTS))
        if name == "lemma_exc":
            verb_forms.update(table.get("verb", ()))
    registry = load_registry()
    names, org_names = _registry_names(registry)
    months = {month for month in ENGLISH_MONTHS if len(month) > 3}  # not "may", "mar"
    capitalised = names - stop_words - verb_forms | set(registry.demonym_to_country) \
        | {word for title in TITLE_WORDS for word in title.split()} | months | set(WEEKDAYS)
    titles = frozenset(title.split()[-1] for title in LEXICON.person_titles)
    return Truecaser(frozenset(english), frozenset(capitalised), titles,
                     frozenset(nouns - others - capitalised), frozenset(org_names),
                     _meeting_words(lookups))


def _meeting_words(lookups: Any) -> frozenset[str]:
    """`Truecaser.meeting_words`: the trigger lexicon's verbs and nouns in their regular forms
    and the irregular ones of the lemmatizer's `lemma_exc` table ("met", "held")."""
    from analysis.extract.events.lexicon import load_lexicon  # here: the events import the parser

    lexicon = load_lexicon()
    lemmas = set(lexicon.verbs) | set(lexicon.nouns)
    forms = {lemma.removesuffix(instead) + ending for lemma in lemmas
             for ending, instead in INFLECTIONS if lemma.endswith(instead)} | lemmas
    return frozenset(forms | {form for part in _table(lookups, "lemma_exc").values()
                              for form, bases in part.items() if lemmas.intersection(bases)})


def _table(lookups: Any, name: str) -> dict:
    """A table of the lemmatizer's lookups, or {} where it has none."""
    return lookups.get_table(name) if lookups is not None and lookups.has_table(name) else {}


def _registry_names(registry: Registry) -> tuple[set[str], set[str]]:
    """The lower-case words of the registry's people and places, and the lower-case names of
    two words or more of its organisations."""
    words, organisations = set(), set()
    for actor in registry.actors.values():
        for name in (actor.name, *actor.aliases):
            if actor.type in ("person", "place"):
                words.update(word.lower() for word in re.findall(r"[^\W\d_]+", name))
            elif " " in name:
                organisations.add(name.lower())
    return words, organisations

