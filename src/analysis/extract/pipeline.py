"""`extract()`: the corpus -> mentions, actors, interactions and meetings.

A per-article **map** (`analyse_article`: parse, mentions, roles, dates, typed interactions; it
depends on one article and the registry only, runs in several processes, and is cached per
article) followed by a corpus-level **reduce** (`reduce_results`: merge unknown names across
articles, build the tables, deduplicate meetings).
"""

from __future__ import annotations

import hashlib
import json
import logging
from collections import Counter
from collections.abc import Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor
from datetime import date
from functools import cache
from pathlib import Path

import pandas as pd
from spacy.tokens import Doc
from tqdm.auto import tqdm

from analysis.extract.actors import Mention, MentionFinder, Registry, load_registry, resolve_names
from analysis.extract.corpus import Corpus
from analysis.extract.corpus.published import dateline_day, dateline_place
from analysis.extract.dates import ResolvedDate
from analysis.extract.events import (
    MEETING_KINDS,
    MeetingCandidate,
    TypedInteraction,
    TypedInteractionFinder,
    build_meetings,
    sentence_cooccurrences,
)
from analysis.extract.parse import (
    DEFAULT_MODEL,
    DocCache,
    cache_key,
    default_cache_dir,
    load_model,
    model_signature,
    parse_texts,
)
from analysis.extract.results import ArticleResult
from analysis.tables import (
    ACTOR_COLUMNS,
    INTERACTION_COLUMNS,
    MENTION_COLUMNS,
    MERGE_COLUMNS,
    Extraction,
    empty_table,
)

log = logging.getLogger(__name__)

# A meeting held this many days from publication, naming no place, is placed at the dateline.
DATELINE_DAYS = 3
# Show a progress bar from this many articles to parse (and only on a terminal).
PROGRESS_MIN_ARTICLES = 50
# Types that are actors in the network; outlets are sources of news, not actors in it.
NETWORK_TYPES = frozenset({"person", "org", "group", "place"})


def article_anchors(articles: pd.DataFrame) -> dict[str, tuple[date | None, str]]:
    """The date each article's relative dates are read against.

    An article's publication date (precision `day`), or the day its dateline gives when that is
    up to three days earlier (wire copy: "HYDE PARK, OCT. 23 -- … met today" printed on the
    24th). For an undated article, the median
    publication date of the corpus with precision `year`: it fixes the year of "September 14"
    but resolves no weekday or "last week". None when no article is dated.

    Args:
        articles: the articles table.

    Returns:
        article_id -> (anchor date or None, "day" | "year").
    """
    dated = sorted(date.fromisoformat(p) for p in articles["published"] if p)
    fallback = dated[len(dated) // 2] if dated else None
    anchors = {}
    for article_id, published, text in zip(articles["article_id"], articles["published"],
                                           articles["text"]):
        if published:
            day = date.fromisoformat(published)
            anchors[article_id] = (dateline_day(text.splitlines(), day) or day, "day")
        else:
            anchors[article_id] = (fallback, "year")
    return anchors


def analyse_article(doc: Doc, finder: MentionFinder, anchor: date | None,
                    anchor_precision: str) -> ArticleResult:
    """The per-article map: mentions and typed interactions of one parsed article.

    Args:
        doc: the parsed article.
        finder: mention finder with the registry.
        anchor: the date relative expressions are read against (see `article_anchors`).
        anchor_precision: "day" or "year".

    Returns:
        The article's `ArticleResult`.
    """
    text = doc.text
    mentions = finder.find(doc, anchor, text)
    typed = TypedInteractionFinder(doc, mentions, anchor, anchor_precision, text).find()
    used = {m.sentence_id for m in mentions}
    sentences = {i: text[sent.start_char:sent.end_char].strip()
                 for i, sent in enumerate(doc.sents) if i in used}
    return ArticleResult(mentions=mentions, typed=typed, sentences=sentences,
                         dateline=dateline_place(text.splitlines()))


# What the per-article map reads: the code of the extraction stages and the rules files.
MAP_FOLDERS = ("extract", "data")


@cache
def map_code_digest() -> str:
    """Hash of every file the per-article map reads: its code and its rules.

    Cached map results are keyed by it, so that an edited rule, an edited module, or a module
    moved or renamed is never answered from a result the old files made. The hash covers each
    file's path inside the package and its bytes.

    Returns:
        16 hex digits.
    """
    package = Path(__file__).resolve().parents[1]
    digest = hashlib.sha256()
    for folder in MAP_FOLDERS:
        for path in sorted((package / folder).rglob("*")):
            if path.is_file() and "__pycache__" not in path.parts:
                digest.update(path.relative_to(package).as_posix().encode() + b"\0")
                digest.update(path.read_bytes())
    return digest.hexdigest()[:16]


class _ResultCache:
    """Per-article map results on disk as JSON, keyed by text, model, registry, code and anchor."""

    def __init__(self, folder: Path, signature: str, salt: str) -> None:
        self.folder = folder / "results" / signature
        self.folder.mkdir(parents=True, exist_ok=True)
        self.signature, self.salt = signature, salt

    def path(self, text: str, anchor: tuple[date | None, str]) -> Path:
        return self.folder / f"{cache_key(text, self.signature, f'{self.salt}|{anchor}')}.json"

    def get(self, text: str, anchor: tuple[date | None, str]) -> ArticleResult | None:
        path = self.path(text, anchor)
        if not path.exists():
            return None
        return ArticleResult.from_json(json.loads(path.read_text("utf-8")))

    def put(self, text: str, anchor: tuple[date | None, str], result: ArticleResult) -> None:
        self.path(text, anchor).write_text(json.dumps(result.to_json()), "utf-8")


# Worker state for the process pool: each worker loads the model and registry once.
_worker: dict = {}


def _init_worker(model: str, actors: str | None, cache_dir: str | None) -> None:
    nlp = load_model(model)
    registry = load_registry(actors)
    _worker.update(nlp=nlp, finder=MentionFinder(nlp.vocab, registry),
                   cache=DocCache(cache_dir, nlp) if cache_dir else None)


def _map_chunk(chunk: list[tuple[str, date | None, str]]) -> list[ArticleResult]:
    docs = parse_texts([text for text, _, _ in chunk], _worker["nlp"], cache=_worker["cache"])
    return [analyse_article(doc, _worker["finder"], anchor, precision)
            for doc, (_, anchor, precision) in zip(docs, chunk)]


def _map_articles(tasks: list[tuple[str, date | None, str]], *, model: str, actors: str | None,
                  cache_dir: Path | None, n_process: int, nlp, finder) -> Iterator[ArticleResult]:
    """Run the map over (text, anchor, precision) tasks, in order, in one or more processes."""
    if n_process <= 1:
        cache = DocCache(cache_dir, nlp) if cache_dir else None
        docs = parse_texts((text for text, _, _ in tasks), nlp, cache=cache)
        for doc, (_, anchor, precision) in zip(docs, tasks):
            yield analyse_article(doc, finder, anchor, precision)
        return
    chunk_size = max(1, min(64, len(tasks) // (n_process * 4) or 1))
    chunks = [tasks[i:i + chunk_size] for i in range(0, len(tasks), chunk_size)]
    with ProcessPoolExecutor(n_process, initializer=_init_worker,
                             initargs=(model, actors, str(cache_dir) if cache_dir else None)) as pool:
        for results in pool.map(_map_chunk, chunks):
            yield from results


def extract(corpus: Corpus, model: str = DEFAULT_MODEL, actors: str | Path | None = None,
            cache_dir: str | Path | None = None, n_process: int = 1, *,
            use_cache: bool = True) -> Extraction:
    """Extract mentions, actors, interactions and meetings from a loaded corpus.

    Args:
        corpus: from `load_corpus`.
        model: an installed spaCy pipeline name.
        actors: a user registry YAML that extends the packaged one.
        cache_dir: where parsed documents and per-article results are cached
            (default `$ANALYSIS_CACHE` or `~/.cache/analysis`).
        n_process: processes for the per-article map.
        use_cache: False parses everything and writes no cache.

    Returns:
        The `Extraction` with its tables.

    Example:
        >>> extraction = extract(load_corpus("seeds"))        # doctest: +SKIP
        >>> extraction.meetings[["date", "participants", "place"]]  # doctest: +SKIP
    """
    if n_process < 1:
        raise ValueError(f"n_process must be >= 1, got {n_process}")
    registry = load_registry(actors)
    articles = corpus.articles
    anchors = article_anchors(articles)
    folder = Path(cache_dir) if cache_dir else default_cache_dir()
    signature = model_signature(model)
    results_cache = _ResultCache(folder, signature,
                                 f"{registry.digest}|{map_code_digest()}") if use_cache else None

    results: dict[str, ArticleResult] = {}
    todo: list[tuple[str, str]] = []
    for article_id, text in zip(articles["article_id"], articles["text"]):
        cached = results_cache.get(text, anchors[article_id]) if results_cache else None
        if cached is None:
            todo.append((article_id, text))
        else:
            results[article_id] = cached
    if not todo:  # everything cached: the model is not even loaded
        return reduce_results(articles, results, registry)
    nlp = load_model(model)
    tasks = [(text, *anchors[article_id]) for article_id, text in todo]
    mapped = _map_articles(tasks, model=model, actors=str(actors) if actors else None,
                           cache_dir=folder if use_cache else None, n_process=n_process,
                           nlp=nlp, finder=MentionFinder(nlp.vocab, registry))
    progress = tqdm(mapped, total=len(todo), desc="parsing", unit="article", disable=None
                    if len(todo) >= PROGRESS_MIN_ARTICLES else True)
    for (article_id, text), result in zip(todo, progress):
        results[article_id] = result
        if results_cache:
            results_cache.put(text, anchors[article_id], result)
    return reduce_results(articles, results, registry)


def reduce_results(articles: pd.DataFrame, results: dict[str, ArticleResult], registry: Registry
                   ) -> Extraction:
    """The corpus-level reduce: merge names, build the tables, deduplicate meetings.

    Args:
        articles: the articles table.
        results: article_id -> `analyse_article` output.
        registry: the actor registry.

    Returns:
        The `Extraction`.
    """
    published = dict(zip(articles["article_id"], articles["published"]))
    unresolved = [(m.name, m.type) for result in results.values()
                  for m in result.mentions if not m.actor_id]
    resolution = resolve_names(unresolved, registry)
    rows_by_article = {
        article_id: _mention_rows(article_id, results[article_id].mentions, resolution, registry,
                                  published[article_id])
        for article_id in articles["article_id"] if article_id in results}
    mention_rows = [row for rows in rows_by_article.values() for row in rows]
    _one_name_per_actor(mention_rows)
    mentions = pd.DataFrame(mention_rows, columns=[*MENTION_COLUMNS, "score"]) if mention_rows \
        else empty_table([*MENTION_COLUMNS, "score"])
    interactions, candidates = _interactions(articles, results, rows_by_article)
    place_country = _place_countries(registry)
    published_dates = {a: date.fromisoformat(p) if p else None for a, p in published.items()}
    meetings = build_meetings(candidates, published_dates, place_country)
    return Extraction(
        articles=articles, mentions=mentions, actors=_actor_table(mentions),
        interactions=interactions, meetings=meetings,
        merges=merge_table(mentions),
    )


def _one_name_per_actor(rows: list[dict]) -> None:
    """Give every mention of one actor the same name: the one its mentions use most ("Hugo
    Chávez" and "Hugo Chavez" merged into one actor are shown under one of them)."""
    counts: dict[str, Counter[str]] = {}
    for row in rows:
        counts.setdefault(row["actor_id"], Counter())[row["actor"]] += 1
    names = {actor_id: min(c, key=lambda name: (-c[name], name)) for actor_id, c in counts.items()}
    for row in rows:
        row["actor"] = names[row["actor_id"]]


def _mention_rows(article_id: str, mentions: list[Mention], resolution: dict,
                  registry: Registry, published: str) -> list[dict]:
    """The mentions-table rows of one article, with names merged across the corpus."""
    rows = []
    for m in mentions:
        actor_id, name, method, score = m.actor_id, m.name, m.method, m.score
        if not actor_id:
            actor_id, name, merge_method, score = resolution[(m.name, m.type)]
            if merge_method == "fuzzy":
                method = "fuzzy"
        actor = registry.actors.get(actor_id)
        rows.append({
            "article_id": article_id, "sentence_id": m.sentence_id,
            "start_char": m.start_char, "end_char": m.end_char, "text": m.text,
            "label": m.label, "actor_id": actor_id, "actor": name, "method": method,
            "type": actor.type if actor else m.type,
            "country": actor.country if actor else "", "published": published,
            "score": round(score, 1),
        })
    return rows


def merge_table(mentions: pd.DataFrame) -> pd.DataFrame:
    """The fuzzy merges a researcher should review: one row per surface form and actor.

    Args:
        mentions: the mentions table.

    Returns:
        `surface, actor_id, actor, method, score, n_mentions`, lowest score first.
    """
    fuzzy = mentions[mentions["method"] == "fuzzy"]
    if fuzzy.empty:
        return empty_table([*MERGE_COLUMNS, "n_mentions"])
    table = (fuzzy.groupby(["text", "actor_id", "actor", "method"], as_index=False)
             .agg(score=("score", "min"), n_mentions=("score", "size"))
             .rename(columns={"text": "surface"}))
    return table.sort_values(["score", "surface"]).reset_index(drop=True)[
        [*MERGE_COLUMNS, "n_mentions"]]


def _actor_table(mentions: pd.DataFrame) -> pd.DataFrame:
    if mentions.empty:
        return empty_table(ACTOR_COLUMNS)
    grouped = mentions.groupby("actor_id", sort=False)
    table = pd.DataFrame({
        "actor_id": list(grouped.groups),
        "name": grouped["actor"].first().values,
        "type": grouped["type"].first().values,
        "country": grouped["country"].first().values,
        "aliases": grouped["text"].agg(lambda s: "|".join(sorted(set(s)))).values,
        "n_mentions": grouped.size().values,
        "n_articles": grouped["article_id"].nunique().values,
    })
    return table.sort_values(["n_mentions", "name"], ascending=[False, True]).reset_index(drop=True)


def _place_countries(registry: Registry) -> dict[str, str]:
    """Place name -> the name of the country it lies in (cities only)."""
    places = {}
    for actor in registry.actors.values():
        if actor.type == "place" and not actor.demonyms:
            country = registry.country_actor(actor.country)
            if country is not None:
                places[actor.name] = country.name
    return places


def _interactions(articles: pd.DataFrame, results: dict[str, ArticleResult],
                  rows_by_article: dict[str, list[dict]]
                  ) -> tuple[pd.DataFrame, list[MeetingCandidate]]:
    """The interactions table (both layers) and the meeting candidates of the typed layer."""
    rows: list[dict] = []
    candidates: list[MeetingCandidate] = []
    for article_id, published in zip(articles["article_id"], articles["published"]):
        result = results.get(article_id)
        if result is None:
            continue
        mentions = rows_by_article[article_id]
        in_network = {i: m["actor"] for i, m in enumerate(mentions) if m["type"] in NETWORK_TYPES}
        base = {"article_id": article_id, "published": published}
        rows.extend(_cooccurrence_rows(base, result, in_network))
        for typed in result.typed:
            typed_rows, found = _typed_rows(base, typed, mentions, in_network, result.dateline)
            rows.extend(typed_rows)
            candidates.extend(found)
    interactions = pd.DataFrame(rows, columns=INTERACTION_COLUMNS) if rows \
        else empty_table(INTERACTION_COLUMNS)
    return interactions, candidates


def _cooccurrence_rows(base: dict, result: ArticleResult, in_network: dict[int, str]
                       ) -> list[dict]:
    """One `cooccurrence` row per pair of actors named in one sentence."""
    return [{**base, "sentence_id": sentence_id, "source": a, "target": b,
             "layer": "cooccurrence", "kind": "", "cameo": "", "date": "", "date_text": "",
             "place": "", "status": "", "evidence": result.sentences.get(sentence_id, "")}
            for sentence_id, a, b in sentence_cooccurrences(result.mentions, in_network)]


def _typed_rows(base: dict, typed: TypedInteraction, mentions: list[dict],
                in_network: dict[int, str], dateline: str = ""
                ) -> tuple[list[dict], list[MeetingCandidate]]:
    """The `typed` rows of one interaction (one per source-target pair) and, when its kind
    makes a meeting, its meeting candidates (one per target when they were met separately)."""
    sources = _names(typed.sources, in_network)
    targets = _names(typed.targets, in_network)
    place = mentions[typed.place]["actor"] if typed.place is not None else ""
    when = _date_fields(typed.date)
    common = {**base, "sentence_id": typed.sentence_id, "layer": "typed", "kind": typed.kind,
              "cameo": typed.cameo, "date": when["date"], "date_text": when["date_text"],
              "place": place, "status": typed.status, "evidence": typed.evidence}
    pairs = [(s, t) for s in sources for t in targets if s != t] or \
        [(s, "") for s in sources] or [("", t) for t in targets]
    rows = [{**common, "source": s, "target": t} for s, t in pairs]
    if typed.kind not in MEETING_KINDS or not typed.specific:
        return rows, []
    if not place and _at_dateline(typed, when, base["published"]):
        place = dateline
    groups = [[target] for target in targets] if typed.separate and len(targets) > 1 \
        else [targets]
    found = [_meeting_candidate(typed, base["article_id"], sources, group, place, mentions, when)
             for group in groups]
    return rows, [candidate for candidate in found if candidate is not None]


def _at_dateline(typed: TypedInteraction, when: dict, published: str) -> bool:
    """Whether a meeting that names no place took place where the article was filed: held in
    person, on a day within `DATELINE_DAYS` of publication or undated."""
    if typed.status != "held" or typed.kind in ("phone", "video"):
        return False
    if when["date_start"] is None or not published:
        return True
    return abs((date.fromisoformat(published) - when["date_start"]).days) <= DATELINE_DAYS


def _date_fields(resolved: ResolvedDate | None) -> dict:
    """A resolved date as the tables and the meeting candidates hold it."""
    if resolved is None:
        return {"date": "", "date_text": "", "date_precision": "unknown", "date_start": None,
                "date_end": None}
    return {"date": resolved.value or "", "date_text": resolved.text,
            "date_precision": resolved.precision or "unknown", "date_start": resolved.start,
            "date_end": resolved.end}


def _meeting_candidate(typed: TypedInteraction, article_id: str, sources: list[str],
                       targets: list[str], place: str, mentions: list[dict], when: dict
                       ) -> MeetingCandidate | None:
    """The meeting a meet/visit/host/phone interaction may report: its participants are the
    named people and parties (not places); a visit with no place of its own takes the place
    visited. None when nobody takes part."""
    people = {n for n in sources + targets if _type_of(n, mentions) != "place"}
    if not people:
        return None
    if typed.kind == "visit" and not place:
        visited = [n for n in targets if _type_of(n, mentions) == "place"]
        place = visited[0] if visited else ""
    return MeetingCandidate(
        article_id=article_id, sentence_id=typed.sentence_id, participants=frozenset(people),
        meeting_kind=MEETING_KINDS[typed.kind], kind=typed.kind, place=place,
        status=typed.status, cameo=typed.cameo, evidence=typed.evidence,
        anaphoric=typed.anaphoric, role_party=typed.role_party, **when)


def _names(indexes: Iterable[int], names: dict[int, str]) -> list[str]:
    return list(dict.fromkeys(names[i] for i in indexes if i in names))


def _type_of(name: str, mentions: list[dict]) -> str:
    return next((m["type"] for m in mentions if m["actor"] == name), "")
