"""Regression guard: the accuracy of the meetings and actors on the seeds and on the real-article
splits does not fall below the figures last measured (`benchmarks/bench_accuracy.py --write`).
Not a target."""

import importlib.util
import json
from pathlib import Path

import pytest

BENCH = Path(__file__).resolve().parents[1] / "benchmarks" / "bench_accuracy.py"
# Room for floating-point ties; any real loss of a meeting moves a figure by more than this.
TOLERANCE = 0.001


def load_bench():
    spec = importlib.util.spec_from_file_location("bench_accuracy", BENCH)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.mark.slow
def test_accuracy_does_not_fall_below_the_last_measure():
    bench = load_bench()
    recorded = json.loads(bench.SCORES.read_text("utf-8"))
    measured = bench.measure()
    for split, figures in recorded.items():
        for name in ("recall", "precision", "date_accuracy", "place_accuracy", "merge_rate",
                     "role_accuracy"):
            assert measured[split][name] >= figures[name] - TOLERANCE, (split, name, measured)
        for name in ("duplicates", "wrong_merges", "junk"):
            assert measured[split][name] <= figures[name], (split, name, measured)
