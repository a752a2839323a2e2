"""Accuracy corpus, batch 30b: 11 new articles from the 2000s, 2010s and 2020s (2000s: four,
2010s: three, 2020s: four), one per region (2000s: East Asia, Africa, Eastern Europe/Russia,
Latin America; 2010s: Central Asia/Caucasus, North America, South Asia; 2020s: Southeast Asia,
Oceania, Western Europe, Middle East). Outlets/sites: Free Malaysia Today (freemalaysiatoday.com),
Kazinform (en.inform.kz), an Office of the Prime Minister of Canada readout via MarketScreener,
the Prime Minister of Japan and His Cabinet (japan.kantei.go.jp), Sri Lanka Guardian
(srilankaguardian.org), GhanaWeb (GNA), the Kremlin (en.special.kremlin.ru, a transcript), FBC
News (fbcnews.com.fj), MercoPress (en.mercopress.com), The Diplomat in Spain
(thediplomatinspain.com) and Al-Ahed News (english.alahednews.com.lb); some of these sites were
used before, the pages are new. Collected with the `search` tool (corpus `pages`) and annotated
from the texts alone, BEFORE the package was run on them (the package has not been run on this
batch). Conventions: ANNOTATION.md and /work/shared/ANNOTATION-GUIDE.md. Notes:
batch_30b_NOTES.md.

Split rule (fixed before annotating, as given in the brief for this batch, the same as batches
5a-29b): the articles are numbered 1..11 in the order they were first found in this session's
search results (the query in which each first appeared, then its rank in that query), after
skipping pages already in the corpus; positions 3, 7 and 11 are test, all others dev. Ids:
`dev_59NN_<slug>` / `test_59NN_<slug>`, NN = collection position (01..11).

M(participants, date, place, kind, status, evidence, required=True)
Evidence is the verbatim sentence (line breaks inside it replaced by single spaces).
Aliases are written as they stand in the text (typos included).
"""


from annotations import H, IP, M, P, PH, VID  # noqa: F401 (the same row helpers)

# (article_id, region, decade, outlet, url, published)
ARTICLES = [
    # The search result's date is 2023-05-10 (a Wednesday); the text's "today" = 2023-05-10.
    ("dev_5901_anwar_asean_bilaterals_labuan_bajo", "Southeast Asia", "2020s", "Free Malaysia Today (freemalaysiatoday.com)", "https://www.freemalaysiatoday.com/category/nation/2023/05/10/anwar-holds-talks-with-4-asean-leaders/", "2023-05-10"),
    # The search result's date is 2018-03-15 (a Thursday), which the text agrees with ("the March
    # 15 meeting").
    ("dev_5902_nazarbayev_mirziyoyev_astana", "Central Asia/Caucasus", "2010s", "Kazinform (en.inform.kz)", "https://en.inform.kz/amp/uzbek-president-welcomes-unbelievable-rise-in-trade-with-kazakhstan_a3185654/", "2018-03-15"),
    # The search result's date is 2018-09-29 (a Saturday; the URL's utm_content=20180929):
    # "yesterday" = 2018-09-28.
    ("test_5903_trudeau_lopez_obrador_call", "North America", "2010s", "Office of the Prime Minister of Canada (readout via MarketScreener)", "https://www.marketscreener.com/news/Office-of-Prime-Minister-of-Canada-Prime-Minister-Justin-Trudeau-speaks-with-President-elect-L-pez--27341598/?utm_medium=RSS&utm_content=20180929", "2018-09-29"),
    # The page's date line "Wednesday, July 21, 2004" (and the URL 2004/07/21...).
    ("dev_5904_koizumi_roh_seogwipo", "East Asia", "2000s", "Prime Minister of Japan and His Cabinet (japan.kantei.go.jp)", "http://japan.kantei.go.jp/koizumiphoto/2004/07/21nikkan_e.html", "2004-07-21"),
    # The dateline "(June 11, Colombo, Sri Lanka Guardian)" and the URL 2011/06 -> 2011-06-11 (a
    # Saturday): "today" = 2011-06-11; "this Friday" = 2011-06-10.
    ("dev_5905_menon_rajapaksa_singh_invitation", "South Asia", "2010s", "Sri Lanka Guardian (srilankaguardian.org)", "http://www.srilankaguardian.org/2011/06/indian-pm-to-visit-sri-lanka.html", "2011-06-11"),
    # The date line "General News of Tuesday, 22 May 2007" and the dateline "Accra, May 22":
    # "on Tuesday" = 2007-05-22.
    ("dev_5906_yaradua_kufuor_accra_planned", "Africa", "2000s", "GhanaWeb (GNA)", "https://ghanaweb.com/GhanaHomePage/NewsArchive/Nigeria-president-elect-arrives-for-visit-124429", "2007-05-22"),
    # The transcript's date line "December 2, 2004, Moscow, airport Vnukovo-2".
    ("test_5907_putin_kuchma_vnukovo", "Eastern Europe/Russia", "2000s", "President of Russia (en.special.kremlin.ru, transcript)", "http://en.special.kremlin.ru/events/president/transcripts/22715", "2004-12-02"),
    # The search result's date is 2024-08-29 (a Thursday): "yesterday" = 2024-08-28.
    ("dev_5908_rabuka_lemanu_tonga", "Oceania", "2020s", "FBC News (fbcnews.com.fj)", "https://www.fbcnews.com.fj/news/rabuka-pledges-stronger-ties-with-american-samoa/", "2024-08-29"),
    # The date line "Thursday, June 8th 2006 - 21:00 UTC" (and the URL 2006/06/08): "on
    # Thursday" = 2006-06-08.
    ("dev_5909_bush_bachelet_white_house", "Latin America", "2000s", "MercoPress (en.mercopress.com)", "https://en.mercopress.com/2006/06/08/bush-meets-chilean-president-bachelet", "2006-06-08"),
    # The URL's date 2023/04/26 (a Wednesday); the text: "arrived this Sunday", "the meeting,
    # which took place on Sunday" -> the Sunday before, 2023-04-23.
    ("dev_5910_sanchez_costa_oporto", "Western Europe", "2020s", "The Diplomat in Spain (thediplomatinspain.com)", "https://thediplomatinspain.com/en/2023/04/26/sanchez-takes-advantage-of-his-stay-in-oporto-to-discuss-spanish-presidency-with-costa", "2023-04-26"),
    # The search result's date is 2022-12-28 (a Wednesday): "On Wednesday" = 2022-12-28, "on
    # Tuesday" = 2022-12-27.
    ("test_5911_amir_abdollahian_haitham_muscat", "Middle East", "2020s", "Al-Ahed News (english.alahednews.com.lb)", "https://www.english.alahednews.com.lb/essaydetails.php?eid=69416&cid=534", "2022-12-28"),
]

A = {}

A["dev_5901_anwar_asean_bilaterals_labuan_bajo"] = dict(
    actors={
        "anwar_ibrahim": ["Anwar Ibrahim", "Anwar"],
        "hassanal_bolkiah": ["Sultan Hassanal Bolkiah"],
        "abdul_mateen_bolkiah": ["Pengiran Muda ‘Abdul Mateen Bolkiah"],
        "pham_minh_chinh": ["Pham Minh Chinh"],
        "sonexay_siphandone": ["Sonexay Siphandone"],
        "taur_matan_ruak": ["Taur Matan Ruak"],
        "asean": ["Asean"],
        "facebook": ["Facebook"],
    },
    meetings=[
        # "held discussions with four Asean leaders ... in Labuan Bajo, Indonesia, today" is the
        # summary of the four meetings below (not rows of its own). All four: 2023-05-10
        # ("today"), Labuan Bajo (the summit venue named in the lead), held, in person.
        # Courtesy call on the Sultan "and" Pengiran Muda 'Abdul Mateen -> three named people ->
        # one row per pair; the Sultan-prince pair (same delegation, father and son) is
        # required False (as dev_017's Guterres-Mohammed).
        M(["anwar_ibrahim", "hassanal_bolkiah"], "2023-05-10", "Labuan Bajo", IP, H,
          "Anwar, in a statement on his Facebook page, said he paid a courtesy call on the Sultan of Brunei, Sultan Hassanal Bolkiah and Pengiran Muda ‘Abdul Mateen Bolkiah."),
        M(["anwar_ibrahim", "abdul_mateen_bolkiah"], "2023-05-10", "Labuan Bajo", IP, H,
          "Anwar, in a statement on his Facebook page, said he paid a courtesy call on the Sultan of Brunei, Sultan Hassanal Bolkiah and Pengiran Muda ‘Abdul Mateen Bolkiah."),
        M(["hassanal_bolkiah", "abdul_mateen_bolkiah"], "2023-05-10", "Labuan Bajo", IP, H,
          "Anwar, in a statement on his Facebook page, said he paid a courtesy call on the Sultan of Brunei, Sultan Hassanal Bolkiah and Pengiran Muda ‘Abdul Mateen Bolkiah.",
          False),
        M(["anwar_ibrahim", "pham_minh_chinh"], "2023-05-10", "Labuan Bajo", IP, H,
          "Anwar also held a meeting with the prime minister of Vietnam, Pham Minh Chinh, and expressed Malaysia’s desire to receive their delegation in Putrajaya in conjunction with the 50th anniversary of diplomatic relations between the two countries."),
        # The Laos and Timor Leste meetings are told by Anwar in the first person ("I also had a
        # bilateral meeting with my counterpart from Laos ...") -> Anwar is the "I".
        M(["anwar_ibrahim", "sonexay_siphandone"], "2023-05-10", "Labuan Bajo", IP, H,
          "“In this summit, I also had a bilateral meeting with my counterpart from Laos, Sonexay Siphandone."),
        M(["anwar_ibrahim", "taur_matan_ruak"], "2023-05-10", "Labuan Bajo", IP, H,
          "“After that, I also held a bilateral meeting with my counterpart from Timor Leste, Taur Matan Ruak."),
        # Not rows: the summit itself; the planned "annual leaders' consultation" (Brunei's
        # involvement wished, no meeting announced); Vietnam's delegation to be received in
        # Putrajaya (a wish, no named people). The first line is the page's standfirst.
    ],
    roles=[("the Sultan of Brunei", "hassanal_bolkiah"), ("the prime minister of Vietnam", "pham_minh_chinh"),
           ("my counterpart from Laos", "sonexay_siphandone"),
           ("my counterpart from Timor Leste", "taur_matan_ruak"),
           ("the prime minister of Timor Leste", "taur_matan_ruak")],
)

A["dev_5902_nazarbayev_mirziyoyev_astana"] = dict(
    actors={
        "nursultan_nazarbayev": ["Nursultan Nazarbayev", "President Nazarbayev"],
        "shavkat_mirziyoyev": ["Shavkat Mirziyoyev", "President Mirziyoyev"],
        "akorda": ["Akorda"],
    },
    meetings=[
        # Bilateral in Astana (Akorda residence) -> held, Astana. Date null: the text says only
        # that it was held "ahead of" the consultative meeting of "March 15"; it does not say it
        # was the same day (the publication date is 2018-03-15).
        M(["nursultan_nazarbayev", "shavkat_mirziyoyev"], None, "Astana", IP, H,
          "ASTANA. KAZINFORM - President Nursultan Nazarbayev of Kazakhstan held a bilateral meeting with his Uzbek counterpart Shavkat Mirziyoyev in Astana."),
        # Not rows: the working (consultative) meeting of the heads of the Central Asian states
        # (multilateral; the other heads are not named); proposals "to convene CA meetings"
        # (no named people, no date). "KAZINFORM" in the dateline is the agency credit (not an
        # actor); "Akorda" is the presidential residence named as an institution (annotated as
        # in earlier batches).
    ],
    roles=[("his Uzbek counterpart", "shavkat_mirziyoyev"), ("the Kazakh leader", "nursultan_nazarbayev")],
)

A["test_5903_trudeau_lopez_obrador_call"] = dict(
    actors={
        "justin_trudeau": ["Justin Trudeau"],
        "andres_manuel_lopez_obrador": ["Andrés Manuel López Obrador"],
        "enrique_pena_nieto": ["Enrique Peña Nieto"],
        "united_nations_general_assembly": ["UN General Assembly"],
    },
    meetings=[
        # "spoke yesterday" and "The call" -> phone, held, 2018-09-28; place null (a call).
        M(["justin_trudeau", "andres_manuel_lopez_obrador"], "2018-09-28", None, PH, H,
          "Prime Minister Justin Trudeau spoke yesterday with Mexican President-elect Andrés Manuel López Obrador."),
        # Bilateral with Peña Nieto "on September 25, 2018 on the margins of the UN General
        # Assembly in New York" -> held, 2018-09-25, New York (a bilateral on the sidelines).
        M(["justin_trudeau", "enrique_pena_nieto"], "2018-09-25", "New York", IP, H,
          "The call took place following a bilateral meeting between the Prime Minister and President Enrique Peña Nieto on September 25, 2018 on the margins of the UN General Assembly in New York."),
        # Not rows: "agreed to work closely together" (no specific contact). NAFTA is an
        # agreement (not an actor).
    ],
    roles=[("Mexican President-elect", "andres_manuel_lopez_obrador"), ("the Prime Minister", "justin_trudeau"),
           ("President-elect", "andres_manuel_lopez_obrador")],
)

A["dev_5904_koizumi_roh_seogwipo"] = dict(
    actors={
        "junichiro_koizumi": ["Junichiro Koizumi", "Prime Minister Koizumi", "Koizumi"],
        "roh_moo_hyun": ["Roh Moo Hyun", "Mr. Roh Moo Hyun", "President Roh"],
        "kim_jong_il": ["Kim Jong-Il", "Mr. Kim Jong-Il"],
    },
    meetings=[
        # "held a meeting with Mr. Roh Moo Hyun ... immediately after arriving at the hotel in
        # Seogwipo City" on the day he left, July 21, 2004 -> held, 2004-07-21, Seogwipo.
        M(["junichiro_koizumi", "roh_moo_hyun"], "2004-07-21", "Seogwipo", IP, H,
          "Prime Minister Koizumi held a meeting with Mr. Roh Moo Hyun, the President of the Republic of Korea, immediately after arriving at the hotel in Seogwipo City."),
        # Koizumi's earlier meeting with Kim Jong-Il "during his second visit to North Korea in
        # May" -> held, date null (month only), place North Korea (no city).
        M(["junichiro_koizumi", "kim_jong_il"], None, "North Korea", IP, H,
          "Moreover, with regards to the issues of North Korea, Prime Minister Koizumi gave accounts on the details of his meeting with Mr. Kim Jong-Il, the Chairman of the National Defense Commission during his second visit to North Korea in May."),
        # Not rows: "agreed to hold regular Japan-Republic of Korea Summit meetings" (no specific
        # meeting); the joint press conference (part of the same meeting; the photo line names
        # it). Removed: the site's navigation ("Official Residence TOP", "What's up around the
        # Prime Minister July, 2004"), "Click photographs to enlarge" and the last, cut-off
        # sentence ("The two leaders reconfirmed t"). The photo alt-text line is kept.
    ],
    roles=[("the President of the Republic of Korea", "roh_moo_hyun"),
           ("the Chairman of the National Defense Commission", "kim_jong_il")],
)

A["dev_5905_menon_rajapaksa_singh_invitation"] = dict(
    actors={
        "manmohan_singh": ["Dr. Manmohan Singh", "Manmohan Singh", "Dr. Singh"],
        "shiv_shankar_menon": ["Shiv Shanker Menon", "Mr. Menon"],
        "mahinda_rajapaksa": ["Mahinda Rajapaksa", "President Rajapaksa"],
        "nirupama_rao": ["Nirupama Rao"],
        "pradeep_kumar": ["Pradeep Kumar"],
        "bandula_jayasekera": ["Bandula Jayasekera"],
    },
    meetings=[
        # Menon "met with President Mahinda Rajapaksa today" -> held, 2011-06-11, Colombo (the
        # dateline; the delegation is in Sri Lanka). "The letter was handed over at a meeting
        # with the President today" is the same meeting (one row). Rao and Kumar are members of
        # the delegation that arranged it, not said to attend -> not participants.
        M(["shiv_shankar_menon", "mahinda_rajapaksa"], "2011-06-11", "Colombo", IP, H,
          "(June 11, Colombo, Sri Lanka Guardian) Indian Premier, Dr. Manmohan Singh, accepted an invitation to visit Sri Lanka, at a date yet to be decided, when his National Security Adviser, Shiv Shanker Menon met with President Mahinda Rajapaksa today."),
        # Singh "accepted an invitation to visit Sri Lanka, at a date yet to be decided" ->
        # planned visit, one-party row (the text names no host or counterpart for the visit),
        # date null, place Sri Lanka. required False: a visit, not a meeting with a named person.
        M(["manmohan_singh"], None, "Sri Lanka", IP, P,
          "(June 11, Colombo, Sri Lanka Guardian) Indian Premier, Dr. Manmohan Singh, accepted an invitation to visit Sri Lanka, at a date yet to be decided, when his National Security Adviser, Shiv Shanker Menon met with President Mahinda Rajapaksa today.",
          False),
        # Not rows: the letter (a letter is not a meeting); "bilateral talks this Friday"
        # (2011-06-10; no named participants); the ministries' "further discussion". "Sri Lanka
        # Guardian" in the dateline is the outlet (not an actor).
    ],
    roles=[("Indian Premier", "manmohan_singh"), ("his National Security Adviser", "shiv_shankar_menon"),
           ("the President", "mahinda_rajapaksa"), ("Foreign Secretary", "nirupama_rao"),
           ("Defence Secretary", "pradeep_kumar"),
           ("The President’s Media Director General", "bandula_jayasekera")],
)

A["dev_5906_yaradua_kufuor_accra_planned"] = dict(
    actors={
        "umaru_musa_yaradua": ["Alhaji Musa Yar'Adua", "Alhaji Yar'Adua"],
        "john_agyekum_kufuor": ["John Agyekum Kufuor", "President Kufuor"],
        "african_union": ["African Union"],
    },
    meetings=[
        # Yar'Adua "arrived in Accra on Tuesday for a day's visit during which he will hold talks
        # with President ... Kufuor" -> planned (the talks are still to come), 2007-05-22, Accra.
        # The next sentence ("Alhaji Yar'Adua's meeting with President Kufuor would be ...") is
        # the same meeting.
        M(["umaru_musa_yaradua", "john_agyekum_kufuor"], "2007-05-22", "Accra", IP, P,
          "Accra, May 22, GNA - Nigeria's president-elect, Alhaji Musa Yar'Adua arrived in Accra on Tuesday for a day's visit during which he will hold talks with President John Agyekum Kufuor."),
        # Not rows: "met on arrival by government officials" (unnamed); Kufuor "expected to
        # attend the investiture" of Yar'Adua in Abuja next week (a ceremony, not a meeting).
        # "GNA" in the dateline is the agency credit (not an actor). Removed: the breadcrumb
        # ("You are here: HomeNewsDashboard2007 05 22Article 124429") and "Source: GNA".
    ],
    roles=[("Nigeria's president-elect", "umaru_musa_yaradua")],
)

A["test_5907_putin_kuchma_vnukovo"] = dict(
    actors={
        "vladimir_putin": ["Vladimir Putin"],
        "leonid_kuchma": ["Leonid Kuchma", "Leonid Danilovich", "Kuchma"],
    },
    meetings=[
        # The transcript of the meeting: "December 2, 2004, Moscow, airport Vnukovo-2"; Putin
        # welcomes Kuchma "to meet here at least briefly" -> held, 2004-12-02, Moscow (the
        # airport is in Moscow per the date line).
        M(["vladimir_putin", "leonid_kuchma"], "2004-12-02", "Moscow", IP, H,
          "President Vladimir Putin: Dear Leonid Danilovich [Kuchma], I am very glad that you have found the possibility, at this time of tense political developments within your country, to meet here at least briefly in order to exchange views on the situation taking shape in Ukraine and the prospects for finding a solution to this acute crisis."),
        # Not rows: none other. Removed: the site's settings block ("View settings ... Official
        # website of the President of Russia", "Transcripts /") and the last, cut-off sentence.
    ],
    roles=[("Ukrainian President", "leonid_kuchma")],
)

A["dev_5908_rabuka_lemanu_tonga"] = dict(
    actors={
        "sitiveni_rabuka": ["Sitiveni Rabuka", "Rabuka"],
        "lemanu_peleti_mauga": ["Lemanu"],
        "pacific_islands_forum": ["Pacific Islands Forum", "PIF"],
    },
    meetings=[
        # "During a meeting with the Governor of American Samoa, Lemanu, in Tonga yesterday" ->
        # held, 2024-08-28, Tonga (no city given).
        M(["sitiveni_rabuka", "lemanu_peleti_mauga"], "2024-08-28", "Tonga", IP, H,
          "During a meeting with the Governor of American Samoa, Lemanu, in Tonga yesterday, Rabuka expressed his gratitude for the opportunity to discuss potential bilateral and regional cooperation."),
        # Not rows: "the next PIF Leaders' meeting in Solomon Islands in 2025" (multilateral).
        # Removed: the credit "[Source: Fiji Government / Facebook]".
    ],
    roles=[("the Governor of American Samoa", "lemanu_peleti_mauga"), ("Prime Minister", "sitiveni_rabuka")],
)

A["dev_5909_bush_bachelet_white_house"] = dict(
    actors={
        "george_w_bush": ["George W. Bush", "Bush"],
        "michelle_bachelet": ["Michelle Bachelet", "Bachelet"],
        "condoleezza_rice": ["Condoleezza Rice"],
        "organization_of_american_states": ["Organization of American States"],
        "orlando_letelier": ["Orlando Letelier", "Letelier"],
        "ronnie_moffit": ["Ronnie Moffit"],
        "augusto_pinochet": ["Augusto Pinochet"],
    },
    meetings=[
        # Meeting "at the White House on Thursday" -> held, 2006-06-08, Washington (White House
        # -> Washington). The scheduled lunch with Bush is the same pair, day and place -> the
        # same row (ANNOTATION.md: several sessions of one pair on one day = one row).
        M(["george_w_bush", "michelle_bachelet"], "2006-06-08", "Washington", IP, H,
          "U.S. President George W. Bush and his Chilean counterpart, Michelle Bachelet, discussed the situation in Latin America in their meeting at the White House on Thursday."),
        # "she will meet with U.S. Secretary of State Condoleezza Rice" -> planned; date null
        # (not stated; "In addition" to the Thursday programme, but no day given); place
        # Washington (the visit's city, given in the article: the White House, Sheridan Circle
        # in Washington).
        M(["michelle_bachelet", "condoleezza_rice"], None, "Washington", IP, P,
          "In addition, she will meet with U.S. Secretary of State Condoleezza Rice."),
        # Not rows: the speech to the OAS (an address to an organisation); the wreath at
        # Sheridan Circle. Removed: the MercoPress header ("MercoPress, en Español / Montevideo,
        # November 16th 2024 - 03:52 UTC"), "Full article" and the last, cut-off sentence.
    ],
    roles=[("U.S. President", "george_w_bush"), ("his Chilean counterpart", "michelle_bachelet"),
           ("U.S. Secretary of State", "condoleezza_rice"),
           ("former Chilean Foreign Minister", "orlando_letelier")],
)

A["dev_5910_sanchez_costa_oporto"] = dict(
    actors={
        "pedro_sanchez": ["Pedro Sánchez", "Sánchez"],
        "antonio_costa": ["António Costa", "Costa"],
        "portuguese_socialist_party": ["Portuguese Socialist Party"],
        "council_of_the_european_union": ["Council of the European Union"],
        "moncloa": ["Moncloa"],
    },
    meetings=[
        # Sánchez met Costa in Oporto; "the meeting, which took place on Sunday" -> held,
        # 2023-04-23 (the Sunday before the Wednesday 2023-04-26 page), Oporto (as written).
        M(["pedro_sanchez", "antonio_costa"], "2023-04-23", "Oporto", IP, H,
          "The President of the Government, Pedro Sánchez, took advantage of his presence in Oporto on the occasion of the commemoration of the 50th anniversary of the Portuguese Socialist Party to meet with the Portuguese Prime Minister, António Costa, with whom he discussed European issues, such as the Spanish Presidency, the open strategic autonomy, the reform of the economic governance framework, the reduction of energy costs or trade agreements."),
        # Not rows: the earlier tour stops "where he met with his counterparts" (counterparts
        # not named, several meetings, no dates). "The Diplomat" header (outlet) removed, and
        # the last, cut-off sentence.
    ],
    roles=[("The President of the Government", "pedro_sanchez"), ("the Portuguese Prime Minister", "antonio_costa"),
           ("his Portuguese counterpart", "antonio_costa")],
)

A["test_5911_amir_abdollahian_haitham_muscat"] = dict(
    actors={
        "hossein_amirabdollahian": ["Hossein Amir Abdollahian", "Amir Abdollahian"],
        "haitham_bin_tariq": ["Haitham bin Tarik", "bin Tarik"],
        "ebrahim_raisi": ["Ebrahim Raisi", "Raisi"],
    },
    meetings=[
        # "On Wednesday, Amir Abdollahian held a meeting held with bin Tarik." (typo kept) ->
        # held, 2022-12-28, Muscat (he is in "the Omani capital", "touched down in Muscat").
        M(["hossein_amirabdollahian", "haitham_bin_tariq"], "2022-12-28", "Muscat", IP, H,
          "On Wednesday, Amir Abdollahian held a meeting held with bin Tarik."),
        # Not rows: the message from Raisi (a message; Raisi is not a participant).
        # "By Staff, Agencies" is the byline (no actors).
    ],
    roles=[("Iranian President", "ebrahim_raisi"), ("the Omani Sultan", "haitham_bin_tariq"),
           ("Foreign Minister", "hossein_amirabdollahian"), ("the Iranian minister", "hossein_amirabdollahian"),
           ("the top diplomat", "hossein_amirabdollahian")],
)
