"""The words the pipeline keeps whole: each form of the trigger lexicon's `hyphenated_verbs`
("co-chaired", lemma "co-chair"), which the tokenizer would split at the hyphen ("The meeting
was co-chaired by A and B" then has no verb the parser can read)."""

from __future__ import annotations

from spacy.language import Language
from spacy.symbols import ORTH

# The key of the pipeline's meta that lists the verbs kept whole: the parsed-document cache
# keys its entries by it, so that a change to the list parses texts again.
META_KEY = "analysis_hyphenated_verbs"


def keep_hyphenated_verbs(nlp: Language) -> None:
    """Make each form of the hyphenated verbs one token with the verb as its lemma, as written,
    capitalised or in capitals, and list the verbs in the pipeline's meta.

    Args:
        nlp: a loaded pipeline, changed in place.
    """
    from analysis.extract.events.lexicon import load_lexicon  # here: events import the parser

    verbs = load_lexicon().hyphenated_verbs
    for lemma in verbs:
        for form in (lemma, f"{lemma}s", f"{lemma}ed", f"{lemma}ing"):
            for written in (form, form.capitalize(), form.upper()):
                nlp.tokenizer.add_special_case(written, [{ORTH: written}])
            if "attribute_ruler" in nlp.pipe_names:
                nlp.get_pipe("attribute_ruler").add([[{"LOWER": form}]], {"LEMMA": lemma})
    nlp.meta[META_KEY] = list(verbs)


def kept_whole(nlp: Language) -> str:
    """The hyphenated verbs a pipeline keeps whole, as one string ("" for none).

    Args:
        nlp: a loaded pipeline.

    Returns:
        The verbs, comma-separated.
    """
    return ",".join(nlp.meta.get(META_KEY, []))
