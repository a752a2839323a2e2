"""The meeting timeline: which meetings, between whom, when, in date order."""

from __future__ import annotations

import logging

import pandas as pd

from analysis.frames import (
    actor_keys,
    date_window,
    from_outlets,
    in_date_window,
    outlet_keys,
    period_columns,
    require_columns,
    text_column,
)
from analysis.tables import MEETING_COLUMNS, empty_table

logger = logging.getLogger(__name__)

# How the meetings table joins the names in `participants` (and the ids in `article_ids`).
PARTICIPANT_SEPARATOR = "; "
TIMELINE_COLUMNS = [*MEETING_COLUMNS, "date_start", "date_end"]


def split_joined(value: object) -> list[str]:
    """The items of a `"; "`-joined cell (`participants`, `article_ids`): `"A; B"` -> `["A", "B"]`.

    Args:
        value: the cell (a string joined by `"; "`, or NaN/None for none).

    Returns:
        The items, in the cell's order, without blanks.
    """
    if not isinstance(value, str):
        return []
    return [name.strip() for name in value.split(PARTICIPANT_SEPARATOR.strip()) if name.strip()]


def meeting_timeline(
    meetings: pd.DataFrame,
    *,
    actors: list[str] | str | None = None,
    start: object = None,
    end: object = None,
    outlets: list[str] | str | None = None,
) -> pd.DataFrame:
    """Filter the meetings and put them in date order.

    Args:
        meetings: the meetings table (`tables.MEETING_COLUMNS`).
        actors: keep meetings with at least one of these participants (canonical names,
            case-insensitive).
        start: first day to keep (inclusive; ISO string or date).
        end: last day to keep (inclusive). A meeting is kept when its date overlaps
            `[start, end]`: a meeting dated `2020-W37` (7-13 September) is kept for
            `start="2020-09-10"`. Undated meetings have no date to compare, so they are kept
            only when neither bound is given (a warning says how many were left out).
        outlets: keep meetings reported by at least one of these outlets (their `outlets`;
            case-insensitive).

    Returns:
        The kept meetings with all their columns plus `date_start` and `date_end` (the first
        and last day of `date` at its precision, NaT when undated): dated meetings first, by
        `date_start` (then `date_end`, then `meeting_id`), then the undated ones by
        `meeting_id`.

    Raises:
        ValueError: an argument is not valid (the message names it).

    Example:
        >>> meeting_timeline(extraction.meetings, actors=["Vladimir Putin"])  # doctest: +SKIP
    """
    require_columns(meetings, ["meeting_id", "date", "participants"], "meetings")
    wanted = actor_keys(actors)
    lo, hi = date_window(start, end)
    wanted_outlets = outlet_keys(outlets)
    if wanted_outlets is not None:
        require_columns(meetings, ["outlets"], "meetings")
    if meetings.empty:
        logger.warning("meeting_timeline: the meetings table is empty")
        return empty_table(TIMELINE_COLUMNS).astype(
            {"date_start": "datetime64[ns]", "date_end": "datetime64[ns]"}
        )

    timeline = meetings[from_outlets(meetings["outlets"], wanted_outlets)] \
        if wanted_outlets is not None else meetings.copy()
    timeline["date_start"], timeline["date_end"] = period_columns(timeline["date"])
    if wanted is not None:
        keep = timeline["participants"].map(
            lambda cell: any(name.casefold() in wanted for name in split_joined(cell))
        )
        timeline = timeline[keep.astype(bool)]
    timeline = timeline[in_date_window(
        timeline["date_start"], timeline["date_end"], lo, hi, log=logger,
        undated_message="meeting_timeline: %d undated meeting(s) left out by the date filter",
    )]

    timeline = timeline.assign(
        _undated=timeline["date_start"].isna(), _id=text_column(timeline["meeting_id"])
    ).sort_values(["_undated", "date_start", "date_end", "_id"], kind="stable", na_position="last")
    return timeline.drop(columns=["_undated", "_id"]).reset_index(drop=True)


def top_meetings(timeline: pd.DataFrame, n: int) -> pd.DataFrame:
    """The `n` meetings a figure shows: most sources first (ties: the earlier, then by id),
    returned in the timeline's own order.

    Args:
        timeline: a table from `meeting_timeline` (or the meetings table).
        n: how many to keep.

    Returns:
        At most `n` rows of `timeline`, in their order there.

    Raises:
        ValueError: `n` is not a positive whole number.
    """
    if isinstance(n, bool) or not isinstance(n, int) or n < 1:
        raise ValueError(f"n={n!r} is not a positive whole number")
    if len(timeline) <= n:
        return timeline
    sources = pd.to_numeric(timeline.get("n_sources"), errors="coerce") \
        if "n_sources" in timeline else pd.Series(0, index=timeline.index)
    first, _ = period_columns(timeline["date"])
    ranked = timeline.assign(_sources=sources.fillna(0).to_numpy(), _first=first.to_numpy(),
                             _id=text_column(timeline["meeting_id"]).to_numpy()).sort_values(
        ["_sources", "_first", "_id"], ascending=[False, True, True], kind="stable",
        na_position="last")
    return timeline.loc[sorted(ranked.index[:n], key=timeline.index.get_loc)]


MEETING_EVIDENCE_COLUMNS = ["meeting_id", "article_id", "outlet", "published", "evidence"]


def meeting_evidence(meetings: pd.DataFrame, meeting_id: str,
                     articles: pd.DataFrame | None = None) -> pd.DataFrame:
    """The sources behind one meeting: one row per evidence sentence, with its article.

    The meetings table joins `article_ids` by `"; "` and `evidence` by `" || "`, one sentence
    per source in the same order; when the two lists differ in length they cannot be paired,
    and every sentence is listed with all the meeting's article ids.

    Args:
        meetings: the meetings table or a timeline from `meeting_timeline`.
        meeting_id: the meeting.
        articles: the articles table, which gives each source its `outlet` and `published`
            day (both "" without it, or for an article it does not hold).

    Returns:
        `MEETING_EVIDENCE_COLUMNS`; empty when the meeting is unknown.

    Raises:
        ValueError: `meetings` lacks `meeting_id`, `article_ids` or `evidence`.
    """
    require_columns(meetings, ["meeting_id", "article_ids", "evidence"], "meetings")
    rows = meetings[text_column(meetings["meeting_id"]) == str(meeting_id)]
    if rows.empty:
        return empty_table(MEETING_EVIDENCE_COLUMNS)
    row = rows.iloc[0]
    article_ids = split_joined(row["article_ids"])
    sentences = (
        [part.strip() for part in row["evidence"].split("||") if part.strip()]
        if isinstance(row["evidence"], str) else []
    )
    if len(article_ids) == len(sentences):
        pairs = list(zip(article_ids, sentences, strict=True))
    else:
        pairs = [(PARTICIPANT_SEPARATOR.join(article_ids), sentence) for sentence in sentences]
    cited = articles[articles["article_id"].isin(article_ids)] if articles is not None \
        else pd.DataFrame(columns=["article_id", "outlet", "published"])
    sources = {row.article_id: (row.outlet, row.published)
               for row in cited[["article_id", "outlet", "published"]].fillna("").itertuples()}
    return pd.DataFrame(
        [(str(meeting_id), a, *sources.get(a, ("", "")), e) for a, e in pairs],
        columns=MEETING_EVIDENCE_COLUMNS,
    )
