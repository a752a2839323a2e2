"""Accuracy corpus, batch 97a: 12 new articles about meetings between political actors, all
published in ODD years (another helper takes batch 97b at the same time), over the eleven regions
(East Asia: two; Southeast Asia, Oceania, Africa, Central Asia/Caucasus, Middle East, North
America, South Asia, Eastern Europe/Russia, Latin America, Western Europe: one each) and eight
decades (1950s: one, 1960s: two, 1970s: one, 1980s: one, 1990s: three, 2000s: one, 2010s: one,
2020s: two; eight of the twelve from before 2000).
Outlets/sites: The Press, Christchurch (Papers Past, N.Z.P.A.-Reuter story, 1963), PM Transcripts
(pmtranscripts.pmc.gov.au; press-conference transcript, OCR, 1967), The Christian Science Monitor
(1981), RFE/RL (1997, twice), The Media Line (2021), Maclean's (archive.macleans.ca, 1991),
Khabarhub (english.khabarhub.com, 2021), TIME (a 1953 story, copy at a mirror site), Voice of
America (voanews.com, 2001), a Department of State cable to Embassy Asuncion (WikiLeaks PlusD,
1977) and The Irish News (irishnews.com, 2017). All texts are in English.
Kinds: a wire story (N.Z.P.A.-Reuter), a press-conference transcript (OCR), a newspaper story,
two radio-service news items, a news-site item, a news-magazine story (Maclean's), a news-portal
item, a news-magazine story (TIME), a radio/web news story (VOA), a diplomatic cable, a
newspaper story (Irish News).
The pages are new (grep of URL, slug/numeric id and headline words in `sources.csv`,
`corpus/metadata.csv` and the other batch files except 97b found nothing; many pages on the same
events were skipped because they are already in the corpus, see batch_97a_NOTES.md).
Collected with the `search` tool (corpus `pages`) and annotated from the texts alone, BEFORE the
package was run on them (the package has not been run, imported or read for this batch).
Conventions: ANNOTATION.md and /work/shared/ANNOTATION-GUIDE.md. Notes: batch_97a_NOTES.md.

Split rule (fixed before annotating, as given in the brief for this batch, the same as batches
5a-96b): the articles are numbered 1..12 in the order they were first found (query order, then
rank within a query); positions 3, 7 and 11 are test, all others dev. Ids: `dev_192NN_<slug>` /
`test_192NN_<slug>`, NN = position.

M(participants, date, place, kind, status, evidence, required=True)
Evidence is the verbatim sentence (line breaks inside it replaced by single spaces).
Aliases are written as they stand in the text (typos, OCR errors and odd characters included).
"""


from annotations import H, IP, M, P, PH, VID  # noqa: F401 (the same row helpers)

# (article_id, region, decade, outlet, url, published)
ARTICLES = [
    # "CHP19630826" in the address: The Press of 26 August 1963 (a Monday); dateline "KUALA
    # LUMPUR, August 25" ("today" = 1963-08-25, a Sunday). Malaya/Singapore -> Southeast Asia.
    ("dev_19201_tunku_sandys_lee_kuala_lumpur", "Southeast Asia", "1960s", "The Press, Christchurch (N.Z.P.A.-Reuter story; Papers Past, paperspast.natlib.govt.nz)", "https://paperspast.natlib.govt.nz/newspapers/CHP19630826.2.118", "1963-08-26"),
    # Date line (OCR) "TE ANAU, fhil 7TH FE3RUARY, 1967." (a Tuesday). Australian PM -> Oceania.
    ("dev_19202_holt_holyoake_te_anau", "Oceania", "1960s", "PM Transcripts, Department of the Prime Minister and Cabinet (pmtranscripts.pmc.gov.au; press-conference transcript, OCR)", "https://pmtranscripts.pmc.gov.au/node/12205", "1967-02-07"),
    # "1981/0119" in the address (a Monday); the gathering was "Jan. 17" (a Saturday).
    ("test_19203_obote_moi_kaunda_nyerere_kampala", "Africa", "1980s", "The Christian Science Monitor (csmonitor.com)", "https://www.csmonitor.com/1981/0119/011956.html", "1981-01-19"),
    # Dateline "Dushanbe, 12 September 1997 (RFE/RL)" (a Friday); "today"/"Tonight" = 1997-09-12.
    ("dev_19204_rakhmonov_nuri_dushanbe", "Central Asia/Caucasus", "1990s", "Radio Free Europe/Radio Liberty (rferl.org, amp page)", "https://rferl.org/amp/1086606.html", "1997-09-12"),
    # Date line "09/14/2021" (a Tuesday); "on Monday" = 2021-09-13 (the caption says "Sept. 13,
    # 2021"). Egypt-Israel -> Middle East.
    ("dev_19205_sisi_bennett_sharm_el_sheikh", "Middle East", "2020s", "The Media Line (themedialine.org)", "https://themedialine.org/headlines/egypts-el-sisi-israels-bennett-meet-to-discuss-bilateral-regional-issues/?utm_source=rss&utm_medium=rss&utm_campaign=egypts-el-sisi-israels-bennett-meet-to-discuss-bilateral-regional-issues", "2021-09-14"),
    # Issue line "GLEN ALLEN March 25 1991" and "1991/3/25" in the address (a Monday). US-Canada,
    # Canadian magazine -> North America.
    ("dev_19206_bush_mulroney_ottawa_savoring", "North America", "1990s", "Maclean's (archive.macleans.ca)", "https://archive.macleans.ca/article/1991/3/25/savoring-victories", "1991-03-25"),
    # "Publish Date : 24 February 2021 13:54 PM" (a Wednesday). Nepal -> South Asia.
    ("test_19207_dahal_nepal_deuba_budanilakantha", "South Asia", "2020s", "Khabarhub (english.khabarhub.com)", "https://english.khabarhub.com/2021/24/165799", "2021-02-24"),
    # Dateline "Moscow, 21 May 1997 (RFE/RL)" (a Wednesday); "tomorrow" = 1997-05-22 (Thursday),
    # "Friday" = 1997-05-23.
    ("dev_19208_yeltsin_lukashenka_charter_moscow", "Eastern Europe/Russia", "1990s", "Radio Free Europe/Radio Liberty (rferl.org)", "https://www.rferl.org/a/1084790.html", "1997-05-21"),
    # Date line "Monday, Dec. 07, 1953" and "Time1953/1953-12-07" in the address. Korea-Taiwan ->
    # East Asia.
    ("dev_19209_rhee_chiang_formosa_time", "East Asia", "1950s", "TIME (copy at 235430.ixgpkh.asia)", "http://235430.ixgpkh.asia/txt/time/Time1953/1953-12-07/890718.html", "1953-12-07"),
    # Headline "... - 2001-10-15" and "2001-10-15" in the address (a Monday); "Seoul Monday" =
    # 2001-10-15. Japan-South Korea -> East Asia.
    ("dev_19210_koizumi_kim_dae_jung_seoul", "East Asia", "2000s", "Voice of America (voanews.com)", "https://www.voanews.com/a/a-13-a-2001-10-15-18-japan/395186.html", "2001-10-15"),
    # Date-time group "O 101259Z OCT 77" -> 1977-10-10 (a Monday). Paraguay -> Latin America.
    ("test_19211_nogues_todman_christopher_cable", "Latin America", "1970s", "US Department of State cable 1977STATE243500 to Embassy Asuncion (WikiLeaks PlusD, search.wikileaks.org)", "https://search.wikileaks.org/plusd/cables/1977STATE243500_c.html", "1977-10-10"),
    # "2017/01/30" in the address (a Monday); "on Monday"/"today" = 2017-01-30. Ireland-UK ->
    # Western Europe.
    ("dev_19212_kenny_may_dublin", "Western Europe", "2010s", "The Irish News (irishnews.com)", "https://www.irishnews.com/news/northernirelandnews/2017/01/30/news/taoiseach-and-prime-minister-theresa-may-to-discuss-brexit-in-dublin-911188/", "2017-01-30"),
]

A = {}

A["dev_19201_tunku_sandys_lee_kuala_lumpur"] = dict(
    actors={
        "tunku_abdul_rahman": ["Tunku Abdul Rahman", "Tunku"],
        "duncan_sandys": ["MrSandys"],
        "lee_kuan_yew": ["Mr Lee Kuan Yew", "Mr Lee"],
        # North Borneo and Sarawak leaders (Donald Stephens, Stephen Kalong Ningkan), named by
        # surname only.
        "donald_stephens": ["Mr Stephens"],
        "stephen_kalong_ningkan": ["Mr Ningkan"],
        "umno": ["United Malays’ National Organisation"],
        "united_nations": ["United Nations"],
    },
    meetings=[
        # "While he spoke" = while the Tunku spoke "today" (1963-08-25). The place of the talks is
        # not written (the dateline is Kuala Lumpur; Lee is Singapore's PM) -> null.
        M(["duncan_sandys", "lee_kuan_yew"], "1963-08-25", None, IP, H,
          "While he spoke, the British Commonwealth and Colonial Secretary (MrSandys) was conferring with Mr Lee Kuan Yew, the Prime Minister of Singapore."),
        # Background: the Manila meeting with the (unnamed) heads of the Indonesian and
        # Philippine governments -> one named party, required false.
        M(["tunku_abdul_rahman"], None, "Manila", IP, H,
          "The Tunku said: “If the findings of the United Nations are not accepted because of the squabble over observers, we will have no alternative but to adhere to the terms of the agreement reached in Manila (at a meeting with the heads of the Indonesian and Philippines Governments) and carry on with Malaysia, and face whatever may be the consequences.", False),
        # Not rows: the Tunku's address to the UMNO general meeting (a speech). Kept: the OCR
        # column jump "proposed 30." and "harride". Removed: the Papers Past boilerplate and
        # "Article image" lines, and the cut-off sentence '“Many people have already derided me
        # ... in the face of thr' at the end. The agency tag "(NZ.P.A -Reuter— Congnght)" is kept
        # in the text (it opens the dateline line) but is not an actor (credit).
    ],
    roles=[("the Prime Minister", "tunku_abdul_rahman"),
           ("the British Commonwealth and Colonial Secretary", "duncan_sandys"),
           ("the Prime Minister of Singapore", "lee_kuan_yew")],
)

A["dev_19202_holt_holyoake_te_anau"] = dict(
    actors={
        # The speaker is "MiR. HOLT" (OCR); no header lines in this excerpt.
        "harold_holt": ["MiR. HOLT"],
        "keith_holyoake": ["Mr. Holyoake", "M! r. Holyoake"],
    },
    meetings=[
        # "a series of opportunities" during the tour: one row, no day; no city for the talks ->
        # "New Zealand" (the "NEW ZEALAND TOUR"; Te Anau is only where the press conference is).
        M(["harold_holt", "keith_holyoake"], None, "New Zealand", IP, H,
          "MiR. HOLT: I thou t I would give you some idea of the things Mr. Holyoake and talked about."),
        # Not rows: the suggestion to Holyoake to "take a lo-k at the people" of the territories
        # (a visit to places, no counterpart, no meeting). Removed: the cut-off sentence
        # "Understandably as two Heads of Government, ... which would be hel" at the end. OCR kept
        # ("COFEREiCE", "FE3RUARY", "thlking", "Iew Zealand", "aole").
    ],
    roles=[("the Treasurer who introduced the scheme into Australia", "harold_holt")],
)

A["test_19203_obote_moi_kaunda_nyerere_kampala"] = dict(
    actors={
        "milton_obote": ["Milton Obote", "President Obote", "Mr. Obote", "Obote"],
        "daniel_arap_moi": ["Daniel arap Moi"],
        "kenneth_kaunda": ["Kenneth Kaunda"],
        "julius_nyerere": ["Julius Nyerere", "President Nyerere"],
        "idi_amin": ["Idi Amin", "Amin"],
    },
    meetings=[
        # The Jan. 17 "mini-summit meeting of four East African presidents in Kampala": a
        # small-group meeting of four named leaders hosted by Obote -> one row per pair (six).
        # The host pairs are required; the guest-guest pairs are kept by the pair rule but
        # required false (doubtful whether a four-leader "summit" counts as a plenary).
        M(["milton_obote", "daniel_arap_moi"], "1981-01-17", "Kampala", IP, H,
          "It was an important achievement for Uganda President Milton Obote, only a few weeks in office, to get the widely respected presidents of Kenya, Tanzania, and Zambia to meet in his capital city, which is only just emerging from insecurity and chaos."),
        M(["milton_obote", "kenneth_kaunda"], "1981-01-17", "Kampala", IP, H,
          "It was an important achievement for Uganda President Milton Obote, only a few weeks in office, to get the widely respected presidents of Kenya, Tanzania, and Zambia to meet in his capital city, which is only just emerging from insecurity and chaos."),
        M(["milton_obote", "julius_nyerere"], "1981-01-17", "Kampala", IP, H,
          "It was an important achievement for Uganda President Milton Obote, only a few weeks in office, to get the widely respected presidents of Kenya, Tanzania, and Zambia to meet in his capital city, which is only just emerging from insecurity and chaos."),
        M(["daniel_arap_moi", "kenneth_kaunda"], "1981-01-17", "Kampala", IP, H,
          "It was an important achievement for Uganda President Milton Obote, only a few weeks in office, to get the widely respected presidents of Kenya, Tanzania, and Zambia to meet in his capital city, which is only just emerging from insecurity and chaos.", False),
        M(["daniel_arap_moi", "julius_nyerere"], "1981-01-17", "Kampala", IP, H,
          "It was an important achievement for Uganda President Milton Obote, only a few weeks in office, to get the widely respected presidents of Kenya, Tanzania, and Zambia to meet in his capital city, which is only just emerging from insecurity and chaos.", False),
        M(["kenneth_kaunda", "julius_nyerere"], "1981-01-17", "Kampala", IP, H,
          "It was an important achievement for Uganda President Milton Obote, only a few weeks in office, to get the widely respected presidents of Kenya, Tanzania, and Zambia to meet in his capital city, which is only just emerging from insecurity and chaos.", False),
        # Not rows: the crowd's welcome at Entebbe airport; Nyerere's help to "his friend Milton
        # Obote" (no meeting); Amin in exile. Removed: the cut-off "The summit, moreover, may
        # prove to be the first step to greater East" at the end.
    ],
    roles=[("Uganda President", "milton_obote"),
           ("Kenya's President", "daniel_arap_moi"),
           ("Zambia's President", "kenneth_kaunda"),
           ("Tanzania's President", "julius_nyerere"),
           ("his friend", "milton_obote"),
           ("former dictator", "idi_amin")],
)

A["dev_19204_rakhmonov_nuri_dushanbe"] = dict(
    actors={
        "emomali_rahmon": ["Emomali Rakhmonov", "Rakhmonov"],
        "said_abdullo_nuri": ["Said Abdullo Nuri", "Nuri"],
        "gerd_merrem": ["Gerd Merrem"],
        "united_tajik_opposition": ["United Tajik Opposition"],
        "united_nations": ["United Nations", "U.N.", "UN"],
        "osce": ["Organisation for Security and Cooperation in Europe", "OSCE"],
        "national_reconciliation_commission": ["National Reconciliation Commission"],
    },
    meetings=[
        # The meeting preceded the words spoken "today" -> 1997-09-12.
        M(["emomali_rahmon", "said_abdullo_nuri"], "1997-09-12", "Dushanbe", IP, H,
          "Rakhmonov's words came after a private one-and-a-half hour meeting with Said Abdullo Nuri in Dushanbe."),
        # "Tonight" = 1997-09-12. Place: not written for this meeting; Dushanbe from the dateline
        # and "back to the country's capital" (doubtful).
        M(["said_abdullo_nuri", "gerd_merrem"], "1997-09-12", "Dushanbe", IP, P,
          "Tonight, Nuri will meet with UN special envoy to Tajikistan, Gerd Merrem."),
        # Rakhmonov with (unnamed) members of the Commission: one named party, planned; "Tonight"
        # is written only in the previous sentence -> null; required false.
        M(["emomali_rahmon"], None, None, IP, P,
          "Rakhmonov will meet members of the National Reconciliation Commission, whose task it will be to prepare for the elections to parliament.", False),
        # Not rows: the Commission's "first official meeting" on September 15 (unnamed members,
        # a body's session); Nuri's return. Removed: the duplicated first paragraphs repeated by
        # the page after the end, cut off ("... until at l"). No headline in the amp excerpt.
    ],
    roles=[("Tajik President", "emomali_rahmon"),
           ("the leader of the United Tajik Opposition", "said_abdullo_nuri"),
           ("The Tajik president", "emomali_rahmon"),
           ("UN special envoy to Tajikistan", "gerd_merrem")],
)

A["dev_19205_sisi_bennett_sharm_el_sheikh"] = dict(
    actors={
        "abdel_fattah_el_sisi": ["Abdel Fattah el-Sisi", "el-Sisi", "El-Sisi"],
        "naftali_bennett": ["Naftali Bennett", "Bennett"],
        "prime_ministers_office_israel": ["Bennett’s office"],
        "egyptair": ["Egyptair"],
    },
    meetings=[
        M(["abdel_fattah_el_sisi", "naftali_bennett"], "2021-09-13", "Sharm el-Sheikh", IP, H,
          "Egyptian President Abdel Fattah el-Sisi and Israeli Prime Minister Naftali Bennett met in the Egyptian resort town of Sharm el-Sheikh on Monday."),
        # Not rows: the invitation extended "last month" (an invitation, no meeting written);
        # the statement after the meeting. Removed: the tool's date prefix, the site tagline
        # "Americans need to understand the Middle East", the tag lines ("News Updates", the
        # two names, "Sharm el-Sheikh") and the repeated headline. Photo credit "(Koby
        # Gideon/GPO)" and byline "The Media Line Staff" kept in the text, not actors.
    ],
    roles=[("Egyptian President", "abdel_fattah_el_sisi"),
           ("Israeli Prime Minister", "naftali_bennett")],
)

A["dev_19206_bush_mulroney_ottawa_savoring"] = dict(
    actors={
        "george_h_w_bush": ["GEORGE BUSH", "George Bush", "Bush", "George"],
        "brian_mulroney": ["Brian Mulroney", "Mulroney"],
        "francois_mitterrand": ["François Mitterrand"],
        "john_major": ["John Major"],
        "howard_cody": ["Howard Cody"],
        "university_of_maine": ["University of Maine at Orono"],
    },
    meetings=[
        # "last week" (no day) -> null; Ottawa from the deck and the news conference.
        M(["george_h_w_bush", "brian_mulroney"], None, "Ottawa", IP, H,
          "But last week when President George Bush paid a 17-hour visit to Prime Minister Brian Mulroney, it was largely a celebration of friendship and common cause rather than an exploration of political fortunes."),
        # Two separate meetings "later in the week" (past for the article: held); no day, no
        # place written.
        M(["george_h_w_bush", "francois_mitterrand"], None, None, IP, H,
          "And according to many U.S. political analysts, Bush demonstrated what University of Maine at Orono political scientist Howard Cody called “a good deal of confidence in his ally” by first travelling to Canada before meetings later in the week with French President François Mitterrand and British Prime Minister John Major."),
        M(["george_h_w_bush", "john_major"], None, None, IP, H,
          "And according to many U.S. political analysts, Bush demonstrated what University of Maine at Orono political scientist Howard Cody called “a good deal of confidence in his ally” by first travelling to Canada before meetings later in the week with French President François Mitterrand and British Prime Minister John Major."),
        # Not rows: the Ottawa news conference (a joint press event of the same visit). Removed:
        # the section label "CANADA", the header block repeated twice by the page, and the
        # cut-off sentence "In fact, the talks ventured far beyond ... Canada has long" at the
        # end. Byline "GLEN ALLEN" kept in the issue line, not an actor.
    ],
    roles=[("The visitor from Washington", "george_h_w_bush"),
           ("His host", "brian_mulroney"),
           ("the President", "george_h_w_bush"),
           ("his neighbor", "george_h_w_bush"),
           ("the American President", "george_h_w_bush"),
           ("his ally", "brian_mulroney"),
           ("French President", "francois_mitterrand"),
           ("British Prime Minister", "john_major")],
)

A["test_19207_dahal_nepal_deuba_budanilakantha"] = dict(
    actors={
        "pushpa_kamal_dahal": ["Pushpa Kamal Dahal", "Prachanda"],
        "madhav_kumar_nepal": ["Madhav Nepal", "Nepal"],
        "sher_bahadur_deuba": ["Sher Bahadur Deuba", "Deuba"],
        "nepal_communist_party": ["Nepal Communist Party", "NCP"],
        "nepali_congress": ["Nepali Congress", "NC"],
    },
    meetings=[
        # A three-way meeting -> pair rows. "are holding talks" in an item published 24 February
        # 2021 -> that day (doubtful: the item gives no "today"). Place: Deuba's residence in
        # "Budanilakantha" (as written; most specific locality). Dahal and Nepal arrive together
        # (same faction): that pair is kept by the pair rule but required false.
        M(["pushpa_kamal_dahal", "sher_bahadur_deuba"], "2021-02-24", "Budanilakantha", IP, H,
          "Sources said Prachanda and Nepal are holding talks on the current political developments with NC President Deuba at the latter’s residence in Budanilakantha."),
        M(["madhav_kumar_nepal", "sher_bahadur_deuba"], "2021-02-24", "Budanilakantha", IP, H,
          "Sources said Prachanda and Nepal are holding talks on the current political developments with NC President Deuba at the latter’s residence in Budanilakantha."),
        M(["pushpa_kamal_dahal", "madhav_kumar_nepal"], "2021-02-24", "Budanilakantha", IP, H,
          "Sources said Prachanda and Nepal are holding talks on the current political developments with NC President Deuba at the latter’s residence in Budanilakantha.", False),
        # Removed: the site's date line "Thursday, January 22nd, 2026" (crawl date, furniture)
        # above the headline, and the related-story teasers after "Publish Date".
    ],
    roles=[("NC President", "sher_bahadur_deuba")],
)

A["dev_19208_yeltsin_lukashenka_charter_moscow"] = dict(
    actors={
        "boris_yeltsin": ["Boris Yeltsin", "Yeltsin"],
        "alexander_lukashenko": ["Alyaksandr Lukashenka", "Lukashenka"],
        "sergei_yastrzhembsky": ["Sergei Yastrzhembsky", "Yasterzhembsky"],
        "sergei_shakhrai": ["Sergei Shakhrai", "Shakhrai"],
        "defence_council_of_russia": ["Defence Council"],
        "supreme_council_of_the_union": ["Supreme Council"],
        "rfe_rl": ["RFE/RL"],
    },
    meetings=[
        # "tomorrow" = 1997-05-22; the same meeting is "his meeting with Lukashenka" in the next
        # paragraph (one row).
        M(["boris_yeltsin", "alexander_lukashenko"], "1997-05-22", "Moscow", IP, P,
          "Russia's President Boris Yeltsin and Belarus' President Alyaksandr Lukashenka meet in Moscow tomorrow to solve a number of obstacles still blocking the charter, scheduled to be signed Friday."),
        # Not rows: the charter signing "Friday" (signatories not named); Yeltsin chairing his
        # Defence Council (a body's session, no named counterpart); Shakhrai's roundtable
        # address and his words to RFE/RL (a speech, an interview); "the latest negotiations"
        # (unnamed delegations). Removed: "Accessibility links", "Breaking News" and the cut-off
        # sentence "Lukashenka replied that ... neither country is r" at the end.
    ],
    roles=[("Russia's President", "boris_yeltsin"),
           ("Belarus' President", "alexander_lukashenko"),
           ("Yeltsin's spokesman", "sergei_yastrzhembsky"),
           ("Yeltsin's aide", "sergei_shakhrai")],
)

A["dev_19209_rhee_chiang_formosa_time"] = dict(
    actors={
        "syngman_rhee": ["Syngman Rhee", "President Rhee", "Rhee"],
        "chiang_kai_shek": ["Chiang Kaishek", "Chiang"],
        "robert_carney": ["Admiral Robert Carney"],
        "john_foster_dulles": ["Secretary of State Dulles"],
    },
    meetings=[
        # "one day last week" -> null; no city written -> "Formosa".
        M(["syngman_rhee", "chiang_kai_shek"], None, "Formosa", IP, H,
          "Then, unexpectedly, one day last week, Syngman Rhee flew to Formosa for talks with Chiang Kaishek."),
        # Rhee and an unnamed "guest fresh from the U.S." last week: one named party, no day, no
        # place written (Rhee "sat in his mansion at Seoul" is general), required false.
        M(["syngman_rhee"], None, None, IP, H,
          "Last week, to one guest fresh from the U.S., Rhee declared that he would attack North Korea even if the U.S. would not help him.", False),
        # Not rows: the "steady stream" of unnamed U.S. visitors (no specific meeting); Carney's
        # decision and Dulles's remark (statements). Removed: the cut-off "They also proclaimed
        # their alternative to U.S. disengageme" at the end. "The news was. hard" kept.
    ],
    roles=[("U.S. Chief of Naval Operations", "robert_carney"),
           ("Mr. President", "syngman_rhee")],
)

A["dev_19210_koizumi_kim_dae_jung_seoul"] = dict(
    actors={
        "junichiro_koizumi": ["Junichiro Koizumi", "Prime Minister Koizumi", "Mr. Koizumi"],
        "kim_dae_jung": ["Kim Dae-jung"],
        "lee_man_sup": ["Lee Man-sup"],
        "national_assembly_south_korea": ["National Assembly"],
        "imperial_japanese_army": ["Imperial Army"],
    },
    meetings=[
        # The one-day trip to Seoul "Monday" = 2001-10-15.
        M(["junichiro_koizumi", "kim_dae_jung"], "2001-10-15", "Seoul", IP, H,
          "Mr. Koizumi also met South Korean President Kim Dae-jung during his one-day trip."),
        # Not rows: the planned meeting with Lee Man-sup "was canceled" (did not take place);
        # the visit to the prison site (a place, no counterpart). Removed: "Accessibility
        # links", "Breaking News" and the cut-off sentence "The second arose in August when Mr.
        # Koizumi visited a controversial Japanese war shrine, whi" at the end.
    ],
    roles=[("Japanese Prime Minister", "junichiro_koizumi"),
           ("the Japanese leader", "junichiro_koizumi"),
           ("South Korean President", "kim_dae_jung"),
           ("National Assembly Speaker", "lee_man_sup"),
           ("The prime minister", "junichiro_koizumi")],
)

A["test_19211_nogues_todman_christopher_cable"] = dict(
    actors={
        "alberto_nogues": ["NOGUES"],
        "terence_todman": ["TODMAN"],
        "warren_christopher": ["WARREN CHRISTOPHER", "CHRISTOPHER"],
        "alfredo_stroessner": ["STROESSNER"],
        "jimmy_carter": ["CARTER"],
        "cyrus_vance": ["VANCE"],
        # Department of State officer (ECA) and the Paraguayan ambassador, surnames only.
        "zimmerman": ["ZIMMERMAN"],
        "lopez_escobar": ["LOPEZ ESCOBAR"],
        "us_state_department": ["DEPARTMENT"],
        "inter_agency_group": ["INTER-AGENCY GROUP"],
        "inter_american_commission_on_human_rights": ["IAHRC"],
        # "GOP" = Government of Paraguay.
        "government_of_paraguay": ["GOP"],
    },
    meetings=[
        # Nogues in New York on October 6 and in Washington ("HERE", the sending post SECSTATE
        # WASHDC) on October 7: two separate meetings from one sentence.
        M(["alberto_nogues", "terence_todman"], "1977-10-06", "New York", IP, H,
          "SUBSEQUENTLY, FOREIGN MINISTER NOGUES SPOKE WITH ASSISTANT SECRETARY TODMAN IN NEW YORK ON OCTOBER 6 AND THEN CALLED ON ACTING SECRETARY CHRISTOPHER HERE ON OCTOBER 7."),
        M(["alberto_nogues", "warren_christopher"], "1977-10-07", "Washington", IP, H,
          "SUBSEQUENTLY, FOREIGN MINISTER NOGUES SPOKE WITH ASSISTANT SECRETARY TODMAN IN NEW YORK ON OCTOBER 6 AND THEN CALLED ON ACTING SECRETARY CHRISTOPHER HERE ON OCTOBER 7."),
        # Zimmerman "informed" the ambassador on October 4: a contact whose form is not written
        # (kind in_person doubtful); no place; required false.
        M(["zimmerman", "lopez_escobar"], "1977-10-04", None, IP, H,
          "1. THE DEPARTMENT (ECA-ZIMMERMAN) INFORMED AMBASSADOR LOPEZ ESCOBAR ON OCTOBER 4 THAT THE INTER-AGENCY GROUP, BECAUSE OF ITS ASSESSMENT OF THE HUMAN RIGHTS SITUATION IN PARAGUAY WAS NOT INCLINED TO GIVE BLANKET APPROVAL FOR FUTURE LOANS BUT RATHER TO CONSIDER THEM AS THEY COME UP IN THE LIGHT OF THE HUMAN RIGHTS SITUATION THEN PREVAILING.", False),
        # Background: the earlier Carter-Stroessner conversation (no day, no place), required
        # false.
        M(["jimmy_carter", "alfredo_stroessner"], None, None, IP, H,
          "3. THE MINISTER REFERRED TO THE BILATERAL CONVERSATION BETWEEN PRESIDENTS CARTER AND STROESSNER AND THE POSSIBLE VISIT OF THE IAHRC.", False),
        # Not rows: explaining to Stroessner (an intention, no meeting); the return to Asuncion
        # on October 10; the IAHRC visit (a commission's visit to a country). Drafting/clearing
        # officers in the header ("R.GRAHA", "F.MCNEIL", "TGMARTIN") are credits, not actors.
        # Removed: the cut-off "ALSO, THE MINISTER OBSERVED, THE COMMI" at the end.
    ],
    roles=[("FOREIGN MINISTER", "alberto_nogues"),
           ("THE MINISTER", "alberto_nogues"),
           ("ASSISTANT SECRETARY", "terence_todman"),
           ("ACTING SECRETARY", "warren_christopher"),
           ("THE ACTING SECRETARY", "warren_christopher"),
           ("AMBASSADOR", "lopez_escobar"),
           ("SECRETARY VANCE", "cyrus_vance")],
)

A["dev_19212_kenny_may_dublin"] = dict(
    actors={
        "enda_kenny": ["Enda Kenny", "Mr Kenny"],
        "theresa_may": ["Theresa May", "Mrs May", "May"],
        "michelle_oneill": ["Michelle O'Neill"],
        "department_of_the_taoiseach": ["Taoiseach's office"],
        "sinn_fein": ["Sinn Féin"],
        "joint_ministerial_committee": ["Joint Ministerial Committee"],
        "supreme_court_of_the_united_kingdom": ["Supreme Court"],
        "conservative_party_uk": ["Conservatives"],
        "british_government": ["UK government", "Tory Government"],
        "european_union": ["EU"],
    },
    meetings=[
        # "on Monday" in a Monday paper; the caption says "today" -> 2017-01-30, Dublin.
        M(["enda_kenny", "theresa_may"], "2017-01-30", "Dublin", IP, P,
          "TAOISEACH Enda Kenny will welcome British Prime Minister Theresa May to Dublin on Monday to discuss issues including Brexit."),
        # Not rows: the Joint Ministerial Committee in Cardiff ("talks with leaders from across
        # the UK", O'Neill "attending the talks"): a council of all devolved leaders, a
        # multilateral session. Removed: the section label "Northern Ireland", the repeated
        # caption line, the stray "Null" and the cut-off sentence "The Tory Government have
        # effectively set aside " at the end.
    ],
    roles=[("Taoiseach", "enda_kenny"),
           ("TAOISEACH", "enda_kenny"),
           ("British Prime Minister", "theresa_may"),
           ("prime minister", "theresa_may"),
           ("Sinn Féin's leader in the north", "michelle_oneill")],
)
