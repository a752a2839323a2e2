"""The notebooks stay stored without outputs when a researcher runs them: the nbstripout git
filter the README's set-up installs."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def _git(folder: Path, *args: str) -> str:
    return subprocess.run(["git", "-C", str(folder), *args], check=True, capture_output=True,
                          text=True).stdout


def test_a_run_notebook_is_committed_without_its_outputs(tmp_path):
    _git(tmp_path, "init", "-q")
    _git(tmp_path, "config", "user.email", "test@example.org")
    _git(tmp_path, "config", "user.name", "test")
    shutil.copy(ROOT / ".gitattributes", tmp_path / ".gitattributes")
    subprocess.run([sys.executable, "-m", "nbstripout", "--install"], cwd=tmp_path, check=True)
    notebook = json.loads((ROOT / "notebooks" / "01_corpus.ipynb").read_text("utf-8"))
    code = next(cell for cell in notebook["cells"] if cell["cell_type"] == "code")
    code["outputs"] = [{"output_type": "stream", "name": "stdout", "text": ["5 articles\n"]}]
    code["execution_count"] = 3
    (tmp_path / "notebooks").mkdir()
    (tmp_path / "notebooks" / "01_corpus.ipynb").write_text(json.dumps(notebook), "utf-8")
    _git(tmp_path, "add", ".")
    _git(tmp_path, "commit", "-q", "-m", "run")
    stored = json.loads(_git(tmp_path, "show", "HEAD:notebooks/01_corpus.ipynb"))
    assert all(not cell.get("outputs") and cell.get("execution_count") is None
               for cell in stored["cells"] if cell["cell_type"] == "code")
    assert "5 articles" in (tmp_path / "notebooks" / "01_corpus.ipynb").read_text("utf-8")
    assert _git(tmp_path, "status", "--porcelain") == ""
