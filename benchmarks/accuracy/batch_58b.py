"""Accuracy corpus, batch 58b: 12 new articles about meetings between political actors, all
published in EVEN years (another helper takes odd years as batch 58a), from the 1980s to the 2020s
(1980s: two, 1990s: three, 2000s: one, 2010s: three, 2020s: three; five of the twelve from before
2000 (1984, 1988, 1992, and two undated pages whose texts place them in the mid-1990s), as the
brief asked for at least five; no 1970s page was found in time, see the notes), over the eleven
regions (Western Europe: two; Central Asia/Caucasus, Middle East, Africa, Southeast Asia, Eastern
Europe/Russia, Latin America, North America, South Asia, East Asia, Oceania: one each).
Outlets/sites: The Sydney Morning Herald (smh.com.au; Reuters copy), The Indian Express
(indianexpress.com; "Forty Years Ago" column), Seven Day News (sevendaynews.com), PM Transcripts
(Australian Prime Minister's Office; a press briefing), the Mexican Ministry of Foreign Affairs
(gob.mx/sre; a press release), Sudan Tribune (sudantribune.com), the Jamestown Foundation's
Monitor (jamestown.org), the Los Angeles Times (via a mirror of its archive, ukobiw.net), The
American Presidency Project (presidency.ucsb.edu), The Independent (independent.co.uk), the
Ministry of Foreign Affairs of Japan (mofa.go.jp; a readout) and the President of Ireland
(president.ie; a speech). New to the corpus: gob.mx, sudantribune.com and president.ie; the
others had pages before (see the notes). The pages are new, and so are the meetings they report.
Collected with the `search` tool (corpus `pages`) and annotated from the texts alone, BEFORE the
package was run on them (the package has not been run, imported or read for this batch).
Conventions: ANNOTATION.md and /work/shared/ANNOTATION-GUIDE.md. Notes: batch_58b_NOTES.md.

Split rule (fixed before annotating, as given in the brief for this batch, the same as batches
5a-57b): the articles are numbered 1..12 in the order they were first found in this session's
search results (the query in which each first appeared, then its rank in that query), after
skipping pages already in the corpus; positions 3, 7 and 11 are test, all others dev. Ids:
`dev_115NN_<slug>` / `test_115NN_<slug>`, NN = collection position (01..12).

M(participants, date, place, kind, status, evidence, required=True)
Evidence is the verbatim sentence (line breaks inside it replaced by single spaces).
Aliases are written as they stand in the text (typos and OCR errors included).
"""


from annotations import H, IP, M, P, PH, VID  # noqa: F401 (the same row helpers)

# (article_id, region, decade, outlet, url, published)
ARTICLES = [
    # No date line in the kept text; the URL's 20080113 (2008-01-13, a Sunday, checked): the day of
    # the visit is not stated ("was visited by") -> no date; "on Friday" (2008-01-11) is the day of
    # the organ failure, not of the visit.
    ("dev_11501_lee_kuan_yew_suharto_hospital", "Southeast Asia", "2000s", "The Sydney Morning Herald (smh.com.au)", "https://smh.com.au/world/lee-kuan-yew-visits-suharto-in-hospital-20080113-1lq7.html", "2008-01-13"),
    # The search tool's date field 2020-07-16 (removed with its prefix; a Thursday, checked): a
    # "Forty Years Ago" column reprinting the front page of July 16, 1980; the talks have no day
    # ("began") -> no dates. Decade = decade of publication (2020s).
    ("dev_11502_indira_gandhi_agha_shahi_1980", "South Asia", "2020s", "The Indian Express (indianexpress.com; Forty Years Ago column)", "https://indianexpress.com/article/opinion/editorials/forty-years-ago-july-16-1980-indo-pak-talks-6507669/", "2020-07-16"),
    # No date line; the URL's 2016/04/26 and the text's "Tuesday, April 26" (2016-04-26, a
    # Tuesday, checked): the talks -> 2016-04-26; "Monday, April 25 ... In the evening" ->
    # 2016-04-25 (a Monday, checked).
    ("test_11503_karimov_putin_kremlin", "Central Asia/Caucasus", "2010s", "Seven Day News (sevendaynews.com)", "http://sevendaynews.com/2016/04/26/the-leader-of-uzbekistan-told-about-trying-to-solve-the-afghan-issue-without-russia/", "2016-04-26"),
    # The title line "Transcript Press briefing with John Bowan -7 August 1984" (1984-08-07, a
    # Tuesday, checked): "this morning" -> 1984-08-07.
    ("dev_11504_lange_press_briefing_1984", "Oceania", "1980s", "PM Transcripts (Australian Prime Minister's Office; press briefing transcript)", "https://pmtranscripts.pmc.gov.au/node/17151", "1984-08-07"),
    # No date line; the text's "met today, Friday, May 17, 2024" (a Friday, checked) -> published
    # 2024-05-17, meeting 2024-05-17.
    ("dev_11505_amlo_arevalo_tapachula", "Latin America", "2020s", "Secretaría de Relaciones Exteriores, Mexico (gob.mx/sre; press release)", "https://www.gob.mx/sre/prensa/mexico-and-guatemala-strengthen-border-collaboration-on-security-and-human-mobility-for-the-wellbeing-of-their-peoples", "2024-05-17"),
    # The date line "April 27, 2010 (CAIRO)" (a Tuesday, checked); the site's "Tuesday, July 16,
    # 2024" is the page's current-date widget (removed). The day of the meeting is not stated
    # ("returned ... after a brief visit") -> no date.
    ("dev_11506_bashir_mubarak_egypt", "Africa", "2010s", "Sudan Tribune (sudantribune.com)", "https://sudantribune.com/article34691", "2010-04-27"),
    # No date on the page: "Publication: Monitor Volume: 2 Issue: 11" only -> `published` empty
    # (as dev_043); "yesterday" cannot be resolved -> no dates. Decade 1990s from the text
    # (Primakov foreign minister "more than his predecessor Andrei Kozyrev", Kuchma and Yeltsin
    # presidents, the fleet "after the fleet is partitioned").
    ("test_11507_yeltsin_kuchma_kremlin", "Eastern Europe/Russia", "1990s", "The Jamestown Foundation, Monitor (jamestown.org)", "https://jamestown.org/program/russian-ukrainian-summit-3", ""),
    # The text's line "The State - News from Dec. 14, 1988" and the URL's 1988-12-14 (a Wednesday,
    # checked): "today" -> 1988-12-14.
    ("dev_11508_de_mita_reagan_planned", "Western Europe", "1980s", "Los Angeles Times (archive, via the mirror ukobiw.net)", "http://ukobiw.net./archives/la-xpm-1988-12-14-mn-88-story.html", "1988-12-14"),
    # The date line "May 20, 1992" (a Wednesday, checked): "this visit" of the news conference ->
    # 1992-05-20.
    ("dev_11509_bush_mulroney_white_house_1992", "North America", "1990s", "The American Presidency Project (presidency.ucsb.edu; Public Papers of the Presidents)", "https://www.presidency.ucsb.edu/documents/the-presidents-news-conference-with-prime-minister-brian-mulroney-canada", "1992-05-20"),
    # No date on the page or in the URL -> `published` empty (as dev_043); "yesterday" cannot be
    # resolved -> no dates. Decade 1990s from the text (Warren Christopher "the US Secretary of
    # State", Majali Jordanian Prime Minister, Peres Israeli Foreign Minister; "Jordan's talks with
    # Israel" before a peace agreement).
    ("dev_11510_peres_hussein_dead_sea", "Middle East", "1990s", "The Independent (independent.co.uk)", "http://www.independent.co.uk/news/world/guns-for-peace-hussein-reaps-strange-reward-1415225.html", ""),
    # The date line "September 25, 2020" (a Friday, checked): the call "On September 25" ->
    # 2020-09-25; the listed calls carry their own full dates.
    ("test_11511_suga_xi_phone_2020", "East Asia", "2020s", "Ministry of Foreign Affairs of Japan (mofa.go.jp; readout)", "https://www.mofa.go.jp/a_o/c_m1/cn/page3e_001063.html", "2020-09-25"),
    # The title line "... COPENHAGEN, DENMARK MONDAY, 11TH OCTOBER, 2010" (a Monday, checked):
    # "this morning", "this evening" -> 2010-10-11.
    ("dev_11512_mcaleese_copenhagen_2010", "Western Europe", "2010s", "President of Ireland (president.ie; speech)", "https://president.ie/media-library/speeches/remarks-by-president-mcaleese-at-an-irish-community-reception-copenhagen-de", "2010-10-11"),
]

A = {}

A["dev_11501_lee_kuan_yew_suharto_hospital"] = dict(
    actors={
        "soeharto": ["Suharto"],
        "lee_kuan_yew": ["Singapore's Minister Mentor Lee Kuan Yew", "Lee Kuan Yew", "Lee"],
        "moerdiono": ["Moerdiono"],
    },
    meetings=[
        # "Indonesia's former president Suharto ... was visited by his friend and contemporary,
        # Singapore's Minister Mentor Lee Kuan Yew" ("when Lee entered his room", "flew in from
        # Singapore especially to see the Suharto": the same visit) -> held, date null (the day of
        # the visit is not stated), place null (only "Pertamina hospital", a building, and no city
        # or country named as the place; "Indonesia's" is a nationality).
        M(["lee_kuan_yew", "soeharto"], None, None, IP, H,
          "Indonesia's former president Suharto, who suffered multiple organ failure on Friday and is on a ventilator, was visited by his friend and contemporary, Singapore's Minister Mentor Lee Kuan Yew."),
        # Not rows: Moerdiono "was also at Suharto's bedside" and the three daughters accompanied
        # (not participants); "Lee appears to be the first foreign dignitary to visit Suharto in
        # hospital" (the same visit); "a 'who's who' of Indonesian society ... have flocked to his
        # bedside" (unnamed); "He is due to give a news conference" (a news conference). The
        # byline "By By Telly Nathalia" is kept as it stands (doubled "By") and not annotated.
        # Removed: at the start, the first copy of the headline and the site lines "We’re sorry,
        # this feature is currently unavailable. We’re working to restore it. Please try again
        # later.", "Advertisement" and "This was published 16 years ago" (all before the second
        # copy of the headline, which is kept); at the end, the cut-off last sentence ("His health
        # worsened on Friday and he was put on a vent").
    ],
    roles=[("Indonesia's former president", "soeharto"), ("Singapore's Minister Mentor", "lee_kuan_yew"),
           ("his friend and contemporary", "lee_kuan_yew"), ("former state secretary", "moerdiono"),
           ("the 86-year-old former general", "soeharto")],
)

_LH = "This suggestion is said to have been made when the Mizoram Finance Minister, Lalhmingthanga called on them."
A["dev_11502_indira_gandhi_agha_shahi_1980"] = dict(
    actors={
        "indira_gandhi": ["Indira Gandhi", "PM Indira Gandhi", "Prime Minister Indira Gandhi"],
        "zail_singh": ["Home Minister Zail Singh", "Zail Singh"],
        # New keys.
        "agha_shahi": ["Pakistan Foreign Minister Agha Shahid", "Agha Shahid", "Agha Shahi"],
        "laldenga": ["Laldenga"],
        "t_sailo": ["Brigadier Sailo"],
        "lalhmingthanga": ["Lalhmingthanga"],
        "mizo_national_front": ["Mizo National Front"],
        "peoples_conference_mizoram": ["People’s Conference"],
    },
    meetings=[
        # "Talks between India and Pakistan began with the Prime Minister suggesting to the
        # visiting Pakistan Foreign Minister Agha Shahid ..." ("the Prime Minister" = Indira
        # Gandhi, named in the next sentences; "Agha Shahid"/"Agha Shahi" as written) -> held,
        # date null ("began", no day), place null (no city named; "visiting" names no place).
        M(["indira_gandhi", "agha_shahi"], None, None, IP, H,
          "Talks between India and Pakistan began with the Prime Minister suggesting to the visiting Pakistan Foreign Minister Agha Shahid that Pakistan should think of setting the Kashmir issue with India peacefully and bilaterally as had been provided in the Simla Agreement."),
        # "the Mizoram Finance Minister, Lalhmingthanga called on them" (them = Indira Gandhi and
        # Zail Singh) -> a meeting of three named people -> pair rows, held, date and place null.
        # The Gandhi-Zail Singh pair (the same side, the hosts) is required False (as dev_017's
        # same-delegation pair).
        M(["lalhmingthanga", "indira_gandhi"], None, None, IP, H, _LH),
        M(["lalhmingthanga", "zail_singh"], None, None, IP, H, _LH),
        M(["indira_gandhi", "zail_singh"], None, None, IP, H, _LH, False),
        # Not rows: "his banquet speech" (the same visit; a speech); "the Union government is
        # trying to persuade the two to bury the hatchet" (no meeting); "reported to have told the
        # Mizoram government" (a government, not a person). The Indian Express, the outlet of the
        # caption line, is not annotated. Kept as they stand: the caption line repeated on one
        # line, "Agha Shahid" beside "Agha Shahi", "setting the Kashmir issue". Removed: at the
        # start, the search tool's date prefix (" date 2020-07-16 "); at the end, two empty lines.
        # The column is whole (it ends with a full sentence).
    ],
    roles=[("the Prime Minister", "indira_gandhi"), ("the visiting Pakistan Foreign Minister", "agha_shahi"),
           ("the Pakistan foreign minister", "agha_shahi"), ("the Mizo National Front Leader", "laldenga"),
           ("the Mizoram Finance Minister", "lalhmingthanga"), ("the minister", "lalhmingthanga")],
)

A["test_11503_karimov_putin_kremlin"] = dict(
    actors={
        "islam_karimov": ["President of Uzbekistan Islam Karimov", "Islam Karimov", "Karimov"],
        "vladimir_putin": ["The President of Russia Vladimir Putin", "Russian President Vladimir Putin", "Vladimir Putin", "Putin"],
    },
    meetings=[
        # "Islam Karimov and Russian President Vladimir Putin hold Tuesday, April 26, talks the
        # Kremlin" (the caption "in the Kremlin" and "offered Putin at the talks": the same) ->
        # held (the present tense of a same-day report of talks under way), 2016-04-26, Moscow
        # (the Kremlin; "arrived in Moscow").
        M(["islam_karimov", "vladimir_putin"], "2016-04-26", "Moscow", IP, H,
          "President of Uzbekistan Islam Karimov and Russian President Vladimir Putin hold Tuesday, April 26, talks the Kremlin."),
        # "The Uzbek leader arrived in Moscow Monday, April 25. In the evening they three hours
        # tete-a-tete" ("We had the opportunity yesterday to sit together, face to face, for three
        # hours": the same) -> a separate, earlier meeting, held, 2016-04-25, Moscow.
        M(["islam_karimov", "vladimir_putin"], "2016-04-25", "Moscow", IP, H,
          "In the evening they three hours tete-a-tete, told the Russian President."),
        # Not rows: the quoted remarks "in the presence of journalists" (statements). Kept as they
        # stand: the machine-translated English ("talks the Kremlin", "In the evening they three
        # hours tete-a-tete", "thanked Putin Karimov"), the caption line without a full stop.
        # Removed: at the end, the cut-off last paragraph ("In ruble terms, and between Russia and
        # Uzbekistan increased the volume of trade, increased supply of agricultural products from
        # Uzbekis"). Nothing removed at the start.
    ],
    roles=[("President of Uzbekistan", "islam_karimov"), ("Russian President", "vladimir_putin"),
           ("The President of Russia", "vladimir_putin"), ("The Uzbek leader", "islam_karimov"),
           ("the Russian President", "vladimir_putin"), ("the President of Uzbekistan", "islam_karimov")],
)

A["dev_11504_lange_press_briefing_1984"] = dict(
    actors={
        "david_lange": ["Mr Lange"],
        "robert_muldoon": ["Mr Muldoon"],
        # New key.
        "john_bowan": ["John Bowan", "BOWAN"],
    },
    meetings=[
        # "The two Prime Ministers met for an hour altogether this morning" -> the Australian
        # "Prime Minister" is never named in the kept text (a role only; "Mr Hawke" stood only in
        # the removed cut-off sentence) -> a one-party row (Lange, "Mr Lange undertook"), held,
        # 1984-08-07, place null (the briefing names no place).
        M(["david_lange"], "1984-08-07", None, IP, H,
          "BOWAN: The two Prime Ministers met for an hour altogether this morning, of which about three quarters was just a private meeting between themselves and about twenty minutes or so with officials."),
        # Not rows: "On steel the two Prime Ministers reveiwed ..." (the same meeting); "they would
        # initiate discussion by officials and Ministers" (unnamed, not fixed); "Mr Lange undertook
        # ... within one month to'be in a position to come back and talk to us" (no specific
        # meeting, no named counterpart); "arrangements announced by Mr Muldoon during the
        # election" (no meeting). ANZUS and CER (an alliance treaty and a trade agreement) are not
        # actors. John Bowan is the briefer named in the title (annotated). Kept as they stand:
        # the hard line breaks, the OCR forms "E 0 E Proof only", "CEfl", "to'be", "reveiwed",
        # "administration..". Removed: at the start, two lines of scan noise above the letterhead
        # ("fUDT P:~ pg A'ELE\") SE", "1,, t"); at the end, the cut-off last sentence ("On
        # investment Mr Hawke expressed appreciation of the new New Zealand's Labor Government's
        # decision to lift an embargo").
    ],
    roles=[],
)

A["dev_11505_amlo_arevalo_tapachula"] = dict(
    actors={
        "andres_manuel_lopez_obrador": ["Andrés Manuel López Obrador"],
        # New keys.
        "bernardo_arevalo": ["César Bernardo Arévalo de León"],
        "border_commanders_board": ["Border Commanders Board"],
        "high_level_security_group": ["High-Level Security Group"],
    },
    meetings=[
        # "The presidents of Mexico, Andrés Manuel López Obrador, and Guatemala, César Bernardo
        # Arévalo de León, met today, Friday, May 17, 2024, in Tapachula, Chiapas" ("During their
        # meeting in Chiapas", "The delegations, led by the presidents": the same) -> held,
        # 2024-05-17, Tapachula.
        M(["andres_manuel_lopez_obrador", "bernardo_arevalo"], "2024-05-17", "Tapachula", IP, H,
          "The presidents of Mexico, Andrés Manuel López Obrador, and Guatemala, César Bernardo Arévalo de León, met today, Friday, May 17, 2024, in Tapachula, Chiapas."),
        # Not rows: "the Meeting of the Joint Chiefs of Staff" and "the recent meeting of the
        # High-Level Security Group" (meetings of unnamed officials); the ministers who
        # accompanied the presidents (unnamed). Kept as they stand: the leading bullet "•" of the
        # summary line. Removed: at the end, the cut-off last sentence ("Guatemala expressed
        # interest in analyzing the initiatives and participating in them, opening possibilities
        # for collaboration and joint work to contribute to the integration of Gu"). Nothing
        # removed at the start.
    ],
    roles=[],
)

A["dev_11506_bashir_mubarak_egypt"] = dict(
    actors={
        "omar_al_bashir": ["Sudanese President Omer Al-Bashir", "Omer Al-Bashir", "Al-Bashir", "Bashir", "Bahsir"],
        "hosni_mubarak": ["President Hosni Mubarak", "Hosni Mubarak", "President Mubarak", "Mubarak"],
        "middle_east_news_agency": ["MENA"],
        # New keys.
        "bakri_hassan_saleh": ["Bakri Hassan Saleh"],
        "ali_karti": ["Ali Karti"],
        "sudan_news_agency": ["SUNA"],
        "national_elections_commission_sudan": ["National Elections Commission"],
    },
    meetings=[
        # "Sudanese President Omer Al-Bashir returned to Khartoum after a brief visit to Egypt
        # where he met President Hosni Mubarak" ("Bashir and Mubarak held talks", headline "meets
        # his Egyptian counterpart": the same) -> held, date null (the day of the visit is not
        # stated: "twenty four hours after the announcement"), Egypt (the text places the meeting
        # only in "Egypt"; the dateline CAIRO is where the story was filed, not said to be the
        # meeting's place).
        M(["omar_al_bashir", "hosni_mubarak"], None, "Egypt", IP, H,
          "April 27, 2010 (CAIRO) – Sudanese President Omer Al-Bashir returned to Khartoum after a brief visit to Egypt where he met President Hosni Mubarak who is convalescing after surgery in Germany last month."),
        # Not rows: Bakri Hassan Saleh and Ali Karti accompanied (not participants); "Cairo
        # hosted last February talks between the two peace partners" (unnamed parties). Kept as
        # they stand: "Bahsir" (for Bashir), "issue of common concern". Removed: at the start, the
        # site lines "Tuesday, July 16, 2024" (the page's date widget), "Sudan Tribune" and
        # "Plural news and views on Sudan"; at the end, the readers' comments (from "• belle
        # gatlueng liah" on). The article is whole.
    ],
    roles=[("Sudanese President", "omar_al_bashir"), ("his Egyptian counterpart", "hosni_mubarak"),
           ("minister at the presidency", "bakri_hassan_saleh"), ("state minister of foreign affairs", "ali_karti")],
)

_PG = "The two countries’ foreign and defense ministers, Yevgeny Primakov and Pavel Grachev for Russia, Hennady Udovenko and Valeri Shmarov for Ukraine, held parallel meetings."
A["test_11507_yeltsin_kuchma_kremlin"] = dict(
    actors={
        "boris_yeltsin": ["Russian president Boris Yeltsin", "Boris Yeltsin", "Yeltsin"],
        "leonid_kuchma": ["Ukrainian president Leonid Kuchma", "Leonid Kuchma", "Kuchma"],
        "yevgeny_primakov": ["Yevgeny Primakov", "Primakov"],
        "pavel_grachev": ["Pavel Grachev"],
        "hennadiy_udovenko": ["Hennady Udovenko", "Udovenko"],
        "valery_shmarov": ["Valeri Shmarov"],
        "andrei_kozyrev": ["Andrei Kozyrev"],
        "viktor_chernomyrdin": ["Russian prime minister Viktor Chernomyrdin", "Viktor Chernomyrdin"],
        "dmitry_ryurikov": ["Dmitry Ryurikov", "Ryurikov"],
    },
    meetings=[
        # "Russian president Boris Yeltsin conferred with Ukrainian president Leonid Kuchma in the
        # Kremlin yesterday" ("The two presidents discussed ...": the same) -> held, date null (no
        # publication date), Moscow (the Kremlin -> Moscow).
        M(["boris_yeltsin", "leonid_kuchma"], None, "Moscow", IP, H,
          "Russian president Boris Yeltsin conferred with Ukrainian president Leonid Kuchma in the Kremlin yesterday on a full range of bilateral issues."),
        # "foreign and defense ministers, Yevgeny Primakov and Pavel Grachev for Russia, Hennady
        # Udovenko and Valeri Shmarov for Ukraine, held parallel meetings" -> two bilaterals of
        # counterparts (foreign ministers; defence ministers), held, date null, Moscow (the same
        # summit).
        M(["yevgeny_primakov", "hennadiy_udovenko"], None, "Moscow", IP, H, _PG),
        M(["pavel_grachev", "valery_shmarov"], None, "Moscow", IP, H, _PG),
        # "Kuchma conferred separately with Russian prime minister Viktor Chernomyrdin" -> held,
        # date null, Moscow (the same visit).
        M(["leonid_kuchma", "viktor_chernomyrdin"], None, "Moscow", IP, H,
          "Kuchma conferred separately with Russian prime minister Viktor Chernomyrdin on Ukrainian arrears for Russian energy supplies and Russian restrictions on bilateral trade."),
        # Not rows: "the official visit of the Russian president to Ukraine may now be advanced"
        # (a visit to a country, no counterpart named, no date); "Udovenko later told the press",
        # "Ryurikov later told journalists" (statements); "an intergovernmental commission ... to
        # be co-chaired by the prime ministers" (a body to be created, no meeting). Kept as they
        # stand: "Valeri Shmarov" (the key `valery_shmarov` is reused), "Hennady Udovenko" (key
        # `hennadiy_udovenko` reused), the title line in capitals with a full stop. Removed: at
        # the end, the cut-off last sentence ("Asked by Ye"). Nothing removed at the start.
    ],
    roles=[("Russian president", "boris_yeltsin"), ("Ukrainian president", "leonid_kuchma"),
           ("his predecessor", "andrei_kozyrev"), ("Russian prime minister", "viktor_chernomyrdin"),
           ("Yeltsin’s foreign policy adviser", "dmitry_ryurikov"), ("the Russian president", "boris_yeltsin")],
)

A["dev_11508_de_mita_reagan_planned"] = dict(
    actors={
        "ciriaco_de_mita": ["Italian Prime Minister Ciriaco De Mita", "Ciriaco De Mita", "De Mita"],
        "ronald_reagan": ["President Reagan"],
        # New key.
        "world_affairs_council": ["World Affairs Council"],
    },
    meetings=[
        # "He flies to Washington today to meet with President Reagan" -> planned, 1988-12-14,
        # Washington.
        M(["ciriaco_de_mita", "ronald_reagan"], "1988-12-14", "Washington", IP, P,
          "He flies to Washington today to meet with President Reagan."),
        # Not rows: "a speech at a dinner meeting of the World Affairs Council" and "an earlier
        # event" (speeches to audiences); "the Marshall Plan" (a programme, not an actor). Kept as
        # they stand: the section line "The State - News from Dec. 14, 1988". Removed: at the
        # start, an empty line. The item is whole.
    ],
    roles=[("Italian Prime Minister", "ciriaco_de_mita")],
)

A["dev_11509_bush_mulroney_white_house_1992"] = dict(
    actors={
        "george_h_w_bush": ["Bush"],
        "brian_mulroney": ["Prime Minister Brian Mulroney", "Brian Mulroney", "Prime Minister Mulroney", "Mulroney"],
        "g7": ["G - 7"],
    },
    meetings=[
        # "I'm just delighted to have had this visit with Prime Minister Mulroney of Canada,
        # welcoming him back to the White House" (spoken by "The President", named as Bush in
        # "the Bush view"; "we had a very far-reaching discussion": the same) -> held, 1992-05-20,
        # Washington (the White House -> Washington).
        M(["george_h_w_bush", "brian_mulroney"], "1992-05-20", "Washington", IP, H,
          "The President. I'm just delighted to have had this visit with Prime Minister Mulroney of Canada, welcoming him back to the White House."),
        # Not rows: "the coming summit, including the G - 7" (a plenary); "the Free Trade
        # Agreement", "the FTA" (an agreement, not an actor). Kept as they stand: the speaker
        # labels "The President." and "The Prime Minister.", "G - 7". Removed: at the start, the
        # site's image line "George Bush photo"; at the end, the cut-off last sentence ("But I
        # tried to focus on what our priorit").
    ],
    roles=[("The President", "george_h_w_bush"), ("the Prime Minister", "brian_mulroney"),
           ("The Prime Minister", "brian_mulroney"), ("the President", "george_h_w_bush")],
)

_AB = "But Mr Peres politely deflected the significance of his visit back to the days of King Abdullah, grandfather of the present King Hussein, who met Golda Meir and Moshe Sharett and Moshe Dayan in the months before his assassination, 43 years ago to the day."
_HC = "History, we were told by Mr Peres - and by King Hussein, and by Warren Christopher, the US Secretary of State, was being made."
A["dev_11510_peres_hussein_dead_sea"] = dict(
    actors={
        "shimon_peres": ["Shimon Peres", "Mr Peres"],
        "hussein_bin_talal": ["King Hussein", "Hussein"],
        "golda_meir": ["Golda Meir"],
        "moshe_sharett": ["Moshe Sharett"],
        "moshe_dayan": ["Moshe Dayan"],
        "warren_christopher": ["Warren Christopher", "Mr Christopher"],
        # New keys.
        "abdullah_i": ["King Abdullah"],
        "abdul_salam_majali": ["Jordanian Prime Minister Abdul Salam Majali", "Abdul Salam Majali"],
    },
    meetings=[
        # Peres "on his first public visit to the Hashemite Kingdom", with King Hussein and
        # Warren Christopher at the Dead Sea Spa Hotel ("History, we were told by Mr Peres - and
        # by King Hussein, and by Warren Christopher"): Peres-Hussein -> held, date null (no
        # publication date), Jordan (the country named; no city). Required: the visit's host and
        # guest.
        M(["shimon_peres", "hussein_bin_talal"], None, "Jordan", IP, H,
          "And the Israeli Foreign Minister, with a slight toss of his head and the smile of a man who knows how to deal with the numbskulls of the press on his first public visit to the Hashemite Kingdom, answered without hesitation: 'We came here to make a story - not to write a story.'"),
        # The other pairs of the same event (Christopher with Peres and with Hussein) -> held,
        # date null, Jordan; required False (the text names them as speakers at the same event,
        # not as meeting each other).
        M(["shimon_peres", "warren_christopher"], None, "Jordan", IP, H, _HC, False),
        M(["hussein_bin_talal", "warren_christopher"], None, "Jordan", IP, H, _HC, False),
        # "King Abdullah ... who met Golda Meir and Moshe Sharett and Moshe Dayan in the months
        # before his assassination" -> three separate held meetings, date and place null.
        M(["abdullah_i", "golda_meir"], None, None, IP, H, _AB),
        M(["abdullah_i", "moshe_sharett"], None, None, IP, H, _AB),
        M(["abdullah_i", "moshe_dayan"], None, None, IP, H, _AB),
        # Not rows: "How many times had he secretly visited Jordan" (a question; a count, no
        # specific visit); "we asked Shimon Peres" (the press); Majali's quoted words (a
        # statement); "Would there be a peace agreement next week" (no meeting); "Jordan's talks
        # with Israel" (between governments). Kept as they stand: ". . ." and the single quotes.
        # Removed: at the end, the cut-off last sentence ("Jordanian officials - thou"). The
        # excerpt first returned for this page (rank 2 of query 37) carried the site lines
        # "Click to follow" and "The Independent Online" after the headline and stopped at
        # "... to be solved,' "; the text kept is the excerpt the same query returned for the same
        # page at rank 6, which has no site lines and runs one sentence further.
    ],
    roles=[("the Israeli Foreign Minister", "shimon_peres"), ("grandfather of the present King Hussein", "abdullah_i"),
           ("the US Secretary of State", "warren_christopher"), ("Jordanian Prime Minister", "abdul_salam_majali"),
           ("The king", "hussein_bin_talal")],
)

A["test_11511_suga_xi_phone_2020"] = dict(
    actors={
        "yoshihide_suga": ["Mr. SUGA Yoshihide", "SUGA Yoshihide", "Prime Minister Suga"],
        "xi_jinping": ["Mr. Xi Jinping", "Xi Jinping", "President Xi"],
        "yasuo_fukuda": ["Prime Minister FUKUDA Yasuo", "FUKUDA Yasuo"],
        "wen_jiabao": ["Premier Wen Jiabao", "Wen Jiabao"],
        "yoshihiko_noda": ["Prime Minister NODA Yoshihiko", "NODA Yoshihiko"],
        # New key.
        "naoto_kan": ["Prime Minister KAN Naoto", "KAN Naoto"],
    },
    meetings=[
        # "On September 25, commencing at 9:00 p.m. for approximately 30 minutes, Mr. SUGA
        # Yoshihide ... held his first summit telephone talk with Mr. Xi Jinping" -> phone, held,
        # 2020-09-25, no place.
        M(["yoshihide_suga", "xi_jinping"], "2020-09-25", None, PH, H,
          "On September 25, commencing at 9:00 p.m. for approximately 30 minutes, Mr. SUGA Yoshihide, Prime Minister of Japan, held his first summit telephone talk with Mr. Xi Jinping, President of the People's Republic of China."),
        # "[Reference] Recent Japan-China Summit Telephone Talks": each listed item is a specific,
        # dated call -> phone, held, the listed date, no place.
        M(["yasuo_fukuda", "wen_jiabao"], "2007-09-28", None, PH, H,
          "September 28, 2007: Prime Minister FUKUDA Yasuo and Premier Wen Jiabao"),
        M(["naoto_kan", "wen_jiabao"], "2010-06-13", None, PH, H,
          "June 13, 2010: Prime Minister KAN Naoto and Premier Wen Jiabao"),
        M(["naoto_kan", "wen_jiabao"], "2011-04-12", None, PH, H,
          "April 12, 2011: Prime Minister KAN Naoto and Premier Wen Jiabao"),
        M(["yoshihiko_noda", "wen_jiabao"], "2011-09-06", None, PH, H,
          "September 6, 2011: Prime Minister NODA Yoshihiko and Premier Wen Jiabao"),
        # Not rows: "the importance of coordinating closely at a high level, including summit
        # talks" (no specific meeting). Kept as they stand: the section line "Japan-China
        # Relations", the numbered list, the double and triple spaces ("confirmed  that",
        # "travel   as"). Removed: at the end, the cut-off last list item ("• May 4, 2018: Prime
        # Minister ABE Shinzo and President Xi Jin"). Nothing removed at the start.
    ],
    roles=[("Prime Minister of Japan", "yoshihide_suga"), ("President of the People's Republic of China", "xi_jinping")],
)

_MC = "I’ve already received a warm welcome from the Prime Minister and the President of the Parliament this morning and will meet Her Majesty Queen Margrethe at Fredensborg this evening."
A["dev_11512_mcaleese_copenhagen_2010"] = dict(
    actors={
        # New keys. The speaker ("I") is named only in the title line.
        "mary_mcaleese": ["PRESIDENT MCALEESE", "MCALEESE"],
        "martin_mcaleese": ["Martin"],
        "margrethe_ii": ["Her Majesty Queen Margrethe", "Queen Margrethe"],
        "scannell": ["Ambassador Scannell"],
    },
    meetings=[
        # "I’ve already received a warm welcome from the Prime Minister and the President of the
        # Parliament this morning" -> both counterparts are given by role only and never named ->
        # two one-party rows (McAleese), held, 2010-10-11, Copenhagen ("here in Copenhagen").
        M(["mary_mcaleese"], "2010-10-11", "Copenhagen", IP, H, _MC),
        M(["mary_mcaleese"], "2010-10-11", "Copenhagen", IP, H, _MC),
        # "... and will meet Her Majesty Queen Margrethe at Fredensborg this evening" -> planned,
        # 2010-10-11, Fredensborg.
        M(["mary_mcaleese", "margrethe_ii"], "2010-10-11", "Fredensborg", IP, P, _MC),
        # Not rows: "this evening’s reception" given by Ambassador Scannell and the business lunch
        # "the Ambassador ... hosted" (receptions for unnamed guests; the speaker's own
        # engagement with a group); "I was delighted to meet those in attendance" (unnamed);
        # "Martin and I" (the spouse accompanies). Kept as they stand: the Danish lines ("God
        # aftermiddag", "Mine danmer og herrer, ..."). Removed: at the start, the first of the
        # two title lines (the same title without the date); at the end, the cut-off last
        # sentence ("Thankfully we are regaining competitiveness and our export sector has held
        # up extremely we").
    ],
    roles=[("the Ambassador", "scannell")],
)
