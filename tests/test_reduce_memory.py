"""The reduce's compact forms (slotted rows, column lists, shared strings, results released as
their rows are made) give the tables that rows of dicts and untouched results gave."""

from __future__ import annotations

import pandas as pd
import pytest

from analysis.extract.actors import load_registry
from analysis.extract.corpus import load_corpus
from analysis.extract.pipeline import analyse_article, article_anchors
from analysis.extract.reduce import reduce_results
from analysis.extract.results import ArticleResult
from analysis.extract.rows import ColumnTable
from analysis.tables import empty_table

from .conftest import SEEDS

TABLES = ("mentions", "actors", "interactions", "meetings", "merges", "roles")


@pytest.fixture(scope="module")
def seed_results(nlp, finder):
    """The seeds' articles table and map results."""
    articles = load_corpus(SEEDS).articles
    anchors = article_anchors(articles)
    results = {article_id: analyse_article(nlp(text), finder, *anchors[article_id])
               for article_id, text in zip(articles["article_id"], articles["text"])}
    return articles, results


def test_a_column_table_has_the_dtypes_of_a_frame_of_dicts():
    rows = [{"name": "Putin", "sentence_id": 3, "score": 100.0},
            {"name": "Lukashenko", "sentence_id": 12, "score": 91.5}]
    table = ColumnTable(["name", "sentence_id", "score"])
    table.add(1, rows[0], {})
    table.add(1, {"score": 91.5}, {"name": ["Lukashenko"], "sentence_id": [12]})
    pd.testing.assert_frame_equal(table.frame(), pd.DataFrame(rows))
    assert table.columns == {"name": [], "sentence_id": [], "score": []}


def test_evidence_is_a_categorical_of_its_sentences_in_order_of_first_appearance():
    sentences = ["Putin met Lukashenko.", "Lukashenko called Putin.", "Putin met Lukashenko."]
    table = ColumnTable(["sentence_id", "evidence"])
    table.add(3, {}, {"sentence_id": [0, 1, 0], "evidence": sentences})
    evidence = table.frame()["evidence"]
    assert isinstance(evidence.dtype, pd.CategoricalDtype)
    assert list(evidence.cat.categories) == sentences[:2]
    assert list(evidence.cat.codes) == [0, 1, 0]
    assert list(evidence.astype(str)) == sentences
    assert evidence.str.contains("called").tolist() == [False, True, False]


def test_the_interactions_table_shares_its_evidence_sentences(seed_results):
    articles, results = seed_results
    interactions = reduce_results(articles, results, load_registry()).interactions
    evidence = interactions["evidence"]
    assert isinstance(evidence.dtype, pd.CategoricalDtype)
    assert len(evidence.cat.categories) == evidence.nunique() < len(evidence)
    told = {text for result in results.values()
            for text in [*result.sentences.values(), *(t.evidence for t in result.typed)]}
    assert set(evidence) <= told | {""}


def test_a_column_table_without_rows_is_the_empty_table():
    pd.testing.assert_frame_equal(ColumnTable(["a", "b"]).frame(), empty_table(["a", "b"]))


def test_compact_shares_strings_and_keeps_the_cached_form(seed_results):
    _, results = seed_results
    for result in results.values():
        before = result.to_json()
        result = ArticleResult.from_json(before).compact()
        assert result.to_json() == before
        sentences = {id(text) for text in result.sentences.values()}
        assert all(id(t.evidence) in sentences for t in result.typed
                   if t.sentence_id in result.sentences)
        names = [m.name for m in result.mentions]
        assert len({id(name) for name in names}) == len(set(names))  # one object per name


def test_released_results_are_emptied_and_give_the_same_tables(seed_results):
    articles, results = seed_results
    registry = load_registry()
    handed_over = {a: ArticleResult.from_json(r.to_json()) for a, r in results.items()}
    kept = reduce_results(articles, results, registry)
    assert len(results) == len(articles)
    released = reduce_results(articles, handed_over, registry, release=True)
    assert handed_over == {}
    for name in TABLES:
        pd.testing.assert_frame_equal(getattr(released, name), getattr(kept, name))
