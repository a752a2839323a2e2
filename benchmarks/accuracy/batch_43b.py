"""Accuracy corpus, batch 43b: 12 new articles about meetings between political actors, all
published in even years, from the 1960s, 1980s, 2000s, 2010s and 2020s (1960s: four, 1980s:
one, 2000s: three, 2010s: two, 2020s: two; five of the twelve from before 2000), over eleven
regions (Southeast Asia: two; Africa, Central Asia/Caucasus, East Asia, Latin America, Middle
East, North America, Eastern Europe/Russia, Oceania, South Asia, Western Europe: one each).
Outlets/sites: The Press (Christchurch) via Papers Past (twice), Eastday (english.eastday.com),
TASS, Time (the text mirrors at softbeam.net and 20.210.105.67), Payvand Iran News (an IRNA
story), a declassified CIA intelligence item via faqs.org, The Laotian Times, RNZ, Khaama Press
and The Finland Times (an STT story); some of these sites were used before, the pages are new.
Collected with the `search` tool (corpus `pages`) and annotated from the texts alone, BEFORE the
package was run on them (the package has not been run on this batch). Conventions: ANNOTATION.md
and /work/shared/ANNOTATION-GUIDE.md. Notes: batch_43b_NOTES.md.

Split rule (fixed before annotating, as given in the brief for this batch, the same as batches
5a-42b): the articles are numbered 1..12 in the order they were first found in this session's
search results (the query in which each first appeared, then its rank in that query), after
skipping pages already in the corpus and stories already in it; positions 3, 7 and 11 are test,
all others dev. Ids: `dev_85NN_<slug>` / `test_85NN_<slug>`, NN = collection position (01..12).

M(participants, date, place, kind, status, evidence, required=True)
Evidence is the verbatim sentence (line breaks inside it replaced by single spaces).
Aliases are written as they stand in the text (typos and OCR slips included).
"""


from annotations import H, IP, M, P, PH, VID  # noqa: F401 (the same row helpers)

# (article_id, region, decade, outlet, url, published)
ARTICLES = [
    # The URL's CHP19681014 (The Press, Christchurch, 14 October 1968, a Monday) and the dateline
    # "GIBRALTAR, Oct. 13" (a Sunday): "today" = 1968-10-13, "last night" = 1968-10-12.
    ("dev_8501_wilson_smith_fearless", "Africa", "1960s", "The Press (Christchurch), via Papers Past (N.Z.P.A.-Reuter)", "https://paperspast.natlib.govt.nz/newspapers/CHP19681014.2.113", "1968-10-14"),
    # No date line on the page; the caption dates the signing "in Beijing June 9, 2006" (a Friday,
    # checked), the body says "in Beijing on Friday" and "He will attend ... on Saturday before
    # concluding his two-day state visit" (still ahead): published 2006-06-09. "on Friday" =
    # 2006-06-09; "on June 15" (the SCO summit; no row) = 2006-06-15.
    ("dev_8502_bakiyev_hu_beijing", "Central Asia/Caucasus", "2000s", "Eastday (english.eastday.com)", "http://english.eastday.com/eastday/englishedition/node20665/node20667/node22808/node138957/node138959/userobject1ai2099453.html", "2006-06-09"),
    # The dateline "ULAANBAATAR, July 5" with "on Tuesday" (the arrival): 5 July fell on a
    # Tuesday in 2011, 2016 and 2022 (checked); the text calls Ukhnaagiin Khurelsukh "President
    # of Mongolia", which leaves 2022 (doubtful: the year is not printed; see the notes). The
    # planned talks are not given a day -> no date.
    ("test_8503_lavrov_ulaanbaatar_planned", "East Asia", "2020s", "TASS (tass.com)", "https://tass.com/politics/1475617", "2022-07-05"),
    # The issue line "Friday, Mar. 27, 1964" (a Friday; also the URL's 1964-03-27). The arrival
    # is not given a day -> no date; "this fall", "in 1962" -> no date.
    ("dev_8504_de_gaulle_lopez_mateos_mexico", "Latin America", "1960s", "Time (magazine archive, text mirror)", "http://softbeam.net/txt/time/Time1964/1964-03-27/938530.html", "1964-03-27"),
    # The dateline "Ankara, Dec 4, IRNA" and the URL's /06/dec/ (4 December 2006, a Monday):
    # "late Sunday" / "on Sunday" = 2006-12-03 (the return and the press conference; no row);
    # the Tehran meetings are not given a day -> no date.
    ("dev_8505_erdogan_tehran_meetings", "Middle East", "2000s", "IRNA, via Payvand Iran News (payvand.com)", "http://www.payvand.com/news/06/dec/1038.html", "2006-12-04"),
    # The issue line "Friday, Aug. 26, 1966" (a Friday; also the URL's 1966-08-26): "last week"
    # (the tour, the Buffalo meeting, the Campobello meeting) and "two weeks ago" (the
    # agreement to meet) -> no date.
    ("dev_8506_johnson_pearson_rockefeller", "North America", "1960s", "Time (magazine archive, text mirror)", "http://20.210.105.67/txt/time/Time1966/1966-08-26/842651.html", "1966-08-26"),
    # The page's line "Created: 8/17/1982" (1982-08-17, a Tuesday): "the meeting yesterday" =
    # 1982-08-16 (a Monday); "in March" -> no date.
    ("test_8507_brezhnev_jaruzelski_crimea", "Eastern Europe/Russia", "1980s", "Central Intelligence Agency (declassified intelligence item, OCR), via faqs.org", "http://www.faqs.org/cia/docs/31/0000237288/USSR-POLAND:-BREZHNEV-AND-JARUZELSKI-CONFER.html", "1982-08-17"),
    # The URL's 2022/05/30 (a Monday): "On 1 June" = 2022-06-01 (a Wednesday; the year of
    # publication); "from 1-2 June" (the visit) is a range.
    ("dev_8508_phankham_prayut_bangkok_planned", "Southeast Asia", "2020s", "The Laotian Times (laotiantimes.com)", "https://laotiantimes.com/2022/05/30/lao-prime-minister-phankham-viphavanh-to-visit-thailand/", "2022-05-30"),
    # The page's lines "25 Mar 2004" / "5:08 am on 25 March 2004" (a Thursday): "on Friday" (the
    # arrival) = 2004-03-26; the talks and the call on the governor-general are not given a day
    # ("until April the 1st") -> no date; "the following week", "over the weekend" -> no date.
    ("dev_8509_qarase_clark_planned", "Oceania", "2000s", "RNZ (rnz.co.nz)", "https://www.rnz.co.nz/international/pacific-news/147878/fiji's-prime-minister-to-hold-bilateral-talks-in-new-zealand", "2004-03-25"),
    # The page's line "Sat Nov 26 2016, 11:00 pm" (a Saturday; also the search tool's date field
    # 2016-11-26, removed with its prefix): "today" = 2016-11-26; the call is dated "last night"
    # by the reports and "on Saturday night" by Abdullah (2016-11-25 or 2016-11-26) -> no date.
    ("dev_8510_ghani_sharif_turkmenistan", "South Asia", "2010s", "Khaama Press (khaama.com)", "http://www.khaama.com/president-ghani-meets-nawaz-sharif-on-sidelines-of-turkmenistan-summit-02370", "2016-11-26"),
    # The page's line "Mon, 20 Jun, 2016 12:01:05 AM" (a Monday; also the URL's 2016/06/20) and
    # "STT Report, Jun 20": the caption's "the 19th June 2016" (a Sunday) dates the meeting;
    # "on Sunday" (the interview; no row) = 2016-06-19; "Thursday's referendum" = 2016-06-23.
    ("test_8511_sipila_lofven_naantali", "Western Europe", "2010s", "The Finland Times (finlandtimes.fi; STT)", "http://www.finlandtimes.fi/national/2016/06/20/27975/No-defence-alliance-with-Sweden-planned:-PM", "2016-06-20"),
    # The URL's CHP19640113 (The Press, Christchurch, 13 January 1964, a Monday) and the dateline
    # "MANILA, January 11" (a Saturday): "today" = 1964-01-11 (the joint statement); the talks
    # of the "five-day 'working State visit'" are not given a day -> no date; "last August" ->
    # no date.
    ("dev_8512_soekarno_macapagal_manila", "Southeast Asia", "1960s", "The Press (Christchurch), via Papers Past (N.Z.P.A.-Reuter)", "https://paperspast.natlib.govt.nz/newspapers/CHP19640113.2.97", "1964-01-13"),
]

A = {}

A["dev_8501_wilson_smith_fearless"] = dict(
    actors={
        "harold_wilson": ["Mr Harold Wilson", "Harold Wilson", "Mr Wilson"],
        # Written "Mr lan Smith" (OCR "l" for "I") once and "Mr Smith" twice.
        "ian_smith": ["Mr lan Smith", "lan Smith", "Mr Smith"],
    },
    meetings=[
        # "The British Prime Minister (Mr Harold Wilson) and his Rhodesian counter-part (Mr lan
        # Smith) met again today ... on the British warship Fearless" ("Today's talks began after
        # a religious service" is the same) -> held, 1968-10-13, Gibraltar (the dateline; the
        # warship lies there, and a ship is not a locality).
        M(["harold_wilson", "ian_smith"], "1968-10-13", "Gibraltar", IP, H,
          "The British Prime Minister (Mr Harold Wilson) and his Rhodesian counter-part (Mr lan Smith) met again today for what are expected to be their final talks on the British warship Fearless."),
        # "Mr Wilson and Mr Smith, each with two Cabinet Ministers, met for 2} hours last night."
        # ("The two leaders wound up their third day of talks shortly before midnight last night"
        # is the same) -> held, 1968-10-12, Gibraltar; a second row because it is another day
        # (ANNOTATION.md: sessions are one row only on the same day). The four Cabinet Ministers
        # are unnamed (no rows for them).
        M(["harold_wilson", "ian_smith"], "1968-10-12", "Gibraltar", IP, H,
          "Mr Wilson and Mr Smith, each with two Cabinet Ministers, met for 2} hours last night."),
        # Not rows: the "first session of talks" (one of the sessions of the two days above, not
        # dated apart); the religious service with the crews; "Conference sources" and
        # "informed sources" (unnamed); Britain and Rhodesia (states). "(N.Z.P.A.-Reuter
        # —Copyright)" is the agency credit (not annotated). Removed: at the start, Papers
        # Past's twelve "Article image" lines; at the end, the last, cut-off sentence ("Sources
        # say one of the stickiest points in the discussions has been on the second issue, under
        # which Britain would like"). OCR slips ("lan Smith", "2} hours", "counter-part", the
        # paragraph breaks inside "the / Rhodesian leader" and "white / legislation") are kept.
    ],
    roles=[("The British Prime Minister", "harold_wilson"), ("his Rhodesian counter-part", "ian_smith"),
           ("Rhodesian leader", "ian_smith"), ("the Rhodesian Prime Minister", "ian_smith")],
)

_BAKIYEV_SEPARATE = "Bakiyev also met separately with China's top legislator Wu Bangguo and Premier Wen Jiabao on Friday."
A["dev_8502_bakiyev_hu_beijing"] = dict(
    actors={
        "hu_jintao": ["Chinese President Hu Jintao", "Hu Jintao", "Hu"],
        "kurmanbek_bakiyev": ["Kurmanbek Bakiyev", "Bakiyev"],
        "wu_bangguo": ["Wu Bangguo"],
        "wen_jiabao": ["Premier Wen Jiabao", "Wen Jiabao"],
        "shanghai_cooperation_organisation": ["Shanghai Cooperation Organization", "SCO"],
        "united_nations": ["United Nations"],
    },
    meetings=[
        # "a joint statement signed by Bakiyev and Chinese President Hu Jintao after their talks"
        # + "In talks with Bakiyev, Hu expressed ..." (the red-carpet welcome at the Great Hall of
        # the People and the signing of the caption are the same day, pair and place: one row)
        # -> held, 2006-06-09 ("in Beijing on Friday"; the caption's June 9, 2006), Beijing.
        M(["hu_jintao", "kurmanbek_bakiyev"], "2006-06-09", "Beijing", IP, H,
          "In talks with Bakiyev, Hu expressed appreciation of Kyrgyzstan's adherence to the one-China policy, as well as China's support for Kyrgyzstan's efforts in promoting social stability and economic development."),
        # "Bakiyev also met separately with ... Wu Bangguo and Premier Wen Jiabao on Friday." ->
        # two separate meetings ("separately"), held, 2006-06-09, Beijing (the visit's city).
        M(["kurmanbek_bakiyev", "wu_bangguo"], "2006-06-09", "Beijing", IP, H, _BAKIYEV_SEPARATE),
        M(["kurmanbek_bakiyev", "wen_jiabao"], "2006-06-09", "Beijing", IP, H, _BAKIYEV_SEPARATE),
        # Not rows: the SCO "summit meeting on June 15 in Shanghai" (multilateral, future); the
        # China-Kyrgyzstan trade seminar "on Saturday" (no counterpart named); the joint
        # statement and the 13 agreements (documents). "-Xinhua" at the end of the caption is the
        # photo credit (not annotated); the "East Turkistan" terrorist forces are a generic label,
        # not a named organisation (not annotated). Removed: at the end, the last, cut-off
        # paragraph ("Bakiyev told Hu that Kyrgyzstan will firmly support China's stance on the
        # Taiwan issue and eff"). The hard line breaks of the page are kept.
    ],
    roles=[("Chinese President", "hu_jintao"), ("Kyrgyz President", "kurmanbek_bakiyev"),
           ("China's top legislator", "wu_bangguo"), ("Premier", "wen_jiabao")],
)

_LAVROV_AGENDA = "Lavrov’s agenda includes talks with his Mongolian counterpart, Battsetseg Batmunkh, as well as with President of Mongolia Ukhnaagiin Khurelsukh and the chairman of State Great Khural, Gombojavyn Zandanshatar."
A["test_8503_lavrov_ulaanbaatar_planned"] = dict(
    actors={
        "sergey_lavrov": ["Russian Foreign Minister Sergey Lavrov", "Sergey Lavrov", "Lavrov"],
        # Written "Batmunkhin Battsetseg" (patronymic first) in the standfirst and "Battsetseg
        # Batmunkh" in the body: one person.
        "battsetseg_batmunkh": ["Mongolian Foreign Minister Batmunkhin Battsetseg", "Batmunkhin Battsetseg", "Battsetseg Batmunkh"],
        "ukhnaa_khurelsukh": ["President Ukhnaagiin Khurelsukh", "Ukhnaagiin Khurelsukh"],
        # Written "Gombozhavin Zandanshatar" and "Gombojavyn Zandanshatar": one person.
        "gombojav_zandanshatar": ["Gombozhavin Zandanshatar", "Gombojavyn Zandanshatar"],
        "state_great_khural": ["State Great Khural"],
        "tass": ["TASS"],
        "russian_foreign_ministry": ["Russian Foreign Ministry"],
    },
    meetings=[
        # "Lavrov's agenda includes talks with his Mongolian counterpart, ... as well as with
        # President ... Khurelsukh and the chairman of State Great Khural ..." (the standfirst
        # "He will hold talks with ..., meet with ... and ..." and "The two countries' top
        # diplomats will have a detailed discussion" are the same) -> three separate planned
        # meetings, date null (the visit began "on Tuesday"; no day for the talks), Ulaanbaatar.
        M(["sergey_lavrov", "battsetseg_batmunkh"], None, "Ulaanbaatar", IP, P, _LAVROV_AGENDA),
        M(["sergey_lavrov", "ukhnaa_khurelsukh"], None, "Ulaanbaatar", IP, P, _LAVROV_AGENDA),
        M(["sergey_lavrov", "gombojav_zandanshatar"], None, "Ulaanbaatar", IP, P, _LAVROV_AGENDA),
        # Not rows: the arrival "on Tuesday" (an arrival, no one received him by name); the
        # "agreements reached at the highest and high levels" (no meeting named); the Russian
        # Foreign Ministry's statement. "/TASS/." in the dateline is the agency credit (TASS in
        # the body, "TASS reported", is annotated). Removed: at the start, the site's widget
        # line "All news". The excerpt is the whole story.
    ],
    roles=[("Russian Foreign Minister", "sergey_lavrov"), ("his Mongolian counterpart", "battsetseg_batmunkh"),
           ("Mongolian Foreign Minister", "battsetseg_batmunkh"), ("President of Mongolia", "ukhnaa_khurelsukh"),
           ("Chairman of the State Great Khural", "gombojav_zandanshatar"),
           ("the chairman of State Great Khural", "gombojav_zandanshatar")],
)

A["dev_8504_de_gaulle_lopez_mateos_mexico"] = dict(
    actors={
        "charles_de_gaulle": ["Charles de Gaulle", "De Gaulle", "le grand Charles"],
        "adolfo_lopez_mateos": ["President Adolfo Lopez Mateos", "Adolfo Lopez Mateos", "Lopez Mateos"],
        # "Jack and Jackie Kennedy": two people.
        "john_f_kennedy": ["Jack"],
        "jacqueline_kennedy": ["Jackie Kennedy"],
    },
    meetings=[
        # "France's towering ... President leaned low and bussed ... President Adolfo Lopez Mateos
        # on both cheeks." + "And so began the long-heralded Mexican visit of le grand Charles"
        # ("the two leaders had quick reassurance", Lopez Mateos speaking "at the airport") ->
        # the state visit to the host president, opened by the airport welcome: held, date null
        # (the arrival is not given a day), place Mexico City (the airport is the start of "the
        # five-mile ride into Mexico City"; doubtful, see the notes). Required: the visit is to
        # a named host, not an arrival reception beside other talks.
        M(["charles_de_gaulle", "adolfo_lopez_mateos"], None, "Mexico City", IP, H,
          "Down the steps he lumbered, over to a red dais, and to the first crack of a 21-gun salute, France's towering (6 ft. 4 in.) President leaned low and bussed 5-ft. 9-in. President Adolfo Lopez Mateos on both cheeks."),
        # Not rows: "a tour of possibly ten other Latin American countries" "this fall" (visits
        # to countries, no host named); the crowds "who turned out for Jack and Jackie Kennedy in
        # 1962" (a visit's crowds, no meeting stated); De Gaulle's agreement "not to bait the
        # U.S." (a state). Removed: at the end, the last, cut-off paragraph ("Wearing his
        # brigadier general's uniform ... \"Mexicanos,\" he proclaimed, during a three-minute
        # speech memo"). The issue line "Friday, Mar. 27, 1964" and the headline are kept; the
        # sign's Spanish ("par la Paz") is kept as it stands.
    ],
    roles=[("France's towering (6 ft. 4 in.) President", "charles_de_gaulle"), ("the visitor", "charles_de_gaulle")],
)

_ERDOGAN_TEHRAN = "In Tehran he held separate meetings with Supreme Leader Ayatollah Seyed Ali Khamenei, President Mahmoud Ahmadinejad, Expediency Council Chairman Akbar Hashemi Rafsanjani, Vice-President Parviz Davoudi and Foreign Minister Manouchehr Mottaki."
A["dev_8505_erdogan_tehran_meetings"] = dict(
    actors={
        "recep_tayyip_erdogan": ["Turkish Prime Minister Recep Tayyip Erdogan", "Recep Tayyip Erdogan", "Erdogan"],
        "ali_khamenei": ["Supreme Leader Ayatollah Seyed Ali Khamenei", "Ayatollah Seyed Ali Khamenei", "Seyed Ali Khamenei"],
        "mahmoud_ahmadinejad": ["President Mahmoud Ahmadinejad", "Mahmoud Ahmadinejad"],
        "akbar_hashemi_rafsanjani": ["Akbar Hashemi Rafsanjani"],
        "parviz_davoudi": ["Iranian First Vice-President Parviz Davoudi", "Vice-President Parviz Davoudi", "Parviz Davoudi", "Davoudi"],
        "manouchehr_mottaki": ["Foreign Minister Manouchehr Mottaki", "Manouchehr Mottaki"],
        "hilmi_guler": ["Hilmi Guler"],
        "huseyin_saltuk_duzyol": ["Huseyin Saltuk Duzyol"],
        "botas": ["Botas"],
        "expediency_council": ["Expediency Council"],
        "economic_cooperation_organization": ["ECO"],
        "d_8_organization": ["D-8"],
    },
    meetings=[
        # "In Tehran he held separate meetings with ..." ("he" = Erdogan) -> five separate
        # meetings ("separate"), held, date null (the visit ended "on Sunday"; the meetings are
        # not given a day), Tehran. Guler and Duzyol are delegation members (not participants).
        M(["recep_tayyip_erdogan", "ali_khamenei"], None, "Tehran", IP, H, _ERDOGAN_TEHRAN),
        M(["recep_tayyip_erdogan", "mahmoud_ahmadinejad"], None, "Tehran", IP, H, _ERDOGAN_TEHRAN),
        M(["recep_tayyip_erdogan", "akbar_hashemi_rafsanjani"], None, "Tehran", IP, H, _ERDOGAN_TEHRAN),
        M(["recep_tayyip_erdogan", "parviz_davoudi"], None, "Tehran", IP, H, _ERDOGAN_TEHRAN),
        M(["recep_tayyip_erdogan", "manouchehr_mottaki"], None, "Tehran", IP, H, _ERDOGAN_TEHRAN),
        # Not rows: "Erdogan and Davoudi held a joint press conference" on Sunday (a joint media
        # appearance; their meeting is the row above); the visit "upon an invitation of ...
        # Davoudi" (an invitation, the visit is the meetings above); the ECO and D-8 summits
        # (multilateral, future); Erdogan's return to Ankara. "IRNA" in the dateline is the
        # agency credit (not annotated). Removed: at the start, the site's header "Iran News
        # ..."; at the end, the last, cut-off paragraph ("Davoudi said the Iran-Turkey Joint
        # Econo").
    ],
    roles=[("Turkish Prime Minister", "recep_tayyip_erdogan"), ("the Turkish prime minister", "recep_tayyip_erdogan"),
           ("Supreme Leader", "ali_khamenei"), ("Expediency Council Chairman", "akbar_hashemi_rafsanjani"),
           ("Iranian First Vice-President", "parviz_davoudi"), ("the vice-president", "parviz_davoudi"),
           ("Foreign Minister", "manouchehr_mottaki"),
           ("Turkish Minister of Energy and Natural Resources", "hilmi_guler")],
)

A["dev_8506_johnson_pearson_rockefeller"] = dict(
    actors={
        "lyndon_johnson": ["Lyndon Johnson", "Johnson"],
        "lester_pearson": ["Lester Pearson", "Pearson"],
        "nelson_rockefeller": ["Nelson Rockefeller"],
        # "Bobby" is Robert F. Kennedy ("Bobby evoked shrieks").
        "robert_f_kennedy": ["Robert F. Kennedy", "Bobby"],
        "jacob_javits": ["Jacob K. Javits"],
        "democratic_party_us": ["Democrats"],
        "republican_party": ["Republican"],
    },
    meetings=[
        # "The tour, ... extending up to New Brunswick, took shape two weeks ago, when the
        # President agreed to meet ... Lester Pearson on Campobello Island ..." + "Johnson saw a
        # chance to pan some votes before meeting Pearson" (the tour "last week" went up to New
        # Brunswick) -> held, date null, Campobello Island. Doubtful: the sentence reports the
        # agreement to meet; the meeting itself is implied by the tour's account (see the notes).
        M(["lyndon_johnson", "lester_pearson"], None, "Campobello Island", IP, H,
          "The tour, covering New York, Rhode Island, New Hampshire, Vermont and Maine and extending up to New Brunswick, took shape two weeks ago, when the President agreed to meet Canada's Liberal Prime Minister Lester Pearson on Campobello Island in the Bay of Fundy for a cornerstone-laying ceremony at the Franklin Delano Roosevelt International Park."),
        # "In Buffalo, he also met New York's Republican Governor Nelson Rockefeller, and they
        # both took a look at sewage-contaminated water." -> held, date null ("last week", the
        # first stop), Buffalo.
        M(["lyndon_johnson", "nelson_rockefeller"], None, "Buffalo", IP, H,
          "In Buffalo, he also met New York's Republican Governor Nelson Rockefeller, and they both took a look at sewage-contaminated water."),
        # Not rows: Senators Robert F. Kennedy and Jacob K. Javits arriving at the Syracuse rally
        # ("the crowd ... really stirred only when ... arrived"; a rally, no meeting with Johnson
        # stated); the "three Republican Congressmen" (unnamed); the speeches. Removed: at the
        # end, the last, cut-off sentence ("Whizzing through New England next day, the President
        # touched on every issue that promises to figure heavily in the fall elections exce").
        # The issue line, the headline and the section line "THE PRESIDENCY" are kept.
    ],
    roles=[("the President", "lyndon_johnson"), ("Canada's Liberal Prime Minister", "lester_pearson"),
           ("New York's Republican Governor", "nelson_rockefeller")],
)

A["test_8507_brezhnev_jaruzelski_crimea"] = dict(
    actors={
        "leonid_brezhnev": ["Soviet President Brezhnev", "Brezhnev"],
        # OCR slips "Jaruzelski'e" (for "Jaruzelski's") and "Jaruselskl's" are kept as aliases.
        "wojciech_jaruzelski": ["Polish Premier Jaruzelski", "Jaruzelski", "Jaruzelski'e", "Jaruselskl"],
        "tass": ["TASS"],
    },
    meetings=[
        # "TASS described the meeting yesterday between Soviet President Brezhnev and Polish
        # Premier Jaruzelski in the Crimea" (the headline's "Confer", "the talks", "the decision
        # to receive Jaruzelski" are the same) -> held, 1982-08-16, place Crimea (the most
        # specific locality named).
        M(["leonid_brezhnev", "wojciech_jaruzelski"], "1982-08-16", "Crimea", IP, H,
          "TASS described the meeting yesterday between Soviet President Brezhnev and Polish Premier Jaruzelski in the Crimea as \"cordial\" and demonstrating their \"complete identity of views- on both bilateral relations and international affairs."),
        # "... than they were when they met with him in March." ("they" = "the Soviets", no one
        # named) -> one-party row, held, date null (month only), place null; required False (the
        # Soviet side is given only as "the Soviets").
        M(["wojciech_jaruzelski"], None, None, IP, H,
          "Comment: The unusually positive description of the atmosphere of the talks suggests the Soviets are more encouraged now by Jaruzelski'e handling of the Polish situation than they were when they met with him in March.",
          False),
        # Not rows: "the Soviet President's customary summer schedule of talks with East European
        # party leaders" (a habit, no specific meeting); the warning on US sanctions (a
        # statement). Removed: at the end, the site's lines "Original document." and "Comment
        # about this article or add new information about this topic:". The page's lines
        # "Created: 8/17/1982" and "OCR scan of the original document, errors are possible" are
        # kept. OCR slips and gaps ("views- on", "prove to be aand", "aunderground\"",
        # "limited by their own Jaruselskl's visit") are kept.
    ],
    roles=[("Soviet President", "leonid_brezhnev"), ("the Soviet President", "leonid_brezhnev"),
           ("Polish Premier", "wojciech_jaruzelski"), ("the Polish leader", "wojciech_jaruzelski")],
)

A["dev_8508_phankham_prayut_bangkok_planned"] = dict(
    actors={
        # Written "Phankham Viphavanh" and, in the caption, "Phankham Viphavhanh".
        "phankham_viphavanh": ["Lao Prime Minister Phankham Viphavanh", "Phankham Viphavanh", "Phankham Viphavhanh", "Phankham"],
        # Written "Prayuth Chan-ocha", "Gen. Prayut".
        "prayut_chan_o_cha": ["Thai Prime Minister General Prayuth Chan-ocha", "Prayuth Chan-ocha", "Gen. Prayut", "Prayut"],
        "thanakorn_wangboonkongchana": ["Mr. Thanakorn Wangboonkongchana", "Thanakorn Wangboonkongchana"],
        # "According to the Ministry of Foreign Affairs" (the Lao premier's programme, in a Lao
        # paper): keyed as Laos's ministry (doubtful; the text does not say which).
        "ministry_of_foreign_affairs_laos": ["Ministry of Foreign Affairs"],
    },
    meetings=[
        # "On 1 June the Lao Prime Minister will be scheduled to ... discuss official matters
        # with Gen. Prayut at Thailand's Government House." (the official visit "In response to
        # an invitation from ... Prayuth Chan-ocha" and "The Thai Prime Minister will host a
        # dinner in honor of the Prime Minister of Laos" are the same pair on the same visit: one
        # row, as "dinner + talks" in ANNOTATION.md) -> planned, 2022-06-01, Bangkok (Government
        # House resolved to its city, as the White House -> Washington).
        M(["phankham_viphavanh", "prayut_chan_o_cha"], "2022-06-01", "Bangkok", IP, P,
          "On 1 June the Lao Prime Minister will be scheduled to attend an official welcoming ceremony and discuss official matters with Gen. Prayut at Thailand’s Government House."),
        # Not rows: the spokesman's statement; "his partner and ranking officials" (unnamed
        # companions); "Thailand is expected to discuss ..." (a state). Nothing was removed: the
        # excerpt is the whole story; the trailing spaces after the headline and after "by the
        # Phankham." and the slips "Viphavhanh(left)", "priminister", "the Phankham" are kept.
    ],
    roles=[("Lao prime minister", "phankham_viphavanh"), ("the Lao Prime Minister", "phankham_viphavanh"),
           ("the Prime Minister of Laos", "phankham_viphavanh"), ("the premier", "phankham_viphavanh"),
           ("Thai priminister", "prayut_chan_o_cha"), ("Thai Prime Minister", "prayut_chan_o_cha"),
           ("The Thai Prime Minister", "prayut_chan_o_cha"),
           ("Thai Government Spokesman", "thanakorn_wangboonkongchana")],
)

_QARASE_HIGHLIGHT = "\"The highlight of this visit would be a meeting with the prime minister as well as a meeting with the governor-general, and those will be held in Wellington and Auckland respectively."
A["dev_8509_qarase_clark_planned"] = dict(
    actors={
        "laisenia_qarase": ["Laisenia Qarase", "Mr Qarase"],
        "helen_clark": ["Helen Clark"],
        "pene_nonu": ["Pene Nonu", "Mr Nonu"],
        "pacific_islands_forum": ["Pacific Forum"],
        "blues_rugby": ["Blues"],
        "hurricanes_rugby": ["Hurricanes"],
    },
    meetings=[
        # "Qarase, will arrive in New Zealand on Friday for bilateral talks with his counterpart,
        # Helen Clark." + "a meeting with the prime minister ... held in Wellington" ("the
        # prime minister" here = Clark) -> planned, date null (the arrival is dated, the talks
        # are not), Wellington.
        M(["laisenia_qarase", "helen_clark"], None, "Wellington", IP, P,
          "Fiji's prime minister, Laisenia Qarase, will arrive in New Zealand on Friday for bilateral talks with his counterpart, Helen Clark."),
        # "... as well as a meeting with the governor-general, and those will be held in
        # Wellington and Auckland respectively." -> the governor-general is unnamed: one-party
        # row, planned, date null, Auckland ("respectively": the second meeting, the second
        # city).
        M(["laisenia_qarase"], None, "Auckland", IP, P, _QARASE_HIGHLIGHT),
        # Not rows: the "Pacific Forum leaders retreat" the following week (multilateral); the
        # trade conference and the Blues/Hurricanes match (no counterpart); "this trip also
        # includes some business matters". "the prime minister" is Clark in "a meeting with the
        # prime minister" but Qarase in "while the prime minister will be in Auckland, he will
        # be attending" (not listed as a role: one phrase, two referents). Nothing was removed:
        # the excerpt is the whole story, with its date lines.
    ],
    roles=[("Fiji's prime minister", "laisenia_qarase"), ("his counterpart", "helen_clark"),
           ("His private secretary", "pene_nonu")],
)

A["dev_8510_ghani_sharif_turkmenistan"] = dict(
    actors={
        "ashraf_ghani": ["Mohammad Ashraf Ghani"],
        # "Sharif" alone is Nawaz Sharif ("Sharif also added"); "Gen. Sharif" is Raheel Sharif.
        "nawaz_sharif": ["Prime Minister Nawaz Sharif", "Nawaz Sharif", "Sharif"],
        "raheel_sharif": ["General Raheel Sharif", "Raheel Sharif", "Gen. Sharif"],
        "abdullah_abdullah": ["Abdullah Abdullah", "CEO Abdullah"],
    },
    meetings=[
        # "The Afghan President Mohammad Ashraf Ghani met with the Pakistani Prime Minister Nawaz
        # Sharif in Turkmenistan today." ("on the sidelines of an international summit
        # organized in Turkmenistan") -> held, 2016-11-26, Turkmenistan (no city given).
        M(["ashraf_ghani", "nawaz_sharif"], "2016-11-26", "Turkmenistan", IP, H,
          "The Afghan President Mohammad Ashraf Ghani met with the Pakistani Prime Minister Nawaz Sharif in Turkmenistan today."),
        # "... General Raheel Sharif spoke with the Afghan Chief Executive Abdullah Abdullah over
        # the phone last night." ("Gen. Sharif called him on Saturday night for a farewell
        # discussion" is the same call) -> phone, held, date null (the reports say "last
        # night", i.e. 2016-11-25, Abdullah says "on Saturday night", i.e. 2016-11-26: the text
        # does not pin the day), place null.
        M(["raheel_sharif", "abdullah_abdullah"], None, None, PH, H,
          "In the meantime, reports emerged earlier today suggesting that the Pakistani Chief of Army Staff General Raheel Sharif spoke with the Afghan Chief Executive Abdullah Abdullah over the phone last night."),
        # Not rows: the "international summit organized in Turkmenistan" (multilateral, its
        # other participants unnamed); Sharif's statements; "The Afghan officials" (unnamed).
        # "By Khaama Press" is the byline (not annotated). Removed: at the start, the search
        # tool's date prefix (" date 2016-11-26 ").
    ],
    roles=[("The Afghan President", "ashraf_ghani"), ("the Pakistani Prime Minister", "nawaz_sharif"),
           ("Pakistani Chief of Army Staff", "raheel_sharif"), ("the Afghan Chief Executive", "abdullah_abdullah")],
)

A["test_8511_sipila_lofven_naantali"] = dict(
    actors={
        "juha_sipila": ["Prime Minister Juha Sipilä", "Juha Sipilä", "Sipilä"],
        "stefan_lofven": ["Stefan Löfven", "Löfven"],
        "yle": ["Yle"],
        "nato": ["NATO"],
        "european_union": ["EU"],
    },
    meetings=[
        # The headline "Sipilä meets Löfven in Naatali" (sic) and the caption "The prime minister
        # of Finland Juha Sipilä (left) and the prime minister of Sweden Stefan Löfven met at the
        # annual Golden Shore Talks ... in Naantali, Finland, is the 19th June 2016." -> held,
        # 2016-06-19, Naantali. The body is about Sipilä's interview; the meeting is stated only
        # in the headline and the caption (captions count, ANNOTATION-GUIDE.md). The evidence is
        # the caption sentence (the page runs the date line, headline, credit and caption
        # together without full stops).
        M(["juha_sipila", "stefan_lofven"], "2016-06-19", "Naantali", IP, H,
          "The prime minister of Finland Juha Sipilä (left) and the prime minister of Sweden Stefan Löfven met at the annual Golden Shore Talks -debate session is a foreign and security policy at the Presidential Summer Residence Kultaranta in Naantali, Finland, is the 19th June 2016."),
        # Not rows: Sipilä speaking "in the national broadcaster Yle's Prime Minister's Interview
        # Hour programme" (a media interview); the Golden Shore Talks debate itself (a public
        # debate, its participants not named); the EU referendum; the Minsk Agreement (a
        # treaty, not an actor). "FTimes – STT Report" is the agency credit and "Photo
        # Lehtikuva" the photo credit (not annotated). Removed: at the end, the last, cut-off
        # sentence ("In Finland, preparations on the basis of"). The slips "Naatali", "Talks
        # -debate session is a", "is the 19th June 2016" and the unclosed quotation are kept.
    ],
    roles=[("The prime minister of Finland", "juha_sipila"), ("the prime minister of Sweden", "stefan_lofven"),
           ("The PM", "juha_sipila"), ("the premier", "juha_sipila")],
)

_SOEKARNO_TUNKU = "President Soekarno, of Indonesia, and President Macapagal, of the Philippines, indicated today they wanted to meet the Malaysian Prime Minister (Tunku Abdul Rahman) again to discuss the Malaysia question."
A["dev_8512_soekarno_macapagal_manila"] = dict(
    actors={
        "sukarno": ["President Soekarno", "Soekarno"],
        "diosdado_macapagal": ["President Macapagal", "Macapagal"],
        "tunku_abdul_rahman": ["Tunku Abdul Rahman", "Tunku"],
        "maphilindo": ["Maphilindo"],
    },
    meetings=[
        # "The two Presidents noted with regret that the present friendly discussion included
        # only two of the three signatories" ("the present meeting", "a five-day 'working State
        # visit' to the Philippines by President Soekarno" are the same) -> held, date null (the
        # visit's days are not given; the joint statement is dated "today"), Manila (the
        # dateline, where the statement closing the visit was issued).
        M(["sukarno", "diosdado_macapagal"], None, "Manila", IP, H,
          "The joint statement said: “The two Presidents noted with regret that the present friendly discussion included only two of the three signatories to the Manila agreements, but expressed the hope that the next will witness the participation of all."),
        # "... indicated today they wanted to meet the Malaysian Prime Minister (Tunku Abdul
        # Rahman) again" (the hoped-for "tripartite mushawarah" and "the next" discussion are the
        # same) -> an intended meeting of three named people: pair rows, planned, date null,
        # place null; all required False (a wish, no meeting arranged; see the notes).
        M(["sukarno", "tunku_abdul_rahman"], None, None, IP, P, _SOEKARNO_TUNKU, False),
        M(["diosdado_macapagal", "tunku_abdul_rahman"], None, None, IP, P, _SOEKARNO_TUNKU, False),
        M(["sukarno", "diosdado_macapagal"], None, None, IP, P, _SOEKARNO_TUNKU, False),
        # Not rows: the Manila agreements "of last August" (a treaty; its signing is not
        # reported as a meeting here); the break-up of Maphilindo. "(L't .Z.P.A .-Reuter— i
        # Copyright)" (OCR) is the agency credit (not annotated). Removed: at the start, Papers
        # Past's two correction notices ("Thank you for correcting the text ..." / "This article
        # contains searchable text ...") and twelve "Article image" lines; at the end, the
        # cut-off fragment "The stat". OCR slips and the paragraph breaks inside "They made it
        # clear that / the present meeting" and "Philip- / pines" are kept.
    ],
    roles=[("the Malaysian Prime Minister", "tunku_abdul_rahman")],
)
