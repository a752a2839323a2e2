"""Throughput of `extract()` against raw spaCy `nlp.pipe`, and of a cached second run.

Run: `python benchmarks/bench_extract.py [--articles 300] [--processes 1] [--repeats 2]` over a
corpus of unique synthetic articles (`benchmarks/synthetic.py`: real sentences shuffled), or with
`--corpus DIR [--copies N]` over any folder of articles (e.g. the 120 unique real articles of
`benchmarks/accuracy/corpus`), taken N times with a line added to each copy so that no copy is a
cache hit for another. For the scale figures (several sizes, processes, a Dask cluster, memory)
see `bench_scale.py`, which shares this module's helpers.

In one process and one run it times:
  1. raw `nlp.pipe` over the clean texts, with the same model, components and batch size that
     `extract()` uses;
  2. `extract()` with an empty cache (parse, resolve, interactions, meetings, cache writes);
  3. `extract()` again over the unchanged corpus (everything read from the cache);
and then, once, the per-article map alone (`analyse_article` on docs parsed beforehand): the
share of the cold run that is the package's own work per article, not spaCy's.
Steps 1 and 2 alternate `--repeats` times and the best time of each counts (as `timeit` does),
so that neither pays alone for whatever else the machine was doing.
"""

from __future__ import annotations

import argparse
import resource
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

import pandas as pd
from synthetic import write_jsonl

from analysis.extract.actors import MentionFinder, load_registry
from analysis.extract.corpus import Corpus, load_corpus
from analysis.extract.parse import BATCH_SIZE, DEFAULT_MODEL, load_model
from analysis.extract.pipeline import analyse_article, extract

# Texts parsed before any timing, so that no timed run pays spaCy's first-call costs.
WARM_UP_TEXTS = 10


def repeated_corpus(copies: int, folder: Path) -> Corpus:
    """The corpus of `folder` repeated `copies` times, each copy's texts made unique."""
    original = load_corpus(folder)
    frames = []
    for copy in range(copies):
        frame = original.articles.copy()
        frame["article_id"] = frame["article_id"] + f"-{copy:03d}"
        frame["text"] = frame["text"] + f"\nThis is copy {copy} of the article."
        frames.append(frame)
    return Corpus(pd.concat(frames, ignore_index=True), original.report, original.removed)


def synthetic_corpus(n_articles: int, folder: Path) -> Corpus:
    """`n_articles` unique synthetic articles, written to `folder` as JSON lines and loaded."""
    return load_corpus(write_jsonl(n_articles, folder / "articles.jsonl").parent)


def count_words(corpus: Corpus) -> int:
    """Whitespace-separated words of the corpus's clean texts."""
    return sum(len(text.split()) for text in corpus.articles["text"])


def warm_up(model: str, corpus: Corpus) -> None:
    """Load the pipeline and parse a few texts, outside any timing."""
    list(load_model(model).pipe(list(corpus.articles["text"][:WARM_UP_TEXTS])))


def parse_raw(model: str, texts: list[str], n_process: int = 1) -> None:
    """Raw spaCy: `nlp.pipe` over `texts` with extract()'s pipeline and batch size, discarded."""
    for _ in load_model(model).pipe(texts, n_process=n_process, batch_size=BATCH_SIZE):
        pass


def timed(label: str, n_articles: int, n_words: int, run: Callable[[], object]) -> float:
    """Run `run()`, print its time and throughput, and return the seconds."""
    started = time.perf_counter()
    run()
    seconds = time.perf_counter() - started
    print(f"{label:<34} {seconds:8.2f} s  {n_articles / seconds:8.1f} articles/s  "
          f"{n_words / seconds:9.0f} words/s")
    return seconds


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=300,
                        help="unique synthetic articles (default 300; ignored with --corpus)")
    parser.add_argument("--corpus", type=Path, help="folder of articles instead")
    parser.add_argument("--copies", type=int, default=1, help="copies of --corpus")
    parser.add_argument("--processes", type=int, default=1)
    parser.add_argument("--model", default=DEFAULT_MODEL)
    parser.add_argument("--repeats", type=int, default=2, help="alternating runs of steps 1-2")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as scratch:
        corpus = (repeated_corpus(args.copies, args.corpus) if args.corpus
                  else synthetic_corpus(args.articles, Path(scratch)))
    texts = list(corpus.articles["text"])
    n, words = len(texts), count_words(corpus)
    print(f"{n} articles, {words} words, model {args.model}, {args.processes} process(es)")
    print(f"components: {', '.join(load_model(args.model).pipe_names)}")
    warm_up(args.model, corpus)
    raw = full = float("inf")
    for _ in range(args.repeats):
        raw = min(raw, timed("raw nlp.pipe", n, words,
                             lambda: parse_raw(args.model, texts, args.processes)))
        with tempfile.TemporaryDirectory() as cache:
            full = min(full, timed("extract() cold cache", n, words,
                                   lambda: extract(corpus, model=args.model, cache_dir=cache,
                                                   n_process=args.processes)))
            cached = timed("extract() warm cache", n, words,
                           lambda: extract(corpus, model=args.model, cache_dir=cache,
                                           n_process=args.processes))
    docs = list(load_model(args.model).pipe(texts, batch_size=BATCH_SIZE))
    finder = MentionFinder(load_model(args.model).vocab, load_registry())
    alone = timed("analyse_article() on parsed docs", n, words,
                  lambda: [analyse_article(doc, finder, None, "year") for doc in docs])
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"extract / raw throughput ratio:    {raw / full:.2f}  (target >= 0.9)")
    print(f"cold / warm speed-up:              {full / cached:.1f}x (target >= 20x)")
    print(f"map alone per article:             {1000 * alone / n:.1f} ms")
    print(f"peak resident memory:              {peak:.0f} MiB")


if __name__ == "__main__":
    main()
