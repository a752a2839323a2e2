"""Accuracy corpus, batch 39a: 12 new articles about meetings between political actors, from the
1970s, 1980s, 2000s, 2010s and 2020s (1970s: one, 1980s: one, 2000s: two, 2010s: two, 2020s: six;
ten of the twelve from 2005-2025, as the brief asked), over eleven regions (Middle East: two;
Africa, Southeast Asia, Central Asia/Caucasus, Latin America, South Asia, Eastern Europe/Russia,
Oceania, East Asia, North America, Western Europe: one each). Outlets/sites: DGN Online (Daily
Guide Network, Ghana), VietnamPlus (VNA), the Uzbek government portal (old.gov.uz), MercoPress,
JTA (archive), India.com, the Toronto Star, ABC News (Australia), the Los Angeles Times (archives),
Canadian Inquirer (The Canadian Press copy), The National (Abu Dhabi) and Teller Report. Where
the corpus already used a site, the page is new. Collected with the `search` tool (corpus `pages`)
and annotated from the texts alone, BEFORE the package was run on them (the package has not been
run, imported or read for this batch). Conventions: ANNOTATION.md and
/work/shared/ANNOTATION-GUIDE.md. Notes: batch_39a_NOTES.md.

Split rule (fixed before annotating, as given in the brief for this batch, the same as batches
5a-38b): the articles are numbered 1..12 in the order they were first found in this session's
search results (the query in which each first appeared, then its rank in that query), after
skipping pages already in the corpus; positions 3, 7 and 11 are test, all others dev. Ids:
`dev_76NN_<slug>` / `test_76NN_<slug>`, NN = collection position (01..12).

M(participants, date, place, kind, status, evidence, required=True)
Evidence is the verbatim sentence (line breaks inside it replaced by single spaces).
Aliases are written as they stand in the text (typos included).
"""


from annotations import H, IP, M, P, PH, VID  # noqa: F401 (the same row helpers)

# (article_id, region, decade, outlet, url, published)
ARTICLES = [
    # No date line in the excerpt and none in the URL: `published` is derived from the text:
    # "yesterday hosted" + "The Sunday night, September 20,2020 meeting" + "last night’s
    # meeting" -> the story is of Monday 2020-09-21 (weekdays computed with Python datetime).
    ("dev_7601_buhari_akufo_addo_abuja", "Africa", "2020s", "Daily Guide Network (dailyguidenetwork.com, DGN Online)", "https://dailyguidenetwork.com/buhari-hosts-akufo-addo", "2020-09-21"),
    # The search result's date field 2022-07-20 (a Wednesday), agreeing with the text's "on July
    # 20" (the courtesy call).
    ("dev_7602_son_widodo_jakarta", "Southeast Asia", "2020s", "VietnamPlus (en.vietnamplus.vn, VNA)", "https://en.vietnamplus.vn/vietnamese-fm-meets-with-indonesian-president/234112.vnp", "2022-07-20"),
    # The page's date line "2021-07-24 | Politics" (a Saturday): "On July 24" = 2021-07-24.
    ("test_7603_mirziyoyev_tokayev_call", "Central Asia/Caucasus", "2020s", "Government portal of the Republic of Uzbekistan (old.gov.uz; source UzA)", "https://old.gov.uz/en/news/view/31613", "2021-07-24"),
    # The page's date line "Wednesday, September 13th 2006 - 21:00 UTC" (and the URL 2006/09/13):
    # "on Tuesday" = 2006-09-12.
    ("dev_7604_bachelet_kirchner_mendoza", "Latin America", "2000s", "MercoPress (en.mercopress.com)", "https://en.mercopress.com/2006/09/13/bachelet-and-kirchner-meet-in-mendoza", "2006-09-13"),
    # The page's date line "September 5, 1979" (the JTA Daily Bulletin's date, a Wednesday): "this
    # afternoon" resolved against it = 1979-09-05 (see NOTES: the bulletin may carry a story
    # filed the day before; the corpus resolves against the article's own date).
    ("dev_7605_sadat_navon_cultural_exchange", "Middle East", "1970s", "Jewish Telegraphic Agency (jta.org archive)", "http://www.jta.org/archive/sadat-and-navon-a-gree-to-extensive-cultural-exchange", "1979-09-05"),
    # The search result's date field 2020-05-27 (a Wednesday): "on Wednesday" and "today" =
    # 2020-05-27; Thondaman's death "on Tuesday" is not a meeting.
    ("dev_7606_modi_mahinda_rajapaksa_call", "South Asia", "2020s", "India.com", "https://www.india.com/news/india/on-call-pm-modi-discusses-economic-impact-of-coronavirus-with-sri-lankan-pm-mahinda-rajapaksa-4041593/", "2020-05-27"),
    # The URL's date 2018/11/29 (a Thursday; also the search result's date field): "on Thursday"
    # = 2018-11-29 (the cancellation; the article has no meeting row).
    ("test_7607_trump_putin_cancelled", "Eastern Europe/Russia", "2010s", "Toronto Star (thestar.com; New York Times copy)", "https://www.thestar.com/news/world/2018/11/29/trump-cancels-meeting-with-putin-over-russias-hostilities-with-ukraine.html", "2018-11-29"),
    # The URL's date 2007-07-27 (a Friday; the page's "Posted , updated" line has no date):
    # "will today meet" = 2007-07-27.
    ("dev_7608_howard_yudhoyono_bali", "Oceania", "2000s", "ABC News (abc.net.au)", "https://www.abc.net.au/news/2007-07-27/howard-arrives-in-indonesia/2514770", "2007-07-27"),
    # The URL's date 1986-04-14 (a Monday; no date line in the excerpt): "on Sunday" =
    # 1986-04-13; "today" = 1986-04-14.
    ("dev_7609_nakasone_reagan_camp_david", "East Asia", "1980s", "Los Angeles Times (latimes.com archives)", "https://www.latimes.com/archives/la-xpm-1986-04-14-mn-3755-story.html", "1986-04-14"),
    # The URL's date 2017/10/13 (a Friday; no date line in the excerpt): "on Thursday" =
    # 2017-10-12; "today" (the Senate speech) = 2017-10-13.
    ("dev_7610_trudeau_pena_nieto_mexico_city", "North America", "2010s", "Canadian Inquirer (canadianinquirer.net; The Canadian Press copy)", "https://canadianinquirer.net/2017/10/13/trudeau-to-close-first-visit-to-mexico-with-speech-to-countrys-senate", "2017-10-13"),
    # The URL's date 2022/07/24 (a Sunday; no date line in the excerpt): "on Sunday" =
    # 2022-07-24 (the story is of the same day); "on July 15" = 2022-07-15.
    ("test_7611_abdullah_abbas_amman", "Middle East", "2020s", "The National (thenationalnews.com)", "https://thenationalnews.com/mena/2022/07/24/jordans-king-abdullah-says-palestinians-must-not-be-marginalised-in-any-regional-moves", "2022-07-24"),
    # The URL's date 2023-06-06 (a Tuesday; no date line in the excerpt): "on Tuesday" =
    # 2023-06-06.
    ("dev_7612_scholz_macron_potsdam", "Western Europe", "2020s", "Teller Report (tellerreport.com; translated German copy)", "https://www.tellerreport.com/news/2023-06-06-rapprochement-during-walk-and-dinner--scholz-receives-macron-in-potsdam.BylFKTWTUh.html", "2023-06-06"),
]

A = {}

A["dev_7601_buhari_akufo_addo_abuja"] = dict(
    actors={
        "nana_akufo_addo": ["Nana Akufo-Addo"],
        "muhammadu_buhari": ["Muhammadu Buhari", "Buhari", "Mr Buhari"],
        "dgn_online": ["DGN Online"],
        "ghana_union_of_traders_association": ["Ghana Union of Traders Association", "GUTA"],
    },
    meetings=[
        # "Buhari of Nigeria yesterday hosted his Ghanaian counterpart, Nana Akufo-Addo" ("The
        # Sunday night, September 20,2020 meeting ... took place in Mr Buhari’s official
        # residence at the State House, Aso Rock, Abuja"; "last night’s meeting": the same) ->
        # held, 2020-09-20 (explicit), Abuja.
        M(["muhammadu_buhari", "nana_akufo_addo"], "2020-09-20", "Abuja", IP, H,
          "President Muhammadu Buhari of Nigeria yesterday hosted his Ghanaian counterpart, Nana Akufo-Addo."),
        # Not rows: "The Speakers of Parliament of Nigeria and Ghana had earlier met" (both
        # parties given by role only: no named party, no row); the GUTA shop closures and the
        # demolition (events). The caption "President Nana Akufo-Addo and President Buhari of
        # Nigeria" is kept. "DGN Online" is the outlet cited inside the body as the gatherer of
        # the news (annotated, as Kyodo in dev_012). Removed: the byline at the end ("By Melvin
        # Tarlue"); nothing else.
    ],
    roles=[("his Ghanaian counterpart", "nana_akufo_addo"), ("President Buhari of Nigeria", "muhammadu_buhari")],
)

A["dev_7602_son_widodo_jakarta"] = dict(
    actors={
        "bui_thanh_son": ["Bui Thanh Son", "Son"],
        "joko_widodo": ["Joko Widodo", "Widodo", "President Widodo"],
        "retno_marsudi": ["Retno Marsudi"],
        "nguyen_phu_trong": ["Nguyen Phu Trong"],
        "nguyen_xuan_phuc": ["Nguyen Xuan Phuc"],
        "pham_minh_chinh": ["Pham Minh Chinh"],
    },
    meetings=[
        # "Bui Thanh Son on July 20 paid a courtesy call to Indonesian President Joko Widodo in
        # Jakarta" (the headline and "Widodo welcomed the official visit of Son": the same) ->
        # held, 2022-07-20, Jakarta.
        M(["bui_thanh_son", "joko_widodo"], "2022-07-20", "Jakarta", IP, H,
          "Vietnamese Minister of Foreign Affairs Bui Thanh Son on July 20 paid a courtesy call to Indonesian President Joko Widodo in Jakarta."),
        # "the official visit of Son during which he would co-chair the fourth meeting of the
        # Joint Committee on Bilateral Cooperation (JCBC-4) with Indonesian counterpart Retno
        # Marsudi" -> planned (a meeting the two ministers co-chair), date null ("during which":
        # no day), place null (the text does not say where the JCBC-4 sits).
        M(["bui_thanh_son", "retno_marsudi"], None, None, IP, P,
          "Widodo welcomed the official visit of Son during which he would co-chair the fourth meeting of the Joint Committee on Bilateral Cooperation (JCBC-4) with Indonesian counterpart Retno Marsudi in the context that the two countries have just reopened their doors, demonstrating their determination to promote the Vietnam-Indonesia strategic partnership, especially when the two sides are set to celebrate the 10th anniversary of the establishment of this partnership in 2023."),
        # Not rows: Son "conveyed to President Widodo the greetings of ... Nguyen Phu Trong,
        # President Nguyen Xuan Phuc, Prime Minister Pham Minh Chinh" (greetings conveyed, the
        # three are not present); the congratulations (statements); G20, the SEA Games and JCBC-3
        # (events). "(Photo: VNA)" is a photo credit and "Jakarta (VNA) -" the agency credit (not
        # annotated). Removed: the search tool's " date 2022-07-20" prefix and the last, cut-off
        # sentence ("Son said that at the JCBC-4 meeting, he and his Indonesian counterpart Retno
        # Marsudi would review ... to effectively carry out the Action Programme to impl"), which
        # would have restated the planned JCBC-4 meeting.
    ],
    roles=[("Vietnamese Minister of Foreign Affairs", "bui_thanh_son"), ("Indonesian President", "joko_widodo"),
           ("Indonesian counterpart", "retno_marsudi"), ("The Vietnamese diplomat", "bui_thanh_son"),
           ("The President", "joko_widodo"), ("Party General Secretary", "nguyen_phu_trong"),
           ("Vietnamese FM", "bui_thanh_son")],
)

A["test_7603_mirziyoyev_tokayev_call"] = dict(
    actors={
        "shavkat_mirziyoyev": ["Shavkat Mirziyoyev"],
        "kassym_jomart_tokayev": ["Kassym-Jomart Tokayev"],
    },
    meetings=[
        # "On July 24, President ... Shavkat Mirziyoyev held a telephone conversation with
        # Kassym-Jomart Tokayev" (the headline's "talk over the phone") -> phone, held,
        # 2021-07-24, place null.
        M(["shavkat_mirziyoyev", "kassym_jomart_tokayev"], "2021-07-24", None, PH, H,
          "On July 24, President of the Republic of Uzbekistan Shavkat Mirziyoyev held a telephone conversation with Kassym-Jomart Tokayev, President of the Republic of Kazakhstan."),
        # Not rows: "the schedule for the preparation of the upcoming bilateral and multilateral
        # events at the highest level" (no specific bilateral meeting), "the Consultative Meeting
        # of the Heads of State of Central Asia in early August in Turkmenistan" (multilateral,
        # no named participants), the Tashkent International Conference (an event); the birthday
        # congratulations (within the call). Removed: the site header ("The Government portal of
        # the", "Republic of Uzbekistan") and the agency tag at the end ("Source: UzA"). The date
        # line "2021-07-24 | Politics" is kept.
    ],
    roles=[("President of the Republic of Uzbekistan", "shavkat_mirziyoyev"),
           ("President of the Republic of Kazakhstan", "kassym_jomart_tokayev"),
           ("The President of Kazakhstan", "kassym_jomart_tokayev"), ("the President of Uzbekistan", "shavkat_mirziyoyev")],
)

A["dev_7604_bachelet_kirchner_mendoza"] = dict(
    actors={
        "michelle_bachelet": ["Michele Bachelet", "Bachelet"],
        "nestor_kirchner": ["Néstor Kirchner", "Kirchner"],
        "jorge_taiana": ["Jorge Taina"],
        "alberto_fernandez": ["Alberto Fernández"],
        "julio_de_vido": ["Julio de Vido"],
        "cristina_fernandez_de_kirchner": ["Cristina Fernández"],
        "eduardo_bitran": ["Eduardo Bitrán"],
        "luis_maira": ["Luis Maira"],
        "alberto_van_klaveren": ["Alberto Van Klaveren", "Van Klaveren"],
        "alejandro_foxley": ["Alejandro Foxley", "Foxley"],
        "united_nations_general_assembly": ["General Assembly of the United Nations"],
    },
    meetings=[
        # "Bachelet met with Argentine President Néstor Kirchner on Tuesday in Mendoza" (the
        # headline; "Tuesday's meeting": the same) -> held, 2006-09-12, Mendoza.
        M(["michelle_bachelet", "nestor_kirchner"], "2006-09-12", "Mendoza", IP, H,
          "President Michele Bachelet met with Argentine President Néstor Kirchner on Tuesday in Mendoza to finalize matters related to a proposed new trans-Andean train."),
        # Not rows: "Kirchner was accompanied by ... Jorge Taina, ... Alberto Fernández, and ...
        # Julio de Vido. Also accompanying the President was his wife, Sen. Cristina Fernández";
        # "Accompanying Bachelet were ... Eduardo Bitrán, ... Luis Maira, and ... Alberto Van
        # Klaveren" (accompanying: not participants, no pair rows); Van Klaveren "in Buenos Aires
        # last Friday for a conference with the Chilean consulate and to arrange Tuesday's
        # meeting" (no named counterpart); Foxley's "G-20 meeting in Rio de Janeiro" and the UN
        # General Assembly (multilateral); "He has been in Washington since Tuesday" (no
        # counterpart); the quotations (statements). "Jorge Taina" is kept as written (key
        # `jorge_taiana`), "Michele" likewise. Removed: the site header ("MercoPress, en
        # Español", "Montevideo, November 23rd 2024 - 07:38 UTC" and blank lines), the widget
        # line "Full article" below the date line, and the last, cut-off paragraph ("It was
        # during the last gas impasse - ... in last July's Bachelet-K").
    ],
    roles=[("Argentine President", "nestor_kirchner"), ("his foreign secretary", "jorge_taiana"),
           ("his cabinet chief", "alberto_fernandez"), ("his planning minister", "julio_de_vido"),
           ("his wife", "cristina_fernandez_de_kirchner"), ("Public Works Minister", "eduardo_bitran"),
           ("Chilean ambassador to Argentine", "luis_maira"), ("Foreign Relations Undersecretary", "alberto_van_klaveren"),
           ("Foreign Minister", "alejandro_foxley"), ("the President", "nestor_kirchner")],
)

_JO = ("While their husbands were busy discussing their nations’ more practical issues, Jihan Sadat and Ofira Navon also held what they termed “a pleasant and interesting meeting.”")
A["dev_7605_sadat_navon_cultural_exchange"] = dict(
    actors={
        "anwar_sadat": ["Anwar Sadat", "Sadat"],
        "yitzhak_navon": ["Yitzhak Navon", "Navon", "President Navon"],
        "jihan_sadat": ["Jihan Sadat", "Mrs. Sadat"],
        "ofira_navon": ["Ofira Navon"],
    },
    meetings=[
        # "Sadat ... and ... Navon ... decided this afternoon ... following a meeting between the
        # two leaders at the Dan Carmel Hotel here" ("the talk", "the discussion with President
        # Navon": the same) -> held, 1979-09-05 ("this afternoon" against the bulletin's date),
        # place null (the hotel is named without a city and the excerpt has no dateline; not
        # resolved from background knowledge).
        M(["anwar_sadat", "yitzhak_navon"], "1979-09-05", None, IP, H,
          "President Anwar Sadat of Egypt and President Yitzhak Navon of Israel decided this afternoon to begin an extensive cultural exchange, including the admission of Israeli archaeologists to. Egypt."),
        # "Jihan Sadat and Ofira Navon also held what they termed "a pleasant and interesting
        # meeting"" -> held, 1979-09-05 ("While their husbands were busy": the same afternoon),
        # place null; required False (the leaders' spouses, not office-holders).
        M(["jihan_sadat", "ofira_navon"], "1979-09-05", None, IP, H, _JO, False),
        # Not rows: "hope we will have more opportunities to speak together in the future" and
        # "more opportunities to meet" (hopes, no specific meeting); "did not invite his Israeli
        # counterpart for a visit to Egypt" / "such an invitation will be forthcoming" (no
        # invitation made); "she wants to meet "the people and the children"" (unnamed).
        # "to. Egypt" is kept as it stands. Removed: the site line "Search JTA's historical
        # archive dating back to 1923", the widget lines "See Original Daily Bulletin From This
        # Date" and "Advertisement" below the date line, and the last, cut-off fragment ("Both
        # women expresse").
    ],
    roles=[("the Egyptian leader", "anwar_sadat"), ("his Israeli counterpart", "yitzhak_navon")],
)

A["dev_7606_modi_mahinda_rajapaksa_call"] = dict(
    actors={
        "narendra_modi": ["Narendra Modi", "Modi", "PM Modi"],
        "mahinda_rajapaksa": ["Mahinda Rajapaksa", "Rajapaksa", "Rajapaska"],
        "prime_ministers_office_india": ["Prime Minister's Office", "PMO"],
        "parliament_of_sri_lanka": ["Parliament of Sri Lanka"],
        "arumugan_thondaman": ["Arumugan Thondaman"],
    },
    meetings=[
        # "Modi on Wednesday spoke to his Sri Lankan counterpart Mahinda Rajapaksa" ("spoke today",
        # "On the phone call", "the telephonic interaction": the same) -> phone, held,
        # 2020-05-27, place null (the "New Delhi:" dateline is the story's, not the call's).
        M(["narendra_modi", "mahinda_rajapaksa"], "2020-05-27", None, PH, H,
          "New Delhi: At this time of corona crisis, Prime Minister Narendra Modi on Wednesday spoke to his Sri Lankan counterpart Mahinda Rajapaksa and discussed the health and economic impact of the prevailing COVID-19 pandemic."),
        # Not rows: the PMO's updates (statements); the condolences on Thondaman's death "on
        # Tuesday" (within the call; no meeting with him). "Rajapaska" is kept as written.
        # Removed: the search tool's " date 2020-05-27" prefix and the related-link widget at the
        # end of the first paragraph ("Also Read - Sri Lanka Pacer Shehan Madushanka Detained
        # For Drug Possession").
    ],
    roles=[("his Sri Lankan counterpart", "mahinda_rajapaksa"), ("Prime Minister of Sri Lanka", "mahinda_rajapaksa"),
           ("Prime Minister", "narendra_modi")],
)

A["test_7607_trump_putin_cancelled"] = dict(
    actors={
        "donald_trump": ["Donald Trump", "Trump", "President Trump"],
        "vladimir_putin": ["Vladimir Putin", "Putin", "President Putin"],
        "twitter": ["Twitter"],
        "us_congress": ["Congress"],
    },
    meetings=[
        # No rows. "Trump on Thursday cancelled his planned meeting with President Vladimir Putin"
        # (a cancelled meeting: not a row, as test_611); "where he had planned to meet with the
        # Russian leader" and the tweet's "my previously scheduled meeting in Argentina" (the same
        # cancelled meeting); "I probably will be meeting with President Putin" (said before the
        # cancellation, superseded by it); "I look forward to a meaningful Summit again" (no
        # specific meeting); "the Group of 20 meeting" (multilateral); "his U.N. ambassador"
        # (unnamed); "Members of Congress ... had called on Trump" (a call for action, not a
        # meeting). The caption's photo credit "( BRENDAN SMIALOWSKI / AFP/GETTY IMAGES )" is
        # kept in the text and not annotated. Removed: the search tool's " date 2018-11-29"
        # prefix, the widget line "Article Continued Below" (between the third and fourth
        # paragraphs) and the last, cut-off fragment ("The two leaders were to get").
    ],
    roles=[("the Russian leader", "vladimir_putin"), ("President Vladimir Putin of Russia", "vladimir_putin")],
)

A["dev_7608_howard_yudhoyono_bali"] = dict(
    actors={
        "john_howard": ["John Howard", "Mr Howard"],
        "susilo_bambang_yudhoyono": ["Susilo Bambang Yudhoyono", "President Yudhoyono"],
        "warren_truss": ["Warren Truss"],
    },
    meetings=[
        # "Mr Howard is to hold talks with President Susilo Bambang Yudhoyono, who will fly to
        # the island" ("will today meet with the Indonesian President", "has arrived on ... Bali,
        # where he will meet with the Indonesian President": the same) -> planned, 2007-07-27
        # ("today"), Bali (the island: the most specific named locality).
        M(["john_howard", "susilo_bambang_yudhoyono"], "2007-07-27", "Bali", IP, P,
          "Mr Howard is to hold talks with President Susilo Bambang Yudhoyono, who will fly to the island from South Korea, where he has paid an official visit this week."),
        # Not rows: Yudhoyono's "official visit" to South Korea "this week" and "Warren Truss
        # visited Indonesia last month" (visits with no host named); the trade ministers'
        # recommendation (unnamed); "a statement from the Australian embassy" (a statement; the
        # embassy is not annotated as an actor). The article has no held meeting. Removed: the
        # site line "Skip to main content", the empty date widget "Posted , updated", the
        # duplicated caption with its photo credit ("Prime Minister John Howard will today meet
        # with the Indonesian President. (File photo)(Tara Ravens: AAP)"), the widget line "Help
        # keep family & friends informed by sharing this article" and the last, cut-off sentence
        # ("The most recent incident saw Jakarta's infuriated governor receive a").
    ],
    roles=[("Prime Minister", "john_howard"), ("the Indonesian President", "susilo_bambang_yudhoyono"),
           ("Australian Trade Minister", "warren_truss")],
)

A["dev_7609_nakasone_reagan_camp_david"] = dict(
    actors={
        "yasuhiro_nakasone": ["Yasuhiro Nakasone", "Nakasone"],
        "ronald_reagan": ["President Reagan", "Reagan"],
        "reagan_administration": ["Administration"],
    },
    meetings=[
        # "Nakasone gave President Reagan a tiny Japanese television set on Sunday and then
        # pledged ..." ("the talks at Camp David, Md.", "Before the talks": the same) -> held,
        # 1986-04-13, Camp David.
        M(["yasuhiro_nakasone", "ronald_reagan"], "1986-04-13", "Camp David", IP, H,
          "Japanese Prime Minister Yasuhiro Nakasone gave President Reagan a tiny Japanese television set on Sunday and then pledged to pump up consumer demand in his own country and slash its $52-billion trade surplus with the United States, according to a senior Administration official."),
        # "The two leaders are scheduled to hold another round of talks at the White House
        # today" -> planned, 1986-04-14, Washington (White House -> Washington).
        M(["yasuhiro_nakasone", "ronald_reagan"], "1986-04-14", "Washington", IP, P,
          "The two leaders are scheduled to hold another round of talks at the White House today."),
        # Not rows: the unnamed official "who sat in on the talks" (unnamed, not a participant);
        # "He briefed reporters at the White House" (a briefing). "the White House was not
        # disappointed" is the government as a source (not annotated separately). Removed: the
        # widget lines "Advertisement" (at the start, twice in the body and at the end), "Share"
        # and the byline "Times Staff Writer" below the headline.
    ],
    roles=[("Japanese Prime Minister", "yasuhiro_nakasone"), ("the President", "ronald_reagan"),
           ("the Japanese leader", "yasuhiro_nakasone")],
)

A["dev_7610_trudeau_pena_nieto_mexico_city"] = dict(
    actors={
        "justin_trudeau": ["Justin Trudeau", "Trudeau"],
        "enrique_pena_nieto": ["Pena Nieto"],
        "senate_of_mexico": ["Senate"],
    },
    meetings=[
        # "The two men spent close to two hours discussing a range of issues on Thursday at
        # Mexico City’s historic National Palace, followed by a state dinner" (the leaders "said
        # ... Thursday": the same) -> held, 2017-10-12, Mexico City.
        M(["justin_trudeau", "enrique_pena_nieto"], "2017-10-12", "Mexico City", IP, H,
          "The two men spent close to two hours discussing a range of issues on Thursday at Mexico City’s historic National Palace, followed by a state dinner in Trudeau’s honour."),
        # "Pena Nieto’s trip to Ottawa in June 2016" -> a visit whose meeting with Trudeau is
        # implied ("That trip solved many long-standing diplomatic irritants between the two
        # countries"), not stated -> held, date null (month only), Ottawa; required False (as
        # dev_041's visit to Washington).
        M(["enrique_pena_nieto", "justin_trudeau"], None, "Ottawa", IP, H,
          "The prime minister’s quick visit follows Pena Nieto’s trip to Ottawa in June 2016.", False),
        # Not rows: "a speech to the country’s Senate" (a speech); "talks to rewrite the North
        # American Free Trade Agreement" (negotiations between governments, no named
        # negotiators); "aggressive U.S. proposals" (a government). Removed: the section label
        # "Canada News" at the start; nothing at the end (the excerpt ends on a full sentence).
    ],
    roles=[("Prime Minister", "justin_trudeau"), ("The prime minister", "justin_trudeau")],
)

A["test_7611_abdullah_abbas_amman"] = dict(
    actors={
        "abdullah_ii": ["King Abdullah II", "King Abdullah"],
        "mahmoud_abbas": ["Mahmoud Abbas", "Mr Abbas"],
        "joe_biden": ["Joe Biden", "Mr Biden"],
        "gcc": ["GCC"],
    },
    meetings=[
        # "King Abdullah II met Palestinian President Mahmoud Abbas in Amman on Sunday" ("The
        # meeting": the same) -> held, 2022-07-24, Amman.
        M(["abdullah_ii", "mahmoud_abbas"], "2022-07-24", "Amman", IP, H,
          "Jordan's King Abdullah II met Palestinian President Mahmoud Abbas in Amman on Sunday and told him the kingdom was against any Middle East moves that could exclude Palestinians, official media reported."),
        # "Mr Biden met Mr Abbas in Bethlehem on July 15" (inside a link anchor, kept verbatim)
        # -> held, 2022-07-15, Bethlehem.
        M(["joe_biden", "mahmoud_abbas"], "2022-07-15", "Bethlehem", IP, H,
          "Mr Biden <a href=\"https://www.thenationalnews.com/mena/2022/07/15/plo-not-terrorists-abbas-tells-biden-during-visit-to-east-jerusalem/\" target=\"_blank\">met Mr Abbas in Bethlehem on July 15 </a>and pledged $100 million in extra aid to the Palestinians, but did not offer any new peace plan."),
        # "The king told him last month that Jordan was working to put the Palestinian issue at
        # the top of the agenda" -> an earlier exchange between the two, occasion and mode not
        # given -> held, date null ("last month"), place null; required False (as dev_7409's
        # earlier agreement with Voronin).
        M(["abdullah_ii", "mahmoud_abbas"], None, None, IP, H,
          "The king told him last month that Jordan was working to put the Palestinian issue at the top of the agenda for the Jeddah summit.", False),
        # Not rows: Biden "visited the region and met Arab leaders" (unnamed); "he told leaders
        # of the GCC, Jordan, Egypt and Iraq in Jeddah" (a multilateral meeting, leaders
        # unnamed); "where he regularly meets King Abdullah" (a habit, no specific meeting); "the
        # Jeddah summit" (multilateral); "the official Jordanian news agency said" (unnamed
        # source). The HTML link anchors are kept verbatim (the excerpt as returned). Nothing
        # was removed (the excerpt is one paragraph and ends on a full sentence).
    ],
    roles=[("Palestinian President", "mahmoud_abbas"), ("US President", "joe_biden"), ("The king", "abdullah_ii")],
)

A["dev_7612_scholz_macron_potsdam"] = dict(
    actors={
        "olaf_scholz": ["Olaf Scholz", "Scholz"],
        "emmanuel_macron": ["Emmanuel Macron", "Macron"],
        "spd": ["SPD"],
        "european_commission": ["EU Commission"],
    },
    meetings=[
        # "Olaf Scholz (SPD) met French President Emmanuel Macron for dinner ... in his home town
        # of Potsdam" ("on Tuesday", the walk, "Their dinner in Potsdam": the same) -> held,
        # 2023-06-06, Potsdam.
        M(["olaf_scholz", "emmanuel_macron"], "2023-06-06", "Potsdam", IP, H,
          "German Chancellor Olaf Scholz (SPD) met French President Emmanuel Macron for dinner in a friendly atmosphere in his home town of Potsdam."),
        # "Macron and Scholz had seen each other only last week at the European summit in Moldova,
        # where they launched a joint attempt to mediate" -> an encounter at a summit with a joint
        # initiative: held, date null ("last week"), Moldova; required False (a meeting on the
        # summit's margins is implied, not stated).
        M(["emmanuel_macron", "olaf_scholz"], None, "Moldova", IP, H,
          "Macron and Scholz had seen each other only last week at the European summit in Moldova, where they launched a joint attempt to mediate in the conflict in northern Kosovo.", False),
        # Not rows: "the delegations of both countries were also there" (unnamed); "A joint
        # cabinet meeting even had to be postponed" (postponed, unnamed); "At the 60th
        # anniversary of the Élysée Treaty ... in Paris in January, both sides tried to turn the
        # corner" (the sides, no named meeting); "The joint Council of Ministers was rescheduled"
        # (unnamed, no date). Removed: the widget words "Zoom Image" at the start and the last,
        # cut-off sentence ("The fact that the Chancellor invited the French President to
        # Potsdam – practically to his home – can be understood"). The caption "Embrace in
        # Potsdam: Federal Chancellor Scholz and French President Macron" is kept.
    ],
    roles=[("German Chancellor", "olaf_scholz"), ("French President", "emmanuel_macron"),
           ("Federal Chancellor", "olaf_scholz"), ("the chancellor", "olaf_scholz"), ("president", "emmanuel_macron")],
)
