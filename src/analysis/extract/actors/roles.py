"""Roles an article states, and the role phrases they resolve (step 4 of the per-article map).

An article states roles all the time: "Indonesian President Joko Widodo", "Joko Widodo,
Indonesia's president", "President of Ukraine Viktor Yushchenko", "Prime Minister Anwar
Ibrahim" (`stated_roles`). A role phrase ("the Indonesian president", "his Malaysian
counterpart", "Malaysia's leader", "the emir") resolves first to the person the same article
gives that role (the one named just before, else the one it names most), then to the
registry's holder of the office on the publication date, and stays unresolved when neither
knows. Without a publication date the registry is not asked: its offices change over time."""

from __future__ import annotations

import re
from datetime import date, timedelta

from spacy.tokens import Doc

from analysis.extract.actors.holders import (
    Holder,
    StatedRole,
    clause_subject_starts,
    copula_holder,
    fronted_title,
    sentence_bounds,
    stated_holder,
)
from analysis.extract.actors.lexicon import (
    DETERMINERS,
    LEADER_TITLES,
    LEXICON,
    NATIONAL_TITLES,
    RELATIONAL_TITLES,
    ROLE_WORDS,
    SPEECH_VERBS,
    STATED_ONLY_TITLES,
)
from analysis.extract.actors.patterns import WINDOW_BEFORE, trie_alternation, windows
from analysis.extract.actors.registry import Registry

# Words between a determiner and a role that keep the office current ("the visiting Liberian
# President"); "former", "late" or "ex-" make it someone else's.
CURRENT_ADJECTIVES = ("new", "next", "visiting", "incoming", "outgoing", "current", "sitting",
                      "acting", "interim", "newly elected", "newly appointed")
PAST_WORDS = r"(?:former|ex|late|erstwhile|one-time|ousted|deposed)"
PAST_MARKERS = re.compile(rf"(?i)\b(?:then|{PAST_WORDS})\b[-\s]*$")
# The first words of the roles of two words or more ("foreign" of "foreign minister").
ROLE_FIRST_WORDS = "|".join(sorted({re.escape(w.split()[0]) for w in ROLE_WORDS if " " in w}))
# Up to two words describing the holder before a role phrase's country or title ("the
# charismatic Mexican president", "the 67-year-old pontiff"): lower-case words the parser reads
# as modifiers (`_describes_a_holder`); not the first word of a longer role ("the foreign
# minister" is no minister described as foreign).
DESCRIBED = (r"(?P<described>(?:(?!(?:the|an?|this|that|of|to|and|with|for|by|in|on|at|his|her|"
             rf"their|its|{ROLE_FIRST_WORDS})\b)(?!{PAST_WORDS}\b)(?-i:[a-z][a-z]+)(?:\s+|-)"
             r"|\d+-year-old\s+){0,2})")
# Not right after a word of a lower office ("Deputy Defence Minister"; "Vice-Foreign Minister").
NOT_SUBORDINATE = "".join(rf"(?<!(?i:{re.escape(word)}){gap})"
                          for word in LEXICON.subordinate_words for gap in (r"\s", "-"))
MODIFIER_POS = frozenset({"ADJ", "ADV", "NUM", "VERB", "PUNCT"})
PAST_IN_PHRASE = re.compile(rf"(?i)\b{PAST_WORDS}\b")
# Between a name and the office it held at the time told: "Kosygin, then the Soviet premier".
THEN_APPOSITION = re.compile(r"\s*,\s+then\s+")
# "The new French president", "the incoming prime minister": the one who holds the office a
# while after the article's date (the election is won, the office not yet taken).
INCOMING_IN_PHRASE = re.compile(r"(?i)\b(?:new|next|incoming|newly elected)\b")
# After a title, words that make its holder the next one: "the president-elect".
INCOMING_AFTER = re.compile(rf"(?i)[-\s](?:{'|'.join(LEXICON.title_suffixes)})\b")
INCOMING_DAYS = 90
# A name joined to a role phrase by "and" ("The premier and Fukuda"): someone else.
JOINED_NAME = re.compile(r"\s+and\s+((?:\w[\w'’.-]*\s+){0,3}\w+)")
# How far before a name its title may start: "Minister of Foreign Affairs of the Federal
# Democratic Republic of Ethiopia, H.E. Dr. Workneh Gebeyehu".
TITLE_REACH = 120
HONORIFICS = r"(?:(?:Dr|Mr|Mrs|Ms|Sheikh|H\.E|Gen|Col|Sir|Dame)\.?\s+)*"
# A title addressed to its holder: "Mr. President", "Madam Prime Minister".
ADDRESSED = re.compile(r"(?:Mr|Madam|Madame)\.?\s")
# Possessives before a relational role word with no country: "his host", "their guest".
POSSESSIVE_DETERMINERS = ("his", "her", "their")
# After a title: someone yet to take office is not its holder ("Indonesia's president-elect").
NOT_ELECT = r"(?![-‑\s]elect\b)"
# Words after which a country's role without its article is none ("a Soviet leader").
BARE_ROLE_NOT_AFTER = ("a", "an", "the", "his", "her", "their", "its", "one", "another", "each",
                       "every", "any", "no", "former", "ex", "late", "then")


class RoleReader:
    """Finds stated roles and resolves role phrases, with one registry."""

    def __init__(self, registry: Registry) -> None:
        self.registry = registry
        # Country names and demonyms as one regex alternative ("South Korean", "Kenya").
        self.countries = countries = trie_alternation(registry.demonym_to_country)
        titles = trie_alternation(word for word, title in ROLE_WORDS.items()
                              if title not in RELATIONAL_TITLES)
        adjectives = trie_alternation(CURRENT_ADJECTIVES)
        of_country = rf"of\s+(?:the\s+)?(?:Republic\s+of\s+)?(?P<country2>{countries})"
        posted_to = rf"(?:\s+to\s+(?:the\s+)?(?:{countries}))?"  # "Chinese Ambassador to Nepal"
        # "Indonesian President Joko Widodo", "Malaysia's Prime Minister, Dr Anwar",
        # "President of Ukraine Viktor Yushchenko", "the Prime Minister (Mr Muldoon)": the text
        # right before a name ("pro-Russian Prime Minister X" is no Russian one)
        self.title_before = re.compile(
            rf"(?:(?<![-‑])\b(?P<country>{countries})(?:['’]s)?\s+)?(?:(?:{adjectives})\s+)?"
            rf"\b{NOT_SUBORDINATE}(?P<title>{titles})\.?(?:\s+{of_country})?{posted_to}"
            rf"(?:\s*,?\s+|\s*\(\s*)"
            rf"{HONORIFICS}$",
            re.IGNORECASE)
        # "Joko Widodo, Indonesia's president", "Tamim, the emir of Qatar,": right after it; not
        # an organisation's ("Nikai, Secretary-General of Japan's ruling Liberal Democratic Party")
        not_of_org = rf"of\b(?![^,.;]*\b(?:{trie_alternation(LEXICON.org_words)})\b)"
        self.title_after = re.compile(
            rf"^\s*,\s+(?:(?P<then>then)\s+)?(?:the\s+|his\s+|her\s+)?"
            rf"(?:(?P<past>{PAST_WORDS})(?:\s+|-))?"
            rf"(?:(?P<country>{countries})(?:['’]s)?\s+)?"
            rf"(?:(?:{adjectives})\s+)?{NOT_SUBORDINATE}(?P<title>{titles})\b(?:\s+{of_country})?"
            rf"{posted_to}"
            rf"(?=\s*(?:[,.;)]|$|\s+(?:{not_of_org}|and|who|said|met|has|was|is)\b))",
            re.IGNORECASE)
        self.phrases = _role_patterns(countries, adjectives)
        # The role words alone: the long patterns above run only near one of them.
        self.role_word = re.compile(rf"\b(?:{trie_alternation(ROLE_WORDS)})\b", re.IGNORECASE)

    def phrase_matches(self, doc: Doc, text: str) -> list[re.Match[str]]:
        """The role phrases of a parsed text whose words describing the holder are modifiers,
        in text order; the patterns run only near a role word (the country list is long).

        Args:
            doc: the parsed article.
            text: `doc.text` (spaCy rebuilds it on every access).

        Returns:
            The matches of `self.phrases`.
        """
        found: dict[tuple[int, int], re.Match[str]] = {}
        for start, end in windows(self.role_word.finditer(text), len(text)):
            for pattern in self.phrases:
                for match in pattern.finditer(text, start, end):
                    found.setdefault((match.start(), match.end()), match)
        return sorted((match for match in found.values() if _describes_a_holder(doc, match)),
                      key=lambda match: match.start())

    def stated_roles(self, doc: Doc, text: str, people: list, published: date | None
                     ) -> list[StatedRole]:
        """The roles an article gives the people it names beside their names (not a fronted
        phrase's title: `fronted_title`), and the offices of registry persons on the
        publication date.

        Args:
            doc: the parsed article.
            text: the article's text.
            people: its person mentions (`Mention`s, resolved or not).
            published: the publication date, or None.

        Returns:
            The stated roles, in text order.
        """
        found = []
        for person in people:
            # "King Abdullah II" keeps its title in the name: the title is read as stated too
            title_end = person.start_char + _name_title_length(person.name)
            reach = max(0, person.start_char - TITLE_REACH)
            words = list(self.role_word.finditer(text, reach, title_end))
            match = self.title_before.search(
                text, max(reach, words[-1].start() - WINDOW_BEFORE), title_end) if words else None
            if match is not None and fronted_title(doc, match.span("title"),
                                                   (person.start_char, person.end_char)):
                match = None
            former = match is not None and bool(
                PAST_MARKERS.search(text[max(0, match.start() - 12):match.start()]))
            if match is None:
                match = self.title_after.match(text[person.end_char:person.end_char + 80])
                former = match is not None and bool(match["past"] or match["then"])
            written = match and (match["country"] or match["country2"]) or ""
            if match is not None and (written or ROLE_WORDS[match["title"].lower()] != "leader"):
                # "Ukrainian leader Leonid Kravchuk", not "Solidarity leader Lech Walesa"
                country = self.registry.demonym_to_country.get(written.lower(), "") \
                    or NATIONAL_TITLES.get(match["title"].lower(), "") \
                    or self.registry.country_of(person.actor_id)  # "Prime Minister Shinzo Abe"
                found.append(StatedRole(person.actor_id, person.name,
                                        ROLE_WORDS[match["title"].lower()], country,
                                        person.start_char, former=former))
            if person.actor_id and published is not None:
                found.extend(StatedRole(person.actor_id, person.name, role.title, role.country,
                                        person.start_char, stated=False)
                             for role in self.registry.roles_on(person.actor_id, published))
        return found

    def resolve(self, match: re.Match[str], doc: Doc, stated: list[StatedRole],
                named: tuple[list, list, list], published: date | None) -> Holder | None:
        """The person a role phrase names, or None.

        Args:
            match: the phrase, matched by one of `self.phrases` (groups `role`, `country`).
            doc: the parsed article.
            stated: the article's stated roles.
            named: the person mentions (`Mention`s) named in the phrase's sentence and the one
                before it, all those named before it in the article, and all of the article's.
            published: the publication date, or None.

        Returns:
            The holder: from the article's stated roles, else the registry's offices.
        """
        if (holder := copula_holder(doc, match.span(), named[2])) is not None:
            return holder  # "The visitor was X"
        role = ROLE_WORDS[match.group("role").lower()]
        country = self._country_of(match)
        former = _is_former(match) or _then_held_by(match, named[0])
        stated = [s for s in stated if s.former == former]
        if ADDRESSED.match(match.group(0)):  # "Thank you, Mr. President": not who says it
            stated = _without_speakers(stated, match, doc)
        if role in RELATIONAL_TITLES:
            if former or _modifies_a_noun(doc, match):  # "the host country"
                return None
            if not country:
                return self._other_party(doc, match.start(), named, stated)
            # "his Indonesian counterpart" of a prime minister: Indonesia's prime minister, else
            # its leader; of a foreign minister, never its leader; "his Kenyan host": Kenya's
            # leader
            title = self._title_before(named[0], stated) if role == "counterpart" else ""
            fallback = "leader" if not title or title in LEADER_TITLES else ""
            for office in dict.fromkeys(filter(None, (title, fallback))):
                holder = self._office_holder(office, country, match, doc, named,
                                             (stated, published))
                if holder is not None:
                    return holder
            return None
        if former:  # "the former president": one the article calls so, never the current one
            return stated_holder(role, country, stated, match.start(),
                                  sentence_bounds(doc, match)) \
                or self._former_holder(role, country, named[1], published)
        return self._office_holder(role, country, match, doc, named, (stated, published))

    def _office_holder(self, role: str, country: str, match: re.Match[str], doc: Doc,
                       named: tuple[list, list, list], known: tuple[list[StatedRole], date | None]
                       ) -> Holder | None:
        """The holder of an office (`country` "" when the phrase names none): the person the
        article gives it, else the registry's on the publication date (or soon after: "the new
        president"); with no country, a holder named before the phrase."""
        before, earlier, _ = named
        stated, published = known
        if joined := JOINED_NAME.match(match.string, match.end()):  # not doc.text, rebuilt
            stated = [s for s in stated if s.name.split()[-1] not in joined.group(1).split()]
        holder = stated_holder(role, country, stated, match.start(), sentence_bounds(doc, match),
                               doc)
        if published is not None and _is_incoming(match):
            # "the president-elect" of no country: of the country the article gives that office
            where = country or next((s.country for s in stated if s.title == role and s.country),
                                    "")
            incoming = self.registry.holder(role, where, published + timedelta(INCOMING_DAYS)) \
                if where else None
            holder = Holder(incoming.actor_id, incoming.name) if incoming else holder
        if holder is not None or published is None or role in STATED_ONLY_TITLES:
            return holder  # "the minister": only one the article names
        if not country:
            return self._previous_leader(doc, match.start(), before, published) \
                if role in LEXICON.anaphoric_role_words \
                else self._named_holder(role, earlier, published)
        actor = self.registry.holder(role, country, published)
        if actor is None or not self.registry.host_named(actor, role, published, match.string):
            return None
        return Holder(actor.actor_id, actor.name)

    def office_of(self, match: re.Match[str]) -> tuple[str, str] | None:
        """The office a role phrase names by itself, as (title, ISO-3 country or ""): what a
        phrase the article could not resolve leaves for the corpus to resolve (`corpus_roles`),
        and what one it resolved states of its holder; None for a phrase that names no office
        by itself ("his counterpart", "the leader" of no country, "the former president").

        Args:
            match: the phrase, matched by one of `self.phrases`.

        Returns:
            The title and country, or None.
        """
        role = ROLE_WORDS[match.group("role").lower()]
        country = self._country_of(match)
        if role in (*RELATIONAL_TITLES, *STATED_ONLY_TITLES) or _is_former(match) \
                or role == "leader" and not country:
            return None
        return role, country

    def _former_holder(self, role: str, country: str, earlier: list, published: date | None
                       ) -> Holder | None:
        """"The former Indonesian president", "the ailing former president": the last person
        named before the phrase whom the registry gives that office (of that country, when the
        phrase names one), ended before the article's date."""
        if published is None:
            return None
        titles = LEADER_TITLES if role == "leader" else {role}
        for mention in reversed(earlier):
            actor = self.registry.actors.get(mention.actor_id)
            if actor is not None and any(
                    r.title in titles and (not country or r.country == country)
                    and r.end is not None and r.end < published for r in actor.roles):
                return Holder(mention.actor_id, mention.name)
        return None

    @staticmethod
    def _other_party(doc: Doc, start: int, named: tuple[list, list, list],
                     stated: list[StatedRole]) -> Holder | None:
        """"His counterpart", "his host", "the guest": the last person named before the phrase,
        in its sentence or the one before, else earlier in the article, who holds an office
        (stated, or the registry's on the article's date), other than the subject of the
        phrase's own verb ("Clinton served his guest" is not Clinton)."""
        subject_starts = clause_subject_starts(doc, start, above=True)
        subjects = {m.name for m in named[1] if m.start_char in subject_starts}
        office_holders = {role.start_char for role in stated}
        for mentions in named[:2]:  # before the phrase
            for mention in reversed(mentions):
                if mention.start_char in office_holders and mention.name not in subjects:
                    return Holder(mention.actor_id, mention.name)
        return None

    def counterpart_office(self, match: re.Match[str], before: list,
                           stated: list[StatedRole]) -> tuple[str, str] | None:
        """The office "his Saudi counterpart" gives the person it names: the title of the last
        person named before it, in the phrase's country.

        Args:
            match: a role phrase, matched by one of `self.phrases`.
            before: the person mentions named before it in its sentence and the one before.
            stated: the article's stated roles.

        Returns:
            The title and ISO-3 country, or None for another phrase or an unknown title.
        """
        country = self._country_of(match)
        if ROLE_WORDS[match.group("role").lower()] != "counterpart" or not country:
            return None
        title = self._title_before(before, stated)
        return (title, country) if title and title not in RELATIONAL_TITLES else None

    def _country_of(self, match: re.Match[str]) -> str:
        """The ISO-3 country a role phrase names ("his Saudi counterpart": SAU), or ""."""
        written = match.groupdict().get("country")
        return self.registry.demonym_to_country.get(written.lower(), "") if written \
            else NATIONAL_TITLES.get(match.group("role").lower(), "")

    @staticmethod
    def _title_before(before: list, stated: list[StatedRole]) -> str:
        """The title of the last person named before a counterpart phrase, if stated."""
        return next((s.title for m in reversed(before) for s in stated if s.name == m.name), "")

    def _named_holder(self, title: str, before: list, published: date) -> Holder | None:
        """"The Prime Minister" with no country: the last person named before it in the
        article whom the registry gives that office on the article's date."""
        for mention in reversed(before):
            if mention.actor_id and any(r.title == title for r in
                                        self.registry.roles_on(mention.actor_id, published)):
                return Holder(mention.actor_id, mention.name)
        return None

    def _previous_leader(self, doc: Doc, start: int, before: list, published: date
                         ) -> Holder | None:
        """"The authoritarian leader": the last head of state or government the registry knows
        named in this or the previous sentence, other than the subject of the phrase's own verb
        ("Putin congratulated the incumbent leader" is not Putin)."""
        subject_starts = clause_subject_starts(doc, start)
        for mention in reversed(before):
            if mention.actor_id and mention.start_char not in subject_starts and any(
                    r.title in LEADER_TITLES
                    for r in self.registry.roles_on(mention.actor_id, published)):
                return Holder(mention.actor_id, mention.name)
        return None


def _name_title_length(name: str) -> int:
    """The length of the title a name starts with and keeps ("King " of "King Abdullah II"),
    with the space after it; 0 when it starts with none."""
    first = name.split(" ", 1)[0]
    return len(first) + 1 if " " in name and first.lower() in LEXICON.name_titles \
        and first.lower() in ROLE_WORDS else 0


def _modifies_a_noun(doc: Doc, match: re.Match[str]) -> bool:
    """Whether a phrase's role word modifies the noun after it ("the host country", "the guest
    list") rather than naming a person. After a possessive it names one ("his guest" in "served
    his guest orange juice", which the parser may read as a compound)."""
    if match.group(0).split(maxsplit=1)[0].lower() in POSSESSIVE_DETERMINERS:
        return False
    span = doc.char_span(match.start("role"), match.end("role"), alignment_mode="expand")
    return span is not None and span.root.dep_ in ("compound", "amod", "nmod") \
        and span.root.head.i > span.root.i


def _describes_a_holder(doc: Doc, match: re.Match[str]) -> bool:
    """Whether the words a role phrase puts before its country or title are modifiers ("the
    charismatic Mexican president"), not a clause the phrase ran over ("the talks with Russian
    president").

    Args:
        doc: the parsed article.
        match: a role phrase, matched by one of `RoleReader.phrases`.

    Returns:
        True when there are none or each is an adjective, adverb, number or verb form (or the
        "year" of an age).
    """
    if not match.groupdict().get("described"):
        return True
    if match.group("role").lower() in LEXICON.undescribed_role_words:
        return False  # "the permanent secretary" is no secretary of state
    span = doc.char_span(match.start("described"), match.end("described"),
                         alignment_mode="expand")
    return span is not None and all(t.pos_ in MODIFIER_POS or t.lower_ == "year" for t in span)


def _is_incoming(match: re.Match[str]) -> bool:
    """Whether a role phrase names the office's next holder ("the new French president", "the
    president-elect"); the "New" of "the New Zealand prime minister" does not."""
    phrase = match.group(0)
    if match.groupdict().get("country"):
        start, end = match.start("country") - match.start(), match.end("country") - match.start()
        phrase = phrase[:start] + phrase[end:]
    return bool(INCOMING_AFTER.match(match.string, match.end())
                or INCOMING_IN_PHRASE.search(phrase))


def _without_speakers(stated: list[StatedRole], match: re.Match[str], doc: Doc
                      ) -> list[StatedRole]:
    """The stated roles of all but the speakers of an addressed title's sentence: a transcript's
    label before a colon ("MR. GORTON: Thank you very much, Mr. Prime Minister"), or the subject
    of a verb of speech ("'Mr President, we need to work together,' President Lungu said");
    whoever speaks it is not the one addressed."""
    span = doc.char_span(match.start(), match.end(), alignment_mode="expand")
    if span is None:
        return stated
    sentence = span.sent
    colon = sentence.text.find(":")
    label_end = sentence.start_char + colon if 0 <= colon < match.start() - sentence.start_char \
        else sentence.start_char
    said = [(subject.left_edge.idx, subject.right_edge.idx) for verb in sentence
            if verb.lemma_ in SPEECH_VERBS
            for subject in verb.children if subject.dep_ == "nsubj"]
    speakers = {s.name for s in stated if sentence.start_char <= s.start_char < label_end
                or any(first <= s.start_char <= last for first, last in said)}
    return [s for s in stated if s.name not in speakers]


def _is_former(match: re.Match[str]) -> bool:
    """Whether a role phrase names a past office ("the former president", "the ex-PM")."""
    return bool(PAST_IN_PHRASE.search(match.group(0)))


def _then_held_by(match: re.Match[str], people: list) -> bool:
    """Whether a role phrase gives the office a person named right before it held then
    ("Aleksei Kosygin, then the Soviet premier,"): that person, not the office's holder now."""
    return any(THEN_APPOSITION.fullmatch(match.string, person.end_char, match.start())
               for person in people if person.end_char <= match.start())


def _role_patterns(countries: str, adjectives: str) -> list[re.Pattern[str]]:
    """The role-phrase patterns, each with a `role` group and most with a `country` group."""
    roles = trie_alternation(ROLE_WORDS)
    relational = trie_alternation(w for w, title in ROLE_WORDS.items() if title in RELATIONAL_TITLES)
    determiners = trie_alternation(DETERMINERS)
    current = rf"(?:(?:{adjectives})\s+)?(?:{PAST_WORDS}(?:\s+|-))?"
    return [
        # the Russian leader, his Belarusian counterpart, the visiting Liberian President, the
        # charismatic Mexican president
        re.compile(rf"\b(?:{determiners})\s+{DESCRIBED}{current}(?P<country>{countries})\s+"
                   rf"{current}{NOT_SUBORDINATE}(?P<role>{roles})\b{NOT_ELECT}", re.IGNORECASE),
        # a country's role without its article: a headline's "Uzbek President marks …",
        # "… holds talks with Malaysian leader", "On the same day, Tajik leader discussed …";
        # not after an article, a determiner or a word of the past ("a Soviet leader")
        re.compile("".join(rf"(?<!\b{w}\s)" for w in BARE_ROLE_NOT_AFTER)
                   + rf"\b(?P<country>{countries})\s+{NOT_SUBORDINATE}(?P<role>{roles})\b"
                   rf"{NOT_ELECT}", re.IGNORECASE),
        # Russia's president, Malaysia's new prime minister
        re.compile(rf"\b(?P<country>{countries})['’]s\s+{current}{NOT_SUBORDINATE}"
                   rf"(?P<role>{roles})\b{NOT_ELECT}", re.IGNORECASE),
        # the President of Russia, the expansive President of Venezuela; not "the top leader of
        # Colombia's rebel group"
        re.compile(rf"\bthe\s+{DESCRIBED}{NOT_SUBORDINATE}(?P<role>{roles})\s+of\s+(?:the\s+)?"
                   rf"(?P<country>{countries})\b(?!['’]s\b)", re.IGNORECASE),
        # "Lange, Prime Minister of New Zealand", a headline's "President of the United States
        # to visit Canada": a capitalised title of a country without its article (not of a
        # longer name: "President of Nepali Congress")
        re.compile(rf"(?<![Tt]he\s)\b(?-i:(?=[A-Z])){NOT_SUBORDINATE}(?P<role>{roles})\s+of\s+"
                   rf"(?:the\s+)?(?P<country>{countries})\b(?!\s+(?-i:[A-Z]))(?!['’]s\b)",
                   re.IGNORECASE),
        # the president, The Prime Minister, the emir, the authoritarian leader: the article's
        # holder (a title capitalised as news capitalises it; an adjective in lower case)
        re.compile(rf"\b[Tt]h(?:e|is)\s+{DESCRIBED}(?i:{PAST_WORDS}(?:\s+|-))?"
                   rf"{NOT_SUBORDINATE}(?P<role>(?i:{roles}))\b(?!\s+of\b)"),
        # a title addressed ("Thank you, Mr. President") or alone opening a line ("PM meets …")
        re.compile(rf"(?:\b(?:Mr|Madam|Madame)\.?\s+|(?m:^))(?=[A-Z])(?P<role>(?i:{roles}))\b"
                   rf"(?!\s+of\b)(?!\s+(?-i:[A-Z]))"),
        # "His Majesty" alone (not before a name, a title or "'s"): the article's monarch ("Her
        # Majesty" may be a king's wife)
        re.compile(r"\bHis\s+(?P<role>Majesty)\b(?!['’]s\b)(?!\s+(?:the\s+)?[A-Z])"),
        # his counterpart, their flamboyant host, his White House host: the other party
        # (`RoleReader._other_party`)
        re.compile(rf"\b(?i:{trie_alternation(POSSESSIVE_DETERMINERS)})\s+"
                   rf"(?:[A-Za-z][a-z]+(?:\s+|-)){{0,2}}"
                   rf"(?P<role>(?i:{relational}))\b(?!\s+of\b)"),
    ]
