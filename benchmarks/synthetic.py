"""Unique synthetic corpora built from real text, for speed and scale benchmarks.

Identical texts hit the per-text cache, so a benchmark that repeats the seeds measures the cache,
not the extraction. Each article here is made of real sentences (the seeds and the articles
of `benchmarks/accuracy/corpus`) drawn at random and in a random order, four to a paragraph,
300-900 words long, with a publication date spread over one year and one of a dozen outlets. A fixed random seed makes the
corpus the same on every run; no two articles share their text.

Run: `python benchmarks/synthetic.py N OUT.jsonl [--seed 0]` writes N articles as JSON lines
(`id`, `title`, `text`, `published`, `outlet`), which `analysis extract` and `load_corpus` read.
"""

from __future__ import annotations

import argparse
import datetime
import json
import random
import re
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SOURCE_FOLDERS = (ROOT / "seeds", ROOT / "benchmarks" / "accuracy" / "corpus")
WORDS_PER_ARTICLE = (300, 900)
FIRST_DAY = datetime.date(2019, 1, 1)
DAYS_SPANNED = 365
OUTLETS = tuple(f"Outlet {letter}" for letter in "ABCDEFGHIJKL")
# A sentence ends at . ! or ? followed by a space and a capital or a quote.
SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[A-Z\"“'])")
# Shorter lines are headlines, bylines or datelines rather than sentences.
MIN_SENTENCE_WORDS = 6
# Sentences per paragraph: a line of one pooled sentence would recur across articles, and the
# loader removes short repeated lines as site boilerplate.
SENTENCES_PER_PARAGRAPH = 4


def source_sentences(folders: tuple[Path, ...] = SOURCE_FOLDERS) -> list[str]:
    """Every sentence of at least `MIN_SENTENCE_WORDS` words in the `.txt` files of `folders`."""
    sentences: list[str] = []
    for folder in folders:
        for path in sorted(folder.glob("*.txt")):
            for paragraph in path.read_text(encoding="utf-8").split("\n"):
                sentences += [s.strip() for s in SENTENCE_END.split(paragraph)
                              if len(s.split()) >= MIN_SENTENCE_WORDS]
    return sentences


def synthetic_articles(n_articles: int, seed: int = 0,
                       sentences: list[str] | None = None) -> Iterator[dict[str, str]]:
    """`n_articles` unique articles of shuffled real sentences.

    Args:
        n_articles: how many articles.
        seed: the random seed (same seed, same corpus).
        sentences: the sentence pool (default: `source_sentences()`).

    Returns:
        An iterator of records with `id`, `title`, `text`, `published` (ISO) and `outlet`.
    """
    pool = sentences if sentences is not None else source_sentences()
    rng = random.Random(seed)
    for number in range(n_articles):
        target = rng.randint(*WORDS_PER_ARTICLE)
        chosen: list[str] = []
        words = 0
        while words < target:
            sentence = rng.choice(pool)
            chosen.append(sentence)
            words += len(sentence.split())
        day = FIRST_DAY + datetime.timedelta(days=rng.randrange(DAYS_SPANNED))
        # The number in the last line keeps two articles that drew the same sentences apart.
        chosen.append(f"This is synthetic article number {number}.")
        paragraphs = [" ".join(chosen[i:i + SENTENCES_PER_PARAGRAPH])
                      for i in range(0, len(chosen), SENTENCES_PER_PARAGRAPH)]
        yield {"id": f"syn-{number:06d}", "title": " ".join(chosen[0].split()[:8]),
               "text": "\n\n".join(paragraphs), "published": day.isoformat(),
               "outlet": rng.choice(OUTLETS)}


def write_jsonl(n_articles: int, path: Path, seed: int = 0) -> Path:
    """Write `synthetic_articles(n_articles, seed)` to `path` as JSON lines; returns `path`."""
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("w", encoding="utf-8") as out:
        for record in synthetic_articles(n_articles, seed):
            out.write(json.dumps(record, ensure_ascii=False) + "\n")
    return path


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("n_articles", type=int)
    parser.add_argument("out", type=Path, help="the .jsonl file to write")
    parser.add_argument("--seed", type=int, default=0)
    args = parser.parse_args()
    write_jsonl(args.n_articles, args.out, args.seed)
    print(f"wrote {args.n_articles} articles to {args.out}")


if __name__ == "__main__":
    main()
