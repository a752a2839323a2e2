"""Accuracy corpus, batch 96a: 12 new articles about meetings between political actors, all
published in ODD years (another helper takes batch 96b at the same time), over the eleven regions
(Middle East: two; East Asia, Southeast Asia, South Asia, Africa, Central Asia/Caucasus, North
America, Eastern Europe/Russia, Western Europe, Oceania, Latin America: one each) and eight
decades (1950s: one, 1960s: three, 1970s: two, 1980s: one, 1990s: two, 2000s: one, 2010s: one,
2020s: one; nine of the twelve from before 2000).
Outlets/sites: a US Embassy Tokyo cable (WikiLeaks PlusD, 1973), The Christian Science Monitor
(1989 and 1991), the Press, Christchurch (Papers Past, N.Z.P.A. story, 1955), the Wilson Center
Digital Archive (PRC Foreign Ministry record, 1965), a US Embassy Dar es Salaam cable (WikiLeaks
PlusD, 1979), Kazinform (inform.kz, 2021), Newswire.ca (CNW; a Prime Minister of Canada release,
2017), RFE/RL (1997), CNN (2003), PM Transcripts (pmtranscripts.pmc.gov.au; press-conference
transcript, OCR, 1967) and TIME (a 1965 story, copy at a mirror site). All texts are in English.
Kinds: two diplomatic cables, two newspaper stories, a wire story (N.Z.P.A.), a conversation
record, an agency item, a government news release, a radio-service news item, a TV-news web
story, a press-conference transcript (OCR), a news-magazine story.
The pages are new (grep of URL and slug/numeric id in `sources.csv`, `corpus/metadata.csv` and
the other batch files except 96b found nothing; a Jordan Times copy of a story already in the
corpus as dev_5112 was skipped).
Collected with the `search` tool (corpus `pages`) and annotated from the texts alone, BEFORE the
package was run on them (the package has not been run, imported or read for this batch).
Conventions: ANNOTATION.md and /work/shared/ANNOTATION-GUIDE.md. Notes: batch_96a_NOTES.md.

Split rule (fixed before annotating, as given in the brief for this batch, the same as batches
5a-95b): the articles are numbered 1..12 in the order they were first found (query order, then
rank within a query); positions 3, 7 and 11 are test, all others dev. Ids: `dev_196NN_<slug>` /
`test_196NN_<slug>`, NN = position.

M(participants, date, place, kind, status, evidence, required=True)
Evidence is the verbatim sentence (line breaks inside it replaced by single spaces).
Aliases are written as they stand in the text (typos, OCR errors and odd characters included).
"""


from annotations import H, IP, M, P, PH, VID  # noqa: F401 (the same row helpers)

# (article_id, region, decade, outlet, url, published)
ARTICLES = [
    # Date-time group "R 070035Z NOV 73" -> 1973-11-07. Australian PM's visit to Japan, reported
    # by the US Embassy in Tokyo -> East Asia (host country).
    ("dev_19601_whitlam_tanaka_tokyo", "East Asia", "1970s", "US Embassy Tokyo cable 14452 (WikiLeaks PlusD, forum.wikileaks.org)", "https://forum.wikileaks.org/plusd/cables/1973TOKYO14452.html", "1973-11-07"),
    # "1989/0609" in the address (a Friday); "Today" = 1989-06-09.
    ("dev_19602_suharto_bush_washington", "Southeast Asia", "1980s", "The Christian Science Monitor (csmonitor.com)", "https://www.csmonitor.com/1989/0609/oindo.html", "1989-06-09"),
    # "Press, Volume XCII, Issue 27838, 10 December 1955" (a Saturday) and "CHP19551210" in the
    # address; dateline "NEW DELHI, December 9" ("today" = 1955-12-09, "Sunday" = 1955-12-11).
    ("test_19603_bulganin_khrushchev_nehru_india", "South Asia", "1950s", "The Press, Christchurch (N.Z.P.A. story; Papers Past, paperspast.natlib.govt.nz)", "https://paperspast.natlib.govt.nz/newspapers/CHP19551210.2.86", "1955-12-10"),
    # Header "June 25, 1965" (a Friday), the date of the record; the meal was "On the afternoon
    # of 25 June 1965". Egypt (UAR) -> Middle East (as 88a's 17404).
    ("dev_19604_zhou_nasser_alexandria_meal", "Middle East", "1960s", "Wilson Center Digital Archive (digitalarchive.wilsoncenter.org; PRC Foreign Ministry record)", "https://digitalarchive.wilsoncenter.org/document/summary-premier-zhous-conversation-president-nasser-1", "1965-06-25"),
    # Date-time group "P R 081112Z JAN 79" -> 1979-01-08 (a Monday); the call was "JANUARY 7".
    ("dev_19605_shriver_nyerere_dar_cable", "Africa", "1970s", "US Embassy Dar es Salaam cable 0081 (WikiLeaks PlusD, theworldtomorrow.wikileaks.org)", "https://theworldtomorrow.wikileaks.org/plusd/cables/1979DARES00081_e.html", "1979-01-08"),
    # Date line "8 May 2021, 12:36" (a Saturday).
    ("dev_19606_nazarbayev_mirziyoyev_call", "Central Asia/Caucasus", "2020s", "Kazinform (inform.kz, amp page)", "https://www.inform.kz/en/nazarbayev-holds-phone-conversation-with-uzbek-leader-shavkat-mirziyoyev_a3785652/amp", "2021-05-08"),
    # Dateline "MEXICO CITY, Oct. 13, 2017 /CNW/" (a Friday). Canadian PM's release -> North
    # America (outlet/principal; Canada-Mexico).
    ("test_19607_trudeau_pena_nieto_mexico_city", "North America", "2010s", "Newswire.ca (CNW; release of the Prime Minister of Canada)", "https://newswire.ca/news-releases/prime-minister-concludes-visit-to-mexico-650785183.html", "2017-10-13"),
    # Dateline "Moscow, 24 January 1997 (RFE/RL)" (a Friday); "today" = 1997-01-24.
    ("dev_19608_yeltsin_chubais_gorki", "Eastern Europe/Russia", "1990s", "Radio Free Europe/Radio Liberty (rferl.org)", "https://www.rferl.org/a/1083369.html", "1997-01-24"),
    # "2003/WORLD/europe/02/04" in the address (a Tuesday); the talks "has begun" = 2003-02-04;
    # "on Monday" = 2003-02-03.
    ("dev_19609_blair_chirac_le_touquet", "Western Europe", "2000s", "CNN (cnn.com)", "http://www.cnn.com/2003/WORLD/europe/02/04/sprj.irq.blair.chirac1000/index.html?_s=PM:WORLD", "2003-02-04"),
    # "Release Date: 28/05/1967" and "28TH MAY, 1967" (a Sunday). Australian PM -> Oceania.
    ("dev_19610_holt_mascot_press_conference", "Oceania", "1960s", "PM Transcripts, Department of the Prime Minister and Cabinet (pmtranscripts.pmc.gov.au; press-conference transcript, OCR)", "http://pmtranscripts.pmc.gov.au/release/transcript-1587", "1967-05-28"),
    # Date line "Friday, Aug. 06, 1965" and "Time1965/1965-08-06" in the address. Chile ->
    # Latin America.
    ("test_19611_frei_europe_tour_time", "Latin America", "1960s", "TIME (copy at 487790.bceovw70.asia)", "http://487790.bceovw70.asia/txt/time/Time1965/1965-08-06/834122.html", "1965-08-06"),
    # Date line "October 22, 1991" and "1991/1022" in the address (a Tuesday); "Monday" =
    # 1991-10-21, "Saturday" = 1991-10-19.
    ("dev_19612_arafat_mubarak_cairo_madrid", "Middle East", "1990s", "The Christian Science Monitor (csmonitor.com, amp page)", "https://csmonitor.com/layout/set/amphtml/1991/1022/22041.html", "1991-10-22"),
]

A = {}

A["dev_19601_whitlam_tanaka_tokyo"] = dict(
    actors={
        "gough_whitlam": ["GOUGH WHITLAM", "WHITLAM"],
        "kakuei_tanaka": ["TANAKA"],
        "masayoshi_ohira": ["OHIRA"],
        # "GOA" = Government of Australia; "FONOFF" = the Japanese Foreign Office.
        "government_of_australia": ["GOA"],
        "ministry_of_foreign_affairs_japan": ["FONOFF"],
        "united_nations": ["UN"],
    },
    meetings=[
        # Oct 26-31 visit (a range -> null); no city written for the sessions -> "Japan".
        M(["gough_whitlam", "kakuei_tanaka"], None, "Japan", IP, H,
          "IN WHITLAM-TANAKA SESSIONS AND SEPARATELY WITH FONMIN OHIRA, LEADERS DISCUSSED MULTI- LATERAL AND INTERNATIONAL ISSUES."),
        M(["gough_whitlam", "masayoshi_ohira"], None, "Japan", IP, H,
          "IN WHITLAM-TANAKA SESSIONS AND SEPARATELY WITH FONMIN OHIRA, LEADERS DISCUSSED MULTI- LATERAL AND INTERNATIONAL ISSUES."),
        # Not rows: the Second Australia-Japan Ministerial Conference (ministers unnamed); the
        # "MINISTERIAL TALKS". Removed: the cut-off "END SU" at the end.
    ],
    roles=[("FONMIN", "masayoshi_ohira")],
)

A["dev_19602_suharto_bush_washington"] = dict(
    actors={
        "soeharto": ["President Suharto", "Suharto"],
        "george_h_w_bush": ["President Bush"],
        "bush_administration": ["Bush administration"],
        "united_nations": ["United Nations"],
        "non_aligned_movement": ["Non-Aligned Movement"],
        "asean": ["Association of Southeast Nations", "ASEAN"],
    },
    meetings=[
        # Present tense in the day's paper ("Today ... talks with"): scheduled for the day of
        # publication -> planned (doubtful: it may have been held by the time of reading).
        M(["soeharto", "george_h_w_bush"], "1989-06-09", "Washington", IP, P,
          "Today, the leader of the world's fifth most populous nation talks with President Bush and other United States officials in Washington."),
        # Not rows: talks with China (unnamed), the trip to the Soviet Union (a country, no
        # person). Removed: the cut-off "Last month's US decision ... noncomm".
    ],
    roles=[("the leader of the world's fifth most populous nation", "soeharto")],
)

A["test_19603_bulganin_khrushchev_nehru_india"] = dict(
    actors={
        "nikolai_bulganin": ["Marshal Bulganin", "Bulganin"],
        "nikita_khrushchev": ["Mr Khrushchev"],
        "jawaharlal_nehru": ["Mr Nehru"],
        "v_b_khlebnicov": ["Mr V. B. Khlebnicov"],
        "all_india_radio": ["All-India Radio"],
        "government_of_india": ["Indian Government"],
    },
    meetings=[
        # "the leaders" = Bulganin and Khrushchev; "the last three days of their tour" -> null;
        # no city -> "India" (the tour of India). Pair rows; Bulganin-Khrushchev kept by the pair
        # rule (as 1a's Sadiq-Tarar) but required false (the two travel together).
        M(["nikolai_bulganin", "jawaharlal_nehru"], None, "India", IP, P,
          "On the last three days of their tour the leaders will meet Mr Nehru to discuss the joint communique to be issued when they leave."),
        M(["nikita_khrushchev", "jawaharlal_nehru"], None, "India", IP, P,
          "On the last three days of their tour the leaders will meet Mr Nehru to discuss the joint communique to be issued when they leave."),
        M(["nikolai_bulganin", "nikita_khrushchev"], None, "India", IP, P,
          "On the last three days of their tour the leaders will meet Mr Nehru to discuss the joint communique to be issued when they leave.", False),
        # Not rows: the visit to Kashmir, the reception at Srinagar, the broadcast, Khlebnicov's
        # arrival (no counterpart named).
    ],
    roles=[("The Russian Deputy-Minister of Iron and Steel", "v_b_khlebnicov")],
)

A["dev_19604_zhou_nasser_alexandria_meal"] = dict(
    actors={
        "zhou_enlai": ["Zhou"],
        "gamal_abdel_nasser": ["President Nasser", "Nasser"],
        "abdelaziz_bouteflika": ["Bouteflika"],
        "chen_yi": ["Vice Premier Chen Yi", "Chen Yi"],
    },
    meetings=[
        M(["gamal_abdel_nasser", "zhou_enlai"], "1965-06-25", "Alexandria", IP, H,
          "On the afternoon of 25 June 1965, Nasser invited the Premier to have a meal with him at his Alexandria apartment and spoke as follows of the relevant situations:"),
        # Chen Yi with the (unnamed) UAR foreign minister "in the future": one named party,
        # planned, required false (vague).
        M(["chen_yi"], None, None, IP, P,
          "The Premier expressed agreement and said that Vice Premier Chen Yi would in the future talk it over with the UAR’s foreign minister.", False),
        # Not rows: the telegram from the UAR foreign minister; the conference itself. Removed:
        # the cut-off sentence about Chen Yi's meeting of the 24th ("... at the fo"), so that
        # meeting is not in the gold; "Skip to content" and the funding line.
    ],
    roles=[("the Premier", "zhou_enlai"), ("The Premier", "zhou_enlai")],
)

A["dev_19605_shriver_nyerere_dar_cable"] = dict(
    actors={
        "sargent_shriver": ["SHRIVER, R. SARGENT", "SARGENT SHRIVER", "SHRIVER"],
        "julius_nyerere": ["PRESIDENT NYERERE", "NYERERE"],
        # The classifying officer in the EO line (the ambassador; not said in the text).
        "james_w_spain": ["SPAIN, JAMES W."],
        "international_monetary_fund": ["IMF"],
        "government_of_tanzania": ["TANGOV"],
    },
    meetings=[
        # The ambassador and embassy staff accompany (not participants). Place from the sending
        # post (doubtful: the cable does not say where Nyerere received them).
        M(["sargent_shriver", "julius_nyerere"], "1979-01-07", "Dar es Salaam", IP, H,
          "1. SUMMARY: SARGENT SHRIVER AND FAMILY, ACCOMPANIED BY AMBASSADOR AND OTHER EMBASSY REPRESENTATIVES, CALLED ON PRESIDENT NYERERE JANUARY 7."),
        # Removed: the two declassification stamps ("Sheryl P. Walter Declassified/Released ...")
        # inside paragraph 2 (credits) and the cut-off "DEVALUATI" at the end.
    ],
    roles=[],
)

A["dev_19606_nazarbayev_mirziyoyev_call"] = dict(
    actors={
        "nursultan_nazarbayev": ["Nursultan Nazarbayev", "Nazarbayev", "Elbasy"],
        "shavkat_mirziyoyev": ["Shavkat Mirziyoyev"],
        "kazinform": ["Kazinform"],
    },
    meetings=[
        # The day of the call is not written (the item is dated 8 May; "holds" in the headline)
        # -> null. The greetings were exchanged in the call (a call, not a message).
        M(["nursultan_nazarbayev", "shavkat_mirziyoyev"], None, None, PH, H,
          "Nazarbayev holds phone conversation with Uzbek Leader Shavkat Mirziyoyev"),
        # Left out: the agency credit "NUR-SULTAN. KAZINFORM –" (kept only the in-body
        # "Kazinform cites"), the byline "Adlet Seilkhanov", the site's "Go to the main site".
    ],
    roles=[("First President of Kazakhstan", "nursultan_nazarbayev"),
           ("Uzbek Leader", "shavkat_mirziyoyev"),
           ("Uzbek President", "shavkat_mirziyoyev")],
)

A["test_19607_trudeau_pena_nieto_mexico_city"] = dict(
    actors={
        "justin_trudeau": ["Justin Trudeau", "Prime Minister Trudeau", "Trudeau"],
        "enrique_pena_nieto": ["Enrique Peña Nieto", "President Peña Nieto", "Peña Nieto"],
        "fernando_suinaga_cardenas": ["Fernando Suinaga Cárdenas"],
        "mexican_red_cross": ["Mexican Red Cross", "Red Cross"],
        "senate_of_mexico": ["Mexican Senate"],
    },
    meetings=[
        # Dates: during the visit concluded "today" (several days) -> null. Place: the dateline
        # (Mexico City; doubtful, the text does not name the city of each meeting).
        M(["justin_trudeau", "enrique_pena_nieto"], None, "Mexico City", IP, H,
          "During their meeting, Prime Minister Trudeau and President Peña Nieto stressed the importance of strengthening economic ties between Canada and Mexico."),
        M(["justin_trudeau", "fernando_suinaga_cardenas"], None, "Mexico City", IP, H,
          "Prime Minister Trudeau then met with the President of the Mexican Red Cross, Fernando Suinaga Cárdenas, and Red Cross volunteers who outlined relief efforts to assist the victims of the recent earthquakes."),
        # Not rows: the roundtable with unnamed NGO representatives; the address to the Senate.
    ],
    roles=[("The Prime Minister", "justin_trudeau"),
           ("Mexican President", "enrique_pena_nieto"),
           ("the President of the Mexican Red Cross", "fernando_suinaga_cardenas"),
           ("the President", "enrique_pena_nieto")],
)

A["dev_19608_yeltsin_chubais_gorki"] = dict(
    actors={
        "boris_yeltsin": ["Boris Yeltsin", "Yeltsin"],
        "sergei_yastrzhembsky": ["Sergei Yastrzhembsky", "Yasterzhembsky"],
        "anatoly_chubais": ["Anatoly Chubais"],
        "yevgeny_primakov": ["Yevgeny Primakov"],
        "javier_solana": ["Javier Solana"],
        "nato": ["NATO"],
        "cis": ["Commonwealth of Independent States", "CIS"],
        "kremlin": ["Kremlin"],
    },
    meetings=[
        M(["boris_yeltsin", "anatoly_chubais"], "1997-01-24", "Gorki-9", IP, H,
          "Yasterzhembsky said Yeltsin did hold a working meeting with his chief of staff, Anatoly Chubais, today at the President's Gorki-9 residence outside Moscow."),
        # "recent talks" (no date): required false.
        M(["yevgeny_primakov", "javier_solana"], None, None, IP, H,
          "They also discussed recent talks between Russian Foreign Minister Yevgeny Primakov and NATO Secretary General Javier Solana on a possible charter outlining relations between Moscow and the alliance.", False),
        # Not rows: the CIS summit (multilateral, postponed: did not take place); the presidents'
        # request to postpone it.
    ],
    roles=[("Russian President", "boris_yeltsin"),
           ("Yeltsin's spokesman", "sergei_yastrzhembsky"),
           ("his chief of staff", "anatoly_chubais"),
           ("Russian Foreign Minister", "yevgeny_primakov"),
           ("NATO Secretary General", "javier_solana"),
           ("The 65-year old Russian president", "boris_yeltsin")],
)

A["dev_19609_blair_chirac_le_touquet"] = dict(
    actors={
        "tony_blair": ["Tony Blair", "Blair"],
        "jacques_chirac": ["Jacques Chirac", "Chirac"],
        "george_w_bush": ["George W. Bush", "Bush"],
        "saddam_hussein": ["Saddam Hussein"],
        "jean_pierre_raffarin": ["Jean-Pierre Raffarin"],
        "united_nations": ["U.N."],
        "european_union": ["EU"],
    },
    meetings=[
        M(["tony_blair", "jacques_chirac"], "2003-02-04", "Le Touquet", IP, H,
          "LE TOUQUET, France -- British Prime Minister Tony Blair has begun uneasy one-day summit talks with President Jacques Chirac dominated by the issue of war with Iraq."),
        # "talks last week" (no day) -> null; no place written.
        M(["tony_blair", "george_w_bush"], None, None, IP, H,
          "The meeting in the French seaside resort of Le Touquet comes after Blair won tentative support from Bush at talks last week to go for a second U.N. resolution getting wide international backing before taking any military action."),
        # Not rows: Raffarin "arriving for the talks" (attends the summit, not presented as a
        # party to the Blair-Chirac talks); the summit postponed in December (did not take
        # place). Removed: video/related-link blocks (Blix/ElBaradei, Bush-Blair news
        # conference, Powell at the Security Council) and "Story Tools".
    ],
    roles=[("British Prime Minister", "tony_blair"),
           ("the French leader", "jacques_chirac"),
           ("U.S. President", "george_w_bush"),
           ("French Prime Minister", "jean_pierre_raffarin")],
)

A["dev_19610_holt_mascot_press_conference"] = dict(
    actors={
        # Named in the PM Transcripts header lines (kept, as 94a/95a kept these headers); the
        # speaker is "PRIME MINISTER".
        "harold_holt": ["Holt, Harold", "Holt, Harold Edward"],
        "lyndon_johnson": ["President Johnson"],
        "lester_pearson": ["Mr. Pearson"],
        "harold_wilson": ["Mr. Harold Vlilson"],
        "european_economic_community": ["European Economic Community"],
        "commonwealth_of_nations": ["Commonwealth of Nations", "Commonwealth"],
    },
    meetings=[
        # Three separate bilaterals of the coming trip (planned; no days). Places from the
        # headline "VISIT TO US, CANADA AND UK" and "In the United States".
        M(["harold_holt", "lyndon_johnson"], None, "United States", IP, P,
          "In the United States, I shall be canvassing with President Johnson a number of matters of mutual interest to us."),
        M(["harold_holt", "lester_pearson"], None, "Canada", IP, P,
          "As you know, I shall be seeing President Johnson, the Prime Minister of Canada, Mr. Pearson and the Prime Minister of Great Britain Mr. Harold Vlilson, in addition to other senior members of those three Administrations."),
        M(["harold_holt", "harold_wilson"], None, "United Kingdom", IP, P,
          "As you know, I shall be seeing President Johnson, the Prime Minister of Canada, Mr. Pearson and the Prime Minister of Great Britain Mr. Harold Vlilson, in addition to other senior members of those three Administrations."),
        # Removed: the site name lines and the cut-off "Both of us have a consciousness that as
        # our own two countries" at the end. OCR errors kept ("thin k", "Vlilson", "17, e").
    ],
    roles=[("PRIME MINISTER", "harold_holt"),
           ("the Prime Minister of Canada", "lester_pearson"),
           ("the Prime Minister of Great Britain", "harold_wilson")],
)

A["test_19611_frei_europe_tour_time"] = dict(
    actors={
        "eduardo_frei_montalva": ["President Eduardo Frei", "Eduardo Frei", "President Frei", "Frei"],
        "charles_de_gaulle": ["Charles de Gaulle", "De Gaulle"],
        "arturo_illia": ["President Arturo Illia", "Arturo Illia"],
        "fiat": ["Fiat"],
        "marelli": ["Marelli"],
        "breda": ["Breda"],
    },
    meetings=[
        # The airport reception in Paris (no day written).
        M(["eduardo_frei_montalva", "charles_de_gaulle"], None, "Paris", IP, H,
          "Frei flew to Paris from Rome in Charles de Gaulle's personal Caravelle and got a warm reception from De Gaulle at the airport."),
        # Not rows: the stops in Italy, England and West Germany (countries, no named
        # counterparts); Illia's statement; the press luncheon. Removed: the cut-off
        # '"The discrepancy that exi' at the end.
    ],
    roles=[("Argentina's President", "arturo_illia")],
)

A["dev_19612_arafat_mubarak_cairo_madrid"] = dict(
    actors={
        "yasser_arafat": ["YASSER ARAFAT", "Mr. Arafat", "Arafat"],
        "hosni_mubarak": ["Hosni Mubarak"],
        "hafez_al_assad": ["Hafez al-Assad", "Assad"],
        "hussein_bin_talal": ["King Hussein"],
        "plo": ["Palestine Liberation Organization", "PLO"],
        "reuters": ["Reuters"],
    },
    meetings=[
        # "conferred with Egyptian leaders here Monday" -> 1991-10-21, Cairo.
        M(["yasser_arafat", "hosni_mubarak"], "1991-10-21", "Cairo", IP, H,
          "Mr. Arafat, whose relations with Egypt fell to an all-time low during the Gulf war, met with Egyptian President Hosni Mubarak amid final preparations for the Middle East peace conference in Madrid, scheduled to open Oct. 30."),
        M(["yasser_arafat", "hafez_al_assad"], "1991-10-19", "Damascus", IP, H,
          "Arafat met with the Syrian leader in Damascus Saturday."),
        # Not rows: the message to King Hussein (a message; no meeting written); the meeting of
        # Arab foreign ministers and the PLO and the Arab summit (multilateral, unnamed); the
        # Madrid conference. Removed: the cut-off sentence at the end ("He needs to show his
        # people that all the Arabs agree to").
    ],
    roles=[("chairman of the Palestine Liberation Organization", "yasser_arafat"),
           ("the PLO chairman", "yasser_arafat"),
           ("Egyptian President", "hosni_mubarak"),
           ("Jordan's King", "hussein_bin_talal"),
           ("Syrian President", "hafez_al_assad"),
           ("the Syrian leader", "hafez_al_assad")],
)
