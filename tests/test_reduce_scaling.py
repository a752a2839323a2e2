"""The blocked reduce gives the tables the all-pairs reduce gave.

`resolve_names` compares a name only with the people of the same or a similar surname key, and
`build_meetings` a report only with the meetings of its article or its people. Below, copies of
the all-pairs versions they replaced (`all_pairs_*`, here only to compare) run beside them on
tricky names, on generated names and meeting reports, and (slow) on the accuracy corpus.
"""

from __future__ import annotations

import random
import re
import string
from collections import Counter, defaultdict
from datetime import date, timedelta
from pathlib import Path

import pandas as pd
import pytest
from rapidfuzz import fuzz

from analysis.extract import reduce as reduce_module
from analysis.extract.actors import (
    FUZZY_MIN_LENGTH,
    FUZZY_THRESHOLD,
    Registry,
    load_registry,
    resolve_names,
)
from analysis.extract.actors.honorifics import womans_surname
from analysis.extract.actors.lexicon import EAST_ASIAN_FAMILY_NAMES
from analysis.extract.actors.merging import (
    DOMINANCE_RATIO,
    GIVEN_INITIALS,
    _initials_agree,
    _is_acronym,
    _plain,
    _registry_resolution,
    _same_person,
    _vowels_aside,
    name_words,
    org_key,
    titled_given_name,
)
from analysis.extract.actors.names import initials, royal_style, slug, surname_key
from analysis.extract.actors.org_forms import ACRONYM
from analysis.extract.actors.similar_keys import similar_keys
from analysis.extract.events import MeetingCandidate, build_meetings
from analysis.extract.events.meetings import (
    CLUSTER_ORDER,
    _Cluster,
    _rank,
    as_candidates,
    cluster_for,
    meetings_table,
)

ACCURACY_CORPUS = Path(__file__).resolve().parents[1] / "benchmarks" / "accuracy" / "corpus"
# Articles of the accuracy corpus whose merges are compared with the all-pairs merge: a fixed
# number, so that the test does not slow down as the corpus grows.
ACCURACY_ARTICLES_COMPARED = 800


# --- the all-pairs versions, as they were -------------------------------------------------------

def all_pairs_resolve_names(names, registry, registered=()):
    counts = Counter(names)
    known = {registry.actors[actor_id].name: actor_id for actor_id in registered}
    surnames = {_plain(name_words(name)[-1]) for name, kind in counts
                if kind == "person" and len(name_words(name)) >= 2}
    result, pending = {}, []
    for name, kind in sorted(counts, key=lambda k: (-len(k[0].split()), -counts[k], k)):
        found = _registry_resolution(name, kind, registry, surnames)
        if found is None:
            pending.append((name, kind))
        else:
            result[(name, kind)] = found
    canon = defaultdict(list)
    for name, kind in pending:
        letters = name.replace(".", "")
        if kind in ("org", "group") and ACRONYM.fullmatch(letters):
            spelled = sorted((full, k) for full, k in counts if k in ("org", "group")
                             and len(re.sub(r"\s*\(.*?\)", "", full).split()) >= 2
                             and initials(re.sub(r"\s*\(.*?\)", "", full)) == letters)
            if len({result[key][0] for key in spelled}) == 1:
                actor_id, canonical, _, _ = result[spelled[0]]
                result[(name, kind)] = (actor_id, canonical, "fuzzy", 100.0)
                continue
        target = None
        words, given = name_words(name), titled_given_name(name_words(name))
        people = {key: members[0][0] for key, members in canon.items() if members[0][1] == kind}
        if kind in ("org", "group") and len(name.split()) >= 2:  # "Centre"/"Center for …"
            found = [key for key, members in canon.items() if members[0][1] == kind
                     and len(members[0][0].split()) >= 2
                     and org_key(members[0][0]) == org_key(name)]
            target = found[0] if found else None
        elif kind == "person":
            named = {key: counts[canon[key][0]] for key in people}
            target = _all_pairs_person(name, people, named)
            full = _all_pairs_person(name, dict(zip(known, known)), {}) \
                if target is None and len(words) >= 2 else None
            if full is not None and len(words) <= len(name_words(full)) and (
                    womans_surname(name) is not None
                    or _plain(words[0]) == _plain(name_words(full)[0])
                    or GIVEN_INITIALS.fullmatch(words[0])
                    and _initials_agree(words[:-1], name_words(full)[:-1])):
                result[(name, kind)] = (known[full], full, "fuzzy", float(fuzz.ratio(
                    surname_key(name.split()[-1]), surname_key(full.split()[-1]))))
                canon[f"{kind}:{name}"].append((name, kind))
                continue
        if target is None:
            canon[f"{kind}:{name}"].append((name, kind))
            result[(name, kind)] = (f"{kind[:3]}:{slug(name)}", name, "ner", 100.0)
        else:
            canon[target].append((name, kind))
            actor_id, canonical, _, _ = result[canon[target][0]]
            score = 100.0 if given else \
                fuzz.ratio(surname_key(name.split()[-1]), surname_key(canonical.split()[-1]))
            result[(name, kind)] = (actor_id, canonical, "fuzzy", float(score))
    return result


def _all_pairs_person(name, people, named):
    """The one of `people` (key -> name) a person name stands for, comparing it with each."""
    words, given = name_words(name), titled_given_name(name_words(name))
    spelled_alike = [key for key, other in people.items() if _plain(other) == _plain(name)]
    if spelled_alike:  # "Moon Jae In"
        return spelled_alike[0]
    if len(words) == 1 and _is_acronym(words[0]):
        return None  # "NAN" is no surname
    if given:
        found = [key for key, other in people.items() if len(name_words(other)) >= 2
                 and (royal_style(name_words(other)) or titled_given_name(other.split()[:2]))
                 and _plain(name_words(other)[0]) == _plain(given)]
        return found[0] if len(found) == 1 else None
    family = [key for key, other in people.items()
              if len(words) == 1 and words[0].lower() in EAST_ASIAN_FAMILY_NAMES
              and len(name_words(other)) >= 2 and name_words(other)[0].lower() == words[0].lower()]
    found = family[:1] if len(family) == 1 else []
    found += [key for key, other in people.items()
              if _same_person(words, name_words(other)) and key not in found]
    if not found and len(words) >= 2:  # transliterations of one surname
        found = [key for key, other in people.items() if len(name_words(other)) >= 2
                 and _vowels_aside(name_words(other)) == _vowels_aside(words)]
    if len(found) > 1 and len(name.split()) == 1:  # a surname alone: the dominant one
        best = max(found, key=lambda key: (named[key], people[key]))
        if named[best] >= DOMINANCE_RATIO * (sum(named[key] for key in found) - named[best]):
            return best
    return found[0] if len(found) == 1 else None


def all_pairs_build_meetings(typed, published, place_country):
    rows = as_candidates(typed)
    for row in rows:
        row.published_date = published.get(row.article_id)
    rows.sort(key=lambda r: (_rank(CLUSTER_ORDER, r.date_precision), -len(r.participants),
                             r.article_id, r.sentence_id))
    clusters = []
    for row in rows:
        cluster = cluster_for(row, [c for c in clusters if c.fits(row)])
        if cluster is None:
            clusters.append(_Cluster(row, place_country))
        else:
            cluster.add(row)
    return meetings_table(clusters, place_country)  # a pass over the clusters, not over pairs


# --- names ----------------------------------------------------------------------------------------

TRICKY_NAMES = [
    # transliterations of one surname, with and without first names
    "Alexander Lukashenko", "Aliaksandr Lukashenka", "Lukashenka", "Lukashenko",
    "Volodymyr Zelensky", "Volodymyr Zelenskyy", "Zelenskiy", "Zelensky",
    # middle names and initials that tell people apart, and a lone surname several people share
    "George H. W. Bush", "George W. Bush", "George Bush", "Laura Bush", "Bush", "G. Bush",
    "Kim Jong Il", "Kim Jong Un", "Kim Il Sung", "Jill", "Il", "Kim",
    # joined particles, and short surnames that fold alike but are spelled otherwise
    "Abdel Fattah El-Sisi", "Abdel Fattah al-Sisi", "Sisi", "Li", "Lee", "Le", "Wang Yi", "Yi",
    # one-letter typos of long surnames, and a longer word that is another word
    "Maria Kolesnikova", "Maria Kolenikova", "Kolesnikov", "Ivan Drozdovskiy", "Drozdovsky",
    "Ivan Petrov", "Petrova", "Borne", "Borneo", "Keir Giles", "Giles",
]


def as_input(names, kind="person", repeats=1):
    return [(name, kind) for name in names for _ in range(repeats)]


@pytest.fixture(scope="module")
def empty_registry():
    return Registry({})


@pytest.mark.parametrize("registry_name", ["empty", "packaged"])
def test_tricky_names_resolve_as_the_all_pairs_merge_resolved_them(registry_name,
                                                                   empty_registry):
    registry = empty_registry if registry_name == "empty" else load_registry()
    names = as_input(TRICKY_NAMES) + as_input(["Bush", "Zelensky", "Kim"], repeats=3) \
        + as_input(["Bush", "Sisi"], kind="org")
    assert resolve_names(names, registry) == all_pairs_resolve_names(names, registry)


def test_transliterated_surnames_merge_and_ambiguous_ones_merge_with_none(empty_registry):
    names = as_input(["Aliaksandr Lukashenka", "Lukashenko", "Volodymyr Zelenskyy", "Zelensky",
                      "George H. W. Bush", "George W. Bush", "George Bush"])
    result = resolve_names(names, empty_registry)
    assert result[("Lukashenko", "person")][1] == "Aliaksandr Lukashenka"
    assert result[("Zelensky", "person")][1] == "Volodymyr Zelenskyy"
    assert result[("George Bush", "person")][1] == "George Bush"  # either Bush: none


def generated_names(count: int, seed: int) -> list[tuple[str, str]]:
    """Names drawn with repeats from first names, middle names and surnames that include
    transliteration variants, typos, particles and short surnames."""
    rng = random.Random(seed)
    firsts = ["", "", "John", "Jane", "George", "G.", "Kim", "Maria", "Ivan", "Abdel Fattah", "Li"]
    middles = ["", "", "", "W.", "H. W.", "Jong", "Il"]
    stems = ["Lukashenko", "Lukashenka", "Zelensky", "Zelenskyy", "Bush", "Sisi", "al-Sisi", "Il",
             "Jill", "Kolesnikova", "Drozdovsky", "Petrov", "Kim", "Li", "Le", "Lee"]
    stems += ["".join(rng.choice("aeioubdklmnrstvz") for _ in range(rng.randint(3, 11))).title()
              for _ in range(count // 4)]
    names = []
    for _ in range(count):
        surname = rng.choice(stems)
        if rng.random() < 0.3 and len(surname) > 3:
            at = rng.randrange(1, len(surname))
            surname = surname[:at] + rng.choice(["", rng.choice(string.ascii_lowercase),
                                                 surname[at]]) + surname[at + 1:]
        name = " ".join(part for part in (rng.choice(firsts), rng.choice(middles), surname) if part)
        names.append((name, "person" if rng.random() < 0.9 else "org"))
    return names + names[: count // 3]  # repeats change the order names are merged in


@pytest.mark.parametrize("seed", [0, 1, 2])
def test_generated_names_resolve_as_the_all_pairs_merge_resolved_them(seed):
    names = generated_names(900, seed)
    registry = load_registry()
    # the registry people of these surnames as if the corpus named them
    registered = {a.actor_id for a in registry.actors.values() if a.type == "person"
                  and a.name.split()[-1] in ("Lukashenko", "Bush", "Zelenskyy", "Sisi", "Kim")}
    assert resolve_names(names, registry, registered) \
        == all_pairs_resolve_names(names, registry, registered)


def brute_force_similar(keys):
    found = {}
    for key in set(keys):
        if len(key) >= FUZZY_MIN_LENGTH:
            similar = sorted({o for o in keys if o != key and fuzz.ratio(key, o) >= FUZZY_THRESHOLD})
            if similar:
                found[key] = similar
    return found


def test_similar_keys_finds_every_pair_all_pairs_comparison_finds():
    rng = random.Random(7)
    keys = {"", "a", "lukashenko", "lukashenka", "zelensky", "zelenskyy", "sisi", "smith jones"}
    for _ in range(1500):
        word = list(rng.choice(sorted(keys)) if rng.random() < 0.5 else "".join(
            rng.choice("aeiklmnorst ") for _ in range(rng.randint(1, 20))))
        for _ in range(rng.randint(0, 3)):  # insertions, deletions and substitutions
            at = rng.randrange(len(word) + 1)
            choice = rng.random()
            if choice < 0.4:
                word.insert(at, rng.choice("aeiyz"))
            elif word:
                word[min(at, len(word) - 1):min(at, len(word) - 1) + (choice < 0.8)] = \
                    [] if choice < 0.8 else [rng.choice("uvw")]
        keys.add("".join(word))
    assert similar_keys(keys) == brute_force_similar(keys)


def test_similar_keys_keeps_a_pair_exactly_at_the_threshold():
    key, other = "abcdefghijkl", "abxcdefghijyk"  # 3 edits over 25 letters: a ratio of 88
    assert fuzz.ratio(key, other) == pytest.approx(FUZZY_THRESHOLD)
    assert similar_keys([key, other]) == {key: [other], other: [key]}
    assert similar_keys([key, other + "q"]) == {}  # 4 edits over 26 letters: below


# --- meetings -------------------------------------------------------------------------------------

PLACES = {"Sochi": "Russia", "Moscow": "Russia", "Minsk": "Belarus"}


def generated_reports(count: int, seed: int) -> tuple[list[MeetingCandidate], dict]:
    """Meeting reports of a few people over a few weeks, in a few places and articles: many
    fit several meetings, some are undated, vague, anaphoric, by role, or name nobody."""
    rng = random.Random(seed)
    people = ["Putin", "Lukashenko", "Lavrov", "Makei", "Merkel", "Macron"]
    articles = [f"a{number:02d}" for number in range(count // 6 + 1)]
    published = {a: date(2020, 9, 1) + timedelta(days=rng.randrange(40)) for a in articles}
    reports = []
    for number in range(count):
        article = rng.choice(articles)
        kind = rng.choice(["meet", "meet", "visit", "host", "phone", "video"])
        day = published[article] - timedelta(days=rng.randrange(-3, 10))
        precision = rng.choice(["day", "day", "unknown", "week", "month", "range"])
        start, end = {"day": (day, day), "unknown": (None, None), "week": (day, day + timedelta(6)),
                      "month": (day.replace(day=1), day.replace(day=28)),
                      "range": (day, day + timedelta(rng.randrange(1, 20)))}[precision]
        reports.append(MeetingCandidate(
            article_id=article, sentence_id=rng.randrange(12),
            participants=frozenset(rng.sample(people, rng.choice([0, 1, 2, 2, 2, 3]))),
            meeting_kind={"phone": "phone", "video": "video"}.get(kind, "in_person"), kind=kind,
            date=start.isoformat() if start else "", date_text="", date_precision=precision,
            date_start=start, date_end=end,
            place=rng.choice(["", "", "Sochi", "Moscow", "Minsk", "Russia", "Belarus"]),
            status=rng.choice(["held", "held", "planned"]), cameo="040", evidence=str(number),
            anaphoric=rng.random() < 0.1, role_party=rng.random() < 0.1))
    return reports, published


@pytest.mark.parametrize("seed", range(6))
def test_generated_reports_make_the_meetings_the_all_pairs_merge_made(seed):
    reports, published = generated_reports(400, seed)
    expected = all_pairs_build_meetings([*map(_copy, reports)], published, PLACES)
    found = build_meetings([*map(_copy, reports)], published, PLACES)
    assert len(found) > 20
    pd.testing.assert_frame_equal(found, expected)


def report(article, span, precision):
    start, end = span or (None, None)
    return MeetingCandidate(
        article_id=article, sentence_id=0, participants=frozenset({"Putin", "Lukashenko"}),
        meeting_kind="in_person", kind="meet", date=start.isoformat() if start else "",
        date_text="", date_precision=precision, date_start=start, date_end=end, place="",
        status="held", cameo="040", evidence=article)


def test_a_meeting_first_reported_undated_is_found_by_the_dates_it_gained():
    """x (undated) is joined by y's three weeks, published long after; z's two days overlap
    them, but neither x's nor y's publication lies within a week of z's days."""
    published = {"x": date(2020, 9, 30), "y": date(2020, 12, 1), "z": date(2020, 9, 4)}
    reports = [report("x", None, "unknown"),
               report("y", (date(2020, 9, 2), date(2020, 9, 23)), "range"),
               report("z", (date(2020, 9, 2), date(2020, 9, 3)), "range")]
    found = build_meetings([*map(_copy, reports)], published, PLACES)
    assert list(found["article_ids"]) == ["x; y; z"]
    pd.testing.assert_frame_equal(
        found, all_pairs_build_meetings([*map(_copy, reports)], published, PLACES))


def _copy(report: MeetingCandidate) -> MeetingCandidate:
    return MeetingCandidate(**vars(report))


# --- the accuracy corpus ----------------------------------------------------------------------------

@pytest.mark.slow
def test_accuracy_corpus_reduces_as_the_all_pairs_merge_reduced_it(monkeypatch):
    from analysis.extract.corpus import Corpus, load_corpus
    from analysis.extract.pipeline import extract

    compared = []

    def resolve_both(names, registry, registered):
        found = resolve_names(names, registry, registered)
        assert found == all_pairs_resolve_names(names, registry, registered)
        compared.append(len(set(names)))
        return found

    def build_both(candidates, published, place_country):
        expected = all_pairs_build_meetings([*map(_copy, candidates)], published, place_country)
        found = build_meetings(candidates, published, place_country)
        pd.testing.assert_frame_equal(found, expected)
        compared.append(len(candidates))
        return found

    monkeypatch.setattr(reduce_module, "resolve_names", resolve_both)
    monkeypatch.setattr(reduce_module, "build_meetings", build_both)
    corpus = load_corpus(ACCURACY_CORPUS)  # its first articles: the all-pairs merge is quadratic
    corpus = Corpus(corpus.articles.head(ACCURACY_ARTICLES_COMPARED), corpus.report)
    extract(corpus)  # the default cache: warm after test_accuracy.py, which maps the same articles
    assert len(compared) == 2 and min(compared) > 50
