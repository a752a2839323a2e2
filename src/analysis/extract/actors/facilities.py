"""Names of things named after a person or a body ("Nelson Mandela Avenue", "Heydar Aliyev
International Airport"): no actor's."""

from __future__ import annotations

from spacy.tokens import Span

from analysis.extract.actors.lexicon import LEXICON

# Honorifics of a man or a woman: a name after one is a person's, whatever noun it ends in.
PERSONAL_HONORIFICS = frozenset((*LEXICON.mens_honorifics, *LEXICON.womens_honorifics))


def names_a_facility(ent: Span) -> bool:
    """Whether a person's or organisation's name is a thing's: it ends in a facility noun
    ("Nelson Mandela Avenue") or compounds the one after it ("Jose Marti international
    airport", "the Miraflores presidential palace").

    Args:
        ent: a spaCy entity.

    Returns:
        True for a thing's name.
    """
    if ent.label_ not in ("PERSON", "ORG") or _after_honorific(ent):
        return False  # "Mr. Street", "Mrs Square": a person's surname
    nouns = LEXICON.facility_nouns
    return ent[-1].lemma_.lower() in nouns or compounds(ent, nouns)


def _after_honorific(ent: Span) -> bool:
    """Whether a name opens with, or follows, a man's or a woman's honorific ("Mr.", "Mrs")."""
    first = ent.doc[ent.start - 1] if ent.start else ent[0]
    return any(t.lower_.rstrip(".") in PERSONAL_HONORIFICS for t in (first, ent[0]))


def compounds(span: Span, nouns: list[str]) -> bool:
    """Whether a span compounds a noun after it, one of `nouns` ("Umno politicians", "Heydar
    Aliyev International Airport").

    Args:
        span: a name's tokens.
        nouns: the nouns.

    Returns:
        True when the span's root is a compound of one of them.
    """
    return span.root.dep_ in ("compound", "nmod") and span.root.head.i >= span.end \
        and span.root.head.lemma_.lower() in nouns
