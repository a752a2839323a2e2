"""Accuracy corpus, batch 62a: 12 new articles about meetings between political actors, all
published in ODD years (another helper takes even years as batch 62b), from the 1990s, 2000s,
2010s and 2020s (1990s: five, 2000s: one, 2010s: one, 2020s: five; five of the twelve from before
2000, as the brief asked; no 1970s or 1980s page was found that was new, odd-year, English and not
already in the corpus: see the notes), over the eleven regions (Western Europe: two; Central
Asia/Caucasus, Middle East, Africa, Southeast Asia, Eastern Europe/Russia, Latin America, North
America, South Asia, East Asia, Oceania: one each).
Outlets/sites: People's Daily Online (en.people.cn; a SANA-based story), The Jamestown Foundation
(Monitor), Watchdog Uganda (watchdoguganda.com), The Japan Times (a Kyodo story), the Media
Awareness Project archive at rave.ca (a San Jose Mercury News story), RFE/RL (rferl.org), HR-Net
(hri.org; an Athens News Agency bulletin), Colombo Gazette (colombogazette.com), EIN Presswire (a
Solomon Islands government release), Times of Malta (timesofmalta.com), the Burma Library list
archive (burmalibrary.org; a story from The Nation, Bangkok) and severuss.online (a reprint of a
Canadian newspaper story). The pages are new (grep of `sources.csv`, `corpus/metadata.csv` and the
other batch files except 62b), and so are the meetings (see the notes for the checks).
Collected with the `search` tool (corpus `pages`) and annotated from the texts alone, BEFORE the
package was run on them (the package has not been run, imported or read for this batch).
Conventions: ANNOTATION.md and /work/shared/ANNOTATION-GUIDE.md. Notes: batch_62a_NOTES.md.

Split rule (fixed before annotating, as given in the brief for this batch, the same as batches
5a-61b): the articles are numbered 1..12 in the order they were first found in this session's
search results (the query in which each first appeared, then its rank in that query), after
skipping pages already in the corpus; positions 3, 7 and 11 are test, all others dev. Ids:
`dev_122NN_<slug>` / `test_122NN_<slug>`, NN = collection position (01..12).

M(participants, date, place, kind, status, evidence, required=True)
Evidence is the verbatim sentence (line breaks inside it replaced by single spaces).
Aliases are written as they stand in the text (typos and OCR slips included).
"""


from annotations import H, IP, M, P, PH, VID  # noqa: F401 (the same row helpers)

# (article_id, region, decade, outlet, url, published)
ARTICLES = [
    # The page's date line "Tuesday, January 16, 2001" (checked): "held talks on Monday" ->
    # 2001-01-15.
    ("dev_12201_mubarak_assad_talks", "Middle East", "2000s", "People's Daily Online (en.people.cn; based on the Syrian Arab News Agency)", "http://en.people.cn/english/200101/16/eng20010116_60575.html", "2001-01-16"),
    # No date on the page. "Publication: Monitor Volume: 5 Issue: 41" (Jamestown's Monitor began in
    # 1995, so volume 5 = 1999; background knowledge, see the notes): published None, decade 1990s
    # inferred; the talks "on February 26-27" are a range -> null.
    ("dev_12202_shevardnadze_demirel_turkey", "Central Asia/Caucasus", "1990s", "The Jamestown Foundation (Monitor)", "https://jamestown.org/program/georgian-turkish-summit/", None),
    # No date line in the excerpt; the URL's 20231005 (Thursday 5 October 2023, checked): "delivered
    # this evening" -> 2023-10-05; "early this week" -> null.
    ("test_12203_museveni_mudavadi_message", "Africa", "2020s", "Watchdog Uganda (watchdoguganda.com)", "https://www.watchdoguganda.com/news/20231005/160570/president-museveni-receives-special-message-from-president-ruto.html", "2023-10-05"),
    # No date line in the kept text; the URL's 2015/12/24 (a Thursday, checked; "declassified
    # Thursday" agrees). The meetings carry their own dates (Nov. 18, 1982; Jan. 18, 1983).
    ("dev_12204_nakasone_sigur_documents", "East Asia", "2010s", "The Japan Times (a Kyodo story)", "https://www.japantimes.co.jp/news/2015/12/24/national/history/nakasone-sought-early-meeting-reagan-ldp-race-prime-minister/", "2015-12-24"),
    # "Published On:1997-11-01" on the page (a Saturday, checked). The story's "today" (the start
    # of a two-day visit) and "on Friday" cannot both hold for a Saturday date, so no relative day
    # is resolved (all dates null; see the notes).
    ("dev_12205_zedillo_clinton_rubin_planned", "Latin America", "1990s", "San Jose Mercury News (via the Media Awareness Project archive, rave.ca)", "http://www.rave.ca/sp/news_info/194794/world/", "1997-11-01"),
    # The dateline "Moscow, 16 September 1997 (RFE/RL)" (a Tuesday, checked): "today" -> 1997-09-16.
    ("dev_12206_yeltsin_pustovoitenko_kremlin", "Eastern Europe/Russia", "1990s", "Radio Free Europe/Radio Liberty (rferl.org)", "https://rferl.org/amp/1086626.html", "1997-09-16"),
    # "Tue, 16 Nov 1993" and "Athens, 16/11/1993 (ANA)" (a Tuesday, checked): "yesterday" ->
    # 1993-11-15; "(today)" -> 1993-11-16.
    ("test_12207_papandreou_karamanlis_clerides", "Western Europe", "1990s", "Athens News Agency bulletin (via HR-Net, hri.org)", "http://www.hri.org/news/greek/ana/1993/93-11-16.ana.txt", "1993-11-16"),
    # No date line in the excerpt; the URL's 2021/11/09 (a Tuesday, checked): "today" -> 2021-11-09.
    ("dev_12208_solih_rajapaksa_talks", "South Asia", "2020s", "Colombo Gazette (colombogazette.com)", "https://colombogazette.com/2021/11/09/maldives-and-sri-lanka-discuss-strengthening-cooperation/", "2021-11-09"),
    # The search tool's date field 2023-02-28 (a Tuesday, checked; removed with its " date ..."
    # prefix): "over the weekend" -> null (two days).
    ("dev_12209_sogavare_kalsakau_denarau", "Oceania", "2020s", "EIN Presswire (a Solomon Islands government release)", "https://www.einpresswire.com/article/619425707/solomon-islands-and-vanuatu-renew-acquaintances", "2023-02-28"),
    # The search tool's date field 2023-06-15 (a Thursday, checked; removed with its " date ..."
    # prefix): the meetings in Rome are given no day -> null.
    ("dev_12210_abela_meloni_rome", "Western Europe", "2020s", "Times of Malta (timesofmalta.com)", "https://timesofmalta.com/articles/view/energy-migration-discussed-robert-abela-giorgia-meloni-rome.1037976", "2023-06-15"),
    # The date line "16 May 1997" and "The Nation" (a Friday, checked): the talks in Burma are given
    # no day ("leaves this morning on a two-day official visit") -> null.
    ("test_12211_chavalit_burma_visit", "Southeast Asia", "1990s", "The Nation, Bangkok (via the Burma Library list archive, burmalibrary.org)", "http://www.burmalibrary.org/reg.burma/archives/199705/msg00327.html", "1997-05-16"),
    # No date line in the excerpt; the URL's 2025/03/06 (a Thursday, checked): "the contentious
    # Wednesday phone call" -> 2025-03-05.
    ("dev_12212_trudeau_trump_colourful_call", "North America", "2020s", "severuss.online (a reprint of a Canadian newspaper story)", "https://severuss.online/2025/03/06/trudeau-says-call-with-trump-over-trade-war-was-colourful", "2025-03-06"),
]

A = {}

A["dev_12201_mubarak_assad_talks"] = dict(
    actors={
        "bashar_al_assad": ["Bashar al- Assad", "Assad"],
        "hosni_mubarak": ["Hosni Mubarak", "Mubarak"],
        "syrian_arab_news_agency": ["Syrian Arab News Agency"],
    },
    meetings=[
        # "Syrian President Bashar al- Assad held talks on Monday with visiting Egyptian President
        # Hosni Mubarak ..." (the open session and the closed-door meeting of "the two presidents":
        # the same pair, day and place, one row) -> held, 2001-01-15 ("on Monday" in a Tuesday 16
        # January page), Syria ("Mubarak's visit to Syria"; "here" is not named, no city is given).
        M(["bashar_al_assad", "hosni_mubarak"], "2001-01-15", "Syria", IP, H,
          "Syrian President Bashar al- Assad held talks on Monday with visiting Egyptian President Hosni Mubarak on regional developments and stalled Middle East peace process."),
        # Not rows: the new US administration and the Israeli election (no meeting). Not annotated:
        # the United States and Israel (countries), "the Arab countries" (generic). Kept as found:
        # "Bashar al- Assad", "Egyptian- Syrian", the headline run into the first sentence
        # ("...Peace ProcessSyrian President") and "process.Assad" (no space), the table bars of the
        # date line and of the "World" line. Removed: at the start, the site's navigation line
        # ("Help | Sitemap | Archive | Advanced Search | Mirror in USA |"); at the end, the page
        # footer ("In This Section", two bars, "Copyright by People's Daily Online, ..." with the
        # mirror links). The story itself ends with a complete sentence.
    ],
    roles=[("Syrian President", "bashar_al_assad"), ("visiting Egyptian President", "hosni_mubarak")],
)

A["dev_12202_shevardnadze_demirel_turkey"] = dict(
    actors={
        "eduard_shevardnadze": ["Eduard Shevardnadze", "Shevardnadze"],
        "davit_tevzadze": ["Davit Tevzadze"],
        "irakli_menagarishvili": ["Irakly Menagarishvili"],
        "aslan_abashidze": ["Aslan Abashidze", "Abashidze"],
        "suleyman_demirel": ["Suleyman Demirel"],
        "anatolia_news_agency": ["Anatolia News Agency"],
        "the_turkish_daily_news": ["The Turkish Daily News"],
    },
    meetings=[
        # "Georgian President Eduard Shevardnadze, accompanied by ... held talks with their Turkish
        # counterparts in Ankara and Istanbul on February 26-27." with "Turkish President Suleyman
        # Demirel described Shevardnadze as ..." (the counterpart named in the next sentence, as
        # ANNOTATION lists a named actor for a role phrase) -> held, date null (a two-day range),
        # Turkey (two cities are named for the talks; see the notes).
        M(["eduard_shevardnadze", "suleyman_demirel"], None, "Turkey", IP, H,
          "Georgian President Eduard Shevardnadze, accompanied by Defense Minister Davit Tevzadze, Foreign Minister Irakly Menagarishvili and senior economic officials, held talks with their Turkish counterparts in Ankara and Istanbul on February 26-27."),
        # The same sentence for the ministers: "their Turkish counterparts" for the Defense and
        # Foreign Ministers are given by role only (unnamed) -> one-party rows, held, null, Turkey,
        # required False (the ministers are introduced as accompanying the president; see notes).
        M(["davit_tevzadze"], None, "Turkey", IP, H,
          "Georgian President Eduard Shevardnadze, accompanied by Defense Minister Davit Tevzadze, Foreign Minister Irakly Menagarishvili and senior economic officials, held talks with their Turkish counterparts in Ankara and Istanbul on February 26-27.",
          False),
        M(["irakli_menagarishvili"], None, "Turkey", IP, H,
          "Georgian President Eduard Shevardnadze, accompanied by Defense Minister Davit Tevzadze, Foreign Minister Irakly Menagarishvili and senior economic officials, held talks with their Turkish counterparts in Ankara and Istanbul on February 26-27.",
          False),
        # Not rows: Abashidze "joined the Georgian delegation" (a member of the delegation, not a
        # participant, as ANNOTATION treats people who accompany); the planned naval exercises (an
        # exercise); the pipeline and other projects (no meeting). Not annotated: "senior economic
        # officials" (unnamed), the USSR and the navies (generic). Kept as found: "Irakly", the en
        # dashes of the list items, "delegation–a tribute". Removed: at the end, the headline of the
        # next Monitor item ("SECURITY SITUATION IN TAJIKISTAN UNRAVELING AGAIN."). Nothing removed
        # at the start.
    ],
    roles=[("Georgian President", "eduard_shevardnadze"), ("Defense Minister", "davit_tevzadze"),
           ("Foreign Minister", "irakli_menagarishvili"), ("Ajaria’s leader", "aslan_abashidze"),
           ("Turkish President", "suleyman_demirel")],
)

A["test_12203_museveni_mudavadi_message"] = dict(
    actors={
        "yoweri_museveni": ["Yoweri Kaguta Museveni", "President Museveni", "Museveni"],
        "william_ruto": ["William Samoei Ruto", "President Ruto", "Ruto"],
        "musalia_mudavadi": ["Musalia Mudavadi", "Hon. Mudavadi", "Mudavadi"],
        "evariste_ndayishimiye": ["Evariste Ndayishimiye"],
        "rebecca_kadaga": ["Rebecca Kadaga"],
        "henry_okello_oryem": ["Henry Okello Oryem"],
        "east_african_community": ["East African Community", "EAC"],
    },
    meetings=[
        # "The message was delivered this evening by the special envoy of President Ruto ..., Hon.
        # Musalia Mudavadi." with "President Museveni and his guest also discussed ..." -> held,
        # 2023-10-05 ("this evening" in a story of Thursday 5 October), place null (no city or
        # country is named for the meeting).
        M(["yoweri_museveni", "musalia_mudavadi"], "2023-10-05", None, IP, H,
          "The message was delivered this evening by the special envoy of President Ruto who is also the Prime Cabinet Secretary of Kenya, Hon. Musalia Mudavadi."),
        # "... was early this week in Bujumbura where he met the President of Burundi, H.E Evariste
        # Ndayishimiye." -> held, date null ("early this week"), Bujumbura.
        M(["musalia_mudavadi", "evariste_ndayishimiye"], None, "Bujumbura", IP, H,
          "Hon. Mudavadi has made similar visits to different East African countries and was early this week in Bujumbura where he met the President of Burundi, H.E Evariste Ndayishimiye."),
        # Not rows: Museveni "has received a special message from his Kenyan counterpart" (a
        # message; Ruto is not present); Kadaga and Oryem "Present in the meeting" (present, not
        # participants: ANNOTATION's convention); "similar visits to different East African
        # countries" (no counterpart named). Kept as found: "H.E William", "Present in the meeting
        # were, the". Nothing removed (the excerpt is the complete story).
    ],
    roles=[("his Kenyan counterpart", "william_ruto"), ("the special envoy of President Ruto", "musalia_mudavadi"),
           ("the Prime Cabinet Secretary of Kenya", "musalia_mudavadi"), ("his guest", "musalia_mudavadi"),
           ("the President of Burundi", "evariste_ndayishimiye"),
           ("the First Deputy Prime Minister and Minister for East African Community Affairs", "rebecca_kadaga"),
           ("the Minister of State for Foreign Affairs", "henry_okello_oryem")],
)

A["dev_12204_nakasone_sigur_documents"] = dict(
    actors={
        "yasuhiro_nakasone": ["Yasuhiro Nakasone", "Nakasone"],
        "gaston_sigur": ["Gaston Sigur", "Sigur"],
        "ronald_reagan": ["Ronald Reagan", "President Reagan", "Reagan"],
        "yoshio_okawara": ["Yoshio Okawara", "Okawara"],
        "us_national_security_council": ["U.S. National Security Council"],
        "liberal_democratic_party_japan": ["Liberal Democratic Party", "LDP"],
        "ministry_of_foreign_affairs_japan": ["Japanese Foreign Ministry"],
        "house_of_representatives_japan": ["House of Representatives"],
        "national_diet": ["Diet"],
    },
    meetings=[
        # "Nakasone conveyed the wish ... to Gaston Sigur ..., on Nov. 18, 1982, during Sigur’s visit
        # to Japan." -> held, 1982-11-18, Japan.
        M(["yasuhiro_nakasone", "gaston_sigur"], "1982-11-18", "Japan", IP, H,
          "Nakasone conveyed the wish for a U.S. visit as early as in January 1983 to Gaston Sigur, head of Asian affairs at the U.S. National Security Council, on Nov. 18, 1982, during Sigur’s visit to Japan."),
        # "Soon after, the U.S. administration of President Ronald Reagan decided to hold a Japan-U.S.
        # summit in Washington on Jan. 18, 1983." -> planned (decided to hold; status from the
        # narrative's point of view, as ANNOTATION does), 1983-01-18, Washington.
        M(["ronald_reagan", "yasuhiro_nakasone"], "1983-01-18", "Washington", IP, P,
          "Soon after, the U.S. administration of President Ronald Reagan decided to hold a Japan-U.S. summit in Washington on Jan. 18, 1983."),
        # "... before his summit with Reagan, Nakasone told Japanese ambassador to the United States
        # Yoshio Okawara that ..." -> held, date null, place null, required False (a conversation
        # known from a document, channel and occasion not given; see the notes).
        M(["yasuhiro_nakasone", "yoshio_okawara"], None, None, IP, H,
          "According to a separate diplomatic document, before his summit with Reagan, Nakasone told Japanese ambassador to the United States Yoshio Okawara that he wanted to “hold talks with President Reagan from a broad perspective and hit it off well in the spirit of ‘let’s go.’ “",
          False),
        # "When Reagan visited Japan in November 1983, he gave his thoughts ... during a chat with
        # Nakasone." -> held, date null (month only), Japan.
        M(["ronald_reagan", "yasuhiro_nakasone"], None, "Japan", IP, H,
          "When Reagan visited Japan in November 1983, he gave his thoughts on the presidential election in 1984 during a chat with Nakasone."),
        # Not rows: "Their bond" / "close ties" (no specific meeting); the Foreign Ministry's view on
        # the timing of the visit (no meeting); "Nakasone also told Okawara" (the same conversation);
        # the Cabinet formation and the LDP election (no meeting). Not annotated: "the foreign
        # ministers of the two countries" (unnamed), "his Cabinet" (generic). Kept as found: the
        # closing quotation mark written as "‘let’s go.’ “". Removed: at the start, the agency line
        # "• Kyodo"; at the end, the last, cut-off sentence ("The right to dissolve t").
    ],
    roles=[("Former Prime Minister", "yasuhiro_nakasone"),
           ("head of Asian affairs at the U.S. National Security Council", "gaston_sigur"),
           ("President", "ronald_reagan"), ("Japanese ambassador to the United States", "yoshio_okawara")],
)

A["dev_12205_zedillo_clinton_rubin_planned"] = dict(
    actors={
        "ernesto_zedillo": ["Ernesto Zedillo Ponce de León", "Zedillo"],
        "bill_clinton": ["President Clinton", "Clinton"],
        "robert_rubin": ["Robert Rubin"],
        "al_gore": ["Al Gore"],
    },
    meetings=[
        # "The quip set a new tone for Zedillo's planned twohour meeting with President Clinton on
        # Friday in Washington, D.C." ("his Friday morning meeting with Clinton", "his meeting with
        # Clinton": the same) -> planned, date null (see ARTICLES), Washington.
        M(["ernesto_zedillo", "bill_clinton"], None, "Washington", IP, P,
          "The quip set a new tone for Zedillo's planned twohour meeting with President Clinton on Friday in Washington, D.C."),
        # "He meets later in the day with U.S. Treasury Secretary Robert Rubin, ..." -> planned, date
        # null (the "today" of the page is not reliable), Washington (the visit to "the U.S.
        # capital", "in Washington, D.C.").
        M(["ernesto_zedillo", "robert_rubin"], None, "Washington", IP, P,
          "But then he'll get down to business: He meets later in the day with U.S. Treasury Secretary Robert Rubin, with whom he'll discuss Mexico's stubbornly high foreign debt and repayment prospects amid an improving Mexican economy."),
        # "After his Friday morning meeting with Clinton, Zedillo will have lunch with Vice President
        # Al Gore." -> planned, date null, Washington.
        M(["ernesto_zedillo", "al_gore"], None, "Washington", IP, P,
          "After his Friday morning meeting with Clinton, Zedillo will have lunch with Vice President Al Gore."),
        # Not rows: "a breakfast speech to business leaders" (a speech); Zedillo's remark on
        # reparations (a statement); "a close friendship" (no meeting). Not annotated: "San Jose
        # Mercury News" and "Media Awareness Project" (source and site header lines, as ANNOTATION
        # leaves outlet names in headers out), "the U.S. government" (generic). Kept as found:
        # "twohour", "twoday whirl though", "likemindedness", the hard line breaks, the header lines
        # "Title:", "Published On:", "Source:", "Fetched On:". Removed: at the start, the site's
        # login block ("Rave Radio: Offline (0/0)", "Correo electrónico: Contraseña:", "Anonymous",
        # "Nueva cuenta", "¿Olvidaste tu contraseña?"); at the end, the last, cut-off sentence
        # ("Zedillo administration sources insist the trip, su").
    ],
    roles=[("Mexican President", "ernesto_zedillo"), ("U.S. Treasury Secretary", "robert_rubin"),
           ("Vice President", "al_gore"), ("The popular Mexican president", "ernesto_zedillo")],
)

A["dev_12206_yeltsin_pustovoitenko_kremlin"] = dict(
    actors={
        "boris_yeltsin": ["Boris Yeltsin", "Yeltsin"],
        "valeriy_pustovoitenko": ["Valery Pustovoitenklo", "Pustovoitenko"],
        "leonid_kuchma": ["Leonid Kuchma"],
        "viktor_chernomyrdin": ["Viktor Chernomyrdin"],
        "rem_vyakhirev": ["Rem Vyakhirev"],
        "gazprom": ["Gazprom"],
    },
    meetings=[
        # "Russian President Boris Yeltsin met Ukraine's Prime Minister Valery Pustovoitenklo in the
        # Kremlin today ..." -> held, 1997-09-16, Moscow (the Kremlin and the dateline).
        M(["boris_yeltsin", "valeriy_pustovoitenko"], "1997-09-16", "Moscow", IP, H,
          "Moscow, 16 September 1997 (RFE/RL) -- Russian President Boris Yeltsin met Ukraine's Prime Minister Valery Pustovoitenklo in the Kremlin today and said relations between the two countries had significantly improved."),
        # "Pustovoitenko was due also to meet Russian Prime Minister Viktor Chernomyrdin and Rem
        # Vyakhirev, ..." -> two separate planned meetings (one row each), date null (no time
        # given), Moscow (the visit of the dateline).
        M(["valeriy_pustovoitenko", "viktor_chernomyrdin"], None, "Moscow", IP, P,
          "Pustovoitenko was due also to meet Russian Prime Minister Viktor Chernomyrdin and Rem Vyakhirev, head of the Russian gas monopoly Gazprom."),
        M(["valeriy_pustovoitenko", "rem_vyakhirev"], None, "Moscow", IP, P,
          "Pustovoitenko was due also to meet Russian Prime Minister Viktor Chernomyrdin and Rem Vyakhirev, head of the Russian gas monopoly Gazprom."),
        # "... since he and Ukraine's President Leonid Kuchma signed in May a long-awaited friendship
        # and cooperation treaty, ..." -> a joint signing, held, date null (month only), place null,
        # required False (a signing mentioned in passing; see the notes).
        M(["boris_yeltsin", "leonid_kuchma"], None, None, IP, H,
          "Yeltsin said that since he and Ukraine's President Leonid Kuchma signed in May a long-awaited friendship and cooperation treaty, ties between Moscow and Kyiv had become \"qualitatively different.\"",
          False),
        # Not rows: "constant contacts between the leaders" (no specific meeting); the joint
        # economic programme and the shipyards (plans, no meeting); "The Kremlin said earlier" (a
        # statement). Not annotated: "RFE/RL" (the agency in the dateline), "the Kremlin" (a
        # building standing for the presidency), the Black Sea Fleet (a fleet). Kept as found:
        # "Pustovoitenklo" (typo), "there there", the page's repetition of three paragraphs.
        # Removed: at the end, the last, cut-off repeated sentence ("Pustovoitenko was due also to
        # meet Russian Prime Minister Viktor Chernomyrdin and Rem Vyakhirev, head of the Russian gas
        # monopoly Gazp"). Nothing removed at the start.
    ],
    roles=[("Russian President", "boris_yeltsin"), ("Ukraine's Prime Minister", "valeriy_pustovoitenko"),
           ("Ukraine's President", "leonid_kuchma"), ("Russian Prime Minister", "viktor_chernomyrdin"),
           ("head of the Russian gas monopoly Gazprom", "rem_vyakhirev")],
)

A["test_12207_papandreou_karamanlis_clerides"] = dict(
    actors={
        "andreas_papandreou": ["Andreas Papandreou", "Mr. Papandreou"],
        "constantine_karamanlis": ["Constantine Karamanlis"],
        "glafcos_clerides": ["Glafcos Clerides", "Mr. Clerides"],
        "karolos_papoulias": ["Karolos Papoulias", "Mr. Papoulias"],
    },
    meetings=[
        # "Prime Minister Andreas Papandreou had talks yesterday with President Constantine
        # Karamanlis ..." ("after the meeting": the same) -> held, 1993-11-15 ("yesterday" in a
        # Tuesday 16 November bulletin), Athens (the dateline; see the notes).
        M(["andreas_papandreou", "constantine_karamanlis"], "1993-11-15", "Athens", IP, H,
          "Athens, 16/11/1993 (ANA): Prime Minister Andreas Papandreou had talks yesterday with President Constantine Karamanlis on the economy and a range of national issues including the Cyprus problem, relations with Albania and the Former Yugoslav Republic of Macedonia."),
        # "... the aim of my meeting with Cyprus President Glafcos Clerides (today) will be to
        # formulate a joint policy on the Cyprus issue" -> planned, 1993-11-16, Athens (the
        # dateline; no place is given for the meeting).
        M(["andreas_papandreou", "glafcos_clerides"], "1993-11-16", "Athens", IP, P,
          "This does not mean that the Greek Cypriot side is satisfied with these measures ... and the aim of my meeting with Cyprus President Glafcos Clerides (today) will be to formulate a joint policy on the Cyprus issue\"."),
        # "... Mr. Papoulias told the Albanian side that ..." (during his "tour of Balkan capitals,
        # which included Tirana") -> talks with an unnamed side, one-party row, held, date null,
        # Tirana, required False (the occasion is inferred from the tour; see the notes).
        M(["karolos_papoulias"], None, "Tirana", IP, H,
          "When the issue of the Tsamides was raised, Mr. Papandreou said, Mr. Papoulias told the Albanian side that the issue of compensation could be examined by the legal departments of the Greek and Albanian foreign ministries.",
          False),
        # Not rows: "he agreed with Mr. Clerides that ..." (an agreement of views, no meeting told);
        # the "general agreement" and the "corresponding" agreement (agreements); "the Turkish side
        # has rejected the confidence-building measures" (no meeting). Not annotated: "ANA" and
        # "Greek Press Office BBS" (agency and distributor in the header and dateline), "the Tsamides"
        # (a group), "the legal departments of the Greek and Albanian foreign ministries" (generic).
        # Kept as found: the subject line and the single-paragraph layout, the quotation marks
        # "'we jointly decide' \"". Removed: at the start, the mail header "From:
        # zarros@turing.scs.carleton.ca (Theodoros Sp. Zarros) "; at the end, the last, cut-off
        # sentence ("On the issue of the Former Yugoslav Republic of Macedonia, Mr. Papandreou said
        # that President Kiro Gligorov \"now has the responsibility to demons"; so Gligorov is not in
        # the stored text).
    ],
    roles=[("Prime Minister", "andreas_papandreou"), ("President", "constantine_karamanlis"),
           ("Cyprus President", "glafcos_clerides"), ("Foreign Minister", "karolos_papoulias")],
)

A["dev_12208_solih_rajapaksa_talks"] = dict(
    actors={
        "ibrahim_mohamed_solih": ["Ibrahim Mohamed Solih", "President Solih", "Solih"],
        "gotabaya_rajapaksa": ["Gotabaya Rajapaksa", "President Rajapaksa"],
        "mahinda_rajapaksa": ["Mahinda Rajapaksa"],
    },
    meetings=[
        # "Visiting Maldives President Ibrahim Mohamed Solih had talks with President Gotabaya
        # Rajapaksa and Prime Minister Mahinda Rajapaksa today." -> two bilaterals (the next
        # paragraphs tell them apart: "President Solih and President Rajapaksa held an extensive
        # discussion"; the luncheon and conversation with the Prime Minister), as ANNOTATION's
        # `dev_032` -> held, 2021-11-09, Sri Lanka (the "current visit to Sri Lanka"; no city named).
        M(["ibrahim_mohamed_solih", "gotabaya_rajapaksa"], "2021-11-09", "Sri Lanka", IP, H,
          "Visiting Maldives President Ibrahim Mohamed Solih had talks with President Gotabaya Rajapaksa and Prime Minister Mahinda Rajapaksa today."),
        # The luncheon "hosted in his honour by Prime Minister Mahinda Rajapaksa" and "Prior to the
        # luncheon, President Solih took time to converse with the Prime Minister" (the same pair,
        # day and place: one row).
        M(["ibrahim_mohamed_solih", "mahinda_rajapaksa"], "2021-11-09", "Sri Lanka", IP, H,
          "Visiting Maldives President Ibrahim Mohamed Solih had talks with President Gotabaya Rajapaksa and Prime Minister Mahinda Rajapaksa today."),
        # Not rows: the opening ceremony of the football tournament (a ceremony); "the First Lady"
        # (unnamed, accompanying). Not annotated: the "Prime Minister Mahinda Rajapaksa Trophy
        # 2021" (an event). Removed: at the end, the agency tag "(Colombo Gazette)". Nothing removed
        # at the start.
    ],
    roles=[("Visiting Maldives President", "ibrahim_mohamed_solih"), ("President", "gotabaya_rajapaksa"),
           ("Prime Minister", "mahinda_rajapaksa"), ("the Prime Minister", "mahinda_rajapaksa")],
)

A["dev_12209_sogavare_kalsakau_denarau"] = dict(
    actors={
        "manasseh_sogavare": ["Manasseh Sogavare"],
        "ishmael_kalsakau": ["Ishmael Kalsakau"],
        "pacific_islands_forum": ["Pacific Islands Forum"],
        "melanesian_spearhead_group": ["MSG"],
    },
    meetings=[
        # "Prime Ministers Hon. Manasseh Sogavare MP and Hon. Ishmael Kalsakau MP deliberated ... at
        # the margin of the Pacific Islands Forum Leaders Special retreat over the weekend in
        # Denarau, Fiji." -> a bilateral on the sidelines, held, date null ("over the weekend": two
        # days), Denarau.
        M(["manasseh_sogavare", "ishmael_kalsakau"], None, "Denarau", IP, H,
          "Prime Ministers Hon. Manasseh Sogavare MP and Hon. Ishmael Kalsakau MP deliberated on the above and other issues of mutual concern and interest at the margin of the Pacific Islands Forum Leaders Special retreat over the weekend in Denarau, Fiji."),
        # Not rows: the Forum Leaders Special retreat (a plenary); "Both leader agreed" and "both
        # Prime Ministers agreed" (the same meeting); the MSG Free Trade Agreement (an agreement).
        # Kept as found: "Both leader agreed", "To date, has Solomon Islands since signed the
        # Agreement.". Removed: at the start, the search tool's " date 2023-02-28" prefix. Nothing
        # removed at the end.
    ],
    roles=[],
)

A["dev_12210_abela_meloni_rome"] = dict(
    actors={
        "robert_abela": ["Robert Abela", "Abela"],
        "giorgia_meloni": ["Giorgia Meloni", "Meloni"],
        "med9": ["MED9"],
        "european_union": ["EU"],
        "european_commission": ["European Commission"],
    },
    meetings=[
        # "... bilateral meetings in Rome between Prime Minister Robert Abela had in Rome with his
        # Italian counterpart Giorgia Meloni." ("his meetings": the same) -> held, date null (the
        # story of 15 June gives no day), Rome.
        M(["robert_abela", "giorgia_meloni"], None, "Rome", IP, H,
          "Bilateral relations between Malta and Italy, the energy sector, the Mediterranean’s potential, and the migration challenge were among the themes discussed in bilateral meetings in Rome between Prime Minister Robert Abela had in Rome with his Italian counterpart Giorgia Meloni."),
        # Not rows: the planned "technical ones" (meetings of unnamed officials); "agreed by the
        # MED9 countries in Malta some weeks ago" (a multilateral meeting); the initiative with
        # Tunisia "led by the president of the European Commission" (unnamed; no meeting told).
        # Not annotated: "the president of the European Commission" (unnamed in the text), "Piano
        # Mattei" (a strategy). Kept as found: "between Prime Minister Robert Abela had in Rome with".
        # Removed: at the start, the search tool's " date 2023-06-15" prefix; at the end, the last,
        # cut-off sentence ("The EU and Tunisia have agreed to work together to fight irregular
        # migration to and from Tunisia and the prevention").
    ],
    roles=[("Prime Minister", "robert_abela"), ("his Italian counterpart", "giorgia_meloni")],
)

A["test_12211_chavalit_burma_visit"] = dict(
    actors={
        "chavalit_yongchaiyudh": ["Chavalit Yongchaiyudh", "Chavalit"],
        "slorc": ["Slorc"],
        "boonchong_weesommai": ["Boonchong Weesommai", "Boonchong"],
        "aung_san_suu_kyi": ["Aung San Suu Kyi"],
        "prachuab_chaiyasarn": ["Prachuab Chaiyasarn"],
        "surapong_jayanaman": ["Surapong Jayanaman", "Surapong"],
        "federation_of_thai_industries": ["Federation of Thai Industries"],
        "board_of_trade_thailand": ["Board of Trade"],
        "thai_bankers_association": ["Thai Bankers Association"],
    },
    meetings=[
        # "PRIME Minister Chavalit Yongchaiyudh leaves this morning on a two-day official visit to
        # Burma amid strong domestic and foreign opposition to his talks with an ''illegitimate"
        # Burmese regime." -> planned talks with the regime, named in the text as "Slorc" (the
        # "Burmese junta") -> planned, date null (a two-day visit, no day for the talks), Burma.
        M(["chavalit_yongchaiyudh", "slorc"], None, "Burma", IP, P,
          "PRIME Minister Chavalit Yongchaiyudh leaves this morning on a two-day official visit to Burma amid strong domestic and foreign opposition to his talks with an ''illegitimate\" Burmese regime."),
        # Not rows: the journalists warned "not to seek meetings or interviews with ... Aung San Suu
        # Kyi" (a meeting not to take place); the business presidents "travelling with Chavalit"
        # (unnamed, accompanying); statements of Boonchong, Prachuab and Surapong (statements). Not
        # annotated: "The Nation" (the outlet line of the page), "Thai journalists" (unnamed),
        # "University Avenue" (a place). Kept as found: the doubled headline, the blank lines, the
        # line-end spaces and hard line breaks, the quotation marks written "''...\"". Removed: at
        # the start, the list archive's navigation line ("[Date Prev][Date Next][Thread
        # Prev][Thread Next][Date Index ][Thread Index ]") and the blank lines after it; at the end,
        # the last, cut-off sentence ("Chavalit's agenda has not been publicly disclosed, but
        # official sources said the former Army chief, who is the first foreign dignitary to break
        # the international is").
    ],
    roles=[("PRIME Minister", "chavalit_yongchaiyudh"), ("the premier", "chavalit_yongchaiyudh"),
           ("the Burmese junta", "slorc"), ("the premier's secretary-general", "boonchong_weesommai"),
           ("Burmese pro-democracy leader", "aung_san_suu_kyi"), ("Foreign Minister", "prachuab_chaiyasarn")],
)

A["dev_12212_trudeau_trump_colourful_call"] = dict(
    actors={
        "justin_trudeau": ["Justin Trudeau", "Trudeau"],
        "donald_trump": ["Donald Trump", "Donald"],
        "wall_street_journal": ["Wall Street Journal"],
    },
    meetings=[
        # "More details are emerging from the contentious Wednesday phone call between Prime
        # Minister Justin Trudeau and U.S. President Donald Trump ..." ("It was a “colourful call.”",
        # "During the phone call": the same) -> phone, held, 2025-03-05 ("Wednesday" in a Thursday 6
        # March story), no place (a call).
        M(["justin_trudeau", "donald_trump"], "2025-03-05", None, PH, H,
          "More details are emerging from the contentious Wednesday phone call between Prime Minister Justin Trudeau and U.S. President Donald Trump — one the Wall Street Journal reported as being “heated and included profanity.”"),
        # Not rows: the press conference in Ottawa "on Thursday" (a news conference of one person);
        # "I’ve been having conversations and working with Donald for over eight years now" (no
        # specific meeting). Not annotated: "the U.S. administration" (generic). Kept as found: "the
        # conversation with a spirited one", "they’ve chose", "as our shared history as proven".
        # Removed: at the end, the dangling first word of a cut-off sentence ("Trudeau"). Nothing
        # removed at the start.
    ],
    roles=[("Prime Minister", "justin_trudeau"), ("U.S. President", "donald_trump"),
           ("the U.S. president", "donald_trump")],
)
