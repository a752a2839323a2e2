"""End to end: notebooks 02-04 run in a real JupyterLab, driven by headless Chromium.

One JupyterLab server (this venv's Python, on a free loopback port, with a random token) serves a
temporary copy of `notebooks/` placed beside a copy of `seeds/`, so that the notebooks' relative
paths (`../seeds`, `../figures`, `../out`) resolve there and nothing is written into the repo.
Playwright drives Debian's Chromium (`/usr/bin/chromium`; no browser download): each test opens a
notebook, runs all cells from the Run menu, checks that no cell failed and that the explorer
rendered, then changes the actor picker and the date-range picker and checks that the figure and
the table beneath it follow the data. A full-page screenshot of each explorer after the changes
goes to `test-artifacts/browser/`.

Run only these with `pytest -m browser`; skip them with `pytest -m "not browser"`.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from tests.browser_support import (
    REDRAW_TIMEOUT_S,
    Lab,
    actor_options,
    assert_no_error_outputs,
    column,
    copy_project,
    explorer,
    figure_src,
    inline_figures,
    open_explorer,
    open_notebook,
    option_labels,
    pick_actors,
    redrawn,
    run_all,
    run_all_cells,
    screenshot,
    set_dates,
    start_lab,
    wait_until,
)

pytestmark = pytest.mark.browser


@pytest.fixture(scope="module")
def lab(tmp_path_factory) -> Iterator[Lab]:
    """JupyterLab over a temporary copy of notebooks/ and seeds/."""
    base = tmp_path_factory.mktemp("lab")
    with start_lab(base, copy_project(base)) as server:
        yield server

# ---------------------------------------------------------------------------------------------
# The tests
# ---------------------------------------------------------------------------------------------

def test_frequency_explorer_follows_actor_and_dates(page, lab):
    """02: one actor picked -> its row alone; 1-10 September -> only the 2 September article."""
    view = open_explorer(page, lab, "02_entity_frequency.ipynb")
    actors = column(view, "actor")
    assert "Alexander Lukashenko" in actors and "Vladimir Putin" in actors, actors
    assert len(actors) >= 5

    # The search box narrows the list to the matches, then the selection; then pick Putin alone.
    listed = actor_options(view)
    assert "Sergei Lavrov" in listed and len(listed) > len(actors), listed
    view.locator(".analysis-actor-picker input[type=text]").fill("putin")
    wait_until(lambda: "Sergei Lavrov" not in actor_options(view), REDRAW_TIMEOUT_S,
               "the search 'putin' to drop Sergei Lavrov from the list")
    assert actor_options(view)[0] == "Vladimir Putin"  # the match first, above the selection
    src = figure_src(view)
    pick_actors(view, "Vladimir Putin")
    redrawn(view, src, lambda: column(view, "actor") == ["Vladimir Putin"],
            "the table to show Vladimir Putin alone")
    mentions_all = int(column(view, "n_mentions")[0])
    assert int(column(view, "n_articles")[0]) >= 4  # named in (nearly) every article

    src = figure_src(view)
    set_dates(view, "2020-09-01", "2020-09-10")
    # Of the dated articles only WION's of 2 September falls in 1-10 September.
    redrawn(view, src, lambda: column(view, "n_articles") == ["1"],
            "Putin's row to count one article")
    assert column(view, "actor") == ["Vladimir Putin"]
    assert 0 < int(column(view, "n_mentions")[0]) < mentions_all
    screenshot(page, view, "02_entity_frequency_explorer")


def test_network_explorer_follows_actor_and_dates(page, lab):
    """03: Putin picked -> his neighbours only (Sochi in, Alexievich out); 1-10 September ->
    the 14 September Sochi meeting's edges gone; the typed layer narrows it again."""
    view = open_explorer(page, lab, "03_actor_network.ipynb")
    actors = column(view, "actor")
    assert "Svetlana Alexievich" in actors and "Sochi" in actors, actors

    src = figure_src(view)
    pick_actors(view, "Vladimir Putin")
    redrawn(view, src, lambda: "Svetlana Alexievich" not in column(view, "actor"),
            "Alexievich (never named with Putin) to leave the table")
    actors = column(view, "actor")
    assert {"Vladimir Putin", "Alexander Lukashenko", "Sochi"} <= set(actors), actors
    edges = option_labels(view, ".analysis-edge-picker select")
    assert any("Vladimir Putin" in edge and "Sochi" in edge for edge in edges), edges

    src = figure_src(view)
    set_dates(view, "2020-09-01", "2020-09-10")
    redrawn(view, src, lambda: "Sochi" not in column(view, "actor"),
            "Sochi (14 September) to leave the table")
    narrowed = column(view, "actor")
    assert "Vladimir Putin" in narrowed and len(narrowed) < len(actors), narrowed
    edges = option_labels(view, ".analysis-edge-picker select")
    assert not any("Sochi" in edge for edge in edges), edges
    screenshot(page, view, "03_actor_network_explorer")


def test_timeline_explorer_follows_actor_and_dates(page, lab):
    """04: Putin picked -> Lavrov-Makei talks gone; 1-10 September -> the 14 September Sochi
    meeting gone, the planned 'coming weeks' meeting (from 1 September) kept."""
    view = open_explorer(page, lab, "04_meeting_timeline.ipynb")
    participants = column(view, "participants")
    assert any("Sergei Lavrov" in p for p in participants), participants
    assert "2020-09-14" in column(view, "date")

    # Layout: the actor list lines up with the search box above it.
    search = view.locator(".analysis-actor-picker input[type=text]").bounding_box()
    listbox = view.locator(".analysis-actor-picker select").bounding_box()
    assert abs(search["x"] - listbox["x"]) <= 3, (search, listbox)

    src = figure_src(view)
    pick_actors(view, "Vladimir Putin")
    redrawn(view, src,
            lambda: all("Vladimir Putin" in p for p in column(view, "participants")),
            "only meetings with Putin in the table")
    assert "2020-09-14" in column(view, "date")
    assert view.locator(".analysis-table td", has_text="2020-09-14").count() >= 1

    # Choosing the Sochi meeting shows the sentence of each of its three sources, whole.
    meetings = option_labels(view, ".analysis-meeting-picker select")
    sochi = next(i for i, label in enumerate(meetings) if "2020-09-14" in label)
    view.locator(".analysis-meeting-picker select").select_option(index=sochi)
    evidence = view.locator(".analysis-evidence")
    wait_until(lambda: "004_ff6c53ffd34a529f" in evidence.inner_text(), REDRAW_TIMEOUT_S,
               "the Sochi meeting's sources under the meeting picker")
    shown = evidence.inner_text()
    assert "002_cb77309abdb4a261" in shown and "003_435042da628b095d" in shown
    assert "met his last ally Russian President Vladimir Putin on Monday" in shown

    src = figure_src(view)
    set_dates(view, "2020-09-01", "2020-09-10")
    redrawn(view, src, lambda: "2020-09-14" not in column(view, "date"),
            "the 14 September meeting to leave the table")
    assert view.locator(".analysis-table td", has_text="2020-09-14").count() == 0
    dates = column(view, "date")
    assert dates and all(d.startswith("2020-09-0") for d in dates), dates
    meetings = option_labels(view, ".analysis-meeting-picker select")
    assert not any("2020-09-14" in m for m in meetings), meetings
    screenshot(page, view, "04_meeting_timeline_explorer")

    # Export writes the selection's table and figure, named after it, beside the notebooks.
    view.locator(".analysis-export button, button.analysis-export").first.click()
    # (1 September is the data's first day, so only the end narrows the selection.)
    exported = lab.root.parent / "out" / "exports"
    stem = "timeline_vladimir-putin_2020-09-10"
    wait_until(lambda: (exported / f"{stem}.svg").exists(), REDRAW_TIMEOUT_S,
               f"the export of {stem}")
    assert (exported / f"{stem}.png").exists() and (exported / f"{stem}.csv").exists()


def test_notebook_figures_render_inline(page, lab):
    """04: the timeline cell above the explorer shows the figure as an image in Lab."""
    run_all_cells(page, lab, "04_meeting_timeline.ipynb")
    assert_no_error_outputs(page, "04_meeting_timeline.ipynb")
    explorer(page)
    assert inline_figures(page) >= 1


NOTEBOOK_CELLS = ".jp-NotebookPanel:not(.lm-mod-hidden) .jp-CodeCell"
KEEP_APART = ('save_overrides(add_decision(decisions, "keep_apart", '
              '["Maria Kalesnikava", "Maria Kolenikova"]), Path(OUT) / "overrides.yaml")')


def append_to_cell(page, containing: str, line: str) -> None:
    """Type `line` at the end of the code cell whose text contains `containing`."""
    cell = page.locator(NOTEBOOK_CELLS, has_text=containing).first
    cell.locator(".cm-content").click()
    page.keyboard.press("Control+End")
    page.keyboard.press("Enter")
    page.keyboard.type(line)
    page.keyboard.press("Escape")  # back to command mode
    wait_until(lambda: line in cell.locator(".cm-content").inner_text(), REDRAW_TIMEOUT_S,
               f"{line!r} typed into the cell")


def actor_names(page) -> list[str]:
    """The `name` column of the actors table notebook 02 shows."""
    output = page.locator(NOTEBOOK_CELLS, has_text='extraction.actors[["name"').first
    return output.locator(".jp-OutputArea table tbody tr td:first-of-type").all_inner_texts()


def test_a_merge_decision_in_02_changes_the_actors_after_a_rerun(page, lab):
    """02: the reader writes `keep_apart` for the least certain merge (Kolenikova into
    Kalesnikava), points OVERRIDES at the file and runs again: the name has its own actor."""
    open_notebook(page, lab, "02_entity_frequency.ipynb")
    append_to_cell(page, "save_overrides(decisions", KEEP_APART)
    run_all(page, "02_entity_frequency.ipynb")
    assert_no_error_outputs(page, "02_entity_frequency.ipynb")
    names = actor_names(page)
    assert "Maria Kalesnikava" in names and "Maria Kolenikova" not in names, names
    written = (lab.root.parent / "out" / "overrides.yaml").read_text()
    assert "Maria Kolenikova" in written, written

    append_to_cell(page, "OVERRIDES = None", 'OVERRIDES = "../out/overrides.yaml"')
    run_all(page, "02_entity_frequency.ipynb")
    assert_no_error_outputs(page, "02_entity_frequency.ipynb")
    names = actor_names(page)
    assert "Maria Kalesnikava" in names and "Maria Kolenikova" in names, names
