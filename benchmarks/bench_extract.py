"""Throughput of `extract()` against raw spaCy `nlp.pipe`, and of a cached second run.

Run: `python benchmarks/bench_extract.py [--copies 60] [--processes 1] [--repeats 2]`, or with
`--corpus DIR [--copies N]` over any folder of articles (e.g. the 108 unique real articles of
`benchmarks/accuracy/corpus`), taken N times with a line added to each copy.

The seeds are repeated (each copy made unique by one added line, so that no copy is a cache hit
for another) to at least 300 articles. In one process and one run it times:
  1. raw `nlp.pipe` over the clean texts, with the same model, components and batch size that
     `extract()` uses;
  2. `extract()` with an empty cache (parse, resolve, interactions, meetings, cache writes);
  3. `extract()` again over the unchanged corpus (everything read from the cache).
Steps 1 and 2 alternate `--repeats` times and the best time of each counts (as `timeit` does),
so that neither pays alone for whatever else the machine was doing.
"""

from __future__ import annotations

import argparse
import resource
import tempfile
import time
from pathlib import Path

import pandas as pd

from analysis.extract.corpus import Corpus, load_corpus
from analysis.extract.parse import BATCH_SIZE, DEFAULT_MODEL, load_model
from analysis.extract.pipeline import extract

SEEDS = Path(__file__).resolve().parents[1] / "seeds"


def repeated_corpus(copies: int, folder: Path = SEEDS) -> Corpus:
    """A corpus repeated `copies` times, each copy's texts made unique."""
    seeds = load_corpus(folder)
    frames = []
    for copy in range(copies):
        frame = seeds.articles.copy()
        frame["article_id"] = frame["article_id"] + f"-{copy:03d}"
        frame["text"] = frame["text"] + f"\nThis is copy {copy} of the article."
        frames.append(frame)
    return Corpus(pd.concat(frames, ignore_index=True), seeds.report, seeds.removed)


def timed(label: str, n_articles: int, n_words: int, run) -> float:
    started = time.perf_counter()
    run()
    seconds = time.perf_counter() - started
    print(f"{label:<34} {seconds:8.2f} s  {n_articles / seconds:8.1f} articles/s  "
          f"{n_words / seconds:9.0f} words/s")
    return seconds


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--copies", type=int, default=60,
                        help="copies of the corpus (default 60 of the 5 seeds)")
    parser.add_argument("--corpus", type=Path, default=SEEDS, help="folder of articles")
    parser.add_argument("--processes", type=int, default=1)
    parser.add_argument("--model", default=DEFAULT_MODEL)
    parser.add_argument("--repeats", type=int, default=2, help="alternating runs of steps 1-2")
    args = parser.parse_args()
    corpus = repeated_corpus(args.copies, args.corpus)
    texts = list(corpus.articles["text"])
    n, words = len(texts), sum(len(t.split()) for t in texts)
    print(f"{n} articles, {words} words, model {args.model}, {args.processes} process(es)")

    nlp = load_model(args.model)
    print(f"components: {', '.join(nlp.pipe_names)}")
    list(nlp.pipe(texts[:10]))  # warm-up, so that neither timed run pays first-call costs
    raw = full = float("inf")
    for _ in range(args.repeats):
        raw = min(raw, timed("raw nlp.pipe", n, words,
                             lambda: [None for _ in nlp.pipe(texts, n_process=args.processes,
                                                             batch_size=BATCH_SIZE)]))
        with tempfile.TemporaryDirectory() as cache:
            full = min(full, timed("extract() cold cache", n, words,
                                   lambda: extract(corpus, model=args.model, cache_dir=cache,
                                                   n_process=args.processes)))
            cached = timed("extract() warm cache", n, words,
                           lambda: extract(corpus, model=args.model, cache_dir=cache,
                                           n_process=args.processes))
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"extract / raw throughput ratio:    {raw / full:.2f}  (target >= 0.85)")
    print(f"cold / warm speed-up:              {full / cached:.1f}x (target >= 20x)")
    print(f"peak resident memory:              {peak:.0f} MiB")


if __name__ == "__main__":
    main()
