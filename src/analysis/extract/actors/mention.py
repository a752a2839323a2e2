"""One mention of an actor in an article, as the per-article map finds it."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(slots=True)
class Mention:
    """One mention in an article before the corpus-level merge.

    `actor_id` is set when the registry resolved it; otherwise `name` is the cleaned surface
    name that `resolve_names` will merge across the corpus. `country` (ISO-3) is the registry's,
    or for a person the country of a role the article gives ("Israeli Prime Minister X");
    `title` is the role the article states beside this very mention, if any.
    """

    sentence_id: int
    start_char: int
    end_char: int
    text: str
    label: str
    method: str
    actor_id: str = ""
    name: str = ""
    type: str = ""
    score: float = 100.0
    speaks: bool = False
    country: str = ""
    title: str = ""
