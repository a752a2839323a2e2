"""Accuracy corpus, batch 48b: 12 new articles about meetings between political actors, all
published in EVEN years (another helper takes odd years), from the 1960s, 1980s, 1990s, 2000s,
2010s and 2020s (1960s: one, 1980s: one, 1990s: three, 2000s: two, 2010s: two, 2020s: three; five
of the twelve from before 2000, as the brief asked), over eleven regions (Middle East: two; East
Asia, Western Europe, Central Asia/Caucasus, Africa, Eastern Europe/Russia, Oceania, South Asia,
Southeast Asia, Latin America, North America: one each).
Outlets/sites: People's Daily Online (en.people.cn), The Christian Science Monitor
(csmonitor.com), Radio Free Europe/Radio Liberty (rferl.org), The National (thenationalnews.com),
The Baltimore Sun (articles.baltimoresun.com), the Chicago Tribune (articles.chicagotribune.com),
One PNG (onepng.com), Oneindia (oneindia.com), the Taipei Times (taipeitimes.com), Dominican Today
(dominicantoday.com), KPBS (kpbs.org) and Time (the archive text mirror at softbeam.net).
thenationalnews.com, onepng.com, dominicantoday.com and kpbs.org are new to the corpus as sites (as
far as `sources.csv` and the batch files show); the other sites were used before, the pages and
the meetings are new.
Collected with the `search` tool (corpus `pages`) and annotated from the texts alone, BEFORE the
package was run on them (the package has not been run, imported or read for this batch).
Conventions: ANNOTATION.md and /work/shared/ANNOTATION-GUIDE.md. Notes: batch_48b_NOTES.md.

Split rule (fixed before annotating, as given in the brief for this batch, the same as batches
5a-47b): the articles are numbered 1..12 in the order they were first found in this session's
search results (the query in which each first appeared, then its rank in that query), after
skipping pages already in the corpus and meetings already in it; positions 3, 7 and 11 are test,
all others dev. Ids: `dev_95NN_<slug>` / `test_95NN_<slug>`, NN = collection position (01..12).

M(participants, date, place, kind, status, evidence, required=True)
Evidence is the verbatim sentence (line breaks inside it replaced by single spaces).
Aliases are written as they stand in the text (typos included).
"""


from annotations import H, IP, M, P, PH, VID  # noqa: F401 (the same row helpers)

# (article_id, region, decade, outlet, url, published)
ARTICLES = [
    # The page's date line "Tuesday, October 17, 2000, updated at 17:54(GMT+8)" (2000-10-17 is a
    # Tuesday; the URL's 200010/17 agrees): "arrived in Seol Tuesday evening" = 2000-10-17 (an
    # arrival, no row); the meetings he "is scheduled" to hold are given no day -> no date; the
    # ASEM "scheduled for Friday and Saturday" (2000-10-20/21) is a multilateral meeting -> no row.
    ("dev_9501_zhu_rongji_seoul_arrival", "East Asia", "2000s", "People's Daily Online (en.people.cn)", "http://en.people.cn/english/200010/17/eng20001017_52871.html", "2000-10-17"),
    # No date line in the excerpt; the URL's 1988/0202 (1988-02-02, a Tuesday): "this weekend's
    # meeting" = the weekend of 30-31 January (a Saturday and a Sunday, checked), a range -> no
    # date; "By Monday" (1988-02-01) dates a report of what Ozal said, not a meeting.
    ("dev_9502_ozal_papandreou_davos_spirit", "Western Europe", "1980s", "The Christian Science Monitor (csmonitor.com)", "https://csmonitor.com/1988/0202/odavos.html", "1988-02-02"),
    # The date line "Moscow, 6 May 1998 (RFE/RL)" (1998-05-06, a Wednesday): "agreed today",
    # "spoke today by telephone" and "met ... today at the start of an official visit to
    # Bishkek" -> 1998-05-06; "Yeltsin's visit to Uzbekistan in October" -> month only, no date.
    ("test_9503_karimov_yeltsin_rakhmonov_troika", "Central Asia/Caucasus", "1990s", "Radio Free Europe/Radio Liberty (rferl.org)", "https://rferl.org/a/1088558.html", "1998-05-06"),
    # No date line in the excerpt; the URL's 2022/10/04 (a Tuesday): "talks in Oman on Tuesday" =
    # 2022-10-04 (the day of publication, checked); the airport welcome is given no day.
    ("dev_9504_abdullah_haitham_muscat", "Middle East", "2020s", "The National (thenationalnews.com)", "https://www.thenationalnews.com/mena/jordan/2022/10/04/jordans-king-abdullah-arrives-in-oman-on-official-visit", "2022-10-04"),
    # The date line "November 17, 1990" (a Saturday; the URL's 1990-11-17 agrees): "told a U.S.
    # congressional delegation yesterday" = 1990-11-16 (a Friday, checked), the day of the
    # delegation's meeting in Maputo.
    ("dev_9505_chissano_mikulski_maputo", "Africa", "1990s", "The Baltimore Sun (articles.baltimoresun.com)", "http://articles.baltimoresun.com/1990-11-17/news/1990321010_1_mozambique-south-africa-delegation", "1990-11-17"),
    # The date line "November 09, 1990" (a Friday; the URL's 1990-11-09 agrees): "Before meeting
    # with Mazowiecki for five hours on Thursday" = 1990-11-08 (a Thursday, checked); Gorbachev's
    # visit to Bonn "on Friday" (1990-11-09) has no host named -> no row.
    ("dev_9506_kohl_mazowiecki_frankfurt_oder", "Eastern Europe/Russia", "1990s", "Chicago Tribune (articles.chicagotribune.com)", "http://articles.chicagotribune.com/1990-11-09/news/9004020850_1_border-treaty-german-elections-tadeusz-mazowiecki", "1990-11-09"),
    # No date line in the excerpt; the search tool's date field 2024-08-21 (removed with its
    # prefix; a Wednesday), which the URL's 2024/08 fits: the "five-hour visit" is given no day
    # -> no date; the courtesy call and the Leaders Dialogue "in Jakarta in July" -> month only,
    # no date; the inauguration "scheduled for October this year" -> no row (a ceremony).
    ("test_9507_marape_prabowo_port_moresby", "Oceania", "2020s", "One PNG (onepng.com)", "https://www.onepng.com/2024/08/pm-marape-and-indonesian-president.html", "2024-08-21"),
    # No date line in the excerpt; the search tool's date field 2018-04-07 (removed with its
    # prefix; a Saturday), which the text's "today (April 7)" confirms: the ceremonial welcome
    # "today" = 2018-04-07; "met ... on Friday evening" = 2018-04-06 (the text's "Friday, April
    # 6"; a Friday, checked); "delegation-level talks on Saturday" = 2018-04-07.
    ("dev_9508_oli_modi_kovind_delhi", "South Asia", "2010s", "Oneindia (oneindia.com)", "https://www.oneindia.com/india/friendship-is-most-important-particularly-with-india-nepal-pm-oli-2673325.html", "2018-04-07"),
    # No date line in the excerpt; the URL's 2022/09/06 (a Tuesday): "yesterday" = 2022-09-05 (a
    # Monday, checked), the day of the talks and the joint news conference the lede reports;
    # "arrived in Jakarta on Sunday" = 2022-09-04 (an arrival, no row); Manalo's "separate
    # talks" are given no day -> no date.
    ("dev_9509_marcos_widodo_bogor", "Southeast Asia", "2020s", "Taipei Times (taipeitimes.com)", "https://www.taipeitimes.com/News/world/archives/2022/09/06/2003784856", "2022-09-06"),
    # The date line "November 17, 2012 | 8:47 am" (a Saturday; the URL's 2012/11/17 agrees): the
    # meeting "hours before the opening of the XXII Summit" is given no day -> no date; the visit
    # to Haiti "in January" and the ACS meeting "in April" -> month only.
    ("dev_9510_medina_martelly_cadiz", "Latin America", "2010s", "Dominican Today (dominicantoday.com)", "https://dominicantoday.com/dr/local/2012/11/17/medina-accepts-martellys-invitation-to-visit-haiti-3/", "2012-11-17"),
    # No date line in the excerpt; the URL's 2008/11/10 (a Monday) and the caption's "Nov. 10,
    # 2008": "at the White House on Monday" = 2008-11-10; the caption's Clinton-Bush meeting "Dec.
    # 19, 2000" -> 2000-12-19 (a Tuesday); the summit "in September" -> month only, no date.
    ("test_9511_bush_obama_white_house", "North America", "2000s", "KPBS (kpbs.org)", "https://www.kpbs.org/news/national/2008/11/10/bush-obama-meet-at-white-house", "2008-11-10"),
    # The date line "Friday, Jan. 24, 1964" (a Friday; Time's cover date; the URL's
    # Time1964/1964-01-24 agrees): the encounters at the Cairo summit "last week" -> no date.
    ("dev_9512_nasser_arab_summit_cairo", "Middle East", "1960s", "Time (archive mirror at softbeam.net)", "http://softbeam.net/txt/time/Time1964/1964-01-24/875661.html", "1964-01-24"),
]

A = {}

_ZHU = "The Chinese premier is scheduled to meet President Kim Dae-jung, Prime Minister Lee Han-dong, Speaker of the National Assembly Lee Man-sue and other senior political and business leaders."
A["dev_9501_zhu_rongji_seoul_arrival"] = dict(
    actors={
        "zhu_rongji": ["Chinese Premier Zhu Rongji", "Zhu Rongji", "Zhu"],
        "kim_dae_jung": ["President Kim Dae-jung", "Kim Dae-jung"],
        # New key.
        "lee_han_dong": ["Prime Minister Lee Han-dong", "Lee Han-dong"],
        # "Speaker of the National Assembly Lee Man-sue": the Speaker Lee Man-sup, written
        # "Lee Man-sue" (kept as written; new key under the name's usual spelling).
        "lee_man_sup": ["Lee Man-sue"],
        "national_assembly_south_korea": ["National Assembly"],
        "european_union": ["European Union"],
        "european_commission": ["European Commission"],
        # New key.
        "romano_prodi": ["Romano Prodi"],
    },
    meetings=[
        # "The Chinese premier is scheduled to meet President Kim Dae-jung, Prime Minister Lee
        # Han-dong, Speaker of the National Assembly Lee Man-sue and other senior political and
        # business leaders." -> three separate planned meetings (one row per named host), date
        # null (no day given), Seoul (the city of "his stay"; a reader could write South Korea;
        # see the notes).
        M(["zhu_rongji", "kim_dae_jung"], None, "Seoul", IP, P, _ZHU),
        M(["zhu_rongji", "lee_han_dong"], None, "Seoul", IP, P, _ZHU),
        M(["zhu_rongji", "lee_man_sup"], None, "Seoul", IP, P, _ZHU),
        # Not rows: "other senior political and business leaders" and "South Koreans from all
        # walks of life" (unnamed); the "written statement distributed at Sonan Airport" (a
        # statement); the Third Asia-Europe Meeting (ASEM) "scheduled for Friday and Saturday"
        # and the discussion there "with the leaders from nine other Asian countries and 15
        # European Union member states as well as the president of the European Commission,
        # Romano Prodi" (a multilateral meeting, no bilateral with Prodi stated); "his six-day
        # official visit" to Japan (no host named). ASEM is a meeting (an event), not an actor.
        # "Seol" (a typo for Seoul) is kept as written. Removed: at the start, the site's header
        # and menu lines ("Help | Sitemap | Archive | Advanced Search | Mirror in USA", "Message
        # Board" ... "Edu-Net Mirror"); at the end, the "In This Section" box (which repeats the
        # lede), "Advanced Search" and the copyright line "Copyright by People's Daily Online,
        # all rights reserved". The date line "Tuesday, October 17, 2000, updated at
        # 17:54(GMT+8)" is kept, as it carries the date.
    ],
    roles=[("The Chinese premier", "zhu_rongji"), ("Chinese Premier", "zhu_rongji"),
           ("Speaker of the National Assembly", "lee_man_sup"),
           ("the president of the European Commission", "romano_prodi")],
)

A["dev_9502_ozal_papandreou_davos_spirit"] = dict(
    actors={
        "turgut_ozal": ["Turgut Ozal", "Mr. Ozal"],
        "andreas_papandreou": ["Andreas Papandreou"],
    },
    meetings=[
        # "the first ever talks between Prime Ministers Turgut Ozal and Andreas Papandreou" (the
        # first sentence's "this weekend's meeting between the leaders of Turkey and Greece in
        # Davos, Switzerland": the same) -> held, date null (the weekend, a range), Davos.
        M(["turgut_ozal", "andreas_papandreou"], None, "Davos", IP, H,
          "``We have to maintain cautious optimism over the Davos spirit,'' says one Turkish official, referring to the first ever talks between Prime Ministers Turgut Ozal and Andreas Papandreou."),
        # Not rows: "By Monday, Mr. Ozal was already reported to have told his Greek counterpart
        # that he would cancel a 1964 decree" (a reported message, its form not given; see the
        # notes); the agreed "exchanges of visits", "annual summit meetings" and "a direct
        # telephone ``hot-line''" (general arrangements, no specific meeting); "one Turkish
        # official", "a Western observer", "a senior Turkish official" (unnamed). The
        # typewriter quotes (``...'') are kept as they stand. Nothing removed: the excerpt is the
        # whole stored text (headline, the dateline line "| Istanbul", body).
    ],
    roles=[("his Greek counterpart", "andreas_papandreou")],
)

_BISHKEK = "Rakhmonov, meanwhile, met with Kyrgyz President Askar Akayev and Prime Minister Kubanychbek JumAliyev today at the start of an official visit to Bishkek."
A["test_9503_karimov_yeltsin_rakhmonov_troika"] = dict(
    actors={
        "islam_karimov": ["Uzbek President Islam Karimov", "Islam Karimov", "Karimov"],
        "boris_yeltsin": ["Russian President Boris Yeltsin", "Boris Yeltsin", "Yeltsin"],
        "emomali_rahmon": ["Tajik President Emomali Rakhmonov", "Emomali Rakhmonov", "Rakhmonov"],
        "askar_akayev": ["Kyrgyz President Askar Akayev", "Askar Akayev", "Akayev"],
        # New key; the text writes "JumAliyev" (kept as written).
        "kubanychbek_jumaliyev": ["Prime Minister Kubanychbek JumAliyev", "Kubanychbek JumAliyev"],
    },
    meetings=[
        # "Uzbek President Islam Karimov and Russian President Boris Yeltsin agreed today to form a
        # three-nation partnership" ("Karimov said", "They also signed an agreement": the talks
        # in Moscow of the date line) -> held, 1998-05-06, Moscow (see the notes).
        M(["islam_karimov", "boris_yeltsin"], "1998-05-06", "Moscow", IP, H,
          "Moscow, 6 May 1998 (RFE/RL) - Uzbek President Islam Karimov and Russian President Boris Yeltsin agreed today to form a three-nation partnership to bolster peace in the Central Asian region."),
        # "a 10-year cooperation agreement to be signed during Yeltsin's visit to Uzbekistan in
        # October" -> planned, date null (month only), Uzbekistan; required False (the host of
        # the visit is implied by the agreement of the two, not stated).
        M(["boris_yeltsin", "islam_karimov"], None, "Uzbekistan", IP, P,
          "Yeltsin and Karimov also agreed on a 10-year cooperation agreement to be signed during Yeltsin's visit to Uzbekistan in October.",
          False),
        # "Yeltsin said he spoke today by telephone with Tajik President Emomali Rakhmonov" ->
        # phone, held, 1998-05-06, place null.
        M(["boris_yeltsin", "emomali_rahmon"], "1998-05-06", None, PH, H,
          "Yeltsin said he spoke today by telephone with Tajik President Emomali Rakhmonov, who agreed to the troika."),
        # "Rakhmonov, meanwhile, met with Kyrgyz President Askar Akayev and Prime Minister
        # Kubanychbek JumAliyev today at the start of an official visit to Bishkek." (the joint
        # declaration "Rakhmonov and Akayev signed": the same) -> the visitor with each host,
        # held, 1998-05-06, Bishkek (as dev_032's "met X and Y"); the two hosts' pair required
        # False (the same government, as the same-delegation pairs of earlier batches).
        M(["emomali_rahmon", "askar_akayev"], "1998-05-06", "Bishkek", IP, H, _BISHKEK),
        M(["emomali_rahmon", "kubanychbek_jumaliyev"], "1998-05-06", "Bishkek", IP, H, _BISHKEK),
        M(["askar_akayev", "kubanychbek_jumaliyev"], "1998-05-06", "Bishkek", IP, H, _BISHKEK, False),
        # Not rows: "the troika of Russia, Uzbekistan and Tajikistan" (states); "Our
        # correspondent" (unnamed); "Rakhmonov said" (a statement); the peace agreement and the
        # clashes (events). "(RFE/RL)" in the date line is the agency credit (not annotated).
        # Removed: at the start, the site lines "Accessibility links" and "Breaking News"; at the
        # end, the font-size widget ("XS", "SM", "MD", "LG"). The lede's missing full stop
        # ("extremism in the region") is kept as it stands.
    ],
    roles=[("Uzbek President", "islam_karimov"), ("Russian President", "boris_yeltsin"),
           ("Tajik President", "emomali_rahmon"), ("Kyrgyz President", "askar_akayev")],
)

A["dev_9504_abdullah_haitham_muscat"] = dict(
    actors={
        "abdullah_ii": ["King Abdullah II", "King Abdullah"],
        "haitham_bin_tariq": ["Sultan Haitham bin Tariq", "Sultan Haitham"],
        # "Jordan's Crown Prince Al Hussein" (new key).
        "hussein_bin_abdullah": ["Crown Prince Al Hussein"],
        # "Oman's Crown Prince Theyazin" (new key).
        "theyazin_bin_haitham": ["Crown Prince Theyazin"],
        # "Queen Rania" (new key).
        "rania_al_abdullah": ["Queen Rania"],
        # "Oman's Foreign Ministry" (new key).
        "ministry_of_foreign_affairs_oman": ["Foreign Ministry"],
        # "the Royal Guard of Oman" (new key).
        "royal_guard_of_oman": ["Royal Guard of Oman"],
    },
    meetings=[
        # "Jordan’s King Abdullah II and Sultan Haitham bin Tariq discussed regional crises in
        # talks in Oman on Tuesday." (the headline's "discuss Palestine in Muscat", "The meetings
        # were attended by ...", the airport welcome and the escort at Al Alam Palace: the same
        # pair on the same visit in Muscat, one row) -> held, 2022-10-04, Muscat.
        M(["abdullah_ii", "haitham_bin_tariq"], "2022-10-04", "Muscat", IP, H,
          "Jordan’s King Abdullah II and Sultan Haitham bin Tariq discussed regional crises in talks in Oman on Tuesday."),
        # "The royal couple were met at a private airport in Muscat by Sultan Haitham" -> the
        # Sultan with Queen Rania, held, date null (no day given), Muscat; required False (an
        # arrival welcome of the visitor's spouse, as test_001's bouquet).
        M(["haitham_bin_tariq", "rania_al_abdullah"], None, "Muscat", IP, H,
          "The royal couple were met at a private airport in Muscat by Sultan Haitham, both nations' state news agencies confirmed.",
          False),
        # Not rows: the crown princes "attended" the meetings and Queen Rania "is accompanying
        # the king" (not participants, as ANNOTATION.md's attending/accompanying people); "Omani
        # and Jordanian officials will sign" (unnamed); "they were met by the Royal Guard of
        # Oman" (a guard of honour); "the official Jordanian news agency", "Jordanian state
        # television", "both nations' state news agencies" (unnamed; not annotated).
        # "Washington" and "Tehran" stand for governments (places, not annotated). The
        # language links "• English" and "• Arabic" below the headline are kept as they stand
        # (mid-text). Removed: at the end, the cut-off last sentence ("Over the past decade,
        # security ties between Jordan and Oman have strengthened, with King Abdullah
        # praising").
    ],
    roles=[("The king", "abdullah_ii"), ("the king", "abdullah_ii"),
           ("Jordan's Crown Prince", "hussein_bin_abdullah"), ("Oman's Crown Prince", "theyazin_bin_haitham")],
)

A["dev_9505_chissano_mikulski_maputo"] = dict(
    actors={
        "joaquim_chissano": ["President Joaquim Chissano", "Joaquim Chissano", "Mr. Chissano"],
        # New keys.
        "barbara_mikulski": ["Sen. Barbara A. Mikulski", "Barbara A. Mikulski", "Senator Mikulski"],
        "patrick_leahy": ["Sen. Patrick J. Leahy", "Patrick J. Leahy"],
        "frelimo": ["Mozambique Liberation Front", "FRELIMO"],
        "renamo": ["Mozambique National Resistance", "RENAMO"],
        "senate_appropriations_committee": ["Senate Appropriations Committee"],
        "house_select_committee_on_hunger": ["House Select Committee on Hunger"],
        "house_intelligence_committee": ["House Intelligence Committee"],
        "senate_appropriations_subcommittee_on_foreign_operations": ["Subcommittee on Foreign Operations"],
    },
    meetings=[
        # "Sen. Barbara A. Mikulski, D-Md., led the delegation that met with Mr. Chissano in
        # Maputo" (the lede's "told a U.S. congressional delegation yesterday", "the meeting with
        # Mr. Chissano": the same) -> held, 1990-11-16, Maputo.
        M(["barbara_mikulski", "joaquim_chissano"], "1990-11-16", "Maputo", IP, H,
          "Sen. Barbara A. Mikulski, D-Md., led the delegation that met with Mr. Chissano in Maputo, the capital of Mozambique, during a half-day trip."),
        # Not rows: Leahy "headed" the six-nation tour (his presence at the Maputo meeting is not
        # stated; see the notes); the other delegation members (unnamed); "The government also
        # has held several meetings in Rome this year with ... RENAMO" (a count, unnamed
        # negotiators); "The delegation also visited Kenya, Uganda, Botswana and Zimbabwe"
        # (visits, no hosts named); "Senator Mikulski said in Johannesburg" (a statement).
        # "D-Md." and "D-Vt." are party-and-state tags (not annotated). The byline line
        # ("November 17, 1990|By Jerelyn Eddings | Jerelyn Eddings,Johannesburg Bureau of The
        # Sun") is kept, as it carries the date; the reporter and the paper are not annotated.
        # Removed: at the end, the archive's "Baltimore Sun Articles" line and its cut-off note
        # ("Please note the green-lined linked article te").
    ],
    roles=[("the delegation leader", "barbara_mikulski"),
           ("chairman of the appropriations panel's Subcommittee on Foreign Operations", "patrick_leahy")],
)

A["dev_9506_kohl_mazowiecki_frankfurt_oder"] = dict(
    actors={
        "helmut_kohl": ["Chancellor Helmut Kohl", "Helmut Kohl", "Kohl"],
        # New key.
        "tadeusz_mazowiecki": ["Tadeusz Mazowiecki", "Mazowiecki"],
        "mikhail_gorbachev": ["Soviet President Mikhail Gorbachev", "Mikhail Gorbachev"],
        # "his Christian Democratic Party" (Kohl's CDU; new key).
        "christian_democratic_union": ["Christian Democratic Party"],
    },
    meetings=[
        # "Before meeting with Mazowiecki for five hours on Thursday, Kohl had insisted ..."
        # ("Mazowiecki was the first foreign head of state to visit Germany since it unified":
        # the same visit) -> held, 1990-11-08, Frankfurt an der Oder (the dateline).
        M(["helmut_kohl", "tadeusz_mazowiecki"], "1990-11-08", "Frankfurt an der Oder", IP, H,
          "Before meeting with Mazowiecki for five hours on Thursday, Kohl had insisted a new border treaty with Poland could only be signed after the German elections Dec. 2."),
        # Not rows: "Soviet President Mikhail Gorbachev will visit Bonn on Friday to sign a
        # treaty of friendship and cooperation" (a visit with no host named, as 47b's visit with
        # no host; see the notes); "German and Polish negotiators" and "Negotiators" (unnamed);
        # "Kohl said Thursday" (a statement). The treaties are not actors; Germany and Poland are
        # countries. The backticks of the archive's quotes (``...``) are kept as they stand.
        # Removed: at the end, the cut-off last sentence ("``We are deeply convinced that real
        # peace will be possible only if Germans and Poles march together along this road to a
        # peaceful future"). The byline line (with "Chicago Tribune") is kept, as it carries the
        # date; the reporter and the paper are not annotated.
    ],
    roles=[("their prime minister", "tadeusz_mazowiecki"), ("Soviet President", "mikhail_gorbachev"),
           ("Chancellor", "helmut_kohl")],
)

_JAKARTA = "This visit was a continuation of the engagement initiated during Marape’s courtesy call at the Defence Ministry in Jakarta in July, which was part of the 3rd Leaders Dialogue with President Joko Widodo."
A["test_9507_marape_prabowo_port_moresby"] = dict(
    actors={
        "james_marape": ["Papua New Guinea Prime Minister James Marape", "James Marape", "Marape"],
        # "His Excellency Pabrowo Subianto": a misspelling of Prabowo, kept as written.
        "prabowo_subianto": ["Pabrowo Subianto", "Subianto"],
        "joko_widodo": ["President Joko Widodo", "Joko Widodo", "Widodo"],
        # "the Defence Ministry in Jakarta" (new key).
        "ministry_of_defence_indonesia": ["Defence Ministry"],
    },
    meetings=[
        # "Marape and his counterpart ... Pabrowo Subianto, conducted a joint press conference
        # following Subianto’s five-hour visit to Papua New Guinea." ("This visit", "Both leaders
        # reaffirmed": the same) -> held, date null (no day given), Papua New Guinea (no city in
        # the text).
        M(["james_marape", "prabowo_subianto"], None, "Papua New Guinea", IP, H,
          "Papua New Guinea Prime Minister James Marape and his counterpart President-Elect of Indonesia, His Excellency Pabrowo Subianto, conducted a joint press conference following Subianto’s five-hour visit to Papua New Guinea."),
        # "Marape’s courtesy call at the Defence Ministry in Jakarta in July" -> Marape-Subianto,
        # held, date null (month only), Jakarta; required False (the one called on is implied by
        # "the engagement" the visit continued, not named).
        M(["james_marape", "prabowo_subianto"], None, "Jakarta", IP, H, _JAKARTA, False),
        # "the 3rd Leaders Dialogue with President Joko Widodo" (of which the courtesy call in
        # Jakarta was part) -> Marape-Widodo, held, date null (month only), Jakarta.
        M(["james_marape", "joko_widodo"], None, "Jakarta", IP, H, _JAKARTA),
        # Not rows: the joint press conference (the same encounter, media); "Subianto has
        # accepted Marape’s invitation to the 50th Anniversary Celebrations of Papua New Guinea"
        # and "Marape has accepted an invitation to Subianto’s inauguration" (ceremonies to
        # attend, as 47b's inaugurations; see the notes); "ongoing discussions and leadership
        # from Marape and Widodo" (no specific meeting). Removed: at the start, the search tool's
        # date prefix (" date 2024-08-21 "); at the end, the link label "Also read". The
        # excerpt has no headline.
    ],
    roles=[("President-Elect of Indonesia", "prabowo_subianto"), ("his counterpart", "prabowo_subianto")],
)

_OLI_WELCOME = "PM Oli also met President Ram Nath Kovind and Prime Minister Narendra Modi during the ceremonial welcome."
A["dev_9508_oli_modi_kovind_delhi"] = dict(
    actors={
        "k_p_sharma_oli": ["Khadga Prasad Oli", "PM Oli", "K.P. Sharma Oli", "Prime Minister Oli",
                           "KP Sharma Oli", "Oli"],
        # New key.
        "ram_nath_kovind": ["President Ram Nath Kovind", "Ram Nath Kovind"],
        "narendra_modi": ["Prime Minister Narendra Modi", "PM Narendra Modi", "Narendra Modi", "Modi"],
        "twitter": ["Twitter"],
        # "the Left Alliance swept the elections" (Nepal's; new key).
        "left_alliance_nepal": ["Left Alliance"],
    },
    meetings=[
        # "PM Oli also met President Ram Nath Kovind and Prime Minister Narendra Modi during the
        # ceremonial welcome." ("accorded a ceremonial reception at the Rashtrapati Bhawan in
        # Delhi today (April 7)") -> two bilaterals, held, 2018-04-07, Delhi (see the notes on
        # counting a welcome where the text says "met").
        M(["k_p_sharma_oli", "ram_nath_kovind"], "2018-04-07", "Delhi", IP, H, _OLI_WELCOME),
        M(["k_p_sharma_oli", "narendra_modi"], "2018-04-07", "Delhi", IP, H, _OLI_WELCOME),
        # "The Nepalese premier met Prime Minister Narendra Modi on Friday evening" ("Modi tweeted
        # after the meeting", "his meeting with Oli at the Prime Minister's official residence in
        # Delhi": the same) -> held, 2018-04-06, Delhi.
        M(["k_p_sharma_oli", "narendra_modi"], "2018-04-06", "Delhi", IP, H,
          "The Nepalese premier met Prime Minister Narendra Modi on Friday evening ahead of delegation-level talks on Saturday."),
        # "ahead of delegation-level talks on Saturday" -> planned (the story's perspective; the
        # talks are not reported as held), 2018-04-07, Delhi (the city of the visit); required
        # False (the same pair and day as the welcome row above; may be one encounter).
        M(["k_p_sharma_oli", "narendra_modi"], "2018-04-07", "Delhi", IP, P,
          "The Nepalese premier met Prime Minister Narendra Modi on Friday evening ahead of delegation-level talks on Saturday.",
          False),
        # Not rows: "He is slated to hold talks with the top Indian leadership" (unnamed); "PM
        # Narendra Modi received PM Oli on his first State visit" (the welcome of the first
        # rows); Modi's tweet and photographs (posts); "experts on South Asian politics"
        # (unnamed). The Rashtrapati Bhawan is a building; the Mahakali Treaty is a treaty (not
        # actors). Removed: at the start, the search tool's date prefix (" date 2018-04-07 "); at
        # the end, the cut-off fragment "Oli, while speaking to reporter". The excerpt has no
        # headline.
    ],
    roles=[("The Nepalese premier", "k_p_sharma_oli"), ("The 66-year-old leader", "k_p_sharma_oli"),
           ("Prime Minister of Nepal", "k_p_sharma_oli"), ("Nepal's Prime Minister", "k_p_sharma_oli")],
)

A["dev_9509_marcos_widodo_bogor"] = dict(
    actors={
        "ferdinand_marcos_jr": ["Philippine President Ferdinand Marcos Jr", "Ferdinand Marcos Jr", "Marcos"],
        "joko_widodo": ["Indonesian President Joko Widodo", "Joko Widodo", "Widodo"],
        # New keys.
        "iriana_joko_widodo": ["Iriana"],
        "louise_araneta_marcos": ["Louise Araneta"],
        "enrique_manalo": ["Philippine Secretary of Foreign Affairs Enrique Manalo", "Enrique Manalo", "Manalo"],
        "retno_marsudi": ["Retno Marsudi"],
        # New key.
        "mary_jane_veloso": ["Mary Jane Veloso"],
        # "the son of ousted dictator Ferdinand Marcos".
        "ferdinand_marcos": ["Ferdinand Marcos"],
        "asean": ["ASEAN"],
    },
    meetings=[
        # "Indonesian President Joko Widodo and his wife, Iriana, hosted Marcos and Philippine
        # first lady Louise Araneta at a ceremony in the colonial-style presidential palace in
        # Bogor" ("their talks", "the joint news conference with Widodo": the same) -> held,
        # 2022-09-05 (the lede's "yesterday"; see the notes), Bogor. The wives are annotated
        # but not made participants (as ANNOTATION.md's spouses; see the notes).
        M(["joko_widodo", "ferdinand_marcos_jr"], "2022-09-05", "Bogor", IP, H,
          "Indonesian President Joko Widodo and his wife, Iriana, hosted Marcos and Philippine first lady Louise Araneta at a ceremony in the colonial-style presidential palace in Bogor, just outside the capital, Jakarta."),
        # "Enrique Manalo, who held separate talks with his Indonesian counterpart, Retno Marsudi"
        # -> held, date null (no day given), place null (the text does not say where).
        M(["enrique_manalo", "retno_marsudi"], None, None, IP, H,
          "Marcos, the son of ousted dictator Ferdinand Marcos, arrived in Jakarta on Sunday with his wife and government officials, including Philippine Secretary of Foreign Affairs Enrique Manalo, who held separate talks with his Indonesian counterpart, Retno Marsudi."),
        # Not rows: the arrival in Jakarta "on Sunday" (no host named); the joint news
        # conference (the same encounter, media); "Manalo has said Marcos intends to raise the
        # case" (a statement); Mary Jane Veloso (a person in the news, no meeting). "Photo: AP"
        # is a photo credit, kept as it stands mid-text (not annotated). Removed: at the end,
        # the cut-off last sentence ("The two leaders witnessed the signing of agreements for
        # economic partnership, as well as cooperation in defe"). The excerpt has no headline.
    ],
    roles=[("his Indonesian counterpart", "retno_marsudi"), ("Philippine first lady", "louise_araneta_marcos"),
           ("Philippine Secretary of Foreign Affairs", "enrique_manalo"),
           ("Indonesian President", "joko_widodo")],
)

A["dev_9510_medina_martelly_cadiz"] = dict(
    actors={
        # New keys.
        "michel_martelly": ["Haitian President Michel Martelly", "Michel Martelly", "President Martelly", "Martelly"],
        "danilo_medina": ["Danilo Medina", "Medina"],
        "candida_montilla": ["Candida Montilla"],
        "association_of_caribbean_states": ["Association of Caribbean States", "ACS"],
    },
    meetings=[
        # "Medina said after a meeting with President Martelly hours before the opening of the
        # XXII Summit of Heads of State and Government." -> held, date null (the summit's opening
        # day is not given), Cadiz (the dateline).
        M(["danilo_medina", "michel_martelly"], None, "Cadiz", IP, H,
          "Dominican Republic and Haiti are living a great moment in their relationship, which will allow the two governments potencializarlas benefit of all the inhabitants of the island, \"Medina said after a meeting with President Martelly hours before the opening of the XXII Summit of Heads of State and Government."),
        # "Martelly spread his counterpart Danilo Medina an invitation to travel to Haiti in
        # January." ("After confirming the visit", the headline's "Medina accepts Martelly’s
        # invitation to visit Haiti") -> an accepted invitation: planned, date null (month only),
        # Haiti.
        M(["danilo_medina", "michel_martelly"], None, "Haiti", IP, P,
          "CADIZ, Spain.– Haitian President Michel Martelly spread his counterpart Danilo Medina an invitation to travel to Haiti in January."),
        # "Martelly also invited the first lady Candida Montilla of Medina to discuss issues" ->
        # planned, date null, place null; required False (an invitation whose acceptance is not
        # stated, as dev_005's invitation).
        M(["michel_martelly", "candida_montilla"], None, None, IP, P,
          "Martelly also invited the first lady Candida Montilla of Medina to discuss issues related to programs developed through his office.",
          False),
        # Not rows: "Medina will return to Haiti in April to participate in the meeting of the
        # Association of Caribbean States" (a multilateral meeting); the XXII Summit of Heads of
        # State and Government (a summit as such). "potencializarlas" and the misplaced quotation
        # mark are kept as written. The section label and date line "Local November 17, 2012 |
        # 8:47 am" are kept, as they carry the date. Removed: at the end, the comment widget ("0
        # 0 votes", "Article Rating", "Notify of", "Inline Feedbacks", "View all comments").
    ],
    roles=[("his counterpart", "danilo_medina"), ("the first lady", "candida_montilla"),
           ("Haitian President", "michel_martelly")],
)

_GREET = "He and his wife, Michelle, emerged from their car and greeted the President and first lady Laura Bush."
_SUMMIT = "Though Obama has been invited to the White House before — including for an emergency financial-crisis summit with Bush and Republican presidential nominee John McCain in September — this marked the first time Obama has ever been in the Oval Office, a spokesperson says."
A["test_9511_bush_obama_white_house"] = dict(
    actors={
        "george_w_bush": ["President George W. Bush", "President-elect George W. Bush", "George W. Bush",
                          "President Bush", "Bush"],
        "barack_obama": ["President-elect Barack Obama", "President-elect Obama", "Barack Obama", "Obama"],
        "laura_bush": ["First Lady Laura Bush", "first lady Laura Bush", "Laura Bush"],
        "michelle_obama": ["Michelle Obama", "Michelle"],
        "bill_clinton": ["President Bill Clinton", "Bill Clinton"],
        "john_mccain": ["John McCain"],
        "white_house": ["White House"],
        "republican_party": ["Republican"],
    },
    meetings=[
        # "President George W. Bush met with President-elect Barack Obama behind closed doors for
        # nearly two hours at the White House on Monday" (the headline, the captions' welcome,
        # the greeting and the walk along the Colonnade: the same) -> held, 2008-11-10,
        # Washington (the White House).
        M(["george_w_bush", "barack_obama"], "2008-11-10", "Washington", IP, H,
          "President George W. Bush met with President-elect Barack Obama behind closed doors for nearly two hours at the White House on Monday, in a symbolic passing-of-the-torch discussion."),
        # The caption "President Bill Clinton meets with President-elect George W. Bush at the
        # White House for discussions on the transition of power, Dec. 19, 2000." (standing twice,
        # once with HTML tags) -> held, 2000-12-19, Washington.
        M(["bill_clinton", "george_w_bush"], "2000-12-19", "Washington", IP, H,
          "Another Clinton-Bush handoff: President Bill Clinton meets with President-elect George W. Bush at the White House for discussions on the transition of power, Dec. 19, 2000."),
        # "an emergency financial-crisis summit with Bush and Republican presidential nominee John
        # McCain in September" (at the White House, to which Obama was "invited") -> a meeting of
        # three named people: one row per pair, held, date null (month only), Washington.
        M(["george_w_bush", "barack_obama"], None, "Washington", IP, H, _SUMMIT),
        M(["george_w_bush", "john_mccain"], None, "Washington", IP, H, _SUMMIT),
        M(["barack_obama", "john_mccain"], None, "Washington", IP, H, _SUMMIT),
        # "He and his wife, Michelle, emerged from their car and greeted the President and first
        # lady Laura Bush." -> the arrival greeting of the two couples (the Bush-Obama pair is
        # the first row): the cross pairs with a spouse, held, 2008-11-10, Washington; required
        # False (a greeting on arrival, as the welcomes of earlier batches).
        M(["barack_obama", "laura_bush"], "2008-11-10", "Washington", IP, H, _GREET, False),
        M(["michelle_obama", "george_w_bush"], "2008-11-10", "Washington", IP, H, _GREET, False),
        M(["michelle_obama", "laura_bush"], "2008-11-10", "Washington", IP, H, _GREET, False),
        # Not rows: "Neither spoke to reporters" (no media event); "a spokesperson" (unnamed). The
        # photo credits ("Mandel Ngan / AFP/Getty Images", "Tim Sloan / AFP/Getty Images") are
        # not annotated. Kept as they stand (mid-text): the captions standing twice, the HTML
        # tags "<strong>...</strong>", the line "Advertisement". Removed: at the start, the
        # radio player widget ("Play Live Radio", "Next Up:", "0:00", "0:00", "Available On Air
        # Stations", "Watch Live") and the section label "National"; at the end, the cut-off
        # last sentence ("Michelle Obama met separately with first lady Laura Bush, who provided
        # a tour of"), so that separate meeting is not a row.
    ],
    roles=[("the President", "george_w_bush"), ("his wife", "michelle_obama"),
           ("Republican presidential nominee", "john_mccain")],
)

A["dev_9512_nasser_arab_summit_cairo"] = dict(
    actors={
        "gamal_abdel_nasser": ["Gamal Abdel Nasser", "Nasser"],
        # New key.
        "saud_bin_abdulaziz": ["Saudi Arabia's King Saud", "King Saud"],
        # New key.
        "abdullah_al_sallal": ["President Abdullah Sallal", "Abdullah Sallal", "Sallal"],
        "hussein_bin_talal": ["Jordan's King Hussein", "King Hussein"],
        "hassan_ii": ["Morocco's King Hassan II", "King Hassan II"],
        # New key.
        "ahmed_ben_bella": ["Ahmed ben Bella"],
    },
    meetings=[
        # "In long private sessions, Nasser vowed to withdraw his forces from Yemen, and, in
        # return, the Saudis vowed to cut off aid" (with King Saud, whom Nasser "embraced and
        # kissed" at the same summit: the same pair and place, one row) -> held, date null
        # ("last week"), Cairo; "the Saudis" resolved to King Saud, the Saudi leader named at the
        # summit (see the notes).
        M(["gamal_abdel_nasser", "saud_bin_abdulaziz"], None, "Cairo", IP, H,
          "In long private sessions, Nasser vowed to withdraw his forces from Yemen, and, in return, the Saudis vowed to cut off aid to Yemen's royalist rebels."),
        # "last week in Cairo, Morocco's King Hassan II and Algeria's ebullient Ahmed ben Bella
        # warmly agreed to mediation" -> held, date null, Cairo; required False (an agreement of
        # the two at the summit, in which a meeting is implied but not stated, as 47b's
        # Clinton-Miyazawa).
        M(["hassan_ii", "ahmed_ben_bella"], None, "Cairo", IP, H,
          "Only last October, Algeria and Morocco tried to redraw their disputed boundary with blood, but last week in Cairo, Morocco's King Hassan II and Algeria's ebullient Ahmed ben Bella warmly agreed to mediation.",
          False),
        # Not rows: the Cairo summit of "twelve other Arab nations" as such (a summit); "Arab
        # leaders ... enveloped in each other's arms" (unnamed); Sallal "sat genially beside his
        # bitter enemies, King Saud and Jordan's King Hussein" (seated side by side at the summit,
        # no talks stated); Nasser's statements; "Israel's Labor Minister" (unnamed). "Nasser's
        # Kiss." is the story's subhead, kept. Removed: at the end, the cut-off last sentence
        # ("Jordan and Saudi Arabia reopened diplomatic relations with Egypt, which also
        # re-established relations with Tunisia an"). The excerpt has no site header.
    ],
    roles=[("the man he tried to kill", "gamal_abdel_nasser"),
           ("Egypt's President", "gamal_abdel_nasser")],
)
