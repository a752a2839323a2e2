"""Whether a trigger's event is planned: a word of planning, a future auxiliary or a headline
infinitive governs it, or the verb it is joined to.

Tokens are compared by index, never by identity (spaCy makes a new `Token` on every access)."""

from __future__ import annotations

from spacy.tokens import Token

from analysis.extract.events.arguments import is_infinitive, phrasal_lemmas
from analysis.extract.events.clauses import LEXICON, coordinated_verb, governing_chain

# "'d" is "would" before a bare verb ("they'd meet"), else "had" ("they'd met").
CONTRACTED_HAD_OR_WOULD = ("'d", "’d")


def marks_plan(item: Token, by_word: bool = True) -> bool:
    """Whether a word says its event is intended: "agreed" (unless `by_word` is False: the word
    itself does not count), "will", "the planned visit", "are to meet" (a form of "be" with an
    infinitive of it)."""
    plan = LEXICON.plan_words
    if by_word and (item.lemma_.lower() in plan or item.lower_ in plan):
        return True
    if not LEXICON.plan_phrasal_verbs.isdisjoint(phrasal_lemmas(item)):  # "looks forward to"
        return True
    if item.lemma_ == "be" and any(c.dep_ == "xcomp" and any(
            a.dep_ == "aux" and a.lower_ == "to" for a in c.children) for c in item.children):
        return True
    return any(c.dep_ == "aux" and c.lower_ in LEXICON.future_auxiliaries
               and not (c.lower_ in CONTRACTED_HAD_OR_WOULD and item.tag_ != "VB")
               or c.dep_ in ("amod", "compound") and c.lower_ in plan for c in item.children)


def is_planned(token: Token, journey: Token | None = None, *, partner: bool = False) -> bool:
    """Whether a trigger's event is intended, not done: a planning word, a future auxiliary or a
    headline infinitive ("Mishustin to visit Belarus") governs it, or the journey it is joined
    to ("is to arrive on Sunday and hold talks"), or the verb it is coordinated with ("will
    praise X and meet Y"; not by that verb's own word: "offered aid and began the summit"; nor
    by a verb of telling's own, "urged him by phone to send …" is a call held, or of a stand
    taken together: "agreed to cooperate" is a meeting held).

    Args:
        token: the trigger.
        journey: the journey verb the trigger is joined to, if any.
        partner: whether `token` is the verb a trigger is coordinated with.

    Returns:
        True for a planned event.
    """
    chain = governing_chain(token)
    partners = [verb for item in chain if (verb := coordinated_verb(item)) is not None]
    framed = _framed_from(chain)
    own_word = not partner and token.lemma_.lower() not in LEXICON.message_verbs \
        and token.lemma_.lower() not in LEXICON.joint_verbs
    if any(marks_plan(item, by_word=(own_word or item.i != token.i) and k < framed)
           for k, item in enumerate(chain)) \
            or journey is not None and is_planned(journey) \
            or any(is_planned(other, partner=True) for other in partners):
        return True
    # "Mishustin to visit Belarus"; "Kagame, Kabila to meet", hung on the names
    return token.tag_ == "VB" and (token.dep_ == "ROOT" or token.head.pos_ == "PROPN"
                                   and token.dep_ in ("relcl", "acl")) \
        and is_infinitive(token)


def _framed_from(chain: list[Token]) -> int:
    """The position in a governing chain from which the words govern the trigger only as the
    time their clause is set in ("During Thursday's chat, X asked after Y's health": the chat is
    not what was asked for), or as where a verb with a complement of its own was said ("agreed
    at their summit to speed up talks": what was agreed is the complement); len(chain) when none
    do. Their auxiliaries still count ("During the talks, X will ask …"); not where the
    trigger is an infinitive the parser hung on the preposition's object ("agreed during a
    call to meet soon": what was agreed)."""
    infinitive = chain[0].dep_ == "acl" and is_infinitive(chain[0])
    return next((k for k, item in enumerate(chain) if item.dep_ == "prep" and (
        item.lower_ in LEXICON.time_frame_prepositions and not (infinitive and k == 2)
        or k + 1 < len(chain)
        and any(c.dep_ in ("xcomp", "ccomp") for c in chain[k + 1].children))), len(chain))
