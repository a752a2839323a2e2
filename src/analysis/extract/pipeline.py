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
import re
from collections.abc import Iterator
from concurrent.futures import ProcessPoolExecutor
from dataclasses import replace
from datetime import date
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING

import pandas as pd
from spacy.tokens import Doc, Span
from tqdm.auto import tqdm

from analysis.extract.actors import Mention, MentionFinder, Registry, load_registry
from analysis.extract.corpus import Corpus
from analysis.extract.corpus.published import (
    DATE_SEARCH_LINES,
    dateline_day,
    dateline_place,
    year_from_url,
)
from analysis.extract.events import (
    TypedInteractionFinder,
)
from analysis.extract.overrides import Overrides, load_overrides
from analysis.extract.parse import (
    DEFAULT_MODEL,
    CacheFolder,
    DocCache,
    cache_key,
    default_cache_dir,
    load_model,
    model_signature,
    parse_texts,
    release_free_memory,
)
from analysis.extract.reduce import reduce_results
from analysis.extract.results import ArticleResult
from analysis.tables import (
    Extraction,
)

if TYPE_CHECKING:  # Dask is imported only by a run given a client
    from distributed import Client

log = logging.getLogger(__name__)

# Show a progress bar from this many articles to parse (and only on a terminal).
PROGRESS_MIN_ARTICLES = 50
# The precision of an undated article's anchor that is the corpus's median date, not its own.
CORPUS_YEAR = "corpus"


def article_anchors(articles: pd.DataFrame) -> dict[str, tuple[date | None, str]]:
    """The date each article's relative dates are read against.

    An article's publication date (precision `day`), or the day its dateline gives when that is
    up to three days earlier (wire copy: "HYDE PARK, OCT. 23 -- … met today" printed on the
    24th). For an undated article, the middle of the year its address gives ("/archive/1998/"),
    with precision `year`: it fixes the year of "September 14" but resolves no weekday or "last
    week"; else the median publication date of the corpus, read as a year too but with precision
    `corpus`, a guess no role is read on ("the Syrian president" is left to the reduce). None
    when neither is known.

    Args:
        articles: the articles table.

    Returns:
        article_id -> (anchor date or None, "day" | "year" | "corpus").
    """
    dated = sorted(date.fromisoformat(p) for p in articles["published"] if p)
    fallback = dated[len(dated) // 2] if dated else None
    anchors = {}
    for article_id, published, text, url in zip(articles["article_id"], articles["published"],
                                                articles["text"], articles["url"]):
        if published:
            day = date.fromisoformat(published)
            anchors[article_id] = (dateline_day(text.splitlines(), day) or day, "day")
        else:
            year = year_from_url(url)
            anchors[article_id] = (date(year, 7, 1), "year") if year else (fallback, CORPUS_YEAR)
    return anchors


def analyse_article(doc: Doc, finder: MentionFinder, anchor: date | None,
                    anchor_precision: str, written: str | None = None) -> ArticleResult:
    """The per-article map: mentions and typed interactions of one parsed article.

    Args:
        doc: the parsed article.
        finder: mention finder with the registry.
        anchor: the date relative expressions are read against (see `article_anchors`).
        anchor_precision: "day", "year" or "corpus" (a year no role is read on).
        written: the text as written, when the parse read it recased (`casing_for_parse`):
            the mentions and evidence quote it.

    Returns:
        The article's `ArticleResult`.
    """
    text = doc.text
    written = written or text
    dateline = dateline_place(written.splitlines(), finder.is_city)
    body = _without_headline(text)
    roles_day = None if anchor_precision == CORPUS_YEAR else anchor
    anchor_precision = "year" if anchor_precision == CORPUS_YEAR else anchor_precision
    mentions = [m for m in finder.find(doc, roles_day, text)
                if not _names_nobody(m, text, body, dateline)]
    typed = TypedInteractionFinder(doc, mentions, anchor, anchor_precision, text,
                                   seated=finder.seated,
                                   capitals=finder.capital_names,
                                   countries=finder.countries).find()
    sents = list(doc.sents)
    if written != text:
        for mention in mentions:
            mention.text = written[mention.start_char:mention.end_char]
        typed = [replace(row, evidence=_sentence(written, sents[row.sentence_id]))
                 for row in typed]
    used = {m.sentence_id for m in mentions}
    sentences = {i: _sentence(written, sent) for i, sent in enumerate(sents) if i in used}
    if any(m.type == "person" and m.text == dateline for m in mentions):
        dateline = ""  # "Putin, Xi – a friendship": names, no dateline
    return ArticleResult(mentions=mentions, typed=typed, sentences=sentences, dateline=dateline)


# An agency's credit in brackets opening a paragraph, before a dash: "(Mizzima) – Burmese
# President Thein Sein met …".
AGENCY_CREDIT_START = re.compile(r"(?:^|\n)\($")
AGENCY_CREDIT = re.compile(r"\)\s*[-–—]")
# A speaker's label in a transcript: capitals opening a line, then a colon ("PRIME MINISTER:").
SPEAKER_LABEL = re.compile(r"(?<![^\n])[A-Z][A-Z .'’-]*:")


def _without_headline(text: str) -> str:
    """The text with its first line blanked, and any line that repeats it (a page that prints
    its title twice), so that offsets stay; the text as it is when it has one line only."""
    lines = text.split("\n")
    headline = lines[0].strip().casefold()
    return text if len(lines) == 1 else "\n".join(
        " " * len(line) if i == 0 or line.strip().casefold() == headline else line
        for i, line in enumerate(lines))


def _names_nobody(mention: Mention, text: str, body: str, dateline: str) -> bool:
    """Whether a mention names nobody (`body`: the text, its headline blanked by
    `_without_headline`): a word of a headline NER tagged that the text repeats only in lower
    case ("Leaders Reportedly Talked in Secret in Jordan" above "at secret meetings"), not a
    title standing for its holder ("President spoke with Putin"); for a person, a dateline in
    capitals the tagger took for one ("JAKARTA ~ Former …"), a title that labels a speaker,
    whoever holds it ("PRIME MINISTER:"; "MACRON:" names its speaker), or one unknown word of a
    headline the text never repeats ("Aquino, Opponents Meet Visiting Shultz"), among words all
    capitalised (not a lead the loader joined to the headline: "… Saidov met with the …"); an
    agency's credit opening a paragraph (`AGENCY_CREDIT`)."""
    if AGENCY_CREDIT.match(text, mention.end_char) and AGENCY_CREDIT_START.search(
            text, max(0, mention.start_char - 2), mention.start_char):
        return True
    one_headline_word = " " not in mention.text and body[mention.start_char] == " "
    if one_headline_word and mention.method == "ner" \
            and _written(mention.text.lower(), body) and not _written(mention.text, body):
        return True
    if mention.type != "person":
        return False
    if mention.text.isupper() and (mention.text.lower() == dateline.lower() or (
            mention.method == "role" and SPEAKER_LABEL.match(text, mention.start_char))):
        return True
    return not mention.actor_id and one_headline_word and _among_capitals(text, mention) \
        and not _written(mention.text, body)


def _written(word: str, text: str) -> bool:
    """Whether a text holds a word, as written, as a whole word."""
    return re.compile(rf"\b{re.escape(word)}\b").search(text) is not None


def _among_capitals(text: str, mention: Mention) -> bool:
    """Whether the three words on each side of a mention start with a capital letter, but for
    short ones ("in", "to", "of")."""
    before = text[:mention.start_char].split()[-3:]
    after = text[mention.end_char:].split()[:3]
    return not any(word[:1].islower() and len(word) > 3 for word in before + after)


def _sentence(text: str, sent: Span) -> str:
    return text[sent.start_char:sent.end_char].strip()


def analyse_or_fail(doc: Doc, finder: MentionFinder, anchor: date | None,
                    anchor_precision: str, written: str | None = None) -> ArticleResult:
    """`analyse_article`, or, where it raises, an empty result that says why (`error`): one
    article the rules trip on must not cost the run.

    Args:
        doc, finder, anchor, anchor_precision, written: as for `analyse_article`.

    Returns:
        The `ArticleResult`.
    """
    try:
        return analyse_article(doc, finder, anchor, anchor_precision, written)
    except Exception as error:  # noqa: BLE001 - any failure of the rules, reported per article
        log.warning("the map failed on an article (%s: %s); it is left out",
                    type(error).__name__, error)
        return ArticleResult([], [], {}, error=f"{type(error).__name__}: {error}")


# What the per-article map reads: the code of the extraction stages and the rules files.
MAP_FOLDERS = ("extract", "data")


PACKAGE = Path(__file__).resolve().parents[1]


@cache
def map_code_digest(package: Path = PACKAGE) -> str:
    """Hash of every file the per-article map reads: its code and its rules.

    Cached map results are keyed by it, so that an edited rule, an edited module, or a module
    moved or renamed is never answered from a result the old files made. The hash covers each
    file's path inside the package and its bytes.

    Args:
        package: the `analysis` package folder (this installation's by default).

    Returns:
        16 hex digits.
    """
    digest = hashlib.sha256()
    for folder in MAP_FOLDERS:
        for path in sorted((package / folder).rglob("*")):
            if path.is_file() and "__pycache__" not in path.parts:
                digest.update(path.relative_to(package).as_posix().encode() + b"\0")
                digest.update(path.read_bytes())
    return digest.hexdigest()[:16]


class ResultCache(CacheFolder):
    """Per-article map results on disk, keyed by text, model, registry, code and anchor.

    Each entry is a JSON envelope `{"key": ..., "sha256": ..., "result": ...}`: the key it was
    written for and a checksum of the result. An entry whose key is not the one asked for, whose
    result does not match its checksum, or that cannot be read back, is discarded.
    """

    def __init__(self, folder: Path, signature: str, salt: str) -> None:
        super().__init__(folder, Path("results") / signature)
        self.signature, self.salt = signature, salt

    def _key_and_path(self, text: str, anchor: tuple[date | None, str]) -> tuple[str, Path]:
        key = cache_key(text, self.signature, f"{self.salt}|{anchor}")
        return key, self.folder / f"{key}.json"

    def get(self, text: str, anchor: tuple[date | None, str]) -> ArticleResult | None:
        """The cached map result of an article, or None (also for an entry failing its checks).

        Args:
            text: the article text.
            anchor: its date anchor and precision (see `article_anchors`).

        Returns:
            The `ArticleResult`, or None.
        """
        key, path = self._key_and_path(text, anchor)
        data = self.read(path)
        if data is None:
            return None
        try:
            entry = json.loads(data)
            if entry["key"] != key:
                self.discard(path, "was written for another key")
                return None
            if entry["sha256"] != self._checksum(entry["result"]):
                self.discard(path, "does not match its checksum")
                return None
            return ArticleResult.from_json(entry["result"])
        except (ValueError, KeyError, TypeError) as error:
            self.discard(path, f"cannot be read back ({type(error).__name__}: {error})")
            return None

    def put(self, text: str, anchor: tuple[date | None, str], result: ArticleResult) -> None:
        """Store the map result of an article, with its key and checksum.

        Args:
            text: the article text.
            anchor: its date anchor and precision.
            result: what `analyse_article` returned for it.
        """
        if result.error:  # a failure is retried on the next run, never answered from the cache
            return
        key, path = self._key_and_path(text, anchor)
        data = result.to_json()
        entry = {"key": key, "sha256": self._checksum(data), "result": data}
        self.write(path, json.dumps(entry).encode("utf-8"))

    @staticmethod
    def _checksum(data: dict) -> str:
        """Hash of a result as JSON (which reads back and dumps again to the same text)."""
        return hashlib.sha256(json.dumps(data).encode("utf-8")).hexdigest()


# Worker state for the process pool: each worker loads the model and registry once.
_worker: dict = {}


def _note_long_articles(corpus: Corpus, max_length: int) -> None:
    """Say in the corpus report which articles are longer than the pipeline takes at once and
    are parsed in paragraph-aligned pieces."""
    long_paths = corpus.articles.loc[corpus.articles["text"].str.len() > max_length, "path"]
    note = f"parsed in pieces (longer than the model's max_length of {max_length:,} characters)"
    _add_to_report(corpus, dict.fromkeys(long_paths, note))


def _add_to_report(corpus: Corpus, notes: dict[str, str]) -> None:
    """Add a note to the corpus report's `reason` of each path in `notes` (path -> note)."""
    if not notes:
        return
    report = corpus.report
    rows = report["path"].isin(notes)
    report.loc[rows, "reason"] = [f"{reason}; {notes[path]}" if reason else notes[path]
                                  for path, reason in zip(report.loc[rows, "path"],
                                                          report.loc[rows, "reason"])]


def _init_worker(model: str, actors: str | None, cache_dir: str | None) -> None:
    nlp = load_model(model)
    registry = load_registry(actors)
    _worker.update(nlp=nlp, finder=MentionFinder(nlp.vocab, registry),
                   cache=DocCache(cache_dir, nlp) if cache_dir else None)


def _map_chunk(chunk: list[tuple[str, date | None, str]]) -> list[ArticleResult]:
    docs = parse_texts([text for text, _, _ in chunk], _worker["nlp"], cache=_worker["cache"])
    return [analyse_or_fail(doc, _worker["finder"], anchor, precision, text)
            for doc, (text, anchor, precision) in zip(docs, chunk)]


def _map_articles(tasks: list[tuple[str, date | None, str]], *, model: str, actors: str | None,
                  cache_dir: Path | None, n_process: int, nlp, finder) -> Iterator[ArticleResult]:
    """Run the map over (text, anchor, precision) tasks, in order, in one or more processes."""
    if n_process <= 1:
        cache = DocCache(cache_dir, nlp) if cache_dir else None
        docs = parse_texts((text for text, _, _ in tasks), nlp, cache=cache)
        for doc, (text, anchor, precision) in zip(docs, tasks):
            yield analyse_or_fail(doc, finder, anchor, precision, text)
        return
    chunk_size = max(1, min(64, len(tasks) // (n_process * 4) or 1))
    chunks = [tasks[i:i + chunk_size] for i in range(0, len(tasks), chunk_size)]
    with ProcessPoolExecutor(n_process, initializer=_init_worker,
                             initargs=(model, actors, str(cache_dir) if cache_dir else None)) as pool:
        for results in pool.map(_map_chunk, chunks):
            yield from results


def extract(corpus: Corpus, model: str = DEFAULT_MODEL, actors: str | Path | None = None,
            cache_dir: str | Path | None = None, n_process: int = 1, *,
            use_cache: bool = True, overrides: str | Path | None = None,
            client: Client | None = None) -> Extraction:
    """Extract mentions, actors, interactions and meetings from a loaded corpus.

    Args:
        corpus: from `load_corpus`.
        model: an installed spaCy pipeline name.
        actors: a user registry YAML that extends the packaged one.
        cache_dir: where parsed documents and per-article results are cached
            (default `$ANALYSIS_CACHE` or `~/.cache/analysis`).
        n_process: processes for the per-article map.
        use_cache: False parses everything and writes no cache.
        overrides: a researcher's overrides file (`same`, `keep_apart`, `wrong_meetings`,
            `same_meetings`; see `analysis.extract.overrides`), applied in the reduce.
        client: a `distributed.Client`: the map runs on its Dask cluster (see
            `analysis.extract.cluster`), the reduce here; same tables as in one process.

    Returns:
        The `Extraction` with its tables.

    Example:
        >>> extraction = extract(load_corpus("seeds"))        # doctest: +SKIP
        >>> extraction.meetings[["date", "participants", "place"]]  # doctest: +SKIP
    """
    if n_process < 1:
        raise ValueError(f"n_process must be >= 1, got {n_process}")
    if client is not None and n_process > 1:
        raise ValueError(f"n_process={n_process} with a Dask client: the cluster's workers "
                         "are the processes; leave n_process at 1")
    registry = load_registry(actors)
    decisions = load_overrides(overrides)
    articles = corpus.articles
    anchors = article_anchors(articles)
    folder = Path(cache_dir) if cache_dir else default_cache_dir()
    signature = model_signature(model)
    results_cache = ResultCache(folder, signature,
                                 f"{registry.digest}|{map_code_digest()}") if use_cache else None

    results: dict[str, ArticleResult] = {}
    todo: list[tuple[str, str]] = []
    for article_id, text in zip(articles["article_id"], articles["text"]):
        cached = results_cache.get(text, anchors[article_id]) if results_cache else None
        if cached is None:
            todo.append((article_id, text))
        else:
            results[article_id] = cached.compact()
    if not todo:  # everything cached: the model is not even loaded
        release_free_memory()
        return _reduce(corpus, results, registry, decisions)
    nlp = load_model(model)
    _note_long_articles(corpus, nlp.max_length)
    tasks = [(text, *anchors[article_id]) for article_id, text in todo]
    if client is not None:  # the cluster map stores its results itself (see `cluster`)
        from analysis.extract.cluster import map_on_cluster
        mapped = map_on_cluster(client, tasks, model=model, registry=registry,
                                results_cache=results_cache)
    else:
        mapped = _map_articles(tasks, model=model, actors=str(actors) if actors else None,
                               cache_dir=folder if use_cache else None, n_process=n_process,
                               nlp=nlp, finder=MentionFinder(nlp.vocab, registry))
    progress = tqdm(mapped, total=len(todo), desc="parsing", unit="article", disable=None
                    if len(todo) >= PROGRESS_MIN_ARTICLES else True)
    failed = {}
    for (article_id, text), result in zip(todo, progress):
        results[article_id] = result.compact()
        if result.error:
            failed[article_id] = f"left out: the map failed ({result.error})"
        if results_cache and client is None:
            results_cache.put(text, anchors[article_id], result)
    path_of = dict(zip(articles["article_id"], articles["path"]))
    _add_to_report(corpus, {path_of[article_id]: note for article_id, note in failed.items()})
    del todo, tasks  # the map's copies of the texts, not to be held through the reduce
    release_free_memory()
    return _reduce(corpus, results, registry, decisions)


# Why the cleaner removed a line that may be the dateline printed apart: a short line, one an
# outlet repeats over its articles ("Press Trust of India New Delhi"), a list's item ("- Location:
# NEW DELHI, INDIA"), a byline ("NZPA staff correspondent Canberra").
DATELINE_REMOVED_AS = ("short_fragment", "repeated_across_articles", "bulleted_list", "byline")


def _reduce(corpus: Corpus, results: dict[str, ArticleResult], registry: Registry,
            decisions: Overrides) -> Extraction:
    """The reduce of the map results; an article whose text opens with no dateline takes the
    city the cleaner removed (`DATELINE_REMOVED_AS`) as a line among its first lines, as old
    papers print the dateline apart ("Giscard, Brezhnev talk in Warsaw" / "Warsaw" / "Soviet
    leader …"; also in capitals, with its country, after an agency or labelled: "TBILISI",
    "BANGKOK, THAILAND", "NZPA-AAP Suva", "Press Trust of India New Delhi", "- Location: NEW
    DELHI, INDIA")."""
    removed = corpus.removed
    lines = removed[removed["reason"].isin(DATELINE_REMOVED_AS)
                    & (removed["line_no"] < DATE_SEARCH_LINES)]

    def is_city(name: str) -> bool:
        return registry.city_named(name) is not None

    for article_id, line in zip(lines["article_id"], lines["text"]):
        written = line.strip()
        place = registry.city_named(written) or registry.city_named(dateline_place(
            [written.title() if written.isupper() else written], is_city))
        result = results.get(article_id)
        if place is not None and result is not None and not result.dateline:
            result.dateline = place.name
    return reduce_results(corpus.articles, results, registry, decisions, release=True)
