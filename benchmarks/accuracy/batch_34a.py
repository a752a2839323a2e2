"""Accuracy corpus, batch 34a: 12 new articles about meetings between political actors, weighted
to older text (1960s: four, 1970s: one, 1980s: two, 1990s: two, 2000s: one, 2010s: one, 2020s:
one), over eleven regions (Middle East: two; Oceania, Western Europe, Africa, East Asia, Central
Asia/Caucasus, Southeast Asia, Latin America, Eastern Europe/Russia, North America, South Asia:
one each). Outlets/sites: The Press (Christchurch) via Papers Past (two), Hansard (UK House of
Commons), the Jewish Telegraphic Agency archive (two), Premium Times (NAN), the Los Angeles
Times, an Uzbek news digest (uzland.narod.ru), The Jakarta Post via jawawa.id, The Tico Times,
the Sun-Sentinel and National Newswatch; some of these sites were used before, the pages are
new. Collected with the `search` tool (corpus `pages`) and annotated from the texts alone,
BEFORE the package was run on them (the package has not been run on this batch). Conventions:
ANNOTATION.md and /work/shared/ANNOTATION-GUIDE.md. Notes: batch_34a_NOTES.md.

Split rule (fixed before annotating, as given in the brief for this batch, the same as batches
5a-33b): the articles are numbered 1..12 in the order they were first found in this session's
search results (the query in which each first appeared, then its rank in that query), after
skipping pages already in the corpus (or of a story already in it); positions 3, 7 and 11 are
test, all others dev. Ids: `dev_66NN_<slug>` / `test_66NN_<slug>`, NN = collection position
(01..12).

M(participants, date, place, kind, status, evidence, required=True)
Evidence is the verbatim sentence (line breaks inside it replaced by single spaces).
Aliases are written as they stand in the text (typos included).
"""


from annotations import H, IP, M, P, PH, VID  # noqa: F401 (the same row helpers)

# (article_id, region, decade, outlet, url, published)
ARTICLES = [
    # Papers Past id CHP19661021 and the page's bibliographic line "Press, Volume CVI, Issue
    # 31196, 21 October 1966, Page 1" (a Friday); dateline "WELLINGTON, October 20" (a
    # Thursday): "said today" = 1966-10-20 (a statement; the talks themselves have no day).
    ("dev_6601_holyoake_johnson_trade_talks", "Oceania", "1960s", "The Press (Christchurch), via Papers Past (New Zealand Press Association)", "https://paperspast.natlib.govt.nz/newspapers/CHP19661021.2.10", "1966-10-21"),
    # The page's header "HC Deb 25 July 1960 vol 627 c1073" (a Monday; a written statement to
    # the House of Commons): "On 5th July" / "On 6th July" = 1960-07-05 / 1960-07-06 (day and
    # month, the year of publication).
    ("dev_6602_frondizi_prime_minister_visit", "Western Europe", "1960s", "Hansard (House of Commons debates, UK Parliament)", "https://api.parliament.uk/historic-hansard/commons/1960/jul/25/visit-of-president-frondizi", "1960-07-25"),
    # The URL's date 1968/01/05 (a Friday; the JTA daily bulletin): "late this afternoon" =
    # 1968-01-05 (the arrival in New York); the talks in Texas have no day -> null.
    ("test_6603_eshkol_arrives_to_see_johnson", "Middle East", "1960s", "Jewish Telegraphic Agency (JTA archive)", "https://www.jta.org/1968/01/05/archive/eshkol-hints-on-arrival-to-see-johnson-he-would-talk-about-u-s-phantom-jets-for-israel", "1968-01-05"),
    # The search result's date 2017-09-15 (a Friday) and the caption's "on Friday (15/9/17)":
    # "on Friday" = 2017-09-15.
    ("dev_6604_buhari_museveni_aso_rock", "Africa", "2010s", "Premium Times (premiumtimesng.com; NAN)", "http://www.premiumtimesng.com/news/more-news/243350-buhari-meets-ugandas-president-yoweri-museveni-aso-rock.html", "2017-09-15"),
    # The URL's date 1989-09-19 (a Tuesday): "today" = 1989-09-19; "Saturday" = 1989-09-16
    # ("the second ... in three days").
    ("dev_6605_deng_ito_great_hall", "East Asia", "1980s", "Los Angeles Times (Times Wire Services)", "https://www.latimes.com/archives/la-xpm-1989-09-19-mn-356-story.html", "1989-09-19"),
    # The page's date line "April 4, 1998" (a Saturday) and the URL 04_04_98: "on April 1" =
    # 1998-04-01 (a Wednesday; day and month, the year of publication).
    ("dev_6606_karimov_dufourcq_credentials", "Central Asia/Caucasus", "1990s", "uzland.narod.ru (Uzbekistan news digest)", "http://uzland.narod.ru/04_04_98.htm", "1998-04-04"),
    # The page's date line "August 8, 1975" (a Friday) and the URL 1975/08/08: "this evening" =
    # 1975-08-08 (resolved against the bulletin's date, as the corpus does for JTA bulletins;
    # see the notes), "the first evening of his four-day official visit" (the arrival, the
    # courtesy call and the reception of the same day).
    ("test_6607_echeverria_rabin_jerusalem", "Middle East", "1970s", "Jewish Telegraphic Agency (JTA archive)", "https://www.jta.org/1975/08/08/archive/mexicos-president-in-jerusalem", "1975-08-08"),
    # The page's date line "Thu, 16 Jun 1994": "on Monday" = 1994-06-13; "on Tuesday" =
    # 1994-06-14 (an interview, no meeting); "Yesterday" = 1994-06-15.
    ("dev_6608_shahani_soeharto_moerdiono", "Southeast Asia", "1990s", "The Jakarta Post, via jawawa.id", "https://jawawa.id/newsitem/ramos-makes-first-move-at-damage-control-1447893297", "1994-06-16"),
    # The URL's date 2007/11/23 (a Friday): "yesterday" = 2007-11-22; "in January" -> null
    # (month only).
    ("dev_6609_ortega_arias_san_jose", "Latin America", "2000s", "The Tico Times (ticotimes.net)", "https://ticotimes.net/2007/11/23/ortega-arias-meet-in-san-jose", "2007-11-23"),
    # The URL's date 1985-09-02 (a Monday): "on Sunday" = 1985-09-01; "Earlier in the day" =
    # the same Sunday.
    ("dev_6610_honecker_strauss_sunday", "Eastern Europe/Russia", "1980s", "Sun-Sentinel (sun-sentinel.com)", "https://www.sun-sentinel.com/news/fl-xpm-1985-09-02-8502060148-story.html", "1985-09-02"),
    # The URL's date 2022/12/04 (a Sunday; a "Today in Canada's Political History" column):
    # "on this date in 1974" = 1974-12-04 (the day and month of publication, the year given).
    ("test_6611_trudeau_ford_first_meeting", "North America", "2020s", "National Newswatch (nationalnewswatch.com)", "https://www.nationalnewswatch.com/2022/12/04/today-in-canadas-political-history-pierre-trudeaus-first-meeting-with-president-ford/", "2022-12-04"),
    # Papers Past id CHP19660106 and the page's bibliographic line "Press, Volume CV, Issue
    # 30951, 6 January 1966, Page 9" (a Thursday); dateline "TASHKENT. Jan. 5" (a Wednesday):
    # "today" = 1966-01-05 (the dateline's day); "yesterday" = 1966-01-04.
    ("dev_6612_ayub_shastri_tashkent", "South Asia", "1960s", "The Press (Christchurch), via Papers Past (N.Z. Press Association, Associated Press)", "https://paperspast.natlib.govt.nz/newspapers/CHP19660106.2.125", "1966-01-06"),
]

A = {}

A["dev_6601_holyoake_johnson_trade_talks"] = dict(
    actors={
        "keith_holyoake": ["Mr Holyoake"],
        "lyndon_johnson": ["President Johnson", "Mr Johnson"],
        "norman_kirk": ["Mr Kirk"],
    },
    meetings=[
        # "he had made the 'strongest representations' to President Johnson"; "he and Mr Johnson
        # also discussed ..." -> held, in person (talks; no call is mentioned). Date null: the
        # text gives no day for the talks ("said today" dates the statement). Place null: the
        # text does not say where the talks were (the dateline is where Holyoake spoke; Johnson's
        # visit to New Zealand is not stated); see the notes.
        M(["keith_holyoake", "lyndon_johnson"], None, None, IP, H,
          "Mr Holyoake said he and Mr Johnson also discussed AsianPacific area issues, China, Indonesia, Malaysia, and Singapore, the general question of regional co-operation, and Vietnam."),
        # "Mr Johnson also discussed the Asian situation with the Leader of the Opposition (Mr
        # Kirk)"; "Mr Kirk described the talks as 'quite frank'" -> a separate held meeting,
        # date and place null (as above).
        M(["lyndon_johnson", "norman_kirk"], None, None, IP, H,
          "Mr Johnson also discussed the Asian situation with the Leader of the Opposition (Mr Kirk)."),
        # Not rows: Holyoake's statement "today" (a statement); "the Manila conference" (a
        # multilateral conference, no participants named); the United States' purchases (no
        # meeting). "(New Zealand Prtss Association)" in the dateline is the agency credit (not
        # an actor; typo kept). Removed: Papers Past's "Article image" lines at the start and
        # the end matter ("This article text was automatically generated ...", permanent link,
        # bibliographic details "Press, Volume CVI, Issue 31196, 21 October 1966, Page 1", word
        # count).
    ],
    roles=[("The Prime Minister", "keith_holyoake"), ("the Leader of the Opposition", "norman_kirk")],
)

A["dev_6602_frondizi_prime_minister_visit"] = dict(
    actors={
        "arturo_frondizi": ["President Frondizi", "Frondizi"],
        "diogenes_taboada": ["Dr. Taboada"],
        "british_government": ["Her Majesty's Government"],
        "european_free_trade_association": ["E.F.T.A."],
        "commonwealth_of_nations": ["Commonwealth"],
    },
    meetings=[
        # "President Frondizi had conversations with the Prime Minister on two occasions": the
        # Prime Minister is never named -> one-party rows (Frondizi), as dev_040's unnamed UK
        # Prime Minister. Place: "his visit to the United Kingdom" (no city) -> United Kingdom.
        # 1) "On 5th July, he was accompanied by Dr. Taboada ... and the Foreign Secretary was
        # also present" -> held, 1960-07-05. Taboada "accompanied" (not a participant, as
        # test_016's Erekat); the Foreign Secretary is unnamed.
        M(["arturo_frondizi"], "1960-07-05", "United Kingdom", IP, H,
          "On 5th July, he was accompanied by Dr. Taboada, the Foreign Minister of the Argentine, and the Foreign Secretary was also present."),
        # 2) "On 6th July. President Frondizi and the Prime Minister had a meeting alone." (the
        # full stop after "July" is the page's) -> held, 1960-07-06.
        M(["arturo_frondizi"], "1960-07-06", "United Kingdom", IP, H,
          "On 6th July. President Frondizi and the Prime Minister had a meeting alone."),
        # Not rows: "During their conversations ..." and the following paragraphs (the same two
        # conversations); the visit "from 4th July to 7th July" (a stay, no further meeting);
        # Her Majesty's Government's assistance, E.F.T.A.'s policies, the Latin American Free
        # Trade Zone (no meeting; the Zone is an arrangement, not an actor). Removed: the last,
        # cut-off paragraph ("The question was discussed how Anglo Argentine trade could be
        # further expanded ... the development of Argentina's industries", no full stop).
    ],
    roles=[("the Foreign Minister of the Argentine", "diogenes_taboada"),
           ("The Argentine President", "arturo_frondizi"), ("the President", "arturo_frondizi")],
)

A["test_6603_eshkol_arrives_to_see_johnson"] = dict(
    actors={
        "levi_eshkol": ["Levi Eshkol", "Mr. Eshkol", "Eshkol"],
        "lyndon_johnson": ["President Johnson", "Johnson"],
        "samuel_king": ["Samuel King"],
        "miriam_eshkol": ["Mrs. Eshkol"],
        "yaakov_herzog": ["Rabbi Yaakov Herzog", "Yaakov Herzog"],
        "adi_yaffe": ["Adi Yaffe"],
        "israel_liyor": ["Col. Israel Liyor", "Israel Liyor"],
        "moshe_bitan": ["Moshe Bitan"],
        "el_al": ["El Al Israel Airlines"],
        "united_nations": ["United Nations"],
        "israeli_foreign_ministry": ["Israeli Foreign Ministry"],
    },
    meetings=[
        # "arrived here ... on his way to Texas to confer with President Johnson" (and "In his
        # talks with the President, he said, he will ...") -> planned, date null (no day given),
        # place Texas (the most specific named locality; no city given).
        M(["levi_eshkol", "lyndon_johnson"], None, "Texas", IP, P,
          "Levi Eshkol, Prime Minister of Israel, arrived here late this afternoon on his way to Texas to confer with President Johnson, and indicated he would discuss with the President the supply of arms, possibly Phantom jet planes, to Israel."),
        # "He was greeted formally by Samuel King, the acting United States Chief of Protocol"
        # at the John F. Kennedy International Airport ("here") -> held, 1968-01-05 ("late this
        # afternoon"), New York (the airport, named without a city, resolved to its city, as
        # White House -> Washington); required False (an arrival greeting by a protocol
        # official, as dev_031's greeting on the tarmac).
        M(["levi_eshkol", "samuel_king"], "1968-01-05", "New York", IP, H,
          "He was greeted formally by Samuel King, the acting United States Chief of Protocol, as well as by protocol officials representing the United Nations, the State of New York, and New York City, at the International Airport Synagogue, near the landing strip, he was greeted by about 500 persons, many of them among the outstanding leaders of American Jewry.",
          False),
        # Not rows: Mrs. Eshkol, Herzog, Yaffe, Liyor and Bitan "accompanied" the Prime Minister
        # (not participants); the unnamed protocol officials and "about 500 persons"; the
        # "news conference" (in the removed fragment); the departure from Lod (no meeting). The
        # typo "After had weather" is kept. Removed: the site's repeated headline and "Menu JTA
        # Search" at the start; the widget line "Download PDF for this date" between the
        # headline and the text; the last, cut-off paragraph ("At an extraordinarily crowded
        # news conference immediately after he landed – covered not only by the world press but
        # also b").
    ],
    roles=[("Prime Minister of Israel", "levi_eshkol"), ("the President", "lyndon_johnson"),
           ("the acting United States Chief of Protocol", "samuel_king"),
           ("The Prime Minister", "levi_eshkol"),
           ("director-general of the Prime Minister’s office", "yaakov_herzog"),
           ("his political secretary", "adi_yaffe"), ("his military aide", "israel_liyor"),
           ("deputy director-general of the Israeli Foreign Ministry", "moshe_bitan")],
)

A["dev_6604_buhari_museveni_aso_rock"] = dict(
    actors={
        "muhammadu_buhari": ["President Muhammadu Buhari", "Muhammadu Buhari", "President Buhari", "Buhari"],
        "yoweri_museveni": ["Yoweri Museveni", "Mr. Museveni", "Museveni"],
        "abba_kyari": ["Alhaji Abba Kyari", "Abba Kyari"],
        "ogbonnaya_onu": ["Dr Ogbonnaya Onu", "Ogbonnaya Onu"],
        "solomon_dalung": ["Comrade Solomon Dalung", "Solomon Dalung"],
        "news_agency_of_nigeria": ["News Agency of Nigeria", "NAN"],
        "goodluck_jonathan": ["Goodluck Jonathan"],
        "boko_haram": ["Boko Haram"],
    },
    meetings=[
        # "on Friday met behind closed with the visiting Ugandan President Yoweri Museveni, in the
        # Presidential Villa, Abuja" (the reception "on arrival" and the caption's welcome are
        # the same encounter) -> held, 2017-09-15, Abuja. The typo "behind closed" is kept.
        M(["muhammadu_buhari", "yoweri_museveni"], "2017-09-15", "Abuja", IP, H,
          "Nigeria’s President Muhammadu Buhari on Friday met behind closed with the visiting Ugandan President Yoweri Museveni, in the Presidential Villa, Abuja."),
        # Not rows: the caption's "With them are: ... Abba Kyari ... Ogbonnaya Onu and ...
        # Solomon Dalung" (present, not said to meet: not participants); Museveni "quoted in
        # 2014" and "told a local Ugandan newspaper in an interview" (an interview); the Jonathan
        # administration (no meeting). "NAN reports" / "The News Agency of Nigeria (NAN)
        # reports": the agency cited in the body (annotated); the caption's photo credit
        # "04943/11//9/2017/Callistus Ewelike/NAN" is kept in the text, the photographer is not
        # an actor. Removed: the tool's date prefix (" date 2017-09-15").
    ],
    roles=[("Nigeria’s President", "muhammadu_buhari"), ("the visiting Ugandan President", "yoweri_museveni"),
           ("The Ugandan President", "yoweri_museveni"), ("Chief of Staff", "abba_kyari"),
           ("Minister of Science and Technology", "ogbonnaya_onu"),
           ("Minister of Sports and Youth Development", "solomon_dalung"),
           ("former President", "goodluck_jonathan")],
)

A["dev_6605_deng_ito_great_hall"] = dict(
    actors={
        "deng_xiaoping": ["Deng Xiaoping", "Deng"],
        "masayoshi_ito": ["Masayoshi Ito", "Ito"],
        "richard_nixon": ["Richard M. Nixon"],
        "henry_kissinger": ["Henry A. Kissinger"],
        "kakuei_tanaka": ["Kakuei Tanaka"],
        "tsung_dao_lee": ["T. D. Lee"],
    },
    meetings=[
        # "today" (the lead), "Deng ... also told Japanese lawmaker Masayoshi Ito", "The meeting
        # at the Great Hall of the People" -> held, 1989-09-19, Beijing (the Great Hall of the
        # People, named without a city, resolved to its city).
        M(["deng_xiaoping", "masayoshi_ito"], "1989-09-19", "Beijing", IP, H,
          "Deng, 85, also told Japanese lawmaker Masayoshi Ito that among the politicians he most respected were former President Richard M. Nixon, Henry A. Kissinger and Japan’s former Prime Minister Kakuei Tanaka."),
        # "Saturday when he held talks with Chinese-American physicist T. D. Lee" -> held,
        # 1989-09-16 (the Saturday before a Tuesday paper), place null (not given; "the second
        # ... in three days" does not say where). Required: "held talks with" a named person,
        # though a scientist rather than a politician (see the notes).
        M(["deng_xiaoping", "tsung_dao_lee"], "1989-09-16", None, IP, H,
          "He appeared in public for the first time in three months Saturday when he held talks with Chinese-American physicist T. D. Lee."),
        # Not rows: Nixon, Kissinger and Tanaka (named as respected politicians, no meeting); the
        # "Paris summit of seven non-communist industrialized nations" (a multilateral summit,
        # Deng not present); the televised handshake (the Ito meeting). "From Times Wire
        # Services" is the credit line (not an actor). Removed: the "Advertisement" and "Share"
        # widget lines at the start, and the "Advertisement" lines inside the text (after "...
        # in three days." and after "... the other six countries.").
    ],
    roles=[("China’s senior leader", "deng_xiaoping"), ("Japanese lawmaker", "masayoshi_ito"),
           ("former President", "richard_nixon"), ("Japan’s former Prime Minister", "kakuei_tanaka"),
           ("China’s reclusive leader", "deng_xiaoping"), ("Chinese-American physicist", "tsung_dao_lee")],
)

A["dev_6606_karimov_dufourcq_credentials"] = dict(
    actors={
        "islam_karimov": ["President Islam Karimov", "Islam Karimov", "President Karimov"],
        "bertrand_dufourcq": ["Bertrand Dufuerk", "M. Dufuerk"],
        "jacques_chirac": ["President Jacques Chirac", "Jacques Chirac"],
        "abdulaziz_komilov": ["Abdulaziz Komilov"],
        "kim_the_sam": ["Kim The Sam"],
        "nikolae_osmokesku": ["Nikolae Osmokesku"],
        "french_ministry_of_foreign_affairs": ["Ministry fo Foreign Affairs of France"],
        "united_nations": ["U.N."],
        "ebrd": ["EBRD"],
        "uzbek_parliament": ["Uzbek Parliament"],
        "uzbek_embassy_in_the_united_states": ["Uzbek Embassy in the United States", "Uzbek Embassy in the U.S."],
        "harvard_university": ["Harvard University", "Harvard"],
        "sodiq_safaev": ["Sodiq Safaev"],
    },
    meetings=[
        # "met with Bertrand Dufuerk, Secretary General of the Ministry fo Foreign Affairs of
        # France on April 1 in Tashkent" (headline item 1 "meets with French Minister of Foreign
        # Affairs" is the same meeting) -> held, 1998-04-01, Tashkent. The key is the canonical
        # spelling (Bertrand Dufourcq); the text's "Dufuerk" and the typo "fo" are kept as
        # written.
        M(["islam_karimov", "bertrand_dufourcq"], "1998-04-01", "Tashkent", IP, H,
          "President Islam Karimov met with Bertrand Dufuerk, Secretary General of the Ministry fo Foreign Affairs of France on April 1 in Tashkent."),
        # "The French Secretary General also met with Uzbek Foreign Minister Abdulaziz Komilov."
        # -> held; the day is not stated for this meeting -> null; place Tashkent (the visit's
        # city in the same paragraph).
        M(["bertrand_dufourcq", "abdulaziz_komilov"], None, "Tashkent", IP, H,
          "The French Secretary General also met with Uzbek Foreign Minister Abdulaziz Komilov."),
        # "Ambassadors-Designate of the People's Democratic Republic of Korea, Kim The Sam and of
        # the Republic of Moldova Nikolae Osmokesku presented their credentials to President
        # Islam Karimov on April 1." -> two credentials ceremonies (the head of state receives
        # each envoy, as dev_2404's Groser), held, 1998-04-01; place null (no place in this
        # item; Tashkent is given only for the Dufourcq meeting; see the notes).
        M(["islam_karimov", "kim_the_sam"], "1998-04-01", None, IP, H,
          "Ambassadors-Designate of the People's Democratic Republic of Korea, Kim The Sam and of the Republic of Moldova Nikolae Osmokesku presented their credentials to President Islam Karimov on April 1."),
        M(["islam_karimov", "nikolae_osmokesku"], "1998-04-01", None, IP, H,
          "Ambassadors-Designate of the People's Democratic Republic of Korea, Kim The Sam and of the Republic of Moldova Nikolae Osmokesku presented their credentials to President Islam Karimov on April 1."),
        # Headline-only items of the digest (their stories are not in the stored excerpt):
        # "President Islam Karimov meets special U.N. envoy to Afghanistan" and "President meets
        # EBRD Executive Director" -> the counterparts are unnamed -> one-party rows (Karimov;
        # "President" in item 8 is the digest's President, Karimov), held, date and place null,
        # required False (headlines of a list, no body).
        M(["islam_karimov"], None, None, IP, H,
          "President Islam Karimov meets special U.N. envoy to Afghanistan", False),
        M(["islam_karimov"], None, None, IP, H,
          "President meets EBRD Executive Director", False),
        # Not rows: "M. Dufuerk handed in President Jacques Chirac's personal message" (a letter;
        # the handing over is the Dufourcq meeting); the seminar at Harvard and Safaev's speech
        # (a conference and a speech); the session of the Uzbek Parliament "scheduled for April
        # 30" (a parliament session); "Government decrees". Removed: the last, cut-off sentence
        # ("Speakers from Harvard University noted that soon Uzbekistan would be of a greater
        # importance to the United States", no full stop).
    ],
    roles=[("Secretary General of the Ministry fo Foreign Affairs of France", "bertrand_dufourcq"),
           ("The French Secretary General", "bertrand_dufourcq"),
           ("French Minister of Foreign Affairs", "bertrand_dufourcq"),
           ("Uzbek Foreign Minister", "abdulaziz_komilov"), ("Uzbek Ambassador", "sodiq_safaev")],
)

_DIN = ("Mexican President Luis Echeverria dined with Premier Yitzhak Rabin, Foreign Minister Yigal Allon and other top officials at the Premier’s residence here this evening–the first evening of his four-day official visit.")
_WEL = "Katzir and Rabin were on hand in the welcoming party."
A["test_6607_echeverria_rabin_jerusalem"] = dict(
    actors={
        "luis_echeverria": ["Mexican President Luis Echeverria", "Luis Echeverria", "Echeverria"],
        "yitzhak_rabin": ["Premier Yitzhak Rabin", "Yitzhak Rabin", "Rabin"],
        "yigal_allon": ["Foreign Minister Yigal Allon", "Yigal Allon"],
        "ephraim_katzir": ["President Ephraim Katzir", "Ephraim Katzir", "Katzir"],
        "united_nations": ["United Nations"],
    },
    meetings=[
        # "dined with Premier Yitzhak Rabin, Foreign Minister Yigal Allon and other top officials
        # at the Premier's residence here this evening"; "The dinner was preceded by political
        # talks" -> one meeting of three named people -> one row per pair; held, 1975-08-08,
        # Jerusalem (headline "in Jerusalem"; "here"). The two hosts' pair (Rabin-Allon, the
        # same government) is required False (as batch 33b's same-side pairs).
        M(["luis_echeverria", "yitzhak_rabin"], "1975-08-08", "Jerusalem", IP, H, _DIN),
        M(["luis_echeverria", "yigal_allon"], "1975-08-08", "Jerusalem", IP, H, _DIN),
        M(["yitzhak_rabin", "yigal_allon"], "1975-08-08", "Jerusalem", IP, H, _DIN, False),
        # "the party was to join ... an official reception at President Ephraim Katzir's
        # residence" -> planned (was to), 1975-08-08, Jerusalem (the President's residence is
        # in Jerusalem: "His first stop in flag-bedecked Jerusalem was the President's
        # residence"); required False (a reception with hundreds of guests).
        M(["luis_echeverria", "ephraim_katzir"], "1975-08-08", "Jerusalem", IP, P,
          "After the dinner, the party was to join hundreds of other officials and guests as an official reception at President Ephraim Katzir’s residence.",
          False),
        # "Katzir and Rabin were on hand in the welcoming party" at Ben Gurion Airport -> two
        # arrival greetings, held, 1975-08-08 (the first day of the visit), place Israel (the
        # airport's city is not given); required False (arrival greetings, as dev_031 and
        # test_6603).
        M(["luis_echeverria", "ephraim_katzir"], "1975-08-08", "Israel", IP, H, _WEL, False),
        M(["luis_echeverria", "yitzhak_rabin"], "1975-08-08", "Israel", IP, H, _WEL, False),
        # "His first stop in flag-bedecked Jerusalem was the President's residence for a brief
        # courtesy call." -> a courtesy call on the President (Katzir, named above as the
        # President whose residence it is), held, 1975-08-08, Jerusalem.
        M(["luis_echeverria", "ephraim_katzir"], "1975-08-08", "Jerusalem", IP, H,
          "His first stop in flag-bedecked Jerusalem was the President’s residence for a brief courtesy call."),
        # Not rows: "other top officials" and the "parallel dinners" hosted by unnamed officials
        # and ministers; Echeverria's unnamed wife and retinue; the wreath at Yad Vashem; his
        # remarks on the United Nations (a statement); the tour's next stop in Jordan "next
        # week" (no host named). Removed: "Search JTA's historical archive dating back to 1923"
        # at the start; the widget lines "See Original Daily Bulletin From This Date" and
        # "Advertisement" between the date line and the text; "Recommended from JTA" and
        # "Advertisement" at the end.
    ],
    roles=[("Mexican President", "luis_echeverria"), ("Premier", "yitzhak_rabin"),
           ("Foreign Minister", "yigal_allon"), ("the Premier", "yitzhak_rabin"),
           ("the President", "ephraim_katzir")],
)

A["dev_6608_shahani_soeharto_moerdiono"] = dict(
    actors={
        "fidel_ramos": ["Philippine President Fidel Ramos", "Fidel Ramos", "Ramos"],
        "soeharto": ["President Soeharto", "Soeharto"],
        "leticia_shahani": ["Senator Leticia Ramos Shahani", "Leticia Ramos Shahani", "Shahani", "Shanani"],
        "moerdiono": ["Minister/State Secretary Moerdiono", "Moerdiono"],
        "the_jakarta_post": ["The Jakarta Post"],
    },
    meetings=[
        # "had a brief and informal, yet crucial, meeting with Soeharto when the latter opened
        # the women's conference at the State Palace on Monday" ("a quiet conversation ... at the
        # opening ceremony") -> held, 1994-06-13, Jakarta (dateline; the State Palace).
        M(["leticia_shahani", "soeharto"], "1994-06-13", "Jakarta", IP, H,
          "The senator, who was here for the Asia-Pacific women's conference this week, had a brief and informal, yet crucial, meeting with Soeharto when the latter opened the women's conference at the State Palace on Monday."),
        # "Yesterday, the senator met with Minister/State Secretary Moerdiono at the latter's
        # office" -> held, 1994-06-15, Jakarta (dateline).
        M(["leticia_shahani", "moerdiono"], "1994-06-15", "Jakarta", IP, H,
          "Yesterday, the senator met with Minister/State Secretary Moerdiono at the latter's office to convey a letter from Ramos for Soeharto."),
        # Not rows: Ramos "sent a senator to approach President Soeharto" and "the first contact,
        # albeit an indirect one, between the two leaders" (an indirect contact through a
        # messenger: Ramos and Soeharto did not meet or call); the letter "from Ramos for
        # Soeharto" (a letter); Shahani "told The Jakarta Post on Tuesday" (an interview; the
        # paper is annotated as cited in the body); the conference on East Timor and the
        # women's conference (conferences). The byline "By Ati Nurbaiti" and the credit "(JP)"
        # are left out; the typo "Shanani" is kept as an alias. Removed: the last, cut-off
        # paragraph ("Ramos at one stage sent a special envoy in an").
    ],
    roles=[("Philippine President", "fidel_ramos"), ("the younger sister of the president", "leticia_shahani"),
           ("The senator", "leticia_shahani"), ("the senator", "leticia_shahani"),
           ("her brother", "fidel_ramos"), ("Minister/State Secretary", "moerdiono")],
)

A["dev_6609_ortega_arias_san_jose"] = dict(
    actors={
        "oscar_arias": ["President Oscar Arias", "Oscar Arias", "Arias"],
        "daniel_ortega": ["Nicaraguan President Daniel Ortega", "Daniel Ortega", "Ortega"],
        "rosario_murillo": ["Rosario Murillo"],
        "international_court_of_justice": ["International Court of Justice"],
        "costa_rica_nicaragua_bilateral_commission": ["Bilateral Commission"],
        "legislative_assembly_of_costa_rica": ["Legislative Assembly"],
        "the_tico_times": ["TT"],
    },
    meetings=[
        # "met with Nicaraguan President Daniel Ortega yesterday in San José" (the airport
        # greeting, the talks at the Foreign Ministry and the press conference are the same
        # pair on the same day: one row) -> held, 2007-11-22, San José.
        M(["oscar_arias", "daniel_ortega"], "2007-11-22", "San José", IP, H,
          "President Oscar Arias met with Nicaraguan President Daniel Ortega yesterday in San José to warm a frosty relationship and work toward reaching elusive agreements."),
        # "The Presidents also decided to meet in Nicaragua in January" -> planned, date null
        # (month only), Nicaragua (country; no city).
        M(["oscar_arias", "daniel_ortega"], None, "Nicaragua", IP, P,
          "The Presidents also decided to meet in Nicaragua in January to discuss tourism and the environment, among other issues."),
        # Not rows: Rosario Murillo and the unnamed ambassadors and foreign ministers
        # "accompanied" the Presidents (not participants); "previous appeals from Ortega"
        # (statements); the ICJ case and the Bilateral Commission (institutions, no meeting);
        # the bill in the Legislative Assembly. "(TT, Aug. 24)" / "(TT, July 6)": the paper's
        # own earlier reports, cited in the body (annotated as the_tico_times). Removed: the
        # site's "No menu items!" line and the breadcrumb "HomeArchiveOrtega, Arias Meet In San
        # José" at the start; the last, cut-off sentence ("Ortega said a group of Nicaraguan
        # politicians would visit Costa Rica to speak to legislato").
    ],
    roles=[("Nicaraguan President", "daniel_ortega"), ("Ortega’s wife", "rosario_murillo")],
)

A["dev_6610_honecker_strauss_sunday"] = dict(
    actors={
        "erich_honecker": ["Erich Honecker", "Honecker"],
        "franz_josef_strauss": ["Franz Josef Strauss", "Strauss"],
        "hans_joachim_tiedge": ["Hans Joachim Tiedge", "Tiedge"],
        "ronald_reagan": ["President Reagan"],
        "hans_otto_braeutigam": ["Hans Otto Braeutigam"],
    },
    meetings=[
        # "met for an hour here on Sunday with Franz Josef Strauss" -> held, 1985-09-01. Place:
        # "here" has no dateline in the stored text; Strauss "flew to East Germany on Sunday"
        # -> East Germany (country; Leipzig, the fair he "also visited", is not said to be the
        # meeting place; see the notes).
        M(["erich_honecker", "franz_josef_strauss"], "1985-09-01", "East Germany", IP, H,
          "The East German leader, Erich Honecker, met for an hour here on Sunday with Franz Josef Strauss, the conservative Bavarian premier."),
        # "Earlier in the day, Honecker met briefly with the highest-ranking West German diplomat
        # in East Berlin, Hans Otto Braeutigam." -> held, 1985-09-01 (the same Sunday); place
        # East Germany (where Honecker was that day; the sentence places the diplomat's post,
        # not the meeting, in East Berlin).
        M(["erich_honecker", "hans_otto_braeutigam"], "1985-09-01", "East Germany", IP, H,
          "Earlier in the day, Honecker met briefly with the highest-ranking West German diplomat in East Berlin, Hans Otto Braeutigam."),
        # Not rows: "his talk with Honecker" and "they had discussed many issues" (the same
        # meeting); Strauss's news conference and quips (statements); the Leipzig trade fair
        # (an event); Tiedge's defection; "President Reagan's plan" (no meeting). Removed: the
        # site's podcast banner ("Hear new episodes of the true-crime podcast Felonious Florida
        # now") at the start and "Copyright © 2018, Sun Sentinel" at the end.
    ],
    roles=[("The East German leader", "erich_honecker"), ("the conservative Bavarian premier", "franz_josef_strauss"),
           ("The Bavarian leader", "franz_josef_strauss"),
           ("the top West German counterespionage official", "hans_joachim_tiedge"),
           ("the highest-ranking West German diplomat in East Berlin", "hans_otto_braeutigam")],
)

A["test_6611_trudeau_ford_first_meeting"] = dict(
    actors={
        "pierre_trudeau": ["Prime Minister Pierre Elliott Trudeau", "Pierre Elliott Trudeau", "Pierre Trudeau",
                           "Prime Minister Trudeau", "Trudeau"],
        "gerald_ford": ["President Gerald R. Ford", "Gerald R. Ford", "President Ford", "Ford"],
        "g7": ["G7"],
        "gerald_r_ford_library": ["Gerald R. Ford Library"],
    },
    meetings=[
        # "was in Washington on this date in 1974 for his first bilateral meetings with ...
        # President Gerald R. Ford" -> held, 1974-12-04 (this date = the column's 4 December;
        # the year given), Washington. "the talks between Ford and Trudeau" and the caption
        # "Prime Minister Trudeau and President Ford" are the same meeting.
        M(["pierre_trudeau", "gerald_ford"], "1974-12-04", "Washington", IP, H,
          "Prime Minister Pierre Elliott Trudeau was in Washington on this date in 1974 for his first bilateral meetings with an American who would soon become a close Trudeau friend, President Gerald R. Ford."),
        # Not rows: Trudeau's later remarks "In political retirement" (statements); Ford's
        # insistence on Canada's G7 membership (the G7 as such, no meeting); the report held by
        # the Gerald R. Ford Library (a document). The caption shortcode "[caption ...]" is
        # kept as it stands in the excerpt. Removed: the author's biography glued to the
        # caption at the end ("Arthur Milnes is an accomplished public historian ... the 175
        # year-old Frontenac Club Hotel."; an author line, as bylines are left out).
    ],
    roles=[("an American who would soon become a close Trudeau friend", "gerald_ford")],
)

A["dev_6612_ayub_shastri_tashkent"] = dict(
    actors={
        "ayub_khan": ["President Ayub Khan"],
        "lal_bahadur_shastri": ["Mr Lal Bahadur Shastri", "Lal Bahadur Shastri"],
        "associated_press": ["Associated Press"],
    },
    meetings=[
        # "President Ayub Khan ... and India's Prime Minister, Mr Lal Bahadur Shastri met in
        # their secluded 'neutral villa' ... to continue their talks" ("returned to crucial
        # private negotiations today") -> held, 1966-01-05 (the dateline's day), Tashkent.
        M(["ayub_khan", "lal_bahadur_shastri"], "1966-01-05", "Tashkent", IP, H,
          "President Ayub Khan of Pakistan and India's Prime Minister, Mr Lal Bahadur Shastri met in their secluded “neutral villa” provided by their Russian hosts, to continue their talks."),
        # "the next round of talks between the two leaders" -> planned, date null (no day),
        # Tashkent; required False (a next round spoken of by officials, not scheduled).
        M(["ayub_khan", "lal_bahadur_shastri"], None, "Tashkent", IP, P,
          "Officials from both sides said that the next round of talks between the two leaders might determine whether the summit yielded significant ' results.",
          False),
        # "In their first public statements yesterday ... the opening speeches yesterday" -> the
        # summit's opening session of 1966-01-04, where the two leaders faced each other;
        # held, Tashkent, required False (speeches at an opening session, the meeting only
        # implied).
        M(["ayub_khan", "lal_bahadur_shastri"], "1966-01-04", "Tashkent", IP, H,
          "In their first public statements yesterday the two leaders offered each other a no-war but each attached conditions the other found unacceptable.",
          False),
        # Not rows: the Pakistan and Indian spokesmen's statements; "their Russian hosts"
        # (unnamed). "(N.Z. Press Assn—Copyright)" is the agency credit (not an actor); "the
        # Associated Press reported" cites the agency in the body (annotated). OCR debris
        # ("todayplagued", "significant ' results", "Indo-Paki-stan", "rejpeated",
        # "nego'tiable") is kept. Removed: Papers Past's "Article image" lines at the start
        # and the end matter (correction notice, permanent link, bibliographic details
        # "Press, Volume CV, Issue 30951, 6 January 1966, Page 9", word count).
    ],
    roles=[("India's Prime Minister", "lal_bahadur_shastri")],
)
