"""The label a NER span gets where the words around it tell its type better than the tagger:
a title before a name, or an office with its country in apposition; a settlement noun, a
journey's "to" or "for", a verb's "in" or "at" before a place, or its country after it."""

from __future__ import annotations

from collections.abc import Collection

from spacy.tokens import Doc, Span

from analysis.extract.actors.lexicon import (
    DETERMINERS,
    LEXICON,
    ORG_WORDS,
    PERSON_ONLY_VERBS,
    PERSON_TITLES,
    title_word,
)

TITLE_REACH = 20  # characters before a span a person's title is looked for in
JOURNEY_WORDS = frozenset(LEXICON.journey_words)
DEPARTURE_WORDS = frozenset(LEXICON.departure_words)
VENUE_VERBS = frozenset(LEXICON.venue_verbs)
# The labels of a country the holder of its office is given after ("the president of Laos, X").
PLACE_LABELS = ("GPE", "ORG", "LOC")
# The words of an office that a holder's name may follow: the person titles and "counterpart".
OFFICE_WORDS = frozenset(LEXICON.person_titles) | {"counterpart"}
# Words that make a name an organisation's, a building's or a place's (the last words of a name,
# or the noun after it): no person's name whatever title opens it.
NOT_PERSON_WORDS = ORG_WORDS | frozenset(LEXICON.facility_nouns) \
    | frozenset(LEXICON.settlement_nouns)
# Words that join the words of an office or an organisation, never of a name ("Founder of Peace").
OFFICE_CONNECTIVES = frozenset({"of", "for", "the", "and"})


def ner_label(span: Span, text: str) -> str:
    """The label of a NER span: PERSON after a person's title ("Chancellor Scholz" tagged GPE),
    GPE after "the <settlement noun> of", or for a person as where a journey goes or a verb's
    event is ("welcomed Macron to Glasgow", "met Thaksin in Langkawi", tagged PERSON), else the
    tagger's.

    Args:
        span: the span.
        text: the document's text.

    Returns:
        A spaCy entity label.
    """
    if _after_person_title(span, text) or _in_apposition_to_an_office(span) \
            or _opens_with_a_name_title(span):
        return "PERSON"
    if _after_settlement_noun(span) or span.label_ == "PERSON" and (
            _where_verb_goes(span) or _before_its_country(span)):
        return "GPE"
    return span.label_


def _after_person_title(span: Span, text: str) -> bool:
    """Whether a non-PERSON span follows a title, with no organisation word in it."""
    return span.label_ != "PERSON" \
        and PERSON_TITLES.search(text, max(0, span.start_char - TITLE_REACH),
                                 span.start_char) is not None \
        and not any(w.lower() in ORG_WORDS for w in span.text.split())


def _opens_with_a_name_title(span: Span) -> bool:
    """Whether a non-PERSON span is a name a monarch's title opens ("Prince Phohlaphi Dlamini",
    tagged ORG): capitalised words, no organisation word, no place or building that bears the
    name ("Prince Edward Island", "King Fahd Causeway" stay as tagged), and no title of a noun
    phrase before another's name ("Advisor to the King Ayman Al-Safadi")."""
    words, doc = span.text.split(), span.doc
    return span.label_ != "PERSON" and len(words) > 1 \
        and not (span.start and doc[span.start - 1].lower_ in DETERMINERS) \
        and words[0].lower() in LEXICON.name_titles \
        and all(w[:1].isupper() and w.lower() not in NOT_PERSON_WORDS for w in words[1:]) \
        and (span.end == len(doc) or doc[span.end].lemma_.lower() not in NOT_PERSON_WORDS)


def _in_apposition_to_an_office(span: Span) -> bool:
    """Whether a non-PERSON span names the holder of an office given before it ("Interior
    ministers of Tajikistan and Uzbekistan, Ramazon Rahimzoda and Abdusalom Azizov"), also
    with its country ("the prime minister of Laos, Sonexay Siphandone", "his counterpart from
    Timor Leste, Taur Matan Ruak", tagged GPE and ORG), where the parser hangs it on the
    country, which hangs on the office; no organisation ("its chairman, the Bank of Ghana")."""
    root, words = span.root, span.text.split()
    if span.label_ == "PERSON" or root.dep_ not in ("appos", "conj") \
            or any(w.lower() in ORG_WORDS or w in OFFICE_CONNECTIVES for w in words):
        return False
    country, preposition = root.head, root.head.head
    # the parser makes a list of full names in apposition a conjunct of the office ("ministers
    # …, X Y and Z"; not "the chairperson and Congress chief", "commissioners from A and B")
    if root.dep_ == "conj":
        return len(words) > 1 and span.label_ != "ORG" and title_word(country) in OFFICE_WORDS
    return title_word(country) in OFFICE_WORDS or country.ent_type_ in PLACE_LABELS \
        and country.dep_ == "pobj" and preposition.lower_ in ("of", "from") \
        and title_word(preposition.head) in OFFICE_WORDS


def _before_its_country(span: Span) -> bool:
    """Whether a span tagged PERSON is a town followed by its country after "in" ("at the Asean
    Summit in Labuan Bajo, Indonesia")."""
    doc, root = span.doc, span.root
    return root.dep_ == "pobj" and root.head.lower_ == "in" and span.end + 1 < len(doc) \
        and doc[span.end].text == "," and doc[span.end + 1].ent_type_ == "GPE"


def _after_settlement_noun(span: Span) -> bool:
    """Whether a span follows "<settlement noun> of" ("the Provencal city of Avignon")."""
    doc, start = span.doc, span.start
    return start >= 2 and doc[start - 1].lower_ == "of" \
        and doc[start - 2].lemma_.lower() in LEXICON.settlement_nouns


def untagged_places(doc: Doc, kept_labels: Collection[str]) -> list[Span]:
    """The names after "<settlement noun> of" that NER left untagged or tagged with a label not
    kept ("the western Hungarian town of Gyor", "the Black Sea port of Sevastopol" tagged a
    nationality, "the island of Ventotene" a product): places.

    Args:
        doc: the parsed article.
        kept_labels: the entity labels mentions are made of.

    Returns:
        GPE spans, in text order.
    """
    spans = []
    for token in doc:  # the cheap tests first: this reads every token of every article
        if token.dep_ != "pobj" or token.pos_ != "PROPN" or token.head.lower_ != "of" \
                or token.head.head.lemma_.lower() not in LEXICON.settlement_nouns:
            continue
        name = doc[token.left_edge.i:token.i + 1]
        if name[0].is_title and all(t.pos_ == "PROPN" or t.text == "-" for t in name) \
                and not any(t.ent_type_ in kept_labels for t in name):
            spans.append(Span(doc, name.start, name.end, label="GPE"))
    return spans


def _where_verb_goes(span: Span) -> bool:
    """Whether a span is where a journey or welcome goes ("flew to Palm Desert", "left for
    Pointe Noire"), or where a verb's event is, right after its "in" or "at", "the" aside ("will
    meet Thaksin in Langkawi", "would confer … in the Azores", "would be met at Pointe Noire"),
    or where a named person or a titled one is ("Pompidou in the Azores", "the British Prime
    Minister in Bermuda"; not "confidence in Putin")."""
    root = span.root
    if root.dep_ != "pobj":
        return False
    preposition, word = root.head, root.head.head
    words = {word.lemma_.lower(), word.lower_}
    if preposition.lower_ == "to":
        return bool(words & JOURNEY_WORDS)
    if preposition.lower_ == "for":
        return bool(words & DEPARTURE_WORDS)
    right_after = preposition.i == span.start - 1 \
        or preposition.i == span.start - 2 and span.doc[span.start - 1].lower_ == "the"
    return right_after and (preposition.lower_ == "in" and (
        word.pos_ in ("VERB", "AUX", "PROPN") or title_word(word) in OFFICE_WORDS)
        or preposition.lower_ == "at" and bool(words & VENUE_VERBS))


def nationalities_after(end: int, span: Span, text: str, demonyms: dict[str, str]) -> bool:
    """Whether a NER span runs on past a name, which ends at `end`, into nationalities only
    ("Chirac French and German leaders" tagged one person).

    Args:
        end: where the name ends in the text.
        span: the NER span.
        text: the article's text.
        demonyms: nationalities and country names (lower case) -> their country.

    Returns:
        True when every word the span adds is one of them.
    """
    added = text[end:span.end_char].split()
    return bool(added) and all(word.lower() in demonyms for word in added)


def acts_as_person(span: Span) -> bool:
    """Whether a span is the subject of a verb only a person is: of speech or of a journey; not
    a dateline's place in capitals the parser made one ("BOGOTA, Colombia (AP) - … met"), nor
    a plural ("the Foreign Secretaries would meet").

    Args:
        span: a name's span.

    Returns:
        True for "Cardoso said", "Sánchez traveled from Valletta".
    """
    return span.root.dep_ == "nsubj" and span.root.head.lemma_ in PERSON_ONLY_VERBS \
        and not span.text.isupper() and span.root.tag_ not in ("NNS", "NNPS")
