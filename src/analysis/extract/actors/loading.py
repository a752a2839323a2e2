"""Loading the actor registry: the packaged `actors.yaml`, extended by a user's file.

Each file is read with `rules.read_yaml` and checked with `rules.validate`: the top level against
`RegistryFile`, then each actor against `ActorEntry` on its own, so that a message names the file,
the entry (with its line) and the field, e.g.
`my.yaml: actors, entry 2 ('lavrov') (line 9): roles, entry 1 ('fm'), field 'title': ...`.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Annotated, Any, Literal

import yaml
from pydantic import (
    AfterValidator,
    BeforeValidator,
    Field,
    ValidationError,
    ValidationInfo,
    field_validator,
)

from analysis.extract.actors.lexicon import LEXICON_FILE, TITLES
from analysis.extract.actors.registry import ACTOR_TYPES, Registry, RegistryActor, Role
from analysis.extract.rules import (
    RulesError,
    Schema,
    describe_location,
    packaged_path,
    read_yaml,
    validate,
)

REGISTRY_FILE = "actors.yaml"
# The world base: every other country (names, ISO-3 codes, demonyms, leader title), capitals and
# international organisations, in the same schema (sources in its header).
WORLD_FILE = "world.yaml"
# Heads of state and government of many countries since 1970, with their terms (same schema):
# "the Italian prime minister" in 2004 is the one in office then.
LEADERS_FILE = "leaders.yaml"
# The name callers catch; registry files are rules files.
RegistryError = RulesError

_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
_TIMESTAMP_TAG = "tag:yaml.org,2002:timestamp"


def _not_blank(text: str) -> str:
    if not text.strip():
        raise ValueError("must not be blank")
    return text


def _known_title(title: str) -> str:
    if title not in TITLES:
        raise ValueError(f"{title!r} is not a known role title (the `titles` of {LEXICON_FILE})")
    return title


def _iso_date(value: object) -> object:
    """A quoted ISO date becomes a date ("" none); YAML dates and anything else pass on."""
    if not isinstance(value, str):
        return value
    if not value:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise ValueError(f"{value!r} is not an ISO date (YYYY-MM-DD)") from None


NonBlank = Annotated[str, AfterValidator(_not_blank)]
KnownTitle = Annotated[str, AfterValidator(_not_blank), AfterValidator(_known_title)]
IsoDate = Annotated[date | None, BeforeValidator(_iso_date)]


class RoleEntry(Schema):
    """One role of a registry person: `{title, country, from, to[, host]}`."""

    title: KnownTitle
    country: str | None = None
    start: IsoDate = Field(None, alias="from")
    end: IsoDate = Field(None, alias="to")
    host: str | None = None

    @field_validator("end")
    @classmethod
    def _ends_after_start(cls, end: date | None, info: ValidationInfo) -> date | None:
        start = info.data.get("start")
        if start and end and end < start:
            raise ValueError(f"the role ends ({end}) before it starts ({start})")
        return end

    def to_role(self, actor_country: str) -> Role:
        """The role in memory.

        Args:
            actor_country: the person's country, for a role without one (or with `""`).

        Returns:
            The `Role`.
        """
        return Role(self.title, self.country or actor_country, self.start, self.end,
                    self.host or "")


class ActorEntry(Schema):
    """One entry of a registry file's `actors:` list (the fields are described in actors.yaml)."""

    id: NonBlank
    name: NonBlank
    type: Literal[ACTOR_TYPES]
    country: str | None = None
    aliases: list[NonBlank] | None = None
    roles: list[RoleEntry] | None = None
    demonyms: list[NonBlank] | None = None
    stands_for: str | None = None
    leader: KnownTitle | None = None
    seat: NonBlank | None = None
    capital: NonBlank | None = None

    @field_validator("capital")
    @classmethod
    def _only_countries_have_capitals(cls, capital: str | None,
                                      info: ValidationInfo) -> str | None:
        if capital is not None and not (info.data.get("type") == "place"
                                        and info.data.get("demonyms")):
            raise ValueError("only a country (a place with `demonyms`) has a capital")
        return capital

    def to_actor(self) -> RegistryActor:
        """The actor in memory.

        Returns:
            The `RegistryActor`.
        """
        country = self.country or ""
        return RegistryActor(
            actor_id=self.id, name=self.name, type=self.type, country=country,
            aliases=tuple(self.aliases or ()),
            roles=tuple(role.to_role(country) for role in self.roles or ()),
            demonyms=tuple(self.demonyms or ()), stands_for=self.stands_for or "",
            leader=self.leader or "president", seat=self.seat or "",
            capital=self.capital or "",
        )


class RegistryFile(Schema):
    """The top level of a registry file: an `actors:` list of mappings (each an `ActorEntry`)."""

    actors: list[dict[str, Any]]


def read_registry_file(path: Path) -> list[ActorEntry]:
    """Read and check one registry file.

    Args:
        path: the YAML file.

    Returns:
        Its entries, in file order.

    Raises:
        RegistryError: the file is unreadable, not UTF-8, not YAML or not in the schema; the
            message is one line naming the file, the entry and its line, and the field.
    """
    data = _read_data(path)
    entries = validate(RegistryFile, data, str(path)).actors
    return [_actor_entry(path, data, index, entry) for index, entry in enumerate(entries)]


def _actor_entry(path: Path, data: object, index: int, entry: dict[str, Any]) -> ActorEntry:
    """One checked entry; only a failing one has its line looked up (YAML is parsed again)."""
    try:
        return ActorEntry.model_validate(entry)
    except ValidationError:
        line = _entry_lines(path.read_text("utf-8"))[index]
        return validate(ActorEntry, entry, f"{path}: {describe_location(data, ('actors', index))}"
                                           f" (line {line})")


# The registries this process has loaded, by the bytes of their files: `extract` loads one on
# every call, and reading the YAML again took most of a warm re-run (1.4 s of 1.8 s for 150
# articles). The registry is never changed once made.
_LOADED: dict[str, Registry] = {}
LOADED_REGISTRIES = 4


def load_registry(user_file: str | Path | None = None) -> Registry:
    """The packaged actor registry (`actors.yaml`, the world base `world.yaml` and the heads of
    state and government `leaders.yaml`), extended (and overridden by id) by a user's YAML file.

    Args:
        user_file: a YAML file with an `actors:` list in the packaged schema, or None.

    Returns:
        The merged `Registry`.

    Raises:
        RegistryError: a file is malformed; the message names the file, entry, line and field.
        FileNotFoundError: `user_file` does not exist.
    """
    paths = [packaged_path(REGISTRY_FILE), packaged_path(WORLD_FILE), packaged_path(LEADERS_FILE)]
    if user_file is not None:
        path = Path(user_file)
        if not path.is_file():
            raise FileNotFoundError(f"actor registry {path} does not exist")
        paths.append(path)
    try:
        files = hashlib.sha256(b"\0".join(path.read_bytes() for path in paths)).hexdigest()
    except OSError:
        return _parse_registry(paths)  # which says why a file cannot be read
    if files not in _LOADED:
        if len(_LOADED) >= LOADED_REGISTRIES:
            _LOADED.clear()
        _LOADED[files] = _parse_registry(paths)
    return _LOADED[files]


def _parse_registry(paths: list[Path]) -> Registry:
    """The registry the files make, each checked, later ones overriding earlier ones by id."""
    actors: dict[str, RegistryActor] = {}
    for path in paths:
        for entry in read_registry_file(path):
            actors[entry.id] = entry.to_actor()
    _check_seats(actors)
    _check_capitals(actors)
    text = "\0".join(path.read_text("utf-8") for path in paths)
    return Registry(actors, hashlib.sha256(text.encode()).hexdigest()[:16])


def _check_seats(actors: dict[str, RegistryActor]) -> None:
    """Every `seat` names a place of the registry (RegistryError naming the actor otherwise)."""
    for actor in actors.values():
        if actor.seat and getattr(actors.get(actor.seat), "type", "") != "place":
            raise RegistryError(f"actor registry: {actor.actor_id}: seat {actor.seat!r} is not "
                                "the id of a place in the registry")


def _check_capitals(actors: dict[str, RegistryActor]) -> None:
    """Every `capital` names a city of the registry in the country's own country (RegistryError
    naming the country otherwise)."""
    for actor in actors.values():
        problem = _capital_problem(actor, actors.get(actor.capital)) if actor.capital else ""
        if problem:
            raise RegistryError(f"actor registry: {actor.actor_id}: capital {actor.capital!r} "
                                f"{problem}")


def _capital_problem(country: RegistryActor, capital: RegistryActor | None) -> str:
    """Why `capital` cannot be the capital of `country` ("" when it can)."""
    if capital is None:
        return "is not the id of an actor in the registry"
    if capital.type != "place":
        return f"is not a place (its type is {capital.type!r})"
    if capital.demonyms:
        return "is a country, not a city"
    if capital.country != country.country:
        return f"is a place of {capital.country!r}, not of {country.country!r}"
    return ""


def _read_data(path: Path) -> object:
    try:
        return read_yaml(path)
    except RulesError:
        raise
    except ValueError as error:  # PyYAML builds unquoted dates itself: `2023-02-30` fails there
        raise _impossible_date(path, error) from None


def _entry_lines(text: str) -> list[int]:
    """The line of each entry of the `actors:` list (of a file that parsed)."""
    root = yaml.compose(text, Loader=_LOADER)
    actors = [value for key, value in root.value if key.value == "actors"][-1]  # YAML: last wins
    return [entry.start_mark.line + 1 for entry in actors.value]


def _impossible_date(path: Path, error: ValueError) -> RulesError:
    """The error for an unquoted date YAML could not build, naming where it is."""
    root = yaml.compose(path.read_text("utf-8"), Loader=_LOADER)
    for where, node in _scalars(root, (), set()):
        if node.tag != _TIMESTAMP_TAG:
            continue
        try:
            yaml.constructor.SafeConstructor().construct_yaml_timestamp(node)
        except ValueError as problem:
            return RulesError(f"{path}: {_describe_path(where)} (line {node.start_mark.line + 1})"
                              f": {node.value!r} is not a real date ({problem})")
    return RulesError(f"{path}: {error}")


def _scalars(node: yaml.Node, where: tuple, seen: set[int]) -> Iterator[tuple[tuple, yaml.Node]]:
    """Every scalar node under `node` (each once, however often aliased) with its path: a tuple
    of (key or index, node) steps."""
    if id(node) in seen:
        return
    seen.add(id(node))
    if isinstance(node, yaml.MappingNode):
        for key, value in node.value:
            yield from _scalars(value, (*where, (str(key.value), value)), seen)
    elif isinstance(node, yaml.SequenceNode):
        for index, item in enumerate(node.value):
            yield from _scalars(item, (*where, (index, item)), seen)
    else:
        yield where, node


def _describe_path(where: tuple) -> str:
    """The path to a value as `rules.describe_location` words it:
    `actors, entry 2 ('lavrov'), roles, entry 1 ('president'), field 'from'`."""
    parts = []
    for position, (key, node) in enumerate(where):
        if isinstance(key, int):
            label = _node_label(node)
            parts.append(f"entry {key + 1}" + (f" ({label!r})" if label else ""))
        else:
            parts.append(f"field {key!r}" if position == len(where) - 1 else key)
    return ", ".join(parts)


def _node_label(node: yaml.Node) -> str | None:
    """The `id` (or `title`) of a composed mapping, as the entry's label."""
    if isinstance(node, yaml.MappingNode):
        values = {key.value: value.value for key, value in node.value
                  if isinstance(key, yaml.ScalarNode) and isinstance(value, yaml.ScalarNode)}
        return values.get("id") or values.get("title")
    return None
