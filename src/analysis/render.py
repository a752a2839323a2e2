"""`analysis render`: execute the notebooks headless, in order, so that they write `figures/`."""

from __future__ import annotations

import logging
import multiprocessing
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass
from pathlib import Path

import papermill
from jupyter_client import AsyncKernelManager

from analysis.snapshot import CorpusSnapshot

log = logging.getLogger(__name__)

# Seconds one notebook cell may run: extraction of a few hundred articles fits well inside.
CELL_TIMEOUT = 1800


class RenderError(RuntimeError):
    """A notebook failed; the message names it and the failing cell's error."""


class FinishedKernelManager(AsyncKernelManager):
    """A kernel manager that shuts a kernel down without interrupting it first.

    jupyter_client sends SIGINT before every shutdown request; when the signal lands while the
    kernel handles a message, the kernel logs "KeyboardInterrupt caught in kernel" on stderr.
    Render shuts a kernel down only after its notebook has finished (or failed), so there is
    nothing to interrupt: the shutdown request alone stops it (and a kernel that does not stop
    is killed after jupyter_client's grace period).
    """

    async def _async_interrupt_kernel(self) -> None:
        if not self.shutting_down:
            await super()._async_interrupt_kernel()


# The project folder of an installed-from-source package (`pip install -e .`): its notebooks,
# seeds and committed figures, found from any working directory.
PROJECT = Path(__file__).resolve().parents[2]


@dataclass(frozen=True)
class RenderPaths:
    """Where `analysis render` reads and writes (see `render_paths`)."""

    corpus: Path
    notebooks: Path
    figures: Path
    out: Path


def render_paths(corpus: str | Path | None = None, notebooks: str | Path | None = None,
                 figures: str | Path | None = None, out: str | Path = "out") -> RenderPaths:
    """The folders of a render, filling the ones not given.

    Args:
        corpus: the corpus (default: the project's `seeds/`).
        notebooks: the notebooks (default: `./notebooks` when there, else the project's).
        figures: where figures go (default: the project's `figures/` for the seeds, and
            `OUT/figures` for any other corpus, so the committed figures are never overwritten
            by another corpus's unless asked).
        out: where exports and executed notebooks go.

    Returns:
        The absolute paths.
    """
    corpus = Path(corpus).resolve() if corpus else PROJECT / "seeds"
    if notebooks is None:
        notebooks = Path("notebooks") if Path("notebooks").is_dir() else PROJECT / "notebooks"
    out = Path(out).resolve()
    if figures is None:
        figures = PROJECT / "figures" if corpus == PROJECT / "seeds" else out / "figures"
    return RenderPaths(corpus, Path(notebooks).resolve(), Path(figures).resolve(), out)


def notebook_paths(notebooks_dir: str | Path) -> list[Path]:
    """The numbered notebooks (`01_…ipynb`, `02_…`) of a folder, in order."""
    paths = sorted(p for p in Path(notebooks_dir).glob("[0-9][0-9]_*.ipynb"))
    if not paths:
        raise FileNotFoundError(f"no numbered notebooks (01_*.ipynb …) in {notebooks_dir}")
    return paths


def render_notebooks(corpus: str | Path = "seeds", notebooks_dir: str | Path = "notebooks",
                     figures_dir: str | Path = "figures", out_dir: str | Path = "out",
                     registry: str | Path | None = None, overrides: str | Path | None = None,
                     ) -> list[Path]:
    """Execute every numbered notebook with papermill, passing the corpus and output folders.

    The corpus is loaded and extracted once, before the notebooks, into its snapshot
    (`fill_snapshot`): each notebook's `analysis.open_corpus` reads it back.

    Args:
        corpus: the corpus folder (or CSV/Parquet file) the notebooks analyse (their `CORPUS`
            parameter).
        notebooks_dir: where the notebooks are.
        figures_dir: where the notebooks write figures (their `FIGURES` parameter).
        out_dir: where exports (`OUT`) and the executed copies (`OUT/notebooks`) go: they are
            outputs, so the stored notebooks stay without outputs.
        registry: a user actor registry the notebooks' extraction reads (`REGISTRY`).
        overrides: an overrides file the notebooks' extraction applies (`OVERRIDES`).

    Returns:
        The executed notebooks' paths.

    Raises:
        FileNotFoundError: no corpus or no notebooks.
        CorpusError, RegistryError, RulesError, ModelNotFoundError: the corpus, the registry,
            the overrides or the model cannot be used (see `CorpusSnapshot`).
        RenderError: a notebook raised, its kernel could not start or died, or a cell ran past
            `CELL_TIMEOUT`; the message names the notebook.
    """
    corpus, figures = Path(corpus).resolve(), Path(figures_dir).resolve()
    if not corpus.exists():
        raise FileNotFoundError(f"corpus folder or file {corpus} does not exist")
    out = Path(out_dir).resolve()
    executed = out / "notebooks"
    executed.mkdir(parents=True, exist_ok=True)
    figures.mkdir(parents=True, exist_ok=True)
    paths = notebook_paths(notebooks_dir)
    fill_snapshot(str(corpus), _absolute(registry), _absolute(overrides))
    written = []
    for path in paths:
        target = executed / path.name
        log.info("executing %s", path)
        try:
            papermill.execute_notebook(
                str(path), str(target), cwd=str(path.parent.resolve()),
                parameters={"CORPUS": str(corpus), "FIGURES": str(figures), "OUT": str(out),
                            "REGISTRY": _absolute(registry), "OVERRIDES": _absolute(overrides)},
                kernel_name="python3", progress_bar=False, execution_timeout=CELL_TIMEOUT,
                request_save_on_cell_execute=False,
                # The kernel talks to papermill over loopback only: its warning about TCP
                # without encryption says nothing to a user of `analysis render`.
                extra_arguments=["--IPKernelApp.log_level=ERROR"],
                kernel_manager_class=FinishedKernelManager,
            )
        except papermill.PapermillExecutionError as error:
            raise RenderError(f"{path.name}: cell {error.exec_count} raised "
                              f"{error.ename}: {error.evalue}") from None
        except TimeoutError as error:  # nbclient's CellTimeoutError
            raise RenderError(f"{path.name}: {error}") from None
        except RuntimeError as error:  # the kernel did not start, or died
            raise RenderError(f"{path.name}: the Python kernel failed: {error} (a kernel needs "
                              "the python3 kernelspec and loopback networking)") from None
        written.append(target)
    return written


def fill_snapshot(corpus: str, registry: str | None, overrides: str | None) -> None:
    """Store the snapshot the notebooks read, unless it is stored already.

    It is built in a child process, whose memory ends with it: a process that has loaded and
    extracted a large corpus keeps much of that memory after letting the tables go, and it would
    stay beside every notebook's kernel.

    Args:
        corpus: the notebooks' `CORPUS`.
        registry: their `REGISTRY`.
        overrides: their `OVERRIDES`.

    Raises:
        RenderError: the child process died (killed, out of memory).
    """
    if CorpusSnapshot(corpus, actors=registry, overrides=overrides).is_current():
        return
    log.info("loading and extracting %s for the notebooks", corpus)
    try:
        with ProcessPoolExecutor(1, mp_context=multiprocessing.get_context("spawn")) as child:
            child.submit(_build_snapshot, corpus, registry, overrides).result()
    except BrokenProcessPool as error:  # killed, e.g. out of memory
        raise RenderError(f"loading and extracting {corpus} failed: {error}") from None


def _build_snapshot(corpus: str, registry: str | None, overrides: str | None) -> None:
    """Build a corpus's snapshot (in `fill_snapshot`'s child process; returns nothing to send)."""
    CorpusSnapshot(corpus, actors=registry, overrides=overrides).build()


def _absolute(path: str | Path | None) -> str | None:
    """A file argument as an absolute path (the notebooks run in their own folder)."""
    return str(Path(path).resolve()) if path else None
