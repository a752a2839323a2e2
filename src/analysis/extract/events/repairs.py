"""Parses set right before the rules read them: relations the small model gets wrong in a way a
rule can tell."""

from __future__ import annotations

from spacy.tokens import Doc

from analysis.extract.events.lexicon import load_lexicon

LEXICON = load_lexicon()


def repair_parse(doc: Doc) -> Doc:
    """Relabel the person a verb of calling takes that the parser made the name given ("the Prime
    Minister called Prime Minister Erna Solberg": "Solberg" as `oprd`, as in "called him a
    liar"): with no direct object beside it, a person's name is the one called (`dobj`).

    Args:
        doc: a parsed article.

    Returns:
        The same document, repaired in place.
    """
    for token in doc:
        if token.dep_ == "oprd" and token.ent_type_ == "PERSON" \
                and token.head.lemma_.lower() == LEXICON.call_lemma \
                and not any(c.dep_ == "dobj" for c in token.head.children):
            token.dep_ = "dobj"
    return doc
