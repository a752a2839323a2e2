"""Meetings: typed meet/visit/host/phone interactions merged across sentences and articles
(the corpus-level reduce). Rows are one meeting when their participants, kind, date and place
are compatible; see `build_meetings`."""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, fields
from datetime import date, timedelta
from itertools import combinations

import pandas as pd

from analysis.extract.events.meeting_places import (
    main_place,
    places_compatible,
    places_of_the_day,
)
from analysis.tables import MEETING_COLUMNS, empty_table

# A dated meeting and an undated report of the same participants are one meeting when the
# undated report was published within this many days of the meeting (news reports a meeting
# from a few days before to a few days after it).
UNDATED_MATCH_WINDOW = timedelta(days=7)
# An undated report and a dated meeting of the same article are one meeting when the meeting
# lies within this many days of publication: what an article reports without a date is recent
# news; a meeting it dates years back is another one it recalls.
SAME_ARTICLE_WINDOW = timedelta(days=92)
# Undated reports of the same people in articles this many days apart are one meeting.
UNDATED_PAIR_WINDOW = timedelta(days=2)
# An anaphoric report names the people a meeting named by role alone ("congressional leaders")
# this many sentences before it.
ROLE_REPORT_REACH = 2
# Date precisions, finest first: the date of a meeting is that of its most precise report.
PRECISION_ORDER = ("day", "week", "range", "month", "year")
# Reports are clustered in this order: day-dated and undated ones first, vaguer dates after.
CLUSTER_ORDER = ("day", "unknown", *PRECISION_ORDER[1:])


@dataclass
class MeetingCandidate:
    """One typed interaction that may report a meeting, as the reduce reads it.

    Attributes:
        article_id, sentence_id: where it is reported.
        participants: canonical names of the people and parties taking part.
        meeting_kind: `in_person`, `phone` or `video`.
        kind: the interaction kind (`meet`, `visit`, `host`, `phone`, `video`).
        date, date_text, date_precision: the resolved date (ISO at its precision), as written,
            and its precision (`unknown` when undated).
        date_start, date_end: the days the date covers, or None.
        place: canonical place name or "".
        status: `held` or `planned`.
        cameo: CAMEO code.
        evidence: the sentence.
        published_date: the article's publication date, or None.
        anaphoric: True for "the discussion between X and Y …": it joins the meeting of the
            same people its article reported before, whatever its kind or place.
        role_party: True when the other party is named by role alone ("the Prime Minister").
        story_dated: True when the date is the day the story is at, not one its clause gives.
        place_told: False when the place is not its sentence's but its article's (the place
            its people visited, the dateline): a place a sentence tells outweighs it.
    """

    article_id: str
    sentence_id: int
    participants: frozenset[str]
    meeting_kind: str
    kind: str
    date: str
    date_text: str
    date_precision: str
    date_start: date | None
    date_end: date | None
    place: str
    status: str
    cameo: str
    evidence: str
    published_date: date | None = None
    anaphoric: bool = False
    role_party: bool = False
    story_dated: bool = False
    place_told: bool = True

    @property
    def interval(self) -> tuple[date, date] | None:
        """(first day, last day) when dated, else None."""
        return (self.date_start, self.date_end) if self.date_start and self.date_end else None


_CANDIDATE_FIELDS = [f.name for f in fields(MeetingCandidate)]


class _Cluster:
    """The candidates of one meeting, with what `fits` needs kept up to date as rows join."""

    def __init__(self, row: MeetingCandidate, place_country: dict[str, str]) -> None:
        self.rows: list[MeetingCandidate] = []
        self.place_country = place_country
        self.kind = row.meeting_kind
        self.participants: set[str] = set()
        self.places: Counter[str] = Counter()
        self.told_places: Counter[str] = Counter()  # those the rows' own sentences tell
        self.articles: set[str] = set()
        self.published: set[date] = set()
        self.days: set[date] = set()
        self.latest_start: date | None = None  # dated rows all overlap [latest_start, earliest_end]
        self.earliest_end: date | None = None
        self.place = ""
        self.number = 0  # its place among the meetings, in the order they were found
        self.add(row)

    def add(self, row: MeetingCandidate) -> None:
        self.rows.append(row)
        self.participants |= row.participants
        self.articles.add(row.article_id)
        if row.published_date:
            self.published.add(row.published_date)
        if row.place:
            self.places[row.place] += 1
            if row.place_told:
                self.told_places[row.place] += 1
            self.place = main_place(self.told_places or self.places, self.place_country)
        interval = row.interval
        if interval:
            self.latest_start = max(filter(None, [self.latest_start, interval[0]]))
            self.earliest_end = min(filter(None, [self.earliest_end, interval[1]]))
            if row.date_precision == "day":
                self.days.add(interval[0])

    def _dates_fit(self, row: MeetingCandidate) -> bool:
        own = row.interval
        if own is not None and self.latest_start is not None:
            return own[0] <= self.earliest_end and self.latest_start <= own[1]
        same_article = row.article_id in self.articles
        # One side is undated: it joins when it was published near the other side's date (in
        # its own article, within a wider window: "Hollande says goodbye to Merkel" in 2017 is
        # not the 2012 meeting the same article recalls).
        if own is None:
            if self.latest_start is None or row.published_date is None:  # both undated
                return same_article or row.published_date is not None and any(
                    abs(p - row.published_date) <= UNDATED_PAIR_WINDOW for p in self.published)
            published, interval = [row.published_date], (self.latest_start, self.earliest_end)
        else:
            published, interval = self.published, own
        if not published:
            return same_article
        window = SAME_ARTICLE_WINDOW if same_article else UNDATED_MATCH_WINDOW
        return any(interval[0] - window <= p <= interval[1] + window for p in published)

    def distance(self, row: MeetingCandidate) -> int:
        """How many sentences `row` lies from this meeting's nearest report in its article
        (a report joins the nearest of the meetings it fits); a large number for none."""
        return min((abs(r.sentence_id - row.sentence_id) for r in self.rows
                    if r.article_id == row.article_id), default=1_000_000)

    def fits(self, row: MeetingCandidate) -> bool:
        """Whether `row` reports this meeting."""
        people = row.participants
        if row.anaphoric and row.article_id in self.articles and len(people) >= 2 \
                and (people <= self.participants or self._met_by_role_just_before(row)):
            # "the two presidents met": this meeting's people, unless dated to another time
            return row.interval is None or self._dates_fit(row)
        if not self._same_kind(row) or not (
                people <= self.participants or self.participants <= people):
            return False
        if self._another_event(row):
            return False
        # A call is split into the calls the sources report: other articles' reports join it
        # only with the same people ("Putin spoke with Macron" is not the Putin-Macron-Merkel
        # call another source reports that day).
        if self.kind != "in_person" and people != self.participants \
                and row.article_id not in self.articles:
            return False
        if not self._dates_fit(row):
            return False
        if places_compatible(row.place, self.place, self.place_country) \
                or self._journey_together(row):
            return True
        # Two sources that name the same day but different places: one meeting, noted conflict;
        # not a journey of some of its people elsewhere ("met X in Riyadh, then flew to Cairo").
        return row.date_precision == "day" and row.date_start in self.days \
            and not (row.kind == "visit" and people < self.participants)

    def _same_kind(self, row: MeetingCandidate) -> bool:
        """Whether `row` is of this meeting's kind, or the undated headline of the call its
        article reports between the same people ("Trump talks to Saudi crown prince on Iran"),
        held or planned as the call is, and naming no place."""
        return row.meeting_kind == self.kind or self.kind != "in_person" \
            and row.sentence_id == 0 and row.interval is None and not row.place \
            and row.article_id in self.articles and row.participants == self.participants \
            and all(r.status == row.status for r in self.rows)

    def _another_event(self, row: MeetingCandidate) -> bool:
        """Whether a report of some of this meeting's people is another event: one of another
        article whose other party is named by role alone ("the Prime Minister" may be anyone),
        or a journey of some of them on another day or none, planned where the meeting was
        held or held where it was planned ("Modi and Dahal held talks. … Dahal will also visit
        Ujjain"; one on the meeting's day is its journey there)."""
        people = row.participants
        if row.role_party and len(people) == 1 and row.article_id not in self.articles:
            return True
        return row.kind == "visit" and bool(row.place) and people < self.participants \
            and not (row.date_precision == "day" and row.date_start in self.days) \
            and all(r.status != row.status for r in self.rows)

    def _met_by_role_just_before(self, row: MeetingCandidate) -> bool:
        """Whether a report of this meeting, within `ROLE_REPORT_REACH` sentences before an
        anaphoric report, named its other party by role alone ("Biden will meet congressional
        leaders on Tuesday. The sit-down will be attended by X, Y and Z": they are those)."""
        return any(r.role_party and r.article_id == row.article_id and r.status == row.status
                   and 0 < row.sentence_id - r.sentence_id <= ROLE_REPORT_REACH
                   for r in self.rows)

    def _journey_together(self, row: MeetingCandidate) -> bool:
        """Whether `row` is a journey the meeting's people make together, reported in its
        article ("The two leaders then flew to Kathmandu"): part of their meeting, wherever."""
        return row.kind == "visit" and row.article_id in self.articles \
            and len(row.participants) >= 2 and row.participants == self.participants


class _ClusterIndex:
    """The meetings found so far, listed under what a report must share with a meeting to fit
    it (`_Cluster.fits`), so that a report is compared with a few meetings rather than all:

    - its article (an anaphoric report, or a report of the meeting's own article);
    - else its kind and people, one set holding the other (`_people_keys`), and a week its
      dates reach within `UNDATED_MATCH_WINDOW` (`_report_weeks`).

    A meeting is listed under every key it ever had (its people only grow, its dates only
    narrow), so a candidate may no longer fit; `fits` decides."""

    def __init__(self) -> None:
        self.clusters: list[_Cluster] = []
        self._postings: dict[tuple, set[int]] = defaultdict(set)
        self._listed: list[tuple[set[tuple], set[int]]] = []  # per meeting: people keys, weeks

    def add(self, cluster: _Cluster) -> None:
        """List a new meeting (of one report)."""
        cluster.number = len(self.clusters)
        self.clusters.append(cluster)
        self._listed.append((set(), set()))
        row = cluster.rows[0]
        self._list(cluster, row, _weeks(row.interval) if row.interval else set())

    def join(self, cluster: _Cluster, row: MeetingCandidate) -> None:
        """Add a report to a meeting, and list the meeting under what it gained."""
        was_dated = cluster.latest_start is not None
        cluster.add(row)
        dated_now = not was_dated and cluster.latest_start is not None
        self._list(cluster, row, _weeks((cluster.latest_start, cluster.earliest_end))
                   if dated_now else set())

    def candidates(self, row: MeetingCandidate) -> list[_Cluster]:
        """The meetings `row` may fit, in the order they were found (as `build_meetings`
        compares them)."""
        weeks = _report_weeks(row)
        keys = [("article", row.article_id),
                *((key, week) for key in _report_keys(row) for week in weeks)]
        numbers = set().union(*(self._postings.get(key, ()) for key in keys))
        return [self.clusters[number] for number in sorted(numbers)]

    def _list(self, cluster: _Cluster, row: MeetingCandidate, weeks: set[int]) -> None:
        """List `cluster` under `row`'s article, and under its people keys and weeks where
        either is new (`weeks`: those its dates gained; its publication dates are added)."""
        listed_keys, listed_weeks = self._listed[cluster.number]
        if row.published_date:
            weeks.add(_week(row.published_date))
        new_keys = _people_keys(cluster.kind, cluster.participants) - listed_keys
        new_weeks = weeks - listed_weeks
        listed_keys |= new_keys
        listed_weeks |= new_weeks
        pairs = [(key, week) for key in new_keys for week in listed_weeks]
        pairs += [(key, week) for key in listed_keys - new_keys for week in new_weeks]
        for key in [("article", row.article_id), *pairs]:
            self._postings[key].add(cluster.number)


def _people_keys(kind: str, people: frozenset[str] | set[str]) -> set[tuple]:
    """What a meeting of `kind` and `people` is listed under: each person, each pair, and its
    person (or nobody) when it has one or none. A report whose people hold or are held by the
    meeting's shares one of these with it (see `_report_keys`)."""
    keys = {("kind", kind), *(("member", kind, person) for person in people),
            *(("pair", kind, *pair) for pair in combinations(sorted(people), 2))}
    if len(people) <= 1:
        keys.add(("alone", kind, *people))
    return keys


def _report_keys(row: MeetingCandidate) -> list[tuple]:
    """The keys of the meetings a report may fit (`_people_keys`): for no one, every meeting of
    its kind; for one person, those with that person or nobody; for more, those with a pair of
    them, one of them alone, or nobody."""
    kind, people = row.meeting_kind, row.participants
    if not people:
        return [("kind", kind)]
    if len(people) == 1:
        return [("alone", kind), ("member", kind, *people)]
    return [("alone", kind), *(("alone", kind, person) for person in people),
            *(("pair", kind, *pair) for pair in combinations(sorted(people), 2))]


def _week(day: date) -> int:
    return day.toordinal() // 7


def _weeks(interval: tuple[date, date]) -> set[int]:
    return set(range(_week(interval[0]), _week(interval[1]) + 1))


def _report_weeks(row: MeetingCandidate) -> set[int]:
    """The weeks a meeting `row` fits has a date or a publication date in (`_dates_fit`): those
    of its own dates, or else of its publication, widened by `UNDATED_MATCH_WINDOW`."""
    first, last = row.interval or (row.published_date, row.published_date)
    if first is None:
        return set()
    return _weeks((first - UNDATED_MATCH_WINDOW, last + UNDATED_MATCH_WINDOW))


def as_candidates(typed: pd.DataFrame | Sequence[MeetingCandidate]) -> list[MeetingCandidate]:
    """Meeting candidates from a table with the candidate's columns (others are ignored).

    Args:
        typed: a DataFrame with the `MeetingCandidate` fields as columns, or candidates.

    Returns:
        The candidates.
    """
    if not isinstance(typed, pd.DataFrame):
        return list(typed)
    present = [name for name in _CANDIDATE_FIELDS if name in typed.columns]
    return [MeetingCandidate(**row) for row in typed[present].to_dict("records")]


def build_meetings(typed: pd.DataFrame | Sequence[MeetingCandidate],
                   published: dict[str, date | None], place_country: dict[str, str]
                   ) -> pd.DataFrame:
    """Merge typed meet/visit/host/phone interactions into meetings.

    Rows are one meeting when they have the same kind (in person or phone), participants that
    are equal or one a subset of the other, overlapping dates (an undated report joins a dated
    meeting reported within `UNDATED_MATCH_WINDOW` of its publication or in its article, and
    another undated one of its article or of one published within `UNDATED_PAIR_WINDOW`; one
    that fits several meetings of other articles joins none, `cluster_for`), and compatible
    places. Day-dated and undated rows are clustered first, vaguer dates after, only where their
    place agrees. Two sources that give the same day and different places stay one meeting, with
    the conflict in `notes`. Calls of other sources join a call only with the same people.

    Args:
        typed: `MeetingCandidate`s, or a DataFrame with their fields as columns.
        published: article_id -> publication date (None when unknown).
        place_country: place name -> the name of the country it lies in.

    Returns:
        The meetings table (`tables.MEETING_COLUMNS` plus `date_text`).
    """
    rows = as_candidates(typed)
    for row in rows:
        row.published_date = published.get(row.article_id)
    rows.sort(key=lambda r: (_rank(CLUSTER_ORDER, r.date_precision), -len(r.participants),
                             r.article_id, r.sentence_id))
    index = _ClusterIndex()
    for row in rows:
        cluster = cluster_for(row, [c for c in index.candidates(row) if c.fits(row)])
        if cluster is None:
            index.add(_Cluster(row, place_country))
        else:
            index.join(cluster, row)
    return meetings_table(index.clusters, place_country)


def meetings_table(clusters: list[_Cluster], place_country: dict[str, str]) -> pd.DataFrame:
    """The meetings table of the clusters that make a meeting, dated ones first.

    Args:
        clusters: the clusters of candidates.
        place_country: place name -> the name of the country it lies in.

    Returns:
        The meetings table (`tables.MEETING_COLUMNS` plus `date_text`).
    """
    clusters = [c for c in clusters if _is_meeting(c.rows)]
    if not clusters:
        return empty_table([*MEETING_COLUMNS, "date_text"])
    dated = _dated_meetings(clusters)
    table = pd.DataFrame([_summarise(c.rows, place_country, _undated_note(c, dated))
                          for c in clusters], columns=[*MEETING_COLUMNS, "date_text"])
    told = pd.Series([any(r.date and not r.story_dated for r in c.rows) for c in clusters])
    table["place"] = places_of_the_day(table, told, place_country)
    table["_undated"] = table["date"] == ""
    table = table.sort_values(["_undated", "date", "participants"]).drop(columns="_undated")
    table["meeting_id"] = [f"M{i:03d}" for i in range(1, len(table) + 1)]
    return table.reset_index(drop=True)


def cluster_for(row: MeetingCandidate, fitting: list[_Cluster]) -> _Cluster | None:
    """The meeting a report joins among those it fits: the nearest in its article; none when
    it is undated or names one party and fits several meetings of other articles.

    Args:
        row: a report.
        fitting: the meetings it fits, in the order they were found.

    Returns:
        The meeting, or None for a meeting of its own.
    """
    if (row.interval is None or len(row.participants) < 2) and len(fitting) > 1 \
            and not any(row.article_id in c.articles for c in fitting):
        return None
    return min(fitting, key=lambda c: c.distance(row)) if fitting else None


def _dated_meetings(clusters: list[_Cluster]) -> dict[tuple[str, frozenset[str]], set[str]]:
    """(kind, participants) -> the days of the dated meetings of those people."""
    dated: dict[tuple[str, frozenset[str]], set[str]] = {}
    for c in clusters:
        if c.latest_start is not None:
            dated.setdefault((c.kind, frozenset(c.participants)), set()).add(str(c.latest_start))
    return dated


def _undated_note(cluster: _Cluster, dated: dict[tuple[str, frozenset[str]], set[str]]
                  ) -> list[str]:
    """For an undated meeting, a note naming the dated meetings of the same people and kind
    it was kept apart from (its sources' dates fit none of them, or several)."""
    if cluster.latest_start is not None:
        return []
    dates = sorted(dated.get((cluster.kind, frozenset(cluster.participants)), ()))
    return [f"undated: kept apart from the meeting(s) of {', '.join(dates)}"] if dates else []


def _rank(order: tuple[str, ...], precision: str) -> int:
    return order.index(precision) if precision in order else len(order)


def _is_meeting(rows: list[MeetingCandidate]) -> bool:
    """Two participants meet; one participant makes a meeting only with a counterpart named by
    role alone ("met the Prime Minister"). A visit to a place that names nobody met ("Putin
    visited Kyiv") is no meeting (the annotation guide's: an interaction between named actors);
    it stays in the interactions table, and places and dates the meetings of its visitor it
    joins."""
    people = set().union(*(r.participants for r in rows))
    return len(people) >= 2 or any(r.role_party for r in rows)


def _best_dated(rows: list[MeetingCandidate]) -> MeetingCandidate | None:
    """The report with the most precise date, or None when none is dated."""
    dated = [r for r in rows if r.interval]
    return min(dated, key=lambda r: _rank(PRECISION_ORDER, r.date_precision)) if dated else None


def _place_conflicts(rows: list[MeetingCandidate], place: str, place_country: dict[str, str]
                     ) -> list[str]:
    """Notes for the places some sources give that do not fit the meeting's place."""
    notes = []
    for other in sorted({r.place for r in rows if r.place}):
        if not places_compatible(other, place, place_country):
            sources = sorted({r.article_id for r in rows if r.place == other})
            notes.append(f"place {other} in {', '.join(sources)}")
    return notes


def _status(rows: list[MeetingCandidate], best: MeetingCandidate | None) -> tuple[str, list[str]]:
    """`held` when a source says so or when a planned date had passed at publication."""
    if any(r.status == "held" for r in rows):
        return "held", []
    if best is not None and any(r.published_date and best.date_end < r.published_date
                                for r in rows):
        return "held", ["held: its date had passed when a source was published"]
    return "planned", []


def _summarise(rows: list[MeetingCandidate], place_country: dict[str, str],
               notes: list[str]) -> dict:
    """One meetings-table row from the candidates of one meeting, with `notes` added."""
    best = _best_dated(rows)
    told = Counter(r.place for r in rows if r.place and r.place_told)
    place = main_place(told or Counter(r.place for r in rows if r.place), place_country)
    status, status_notes = _status(rows, best)
    first_by_article: dict[str, MeetingCandidate] = {}
    for r in sorted(rows, key=lambda r: (r.article_id, r.sentence_id)):
        first_by_article.setdefault(r.article_id, r)
    cameo = sorted({r.cameo for r in rows if r.status == status} or {r.cameo for r in rows})
    return {
        "meeting_id": "",
        "date": best.date if best else "",
        "date_precision": best.date_precision if best else "unknown",
        "date_text": best.date_text if best else "",
        "place": place,
        "participants": "; ".join(sorted(set().union(*(r.participants for r in rows)))),
        "kind": rows[0].meeting_kind,
        "status": status,
        "cameo": ";".join(cameo),
        "n_sources": len(first_by_article),
        "article_ids": "; ".join(first_by_article),
        "evidence": " || ".join(r.evidence for r in first_by_article.values()),
        "notes": "; ".join(_place_conflicts(rows, place, place_country) + status_notes
                           + notes),
    }
