"""Accuracy corpus, batch 85b: 12 new articles about meetings between political actors, all
published in EVEN years (another helper takes batch 85a), from the 1970s to the 2020s (1970s:
one (1974), 1980s: four (1980, 1984, 1984, 1986), 1990s: two (1998, 1998), 2000s: two (2004,
2008), 2010s: two (2010, 2016), 2020s: one (2020); seven of the twelve from before 2000, as the
brief asked for at least five), over the regions (Western Europe: two; Central Asia/Caucasus,
Middle East, Africa, Southeast Asia, Eastern Europe/Russia, Latin America, North America, South
Asia, East Asia, Oceania: one each).
Outlets/sites: The Christian Science Monitor (1980, 1984), RFE/RL (1998), Aproko247 (2016), the
ankorcivilization blog (a Phnom Penh Post story, 2010), an ITAR-TASS story via the
armeniandiaspora.com forum (2004), UPI (1984), MercoPress (2008), TVNZ (2020), the Wilson Center
Digital Archive (a Japanese Foreign Ministry summary of a meeting, 1986), The Tribune (Chandigarh;
a PTI story, 1998) and a US Embassy Copenhagen cable (via the WikiLeaks PlusD archive, 1974).
Ten are news stories; one is an official record (the Japanese Foreign Ministry summary) and one
is a diplomatic cable (within the brief's limits of two official releases and one cable).
The pages are new to the corpus (URLs grepped in sources.csv, corpus/metadata.csv and the batch
files), and so, as far as the greps show, are their meetings (principals and actor keys grepped;
see the notes for the nearest).
Collected with the `search` tool (corpus `pages`) and annotated from the texts alone, BEFORE the
package was run on them (the package has not been run, imported or read for this batch).
Conventions: ANNOTATION.md and /work/shared/ANNOTATION-GUIDE.md. Notes: batch_85b_NOTES.md.

Split rule (fixed before annotating, as given in the brief for this batch, the same as batches
5a-84b): the articles are numbered 1..12 in the order they were first found in this session's
search results (the query in which each first appeared, then its rank in that query), after
skipping pages already in the corpus and pages not taken; positions 3, 7 and 11 are test, all
others dev. Ids: `dev_169NN_<slug>` / `test_169NN_<slug>`, NN = collection position (01..12).

M(participants, date, place, kind, status, evidence, required=True)
Evidence is the verbatim sentence (line breaks inside it replaced by single spaces).
Aliases are written as they stand in the text (typos and capitals included).
"""


from annotations import H, IP, M, P, PH, VID  # noqa: F401 (the same row helpers)

# (article_id, region, decade, outlet, url, published)
ARTICLES = [
    # No date line in the excerpt; the URL (/1980/0708/) gives 1980-07-08 (a Tuesday, checked):
    # "Monday" (the start of the state visit, no row) = 1980-07-07; the private meeting is not
    # dated.
    ("dev_16901_giscard_schmidt_state_visit_germany", "Western Europe", "1980s", "The Christian Science Monitor (csmonitor.com)", "https://www.csmonitor.com/1980/0708/070816.html", "1980-07-08"),
    # No date line in the excerpt; the URL (/1984/0228/) gives 1984-02-28 (a Tuesday, checked):
    # "on Sunday" (Arafat's arrival, no row) = 1984-02-26; the talks are not dated; "last April"
    # -> no day.
    ("dev_16902_arafat_hussein_amman", "Middle East", "1980s", "The Christian Science Monitor (csmonitor.com)", "https://www.csmonitor.com/1984/0228/022829.html", "1984-02-28"),
    # The dateline "Kyiv, 26 February 1998 (RFE/RL)" (a Thursday, checked) is `published`;
    # "today" (the arrival, no row) = 1998-02-26; the Kuchma-Yeltsin talks are not dated.
    ("test_16903_kuchma_yeltsin_moscow_planned", "Eastern Europe/Russia", "1990s", "Radio Free Europe/Radio Liberty (rferl.org)", "https://www.rferl.org/a/1088039.html", "1998-02-26"),
    # The URL (/2016/06/03/) gives 2016-06-03; "on Friday, June 3, 2016" (a Friday, checked) =
    # 2016-06-03.
    ("dev_16904_obasanjo_buhari_abuja", "Africa", "2010s", "Aproko247 (aproko247.com)", "https://aproko247.com/2016/06/03/obasanjo-visits-buhari-2", "2016-06-03"),
    # The blog's date line "Wednesday, October 06, 2010" (a Wednesday, checked) is `published`:
    # "on Monday" = 2010-10-04 (a Monday, checked); "later this month" -> no day.
    ("dev_16905_hun_sen_abhisit_belgium", "Southeast Asia", "2010s", "ankorcivilization blog (ankorcivilization.blogspot.com; a Phnom Penh Post story)", "http://ankorcivilization.blogspot.com/2010/10/hun-sen-talk-with-abhisit.html", "2010-10-06"),
    # The story line "October 23, 2004 Saturday" (a Saturday, checked) is `published`: "on
    # Saturday" = 2004-10-23; "on Friday" (the arrival, no row) = 2004-10-22.
    ("dev_16906_kocharyan_zhvania_burdzhanadze_tbilisi", "Central Asia/Caucasus", "2000s", "ITAR-TASS (via the armeniandiaspora.com forum)", "https://armeniandiaspora.com/forum/2004/october-2004/11930-armenia-president-to-discuss-issues-of-cooperation-with-georgia", "2004-10-23"),
    # No date line in the excerpt; the URL (/1984/06/21/) gives 1984-06-21 (a Thursday,
    # checked): "Thursday" = 1984-06-21.
    ("test_16907_mulroney_reagan_white_house", "North America", "1980s", "United Press International (upi.com archives)", "https://www.upi.com/Archives/1984/06/21/Canadian-opposition-leader-Brian-Mulroney-declaring-For-a-conservative/9251456638400/", "1984-06-21"),
    # No date line in the excerpt; the URL (/2008/10/05/) gives 2008-10-05 (a Sunday, checked):
    # "arrived Sunday" = 2008-10-05; "In the morning" (the talks) -> no day (see notes).
    ("dev_16908_bachelet_kirchner_buenos_aires", "Latin America", "2000s", "MercoPress (en.mercopress.com)", "https://en.mercopress.com/2008/10/05/bachelet-celebrates-epic-events-of-chilean-history-in-argentina", "2008-10-05"),
    # The search result's date field gives 2020-02-21 (a Friday, checked); "today" (the welcome
    # at Government House, no row) = 2020-02-21; the meeting is not dated (see notes).
    ("dev_16909_marape_ardern_new_zealand", "Oceania", "2020s", "TVNZ (tvnz.co.nz, 1 News)", "https://www.tvnz.co.nz/one-news/new-zealand/papua-new-guineas-pm-welcomed-zealand-first-time-meets-ardern", "2020-02-21"),
    # The document date "November 9, 1986" (a Sunday, checked) is `published`; "on 9 November"
    # = 1986-11-09.
    ("dev_16910_nakasone_deng_beijing", "East Asia", "1980s", "Wilson Center Digital Archive (digitalarchive.wilsoncenter.org; summary by the China Division of Japan's Ministry of Foreign Affairs)", "https://digitalarchive.wilsoncenter.org/document/summary-prime-minister-nakasones-visit-china-part-3-discussion-chairman-deng-xiaoping", "1986-11-09"),
    # The URL (/1998/98dec28/) gives 1998-12-28 (a Monday, checked); the dateline "NEW DELHI,
    # Dec 27 (PTI)" pins "today" = 1998-12-27 (a Sunday) and "tomorrow" = 1998-12-28 (see
    # notes).
    ("test_16911_kumaratunga_delhi_vajpayee", "South Asia", "1990s", "The Tribune (Chandigarh; tribuneindia.com; a PTI story)", "http://tribuneindia.com/1998/98dec28/head2.htm", "1998-12-28"),
    # A US embassy cable (Copenhagen 3508); `published` = 1974-12-13 from "R 131423Z DEC 74" (a
    # Friday, checked); "DECEMBER 6" = 1974-12-06 (a Friday); "DECEMBER 21" (a Nordic party
    # leaders' meeting, no row).
    ("dev_16912_palme_hartling_cable_copenhagen", "Western Europe", "1970s", "US Embassy Copenhagen cable 1974COPENH03508 (via the WikiLeaks PlusD archive, theworldtomorrow.wikileaks.org)", "https://theworldtomorrow.wikileaks.org/plusd/cables/1974COPENH03508_b.html", "1974-12-13"),
]

A = {}

A["dev_16901_giscard_schmidt_state_visit_germany"] = dict(
    actors={
        "valery_giscard_d_estaing": ["President Valery Giscard d'Estaing", "Valery Giscard d'Estaing", "Mr. Giscard d'Estaing", "Giscard"],
        "helmut_schmidt": ["Chancellor Helmut Schmidt", "Helmut Schmidt"],
    },
    meetings=[
        # "During a private meeting, Mr. Giscard d'Estaing and Chancellor Helmut Schmidt
        # agreed ..." -> held, date null (the private meeting is not tied to "Monday", the
        # first day of the five-day visit), place West Germany (no city in the text), in person.
        M(["valery_giscard_d_estaing", "helmut_schmidt"], None, "West Germany", IP, H,
          "During a private meeting, Mr. Giscard d'Estaing and Chancellor Helmut Schmidt agreed on the importance of modernizing Western nuclear defenses and on the threat of growing Soviet nuclear power, French officials said."),
        # Not rows: the state visit as such (the meeting is the row); the remark on reconciliation
        # (a statement). Not annotated: "French officials" (unnamed). Removed: at the end, the
        # paywall lines "of 5 stories this month > Get unlimited stories", "You've read 5 of 5
        # free stories", "Only $1 for your first month.", "Get unlimited Monitor journalism.".
        # Kept as it stands: "his remark" (lower case).
    ],
    roles=[],
)

A["dev_16902_arafat_hussein_amman"] = dict(
    actors={
        "yasser_arafat": ["Palestinian leader Yasser Arafat", "Yasser Arafat", "Mr. Arafat", "Arafat"],
        "hussein_bin_talal": ["Jordan's King Hussein", "King Hussein", "Hussein"],
        "plo": ["Palestine Liberation Organization", "PLO"],
        "united_press_international": ["United Press International"],
        "un_security_council": ["United Nations Security Council"],
    },
    meetings=[
        # "... talks between Palestinian leader Yasser Arafat and Jordan's King Hussein in
        # Amman." -> held (the talks under way since Arafat's arrival "on Sunday"), date null
        # (no day given for the talks), Amman, in person.
        M(["yasser_arafat", "hussein_bin_talal"], None, "Amman", IP, H,
          "A feeling of optimism has surrounded talks between Palestinian leader Yasser Arafat and Jordan's King Hussein in Amman."),
        # "... failed last April, the last time the two leaders met." -> an earlier meeting,
        # held, date null (month only), place null, **required false** (a background reference).
        M(["yasser_arafat", "hussein_bin_talal"], None, None, IP, H,
          "The first trial in this Jordanian-Palestinian dialogue failed last April, the last time the two leaders met.", False),
        # Not rows: the possible talks with Israel (hypothetical, unnamed); the work of the
        # delegations "over the next months" (unnamed); the government spokesman's and the
        # Western diplomat's statements. Not annotated: "a government spokesman", "A Western
        # diplomat" (unnamed); Syria, Libya, Israel, Jordan (places; "Arab regimes" generic).
        # Removed: at the end, the cut-off sentence "The first topic could be the easiest one to
        # shelve, at l" (with its paragraph). Kept as they stand: the doubled quotes ''...''.
    ],
    roles=[("the PLO chairman", "yasser_arafat"), ("the King", "hussein_bin_talal"),
           ("The King", "hussein_bin_talal")],
)

A["test_16903_kuchma_yeltsin_moscow_planned"] = dict(
    actors={
        "leonid_kuchma": ["Leonid Kuchma", "Kuchma"],
        "boris_yeltsin": ["Boris Yeltsin", "Yeltsin"],
        "gennady_seleznyov": ["Gennady Seleznyov"],
        "russian_duma": ["State Duma"],
        # New keys.
        "alexander_razumkov": ["Alexander Razumkov", "Razumkov"],
        "national_security_and_defense_council_of_ukraine": ["National Security and Defense Council"],
    },
    meetings=[
        # "... the Kuchma-Yeltsin agenda ..." / "the two Presidents may touch on many issues"
        # -> the talks of the state visit, planned, date null (the text gives no day for the
        # talks), Moscow ("arrived in Moscow today on a state visit"), in person.
        M(["leonid_kuchma", "boris_yeltsin"], None, "Moscow", IP, P,
          "The Deputy Secretary of Ukraine's National Security and Defense Council Alexander Razumkov yesterday told reporters in Kyiv that the Kuchma-Yeltsin agenda does not include a special discussion on Ukraine's parliamentary elections."),
        # "Kuchma told the Russian delegation ..." -> a meeting with an unnamed delegation of
        # businessmen -> one-party row, held, date null ("This week, (Feb 25)" is their arrival),
        # Kyiv, in person, **required false** (a meeting with unnamed businessmen, implied by
        # "told").
        M(["leonid_kuchma"], None, "Kyiv", IP, H,
          "Kuchma told the Russian delegation that Ukraine \"has been, is, and will be interested\" in very close cooperation with Russian business circles.", False),
        # Not rows: Yeltsin's endorsements of Kuchma (statements); Razumkov's briefing (to
        # reporters); the businessmen's meeting with "their Ukrainian counterparts" (unnamed).
        # Not annotated: the agency tag "(RFE/RL)" in the dateline; Russia, Ukraine, Belarus,
        # the Russian Federation (places). Removed: at the start, the site lines "Accessibility
        # links", "Breaking News"; at the end, the cut-off sentence "The business delegation's
        # visit came right after the visit to Kyiv by Russia's Prime Minister Viktor
        # Chernomyrdin, who announced Kuchma and" (with its paragraph).
    ],
    roles=[("Ukraine's President", "leonid_kuchma"), ("Russia's President", "boris_yeltsin"),
           ("The Chairman of Russia's State Duma", "gennady_seleznyov"),
           ("The Deputy Secretary of Ukraine's National Security and Defense Council", "alexander_razumkov")],
)

A["dev_16904_obasanjo_buhari_abuja"] = dict(
    actors={
        "olusegun_obasanjo": ["Former President Olusegun Obasanjo", "Olusegun Obasanjo", "Obasanjo"],
        "muhammadu_buhari": ["President Muhammadu Buhari", "Muhammadu Buhari", "Buhari"],
        "facebook": ["Facebook"],
        # New key.
        "femi_adesina": ["Femi Adesina"],
    },
    meetings=[
        # "The elder statesman met with the President at the State House in Abuja on Friday,
        # June 3, 2016." -> held, 2016-06-03, Abuja, in person (the "crucial discussions" of the
        # first sentence are the same meeting).
        M(["olusegun_obasanjo", "muhammadu_buhari"], "2016-06-03", "Abuja", IP, H,
          "The elder statesman met with the President at the State House in Abuja on Friday, June 3, 2016."),
        # Not rows: Adesina's Facebook post (a statement); the earlier visits ("not the first
        # time", no specific one). Removed: nothing (the excerpt is the whole story).
    ],
    roles=[("The elder statesman", "olusegun_obasanjo"), ("the President", "muhammadu_buhari"),
           ("Spokesman of the President", "femi_adesina"),
           ("the former Nigerian leader", "olusegun_obasanjo")],
)

A["dev_16905_hun_sen_abhisit_belgium"] = dict(
    actors={
        "hun_sen": ["PRIME Minister Hun Sen", "Hun Sen"],
        "abhisit_vejjajiva": ["Thai premier Abhisit Vejjajiva", "Abhisit Vejjajiva", "Abhisit"],
        "koy_kuong": ["Koy Kuong"],
        "asean": ["ASEAN"],
        "parliament_of_thailand": ["Thai parliament"],
        # New keys.
        "tvk": ["TVK"],
        "ministry_of_foreign_affairs_cambodia": ["Ministry of Foreign Affairs"],
        "chea_dara": ["Chea Dara"],
        "royal_cambodian_armed_forces": ["Royal Cambodian Armed Forces"],
    },
    meetings=[
        # "... Hun Sen and Abhisit met for about 15 minutes on the sidelines of the Asia-Europe
        # Meeting on Monday." -> held, 2010-10-04, Belgium ("at a summit in Belgium"; no city
        # in the text), in person.
        M(["hun_sen", "abhisit_vejjajiva"], "2010-10-04", "Belgium", IP, H,
          "According to state television channel TVK, Hun Sen and Abhisit met for about 15 minutes on the sidelines of the Asia-Europe Meeting on Monday."),
        # "Hun Sen and Abhisit are slated to meet again later this month at an ASEAN meeting in
        # Hanoi." -> planned, date null, Hanoi, in person.
        M(["hun_sen", "abhisit_vejjajiva"], None, "Hanoi", IP, P,
          "Hun Sen and Abhisit are slated to meet again later this month at an ASEAN meeting in Hanoi."),
        # Not rows: the Asia-Europe Meeting as such (a summit); the commanders' meeting "next
        # week" (unnamed); the bilateral committee (unnamed); the shared lunch of the two
        # militaries (unnamed). Not annotated: "Thai state media" (unnamed); the Asia-Europe
        # Meeting (an event); Preah Vihear temple (a place). Removed: at the start, the blog
        # lines "The land of heroes", "Our heroes", "Our land", "Cambodia Kingdom"; at the end,
        # the blog line "No comments:". Kept as it stands: "PRIME Minister".
    ],
    roles=[("Ministry of Foreign Affairs spokesman", "koy_kuong"),
           ("deputy commander of the Royal Cambodian Armed Forces", "chea_dara"),
           ("state television channel", "tvk")],
)

_TBS = ("President Robert Kocharyan of Armenia on Saturday will discuss with Georgian Prime Minister Zurab Zhvania and Speaker of the Georgian parliament Nino Burdzhanadze issues of further development and deepening of cooperation between the two countries.")
A["dev_16906_kocharyan_zhvania_burdzhanadze_tbilisi"] = dict(
    actors={
        "robert_kocharyan": ["President Robert Kocharyan", "Robert Kocharyan", "Kocharyan"],
        "zurab_zhvania": ["Georgian Prime Minister Zurab Zhvania", "Zurab Zhvania"],
        "mikheil_saakashvili": ["Georgian President Mikhail Saakashvili", "Mikhail Saakashvili"],
        "european_union": ["EU"],
        "parliament_of_georgia": ["Georgian parliament"],
        # New key.
        "nino_burjanadze": ["Nino Burdzhanadze"],
    },
    meetings=[
        # "... on Saturday will discuss with ... Zhvania and ... Burdzhanadze ..." -> two
        # planned meetings (read as two bilaterals with the two office-holders, as dev_032; see
        # the notes), 2004-10-23, Tbilisi (the dateline), in person.
        M(["robert_kocharyan", "zurab_zhvania"], "2004-10-23", "Tbilisi", IP, P, _TBS),
        M(["robert_kocharyan", "nino_burjanadze"], "2004-10-23", "Tbilisi", IP, P, _TBS),
        # "... will also hold a meeting with representatives of the Armenian diaspora in
        # Georgia." -> unnamed counterparts -> one-party row, planned, date null, Georgia, in
        # person, **required false** (the counterparts are unnamed community representatives).
        M(["robert_kocharyan"], None, "Georgia", IP, P,
          "Robert Kocharyan, who arrived in Georgia for a three-ay official visit on Friday, will also hold a meeting with representatives of the Armenian diaspora in Georgia.", False),
        # "... during his meeting with Mikhail Saakashvili ..." -> held, date null (the text
        # does not say on which day), Georgia (no city given for it), in person.
        M(["robert_kocharyan", "mikheil_saakashvili"], None, "Georgia", IP, H,
          "Robert Kocharyan said that during his meeting with Mikhail Saakashvili he \"began discussing an issue of the two countries' coordination of actions within the framework of the EU program \"New Neighbours.\""),
        # Not rows: Saakashvili's statement "On Friday" (a statement); the census. Not
        # annotated: the outlet header lines "ITAR-TASS News Agency", "TASS"; the byline "By
        # Tengiz Pachkoria"; "New Neighbours" (a programme). Removed: at the end, the forum's
        # repeat of the whole story (from "TASS", "October 23, 2004 Saturday" on), a duplicate.
        # Kept as they stand: "three-ay", "satated", the line breaks of the forum copy.
    ],
    roles=[("Speaker of the Georgian parliament", "nino_burjanadze")],
)

A["test_16907_mulroney_reagan_white_house"] = dict(
    actors={
        "brian_mulroney": ["Canadian opposition leader Brian Mulroney", "Brian Mulroney", "Mulroney"],
        "ronald_reagan": ["President Reagan", "Reagan"],
        "progressive_conservative_party": ["Progressive Conservative Party"],
    },
    meetings=[
        # "... said he made a strong pitch to President Reagan Thursday ..." ("in a White House
        # meeting with Reagan", "a 45-minute Oval Office meeting", the same meeting) -> held,
        # 1984-06-21, Washington (the dateline; the White House), in person.
        M(["brian_mulroney", "ronald_reagan"], "1984-06-21", "Washington", IP, H,
          "WASHINGTON -- Canadian opposition leader Brian Mulroney, declaring, 'For a conservative there is nothing more important than conservation,' said he made a strong pitch to President Reagan Thursday for new U.S. acid rain controls."),
        # Not rows: "all my meetings" (no specific one). Removed: the "Advertisement" lines; at
        # the end, the cut-off sentence "The questions and the manner and the vigor in which I
        # raised (issues) in all my meetings confirms the view that you best do business when
        # you have firm, straightforward and friendly relations with whom" (the quotation's
        # first sentence "'On the contrary." kept).
    ],
    roles=[("Canadian opposition leader", "brian_mulroney"),
           ("head of the Progressive Conservative Party", "brian_mulroney"),
           ("the president", "ronald_reagan"), ("the opposition leader", "brian_mulroney")],
)

A["dev_16908_bachelet_kirchner_buenos_aires"] = dict(
    actors={
        "michelle_bachelet": ["Chilean president Michelle Bachelet", "Michelle Bachelet", "Ms Bachelet"],
        "cristina_fernandez_de_kirchner": ["Cristina Fernandez de Kirchner", "Mrs. Kirchner"],
        "augusto_pinochet": ["Dictator Augusto Pinochet", "Augusto Pinochet", "Pinochet"],
        "john_paul_ii": ["Pope John Paul II"],
        "hillary_clinton": ["New York Senator Hillary Clinton", "Hillary Clinton"],
        # New keys.
        "patricio_aylwin": ["Christian Democrat Patricio Aylwin", "Patricio Aylwin"],
        "vital_voices": ["Vital Voices"],
    },
    meetings=[
        # "... arrived Sunday in Buenos Aires for talks with her counterpart Cristina Fernandez
        # de Kirchner ..." ("In the morning Ms Bachelet is scheduled to sign several bilateral
        # agreements with Mrs. Kirchner and to talk ...", the same talks) -> planned, date null
        # ("In the morning" is not tied to a day), Buenos Aires, in person.
        M(["michelle_bachelet", "cristina_fernandez_de_kirchner"], None, "Buenos Aires", IP, P,
          "Chilean president Michelle Bachelet arrived Sunday in Buenos Aires for talks with her counterpart Cristina Fernandez de Kirchner and to participate in seminars celebrating the twentieth anniversary of the 1988 referendum which signaled the beginning of the end of Dictator Augusto Pinochet's 17 year iron fist rule."),
        # Not rows: the seminars and the Vital Voices meeting (events; "address a meeting" of an
        # organisation); the 1988 plebiscite, the 1989 elections, the 1978 papal intervention
        # and the Montevideo understanding (history, no meeting of named people). Not
        # annotated: "the Armed Forces" (generic); the Vatican (read as a place). Removed: at the
        # end, the cut-off sentence "Later she will inaugurate Chile's Culture House in Buenos
        # A". Kept as they stand: "Forced by his pars", "Chilean Patagonian".
    ],
    roles=[("her counterpart", "cristina_fernandez_de_kirchner"),
           ("the former US first lady", "hillary_clinton")],
)

A["dev_16909_marape_ardern_new_zealand"] = dict(
    actors={
        "james_marape": ["Papua New Guinea Prime Minister James Marape", "James Marape"],
        "jacinda_ardern": ["Prime Minister Jacinda Ardern", "Jacinda Ardern", "Ardern"],
    },
    meetings=[
        # "Regional security was highlighted during a meeting with Prime Minister Jacinda
        # Ardern." (headline "... meets with Ardern") -> held, date null ("today" is said of the
        # welcome at Government House, not of the meeting; see notes), New Zealand (no city in
        # the text), in person.
        M(["james_marape", "jacinda_ardern"], None, "New Zealand", IP, H,
          "Regional security was highlighted during a meeting with Prime Minister Jacinda Ardern."),
        # Not rows: the formal welcome at Government House (a ceremony, the host unnamed); the
        # 1997 peace brokering (unnamed). Not annotated: Government House, Bougainville Island,
        # Aotearoa (places). Removed: at the start, the tool's date prefix and the site label
        # "TODAY |"; trailing spaces after "today.".
    ],
    roles=[("Papua New Guinea's PM", "james_marape")],
)

A["dev_16910_nakasone_deng_beijing"] = dict(
    actors={
        "yasuhiro_nakasone": ["Prime Minister Nakasone", "Nakasone"],
        "deng_xiaoping": ["Chairman Deng Xiaoping", "Chinese leader Deng Xiaoping", "Deng Xiaoping", "Chinese leader Deng", "Deng"],
        "zhao_ziyang": ["Premier Zhao"],
    },
    meetings=[
        # "... the discussion between Prime Minister Nakasone and Chinese leader Deng Xiaoping,
        # which took place on 9 November, ... in the Great Hall of the People." -> held,
        # 1986-11-09, Beijing (the Great Hall of the People, resolved to its city as
        # ANNOTATION.md's official buildings), in person.
        M(["yasuhiro_nakasone", "deng_xiaoping"], "1986-11-09", "Beijing", IP, H,
          "Following is a summary of the discussion between Prime Minister Nakasone and Chinese leader Deng Xiaoping, which took place on 9 November, from 10:00 to 11:00 in the evening, in the Great Hall of the People."),
        # Not rows: Deng's supposition that Nakasone and "Premier Zhao" "must have" discussed
        # various things (an inference by Deng, no reported meeting; see notes); the Party
        # Congresses (events). Not annotated: the issuing line "China Division, Ministry of
        # Foreign Affairs" (the document's author line); "the Party" (generic). Removed: at the
        # start, the site line "Skip to content". Kept as they stand: "The Primer Minister", the
        # repeated title and date lines.
    ],
    roles=[("The Primer Minister", "yasuhiro_nakasone"), ("the Prime Minister", "yasuhiro_nakasone")],
)

_DEL = ("Ms Kumaratunga, who received a red carpet welcome at the Delhi airport, was received by External Affairs Minister Jaswant Singh, Foreign Secretary K. Raghunath, the Sri Lankan High Commissioner to India Mangala Munasinghe and senior officials.")
_TAL = ("She will later hold wide-ranging discussions with Mr Narayanan and Mr Vajpayee on international, regional and bilateral issues.")
A["test_16911_kumaratunga_delhi_vajpayee"] = dict(
    actors={
        "chandrika_kumaratunga": ["Sri Lankan President Chandrika Kumaratunga", "Chandrika Kumaratunga", "Ms Kumaratunga"],
        "atal_bihari_vajpayee": ["Atal Behari Vajpayee", "Mr Vajpayee"],
        "jaswant_singh": ["External Affairs Minister Jaswant Singh", "Jaswant Singh", "Mr Jaswant Singh"],
        "k_raghunath": ["Foreign Secretary K. Raghunath", "K. Raghunath"],
        "lakshman_kadirgamar": ["Sri Lankan Foreign Minister Lakshman Kadirgamar", "Lakshman Kadirgamar"],
        # New keys.
        "mangala_munasinghe": ["Mangala Munasinghe"],
        "lakshman_jayakody": ["Culture Minister Lakshman Jayakody", "Lakshman Jayakody"],
        "pavithra_wanniarachchi": ["Deputy Health Minister Pavithra Wassiarchchi", "Pavithra Wassiarchchi"],
        "k_r_narayanan": ["President K.R. Narayanan", "K.R. Narayanan", "Mr Narayanan"],
    },
    meetings=[
        # "... was received by ... Jaswant Singh, ... K. Raghunath, ... Mangala Munasinghe and
        # senior officials." -> the airport reception on arrival "today", held, 1998-12-27 (the
        # dateline's day), New Delhi, in person -> three rows, **required false** (an airport
        # welcome, as test_001's welcome). Kadirgamar "was also present" -> an actor, not a
        # participant; no pair rows among the receivers.
        M(["chandrika_kumaratunga", "jaswant_singh"], "1998-12-27", "New Delhi", IP, H, _DEL, False),
        M(["chandrika_kumaratunga", "k_raghunath"], "1998-12-27", "New Delhi", IP, H, _DEL, False),
        M(["chandrika_kumaratunga", "mangala_munasinghe"], "1998-12-27", "New Delhi", IP, H, _DEL, False),
        # "... will be accorded a ceremonial reception by President K.R. Narayanan at
        # Rashtrapati Bhavan tomorrow." -> planned, 1998-12-28, New Delhi (Rashtrapati Bhavan
        # resolved to its city), in person, **required false** (a ceremony; the talks are the
        # next row).
        M(["chandrika_kumaratunga", "k_r_narayanan"], "1998-12-28", "New Delhi", IP, P,
          "Ms Kumaratunga, who is leading a high-powered delegation including Culture Minister Lakshman Jayakody and Deputy Health Minister Pavithra Wassiarchchi, will be accorded a ceremonial reception by President K.R. Narayanan at Rashtrapati Bhavan tomorrow.", False),
        # "She will later hold wide-ranging discussions with Mr Narayanan and Mr Vajpayee ..."
        # -> two planned bilaterals (as dev_032), date null ("later"), New Delhi (the state
        # visit; the dateline), in person.
        M(["chandrika_kumaratunga", "k_r_narayanan"], None, "New Delhi", IP, P, _TAL),
        M(["chandrika_kumaratunga", "atal_bihari_vajpayee"], None, "New Delhi", IP, P, _TAL),
        # Not rows: the escort to the car by Jaswant Singh (part of the airport reception); the
        # "interaction with leaders of Indian business and industry" (unnamed); the trade pact
        # (an agreement). Not annotated: the agency tag "(PTI)"; "senior officials",
        # "security personnel" (unnamed). Removed: at the end, the cut-off sentence "Mr Vajpayee
        # and Ms Kumaratunga will participate in a joint foundation-stone laying ceremony for the
        # expansion". Kept as they stand: the headline split "Lankan" / "President in Delhi",
        # "Wassiarchchi".
    ],
    roles=[("the Sri Lankan President", "chandrika_kumaratunga"),
           ("the visiting dignitary", "chandrika_kumaratunga"),
           ("the Sri Lankan High Commissioner to India", "mangala_munasinghe")],
)

_CPH = ("SUMMARY: IN A FOUR HOUR VISIT TO COPENHAGEN DECEMBER 6 SWEDISH PRIME MINISTER PALME MET WITH PRIME MINISTER HARTLING AND WITH FORMER PRIME MINISTER ANKER JORGENSEN, LEADER OF THE DANISH SOCIAL DEMOCRATS.")
A["dev_16912_palme_hartling_cable_copenhagen"] = dict(
    actors={
        # New keys (DE BESCHE is named by surname only; the key from background knowledge of
        # the Swedish ambassador Hubert de Besche, as 84b's `james_kanyotu`).
        "olof_palme": ["SWEDISH PRIME MINISTER PALME", "PALME"],
        "poul_hartling": ["PRIME MINISTER HARTLING", "HARTLING"],
        "anker_jorgensen": ["FORMER PRIME MINISTER ANKER JORGENSEN", "ANKER JORGENSEN"],
        "social_democrats_denmark": ["DANISH SOCIAL DEMOCRATS"],
        "hubert_de_besche": ["SWEDISH AMBASSADOR DE BESCHE", "DE BESCHE"],
    },
    meetings=[
        # "... PALME MET WITH PRIME MINISTER HARTLING AND WITH FORMER PRIME MINISTER ANKER
        # JORGENSEN ..." -> two separate meetings (as dev_032; the lunch "ALONE" with Hartling
        # is the first), held, 1974-12-06, Copenhagen, in person.
        M(["olof_palme", "poul_hartling"], "1974-12-06", "Copenhagen", IP, H, _CPH),
        M(["olof_palme", "anker_jorgensen"], "1974-12-06", "Copenhagen", IP, H, _CPH),
        # Not rows: "PALME WILL RETURN TO COPENHAGEN DECEMBER 21 FOR A MEETING OF THE NORDIC
        # SOCIAL DEMOCRATIC LEADERS" (a multi-party meeting of unnamed leaders); de Besche's
        # briefing of the (unnamed) chargé (the cable's source, see notes); the earlier
        # "ABORTIVE" attempts (meetings that did not take place); the airport welcome (part of
        # the visit). Not annotated: the routing and header lines (AMEMBASSY COPENHAGEN,
        # SECSTATE, tags); "CHARGE" (unnamed). Kept as they stand: the header and page-break
        # lines, "BE-\nTWEEN". Removed: nothing at the start; at the end, the cut-off sentence
        # "FROM THEIR SUBSEQUENT PRESS CONFERENCE AND FROM".
    ],
    roles=[("LEADER OF THE DANISH SOCIAL DEMOCRATS", "anker_jorgensen"),
           ("SWEDISH PRIME MINISTER", "olof_palme")],
)
