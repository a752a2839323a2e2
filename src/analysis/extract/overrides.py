"""A researcher's decisions over the automatic merges and meetings: the overrides file.

```yaml
same:            # these names are one actor (the first one's)
  - [Saddam, Saddam Hussein]
keep_apart:      # the mentions written as the second name are not the first one's actor
  - [Saddam Hussein, King Hussein]
wrong_meetings:  # meeting keys (`meeting_key`) that are no meeting
  - "1990-08-02|in_person|Saddam Hussein; Yasser Arafat"
same_meetings:   # meeting keys that are one meeting (kept under the first)
  - ["1990-08-02|in_person|A; B", "|in_person|A; B"]
```

A name is an `actor_id` (as it is), an actor's canonical name or a name as written in the text
(case does not matter for names). `analysis extract --overrides FILE` and `analysis render --overrides FILE` apply the
file in the reduce, so no article is parsed again. `apply_actor_overrides` works on mention rows
before the tables are built, so the actors, interactions, meetings and network all follow it.
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pandas as pd
import yaml
from pydantic import Field, field_validator, model_validator

from analysis.extract.actors.names import slug
from analysis.extract.rules import RulesError, Schema, load_rules

OVERRIDE_METHOD = "override"  # the `method` of a mention whose actor an override chose


class Overrides(Schema):
    """The decisions of an overrides file (see the module docstring)."""

    same: list[list[str]] = Field(default_factory=list)
    keep_apart: list[list[str]] = Field(default_factory=list)
    wrong_meetings: list[str] = Field(default_factory=list)
    same_meetings: list[list[str]] = Field(default_factory=list)

    @field_validator("same", "same_meetings")
    @classmethod
    def _groups(cls, groups: list[list[str]]) -> list[list[str]]:
        if any(len(group) < 2 for group in groups):
            raise ValueError("each group needs at least two entries")
        return groups

    @field_validator("keep_apart")
    @classmethod
    def _pairs(cls, pairs: list[list[str]]) -> list[list[str]]:
        if any(len(pair) != 2 for pair in pairs):
            raise ValueError("each keep_apart entry is a pair [name, name]")
        return pairs

    @model_validator(mode="after")
    def _consistent(self) -> Overrides:
        together = {frozenset(map(str.casefold, g)) for g in self.same}
        for a, b in self.keep_apart:
            if any({a.casefold(), b.casefold()} <= group for group in together):
                raise ValueError(f"{a!r} and {b!r} are both kept apart and the same")
        return self


def load_overrides(path: str | Path | None) -> Overrides:
    """Read an overrides file.

    Args:
        path: the YAML file, or None for no overrides.

    Returns:
        The decisions (empty for None).

    Raises:
        RulesError: the file is missing or malformed; the message names the entry.
    """
    return Overrides() if path is None else load_rules(Overrides, path)


def save_overrides(overrides: Overrides, path: str | Path) -> Path:
    """Write `overrides` as YAML to `path` (the notebooks' review cells call this).

    Args:
        overrides: the decisions.
        path: the file to write (its folder is created).

    Returns:
        The path written.
    """
    data = {key: value for key, value in overrides.model_dump().items() if value}
    Path(path).parent.mkdir(parents=True, exist_ok=True)
    Path(path).write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False),
                          encoding="utf-8")
    return Path(path)


def add_decision(overrides: Overrides, decision: str, entries: list[str] | str) -> Overrides:
    """`overrides` with one more decision (a new object; a repeated decision is not added).

    Args:
        overrides: the current decisions.
        decision: `same`, `keep_apart`, `wrong_meetings` or `same_meetings`.
        entries: the names or meeting keys it is about (one key for `wrong_meetings`).

    Returns:
        The decisions with this one added.

    Raises:
        RulesError: an unknown decision, or one that contradicts another.
    """
    if decision not in Overrides.model_fields:
        raise RulesError(f"unknown decision {decision!r}; expected one of "
                         f"{', '.join(Overrides.model_fields)}")
    current = getattr(overrides, decision)
    entry = entries if isinstance(entries, str) else list(entries)
    if entry in current:
        return overrides
    data = overrides.model_dump() | {decision: [*current, entry]}
    try:
        return Overrides.model_validate(data)
    except ValueError as error:
        raise RulesError(f"{decision} {entry}: {error.errors()[0]['msg']}") from None


def meeting_key(meeting: pd.Series | dict) -> str:
    """The key that names a meeting in an overrides file: `date|kind|participants`.

    Unlike `meeting_id`, which numbers the rows of one run, the key stays the same when
    articles are added to the corpus.
    """
    return f"{meeting['date']}|{meeting['kind']}|{meeting['participants']}"


def apply_actor_overrides(rows: list[dict], overrides: Overrides) -> None:
    """Apply `same` and `keep_apart` to mention rows (dicts with `actor_id`, `actor`, `text`,
    `type` and `method`), in place. A name no mention matches is ignored."""
    if not (overrides.same or overrides.keep_apart):
        return
    ids = {row["actor_id"]: (row["actor_id"], row["actor"]) for row in rows}
    names = _name_lookup(rows)
    merged_into: dict[str, tuple[str, str]] = {}

    def actor(name: str) -> tuple[str, str] | None:
        found = ids.get(name) or names.get(name.casefold())
        while found and found[0] in merged_into:
            found = merged_into[found[0]]
        return found

    for group in overrides.same:
        actors = [found for found in map(actor, group) if found]
        for other in actors[1:]:
            if other != actors[0]:
                merged_into[other[0]] = actors[0]
    split: dict[tuple[str, str], str] = {}  # (kept actor_id, name as written) -> name
    for first, second in overrides.keep_apart:
        kept = actor(first)
        if kept is not None and kept == actor(second):
            split[(kept[0], second.casefold())] = second
    for row in rows:
        target = actor(row["actor_id"]) if row["actor_id"] in merged_into else None
        if target:
            row["actor_id"], row["actor"], row["method"] = (*target, OVERRIDE_METHOD)
        moved = split.get((row["actor_id"], row["text"].casefold()))
        if moved:
            row["actor_id"] = f"{row['type'][:3]}:{slug(moved)}"
            row["actor"], row["method"] = moved, OVERRIDE_METHOD


def _name_lookup(rows: list[dict]) -> dict[str, tuple[str, str]]:
    """Folded name -> the (actor_id, canonical name) it stands for: a canonical name is its
    actor's; a name as written is the actor most of its mentions belong to."""
    written: dict[str, Counter[tuple[str, str]]] = {}
    for row in rows:
        written.setdefault(row["text"].casefold(), Counter())[(row["actor_id"], row["actor"])] += 1
    lookup = {name: counts.most_common(1)[0][0] for name, counts in written.items()}
    for row in rows:
        lookup[row["actor"].casefold()] = (row["actor_id"], row["actor"])
    return lookup


def apply_meeting_overrides(meetings: pd.DataFrame, overrides: Overrides) -> pd.DataFrame:
    """The meetings table without the `wrong_meetings` and with each `same_meetings` group
    joined into its first meeting (sources, participants and evidence pooled, a note added).

    Args:
        meetings: the meetings table.
        overrides: the decisions.

    Returns:
        A new table; unknown keys are ignored.
    """
    if meetings.empty or not (overrides.wrong_meetings or overrides.same_meetings):
        return meetings
    table = meetings.copy()
    keys = table.apply(meeting_key, axis=1)
    table = table[~keys.isin(overrides.wrong_meetings)]
    keys = keys[table.index]
    for group in overrides.same_meetings:
        members = [keys.index[keys == key][0] for key in group if (keys == key).any()]
        if len(members) < 2:
            continue
        table.loc[members[0]] = _joined_meeting(table.loc[members])
        table = table.drop(index=members[1:])
        keys = keys[table.index]
    return table.reset_index(drop=True)


def _joined_meeting(rows: pd.DataFrame) -> pd.Series:
    """One meeting from several rows a researcher said are one (the first row's date and place)."""
    joined = rows.iloc[0].copy()
    articles = list(dict.fromkeys(a for ids in rows["article_ids"] for a in ids.split("; ") if a))
    people = sorted({p for names in rows["participants"] for p in names.split("; ") if p})
    joined["article_ids"], joined["n_sources"] = "; ".join(articles), len(articles)
    joined["participants"] = "; ".join(people)
    joined["evidence"] = " || ".join(e for e in dict.fromkeys(rows["evidence"]) if e)
    ids = ", ".join(rows["meeting_id"].iloc[1:])
    joined["notes"] = "; ".join(n for n in (joined["notes"], f"joined with {ids} by override") if n)
    return joined
