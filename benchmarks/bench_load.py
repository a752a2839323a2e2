"""Loading benchmark: time and peak memory of `load_corpus`.

Two parts, each load in its own process (so each peak memory figure is its own):

- big files: a ~50 MB `.txt` of unique lines and a 200,000-line `.jsonl`;
- corpus sizes: unique synthetic articles (`synthetic.py`: real sentences shuffled, 300-900
  words) at each size of `--articles`, as one `.jsonl`, one CSV and one Parquet file (written
  in row groups of `PARQUET_ROW_GROUP` rows, as an exporter writing in batches does). Besides
  peak RSS it prints the growth over the process before loading, per article, and the size of
  the articles table and of its texts, to show what of the growth the table itself holds.

    .venv/bin/python benchmarks/bench_load.py [--txt-mb 50] [--jsonl-lines 200000]
        [--articles 1000 10000 100000] [--formats jsonl csv parquet] [--skip-big-files]
"""

from __future__ import annotations

import argparse
import json
import multiprocessing
import random
import tempfile
import time
from collections.abc import Iterator
from itertools import islice
from pathlib import Path

import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq
from synthetic import synthetic_articles

WORDS = [
    "minister", "president", "talks", "summit", "border", "trade", "loan", "gas", "treaty",
    "delegation", "visit", "capital", "parliament", "statement", "agreement", "security",
]
# Rows per Parquet row group and per CSV write: the benchmark never holds a whole corpus.
PARQUET_ROW_GROUP = 10_000
FORMATS = ("jsonl", "csv", "parquet")


def sentence(rng: random.Random, number: int) -> str:
    """A unique sentence of 10-20 words ending with a period."""
    words = [rng.choice(WORDS) for _ in range(rng.randint(8, 18))]
    return f"Item {number} {' '.join(words)}.".capitalize()


def write_txt(folder: Path, megabytes: int) -> Path:
    """A `.txt` of about `megabytes` MB made of unique lines."""
    rng, path, size, number = random.Random(1), folder / "big.txt", 0, 0
    with path.open("w", encoding="utf-8") as handle:
        while size < megabytes * 1_000_000:
            line = sentence(rng, number) + "\n"
            handle.write(line)
            size, number = size + len(line), number + 1
    return path


def write_jsonl(folder: Path, lines: int) -> Path:
    """A `.jsonl` of `lines` records, a few sentences each."""
    rng, path = random.Random(2), folder / "feed.jsonl"
    with path.open("w", encoding="utf-8") as handle:
        for number in range(lines):
            text = "\n".join(sentence(rng, number * 10 + k) for k in range(3))
            handle.write(json.dumps({"id": f"a{number}", "text": text}) + "\n")
    return path


def _chunks(n_articles: int) -> Iterator[pd.DataFrame]:
    """The synthetic corpus of `n_articles`, `PARQUET_ROW_GROUP` rows at a time."""
    records = synthetic_articles(n_articles)
    while chunk := list(islice(records, PARQUET_ROW_GROUP)):
        yield pd.DataFrame(chunk)


def write_synthetic(folder: Path, n_articles: int, fmt: str) -> Path:
    """The synthetic corpus of `n_articles` as one file of format `fmt`, written in chunks."""
    path = folder / f"corpus.{fmt}"
    if fmt == "parquet":
        writer = None
        for chunk in _chunks(n_articles):
            table = pa.Table.from_pandas(chunk, preserve_index=False)
            writer = writer or pq.ParquetWriter(path, table.schema)
            writer.write_table(table)
        writer.close()
        return path
    with path.open("w", encoding="utf-8", newline="") as out:
        for number, chunk in enumerate(_chunks(n_articles)):
            if fmt == "csv":
                chunk.to_csv(out, index=False, header=number == 0)
            else:
                out.writelines(json.dumps(record, ensure_ascii=False) + "\n"
                               for record in chunk.to_dict("records"))
    return path


def _status_mib(field: str) -> float:
    """`VmRSS` (now) or `VmHWM` (peak) of this process in MiB. Not `ru_maxrss`: a spawned
    process inherits in it the peak of the parent it was forked from."""
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith(f"{field}:"):
            return int(line.split()[1]) / 1024  # kB
    raise RuntimeError(f"no {field} in /proc/self/status")


def measure(source: str, queue: multiprocessing.Queue) -> None:
    """Load `source` and put its figures on `queue`: seconds, articles, RSS before loading and
    peak RSS (MiB), the articles table's size and its texts' size (MiB), the lines cleaning
    removed and their table's size (MiB)."""
    from analysis.extract.corpus import load_corpus

    before = _status_mib("VmRSS")
    start = time.perf_counter()
    corpus = load_corpus(source)
    seconds = time.perf_counter() - start
    peak = _status_mib("VmHWM")
    articles = corpus.articles
    queue.put({
        "seconds": seconds, "articles": len(articles), "before": before, "peak": peak,
        "table": articles.memory_usage(deep=True).sum() / 2**20,
        "texts": articles["text"].str.len().sum() / 2**20,
        "removed_lines": len(corpus.removed),
        "removed": corpus.removed.memory_usage(deep=True).sum() / 2**20,
    })


def run(source: Path) -> dict:
    """`measure` in a fresh process.

    Args:
        source: a corpus folder or file.

    Returns:
        the figures `measure` gives.
    """
    context = multiprocessing.get_context("spawn")
    queue = context.Queue()
    process = context.Process(target=measure, args=(str(source), queue))
    process.start()
    result = queue.get()
    process.join()
    return result


def _big_files(tmp: Path, txt_mb: int, jsonl_lines: int) -> None:
    for name, write, size in (("txt", write_txt, txt_mb), ("jsonl", write_jsonl, jsonl_lines)):
        folder = tmp / name
        folder.mkdir()
        path = write(folder, size)
        figures = run(folder)
        print(f"{path.name}: {path.stat().st_size / 1e6:.1f} MB, {figures['articles']} "
              f"articles, {figures['seconds']:.1f} s, peak RSS {figures['peak']:.0f} MiB",
              flush=True)


def _corpus_sizes(tmp: Path, sizes: list[int], formats: list[str]) -> None:
    print("format   articles  file MB  seconds  peak MiB  growth MiB  KiB/article  "
          "table MiB  texts MiB  removed lines  removed MiB", flush=True)
    for n_articles in sizes:
        for fmt in formats:
            folder = tmp / f"{fmt}-{n_articles}"
            folder.mkdir()
            path = write_synthetic(folder, n_articles, fmt)
            f = run(path)
            growth = f["peak"] - f["before"]
            print(f"{fmt:8} {f['articles']:8d} {path.stat().st_size / 1e6:8.1f} "
                  f"{f['seconds']:8.1f} {f['peak']:9.0f} {growth:11.0f} "
                  f"{growth * 1024 / f['articles']:12.1f} {f['table']:10.1f} {f['texts']:10.1f} "
                  f"{f['removed_lines']:14d} {f['removed']:12.1f}", flush=True)
            path.unlink()


def main(argv: list[str] | None = None) -> None:
    """Generate the inputs, load each and print the figures.

    Args:
        argv: command-line arguments (see the module docstring).
    """
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--txt-mb", type=int, default=50)
    parser.add_argument("--jsonl-lines", type=int, default=200_000)
    parser.add_argument("--articles", type=int, nargs="*", default=[1_000, 10_000],
                        help="synthetic corpus sizes (e.g. 1000 10000 100000)")
    parser.add_argument("--formats", nargs="*", choices=FORMATS, default=list(FORMATS))
    parser.add_argument("--skip-big-files", action="store_true")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as tmp:
        if not args.skip_big_files:
            _big_files(Path(tmp), args.txt_mb, args.jsonl_lines)
        if args.articles:
            _corpus_sizes(Path(tmp), args.articles, args.formats)


if __name__ == "__main__":
    main()
