"""Accuracy corpus, batch 86b: 12 new articles about meetings between political actors, all
published in EVEN years (another helper takes batch 86a), from the 1980s to the 2020s (1980s:
two (1984, 1984), 1990s: two (1990, 1996), 2000s: two (2000, 2008), 2010s: five (2010, 2012,
2016, 2016, 2018), 2020s: one (2020); four of the twelve from before 2000), over the regions
(Western Europe: two; Central Asia/Caucasus, Middle East, Africa, Southeast Asia, Eastern
Europe/Russia, Latin America, North America, South Asia, East Asia, Oceania: one each).
Outlets/sites: Brasil Economico (2020), Al Bawaba (an AFP story, 2000), the Chicago Tribune
(Tribune News Services, 1996), the Daily Mirror (Sri Lanka, 2018), PM Transcripts (an
Australian Prime Minister's media release, 1984), The American Presidency Project (a joint news
conference transcript, 1990), UPI (1984), the Manila Bulletin (2016), Expatica (an El País
story, 2008), Armenpress (2016), SAnews (South African Government News Agency, 2010) and The
Guardian (2012).
Ten are news stories; two are official records (the Australian media release and the US
presidential news-conference transcript); no diplomatic cable (within the brief's limits of two
official releases and one cable; SAnews, a government news agency, is counted as news).
Three pages first collected here were already in the corpus and were removed before the batch
was used (see batch_86b_NOTES.md); their positions 04, 08 and 09 were given to the three
replacements in the order these were found.
The pages are new to the corpus (URLs grepped in sources.csv, corpus/metadata.csv and the batch
files).
Collected with the `search` tool (corpus `pages`) and annotated from the texts alone, BEFORE the
package was run on them (the package has not been run, imported or read for this batch).
Conventions: ANNOTATION.md and /work/shared/ANNOTATION-GUIDE.md. Notes: batch_86b_NOTES.md.

Split rule (fixed before annotating, as given in the brief for this batch, the same as batches
5a-85b): the articles are numbered 1..12 in the order they were first found in this session's
search results (the query in which each first appeared, then its rank in that query), after
skipping pages already in the corpus and pages not taken; positions 3, 7 and 11 are test, all
others dev. Ids: `dev_171NN_<slug>` / `test_171NN_<slug>`, NN = collection position (01..12).

M(participants, date, place, kind, status, evidence, required=True)
Evidence is the verbatim sentence (line breaks inside it replaced by single spaces).
Aliases are written as they stand in the text (typos and capitals included).
"""


from annotations import H, IP, M, P, PH, VID  # noqa: F401 (the same row helpers)

# (article_id, region, decade, outlet, url, published)
ARTICLES = [
    # The URL (/2020/02/13/) gives 2020-02-13 (a Thursday, checked): "on Wednesday" =
    # 2020-02-12; "March 1" = 2020-03-01.
    ("dev_17101_bolsonaro_fernandez_montevideo_planned", "Latin America", "2020s", "Brasil Economico (brasileconomico.net)", "https://brasileconomico.net/2020/02/13/bolsonaro-proposes-fernandez-breaking-the-ice-in-montevideo/", "2020-02-13"),
    # "Published October 17th, 2000" (a Tuesday, checked); "on Tuesday" = 2000-10-17.
    ("dev_17102_assad_saudi_visit_riyadh", "Middle East", "2000s", "Al Bawaba (albawaba.com; an AFP story)", "https://www.albawaba.com/news/syrian-president-arrives-saudi-talks-middle-east", "2000-10-17"),
    # "September 08, 1996" (a Sunday, checked): "on Saturday" = 1996-09-07.
    ("test_17103_kohl_yeltsin_hunting_lodge", "Eastern Europe/Russia", "1990s", "Chicago Tribune (articles.chicagotribune.com; Tribune News Services)", "http://articles.chicagotribune.com/1996-09-08/news/9609080263_1_russian-president-boris-yeltsin-interior-troops-chancellor-helmut-kohl", "1996-09-08"),
    # The page's date line "2018-10-20 17:34:16" (a Saturday, checked): "on Saturday" and
    # "Earlier in the day" = 2018-10-20.
    ("dev_17104_wickremesinghe_modi_new_delhi", "South Asia", "2010s", "Daily Mirror (dailymirror.lk, Sri Lanka)", "http://www.dailymirror.lk/157172/Ranil-meets-Modi", "2018-10-20"),
    # The release date "11 DECEMBER 1984" (a Tuesday, checked); "January 15-18" -> no day.
    ("dev_17105_nakasone_visit_australia_release", "Oceania", "1980s", "PM Transcripts (pmtranscripts.pmc.gov.au; a media release of the Australian Prime Minister)", "http://pmtranscripts.pmc.gov.au/release/transcript-6566", "1984-12-11"),
    # The transcript date "April 10, 1990" (a Tuesday, checked) = the day of the talks.
    ("dev_17106_bush_mulroney_toronto", "North America", "1990s", "The American Presidency Project (presidency.ucsb.edu; a joint news conference transcript)", "https://www.presidency.ucsb.edu/documents/joint-news-conference-the-president-and-prime-minister-mulroney-toronto-canada", "1990-04-10"),
    # The URL (/1984/04/27/) gives 1984-04-27 (a Friday, checked); the PEKING dateline's
    # "Saturday" is 1984-04-28 (the US date of the wire copy precedes Peking's; see notes).
    ("test_17107_reagan_deng_peking", "East Asia", "1980s", "United Press International (upi.com archives)", "https://www.upi.com/Archives/1984/04/27/President-Reagan-and-Chinese-leader-Deng-Xiaoping-exchanged-friendly/5047451890000/", "1984-04-27"),
    # The search result's date 2016-09-28 (a Wednesday, checked; "this week", "arrive in Hanoi
    # Wednesday night"): "On Thursday" = 2016-09-29.
    ("dev_17108_duterte_tran_dai_quang_hanoi_planned", "Southeast Asia", "2010s", "Manila Bulletin (mb.com.ph)", "http://www.mb.com.ph/stronger-alliance-with-vietnam-seen/", "2016-09-28"),
    # "11 January 2008" (a Friday, checked): "Thursday" and "yesterday" = 2008-01-10.
    ("dev_17109_zapatero_sarkozy_paris_eta", "Western Europe", "2000s", "Expatica (expatica.com; an El País story)", "https://www.expatica.com/es/news/Zapatero-Sarkozy-strengthen-security-ties-against-ETA-terror_110781.html", "2008-01-11"),
    # The dateline "YEREVAN, DECEMBER 21" and the search result's date 2016-12-21 (a Wednesday,
    # checked); "on December 21" = 2016-12-21.
    ("dev_17110_vigen_sargsyan_kvirikashvili_tbilisi", "Central Asia/Caucasus", "2010s", "Armenpress (armenpress.am)", "http://armenpress.am/eng/news/872770/", "2016-12-21"),
    # "Thursday, March 18, 2010" (a Thursday, checked): "on Wednesday" = 2010-03-17, "on
    # Thursday" = 2010-03-18.
    ("test_17111_zuma_mugabe_tsvangirai_harare", "Africa", "2010s", "SAnews (sanews.gov.za, South African Government News Agency)", "https://www.sanews.gov.za/south-africa/zumas-zim-talks-going-very-well", "2010-03-18"),
    # The URL (/2012/may/15/) gives 2012-05-15 (a Tuesday, checked): "on Tuesday evening" =
    # 2012-05-15.
    ("dev_17112_hollande_merkel_berlin_guardian", "Western Europe", "2010s", "The Guardian (theguardian.com)", "https://www.theguardian.com/world/2012/may/15/francois-hollande-angela-merkel-summit?INTCMP=SRCH", "2012-05-15"),
]

A = {}

A["dev_17101_bolsonaro_fernandez_montevideo_planned"] = dict(
    actors={
        "jair_bolsonaro": ["Jair Bolsonaro", "Bolsonaro"],
        "alberto_fernandez": ["Alberto Fernández", "Fernández"],
        "luis_lacalle_pou": ["Luis Lacalle Pou"],
        "felipe_sola": ["Felipe Solá", "Solá"],
        "international_monetary_fund": ["IMF"],
        "mercosur": ["Mercosur"],
        # New key.
        "ernesto_araujo": ["Ernesto Araújo"],
    },
    meetings=[
        # "could meet on March 1 in Montevideo" + "Bolsonaro made the proposal" -> a proposed
        # meeting, planned, 2020-03-01, Montevideo, **required false** (a proposal, not yet
        # agreed).
        M(["jair_bolsonaro", "alberto_fernandez"], "2020-03-01", "Montevideo", IP, P,
          "The presidents of Brazil, Jair Bolsonaro and Argentina, Alberto Fernández, could meet on March 1 in Montevideo, in a sign of truce after months of tension between the two heads of State.", False),
        # "upon hosting on Wednesday the Argentine Foreign Minister Felipe Solá in Brasilia" ->
        # held, 2020-02-12, Brasilia.
        M(["jair_bolsonaro", "felipe_sola"], "2020-02-12", "Brasilia", IP, H,
          "Bolsonaro made the proposal of the meeting on the occasion of the inauguration of the Uruguayan president, Luis Lacalle Pou, upon hosting on Wednesday the Argentine Foreign Minister Felipe Solá in Brasilia."),
        # "During his visit, Solá also discussed with his Brazilian counterpart, Ernesto
        # Araújo" -> held, date null (the visit's day is not tied to this talk), Brasilia.
        M(["felipe_sola", "ernesto_araujo"], None, "Brasilia", IP, H,
          "During his visit, Solá also discussed with his Brazilian counterpart, Ernesto Araújo, support for Argentina in negotiations with the IMF, bilateral trade and the strengthening of Mercosur."),
        # Not rows: the inauguration of Lacalle Pou (a ceremony). Removed: at the end, the
        # source line "Source: Istoé".
    ],
    roles=[("the Uruguayan president", "luis_lacalle_pou"),
           ("the Argentine Foreign Minister", "felipe_sola"),
           ("his Brazilian counterpart", "ernesto_araujo")],
)

A["dev_17102_assad_saudi_visit_riyadh"] = dict(
    actors={
        "bashar_al_assad": ["Syrian President Bashar al-Assad", "Bashar al-Assad", "Assad"],
        "fahd_bin_abdulaziz": ["King Fahd"],
        "abdullah_bin_abdulaziz": ["Crown Prince Abdullah bin Abdul Aziz", "Abdullah bin Abdul Aziz"],
        "madeleine_albright": ["US Secretary of State Madeleine Albright", "Madeleine Albright", "Albright"],
        "bill_clinton": ["President Bill Clinton", "Bill Clinton"],
        # New key.
        "ath_thawra": ["Ath-Thawra"],
    },
    meetings=[
        # The airport greeting -> two held rows, 2000-10-17, Riyadh, **required false** (a
        # welcome at the airport, as the corpus's airport receptions).
        M(["bashar_al_assad", "fahd_bin_abdulaziz"], "2000-10-17", "Riyadh", IP, H,
          "King Fahd and Crown Prince Abdullah bin Abdul Aziz greeted Assad at Riyadh airport's VIP terminal.", False),
        M(["bashar_al_assad", "abdullah_bin_abdulaziz"], "2000-10-17", "Riyadh", IP, H,
          "King Fahd and Crown Prince Abdullah bin Abdul Aziz greeted Assad at Riyadh airport's VIP terminal.", False),
        # "Albright ... would meet Saudi leaders" -> unnamed counterparts -> one-party row,
        # planned, 2000-10-17 ("later Tuesday"), place Saudi Arabia (no city for her visit).
        M(["madeleine_albright"], "2000-10-17", "Saudi Arabia", IP, P,
          "Albright, who accompanied President Bill Clinton to the Sharm el-Sheikh summit would meet Saudi leaders, the source said"),
        # Not rows: the Sharm el-Sheikh summit and the Cairo Arab summit (summits); the
        # proposed tripartite summit (a proposal); the earlier visit to Egypt (no host named).
        # Removed: at the start, the duplicated "Al Bawaba" lines; at the end, the agency tag
        # " -- RIYADH (AFP)", the copyright and newsletter lines.
    ],
    roles=[("Syria's official newspaper", "ath_thawra"), ("the Syrian leader", "bashar_al_assad")],
)

A["test_17103_kohl_yeltsin_hunting_lodge"] = dict(
    actors={
        "boris_yeltsin": ["Russian President Boris Yeltsin", "Boris Yeltsin", "Yeltsin"],
        "helmut_kohl": ["Chancellor Helmut Kohl", "Helmut Kohl", "Kohl"],
        "aleksandr_lebed": ["Alexander Lebed"],
        "viktor_chernomyrdin": ["Prime Minister Viktor Chernomyrdin", "Viktor Chernomyrdin"],
        "nato": ["NATO"],
    },
    meetings=[
        # "Yeltsin on Saturday received ... Kohl ... during an informal four-hour meeting" /
        # "The two met at a government hunting lodge 60 miles northwest of Moscow." -> one
        # held row, 1996-09-07, place Russia (the lodge is not in Moscow and not named).
        M(["boris_yeltsin", "helmut_kohl"], "1996-09-07", "Russia", IP, H,
          "MOSCOW — An ailing Russian President Boris Yeltsin on Saturday received his first foreign head of state since being re-elected in July, giving Chancellor Helmut Kohl of Germany a chance to size up Yeltsin's condition during an informal four-hour meeting."),
        # Not rows: Lebed's call on Yeltsin (a statement); the Kremlin's silence; spokesmen's
        # statements. Not annotated: the byline "Tribune News Services". Removed: at the end,
        # the cut-off sentence "For the first time in months, ... joint Russian-Chechen pat".
    ],
    roles=[("National security adviser", "aleksandr_lebed")],
)

A["dev_17104_wickremesinghe_modi_new_delhi"] = dict(
    actors={
        "ranil_wickremesinghe": ["Sri Lankan Prime Minister Ranil Wickremesinghe", "Ranil Wickremesinghe", "Sri Lankan PM Ranil Wickremesinghe", "Mr. Wickremesinghe"],
        "narendra_modi": ["Prime Minister Narendra Modi", "Narendra Modi"],
        "raveesh_kumar": ["Raveesh Kumar"],
        "ministry_of_external_affairs_india": ["Ministry of External Affairs"],
        "maithripala_sirisena": ["Sri Lankan President Maithripala Sirisena", "Maithripala Sirisena"],
        "research_and_analysis_wing": ["RAW"],
        "rajnath_singh": ["Home Minister Rajnath Singh", "Rajnath Singh", "Mr. Singh"],
        "sushma_swaraj": ["External Affairs Minister Sushma Swaraj", "Sushma Swaraj", "Ms. Swaraj"],
    },
    meetings=[
        # "on Saturday held talks with his Indian counterpart Narendra Modi in New Delhi" ->
        # held, 2018-10-20, New Delhi (the delegation-level talks at Hyderabad House and
        # Modi's welcome are the same meeting).
        M(["ranil_wickremesinghe", "narendra_modi"], "2018-10-20", "New Delhi", IP, H,
          "Sri Lankan Prime Minister Ranil Wickremesinghe on Saturday held talks with his Indian counterpart Narendra Modi in New Delhi on a range of issues related to bilateral ties, including the progress of India assisted development projects in the island nation."),
        # "Earlier in the day, ... Rajnath Singh and ... Sushma Swaraj separately called on the
        # visiting Sri Lankan leader." -> two held rows, 2018-10-20, place India (no city in
        # the sentence; the visit is to India; see notes). The later sentences on the Singh and
        # Swaraj meetings are the same meetings.
        M(["rajnath_singh", "ranil_wickremesinghe"], "2018-10-20", "India", IP, H,
          "Earlier in the day, Home Minister Rajnath Singh and External Affairs Minister Sushma Swaraj separately called on the visiting Sri Lankan leader."),
        M(["sushma_swaraj", "ranil_wickremesinghe"], "2018-10-20", "India", IP, H,
          "Earlier in the day, Home Minister Rajnath Singh and External Affairs Minister Sushma Swaraj separately called on the visiting Sri Lankan leader."),
        # Not rows: Sirisena's Cabinet meeting (a cabinet session); Raveesh Kumar's tweet.
        # Removed: at the start, the tool's " date 2018-10-20" prefix (the page's date line
        # "2018-10-20 17:34:16" kept); at the end, the cut-off sentence "Mr. Wickremesinghe
        # arrived on Thursday to boost ties in a range of areas, including trade, investment
        # and mari".
    ],
    roles=[("his Indian counterpart", "narendra_modi"),
           ("the Sri Lankan Prime Minister", "ranil_wickremesinghe"),
           ("Ministry of External Affairs Spokesperson", "raveesh_kumar"),
           ("the visiting Sri Lankan leader", "ranil_wickremesinghe"),
           ("the Sri Lankan Premier", "ranil_wickremesinghe")],
)

A["dev_17105_nakasone_visit_australia_release"] = dict(
    actors={
        "yasuhiro_nakasone": ["Mr Yasuhiro Nakasone", "Yasuhiro Nakasone", "Mr Nakasone", "Nakasone"],
        "shintaro_abe": ["Mr Abe"],
        "australian_government": ["Australian Government"],
    },
    meetings=[
        # "In my discussions with Mr Nakasone I will emphasise" -> the author (the Prime
        # Minister, unnamed in the trimmed text: "I") -> one-party row, planned, date null
        # ("January 15-18" is a range), place Australia.
        M(["yasuhiro_nakasone"], None, "Australia", IP, P,
          "In my discussions with Mr Nakasone I will emphasise the mutually advantageous nature of our trading relationship with Japan in these commodities, and our firm expectations about continued access to the Japanese market on a basis which fully reflects Australia's competitive strength."),
        # "discussions which were commenced in Tokyo during my visit to Japan in
        # January-February this year" -> one-party row (the author "my"), held, date null,
        # Tokyo.
        M(["yasuhiro_nakasone"], None, "Tokyo", IP, H,
          "This visit will provide the opportunity for a continuation of the broad-ranging discussions which were commenced in Tokyo during my visit to Japan in January-February this year."),
        # "will meet the Premiers of New South Wales and Victoria" -> unnamed premiers ->
        # one-party row, planned, date null, place Australia, **required false** (two unnamed
        # hosts in one row; whether one or two rows is open).
        M(["yasuhiro_nakasone"], None, "Australia", IP, P,
          "Mr Nakasone will visit Canberra, Sydney and Melbourne, and will meet the Premiers of New South Wales and Victoria.", False),
        # Not annotated: the site header "Hawke, Robert" / "Released by: Hawke, Robert James
        # Lee" (removed with the site chrome). Removed: at the start, the site header lines;
        # at the end, the cut-off sentence "Other details of the program are being developed
        # in consultation wit".
    ],
    roles=[("The Prime Minister of Japan", "yasuhiro_nakasone"),
           ("the Minister for Foreign Affairs", "shintaro_abe")],
)

A["dev_17106_bush_mulroney_toronto"] = dict(
    actors={
        "george_h_w_bush": ["George Bush"],
        "brian_mulroney": ["Prime Minister Mulroney", "Mulroney"],
        "james_baker": ["Secretary Baker"],
        "joe_clark": ["Mr. Clark"],
        "nato": ["NATO"],
        # New keys.
        "toronto_blue_jays": ["Blue Jays"],
        "texas_rangers": ["Rangers"],
    },
    meetings=[
        # The Toronto talks (private hour, then with the delegations) -> one held row,
        # 1990-04-10, Toronto (title). Baker and Clark "joined" -> not participants (as
        # delegation members).
        M(["george_h_w_bush", "brian_mulroney"], "1990-04-10", "Toronto", IP, H,
          "The Prime Minister. I just want to tell you that the President and I have had what I consider to be an excellent meeting."),
        # "We'll be meeting again over dinner" -> planned, same day and place, **required
        # false** (the dinner of the same visit; the corpus counts a same-day dinner with the
        # talks as one meeting).
        M(["george_h_w_bush", "brian_mulroney"], "1990-04-10", "Toronto", IP, P,
          "We'll be meeting again over dinner before the Blue Jays inflict terrible damage upon the Rangers.", False),
        # Not rows: Mulroney's visit to Mexico and the Caribbean (no host named); the NATO and
        # Houston summits. Kept: the first line "George Bush photo" (the page's photo caption,
        # the only place Bush is named). Removed: at the end, the cut-off sentence "We have
        # some differences; but most of the time, on these b".
    ],
    roles=[("The Prime Minister", "brian_mulroney"), ("The President", "george_h_w_bush"),
           ("Canadian Secretary of State for External Affairs", "joe_clark")],
)

A["test_17107_reagan_deng_peking"] = dict(
    actors={
        "ronald_reagan": ["President Reagan", "Reagan"],
        "deng_xiaoping": ["Chinese leader Deng Xiaoping", "Deng Xiaoping", "Deng"],
        "nancy_reagan": ["Mrs. Reagan", "Nancy Reagan"],
        "mao_zedong": ["Mao Tse-tung"],
    },
    meetings=[
        # "exchanged friendly chit-chat Saturday, then got down to the most important talks" ->
        # held, 1984-04-28 (the Saturday after the Friday URL date; see notes), Peking.
        M(["ronald_reagan", "deng_xiaoping"], "1984-04-28", "Peking", IP, H,
          "PEKING -- President Reagan and Chinese leader Deng Xiaoping exchanged friendly chit-chat Saturday, then got down to the most important talks of the president's historic six-day visit to China."),
        # Deng greeted Mrs. Reagan and talked with her before the talks -> held, same day,
        # Peking, **required false** (a greeting of the visitor's spouse).
        M(["deng_xiaoping", "nancy_reagan"], "1984-04-28", "Peking", IP, H,
          "The diminutive Deng, Mao Tse-tung's pragmatic successor and the undisputed leader of China's 1.1 billion people, warmly greeted President and Mrs. Reagan as they entered the cavernous Great Hall of the People.", False),
        # "before hosting a lavish turkey banquet for Chinese leaders" -> unnamed guests ->
        # one-party row, planned, date null ("Later"), place null, **required false** (a
        # banquet for unnamed leaders).
        M(["ronald_reagan"], None, None, IP, P,
          "Later, Reagan, the first American president to visit china since 1975, was scheduled to turn tourist and pay a visit to the 2,000-year-old Great Wall before hosting a lavish turkey banquet for Chinese leaders.", False),
        # Removed: at the end, the cut-off sentence "Deng held Mrs. Reagan's hand for much of".
        # Kept as it stands: "china" (lower case), "wont".
    ],
    roles=[("the president", "ronald_reagan")],
)

A["dev_17108_duterte_tran_dai_quang_hanoi_planned"] = dict(
    actors={
        "rodrigo_duterte": ["President Duterte", "Duterte"],
        "tran_dai_quang": ["Vietnam President Tran Dai Quang", "Tran Dai Quang"],
        "charles_jose": ["Charles Jose", "Jose"],
        "department_of_foreign_affairs_philippines": ["Department of Foreign Affairs (DFA)", "DFA"],
    },
    meetings=[
        # "On Thursday, ..." / "The President will then travel to the State Palace for a meeting
        # with Vietnam President Tran Dai Quang" -> planned, 2016-09-29, Hanoi.
        M(["rodrigo_duterte", "tran_dai_quang"], "2016-09-29", "Hanoi", IP, P,
          "The President will then travel to the State Palace for a meeting with Vietnam President Tran Dai Quang to discuss various areas of bilateral exchanges, including maritime cooperation, enhancement of law enforcement and defense cooperation."),
        # Not rows: "a meeting with the Filipino community" (an unnamed group, as the corpus's
        # diaspora meetings); "a flurry of meetings with government as well as communist
        # leaders of Vietnam" (unnamed, not a specific meeting); the wreath-laying ceremonies.
        # Removed: at the start, the tool's " date 2016-09-28" prefix; at the end, the cut-off
        # sentence "The relations between the two countries have been growing and deepening
        # steadily" (the quotation's first sentence kept, its opening mark unclosed).
    ],
    roles=[("The Philippine leader", "rodrigo_duterte"),
           ("Department of Foreign Affairs (DFA) spokesman", "charles_jose")],
)

A["dev_17109_zapatero_sarkozy_paris_eta"] = dict(
    actors={
        "jose_luis_rodriguez_zapatero": ["Spanish Prime Minister José Luis Rodríguez Zapatero", "José Luis Rodríguez Zapatero", "Zapatero"],
        "nicolas_sarkozy": ["French President Nicolas Sarkozy", "Nicolas Sarkozy", "Sarkozy"],
        "eta": ["Basque terrorist group ETA", "ETA"],
        "european_union": ["EU"],
        # New key.
        "spanish_civil_guard": ["Spanish Civil Guard"],
    },
    meetings=[
        # "sealed an agreement Thursday in Paris" after "a Spanish-French bilateral summit" ->
        # held, 2008-01-10, Paris ("In the meeting yesterday" is the same meeting).
        M(["jose_luis_rodriguez_zapatero", "nicolas_sarkozy"], "2008-01-10", "Paris", IP, H,
          "MADRID - Spanish Prime Minister José Luis Rodríguez Zapatero and French President Nicolas Sarkozy sealed an agreement Thursday in Paris to set up a permanent joint police taskforce in order to strengthen the fight against Basque terrorist group ETA on both sides of the Pyrenees."),
        # Not rows: the joint press conference (the same meeting); Sarkozy's 2006 criticism.
        # Kept inside: the site's line "11th January 2008, Comments 0 comments" and the date
        # line "11 January 2008". Removed: at the end, "[Copyright EL PAÍS 2008]",
        # "Subject: Spanish news" and "0 Comments To This Article".
    ],
    roles=[("the Spanish prime minister", "jose_luis_rodriguez_zapatero"),
           ("the French president", "nicolas_sarkozy")],
)

A["dev_17110_vigen_sargsyan_kvirikashvili_tbilisi"] = dict(
    actors={
        "vigen_sargsyan": ["Armenian Defense Minister Vigen Sargsyan", "Vigen Sargsyan", "Sargsyan"],
        "giorgi_kvirikashvili": ["Georgian Premier Giorgi Kvirikashvili", "Giorgi Kvirikashvili"],
        "ilia_ii": ["Catholicos-Patriarch of All Georgia Ilia II", "Ilia II"],
        "armenpress": ["Armenpress"],
        # New key.
        "ministry_of_defence_armenia": ["MoD Armenia"],
    },
    meetings=[
        # -> held, 2016-12-21, Tbilisi.
        M(["vigen_sargsyan", "giorgi_kvirikashvili"], "2016-12-21", "Tbilisi", IP, H,
          "YEREVAN, DECEMBER 21, ARMENPRESS. Armenian Defense Minister Vigen Sargsyan met with Georgian Premier Giorgi Kvirikashvili in Tbilisi on December 21."),
        # "On the same day ... met with Catholicos-Patriarch of All Georgia Ilia II" -> held,
        # 2016-12-21, place Georgia (no city in the sentence; see notes).
        M(["vigen_sargsyan", "ilia_ii"], "2016-12-21", "Georgia", IP, H,
          "On the same day Defense Minister Sargsyan met with Catholicos-Patriarch of All Georgia Ilia II."),
        # Not rows: the evening meeting with "Armenian and Georgian media representatives"
        # (unnamed; a media briefing). Not annotated: the dateline's agency tag "ARMENPRESS".
        # Removed: the tool's " date 2016-12-21" prefix. Kept as it stands: "Armeia".
    ],
    roles=[("Georgian Premier", "giorgi_kvirikashvili"),
           ("the Defense Minister of Armeia", "vigen_sargsyan")],
)

A["test_17111_zuma_mugabe_tsvangirai_harare"] = dict(
    actors={
        "robert_mugabe": ["Zimbabwean President Robert Mugabe", "Robert Mugabe", "Mugabe"],
        "morgan_tsvangirai": ["Prime Minister Morgan Tsvangirai", "Morgan Tsvangirai", "Tsvangirai"],
        "jacob_zuma": ["South African President Jacob Zuma", "Jacob Zuma", "President Zuma", "Zuma"],
        "arthur_mutambara": ["Deputy Prime Minister Arthur Mutambara", "Arthur Mutambara", "Mutambara"],
        "sadc": ["Southern African Development Community", "SADC"],
        "movement_for_democratic_change": ["MDC"],
        "zanu_pf": ["ZANU PF", "ZANU-PF"],
        # New keys.
        "tendai_biti": ["Tendai Biti", "Biti"],
        "patrick_chinamasa": ["Patrick Chinamasa"],
    },
    meetings=[
        # "separately met Zuma earlier on Wednesday" -> three held rows, 2010-03-17, Harare.
        M(["robert_mugabe", "jacob_zuma"], "2010-03-17", "Harare", IP, H,
          "Mugabe, Tsvangirai and Deputy Prime Minister Arthur Mutambara, who is third signatory to the Zimbabwe power-sharing agreement, separately met Zuma earlier on Wednesday as the South African leader stepped up pressure for a solution to his northern neighbour's long running political stalemate."),
        M(["morgan_tsvangirai", "jacob_zuma"], "2010-03-17", "Harare", IP, H,
          "Mugabe, Tsvangirai and Deputy Prime Minister Arthur Mutambara, who is third signatory to the Zimbabwe power-sharing agreement, separately met Zuma earlier on Wednesday as the South African leader stepped up pressure for a solution to his northern neighbour's long running political stalemate."),
        M(["arthur_mutambara", "jacob_zuma"], "2010-03-17", "Harare", IP, H,
          "Mugabe, Tsvangirai and Deputy Prime Minister Arthur Mutambara, who is third signatory to the Zimbabwe power-sharing agreement, separately met Zuma earlier on Wednesday as the South African leader stepped up pressure for a solution to his northern neighbour's long running political stalemate."),
        # "was due to meet Mugabe, Tsvangirai and Mutambara together on Thursday" -> a
        # four-party planned meeting -> six pair rows, 2010-03-18, Harare (the dateline, where
        # Zuma is).
        M(["jacob_zuma", "robert_mugabe"], "2010-03-18", "Harare", IP, P,
          "Zuma, the Southern African Development Community (SADC)'s mediator in Zimbabwe, was due to meet Mugabe, Tsvangirai and Mutambara together on Thursday before returning to South Africa."),
        M(["jacob_zuma", "morgan_tsvangirai"], "2010-03-18", "Harare", IP, P,
          "Zuma, the Southern African Development Community (SADC)'s mediator in Zimbabwe, was due to meet Mugabe, Tsvangirai and Mutambara together on Thursday before returning to South Africa."),
        M(["jacob_zuma", "arthur_mutambara"], "2010-03-18", "Harare", IP, P,
          "Zuma, the Southern African Development Community (SADC)'s mediator in Zimbabwe, was due to meet Mugabe, Tsvangirai and Mutambara together on Thursday before returning to South Africa."),
        M(["robert_mugabe", "morgan_tsvangirai"], "2010-03-18", "Harare", IP, P,
          "Zuma, the Southern African Development Community (SADC)'s mediator in Zimbabwe, was due to meet Mugabe, Tsvangirai and Mutambara together on Thursday before returning to South Africa."),
        M(["robert_mugabe", "arthur_mutambara"], "2010-03-18", "Harare", IP, P,
          "Zuma, the Southern African Development Community (SADC)'s mediator in Zimbabwe, was due to meet Mugabe, Tsvangirai and Mutambara together on Thursday before returning to South Africa."),
        M(["morgan_tsvangirai", "arthur_mutambara"], "2010-03-18", "Harare", IP, P,
          "Zuma, the Southern African Development Community (SADC)'s mediator in Zimbabwe, was due to meet Mugabe, Tsvangirai and Mutambara together on Thursday before returning to South Africa."),
        # Not rows: "Mugabe was the first to meet with Zuma on Wednesday morning, and was later
        # followed by Tsvangirai" (the same meetings as above); Biti's description of "the
        # meetings with Zuma" (he is not said to have met Zuma); Chinamasa's statement.
        # Removed: at the end, the cut-off quotation "The whole purpose of this meeting is to
        # advise the fac".
    ],
    roles=[("the South African leader", "jacob_zuma"), ("the SADC mediator", "jacob_zuma"),
           ("the South African President", "jacob_zuma"),
           ("MDC secretary general and chief negotiator in the inter-party talks", "tendai_biti"),
           ("ZANU-PF chief negotiator", "patrick_chinamasa")],
)

A["dev_17112_hollande_merkel_berlin_guardian"] = dict(
    actors={
        "francois_hollande": ["François Hollande", "Hollande"],
        "angela_merkel": ["Angela Merkel", "Merkel"],
        "nicolas_sarkozy": ["Nicolas Sarkozy"],
    },
    meetings=[
        # The headline states the meeting; "greeted by Angela Merkel for the first time on
        # Tuesday evening" -> held, 2012-05-15, Berlin (headline). The evidence is the
        # headline.
        M(["francois_hollande", "angela_merkel"], "2012-05-15", "Berlin", IP, H,
          "François Hollande meets Angela Merkel for summit in Berlin"),
        # Not rows: "she snubbed Hollande, refusing to receive him" (a refused meeting). Not
        # annotated: the photo credit "Reuters" at the end of the caption line. Removed: at the
        # start, "Skip to main contentSkip to navigation" and "This article is more than 9
        # years old"; at the end, the cut-off sentence "But Merkel is nothing if not a
        # pragmatist, ... for all their future neg".
    ],
    roles=[("the German chancellor", "angela_merkel"),
           ("France's new president", "francois_hollande"),
           ("The newly inaugurated French president", "francois_hollande")],
)
