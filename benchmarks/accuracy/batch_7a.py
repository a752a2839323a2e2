"""Accuracy corpus, batch 7a: 12 new articles from the 2010s and 2020s (the kind of text the
package will be measured on), spread over eight regions (Central Asia/Caucasus 2, Africa 2, East
Asia 2, Latin America 2, Southeast Asia, South Asia, Oceania, Middle East), all from outlets not
yet in sources.csv: a Kazakh English-language paper (The Astana Times), a Turkish paper's English
site carrying a national agency (Türkiye Newspaper / Ihlas News Agency), a Kenyan broadcaster
(Capital FM), an Indonesian news site (Medcom.id), an Indian national paper (The Indian Express),
the Pacific Islands News Association (PINA), a Japanese national paper's English site (The Japan
News / Yomiuri), a Caribbean paper (The Gleaner), a Cuban portal's English edition (Cubasí), an
Israeli news site (Israel National News), a state news agency (KUNA) and a regional broadcaster
(teleSUR English). Collected with the `search` tool (corpus `pages`) and annotated from the texts
alone, BEFORE the package was run on them (the package has not been run on this batch).
Conventions: ../ANNOTATION.md and /work/shared/ANNOTATION-GUIDE.md. Notes: batch_7a_NOTES.md.

Split rule (fixed before annotating, as given in the brief for this batch, the same as batches
5a-6b): the articles are numbered 1..12 in the order they were first found; positions 3, 7 and
11 are test, all others dev. Ids: `dev_12NN_<slug>` / `test_12NN_<slug>`, NN = collection
position (01..12).

M(participants, date, place, kind, status, evidence, required=True)
Evidence is the verbatim sentence (line breaks inside it replaced by single spaces).
Aliases are written as they stand in the text (typos included).
"""


from annotations import H, IP, M, P, PH, VID  # noqa: F401 (the same row helpers)

# (article_id, region, decade, outlet, url, published)
ARTICLES = [
    # The search result's date field 2021-02-18, the URL (/2021/02/) and the text's "official
    # working visit to Nur-Sultan on Feb. 18" (a Thursday); the excerpt has no headline.
    ("dev_1201_tokayev_kamilov_nursultan", "Central Asia/Caucasus", "2020s", "The Astana Times", "https://astanatimes.com/2021/02/kazakh-president-and-uzbek-foreign-minister-discuss-strengthening-of-bilateral-relations/", "2021-02-18"),
    # Date line "2023-05-14 17:13:18 | Last Update : 2023-05-14 17:30:46" on the page (a Sunday).
    ("dev_1202_aliyev_pashinyan_michel_brussels", "Central Asia/Caucasus", "2020s", "Türkiye Newspaper (turkiyenewspaper.com; Ihlas News Agency)", "https://www.turkiyenewspaper.com/politics/14975", "2023-05-14"),
    # Date line "NAIROBI, Kenya Oct 10 –", the URL (/2022/10/) and the search result's date field
    # 2022-10-10 (a Monday; "on Monday").
    ("test_1203_ruto_suluhu_talks", "Africa", "2020s", "Capital FM (Kenya)", "https://www.capitalfm.co.ke/news/2022/10/ruto-to-hold-talks-with-tanzania-president-suluhu-on-strengthening-ties/", "2022-10-10"),
    # The search result's date field 2022-12-30 (a Friday; the text's "here Friday"); no date in
    # the URL; the excerpt has no headline.
    ("dev_1204_jokowi_zambry_jakarta", "Southeast Asia", "2020s", "Medcom.id (English)", "https://www.medcom.id/english/business/0KvLEo4b-president-jokowi-expects-proper-migrant-workers-placement-system-under-new-malaysia-pm", "2022-12-30"),
    # The search result's date field 2018-10-20 and the caption's "Saturday, October 20, 2018";
    # the excerpt has no headline.
    ("dev_1205_modi_wickremesinghe_delhi", "South Asia", "2010s", "The Indian Express", "https://indianexpress.com/article/india/pm-modi-ranil-wickremsinghe-india-sri-lanka-development-projects-5410584/", "2018-10-20"),
    # The URL (/2023/10/18/, a Wednesday); the wire text was written earlier in the same week
    # ("on Wednesday" ahead, "Tuesday" ahead, "Monday" past); no date line in the excerpt.
    ("dev_1206_albanese_rabuka_canberra", "Oceania", "2020s", "Pacific Islands News Association (PINA)", "https://pina.com.fj/2023/10/18/fijian-leader-in-australia-for-trade-security-talks", "2023-10-18"),
    # The URL (/20230316-97697/), the caption's "March 16, 2023" and "on Thursday" (2023-03-16
    # is a Thursday).
    ("test_1207_kishida_yoon_tokyo", "East Asia", "2020s", "The Japan News (The Yomiuri Shimbun)", "https://japannews.yomiuri.co.jp/politics/politics-government/20230316-97697/", "2023-03-16"),
    # Date line "Published:Sunday | December 10, 2017 | 12:00 AM" and the URL (/20171210/).
    ("dev_1208_kenyatta_no_talks_odinga", "Africa", "2010s", "The Gleaner (Jamaica)", "http://jamaica-gleaner.com/article/world-news/20171210/president-says-no-talks-defiant-opposition-leader", "2017-12-10"),
    # Date line "Fecha de publicación: 17 September 2015" on the page (a Thursday).
    ("dev_1209_santos_maduro_quito_planned", "Latin America", "2010s", "Cubasí (cubasi.cu, English edition)", "https://cubasi.cu/en/world/item/5255-santos-and-maduro-to-meet-next-week-in-quito-to-discuss-border-crisis", "2015-09-17"),
    # The search result's date field 2019-09-16 (a Monday; "announced Monday").
    ("dev_1210_rouhani_trump_no_meeting", "Middle East", "2010s", "Israel National News (Arutz Sheva)", "http://www.israelnationalnews.com/News/News.aspx/268946", "2019-09-16"),
    # Dateline "TOKYO, May 4 (KUNA)" without a year; the year is derived from the text: "the
    # highest level talks between the two sides in six years" / "the first such high-level talks
    # ... since 2009" -> 2015, and 2015-05-04 is a Monday ("on Monday").
    ("test_1211_xi_chu_beijing", "East Asia", "2010s", "Kuwait News Agency (KUNA)", "http://www.kuna.net.kw/ArticleDetails.aspx?id=2439468&Language=en", "2015-05-04"),
    # The search result's date field 2022-10-31 and the URL (-20221031-) (a Monday; "this
    # Monday"); the excerpt has no headline.
    ("dev_1212_amlo_lula_call", "Latin America", "2020s", "teleSUR English", "https://www.telesurenglish.net/news/Lula-Loves-Mexico-He-Tells-Lopez-Obrador-in-Phone-Conversation-20221031-0018.html", "2022-10-31"),
]

A = {}

_TK = ("NUR-SULTAN – Kazakh President Kassym-Jomart Tokayev and Uzbek Minister of Foreign Affairs Abdulaziz Kamilov discussed the strengthening of bilateral relations during the minister’s official working visit to Nur-Sultan on Feb. 18, the Akorda press service reported.")
A["dev_1201_tokayev_kamilov_nursultan"] = dict(
    actors={
        "kassym_jomart_tokayev": ["Kassym-Jomart Tokayev", "Tokayev"],
        "abdulaziz_kamilov": ["Abdulaziz Kamilov", "Kamilov"],
        "shavkat_mirziyoyev": ["Shavkat Mirziyoyev"],
        "mukhtar_tileuberdi": ["Mukhtar Tileuberdi"],
        "akorda": ["Akorda"],
    },
    meetings=[
        # "discussed ... during the minister's official working visit to Nur-Sultan on Feb. 18"
        # -> held 2021-02-18, Nur-Sultan (dateline and text).
        M(["kassym_jomart_tokayev", "abdulaziz_kamilov"], "2021-02-18", "Nur-Sultan", IP, H, _TK),
        # "later that day" -> the same day, 2021-02-18, Nur-Sultan (the visit's city).
        M(["mukhtar_tileuberdi", "abdulaziz_kamilov"], "2021-02-18", "Nur-Sultan", IP, H,
          "Kazakh Minister of Foreign Affairs Mukhtar Tileuberdi had discussed bilateral cooperation and the international agenda with Kamilov later that day."),
        # Not rows: Mirziyoyev's "message" delivered by Kamilov (a message); Tokayev's confidence
        # that "the Uzbek President would visit Kazakhstan once there is an improvement" (a
        # conditional visit to a country, no date, no host named); the Tashkent conference.
    ],
    roles=[("Kazakh President", "kassym_jomart_tokayev"), ("The Kazakh President", "kassym_jomart_tokayev"),
           ("Uzbek Minister of Foreign Affairs", "abdulaziz_kamilov"), ("Uzbek President", "shavkat_mirziyoyev"),
           ("the Uzbek President", "shavkat_mirziyoyev"), ("Kazakh Minister of Foreign Affairs", "mukhtar_tileuberdi")],
)

_AMP = ("Within the framework of his contacts, Aliyev met with Michel and Pashinyan at the trilateral summit.")
_AP = ("President Aliyev and Armenian Prime Minister Nikol Pashinyan met in Brussels on December 14, 2021 and April 6, 2022 at the invitation of EU President Charles Michel.")
_AUG = ("The last summit in the trilateral format was held on August 31, 2022.")
A["dev_1202_aliyev_pashinyan_michel_brussels"] = dict(
    actors={
        "ilham_aliyev": ["Ilham Aliyev", "President Aliyev", "Aliyev"],
        "charles_michel": ["Charles Michel", "Michel"],
        "nikol_pashinyan": ["Nikol Pashinyan", "Pashinyan"],
        "emmanuel_macron": ["Emmanuel Macron"],
        "european_union": ["European Union", "EU"],
        "european_council": ["European Council"],
    },
    meetings=[
        # The trilateral summit in Brussels: one row per pair. The text gives no day for it (the
        # page's date line is the publication; "continues his contacts" is not a date) -> null.
        M(["ilham_aliyev", "charles_michel"], None, "Brussels", IP, H, _AMP),
        M(["ilham_aliyev", "nikol_pashinyan"], None, "Brussels", IP, H, _AMP),
        M(["charles_michel", "nikol_pashinyan"], None, "Brussels", IP, H, _AMP),
        # Two dated earlier Aliyev-Pashinyan meetings in Brussels; Michel only invited (not
        # stated to meet them in this sentence) -> no Michel rows for them.
        M(["ilham_aliyev", "nikol_pashinyan"], "2021-12-14", "Brussels", IP, H, _AP),
        M(["ilham_aliyev", "nikol_pashinyan"], "2022-04-06", "Brussels", IP, H, _AP),
        # "The last summit in the trilateral format was held on August 31, 2022": participants
        # not named in the sentence (the format's three leaders by context), place not given ->
        # three optional pair rows, held 2022-08-31, place null.
        M(["ilham_aliyev", "nikol_pashinyan"], "2022-08-31", None, IP, H, _AUG, False),
        M(["ilham_aliyev", "charles_michel"], "2022-08-31", None, IP, H, _AUG, False),
        M(["charles_michel", "nikol_pashinyan"], "2022-08-31", None, IP, H, _AUG, False),
        # Not rows: the tripartite meeting planned for December 7, 2022 that "was not held";
        # Macron's attendance as Pashinyan's condition; "Azerbaijan, Armenia and the European
        # Union met" (countries and the EU; the same summit as the pair rows above).
    ],
    roles=[("Azerbaijani President", "ilham_aliyev"), ("European Council President", "charles_michel"),
           ("EU President", "charles_michel"), ("Armenian Prime Minister", "nikol_pashinyan"),
           ("French President", "emmanuel_macron")],
)

A["test_1203_ruto_suluhu_talks"] = dict(
    actors={
        "william_ruto": ["William Ruto", "President William Ruto", "President Ruto", "Ruto"],
        "samia_suluhu_hassan": ["Samia Suluhu", "Suluhu"],
        "state_house_kenya": ["State House Kenya"],
        "east_african_community": ["EAC"],
        "safaricom": ["Safaricom"],
    },
    meetings=[
        # "on Monday scheduled to hold talks" in the Monday Oct 10 story -> planned 2022-10-10;
        # no city in the text ("arrived in Tanzania") -> Tanzania.
        M(["william_ruto", "samia_suluhu_hassan"], "2022-10-10", "Tanzania", IP, P,
          "NAIROBI, Kenya Oct 10 – President William Ruto is on Monday scheduled to hold talks with his Tanzanian counterpart Samia Suluhu."),
        # Not rows: attending Uganda's independence anniversary (an event); "visiting Ethiopia on
        # October 6, 2022, for the launch of Safaricom" and the Uganda visit (trips, no host
        # named); the State House statement. "TZ MFA" is the photo credit, not an actor.
    ],
    roles=[("his Tanzanian counterpart", "samia_suluhu_hassan")],
)

_JZ = ("\"The Malaysian foreign minister reiterated the commitment to the protection of Indonesian migrant workers in Malaysia,\" Foreign Minister Retno Marsudi stated after accompanying the president to receive the courtesy visit of Malaysian Foreign Minister Zambry Abdul Kadir at the Merdeka Palace here Friday.")
A["dev_1204_jokowi_zambry_jakarta"] = dict(
    actors={
        "joko_widodo": ["Jokowi"],
        "zambry_abdul_kadir": ["Zambry Abdul Kadir", "Dato' Seri Zambry", "Zambry"],
        "retno_marsudi": ["Retno Marsudi", "Marsudi"],
        "anwar_ibrahim": ["Anwar Ibrahim", "Prime Minister Ibrahim", "Ibrahim", "Anwar"],
        "sultan_abdullah_of_pahang": ["Yang di-Pertuan Agong Sultan Abdullah of Pahang", "Sultan Abdullah of Pahang"],
        "conference_of_rulers": ["Conference of Rulers"],
        "asean": ["ASEAN"],
    },
    meetings=[
        # "the president" received Zambry's courtesy visit "at the Merdeka Palace here Friday"
        # (the Friday story's own day, 2022-12-30); "the president" is Jokowi, named later
        # ("Zambry also informed Jokowi"); Merdeka Palace -> Jakarta (building -> city).
        # Retno Marsudi "accompanying the president" -> not a participant.
        M(["joko_widodo", "zambry_abdul_kadir"], "2022-12-30", "Jakarta", IP, H, _JZ),
        # Anwar's "plan to visit Indonesia next January" -> planned, Indonesia, date null;
        # optional (a visit to a country; Jokowi as host is implied by the commitment and the
        # deliverables, not stated as a meeting).
        M(["anwar_ibrahim", "joko_widodo"], None, "Indonesia", IP, P,
          "Zambry also informed Jokowi regarding the prime minister's plan to visit Indonesia next January.", False),
        # Not rows: the king's "consultation with the Conference of Rulers" (a council of all
        # the rulers); Anwar's inauguration.
    ],
    roles=[("the president", "joko_widodo"), ("Malaysian Foreign Minister", "zambry_abdul_kadir"),
           ("The Malaysian foreign minister", "zambry_abdul_kadir"), ("her Malaysian counterpart", "zambry_abdul_kadir"),
           ("the foreign minister", "retno_marsudi"),
           ("the prime minister", "anwar_ibrahim"), ("Malaysian king", "sultan_abdullah_of_pahang")],
)

_RS = ("Earlier in the day, Home Minister Rajnath Singh and External Affairs Minister Sushma Swaraj also separately called on the visiting Lankan leader.")
A["dev_1205_modi_wickremesinghe_delhi"] = dict(
    actors={
        "narendra_modi": ["Narendra Modi", "PM Narendra Modi"],
        "ranil_wickremesinghe": ["Ranil Wickremesinghe", "Wickremesinghe"],
        "raveesh_kumar": ["Raveesh Kumar"],
        "ministry_of_external_affairs_india": ["Ministry of External Affairs"],
        "maithripala_sirisena": ["Maithripala Sirisena"],
        "research_and_analysis_wing": ["RAW"],
        "rajnath_singh": ["Rajnath Singh"],
        "sushma_swaraj": ["Sushma Swaraj"],
    },
    meetings=[
        # "on Saturday" = 2018-10-20 (caption); "at the Hyderabad House here", caption "in New
        # Delhi" -> New Delhi. The delegation-level talks are the same meeting.
        M(["narendra_modi", "ranil_wickremesinghe"], "2018-10-20", "New Delhi", IP, H,
          "Prime Minister Narendra Modi held talks with his Sri Lankan counterpart Ranil Wickremesinghe on Saturday and discussed a range of issues related to bilateral ties, including the progress of India-assisted development projects in the island nation."),
        # "Earlier in the day ... also separately called on" -> two separate bilaterals, the
        # same day; place New Delhi (the visit's city; judgement, the sentence names none).
        M(["rajnath_singh", "ranil_wickremesinghe"], "2018-10-20", "New Delhi", IP, H, _RS),
        M(["sushma_swaraj", "ranil_wickremesinghe"], "2018-10-20", "New Delhi", IP, H, _RS),
        # Not rows: Raveesh Kumar's tweet; Sirisena's accusation against RAW. "(Source: AP
        # Photo)" is a photo credit, not an actor.
    ],
    roles=[("Indian Prime Minister", "narendra_modi"), ("his Sri Lankan counterpart", "ranil_wickremesinghe"),
           ("the Sri Lankan Prime Minister", "ranil_wickremesinghe"), ("the Sri Lankan PM", "ranil_wickremesinghe"),
           ("the visiting Lankan leader", "ranil_wickremesinghe"),
           ("Ministry of External Affairs Spokesperson", "raveesh_kumar"), ("Lankan President", "maithripala_sirisena"),
           ("Home Minister", "rajnath_singh"), ("External Affairs Minister", "sushma_swaraj")],
)

A["dev_1206_albanese_rabuka_canberra"] = dict(
    actors={
        "sitiveni_rabuka": ["Sitiveni Rabuka", "Prime Minister Sitiveni Rabuka", "Prime Minister Rabuka", "Rabuka"],
        "anthony_albanese": ["Anthony Albanese", "Albanese"],
        "penny_wong": ["Penny Wong"],
        "david_hurley": ["David Hurley", "Governor-General Hurley", "Hurley"],
        "lowy_institute": ["Lowy Institute"],
    },
    meetings=[
        # "will meet with his Fijian counterpart in Canberra on Wednesday" -> planned; the
        # Wednesday of the publication week = 2023-10-18 (the URL's day).
        M(["anthony_albanese", "sitiveni_rabuka"], "2023-10-18", "Canberra", IP, P,
          "Anthony Albanese will meet with his Fijian counterpart in Canberra on Wednesday, where they will update the Fiji-Australia Vuvale Partnership, which sets out shared priorities of the relationship in a bid to strengthen peace in the Pacific."),
        # "last met in Nadi in March" -> held, date null (month only), Nadi.
        M(["anthony_albanese", "sitiveni_rabuka"], None, "Nadi", IP, H,
          "The leaders last met in Nadi in March, where they held talks at a peacekeeping and disaster relief camp."),
        # Courtesy call "at Admirality House Monday" -> held 2023-10-16 (the Monday of the
        # publication week); Admiralty House (the Governor-General's Sydney residence) ->
        # Sydney (building -> city rule; judgement, the text names no city for it).
        M(["sitiveni_rabuka", "david_hurley"], "2023-10-16", "Sydney", IP, H,
          "Meanwhile, Prime Minister Sitiveni Rabuka paid a courtesy call on the Governor-General of Australia David Hurley at Admirality House Monday."),
        # Hurley's "official visit to Fiji last year" with the hospitality of "the Prime
        # Minister" -> held, Fiji, date null; optional (a visit to a country; a host meeting is
        # implied, not stated).
        M(["david_hurley", "sitiveni_rabuka"], None, "Fiji", IP, H,
          "Hurley thanked the Prime Minister and the people of Fiji for the warm hospitality he received while on official visit to Fiji last year, adding it reinforced the two nations shared aspirations and commitment on areas of mutual concern.", False),
        # Not rows: Rabuka's Lowy Institute address "on Tuesday" at which "He will be
        # introduced by Foreign Minister Penny Wong" (a public event, not a meeting).
    ],
    roles=[("Fijian Prime Minister", "sitiveni_rabuka"), ("his Fijian counterpart", "sitiveni_rabuka"),
           ("Foreign Minister", "penny_wong"), ("the Governor-General of Australia", "david_hurley"),
           ("the Prime Minister", "sitiveni_rabuka")],
)

A["test_1207_kishida_yoon_tokyo"] = dict(
    actors={
        "fumio_kishida": ["Fumio Kishida", "Kishida"],
        "yoon_suk_yeol": ["Yoon Suk Yeol", "President Yoon", "Yoon"],
    },
    meetings=[
        # "in Tokyo on Thursday" (2023-03-16, the caption's date); the meeting at the Prime
        # Minister's Office and the joint press conference are the same summit -> one row.
        M(["fumio_kishida", "yoon_suk_yeol"], "2023-03-16", "Tokyo", IP, H,
          "In the first visit to Japan by a South Korean president since December 2011 outside of multilateral gatherings, Prime Minister Fumio Kishida held a summit with South Korean President Yoon Suk Yeol in Tokyo on Thursday."),
        # Not rows: "the resumption of periodic visits" and "working-level talks" (general plans,
        # no date, unnamed officials). "Pool via REUTERS" is a photo credit, not an actor.
    ],
    roles=[("South Korea’s President", "yoon_suk_yeol"), ("Japan’s Prime Minister", "fumio_kishida"),
           ("South Korean President", "yoon_suk_yeol")],
)

A["dev_1208_kenyatta_no_talks_odinga"] = dict(
    actors={
        "uhuru_kenyatta": ["Uhuru Kenyatta", "Kenyatta"],
        "raila_odinga": ["Raila Odinga", "Odinga"],
    },
    meetings=[
        # Zero-meeting control. Not rows: Kenyatta "is ruling out dialogue with the opposition
        # leader" (a refused meeting); Kenyatta "said yesterday" (a statement); Odinga's mock
        # "swearing-in" on Tuesday (an event); Odinga "open to talks ... if there is a specific
        # agenda" (conditional, no meeting).
    ],
    roles=[("Kenya's president", "uhuru_kenyatta"), ("the opposition leader", "raila_odinga"),
           ("Kenyan opposition leader", "raila_odinga"), ("defiant opposition leader", "raila_odinga")],
)

_SM = ("Ecuadorean Foreign Minister Ricardo Patiño said the presidents will meet at the Carondelet Presidential Palace, the seat of the government, in Quito Monday afternoon.")
_CV = ("Correa welcomed the meeting, which he too will attend along with Uruguayan President Tabare Vazquez as respective presidents of regional bodies, the Union of South American Nations, or UNASUR, and the Community of Latin American and Caribbean States, or CELAC.")
_RT = ("The minister explained the meeting was fixed after a fresh round of talks between him and the presidents and foreign ministers of the two countries on Monday and Tuesday.")
_SAT = ("On Saturday, Patiño met foreign ministers of Colombia and Venezuela, Maria Angela Holguin and Delcy Rodriguez, respectively.")
A["dev_1209_santos_maduro_quito_planned"] = dict(
    actors={
        "juan_manuel_santos": ["Santos"],
        "nicolas_maduro": ["Nicolas Maduro", "Maduro"],
        "rafael_correa": ["Correa"],
        "tabare_vazquez": ["Tabare Vazquez"],
        "ricardo_patino": ["Ricardo Patiño", "Patiño"],
        "maria_angela_holguin": ["Maria Angela Holguin", "Holguin"],
        "delcy_rodriguez": ["Delcy Rodriguez"],
        "unasur": ["Union of South American Nations", "UNASUR"],
        "celac": ["Community of Latin American and Caribbean States", "CELAC"],
    },
    meetings=[
        # "the presidents will meet ... in Quito Monday afternoon": the Monday after the
        # Thursday 17 September story (headline "Next Week") = 2015-09-21, planned, Quito.
        M(["juan_manuel_santos", "nicolas_maduro"], "2015-09-21", "Quito", IP, P, _SM),
        # Correa and Vazquez "too will attend" the same meeting (Santos "will attend the meeting"
        # too): a meeting of four named presidents -> one row per pair (judgement: the verb is
        # the one used for the principals, so the "attend" exclusion for aides does not apply).
        M(["rafael_correa", "juan_manuel_santos"], "2015-09-21", "Quito", IP, P, _CV),
        M(["rafael_correa", "nicolas_maduro"], "2015-09-21", "Quito", IP, P, _CV),
        M(["tabare_vazquez", "juan_manuel_santos"], "2015-09-21", "Quito", IP, P, _CV),
        M(["tabare_vazquez", "nicolas_maduro"], "2015-09-21", "Quito", IP, P, _CV),
        M(["rafael_correa", "tabare_vazquez"], "2015-09-21", "Quito", IP, P, _CV),
        # "On Saturday" (before the Thursday story) = 2015-09-12; place not stated -> null;
        # "met A and B, respectively" -> two bilaterals (dev_032 reading); the Holguin-Rodriguez
        # pair is optional (a joint meeting is possible, not stated).
        M(["ricardo_patino", "maria_angela_holguin"], "2015-09-12", None, IP, H, _SAT),
        M(["ricardo_patino", "delcy_rodriguez"], "2015-09-12", None, IP, H, _SAT),
        M(["maria_angela_holguin", "delcy_rodriguez"], "2015-09-12", None, IP, H, _SAT, False),
        # "a fresh round of talks between him and the presidents and foreign ministers of the
        # two countries on Monday and Tuesday" -> held, date null (two days), place null; the
        # role phrases resolve to the named Santos, Maduro, Holguin and Rodriguez; optional
        # (collective phrase: who was met when, and how, is not stated).
        M(["ricardo_patino", "juan_manuel_santos"], None, None, IP, H, _RT, False),
        M(["ricardo_patino", "nicolas_maduro"], None, None, IP, H, _RT, False),
        M(["ricardo_patino", "maria_angela_holguin"], None, None, IP, H, _RT, False),
        M(["ricardo_patino", "delcy_rodriguez"], None, None, IP, H, _RT, False),
        # Not rows: Maduro "applauded the announcement", Holguin "thanked the governments"
        # (statements); UNASUR and CELAC (organisations promoting dialogue, no meeting).
    ],
    roles=[("Uruguayan President", "tabare_vazquez"), ("Ecuadorean Foreign Minister", "ricardo_patino"),
           ("The minister", "ricardo_patino"), ("Venezuelan President", "nicolas_maduro")],
)

A["dev_1210_rouhani_trump_no_meeting"] = dict(
    actors={
        "hassan_rouhani": ["Hassan Rouhani", "President Rouhani", "Rouhani"],
        "donald_trump": ["Donald Trump", "President Donald Trump", "President Trump", "Trump"],
        "seyyed_abbas_mousavi": ["Seyyed Abbas Mousavi", "Mousavi"],
        "mohammad_javad_zarif": ["Mohammad Javad Zarif"],
        "benjamin_netanyahu": ["Binyamin Netanyahu"],
        "iranian_foreign_ministry": ["Iranian Foreign Ministry"],
        "united_nations": ["United Nations"],
        "un_general_assembly": ["UN General Assembly", "United Nations General Assembly"],
    },
    meetings=[
        # Zero-meeting control (a refused meeting). Not rows: Rouhani "will not meet with
        # President Donald Trump in New York" / "ruled out a meeting" (a meeting that will not
        # take place); Mousavi "Speaking with reporters" (a news briefing); Zarif "will likely
        # accompany Rouhani to the United Nations" / "to attend the United Nations General
        # Assembly" (accompaniment to a plenary); Trump's tweet and his "openness to meeting"
        # and "no problem" with a meeting (no meeting agreed); Netanyahu's revelation.
    ],
    roles=[("Iranian President", "hassan_rouhani"), ("the Iranian President", "hassan_rouhani"),
           ("Iranian Foreign Ministry spokesman", "seyyed_abbas_mousavi"),
           ("the foreign minister", "mohammad_javad_zarif"), ("the president", "hassan_rouhani"),
           ("The President", "donald_trump"), ("Prime Minister", "benjamin_netanyahu")],
)

A["test_1211_xi_chu_beijing"] = dict(
    actors={
        "xi_jinping": ["Xi Jinping", "Xi"],
        "eric_chu": ["Eric Chu", "Chu"],
        "xinhua_news_agency": ["Xinhua News Agency"],
        "kuomintang": ["Kuomintang", "KMT"],
        "chinese_communist_party": ["Communist Party of China"],
        "yu_zhengsheng": ["Yu Zhengsheng"],
        "asian_infrastructure_investment_bank": ["Asian Infrastructure Investment Bank"],
        "ma_ying_jeou": ["Ma Ying-jeou"],
    },
    meetings=[
        # "on Monday" in the May 4 story (2015-05-04 is a Monday) -> held 2015-05-04, Beijing
        # ("During the meeting with ... Eric Chu in Beijing").
        M(["xi_jinping", "eric_chu"], "2015-05-04", "Beijing", IP, H,
          "TOKYO, May 4 (KUNA) -- Chinese President Xi Jinping on Monday met the chairman of Taiwan's ruling party, the highest level talks between the two sides in six years, the official Xinhua News Agency reported."),
        # Not rows: Chu "attended" the Cross-Strait forum "on Sunday in Shanghai" and Yu
        # Zhengsheng's opening remarks (a forum as such; no meeting of Chu and Yu stated);
        # "the first such high-level talks ... since 2009" (no named parties).
    ],
    roles=[("Chinese President", "xi_jinping"), ("the chairman of Taiwan's ruling party", "eric_chu"),
           ("Kuomintang (KMT) Chairman", "eric_chu"),
           ("general secretary of the Communist Party of China", "xi_jinping"),
           ("top political advisor and senior leader of the Communist Party of China", "yu_zhengsheng"),
           ("Taiwan's president", "ma_ying_jeou")],
)

A["dev_1212_amlo_lula_call"] = dict(
    actors={
        "andres_manuel_lopez_obrador": ["Andrés Manuel López Obrador", "López Obrador", "Obrador"],
        "luiz_inacio_lula_da_silva": ["Luiz Inácio Lula da Silva", "Lula"],
        "alberto_fernandez": ["Alberto Fernandez"],
        "jair_bolsonaro": ["Jair Bolsonaro", "Bolsonaro"],
        "pacific_alliance": ["Pacific Alliance"],
    },
    meetings=[
        # "the 11-minute telephone conversation he had this Monday" -> held, phone, 2022-10-31
        # (the Monday story's own day), place null.
        M(["andres_manuel_lopez_obrador", "luiz_inacio_lula_da_silva"], "2022-10-31", None, PH, H,
          "Thus, in this very personal and intimate way, the Mexican President spoke about the 11-minute telephone conversation he had this Monday with President-elect Luiz Inácio Lula da Silva, inviting him to visit his country next month."),
        # Not rows: the invitation to visit Mexico "towards the end of November" for the Pacific
        # Alliance summit (not accepted: "The only problem, president, is to review my agenda";
        # and a summit as such); Fernandez "is also invited" (a summit invitation); the tweet
        # ("wrote today on Twitter"; Twitter is not annotated as an actor, as in earlier batches).
    ],
    roles=[("the Mexican President", "andres_manuel_lopez_obrador"), ("President-elect", "luiz_inacio_lula_da_silva"),
           ("the President of Argentina", "alberto_fernandez")],
)
