"""Quotations: whether a word is quoted, and who speaks a quotation that runs over several
sentences or paragraphs ("According to Gujral, \"Nawaz said …\n\n\"My association with Sharif
…\"": the paragraph that opens with a quotation mark goes on with the quote the one before left
open), or a transcript ("The Prime Minister (Mr. Edward Heath)\n\nI should like …").
"""

from __future__ import annotations

import re
from collections import Counter
from typing import TYPE_CHECKING

from spacy.tokens import Doc, Span, Token

from analysis.extract.events.arguments import appositions, stranded_noun
from analysis.extract.events.lexicon import load_lexicon

if TYPE_CHECKING:
    from analysis.extract.actors import Mention
    from analysis.extract.events.phrases import PhraseReader

LEXICON = load_lexicon()
# Quotation marks, straight and curly: a token after an odd number of them is quoted.
QUOTE_MARKS = ("\"", "“", "”")
# The most tokens of a line that names a transcript's speaker ("The Prime Minister (Mr. Edward
# Heath)").
SPEAKER_LINE_TOKENS = 10
# A speaker's label opening a paragraph: at most a capitalised title before the name, a full stop
# or colon after it.
SPEAKER_TITLE = re.compile(r"(?:[A-Z][\w.]*\s+){0,3}")
SPEAKER_LABEL_END = re.compile(r"[.:]\s+\S")
# What one says or writes and "by" or "of" ("Statement by", "Arrival statements by", "Press
# Conference given by", "Transcript of the Prime Minister"), and the titles that may stand
# between it and its author's name ("the Prime Minister, Mr.", "THE HON P J").
AUTHORED_BY = re.compile(r"\b(?i:" + "|".join(sorted(LEXICON.authored_nouns)) + r")(?i:s)?\s+"
                         r"(?:(?i:given|made|delivered|issued|written)\s+)?(?i:by|of)\s+")
AUTHOR_TITLES = re.compile(r"(?:(?:[A-Z][\w.]*|the|then|of)[\s,]+)*")


def in_quote(token: Token) -> bool:
    """Whether `token` stands inside quotation marks opened in its sentence.

    Args:
        token: any token.

    Returns:
        True after an odd number of quotation marks in its sentence.
    """
    sent = token.sent
    before = sent.text[:token.idx - sent.start_char]  # not doc.text, rebuilt at each access
    return _marks(before) % 2 == 1


def spokespeople(token: Token) -> set[int]:
    """The token indexes of a spokesperson who reports the clause a token is in: a subject of a
    speech verb above it that names one by a reporter word ("Aquino's spokesman, Rene Saguisag,
    said that during their conversation …"; not "Peres said he has kept in contact with King
    Hassan since their meeting").

    Args:
        token: a token.

    Returns:
        The indexes of the tokens of those subjects.
    """
    subjects = [child for verb in token.ancestors if verb.lemma_.lower() in LEXICON.speech_verbs
                for child in verb.children if child.dep_ in ("nsubj", "nsubjpass")]
    return {t.i for subject in subjects if speaks_for_someone(subject) for t in subject.subtree}


def speaks_for_someone(head: Token) -> bool:
    """Whether a person's phrase names one who speaks for someone else (`reporter_words`:
    "Press Secretary Y", "Y, a spokeswoman"; not "Anwar, in a special press conference").

    Args:
        head: the phrase's head.

    Returns:
        True when a reporter word is in the phrase, outside its prepositional phrases.
    """
    inside = {t.i for prep in head.subtree if prep.dep_ == "prep" for t in prep.subtree}
    return any(t.lower_ in LEXICON.reporter_words and t.i not in inside for t in head.subtree)


def person_asked(pronoun: Token) -> Token | None:
    """The head of the person a question or plea is put to, for a pronoun in what is asked ("X
    asked the Prime Minister whether he will make a statement on his talks with Y": "Minister").

    Args:
        pronoun: a personal or possessive pronoun.

    Returns:
        The direct object (or the name in apposition to it) of the verb of asking
        (`asking_verbs`) whose complement or "if" clause holds the pronoun, or None; None for a
        pronoun in another adverbial clause or a relative clause there ("asked the King to
        raise it with Bush when he arrives": Bush).
    """
    word = pronoun
    for verb in pronoun.ancestors:
        asked = word.dep_ in ("ccomp", "xcomp") or word.dep_ == "advcl" and any(
            c.dep_ == "mark" and c.lower_ in ("if", "whether") for c in word.children)
        if word.dep_ in ("advcl", "relcl") and not asked:
            return None
        if verb.lemma_.lower() in LEXICON.asking_verbs and asked:
            person = next((c for c in verb.children if c.dep_ == "dobj"), None)
            if person is None:
                return None
            # "asked the Taoiseach, Bertie Ahern, if …": the name in apposition
            return next((c for c in person.children if c.dep_ == "appos"), person)
        word = verb
    return None


def opening_sentence(token: Token, text: str) -> Span | None:
    """The sentence whose quotation mark opens the quote a token stands in, when that quote
    began in an earlier sentence (of its paragraph, or of one before it that the quote goes on
    from).

    Args:
        token: any token.
        text: the document's text (`doc.text`, which spaCy rebuilds on every access).

    Returns:
        The sentence, or None when the token is not quoted or its quote opens in its sentence.
    """
    position = token.idx
    while True:
        start = text.rfind("\n", 0, position) + 1
        opening = _unclosed_mark(text, start, position)
        if opening is None:
            return None
        before = _end_of_paragraph_before(text, start)
        if opening > start or before == 0 or _unclosed_mark(
                text, text.rfind("\n", 0, before) + 1, before) is None:
            mark = token.doc.char_span(opening, opening + 1, alignment_mode="expand")
            if mark is None or mark.sent.start == token.sent.start:
                return None
            return mark.sent
        position = before  # a paragraph opening with a mark goes on with the one before


def after_closing_mark(token: Token, text: str) -> Span | None:
    """The words after the quotation mark that closes the quote a token stands in, when the
    quote closes in a later sentence of its paragraph ("“I had a meeting with X. … ,” Sandu
    wrote."), or in a later paragraph that opens with a quotation mark and so goes on with it:
    where its speaker is named.

    Args:
        token: any token.
        text: the document's text.

    Returns:
        The rest of the closing mark's sentence, or None.
    """
    start = text.rfind("\n", 0, token.idx) + 1
    if _unclosed_mark(text, start, token.idx) is None:
        return None
    close = _closing_mark(text, token.idx)
    mark = None if close is None else token.doc.char_span(close, close + 1,
                                                          alignment_mode="expand")
    if mark is None or mark.sent.start == token.sent.start:
        return None
    return token.doc[mark.end:mark.sent.end]


def transcript_speaker(pronoun: Token, mentions: list[Mention], text: str) -> int | None:
    """The speaker of a transcript a first-person pronoun outside quotes stands in: the last
    person named before it on a line of their own, with no verb ("The Prime Minister (Mr.
    Edward Heath)", "Bertie Ahern (Dublin Central, Fianna Fail)"), or as the label that opens a
    paragraph ("President Reagan. President De la Madrid, distinguished guests: …", "MACRON:
    …"), or as the author of what is said ("Statement by Nelson Mandela on his meeting with …");
    outside a question, the person asked a question before ("Mr. Quinn asked the Taoiseach if he
    will report on his visit to Spain." … "I had a meeting with Prime Minister Aznar").

    Args:
        pronoun: "I", "my", "we" … outside quotation marks.
        mentions: the article's mentions.
        text: the document's text.

    Returns:
        The index of the speaker's mention, or None.
    """
    answer = not pronoun.sent.text.rstrip().endswith("?")
    for index in range(len(mentions) - 1, -1, -1):
        mention = mentions[index]
        if mention.type != "person" or mention.start_char >= pronoun.idx:
            continue
        start, end = text.rfind("\n", 0, mention.start_char) + 1, text.find("\n", mention.end_char)
        end = len(text) if end < 0 else end
        if authored := AUTHORED_BY.search(text, start, end):
            if _authors(mention, mentions, authored, text):
                return index  # on a line that says whose words follow, only its author speaks
        elif _is_speaker_line(pronoun.doc.char_span(start, end, alignment_mode="expand")) \
                or SPEAKER_TITLE.fullmatch(text, start, mention.start_char) \
                and SPEAKER_LABEL_END.match(text, mention.end_char) \
                or answer and _is_asked(pronoun.doc, mention, pronoun.sent.start_char):
            return index
    return None


def _is_speaker_line(line: Span | None) -> bool:
    """Whether a line is short and has no verb, what it says in brackets aside."""
    if line is None:
        return False
    depth, outside = 0, 0
    for token in line:
        depth += (token.text == "(") - (token.text == ")")
        outside += depth == 0 and token.text != ")"
        if outside > SPEAKER_LINE_TOKENS:
            return False
    return not any(t.pos_ in ("VERB", "AUX") for t in line)


def _authors(mention: Mention, mentions: list[Mention], authored: re.Match[str], text: str
             ) -> bool:
    """Whether a person is the first named after the "by" of a phrase of what one says or writes
    (`authored`, found on the mention's line), past titles only."""
    return authored.end() <= mention.start_char \
        and AUTHOR_TITLES.fullmatch(text, authored.end(), mention.start_char) is not None \
        and not any(m.type == "person" and authored.end() <= m.start_char < mention.start_char
                    for m in mentions)


def _is_asked(doc: Doc, mention: Mention, before: int) -> bool:
    """Whether a person named before the character `before` is the one a question is put to
    ("X asked the Taoiseach, Bertie Ahern, if …", "To ask the Taoiseach the extent of …")."""
    span = doc.char_span(mention.start_char, mention.end_char, alignment_mode="expand")
    if span is None or mention.end_char > before:
        return False
    head = span.root
    while head.dep_ == "appos":
        head = head.head
    return head.dep_ in ("dobj", "dative") and head.head.lemma_.lower() == "ask"


def _closing_mark(text: str, position: int) -> int | None:
    """The position of the quotation mark that closes the quote open at `position`: the next
    mark of its paragraph, else of the next paragraph when that one opens with a mark."""
    while True:
        end = text.find("\n", position)
        end = len(text) if end < 0 else end
        close = next((i for i in range(position, end) if text[i] in QUOTE_MARKS), None)
        if close is not None:
            return close
        following = end  # blank lines aside, without copying the rest of the text
        while following < len(text) and text[following] == "\n":
            following += 1
        if following >= len(text) or text[following] not in QUOTE_MARKS:
            return None
        position = following + 1


def _end_of_paragraph_before(text: str, start: int) -> int:
    """Where the text of the paragraph before the one at `start` ends, blank lines aside."""
    end = max(start - 1, 0)
    while end > 0 and text[end - 1] == "\n":
        end -= 1
    return end


def _unclosed_mark(text: str, start: int, end: int) -> int | None:
    """The position of the quotation mark between `start` and `end` left open, if any."""
    positions = [i for i in range(start, end) if text[i] in QUOTE_MARKS]
    return positions[-1] if len(positions) % 2 == 1 else None


def _marks(text: str) -> int:
    return sum(text.count(mark) for mark in QUOTE_MARKS)


def speaker_in(reader: PhraseReader, words: Span, outside_quotes: bool) -> int | None:
    """The person some words say speaks: the subject of a verb of speech or its apposition
    ("the co-chairman, X, said"; for "he" or "she", the person it stands for), or the object of
    "according to".

    Args:
        reader: the article's phrase reader (its mentions, and the mention of each token).
        words: a sentence, or part of one.
        outside_quotes: whether to read only the words outside its quotation marks (and
            "according to", which a quote does not say of itself).

    Returns:
        The speaker's mention index, or None.
    """
    for word in words:
        if outside_quotes and in_quote(word):
            continue
        if word.lemma_.lower() in LEXICON.speech_verbs:
            people = [t for c in word.children if c.dep_ == "nsubj" for t in (c, *appositions(c))]
        elif word.lower_ == "according" and outside_quotes:
            people = [o for to in word.children if to.lower_ == "to"
                      for o in to.children if o.dep_ == "pobj"]
        else:
            continue
        for person in people:
            index = reader.mention_at.get(person.i)
            if index is None and person.lower_ in LEXICON.person_pronouns:
                index = reader.antecedent(person)  # "…,” he said": the person named before
            if index is not None and reader.mentions[index].type == "person":
                return index
    return None


def topic_reported(reader: PhraseReader, speaker: int, pronoun: Token) -> int | None:
    """The article's main person when a speaker, the subject of a verb of speech in a sentence
    before a pronoun's, reports on him ("Bartholomew said Papandreou's arrival is very
    important. Later, he met …"): the one the story follows, not the one who speaks of him.

    Args:
        reader: the article's phrase reader.
        speaker: the speaker's mention index.
        pronoun: the pronoun.

    Returns:
        The main person's mention index in the speaker's reported clause, or None.
    """
    span = reader.span(speaker)
    if span is None or span.sent.start == pronoun.sent.start or span.root.dep_ != "nsubj" \
            or span.root.head.lemma_.lower() not in LEXICON.speech_verbs:
        return None
    (main, _), = Counter(reader.actor(i) for i, m in enumerate(reader.mentions)
                         if m.type == "person").most_common(1)
    if main == reader.actor(speaker):
        return None
    # not one the pronoun's own sentence names ("He was speaking after talks with Khatami")
    if any(reader.actor(i) == main for t in pronoun.sent if (i := reader.mention_at.get(t.i))
           is not None):
        return None
    reported = [t for c in span.root.head.children if c.dep_ == "ccomp" for t in c.subtree]
    return next((i for t in reported if (i := reader.mention_at.get(t.i)) is not None
                 and reader.actor(i) == main), None)


def stranded_speakers(reader: PhraseReader, sentence: Span) -> set[int]:
    """The people who say a sentence whose verbs of speech the parser left without a
    subject, hanging the speaker on the words before ("... met with George Shultz, Mirna
    Tenorio of the Nicaraguan Embassy said": Tenorio, not a conjunct of Shultz); no
    participants of the sentence's triggers.

    Args:
        reader: the article's phrases.
        sentence: a sentence of the article.

    Returns:
        The speakers' mention indexes.
    """
    speakers = set()
    for verb in sentence:
        if verb.pos_ != "VERB" or verb.lemma_.lower() not in LEXICON.speech_verbs or any(
                c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
            continue
        noun = stranded_noun(verb)
        index = reader.mention_at.get(noun.i) if noun is not None else None
        if index is not None and reader.mentions[index].type == "person":
            speakers.add(index)
    return speakers
