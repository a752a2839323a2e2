"""Time and memory of `analysis render` once the corpus is extracted (the parse is cached).

Run: `python benchmarks/bench_render.py [--sizes 300 3000 10000] [--work DIR]` builds corpora
of unique synthetic articles (`benchmarks/synthetic.py`: real sentences shuffled; one seed, so
the 300 articles are the first 300 of the 3,000), extracts each once with
`analysis extract` to fill the parse cache (`$ANALYSIS_CACHE`, or `WORK/cache`) and store the
corpus's snapshot (`analysis.snapshot`), and then times
`analysis render --corpus … --figures … --out …` on it: each notebook reads the snapshot back.
`--no-snapshot` removes the snapshot before the render, which then loads and extracts the corpus
once itself (as after a change of the registry or the overrides). Memory is the peak of the summed
resident set of the render process and its kernel (one notebook runs at a time), sampled every
`SAMPLE_SECONDS`. Each notebook's own time comes from the executed copies papermill writes
(`OUT/notebooks`). A corpus file already in WORK is reused; the extraction and the render run
again (the extraction then from the cache, so a second run of the script times it warm).

The synthetic corpora name about 650 distinct actors whatever their size. `--views-actors N`
also times the view functions alone on generated tables naming N actors (Zipf-distributed,
`INTERACTIONS_PER_ACTOR` interactions and one meeting each): build, draw and rank a network of
N nodes, and draw a timeline of N meetings.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import subprocess
import sys
import time
from pathlib import Path

import pandas as pd
import psutil
from synthetic import write_jsonl

from analysis import plots
from analysis.snapshot import CorpusSnapshot
from analysis.tables import INTERACTION_COLUMNS
from analysis.views.network import build_network, centrality_table
from analysis.views.timeline import meeting_timeline

ROOT = Path(__file__).resolve().parents[1]
ANALYSIS = [sys.executable, "-m", "analysis"]
# How often the memory of the render's process tree is sampled: a kernel lives for seconds.
SAMPLE_SECONDS = 0.1
# Generated tables: interactions per actor, and the Zipf exponent of who is named (a few
# actors in most sentences, as in news).
INTERACTIONS_PER_ACTOR = 40
ZIPF_EXPONENT = 1.1


def tree_rss(process: psutil.Process) -> int:
    """Resident bytes of a process and all its descendants (0 for those that just ended)."""
    total = 0
    for member in [process, *process.children(recursive=True)]:
        try:
            total += member.memory_info().rss
        except psutil.Error:  # ended between listing and reading
            continue
    return total


def run_sampled(command: list[str], env: dict[str, str]) -> tuple[float, int]:
    """Run `command`; its wall time in seconds and the peak resident bytes of its process tree.

    Raises:
        subprocess.CalledProcessError: the command failed.
    """
    start = time.perf_counter()
    child = subprocess.Popen(command, cwd=ROOT, env=env, stdout=subprocess.DEVNULL)
    watched, peak = psutil.Process(child.pid), 0
    while child.poll() is None:
        try:
            peak = max(peak, tree_rss(watched))
        except psutil.Error:
            pass
        time.sleep(SAMPLE_SECONDS)
    seconds = time.perf_counter() - start
    if child.returncode:
        raise subprocess.CalledProcessError(child.returncode, command)
    return seconds, peak


def notebook_seconds(executed: Path) -> dict[str, float]:
    """Seconds each executed notebook took, as papermill recorded them."""
    return {path.stem: round(json.loads(path.read_text())["metadata"]["papermill"]["duration"], 1)
            for path in sorted(executed.glob("*.ipynb"))}


def bench_size(n_articles: int, work: Path, env: dict[str, str],
               keep_snapshot: bool = True) -> dict[str, object]:
    """Build, extract and render a corpus of `n_articles`; the figures of one table row."""
    corpus = work / f"corpus-{n_articles}"
    if not (corpus / "articles.jsonl").exists():
        write_jsonl(n_articles, corpus / "articles.jsonl")
    extract_seconds, extract_peak = run_sampled(
        [*ANALYSIS, "extract", str(corpus), "--out", str(work / f"tables-{n_articles}")], env)
    if not keep_snapshot:
        CorpusSnapshot(str(corpus), cache_dir=env["ANALYSIS_CACHE"]).path.unlink(missing_ok=True)
    rendered = work / f"render-{n_articles}"
    render_seconds, render_peak = run_sampled(
        [*ANALYSIS, "render", "--corpus", str(corpus), "--figures", str(rendered / "figures"),
         "--out", str(rendered / "out")], env)
    return {
        "articles": n_articles,
        "extract_s": round(extract_seconds, 1),
        "extract_peak_mib": round(extract_peak / 2**20),
        "render_s": round(render_seconds, 1),
        "render_peak_mib": round(render_peak / 2**20),
        "notebooks_s": notebook_seconds(rendered / "out" / "notebooks"),
    }


def generated_tables(n_actors: int, seed: int = 0) -> tuple[pd.DataFrame, ...]:
    """Interactions, actors and meetings tables naming `n_actors` generated actors."""
    rng = random.Random(seed)
    names = [f"Actor {number:05d}" for number in range(n_actors)]
    weights = [1 / (rank + 1) ** ZIPF_EXPONENT for rank in range(n_actors)]
    n_rows = INTERACTIONS_PER_ACTOR * n_actors
    ends = rng.choices(names, weights, k=2 * n_rows)
    days = [f"2019-{1 + rng.randrange(12):02d}-{1 + rng.randrange(28):02d}" for _ in range(365)]
    interactions = pd.DataFrame({
        "article_id": [f"a{rng.randrange(n_rows // 20 + 1)}" for _ in range(n_rows)],
        "sentence_id": range(n_rows), "source": ends[:n_rows], "target": ends[n_rows:],
        "layer": rng.choices(["cooccurrence", "typed"], [4, 1], k=n_rows),
        "kind": "meet", "published": rng.choices(days, k=n_rows),
    }).reindex(columns=INTERACTION_COLUMNS, fill_value="")
    actors = pd.DataFrame({"actor_id": [f"id{number}" for number in range(n_actors)],
                           "name": names, "type": "person",
                           "country": rng.choices(["RUS", "BLR", "USA", "FRA", ""], k=n_actors),
                           "n_mentions": [int(1000 * weight) + 1 for weight in weights]})
    meetings = pd.DataFrame({
        "meeting_id": [f"m{number}" for number in range(n_actors)],
        "date": rng.choices([*days, ""], k=n_actors), "place": "Minsk",
        "participants": [f"{a}; {b}" for a, b in zip(ends[:n_actors], ends[n_rows:][:n_actors],
                                                      strict=True)],
        "kind": "in_person", "status": "held", "n_sources": rng.choices(range(1, 9), k=n_actors),
        "article_ids": "a1", "evidence": "They met."})
    return interactions, actors, meetings


def time_views(n_actors: int) -> dict[str, float]:
    """Seconds of each view step on `generated_tables(n_actors)`."""
    interactions, actors, meetings = generated_tables(n_actors)
    seconds: dict[str, float] = {}

    def timed(step: str, call):
        start = time.perf_counter()
        result = call()
        seconds[step] = round(time.perf_counter() - start, 2)
        return result

    graph = timed("build_network", lambda: build_network(interactions, actor_table=actors))
    layers = [build_network(interactions, layer=layer, actor_table=actors)
              for layer in ("cooccurrence", "typed")]
    timed("plot_network", lambda: plots.figure_png(plots.plot_network(graph)))
    timed("plot_network_layers", lambda: plots.figure_png(plots.plot_network_layers(layers)))
    timed("centrality_table", lambda: centrality_table(graph))
    timeline = timed("meeting_timeline", lambda: meeting_timeline(meetings))
    timed("plot_meeting_timeline",
          lambda: plots.figure_png(plots.plot_meeting_timeline(timeline)))
    seconds["nodes"], seconds["edges"] = graph.number_of_nodes(), graph.number_of_edges()
    return seconds


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[300, 3000, 10000])
    parser.add_argument("--work", type=Path, default=Path("/tmp/bench_render"),
                        help="folder for the corpora, tables and rendered figures")
    parser.add_argument("--no-snapshot", action="store_true",
                        help="remove the snapshot `analysis extract` stored before the render")
    parser.add_argument("--views-actors", type=int, nargs="*", default=[],
                        help="also time the views alone on generated tables of N actors")
    args = parser.parse_args()
    for n_actors in args.views_actors:
        print(f"views on {n_actors:,} generated actors: {time_views(n_actors)}", flush=True)
    env = {**os.environ}
    env.setdefault("ANALYSIS_CACHE", str(args.work / "cache"))
    print("| articles | extract | extract peak memory | render | render peak memory "
          "| per notebook |")
    print("| --- | --- | --- | --- | --- | --- |")
    for n_articles in args.sizes:
        row = bench_size(n_articles, args.work, env, keep_snapshot=not args.no_snapshot)
        notebooks = ", ".join(f"{name[:2]} {seconds} s"
                              for name, seconds in row["notebooks_s"].items())
        print(f"| {n_articles:,} | {row['extract_s']} s | {row['extract_peak_mib']:,} MiB | "
              f"{row['render_s']} s | {row['render_peak_mib']:,} MiB | {notebooks} |",
              flush=True)


if __name__ == "__main__":
    main()
