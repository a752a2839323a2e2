"""End to end on the seed articles: actors, mentions, meetings, cache and CLI."""

import shutil
import subprocess
import sys
from pathlib import Path

import networkx as nx
import pandas as pd
import pytest

from analysis.extract import parse, pipeline
from analysis.extract.casing import casing_for_parse
from analysis.extract.corpus import load_corpus
from analysis.extract.parse import ModelNotFoundError, load_model
from analysis.extract.pipeline import extract
from analysis.extract.truecase import truecaser

from .conftest import SEEDS

pytestmark = pytest.mark.slow

BOILERPLATE_NAMES = ["Trump", "Orban", "Pokrovsk", "Kazan", "Download", "RL", "Stasiewicz"]


def actor_of(extraction, surface):
    found = extraction.mentions.loc[extraction.mentions["text"] == surface, "actor_id"]
    assert not found.empty, f"{surface!r} not mentioned"
    return set(found)


@pytest.mark.parametrize("group", [
    ["Lukashenko", "Lukashenka", "Alyaksandr Lukashenka", "Alexander Lukashenko", "Lukasenko",
     "Lucasenko"],
    ["Putin", "Vladimir Putin"], ["Lavrov", "Sergei Lavrov"], ["Mishustin", "Mikhail Mishustin"],
    ["Alexievich", "Svetlana Alexievich"], ["Kolenikova", "Maria Kolenikova"],
])
def test_spelling_variants_are_one_actor(seed_extraction, group):
    ids = set().union(*(actor_of(seed_extraction, surface) for surface in group
                        if (seed_extraction.mentions["text"] == surface).any()))
    assert len(ids) == 1, ids
    assert any((seed_extraction.mentions["text"] == s).any() for s in group)


def test_lukashenko_then_putin_are_most_mentioned_persons(seed_extraction):
    persons = seed_extraction.actors[seed_extraction.actors["type"] == "person"]
    assert list(persons["name"][:2]) == ["Alexander Lukashenko", "Vladimir Putin"]


def test_nothing_comes_from_boilerplate(seed_extraction):
    text = " ".join(seed_extraction.mentions["text"]) + " " + " ".join(seed_extraction.actors["name"])
    for name in BOILERPLATE_NAMES:
        assert name not in text.split(), name


def test_unknown_people_are_persons(seed_extraction):
    persons = set(seed_extraction.actors.loc[seed_extraction.actors["type"] == "person", "name"])
    assert "Keir Giles" in persons
    assert {"Stephen Bezgan", "Stephen Biegun"} & persons


def test_counterpart_resolves_to_the_named_foreign_minister(seed_extraction):
    mentions = seed_extraction.mentions
    article = mentions[mentions["article_id"].str.startswith("001")]
    counterpart = article[article["text"] == "his Belarusian counterpart"]
    assert list(counterpart["method"]) == ["role"]
    assert set(counterpart["actor_id"]) == actor_of(seed_extraction, "Uladzimer Makey")


def test_merges_table_lists_fuzzy_spellings(seed_extraction):
    merges = seed_extraction.merges
    assert {"Lukasenko", "Lucasenko"} <= set(merges["surface"])
    assert set(merges.loc[merges["surface"] == "Lucasenko", "actor"]) == {"Alexander Lukashenko"}


def test_meetings_of_the_seeds(seed_extraction):
    meetings = seed_extraction.meetings
    by = {(m.participants, m.date, m.kind): m for m in meetings.itertuples()}
    lavrov = by[("Sergei Lavrov; Vladimir Makei", "2020-09-02", "in_person")]
    assert (lavrov.place, lavrov.status, lavrov.n_sources) == ("Moscow", "held", 2)
    # Mishustin's visit to Minsk names nobody he meets: an interaction, no meeting
    assert not meetings["participants"].eq("Mikhail Mishustin").any()
    interactions = seed_extraction.interactions
    visits = interactions.query("kind == 'visit' and source == 'Mikhail Mishustin'")
    assert set(zip(visits["date"], visits["status"])) == {("2020-09-03", "planned")}
    sochi = by[("Alexander Lukashenko; Vladimir Putin", "2020-09-14", "in_person")]
    assert (sochi.place, sochi.status, sochi.n_sources) == ("Sochi", "held", 3)
    assert sochi.article_ids == "002_cb77309abdb4a261; 003_435042da628b095d; 004_ff6c53ffd34a529f"
    # "The two leaders have spoken over the phone several times": a count, no one call.
    assert not (meetings["kind"] == "phone").any()
    # No second Sochi meeting; the 31 August report of a Moscow meeting stays apart.
    assert (meetings["place"] == "Sochi").sum() == 1
    assert len(meetings) <= 5


def test_every_meeting_has_evidence_per_source(seed_extraction):
    for meeting in seed_extraction.meetings.itertuples():
        assert len(meeting.evidence.split(" || ")) == meeting.n_sources


def test_second_run_reads_the_cache_and_parses_nothing(tmp_path, monkeypatch):
    corpus = load_corpus(SEEDS)
    first = extract(corpus, cache_dir=tmp_path)
    assert len(list((tmp_path / "docs").rglob("*.spacy"))) == len(corpus.articles)

    def no_parsing(*args, **kwargs):
        raise AssertionError("parsed although everything was cached")

    monkeypatch.setattr(parse, "parse_texts", no_parsing)
    monkeypatch.setattr(pipeline, "parse_texts", no_parsing)
    second = extract(corpus, cache_dir=tmp_path)
    pd.testing.assert_frame_equal(first.meetings, second.meetings)
    pd.testing.assert_frame_equal(first.mentions, second.mentions)


def test_a_changed_article_is_parsed_again_alone(tmp_path, monkeypatch):
    corpus = load_corpus(SEEDS)
    extract(corpus, cache_dir=tmp_path)
    corpus.articles.loc[0, "text"] += "\nPutin met Lukashenko in Minsk on Friday."
    parsed = []
    original = parse.parse_texts

    def counting(texts, *args, **kwargs):
        texts = list(texts)
        parsed.extend(texts)
        return original(texts, *args, **kwargs)

    monkeypatch.setattr(pipeline, "parse_texts", counting)
    extract(corpus, cache_dir=tmp_path)
    assert len(parsed) == 1 and parsed[0].endswith("in Minsk on Friday.")


def test_changed_map_code_reruns_the_map_from_cached_parses(tmp_path, monkeypatch):
    corpus = load_corpus(SEEDS)
    extract(corpus, cache_dir=tmp_path)
    mapped = []
    original = pipeline.analyse_article

    def counting(doc, *args, **kwargs):
        mapped.append(doc)
        return original(doc, *args, **kwargs)

    monkeypatch.setattr(pipeline, "analyse_article", counting)
    extract(corpus, cache_dir=tmp_path)
    assert mapped == []  # same code: every map result comes from the cache
    monkeypatch.setattr(pipeline, "map_code_digest", lambda: "changed-rules")

    def no_parse(*args, **kwargs):
        raise AssertionError("parsed again although the parses were cached")

    monkeypatch.setattr(parse.DocCache, "put", no_parse)  # a parse would be written back
    extract(corpus, cache_dir=tmp_path)
    assert len(mapped) == len(corpus.articles)


def test_missing_model_names_the_package():
    with pytest.raises(ModelNotFoundError, match="pip install en-core-web-md"):
        load_model("en_core_web_md")


@pytest.mark.parametrize("text, word, lemma", [
    ("The meeting was co-chaired by Dalton McGuinty and Jean Charest.", "co-chaired", "co-chair"),
    ("Co-hosting the summit, Fumio Kishida met Yoon Suk Yeol.", "Co-hosting", "co-host"),
])
def test_the_pipeline_keeps_a_hyphenated_verb_one_token_with_its_lemma(nlp, text, word, lemma):
    doc = nlp(text)
    token = next(t for t in doc if t.text == word)
    assert token.lemma_ == lemma and token.pos_ == "VERB"


def test_cli_writes_all_tables_and_the_network(tmp_path):
    out = tmp_path / "out"
    result = subprocess.run(
        [sys.executable, "-m", "analysis", "extract", str(SEEDS), "--out", str(out),
         "--cache-dir", str(tmp_path / "cache")], capture_output=True, text=True, check=False)
    assert result.returncode == 0, result.stderr
    for name in ["articles", "report", "mentions", "actors", "interactions", "meetings"]:
        table = pd.read_csv(out / f"{name}.csv", keep_default_na=False)
        assert not table.empty, name
    graph = nx.read_gexf(out / "network.gexf")
    heaviest = max(graph.edges(data=True), key=lambda edge: edge[2]["weight"])
    # Nodes are actor ids; a GEXF node's label is the actor's name.
    assert {graph.nodes[heaviest[0]]["label"], graph.nodes[heaviest[1]]["label"]} == {
        "Vladimir Putin", "Alexander Lukashenko"}


def test_cli_user_mistakes_are_one_line_errors(tmp_path):
    result = subprocess.run([sys.executable, "-m", "analysis", "extract", str(tmp_path / "nope"),
                             "--out", str(tmp_path / "out")], capture_output=True, text=True,
                            check=False)
    assert result.returncode == 2
    assert result.stderr.count("\n") == 1 and "nope" in result.stderr
    assert "Traceback" not in result.stderr


def test_several_processes_give_the_same_tables(seed_extraction):
    parallel = extract(load_corpus(SEEDS), use_cache=False, n_process=2)
    pd.testing.assert_frame_equal(parallel.mentions, seed_extraction.mentions)
    pd.testing.assert_frame_equal(parallel.meetings, seed_extraction.meetings)


def test_the_map_digest_covers_every_rules_file_and_module_and_where_it_lies(tmp_path):
    package = tmp_path / "analysis"
    shutil.copytree(Path(pipeline.__file__).resolve().parents[1], package,
                    ignore=shutil.ignore_patterns("__pycache__"))
    digest = pipeline.map_code_digest.__wrapped__  # uncached: the files change between calls
    first = digest(package)
    (package / "views" / "plots.py").write_text("# the map reads no view\n")
    assert digest(package) == first
    rules = package / "data" / "triggers.yaml"
    rules.write_text(rules.read_text("utf-8") + "\n# a comment\n", "utf-8")
    edited = digest(package)
    assert edited != first
    (package / "extract" / "events" / "clauses.py").rename(package / "extract" / "clauses.py")
    assert digest(package) not in (first, edited)


def test_every_mention_interaction_and_meeting_carries_its_outlet(seed_extraction):
    outlets = dict(zip(seed_extraction.articles["article_id"], seed_extraction.articles["outlet"]))
    for table in (seed_extraction.mentions, seed_extraction.interactions):
        assert list(table["outlet"]) == [outlets[a] for a in table["article_id"]]
    for ids, joined in zip(seed_extraction.meetings["article_ids"],
                           seed_extraction.meetings["outlets"]):
        assert joined == "; ".join(sorted({outlets[a] for a in ids.split("; ") if outlets[a]}))
    assert "RFE/RL; WION" in set(seed_extraction.meetings["outlets"])


def test_interactions_name_the_actor_ids_of_their_ends(seed_extraction):
    names = dict(zip(seed_extraction.actors["actor_id"], seed_extraction.actors["name"]))
    rows = seed_extraction.interactions
    for end in ("source", "target"):
        given = rows[rows[f"{end}_id"] != ""]
        assert len(given) > 0.9 * len(rows)
        assert [names[i] for i in given[f"{end}_id"]] == list(given[end])


@pytest.mark.parametrize("written, parsed", [
    ("JOHN HOWARD, he pointed out", "John Howard, he pointed out"),
    ("CLINTON MEETS WITH MEXICO'S ZEDILLO", "Clinton Meets with Mexico's Zedillo"),
    ("SECRETARY-GENERAL CONTINUES VISIT TO GHANA", "Secretary-General Continues Visit to Ghana"),
    ("VISIT TO INDONESIA, SINGAPORE AND MALAYSIA", "Visit to Indonesia, Singapore and Malaysia"),
    # acronyms stay: two letters, or a run without two longer words
    ("US PRESIDENT VISITS", "US President Visits"),
    ("NATO EU summit", "NATO EU summit"),
    # a dateline stays as written: the rules read it so
    ("HYDE PARK, N.Y., OCT. 23 -- Clinton met", "HYDE PARK, N.Y., OCT. 23 -- Clinton met"),
])
def test_runs_of_capitals_are_parsed_as_capitalised_words(written, parsed):
    assert casing_for_parse(written) == parsed


CABLE = ("1. ASSISTANT SECRETARY TODMAN, ACCOMPANIED BY AMBASSADOR LANDAU, MET FOR ONE HOUR "
         "WITH PRESIDENT STROESSNER AUGUST 17 IN ASUNCION. FOREIGN MINISTER NOGUES ALSO ATTENDED. "
         "THE PRESIDENT OUTLINED THE HISTORY OF COMMUNIST INFILTRATION INTO PARAGUAY AND THE "
         "THREAT OF SUBVERSIVES ENTERING FROM NEIGHBORING COUNTRIES SUCH AS BOLIVIA.")


def test_a_text_in_capitals_is_parsed_in_the_case_a_reader_expects(nlp):
    parsed = casing_for_parse(CABLE, truecaser(nlp))
    assert len(parsed) == len(CABLE)
    assert parsed.startswith("1. Assistant Secretary Todman, accompanied by Ambassador")
    # words of the lexicon in lower case; names, titles and months capitalised
    assert "met for one hour with President Stroessner August 17 in Asuncion." in parsed
    assert "Foreign Minister Nogues also attended. The President outlined" in parsed
    assert "into Paraguay and the threat" in parsed
    # a noun after a person's title is a name; "said" is the verb, "may" before a day the month
    cable = truecaser(nlp)("SECRETARY RICHARDSON HAD LENGTHY MEETING ON MAY 24 WITH PRESIDENT "
                           "PARK. THE PRESIDENT SAID THE AMBASSADOR MAY STAY.")
    assert cable == ("Secretary Richardson had lengthy meeting on May 24 with President Park. "
                     "The President said the Ambassador may stay.")
    # every word of a title of several words is capitalised
    assert truecaser(nlp)("THE PRIME MINISTER MET HIM.") == "The Prime Minister met him."
    # a run of capitals in a text in lower case stays a run of capitalised words
    assert casing_for_parse("JOHN HOWARD MEETS BUSH, he said", truecaser(nlp)) \
        == "John Howard Meets Bush, he said"


@pytest.mark.parametrize("written, parsed", [
    ("Modi Holds Talks With Putin in Moscow\nThe talks went on.",
     "Modi holds talks with Putin in Moscow\nThe talks went on."),
    # NER reads no "Khrushchev Soon"; a name of the registry and capitals stay as written
    ("Kennedy To Meet Khrushchev Soon", "Kennedy to meet Khrushchev soon"),
    ("CLINTON MEETS WITH MEXICO'S ZEDILLO", "Clinton meets with Mexico's Zedillo"),
    ("Biden Meets McCarthy at the White House on NATO",
     "Biden meets McCarthy at the White House on NATO"),
    # a line with other words in lower case is no headline
    ("Talks With Putin were held, Modi Said", "Talks With Putin were held, Modi Said"),
])
def test_a_headline_in_title_case_is_parsed_as_a_text_in_capitals_is(nlp, written, parsed):
    assert casing_for_parse(written, truecaser(nlp)) == parsed


def test_a_meeting_in_a_cable_in_capitals_is_found(tmp_path):
    from .helpers import corpus_of

    extraction = extract(corpus_of({"a": ("1977-08-22", CABLE)}), cache_dir=tmp_path)
    assert extraction.meetings["participants"].tolist() == ["Alfredo Stroessner; Todman"]
    assert extraction.meetings["date"].tolist() == ["1977-08-17"]


# The cable above as the State Department's teletype wrapped it, header lines and all: a
# sentence goes on over the line breaks, the name and day that go on with one ("STROESSNER AUGUST
# 17.") too.
WRAPPED_CABLE = """CONFIDENTIAL
PAGE 01 ASUNCI 03420 221422Z
FM AMEMBASSY ASUNCION
TO SECSTATE WASHDC IMMEDIATE 0907
SUBJ: ASSISTANT SECRETARY TODMAN'S VISIT TO PARAGUAY
1. ASSISTANT SECRETARY TODMAN, ACCOMPANIED BY AMBASSADOR
LANDAU, MET FOR APPROXIMATELY ONE HOUR WITH PRESIDENT
STROESSNER AUGUST 17. FOREIGN MINISTER NOGUES ALSO
ATTENDED.
2. THE PRESIDENT OUTLINED THE HISTORY OF COMMUNIST
INFILTRATION INTO PARAGUAY AND THE THREAT OF SUBVERSIVES
ENTERING FROM NEIGHBORING COUNTRIES SUCH AS BOLIVIA AND
BRAZIL, WHICH HE SAID HAD PLAGUED THE COUNTRY SINCE 1947."""


def test_a_meeting_in_a_cable_wrapped_by_hand_is_found(tmp_path):
    folder = tmp_path / "corpus"
    folder.mkdir()
    (folder / "a.txt").write_text(WRAPPED_CABLE, encoding="utf-8")
    (folder / "metadata.csv").write_text("article_id,published\na,1977-08-22\n", encoding="utf-8")
    extraction = extract(load_corpus(folder), cache_dir=tmp_path / "cache")
    assert extraction.meetings["participants"].tolist() == ["Alfredo Stroessner; Todman"]
    assert extraction.meetings["date"].tolist() == ["1977-08-17"]


def test_typographic_apostrophes_are_parsed_straight_and_quoted_as_written(tmp_path):
    from .helpers import corpus_of

    assert casing_for_parse("O’Neill met Kagame’s envoy") == "O'Neill met Kagame's envoy"
    # "Mandela’s" as written leaves "clasped" without a subject in the parse
    text = ("Kaunda, who until recently was one of the West’s closest allies in southern "
            "Africa, clasped Mandela’s hand after a two-hour meeting in Lusaka.")
    extraction = extract(corpus_of({"a": ("1990-02-28", text)}), cache_dir=tmp_path)
    assert extraction.meetings["participants"].tolist() == ["Kenneth Kaunda; Nelson Mandela"]
    assert extraction.meetings["evidence"].str.contains("Mandela’s hand").all()


def test_a_name_in_capitals_is_found_and_quoted_as_written(tmp_path):
    from .helpers import corpus_of

    text = "JOHN HOWARD, he said, first met George Bush in Washington on September 10, 2001."
    corpus = corpus_of({"a": ("2007-09-06", text)})
    extraction = extract(corpus, cache_dir=tmp_path)
    mentions = extraction.mentions
    assert mentions.loc[mentions["text"] == "JOHN HOWARD", "actor_id"].tolist() == ["howard_john"]
    assert extraction.meetings["evidence"].str.startswith("JOHN HOWARD").all()
    assert len(extraction.meetings) == 1


def test_a_line_that_goes_on_in_lower_case_continues_the_sentence(nlp):
    doc = next(parse.parse_texts(["PM to hold talks\nwith Blair and Vajpayee\nPutin spoke."], nlp))
    assert [sent.text.strip() for sent in doc.sents] == [
        "PM to hold talks\nwith Blair and Vajpayee", "Putin spoke."]


def test_an_embedded_posts_signature_ends_its_sentence(nlp):
    """The parser alone runs the signature into the next sentence, its author into the subject."""
    text = ("Rencontre ce matin dans un café du Vieux-Montréal, l’arrivée ici @RadioCanadaInfo "
            "pic.twitter.com/WlqG15dCvS — Aimée Lemieux (@aimlemieux) December 20, 2022 "
            "François Legault and Justin Trudeau met for coffee today at Olimpico in Old "
            "Montreal to discuss health transfers.")
    doc = next(parse.parse_texts([text], nlp))
    assert [sent.text.strip() for sent in doc.sents][-1].startswith("François Legault")


def test_no_sentence_starts_right_after_a_word_on_its_line(nlp):
    """The parser alone splits this caption after "PM", leaving "Nguyen Xuan Phuc" no verb."""
    caption = ("PM Lee Hsien Loong meeting Vietnamese PM Nguyen Xuan Phuc on the sidelines of the "
               "Asean Summit in Bangkok, on June 22, 2019. PHOTO: MCI\n")
    doc = next(parse.parse_texts([caption], nlp))
    assert next(doc.sents).text.endswith("on June 22, 2019.")
