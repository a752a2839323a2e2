"""Corpus-level rules of the reduce, on map results written by hand: how a name is typed across
the corpus and who a meeting's participants are."""

import pandas as pd
import pytest

from analysis.extract.actors import Mention, load_registry
from analysis.extract.events import TypedInteraction
from analysis.extract.reduce import reduce_results
from analysis.extract.results import ArticleResult


def mention(start: int, name: str, kind: str) -> Mention:
    label = {"person": "PERSON", "org": "ORG", "place": "GPE"}[kind]
    return Mention(0, start, start + len(name), name, label, "ner", name=name, type=kind)


def meeting(sources: list[int], targets: list[int], evidence: str, kind: str = "meet",
            place: int | None = None) -> TypedInteraction:
    return TypedInteraction(sentence_id=0, kind=kind, cameo="040", status="held",
                            sources=sources, targets=targets, place=place, date=None,
                            evidence=evidence, pair=False, trigger_i=0)


def reduce_of(results: dict[str, ArticleResult], published: list[str] | None = None):
    articles = pd.DataFrame({"article_id": list(results),
                             "published": published or ["2012-06-07"] * len(results),
                             "outlet": [""] * len(results), "text": [""] * len(results)})
    return reduce_results(articles, results, load_registry())


def test_a_surname_is_no_registry_person_decades_before_their_first_office():
    def said(text: str) -> ArticleResult:
        return ArticleResult([mention(0, "Albanesse", "person")], [], {0: text})

    # spelled like the registry's Anthony Albanese, in office from 2022
    mentions = reduce_of({"a": said("Albanesse spoke in 1967."), "b": said("Albanesse spoke.")},
                         ["1967-06-26", "2023-03-01"]).mentions
    assert dict(zip(mentions["article_id"], mentions["actor"])) == {
        "a": "Albanesse", "b": "Anthony Albanese"}


def test_a_surname_alone_is_no_corpus_person_named_only_decades_away():
    def said(name: str) -> ArticleResult:
        return ArticleResult([mention(0, name, "person")], [], {0: f"{name} spoke."})

    mentions = reduce_of({"a": said("Karl Obermayer"), "b": said("Obermayer"),
                          "c": said("Obermayer")}, ["2014-05-02", "2009-11-20", "1976-02-03"]
                         ).mentions
    assert dict(zip(mentions["article_id"], mentions["actor"])) == {
        "a": "Karl Obermayer", "b": "Karl Obermayer", "c": "Obermayer"}


def test_a_full_name_tagged_a_person_more_often_is_a_person_everywhere():
    text = "Nadia Okonjo met Femi Adeyemi."
    person = ArticleResult([mention(0, "Nadia Okonjo", "person"),
                            mention(17, "Femi Adeyemi", "person")],
                           [meeting([0], [1], text)], {0: text})
    tagged_org = ArticleResult([mention(0, "Nadia Okonjo", "org")], [], {0: "Nadia Okonjo spoke."})
    again = ArticleResult([mention(0, "Nadia Okonjo", "person")], [], {0: "Nadia Okonjo left."})
    actors = reduce_of({"a": person, "b": tagged_org, "c": again}).actors
    okonjo = actors[actors["name"] == "Nadia Okonjo"]
    assert okonjo["type"].tolist() == ["person"] and okonjo["n_articles"].tolist() == [3]


def test_an_organisation_beside_two_people_is_whose_they_are_not_a_party():
    text = "Nadia Okonjo and Femi Adeyemi met executives of Zenbank Holdings."
    result = ArticleResult([mention(0, "Nadia Okonjo", "person"),
                            mention(17, "Femi Adeyemi", "person"),
                            mention(47, "Zenbank Holdings", "org")],
                           [meeting([0, 1], [2], text)], {0: text})
    meetings = reduce_of({"a": result}).meetings
    assert meetings["participants"].tolist() == ["Femi Adeyemi; Nadia Okonjo"]


@pytest.mark.parametrize("text, org, participants", [
    # named as the people who act for it: a party
    ("Nadia Okonjo met a Zenbank Holdings delegation.", "Zenbank Holdings",
     ["Nadia Okonjo; Zenbank Holdings"]),
    ("Nadia Okonjo met representatives of the Zenbank Holdings.", "Zenbank Holdings",
     ["Nadia Okonjo; Zenbank Holdings"]),
    ("Nadia Okonjo met the Zenbank Delegation.", "Zenbank Delegation",
     ["Nadia Okonjo; Zenbank Delegation"]),
    # the body a person heads or speaks of: no party ("Correa, as president of UNASUR")
    ("Nadia Okonjo met Zenbank Holdings.", "Zenbank Holdings", []),
])
def test_beside_one_person_an_organisation_is_a_party_as_a_delegation(text, org, participants):
    start = text.index(org)
    result = ArticleResult([mention(0, "Nadia Okonjo", "person"), mention(start, org, "org")],
                           [meeting([0], [1], text)], {0: text})
    assert reduce_of({"a": result}).meetings["participants"].tolist() == participants


def test_a_visit_of_one_person_is_no_meeting_but_places_the_meeting_it_joins():
    text = "Nadia Okonjo visited Lagos. Femi Adeyemi will visit the shrine. She met Ade Bello."
    people = [mention(0, "Nadia Okonjo", "person"), mention(21, "Lagos", "place"),
              mention(28, "Femi Adeyemi", "person"), mention(71, "Ade Bello", "person")]
    visits = [meeting([0], [1], text, kind="visit", place=1), meeting([2], [], text, kind="visit")]
    alone = reduce_of({"a": ArticleResult(people, visits, {0: text})})
    assert alone.meetings.empty
    assert "Nadia Okonjo" in set(alone.interactions.query("kind == 'visit'")["source"])
    joined = reduce_of({"a": ArticleResult(people, [*visits, meeting([0], [3], text)],
                                           {0: text})})
    assert joined.meetings[["participants", "place"]].values.tolist() == [
        ["Ade Bello; Nadia Okonjo", "Lagos"]]



@pytest.mark.parametrize("dateline, outlet, place", [
    ("Jakarta", "The Jakarta Post", "Jakarta"),
    # the outlet's name opening the text ("SHAFAQNA- The Iraqi Prime Minister ...") is no place
    ("Shafaqna", "Shafaqna (English)", ""),
    # written without its spaces ("QCOSTARICA — It took nearly two decades ...")
    ("Qcostarica", "Q Costa Rica (qcostarica.com)", ""),
])
def test_a_dateline_that_names_the_outlet_places_no_meeting(dateline, outlet, place):
    text = "Nadia Okonjo met Femi Adeyemi."
    result = ArticleResult([mention(0, "Nadia Okonjo", "person"),
                            mention(17, "Femi Adeyemi", "person")],
                           [meeting([0], [1], text)], {0: text}, dateline=dateline)
    articles = pd.DataFrame({"article_id": ["a"], "published": ["2012-06-07"],
                             "outlet": [outlet], "text": [text]})
    meetings = reduce_results(articles, {"a": result}, load_registry()).meetings
    assert meetings["place"].tolist() == [place]
