"""Rules files: the YAML files under `analysis/data/` (and a user's own registry), each checked
against a schema when it is loaded.

A schema is a pydantic model derived from `Schema`: an unknown key, a value of the wrong type or
a value a validator refuses is a `RulesError` whose message is one line naming the file, the entry
and the field, so the command line can print it as it is.
"""

from __future__ import annotations

from collections.abc import Mapping
from importlib import resources
from pathlib import Path
from typing import TypeVar

import yaml
from pydantic import BaseModel, ConfigDict, ValidationError

# A rules file whose data, with every YAML alias expanded, holds more values than this is refused:
# nested anchors ("billion laughs") would otherwise take minutes and gigabytes to validate.
MAX_EXPANDED_VALUES = 2_000_000

_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)

SchemaT = TypeVar("SchemaT", bound="Schema")


class RulesError(ValueError):
    """A rules or registry file is malformed; the message names the file, the entry and the field."""


class Schema(BaseModel):
    """Base of every rules schema: unknown keys are errors and values keep their YAML type."""

    model_config = ConfigDict(extra="forbid", strict=True, frozen=True)


def packaged_path(name: str) -> Path:
    """The path of a rules file shipped in `analysis/data/`.

    Args:
        name: the file name, e.g. `triggers.yaml`.

    Returns:
        Its path inside the installed package.
    """
    return Path(str(resources.files("analysis").joinpath("data", name)))


def read_yaml(path: Path | str) -> object:
    """Read a YAML file safely: no code runs, aliases are bounded, errors are one line.

    Args:
        path: the file.

    Returns:
        The parsed data.

    Raises:
        RulesError: the file is missing, not UTF-8, not YAML, or expands past
            `MAX_EXPANDED_VALUES` values.
    """
    try:
        text = Path(path).read_bytes().decode("utf-8")
    except OSError as error:
        raise RulesError(f"{path}: cannot be read ({error.strerror or error})") from None
    except UnicodeDecodeError as error:
        raise RulesError(f"{path}: not UTF-8 (byte {error.start})") from None
    try:
        data = yaml.load(text, Loader=_LOADER)  # a safe loader: CSafeLoader or SafeLoader
    except yaml.YAMLError as error:
        mark = getattr(error, "problem_mark", None)
        where = f" (line {mark.line + 1})" if mark else ""
        problem = getattr(error, "problem", None) or "not valid YAML"
        raise RulesError(f"{path}: {problem}{where}") from None
    if _expanded_size(data, {}) > MAX_EXPANDED_VALUES:
        raise RulesError(f"{path}: its aliases expand to more than {MAX_EXPANDED_VALUES:,} values")
    return data


def _expanded_size(value: object, seen: dict[int, int]) -> int:
    """The number of values `value` holds once every alias is expanded (shared parts counted
    as often as they are referenced; each one computed once)."""
    if id(value) in seen:
        return seen[id(value)]
    if isinstance(value, Mapping):
        children = [*value.keys(), *value.values()]
    elif isinstance(value, list):
        children = value
    else:
        return 1
    seen[id(value)] = 1  # guards against a self-referencing alias
    size = 1 + sum(_expanded_size(child, seen) for child in children)
    seen[id(value)] = size
    return size


def validate(schema: type[SchemaT], data: object, where: str) -> SchemaT:
    """Check parsed data against a schema.

    Args:
        schema: the schema class.
        data: what `read_yaml` returned.
        where: the file's name, for the message.

    Returns:
        The validated rules.

    Raises:
        RulesError: the first problem, as one line naming the file, entry and field.
    """
    try:
        return schema.model_validate(data)
    except ValidationError as error:
        first = error.errors()[0]
        place = describe_location(data, first["loc"])
        raise RulesError(f"{where}: {place}: {first['msg']}") from None


def load_rules(schema: type[SchemaT], path: Path | str) -> SchemaT:
    """Read and check one rules file.

    Args:
        schema: the schema class.
        path: the file.

    Returns:
        The validated rules.

    Raises:
        RulesError: the file is unreadable or does not follow the schema.
    """
    return validate(schema, read_yaml(path), str(path))


def describe_location(data: object, location: tuple) -> str:
    """Say where in the data a pydantic error location points, as a reader would look for it.

    `("triggers", 3, "cameo")` over data whose fourth trigger has `lemma: meet` reads
    `triggers entry 4 ('meet'), field 'cameo'`.

    Args:
        data: the parsed file.
        location: the error's `loc`.

    Returns:
        The description ("the file" for an empty location).
    """
    parts: list[str] = []
    node = data
    for depth, key in enumerate(location):
        if isinstance(key, int) and isinstance(node, list) and 0 <= key < len(node):
            node = node[key]
            label = _entry_label(node)
            parts.append(f"entry {key + 1}" + (f" ({label!r})" if label else ""))
        elif depth == 0 < len(location) - 1 and isinstance(node, Mapping) \
                and isinstance(node.get(key), list | Mapping):  # a section: "verbs, entry 2"
            node = node[key]
            parts.append(str(key))
        else:
            node = node.get(key) if isinstance(node, Mapping) else None
            parts.append(f"field {key!r}")
    return ", ".join(parts) or "the file"


def _entry_label(entry: object) -> str | None:
    if isinstance(entry, Mapping):
        for key in ("id", "name", "lemma", "title", "reason"):
            if isinstance(entry.get(key), str):
                return entry[key]
    return None
