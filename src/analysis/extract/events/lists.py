"""People met in a list of titled names that the parser broke up ("met Nepal Prime Minister A
'B', Mauritius Prime Minister C, his Bhutanese counterpart D and Vice-President of Seychelles E":
the small model hangs such items as loose dependents, appositions or objects of "of"), read along
the words instead of the tree; or in a list of lines under a sentence that ends in a colon."""

from __future__ import annotations

from spacy.tokens import Span, Token

from analysis.extract.actors.lexicon import TITLE_WORDS, title_word
from analysis.extract.events.arguments import phrasal_lemmas
from analysis.extract.events.bystanders import RELATIVE_NOUNS
from analysis.extract.events.clauses import LEXICON
from analysis.extract.events.phrases import PhraseReader

# Words a list of titled names holds between and inside its items besides names and titles.
LIST_WORDS = frozenset({",", "and", "of", "the", "his", "her", "their", "its", "'", "’", "‘",
                        '"', "“", "”", "-", "–"})
# Parts of speech of the titles of such items ("Prime Minister", "Bhutanese counterpart").
TITLE_POS = frozenset({"PROPN", "ADJ", "NOUN"})
# Pronouns that may open such a list for the subject above them: "X said a meeting brought
# together himself, Y and Z" (X).
REFLEXIVES = frozenset({"himself", "herself", "themselves"})
# Auxiliaries of a meeting only thought of ("a meeting in Moscow that would include X").
CONDITIONAL_AUXILIARIES = frozenset({"would", "could", "might", "may", "should"})
# What may open a line of a list before its item: spaces and bullets.
LIST_MARKS = " \t•·▪◦*-–—"


def people_listed_after(reader: PhraseReader, verb: Token) -> list[int]:
    """The people of a list of titled names right after a verb, or its "with" where no object
    comes first ("met in March with A, as well as B and C"), read along the words up to the
    first that cannot be part of it: a verb, a preposition but "of" (and a title's "for": "the
    Minister for Defence, Mr Beazley"), an adverb, a companion noun ("wife"), a comma before the
    first person or title; a possessor ("B's") and the subject of a verb after the list ("called
    A and B said") are no items.

    Args:
        reader: the article's phrase reader.
        verb: the verb met with the people.

    Returns:
        Mention indexes of the people listed, in order.
    """
    found: list[int] = []
    opened = False  # by an item that is no mention ("brought together himself, X and Y") or
    for token in verb.doc[_list_start(verb):verb.sent.end]:  # a title ("the Premier, Mr X")
        index = reader.mention_at.get(token.i)
        opened = opened or title_word(token) in TITLE_WORDS
        if not found and token.lower_ in REFLEXIVES:
            found += _subject_above(reader, token)
            opened = True
            continue
        if token.tag_ == "POS":
            found = found[:-1]  # "A and B's minister C": B is C's, no item
            break
        if index is None and not _list_word(token) \
                or not (found or opened) and token.lower_ in (",", "and"):  # "met reporters, X"
            if token.pos_ in ("VERB", "AUX") and found \
                    and reader.mention_at.get(token.i - 1) == found[-1]:
                found = found[:-1]  # "called A and B said": B says, in a clause of their own
            break
        if index is not None and reader.mentions[index].type == "person" and index not in found:
            found.append(index)
    return found


def _subject_above(reader: PhraseReader, token: Token) -> list[int]:
    """The person a reflexive pronoun stands for: the subject of the nearest verb above it that
    has a person for subject ("Bavadra said … a meeting that brought together himself": Bavadra).
    """
    for above in token.ancestors:
        for child in above.children:
            index = reader.mention_at.get(child.i)
            if child.dep_ == "nsubj" and index is not None \
                    and reader.mentions[index].type == "person":
                return [index]
    return []


def _list_start(verb: Token) -> int:
    """Where the list after a verb starts: after its "with" but where an object comes first
    ("met A with B": the list is A's), after its particle ("brought together A and B")."""
    start = next((c.i for c in verb.rights if c.lower_ == "with"), verb.i)
    if any(c.dep_ == "dobj" and c.i < start for c in verb.children):
        start = verb.i
    while start + 1 < len(verb.doc) and verb.doc[start + 1].head.i == verb.i \
            and verb.doc[start + 1].dep_ in ("prt", "advmod"):
        start += 1
    return start + 1


def _list_word(token: Token) -> bool:
    """Whether a word that names no one may be part of a list of titled names: a word between
    items, a title's word or the "for" of a title ("the Minister for Foreign Affairs, Mr X");
    not a companion noun ("wife")."""
    if token.lower_ in LIST_WORDS or _as_well_as(token):
        return True
    if token.lower_ == "for":
        return token.i > 0 and title_word(token.doc[token.i - 1]) in TITLE_WORDS
    return token.pos_ in TITLE_POS and token.lemma_.lower() not in RELATIVE_NOUNS


def _as_well_as(token: Token) -> bool:
    """Whether a word is part of "as well as"."""
    words = " ".join(t.lower_ for t in token.doc[max(token.i - 2, 0):token.i + 3])
    return token.lower_ in ("as", "well") and "as well as" in words


def others_listed_after(reader: PhraseReader, trigger: Token, named: list[int]) -> list[int]:
    """The people a trigger verb is followed by in a list of two or more titled names ("met A
    'B', C, his D counterpart E and F") that the parse did not give it; none for a participle
    that describes someone ("talks with visiting X and Y").

    Args:
        reader: the article's phrase reader.
        trigger: the trigger.
        named: mention indexes of the participants the parse gave it.

    Returns:
        Mention indexes of the others listed.
    """
    if trigger.pos_ != "VERB" or trigger.dep_ == "amod":
        return []
    listed = people_listed_after(reader, trigger)
    actors = {reader.actor(i) for i in named}
    return [i for i in listed if reader.actor(i) not in actors] if len(listed) > 1 else []


def members_included(reader: PhraseReader, noun: Token) -> list[int]:
    """The people listed after a verb of inclusion a trigger noun is the subject of, or that
    opens its relative clause: the people of its meeting ("The meeting with the president
    included Senate Majority leader Bob Dole, House Speaker Newt Gingrich, …", a list the parser
    breaks up; "a meeting that brought together X, Y and Z"; not "a meeting that would include
    X", one only thought of).

    Args:
        reader: the article's phrase reader.
        noun: a trigger noun.

    Returns:
        Mention indexes of the people listed; [] for any other noun.
    """
    verbs = [noun.head] if noun.dep_ == "nsubj" else []
    verbs += [c for c in noun.children if c.dep_ == "relcl" and any(
        s.dep_ == "nsubj" and s.lower_ in ("that", "which") for s in c.children)
        and not any(a.dep_ == "aux" and a.lower_ in CONDITIONAL_AUXILIARIES for a in c.children)]
    return next((people_listed_after(reader, verb) for verb in verbs if _includes(verb)), [])


def _includes(verb: Token) -> bool:
    """Whether a verb is one of inclusion, alone or with its particle ("brought together")."""
    return not LEXICON.inclusion_verbs.isdisjoint([verb.lemma_.lower(), *phrasal_lemmas(verb)])


def met_in_list_below(reader: PhraseReader, trigger: Token, targets: list[int]) -> bool:
    """Whether a trigger's people met are those of the list below its sentence
    (`people_listed_below`), each met apart.

    Args:
        reader: the article's phrase reader.
        trigger: the trigger.
        targets: mention indexes of its people met.

    Returns:
        True when there are some, all listed below.
    """
    return bool(targets) and set(targets) <= set(people_listed_below(reader, trigger))


def people_listed_below(reader: PhraseReader, trigger: Token) -> list[int]:
    """The people of the lines under a trigger's sentence that ends in a colon ("He met with:" /
    "• Wilbur Ross, Secretary of Commerce;" / "• Sonny Perdue, …"): the person each line opens
    with, its bullet or indent aside; the list ends at the first line that has neither a bullet
    nor an indent nor a person first.

    Args:
        reader: the article's phrase reader.
        trigger: the trigger.

    Returns:
        Mention indexes of the people listed, one per line.
    """
    if not _ends_in_colon(trigger.sent):
        return []
    text, people = reader.text, []
    start = text.find("\n", trigger.sent.start_char + len(trigger.sent.text.rstrip())) + 1
    while 0 < start < len(text):
        end = text.find("\n", start)
        end = len(text) if end < 0 else end
        first = start + len(text[start:end]) - len(text[start:end].lstrip(LIST_MARKS))
        index = _person_at(reader, first) if first < end else None
        if index is None and first == start:
            break
        if index is not None:
            people.append(index)
        start = end + 1
    return people


def _ends_in_colon(sent: Span) -> bool:
    """Whether a sentence's last word, spaces aside, is a colon."""
    return next((t.text == ":" for t in reversed(sent) if not t.is_space), False)


def _person_at(reader: PhraseReader, char: int) -> int | None:
    """The index of the person mention whose token holds a character, if any."""
    span = reader.doc.char_span(char, char + 1, alignment_mode="expand")
    index = reader.mention_at.get(span[0].i) if span is not None else None
    return index if index is not None and reader.mentions[index].type == "person" else None
