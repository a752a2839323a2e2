"""Shared fixtures: a small, hand-written Extraction that follows the table contracts."""

from __future__ import annotations

import os
from pathlib import Path

os.environ.setdefault("MPLBACKEND", "Agg")

import matplotlib

matplotlib.use("Agg")

from datetime import date

import pandas as pd
import pytest

from analysis.tables import (
    ACTOR_COLUMNS,
    ARTICLE_COLUMNS,
    INTERACTION_COLUMNS,
    MEETING_COLUMNS,
    MENTION_COLUMNS,
    Extraction,
)

# The browser tests' fixtures (`browser`, `page`; each browser test module defines its `lab`).
pytest_plugins = ["tests.browser_support"]

SEEDS = Path(__file__).resolve().parents[1] / "seeds"
PUTIN, LUKASHENKO = "Vladimir Putin", "Alexander Lukashenko"
LAVROV, MAKEI = "Sergey Lavrov", "Vladimir Makei"
KREMLIN, MINSK = "Kremlin", "Minsk"

# actor_id, name, type, country
TOY_ACTORS = [
    ("putin", PUTIN, "person", "RUS"),
    ("lukashenko", LUKASHENKO, "person", "BLR"),
    ("lavrov", LAVROV, "person", "RUS"),
    ("makei", MAKEI, "person", "BLR"),
    ("kremlin", KREMLIN, "org", "RUS"),
    ("minsk", MINSK, "place", "BLR"),
]
TOY_PUBLISHED = {"a1": "2020-08-31", "a2": "2020-09-02", "a3": "2020-09-14"}
TOY_OUTLETS = {"a1": "BelTA", "a2": "TASS", "a3": "BelTA"}
_SPACY_LABEL = {"person": "PERSON", "org": "ORG", "place": "GPE"}

# article_id, sentence_id, actor_id, method
_MENTIONS = [
    ("a1", 0, "putin", "registry"), ("a1", 0, "lukashenko", "registry"),
    ("a1", 1, "putin", "role"), ("a1", 1, "kremlin", "registry"),
    ("a1", 2, "lukashenko", "fuzzy"), ("a1", 2, "minsk", "ner"),
    ("a1", 3, "putin", "registry"),
    ("a2", 0, "lavrov", "registry"), ("a2", 0, "makei", "registry"),
    ("a2", 1, "lavrov", "role"), ("a2", 1, "makei", "fuzzy"),
    ("a2", 2, "lukashenko", "registry"), ("a2", 2, "minsk", "ner"),
    ("a3", 0, "putin", "registry"), ("a3", 0, "lukashenko", "registry"),
    ("a3", 1, "putin", "registry"), ("a3", 1, "lukashenko", "role"),
    ("a3", 2, "kremlin", "ner"), ("a3", 2, "putin", "registry"),
    ("a3", 3, "lavrov", "registry"),
]


def _mentions() -> pd.DataFrame:
    actors = {actor_id: (name, kind, country) for actor_id, name, kind, country in TOY_ACTORS}
    rows = []
    for article_id, sentence_id, actor_id, method in _MENTIONS:
        name, kind, country = actors[actor_id]
        rows.append({
            "article_id": article_id, "sentence_id": sentence_id, "start_char": 0,
            "end_char": len(name), "text": name, "label": _SPACY_LABEL[kind],
            "actor_id": actor_id, "actor": name, "method": method, "type": kind,
            "country": country, "published": TOY_PUBLISHED[article_id],
            "outlet": TOY_OUTLETS[article_id],
        })
    return pd.DataFrame(rows, columns=MENTION_COLUMNS)


def _actors(mentions: pd.DataFrame) -> pd.DataFrame:
    counts = mentions.groupby("actor_id").agg(
        n_mentions=("article_id", "size"), n_articles=("article_id", "nunique")
    )
    rows = [
        {"actor_id": actor_id, "name": name, "type": kind, "country": country,
         "aliases": name, "n_mentions": int(counts.loc[actor_id, "n_mentions"]),
         "n_articles": int(counts.loc[actor_id, "n_articles"])}
        for actor_id, name, kind, country in TOY_ACTORS
    ]
    return pd.DataFrame(rows, columns=ACTOR_COLUMNS)


def _interaction(article_id, sentence_id, source, target, layer, kind="", cameo="", date="",
                 place="", status="held", evidence=""):
    return {
        "article_id": article_id, "sentence_id": sentence_id, "source": source,
        "target": target, "layer": layer, "kind": kind, "cameo": cameo, "date": date,
        "date_text": "", "place": place, "status": status,
        "evidence": evidence or f"{source} and {target} in {article_id}#{sentence_id}.",
        "published": TOY_PUBLISHED[article_id], "outlet": TOY_OUTLETS[article_id],
    }


def _interactions() -> pd.DataFrame:
    rows = [
        _interaction("a1", 0, PUTIN, LUKASHENKO, "cooccurrence"),
        _interaction("a1", 0, PUTIN, LUKASHENKO, "typed", "phone", "041",
                     evidence="Putin and Lukashenko spoke by phone."),
        _interaction("a1", 1, PUTIN, KREMLIN, "cooccurrence"),
        _interaction("a1", 2, LUKASHENKO, MINSK, "cooccurrence"),
        _interaction("a1", 3, PUTIN, LUKASHENKO, "typed", "meet", "036", "2020-09-14",
                     "Moscow", "planned", "Putin will meet Lukashenko in Moscow."),
        _interaction("a2", 0, LAVROV, MAKEI, "cooccurrence"),
        _interaction("a2", 0, LAVROV, MAKEI, "typed", "meet", "040", "2020-09-02", "Moscow",
                     evidence="Lavrov held talks with Makei in Moscow."),
        _interaction("a2", 1, LAVROV, MAKEI, "cooccurrence", date="2020-W36"),
        _interaction("a2", 2, LUKASHENKO, MINSK, "cooccurrence"),
        _interaction("a3", 0, PUTIN, LUKASHENKO, "cooccurrence"),
        _interaction("a3", 0, PUTIN, LUKASHENKO, "typed", "meet", "044", "2020-09-14", "Sochi",
                     evidence="Putin met Lukashenko in Sochi on Monday."),
        _interaction("a3", 1, PUTIN, LUKASHENKO, "cooccurrence"),
        _interaction("a3", 2, KREMLIN, PUTIN, "cooccurrence"),
        _interaction("a3", 3, LAVROV, PUTIN, "cooccurrence"),
    ]
    return pd.DataFrame(rows, columns=INTERACTION_COLUMNS)


def _meetings() -> pd.DataFrame:
    rows = [
        {"meeting_id": "m1", "date": "2020-09-14", "date_precision": "day", "place": "Sochi",
         "participants": f"{PUTIN}; {LUKASHENKO}", "kind": "in_person", "status": "held",
         "cameo": "044", "n_sources": 2, "article_ids": "a1; a3",
         "evidence": "Putin will meet Lukashenko in Moscow. || "
                     "Putin met Lukashenko in Sochi on Monday.",
         "notes": "place: Moscow (a1) vs Sochi (a3)"},
        {"meeting_id": "m2", "date": "2020-09-03", "date_precision": "day", "place": MINSK,
         "participants": f"{LAVROV}; {LUKASHENKO}", "kind": "in_person", "status": "planned",
         "cameo": "036", "n_sources": 1, "article_ids": "a2",
         "evidence": "Lavrov will visit Minsk on Thursday.", "notes": ""},
        {"meeting_id": "m3", "date": "", "date_precision": "unknown", "place": "",
         "participants": f"{PUTIN}; {LUKASHENKO}", "kind": "phone", "status": "held",
         "cameo": "041", "n_sources": 1, "article_ids": "a1",
         "evidence": "Putin and Lukashenko spoke by phone.", "notes": ""},
        {"meeting_id": "m4", "date": "2020-W36", "date_precision": "week", "place": "Moscow",
         "participants": f"{LAVROV}; {MAKEI}", "kind": "in_person", "status": "held",
         "cameo": "040", "n_sources": 1, "article_ids": "a2",
         "evidence": "Lavrov held talks with Makei in Moscow.", "notes": ""},
    ]
    for row in rows:
        row["outlets"] = "; ".join(sorted({TOY_OUTLETS[a] for a in row["article_ids"].split("; ")}))
    return pd.DataFrame(rows, columns=MEETING_COLUMNS)


def _articles() -> pd.DataFrame:
    rows = [
        {"article_id": article_id, "path": f"seeds/{article_id}.txt",
         "outlet": TOY_OUTLETS[article_id],
         "url": "", "title": f"Article {article_id}", "published": published,
         "published_source": "metadata", "text": "", "n_removed_lines": 0}
        for article_id, published in TOY_PUBLISHED.items()
    ]
    return pd.DataFrame(rows, columns=ARTICLE_COLUMNS)


def make_toy_extraction() -> Extraction:
    """A fresh toy Extraction: 6 actors, 20 mentions in 3 articles, 14 interactions, 4 meetings."""
    mentions = _mentions()
    return Extraction(
        articles=_articles(), mentions=mentions, actors=_actors(mentions),
        interactions=_interactions(), meetings=_meetings(),
    )


@pytest.fixture
def toy_extraction() -> Extraction:
    """The toy Extraction (a new copy per test, so tests may modify it)."""
    return make_toy_extraction()


@pytest.fixture(scope="session")
def nlp():
    """The default spaCy pipeline, loaded once per test session."""
    from analysis.extract.parse import load_model

    return load_model()


@pytest.fixture(scope="session")
def finder(nlp):
    """A mention finder over the packaged registry (test_actors has a toy one of its own)."""
    from analysis.extract.actors import MentionFinder, load_registry

    return MentionFinder(nlp.vocab, load_registry())


@pytest.fixture(scope="session")
def seed_cache(tmp_path_factory):
    """A cache folder of this test session, filled by `seed_extraction`."""
    return tmp_path_factory.mktemp("cache")


@pytest.fixture(scope="session")
def seed_extraction(seed_cache):
    """The seeds, loaded and extracted once per test session (with a fresh cache)."""
    from analysis.extract.corpus import load_corpus
    from analysis.extract.pipeline import extract

    corpus = load_corpus(SEEDS)
    return extract(corpus, cache_dir=seed_cache)


# The day relative dates of the written test sentences are read against (a Friday).
ANCHOR = date(2019, 6, 21)


@pytest.fixture(scope="session")
def read(nlp, finder):
    """Typed interactions of a text, with names instead of mention indexes."""
    from analysis.extract.events import TypedInteractionFinder

    def read(text, anchor=ANCHOR):
        doc = nlp(text)
        mentions = finder.find(doc, anchor)
        return [{
            "kind": r.kind, "status": r.status, "specific": r.specific, "separate": r.separate,
            "people": {mentions[i].name for i in r.sources + r.targets},
            "place": mentions[r.place].name if r.place is not None else r.host_capital,
            "date": r.date.value if r.date else None,
        } for r in TypedInteractionFinder(doc, mentions, anchor, seated=finder.seated,
                                   capitals=finder.capital_names,
                                   countries=finder.countries).find()]
    return read
