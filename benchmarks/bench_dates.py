"""Throughput of the date normaliser: `resolve_date` and `find_date_expressions`.

Run: `python benchmarks/bench_dates.py [--n 10000] [--seed 12] [--repeats 3]`.

Generates `--n` unique, news-like cases (an expression of one of the families of issue 12, a
sentence around it in the past, present or future, an anchor between 1980 and 2030 and, for a
quarter of them, a reference date), then times, in one process:
  1. `resolve_date` on every case (first pass: dateparser's cache is empty);
  2. `find_date_expressions` on every sentence;
  3. both over the real articles of `benchmarks/accuracy/corpus` (sentences split on full stops),
     as `resolve_in_order` would run in an extraction: milliseconds of normaliser per article,
     to set against the seconds per article of `benchmarks/bench_extract.py`.
Each step runs `--repeats` times; the first and the best pass are printed.
"""

from __future__ import annotations

import argparse
import datetime
import random
import re
import time
from collections.abc import Callable
from pathlib import Path

from analysis.extract.dates import find_date_expressions, resolve_date, resolve_in_order

CORPUS = Path(__file__).resolve().parent / "accuracy" / "corpus"
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December", "Jan.", "Feb.", "Aug.", "Sept.",
          "Oct.", "Nov.", "Dec."]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
UNITS = ["day", "week", "month", "year"]
COUNTS = ["two", "three", "six", "ten", "a", "26", "five", "a couple of"]
SPELLED = ["nineteen ninety-six", "nineteen eighty-nine", "two thousand and one",
           "the year two thousand", "nineteen seventy-three", "twenty twenty"]
ACTORS = ["Putin", "Lukashenko", "Lavrov", "Baker", "Shevardnadze", "Merkel", "Modi", "Xi",
          "Blinken", "the prime minister", "the foreign minister", "the delegation", "Macron",
          "Erdogan", "Zelenskyy", "Kishida", "Albanese", "Lula", "Ramaphosa", "Sharif"]
PLACES = ["Moscow", "Minsk", "Sochi", "Geneva", "Beijing", "Delhi", "Paris", "Berlin",
          "Ankara", "Kyiv", "Tokyo", "Brasilia", "Pretoria", "Islamabad", "Washington"]
TEMPLATES = {
    "future": ["{a} will meet {b} in {p} {e}.",
               "{a} is expected to travel to {p} {e}, officials said.",
               "Talks between {a} and {b} are scheduled for {e}."],
    "past": ["{a} met {b} in {p} {e}.", "{a} and {b} held talks in {p} {e}, the ministry said.",
             "{a} flew to {p} {e} for talks with {b}."],
    "present": ["{a} and {b} in {p} {e}", "{a} says the meeting with {b} in {p} is {e}.",
                "Summit of {a} and {b} in {p} {e}"],
}


def _expressions(rng: random.Random) -> dict[str, Callable[[], str]]:
    """One generator of expressions per family (with its usual preposition)."""
    def month_day() -> str:
        return f"on {rng.choice(MONTHS)} {rng.randint(1, 28)}"

    return {
        "month_day": month_day,
        "explicit": lambda: f"on {rng.choice(MONTHS)} {rng.randint(1, 28)}, "
                            f"{rng.randint(1985, 2025)}",
        "month": lambda: f"in {rng.choice(['', 'early ', 'mid-', 'late '])}"
                         f"{rng.choice(MONTHS[:12])}",
        "weekday": lambda: f"{rng.choice(['on ', 'last ', 'next ', 'early ', 'this '])}"
                           f"{rng.choice(WEEKDAYS)}",
        "relative": lambda: f"{rng.choice(['last', 'next', 'this', 'earlier this', 'later this'])}"
                            f" {rng.choice(UNITS[1:])}",
        "count": lambda: f"{rng.choice(COUNTS)} {rng.choice(UNITS)}s ago",
        "year": lambda: f"{rng.choice(['in ', 'in fiscal ', 'by the end of ', 'in early '])}"
                        f"{rng.randint(1950, 2030)}",
        "year_level": lambda: rng.choice(["by year-end", "the following year", "that year",
                                          "a year earlier", "the current year",
                                          "the past year", "at the end of the month",
                                          "early next year", "the year-ago quarter"]),
        "spelled": lambda: f"in {rng.choice(SPELLED)}",
        "anaphora": lambda: rng.choice(["the following day", "the previous Friday", "then",
                                        "the day before", "two days later",
                                        "the following month", "later that day"]),
        "edge": lambda: f"around {rng.choice(MONTHS)} {rng.randint(1, 28)}",
    }


def generate_cases(n: int, seed: int) -> list[tuple[str, str, datetime.date, str | None]]:
    """`n` unique (expression, sentence, anchor, reference) cases, reproducible from `seed`."""
    rng = random.Random(seed)
    families = list(_expressions(rng).values())
    start = datetime.date(1980, 1, 1).toordinal()
    cases: dict[tuple[str, str, datetime.date], str | None] = {}
    while len(cases) < n:
        expression = rng.choice(families)()
        tense = rng.choice(list(TEMPLATES))
        actor, other = rng.sample(ACTORS, 2)
        sentence = rng.choice(TEMPLATES[tense]).format(a=actor, b=other, p=rng.choice(PLACES),
                                                       e=expression)
        anchor = datetime.date.fromordinal(start + rng.randrange(50 * 365))
        reference = None
        if rng.random() < 0.25:
            reference = (anchor - datetime.timedelta(days=rng.randrange(400))).isoformat()
        cases.setdefault((expression, sentence, anchor), reference)
    return [(e, s, a, r) for (e, s, a), r in cases.items()]


def _timed(repeats: int, run: Callable[[], int]) -> tuple[float, float, int]:
    """(first, best) seconds of `repeats` runs of `run`, and what it counted."""
    times, counted = [], 0
    for _ in range(repeats):
        started = time.perf_counter()
        counted = run()
        times.append(time.perf_counter() - started)
    return times[0], min(times), counted


def _corpus_sentences() -> list[list[str]]:
    return [[s for s in re.split(r"(?<=[.!?])\s+", path.read_text("utf-8", "replace")) if s]
            for path in sorted(CORPUS.glob("*.txt"))]


def _normalise_article(sentences: list[str], anchor: datetime.date) -> int:
    found = [(text, sentence) for sentence in sentences
             for _, _, text in find_date_expressions(sentence)]
    return len(resolve_in_order(found, anchor))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=10_000, help="cases (default 10,000)")
    parser.add_argument("--seed", type=int, default=12)
    parser.add_argument("--repeats", type=int, default=3)
    args = parser.parse_args()
    cases = generate_cases(args.n, args.seed)
    print(f"{len(cases)} unique cases, {len({c[0] for c in cases})} distinct expressions, "
          f"{len({c[1] for c in cases})} distinct sentences")
    resolve_date("Sep 02, 2020", None)  # import dateparser outside the timing

    def resolve_all() -> int:
        resolved = [resolve_date(e, a, s, reference=r) for e, s, a, r in cases]
        return sum(r.value is not None for r in resolved)

    first, best, dated = _timed(args.repeats, resolve_all)
    print(f"resolve_date:          first {len(cases) / first:8.0f} expressions/s, "
          f"best {len(cases) / best:8.0f} expressions/s ({dated / len(cases):.1%} dated)")
    sentences = [c[1] for c in cases]
    first, best, found = _timed(args.repeats,
                                lambda: sum(len(find_date_expressions(s)) for s in sentences))
    print(f"find_date_expressions: first {len(sentences) / first:8.0f} sentences/s,   "
          f"best {len(sentences) / best:8.0f} sentences/s ({found} expressions)")
    articles = _corpus_sentences()
    if articles:
        anchor = datetime.date(2020, 9, 14)
        first, best, found = _timed(args.repeats, lambda: sum(
            _normalise_article(a, anchor) for a in articles))
        print(f"corpus ({len(articles)} articles, {found} expressions): first "
              f"{1000 * first / len(articles):.2f} ms/article, best "
              f"{1000 * best / len(articles):.2f} ms/article")


if __name__ == "__main__":
    main()
