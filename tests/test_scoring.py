"""Scoring meetings against gold: pairs per source article, role-only counterparts, duplicates."""

import json

import pandas as pd
import pytest

from analysis.scoring import (
    GoldError,
    actor_keys,
    evaluate,
    load_gold,
    report_lines,
    summarise,
)
from analysis.tables import ACTOR_COLUMNS, MEETING_COLUMNS, Extraction, empty_table

ACTORS = [("widodo", "Joko Widodo", "Widodo|Jokowi"), ("anwar", "Anwar Ibrahim", "Anwar"),
          ("wong", "Wong", "Wong"), ("penny", "Senator Penny Wong", "Senator Penny Wong"),
          ("albanese", "Anthony Albanese", "Albanese"), ("marles", "Richard Marles", "Marles")]
GOLD = {
    "actors": {"joko_widodo": ["Jokowi", "Widodo"], "anwar_ibrahim": ["Anwar"],
               "anthony_albanese": ["Albanese"], "penny_wong": ["Wong"]},
    "meetings": [
        {"id": "M1", "participants": ["joko_widodo", "anwar_ibrahim"], "date": "2023-06-08",
         "place": "Jakarta", "kind": "in_person", "status": "held", "sources": ["a1", "a2"],
         "evidence": "Jokowi met Anwar in Jakarta.", "required": True},
        {"id": "M2", "participants": ["anthony_albanese"], "date": None, "place": None,
         "kind": "phone", "status": "held", "sources": ["a2"],
         "evidence": "Albanese spoke to his Indonesian counterpart.", "required": True},
        {"id": "M3", "participants": ["penny_wong", "anwar_ibrahim"], "date": None, "place": None,
         "kind": "in_person", "status": "held", "sources": ["a3"], "evidence": "Wong met Anwar.",
         "required": True},
    ],
}


def meeting(mid, people, articles, *, kind="in_person", date="", place=""):
    return {"meeting_id": mid, "date": date, "date_precision": "day" if date else "unknown",
            "place": place, "participants": "; ".join(people), "kind": kind, "status": "held",
            "cameo": "040", "n_sources": len(articles), "article_ids": "; ".join(articles),
            "evidence": "a sentence", "notes": ""}


def extraction(meetings):
    actors = pd.DataFrame([{"actor_id": a, "name": n, "type": "person", "country": "",
                            "aliases": al, "n_mentions": 1, "n_articles": 1}
                           for a, n, al in ACTORS], columns=ACTOR_COLUMNS)
    empty = empty_table(["article_id"])
    return Extraction(articles=empty, mentions=empty, actors=actors, interactions=empty,
                      meetings=pd.DataFrame(meetings, columns=MEETING_COLUMNS))


@pytest.fixture
def gold_file(tmp_path):
    path = tmp_path / "gold.json"
    path.write_text(json.dumps(GOLD), "utf-8")
    return path


def test_found_missed_right_false_and_duplicate(gold_file):
    scored = evaluate(extraction([
        meeting("M001", ["Anwar Ibrahim", "Joko Widodo"], ["a1", "a2"], date="2023-06-08",
                place="Jakarta"),
        meeting("M002", ["Anthony Albanese", "Joko Widodo"], ["a2"], kind="phone"),
        meeting("M003", ["Anthony Albanese", "Richard Marles"], ["a3"]),
        meeting("M004", ["Anwar Ibrahim", "Joko Widodo"], ["a1"], date="2023-06-08"),
    ]), gold_file)
    gold = scored[scored["item"] == "gold"].set_index(["gold_id", "article_id"])["outcome"]
    assert gold.to_dict() == {("M1", "a1"): "found", ("M1", "a2"): "found",
                              ("M2", "a2"): "found", ("M3", "a3"): "missed"}
    predicted = scored[scored["item"] == "predicted"].set_index("meeting_id")["outcome"]
    assert predicted.to_dict() == {"M001": "right", "M002": "right", "M003": "false",
                                   "M004": "duplicate"}
    figures = summarise(scored)
    assert (figures["recall"], figures["precision"], figures["duplicates"]) == (0.75, 0.667, 1)
    assert (figures["date_accuracy"], figures["place_accuracy"]) == (1.0, 1.0)


def test_a_pair_from_another_article_or_kind_does_not_count(gold_file):
    scored = evaluate(extraction([
        meeting("M001", ["Anwar Ibrahim", "Joko Widodo"], ["a9"]),
        meeting("M002", ["Anwar Ibrahim", "Joko Widodo"], ["a1"], kind="phone"),
    ]), gold_file)
    figures = summarise(scored)
    assert figures["found"] == 0 and figures["right"] == 0


def test_one_named_party_reports_no_meeting_of_two_named_people(gold_file):
    scored = evaluate(extraction([
        meeting("M001", ["Joko Widodo"], ["a1"]),  # Anwar, whom the gold names, left out
        meeting("M002", ["Anthony Albanese"], ["a2"], kind="phone"),  # the counterpart by role
    ]), gold_file)
    gold = scored[scored["item"] == "gold"].set_index(["gold_id", "article_id"])["outcome"]
    assert gold[("M1", "a1")] == "missed" and gold[("M2", "a2")] == "found"
    predicted = scored[scored["item"] == "predicted"].set_index("meeting_id")["outcome"]
    assert predicted.to_dict() == {"M001": "false", "M002": "right"}


def test_wrong_date_and_place_lower_their_accuracy_only(gold_file):
    scored = evaluate(extraction([
        meeting("M001", ["Anwar Ibrahim", "Joko Widodo"], ["a1", "a2"], date="2023-06-07",
                place="Bali")]), gold_file)
    figures = summarise(scored)
    assert figures["found"] == 2 and figures["date_accuracy"] == 0.0
    assert figures["place_accuracy"] == 0.0
    lines = list(report_lines(scored))
    assert lines[0].startswith("recall 0.500 (2/4)")
    assert any(line.startswith("missed a3: penny_wong – anwar_ibrahim") for line in lines)


def test_a_gold_meeting_naming_an_unknown_actor_is_a_clear_error(tmp_path):
    bad = {"actors": {"a": ["A"]}, "meetings": [{"id": "M1", "participants": ["a", "b"],
                                                 "sources": ["x"]}]}
    path = tmp_path / "gold.json"
    path.write_text(json.dumps(bad), "utf-8")
    with pytest.raises(GoldError, match=r"meetings entry 1: participants \['b'\]"):
        load_gold(path)


def test_predictions_outside_the_annotated_articles_are_left_out(tmp_path):
    path = tmp_path / "gold.json"
    path.write_text(json.dumps({**GOLD, "articles": ["a1", "a2"]}), "utf-8")
    scored = evaluate(extraction([
        meeting("M001", ["Anwar Ibrahim", "Joko Widodo"], ["a1", "a9"]),
        meeting("M002", ["Anthony Albanese", "Richard Marles"], ["a9"]),
    ]), path)
    predicted = scored[scored["item"] == "predicted"]
    assert predicted["meeting_id"].tolist() == ["M001"]
    assert predicted["article_id"].tolist() == ["a1"]


def test_actor_names_match_gold_aliases_by_whole_words(tmp_path):
    path = tmp_path / "gold.json"
    path.write_text(json.dumps({"actors": {"penny_wong": ["Penny Wong"],
                                           "anwar_ibrahim": ["Anwar"]}, "meetings": []}), "utf-8")
    keys = actor_keys(extraction([]).actors, load_gold(path))
    assert keys["Senator Penny Wong"] == {"penny_wong"}
    assert keys["Wong"] == set()  # one word: only an exact alias counts
    assert keys["Anwar Ibrahim"] == {"anwar_ibrahim"}  # by its surface form "Anwar"
    assert keys["Richard Marles"] == set()


def test_a_name_matches_a_longer_gold_alias_holding_all_its_words(tmp_path):
    path = tmp_path / "gold.json"
    path.write_text(json.dumps({"actors": {
        "richard_marles": ["Deputy Prime Minister Richard Marles"],
        "anthony_eden": ["Anthony Eden"], "joko_albanese": ["Albanese Joko"]},
        "meetings": []}), "utf-8")
    keys = actor_keys(extraction([]).actors, load_gold(path))
    assert keys["Richard Marles"] == {"richard_marles"}
    assert keys["Anthony Albanese"] == set()  # one word shared is not enough
    assert keys["Joko Widodo"] == set()


@pytest.mark.parametrize("actors, keys", [
    ({"senator": ["Mrs Wong"], "minister": ["Richard"]}, {"senator"}),
    # after an honorific, two people's name: neither
    ({"senator": ["Mrs Wong"], "her_husband": ["Mr. Wong"]}, set()),
])
def test_a_name_matches_the_one_gold_alias_it_is_after_an_honorific(tmp_path, actors, keys):
    path = tmp_path / "gold.json"
    path.write_text(json.dumps({"actors": actors, "meetings": []}), "utf-8")
    assert actor_keys(extraction([]).actors, load_gold(path))["Wong"] == keys


def test_a_place_is_right_in_any_spelling_the_actors_table_gives_it(tmp_path):
    gold = {"actors": {"a": ["Viktor Yushchenko"], "b": ["Aleksander Kwasniewski"]},
            "meetings": [{"id": "M1", "participants": ["a", "b"], "date": None, "place": "Kiev",
                          "kind": "in_person", "sources": ["k"], "evidence": ""}]}
    path = tmp_path / "gold.json"
    path.write_text(json.dumps(gold), "utf-8")
    found = extraction([meeting("M001", ["Aleksander Kwasniewski", "Viktor Yushchenko"], ["k"],
                                place="Kyiv")])
    found.actors = pd.concat([found.actors, pd.DataFrame([{
        "actor_id": "kyiv", "name": "Kyiv", "type": "place", "country": "UKR",
        "aliases": "Kiev|Kyiv", "n_mentions": 2, "n_articles": 1}])], ignore_index=True)
    people = [("ky", "Aleksander Kwasniewski", "Kwasniewski"),
                    ("yu", "Viktor Yushchenko", "Yushchenko")]
    found.actors = pd.concat([found.actors, pd.DataFrame([
        {"actor_id": a, "name": n, "type": "person", "country": "", "aliases": al,
         "n_mentions": 1, "n_articles": 1} for a, n, al in people])], ignore_index=True)
    assert summarise(evaluate(found, path))["place_accuracy"] == 1.0
    found.actors.loc[found.actors["name"] == "Kyiv", "aliases"] = "Kyiv"
    assert summarise(evaluate(found, path))["place_accuracy"] == 0.0


def test_an_undated_gold_meeting_takes_the_match_in_its_place_whatever_its_date(tmp_path):
    gold = {"actors": {"a": ["Enrique Pena Nieto"], "b": ["Stephen Harper"]},
            "meetings": [{"id": "M1", "participants": ["a", "b"], "date": None, "place": "Ottawa",
                          "kind": "in_person", "sources": ["k"], "evidence": ""}]}
    path = tmp_path / "gold.json"
    path.write_text(json.dumps(gold), "utf-8")
    people = [("pn", "Enrique Pena Nieto", "Pena Nieto"), ("sh", "Stephen Harper", "Harper")]
    found = extraction([meeting("M001", ["Enrique Pena Nieto", "Stephen Harper"], ["k"],
                                date="2012-11", place="Ottawa"),
                        meeting("M002", ["Enrique Pena Nieto", "Stephen Harper"], ["k"],
                                place="Canada")])
    found.actors = pd.concat([found.actors, pd.DataFrame([
        {"actor_id": a, "name": n, "type": "person", "country": "", "aliases": al,
         "n_mentions": 1, "n_articles": 1} for a, n, al in people])], ignore_index=True)
    scored = evaluate(found, path)
    assert scored.loc[scored["item"] == "gold", "meeting_id"].tolist() == ["M001"]
    assert summarise(scored)["place_accuracy"] == 1.0
