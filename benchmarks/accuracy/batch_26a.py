"""Accuracy corpus, batch 26a: 11 new articles from the 1970s, 1980s and 1990s.

Picks (under a 25-minute limit, regions and leaders chosen for variety after batches 24a/25a: no
Papers Past story about New Zealand, no Clinton-Yeltsin, no Bush-Salinas, no Mubarak): 1970s Eastern
Europe/Russia (Brandt-Stoph in Erfurt, Time), East Asia (Teng-Fukuda treaty ceremony in Tokyo,
NZPA-Reuter via Papers Past) and Western Europe (Nixon-Pompidou in Reykjavik, NZPA-Reuter via Papers
Past); 1980s Africa (De Klerk-Kaunda at Victoria Falls, LA Times), South Asia (Rajiv Gandhi-Jayewardene,
Orlando Sentinel), Eastern Europe/Russia (Gorbachev-Ceausescu in Bucharest, AP) and the Middle East
(Perez de Cuellar in Tehran and Baghdad, LA Times); 1990s Eastern Europe/Russia twice (Tudjman-Milosevic
near Athens, Chicago Tribune; Rybkin-Lukashenka talks and a planned Yeltsin-Lukashenka signing, RFE/RL),
Latin America (Menem-Frei border pact, LA Times wire copy) and Central Asia/Caucasus (Nazarbayev,
Akayev and Karimov at the Interstate Council, RFE/RL). Only three 1970s articles: the time limit ran
out before a fourth 1970s page with a day-precise publication date was found (see the notes).
Pages found in the results but already in the corpus (URL, or the same story at another outlet) were
skipped before numbering: India Today Rajiv-Benazir 1989, Tehran Times Aliyev-Kocharian Genthod 1999,
Reuters Screenocean Kriangsak 1978, Sun-Sentinel Central American summit 1988, CSM Moi-Binaisa-Nyerere
1980. Collected with `search` (corpus `pages`), annotated from the texts alone; the package was not run.

Split rule (fixed before annotating): numbered 1..11 in the order first found in this session's search
results (query order, then rank), pages already in the corpus skipped before numbering; positions 3, 7
and 11 are test, all others dev. Ids: `dev_50NN_<slug>` / `test_50NN_<slug>`.

M(participants, date, place, kind, status, evidence, required=True)
Evidence is the verbatim sentence (line breaks inside it replaced by single spaces).
"""

from annotations import H, IP, M, P, PH, VID  # noqa: F401

# (article_id, region, decade, outlet, url, published)
ARTICLES = [
    # "August 08, 1996" (a Thursday; also in the URL): "agreed Wednesday" = 1996-08-07. Dateline
    # VOULIAGMENI (the talks "near Athens"); "April 1991" is month-only -> null.
    ("dev_5001_tudjman_milosevic_vouliagmeni", "Eastern Europe/Russia", "1990s", "Chicago Tribune (Tribune News Services)", "http://articles.chicagotribune.com/1996-08-08/news/9608080222_1_franjo-tudjman-bosnian-war-thousands-of-serb-refugees", "1996-08-08"),
    # URL date 1989-08-29 (a Tuesday): "on Monday met" = 1989-08-28.
    ("dev_5002_de_klerk_kaunda_livingstone", "Africa", "1980s", "Los Angeles Times", "https://www.latimes.com/archives/la-xpm-1989-08-29-mn-1209-story.html", "1989-08-29"),
    # Dateline "Moscow, 1 April 1997" (a Tuesday): Rybkin's talks "today" = 1997-04-01; the signing
    # "tomorrow" = 1997-04-02.
    ("test_5003_yeltsin_lukashenka_union_planned", "Eastern Europe/Russia", "1990s", "Radio Free Europe/Radio Liberty", "http://www.rferl.org/a/1084435.html", "1997-04-01"),
    # Issue code CHP19781024 (a Tuesday); dateline "Tokyo", no day given for the ceremony -> null.
    ("dev_5004_teng_fukuda_tokyo", "East Asia", "1970s", "The Press (Christchurch), via Papers Past (NZPA-Reuter)", "https://paperspast.natlib.govt.nz/newspapers/CHP19781024.2.50.8", "1978-10-24"),
    # "Monday, Mar. 30, 1970" (issue date, also in the URL path); "one morning last week" -> null.
    ("dev_5005_brandt_stoph_erfurt", "Eastern Europe/Russia", "1970s", "Time (magazine archive, text mirror)", "http://20.210.105.67/txt/time/Time1970/1970-03-30/942220.html", "1970-03-30"),
    # URL date 1998-dec-17 (a Thursday): "signed an accord Wednesday" = 1998-12-16.
    ("dev_5006_menem_frei_buenos_aires", "Latin America", "1990s", "Los Angeles Times (Times Wire Services)", "https://www.latimes.com/archives/la-xpm-1998-dec-17-mn-55001-story.html", "1998-12-17"),
    # URL date 1985-06-03 (a Monday): "met Sunday" = 1985-06-02; "continue today" = 1985-06-03.
    ("test_5007_gandhi_jayewardene_talks", "South Asia", "1980s", "Orlando Sentinel", "https://www.orlandosentinel.com/news/os-xpm-1985-06-03-0300300285-story.html", "1985-06-03"),
    # Dateline "Almaty, 26 August 1996" (a Monday); "last week" -> null.
    ("dev_5008_central_asia_interstate_council", "Central Asia/Caucasus", "1990s", "Radio Free Europe/Radio Liberty", "http://www.rferl.org/a/1081412.html", "1996-08-26"),
    # "May 25, 1987" (a Monday): "today" = 1987-05-25.
    ("dev_5009_gorbachev_ceausescu_bucharest", "Eastern Europe/Russia", "1980s", "Associated Press (AP News archive)", "https://apnews.com/15574d333fa314a1ed157fbeed22c097", "1987-05-25"),
    # "April 09, 1985" (a Tuesday): Perez de Cuellar "left Iran on Monday" (1985-04-08) after an
    # "overnight stay" -> the day of the Rafsanjani meeting is not certain -> null; Baghdad day not
    # stated -> null.
    ("dev_5010_perez_de_cuellar_tehran_baghdad", "Middle East", "1980s", "Los Angeles Times", "http://articles.latimes.com/1985-04-09/news/mn-27991_1_war-gulf-called", "1985-04-09"),
    # Issue code CHP19730602 (a Saturday); dateline "REYKJAVIK, June 1" (a Friday): the dinner "last
    # night" = 1973-05-31 (resolved against the dateline day); the "two-day summit" is a range -> null.
    ("test_5011_nixon_pompidou_reykjavik", "Western Europe", "1970s", "The Press (Christchurch), via Papers Past (NZPA-Reuter)", "https://paperspast.natlib.govt.nz/newspapers/CHP19730602.2.146", "1973-06-02"),
]

A = {}

A["dev_5001_tudjman_milosevic_vouliagmeni"] = dict(
    actors={"slobodan_milosevic": ["Slobodan Milosevic", "Milosevic"],
            "franjo_tudjman": ["Franjo Tudjman", "Tudjman"],
            "costas_simitis": ["Greek Prime Minister Costas Simitis", "Costas Simitis", "Simitis"]},
    meetings=[
        # Place from the dateline (the talks "near Athens").
        M(["slobodan_milosevic", "franjo_tudjman"], "1996-08-07", "Vouliagmeni", IP, H,
          "Slobodan Milosevic of Serbia, which dominates what remains of Yugoslavia, and Franjo Tudjman of Croatia reached the accord at unannounced talks near Athens."),
        # "secretive talks in April 1991": month-only -> null; no place given.
        M(["slobodan_milosevic", "franjo_tudjman"], None, None, IP, H,
          "It is believed to be their first one-on-one meeting since secretive talks in April 1991--a year before the Bosnian war--when they are widely thought to have discussed dividing Bosnia."),
        # Not rows: Simitis "announced the agreement" (not said to have met them); the visit of
        # Croatia's (unnamed) foreign minister to Belgrade.
    ],
    roles=[("Greek Prime Minister", "costas_simitis")],
)

A["dev_5002_de_klerk_kaunda_livingstone"] = dict(
    actors={"f_w_de_klerk": ["Acting President Frederik W. de Klerk", "Frederik W. de Klerk", "De Klerk"],
            "kenneth_kaunda": ["President Kenneth D. Kaunda", "Kenneth D. Kaunda", "President Kaunda", "Kaunda"],
            "p_w_botha": ["Pieter W. Botha", "Botha"],
            "african_national_congress": ["African National Congress", "ANC"]},
    meetings=[
        # No city in the text; the most specific named locality is Victoria Falls.
        M(["f_w_de_klerk", "kenneth_kaunda"], "1989-08-28", "Victoria Falls", IP, H,
          "Acting President Frederik W. de Klerk of South Africa on Monday met President Kenneth D. Kaunda of Zambia, one of his harshest critics in black-ruled Africa, near the misty rainbows of Victoria Falls and outlined his “positive, hopeful vision” of ending apartheid."),
        # Not rows: "De Klerk's second with an African leader in four days" (unnamed); the news
        # conference; Botha's objection and resignation.
    ],
    roles=[("De Klerk’s predecessor", "p_w_botha"), ("South Africa’s acting leader", "f_w_de_klerk")],
)

A["test_5003_yeltsin_lukashenka_union_planned"] = dict(
    actors={"boris_yeltsin": ["Russian President Boris Yeltsin", "Boris Yeltsin", "Yeltsin"],
            "alexander_lukashenko": ["Belarus President Alyaksandr Lukashenka", "Alyaksandr Lukashenka", "Lukashenka"],
            "sergei_yastrzhembsky": ["Sergei Yastrzhembsky", "Yastrzhembsky"],
            "ivan_rybkin": ["Ivan Rybkin", "Rybkin"],
            "gennady_seleznyov": ["Gennady Seleznyov"],
            "security_council_of_russia": ["Russian Security Council"],
            "russian_duma": ["State Duma"], "kremlin": ["Kremlin"]},
    meetings=[
        M(["ivan_rybkin", "alexander_lukashenko"], "1997-04-01", "Minsk", IP, H,
          "Russian Security Council secretary, Ivan Rybkin, flew to Minsk today for closed-door talks with Lukashenka to discuss aspects of the union treaty and suggest changes."),
        # The signing by both presidents in Moscow "tomorrow" (the lead: "signed as planned tomorrow").
        M(["boris_yeltsin", "alexander_lukashenko"], "1997-04-02", "Moscow", IP, P,
          "Sergei Yastrzhembsky said today that the accord to be signed by Yeltsin and Belarus President Alyaksandr Lukashenka in Moscow will be a shorter version of the draft discussed in recent days."),
        # Not rows: Yastrzhembsky's and Seleznyov's statements; the "month of public discussion".
    ],
    roles=[("a Kremlin spokesman", "sergei_yastrzhembsky"), ("the president", "boris_yeltsin"),
           ("State Duma speaker", "gennady_seleznyov")],
)

A["dev_5004_teng_fukuda_tokyo"] = dict(
    actors={"deng_xiaoping": ["Mr Teng Hsiao-ping", "Teng Hsiao-ping", "Mr Teng"],
            "takeo_fukuda": ["Mr Takeo Fukuda", "Takeo Fukuda", "Mr Fukuda"],
            "huang_hua": ["Mr Huang Hua", "Huang Hua"],
            "sunao_sonoda": ["Mr Sunao Sonoda", "Sunao Sonoda"],
            "kremlin": ["Kremlin"]},
    meetings=[
        # One ceremony of four named people: the two principals and the two foreign ministers who
        # exchanged the instruments are required; the cross pairs are optional. Day not stated.
        M(["deng_xiaoping", "takeo_fukuda"], None, "Tokyo", IP, H,
          "The Chinese Vice-Premier (Mr Teng Hsiao-ping) and the Japanese Prime Minister (Mr Takeo Fukuda), watched a closely-guarded ceremony in Mr Fukuda’s official residence as the Chinese and Japanese Foreign Ministers, Mr Huang Hua and Mr Sunao Sonoda, exchanged the instruments of ratification of a Sino-Japanese peace and friendship treaty."),
        M(["huang_hua", "sunao_sonoda"], None, "Tokyo", IP, H,
          "The Chinese Vice-Premier (Mr Teng Hsiao-ping) and the Japanese Prime Minister (Mr Takeo Fukuda), watched a closely-guarded ceremony in Mr Fukuda’s official residence as the Chinese and Japanese Foreign Ministers, Mr Huang Hua and Mr Sunao Sonoda, exchanged the instruments of ratification of a Sino-Japanese peace and friendship treaty."),
        M(["deng_xiaoping", "sunao_sonoda"], None, "Tokyo", IP, H,
          "The Chinese Vice-Premier (Mr Teng Hsiao-ping) and the Japanese Prime Minister (Mr Takeo Fukuda), watched a closely-guarded ceremony in Mr Fukuda’s official residence as the Chinese and Japanese Foreign Ministers, Mr Huang Hua and Mr Sunao Sonoda, exchanged the instruments of ratification of a Sino-Japanese peace and friendship treaty.", False),
        M(["takeo_fukuda", "huang_hua"], None, "Tokyo", IP, H,
          "The Chinese Vice-Premier (Mr Teng Hsiao-ping) and the Japanese Prime Minister (Mr Takeo Fukuda), watched a closely-guarded ceremony in Mr Fukuda’s official residence as the Chinese and Japanese Foreign Ministers, Mr Huang Hua and Mr Sunao Sonoda, exchanged the instruments of ratification of a Sino-Japanese peace and friendship treaty.", False),
        # Not rows: the treaty "signed on August 12 in Peking" (signatories not named); Teng-Huang
        # and Fukuda-Sonoda (same delegation); mending fences "with the Kremlin" (no meeting).
    ],
    roles=[("The Chinese Vice-Premier", "deng_xiaoping"), ("the Japanese Prime Minister", "takeo_fukuda")],
)

A["dev_5005_brandt_stoph_erfurt"] = dict(
    actors={"willy_brandt": ["West German Chancellor Willy Brandt", "Willy Brandt", "Brandt"],
            "willi_stoph": ["East German Premier Willi Stoph", "Willi Stoph", "Stoph"]},
    meetings=[
        # "one morning last week" -> null. Stoph is the host ("accompanied" here = escorted the
        # visitor), so he is a participant.
        M(["willy_brandt", "willi_stoph"], None, "Erfurt", IP, H,
          "When Brandt, accompanied by East German Premier Willi Stoph (see box) walked across a square to the Hotel Erfurter Hof, the cheers began: \"Willy! Willy! Willy!\""),
        # Not rows: "the first summit meeting between the heads of government" (the same meeting, in
        # the lead); the crowd's cheers.
    ],
    roles=[],
)

A["dev_5006_menem_frei_buenos_aires"] = dict(
    actors={"carlos_menem": ["Carlos Menem"],
            "eduardo_frei_ruiz_tagle": ["Eduardo Frei", "Frei"]},
    meetings=[
        # A signing ceremony of the two presidents, in person: a held meeting.
        M(["carlos_menem", "eduardo_frei_ruiz_tagle"], "1998-12-16", "Buenos Aires", IP, H,
          "The presidents of Argentina and Chile signed an accord Wednesday settling the final border dispute between the two South American countries."),
        # Not rows: the 1978 near-war and the papal intervention (no meeting of named people).
    ],
    roles=[],
)

A["test_5007_gandhi_jayewardene_talks"] = dict(
    actors={"rajiv_gandhi": ["Prime Minister Rajiv Gandhi", "Rajiv Gandhi", "Gandhi"],
            "junius_jayewardene": ["President J.R. Jayewardene", "J.R. Jayewardene", "Jayewardene"]},
    meetings=[
        # No place in the text -> null.
        M(["rajiv_gandhi", "junius_jayewardene"], "1985-06-02", None, IP, H,
          "Prime Minister Rajiv Gandhi of India met Sunday with President J.R. Jayewardene of Sri Lanka to explore what officials said were terms of a possible negotiated settlement to the increasingly violent ethnic conflict in Sri Lanka."),
        # "the discussions would continue today": a scheduled next-day session, participants implied
        # -> optional.
        M(["rajiv_gandhi", "junius_jayewardene"], "1985-06-03", None, IP, P,
          "The officials said the discussions would continue today, but they would not say whether there would be an announcement.", False),
        # Not rows: negotiating "with Tamil leaders" (unnamed, hypothetical).
    ],
    roles=[],
)

A["dev_5008_central_asia_interstate_council"] = dict(
    actors={"nursultan_nazarbayev": ["Nursultan Nazarbayev", "Nazarbayev"],
            "askar_akayev": ["Askar Akayev", "Akayev"],
            "islam_karimov": ["Islam Karimov"],
            "itar_tass": ["Itar-Tass"],
            "satylbady_sazanov": ["Satylbady Sazanov"],
            "central_asian_bank_for_cooperation_and_development": ["Central Asian Bank for Cooperation and Development", "Central Asian Bank"],
            "central_asian_interstate_council": ["Interstate Council"]},
    meetings=[
        # A meeting of three named presidents -> one row per pair; "last week" -> null.
        M(["nursultan_nazarbayev", "askar_akayev"], None, "Almaty", IP, H,
          "The presidents talked last week during a meeting of the Interstate Council in the Kazakh capital of Almaty."),
        M(["nursultan_nazarbayev", "islam_karimov"], None, "Almaty", IP, H,
          "The presidents talked last week during a meeting of the Interstate Council in the Kazakh capital of Almaty."),
        M(["askar_akayev", "islam_karimov"], None, "Almaty", IP, H,
          "The presidents talked last week during a meeting of the Interstate Council in the Kazakh capital of Almaty."),
        # Not rows: Sazanov's press conference; the observers' request of Russia and Tajikistan.
    ],
    roles=[("Central Asian Bank president", "satylbady_sazanov")],
)

A["dev_5009_gorbachev_ceausescu_bucharest"] = dict(
    actors={"mikhail_gorbachev": ["Soviet leader Mikhail Gorbachev", "Mikhail Gorbachev", "Gorbachev"],
            "nicolae_ceausescu": ["President Nicolae Ceausescu", "Nicolae Ceausescu", "Ceausescu"],
            "raisa_gorbacheva": ["Raisa"], "elena_ceausescu": ["Elena"],
            "richard_nixon": ["Richard Nixon", "Nixon"], "gerald_ford": ["Gerald Ford", "Ford"],
            "agerpres": ["Agerpres"], "kremlin": ["Kremlin"],
            "romanian_young_pioneers": ["Communist Party Young Pioneers"]},
    meetings=[
        M(["mikhail_gorbachev", "nicolae_ceausescu"], "1987-05-25", "Bucharest", IP, H,
          "BUCHAREST, Romania (AP) _ Soviet leader Mikhail Gorbachev and President Nicolae Ceausescu, who has openly attacked recent Kremlin reforms, greeted each other warmly today as Gorbachev began his first visit to this maverick East bloc nation."),
        # Background comparisons with Nixon's 1969 and Ford's 1975 receptions: no day and no place
        # stated -> optional.
        M(["nicolae_ceausescu", "richard_nixon"], None, None, IP, H,
          "Ceausescu’s face beamed while welcoming Ford and Nixon, but he appeared more solemn when greeting Gorbachev.", False),
        M(["nicolae_ceausescu", "gerald_ford"], None, None, IP, H,
          "Ceausescu’s face beamed while welcoming Ford and Nixon, but he appeared more solemn when greeting Gorbachev.", False),
        # Not rows: Raisa "accompanied", Elena "attended" (not participants); "met diplomats"
        # (unnamed); the Agerpres statement.
    ],
    roles=[("his wife", "raisa_gorbacheva"), ("The Romanian leader’s wife", "elena_ceausescu"),
           ("the Romanian leader", "nicolae_ceausescu"), ("the Soviet leader", "mikhail_gorbachev")],
)

A["dev_5010_perez_de_cuellar_tehran_baghdad"] = dict(
    actors={"javier_perez_de_cuellar": ["U.N. Secretary General Javier Perez de Cuellar", "Javier Perez de Cuellar", "Perez de Cuellar"],
            "said_rajaie_khorasani": ["Said Rajai-Khorasani"],
            "akbar_hashemi_rafsanjani": ["Hashemi Rafsanjani", "Rafsanjani"],
            "ruhollah_khomeini": ["Ayatollah Ruhollah Khomeini"],
            "tareq_aziz": ["Foreign Minister Tarik Aziz", "Tarik Aziz"],
            "united_nations": ["United Nations"], "un_security_council": ["Security Council"],
            "us_state_department": ["State Department"]},
    meetings=[
        # "warmest welcome from Hashemi Rafsanjani ... hailed the visitor": a meeting in Tehran; day
        # of the overnight stay not certain -> null.
        M(["javier_perez_de_cuellar", "akbar_hashemi_rafsanjani"], None, "Tehran", IP, H,
          "Perez de Cuellar got his warmest welcome from Hashemi Rafsanjani, Speaker of Parliament and a spokesman for the Ayatollah Ruhollah Khomeini, Iran's supreme leader."),
        M(["javier_perez_de_cuellar", "tareq_aziz"], None, "Baghdad", IP, H,
          "In Baghdad, Perez de Cuellar scored diplomatic points when he was met at the airport by Foreign Minister Tarik Aziz, who affirmed \"Iraq's readiness to cooperate in working out a just, honorable settlement to the conflict as a means of reaching a comprehensive peace.\""),
        # Not rows: talks "to top officials there" (unnamed); Rajai-Khorasani's telephone interview
        # (media); the Security Council report.
    ],
    roles=[("Speaker of Parliament", "akbar_hashemi_rafsanjani"), ("Iran's supreme leader", "ruhollah_khomeini"),
           ("Iran's ambassador to the United Nations", "said_rajaie_khorasani"), ("the visitor", "javier_perez_de_cuellar")],
)

A["test_5011_nixon_pompidou_reykjavik"] = dict(
    actors={"richard_nixon": ["President Nixon", "Mr Nixon", "Mr Mxon", "Nixon"],
            "georges_pompidou": ["President Pompidou", "Mr Pompidou", "Mr Pompi-\ndou", "Pompidou"],
            "nato": ["North Atlantic Alliance"],
            "government_of_iceland": ["Icelandic Government"]},
    meetings=[
        # "their two-day summit in Reykjavik": a range -> null. Evidence from the headline-like lead
        # would not name the summit; the sentence naming it begins with OCR dots.
        M(["richard_nixon", "georges_pompidou"], None, "Reykjavik", IP, H,
          ". .. leaders, ending their two-day summit in Reykjavik, seem equally determined that their differences over trade and money shall not be permitted to weaken the North Atlantic Alliance."),
        # The dinner "last night" (dateline June 1 -> 1973-05-31), a session of the same summit ->
        # optional.
        M(["richard_nixon", "georges_pompidou"], "1973-05-31", "Reykjavik", IP, H,
          "Mr Nixon told Mr Pompidou at a dinner given by the Icelandic Government last night that the common ties between the United States and France were much stronger than any issues which might temoprarily divide them.", False),
        # Not rows: the buried "Atlantic summit"; "Mr Nixon will see the European leaders
        # individually" (unnamed).
    ],
    roles=[("the French leader", "georges_pompidou")],
)
