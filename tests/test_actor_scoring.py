"""Scoring actors against gold: alias groups merged, wrong merges, role phrases, junk."""

import json
import re

import pandas as pd
import pytest

from analysis.actor_scoring import actor_report_lines, evaluate_actors
from analysis.tables import ACTOR_COLUMNS, MENTION_COLUMNS, Extraction, empty_table

GOLD = {
    "actors": {"saddam_hussein": ["Saddam Hussein", "Saddam"], "hussein_king": ["King Hussein"],
               "moon_jae_in": ["Moon Jae-in", "Moon"], "shinzo_abe": ["Shinzo Abe", "Abe"],
               "un": ["United Nations", "UN"]},
    "meetings": [],
    "roles": [{"article": "a1", "text": "the Iraqi leader", "actor": "saddam_hussein"},
              {"article": "a1", "text": "the Iraqi president", "actor": "saddam_hussein"},
              {"article": "a2", "text": "the Korean leader", "actor": "moon_jae_in"},
              {"article": "a2", "text": "his Japanese counterpart", "actor": "shinzo_abe"}],
}


TEXTS = {
    "a1": ("Saddam Hussein spoke. Saddam said the Iraqi leader would talk. They asked the Iraqi "
           "president. Saddam declined. Hussein nodded."),
    "a2": ("Moon Jae-in met Moon. King Hussein came. The Korean leader met them. "
           "Holds Talks. The UN. Moon met his Japanese counterpart, Mr Shinzo Abe."),
}


def mention(article, text, actor, kind="person", method="ner", nth=0):
    start = [m.start() for m in re.finditer(re.escape(text), TEXTS[article])][nth]
    return {"article_id": article, "sentence_id": 0, "start_char": start,
            "end_char": start + len(text),
            "text": text, "label": "PERSON", "actor_id": actor.lower(), "actor": actor,
            "method": method, "type": kind, "country": "", "published": "2019-01-01"}


def extraction(mentions):
    table = pd.DataFrame(mentions, columns=MENTION_COLUMNS)
    actors = table.groupby("actor").agg(type=("type", "first"), n_mentions=("text", "size"),
                                        aliases=("text", lambda t: "|".join(sorted(set(t)))))
    actors = actors.reset_index().rename(columns={"actor": "name"})
    actors["actor_id"], actors["country"], actors["n_articles"] = actors["name"], "", 1
    empty = empty_table(["article_id"])
    articles = pd.DataFrame({"article_id": list(TEXTS), "text": list(TEXTS.values())})
    return Extraction(articles=articles, mentions=table, actors=actors[ACTOR_COLUMNS],
                      interactions=empty, meetings=empty)


@pytest.fixture
def gold_file(tmp_path):
    path = tmp_path / "gold.json"
    path.write_text(json.dumps(GOLD), "utf-8")
    return path


def test_alias_groups_wrong_merges_roles_and_junk(gold_file):
    figures = evaluate_actors(extraction([
        mention("a1", "Saddam Hussein", "Saddam Hussein"),
        mention("a1", "Saddam", "Saddam Hussein"),            # merged
        mention("a1", "the Iraqi leader", "Saddam Hussein", method="role"),  # role resolved
        mention("a1", "Saddam", "Saddam Hussein", nth=2),  # in the next sentence: not the role's
        mention("a2", "Moon Jae-in", "Moon Jae-in"),
        mention("a2", "Moon", "Moon", nth=1),                  # not merged
        mention("a2", "King Hussein", "Saddam Hussein"),       # a wrong merge
        mention("a2", "The Korean leader", "Saddam Hussein", method="role"),  # wrong holder
        mention("a2", "Shinzo Abe", "Shinzo Abe"),  # named right after the phrase: resolved
        # (past a comma and an honorific)
        mention("a2", "Holds Talks", "Holds Talks"),           # junk
        mention("a2", "UN", "United Nations", kind="org"),
    ]), gold_file)
    assert (figures["alias_groups"], figures["merged"]) == (2, 1)
    assert figures["unmerged"] == ["moon_jae_in: Moon | Moon Jae-in"]
    assert figures["wrong_merges"] == 1 and "hussein_king" in figures["wrongly_merged"][0]
    assert (figures["roles"], figures["roles_resolved"]) == (4, 2)
    assert figures["unresolved_roles"] == ["a1: 'the Iraqi president' -> saddam_hussein",
                                           "a2: 'the Korean leader' -> moon_jae_in"]
    assert figures["junk_actors"] == ["Holds Talks"]
    lines = list(actor_report_lines(figures))
    assert lines[0].startswith("actors: alias groups merged 0.500 (1/2)  wrong merges 1")
    assert "junk: Holds Talks" in lines


def test_an_alias_two_gold_actors_share_is_left_out(tmp_path):
    gold = {**GOLD, "actors": {"a": ["Hussein", "Saddam Hussein"], "b": ["Hussein", "King Hussein"]},
            "roles": []}
    path = tmp_path / "gold.json"
    path.write_text(json.dumps(gold), "utf-8")
    figures = evaluate_actors(extraction([mention("a1", "Hussein", "King Hussein", nth=1),
                                          mention("a1", "Saddam Hussein", "Saddam Hussein")]),
                              path)
    assert figures["alias_groups"] == 0 and figures["wrong_merges"] == 0


def test_the_actors_of_each_article_decide_a_shared_alias(tmp_path):
    gold = {**GOLD, "actors": {"a": ["Hussein", "Saddam Hussein"], "b": ["Hussein", "King Hussein"]},
            "article_actors": {"a1": ["a"], "a2": ["b"]}, "roles": []}
    path = tmp_path / "gold.json"
    path.write_text(json.dumps(gold), "utf-8")
    figures = evaluate_actors(extraction([mention("a1", "Saddam Hussein", "Saddam Hussein"),
                                          mention("a2", "King Hussein", "King Hussein"),
                                          mention("a2", "Hussein", "King Hussein")]), path)
    # "Hussein" in a2 can only be b there: b is written in two forms, merged
    assert (figures["alias_groups"], figures["merged"], figures["wrong_merges"]) == (1, 1, 0)


def test_a_role_phrase_in_apposition_after_a_name_is_that_names(tmp_path):
    gold = {"actors": {"abe": ["Shinzo Abe"], "moon": ["Moon Jae-in"]}, "meetings": [],
            "roles": [{"article": "a3", "text": "his Japanese counterpart", "actor": "abe"},
                      {"article": "a3", "text": "the South Korean president", "actor": "moon"}]}
    path = tmp_path / "gold.json"
    path.write_text(json.dumps(gold), "utf-8")
    text = ("Moon Jae-in met Shinzo Abe, his Japanese counterpart. Abe thanked Moon Jae-in; "
            "the South Korean president smiled.")
    rows = [{"article_id": "a3", "sentence_id": 0, "start_char": start,
             "end_char": start + len(name), "text": name, "label": "PERSON", "actor_id": actor, "actor": actor, "method": "ner",
             "type": "person", "country": "", "published": "2019-01-01"}
            for name, actor, start in [("Shinzo Abe", "Shinzo Abe", text.index("Shinzo Abe")),
                                       ("Moon Jae-in", "Moon Jae-in", text.rindex("Moon Jae-in"))]]
    table = pd.DataFrame(rows, columns=MENTION_COLUMNS)
    actors = pd.DataFrame([{"actor_id": a, "name": a, "type": "person", "country": "",
                            "aliases": a, "n_mentions": 1, "n_articles": 1}
                           for a in ("Shinzo Abe", "Moon Jae-in")], columns=ACTOR_COLUMNS)
    empty = empty_table(["article_id"])
    found = Extraction(articles=pd.DataFrame({"article_id": ["a3"], "text": [text]}),
                       mentions=table, actors=actors, interactions=empty, meetings=empty)
    # "Shinzo Abe, his Japanese counterpart" is resolved; a name before a semicolon is not in
    # apposition to the phrase after it
    assert evaluate_actors(found, path)["unresolved_roles"] == [
        "a3: 'the South Korean president' -> moon"]


def test_a_role_phrase_copied_from_a_wrapped_line_is_found_in_the_joined_text(tmp_path):
    gold = {"actors": {"sby": ["Susilo Bambang Yudhoyono"]}, "meetings": [],
            "roles": [{"article": "a4", "text": "visiting Indonesian\nPresident", "actor": "sby"}]}
    path = tmp_path / "gold.json"
    path.write_text(json.dumps(gold), "utf-8")
    text = "Arroyo assured visiting Indonesian President Susilo Bambang Yudhoyono of help."
    name = "Susilo Bambang Yudhoyono"
    start = text.index(name)
    table = pd.DataFrame([{"article_id": "a4", "sentence_id": 0, "start_char": start,
                           "end_char": start + len(name), "text": name, "label": "PERSON",
                           "actor_id": "sby", "actor": name, "method": "registry",
                           "type": "person", "country": "IDN", "published": "2005-06-21"}],
                         columns=MENTION_COLUMNS)
    actors = pd.DataFrame([{"actor_id": "sby", "name": name, "type": "person", "country": "IDN",
                            "aliases": name, "n_mentions": 1, "n_articles": 1}],
                          columns=ACTOR_COLUMNS)
    empty = empty_table(["article_id"])
    found = Extraction(articles=pd.DataFrame({"article_id": ["a4"], "text": [text]}),
                       mentions=table, actors=actors, interactions=empty, meetings=empty)
    assert evaluate_actors(found, path)["unresolved_roles"] == []


def test_a_mention_whose_title_the_gold_alias_keeps_is_that_aliass(tmp_path):
    gold = {"actors": {"cristina": ["Cristina Fernández de Kirchner", "Mrs. Kirchner"],
                       "nestor": ["Néstor Kirchner", "Kirchner"]},
            "meetings": [], "roles": []}
    path = tmp_path / "gold.json"
    path.write_text(json.dumps(gold), "utf-8")
    text = "Cristina Fernández de Kirchner spoke. Later Mrs. Kirchner met Mujica."
    names = [("Cristina Fernández de Kirchner", 0), ("Kirchner", text.index("Kirchner met"))]
    rows = [{"article_id": "a4", "sentence_id": 0, "start_char": start,
             "end_char": start + len(name), "text": name, "label": "PERSON",
             "actor_id": "cfk", "actor": "Cristina Fernández de Kirchner", "method": "ner",
             "type": "person", "country": "", "published": "2010-04-06"}
            for name, start in names]
    table = pd.DataFrame(rows, columns=MENTION_COLUMNS)
    actors = pd.DataFrame([{"actor_id": "cfk", "name": "Cristina Fernández de Kirchner",
                            "type": "person", "country": "", "n_mentions": 2, "n_articles": 1,
                            "aliases": "Cristina Fernández de Kirchner|Kirchner"}])
    empty = empty_table(["article_id"])
    articles = pd.DataFrame({"article_id": ["a4"], "text": [text]})
    figures = evaluate_actors(Extraction(articles=articles, mentions=table,
                                         actors=actors[ACTOR_COLUMNS], interactions=empty,
                                         meetings=empty), path)
    # "Kirchner" of "Mrs. Kirchner" is Cristina's, not Néstor's alias "Kirchner"
    assert (figures["alias_groups"], figures["merged"], figures["wrong_merges"]) == (1, 1, 0)
