"""Typed interactions on sentences written for the tests, and meeting deduplication."""

from datetime import date

import pandas as pd
import pytest

from analysis.extract.events import TypedInteractionFinder, build_meetings, sentence_cooccurrences

ANCHOR = date(2020, 9, 14)  # a Monday


@pytest.fixture(scope="module")
def typed(nlp, finder):
    def read(text, anchor=ANCHOR):
        doc = nlp(text)
        mentions = finder.find(doc, anchor)
        rows = TypedInteractionFinder(doc, mentions, anchor).find()
        return [{
            "kind": r.kind, "cameo": r.cameo, "status": r.status,
            "sources": [mentions[i].name for i in r.sources],
            "targets": [mentions[i].name for i in r.targets],
            "place": mentions[r.place].name if r.place is not None else "",
            "date": r.date.value if r.date else None,
        } for r in rows]
    return read


def only(rows, kind):
    found = [r for r in rows if r["kind"] == kind]
    assert len(found) == 1, rows
    return found[0]


def test_held_meeting_with_date_and_place(typed):
    row = only(typed("Lukashenko met Putin in Sochi on Monday."), "meet")
    assert row["sources"] == ["Alexander Lukashenko"] and row["targets"] == ["Vladimir Putin"]
    assert (row["status"], row["cameo"], row["place"], row["date"]) == \
        ("held", "040", "Sochi", "2020-09-14")


def test_planned_talks_take_the_date_of_their_own_clause(typed):
    row = only(typed("Lavrov will hold talks with Makei in Moscow on September 16, "
                     "Zakharova said on Sunday."), "meet")
    assert row["sources"] == ["Sergei Lavrov"] and row["targets"] == ["Vladimir Makei"]
    assert (row["status"], row["cameo"], row["date"], row["place"]) == \
        ("planned", "036", "2020-09-16", "Moscow")


@pytest.mark.parametrize("text", [
    "Putin and Lukashenko agreed to meet in Moscow.",
    "Putin and Lukashenko are set to hold talks in Moscow.",
    "Putin plans to meet Lukashenko in Moscow.",
    "Putin was slated to hold talks with Lukashenko in Moscow.",
    "Putin was supposed to hold discussions with Lukashenko in Moscow.",
    "Putin is likely to brief Lukashenko in Moscow.",
])
def test_intended_meetings_are_planned(typed, text):
    row = only(typed(text), "meet")
    assert row["status"] == "planned"
    assert set(row["sources"] + row["targets"]) == {"Vladimir Putin", "Alexander Lukashenko"}


def test_meeting_between_two_named_actors(typed):
    row = only(typed("A meeting between Putin and Lukashenko took place in Sochi."), "meet")
    assert set(row["sources"] + row["targets"]) == {"Vladimir Putin", "Alexander Lukashenko"}
    assert row["place"] == "Sochi" and row["status"] == "held"


def test_visit_to_a_place_with_possessive_visitor(typed):
    row = only(typed("Mishustin's visit to Minsk will take place on Thursday."), "visit")
    assert row["sources"] == ["Mikhail Mishustin"] and row["place"] == "Minsk"
    assert (row["status"], row["date"]) == ("planned", "2020-09-17")


@pytest.mark.parametrize("text, status, place, date_value", [
    ("Macron will travel to Berlin on Thursday.", "planned", "Berlin", "2020-09-17"),
    ("Lavrov arrived in Minsk on Saturday.", "held", "Minsk", "2020-09-12"),
    ("Zelensky flew to Warsaw last week.", "held", "Warsaw", "2020-W37"),
    ("Putin's trip to Minsk was cut short.", "held", "Minsk", None),
])
def test_travel_to_a_place_is_a_visit(typed, text, status, place, date_value):
    row = only(typed(text), "visit")
    assert (row["status"], row["place"], row["date"]) == (status, place, date_value)
    assert row["cameo"] == ("036" if status == "planned" else "042")


@pytest.mark.parametrize("text", [
    "Putin arrived at the conclusion that the talks had failed.",
    "Lukashenko said the trip was long.",
])
def test_travel_words_without_a_place_are_no_visit(typed, text):
    assert not [r for r in typed(text) if r["kind"] == "visit"]


def test_a_press_conference_is_no_call(typed):
    # given with someone, it is a meeting in person
    assert [r["kind"] for r in typed("Putin held a press conference with Lukashenko on Friday.")
            if r["kind"] in ("phone", "video", "meet")] == ["meet"]


@pytest.mark.parametrize("text, kind, cameo, date_value", [
    ("Putin and Lukashenko held talks via video link on Friday.", "video", "040", "2020-09-11"),
    ("Putin and Lukashenko had a video call on Friday.", "video", "040", "2020-09-11"),
    ("Putin held a videoconference with Lukashenko.", "video", "040", None),
    ("Putin held a video conference with Lukashenko on Friday.", "video", "040", "2020-09-11"),
    ("Putin and Lukashenko held an online meeting on Friday.", "video", "040", "2020-09-11"),
    ("Putin held a telephone conference with Lukashenko.", "phone", "041", None),
    ("Putin discussed gas prices with Lukashenko by phone on Friday.", "phone", "041",
     "2020-09-11"),
    ("Makei had a phone conversation with Lavrov on Friday.", "phone", "041", "2020-09-11"),
])
def test_the_channel_makes_a_talk_a_call(typed, text, kind, cameo, date_value):
    row = only(typed(text), kind)
    assert len(row["sources"] + row["targets"]) == 2 and row["status"] == "held"
    assert (row["cameo"], row["date"]) == (cameo, date_value)
    assert not [r for r in typed(text) if r["kind"] == "meet"]


@pytest.mark.parametrize("text, people", [
    ("Putin told reporters after spending several hours with Mr Lukashenko.",
     {"Vladimir Putin", "Alexander Lukashenko"}),
    ("Putin will spend the evening with President Lukashenko.",
     {"Vladimir Putin", "Alexander Lukashenko"}),
    ("Putin said he wanted to spend more time with his family.", None),
    ("Putin spent two hours with the documents.", None),
])
def test_time_spent_with_a_person_is_a_meeting(typed, text, people):
    rows = [r for r in typed(text) if r["kind"] == "meet"]
    assert (set(rows[0]["sources"] + rows[0]["targets"]) if rows else None) == people


@pytest.mark.parametrize("text", [
    "Lukashenko received a call from Putin on Friday.",
    "Belarusian president receives first call from Putin since August",  # "from" on the verb
    "Lukashenko got a call from Putin.",
])
def test_a_call_received_from_someone_is_a_call_not_a_welcome(typed, text):
    rows = typed(text)
    row = only(rows, "phone")
    assert set(row["sources"] + row["targets"]) == {"Alexander Lukashenko", "Vladimir Putin"}
    assert not [r for r in rows if r["kind"] in ("host", "meet")]


def test_a_call_made_from_a_place_names_no_counterpart(typed):
    assert not typed("Putin made a call from Sochi on Friday.")


@pytest.mark.parametrize("text, people", [
    ("Tomorrow Putin sees President Lukashenko in Sochi.", {"Vladimir Putin", "Alexander Lukashenko"}),
    ("Putin saw Lukashenko at the Kremlin on Monday.", {"Vladimir Putin", "Alexander Lukashenko"}),
    ("Putin saw Lukashenko as a rival.", None),
    ("Putin saw an opportunity in Minsk.", None),
    ("Kagame on Monday briefed Issaias on the situation in Rwanda.", {"Paul Kagame", "Issaias"}),
    ("The minister briefed reporters on the talks.", None),
    ("Putin hugged Lukashenko at the airport.", {"Vladimir Putin", "Alexander Lukashenko"}),
    ("Putin embraced the plan.", None),
])
def test_seeing_a_person_is_a_meeting(typed, text, people):
    rows = [r for r in typed(text) if r["kind"] == "meet"]
    assert (set(rows[0]["sources"] + rows[0]["targets"]) if rows else None) == people


def test_a_briefing_takes_no_place_from_its_topic(typed):
    row = only(typed("Kagame on Monday briefed Issaias on the situation in Rwanda."), "meet")
    assert (row["place"], row["date"]) == ("", "2020-09-14")


def test_a_briefing_during_a_call_is_the_call(typed):
    rows = typed("Rajapaksa had a telephone discussion today (12 September 2020) with Prime "
                 "Minister Manmohan Singh, during which he briefed the Indian leader on the "
                 "situation.")
    assert {(r["kind"], r["date"]) for r in rows} == {("phone", "2020-09-12")}


def test_a_subject_role_of_his_is_not_him(typed):
    rows = typed("Chancellor Helmut Schmidt arrived in Moscow. His foreign minister will meet "
                 "Brezhnev on Tuesday.")
    assert only(rows, "meet")["sources"] == []


def test_a_date_restated_in_brackets_is_the_date(typed):
    row = only(typed("Putin had a telephone conversation today (12 September 2020) with "
                     "Lukashenko."), "phone")
    assert row["date"] == "2020-09-12"


def test_talk_joined_to_a_clause_on_the_line_is_a_call(typed):
    text = "Lukashenko was in his car. Putin was on the line, and the two men spoke for an hour."
    row = only(typed(text), "phone")
    assert set(row["sources"] + row["targets"]) == {"Vladimir Putin", "Alexander Lukashenko"}
    assert not [r for r in typed("Putin was on the stage, and the two men spoke for an hour.")
                if r["kind"] == "phone"]


@pytest.mark.parametrize("text", [
    "Putin discussed the economy with Lukashenko.",  # how is not said: no meeting claimed
    "Putin criticised online censorship and spoke to Lukashenko.",
])
def test_talk_verbs_without_a_channel_are_no_call(typed, text):
    assert not [r for r in typed(text) if r["kind"] in ("phone", "video")]


def test_subject_of_is_due_to_visit(typed):
    row = only(typed("Lukashenko is due to visit Sochi later this month."), "visit")
    assert row["sources"] == ["Alexander Lukashenko"]
    assert (row["status"], row["place"], row["date"]) == ("planned", "Sochi", "2020-09")


@pytest.mark.parametrize("text, status", [
    # a present tense dated after the article's day is a schedule
    ("Kenneth Kaunda and Julius Nyerere meet in Dar es Salaam on Wednesday.", "planned"),
    ("Kenneth Kaunda and Julius Nyerere meet in Dar es Salaam today.", "held"),
    # a past tense stays held
    ("Kenneth Kaunda and Julius Nyerere met in Dar es Salaam on Friday.", "held"),
])
def test_a_present_tense_dated_after_the_article_is_planned(typed, text, status):
    assert only(typed(text), "meet")["status"] == status


@pytest.mark.parametrize("text, kind, status", [
    # a trip or a meeting named by a noun and dated after the article's day is planned
    ("Kaunda confirmed Nyerere's trip to Lusaka next Wednesday.", "visit", "planned"),
    ("Kaunda recalled Nyerere's trip to Lusaka last Wednesday.", "visit", "held"),
    ("The summit with Nyerere on Wednesday is the first since 1977.", "meet", "planned"),
])
def test_a_noun_dated_after_the_article_is_planned(typed, text, kind, status):
    assert only(typed(text), kind)["status"] == status


def test_a_pronoun_subject_attends_the_gathering_its_verb_addresses(typed):
    rows = typed("John Howard told journalists he was optimistic. He told a dinner hosted by his "
                 "PNG counterpart, Sir Mekere Morauta, on Thursday night, that Australia was "
                 "pleased.")
    row = only(rows, "meet")
    assert set(row["sources"] + row["targets"]) == {"John Howard", "Mekere Morauta"}


def test_headline_infinitive_is_planned(typed):
    row = only(typed("Russian Prime Minister Mikhail Mishustin to visit Belarus on September 17"),
               "visit")
    assert (row["status"], row["date"], row["place"]) == ("planned", "2020-09-17", "Belarus")


def test_the_two_leaders_are_the_previous_meetings_participants(typed):
    rows = typed("Lukashenko met Putin on Monday. The two leaders spoke by phone on Friday.")
    phone = only(rows, "phone")
    assert set(phone["sources"] + phone["targets"]) == {"Vladimir Putin", "Alexander Lukashenko"}
    assert phone["cameo"] == "041"


def test_speaker_at_a_meeting_attends_it(typed):
    row = only(typed("Lavrov said at the start of a meeting with Makei that ties were strong."),
                "meet")
    assert set(row["sources"] + row["targets"]) == {"Sergei Lavrov", "Vladimir Makei"}


@pytest.mark.parametrize("text, kind, cameo, source, target", [
    ("Putin congratulated Lukashenko on his victory.", "congratulate", "051",
     "Vladimir Putin", "Alexander Lukashenko"),
    ("Lukashenko thanked Putin for his support.", "thank", "051",
     "Alexander Lukashenko", "Vladimir Putin"),
    ("Pompeo criticized Lukashenko over the crackdown.", "criticize", "111",
     "Mike Pompeo", "Alexander Lukashenko"),
    ("Tsikhanouskaya accused Lukashenko of rigging the vote.", "accuse", "112",
     "Sviatlana Tsikhanouskaya", "Alexander Lukashenko"),
    ("Putin offered a loan to Lukashenko.", "aid", "033", "Vladimir Putin", "Alexander Lukashenko"),
    ("Putin sent aid to Lukashenko.", "aid", "070", "Vladimir Putin", "Alexander Lukashenko"),
])
def test_other_typed_interactions(typed, text, kind, cameo, source, target):
    row = only(typed(text), kind)
    assert (row["cameo"], row["sources"], row["targets"]) == (cameo, [source], [target])


def test_passive_detention_has_the_detained_as_target(typed):
    row = only(typed("Maxim Znak was detained by masked men on Wednesday."), "detain")
    assert row["targets"] == ["Maxim Znak"] and row["cameo"] == "173"
    row = only(typed("Alexievich summoned her supporters after Maxim Znak was detained."),
               "detain")
    assert (row["sources"], row["targets"]) == ([], ["Maxim Znak"])


def test_naming_someone_is_not_a_phone_call(typed):
    assert typed("Lukashenko called Putin his elder brother.") == []


def test_calling_someone_up_is_a_phone_call(typed):
    row = only(typed("Nawaz Sharif said he then called up Musharraf."), "phone")
    assert (row["sources"], row["targets"]) == (["Nawaz Sharif"], ["Pervez Musharraf"])
    assert typed("The army called up reservists.") == []


def test_the_possessor_of_a_readiness_to_visit_is_the_visitor(typed):
    rows = typed("Ghazouani called Mohammed VI on Monday. The King expressed his readiness to pay "
                 "an official visit to Mauritania.")
    assert only(rows, "visit")["sources"] == ["Mohammed VI"]


def test_a_courtesy_call_received_from_someone_is_a_meeting_with_them(typed):
    row = only(typed("It was conveyed at a courtesy call received by the Pacific Islands Forum "
                     "Chair and Prime Minister Frank Bainimarama from Tongan Prime Minister "
                     "Siaosi Sovaleni."), "meet")
    assert {"Frank Bainimarama", "Siaosi Sovaleni"} <= set(row["sources"] + row["targets"])


def test_cooccurrence_pairs_are_unique_per_sentence():
    from analysis.extract.actors import Mention

    mentions = [Mention(0, 0, 1, "", "", ""), Mention(0, 2, 3, "", "", ""),
                Mention(0, 4, 5, "", "", ""), Mention(1, 0, 1, "", "", "")]
    names = {0: "Putin", 1: "Lukashenko", 2: "Putin", 3: "Putin"}
    assert sentence_cooccurrences(mentions, names) == [(0, "Lukashenko", "Putin")]


# --- meetings ------------------------------------------------------------------------------------

def typed_row(article, participants, *, day=None, span=None, precision=None, place="",
              status="held", kind="meet", sentence=0, told=True):
    start, end = (day, day) if day else span if span else (None, None)
    return {"article_id": article, "sentence_id": sentence, "participants": frozenset(participants),
            "meeting_kind": "phone" if kind == "phone" else "in_person", "kind": kind,
            "date_start": start, "date_end": end,
            "date_precision": precision or ("day" if day else "range" if span else "unknown"),
            "date": start.isoformat() if day else "", "date_text": "", "place": place,
            "status": status, "cameo": "040" if status == "held" else "036",
            "evidence": f"sentence of {article}", "place_told": told}


PLACES = {"Sochi": "Russia", "Moscow": "Russia", "Minsk": "Belarus"}
PUBLISHED = {"a": date(2020, 8, 31), "b": date(2020, 9, 2), "c": date(2020, 9, 14),
             "d": date(2020, 9, 14), "old": date(2020, 6, 1)}
PL = {"Putin", "Lukashenko"}


def meetings(*rows):
    return build_meetings(pd.DataFrame(list(rows)), PUBLISHED, PLACES)


def test_planned_and_held_reports_of_one_meeting_merge():
    table = meetings(typed_row("a", {"Lavrov", "Makei"}, day=date(2020, 9, 2), place="Moscow",
                               status="planned"),
                     typed_row("b", {"Lavrov", "Makei"}, place="Moscow"))
    assert len(table) == 1
    row = table.iloc[0]
    assert (row.date, row.status, row.n_sources, row.article_ids) == ("2020-09-02", "held", 2, "a; b")


def test_planned_meeting_whose_date_passed_counts_as_held():
    table = meetings(typed_row("a", PL, day=date(2020, 9, 1), status="planned"),
                     typed_row("c", PL, day=date(2020, 9, 1), status="planned"))
    assert table.iloc[0].status == "held" and "date had passed" in table.iloc[0].notes


@pytest.mark.parametrize("first, second", [("Sochi", "Moscow"), ("Moscow", "Sochi")])
def test_same_day_different_places_is_one_meeting_at_the_first_place_with_a_note(first, second):
    table = meetings(typed_row("c", PL, day=date(2020, 9, 14), place=first),
                     typed_row("d", PL, day=date(2020, 9, 14), place=second))
    assert len(table) == 1
    row = table.iloc[0]
    assert (row.place, row.notes) == (first, f"place {second} in d")


@pytest.mark.parametrize("sentences", [(0, 1), (1, 0)])
def test_a_place_a_sentence_tells_outweighs_one_taken_from_the_article(sentences):
    """"X met Y in Sochi on Monday" and, filed from Moscow, "Y was sent to meet X" that day."""
    told, guessed = sentences
    table = meetings(typed_row("c", PL, day=date(2020, 9, 14), place="Sochi", sentence=told),
                     typed_row("c", PL, day=date(2020, 9, 14), place="Moscow", sentence=guessed,
                               told=False))
    assert list(table.place) == ["Sochi"]


def test_vague_date_with_conflicting_place_stays_separate():
    table = meetings(typed_row("c", PL, day=date(2020, 9, 14), place="Sochi"),
                     typed_row("a", PL, span=(date(2020, 9, 1), date(2020, 9, 28)), place="Moscow",
                               status="planned"))
    assert len(table) == 2
    assert set(table.place) == {"Sochi", "Moscow"}


def test_city_is_preferred_over_its_country_and_visitor_joins_meeting():
    table = meetings(typed_row("c", PL, day=date(2020, 9, 14), place="Sochi"),
                     typed_row("b", {"Lukashenko"}, day=date(2020, 9, 14), place="Russia",
                               kind="visit", status="planned"))
    assert len(table) == 1 and table.iloc[0].place == "Sochi"


def test_different_days_are_different_meetings():
    table = meetings(typed_row("c", PL, day=date(2020, 9, 14)),
                     typed_row("d", PL, day=date(2020, 9, 20)))
    assert len(table) == 2


def test_undated_report_far_from_the_date_does_not_merge():
    table = meetings(typed_row("c", PL, day=date(2020, 9, 14)), typed_row("old", PL))
    assert len(table) == 2


def test_an_undated_report_joins_a_meeting_its_article_dates_near_publication_only():
    # article "c" (14 September 2020) dates one meeting that week and recalls one of 2012
    recent = meetings(typed_row("c", PL, day=date(2020, 9, 12)), typed_row("c", PL, sentence=2))
    assert len(recent) == 1 and recent.iloc[0].date == "2020-09-12"
    recalled = meetings(typed_row("c", PL, day=date(2012, 5, 15)), typed_row("c", PL, sentence=2))
    assert sorted(recalled.date) == ["", "2012-05-15"]


def test_phone_calls_and_meetings_are_kept_apart():
    table = meetings(typed_row("c", PL, day=date(2020, 9, 14)),
                     typed_row("c", PL, day=date(2020, 9, 14), kind="phone", sentence=3))
    assert sorted(table.kind) == ["in_person", "phone"]


def test_an_undated_report_fitting_two_meetings_joins_neither_and_says_so():
    table = meetings(typed_row("c", PL, day=date(2020, 9, 12)),
                     typed_row("d", PL, day=date(2020, 9, 16), sentence=1),
                     typed_row("b", PL, sentence=4))  # published 2 September: fits neither
    assert len(table) == 3
    undated = table[table.date == ""].iloc[0]
    assert undated.notes == "undated: kept apart from the meeting(s) of 2020-09-12, 2020-09-16"
    table = meetings(typed_row("c", PL, day=date(2020, 9, 8)),
                     typed_row("a", PL, day=date(2020, 9, 1), sentence=1),
                     typed_row("b", PL, sentence=4))  # published 2 September: fits both
    assert len(table) == 3 and "kept apart" in table[table.date == ""].iloc[0].notes


def test_a_report_of_one_person_fitting_two_meetings_of_other_articles_joins_neither():
    # Putin met someone on the 14th; articles "c" and "d" name two meetings of his that day
    table = meetings(typed_row("c", PL, day=date(2020, 9, 14)),
                     typed_row("d", {"Putin", "Tokayev"}, day=date(2020, 9, 14), sentence=1),
                     typed_row("b", {"Putin"}, day=date(2020, 9, 14), sentence=4))
    assert list(table.n_sources) == [1, 1]  # the lone report is no meeting of its own
    table = meetings(typed_row("c", PL, day=date(2020, 9, 14)),
                     typed_row("b", {"Putin"}, day=date(2020, 9, 14), sentence=4))
    assert list(table.n_sources) == [2]  # one such meeting: it joins


def test_an_undated_report_fitting_one_meeting_joins_it():
    table = meetings(typed_row("c", PL, day=date(2020, 9, 12)), typed_row("d", PL, sentence=4))
    assert len(table) == 1 and table.iloc[0].n_sources == 2 and table.iloc[0].notes == ""


def test_undated_reports_of_articles_of_the_same_days_are_one_meeting():
    # "c" and "d" are of the same day, "a" and "b" two days apart, "a" and "c" two weeks
    assert len(meetings(typed_row("c", PL), typed_row("d", PL, sentence=2))) == 1
    assert len(meetings(typed_row("a", PL), typed_row("b", PL, sentence=2))) == 1
    assert len(meetings(typed_row("a", PL), typed_row("c", PL, sentence=2))) == 2


def test_a_report_naming_the_other_party_by_role_stays_in_its_article():
    lone = {**typed_row("d", {"Putin"}, sentence=3), "role_party": True}
    table = meetings(typed_row("c", PL, day=date(2020, 9, 14)), lone)
    assert sorted(table.participants) == ["Lukashenko; Putin", "Putin"]


def test_calls_of_other_sources_are_not_merged_into_a_bigger_call():
    day = date(2020, 9, 14)
    table = meetings(typed_row("c", {"Putin", "Macron", "Merkel"}, day=day, kind="phone"),
                     typed_row("d", {"Putin", "Macron"}, day=day, kind="phone"),
                     typed_row("d", {"Putin", "Merkel"}, day=day, kind="phone", sentence=2))
    assert sorted(table.participants) == ["Macron; Merkel; Putin", "Macron; Putin",
                                          "Merkel; Putin"]


def test_a_later_sentence_naming_part_of_a_call_joins_it():
    day = date(2020, 9, 14)
    table = meetings(typed_row("c", {"Putin", "Macron", "Merkel"}, day=day, kind="phone"),
                     typed_row("c", {"Putin", "Macron"}, kind="phone", sentence=2))
    assert list(table.participants) == ["Macron; Merkel; Putin"]


def test_one_participant_without_a_visit_is_no_meeting():
    assert meetings(typed_row("c", {"Putin"}, day=date(2020, 9, 14))).empty


def test_a_title_stands_for_the_name_in_brackets_after_it_however_the_parser_hung_it(nlp, finder):
    # the parse spaCy gave a Papers Past sentence of this form: the bracketed name hung on the
    # verb, not on the title it follows
    from spacy.tokens import Doc

    from analysis.extract.events.phrases import PhraseReader

    words = ["Kirk", "rang", "the", "Minister", "for", "Overseas", "Trade", "(", "Mr", "Walding",
             ")", "today", "."]
    doc = Doc(nlp.vocab, words=words,
              spaces=[True] * 7 + [False, True, False, True, False, False],
              heads=[1, 1, 3, 1, 3, 6, 4, 9, 9, 1, 9, 1, 1],
              deps=["nsubj", "ROOT", "det", "dobj", "prep", "compound", "pobj", "punct",
                    "compound", "npadvmod", "punct", "npadvmod", "punct"],
              pos=["PROPN", "VERB", "DET", "PROPN", "ADP", "PROPN", "PROPN", "PUNCT", "PROPN",
                   "PROPN", "PUNCT", "NOUN", "PUNCT"],
              lemmas=[w.lower() if w == "Minister" else w for w in words],
              ents=["B-PERSON", *["O"] * 8, "B-PERSON", "O", "B-DATE", "O"])
    mentions = finder.find(doc, ANCHOR)
    minister = PhraseReader(doc, mentions, doc.text).head_mentions(doc[3])
    assert [mentions[i].text for i in minister] == ["Walding"]


@pytest.mark.parametrize("text, people", [
    (("Prime Minister Ram Thapa and his Indian counterpart Ravi Kumar agreed on Monday to enhance "
     "cooperation in air transport."), {"Ram Thapa", "Ravi Kumar"}),
    (("President Kwame Nkrumah has agreed with President Gamal Abdel Nasser that foreign bases "
     "must go."), {"Kwame Nkrumah", "Gamal Abdel Nasser"}),
    ("Putin and Xi issued a joint statement in Beijing.", {"Vladimir Putin", "Xi Jinping"}),
])
def test_a_stand_taken_together_is_a_meeting_held(typed, text, people):
    row = only(typed(text), "meet")
    assert set(row["sources"] + row["targets"]) == people and row["status"] == "held"


@pytest.mark.parametrize("text", [
    "Gerhard Schroeder and Helmut Kohl began with visits to Paris, pledging to keep the pact.",
    "Ram Thapa agreed to enhance cooperation in air transport.",  # one party
])
def test_a_stand_of_one_or_in_a_participle_is_no_meeting(typed, text):
    assert not [r for r in typed(text) if r["kind"] == "meet"]


def test_a_stand_taken_in_an_article_of_a_call_is_the_call(typed):
    rows = typed("Emomali Rahmon spoke by phone with Shavkat Mirziyoyev on Monday. Rahmon and "
                 "Mirziyoyev agreed to continue joint efforts to support the peace process.")
    assert {r["kind"] for r in rows} == {"phone"}


@pytest.mark.parametrize("text", [
    "Putin gave a state banquet for Lukashenko.",
    "Lukashenko attended a state banquet hosted by Putin.",
])
def test_a_banquet_is_a_meal_with_its_guest(typed, text):
    row = only(typed(text), "meet")
    assert set(row["sources"] + row["targets"]) == {"Vladimir Putin", "Alexander Lukashenko"}


def test_a_verb_after_a_semicolon_shares_the_subject_before_it(typed):
    rows = typed("During the visit, General Secretary To Lam held talks with PM Lawrence Wong; met "
                 "with President Tharman Shanmugaratnam; received Senior Minister Teo Chee Hean.")
    assert {(tuple(r["sources"]), tuple(r["targets"])) for r in rows if r["kind"] != "visit"} == {
        (("To Lam",), ("Lawrence Wong",)), (("To Lam",), ("Tharman Shanmugaratnam",)),
        (("To Lam",), ("Teo Chee Hean",))}
