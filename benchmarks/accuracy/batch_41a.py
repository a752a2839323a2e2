"""Accuracy corpus, batch 41a: 12 new articles about meetings between political actors, all
published in ODD years (another helper takes even years), from the 1980s, 1990s, 2000s, 2010s
and 2020s (1980s: three, 1990s: two, 2000s: three, 2010s: three, 2020s: one; five of the twelve
from before 2000, as the brief asked), over eleven regions (East Asia: two; Southeast Asia,
Middle East, South Asia, Oceania, North America, Central Asia/Caucasus, Eastern Europe/Russia,
Africa, Western Europe, Latin America: one each). Outlets/sites: The Jakarta Post (via
jawawa.id), AP News (archive, two), The Press (Christchurch, via Papers Past), Maclean's
(archive), the Azerbaijani presidency (en.president.az), The Japan News (Yomiuri), China Daily,
the Polish presidency (prezydent.pl), APA (via africatime.com), BBC News and Andina (Peru's state
agency). Where the corpus already used a site, the page is new; japannews.yomiuri.co.jp,
chinadaily.com.cn, africatime.com and andina.com.pe are new to the corpus. Collected with the
`search` tool (corpus `pages`) and annotated from the texts alone, BEFORE the package was run on
them (the package has not been run, imported or read for this batch). Conventions: ANNOTATION.md
and /work/shared/ANNOTATION-GUIDE.md. Notes: batch_41a_NOTES.md.

Split rule (fixed before annotating, as given in the brief for this batch, the same as batches
5a-40b): the articles are numbered 1..12 in the order they were first found in this session's
search results (the query in which each first appeared, then its rank in that query), after
skipping pages already in the corpus; positions 3, 7 and 11 are test, all others dev. Ids:
`dev_80NN_<slug>` / `test_80NN_<slug>`, NN = collection position (01..12).

M(participants, date, place, kind, status, evidence, required=True)
Evidence is the verbatim sentence (line breaks inside it replaced by single spaces).
Aliases are written as they stand in the text (typos included).
"""


from annotations import H, IP, M, P, PH, VID  # noqa: F401 (the same row helpers)

# (article_id, region, decade, outlet, url, published)
ARTICLES = [
    # The text's own date line "Fri, 20 Oct 1995" (a Friday): "on Wednesday" = 1995-10-18
    # (weekdays computed with Python datetime).
    ("dev_8001_soeharto_nam_cartagena", "Southeast Asia", "1990s", "The Jakarta Post (via jawawa.id)", "https://jawawa.id/newsitem/soeharto-meets-with-nam-leaders-to-strenghten-ties-1447893297", "1995-10-20"),
    # The page's date line "November 11, 1985" (a Monday); the one (planned) visit is undated.
    ("dev_8002_hussein_rifai_syria_visit", "Middle East", "1980s", "Associated Press (apnews.com archive)", "https://apnews.com/7c8b2e3e85af77b4f68e000f50c569cd", "1985-11-11"),
    # The page's date line "July 17, 1989" (a Monday): "today" = 1989-07-17.
    ("test_8003_bhutto_gandhi_islamabad_1989", "South Asia", "1980s", "Associated Press (apnews.com archive)", "https://www.apnews.com/ff1575c4b1772a253a220804cf1a9dc9", "1989-07-17"),
    # The Papers Past id CHP19871121 (The Press, Saturday 1987-11-21; no date line in the
    # excerpt): "yesterday" = 1987-11-20, "this morning" = 1987-11-21.
    ("dev_8004_hawke_lange_wellington", "Oceania", "1980s", "The Press (Christchurch), via Papers Past", "https://paperspast.natlib.govt.nz/newspapers/CHP19871121.2.6", "1987-11-21"),
    # The byline/date line "WARREN CARAGATA March 6 1995" (the issue date, a Monday; also the
    # URL): "last week" -> null.
    ("dev_8005_chretien_clinton_parliament_hill", "North America", "1990s", "Maclean's (archive.macleans.ca)", "https://archive.macleans.ca/article/1995/3/6/straight-from-the-heart", "1995-03-06"),
    # The text's date line "10 october 2013, 14:30" (a Thursday); the call is dated in the text
    # ("On 10 October").
    ("dev_8006_saakashvili_aliyev_call", "Central Asia/Caucasus", "2010s", "President of the Republic of Azerbaijan (en.president.az)", "http://en.president.az/articles/9509", "2013-10-10"),
    # The URL's date 20230403 (a Monday; no date line in the excerpt): the caption's "on Sunday"
    # = 2023-04-02.
    ("test_8007_hayashi_qin_beijing", "East Asia", "2020s", "The Japan News (Yomiuri Shimbun; japannews.yomiuri.co.jp)", "https://japannews.yomiuri.co.jp/politics/politics-government/20230403-101292/", "2023-04-03"),
    # The text's "Updated: 2007-02-13 17:36" (a Tuesday; also the URL): "on Thursday" =
    # 2007-02-15 (the visit; the headline's "on Feb. 15" agrees).
    ("dev_8008_li_zhaoxing_japan_planned", "East Asia", "2000s", "China Daily (chinadaily.com.cn)", "http://www.chinadaily.com.cn/china/2007-02/13/content_808663.htm", "2007-02-13"),
    # The text's date line "Wednesday, 28 March 2007"; the call is dated in the text.
    ("dev_8009_kaczynski_yushchenko_call", "Eastern Europe/Russia", "2000s", "President of the Republic of Poland (prezydent.pl; news archive)", "https://www.prezydent.pl/en/archive/news-archive/news-2007/art,3,bilateral-relations-between-poland-and-ukraine.html", "2007-03-28"),
    # The agency line "(APA 09/13/17)" (Wednesday 2017-09-13): "on Tuesday" = 2017-09-12. The
    # site's date widget "Wednesday 21 March 2018" above the headline (the crawl date) is
    # removed and not used.
    ("dev_8010_akufo_addo_buhari_abuja", "Africa", "2010s", "APA, via africatime.com (en.africatime.com)", "http://en.africatime.com/ghana/articles/ghanaian-leader-felicitates-buhari", "2017-09-13"),
    # The page's line "Last Updated: Friday, 9 December 2005, 06:41 GMT": the talks "expected"
    # are not given a day in the text -> null; "in October" -> null.
    ("test_8011_ahern_blair_planned", "Western Europe", "2000s", "BBC News (news.bbc.co.uk)", "http://news.bbc.co.uk/2/hi/uk_news/northern_ireland/4512182.stm", "2005-12-09"),
    # The dateline "19:28 | Lima, Jul. 6." and the line "Published: 7/6/2017" (a Thursday):
    # "on Thursday" = 2017-07-06, "slated for Friday" = 2017-07-07.
    ("dev_8012_kuczynski_bachelet_lima", "Latin America", "2010s", "Andina (andina.com.pe; Peruvian state news agency)", "http://www.andina.com.pe/ingles/noticia-peru-president-meets-with-chile-counterpart-673881.aspx", "2017-07-06"),
]

A = {}

_NAM = ("Minister/State Secretary Moerdiono said the agreements were reached in separate meetings between President Soeharto and Pakistani Prime Minister Benazer Bhutto, Nicaraguan President Violetta Barrios de Chamorro and Philippine President Fidel Ramos.")
A["dev_8001_soeharto_nam_cartagena"] = dict(
    actors={
        "soeharto": ["President Soeharto", "Soeharto"],
        "benazir_bhutto": ["Benazer Bhutto", "Prime Minister Bhutto", "Bhutto"],
        "violeta_chamorro": ["Violetta Barrios de Chamorro", "President Chamorro", "Chamorro"],
        "fidel_ramos": ["Fidel Ramos", "Ramos"],
        "moerdiono": ["Moerdiono"],
        "non_aligned_movement": ["Non-Aligned Movement", "NAM"],
    },
    meetings=[
        # "separate meetings between President Soeharto and" three named leaders ("agreed here on
        # Wednesday", "The meetings were held during breaks in the 11th summit", "Soeharto and
        # Bhutto also agreed", "Soeharto and Chamorro also agreed", "Ramos reiterated": the same)
        # -> three separate bilaterals (no pair rows among Bhutto, Chamorro and Ramos:
        # "separate"), held, 1995-10-18 ("on Wednesday" in the Friday 20 October paper),
        # Cartagena de Indias (dateline; "here").
        M(["soeharto", "benazir_bhutto"], "1995-10-18", "Cartagena de Indias", IP, H, _NAM),
        M(["soeharto", "violeta_chamorro"], "1995-10-18", "Cartagena de Indias", IP, H, _NAM),
        M(["soeharto", "fidel_ramos"], "1995-10-18", "Cartagena de Indias", IP, H, _NAM),
        # "Prime Minister Bhutto is expected to visit Indonesia early next year" (put off
        # "Because President Soeharto will continue to be very busy") -> a visit tied to
        # Soeharto's calendar, whose meeting with him is implied, not stated: planned, date null
        # ("early next year"), Indonesia; required False (as dev_7806's Vajpayee trip).
        M(["benazir_bhutto", "soeharto"], None, "Indonesia", IP, P,
          "\"Because President Soeharto will continue to be very busy for the rest of this year, Prime Minister Bhutto is expected to visit Indonesia early next year,\" Moerdiono said.",
          False),
        # Not rows: the 11th NAM summit (multilateral); "President Chamorro also invited
        # President Soeharto to visit Nicaragua" (an invitation, not said to be accepted); the
        # delegations to be exchanged (unnamed); "a European-Asian summit meeting" (multilateral,
        # a wish to join); Moerdiono's statements (a source). "(JP)" in the dateline is the
        # paper's credit (not annotated). "strenghten", "Benazer" and "Violetta" are kept as
        # written. Removed: the last, cut-off fragment ("The two countries, together with Brunei
        # and Malaysia, are promotin").
    ],
    roles=[("Pakistani Prime Minister", "benazir_bhutto"), ("Nicaraguan President", "violeta_chamorro"),
           ("Philippine President", "fidel_ramos"), ("Minister/State Secretary", "moerdiono"),
           ("The minister", "moerdiono")],
)

A["dev_8002_hussein_rifai_syria_visit"] = dict(
    actors={
        "hussein_bin_talal": ["King Hussein", "Hussein"],
        "zaid_rifai": ["Zaid Rifai", "Rifai"],
        "yasser_arafat": ["Yasser Arafat"],
        "plo": ["Palestine Liberation Organization", "PLO"],
        "syrian_arab_news_agency": ["Syrian Arab News Agency"],
    },
    meetings=[
        # "Rifai’s planned visit to Syria, the first by a Jordanian prime minister in six years"
        # -> a planned visit with no host named: one-party row (Rifai), planned, date null,
        # Syria; required False (as dev_004's Khar visit: no counterpart). The article has no
        # held meeting.
        M(["zaid_rifai"], None, "Syria", IP, P,
          "A second major sign of warming relations is Rifai’s planned visit to Syria, the first by a Jordanian prime minister in six years.",
          False),
        # Not rows: "an open letter Sunday to his prime minister, Zaid Rifai" (a letter);
        # "Hussein’s accord with PLO chairman Yasser Arafat" (an agreement, no meeting told);
        # the diplomats and the "unnamed but authoritative Syrian source" (unnamed, sources);
        # "a Middle East peace conference" (multilateral, hypothetical). "diguised" and the
        # double-prime quotation marks ″...″ are kept as they stand; "(AP)" in the dateline is
        # the agency credit (not annotated). Removed: the widget line "Related topics" at the
        # start and the last, cut-off fragment ("A governme").
    ],
    roles=[("his prime minister", "zaid_rifai"), ("PLO chairman", "yasser_arafat"),
           ("the king", "hussein_bin_talal")],
)

A["test_8003_bhutto_gandhi_islamabad_1989"] = dict(
    actors={
        "benazir_bhutto": ["Benazir Bhutto", "Ms. Bhutto", "Bhutto"],
        "rajiv_gandhi": ["Rajiv Gandhi", "Gandhi"],
    },
    meetings=[
        # "Bhutto and India’s Rajiv Gandhi met for more than two hours today" (the headline's
        # "Discuss", "The prime ministers told reporters": the same visit) -> held, 1989-07-17
        # ("today"), Islamabad (dateline; "arrived in the Pakistani capital Sunday").
        M(["benazir_bhutto", "rajiv_gandhi"], "1989-07-17", "Islamabad", IP, H,
          "ISLAMABAD, Pakistan (AP) _ Prime Minister Benazir Bhutto and India’s Rajiv Gandhi met for more than two hours today and discussed the threat of a nuclear arms race between the south Asian rivals."),
        # "The two met for the first time during a south Asia summit hosted by Pakistan in
        # December" -> held, date null (month only), Pakistan (the summit's city is not named
        # in this text).
        M(["benazir_bhutto", "rajiv_gandhi"], None, "Pakistan", IP, H,
          "The two met for the first time during a south Asia summit hosted by Pakistan in December."),
        # Not rows: the south Asia summit itself (multilateral); the agreement "not to attack
        # each others’ nuclear facilities" (an agreement); "The prime ministers told reporters"
        # (a joint news conference of the same visit). "(AP)" is the agency credit (not
        # annotated). Removed: the widget line "Related topics" at the start and the last,
        # cut-off paragraph ("″We are not against India and Pakistan’s rapprochement, but we
        # don’t want their friendship at our cost,″ said one protester, Sultan Mahmood Chowdry
        # of the Azad Moslem conferen").
    ],
    roles=[],
)

A["dev_8004_hawke_lange_wellington"] = dict(
    actors={
        "bob_hawke": ["Mr Hawke"],
        "david_lange": ["Mr Lange"],
    },
    meetings=[
        # "Emerging from the first day of his talks with Mr Lange" ("yesterday in Wellington",
        # "a Beehive banquet in his honour", "his three days of talks with Mr Hawke": the same
        # visit) -> held, 1987-11-20 ("yesterday" in the Saturday 21 November paper), Wellington.
        M(["bob_hawke", "david_lange"], "1987-11-20", "Wellington", IP, H,
          "Emerging from the first day of his talks with Mr Lange on what next year’s review of Closer Economic Relations should produce, Mr Hawke said Australia was prepared to examine all options."),
        # "will fly to the Bay of Islands this morning to continue their talks" -> a scheduled
        # next-day session at another place, distinguished from the held one (as dev_035's
        # "formal sessions Wednesday"): planned, 1987-11-21, Bay of Islands.
        M(["bob_hawke", "david_lange"], "1987-11-21", "Bay of Islands", IP, P,
          "The two Prime Ministers will fly to the Bay of Islands this morning to continue their talks."),
        # Not rows: "Mr Hawke told journalists" (a news conference); business leaders'
        # statement (unnamed); the protesters (unnamed). Closer Economic Relations (C.E.R.) is
        # an agreement (not an actor). The OCR errors ("Dan", "CE.R.", ".no", "• f ast week",
        # "invest-" / "ment.") are kept as they stand; the byline ("By", "BRENDON BURNS,",
        # "political reporter") is kept. Removed: the eighteen "Article image" lines at the start
        # (the site's image widget) and the last, cut-off sentence ("Among their placards was one
        # saying \"Aussie spies not welcom").
    ],
    roles=[("its visiting Prime Minister", "bob_hawke")],
)

A["dev_8005_chretien_clinton_parliament_hill"] = dict(
    actors={
        "jean_chretien": ["Prime Minister Jean Chrétien", "Jean Chrétien", "Chrétien"],
        "bill_clinton": ["President Bill Clinton", "Bill Clinton", "Clinton"],
        "aline_chretien": ["Aline Chrétien"],
        "hillary_clinton": ["Hillary Clinton"],
        "brian_mulroney": ["Brian Mulroney"],
    },
    meetings=[
        # "Chrétien showed President Bill Clinton around Parliament Hill last week" ("the
        # two-day summit", "the results of the summit itself": the same) -> held, date null
        # ("last week", two days), Ottawa (Parliament Hill, an official site named without a
        # city, resolved to its city as White House -> Washington).
        M(["jean_chretien", "bill_clinton"], None, "Ottawa", IP, H,
          "As Prime Minister Jean Chrétien showed President Bill Clinton around Parliament Hill last week, pointing out the soaring arches and stone work of the Centre Block rotunda, it was hard to ignore the evident affection between the two leaders, the undertones of chatter, the warmth in the two-armed handshakes."),
        # Not rows: the two wives "went skating together on the Rideau Canal" (spouses, not
        # political actors meeting: as the spouses of dev_018); Mulroney's friendship with the
        # president (no meeting); "a new agreement to expand two-way air travel" (an agreement).
        # The mixed quotation marks (‘When we’re alone,”) are kept as they stand. Removed: the
        # header block given three times at the start ("CANADA", "Straight from the heart",
        # "Bill Clinton and Jean Chrétien celebrate a close relationship", "WARREN CARAGATA March
        # 6 1995": kept once) and the last, cut-off fragment ("With the Clinton visit coming
        # during th").
    ],
    roles=[("the Prime Minister", "jean_chretien"), ("his visitor", "bill_clinton")],
)

A["dev_8006_saakashvili_aliyev_call"] = dict(
    actors={
        "mikheil_saakashvili": ["Mikheil Saakashvili"],
        "ilham_aliyev": ["Ilham Aliyev"],
    },
    meetings=[
        # "Saakashvili telephoned ... Ilham Aliyev" ("congratulated", "expressed his gratitude",
        # "also expressed their satisfaction": the same call) -> phone, held, 2013-10-10 ("On
        # 10 October"), place null.
        M(["mikheil_saakashvili", "ilham_aliyev"], "2013-10-10", None, PH, H,
          "On 10 October, Georgian President Mikheil Saakashvili telephoned President of the Republic of Azerbaijan Ilham Aliyev."),
        # Not rows: the presidential election (an event). The date line "10 october 2013, 14:30"
        # is kept.
    ],
    roles=[("Georgian President", "mikheil_saakashvili"), ("President of the Republic of Azerbaijan", "ilham_aliyev"),
           ("the head of our state", "ilham_aliyev"), ("the President of Georgia", "mikheil_saakashvili"),
           ("President of Azerbaijan", "ilham_aliyev"), ("President of Georgia", "mikheil_saakashvili")],
)

A["test_8007_hayashi_qin_beijing"] = dict(
    actors={
        "yoshimasa_hayashi": ["Foreign Minister Yoshimasa Hayashi", "Yoshimasa Hayashi", "Hayashi"],
        "qin_gang": ["Qin Gang", "Qin"],
        "toshimitsu_motegi": ["Toshimitsu Motegi"],
    },
    meetings=[
        # "the first face-to-face meeting between the two foreign ministers" (the caption "shakes
        # hands with his Chinese counterpart Qin Gang on Sunday in Beijing", "Their talks lasted
        # nearly four hours", "at the beginning of the meeting": the same) -> held, 2023-04-02
        # ("on Sunday" in the Monday 3 April page), Beijing (caption and dateline).
        M(["yoshimasa_hayashi", "qin_gang"], "2023-04-02", "Beijing", IP, H,
          "It was the first face-to-face meeting between the two foreign ministers."),
        # Not rows: "since then Foreign Minister Toshimitsu Motegi in December 2019" (a visit to
        # China with no host named); "a trilateral summit between the leaders of Japan, China and
        # South Korea" (unnamed leaders, postponed, coordination to resume). "Pool photo / The
        # Yomiuri Shimbun" is a photo credit (kept in the text, not annotated). "withTaiwan" is
        # kept as written. Removed: the last, cut-off sentence ("Hayashi then met with Chinese
        # Premier Li Qiang, who took the country’s No. 2 post last month, for about 40 minute"),
        # which would have added a Hayashi-Li Qiang meeting.
    ],
    roles=[("his Chinese counterpart", "qin_gang"), ("then Foreign Minister", "toshimitsu_motegi")],
)

_LZ = ("Li will hold talks with Japanese Prime Minister Shinzo Abe and Foreign Minister Taro Aso on issues of common concern, Foreign Ministry Spokeswoman Jiang Yu said at a regular news conference.")
A["dev_8008_li_zhaoxing_japan_planned"] = dict(
    actors={
        "li_zhaoxing": ["Li Zhaoxing", "Li"],
        "shinzo_abe": ["Shinzo Abe", "Abe Shinzo"],
        "taro_aso": ["Taro Aso"],
        "wen_jiabao": ["Wen Jiabao", "Wen"],
        "jiang_yu": ["Jiang Yu"],
        "noriyuki_shikata": ["Noriyuki Shikata"],
        "junichiro_koizumi": ["Junichiro Koizumi"],
        "chinese_foreign_ministry": ["Foreign Ministry"],
        "ministry_of_foreign_affairs_japan": ["Japanese Foreign Ministry"],
    },
    meetings=[
        # "Li will hold talks with ... Shinzo Abe and Foreign Minister Taro Aso" during the visit
        # "scheduled ... on Thursday" -> two planned talks (Li-Abe, Li-Aso; no Abe-Aso pair: the
        # two hosts are of one government and are not said to meet Li together), date null (the
        # visit begins on Thursday 2007-02-15; the talks are not given a day), Japan (no city).
        # The article has no held meeting.
        M(["li_zhaoxing", "shinzo_abe"], None, "Japan", IP, P, _LZ),
        M(["li_zhaoxing", "taro_aso"], None, "Japan", IP, P, _LZ),
        # "Chinese Premier Wen Jiabao's official visit to Japan in April" -> a planned visit with
        # no host named: one-party row (Wen), planned, date null (month only), Japan; required
        # False (as dev_004's Khar visit).
        M(["wen_jiabao"], None, "Japan", IP, P,
          "Li's visit is expected to pave the way for Chinese Premier Wen Jiabao's official visit to Japan in April.",
          False),
        # Not rows: Li's "four-day visit to India" (no host named); the Six-Party Talks
        # (multilateral; Shikata is their Japanese spokesman); Jiang Yu's "regular news
        # conference" and Shikata's statement (statements); Koizumi's "visits to a shrine" (no
        # meeting). The headline, byline and update line run together ("Feb. 15By Guo Qiang
        # (chinadaily.com.cn)Updated: 2007-02-13 17:36") and are kept as they stand; the byline
        # (Guo Qiang) is not annotated. Removed: the site's section line at the start ("CHINA /
        # National |") and the table separators at the end (" |", "|").
    ],
    roles=[("Chinese Foreign Minister", "li_zhaoxing"), ("Japanese Prime Minister", "shinzo_abe"),
           ("Chinese Premier", "wen_jiabao"), ("the Chinese premier", "wen_jiabao"),
           ("Foreign Ministry Spokeswoman", "jiang_yu"), ("Japanese Foreign Ministry spokesman", "noriyuki_shikata"),
           ("former Japanese Prime Minister", "junichiro_koizumi")],
)

A["dev_8009_kaczynski_yushchenko_call"] = dict(
    actors={
        "lech_kaczynski": ["Lech Kaczyński"],
        "viktor_yushchenko": ["Victor Yushchenko"],
    },
    meetings=[
        # "Kaczyński spoke on the phone with President of Ukraine Victor Yushchenko" ("The
        # discussion": the same) -> phone, held, 2007-03-28 ("On 28th March 2007"), place null.
        M(["lech_kaczynski", "viktor_yushchenko"], "2007-03-28", None, PH, H,
          "On 28th March 2007 President Lech Kaczyński spoke on the phone with President of Ukraine Victor Yushchenko."),
        # Not rows: the EURO'2012 championship (an event). The date line and the headline are
        # kept; nothing was removed.
    ],
    roles=[("President of Ukraine", "viktor_yushchenko")],
)

A["dev_8010_akufo_addo_buhari_abuja"] = dict(
    actors={
        "nana_akufo_addo": ["President Nana Akufo-Addo", "Nana Akufo-Addo", "Akufo-Addo"],
        "muhammadu_buhari": ["President Muhammadu Buhari", "Muhammadu Buhari", "President Buhari", "Buhari"],
        "ecowas": ["Economic Community of West African States", "ECOWAS"],
    },
    meetings=[
        # "was in Abuja on Tuesday" + "a closed door meeting with Buhari in the Presidential
        # Villa" ("we had a good half an hour together", "felicitated with Buhari ... and also
        # engaged him": the same) -> held, 2017-09-12 ("on Tuesday" against the APA line
        # 09/13/17, a Wednesday), Abuja.
        M(["nana_akufo_addo", "muhammadu_buhari"], "2017-09-12", "Abuja", IP, H,
          "Akufo-Addo told journalists after a closed door meeting with Buhari in the Presidential Villa, that leaders within and outside the African continent were anxious about Buhari’s health and prayed for his safe return to Nigeria."),
        # Not rows: Buhari's "103-day stay in London for medical attention" (no meeting);
        # "Akufo-Addo told journalists" (a statement). "(APA 09/13/17)" is the agency's credit
        # and date line (kept in the text, APA not annotated). The quotation marks (``...’’,
        # ““, ”) are kept as they stand. Removed: the site's date widget "Wednesday 21 March
        # 2018" at the start, two repeats of the headline line around the APA line (kept once)
        # and the widget line "Facebook comments" at the end.
    ],
    roles=[("his Nigerian counterpart", "muhammadu_buhari"), ("The Ghanaian President", "nana_akufo_addo"),
           ("Ghanaian leader", "nana_akufo_addo"), ("my senior brother", "muhammadu_buhari")],
)

A["test_8011_ahern_blair_planned"] = dict(
    actors={
        "bertie_ahern": ["Bertie Ahern", "Mr Ahern"],
        "tony_blair": ["Tony Blair", "Mr Blair"],
        "european_union": ["EU"],
        "ira": ["IRA"],
    },
    meetings=[
        # "Ahern is expected to hold talks with the UK prime minister in Downing Street" (the
        # headline "PM talks", the caption "will discuss", "Both leaders are expected to
        # discuss": the same) -> planned, date null (no day is given; the page is of Friday
        # morning), London (Downing Street, resolved to its city as White House ->
        # Washington).
        M(["bertie_ahern", "tony_blair"], None, "London", IP, P,
          "Irish Premier Bertie Ahern is expected to hold talks with the UK prime minister in Downing Street."),
        # "Mr Ahern met Tony Blair in October" -> held, date null (month only), place null.
        M(["bertie_ahern", "tony_blair"], None, None, IP, H,
          "Mr Ahern met Tony Blair in October, with both leaders seeking ways to restore devolution in Northern Ireland."),
        # Not rows: "a statement by the IRA" (a statement); "Irish sources" (unnamed). The image
        # line "Tony Blair and Bertie Ahern" and the caption "Tony Blair and Bertie Ahern will
        # discuss the NI process" are both kept. Removed: the site's lines at the start ("[an
        # error occurred while processing this directive]", "BBC News", "watch One-Minute World
        # News") and at the end ("The BBC is not responsible for the content of external
        # internet sites", "Americas Africa Europe Middle East South Asia Asia Pacific").
    ],
    roles=[("Irish Premier", "bertie_ahern"), ("the UK prime minister", "tony_blair"),
           ("the taoiseach", "bertie_ahern")],
)

_PK = ("Peruvian President Pedro Pablo Kuczynski on Thursday met with Chilean counterpart Michelle Bachelet in Lima prior to the Binational Cabinet session slated for Friday.")
A["dev_8012_kuczynski_bachelet_lima"] = dict(
    actors={
        "pedro_pablo_kuczynski": ["Pedro Pablo Kuczynski"],
        "michelle_bachelet": ["Michelle Bachelet", "Ms. Bachelet"],
        "ricardo_luna": ["Ricardo Luna"],
        "fernando_zavala": ["Fernando Zavala"],
        "eduardo_ferreyros": ["Eduardo Ferreyros"],
        "gonzalo_tamayo": ["Gonzalo Tamayo"],
        "heraldo_munoz": ["Heraldo Muñoz"],
        "luis_felipe_cespedes": ["Luis Felipe Cespedes"],
        "andres_rebolledo": ["Andres Rebolledo"],
    },
    meetings=[
        # "Kuczynski on Thursday met with Chilean counterpart Michelle Bachelet in Lima" (the
        # Thursday-night gathering of "the Heads of State" with businesspeople and the state
        # dinner "Later tonight": the same pair, day and place, one row as ANNOTATION's dinner +
        # talks) -> held, 2017-07-06, Lima.
        M(["pedro_pablo_kuczynski", "michelle_bachelet"], "2017-07-06", "Lima", IP, H, _PK),
        # "the Binational Cabinet session slated for Friday" ("The coming official meeting") ->
        # a scheduled next-day session distinguished from the held one: planned, 2017-07-07,
        # place null (not given for the session); required False (the session's participants
        # are not named: the two presidents are implied as heads of the two cabinets).
        M(["pedro_pablo_kuczynski", "michelle_bachelet"], "2017-07-07", None, IP, P, _PK, False),
        # Not rows: the seven ministers who attend the event or are in "The Chilean entourage"
        # (attendees, not participants: as ANNOTATION's delegation members); the businesspeople
        # (unnamed); "Ms. Bachelet arrived in the Inca country" (an arrival). "ANDINA/Prensa
        # Presidencia" is a photo credit and "(END) SMA/MVB" the agency's end tag (both kept in
        # the text, not annotated). Removed: the site's name line "Andina" at the start.
    ],
    roles=[("Peruvian President", "pedro_pablo_kuczynski"), ("Chilean counterpart", "michelle_bachelet"),
           ("Peru's top official", "pedro_pablo_kuczynski"), ("the visiting Head of State", "michelle_bachelet")],
)
