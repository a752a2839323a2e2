"""A name right after a person's title: "New Zealand PM Jacinda Ardern", "President of Georgia
Mihail Saakashvili", "Minister of Foreign Affairs Retno Marsudi"."""

from __future__ import annotations

from collections.abc import Collection

from spacy.tokens import Doc, Span

from analysis.extract.actors.lexicon import ORG_WORDS, PORTFOLIO_WORDS, TITLE_WORDS, title_word

# The most words a portfolio runs to ("Minister of Foreign Affairs and International Trade").
MAX_PORTFOLIO_WORDS = 6
# The labels NER gives the parts of a name it did not take for a person's.
NAMED_LABELS = ("GPE", "ORG", "LOC", "NORP", "FAC")


def after_title(doc: Doc, first: int, places: frozenset[int]) -> bool:
    """Whether a name starting at token `first` comes right after a person's title, a title "of"
    or "to" a place ("Ambassador to China") or a title "of" or "for" a portfolio.

    Args:
        doc: the parsed article.
        first: the name's first token.
        places: the characters of the article's place mentions.

    Returns:
        Whether a title comes before the name.
    """
    before = first - 1
    while before >= 0 and (doc[before].ent_type_ == "GPE" or doc[before].idx in places):
        before -= 1
    if before == first - 1:
        before = _portfolio_start(doc, before) - 1
    if before < first - 1:  # "<title> of (the) <place or portfolio>", "<title> to <place>"
        joins = ("of", "for", "to") if doc[before + 1].idx in places \
            or doc[before + 1].ent_type_ == "GPE" else ("of", "for")
        before -= before >= 0 and doc[before].lower_ == "the"  # "Minister of the Interior"
        if before < 0 or doc[before].lower_ not in joins:
            return False
        before -= 1
    return before >= 0 and title_word(doc[before]) in TITLE_WORDS


def _portfolio_start(doc: Doc, last: int) -> int:
    """The first token of a portfolio ending at token `last` ("Foreign Affairs", "Planning and
    Development"), or `last + 1` where no portfolio ends there."""
    if last < 0 or doc[last].lower_ not in PORTFOLIO_WORDS or not doc[last].is_title:
        return last + 1
    start = last
    while start > 0 and last - start < MAX_PORTFOLIO_WORDS and (
            doc[start - 1].is_title or doc[start - 1].lower_ in ("and", "&", ",")):
        start -= 1
    return start


def person_after_portfolio(span: Span) -> Span | None:
    """The person in an entity NER ran from a portfolio after a title "of" or "for" into a name
    ("Minister of the Interior" | "Nikolai Petrov", "Minister for" | "Planning and Development
    Asad Umar"): the two title-cased words or more after the portfolio's last word.

    Args:
        span: an entity that is not a person's.

    Returns:
        The person's span, or None.
    """
    before = span.start - 1 - (span.start > 0 and span.doc[span.start - 1].lower_ == "the")
    if before < 1 or span.doc[before].lower_ not in ("of", "for") \
            or title_word(span.doc[before - 1]) not in TITLE_WORDS:
        return None
    ends = [t.i for t in span[:-2] if t.lower_ in PORTFOLIO_WORDS]
    rest = span.doc[ends[-1] + 1:span.end] if ends else []
    if len(rest) < 2 or not all(t.is_title for t in rest) or any(t.lower_ in ORG_WORDS for t in rest):
        return None
    return Span(span.doc, rest.start, rest.end, label="PERSON")


def runs_after_titles(ents: tuple[Span, ...]) -> list[Span]:
    """NER's entities, each run of names it did not tag a person's right after a title "of" or
    "to" a place or a portfolio made one person's ("Deputy Prime Minister of Turkey" | "Tuğrul" |
    "Türkeş", each tagged GPE): adjacent entities of two title-cased words or more, none of an
    organisation's (not right after a title: "his National Security Adviser").

    Args:
        ents: a document's entities, in order.

    Returns:
        The entities, with each such run one PERSON span.
    """
    merged: list[Span] = []
    index = 0
    while index < len(ents):
        end = index + 1
        while end < len(ents) and ents[end].start == ents[end - 1].end \
                and ents[end].label_ in NAMED_LABELS:
            end += 1
        run = ents[index].doc[ents[index].start:ents[end - 1].end]
        if ents[index].label_ in NAMED_LABELS and len(run) >= 2 and all(t.is_title for t in run) \
                and not any(t.lower_ in ORG_WORDS for t in run) and run.start > 0 \
                and title_word(run.doc[run.start - 1]) not in TITLE_WORDS \
                and after_title(run.doc, run.start, frozenset()):
            merged.append(Span(run.doc, run.start, run.end, label="PERSON"))
            index = end
        else:
            merged.append(ents[index])
            index += 1
    return merged


def titled_after_place(ent: Span, first: int, place_words: Collection[str]) -> bool:
    """Whether an entity NER did not tag a person is the name after a title "of" a place it ran
    the place into ("Foreign Minister of" | "Uzbekistan Abdulaziz Kamilov", tagged ORG): the
    words it loses at its start are places, and two title-cased words or more, none of an
    organisation's, are left.

    Args:
        ent: a spaCy entity.
        first: the first of its tokens kept as the name.
        place_words: the lower-case names and demonyms of countries.

    Returns:
        Whether the name is a person's.
    """
    dropped, rest = ent.doc[ent.start:first], ent.doc[first:ent.end]
    return ent.label_ != "PERSON" and len(dropped) > 0 and len(rest) >= 2 \
        and all(t.lower_ in place_words for t in dropped) and all(t.is_title for t in rest) \
        and not any(t.lower_ in ORG_WORDS for t in rest) \
        and after_title(ent.doc, first, frozenset(t.idx for t in dropped))
