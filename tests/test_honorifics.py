"""A surname after a woman's honorific ("Mrs. Carter") never names a man; a bare surname the
text names a wife's husband by names no woman."""

from datetime import date

import pytest

from analysis.extract.actors import MentionFinder, load_registry, resolve_names
from analysis.extract.actors.honorifics import is_mans_name, is_womans_name, womans_surname


@pytest.fixture(scope="module")
def packaged(nlp):
    return MentionFinder(nlp.vocab, load_registry())


@pytest.mark.parametrize("name, mans", [
    ("Jimmy Carter", True), ("Néstor Kirchner", True), ("Rosalynn Carter", False),
    ("Kim Dae-jung", False), ("Carter", False),  # a name both bear; one word: no first name
])
def test_a_mans_name_is_told_by_its_first_name(name, mans):
    assert is_mans_name(name) is mans


@pytest.mark.parametrize("name, womans", [
    ("Hillary Rodham Clinton", True), ("Jimmy Carter", False), ("Benazir Bhutto", False),
    ("Clinton", False),
])
def test_a_womans_name_is_told_by_its_first_name(name, womans):
    assert is_womans_name(name) is womans


@pytest.mark.parametrize("name, surname", [
    ("Mrs Meir", "Meir"), ("Madame Chiang", "Chiang"), ("Mr Carter", None), ("Mrs", None),
    ("Mrs Golda Meir", None),
])
def test_a_womans_surname_is_a_surname_after_her_honorific(name, surname):
    assert womans_surname(name) == surname


@pytest.mark.parametrize("text, day, names", [
    (("President Jimmy Carter met Begin. Jimmy Carter and Rosalynn Carter arrived. Mrs. Carter "
      "met the mayor."), date(1978, 9, 5),
     ["Jimmy Carter", "Begin", "Jimmy Carter", "Rosalynn Carter", "Rosalynn Carter"]),
    ("Yasuhiro Nakasone arrived in Seoul. Mrs. Nakasone visited a school.",
     date(1983, 1, 11), ["Yasuhiro Nakasone", "Mrs Nakasone"]),
    ("Yasuhiro Nakasone arrived in Seoul. Mr. and Mrs. Nakasone visited a school.",
     date(1983, 1, 11), ["Yasuhiro Nakasone", "Yasuhiro Nakasone"]),  # the couple: his name too
    ("and Mrs. Nakasone", date(1983, 1, 11), ["Mrs Nakasone"]),  # three words: nothing before
    # unresolved: the honorific stays where a man of the registry bears the surname
    ("Mrs. Carter met Menachem Begin.", date(1978, 9, 5), ["Mrs Carter", "Menachem Begin"]),
    ("Mrs. Spehar met Nicos Anastasiades.", date(2017, 2, 22), ["Spehar", "Nicos Anastasiades"]),
    ("Yasuhiro Nakasone arrived. The Prime Minister and Mrs. Nakasone visited a school.",
     date(1983, 1, 11), ["Yasuhiro Nakasone", "Yasuhiro Nakasone", "Mrs Nakasone"]),
    # a surname the article also writes after a man's honorific names him, and her beside it
    (("President Chun Doo-hwan will visit Canberra with his wife, Mrs Chun. Mr Chun will meet "
      "Bob Hawke."), date(1984, 3, 1),
     ["Chun Doo-hwan", "Mrs Chun", "Chun Doo-hwan", "Bob Hawke"]),
    # a knight's wife and a dame
    ("Sir Julius Chan and Lady Chan arrived in Canberra.", date(1980, 12, 9),
     ["Julius Chan", "Lady Chan"]),
    ("Robert Menzies was accompanied by Dame Pattie Menzies.", date(1961, 6, 1),
     ["Robert Menzies", "Pattie Menzies"]),
    # a daughter, and the wife in older English
    ("Joe Clark met Brian Mulroney. Miss Clark, his daughter, smiled.", date(1985, 1, 1),
     ["Joe Clark", "Brian Mulroney", "Miss Clark"]),
    ("David Ben-Gurion arrived in Paris. Mistress Ben-Gurion smiled.", date(1955, 1, 1),
     ["David Ben-Gurion", "Mistress Ben-Gurion"]),
    ("Mrs. Kirchner met Mujica. Néstor Kirchner and Cristina Fernández de Kirchner spoke.",
     date(2010, 4, 6), ["Cristina Fernández de Kirchner", "José Mujica", "Néstor Kirchner",
                        "Cristina Fernández de Kirchner"]),
])
def test_a_surname_after_a_womans_honorific_is_no_mans(nlp, packaged, text, day, names):
    assert [m.name for m in packaged.find(nlp(text), day) if m.type == "person"] == names


def test_the_corpus_merges_a_womans_surname_into_no_man():
    registry = load_registry()
    names = [("Mrs Carter", "person"), ("Jimmy Carter", "person"), ("Mrs Thatcher", "person"),
             ("Mrs Chun", "person")]
    result = resolve_names(names, registry)
    assert result[names[0]][1] == "Mrs Carter"
    assert result[names[2]][1] == "Margaret Thatcher"
    # a first name the list gives to no one sex is no woman's: "Chun Doo-hwan"
    assert result[names[3]][1] == "Mrs Chun"


@pytest.mark.parametrize("text, names", [
    # her husband: the man of the registry, not the one woman of the article with the surname
    (("Clinton and his wife, Hillary, arrived. Clinton began his day with a jog. The sister, "
      "like Hillary Rodham Clinton, went to Wellesley."), ["Bill Clinton", "Bill Clinton"]),
    # no husband named: the woman
    ("Hillary Rodham Clinton arrived. Clinton said his aides would help.", ["Hillary Clinton"]),
])
def test_a_bare_surname_a_husband_bears_names_no_woman(nlp, packaged, text, names):
    found = packaged.find(nlp(text), date(1994, 11, 13))
    assert [m.name for m in found if m.text == "Clinton"] == names
