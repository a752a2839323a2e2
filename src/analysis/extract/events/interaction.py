"""One typed interaction: what a trigger asserts in one sentence (read by `typed`)."""

from __future__ import annotations

from dataclasses import dataclass, replace

from spacy.tokens import Token

from analysis.extract.dates import ResolvedDate
from analysis.extract.events.clauses import is_definite, is_visit_call
from analysis.extract.events.lexicon import load_lexicon
from analysis.extract.events.triggers import has_own_counterpart, trigger_of

LEXICON = load_lexicon()


@dataclass(slots=True)
class TypedInteraction:
    """One interaction a trigger asserts in one sentence.

    Attributes:
        sentence_id: the sentence's index in the article.
        kind: the interaction kind (`meet`, `visit`, `phone`, …; see `data/triggers.yaml`).
        cameo: CAMEO code (the planned code when `status` is `planned`).
        status: `held` or `planned`.
        sources: indexes of the mentions that act.
        targets: indexes of the mentions acted on or met.
        place: index of the place mention of the trigger's clause, or None.
        date: the date of the trigger's clause, resolved, or None.
        evidence: the sentence.
        pair: True when the subject was "the two leaders" (the previous meeting's pair).
        trigger_i: the trigger token's index in the document.
        specific: False for a count without one occasion ("have spoken several times"), which
            is an interaction but no one meeting.
        separate: True when each target was met on their own ("met X and Y separately").
        anaphoric: True for "the discussion between X and Y …", which speaks of an event the
            article reported before.
        role_party: True when a party is named by role alone ("The Prime Minister spoke to
            President Macron"): a meeting even with one named participant.
        host_capital: where a meeting with a visitor that names no place was held, the capital
            of the host's country ("held talks with visiting President X"), or "".
        filed_here: True when its clause says it took place where the story was filed
            ("met X here"): the dateline is its place.
        story_day: for a meeting held that its clause does not date, the day the story is at
            (the last date to the day given before it), or None.
    """

    sentence_id: int
    kind: str
    cameo: str
    status: str
    sources: list[int]
    targets: list[int]
    place: int | None
    date: ResolvedDate | None
    evidence: str
    pair: bool
    trigger_i: int
    specific: bool = True
    separate: bool = False
    anaphoric: bool = False
    role_party: bool = False
    host_capital: str = ""
    filed_here: bool = False
    story_day: ResolvedDate | None = None

    @property
    def dated_by_story(self) -> bool:
        """Whether only the day the story is at dates it."""
        return self.date is None and self.story_day is not None


def drop_nested(rows: list[TypedInteraction]) -> list[TypedInteraction]:
    """One row per asserted event: "hold talks" and "meeting" inside "visit" stay separate rows,
    but of two triggers of one kind in one sentence whose participants one holds, the smaller is
    dropped ("met Widodo for talks": the talks are that meeting), and of two equal ones the
    later.

    Args:
        rows: an article's interactions.

    Returns:
        Those that no other covers.
    """
    def people(row: TypedInteraction) -> set[int]:
        return set(row.sources + row.targets)

    def covers(other: TypedInteraction, row: TypedInteraction) -> bool:
        return other.sentence_id == row.sentence_id and other.kind == row.kind \
            and people(other) >= people(row) \
            and (people(other) > people(row) or other.trigger_i < row.trigger_i)
    return [row for row in rows if not any(
        other is not row and covers(other, row) for other in rows)]


def conversations_as_calls(rows: list[TypedInteraction], conversation: list[bool],
                           people: list[frozenset[str]], cameos: dict[str, str]
                           ) -> list[TypedInteraction]:
    """A conversation with no place of its own, and no date or the call's, of the people of a
    call the article reports, before or after it, is that call ("spoke by phone on Thursday …
    The two leaders had a productive conversation"; "had a telephone conversation yesterday …
    during yesterday's 38-minute chat"; a lead "The two leaders had direct talks" above "held a
    telephonic conversation on Saturday"); one in the sentence of a call is a call too ("Lee's
    second call with a foreign leader, following his first conversation with Trump"), and so
    is, then, a later talk of the same people that day ("X and Y discussed trade. During the
    phone conversation … X also briefed Y on …").

    Args:
        rows: an article's interactions, in text order.
        conversation: for each row, what `conversation_call` says of its trigger.
        people: for each row, who takes part.
        cameos: the CAMEO code of a held call of each channel kind.

    Returns:
        The rows, such conversations made calls.
    """
    for _ in range(2):  # a conversation made a call makes the call of a later one
        calls: dict[frozenset[str], list[TypedInteraction]] = {}
        for row, who in zip(rows, people, strict=True):
            if row.kind in cameos and row.status == "held":
                calls.setdefault(who, []).append(row)
        found = []
        for row, beside_call, who in zip(rows, conversation, people, strict=True):
            if beside_call is not None and row.kind == "meet" and row.status == "held" \
                    and row.place is None:
                kind = next((call.kind for call in calls.get(who, [])
                             if _same_date(row, call)), beside_call)
                row = replace(row, kind=kind, cameo=cameos[kind]) if kind else row
            found.append(row)
        rows = found
    return rows


def _same_date(row: TypedInteraction, call: TypedInteraction) -> bool:
    """Whether a row has no date (or none resolved) or the call's."""
    return row.date is None or row.date.value is None \
        or call.date is not None and row.date.value == call.date.value


def occasions(row: TypedInteraction, other_days: list[ResolvedDate], *, by_role: bool = False
              ) -> list[TypedInteraction]:
    """A trigger's row, one per day when it reports occasions on several days ("phone calls on
    August 19 and 20"), and one per source when several sources met one named only by role
    ("X and Y called on the visiting leader").

    Args:
        row: the trigger's interaction, dated by its first day.
        other_days: the other days of the occasions ([] for one occasion).
        by_role: whether its sources met one named only by role.

    Returns:
        The rows.
    """
    rows = [row, *(replace(row, date=day) for day in other_days)]
    if by_role and not row.targets:
        rows = [replace(r, sources=[s], role_party=True) for r in rows for s in row.sources]
    return rows


def conversation_call(token: Token) -> str | None:
    """Whether a trigger is a word of talking, and the channel of a call another word of its
    sentence names: a call trigger, or the noun "call" on its own ("his second call with a
    foreign leader, following his first conversation with X"; "ended the call, making it
    shorter than his conversations with Y"), not "a call for", "a call on" or a visit's "a
    courtesy call from Y"; or a call the next sentence opens with as its subject, naming nobody
    new ("X and Y discussed vaccines. The phone conversation was initiated by the Mongolian
    side"); or calls the sentence before counts out ("X made two phone calls to foreign leaders.
    In a conversation with Y, …").

    Args:
        token: a trigger token.

    Returns:
        None for a trigger that is no word of talking; else the call's kind (`phone`,
        `video`), or "" when its sentence names no call.
    """
    if token.lemma_.lower() not in LEXICON.conversation_words:
        return None
    for other in token.sent:
        if other.i != token.i and (kind := _call_kind(other)):
            return kind
        if other.pos_ == "NOUN" and other.lemma_.lower() == LEXICON.call_lemma \
                and not is_visit_call(other) and not any(
                    c.dep_ == "prep" and c.lower_ in ("for", "on") for c in other.children):
            return "phone"
    return _call_told_next(token) or _calls_told_before(token)


def _calls_told_before(token: Token) -> str:
    """The kind of the calls, counted in the plural, that the sentence before the token's reports
    ("made two phone calls to foreign leaders"), else ""."""
    if token.sent.start == 0:
        return ""
    for other in token.doc[token.sent.start - 1].sent:
        if other.tag_ == "NNS" and (kind := _call_kind(other)):
            return kind
    return ""


def _call_told_next(token: Token) -> str:
    """The kind of a definite call the sentence after the token's is about, as its subject or
    in the time it sets ("The phone conversation was initiated by …", "During the telephone
    conversation held on the initiative of …"; not "The call between X and Y"), else ""."""
    doc = token.doc
    if token.sent.end >= len(doc):
        return ""
    for other in doc[token.sent.end].sent:
        if _told_about(other) and is_definite(other) \
                and (kind := _call_kind(other)) and not has_own_counterpart(other):
            return kind
    return ""


def _told_about(token: Token) -> bool:
    """Whether a noun is its sentence's subject, or the object of "during" or "in"."""
    return token.dep_ in ("nsubj", "nsubjpass") \
        or token.dep_ == "pobj" and token.head.lower_ in ("during", "in")


def _call_kind(token: Token) -> str | None:
    """The channel (`phone`, `video`) of the call trigger a token is, else None."""
    found = trigger_of(token)
    return found.kind if found is not None and found.kind in LEXICON.channel_triggers else None
