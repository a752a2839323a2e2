"""Capital phrases: "the Kazakh capital", "Japan's capital", "the capital of Kenya" name the
country's capital (the registry's `capital`), a place where something happens."""

from __future__ import annotations

import re

from analysis.extract.actors.patterns import windows
from analysis.extract.actors.registry import Registry


class CapitalReader:
    """Finds capital phrases and resolves them to the registry's capitals."""

    def __init__(self, registry: Registry, countries: str) -> None:
        """Read capital phrases with a registry.

        Args:
            registry: the actor registry.
            countries: its country names and demonyms as one regex alternative
                (`RoleReader.countries`, built once).
        """
        self.registry = registry
        # not "the Kazakh capital city of Astana" nor "the capital of the EU": the name follows
        named_after = r"(?!\s+(?:city\s+)?of\b)"
        self.patterns = [
            re.compile(rf"\bthe\s+(?P<country>{countries})\s+(?P<capital>capital){named_after}",
                       re.IGNORECASE),
            re.compile(rf"\b(?P<country>{countries})['’]s\s+(?P<capital>capital){named_after}",
                       re.IGNORECASE),
            re.compile(rf"\bthe\s+(?P<capital>capital)\s+of\s+(?:the\s+)?(?P<country>{countries})"
                       r"\b", re.IGNORECASE),
        ]
        self.word = re.compile(r"\bcapital\b", re.IGNORECASE)

    def phrases(self, text: str) -> list[tuple[int, int, str, str]]:
        """The capital phrases of an article whose country has a capital in the registry.

        Args:
            text: the article's text.

        Returns:
            (start, end) characters of the word "capital", the capital's actor id and the
            country's ISO-3 code, in text order.
        """
        found: dict[int, tuple[int, int, str, str]] = {}
        for start, end in windows(self.word.finditer(text), len(text)):
            for pattern in self.patterns:
                for match in pattern.finditer(text, start, end):
                    country = self.registry.demonym_to_country.get(match["country"].lower(), "")
                    capital = self.registry.capital_of(country)
                    if capital:
                        found.setdefault(match.start("capital"),
                                         (*match.span("capital"), capital, country))
        return [found[start] for start in sorted(found)]
