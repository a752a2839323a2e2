"""The notebooks: stored without outputs, executed headless by `analysis render`, reproducible."""

import json
from pathlib import Path

import networkx as nx
import pandas as pd
import pytest

from analysis import cli
from analysis.render import PROJECT, notebook_paths, render_notebooks, render_paths

from .conftest import SEEDS

NOTEBOOKS = Path(__file__).resolve().parents[1] / "notebooks"
EXPECTED_FIGURES = [
    "01_articles_over_time", "02_frequency_person", "02_frequency_org", "02_frequency_place",
    "02_resolution_methods", "03_network_layers", "03_network", "04_meeting_timeline",
]


def test_notebooks_are_numbered_and_stored_without_outputs():
    paths = notebook_paths(NOTEBOOKS)
    assert [p.name[:2] for p in paths] == ["01", "02", "03", "04"]
    for path in paths:
        cells = json.loads(path.read_text())["cells"]
        assert cells[0]["cell_type"] == "markdown", path.name
        assert "parameters" in cells[1]["metadata"].get("tags", []), path.name
        for cell in cells:
            if cell["cell_type"] == "code":
                assert cell["outputs"] == [] and cell["execution_count"] is None, path.name


@pytest.fixture(scope="module")
def rendered(tmp_path_factory):
    folder = tmp_path_factory.mktemp("render")
    render_notebooks(SEEDS, NOTEBOOKS, folder / "figures", folder / "out")
    return folder


@pytest.mark.slow
def test_render_writes_every_figure_with_its_data(rendered):
    figures = rendered / "figures"
    for stem in EXPECTED_FIGURES:
        assert (figures / f"{stem}.png").stat().st_size > 10_000, stem
        assert not pd.read_csv(figures / f"{stem}.csv").empty, stem
    for stem in ["03_network", "03_network_layers", "04_meeting_timeline"]:
        assert (figures / f"{stem}.svg").exists()
    assert nx.read_graphml(rendered / "out" / "network.graphml").number_of_nodes() > 10


@pytest.mark.slow
def test_executed_notebooks_have_no_errors_and_show_figures_and_widgets(rendered):
    for path in sorted((rendered / "out" / "notebooks").glob("*.ipynb")):
        outputs = [o for c in json.loads(path.read_text())["cells"] for o in c.get("outputs", [])]
        assert not [o for o in outputs if o["output_type"] == "error"], path.name
        assert any("image/png" in o.get("data", {}) for o in outputs), path.name
        if not path.name.startswith("01"):
            assert any("application/vnd.jupyter.widget-view+json" in o.get("data", {})
                       for o in outputs), path.name


@pytest.mark.slow
def test_seed_timeline_shows_the_three_meetings_and_the_network_its_heaviest_edge(rendered):
    timeline = pd.read_csv(rendered / "figures" / "04_meeting_timeline.csv",
                           keep_default_na=False)
    shown = set(zip(timeline["date"], timeline["participants"], timeline["status"]))
    assert shown == {("2020-09-02", "Sergei Lavrov; Vladimir Makei", "held"),
                     ("2020-09-01/2020-09-28", "Alexander Lukashenko; Vladimir Putin", "planned"),
                     ("2020-09-14", "Alexander Lukashenko; Vladimir Putin", "held")}
    edges = pd.read_csv(rendered / "figures" / "03_network.csv")
    heaviest = edges.sort_values("weight", ascending=False).iloc[0]
    assert {heaviest["source"], heaviest["target"]} == {"Vladimir Putin", "Alexander Lukashenko"}


@pytest.mark.slow
def test_rendering_twice_gives_identical_files(rendered, tmp_path, capfd):
    """The second time through the command, which prints no KeyboardInterrupt of a kernel shut
    down (`test_render_shuts_kernels_down_without_interrupting_them` checks how)."""
    assert cli.main(["render", "--corpus", str(SEEDS), "--notebooks", str(NOTEBOOKS),
                     "--figures", str(tmp_path / "figures"), "--out", str(tmp_path / "out")]) == 0
    assert "KeyboardInterrupt" not in capfd.readouterr().err
    first = sorted((rendered / "figures").iterdir())
    assert [p.name for p in first] == sorted(p.name for p in (tmp_path / "figures").iterdir())
    for path in first:
        assert path.read_bytes() == (tmp_path / "figures" / path.name).read_bytes(), path.name


def test_render_finds_the_project_from_any_folder(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    paths = render_paths()
    assert paths.corpus == PROJECT / "seeds" and paths.notebooks == PROJECT / "notebooks"
    assert paths.figures == PROJECT / "figures" and paths.out == tmp_path / "out"
    assert notebook_paths(paths.notebooks)


def test_another_corpus_never_renders_over_the_committed_figures(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "mine").mkdir()
    paths = render_paths("mine", out="results")
    assert paths.figures == tmp_path / "results" / "figures"
    assert render_paths("mine", figures="figs").figures == tmp_path / "figs"
