"""Accuracy corpus, batch 25a: 12 new articles from the 1970s, 1980s and 1990s (four per decade).

Picks (under a 25-minute limit, regions chosen for variety after batch 24a, almost all Oceania, and
batch 23a, four Clinton-Yeltsin 1993 articles): 1970s Western Europe (Giscard-Schmidt, Time), South
Asia (Bhutto-Mujib, Papers Past), Latin America (Carter-Perez joint communique) and Africa
(Barre-Nimeiri, Reuters newsreel text); 1980s Eastern Europe/Russia (Jaruzelski-Brezhnev, CSM), Latin
America (Bush-Salinas Houston, Chicago Tribune), Southeast Asia (Marcos-Mahathir, UPI) and Africa
(Numeiri's ouster, LA Times, a zero-row control); 1990s Middle East twice (Netanyahu-Hussein, JTA;
Mubarak-Assad, AP), Latin America (Bush-Salinas Agualeguas, Sun-Sentinel/NYT) and Africa
(Mandela-De Klerk, Mandela's own statement). No Oceania article and no Clinton-Yeltsin article.
Pages found in the results but already in the corpus (URL, or the same story at another outlet) were
skipped before numbering: songramernotebook Gandhi-Heath 1971, USIA Menem-Clinton 1993, LA Times
Mitterrand-Kohl 1987, the Crimson's Reagan-Marcos call 1986, JTA/Baltimore Sun Rabin-Arafat 1993 and
the LA Times story of the same Cairo meeting, CSM Moi-Binaisa-Nyerere 1980, Mail & Guardian and
Chicago Tribune Mandela-Mobutu-Kabila 1997, LA Times Sihanouk-Hun Sen 1987 (the first two of the last
four were at first taken by mistake and removed again before annotation was final; see the notes).
Collected with `search` (corpus `pages`), annotated from the texts alone; the package was not run.

Split rule (fixed before annotating): numbered 1..12 in the order first found in this session's search
results (query order, then rank), pages already in the corpus skipped before numbering; positions 3, 7
and 11 are test, all others dev. Ids: `dev_48NN_<slug>` / `test_48NN_<slug>`.

M(participants, date, place, kind, status, evidence, required=True)
Evidence is the verbatim sentence (line breaks inside it replaced by single spaces).
"""

from annotations import H, IP, M, P, PH, VID  # noqa: F401

# (article_id, region, decade, outlet, url, published)
ARTICLES = [
    # "August 6, 1996" (a Tuesday). "met Saturday" = 1996-08-03; the joint news conference "Monday"
    # = 1996-08-05, but the text dates the Amman meeting only "this week" -> null.
    ("dev_4801_netanyahu_hussein_amman", "Middle East", "1990s", "Jewish Telegraphic Agency (JTA archive)", "https://www.jta.org/1996/08/06/archive/netanyahu-hussein-meeting-focuses-new-attention-on-syria", "1996-08-06"),
    # "Monday, Jun. 10, 1974" (issue date, also in the URL path); "At week's end" -> null.
    ("dev_4802_giscard_schmidt_paris", "Western Europe", "1970s", "Time (archive mirror at 20.210.105.67)", "http://20.210.105.67/txt/time/Time1974/1974-06-10/911399.html", "1974-06-10"),
    # URL /1982/0222/ = 1982-02-22 (a Monday); "early in March", "in August" -> null.
    ("test_4803_jaruzelski_brezhnev_planned", "Eastern Europe/Russia", "1980s", "The Christian Science Monitor", "https://www.csmonitor.com/1982/0222/022226.html", "1982-02-22"),
    # Issue code CHP19710421 (a Wednesday); dateline "LONDON, April 20"; "last month" -> null.
    ("dev_4804_bhutto_mujib_dacca", "South Asia", "1970s", "The Press (Christchurch), via Papers Past (NZPA-Reuter)", "https://paperspast.natlib.govt.nz/newspapers/CHP19710421.2.117", "1971-04-21"),
    # "November 27, 1990" (a Tuesday): "on Monday" = 1990-11-26. US-Mexico -> Latin America.
    ("dev_4805_bush_salinas_agualeguas", "Latin America", "1990s", "Sun-Sentinel (The New York Times)", "http://articles.sun-sentinel.com/1990-11-27/news/9002270681_1_mexican-president-visit-president-carlos-salinas-salinas-efforts", "1990-11-27"),
    # "November 23, 1988" (a Wednesday): "Tuesday" = 1988-11-22 (also the day of the Mulroney call,
    # "On a day that saw ..."). US-Mexico -> Latin America.
    ("dev_4806_bush_salinas_houston", "Latin America", "1980s", "Chicago Tribune", "http://articles.chicagotribune.com/1988-11-23/news/8802190323_1_mexican-president-elect-carlos-salinas-bush-aides-new-senate-majority-leader", "1988-11-23"),
    # "1 August 1990" (a Wednesday; also in the URL, 900801): "This morning", "today" = 1990-08-01;
    # "the meeting of 6th August" = 1990-08-06. Mandela's own statement (Nelson Mandela Foundation).
    ("test_4807_mandela_de_klerk_statement", "Africa", "1990s", "Nelson Mandela Foundation (mandela.gov.za), statement by Nelson Mandela", "http://www.mandela.gov.za/mandela_speeches/1990/900801_deklerk.htm", "1990-08-01"),
    # URL /1984/02/24/ (a Friday). The day of the Brunei meeting is not stated -> null.
    ("dev_4808_marcos_mahathir_brunei", "Southeast Asia", "1980s", "United Press International (UPI archives)", "https://www.upi.com/Archives/1984/02/24/President-Ferdinand-Marcos-said-today-he-had-proposed-talks/7476446446800/", "1984-02-24"),
    # "July 01, 1977" (a Friday); the visit "June 28-29" is a range -> null. Official communique.
    ("dev_4809_carter_perez_communique", "Latin America", "1970s", "The American Presidency Project (UCSB), White House joint communique", "https://www.presidency.ucsb.edu/documents/visit-president-perez-venezuela-joint-communique-issued-following-president-perez-visit", "1977-07-01"),
    # "Date: 1st December 1977" (a Thursday). "on Tuesday (29 November)" = 1977-11-29 (explicit).
    ("dev_4810_barre_nimeiri_khartoum", "Africa", "1970s", "Reuters (newsreel story text, Reuters Screenocean archive)", "https://reuters.screenocean.com/record/437760", "1977-12-01"),
    # URL date 1985-04-08 (a Monday): "Sunday" = 1985-04-07, "Saturday" = 1985-04-06. No meeting row
    # (zero-row control). Region: Sudan's coup -> Africa.
    ("test_4811_numeiri_ouster_mubarak", "Africa", "1980s", "Los Angeles Times", "https://www.latimes.com/archives/la-xpm-1985-04-08-mn-18511-story.html", "1985-04-08"),
    # "May 3, 1990" (a Thursday): "the day before" = 1990-05-02; "this morning" = 1990-05-03.
    ("dev_4812_mubarak_assad_damascus", "Middle East", "1990s", "Associated Press (AP News archive)", "https://apnews.com/article/2345768aa1759ffea5446db4d6821ad5", "1990-05-03"),
]

A = {}

A["dev_4801_netanyahu_hussein_amman"] = dict(
    actors={"benjamin_netanyahu": ["Israeli Prime Minister Benjamin Netanyahu", "Benjamin Netanyahu", "Netanyahu"],
            "king_hussein": ["King Hussein of Jordan", "Hussein"],
            "hafez_al_assad": ["Syrian President Hafez Assad", "Hafez Assad", "President Assad"],
            "hamas": ["Hamas"], "israel_radio": ["Israel Radio"]},
    meetings=[
        M(["benjamin_netanyahu", "king_hussein"], None, "Amman", IP, H,
          "Israeli Prime Minister Benjamin Netanyahu and King Hussein of Jordan met face to face this week in Amman, but much of their attention turned to Damascus."),
        # Place from "the monarch's weekend visit to Damascus".
        M(["king_hussein", "hafez_al_assad"], "1996-08-03", "Damascus", IP, H,
          "Hussein served as intermediary for the two sides when he met Saturday with Syrian President Hafez Assad for five hours to discuss ways to renew the negotiations."),
        # Not rows: Netanyahu's reported secret meeting with an unnamed Syrian envoy (denied);
        # the proposal sent "via American intermediaries"; the Israel Radio interview.
    ],
    roles=[("the prime minister", "benjamin_netanyahu"), ("the monarch", "king_hussein")],
)

A["dev_4802_giscard_schmidt_paris"] = dict(
    actors={"valery_giscard_d_estaing": ["Val&3233;ry Giscard d'Estaing", "Valery Giscard d'Estaing", "Giscard"],
            "helmut_schmidt": ["Helmut Schmidt", "Schmidt"],
            "jean_sauvagnargues": ["Jean Sau-vagnargues"],
            "willy_brandt": ["Willy Brandt"], "georges_pompidou": ["Georges Pompidou"],
            "european_economic_community": ["European Community", "European Economic Community"]},
    meetings=[
        M(["valery_giscard_d_estaing", "helmut_schmidt"], None, "Paris", IP, H,
          "At week's end the new French President received the Federal Republic's new Chancellor, Helmut Schmidt, in Paris for their first summit."),
        # Not rows: Brandt and Pompidou (a relationship, no meeting); the reporter Bruce Nelan
        # (byline-like line, not annotated).
    ],
    roles=[("the new French President", "valery_giscard_d_estaing"),
           ("the Federal Republic's new Chancellor", "helmut_schmidt")],
)

A["test_4803_jaruzelski_brezhnev_planned"] = dict(
    actors={"wojciech_jaruzelski": ["Gen. Wojciech Jaruzelski", "Wojciech Jaruzelski", "General Jaruzelski"],
            "leonid_brezhnev": ["President Leonid Brezhnev", "Leonid Brezhnev", "Mr. Brezhnev"],
            "stanislaw_kania": ["Stanislaw Kania"], "tass": ["Tass"], "kremlin": ["Kremlin"],
            "warsaw_pact": ["Warsaw Pact"]},
    meetings=[
        # "an official visit -- a term which usually indicates several rounds of talks with President
        # Leonid Brezhnev": the talks with Brezhnev are inferred by the paper, not announced -> optional.
        M(["wojciech_jaruzelski", "leonid_brezhnev"], None, "Moscow", IP, P,
          "It said the Polish chief would be on an official visit -- a term which usually indicates several rounds of talks with President Leonid Brezhnev and other senior Kremlin officials.", False),
        M(["wojciech_jaruzelski", "leonid_brezhnev"], None, "Crimea", IP, H,
          "General Jaruzelski last met Mr. Brezhnev in August, when in his capacity as prime minister he accompanied the then Polish Communist Party chief Stanislaw Kania to the Crimea for talks with the Soviet leader."),
        M(["stanislaw_kania", "leonid_brezhnev"], None, "Crimea", IP, H,
          "General Jaruzelski last met Mr. Brezhnev in August, when in his capacity as prime minister he accompanied the then Polish Communist Party chief Stanislaw Kania to the Crimea for talks with the Soviet leader."),
        # Not rows: "his first talks with Soviet leaders" (unnamed); the Warsaw Pact maneuvers he
        # "observed" (no meeting).
    ],
    roles=[("Polish military leader", "wojciech_jaruzelski"), ("the Polish chief", "wojciech_jaruzelski"),
           ("the Soviet leader", "leonid_brezhnev"), ("the official Soviet news agency", "tass")],
)

A["dev_4804_bhutto_mujib_dacca"] = dict(
    actors={"zulfikar_ali_bhutto": ["Mr Zulfikar Ali Bhutto", "Zulfikar Ali Bhutto", "Mr Bhutto", "Bhutto"],
            "sheikh_mujibur_rahman": ["Sheikh Mujibur Rahman", "Mujibur"],
            "bbc": ["British Broadcasting Corporation"],
            "national_assembly_pakistan": ["National Assembly"]},
    meetings=[
        M(["zulfikar_ali_bhutto", "sheikh_mujibur_rahman"], None, "Dacca", IP, H,
          "< Mr Bhutto told a British Broadcasting Corporation interviewer that he had rejected the proposal, made at an abortive meeting last month in Dacca, the East Pakistan capital, aimed at solving the political crisis between the two regions."),
        # Not rows: the BBC television interview (media); "the sheikh was prepared to meet him
        # secretly" (an offer, no meeting).
    ],
    roles=[("The West Pakistani leader", "zulfikar_ali_bhutto"), ("the East Pakistan political leader", "sheikh_mujibur_rahman"),
           ("the sheikh", "sheikh_mujibur_rahman")],
)

A["dev_4805_bush_salinas_agualeguas"] = dict(
    actors={"george_h_w_bush": ["President Bush", "Bush"],
            "carlos_salinas_de_gortari": ["President Carlos Salinas de Gortari", "Carlos Salinas de Gortari", "Salinas"]},
    meetings=[
        M(["george_h_w_bush", "carlos_salinas_de_gortari"], "1990-11-26", "Agualeguas", IP, H,
          "AGUALEGUAS, Mexico -- Forgoing complex trade talks for cowboy boots and box seats at a rodeo, President Bush came to call on President Carlos Salinas de Gortari on Monday in a visit intended to jump-start Mexican-American relations with a show of unabashed political friendship."),
        # Not rows: the second day of the "scheduled two-day state visit" (no meeting stated); the
        # free-trade negotiations (no named people).
    ],
    roles=[("the Mexican leader", "carlos_salinas_de_gortari")],
)

A["dev_4806_bush_salinas_houston"] = dict(
    actors={"george_h_w_bush": ["George Bush", "Bush"],
            "carlos_salinas_de_gortari": ["Mexican President-elect Carlos Salinas de Gortari", "Carlos Salinas de Gortari", "Salinas"],
            "brian_mulroney": ["Brian Mulroney", "Mulroney"]},
    meetings=[
        M(["george_h_w_bush", "carlos_salinas_de_gortari"], "1988-11-22", "Houston", IP, H,
          "HOUSTON — George Bush made his first major foray into international relations as president-elect Tuesday, flying to Texas for a two-hour meeting with Mexico`s new leader that left both men forecasting improved bilateral relations."),
        # A congratulatory call, but a call with a "five minute conversation" (not a message) -> row.
        M(["george_h_w_bush", "brian_mulroney"], "1988-11-22", None, PH, H,
          "He telephoned that country`s Conservative leader, Brian Mulroney, who was retained as prime minister Monday, to congratulate him on his victory."),
        # Not rows: Salinas's invitation to Bush to visit Mexico City (not accepted in the text).
    ],
    roles=[("Mexico`s new leader", "carlos_salinas_de_gortari"), ("that country`s Conservative leader", "brian_mulroney")],
)

A["test_4807_mandela_de_klerk_statement"] = dict(
    actors={"nelson_mandela": ["Nelson Mandela"],
            "f_w_de_klerk": ["State President FW de Klerk", "FW de Klerk", "Mr De Klerk", "President De Klerk"],
            "african_national_congress": ["ANC"], "umkhonto_we_sizwe": ["Umkhonto we Sizwe"],
            "south_african_communist_party": ["SACP"], "joe_slovo": ["Joe Slovo"],
            "anc_national_executive_committee": ["National Executive Committee"]},
    meetings=[
        # The author "I" is Mandela (the headline names him). No place in the text -> null.
        M(["nelson_mandela", "f_w_de_klerk"], "1990-08-01", None, IP, H,
          "This morning I met the State President, Mr De Klerk, having established in an earlier meeting with him that he was gravely concerned about recent alleged events that are now public knowledge."),
        M(["nelson_mandela", "f_w_de_klerk"], None, None, IP, H,
          "This morning I met the State President, Mr De Klerk, having established in an earlier meeting with him that he was gravely concerned about recent alleged events that are now public knowledge."),
        # Government-ANC talks of 6 August; Mandela and De Klerk implied, not named as its
        # participants -> optional.
        M(["nelson_mandela", "f_w_de_klerk"], "1990-08-06", None, IP, P,
          "The problems raised by President De Klerk with regard to the recent events will be discussed during the meeting of 6th August.", False),
        # Not rows: "sit at the same meeting with Joe Slovo" (refusal that was a misunderstanding).
    ],
    roles=[("the State President", "f_w_de_klerk")],
)

A["dev_4808_marcos_mahathir_brunei"] = dict(
    actors={"ferdinand_marcos": ["President Ferdinand Marcos", "Ferdinand Marcos", "Marcos"],
            "mahathir_mohamad": ["Malaysian Prime Minister Mahathir bin Mohammad", "Mahathir bin Mohammad", "Mahathir"],
            "asean": ["Association of Southeast Asian Nations"]},
    meetings=[
        # At the Brunei independence ceremonies; no city in the text -> Brunei.
        M(["ferdinand_marcos", "mahathir_mohamad"], None, "Brunei", IP, H,
          "Speaking to reporters on his return from ceremonies marking the independence of Brunei, Marcos said he met with Malaysian Prime Minister Mahathir bin Mohammad but they did not discuss the issues involved in the Sabah case."),
        # Not rows: the proposed talks "with Kuala Lumpur" and "talks or conversations through our
        # representatives" (no named people); the 1977 ASEAN summit (multilateral).
    ],
    roles=[("Malaysian Prime Minister", "mahathir_mohamad")],
)

A["dev_4809_carter_perez_communique"] = dict(
    actors={"carlos_andres_perez": ["President Perez", "Carlos Andres Perez"],
            "jimmy_carter": ["Jimmy Carter"],
            "rosalynn_carter": ["Mrs. Carter"],
            "blanca_rodriguez_de_perez": ["Mrs. Perez"],
            "ramon_escovar_salom": ["Ramon Escovar Salon"], "hector_hurtado": ["Hector Hurtado"],
            "valentin_hernandez": ["Valentin Hernandez"], "diego_arria": ["Diego Arria"],
            "manuel_perez_guerrero": ["Manuel Perez Guerrero"], "mrs_iribarren": ["Mrs. Iribarren"],
            "simon_alberto_consalvi": ["Simon Alberto Consalvi"], "jose_maria_machin": ["Jose Maria Macbin"],
            "walter_mondale": ["Vice President Mondale"], "cyrus_vance": ["Secretary of State Vance"],
            "zbigniew_brzezinski": ["Brzezinski"], "james_schlesinger": ["Schlesinger"],
            "us_congress": ["Congress"]},
    meetings=[
        # "June 28-29" -> range -> null. The US officials "Participating in the talks" and the
        # Venezuelan ministers "Accompanying the President" are delegation members (not participants).
        M(["carlos_andres_perez", "jimmy_carter"], None, "Washington", IP, H,
          "The President of the Republic of Venezuela, Carlos Andres Perez, and Mrs. Perez made a State Visit to Washington June 28-29 in response to the invitation extended by the President of the United States of America, Jimmy Carter, and Mrs. Carter."),
    ],
    roles=[("The President of the Republic of Venezuela", "carlos_andres_perez"),
           ("the President of the United States of America", "jimmy_carter")],
)

A["dev_4810_barre_nimeiri_khartoum"] = dict(
    actors={"mohamed_siad_barre": ["PRESIDENT BARRE", "President Mohamed Siad Barre", "Mohamed Siad Barre", "Mohamed Siad Berre", "President Barre"],
            "jaafar_nimeiry": ["SUDANESE PRESIDENT NIMEIRI", "President Jaafar Mohamed Nimeiri", "Jaafar Mohamed Nimeiri", "President Nimeiri", "Nimeiri"],
            "khalid_bin_abdulaziz": ["King Khalid"], "king_hussein": ["King Hussein of Jordan"],
            "anwar_sadat": ["President Anwar Sadat"], "reuters": ["Reuters News Agency"]},
    meetings=[
        M(["mohamed_siad_barre", "jaafar_nimeiry"], "1977-11-29", "Khartoum", IP, H,
          "- Story Text: The President of Somalia, Mohamed Siad Berre, had talks with Sudanese President Jaafar Mohamed Nimeiri in Khartoum on Tuesday (29 November)."),
        # "talks in Saudi Arabia", counterpart implied by King Khalid's concern -> optional.
        M(["mohamed_siad_barre", "khalid_bin_abdulaziz"], None, "Saudi Arabia", IP, H,
          "After talks in Saudi Arabia, President Barre then flew on to Amman to see King Hussein of Jordan.", False),
        M(["mohamed_siad_barre", "king_hussein"], None, "Amman", IP, H,
          "After talks in Saudi Arabia, President Barre then flew on to Amman to see King Hussein of Jordan."),
        # Talks on the visit that began 1 December; their day is not stated -> null, planned.
        M(["jaafar_nimeiry", "khalid_bin_abdulaziz"], None, "Saudi Arabia", IP, P,
          "On Thursday (1 December), President Nimeiri left Khartoum for surprise visit to Saudi Arabia for talks with King Khalid."),
        M(["mohamed_siad_barre", "anwar_sadat"], None, "Egypt", IP, H,
          "In Egypt, President Barre had agreed with President Anwar Sadat that the Soviet Union is threatening the security of the area around the Horn of Africa."),
        # Not rows: the handshakes "with ministers" (unnamed).
    ],
    roles=[("the Somali President", "mohamed_siad_barre"), ("The President of Somalia", "mohamed_siad_barre")],
)

A["test_4811_numeiri_ouster_mubarak"] = dict(
    actors={"hosni_mubarak": ["President Hosni Mubarak", "Mubarak"],
            "muammar_gaddafi": ["Col. Moammar Kadafi", "Moammar Kadafi", "Kadafi"],
            "jaafar_nimeiry": ["Jaafar Numeiri", "Numeiri"],
            "abdel_rahman_swar_al_dahab": ["Gen. Abdul-Rahman Suwar Dahab", "Abdul-Rahman Suwar Dahab"]},
    meetings=[
        # Zero rows: "contacts with its military leadership" (unnamed, unspecified); Numeiri's plane
        # landing at Cairo (no meeting stated); the 1976 defense pact (an agreement).
    ],
    roles=[("the Libyan president", "muammar_gaddafi"), ("his defense minister", "abdel_rahman_swar_al_dahab")],
)

A["dev_4812_mubarak_assad_damascus"] = dict(
    actors={"hosni_mubarak": ["Egyptian President Hosni Mubarak", "Hosni Mubarak", "Mubarak"],
            "hafez_al_assad": ["President Hafez Assad", "Hafez Assad", "Assad"],
            "yasser_arafat": ["Yasser Arafat", "Arafat"],
            "saddam_hussein": ["President Saddam Hussein of Iraq", "Saddam Hussein", "Saddam"],
            "tareq_aziz": ["Foreign Minister Tareq Aziz", "Tareq Aziz"],
            "middle_east_news_agency": ["Middle East News Agency"],
            "arab_league": ["Arab League"], "plo": ["Palestine Liberation Organization", "PLO"]},
    meetings=[
        M(["hosni_mubarak", "hafez_al_assad"], "1990-05-02", "Damascus", IP, H,
          "″He has no good relations with Yasser Arafat, yet he will welcome Arafat if he comes here, he’s not against that,″ Mubarak told reporters in an interview at the guest palace after talks with Assad the day before."),
        M(["hosni_mubarak", "hafez_al_assad"], "1990-05-03", "Damascus", IP, H,
          "Mubarak met again with Assad this morning, then returned home to Cairo, the Egyptian Middle East News Agency said."),
        # Not rows: Assad "ready to meet with Yasser Arafat" / "will welcome Arafat if he comes"
        # (hypothetical); Arafat's possible visit to Damascus (no counterpart named); Saddam's
        # invitations to an Arab League summit (multilateral); Aziz's news conference.
    ],
    roles=[("Iraq’s foreign minister", "tareq_aziz"), ("chairman of the Palestine Liberation Organization", "yasser_arafat")],
)
