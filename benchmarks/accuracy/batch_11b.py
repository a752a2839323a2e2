"""Accuracy corpus, batch 11b: 12 new articles from the 2000s, 2010s and 2020s (four per decade),
chosen where sources.csv and the batch files were thin (region x decade cells counted over
sources.csv and every batch_*.py before searching, 288 articles: in the 2000s South Asia and
Western Europe had 4 each and every other region 5; in the 2010s every region had 5 except Africa
9, Latin America 6 and the Middle East 6; in the 2020s Central Asia/Caucasus, Eastern
Europe/Russia, North America, Southeast Asia and Western Europe had 5 each, the others 6 or 7) and
spread over eight regions (South Asia, Oceania, East Asia 2000s; Western Europe 2000s and 2020s;
North America 2010s and 2020s; Southeast Asia 2010s and 2020s; Central Asia/Caucasus 2010s and
2020s; Eastern Europe/Russia 2010s). Every outlet but The Telegraph (Calcutta) is new to the
corpus: Wikinews, NIAT Khovar (Tajikistan's state news agency), The Globe and Mail, the Cabinet
Secretariat of Indonesia (setkab.go.id), The Armenian Weekly, the Express & Star, ABS-CBN News,
SpaceDaily (an AFP story), a Canadian Prime Minister's Office readout via Cision/newswire.ca,
Telegraf.rs (English) and The Hankyoreh (English edition). Collected with the `search` tool
(corpus `pages`) and annotated from the texts alone, BEFORE the package was run on them (the
package has not been run on this batch). Conventions: ../ANNOTATION.md and
/work/shared/ANNOTATION-GUIDE.md. Notes: batch_11b_NOTES.md.

Split rule (fixed before annotating, as given in the brief for this batch, the same as batches
5a-10b): the articles are numbered 1..12 in the order they were first found in this session's
search results; positions 3, 7 and 11 are test, all others dev. Ids: `dev_21NN_<slug>` /
`test_21NN_<slug>`, NN = collection position (01..12).

M(participants, date, place, kind, status, evidence, required=True)
Evidence is the verbatim sentence (line breaks inside it replaced by single spaces).
Aliases are written as they stand in the text (typos included).
"""


from annotations import H, IP, M, P, PH, VID  # noqa: F401 (the same row helpers)

# (article_id, region, decade, outlet, url, published)
ARTICLES = [
    # No date line on the page other than the dateline "New Delhi, Sept. 8:" (a Friday); the URL
    # (/1060909/) is the paper of 2006-09-09 (a Saturday). "today" = the dateline day.
    ("dev_2101_singh_musharraf_havana_date", "South Asia", "2000s", "The Telegraph (Calcutta)", "https://www.telegraphindia.com/1060909/asp/nation/story_6722367.asp", "2006-09-09"),
    # Date line "Thursday, February 15, 2007"; "today" = 2007-02-15, "on Friday" = 2007-02-16.
    ("dev_2102_howard_clark_key_new_zealand", "Oceania", "2000s", "Wikinews", "https://en.wikinews.org/wiki/Australian_PM_visits_New_Zealand", "2007-02-15"),
    # Dateline "DUSHANBE, 14.09.2023 (NIAT Khovar)" (a Thursday; the URL has /2023/09/); the
    # meeting day is explicit ("On September 14").
    ("test_2103_rahmon_mirziyoyev_dushanbe", "Central Asia/Caucasus", "2020s", "NIAT Khovar (National Information Agency of Tajikistan)", "https://eng.khovar.tj/2023/09/president-emomali-rahmon-meets-with-president-of-uzbekistan-shavkat-mirziyoyev-2", "2023-09-14"),
    # No date line in the excerpt; the photo caption reads "in Ottawa, June 28, 2016" (a Tuesday)
    # and the text describes the day that ended with the dinner "on Tuesday night" -> published
    # 2016-06-28 (the caption's date; see NOTES). "on Wednesday" = 2016-06-29 whether the story
    # ran on Tuesday night or Wednesday morning.
    ("dev_2104_trudeau_pena_nieto_rideau_hall", "North America", "2010s", "The Globe and Mail", "https://www.theglobeandmail.com/news/politics/leaders-toast-to-enduring-friendship-at-state-dinner-for-pena-nieto/article30669499/", "2016-06-28"),
    # Date line "By Humas Date 23 Oktober 2014" (a Thursday); the meetings' day is explicit
    # ("on Monday (20/10)" = 2014-10-20).
    ("dev_2105_jokowi_abbott_najib_lee_kerry", "Southeast Asia", "2010s", "Cabinet Secretariat of the Republic of Indonesia (setkab.go.id)", "https://setkab.go.id/en/jokowi-receives-prime-minister-of-malaysia-john-kerry-and-prime-minister-tony-abbot/", "2014-10-23"),
    # URL (/2017/10/16/) and the search result's date field 2017-10-16 (a Monday); the meeting day
    # is explicit ("on Oct. 16").
    ("dev_2106_sarkisian_aliyev_geneva", "Central Asia/Caucasus", "2010s", "The Armenian Weekly", "https://armenianweekly.com/2017/10/16/sarkisian-aliyev-geneva/", "2017-10-16"),
    # URL (/2025/03/02/) = a Sunday; "on Sunday" = 2025-03-02 (the same day).
    ("test_2107_starmer_meloni_downing_street", "Western Europe", "2020s", "Express & Star", "https://expressandstar.com/uk-news/2025/03/02/starmer-tells-of-common-ground-with-italys-meloni-after-meeting", "2025-03-02"),
    # URL (/news/03/01/23/) = 2023-03-01, a Wednesday; "on Wednesday" = 2023-03-01 (the caption
    # also dates the welcome ceremony "March 1, 2023").
    ("dev_2108_anwar_marcos_manila_arrival", "Southeast Asia", "2020s", "ABS-CBN News", "https://news.abs-cbn.com/news/03/01/23/malaysian-pm-anwar-arrives-in-ph-for-2-day-visit", "2023-03-01"),
    # Dateline "ATHENS (AFP) Apr 16, 2003" (a Wednesday); "Wednesday" = 2003-04-16.
    ("dev_2109_blair_chirac_athens", "Western Europe", "2000s", "SpaceDaily (Space Wire, AFP)", "https://www.spacedaily.com/2003/030416141405.dhosk811.html", "2003-04-16"),
    # Dateline "MEXICO CITY, Sept. 18, 2025 /CNW/" (a Thursday; also the search result's date
    # field); "Today" = 2025-09-18.
    ("dev_2110_carney_sheinbaum_mexico_city", "North America", "2020s", "Office of the Prime Minister of Canada (readout via Cision/CNW, newswire.ca)", "https://www.newswire.ca/news-releases/readout-prime-minister-carney-meets-with-president-of-mexico-claudia-sheinbaum-815761870.html", "2025-09-18"),
    # No date in the excerpt or the URL -> published empty (as dev_043). Decade from the text:
    # Vucic congratulates Putin "on his 67th birthday" (Putin was born in 1952, so 2019) and
    # Putin's visit to Serbia was "earlier this year, in January".
    ("test_2111_vucic_putin_call_moscow_planned", "Eastern Europe/Russia", "2010s", "Telegraf.rs (English)", "https://www.telegraf.rs/english/3109772-meeting-in-moscow-before-the-end-of-the-year-vucic-spoke-with-putin-and-wished-him-a-happy-birthday", ""),
    # Date line "Posted on : 2008-03-22 14:17 KST" (a Saturday); "said Saturday" = 2008-03-22.
    ("dev_2112_yu_myung_hwan_beijing_hu_visit", "East Asia", "2000s", "The Hankyoreh (English edition)", "http://english.hani.co.kr/arti/english_edition/e_international/277392.html", "2008-03-22"),
]

A = {}

A["dev_2101_singh_musharraf_havana_date"] = dict(
    actors={
        "manmohan_singh": ["Manmohan Singh", "Singh"],
        "pervez_musharraf": ["Pervez Musharraf", "Musharraf"],
        "shyam_saran": ["Shyam Saran"],
        "shiv_shankar_menon": ["Shiv Shankar Menon"],
        "non_aligned_movement": ["Non-Aligned Movement"],
    },
    meetings=[
        # "would meet on September 15 or 16 on the sidelines of the Non-Aligned Movement summit
        # in the Cuban capital" (the headline and the first paragraph: "in Havana") -> planned,
        # Havana; two possible days -> date null. The role phrases "the Prime Minister's upcoming
        # one-to-one with the Pakistan President", "the talks", "the summit meeting" and "his
        # talks with Musharraf" are the same planned meeting.
        M(["manmohan_singh", "pervez_musharraf"], None, "Havana", IP, P,
          "Foreign secretary Shyam Saran today formally announced that Manmohan Singh and Pervez Musharraf would meet on September 15 or 16 on the sidelines of the Non-Aligned Movement summit in the Cuban capital."),
        # "who got on well during their last meeting" -> an earlier meeting of the pair, held,
        # date and place not given; optional (a passing reference).
        M(["manmohan_singh", "pervez_musharraf"], None, None, IP, H,
          "Singh and Musharraf, who got on well during their last meeting, are expected to have a frank discussion on terrorism.", False),
        # "He had met the Prime Minister in Delhi last week" -> "He" = Menon (previous sentence),
        # "the Prime Minister" = Manmohan Singh (the article's "Prime Minister") -> held, Delhi
        # (as written), date null ("last week").
        M(["shiv_shankar_menon", "manmohan_singh"], None, "Delhi", IP, H,
          "He had met the Prime Minister in Delhi last week and conveyed India’s sentiments to the Pakistan government on his return."),
        # Not rows: Saran's announcement (a statement); Menon "conveyed India's sentiments to the
        # Pakistan government" (no person named); "The two countries' officials" (unnamed);
        # Singh "had said yesterday" (a statement).
    ],
    roles=[("the Prime Minister", "manmohan_singh"), ("the Pakistan President", "pervez_musharraf"),
           ("Foreign secretary", "shyam_saran"), ("the foreign secretary", "shyam_saran"),
           ("The Indian high commissioner in Islamabad", "shiv_shankar_menon")],
)

_HC = ("While in New Zealand Mr Howard will talk to the New Zealand PM, Helen Clark; participate in a joint New Zealand and Australian CEO conference at Wellington's Victoria University; open the new high commission for Australia in Thorndon; lay a wreath at the Tomb of the Unknown Warrior; and talk to the leader of New Zealand's opposition party, National, John Key.")
A["dev_2102_howard_clark_key_new_zealand"] = dict(
    actors={
        "john_howard": ["John Howard", "Mr Howard"],
        "helen_clark": ["Helen Clark", "Ms Clark"],
        "john_key": ["John Key"],
        "new_zealand_national_party": ["National"],
        "keith_locke": ["Keith Locke"],
        "green_party_of_aotearoa_new_zealand": ["Green party"],
        "david_hicks": ["David Hicks"],
    },
    meetings=[
        # A list of the visitor's duties with two talks: "talk to the New Zealand PM, Helen
        # Clark" and "talk to the leader of New Zealand's opposition party, National, John Key"
        # -> two planned rows; the visit lasts until Friday but no day is given for either talk
        # -> date null; no city is given for the talks (the other duties are in Wellington and
        # Thorndon) -> place New Zealand.
        M(["john_howard", "helen_clark"], None, "New Zealand", IP, P, _HC),
        M(["john_howard", "john_key"], None, "New Zealand", IP, P, _HC),
        # Not rows: "their talks will cover" / "They will also talk" (the same Howard-Clark
        # talks); Locke "is urging that Ms Clark talks to Mr Howard" (the same talks); the CEO
        # conference, the opening of the high commission and the wreath-laying (no counterpart);
        # "will return to Australia on Friday" (travel). The "Sources" list at the foot of the
        # page was removed.
    ],
    roles=[("The Australian Prime Minister", "john_howard"), ("the New Zealand PM", "helen_clark"),
           ("the leader of New Zealand's opposition party", "john_key"), ("Green party member", "keith_locke")],
)

A["test_2103_rahmon_mirziyoyev_dushanbe"] = dict(
    actors={
        "emomali_rahmon": ["Emomali Rahmon"],
        "shavkat_mirziyoyev": ["Shavkat Mirziyoyev"],
        "international_fund_for_saving_the_aral_sea": ["International Fund for Saving the Aral Sea"],
    },
    meetings=[
        # "On September 14, in the city residence of the Government ... Rahmon, met with the
        # President of the Republic of Uzbekistan ... Mirziyoyev" -> held, 2023-09-14, Dushanbe
        # (dateline; "the capital of Tajikistan — Dushanbe").
        M(["emomali_rahmon", "shavkat_mirziyoyev"], "2023-09-14", "Dushanbe", IP, H,
          "DUSHANBE, 14.09.2023 (NIAT Khovar) – On September 14, in the city residence of the Government of the Republic of Tajikistan, the Founder of Peace and National Unity — Leader of the Nation, President of the Republic of Tajikistan, Honorable Emomali Rahmon, met with the President of the Republic of Uzbekistan, Honorable Shavkat Mirziyoyev, who arrived in Tajikistan to take part in the Fifth Consultative Meeting of the Heads of State of Central Asia and the Meeting of the Council of the Heads of the Founding States of the International Fund for Saving the Aral Sea."),
        # Not rows: the Fifth Consultative Meeting of the Heads of State of Central Asia and the
        # Council meeting of the Aral Sea fund (multilateral; leaders unnamed); "the upcoming
        # meetings" (the same multilateral events). "NIAT Khovar" is the agency credit; "Read
        # also" (site navigation) was removed.
    ],
    roles=[("the Founder of Peace and National Unity", "emomali_rahmon"), ("Leader of the Nation", "emomali_rahmon"),
           ("President of the Republic of Tajikistan", "emomali_rahmon"),
           ("the President of the Republic of Uzbekistan", "shavkat_mirziyoyev"),
           ("President of Uzbekistan", "shavkat_mirziyoyev")],
)

_TV = ("Mr. Pena Nieto's visit to Ottawa was a chance for the two leaders to show solidarity before U.S. President Barack Obama arrives for the Three Amigos summit on Wednesday – and before Mr. Obama's replacement is chosen and the trio's future becomes less certain.")
_JD = ("Mr. Johnston and his wife, Sharon, hosted the two leaders, along with Sophie Grégoire Trudeau in a shimmering gold Theia dress, at Rideau Hall on Tuesday night.")
A["dev_2104_trudeau_pena_nieto_rideau_hall"] = dict(
    actors={
        "justin_trudeau": ["Justin Trudeau"],
        "enrique_pena_nieto": ["Enrique Pena Nieto", "Mr. Pena Nieto"],
        "david_johnston": ["David Johnston", "Mr. Johnston"],
        "sharon_johnston": ["Sharon"],
        "sophie_gregoire_trudeau": ["Sophie Grégoire Trudeau"],
        "barack_obama": ["Barack Obama", "Mr. Obama"],
    },
    meetings=[
        # Pena Nieto's visit to Ottawa: the day that began with a jog together and ended with
        # the state dinner "on Tuesday night" (the caption: "in Ottawa, June 28, 2016") -> one
        # held row (jog, chat with students, news conference and dinner = the same pair, same
        # day and place), 2016-06-28, Ottawa.
        M(["justin_trudeau", "enrique_pena_nieto"], "2016-06-28", "Ottawa", IP, H, _TV),
        # "before U.S. President Barack Obama arrives for the Three Amigos summit on Wednesday"
        # -> a summit of the three North American leaders ("the trio") -> planned, 2016-06-29,
        # Ottawa (Obama arrives where the two are); one row per pair (5c rule). The
        # Trudeau-Pena Nieto pair on Wednesday continues the ongoing visit -> optional.
        M(["barack_obama", "justin_trudeau"], "2016-06-29", "Ottawa", IP, P, _TV),
        M(["barack_obama", "enrique_pena_nieto"], "2016-06-29", "Ottawa", IP, P, _TV),
        M(["justin_trudeau", "enrique_pena_nieto"], "2016-06-29", "Ottawa", IP, P, _TV, False),
        # "Mr. Johnston and his wife, Sharon, hosted the two leaders ... at Rideau Hall on
        # Tuesday night" -> the Governor General as host of a state dinner with 106 guests ->
        # optional pairs with each leader, held, 2016-06-28, Ottawa (Rideau Hall "in Ottawa").
        M(["david_johnston", "justin_trudeau"], "2016-06-28", "Ottawa", IP, H, _JD, False),
        M(["david_johnston", "enrique_pena_nieto"], "2016-06-28", "Ottawa", IP, H, _JD, False),
        # Not rows: Sharon Johnston and Sophie Gregoire Trudeau (spouses, not participants); the
        # "intimate chat with students" and the 106 guests (unnamed); the toasts (the same
        # dinner); "Mr. Obama's replacement" (unnamed). "FRED CHARTRAND/The Canadian Press" is
        # the photo credit. The cut-off last sentence (the joint news conference) was trimmed.
    ],
    roles=[("Canadian Prime Minister", "justin_trudeau"), ("Prime Minister", "justin_trudeau"),
           ("Mexican President", "enrique_pena_nieto"), ("the Mexican President", "enrique_pena_nieto"),
           ("Governor General", "david_johnston"), ("Governor-General", "david_johnston"),
           ("the Governor-General", "david_johnston"), ("U.S. President", "barack_obama")],
)

_JR = ("In the first day of his presidency, President Joko Widodo (Jokowi) receives guests of states, among them are the Prime Minister of Australia Tony Abbott, Prime Minister of Malaysia Najib Razak, Prime Minister of Singapore Lee Hsien Loong, and the Minister of Foreign Affairs of United States John Kerry, at Istana Merdeka, Jakarta, on Monday (20/10).")
A["dev_2105_jokowi_abbott_najib_lee_kerry"] = dict(
    actors={
        "joko_widodo": ["President Joko Widodo", "Joko Widodo", "President Jokowi", "Jokowi"],
        "najib_razak": ["Najib Razak", "PM Najib", "Najib"],
        "tony_abbott": ["Tony Abbott", "PM Tony Abbott", "Tony Abbot"],
        "lee_hsien_loong": ["Lee Hsien Loong"],
        "john_kerry": ["John Kerry"],
    },
    meetings=[
        # "receives guests of states, among them ... Abbott, ... Najib Razak, ... Lee Hsien Loong,
        # and ... John Kerry, at Istana Merdeka, Jakarta, on Monday (20/10)" -> four separate
        # receptions (dev_032 rule), held (historical present), 2014-10-20, Jakarta. Abbott's
        # "meets President Jokowi at 07:00 PM for 30 minutes", "after meeting with PM Tony
        # Abbott", the selfie caption and "In the meeting with President Jokowi, PM Najib ..."
        # are the same meetings.
        M(["joko_widodo", "tony_abbott"], "2014-10-20", "Jakarta", IP, H, _JR),
        M(["joko_widodo", "najib_razak"], "2014-10-20", "Jakarta", IP, H, _JR),
        M(["joko_widodo", "lee_hsien_loong"], "2014-10-20", "Jakarta", IP, H, _JR),
        M(["joko_widodo", "john_kerry"], "2014-10-20", "Jakarta", IP, H, _JR),
        # Najib "invites President Jokowi to visit Malaysia" and "President Jokowi agrees to visit
        # Malaysia as soon as possible" -> an accepted invitation from a named host = planned
        # (ANNOTATION.md; as test_012), place Malaysia, date null.
        M(["joko_widodo", "najib_razak"], None, "Malaysia", IP, P,
          "“President Jokowi agrees to visit Malaysia as soon as possible “, said PM Najib just before depart to Malaysia on Monday (20/10) evening."),
        # Not rows: Abbott's invitation "to present at the G-20 meeting in Brisbane" (an
        # invitation to a multilateral summit); Jokowi speaking "to the press"; the swearing-in.
        # "By Humas" is the byline; "Category: News" and "Read: 24.996 Views" (site metadata)
        # and the cut-off last fragment ("When asked about continuity") were removed.
    ],
    roles=[("the Prime Minister of Australia", "tony_abbott"), ("Prime Minister of Malaysia", "najib_razak"),
           ("Prime Minister of Singapore", "lee_hsien_loong"),
           ("the Minister of Foreign Affairs of United States", "john_kerry"), ("PM Malaysia", "najib_razak")],
)

_CP = ("Minsk Group Co-Chairs Igor Popov (Russia), Stephane Visconti (France), and Andrew Schofer (U.S.), as well as Personal Representative of the OSCE Chairperson-in-Office Andrzej Kasprzyk, also participated in the meeting, which took place in a “constructive atmosphere,” according to a joint statement released by the Foreign Ministers of Armenia and Azerbaijan and the Minsk Group co-chairs.")
A["dev_2106_sarkisian_aliyev_geneva"] = dict(
    actors={
        "serzh_sargsyan": ["Serge Sarkisian", "Sarkisian"],
        "ilham_aliyev": ["Ilham Aliyev", "Aliyev"],
        "igor_popov": ["Igor Popov"],
        "stephane_visconti": ["Stephane Visconti"],
        "andrew_schofer": ["Andrew Schofer"],
        "andrzej_kasprzyk": ["Andrzej Kasprzyk"],
        "osce": ["Organization for Security and Cooperation in Europe", "OSCE"],
        "osce_minsk_group": ["OSCE Minsk Group", "Minsk Group"],
        "armenian_armed_forces": ["Armenian Armed Forces"],
        "chaplin_margaryan": ["Chaplin Margaryan"],
    },
    meetings=[
        # Headline "Sarkisian and Aliyev Meet in Geneva"; "The Presidents and Foreign Ministers
        # of Armenia and Azerbaijan met in Geneva on Oct. 16" and "Sarkisian and Aliyev also
        # held a private meeting following the talks" (a second session of the same pair, same
        # day and place -> one row, ANNOTATION.md) -> held, 2017-10-16, Geneva.
        M(["serzh_sargsyan", "ilham_aliyev"], "2017-10-16", "Geneva", IP, H,
          "Sarkisian and Aliyev Meet in Geneva; Co-Chairs, Armenia, and Azerbaijan Release Joint Statement"),
        # The three co-chairs and Kasprzyk "also participated in the meeting" held "under the
        # auspices of the co-chairs" -> mediators taking part: optional pairs with each president
        # (the mediator convention of dev_1801). The foreign ministers are not named.
        M(["igor_popov", "serzh_sargsyan"], "2017-10-16", "Geneva", IP, H, _CP, False),
        M(["igor_popov", "ilham_aliyev"], "2017-10-16", "Geneva", IP, H, _CP, False),
        M(["stephane_visconti", "serzh_sargsyan"], "2017-10-16", "Geneva", IP, H, _CP, False),
        M(["stephane_visconti", "ilham_aliyev"], "2017-10-16", "Geneva", IP, H, _CP, False),
        M(["andrew_schofer", "serzh_sargsyan"], "2017-10-16", "Geneva", IP, H, _CP, False),
        M(["andrew_schofer", "ilham_aliyev"], "2017-10-16", "Geneva", IP, H, _CP, False),
        M(["andrzej_kasprzyk", "serzh_sargsyan"], "2017-10-16", "Geneva", IP, H, _CP, False),
        M(["andrzej_kasprzyk", "ilham_aliyev"], "2017-10-16", "Geneva", IP, H, _CP, False),
        # Not rows: "working sessions with the foreign ministers in the near future" (organised
        # by the co-chairs as a body, with unnamed ministers, no time); the joint statement (a
        # document); "the Oct. 13 announcement of the meeting" (an announcement of the same
        # meeting); the soldier's death. "(A.W.)" is the credit, "Press Service of the President
        # of Armenia" the photo credit. The cut-off last sentence ("According to the Armenian
        # Ministry of") was trimmed.
    ],
    roles=[("Personal Representative of the OSCE Chairperson-in-Office", "andrzej_kasprzyk")],
)

A["test_2107_starmer_meloni_downing_street"] = dict(
    actors={
        "keir_starmer": ["Sir Keir Starmer", "Keir Starmer", "Sir Keir", "Starmer"],
        "giorgia_meloni": ["Giorgia Meloni", "Ms Meloni", "Meloni", "Giorgia"],
        "downing_street": ["Number 10"],
    },
    meetings=[
        # "after they met at Downing Street"; "welcomed Ms Meloni for a bilateral meeting on
        # Sunday" (the "first bilateral brunch") -> held, 2025-03-02 (the Sunday of the URL
        # date), London (Downing Street resolved to its city, as White House -> Washington).
        M(["keir_starmer", "giorgia_meloni"], "2025-03-02", "London", IP, H,
          "Sir Keir Starmer said there is a “huge amount of common ground” between him and Italian Prime Minister Giorgia Meloni after they met at Downing Street."),
        # Not rows: "the summit of political leaders in London" (multilateral, leaders
        # unnamed); the press conference in Lancaster House (a single person's); Meloni "has
        # been also proposing a meeting between US and European leaders" (a proposal, unnamed
        # leaders); "Number 10 said" (a source). The cut-off last sentence ("A Downing Street
        # spokesperson said the leaders “agreed on the importance of the transatlantic") was
        # trimmed.
    ],
    roles=[("The UK Prime Minister", "keir_starmer"), ("his Italian counterpart", "giorgia_meloni"),
           ("Italian Prime Minister", "giorgia_meloni")],
)

_AW = ("Social Welfare Secretary Rex Gatchalian, Pasay Rep. Antonino Calixto, and Philippine Ambassador to Malaysia Charles Jose welcomed Anwar on his arrival.")
A["dev_2108_anwar_marcos_manila_arrival"] = dict(
    actors={
        "anwar_ibrahim": ["Dato Seri Anwar Ibrahim", "Anwar Ibrahim", "Anwar"],
        "ferdinand_marcos_jr": ["Ferdinand Marcos Jr.", "President Ferdinand Marcos Jr.", "Marcos Jr.", "Marcos"],
        "allen_raymund_c_tomas": ["Allen Raymund C. Tomas"],
        "armed_forces_of_the_philippines": ["AFP"],
        "rex_gatchalian": ["Rex Gatchalian"],
        "antonino_calixto": ["Antonino Calixto"],
        "charles_jose": ["Charles Jose"],
        "ministry_of_foreign_affairs_malaysia": ["Malaysian Ministry of Foreign Affairs", "MFA"],
        "university_of_the_philippines": ["University of the Philippines"],
        "asean": ["ASEAN"],
        "zambry_abdul_kadir": ["Zambry Abdul Kadir"],
        "saifuddin_nasution_ismail": ["Saifuddin Nasution Ismail"],
        "ewon_benedick": ["Ewon Benedick"],
    },
    meetings=[
        # "Anwar is expected to meet with President Ferdinand Marcos Jr. at the Malacañang
        # Palace, where a dinner banquet will be held" -> planned (the body's perspective), Manila
        # (Malacañang Palace, "in Manila" in the caption); no day given for the meeting (a
        # two-day visit) -> date null. The MFA's "Anwar would discuss ... with Marcos" is the
        # same meeting.
        M(["anwar_ibrahim", "ferdinand_marcos_jr"], None, "Manila", IP, P,
          "Anwar is expected to meet with President Ferdinand Marcos Jr. at the Malacañang Palace, where a dinner banquet will be held in honor of the Malaysian leader."),
        # The caption: the two leaders "troops the line ... during a welcome ceremony at
        # Malacañang Palace in Manila on March 1, 2023" -> a welcome ceremony, held, 2023-03-01,
        # Manila; optional (a ceremony, the start of the planned meeting).
        M(["anwar_ibrahim", "ferdinand_marcos_jr"], "2023-03-01", "Manila", IP, H,
          "Malaysian Prime Minister Dato Seri Anwar Ibrahim and Philippine President Ferdinand Marcos Jr. troops the line with Lt Col. Allen Raymund C. Tomas, AFP Group Commander Camp Security Management Group during a welcome ceremony at Malacañang Palace in Manila on March 1, 2023.", False),
        # The airport welcome "on his arrival" (Wednesday = 2023-03-01) at "the Villamor Airbase in
        # Pasay City" -> three arrival greetings, optional (as dev_031's tarmac greeting), Pasay.
        M(["rex_gatchalian", "anwar_ibrahim"], "2023-03-01", "Pasay", IP, H, _AW, False),
        M(["antonino_calixto", "anwar_ibrahim"], "2023-03-01", "Pasay", IP, H, _AW, False),
        M(["charles_jose", "anwar_ibrahim"], "2023-03-01", "Pasay", IP, H, _AW, False),
        # Not rows: trooping the line with Tomas (a military honour guard commander); the
        # lecture at the University of the Philippines and meeting "the Malaysian community"
        # (no political counterpart named); the ministers who accompany Anwar (not
        # participants); "Marcos congratulated Anwar" last November (a message). "Yummie
        # Dingding, PPA Pool" is the photo credit; the closing credit line "— With report from
        # Raffy Cabristante, ABS-CBN News" was removed.
    ],
    roles=[("Malaysian Prime Minister", "anwar_ibrahim"), ("Philippine President", "ferdinand_marcos_jr"),
           ("AFP Group Commander", "allen_raymund_c_tomas"), ("Social Welfare Secretary", "rex_gatchalian"),
           ("Philippine Ambassador to Malaysia", "charles_jose"), ("the Malaysian leader", "anwar_ibrahim"),
           ("the Malaysian prime minister", "anwar_ibrahim"), ("Foreign Affairs Minister", "zambry_abdul_kadir"),
           ("Home Affairs Minister", "saifuddin_nasution_ismail"),
           ("Entrepreneur and Cooperatives Development Minister", "ewon_benedick")],
)

_RJ = ("A French diplomat said that French Prime Minister Jean-Pierre Raffarin joined in the Blair-Chirac discussion, and that the president had insisted the UN must play a \"vital\" role which should be defined \"issue by issue\".")
A["dev_2109_blair_chirac_athens"] = dict(
    actors={
        "tony_blair": ["Tony Blair", "Blair"],
        "jacques_chirac": ["Jacques Chirac", "Chirac"],
        "jean_pierre_raffarin": ["Jean-Pierre Raffarin"],
        "kofi_annan": ["Kofi Annan"],
        "george_w_bush": ["George W. Bush"],
        "saddam_hussein": ["Saddam Hussein"],
        "united_nations": ["United Nations", "UN"],
        "european_union": ["European Union", "EU"],
    },
    meetings=[
        # "held a "very positive" meeting Wednesday" "at the margins of a European Union summit
        # in Athens" -> held, 2003-04-16 (the dateline's Wednesday), Athens.
        M(["tony_blair", "jacques_chirac"], "2003-04-16", "Athens", IP, H,
          "British Prime Minister Tony Blair and French President Jacques Chirac, who locked horns over the US-led war on Iraq, held a \"very positive\" meeting Wednesday to discuss the post-war future, a spokesman for Blair said."),
        # Raffarin "joined in the Blair-Chirac discussion" -> a third person joining the same
        # meeting: optional pairs (as dev_030 "joined" and dev_1802).
        M(["jean_pierre_raffarin", "tony_blair"], "2003-04-16", "Athens", IP, H, _RJ, False),
        M(["jean_pierre_raffarin", "jacques_chirac"], "2003-04-16", "Athens", IP, H, _RJ, False),
        # "after meeting UN Secretary-General Kofi Annan on the sidelines of the EU summit" ->
        # held, Athens (the summit's city); "Blair earlier said" does not pin the day -> null.
        M(["tony_blair", "kofi_annan"], None, "Athens", IP, H,
          "\"We are agreed on the importance of the United Nations in post-conflict Iraq,\" Blair told reporters after meeting UN Secretary-General Kofi Annan on the sidelines of the EU summit, the first since the fall of Saddam Hussein's regime."),
        # Not rows: the EU summit (multilateral); the spokesman's and the diplomat's statements;
        # Bush (named, no meeting). "SPACE WIRE" (site section) and the cut-off last sentence
        # ("A number of countries, inclu") were removed; "(AFP)" is the agency credit.
    ],
    roles=[("British Prime Minister", "tony_blair"), ("French President", "jacques_chirac"),
           ("The prime minister", "tony_blair"), ("US President", "george_w_bush"),
           ("French Prime Minister", "jean_pierre_raffarin"), ("the president", "jacques_chirac"),
           ("UN Secretary-General", "kofi_annan")],
)

A["dev_2110_carney_sheinbaum_mexico_city"] = dict(
    actors={
        "mark_carney": ["Mark Carney"],
        "claudia_sheinbaum": ["Claudia Sheinbaum"],
    },
    meetings=[
        # "Today, the Prime Minister, Mark Carney, met with the President of Mexico, Claudia
        # Sheinbaum, in Mexico City" -> held, 2025-09-18 (dateline), Mexico City.
        M(["mark_carney", "claudia_sheinbaum"], "2025-09-18", "Mexico City", IP, H,
          "MEXICO CITY, Sept. 18, 2025 /CNW/ - Today, the Prime Minister, Mark Carney, met with the President of Mexico, Claudia Sheinbaum, in Mexico City, Mexico."),
        # Not rows: "upcoming trade missions and frequent meetings at the ministerial level"
        # (generic, unnamed ministers); the CUSMA review and the 2026 FIFA World Cup (events).
        # "/CNW/" is the wire credit. A readout with a single row (a near-minimal control).
    ],
    roles=[("the Prime Minister", "mark_carney"), ("the President of Mexico", "claudia_sheinbaum")],
)

_VP = ("Serbian President Aleksandar Vucic agreed during a telephone conversation with Russian President Vladimir Putin to meet in Moscow before the end of the year.")
A["test_2111_vucic_putin_call_moscow_planned"] = dict(
    actors={
        "aleksandar_vucic": ["Aleksandar Vucic", "President Vucic", "Vucic"],
        "vladimir_putin": ["Vladimir Putin", "President Putin", "Putin"],
        "sergey_lavrov": ["Sergei Lavrov"],
        "serbian_presidency_media_office": ["President's Office for Cooperation with the Media"],
    },
    meetings=[
        # "agreed during a telephone conversation with ... Putin" -> held phone call, date null
        # (no publication date; the day is not stated), place null.
        M(["aleksandar_vucic", "vladimir_putin"], None, None, PH, H, _VP),
        # "... to meet in Moscow before the end of the year" ("We agreed a meeting in Moscow
        # before the end of the year") -> planned, Moscow, date null.
        M(["aleksandar_vucic", "vladimir_putin"], None, "Moscow", IP, P, _VP),
        # Lavrov's words "conveyed to him ... during a recent meeting in New York" -> held,
        # New York, date null ("recent").
        M(["aleksandar_vucic", "sergey_lavrov"], None, "New York", IP, H,
          "He also expressed gratitude for the words of support for the preservation of Serbia's territorial integrity and sovereignty, conveyed to him by Minister Sergei Lavrov, during a recent meeting in New York."),
        # "The last time the two presidents met was earlier this year, in January, when Putin
        # visited Serbia" -> held, place Serbia (no city), date null (month only).
        M(["vladimir_putin", "aleksandar_vucic"], None, "Serbia", IP, H,
          "The last time the two presidents met was earlier this year, in January, when Putin visited Serbia."),
        # Not rows: the Instagram post and the presidency's statement (sources); the birthday
        # congratulations (part of the same call). Share counters ("• 0") and the Serbian
        # footer lines ("Najnovije vesti", "Dozvoljavam ...") were removed.
    ],
    roles=[("Serbian President", "aleksandar_vucic"), ("Russian President", "vladimir_putin")],
)

_YU = ("Yu made the announcement at the end of this three-day trip to Beijing, during which he held separate meetings with Wen Jiabao, China's premier, Wang Jiarui, head of the Chinese Communist Party's international liaison department, and his Chinese counterpart Yang Jiechi.")
_LH = ("President Lee is scheduled to visit China in early May, The two leaders are also expected to meet at such international meetings as the Asia Europe Meeting to be hosted by China in October, the Asia Pacific Economic Cooperation forum in Peru in November and the ASEAN Plus Three Summit, a meeting of leaders of Southeast Asian countries as well as South Korea, China and Japan, in Thailand in December.")
A["dev_2112_yu_myung_hwan_beijing_hu_visit"] = dict(
    actors={
        "hu_jintao": ["Hu Jintao", "Hu"],
        "yu_myung_hwan": ["Yu Myung-hwan", "Yu"],
        "wen_jiabao": ["Wen Jiabao"],
        "wang_jiarui": ["Wang Jiarui"],
        "yang_jiechi": ["Yang Jiechi"],
        "lee_myung_bak": ["Lee Myung-bak", "President Lee", "Lee"],
        "george_w_bush": ["George W. Bush"],
        "yasuo_fukuda": ["Yasuo Fukuda"],
        "chinese_communist_party": ["Chinese Communist Party", "Communist Party"],
    },
    meetings=[
        # "during which he held separate meetings with Wen Jiabao, ..., Wang Jiarui, ..., and his
        # Chinese counterpart Yang Jiechi" -> three held bilaterals, Beijing, date null (a
        # three-day trip ending on Saturday; no day per meeting).
        M(["yu_myung_hwan", "wen_jiabao"], None, "Beijing", IP, H, _YU),
        M(["yu_myung_hwan", "wang_jiarui"], None, "Beijing", IP, H, _YU),
        M(["yu_myung_hwan", "yang_jiechi"], None, "Beijing", IP, H, _YU),
        # Hu's state visit to Seoul: an invitation accepted "in principle", timing "yet to be
        # determined", "expected to visit Seoul during ... Lee Myung-bak's first year in
        # office" -> planned Hu-Lee, Seoul, date null; optional (agreed in principle, the host
        # implied).
        M(["hu_jintao", "lee_myung_bak"], None, "Seoul", IP, P,
          "Hu is expected to visit Seoul during South Korean President Lee Myung-bak's first year in office, with several South Korea-China summits likely during the year, the top diplomat said.", False),
        # "President Lee is scheduled to visit China in early May, The two leaders are also
        # expected to meet ..." -> Lee's scheduled visit to China, the "also" making it a
        # meeting of "the two leaders" -> planned Lee-Hu, China, date null (early May).
        M(["lee_myung_bak", "hu_jintao"], None, "China", IP, P, _LH),
        # "also expected to meet at such international meetings as" ASEM (China, October), APEC
        # (Peru, November) and ASEAN Plus Three (Thailand, December) -> three expected sideline
        # meetings, planned, optional (expectations), place = the country given, date null.
        M(["lee_myung_bak", "hu_jintao"], None, "China", IP, P, _LH, False),
        M(["lee_myung_bak", "hu_jintao"], None, "Peru", IP, P, _LH, False),
        M(["lee_myung_bak", "hu_jintao"], None, "Thailand", IP, P, _LH, False),
        # Not rows: "The upcoming Beijing Olympics may provide another chance for the leaders to
        # hold talks" (hypothetical); Bush and Fukuda "will come to the Beijing Olympics" (no
        # meeting); Yu "told South Korean correspondents" (a briefing); the six-way talks
        # (multilateral, unnamed). The cut-off last sentence ("He shared concerns with the
        # Chinese officials") was trimmed.
    ],
    roles=[("Chinese President", "hu_jintao"), ("Seoul's top diplomat", "yu_myung_hwan"),
           ("general secretary of the Communist Party and paramount leader of the People's Republic of China", "hu_jintao"),
           ("Foreign Minister", "yu_myung_hwan"), ("China's premier", "wen_jiabao"),
           ("head of the Chinese Communist Party's international liaison department", "wang_jiarui"),
           ("his Chinese counterpart", "yang_jiechi"), ("South Korean President", "lee_myung_bak"),
           ("the top diplomat", "yu_myung_hwan"), ("U.S. President", "george_w_bush"),
           ("Japanese Prime Minister", "yasuo_fukuda")],
)
