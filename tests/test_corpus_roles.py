"""Role phrases an article cannot resolve, resolved from the roles the corpus states."""

from __future__ import annotations

from datetime import date

from analysis.extract.actors.corpus_roles import (
    ROLE_FACT_DAYS,
    PendingRole,
    RoleFact,
    resolve_pending_role,
)
from analysis.extract.actors.mentions import PENDING_ROLE
from analysis.extract.pipeline import extract
from tests.helpers import corpus_of

DAY = date(2001, 6, 1)
FACTS = [
    RoleFact("per:howard", "John Howard", "prime_minister", "AUS", date(2001, 5, 1)),
    RoleFact("per:clark", "Helen Clark", "prime_minister", "NZL", date(2001, 5, 20)),
    RoleFact("per:bush", "George W. Bush", "president", "USA", date(2001, 3, 1)),
    RoleFact("per:clinton", "Bill Clinton", "president", "USA", date(1999, 3, 1)),
    RoleFact("per:chirac", "Jacques Chirac", "president", "FRA", date(2001, 5, 30)),
]


def test_a_phrase_with_a_country_takes_the_nearest_holder_in_date():
    pending = PendingRole("president", "USA", DAY, frozenset())
    assert resolve_pending_role(pending, FACTS) == ("per:bush", "George W. Bush")
    earlier = PendingRole("president", "USA", date(1999, 1, 1), frozenset())
    assert resolve_pending_role(earlier, FACTS) == ("per:clinton", "Bill Clinton")


def test_a_holder_the_article_names_wins_over_a_nearer_one():
    pending = PendingRole("president", "USA", DAY, frozenset({"per:clinton"}))
    assert resolve_pending_role(pending, FACTS) == ("per:clinton", "Bill Clinton")


def test_a_phrase_without_a_country_only_denotes_someone_the_article_names():
    nobody = PendingRole("prime_minister", "", DAY, frozenset({"per:bush"}))
    assert resolve_pending_role(nobody, FACTS) is None
    named = PendingRole("prime_minister", "", DAY, frozenset({"per:bush", "per:howard"}))
    assert resolve_pending_role(named, FACTS) == ("per:howard", "John Howard")


def test_leader_stands_for_any_head_of_state_or_government():
    pending = PendingRole("leader", "NZL", DAY, frozenset())
    assert resolve_pending_role(pending, FACTS) == ("per:clark", "Helen Clark")


def test_two_holders_as_near_are_a_conflict():
    facts = [*FACTS, RoleFact("per:other", "Other Person", "president", "FRA", date(2001, 6, 3))]
    pending = PendingRole("president", "FRA", DAY, frozenset())
    assert resolve_pending_role(pending, facts) is None  # two days either side


def test_a_fact_older_than_the_window_says_nothing_unless_the_article_names_him():
    far = DAY.replace(year=DAY.year + 1 + ROLE_FACT_DAYS // 365)
    assert resolve_pending_role(PendingRole("president", "FRA", far, frozenset()), FACTS) is None
    named = PendingRole("president", "FRA", far, frozenset({"per:chirac"}))
    assert resolve_pending_role(named, FACTS) == ("per:chirac", "Jacques Chirac")


def test_undated_phrases_resolve_only_to_a_single_named_holder():
    assert resolve_pending_role(PendingRole("president", "USA", None, frozenset()), FACTS) is None
    named = PendingRole("president", "USA", None, frozenset({"per:bush"}))
    assert resolve_pending_role(named, FACTS) == ("per:bush", "George W. Bush")
    both = PendingRole("president", "USA", None, frozenset({"per:bush", "per:clinton"}))
    assert resolve_pending_role(both, FACTS) is None


def test_pending_roles_are_phrases_that_name_an_office(finder, nlp):
    reader = finder.roles
    text = ("The Prime Minister spoke. His Italian counterpart listened. The leader left. "
            "The Mexican leader came.")
    pending = [reader.office_of(m) for m in reader.phrase_matches(nlp(text), text)]
    assert ("prime_minister", "") in pending and ("leader", "MEX") in pending
    assert not any(p and p[0] in ("counterpart", "leader") and not p[1] for p in pending)


def test_an_article_borrows_the_role_another_article_states(tmp_path):
    corpus = corpus_of({
        "a": ("2003-02-10", ("Australian Prime Minister Tom Waverley arrived in Jakarta on "
                            "Monday for talks on trade.")),
        "b": ("2003-02-12", ("Tom Waverley spoke to reporters on Wednesday. The Prime Minister "
                            "said the talks had gone well.")),
    })
    extraction = extract(corpus, cache_dir=tmp_path)
    phrase = extraction.mentions[(extraction.mentions["article_id"] == "b")
                                 & (extraction.mentions["text"] == "The Prime Minister")]
    assert list(phrase["actor"]) == ["Tom Waverley"]
    roles = extraction.roles.set_index("resolution")
    assert roles.loc["corpus", "phrase"] == "The Prime Minister"
    assert PENDING_ROLE not in set(extraction.mentions["method"])


def test_a_bare_title_is_not_the_holder_named_after_it_in_its_sentence(finder, nlp):
    text = ("Prime Minister Liz Truss arrived on Friday. The PM will meet Canadian prime minister "
            "Justin Trudeau on Sunday.")
    found = {m.text: m.name for m in finder.find(nlp(text), date(2022, 9, 16))}
    assert found["The PM"] == "Liz Truss"
    alone = "The PM will meet Canadian prime minister Justin Trudeau on Sunday."
    phrase = [m for m in finder.find(nlp(alone), date(2022, 9, 16)) if m.text == "The PM"]
    assert [m.method for m in phrase] == [PENDING_ROLE]  # for the corpus to resolve
