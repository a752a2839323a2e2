"""Accuracy corpus, batch 5d: 12 new articles chosen where the corpus was still thin after batch
5c (the 1970s in Western Europe, Eastern Europe/Russia, Oceania, South Asia and North America,
which had no article; Central America in the 1980s; Central Asia in the 2000s and 2010s;
Southeast Asia and the Andes in the 2000s; the Baltics and West Africa in the 2010s; wire copy
via Papers Past, a broadcaster, national papers, a regional business weekly carrying a national
agency, an official White House statement and a national news site), collected with the `search`
tool (corpus `pages`) and annotated from the texts alone, BEFORE the package was run on them (the
package has not been run on this batch). Conventions: ../ANNOTATION.md and
/work/shared/ANNOTATION-GUIDE.md. Notes: batch_5d_NOTES.md.

Split rule (fixed before annotating, as given in the brief for this batch, the same as batches
5a-5c): the articles are numbered 1..12 in the order they were collected; positions 3, 7 and 11
are test, all others dev. Ids: `dev_9NN_<slug>` / `test_9NN_<slug>`, NN = collection position
(01..12).

M(participants, date, place, kind, status, evidence, required=True)
Evidence is the verbatim sentence (line breaks inside it replaced by single spaces).
Aliases are written as they stand in the text (OCR forms included).
"""


from annotations import H, IP, M, P, PH, VID  # noqa: F401 (the same row helpers)

# (article_id, region, decade, outlet, url, published)
ARTICLES = [
    # Dateline "PRAGUE, March 21, 2006 (RFE/RL)" (a Tuesday); "yesterday" = March 20.
    ("dev_901_karimov_nazarbaev_tashkent", "Central Asia/Caucasus", "2000s", "Radio Free Europe/Radio Liberty", "https://www.rferl.org/a/1066943.html", "2006-03-21"),
    # Date from the URL's issue code CHP19760412 (The Press, 12 April 1976, a Monday); the
    # dateline "LONDON, April 11." is the Sunday before.
    ("dev_902_muldoon_callaghan_london", "Western Europe", "1970s", "The Press (Christchurch), via Papers Past (N.Z.P.A. staff correspondent)", "https://paperspast.natlib.govt.nz/newspapers/CHP19760412.2.2", "1976-04-12"),
    # Issue code CHP19741026 (a Saturday); dateline "MOSCOW, October 25." (the Friday).
    ("test_903_kissinger_brezhnev_moscow", "Eastern Europe/Russia", "1970s", "The Press (Christchurch), via Papers Past (N.Z.P.A.-Reuter)", "https://paperspast.natlib.govt.nz/newspapers/CHP19741026.2.107", "1974-10-26"),
    # Date line "November 21, 2005 | 12:00am" and the URL (/2005/11/21/), a Monday.
    ("dev_904_arroyo_bush_busan", "Southeast Asia", "2000s", "The Philippine Star (philstar.com)", "https://philstar.com/headlines/2005/11/21/307758/bush-us-happy-intel-exchange", "2005-11-21"),
    # Issue code CHP19771112 (The Press, 12 November 1977, a Saturday); no dateline date.
    ("dev_905_muldoon_carter_washington", "Oceania", "1970s", "The Press (Christchurch), via Papers Past (NZPA)", "https://paperspast.natlib.govt.nz/newspapers/CHP19771112.2.13", "1977-11-12"),
    # Dateline "BC, Riga, 20.11.2014." (a Thursday); "yesterday" = 19 November (the caption's
    # "Riga, 19.11.2014").
    ("dev_906_rinkevics_pentus_rosimannus_riga", "Eastern Europe/Russia", "2010s", "The Baltic Course (Baltic States news & analytics; LETA)", "http://www.baltic-course.com/eng/legislation/?doc=99060", "2014-11-20"),
    # Date line of the statement "June 13, 1978" (a Tuesday).
    ("test_907_carter_desai_white_house", "South Asia", "1970s", "White House statement, via The American Presidency Project (UC Santa Barbara)", "https://presidency.ucsb.edu/documents/visit-prime-minister-desai-india-white-house-statement-the-first-meeting-with-the-prime", "1978-06-13"),
    # Page date line "General News of Monday, 16 October 2017" and "2017-10-16" (the story's own
    # date); the URL (/2017/10/17/) and the search result's date field give the repost day.
    ("dev_908_akufo_addo_ouattara_accra", "Africa", "2010s", "Ghanamma.com (Ghana News Agency copy)", "https://www.ghanamma.com/2017/10/17/ouattarra-arrives-in-ghana-for-two-day-visit/", "2017-10-16"),
    # Date from the search result's date field ("2017-05-21", a Sunday); the text has no date.
    ("dev_909_berdimuhamedov_mirziyoyev_avaza", "Central Asia/Caucasus", "2010s", "Turkmenistan.ru", "http://www.turkmenistan.ru/en/articles/18253.html", "2017-05-21"),
    # Date line "January 15, 1988" and the URL (/1988-01-15/), a Friday.
    ("dev_910_central_america_summit_san_jose", "Latin America", "1980s", "South Florida Sun-Sentinel", "http://articles.sun-sentinel.com/1988-01-15/news/8801030766_1_peace-accord-president-arias-costa-rica", "1988-01-15"),
    # Issue code CHP19720415 (a Saturday); dateline "OTTAWA, April 14." (the Friday).
    ("test_911_nixon_trudeau_ottawa", "North America", "1970s", "The Press (Christchurch), via Papers Past (N.Z.P.A.-Reuter)", "https://paperspast.natlib.govt.nz/newspapers/CHP19720415.2.127", "1972-04-15"),
    # Date line "16 de Mayo de 2008 | 13:36" and the URL (/2008/05/16/), a Friday.
    ("dev_912_bachelet_morales_lima", "Latin America", "2000s", "Emol (El Comercio de Lima/GDA)", "http://www.emol.com/noticias/todas/2008/05/16/304595/bachelet-and-evo-morales-hold-private-meeting-in-lima.html", "2008-05-16"),
]

A = {}

A["dev_901_karimov_nazarbaev_tashkent"] = dict(
    actors={
        "islam_karimov": ["Islam Karimov", "President Karimov", "Karimov"],
        "nursultan_nazarbayev": ["Nursultan Nazarbaev", "Nazarbaev"],
    },
    meetings=[
        # "his March 20 meeting" (year of the dateline) -> held 2006-03-20; the news conference
        # "in Tashkent late on March 20" and the state visit to Tashkent -> Tashkent. The
        # signing "yesterday" (= March 20) is the same visit.
        M(["islam_karimov", "nursultan_nazarbayev"], "2006-03-20", "Tashkent", IP, H,
          "Uzbek President Islam Karimov said his March 20 meeting with his Kazakh counterpart Nursultan Nazarbaev has \"an unprecedented significance.\""),
        # Not a row: "such meetings should be held regularly" (general wish).
    ],
    roles=[("Uzbek President", "islam_karimov"), ("his Kazakh counterpart", "nursultan_nazarbayev"),
           ("Kazakhstan's president", "nursultan_nazarbayev")],
)

_MM = ("Mr Muldoon, the first overseas leader to have talks with the new British Prime Minister (Mr Callaghan) will meet him four times, and will also have discussions with Ministers responsible for Foreign, Financial, Trade, Agricultural, and Home Affairs.")
A["dev_902_muldoon_callaghan_london"] = dict(
    actors={
        "robert_muldoon": ["Mr Muldoon", "Muldoon"],
        "james_callaghan": ["Mr Callaghan", "Callaghan"],
    },
    meetings=[
        # The roundtable "chaired by Mr Callaghan, at 10 Downing Street on Wednesday" -> planned
        # 1976-04-14 (the Wednesday after the Sunday dateline / Monday paper), London. "will
        # meet him four times" is a count; this row stands for the Muldoon-Callaghan talks.
        M(["robert_muldoon", "james_callaghan"], "1976-04-14", "London", IP, P,
          "The key meeting of Mr Muldoon’s four packed days in London will be a roundtable session with Ministers, chaired by Mr Callaghan, at 10 Downing Street on Wednesday."),
        # Discussions with unnamed "Ministers responsible for ..." -> one-party row, planned,
        # date null, London, optional (unnamed counterparts, dev_806).
        M(["robert_muldoon"], None, "London", IP, P, _MM, False),
    ],
    roles=[("The Prime Minister", "robert_muldoon"), ("the new British Prime Minister", "james_callaghan")],
)

_KB = ("Today’s meeting is being held against the background of what Dr Kissinger described as “a good beginning” in his talks yesterday with Mr Brezhnev and the Foreign Minister (Mr Andrei Gromyko) — the latter said that Mr Brezhnev considered that the meeting so far had been very useful.")
A["test_903_kissinger_brezhnev_moscow"] = dict(
    actors={
        "henry_kissinger": ["Dr Henry Kissinger", "Dr Kissinger", "Kissinger"],
        "leonid_brezhnev": ["Mr Brezhnev", "Brezhnev"],
        "andrei_gromyko": ["Mr Andrei Gromyko", "Mr Gromyko", "Gromyko"],
        "gerald_ford": ["President Ford"],
    },
    meetings=[
        # "today" = the dateline day, October 25 (the paper is dated the 26th) -> 1974-10-25.
        M(["henry_kissinger", "leonid_brezhnev"], "1974-10-25", "Moscow", IP, H,
          "Dr Kissinger had talks lasting almost seven hours with the General Secretary of the Soviet Communist Party (Mr Brezhnev), but the two sides came round to the S.A.L.T. — which Dr Kissinger sees as a key part of his negotiations — only towards the end of the day."),
        # "his talks yesterday with Mr Brezhnev and the Foreign Minister" -> 1974-10-24; a
        # separate day explicitly distinguished from "Today's meeting" -> its own rows (dev_035).
        M(["henry_kissinger", "leonid_brezhnev"], "1974-10-24", "Moscow", IP, H, _KB),
        # The morning talks and "a dinner in honour of Dr Kissinger, last night" with Gromyko's
        # speech are the same day -> one row.
        M(["henry_kissinger", "andrei_gromyko"], "1974-10-24", "Moscow", IP, H, _KB),
        # The Soviet hosts' own pair -> optional (same side, dev_017).
        M(["leonid_brezhnev", "andrei_gromyko"], "1974-10-24", "Moscow", IP, H, _KB, False),
        # Not rows: the arrival "two days ago"; President Ford's support (no meeting).
    ],
    roles=[("The United States Secretary of State", "henry_kissinger"),
           ("the General Secretary of the Soviet Communist Party", "leonid_brezhnev"),
           ("the Foreign Minister", "andrei_gromyko"), ("the latter", "andrei_gromyko")],
)

_AR = ("Aside from Bush, Bunye said Mrs. Arroyo was able to meet with APEC summit host Korean President Roh Moo-hyun, Malaysian Prime Minister Abdullah Ahmad Badawi, Sultan Hassanal Bolkiah of Brunei, Indonesian President Susilo Bambang Yudhoyono, Singapore Prime Minister Lee Hsien Loong, Japanese Prime Minister Junichiro Koizumi, and Russian President Vladimir Putin.")
A["dev_904_arroyo_bush_busan"] = dict(
    actors={
        "george_w_bush": ["George W. Bush", "Bush"],
        "gloria_macapagal_arroyo": ["President Arroyo", "Mrs. Arroyo", "Arroyo"],
        "roh_moo_hyun": ["Roh Moo-hyun"],
        "abdullah_ahmad_badawi": ["Abdullah Ahmad Badawi"],
        "hassanal_bolkiah": ["Sultan Hassanal Bolkiah", "Hassanal Bolkiah"],
        "susilo_bambang_yudhoyono": ["Susilo Bambang Yudhoyono"],
        "lee_hsien_loong": ["Lee Hsien Loong"],
        "junichiro_koizumi": ["Junichiro Koizumi"],
        "vladimir_putin": ["Vladimir Putin"],
        "ignacio_bunye": ["Ignacio Bunye", "Bunye"],
        "abu_sayyaf": ["Abu Sayyaf"],
        "rrcg": ["RRCG"],
        "apec": ["Asia-Pacific Economic Cooperation", "APEC"],
        "asean": ["Association of Southeast Asian Nations"],
    },
    meetings=[
        # Sideline one-on-one at the summit "here that ended Saturday" (2005-11-19): the day of
        # the talk itself is not given (two-day summit) -> null; dateline Busan.
        M(["george_w_bush", "gloria_macapagal_arroyo"], None, "Busan", IP, H,
          "BUSAN, South Korea (via PLDT) United States President George W. Bush told President Arroyo he was satisfied with the improved intelligence exchange between Washington and the Philippines during a brief one-on-one talk on the sidelines of the Asia-Pacific Economic Cooperation (APEC) summit here that ended Saturday."),
        # Seven separate brief talks on the fringes -> seven rows (dev_032 reading), held, date
        # null, Busan.
        M(["gloria_macapagal_arroyo", "roh_moo_hyun"], None, "Busan", IP, H, _AR),
        M(["gloria_macapagal_arroyo", "abdullah_ahmad_badawi"], None, "Busan", IP, H, _AR),
        M(["gloria_macapagal_arroyo", "hassanal_bolkiah"], None, "Busan", IP, H, _AR),
        M(["gloria_macapagal_arroyo", "susilo_bambang_yudhoyono"], None, "Busan", IP, H, _AR),
        M(["gloria_macapagal_arroyo", "lee_hsien_loong"], None, "Busan", IP, H, _AR),
        M(["gloria_macapagal_arroyo", "junichiro_koizumi"], None, "Busan", IP, H, _AR),
        M(["gloria_macapagal_arroyo", "vladimir_putin"], None, "Busan", IP, H, _AR),
        # Not rows: "the meeting between Bush and leaders of the countries that are members of
        # both APEC and the Association of Southeast Asian Nations" (multilateral, unnamed);
        # Bush's earlier "state visit to the Philippines" (no meeting stated).
    ],
    roles=[("United States President", "george_w_bush"), ("the President", "gloria_macapagal_arroyo"),
           ("Press Secretary", "ignacio_bunye"), ("APEC summit host", "roh_moo_hyun"),
           ("Korean President", "roh_moo_hyun"), ("Malaysian Prime Minister", "abdullah_ahmad_badawi"),
           ("Indonesian President", "susilo_bambang_yudhoyono"), ("Singapore Prime Minister", "lee_hsien_loong"),
           ("Japanese Prime Minister", "junichiro_koizumi"), ("Russian President", "vladimir_putin")],
)

_MC = ("One of Mr Muldoon’s main aims in his talks with the President . and various members of the Carter Cabinet was to express New Zealand’s increasing concern about world agricultural protectionism and the problems New Zealand’s economy faces because of this trend.")
A["dev_905_muldoon_carter_washington"] = dict(
    actors={
        "robert_muldoon": ["Mr Muldoon", "Muldoon"],
        "jimmy_carter": ["President Carter", "Mr Carter", "Carter"],
        "white_house": ["White House"],
    },
    meetings=[
        # "the two days of talks he had had in the nation's capital" / "his talks with the
        # President" -> held, Washington; the days are not given -> null.
        M(["robert_muldoon", "jimmy_carter"], None, "Washington", IP, H, _MC),
        # "various members of the Carter Cabinet" (unnamed) -> one-party row, optional.
        M(["robert_muldoon"], None, "Washington", IP, H, _MC, False),
        # Not a row: Carter "had invited him to telephone the White House direct if any
        # difficulties ... recurred" (hypothetical call).
    ],
    roles=[("The Prime Minister", "robert_muldoon"), ("the President", "jimmy_carter")],
)

A["dev_906_rinkevics_pentus_rosimannus_riga"] = dict(
    actors={
        "edgars_rinkevics": ["Edgars Rinkevics", "Rinkevics"],
        "keit_pentus_rosimannus": ["Keit Pentus-Rosimannus", "Pentus-Rosimannus"],
        "unity_latvia": ["Unity"],
        "leta": ["LETA"],
        "cabinet_of_ministers_latvia": ["Cabinet of Ministers"],
        "council_of_the_european_union": ["Council of the European Union"],
        "nato": ["NATO"],
    },
    meetings=[
        # "after meeting with ... yesterday" in a 20.11.2014 story -> held 2014-11-19; Riga
        # (dateline, caption "Riga, 19.11.2014", the press conference "in Riga following a
        # meeting").
        M(["edgars_rinkevics", "keit_pentus_rosimannus"], "2014-11-19", "Riga", IP, H,
          "Latvian and Estonian foreign ministries have expressed their readiness to continue cooperation in various aspects, Latvian Foreign Minister Edgars Rinkevics (Unity) said after meeting with Estonian Foreign Minister Keit Pentus-Rosimannus yesterday, reports LETA."),
        # Not a row: "he will meet his Estonian counterpart, 'more often than his colleagues'"
        # (general expectation, no specific meeting).
    ],
    roles=[("Latvian Foreign Minister", "edgars_rinkevics"), ("Estonian Foreign Minister", "keit_pentus_rosimannus"),
           ("the Estonian minister", "keit_pentus_rosimannus"), ("his Estonian counterpart", "keit_pentus_rosimannus"),
           ("her Latvian counterpart", "edgars_rinkevics")],
)

A["test_907_carter_desai_white_house"] = dict(
    actors={
        "jimmy_carter": ["President Carter"],
        "morarji_desai": ["Morarji Desai", "Prime Minister Desai", "Desai"],
        "white_house": ["White House"],
        "indo_us_joint_commission": ["Indo-U.S. Joint Commission"],
        "unhrc": ["UNHRC", "United Nations Human Rights Commission"],
    },
    meetings=[
        # The statement's date June 13, 1978 ("this morning's meetings"); Oval Office / Cabinet
        # Room -> White House -> Washington (also "welcome the Prime Minister to Washington").
        M(["jimmy_carter", "morarji_desai"], "1978-06-13", "Washington", IP, H,
          "President Carter and Morarji Desai, the Prime Minister of India, met privately for approximately 25 minutes in the Oval Office and in the Cabinet Room for an additional 45 minutes."),
        # "his meeting with the Prime Minister in New Delhi last January" -> held, month only ->
        # null, New Delhi.
        M(["jimmy_carter", "morarji_desai"], None, "New Delhi", IP, H,
          "The President began by recalling his meeting with the Prime Minister in New Delhi last January and expressing his personal pleasure at this opportunity to welcome the Prime Minister to Washington."),
        # Not rows: "a comprehensive exchange of correspondence" (letters); "their exchange of
        # visits" (the two visits above); the UNHRC meeting in Geneva (multilateral).
    ],
    roles=[("the Prime Minister of India", "morarji_desai"), ("the Prime Minister", "morarji_desai"),
           ("The President", "jimmy_carter")],
)

A["dev_908_akufo_addo_ouattara_accra"] = dict(
    actors={
        "alassane_ouattara": ["Alassane Ouattara", "President Ouattara", "Mr Ouatarra", "Ouattara"],
        "nana_akufo_addo": ["Nana Addo Dankwa Akufo-Addo", "President Akufo-Addo", "Akufo-Addo"],
        "ghana_air_force": ["Ghana Air Force"],
        "ecowas": ["ECOWAS"],
    },
    meetings=[
        # Arrival "on Monday" (2017-10-16), met at the airport by Akufo-Addo, state drive,
        # closed-door talks at the Flagstaff House and the State Dinner "later in the evening":
        # the same pair, day and place -> one row, held, Accra.
        M(["nana_akufo_addo", "alassane_ouattara"], "2017-10-16", "Accra", IP, H,
          "The two Presidents, after the State drive, retired to the Flagstaff House for closed-door talks that is expected to culminate in the signing of a Strategic Partnership Agreement, which the ministers of both nations are currently deliberating on."),
        # Not rows: "Both leaders will address the media on Tuesday" (a joint media appearance on
        # the second day of the same visit); Akufo-Addo's earlier "visit to Cote d'Ivoire" (a
        # visit to a country, no host named, test_607); the ministers' deliberations (unnamed).
    ],
    roles=[("Ivorian President", "alassane_ouattara"), ("the Ivorian leader", "alassane_ouattara")],
)

A["dev_909_berdimuhamedov_mirziyoyev_avaza"] = dict(
    actors={
        "gurbanguly_berdimuhamedov": ["Gurbanguly Berdimuhamedov"],
        "shavkat_mirziyoyev": ["Shavkat Mirziyoyev"],
    },
    meetings=[
        # One-on-one and delegation meetings at the Avaza Congress Center -> one row, held;
        # the text gives no day -> null; place Avaza (the named locality).
        M(["gurbanguly_berdimuhamedov", "shavkat_mirziyoyev"], None, "Avaza", IP, H,
          "President Gurbanguly Berdimuhamedov held talks with President of Uzbekistan Shavkat Mirziyoyev, who arrived in Turkmenistan on a working visit."),
        # Not rows: the Asian Indoor and Martial Arts Games in Ashgabat; the Uzbek delegation's
        # participation.
    ],
    roles=[("President of Uzbekistan", "shavkat_mirziyoyev"), ("the President of Turkmenistan", "gurbanguly_berdimuhamedov")],
)

_CA = ("SAN JOSE, Costa Rica -- The presidents of Costa Rica, Nicaragua, El Salvador, Honduras and Guatemala will meet here today to discuss the status of a peace accord signed in August.")
A["dev_910_central_america_summit_san_jose"] = dict(
    actors={
        "oscar_arias": ["Oscar Arias", "Arias"],
        "jose_napoleon_duarte": ["Jose Napoleon Duarte", "Duarte"],
        "jose_azcona": ["Jose Azcona", "Azcona"],
        "us_congress": ["U.S. Congress"],
        "contras": ["Contras", "Contra rebels"],
    },
    meetings=[
        # Five-president summit "here today" (1988-01-15, San Jose), three presidents named
        # (Nicaragua's and Guatemala's are not): pair rows among the named, planned, all
        # optional (judgement: a regional summit of five, between a small-group meeting,
        # dev_808, and a summit as such, which is no row).
        M(["oscar_arias", "jose_napoleon_duarte"], "1988-01-15", "San Jose", IP, P, _CA, False),
        M(["oscar_arias", "jose_azcona"], "1988-01-15", "San Jose", IP, P, _CA, False),
        M(["jose_napoleon_duarte", "jose_azcona"], "1988-01-15", "San Jose", IP, P, _CA, False),
        # Not rows: Duarte and Azcona "arrived in Costa Rica on Thursday" (arrival, no meeting).
    ],
    roles=[("Costa Rican President", "oscar_arias"), ("the Nicaraguan rebels", "contras")],
)

A["test_911_nixon_trudeau_ottawa"] = dict(
    actors={
        "richard_nixon": ["President Nixon", "Mr Nixon", "Nixon"],
        "pierre_trudeau": ["Mr Trudeau"],
        "parliament_of_canada": ["Canadian Parliament"],
    },
    meetings=[
        # "today ... are to have a two-hour private talk": "today" = the dateline day, April 14
        # (the paper is dated the 15th) -> planned 1972-04-14, Ottawa.
        M(["richard_nixon", "pierre_trudeau"], "1972-04-14", "Ottawa", IP, P,
          "Mr Nixon and the Canadian Prime Minister (Mr Trudeau) are to have a two-hour private talk, after which the President is to address a joint session of the Canadian Parliament."),
        # "a banquet given last night in his honour" (host not named) -> one-party row, held
        # 1972-04-13, Ottawa, optional (test_807).
        M(["richard_nixon"], "1972-04-13", "Ottawa", IP, H,
          "“Maybe none of us looks quite as bad in person as we do in our picture,” Mr Nixon said in a banquet given last night in his honour.", False),
        # Not rows: the address to Parliament (a speech); the barman anecdote.
    ],
    roles=[("the Canadian Prime Minister", "pierre_trudeau"), ("the President", "richard_nixon")],
)

_LP = ("The Heads of State last met together in December of 2007, in La Paz, to launch the construction of the Inter-Ocean Road Corridor along with the President of Brazil, Luiz Inácio Lula da Silva, in hopes of increasing economic growth for the nations.")
A["dev_912_bachelet_morales_lima"] = dict(
    actors={
        "michelle_bachelet": ["Michelle Bachelet", "Bachelet"],
        "evo_morales": ["Evo Morales", "Morales"],
        "luiz_inacio_lula_da_silva": ["Luiz Inácio Lula da Silva"],
    },
    meetings=[
        # "held a private meeting today" (2008-05-16), hours before the EU-LAC summit: a
        # sideline bilateral, Lima.
        M(["michelle_bachelet", "evo_morales"], "2008-05-16", "Lima", IP, H,
          "LIMA.- The President of Chile, Michelle Bachelet, and her Bolivian counterpart, Evo Morales, held a private meeting today at the Country Club Hotel located in the San Isidro district of Lima."),
        # "last met together in December of 2007, in La Paz" (month only -> null).
        M(["michelle_bachelet", "evo_morales"], None, "La Paz", IP, H, _LP),
        # "along with the President of Brazil" at the launch -> pairs with Lula, optional (a
        # joint launch event; the text's "met" is the two heads of state's).
        M(["michelle_bachelet", "luiz_inacio_lula_da_silva"], None, "La Paz", IP, H, _LP, False),
        M(["evo_morales", "luiz_inacio_lula_da_silva"], None, "La Paz", IP, H, _LP, False),
        # Not rows: the Fifth Latin America-European Union Summit itself (multilateral).
    ],
    roles=[("The President of Chile", "michelle_bachelet"), ("her Bolivian counterpart", "evo_morales"),
           ("the President of Brazil", "luiz_inacio_lula_da_silva")],
)
