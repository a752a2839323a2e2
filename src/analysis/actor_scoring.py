"""Score the actors of an extraction against the actor gold of a gold file (docs/annotation.md).

- **Alias groups**: a gold actor written in two or more forms across the corpus ("Saddam",
  "Saddam Hussein") is *merged* when every mention whose text is one of its aliases resolves to
  one predicted actor.
- **Wrong merges**: a predicted actor whose mentions are aliases of two different gold actors.
- **Roles**: a gold role phrase ("his Pakistani counterpart") is *resolved* when a mention over
  the phrase in its article, or a name right after it ("his Pakistani counterpart Khurshid
  Kasuri", "India's Prime Minister, Mr Rajiv Gandhi") or right before it past a comma or an
  opening bracket ("Khurshid Kasuri, his Pakistani counterpart"), resolves to the gold actor
  it denotes.
- **Junk**: a person or organisation among the 30 most mentioned whose name and surface forms
  match no gold alias ("Holds Talks", "Sgt").

An alias two gold actors share ("Hussein") is left out of the first two measures, unless the gold
lists the actors of each article and only one of them is named in the mention's article.
Mentions are matched to aliases by their text, folded (case, accents and punctuation ignored),
or by their text with the words before it when the gold lists that form ("Mrs. Kirchner").
"""

from __future__ import annotations

import re
from collections.abc import Iterable

import pandas as pd

from analysis.extract.actors.lexicon import ROLE_NAME_GAP
from analysis.scoring import Gold, actor_keys, fold, load_gold
from analysis.tables import Extraction

TOP_ACTORS = 30
# What puts a role phrase in apposition to the name just before it: "Kasuri, his counterpart",
# "Rajiv Gandhi (India's Prime Minister)".
APPOSITION_GAP = re.compile(r"\s*[,(]\s*$")
APPOSITION_REACH = 20  # characters before a phrase its comma or bracket is looked for in
ACTOR_TYPES = ("person", "org")
TITLE_REACH = 2  # words before a mention a gold alias may add ("Foreign Minister Aziz")
TITLE_CHARS = 40  # characters those words are looked for in


def evaluate_actors(extraction: Extraction, gold: Gold | str) -> dict:
    """The actor figures of an extraction against a gold file.

    Args:
        extraction: what `extract` returned for the corpus the gold annotates.
        gold: a `Gold` or the path of a gold file.

    Returns:
        `alias_groups`, `merged`, `merge_rate`, `wrong_merges`, `roles`, `roles_resolved`,
        `role_accuracy`, `junk` (counts and shares), and `unmerged`, `wrongly_merged`,
        `unresolved_roles`, `junk_actors` (what to review, as lists of strings).
    """
    gold = load_gold(gold) if not isinstance(gold, Gold) else gold
    mentions = extraction.mentions
    if gold.articles is not None:
        mentions = mentions[mentions["article_id"].isin(gold.articles)]
    mentions = mentions[mentions["type"].isin(ACTOR_TYPES)]
    keys_of = _alias_keys(gold)
    texts = dict(zip(extraction.articles["article_id"], extraction.articles["text"]))
    matched = mentions.assign(key=[
        _key(keys_of.get(_alias_of(text, _before(texts, article, start), keys_of), set()),
             article, gold)
        for text, article, start in zip(mentions["text"], mentions["article_id"],
                                        mentions["start_char"])])
    matched = matched[matched["key"].notna()]
    unmerged, groups = _unmerged_groups(matched)
    wrongly_merged = [f"{actor}: {', '.join(sorted(keys))}"
                      for actor, keys in matched.groupby("actor")["key"].agg(set).items()
                      if len(keys) > 1]
    keys = actor_keys(extraction.actors, gold)
    unresolved = list(_unresolved_roles(gold, extraction, keys))
    junk = _junk_actors(extraction.actors, keys, mentions)
    return {
        "alias_groups": groups, "merged": groups - len(unmerged),
        "merge_rate": _share(groups - len(unmerged), groups),
        "wrong_merges": len(wrongly_merged),
        "roles": len(gold.roles), "roles_resolved": len(gold.roles) - len(unresolved),
        "role_accuracy": _share(len(gold.roles) - len(unresolved), len(gold.roles)),
        "junk": len(junk),
        "unmerged": unmerged, "wrongly_merged": wrongly_merged,
        "unresolved_roles": unresolved, "junk_actors": junk,
    }


def _alias_keys(gold: Gold) -> dict[str, set[str]]:
    """Folded alias -> the gold keys it names."""
    keys: dict[str, set[str]] = {}
    for key, names in gold.aliases.items():
        for name in names:
            keys.setdefault(fold(name), set()).add(key)
    return keys


def _alias_of(text: str, before: str, keys_of: dict[str, set[str]]) -> str:
    """The folded gold alias a mention stands for: its text, or its text with the words before
    it when the gold lists that wider form ("Mrs. Kirchner" for a mention "Kirchner" whose title
    the extraction left out)."""
    for words in range(TITLE_REACH, 0, -1):
        words_before = re.search(rf"(?:\S+\s+){{{words}}}$", before)
        if words_before and (wide := fold(words_before.group(0) + text)) in keys_of:
            return wide
    return fold(text)


def _before(texts: dict[str, str], article: str, start: int) -> str:
    """The characters of an article a gold alias may add before a mention at `start`."""
    return str(texts.get(article, ""))[max(0, start - TITLE_CHARS):start]


def _key(keys: set[str], article: str, gold: Gold) -> str | None:
    """The one gold key a mention's alias names in its article (the keys the article names,
    when the gold lists them), or None when it names none or several."""
    if gold.article_actors is not None and article in gold.article_actors:
        keys = keys & gold.article_actors[article]
    return next(iter(keys)) if len(keys) == 1 else None


def _unmerged_groups(matched: pd.DataFrame) -> tuple[list[str], int]:
    """The gold actors written in two or more forms whose mentions resolve to several actors,
    and how many gold actors are written in two or more forms."""
    unmerged, groups = [], 0
    for key, rows in matched.groupby("key"):
        if rows["text"].map(fold).nunique() < 2:
            continue
        groups += 1
        actors = sorted(rows["actor"].unique())
        if len(actors) > 1:
            unmerged.append(f"{key}: {' | '.join(actors)}")
    return unmerged, groups


def _unresolved_roles(gold: Gold, extraction: Extraction, keys: dict[str, set[str]]
                      ) -> Iterable[str]:
    """The gold role phrases their article does not resolve to the right actor: no mention
    over the phrase, named right after it past commas and titles ("his Pakistani
    counterpart Khurshid Kasuri", "his host, Mr Zhao") or right before it in apposition
    ("Mr Zhao, his host"), resolves to it."""
    mentions = dict(tuple(extraction.mentions.groupby("article_id")))
    texts = dict(zip(extraction.articles["article_id"], extraction.articles["text"]))
    for article, phrase, key in gold.roles:
        rows = mentions.get(article)
        text = str(texts.get(article, ""))
        # each place the phrase stands, from the last character of a name in apposition
        # before it to the first character of the name after it
        spans = [(_apposition_start(text, m.start()), ROLE_NAME_GAP.match(text, m.end()).end() + 1)
                 for m in re.finditer(_spaced(phrase), text, re.IGNORECASE)]
        right = [] if rows is None else [
            (start, end) for start, end, actor in zip(rows["start_char"], rows["end_char"],
                                                      rows["actor"])
            if key in keys.get(actor, set())]
        if not any(start < phrase_end and phrase_start < end
                   for phrase_start, phrase_end in spans for start, end in right):
            yield f"{article}: {phrase!r} -> {key}"


def _spaced(phrase: str) -> str:
    """A pattern of a phrase whatever whitespace parts its words: a gold phrase copied from a
    hard-wrapped line ("Indonesian\nPresident") is one line of the joined text."""
    return r"\s+".join(map(re.escape, phrase.split()))


def _apposition_start(text: str, start: int) -> int:
    """Where the comma or bracket that puts a phrase in apposition to the name before it starts
    ("Kasuri, his counterpart"), less one character (the name's last); `start` when none."""
    gap = APPOSITION_GAP.search(text, max(0, start - APPOSITION_REACH), start)
    return gap.start() - 1 if gap is not None else start


def _junk_actors(actors: pd.DataFrame, keys: dict[str, set[str]], mentions: pd.DataFrame
                 ) -> list[str]:
    """Persons and organisations among the `TOP_ACTORS` most mentioned in the gold's articles
    that match no gold actor."""
    known = set(actors["name"])
    top = [name for name in mentions["actor"].value_counts().index if name in known][:TOP_ACTORS]
    return [name for name in top if not keys.get(name)]


def _share(part: int, whole: int) -> float:
    return round(part / whole, 3) if whole else float("nan")


def actor_report_lines(figures: dict) -> Iterable[str]:
    """The actor figures, then what to review, as lines to print.

    Args:
        figures: what `evaluate_actors` returned.

    Returns:
        The lines.
    """
    yield (f"actors: alias groups merged {figures['merge_rate']:.3f} "
           f"({figures['merged']}/{figures['alias_groups']})  wrong merges "
           f"{figures['wrong_merges']}  roles resolved {figures['role_accuracy']:.3f} "
           f"({figures['roles_resolved']}/{figures['roles']})  junk in top {TOP_ACTORS} "
           f"{figures['junk']}")
    for label, field in (("unmerged", "unmerged"), ("wrong merge", "wrongly_merged"),
                         ("unresolved role", "unresolved_roles"), ("junk", "junk_actors")):
        for item in figures[field]:
            yield f"{label}: {item}"
