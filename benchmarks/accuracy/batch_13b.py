"""Accuracy corpus, batch 13b: 12 new articles from the 2000s, 2010s and 2020s (four per decade),
chosen where sources.csv and the batch files were thinnest (region x decade cells counted over
sources.csv and every batch_*.py before searching, 336 articles, batches 2a-12b; batch 13a not
yet present: in the 2000s Central Asia/Caucasus, Eastern Europe/Russia, Latin America, South
Asia and Western Europe had 5, the others 6; in the 2010s every region had 6 except Africa 9; in
the 2020s every region had 6 except Africa, Central Asia/Caucasus, Latin America and the Middle
East 7) and spread over ten regions (Central Asia/Caucasus, Eastern Europe/Russia, Latin America,
South Asia 2000s; Western Europe, North America, Southeast Asia, Middle East 2010s; East Asia,
Oceania, Eastern Europe/Russia, North America 2020s). Every outlet but Arab News and Global News
(each used once before) and armenianclub.com (used once before, for an AFP repost) is new to the
corpus: an AzerNews story reposted on armenianclub.com, The Baltic Times, an AP story reposted on
the Survival Monkey forum, Euronews, The Star (Malaysia), France 24 (AFP), nippon.com (Jiji
Press), NBC (National Broadcasting Corporation, Papua New Guinea), Metro Plus (multimetro.hk, a
Reuters copy) and The Epoch Times (a Canadian Press story). Collected with the `search` tool
(corpus `pages`) and annotated from the texts alone, BEFORE the package was run on them (the
package has not been run on this batch). Conventions: ../ANNOTATION.md and
/work/shared/ANNOTATION-GUIDE.md. Notes: batch_13b_NOTES.md.

Split rule (fixed before annotating, as given in the brief for this batch, the same as batches
5a-12b): the articles are numbered 1..12 in the order they were first found in this session's
search results; positions 3, 7 and 11 are test, all others dev. Ids: `dev_25NN_<slug>` /
`test_25NN_<slug>`, NN = collection position (01..12).

M(participants, date, place, kind, status, evidence, required=True)
Evidence is the verbatim sentence (line breaks inside it replaced by single spaces).
Aliases are written as they stand in the text (typos included).
"""


from annotations import H, IP, M, P, PH, VID  # noqa: F401 (the same row helpers)

# (article_id, region, decade, outlet, url, published)
ARTICLES = [
    # The AzerNews date line "March 11 2004" (a Thursday) under the repost's title; the repost's
    # URL gives 2004/03/16. The visit was "March 4-5"; no row gets a day (see the notes).
    ("dev_2501_saakashvili_aliyev_baku", "Central Asia/Caucasus", "2000s", "AzerNews, via armenianclub.com (repost)", "https://www.armenianclub.com/2004/03/16/baku-saakashvili-aliyev-reaffirm-two-nations-commitments/", "2004-03-11"),
    # Date line "2006-03-15" (a Wednesday) under the headline; the visit and the meeting are dated
    # in the text itself ("on March 14", a Tuesday).
    ("dev_2502_kaczynski_adamkus_vilnius", "Eastern Europe/Russia", "2000s", "The Baltic Times", "https://www.baltictimes.com/news/articles/14921/", "2006-03-15"),
    # The forum thread line "started by Quigley_Sharps, Dec 18, 2005" (a Sunday); the AP story in
    # it has "Chavez said Sunday", so it was written that day; "Meeting Saturday" = 2005-12-17.
    ("test_2503_chavez_uribe_santa_marta", "Latin America", "2000s", "Associated Press, via the Survival Monkey forum (survivalmonkey.com)", "https://www.survivalmonkey.com/threads/chavez-and-uribe-put-aside-differences.1761/", "2005-12-18"),
    # Dateline "NEW DELHI, 20 July 2004" (a Tuesday); "yesterday" = 2004-07-19 (a Monday), "On
    # Sunday" = 2004-07-18, "late Saturday" = 2004-07-17.
    ("dev_2504_rajapakse_manmohan_delhi", "South Asia", "2000s", "Arab News", "https://www.arabnews.com/node/252650", "2004-07-20"),
    # The page's "Published on" line has no date; the URL (/2016/03/08/) = 2016-03-08, a Tuesday;
    # "on Tuesday" = the same day.
    ("dev_2505_hollande_renzi_venice", "Western Europe", "2010s", "Euronews", "https://www.euronews.com/2016/03/08/hollande-and-renzi-stand-shoulder-to-shoulder-on-terror-libya-and-migration", "2016-03-08"),
    # Date line "January 21, 2017 4:07 pm" (a Saturday; the search result's date field agrees);
    # "spoke by phone Saturday" = the same day.
    ("dev_2506_trudeau_trump_call", "North America", "2010s", "Global News (The Canadian Press)", "http://globalnews.ca/news/3197189/justin-trudeau-congratulates-donald-trump-in-phone-call-with-new-president/", "2017-01-21"),
    # "Published: Friday October 24, 2014"; "MONDAY was a rather stressful day" = the Monday
    # before, 2014-10-20 (the day of Jokowi's swearing-in, as the column says).
    ("test_2507_najib_jokowi_merdeka", "Southeast Asia", "2010s", "The Star (Malaysia), opinion column", "http://www.thestar.com.my/Opinion/Columnists/Comment/?c=%7B7ED3DDAF-D4A0-4493-8ACA-D345F05F309D%7D", "2014-10-24"),
    # No date line in the excerpt; the URL (/20171121-) = 2017-11-21, a Tuesday. "will on Tuesday
    # meet" and "later in the day" = 2017-11-21.
    ("dev_2508_sisi_hariri_cairo", "Middle East", "2010s", "France 24 (AFP)", "https://www.france24.com/en/20171121-egypt-confirms-sisi-meet-lebanons-hariri", "2017-11-21"),
    # Dateline "Tokyo, March 11" with the search result's date field 2022-03-11 (a Friday; the URL
    # id yjj20220311... agrees); "on Friday" = 2022-03-11.
    ("dev_2509_kishida_yoon_call", "East Asia", "2020s", "nippon.com (Jiji Press)", "https://www.nippon.com/en/news/yjj2022031100479/kishida-yoon-agree-to-cooperate-for-better-japan-s-korea-ties.html", "2022-03-11"),
    # Date line "Wednesday, 7 February 2024, 2:37 pm"; "today" = 2024-02-07.
    ("dev_2510_albanese_marape_welcome", "Oceania", "2020s", "NBC (National Broadcasting Corporation of Papua New Guinea)", "https://www.nbc.com.pg/post/11031/australian-prime-minister-anthony-albanese-welcomes-his-png-counterpart-james-marape", "2024-02-07"),
    # No date line in the excerpt; the URL (/2022/08/08/) = 2022-08-08, a Monday ("The Kremlin
    # said on Monday"). No row depends on it (zero-row control).
    ("test_2511_kremlin_no_putin_zelensky", "Eastern Europe/Russia", "2020s", "Metro Plus (multimetro.hk; Reuters copy)", "https://multimetro.hk/plus/2022/08/08/kremlin-no-basis-for-meeting-between-putin-and-zelenskiy/", "2022-08-08"),
    # Date line "2/20/2021" (a Saturday); "on Tuesday" = 2021-02-23 (the text also gives "Feb. 23"
    # for the cabinets' session).
    ("dev_2512_biden_trudeau_virtual", "North America", "2020s", "The Epoch Times (The Canadian Press)", "https://www.theepochtimes.com/trudeau-to-hold-first-meeting-with-new-u-s-president-biden-virtually-on-tuesday_3704374.html", "2021-02-20"),
]

A = {}

_BK = ("The Georgian President was welcomed at Bina Airport by Prime Minister Artur Rasizada, Foreign Minister Vilayat Guliyev and other state officials.")
A["dev_2501_saakashvili_aliyev_baku"] = dict(
    actors={
        "mikheil_saakashvili": ["Mikhail Saakashvili", "Saakashvili"],
        # "President Ilham\nAliyev" is wrapped in both places it occurs; only "Aliyev" stands on
        # one line (also in the headline).
        "ilham_aliyev": ["Aliyev"],
        "heydar_aliyev": ["Heydar Aliyev"],
        # "Eduard\nShevardnadze" is wrapped; "Vilayat\nGuliyev" likewise.
        "eduard_shevardnadze": ["Shevardnadze"],
        # "Rasizada" (typo for Rasizade) kept as written.
        "artur_rasizade": ["Artur Rasizada"],
        "vilayat_guliyev": ["Guliyev"],
        "zarifa_aliyeva": ["Zarifa Aliyeva"],
        "hajibala_abutalibov": ["Hajibala Abutalibov"],
    },
    meetings=[
        # "The same day Saakashvili held a private meeting with President Ilham Aliyev", "followed
        # by a large meeting with the participation of government delegations" (one row: the two
        # sessions of the same pair, day and place) -> held. "The same day" = the day of his
        # arrival at Bina Airport, which the text does not date within the "March 4-5" visit ->
        # date null. Place Baku (headline "BAKU:"; Bina Airport and the Mayor of Baku on the day).
        # "He noted that he would discuss ... with President Ilham Aliyev" is the same meeting.
        M(["mikheil_saakashvili", "ilham_aliyev"], None, "Baku", IP, H,
          "The same day Saakashvili held a private meeting with President Ilham Aliyev."),
        # "was welcomed at Bina Airport by Prime Minister Artur Rasizada, Foreign Minister Vilayat
        # Guliyev and other state officials" -> two arrival greetings, optional (as dev_2108 /
        # test_2311), Baku, date null (as above).
        M(["mikheil_saakashvili", "artur_rasizade"], None, "Baku", IP, H, _BK, False),
        M(["mikheil_saakashvili", "vilayat_guliyev"], None, "Baku", IP, H, _BK, False),
        # Not rows: "accompanied by Mayor of Baku Hajibala Abutalibov" to the cemetery (an
        # escort, not a meeting; ANNOTATION: "accompany" is not participation); the relations
        # "established ... by former ... presidents Heydar Aliyev and Eduard Shevardnadze in
        # 1993" (no meeting); the tribute at the graves (no living counterpart); the press remarks
        # at the airport. Removed: the cut-off last sentence ("Then the two countries' ministers
        # for education and foreign affairs sig"). "AzerNews, Azerbaijan" is the source line of
        # the repost (outlet, not an actor).
    ],
    roles=[("Georgian President", "mikheil_saakashvili"), ("The Georgian President", "mikheil_saakashvili"),
           ("Prime Minister", "artur_rasizade"), ("Foreign Minister", "vilayat_guliyev"),
           ("his wife", "zarifa_aliyeva")],
)

A["dev_2502_kaczynski_adamkus_vilnius"] = dict(
    actors={
        "lech_kaczynski": ["Lech Kaczynski", "Kaczynski"],
        "valdas_adamkus": ["Valdas Adamkus", "Adamkus"],
        "algirdas_brazauskas": ["Algirdas Brazauskas"],
        "european_union": ["European Union"],
        "seimas_of_lithuania": ["Parliament"],
        "orlen": ["Orlen"],
        "mazeikiu_nafta": ["Mazeikiu Nafta"],
    },
    meetings=[
        # "Kaczynski made his first official visit to Vilnius on March 14"; "President Valdas
        # Adamkus and Kaczynski declared their aim to continue bilateral cooperation", Adamkus at
        # "a press conference" -> the visitor and his host together, held, 2006-03-14, Vilnius.
        # Required (the host is named and acts jointly with the visitor, as dev_2302).
        M(["lech_kaczynski", "valdas_adamkus"], "2006-03-14", "Vilnius", IP, H,
          "President Valdas Adamkus and Kaczynski declared their aim to continue bilateral cooperation."),
        # "He told journalists that he intended to discuss energy projects ... with Prime Minister
        # Algirdas Brazauskas" -> an intended meeting (ANNOTATION: planned), He = Kaczynski; no
        # day and no place are written for it -> both null (during the visit, not stated; as the
        # minister's meeting in dev_2302).
        M(["lech_kaczynski", "algirdas_brazauskas"], None, None, IP, P,
          "He told journalists that he intended to discuss energy projects topical to both countries 's a power bridge, the construction of a third block of nuclear power plant, participation of Polish company Orlen in the purchase of Mazeikiu Nafta 's with Prime Minister Algirdas Brazauskas."),
        # Not rows: "his speech at Parliament" (a speech to an institution, no counterpart named);
        # "Adamkus told a press conference" (the same visit); "Adamkus invited Poland to join the
        # three Baltic states" (an invitation to a country, not a meeting). Removed: the bullet
        # marks of the date and byline lines and the cut-off last paragraph ("Expressing approval
        # of Adamkus' idea, Kaczynski stressed that the p"). The "'s" sequences (a garbled dash)
        # are kept as on the page.
    ],
    roles=[("Polish President", "lech_kaczynski"), ("the Polish president", "lech_kaczynski"),
           ("the Polish leader", "lech_kaczynski"), ("Prime Minister", "algirdas_brazauskas"),
           ("the president", "valdas_adamkus")],
)

A["test_2503_chavez_uribe_santa_marta"] = dict(
    actors={
        "hugo_chavez": ["Hugo Chavez", "Chavez"],
        "alvaro_uribe": ["Alvaro Uribe", "Uribe"],
        "simon_bolivar": ["Simon Bolivar"],
        "george_w_bush": ["President Bush", "Bush"],
    },
    meetings=[
        # "Meeting Saturday, the two [Chavez and Uribe] laughed and recited verses ... at the
        # hacienda where he [Bolivar] spent his final hours" -> held, 2005-12-17 (the Saturday
        # before the Sunday thread date; "Chavez said Sunday" in the same story); place Santa
        # Marta (dateline "SANTA MARTA, Colombia"; the hacienda is not named otherwise).
        M(["hugo_chavez", "alvaro_uribe"], "2005-12-17", "Santa Marta", IP, H,
          "Meeting Saturday, the two laughed and recited verses by South American independence hero Simon Bolivar as they marked the 175th anniversary of his death at the hacienda where he spent his final hours."),
        # Not rows: "a group of former Venezuelan military officers recently went to a government
        # building in Bogota to meet with Colombian military officers" (unnamed on both sides);
        # "Uribe offered no details about the meeting" (the same); Uribe's "close ties with
        # President Bush" (no meeting); Chavez's radio and television show (a broadcast). The
        # forum's thread line ("Discussion in 'General Discussion' started by Quigley_Sharps, Dec
        # 18, 2005.") is kept as the date line (the poster is not an actor); the poster's member
        # titles and the cut-off last sentence ("The two leaders' countries are bound through
        # trade and a shared border —") were removed.
    ],
    roles=[("South American independence hero", "simon_bolivar"), ("the leftist leader", "hugo_chavez")],
)

_DX = ("Earlier in the day, Rajapakse held talks with Indian Foreign Minister Natwar Singh and National Security Adviser J.N. Dixit.")
_SU = ("On Sunday, Rajapakse met Finance Minister Palaniappan Chidamabaram, Agriculture Minister Sharad Pawar and Minister for Road Transport and Highways T.R. Baalu.")
A["dev_2504_rajapakse_manmohan_delhi"] = dict(
    actors={
        "mahinda_rajapaksa": ["Mahinda Rajapakse", "Rajapakse"],
        "manmohan_singh": ["Manmohan Singh"],
        "k_natwar_singh": ["Natwar Singh"],
        "j_n_dixit": ["J.N. Dixit"],
        "nirupam_sen": ["Nirupam Sen", "Sen"],
        # "Chidamabaram" (typo for Chidambaram) kept as written.
        "p_chidambaram": ["Palaniappan Chidamabaram"],
        "sharad_pawar": ["Sharad Pawar"],
        "t_r_baalu": ["T.R. Baalu"],
        "ltte": ["Liberation Tigers of Tamil Eelam"],
    },
    meetings=[
        # "held fruitful talks yesterday with Indian leaders including his Indian counterpart
        # Manmohan Singh"; "40 minutes in formal talks with Manmohan Singh after which they
        # attended a working lunch hosted by the Indian leader" (one row: talks and lunch of the
        # same pair and day) -> held, 2004-07-19, New Delhi (dateline; he "arrived in New Delhi").
        M(["mahinda_rajapaksa", "manmohan_singh"], "2004-07-19", "New Delhi", IP, H,
          "NEW DELHI, 20 July 2004 — Sri Lankan Prime Minister Mahinda Rajapakse held fruitful talks yesterday with Indian leaders including his Indian counterpart Manmohan Singh on a range of issues."),
        # "Earlier in the day, Rajapakse held talks with ... Natwar Singh and ... J.N. Dixit" ->
        # "the day" = yesterday, 2004-07-19, New Delhi; two rows (the talks with Natwar Singh are
        # then reported on their own: "Talks with Natwar Singh focused on ..."), no Natwar
        # Singh-Dixit pair (see the notes).
        M(["mahinda_rajapaksa", "k_natwar_singh"], "2004-07-19", "New Delhi", IP, H, _DX),
        M(["mahinda_rajapaksa", "j_n_dixit"], "2004-07-19", "New Delhi", IP, H, _DX),
        # "On Sunday, Rajapakse met Finance Minister ..., Agriculture Minister ... and Minister for
        # Road Transport and Highways ..." -> three calls on ministers, held, 2004-07-18 (the
        # Sunday before the Tuesday dateline; he had arrived "late Saturday"), New Delhi (where he
        # had arrived; no other place written). One row per minister, no minister-minister pairs
        # (see the notes).
        M(["mahinda_rajapaksa", "p_chidambaram"], "2004-07-18", "New Delhi", IP, H, _SU),
        M(["mahinda_rajapaksa", "sharad_pawar"], "2004-07-18", "New Delhi", IP, H, _SU),
        M(["mahinda_rajapaksa", "t_r_baalu"], "2004-07-18", "New Delhi", IP, H, _SU),
        # Not rows: Sen "told reporters" (a briefing; a source); the truce "brokered by Norway"
        # (no meeting); India's past backing of the LTTE. Removed: the cut-off last sentence
        # ("Rajapakse is accompanied by Trade Minister Jeyaraj Fernandop"). The double full stop
        # in "told reporters.." is kept as on the page.
    ],
    roles=[("Sri Lankan Prime Minister", "mahinda_rajapaksa"), ("his Indian counterpart", "manmohan_singh"),
           ("the Indian leader", "manmohan_singh"), ("Indian Foreign Minister", "k_natwar_singh"),
           ("National Security Adviser", "j_n_dixit"), ("India’s envoy in Colombo", "nirupam_sen"),
           ("The foreign minister", "k_natwar_singh"), ("the Sri Lankan prime minister", "mahinda_rajapaksa"),
           ("Finance Minister", "p_chidambaram"), ("Agriculture Minister", "sharad_pawar"),
           ("Minister for Road Transport and Highways", "t_r_baalu")],
)

A["dev_2505_hollande_renzi_venice"] = dict(
    actors={
        "francois_hollande": ["Francois Hollande", "Hollande"],
        "matteo_renzi": ["Matteo Renzi", "Renzi"],
        "european_union": ["EU", "European Union"],
    },
    meetings=[
        # "Francois Hollande and Matteo Renzi, meeting in Venice for a Franco-Italian summit on
        # Tuesday"; "The French and Italian leaders held talks" (same meeting) -> held,
        # 2016-03-08 (the URL date, a Tuesday), Venice. The summit is bilateral (two
        # governments), so it is a row.
        M(["francois_hollande", "matteo_renzi"], "2016-03-08", "Venice", IP, H,
          "Europe’s migration crisis, the threat of terrorism and a new high-speed train link between their two countries were key talking points for Francois Hollande and Matteo Renzi, meeting in Venice for a Franco-Italian summit on Tuesday."),
        # Not rows: "a joint news conference" (the same meeting); "the EU's potential
        # breakthrough deal on migration with Turkey" (no named people); "Ankara's recent
        # crackdown" (no meeting). Removed: the site navigation, the repeated headline, the
        # "Copyright", "Published on" (no date given) and share lines, a truncated teaser copy of
        # the first sentence, "ADVERTISEMENT", and the cut-off last sentence ("And they signed an
        # agreement ... between Turin in Italy and the French"). "By Euronews" is the byline.
    ],
    roles=[("Italian Prime Minister", "matteo_renzi"), ("French President", "francois_hollande")],
)

A["dev_2506_trudeau_trump_call"] = dict(
    actors={
        "justin_trudeau": ["Justin Trudeau", "Trudeau"],
        "donald_trump": ["Donald Trump", "Trump"],
        "prime_ministers_office_canada": ["Prime Minister’s Office", "PMO"],
    },
    meetings=[
        # "the two men spoke by phone Saturday" -> phone, held, 2017-01-21 (the Saturday of the
        # date line), place null (the OTTAWA dateline is where the story was filed; a call has no
        # single place).
        M(["justin_trudeau", "donald_trump"], "2017-01-21", None, PH, H,
          "The Prime Minister’s Office says the two men spoke by phone Saturday, but it was not immediately clear how long the conversation lasted."),
        # "The two men also spoke in November after Trump's stunning election victory" -> an
        # earlier conversation, held, date null (month only); kind phone (the story is about
        # calls and "also spoke" sets it beside the phone call; not stated as a visit), place null.
        M(["justin_trudeau", "donald_trump"], None, None, PH, H,
          "The two men also spoke in November after Trump’s stunning election victory and Trudeau invited the then president-elect to visit Canada at the earliest opportunity."),
        # "the two men 'looked forward to meeting soon'" -> an intended meeting with no date or
        # place, planned, optional (a wish rather than an announced meeting; cf. "speaking again
        # soon", not a row in dev_041).
        M(["justin_trudeau", "donald_trump"], None, None, IP, P,
          "Saturday’s email said the two men “looked forward to meeting soon.”", False),
        # Not rows: "Trudeau invited the then president-elect to visit Canada at the earliest
        # opportunity" (an invitation not said to be accepted); Trudeau's press conference in the
        # photo caption (one person); the PMO email (a source). Removed: the tool's date prefix,
        # the "Politics" section label, "Story continues below", the "READ MORE" links, the
        # photo credit line "THE CANADIAN PRESS/Sean Kilpatrick", "A A", the copyright line and
        # the tag list. "By Staff The Canadian Press" is the byline.
    ],
    roles=[("Prime Minister", "justin_trudeau"), ("U.S. President", "donald_trump"),
           ("the then president-elect", "donald_trump"), ("new president", "donald_trump")],
)

A["test_2507_najib_jokowi_merdeka"] = dict(
    actors={
        "najib_razak": ["Datuk Seri Najib Tun Razak", "Najib"],
        "joko_widodo": ["Joko Widodo", "Jokowi", "Joko"],
    },
    meetings=[
        # "MONDAY was a rather stressful day ... Najib Tun Razak was scheduled to meet newly
        # inaugurated Indonesian President Joko Widodo at Istana Merdeka, but ... the meeting [was]
        # delayed several times"; "When Najib eventually arrived at the palace, Jokowi was
        # waiting for him"; "After the congratulations and pleasantries, it was down to business"
        # (caption: "Najib meeting Jokowi at Istana Merdeka in Jakarta") -> held (delayed, not
        # cancelled), 2014-10-20 (the Monday before the Friday column), Jakarta.
        M(["najib_razak", "joko_widodo"], "2014-10-20", "Jakarta", IP, H,
          "When Najib eventually arrived at the palace, Jokowi was waiting for him at the porch and personally greeted the Prime Minister."),
        # Not rows: Jokowi's "swearing-in, witnessed by many leaders, including Najib" (a
        # ceremony, not a meeting); the "meet-the-people session" and the concert (no named
        # counterpart); the Malaysian officials' panic and the miscommunication between
        # "Indonesia's foreign ministry and the Palace" (no meeting). "- Bernama" ends the photo
        # caption (photo credit, not an actor). The caption, printed twice on the page, is kept
        # once; the cut-off last sentence ("Najib was pretty adamant ... in the oil-rich ar") was
        # removed.
    ],
    roles=[("Prime Minister", "najib_razak"), ("Indonesian President", "joko_widodo"),
           ("the Prime Minister", "najib_razak"), ("the people’s leader", "joko_widodo")],
)

A["dev_2508_sisi_hariri_cairo"] = dict(
    actors={
        "abdel_fattah_el_sisi": ["Abdel Fattah al-Sisi", "Sisi"],
        "saad_hariri": ["Mr. Saad Hariri", "Saad Hariri", "Hariri"],
        "emmanuel_macron": ["Emmanuel Macron"],
        "presidency_of_egypt": ["Egyptian presidency"],
        "hezbollah": ["Hezbollah"],
    },
    meetings=[
        # "Sisi will on Tuesday meet Lebanese Prime Minister Saad Hariri" ("will meet later in the
        # day", the presidency) -> planned (the article's perspective), 2017-11-21 (the URL date,
        # a Tuesday); place Cairo (Hariri "would be visiting Egypt for the meeting"; dateline
        # "Cairo").
        M(["abdel_fattah_el_sisi", "saad_hariri"], "2017-11-21", "Cairo", IP, P,
          "Egypt's President Abdel Fattah al-Sisi will on Tuesday meet Lebanese Prime Minister Saad Hariri, Cairo confirmed, before the premier returns to Lebanon to face the political crisis over his resignation."),
        # "flew to Paris on the weekend to meet President Emmanuel Macron" (Hariri "is currently
        # in Paris") -> held, Paris, date null ("on the weekend": two days).
        M(["saad_hariri", "emmanuel_macron"], None, "Paris", IP, H,
          "Hariri strongly denied he was being held against his will and flew to Paris on the weekend to meet President Emmanuel Macron."),
        # Not rows: the announcement "on Twitter" and the presidency's statement (sources); the
        # resignation speech in Saudi Arabia (a speech); "French and Egyptian efforts to mediate"
        # (governments); the Independence Day celebrations (an event); "Lebanon's president"
        # (unnamed; no meeting). "Cairo (AFP) –" is the dateline with the agency credit (AFP not
        # an actor).
    ],
    roles=[("Egypt's President", "abdel_fattah_el_sisi"), ("Lebanese Prime Minister", "saad_hariri"),
           ("the premier", "saad_hariri"), ("Lebanon's Prime Minister", "saad_hariri")],
)

A["dev_2509_kishida_yoon_call"] = dict(
    actors={
        "fumio_kishida": ["Fumio Kishida", "Kishida"],
        "yoon_suk_yeol": ["Yoon Suk-yeol", "Yoon"],
    },
    meetings=[
        # "Kishida and Yoon Suk-yeol ... talked over the phone on Friday" -> phone, held,
        # 2022-03-11 (the Friday of the dateline), place null.
        M(["fumio_kishida", "yoon_suk_yeol"], "2022-03-11", None, PH, H,
          "Tokyo, March 11 (Jiji Press)--Japanese Prime Minister Fumio Kishida and Yoon Suk-yeol, who has been elected South Korea's next president, talked over the phone on Friday, confirming that they will cooperate to improve the two nations' strained relationship."),
        # "They also agreed to meet in person as early as possible." -> an agreed meeting
        # (ANNOTATION: "agreed to hold a meeting" = planned), in person, date and place null.
        # Required (an explicit agreement of the two named leaders; no time given).
        M(["fumio_kishida", "yoon_suk_yeol"], None, None, IP, P,
          "They also agreed to meet in person as early as possible."),
        # Not rows: "Tokyo and Seoul will cooperate closely" (governments); the anniversary of the
        # March 11, 2011 earthquake (no meeting). Removed: the tool's date prefix and the site
        # label "Newsfrom Japan"; the excerpt has no headline. "(Jiji Press)" in the dateline is
        # the agency credit.
    ],
    roles=[("Japanese Prime Minister", "fumio_kishida"), ("South Korea's next president", "yoon_suk_yeol"),
           ("the prime minister", "fumio_kishida"), ("the president-elect", "yoon_suk_yeol"),
           ("The prime minister", "fumio_kishida")],
)

A["dev_2510_albanese_marape_welcome"] = dict(
    actors={
        "anthony_albanese": ["Anthony Albanese", "Albanese"],
        "james_marape": ["James Marape", "Marape"],
        "parliament_of_australia": ["Australian Parliament"],
        "national_parliament_of_papua_new_guinea": ["National Parliament"],
    },
    meetings=[
        # "Albanese has welcomed his Papua New Guinean counterpart James Marape, today, who is on
        # an official government visit to Australia" ("This latest political meeting between the
        # two highest government officials") -> held, 2024-02-07; place Australia (no city is
        # written for the welcome; Canberra is named only for Thursday's address).
        M(["anthony_albanese", "james_marape"], "2024-02-07", "Australia", IP, H,
          "Australian Prime Minister Anthony Albanese has welcomed his Papua New Guinean counterpart James Marape, today, who is on an official government visit to Australia from 7 to 9 February 2024."),
        # Not rows: the caption "Anthony Albanese and James Marape during a leaders' forum, 2022"
        # (a multilateral forum in a photo caption, no bilateral stated); Marape "is expected to
        # address the Members and Senators of the Australian Parliament in Canberra on Thursday"
        # (a speech to a parliament); Albanese's own address to PNG's National Parliament (a
        # speech); the Bilateral Security Agreement "signed last year" (no meeting stated).
        # Removed: the photo credit "[Twitter: @AlboMP]" at the end of the caption.
    ],
    roles=[("Australian Prime Minister", "anthony_albanese"),
           ("his Papua New Guinean counterpart", "james_marape"), ("his PNG Counterpart", "james_marape")],
)

A["test_2511_kremlin_no_putin_zelensky"] = dict(
    actors={
        "kremlin": ["Kremlin"],
        "dmitry_peskov": ["Dmitry Peskov"],
        "vladimir_putin": ["Vladimir Putin", "Putin"],
        "volodymyr_zelensky": ["Volodymyr Zelenskiy", "Zelenskiy"],
    },
    meetings=[
        # No rows (the batch's zero-row control). "there was no basis for a meeting between the
        # Russian and Ukrainian presidents"; "Putin and ... Zelenskiy could meet only after
        # negotiators from both sides had 'done their homework'" -> a hypothetical, conditional
        # meeting that is neither held nor planned (guide: not a row). Also not rows: Peskov
        # "told reporters on a conference call" (a briefing); "Turkish proposals to broker peace
        # talks" (a proposal; no Turkish person named); "Negotiations between Moscow and Kyiv"
        # (unnamed negotiators). Removed: the site label "Metro Plus News" before the headline.
    ],
    roles=[("Kremlin spokesperson", "dmitry_peskov")],
)

A["dev_2512_biden_trudeau_virtual"] = dict(
    actors={
        "justin_trudeau": ["Justin Trudeau", "Trudeau"],
        "joe_biden": ["Joe Biden", "Biden"],
        "white_house": ["White House"],
    },
    meetings=[
        # "Trudeau will hold his first meeting with ... Biden on Tuesday"; "the two leaders will
        # hold their first bilateral meeting virtually" (headline: "Virtually on Tuesday") ->
        # video, planned, 2021-02-23 (the Tuesday after the Saturday date line), place null.
        M(["justin_trudeau", "joe_biden"], "2021-02-23", None, VID, P,
          "Prime Minister Justin Trudeau will hold his first meeting with newly minted U.S. President Joe Biden on Tuesday."),
        # Photo caption: "Trudeau and then-U.S. Vice-President Joe Biden walk down the Hall of
        # Honour on Parliament Hill in Ottawa on Dec. 9, 2016" -> an earlier in-person encounter,
        # held, 2016-12-09, Ottawa; optional (a caption; the meeting is shown, not reported).
        M(["justin_trudeau", "joe_biden"], "2016-12-09", "Ottawa", IP, H,
          "Prime Minister Justin Trudeau and then-U.S. Vice-President Joe Biden walk down the Hall of Honour on Parliament Hill in Ottawa on Dec. 9, 2016.", False),
        # Not rows: "members of the two cabinets will also convene on Feb. 23" (unnamed
        # ministers); "the first official meeting between the two countries since Biden took
        # office on Jan. 20" (the same planned meeting; the inauguration is not a meeting); the
        # statements of Trudeau's office and the White House (sources). "(Patrick Doyle/The
        # Canadian Press)" is the photo credit and "The Canadian Press" the byline; the repeated
        # headline line was removed.
    ],
    roles=[("Prime Minister", "justin_trudeau"), ("then-U.S. Vice-President", "joe_biden"),
           ("U.S. President", "joe_biden")],
)
