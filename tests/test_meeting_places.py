"""Where and when a meeting was: the place and date of the clause that states it, a report that
names only the place, the dateline over a venue, and which meeting of an article a report joins.
Sentences written for the tests, on any region."""

from datetime import date

import pytest

from analysis.extract.corpus import load_corpus
from analysis.extract.corpus.published import dateline_end, dateline_place
from analysis.extract.events.meetings import MeetingCandidate, build_meetings
from analysis.extract.gazetteer import city_countries
from analysis.extract.pipeline import extract
from analysis.tables import Extraction

from .helpers import meetings


@pytest.mark.parametrize("text, place", [
    # a place of a purpose clause is not the meeting's
    ("President Bush met Prime Minister Tony Blair to discuss the fighting in Iraq.", ""),
    # nor a place inside another subject
    ("A deployment to Iraq dominated talks between Tony Abbott and John Key.", ""),
    # "of X" after a place noun, not after a person or a title
    ("Ehud Olmert met Mahmoud Abbas in the West Bank town of Jericho.", "Jericho"),
    ("Antonio Guterres met with Prime Minister Abiy Ahmed of Ethiopia.", ""),
    ("Talks between the leaders of Australia and New Zealand, Tony Abbott and John Key, ended.",
     ""),
    ("Tony Abbott met John Key in Wellington.", "Wellington"),
    # a name on a place noun ("Dushanbe city"); "on" an island, not "on" a topic
    ("Sadyr Japarov and Emomali Rahmon are holding a meeting in Dushanbe city.", "Dushanbe"),
    ("Nguyen Van Thieu and Richard Nixon met on Midway Island on June 8, 1969.", "Midway Island"),
    ("Jiang Zemin and Bill Clinton held talks on the Korean Peninsula.", ""),
    ("Olaf Scholz received Emmanuel Macron in the Brandenburg state capital.", ""),
    # a place noun inside a name is no "resort of": the country a person is of says whose
    (("Talks between Paul Kagame and Joseph Kabila of the Democratic Republic of Congo will "
      "take place in Arusha."), "Arusha"),
    ("Talks between Paul Kagame and Joseph Kabila of the Democratic Republic of Congo ended.",
     ""),
    (("Bartholomew Ulufa'alu met his counterpart, Bill Skate, in the Papua New Guinea capital of "
      "Port Moresby."), "Port Moresby"),
    # a place of the event a span runs from
    (("Leonid Brezhnev and Valery Giscard d'Estaing arrived on Sunday for their first meeting "
      "since the Soviet intervention in Afghanistan."), ""),
    # a place inside what the talks were about
    (("Kofi Annan had in-depth discussions with John Kufuor regarding the situation in "
      "Liberia."), ""),
    # a place of a participle that completes the meeting noun
    ("In a meeting held in Doha on Wednesday, Sheikh Sabah briefed Sheikh Tamim.", "Doha"),
    # a place of the scene, after "on the sidelines of"
    ("Moon Jae-in met Shinzo Abe on the sidelines of the summit in Bangkok.", "Bangkok"),
    # a place of the verb the meeting completes
    ("While in Yerevan, Giorgi Kvirikashvili is set to meet Serzh Sargsyan.", "Yerevan"),
    ("In Yerevan, Giorgi Kvirikashvili is due to meet Serzh Sargsyan.", "Yerevan"),
    # a place the sentence opens with sets the scene, but not for what someone reports
    (("In Baghdad, Javier Perez de Cuellar scored points when he was met at the airport by "
      "Tariq Aziz."), "Baghdad"),
    (("In Tokyo, President Moon Jae-in is expected to share details of the summit with Prime "
      "Minister Shinzo Abe."), "Tokyo"),
    ("In Moscow, the Kremlin said Vladimir Putin met Xi Jinping.", ""),
    # where a relative clause says someone of the meeting is staying, not where they were born
    (("Zenko Suzuki, who is in New Zealand at the invitation of the Government, met Brian "
      "Talboys."), "New Zealand"),
    (("Lech Kaczynski met with Viktor Yanukovych, Prime Minister of Ukraine, who is on an "
      "official visit in Poland."), "Poland"),
    ("Vladimir Putin, who was born in Leningrad, met Xi Jinping.", ""),
    # a place of the relative clause that says who held the meeting
    ("Israel protested over the talks that Helmut Kohl held with Yasser Arafat in Vienna.",
     "Vienna"),
    # the city beside the place noun the meeting was at ("the capital, Bogota")
    (("Ernesto Samper and Rafael Caldera held talks on the outskirts of the Venezuelan capital, "
      "Caracas."), "Caracas"),
    # a place the parser reads as naming the day after it ("in Malawi Sunday")
    (("Zambian President Levy Mwanawasa arrived in Malawi Sunday for talks with his host Bingu "
      "wa Mutharika."), "Malawi"),
    # the object of a verb of talking is what is talked of; of a visit, where
    ("Micheal Martin will talk Ukraine with Boris Johnson.", ""),
    ("Tony Blair and Jacques Chirac discussed Iraq.", ""),
    ("Tony Blair will visit Ireland to meet Bertie Ahern.", "Ireland"),
    # a place after a noun of topic is what is talked of, also after a list that holds one
    ("King Fahd met President Hosni Mubarak on Sunday and discussed the situation in Iraq.", ""),
    (("Vladimir Putin and Leonid Kuchma discussed economic cooperation issues, including gas "
      "supplies to Ukraine."), ""),
    (("Narendra Modi held talks with K P Oli, during which a range of issues, including trade "
      "and political situation in Nepal, figured."), ""),
    # not after any other noun of the talks
    ("Vladimir Putin and Alexander Lukashenko discussed the integration process in Sochi.",
     "Sochi"),
])
def test_the_place_is_that_of_the_clause_stating_the_meeting(read, text, place):
    assert meetings(read(text))[0]["place"] == place


@pytest.mark.parametrize("text, place", [
    # a city naming the meeting noun, or the gathering the clause is at
    (("Brian Mulroney directed his anger at George Bush during a hastily scheduled Ottawa "
      "meeting."), "Ottawa"),
    ("Ronald Reagan and Mikhail Gorbachev held the Geneva summit last year.", "Geneva"),
    ("At the Reykjavik summit, Ronald Reagan met Mikhail Gorbachev.", "Reykjavik"),
    # or the venue it is in, unless the venue says where it is; a country names whose venue
    ("Jean Chretien and Bill Clinton met in a small room in a Seattle hotel.", "Seattle"),
    ("Indira Gandhi met Zia ul-Haq at New Delhi airport.", "New Delhi"),
    ("Robert Muldoon had an hourlong meeting in a Melbourne hotel room with Zenko Suzuki.",
     "Melbourne"),
    ("Haitham bin Tariq met Ebrahim Raisi at the Sadabad palace in north Tehran.", "Tehran"),
    ("Vladimir Putin met Recep Tayyip Erdogan at the Turkey embassy.", ""),
    # a place owning the venue, a country too; not one owning another noun
    ("William Ruto met Yoweri Museveni in Uganda's State House.", "Uganda"),
    ("William Ruto met Yoweri Museveni at Uganda's request.", ""),
    # a place the clause names wins; a country, two sides or a name ending in the noun is none
    ("Ronald Reagan and Mikhail Gorbachev held the Geneva summit in Moscow.", "Moscow"),
    ("The Iran talks between John Kerry and Mohammad Javad Zarif went well.", ""),
    ("The Ottawa-Washington talks between Brian Mulroney and Ronald Reagan went well.", ""),
    ("The Russia–Belarus summit between Vladimir Putin and Alexander Lukashenko went well.", ""),
])
def test_a_city_naming_the_meeting_is_its_place(read, text, place):
    assert meetings(read(text))[0]["place"] == place


@pytest.mark.parametrize("text, place", [
    # the place of the journey the meeting is the purpose of, not of another event's noun
    (("Ranil Wickremesinghe will visit New Delhi to meet Atal Bihari Vajpayee ahead of the peace "
      "talks in Thailand."), "New Delhi"),
    # a place of the meeting's own clause, even where the parser hangs it on the person met
    ("Narendra Modi flew to Delhi and met Xi Jinping in Mumbai.", "Mumbai"),
])
def test_a_journey_places_the_meeting_it_is_for(read, text, place):
    rows = [row for row in meetings(read(text)) if len(row["people"]) == 2]
    assert [row["place"] for row in rows] == [place]


def test_a_date_of_a_relative_clause_on_another_noun_is_not_the_meetings(read):
    rows = meetings(read("Ehud Olmert hosted Mahmoud Abbas, whose faction lost control of Gaza "
                         "in June, at his official residence."))
    assert rows[0]["people"] == {"Ehud Olmert", "Mahmoud Abbas"} and rows[0]["date"] is None


def test_they_stand_for_the_pair_of_the_previous_meeting(read):
    rows = meetings(read("Ehud Olmert hosted Mahmoud Abbas at his residence on Tuesday. They "
                         "last met three weeks ago in the West Bank town of Jericho."))
    assert rows[1]["people"] == {"Ehud Olmert", "Mahmoud Abbas"}
    assert rows[1]["place"] == "Jericho" and rows[1]["date"] == "2019-W22"  # "three weeks ago": that week


@pytest.mark.parametrize("text, kept", [
    ("The meeting took place in the German city of Bonn.", True),
    # a city beside the venue the meeting was at
    ("The meeting took place at the State House, Abuja.", True),
    ("The talks took place in the official residence at the State House, Abuja.", True),
    ("The talk included a discussion about liberty in the United States.", False),
])
def test_a_meeting_that_names_only_its_place_is_kept_for_the_meetings_around_it(read, text,
                                                                                 kept):
    rows = meetings(read(text))
    assert bool(rows and rows[0]["people"] == set() and rows[0]["place"]) == kept


@pytest.mark.parametrize("text, people", [
    # the speaker of a quote about others does not take part
    ('"There will be talks with President Emmanuel Macron," Dmitry Peskov told reporters.',
     {"Emmanuel Macron"}),
    # one who speaks of "we" does
    ('"We had talks with President Emmanuel Macron," Olaf Scholz said.',
     {"Olaf Scholz", "Emmanuel Macron"}),
])
def test_the_reporter_of_a_quote_is_no_participant_unless_the_quote_speaks_of_him(read, text,
                                                                                    people):
    assert meetings(read(text))[0]["people"] == people


def meetings_of(tmp_path, texts: dict[str, str], published: str) -> list[dict]:
    """The meetings table of articles written to a folder, all published on `published`."""
    return extraction_of(tmp_path, texts, published).meetings.to_dict("records")


def extraction_of(tmp_path, texts: dict[str, str], published: str) -> Extraction:
    """The extraction of articles written to a folder, all published on `published`."""
    folder = tmp_path / "corpus"
    folder.mkdir()
    for name, text in texts.items():
        (folder / f"{name}.txt").write_text(text, "utf-8")
    (folder / "metadata.csv").write_text(
        "article_id,outlet,url,published\n"
        + "".join(f"{name},Test,https://example.org/{name},{published}\n" for name in texts),
        "utf-8")
    return extract(load_corpus(folder), cache_dir=tmp_path / "cache")


def test_a_report_naming_only_the_place_places_the_meeting_beside_it(tmp_path):
    rows = meetings_of(tmp_path, {"bonn": (
        "U.S., China ministers meet\n\n"
        "Rex Tillerson and Wang Yi on Friday held their first direct talks.\n\n"
        "The meeting took place in the German city of Bonn on the sidelines of a gathering.\n")},
        "2017-02-17")
    assert [(r["participants"], r["place"]) for r in rows] == [("Rex Tillerson; Wang Yi", "Bonn")]


@pytest.mark.parametrize("second, place", [
    # the talks of the day the report beside gives, days before publication: its place
    ("The talks between Murray McCully and Foreign Minister Inoke Kubuabola focused on trade.",
     "Auckland"),
    # a meeting of another day is another occasion
    ("Murray McCully met Foreign Minister Inoke Kubuabola on Thursday.", ""),
])
def test_a_report_naming_only_the_place_places_the_meeting_of_its_day_whenever(tmp_path, second,
                                                                              place):
    rows = meetings_of(tmp_path, {"auckland": (
        "Pacific news\n\n"
        "The foreign ministers of Fiji and New Zealand met in Auckland on Saturday to discuss "
        f"relations. {second}\n")}, "2015-05-18")
    assert [r["place"] for r in rows] == [place]


@pytest.mark.parametrize("headline, place", [
    ("Shevardnadze in Beijing to Plan Summit", "Beijing"),
    ("Burg Goes to Washington for Talks", "Washington"),
    # a trip planned is not where the story is
    ("Shevardnadze plans a trip to Beijing", ""),
])
def test_the_place_a_headline_puts_the_story_in_places_a_meeting_of_the_day(tmp_path, headline,
                                                                           place):
    rows = meetings_of(tmp_path, {"story": (
        f"{headline}\n\nEduard Shevardnadze held talks with Qian Qichen on Thursday.\n")},
        "1989-02-03")
    assert [r["place"] for r in rows] == [place]


def test_a_meeting_takes_the_place_its_people_arrived_at_later_that_day(tmp_path):
    rows = meetings_of(tmp_path, {"summit": (
        "Leaders meet as summit begins\n\n"
        "Stephen Harper and George W. Bush met privately Monday afternoon.\n\n"
        "Details of the discussion were not released.\n\n"
        "Harper and Bush arrived Monday afternoon at a hotel in the resort town of Montebello.\n\n"
        "On Wednesday Bush will visit Ottawa.\n")}, "2007-08-20")
    places = {r["participants"]: r["place"] for r in rows if r["status"] == "held"}
    assert places == {"George W. Bush; Stephen Harper": "Montebello"}


def test_a_journey_of_one_of_its_people_elsewhere_that_day_is_no_report_of_the_meeting():
    day = date(2023, 6, 7)

    def report(article: str, people: set[str], kind: str, place: str) -> MeetingCandidate:
        return MeetingCandidate(
            article_id=article, sentence_id=0, participants=frozenset(people),
            meeting_kind="in_person", kind=kind, date=day.isoformat(), date_text="Wednesday",
            date_precision="day", date_start=day, date_end=day, place=place, status="held",
            cameo="040", evidence=article)

    # "Blinken met Mohammed bin Salman in Riyadh on Wednesday and then flew to Cairo", twice
    reports = [report("a", {"Blinken", "Mohammed bin Salman"}, "meet", "Riyadh"),
               report("a", {"Blinken"}, "visit", "Cairo"), report("b", {"Blinken"}, "visit",
                                                                    "Cairo")]
    found = build_meetings(reports, {"a": day, "b": day}, {"Riyadh": "Saudi Arabia",
                                                          "Cairo": "Egypt"})
    assert list(zip(found["participants"], found["place"])) == [
        ("Blinken; Mohammed bin Salman", "Riyadh")]


def test_a_visit_on_another_day_after_the_meeting_does_not_place_it(tmp_path):
    rows = meetings_of(tmp_path, {"later": (
        "Leaders meet\n\n"
        "Stephen Harper and George W. Bush met privately on Monday.\n\n"
        "On Tuesday Harper and Bush visited Montebello.\n")}, "2007-08-21")
    held = [r for r in rows if r["participants"] == "George W. Bush; Stephen Harper"
            and r["date"] == "2007-08-20"]
    assert held and held[0]["place"] == ""


def test_a_visit_to_the_datelines_country_places_its_meetings_in_the_dateline_city(tmp_path):
    rows = meetings_of(tmp_path, {"tour": (
        "Leaders meet\n\n"
        "NEW DELHI, July 20 -- Mahinda Rajapaksa arrived in India on Sunday.\n\n"
        "On Monday, Mahinda Rajapaksa met Natwar Singh.\n")}, "2004-07-20")
    places = {r["participants"]: r["place"] for r in rows if ";" in r["participants"]}
    assert places == {"Mahinda Rajapaksa; Natwar Singh": "New Delhi"}
    # a dateline in an older spelling of a city the registry knows
    (tmp_path / "old").mkdir()
    rows = meetings_of(tmp_path / "old", {"dacca": (
        "Friendship\n\n"
        "DACCA: Zulfikar Ali Bhutto has described his visit to Bangladesh as a journey of "
        "friendship, and said his talks with Sheikh Mujibur Rahman were cordial.\n")},
        "1974-06-29")
    assert [r["place"] for r in rows if ";" in r["participants"]] == ["Dhaka"]


def test_a_city_alone_on_a_line_under_the_headline_is_the_dateline(tmp_path):
    # the cleaner removes the short line; it still places the meeting of the day before; a
    # country alone on a line may be a page's section, no dateline
    rows = meetings_of(tmp_path, {"talks": (
        "Muzorewa sees Carter\n\nNZPA-Reuter\n\nWashington\n\n"
        "Abel Muzorewa met Cyrus Vance yesterday.\n"), "section": (
        "Leaders meet\n\nZimbabwe\n\nRobert Mugabe met Kenneth Kaunda yesterday.\n")},
        "1979-07-12")
    places = {r["participants"]: r["place"] for r in rows}
    assert places["Abel Muzorewa; Cyrus Vance"] == "Washington"
    assert places["Kenneth Kaunda; Robert Mugabe"] == ""


@pytest.mark.parametrize("line, place", [
    ("TBILISI", "Tbilisi"),  # in capitals
    ("BANGKOK, THAILAND", "Bangkok"),  # with its country
    ("NZPA-AAP Suva", "Suva"),  # after an agency
    ("Press Trust of India New Delhi", "New Delhi"),
    # labelled in an archive's record
    ("- Date: 22nd September 1979\n- Location: NEW DELHI, INDIA\n- Country: India", "New Delhi"),
])
def test_a_city_alone_on_a_line_is_the_dateline_in_any_form(tmp_path, line, place):
    rows = meetings_of(tmp_path, {"talks": (
        f"Leaders hold talks\n\nBy Tengiz Pachkoria\n\n{line}\n\n"
        "Abel Muzorewa met Cyrus Vance yesterday.\n")}, "1979-07-12")
    assert [r["place"] for r in rows] == [place]


def test_a_meeting_at_a_venue_takes_the_one_city_named_beside_it(tmp_path):
    rows = meetings_of(tmp_path, {"dinner": (
        "Leaders dine\n\n"
        "Justin Trudeau held talks with Enrique Pena Nieto at Rideau Hall on Tuesday. The "
        "residence of the Governor General is in Ottawa.\n\n"
        "Vladimir Putin held talks with Alexander Lukashenko at the Kremlin on Tuesday. "
        "Lukashenko then flew back to Minsk.\n\n"
        "George W. Bush held talks with Tony Blair at Camp David on Tuesday. The retreat lies "
        "outside Washington.\n")}, "2016-06-29")
    places = {r["participants"]: r["place"] for r in rows if ";" in r["participants"]}
    # a seat keeps its own city, and a place that is no building its own name, whatever city
    # is named beside them
    assert places == {"Enrique Peña Nieto; Justin Trudeau": "Ottawa",
                      "Alexander Lukashenko; Vladimir Putin": "Moscow",
                      "George W. Bush; Tony Blair": "Camp David"}


@pytest.mark.parametrize("venue, city", [
    ("Hyderabad House", "New Delhi"), ("Baluwatar", "Kathmandu"), ("Aso Rock", "Abuja"),
    ("the Great Hall of the People", "Beijing"), ("the Union Buildings", "Pretoria"),
    ("the U.S. Capitol", "Washington"), ("the Akorda", "Astana"),
    ("Narayanhity Royal Palace", "Kathmandu"), ("Baabda Palace", "Beirut"),
])
def test_a_meeting_at_a_palace_or_residence_of_government_is_in_its_city(tmp_path, venue, city):
    rows = meetings_of(tmp_path, {"talks": (
        f"Leaders meet\n\nNarendra Modi held talks with Pushpa Kamal Dahal at {venue} on "
        "Thursday.\n")}, "2023-06-02")
    assert [r["place"] for r in rows] == [city]


def test_a_building_named_with_its_city_once_is_in_that_city_wherever_named_again(tmp_path):
    rows = meetings_of(tmp_path, {"villa": (
        "Leaders meet\n\n"
        "Bola Tinubu on Thursday received John Mahama at his residence in the State House, "
        "Abuja.\n\n"
        "Trade was discussed. Ghana and Nigeria are neighbours in West Africa. Both economies "
        "have grown. Exports rose. Imports fell.\n\n"
        "Mahama paid a courtesy visit to Tinubu at the State House on December 17, 2024.\n\n"
        "Tinubu met Nana Akufo-Addo at the Government Lodge on July 3, 2023.\n")}, "2025-03-27")
    places = {r["date"]: r["place"] for r in rows if ";" in r["participants"]}
    # a building no sentence names with a city places nothing, not even under its own name
    assert places == {"2025-03-27": "Abuja", "2024-12-17": "Abuja", "2023-07-03": ""}


def test_a_meeting_in_the_week_after_its_people_arrived_takes_the_visits_place(tmp_path):
    rows = meetings_of(tmp_path, {"tour": (
        "Leaders meet\n\n"
        "Prabowo Subianto arrived in Beijing on March 30.\n\n"
        "On April 1, Prabowo Subianto met Xi Jinping.\n\n"
        "On April 12, Prabowo Subianto met Li Qiang.\n")}, "2024-04-14")
    places = {r["participants"]: (r["date"], r["place"]) for r in rows if ";" in r["participants"]}
    # two days after the arrival, 13 before the article: the visit's place; one held past the
    # week of the visit is placed nowhere
    assert places == {"Prabowo Subianto; Xi Jinping": ("2024-04-01", "Beijing"),
                      "Li Qiang; Prabowo Subianto": ("2024-04-12", "")}


def test_the_city_of_a_settlement_noun_is_a_place_whatever_the_tagger_says(read):
    rows = read("President Jacques Chirac and Chancellor Helmut Kohl will begin the Franco-German "
                "summit meeting later this afternoon in the Provencal city of Avignon.")
    assert meetings(rows)[0]["place"] == "Avignon"


@pytest.mark.parametrize("text, place", [
    # left untagged
    (("Gyula Horn and Vladimir Meciar are to hold their talks in the western Hungarian town of "
      "Gyor on Friday."), "Gyor"),
    # tagged a nationality, and a product
    ("Boris Yeltsin and Leonid Kravchuk met in the Crimean port city of Sevastopol on Friday.",
     "Sevastopol"),
    (("Angela Merkel, Francois Hollande and Matteo Renzi met Monday on the Italian island of "
      "Ventotene."), "Ventotene"),
])
def test_a_name_the_tagger_left_out_after_a_settlement_noun_is_a_place(read, text, place):
    assert meetings(read(text))[0]["place"] == place


@pytest.mark.parametrize("name", ["Sharm El Sheikh", "Sharm el-Sheikh"])
def test_a_title_after_a_family_name_particle_ends_a_places_name_not_an_office(read, name):
    rows = read(f"Ehud Olmert will meet with Egyptian President Hosni Mubarak in {name} next "
                "week.")
    assert meetings(rows)[0]["place"] == name


def test_where_a_welcome_goes_is_a_place_and_no_participant_whatever_the_tagger_says(read):
    # the tagger reads "Glasgow" as a person; "they" then took it for one of two people
    rows = read("The Prime Minister also looked forward to welcoming President Macron to "
                "Glasgow in November for COP26, and they discussed the importance of increased "
                "international action.")
    assert [(r["people"], r["place"]) for r in meetings(rows)] == [({"Emmanuel Macron"},
                                                                     "Glasgow")]


def test_a_name_right_after_a_verbs_in_is_a_place_whatever_the_tagger_says(read):
    # the tagger reads "Langkawi" as a person
    rows = read("Anwar Ibrahim is scheduled to meet former Thai Prime Minister Thaksin "
                "Shinawatra in Langkawi on Thursday.")
    assert [(r["people"], r["place"]) for r in meetings(rows)] == [
        ({"Anwar Ibrahim", "Thaksin Shinawatra"}, "Langkawi")]


@pytest.mark.parametrize("text, place", [
    ("Mobutu left Kinshasa this morning in his personal aircraft, bound for Pointe Noire.",
     "Pointe Noire"),
    ("Mandela flew out of Waterkloof Air Force base en route to Pointe Noire in the Congo.",
     "Pointe Noire"),
    (("Prime Minister Dahal and RSP Chairman Rabi Lamichhane also held talks today at "
      "Gokarna Resort, in Kathmandu."), "Gokarna Resort"),
    (("Sheikh Mohamed bin Zayed held talks today with Narendra Modi at Qasr al-Watan, in Abu "
      "Dhabi."), "Qasr al-Watan"),
    # a town followed by its country, tagged a person
    ("The foreign ministers gathered for a retreat in Labuan Bajo, Indonesia, last month.",
     "Labuan Bajo"),
    # after "in the" on a verb, and after "in" on a person named or titled
    ("The leaders met in Bermuda on Monday.", "Bermuda"),
    ("Nixon would confer with Pompidou in the Azores on December 13.", "Azores"),
    (("Nixon would confer with President Georges Pompidou of France in the Azores on December "
      "13 and 14, and with the British Prime Minister (Mr Edward Heath) in Bermuda on December "
      "20."), "Bermuda"),
])
def test_where_a_journey_goes_or_a_meeting_is_is_a_place_whatever_the_tagger_says(finder, nlp,
                                                                                  text, place):
    found = {m.text: m.type for m in finder.find(nlp(text), date(1997, 5, 2))}
    assert found[place] == "place"


def test_a_second_with_the_parser_joined_to_the_verb_is_a_meeting_of_its_own(tmp_path):
    rows = meetings_of(tmp_path, {"azores": (
        "Summits planned\n\nThe White House announced earlier this week that President Nixon "
        "would confer with President Georges Pompidou of France in the Azores on December 13 and "
        "14, and with the British Prime Minister (Mr Edward Heath) in Bermuda on December 20.\n")},
        "1971-12-01")
    assert sorted((r["participants"], r["date"], r["place"]) for r in rows) == [
        ("Edward Heath; Richard Nixon", "1971-12-20", "Bermuda"),
        ("Georges Pompidou; Richard Nixon", "1971-12-13", "Azores")]


def test_a_person_after_in_on_a_noun_stays_a_person(finder, nlp):
    found = {m.text: m.type for m in finder.find(nlp("He expressed confidence in Putin."),
                                                 date(2015, 5, 2))}
    assert found == {"Putin": "person"}


def test_the_dateline_city_wins_over_a_venue(tmp_path):
    rows = meetings_of(tmp_path, {"oval": (
        "Leaders agree on a hotline\n\n"
        "WASHINGTON -- Bill Clinton and Jiang Zemin met in the Yellow Oval Room on Tuesday "
        "night.\n")}, "1997-10-29")
    assert rows[0]["place"] == "Washington"


def test_a_report_joins_the_nearest_meeting_of_its_article(tmp_path):
    rows = meetings_of(tmp_path, {"tour": (
        "Prabowo Subianto tours Asia\n\n"
        "Prabowo Subianto met Chinese President Xi Jinping on Monday.\n\n"
        "Prabowo Subianto then flew to Japan, where he held talks with Prime Minister Fumio "
        "Kishida.\n")},
        "2024-04-05")
    places = {r["participants"]: r["place"] for r in rows}
    assert places["Prabowo Subianto; Xi Jinping"] == ""
    assert places["Fumio Kishida; Prabowo Subianto"] == "Japan"


@pytest.mark.parametrize("line, place", [
    ("BONN, Germany, Feb. 17, Kyodo", "Bonn"),
    ("MERIDA, Mexico (AP) President Clinton said America's leaders", "Merida"),
    ("CLINTON MEETS WITH ZEDILLO", ""),
    ("AP Kuala Lumpur", "Kuala Lumpur"),
    ("Reuters, Nairobi", "Nairobi"),
    ("AP - Putin said", ""),
    ("TOKYO, Oct. 7 Kyodo South Korean President Kim Dae Jung invited", "Tokyo"),
    # the agency's name and a full stop after the date
    ("TBILISI, DECEMBER 25, ARMENPRESS. The meeting of the two presidents", "Tbilisi"),
    ("PUBLISHED WEDNESDAY, MAY 24, 1978", ""),
    ("Agra, July 15:", "Agra"),
    ("Agra, July 15: The summit", "Agra"),
    ("Agra, July 15:30 in the morning", ""),
    ("OTTAWA (AP) _ President Reagan was prodded", "Ottawa"),
    ("London (Reuters) - The prime minister said", "London"),
    ("Astana. (Interfax) - A Wednesday one-on-one meeting", "Astana"),
    ("Vladimir Putin (left) - greets a guest", ""),
    ("LIMA.- The President of Chile met her Bolivian counterpart", "Lima"),
    # a dash against the text, after the date
    ("LONDON OCT. 29.–Mrs. Gandhi arrived here by air today", "London"),
    ("NEW DELHI, Monday, Aug. 9 —The Soviet Union and India signed", "New Delhi"),
    ("ABC–Def is a word", ""),
    # a headline in capitals before a dash
    ("VISIT TO INDONESIA, SINGAPORE AND MALAYSIA - JOINT COMMITTEE", ""),
    ("PORT OF SPAIN, Trinidad (AP) - The minister said", "Port Of Spain"),
    ("JAKARTA ~ Former prime minister Lee Kuan Yew paid a visit", "Jakarta"),
    # a title-case place and its agency alone on a line, the dash ending it
    ("Cairo (AFP) –", "Cairo"),
    # the paper's name and date in brackets and a triple dash against the text
    ("PORT MORESBY, Papua New Guinea (October 11, 1999 The National)---Australian Prime",
     "Port Moresby"),
    # an agency credit in brackets before the place; a full stop after the day
    ("(N.Z.P.A.-Reuter —Copyright) LONDON, December 1. The West German chancellor",
     "London"),
    # two credits in brackets; a line of its own ending in a full stop after the day
    ("(N.Z. Press Association—Copyright) (Rec. 8 p.m.) MOSCOW. June 4. The President",
     "Moscow"),
    ("(N.Z.P.A.-Reuter—Copyright) CAIRO, Feb. 20.", "Cairo"),
    # a credit whose closing bracket the scan lost, before a place and its date
    ("(N Z.P A. Reuter —Copyright? MOSCOW, June 21. President de Gaulle began", "Moscow"),
    ("(N.Z. Press TOKYO, June 12. President Nixon's adviser said", "Tokyo"),
    ("(A note on THE TALKS, June 12 meeting", ""),
    ("(Reuters) Putin said", ""),
    ("MOSCOW, December. The year ends", ""),
    # an agency's credit in braces or square brackets
    ("CAIRO, Egypt {AP} — Israeli Foreign Minister Shimon Peres held", "Cairo"),
    ("AMMAN [MENL] -- Jordan's King Abdullah held talks", "Amman"),
    # an agency's name in capitals after the place is no part of it
    ("ASTANA. KAZINFORM - Head of State Nursultan Nazarbayev has met", "Astana"),
    ("ASTANA. KAZINFORM President of Kazakhstan Kassym-Jomart Tokayev", "Astana"),
    # a cable's label is no place
    ("REFS: (A) TEL AVIV 11023, (B) CAIRO 22940", ""),
    # an agency's own name is no place after the agency
    ("ITAR-TASS News Agency", ""),
    ("Xinhua News Service", ""),
    # a weekday before the date is no place
    ("Tuesday, May 24, 2005", ""),
    # an agency's name, a photo credit or a byline is no place
    ("NZPA-Reuter", ""),
    ("Reuters Staff", ""),
    ("Associated Press Writer", ""),
    ("AFP/Getty Images", ""),
    ("Xinhua, September 14, 2015", ""),
    # a speaker's label in a transcript is no place
    ("SENIOR ADMINISTRATION OFFICIAL: Let me give you a quick review", ""),
    ("PRESIDENT CARTER: I would like to say to the press", ""),
    ("THE PRIME MINISTER: Thank you", ""),
    ("MODERATOR: Next question", ""),
    # a place whose first word is a rank or a royal title is one
    ("GENERAL SANTOS CITY, Philippines - President Ramos met", "General Santos City"),
    # a dateline whose dash the page lost: the sentence follows its day
    ("KEY WEST, Fla., April 3 Secretary of State Colin L. Powell opened peace talks", "Key West"),
    ("THE TALKS IN APRIL 3 Sessions", ""),
])
def test_more_dateline_forms(line, place):
    assert dateline_place(["A headline", line]) == place


@pytest.mark.parametrize("line, place", [
    ("New Delhi: Bhutan's king met Prime Minister Narendra Modi.", "New Delhi"),
    ("Santo Domingo : Foreign ministers of the Rio Group started their summit.", "Santo Domingo"),
    # a label, a speaker, a region or a country before a colon is no dateline
    ("Photo: Reuters", ""),
    ("Tony Blair: Thank you very much.", ""),
    ("Central Asia: Leaders meet in Almaty.", ""),
    ("Kenya: Odinga meets Moi.", ""),
    # before a dash, or alone on its line with its country or region
    ("Harare - Zimbabwean President Robert Mugabe and Prime Minister", "Harare"),
    ("Addis Ababa — President Muhammadu Buhari and former president", "Addis Ababa"),
    ("Muscat-SANA The Minister of Foreign Affairs arrived", "Muscat"),
    ("Suva, Fiji", "Suva"),
    ("Ottawa, Ontario", "Ottawa"),
    ("Kathmandu", "Kathmandu"),
    # a word joined by a hyphen, a name before a dash, a country alone are no dateline
    ("Paris-based analysts said the talks failed", ""),
    ("Putin - a friend of the West?", ""),
    ("Kenya", ""),
    # a place in title case and its date, accented, with its country, or glued to its day
    ("San Cristóbal, 29 July 2022 (TDI): The Foreign Minister", "San Cristóbal"),
    ("New Delhi, Aug.16 (ANI): A six-member Maldivian delegation", "New Delhi"),
    ("Levoca, Slovakia; 23 January 1998 (RFE/RL) -- Hungary's President", "Levoca"),
    ("Singapore, Nov. 7, 2015, — At 3 PM local time, Xi Jinping", "Singapore"),
    # the day before the month, the agency's bracket closed by a full stop
    ("Baku, 24 February (AzerTAc). Azerbaijan`s Foreign Minister", "Baku"),
    ("Tirana, 21 May: The president of Albania, Alfred Moisiu, and", "Tirana"),
    # a weekday is no country after the place
    ("Dateline New Delhi, Wednesday, June 7, 2006", ""),
    # a known city after an agency's name, whatever stands between and after
    ("NZPA-Reuter - - — Seoul President Jimmy Carter has told", "Seoul"),
    ("NZPA staff correspondent Canberra The Australian Treasurer", "Canberra"),
    ("NZPA Staff Correspondent Buenos Aires Argentina has been urged", "Buenos Aires"),
    ("NZPA-Reuter Peking] China laid on a massive welcome", "Peking"),
    ("NZPA-Reuter Despite the talks, nothing changed", ""),
])
def test_a_city_in_title_case_before_a_colon_is_a_dateline(finder, line, place):
    assert dateline_place(["A headline", line], finder.is_city) == place


def test_a_dateline_the_tagger_took_for_a_person_is_no_participant(tmp_path):
    rows = meetings_of(tmp_path, {"visit": (
        "Lee visits Suharto\n\n"
        "JAKARTA ~ Former Singaporean prime minister Lee Kuan Yew paid a brief visit to "
        "ex-president Suharto on Thursday.\n\n"
        "Neither of the former leaders made any comment after their meeting at Suharto's "
        "residence in Jakarta.\n")}, "2007-07-27")
    assert [(r["participants"], r["place"]) for r in rows] == [("Lee Kuan Yew; Suharto",
                                                                 "Jakarta")]


def test_a_word_only_a_headline_gives_as_a_name_is_no_participant(tmp_path):
    rows = meetings_of(tmp_path, {"visit": (
        "Aquino, Opponents Meet Visiting Shultz\n\n"
        "MANILA (AP) _ Secretary of State George Shultz met President Corazon Aquino on Friday "
        "and later saw leaders of the opposition.\n")}, "1986-05-09")
    assert {r["participants"] for r in rows} == {"Corazon Aquino; George Shultz"}


def test_an_organisation_a_meeting_is_of_is_no_one_met(tmp_path):
    """A forum with a party named by role alone is no meeting; a body beside a person takes
    part."""
    rows = meetings_of(tmp_path, {"forum": (
        "The presidents talked last week during a meeting of the Interstate Council in Almaty. "
        "Vladimir Putin met a Hamas delegation in Moscow on Monday.\n")}, "1996-05-09")
    assert {r["participants"] for r in rows} == {"Hamas; Vladimir Putin"}


def test_a_meeting_during_a_visit_takes_the_visits_date_and_place(read):
    rows = read("On 16 June 2005, Aleksander Kwasniewski paid a one-day visit to Kiev. During the "
                "visit, Aleksander Kwasniewski met Viktor Yushchenko.", anchor=date(2005, 6, 17))
    meeting = meetings(rows)[0]
    assert meeting["people"] == {"Aleksander Kwaśniewski", "Viktor Yushchenko"}
    assert (meeting["date"], meeting["place"]) == ("2005-06-16", "Kyiv")


def test_a_meeting_during_a_stay_takes_the_place_of_the_last_visit_naming_one(read):
    # the visit a quote speaks of names no place: the one before it does
    rows = read("Natwar Singh will visit Bangladesh at the weekend, the ministry said. Spokesman "
                "Navtej Sarna said: \"I think his visit is very important.\" During his stay, "
                "Natwar Singh would call on Prime Minister Khaleda Zia.")
    assert [r["place"] for r in meetings(rows) if "Khaleda Zia" in r["people"]] == ["Bangladesh"]


@pytest.mark.parametrize("text, status, day, place", [
    ("Vladimir Putin arrived in Minsk on Monday and held talks with Alexander Lukashenko.",
     "held", "2019-06-17", "Minsk"),
    (("Nouri al-Maliki is scheduled to arrive in Tehran on Sunday and hold talks with Mahmoud "
      "Ahmadinejad."), "planned", "2019-06-23", "Tehran"),
    # a clause of its own keeps its own date and place
    (("Vladimir Putin arrived in Minsk on Monday and will meet Alexander Lukashenko in Brest on "
      "Friday."), "planned", "2019-06-21", "Brest"),
])
def test_a_meeting_joined_to_a_journey_takes_its_date_place_and_plan(read, text, status, day,
                                                                      place):
    meeting = meetings(read(text))[0]
    assert (meeting["status"], meeting["date"], meeting["place"]) == (status, day, place)


def test_a_date_that_resolves_wins_over_a_nearer_one_that_does_not(read):
    rows = read("On 16 June 2005, Aleksander Kwasniewski paid a one-day visit to Kiev.",
                anchor=date(2005, 6, 17))
    assert rows[0]["kind"] == "visit" and rows[0]["date"] == "2005-06-16"


def test_a_meeting_that_names_nobody_dates_the_meeting_beside_it(tmp_path):
    rows = meetings_of(tmp_path, {"touquet": (
        "Chirac and Blair agree to disagree\n\n"
        "Tony Blair rolled into the French seaside town of Le Touquet for a summit with Jacques "
        "Chirac. Agreements were swiftly stitched up during the mini-summit, on Tuesday, on "
        "immigration.\n")}, "2003-02-05")
    assert [(r["participants"], r["date"]) for r in rows] == [
        ("Jacques Chirac; Tony Blair", "2003-02-04")]


def test_the_dateline_places_only_a_meeting_of_the_day_before_or_of_the_day(tmp_path):
    rows = meetings_of(tmp_path, {"tour": (
        "Leaders meet\n\n"
        "AP Kuala Lumpur\n\n"
        "Prabowo Subianto met Xi Jinping on Monday. Prabowo Subianto held talks with Anwar "
        "Ibrahim on Thursday.\n")}, "2024-04-04")
    places = {r["participants"]: r["place"] for r in rows}
    assert places == {"Prabowo Subianto; Xi Jinping": "",
                      "Anwar Ibrahim; Prabowo Subianto": "Kuala Lumpur"}


@pytest.mark.parametrize("sentence, place", [
    # "here" on a time or a journey of the verb, or on where its subject is staying
    ("In his two days here last month, Rifai met Foreign Secretary Michael Stewart.", "London"),
    ("Rifai, who arrived here last month, met Foreign Secretary Michael Stewart on June 3.",
     "London"),
    # not on another noun of the verb
    ("Rifai met Foreign Secretary Michael Stewart on June 3 at a news conference here.", ""),
])
def test_here_on_the_time_or_stay_of_a_meeting_places_it_at_the_dateline(tmp_path, sentence,
                                                                          place):
    rows = meetings_of(tmp_path, {"here": f"Talks\n\nLONDON, July 9 — {sentence}\n"},
                       "1968-07-09")
    assert [r["place"] for r in rows] == [place]


@pytest.mark.parametrize("text, dates", [
    ("Vladimir Putin and Alexander Lukashenko held phone calls on August 19 and 20.",
     ["2019-08-19", "2019-08-20"]),
    ("Vladimir Putin spoke by phone with Emmanuel Macron on 21 and 22 August.",
     ["2019-08-21", "2019-08-22"]),
    ("Vladimir Putin and Angela Merkel held meetings on August 23 and August 24.",
     ["2019-08-23", "2019-08-24"]),
    # talks over two days are one meeting, dated by its first day
    ("Vladimir Putin and Angela Merkel held talks on August 23 and 24.", ["2019-08-23"]),
    # days apart are a meeting each, whatever the verb
    ("Ilham Aliyev and Nikol Pashinyan met in Brussels on December 14, 2018 and April 6, 2019.",
     ["2018-12-14", "2019-04-06"]),
    # a number after "and" that is no day
    ("Vladimir Putin met Angela Merkel on August 23 and 20 people protested.", ["2019-08-23"]),
])
def test_several_calls_on_several_days_are_one_meeting_each(read, text, dates):
    assert [r["date"] for r in meetings(read(text, anchor=date(2019, 8, 30)))] == dates


@pytest.mark.parametrize("text, place", [
    # beside a venue: the city
    ("Uhuru Kenyatta received John Magufuli at State House, Nairobi.", "Nairobi"),
    # a demonym says whose, not where
    ("Keir Starmer met Wolfgang Schmidt at the German embassy.", ""),
    # a seat of government is where it stands (the registry's `seat`)
    ("Keir Starmer met Wolfgang Schmidt at the German Chancellery.", "German Chancellery"),
    ("Boris Yeltsin held a Kremlin summit on July 26 with Lennart Meri.", "Kremlin"),
    # a direct object of a verb of the relative clause is no place
    ("Tony Blair had a private meeting with Lionel Jospin where they discussed Europe.", ""),
])
def test_more_places_of_the_clause(read, text, place):
    assert meetings(read(text))[0]["place"] == place


@pytest.mark.parametrize("text", [
    "Keir Starmer arrived at the Chancellery on Thursday to meet Wolfgang Schmidt.",
    "Keir Starmer landed in Berlin on Thursday evening to meet Wolfgang Schmidt.",
    "Keir Starmer headed to Berlin on Thursday to meet Wolfgang Schmidt.",
    "Keir Starmer went to Berlin on Thursday to meet Wolfgang Schmidt.",
])
def test_the_purpose_of_a_journey_takes_the_journeys_date(read, text):
    rows = meetings(read(text))
    assert rows[0]["people"] == {"Keir Starmer", "Wolfgang Schmidt"}
    assert rows[0]["date"] == "2019-06-20"


@pytest.mark.parametrize("text, status, place", [
    ("Keir Starmer travelled to Berlin to meet Olaf Scholz.", "held", "Berlin"),
    ("Keir Starmer will fly to Berlin next week to hold talks with Olaf Scholz.", "planned",
     "Berlin"),
    # being somewhere for a meeting
    ("Keir Starmer was in Berlin, Germany, to meet with Olaf Scholz.", "held", "Berlin"),
    # a clause of its own keeps its own place
    ("Keir Starmer travelled to Berlin to meet Olaf Scholz in Potsdam.", "held", "Potsdam"),
])
def test_the_purpose_of_a_journey_takes_the_journeys_place(read, text, status, place):
    meeting = meetings(read(text))[0]
    assert meeting["people"] == {"Keir Starmer", "Olaf Scholz"}
    assert (meeting["status"], meeting["place"]) == (status, place)


@pytest.mark.parametrize("text, status, place", [
    # the place a "where" clause qualifies
    ("Narendra Modi will travel to Tokyo, where he will hold talks with Shinzo Abe.", "planned",
     "Tokyo"),
    ("Jens Stoltenberg was due to fly to Berlin, where he'd meet with Angela Merkel.", "planned",
     "Berlin"),
    # "'d" before a participle is "had": a meeting held
    ("Jens Stoltenberg flew to Berlin, where he'd met Angela Merkel once before.", "held",
     "Berlin"),
])
def test_a_where_clause_takes_the_place_it_refers_to(read, text, status, place):
    meeting = meetings(read(text))[0]
    assert (meeting["status"], meeting["place"]) == (status, place)


def test_reunited_is_a_meeting(read):
    rows = meetings(read("Scott Morrison and Jacinda Ardern were reunited in Queenstown on "
                         "Sunday."))
    assert rows[0]["people"] == {"Scott Morrison", "Jacinda Ardern"}
    assert rows[0]["place"] == "Queenstown"


def test_a_meeting_at_a_seat_of_government_is_in_its_city(tmp_path):
    rows = meetings_of(tmp_path, {"seat": (
        "Talks in Downing Street\n\n"
        "Liz Truss will meet Justin Trudeau and Andrzej Duda in Downing Street on Sunday.\n\n"
        "Joe Biden met Andres Manuel Lopez Obrador at the White House on Friday.\n"
        "Lula met Alberto Fernandez at the Itamaraty Palace on Monday.\n")},
        "2022-09-16")
    assert {r["place"] for r in rows} == {"London", "Washington", "Brasília"}


def test_a_meeting_in_a_room_of_a_seat_is_in_its_city(tmp_path):
    rows = meetings_of(tmp_path, {"oval": (
        "Brian Mulroney and Ronald Reagan met privately in the Oval Office on Tuesday.\n")},
        "1986-03-19")
    assert [r["place"] for r in rows] == ["Washington"]


def test_a_seat_a_nearby_report_names_is_its_city_too(tmp_path):
    rows = meetings_of(tmp_path, {"kremlin": (
        "Gandhi in Moscow\n\n"
        "Indira Gandhi held talks with Alexei Kosygin on Monday. T. N. Kaul had an hour's talks "
        "with Andrei Gromyko. The talks took place in the Kremlin.\n")}, "1971-09-28")
    assert [r["place"] for r in rows] == ["Moscow", "Moscow"]


def test_a_stay_in_a_city_is_a_visit_that_places_the_meetings_beside_it(tmp_path):
    rows = meetings_of(tmp_path, {"stay": (
        "Kazakh leader in the United States\n\n"
        "Nursultan Nazarbayev said that during his stay in Washington he signed 14 agreements. "
        "He met Bill Clinton on Tuesday.\n")}, "1997-11-19")
    assert [(r["participants"], r["place"]) for r in rows] == [
        ("Bill Clinton; Nursultan Nazarbayev", "Washington")]


def test_a_speakers_label_is_skipped_like_a_dateline_but_places_nothing():
    line = "SENIOR ADMINISTRATION OFFICIAL: Let me give you a quick review."
    assert line[dateline_end(line):] == "Let me give you a quick review."
    assert dateline_place([line, "Ottawa, Canada"], lambda name: name == "Ottawa") == "Ottawa"


def test_a_title_labelling_a_speaker_names_nobody(tmp_path):
    extraction = extraction_of(tmp_path, {"doorstep": (
        "Doorstep interview with the Spanish Prime Minister, Mr Felipe Gonzalez\n\n"
        "LONDON, May 7 (Reuters) - The two prime ministers met today.\n\n"
        "PRIME MINISTER:\n\n"
        "We have had so far around an hour and a half's discussion, very friendly.\n\n"
        "PRIME MINISTER:\n\n"
        "I will say no more for the moment.\n")}, "1991-05-07")
    assert "PRIME MINISTER" not in set(extraction.mentions["text"])


def test_names_opening_a_line_like_a_dateline_are_no_place(tmp_path):
    rows = meetings_of(tmp_path, {"names": (
        "Putin, Xi – a friendship with no limits\n\n"
        "Vladimir Putin met Xi Jinping on Tuesday.\n")}, "2023-03-22")
    assert [r["place"] for r in rows] == [""]


def test_a_meeting_in_the_country_an_article_was_filed_from_is_in_the_dateline_city(tmp_path):
    rows = meetings_of(tmp_path, {"damascus": (
        "Talks in Syria\n\n"
        "DAMASCUS, Syria (AP) - King Hussein and Hafez Assad held talks in Syria on Monday.\n")},
        "1985-12-31")
    assert [r["place"] for r in rows] == ["Damascus"]


def test_a_journey_goes_to_its_destination_not_to_where_it_came_from(read):
    rows = read("After a stop in Minsk, Belarus, where he met with Alexander Lukashenko, "
                "Vladimir Putin traveled to London to meet with Tony Blair.")
    places = {frozenset(r["people"]): r["place"] for r in meetings(rows)}
    # "where" after a city and its country is the city's
    assert places == {frozenset({"Vladimir Putin", "Alexander Lukashenko"}): "Minsk",
                      frozenset({"Vladimir Putin", "Tony Blair"}): "London"}


def test_a_plan_due_the_day_after_publication_is_at_the_dateline(tmp_path):
    rows = meetings_of(tmp_path, {"ford": (
        "Allies assured\n\n"
        "WASHINGTON, May 7 (AP) - President Ford assured three allies today.\n\n"
        "Tomorrow Mr. Ford sees Prime Minister Lee Kuan Yew of Singapore.\n\n"
        "Mr. Ford will meet Harold Wilson on May 20.\n")}, "1975-05-07")
    places = {r["participants"]: r["place"] for r in rows if r["status"] == "planned"}
    # a plan due two weeks on may be held anywhere
    assert places == {"Gerald Ford; Lee Kuan Yew": "Washington", "Gerald Ford; Harold Wilson": ""}


def test_the_gazetteer_gives_the_country_of_the_most_populous_city_of_a_name():
    countries = {"GHA": "Ghana", "ITA": "Italy", "USA": "United States"}.get
    assert city_countries(["Kumasi", "Florence", "Zzyzxville"], countries) == {
        "Kumasi": "Ghana", "Florence": "Italy"}


def test_a_dateline_city_the_registry_lacks_places_a_meeting_held_in_its_country(tmp_path):
    rows = meetings_of(tmp_path, {"kumasi": (
        "Leaders confer\n\n"
        "Kumasi, May 16, GNA - President John Kufuor on Monday held talks with Togolese President "
        "Faure Gnassingbe, who is on a visit to Ghana.\n")}, "2005-05-16")
    assert [r["place"] for r in rows if ";" in r["participants"]] == ["Kumasi"]


def test_a_dateline_city_written_another_way_is_the_registrys_city(tmp_path):
    rows = meetings_of(tmp_path, {"washington": (
        "Premier's mission\n\n"
        "WASHINGTON D.C., June 26, 2018 - Today Quebec Premier Philippe Couillard met with Wilbur "
        "Ross, United States Secretary of Commerce.\n")}, "2018-06-26")
    assert [r["place"] for r in rows if ";" in r["participants"]] == ["Washington"]


def test_a_meeting_placed_in_a_country_takes_the_city_named_beside_it(tmp_path):
    rows = meetings_of(tmp_path, {"jakarta": (
        "Leaders meet\n\n"
        "Hu Jintao and Junichiro Koizumi met Saturday on the sidelines of a conference in "
        "Indonesia. Their meeting came at the end of a summit in Jakarta.\n")}, "2005-04-24")
    assert rows[0]["place"] == "Jakarta"


@pytest.mark.parametrize("text, day", [
    ("On 18 June Justin Trudeau and Joe Biden held their first summit since 2016.",
     "2019-06-18"),
    ("On 18 June Justin Trudeau and Joe Biden held talks until Thursday.", "2019-06-18"),
    ("Justin Trudeau met Joe Biden, their first meeting since the election on 9 June.", None),
    (("Justin Trudeau is visiting Joe Biden for the first time since his inauguration on 20 "
      "January."), None),
])
def test_the_bound_of_a_span_is_not_the_meetings_date(read, text, day):
    assert meetings(read(text), ("meet", "visit"))[0]["date"] == day


def test_a_time_of_day_dates_a_meeting_on_the_day_the_story_is_at(read):
    rows = read("Wu Yi cancelled a meeting Monday with Junichiro Koizumi. Wu, who was slated to "
                "stay until Tuesday, left Tokyo in the afternoon following a meeting with Lower "
                "House Speaker Yohei Kono.", anchor=date(2005, 5, 24))
    kono = [r for r in rows if "Yohei Kono" in r["people"]]
    assert [r["date"] for r in kono] == ["2005-05-23"]


def test_a_meeting_its_clause_does_not_date_is_on_the_day_the_story_is_at(tmp_path):
    rows = meetings_of(tmp_path, {"visit": (
        "Leaders meet\n\n"
        "The railway agreement was published on Monday. Uhuru Kenyatta held talks with John "
        "Magufuli. Kenyatta will meet Jakaya Kikwete.\n")}, "2016-11-02")
    # a plan is not dated by the story
    assert {r["participants"]: r["date"] for r in rows if ";" in r["participants"]} == {
        "John Magufuli; Uhuru Kenyatta": "2016-10-31", "Jakaya Kikwete; Uhuru Kenyatta": ""}
    # a span's bound is no day of the story
    (tmp_path / "bound").mkdir()
    rows = meetings_of(tmp_path / "bound", {"bound": (
        "Leaders meet\n\n"
        "Relations have been frozen since March 3. Uhuru Kenyatta held talks with John "
        "Magufuli.\n")}, "2016-11-02")
    assert [r["date"] for r in rows] == [""]


def test_a_count_of_talks_takes_no_day_of_the_story(tmp_path):
    typed = extraction_of(tmp_path, {"calls": (
        "Leaders talk\n\nProtests began after the election on August 9. Vladimir Putin and "
        "Alexander Lukashenko have spoken by phone several times since the protests began.\n")},
        "2020-09-01").interactions
    calls = typed[(typed["layer"] == "typed") & (typed["kind"] == "phone")]
    assert list(calls["date"]) == [""]


def test_what_a_person_did_before_is_not_the_day_the_story_is_at(read):
    # "late Saturday" is the day of the arrival a relative clause tells; "earlier in the day"
    # is the day of the talks the story is at
    rows = read("Jacinda Ardern held talks with Anthony Albanese yesterday. Ardern, who arrived "
                "in Canberra late Saturday, spent an hour with Albanese. Earlier in the day, "
                "Ardern met Penny Wong.", anchor=date(2023, 7, 11))
    wong = [r for r in rows if "Penny Wong" in r["people"]]
    assert [r["date"] for r in wong] == ["2023-07-10"]


@pytest.mark.parametrize("text, day", [
    # a report in the present perfect: the report's day
    ("Uhuru Kenyatta has met William Ruto at State House Nairobi.", "2022-09-12"),
    ("Uhuru Kenyatta has held talks with William Ruto.", "2022-09-12"),
    # in the present progressive: happening as it is reported
    ("Uhuru Kenyatta is meeting William Ruto for talks on the budget.", "2022-09-12"),
    ("Uhuru Kenyatta and William Ruto are holding talks in Nairobi.", "2022-09-12"),
    # one of experience, in the past perfect or the past progressive: no day
    ("Uhuru Kenyatta has met William Ruto several times.", None),
    ("Uhuru Kenyatta had met William Ruto.", None),
    ("Uhuru Kenyatta was meeting William Ruto.", None),
])
def test_a_meeting_reported_in_the_present_perfect_or_progressive_is_of_the_reports_day(read, text, day):
    assert [r["date"] for r in meetings(read(text, anchor=date(2022, 9, 12)))] == [day]


@pytest.mark.parametrize("text, place", [
    ("Ilham Aliyev and Robert Kocharian met on Wednesday in the Kazakh capital.", "Astana"),
    ("Ilham Aliyev and Robert Kocharian met in Kazakhstan's capital on Wednesday.", "Astana"),
    ("Ilham Aliyev and Robert Kocharian met in the capital of Kenya on Wednesday.", "Nairobi"),
    # the name that follows is the place
    ("Ilham Aliyev and Robert Kocharian met in the Kazakh capital city of Almaty.", "Almaty"),
])
def test_a_countrys_capital_is_its_capital_city(read, text, place):
    assert meetings(read(text))[0]["place"] == place


@pytest.mark.parametrize("text, place", [
    (("Japanese Prime Minister Yoshiro Mori held talks with visiting South Korean President "
      "Kim Dae-jung on Thursday."), "Tokyo"),
    # a place the clause names wins; nobody visiting, no host
    (("Japanese Prime Minister Yoshiro Mori held talks with visiting South Korean President "
      "Kim Dae-jung in Osaka on Thursday."), "Osaka"),
    ("Japanese Prime Minister Yoshiro Mori held talks with South Korean President Kim Dae-jung.",
     ""),
])
def test_a_meeting_with_a_visitor_is_in_the_hosts_capital(read, text, place):
    assert meetings(read(text))[0]["place"] == place


@pytest.mark.parametrize("text, people, day, place", [
    (("Indonesian President Suharto on Monday advised visiting Philippine President Corazon "
      "Aquino to crush the rebels."), {"Suharto", "Corazon Aquino"}, "2019-06-17", "Jakarta"),
    (("Japanese Prime Minister Yoshiro Mori spoke with the visiting South Korean President Kim "
      "Dae-jung on Thursday."), {"Yoshiro Mori", "Kim Dae-jung"}, "2019-06-20", "Tokyo"),
])
def test_telling_a_visitor_something_is_meeting_them(read, text, people, day, place):
    rows = meetings(read(text))
    assert [(r["people"], r["date"], r["place"]) for r in rows] == [(people, day, place)]


def test_a_visiting_team_is_no_visitor_met(read):
    assert meetings(read("The visiting team lost to Arsenal on Monday.")) == []


@pytest.mark.parametrize("second, published, pair, place", [
    # a planned meeting takes the place of the visit it is part of
    ("On Wednesday, Duda will meet Prime Minister Ingrida Simonyte.", "2021-10-18",
     "Andrzej Duda; Ingrida", "Lithuania"),
    # a call is made from anywhere
    ("On Wednesday, Duda will speak by phone with Joe Biden.", "2021-10-18",
     "Andrzej Duda; Joe Biden", ""),
    # a planned visit does not place a meeting held before it
    ("On Monday Duda held talks with Joe Biden.", "2021-10-05", "Andrzej Duda; Joe Biden", ""),
])
def test_a_planned_visit_places_the_planned_meetings_of_its_people(tmp_path, second, published,
                                                                    pair, place):
    rows = meetings_of(tmp_path, {"visit": (
        "President to visit Lithuania\n\n"
        "Andrzej Duda will travel to Lithuania on October 19 for a two-day visit.\n\n"
        f"{second}\n")}, published)
    found = [r for r in rows if r["participants"].startswith(pair)]
    assert found and found[0]["place"] == place


def test_a_meeting_takes_the_place_of_its_peoples_other_meeting_that_day(tmp_path):
    rows = meetings_of(tmp_path, {"talks": (
        "Leaders hold talks\n\n"
        "Narendra Modi held talks with Ranil Wickremesinghe in New Delhi on Saturday.\n\n"
        "Earlier in the day, Sushma Swaraj called on Wickremesinghe.\n\n"
        "On Friday, Wickremesinghe met Rahul Gandhi.\n")}, "2018-10-21")
    places = {r["participants"]: r["place"] for r in rows}
    assert places["Ranil Wickremesinghe; Sushma Swaraj"] == "New Delhi"
    assert places["Rahul Gandhi; Ranil Wickremesinghe"] == ""  # another day


def test_a_headline_of_talks_is_the_call_its_article_reports(tmp_path):
    rows = meetings_of(tmp_path, {"call": (
        "Trump talks to Saudi crown prince on Iran, oil\n\n"
        "US President Donald Trump spoke on Friday by phone to Saudi Crown Prince Mohammed bin "
        "Salman about the oil market.\n")}, "2019-06-22")
    pair = [r for r in rows if r["participants"] == "Donald Trump; Mohammed bin Salman"]
    assert [(r["kind"], r["date"]) for r in pair] == [("phone", "2019-06-21")]


def test_a_planned_journey_of_one_of_its_people_is_no_part_of_a_meeting_held(tmp_path):
    rows = meetings_of(tmp_path, {"talks": (
        "Modi hosts Dahal\n\n"
        "Narendra Modi and Pushpa Kamal Dahal held talks on Thursday.\n\n"
        "In addition to the official engagements, Dahal will also visit Ujjain and Indore as part "
        "of his visit.\n")}, "2023-06-02")
    held = [r for r in rows if r["participants"] == "Narendra Modi; Pushpa Kamal Dahal"]
    assert [(r["date"], r["place"], r["status"]) for r in held] == [("2023-06-01", "", "held")]


def test_a_planned_meeting_takes_the_city_of_its_peoples_other_plan_that_day(tmp_path):
    rows = meetings_of(tmp_path, {"visit": (
        "President to visit Canada\n\n"
        "George W. Bush will make his first visit to Canada on November 30.\n\n"
        "In Ottawa on November 30, Bush will pay a courtesy call on Adrienne Clarkson.\n\n"
        "That afternoon, Bush is also expected to meet with Stephen Harper.\n\n"
        "On December 1, Bush will meet Paul Martin.\n")}, "2004-11-25")
    places = {r["participants"]: r["place"] for r in rows}
    assert places["George W. Bush; Stephen Harper"] == "Ottawa"
    assert places["George W. Bush; Paul Martin"] == "Canada"  # another day


def test_a_journey_its_people_make_together_is_part_of_their_meeting(tmp_path):
    rows = meetings_of(tmp_path, {"tour": (
        "Presidents meet\n\n"
        "Boris Tadic met Ivo Josipovic in Zagreb on Monday.\n\n"
        "Tadic and Josipovic then visited the municipality of Krnjak.\n")}, "2010-11-23")
    pair = [r for r in rows if r["participants"] == "Boris Tadić; Ivo Josipović"]
    assert [(r["date"], r["place"]) for r in pair] == [("2010-11-22", "Zagreb")]


def test_a_place_of_what_a_meeting_will_discuss_places_no_meeting(tmp_path):
    rows = meetings_of(tmp_path, {"visit": (
        "Leaders meet\n\n"
        "KENNEBUNKPORT, Maine (AP) _ President Bush welcomed Canadian Prime Minister Brian "
        "Mulroney on Wednesday to show off this heaven by the sea and discuss the environment, "
        "trade and the drug crisis in Colombia.\n")}, "1989-08-31")
    assert [r["place"] for r in rows] == ["Kennebunkport"]


def test_an_age_is_no_date_of_the_meeting(tmp_path):
    text = ("HAVANA, July 9 -- Jamaican Prime Minister Michael Manley arrived here today. The "
            "51-year-old leader and his wife Beverly were welcomed by Cuban Prime Minister Fidel "
            "Castro at the airport.")
    [meeting] = meetings_of(tmp_path, {"a": text}, "1975-07-10")
    assert (meeting["participants"], meeting["date"]) == ("Fidel Castro; Michael Manley",
                                                          "1975-07-09")


def test_a_length_of_time_is_no_date_of_the_meeting(tmp_path):
    text = ("Leaders meet\n\nBEIJING, April 29 (Xinhuanet) -- Hu Jintao shook hands with visiting "
            "Kuomintang Chairman Lien Chan here in the first meeting between top leaders of the "
            "two parties in 60 years.")
    [meeting] = meetings_of(tmp_path, {"a": text}, "2005-04-29")
    assert (meeting["participants"], meeting["date"]) == ("Hu Jintao; Lien Chan", "2005-04-29")


def test_a_meeting_with_people_met_named_by_role_alone_is_the_named_persons(tmp_path):
    # the direct object names the other party by role alone ("his Mexican counterpart" is one
    # the registry resolves)
    rows = meetings_of(tmp_path, {"debt": (
        "Joe Biden will meet congressional leaders on Tuesday to discuss the debt limit.\n")},
        "2023-05-15")
    assert [(r["participants"], r["date"], r["status"]) for r in rows] == [
        ("Joe Biden", "2023-05-16", "planned")]


def test_an_anaphoric_meeting_names_the_people_a_report_just_before_gave_by_role(tmp_path):
    rows = meetings_of(tmp_path, {"debt": (
        "Joe Biden will meet congressional leaders on Tuesday. The critical sit-down is planned "
        "for 4 p.m. in the Oval Office and will be attended by House Speaker Kevin McCarthy and "
        "House Democratic leader Hakeem Jeffries.\n")}, "2023-05-15")
    assert [(r["participants"], r["date"]) for r in rows] == [
        ("Hakeem Jeffries; Joe Biden; Kevin McCarthy", "2023-05-16")]


@pytest.mark.parametrize("text, place", [
    # a held meeting during a held visit
    ("Narendra Modi visited Kathmandu on Monday. During the visit, he met Pushpa Kamal Dahal.",
     "Kathmandu"),
    # a planned meeting during a planned visit, whoever the visit names
    (("The three prime ministers will travel to Kyiv on Tuesday. Mateusz Morawiecki and Petr "
      "Fiala will also meet Denys Shmyhal during the visit."), "Kyiv"),
    # a held meeting is not where a visit still planned will go
    ("Emmanuel Macron will visit Dakar next month. During the visit, he met Macky Sall.", ""),
])
def test_a_meeting_during_the_visit_takes_the_visits_place(read, text, place):
    rows = [r for r in read(text, date(2022, 6, 14)) if r["kind"] == "meet"]
    assert [r["place"] for r in rows if len(r["people"]) > 1][-1:] == [place]


def test_a_relative_clause_whose_subject_is_the_trip_leaves_it_its_traveller_and_place(read):
    rows = read("The date will be decided during Foreign Minister Ahmed Abul Gheit's current "
                "trip to Israel which began Wednesday.", date(2006, 12, 27))
    assert [(r["people"], r["place"]) for r in rows if r["kind"] == "visit"] == [
        ({"Ahmed Abul Gheit", "Israel"}, "Israel")]


def test_a_held_meeting_is_not_at_a_day_weeks_ahead_that_a_plan_before_it_gave(tmp_path):
    rows = meetings_of(tmp_path, {"brasilia": (
        "Lula received foreign leaders in Brasilia on Monday.\n\n"
        "\"We will meet again in Buenos Aires on January 24,\" Alberto Fernandez said.\n\n"
        "Lula also met Chilean President Gabriel Boric.\n")}, "2023-01-03")
    boric = [r for r in rows if "Gabriel Boric" in r["participants"]]
    assert [r["date"] for r in boric] == ["2023-01-02"]


def test_a_building_named_with_of_is_a_venue_in_the_city_beside_it_held_or_planned(tmp_path):
    rows = meetings_of(tmp_path, {"havana": (
        "Pope visits Cuba\n\n"
        "John Paul II will return to Havana in the afternoon and is scheduled to meet with Fidel "
        "Castro in the Palace of the Revolution at 6 p.m.\n"), "caracas": (
        "Leaders meet\n\n"
        "Raul Castro met Hugo Chavez in the Palace of the Convention on Monday. The building "
        "stands in Caracas, the capital of Venezuela.\n")}, "1998-01-22")
    places = {r["participants"]: r["place"] for r in rows if ";" in r["participants"]}
    assert places == {"Fidel Castro; Pope John Paul II": "Havana",
                      "Hugo Chávez; Raúl Castro": "Caracas"}


def test_a_meeting_said_to_be_here_is_at_the_dateline_whatever_its_day(tmp_path):
    rows = meetings_of(tmp_path, {"here": (
        "Leaders confer\n\n"
        "NAIROBI, March 9 (AP) - Margaret Thatcher met President Daniel arap Moi here on Feb. "
        "28 before flying on to Lusaka.\n\n"
        "Julius Nyerere held talks with President Moi at State House here on Thursday.\n\n"
        "Kenneth Kaunda will meet Moi here next month.\n\n"
        "Moi met Milton Obote in Kampala last week.\n")}, "1985-03-09")
    places = {r["participants"]: r["place"] for r in rows if ";" in r["participants"]}
    # "here" at a venue, ten days back or a month ahead: the dateline; a named city stays
    assert places == {"Daniel arap Moi; Margaret Thatcher": "Nairobi",
                      "Daniel arap Moi; Julius Nyerere": "Nairobi",
                      "Daniel arap Moi; Kenneth Kaunda": "Nairobi",
                      "Daniel arap Moi; Milton Obote": "Kampala"}


def test_here_on_another_noun_of_the_verb_does_not_place_the_meeting(tmp_path):
    rows = meetings_of(tmp_path, {"tape": (
        "Tape released\n\n"
        "HAVANA, April 22 (AP) - Fidel Castro, at a news conference here, made public his "
        "conversation in Monterrey on March 19 with Vicente Fox.\n")}, "2002-04-22")
    assert [r["place"] for r in rows] == ["Monterrey"]


def test_a_meeting_planned_during_a_visit_not_reported_before_is_at_the_dateline(tmp_path):
    rows = meetings_of(tmp_path, {"tbilisi": (
        "President in Georgia\n\n"
        "TBILISI, DECEMBER 25, ARMENPRESS. Serzh Sargsyan said relations were strong.\n\n"
        "During the visit Serzh Sargsyan will meet with Prime Minister Giorgi Kvirikashvili.\n")},
        "2017-12-25")
    assert [r["place"] for r in rows if ";" in r["participants"]] == ["Tbilisi"]
    # a visit with a place of its own is not at the dateline
    (tmp_path / "trip").mkdir()
    rows = meetings_of(tmp_path / "trip", {"cairo": (
        "Talks ahead\n\n"
        "CAIRO: Hosni Mubarak will meet Ehud Olmert during Ahmed Aboul Gheit's trip to Israel.\n")},
        "2007-01-01")
    assert [r["place"] for r in rows if ";" in r["participants"]] == ["Israel"]


@pytest.mark.parametrize("text, day", [
    # a date written inside the reported clause, though the parser hangs it on the report
    (("President Nursultan Nazarbayev had a telephone conversation with his Uzbek counterpart "
      "Shavkat Mirziyoyev today, Kazinform has learnt."), "2018-01-24"),
    # the report's own date is not the meeting's
    ("Vladimir Putin met Xi Jinping in Beijing, the Kremlin said on Monday.", None),
    ("Vladimir Putin met Xi Jinping in Beijing and on Monday the Kremlin said so.", None),
])
def test_a_date_inside_a_reported_clause_is_its_own(read, text, day):
    assert meetings(read(text, date(2018, 1, 24)))[0]["date"] == day


@pytest.mark.parametrize("text, day", [
    ("Afterward, Xi Jinping is to meet Shinzo Abe in Osaka on Wednesday.", "2019-06-26"),
    ("Later in the afternoon Shinzo Abe met Xi Jinping on Thursday.", "2019-06-20"),
    # alone, the narrative's day: the article's
    ("Afterward, Shinzo Abe met Xi Jinping.", "2019-06-21"),
])
def test_a_day_the_clause_names_wins_over_later_or_a_time_of_day(read, text, day):
    assert meetings(read(text))[0]["date"] == day


@pytest.mark.parametrize("text, day", [
    # a date before the first of two verbs sharing their subject is both verbs'
    (("F. W. de Klerk and Nelson Mandela today urged the abolition of apartheid and began "
      "historic talks."), "2019-06-21"),
    # a date after the first is its own, and the second verb's own date wins
    (("Roh Tae-woo is scheduled to leave Sunday and meet Mikhail Gorbachev in San Francisco "
      "on Monday."), "2019-06-24"),
])
def test_a_date_before_coordinated_verbs_sharing_a_subject_is_each_verbs(read, text, day):
    assert meetings(read(text))[0]["date"] == day
