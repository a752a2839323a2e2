"""The boilerplate rules: the schema of `data/boilerplate.yaml` and its cached loader.

The file is checked at load (`BoilerplateRules`): an unknown key, a value of the wrong type, a
family listed twice or a pattern that does not compile is a `RulesError` naming the file, the
entry and the field.
"""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path
from typing import Annotated

from pydantic import AfterValidator, Field, PositiveInt, field_validator

from analysis.extract.rules import Schema, load_rules, packaged_path

BOILERPLATE_FILE = "boilerplate.yaml"


def _compiles(pattern: str) -> str:
    try:
        re.compile(pattern)
    except re.error as error:
        raise ValueError(f"not a regular expression: {error}") from None
    return pattern


# A regular expression, checked to compile.
Regex = Annotated[str, AfterValidator(_compiles)]
# A word or phrase of a word list.
Word = Annotated[str, Field(min_length=1)]


class LineFamily(Schema):
    """One family of boilerplate lines: a line matching one of its patterns is removed.

    `name` is the removal reason; `max_words` (None: any length) limits the family to short lines.
    """

    name: str = Field(min_length=1)
    max_words: PositiveInt | None
    patterns: list[Regex] = Field(min_length=1)


class DatelineWords(Schema):
    """The words that label a publication date in a dateline."""

    labels: list[Word] = Field(min_length=1)
    glued_labels: list[Word]
    update_words: list[Word] = Field(min_length=1)
    agencies: list[Word] = Field(default_factory=list)
    line_labels: list[Word] = Field(default_factory=list)
    speaker_words: list[Word] = Field(default_factory=list)
    place_labels: list[Word] = Field(default_factory=list)


class BoilerplateRules(Schema):
    """The schema of `boilerplate.yaml`."""

    families: list[LineFamily] = Field(min_length=1)
    speaker_lines: list[Regex] = Field(min_length=1)
    continuation_words: list[Word] = Field(min_length=1)
    markup_token: Regex
    bullet_item: Regex
    layout_symbols: str = Field(min_length=1)
    dateline: DatelineWords

    @field_validator("families")
    @classmethod
    def _names_once(cls, families: list[LineFamily]) -> list[LineFamily]:
        seen: set[str] = set()
        for family in families:
            if family.name in seen:
                raise ValueError(f"family {family.name!r} is listed twice")
            seen.add(family.name)
        return families


@cache
def boilerplate_rules(path: Path | str | None = None) -> BoilerplateRules:
    """Read and check boilerplate rules (the packaged file by default), once per process.

    Args:
        path: a rules file of the same schema; None for `data/boilerplate.yaml`.

    Returns:
        The validated `BoilerplateRules`.

    Raises:
        RulesError: the file does not follow `BoilerplateRules`.
    """
    return load_rules(BoilerplateRules, path or packaged_path(BOILERPLATE_FILE))
