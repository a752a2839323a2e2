"""Accuracy corpus, batch 4a: 12 new articles chosen to broaden the corpus (Africa, the Middle
East, Latin America, Central Asia/Caucasus, Eastern Europe; 1980s to 2020s; wires, national papers,
regional outlets, an official royal-court site), collected with the `search` tool (corpus `pages`)
and annotated from the texts alone, BEFORE the package was run on them (the package has not been
run on this batch). Conventions: ../ANNOTATION.md and /work/shared/ANNOTATION-GUIDE.md. Notes:
batch_4a_NOTES.md.

Split rule (fixed before annotating): the articles are numbered 1..12 in the order they were
collected; positions 2, 6 and 10 are test, all others dev. Ids: `dev_5NN_<slug>` /
`test_5NN_<slug>`, NN = collection position (01..12).

M(participants, date, place, kind, status, evidence, required=True)
Evidence is the verbatim sentence (line breaks inside it replaced by single spaces).
"""


from annotations import H, IP, M, P, PH, VID  # noqa: F401 (the same row helpers)

# (article_id, region, decade, outlet, url, published)
ARTICLES = [
    # Date from the search result's date field (2019-12-30); the excerpt has no date line.
    ("dev_501_tokayev_mirziyoyev_call", "Central Asia/Caucasus", "2010s", "Kazinform", "https://www.inform.kz/en/kazakh-uzbek-leaders-congratulate-each-other-on-upcoming-new-year_a3599857", "2019-12-30"),
    # Date from the URL (/1980/0611/).
    ("test_502_nyerere_arusha_moi_snub", "Africa", "1980s", "The Christian Science Monitor", "https://www.csmonitor.com/1980/0611/061150.html", "1980-06-11"),
    # Date line on the page ("28 November 2006 / Amman , Jordan").
    ("dev_503_abdullah_siniora_call", "Middle East", "2000s", "Royal Hashemite Court (kingabdullah.jo)", "https://kingabdullah.jo/en/news/siniora-asks-king-discuss-lebanon-crisis-bush", "2006-11-28"),
    # Date line of the reposted Interfax story ("Sept 16 2004"); the forum page adds no other date.
    ("dev_504_aliyev_kocharyan_astana", "Central Asia/Caucasus", "2000s", "Interfax (via armeniandiaspora.com forum)", "https://armeniandiaspora.com/forum/2004/september-2004/9854-aliyev-kocharian-negotiate-nagorno-karabakh?p=9854", "2004-09-16"),
    # Byline line "Posted by Kirsten Begg on Feb 10, 2010".
    ("dev_505_uribe_correa_unasur", "Latin America", "2010s", "Colombia Reports", "http://colombiareports.com/uribe-and-correa-chat-at-unasur-meeting/", "2010-02-10"),
    # Page line "Page last updated at 23:39 GMT, Saturday, 5 July 2008".
    ("test_506_mbeki_mugabe_harare", "Africa", "2000s", "BBC News", "http://news.bbc.co.uk/2/hi/africa/7491538.stm", "2008-07-05"),
    # Date from the URL (la-xpm-1990-03-18).
    ("dev_507_havel_walesa_sniezka", "Eastern Europe/Russia", "1990s", "Los Angeles Times (AP)", "https://www.latimes.com/archives/la-xpm-1990-03-18-mn-1063-story.html", "1990-03-18"),
    # Date from the search result's date field (2022-09-12), consistent with the text (the
    # swearing-in "tomorrow", Tuesday 13 September per the same outlet's story of 2022-09-13
    # read in this session).
    ("dev_508_uhuru_ruto_state_house", "Africa", "2020s", "TUKO.co.ke", "https://www.tuko.co.ke/politics/472668-uhuru-kenyatta-meets-william-ruto-state-house-nairobi/", "2022-09-12"),
    # Date line "October 23, 1988|The New York Times" (also in the URL).
    ("dev_509_arafat_mubarak_hussein_aqaba", "Middle East", "1980s", "Sun-Sentinel (The New York Times)", "http://articles.sun-sentinel.com/1988-10-23/news/8803020480_1_arafat-and-mubarak-king-hussein-egyptian-foreign-ministry", "1988-10-23"),
    # Date from the search result's date field (2021-10-19, a Tuesday), consistent with "said
    # President Andrzej Duda on Tuesday in Vilnius".
    ("test_510_duda_nauseda_vilnius", "Eastern Europe/Russia", "2020s", "Warsaw Point", "http://warsawpoint.com/news/22334-eu-must-decide-on-further-sanctions-against-belarus-president-duda-in-vilnius.html", "2021-10-19"),
    # Date line "23.04.2008 12:44 msk" (Fergana News repost of a Vremya Novostei story).
    ("dev_511_karimov_nazarbayev_astana_2008", "Central Asia/Caucasus", "2000s", "Fergana News (Vremya Novostei)", "http://enews.fergananews.com/articles/2369", "2008-04-23"),
    # No year on the page: dateline "Brasilia, November 8". Year 2014 inferred: Mujica comes
    # "to congratulate President Dilma for her reelection" (re-elected in October 2014) before
    # Uruguay's elections "on November 30th"; an Exame/EFE story dated 5 November 2014 and an
    # O Dia story dated 2014-11-07, both read in this session, report this courtesy visit
    # (Friday 7 November 2014). Published = the dateline day, 2014-11-08.
    ("dev_512_rousseff_mujica_brasilia", "Latin America", "2010s", "Radio Havana Cuba (Prensa Latina)", "https://radiohc.cu/en/noticias/internacionales/38727-brazil-president-rousseff-receives-uruguayan-counterpart-mujica", "2014-11-08"),
]

A = {}

A["dev_501_tokayev_mirziyoyev_call"] = dict(
    actors={
        "kassym_jomart_tokayev": ["Kassym-Jomart Tokayev", "President Tokayev"],
        "shavkat_mirziyoyev": ["Shavkat Mirziyoyev"],
        "kazinform": ["KAZINFORM", "Kazinform"],
        "akorda": ["Akorda"],
    },
    meetings=[
        # "held telephone talks": no day in the text -> date null.
        M(["kassym_jomart_tokayev", "shavkat_mirziyoyev"], None, None, PH, H,
          "NUR-SULTAN. KAZINFORM – President of Kazakhstan Kassym-Jomart Tokayev and his Uzbek counterpart Shavkat Mirziyoyev held telephone talks, Kazinform has learnt from the Akorda’s press service."),
        # State visit "on April 14-15": a range -> date null; host implied (dev_108 precedent).
        M(["kassym_jomart_tokayev", "shavkat_mirziyoyev"], None, "Uzbekistan", IP, H,
          "The talks further focused on the implementation of the agreements reached following the results of President Tokayev’s state visit to Uzbekistan on April 14-15.", False),
    ],
    roles=[("his Uzbek counterpart", "shavkat_mirziyoyev"), ("The President of Kazakhstan", "kassym_jomart_tokayev"),
           ("President of Kazakhstan", "kassym_jomart_tokayev")],
)

_AR = ("Tanzania's President Julius Nyerere tried to hold a top-level parley at Arusha, Tanzania, that would have included Kenya's President Daniel arap Moi, Sudan's President Jaafar Nimeiry, and Ugandan military leaders, headed by the ruling military commission's chairman, Paul Muwanga.")
A["test_502_nyerere_arusha_moi_snub"] = dict(
    actors={
        "julius_nyerere": ["Julius Nyerere", "President Nyerere", "Mr. Nyerere", "Nyerere"],
        "daniel_arap_moi": ["Daniel arap Moi", "President Moi", "Mr. Moi", "Moi"],
        "jaafar_nimeiry": ["Jaafar Nimeiry", "Mr. Nimeiry"],
        "paul_muwanga": ["Paul Muwanga", "Mr. Muwanga"],
        "godfrey_binaisa": ["Godfrey Binaisa", "Mr. Binaisa"],
    },
    meetings=[
        # The summit "nevertheless was held" without Moi (who refused: no Moi rows); date not given.
        M(["julius_nyerere", "jaafar_nimeiry"], None, "Arusha", IP, H, _AR),
        # Muwanga's attendance is implied ("the Uganda leaders"), not stated -> optional.
        M(["julius_nyerere", "paul_muwanga"], None, "Arusha", IP, H, _AR, False),
        M(["jaafar_nimeiry", "paul_muwanga"], None, "Arusha", IP, H, _AR, False),
    ],
    roles=[("Tanzania's President", "julius_nyerere"), ("Kenya's President", "daniel_arap_moi"),
           ("Sudan's President", "jaafar_nimeiry"), ("the ruling military commission's chairman", "paul_muwanga"),
           ("the Kenya President", "daniel_arap_moi")],
)

_BU = ("Siniora asked the King to raise the issue of Israeli violations of Lebanese sovereignty with US President George Bush when he arrives in Amman tomorrow for separate talks with King Abdullah and Iraqi Prime Minister Nuri Maliki.")
A["dev_503_abdullah_siniora_call"] = dict(
    actors={
        "abdullah_ii": ["King Abdullah"],
        "fuad_siniora": ["Fuad Siniora", "Siniora"],
        "george_w_bush": ["George Bush", "Bush"],
        "nouri_al_maliki": ["Nuri Maliki"],
        "un_security_council": ["UN Security Council"],
    },
    meetings=[
        # "on Tuesday" = 2006-11-28, the page date.
        M(["abdullah_ii", "fuad_siniora"], "2006-11-28", None, PH, H,
          "In a telephone call with Siniora, King Abdullah stressed the importance of Lebanese national unity in facing the challenges to Lebanon's security and stability."),
        # "tomorrow" = 2006-11-29; "separate talks" -> two bilaterals, no Abdullah-Maliki row.
        M(["george_w_bush", "abdullah_ii"], "2006-11-29", "Amman", IP, P, _BU),
        M(["george_w_bush", "nouri_al_maliki"], "2006-11-29", "Amman", IP, P, _BU),
    ],
    roles=[("Lebanese Prime Minister", "fuad_siniora"), ("US President", "george_w_bush"),
           ("Iraqi Prime Minister", "nouri_al_maliki"), ("the US president", "george_w_bush"),
           ("the King", "abdullah_ii")],
)

_AK = ("Astana. (Interfax) - A Wednesday one-on-one meeting between Azerbaijani and Armenian Presidents Ilham Aliyev and Robert Kocharian in the Kazakh capital city of Astana, which they had following a tripartite meeting with Russian President Vladimir Putin, lasted for over four hours.")
A["dev_504_aliyev_kocharyan_astana"] = dict(
    actors={
        "ilham_aliyev": ["Ilham Aliyev", "Aliyev"],
        "robert_kocharyan": ["Robert Kocharian", "Kocharian"],
        "vladimir_putin": ["Vladimir Putin"],
        "osce_minsk_group": ["Minsk Group"],
    },
    meetings=[
        # "Wednesday" in a story dated Thursday 2004-09-16 -> 2004-09-15.
        M(["ilham_aliyev", "robert_kocharyan"], "2004-09-15", "Astana", IP, H, _AK),
        # The tripartite meeting preceded the one-on-one; its day is not stated -> date null.
        # Aliyev-Kocharian is already a row for the same place and day (one row per pair).
        M(["vladimir_putin", "ilham_aliyev"], None, "Astana", IP, H, _AK),
        M(["vladimir_putin", "robert_kocharyan"], None, "Astana", IP, H, _AK),
    ],
    roles=[("Russian President", "vladimir_putin"), ("The Azerbaijani leader", "ilham_aliyev")],
)

A["dev_505_uribe_correa_unasur"] = dict(
    actors={
        "alvaro_uribe": ["Alvaro Uribe", "Uribe"],
        "rafael_correa": ["Rafael Correa", "Correa"],
        "unasur": ["Union of South American Nations", "UNASUR"],
        "farc": ["FARC"],
    },
    meetings=[
        # "Tuesday" in a post dated Wednesday 2010-02-10 -> 2010-02-09.
        M(["alvaro_uribe", "rafael_correa"], "2010-02-09", "Quito", IP, H,
          "Colombian President Alvaro Uribe and Ecuadorean President Rafael Correa moved closer towards normalizing relations between the two nations with an informal chat at a Union of South American Nations (UNASUR) meeting in Quito Tuesday."),
        # "in two weeks": not a day -> date null.
        M(["alvaro_uribe", "rafael_correa"], None, "Cancun", IP, P,
          "The two heads of state will meet again in two weeks at a summit in Cancun, Mexico."),
    ],
    roles=[("Colombian President", "alvaro_uribe"), ("Ecuadorean President", "rafael_correa")],
)

A["test_506_mbeki_mugabe_harare"] = dict(
    actors={
        "thabo_mbeki": ["Thabo Mbeki", "Mr Mbeki", "Mbeki"],
        "robert_mugabe": ["Robert Mugabe", "President Robert Mugabe", "Mr Mugabe"],
        "morgan_tsvangirai": ["Morgan Tsvangirai", "Mr Tsvangirai"],
        "arthur_mutambara": ["Arthur Mutambara", "Mr Mutambara"],
        "shepherd_yuda": ["Shepherd Yuda"],
        "guardian_films": ["Guardian Films"],
        "white_house": ["White House"],
        "g8": ["Group of Eight", "G8"],
        "afp": ["AFP"],
        "movement_for_democratic_change": ["Movement for Democratic Change", "MDC"],
    },
    meetings=[
        # "has held talks": the day is not stated in the text -> date null.
        M(["thabo_mbeki", "robert_mugabe"], None, "Harare", IP, H,
          "South Africa's Thabo Mbeki has held talks in Harare with Zimbabwe's President Robert Mugabe and members of a breakaway opposition faction."),
        # Caption dated "Robert Mugabe and Arthur Mutambara in Harare, 5 July 2008".
        M(["robert_mugabe", "arthur_mutambara"], "2008-07-05", "Harare", IP, H,
          "Mr Mugabe met Mr Mutambara, head of a breakaway opposition faction"),
        # Mbeki met unnamed "members of a breakaway opposition faction"; that Mutambara, its
        # head, was among them is implied, not stated -> optional.
        M(["thabo_mbeki", "arthur_mutambara"], None, "Harare", IP, H,
          "South Africa's Thabo Mbeki has held talks in Harare with Zimbabwe's President Robert Mugabe and members of a breakaway opposition faction.", False),
    ],
    roles=[("Zimbabwe's President", "robert_mugabe"), ("leader of the main opposition party", "morgan_tsvangirai"),
           ("head of a breakaway opposition faction", "arthur_mutambara"),
           ("the chief regional negotiator", "thabo_mbeki"), ("The guard", "shepherd_yuda")],
)

A["dev_507_havel_walesa_sniezka"] = dict(
    actors={
        "vaclav_havel": ["Vaclav Havel", "Havel"],
        "lech_walesa": ["Lech Walesa", "Walesa"],
        "solidarity": ["Solidarity"],
        "charter_77": ["Charter 77"],
        "committee_for_the_defense_of_workers": ["Committee for the Defense of Workers"],
    },
    meetings=[
        # "Saturday" in a paper dated Sunday 1990-03-18 -> 1990-03-17; place from "the top of
        # Sniezka Mountain".
        M(["vaclav_havel", "lech_walesa"], "1990-03-17", "Sniezka Mountain", IP, H,
          "President Vaclav Havel of Czechoslovakia and Polish Solidarity leader Lech Walesa met in the mountains on their nations’ border Saturday and pledged to work for European unity."),
    ],
    roles=[("Polish Solidarity leader", "lech_walesa")],
)

A["dev_508_uhuru_ruto_state_house"] = dict(
    actors={
        "uhuru_kenyatta": ["Uhuru Kenyatta", "Uhuru"],
        "william_ruto": ["William Ruto", "Ruto"],
        "rachel_ruto": ["Rachel"],
        "margaret_kenyatta": ["Margaret"],
        "raila_odinga": ["Raila Odinga"],
    },
    meetings=[
        # "today" = the publication day 2022-09-12; State House Nairobi -> Nairobi.
        M(["uhuru_kenyatta", "william_ruto"], "2022-09-12", "Nairobi", IP, H,
          "Outgoing President Uhuru Kenyatta has met his successor President-elect William Ruto at State House Nairobi."),
        # A welcome by the host's spouse (test_001 precedent) -> optional.
        M(["margaret_kenyatta", "william_ruto"], "2022-09-12", "Nairobi", IP, H,
          "Ruto arrived at the house on the hill just minutes after 4pm today and was welcomed by Uhuru and his wife, Margaret.", False),
    ],
    roles=[("Outgoing President", "uhuru_kenyatta"), ("his successor", "william_ruto"),
           ("President-elect", "william_ruto"), ("The president-elect", "william_ruto"),
           ("his outgoing deputy", "william_ruto"), ("his handshake partner", "raila_odinga")],
)

_AQ = ("CAIRO, Egypt -- After more than two years of estrangement between the Palestine Liberation Organization and Jordan, the PLO chairman, Yasser Arafat, and President Hosni Mubarak of Egypt met with King Hussein on Saturday in the Jordanian port of Aqaba.")
A["dev_509_arafat_mubarak_hussein_aqaba"] = dict(
    actors={
        "yasser_arafat": ["Yasser Arafat", "Arafat"],
        "hosni_mubarak": ["Hosni Mubarak", "Mubarak"],
        "hussein_bin_talal": ["King Hussein", "Hussein"],
        "plo": ["Palestine Liberation Organization", "PLO"],
        "egyptian_foreign_ministry": ["Egyptian Foreign Ministry"],
        "palestine_national_council": ["Palestine National Council"],
        "yitzhak_shamir": ["Yitzhak Shamir", "Shamir"],
        "likud": ["Likud"],
        "shimon_peres": ["Shimon Peres", "Peres"],
    },
    meetings=[
        # "Saturday" in a paper dated Sunday 1988-10-23 -> 1988-10-22; three named participants
        # -> three pair rows.
        M(["yasser_arafat", "hussein_bin_talal"], "1988-10-22", "Aqaba", IP, H, _AQ),
        M(["hosni_mubarak", "hussein_bin_talal"], "1988-10-22", "Aqaba", IP, H, _AQ),
        M(["yasser_arafat", "hosni_mubarak"], "1988-10-22", "Aqaba", IP, H, _AQ),
    ],
    roles=[("the PLO chairman", "yasser_arafat"), ("the Jordanian king", "hussein_bin_talal"),
           ("Prime Minister", "yitzhak_shamir"), ("Foreign Minister", "shimon_peres"),
           ("Shamir`s rival", "shimon_peres")],
)

_CN = ("The Presidents of Poland and Lithuania are also to meet the chairman of the Lithuanian Lower House, Viktorija Czmilyte-Nielsen, and will take part in the ceremonial session of the Lower House on the occasion of the 230th anniversary of the Mutual Pledge of the Two Nations.")
A["test_510_duda_nauseda_vilnius"] = dict(
    actors={
        "andrzej_duda": ["Andrzej Duda", "President Duda", "Mr Duda"],
        "gitanas_nauseda": ["Gitanas Nauseda", "Mr Nauseda"],
        "alexander_lukashenko": ["Alyaksandr Lukashenka"],
        "viktorija_cmilyte_nielsen": ["Viktorija Czmilyte-Nielsen"],
        "ingrida_simonyte": ["Ingrida Szimonyte"],
        "european_council": ["European Council"],
        "european_union": ["EU"],
        "council_of_presidents_of_poland_and_lithuania": ["Council of Presidents of Poland and Lithuania"],
        "seimas": ["Lithuanian Lower House", "Lower House"],
    },
    meetings=[
        # "on Tuesday" = the publication day 2021-10-19. The face-to-face talk, the Council of
        # Presidents meeting and the evening dinner are the same pair on the same day: one row.
        M(["andrzej_duda", "gitanas_nauseda"], "2021-10-19", "Vilnius", IP, H,
          "He met with, among others, the Lithuanian President Gitanas Nauseda."),
        # No day in this paragraph -> date null (the programme order suggests Tuesday, but the
        # text does not say so); place Vilnius, the city where the visit's programme is set.
        M(["andrzej_duda", "viktorija_cmilyte_nielsen"], None, "Vilnius", IP, P, _CN),
        # Host-side pair (same country) -> optional (dev_017 precedent).
        M(["gitanas_nauseda", "viktorija_cmilyte_nielsen"], None, "Vilnius", IP, P, _CN, False),
        # "On Wednesday" -> 2021-10-20; no city given -> Lithuania.
        M(["andrzej_duda", "ingrida_simonyte"], "2021-10-20", "Lithuania", IP, P,
          "On Wednesday, the Polish leader will meet Lithuanian Prime Minister Ingrida Szimonyte."),
    ],
    roles=[("the Lithuanian President", "gitanas_nauseda"), ("the Polish leader", "andrzej_duda"),
           ("Lithuanian Prime Minister", "ingrida_simonyte"),
           ("the chairman of the Lithuanian Lower House", "viktorija_cmilyte_nielsen")],
)

A["dev_511_karimov_nazarbayev_astana_2008"] = dict(
    actors={
        "nursultan_nazarbayev": ["Nursultan Nazarbayev", "Nazarbayev"],
        "islam_karimov": ["Islam Karimov", "Karimov"],
        "cpsu": ["CPSU"],
    },
    meetings=[
        # "yesterday" in a story dated 2008-04-23 -> 2008-04-22; place from "official visit to
        # Astana yesterday".
        M(["nursultan_nazarbayev", "islam_karimov"], "2008-04-22", "Astana", IP, H,
          "In fact, it began with a tete-a-tete meeting between the presidents themselves."),
        # Nazarbayev's "latest visit" (to Uzbekistan, implied): host implied, no date or place
        # -> optional (dev_108 precedent).
        M(["nursultan_nazarbayev", "islam_karimov"], None, None, IP, H,
          "\"We like it that trade between our countries doubled since my latest visit [$1.4 billion in 2007 - Vremya Novostei],\" was all the Kazakh president said.", False),
    ],
    roles=[("the Uzbek president", "islam_karimov"), ("the Kazakh president", "nursultan_nazarbayev"),
           ("his guest", "islam_karimov")],
)

A["dev_512_rousseff_mujica_brasilia"] = dict(
    actors={
        "dilma_rousseff": ["Dilma Rousseff", "President Dilma", "Dilma", "Rousseff"],
        "jose_mujica": ["Jose Mujica", "Mujica"],
        "mercosur": ["Southern Common Market", "Mercosur"],
        "european_union": ["European Union"],
    },
    meetings=[
        # The day of the meeting is not stated (dateline November 8) -> date null; place from
        # the dateline (Brasilia).
        M(["dilma_rousseff", "jose_mujica"], None, "Brasilia", IP, H,
          "President Dilma Rousseff received her Uruguayan counterpart Jose Mujica, who wants to seal some pending commitments before elections are held in his country on November 30th."),
    ],
    roles=[("her Uruguayan counterpart", "jose_mujica"), ("Uruguayan Counterpart", "jose_mujica")],
)
