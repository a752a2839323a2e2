"""How a talk took place: by phone or video where its clause, or the call it is told in, says
so ("spoke by phone", "held talks via video link", "During a video conference, X and Y met").

Tokens are compared by index, never by identity (spaCy makes a new `Token` on every access).
"""

from __future__ import annotations

from spacy.tokens import Token

from analysis.extract.events.arguments import is_infinitive
from analysis.extract.events.clauses import LEXICON, governing_chain, is_visit_call
from analysis.extract.events.lexicon import Trigger


def talk_channel(token: Token, trigger: Trigger | None) -> str | None:
    """How a verb of talking or a meeting took place: as its clause says, or for a meeting as
    the call it is told in; a verb of talking alone is no call for the call it is told in
    ("Speaking to reporters during a conference call, X said").

    Args:
        token: a verb of talking or a trigger.
        trigger: the trigger it is, if any (None for a verb of talking alone).

    Returns:
        `phone`, `video`, or None.
    """
    return clause_channel(token) or (framing_channel(token) if trigger else None) \
        or ("phone" if _after_a_clause_on_the_line(token) else None)


def _after_a_clause_on_the_line(verb: Token) -> bool:
    """Whether a verb of talking is joined to a clause that puts someone on the phone or on the
    line ("Obama was on the line, and the two men spoke for 15 minutes")."""
    if verb.dep_ != "conj" or verb.head.i > verb.i:
        return False
    return any(prep.dep_ == "prep" and prep.lower_ == "on" and obj.dep_ == "pobj"
               and obj.lower_ in LEXICON.channel_words["phone"] | {"line"}
               for prep in verb.head.children for obj in prep.children)


def clause_channel(token: Token) -> str | None:
    """`phone` or `video` when the trigger's clause says how they talked, else None.

    A trigger noun after a support verb ("held talks via video link") reads the verb's clause;
    what a verb of it discusses does not count ("called up X and discussed a summit through a
    video-conference" is a phone call).
    """
    scope = token.head if token.pos_ in ("NOUN", "PROPN") \
        and token.head.lemma_.lower() in LEXICON.support_verbs else token
    return channel_of_words(_clause_words(scope))


def _clause_words(head: Token) -> set[str]:
    """The words of a clause head's subtree but the topics of its verbs of `counterpart_verbs`
    and what its infinitives plan ("agreed to set up a hotline", "agreed to hold a video
    conference": no call), lower case."""
    words, stack = set(), [head]
    while stack:
        token = stack.pop()
        words.add(token.lower_)
        skipped = {t.i for t in topics(token)} \
            if token.lemma_.lower() in LEXICON.counterpart_verbs else set()
        stack.extend(c for c in token.children if c.i not in skipped
                     and not (c.dep_ == "xcomp" and is_infinitive(c)))
    return words


def framing_channel(token: Token) -> str | None:
    """The channel of a call a meeting's clause is told in: "In a call on Friday, X said he and
    Y had discussed trade", "During a video conference, X and Y met"; None when there is none,
    or when the call is told above an infinitive ("agreed in a telephone conversation to meet
    soon": the meeting they plan is no call)."""
    for verb in governing_chain(token):
        for prep in verb.children:
            if prep.dep_ != "prep" or prep.lower_ not in ("in", "during"):
                continue
            for obj in prep.children:
                if obj.dep_ != "pobj":
                    continue
                if channel := channel_of_words({t.lower_ for t in obj.subtree}):
                    return channel
                if obj.lemma_.lower() == LEXICON.call_lemma and not is_visit_call(obj):
                    return "phone"
        if verb.dep_ in ("xcomp", "acl") and is_infinitive(verb):
            break
    return None


def channel_of_words(words: set[str]) -> str | None:
    """The channel some words name, a phone word first ("a video and phone call" is a call).

    Args:
        words: lower-case words.

    Returns:
        `phone`, `video`, or None.
    """
    for channel in ("phone", "video"):
        if words & LEXICON.channel_words[channel]:
            return channel
    return None


def channel_phrases(verb: Token) -> list[Token]:
    """The phrases the parser hung on the channel of a verb rather than on the verb ("spoke by
    telephone with X and Y": "with X and Y" under "telephone").

    Args:
        verb: a trigger's verb (or the trigger).

    Returns:
        The prepositions hung on a channel word after one of the verb's prepositions.
    """
    return [c for prep in verb.children if prep.dep_ in ("prep", "agent")
            for noun in prep.children if noun.dep_ == "pobj" and channel_of_words({noun.lower_})
            for c in noun.children if c.dep_ == "prep"]


def topics(word: Token) -> list[Token]:
    """What a word discusses or exchanges.

    Args:
        word: a verb or noun.

    Returns:
        Its object ("discussed trade") or what its "of" gives ("an exchange of views").
    """
    return [o for o in word.children if o.dep_ == "dobj"] + [
        o for p in word.children if p.lower_ == "of" for o in p.children if o.dep_ == "pobj"]
