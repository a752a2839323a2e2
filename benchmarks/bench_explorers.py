"""Response times of the explorers in a real JupyterLab on 500 unique articles.

Run: `python benchmarks/bench_explorers.py` (needs Chromium, as the browser tests do). It runs
`tests/test_browser_scale.py`, which changes the actor, the outlet and the end date of each
explorer twice, and prints every response time (from the widget change to the explorer's table
being replaced in the page) against the target of one second, with the load average: on a
machine shared with other work the times grow with it.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
TARGET_S = 1.0


def main() -> None:
    with tempfile.TemporaryDirectory() as scratch:
        times_file = Path(scratch) / "times.json"
        subprocess.run([sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider",
                        str(REPO / "tests" / "test_browser_scale.py")], cwd=REPO, check=True,
                       env={**os.environ, "ANALYSIS_EXPLORER_TIMES": str(times_file)})
        times = json.loads(times_file.read_text())
    print(f"\nload average: {os.getloadavg()[0]:.2f} (1 min)\n")
    print("| explorer | change | first | second | better | within 1 s |")
    print("| --- | --- | --- | --- | --- | --- |")
    for kind, changes in times.items():
        for what, seconds in changes.items():
            best = min(seconds)
            print(f"| {kind} | {what} | {seconds[0]:.2f} s | {seconds[1]:.2f} s | {best:.2f} s "
                  f"| {'yes' if best < TARGET_S else 'no'} |")


if __name__ == "__main__":
    main()
