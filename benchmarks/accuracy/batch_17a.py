"""Accuracy corpus, batch 17a: 12 new articles from the 1970s, 1980s and 1990s (four per decade),
chosen where the corpus was still thinnest (region x decade cells counted over sources.csv and the
ARTICLES of every batch_*.py present before searching, 432 articles, batches 1-16b; batch 17b,
written at the same time by another helper, did not exist yet and is not counted: in the 1970s
Central Asia/Caucasus had 0 articles, Eastern Europe/Russia and Southeast Asia 4, the others 5;
in the 1980s every region had 5; in the 1990s Central Asia/Caucasus, North America, South Asia,
Southeast Asia and Western Europe had 6, the others 7) and spread over all eleven regions (Latin
America twice: 1970s and 1980s). Picks: 1970s Eastern Europe/Russia, Southeast Asia (the two
cells at 4), Latin America and the Middle East (Central Asia/Caucasus 1970s was searched again,
queries 1-5, without a usable page); 1980s Africa, East Asia, Oceania and Latin America (all
cells at 5; the Central Asia/Caucasus 1980s results were pages already in the corpus); 1990s
Central Asia/Caucasus, North America, South Asia and Western Europe (four of the five cells at 6).
Outlets new to the corpus: the Daily Express (Sabah; its "Sabah in History" republication of a
1978 story), The Record (Stockton, recordnet.com; AP copy) and Zimbabwe Today (a reprint of The
Herald, Harare, 1987); the others were used before (Tampa Bay Times, the Time text mirror, The
Gleaner's archive reprints, The Indian Express archive, The Christian Science Monitor, The Press
via Papers Past, The Independent, the JTA archive, AP's archive).
Collected with the `search` tool (corpus `pages`) and annotated from the texts alone, BEFORE the
package was run on them (the package has not been run on this batch). Conventions: ANNOTATION.md
and /work/shared/ANNOTATION-GUIDE.md. Notes: batch_17a_NOTES.md.

Split rule (fixed before annotating, as given in the brief for this batch, the same as batches
5a-16b): the articles are numbered 1..12 in the order they were first found in this session's
search results (the query in which each first appeared, then the rank); positions 3, 7 and 11
are test, all others dev. Ids: `dev_32NN_<slug>` / `test_32NN_<slug>`, NN = collection position
(01..12).

M(participants, date, place, kind, status, evidence, required=True)
Evidence is the verbatim sentence (line breaks inside it replaced by single spaces).
Aliases are written as they stand in the text (typos and encoding debris included).
"""


from annotations import H, IP, M, P, PH, VID  # noqa: F401 (the same row helpers)

# (article_id, region, decade, outlet, url, published)
ARTICLES = [
    # No date line in the excerpt; the URL (/archive/1992/02/14/) gives 1992-02-14, a Friday;
    # "Thursday" = 1992-02-13.
    ("dev_3201_baker_nabiyev_tajikistan", "Central Asia/Caucasus", "1990s", "Tampa Bay Times (tampabay.com archive)", "https://www.tampabay.com/archive/1992/02/14/tajikistan-promises-to-curb-nuclear-sales/", "1992-02-14"),
    # Date line "Monday, May. 18, 1970" (a Monday) and the URL (Time1970/1970-05-18). The visit
    # is dated only "last week": no row has a date.
    ("dev_3202_brezhnev_husak_prague", "Eastern Europe/Russia", "1970s", "Time (magazine archive, text mirror)", "http://20.210.105.67/txt/time/Time1970/1970-05-18/909190.html", "1970-05-18"),
    # "Published on: Thursday, May 18, 1978" and "DAILY EXPRESS (Thursday, May 18, 1978)" (a
    # Thursday): the page republishes the 1978 story; the original date is used (as the Straits
    # Times and Gleaner republications of batches 14a and 16a). "are meeting" is not dated.
    ("test_3203_hussein_onn_suharto_labuan", "Southeast Asia", "1970s", "Daily Express (Sabah, dailyexpress.com.my; republication of a 1978 story)", "http://www.dailyexpress.com.my/read/2988/asean-s-security-and-china-ties-among-the-issues/", "1978-05-18"),
    # The page (URL 20210709, a 2021 sponsored "esponsored" feature with a two-sentence intro)
    # reprints a story marked "Published July 10, 1975" (a Thursday); the original date is
    # used, as dev_2601 (the same Gleaner series). "today (July 9)" = 1975-07-09.
    ("dev_3204_manley_castro_havana", "Latin America", "1970s", "The Gleaner (Jamaica), archive reprint of a 1975 story", "https://jamaica-gleaner.com/article/esponsored/20210709/sword-friendship-hurt-manley", "1975-07-10"),
    # No date line in the excerpt; the URL (/1995/12/20/) gives 1995-12-20, a Wednesday;
    # "Tuesday" = 1995-12-19, "today" = 1995-12-20.
    ("dev_3205_clinton_gingrich_dole_budget", "North America", "1990s", "The Record (Stockton, recordnet.com; Associated Press)", "https://www.recordnet.com/story/news/1995/12/20/clinton-gop-go-all-out/50858388007/", "1995-12-20"),
    # "This is an archive article published on June 23, 1998" (a Tuesday); dateline "DHAKA,
    # June 22"; the meeting is dated in the text ("the June 24 meeting").
    ("dev_3206_hasina_sharif_planned", "South Asia", "1990s", "The Indian Express (archive)", "https://indianexpress.com/article/news-archive/bilateral-trade-regional-issues-to-dominate-hasinas-pak-visit", "1998-06-23"),
    # Source line "The Herald, December 23, 1987" (a Wednesday); the page is a 2019 "looking
    # back" reprint (the search result's date field: 2019-12-18); the original date is used.
    # "yesterday" = 1987-12-22.
    ("test_3207_mugabe_nkomo_unity_accord", "Africa", "1980s", "Zimbabwe Today (zimbabwe-today.com), reprinting The Herald (Harare)", "https://zimbabwe-today.com/looking-back-pm-spells-out-next-steps-for-accord/", "1987-12-23"),
    # No date line in the excerpt; the URL (/1983/0113/) gives 1983-01-13, a Thursday. The
    # visit is "Jan. 11 and 12" (a range): date null.
    ("dev_3208_chun_nakasone_seoul", "East Asia", "1980s", "The Christian Science Monitor", "https://www.csmonitor.com/1983/0113/011348.html", "1983-01-13"),
    # Issue code CHP19840907 (The Press, Christchurch, 7 September 1984, a Friday); the
    # meetings are "later this month" (no day).
    ("dev_3209_lange_nuclear_powers_new_york", "Oceania", "1980s", "The Press (Christchurch), via Papers Past", "https://paperspast.natlib.govt.nz/newspapers/CHP19840907.2.5", "1984-09-07"),
    # Date line "Thursday 06 November 1997 19:02 EST" (kept in the text); its date is used, as
    # dev_1510 (the same Independent web stamp). "last night" is NOT resolved: 19:02 EST is
    # 00:02 GMT on Friday 7 November, so the print edition (and its "last night") may be a day
    # later than the stamp's date (see the notes).
    ("dev_3210_chirac_jospin_blair_docklands", "Western Europe", "1990s", "The Independent", "https://the-independent.com/news/blair-summit-call-for-eu-reform-1292512.html", "1997-11-06"),
    # No date line in the excerpt; the URL (/1977/12/28/) gives the JTA Daily Bulletin of
    # 1977-12-28, a Wednesday. "today" is NOT resolved (as dev_2201: the bulletin may be dated
    # the day after the dispatch); "the meetings Sunday and Monday" are a range.
    ("test_3211_ismailia_summit_envoys", "Middle East", "1970s", "Jewish Telegraphic Agency (JTA archive)", "http://www.jta.org/1977/12/28/archive/u-s-reacts-cautiously-but-with-optimism-to-ismailia-summit", "1977-12-28"),
    # Date line "October 28, 1987" (a Wednesday); "said Tuesday" = 1987-10-27 (the statement),
    # the meeting "took place Saturday" = 1987-10-24 (in "last week").
    ("dev_3212_obando_contra_leaders_miami", "Latin America", "1980s", "Associated Press (apnews.com archive)", "https://www.apnews.com/df5da232ad480360b034ce6260097cfb", "1987-10-28"),
]

A = {}

A["dev_3201_baker_nabiyev_tajikistan"] = dict(
    actors={
        "rakhman_nabiyev": ["President Rakhman Nabiyev", "Rakhman Nabiyev", "Nabiyev"],
        "james_baker": ["Secretary of State James Baker", "James Baker", "Baker"],
        "communist_party_of_tajikistan": ["Communist Party"],
        "islamic_renaissance_party": ["Islamic Renaissance Party"],
    },
    meetings=[
        # Nabiyev "made those and other promises to ... Baker, who flew into the snow-blanketed
        # capital of Tajikistan on Thursday" + "after Thursday's talks" -> held, 1992-02-13.
        # Place: the capital is not named in the text -> the country, Tajikistan.
        M(["rakhman_nabiyev", "james_baker"], "1992-02-13", "Tajikistan", IP, H,
          "President Rakhman Nabiyev made those and other promises to Secretary of State James Baker, who flew into the snow-blanketed capital of Tajikistan on Thursday from Turkmenistan."),
        # Not rows: Baker's tour of "seven former Soviet republics" and his flight "from
        # Turkmenistan" (no hosts named); "the leaders of those republics" (unnamed); the
        # election (not a meeting); "remarks to reporters" (media). Removed: the site's
        # coronavirus banner and the "1. Archive" breadcrumb. The cut-off last sentence ("They
        # said "yes" to every ... an attitude that might apply t") was trimmed.
    ],
    roles=[("Secretary of State", "james_baker"),
           ("the head of the Communist Party in Tajikistan in the mid-1980s", "rakhman_nabiyev")],
)

A["dev_3202_brezhnev_husak_prague"] = dict(
    actors={
        "leonid_brezhnev": ["Soviet Party Boss Leonid Brezhnev", "Leonid Brezhnev", "Brezhnev"],
        "gustav_husak": ["Czechoslovak Party Boss Gustav Husak", "Gustav Husak"],
        "alexei_kosygin": ["Premier Aleksei Kosygin", "Aleksei Kosygin"],
        "andrei_gromyko": ["Foreign Minister Andrei Gromyko", "Andrei Gromyko"],
        "alexander_dubcek": ["Alexander Dubcek"],
        "federal_assembly_czechoslovakia": ["Federal Assembly"],
        "national_front_czechoslovakia": ["National Front"],
        "central_committee_communist_party_of_czechoslovakia": ["Central Committee"],
        "warsaw_pact": ["Warsaw Pact"],
    },
    meetings=[
        # Brezhnev's visit to Prague ("Czechoslovakia had to play host to ... Brezhnev"; "On his
        # first visit to Prague"); the host party leader Husak "dutifully thanked his visitors"
        # -> Brezhnev-Husak, held, Prague, date null ("last week"). Judgement: the text reports
        # the visit and Husak's thanks, not talks as such (see the notes); required. Kosygin and
        # Gromyko came as members of Brezhnev's delegation -> not participants (convention).
        M(["leonid_brezhnev", "gustav_husak"], None, "Prague", IP, H,
          "Czechoslovak Party Boss Gustav Husak dutifully thanked his visitors for their \"international assistance,\" and Brezhnev was formally named a \"hero of the Czechoslovak Socialist Republic\" for the \"liberation\" of the country."),
        # Not rows: the speech to "a combined session of the Federal Assembly, the National
        # Front and the Central Committee" (a plenary); the anniversary celebration; the
        # friendship pact Brezhnev "brought with him" (no signing or signatories stated);
        # Dubcek (exiled, no meeting). The cut-off last sentence ("That provision, which the
        # Kremlin wants to insert in the friendship treaties that it has imposed on al") was
        # trimmed.
    ],
    roles=[("Soviet Party Boss", "leonid_brezhnev"), ("Czechoslovak Party Boss", "gustav_husak"),
           ("Premier", "alexei_kosygin"), ("Foreign Minister", "andrei_gromyko"),
           ("exiled reformer", "alexander_dubcek")],
)

A["test_3203_hussein_onn_suharto_labuan"] = dict(
    actors={
        "hussein_onn": ["Datuk Hussein Onn", "Hussein Onn", "Hussein"],
        "soeharto": ["General Suharto", "President Suharto", "Suharto"],
        "asean": ["Association of Southeast Asian Nations", "Asean"],
    },
    meetings=[
        # "Datuk Hussein Onn and General Suharto – are meeting at Labuan for consultation"; the
        # rest of the piece is in the future ("is expected to be", "are also expected to
        # discuss", "the Suharto-Hussein talks will be successful") -> planned, Labuan. Date
        # null (judgement): "are meeting" in the Thursday paper does not pin the day (see the
        # notes; alternative 1978-05-18).
        M(["hussein_onn", "soeharto"], None, "Labuan", IP, P,
          "DAILY EXPRESS (Thursday, May 18, 1978) - Our Prime Minister and Indonesia’s President – Datuk Hussein Onn and General Suharto – are meeting at Labuan for consultation on problems confronting Southeast Asia."),
        # "their previous meeting last year at Malaysia’s resort island of Penang" (also "the
        # Penang meeting") -> held, Penang, date null ("last year").
        M(["hussein_onn", "soeharto"], None, "Penang", IP, H,
          "It had been discussed in their previous meeting last year at Malaysia’s resort island of Penang."),
        # Not rows: the "tradition ... to hold informal meetings" and the Asean leaders'
        # "regular summit" (generic, multilateral). The outlet header "DAILY EXPRESS" is not
        # annotated. Removed: the page's "Other News", "Follow Us" and "Sabah In History - Most
        # Read" links.
    ],
    roles=[("Our Prime Minister", "hussein_onn"), ("Indonesia’s President", "soeharto"),
           ("the Indonesian leader", "soeharto")],
)

A["dev_3204_manley_castro_havana"] = dict(
    actors={
        "michael_manley": ["PRIME MINISTER Michael Manley", "Michael Manley", "Manley"],
        "fidel_castro": ["Cuban Prime Minister Fidel Castro", "Fidel Castro"],
        "beverley_manley": ["Beverly"],
        "osvaldo_dorticos": ["Cuban President Osvaldo Dorticos", "Osvaldo Dorticos"],
        "forbes_burnham": ["Prime Minister Forbes Burnham", "Forbes Burnham"],
        "eric_williams": ["Eric Williams"],
        "errol_barrow": ["Prime Minister Errol Barrow", "Errol Barrow"],
        "air_jamaica": ["Air Jamaica"],
    },
    meetings=[
        # "he flew here today (July 9)"; "welcomed by Cuban Prime Minister Fidel Castro and the
        # two men exchanged a lengthy bear-hug" at "Havana’s Jose Marti Airport" -> held,
        # 1975-07-09, Havana. Beverly Manley is welcomed with him (the visitor's spouse, not a
        # participant, as test_001 / dev_030).
        M(["michael_manley", "fidel_castro"], "1975-07-09", "Havana", IP, H,
          "The 51-year-old leader and his wife Beverly were welcomed by Cuban Prime Minister Fidel Castro and the two men exchanged a lengthy bear-hug."),
        # Sub-headline "BILATERAL RELATIONS TO BE CENTRE OF TALKS ON 5-DAY VISIT" -> the talks of
        # the visit, planned, Cuba (no venue), date null (five days); optional: the talks may
        # include the welcome already coded (doubt, see the notes).
        M(["michael_manley", "fidel_castro"], None, "Cuba", IP, P,
          "BILATERAL RELATIONS TO BE CENTRE OF TALKS ON 5-DAY VISIT", False),
        # "They last met two years ago in Guyana" -> held, Guyana, date null.
        M(["michael_manley", "fidel_castro"], None, "Guyana", IP, H,
          "They last met two years ago in Guyana when they flew together to the Algiers non-aligned summit meeting, and are said to have developed a friendly relationship."),
        # Burnham and Williams visited Cuba "this year" -> visits whose hosts are not named:
        # one-party rows, held, Cuba, dates null, optional (as dev_3004's Nixon in Moscow).
        M(["forbes_burnham"], None, "Cuba", IP, H,
          "The Jamaican Prime Minister is the third head of government from a Caribbean country to visit Cuba this year after Prime Minister Forbes Burnham of Guyana and Eric Williams of Trinidad-Tobago.", False),
        M(["eric_williams"], None, "Cuba", IP, H,
          "The Jamaican Prime Minister is the third head of government from a Caribbean country to visit Cuba this year after Prime Minister Forbes Burnham of Guyana and Eric Williams of Trinidad-Tobago.", False),
        # Not rows: Dorticos "was not present at the airport" (no meeting); Barrow "is likely to
        # fly here later this year" (unconfirmed, no host named: a trip, as dev_3009); the
        # handshakes with unnamed workers; the Algiers non-aligned summit (multilateral). The
        # 2021 intro of the reprint is kept. The cut-off last sentence ("He later stood with Dr
        # Castro, ... 10 miles (16 KM) away, amon") was trimmed.
    ],
    roles=[("Prime Minister of Jamaica", "michael_manley"), ("The 51-year-old leader", "michael_manley"),
           ("his wife", "beverley_manley"), ("Cuban Prime Minister", "fidel_castro"),
           ("Cuban President", "osvaldo_dorticos"), ("The Jamaican Prime Minister", "michael_manley"),
           ("The Jamaican Premier", "michael_manley")],
)

_GS = ("After a lengthy Oval Office meeting with the president, House Speaker Newt Gingrich said a "
       "follow-up session was set for today.")
_PAN = ("Both sides agreed, though, that White House Chief of Staff Leon Panetta would meet with the "
        "Republican chairmen of the House and Senate budget committees later Tuesday evening to pave "
        "the way for todays expected session at the White House.")

A["dev_3205_clinton_gingrich_dole_budget"] = dict(
    actors={
        "bill_clinton": ["Clinton"],
        "newt_gingrich": ["Gingrich"],
        "bob_dole": ["Bob Dole"],
        "al_gore": ["Vice President Al Gore", "Al Gore", "Gore"],
        "leon_panetta": ["White House Chief of Staff Leon Panetta", "Leon Panetta"],
        "white_house": ["White House"],
        "republican_party": ["GOP"],
        "congressional_budget_office": ["Congressional Budget Office"],
    },
    meetings=[
        # "After a lengthy Oval Office meeting with the president, House Speaker Newt Gingrich
        # said ..." (the effort "launched ... Tuesday") -> held, 1995-12-19, Washington (Oval
        # Office -> Washington, as White House -> Washington).
        M(["bill_clinton", "newt_gingrich"], "1995-12-19", "Washington", IP, H, _GS),
        # Dole is one of the "Republican congressional leaders" of the lead, but the text never
        # says he was in the Oval Office meeting (he spoke "at a news conference in the
        # Capitol") -> optional.
        M(["bill_clinton", "bob_dole"], "1995-12-19", "Washington", IP, H,
          "Four days into a partial government shutdown, the White House and Republican congressional leaders launched an extraordinary effort Tuesday to nail down a seven-year, balanced-budget accord before New Years", False),
        # "a follow-up session was set for today" / "todays expected session at the White House"
        # -> planned, 1995-12-20, Washington (the same parties; Dole optional as above).
        M(["bill_clinton", "newt_gingrich"], "1995-12-20", "Washington", IP, P, _GS),
        M(["bill_clinton", "bob_dole"], "1995-12-20", "Washington", IP, P, _PAN, False),
        # Panetta "would meet with the Republican chairmen of the House and Senate budget
        # committees later Tuesday evening" -> counterparts given by role only: one-party row,
        # planned (agreed, reported as future), 1995-12-19, place null (not stated).
        M(["leon_panetta"], "1995-12-19", None, IP, P, _PAN),
        # Not rows: Dole's news conference; Gore's statements; "Clinton had agreed" (reported
        # agreement, the same meeting). "AP" in the dateline and the byline ("Staff Writer", "The
        # Record") are not annotated. The page's line breaks inside sentences and the lost
        # apostrophes ("Well talk", "administrations", "todays") are kept. The cut-off last
        # sentence ("The meeting was the first meaningful contact between the t") was trimmed.
    ],
    roles=[("the president", "bill_clinton"), ("House Speaker", "newt_gingrich"),
           ("the speaker", "newt_gingrich"), ("Senate Majority Leader", "bob_dole"),
           ("the Kansas Republican", "bob_dole"), ("Vice President", "al_gore"),
           ("White House Chief of Staff", "leon_panetta")],
)

A["dev_3206_hasina_sharif_planned"] = dict(
    actors={
        "sheikh_hasina": ["Sheikh Hasina", "Hasina"],
        "nawaz_sharif": ["Nawaz Sharif"],
        "mustafizur_rahman": ["Mustafizur Rahman"],
        "karam_elahi": ["Karam Elahi"],
        "sheikh_mujibur_rahman": ["Bangabandhu Sheikh Mujibur Rahman", "Sheikh Mujibur Rahman"],
        "bangladesh_sangbad_sangstha": ["BSS"],
        "the_daily_star_bangladesh": ["daily Star"],
        "ministry_of_foreign_affairs_bangladesh": ["foreign ministry"],
    },
    meetings=[
        # "the June 24 meeting between ... Sheikh Hasina and her Pakistani counterpart Nawaz
        # Sharif" ("The one-day meeting"; "Hasina’s Pak visit") -> planned, 1998-06-24,
        # Pakistan (no city in the text).
        M(["sheikh_hasina", "nawaz_sharif"], "1998-06-24", "Pakistan", IP, P,
          "DHAKA, June 22: Regional and bilateral issues are likely to dominate the June 24 meeting between Bangladesh Prime Minister Sheikh Hasina and her Pakistani counterpart Nawaz Sharif, a senior official has said."),
        # "her India visit on June 16" -> a visit whose host is not named: one-party row, held,
        # 1998-06-16, India, optional (as dev_3004).
        M(["sheikh_hasina"], "1998-06-16", "India", IP, H,
          "The Foreign Secretary said Hasina8217;s Pakistani visit would be more or less similar to her India visit on June 16.", False),
        # Not rows: the official and the Foreign Secretary "quoted" by BSS and the Star (media);
        # Elahi's statement; the bridge inauguration "tomorrow" (no meeting). Removed: the
        # "Premium" label, the truncated teaser (a duplicate of the first paragraph, ending
        # "and..." and ".") and the "Story continues below" marker. The HTML-entity debris
        # ("8217;", "8220;", "8221;", "8212;") and "andwhat" are kept as on the page.
    ],
    roles=[("Bangladesh Prime Minister", "sheikh_hasina"), ("her Pakistani counterpart", "nawaz_sharif"),
           ("Foreign Secretary", "mustafizur_rahman"), ("Pakistan High Commissioner in Dhaka", "karam_elahi"),
           ("the Bangladesh Premier", "sheikh_hasina"),
           ("Bangladesh8217;s independence architect", "sheikh_mujibur_rahman")],
)

A["test_3207_mugabe_nkomo_unity_accord"] = dict(
    actors={
        "robert_mugabe": ["Cde Mugabe", "Mugabe"],
        "joshua_nkomo": ["Dr Joshua Nkomo", "Joshua Nkomo", "Cde Nkomo", "Nkomo"],
        "zapu": ["Zapu"],
        "parliament_of_zimbabwe": ["Parliament"],
    },
    meetings=[
        # "he and Dr Joshua Nkomo had signed the Unity document, an occasion that took place at
        # 3:37pm" + "The document produced yesterday" (The Herald of 23 December) -> the signing
        # together, held, 1987-12-22; place null (the text names the negotiation venues,
        # Parliament and Munhumutapa Building, not the venue of the signing).
        M(["robert_mugabe", "joshua_nkomo"], "1987-12-22", None, IP, H,
          "Speaking just after he and Dr Joshua Nkomo had signed the Unity document, an occasion that took place at 3:37pm, the Prime Minister Cde Mugabe said: “To me, to Cde Nkomo, members of the two parties, to the President, and to the whole nation, today is a great day."),
        # Not rows: "10 major meetings had been held, most of them in Parliament" (a count, no
        # specific meeting dated or placed); "the President" (unnamed). The source line "The
        # Herald, December 23, 1987" is kept and not annotated (outlet header). Removed: the
        # tool's " date 2019-12-18" prefix; the cut-off subhead and fragment "LESSONS FOR TODAY /
        # For the sake of people and peace" (the reprint's 2019 commentary) were trimmed.
    ],
    roles=[("the Prime Minister", "robert_mugabe")],
)

A["dev_3208_chun_nakasone_seoul"] = dict(
    actors={
        "chun_doo_hwan": ["Chun Doo Hwan", "Mr. Chun"],
        "yasuhiro_nakasone": ["Yasuhiro Nakasone", "Mr. Nakasone", "Nakasone"],
        "tsutako_nakasone": ["Mrs. Nakasone"],
        "oecd": ["Organization for Economic Cooperation and Development"],
    },
    meetings=[
        # "Mr. and Mrs. Nakasone's visit to Seoul (Jan. 11 and 12)"; "As Mr. Chun reminded his
        # guests"; "Mr. Chun and Mr. Nakasone agreed, a joint communique said" -> one row,
        # held, Seoul, date null (a two-day range). Mrs. Nakasone accompanies (not a
        # participant).
        M(["chun_doo_hwan", "yasuhiro_nakasone"], None, "Seoul", IP, H,
          "For the two days of Mr. and Mrs. Nakasone's visit to Seoul (Jan. 11 and 12), the rising sun flag has fluttered companionably with South Korea's yin-yang flag from lampposts along the avenue of honor leading to the capitol."),
        # Not rows: the joint communique (a document of the same visit); the aid agreement of
        # "the two sides" (governments). The cut-off last sentence ("The communique did not tie
        # Japanese aid either to the issue of Korean security or to the") was trimmed.
    ],
    roles=[("South Korean President", "chun_doo_hwan"), ("Japanese Prime Minister", "yasuhiro_nakasone")],
)

_LNP = ("The Prime Minister, Mr Lange, will meet the Foreign Secretaries of the five nuclear Powers "
        "(including the Soviet Union) when he attends the opening session of the United Nations in "
        "New York later this month.")

A["dev_3209_lange_nuclear_powers_new_york"] = dict(
    actors={
        "david_lange": ["Mr Lange", "Lange"],
        "george_shultz": ["Mr George Shultz", "George Shultz"],
        "andrei_gromyko": ["Mr Andrei Gromyko", "Andrei Gromyko", "Mr Gromyko"],
        "wu_xueqian": ["Mr Wu Xueqian", "Wu Xueqian"],
        "geoffrey_howe": ["Mr Geoffrey Howe", "Geoffrey Howe"],
        "claude_cheysson": ["Mr Claude Cheysson", "Claude Cheysson"],
        "united_nations": ["United Nations"],
        "new_zealand_government": ["New Zealand Government"],
    },
    meetings=[
        # "will meet the Foreign Secretaries of the five nuclear Powers ... in New York later
        # this month", named in the next sentences (Shultz first, "the others" after) ->
        # five separate planned bilaterals, New York, dates null ("later this month").
        M(["david_lange", "george_shultz"], None, "New York", IP, P,
          "He expected that he would see the others after he had met the United States’ Secretary of State, Mr George Shultz."),
        M(["david_lange", "andrei_gromyko"], None, "New York", IP, P, _LNP),
        M(["david_lange", "wu_xueqian"], None, "New York", IP, P, _LNP),
        M(["david_lange", "geoffrey_howe"], None, "New York", IP, P, _LNP),
        M(["david_lange", "claude_cheysson"], None, "New York", IP, P, _LNP),
        # Not rows: the UN "opening session" (a plenary); "Some had been approached by the New
        # Zealand Government and some had asked to see him" (the same planned meetings);
        # "I am anxious to see Mr Gromyko" (the same). The byline ("By OLIVER RIDDELL in
        # Wellington") is kept and not annotated. Removed: the "Article image" lines. The
        # cut-off last words ("Mr Lang") were trimmed.
    ],
    roles=[("The Prime Minister", "david_lange"), ("the United States’ Secretary of State", "george_shultz")],
)

_DOCK = ("President Jacques Chirac and his Socialist Prime Minister, Lionel Jospin, arrived last night "
         "for their \"Docklands summit\" with Tony Blair, to be greeted by a new British call for "
         "sweeping reform of the European Union institutions.")
_STOPS = ("Mr Chirac's first stops were the traditional ones of a meeting the Queen at Buckingham "
          "Palace and dinner at 10 Downing Street.")

A["dev_3210_chirac_jospin_blair_docklands"] = dict(
    actors={
        "jacques_chirac": ["President Jacques Chirac", "Jacques Chirac", "Mr Chirac"],
        "lionel_jospin": ["Lionel Jospin"],
        "tony_blair": ["Tony Blair", "Mr Blair"],
        "le_monde": ["Le Monde"],
        "european_union": ["European Union", "EU"],
    },
    meetings=[
        # "arrived last night for their "Docklands summit" with Tony Blair" -> the summit
        # talks lie ahead: planned, date null (not given; "last night" is the arrival and is not
        # resolved, see ARTICLES), place "Docklands" (the only locality named for the summit).
        M(["jacques_chirac", "tony_blair"], None, "Docklands", IP, P, _DOCK),
        M(["lionel_jospin", "tony_blair"], None, "Docklands", IP, P, _DOCK),
        # A meeting of three named people -> the third pair; Chirac and Jospin form one
        # delegation -> optional (as dev_017).
        M(["jacques_chirac", "lionel_jospin"], None, "Docklands", IP, P, _DOCK, False),
        # "a meeting the Queen at Buckingham Palace": "the Queen" is a role phrase with no name
        # in the text -> one-party row (Chirac), held, London (Buckingham Palace -> London, as
        # White House -> Washington), date null.
        M(["jacques_chirac"], None, "London", IP, H, _STOPS),
        # "dinner at 10 Downing Street" -> the host (Blair) is implied, not stated -> optional
        # Chirac-Blair row, held, London, date null.
        M(["jacques_chirac", "tony_blair"], None, "London", IP, H, _STOPS, False),
        # Not rows: Blair "told Le Monde" (an interview); the "new British call" (a statement).
        # The byline ("Rupert Cornwell") is kept and not annotated. Removed: the notification
        # prompt, "Comments" and the three-paragraph donation appeal ("Your support helps us to
        # tell the story" ... "Your support makes all the difference."). The cut-off last
        # sentence ("Thereafter, the tempo and setting change completely, to serious talks, not
        # in Whitehall but in the steel and glass modernity of Canary Wharf, intended by Mr Blair
        # as a showcase for his new an") was trimmed.
    ],
    roles=[("his Socialist Prime Minister", "lionel_jospin")],
)

_ENV = ("He said that the U.S. Ambassador to Israel, Samuel Lewis, met with Begin in Jerusalem early "
        "today while his counterpart in Cairo, Ambassador Hermann Eilts, met with Sadat.")

A["test_3211_ismailia_summit_envoys"] = dict(
    actors={
        "menachem_begin": ["Menachem Begin", "Begin"],
        "anwar_sadat": ["Anwar Sadat", "Sadat"],
        "tom_reston": ["Tom Reston", "Reston"],
        "samuel_lewis": ["Samuel Lewis", "Lewis"],
        "hermann_eilts": ["Ambassador Hermann Eilts", "Hermann Eilts"],
        "jimmy_carter": ["Carter"],
        "us_state_department": ["State Department"],
    },
    meetings=[
        # "the Ismailia summit meeting between Israeli Premier Menachem Begin and President
        # Anwar Sadat" ("the meetings Sunday and Monday") -> held, Ismailia, date null (two
        # days, a range).
        M(["menachem_begin", "anwar_sadat"], None, "Ismailia", IP, H,
          "The State Department reacted cautiously but with optimism today to the outcome of the Ismailia summit meeting between Israeli Premier Menachem Begin and President Anwar Sadat of Egypt."),
        # Lewis "met with Begin in Jerusalem early today" -> held, Jerusalem; Eilts "met with
        # Sadat" ("his counterpart in Cairo") -> held, Cairo. Dates null (judgement: JTA
        # "today" not resolved, as dev_2201; alternative 1977-12-28).
        M(["samuel_lewis", "menachem_begin"], None, "Jerusalem", IP, H, _ENV),
        M(["hermann_eilts", "anwar_sadat"], None, "Cairo", IP, H, _ENV),
        # Not rows: Reston's briefing and statement, Lewis "told reporters" (media); "The envoy
        # said he would convey Begin’s account of the summit to Carter" (a message; no meeting
        # stated); the "Israeli diplomats and officials returning from Cairo" (unnamed); the
        # "direct negotiations" (governments). Removed: the page-title line with "Menu JTA
        # Search" (the headline is kept once) and "Download PDF for this date". The cut-off
        # last sentence ("We continue to support the objective of a comprehensive settlement
        # that is also the objective of President") was trimmed.
    ],
    roles=[("Israeli Premier", "menachem_begin"), ("Department spokesman", "tom_reston"),
           ("the U.S. Ambassador to Israel", "samuel_lewis"), ("his counterpart in Cairo", "hermann_eilts"),
           ("The envoy", "samuel_lewis")],
)

_OB = ("Obando y Bravo said he met with Azucena Ferrey of the Contra umbrella group called Nicaraguan "
       "Resistance and Fernando Aguero Rocha, head of the Nicaraguan Conservative Party in exile.")

A["dev_3212_obando_contra_leaders_miami"] = dict(
    actors={
        "miguel_obando_y_bravo": ["Cardinal Miguel Obando y Bravo", "Miguel Obando y Bravo", "Obando y Bravo"],
        "azucena_ferrey": ["Azucena Ferrey"],
        "fernando_aguero_rocha": ["Fernando Aguero Rocha"],
        "nicaraguan_resistance": ["Nicaraguan Resistance"],
        "nicaraguan_conservative_party": ["Nicaraguan Conservative Party"],
        "catholic_church": ["Roman Catholic Church"],
        "contras": ["Contras"],
        "sandinistas": ["Sandinistas"],
        "the_new_york_times": ["The New York Times"],
        "radio_sandino": ["Radio Sandino"],
    },
    meetings=[
        # "he met with Azucena Ferrey ... and Fernando Aguero Rocha"; "the secret meeting ...
        # took place Saturday in Miami" -> one meeting of three named people: Obando-Ferrey and
        # Obando-Aguero required; Ferrey-Aguero (same side) optional (as dev_017). Held,
        # 1987-10-24 (the Saturday before the Wednesday 28 October date line, "last week"),
        # Miami.
        M(["miguel_obando_y_bravo", "azucena_ferrey"], "1987-10-24", "Miami", IP, H, _OB),
        M(["miguel_obando_y_bravo", "fernando_aguero_rocha"], "1987-10-24", "Miami", IP, H, _OB),
        M(["azucena_ferrey", "fernando_aguero_rocha"], "1987-10-24", "Miami", IP, H, _OB, False),
        # Not rows: Obando speaking "on ... Radio Sandino" (media); the peace plan "signed in
        # August by the five Central American presidents" (unnamed signatories, a summit); the
        # foreign ministers who "gathered Tuesday in San Jose" (unnamed, multilateral); the
        # Sandinistas' refusal to negotiate (refused, no meeting). The agency credit "(AP)" is
        # not annotated. Removed: "Related topics". The cut-off last sentence ("The Contras
        # demand direct negotiations, but") was trimmed.
    ],
    roles=[("the head of the Roman Catholic Church in Nicaragua", "miguel_obando_y_bravo"),
           ("head of the Nicaraguan Conservative Party in exile", "fernando_aguero_rocha")],
)
