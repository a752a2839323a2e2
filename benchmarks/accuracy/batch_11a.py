"""Accuracy corpus, batch 11a: 12 new articles from the 1970s, 1980s and 1990s (four per decade),
chosen where sources.csv was still thin (region x decade cells counted over sources.csv and every
batch_*.py before searching, 288 articles: Central Asia/Caucasus had 0 articles in the 1970s and 2
in the 1980s; East Asia, Eastern Europe/Russia and North America 2 each in the 1970s; Africa,
Eastern Europe/Russia, Latin America, North America, Oceania, South Asia, Southeast Asia and
Western Europe 3 each in the 1980s; North America, Oceania, South Asia, Southeast Asia, Western
Europe and Central Asia/Caucasus 4 each in the 1990s) and spread over ten regions (Eastern
Europe/Russia 2, North America, South Asia 2, Central Asia/Caucasus, East Asia, Africa, Oceania,
Western Europe, Southeast Asia, Latin America 1 each). Outlets not yet in sources.csv: the
Tehran Times (AFP copy), The Globe and Mail (archive), the John Major Archive; the others were
used before (India Today, once in batch 9a; The Christian Science Monitor, The American Presidency Project, the Los Angeles Times through a mirror, Papers
Past, PM Transcripts, The Jakarta Post through jawawa.id, Rediff). Collected with the `search`
tool (corpus `pages`) and annotated from the texts alone, BEFORE the package was run on them (the
package has not been run on this batch). Conventions: ../ANNOTATION.md and
/work/shared/ANNOTATION-GUIDE.md. Notes: batch_11a_NOTES.md.

Split rule (fixed before annotating, as given in the brief for this batch, the same as batches
5a-10b): the articles are numbered 1..12 in the order they were first found in this session's
search results; positions 3, 7 and 11 are test, all others dev. Ids: `dev_20NN_<slug>` /
`test_20NN_<slug>`, NN = collection position (01..12).

M(participants, date, place, kind, status, evidence, required=True)
Evidence is the verbatim sentence (line breaks inside it replaced by single spaces).
Aliases are written as they stand in the text (typos included).
"""


from annotations import H, IP, M, P, PH, VID  # noqa: F401 (the same row helpers)

# (article_id, region, decade, outlet, url, published)
ARTICLES = [
    # No date line in the excerpt; the URL (/1980/0519/) gives 1980-05-19 (a Monday), which the
    # text confirms ("scheduled to begin talks today (May 19)").
    ("dev_2001_brezhnev_giscard_warsaw", "Eastern Europe/Russia", "1980s", "The Christian Science Monitor", "https://csmonitor.com/1980/0519/051901.html", "1980-05-19"),
    # Date line "March 03, 1979" (a Saturday) of the remarks; "today" = 1979-03-03.
    ("dev_2002_carter_trudeau_lunch", "North America", "1970s", "The American Presidency Project (UC Santa Barbara), White House remarks", "https://www.presidency.ucsb.edu/documents/meeting-with-prime-minister-pierre-elliott-trudeau-canada-remarks-the-departure-the-prime", "1979-03-03"),
    # No date line in the excerpt. The URL gives the magazine issue "19870315" (15 March 1987) and
    # an archive date "1987-03-14"; the issue date is used. No relative day is resolved.
    ("test_2003_zia_rajiv_cricket", "South Asia", "1980s", "India Today (magazine archive)", "https://www.indiatoday.in/magazine/indiascope/story/19870315-pakistan-president-zia-ul-haq-comes-to-jaipur-sees-some-cricket-and-conquers-the-media-798642-1987-03-14", "1987-03-15"),
    # Date line "August 23, 1999" (a Monday); "Sunday" = 1999-08-22.
    ("dev_2004_aliyev_kocharian_genthod", "Central Asia/Caucasus", "1990s", "Tehran Times (AFP)", "https://tehrantimes.com/print/44485/Azerbaijani-Armenian-Talks-on-Nagorno-Karabakh-in-Geneva", "1999-08-23"),
    # Date line "Thursday, October 11, 1973" (a Thursday, as stated); "yesterday" = 1973-10-10,
    # "this afternoon" = 1973-10-11, "tomorrow" = 1973-10-12. The URL's 2004 date is the
    # archive repost's.
    ("dev_2005_trudeau_chou_china", "East Asia", "1970s", "The Globe and Mail (archive story, Globe and Mail Update)", "http://v1.theglobeandmail.com/servlet/story/RTGAM.20041020.wtrude1023/BNStory/specialChina/", "1973-10-11"),
    # No date line in the excerpt; the URL (la-xpm-1985-09-20) gives 1985-09-20 (a Friday);
    # "Thursday" = 1985-09-19.
    ("dev_2006_reagan_machel_white_house", "Africa", "1980s", "Los Angeles Times (archive, via the ukobiw.net mirror)", "http://ukobiw.net./archives/la-xpm-1985-09-20-mn-6349-story.html", "1985-09-20"),
    # No date line in the excerpt; the Papers Past id CHP19740423 gives The Press of 1974-04-23 (a
    # Tuesday). The dateline "MOSCOW, April 22." precedes the issue; "today" = 1974-04-22 and
    # "yesterday" = 1974-04-21 are resolved against the dateline (as batch 5d).
    ("test_2007_kennedy_brezhnev_moscow", "Eastern Europe/Russia", "1970s", "The Press (Christchurch), via Papers Past (NZPA-Reuter)", "https://paperspast.natlib.govt.nz/newspapers/CHP19740423.2.152", "1974-04-23"),
    # "Release Date: 25/01/1985" (a Friday) and "FOR MEDIA JANUARY 25 1985".
    ("dev_2008_hawke_lange_letter", "Oceania", "1980s", "PM Transcripts (Australian Prime Minister's Office; media release)", "http://pmtranscripts.pmc.gov.au/release/transcript-6576", "1985-01-25"),
    # Intro line "held in London on Tuesday 28th November 1995" ("this evening" = 1995-11-28).
    ("dev_2009_major_bruton_london", "Western Europe", "1990s", "John Major Archive (press conference transcript)", "https://johnmajorarchive.org.uk/1995/11/28/mr-majors-joint-press-conference-with-the-irish-prime-minister-28-november-1995/", "1995-11-28"),
    # Date line "Wed, 14 Oct 1998"; "on Tuesday" = 1998-10-13, "on Monday" = 1998-10-12.
    ("dev_2010_habibie_estrada_batam", "Southeast Asia", "1990s", "The Jakarta Post (via jawawa.id)", "https://jawawa.id/newsitem/habibie-estrada-express-concern-over-malaysia-1447893297", "1998-10-14"),
    # Date line "March 29, 1978" (a Wednesday) of the communique; the visit is "March 28-29, 1978".
    ("test_2011_carter_perez_caracas", "Latin America", "1970s", "The American Presidency Project (UC Santa Barbara), joint communique", "https://www.presidency.ucsb.edu/documents/caracas-venezuela-joint-communique-issued-the-conclusion-meetings-between-president-carter", "1978-03-29"),
    # Date line "March 13, 1999" (a Saturday); "March 18" = 1999-03-18.
    ("dev_2012_singh_kadirgamar_nuwara_eliya", "South Asia", "1990s", "Rediff (UNI)", "https://m.rediff.com/news/1999/mar/13saarc.htm", "1999-03-13"),
]

A = {}

A["dev_2001_brezhnev_giscard_warsaw"] = dict(
    actors={
        "leonid_brezhnev": ["Leonid Brezhnev", "Mr. Brezhnev", "Brezhnev"],
        "valery_giscard_d_estaing": ["Valery Giscard d'Estaing", "Mr. Giscard d'Estaing", "Giscard"],
        "andrei_gromyko": ["Andrei Gromyko"],
        "jean_francois_poncet": ["Jean Francois-Poncet"],
        "edward_gierek": ["Edward Gierek"],
        "pap": ["PAP"],
        "warsaw_pact": ["Warsaw Pact"],
    },
    meetings=[
        # "arrived here Sunday" + "The two Presidents were scheduled to begin talks today (May 19)"
        # (headline "Giscard, Brezhnev talk in Warsaw") -> planned (scheduled, not yet reported
        # as begun), 1980-05-19, Warsaw (dateline and "here").
        M(["leonid_brezhnev", "valery_giscard_d_estaing"], "1980-05-19", "Warsaw", IP, P,
          "The two Presidents were scheduled to begin talks today (May 19)."),
        # Not rows: Gromyko and Francois-Poncet "accompanied" / "had with him" (delegation
        # members); the two leaders "coming at the invitation of ... Gierek" (an invitation; no
        # meeting with Gierek is stated); the Warsaw Pact meeting "last week" (multilateral,
        # unnamed participants); "PAP said" (a source).
    ],
    roles=[("Soviet leader", "leonid_brezhnev"), ("French President", "valery_giscard_d_estaing"),
           ("the Kremlin chief", "leonid_brezhnev"), ("Polish leader", "edward_gierek"),
           ("the French President", "valery_giscard_d_estaing")],
)

A["dev_2002_carter_trudeau_lunch"] = dict(
    actors={
        # Carter is named only in the page's speaker-photo caption ("Jimmy Carter photo"), kept
        # in the text for that reason; in the body he is "THE PRESIDENT" / "I".
        "jimmy_carter": ["Jimmy Carter"],
        "pierre_trudeau": ["Pierre Elliott Trudeau", "Prime Minister Trudeau", "Pierre Trudeau"],
        "winnipeg_symphony_orchestra": ["Winnipeg Symphony Orchestra"],
    },
    meetings=[
        # "we had a delightful lunch today" -> held, 1979-03-03; the text names no place -> null.
        M(["jimmy_carter", "pierre_trudeau"], "1979-03-03", None, IP, H,
          "We were not able to do so, but we had a delightful lunch today and maybe made some good music together."),
        # Not rows: "scheduled to meet this evening in New York ... We were not able to do so" (a
        # planned meeting that did not take place); "come and visit us" and "We were able to
        # discuss" (the same lunch).
    ],
    roles=[("THE PRESIDENT", "jimmy_carter"), ("the great Prime Minister of Canada", "pierre_trudeau")],
)

A["test_2003_zia_rajiv_cricket"] = dict(
    actors={
        "zia_ul_haq": ["President Mohammad Zia-ul-Haq", "Mohammad Zia-ul-Haq", "Zia-ul-Haq", "Zia"],
        "rajiv_gandhi": ["Rajiv Gandhi"],
        "zail_singh": ["President Zail Singh", "Zail Singh"],
        "kapil_dev": ["Kapil Dev"],
        "bcci": ["Board of Cricket Control for India", "BCCI"],
        "india_today": ["INDIA TODAY"],
        "ministry_of_external_affairs_india": ["External Affairs Ministry"],
    },
    meetings=[
        # "a 40-minute exchange on bilateral issues at a dinner by Rajiv Gandhi at Delhi's
        # palatial Hyderabad House" -> held, Delhi; no day given -> null.
        M(["zia_ul_haq", "rajiv_gandhi"], None, "Delhi", IP, H,
          "But after a 40-minute exchange on bilateral issues at a dinner by Rajiv Gandhi at Delhi's palatial Hyderabad House, Zia went over the heads of his hosts and sought a larger audience through the press."),
        # "the day the Pakistani President arrived at Delhi ... driving to Rashtrapati Bhawan for a
        # huggingly cordial meeting with President Zail Singh" -> held, Delhi (Rashtrapati
        # Bhawan resolved to its city, as Bangabhaban -> Dhaka), date null.
        M(["zia_ul_haq", "zail_singh"], None, "Delhi", IP, H,
          "At the airport the press was herded into a glass-paned lounge; Zia acknowledged their presence with a wave before driving to Rashtrapati Bhawan for a huggingly cordial meeting with President Zail Singh."),
        # Not rows: the caption "With Kapil Dev" (a photo with a cricketer, no meeting stated);
        # the BCCI invitation (an invitation from an organisation); "the reception and
        # hospitably he received from his Indian hosts, including the prime minister" (a general
        # description of the same visit); the INDIA TODAY interview; the Test match.
    ],
    roles=[("the prime minister", "rajiv_gandhi"), ("the Pakistani President", "zia_ul_haq")],
)

A["dev_2004_aliyev_kocharian_genthod"] = dict(
    actors={
        "heydar_aliyev": ["Heydar Aliyev", "Aliyev"],
        "robert_kocharyan": ["Robert Kocharian", "Kocharian"],
    },
    meetings=[
        # "GENTHOD, Switzerland Leaders of Armenia and Azerbaijan Sunday began new talks here
        # Sunday" + "Aliyev and ... Kocharian were holding a second round of talks" -> held,
        # 1999-08-22 (Sunday before the Monday date line), Genthod (dateline, "here").
        M(["heydar_aliyev", "robert_kocharyan"], "1999-08-22", "Genthod", IP, H,
          "Azerbaijani President Heydar Aliyev and Armenian counterpart Robert Kocharian were holding a second round of talks on the region."),
        # "met in Geneva just over a month ago" -> held, Geneva, date null (vague).
        M(["heydar_aliyev", "robert_kocharyan"], None, "Geneva", IP, H,
          "Aliyev and Kocharian met in Geneva just over a month ago in talks that were described as productive but did not yield a breakthrough."),
        # Not rows: Aliyev "told journalists on his departure from Baku Saturday" (a statement);
        # the 1994 ceasefire (an agreement).
    ],
    roles=[("Azerbaijani President", "heydar_aliyev"), ("Armenian counterpart", "robert_kocharyan")],
)

A["dev_2005_trudeau_chou_china"] = dict(
    actors={
        "pierre_trudeau": ["Pierre Trudeau", "Mr. Trudeau"],
        "zhou_enlai": ["Chou En-lai", "Mr. Chou"],
        "united_nations": ["United Nations"],
    },
    meetings=[
        # "got off to an unusually brisk start yesterday ... the first of his discussions with
        # Premier Chou En-lai" -> held, 1973-10-10; the text names only the country -> China.
        M(["pierre_trudeau", "zhou_enlai"], "1973-10-10", "China", IP, H,
          "Prime Minister Pierre Trudeau's visit to China got off to an unusually brisk start yesterday, with Mr. Trudeau moving swiftly from the elaborate ritual of his arrival to the first of his discussions with Premier Chou En-lai."),
        # "When the two leaders meet again this afternoon" -> a second session on another day,
        # planned, 1973-10-11.
        M(["pierre_trudeau", "zhou_enlai"], "1973-10-11", "China", IP, P,
          "When the two leaders meet again this afternoon Mr. Trudeau will move into specifics, elaborating Canada's policies on the principal international issues of the day and outlining how he would like to see Canada's relationship with China develop."),
        # "the third session of talks tomorrow" -> planned, 1973-10-12.
        M(["pierre_trudeau", "zhou_enlai"], "1973-10-12", "China", IP, P,
          "Mr. Chou is not expected to make a full statement of China's position on the war until the third session of talks tomorrow, when it will be his turn to give an exposition on China's foreign policy and its outlook for relations with Canada."),
        # Not rows: "the 90-minute discussion" and "a meeting that was described as amiable" (the
        # same first session); "a spokesman for the Canadian side" (unnamed source).
    ],
    roles=[("Prime Minister", "pierre_trudeau"), ("Premier", "zhou_enlai")],
)

A["dev_2006_reagan_machel_white_house"] = dict(
    actors={
        "ronald_reagan": ["President Reagan", "Reagan"],
        "samora_machel": ["Samora M. Machel", "Machel"],
        "african_national_congress": ["African National Congress"],
        "renamo": ["Mozambique National Resistance"],
    },
    meetings=[
        # "joined Thursday" + "after a two-hour meeting in the White House" -> held, 1985-09-19
        # (the Thursday before the Friday paper), Washington (dateline; White House).
        M(["ronald_reagan", "samora_machel"], "1985-09-19", "Washington", IP, H,
          "Machel, who until recently was one of the Soviet Union’s closest allies in southern Africa, clasped Reagan’s hand after a two-hour meeting in the White House and declared: “We are friends.â€"),
        # Not rows: the "senior Administration official" / "U.S. officials" (unnamed, statements);
        # the 1984 pact (an agreement); the cut-off sentence on Pik Botha and Oscar Monteiro was
        # trimmed with the excerpt.
    ],
    roles=[("Mozambique’s Marxist President", "samora_machel"), ("The Mozambican", "samora_machel")],
)

A["test_2007_kennedy_brezhnev_moscow"] = dict(
    actors={
        "edward_kennedy": ["Senator Edward Kennedy", "Edward Kennedy", "Mr Kennedy", "Senator Kennedy"],
        "leonid_brezhnev": ["Mr Brezhnev"],
        "andrei_gromyko": ["Mr Andrei Gromyko"],
        "richard_nixon": ["President Nixon"],
        "democratic_party_us": ["Democrats"],
    },
    meetings=[
        # "MOSCOW, April 22. Senator Edward Kennedy today met ... (Mr Brezhnev)" -> held,
        # 1974-04-22 (dateline day), Moscow.
        M(["edward_kennedy", "leonid_brezhnev"], "1974-04-22", "Moscow", IP, H,
          "MOSCOW, April 22. Senator Edward Kennedy today met the Soviet Communist Party Chief (Mr Brezhnev), to explain the Democrats’ view of United StatesSoviet Union detente, especially in the light of the Watergate scandal."),
        # "more than two hours of talks with ... (Mr Andrei Gromyko) yesterday" -> held,
        # 1974-04-21 (the day before the dateline), Moscow.
        M(["edward_kennedy", "andrei_gromyko"], "1974-04-21", "Moscow", IP, H,
          "The senator also had more than two hours of talks with the Soviet Foreign Minister (Mr Andrei Gromyko) yesterday."),
        # Not rows: "Observers ... expect that the Democratic Senator will reassure Mr Brezhnev"
        # (the same meeting); the speech and exchange at Moscow University (an audience, an
        # unnamed professor); "opponents ... seeking to overthrow President Nixon".
    ],
    roles=[("the Soviet Communist Party Chief", "leonid_brezhnev"), ("the Democratic Senator", "edward_kennedy"),
           ("the Soviet Foreign Minister", "andrei_gromyko"), ("The senator", "edward_kennedy")],
)

A["dev_2008_hawke_lange_letter"] = dict(
    actors={
        # The release's author ("I") is named only in the header lines.
        "bob_hawke": ["Hawke, Robert", "Hawke, Robert James Lee"],
        "david_lange": ["Mr Lange"],
        "ronald_reagan": ["President Reagan"],
    },
    meetings=[
        # "I would be visiting the United States in early February for talks with President
        # Reagan" (later "my talks in Washington") -> planned, Washington, date null (early
        # February).
        M(["bob_hawke", "ronald_reagan"], None, "Washington", IP, P,
          "The facts of the matter are, however, that on January, after consultation with my colleagues the Ministers for Foreign Affairs and Defence, I wrote to Mr Lange to inform him that I would be visiting the United States in early February for talks with President Reagan and senior members of his Administration."),
        # Not rows: the letter to Lange (a letter; "I informed Mr Lange", "I stressed" are its
        # contents); the "consultation with my colleagues the Ministers for Foreign Affairs and
        # Defence" (unnamed, internal); "the New Zealand and United States Governments had had a
        # number of bilateral exchanges" (governments, unnamed); "senior members of his
        # Administration" (unnamed). A near-zero article: one planned row.
    ],
    roles=[("Prime Minister of New Zealand", "david_lange")],
)

A["dev_2009_major_bruton_london"] = dict(
    actors={
        "john_major": ["Mr Major"],
        "john_bruton": ["Mr John Bruton", "John"],
        "dick_spring": ["Dick Spring"],
        "patrick_mayhew": ["Paddy Mayhew"],
        "northern_ireland_office": ["Northern Ireland Office"],
        "department_of_justice_ireland": ["Department of Justice"],
    },
    meetings=[
        # "thank the Taoiseach and his colleagues for coming over here ... to launch the twin
        # track initiative" (the agreement "we have reached") -> held, 1995-11-28 ("this
        # evening"; intro line "held in London on Tuesday 28th November 1995"), London.
        M(["john_major", "john_bruton"], "1995-11-28", "London", IP, H,
          "Can I first this evening thank the Taoiseach and his colleagues for coming over here, at such short notice, to launch the twin track initiative."),
        # "first discussed the ideas ... at Cannes towards the end of June" -> held, Cannes, date
        # null (part of a month).
        M(["john_major", "john_bruton"], None, "Cannes", IP, H,
          "The Taoiseach and I first discussed the ideas which led to this initiative at Cannes towards the end of June."),
        # Not rows: the joint press conference (the same occasion); "Work on it was carried
        # forward by the Tanaste, Dick Spring, by Paddy Mayhew ..." (work, no meeting stated);
        # the communique (a document).
    ],
    roles=[("the Irish Prime Minister", "john_bruton"), ("the Taoiseach", "john_bruton"),
           ("the Tanaste", "dick_spring")],
)

A["dev_2010_habibie_estrada_batam"] = dict(
    actors={
        "b_j_habibie": ["President B.J. Habibie", "B.J. Habibie", "Habibie"],
        "joseph_estrada": ["Joseph Estrada", "Estrada"],
        "ali_alatas": ["Ali Alatas", "Alatas"],
        "domingo_siazon": ["Domingo Siazon"],
        "anwar_ibrahim": ["Anwar Ibrahim", "Anwar"],
        "goh_chok_tong": ["Goh Chok Tong"],
        "asean": ["ASEAN"],
        "apec": ["APEC"],
        "indonesian_air_force": ["Indonesian Air Force"],
    },
    meetings=[
        # "met his Philippines' counterpart Joseph Estrada here on Tuesday" -> held, 1998-10-13,
        # Batam (dateline, "here"). "the private meeting" and "The first informal summit between
        # the two presidents" are the same encounter.
        M(["b_j_habibie", "joseph_estrada"], "1998-10-13", "Batam", IP, H,
          "BATAM, Riau (JP): President B.J. Habibie met his Philippines' counterpart Joseph Estrada here on Tuesday and both expressed mutual concern over the domestic situation in Malaysia."),
        # "a statement he retracted on Monday after a meeting with Singapore Prime Minister Goh
        # Chok Tong" -> held; the meeting preceded the Monday retraction but its own day is not
        # stated -> date null; no place stated -> null.
        M(["joseph_estrada", "goh_chok_tong"], None, None, IP, H,
          "Estrada had at one point threatened to boycott next month's APEC summit in Kuala Lumpur, a statement he retracted on Monday after a meeting with Singapore Prime Minister Goh Chok Tong."),
        # Not rows: Alatas "said in a joint media conference with his Philippines' counterpart
        # Domingo Siazon" (a joint media appearance, as batch 5d); Anwar (named, not met); the
        # APEC summit (multilateral); "(JP)" is the paper's credit.
    ],
    roles=[("his Philippines' counterpart", "joseph_estrada"), ("Minister of Foreign Affairs", "ali_alatas"),
           ("Singapore Prime Minister", "goh_chok_tong"),
           ("Malaysia's dismissed finance and deputy prime minister", "anwar_ibrahim")],
)

A["test_2011_carter_perez_caracas"] = dict(
    actors={
        "jimmy_carter": ["President Carter"],
        "rosalynn_carter": ["Mrs. Jimmy Carter", "Mrs. Carter"],
        "carlos_andres_perez": ["President Carlos Andres Perez", "Carlos Andres Perez", "President Perez"],
        "cyrus_vance": ["Cyrus Vance"],
        "zbigniew_brzezinski": ["Dr. Zbigniew Brzezinski", "Zbigniew Brzezinski"],
        "terence_todman": ["Terence A. Todman"],
        "anthony_lake": ["W. Anthony Lake"],
        "us_department_of_state": ["Department of State"],
        "organization_of_american_states": ["Organization of American States", "OAS"],
        "united_nations": ["United Nations"],
        "inter_american_commission_on_human_rights": ["Inter-American Human Rights Commission"],
        "us_senate": ["Senate of the United States of America"],
    },
    meetings=[
        # The headline "Joint Communique Issued at the Conclusion of Meetings Between President
        # Carter and President Perez" + "visited Caracas March 28-29, 1978, at the invitation of
        # President Carlos Andres Perez" -> held, Caracas; a two-day range -> date null.
        M(["jimmy_carter", "carlos_andres_perez"], None, "Caracas", IP, H,
          "Caracas, Venezuela Joint Communiqué Issued at the Conclusion of Meetings Between President Carter and President Perez."),
        # "their dialogue initiated in 1977 on the occasion of the visits which the Venezuelan
        # President made to Washington" -> held, Washington, date null; optional ("their" may be
        # the two countries; no host is named for the 1977 visits).
        M(["carlos_andres_perez", "jimmy_carter"], None, "Washington", IP, H,
          "The visit reflected the close relations between Venezuela and the United States and served to continue their dialogue initiated in 1977 on the occasion of the visits which the Venezuelan President made to Washington.", False),
        # Not rows: Mrs. Carter and the accompanying officials (Vance, Brzezinski, Todman, Lake)
        # are attendees, not participants; the Panama Canal treaties "signed ... by the President
        # of the United States of America and the Head of Government of Panama" (a signing in
        # the past with an unnamed counterpart); the Senate's consideration.
    ],
    roles=[("the Venezuelan President", "carlos_andres_perez"), ("the Secretary of State", "cyrus_vance"),
           ("Director of Policy Planning for the Department of State", "anthony_lake")],
)

A["dev_2012_singh_kadirgamar_nuwara_eliya"] = dict(
    actors={
        "jaswant_singh": ["Jaswant Singh", "Singh"],
        "lakshman_kadirgamar": ["Lakshman Kadirgamar"],
        "atal_bihari_vajpayee": ["Atal Bihari Vajpayee"],
        "chandrika_kumaratunga": ["Chandrika Kumaratunga"],
        "sartaj_aziz": ["Sartaj Aziz"],
        "saarc": ["SAARC"],
    },
    meetings=[
        # "expected to utilise the opportunity for holding discussions with his Sri Lankan
        # counterpart Lakshman Kadirgamar" at the Nuwara Eliya summit -> planned, Nuwara Eliya,
        # date null (the summit begins March 17, no day for the talks).
        M(["jaswant_singh", "lakshman_kadirgamar"], None, "Nuwara Eliya", IP, P,
          "Foreign Minister Jaswant Singh, who will be in Sri Lanka for the summit beginning March 17, is also expected to utilise the opportunity for holding discussions with his Sri Lankan counterpart Lakshman Kadirgamar to sort out the problem in the recently-signed free trade agreement between the two countries."),
        # "no bilateral meeting ... is on the agenda, the sources indicate the possibility of such
        # a meeting on March 18" -> planned, 1999-03-18, Nuwara Eliya, optional (a possibility,
        # not on the agenda).
        M(["jaswant_singh", "sartaj_aziz"], "1999-03-18", "Nuwara Eliya", IP, P,
          "Although no bilateral meeting between Singh and his Pakistani counterpart Sartaj Aziz is on the agenda, the sources indicate the possibility of such a meeting on March 18 after the inauguration by the Sri Lankan president.", False),
        # "The agreement, signed between ... Vajpayee and ... Kumaratunga on December 28 in New
        # Delhi" -> a signing by both leaders in one place, held, New Delhi, optional (a signing,
        # not described as talks). Date: "December 28" of a "recently-signed" agreement in a
        # March 1999 story -> 1998-12-28 (the year of publication would put it in the future).
        M(["atal_bihari_vajpayee", "chandrika_kumaratunga"], "1998-12-28", "New Delhi", IP, H,
          "The agreement, signed between Prime Minister Atal Bihari Vajpayee and Sri Lankan President Chandrika Kumaratunga on December 28 in New Delhi, has run into rough weather mainly over India's decision to include tea and rubber, the two major items of Sri Lankan export, in its list of items to be excluded from the pact.", False),
        # Not rows: "India and Pakistan are expected to discuss bilateral issues ... when foreign
        # ministers of both countries come together" (countries; the ministers' possible meeting
        # is the optional row above); the SAARC council of ministers (multilateral); "the
        # inauguration by the Sri Lankan president"; "A senior Indian official said".
    ],
    roles=[("Foreign Minister", "jaswant_singh"), ("his Sri Lankan counterpart", "lakshman_kadirgamar"),
           ("his Pakistani counterpart", "sartaj_aziz"), ("Sri Lankan President", "chandrika_kumaratunga"),
           ("the Sri Lankan president", "chandrika_kumaratunga")],
)
