"""Parses set right before the rules read them: relations the small model gets wrong in a way a
rule can tell."""

from __future__ import annotations

import numpy
from spacy.symbols import npadvmod, oprd
from spacy.tokens import Doc, Token

from analysis.extract.events.lexicon import load_lexicon

LEXICON = load_lexicon()
# The relations that make a word the subject of its verb.
SUBJECTS = ("nsubj", "nsubjpass", "csubj", "expl")


def repair_parse(doc: Doc) -> Doc:
    """Relabel what the parser gets wrong in a way a rule can tell:

    - the person a verb of calling takes that the parser made the name given ("the Prime
      Minister called Prime Minister Erna Solberg": "Solberg" as `oprd`, as in "called him a
      liar"): with no direct object beside it, a person's name is the one called (`dobj`);
    - a name that opens its sentence and a comma sets off from its verb ("Allon, on the second
      day of his visit, met with …": "Allon" as `npadvmod`): with no other subject, the
      subject (`nsubj`).

    Args:
        doc: a parsed article.

    Returns:
        The same document, repaired in place.
    """
    deps = doc.to_array("DEP")  # only the tokens of the two relations: most words are neither
    for index in numpy.flatnonzero((deps == oprd) | (deps == npadvmod)):
        token = doc[int(index)]
        if token.dep == oprd and token.ent_type_ == "PERSON" \
                and token.head.lemma_.lower() == LEXICON.call_lemma \
                and not any(c.dep_ == "dobj" for c in token.head.children):
            token.dep_ = "dobj"
        elif token.dep == npadvmod and _is_name_set_off_before_its_verb(token):
            token.dep_ = "nsubj"
    return doc


def _is_name_set_off_before_its_verb(token: Token) -> bool:
    """Whether a capitalised `npadvmod` (as `token` is) that opens its sentence, its compounds
    aside, and a comma follows, hangs on a verb with no subject."""
    if not token.text[:1].isupper() \
            or token.ent_type_ in ("DATE", "TIME") or token.i + 1 == len(token.doc):
        return False
    return token.nbor(1).text == "," and token.head.pos_ == "VERB" \
        and all(t.dep_ == "compound" for t in token.doc[token.sent.start:token.i]) \
        and not any(c.dep_ in SUBJECTS for c in token.head.children)
