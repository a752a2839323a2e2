"""Score the meetings table against a gold file written per docs/annotation.md.

Scoring is at the level of participant pairs and per source article:

- a gold meeting is **found** when a predicted meeting reported by its source article holds its
  pair with the same kind class (phone, or not phone); a gold meeting with one named participant
  (the counterpart given only by role) is found by any predicted pair that holds that participant;
- a predicted pair is **right** when some gold meeting of one of its articles has it (or has one of
  its two actors as its only named participant, with the same kind class); a predicted meeting
  with one named participant (the other named by role) counts as one pair, right when a gold
  meeting of its article has that participant as its only named one (and it finds no gold
  meeting of two named people: the other was missed);
- a predicted row is a **duplicate** when it repeats another row's pair, kind and date.

A gold file may list the `articles` it annotates; predictions from other articles of the corpus
are then left out (one corpus folder can hold a development and a test split).

Predicted actors are matched to gold keys by name: the canonical name or any surface form the
actors table lists for it, against the key's aliases (case, accents and punctuation ignored).
"""

from __future__ import annotations

import itertools
import json
import re
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

import pandas as pd
from unidecode import unidecode

from analysis.tables import Extraction

SCORED_COLUMNS = ["item", "outcome", "gold_id", "meeting_id", "article_id", "pair", "kind",
                  "gold_date", "date", "gold_place", "place", "place_right", "evidence"]


class GoldError(ValueError):
    """A gold file is malformed; the message names the file and the entry."""


@dataclass(frozen=True)
class GoldMeeting:
    """One gold meeting as reported by one source article."""

    gold_id: str
    participants: tuple[str, ...]
    article_id: str
    kind: str
    status: str
    date: str | None
    place: str | None
    evidence: str
    required: bool


@dataclass(frozen=True)
class Gold:
    """A gold file: actor keys with their aliases, meetings (one row per source article), the
    articles it annotates (None: every article of the corpus) and its role phrases (article,
    phrase as written, the key it denotes) and, when the file gives them, the actor keys each
    article names (which makes an alias two keys share in the corpus one key's in an article)."""

    aliases: dict[str, list[str]]
    meetings: list[GoldMeeting]
    articles: frozenset[str] | None = None
    roles: tuple[tuple[str, str, str], ...] = ()
    article_actors: dict[str, frozenset[str]] | None = None


def load_gold(path: str | Path) -> Gold:
    """Read a gold file.

    Args:
        path: the JSON file (`{"actors": {key: [aliases]}, "meetings": [...], "roles":
            [{"article", "text", "actor"}], "article_actors": {article: [keys]}}`).

    Returns:
        The `Gold`; a meeting with several sources becomes one row per source.

    Raises:
        GoldError: the file is not JSON or an entry lacks a field or names an unknown actor.
    """
    try:
        data = json.loads(Path(path).read_text("utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as error:
        raise GoldError(f"{path}: cannot be read as JSON ({error})") from None
    aliases = {key: [key.replace("_", " "), *names]
               for key, names in data.get("actors", {}).items()}
    meetings = []
    for number, entry in enumerate(data.get("meetings", []), start=1):
        try:
            meetings.extend(_gold_rows(entry, aliases))
        except (KeyError, TypeError, ValueError) as error:
            raise GoldError(f"{path}: meetings entry {number}: {error}") from None
    articles = data.get("articles")
    try:
        roles = tuple((str(r["article"]), str(r["text"]), str(r["actor"]))
                      for r in data.get("roles", []))
    except (KeyError, TypeError) as error:
        raise GoldError(f"{path}: a roles entry lacks {error}") from None
    by_article = data.get("article_actors")
    return Gold(aliases=aliases, meetings=meetings, roles=roles,
                articles=None if articles is None else frozenset(map(str, articles)),
                article_actors=None if by_article is None else {
                    str(article): frozenset(keys) for article, keys in by_article.items()})


def _gold_rows(entry: dict, aliases: dict[str, list[str]]) -> list[GoldMeeting]:
    unknown = [p for p in entry["participants"] if p not in aliases]
    if unknown:
        raise ValueError(f"participants {unknown} are not in 'actors'")
    return [GoldMeeting(
        gold_id=str(entry["id"]), participants=tuple(entry["participants"]), article_id=source,
        kind=entry.get("kind", "in_person"), status=entry.get("status", "held"),
        date=entry.get("date"), place=entry.get("place"), evidence=entry.get("evidence", ""),
        required=bool(entry.get("required", True)),
    ) for source in entry["sources"]]


# An honorific before a folded name: "mr kirk", "dr banda", "sir john kerr".
HONORIFIC = re.compile(r"^(?:mr|mrs|ms|dr|sir|mme|madame|m)\s+(?=\S)")


def fold(name: str) -> str:
    """A name folded for matching: ASCII, lower case, letters and digits only."""
    return re.sub(r"[^a-z0-9]+", " ", unidecode(name).lower()).strip()


def actor_keys(actors: pd.DataFrame, gold: Gold) -> dict[str, set[str]]:
    """Gold keys each predicted actor stands for.

    Args:
        actors: the actors table (`name`, `aliases`).
        gold: the gold.

    Returns:
        Canonical actor name -> the gold keys one of whose aliases is its name or a surface form,
        or else the one key with an alias that is its name after an honorific ("Mr Kirk" for
        "Kirk"), or else, for a name of two words or more, an alias that holds all its words or
        all of whose words it holds ("Ayaz Sadiq" for "Sardar Ayaz Sadiq").
    """
    by_alias: dict[str, set[str]] = {}
    by_titled_alias: dict[str, set[str]] = {}
    for key, names in gold.aliases.items():
        for folded in map(fold, names):
            by_alias.setdefault(folded, set()).add(key)
            if (bare := HONORIFIC.sub("", folded)) != folded:
                by_titled_alias.setdefault(bare, set()).add(key)
    by_word = _long_aliases_by_word(by_alias)
    keys = {}
    for name, surfaces in zip(actors["name"], actors["aliases"].fillna("")):
        forms = [name, *str(surfaces).split("|")]
        titled = by_titled_alias.get(fold(name), set())
        keys[name] = by_alias.get(fold(name), set()) \
            or set().union(*(by_alias.get(fold(f), set()) for f in forms)) \
            or (titled if len(titled) == 1 else set()) \
            or _keys_sharing_words(fold(name), by_word)
    return keys


def _long_aliases_by_word(by_alias: dict[str, set[str]]
                          ) -> dict[str, list[tuple[frozenset[str], set[str]]]]:
    """Each word of an alias of two words or more -> (that alias's words, its keys)."""
    by_word: dict[str, list[tuple[frozenset[str], set[str]]]] = {}
    for alias, keys in by_alias.items():
        if len(alias.split()) >= 2:
            words = frozenset(alias.split())
            for word in words:
                by_word.setdefault(word, []).append((words, keys))
    return by_word


def _keys_sharing_words(name: str, by_word: dict[str, list[tuple[frozenset[str], set[str]]]]
                        ) -> set[str]:
    """The keys of every long alias that holds all the name's words or whose words it holds
    (only aliases sharing a word with the name can)."""
    words = set(name.split())
    if len(words) < 2:
        return set()
    return set().union(*(keys for word in words for alias_words, keys in by_word.get(word, ())
                         if words <= alias_words or alias_words <= words))


def _kind_class(kind: str) -> str:
    return "phone" if kind == "phone" else "other"


@dataclass(frozen=True)
class _PredictedPair:
    meeting_id: str
    articles: frozenset[str]
    names: tuple[str, str]
    keys: tuple[frozenset[str], frozenset[str]]
    kind: str
    date: str
    place: str
    evidence: str


def _predicted_pairs(meetings: pd.DataFrame, keys: dict[str, set[str]],
                     annotated: frozenset[str] | None) -> list[_PredictedPair]:
    """Every pair of each predicted meeting, with the annotated articles that report it."""
    pairs = []
    for row in meetings.itertuples():
        names = sorted(n for n in str(row.participants).split("; ") if n)
        articles = frozenset(a for a in str(row.article_ids).split("; ") if a)
        if annotated is not None:
            articles &= annotated
            if not articles:
                continue
        # A meeting with one named participant (the other named by role) is one half-pair.
        for a, b in itertools.combinations(names, 2) if len(names) > 1 else [(*names, "")]:
            pairs.append(_PredictedPair(
                row.meeting_id, articles, (a, b),
                (frozenset(keys.get(a, ())), frozenset(keys.get(b, ()))), row.kind,
                row.date or "", row.place or "", str(row.evidence).split(" || ")[0]))
    return pairs


def _holds(pair: _PredictedPair, gold: GoldMeeting) -> bool:
    """Whether a predicted pair reports a gold meeting (same article and kind class): a pair
    a gold meeting of the same two people, or of one of them alone (the other named by role);
    a half-pair only a gold meeting of its one party (a meeting of two named people whose
    other party it missed is not found)."""
    if gold.article_id not in pair.articles or _kind_class(pair.kind) != _kind_class(gold.kind):
        return False
    first, second = pair.keys
    if not pair.names[1]:  # one named party: a gold meeting of that one party, not of two
        return len(gold.participants) == 1 and gold.participants[0] in first
    if len(gold.participants) == 1:
        return gold.participants[0] in first | second
    a, b = gold.participants[:2]
    return (a in first and b in second) or (b in first and a in second)


def evaluate(extraction: Extraction, gold: Gold | str | Path) -> pd.DataFrame:
    """Score an extraction's meetings against gold meetings.

    Args:
        extraction: the `Extraction` of the gold's corpus.
        gold: a `Gold` or the path of a gold file.

    Returns:
        One row per gold meeting (`item` = `gold`, `outcome` = `found` | `missed`) and per
        predicted pair (`item` = `predicted`, `outcome` = `right` | `false` | `duplicate`), with
        `SCORED_COLUMNS`. `summarise` turns it into the figures.
    """
    gold = gold if isinstance(gold, Gold) else load_gold(gold)
    keys = actor_keys(extraction.actors, gold)
    pairs = _predicted_pairs(extraction.meetings, keys, gold.articles)
    forms = place_forms(extraction.actors)
    rows = [_score_gold(meeting, pairs, forms) for meeting in gold.meetings if meeting.required]
    seen: set[tuple] = set()
    for pair in pairs:
        signature = (pair.names, pair.kind, pair.date)
        right = any(_holds(pair, meeting) for meeting in gold.meetings)
        outcome = "duplicate" if signature in seen else "right" if right else "false"
        seen.add(signature)
        rows.append({"item": "predicted", "outcome": outcome, "gold_id": "",
                     "meeting_id": pair.meeting_id, "article_id": "; ".join(sorted(pair.articles)),
                     "pair": " – ".join(filter(None, pair.names)), "kind": pair.kind,
                     "gold_date": "",
                     "date": pair.date, "gold_place": "", "place": pair.place,
                     "place_right": "", "evidence": pair.evidence})
    return pd.DataFrame(rows, columns=SCORED_COLUMNS)


def place_forms(actors: pd.DataFrame) -> dict[str, set[str]]:
    """Every spelling of each place the extraction names: its name and the surface forms the
    actors table lists ("Kyiv" is also "Kiev"), folded.

    Args:
        actors: the actors table.

    Returns:
        Place name -> folded spellings.
    """
    places = actors[actors["type"] == "place"]
    return {name: {fold(name), *(fold(a) for a in str(aliases).split("|") if a)}
            for name, aliases in zip(places["name"], places["aliases"].fillna(""))}


def _same_place(predicted: str, gold_place: str, forms: dict[str, set[str]]) -> bool:
    return bool(predicted) and fold(gold_place) in forms.get(predicted, {fold(predicted)})


def _score_gold(meeting: GoldMeeting, pairs: list[_PredictedPair],
                forms: dict[str, set[str]]) -> dict:
    matches = [p for p in pairs if _holds(p, meeting)]
    # Prefer the match that agrees on the date, then on the place; an undated gold meeting's
    # date is not scored, so it prefers none.
    best = max(matches, key=lambda p: (bool(meeting.date) and p.date == meeting.date,
                                       _same_place(p.place, meeting.place or "", forms)),
               default=None)
    return {"item": "gold", "outcome": "found" if best else "missed", "gold_id": meeting.gold_id,
            "meeting_id": best.meeting_id if best else "", "article_id": meeting.article_id,
            "pair": " – ".join(meeting.participants), "kind": meeting.kind,
            "gold_date": meeting.date or "", "date": best.date if best else "",
            "gold_place": meeting.place or "", "place": best.place if best else "",
            "place_right": bool(best and meeting.place and _same_place(best.place, meeting.place,
                                                                       forms)),
            "evidence": meeting.evidence}


def summarise(scored: pd.DataFrame) -> dict[str, float | int]:
    """The figures of a scored table.

    Args:
        scored: what `evaluate` returned.

    Returns:
        `recall`, `precision`, `date_accuracy` (found gold meetings with a date: the same day),
        `place_accuracy` (found gold meetings with a place: the same place, in any spelling the
        actors table gives it), `duplicates`, and
        the counts behind them.
    """
    gold = scored[scored["item"] == "gold"]
    predicted = scored[scored["item"] == "predicted"]
    found = gold[gold["outcome"] == "found"]
    judged = predicted[predicted["outcome"] != "duplicate"]
    dated = found[found["gold_date"] != ""]
    placed = found[found["gold_place"] != ""]
    return {
        "gold": len(gold), "found": len(found), "recall": _share(len(found), len(gold)),
        "predicted": len(judged), "right": int((judged["outcome"] == "right").sum()),
        "precision": _share(int((judged["outcome"] == "right").sum()), len(judged)),
        "dated": len(dated),
        "date_accuracy": _share(int((dated["date"] == dated["gold_date"]).sum()), len(dated)),
        "placed": len(placed),
        "place_accuracy": _share(int(placed["place_right"].astype(bool).sum()), len(placed)),
        "duplicates": int((predicted["outcome"] == "duplicate").sum()),
    }


def _share(part: int, whole: int) -> float:
    return round(part / whole, 3) if whole else float("nan")


def report_lines(scored: pd.DataFrame) -> Iterable[str]:
    """The figures, then each miss and each false row with its evidence, as lines to print.

    Args:
        scored: what `evaluate` returned.

    Returns:
        The lines.
    """
    figures = summarise(scored)
    yield (f"recall {figures['recall']:.3f} ({figures['found']}/{figures['gold']})  "
           f"precision {figures['precision']:.3f} ({figures['right']}/{figures['predicted']})  "
           f"dates {figures['date_accuracy']:.3f} (of {figures['dated']})  "
           f"places {figures['place_accuracy']:.3f} (of {figures['placed']})  "
           f"duplicates {figures['duplicates']}")
    for row in scored[scored["outcome"].isin(["missed", "false"])].itertuples():
        what = "missed" if row.outcome == "missed" else "false "
        yield f"{what} {row.article_id}: {row.pair} ({row.kind}) | {row.evidence}"
