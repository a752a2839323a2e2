"""Who a noun phrase names: the actor mentions of a phrase, its conjuncts, a pronoun's antecedent.

`PhraseReader` maps the tokens of one parsed article to its actor mentions and answers, for a
phrase the parse hands a trigger, which mentions it stands for: a name, a title with a name inside
or in apposition, a pronoun (the person named before it, or the speaker of its quote)."""

from __future__ import annotations

import itertools

from spacy.tokens import Doc, Span, Token

from analysis.extract.actors import Mention
from analysis.extract.events import quotes
from analysis.extract.events.arguments import (
    appositions,
    is_inclusion,
    joined_to,
    noun_before_participle,
    nouns_of,
    stranded_noun,
)
from analysis.extract.events.bystanders import (
    beside_possessed_noun,
    no_party_near,
    title_phrase,
    without_owner,
)
from analysis.extract.events.clauses import (
    LEXICON,
    is_companion,
    is_time_clause_subject,
    phrase_without,
    subject_ahead,
)
from analysis.extract.events.delegations import delegation_tokens
from analysis.extract.events.listed_names import (
    apposition_conjuncts,
    group_listed,
    joined_inside_title,
)

DASHES = ("-", "–", "—")
# Words between the countries a plural role word lists after it ("the presidents of A, B and of C").
LIST_LINKS = frozenset({"of", "from", ",", "and", "the"})
# Pronouns of a relative clause about a person, who is the noun the clause describes.
RELATIVE_PRONOUNS = ("who", "whom")


class PhraseReader:
    """The actor mentions of one parsed article, read phrase by phrase."""

    def __init__(self, doc: Doc, mentions: list[Mention], text: str) -> None:
        self.doc = doc
        self.text = text  # doc.text, which spaCy rebuilds on every access
        self.mentions = mentions
        self.mention_at: dict[int, int] = {}  # token index -> index of the mention it is in
        for index, mention in enumerate(mentions):
            span = doc.char_span(mention.start_char, mention.end_char, alignment_mode="expand")
            if span is not None:
                for token in span:
                    self.mention_at.setdefault(token.i, index)

    def actor(self, index: int) -> str:
        """Who a mention names.

        Args:
            index: the mention's index.

        Returns:
            Its registry id, else its name.
        """
        return self.mentions[index].actor_id or self.mentions[index].name

    def dashed_names(self, noun: Token) -> list[int]:
        """The people a meeting noun names before it, joined by a dash: "the Putin–Lukashenko
        summit", "Rajiv Gandhi-Benazir Bhutto talks".

        Args:
            noun: the meeting noun.

        Returns:
            Mention indexes of two people or more, else [].
        """
        tokens = [t for c in noun.lefts if c.dep_ in ("compound", "nmod", "amod", "punct")
                  for t in c.subtree]
        if not any(t.text in DASHES for t in tokens):
            return []
        people = list(dict.fromkeys(
            index for t in tokens if (index := self.mention_at.get(t.i)) is not None
            and self.mentions[index].type == "person"))
        return people if len({self.actor(i) for i in people}) >= 2 else []

    def _holders_of_plural_role(self, head: Token) -> list[Token]:
        """The words of a plural role phrase that name its holders, one per country ("the
        Ecuadoran and Peruvian presidents", "the presidents of Peru and Ecuador": the mentions
        `plural_roles` makes; "his counterparts from Armenia and Azerbaijan", "the Prime
        Ministers of Tajikistan Kokhir Rasulzoda, Kazakhstan …")."""
        singular = head.lemma_.lower().removesuffix("s")  # "Ministers": a proper noun's lemma
        if head.tag_ not in ("NNS", "NNPS") or singular not in LEXICON.role_heads:
            return []
        words = [c for c in head.children if c.dep_ in ("amod", "compound", "nmod") and c.is_title]
        words = [t for word in words for t in (word, *word.conjuncts)]
        after = itertools.takewhile(  # "of A and of B": the holders, however the parser hung them
            lambda t: t.lower_ in LIST_LINKS or (i := self.mention_at.get(t.i)) is not None
            and self.mentions[i].method == "role", head.doc[head.i + 1:head.sent.end])
        return [t for t in (*words, *after, *nouns_of(head)) if self.type_at(t) == "person"]

    def nearest_person(self, token: Token, exclude: set[int]) -> int | None:
        """The person named nearest a trigger in its sentence (or a pronoun subject stands for),
        but `exclude`, a bystander (`no_party_near`: where it is, a sender, one who asks …), and
        the speaker of its quote when it is not about him ("'He'll meet Putin,' Peskov said").

        Args:
            token: the trigger.
            exclude: mention indexes of its parties so far.

        Returns:
            A mention index, or None.
        """
        sentence = token.sent
        taken = {self.actor(i) for i in exclude}
        reporters = {index for t in sentence if t.dep_ == "nsubj"
                     and t.head.lemma_.lower() in LEXICON.speech_verbs
                     and (index := self.mention_at.get(t.i)) is not None} \
            if quotes.in_quote(token) and not any(t.lower_ in LEXICON.speaker_pronouns
                                            for t in sentence) else set()
        near = [(abs(t.i - token.i), index) for t in sentence
                if (index := self._named_or_subject_pronoun(t)) is not None
                and not no_party_near(t, token) and index not in reporters
                and not self._genitive(index, token)
                and self.actor(index) not in taken and self.mentions[index].type == "person"]
        return min(near)[1] if near else None

    def _genitive(self, index: int, trigger: Token) -> bool:
        """Whether a mention only qualifies a noun other than the trigger as the object of its
        "of" ("the administration of President X", "the successor of Mao Tse-tung")."""
        span = self.span(index)
        if span is None or span.root.dep_ != "pobj" or span.root.head.lower_ != "of":
            return False
        owner = span.root.head.head
        return owner.i != trigger.i and owner.pos_ in ("NOUN", "PROPN")

    def _named_or_subject_pronoun(self, token: Token) -> int | None:
        """The mention a token is part of, or a personal pronoun subject's antecedent ("He …")."""
        index = self.mention_at.get(token.i)
        if index is None and token.dep_ == "nsubj" and token.lower_ in LEXICON.person_pronouns:
            index = self.antecedent(token)
        return index

    def people(self, indexes: list[int]) -> list[int]:
        """The mentions that name people.

        Args:
            indexes: mention indexes.

        Returns:
            Those of `indexes` whose mention is a person, in order.
        """
        return [i for i in indexes if self.mentions[i].type == "person"]

    def mentions_in(self, tokens) -> list[int]:
        """The mentions some tokens are part of.

        Args:
            tokens: tokens of the article.

        Returns:
            Mention indexes, each once, in the tokens' order.
        """
        return list(dict.fromkeys(i for t in tokens if (i := self.mention_at.get(t.i)) is not None))

    def head_mentions(self, token: Token) -> list[int]:
        """The actor mentions a noun phrase names, with its conjuncts.

        Args:
            token: the phrase's head.

        Returns:
            Mention indexes: names, a name inside a title phrase or beside it, a pronoun's
            antecedent, a party's members (`delegation_tokens`); a companion left out.
        """
        if (people := self._people_of_pronoun(token)) is not None:
            return people
        found = self.people(self.mentions_in(delegation_tokens(token)))
        listed = self._people_listed_as_apposition(token)
        for head in [*self._people_compounded_into(token), token, *token.conjuncts, *listed,
                     *self._people_joined_to_origin(token), *apposition_conjuncts(token),
                     *group_listed(token), *self._holders_of_plural_role(token)]:
            if is_companion(head) and found:
                continue  # "X and his wife Y welcomed Z": Y comes with X
            index = self.mention_at.get(head.i)
            if index is None and head.lower_ in LEXICON.person_pronouns:
                index = self.antecedent(head)
            elif index is None and head.lower_ in LEXICON.speaker_pronouns:
                index = self.speaker(head)
            elif index is None:
                index = self._name_inside(head)
                found += [i for i in self._joined_inside(head, index) if i not in found]
            elif self.mentions[index].type != "person":
                # "The African Union Commission (AUC) Chairperson, Dr. Nkosazana Dlamini Zuma"
                person = self._person_in_apposition(head)
                index = index if person is None else person
            elif self.mentions[index].method == "role":
                # "her Congolese counterpart in charge of X, Raymond Tshibanda": the name the
                # phrase gives beats the holder its role was read as
                index = self._name_for_role(head, index)
            if index is not None and index not in found:
                found.append(index)
        for included in self._people_included(token):
            found += [i for i in self.head_mentions(included) if i not in found]
        return found

    def _joined_inside(self, title: Token, index: int | None) -> list[int]:
        """The people the parser coordinated with a name it hung on a title's "of" ("talks with
        Leader of the Islamic Revolution Ayatollah X and President Y": X and Y)."""
        span = self.span(index) if index is not None else None
        return self.people(self.mentions_in(joined_inside_title(title, span.root))) if span \
            else []

    def _people_of_pronoun(self, token: Token) -> list[int] | None:
        """Who "who" stands for ("Sunak, who met both men"), or "their": the people its sentence
        names before it, a spokesperson who reports it aside, when two or more ("since their
        meeting"), else the people of the sentence before's subject ("A and B agreed … During
        their meeting"); None for another word."""
        if token.lower_ in RELATIVE_PRONOUNS and token.head.dep_ == "relcl":
            return self.head_mentions(token.head.head)
        if token.lower_ != "their" or token.dep_ != "poss":
            return None
        spokespeople = set(self.mentions_in(self.doc[i] for i in quotes.spokespeople(token)))
        people = {self.actor(i): i for i, m in enumerate(self.mentions) if m.type == "person"
                  and token.sent.start_char <= m.start_char and m.end_char <= token.idx
                  and i not in spokespeople}
        if len(people) >= 2:
            return list(people.values())
        before = self.doc[token.sent.start - 1].sent if token.sent.start else None
        subject = [i for t in before or [] if t.dep_ == "nsubj" and t.head.dep_ == "ROOT"
                   for i in self.head_mentions(t)]
        return subject if len(set(map(self.actor, subject))) >= 2 else []

    def _people_included(self, head: Token) -> list[Token]:
        """The heads of "including X" in a group's phrase ("officials, including its chairman,
        Hiroshi Okuda"), or of "of X" after a noun of taking part ("the participation of X"):
        people who take part themselves."""
        of = head.lemma_.lower() in LEXICON.participation_nouns
        return [obj for prep in head.children if prep.dep_ == "prep"
                and (is_inclusion(prep) or of and prep.lower_ == "of")
                for obj in prep.children if obj.dep_ == "pobj" and not is_companion(obj)]

    def _name_for_role(self, head: Token, role: int) -> int:
        """The person a role phrase names inside it or after its comma, however the parser hung it
        ("his PNG counterpart, Sir Mekere Morauta,"), else the holder its role was read as; not
        a name beside another noun of someone's inside it ("the second president after his
        predecessor, George Bush")."""
        phrase = phrase_without(head, ("relcl", "acl", "advcl", "conj", "cc"))
        end = phrase[-1].i + 1 if phrase else len(self.doc)
        if end < len(self.doc) and self.doc[end].text == ",":
            phrase = [*phrase, *itertools.takewhile(lambda t: t.is_title,
                                                    self.doc[end + 1:end + 4])]
        named = [i for i in self.mentions_in(phrase) if i != role
                 and self.mentions[i].type == "person" and self.mentions[i].method != "role"
                 and ((span := self.span(i)) is None or not beside_possessed_noun(span.root, head))]
        return named[-1] if named else role

    def _people_listed_as_apposition(self, head: Token) -> list[Token]:
        """Other people the parser took for an apposition of a person, with the people inside
        it: a list ("Buyoya, Tanzania's Mkapa and Uganda's Museveni": Mkapa hangs on Buyoya as
        an apposition, Museveni on Mkapa, or the other way round), also past the person's own
        title ("Wen Jiabao, China's premier, Wang Jiarui, …": Wang hangs on "premier"), less
        the people of their own modifiers ("the second president after his predecessor, Bush")."""
        own = self.mention_at.get(head.i)
        if own is None or self.mentions[own].type != "person":
            return []
        found = appositions(head)
        found += [a for title in found if not self._another_person(title, own)
                  for a in appositions(title)]
        return [t for c in found if self._another_person(c, own)
                for t in phrase_without(c) if self.type_at(t) == "person"]

    def _another_person(self, token: Token, own: int) -> bool:
        """Whether a token is part of a person's mention other than `own`'s person."""
        index = self.mention_at.get(token.i)
        return index is not None and index != own and self.mentions[index].type == "person" \
            and self.mentions[index].name != self.mentions[own].name

    def _people_compounded_into(self, head: Token) -> list[Token]:
        """People before an "and" that the parser hung on a person's name as its compounds ("Thai
        Prime Minister Prayuth Chan-ocha and Defense Minister Prawit Wongsuwan", all one
        phrase of "Wongsuwan"; "Chamorro and Cardinal Miguel Obando y Bravo": NER's name ends
        before the head): one token of each."""
        before = self.doc[head.left_edge.i:head.i]
        ands = [t.i for t in before if t.lower_ in ("and", "&")]
        own = next((self.mention_at[t.i] for t in (head, *reversed(list(head.lefts)))
                    if t.i in self.mention_at), None) if ands else None
        if own is None or self.mentions[own].type != "person":
            return []
        firsts = {self.mention_at[t.i]: t for t in reversed(before)
                  if t.i < ands[-1] and self._another_person(t, own)}
        return sorted(firsts.values(), key=lambda t: t.i)

    def _people_joined_to_origin(self, head: Token) -> list[Token]:
        """People the parser joined to a noun after the "of" of the head or of its appositions,
        however nested, as conjuncts or appositions but a title's holder ("Presidents Moi of
        Kenya and Binaisa of Uganda": Binaisa on Kenya; "the presidents of both houses of
        Parliament, A and B"; not "the wife of the President, Dr X")."""
        return [word for noun in nouns_of(head) if self.type_at(noun) != "person"
                for word in joined_to(noun) if self.type_at(word) == "person"]

    def type_at(self, token: Token) -> str:
        """The type of the mention a token is part of ("" for none).

        Args:
            token: a token of the article.

        Returns:
            "person", "place", … or "".
        """
        index = self.mention_at.get(token.i)
        return "" if index is None else self.mentions[index].type

    def last_people(self, token: Token, count: int) -> list[int]:
        """The people named last before a token ("the two leaders").

        Args:
            token: where to look back from.
            count: how many different people.

        Returns:
            The last mention of each of the last `count` different people, in text order.
        """
        names: dict[str, int] = {}
        for index, mention in enumerate(self.mentions):
            if mention.type == "person" and mention.start_char < token.idx:
                key = self.actor(index)
                names.pop(key, None)
                names[key] = index
        return list(names.values())[-count:]

    def stranded_subject(self, verb: Token) -> list[int]:
        """The people of a noun phrase the parser hung elsewhere right before a verb that has no
        subject: its subject ("… the PLO chairman, Yasser Arafat, and President Hosni Mubarak of
        Egypt met with King Hussein", conjuncts of an earlier "Jordan"), but the source its list
        starts with ("According to Dino, Yudhoyono and Najib met") or the object of the clause
        before it hangs on ("A spoke to B and C talked to D": C alone).

        Args:
            verb: a verb with no subject in the parse.

        Returns:
            Mention indexes of people, with the noun's conjuncts, in text order; [] when the words
            before the verb are no such phrase (`stranded_noun`, `noun_before_participle`).
        """
        if (noun := stranded_noun(verb) or noun_before_participle(verb)) is None:
            return []
        first = noun.conjuncts[0] if noun.dep_ == "conj" else noun
        source = self.mention_at.get(first.i) if first.head.head.lower_ == "according" else None
        start = noun.left_edge.idx if first.i < noun.i and first.dep_ in ("dobj", "pobj") \
            and verb.head.i in (first.head.i, first.head.head.i) else 0
        return sorted(i for i in self.head_mentions(noun) if self.mentions[i].type == "person"
                      and i != source and self.mentions[i].start_char >= start)

    def possessor_of_role(self, heads: list[Token]) -> list[int]:
        """The person the possessive of a role phrase stands for ("talks with his Chinese
        counterpart": who "his" is); not of a subject ("his foreign minister will brief X" is
        someone else).

        Args:
            heads: the heads of a trigger's party phrases.

        Returns:
            [mention index], or [].
        """
        for head in heads:
            if head.lemma_.lower() in LEXICON.role_heads \
                    and head.dep_ not in ("nsubj", "nsubjpass"):
                for child in head.children:
                    if child.dep_ == "poss" and child.lower_ in LEXICON.person_pronouns:
                        return [i] if (i := self.antecedent(child)) is not None else []
        return []

    def antecedent(self, pronoun: Token) -> int | None:
        """The person a personal pronoun stands for: the subject named after a possessive in a
        phrase fronted before it ("After his talks with X, Y said") or the person asked ("asked X
        about his talks": X), else the last person named before it as a clause's subject (or
        the main person that one speaks of: `quotes.topic_reported`), else the last one named;
        for a time clause's subject or a possessive after its sentence's one person, that one."""
        ahead = self.mention_at.get(subject.i) if (subject := subject_ahead(pronoun)) \
            else self.mention_at.get(asked.i) if (asked := quotes.person_asked(pronoun)) else None
        if ahead is not None and self.mentions[ahead].type == "person":
            return ahead  # "After his meeting with X, Y said": Y; "asked X about his talks": X
        before = [i for i, m in enumerate(self.mentions)
                  if m.type == "person" and m.end_char <= pronoun.idx]
        in_sentence = {self.actor(i) for i in before
                       if self.mentions[i].start_char >= pronoun.sent.start_char}
        if in_sentence and (is_time_clause_subject(pronoun)
                            or pronoun.dep_ == "poss" and len(in_sentence) == 1):
            return before[-1]
        last = ([i for i in before if self._is_subject(i)] or before or [None])[-1]
        reported = quotes.topic_reported(self, last, pronoun) if last is not None else None
        return last if reported is None else reported

    def span(self, index: int) -> Span | None:
        """The tokens of a mention (None where its characters cross tokens oddly).

        Args:
            index: the mention's index.

        Returns:
            The span, or None.
        """
        mention = self.mentions[index]
        return self.doc.char_span(mention.start_char, mention.end_char, alignment_mode="expand")

    def _is_subject(self, index: int) -> bool:
        return (span := self.span(index)) is not None and span.root.dep_ in ("nsubj", "nsubjpass")

    def speaker(self, pronoun: Token) -> int | None:
        """The person who says the sentence a first-person pronoun is quoted in ("'We agreed to
        hold a meeting,' Zelenskyy said"): the subject of its verb of speech; in a quote opened
        sentences before, the person who speaks where it opens ("According to Gujral, '…"), or
        where it closes ("“I met X. …,” Sandu wrote"); outside quotes, a transcript's speaker
        (`transcript_speaker`)."""
        opening = quotes.opening_sentence(pronoun, self.text)
        found = quotes.speaker_in(self, pronoun.sent, outside_quotes=False)
        if found is None and opening is not None:
            found = quotes.speaker_in(self, opening, outside_quotes=True)
        if found is None and (after := quotes.after_closing_mark(pronoun, self.text)) is not None:
            found = quotes.speaker_in(self, after, outside_quotes=False)
        if found is None and opening is None and not quotes.in_quote(pronoun):
            found = quotes.transcript_speaker(pronoun, self.mentions, self.text)
        return found

    def _person_in_apposition(self, head: Token) -> int | None:
        """A person named in apposition to `head`, or inside a title phrase in apposition
        ("Vilnius – President of the Republic of Lithuania Valdas Adamkus had"), if any."""
        for apposition in (c for c in head.children if c.dep_ == "appos"):
            index = self.mention_at[apposition.i] if apposition.i in self.mention_at \
                else self._name_inside(apposition)
            if index is not None and self.mentions[index].type == "person":
                return index
        return None

    def _name_inside(self, head: Token) -> int | None:
        """The actor a phrase names inside it: "his last ally Russian President Vladimir Putin",
        "the President of Belarus Alexander Lukashenko" (the person); not the possessor of a
        relative or an office ("Ramos' sister", "Putin's envoy")."""
        phrase = without_owner(head)
        named = [i for i in self.mentions_in(phrase) if self.mentions[i].type != "place"]
        # "the Chairperson of the Commission, Mr X", "a delegation led by X": the person a
        # title's or a party's phrase names; not a conjunct's ("the PLO chairman, Yasser
        # Arafat, and President Mubarak": Arafat), nor one a thing or an occasion names ("a
        # letter from X", "a luncheon with X" beside "a meeting with Y")
        people = [i for i in named if self.mentions[i].type == "person"]
        if not people and head.lemma_.lower() in (*LEXICON.role_heads, *LEXICON.party_nouns):
            people = [i for i in self.mentions_in(title_phrase(head))
                      if self.mentions[i].type == "person"]
        if not people and head.lemma_.lower() in LEXICON.role_heads:
            named = self._named_in_apposition(head) or self._named_right_after(head)
        inner = people or named
        return inner[-1] if inner else None

    def _named_right_after(self, title: Token) -> list[int]:
        """The people named in brackets, after a comma or after an aside in brackets right after
        a title's phrase, however the parser hung them ("rang the Minister for Trade (Mr
        Marshall)", "the Secretary of State, Mr Rogers", "Chairman of the Hural (parliament)
        Jamsrangyn Byambadorj"); not a list's next, nor a subject ("…, X wrote")."""
        after = title.right_edge.i + 1
        mark = self.doc[after].text if after < len(self.doc) else ""
        if mark not in ("(", ",", ")"):
            return []
        inside = itertools.takewhile(lambda t: t.text != ")", self.doc[after + 1:after + 6]) \
            if mark == "(" else self.doc[after + 1:after + 3]
        people = [i for i in self.mentions_in(inside) if self.mentions[i].type == "person"]
        return people if mark == "(" else [
            i for i in people[:1] if (span := self.span(i)) is not None and span.start_char
            > title.idx and span.root.dep_ not in ("conj", "nsubj", "nsubjpass")]

    def _named_in_apposition(self, title: Token) -> list[int]:
        """The actors named in apposition to a title ("the Chairperson of the Commission,
        Moussa Faki Mahamat", whatever NER made of the name); not an organisation the title
        belongs to ("the NRC chairman" is a person named by role)."""
        return [i for c in title.children if c.dep_ == "appos"
                for i in self.mentions_in(c.subtree) if self.mentions[i].type != "place"]

