"""The meeting timeline figure (`plot_meeting_timeline`): meetings on a date axis, one row per
group of participants, undated meetings listed beside it. A long timeline shows its meetings
with the most sources and says how many more there are.

Part of `analysis.views.plots`, which re-exports the public names.
"""

from __future__ import annotations

import textwrap
from dataclasses import dataclass, field

import matplotlib.dates as mdates
import pandas as pd
from matplotlib.axes import Axes
from matplotlib.figure import Figure
from matplotlib.lines import Line2D
from matplotlib.text import Annotation, Text

from analysis.frames import date_span_text, period_columns, require_columns
from analysis.views.layout import LabelSpot, place_labels
from analysis.views.plot_base import (
    FONT_SIZE_LABEL,
    OKABE_ITO,
    UNKNOWN_COLOUR,
    empty_figure,
    figure_renderer,
    format_date_axis,
    freeze_layout,
    lay_out,
    new_figure,
    with_span,
    wrap_title,
)
from analysis.views.timeline import split_joined, top_meetings

STATUS_COLOURS = {"held": OKABE_ITO["blue"], "planned": OKABE_ITO["orange"]}
KIND_MARKERS = {"in_person": "o", "phone": "D", "video": "s"}
KIND_NAMES = {"in_person": "in person", "phone": "phone call", "video": "video call"}

_ONE_DAY = pd.Timedelta(days=1)

# The most meetings one figure draws, and undated ones it lists: past that, rows and labels
# stop being readable (a corpus of 3,000 articles gave a 22,740-pixel-tall figure). The rest
# are counted in a note; the table beside the figure has them all.
MAX_MEETINGS = 30
MAX_UNDATED_LISTED = 12
# A row of the timeline, in inches: roomy for a few rows, tighter for many.
ROW_INCHES = {"few": 0.55, "many": 0.34}
MANY_ROWS = 12
# The date axis stretches by at most this share of its span to fit labels on the right: more
# would crowd every meeting into the left half.
MAX_WIDENING = 0.4
# A row names at most this many participants, then "+ N more".
NAMES_PER_ROW = 3


# ---------------------------------------------------------------------------------------------
# Texts
# ---------------------------------------------------------------------------------------------

def _day_month(day: pd.Timestamp, with_year: bool = False) -> str:
    # "3 Sep": no zero padding, on every platform; "3 Sep 2019" on a timeline of several years
    return f"{day.day} {day:%b}" + (f" {day.year}" if with_year else "")


def _when(start: pd.Timestamp, end: pd.Timestamp, with_year: bool) -> str:
    """A meeting's date at its precision: "14 Sep", "week of 7 Sep", "Sep 2020", "2020",
    "1–5 Sep" (with the year on a timeline of several years)."""
    year = f" {start.year}" if with_year else ""
    if start == end:
        return _day_month(start, with_year)
    if (end - start).days == 6:
        return f"week of {_day_month(start, with_year)}"
    if start.is_year_start and end.is_year_end and start.year == end.year:
        return str(start.year)
    if start.is_month_start and end.is_month_end and (start.year, start.month) == (
            end.year, end.month):
        return f"{start:%b}{year}"
    return f"{_day_month(start)}–{_day_month(end, with_year)}"


def _meeting_label(row: pd.Series, with_year: bool = False) -> str:
    place = str(row["place"]) if isinstance(row.get("place"), str) and row["place"] else ""
    when = _when(row["date_start"], row["date_end"], with_year)
    n_sources = row.get("n_sources")
    sources = ""
    if n_sources is not None and not pd.isna(n_sources):
        sources = f" ({int(n_sources)} source{'s' if int(n_sources) != 1 else ''})"
    return f"{place + ', ' if place else ''}{when}{sources}"


def _undated_lines(undated: pd.DataFrame, width: int = 34) -> list[str]:
    lines = []
    for _, row in undated.iterrows():
        kind = KIND_NAMES.get(str(row.get("kind", "")), str(row.get("kind", "")) or "meeting")
        status = str(row.get("status", "") or "")
        place = row.get("place")
        where = f" in {place}" if isinstance(place, str) and place else ""
        who = " – ".join(split_joined(row["participants"])) or "unknown participants"
        text = f"{who}: {kind}{where}{', ' + status if status else ''}"
        lines.append(textwrap.fill(text, width=width, initial_indent="• ", subsequent_indent="  "))
    return lines


def _participant_groups(dated: pd.DataFrame) -> list[str]:
    """Each meeting's row name: its set of participants, whatever order a source named them in
    (the first `NAMES_PER_ROW`, then how many more)."""
    groups = []
    for cell in dated["participants"]:
        names = sorted(set(split_joined(cell)))
        more = f" + {len(names) - NAMES_PER_ROW} more" if len(names) > NAMES_PER_ROW else ""
        groups.append(" – ".join(names[:NAMES_PER_ROW]) + more or "unknown participants")
    return groups


# ---------------------------------------------------------------------------------------------
# The figure's parts
# ---------------------------------------------------------------------------------------------

def _timeline_figure(
    n_rows: int, undated: pd.DataFrame
) -> tuple[Figure, Axes, Text | None]:
    """The Figure sized for `n_rows` rows of meetings, its timeline axes and, when there are
    undated meetings, the (still empty) note that lists them in a panel on the right."""
    undated_lines = sum(len(line.splitlines()) for line in _undated_lines(undated)) + 4
    many = n_rows > MANY_ROWS
    height = max(2.8, ROW_INCHES["many" if many else "few"] * n_rows + 2.3,
                 0.16 * undated_lines + 1.5)
    # Many rows bring long participant names on the left: two more inches for the dates.
    figure = new_figure((10 if len(undated) else 8) + (2 if many else 0), height)
    if not len(undated):
        return figure, figure.add_subplot(), None
    ax, side = figure.subplots(1, 2, width_ratios=[3.0, 1.1])
    side.set_axis_off()
    side_note = side.text(
        0.02, 1.0, "", transform=side.transAxes, va="top", ha="left",
        fontsize=FONT_SIZE_LABEL, gid="undated",
        bbox={"boxstyle": "round,pad=0.5", "facecolor": "#F2F2F2", "edgecolor": "#BBBBBB"},
    )
    side_note.set_in_layout(False)  # wrapped to the panel below, not the other way round
    return figure, ax, side_note


def _say_no_dated_meetings(
    figure: Figure, ax: Axes, side_note: Text | None, undated: pd.DataFrame, n_more: int
) -> None:
    """An empty timeline axes that says so, beside the list of undated meetings."""
    ax.set_axis_off()
    ax.text(0.5, 0.5, "No dated meetings", ha="center", va="center",
            transform=ax.transAxes, color="#555555")
    if side_note is not None:
        lay_out(figure)
        _fill_undated_note(side_note, undated, n_more)
        freeze_layout(figure)


@dataclass
class _TimelineDrawing:
    """The meetings drawn on the timeline axes, with their labels still to be placed."""

    ax: Axes
    labels: list[Annotation] = field(default_factory=list)
    markers: list[Line2D] = field(default_factory=list)
    periods: list[Line2D] = field(default_factory=list)  # bars of week- or month-dated meetings
    label_ends: list = field(default_factory=list)  # where each marker (or its bar) ends

    def add_meeting(self, row: pd.Series, y: float, with_year: bool = False) -> None:
        """Draw one meeting on row `y`: its period bar, its marker and its label."""
        status = str(row.get("status", "") or "held")
        kind = str(row.get("kind", "") or "in_person")
        colour = STATUS_COLOURS.get(status, UNKNOWN_COLOUR)
        start, end = row["date_start"], row["date_end"]
        if end > start:  # a week or a month: show the whole period
            self.periods += self.ax.plot([start, end + _ONE_DAY], [y, y], color=colour,
                                         alpha=0.35, linewidth=7, solid_capstyle="butt",
                                         zorder=1)
            x = start + (end + _ONE_DAY - start) / 2
            self.label_ends.append(end + _ONE_DAY)
        else:
            x = start
            self.label_ends.append(start)
        self.markers += self.ax.plot(
            [x], [y], linestyle="none", marker=KIND_MARKERS.get(kind, "o"), markersize=10,
            markeredgewidth=2, markeredgecolor=colour,
            markerfacecolor=colour if status == "held" else "white", zorder=3,
            gid=f"meeting:{row['meeting_id']}",
        )
        self.labels.append(self.ax.annotate(
            _meeting_label(row, with_year), (x, y), xytext=(9, 0), textcoords="offset points",
            va="center", ha="left", fontsize=FONT_SIZE_LABEL, zorder=4,
            gid=f"meeting-label:{row['meeting_id']}",
        ))

    def obstacles(self, renderer) -> list:
        """Markers (with a little clearance, so that a label never starts right at another
        meeting's marker and seems to belong to it) and period bars, in pixels."""
        clearance = 4 * self.ax.figure.dpi / 72
        obstacles = [(line.get_window_extent(renderer).padded(clearance), i)
                     for i, line in enumerate(self.markers)]
        obstacles += [(line.get_window_extent(renderer), None) for line in self.periods]
        return obstacles

    def label_spots(self) -> list[list[LabelSpot]]:
        """Each label's candidate spots (`_meeting_label_spots`), for the axes as laid out."""
        points_per_pixel = 72 / self.ax.figure.dpi
        spots = []
        for label, end in zip(self.labels, self.label_ends, strict=True):
            marker_px = self.ax.transData.transform((mdates.date2num(label.xy[0]), 0))[0]
            end_px = self.ax.transData.transform((mdates.date2num(end), 0))[0]
            spots.append(_meeting_label_spots((end_px - marker_px) * points_per_pixel + 9))
        return spots


def _meeting_label_spots(beside: float) -> list[LabelSpot]:
    """Candidate spots of one meeting's label, best first: right of the marker or its bar
    (`beside` points from the marker), then above or below the marker, then on its left, then
    shifted and further away."""
    return [
        (beside, 0, "left", "center"), (0, 10, "center", "bottom"),
        (0, -10, "center", "top"), (-beside, 0, "right", "center"),
        (-4, 10, "left", "bottom"), (-4, -10, "left", "top"),
        (4, 10, "right", "bottom"), (4, -10, "right", "top"),
        (0, 21, "center", "bottom"), (0, -21, "center", "top"),
        (-4, 21, "left", "bottom"), (-4, -21, "left", "top"),
        (4, 21, "right", "bottom"), (4, -21, "right", "top"),
    ]


def _format_timeline_axes(ax: Axes, dated: pd.DataFrame, y_of: dict[str, int]) -> None:
    """Date axis padded around the meetings, one y tick per participant group, light grid."""
    first, last = dated["date_start"].min(), dated["date_end"].max() + _ONE_DAY
    days = max((last - first).days, 1)
    pad = pd.Timedelta(days=max(1.0, days * 0.06))
    ax.set_xlim(first - pad, last + pad)
    ax.set_ylim(-0.7, len(y_of) - 0.3)
    ax.set_yticks(list(y_of.values()), labels=list(y_of.keys()))
    format_date_axis(ax, first, last, "Date of the meeting")
    ax.grid(axis="x", color="#E5E5E5", linewidth=0.8)
    ax.set_axisbelow(True)
    ax.set_ylabel("Participants")
    ax.spines[["top", "right"]].set_visible(False)


def _legend_handles(dated: pd.DataFrame) -> list[Line2D]:
    """Held and planned; the period bar and the phone/video shapes only when they are drawn."""
    handles = [
        Line2D([], [], linestyle="none", marker="o", markersize=8, markeredgewidth=2,
               markeredgecolor=STATUS_COLOURS["held"], markerfacecolor=STATUS_COLOURS["held"],
               label="held"),
        Line2D([], [], linestyle="none", marker="o", markersize=8, markeredgewidth=2,
               markeredgecolor=STATUS_COLOURS["planned"], markerfacecolor="white",
               label="planned"),
    ]
    if (dated["date_end"] > dated["date_start"]).any():
        handles.append(Line2D([], [], color="#555555", alpha=0.35, linewidth=7,
                              solid_capstyle="butt", label="dated to a week, month or year"))
    for kind in ("phone", "video"):
        if (dated.get("kind") == kind).any():
            handles.append(Line2D([], [], linestyle="none", marker=KIND_MARKERS[kind],
                                  markersize=8, markeredgecolor="#555555",
                                  markerfacecolor="#555555", label=KIND_NAMES[kind]))
    return handles


def _place_meeting_labels(
    drawing: _TimelineDrawing, side_note: Text | None, undated: pd.DataFrame, n_more: int
) -> None:
    """After the layout: widen the date axis for the labels, fill the undated note, then put
    every label where it overlaps nothing (or the least)."""
    ax, figure = drawing.ax, drawing.ax.figure
    for label in drawing.labels:  # placed inside the axes; they must not squeeze the layout
        label.set_in_layout(False)
    lay_out(figure)
    renderer = figure_renderer(figure)
    _widen_for_labels(
        ax, [mdates.date2num(end) for end in drawing.label_ends],
        [label.get_window_extent(renderer).width for label in drawing.labels],
    )
    if side_note is not None:
        _fill_undated_note(side_note, undated, n_more)
    place_labels(drawing.labels, drawing.label_spots(), drawing.obstacles(renderer), ax.bbox,
                 renderer)


def _widen_for_labels(ax: Axes, ends: list[float], widths: list[float]) -> None:
    """Stretch the date axis to the right just enough for every label to fit right of its
    marker or period bar (labels keep their size in pixels while the dates get closer), by
    at most `MAX_WIDENING` of its span (a label that still does not fit goes on another side).

    Args:
        ax: the timeline's axes (after the layout).
        ends: where each label starts, as a matplotlib date number.
        widths: each label's width in pixels.
    """
    left, right = ax.get_xlim()
    width = ax.bbox.width
    needed = right
    most = right + MAX_WIDENING * (right - left)
    offset = 9 * ax.figure.dpi / 72  # the labels' offset from their marker
    for end, label_width in zip(ends, widths, strict=True):
        room = width - (label_width + offset) * 1.06 - 4  # pixels left for the dates
        if room > width * 0.2:  # a label wider than the axis cannot be helped
            needed = max(needed, left + (end - left) * width / room)
    if needed > right:
        ax.set_xlim(left, min(needed, most))


def _fill_undated_note(note: Text, undated: pd.DataFrame, n_more: int = 0) -> None:
    """Write the list of undated meetings into `note`, wrapped to the width of its panel, and
    how many more there are."""
    renderer = figure_renderer(note.figure)
    note.set_text("x" * 40)
    per_char = note.get_window_extent(renderer).width / 40
    width = note.axes.bbox.width * 0.98 - 2 * 0.5 * FONT_SIZE_LABEL * note.figure.dpi / 72
    characters = max(int(width / per_char), 16)
    more = f"+ {n_more:,} more undated meeting{'s' if n_more != 1 else ''}"
    lines = [*_undated_lines(undated, characters),
             *(["", textwrap.fill(more, width=characters)] if n_more else [])]
    note.set_text("Undated meetings\n\n" + "\n".join(lines))


# ---------------------------------------------------------------------------------------------
# The figure
# ---------------------------------------------------------------------------------------------

def _shown_note(n_dated: int, n_shown: int, n_undated: int) -> str:
    """What the figure leaves out, e.g. "The 30 meetings with the most sources; + 1,170 more
    meetings, 506 undated (all in the table)"; "" when it shows everything."""
    if n_shown == n_dated:
        return ""
    undated = f", {n_undated:,} undated" if n_undated else ""
    return (f"The {n_shown} meetings with the most sources; + {n_dated - n_shown:,} more "
            f"meetings{undated} (all in the table)")


def plot_meeting_timeline(timeline: pd.DataFrame, *, title: str | None = None,
                          max_meetings: int = MAX_MEETINGS) -> Figure:
    """The meetings on a date axis, one row per group of participants.

    Held meetings are filled blue markers, planned ones hollow orange; the marker's shape
    tells in-person meetings (circle) from phone (diamond) and video calls (square). A meeting
    dated to a week or a month is drawn as a bar over that period. Each marker is labelled
    with the place, the date and the number of sources; undated meetings are listed in a box
    beside the axis (the `MAX_UNDATED_LISTED` with the most sources, then how many more).

    Args:
        timeline: a table from `meeting_timeline` (or the meetings table itself).
        title: the title; by default it says what is shown and over which dates.
        max_meetings: draw at most this many dated meetings, those with the most sources
            (`timeline.top_meetings`); a note under the title counts the others.

    Returns:
        The Figure.
    """
    require_columns(timeline, ["meeting_id", "date", "participants"], "meetings")
    rows = timeline.copy()
    if "date_start" not in rows or "date_end" not in rows:
        rows["date_start"], rows["date_end"] = period_columns(rows["date"])
    dated = rows[rows["date_start"].notna()].sort_values(["date_start", "date_end"], kind="stable")
    undated = rows[rows["date_start"].isna()]
    span = date_span_text(dated["date_start"], dated["date_end"])
    counts = f"{len(dated):,} dated, {len(undated):,} undated"
    title = title or with_span(f"Meetings between actors ({counts})", span)
    if rows.empty:
        return empty_figure("No meetings match the selection", title)

    shown = top_meetings(dated, max_meetings) if len(dated) else dated
    listed = top_meetings(undated, MAX_UNDATED_LISTED) if len(undated) else undated
    groups = _participant_groups(shown)
    row_names = list(dict.fromkeys(groups))  # in order of each group's first meeting
    figure, ax, side_note = _timeline_figure(len(row_names), listed)
    figure.suptitle(wrap_title(title, figure.get_figwidth() - 0.5))
    if dated.empty:
        _say_no_dated_meetings(figure, ax, side_note, listed, len(undated) - len(listed))
        return figure

    note = _shown_note(len(dated), len(shown), len(undated))
    if note:
        ax.set_title(wrap_title(note, 0.55 * figure.get_figwidth(), 9), fontsize=9,
                     color="#555555")
    y_of = {name: len(row_names) - 1 - i for i, name in enumerate(row_names)}
    with_year = shown["date_start"].min().year != shown["date_end"].max().year
    drawing = _TimelineDrawing(ax)
    for group, (_, row) in zip(groups, shown.iterrows(), strict=True):
        drawing.add_meeting(row, y_of[group], with_year)
    _format_timeline_axes(ax, shown, y_of)
    handles = _legend_handles(shown)
    figure.legend(handles=handles, fontsize=FONT_SIZE_LABEL, frameon=False,
                  loc="outside lower center", ncols=len(handles))
    _place_meeting_labels(drawing, side_note, listed, len(undated) - len(listed))
    freeze_layout(figure)
    return figure
