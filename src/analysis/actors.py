"""Actors: the registry, mention detection in a parsed article, and resolution to canonical actors.

Resolution runs in this order, and each mention records its step in `method`:

1. `registry`: alias matches (case-aware token patterns) from the actor registry.
2. `ner`: spaCy entity spans the registry does not cover, cleaned of possessives, credits,
   run-together names and non-names.
3. `coref`: a surname alone resolves to the full name used in the same article.
4. `fuzzy`: transliteration- and typo-aware matching of the remaining names against the
   registry and against each other across the corpus (the corpus-level reduce, `resolve_names`).
5. `role`: "the Russian leader", "his Belarusian counterpart" resolved by the registry's dated roles.

Steps 1-3 and 5 depend only on one article and the registry (the per-article map); step 4 needs
the whole corpus.
"""

from __future__ import annotations

import hashlib
import re
from bisect import bisect_right
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from datetime import date
from importlib import resources
from pathlib import Path
from typing import Any

import yaml
from rapidfuzz import fuzz, process
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span
from unidecode import unidecode

ACTOR_TYPES = ("person", "org", "place", "group", "outlet")
# spaCy entity labels we turn into actors, and the actor type each stands for.
NER_LABEL_TYPES = {"PERSON": "person", "ORG": "org", "GPE": "place", "LOC": "place", "FAC": "place"}
TYPE_LABELS = {"person": "PERSON", "org": "ORG", "place": "GPE", "group": "ORG", "outlet": "ORG"}

# Slavic transliteration variants, applied in order to lower-cased ASCII: each pair maps spellings
# that English, German, Polish, Belarusian-Latin and machine translation use for one sound.
TRANSLITERATION_RULES: tuple[tuple[str, str], ...] = (
    ("shch", "s"), ("sch", "s"), ("zh", "z"), ("kh", "h"), ("sh", "s"), ("ch", "c"),
    ("tsz", "c"), ("ts", "c"), ("tz", "c"), ("cz", "c"), ("sz", "s"), ("ks", "x"),
    ("yu", "iu"), ("ya", "ia"), ("ye", "e"), ("yo", "io"), ("j", "i"), ("y", "i"), ("w", "v"),
    ("ck", "k"), ("c", "k"), ("q", "k"), ("ph", "f"), ("ou", "ov"),
)
NAME_SUFFIX_RULES: tuple[tuple[str, str], ...] = (("skii", "ski"), ("iia", "ia"), ("ii", "i"))
# Two normalised surnames at least this similar (rapidfuzz ratio, 0-100) are one name. Chosen from
# the registry itself (tests/test_actors.py::test_fuzzy_threshold_separates_registry_names): the
# closest pair of *different* registry surnames scores below it, while one-letter typos of
# 8+ letter names ("Kolenikova"/"Kolesnikova": 95) score above it.
FUZZY_THRESHOLD = 88.0
# Shorter names are not fuzzy-matched: one edit in a 4-letter name is a different name.
FUZZY_MIN_LENGTH = 6

# Single words spaCy sometimes tags as an entity but that name nobody: data, one list.
NON_NAMES = frozenset({
    "download", "subscribe", "share", "comment", "comments", "read", "more", "photo", "video",
    "state", "government", "parliament", "ministry", "president", "council", "court", "army",
    "police", "opposition", "prime", "minister", "leader", "kremlin's", "click", "here",
    "updated", "published", "advertisement", "follow", "twitter", "facebook", "telegram",
})
CREDIT_SEPARATORS = frozenset({"/", "|"})
# Words that make a name an organisation's: a span with one stays an ORG even when it "says".
ORG_WORDS = frozenset({
    "international", "council", "ministry", "party", "committee", "house", "agency", "union",
    "group", "bank", "institute", "university", "news", "times", "post", "centre", "center",
    "foundation", "service", "office", "department", "commission", "organization",
    "organisation", "association", "front", "movement", "army", "forces", "court", "government",
    "assembly", "watch", "network", "company", "corporation", "inc", "ltd", "fund", "club",
    "federation", "alliance", "press", "media", "tv", "radio", "society", "board",
})
SPEECH_VERBS = frozenset({"say", "tell", "add", "write", "argue", "warn", "note", "explain"})

# Role phrases. "leader" means the country's `leader` title in the registry (president by default).
ROLE_WORDS = {
    "leader": "leader", "president": "president", "head of state": "president",
    "prime minister": "prime_minister", "premier": "prime_minister", "pm": "prime_minister",
    "foreign minister": "foreign_minister", "top diplomat": "foreign_minister",
    "defence minister": "defence_minister", "defense minister": "defence_minister",
    "chancellor": "chancellor", "counterpart": "counterpart",
}
DETERMINERS = ("the", "his", "her", "their", "its")
# Titles that make the name right after them a person's, whatever NER said ("Kazakh President
# Kassym-Jomart Tokayev" tagged ORG, "Chancellor Scholz" tagged GPE).
PERSON_TITLES = re.compile(
    r"(?i)\b(?:president|prime minister|premier|chancellor|minister|secretary|spokes(?:man|woman"
    r"|person)|ambassador|envoy|senator|governor|mayor|king|queen|general|mr|mrs|ms|dr)\.?\s+$")
LEADER_TITLES = frozenset({"president", "prime_minister", "chancellor"})


class RegistryError(ValueError):
    """A registry file is malformed; the message names the file and line."""


@dataclass(frozen=True)
class Role:
    """An office held between two dates (`end` None: still held)."""

    title: str
    country: str
    start: date | None
    end: date | None
    host: str = ""

    def held_on(self, day: date | None) -> bool:
        """Whether the role was held on `day` (any day when `day` is None and the role is open)."""
        if day is None:
            return self.end is None
        return (self.start is None or self.start <= day) and (self.end is None or day <= self.end)


@dataclass(frozen=True)
class RegistryActor:
    """One actor of the registry."""

    actor_id: str
    name: str
    type: str
    country: str = ""
    aliases: tuple[str, ...] = ()
    roles: tuple[Role, ...] = ()
    demonyms: tuple[str, ...] = ()
    stands_for: str = ""
    leader: str = "president"


@dataclass
class Registry:
    """Actors by id, with look-ups by alias, normalised name, demonym and role."""

    actors: dict[str, RegistryActor]
    digest: str = ""
    alias_to_id: dict[str, str] = field(init=False)
    normal_to_id: dict[str, str] = field(init=False)
    demonym_to_country: dict[str, str] = field(init=False)

    def __post_init__(self) -> None:
        self.alias_to_id, self.normal_to_id, self.demonym_to_country = {}, {}, {}
        for actor in self.actors.values():
            for alias in (actor.name, *actor.aliases):
                self.alias_to_id.setdefault(alias, actor.actor_id)
                self.normal_to_id.setdefault(normalize_name(alias), actor.actor_id)
            if actor.type == "place" and actor.demonyms:
                for word in (actor.name, *actor.aliases, *actor.demonyms):
                    self.demonym_to_country[word.lower()] = actor.country
        # Every spelling of every person's surname; one shared by two people names neither.
        owners: dict[str, set[str]] = defaultdict(set)
        for actor in self.actors.values():
            if actor.type == "person":
                for alias in (actor.name, *actor.aliases):
                    owners[normalize_name(alias.split()[-1])].add(actor.actor_id)
        self._person_surnames = {key: ids.pop() for key, ids in owners.items() if len(ids) == 1}

    def holder(self, title: str, country: str, day: date | None) -> RegistryActor | None:
        """The person who held `title` for `country` on `day`.

        Args:
            title: a role title (`president`, `foreign_minister`, … or `leader`).
            country: ISO-3 code.
            day: the date; None means "currently".

        Returns:
            The actor, or None when nobody (or more than one) matches.
        """
        if title == "leader":
            country_actor = self.country_actor(country)
            title = country_actor.leader if country_actor else "president"
        found = [
            actor for actor in self.actors.values()
            if any(r.title == title and r.country == country and r.held_on(day) for r in actor.roles)
        ]
        return found[0] if len(found) == 1 else None

    def roles_on(self, actor_id: str, day: date | None) -> list[Role]:
        """Roles `actor_id` held on `day`."""
        actor = self.actors.get(actor_id)
        return [r for r in actor.roles if r.held_on(day)] if actor else []

    def country_actor(self, iso3: str) -> RegistryActor | None:
        """The place entry of a country (the one with demonyms)."""
        for actor in self.actors.values():
            if actor.type == "place" and actor.country == iso3 and actor.demonyms:
                return actor
        return None

    def fuzzy_person(self, name: str) -> tuple[str, float] | None:
        """The registry person whose surname is closest to `name`'s last word, if close enough.

        Args:
            name: a person's name as written ("Lukasenko", "Maria Kolenikova").

        Returns:
            (actor_id, score) or None.
        """
        surname = normalize_name(name.split()[-1])
        if len(surname) < FUZZY_MIN_LENGTH:
            return None
        best = process.extractOne(surname, self._person_surnames.keys(), scorer=fuzz.ratio,
                                  score_cutoff=FUZZY_THRESHOLD)
        if best is None:
            return None
        actor_id = self._person_surnames[best[0]]
        if not first_names_compatible(name, self.actors[actor_id]):
            return None
        return actor_id, float(best[1])


def normalize_name(name: str) -> str:
    """Fold a name to a transliteration-neutral key: "Lukashenka"/"Lucasenko" -> similar keys.

    Args:
        name: a name in any script or spelling.

    Returns:
        Lower-case ASCII with Slavic spelling variants folded and possessives dropped.
    """
    text = unidecode(name).lower()
    text = re.sub(r"['’`]s?\b", "", text)
    text = re.sub(r"[^a-z ]+", " ", text)
    for old, new in TRANSLITERATION_RULES:
        text = text.replace(old, new)
    for old, new in NAME_SUFFIX_RULES:
        text = re.sub(old + r"\b", new, text)
    text = re.sub(r"(.)\1+", r"\1", text)
    return " ".join(text.split())


def first_names_compatible(name: str, actor: RegistryActor) -> bool:
    """False when `name` has a first name that matches none of the actor's first names."""
    words = name.split()
    if len(words) < 2:
        return True
    first = normalize_name(words[0])
    firsts = {normalize_name(alias.split()[0]) for alias in (actor.name, *actor.aliases)
              if len(alias.split()) > 1}
    return any(f[0] == first[0] and fuzz.ratio(f, first) >= 60 for f in firsts)


# --- loading -------------------------------------------------------------------------------------

class _LineLoader(getattr(yaml, "CSafeLoader", yaml.SafeLoader)):  # libyaml when available
    """A safe YAML loader that records each mapping's line number under `__line__`."""


def _construct_mapping(loader: _LineLoader, node: yaml.MappingNode) -> dict[str, Any]:
    mapping = loader.construct_mapping(node, deep=True)
    mapping["__line__"] = node.start_mark.line + 1
    return mapping


_LineLoader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _construct_mapping)


def _as_date(value: Any, where: str) -> date | None:
    if value in (None, ""):
        return None
    if isinstance(value, date):
        return value
    try:
        return date.fromisoformat(str(value))
    except ValueError:
        raise RegistryError(f"{where}: {value!r} is not an ISO date (YYYY-MM-DD)") from None


def _parse_actor(entry: Any, source: str) -> RegistryActor:
    line = entry.get("__line__", "?") if isinstance(entry, dict) else "?"
    where = f"{source}, line {line}"
    if not isinstance(entry, dict):
        raise RegistryError(f"{where}: each actor must be a mapping, got {entry!r}")
    for key in ("id", "name", "type"):
        if not entry.get(key):
            raise RegistryError(f"{where}: actor is missing {key!r}")
    if entry["type"] not in ACTOR_TYPES:
        raise RegistryError(f"{where}: type {entry['type']!r} is not one of {ACTOR_TYPES}")
    roles = []
    for role in entry.get("roles") or []:
        role_where = f"{source}, line {role.get('__line__', line)}"
        if not role.get("title"):
            raise RegistryError(f"{role_where}: role is missing 'title'")
        start, end = _as_date(role.get("from"), role_where), _as_date(role.get("to"), role_where)
        if start and end and end < start:
            raise RegistryError(f"{role_where}: role ends ({end}) before it starts ({start})")
        roles.append(Role(str(role["title"]), str(role.get("country") or entry.get("country", "")),
                          start, end, str(role.get("host") or "")))
    return RegistryActor(
        actor_id=str(entry["id"]), name=str(entry["name"]), type=str(entry["type"]),
        country=str(entry.get("country") or ""),
        aliases=tuple(str(a) for a in entry.get("aliases") or ()),
        roles=tuple(roles), demonyms=tuple(str(d) for d in entry.get("demonyms") or ()),
        stands_for=str(entry.get("stands_for") or ""), leader=str(entry.get("leader") or "president"),
    )


def _read_registry_file(text: str, source: str) -> list[RegistryActor]:
    try:
        data = yaml.load(text, Loader=_LineLoader)
    except yaml.YAMLError as error:
        mark = getattr(error, "problem_mark", None)
        line = f", line {mark.line + 1}" if mark else ""
        raise RegistryError(f"{source}{line}: not valid YAML ({getattr(error, 'problem', error)})") from None
    if not isinstance(data, dict) or not isinstance(data.get("actors"), list):
        raise RegistryError(f"{source}: expected a top-level 'actors:' list")
    return [_parse_actor(entry, source) for entry in data["actors"]]


def load_registry(user_file: str | Path | None = None) -> Registry:
    """The packaged actor registry, extended (and overridden by id) by a user's YAML file.

    Args:
        user_file: a YAML file with an `actors:` list in the packaged schema, or None.

    Returns:
        The merged `Registry`.

    Raises:
        RegistryError: a file is malformed; the message names the file and line.
        FileNotFoundError: `user_file` does not exist.
    """
    packaged = resources.files("analysis").joinpath("data/actors.yaml").read_text("utf-8")
    texts = [(packaged, "packaged registry actors.yaml")]
    if user_file is not None:
        path = Path(user_file)
        if not path.is_file():
            raise FileNotFoundError(f"actor registry {path} does not exist")
        texts.append((path.read_text("utf-8"), str(path)))
    actors: dict[str, RegistryActor] = {}
    for text, source in texts:
        for actor in _read_registry_file(text, source):
            actors[actor.actor_id] = actor
    digest = hashlib.sha256("\0".join(text for text, _ in texts).encode()).hexdigest()[:16]
    return Registry(actors, digest)


# --- per-article detection (the map) -------------------------------------------------------------

@dataclass
class Mention:
    """One mention in an article before the corpus-level merge.

    `actor_id` is set when the registry resolved it; otherwise `name` is the cleaned surface
    name that `resolve_names` will merge across the corpus.
    """

    sentence_id: int
    start_char: int
    end_char: int
    text: str
    label: str
    method: str
    actor_id: str = ""
    name: str = ""
    type: str = ""
    score: float = 100.0
    speaks: bool = False


class MentionFinder:
    """Finds and resolves actor mentions in parsed articles, with one registry."""

    def __init__(self, nlp_vocab: Any, registry: Registry) -> None:
        self.registry = registry
        self.matcher = PhraseMatcher(nlp_vocab, attr="ORTH")
        tokenizer_docs = {}
        for actor in registry.actors.values():
            for alias in {actor.name, *actor.aliases}:
                tokenizer_docs[alias] = actor.actor_id
        # Patterns are made with a blank tokenizer of the same vocab: the alias's own tokens.
        from spacy.lang.en import English
        tokenizer = English(vocab=nlp_vocab).tokenizer
        for alias, actor_id in tokenizer_docs.items():
            self.matcher.add(actor_id, [tokenizer(alias)])
        demonyms = sorted(registry.demonym_to_country, key=len, reverse=True)
        roles = sorted(ROLE_WORDS, key=len, reverse=True)
        demonym_alt = "|".join(re.escape(d) for d in demonyms)
        role_alt = "|".join(re.escape(r) for r in roles)
        self.role_patterns = [
            # the Russian leader, his Belarusian counterpart, the president
            re.compile(rf"\b(?:{'|'.join(DETERMINERS)})\s+(?P<country>{demonym_alt})\s+"
                       rf"(?P<role>{role_alt})\b", re.IGNORECASE),
            # Russia's president
            re.compile(rf"\b(?P<country>{demonym_alt})['’]s\s+(?P<role>{role_alt})\b", re.IGNORECASE),
            # the President of Russia
            re.compile(rf"\bthe\s+(?P<role>{role_alt})\s+of\s+(?P<country>{demonym_alt})\b",
                       re.IGNORECASE),
            # the authoritarian leader, the incumbent president: the leader named just before
            re.compile(r"\b[Tt]h(?:e|is)\s+(?:[a-z][a-z-]+\s+)?(?P<role>leader|president)\b"
                       r"(?!\s+of\b)"),
        ]

    def find(self, doc: Doc, published: date | None, text: str | None = None) -> list[Mention]:
        """All mentions in one parsed article, in text order.

        Args:
            doc: the parsed article.
            published: its publication date (roles are read on that date), or None.
            text: `doc.text`, when the caller has it (spaCy rebuilds it on every access).

        Returns:
            Mentions resolved by registry, NER, coref and role; unresolved names carry `name`.
        """
        sentences = list(doc.sents)
        sentence_of = [0] * len(doc)  # token index -> sentence index
        for sentence_id, sent in enumerate(sentences):
            sentence_of[sent.start:sent.end] = [sentence_id] * len(sent)
        text = text or doc.text
        mentions = self._registry_mentions(doc, sentence_of)
        taken = {i for m in mentions for i in range(m.start_char, m.end_char)}
        for span in self._ner_spans(doc):
            if any(i in taken for i in range(span.start_char, span.end_char)):
                continue
            label = span.label_
            if label != "PERSON" and PERSON_TITLES.search(text, max(0, span.start_char - 20),
                                                          span.start_char) \
                    and not any(w.lower() in ORG_WORDS for w in span.text.split()):
                label = "PERSON"
            mentions.append(Mention(sentence_of[span.start], span.start_char, span.end_char,
                                    span.text, label, "ner", name=span.text,
                                    type=NER_LABEL_TYPES[label],
                                    speaks=span.root.dep_ == "nsubj"
                                    and span.root.head.lemma_ in SPEECH_VERBS))
        mentions.sort(key=lambda m: m.start_char)
        self._resolve_surnames(mentions)
        sentence_chars = [sent.start_char for sent in sentences]
        mentions.extend(self._role_mentions(doc, text, sentence_chars, mentions, published))
        mentions.sort(key=lambda m: m.start_char)
        return mentions

    def _registry_mentions(self, doc: Doc, sentence_of: list[int]) -> list[Mention]:
        from spacy.util import filter_spans

        spans = [Span(doc, start, end, label=match_id)
                 for match_id, start, end in self.matcher(doc)]
        mentions = []
        for span in filter_spans(spans):
            actor = self.registry.actors[span.label_]
            mentions.append(Mention(sentence_of[span.start], span.start_char, span.end_char,
                                    span.text, TYPE_LABELS[actor.type], "registry",
                                    actor_id=actor.actor_id, name=actor.name, type=actor.type))
        return mentions

    def _ner_spans(self, doc: Doc) -> list[Span]:
        spans = []
        for ent in doc.ents:
            if ent.label_ not in NER_LABEL_TYPES:
                continue
            spans.extend(clean_entity(ent, self.registry))
        return spans

    def _resolve_surnames(self, mentions: list[Mention]) -> None:
        """Unresolved one-word person names take the full name used in the same article.

        The same surname is `coref`; a spelling variant of it ("Lucasenko" beside
        "Alexander Lukashenko") is `fuzzy`, with its similarity as score. An unresolved two- or
        three-word ORG span without an organisation word is a person when its last word is a
        person's surname in the article or when it is the subject of a speech verb
        ("Keir Giles of Chatham House said").
        """
        surnames = {m.name.split()[-1] for m in mentions if m.type == "person"}
        for mention in mentions:
            words = mention.name.split()
            if mention.method == "ner" and mention.type == "org" and 2 <= len(words) <= 3 \
                    and (words[-1] in surnames or mention.speaks) \
                    and not any(w.lower() in ORG_WORDS for w in words):
                mention.type, mention.label = "person", "PERSON"
        full_names: dict[str, Mention] = {}
        for mention in mentions:
            words = mention.name.split()
            if mention.type == "person" and len(words) > 1:
                full_names.setdefault(normalize_name(words[-1]), mention)
        for mention in mentions:
            if mention.method != "ner" or mention.type != "person" or " " in mention.name:
                continue
            key = normalize_name(mention.name)
            match = process.extractOne(key, full_names.keys(), scorer=fuzz.ratio,
                                       score_cutoff=FUZZY_THRESHOLD) if len(key) >= \
                FUZZY_MIN_LENGTH else (key, 100.0, None) if key in full_names else None
            if match is None:
                continue
            full = full_names[match[0]]
            exact = full.name.split()[-1] == mention.name
            mention.method = "coref" if exact else "fuzzy"
            mention.actor_id, mention.name, mention.score = full.actor_id, full.name, float(match[1])

    def _role_mentions(self, doc: Doc, text: str, sentence_chars: list[int],
                       mentions: list[Mention], published: date | None) -> list[Mention]:
        """Role phrases in text order, so that "his Belarusian counterpart" can refer to "the
        Russian leader" resolved just before it."""
        found: list[Mention] = []
        # Places may sit inside a role phrase ("the President of Russia"); other mentions not.
        taken = [(m.start_char, m.end_char) for m in mentions if m.type != "place"]
        matches = sorted((match for pattern in self.role_patterns
                          for match in pattern.finditer(text)), key=lambda m: m.start())
        for match in matches:
            start, end = match.start(), match.end()
            if any(s < end and start < e for s, e in taken):
                continue
            if _names_follow(text, end, mentions):
                continue  # a title or appositive before a name: the name is the mention
            sent_id = bisect_right(sentence_chars, start) - 1
            actor = self._resolve_role(match, doc, sent_id, start, [*mentions, *found], published)
            if actor is None:
                continue
            found.append(Mention(sent_id, start, end, match.group(0), "PERSON", "role",
                                 actor_id=actor.actor_id, name=actor.name, type=actor.type))
            taken.append((start, end))
        return found

    def _resolve_role(self, match: re.Match[str], doc: Doc, sent_id: int, start: int,
                      mentions: list[Mention], published: date | None) -> RegistryActor | None:
        role = ROLE_WORDS[match.group("role").lower()]
        demonym = match.groupdict().get("country")
        country = self.registry.demonym_to_country.get(demonym.lower()) if demonym else ""
        if role == "counterpart":
            if not country:
                return None
            before = [m for m in mentions if m.sentence_id == sent_id and m.end_char <= start
                      and m.actor_id and m.type == "person"]
            for mention in reversed(before):
                for held in self.registry.roles_on(mention.actor_id, published):
                    if held.country != country:
                        actor = self.registry.holder(held.title, country, published)
                        if actor is not None:
                            return actor
            return None
        if not country:
            return self._previous_leader(doc, sent_id, start, mentions, published)
        return self.registry.holder(role, country, published)

    def _previous_leader(self, doc: Doc, sent_id: int, start: int, mentions: list[Mention],
                         published: date | None) -> RegistryActor | None:
        """"The authoritarian leader": the last head of state or government named in this or the
        previous sentence, other than the subject of the phrase's own verb ("Putin congratulated
        the incumbent leader" is not Putin); None when there is none."""
        subject_starts = _clause_subject_starts(doc, start)
        before = [m for m in mentions if sent_id - 1 <= m.sentence_id <= sent_id
                  and m.end_char <= start and m.actor_id and m.type == "person"
                  and m.start_char not in subject_starts]
        for mention in reversed(before):
            if any(r.title in LEADER_TITLES for r in self.registry.roles_on(mention.actor_id, published)):
                return self.registry.actors[mention.actor_id]
        return None


def _clause_subject_starts(doc: Doc, char: int) -> set[int]:
    """Start characters of the subject tokens of the verb governing the token at `char`."""
    span = doc.char_span(char, char + 1, alignment_mode="expand")
    if span is None:
        return set()
    verb = span.root
    while verb.pos_ not in ("VERB", "AUX") and verb.head is not verb:
        verb = verb.head
    starts = set()
    for child in verb.children:
        if child.dep_ in ("nsubj", "nsubjpass"):
            # the subject's head word and its name parts, not everything below it
            starts.update(t.idx for t in (child, *child.children) if t.dep_ in
                          ("nsubj", "nsubjpass", "compound", "flat"))
    return starts


def _names_follow(text: str, end: int, mentions: list[Mention]) -> bool:
    """Whether a person mention starts right after `end` (after optional comma/space)."""
    gap = re.match(r"[\s,]*", text[end:]).end()
    return any(m.start_char == end + gap and m.type == "person" for m in mentions)


def clean_entity(ent: Span, registry: Registry) -> list[Span]:
    """Clean one spaCy entity span into zero or more name spans.

    Drops leading determiners and demonyms, trailing possessives and punctuation, photo or wire
    credits (`Andrei Stasiewicz / AP`), non-names (`Download`), a lone demonym that NER did not
    tag as a place, and splits two person names run together (`Vladimir Putin Dmitry Peskov`).

    Args:
        ent: a spaCy entity.
        registry: for demonyms.

    Returns:
        The cleaned spans (empty when nothing name-like is left).
    """
    tokens = list(ent)
    if any(t.text in CREDIT_SEPARATORS for t in tokens):
        return []  # "Name / AP": a photo or wire credit, not an actor in the story
    while tokens and (tokens[0].lower_ in ("the", "a", "an") or
                      tokens[0].lower_ in registry.demonym_to_country and len(tokens) > 1
                      and ent.label_ != "GPE"):
        tokens = tokens[1:]
    while tokens and (tokens[-1].text in ("'s", "’s", "'", "’") or tokens[-1].is_punct):
        tokens = tokens[:-1]
    if not tokens:
        return []
    doc = ent.doc
    span = Span(doc, tokens[0].i, tokens[-1].i + 1, label=ent.label_)
    if not any(ch.isalpha() for ch in span.text) or not span.text[0].isupper():
        return []
    if len(span) == 1 and (span.text.lower() in NON_NAMES or span[0].pos_ in ("VERB", "AUX")):
        return []
    if len(span) == 1 and span.text.lower() in registry.demonym_to_country \
            and ent.label_ != "GPE":
        return []  # "Kazakh" tagged ORG in "the Kazakh president": the role phrase names the actor
    if ent.label_ == "PERSON" and len(span) >= 4 and all(t.is_title for t in span):
        half = len(span) // 2
        return [Span(doc, span.start, span.start + half, label="PERSON"),
                Span(doc, span.start + half, span.end, label="PERSON")]
    return [span]


# --- corpus-level merge (the reduce) ------------------------------------------------------------

def slug(name: str) -> str:
    """An ASCII id for an actor the registry does not know: "Keir Giles" -> "keir-giles"."""
    return re.sub(r"[^a-z0-9]+", "-", unidecode(name).lower()).strip("-")


def resolve_names(names: list[tuple[str, str]], registry: Registry
                  ) -> dict[tuple[str, str], tuple[str, str, str, float]]:
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
    result: dict[tuple[str, str], tuple[str, str, str, float]] = {}
    pending: list[tuple[str, str]] = []
    for name, kind in sorted(counts, key=lambda k: (-len(k[0].split()), -counts[k], k)):
        actor_id = registry.normal_to_id.get(normalize_name(name))
        if actor_id:
            # An exact alias is a registry match; a transliteration variant of one is a merge.
            method = "registry" if name in registry.alias_to_id else "fuzzy"
            result[(name, kind)] = (actor_id, registry.actors[actor_id].name, method, 100.0)
            continue
        fuzzy = registry.fuzzy_person(name) if kind == "person" else None
        if fuzzy:
            actor_id, score = fuzzy
            result[(name, kind)] = (actor_id, registry.actors[actor_id].name, "fuzzy", score)
            continue
        pending.append((name, kind))
    # Longest names first, so a short form merges into the full one.
    canon: dict[str, list[tuple[str, str]]] = defaultdict(list)
    for name, kind in pending:
        target = _closest_corpus_name(name, kind, canon)
        if target is None:
            canon[f"{kind}:{name}"].append((name, kind))
            result[(name, kind)] = (f"{kind[:3]}:{slug(name)}", name, "ner", 100.0)
        else:
            canon[target].append((name, kind))
            actor_id, canonical, _, _ = result[canon[target][0]]
            score = fuzz.ratio(normalize_name(name.split()[-1]), normalize_name(canonical.split()[-1]))
            result[(name, kind)] = (actor_id, canonical, "fuzzy", float(score))
    return result


def _closest_corpus_name(name: str, kind: str, canon: dict[str, list[tuple[str, str]]]
                         ) -> str | None:
    if kind != "person":
        return None
    words = name.split()
    surname = normalize_name(words[-1])
    if len(surname) < FUZZY_MIN_LENGTH:
        return None
    for key, members in canon.items():
        head_name, head_kind = members[0]
        if head_kind != kind:
            continue
        head_words = head_name.split()
        if len(words) > 1 and len(head_words) > 1 and normalize_name(words[0])[:1] != \
                normalize_name(head_words[0])[:1]:
            continue
        if fuzz.ratio(surname, normalize_name(head_words[-1])) >= FUZZY_THRESHOLD:
            return key
    return None
