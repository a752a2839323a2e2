"""Roles an article states beside a name, and the role phrases they resolve, on sentences written
for the tests (people the packaged registry does not know, in countries it does)."""

from datetime import date

import pytest

from analysis.extract.actors import MentionFinder, load_registry
from analysis.extract.corpus import load_corpus
from analysis.extract.pipeline import extract

DAY = date(2024, 3, 1)


@pytest.fixture(scope="module")
def packaged(nlp):
    return MentionFinder(nlp.vocab, load_registry())


def roles(finder, nlp, text, day=DAY):
    """(phrase, the name it resolves to) of every role mention."""
    return [(m.text, m.name) for m in finder.find(nlp(text), day) if m.method == "role"]


def stated(finder, nlp, text, day=DAY):
    """The roles the article states beside its people's names (not the registry's offices)."""
    doc = nlp(text)
    people = [m for m in finder.find(doc, day) if m.type == "person"]
    return [s for s in finder.roles.stated_roles(doc, text, people, day) if s.stated]


@pytest.mark.parametrize("demonym, country", [
    ("rumanian", "ROU"), ("roumanian", "ROU"), ("zairean", "COD"), ("ceylonese", "LKA"),
    ("jugoslav", "YUG")])
def test_demonyms_of_older_news_name_their_country(packaged, demonym, country):
    assert packaged.registry.demonym_to_country[demonym] == country


@pytest.mark.parametrize("text, phrase, name", [
    # a title only one see gives, however the tagger took it
    ("The Pope met the Polish leader on Monday.", "The Pope", "Pope John Paul II"),
    ("The pontiff received Lech Walesa.", "The pontiff", "Pope John Paul II"),
    ("The East German leader flew to Moscow.", "The East German leader", "Erich Honecker"),
])
def test_a_title_without_a_country_word_is_the_holder_of_the_day(packaged, nlp, text, phrase,
                                                                  name):
    assert (phrase, name) in roles(packaged, nlp, text, date(1985, 6, 1))


def test_a_role_with_a_demonym_of_older_news_is_the_holder_of_the_day(packaged, nlp):
    found = roles(packaged, nlp, "The Rumanian leader was welcomed in London.", date(1978, 6, 13))
    assert found == [("The Rumanian leader", "Nicolae Ceaușescu")]


@pytest.mark.parametrize("text, phrase, name", [
    # a title and a demonym before the name
    ("Chinese Premier Li Qiang arrived in Berlin. The Chinese premier met business leaders.",
     "The Chinese premier", "Li Qiang"),
    # the country's possessive, and the name's apposition
    (("Yoon Suk Yeol, Japan's new foreign minister, landed in Delhi. Later Japan's foreign "
     "minister spoke."), "Japan's foreign minister", "Yoon Suk Yeol"),
    # "the President of X" before the name
    ("President of Turkey Kemal Aydin opened the summit. The Turkish president spoke first.",
     "The Turkish president", "Kemal Aydin"),
    # "the president" alone: the president the article names most
    (("French President Jean Martin hosted Israeli President Dan Levy. Martin praised Levy. "
     "Martin said the president would return."), "the president", "Jean Martin"),
    # the office in words of its ministry, past honorifics (H.E., Dr.) before the name
    (("The chairperson met the Minister of Foreign Affairs of Ethiopia, H.E. Dr. Abebe Tesfaye. "
      "The Foreign Affairs Minister then left."), "The Foreign Affairs Minister", "Abebe Tesfaye"),
    (("Kenya's Minister of Defence, Jane Wambui, arrived. The Kenyan defence minister spoke."),
     "The Kenyan defence minister", "Jane Wambui"),
    # a long title: the country's official name between it and the name
    (("The chairperson met the newly appointed Minister of Foreign Affairs of the Federal "
      "Democratic Republic of Ethiopia, H.E. Dr. Abebe Tesfaye. Ethiopia's Foreign Minister "
      "then left."), "Ethiopia's Foreign Minister", "Abebe Tesfaye"),
    # a deputy's office is its own, not the office after "deputy"
    (("Prime Minister Tom Hill met Deputy Prime Minister Mark Vale. Later the Deputy Prime "
      "Minister said trade would grow."), "the Deputy Prime Minister", "Mark Vale"),
    (("Prime Minister Tom Hill met Deputy Prime Minister Mark Vale. The Prime Minister "
      "agreed."), "The Prime Minister", "Tom Hill"),
    # a capitalised title of a country without its article, after the name
    ("Kemal Aydin, President of Turkey, opened the summit.", "President of Turkey", "Kemal Aydin"),
    # a title only one country gives names its country: not the other prime minister named
    (("British Prime Minister Tom Hill met the Irish Prime Minister, Mr Sean Walsh. I thank "
      "the Taoiseach for coming."), "the Taoiseach", "Sean Walsh"),
    (("Italian Prime Minister Marco Bianchi met the Spanish Prime Minister, Pablo Ruiz. Later "
      "the President of the Government spoke."), "the President of the Government", "Pablo Ruiz"),
    # the foreign and defence ministers by their titles in other countries
    (("India's Minister of External Affairs Ravi Kumar arrived. The Indian foreign minister "
      "then spoke."), "The Indian foreign minister", "Ravi Kumar"),
    (("Philippine Secretary of National Defense Jose Cruz arrived. The Philippine defence "
      "minister then spoke."), "The Philippine defence minister", "Jose Cruz"),
    # a counterpart: the same office in the other country
    (("Indian Foreign Minister Ravi Kumar met Japanese Foreign Minister Ken Sato. Kumar thanked "
     "his Japanese counterpart."), "his Japanese counterpart", "Ken Sato"),
    # the leader of a country: its head of state or government named in the article
    (("Chancellor Olaf Weber of Germany, the German Chancellor Olaf Weber, spoke. The German "
     "leader then left."), "The German leader", "Olaf Weber"),
    # "FM", as news in South Asia writes the foreign minister
    (("Pakistan's Foreign Minister Tariq Khan arrived in Dhaka. Earlier, the Pakistan FM "
      "visited Khaleda Zia."), "the Pakistan FM", "Tariq Khan"),
    # "His Majesty" alone, and the head of the state: the monarch and president named before
    (("King Faisal Omar received a call from President Ali Hassan. In another call, His Majesty "
      "congratulated Prime Minister Adel Nouri."), "His Majesty", "Faisal Omar"),
    (("President Nursultan Nazarbayev received Prime Minister Bakytzhan Sagintayev. Also the "
      "Head of the State received the mayor."), "the Head of the State", "Nursultan Nazarbayev"),
    # an ambassador's title with the country of posting: the title is stated all the same
    (("Chinese Ambassador to Nepal Hou Yanqi met Pushpa Kamal Dahal. The Chinese Ambassador "
      "then met Bidya Devi Bhandari."), "The Chinese Ambassador", "Hou Yanqi"),
    (("Hou Yanqi, the Chinese Ambassador to Nepal, met Pushpa Kamal Dahal. The Chinese "
      "Ambassador then met Bidya Devi Bhandari."), "The Chinese Ambassador", "Hou Yanqi"),
])
def test_a_role_phrase_resolves_to_the_person_the_article_gives_the_role(packaged, nlp, text,
                                                                          phrase, name):
    assert (phrase, name) in roles(packaged, nlp, text)


@pytest.mark.parametrize("text, name, not_name", [
    # tagged ORG: another given name before a registry person's surname
    (("External Affairs Minister S Jaishankar on Friday met Sajith Premadasa, the opposition "
     "leader."), "Sajith Premadasa", "Ranasinghe Premadasa"),
])
def test_another_given_name_before_a_registry_surname_is_another_person(packaged, nlp, text, name,
                                                                        not_name):
    names = [m.name for m in packaged.find(nlp(text), date(2024, 10, 4)) if m.type == "person"]
    assert name in names and not_name not in names


@pytest.mark.parametrize("text", [
    "Presidnet Mobutu Sese Seko met Mandela.",  # a title misspelt
    "He met Secretary of State Vance and Presidents Jamil Mahuad of Ecuador.",
    "North Korean Kim Jong Un met Moon.",
])
def test_a_title_or_demonym_before_a_registry_name_is_no_given_name(packaged, nlp, text):
    people = [m for m in packaged.find(nlp(text), date(1998, 2, 16)) if m.type == "person"]
    assert all(m.method == "registry" or m.name in ("Mandela", "Moon") for m in people), people


def test_the_leader_of_the_opposition_is_not_the_countrys_leader(packaged, nlp):
    found = roles(packaged, nlp, "Ravi Kumar, Sri Lanka's leader of the opposition, spoke.")
    assert all(name == "Ravi Kumar" for _, name in found)


def test_the_leader_of_a_countrys_group_is_not_the_countrys_leader(packaged, nlp):
    text = ("Andres Pastrana held a face-to-face meeting Thursday with the top leader of "
            "Colombia's strongest rebel group.")
    assert roles(packaged, nlp, text, date(1998, 7, 10)) == []


def test_a_countrys_leader_beside_a_name_is_stated_a_partys_is_not(packaged, nlp):
    text = ("Russian President Boris Yeltsin met the Ukrainian leader Leonid Kravchuk and "
            "Solidarity leader Lech Walesa. Deng Xiaoping, the Chinese leader, was not there.")
    titles = {(s.name, s.title, s.country) for s in stated(packaged, nlp, text, None)}
    assert ("Leonid Kravchuk", "leader", "UKR") in titles
    assert ("Deng Xiaoping", "leader", "CHN") in titles
    assert not [title for name, title, _ in titles if name.startswith("Lech")]


def test_an_undated_articles_leader_is_the_one_it_names_so(packaged, nlp):
    text = ("The Ukrainian leader met Boris Yeltsin in Yalta. Yeltsin and the Ukrainian "
            "leader Leonid Kravchuk agreed on the fleet.")
    assert ("The Ukrainian leader", "Leonid Kravchuk") in roles(packaged, nlp, text, None)


def test_a_title_after_a_name_of_an_organisations_office_is_not_stated(packaged, nlp):
    text = ("Suga met Toshihiro Nikai, Secretary-General of Japan's ruling Liberal Democratic "
            "Party, and Ravi Kumar, Prime Minister of India.")
    titles = {(s.name, s.title) for s in stated(packaged, nlp, text)}
    assert ("Ravi Kumar", "prime_minister") in titles
    assert not [title for name, title in titles if name == "Toshihiro Nikai"]


@pytest.mark.parametrize("text, name", [
    (("Prime Minister Shinzo Abe held a meeting with Prime Minister Narendra Modi. Moreover, "
      "the PM attended the opening ceremony."), "Shinzo Abe"),
    (("After talks with Prime Minister Narendra Modi, Prime Minister Shinzo Abe flew to Kyoto. "
      "Later, the PM attended the opening ceremony."), "Shinzo Abe"),
])
def test_of_two_holders_named_just_before_the_subject_holds_a_bare_title(packaged, nlp, text,
                                                                         name):
    assert ("the PM", name) in roles(packaged, nlp, text, date(2018, 10, 29))


def test_the_subject_of_a_role_phrases_own_clause_does_not_hold_it(packaged, nlp):
    text = ("Belarus President Alexander Lukashenko is set to hold talks with his Russian "
            "counterpart, Vladimir Putin. Putin had congratulated the incumbent leader.")
    assert ("the incumbent leader", "Alexander Lukashenko") in roles(packaged, nlp, text,
                                                                     date(2020, 9, 14))
    # the one holder named near is not the one an object phrase of his own clause names
    text = ("President Clinton noted that Argentina would be on the Security Council. President "
            "Menem promised full support. President Menem briefed the President in some detail "
            "on his visit to the United Kingdom.")
    assert roles(packaged, nlp, text, date(1999, 1, 11)) == [("the President", "Bill Clinton")]
    # a phrase in apposition to the subject, or after "as", is the subject
    text = "Carlos Menem, the president of Argentina, met Bill Clinton."
    assert ("the president of Argentina", "Carlos Menem") in roles(packaged, nlp, text,
                                                                   date(1999, 1, 11))
    text = ("Prime Minister Atal Bihari Vajpayee met the press. Now, as the prime minister of "
            "India, the same Vajpayee would be holding talks with a Pakistani president.")
    assert ("the prime minister of India", "Atal Bihari Vajpayee") in roles(
        packaged, nlp, text, date(2001, 7, 14))


def test_a_country_word_inside_a_pro_or_anti_is_not_the_titles_country(packaged, nlp):
    text = "He backed Yushchenko against pro-Russian Prime Minister Viktor Yanukovych."
    assert [(s.title, s.country) for s in stated(packaged, nlp, text, date(2007, 3, 21))
            if s.name == "Viktor Yanukovych"] == [("prime_minister", "UKR")]


def test_a_title_of_a_longer_name_than_a_country_is_no_role_phrase(packaged, nlp):
    assert roles(packaged, nlp, "Ram Thapa, President of Nepali Congress, spoke.") == []


@pytest.mark.parametrize("title", ["Assistant Foreign Minister", "Deputy Foreign Minister",
                                   "Vice-Foreign Minister", "Under Secretary of State"])
def test_a_lower_office_is_not_the_office_it_names(packaged, nlp, title):
    mentions = packaged.find(nlp(f"{title} Jane Roe met Ravi Kumar."), DAY)
    assert all(m.title not in ("foreign_minister", "secretary_of_state") for m in mentions)


def test_a_former_office_is_not_the_persons_now(packaged, nlp):
    text = ("Former Japanese prime minister Taro Yamada spoke. The Japanese prime minister did "
            "not attend.")
    assert ("The Japanese prime minister", "Taro Yamada") not in roles(packaged, nlp, text)


@pytest.mark.parametrize("text, phrase", [
    (("Former Japanese prime minister Taro Yamada spoke. The former Japanese prime minister "
     "then left."), "The former Japanese prime minister"),
    ("Former Japanese prime minister Taro Yamada spoke. The ex-PM smiled.", "The ex-PM"),
    ("Former Japanese prime minister Taro Yamada spoke. The former leader smiled.",
     "The former leader"),
    ("Former Japanese prime minister Taro Yamada spoke. The ailing former premier smiled.",
     "The ailing former premier"),
    ("Taro Yamada, the former Japanese prime minister, spoke. The ex-Japanese leader left.",
     "The ex-Japanese leader"),
])
def test_a_former_office_phrase_is_the_one_the_article_calls_former(packaged, nlp, text, phrase):
    assert (phrase, "Taro Yamada") in roles(packaged, nlp, text)


def test_a_former_office_phrase_is_never_the_current_holder(packaged, nlp):
    text = "Japanese Prime Minister Ken Sato spoke. The former prime minister did not attend."
    assert [name for found, name in roles(packaged, nlp, text)
            if found == "The former prime minister"] == []


def test_without_a_publication_date_the_registry_is_not_asked(packaged, nlp):
    text = "Protesters gathered as the Russian leader spoke."
    assert roles(packaged, nlp, text, day=date(2020, 9, 14)) == [("the Russian leader",
                                                                  "Vladimir Putin")]
    assert roles(packaged, nlp, text, day=None) == []


def test_the_article_wins_over_the_registry(packaged, nlp):
    # the registry's Russian president in 2020 is Putin; this (invented) article says otherwise
    text = "Russian President Ivan Petrov arrived. The Russian president spoke."
    assert roles(packaged, nlp, text, day=date(2020, 9, 14)) == [("The Russian president",
                                                                  "Ivan Petrov")]


def test_a_title_written_without_a_country_is_of_the_registry_persons_country(packaged, nlp):
    # the article gives Abe no country; the registry does, so the description is his
    text = "Prime Minister Shinzo Abe arrived. The Japanese leader met Chinese officials."
    assert roles(packaged, nlp, text, day=date(2006, 10, 8)) == [("The Japanese leader",
                                                                  "Shinzo Abe")]


def test_a_person_takes_the_country_of_the_role_the_article_gives_them(packaged, nlp):
    mentions = packaged.find(nlp("Kenyan President Samuel Otieno arrived. Otieno spoke."), DAY)
    assert {(m.name, m.country) for m in mentions if m.type == "person"} == {
        ("Samuel Otieno", "KEN")}


def test_the_leaders_of_several_countries_are_the_people_of_those_countries(read):
    rows = read("Israeli Prime Minister Avi Cohen and Egypt's President Omar Nasser spoke. "
                "Later the chiefs of Israel and Egypt met in a palace.")
    assert [r["people"] for r in rows if r["kind"] == "meet"] == [{"Avi Cohen", "Omar Nasser"}]


def test_the_ministers_of_several_countries_are_only_people_given_that_office(read):
    rows = read("Israeli Prime Minister Avi Cohen and Egypt's President Omar Nasser spoke. "
                "Later the foreign ministers of Israel and Egypt met in a palace.")
    assert [r["people"] for r in rows if r["kind"] == "meet" and r["people"]] == []
    rows = read("Israeli Foreign Minister Avi Cohen and Egypt's Foreign Minister Omar Nasser "
                "spoke. Later the foreign ministers of Israel and Egypt met in a palace.")
    assert [r["people"] for r in rows if r["kind"] == "meet"] == [{"Avi Cohen", "Omar Nasser"}]


def test_the_roles_table_dates_each_role_an_article_states(tmp_path):
    folder = tmp_path / "corpus"
    folder.mkdir()
    (folder / "a.txt").write_text("Talks in Bogor\n\nIndonesian President Joko Widodo met "
                                  "Malaysian Prime Minister Anwar Ibrahim in Bogor.\n", "utf-8")
    (folder / "metadata.csv").write_text("article_id,outlet,url,published\n"
                                         "a,Test,https://example.org/a,2023-01-09\n", "utf-8")
    roles = extract(load_corpus(folder), cache_dir=tmp_path / "cache").roles
    assert sorted(zip(roles.actor, roles.title, roles.country, roles.published)) == [
        ("Anwar Ibrahim", "prime_minister", "MYS", "2023-01-09"),
        ("Joko Widodo", "president", "IDN", "2023-01-09")]
    assert set(roles.evidence) == {("Indonesian President Joko Widodo met Malaysian Prime "
                                   "Minister Anwar Ibrahim in Bogor.")}


@pytest.mark.parametrize("text, phrase, name", [
    ("Jordanian King Omar II met the envoy. Jordan's King reviewed ties.", "Jordan's King",
     "King Omar II"),
    ("Emir Faisal Al Hamdan arrived in Paris. The emir spoke first.", "The emir",
     "Emir Faisal Al Hamdan"),
    # "Amir", the spelling Gulf agencies use
    (("His Highness the Amir Sheikh Faisal Al Hamdan sent a cable. His Highness the Amir also "
      "received the Speaker."), "the Amir", "Faisal Al Hamdan"),
])
def test_a_title_kept_in_a_name_states_the_role(packaged, nlp, text, phrase, name):
    assert (phrase, name) in roles(packaged, nlp, text)


def test_a_bare_title_is_the_person_named_before_who_holds_it_then(packaged, nlp):
    text = "John Howard arrived in Jakarta. The Prime Minister met Megawati Soekarnoputri."
    assert ("The Prime Minister", "John Howard") in roles(packaged, nlp, text, date(2003, 2, 12))
    # in 2010 Howard no longer held it
    assert ("The Prime Minister", "John Howard") not in roles(packaged, nlp, text,
                                                              date(2010, 2, 12))


def test_a_bare_title_is_the_holder_titled_just_before_over_one_named_more(packaged, nlp):
    text = ("Premier Dan Levy will call on President Jean Martin in Paris. Martin invited him "
            "today when Levy phoned to congratulate the President. Levy also phoned President "
            "Omar Haddad. President Haddad agreed, and President Haddad spoke.")
    assert ("the President", "Jean Martin") in roles(packaged, nlp, text)


def test_a_bare_title_is_the_holder_named_earlier_in_the_article(packaged, nlp):
    text = ("John Howard arrived in Jakarta. Talks began at once. Officials were hopeful. Trade "
            "was the main topic. The Prime Minister met Megawati Soekarnoputri.")
    assert ("The Prime Minister", "John Howard") in roles(packaged, nlp, text, date(2003, 2, 12))


def test_a_title_with_the_name_in_brackets_states_the_role(packaged, nlp):
    text = ("Talks were held between Ken Sato and the Prime Minister (Mr Rangi Tane). The Prime "
            "Minister said little.")
    assert ("The Prime Minister", "Rangi Tane") in roles(packaged, nlp, text)


@pytest.mark.parametrize("text, phrase, name", [
    # the other party of the visit, not the subject of the phrase's clause
    (("President Joao Mendes received Prime Minister Ravi Kumar in Luanda. Kumar thanked his "
      "host for the welcome."), "his host", "Joao Mendes"),
    # the subject of the verb above the phrase's own clause is not the other party either
    (("Chancellor Olaf Weber met President Dan Levy in Berlin. Weber refused to second his "
      "guest's view of the crisis."), "his guest", "Dan Levy"),
    # a visitor is the guest
    (("President Joao Mendes received Prime Minister Ravi Kumar in Luanda. Mendes escorted his "
      "visitor out after a short chat."), "his visitor", "Ravi Kumar"),
    # "the host" naming a person
    (("During his meeting with President Joao Mendes, Prime Minister Ravi Kumar thanked the host "
      "for the invitation."), "the host", "Joao Mendes"),
    # a counterpart with no country: the office holder named before
    (("Prime Minister Ravi Kumar met Indonesian President Budi Santoso in Bogor, where he "
      "thanked his counterpart for his support."), "his counterpart", "Budi Santoso"),
])
def test_a_relational_role_is_the_other_party(packaged, nlp, text, phrase, name):
    assert (phrase, name) in roles(packaged, nlp, text)


def test_the_subject_of_a_clause_coordinated_before_is_the_other_party(packaged, nlp):
    text = ("Kazakh President Nursultan Nazarbayev hosted the talks. Earlier Tuesday, Putin had "
            "urged dialogue rather than military escalation in the conflict and Poroshenko called "
            "on his counterpart to stop supplying weapons to separatists in Ukraine.")
    assert roles(packaged, nlp, text, date(2014, 8, 27)) == [("his counterpart",
                                                              "Vladimir Putin")]


def test_a_role_word_before_a_noun_names_nobody(packaged, nlp):
    text = ("President Joao Mendes met Prime Minister Ravi Kumar. The host country paid for the "
            "summit.")
    assert [phrase for phrase, _ in roles(packaged, nlp, text) if "host" in phrase] == []


def test_a_counterpart_in_a_country_without_that_office_is_its_leader(packaged, nlp):
    # Indonesia has no prime minister in 1999: a prime minister's counterpart is its president
    text = ("Prime Minister Mahathir Mohamad received a note from his Indonesian counterpart on "
            "Monday.")
    assert ("his Indonesian counterpart", "B. J. Habibie") in roles(packaged, nlp, text,
                                                                    date(1999, 5, 21))


@pytest.mark.parametrize("text, day, name", [
    ("The Soviet leader met Chancellor Helmut Kohl in Bonn.", date(1989, 6, 13),
     "Mikhail Gorbachev"),
    ("President Jimmy Carter met the Soviet leader in Vienna.", date(1979, 6, 16),
     "Leonid Brezhnev"),
    ("Indira Gandhi held talks with the Soviet foreign minister.", date(1980, 2, 12),
     "Andrei Gromyko"),
])
def test_a_soviet_role_phrase_names_the_holder_of_the_day(packaged, nlp, text, day, name):
    assert [n for phrase, n in roles(packaged, nlp, text, day) if "Soviet" in phrase] == [name]


def test_the_secretary_general_is_the_one_the_article_names_so(packaged, nlp):
    text = ("Secretary-General Kofi Annan arrived in Nairobi on Monday for talks. At noon the "
            "Secretary-General had a meeting with the President, Daniel arap Moi.")
    assert ("the Secretary-General", "Kofi Annan") in roles(packaged, nlp, text,
                                                            date(1999, 3, 2))


def test_a_nationality_before_a_role_word_is_no_name(packaged, nlp):
    text = "Vladimir Putin thanked his Kyrgyz counterpart for his visit to Moscow."
    assert roles(packaged, nlp, text, date(2020, 6, 27)) == [
        ("his Kyrgyz counterpart", "Sooronbay Jeenbekov")]


def test_a_role_phrase_before_a_titled_name_is_that_name(packaged, nlp):
    # "his host President X": the name is the mention, the phrase is not a second one
    text = "Kumar, who was received by his host President Joao Mendes, inspected a guard."
    assert roles(packaged, nlp, text) == []


def test_the_new_of_a_countrys_name_is_no_incoming_holder(packaged, nlp):
    text = "Malcolm Turnbull praised the New Zealand prime minister."
    assert roles(packaged, nlp, text, date(2016, 12, 5)) == [
        ("the New Zealand prime minister", "John Key")]
    text = "Malcolm Turnbull praised the new New Zealand prime minister."
    assert roles(packaged, nlp, text, date(2016, 12, 5)) == [
        ("the new New Zealand prime minister", "Bill English")]


@pytest.mark.parametrize("text, phrase", [
    # the registry's holder soon after the article's date: "next", "-elect"
    ("Fumio Kishida called South Korea's next president.", "South Korea's next president"),
    # no country: that of the office the article gives someone
    (("South Korean President Moon Jae-in met Fumio Kishida. Kishida then called the "
      "president-elect."), "the president-elect"),
])
def test_the_next_holder_of_an_office_is_the_one_who_takes_it_soon_after(packaged, nlp, text,
                                                                          phrase):
    # the mention ends at the title ("the president" of "the president-elect")
    assert [name for written, name in roles(packaged, nlp, text, date(2022, 3, 11))
            if phrase.startswith(written)] == ["Yoon Suk Yeol"]


@pytest.mark.parametrize("text, phrase", [
    ("Mahathir Mohamad visited Soeharto. The ailing former president received him.",
     "The ailing former president"),
    ("Mahathir Mohamad visited Soeharto. Mahathir said the former Indonesian president was well.",
     "the former Indonesian president"),
])
def test_a_former_office_is_of_the_person_the_registry_gave_it_before(packaged, nlp, text,
                                                                       phrase):
    assert (phrase, "Suharto") in roles(packaged, nlp, text, date(2004, 8, 1))


def test_a_former_office_is_nobody_who_never_held_it(packaged, nlp):
    # Mahathir was prime minister, never president
    text = "Mahathir Mohamad spoke in Jakarta. The former president was not there."
    assert roles(packaged, nlp, text, date(2004, 8, 1)) == []


def test_a_role_phrase_states_its_holders_office_for_the_phrases_after_it(packaged, nlp):
    # the counterpart of the one "the Russian foreign minister" names is a foreign minister,
    # not the president named before
    text = ("Vladimir Putin spoke on Monday. The Russian foreign minister later called his "
            "Belarusian counterpart.")
    found = roles(packaged, nlp, text, date(2020, 9, 1))
    assert ("The Russian foreign minister", "Sergei Lavrov") in found
    assert ("his Belarusian counterpart", "Vladimir Makei") in found


def test_a_named_counterpart_holds_the_office_of_the_person_before_in_their_country(packaged,
                                                                                     nlp):
    text = ("Indian Foreign Minister Ravi Kumar phoned his Japanese counterpart Ken Sato on "
            "Monday. Later the Japanese foreign minister invited Kumar to Tokyo.")
    assert roles(packaged, nlp, text) == [("the Japanese foreign minister", "Ken Sato")]


def test_the_counterpart_of_a_minister_is_never_the_countrys_leader(packaged, nlp):
    # Iran's foreign minister, by the registry: Saudi Arabia's foreign minister is unknown to
    # it, and its king is no counterpart of his
    text = "Hossein Amir-Abdollahian said he and his Saudi counterpart would talk by phone."
    assert roles(packaged, nlp, text, date(2023, 4, 3)) == []
    text = "President Ebrahim Raisi said he and his Saudi counterpart would talk by phone."
    assert roles(packaged, nlp, text, date(2023, 4, 3)) == [
        ("his Saudi counterpart", "Salman bin Abdulaziz")]


@pytest.mark.parametrize("text, phrase, name", [
    ("Carlos Pereira met the press. Later the charismatic Brazilian president left.",
     "the charismatic Brazilian president", "Carlos Pereira"),
    ("Carlos Pereira met the press. Later the 67-year-old Brazilian president left.",
     "the 67-year-old Brazilian president", "Carlos Pereira"),
    ("Carlos Pereira met the press. Later the expansive President of Brazil left.",
     "the expansive President of Brazil", "Carlos Pereira"),
])
def test_a_role_phrase_may_describe_its_holder(packaged, nlp, text, phrase, name):
    text = text.replace("Carlos Pereira", "Brazilian President Carlos Pereira", 1)
    assert (phrase, name) in roles(packaged, nlp, text)


def test_words_before_a_role_phrase_that_are_no_modifiers_are_not_part_of_it(packaged, nlp):
    # "the time the Prime Minister": the phrase is the second "the"'s; "the talks with
    # Brazilian president" is no phrase of "the": its role is Brazil's president, bare
    text = ("Prime Minister Ravi Kumar flew to Paris. By the time the Prime Minister landed, "
            "the talks with Brazilian president had ended.")
    assert roles(packaged, nlp, text) == [("the Prime Minister", "Ravi Kumar"),
                                          ("Brazilian president", "Luiz Inácio Lula da Silva")]


@pytest.mark.parametrize("text, found", [
    # a country's role without its article, in the middle of a sentence
    (("On the same day, Tajik leader discussed the situation with Kazakh President "
      "Kassym-Jomart Tokayev."), [("Tajik leader", "Emomali Rahmon")]),
    # not after an article or a word of the past: some leader, or a past one
    ("He is a former Soviet leader, and a Tajik leader once.", []),
])
def test_a_countrys_role_without_its_article_is_the_holder(packaged, nlp, text, found):
    assert roles(packaged, nlp, text, date(2021, 6, 10)) == found


@pytest.mark.parametrize("text, phrase, name", [
    ("Pope Benedict Anselm arrived in Lima. The pontiff met the president.", "The pontiff",
     "Benedict Anselm"),
    ("Emperor Hiro Tanaka received the guests. Later the emperor spoke.", "the emperor",
     "Hiro Tanaka"),
    ("Ambassador Ravi Kumar met the press. The ambassador said talks went well.",
     "The ambassador", "Ravi Kumar"),
    ("Speaker Ana Lopes opened the session. The Speaker then left.", "The Speaker", "Ana Lopes"),
])
def test_a_bare_title_of_a_pope_monarch_envoy_or_speaker_is_the_holder_named(packaged, nlp,
                                                                            text, phrase, name):
    assert (phrase, name) in roles(packaged, nlp, text)


def test_a_headline_role_without_its_article_is_the_holder(packaged, nlp):
    text = "Uzbek President marks Nazarbayev's farsighted approach\nTashkent praised it."
    assert roles(packaged, nlp, text, date(2014, 11, 26)) == [("Uzbek President", "Islam Karimov")]


def test_a_headline_role_after_a_verb_without_its_article_is_the_holder(packaged, nlp):
    text = ("Indonesia's president-elect holds talks with Malaysian leader on ties\n"
            "Prabowo Subianto flew to Kuala Lumpur.")
    assert roles(packaged, nlp, text, date(2024, 7, 1)) == [("Malaysian leader", "Anwar Ibrahim")]


@pytest.mark.parametrize("text, phrase, name", [
    (("Saudi Foreign Minister Faisal bin Farhan called Iran's foreign minister. The Saudi "
      "minister said the talks went well."), "The Saudi minister", "Faisal bin Farhan"),
    # the last person of that country named before it, not another's
    (("Georgian Prime Minister Giorgi Kvirikashvili met Armenian Prime Minister Karen Karapetyan. "
      "The visiting Georgian official then left."), "The visiting Georgian official",
     "Giorgi Kvirikashvili"),
])
def test_a_description_by_nationality_is_the_last_person_of_that_country(packaged, nlp, text,
                                                                           phrase, name):
    assert (phrase, name) in roles(packaged, nlp, text)


def test_a_description_by_nationality_no_person_of_that_country_precedes_is_nobody(packaged, nlp):
    found = roles(packaged, nlp, "The Saudi minister met Georgian Prime Minister Giorgi "
                                 "Kvirikashvili.")
    assert not any(phrase.startswith("The Saudi") for phrase, _ in found)


def test_a_title_addressed_is_the_holder_named_in_the_article(packaged, nlp):
    text = ("President Ruiz Mendoza of Chile met the press. A reporter asked: Mr. President, "
            "will you go to Lima? Mr. President Ruiz Mendoza smiled.")
    assert roles(packaged, nlp, text) == [("Mr. President", "Ruiz Mendoza")]


@pytest.mark.parametrize("text, day, expected", [
    # "the minister": the minister the article names before it, of any portfolio
    (("Canadian Foreign Minister Lloyd Axworthy arrived in Accra on Tuesday. The Minister met "
      "President Jerry Rawlings at the Castle."), date(1999, 1, 27),
     [("The Minister", "Lloyd Axworthy")]),
    # not a prime minister, and not a minister of a portfolio the phrase names
    ("Prime Minister Manasseh Sogavare arrived in Nadi. The minister said he was pleased.",
     date(2022, 11, 1), []),
    ("Interior Minister Jane Doe met the press. The minister of agriculture said nothing.",
     date(2008, 1, 24), []),
    # the first word of a longer role is no word describing its holder: "the opposition leader"
    (("Kenyatta met opposition leader Raila Odinga. Later the opposition leader told reporters "
      "he was hopeful."), date(2008, 1, 24), [("the opposition leader", "Raila Odinga")]),
])
def test_the_minister_is_the_minister_named_before(packaged, nlp, text, day, expected):
    assert roles(packaged, nlp, text, day) == expected


@pytest.mark.parametrize("text, day, expected", [
    # "the Secretary": the secretary of state the article names before it
    ("Secretary Kissinger arrived in Damascus on Sunday. The Secretary met President Assad.",
     date(1974, 5, 5), [("The Secretary", "Henry Kissinger")]),
    (("Secretary of State John Foster Dulles landed in Cairo. The Secretary spent an hour with "
      "General Naguib."), date(1953, 5, 11), [("The Secretary", "John Foster Dulles")]),
    # never one the article does not name, nor another secretary's office
    ("The Secretary met President Assad in Damascus.", date(1974, 5, 5), []),
    ("Secretary Kissinger arrived. The permanent secretary of the ministry said nothing.",
     date(1974, 5, 5), []),
])
def test_the_secretary_is_the_secretary_of_state_named_before(packaged, nlp, text, day,
                                                               expected):
    assert roles(packaged, nlp, text, day) == expected


@pytest.mark.parametrize("text, day, name", [
    # a transcript's speaker, labelled on the line
    (("Prime Minister Keith Holyoake welcomed Prime Minister John Gorton in Wellington.\n"
      "MR. GORTON: Thank you very much, Mr. Prime Minister. I am delighted to be here."),
     date(1968, 5, 20), "Keith Holyoake"),
    (("President of Russia Vladimir Putin: Mr President, colleagues, welcome to Sochi.\n"
      "President of Belarus Alexander Lukashenko: Thank you."), date(2019, 12, 20),
     "Alexander Lukashenko"),
    # a quote's speaker
    (("President Lungu held talks with President Masisi at State House. “Mr President, we need "
      "to work together on Mozambique,” President Lungu said."), date(2021, 1, 15),
     "Mokgweetsi Masisi"),
    # the one addressed, named in the sentence, is no speaker
    (("President Barack Obama met President-elect Donald Trump at the White House. Obama "
      "referred to Trump as “Mr. President-elect” and sought to reassure the country."),
     date(2016, 11, 10), "Donald Trump"),
])
def test_a_title_addressed_is_never_its_speaker(packaged, nlp, text, day, name):
    assert [found for phrase, found in roles(packaged, nlp, text, day)
            if phrase.startswith("Mr")] == [name]


@pytest.mark.parametrize("text, phrase, name", [
    (("President spoke with Putin on telephone\nNursultan Nazarbayev, president of Kazakhstan, "
      "has congratulated Vladimir Putin."), "President", "Nursultan Nazarbayev"),
    (("PM meets Thai counterpart on ASEAN Summit sidelines\nPrime Minister Nguyen Tan Dung and "
      "his Thai counterpart Prayut Chan-ocha agreed to beef up trade."), "PM", "Nguyen Tan Dung"),
])
def test_a_title_alone_opening_a_headline_is_the_holder_the_article_names(packaged, nlp, text,
                                                                         phrase, name):
    assert (phrase, name) in roles(packaged, nlp, text)


def test_a_title_opening_a_line_before_a_name_is_no_role_phrase(packaged, nlp):
    found = roles(packaged, nlp, "President Nursultan Nazarbayev spoke with Vladimir Putin.")
    assert found == []


@pytest.mark.parametrize("text, day, name", [
    ("The German leader spoke.", date(2010, 5, 1), "Angela Merkel"),
    ("The British leader spoke.", date(2010, 5, 1), "Gordon Brown"),
    ("The Italian leader spoke.", date(2019, 5, 1), "Giuseppe Conte"),
])
def test_the_leader_of_a_country_its_head_of_government_leads_is_that_head(packaged, nlp, text,
                                                                          day, name):
    assert [holder for _, holder in roles(packaged, nlp, text, day)] == [name]


def test_the_senator_is_the_person_the_article_calls_senator(packaged, nlp):
    text = ("Senator Leticia Ramos Shahani, the younger sister of the president, did just that. "
            "Yesterday, the senator met Moerdiono to convey a letter from Ramos for Soeharto.")
    assert roles(packaged, nlp, text, date(1994, 6, 16))[-1] == (
        "the senator", "Leticia Ramos Shahani")


def test_plural_role_words_are_the_role_words_in_the_plural():
    from analysis.extract.actors.plural_roles import plural_role_words

    words = plural_role_words()
    assert (words["presidents"], words["heads of state"], words["general secretaries"],
            words["chiefs"], words["counterparts"]) == (
        "president", "president", "general_secretary", "leader", "counterpart")
    assert "hosts" not in words


def test_each_country_of_a_plural_role_names_its_holder_on_its_word(packaged, nlp):
    mentions = packaged.find(nlp("The Azerbaijani and Armenian presidents met in Geneva."),
                             date(2002, 5, 14))
    assert [(m.text, m.name, m.type) for m in mentions if m.method == "role"] == [
        ("Azerbaijani", "Heydar Aliyev", "person"), ("Armenian", "Robert Kocharyan", "person")]


@pytest.mark.parametrize("text, holders", [
    # counterparts of a president: the presidents of those countries
    (("Tajik President Emomali Rahmon yesterday had telephone conversations with his Kazakh "
      "and Uzbek counterparts."), ["Kassym-Jomart Tokayev", "Shavkat Mirziyoyev"]),
    # of a foreign minister, after "from": the foreign ministers
    ("Foreign Minister Sergei Lavrov met his counterparts from Armenia and Azerbaijan.",
     ["Ararat Mirzoyan", "Jeyhun Bayramov"]),
    # nobody named before with an office: nobody's counterparts
    ("The delegates met their counterparts from Armenia and Azerbaijan.", []),
])
def test_plural_counterparts_are_the_holders_of_the_office_named_before(packaged, nlp, text,
                                                                        holders):
    mentions = packaged.find(nlp(text), date(2021, 9, 10))
    assert [m.name for m in mentions if m.method == "role"] == holders


@pytest.mark.parametrize("text", [
    "His Majesty King Faisal Omar met President Ali Hassan.",
    "King Faisal Omar met President Ali Hassan. His Majesty's Government agreed.",
    "King Faisal Omar met President Ali Hassan. His Majesty the King then left.",
])
def test_his_majesty_before_a_name_a_title_or_a_possessive_is_no_role_phrase(packaged, nlp, text):
    assert not [phrase for phrase, _ in roles(packaged, nlp, text) if "Majesty" in phrase]


@pytest.mark.parametrize("text, name", [
    # an ambassador is the one to the country the article names
    ("The Belarusian minister met the Russian ambassador on Thursday.", "Mikhail Babich"),
    ("Azerbaijan's foreign minister met the Russian ambassador on Thursday.", None),
])
def test_an_ambassador_is_resolved_only_where_the_article_names_the_host(packaged, nlp, text,
                                                                          name):
    found = dict(roles(packaged, nlp, text, date(2019, 3, 7)))
    assert found.get("the Russian ambassador") == name


def test_an_office_a_name_held_then_is_that_persons_not_the_holder_of_the_day(packaged, nlp):
    text = ("In 1969 Aleksei Kosygin, then the Soviet premier, met Zhou Enlai. The Soviet premier "
            "is due in Paris.")
    found = roles(packaged, nlp, text, date(1988, 9, 29))
    assert ("the Soviet premier", "Alexei Kosygin") in found
    # without "then" the apposition is read as it always was: the holder the article names
    found = roles(packaged, nlp, "Nikolai Ryzhkov, the Soviet premier, met Zhou Enlai.",
                  date(1988, 9, 29))
    assert found == [("the Soviet premier", "Nikolai Ryzhkov")]


def test_a_role_phrase_fronted_before_the_subjects_name_is_not_its_title(packaged, nlp):
    text = ("Kurmanbek Bakiyev met with his Uzbek counterpart Islam Karimov. Aside from the Uzbek "
            "President, Bakiyev also met the speakers.")
    assert ("the Uzbek President", "Islam Karimov") in roles(packaged, nlp, text,
                                                            date(2006, 11, 29))


@pytest.mark.parametrize("text, phrase", [
    ("Two men met in Bangkok. The visitor was Malaysian Prime Minister Mahathir Mohamad.",
     "The visitor"),
    ("Two men met in Bangkok. Mahathir Mohamad was the guest.", "the guest"),
])
def test_a_copula_makes_a_role_phrase_the_person_it_joins(packaged, nlp, text, phrase):
    assert (phrase, "Mahathir Mohamad") in roles(packaged, nlp, text, date(2018, 10, 26))


def test_a_role_phrase_before_a_title_and_a_name_is_that_name(packaged, nlp):
    text = ("Maris Sangiampongsa held a press conference with his Filipino counterpart, Foreign "
            "Affairs Secretary Enrique Manalo, on Friday.")
    mentions = packaged.find(nlp(text), date(2024, 7, 5))
    assert [m.text for m in mentions if m.type == "person"] == ["Maris Sangiampongsa",
                                                                "Enrique Manalo"]
