"""Accuracy corpus, batch 51a: 12 new articles about meetings between political actors, all
published in ODD years (another helper takes even years), from the 1960s, 1980s, 1990s, 2000s,
2010s and 2020s (1960s: one, 1980s: one, 1990s: three, 2000s: two, 2010s: two, 2020s: three;
five of the twelve from before 2000, as the brief asked), over the eleven regions (Africa: two;
Central Asia/Caucasus, Latin America, East Asia, Southeast Asia, South Asia, Middle East,
Oceania, Eastern Europe/Russia, North America, Western Europe: one each).
Outlets/sites: The American Presidency Project (presidency.ucsb.edu; White House remarks), RFE/RL
(rferl.org), the Los Angeles Times (latimes.com archive), People's Daily Online (en.people.cn), an
Associated Press story on a private Vietnam news archive (patrick.guenin2.free.fr), BSS
(bssnews.net), Ya Libnan (yalibnan.com), the Office of the President of the Republic of China
(english.president.gov.tw; a news release), a release of the President of Estonia reposted on
nkeu.foreignaffairs.co.nz, eesti.ca (a Canadian Prime Minister's Office release), RTÉ News
(rte.ie) and allAfrica (allafrica.com). patrick.guenin2.free.fr, bssnews.net, yalibnan.com,
english.president.gov.tw, nkeu.foreignaffairs.co.nz, eesti.ca and rte.ie are new to the corpus as
sites (as far as `sources.csv` and the batch files show); the other sites were used before, the
pages and the meetings are new.
Collected with the `search` tool (corpus `pages`) and annotated from the texts alone, BEFORE the
package was run on them (the package has not been run, imported or read for this batch).
Conventions: ANNOTATION.md and /work/shared/ANNOTATION-GUIDE.md. Notes: batch_51a_NOTES.md.

Split rule (fixed before annotating, as given in the brief for this batch, the same as batches
5a-50b): the articles are numbered 1..12 in the order they were first found in this session's
search results (the query in which each first appeared, then its rank in that query), after
skipping pages already in the corpus and meetings already in it; positions 3, 7 and 11 are test,
all others dev. Ids: `dev_100NN_<slug>` / `test_100NN_<slug>`, NN = collection position (01..12).

M(participants, date, place, kind, status, evidence, required=True)
Evidence is the verbatim sentence (line breaks inside it replaced by single spaces).
Aliases are written as they stand in the text (typos included).
"""


from annotations import H, IP, M, P, PH, VID  # noqa: F401 (the same row helpers)

# (article_id, region, decade, outlet, url, published)
ARTICLES = [
    # The page's date line "July 09, 1969" (1969-07-09 is a Wednesday): the remarks at the
    # conclusion of the visit; the conversations of the visit are not dated in the text ->
    # null; "as I said last night" is in the removed cut-off sentence.
    ("dev_10001_nixon_haile_selassie_farewell", "Africa", "1960s", "The American Presidency Project (UC Santa Barbara), White House remarks", "https://www.presidency.ucsb.edu/documents/remarks-the-conclusion-the-visit-emperor-haile-selassie-i-ethiopia", "1969-07-09"),
    # The dateline "Prague, 17 July 1997 (RFE/RL)" (1997-07-17 is a Thursday): "completed his
    # third U.S. visit this week" -> the lunch, the Gore meeting and the New York meetings of
    # "this week" are not dated -> null.
    ("dev_10002_akayev_gore_washington", "Central Asia/Caucasus", "1990s", "RFE/RL (rferl.org)", "https://www.rferl.org/a/1085668.html", "1997-07-17"),
    # No date line in the excerpt; the URL's la-xpm-1985-12-16 (a Monday): "met here Sunday"
    # -> 1985-12-15 (a Sunday); "met earlier Sunday with ... Monge" -> 1985-12-15; "and Saturday
    # with ... Duarte" -> 1985-12-14 (a Saturday); "Dec. 8" (the runoff) and "Jan. 14" (the
    # inauguration) -> no rows.
    ("test_10003_cerezo_ortega_tour", "Latin America", "1980s", "Los Angeles Times (latimes.com archive)", "https://www.latimes.com/archives/la-xpm-1985-12-16-mn-764-story.html", "1985-12-16"),
    # The page's date line "Monday, November 08, 1999" (1999-11-08 is a Monday; the URL's
    # 199911/08 agrees): the talks with Zhu Rongji "through his current visit" are not dated ->
    # null; "this afternoon" (the press meeting) -> no row.
    ("dev_10004_amarjargal_zhu_rongji_china", "East Asia", "1990s", "People's Daily Online (en.people.cn)", "http://en.people.cn/english/199911/08/eng19991108N103.html", "1999-11-08"),
    # The closing line "Associated Press - October 20, 1999." (1999-10-20 is a Wednesday): "held a
    # rare summit meeting Wednesday" -> 1999-10-20 (the day itself); "said Tuesday" (the
    # officials in Phnom Penh) -> no row.
    ("dev_10005_indochina_premiers_vientiane", "Southeast Asia", "1990s", "Associated Press (via patrick.guenin2.free.fr, a private site's Vietnam news archive)", "http://patrick.guenin2.free.fr/cantho/vnnews/indomeet.htm", "1999-10-20"),
    # The dateline "DHAKA, March 31, 2025 (BSS)" (2025-03-31 is a Monday): "today called ... over
    # phone" -> 2025-03-31; "in the coming months" (the invitation), "in April" (Dar's visit),
    # "in December" and "in September last year" (the earlier meetings) -> null.
    ("dev_10006_sharif_yunus_eid_call", "South Asia", "2020s", "BSS, Bangladesh Sangbad Sangstha (bssnews.net)", "https://bssnews.net/news-flash/259577", "2025-03-31"),
    # No date line in the excerpt; the URL's 2009/12/14 (a Monday) and the caption's "December
    # 14, 2009": the Oval Office meeting -> 2009-12-14.
    ("test_10007_obama_suleiman_white_house", "Middle East", "2000s", "Ya Libnan (yalibnan.com)", "https://yalibnan.com/2009/12/14/president-barack-meets-president-suleiman-at-the-white-house/", "2009-12-14"),
    # The release's date line "2019-03-22" (a Friday): "On the evening of March 22" -> 2019-03-22
    # (the banquet and the signing "Prior to the state banquet"); "the previous evening" (the
    # arrival) -> no row.
    ("dev_10008_tsai_remengesau_state_banquet", "Oceania", "2010s", "Office of the President, Republic of China (Taiwan) (english.president.gov.tw; news release)", "https://english.president.gov.tw/NEWS/5673", "2019-03-22"),
    # The release's date line "26.08.2021" (2021-08-26 is a Thursday): "today held a video
    # meeting" -> 2021-08-26. The repost's URL date 2021/08/30 and the search tool's date field
    # 2021-08-30 (removed with its prefix) are the repost's; the release's own date is used, as
    # the corpus's reprints (dev_9809, dev_6406) use the original's (see the notes).
    ("dev_10009_kaljulaid_johannesson_video", "Eastern Europe/Russia", "2020s", "Office of the President of Estonia (release of 26.08.2021), reposted on nkeu.foreignaffairs.co.nz", "https://nkeu.foreignaffairs.co.nz/2021/08/30/president-kaljulaid-spoke-with-the-president-of-iceland-about-the-pandemic-and-security/", "2021-08-26"),
    # The page's date line "07 Aug 2009" (2009-08-07 is a Friday): "on August 9 and 10, 2009" (the
    # summit) -> a range -> null; "on August 11, 2009" (Panama) -> 2009-08-11 (a Tuesday).
    ("dev_10010_harper_calderon_obama_guadalajara_planned", "North America", "2000s", "eesti.ca (Estonian-Canadian news site, \"EWR\"; a Prime Minister's Office release)", "http://www.eesti.ca/stephen-harper-to-participate-in-north-american-leaders-summit-in-guadalajara-mexico/article24775", "2009-08-07"),
    # No date line in the excerpt; the URL's 2017/1005 (2017-10-05 is a Thursday): "today held a
    # ... meeting" -> 2017-10-05; the accepted invitation to Scotland -> null; "in November" (the
    # British Irish Council) -> null.
    ("test_10011_varadkar_sturgeon_dublin", "Western Europe", "2010s", "RTÉ News (rte.ie)", "https://www.rte.ie/news/brexit/2017/1005/909853-varadkar-sturgeon-meeting/", "2017-10-05"),
    # No date line in the excerpt; the allAfrica story number 202105100952 (its date part
    # 2021-05-10, a Monday): "on Friday, 7thMay" -> 2021-05-07 (a Friday); "on 20th April" (the
    # killing of Idriss Deby Itno) -> no row.
    ("dev_10012_biya_abdelkerim_deby_audience", "Africa", "2020s", "allAfrica (allafrica.com)", "https://allafrica.com/stories/202105100952.html", "2021-05-10"),
]

A = {}

A["dev_10001_nixon_haile_selassie_farewell"] = dict(
    actors={
        # Nixon is named only in the page's speaker-photo line "Richard Nixon photo", kept in the
        # text for that reason (as ANNOTATION's dev_2002 "Jimmy Carter photo"); in the body he is
        # "I".
        "richard_nixon": ["Richard Nixon"],
        "haile_selassie_i": ["Emperor Haile Selassie I", "Haile Selassie I"],
    },
    meetings=[
        # "As you leave the White House I want to thank you for coming to the United States and
        # for giving us the opportunity to meet with you again." ("it provided the opportunity
        # to discuss the bilateral problems", "our conversations began", "Our discussions
        # covered": the same visit's talks, one row) -> held, date null (the remarks close the
        # visit; the day of the talks is not given), Washington (the White House, resolved to its
        # city as ANNOTATION does).
        M(["richard_nixon", "haile_selassie_i"], None, "Washington", IP, H,
          "As you leave the White House I want to thank you for coming to the United States and for giving us the opportunity to meet with you again."),
        # Not rows: "renew our personal acquaintance" and "as an old friend" (earlier meetings,
        # none specified); "all of us who met you" (unnamed); "my colleagues in government" and
        # "your colleagues" (unnamed). Nigeria, Biafra and the Mideast are places. Kept as found:
        # the speaker-photo line, the title and the date line. Removed: the last, cut-off
        # sentence ("As you leave, I say again, as I said last night, that perhaps the most ap").
    ],
    roles=[("Your Imperial Majesty", "haile_selassie_i")],
)

_AN = ("Earlier, Akayev began his U.S. visit in New York for meetings with United Nations Secretary General Kofi Annan, and philanthropist George Soros.")
A["dev_10002_akayev_gore_washington"] = dict(
    actors={
        "askar_akayev": ["President Askar Akayev", "Askar Akayev", "Akayev"],
        "bill_clinton": ["U.S. President Bill Clinton", "Bill Clinton"],
        "madeleine_albright": ["Secretary of State Madeleine Albright", "Madeleine Albright"],
        "thomas_pickering": ["State Under-Secretary Thomas Pickering", "Thomas Pickering"],
        "al_gore": ["U.S. Vice President Al Gore", "Al Gore", "Gore"],
        "kofi_annan": ["United Nations Secretary General Kofi Annan", "Kofi Annan"],
        "george_soros": ["philanthropist George Soros", "George Soros", "Soros"],
        "chinara_jakipova": ["Chinara Jakipova"],
        "strobe_talbott": ["U.S. Deputy Secretary of State Strobe Talbott", "Strobe Talbott"],
        "united_nations": ["United Nations"],
        "us_state_department": ["State Department"],
        "johns_hopkins_university": ["Johns Hopkins University"],
    },
    meetings=[
        # "So he lunched instead with State Under-Secretary Thomas Pickering and other State
        # Department staffers." -> a working lunch, held, date null ("this week"), Washington
        # (the lunch replaces the meetings "in Washington" of the previous sentence).
        M(["askar_akayev", "thomas_pickering"], None, "Washington", IP, H,
          "So he lunched instead with State Under-Secretary Thomas Pickering and other State Department staffers."),
        # "Subsequently, he met U.S. Vice President Al Gore for discussions of Kyrgyzstan's
        # reforms of Central Asian stability." ("the Gore meeting": the same) -> held, date null,
        # Washington (the lobby "nearby" where "Our correspondent in Washington" was).
        M(["askar_akayev", "al_gore"], None, "Washington", IP, H,
          "Subsequently, he met U.S. Vice President Al Gore for discussions of Kyrgyzstan's reforms of Central Asian stability."),
        # "Earlier, Akayev began his U.S. visit in New York for meetings with United Nations
        # Secretary General Kofi Annan, and philanthropist George Soros." -> two meetings, held,
        # date null, New York ("In New York, Akayev gave Soros a state award": the Soros
        # meeting, the same row).
        M(["askar_akayev", "kofi_annan"], None, "New York", IP, H, _AN),
        M(["askar_akayev", "george_soros"], None, "New York", IP, H, _AN),
        # Not rows: "Akayev had expected to meet in Washington with U.S. President Bill Clinton
        # and Secretary of State Madeleine Albright. Both top U.S. officials were traveling in
        # Europe." (expected meetings that did not take place); the "other State Department
        # staffers" (unnamed); "a scheduled session with reporters" and "Our correspondent"
        # (media); "The foundation and its leader Chinara Jakipova came under fire" (no
        # meeting); Talbott's speech (a speech). The byline "By Naryn Idinov and Bruce Pannier"
        # and the agency tag "(RFE/RL)" in the dateline are not annotated. Kept as found: the
        # headline (with "Kyrgystan"), the byline, the dateline. Removed: the site's lines
        # "Accessibility links" and "Breaking News" at the start. Nothing removed at the end
        # (the excerpt ends with a whole sentence).
    ],
    roles=[("the Kyrgyz head of state", "askar_akayev"), ("U.S. President", "bill_clinton"),
           ("Secretary of State", "madeleine_albright"), ("State Under-Secretary", "thomas_pickering"),
           ("U.S. Vice President", "al_gore"), ("United Nations Secretary General", "kofi_annan"),
           ("philanthropist", "george_soros"), ("U.S. Deputy Secretary of State", "strobe_talbott")],
)

_CM = ("Cerezo met earlier Sunday with President Luis Alberto Monge in Costa Rica and Saturday with President Jose Napoleon Duarte, a fellow Christian Democrat, in El Salvador.")
A["test_10003_cerezo_ortega_tour"] = dict(
    actors={
        "vinicio_cerezo": ["President-elect Vinicio Cerezo Arevalo", "Vinicio Cerezo Arevalo", "Cerezo"],
        "daniel_ortega": ["Nicaraguan President Daniel Ortega", "Daniel Ortega", "Ortega"],
        "luis_alberto_monge": ["President Luis Alberto Monge", "Luis Alberto Monge"],
        "jose_napoleon_duarte": ["President Jose Napoleon Duarte", "Jose Napoleon Duarte"],
        "sandinistas": ["Sandinista"],
        "contras": ["contras"],
        "reagan_administration": ["Reagan Administration"],
    },
    meetings=[
        # "President-elect Vinicio Cerezo Arevalo of Guatemala ... met here Sunday with
        # Nicaraguan President Daniel Ortega" (the headline's "Holds Talks With Ortega", "his
        # three-hour visit": the same meeting, one row) -> held, 1985-12-15, Nicaragua (the
        # excerpt has no dateline for "here"; "Cerezo left Nicaragua Sunday afternoon").
        M(["vinicio_cerezo", "daniel_ortega"], "1985-12-15", "Nicaragua", IP, H,
          "President-elect Vinicio Cerezo Arevalo of Guatemala, on a peace-seeking tour of Central America, met here Sunday with Nicaraguan President Daniel Ortega and expressed disagreement with U.S. policy toward the leftist Sandinista government."),
        # "Cerezo met earlier Sunday with President Luis Alberto Monge in Costa Rica and Saturday
        # with President Jose Napoleon Duarte ... in El Salvador." -> two meetings, held:
        # Monge 1985-12-15, Costa Rica; Duarte 1985-12-14, El Salvador.
        M(["vinicio_cerezo", "luis_alberto_monge"], "1985-12-15", "Costa Rica", IP, H, _CM),
        M(["vinicio_cerezo", "jose_napoleon_duarte"], "1985-12-14", "El Salvador", IP, H, _CM),
        # Not rows: "In a press conference at the end of his three-hour visit" (media); "Cerezo
        # left Nicaragua Sunday afternoon for Honduras" (a departure; no host named); "his
        # talks" in general (the same meetings); the runoff election and the inauguration. "a
        # Christian Democrat" and "a fellow Christian Democrat" describe the men (no party named;
        # not annotated). The credit line "Times Staff Writer" is not annotated. Kept as found:
        # the widget line "Share via" and the credit line between the headline and the text, the
        # two "Advertisement" lines inside the text. Removed: the "Advertisement" line at the
        # start and the last, cut-off sentence ("He has been proposing the establishment of a
        # five-country “Central American Parliament” that he said would serve as a forum for
        # dis").
    ],
    roles=[("New Guatemala Leader", "vinicio_cerezo"), ("Nicaraguan President", "daniel_ortega"),
           ("a fellow Christian Democrat", "jose_napoleon_duarte")],
)

A["dev_10004_amarjargal_zhu_rongji_china"] = dict(
    actors={
        "rinchinnyamiin_amarjargal": ["Visiting Mongolian Prime Minister Rinchinnyamiin Amarjargal",
                                      "Mongolian Prime Minister Rinchinnyamiin Amarjargal",
                                      "Rinchinnyamiin Amarjargal"],
        "zhu_rongji": ["Chinese Premier Zhu Rongji", "Zhu Rongji"],
        "government_of_mongolia": ["Mongolian government"],
    },
    meetings=[
        # "Through his current visit, including talks with Chinese Premier Zhu Rongji, ..." ->
        # held, date null (during the ongoing visit; not dated), China (the "China visit"; no
        # city is given for the talks; "here" of the press meeting is not named either).
        M(["rinchinnyamiin_amarjargal", "zhu_rongji"], None, "China", IP, H,
          "Through his current visit, including talks with Chinese Premier Zhu Rongji, \"the two countries further exchanged views on a number of key issues and reached a wide consensus,\" he said, adding that the visit can be called \"a historic tour\" for it is being made in the wake of the 50th anniversary of the establishment of Mongolia- China diplomatic ties."),
        # Not rows: "meeting with press representatives of both China and Mongolia here this
        # afternoon" (media); "the regular meetings between the leadership of the two
        # countries" (a count, no one named); the treaty of 1994 and the joint statement of 1998
        # (documents); the return from Tianjin (a trip; the port and the development zone are not
        # annotated as organisations: named by place only). Kept as found: the date line, the
        # headline with its section word ("China China Visit Successful, Mongolian PM"),
        # "Mongolia- China". Removed: the site's menu lines at the start ("English Home", "FM
        # Remarks", "Friendly Contacts", "News in", "World Media", "Message Board", "Voice of
        # Readers") and the last, cut-off sentence ("In his view, the two countries can expand
        # cooperation in other fields, such as joint research on the economic development of
        # Northeast Asia conducted by educational institutions of both coun").
    ],
    roles=[("Mongolian PM", "rinchinnyamiin_amarjargal"),
           ("Visiting Mongolian Prime Minister", "rinchinnyamiin_amarjargal"),
           ("Chinese Premier", "zhu_rongji")],
)

_IC = ("Laotian Prime Minister Sisavat Keobounphanh, Cambodian Prime Minister Hun Sen and Vietnamese Prime Minister Phan Van Khai met at the Laotian Communist Party central headquarters.")
A["dev_10005_indochina_premiers_vientiane"] = dict(
    actors={
        "sisavat_keobounphanh": ["Laotian Prime Minister Sisavat Keobounphanh", "Sisavat Keobounphanh"],
        "hun_sen": ["Cambodian Prime Minister Hun Sen", "Hun Sen"],
        "phan_van_khai": ["Vietnamese Prime Minister Phan Van Khai", "Phan Van Khai"],
        "lao_peoples_revolutionary_party": ["Laotian Communist Party"],
        "asean": ["Association of Southeast Asian Nations", "ASEAN"],
    },
    meetings=[
        # "the leaders of the three Indochinese countries ... held a rare summit meeting
        # Wednesday" / "... met at the Laotian Communist Party central headquarters." -> a
        # meeting of three named prime ministers: one row per pair, held, 1999-10-20 (the
        # Wednesday of the dateline's day), Vientiane (the dateline, "the Laotian capital").
        M(["sisavat_keobounphanh", "hun_sen"], "1999-10-20", "Vientiane", IP, H, _IC),
        M(["sisavat_keobounphanh", "phan_van_khai"], "1999-10-20", "Vientiane", IP, H, _IC),
        M(["hun_sen", "phan_van_khai"], "1999-10-20", "Vientiane", IP, H, _IC),
        # Not rows: "Cambodian officials in Phnom Penh said Tuesday" (unnamed; a statement); the
        # ASEAN admissions (no meeting). The closing "Associated Press - October 20, 1999." is
        # the agency credit with the date (kept, not annotated). Kept as found: the line breaks
        # inside sentences (written as single spaces in the evidence). Removed: a stray "|" line
        # after the closing credit.
    ],
    roles=[("Laotian Prime Minister", "sisavat_keobounphanh"), ("Cambodian Prime Minister", "hun_sen"),
           ("Vietnamese Prime Minister", "phan_van_khai")],
)

_SY = ("The leaders of two of the largest majority Muslim nations earlier had met in Cairo during the D-8 Summit in December and during the United Nations General Assembly in New York in September last year.")
A["dev_10006_sharif_yunus_eid_call"] = dict(
    actors={
        "shehbaz_sharif": ["Prime Minister of Pakistan Shehbaz Sharif", "Shehbaz Sharif", "Prime Minister Sharif", "Sharif"],
        "muhammad_yunus": ["Chief Adviser Professor Muhammad Yunus", "Professor Muhammad Yunus", "Muhammad Yunus",
                           "Prof Yunus"],
        "ishaq_dar": ["Deputy Prime Minister of Pakistan Ishaq Dar", "Ishaq Dar"],
        "chief_advisers_press_wing": ["Chief Adviser's Press Wing"],
        "united_nations_general_assembly": ["United Nations General Assembly"],
    },
    meetings=[
        # "Prime Minister of Pakistan Shehbaz Sharif today called Chief Adviser Professor
        # Muhammad Yunus over phone to exchange Eid greetings." -> phone, held, 2025-03-31, place
        # null (a call).
        M(["shehbaz_sharif", "muhammad_yunus"], "2025-03-31", None, PH, H,
          "DHAKA, March 31, 2025 (BSS) - Prime Minister of Pakistan Shehbaz Sharif today called Chief Adviser Professor Muhammad Yunus over phone to exchange Eid greetings."),
        # "He also invited Prof Yunus to visit Pakistan at a convenient time in the coming
        # months" -> planned, date null, Pakistan; required False (an invitation, not said to be
        # accepted; see the notes).
        M(["shehbaz_sharif", "muhammad_yunus"], None, "Pakistan", IP, P,
          "He also invited Prof Yunus to visit Pakistan at a convenient time in the coming months, Chief Adviser's Press Wing confirmed.", False),
        # "The leaders ... earlier had met in Cairo during the D-8 Summit in December and during
        # the United Nations General Assembly in New York in September last year." -> two
        # earlier meetings of the pair on the sidelines of multilateral events ("had met": the
        # two leaders met), held, date null (months), Cairo and New York.
        M(["shehbaz_sharif", "muhammad_yunus"], None, "Cairo", IP, H, _SY),
        M(["shehbaz_sharif", "muhammad_yunus"], None, "New York", IP, H, _SY),
        # Not rows: "Ishaq Dar ... would visit Bangladesh in April to discuss issues of mutual
        # interests" (a visit to a country, no host named; as batch 50a's visits to countries);
        # the Eid greetings to the peoples (messages); the D-8 Summit and the General Assembly as
        # such (multilateral). The agency tag "(BSS)" in the dateline is not annotated. Removed:
        # the site's section line "News Flash" at the start. Nothing removed at the end (the
        # excerpt ends with a whole sentence).
    ],
    roles=[("Chief Adviser", "muhammad_yunus"), ("Prime Minister of Pakistan", "shehbaz_sharif"),
           ("Deputy Prime Minister of Pakistan", "ishaq_dar"),
           ("the foreign minister of the Islamic Republic", "ishaq_dar")],
)

A["test_10007_obama_suleiman_white_house"] = dict(
    actors={
        "barack_obama": ["President Barack Obama", "U.S. President Barack Obama", "Barack Obama", "president Obama",
                         "obama"],
        "michel_suleiman": ["President Suleiman", "Michel Suleiman", "Suleiman", "suleiman"],
    },
    meetings=[
        # "U.S. President Barack Obama (R) meets with his Lebanese counterpart Michel Suleiman in
        # the Oval Office at the White House in Washington December 14, 2009." (the headline,
        # "Following their meeting they held a joint press conference": the same meeting, one
        # row) -> held, 2009-12-14, Washington.
        M(["barack_obama", "michel_suleiman"], "2009-12-14", "Washington", IP, H,
          "U.S. President Barack Obama (R) meets with his Lebanese counterpart Michel Suleiman in the Oval Office at the White House in Washington December 14, 2009."),
        # Not rows: the joint press conference (media; the same meeting); Suleiman's requests
        # (statements); UN Resolution 1701 (a resolution). "Source REUTERS" is the photo credit
        # (not annotated). Kept as found: the image line "suleiman -obama" (its two surface forms
        # are listed as aliases), "Shebaa F arms", "make sure sure", the last paragraph without a
        # full stop. Removed at the end: the comment form ("Leave a Reply", "Your email address
        # will not be published. Required fields are marked *").
    ],
    roles=[("his Lebanese counterpart", "michel_suleiman"), ("U.S. President", "barack_obama")],
)

A["dev_10008_tsai_remengesau_state_banquet"] = dict(
    actors={
        "tsai_ing_wen": ["President Tsai Ing-wen", "Tsai Ing-wen", "President Tsai"],
        "tommy_remengesau": ["Palau President Tommy Remengesau, Jr.", "Tommy Remengesau, Jr.",
                             "Palau President Remengesau", "President Remengesau"],
        "raynold_oilouch": ["Vice President Raynold Oilouch", "Raynold Oilouch", "Vice President Oilouch"],
        "joseph_wu": ["Minister of Foreign Affairs Joseph Wu", "Joseph Wu", "吳釗燮", "Foreign Minister Wu"],
    },
    meetings=[
        # "On the evening of March 22 ..., President Tsai Ing-wen attended a state banquet hosted
        # by Palau President Tommy Remengesau, Jr., and witnessed the signing of an agreement on
        # coast guard cooperation." (the headline; "President Tsai and President Remengesau then
        # watched"; "President Tsai first thanked President Remengesau": the same evening, one
        # row) -> held, 2019-03-22, Palau (no city is named).
        M(["tsai_ing_wen", "tommy_remengesau"], "2019-03-22", "Palau", IP, H,
          "On the evening of March 22 (evening of March 22 Taipei time), President Tsai Ing-wen attended a state banquet hosted by Palau President Tommy Remengesau, Jr., and witnessed the signing of an agreement on coast guard cooperation."),
        # "... watched as Vice President Raynold Oilouch and Minister of Foreign Affairs Joseph Wu
        # (吳釗燮) signed the agreement." ("Foreign Minister Wu also presented two miniature
        # model patrol boats to Vice President Oilouch as a gift": the same encounter) -> the
        # signatories' encounter, held, 2019-03-22, Palau; required False (a signing ceremony
        # before the leaders, not talks; see the notes).
        M(["raynold_oilouch", "joseph_wu"], "2019-03-22", "Palau", IP, H,
          "President Tsai and President Remengesau then watched as Vice President Raynold Oilouch and Minister of Foreign Affairs Joseph Wu (吳釗燮) signed the agreement.", False),
        # Not rows: "Since arriving at the airport the previous evening" (an arrival; no one
        # named); "the two countries signed an agreement" (countries; the signatories are the
        # row above); "the master of ceremonies" and "our Palauan friends" (unnamed). Kept as
        # found: the headline twice (title and heading), the double space in "cooperation,  in",
        # "the best of friends. and". Removed: the site's navigation at the start ("To the
        # central content area", ":::", ":::", "News & activities") and the last, cut-off
        # sentence ("The president also pointed out that the making of the ceramic arts had once
        # died out in Palau, but ov").
    ],
    roles=[("Palau President", "tommy_remengesau"), ("the president", "tsai_ing_wen"),
           ("Vice President", "raynold_oilouch"), ("Minister of Foreign Affairs", "joseph_wu"),
           ("Foreign Minister", "joseph_wu")],
)

A["dev_10009_kaljulaid_johannesson_video"] = dict(
    actors={
        "kersti_kaljulaid": ["President Kersti Kaljulaid", "Kersti Kaljulaid", "President Kaljulaid"],
        "gudni_johannesson": ["President of Iceland Guðni Jóhannesson", "Guðni Jóhannesson"],
        "un_security_council": ["UN Security Council", "security council"],
        "nato": ["NATO"],
    },
    meetings=[
        # "President Kersti Kaljulaid today held a video meeting with President of Iceland Guðni
        # Jóhannesson ..." ("Security matters ... were also discussed", "The presidents also
        # talked": the same call, one row) -> video, held, 2021-08-26, place null.
        M(["kersti_kaljulaid", "gudni_johannesson"], "2021-08-26", None, VID, H,
          "President Kersti Kaljulaid today held a video meeting with President of Iceland Guðni Jóhannesson to discuss the COVID-19 situation in Iceland and Estonia, restrictions and how to find the delicate balance between imposing restrictive measures and maintaining people’s trust."),
        # Not rows: "the cancellation of the visit of the Baltic presidents to Iceland ..., which
        # was to begin today" (a cancelled visit; the presidents unnamed); "her visit there"
        # (Afghanistan; a visit to a country, no host named); the anniversary (no meeting).
        # Removed: the search tool's " date 2021-08-30" prefix and the repost's source line
        # "Source: President of Estonia" at the start. Nothing removed at the end (the excerpt
        # ends with a whole sentence).
    ],
    roles=[("President of Iceland", "gudni_johannesson")],
)

_HC = ("OTTAWA – Prime Minister Stephen Harper today announced that he will meet with Mexican President Felipe Calderón and American President Barack Obama at the upcoming North American Leaders' Summit in Guadalajara, Mexico, on August 9 and 10, 2009.")
A["dev_10010_harper_calderon_obama_guadalajara_planned"] = dict(
    actors={
        "stephen_harper": ["Prime Minister Stephen Harper", "Stephen Harper"],
        "felipe_calderon": ["Mexican President Felipe Calderón", "Felipe Calderón", "President Calderón"],
        "barack_obama": ["American President Barack Obama", "Barack Obama", "President Obama"],
        "peter_van_loan": ["Minister of Public Safety Peter Van Loan", "Peter Van Loan"],
        "peter_kent": ["Minister of State of Foreign Affairs (Americas) Peter Kent", "Peter Kent"],
        "ricardo_martinelli": ["newly elected President Ricardo Martinelli", "President Ricardo Martinelli",
                               "Ricardo Martinelli"],
    },
    meetings=[
        # "... he will meet with Mexican President Felipe Calderón and American President Barack
        # Obama at the upcoming North American Leaders' Summit in Guadalajara, Mexico, on August 9
        # and 10, 2009." ("I look forward to meeting with President Calderón and President
        # Obama", "The leaders will focus on four themes": the same summit) -> a summit of three
        # named leaders: one row per pair, planned, date null (a two-day range), Guadalajara.
        # The Calderón-Obama pair is required False: the text states only Harper's meetings, the
        # third pair rests on "The leaders will focus" (see the notes).
        M(["stephen_harper", "felipe_calderon"], None, "Guadalajara", IP, P, _HC),
        M(["stephen_harper", "barack_obama"], None, "Guadalajara", IP, P, _HC),
        M(["felipe_calderon", "barack_obama"], None, "Guadalajara", IP, P, _HC, False),
        # "The Prime Minister also announced that he will visit Panama on August 11, 2009, to meet
        # with newly elected President Ricardo Martinelli ..." -> planned, 2009-08-11, Panama
        # (the country; no city is named).
        M(["stephen_harper", "ricardo_martinelli"], "2009-08-11", "Panama", IP, P,
          "The Prime Minister also announced that he will visit Panama on August 11, 2009, to meet with newly elected President Ricardo Martinelli and discuss how Canada and Panama can continue to work together to foster democracy, open markets and prosperity in the hemisphere."),
        # Not rows: "The Prime Minister will be joined at the summit by ... Peter Van Loan and
        # ... Peter Kent" (companions, not participants, as ANNOTATION's attendees); the summit's
        # four themes (an agenda). "EWR" in the date line (the site's tag) and "PMO Press
        # Office" (the release's signature) are not annotated. Kept as found: the headline with
        # "(1)", the date line, the widget line "Trüki   E-post   FB" between the date line and
        # the text, the signature. Removed at the end: the widget lines ("Trüki   E-post   FB",
        # "Vaata veel ...", "Lisa uus sündmus").
    ],
    roles=[("the Prime Minister", "stephen_harper"), ("The Prime Minister", "stephen_harper"),
           ("Mexican President", "felipe_calderon"), ("American President", "barack_obama"),
           ("Minister of Public Safety", "peter_van_loan"),
           ("Minister of State of Foreign Affairs (Americas)", "peter_kent"),
           ("newly elected President", "ricardo_martinelli")],
)

A["test_10011_varadkar_sturgeon_dublin"] = dict(
    actors={
        "leo_varadkar": ["Taoiseach Leo Varadkar", "Leo Varadkar", "Mr Varadkar"],
        "nicola_sturgeon": ["Scottish First Minister Nicola Sturgeon", "Nicola Sturgeon", "Ms Sturgeon"],
        "irish_government": ["Government"],
        "scottish_government": ["Scottish Executive"],
        "british_government": ["UK Government"],
        "british_irish_council": ["British Irish Council"],
        "european_union": ["European Union", "EU"],
    },
    meetings=[
        # "Taoiseach Leo Varadkar today held a \"constructive and warm meeting\" with Scottish
        # First Minister Nicola Sturgeon at Government Buildings" ("Following the meeting": the
        # same) -> held, 2017-10-05, Dublin (Government Buildings, resolved to its city as
        # ANNOTATION does; "in Dublin" after the meeting).
        M(["leo_varadkar", "nicola_sturgeon"], "2017-10-05", "Dublin", IP, H,
          "Taoiseach Leo Varadkar today held a \"constructive and warm meeting\" with Scottish First Minister Nicola Sturgeon at Government Buildings, according to a statement released by the Government."),
        # "Mr Varadkar has also accepted the First Minister's invitation to visit Scotland." ->
        # planned (an accepted invitation, as ANNOTATION), date null, Scotland.
        M(["leo_varadkar", "nicola_sturgeon"], None, "Scotland", IP, P,
          "Mr Varadkar has also accepted the First Minister's invitation to visit Scotland."),
        # "Both he and Ms Sturgeon will meet again in Jersey at the next meeting of the British
        # Irish Council in November." -> planned, date null (a month), Jersey; required False
        # (a meeting at a multilateral council; no bilateral on its sidelines is announced).
        M(["leo_varadkar", "nicola_sturgeon"], None, "Jersey", IP, P,
          "Both he and Ms Sturgeon will meet again in Jersey at the next meeting of the British Irish Council in November.", False),
        # Not rows: Sturgeon's speech to "an audience of business leaders" / "about 1,500
        # business figures" (a speech; unnamed); "the institutions in Northern Ireland" (not
        # named); the statement of the Government (a statement). Kept as found: the spaces after
        # "opportunity." Removed: the last, cut-off paragraph ("\"In my view, that is").
    ],
    roles=[("the First Minister", "nicola_sturgeon"), ("The Scottish First Minister", "nicola_sturgeon")],
)

A["dev_10012_biya_abdelkerim_deby_audience"] = dict(
    actors={
        "paul_biya": ["President Paul Biya", "Paul Biya", "President Biya"],
        "abdelkerim_idriss_deby_itno": ["Abdelkerim Idriss Deby Itno"],
        "mahamat_idriss_deby_itno": ["Lt General Mahamat Idriss Deby Itno", "Mahamat Idriss Deby Itno"],
        "idriss_deby_itno": ["Field Marshal Idriss Deby Itno", "President Idriss Deby Itno", "Idriss Deby Itno"],
        "chadian_transitional_military_council": ["Chadian Transitional Military Council", "Transitional Military Council",
                                                  "Transitional Council"],
        "presidency_of_chad": ["Chadian Presidency"],
        "cemac": ["Economic and Monetary Community of Central AfricanStates", "CEMAC"],
    },
    meetings=[
        # "The Head of State on Friday, 7thMay, grantedaudience to Abdelkerim Idriss Deby Itno"
        # / "President Paul Biya received in audience a high profile delegationof the Chadian
        # Transitional Military Council, headed by Abdelkerim Idriss Deby Itno" ("The one-hour
        # thirty minute-audience", "The Friday audience", "their visit to the Unity Palace": the
        # same audience, one row) -> held, 2021-05-07, Yaounde (the Unity Palace, the
        # presidential palace, resolved to its city as ANNOTATION resolves official buildings;
        # see the notes).
        M(["paul_biya", "abdelkerim_idriss_deby_itno"], "2021-05-07", "Yaounde", IP, H,
          "It was in an unusual diplomatic atmosphere that the Head of State, President Paul Biya received in audience a high profile delegationof the Chadian Transitional Military Council, headed by Abdelkerim Idriss Deby Itno, Deputy Director of Civil Cabinet at the Chadian Presidency."),
        # Not rows: "The Special envoy equally handed a sealed message from the Presidentof the
        # Transitional Council tothe Head of State" (a letter; no meeting with Mahamat Idriss
        # Deby Itno); "the killing of Field Marshal Idriss Deby Itno at the war front" (no
        # meeting); "a tour of countries of the subregion" (no hosts named); "told reporters"
        # (media). Kept as found: the joined words ("7thMay", "grantedaudience",
        # "delegationof", "Presidency.The", "AfricanStates", "afterthe", ...), the quotation
        # mark left at the end of the second paragraph. Removed: the last, cut-off sentence ("All
        # that it takes to welcome a diplomatic envoy was put inplace as the three-man dele").
    ],
    roles=[("The Head of State", "paul_biya"), ("the Head of State", "paul_biya"),
           ("the Chairman of the Conference of Heads of State of the Economic and Monetary Community of Central AfricanStates", "paul_biya"),
           ("Deputy Director of Civil Cabinet at the Chadian Presidency", "abdelkerim_idriss_deby_itno"),
           ("the special envoy of the President of the Transitional Military Council", "abdelkerim_idriss_deby_itno"),
           ("The Special envoy", "abdelkerim_idriss_deby_itno"),
           ("the President of the Transitional Military Council", "mahamat_idriss_deby_itno"),
           ("the Presidentof the Transitional Council", "mahamat_idriss_deby_itno")],
)
