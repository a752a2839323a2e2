"""Accuracy corpus, batch 41b: 12 new articles about meetings between political actors, all
published in even years, from the 1970s, 1980s, 1990s, 2000s, 2010s and 2020s (1970s: one,
1980s: one, 1990s: two, 2000s: four, 2010s: three, 2020s: one; four of the twelve from before
2000), over eleven regions (Central Asia/Caucasus: two; Africa, Southeast Asia, North America,
East Asia, Latin America, South Asia, Oceania, Eastern Europe/Russia, Middle East, Western
Europe: one each). Outlets/sites: allAfrica (The East African), the Embassy of Vietnam in the
USA (a VNA report), Armenpress, The Christian Science Monitor, the Los Angeles Times (twice:
once via the fold6.site mirror, once on latimes.com), MercoPress, a journalist's blog reposting
The Times of India, the Kremlin's English site, The Jordan Times, The American Presidency
Project (a White House statement) and Akorda (the Kazakh presidency); some of these sites were
used before, the pages are new. Collected with the `search` tool (corpus `pages`) and annotated
from the texts alone, BEFORE the package was run on them (the package has not been run on this
batch). Conventions: ANNOTATION.md and /work/shared/ANNOTATION-GUIDE.md. Notes:
batch_41b_NOTES.md.

Split rule (fixed before annotating, as given in the brief for this batch, the same as batches
5a-40b): the articles are numbered 1..12 in the order they were first found in this session's
search results (the query in which each first appeared, then its rank in that query), after
skipping pages already in the corpus and stories already in it; positions 3, 7 and 11 are test,
all others dev. Ids: `dev_81NN_<slug>` / `test_81NN_<slug>`, NN = collection position (01..12).

M(participants, date, place, kind, status, evidence, required=True)
Evidence is the verbatim sentence (line breaks inside it replaced by single spaces).
Aliases are written as they stand in the text (typos included).
"""


from annotations import H, IP, M, P, PH, VID  # noqa: F401 (the same row helpers)

# (article_id, region, decade, outlet, url, published)
ARTICLES = [
    # The search result's date field 2018-03-25 (a Sunday; removed with the tool's date prefix)
    # and the page's date line "25 March 2018": "Sunday" = 2018-03-25; "last week" (the
    # called-off trip; no row) and "on Wednesday" (the Daily Monitor report; no row) -> no date.
    ("dev_8101_kagame_museveni_uganda", "Africa", "2010s", "The East African via allAfrica (allafrica.com)", "http://allafrica.com/stories/201803250025.html", "2018-03-25"),
    # The URL's 2000/11 and the VNA date line "Nov. 25" (a Saturday in 2000): the meetings "in
    # Singapore on Nov. 25" = 2000-11-25.
    ("dev_8102_phan_van_khai_singapore_leaders", "Southeast Asia", "2000s", "Vietnam News Agency via the Embassy of Vietnam in the USA (vietnamembassy-usa.org)", "https://vietnamembassy-usa.org/news/2000/11/pm-phan-van-khai-meets-chinese-japanese-korean-leaders", "2000-11-25"),
    # The search result's date field 2022-03-24 (a Thursday; removed with the tool's date prefix)
    # and the dateline "YEREVAN, MRCH 24" (sic): "today" = 2022-03-24.
    ("test_8103_mirzoyan_zalkaliani_call", "Central Asia/Caucasus", "2020s", "Armenpress (armenpress.am)", "https://www.armenpress.am/eng/news/1078813/", "2022-03-24"),
    # The URL's 1990/1211 (a Tuesday): "Sunday" = 1990-12-09 (the arrival), "On Wednesday" =
    # 1990-12-12, "Dec. 17" = 1990-12-17 (year of publication), "Saturday" (Iraq's message; no
    # row) = 1990-12-08; "Jan. 12" (a rejected date), "in January", "late December or early
    # January" -> no date.
    ("dev_8104_baker_shevardnadze_houston", "North America", "1990s", "The Christian Science Monitor (csmonitor.com)", "https://csmonitor.com/layout/set/amphtml/1990/1211/afil11b.html", "1990-12-11"),
    # The URL's 1992-07-03 (a Friday; an LA Times archive page on the fold6.site mirror):
    # "Thursday" = 1992-07-02.
    ("dev_8105_miyazawa_quayle_cheney", "East Asia", "1990s", "Los Angeles Times (archive, via the fold6.site mirror)", "https://fold6.site/archives/la-xpm-1992-07-03-mn-1512-story.html", "1992-07-03"),
    # The page's date line "Monday, November 29th 2004 - 20:00 UTC": "this Monday" =
    # 2004-11-29 (the widget line "Montevideo, November 22nd 2024", removed at the start, is the
    # site's current-date display).
    ("dev_8106_bielsa_walker_kirchner_lagos_planned", "Latin America", "2000s", "MercoPress (en.mercopress.com)", "https://en.mercopress.com/2004/11/29/preparing-for-the-kirchner-lagos-summit-in-santiago", "2004-11-29"),
    # The reposted paper's date line "29 May 2004" (a Saturday; also the URL's 2004/05): "on
    # Saturday" = 2004-05-29; "a few days ago", "last January" -> no date.
    ("test_8107_jamali_manmohan_calls", "South Asia", "2000s", "The Times of India, via Siddharth Varadarajan's blog (svaradarajan.blogspot.com)", "https://svaradarajan.blogspot.com/2004/05/jamali-speaks-to-manmohan.html", "2004-05-29"),
    # The column's line "The World - News from Dec. 11, 1986" (a Thursday; also the URL's
    # 1986-12-11). The talks are not dated ("arriving in Wellington for talks").
    ("dev_8108_hayden_lange_wellington", "Oceania", "1980s", "Los Angeles Times (latimes.com archive)", "https://www.latimes.com/archives/la-xpm-1986-12-11-mn-2255-story.html", "1986-12-11"),
    # The page's date line "October 16, 2000, Sochi" (a Monday): the talks = 2000-10-16.
    ("dev_8109_putin_kuchma_sochi", "Eastern Europe/Russia", "2000s", "President of Russia (en.special.kremlin.ru)", "http://en.special.kremlin.ru/events/president/news/39500", "2000-10-16"),
    # The search result's date field 2018-10-07 (a Sunday; removed with the tool's date prefix)
    # and the byline's "Oct 07,2018": "on Friday" = 2018-10-05; "In another phone call" -> no
    # date.
    ("dev_8110_abdullah_saleh_abdul_mahdi_calls", "Middle East", "2010s", "The Jordan Times (jordantimes.com)", "http://jordantimes.com/news/local/king-congratulates-iraqi-president-pm-selection", "2018-10-07"),
    # The statement's date line "May 31, 1978" (a Wednesday): "this morning" = 1978-05-31; "in
    # July 1977" -> no date (month only).
    ("test_8111_carter_andreotti_white_house", "Western Europe", "1970s", "The American Presidency Project (presidency.ucsb.edu; a White House statement)", "http://presidency.ucsb.edu/ws/index.php?pid=30874", "1978-05-31"),
    # The page's date line "22 August 2012" (a Wednesday): the headline's "Today" = 2012-08-22.
    ("dev_8112_nazarbayev_atambayev_council", "Central Asia/Caucasus", "2010s", "Akorda, the President of Kazakhstan (akorda.kz)", "https://www.akorda.kz/en/events/international_community/foreign_visits/today-president-nursultan-nazarbayev-takes-part-in-the-narrow-and-extended-talks-within-the-framework-of-the-third-session-of-the-supreme-interstate-council-of-the-republic-of-kazakhstan-and-the-kyrgyz-republic", "2012-08-22"),
]

A = {}

A["dev_8101_kagame_museveni_uganda"] = dict(
    actors={
        "paul_kagame": ["Rwandan President Paul Kagame", "Paul Kagame", "President Kagame", "Kagame"],
        "yoweri_museveni": ["Yoweri Museveni", "President Museveni", "Museveni"],
        "east_african_community": ["East African Community", "EAC"],
        "daily_monitor": ["Daily Monitor"],
    },
    meetings=[
        # "Rwandan President Paul Kagame arrived in Uganda Sunday for talks with his host Yoweri
        # Museveni." (the headline's "Kagame and Museveni Meet in Uganda" and "The talks" are the
        # same) -> held (the visit under way on the day of publication, as the Ramallah visit in
        # the corpus), 2018-03-25, place Uganda (country; no city in the text).
        M(["paul_kagame", "yoweri_museveni"], "2018-03-25", "Uganda", IP, H,
          "Rwandan President Paul Kagame arrived in Uganda Sunday for talks with his host Yoweri Museveni."),
        # Not rows: Museveni "called off his trip to the Rwandan capital, Kigali" (a trip not
        # made, to a multilateral treaty event); Kagame "had skipped the East African Heads of
        # State Summit" (multilateral, not attended); the Daily Monitor report (a statement).
        # "The East African (Nairobi)" is the outlet line under the date (not annotated, as outlet
        # names in headers). Removed: the search tool's date prefix (" date 2018-03-25 ") at the
        # start. The slips "high-anticipated", "each of other" and "(AfCTA)" are kept.
    ],
    roles=[("his host", "yoweri_museveni")],
)

_KHAI = "Nov. 25 (VNA) -- Prime Minister Phan Van Khai and leaders of other ASEAN countries met with Chinese Premier Zhu Rongji, Japanese Prime Minister Yoshiro Mori and President of the Republic of Korea (RoK) Kim Dae- Jung in Singapore on Nov. 25."
A["dev_8102_phan_van_khai_singapore_leaders"] = dict(
    actors={
        "phan_van_khai": ["Prime Minister Phan Van Khai", "PM Phan Van Khai", "Phan Van Khai", "PM Khai"],
        "zhu_rongji": ["Chinese Premier Zhu Rongji", "Zhu Rongji"],
        "yoshiro_mori": ["Japanese Prime Minister Yoshiro Mori", "Yoshiro Mori"],
        "kim_dae_jung": ["Kim Dae- Jung"],
        "asean": ["Association of Southeast Asian Nations", "ASEAN"],
    },
    meetings=[
        # "Prime Minister Phan Van Khai and leaders of other ASEAN countries met with ... Zhu
        # Rongji, ... Yoshiro Mori and ... Kim Dae- Jung in Singapore on Nov. 25." (the headline's
        # "meets with Chinese, Japanese & Korean leaders"; "During these meetings" is plural:
        # three meetings, one with each leader) -> Khai with each, held, 2000-11-25, Singapore.
        # The other ASEAN leaders are not named. No rows among Zhu, Mori and Kim (separate
        # meetings). "Kim Dae- Jung" (the page's space) is kept as the alias.
        M(["phan_van_khai", "zhu_rongji"], "2000-11-25", "Singapore", IP, H, _KHAI),
        M(["phan_van_khai", "yoshiro_mori"], "2000-11-25", "Singapore", IP, H, _KHAI),
        M(["phan_van_khai", "kim_dae_jung"], "2000-11-25", "Singapore", IP, H, _KHAI),
        # Not rows: "the fourth ASEAN informal summit in Singapore" (multilateral). "(VNA)" is
        # the agency credit of the date line (not annotated). Removed: at the end, the last,
        # cut-off sentence ("PM Khai also met on separate occasions with Singaporean Prime
        # Minister Goh Chok Tong, RoK President Kim Dae-Jung, Thai Prime Minist"), so Goh Chok
        # Tong and the later separate meetings are not in the kept text.
    ],
    roles=[("The Vietnamese PM", "phan_van_khai"), ("Chinese Premier", "zhu_rongji"),
           ("Japanese Prime Minister", "yoshiro_mori"),
           ("President of the Republic of Korea (RoK)", "kim_dae_jung")],
)

A["test_8103_mirzoyan_zalkaliani_call"] = dict(
    actors={
        "ararat_mirzoyan": ["Foreign Minister of Armenia Ararat Mirzoyan", "Ararat Mirzoyan"],
        "david_zalkaliani": ["David Zalkaliani"],
        "armenian_foreign_ministry": ["Armenian Foreign Ministry"],
        "osce_minsk_group": ["OSCE Minsk Group"],
    },
    meetings=[
        # "Foreign Minister of Armenia Ararat Mirzoyan held a telephone conversation today with
        # Vice Prime Minister/Minister of Foreign Affairs of Georgia, David Zalkaliani" ("During
        # the talk" is the same call) -> phone, held, 2022-03-24, place null.
        M(["ararat_mirzoyan", "david_zalkaliani"], "2022-03-24", None, PH, H,
          "Foreign Minister of Armenia Ararat Mirzoyan held a telephone conversation today with Vice Prime Minister/Minister of Foreign Affairs of Georgia, David Zalkaliani, the Armenian Foreign Ministry said."),
        # Not rows: "mutual visits of top officials" (general, no one named); "negotiations
        # between Armenia and Azerbaijan" (states). "YEREVAN, MRCH 24, ARMENPRESS." is the
        # agency's date line (the agency not annotated, as an agency credit; "MRCH" kept).
        # Removed: the search tool's date prefix (" date 2022-03-24 ") at the start.
    ],
    roles=[("his Georgian counterpart", "david_zalkaliani"), ("the Armenian FM", "ararat_mirzoyan"),
           ("Vice Prime Minister/Minister of Foreign Affairs of Georgia", "david_zalkaliani")],
)

_IRAQ_WANTS = "Iraq told the United States Saturday it wants Iraqi Foreign Minister Tariq Aziz to travel to Washington to meet Bush Dec. 17, and Baker to meet with Iraqi President Saddam Hussein in Baghdad Jan. 12 - three days before a United Nations-imposed Jan. 15 deadline for Iraq to leave Kuwait or face the possibility of removal by force."
A["dev_8104_baker_shevardnadze_houston"] = dict(
    actors={
        "james_baker": ["SECRETARY of State James Baker III", "James Baker III", "Mr. Baker", "Baker"],
        "eduard_shevardnadze": ["Soviet Foreign Minister Eduard Shevardnadze", "Eduard Shevardnadze", "Mr. Shevardnadze", "Shevardnadze"],
        "george_h_w_bush": ["President Bush", "Bush"],
        "mikhail_gorbachev": ["Soviet President Mikhail Gorbachev", "Mikhail Gorbachev", "Gorbachev"],
        "tariq_aziz": ["Iraqi Foreign Minister Tariq Aziz", "Tariq Aziz"],
        "saddam_hussein": ["Iraqi President Saddam Hussein", "Saddam Hussein", "Saddam"],
        "marlin_fitzwater": ["White House press secretary Marlin Fitzwater", "Marlin Fitzwater"],
        "tass": ["Tass"],
        "united_nations": ["United Nations"],
    },
    meetings=[
        # "Baker ... and ... Shevardnadze arrived in the nation's fourth-largest city Sunday to
        # discuss the Persian Gulf crisis ..." (the headline's "Meet for Talks", "The meeting is
        # the third between" and "the talks were scheduled for Houston" are the same) -> held
        # (the present "The meeting is"), place Houston (dateline; "the nation's fourth-largest
        # city"); date null: the arrival is dated (Sunday, 1990-12-09), the day(s) of the talks
        # are not, in a Tuesday paper.
        M(["james_baker", "eduard_shevardnadze"], None, "Houston", IP, H,
          "SECRETARY of State James Baker III and Soviet Foreign Minister Eduard Shevardnadze arrived in the nation's fourth-largest city Sunday to discuss the Persian Gulf crisis and the dates of a future superpower summit."),
        # "On Wednesday, Shevardnadze will meet with President Bush in Washington." -> planned,
        # 1990-12-12, Washington.
        M(["eduard_shevardnadze", "george_h_w_bush"], "1990-12-12", "Washington", IP, P,
          "On Wednesday, Shevardnadze will meet with President Bush in Washington."),
        # "the Moscow summit between President Bush and Soviet President Mikhail Gorbachev" ("the
        # next Gorbachev-Bush meeting in Moscow", whose "proposed January date" is "unlikely", is
        # the same) -> planned, date null, Moscow.
        M(["george_h_w_bush", "mikhail_gorbachev"], None, "Moscow", IP, P,
          "Such an accord would be the keynote of the Moscow summit between President Bush and Soviet President Mikhail Gorbachev."),
        # Iraq "wants ... Tariq Aziz to travel to Washington to meet Bush Dec. 17" -> planned,
        # 1990-12-17, Washington; required False (one side's wish; the US answer on this date is
        # not given).
        M(["tariq_aziz", "george_h_w_bush"], "1990-12-17", "Washington", IP, P, _IRAQ_WANTS, False),
        # "Baker to meet with ... Saddam Hussein in Baghdad Jan. 12" + "the administration
        # rejected the Jan. 12 date, and that it wants Baker and Saddam to meet in late December
        # or early January" (and "a possible Baker trip to Baghdad in January") -> both sides
        # want the meeting: planned, date null (the only day given is rejected; a range
        # remains), Baghdad.
        M(["james_baker", "saddam_hussein"], None, "Baghdad", IP, P,
          "White House press secretary Marlin Fitzwater said the administration rejected the Jan. 12 date, and that it wants Baker and Saddam to meet in late December or early January."),
        # Not rows: "The meeting is the third between Mr. Shevardnadze and Mr. Baker in the last
        # two years" (a count of earlier meetings); Tass's comment and Fitzwater's statement
        # (statements). Nothing removed (the excerpt ends on a full sentence). The doubled
        # back-quotes (``...'') of the page are kept.
    ],
    roles=[("White House press secretary", "marlin_fitzwater"), ("Iraqi Foreign Minister", "tariq_aziz"),
           ("Iraqi President", "saddam_hussein"), ("Soviet President", "mikhail_gorbachev"),
           ("Soviet Foreign Minister", "eduard_shevardnadze")],
)

_MIYAZAWA = "In addition to giving his speech, Miyazawa met Thursday with Vice President Dan Quayle and with Defense Secretary Dick Cheney before leaving Washington."
A["dev_8105_miyazawa_quayle_cheney"] = dict(
    actors={
        "kiichi_miyazawa": ["Japanese Prime Minister Kiichi Miyazawa", "Kiichi Miyazawa", "Miyazawa"],
        "dan_quayle": ["Vice President Dan Quayle", "Dan Quayle"],
        "dick_cheney": ["Defense Secretary Dick Cheney", "Dick Cheney"],
        "james_baker": ["Secretary of State James A. Baker III", "James A. Baker III"],
        "kim_il_sung": ["North Korean President Kim Il Sung", "Kim Il Sung"],
        "national_press_club": ["National Press Club"],
    },
    meetings=[
        # "Miyazawa met Thursday with Vice President Dan Quayle and with Defense Secretary Dick
        # Cheney before leaving Washington." -> two meetings ("with ... and with ..."), held,
        # 1992-07-02, Washington. No Quayle-Cheney row (separate meetings).
        M(["kiichi_miyazawa", "dan_quayle"], "1992-07-02", "Washington", IP, H, _MIYAZAWA),
        M(["kiichi_miyazawa", "dick_cheney"], "1992-07-02", "Washington", IP, H, _MIYAZAWA),
        # Not rows: the speech "at the National Press Club" (a speech); Baker's earlier
        # suggestion (a statement); the four powers' cooperation (states). Removed: inside the
        # text, the share widget line "- Share via" between the headline and the dateline; at
        # the end, the last, cut-off sentence ("He was much").
    ],
    roles=[("The Japanese prime minister", "kiichi_miyazawa"), ("the Japanese prime minister", "kiichi_miyazawa"),
           ("Japan’s prime minister", "kiichi_miyazawa"), ("Vice President", "dan_quayle"),
           ("Defense Secretary", "dick_cheney")],
)

A["dev_8106_bielsa_walker_kirchner_lagos_planned"] = dict(
    actors={
        "nestor_kirchner": ["Argentine president Nestor Kirchner", "Nestor Kirchner", "President Kirchner", "Kirchner"],
        "ricardo_lagos": ["President Ricardo Lagos", "Ricardo Lagos", "President Lagos", "Lagos"],
        "rafael_bielsa": ["Rafael Bielsa"],
        "ignacio_walker": ["Chilean Foreign Affairs minister Ignacio Walker", "Ignacio Walker", "Mr. Walker", "Walker"],
        "el_mercurio": ["El Mercurio"],
        "peronist_movement": ["Peronism"],
    },
    meetings=[
        # "Foreign Affairs ministers from the two countries, Rafael Bielsa and Ignacio Walker will
        # be meeting this Monday" ("The meeting of the two Ministers" is the same) -> planned (the
        # article's perspective, published that Monday), 2004-11-29; place null (the text does
        # not say where the ministers meet).
        M(["rafael_bielsa", "ignacio_walker"], "2004-11-29", None, IP, P,
          "In coincidence with the twentieth anniversary of the Argentina-Chile Peace Treaty signing, Foreign Affairs ministers from the two countries, Rafael Bielsa and Ignacio Walker will be meeting this Monday to review some pending details of Argentine president Nestor Kirchner's firs official visit to neighbouring Chile."),
        # "The Kirchner-President Ricardo Lagos will also be the first taking place in Chilean
        # territory" (a word missing after "Lagos"; the headline's "the Kirchner-Lagos summit in
        # Santiago" and Kirchner's "official visit to neighbouring Chile" are the same) ->
        # planned, date null, Santiago (headline).
        M(["nestor_kirchner", "ricardo_lagos"], None, "Santiago", IP, P,
          "The Kirchner-President Ricardo Lagos will also be the first taking place in Chilean territory and hopefully will close a year of confrontation following the natural gas supply crisis and the incident caused by an article written by Chilean Foreign Affairs minister Ignacio Walker which infuriated the Argentine president."),
        # No held meeting in the article (both rows planned). Not rows: Walker's article in El
        # Mercurio (a document); the peace treaty (a treaty). Removed: at the start, the site's
        # lines "MercoPress, en Español", "Montevideo, November 22nd 2024 - 23:23 UTC" (the
        # site's current date) and two blank space-only lines; inside the text, the link "Full
        # article" after the date line; at the end, the last, cut-off paragraph ("In December
        # 1978 Argentina was ready to invade Chile ... to the then military dictators General").
        # The slips "firs official visit" and the stray quotation mark after "El Mercurio" are
        # kept.
    ],
    roles=[("the Argentine president", "nestor_kirchner"), ("Argentine president", "nestor_kirchner"),
           ("Chilean Foreign Affairs minister", "ignacio_walker")],
)

A["test_8107_jamali_manmohan_calls"] = dict(
    actors={
        "zafarullah_khan_jamali": ["Pakistani prime minister Mir Zafarullah Khan Jamali", "Mir Zafarullah Khan Jamali", "Jamali"],
        # "Singh" alone is Manmohan Singh in this text ("Jamali and Singh", "Singh and Khatami");
        # the foreign minister is "Natwar Singh" / "Natwar".
        "manmohan_singh": ["Prime Minister Manmohan Singh", "Manmohan Singh", "Manmohan", "Singh"],
        "mohammad_khatami": ["Iranian president Mohammad Khatami", "Mohammad Khatami", "Khatami"],
        "k_natwar_singh": ["external affairs minister Natwar Singh", "Natwar Singh", "Natwar"],
        "sonia_gandhi": ["Congress president Sonia Gandhi", "Sonia Gandhi"],
        "pervez_musharraf": ["Pakistani president Pervez Musharraf", "Pervez Musharraf", "Musharraf"],
        "khurshid_mahmud_kasuri": ["Khurshid Kasuri"],
        "indian_national_congress": ["Congress"],
    },
    meetings=[
        # "Pakistani prime minister Mir Zafarullah Khan Jamali spoke to Prime Minister Manmohan
        # Singh on Saturday." (the headline "Jamali speaks to Manmohan"; "congratulatory
        # telephone calls") -> phone, held, 2004-05-29, place null.
        M(["zafarullah_khan_jamali", "manmohan_singh"], "2004-05-29", None, PH, H,
          "NEW DELHI: Keeping up the momentum of congratulatory telephone calls to the new government here, Pakistani prime minister Mir Zafarullah Khan Jamali spoke to Prime Minister Manmohan Singh on Saturday."),
        # "Manmohan Singh also got a congratulatory call from Iranian president Mohammad Khatami"
        # ("Singh and Khatami reiterated" is the same call) -> phone, held; date null (the call
        # is not given a day: "also got"), place null.
        M(["mohammad_khatami", "manmohan_singh"], None, None, PH, H,
          "Manmohan Singh also got a congratulatory call from Iranian president Mohammad Khatami, who expressed satisfaction with the progress in bilateral relations particularly since his visit to India last January."),
        # Natwar, quoted: "His foreign minister spoke to me on the telephone a few days ago" ("His
        # foreign minister" = Musharraf's, i.e. Pakistan's foreign minister, named above as
        # Natwar's "counterpart, Khurshid Kasuri") -> phone, held, date null ("a few days ago"),
        # place null.
        M(["khurshid_mahmud_kasuri", "k_natwar_singh"], None, None, PH, H,
          "\"His foreign minister spoke to me on the telephone a few days ago\", said Natwar."),
        # "Sonia Gandhi was prepared to accept ... Musharraf's invitation to visit Pakistan" ->
        # planned, date null, Pakistan; required False (an invitation not yet accepted, as
        # `dev_005`).
        M(["sonia_gandhi", "pervez_musharraf"], None, "Pakistan", IP, P,
          "On Saturday, external affairs minister Natwar Singh said in Jaipur that Congress president Sonia Gandhi was prepared to accept Pakistani president Pervez Musharraf's invitation to visit Pakistan.",
          False),
        # "He too had been invited by his counterpart, Khurshid Kasuri, and was willing to go" ->
        # planned, date null, Pakistan ("too": to visit Pakistan); required False (an
        # invitation).
        M(["k_natwar_singh", "khurshid_mahmud_kasuri"], None, "Pakistan", IP, P,
          "He too had been invited by his counterpart, Khurshid Kasuri, and was willing to go, said Natwar.",
          False),
        # Not rows: Khatami's "visit to India last January" (a visit, no host named); "the recent
        # cricket matches and other exchanges" (no meeting); Natwar's remarks in Jaipur
        # (statements); the Simla Agreement (a treaty). "The Times of India" is the reposted
        # paper's name line (the outlet; not annotated). Removed: at the start, the blog's own
        # date and title lines ("29 May 2004", "Jamali speaks to Manmohan", repeated below with
        # the paper's name); at the end, the blog widget "No comments:".
    ],
    roles=[("his counterpart", "khurshid_mahmud_kasuri"), ("His foreign minister", "khurshid_mahmud_kasuri"),
           ("his foreign minister", "khurshid_mahmud_kasuri"), ("Pakistan's president", "pervez_musharraf"),
           ("Pakistani president", "pervez_musharraf"), ("Pakistani prime minister", "zafarullah_khan_jamali"),
           ("Iranian president", "mohammad_khatami"), ("Congress president", "sonia_gandhi"),
           ("external affairs minister", "k_natwar_singh")],
)

A["dev_8108_hayden_lange_wellington"] = dict(
    actors={
        "bill_hayden": ["Australian Foreign Minister Bill Hayden", "Bill Hayden", "Hayden"],
        "david_lange": ["Prime Minister David Lange", "David Lange", "Lange"],
    },
    meetings=[
        # "Hayden, arriving in Wellington for talks with Prime Minister David Lange, issued a
        # statement ..." -> the arrival is told, the talks ahead: planned, date null (the
        # column's day is not the arrival's or the talks' day), Wellington (as the "arrived ...
        # for talks" rows of RFE/RL in earlier batches).
        M(["bill_hayden", "david_lange"], None, "Wellington", IP, P,
          "Hayden, arriving in Wellington for talks with Prime Minister David Lange, issued a statement disagreeing with New Zealand’s ban on port visits by nuclear-armed or nuclear-powered ships, which led the United States to suspend security guarantees to New Zealand under the ANZUS alliance."),
        # Not rows: Hayden's statement and Lange's reassurance (statements). The ANZUS alliance
        # is a treaty alliance (not annotated as an actor, as treaties). Removed: inside the
        # text, the share widget line "- Share via" after the column's date line; at the end, the
        # site's lines "More to Read", "Sign up for Essential California", "The most important
        # California stories ..." and "You may occasionally receive promotional content from the
        # Los Angeles Times.".
    ],
    roles=[("Australian Foreign Minister", "bill_hayden")],
)

A["dev_8109_putin_kuchma_sochi"] = dict(
    actors={
        "vladimir_putin": ["Mr Putin"],
        "leonid_kuchma": ["Mr Kuchma"],
        "gazprom": ["Gazprom"],
    },
    meetings=[
        # "Mr Putin and Mr Kuchma discussed economic cooperation issues ..." ("Following the
        # talks" is the same) -> held, 2000-10-16, Sochi (the date line "October 16, 2000,
        # Sochi").
        M(["vladimir_putin", "leonid_kuchma"], "2000-10-16", "Sochi", IP, H,
          "Mr Putin and Mr Kuchma discussed economic cooperation issues, including gas supplies to Ukraine and possibilities for restructuring Ukraine’s debt to Russia."),
        # Not rows: Putin telling journalists (a statement); Gazprom's part in privatisation (a
        # proposal to a company). Removed: at the start, the site's accessibility widgets
        # ("Select font Arial Times New Roman", "Character spacing (Kerning): Standard Medium
        # Large") and the breadcrumb "News /". The excerpt has no headline.
    ],
    roles=[("The President", "vladimir_putin")],
)

A["dev_8110_abdullah_saleh_abdul_mahdi_calls"] = dict(
    actors={
        "abdullah_ii": ["His Majesty King Abdullah", "King Abdullah", "His Majesty"],
        "barham_salih": ["Iraqi President Barham Saleh", "Barham Saleh", "President Saleh"],
        "adel_abdul_mahdi": ["Adel Abdul Mahdi"],
        "haider_al_abadi": ["Haidar Abadi"],
        "royal_hashemite_court": ["Royal Court"],
        "council_of_representatives_of_iraq": ["Iraqi parliament"],
    },
    meetings=[
        # "His Majesty King Abdullah, in a phone call on Friday, congratulated Iraqi President
        # Barham Saleh" -> phone, held, 2018-10-05, place null.
        M(["abdullah_ii", "barham_salih"], "2018-10-05", None, PH, H,
          "AMMAN — His Majesty King Abdullah, in a phone call on Friday, congratulated Iraqi President Barham Saleh on his election by the Iraqi parliament."),
        # "In another phone call, His Majesty congratulated Adel Abdul Mahdi" -> phone, held; date
        # null (the second call is not given a day), place null.
        M(["abdullah_ii", "adel_abdul_mahdi"], None, None, PH, H,
          "In another phone call, His Majesty congratulated Adel Abdul Mahdi on his designation as prime minister of Iraq, wishing him success in serving the people of Iraq."),
        # Not rows: the Royal Court statement (a statement); the elections. "By JT" is the byline
        # (not annotated). Removed: at the start, the search tool's date prefix with the site's
        # line (" date 2018-10-07 You are here") and the breadcrumb ("Home » Local » King
        # congratulates Iraqi president, PM on selection"); at the end, the page's widgets from
        # "up" / "1 user has voted." to the newsletter box ("Get top stories and blog posts
        # emailed to you each day.").
    ],
    roles=[("Iraqi President", "barham_salih"), ("the outgoing premier", "haider_al_abadi"),
           ("prime minister of Iraq", "adel_abdul_mahdi")],
)

A["test_8111_carter_andreotti_white_house"] = dict(
    actors={
        "jimmy_carter": ["President Carter", "Carter"],
        "giulio_andreotti": ["Prime Minister Giulio Andreotti", "Giulio Andreotti", "Prime Minister Andreotti", "Andreotti"],
        "arnaldo_forlani": ["Foreign Minister Arnaldo Forlani", "Arnaldo Forlani"],
        "paolo_pansa": ["Italian Ambassador Paolo Pansa", "Paolo Pansa"],
        # Written "Umberto La Rocoa" (sic); keyed by the spelling La Rocca.
        "umberto_la_rocca": ["Minister Umberto La Rocoa", "Umberto La Rocoa"],
        "cyrus_vance": ["Secretary of State Cyrus Vance", "Cyrus Vance"],
        "zbigniew_brzezinski": ["Zbigniew Brzezinski"],
        "gregory_treverton": ["Gregory Treverton"],
        "united_states_national_security_council": ["NSC"],
        "aldo_moro": ["Aldo Moro"],
        "bilateral_energy_working_group": ["Bilateral Energy Working Group"],
    },
    meetings=[
        # "President Carter met this morning in the White House with Giulio Andreotti" ("The two
        # leaders had a useful discussion" is the same) -> held, 1978-05-31, Washington (White
        # House). Forlani, Pansa, La Rocca, Vance, Brzezinski and Treverton were "Also present"
        # (actors, not participants; ANNOTATION.md).
        M(["jimmy_carter", "giulio_andreotti"], "1978-05-31", "Washington", IP, H,
          "President Carter met this morning in the White House with Giulio Andreotti, President of the Council of Ministers of the Italian Republic."),
        # "the joint initiatives ... decided upon during the Prime Minister's visit to Washington
        # in July 1977" -> held, date null (month only), Washington; required False (the visit
        # is stated, the meeting with the President is implied by "joint initiatives").
        M(["giulio_andreotti", "jimmy_carter"], None, "Washington", IP, H,
          "The President and the Prime Minister reviewed the joint initiatives to enhance the relationship between Italy and the United States decided upon during the Prime Minister's visit to Washington in July 1977.",
          False),
        # Not rows: "A series of Cabinet-level visits has taken place in both directions over the
        # last 10 months" (a count, no one named); the Bilateral Energy Working Group (a body,
        # no meeting). Removed: at the start, the site's lines "Status message", "You visited
        # this Document through a legacy url format. ..." and the image line "Jimmy Carter
        # photo" (as `dev_7709`); at the end, the last, cut-off sentence ("He reaffirmed the
        # confidence of the United States in Italy's ability to").
    ],
    roles=[("President of the Council of Ministers of the Italian Republic", "giulio_andreotti"),
           ("The President", "jimmy_carter"), ("the Prime Minister", "giulio_andreotti"),
           ("Assistant to the President for National Security Affairs", "zbigniew_brzezinski")],
)

A["dev_8112_nazarbayev_atambayev_council"] = dict(
    actors={
        "nursultan_nazarbayev": ["President Nursultan Nazarbayev", "Nursultan Nazarbayev", "President Nazarbayev", "Nursultan Abishevich"],
        "almazbek_atambayev": ["President of the Kyrgyz Republic Almazbek Atambayev", "Almazbek Atambayev"],
        "kazakh_kyrgyz_supreme_interstate_council": ["Supreme Interstate Council of the Republic of Kazakhstan and the Kyrgyz Republic", "Interstate Council"],
    },
    meetings=[
        # Atambayev, quoted: "We held negotiations in the narrow format during which many topical
        # issues were discussed." (the headline's "Today President Nursultan Nazarbayev Takes Part
        # in the Narrow and Extended Talks within the Framework of the Third Session of the
        # Supreme Interstate Council" and "the current meeting" are the same; the Council is the
        # two presidents' bilateral body) -> held, 2012-08-22, place null (no place in the
        # text).
        M(["nursultan_nazarbayev", "almazbek_atambayev"], "2012-08-22", None, IP, H,
          "We held negotiations in the narrow format during which many topical issues were discussed."),
        # Not rows: "the last session of the Interstate Council which was held four years ago"
        # (an earlier session, no participant named); the speeches (statements). Nothing
        # removed.
    ],
    roles=[("the President of Kazakhstan", "nursultan_nazarbayev"), ("The head of state", "nursultan_nazarbayev"),
           ("President of the Kyrgyz Republic", "almazbek_atambayev")],
)
