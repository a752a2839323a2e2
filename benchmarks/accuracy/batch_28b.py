"""Accuracy corpus, batch 28b: 12 new articles from the 2000s, 2010s and 2020s (four per decade),
spread over eleven regions (2000s: Latin America, Western Europe, Eastern Europe/Russia, North
America; 2010s: Africa, South Asia, Latin America, East Asia; 2020s: Middle East, Southeast Asia,
Oceania, Central Asia/Caucasus). New outlets/sites: Capital FM (capitalfm.co.ke), Infosurhoy
(infosurhoy.com), Agência Brasil (memoria.ebc.com.br), Deutsche Welle (dw.com), the Bangkok Post
(bangkokpost.com), Mangalore Today (mangaloretoday.com), The San Diego Union-Tribune (AP), the
President of Russia (en.kremlin.ru), The Dong-A Ilbo (donga.com), FBC News (fbcnews.com.fj; RNZ),
Kazinform (en.inform.kz) and OneIndia (Reuters); some of these sites were used before, the pages
are new. Collected with the `search` tool (corpus `pages`) and annotated from the texts alone,
BEFORE the package was run on them (the package has not been run on this batch). Conventions:
ANNOTATION.md and /work/shared/ANNOTATION-GUIDE.md. Notes: batch_28b_NOTES.md.

Split rule (fixed before annotating, as given in the brief for this batch, the same as batches
5a-27b): the articles are numbered 1..12 in the order they were first found in this session's
search results (the query in which each first appeared, then its rank in that query), after
skipping pages already in the corpus; positions 3, 7 and 11 are test, all others dev. Ids:
`dev_55NN_<slug>` / `test_55NN_<slug>`, NN = collection position (01..12).

M(participants, date, place, kind, status, evidence, required=True)
Evidence is the verbatim sentence (line breaks inside it replaced by single spaces).
Aliases are written as they stand in the text (typos included).
"""


from annotations import H, IP, M, P, PH, VID  # noqa: F401 (the same row helpers)

# (article_id, region, decade, outlet, url, published)
ARTICLES = [
    # The URL has 2018/02 and the dateline "KAMPALA, Uganda, Feb 23" -> 2018-02-23 (a Friday):
    # "on Friday" = 2018-02-23.
    ("dev_5501_kenyatta_magufuli_munyonyo", "Africa", "2010s", "Capital FM (capitalfm.co.ke)", "https://www.capitalfm.co.ke/news/2018/02/presidents-kenyatta-magufuli-direct-ministers-resolve-vexing-differences/", "2018-02-23"),
    # The search result's date is 2021-12-18 (a Saturday): "On Wednesday" = 2021-12-15; "last
    # month" and "in October" are not days (null).
    ("dev_5502_erdogan_raisi_phone", "Middle East", "2020s", "Infosurhoy (infosurhoy.com)", "https://infosurhoy.com/news/presidents-of-turkey-and-iran-meet-to-discuss-regional-issues-and-bilateral-ties/", "2021-12-18"),
    # URL 2006-04-11 and dateline "Brasília, 4/11/2006" (a Tuesday); the time stamp "10/04/2006 -
    # 21h49" is the evening before (day/month). "This morning" / "today" = 2006-04-11.
    ("test_5503_lula_bachelet_planalto_today", "Latin America", "2000s", "Agência Brasil (memoria.ebc.com.br)", "https://memoria.ebc.com.br/agenciabrasil//noticia/2006-04-11/lula-and-new-president-chile-meet-today", "2006-04-11"),
    # Date line "May 10, 2009" (a Sunday): "on Sunday" = 2009-05-10.
    ("dev_5504_merkel_sarkozy_berlin_sunday", "Western Europe", "2000s", "Deutsche Welle (dw.com; dpa/AFP)", "https://www.dw.com/en/german-french-leaders-question-turkish-eu-membership/a-4241593", "2009-05-10"),
    # The search result's date is 2022-12-10 (a Saturday): "on Thursday" = 2022-12-08.
    ("dev_5505_prawit_anwar_putrajaya", "Southeast Asia", "2020s", "Bangkok Post (bangkokpost.com)", "https://www.bangkokpost.com/thailand/general/2457200/prawit-pays-courtesy-call-on-malaysias-new-pm-anwar", "2022-12-10"),
    # Dateline "New Delhi, May 27, 2014" (a Tuesday); the body was written the day before ("on
    # Monday" = 2014-05-26, "A day before his maiden meeting"): "on Tuesday" = 2014-05-27.
    ("dev_5506_modi_sharif_talks_today", "South Asia", "2010s", "Mangalore Today (mangaloretoday.com)", "https://mangaloretoday.com/headlines/Modi-Sharif-talks-may-take-place-today.html", "2014-05-27"),
    # The URL has 2010jun21 (a Monday): "on Monday" = 2010-06-21; Santos's "this morning" is the
    # same Monday.
    ("test_5507_correa_santos_call", "Latin America", "2010s", "The San Diego Union-Tribune (sandiegouniontribune.com; AP)", "http://www.sandiegouniontribune.com/sdut-correa-warms-to-colombias-president-elect-2010jun21-story.html", "2010-06-21"),
    # Date line "May 17, 2002, Bocharov Ruchei, Sochi" (a Friday).
    ("dev_5508_putin_kuchma_sochi_2002", "Eastern Europe/Russia", "2000s", "President of Russia (en.kremlin.ru)", "http://en.special.kremlin.ru/events/president/news/27067", "2002-05-17"),
    # "Posted October. 08, 2013 07:52" (a Tuesday): "on Monday" = 2013-10-07.
    ("dev_5509_park_xi_abe_bali", "East Asia", "2010s", "The Dong-A Ilbo (donga.com)", "https://www.donga.com/en/article/all/20131008/407110/1", "2013-10-08"),
    # Date line "February 24, 2020 6:40 am" (a Monday): "today" = 2020-02-24, "tomorrow" =
    # 2020-02-25; the bilateral meetings have no day (after "a number of ceremonies").
    ("dev_5510_ardern_fiji_visit_planned", "Oceania", "2020s", "FBC News (fbcnews.com.fj; RNZ)", "https://www.fbcnews.com.fj/news/new-zealand-pms-fiji-visit-to-highlight-climate-change-approaches/", "2020-02-24"),
    # The search result's date is 2024-08-08 (a Thursday): "today" = 2024-08-08, "yesterday" =
    # 2024-08-07.
    ("test_5511_tokayev_mirziyoyev_astana_council", "Central Asia/Caucasus", "2020s", "Kazinform (en.inform.kz)", "https://en.inform.kz/news/kazakhstan-and-uzbekistan-to-sign-strategic-partnership-development-program-for-next-10-years-6ded6a/", "2024-08-08"),
    # URL 2006/04/01 and dateline "CANCUN, Mexico, Apr 1" (a Saturday): "yesterday" = 2006-03-31,
    # "on Thursday" = 2006-03-30.
    ("dev_5512_bush_harper_cancun", "North America", "2000s", "OneIndia (oneindia.com; Reuters)", "https://www.oneindia.com/2006/04/01/canadas-harper-shows-cordial-firm-sides-to-bush-1143870103.html", "2006-04-01"),
]

A = {}

_MJ = "Kenya’s East Africa Cabinet Secretary Peter Munya and Foreign Affairs Cabinet Secretary Amb. Monica Juma will deal with the issues, agreeing a meeting date with their Tanzanian counterparts."
A["dev_5501_kenyatta_magufuli_munyonyo"] = dict(
    actors={
        "uhuru_kenyatta": ["Uhuru Kenyatta", "President Kenyatta", "Kenyatta"],
        "john_magufuli": ["John Pombe Magufuli", "President Magufuli", "Magufuli"],
        "peter_munya": ["Peter Munya"],
        "monica_juma": ["Amb. Monica Juma", "Monica Juma"],
        "east_african_community": ["East African Community", "EAC"],
    },
    meetings=[
        # "The Presidents met at the Lake Victoria resort of Munyonyo ... on the margins of a
        # summit" (the lead: "on Friday", dateline Feb 23) -> held, 2018-02-23, place Munyonyo
        # (the most specific named locality, "on the outskirts of ... Kampala").
        M(["uhuru_kenyatta", "john_magufuli"], "2018-02-23", "Munyonyo", IP, H,
          "The Presidents met at the Lake Victoria resort of Munyonyo, on the outskirts of the Ugandan capital Kampala, on the margins of a summit of the East African Community."),
        # Munya and Juma "agreeing a meeting date with their Tanzanian counterparts" (role only)
        # -> one one-party planned row per minister, date and place null; required False (a
        # meeting still to be arranged, no date or place).
        M(["peter_munya"], None, None, IP, P, _MJ, False),
        M(["monica_juma"], None, None, IP, P, _MJ, False),
        # Not rows: the presidents directing "their ministers to meet" (unnamed); the 19th EAC
        # Heads of State Summit (multilateral). Removed: "Shares" and the comma before the
        # dateline at the start. The excerpt carries no headline.
    ],
    roles=[("Kenya’s East Africa Cabinet Secretary", "peter_munya"),
           ("Foreign Affairs Cabinet Secretary", "monica_juma")],
)

A["dev_5502_erdogan_raisi_phone"] = dict(
    actors={
        "recep_tayyip_erdogan": ["Recep Tayyip Erdogan", "Erdogan"],
        "ebrahim_raisi": ["Ebrahim Raisi", "Raisi"],
        "suleyman_soylu": ["Suleyman Soylu"],
        "ahmad_vahidi": ["Ahmad Vahidi"],
        "turkish_directorate_of_communications": ["Directorate of Communications"],
        "economic_cooperation_organization": ["Economic Cooperation Organization", "ECO"],
    },
    meetings=[
        # "On Wednesday, ... Erdogan spoke by phone with his Iranian counterpart, Ebrahim Raisi."
        # -> phone, held, 2021-12-15, place null.
        M(["recep_tayyip_erdogan", "ebrahim_raisi"], "2021-12-15", None, PH, H,
          "On Wednesday, Turkish President Recep Tayyip Erdogan spoke by phone with his Iranian counterpart, Ebrahim Raisi."),
        # "When Erdogan and Raisi met last month in ... Ashgabat for the 15th ECO summit" ->
        # held, date null ("last month"), Ashgabat; required False (they "met ... for the
        # summit": a bilateral on the sidelines is likely but not stated).
        M(["recep_tayyip_erdogan", "ebrahim_raisi"], None, "Ashgabat", IP, H,
          "When Erdogan and Raisi met last month in Turkmenistan’s capital Ashgabat for the 15th Economic Cooperation Organization (ECO) summit, they agreed to improve relations in all areas.",
          False),
        # Soylu "paid a visit to Tehran in October, where he met with his Iranian counterpart,
        # Ahmad Vahidi" -> held, date null (month only), Tehran.
        M(["suleyman_soylu", "ahmad_vahidi"], None, "Tehran", IP, H,
          "Suleyman Soylu, Turkey’s interior minister, paid a visit to Tehran in October, where he met with his Iranian counterpart, Ahmad Vahidi, and signed a memorandum of understanding to strengthen security cooperation."),
        # "ANKARA (Ankara)" is the dateline (not an actor). The role phrase "his Iranian
        # counterpart" occurs twice for two different actors (Raisi, Vahidi) and is not listed.
    ],
    roles=[("Turkish President", "recep_tayyip_erdogan"), ("Turkey’s interior minister", "suleyman_soylu")],
)

A["test_5503_lula_bachelet_planalto_today"] = dict(
    actors={
        "luiz_inacio_lula_da_silva": ["Luiz Inácio Lula da Silva", "Lula"],
        "michelle_bachelet": ["Michelle Bachelet", "Bachelet"],
    },
    meetings=[
        # "This morning, at 11:00 am, ... Lula ... will officially welcome ... Bachelet"; "Lula and
        # Bachelet will have a private meeting followed by an expanded meeting" at the Palacio do
        # Planalto -> planned, 2006-04-11 (dateline day), Brasília. The news conference and the
        # lunch at Itamaraty are the same pair on the same day (same row).
        M(["luiz_inacio_lula_da_silva", "michelle_bachelet"], "2006-04-11", "Brasília", IP, P,
          "Lula and Bachelet will have a private meeting followed by an expanded meeting with high-ranking officials from both countries."),
        # "(Agência Brasil - ABr)" in the dateline is the agency credit and "Translation: Allen
        # Bennett" a credit line (not actors). The Palácio do Itamaraty (Foreign Ministry) is a
        # building.
    ],
    roles=[("the president of Chile", "michelle_bachelet")],
)

A["dev_5504_merkel_sarkozy_berlin_sunday"] = dict(
    actors={
        "angela_merkel": ["Angela Merkel", "Chancellor Merkel", "Merkel"],
        "nicolas_sarkozy": ["Nicolas Sarkozy", "Sarkozy"],
        "bild_am_sonntag": ["Bild am Sonntag"],
        "european_union": ["European Union", "EU"],
        "un_security_council": ["UN Security Council"],
    },
    meetings=[
        # "Merkel met with ... Sarkozy in Berlin on Sunday" (date line May 10, 2009) -> held,
        # 2009-05-10, Berlin. The meeting of young politicians and the working dinner are the
        # same pair, same day (same row).
        M(["angela_merkel", "nicolas_sarkozy"], "2009-05-10", "Berlin", IP, H,
          "German Chancellor Angela Merkel met with French President Nicolas Sarkozy in Berlin on Sunday in a mutual show of support ahead of European elections next month."),
        # "Merkel is scheduled to make a reciprocal trip to Paris at the end of this month" ->
        # planned, date null, Paris; required False (a meeting with Sarkozy is implied by
        # "reciprocal", not stated).
        M(["angela_merkel", "nicolas_sarkozy"], None, "Paris", IP, P,
          "Merkel is scheduled to make a reciprocal trip to Paris at the end of this month, a diplomat said.",
          False),
        # Not rows: Sarkozy's Bild am Sonntag interview; the European and G8 summits
        # (multilateral). Removed: the "Skip to ..." links, the agency tag "gb/sp, dpa/AFP" and
        # "Skip next". "Image: AP" is a photo credit (not an actor).
    ],
    roles=[("German Chancellor", "angela_merkel"), ("French President", "nicolas_sarkozy"),
           ("The French president", "nicolas_sarkozy")],
)

_PA = "Mr Anwar, who was congratulated on his election victory by Gen Prawit, introduced two new ministers to his visitors: Datuk Seri Saifuddin Nasution Ismail, Minister of Home Affairs, and Dato' Seri Utama Haji Mohamad Bin Haji Hasan, the Minister of Defence."
A["dev_5505_prawit_anwar_putrajaya"] = dict(
    actors={
        "prawit_wongsuwan": ["Prawit Wongsuwon", "Gen Prawit", "Prawit"],
        "anwar_ibrahim": ["Anwar Ibrahim", "Mr Anwar", "Anwar"],
        "chaichan_changmongkol": ["Chaichan Changmongkol"],
        "saifuddin_nasution_ismail": ["Saifuddin Nasution Ismail"],
        "mohamad_hasan": ["Mohamad Bin Haji Hasan"],
        "barisan_revolusi_nasional": ["Barisan Revolusi Nasional", "BRN"],
    },
    meetings=[
        # "Prawit ... paid a courtesy call on ... Anwar ... in Putrajaya, Malaysia, on Thursday"
        # -> held, 2022-12-08, Putrajaya (the caption's meeting is the same).
        M(["prawit_wongsuwan", "anwar_ibrahim"], "2022-12-08", "Putrajaya", IP, H,
          "Deputy Prime Minister Prawit Wongsuwon paid a courtesy call on Malaysian Prime Minister Anwar Ibrahim at his official residence, Seri Perdana, in Putrajaya, Malaysia, on Thursday to strengthen ties and discuss security issues along the border."),
        # Anwar "introduced two new ministers to his visitors" -> Prawit met Saifuddin and
        # Mohamad Hasan at the same call; required False (introductions within the host's
        # meeting, the ministers are not presented as parties to the talks).
        M(["prawit_wongsuwan", "saifuddin_nasution_ismail"], "2022-12-08", "Putrajaya", IP, H, _PA, False),
        M(["prawit_wongsuwan", "mohamad_hasan"], "2022-12-08", "Putrajaya", IP, H, _PA, False),
        # Not rows: Chaichan accompanied Prawit ("with ...") -> not a participant; the May
        # visit for the General Border Committee meeting (no named counterpart); the paused BRN
        # peace talks (unnamed). "(Photo: Army photo)" is a photo credit. Removed: the last,
        # cut-off sentence ("Mr Anwar, who is two years younger than Gen Prawit, called Gen ").
    ],
    roles=[("Malaysian Prime Minister", "anwar_ibrahim"), ("Malaysia's new PM", "anwar_ibrahim"),
           ("Deputy Minister of Defence", "chaichan_changmongkol"),
           ("Minister of Home Affairs", "saifuddin_nasution_ismail"),
           ("the Minister of Defence", "mohamad_hasan")],
)

A["dev_5506_modi_sharif_talks_today"] = dict(
    actors={
        "nawaz_sharif": ["M Nawaz Sharif", "Nawaz Sharif", "Sharif"],
        "narendra_modi": ["Prime Minister Narendra Modi", "Narendra Modi", "Modi"],
        "atal_bihari_vajpayee": ["Atal Behari Vajpayee", "Vajpayee"],
        "bharatiya_janata_party": ["Bharatiya Janata Party", "BJP"],
        "pervez_musharraf": ["Gen Pervez Musharraf", "Pervez Musharraf"],
        "pakistani_army": ["Pakistani Army"],
        "pakistan_muslim_league_n": ["Pakistan Muslim League (Nawaz)"],
    },
    meetings=[
        # "He [Sharif] is likely to have a bilateral meeting with Modi on Tuesday." -> planned,
        # 2014-05-27 (the dateline day), New Delhi.
        M(["nawaz_sharif", "narendra_modi"], "2014-05-27", "New Delhi", IP, P,
          "He is likely to have a bilateral meeting with Modi on Tuesday."),
        # "He [Vajpayee] travelled to Lahore by bus in February 1999 and had a historic summit
        # with Sharif." -> held, date null (month only), Lahore.
        M(["atal_bihari_vajpayee", "nawaz_sharif"], None, "Lahore", IP, H,
          "He travelled to Lahore by bus in February 1999 and had a historic summit with Sharif."),
        # Not rows: Sharif attending the swearing-in ceremony (a ceremony, no bilateral); his TV
        # interview; the Lahore Declaration "inked on February 21, 1999" (the same summit).
        # Removed: the last, cut-off sentence ("“Both governments ... relations,” Sharif said
        # on Monda").
    ],
    roles=[("Pakistan’s Premier", "nawaz_sharif"), ("his then counterpart", "atal_bihari_vajpayee"),
           ("Prime Minister of Pakistan", "nawaz_sharif"), ("the new leader of India", "narendra_modi")],
)

A["test_5507_correa_santos_call"] = dict(
    actors={
        "juan_manuel_santos": ["Juan Manuel Santos", "Santos"],
        "rafael_correa": ["Rafael Correa", "President Correa", "Correa"],
        "hugo_chavez": ["Hugo Chavez", "Chavez"],
        "antanas_mockus": ["Antanas Mockus"],
        "alvaro_uribe": ["Alvaro Uribe"],
        "colombian_green_party": ["Green Party"],
        "associated_press": ["Associated Press"],
    },
    meetings=[
        # "I spoke with President Correa this morning. He called me." (the lead: the phone call
        # on Monday) -> phone, held, 2010-06-21, place null.
        M(["juan_manuel_santos", "rafael_correa"], "2010-06-21", None, PH, H,
          "\"I spoke with President Correa this morning. He called me. He was very nice,\" Santos said, adding that the two agreed to seek improved relations."),
        # Not rows: Chavez "wasn't among the many Latin American presidents who called" (a call
        # that did not take place); Venezuela's congratulations (a government statement); the
        # AP interview; the plan to invite Chavez and allies to the inauguration (an invitation
        # to a ceremony). Removed: the last, cut-off sentence ("Colombia, meanwhile, ... inside
        # Ve").
    ],
    roles=[("Colombia's president-elect", "juan_manuel_santos"), ("Ecuador's president", "rafael_correa"),
           ("the Venezuelan leader", "hugo_chavez")],
)

A["dev_5508_putin_kuchma_sochi_2002"] = dict(
    actors={
        "vladimir_putin": ["Vladimir Putin", "Mr Putin", "President Putin"],
        "leonid_kuchma": ["Leonid Kuchma", "Mr Kuchma"],
        "eurasian_economic_community": ["Eurasian Economic Community", "EurAsEC"],
        "nato": ["NATO"],
    },
    meetings=[
        # Headline + date line "May 17, 2002, Bocharov Ruchei, Sochi" -> held, 2002-05-17, Sochi
        # (the residence is at Sochi, as in batch 27b).
        M(["vladimir_putin", "leonid_kuchma"], "2002-05-17", "Sochi", IP, H,
          "President Vladimir Putin met with Ukrainian President Leonid Kuchma"),
        # Not rows: the instruction to the (unnamed) Chief of the General Staff. Removed: the
        # site's view-settings lines, "Official website of the President of Russia", "News /"
        # and the last, cut-off sentence ("Moscow, he said, ... a new struct").
    ],
    roles=[("Ukrainian President", "leonid_kuchma"), ("The Russian President", "vladimir_putin")],
)

A["dev_5509_park_xi_abe_bali"] = dict(
    actors={
        "park_geun_hye": ["Park Geun-hye", "President Park"],
        "xi_jinping": ["Xi Jinping"],
        "shinzo_abe": ["Shinzo Abe"],
        "apec": ["Asia-Pacific Economic Cooperation", "APEC"],
    },
    meetings=[
        # Park "meets ... Xi Jinping at Ayodya Hotel in Bali, Indonesia on Monday, before
        # attending the Korea-China summit meeting on the sidelines" -> held, 2013-10-07, Bali
        # (the greeting and the summit meeting are one row).
        M(["park_geun_hye", "xi_jinping"], "2013-10-07", "Bali", IP, H,
          "President Park Geun-hye smiles brightly as she meets Chinese President Xi Jinping at Ayodya Hotel in Bali, Indonesia on Monday, before attending the Korea-China summit meeting on the sidelines to the 21st Asia-Pacific Economic Cooperation summit (left)."),
        # "Park also met ... Abe on Monday for APEC corporate advisory committee talks" ->
        # held, 2013-10-07, Bali; required False (they met at a multilateral APEC session, no
        # bilateral stated).
        M(["park_geun_hye", "shinzo_abe"], "2013-10-07", "Bali", IP, H,
          "President Park also met Japanese Prime Minister Shinzo Abe on Monday for APEC corporate advisory committee talks in Sophia Hotel in Bali.",
          False),
        # Removed: "Go to contents" and the language link "한국어". The text is a photo caption
        # story (the excerpt is the whole page).
    ],
    roles=[("Chinese President", "xi_jinping"), ("Japanese Prime Minister", "shinzo_abe")],
)

A["dev_5510_ardern_fiji_visit_planned"] = dict(
    actors={
        "jacinda_ardern": ["Jacinda Ardern", "Ardern"],
        "frank_bainimarama": ["Voreqe Bainimarama", "Bainimarama"],
        "sitiveni_rabuka": ["Sitiveni Rabuka"],
        "john_key": ["John Key"],
    },
    meetings=[
        # "arrives in Fiji today and will meet with ... Bainimarama"; the "formal bilateral
        # meeting" comes after "a number of ceremonies" (the welcome is "tomorrow") -> planned,
        # date null, place Fiji (Suva is where she flies; the meeting place is not stated).
        M(["jacinda_ardern", "frank_bainimarama"], None, "Fiji", IP, P,
          "The New Zealand Prime Minister Jacinda Ardern arrives in Fiji today and will meet with Prime Minister Voreqe Bainimarama where conversations are expected on climate change."),
        # "and then a meeting with the Opposition leader Sitiveni Rabuka" -> planned, date null,
        # Fiji.
        M(["jacinda_ardern", "sitiveni_rabuka"], None, "Fiji", IP, P,
          "She is scheduled to take part in a number of ceremonies before holding a formal bilateral meeting with Bainimarama and then a meeting with the Opposition leader Sitiveni Rabuka."),
        # Not rows: Key's 2016 visit (no host named); the welcoming ceremony (no named
        # counterpart). "RNZ" under the headline is the source credit (not an actor). Removed:
        # "News" (navigation) and "Article continues after advertisement".
    ],
    roles=[("The New Zealand Prime Minister", "jacinda_ardern"), ("the Opposition leader", "sitiveni_rabuka")],
)

A["test_5511_tokayev_mirziyoyev_astana_council"] = dict(
    actors={
        "kassym_jomart_tokayev": ["Kassym-Jomart Tokayev"],
        "shavkat_mirziyoyev": ["Shavkat Mirziyoyev"],
        "kazinform": ["Kazinform"],
        "supreme_interstate_council_kazakhstan_uzbekistan": ["Supreme Interstate Council of Kazakhstan and Uzbekistan"],
    },
    meetings=[
        # "today's meeting of the Supreme Interstate Council of Kazakhstan and Uzbekistan held at
        # the Akorda residence" (co-chaired by the two presidents during the state visit) ->
        # held, 2024-08-08, Astana (Akorda -> Astana).
        M(["kassym_jomart_tokayev", "shavkat_mirziyoyev"], "2024-08-08", "Astana", IP, H,
          "The Kazakh President addressed today’s meeting of the Supreme Interstate Council of Kazakhstan and Uzbekistan held at the Akorda residence, Kazinform News Agency reports."),
        # "the President of Uzbekistan arrived in Astana yesterday. ... Tokayev met him at the
        # Astana Airport." (pronoun "him") -> held, 2024-08-07, Astana; required False (an
        # arrival greeting, as dev_031).
        M(["kassym_jomart_tokayev", "shavkat_mirziyoyev"], "2024-08-07", "Astana", IP, H,
          "Kassym-Jomart Tokayev met him at the Astana Airport.", False),
        # Not rows: the signing of the programme (same encounter); "last year" the agreement on
        # allied relations (no meeting stated). The excerpt carries no headline.
    ],
    roles=[("The Kazakh President", "kassym_jomart_tokayev"), ("President of Uzbekistan", "shavkat_mirziyoyev")],
)

_BH = "At yesterday's close of a summit in this Mexican resort, during which Bush and Harper had two hours of direct talks and substantially more also involving Mexico's Vicente Fox, Bush praised Harper as one he could do business with."
A["dev_5512_bush_harper_cancun"] = dict(
    actors={
        "stephen_harper": ["Stephen Harper", "Harper"],
        "george_w_bush": ["George W Bush", "Bush"],
        "vicente_fox": ["Vicente Fox"],
        "paul_martin": ["Paul Martin", "Martin"],
        "jean_chretien": ["Jean Chretien"],
    },
    meetings=[
        # "Bush and Harper had two hours of direct talks" during the summit that closed
        # "yesterday" (2006-03-31) -> held, Cancun; date null (the summit ran over more than one
        # day; "agreed on Thursday" (2006-03-30) dates an outcome, not necessarily all talks).
        M(["george_w_bush", "stephen_harper"], None, "Cancun", IP, H, _BH),
        # "and substantially more also involving Mexico's Vicente Fox" -> three-leader talks ->
        # two further pair rows, held, date null, Cancun.
        M(["george_w_bush", "vicente_fox"], None, "Cancun", IP, H, _BH),
        M(["stephen_harper", "vicente_fox"], None, "Cancun", IP, H, _BH),
        # Not rows: the news conference; the election defeat of Martin; Chretien (background).
        # "(Reuters)" in the dateline is the agency credit and "Written by: Staff" the byline (not
        # actors). Removed: "search" (navigation) and the last, cut-off sentence ("Harper
        # registered his concerns ... that would be easier").
    ],
    roles=[("Canadian Prime Minister", "stephen_harper"), ("U S President", "george_w_bush"),
           ("Liberal Prime Minister", "paul_martin")],
)
