"""The visits an article reported so far, for the triggers read after them: "during the visit"
takes a visit's date and place, "the visit comes at the invitation of X" its visitor."""

from __future__ import annotations

from spacy.tokens import Token

from analysis.extract.dates import ResolvedDate
from analysis.extract.events.clauses import during_visit, is_definite
from analysis.extract.events.interaction import TypedInteraction


class VisitsSoFar:
    """The last visit read so far (one with a visitor or a place), and the place of the last
    visit that named one."""

    def __init__(self) -> None:
        self.last: TypedInteraction | None = None
        self.place: int | None = None

    def read(self, found: list[TypedInteraction]) -> None:
        """Remember the visits of one sentence.

        Args:
            found: the sentence's interactions, in text order.
        """
        visits = [r for r in found if r.kind == "visit"]
        self.last = next((r for r in reversed(visits) if r.sources or r.place is not None),
                         self.last)
        self.place = next((r.place for r in reversed(visits) if r.place is not None), self.place)

    def during(self, token: Token, when: ResolvedDate | None, place: int | None,
               planned: bool) -> tuple[ResolvedDate | None, int | None]:
        """"During the visit, X met Y": the date and place of the visit reported before (held,
        or for a planned meeting held or planned), where the trigger's clause gives none; the
        place of the last visit that named one where that visit names none.

        Args:
            token: the trigger.
            when: the date its clause gives, or None.
            place: the place mention its clause gives, or None.
            planned: whether the trigger is planned.

        Returns:
            The date and place.
        """
        visit = self.last
        if visit is None or not during_visit(token) or visit.status == "planned" and not planned:
            return when, place
        if place is None:
            place = visit.place if visit.place is not None else self.place
        return when or visit.date, place

    def visitors(self, noun: Token) -> list[int]:
        """The visitors of the last visit reported, for "the visit" naming its host but none of
        its own.

        Args:
            noun: a visit noun.

        Returns:
            Mention indexes, or [] where the noun is no definite noun or no visit came before.
        """
        if self.last is None or noun.pos_ != "NOUN" or not is_definite(noun):
            return []
        return list(self.last.sources)
