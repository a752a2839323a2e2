"""What the per-article map hands the reduce: typed results, and their JSON form for the cache.

`ArticleResult` holds real `Mention`s and `TypedInteraction`s (with their `ResolvedDate`s); it is
turned into plain JSON only to be written to the cache and read back.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass
from datetime import date

from analysis.extract.actors import Mention
from analysis.extract.dates import ResolvedDate
from analysis.extract.events import TypedInteraction


@dataclass
class ArticleResult:
    """The per-article map's output.

    Attributes:
        mentions: the article's actor mentions, in text order.
        typed: its typed interactions; their `sources`, `targets` and `place` index `mentions`.
        sentences: sentence index -> text, for every sentence that names an actor.
        dateline: the place the article's dateline names ("Hyde Park"), or "".
    """

    mentions: list[Mention]
    typed: list[TypedInteraction]
    sentences: dict[int, str]
    dateline: str = ""

    def to_json(self) -> dict:
        """A JSON-serialisable dict (dates as ISO strings, sentence keys as strings).

        Returns:
            The dict `from_json` reads back.
        """
        # `vars`, not `asdict`: the fields are plain values (the date aside), and `asdict`'s
        # deep copy was a sixth of the time spent writing the cache.
        return {
            "mentions": [dict(vars(m)) for m in self.mentions],
            "typed": [{**vars(t), "date": _date_to_json(t.date)} for t in self.typed],
            "sentences": {str(i): text for i, text in self.sentences.items()},
            "dateline": self.dateline,
        }

    @classmethod
    def from_json(cls, data: dict) -> ArticleResult:
        """Read back what `to_json` wrote.

        Args:
            data: the dict.

        Returns:
            The `ArticleResult`.

        Raises:
            KeyError, TypeError, ValueError: `data` is not such a dict.
        """
        return cls(
            mentions=[Mention(**m) for m in data["mentions"]],
            typed=[TypedInteraction(**{**t, "date": _date_from_json(t["date"])})
                   for t in data["typed"]],
            sentences={int(i): text for i, text in data["sentences"].items()},
            dateline=data["dateline"],
        )


def _date_to_json(resolved: ResolvedDate | None) -> dict | None:
    if resolved is None:
        return None
    return {**asdict(resolved), "start": _iso(resolved.start), "end": _iso(resolved.end)}


def _date_from_json(data: dict | None) -> ResolvedDate | None:
    if data is None:
        return None
    return ResolvedDate(**{**data, "start": _day(data["start"]), "end": _day(data["end"])})


def _iso(day: date | None) -> str | None:
    return day.isoformat() if day else None


def _day(text: str | None) -> date | None:
    return date.fromisoformat(text) if text else None
