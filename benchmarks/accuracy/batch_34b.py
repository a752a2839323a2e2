"""Accuracy corpus, batch 34b: 12 new articles about meetings between political actors, from the
1970s, 1980s, 1990s, 2000s, 2010s and 2020s (1970s: one, 1980s: one, 1990s: two, 2000s: three,
2010s: three, 2020s: two), over eleven regions (Middle East: two; South Asia, Latin America,
Central Asia/Caucasus, East Asia, Oceania, Southeast Asia, North America, Africa, Eastern
Europe/Russia, Western Europe: one each). Outlets/sites: Sikh Heritage Education (an extract of a
1991 weekly), a Tripod mirror of The News (Mexico City; Reuters), Kazinform (en.inform.kz), a
mirror of a Chinese English-language news page (vshangxuetang.com), The Press (Christchurch) via
Papers Past (twice), the Khmerization blog, the Deseret News, AllAfrica, wedocount.org (RIA
Novosti), Expatica and the Mail & Guardian (mg.co.za); some of these sites were used before, the
pages are new. Collected with the `search` tool (corpus `pages`) and annotated from the texts
alone, BEFORE the package was run on them (the package has not been run on this batch).
Conventions: ANNOTATION.md and /work/shared/ANNOTATION-GUIDE.md. Notes: batch_34b_NOTES.md.

Split rule (fixed before annotating, as given in the brief for this batch, the same as batches
5a-33b): the articles are numbered 1..12 in the order they were first found in this session's
search results (the query in which each first appeared, then its rank in that query), after
skipping pages already in the corpus or in batch 34a; positions 3, 7 and 11 are test, all others
dev. Ids: `dev_67NN_<slug>` / `test_67NN_<slug>`, NN = collection position (01..12).

M(participants, date, place, kind, status, evidence, required=True)
Evidence is the verbatim sentence (line breaks inside it replaced by single spaces).
Aliases are written as they stand in the text (typos included).
"""


from annotations import H, IP, M, P, PH, VID  # noqa: F401 (the same row helpers)

# (article_id, region, decade, outlet, url, published)
ARTICLES = [
    # The page's end line "Article extracted from this publication >> February 8, 1991" (a
    # Friday). "would be announced Wednesday after Shukla's talks with ... Premadasa": the talks'
    # day is not given (the Wednesday is the announcement's, and the extract of a weekly does not
    # say which Wednesday) -> null.
    ("dev_6701_shukla_premadasa_colombo", "South Asia", "1990s", "Sikh Heritage Education (sikhheritageeducation.com), extract of a publication of February 8, 1991", "https://sikhheritageeducation.com/?p=87938", "1991-02-08"),
    # The page's header "México City, November 29, 2000" (The News; a Wednesday): "on Tuesday"
    # (the call) = 2000-11-28; "on Sunday" (Bush's declaration of victory, no meeting) =
    # 2000-11-26; "on Friday" (the inauguration, no meeting) = 2000-12-01.
    ("dev_6702_bush_fox_call_inauguration", "Latin America", "2000s", "The News (Mexico City; Reuters), via reconquista.tripod.com", "http://reconquista.tripod.com/NEWS/BushCallFox001129.html", "2000-11-29"),
    # The search result's date 2016-10-17 (a Monday; the page's dateline "ASTANA. KAZINFORM"
    # has no date). "In the morning" (the meeting with Nazarbayev) is the morning of the
    # briefing day, which the text does not give -> null; the state visit "till the end of the
    # year or in the first quarter of 2017" -> null.
    ("test_6703_nazarbayev_abdyldaev_state_visit", "Central Asia/Caucasus", "2010s", "Kazinform (en.inform.kz)", "https://en.inform.kz/news/nazarbayev-to-pay-state-visit-to-kyrgyzstan_a2959814/", "2016-10-17"),
    # The URL's date 2013-03/07 (a Thursday; the dateline "TOKYO -" has no date): "late
    # Wednesday" = 2013-03-06; "Earlier this month" (Park's statement, no meeting).
    ("dev_6704_abe_park_phone", "East Asia", "2010s", "vshangxuetang.com (mirror of a Chinese English-language news page)", "http://vshangxuetang.com/world/2013-03/07/content_16286209.htm", "2013-03-07"),
    # Papers Past id CHP19720221 (The Press, 21 February 1972, a Monday); the dateline "CAIRO,
    # Feb. 20." (a Sunday): "yesterday" = 1972-02-19 (the dateline's yesterday); "later" (the
    # Grechko-Sadat meeting) read as later that day; "recently" (Sadat in Moscow) -> null.
    ("dev_6705_grechko_jarring_cairo", "Middle East", "1970s", "The Press (Christchurch), N.Z.P.A.-Reuter, via Papers Past", "https://paperspast.natlib.govt.nz/newspapers/CHP19720221.2.89", "1972-02-21"),
    # Papers Past id CHP19840830 (The Press, 30 August 1984, a Thursday). The social meetings
    # aboard the two ships have no day in the text -> null.
    ("dev_6706_hawke_lange_funafuti", "Oceania", "1980s", "The Press (Christchurch), via Papers Past", "https://paperspast.natlib.govt.nz/newspapers/CHP19840830.2.128", "1984-08-30"),
    # The blog post's date line "Wednesday, 31 December 2008" and the URL 2008/12. The call has
    # no day in the text ("has told Hor Namhong by phone") -> null; "on October 15" (a clash, no
    # meeting).
    ("test_6707_kasit_hor_namhong_phone", "Southeast Asia", "2000s", "Khmerization (khmerization.blogspot.com)", "http://khmerization.blogspot.com/2008/12/new-thai-foreign-minister-urges-talks.html", "2008-12-31"),
    # The URL's date 1992/3/9 (a Monday): "At a news conference Sunday ... spoken with Bush by
    # telephone earlier in the day" = 1992-03-08; "On Friday" (a Commerce Department decision,
    # no meeting) = 1992-03-06.
    ("dev_6708_mulroney_bush_trade_call", "North America", "1990s", "Deseret News (deseret.com)", "https://www.deseret.com/1992/3/9/18972033/bush-reassures-mulroney-he-ll-study-trade-concerns", "1992-03-09"),
    # The page's date line "21 June 2024" (a Friday): "yesterday" = 2024-06-20; "on Friday, June
    # 14, 2024" (the re-election, no meeting).
    ("dev_6709_tinubu_ramaphosa_johannesburg", "Africa", "2020s", "AllAfrica (allafrica.com)", "https://allafrica.com/stories/202406230044.html", "2024-06-21"),
    # The dateline "MOSCOW, 11 Feb – RIA Novosti" and the URL 2021/02/11 (a Thursday): "The day
    # before" (Peskov's announcement, no meeting) = 2021-02-10; "On September 14" (a held
    # meeting, past tense) = the last 14 September before the article, 2020-09-14 (see the
    # notes).
    ("dev_6710_putin_lukashenko_visit_planned", "Eastern Europe/Russia", "2020s", "wedocount.org (RIA Novosti)", "https://wedocount.org/2021/02/11/peskov-spoke-about-the-preparation-of-the-meeting-between-putin-and-lukashenko/", "2021-02-11"),
    # The page's date lines "28th February 2007" / "28 February 2007, MADRID" (a Wednesday) and
    # the URL id 143130. The meetings of the visit have no day word in the text ("On a visit to
    # Madrid, Sarkozy held meetings") -> null.
    ("test_6711_sarkozy_zapatero_madrid", "Western Europe", "2000s", "Expatica (expatica.com)", "http://www.expatica.com/es/news/Zapatero-Sarkozy-pledge-hardline-against-ETA_143130.html", "2007-02-28"),
    # The URL's date 2012-12-07 (a Friday; no date line in the excerpt): "on Thursday night"
    # (Morsi's address, no meeting) = 2012-12-06; "talks on Saturday" (the invited dialogue,
    # refused by the opposition; no row) = 2012-12-08; "a December 15 referendum" (a vote).
    ("dev_6712_morsi_dialogue_refused", "Middle East", "2010s", "Mail & Guardian (mg.co.za)", "https://mg.co.za/article/2012-12-07-egyptian-president-morsis-request-for-dialogue-turned-down-by-opposition-group", "2012-12-07"),
]

A = {}

A["dev_6701_shukla_premadasa_colombo"] = dict(
    actors={
        "v_c_shukla": ["V C Shukla", "Shukla"],
        "muchukund_dubey": ["Muchukund Dubey", "Dubey"],
        "ranasinghe_premadasa": ["Ranasinghe Premadasa"],
        "sri_lanka_muslim_congress": ["Sri Lanka Muslim Congress"],
    },
    meetings=[
        # "the outcome of the visit would be announced Wednesday after Shukla's talks with Sri
        # Lanka president Ranasinghe Premadasa" -> planned (the article's perspective), date null
        # (the talks' day is not given; the Wednesday is the announcement's), Colombo (the
        # dateline and "visit to Colombo").
        M(["v_c_shukla", "ranasinghe_premadasa"], None, "Colombo", IP, P,
          "Describing the discussions as “extremely frank and friendly” Indian foreign secretary Muchukund Dubey told reporters that the outcome of the visit would be announced Wednesday after Shukla’s talks with Sri Lanka president Ranasinghe Premadasa."),
        # "A meeting of the foreign ministers of the two countries" -> the Indian one is Shukla
        # ("external affairs minister"), the Sri Lankan one is not named -> one-party row, held,
        # date null, Colombo; required False (the participant is given only by the plural role
        # phrase; the delegation-level talks that followed are the same meeting).
        M(["v_c_shukla"], None, "Colombo", IP, H,
          "A meeting of the foreign ministers of the two countries was followed by two and a half hour long delegation-level talks.",
          False),
        # "leaders of six prominent Tamil groups and the Sri Lanka Muslim Congress held
        # discussions with the Indian leader" -> "the Indian leader" = Shukla; the group leaders
        # are unnamed (the Sri Lanka Muslim Congress is named only as the party whose leaders
        # took part) -> one-party row, held, date null, Colombo, required False (unnamed
        # counterparts, several groups; as dev_6504's militants).
        M(["v_c_shukla"], None, "Colombo", IP, H,
          "Meanwhile leaders of six prominent Tamil groups and the Sri Lanka Muslim Congress held discussions with the Indian leader on their proposal to find an acceptable solution to the Ethnic problem.",
          False),
        # Not rows: "India and Sri Lanka discussed ..." and "The two sides also discussed ..."
        # (countries; the same visit's talks); Dubey "told reporters" and "said" (statements);
        # the draft "later submitted" (a document). Removed: nothing inside the text (the excerpt
        # begins at the dateline; no headline is in the excerpt).
    ],
    roles=[("external affairs minister", "v_c_shukla"), ("Indian foreign secretary", "muchukund_dubey"),
           ("Sri Lanka president", "ranasinghe_premadasa"), ("the Indian leader", "v_c_shukla")],
)

_CAMP = ("Fox, who met with Bush and his rival, Democrat Al Gore, during the U.S. campaign, won the general election in July, ending the 71-year rule of the Institutional Revolutionary Party (PRI) with promises to crack down on government corruption, create jobs and raise living standards.")
A["dev_6702_bush_fox_call_inauguration"] = dict(
    actors={
        "george_w_bush": ["George W. Bush", "Bush"],
        "vicente_fox": ["Vicente Fox", "Fox"],
        "ari_fleischer": ["Ari Fleischer", "Fleischer"],
        "ernesto_zedillo": ["Ernesto Zedillo"],
        "al_gore": ["Al Gore"],
        "institutional_revolutionary_party": ["Institutional Revolutionary Party", "PRI"],
    },
    meetings=[
        # "on Tuesday called the incoming president, Vicente Fox" ("phoned Fox"; "They spoke half
        # in Spanish and half in English") -> phone, held, 2000-11-28, place null. A call made to
        # congratulate is still a call (the guide excludes congratulatory messages and letters,
        # not conversations).
        M(["george_w_bush", "vicente_fox"], "2000-11-28", None, PH, H,
          "AUSTIN, Texas -- Republican George W. Bush, who has declared himself president-elect of the United States, on Tuesday called the incoming president, Vicente Fox, to congratulate him on his upcoming inauguration."),
        # "Fox, who met with Bush and his rival, Democrat Al Gore, during the U.S. campaign" ->
        # two separate meetings (the rival candidates are not said to have met Fox together), no
        # Bush-Gore row; held, date and place null.
        M(["vicente_fox", "george_w_bush"], None, None, IP, H, _CAMP),
        M(["vicente_fox", "al_gore"], None, None, IP, H, _CAMP),
        # "a brief stop at a Mexican border town, where he stood alongside outgoing President
        # Ernesto Zedillo" -> a joint appearance (no talks stated), held, date null, place
        # Mexico (the town is not named), required False (a joint public appearance, kept
        # optional).
        M(["george_w_bush", "ernesto_zedillo"], None, "Mexico", IP, H,
          "Bush's only foray into foreign territory during the presidential campaign was a brief stop at a Mexican border town, where he stood alongside outgoing President Ernesto Zedillo and pledged to broaden trade with Latin America.",
          False),
        # Not rows: "He said Bush would not attend the inauguration" (a negated attendance at a
        # ceremony); the inauguration "on Friday" and the declaration of victory "on Sunday"
        # (events); Fleischer's statements. "The News" (the paper's name line) and "Reuters" (the
        # credit line) are not annotated (credit lines, as 33b's "NZPA-Reuter"). Removed: nothing
        # (the excerpt is complete from its first line; "2000Bush" is kept as it stands).
    ],
    roles=[("the incoming president", "vicente_fox"), ("Bush spokesman", "ari_fleischer"),
           ("the Texas governor", "george_w_bush"), ("outgoing President", "ernesto_zedillo")],
)

_SV = ("We have talked about the state visit of the President to Kyrgyzstan as part of the regular meeting of the Kazakh-Kyrgyz Supreme Interstate Council.")
A["test_6703_nazarbayev_abdyldaev_state_visit"] = dict(
    actors={
        "nursultan_nazarbayev": ["Nursultan Nazarbayev", "President Nursultan Nazarbayev", "Mr. Nazarbayev"],
        "erlan_idrissov": ["Erlan Idrissov"],
        "erlan_abdyldaev": ["Erlan Abdyldaev"],
        "kazakh_kyrgyz_supreme_interstate_council": ["Kazakh-Kyrgyz Supreme Interstate Council", "Supreme Interstate Council"],
    },
    meetings=[
        # "In the morning we have had a meeting with President Nursultan Nazarbayev. He talked to
        # my Kyrgyz colleague [Kyrgyz FM Erlan Abdyldaev - editor]" -> Nazarbayev-Abdyldaev, held,
        # date null (the morning of an undated briefing day), Astana (the dateline).
        M(["nursultan_nazarbayev", "erlan_abdyldaev"], None, "Astana", IP, H,
          "He talked to my Kyrgyz colleague [Kyrgyz FM Erlan Abdyldaev - editor] about bilateral relations, the prospects of development and views on development of the regional situation."),
        # "we have had a meeting" -> Idrissov, Nazarbayev's own foreign minister, was in the
        # meeting with the guest -> Nazarbayev-Idrissov, required False (a host minister sitting
        # in, as the accompanying aides of the convention; the pair is kept because "we" makes
        # him a party).
        M(["nursultan_nazarbayev", "erlan_idrissov"], None, "Astana", IP, H,
          "“In the morning we have had a meeting with President Nursultan Nazarbayev.",
          False),
        # "Erlan Idrissov said at a briefing after signing agreements with his Kyrgyz
        # counterpart" -> the two foreign ministers' talks and signing, held, date null, Astana.
        M(["erlan_idrissov", "erlan_abdyldaev"], None, "Astana", IP, H,
          "As the Head of State highlighted, the main thing is to fill this visit with a quality content,” Erlan Idrissov said at a briefing after signing agreements with his Kyrgyz counterpart."),
        # "Nazarbayev plans to pay a state visit to Kyrgyzstan" "as part of the regular meeting of
        # the Kazakh-Kyrgyz Supreme Interstate Council" -> the Kyrgyz host is not named -> one-
        # party row, planned, date null ("till the end of the year or in the first quarter of
        # 2017"), Kyrgyzstan. Required: a head of state's state visit, the headline's subject,
        # with a council meeting of the two sides stated (as dev_6501's planned state visit;
        # unlike test_6507's unhosted trip).
        M(["nursultan_nazarbayev"], None, "Kyrgyzstan", IP, P, _SV),
        # Not rows: the Supreme Interstate Council's meeting (the same visit); the foreign
        # ministries' work on arranging the visit (no meeting); "The President said ..." and
        # "Mr. Nazarbayev backed the programme" (statements reported from the meeting above).
        # "KAZINFORM" in the dateline is the agency credit (not annotated, as 33b's dateline
        # credits). Removed: the tool's date prefix.
    ],
    roles=[("Head of State", "nursultan_nazarbayev"), ("Minister of Foreign Affairs", "erlan_idrissov"),
           ("my Kyrgyz colleague", "erlan_abdyldaev"), ("Kyrgyz FM", "erlan_abdyldaev"),
           ("his Kyrgyz counterpart", "erlan_abdyldaev"), ("the Kyrgyz Minister", "erlan_abdyldaev"),
           ("the Kazakh President", "nursultan_nazarbayev")],
)

A["dev_6704_abe_park_phone"] = dict(
    actors={
        "shinzo_abe": ["Shinzo Abe", "Abe"],
        "park_geun_hye": ["Park Geun-hye", "Park"],
        "un_security_council": ["UN Security Council"],
    },
    meetings=[
        # "held telephone talks with South Korean President Park Geun-hye late Wednesday" ->
        # phone, held, 2013-03-06 (the Wednesday before the Thursday URL date; "late" does not
        # move the day), place null.
        M(["shinzo_abe", "park_geun_hye"], "2013-03-06", None, PH, H,
          "TOKYO - Japanese Prime Minister Shinzo Abe held telephone talks with South Korean President Park Geun-hye late Wednesday in an effort to mend ties scratched by territorial row."),
        # Not rows: "Earlier this month, Park urged the Japanese side ..." (a statement); the
        # agreement "to cooperate with the United States in the UN Security Council" (a pledge,
        # no meeting); the nuclear test. Removed: nothing (the excerpt begins at the dateline;
        # the missing spaces in 'up"future-oriented"relations' and 'take" responsible"attitude'
        # are kept).
    ],
    roles=[("Japanese Prime Minister", "shinzo_abe"), ("South Korean President", "park_geun_hye")],
)

A["dev_6705_grechko_jarring_cairo"] = dict(
    actors={
        "andrei_grechko": ["Marshal Andrei Grechko", "Marshal Grechko"],
        "gunnar_jarring": ["Dr Gunnar Jarring", "Dr Jarring"],
        "mohamed_sadek": ["General Mohamed Sadek"],
        "anwar_sadat": ["President Anwar Sadat", "Anwar Sadat", "President Sadat"],
        "mourad_ghaleb": ["Dr Mourad Ghaleb", "Dr Ghaleb"],
        "mohamed_heykal": ["Mr Mohamed Heykal", "Mohamed Heykal"],
        "al_ahram": ["Al Ahram"],
        "kurt_waldheim": ["Dr Kurt Waldheim", "Kurt Waldheim"],
        "united_nations": ["United Nations", "U.N."],
    },
    meetings=[
        # "held separate talks with Egyptian Ministers in Cairo yesterday"; "Marshal Grechko ...
        # conferred with the Egyptian War Minister (General Mohamed Sadek)" -> held, 1972-02-19
        # (the dateline's yesterday), Cairo.
        M(["andrei_grechko", "mohamed_sadek"], "1972-02-19", "Cairo", IP, H,
          "Marshal Grechko, who flew in for a four-day visit yesterday, conferred with the Egyptian War Minister (General Mohamed Sadek)."),
        # "Marshal Grechko later had a meeting with President Anwar Sadat" -> held; "later" read
        # as later that day (the paragraph reports yesterday's talks; as dev_6502's "met later")
        # -> 1972-02-19, Cairo.
        M(["andrei_grechko", "anwar_sadat"], "1972-02-19", "Cairo", IP, H,
          "Marshal Grechko later had a meeting with President Anwar Sadat but details were unlikely to be made public since the discussions were of a military nature."),
        # "Dr Jarring met the Foreign Minister (Dr Mourad Ghaleb) and continued the discussions at
        # a luncheon" -> one row (talks and luncheon, same pair and day), held, 1972-02-19, Cairo.
        M(["gunnar_jarring", "mourad_ghaleb"], "1972-02-19", "Cairo", IP, H,
          "Dr Jarring met the Foreign Minister (Dr Mourad Ghaleb) and continued the discussions at a luncheon given in his honour."),
        # "the talks President Sadat held in Moscow recently" -> the Soviet side is not named ->
        # one-party row, held, date null ("recently"), Moscow, required False (a background
        # reference with no counterpart at all).
        M(["anwar_sadat"], None, "Moscow", IP, H,
          "The Soviet Minister’s visit is regarded as an extension of the talks President Sadat held in Moscow recently and underlines the present extent of Soviet-Egyptian co-opera-tion.",
          False),
        # "is expected to rbtum to the United Nations to report to United Nations SecretaryGeneral
        # (Dr Kurt Waldheim)" -> an expected report-back, planned, date null, place null ("the
        # United Nations" is not a city, per the convention), required False (expected, not
        # arranged).
        M(["gunnar_jarring", "kurt_waldheim"], None, None, IP, P,
          "He is in Egypt at the invitation of Dr Ghaleb and is expected to rbtum to the United Nations to report to United Nations SecretaryGeneral (Dr Kurt Waldheim).",
          False),
        # Not rows: "he would not be visiting Israel during this visit" (a negated visit, no one
        # named); "Dr Jarring presented Dr Ghaleb with his conception ..." (the same meeting);
        # Heykal's revelation in "Al Ahram" (a newspaper report); "Dr Jarring declined to discuss
        # his visit" (a statement). "(N.Z.P.A.-Reuter—Copyright)" is the agency credit (not
        # annotated). The OCR forms "co-opera-tion", "rbtum" and "SecretaryGeneral" are kept.
        # Removed: the last, cut-off sentence ("The Egyptian Foreign Minister is reported to have
        # told the United Nations envoy that Cairo's posi").
    ],
    roles=[("The Soviet Defence Minister", "andrei_grechko"), ("the U.N. special Middle East envoy", "gunnar_jarring"),
           ("the Egyptian War Minister", "mohamed_sadek"), ("the Foreign Minister", "mourad_ghaleb"),
           ("The Soviet Minister", "andrei_grechko"), ("a close friend of President Sadat", "mohamed_heykal"),
           ("United Nations SecretaryGeneral", "kurt_waldheim"), ("The envoy", "gunnar_jarring")],
)

_SHIP = ("They have met each other socially — Mr Hawke aboard Mr Lange’s ship, H.M.N.Z.S. Monowai, and Mr Lange aboard Mr Hawke’s Naval ship, the Tobruk.")
A["dev_6706_hawke_lange_funafuti"] = dict(
    actors={
        "bob_hawke": ["Mr Hawke", "Hawke"],
        "david_lange": ["Mr Lange", "Lange"],
        "pacific_islands_forum": ["Forum"],
    },
    meetings=[
        # "They have met each other socially — Mr Hawke aboard Mr Lange's ship ... and Mr Lange
        # aboard Mr Hawke's Naval ship" -> two separate encounters of the same pair (one row per
        # interaction), held, date null, Funafuti (the dateline "in Funafuti"; the Forum in
        # Tuvalu). The first is required; the second is required False (the same pair, same
        # place, no date: a system that reports one Hawke-Lange meeting for the sentence is
        # right).
        M(["bob_hawke", "david_lange"], None, "Funafuti", IP, H, _SHIP),
        M(["david_lange", "bob_hawke"], None, "Funafuti", IP, H, _SHIP, False),
        # Not rows: "there have been no arguments between the pair either at the Forum, or in
        # private" (a negation of arguments; the meetings are the rows above); "The two have not
        # been strolling on the beach together" (negated); "He says he would like to come to New
        # Zealand when it can be arranged" (a wish, nothing arranged); "some limited contact
        # before Mr Lange became Prime Minister" (vague); the Forum and its nuclear-free-zone
        # debate (a multilateral meeting); Hawke "told journalists" (a statement). The byline
        # "KEN COATES" is left out. Removed: Papers Past's "Article image" lines at the start and
        # the last, cut-off sentence ("Mr Lange, more importantly, has").
    ],
    roles=[],
)

A["test_6707_kasit_hor_namhong_phone"] = dict(
    actors={
        "kasit_piromya": ["Kasit Piromya"],
        "hor_namhong": ["Hor Namhong"],
        "abhisit_vejjajiva": ["Abhisit Vejjajiva"],
        "international_court_of_justice": ["International Court"],
    },
    meetings=[
        # "Kasit Piromya ... has told Hor Namhong by phone that he will visit Cambodia" (and "the
        # Thai Foreign Minister also called to convey his best wishes": the same call) -> phone,
        # held, date null (no day given), place null.
        M(["kasit_piromya", "hor_namhong"], None, None, PH, H,
          "Kasit Piromya, appointed by new Thai prime minister Abhisit Vejjajiva, has told Hor Namhong by phone that he will visit Cambodia to discuss an ongoing border dispute."),
        # "he will visit Cambodia to discuss an ongoing border dispute"; "has called on his
        # Cambodian counterpart to organise border talks" -> an intended visit and talks with the
        # counterpart (Hor Namhong, named in the next sentence), planned, date null, Cambodia;
        # required False (proposed, not arranged).
        M(["kasit_piromya", "hor_namhong"], None, "Cambodia", IP, P,
          "The new Thai foreign minister has called on his Cambodian counterpart to organise border talks.",
          False),
        # Not rows: Kasit "appointed by new Thai prime minister Abhisit Vejjajiva" (an
        # appointment); the clash "on October 15" (troops); the International Court's ruling
        # "in 1962" (a ruling). Removed: the blog's header lines at the start ("A Change of
        # Guard", the radio and Facebook notices) and the end line "No comments:". The photo
        # caption, the "PHOTO" line and the repeated caption are kept (no meeting in them).
    ],
    roles=[("The new Thai foreign minister", "kasit_piromya"), ("his Cambodian counterpart", "hor_namhong"),
           ("new Thai prime minister", "abhisit_vejjajiva"), ("the Thai Foreign Minister", "kasit_piromya")],
)

A["dev_6708_mulroney_bush_trade_call"] = dict(
    actors={
        "brian_mulroney": ["Prime Minister Brian Mulroney", "Brian Mulroney", "Mulroney"],
        "george_h_w_bush": ["President Bush", "Bush"],
        "the_new_york_times": ["The New York Times"],
        "progressive_conservative_party": ["Conservative Party"],
        "republican_party": ["Republican Party"],
        "us_customs_service": ["U.S. Customs"],
        "us_department_of_commerce": ["U.S. Commerce Department"],
        "honda": ["Honda"],
    },
    meetings=[
        # "At a news conference Sunday, Mulroney said he had spoken with Bush by telephone
        # earlier in the day" -> phone, held, 1992-03-08 (the Sunday before the Monday paper),
        # place null. "President Bush has reassured him" (the lead) is the same call.
        M(["brian_mulroney", "george_h_w_bush"], "1992-03-08", None, PH, H,
          "At a news conference Sunday, Mulroney said he had spoken with Bush by telephone earlier in the day and that Bush promised to look into Canadian trade concerns."),
        # Not rows: the news conference (a single person's); Mulroney "was quoted by The New York
        # Times" (an interview); the Customs ruling and the Commerce Department decision
        # ("On Friday"); "Honda officials say" (a statement). Removed: the site's widget lines at
        # the start ("clock menu more-arrow no yes", "Filed under:"); the headline is not in the
        # excerpt (the URL's slug "bush-reassures-mulroney-he-ll-study-trade-concerns"). The
        # missing space in "concerns.In" is kept.
    ],
    roles=[("Prime Minister", "brian_mulroney"), ("the prime minister", "brian_mulroney")],
)

A["dev_6709_tinubu_ramaphosa_johannesburg"] = dict(
    actors={
        "bola_tinubu": ["President Bola Tinubu", "Bola Tinubu", "President Tinubu", "Tinubu"],
        "cyril_ramaphosa": ["Cyril Ramaphosa", "President Ramaphosa", "Ramaphosa"],
        "ajuri_ngelale": ["Ajuri Ngelale"],
        "african_national_congress": ["African National Congress", "ANC"],
        "democratic_alliance": ["Democratic Alliance"],
    },
    meetings=[
        # "President Bola Tinubu, yesterday, held a private meeting with his South African
        # counterpart, Cyril Ramaphosa in Johannesburg" ("the closed meeting ... at Radisson Blu
        # Hotel, Johannesburg") -> held, 2024-06-20, Johannesburg.
        M(["bola_tinubu", "cyril_ramaphosa"], "2024-06-20", "Johannesburg", IP, H,
          "Abuja — President Bola Tinubu, yesterday, held a private meeting with his South African counterpart, Cyril Ramaphosa in Johannesburg, where they both canvassed stronger ties."),
        # Not rows: the inauguration that Tinubu attended (a ceremony, no encounter stated
        # there); Ramaphosa's re-election "on Friday, June 14, 2024" and the ANC-DA agreement
        # (parties, no meeting of named people); Ngelale's release (a statement). "Abuja —" is
        # the dateline of the release's report (the meeting was in Johannesburg). Removed: the
        # AllAfrica boilerplate at the end ("AllAfrica publishes around 600 reports a day ...").
    ],
    roles=[("his South African counterpart", "cyril_ramaphosa"), ("presidential spokesperson", "ajuri_ngelale"),
           ("the South African President", "cyril_ramaphosa")],
)

A["dev_6710_putin_lukashenko_visit_planned"] = dict(
    actors={
        "dmitry_peskov": ["Dmitry Peskov", "Peskov"],
        "vladimir_putin": ["Vladimir Putin", "Putin"],
        "alexander_lukashenko": ["Alexander Lukashenko", "Lukashenko"],
    },
    meetings=[
        # "The agenda of the meeting of the presidents of Russia and Belarus, Vladimir Putin and
        # Alexander Lukashenko, is being formed" ("the upcoming visit to Russia of President of
        # Belarus Lukashenko") -> planned, date null (none given), Russia.
        M(["vladimir_putin", "alexander_lukashenko"], None, "Russia", IP, P,
          "MOSCOW, 11 Feb – RIA Novosti. The agenda of the meeting of the presidents of Russia and Belarus, Vladimir Putin and Alexander Lukashenko, is being formed, it is too early to talk about any topics, said the press secretary of the Russian president Dmitry Peskov."),
        # "On September 14, at a meeting with Lukashenko, Putin announced ..." -> held; a day and
        # month without year, in past tense, in a February 2021 article -> 2020-09-14 (the year
        # of publication would put a held meeting seven months in the future; see the notes);
        # place null (not given).
        M(["vladimir_putin", "alexander_lukashenko"], "2020-09-14", None, IP, H,
          "On September 14, at a meeting with Lukashenko, Putin announced that Moscow would provide a loan of $ 1.5 billion to Minsk."),
        # Not rows: "The day before, Peskov announced the preparations for a meeting ..." (the
        # same planned meeting, announced); Peskov "said reporters" (a statement). "RIA Novosti"
        # in the dateline is the agency credit (not annotated). Removed: the end matter after
        # "to Minsk." (the tag "Protests in Belarus", "Author: wedocount", the comment form).
    ],
    roles=[("the press secretary of the Russian president", "dmitry_peskov"),
           ("President of Belarus", "alexander_lukashenko")],
)

A["test_6711_sarkozy_zapatero_madrid"] = dict(
    actors={
        "nicolas_sarkozy": ["Nicolas Sarkozy", "Sarkozy"],
        "jose_luis_rodriguez_zapatero": ["Jose Luis Rodriguez Zapatero", "Zapatero"],
        "alfredo_perez_rubalcaba": ["Alfredo Perez Rubalcaba"],
        "mariano_rajoy": ["Mariano Rajoy"],
        "eta": ["ETA"],
        "efe": ["Efe"],
        "european_union": ["European Union", "EU"],
    },
    meetings=[
        # "On a visit to Madrid, Sarkozy held meetings with Jose Luis Rodriguez Zapatero" (and
        # "lunched with Zapatero": the same visit, same pair) -> one row, held, date null (no day
        # word; the date line is the report's), Madrid.
        M(["nicolas_sarkozy", "jose_luis_rodriguez_zapatero"], None, "Madrid", IP, H,
          "On a visit to Madrid, Sarkozy held meetings with Jose Luis Rodriguez Zapatero."),
        # "met with Spanish counterpart Alfredo Perez Rubalcaba and the leader of Spain's
        # conservative opposition, Mariano Rajoy" -> two separate meetings (a list of the
        # visit's encounters; no Rubalcaba-Rajoy row), held, date null, Madrid.
        M(["nicolas_sarkozy", "alfredo_perez_rubalcaba"], None, "Madrid", IP, H,
          "Sarkozy, currently France's interior minister, lunched with Zapatero, met with Spanish counterpart Alfredo Perez Rubalcaba and the leader of Spain's conservative opposition, Mariano Rajoy, and addressed a rally of French expats."),
        M(["nicolas_sarkozy", "mariano_rajoy"], None, "Madrid", IP, H,
          "Sarkozy, currently France's interior minister, lunched with Zapatero, met with Spanish counterpart Alfredo Perez Rubalcaba and the leader of Spain's conservative opposition, Mariano Rajoy, and addressed a rally of French expats."),
        # Not rows: the rally of French expats (a speech); Sarkozy "told reporters at Madrid's
        # Retiro park" and the monument visit (a statement, a memorial); "Spanish officials told
        # Efe" (a statement); French and Spanish authorities' cooperation against ETA (unnamed
        # officials). Removed: the last, cut-off paragraph ("Zapatero ended the peace process
        # with ETA when the radicals broke the cease-fire they declared last March by bombing at
        # Madrid airpo"). The site's repeated lede and its date line "28th February 2007,
        # Comments 0 comments" are kept as they stand.
    ],
    roles=[("French presidential front-runner", "nicolas_sarkozy"), ("France's interior minister", "nicolas_sarkozy"),
           ("Spanish counterpart", "alfredo_perez_rubalcaba"),
           ("the leader of Spain's conservative opposition", "mariano_rajoy"),
           ("the Socialist premier", "jose_luis_rodriguez_zapatero")],
)

A["dev_6712_morsi_dialogue_refused"] = dict(
    actors={
        "mohamed_morsi": ["President Morsi", "Morsi"],
        "ahmed_said": ["Ahmed Said", "Said"],
        "national_salvation_front": ["National Salvation Front", "Front"],
        "free_egyptians_party": ["Free Egyptians Party"],
        "mohamed_elbaradei": ["Mohamed ElBaradei", "ElBaradei"],
        "wafd_party": ["Wafd party"],
        "reuters": ["Reuters"],
        "twitter": ["Twitter"],
        "hosni_mubarak": ["Hosni Mubarak"],
    },
    meetings=[
        # Zero-row control. Not rows: Morsi "had invited political leaders and others for talks
        # on Saturday" (2012-12-08) -> a national dialogue with unnamed invitees (a multilateral
        # meeting of unnamed leaders, not a row by the convention), which the National Salvation
        # Front, ElBaradei and the Wafd party refused ("is not taking part", "would not be taking
        # part": refused meetings, no rows); "Opposition groups ... will not take part in a
        # dialogue with President Morsi" (the caption; the same refusal); Said "told Reuters"
        # (an interview) and ElBaradei's "message on Twitter" (a statement); "Said said the
        # Front had come out against talks" (the same refusal); Morsi's televised address "on
        # Thursday night" (a speech); the referendum (a vote). The photo credit "(AP)" is left
        # out. Removed: the last, cut-off sentence ("They also stated that he had prejudged the
        # agenda by outlining parts of his decree that could be amended before talks had"). The
        # repeated caption and the typo "dialgoue" are kept.
    ],
    roles=[("the Islamist leader", "mohamed_morsi"), ("one of the leading members of the coalition", "ahmed_said"),
           ("Prominent reformist", "mohamed_elbaradei"), ("ousted president", "hosni_mubarak"),
           ("the president", "mohamed_morsi")],
)
