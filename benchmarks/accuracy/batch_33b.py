"""Accuracy corpus, batch 33b: 12 new articles about meetings between political actors, from the
1970s, 1980s, 1990s, 2000s, 2010s and 2020s (1970s: one, 1980s: two, 1990s: three, 2000s: two,
2010s: two, 2020s: two), over eleven regions (Central Asia/Caucasus: two; Southeast Asia, South
Asia, Oceania, East Asia, North America, Western Europe, Africa, Middle East, Eastern
Europe/Russia, Latin America: one each). Outlets/sites: Kazinform (qazinform.com), the Chicago
Tribune (UPI), Rediff.com (PTI), Pacific Islands Report (PACNEWS), The Press (Christchurch) via
Papers Past, the Cape Cod Times, the Times of Malta, The Christian Science Monitor, Mehr News
Agency, Radio Free Europe/Radio Liberty, MercoPress and the Los Angeles Times; some of these
sites were used before, the pages are new. Collected with the `search` tool (corpus `pages`)
and annotated from the texts alone, BEFORE the package was run on them (the package has not
been run on this batch). Conventions: ANNOTATION.md and /work/shared/ANNOTATION-GUIDE.md.
Notes: batch_33b_NOTES.md.

Split rule (fixed before annotating, as given in the brief for this batch, the same as batches
5a-32b): the articles are numbered 1..12 in the order they were first found in this session's
search results (the query in which each first appeared, then its rank in that query), after
skipping pages already in the corpus or in batch 33a; positions 3, 7 and 11 are test, all others
dev. Ids: `dev_65NN_<slug>` / `test_65NN_<slug>`, NN = collection position (01..12).

M(participants, date, place, kind, status, evidence, required=True)
Evidence is the verbatim sentence (line breaks inside it replaced by single spaces).
Aliases are written as they stand in the text (typos included).
"""


from annotations import H, IP, M, P, PH, VID  # noqa: F401 (the same row helpers)

# (article_id, region, decade, outlet, url, published)
ARTICLES = [
    # The page's date line "14:43, 27 October 2025" (a Monday). The call itself has no day in
    # the text ("has had a telephone conversation") -> null (as batch 26b's Kazinform call).
    ("dev_6501_tokayev_putin_call_state_visit", "Central Asia/Caucasus", "2020s", "Kazinform (qazinform.com)", "https://qazinform.com/news/kazakh-russian-presidents-hold-phone-talks-8f3009", "2025-10-27"),
    # The page's line "February 18, 1986" (a Tuesday) and the URL 1986-02-18: "Monday" =
    # 1986-02-17; "Saturday" (the National Assembly's proclamation, no meeting) = 1986-02-15.
    ("dev_6502_habib_marcos_aquino_manila", "Southeast Asia", "1980s", "Chicago Tribune (United Press International)", "http://articles.chicagotribune.com/1986-02-18/news/8601130020_1_impostor-president-gen-fabian-ver-fraud-and-violence", "1986-02-18"),
    # The page's date line "August 14, 2007 13:04 IST" (a Tuesday) and the URL 2007/aug/14:
    # "last month" (the Abu Dhabi meeting) -> null (month only).
    ("test_6503_musharraf_bhutto_deal_abu_dhabi", "South Asia", "2000s", "Rediff.com (rediff.com; PTI)", "https://www.rediff.com/news/2007/aug/14pak2.htm", "2007-08-14"),
    # The URL's date 1999/06/23 (a Wednesday, the day the site posted it); the dateline
    # "SUVA, Fiji Islands (June 22, 1999 - PACNEWS)" (a Tuesday): "Today" = the dateline's day,
    # 1999-06-22 (a PACNEWS report written that day); "Last week" (the plantation, no meeting).
    ("dev_6504_rabuka_alebua_guadalcanal", "Oceania", "1990s", "Pacific Islands Report (pireport.org; PACNEWS)", "http://www.pireport.org/articles/1999/06/23/solomon-islands-government-pleased-rabuka%C3%A2%C2%80%C2%99s-progress-resolving-ethnic?qt-article_tabs=1", "1999-06-23"),
    # Papers Past id CHP19770831 and the page's bibliographic line "Press, 31 August 1977, Page
    # 8" (a Wednesday). The text gives no day for Tito's arrival ("when he arrived") -> null.
    ("dev_6505_tito_hua_peking_welcome", "East Asia", "1970s", "The Press (Christchurch), NZPA-Reuter, via Papers Past", "https://paperspast.natlib.govt.nz/newspapers/CHP19770831.2.95", "1977-08-31"),
    # The URL's date 2012/12/09 and the caption's "Sunday, Dec. 9, 2012": "today" = 2012-12-09;
    # "on Friday" = 2012-12-07; "in November" -> null (month only).
    ("dev_6506_obama_boehner_fiscal_cliff", "North America", "2010s", "Cape Cod Times (capecodtimes.com)", "https://www.capecodtimes.com/story/news/2012/12/09/obama-boehner-meet-at-white/49230470007/", "2012-12-09"),
    # The URL's date 20130715 (a Monday): "this afternoon" = 2013-07-15; "last week" -> null;
    # "on Monday week" (a week from next Monday, or next Monday) -> null (not certain).
    ("test_6507_muscat_letta_rome_migration", "Western Europe", "2010s", "Times of Malta (timesofmalta.com)", "http://www.timesofmalta.com/articles/view/20130715/local/muscat-discusses-migration-with-greek-pm-in-phone-call.478084", "2013-07-15"),
    # The URL's date 1982/0430 (a Friday): the talks "set for April 30" = 1982-04-30 (the day of
    # publication; the article's perspective is before the meeting).
    ("dev_6508_botha_kaunda_border_talks", "Africa", "1980s", "The Christian Science Monitor (csmonitor.com)", "https://www.csmonitor.com/1982/0430/043025.html", "1982-04-30"),
    # The search result's date is 2022-08-09 (a Tuesday; the page shows no date line): "last
    # Friday" = 2022-08-05.
    ("dev_6509_erdogan_assad_call_likely", "Middle East", "2020s", "Mehr News Agency (en.mehrnews.com)", "https://en.mehrnews.com/news/190027/Erdogan-Assad-to-likely-hold-phone-talk", "2022-08-09"),
    # The dateline "Prague, 8 August 1997 (RFE/RL)" (a Friday): "next month" = September
    # ("September 5-6", a range; no rows in any case).
    ("dev_6510_vilnius_leaders_conference_planned", "Eastern Europe/Russia", "1990s", "Radio Free Europe/Radio Liberty (rferl.org)", "https://www.rferl.org/a/1086049.html", "1997-08-08"),
    # The URL's date 2006/12/07 (a Thursday): the CSN summit "will begin on Friday" (2006-12-08)
    # and is a "two-day summit" -> the meetings on its sidelines have no certain day -> null;
    # Foxley "said on Wednesday" (2006-12-06, a statement).
    ("test_6511_bachelet_morales_cochabamba_planned", "Latin America", "2000s", "MercoPress (en.mercopress.com)", "https://en.mercopress.com/2006/12/07/bolivia-chile-presidents-to-meet-for-sea-access-at-csn-summit", "2006-12-07"),
    # The URL's date 1992-02-21 (a Friday): "on Thursday" = 1992-02-20 (also "Thursday's joint
    # statement", "today's meeting" in a Thursday quote).
    ("dev_6512_kozyrev_sadykhov_hovannisian_moscow", "Central Asia/Caucasus", "1990s", "Los Angeles Times (latimes.com)", "https://www.latimes.com/archives/la-xpm-1992-02-21-mn-2720-story.html", "1992-02-21"),
]

A = {}

A["dev_6501_tokayev_putin_call_state_visit"] = dict(
    actors={
        "kassym_jomart_tokayev": ["Kassym-Jomart Tokayev"],
        "vladimir_putin": ["Vladimir Putin"],
        "dmitry_peskov": ["Dmitry Peskov"],
        "kazinform": ["Kazinform"],
        "akorda_press_service": ["Akorda press service"],
    },
    meetings=[
        # "has had a telephone conversation with his Russian counterpart Vladimir Putin" -> phone,
        # held; no day given for the call (date line only) -> null; place null (a call).
        M(["kassym_jomart_tokayev", "vladimir_putin"], None, None, PH, H,
          "Kazakh President Kassym-Jomart Tokayev has had a telephone conversation with his Russian counterpart Vladimir Putin, Kazinform News Agency reports, citing the Akorda press service."),
        # "the upcoming state visit of Kazakhstan's President to Russia" and "the upcoming Moscow
        # talks" of "the leaders" -> planned Tokayev-Putin, date null (no day), Moscow (the
        # talks' city). Required: the talks of the two leaders in Moscow are stated, not only a
        # trip (unlike test_6307's promised visit, where the host was only implied).
        M(["kassym_jomart_tokayev", "vladimir_putin"], None, "Moscow", IP, P,
          "During the call, the leaders discussed preparations for the upcoming state visit of Kazakhstan’s President to Russia."),
        # Not rows: Peskov's remark at the II Kazakhstan-Russia Media Forum (a statement at a
        # forum; it refers to the same planned visit); "They also discussed ..." (the same
        # call). "Kazinform News Agency reports, citing the Akorda press service": the agency and
        # the press service are cited as sources inside the body (annotated). Removed: nothing
        # (the excerpt is complete from its headline).
    ],
    roles=[("his Russian counterpart", "vladimir_putin"), ("Kazakh President", "kassym_jomart_tokayev"),
           ("Kazakhstan’s President", "kassym_jomart_tokayev"), ("the President of Kazakhstan", "kassym_jomart_tokayev"),
           ("Russian Presidential Press Secretary", "dmitry_peskov")],
)

_HB = ("MANILA — U.S. special envoy Philip Habib held separate meetings with President Ferdinand Marcos and Corazon Aquino Monday to assess the political crisis generated by Marcos`s fraud-tainted re-election.")
A["dev_6502_habib_marcos_aquino_manila"] = dict(
    actors={
        "philip_habib": ["Philip Habib", "Mr. Habib", "Habib"],
        "ferdinand_marcos": ["Ferdinand Marcos", "Marcos"],
        "corazon_aquino": ["Corazon Aquino", "Aquino"],
        "rene_saguisag": ["Rene Saguisag"],
        "jaime_sin": ["Cardinal Jaime Sin", "Jaime Sin"],
        "gregorio_cendana": ["Gregorio Cendana"],
        "national_assembly_philippines": ["National Assembly"],
        "philippine_roman_catholic_church": ["Philipppine Roman Catholic Church"],
    },
    meetings=[
        # "held separate meetings with President Ferdinand Marcos and Corazon Aquino Monday" ->
        # two bilaterals (separate, so no Marcos-Aquino row), held, 1986-02-17, Manila
        # (dateline). "their meeting", "the 55-minute meeting between Habib and Aquino" and
        # "Marcos`s two-hour talk with Habib" are the same two meetings.
        M(["philip_habib", "ferdinand_marcos"], "1986-02-17", "Manila", IP, H, _HB),
        M(["philip_habib", "corazon_aquino"], "1986-02-17", "Manila", IP, H, _HB),
        # "Habib met later for an hour with Cardinal Jaime Sin, archbishop of Manila" -> held;
        # "later" after the Monday meetings, in a story of that day -> 1986-02-17 (read as the
        # same day; see the notes), Manila.
        M(["philip_habib", "jaime_sin"], "1986-02-17", "Manila", IP, H,
          "Habib met later for an hour with Cardinal Jaime Sin, archbishop of Manila and the titular leader of the Philipppine Roman Catholic Church, which has condemned the election."),
        # Not rows: Marcos "proclaimed the winner ... by the National Assembly Saturday" (a vote);
        # Aquino "told church-run radio" (an interview); Saguisag's and Cendana's statements;
        # "opposition officials, the church and a U.S. monitoring team" (unnamed). The byline
        # "By United Press International" is left out. The typo "Philipppine" is kept. Removed:
        # the last, cut-off sentence ("The presidential palace said Monday that the resignation
        # of armed forces chief Gen. Fabian Ver ... functions and responsib").
    ],
    roles=[("U.S. special envoy", "philip_habib"), ("Aquino`s spokesman", "rene_saguisag"),
           ("archbishop of Manila", "jaime_sin"), ("Information Minister", "gregorio_cendana")],
)

A["test_6503_musharraf_bhutto_deal_abu_dhabi"] = dict(
    actors={
        "pervez_musharraf": ["Pervez Musharraf", "Musharraf"],
        "benazir_bhutto": ["Benazir Bhutto", "Bhutto"],
        "sheikh_rashid_ahmed": ["Sheikh Rashid Ahmed", "Rashid"],
        "nawaz_sharif": ["Nawaz Sharif"],
        "pakistan_peoples_party": ["Pakistan People's Party"],
        "supreme_court_of_pakistan": ["Supreme Court"],
    },
    meetings=[
        # "Musharraf had met the former Premier and Pakistan People's Party Chairperson in Abu
        # Dhabi last month" -> the counterpart is given by role in the sentence and denotes
        # Benazir Bhutto (named in the sentences before and after: "the meeting between the two
        # leaders ... as Bhutto refused") -> Musharraf-Bhutto, held, date null ("last month"),
        # Abu Dhabi.
        M(["pervez_musharraf", "benazir_bhutto"], None, "Abu Dhabi", IP, H,
          "Musharraf had met the former Premier and Pakistan People's Party Chairperson in Abu Dhabi last month apparently to clinch a deal to ensure his re-election and her return home from self-exile."),
        # Not rows: the "deal" finalised (an agreement, no meeting); Sheikh Rashid's remarks ("the
        # media reported today, quoting ..."; "the minister said"); Bhutto's "recent statement";
        # the presidential election; Sharif's case in the Supreme Court. Removed: the navigation
        # and the "Discuss/Email/Print this Article" widgets at the start; the widget lines
        # between the headline and the date line ("Related Articles", "All the news from
        # Pakistan", "Get news updates:What's this?", "Advertisement"); the end line "© Copyright
        # 2007 PTI. All rights reserved. Republication or redistribution" (agency credit,
        # cut off).
    ],
    roles=[("Pakistani President", "pervez_musharraf"), ("former prime minister", "benazir_bhutto"),
           ("the former prime minister", "benazir_bhutto"),
           ("the former Premier and Pakistan People's Party Chairperson", "benazir_bhutto"),
           ("Minister for Railways", "sheikh_rashid_ahmed"), ("a government minister", "sheikh_rashid_ahmed"),
           ("the minister", "sheikh_rashid_ahmed"), ("deposed premier", "nawaz_sharif")],
)

A["dev_6504_rabuka_alebua_guadalcanal"] = dict(
    actors={
        "sitiveni_rabuka": ["Sitiveni Rabuka", "Rabuka"],
        "alfred_sasako": ["Alfred Sasako", "Sasako"],
        "ezekiel_alebua": ["Ezekiel Alebua"],
        "joseph_sangu": ["Joseph Sangu"],
        "solomon_islands_government": ["Solomon Islands Government"],
        "great_council_of_chiefs": ["Great Council of Chiefs"],
        "commonwealth_of_nations": ["Commonwealth"],
        "guadalcanal_revolutionary_army": ["Guadalcanal Revolutionary Army", "GRA"],
        "commonwealth_development_corporation": ["Commonwealth Development Corporation"],
        "pacnews": ["PACNEWS"],
    },
    meetings=[
        # "Today, Rabuka is understood to have met with Guadalcanal Premier ... Ezekiel Alebua" ->
        # held ("is understood to have met": reported, not doubted), 1999-06-22 (the
        # dateline's day); place: not given for this meeting -> the country, Solomon Islands
        # (Honiara appears only for Sasako and the press conference).
        M(["sitiveni_rabuka", "ezekiel_alebua"], "1999-06-22", "Solomon Islands", IP, H,
          "Today, Rabuka is understood to have met with Guadalcanal Premier and former Solomon Islands Prime Minister Ezekiel Alebua."),
        # "His meetings with militants at Tamboko village" (and "has been able to meet with the
        # militants") -> the militants are unnamed -> one-party row, held, date null, Tamboko
        # (the named village), required False (several unspecified meetings with an unnamed
        # group, as dev_013's "20 diplomats").
        M(["sitiveni_rabuka"], None, "Tamboko", IP, H,
          "His meetings with militants at Tamboko village, on the southern part of Guadalcanal, have produced good results.",
          False),
        # "Rabuka is believed to be attempting to meet with the leader of the militants, Joseph
        # Sangu" -> an attempt, not arranged -> planned, date and place null, required False (as
        # batch 29a's Ramos "would seek to meet" Suu Kyi).
        M(["sitiveni_rabuka", "joseph_sangu"], None, None, IP, P,
          "Rabuka is believed to be attempting to meet with the leader of the militants, Joseph Sangu.",
          False),
        # Not rows: Sasako "told PACNEWS from Honiara" (an interview; PACNEWS is annotated as
        # the agency cited in the body, its dateline credit is not a separate actor); Rabuka's
        # trip to "the eastern part of the island" (no one named); "The Government is assisting
        # him in getting in touch" (contacts, no meeting); the plantation's closure. Removed:
        # the site's "admin's picture" line at the start and the last, cut-off sentence
        # ("Addressing a press conference in Honiara, Rabuka said his initial meeting with young
        # mil").
    ],
    roles=[("Fiji’s former Prime Minister", "sitiveni_rabuka"),
           ("the Commonwealth Secretary General’s special envoy", "sitiveni_rabuka"),
           ("the Major General", "sitiveni_rabuka"), ("Minister of State", "alfred_sasako"),
           ("Guadalcanal Premier", "ezekiel_alebua"), ("former Solomon Islands Prime Minister", "ezekiel_alebua"),
           ("the leader of the militants", "joseph_sangu"), ("the Government", "solomon_islands_government")],
)

A["dev_6505_tito_hua_peking_welcome"] = dict(
    actors={
        "josip_broz_tito": ["President Tito", "Tito"],
        "hua_guofeng": ["Mr Hua Kuo-feng", "Hua Kuo-feng"],
        "mao_zedong": ["Mao Tse-tung"],
        "chinese_communist_party": ["Chinese Communist Party"],
    },
    meetings=[
        # "was met at Peking Airport by the Chinese Communist Party chairman (Mr Hua Kuo-feng)"
        # -> held, date null (the arrival day is not given), Peking. Required: the principal
        # host himself receives the visiting head of state, the state visit's opening encounter
        # (unlike the arrival greetings by lesser officials kept optional in dev_6301, batch 32a);
        # see the notes.
        M(["josip_broz_tito", "hua_guofeng"], None, "Peking", IP, H,
          "The 85-vear-old statesman was met at Peking Airport by the Chinese Communist Party chairman (Mr Hua Kuo-feng), the successor of Mao Tse-tung, and numerous other party and State leaders."),
        # "The only item on his itinerary was a State banquet in the Great Hall of the People"
        # (host not named) -> one-party row (Tito), planned (the itinerary of the first day),
        # date null, Peking (the Great Hall of the People, named without a city -> its city),
        # required False (as test_1711's and dev_910's banquets).
        M(["josip_broz_tito"], None, "Peking", IP, P,
          "The only item on his itinerary was a State banquet in the Great Hall of the People.",
          False),
        # Not rows: "numerous other party and State leaders" (unnamed); the crowds; Yugoslavia
        # "denounced by Peking" in the 1950s. "NZPA-Reuter" at the start is the agency credit
        # (not an actor). The OCR debris ("Peking]", "massivej", "ar- ] rived", "85-vear-old",
        # "rei laxed", "1950 s") is kept. Removed: Papers Past's correction notice and "Article
        # image" lines at the start and the end matter (permanent link, bibliographic details
        # "Press, 31 August 1977, Page 8", word count, account notices).
    ],
    roles=[("the Chinese Communist Party chairman", "hua_guofeng"), ("the successor of Mao Tse-tung", "hua_guofeng"),
           ("The 85-vear-old statesman", "josip_broz_tito"), ("The Yugoslav President", "josip_broz_tito"),
           ("the President", "josip_broz_tito")],
)

_NOV = "Obama met in November with Boehner, as well as Senate Majority Leader Harry Reid and House Minority Leader Nancy Pelosi."
_FRI = "The president spoke separately by telephone with Reid and Pelosi on Friday."
A["dev_6506_obama_boehner_fiscal_cliff"] = dict(
    actors={
        "barack_obama": ["President Barack Obama", "Barack Obama", "Obama"],
        "john_boehner": ["House Speaker John Boehner", "John Boehner", "Boehner"],
        "harry_reid": ["Harry Reid", "Reid"],
        "nancy_pelosi": ["Nancy Pelosi", "Pelosi"],
        "white_house": ["White House"],
        "us_congress": ["Congress"],
        "republican_party": ["Republicans"],
    },
    meetings=[
        # "met today at the White House" (the caption: "again Sunday, Dec. 9, 2012") -> held,
        # 2012-12-09, Washington (White House; the dateline).
        M(["barack_obama", "john_boehner"], "2012-12-09", "Washington", IP, H,
          "WASHINGTON — President Barack Obama and House Speaker John Boehner met today at the White House to discuss the ongoing negotiations over the impending \"fiscal cliff,\" the first meeting between just the two leaders since Election Day."),
        # "Obama met in November with Boehner, as well as ... Reid and ... Pelosi" -> one meeting
        # of four named people -> one row per pair (6; the leaders are counterparts on both
        # sides of the dispute, so the leader-leader pairs stay required, as dev_1908), held,
        # date null ("in November": month only; the caption's Nov. 16 photo "speaking to
        # reporters" is not said to be this meeting), place null (none given).
        M(["barack_obama", "john_boehner"], None, None, IP, H, _NOV),
        M(["barack_obama", "harry_reid"], None, None, IP, H, _NOV),
        M(["barack_obama", "nancy_pelosi"], None, None, IP, H, _NOV),
        M(["john_boehner", "harry_reid"], None, None, IP, H, _NOV),
        M(["john_boehner", "nancy_pelosi"], None, None, IP, H, _NOV),
        M(["harry_reid", "nancy_pelosi"], None, None, IP, H, _NOV),
        # "spoke separately by telephone with Reid and Pelosi on Friday" -> two phone calls
        # (separately), held, 2012-12-07, place null.
        M(["barack_obama", "harry_reid"], "2012-12-07", None, PH, H, _FRI),
        M(["barack_obama", "nancy_pelosi"], "2012-12-07", None, PH, H, _FRI),
        # Not rows: the caption's Nov. 16 file photo of Obama and Boehner "speaking to reporters"
        # (a press appearance); "Spokesmen for both ... said" (statements); "the White House and
        # Congress try to break an impasse" (institutions, no meeting). Removed: the "View
        # Comments" widget line after the headline and at the end.
    ],
    roles=[("House Speaker", "john_boehner"), ("Senate Majority Leader", "harry_reid"),
           ("House Minority Leader", "nancy_pelosi"), ("The president", "barack_obama")],
)

A["test_6507_muscat_letta_rome_migration"] = dict(
    actors={
        "joseph_muscat": ["Joseph Muscat", "Dr Muscat"],
        "enrico_letta": ["Entrico Letta", "Mr Letta"],
        "antonis_samaras": ["Samaras"],
        "european_union": ["EU"],
        "daily_mail": ["Daily Mail"],
    },
    meetings=[
        # "this afternoon had a meeting in Rome with Italian Prime Minister Entrico Letta" ->
        # held, 2013-07-15, Rome. The typo "Entrico" is kept as an alias.
        M(["joseph_muscat", "enrico_letta"], "2013-07-15", "Rome", IP, H,
          "UPDATED - Prime Minister Joseph Muscat this afternoon had a meeting in Rome with Italian Prime Minister Entrico Letta, with the focus being on migration."),
        # "He also had a discussion on the phone last week with Greek Prime Minister Samaras" ->
        # phone, held, date null ("last week"), place null.
        M(["joseph_muscat", "antonis_samaras"], None, None, PH, H,
          "He also had a discussion on the phone last week with Greek Prime Minister Samaras."),
        # "Mr Letta said he woudl travel to Athens on Monday week" -> a trip with no host named
        # (the Greek presidency is discussed, Samaras is not said to be met) -> one-party row,
        # planned, date null ("Monday week" is not a certain day), Athens, required False (as
        # test_6307's Chernomyrdin trip).
        M(["enrico_letta"], None, "Athens", IP, P,
          "Mr Letta said he woudl travel to Athens on Monday week.",
          False),
        # "The Italian prime minister accepted an invitation to visit Malta" -> planned; the host
        # (Muscat) is implied, not stated -> Letta-Muscat, date null, Malta, required False (an
        # accepted invitation without a named host; test_012's row named the inviter).
        M(["enrico_letta", "joseph_muscat"], None, "Malta", IP, P,
          "The Italian prime minister accepted an invitation to visit Malta while he again reiterated his country;s commitment to give a Mediterranean focus to Italy’s EU presidency.",
          False),
        # Not rows: "Before meeting Mr Letta Dr Muscat replied to a range of questions from the
        # international media" (press questions; the meeting is the row above); the Daily Mail
        # journalist's question (media); the Greek and Italian EU presidencies; Expo 2015 (an
        # event). "the Pope" is unnamed (no actor). The typos "woudl", "country;s" and "The two
        # prime minister" are kept. Removed: nothing inside the text (the excerpt is the
        # article's body from its first line).
    ],
    roles=[("Prime Minister", "joseph_muscat"), ("Italian Prime Minister", "enrico_letta"),
           ("The Italian prime minister", "enrico_letta"), ("Greek Prime Minister", "antonis_samaras")],
)

A["dev_6508_botha_kaunda_border_talks"] = dict(
    actors={
        "p_w_botha": ["Pieter W. Botha", "Mr. Botha"],
        "kenneth_kaunda": ["Kenneth Kaunda", "President Kaunda", "Mr. Kaunda"],
        "john_barratt": ["John Barratt"],
        "south_african_institute_of_international_affairs": ["South African Institute of International Affairs"],
    },
    meetings=[
        # "Talks between South Africa and Zambia set for April 30"; "Mr. Botha's meeting with
        # Zambian President Kenneth Kaunda" -> planned (the article's perspective), 1982-04-30;
        # place: "at the South African-Botswana border" (no city, locality or single country)
        # -> null.
        M(["p_w_botha", "kenneth_kaunda"], "1982-04-30", None, IP, P,
          "Besides boosting his standing at home, Mr. Botha's meeting with Zambian President Kenneth Kaunda may provide South Africa a chance to demonstrate that it seeks to play a constructive role in the subcontinent, contrary to repeated charges by neighboring black states that it is a source of deliberate instability."),
        # Not rows: "the mere opening of a top-level dialogue" and "the talks"/"the meeting" (the
        # same meeting); Barratt's comment; "Diplomatic sources in Lusaka say" (statements); the
        # first talks "since 1975" (no named participants). Removed: the last, cut-off sentence
        # ("Indeed, President Kaunda recently met with Sam Nujoma , leader of SWAPO (the Sou"),
        # with it a Kaunda-Nujoma meeting that is therefore not in the stored text.
    ],
    roles=[("South African Prime Minister", "p_w_botha"), ("Zambian President", "kenneth_kaunda")],
)

A["dev_6509_erdogan_assad_call_likely"] = dict(
    actors={
        "recep_tayyip_erdogan": ["Recep Tayyip Erdogan", "Erdogan"],
        "bashar_al_assad": ["Bashar al-Assad", "Assad"],
        "vladimir_putin": ["Vladimir Putin", "Putin"],
        "sputnik": ["Sputnik"],
        "turkish_army": ["Turkish army"],
    },
    meetings=[
        # "are likely to hold a telephone conversation soon" (Sputnik citing Turkish media; "If
        # it happens") -> phone, planned, date and place null, required False (a speculative
        # second-hand report, as dev_024's sources' plan).
        M(["recep_tayyip_erdogan", "bashar_al_assad"], None, None, PH, P,
          "Turkish President Recep Tayyip Erdogan and Syrian President Bashar al-Assad are likely to hold a telephone conversation soon, Sputnik news agency reported citing Turkish media.",
          False),
        # "Putin and Erdogan met in Sochi last Friday" (= "the recent meeting with Erdogan in
        # Sochi") -> held, 2022-08-05, Sochi.
        M(["vladimir_putin", "recep_tayyip_erdogan"], "2022-08-05", "Sochi", IP, H,
          "Putin and Erdogan met in Sochi last Friday to discuss a range of issues, including Syria, the Ukraine crisis and the energy issue in Europe."),
        # Two unnamed countries "are consulting and making diplomatic contacts ... to hold a
        # meeting between Assad and Erdogan" -> an in-person meeting being sought, planned,
        # date and place null, required False (mediation under way, nothing agreed).
        M(["bashar_al_assad", "recep_tayyip_erdogan"], None, None, IP, P,
          "Sputnik further added that a Persian Gulf country and an African country are consulting and making diplomatic contacts with Turkey and Syria to hold a meeting between Assad and Erdogan.",
          False),
        # Not rows: "it will be the first phone call ... since ... 2011" (no call since: a
        # negative); Putin's "proposal" (made at the Sochi meeting, the row above); the Turkish
        # army's preparations; the opposition of "the governments of Damascus, Moscow and
        # Tehran". Removed: the tool's date prefix and the agency code at the end
        # ("ZZ/FNA14010518000450").
    ],
    roles=[("Turkish President", "recep_tayyip_erdogan"), ("Syrian President", "bashar_al_assad")],
)

A["dev_6510_vilnius_leaders_conference_planned"] = dict(
    actors={
        "algirdas_brazauskas": ["Algirdas Brazauskas"],
        "aleksander_kwasniewski": ["Aleksander Kwasniewski"],
        "alexander_lukashenko": ["Alyaksandr Lukashenka"],
        "lennart_meri": ["Lennart Meri"],
        "martti_ahtisaari": ["Martti Ahtisaari"],
        "guntis_ulmanis": ["Guntis Ulmanis"],
        "leonid_kuchma": ["Leonid Kuchma"],
        "viktor_chernomyrdin": ["Viktor Chernomyrdin"],
        "european_union": ["European Union"],
        "council_of_europe": ["Council of Europe"],
        "osce": ["Organization for Security and Cooperation in Europe"],
    },
    meetings=[
        # Zero-row control. Not rows: the two-day Vilnius conference of "Seven Central and East
        # European presidents, Russia's Prime Minister and scores of representatives of
        # international organizations ... regional political groups and cultural associations"
        # (speeches, three sessions: a multilateral conference, "a summit as such" in the
        # convention, not a small-group meeting -> no pair rows, as dev_6312's Commonwealth
        # conference; contrast dev_910's five-president summit, kept optional); Brazauskas and
        # Kwasniewski "will play host" (the hosts of that conference); "a series of bi-lateral
        # talks between leaders" (no pair named). "(RFE/RL)" in the dateline is the agency
        # credit (not an actor). Removed: "Accessibility links" and "Breaking News" at the start
        # and the last, cut-off sentence ("Six countries represented at the meeting in Vilnius
        # -- the three Baltic states, Belarus, Ru").
    ],
    roles=[("Russia's Prime Minister", "viktor_chernomyrdin")],
)

_CSN = ("At the 12-nation CSN summit, which will begin on Friday, Bachelet will also hold meetings with her Brazilian counterpart Luiz Inacio Lula da Silva, and the newly elected president of Ecuador, Rafael Correa, who begins his five-year term on Jan. 10.")
A["test_6511_bachelet_morales_cochabamba_planned"] = dict(
    actors={
        "michelle_bachelet": ["Michelle Bachelet", "Bachelet"],
        "evo_morales": ["Evo Morales"],
        "alejandro_foxley": ["Alejandro Foxley", "Foxley"],
        "luiz_inacio_lula_da_silva": ["Luiz Inacio Lula da Silva"],
        "rafael_correa": ["Rafael Correa"],
        "south_american_community_of_nations": ["South American Community of Nations", "CSN"],
    },
    meetings=[
        # "will meet her Bolivian counterpart Evo Morales on the sidelines of the South American
        # Community of Nations (CSN) meeting"; "The Chile-Bolivia meeting, which is to be held in
        # the Bolivian city of Cochabamba" -> a bilateral on the sidelines, planned, date null
        # (a two-day summit from Friday: no certain day), Cochabamba.
        M(["michelle_bachelet", "evo_morales"], None, "Cochabamba", IP, P,
          "Chile's President Michelle Bachelet will meet her Bolivian counterpart Evo Morales on the sidelines of the South American Community of Nations (CSN) meeting Chile's Foreign Minister Alejandro Foxley said on Wednesday."),
        # "Bachelet will also hold meetings with ... Lula da Silva, and ... Rafael Correa" -> two
        # bilaterals at the same summit, planned, date null, Cochabamba (the summit's city, given
        # for the Chile-Bolivia meeting on its sidelines).
        M(["michelle_bachelet", "luiz_inacio_lula_da_silva"], None, "Cochabamba", IP, P, _CSN),
        M(["michelle_bachelet", "rafael_correa"], None, "Cochabamba", IP, P, _CSN),
        # Not rows: the 12-nation CSN summit itself (multilateral); Foxley "said on Wednesday"
        # (a statement); the broken-off relations of 1978 and the 1880s war; Correa's term
        # beginning "on Jan. 10" (an inauguration date, no meeting). Removed: the comment widgets
        # at the end ("Top Comments", "Disclaimer & comment rules", the Facebook notice).
    ],
    roles=[("Chile's President", "michelle_bachelet"), ("her Bolivian counterpart", "evo_morales"),
           ("Chile's Foreign Minister", "alejandro_foxley"), ("her Brazilian counterpart", "luiz_inacio_lula_da_silva"),
           ("the newly elected president of Ecuador", "rafael_correa")],
)

_KZ = ("The agreement, the unexpected product of talks in Moscow chaired by Russian Foreign Minister Andrei V. Kozyrev, came exactly four years after Nagorno-Karabakh lawmakers sparked the conflict by requesting a reversal of the 1921 Kremlin ruling that attached their agricultural homeland, largely peopled by Armenians, to Azerbaijan, and not Armenia.")
A["dev_6512_kozyrev_sadykhov_hovannisian_moscow"] = dict(
    actors={
        "andrei_kozyrev": ["Andrei V. Kozyrev"],
        "husein_aga_sadykhov": ["Husein-Aga Sadykhov", "Sadykhov"],
        "raffi_hovannisian": ["Raffi Hovannisian", "Hovannisian"],
        "russian_foreign_ministry": ["Russian Foreign Ministry"],
        "kremlin": ["Kremlin"],
    },
    meetings=[
        # "talks in Moscow chaired by Russian Foreign Minister Andrei V. Kozyrev" between "The
        # foreign ministers of Azerbaijan and Armenia" (named below: Sadykhov, Hovannisian, "the
        # document he signed with Sadykhov"), "on Thursday", "eight hours of talks, held in the
        # Russian Foreign Ministry guest house" -> one meeting of three named people -> one row
        # per pair (3; the chairman takes part in the talks), held, 1992-02-20, Moscow.
        M(["andrei_kozyrev", "husein_aga_sadykhov"], "1992-02-20", "Moscow", IP, H, _KZ),
        M(["andrei_kozyrev", "raffi_hovannisian"], "1992-02-20", "Moscow", IP, H, _KZ),
        M(["husein_aga_sadykhov", "raffi_hovannisian"], "1992-02-20", "Moscow", IP, H, _KZ),
        # Not rows: the joint statement and the signing (the same meeting); Sadykhov "told
        # reporters" (a statement); the referral "to the Armenian and Azerbaijani parliaments
        # and presidents" (unnamed, no meeting); the Nagorno-Karabakh lawmakers' 1988 request and
        # the 1921 Kremlin ruling. Removed: the last, cut-off sentence ("In a clause that the
        # Armenians said was crucial, ... Thursday night, A").
    ],
    roles=[("Russian Foreign Minister", "andrei_kozyrev"), ("Azerbaijani Foreign Minister", "husein_aga_sadykhov"),
           ("the Fresno-born Armenian foreign minister", "raffi_hovannisian")],
)
