"""What the per-article map hands the reduce: typed results, and their JSON form for the cache.

`ArticleResult` holds real `Mention`s and `TypedInteraction`s (with their `ResolvedDate`s); it is
turned into plain JSON only to be written to the cache and read back. The reduce needs every
article's result at once, so `compact` shares the strings they repeat.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, fields
from datetime import date
from sys import intern

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
        error: why the map failed on the article ("" when it did not); such a result is empty
            and never cached.
    """

    mentions: list[Mention]
    typed: list[TypedInteraction]
    sentences: dict[int, str]
    dateline: str = ""
    error: str = ""

    def to_json(self) -> dict:
        """A JSON-serialisable dict (dates as ISO strings, sentence keys as strings).

        Returns:
            The dict `from_json` reads back.
        """
        # Fields read one by one, not `asdict`: they are plain values (the date aside), and
        # `asdict`'s deep copy was a sixth of the time spent writing the cache.
        return {
            "mentions": [{name: getattr(m, name) for name in _MENTION_FIELDS}
                         for m in self.mentions],
            "typed": [{**{name: getattr(t, name) for name in _TYPED_FIELDS},
                       "date": _date_to_json(t.date), "story_day": _date_to_json(t.story_day)}
                      for t in self.typed],
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
            typed=[TypedInteraction(**{**t, "date": _date_from_json(t["date"]),
                                       "story_day": _date_from_json(t["story_day"])})
                   for t in data["typed"]],
            sentences={int(i): text for i, text in data["sentences"].items()},
            dateline=data["dateline"],
        )

    def compact(self) -> ArticleResult:
        """Share the strings this result repeats, in place: the short ones of its mentions and
        interactions are interned (one "Putin", "PERSON" or actor id for the whole corpus), and
        an interaction's evidence is the very string of its sentence in `sentences`.

        Returns:
            The result itself.
        """
        for m in self.mentions:
            m.text, m.label, m.method, m.actor_id = (intern(m.text), intern(m.label),
                                                    intern(m.method), intern(m.actor_id))
            m.name, m.type, m.country, m.title = (intern(m.name), intern(m.type),
                                                  intern(m.country), intern(m.title))
        sentences = {text: text for text in self.sentences.values()}
        for t in self.typed:
            t.kind, t.cameo, t.status = intern(t.kind), intern(t.cameo), intern(t.status)
            t.evidence = sentences.setdefault(t.evidence, t.evidence)
        self.dateline = intern(self.dateline)
        return self


_MENTION_FIELDS = tuple(f.name for f in fields(Mention))
_TYPED_FIELDS = tuple(f.name for f in fields(TypedInteraction))


def _date_to_json(resolved: ResolvedDate | None) -> dict | None:
    if resolved is None:
        return None
    return {**asdict(resolved), "start": _iso(resolved.start), "end": _iso(resolved.end)}


def _date_from_json(data: dict | None) -> ResolvedDate | None:
    if data is None:
        return None
    return ResolvedDate(**{**data, "start": day_of(data["start"]), "end": day_of(data["end"])})


def _iso(day: date | None) -> str | None:
    return day.isoformat() if day else None


def day_of(text: str | None) -> date | None:
    """A date written in ISO form.

    Args:
        text: "YYYY-MM-DD", "" or None.

    Returns:
        The date, or None.
    """
    return date.fromisoformat(text) if text else None
