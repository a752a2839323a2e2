"""Helpers several test modules share (fixtures live in conftest.py)."""

from __future__ import annotations

import signal
from contextlib import contextmanager


class StillRunning(Exception):  # not an OSError, which the loader would catch and go on
    """The block ran past its time limit."""


@contextmanager
def time_limit(seconds: int):
    """Fail instead of hanging (an endless loop, a blocked `open`) when the block runs longer
    than `seconds`."""
    def fail(signum, frame):
        raise StillRunning(f"still running after {seconds} s")
    previous = signal.signal(signal.SIGALRM, fail)
    signal.alarm(seconds)
    try:
        yield
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, previous)


def meetings(rows, kinds=("meet", "host", "phone", "video")):
    """The rows of a `read` fixture result that may report meetings."""
    return [r for r in rows if r["kind"] in kinds]


def corpus_of(texts: dict[str, tuple[str, str]]):
    """A `Corpus` of written articles: article_id -> (published ISO date, text)."""
    import pandas as pd

    from analysis.extract.corpus import Corpus
    from analysis.tables import ARTICLE_COLUMNS, REPORT_COLUMNS

    rows = [{"article_id": article_id, "path": f"{article_id}.txt", "outlet": "", "url": "",
             "title": "", "published": published, "published_source": "metadata",
             "text": text, "n_removed_lines": 0}
            for article_id, (published, text) in texts.items()]
    return Corpus(pd.DataFrame(rows, columns=ARTICLE_COLUMNS),
                  pd.DataFrame(columns=REPORT_COLUMNS))
