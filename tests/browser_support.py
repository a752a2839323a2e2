"""Driving JupyterLab with headless Chromium: the server, the browser and page fixtures, and
helpers that run a notebook and read or change its explorer.

One JupyterLab server (this venv's Python, on a free loopback port, with a random token) serves a
temporary copy of `notebooks/`, so that the notebooks' relative paths (`../seeds`, `../figures`,
`../out`) resolve there and nothing is written into the repo. Playwright drives Debian's Chromium
(`/usr/bin/chromium`; no browser download). `tests/conftest.py` registers this module as a
plugin, so its fixtures (`browser`, `page`) reach the browser test modules, which define `lab`.
"""

from __future__ import annotations

import json
import os
import re
import secrets
import shutil
import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
ARTIFACTS = REPO / "test-artifacts" / "browser"
CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
]
VIEWPORT = {"width": 1440, "height": 1100}
SERVER_START_TIMEOUT_S = 120
# Running all cells: the first notebook parses the seeds with spaCy (the cache is fresh).
RUN_ALL_TIMEOUT_S = 240
# One redraw after a widget change (a matplotlib figure and a table).
REDRAW_TIMEOUT_S = 30

# JupyterLab settings: no news or update checks (offline), and every cell kept in the DOM
# (the default windowing may leave off-screen cells out of it).
LAB_SETTINGS = {
    "@jupyterlab/apputils-extension/notification.jupyterlab-settings": {
        "fetchNews": "false", "checkForUpdates": False,
    },
    "@jupyterlab/notebook-extension/tracker.jupyterlab-settings": {"windowingMode": "none"},
}
LAB_CONFIG = {
    "LabApp": {
        "news_url": None,
        "check_for_updates_class": "jupyterlab.handlers.announcements.NeverCheckForUpdate",
    },
}


# ---------------------------------------------------------------------------------------------
# JupyterLab and the browser
# ---------------------------------------------------------------------------------------------

def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _get(url: str) -> tuple[int, bytes]:
    with urllib.request.urlopen(url, timeout=5) as response:
        return response.status, response.read()


class Lab:
    """A running JupyterLab: its base URL, token, notebook folder and log."""

    def __init__(self, url: str, token: str, root: Path, log: Path) -> None:
        self.url, self.token, self.root, self.log = url, token, root, log

    def notebook_url(self, name: str) -> str:
        # One workspace per notebook, so that no test reopens another test's notebook.
        workspace = "w" + re.sub(r"\W", "", name.removesuffix(".ipynb"))
        return f"{self.url}/lab/workspaces/{workspace}/tree/{name}?token={self.token}"

    def api(self, path: str, method: str = "GET") -> object:
        request = urllib.request.Request(f"{self.url}/api/{path}", method=method,
                                         headers={"Authorization": f"token {self.token}"})
        with urllib.request.urlopen(request, timeout=10) as response:
            body = response.read()
        return json.loads(body) if body else None

    def shut_down_kernels(self) -> None:
        for session in self.api("sessions"):
            self.api(f"sessions/{session['id']}", method="DELETE")

    def log_tail(self, n: int = 4000) -> str:
        return self.log.read_text(errors="replace")[-n:] if self.log.exists() else ""


def copy_project(base: Path) -> Path:
    """A copy of notebooks/ in `base` beside a copy of seeds/ (the notebooks read
    CORPUS = "../seeds"); returns the notebooks' folder, JupyterLab's root."""
    root = base / "notebooks"
    root.mkdir()
    for notebook in sorted((REPO / "notebooks").glob("*.ipynb")):
        shutil.copy2(notebook, root / notebook.name)
    shutil.copytree(REPO / "seeds", base / "seeds")
    return root


def lab_environment(base: Path) -> dict[str, str]:
    """The environment of JupyterLab and its kernels: settings, config and the extraction cache
    (`base/cache`, fresh for each server) under `base`, and matplotlib's inline backend."""
    settings = base / "lab-settings"
    for name, values in LAB_SETTINGS.items():
        path = settings / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(json.dumps(values))
    config = base / "jupyter-config"
    config.mkdir(exist_ok=True)
    (config / "jupyter_lab_config.json").write_text(json.dumps(LAB_CONFIG))

    env = dict(os.environ)
    env.pop("MPLBACKEND", None)  # conftest sets Agg; the kernel must pick the inline backend
    env.update({
        "ANALYSIS_CACHE": str(base / "cache"),  # a fresh extraction cache for the module
        "JUPYTER_CONFIG_DIR": str(config),
        "JUPYTER_RUNTIME_DIR": str(base / "runtime"),
        "JUPYTERLAB_SETTINGS_DIR": str(settings),
        "JUPYTERLAB_WORKSPACES_DIR": str(base / "workspaces"),
        "PYTHONUNBUFFERED": "1",
    })
    return env


@contextmanager
def start_lab(base: Path, root: Path) -> Iterator[Lab]:
    """JupyterLab from this venv serving `root`, with its settings under `base`; stopped on
    exit."""
    env = lab_environment(base)
    port, token = _free_port(), secrets.token_hex(24)
    command = [
        sys.executable, "-m", "jupyterlab", "--no-browser", "--allow-root",
        f"--port={port}", "--ServerApp.port_retries=0", "--ServerApp.ip=127.0.0.1",
        f"--IdentityProvider.token={token}", f"--ServerApp.root_dir={root}",
        "--ServerApp.open_browser=False",
    ]
    log = base / "jupyterlab.log"
    with log.open("wb") as log_file:
        process = subprocess.Popen(command, cwd=root, env=env, stdout=log_file,
                                   stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL,
                                   start_new_session=True)
    server = Lab(f"http://127.0.0.1:{port}", token, root, log)
    try:
        deadline = time.monotonic() + SERVER_START_TIMEOUT_S
        while True:
            if process.poll() is not None:
                pytest.fail(f"JupyterLab exited with {process.returncode}:\n{server.log_tail()}")
            try:
                if _get(f"{server.url}/api/status?token={token}")[0] == 200:
                    break
            except (urllib.error.URLError, ConnectionError, TimeoutError):
                pass
            if time.monotonic() > deadline:
                pytest.fail(f"JupyterLab did not answer within {SERVER_START_TIMEOUT_S} s:\n"
                            f"{server.log_tail()}")
            time.sleep(0.5)
        yield server
    finally:
        _stop(process)


def _stop(process: subprocess.Popen) -> None:
    """SIGTERM JupyterLab (it shuts its kernels down), then kill its process group."""
    if process.poll() is None:
        process.send_signal(signal.SIGINT)
        try:
            process.wait(timeout=5)
        except subprocess.TimeoutExpired:
            process.terminate()
            try:
                process.wait(timeout=15)
            except subprocess.TimeoutExpired:
                pass
    try:
        os.killpg(process.pid, signal.SIGKILL)  # kernels left over in its session, if any
    except (ProcessLookupError, PermissionError):
        pass
    if process.poll() is None:
        process.wait(timeout=10)


@pytest.fixture(scope="module")
def browser():
    """Debian's headless Chromium under Playwright (one browser for the module)."""
    if not (CHROMIUM.exists() and os.access(CHROMIUM, os.X_OK)):
        pytest.fail(f"{CHROMIUM} is missing: the browser tests drive Debian's Chromium. "
                    "Install it with `apt-get install chromium` (as root), or skip these tests "
                    "with `pytest -m \"not browser\"`.")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=str(CHROMIUM), headless=True,
                                              args=CHROMIUM_ARGS)
        try:
            yield chromium
        finally:
            chromium.close()


@pytest.fixture
def page(browser, lab, request):
    """A fresh browser page; its notebook's kernel is shut down afterwards. When the test
    failed, a screenshot and the page's HTML go to test-artifacts/browser/ for a look."""
    context = browser.new_context(viewport=VIEWPORT)
    page = context.new_page()
    page.set_default_timeout(30_000)
    failed_before = request.session.testsfailed
    try:
        yield page
    finally:
        if request.session.testsfailed > failed_before:
            ARTIFACTS.mkdir(parents=True, exist_ok=True)
            stem = ARTIFACTS / f"FAILED-{request.node.name}"
            try:
                page.screenshot(path=f"{stem}.png", full_page=True)
                Path(f"{stem}.html").write_text(page.content())
            except Exception as error:  # noqa: BLE001 (the page may be gone)
                print(f"no failure screenshot: {error}")
        context.close()
        lab.shut_down_kernels()


# ---------------------------------------------------------------------------------------------
# Driving a notebook
# ---------------------------------------------------------------------------------------------

def wait_until(condition: Callable[[], object], timeout_s: float, what: str) -> object:
    """Poll `condition` until it returns something truthy; fail with `what` after the timeout."""
    deadline = time.monotonic() + timeout_s
    while True:
        result = condition()
        if result:
            return result
        if time.monotonic() > deadline:
            pytest.fail(f"timed out after {timeout_s} s waiting for {what}")
        time.sleep(0.25)


PROMPTS_JS = """() => Array.from(document.querySelectorAll(
    '.jp-NotebookPanel:not(.lm-mod-hidden) .jp-CodeCell .jp-InputArea-prompt'),
    el => el.textContent.trim())"""


def run_all_cells(page, lab: Lab, name: str) -> None:
    """Open a notebook, wait for its kernel, Run > Run All Cells, wait until every code cell ran
    and the kernel is idle again."""
    open_notebook(page, lab, name)
    run_all(page, name)


def open_notebook(page, lab: Lab, name: str) -> None:
    """Open a notebook and wait until its kernel is idle."""
    page.goto(lab.notebook_url(name))
    page.wait_for_selector(".jp-NotebookPanel:not(.lm-mod-hidden) .jp-CodeCell", timeout=90_000)
    indicator = page.locator(".jp-NotebookPanel:not(.lm-mod-hidden) "
                             ".jp-Notebook-ExecutionIndicator")

    def kernel_ready() -> bool:
        # The indicator reads "idle" before any kernel exists: also wait for the session.
        has_session = any(s.get("path", "").endswith(name) and s.get("kernel")
                          for s in lab.api("sessions"))
        return has_session and indicator.get_attribute("data-status") == "idle"

    wait_until(kernel_ready, 90, f"the kernel of {name} to start ({lab.log_tail(1500)})")
    page.wait_for_timeout(500)
    wait_until(kernel_ready, 30, f"the kernel of {name} to settle")


def run_all(page, name: str) -> None:
    """Run > Run All Cells in the open notebook; wait until every code cell ran again and the
    kernel is idle."""
    indicator = page.locator(".jp-NotebookPanel:not(.lm-mod-hidden) "
                             ".jp-Notebook-ExecutionIndicator")
    before = page.evaluate(PROMPTS_JS)
    page.locator("#jp-MainMenu").get_by_role("menuitem", name="Run", exact=True).click()
    page.locator(".lm-Menu-content .lm-Menu-item",
                 has_text=re.compile(r"^Run All Cells")).first.click()

    def all_ran() -> bool:
        prompts = page.evaluate(PROMPTS_JS)
        executed = prompts and all(re.fullmatch(r"\[\d+\]:", p) and p not in before
                                   for p in prompts)
        return executed and indicator.get_attribute("data-status") == "idle"

    wait_until(all_ran, RUN_ALL_TIMEOUT_S,
               f"every cell of {name} to run (prompts: {page.evaluate(PROMPTS_JS)})")


def assert_no_error_outputs(page, name: str) -> None:
    """No cell shows a traceback (error outputs render as stderr text in Lab)."""
    errors = page.evaluate("""() => Array.from(document.querySelectorAll(
        '.jp-OutputArea-output[data-mime-type*="stderr"], .jp-OutputArea-output[data-mime-type*="error"]'),
        el => el.textContent).filter(text => /Traceback|Error:|Exception/.test(text))""")
    assert not errors, f"{name}: cells failed:\n" + "\n---\n".join(e[:2000] for e in errors)


def explorer(page):
    """The first explorer of the open notebook, once its widgets have rendered."""
    view = page.locator(".jp-NotebookPanel:not(.lm-mod-hidden) .analysis-explorer").first
    view.wait_for(state="visible", timeout=60_000)
    view.locator(".analysis-figure img").wait_for(state="visible")
    view.locator(".analysis-table table").wait_for(state="visible")
    return view


def table_rows(view) -> list[list[str]]:
    """The explorer's table: one list of cell texts (index first) per body row."""
    return view.locator(".analysis-table table").first.evaluate(
        """table => Array.from(table.querySelectorAll('tbody tr'),
            tr => Array.from(tr.querySelectorAll('th, td'), cell => cell.textContent.trim()))""")


def column(view, name: str) -> list[str]:
    """One column of the explorer's table, by header."""
    headers = view.locator(".analysis-table table").first.evaluate(
        """table => Array.from(table.querySelectorAll('thead tr:first-child th'),
            th => th.textContent.trim())""")
    index = headers.index(name)
    return [row[index] for row in table_rows(view)]


def figure_src(view) -> str:
    return view.locator(".analysis-figure img").first.get_attribute("src")


def redrawn(view, before_src: str, check: Callable[[], bool], what: str) -> None:
    """Wait until the figure changed and `check()` holds for the new table."""
    wait_until(lambda: figure_src(view) != before_src and check(), REDRAW_TIMEOUT_S,
               f"{what} (table now: {table_rows(view)[:12]})")


def actor_options(view) -> list[str]:
    """The names the actor picker lists (its labels use non-breaking spaces; values do not)."""
    return view.locator(".analysis-actor-picker select").evaluate(
        "select => Array.from(select.options, option => option.value)")


def pick_actors(view, *names: str) -> None:
    """Select exactly `names` in the actor picker's list (a change event, as a click would)."""
    view.locator(".analysis-actor-picker select").select_option(value=list(names))


def option_labels(view, selector: str) -> list[str]:
    """The labels of a select's options, with plain spaces."""
    return [label.replace("\xa0", " ") for label in view.locator(selector).evaluate(
        "select => Array.from(select.options, option => option.textContent)")]


def set_dates(view, start: str, end: str) -> None:
    """Type ISO dates into the From and To pickers (end first, so the range never inverts)."""
    inputs = view.locator(".analysis-date-range input[type=date]")
    assert inputs.count() == 2
    inputs.nth(1).fill(end)
    inputs.nth(0).fill(start)


def screenshot(page, view, name: str) -> Path:
    """A full-page screenshot with the explorer at the top of the notebook: the file browser
    closed and no input focused, so that the explorer has the room a reader would give it."""
    page.evaluate("() => document.activeElement && document.activeElement.blur()")
    if page.locator("#jp-left-stack").is_visible():
        # Clicking the open panel's tab in the left bar collapses the sidebar.
        page.locator(".jp-SideBar.jp-mod-left .lm-TabBar-tab.lm-mod-current").click()
        page.locator("#jp-left-stack").wait_for(state="hidden")
    view.evaluate("el => el.scrollIntoView({block: 'start'})")
    page.wait_for_timeout(300)
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    path = ARTIFACTS / f"{name}.png"
    page.screenshot(path=str(path), full_page=True)
    return path


def open_explorer(page, lab: Lab, name: str):
    run_all_cells(page, lab, name)
    assert_no_error_outputs(page, name)
    return explorer(page)


def inline_figures(page) -> int:
    """How many PNG outputs the open notebook shows outside its explorer."""
    return page.evaluate("""() => Array.from(document.querySelectorAll(
        '.jp-NotebookPanel:not(.lm-mod-hidden) .jp-OutputArea-output[data-mime-type="image/png"]'
        )).filter(el => !el.closest('.analysis-explorer')).length""")
