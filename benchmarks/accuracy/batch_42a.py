"""Accuracy corpus, batch 42a: 12 new articles about meetings between political actors, all
published in ODD years (another helper takes even years), from the 1960s, 1980s, 1990s, 2000s,
2010s and 2020s (1960s: two, 1980s: one, 1990s: two, 2000s: two, 2010s: three, 2020s: two; five
of the twelve from before 2000, as the brief asked), over eleven regions (East Asia: two;
Oceania, Africa, Central Asia/Caucasus, Latin America, Eastern Europe/Russia, South Asia, Middle
East, North America, Western Europe, Southeast Asia: one each). Outlets/sites: The Press
(Christchurch, via Papers Past, two), Polity (polity.org.za, carrying News24Wire), 24.kg, The
Japan Times, the Polish presidency (president.pl), the Hindustan Times, Al Bawaba, Maclean's
(archive), The Christian Science Monitor, Khaosod English and the Los Angeles Times (archive,
carrying AP). Where the corpus already used a site, the page is new; polity.org.za and
khaosodenglish.com are new to the corpus. Collected with the `search` tool (corpus `pages`) and
annotated from the texts alone, BEFORE the package was run on them (the package has not been run,
imported or read for this batch). Conventions: ANNOTATION.md and /work/shared/ANNOTATION-GUIDE.md.
Notes: batch_42a_NOTES.md.

Split rule (fixed before annotating, as given in the brief for this batch, the same as batches
5a-41b): the articles are numbered 1..12 in the order they were first found in this session's
search results (the query in which each first appeared, then its rank in that query), after
skipping pages already in the corpus; positions 3, 7 and 11 are test, all others dev. Ids:
`dev_82NN_<slug>` / `test_82NN_<slug>`, NN = collection position (01..12).

M(participants, date, place, kind, status, evidence, required=True)
Evidence is the verbatim sentence (line breaks inside it replaced by single spaces).
Aliases are written as they stand in the text (typos included).
"""


from annotations import H, IP, M, P, PH, VID  # noqa: F401 (the same row helpers)

# (article_id, region, decade, outlet, url, published)
ARTICLES = [
    # The Papers Past id CHP19671223 (The Press, Saturday 1967-12-23; no date line of the issue
    # in the excerpt) and the dateline "MELBOURNE, Dec. 22." (a Friday): "today", "tonight" and
    # "this evening" = the dateline day 1967-12-22 (as ANNOTATION's "today" resolved to a
    # dateline day that precedes the issue); "Yesterday" = 1967-12-21 is the day Holyoake TOLD
    # the Press Association, not the day of his talk with McEwen -> that talk's date null.
    ("dev_8201_holyoake_wilson_melbourne", "Oceania", "1960s", "The Press (Christchurch), via Papers Past (N.Z. Press Association)", "https://paperspast.natlib.govt.nz/newspapers/CHP19671223.2.12", "1967-12-23"),
    # The page's date line "2nd August 2017" (a Wednesday): "flew to Harare on Monday" =
    # 2017-07-31, but the talks are only said to come "after he flew" -> date null.
    ("dev_8202_mbeki_mugabe_harare_private", "Africa", "2010s", "Polity (polity.org.za; News24Wire)", "http://www.polity.org.za/article/mbeki-mugabe-meet-in-harare-for-private-talks-2017-08-02", "2017-08-02"),
    # The search result's date field 2019-10-15 (a Tuesday; no date line in the excerpt); the
    # text's "today, on October 15" agrees. "the day before" = 2019-10-14.
    ("test_8203_jeenbekov_nazarbayev_baku", "Central Asia/Caucasus", "2010s", "24.kg news agency (24.kg)", "https://24.kg/english/132221_Sooronbai_Jeenbekov_meets_with_Nursultan_Nazarbayev_in_Baku/", "2019-10-15"),
    # The URL's date 2003/06/08 (a Sunday; no date line in the excerpt): "Saturday" =
    # 2003-06-07; "Last month" and "since last month" -> null.
    ("dev_8204_koizumi_roh_tokyo", "East Asia", "2000s", "The Japan Times (japantimes.co.jp)", "https://www.japantimes.co.jp/news/2003/06/08/national/koizumi-roh-set-pyongyang-policy/", "2003-06-08"),
    # The Papers Past id CHP19670628 (The Press, Wednesday 1967-06-28) and the dateline "HAVANA,
    # June 27." (a Tuesday). The talks "began ... today" (1967-06-27) in the lead, but "as the two
    # leaders began their discussions last night" (1967-06-26) two sentences later: the text
    # contradicts itself on the day -> date null. "the recent meeting" and "in October, 1965"
    # -> null.
    ("dev_8205_kosygin_castro_havana", "Latin America", "1960s", "The Press (Christchurch), via Papers Past (N.Z.P.A.-Reuter)", "https://paperspast.natlib.govt.nz/newspapers/CHP19670628.2.149", "1967-06-28"),
    # The page's date line "17 grudnia 2001" (Polish: 17 December 2001, a Monday); the visit is
    # dated in the text ("On December 17th").
    ("dev_8206_kwasniewski_havel_lany", "Eastern Europe/Russia", "2000s", "President of the Republic of Poland (president.pl; news archive)", "https://www.president.pl/archive/news-archive-2000-2010/news-2001/working-visit-of-the-president-of-the-republic-of-poland-to-the-czech-republic,38100", "2001-12-17"),
    # The page's line "Updated: Aug 17, 2019 17:49 IST" (a Saturday; also the search result's
    # date field): "on Saturday" = 2019-08-17.
    ("test_8207_modi_tshering_bhutan", "South Asia", "2010s", "Hindustan Times (hindustantimes.com)", "https://www.hindustantimes.com/india-news/pm-narendra-modi-holds-talks-with-his-bhutanese-counterpart/story-bynopeQZinACgEkBeY0u8O.html", "2019-08-17"),
    # The page's line "Published May 28th, 2023 - 02:19 GMT" (a Sunday; the caption's "on May
    # 28, 2023" agrees): "on Sunday" = 2023-05-28; "in 2013" -> null.
    ("dev_8208_haitham_raisi_tehran", "Middle East", "2020s", "Al Bawaba (albawaba.com)", "https://www.albawaba.com/news/sultan-haitham-al-said-arrives-tehran-1520559", "2023-05-28"),
    # The byline/date line "Anthony Wilson-Smith November 29 1993" (the issue date, a Monday;
    # also the URL): "last week" -> null; "in February, 1992" -> null.
    ("dev_8209_chretien_clinton_seattle", "North America", "1990s", "Maclean's (archive.macleans.ca)", "https://archive.macleans.ca/article/1993/11/29/getting-to-know-you", "1993-11-29"),
    # The URL's date 1983/1116 (Wednesday 1983-11-16; no date line in the excerpt): "last
    # weekend" and "two days of talks" -> null.
    ("dev_8210_soares_gonzalez_lisbon", "Western Europe", "1980s", "The Christian Science Monitor (csmonitor.com)", "https://www.csmonitor.com/1983/1116/111643.html", "1983-11-16"),
    # The URL's date 2025/07/01 (a Tuesday; no date line in the excerpt); "Exactly half a century
    # ago" agrees with the meetings' explicit dates (June 30 and July 1, 1975).
    ("test_8211_kukrit_mao_beijing_1975", "Southeast Asia", "2020s", "Khaosod English (khaosodenglish.com)", "https://www.khaosodenglish.com/featured/2025/07/01/50-years-ago-historic-meeting-sealed-thailand-china-diplomatic-relations/", "2025-07-01"),
    # The URL's date la-xpm-1991-03-22 (a Friday; no date line in the excerpt): "Thursday" =
    # 1991-03-21, "today" = 1991-03-22 (the payment, not a meeting); "April 4" = 1991-04-04 (the
    # year of publication).
    ("dev_8212_bush_nakayama_washington", "East Asia", "1990s", "Los Angeles Times (Associated Press)", "https://www.latimes.com/archives/la-xpm-1991-03-22-mn-633-story.html", "1991-03-22"),
]

A = {}

_MCE = ("It is known that Mr Wilson and the Australian Prime Minister (Mr McEwen) will also be present, along with other members of the Australian Cabinet.")
A["dev_8201_holyoake_wilson_melbourne"] = dict(
    actors={
        "keith_holyoake": ["Mr Holyoake"],
        "harold_wilson": ["Mr Wilson"],
        "john_marshall": ["Mr Marshall"],
        "john_mcewen": ["Mr McEwen"],
        "new_zealand_press_association": ["Press Association"],
        "australian_government": ["Australian Government"],
        "australian_cabinet": ["Australian Cabinet"],
    },
    meetings=[
        # "discussed New Zealand dairy exports with the British Prime Minister (Mr Wilson) today"
        # ("had discussed the question of British quotas ... with Mr Wilson", "the discussions
        # would continue tonight": the same pair, day and place, one row as ANNOTATION's dinner +
        # talks) -> held, 1967-12-22 (the dateline day), Melbourne (dateline).
        M(["keith_holyoake", "harold_wilson"], "1967-12-22", "Melbourne", IP, H,
          "The New Zealand Prime Minister (Mr Holyoake) discussed New Zealand dairy exports with the British Prime Minister (Mr Wilson) today after twice telephoning the Minister for Overseas Trade (Mr Marshall) in Wellington."),
        # "after twice telephoning the Minister for Overseas Trade (Mr Marshall) in Wellington"
        # -> two calls of the same pair on the same day, told together: one phone row, held,
        # 1967-12-22, place null (Holyoake in Melbourne, Marshall in Wellington).
        M(["keith_holyoake", "john_marshall"], "1967-12-22", None, PH, H,
          "The New Zealand Prime Minister (Mr Holyoake) discussed New Zealand dairy exports with the British Prime Minister (Mr Wilson) today after twice telephoning the Minister for Overseas Trade (Mr Marshall) in Wellington."),
        # "talks on dairy exports with Australian officials in Melbourne today" -> unnamed
        # counterparts: one-party row (Holyoake), held, 1967-12-22, Melbourne; required False
        # (as ANNOTATION's "20 diplomats").
        M(["keith_holyoake"], "1967-12-22", "Melbourne", IP, H,
          "Mr Holyoake said this afternoon that he had also had talks on dairy exports with Australian officials in Melbourne today.",
          False),
        # "scheduled to attend a private dinner at Government House this evening" with Wilson
        # and McEwen "also ... present" -> planned, 1967-12-22, Melbourne (Government House of
        # the dateline's city). Pair rows with McEwen only (Holyoake-Wilson is the first row:
        # same pair, day and place); required False: a dinner at which the three are said to be
        # present with "other members of the Australian Cabinet", not a meeting between them.
        M(["keith_holyoake", "john_mcewen"], "1967-12-22", "Melbourne", IP, P, _MCE, False),
        M(["harold_wilson", "john_mcewen"], "1967-12-22", "Melbourne", IP, P, _MCE, False),
        # "Yesterday in Canberra Mr Holyoake told the Press Association that he had “briefly”
        # discussed ... with Mr McEwen" -> held; date null ("Yesterday" dates the telling, not the
        # talk); Canberra (the sentence's place; the telling and the talk are given together).
        M(["keith_holyoake", "john_mcewen"], None, "Canberra", IP, H,
          "Yesterday in Canberra Mr Holyoake told the Press Association that he had “briefly” discussed the Australian Government’s plan for reconstruction of the country’s largely inefficient and uneconomic dairy industry with Mr McEwen."),
        # Not rows: "told the Press Association" (an interview); "would not make a statement"
        # (a statement); "when he got back to Wellington early tomorrow morning" (travel).
        # "(N.Z. Press Assn.—Copyright)" is the agency credit (not annotated). "BUTTER QUOTA" is
        # an OCR'd crosshead, kept as it stands. Removed: the twenty-four "Article image" lines
        # at the start (the site's image widget) and the last, cut-off sentence ("Observers had
        # speculated that the propos").
    ],
    roles=[("The New Zealand Prime Minister", "keith_holyoake"), ("the British Prime Minister", "harold_wilson"),
           ("the Minister for Overseas Trade", "john_marshall"), ("the Australian Prime Minister", "john_mcewen")],
)

A["dev_8202_mbeki_mugabe_harare_private"] = dict(
    actors={
        "thabo_mbeki": ["Thabo Mbeki", "Mbeki"],
        "robert_mugabe": ["Robert Mugabe", "President Mugabe", "Mugabe"],
        "mphakama_mbete": ["Mphakama Mbete", "Mbete"],
        "george_charamba": ["George Charamba", "Charamba"],
        "grace_mugabe": ["Grace"],
        "newsday_zimbabwe": ["NewsDay"],
        "zanu_pf": ["Zanu-PF"],
    },
    meetings=[
        # "Mbeki reportedly held \"private talks\" with ... Robert Mugabe, 93, after he flew to
        # Harare on Monday" (the headline "meet in Harare", "Mbeki’s visit", "Yes, they met":
        # the same) -> held, date null (the talks are only said to follow Monday's flight),
        # Harare.
        M(["thabo_mbeki", "robert_mugabe"], None, "Harare", IP, H,
          "Former president Thabo Mbeki reportedly held \"private talks\" with Zimbabwean President Robert Mugabe, 93, after he flew to Harare on Monday."),
        # Not rows: "as indicated by President Mugabe last month" (a statement); Mbete's and
        # Charamba's quotes (statements); Grace's call to name a successor (a statement); the
        # rally in Chinhoyi (a rally); the elections. "By: News24Wire" (byline) and "Photo by
        # Duane Daws" (photo credit) are kept in the text, not annotated. Removed: the site's
        # header and widgets at the start (site name and tagline, navigation, "Email this
        # article" form, "Sponsored by", "Article Enquiry", "Embed Video", "Close" lines and the
        # first copy of the headline: kept once), the widget lines "SAVE THIS ARTICLE      EMAIL
        # THIS ARTICLE" and "Font size: -+" between the byline and the body, the two
        # "Advertisement" lines inside the body and the end matter ("EMAIL THIS ARTICLE      SAVE
        # THIS ARTICLE", subscription and advertising lines, comment guidelines, "About").
    ],
    roles=[("Zimbabwean President", "robert_mugabe"), ("South Africa’s ambassador to Zimbabwe", "mphakama_mbete"),
           ("Mugabe's spokesperson", "george_charamba"), ("Mugabe’s wife", "grace_mugabe"),
           ("the veteran leader", "robert_mugabe")],
)

A["test_8203_jeenbekov_nazarbayev_baku"] = dict(
    actors={
        "sooronbay_jeenbekov": ["Sooronbai Jeenbekov"],
        "nursultan_nazarbayev": ["Nursultan Nazarbayev"],
        "cooperation_council_of_turkic_speaking_states": ["Cooperation Council of Turkic Speaking States", "Turkic Council"],
        "press_service_of_the_president_of_kyrgyzstan": ["press service of the head of the Kyrgyz Republic"],
    },
    meetings=[
        # "Jeenbekov met with the first President ... Nazarbayev the day before in the framework
        # of ... the 7th meeting of the Cooperation Council of Turkic Speaking States in Baku"
        # ("the meeting took place upon arrival at the Heydar Aliyev International Airport",
        # "glad to meet again": the same) -> held, 2019-10-14 ("the day before" against the
        # 2019-10-15 page), Baku.
        M(["sooronbay_jeenbekov", "nursultan_nazarbayev"], "2019-10-14", "Baku", IP, H,
          "President of Kyrgyzstan Sooronbai Jeenbekov met with the first President of the Republic of Kazakhstan Nursultan Nazarbayev the day before in the framework of participation in the 7th meeting of the Cooperation Council of Turkic Speaking States in Baku (Azerbaijan)."),
        # Not rows: the 7th meeting of the Council (multilateral); "The awarding ceremony will
        # take place today, on October 15, at the meeting of the Council" (a ceremony at the
        # multilateral meeting); the congratulations (same meeting). Removed: the search tool's
        # " date 2019-10-15" prefix only (the excerpt has no headline).
    ],
    roles=[("President of Kyrgyzstan", "sooronbay_jeenbekov"), ("the first President of the Republic of Kazakhstan", "nursultan_nazarbayev"),
           ("The President of Kyrgyzstan", "sooronbay_jeenbekov"), ("The first president of Kazakhstan", "nursultan_nazarbayev")],
)

A["dev_8204_koizumi_roh_tokyo"] = dict(
    actors={
        "junichiro_koizumi": ["Prime Minister Junichiro Koizumi", "Junichiro Koizumi", "Koizumi"],
        "roh_moo_hyun": ["Roh Moo Hyun", "Roh"],
        "george_w_bush": ["George W. Bush", "Bush"],
    },
    meetings=[
        # "agreed Saturday", "their meeting in Tokyo" ("The summit", "Saturday’s summit": the
        # same) -> held, 2003-06-07 ("Saturday" in the Sunday 8 June paper), Tokyo. The evidence
        # sentence ends at the closing quote mark (no full stop in the text).
        M(["junichiro_koizumi", "roh_moo_hyun"], "2003-06-07", "Tokyo", IP, H,
          "At a joint news conference after their meeting in Tokyo, Koizumi said if Pyongyang escalates the nuclear crisis, Japan, South Korea and the U.S. will work together closely and deal with the matter in a “stricter manner,”"),
        # "Last month, Roh and U.S. President George W. Bush agreed" (one of "a series of
        # bilateral meetings since last month", "their respective talks with Bush") -> held,
        # date null ("Last month"), place null.
        M(["roh_moo_hyun", "george_w_bush"], None, None, IP, H,
          "Last month, Roh and U.S. President George W. Bush agreed to consider “further steps” if Pyongyang escalates the crisis over its nuclear weapons program."),
        # "In separate talks, Koizumi and Bush said" -> held, date null, place null.
        M(["junichiro_koizumi", "george_w_bush"], None, None, IP, H,
          "In separate talks, Koizumi and Bush said North Korea will face “tougher measures” if the problem escalates."),
        # Not rows: the joint news conference (of the same meeting); "a series of bilateral
        # meetings since last month between leaders of Japan, South Korea and the United States"
        # (a summary of the two rows above and this one, not a further meeting). Removed: the
        # last, cut-off sentence ("They avoided mentioning either of the phrases “tougher
        # measures” or “furth").
    ],
    roles=[("South Korean President", "roh_moo_hyun"), ("U.S. President", "george_w_bush")],
)

A["dev_8205_kosygin_castro_havana"] = dict(
    actors={
        "alexei_kosygin": ["Mr Alexei Kosygin", "Alexei Kosygin", "Mr Kosygin", "Kosygin"],
        "fidel_castro": ["Dr. Fidel Castro", "Fidel Castro", "Dr. Castro"],
        "andrei_gromyko": ["Mr Andrei Gromyko", "Andrei Gromyko"],
        "lyndon_johnson": ["President Johnson", "Johnson"],
        "kremlin": ["Kremlin"],
        "un_security_council": ["Security Council"],
        "un_general_assembly": ["General Assembly"],
        "united_press_international": ["United Press International"],
        "havana_radio": ["Havana Radio"],
    },
    meetings=[
        # "Kosygin, began talks in Havana today with ... Dr. Fidel Castro" ("the two leaders
        # began their discussions last night", "the surprise visit", "arrived for the talks with
        # Dr. Castro": the same) -> held, date null (the text gives "today" and "last night" for
        # the start of the same talks), Havana.
        M(["alexei_kosygin", "fidel_castro"], None, "Havana", IP, H,
          "The Soviet Prime Minister, Mr Alexei Kosygin, began talks in Havana today with the Cuban Prime Minister, Dr. Fidel Castro, immediately after he flew in from the Unied States."),
        # "the recent meeting between President Johnson and Mr Kosygin" ("the Glassboro summit
        # meetings": the same) -> held, date null, Glassboro.
        M(["lyndon_johnson", "alexei_kosygin"], None, "Glassboro", IP, H,
          "Cuba’s apparent disapproval of the recent meeting between President Johnson and Mr Kosygin and public condemnation of the Soviet line during the recent Middle East war, are the most recent signs of Cuban-Soviet differences."),
        # "the last visit by a top Soviet statesman, the Foreign Minister. Mr Andrei Gromyko, in
        # October, 1965" -> a visit to Cuba with no host named: one-party row (Gromyko), held,
        # date null (month only), Cuba; required False (as dev_004's Khar visit). The evidence
        # runs over the OCR full stop after "Foreign Minister".
        M(["andrei_gromyko"], None, "Cuba", IP, H,
          "Soviet-Cuban differences on several international topics, including Latin America, Vietnam and peaceful co-existence, have come increasingly into the open since the last visit by a top Soviet statesman, the Foreign Minister. Mr Andrei Gromyko, in October, 1965.",
          False),
        # Not rows: the Security Council's call and the General Assembly Emergency session
        # (multilateral bodies); the arrival ceremony (the same visit); Western reporters and
        # diplomats (unnamed). "(N Z.P.A -Reuter —Copyright)" is the agency credit (not
        # annotated). "Unied" is kept as written. Removed: the last, cut-off fragment ("Pisa’s
        # Tow", the start of the next item on the page).
    ],
    roles=[("The Soviet Prime Minister", "alexei_kosygin"), ("the Cuban Prime Minister", "fidel_castro"),
           ("the Foreign Minister", "andrei_gromyko")],
)

A["dev_8206_kwasniewski_havel_lany"] = dict(
    actors={
        "aleksander_kwasniewski": ["Mr. Aleksander Kwaśniewski", "Aleksander Kwaśniewski"],
        "vaclav_havel": ["Mr.Vaclav Havel", "Vaclav Havel", "President Havel"],
        "milos_zeman": ["Prime Minister Milos Zeman", "Milos Zeman"],
        "visegrad_group": ["Vysehrad Group"],
        "nato": ["NATO"],
    },
    meetings=[
        # "the President met in Lany Mr.Vaclav Havel" ("the invitation and the very interesting
        # and wide-ranging talks we have conducted with President Havel": the same) -> held,
        # 2001-12-17 ("On December 17th"), Lany.
        M(["aleksander_kwasniewski", "vaclav_havel"], "2001-12-17", "Lany", IP, H,
          "In the course of the visit, the President met in Lany Mr.Vaclav Havel, the President of the Czech Republic."),
        # "the official visit of Prime Minister Milos Zeman to Poland" -> a visit with no host
        # named: one-party row (Zeman), held, date null, Poland; required False (as dev_004's
        # Khar visit).
        M(["milos_zeman"], None, "Poland", IP, H,
          "We also very favorably assess the outcome of the official visit of Prime Minister Milos Zeman to Poland, the first such visit in four years; in future, the visits should be more frequent and the next one should come sooner.",
          False),
        # Not rows: the press conference (of the same visit); the "Prague NATO Summit" /
        # "the meeting to be held a year from now" (multilateral); the cooperation of the four
        # countries (no meeting). "Mr.Vaclav" is kept as written. Removed: the last, cut-off
        # sentence ("The President added that he considers the Laeken Conference a success, an
        # important step forward, and the").
    ],
    roles=[("the President of the Republic of Poland", "aleksander_kwasniewski"),
           ("the President of the Czech Republic", "vaclav_havel")],
)

A["test_8207_modi_tshering_bhutan"] = dict(
    actors={
        "narendra_modi": ["Prime Minister Narendra Modi", "Narendra Modi", "Prime Minister Modi", "@narendramodi", "Modi"],
        "lotay_tshering": ["Lotay Tshering", "Lyonchhen Dr. Lotay Tshering", "@PMBhutan"],
        "raveesh_kumar": ["Raveesh Kumar", "Kumar"],
        "ministry_of_external_affairs_india": ["Ministry of External Affairs"],
        "shabdrung_namgyal": ["Shabdrung Namgyal"],
    },
    meetings=[
        # "Modi held wide-ranging talks with his Bhutanese counterpart Lotay Tshering on
        # Saturday" ("held delegation levels talk with @PMBhutan": the same) -> held, 2019-08-17,
        # Bhutan (the text names no city for the talks).
        M(["narendra_modi", "lotay_tshering"], "2019-08-17", "Bhutan", IP, H,
          "Prime Minister Narendra Modi held wide-ranging talks with his Bhutanese counterpart Lotay Tshering on Saturday during which the two leaders discussed steps to further expand the bilateral partnership across several sectors."),
        # "Earlier, ... at the Paro airport where he was received by the Bhutanese prime
        # minister" ("grateful to @PMBhutan for welcoming me at the airport": the same) -> an
        # airport reception of the same pair, same day, another place: held, 2019-08-17, Paro;
        # required False (a welcome).
        M(["narendra_modi", "lotay_tshering"], "2019-08-17", "Paro", IP, H,
          "Earlier, Prime Minister Modi received a red-carpet welcome at the Paro airport where he was received by the Bhutanese prime minister.",
          False),
        # "the audience with His Majesty the King of Bhutan" (in a tweet about the ceremony held
        # "before" it) -> the King is not named: one-party row (Modi), planned, date null,
        # Thimphu (Tashichhodzong Palace, an official building named without a city, resolved to
        # its city as White House -> Washington); required False.
        M(["narendra_modi"], None, "Thimphu", IP, P,
          "“Traditional Chipdrel procession and welcome ceremony at the Tashichhodzong Palace for PM @narendramodi before the audience with His Majesty the King of Bhutan.",
          False),
        # Not rows: "the MoUs exchange will take place at Simtoka Dzong" (an exchange of
        # documents, no named pair); the guard of honour and the ceremonial welcome (ceremonies);
        # the tweets (statements). Removed: the search tool's " date 2019-08-17" prefix, the
        # section label "india" at the start and the last, cut-off sentence ("Waving the Indian
        # tricolour and the Bhutanese flags, people lined up along the route from Paro to the
        # capital city Thimphu to welcome Prime Minister").
    ],
    roles=[("his Bhutanese counterpart", "lotay_tshering"), ("the Bhutanese prime minister", "lotay_tshering"),
           ("Ministry of External Affairs spokesperson", "raveesh_kumar"), ("the prime minister", "narendra_modi")],
)

A["dev_8208_haitham_raisi_tehran"] = dict(
    actors={
        "haitham_bin_tariq": ["Sultan Haitham al-Said", "Sultan Haitham bin Tarek", "Sultan Haitham bin Tariq al-Said", "Haitham bin Tariq al-Said"],
        "ebrahim_raisi": ["President Ebrahim Raisi", "Ebrahim Raisi"],
        "mohammad_mokhber": ["Mohammad Mokhber"],
        "qaboos_bin_said": ["Sultan Qaboos bin Said Al Said", "Sultan Qaboos"],
        "hassan_rouhani": ["Hassan Rouhani"],
    },
    meetings=[
        # "Later, at the Sadabad palace in north Tehran, he met with President Ebrahim Raisi"
        # (the caption "Raisi ... welcoming Oman's Sultan ... in Tehran, on May 28, 2023": the
        # same) -> held, 2023-05-28 ("on Sunday"), Tehran.
        M(["haitham_bin_tariq", "ebrahim_raisi"], "2023-05-28", "Tehran", IP, H,
          "Later, at the Sadabad palace in north Tehran, he met with President Ebrahim Raisi."),
        # "greeted by Iran's first VP Mohammad Mokhber upon his arrival at Mehrabad Airport in
        # Tehran" -> an airport welcome: held, 2023-05-28, Tehran; required False (a welcome).
        M(["haitham_bin_tariq", "mohammad_mokhber"], "2023-05-28", "Tehran", IP, H,
          "Oman's Sultan was greeted by Iran's first VP Mohammad Mokhber upon his arrival at Mehrabad Airport in Tehran.",
          False),
        # "in 2013 when Sultan Qaboos bin Said Al Said visited Tehran during the presidency of
        # Hassan Rouhani" -> a visit with no host said to meet him ("during the presidency of" is
        # a time, not a meeting with Rouhani): one-party row (Qaboos), held, date null, Tehran;
        # required False.
        M(["qaboos_bin_said"], None, "Tehran", IP, H,
          "The last official visit by an Omani sultan was in 2013 when Sultan Qaboos bin Said Al Said visited Tehran during the presidency of Hassan Rouhani.",
          False),
        # Not rows: "to discuss ... with high-profile Iranian officials" (unnamed); the prisoner
        # exchange between Iran and Belgium and the people in it (unnamed, no meeting). "(Photo by
        # Iranian Presidency / AFP)" is a photo credit and "ALBAWABA -" the outlet's tag (both
        # kept in the text, not annotated). Removed: the search tool's " date 2023-05-28" prefix
        # and the widget label "Breaking Headline" at the start.
    ],
    roles=[("Iran's President", "ebrahim_raisi"), ("Oman's Sultan", "haitham_bin_tariq"),
           ("Iran's first VP", "mohammad_mokhber")],
)

A["dev_8209_chretien_clinton_seattle"] = dict(
    actors={
        "jean_chretien": ["Jean Chrétien", "Chrétien"],
        "bill_clinton": ["Bill Clinton", "Clinton"],
        "brian_mulroney": ["Brian Mulroney", "Mulroney"],
        "ronald_reagan": ["Ronald Reagan"],
        "george_h_w_bush": ["George Bush", "Bush"],
    },
    meetings=[
        # "the first-ever meeting between Canada’s 20th Prime Minister and the 42nd President of
        # the United States" (titles without names) = "Jean Chrétien and Bill Clinton ... in a
        # Seattle hotel" -> held, date null ("last week"), Seattle. Evidence: the sentence that
        # names them.
        M(["jean_chretien", "bill_clinton"], None, "Seattle", IP, H,
          "Surrounded by more than half a dozen aides each and shoehomed into a small room in a Seattle hotel, Jean Chrétien and Bill Clinton smiled awkwardly, struggled for small talk and seemed most comfortable when they discussed the policy issues that divide them."),
        # "After meeting thenPresident Bush in a visit to Washington in February, 1992" -> held,
        # date null (month only), Washington.
        M(["jean_chretien", "george_h_w_bush"], None, "Washington", IP, H,
          "After meeting thenPresident Bush in a visit to Washington in February, 1992, Chrétien offered a scathing comparison between Mulroney’s style of diplomacy and his own."),
        # Not rows: Mulroney's "friendships with both Ronald Reagan and George Bush" (no specific
        # meeting); the aides (unnamed attendees). "shoehomed" and "thenPresident" are kept as
        # written; the byline line "Anthony Wilson-Smith November 29 1993" is kept once (not
        # annotated). Removed: the second copy of the byline line at the start and the last,
        # cut-off fragment ("“Mulroney,” said Chrétien,").
    ],
    roles=[("Canada’s 20th Prime Minister", "jean_chretien"), ("the 42nd President of the United States", "bill_clinton")],
)

A["dev_8210_soares_gonzalez_lisbon"] = dict(
    actors={
        "mario_soares": ["Mario Soares", "Mr. Soares"],
        "felipe_gonzalez": ["Filipe Gonzalez"],
        "nato": ["North Atlantic Treaty Organization", "NATO"],
        "european_economic_community": ["European Community"],
    },
    meetings=[
        # "The Socialist leaders of the two countries ... held an unprecedented summit in Lisbon
        # last weekend" = "Mario Soares and his Spanish counterpart, Filipe Gonzalez, sat down for
        # two days of talks" -> held, date null ("last weekend", two days), Lisbon. Evidence: the
        # sentence that names them.
        M(["mario_soares", "felipe_gonzalez"], None, "Lisbon", IP, H,
          "But NATO was low on the agenda when Portugese Prime Minister Mario Soares and his Spanish counterpart, Filipe Gonzalez, sat down for two days of talks."),
        # Not rows: "to meet annually at prime ministerial level for fuller consultations" (a
        # standing arrangement of the two governments, no specific meeting and no named
        # participant); the Western diplomats and analysts (unnamed). "Portugese" and "Filipe"
        # are kept as written. Removed: the last, cut-off fragment ("Soares and Gonzalez si").
    ],
    roles=[("Portugese Prime Minister", "mario_soares"), ("his Spanish counterpart", "felipe_gonzalez")],
)

A["test_8211_kukrit_mao_beijing_1975"] = dict(
    actors={
        "kukrit_pramoj": ["M.R. Kukrit Pramoj", "Kukrit Pramoj", "Kukrit"],
        "mao_zedong": ["Chairman Mao Zedong", "Chairman Mao", "Mao"],
        "zhou_enlai": ["Zhou Enlai"],
        "deng_xiaoping": ["Vice Premier Deng Xiaoping", "Deng Xiaoping"],
        "chatchai_choonhavan": ["Major General Chatchai Choonhavan"],
        "anand_panyarachun": ["Anand Panyarachun"],
        "prakaipet_intusophon": ["Prakaipet Intusophon"],
        "chinese_communist_party": ["Communist Party"],
        "thai_airways": ["Thai Airways"],
    },
    meetings=[
        # "The historic meeting on July 1, 1975" of "the 81-year-old Communist Party leader"
        # (Mao, named in the lead's "audience with Chairman Mao Zedong") with "the Thai
        # delegation led by Prime Minister M.R. Kukrit Pramoj" ("Chairman Mao would receive
        # them", "The rare audience": the same) -> held, 1975-07-01, Beijing (the delegation's
        # stay; the audience is given no other place).
        M(["kukrit_pramoj", "mao_zedong"], "1975-07-01", "Beijing", IP, H,
          "The historic meeting on July 1, 1975, came together with just 30 minutes’ notice, after Chinese doctors cleared the 81-year-old Communist Party leader to receive the Thai delegation led by Prime Minister M.R. Kukrit Pramoj."),
        # The caption "Kukrit Pramoj ... and Zhou Enlai ... signing the joint communiqué ... on
        # July 1, 1975" (the lead's "groundbreaking ceremony") -> held, 1975-07-01, Beijing.
        M(["kukrit_pramoj", "zhou_enlai"], "1975-07-01", "Beijing", IP, H,
          "M.R. Kukrit Pramoj, Thai Prime Minister, and Zhou Enlai, Chinese Premier, signing the joint communiqué on the establishment of diplomatic relations between Thailand and China on July 1, 1975."),
        # The caption "Deng Xiaoping ... welcoming the Thai government delegation led by Prime
        # Minister Kukrit Pramoj in Beijing on June 30, 1975" ("welcomed by Vice Premier Deng
        # Xiaoping", "the previous day": the same) -> an arrival welcome: held, 1975-06-30,
        # Beijing; required False (a welcome).
        M(["deng_xiaoping", "kukrit_pramoj"], "1975-06-30", "Beijing", IP, H,
          "Deng Xiaoping, Chinese Vice Premier, welcoming the Thai government delegation led by Prime Minister Kukrit Pramoj in Beijing on June 30, 1975.",
          False),
        # Not rows: Chatchai, Anand and Prakaipet ("The rare audience included ...": members of
        # the delegation received with Kukrit, attendees rather than parties, as ANNOTATION's
        # delegation members); "a Chinese official" (unnamed); the cultural performances. The
        # caption's photo credit (the Information Office of the State Council of China) and the
        # credit line "Reporting was contributed by Suchit Wongthet and Suthichai Yoon from
        # Prachachat Newspaper" (a byline) are kept in the text, not annotated. Removed: the
        # image-label lines "diplomatic relations" (under the headline) and "50th thai china4"
        # (above the second caption), the "Advertisement" line, and at the end the crosshead "An
        # Hour of Unexpected Advice" with the cut-off fragment under it ("What was typically a
        # 15-minute").
    ],
    roles=[("Thai Prime Minister", "kukrit_pramoj"), ("Chinese Premier", "zhou_enlai"),
           ("the 81-year-old Communist Party leader", "mao_zedong"), ("Chinese Vice Premier", "deng_xiaoping"),
           ("Thai Ambassador to the US", "anand_panyarachun"), ("Government House Secretary General", "prakaipet_intusophon")],
)

A["dev_8212_bush_nakayama_washington"] = dict(
    actors={
        "george_h_w_bush": ["President Bush", "Bush"],
        "taro_nakayama": ["Japanese Foreign Minister Taro Nakayama", "Taro Nakayama", "Nakayama"],
        "toshiki_kaifu": ["Prime Minister Toshiki Kaifu", "Toshiki Kaifu"],
        "james_baker": ["Secretary of State James A. Baker III", "James A. Baker III", "Baker"],
        "taizo_watanabe": ["Taizo Watanabe"],
        "akio_shirota": ["Akio Shirota"],
        "ministry_of_foreign_affairs_japan": ["Japanese Foreign Ministry"],
        "us_state_department": ["State Department"],
        "us_treasury_department": ["U.S. Treasury"],
        "us_embassy_kuwait": ["American Embassy"],
    },
    meetings=[
        # "During a half-hour meeting with Nakayama, President Bush thanked him" (on the day
        # Nakayama "opened official talks here", Thursday) -> held, 1991-03-21, place null (the
        # excerpt has no dateline for "here", and no place is given for this meeting).
        M(["george_h_w_bush", "taro_nakayama"], "1991-03-21", None, IP, H,
          "During a half-hour meeting with Nakayama, President Bush thanked him for Japan’s contributions."),
        # "Bush and Prime Minister Toshiki Kaifu will meet April 4 in California" ("a
        # U.S.-Japanese summit": the same) -> planned, 1991-04-04, California (the most specific
        # place given).
        M(["george_h_w_bush", "toshiki_kaifu"], "1991-04-04", "California", IP, P,
          "Nakayama reportedly told Japanese reporters that Bush and Prime Minister Toshiki Kaifu will meet April 4 in California."),
        # "Earlier in the day, ... Baker III, posing for pictures with Nakayama at the State
        # Department" ("After a working luncheon at the State Department": the same day and
        # place) -> held, 1991-03-21, Washington (the State Department, an official building
        # named without a city, resolved to its city as White House -> Washington).
        M(["james_baker", "taro_nakayama"], "1991-03-21", "Washington", IP, H,
          "Earlier in the day, Secretary of State James A. Baker III, posing for pictures with Nakayama at the State Department, brushed aside suggestions of a rift."),
        # "Baker presented a certificate of appreciation to Akio Shirota" -> an award handed in
        # person: held, date and place null (not given); required False (a ceremony).
        M(["james_baker", "akio_shirota"], None, None, IP, H,
          "In another friendly gesture, Baker presented a certificate of appreciation to Akio Shirota, a Japanese diplomat who sheltered 16 American Embassy officials and their dependents in his Kuwait city residence shortly after the Iraqi invasion.",
          False),
        # Not rows: Nakayama "told Japanese reporters" and Watanabe's briefing (statements);
        # Shirota's sheltering of embassy officials (no meeting between named people). "From
        # Associated Press" is the agency credit (kept in the text, not annotated). Removed: the
        # "Advertisement" line at the start and two inside the body, the widget line "Share"
        # and the last, cut-off sentence ("White House spokesman Marlin Fitzwater said that the
        # $5.7 billion promised for today w").
    ],
    roles=[("Japanese Foreign Minister", "taro_nakayama"), ("Japanese Foreign Ministry spokesman", "taizo_watanabe"),
           ("Secretary of State", "james_baker"), ("a Japanese diplomat", "akio_shirota")],
)
