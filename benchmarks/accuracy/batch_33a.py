"""Accuracy corpus, batch 33a: 12 new articles about meetings between political actors, weighted to
older text (1960s: four, 1970s: one, 1980s: three, 1990s: three, 2000s: one), over eleven regions
(Western Europe: two; Southeast Asia, East Asia, Eastern Europe/Russia, Africa, South Asia, North
America, Middle East, Latin America, Central Asia/Caucasus, Oceania: one each). Outlets/sites: The
Press (Christchurch) via Papers Past (four, one of them via the dynamic-rsnz host), AP News
(apnews.com, two), The Christian Science Monitor, the Hindustan Times ("HT This Day" reprint of a
1969 report), The Hindu ("From the Archives" reprint of a 1973 report), The Baltimore Sun, Radio
Free Europe/Radio Liberty and the Taipei Times; some of these sites were used before, the pages
are new. Collected with the `search` tool (corpus `pages`) and annotated from the texts alone,
BEFORE the package was run on them (the package has not been run on this batch). Conventions:
ANNOTATION.md and /work/shared/ANNOTATION-GUIDE.md. Notes: batch_33a_NOTES.md.

Split rule (fixed before annotating, as given in the brief for this batch, the same as batches
5a-32b): the articles are numbered 1..12 in the order they were first found in this session's
search results (the query in which each first appeared, then its rank in that query), after
skipping pages (and stories/meetings) already in the corpus; positions 3, 7 and 11 are test, all
others dev. Ids: `dev_64NN_<slug>` / `test_64NN_<slug>`, NN = collection position (01..12).

M(participants, date, place, kind, status, evidence, required=True)
Evidence is the verbatim sentence (line breaks inside it replaced by single spaces).
Aliases are written as they stand in the text (OCR errors and typos included).
"""

from annotations import H, IP, M, P, PH, VID  # noqa: F401 (the same row helpers)

# (article_id, region, decade, outlet, url, published)
ARTICLES = [
    # Papers Past id CHP19640118 = The Press, 18 January 1964 (a Saturday); the dateline "TOKYO,
    # January 17" (a Friday) precedes the issue: "today" = 1964-01-17 (the dateline day, as
    # dev_6208), "tomorrow" = 1964-01-18.
    ("dev_6401_soekarno_kennedy_tokyo", "Southeast Asia", "1960s", "The Press (Christchurch), via Papers Past (N.Z. Press Association)", "https://paperspast.natlib.govt.nz/newspapers/CHP19640118.2.119", "1964-01-18"),
    # Papers Past id CHP19660209 and the page's line "Press, Volume CV, Issue 30980, 9 February
    # 1966" (a Wednesday); the dateline "PARIS, Feb. 8" (a Tuesday): "today" and "this morning" =
    # 1966-02-08, "yesterday" = 1966-02-07, "last night" = 1966-02-07.
    ("dev_6402_de_gaulle_erhard_paris", "Western Europe", "1960s", "The Press (Christchurch), via Papers Past (N.Z.P.A. Reuter)", "https://dynamic-rsnz.natlib.govt.nz/newspapers/CHP19660209.2.114", "1966-02-09"),
    # Papers Past id CHP19660108 = The Press, 8 January 1966 (a Saturday); the dateline "TOKYO,
    # January 7" (a Friday): "today" / "today's meeting" = 1966-01-07, "last night" =
    # 1966-01-06, "on Sunday" = 1966-01-09 (Harriman's departure, not a meeting).
    ("test_6403_sato_harriman_tokyo", "East Asia", "1960s", "The Press (Christchurch), via Papers Past (N.Z.P.A. Reuter)", "https://dynamic-rsnz.natlib.govt.nz/newspapers/CHP19660108.2.148", "1966-01-08"),
    # The page's date line "July 1, 1987" (a Wednesday): "today" = 1987-07-01, "Tuesday" =
    # 1987-06-30 (the arrival), "Thursday" = 1987-07-02 (reporters, not a meeting).
    ("dev_6404_carter_gorbachev_kremlin", "Eastern Europe/Russia", "1980s", "Associated Press (apnews.com)", "https://www.apnews.com/11171e30e7f5c5d682c161c3dd9e44e4", "1987-07-01"),
    # The URL (/1987/0309/) gives 1987-03-09 (a Monday): "today" = 1987-03-09 (the departure);
    # no day is given for any of the meetings of the eight-day trip.
    ("dev_6405_moi_us_britain_trip", "Africa", "1980s", "The Christian Science Monitor (csmonitor.com)", "https://www.csmonitor.com/1987/0309/ofill09.html", "1987-03-09"),
    # The URL ("htthisday-sept-7-1969"): the Hindustan Times of 7 September 1969 (a Sunday),
    # reprinted online in 2021. The dateline "New Delhi-" has no date, and a morning paper's
    # "this morning" is the day the report was filed, which the page does not give: the meeting's
    # date is left null (see the notes).
    ("dev_6406_gandhi_kosygin_palam", "South Asia", "1960s", "Hindustan Times (hindustantimes.com; \"HT This Day\" reprint of the 7 September 1969 paper)", "https://www.hindustantimes.com/india-news/htthisday-sept-7-1969-pm-kosygin-discuss-bilateral-issues-101630945425747-amp.html", "1969-09-07"),
    # The URL ("from-the-archives-june-19-1973"): The Hindu of 19 June 1973 (a Tuesday), reprinted
    # online on 2023-06-19; the dateline "Ottawa, June 18" (a Monday): "this morning" =
    # 1973-06-18, "last evening" = 1973-06-17.
    ("test_6407_gandhi_trudeau_ottawa", "North America", "1970s", "The Hindu (thehindu.com; \"From the Archives\" reprint of the 19 June 1973 paper)", "https://www.thehindu.com/archives/from-the-archives-june-19-1973-mrs-gandhi-reviews-mutual-relations-with-canadian-pm/article66982627.ece/amp/", "1973-06-19"),
    # The page's date line "November 23, 1993" (a Tuesday; "senior officials said Tuesday"):
    # "Sunday" = 1993-11-21.
    ("dev_6408_hussein_assad_damascus", "Middle East", "1990s", "Associated Press (apnews.com)", "https://www.apnews.com/7513999f9b7caf92fe2dd269c36e739a", "1993-11-23"),
    # The URL (bs-xpm-1991-10-24) gives 1991-10-24 (a Thursday); the dateline COZUMEL:
    # "yesterday" = 1991-10-23.
    ("dev_6409_castro_group_of_three_cozumel", "Latin America", "1990s", "The Baltimore Sun (baltimoresun.com)", "https://www.baltimoresun.com/news/bs-xpm-1991-10-24-1991297011-story.html", "1991-10-24"),
    # The dateline "Yerevan, 2 May 1997 (RFE/RL)" (a Friday): "today" = 1997-05-02, "yesterday"
    # = 1997-05-01 (an interview, not a meeting).
    ("dev_6410_shevardnadze_yerevan_visit", "Central Asia/Caucasus", "1990s", "Radio Free Europe/Radio Liberty (rferl.org)", "https://www.rferl.org/a/1084884.html", "1997-05-02"),
    # The URL (/archives/2004/05/28/) gives 2004-05-28 (a Friday): "on Wednesday" = 2004-05-26
    # (the release of the transcripts). The 1973 events: "five days after the start of the war"
    # and "The Arab-Israeli war erupted on Oct. 6, 1973" -> 1973-10-11.
    ("test_6411_nixon_heath_call_transcripts", "Western Europe", "2000s", "Taipei Times (taipeitimes.com)", "https://www.taipeitimes.com/News/world/archives/2004/05/28/2003157267", "2004-05-28"),
    # Papers Past id CHP19810601 = The Press, 1 June 1981 (a Monday): "yesterday" = 1981-05-31.
    ("dev_6412_muldoon_woods_refusal", "Oceania", "1980s", "The Press (Christchurch), via Papers Past (PA)", "https://paperspast.natlib.govt.nz/newspapers/CHP19810601.2.45", "1981-06-01"),
]

A = {}

A["dev_6401_soekarno_kennedy_tokyo"] = dict(
    actors={
        "sukarno": ["President Soekarno", "Soekarno"],
        "robert_f_kennedy": ["Mr Robert Kennedy", "Robert Kennedy", "Mr Kennedy", "Kennedy"],
        # Edwin O. Guthman, the Attorney-General's press officer; the text's "E. D." is kept as
        # the alias (OCR or the paper's error).
        "edwin_guthman": ["Mr E. D. Guthman", "E. D. Guthman"],
    },
    meetings=[
        # "agreed in their first meeting in Tokyo today" -> held, 1964-01-17, Tokyo.
        M(["sukarno", "robert_f_kennedy"], "1964-01-17", "Tokyo", IP, H,
          "President Soekarno of Indonesia and Mr Robert Kennedy, the United States Attorney-General, agreed in their first meeting in Tokyo today that the problem of Malaysia should be solved in consultations."),
        # "would be host to Mr Kennedy at breakfast tomorrow and -would hold further talks after
        # that" ("the talks ... would be continued") -> planned, 1964-01-18; place Tokyo (the
        # dateline; both are in Tokyo, no other place given). One row for breakfast and talks.
        M(["sukarno", "robert_f_kennedy"], "1964-01-18", "Tokyo", IP, P,
          "An Indonesian spokesman said President Soekarno would be host to Mr Kennedy at breakfast tomorrow and -would hold further talks after that."),
        # Not rows: Guthman's briefing and the spokesmen's statements; the "consultations between
        # the parties directly concerned" (Malaysia and Indonesia: countries, a proposal). "N.Z.
        # Press Association" in the dateline is the agency credit (not an actor). The OCR debris
        # ("-would", the broken "A spokesman for the / American side") is kept. Removed: Papers
        # Past's correction notice and "Article image" lines, and the last, cut-off fragment
        # ("Short M").
    ],
    roles=[("the United States Attorney-General", "robert_f_kennedy"), ("a briefing officer", "edwin_guthman")],
)

A["dev_6402_de_gaulle_erhard_paris"] = dict(
    actors={
        "charles_de_gaulle": ["President de Gaulle", "de Gaulle"],
        "ludwig_erhard": ["Ludwig Erhard", "Dr. Erhard", "Erhard"],
    },
    meetings=[
        # "end two days of talks today after striking an unexpected note of cordiality
        # yesterday"; "Subjects discussed yesterday" -> the first day's talks: held, 1966-02-07,
        # Paris (dateline).
        M(["charles_de_gaulle", "ludwig_erhard"], "1966-02-07", "Paris", IP, H,
          "President de Gaulle and the West German Chancellor, Ludwig Erhard, end two days of talks today after striking an unexpected note of cordiality yesterday."),
        # "The Chancellor and President meet at the Elysee Palace this morning for their second
        # private exchange. ... They will be later joined by ..." -> the second day, written
        # before it ended: planned (the article's perspective, "will be later joined"),
        # 1966-02-08, Paris (Elysee Palace; the dateline).
        M(["ludwig_erhard", "charles_de_gaulle"], "1966-02-08", "Paris", IP, P,
          "The Chancellor and President meet at the Elysee Palace this morning for their second private exchange."),
        # Not rows: the ministers and officials joining later (unnamed); "A senior West German
        # official said" (a statement); de Gaulle's "scheduled June visit ... to Moscow" (no
        # host named, as dev_6312's trips). "N.Z.P.A. Reuter" is the agency credit. The OCR
        # debris ("offi[cial", "; .", "excepted", the subheads "View Differs" / "Moscow Visit"
        # run into the text, "co-opera-tion") is kept. Removed: Papers Past's "Permanent link"
        # and bibliographic end matter.
    ],
    roles=[("the West German Chancellor", "ludwig_erhard"), ("the French President", "charles_de_gaulle"),
           ("The Chancellor", "ludwig_erhard")],
)

A["test_6403_sato_harriman_tokyo"] = dict(
    actors={
        "eisaku_sato": ["Mr Sato", "Sato"],
        "averell_harriman": ["Mr Averell Harriman", "Averell Harriman", "Mr Harriman"],
        "lyndon_johnson": ["President Johnson"],
        "etsusaburo_shiina": ["Mr Shiina"],
        "moscow_radio": ["Moscow Radio"],
    },
    meetings=[
        # "Mr Sato gave this assurance to ... Mr Averell Harriman, in a 90-minute talk"; "The
        # Japanese Foreign Minister (Mr Shiina) attended today's meeting" -> held, 1966-01-07,
        # Tokyo. Shiina only "attended" (not a participant: convention).
        M(["eisaku_sato", "averell_harriman"], "1966-01-07", "Tokyo", IP, H,
          "An American spokesman said Mr Sato gave this assurance to President Johnson’s special envoy, Mr Averell Harriman, in a 90-minute talk on American peace efforts."),
        # Not rows: Harriman's earlier "talks in Poland, Yugoslavia, India, Pakistan, Iran,
        # Egypt, and Thailand" and "all the statesmen with whom he had talked" (countries and a
        # tour, no counterpart named); Shiina "due to visit Moscow on January 16 to sign an
        # aviation agreement" (a trip and a signing, no host named); Harriman's arrival
        # statement; the Moscow Radio broadcast. "N.Z.P..4. Reuter" (OCR of "N.Z.P.A.") is the
        # agency credit. The OCR debris ("1 An", "| efforts", "\" I Mr Sato", "understanding
        # I of") is kept. Removed: Papers Past's correction notice and "Article image" lines,
        # and the last, cut-off sentence ("One would be deceived ... suspension of").
    ],
    roles=[("The Japanese Prime Minister", "eisaku_sato"), ("President Johnson’s special envoy", "averell_harriman"),
           ("The Japanese Foreign Minister", "etsusaburo_shiina")],
)

A["dev_6404_carter_gorbachev_kremlin"] = dict(
    actors={
        "jimmy_carter": ["Former President Jimmy Carter", "Jimmy Carter", "Carter"],
        "rosalynn_carter": ["Rosalynn"],
        "mikhail_gorbachev": ["Soviet leader Mikhail S. Gorbachev", "Mikhail S. Gorbachev", "Gorbachev"],
        "anatoly_dobrynin": ["Anatoly F. Dobrynin", "Dobrynin"],
        "communist_party_of_the_soviet_union": ["Communist Party"],
        "soviet_foreign_ministry": ["Foreign Ministry"],
        "us_embassy_moscow": ["U.S. Embassy"],
    },
    meetings=[
        # "Former President Jimmy Carter and his wife Rosalynn met today with Soviet leader
        # Mikhail S. Gorbachev in the Kremlin" -> held, 1987-07-01, Moscow (dateline; the
        # Kremlin). Rosalynn Carter is a spouse: not a participant (convention, as dev_6308's
        # Hillary/Amelita), although she is a grammatical subject of "met".
        M(["jimmy_carter", "mikhail_gorbachev"], "1987-07-01", "Moscow", IP, H,
          "MOSCOW (AP) _ Former President Jimmy Carter and his wife Rosalynn met today with Soviet leader Mikhail S. Gorbachev in the Kremlin."),
        # Dobrynin "also participated in the talks. He was greetly warmly by Carter." -> Carter-
        # Dobrynin, same day and place, required False (a participant on the host's side and a
        # greeting; "participated" is more than "sat in", less than "met").
        M(["jimmy_carter", "anatoly_dobrynin"], "1987-07-01", "Moscow", IP, H,
          "Communist Party International Affairs Secretary Anatoly F. Dobrynin, former ambassador to the United States, also participated in the talks.",
          False),
        # Not rows: "planned to meet with American reporters Thursday" (the press); the arrival
        # "Tuesday ... at the invitation of the Soviet government"; "The Carters visited Beijing"
        # (no host named); the Foreign Ministry and Embassy statements. "(AP)" in the dateline is
        # the agency credit (kept in the evidence sentence as written). The typos ("allowed to
        # made", "greetly warmly") are kept. Removed: the "Related topics" line at the start and
        # the "Update hourly" widget at the end.
    ],
    roles=[("Soviet leader", "mikhail_gorbachev"), ("Communist Party International Affairs Secretary", "anatoly_dobrynin"),
           ("former ambassador to the United States", "anatoly_dobrynin"), ("The former president", "jimmy_carter"),
           ("his wife", "rosalynn_carter")],
)

_MOI_LONDON = "Later, he will fly to London, where he is to talk with Prime Minister Thatcher and Queen Elizabeth II."
_MOI_US = ("In the United States, Moi will also hold talks with United Nations Secretary-General Javier P'erez de "
           "Cu'ellar and with Kenyan students studying in the US.")
A["dev_6405_moi_us_britain_trip"] = dict(
    actors={
        "daniel_arap_moi": ["Daniel arap Moi", "President Moi", "Moi"],
        "ronald_reagan": ["President Reagan"],
        "margaret_thatcher": ["Prime Minister Margaret Thatcher", "Margaret Thatcher", "Prime Minister Thatcher", "Thatcher"],
        # The accents are garbled on the page ("P'erez de Cu'ellar"); kept as written.
        "javier_perez_de_cuellar": ["Javier P'erez de Cu'ellar"],
        "elizabeth_ii": ["Queen Elizabeth II"],
        "united_nations": ["United Nations"],
    },
    meetings=[
        # All planned ("will meet", "will also hold talks", "is to talk"), an eight-day trip with
        # no day given -> dates null.
        # Reagan: "during an eight-day trip to the United States and Britain"; "In the United
        # States, Moi will also hold talks with ..." places the Reagan meeting in the US ->
        # place United States (no city).
        M(["daniel_arap_moi", "ronald_reagan"], None, "United States", IP, P,
          "Kenyan President Daniel arap Moi will meet President Reagan and Prime Minister Margaret Thatcher during an eight-day trip to the United States and Britain."),
        M(["daniel_arap_moi", "javier_perez_de_cuellar"], None, "United States", IP, P, _MOI_US),
        # "Kenyan students studying in the US" (unnamed) -> one-party planned row, required False
        # (as dev_6308's breakfast with unnamed executives).
        M(["daniel_arap_moi"], None, "United States", IP, P, _MOI_US, False),
        # Thatcher (named twice: in the lead and in the London sentence) -> one row, London.
        M(["daniel_arap_moi", "margaret_thatcher"], None, "London", IP, P, _MOI_LONDON),
        M(["daniel_arap_moi", "elizabeth_ii"], None, "London", IP, P, _MOI_LONDON),
        # Not rows: the departure "today"; "accompanied by senior government officials"
        # (unnamed); "the official news agency" (unnamed source). Removed: the subscription
        # widgets at the end ("You've read  of  free articles. Subscribe ...", QR-code lines).
    ],
    roles=[("Kenyan President", "daniel_arap_moi"), ("United Nations Secretary-General", "javier_perez_de_cuellar")],
)

A["dev_6406_gandhi_kosygin_palam"] = dict(
    actors={
        "alexei_kosygin": ["Alexei Kosygin", "Mr Kosygin"],
        "indira_gandhi": ["Prime Minister Indira Gandhi", "Indira Gandhi", "Mrs Gandhi"],
        "dinesh_singh": ["Foreign Minister Dinesh Singh", "Dinesh Singh"],
        "ho_chi_minh": ["Dr Ho Chi Minh"],
        "communist_party_of_the_soviet_union": ["Soviet Communist Party"],
        "indian_air_force": ["IAF"],
    },
    meetings=[
        # "an hour-long meeting at Palam airport this morning" -> held; place New Delhi (the
        # dateline; Palam airport). Date null: the page is the paper of 1969-09-07, but the
        # dateline carries no date and a morning paper's "this morning" is the filing day (most
        # likely 1969-09-06), which the page does not state (see the notes).
        M(["alexei_kosygin", "indira_gandhi"], None, "New Delhi", IP, H,
          "New Delhi- Soviet Premier Alexei Kosygin and Prime Minister Indira Gandhi discussed world issues and Indo-Soviet relations at an hour-long meeting at Palam airport this morning."),
        # Not rows: Dinesh Singh "was also at the airport, but did not join the talks" (a
        # negated participation); Kosygin's account to newsmen (a statement); Ho Chi Minh's
        # funeral (an event); the cancelled halt in Calcutta; Gandhi's flight to Lucknow; the
        # interpreter (unnamed). The OCR debris ("were I “troubling", "the, reports") is kept.
        # Removed: the last, cut-off word ("There").
    ],
    roles=[("Soviet Premier", "alexei_kosygin"), ("The Soviet Premier", "alexei_kosygin"),
           ("Foreign Minister", "dinesh_singh")],
)

A["test_6407_gandhi_trudeau_ottawa"] = dict(
    actors={
        "indira_gandhi": ["Prime Minister Indira Gandhi", "Indira Gandhi", "Mrs. Gandhi"],
        # The typo "Peirre" is kept.
        "pierre_trudeau": ["Prime Minister Peirre Elliott Trudeau", "Peirre Elliott Trudeau", "Mr. Trudeau"],
        "mitchell_sharp": ["Mitchell Sharp"],
        "rolland_michener": ["Governor-General Rolland Michener", "Rolland Michener"],
        "air_india": ["Air India"],
        "parliament_of_canada": ["Canadian Parliament"],
    },
    meetings=[
        # "held two hours of talks this morning" (dateline Ottawa, June 18) -> held, 1973-06-18,
        # Ottawa.
        M(["indira_gandhi", "pierre_trudeau"], "1973-06-18", "Ottawa", IP, H,
          "Ottawa, June 18: Prime Minister Indira Gandhi and Prime Minister Peirre Elliott Trudeau of Canada held two hours of talks this morning during which they “reviewed and renewed” the friendly co-operative relations that have existed between the two Commonwealth countries for nearly a quarter of a century."),
        # "arrived here last evening ... and was received at the airport by ... Mitchell Sharp"
        # -> held, 1973-06-17, Ottawa ("here"), required False (an airport welcome, as
        # dev_6301).
        M(["indira_gandhi", "mitchell_sharp"], "1973-06-17", "Ottawa", IP, H,
          "Mrs. Gandhi arrived here last evening by a special Air India plane and was received at the airport by Canada’s External Affairs Minister Mitchell Sharp, a ranking member of Mr. Trudeau’s government, as the Prime Minister himself was away from the capital at the time.",
          False),
        # Not rows: Trudeau "away from the capital at the time" (a negated welcome); the
        # unnamed members of the Government, of Parliament and the diplomatic corps "presented
        # to Mrs. Gandhi"; the stay at the Governor-General's residence (no meeting with Michener
        # stated); the demonstration. Removed: the tool's date prefix and the reprint's online
        # date line ("June 19, 2023 01:15 am | Updated 12:09 am IST") at the start.
    ],
    roles=[("Canada’s External Affairs Minister", "mitchell_sharp"), ("the Prime Minister", "pierre_trudeau"),
           ("Governor-General", "rolland_michener")],
)

A["dev_6408_hussein_assad_damascus"] = dict(
    actors={
        "hussein_bin_talal": ["King Hussein", "Hussein"],
        "hafez_al_assad": ["Syrian President Hafez Assad", "Hafez Assad", "Assad"],
        "warren_christopher": ["Secretary of State Warren Christopher", "Warren Christopher"],
        "yasser_arafat": ["PLO chairman Yasser Arafat", "Yasser Arafat"],
        "plo": ["PLO"],
    },
    meetings=[
        # "the talks the king held Sunday with Assad in the Syrian capital Damascus" -> held,
        # 1993-11-21, Damascus. The lead's "has assured" and "Hussein briefed Assad" are the
        # same talks.
        M(["hussein_bin_talal", "hafez_al_assad"], "1993-11-21", "Damascus", IP, H,
          "The officials, commenting on the talks the king held Sunday with Assad in the Syrian capital Damascus, said the two leaders also agreed to coordinate their positions closer."),
        # Not rows: Christopher's "Middle East trip ... planned for next month" (no host named);
        # Arafat "did not consult him" (a negated consultation); the Israel-Jordan and
        # Israel-PLO negotiations and signings (countries and organisations, no named people
        # meeting). "(AP)" is the agency credit. Removed: the "Related topics" line at the start
        # and the last, cut-off sentence ("But the monarch, wary o").
    ],
    roles=[("Syrian President", "hafez_al_assad"), ("the king", "hussein_bin_talal"), ("The king", "hussein_bin_talal"),
           ("the Syrian president", "hafez_al_assad"), ("PLO chairman", "yasser_arafat"),
           ("Secretary of State", "warren_christopher")],
)

_CZ = ("President Castro, in a news conference, said the subject of oil never came up during his discussions with "
       "Mexican President Carlos Salinas de Gortari, Colombian President Cesar Gaviria and Venezuelan President "
       "Carlos Andres Perez.")
_CZ3 = "COZUMEL, Mexico -- The presidents of Mexico, Colombia and Venezuela offered yesterday to help Fidel Castro overcome his differences with the United States."
A["dev_6409_castro_group_of_three_cozumel"] = dict(
    actors={
        "fidel_castro": ["Fidel Castro", "Mr. Castro", "President Castro", "Castro"],
        "carlos_salinas_de_gortari": ["Carlos Salinas de Gortari"],
        "cesar_gaviria": ["Cesar Gaviria"],
        "carlos_andres_perez": ["Carlos Andres Perez"],
        "george_h_w_bush": ["President Bush"],
        "mary_magdalene": ["Mary Magdalene"],
    },
    meetings=[
        # "The all-day meeting here with Mr. Castro"; the presidents "offered yesterday"; the
        # communique "issued ... after the meeting" -> held, 1991-10-23, Cozumel. Four named
        # presidents -> one row per pair (6), as dev_1808. Castro's three pairs take the
        # sentence naming all four; the three hosts' pairs take the lead.
        M(["fidel_castro", "carlos_salinas_de_gortari"], "1991-10-23", "Cozumel", IP, H, _CZ),
        M(["fidel_castro", "cesar_gaviria"], "1991-10-23", "Cozumel", IP, H, _CZ),
        M(["fidel_castro", "carlos_andres_perez"], "1991-10-23", "Cozumel", IP, H, _CZ),
        M(["carlos_salinas_de_gortari", "cesar_gaviria"], "1991-10-23", "Cozumel", IP, H, _CZ3),
        M(["carlos_salinas_de_gortari", "carlos_andres_perez"], "1991-10-23", "Cozumel", IP, H, _CZ3),
        M(["cesar_gaviria", "carlos_andres_perez"], "1991-10-23", "Cozumel", IP, H, _CZ3),
        # Not rows: Castro's news conference; Bush (not present: "anxious not to offend
        # President Bush"); the "Colombian diplomat" and "senior Mexican government official"
        # (unnamed); the offered "good offices" (a proposal to governments). Removed: the last,
        # cut-off sentence ("At the same time, the Latin Americans are tr").
    ],
    roles=[("the beleaguered dictator", "fidel_castro"), ("Mexican President", "carlos_salinas_de_gortari"),
           ("Colombian President", "cesar_gaviria"), ("Venezuelan President", "carlos_andres_perez")],
)

A["dev_6410_shevardnadze_yerevan_visit"] = dict(
    actors={
        "eduard_shevardnadze": ["Eduard Shevardnadze", "Shevardnadze"],
        "levon_ter_petrosyan": ["Levon Ter-Petrosyan"],
        "heydar_aliyev": ["Heidar Aliyev"],
        # Cited in the body ("In an interview with RFE/RL"); the dateline credit is not counted.
        "rfe_rl": ["RFE/RL"],
    },
    meetings=[
        # "arrived in the Armenian capital early today for talks with ... Levon Ter-Petrosyan";
        # "Shevardnadze's visit is expected to focus on ..."; "is to spend two days" -> the
        # arrival is held, the talks are told ahead: planned, date null (a two-day visit,
        # 1997-05-02/03, no day given for the talks), Yerevan.
        M(["eduard_shevardnadze", "levon_ter_petrosyan"], None, "Yerevan", IP, P,
          "Yerevan, 2 May 1997 (RFE/RL) -- Our correspondent in Yerevan says Georgian President Eduard Shevardnadze arrived in the Armenian capital early today for talks with Armenian President Levon Ter-Petrosyan."),
        # Not rows: the interview "with RFE/RL yesterday" (a media interview); the "strategic
        # partnership treaty signed with ... Heidar Aliyev" (a signing, no meeting stated, as
        # batch 29b's "agreements signed last July"). Removed: the page's "Accessibility links" /
        # "Breaking News" lines at the start and the "XS SM MD LG" widget lines at the end.
    ],
    roles=[("Georgian President", "eduard_shevardnadze"), ("Armenian President", "levon_ter_petrosyan"),
           ("Azeri President", "heydar_aliyev")],
)

A["test_6411_nixon_heath_call_transcripts"] = dict(
    actors={
        "richard_nixon": ["Richard Nixon", "Nixon"],
        "edward_heath": ["Edward Heath", "Heath"],
        "henry_kissinger": ["Henry Kissinger", "Kissinger"],
        "brent_scowcroft": ["Brent Scowcroft", "Scowcroft"],
        "spiro_agnew": ["Spiro Agnew"],
        "david_mengel": ["David Mengel"],
        "white_house": ["White House"],
        "nixon_administration": ["Nixon administration"],
        "us_national_archives": ["national archives"],
    },
    meetings=[
        # "Heath phoned the White House shortly after 8pm to speak to Nixon, five days after the
        # start of the war" (war "erupted on Oct. 6, 1973") -> 1973-10-11. Nixon "was too drunk
        # to take a call from ... Edward Heath": the Nixon-Heath call did not take place (no
        # row). "Kissinger conveyed the message to Heath" -> Kissinger-Heath, held, phone (Heath
        # was on the line to the White House), 1973-10-11, place null.
        M(["henry_kissinger", "edward_heath"], "1973-10-11", None, PH, H,
          "Kissinger conveyed the message to Heath, saying that Nixon would be available in the morning."),
        # "Kissinger asked his assistant, Brent Scowcroft, who had told him of the urgent
        # request" -> held, phone (from the telephone transcripts), same evening, required False
        # (an exchange between aides).
        M(["henry_kissinger", "brent_scowcroft"], "1973-10-11", None, PH, H,
          "\"Can we tell them no?\" Kissinger asked his assistant, Brent Scowcroft, who had told him of the urgent request.",
          False),
        # "When I talked to the president, he was loaded." -> Kissinger-Nixon, held, earlier
        # (time not given) -> date null, kind not stated (in_person default), required False.
        M(["henry_kissinger", "richard_nixon"], None, None, IP, H,
          "\"When I talked to the president, he was loaded.\"",
          False),
        # "Nixon would be available in the morning" / "perhaps he can call you" -> an offered
        # call next morning: planned, phone, date null (the call is not said to be arranged),
        # required False.
        M(["richard_nixon", "edward_heath"], None, None, PH, P,
          "Kissinger conveyed the message to Heath, saying that Nixon would be available in the morning.",
          False),
        # Not rows: the call Nixon was "too drunk to take" (did not take place); "Heath phoned
        # the White House ... to speak to Nixon" (the attempt, same call); Agnew's resignation;
        # Mengel's statement; the "20,000 pages of transcripts of telephone conversations" (a
        # count). "PHOTO: AP" (a photo credit) and the caption line after it are kept in the
        # text; AP is not an actor. Removed: the last, cut-off sentence ("He said the body of
        # transcripts ... as a public rel").
    ],
    roles=[("then US president", "richard_nixon"), ("then British prime minister", "edward_heath"),
           ("his assistant", "brent_scowcroft"), ("the president", "richard_nixon"), ("the pres", "richard_nixon"),
           ("Vice president", "spiro_agnew")],
)

A["dev_6412_muldoon_woods_refusal"] = dict(
    actors={
        "robert_muldoon": ["Mr Muldoon"],
        "donald_woods": ["Donald Woods", "Mr Woods"],
        "halt_all_racist_tours": ["HART"],
        "pauline_mckay": ["Ms Pauline McKay", "Pauline McKay", "Ms McKay"],
        "daily_dispatch": ["Daily Dispatch"],
        "springboks": ["Springboks"],
    },
    meetings=[
        # Zero-row control. Not rows: Muldoon "not prepared to meet" Woods (a refused meeting,
        # in a letter: "I am not prepared to meet Mr Woods."); HART's letter asking for the
        # meeting and Muldoon's reply (letters); Muldoon "leaving New Zealand for France,
        # Britain, Italy, and West Germany" (a trip, no host named); the hoped-for meeting of the
        # (unnamed) Acting Prime Minister with Woods (a wish, not arranged); "a meeting with Mr
        # Woods could have assisted" (counterfactual); Woods's speaking tour. "PA Wellington" is
        # the agency credit. The OCR debris ("he is. not Sired", "riieet", "the- ..Gleneagles",
        # "■", "-that") is kept. Removed: Papers Past's "Article image" lines and the last,
        # cut-off sentence ("In Phristchurch, “telephone blitz” ... member of Parlia").
    ],
    roles=[("The Prime Minister", "robert_muldoon"), ("the former African newspaper editor", "donald_woods"),
           ("the New Zealand anti-apartheid movement", "halt_all_racist_tours"), ("HART’s chairperson", "pauline_mckay")],
)
