"""End to end on a corpus of 500 unique articles: every explorer answers a change of actor,
outlet and dates in a real JupyterLab, and exports its selection.

The target is an answer within a second (`MAX_RESPONSE_S`); it is measured here and reported
by `benchmarks/bench_explorers.py`, which runs these tests and prints every response time. The
tests themselves assert only `SANITY_S`: one answer on a shared two-core machine varied from 0.7
to 1.3 s for the same change and code, so a timed assertion at the target fails on noise.

The corpus comes from `benchmarks/synthetic.py` (real sentences of the seeds and the accuracy
corpus, drawn at random: 500 unique texts, a dozen outlets, one year of publication dates). It is
extracted once, before JupyterLab starts, into the server's fresh cache; the notebooks are copies
of 02-04 whose parameters point at it. A response time runs from the widget change to the
explorer's table being replaced in the page (the figure is drawn before it), measured in the
page with `performance.now()`.

Run only these with `pytest -m browser`; skip them with `pytest -m "not browser"`.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from tests.browser_support import (
    REDRAW_TIMEOUT_S,
    REPO,
    Lab,
    actor_options,
    copy_project,
    lab_environment,
    open_explorer,
    option_labels,
    screenshot,
    start_lab,
    table_rows,
    wait_until,
)

pytestmark = pytest.mark.browser

N_ARTICLES = 500
# The target: an explorer answers a change within a second (reported by bench_explorers.py).
MAX_RESPONSE_S = 1.0
# What the tests assert: an answer several times slower than the target is a regression.
SANITY_S = 3.0
# Where the measured response times go, when set (bench_explorers.py sets it).
TIMES_FILE = os.environ.get("ANALYSIS_EXPLORER_TIMES")
NOTEBOOKS = ("02_entity_frequency", "03_actor_network", "04_meeting_timeline")
PREFIX = "large_"


def _point_at(notebook: Path, corpus: str) -> None:
    """Set the parameters cell's CORPUS (and OUT, FIGURES beside it) of a notebook copy."""
    content = json.loads(notebook.read_text())
    cell = next(c for c in content["cells"] if "CORPUS = " in "".join(c["source"]))
    cell["source"] = ["".join(cell["source"]).replace('CORPUS = "../seeds"', f'CORPUS = "{corpus}"')
                      .replace('"../out"', '"../out-large"')
                      .replace('"../figures"', '"../figures-large"')]
    notebook.write_text(json.dumps(content))


@pytest.fixture(scope="module")
def lab(tmp_path_factory) -> Iterator[Lab]:
    """JupyterLab over copies of notebooks 02-04 that read a corpus of 500 unique articles,
    extracted beforehand into the server's cache."""
    base = tmp_path_factory.mktemp("lab-large")
    root = copy_project(base)
    corpus = base / "synthetic" / "articles.jsonl"
    subprocess.run([sys.executable, str(REPO / "benchmarks" / "synthetic.py"), str(N_ARTICLES),
                    str(corpus)], check=True, capture_output=True)
    for name in NOTEBOOKS:
        copy = root / f"{PREFIX}{name}.ipynb"
        copy.write_bytes((root / f"{name}.ipynb").read_bytes())
        _point_at(copy, "../synthetic")
    # the map in two processes fills the cache the snapshot is then built from
    extract_then_open = ("import analysis, sys; "
                         "analysis.extract(analysis.load_corpus(sys.argv[1]), n_process=2); "
                         "analysis.open_corpus(sys.argv[1])")
    subprocess.run([sys.executable, "-c", extract_then_open, str(corpus.parent)],
                   env=lab_environment(base), check=True, capture_output=True)
    with start_lab(base, root) as server:
        yield server


ARM_JS = """view => {
    window.analysisAnswered = null;
    const table = view.querySelector('.analysis-table');
    const observer = new MutationObserver(() => {
        window.analysisAnswered = performance.now();
        observer.disconnect();
    });
    observer.observe(table, {childList: true, subtree: true});
    window.analysisAsked = performance.now();
}"""


def response_seconds(page, view, change: Callable[[], None], what: str) -> float:
    """Seconds from `change()` to the explorer's table being replaced."""
    view.evaluate(ARM_JS)
    change()
    wait_until(lambda: page.evaluate("() => window.analysisAnswered !== null"),
               REDRAW_TIMEOUT_S, f"the explorer to answer {what}")
    return page.evaluate("() => (window.analysisAnswered - window.analysisAsked) / 1000")


def check_responses(page, view, kind: str) -> dict[str, list[float]]:
    """Change the actor, the outlet and the end date, each twice to another value; every
    change replaces the table, and the faster answer of each kind comes within `SANITY_S` (the
    better of two, as `timeit` keeps the best)."""
    dates = view.locator(".analysis-date-range input[type=date]")
    first_and_last = [dates.nth(0).input_value(), dates.nth(1).input_value()]
    changes = {
        "actor": lambda i: view.locator(".analysis-actor-picker select").select_option(
            value=actor_options(view)[1 + i]),
        "outlet": lambda i: view.locator(".analysis-outlet-picker select").select_option(
            label=option_labels(view, ".analysis-outlet-picker select")[i]),
        # the end date to the corpus's first day (the From picker's), then back to its last:
        # dates chosen by hand held the same meetings of the chosen actor and outlet once the
        # corpus changed (an unchanged table is not sent again)
        "date": lambda i: dates.nth(1).fill(first_and_last[i]),
    }
    times: dict[str, list[float]] = {}
    for what, change in changes.items():
        for i in range(2):
            before = table_rows(view)
            times.setdefault(what, []).append(response_seconds(
                page, view, lambda i=i, change=change: change(i), f"a change of {what}"))
            wait_until(lambda before=before: table_rows(view) != before, REDRAW_TIMEOUT_S,
                       f"the {kind} table to change with the {what}")
    slow = {what: seconds for what, seconds in times.items() if min(seconds) >= SANITY_S}
    assert not slow, f"{kind} explorer answered in {times} (s)"
    if TIMES_FILE:
        path = Path(TIMES_FILE)
        recorded = json.loads(path.read_text()) if path.exists() else {}
        path.write_text(json.dumps({**recorded, kind: times}, indent=1))
    return times


@pytest.mark.parametrize("name, kind", [
    ("02_entity_frequency", "frequency"), ("03_actor_network", "network"),
    ("04_meeting_timeline", "timeline")])
def test_each_explorer_answers_a_change_on_500_articles(page, lab, name, kind):
    view = open_explorer(page, lab, f"{PREFIX}{name}.ipynb")
    times = check_responses(page, view, kind)
    print(kind, times)
    screenshot(page, view, f"{PREFIX}{name}_explorer")

    view.locator(".analysis-export button, button.analysis-export").first.click()
    exported = lab.root.parent / "out-large" / "exports"
    wait_until(lambda: any(exported.glob(f"{kind}_*_outlet-*.svg")), REDRAW_TIMEOUT_S,
               f"the {kind} export")
    stems = {path.stem for path in exported.glob(f"{kind}_*")}
    assert len(stems) == 1, stems
    assert {path.suffix for path in exported.glob(f"{kind}_*")} == {".png", ".csv", ".svg"}
