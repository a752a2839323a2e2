"""Per-article detection (the map): actor mentions in one parsed article, resolved in four steps.

1. `registry`: alias matches from the registry (`MentionFinder._registry_mentions`);
2. `ner`: spaCy entities the registry does not cover, cleaned (`MentionFinder._ner_mentions`);
3. `coref` / `fuzzy`: a surname alone takes the article's full name (`short_forms`);
4. `role`: role phrases, by the roles the article states, then the registry's (`roles`).
"""

from __future__ import annotations

import re
from bisect import bisect_right
from datetime import date
from typing import Any

from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span, Token

from analysis.extract.actors.capitals import CapitalReader
from analysis.extract.actors.descriptions import description_mentions, description_pattern
from analysis.extract.actors.facilities import compounds
from analysis.extract.actors.given_names import (
    given_names_left_out,
    with_given_name_left_out,
    with_other_given_name,
    with_surname_left_out,
)
from analysis.extract.actors.honorifics import resolve_sexed_surnames
from analysis.extract.actors.labels import (
    acts_as_person,
    nationalities_after,
    ner_label,
    untagged_places,
)
from analysis.extract.actors.lexicon import (
    LEXICON,
    NON_NAMES,
    ORG_WORDS,
    PATRONYMIC_WORDS,
    PERSON_SUBJECT_VERBS,
    ROLE_NAME_GAP,
    ROLE_WORDS,
    ROLE_WORDS_NO_NAME,
    SURNAME_PARTICLES,
    TITLE_WORDS,
    TYPE_LABELS,
    title_word,
)
from analysis.extract.actors.mention import Mention, covered_characters, person_lineage_follows
from analysis.extract.actors.name_types import vote_types, without_headline_strays
from analysis.extract.actors.names import (
    clean_entity,
    first_name_start,
    first_names_compatible,
    given_name_before,
    name_start,
    normalize_name,
    title_after_portfolio,
)
from analysis.extract.actors.plural_roles import PluralRoleReader, with_plural_roles
from analysis.extract.actors.registry import Registry
from analysis.extract.actors.roles import RoleReader, StatedRole, fronted_title
from analysis.extract.actors.short_forms import (
    resolve_short_forms,
    resolve_titled_surnames,
    surnames_left_out,
)
from analysis.extract.actors.titled_names import after_title, runs_after_titles
from analysis.extract.calendar import MONTHS, WEEKDAYS

# spaCy entity labels we turn into actors, and the actor type each stands for.
NER_LABEL_TYPES = {"PERSON": "person", "ORG": "org", "GPE": "place", "LOC": "place", "FAC": "place"}
REGNAL_NUMBER = re.compile(r"^(?:II|III|IV|V|VI|VII|VIII|IX|X)$")
# A word of a name: letters, an apostrophe or okina inside ("O'Neill", "Mata’afa"; not "Sedki’s").
NAME_WORD = re.compile(r"[^\W\d_]+(?:['’ʻ](?![sS]$)[^\W\d_]+)*")
# Capitalised words that head no name: titles, role words, honorifics, months, weekdays, non-names.
NON_NAME_HEADS = NON_NAMES | frozenset(LEXICON.person_titles) | frozenset(LEXICON.honorifics) \
    | ROLE_WORDS_NO_NAME | frozenset(MONTHS) | frozenset(WEEKDAYS)

# The method of a role phrase its article cannot resolve: the reduce resolves it from the roles
# other articles state ("the Prime Minister" in an article that names him without the title).
PENDING_ROLE = "pending_role"


class MentionFinder:
    """Finds and resolves actor mentions in parsed articles, with one registry."""

    def __init__(self, nlp_vocab: Any, registry: Registry) -> None:
        self.registry = registry
        self.seated = frozenset(registry.seat_names())  # orgs a meeting can be held at
        self.matcher = _alias_matcher(nlp_vocab, registry)
        self.roles = RoleReader(registry)
        self.plural_roles = PluralRoleReader(registry, self.roles.countries)
        self.capitals = CapitalReader(registry, self.roles.countries)
        self.capital_names = registry.capital_names()  # where a visitor meets the host
        self.countries = frozenset(a.actor_id for a in registry.actors.values()
                                   if a.type == "place" and a.demonyms)
        # Country names and demonyms ("South Korean"): the countries an article names.
        self.country_words = re.compile(rf"\b(?:{self.roles.countries})\b", re.IGNORECASE)
        self.descriptions = description_pattern(self.roles.countries)

    def is_city(self, name: str) -> bool:
        """Whether the registry knows a name as a place that is no country ("New Delhi").

        Args:
            name: a name as written.

        Returns:
            True for a city or another place below a country.
        """
        return self.registry.city_named(name) is not None

    def find(self, doc: Doc, published: date | None, text: str | None = None) -> list[Mention]:
        """All mentions in one parsed article, in text order, followed by the role phrases the
        article cannot resolve (`PENDING_ROLE`, resolved in the reduce), in text order.

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
        mentions = self._registry_mentions(doc, text, sentence_of, published)
        mentions.extend(self._ner_mentions(doc, text, sentence_of, mentions))
        mentions.extend(_names_ner_left_out(doc, sentence_of, mentions))
        mentions.sort(key=lambda m: m.start_char)
        vote_types(mentions, text)
        mentions = without_headline_strays(mentions, text)
        resolve_short_forms(mentions, text)
        sentence_chars = [sent.start_char for sent in sentences]
        demonyms = self.registry.demonym_to_country
        mentions = sorted(mentions + surnames_left_out(mentions, text, sentence_chars, demonyms),
                          key=lambda m: m.start_char)
        mentions = sorted(mentions + given_names_left_out(doc, text, mentions, sentence_chars,
                                                          demonyms), key=lambda m: m.start_char)
        stated = self.roles.stated_roles(doc, text, [m for m in mentions if m.type == "person"],
                                         published)
        stated = resolve_titled_surnames(mentions, stated, self.registry, published)
        resolve_sexed_surnames(mentions, text, self.registry)
        mentions.extend(self._role_mentions(doc, text, sentence_chars, mentions, stated,
                                            published))
        mentions = with_plural_roles(self.plural_roles, mentions, text, sentence_chars, stated,
                                     published)  # "the presidents of Peru and Ecuador"
        mentions.extend(self._capital_mentions(text, sentence_chars, mentions))
        # Role phrases left to the reduce come last: the events read only the mentions before.
        mentions.sort(key=lambda m: (m.method == PENDING_ROLE, m.start_char))
        self._assign_roles(mentions, stated)
        mentions.extend(description_mentions(self.descriptions, text, sentence_chars, mentions,
                                             self.registry))  # "the Saudi minister"
        mentions.sort(key=lambda m: (m.method == PENDING_ROLE, m.start_char))
        return mentions

    def _assign_roles(self, mentions: list[Mention], stated: list[StatedRole]) -> None:
        """Set each mention's country (its actor's, else a stated role's) and its stated title."""
        by_name = {role.name: role.country for role in reversed(stated) if role.country}
        titles = {role.start_char: role for role in reversed(stated) if role.stated and not role.former}
        for mention in mentions:
            if mention.method == PENDING_ROLE:
                continue  # its title and country are those of the phrase
            if mention.start_char in titles and mention.type == "person":
                mention.title = titles[mention.start_char].title
            mention.country = self.registry.country_of(mention.actor_id) \
                or by_name.get(mention.name, "")

    # --- step 1: registry aliases ----------------------------------------------------------------

    def _registry_mentions(self, doc: Doc, text: str, sentence_of: list[int],
                           published: date | None) -> list[Mention]:
        """Registry aliases in the text; an alias several actors share names the one in office
        on the article's date (`Registry.namesake_on`), a surname after another given name
        names nobody of the registry."""
        from spacy.util import filter_spans

        spans = [Span(doc, start, end, label=match_id)
                 for match_id, start, end in self.matcher(doc)]
        shared = any(span.text in self.registry.namesakes for span in spans)
        named = frozenset(self.registry.demonym_to_country[found.lower()] for found in
                          self.country_words.findall(text)) if shared else frozenset()
        in_full = frozenset(span.label_ for span in spans
                            if span.text not in self.registry.namesakes)
        mentions = []
        for span in filter_spans(spans):
            actor_id = self.registry.namesake_on(span.text, published, named, in_full) \
                if span.text in self.registry.namesakes else span.label_
            if actor_id is None:
                continue  # namesakes as near in time: NER and the article's full names decide
            actor = self.registry.actors[actor_id]
            if actor.type == "place" and span.start and doc[span.start - 1].lower_ \
                    in SURNAME_PARTICLES:
                continue  # "De la Madrid said", "Senator de Lima": the rest of a person's name
            if actor.type == "person" and compounds(span, LEXICON.facility_nouns):
                continue  # "Heydar Aliyev International Airport": the airport
            given = given_name_before(span)
            if given and not first_names_compatible(f"{given} {span.text}", actor):
                continue  # "Viktor Lukashenko", "Akie Abe": another of the family
            start = first_name_start(span, actor)
            mentions.append(Mention(sentence_of[span.start], start, span.end_char,
                                    text[start:span.end_char], TYPE_LABELS[actor.type],
                                    "registry",
                                    actor_id=actor.actor_id, name=actor.name, type=actor.type))
        return mentions

    # --- step 2: NER entities --------------------------------------------------------------------

    def _ner_mentions(self, doc: Doc, text: str, sentence_of: list[int],
                      registry_mentions: list[Mention]) -> list[Mention]:
        """Cleaned NER spans outside the registry mentions, as unresolved `ner` mentions."""
        taken = covered_characters(registry_mentions)
        mentions = []
        for span in self._ner_spans(doc):
            if any(i in taken for i in range(span.start_char, span.end_char)) and (
                    span := self._beside_registry(span, registry_mentions, taken, text)) is None:
                continue
            label = ner_label(span, text)
            if label == "PERSON" and (person := person_lineage_follows(
                    registry_mentions, span.start_char, span.text, text)) is not None:
                person.end_char, person.text = span.end_char, text[person.start_char:span.end_char]
                continue
            mentions.append(Mention(sentence_of[span.start], span.start_char, span.end_char,
                                    span.text, label, "ner", name=span.text,
                                    type=NER_LABEL_TYPES[label], acts=acts_as_person(span)))
        return mentions

    def _beside_registry(self, span: Span, registry_mentions: list[Mention], taken: set[int],
                         text: str) -> Span | None:
        """The name a NER span that runs into registry mentions adds, if any; a registry
        person's mention it extends grows in place, one it contradicts is dropped."""
        inside = [m for m in registry_mentions if m.type == "person"
                  and m.start_char < span.end_char and span.start_char < m.end_char]
        if not inside:
            return self._name_after_registry_part(span, taken)
        if len(inside) > 1:
            return None  # "Rajiv Gandhi-Benazir Bhutto talks": two people, not one
        person = inside[0]
        if nationalities_after(person.end_char, span, text, self.registry.demonym_to_country):
            return None  # "Chirac French and German leaders": no part of the name
        if (beside := _named_beside(span, person)) is not None:
            return beside  # "Walesa and Kiszczak" tagged ORG: Kiszczak is a person too
        other = with_other_given_name(span, person.start_char, self.registry.actors[
            person.actor_id], self.registry.demonym_to_country)  # "Sajith Premadasa"
        if not other and (span.end_char <= person.end_char
                          or self._adds_theirs(person, span, text)):
            person.end_char = max(person.end_char, span.end_char)
            if self._given_names_before(person, span):
                person.start_char = span.start_char
            person.text = text[person.start_char:person.end_char]
            return None  # "Lee Hsien Loong", "Mohammed bin Zayed Al Nahyan", "Julius K. Nyerere"
        registry_mentions.remove(person)  # "Emir Hamad bin Omar Al Farsi" is not Emir Hamad
        return other or span

    def _adds_theirs(self, person: Mention, span: Span, text: str) -> bool:
        """Whether the words a NER name adds after a registry alias are the actor's ("Al Nahyan"
        after "Mohammed bin Zayed"; not "Al-Khaled Al-Sabah" after "Sabah", another Sabah), or
        carry on the lineage the alias gives ("bin Abdulaziz" after "Mohammed bin Salman")."""
        actor = self.registry.actors[person.actor_id]
        words = {w for name in (actor.name, *actor.aliases) for w in normalize_name(name).split()}
        added = text[person.end_char:span.end_char].split()
        if added and added[0].lower() in PATRONYMIC_WORDS and any(
                w.lower() in PATRONYMIC_WORDS for w in person.text.split()):
            return True  # "Mohammed bin Salman" + "bin Abdulaziz Al Saud": his father's line
        # folded with the name they follow ("Kim" + "Yong-Il" is no "Kim Jong-il")
        whole = normalize_name(text[person.start_char:span.end_char]).split()
        return all(word in words for word in whole[len(normalize_name(person.text).split()):])

    def _given_names_before(self, person: Mention, span: Span) -> bool:
        """Whether a person entity NER found starts before a registry person's name with
        first names of theirs ("Julius K. Nyerere" around "Nyerere")."""
        return span.label_ == "PERSON" and span.start_char < person.start_char \
            and first_names_compatible(span.text, self.registry.actors[person.actor_id])

    def _name_after_registry_part(self, span: Span, taken: set[int]) -> Span | None:
        """The person a NER span names after a registry mention it runs into ("New Zealand PM
        Jacinda Ardern", "President of the Republic of Lithuania Valdas Adamkus"): its tokens
        after the last registry token, past a title, when at least two are left, a title came
        before them (`after_title`) or NER said PERSON, and no ORG_WORDS; else None."""
        last_taken = max(t.i for t in span if t.idx in taken)
        rest = [t for t in span if t.i > last_taken]
        titled = bool(rest) and (title_word(rest[0]) in TITLE_WORDS
                                 or after_title(span.doc, rest[0].i, frozenset(taken)))
        while rest and title_word(rest[0]) in TITLE_WORDS:
            rest = rest[1:]
        if len(rest) < 2 or not (rest[0].is_title and rest[-1].is_title) \
                or not (titled or span.label_ == "PERSON") \
                or any(t.lower_ in ORG_WORDS for t in rest):
            return None
        found = clean_entity(Span(span.doc, rest[0].i, rest[-1].i + 1, label="PERSON"),
                            self.registry)
        return found[0] if len(found) == 1 else None

    def _ner_spans(self, doc: Doc) -> list[Span]:
        """NER's entities of the types kept, cleaned, a run of them after a title one person's
        (`runs_after_titles`), a first name NER left out taken in (`with_given_name_left_out`),
        a name after "the town of" it left out a place's (`untagged_places`);
        a word tagged a nationality that is no demonym but the surname of a person the article
        names in full is that person's ("Sarkisian" beside "Serge Sarkisian"), and no other word
        tagged a person that qualifies a common noun is anyone's ("Brexit talks", "Teesta
        waters")."""
        ents = [*runs_after_titles(doc.ents),  # spaCy builds the entities anew at each read
                *untagged_places(doc, NER_LABEL_TYPES)]
        surnames = {ent[-1].text for ent in ents if ent.label_ == "PERSON" and len(ent) > 1}
        spans = []
        for ent in ents:
            if ent.label_ == "NORP" and ent.text in surnames \
                    and ent.text.lower() not in self.registry.demonym_to_country:
                ent = Span(doc, ent.start, ent.end, label="PERSON")
            if ent.label_ == "PERSON" and len(ent) == 1 and ent.text not in surnames \
                    and ent.root.dep_ == "compound" and ent.root.head.pos_ == "NOUN":
                continue
            if ent.label_ == "PERSON":
                ent = with_given_name_left_out(with_surname_left_out(ent))
            if ent.label_ in NER_LABEL_TYPES:
                spans.extend(clean_entity(ent, self.registry))
        return spans

    # --- step 4: role phrases --------------------------------------------------------------------

    def _capital_mentions(self, text: str, sentence_chars: list[int],
                          mentions: list[Mention]) -> list[Mention]:
        """"The Kazakh capital", "Japan's capital": the word "capital" as a mention of the
        country's capital (`capitals.CapitalReader`), where no other mention holds it."""
        taken = [(m.start_char, m.end_char) for m in mentions]
        return [Mention(bisect_right(sentence_chars, start) - 1, start, end, text[start:end],
                        "GPE", "role", actor_id=capital, type="place", country=country,
                        name=self.registry.actors[capital].name)
                for start, end, capital, country in self.capitals.phrases(text)
                if not any(s < end and start < e for s, e in taken)]

    def _role_mentions(self, doc: Doc, text: str, sentence_chars: list[int],
                       mentions: list[Mention], stated: list[StatedRole],
                       published: date | None) -> list[Mention]:
        """Role phrases in text order, resolved by the roles the article states and the
        registry (`roles.RoleReader`), so that "his Belarusian counterpart" can refer to "the
        Russian leader" resolved just before it."""
        people = [m for m in mentions if m.type == "person"]
        found: list[Mention] = []
        # Places may sit inside a role phrase ("the President of Russia"); other mentions not.
        taken = [(m.start_char, m.end_char) for m in mentions if m.type != "place"]
        for match in self.roles.phrase_matches(doc, text):
            start, end = match.start(), match.end()
            if any(s < end and start < e for s, e in taken):
                continue
            sent_id = bisect_right(sentence_chars, start) - 1
            earlier = [m for m in [*people, *found] if m.end_char <= start
                       and m.method != PENDING_ROLE]
            before = [m for m in earlier if m.sentence_id >= sent_id - 1]
            if (named := _titled_person(doc, text, (start, end), mentions)) is not None:
                # a title before a name is that name's: "his Saudi counterpart Faisal" states it
                if (office := self.roles.counterpart_office(match, before, stated)) is not None:
                    stated.append(StatedRole(named.actor_id, named.name, *office,
                                             named.start_char))
                continue
            holder = self.roles.resolve(match, doc, stated, (before, earlier, people), published)
            office = self.roles.office_of(match)
            if holder is not None:
                found.append(Mention(sent_id, start, end, match.group(0), "PERSON", "role",
                                     actor_id=holder.actor_id, name=holder.name, type="person"))
                if office is not None and office[0] != "leader":
                    # "the top Iranian diplomat said he and his Saudi counterpart": an office
                    # the phrase states, for the phrases after it
                    stated.append(StatedRole(holder.actor_id, holder.name, *office, start))
            elif office is not None:
                found.append(Mention(sent_id, start, end, match.group(0), "PERSON",
                                     PENDING_ROLE, name=match.group(0), type="person",
                                     title=office[0], country=office[1]))
            else:
                continue
            taken.append((start, end))
        return found


def _named_beside(span: Span, person: Mention) -> Span | None:
    """The name an entity joins by "and" to the registry person it holds ("Kiszczak" of
    "Walesa and Kiszczak", tagged ORG), as a person span; None when it is not so made."""
    cuts = [t.i for t in span if t.lower_ in ("and", "&")]
    if len(cuts) != 1:
        return None
    left, right = span.doc[span.start:cuts[0]], span.doc[cuts[0] + 1:span.end]
    for own, other in ((left, right), (right, left)):
        if (own.start_char, own.end_char) == (person.start_char, person.end_char) \
                and len(other) and all(t.is_title for t in other):
            return Span(span.doc, other.start, other.end, label="PERSON")
    return None


def _alias_matcher(nlp_vocab: Any, registry: Registry) -> PhraseMatcher:
    """A phrase matcher of every registry name and alias, labelled with its actor id."""
    from spacy.lang.en import English

    matcher = PhraseMatcher(nlp_vocab, attr="ORTH")
    alias_ids = {}
    for actor in registry.actors.values():
        for alias in {actor.name, *actor.aliases}:
            alias_ids[alias] = actor.actor_id
            # "Amir Abdollahian" for "Amir-Abdollahian": news drops hyphens in names; "Kim
            # Dae-Jung" for "Kim Dae-jung": and capitalises the syllable after one
            alias_ids.setdefault(re.sub(r"(?<=\w)-(?=\w)", " ", alias), actor.actor_id)
            alias_ids.setdefault(re.sub(r"(?<=\w)-([a-z])", lambda m: "-" + m[1].upper(), alias),
                                 actor.actor_id)
    # Patterns are made with a blank tokenizer of the same vocab: the alias's own tokens.
    tokenizer = English(vocab=nlp_vocab).tokenizer
    for alias, actor_id in alias_ids.items():
        matcher.add(actor_id, [tokenizer(alias)])
    return matcher


def _names_ner_left_out(doc: Doc, sentence_of: list[int], mentions: list[Mention]) -> list[Mention]:
    """Capitalised names NER did not tag that the parse shows are people (`_reads_as_person`).
    Each is an unresolved `ner` mention of type person."""
    taken = covered_characters(mentions)
    people = [m for m in mentions if m.type == "person"]
    places = frozenset(covered_characters(m for m in mentions if m.type == "place"))
    found: list[Mention] = []
    for token in doc:
        if token.pos_ != "PROPN" or not token.text[:1].isupper():
            continue  # what follows holds only for capitalised proper nouns; most words are not
        following = doc[token.i + 1:token.i + 2]
        if token.idx in taken or following and following[0].pos_ == "PROPN" \
                and following[0].is_title or not (
                    _is_name_head(token) and _reads_as_person(token, people + found, places)
                    or _listed_in_organisation(token, people + found)):
            continue  # "Climate" of "Climate Change Minister" heads no name
        span = doc[name_start(token, places):token.i + 1]
        if any(t.idx in taken for t in span) or any(w.lower_ in ORG_WORDS for w in span) \
                or compounds(span, LEXICON.facility_nouns):
            continue  # "his Si Sao Thevet residence": a house's name
        found.append(Mention(sentence_of[token.i], span.start_char, span.end_char, span.text,
                             "PERSON", "ner", name=span.text, type="person",
                             acts=acts_as_person(span)))
        taken.update(range(span.start_char, span.end_char))
    return found


def _reads_as_person(token: Token, people: list[Mention], places: frozenset[int]) -> bool:
    """Whether the parse makes a name a person's: a conjunct of a person ("Soeharto and
    Mahathir Mohamad met"), the subject of a verb of meeting or speech ("Albanese said"), in
    apposition to a person's title ("the former President, Olusegun Obasanjo,"), or as a full
    name to a role ("his Samoan counterpart Fiame Naomi Mata'afa"), after an honorific ("Mr.
    Moussa Faki Mahamat") or a monarch's title ("King Salman"; not "King Street"), or a full
    name after a title, or a name alone the article gives a person elsewhere ("PM Chinh";
    `after_title`; `places`: the characters of place mentions)."""
    if any(_person_at(c.idx, people) for c in token.conjuncts):
        return True
    if token.dep_ == "nsubj" and token.head.lemma_.lower() in PERSON_SUBJECT_VERBS:
        return True
    first = name_start(token, places)
    if token.dep_ == "appos" and (title_word(token.head) in TITLE_WORDS or first < token.i
                                  and token.head.lemma_.lower() in ROLE_WORDS):
        return True
    if token.lemma_.lower() in LEXICON.facility_nouns:
        return False  # "King Street", "Prince Albert Hospital"
    return title_word(token.doc[first]) in (*LEXICON.honorifics, *LEXICON.name_titles) or \
        first > 0 and title_word(token.doc[first - 1]) in LEXICON.honorifics or \
        (first < token.i or any(p.name.split()[-1] == token.text for p in people)) \
        and after_title(token.doc, first, places)


def _listed_in_organisation(token: Token, people: list[Mention]) -> bool:
    """Whether a full name NER ran into an organisation with the list around it is a person's
    ("Seretse Khama" of "Samora Machel of Mozambique, Seretse Khama of Botswana", tagged ORG):
    in apposition to or a conjunct of a person; no portfolio before a title ("Soviet Energy")."""
    if token.ent_type_ != "ORG" or token.pos_ != "PROPN" or not token.is_title:
        return False
    first = name_start(token, frozenset())
    return first < token.i and all(t.is_title for t in token.doc[first:token.i]) \
        and not title_after_portfolio(token.doc[first:token.i + 1]) and (
            token.dep_ == "appos" and _person_at(token.head.idx, people)
            or any(_person_at(c.idx, people) for c in token.conjuncts))


def _is_name_head(token) -> bool:
    """A proper noun written as a name (capitalised, letters, an apostrophe inside: "O'Neill",
    "Mata’afa") that is no title, title's plural ("Presidents") or weekday, or a regnal number
    after one ("Abdullah II")."""
    if token.pos_ != "PROPN" or token.ent_type_ in NER_LABEL_TYPES or token.ent_type_ == "NORP":
        return False  # an entity NER found, or a nationality ("his Kyrgyz counterpart")
    if REGNAL_NUMBER.match(token.text):
        return any(c.dep_ == "compound" and c.pos_ == "PROPN" for c in token.children)
    if token.text.isupper() and token.i and token.nbor(-1).text == "(":
        return False  # an acronym in brackets: "National Security Advisor (NSA)"
    singular = token.lower_.removesuffix("s")  # "Ministers", tagged NNPS or NNP
    return token.text[:1].isupper() and NAME_WORD.fullmatch(token.text) is not None \
        and len(token.text) > 2 and not {singular, token.lower_} & NON_NAME_HEADS


def _person_at(char: int, people: list[Mention]) -> bool:
    return any(m.start_char <= char < m.end_char for m in people)


def _titled_person(doc: Doc, text: str, title: tuple[int, int], mentions: list[Mention]
                   ) -> Mention | None:
    start = ROLE_NAME_GAP.match(text, title[1]).end()  # after commas, spaces and titles
    named = next((m for m in mentions if m.start_char == start and m.type == "person"), None)
    return None if named and fronted_title(doc, title, (start, named.end_char)) else named
