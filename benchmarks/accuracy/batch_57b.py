"""Accuracy corpus, batch 57b: 12 new articles about meetings between political actors, all
published in EVEN years (another helper takes odd years as batch 57a), from the 1970s to the 2020s
(1970s: one, 1980s: two, 1990s: two, 2000s: two, 2010s: two, 2020s: three; five of the twelve
from before 2000 (1974, 1988, 1988, 1994, 1998), as the brief asked for at least five), over the
eleven regions (Western Europe: two; Central Asia/Caucasus, Middle East, Africa, Southeast Asia,
Eastern Europe/Russia, Latin America, North America, South Asia, East Asia, Oceania: one each).
Outlets/sites: News.az (news.az; AZERTAC copy), Watchdog Uganda (watchdoguganda.com), Nation
Thailand (nationthailand.com), The Roanoke Times (Associated Press copy) via the Virginia Tech
news archive (scholar.lib.vt.edu), PM Transcripts (Australian Prime Minister's Office; a media
release), the Ministry of Foreign Affairs of Japan (mofa.go.jp; a readout), the Privy Council
Office archive of the Canadian Prime Minister's Office (epe.lac-bac.gc.ca; a news release),
Business Standard (business-standard.com; PTI copy), docslib.org (a Gerald R. Ford Library
scan of a White House press guidance), Expatica (expatica.com), the Royal Embassy of Saudi
Arabia's news archive (saudiembassy.net) and the South Florida Sun-Sentinel
(articles.sun-sentinel.com).
All twelve sites were used before in the corpus (as `sources.csv` shows; no unused site offered
a usable even-year page in the searches); the pages are new, and so are the meetings they report
(see the notes).
Collected with the `search` tool (corpus `pages`) and annotated from the texts alone, BEFORE the
package was run on them (the package has not been run, imported or read for this batch).
Conventions: ANNOTATION.md and /work/shared/ANNOTATION-GUIDE.md. Notes: batch_57b_NOTES.md.

Split rule (fixed before annotating, as given in the brief for this batch, the same as batches
5a-56b): the articles are numbered 1..12 in the order they were first found in this session's
search results (the query in which each first appeared, then its rank in that query), after
skipping pages already in the corpus; positions 3, 7 and 11 are test, all others dev. Ids:
`dev_113NN_<slug>` / `test_113NN_<slug>`, NN = collection position (01..12).

M(participants, date, place, kind, status, evidence, required=True)
Evidence is the verbatim sentence (line breaks inside it replaced by single spaces).
Aliases are written as they stand in the text (typos and OCR errors included).
"""


from annotations import H, IP, M, P, PH, VID  # noqa: F401 (the same row helpers)

# (article_id, region, decade, outlet, url, published)
ARTICLES = [
    # No date line in the kept text; the search tool's date field 2018-11-02 (removed with its
    # prefix; a Friday, checked): the day of the meeting is not stated ("has met") -> no date.
    ("dev_11301_mammadov_sagintayev_astana", "Central Asia/Caucasus", "2010s", "News.az (news.az; AZERTAC copy)", "https://news.az/news/azerbaijans-pm-meets-with-kazakh-counterpart", "2018-11-02"),
    # No date line in the kept text; the search tool's date field 2022-03-06 (removed with its
    # prefix; a Sunday, checked): "has met" gives no day -> no date.
    ("dev_11302_museveni_musyoka_nakasero", "Africa", "2020s", "Watchdog Uganda (watchdoguganda.com)", "https://www.watchdoguganda.com/news/20220306/131468/museveni-meets-kenyan-delegation-discuss-peace-in-great-lakes-region.html", "2022-03-06"),
    # No date line in the kept text; the search tool's date field 2022-11-17 (removed with its
    # prefix; a Thursday, checked): "on Wednesday" = 2022-11-16 (checked).
    ("test_11303_phuc_prayut_bangkok", "Southeast Asia", "2020s", "Nation Thailand (nationthailand.com)", "https://www.nationthailand.com/thailand/general/40022152", "2022-11-17"),
    # The archive's header "DATE: THURSDAY, January 13, 1994" (a Thursday, checked; the URL's
    # 940113 agrees): "Friday" = 1994-01-14, "Wednesday" = 1994-01-12 (checked); the day of the
    # Kiev airport meeting is not stated -> no date.
    ("dev_11304_clinton_kravchuk_kiev_airport", "Eastern Europe/Russia", "1990s", "The Roanoke Times (Associated Press), via the Virginia Tech news archive (scholar.lib.vt.edu)", "https://scholar.lib.vt.edu/VA-news/ROA-Times/issues/1994/rt9401/940113/01130231.htm", "1994-01-13"),
    # The header "Release Date: 11/08/1988" (day/month/year, as the site's "Period of Service:
    # 11/03/1983" shows; 1988-08-11, a Thursday, checked): the visit "from Monday 15 to Sunday
    # 21 August" (a range) -> no date for the Canberra discussions.
    ("dev_11305_lange_australia_visit_1988", "Oceania", "1980s", "PM Transcripts (Australian Prime Minister's Office; media release)", "http://pmtranscripts.pmc.gov.au/release/transcript-7372", "1988-08-11"),
    # The date line "May 10, 2018" (a Thursday, checked): the call "On May 10" = 2018-05-10; the
    # meetings "on May 9" = 2018-05-09.
    ("dev_11306_abe_trump_phone_may2018", "East Asia", "2010s", "Ministry of Foreign Affairs of Japan (mofa.go.jp; readout)", "https://www.mofa.go.jp/na/na1/us/page3e_000882.html", "2018-05-10"),
    # The date line "July 27, 2000" (a Thursday, checked; the URL's 20000727 agrees): the meeting
    # "on Tuesday, August 22" = 2000-08-22 (a Tuesday, checked; the year of publication).
    ("test_11307_chretien_fox_ottawa_planned", "North America", "2000s", "Prime Minister's Office of Canada, via the Privy Council Office web archive (epe.lac-bac.gc.ca; news release)", "https://epe.lac-bac.gc.ca/100/205/301/pco-bcp/website/06-10-10/www.pco-bcp.gc.ca/default.asp@language=e&page=archivechretien&sub=newsreleases&doc=visitmexicopreselect.20000727_e.htm", "2000-07-27"),
    # The lines "Last Updated : Oct 04 2024" and "First Published: Oct 04 2024" (a Friday,
    # checked; the URL's 124100400815 agrees): "on Friday" = 2024-10-04; the other meetings of
    # the "day-long visit" -> 2024-10-04.
    ("dev_11308_jaishankar_premadasa_colombo", "South Asia", "2020s", "Business Standard (business-standard.com; Press Trust of India)", "https://www.business-standard.com/amp/external-affairs-defence-security/news/eam-jaishankar-meets-sri-lankan-opposition-leader-sajith-premadasa-124100400815_1.html", "2024-10-04"),
    # The title line "... Kreisky November 12, 1974" (a Tuesday, checked): "this morning" =
    # 1974-11-12.
    ("dev_11309_kreisky_oval_office_1974", "Western Europe", "1970s", "White House press guidance (Ron Nessen Papers, Gerald R. Ford Presidential Library), via docslib.org", "https://docslib.org/doc/13546737/the-original-documents-are-located-in-box-121-folder-austria-of-the-ron-nessen-papers-at-the-gerald-r", "1974-11-12"),
    # The date line "13 May 2004" (a Thursday, checked): "Thursday" = 2004-05-13; "last week"
    # -> no date.
    ("dev_11310_zapatero_berlusconi_rome", "Western Europe", "2000s", "Expatica (expatica.com; EFE copy)", "https://www.expatica.com/es/general/zapatero-carries-on-tour-with-trip-to-rome-45864/", "2004-05-13"),
    # Only the year: the line "1998 News Story" and the URL (archive/1998); no day or month in
    # the page or the URL -> `published` empty (as dev_043), decade 1990s; "today" cannot be
    # resolved -> no dates.
    ("test_11311_saud_bajamal_jeddah", "Middle East", "1990s", "Royal Embassy of Saudi Arabia, Washington (saudiembassy.net; news archive)", "http://saudiembassy.net/archive/1998/news/page226.aspx", ""),
    # The date line "March 25, 1988" (a Friday, checked; the URL's 1988-03-25 agrees): "today"
    # = 1988-03-25; "on Saturday" = 1988-03-26 (the end of the same meetings).
    ("dev_11312_de_la_madrid_cerezo_cancun", "Latin America", "1980s", "South Florida Sun-Sentinel (articles.sun-sentinel.com)", "http://articles.sun-sentinel.com/1988-03-25/news/8801180597_1_guatemalan-refugee-camps-quintana-roo", "1988-03-25"),
]

A = {}

A["dev_11301_mammadov_sagintayev_astana"] = dict(
    actors={
        "novruz_mammadov": ["Prime Minister Novruz Mammadov", "Novruz Mammadov"],
        "bakytzhan_sagintayev": ["Prime Minister of Kazakhstan Bakytzhan Sagintayev", "Bakytzhan Sagintayev"],
        "heydar_aliyev": ["Heydar Aliyev"],
        "nursultan_nazarbayev": ["Nursultan Nazarbayev"],
        "ilham_aliyev": ["President of Azerbaijan Ilham Aliyev", "Ilham Aliyev"],
        "cis": ["Commonwealth of Independent States", "CIS"],
        "azertag": ["AZERTAC"],
        # New key.
        "cis_council_of_heads_of_state": ["Council of Heads of State of the Commonwealth of Independent States",
                                          "Council of Heads of State of CIS"],
    },
    meetings=[
        # "A delegation led by Azerbaijan's Prime Minister Novruz Mammadov has met with Prime
        # Minister of Kazakhstan Bakytzhan Sagintayev on the sidelines of the session ... in
        # Astana" ("the meeting" of the subtitle, "the prime ministers": the same) -> held, date
        # null (the day is not stated), Astana.
        M(["novruz_mammadov", "bakytzhan_sagintayev"], None, "Astana", IP, H,
          "A delegation led by Azerbaijan’s Prime Minister Novruz Mammadov has met with Prime Minister of Kazakhstan Bakytzhan Sagintayev on the sidelines of the session of the Council of Heads of State of the Commonwealth of Independent States (CIS) in Astana, AZERTAC reports."),
        # Not rows: "the session of the Council of Heads of State" (a plenary as such); "Heydar
        # Aliyev and Nursultan Nazarbayev - always maintained close cooperation" (no specific
        # meeting). AZERTAC is the agency cited in the body (annotated, key `azertag`). Kept as
        # they stand: the subtitle without a full stop. Removed: at the start, the search tool's
        # date prefix (" date 2018-11-02 ") and the site's font-size widget ("+ ↺ − 16 px"); at
        # the end, the cut-off last sentence ("In this regard, the prime ministers underlined the
        # importance of the Baku-Tbilisi-Kars ").
    ],
    roles=[("Azerbaijan’s Prime Minister", "novruz_mammadov"), ("Prime Minister of Kazakhstan", "bakytzhan_sagintayev"),
           ("President of Azerbaijan", "ilham_aliyev"), ("national leader", "heydar_aliyev")],
)

A["dev_11302_museveni_musyoka_nakasero"] = dict(
    actors={
        "yoweri_museveni": ["President Yoweri Museveni", "Yoweri Museveni", "President Museveni"],
        "gideon_moi": ["Senator Gideon Moi", "Gideon Moi"],
        "jeje_odongo": ["Hon. Gen. Jeje Odongo", "Jeje Odongo"],
        "idi_amin": ["Idi Amin"],
        # New keys.
        "kalonzo_musyoka": ["H.E Stephen Kalonzo Musyoka", "Stephen Kalonzo Musyoka", "H.E Musyoka"],
        "kennedy_mokaya": ["Amb. Kennedy Mokaya", "Kennedy Mokaya"],
        "betty_bigombe": ["Hon. Betty Bigombe", "Betty Bigombe"],
        "arthur_kafeero": ["Amb. Arthur Kafeero", "Arthur Kafeero"],
        "ministry_of_foreign_affairs_uganda": ["Ministry of Foreign Affairs"],
    },
    meetings=[
        # "President Yoweri Museveni has met with a Kenyan delegation led by the former Vice
        # President, H.E Stephen Kalonzo Musyoka, at State Lodge, Nakasero" -> held, date null
        # (the day is not stated), Nakasero (the most specific named locality; no city given).
        M(["yoweri_museveni", "kalonzo_musyoka"], None, "Nakasero", IP, H,
          "President Yoweri Museveni has met with a Kenyan delegation led by the former Vice President, H.E Stephen Kalonzo Musyoka, at State Lodge, Nakasero for consultations on the peace process in the Great Lakes region."),
        # Not rows: Moi, Mokaya, Odongo, Bigombe and Kafeero were "present at the meeting" (not
        # participants); Musyoka "requested for another meeting" (a request, no meeting agreed);
        # "the war against Idi Amin" (no meeting). Kept as they stand: "H.E" without a full stop,
        # "the Ag. Permanent Secretary". Removed: at the start, the search tool's date prefix
        # (" date 2022-03-06 "). The article is whole (no cut-off sentence).
    ],
    roles=[("the former Vice President", "kalonzo_musyoka"), ("the President", "yoweri_museveni"),
           ("the High Commissioner of Kenya", "kennedy_mokaya"),
           ("Uganda’s Minister for Foreign Affairs", "jeje_odongo"),
           ("the Ag. Permanent Secretary, Ministry of Foreign Affairs", "arthur_kafeero")],
)

A["test_11303_phuc_prayut_bangkok"] = dict(
    actors={
        "prayut_chan_o_cha": ["Prime Minister General Prayut Chan-o-cha", "Prayut Chan-o-cha", "Prayut"],
        "nguyen_xuan_phuc": ["Vietnamese President Nguyen Xuan Phuc", "Nguyen Xuan Phuc", "President Phuc", "Phuc"],
        "apec": ["Asia-Pacific Economic Cooperation", "Apec"],
        "ministry_of_foreign_affairs_thailand": ["Thailand’s Foreign Ministry"],
        # New key.
        "tran_nguyet_thu": ["Tran Nguyet Thu"],
    },
    meetings=[
        # "Vietnamese President Nguyen Xuan Phuc and his spouse Tran Nguyet Thu met Prayut at
        # Government House on Wednesday" ("a bilateral meeting with Prayut and a dinner", "The
        # two leaders held wide-ranging discussions": the same visit) -> held, 2022-11-16,
        # Bangkok (Government House -> Bangkok, as White House -> Washington; the Apec meeting
        # "in Bangkok"). The spouse is not a participant (accompanying).
        M(["nguyen_xuan_phuc", "prayut_chan_o_cha"], "2022-11-16", "Bangkok", IP, H,
          "At the invitation of Prime Minister General Prayut Chan-o-cha, Vietnamese President Nguyen Xuan Phuc and his spouse Tran Nguyet Thu met Prayut at Government House on Wednesday prior to attending the Asia-Pacific Economic Cooperation (Apec) Economic Leaders’ Meeting in Bangkok."),
        # Not rows: "the Asia-Pacific Economic Cooperation (Apec) Economic Leaders' Meeting" (a
        # plenary as such); "other engagements with Thailand's leaders and business circles"
        # (unnamed; no specific meeting); "a welcome ceremony" (the same visit). Removed: at the
        # start, the search tool's date prefix (" date 2022-11-17 "). The article is whole as
        # returned (it ends with a full sentence).
    ],
    roles=[("Vietnamese President", "nguyen_xuan_phuc"), ("the prime minister", "prayut_chan_o_cha"),
           ("his spouse", "tran_nguyet_thu")],
)

_KR = "After a short airport meeting with Ukraine's President Leonid Kravchuk, Clinton said the accord would be signed Friday in Moscow by them and Russian President Boris Yeltsin."
A["dev_11304_clinton_kravchuk_kiev_airport"] = dict(
    actors={
        "bill_clinton": ["Clinton"],
        "leonid_kravchuk": ["Ukraine's President Leonid Kravchuk", "Leonid Kravchuk", "Kravchuk"],
        "boris_yeltsin": ["Russian President Boris Yeltsin", "Boris Yeltsin", "Yeltsin"],
        "viktor_chernomyrdin": ["Prime Minister Viktor Chernomyrdin", "Viktor Chernomyrdin"],
        "nato": ["NATO"],
        "us_congress": ["Congress"],
    },
    meetings=[
        # "a short airport meeting with Ukraine's President Leonid Kravchuk" ("At a joint news
        # conference with Kravchuk", "the Kiev stopover": the same) -> held, date null (the day
        # of the stopover is not stated), Kiev (the dateline; "the Kiev stopover").
        M(["bill_clinton", "leonid_kravchuk"], None, "Kiev", IP, H, _KR),
        # "the accord would be signed Friday in Moscow by them and Russian President Boris
        # Yeltsin" -> a planned signing by three named leaders -> one row per pair, planned,
        # 1994-01-14, Moscow.
        M(["bill_clinton", "leonid_kravchuk"], "1994-01-14", "Moscow", IP, P, _KR),
        M(["bill_clinton", "boris_yeltsin"], "1994-01-14", "Moscow", IP, P, _KR),
        M(["leonid_kravchuk", "boris_yeltsin"], "1994-01-14", "Moscow", IP, P, _KR),
        # "He then headed for the Russian capital for a summit meeting clouded by ... Yeltsin's
        # reform programs" -> Clinton-Yeltsin summit, planned, date null, Moscow; required False
        # (the counterpart is implied, not stated; may be the same encounter as the signing).
        M(["bill_clinton", "boris_yeltsin"], None, "Moscow", IP, P,
          "He then headed for the Russian capital for a summit meeting clouded by rising discontent over Yeltsin's reform programs and uncertainty about how much more money the United States could provide.",
          False),
        # "He was greeted in light snow by a delegation including Prime Minister Viktor
        # Chernomyrdin" -> held, date null (the night of arrival; the day is not stated), Moscow;
        # required False (an arrival greeting, as dev_031's tarmac remark).
        M(["bill_clinton", "viktor_chernomyrdin"], None, "Moscow", IP, H,
          "He was greeted in light snow by a delegation including Prime Minister Viktor Chernomyrdin and was handed a bouquet of flowers by a woman in the group.",
          False),
        # "Wednesday in the Czech capital of Prague, Clinton won reluctant approval from the
        # leaders of Poland, Hungary, the Czech Republic and Slovakia" -> the counterparts are
        # given by role alone -> a one-party row (Clinton), held, 1994-01-12, Prague; required
        # False (a group of unnamed leaders, as dev_013's "20 diplomats").
        M(["bill_clinton"], "1994-01-12", "Prague", IP, H,
          "Wednesday in the Czech capital of Prague, Clinton won reluctant approval from the leaders of Poland, Hungary, the Czech Republic and Slovakia for his Partnership for Peace program.",
          False),
        # Not rows: "a woman in the group" (unnamed); "A senior U.S. official said on the flight"
        # (a statement); "the Partnership for Peace program" (a programme). The archive header
        # with "SOURCE: Associated Press" is kept and the agency credit is not annotated. Kept as
        # they stand: the header line ("Copyright (c) 1995", "TAG: 9401130231", ...). Removed: at
        # the end, the cut-off last sentence ("In the past, the Ukrainian Parlia"). Nothing
        # removed at the start.
    ],
    roles=[("Ukraine's President", "leonid_kravchuk"), ("Russian President", "boris_yeltsin"),
           ("Prime Minister", "viktor_chernomyrdin")],
)

A["dev_11305_lange_australia_visit_1988"] = dict(
    actors={
        # The release's author ("me", "my") is named only in the header lines (as test_6103).
        "bob_hawke": ["Hawke, Robert"],
        "david_lange": ["The Right Honourable David Lange MP", "David Lange"],
        # New key.
        "naomi_lange": ["Mrs Lange"],
    },
    meetings=[
        # "The New Zealand Prime Minister will ... have discuss-ions in Canberra with me and senior
        # ministers" -> Lange-Hawke, planned, date null (the visit runs "from Monday 15 to Sunday
        # 21 August"; no day for Canberra), Canberra; the senior ministers are unnamed.
        M(["david_lange", "bob_hawke"], None, "Canberra", IP, P,
          "The New Zealand Prime Minister will attend World Expo 88 in Brisbane as his country's National Day guest and have discuss-ions in Canberra with me and senior ministers focusing on a range of bilateral-. and regional issues."),
        # Not rows: "an official visit to Australia" and "my invitation to him" (the same visit);
        # "my own visit to New Zealand last November" (a visit to a country, no counterpart
        # named, as 56b's "My visit to Yerevan"); attending World Expo 88 and handing over the
        # vessel Akarana (no counterpart); "Mrs Lange" accompanies (not a participant). "The
        # National Archive" is the site's link line (not annotated, as test_6103). Kept as they
        # stand: the hard line breaks of the transcript, "spend tine", "discuss-ions",
        # "bilateral-." and the page number "1091 03". Removed: at the start, the site lines "PM
        # Transcripts", "Transcripts from the Prime Ministers of Australia", "Transcript 7372"
        # and "Photo of Hawke, Robert"; at the end, the repeated site line "Transcript 7372". The
        # release is whole.
    ],
    roles=[("Prime Minister of New Zealand", "david_lange"), ("The New Zealand Prime Minister", "david_lange")],
)

_AB = "- Prime Minister Abe explained to President Trump that at the Japan-China-Republic of Korea (ROK) Summit Meeting, at the Japan-ROK Summit Meeting with Mr. Moon Jae-in, President of the ROK, and at the Japan-China Summit Meeting with His Excellency Mr. Li Keqiang, Premier of the State Council of China, on May 9, he exchanged views on the Inter-Korean Summit Meeting, the China-North Korea Summit Meeting, and responses leading up to the U.S.-North Korea Summit Meeting based on those meetings."
A["dev_11306_abe_trump_phone_may2018"] = dict(
    actors={
        "shinzo_abe": ["Mr. Shinzo Abe", "Shinzo Abe", "Prime Minister Abe"],
        "donald_trump": ["the Honorable Donald Trump", "Donald Trump", "President Trump"],
        "mike_pompeo": ["Mr. Mike Pompeo", "Mike Pompeo"],
        "moon_jae_in": ["Mr. Moon Jae-in", "Moon Jae-in"],
        "li_keqiang": ["His Excellency Mr. Li Keqiang", "Li Keqiang"],
    },
    meetings=[
        # "On May 10, commencing at around 10 a.m. for approximately 20 minutes, Mr. Shinzo Abe
        # ... held a telephone talk with the Honorable Donald Trump" -> phone, held, 2018-05-10,
        # no place.
        M(["shinzo_abe", "donald_trump"], "2018-05-10", None, PH, H,
          "On May 10, commencing at around 10 a.m. for approximately 20 minutes, Mr. Shinzo Abe, Prime Minister of Japan, held a telephone talk with the Honorable Donald Trump, President of the United States of America."),
        # "the Japan-ROK Summit Meeting with Mr. Moon Jae-in ... and ... the Japan-China Summit
        # Meeting with ... Mr. Li Keqiang ... on May 9" -> two held bilaterals, 2018-05-09, place
        # null (the text names none).
        M(["shinzo_abe", "moon_jae_in"], "2018-05-09", None, IP, H, _AB),
        M(["shinzo_abe", "li_keqiang"], "2018-05-09", None, IP, H, _AB),
        # "the Japan-China-Republic of Korea (ROK) Summit Meeting" -> the three leaders of the
        # same sentence; the Abe pairs are the rows above; the Moon-Li pair is required False
        # (its participants are implied by the countries, not named with the trilateral).
        M(["moon_jae_in", "li_keqiang"], "2018-05-09", None, IP, H, _AB, False),
        # Not rows: "the visit to North Korea by Mr. Mike Pompeo" (no counterpart named); "the
        # upcoming U.S.-North Korea Summit Meeting", "the Inter-Korean Summit Meeting", "the
        # China-North Korea Summit Meeting" (participants not named). Kept as they stand: the
        # section line "Japan-United States of America Relations" and the dashes of the list.
        # Removed: at the end, the cut-off last item ("- In addition, the two leaders shared the
        # view that Japan and the United States will continue to cooperate to enco"). Nothing
        # removed at the start.
    ],
    roles=[("Prime Minister of Japan", "shinzo_abe"), ("President of the United States of America", "donald_trump"),
           ("Secretary of State of the United States", "mike_pompeo"), ("President of the ROK", "moon_jae_in"),
           ("Premier of the State Council of China", "li_keqiang")],
)

A["test_11307_chretien_fox_ottawa_planned"] = dict(
    actors={
        "jean_chretien": ["Prime Minister Jean Chrétien", "Jean Chrétien"],
        "vicente_fox": ["Vicente Fox", "Mr. Fox", "President-elect Fox"],
        "prime_ministers_office_canada": ["PMO Press Office"],
    },
    meetings=[
        # "The Prime Minister will meet with President-elect Fox in Ottawa on Tuesday, August 22"
        # ("Fox will visit Canada on August 22 and 23": the same visit) -> planned, 2000-08-22,
        # Ottawa.
        M(["jean_chretien", "vicente_fox"], "2000-08-22", "Ottawa", IP, P,
          "The Prime Minister will meet with President-elect Fox in Ottawa on Tuesday, August 22."),
        # Not rows: "the next Summit of the Americas in Quebec City next April" (a plenary); the
        # trip to Toronto on August 23 (no counterpart named); "get to know one another better"
        # (the same visit). Kept as they stand: the title in capitals over two lines, the hard
        # line breaks, "-30-" and the press-office line. Removed: at the end, the site's two
        # lines "|". Nothing removed at the start.
    ],
    roles=[("the President-elect of the United Mexican States", "vicente_fox"), ("the Prime Minister", "jean_chretien"),
           ("The Prime Minister", "jean_chretien"), ("The President-elect", "vicente_fox")],
)

_JS = "Jaishankar met President Dissanayake, Prime Minister Harini Amarasuriya and his counterpart Vijitha Herath before meeting Premadasa."
A["dev_11308_jaishankar_premadasa_colombo"] = dict(
    actors={
        "subrahmanyam_jaishankar": ["External Affairs Minister S Jaishankar", "S Jaishankar", "EAM Jaishankar",
                                    "Jaishankar", "@DrSJaishankar"],
        "ranasinghe_premadasa": ["former president Ranasinghe Premadasa", "Ranasinghe Premadasa"],
        # New keys.
        "sajith_premadasa": ["Sajith Premadasa", "Premadasa", "@sajithpremadasa"],
        "anura_kumara_dissanayake": ["Anura Kumara Dissanayake", "President Dissanayake"],
        "harini_amarasuriya": ["Prime Minister Harini Amarasuriya", "Harini Amarasuriya"],
        "vijitha_herath": ["Vijitha Herath"],
        "samagi_jana_balawegaya": ["Samagi Jana Balawegaya", "SJB"],
        "national_peoples_power": ["National People's Power", "NPP"],
    },
    meetings=[
        # "External Affairs Minister S Jaishankar on Friday met Sajith Premadasa" ("Good to see
        # SJB leader @sajithpremadasa in Colombo today", "Great to meet @DrSJaishankar": the
        # same) -> held, 2024-10-04, Colombo (the dateline "Press Trust of India Colombo" and
        # "in Colombo today").
        M(["subrahmanyam_jaishankar", "sajith_premadasa"], "2024-10-04", "Colombo", IP, H,
          "External Affairs Minister S Jaishankar on Friday met Sajith Premadasa, Sri Lanka's leader of the opposition from the Samagi Jana Balawegaya party."),
        # "Jaishankar met President Dissanayake, Prime Minister Harini Amarasuriya and his
        # counterpart Vijitha Herath before meeting Premadasa" -> three separate held meetings,
        # 2024-10-04 (the "day-long visit"), Colombo ("who is here").
        M(["subrahmanyam_jaishankar", "anura_kumara_dissanayake"], "2024-10-04", "Colombo", IP, H, _JS),
        M(["subrahmanyam_jaishankar", "harini_amarasuriya"], "2024-10-04", "Colombo", IP, H, _JS),
        M(["subrahmanyam_jaishankar", "vijitha_herath"], "2024-10-04", "Colombo", IP, H, _JS),
        # Not rows: the posts on X (statements about the same meeting); "came to power on
        # September 23" (no meeting). The byline line "Press Trust of India Colombo" is the
        # agency credit (not annotated); the caption "Image posted by EAM Jaishankar on X" is
        # kept. Kept as they stand: the subtitle repeated as a paragraph, the site's lines "1 min
        # read Last Updated : ..." and "First Published: ...", the unopened quotation ("As he
        # often says, A strong ... interest.'"). Removed: at the end, two empty lines. Nothing
        # removed at the start (the excerpt begins with the headline).
    ],
    roles=[("External Affairs Minister", "subrahmanyam_jaishankar"), ("Sri Lanka's leader of the opposition", "sajith_premadasa"),
           ("SJB leader", "sajith_premadasa"), ("his counterpart", "vijitha_herath"),
           ("former president", "ranasinghe_premadasa"), ("EAM", "subrahmanyam_jaishankar")],
)

A["dev_11309_kreisky_oval_office_1974"] = dict(
    actors={
        "bruno_kreisky": ["Austrian Chancellor Kreisky", "Kreisky"],
        "white_house": ["White House"],
    },
    meetings=[
        # "Following this morning's arrival ceremony the President and Austrian Chancellor met
        # in the Oval Office" -> "the President" is never named in the kept text (a role only)
        # -> a one-party row (Kreisky), held, 1974-11-12, Washington (Oval Office -> the White
        # House -> Washington).
        M(["bruno_kreisky"], "1974-11-12", "Washington", IP, H,
          "Following this morning's arrival ceremony the President and Austrian Chancellor met in the Oval Office."),
        # Not rows: "The European Security Conference" and "the force reduction talks (MBFR)"
        # (conferences as such). Kept as they stand: the leading "- " of the title line, "This
        # morning 1 s meeting" (OCR), "East•West", the unfinished "presently underway in (NOTE:
        # ...)". Removed: at the start, the library's lines before the document ("The original
        # documents are located in Box 121, folder “” of the Ron Nessen Papers at the Gerald R.
        # Ford Presidential Library." through "Digitized from Box 121 of the Ron Nessen Papers at
        # the Gerald R. Ford Presidential Library", the copyright notice included); at the end,
        # the cut-off last sentence ("In this general category of detente, I believe the
        # President also briefly dis cussed the prospects for his forthcoming meeting with
        # General Secretary Brezhnev i").
    ],
    roles=[("Austrian Chancellor", "bruno_kreisky"), ("the Chancellor", "bruno_kreisky")],
)

A["dev_11310_zapatero_berlusconi_rome"] = dict(
    actors={
        "jose_luis_rodriguez_zapatero": ["José Luis Rodríguez Zapatero", "Zapatero"],
        "silvio_berlusconi": ["Italian premier Silvio Berlusconi", "Silvio Berlusconi", "Berlusconi"],
        "jose_maria_aznar": ["José María Aznar", "Aznar"],
        "jose_manuel_durao_barroso": ["Durao Barroso"],
        "efe": ["EFE"],
    },
    meetings=[
        # "Zapatero travelled to Rome Thursday for talks with Italian premier Silvio Berlusconi"
        # ("an hour-long meeting with Berlusconi", "The two premiers talked", "They will also
        # talk later Thursday": the same day and place) -> held, 2004-05-13, Rome.
        M(["jose_luis_rodriguez_zapatero", "silvio_berlusconi"], "2004-05-13", "Rome", IP, H,
          "ROME – José Luis Rodríguez Zapatero travelled to Rome Thursday for talks with Italian premier Silvio Berlusconi, one of the biggest European allies of the former Spanish prime minister José María Aznar."),
        # "Zapatero had similar talks last week with the Portuguese head of state Durao Barroso"
        # -> held, date null ("last week"), place null (not stated).
        M(["jose_luis_rodriguez_zapatero", "jose_manuel_durao_barroso"], None, None, IP, H,
          "Zapatero had similar talks last week with the Portuguese head of state Durao Barroso, whose country also supports the American-led invasion."),
        # Not rows: "his tour of Europe to have meetings with all the heads of state" (unnamed, no
        # specific meeting); "At a press conference" (the same visit); "Government sources told
        # EFE" (unnamed). Kept as they stand: "the Portuguese head of state" (for the prime
        # minister), the double spaces ("country’s  populations", "if  it") and the trailing
        # space after "expressed.". Removed: at the start, the site line "Expatica news"; at the
        # end, the cut-off last sentence ("But Madrid will not object if Rome continues to
        # suggest its own candidature as it hosted th").
    ],
    roles=[("Italian premier", "silvio_berlusconi"), ("the former Spanish prime minister", "jose_maria_aznar"),
           ("the Spanish premier", "jose_luis_rodriguez_zapatero"), ("The Spanish premier", "jose_luis_rodriguez_zapatero"),
           ("the Portuguese head of state", "jose_manuel_durao_barroso")],
)

A["test_11311_saud_bajamal_jeddah"] = dict(
    actors={
        "saud_al_faisal": ["Minister of Foreign Affairs Prince Saud Al-Faisal", "Prince Saud Al-Faisal"],
        "abdullah_bin_abdulaziz": ["Crown Prince Abdullah Ibn Abdul Aziz"],
        "sultan_bin_abdulaziz": ["Prince Sultan Ibn Abdul Aziz"],
        "ali_abdullah_saleh": ["Yemeni President Ali Abdullah Saleh", "Ali Abdullah Saleh"],
        # New keys.
        "abdul_qadir_bajamal": ["Dr. Abdul-Qadir Bajamal", "Abdul-Qadir Bajamal", "Minister Bajamal"],
        "hussein_muhammad_arab": ["General Hussein Muhammad Arab", "Hussein Muhammad Arab"],
        "saudi_national_guard": ["National Guard"],
    },
    meetings=[
        # "Prince Saud Al-Faisal today welcomed in Jeddah visiting Yemeni Deputy Prime Minister
        # ... Dr. Abdul-Qadir Bajamal, whom he had invited for discussions" -> held, date null
        # ("today" of an undated story), Jeddah.
        M(["saud_al_faisal", "abdul_qadir_bajamal"], None, "Jeddah", IP, H,
          "Minister of Foreign Affairs Prince Saud Al-Faisal today welcomed in Jeddah visiting Yemeni Deputy Prime Minister and Minister of Foreign Affairs Dr. Abdul-Qadir Bajamal, whom he had invited for discussions on matters of mutual concern, in particular aspects of the border issue between the two countries."),
        # "Minister Bajamal conveyed to Crown Prince Abdullah ... a message from Yemeni President
        # Ali Abdullah Saleh" -> the delivery of a message in person implies an audience -> held,
        # date null, Jeddah (the visit); required False (a message delivery; the meeting is
        # implied, not stated). Saleh is the sender, not a participant.
        M(["abdul_qadir_bajamal", "abdullah_bin_abdulaziz"], None, "Jeddah", IP, H,
          "Minister Bajamal conveyed to Crown Prince Abdullah Ibn Abdul Aziz, Deputy Prime Minister and Commander of the National Guard, a message from Yemeni President Ali Abdullah Saleh.",
          False),
        # "Later, he was received by Prince Sultan Ibn Abdul Aziz" -> held, date null, Jeddah (the
        # visit; no other place named).
        M(["abdul_qadir_bajamal", "sultan_bin_abdulaziz"], None, "Jeddah", IP, H,
          "Later, he was received by Prince Sultan Ibn Abdul Aziz, Second Deputy Prime Minister, Minister of Defense and Aviation and Inspector-General."),
        # Not rows: "Prince Saud Al-Faisal held a press conference" (a news conference); the
        # remarks of Hussein Muhammad Arab (statements); "the relevant committees" (unnamed).
        # Kept as they stand: the line "1998 News Story", the double spaces after "Saleh." and
        # "countries.". Nothing removed (the excerpt is whole).
    ],
    roles=[("Minister of Foreign Affairs", "saud_al_faisal"),
           ("Yemeni Deputy Prime Minister and Minister of Foreign Affairs", "abdul_qadir_bajamal"),
           ("Deputy Prime Minister and Commander of the National Guard", "abdullah_bin_abdulaziz"),
           ("Yemeni President", "ali_abdullah_saleh"),
           ("Second Deputy Prime Minister, Minister of Defense and Aviation and Inspector-General", "sultan_bin_abdulaziz"),
           ("Yemen's Interior Minister", "hussein_muhammad_arab")],
)

A["dev_11312_de_la_madrid_cerezo_cancun"] = dict(
    actors={
        "miguel_de_la_madrid": ["Mexican President Miguel de la Madrid", "Miguel de la Madrid"],
        "vinicio_cerezo": ["Guatemalan President Vinicio Cerezo", "Vinicio Cerezo", "Cerezo"],
        # New key.
        "guatemalan_army": ["Guatemalan army"],
    },
    meetings=[
        # "Mexican President Miguel de la Madrid and Guatemalan President Vinicio Cerezo begin two
        # days of meetings today" ("when the two leaders meet in the Mexican resort of Cancun",
        # "The meetings, which will conclude on Saturday": the same) -> planned (the article's
        # perspective: "is expected", "begin ... today"), 1988-03-25, Cancun.
        M(["miguel_de_la_madrid", "vinicio_cerezo"], "1988-03-25", "Cancun", IP, P,
          "LA MESILLA, Guatemala -- Long a source of conflict, the border between Mexico and Guatemala is expected to be the major topic when Mexican President Miguel de la Madrid and Guatemalan President Vinicio Cerezo begin two days of meetings today."),
        # Not rows: "will be the fourth between the two leaders" (a count); "the Mexican
        # government denounced the Guatemalan army" (a statement). The byline "By LUCY HOOD,
        # Special to the Sun-Sentinel" is kept and not annotated. Kept as they stand: the date
        # and byline line with "|", the backticks ("Guatemala`s", "Mexico`s"). Removed: at the
        # end, the cut-off last paragraph ("Human righ"). Nothing removed at the start.
    ],
    roles=[("Mexican President", "miguel_de_la_madrid"), ("Guatemalan President", "vinicio_cerezo"),
           ("Guatemala`s first civilian head of state in 16 years", "vinicio_cerezo")],
)
