"""Loading benchmark: time and peak memory of `load_corpus` on a large `.txt` and `.jsonl`.

Generates, in a temporary folder, a ~50 MB `.txt` of unique lines and a 200,000-line `.jsonl`,
loads each in its own process (so each peak memory figure is its own) and prints seconds and peak
RSS.

    .venv/bin/python benchmarks/bench_load.py [--txt-mb 50] [--jsonl-lines 200000]
"""

from __future__ import annotations

import argparse
import json
import multiprocessing
import random
import resource
import tempfile
import time
from pathlib import Path

from analysis.extract.corpus import load_corpus

WORDS = [
    "minister", "president", "talks", "summit", "border", "trade", "loan", "gas", "treaty",
    "delegation", "visit", "capital", "parliament", "statement", "agreement", "security",
]


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


def measure(folder: str, queue: multiprocessing.Queue) -> None:
    """Load `folder` and put (seconds, articles, peak RSS in MiB) on `queue`."""
    start = time.perf_counter()
    corpus = load_corpus(folder)
    seconds = time.perf_counter() - start
    peak_kib = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss  # KiB on Linux
    queue.put((seconds, len(corpus.articles), peak_kib / 1024))


def run(folder: Path) -> tuple[float, int, float]:
    """`measure` in a fresh process.

    Args:
        folder: a corpus folder.

    Returns:
        (seconds, number of articles, peak RSS in MiB).
    """
    context = multiprocessing.get_context("spawn")
    queue = context.Queue()
    process = context.Process(target=measure, args=(str(folder), queue))
    process.start()
    result = queue.get()
    process.join()
    return result


def main(argv: list[str] | None = None) -> None:
    """Generate both inputs, load each and print the figures.

    Args:
        argv: command-line arguments (`--txt-mb`, `--jsonl-lines`).
    """
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--txt-mb", type=int, default=50)
    parser.add_argument("--jsonl-lines", type=int, default=200_000)
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as tmp:
        for name, write, size in (("txt", write_txt, args.txt_mb),
                                  ("jsonl", write_jsonl, args.jsonl_lines)):
            folder = Path(tmp) / name
            folder.mkdir()
            path = write(folder, size)
            seconds, articles, peak = run(folder)
            print(f"{path.name}: {path.stat().st_size / 1e6:.1f} MB, {articles} articles, "
                  f"{seconds:.1f} s, peak RSS {peak:.0f} MiB", flush=True)


if __name__ == "__main__":
    main()
