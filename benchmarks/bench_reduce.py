"""Time of the corpus-level reduce at scale: `resolve_names`, `build_meetings` and `reduce_results`.

The map results are real ones, replicated. The real map (`analyse_article`) runs once on
`--unique` synthetic articles (`benchmarks/synthetic.py`: shuffled real sentences); its results
are kept in `$ANALYSIS_CACHE/bench_reduce/`, so that a second run skips it. They are then copied
to 10,000 and 100,000 articles; every copy after the first is perturbed as a growing corpus is:

- each person name the registry does not know gets a generated surname (syllables, drawn with a
  skew so that some names recur across articles and the distinct names grow with the corpus),
  one copy in `TYPO_SHARE` with a one-letter typo, so that the fuzzy merge has work to do;
- all its dates (publication, meetings) move by a whole number of weeks within `SHIFT_WEEKS`.

Then, in one process, it times `resolve_names` on the unresolved names of the copies up to
250 / 1,000 / 4,000 / 8,000 distinct names, `build_meetings` on the first 1k / 4k / 16k / 64k
meeting candidates of the 100,000 copies, and `reduce_results` on 10,000 and 100,000 articles.

Run: `ANALYSIS_CACHE=/tmp/acache_reduce python benchmarks/bench_reduce.py`; the sizes are options
(`--names`, `--rows`, `--articles`). To time another version of the package (e.g. the one before
a change), put its `src` first on `PYTHONPATH`. `--outputs DIR` writes what each step returned
(pickled), so that two versions can be checked for identical results.
"""

from __future__ import annotations

import argparse
import json
import pickle
import random
import string
import time
from dataclasses import replace
from datetime import date, timedelta
from pathlib import Path

import pandas as pd
from synthetic import write_jsonl

from analysis.extract import reduce as reduce_module
from analysis.extract.actors import load_registry, resolve_names
from analysis.extract.corpus import load_corpus
from analysis.extract.dates import ResolvedDate
from analysis.extract.events import build_meetings
from analysis.extract.parse import default_cache_dir
from analysis.extract.reduce import reduce_results
from analysis.extract.results import ArticleResult

# One copy's dates move by up to this many weeks either way (whole weeks keep week dates whole).
SHIFT_WEEKS = 52
# The share of generated surnames written with a one-letter typo ("Dravenko" as "Dravnko").
TYPO_SHARE = 0.05
# Generated surnames per article of the corpus: the pool grows with the corpus, and the skewed
# draw makes some of them recur in many articles, as the people of a news beat do.
SURNAMES_PER_ARTICLE = 1.0
SYLLABLES = ("ka", "lo", "mi", "ne", "ra", "to", "vi", "sa", "de", "bo", "ru", "ze", "pa",
             "gi", "ho", "mu", "ta", "le", "di", "no", "sha", "che", "kov", "lin", "dar", "mer")
ENDINGS = ("", "enko", "ov", "ski", "ic", "escu", "son", "ian", "ez", "ani", "berg", "uddin")


def map_sample(n_unique: int, seed: int = 0) -> tuple[pd.DataFrame, dict[str, ArticleResult]]:
    """The articles table and real map results of `n_unique` synthetic articles (cached)."""
    folder = default_cache_dir() / "bench_reduce"
    folder.mkdir(parents=True, exist_ok=True)
    corpus_file = write_jsonl(n_unique, folder / f"corpus_{n_unique}_{seed}" / "articles.jsonl",
                              seed)
    articles = load_corpus(corpus_file.parent).articles
    stored = folder / f"map_{n_unique}_{seed}.jsonl"
    if not stored.exists():
        from analysis.extract.actors import MentionFinder
        from analysis.extract.parse import load_model, parse_texts
        from analysis.extract.pipeline import analyse_article, article_anchors

        nlp = load_model()
        finder = MentionFinder(nlp.vocab, load_registry())
        anchors = article_anchors(articles)
        docs = parse_texts(articles["text"], nlp)
        with stored.open("w", encoding="utf-8") as out:
            for article_id, doc in zip(articles["article_id"], docs):
                result = analyse_article(doc, finder, *anchors[article_id])
                out.write(json.dumps({"id": article_id, **result.to_json()}) + "\n")
    results = {}
    for line in stored.read_text(encoding="utf-8").splitlines():
        record = json.loads(line)
        results[record.pop("id")] = ArticleResult.from_json(record)
    return articles, results


def surname_pool(size: int, rng: random.Random) -> list[str]:
    """`size` distinct generated surnames."""
    pool: dict[str, None] = {}
    while len(pool) < size:
        stem = "".join(rng.choice(SYLLABLES) for _ in range(rng.randint(2, 3)))
        pool[(stem + rng.choice(ENDINGS)).capitalize()] = None
    return list(pool)


def with_typo(word: str, rng: random.Random) -> str:
    """`word` with one letter after the first dropped, doubled or replaced."""
    at = rng.randrange(1, len(word))
    letter = rng.choice(string.ascii_lowercase)
    return rng.choice([word[:at] + word[at + 1:], word[:at] + word[at] + word[at:],
                       word[:at] + letter + word[at + 1:]])


def shifted(resolved: ResolvedDate | None, weeks: int) -> ResolvedDate | None:
    """A resolved date moved by `weeks`, its value and bounds kept at its precision."""
    if resolved is None or resolved.start is None or resolved.end is None:
        return resolved
    start, end = (day + timedelta(weeks=weeks) for day in (resolved.start, resolved.end))
    if resolved.precision == "month":
        start = start.replace(day=1)
        end = (start + timedelta(days=32)).replace(day=1) - timedelta(days=1)
        value = start.strftime("%Y-%m")
    elif resolved.precision == "year":
        start, end, value = date(start.year, 1, 1), date(start.year, 12, 31), str(start.year)
    elif resolved.precision == "week":
        year, week, _ = start.isocalendar()
        value = f"{year}-W{week:02d}"
    elif resolved.precision == "day":
        value = start.isoformat()
    else:
        value = f"{start.isoformat()}/{end.isoformat()}"
    return replace(resolved, value=value, start=start, end=end)


def perturbed(result: ArticleResult, weeks: int, draw_surname) -> ArticleResult:
    """A copy of an article's map result with new surnames for its unknown people and its
    meeting dates moved by `weeks`."""
    renamed: dict[str, str] = {}
    mentions = []
    for mention in result.mentions:
        if mention.actor_id or mention.type != "person" or not mention.name.split():
            mentions.append(mention)
            continue
        old = mention.name.split()[-1]
        new = renamed.setdefault(old, draw_surname())
        mentions.append(replace(mention, name=_replace_last(mention.name, old, new),
                                text=_replace_last(mention.text, old, new)))
    typed = [replace(t, date=shifted(t.date, weeks)) for t in result.typed]
    return ArticleResult(mentions, typed, result.sentences, result.dateline)


def _replace_last(text: str, old: str, new: str) -> str:
    at = text.rfind(old)
    return text if at < 0 else text[:at] + new + text[at + len(old):]


def replicate(articles: pd.DataFrame, results: dict[str, ArticleResult], n_articles: int,
              seed: int = 0) -> tuple[pd.DataFrame, dict[str, ArticleResult]]:
    """`n_articles` articles made of perturbed copies of the sample (see the module doc)."""
    rng = random.Random(seed)
    pool = surname_pool(int(n_articles * SURNAMES_PER_ARTICLE) + 1, rng)

    def draw_surname() -> str:
        name = pool[int(len(pool) * rng.random() ** 2)]
        return with_typo(name, rng) if rng.random() < TYPO_SHARE else name

    base = articles.to_dict("records")
    rows, copies = [], {}
    for number in range(n_articles):
        record, copy = base[number % len(base)], number // len(base)
        weeks = rng.randint(-SHIFT_WEEKS, SHIFT_WEEKS) if copy else 0
        article_id = f"{record['article_id']}-{copy:04d}"
        published = (date.fromisoformat(record["published"]) + timedelta(weeks=weeks)).isoformat() \
            if record["published"] else ""
        rows.append({**record, "article_id": article_id, "published": published})
        result = results[record["article_id"]]
        copies[article_id] = perturbed(result, weeks, draw_surname) if copy else result
    return pd.DataFrame(rows, columns=articles.columns), copies


class _Recorded(Exception):
    """Raised by the recorder that stands in for `build_meetings`, to stop the reduce there."""


def reduce_inputs(articles: pd.DataFrame, results: dict[str, ArticleResult], key: str) -> tuple:
    """The unresolved names the reduce merges and the arguments it builds meetings from,
    recorded by running `reduce_results` up to `build_meetings`; kept in the cache folder
    under `key`, so that an older, slower version can be timed on the same inputs."""
    stored = default_cache_dir() / "bench_reduce" / f"inputs_{key}.pkl"
    if stored.exists():
        with stored.open("rb") as saved:
            return pickle.load(saved)

    def record(*args):
        raise _Recorded(*args)

    original, reduce_module.build_meetings = reduce_module.build_meetings, record
    try:
        reduce_results(articles, results, load_registry())
    except _Recorded as recorded:
        meeting_args = recorded.args
    finally:
        reduce_module.build_meetings = original
    names = [(m.name, m.type) for r in results.values() for m in r.mentions if not m.actor_id]
    with stored.open("wb") as out:
        pickle.dump((names, meeting_args), out)
    return names, meeting_args


def first_distinct(names: list[tuple[str, str]], count: int) -> list[tuple[str, str]]:
    """The names (with repeats) up to the point where `count` distinct ones were seen."""
    seen: set[tuple[str, str]] = set()
    for end, name in enumerate(names):
        seen.add(name)
        if len(seen) > count:
            return names[:end]
    return names


def timed(label: str, run, repeats: int = 1):
    """Run `run` `repeats` times, print the best time (as `timeit` does), return its value."""
    best = float("inf")
    for _ in range(repeats):
        started = time.perf_counter()
        value = run()
        best = min(best, time.perf_counter() - started)
    print(f"{label:<44} {best:9.2f} s", flush=True)
    return value


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--unique", type=int, default=300, help="articles really mapped")
    parser.add_argument("--names", type=int, nargs="*", default=[250, 1000, 4000, 8000])
    parser.add_argument("--rows", type=int, nargs="*", default=[1000, 4000, 16000, 64000])
    parser.add_argument("--articles", type=int, nargs="*", default=[10_000, 100_000])
    parser.add_argument("--copies", type=int, default=100_000,
                        help="articles the sample is copied to; the steps take the first ones")
    parser.add_argument("--repeats", type=int, default=3,
                        help="best of this many runs of resolve_names and build_meetings")
    parser.add_argument("--outputs", type=Path, help="write each step's result here (pickle)")
    args = parser.parse_args()
    sample = timed(f"map of {args.unique} unique articles (cached)",
                   lambda: map_sample(args.unique))
    articles, results = timed(f"replicate to {args.copies:,} articles",
                              lambda: replicate(*sample, args.copies))
    names, meeting_args = timed("reduce inputs (names, meeting rows)", lambda: reduce_inputs(
        articles, results, f"{args.unique}_{args.copies}"))
    registry = load_registry()
    outputs: dict[str, object] = {}
    for count in args.names:
        subset = first_distinct(names, count)
        outputs[f"names_{count}"] = timed(
            f"resolve_names, {len(set(subset)):,} distinct names",
            lambda subset=subset: resolve_names(subset, registry), args.repeats)
    candidates, published, place_country = meeting_args
    for count in args.rows:
        outputs[f"meetings_{count}"] = timed(
            f"build_meetings, {min(count, len(candidates)):,} rows",
            lambda count=count: build_meetings(candidates[:count], published, place_country),
            args.repeats)
    for count in args.articles:
        subset = articles.iloc[:count]
        outputs[f"reduce_{count}"] = timed(
            f"reduce_results, {len(subset):,} articles",
            lambda subset=subset: reduce_results(
                subset, {i: results[i] for i in subset["article_id"]}, registry))
    if args.outputs:
        args.outputs.mkdir(parents=True, exist_ok=True)
        for name, value in outputs.items():
            with (args.outputs / f"{name}.pkl").open("wb") as out:
                pickle.dump(value, out)


if __name__ == "__main__":
    main()
