"""Scale benchmark: raw spaCy against `extract()` in one process, two processes and on a
two-worker Dask `LocalCluster`, the warm re-run, map against reduce, and peak memory, on unique
synthetic corpora (`benchmarks/synthetic.py`) of several sizes.

Run: `python benchmarks/bench_scale.py [--sizes 300 3000 10000] [--repeats 1] [--json OUT]`.

Each measurement runs in a fresh process (spawned), so that its peak memory is its own and no
run inherits a loaded pipeline from another; the parent samples the resident memory of that
process and all its descendants (pool processes, Dask nannies and workers) every
`SAMPLE_SECONDS` and keeps the peak of their sum. Every timed step starts after the pipeline is
loaded and warmed up in the measuring process; parallel runs include their workers' start and
model loading (a user pays them), the LocalCluster's own start is reported apart.

Beside each figure: the 1-minute load average at its end (which counts this benchmark's own
processes), and `other`, the CPU cores that processes outside the measured tree kept busy during
the run, which is what tells whether the machine was otherwise idle.

Per size it reports:
  raw-1 / raw-2     raw `nlp.pipe` (extract()'s pipeline and batch size), 1 and 2 processes;
  extract-1         `extract()` with an empty cache; map (everything before the reduce) and
                    reduce apart; then the warm re-run over the same cache;
  extract-2         `extract(n_process=2)`, empty cache;
  cluster-2         `extract(client=…)` on a LocalCluster of 2 single-threaded workers.
`--repeats N` alternates raw-1 and extract-1 N times and keeps the best of each (as `timeit`).
`--only extract-1 [raw-1 …]` runs only those (e.g. to follow peak memory across sizes).
`--profile` runs extract-1 under cProfile and prints where the time outside spaCy goes.
"""

from __future__ import annotations

import argparse
import cProfile
import io
import json
import multiprocessing
import os
import pstats
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

import psutil
from bench_extract import count_words, parse_raw, synthetic_corpus, warm_up

from analysis.extract import pipeline
from analysis.extract.cluster import cluster_client
from analysis.extract.corpus import Corpus, load_corpus
from analysis.extract.parse import DEFAULT_MODEL
from analysis.extract.pipeline import extract

# How often the parent samples the memory of the measured process tree.
SAMPLE_SECONDS = 0.1
# Acceptance targets of issue 14.
TARGET_EXTRACT_VS_RAW = 0.9
TARGET_TWO_WORKERS = 1.7
TARGET_WARM = 20.0
# Functions printed by --profile, and what marks the package's own files.
PROFILE_TOP = 25
PACKAGE_PATH = "/analysis/"


def _with_reduce_timer(run: Callable[[], object]) -> tuple[float, float]:
    """Seconds of `run()`, and of the `reduce_results` call inside it (0 when none)."""
    spent: list[float] = []
    reduce_results = pipeline.reduce_results

    def timed_reduce(*args, **kwargs):
        started = time.perf_counter()
        try:
            return reduce_results(*args, **kwargs)
        finally:
            spent.append(time.perf_counter() - started)

    pipeline.reduce_results = timed_reduce
    started = time.perf_counter()
    try:
        run()
    finally:
        pipeline.reduce_results = reduce_results
    return time.perf_counter() - started, sum(spent)


def measure_raw(corpus: Corpus, model: str, n_process: int) -> dict:
    """Raw `nlp.pipe` over the corpus's texts."""
    texts = list(corpus.articles["text"])
    started = time.perf_counter()
    parse_raw(model, texts, n_process)
    return {"seconds": time.perf_counter() - started}


def measure_extract(corpus: Corpus, model: str, n_process: int) -> dict:
    """`extract()` with an empty cache, then again warm (one process only)."""
    with tempfile.TemporaryDirectory() as cache:
        seconds, reduce = _with_reduce_timer(
            lambda: extract(corpus, model=model, cache_dir=cache, n_process=n_process))
        figures = {"seconds": seconds, "reduce": reduce}
        if n_process == 1:
            figures["warm"], figures["warm_reduce"] = _with_reduce_timer(
                lambda: extract(corpus, model=model, cache_dir=cache))
    return figures


def measure_cluster(corpus: Corpus, model: str, workers: int) -> dict:
    """`extract(client=…)` on a LocalCluster, empty cache; the cluster's start apart."""
    started = time.perf_counter()
    with cluster_client(f"local:{workers}") as client, tempfile.TemporaryDirectory() as cache:
        start = time.perf_counter() - started
        seconds, reduce = _with_reduce_timer(
            lambda: extract(corpus, model=model, cache_dir=cache, client=client))
    return {"seconds": seconds, "reduce": reduce, "cluster_start": start}


def profile_extract(corpus: Corpus, model: str) -> dict:
    """cProfile of a cold one-process `extract()`: the package's functions by cumulative time
    (where the time outside `nlp.pipe` goes), and all functions by own time."""
    profiler = cProfile.Profile()
    with tempfile.TemporaryDirectory() as cache:
        started = time.perf_counter()
        profiler.runcall(extract, corpus, model=model, cache_dir=cache)
        seconds = time.perf_counter() - started
    stats = pstats.Stats(profiler)
    rows = [(file, line, name, tottime, cumtime) for (file, line, name), (_, _, tottime, cumtime, _)
            in stats.stats.items()]
    ours = sorted(((cum, f"{Path(file).name}:{line}({name})") for file, line, name, _, cum in rows
                   if PACKAGE_PATH in file), reverse=True)
    own = sorted(((tot, f"{file}:{line}({name})") for file, line, name, tot, _ in rows),
                 reverse=True)
    listing = io.StringIO()
    for title, entries in (("package functions, cumulative", ours), ("all, own time", own)):
        listing.write(f"{title}:\n")
        for spent, where in entries[:PROFILE_TOP]:
            listing.write(f"  {spent:7.2f} s  {100 * spent / seconds:5.1f}%  {where}\n")
    return {"seconds": seconds, "profile": listing.getvalue()}


MEASURES = {"raw": measure_raw, "extract": measure_extract, "cluster": measure_cluster,
            "profile": profile_extract}


def _child(connection, measure: str, corpus_folder: str, model: str, *args) -> None:
    """In the measuring process: load the corpus and pipeline, warm up, measure, send back."""
    corpus = load_corpus(corpus_folder)
    warm_up(model, corpus)
    connection.send(MEASURES[measure](corpus, model, *args))
    connection.close()


def _tree_sample(root: psutil.Process, cpu: dict[int, float]) -> int:
    """Resident bytes of `root` and its descendants; records each one's CPU seconds in `cpu`."""
    resident = 0
    for process in [root, *root.children(recursive=True)]:
        try:
            with process.oneshot():
                resident += process.memory_info().rss
                times = process.cpu_times()
                cpu[process.pid] = times.user + times.system
        except psutil.NoSuchProcess:
            continue
    return resident


def _busy_seconds() -> float:
    """CPU seconds all cores of the machine have spent busy since boot."""
    times = psutil.cpu_times()
    return sum(times) - times.idle - getattr(times, "iowait", 0.0)


def run_measured(measure: str, corpus_folder: Path, model: str, *args) -> dict:
    """Run one measure in a fresh process; add its peak memory, load average and foreign CPU."""
    context = multiprocessing.get_context("spawn")
    receiving, sending = context.Pipe(duplex=False)
    process = context.Process(target=_child, args=(sending, measure, str(corpus_folder), model,
                                                   *args))
    busy_before, started = _busy_seconds(), time.perf_counter()
    process.start()
    root, cpu, peak = psutil.Process(process.pid), {}, 0
    while process.is_alive() and not receiving.poll(SAMPLE_SECONDS):
        peak = max(peak, _tree_sample(root, cpu))
    if not receiving.poll():
        raise RuntimeError(f"the {measure} measure failed (exit code {process.exitcode}); "
                           "its traceback is above")
    figures = receiving.recv()
    process.join()
    wall = time.perf_counter() - started
    other = (_busy_seconds() - busy_before - sum(cpu.values())) / wall
    return {**figures, "peak_mib": peak / 2**20, "load": os.getloadavg()[0],
            "other": max(0.0, other)}


def _line(label: str, figures: dict, words: int, note: str) -> str:
    seconds = figures["seconds"]
    return (f"| {label} | {seconds:.1f} s | {words / seconds:,.0f} | {note} | "
            f"{figures['peak_mib']:,.0f} MiB | {figures['load']:.2f} | {figures['other']:.2f} |")


# What each run is compared with in its row: raw spaCy in one process, or extract() in one.
BASELINES = {"extract-1": "raw-1", "raw-2": "raw-1", "extract-2": "extract-1",
             "cluster-2": "extract-1"}


def _against(name: str, figures: dict, runs: dict[str, dict]) -> str:
    """The row's throughput as a multiple of its baseline's best so far, e.g. `1.62x extract-1`."""
    baseline = runs.get(BASELINES.get(name, ""))
    if baseline is None:
        return ""
    return f"{baseline['seconds'] / figures['seconds']:.2f}x {BASELINES[name]}"


RUNS = ("raw-1", "extract-1", "raw-2", "extract-2", "cluster-2")


def benchmark_size(n_articles: int, model: str, repeats: int, scratch: Path,
                   only: tuple[str, ...] = RUNS) -> dict:
    """Every measure (or those in `only`) on one corpus size; prints the table rows as they
    come."""
    folder = scratch / f"corpus-{n_articles}"
    folder.mkdir()
    words = count_words(synthetic_corpus(n_articles, folder))
    print(f"\n{n_articles} articles, {words:,} words\n")
    print("| run | time | words/s | against | peak memory | load (1 min) | other cores |")
    print("| --- | --- | --- | --- | --- | --- | --- |")
    runs: dict[str, dict] = {}
    for _ in range(repeats):
        for name, args in (("raw-1", ("raw", 1)), ("extract-1", ("extract", 1))):
            if name not in only:
                continue
            figures = run_measured(args[0], folder, model, args[1])
            if name not in runs or figures["seconds"] < runs[name]["seconds"]:
                runs[name] = figures
            print(_line(name, figures, words, _against(name, figures, runs)))
    for name, measure, count in (("raw-2", "raw", 2), ("extract-2", "extract", 2),
                                 ("cluster-2", "cluster", 2)):
        if name not in only:
            continue
        runs[name] = run_measured(measure, folder, model, count)
        print(_line(name, runs[name], words, _against(name, runs[name], runs)))
    return {"articles": n_articles, "words": words, "runs": runs}


def summary_lines(size: dict) -> list[str]:
    """The acceptance figures of one size, each against its target (only the peak memory of
    extract-1 when some runs were left out)."""
    runs = size["runs"]
    if set(runs) != set(RUNS):
        return [f"{size['articles']} articles:"] + (
            [f"  peak memory extract-1         {runs['extract-1']['peak_mib']:,.0f} MiB"]
            if "extract-1" in runs else [])
    one, raw, cluster = runs["extract-1"], runs["raw-1"], runs["cluster-2"]
    ratio = raw["seconds"] / one["seconds"]
    two = one["seconds"] / runs["extract-2"]["seconds"]
    raw_two = raw["seconds"] / runs["raw-2"]["seconds"]
    on_cluster = one["seconds"] / cluster["seconds"]
    warm = one["seconds"] / one["warm"]
    return [
        f"{size['articles']} articles:",
        f"  extract-1 / raw-1 throughput  {ratio:.2f} (target >= {TARGET_EXTRACT_VS_RAW})",
        (f"  extract-2 speed-up            {two:.2f}x (raw-2: {raw_two:.2f}x; "
        f"target >= {TARGET_TWO_WORKERS}x)"),
        (f"  cluster-2 speed-up            {on_cluster:.2f}x "
        f"(LocalCluster start {cluster['cluster_start']:.1f} s apart)"),
        (f"  map / reduce (extract-1)      {one['seconds'] - one['reduce']:.1f} s / "
        f"{one['reduce']:.1f} s"),
        (f"  warm re-run                   {one['warm']:.2f} s (reduce {one['warm_reduce']:.2f} "
        f"s), {warm:.1f}x faster (target >= {TARGET_WARM:.0f}x)"),
        f"  peak memory extract-1         {one['peak_mib']:,.0f} MiB",
    ]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[300],
                        help="corpus sizes in articles (default 300; e.g. 300 3000 10000)")
    parser.add_argument("--model", default=DEFAULT_MODEL)
    parser.add_argument("--repeats", type=int, default=1, help="alternating raw-1/extract-1 runs")
    parser.add_argument("--json", type=Path, help="also write every figure to this JSON file")
    parser.add_argument("--only", nargs="+", choices=RUNS, default=list(RUNS),
                        help="run only these measures (default: all)")
    parser.add_argument("--profile", action="store_true",
                        help="only profile a cold one-process extract() of the first size")
    args = parser.parse_args()
    print(f"model {args.model}; {os.cpu_count()} CPUs; load average before: "
          f"{' '.join(f'{load:.2f}' for load in os.getloadavg())}")
    with tempfile.TemporaryDirectory() as scratch:
        if args.profile:
            folder = Path(scratch) / "corpus"
            folder.mkdir()
            synthetic_corpus(args.sizes[0], folder)
            figures = run_measured("profile", folder, args.model)
            print(f"cold extract() {figures['seconds']:.1f} s under cProfile\n{figures['profile']}")
            return
        sizes = [benchmark_size(n, args.model, args.repeats, Path(scratch), tuple(args.only))
                 for n in args.sizes]
    print()
    for size in sizes:
        print("\n".join(summary_lines(size)))
    if args.json:
        args.json.write_text(json.dumps(sizes, indent=1), "utf-8")


if __name__ == "__main__":
    main()
