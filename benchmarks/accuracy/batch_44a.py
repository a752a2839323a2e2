"""Accuracy corpus, batch 44a: 12 new articles about meetings between political actors, all
published in ODD years (another helper takes even years), from the 1960s, 1980s, 1990s, 2000s,
2010s and 2020s (1960s: one, 1980s: one, 1990s: three, 2000s: three, 2010s: two, 2020s: two; five
of the twelve from before 2000, as the brief asked), over eleven regions (Latin America: two;
Africa, Eastern Europe/Russia, Middle East, North America, East Asia, Central Asia/Caucasus, South
Asia, Oceania, Southeast Asia, Western Europe: one each). Outlets/sites: Namibia Daily News
(namibiadailynews.info), the Los Angeles Times (archive), National Yemen, Maclean's (archive),
People's Daily Online, Stabroek News (via landofsixpeoples.com), for.kg (carrying AKIpress), the
Sunday Observer of Sri Lanka (archive, carrying AFP), the Brisbane Times ("From the Archives"
reprint of The Sydney Morning Herald of 8 May 1969), The Jakarta Post (via jawawa.id), BBC News
(Politics 97 archive, bbc.adactio.com mirror) and Pledge Times. Where the corpus already used a
site, the page is new; namibiadailynews.info, for.kg, archives.sundayobserver.lk and
brisbanetimes.com.au are new to the corpus. Collected with the `search` tool (corpus `pages`) and
annotated from the texts alone, BEFORE the package was run on them (the package has not been run,
imported or read for this batch). Conventions: ANNOTATION.md and /work/shared/ANNOTATION-GUIDE.md.
Notes: batch_44a_NOTES.md.

Split rule (fixed before annotating, as given in the brief for this batch, the same as batches
5a-43b): the articles are numbered 1..12 in the order they were first found in this session's
search results (the query in which each first appeared, then its rank in that query), after
skipping pages already in the corpus; positions 3, 7 and 11 are test, all others dev. Ids:
`dev_86NN_<slug>` / `test_86NN_<slug>`, NN = collection position (01..12).

M(participants, date, place, kind, status, evidence, required=True)
Evidence is the verbatim sentence (line breaks inside it replaced by single spaces).
Aliases are written as they stand in the text (typos included).
"""


from annotations import H, IP, M, P, PH, VID  # noqa: F401 (the same row helpers)

# (article_id, region, decade, outlet, url, published)
ARTICLES = [
    # The dateline "WINDHOEK, Sept. 02" gives no year; the visit it announces ("will jointly
    # undertake ... from 2-3 September 2021") and the working visit "on 29 January 2021" give
    # 2021: published 2021-09-02 (a Thursday). "from 2-3 September 2021" (a range) -> null;
    # "on 29 January 2021" -> 2021-01-29.
    ("dev_8601_nandi_ndaitwah_kwape_goodwill_visit", "Africa", "2020s", "Namibia Daily News (namibiadailynews.info)", "http://namibiadailynews.info/goodwill-visit-by-ministerial-officials-of-republics-of-botswana-and-namibia-to-kasane-and-katima-mulilo/", "2021-09-02"),
    # The URL's date 1993-09-05 (a Sunday; no date line in the excerpt): "denied Saturday" =
    # 1993-09-04, "announced Friday" (the joint news conference) = 1993-09-03; the talks in the
    # Crimea are not dated in the text -> null.
    ("dev_8602_kravchuk_yeltsin_crimea_fleet", "Eastern Europe/Russia", "1990s", "Los Angeles Times (articles.latimes.com archive)", "http://articles.latimes.com/1993-09-05/news/mn-32142_1_black-sea", "1993-09-05"),
    # The search result's date field 2017-08-21 and the URL's 2017/08/21 (a Monday; no date line
    # in the excerpt): "today received" = 2017-08-21.
    ("test_8603_hamad_bin_daghar_sakhir", "Middle East", "2010s", "National Yemen (nationalyemen.com)", "http://nationalyemen.com/2017/08/21/king-of-bahrain-receives-yemens-prime-minister-at-sakhir-palace/", "2017-08-21"),
    # The issue date in the URL, 1987/6/8 (Monday, 8 June 1987; no date line in the excerpt):
    # the dinner "last week" -> null; "this week" (the premiers' meeting) -> null; "on May 27"
    # dates a published article, "April 30" an agreement (no meeting rows).
    ("dev_8604_mulroney_turner_trudeau_dinner", "North America", "1980s", "Maclean's (archive.macleans.ca)", "https://archive.macleans.ca/article/1987/6/8/trudeaus-power-punch", "1987-06-08"),
    # The date line "Wednesday, July 04, 2001" (2001-07-04 is a Wednesday; the URL's 200107/04
    # agrees): "said Wednesday ... during a meeting" and "Also on Wednesday" = 2001-07-04;
    # "arrived here Tuesday" = 2001-07-03 (an arrival, no row).
    ("dev_8605_bagabandy_tang_ulan_bator", "East Asia", "2000s", "People's Daily Online (en.people.cn)", "http://en.people.cn/english/200107/04/eng20010704_74175.html", "2001-07-04"),
    # The date line "Stabroek News / June 30, 2001" (a Saturday): the communique "issued
    # yesteday at the end of the visit" = 2001-06-29 dates the communique, not the talks -> the
    # talks' date null; "before year end" -> null.
    ("dev_8606_insanally_levens_suriname", "Latin America", "2000s", "Stabroek News (via landofsixpeoples.com)", "https://landofsixpeoples.com/news/ns106304.htm", "2001-06-30"),
    # The date line "July 27, 2019, 11:57" (a Saturday): "are continuing their talks" (present
    # tense, the day of the story) = 2019-07-27; "yesterday's talks" and "held on July 26" =
    # 2019-07-26.
    ("test_8607_jeenbekov_rahmon_cholpon_ata", "Central Asia/Caucasus", "2010s", "for.kg (carrying AKIpress)", "https://for.kg/news-592823-en.html", "2019-07-27"),
    # The issue date line "Sunday, 7 August 2005" (also the URL's 2005/08/07); the story's
    # dateline "NEW DELHI, Aug 6 (AFP)" is a Saturday: "at the weekend" and "The two-day trip"
    # -> null; "slated for November" -> null.
    ("dev_8608_natwar_singh_dhaka_visit_planned", "South Asia", "2000s", "Sunday Observer (Sri Lanka; archives.sundayobserver.lk, carrying AFP)", "https://archives.sundayobserver.lk/2005/08/07/wor05.html", "2005-08-07"),
    # A "From the Archives" reprint (the URL's 20190501): "First published in the Sydney Morning
    # Herald on May 8, 1969" (a Thursday) is taken as the publication date, as batch 33a's
    # reprints of The Hindu. The dateline "WASHINGTON, Wednesday" = 1969-05-07 (the day before
    # the paper): "yesterday decided" = 1969-05-06; the standfirst "On May 6, 1969, Prime
    # Minister John Gorton visited the White House" and the captions "May 6, 1969" agree.
    ("dev_8609_gorton_nixon_white_house", "Oceania", "1960s", "Brisbane Times (brisbanetimes.com.au; \"From the Archives\" reprint of The Sydney Morning Herald of 8 May 1969)", "https://www.brisbanetimes.com.au/world/north-america/from-the-archives-gorton-nixon-plan-hotline-to-washington-20190501-p51j5v.html", "1969-05-08"),
    # The date line "Fri, 03 Jan 1997" (1997-01-03 is a Friday): "yesterday" = 1997-01-02; "last
    # month", "in November", "on Dec. 1" -> no rows.
    ("dev_8610_soeharto_chavalit_merdeka", "Southeast Asia", "1990s", "The Jakarta Post (via jawawa.id)", "https://jawawa.id/newsitem/soeharto-wants-closer-indonesia-thailand-ties-1447893297", "1997-01-03"),
    # The URL's date (politics97/news/05/0509: 9 May 1997, a Friday; the page text has none, as
    # batch 2b's dev_209 from the same archive): the meeting is not dated in the text -> null;
    # "next month", "in two weeks' time" -> no rows (multilateral summits).
    ("test_8611_blair_kok_downing_street", "Western Europe", "1990s", "BBC News (Politics 97 archive, bbc.adactio.com mirror)", "http://bbc.adactio.com/politics97/news/05/0509/kok.shtml", "1997-05-09"),
    # The search result's date field 2023-06-01 (a Thursday; no date line in the excerpt): "this
    # Wednesday (May 31, 2023)" = 2023-05-31 (explicit); "at the end of June" -> null; "in
    # February 2020" (month only) -> null.
    ("dev_8612_lula_pope_francis_call", "Latin America", "2020s", "Pledge Times (pledgetimes.com)", "https://pledgetimes.com/lula-considers-visiting-france-and-the-vatican-at-the-end-of-june/", "2023-06-01"),
]

A = {}

A["dev_8601_nandi_ndaitwah_kwape_goodwill_visit"] = dict(
    actors={
        "netumbo_nandi_ndaitwah": ["Hon. Netumbo Nandi-Ndaitwah", "Netumbo Nandi-Ndaitwah"],
        "lemogang_kwape": ["Hon. Dr. Lemogang Kwape", "Dr. Lemogang Kwape", "Lemogang Kwape"],
        "mokgweetsi_masisi": ["His Excellency Dr. Mokgweetsi Masisi", "Dr. Mokgweetsi Masisi", "Mokgweetsi Masisi",
                              "President Masisi", "Masisi"],
        "hage_geingob": ["President Hage Geingob", "Hage Geingob"],
        "ministry_of_international_relations_and_cooperation_namibia": [
            "Ministry of International Relations and Cooperation of the Republic of Namibia",
            "Ministry of International Relations and Cooperation"],
        "ministry_of_international_affairs_and_cooperation_botswana": [
            "Ministry of International Affairs and Cooperation of the Republic of Botswana",
            "Ministry of International Affairs and Cooperation"],
    },
    meetings=[
        # "During the Working Visit to Namibia by ... Dr. Mokgweetsi Masisi ... on 29 January
        # 2021, Their Excellencies President Hage Geingob and President Masisi directed ..." ->
        # a working visit in which the two presidents acted together: held, 2021-01-29, Namibia
        # (no city in the text).
        M(["hage_geingob", "mokgweetsi_masisi"], "2021-01-29", "Namibia", IP, H,
          "During the Working Visit to Namibia by His Excellency Dr. Mokgweetsi Masisi, President of the Republic of Botswana on 29 January 2021, Their Excellencies President Hage Geingob and President Masisi directed that their Foreign Ministers undertake a joint visit to the border areas to familiarize themselves with the situation on the ground, including engaging communities on the importance of peaceful co-existence and good neighborliness along the common riverine border."),
        # "Hon. Netumbo Nandi-Ndaitwah and Hon. Dr. Lemogang Kwape ... will jointly undertake the
        # goodwill visit to Kasane ... and Katima Mulilo ..., from 2-3 September 2021" (the
        # "joint visit" of the next paragraph: the same) -> planned ("will"), date null (a
        # two-day range), place null (two localities in two countries); required False (a joint
        # trip of the two ministers to border communities rather than talks between them).
        M(["netumbo_nandi_ndaitwah", "lemogang_kwape"], None, None, IP, P,
          "WINDHOEK, Sept. 02 — Hon. Netumbo Nandi-Ndaitwah and Hon. Dr. Lemogang Kwape, Minister of Foreign Affairs and International Cooperation of the Republic of Botswana will jointly undertake the goodwill visit to Kasane, Chobe District in the Republic of Botswana and Katima Mulilo, Zambezi Region in the Republic of Namibia, from 2-3 September 2021.",
          False),
        # Not rows: "engaging communities" (unnamed); the Memorandum of Understanding on
        # Diplomatic Consultations between the two ministries (a framework, no meeting); "The
        # Hon. Deputy Prime Minister will be accompanied by a few of the Namibian officials"
        # (unnamed companions on the same trip). Removed: the author's contact line at the end
        # ("anna@namibiadailynews.info"). The paragraph break inside "(MoU) / on Diplomatic
        # Consultations" is kept as found.
    ],
    roles=[("The Hon. Deputy Prime Minister", "netumbo_nandi_ndaitwah"),
           ("Minister of Foreign Affairs and International Cooperation of the Republic of Botswana", "lemogang_kwape"),
           ("President of the Republic of Botswana", "mokgweetsi_masisi")],
)

A["dev_8602_kravchuk_yeltsin_crimea_fleet"] = dict(
    actors={
        "leonid_kravchuk": ["Ukrainian President Leonid Kravchuk", "Leonid Kravchuk", "Kravchuk"],
        "boris_yeltsin": ["Russian President Boris N. Yeltsin", "Boris N. Yeltsin", "Yeltsin"],
        "vyacheslav_kostikov": ["Vyacheslav V. Kostikov"],
        "vyacheslav_chornovil": ["Vyacheslav Chornovil"],
        "rukh": ["Rukh"],
        "reuters": ["Reuters"],
        "valery_shmarov": ["Vice Premier Valery Shmarov", "Valery Shmarov", "Shmarov"],
    },
    meetings=[
        # "Kravchuk said after returning to Kiev ... from talks in the Crimea with Russian
        # President Boris N. Yeltsin" ("his pact with Yeltsin" in the headline and "a joint news
        # conference with Kravchuk by his side" Friday: the same talks) -> held, date null (the
        # talks are not dated; only the joint news conference is "Friday"), Crimea (the only
        # locality given).
        M(["leonid_kravchuk", "boris_yeltsin"], None, "Crimea", IP, H,
          "\"Ukraine didn't sell the fleet. That's not so,\" Kravchuk said after returning to Kiev, the Ukrainian capital, from talks in the Crimea with Russian President Boris N. Yeltsin."),
        # Not rows: the joint news conference (part of the same talks; a joint media appearance);
        # Yeltsin's "television interview Saturday" (an interview); Kostikov's comment
        # (a statement); Chornovil "told Reuters news agency" (an interview); Shmarov's remark
        # and his working group's proposal (no meeting); "our president would be impeached"
        # (hypothetical). Removed: the site header "YOU ARE HERE: LAT HomeCollections" and the
        # last, cut-off sentence ("He said he would do his utmost to make sure Kravchuk never
        # signs a formal ag").
    ],
    roles=[("Ukrainian President", "leonid_kravchuk"), ("Russian President", "boris_yeltsin"),
           ("Yeltsin's press secretary", "vyacheslav_kostikov"),
           ("the embattled 62-year-old reformer", "boris_yeltsin"),
           ("leader of the chief opposition party", "vyacheslav_chornovil"),
           ("the chief opposition party", "rukh"), ("our president", "leonid_kravchuk"),
           ("a high government official in Kiev", "valery_shmarov"), ("Vice Premier", "valery_shmarov")],
)

A["test_8603_hamad_bin_daghar_sakhir"] = dict(
    actors={
        "hamad_bin_isa_al_khalifa": ["His Majesty King Hamad bin Isa Al-Khalifa", "King Hamad bin Isa Al-Khalifa",
                                     "Hamad bin Isa Al-Khalifa"],
        "khalifa_bin_salman_al_khalifa": ["Prince Khalifa bin Salman Al-Khalifa", "Khalifa bin Salman Al-Khalifa"],
        "ahmed_obeid_bin_daghar": ["Dr. Ahmed Obeid bin Daghar", "Ahmed Obeid bin Daghar", "Dr. bin Daghar",
                                   "Dr. Bin Daghar"],
        "abd_rabbuh_mansour_hadi": ["Yemeni President Abd-Rabbuo Mansour Hadi", "Abd-Rabbuo Mansour Hadi",
                                    "President Hadi"],
        "royal_charity_organization": ["Royal Charity Organization", "RCO"],
        "saudi_led_coalition": ["Saudi-ledCoalition Restore Hope", "Saudi-led Arab coalition"],
    },
    meetings=[
        # "King Hamad bin Isa Al-Khalifa today received at Sakhir Palace ... Yemeni Premier Dr.
        # Ahmed Obeid bin Daghar" (the headline in the URL "king-of-bahrain-receives-yemens-prime-
        # minister-at-sakhir-palace": the same) -> held, 2017-08-21 ("today"), Sakhir (the
        # palace's locality; no city given).
        M(["hamad_bin_isa_al_khalifa", "ahmed_obeid_bin_daghar"], "2017-08-21", "Sakhir", IP, H,
          "His Majesty King Hamad bin Isa Al-Khalifa today received at Sakhir Palace, in the presence of His Royal Highness Prime Minister Prince Khalifa bin Salman Al-Khalifa, Yemeni Premier Dr. Ahmed Obeid bin Daghar, who conveyed to HM the King greetings from Yemeni President Abd-Rabbuo Mansour Hadi as well as his wishes of further progress and prosperity to Bahrain and its people, hailing the Kingdom’s stances in support of the legitimate rule in Yemen."),
        # Not rows: Prince Khalifa bin Salman was present ("in the presence of": an attendee, not
        # a party; no pair rows, as ANNOTATION's attendees); the greetings bin Daghar conveyed
        # from Hadi and the King's greetings to Hadi (messages); the coalition and the RCO (no
        # meeting). Removed: the search tool's " date 2017-08-21" prefix. "Saudi-ledCoalition"
        # is kept as written.
    ],
    roles=[("HM the King", "hamad_bin_isa_al_khalifa"), ("Yemeni Premier", "ahmed_obeid_bin_daghar"),
           ("His Royal Highness Prime Minister", "khalifa_bin_salman_al_khalifa"),
           ("Yemeni President", "abd_rabbuh_mansour_hadi")],
)

A["dev_8604_mulroney_turner_trudeau_dinner"] = dict(
    actors={
        "emmett_carter": ["Emmett Cardinal Carter"],
        "brian_mulroney": ["Prime Minister Brian Mulroney", "Brian Mulroney", "Mulroney"],
        "john_turner": ["Liberal Leader John Turner", "John Turner", "Turner"],
        "pierre_trudeau": ["former prime minister Pierre Trudeau", "Pierre Trudeau", "Trudeau"],
        "la_presse": ["La Presse"],
        "toronto_star": ["The Toronto Star"],
        "liberal_party_of_canada": ["Liberal party"],
        "macleans": ["Maclean’s"],
    },
    meetings=[
        # "Among the guests were an all-star political trio—Prime Minister Brian Mulroney,
        # Liberal Leader John Turner and former prime minister Pierre Trudeau. The three men
        # exchanged smiles and ritual handshakes, then dined" -> one row per pair: held, date null
        # ("last week"), Toronto ("a ... dinner in Toronto"); all three required False (guests at
        # the head table of a dinner given for a third person, a social encounter rather than
        # talks; "did not tell Mulroney or Turner" shows they conversed only socially).
        M(["brian_mulroney", "john_turner"], None, "Toronto", IP, H,
          "The three men exchanged smiles and ritual handshakes, then dined on beef Wellington and broccoli.",
          False),
        M(["brian_mulroney", "pierre_trudeau"], None, "Toronto", IP, H,
          "The three men exchanged smiles and ritual handshakes, then dined on beef Wellington and broccoli.",
          False),
        M(["john_turner", "pierre_trudeau"], None, "Toronto", IP, H,
          "The three men exchanged smiles and ritual handshakes, then dined on beef Wellington and broccoli.",
          False),
        # Not rows: "Mulroney and all 10 premiers reaffirmed their determination to finalize the
        # wording of the accord at a meeting in Ottawa this week" (a first ministers' conference
        # of eleven, the premiers unnamed: a multilateral meeting, as batch 5d's multilateral
        # meeting with unnamed leaders); the guest of honour Carter (feted, not said to meet any
        # of them); Trudeau's article in La Presse and The Toronto Star (a publication); "the
        # April 30 tentative agreement" (no meeting described); "one Ontario Liberal told
        # Maclean’s" (unnamed; an interview). Removed: the two repeated copies of the headline
        # "Trudeau’s power punch" at the start (the page gives it three times) and the last,
        # cut-off sentence ("At week’s end, federal and provincial negotiators me").
    ],
    roles=[("the expansive guest of honor", "emmett_carter"), ("the prelate", "emmett_carter"),
           ("Prime Minister", "brian_mulroney"), ("Liberal Leader", "john_turner"),
           ("former prime minister", "pierre_trudeau"), ("The former prime minister", "pierre_trudeau")],
)

A["dev_8605_bagabandy_tang_ulan_bator"] = dict(
    actors={
        "natsagiin_bagabandi": ["Mongolian President Nachagyn Bagabandy", "Nachagyn Bagabandy", "Bagabandy"],
        "tang_jiaxuan": ["Chinese Foreign Minister Tang Jiaxuan", "Tang Jiaxuan", "Tang"],
        "jiang_zemin": ["Chinese President Jiang Zemin", "Jiang Zemin"],
        "nambaryn_enkhbayar": ["Mongolian Prime Minister Nambaryn Enkhbayar", "Nambaryn Enkhbayar"],
        "jamsrangyn_byambadorj": ["Jamsrangyn Byambadorj"],
        "state_great_khural": ["State Great Hural"],
    },
    meetings=[
        # "Bagabandy said Wednesday in Ulan Bator ... He made the remark during a meeting with
        # visiting Chinese Foreign Minister Tang Jiaxuan" (the headline "Mongolian President
        # Meets Chinese Foregn Minister": the same) -> held, 2001-07-04, Ulan Bator.
        M(["natsagiin_bagabandi", "tang_jiaxuan"], "2001-07-04", "Ulan Bator", IP, H,
          "He made the remark during a meeting with visiting Chinese Foreign Minister Tang Jiaxuan who arrived here Tuesday for a three- day official visit to the country."),
        # "Also on Wednesday, Tang met with Mongolian Prime Minister Nambaryn Enkhbayar and Vice
        # Chairman of the State Great Hural (parliament) Jamsrangyn Byambadorj" -> two
        # bilaterals (ANNOTATION's dev_032 reading), held, 2001-07-04, Ulan Bator ("here").
        M(["tang_jiaxuan", "nambaryn_enkhbayar"], "2001-07-04", "Ulan Bator", IP, H,
          "Also on Wednesday, Tang met with Mongolian Prime Minister Nambaryn Enkhbayar and Vice Chairman of the State Great Hural (parliament) Jamsrangyn Byambadorj."),
        M(["tang_jiaxuan", "jamsrangyn_byambadorj"], "2001-07-04", "Ulan Bator", IP, H,
          "Also on Wednesday, Tang met with Mongolian Prime Minister Nambaryn Enkhbayar and Vice Chairman of the State Great Hural (parliament) Jamsrangyn Byambadorj."),
        # Not rows: Enkhbayar-Byambadorj (not said to meet each other); "Tang Jiaxuan conveyed
        # greetings and wishes from Chinese President Jiang Zemin" (a message); the 1994 treaty and
        # 1998 declaration (no meeting); Tang's arrival "Tuesday" (an arrival, no one named
        # meeting him). Removed: the site's navigation line ("Help | Sitemap | Archive | Advanced
        # Search |"), the layout separators " | ||||||||||||||" at the end of the date line, the
        # section line "World | ||||||||||||||" and the last, cut-off fragment ("He exchanged ").
        # The headline runs into the first sentence ("Foregn MinisterMongolian") and "equal
        # footing.He" has no space, as found.
    ],
    roles=[("The Mongolian president", "natsagiin_bagabandi"), ("The president", "natsagiin_bagabandi"),
           ("the Chinese top diplomat", "tang_jiaxuan"), ("Chinese President", "jiang_zemin"),
           ("Mongolian Prime Minister", "nambaryn_enkhbayar"),
           ("Vice Chairman of the State Great Hural", "jamsrangyn_byambadorj"),
           ("parliament", "state_great_khural")],
)

A["dev_8606_insanally_levens_suriname"] = dict(
    actors={
        "bharrat_jagdeo": ["President Bharrat Jagdeo", "Bharrat Jagdeo", "Jagdeo"],
        "rudy_insanally": ["Samuel R. Insanally", "Insanally"],
        "marie_levens": ["Marie E. Levens", "Levens"],
        "guyana_suriname_cooperation_council": ["Cooperation Council"],
        "caricom": ["CARICOM"],
    },
    meetings=[
        # "the visit to Suriname by Minister of Foreign Affairs, Samuel R. Insanally" ...
        # "Insanally and his Surinamese counterpart, Marie E. Levens, agreed to enhance
        # cooperation" ("at Insanally's request, Levens had agreed", "considered by the two
        # Foreign Ministers": the same talks) -> held, date null (the communique was issued
        # "yesteday at the end of the visit"; the talks are not dated), Suriname (no city).
        M(["rudy_insanally", "marie_levens"], None, "Suriname", IP, H,
          "Insanally and his Surinamese counterpart, Marie E. Levens, agreed to enhance cooperation in air and sea transport as well as in the area of fisheries."),
        # "President Bharrat Jagdeo is to pay a state visit to the neighbouring country before
        # year end" (the headline "Jagdeo for state visit": the same) -> no host named: one-party
        # row (Jagdeo), planned, date null, Suriname; required False (as batch 43a's visits with
        # no host named).
        M(["bharrat_jagdeo"], None, "Suriname", IP, P,
          "In the backdrop of a blistering border row last year, Guyana and Suriname have agreed to intensify cooperation and President Bharrat Jagdeo is to pay a state visit to the neighbouring country before year end.",
          False),
        # Not rows: "the next meeting of the Cooperation Council will be held in Suriname no later
        # than mid-November" (a meeting of a body, no named participants); collaboration "with
        # CARICOM" (no meeting); the Joint Communique and the press release (documents). "Stabroek
        # News" under the headline is the outlet's source line (kept, not annotated).
        # "yesteday" and "fisheremen" are kept as written. Removed: the last, cut-off sentence
        # ("It was decided that the t").
    ],
    roles=[("Minister of Foreign Affairs", "rudy_insanally"), ("his Surinamese counterpart", "marie_levens")],
)

A["test_8607_jeenbekov_rahmon_cholpon_ata"] = dict(
    actors={
        "sooronbay_jeenbekov": ["President of Kyrgyzstan Sooronbai Jeenbekov", "Sooronbai Jeenbekov",
                                "President Jeenbekov"],
        "emomali_rahmon": ["President of Tajikistan Emomali Rahmon", "Emomali Rahmon", "President Rahmon"],
    },
    meetings=[
        # "Jeenbekov and ... Rahmon are continuing their talks in Cholpon-Ata, Issyk-Kul region"
        # ("I am glad about our meeting on hospitable Kyrgyz land": the same) -> held, 2019-07-27
        # (the story's day), Cholpon-Ata. Evidence without the agency credit "AKIPRESS.COM - ".
        M(["sooronbay_jeenbekov", "emomali_rahmon"], "2019-07-27", "Cholpon-Ata", IP, H,
          "President of Kyrgyzstan Sooronbai Jeenbekov and President of Tajikistan Emomali Rahmon are continuing their talks in Cholpon-Ata, Issyk-Kul region, the president's press service said."),
        # "The first round of talks was held on July 26 in Isfara" ("yesterday's talks": the same)
        # -> a separate session on another day and in another place (Tajikistan): held,
        # 2019-07-26, Isfara.
        M(["sooronbay_jeenbekov", "emomali_rahmon"], "2019-07-26", "Isfara", IP, H,
          "The first round of talks was held on July 26 in Isfara."),
        # Not rows: "The President of Tajikistan thanked for the invitation to visit Kyrgyzstan"
        # (the invitation to the present visit); the quotes (statements). "AKIPRESS.COM" at the
        # head of the story is the agency credit (kept, not annotated); "the president's press
        # service" is unnamed. Removed: the source and widget lines "Источник akipress.kg" and
        # "Комментарии" between the date line and the story. "atmoshphere" is kept as written.
    ],
    roles=[("President of Kyrgyzstan", "sooronbay_jeenbekov"), ("President of Tajikistan", "emomali_rahmon"),
           ("The President of Tajikistan", "emomali_rahmon"), ("the President", "sooronbay_jeenbekov")],
)

A["dev_8608_natwar_singh_dhaka_visit_planned"] = dict(
    actors={
        "k_natwar_singh": ["Indian Foreign Minister Natwar Singh", "Natwar Singh", "Singh"],
        "manmohan_singh": ["Prime Minister Manmohan Singh", "Manmohan Singh"],
        "navtej_sarna": ["Foreign Ministry spokesman Navtej Sarna", "Navtej Sarna"],
        "khaleda_zia": ["Bangladeshi Prime Minister Khaleda Zia", "Khaleda Zia"],
        "saifur_rahman": ["Finance Minister Saifur Rahman", "Saifur Rahman"],
        "m_morshed_khan": ["M. Morshed Khan"],
        "saarc": ["South Asian Association for Regional Cooperation", "SAARC"],
        "ministry_of_external_affairs_india": ["foreign ministry", "Foreign Ministry", "Indian foriegn ministry"],
    },
    meetings=[
        # "During his stay, Singh would call on Bangladeshi Prime Minister Khaleda Zia and
        # Finance Minister Saifur Rahman and hold talks with his counterpart M. Morshed Khan" ->
        # three separate interactions ("Singh" here is Natwar Singh, the visitor of "his stay"):
        # planned ("would"), date null ("at the weekend", "The two-day trip"), Dhaka (the
        # headline "Indian FM to visit Dhaka").
        M(["k_natwar_singh", "khaleda_zia"], None, "Dhaka", IP, P,
          "During his stay, Singh would call on Bangladeshi Prime Minister Khaleda Zia and Finance Minister Saifur Rahman and hold talks with his counterpart M. Morshed Khan."),
        M(["k_natwar_singh", "saifur_rahman"], None, "Dhaka", IP, P,
          "During his stay, Singh would call on Bangladeshi Prime Minister Khaleda Zia and Finance Minister Saifur Rahman and hold talks with his counterpart M. Morshed Khan."),
        M(["k_natwar_singh", "m_morshed_khan"], None, "Dhaka", IP, P,
          "During his stay, Singh would call on Bangladeshi Prime Minister Khaleda Zia and Finance Minister Saifur Rahman and hold talks with his counterpart M. Morshed Khan."),
        # Not rows: "a visit to Dhaka of Prime Minister Manmohan Singh for the 13th ... (SAARC)
        # summit slated for November" (a multilateral summit, no bilateral named); the summit
        # "initially ... planned for February" from which India pulled out (a multilateral
        # summit, cancelled); the ministry statement and Sarna's remarks (statements). "(AFP)" in
        # the dateline is the agency credit (not annotated); "foriegn" is kept as written.
        # Removed: the page's layout lines before the date line ("![]() |", "|"), the separator
        # " |" after the date line, the lines "![]() |" (three), "World | ![]() |" and "News
        # Business Features |" before the headline, the separator " |" at the end of the story,
        # and the footer ("|", "| News | Business | Features", "| Editorial | Security", "|
        # Produced by Lake House |").
    ],
    roles=[("Indian FM", "k_natwar_singh"), ("Indian Foreign Minister", "k_natwar_singh"),
           ("The minister", "k_natwar_singh"), ("Bangladeshi Prime Minister", "khaleda_zia"),
           ("Finance Minister", "saifur_rahman"), ("his counterpart", "m_morshed_khan"),
           ("Foreign Ministry spokesman", "navtej_sarna")],
)

A["dev_8609_gorton_nixon_white_house"] = dict(
    actors={
        "john_gorton": ["Prime Minister John Gorton", "John Gorton", "Mr Gorton", "Gorton"],
        "richard_nixon": ["President Richard Nixon", "Richard Nixon", "President Nixon", "Mr Nixon", "Nixon"],
        "pat_nixon": ["Mrs. Nixon"],
        "william_rogers": ["Mr William Rogers"],
        "white_house": ["White House"],
    },
    meetings=[
        # "The Prime Minister and the President met privately in Mr Nixon's office for 75
        # minutes" ("the first of two-day talks", "yesterday decided", the standfirst "On May 6,
        # 1969, Prime Minister John Gorton visited the White House", the state dinner of the
        # caption: the same day and pair, one row) -> held, 1969-05-06, Washington (Mr Nixon's
        # office at the White House; dateline WASHINGTON).
        M(["john_gorton", "richard_nixon"], "1969-05-06", "Washington", IP, H,
          "The Prime Minister and the President met privately in Mr Nixon's office for 75 minutes."),
        # "The Prime Minister later spent two hours at the State Department conferring with the
        # Secretary of State, Mr William Rogers" -> held, 1969-05-06 ("later" on the same first
        # day of the talks; doubtful, see the NOTES), Washington (the State Department, as
        # ANNOTATION's official buildings).
        M(["john_gorton", "william_rogers"], "1969-05-06", "Washington", IP, H,
          "The Prime Minister later spent two hours at the State Department conferring with the Secretary of State, Mr William Rogers."),
        # "decided on ... a visit to Australia by Mr Nixon in 1970" -> planned Nixon-Gorton,
        # date null (year only), Australia; required False (a visit decided, the host implied;
        # as batch 43a's accepted invitation).
        M(["richard_nixon", "john_gorton"], None, "Australia", IP, P,
          "WASHINGTON, Wednesday: President Nixon and Australia's Prime Minister, Mr Gorton, yesterday decided on a hot line between Washington and Canberra and a visit to Australia by Mr Nixon in 1970.",
          False),
        # Not rows: the second day of the "two-day talks" (implied, not reported); the "hot line"
        # "so that the Prime Minister and the President can confer frequently" (a future
        # facility, no specific call); Mrs. Nixon and Gorton's wife at the welcome and the state
        # dinner (spouses: attendees, not parties); the White House's "hot lines" to Moscow and
        # London (no meeting). "By Roy Macartney" (byline), "Credit: AP Wirephoto" (photo credit)
        # and "First published in the Sydney Morning Herald on May 8, 1969" (the outlet's
        # provenance line) are kept, not annotated; "the State Department" is annotated as a
        # place only ("at the State Department"). The caption "President and Mrs. Nixon welcomes
        # ..." stands twice in the excerpt (kept as found). Removed: the start of the page (a
        # first copy of the headline, the widget line "We’re sorry, this feature is currently
        # unavailable. We’re working to restore it. Please try again later.", "Advertisement"
        # and "This was published 4 years ago") and the last, cut-off caption ("President Nixon
        # Strolls outside the White House today with Australia's Prime Minister John G. Gorton
        # during an o").
    ],
    roles=[("the Australian Prime Minister", "john_gorton"), ("Australia's Prime Minister", "john_gorton"),
           ("The Prime Minister", "john_gorton"), ("the President", "richard_nixon"),
           ("the Secretary of State", "william_rogers")],
)

A["dev_8610_soeharto_chavalit_merdeka"] = dict(
    actors={
        "soeharto": ["President Soeharto", "Soeharto"],
        "chavalit_yongchaiyudh": ["Thai Prime Minister Chavalit Yongchaiyudh", "Chavalit Yongchaiyudh", "Chavalit"],
        "asean": ["Association of Southeast Asian Nations", "ASEAN"],
        "antara": ["Antara"],
        "banharn_silpa_archa": ["Banharn Silpa-archa"],
        "khunying_phanklua": ["Khunying Phanklua"],
        "try_sutrisno": ["Vice President Try Sutrisno", "Try Sutrisno"],
        "moerdiono": ["Minister/State Secretary Moerdiono", "Moerdiono"],
        "ali_alatas": ["Minister of Foreign Affairs Ali Alatas", "Ali Alatas"],
    },
    meetings=[
        # "After the formal proceedings, Soeharto and Chavalit moved inside for a few minutes of
        # casual tete-a-tete" (the welcome "by Soeharto" at the Merdeka Palace, the banquet
        # address, "told visiting Thai Prime Minister Chavalit Yongchaiyudh yesterday", "a
        # two-day courtesy call on Soeharto": the same day and pair, one row) -> held,
        # 1997-01-02 ("yesterday"), Jakarta (the Merdeka Palace; dateline JAKARTA).
        M(["soeharto", "chavalit_yongchaiyudh"], "1997-01-02", "Jakarta", IP, H,
          "After the formal proceedings, Soeharto and Chavalit moved inside for a few minutes of casual tete-a-tete."),
        # Not rows: Try Sutrisno and his wife, Moerdiono and Alatas "Also on hand" (attendees, not
        # parties); Chavalit's wife Khunying Phanklua ("Accompanied by": an attendee); Moerdiono's
        # account and the quote "by Antara" (statements); "a long tradition among new leaders
        # ... to visit their counterparts" (general); Banharn (replaced, no meeting). Removed:
        # the last, cut-off sentence ("Soeharto had also expressed hi").
    ],
    roles=[("Thai Prime Minister", "chavalit_yongchaiyudh"), ("the prime minister", "chavalit_yongchaiyudh"),
           ("a former army general", "chavalit_yongchaiyudh"), ("the president", "soeharto"),
           ("his Indonesian-born wife", "khunying_phanklua"), ("Vice President", "try_sutrisno"),
           ("Minister/State Secretary", "moerdiono"), ("Minister of Foreign Affairs", "ali_alatas")],
)

A["test_8611_blair_kok_downing_street"] = dict(
    actors={
        "tony_blair": ["Tony Blair", "Blair"],
        "robin_cook": ["Foreign Secretary Robin Cook", "Robin Cook"],
        "wim_kok": ["Wim Kok", "Mr Kok", "Kok"],
        "labour_party": ["Labour"],
        "conservative_party_uk": ["Tory"],
        "european_union": ["EU"],
        "european_parliament": ["European Parliament"],
        "european_commission": ["Commission"],
        "downing_street": ["Downing Street"],
    },
    meetings=[
        # "Tony Blair and Foreign Secretary Robin Cook warmly welcomed their Dutch counterparts to
        # London" ("Blair Gives Dutch PM Warm Welcome", "Wim Kok arrives in Downing Street",
        # "asked for the talks", "After the meeting": the same) -> the named participants are
        # Blair, Cook and Kok (the Dutch foreign minister is unnamed): one row per pair. Blair-Kok:
        # held, date null (not dated in the text), London.
        M(["tony_blair", "wim_kok"], None, "London", IP, H,
          "Tony Blair and Foreign Secretary Robin Cook warmly welcomed their Dutch counterparts to London with smiles and hopes of a breakthrough on European issues."),
        # Cook-Kok: held, date null, London (Cook is a party to the same welcome and talks).
        M(["robin_cook", "wim_kok"], None, "London", IP, H,
          "Tony Blair and Foreign Secretary Robin Cook warmly welcomed their Dutch counterparts to London with smiles and hopes of a breakthrough on European issues."),
        # Blair-Cook: the same delegation -> required False (as ANNOTATION's dev_017).
        M(["tony_blair", "robin_cook"], None, "London", IP, H,
          "Tony Blair and Foreign Secretary Robin Cook warmly welcomed their Dutch counterparts to London with smiles and hopes of a breakthrough on European issues.",
          False),
        # Not rows: "the crucial EU summit in Amsterdam next month" and "An informal European
        # summit would be held in two weeks' time in the Netherlands" (multilateral summits);
        # Kok's and Downing Street's remarks (statements); "a spokesman" (unnamed). Removed: the
        # page header ("BBC", the navigation line "News Issues Background Parties Analysis
        # TV/Radio/Web Interactive Forum Live", "Header", "Search Home") and the last, cut-off
        # sentence ("A relaxation of the Treaty proposal for Britain and Ireland - the EU"). The
        # image text "Kok arriving" and the caption are kept (as dev_209 from the same archive).
    ],
    roles=[("The Dutch Premier", "wim_kok"), ("Dutch PM", "wim_kok"), ("Foreign Secretary", "robin_cook")],
)

A["dev_8612_lula_pope_francis_call"] = dict(
    actors={
        "luiz_inacio_lula_da_silva": ["President Luiz Inácio Lula da Silva", "Luiz Inácio Lula da Silva", "Lula"],
        "workers_party_brazil": ["PT"],
        "emmanuel_macron": ["Emmanuel Macron"],
        "pope_francis": ["Pope Francis", "Francis"],
        "catholic_church": ["Catholic Church"],
        "mercosur": ["Mercosur"],
        "european_union": ["European Union"],
        "g7": ["G7"],
    },
    meetings=[
        # "The Chief Executive spoke this Wednesday (May 31, 2023) by telephone with the Pontiff"
        # (the standfirst "President spoke by phone with Pope Francis this Wednesday (May 31)":
        # the same) -> phone, held, 2023-05-31, place null.
        M(["luiz_inacio_lula_da_silva", "pope_francis"], "2023-05-31", None, PH, H,
          "The Chief Executive spoke this Wednesday (May 31, 2023) by telephone with the Pontiff and invited him to come to Brazil."),
        # "plans to visit his French counterpart, Emmanuel Macron, and Pope Francis at the end of
        # June" (the headline's "visiting France and the Vatican") -> two planned visits. Lula-
        # Macron: planned, date null ("at the end of June"), France.
        M(["luiz_inacio_lula_da_silva", "emmanuel_macron"], None, "France", IP, P,
          "O President Luiz Inácio Lula da Silva (PT) plans to visit his French counterpart, Emmanuel Macron, and Pope Francis at the end of June."),
        # Lula-Francis: planned, date null, Vatican.
        M(["luiz_inacio_lula_da_silva", "pope_francis"], None, "Vatican", IP, P,
          "O President Luiz Inácio Lula da Silva (PT) plans to visit his French counterpart, Emmanuel Macron, and Pope Francis at the end of June."),
        # "Lula was with Francis at the Vatican in February 2020" -> held, date null (month
        # only), Vatican.
        M(["luiz_inacio_lula_da_silva", "pope_francis"], None, "Vatican", IP, H,
          "Lula was with Francis at the Vatican in February 2020."),
        # "Both met in Japan, during a meeting of the G7" (Lula and "the French president") ->
        # held on a summit's sidelines, date null (not dated), Japan (no city).
        M(["luiz_inacio_lula_da_silva", "emmanuel_macron"], None, "Japan", IP, H,
          "Both met in Japan, during a meeting of the G7 (group of the richest countries in the world)."),
        # Not rows: "invited him to come to Brazil" (an invitation, not said to be accepted); the
        # G7 meeting itself (a plenary); "With the French president, she wants to discuss ..."
        # (the same planned visit; "she" is kept as written, like "O President"). Removed: the
        # search tool's " date 2023-06-01" prefix.
    ],
    roles=[("The Chief Executive", "luiz_inacio_lula_da_silva"), ("the Pontiff", "pope_francis"),
           ("the pontiff", "pope_francis"), ("his French counterpart", "emmanuel_macron"),
           ("the French president", "emmanuel_macron")],
)
