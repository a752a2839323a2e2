"""Accuracy of the meetings and actors on the seeds, the development split and the test split.

Run: `python benchmarks/bench_accuracy.py [--write]`. Extracts the seeds and the articles of
`benchmarks/accuracy/corpus` (cache in `$ANALYSIS_CACHE`), scores them with `analysis evaluate`'s
scorer against `seeds/gold.json`, `gold_dev.json`, `gold_test.json` and the two together (the
whole corpus, "all"), and prints recall, precision, date and place accuracy and duplicates per
split, then the actor figures (`analysis.actor_scoring`: alias groups merged, wrong merges, role
phrases resolved, junk among the 30 most mentioned). `--write` stores the figures in `benchmarks/accuracy/scores.json`, which
`tests/test_accuracy.py` holds the package to (a regression guard: the figures may rise, not
fall).
"""

from __future__ import annotations

import argparse
import json
import os
from pathlib import Path

from analysis import extract, load_corpus
from analysis.actor_scoring import evaluate_actors
from analysis.scoring import Gold, evaluate, load_gold, summarise

ROOT = Path(__file__).resolve().parents[1]
ACCURACY = ROOT / "benchmarks" / "accuracy"
SCORES = ACCURACY / "scores.json"
# split -> (corpus folder, its gold files); "all" is the two splits' files read as one gold
SPLITS = {
    "seeds": (ROOT / "seeds", (ACCURACY / "seeds" / "gold.json",)),
    "dev": (ACCURACY / "corpus", (ACCURACY / "gold_dev.json",)),
    "test": (ACCURACY / "corpus", (ACCURACY / "gold_test.json",)),
    "all": (ACCURACY / "corpus", (ACCURACY / "gold_dev.json", ACCURACY / "gold_test.json")),
}
FIGURES = ["recall", "precision", "date_accuracy", "place_accuracy", "duplicates"]
# Processes that extract the accuracy corpus (the same tables as one process, in about half the
# time on two cores); the five seeds take one.
PROCESSES = min(2, os.cpu_count() or 1)


def measure() -> dict[str, dict]:
    """The figures of every split.

    Returns:
        split -> `analysis.scoring.summarise` figures.
    """
    extractions = {folder: extract(load_corpus(folder), n_process=1 if folder == ROOT / "seeds"
                                   else PROCESSES) for folder, _ in SPLITS.values()}
    golds = {split: joined_gold(paths) for split, (_, paths) in SPLITS.items()}
    return {split: {**summarise(evaluate(extractions[folder], golds[split])),
                    **_actor_figures(evaluate_actors(extractions[folder], golds[split]))}
            for split, (folder, _) in SPLITS.items()}


def joined_gold(paths: tuple[Path, ...]) -> Gold:
    """The gold of one or more gold files of one corpus read as one (the development and test
    splits: the whole corpus), so that no third file repeats them.

    Args:
        paths: the gold files; their articles do not overlap.

    Returns:
        The `Gold`: the files' aliases of each key, meetings, articles, roles and the keys each
        article names, together.
    """
    golds = [load_gold(path) for path in paths]
    if len(golds) == 1:
        return golds[0]
    aliases: dict[str, list[str]] = {}
    for gold in golds:
        for key, names in gold.aliases.items():
            kept = aliases.setdefault(key, [])
            kept.extend(name for name in names if name not in kept)
    return Gold(aliases=aliases, meetings=[m for gold in golds for m in gold.meetings],
                articles=frozenset().union(*(gold.articles or () for gold in golds)),
                roles=tuple(role for gold in golds for role in gold.roles),
                article_actors={article: keys for gold in golds
                                for article, keys in (gold.article_actors or {}).items()})


def _actor_figures(figures: dict) -> dict:
    """The counts and shares of `evaluate_actors`, without its review lists."""
    return {name: value for name, value in figures.items() if not isinstance(value, list)}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--write", action="store_true", help=f"store the figures in {SCORES}")
    args = parser.parse_args()
    figures = measure()
    print("| split | gold meetings | recall | precision | dates | places | duplicates |")
    print("| --- | --- | --- | --- | --- | --- | --- |")
    for split, f in figures.items():
        print(f"| {split} | {f['gold']} | {f['recall']:.3f} ({f['found']}/{f['gold']}) | "
              f"{f['precision']:.3f} ({f['right']}/{f['predicted']}) | "
              f"{f['date_accuracy']:.3f} (of {f['dated']}) | "
              f"{f['place_accuracy']:.3f} (of {f['placed']}) | {f['duplicates']} |")
    print()
    print("| split | alias groups merged | wrong merges | roles resolved | junk in top 30 |")
    print("| --- | --- | --- | --- | --- |")
    for split, f in figures.items():
        print(f"| {split} | {f['merge_rate']:.3f} ({f['merged']}/{f['alias_groups']}) | "
              f"{f['wrong_merges']} | {f['role_accuracy']:.3f} "
              f"({f['roles_resolved']}/{f['roles']}) | {f['junk']} |")
    if args.write:
        SCORES.write_text(json.dumps(figures, indent=2) + "\n", "utf-8")
        print(f"wrote {SCORES}")


if __name__ == "__main__":
    main()
