"""Whether a trigger's event took place as the text tells it: denied ("did not meet", "no
intention of meeting"), a past that did not happen ("would have met"), only possible ("might
talk") or only wished ("willing to meet").

Tokens are compared by index, never by identity (spaCy makes a new `Token` on every access)."""

from __future__ import annotations

from spacy.tokens import Token

from analysis.extract.events.clauses import LEXICON, is_definite, noun_completed

# Verbs whose negation or modal is their subject event's ("the meeting did not take place").
OCCURRENCE_OR_DENIAL = LEXICON.occurrence_verbs | LEXICON.denial_words


def own_clause_chain(token: Token) -> list[Token]:
    """The trigger and the words whose clause it shares: its support verb ("hold talks"), the
    verb of a gerund object ("ruled out meeting X"), the verb or noun it is the purpose of
    ("turned up for a meeting", "no plans for a meeting"), the verbs it is an open complement
    of ("refused to meet", "agreed to meet"), a noun it completes ("no plans to meet", "no
    intention of meeting") and a verb of taking part in it ("did not take part in the talks");
    not a reporting verb ("did not say when they met"), nor a verb the noun is the subject of
    that tells no more than what it did ("the meeting did not produce a breakthrough")."""
    chain = [token]
    telling = token.dep_ != "nsubj" or token.head.lemma_.lower() in OCCURRENCE_OR_DENIAL
    gerund = token.tag_ == "VBG" and token.dep_ == "dobj"  # "ruled out meeting X"
    if (token.pos_ in ("NOUN", "PROPN") or gerund) \
            and token.dep_ in ("dobj", "nsubjpass", "nsubj", "attr") \
            and token.head.pos_ in ("VERB", "AUX") and telling:
        chain.append(token.head)
    elif token.pos_ in ("NOUN", "PROPN") and token.dep_ == "pobj" and token.head.lower_ == "for" \
            and token.head.head.pos_ in ("VERB", "AUX", "NOUN"):
        chain.append(token.head.head)  # "did not show up for a meeting", "no plans for a meeting"
    elif token.pos_ in ("NOUN", "PROPN") and token.dep_ == "pobj" and token.head.lower_ == "in" \
            and _takes_part(token.head.head):
        chain.append(token.head.head)  # "did not take part in the talks"
    elif gerund_of := noun_completed(token):
        chain += gerund_of  # "has no intention of meeting"
    for _ in range(3):
        current = chain[-1]
        if current.dep_ not in ("xcomp", "acl") or current.head.i == current.i:
            break
        chain.append(current.head)
    return chain


def _takes_part(verb: Token) -> bool:
    """Whether a verb says its subject takes part in what its "in" names ("participate", "take
    part")."""
    objects = [c.lemma_.lower() for c in verb.children if c.dep_ == "dobj"]
    return verb.lemma_.lower() in LEXICON.participation_verbs or any(
        f"{verb.lemma_.lower()} {noun}" in LEXICON.participation_verbs for noun in objects)


def is_denied(token: Token) -> bool:
    """Whether the text says the event did not take place: "did not meet", "refused to meet",
    "the meeting was cancelled", "called off the talks", "no plans to meet", "never met", "would
    have met"; or, for a meeting its sentence brings in ("after India announced a meeting between
    X and Y"), that the sentence calls off "the meeting" later."""
    if _called_off(token):
        return True
    for word in own_clause_chain(token):
        if word.i != token.i and _denies(word):
            return True
        if any(c.dep_ in ("neg", "det") and c.lower_ in LEXICON.negations
               for c in word.children) or _is_counterfactual(word):
            return True
    return False


def _called_off(token: Token) -> bool:
    """"Called off the meeting" where the parser took "off" for a preposition; a meeting the
    sentence brings in and then calls off as "the meeting" or "it" ("consideration had been
    given to a meeting between X and Y, but it was ruled out")."""
    if token.dep_ == "pobj" and token.head.lower_ == "off" \
            and f"{token.head.head.lemma_.lower()} off" in LEXICON.denial_phrasal_verbs:
        return True
    return token.pos_ == "NOUN" and not is_definite(token) and any(
        other.lemma_ == token.lemma_ and is_definite(other) and is_denied(other)
        or other.lower_ == "it" and other.dep_ in ("nsubj", "nsubjpass") and _denies(other.head)
        for other in token.doc[token.i + 1:token.sent.end])


def _denies(word: Token) -> bool:
    """Whether a word says an event did not take place: a denial word ("refused", "cancelled",
    "ruled out") or phrasal verb ("called off")."""
    return word.lemma_.lower() in LEXICON.denial_words \
        or f"{word.lemma_.lower()} off" in LEXICON.denial_phrasal_verbs \
        and any(c.dep_ == "prt" and c.lower_ == "off" for c in word.children)


def _is_counterfactual(verb: Token) -> bool:
    """"Would have met", "could have taken place": a past that did not happen."""
    auxiliaries = {c.lower_ for c in verb.children if c.dep_ == "aux"}
    return verb.tag_ == "VBN" and "have" in auxiliaries \
        and bool(auxiliaries & LEXICON.counterfactual_modals)


def is_hypothetical(token: Token) -> bool:
    """Whether the event is only possible: "might talk", "could meet", "if they meet",
    "whether there would be a meeting", "to telephone him if difficulties recurred"; or only
    wished, offered or asked for: "willing to meet", "a request for a meeting"."""
    if _is_wished(token):
        return True
    for word in own_clause_chain(token):
        if any(c.dep_ == "aux" and c.lower_ in LEXICON.hypothetical_auxiliaries
               or c.dep_ == "mark" and c.lower_ in LEXICON.condition_marks
               or c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in ("if", "unless")
                                            for m in c.children)
               for c in word.children):
            return True
    return False


def _is_wished(token: Token) -> bool:
    """Whether a wish word governs a trigger: "willing to meet" (an open complement), "open to
    talks", "a request for a meeting" (the object of to, for or of after it); or a request verb
    governs its clause: "asking that he meet X"."""
    if token.dep_ == "ccomp" and token.head.lemma_.lower() in LEXICON.request_verbs:
        return True
    if token.dep_ == "xcomp":
        wish = token.head
    elif token.dep_ in ("pobj", "pcomp") and token.head.lower_ in ("to", "for", "of"):
        wish = token.head.head
    else:
        return False
    return wish.lemma_.lower() in LEXICON.wish_words
