"""The two sides of an interaction: no actor stands on both."""

from __future__ import annotations

from collections.abc import Callable


def distinct_sides(sides: tuple[list[int], list[int]], actor: Callable[[int], str],
                   by_role: Callable[[int], bool]) -> tuple[list[int], list[int]]:
    """The sides of an interaction with no actor on both. A role phrase resolved to the person
    named on the other side is someone else, left unnamed ("The Prime Minister spoke to the
    Irish Taoiseach Leo Varadkar": the Prime Minister is not Varadkar); otherwise a target that
    is also a source is left out.

    Args:
        sides: the sources' and the targets' mention indexes.
        actor: who a mention names.
        by_role: whether a mention is a role phrase ("the Prime Minister").

    Returns:
        The sources and the targets.
    """
    sources, targets = sides
    named = _named(targets, actor, by_role)
    sources = [i for i in sources if not (by_role(i) and actor(i) in named)]
    named = _named(sources, actor, by_role)
    targets = [i for i in targets if not (by_role(i) and actor(i) in named)]
    source_actors = {actor(i) for i in sources}
    return sources, [i for i in targets if actor(i) not in source_actors]


def _named(side: list[int], actor: Callable[[int], str], by_role: Callable[[int], bool]
           ) -> set[str]:
    return {actor(i) for i in side if not by_role(i)}
