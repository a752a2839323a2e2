"""Accuracy corpus, batch 90a: 12 new articles about meetings between political actors, all
published in ODD years (another helper takes batch 90b at the same time), over eleven regions
(Western Europe: two; Eastern Europe/Russia, Latin America, Africa, Oceania, Central Asia/Caucasus,
South Asia, Middle East, North America, East Asia, Southeast Asia: one each) and eight decades
(1950s: one, 1960s: three, 1970s: one, 1980s: one, 1990s: one, 2000s: two, 2010s: one,
2020s: two; seven of the twelve from before 2000).
Outlets/sites: Papers Past (The Press, Christchurch, 1957), JTA (1967), UK Hansard (written
answers, 1965), a US embassy cable (Panama 1973, WikiLeaks PlusD mirror), allAfrica/News24Wire
(2017), PM Transcripts (Harold Holt's departure press remarks, 1967), BLiTZ (weeklyblitz.net,
2023), Hindustan Times (2021), a blog copy of an Israeli PMO statement (bibireport, 2009), the
Reagan Foundation's White House diary of Ronald Reagan (entry of 6 April 1987), the Wilson Center
Digital Archive (Japanese MOFA outline of a Japan-China summit, 1991), china.org.cn (Xinhua copy,
2005). All texts are in English.
Kinds: news items (newspaper archive, wire bulletin, online news, wire copy), a parliamentary
written answer, a diplomatic cable, a prime minister's press remarks transcript, a blog copy of a
government statement, a diary entry, a confidential government record of a summit.
The pages are new (grep of URL and slug/numeric id in `sources.csv`, `corpus/metadata.csv` and
the other batch files except 90b found nothing).
Collected with the `search` tool (corpus `pages`) and annotated from the texts alone, BEFORE the
package was run on them (the package has not been run, imported or read for this batch).
Conventions: ANNOTATION.md and /work/shared/ANNOTATION-GUIDE.md. Notes: batch_90a_NOTES.md.

Split rule (fixed before annotating, as given in the brief for this batch, the same as batches
5a-89b): the articles are numbered 1..12 in the order they were first found (query order, then
rank within a query); positions 3, 7 and 11 are test, all others dev. Ids: `dev_178NN_<slug>` /
`test_178NN_<slug>`, NN = position.

M(participants, date, place, kind, status, evidence, required=True)
Evidence is the verbatim sentence (line breaks inside it replaced by single spaces).
Aliases are written as they stand in the text (typos, OCR errors and odd characters included).
"""


from annotations import H, IP, M, P, PH, VID  # noqa: F401 (the same row helpers)

# (article_id, region, decade, outlet, url, published)
ARTICLES = [
    # Issue date from the Papers Past address (CHP19570320 = The Press, 20 March 1957, a
    # Wednesday); the cabled story is datelined "LONDON, Mar. 19" (a Tuesday).
    ("dev_17801_macmillan_eisenhower_bermuda", "Western Europe", "1950s", "The Press, Christchurch (Papers Past, paperspast.natlib.govt.nz)", "https://paperspast.natlib.govt.nz/newspapers/CHP19570320.2.124", "1957-03-20"),
    # "June 16, 1967" under the headline (a Friday); also in the address.
    ("dev_17802_brown_rusk_nato", "Western Europe", "1960s", "Jewish Telegraphic Agency (jta.org archive)", "https://www.jta.org/1967/06/16/archive/nato-meeting-of-foreign-ministers-concludes-with-views-on-arab-israel-conflict", "1967-06-16"),
    # Written answers of 23 March 1965 (a Tuesday): the date is in the Hansard address
    # ("written_answers/1965/mar/23"); the page column marker "68W" is in the text.
    ("test_17803_gromyko_visit_hansard", "Eastern Europe/Russia", "1960s", "UK Parliament, Hansard (api.parliament.uk historic-hansard, written answers)", "https://api.parliament.uk/historic-hansard/written_answers/1965/mar/23/mr-gromyko-visit", "1965-03-23"),
    # Cable date-time group "R 071708Z NOV 73" -> 1973-11-07 (a Wednesday); "1973" in the address.
    ("dev_17804_tack_breakfast_cable", "Latin America", "1970s", "US Embassy Panama cable (WikiLeaks PlusD, mirror theworldtomorrow.wikileaks.org)", "https://theworldtomorrow.wikileaks.org/plusd/cables/1973PANAMA06007.html", "1973-11-07"),
    # "2 August 2017" at the head of the text (a Wednesday); the search result's date field
    # also gave 2017-08-02; "201708020538" in the address.
    ("dev_17805_mbeki_mugabe_harare", "Africa", "2010s", "allAfrica (allafrica.com; News24Wire, Cape Town)", "http://allafrica.com/stories/201708020538.html", "2017-08-02"),
    # "2ND FEBRUARY, 1967" in the title block (a Thursday); the departure remarks were made that
    # day. (The PM Transcripts header with the release date is not in the excerpt.)
    ("dev_17806_holt_holyoake_departure", "Oceania", "1960s", "PM Transcripts (pmtranscripts.pmc.gov.au; remarks of Harold Holt)", "http://pmtranscripts.pmc.gov.au/release/transcript-1481", "1967-02-02"),
    # "February 24, 2023, 08:14" at the head (a Friday); the search result's date field also
    # gave 2023-02-24.
    ("test_17807_tokayev_blinken_zelensky", "Central Asia/Caucasus", "2020s", "Weekly Blitz (weeklyblitz.net; citing Sputnik Kazakhstan)", "https://www.weeklyblitz.net/news/head-of-us-state-department-blinken-to-visit-kazakhstan-dos/", "2023-02-24"),
    # The search result's date field gave 2021-02-08 (a Monday); the story's "on Monday" and
    # "first phone conversation since the American leader assumed office" agree.
    ("dev_17808_modi_biden_call", "South Asia", "2020s", "Hindustan Times (hindustantimes.com)", "https://www.hindustantimes.com/india-news/modi-speaks-to-us-prez-biden-says-committed-to-rules-based-international-order-101612807900279.html", "2021-02-08"),
    # "Monday, April 6, 2009" (the blog's post date, a Monday) and "6.4.09" in the statement;
    # "2009/04" in the address.
    ("dev_17809_netanyahu_mubarak_phone", "Middle East", "2000s", "bibireport blog (bibireport.blogspot.com; copy of an Israeli Prime Minister's Office statement)", "http://bibireport.blogspot.com/2009/04/egyptian-president-mubarak-invites-pm.html", "2009-04-06"),
    # "Diary Entry - 04/06/1987" (6 April 1987, a Monday), also in the address: the date the
    # entry was written. The page is a later online edition of the diary (doubtful, see notes:
    # 'published' is the diary date).
    ("dev_17810_reagan_mulroney_diary", "North America", "1980s", "Ronald Reagan Presidential Foundation, White House Diaries (reaganfoundation.org)", "https://www.reaganfoundation.org/ronald-reagan/white-house-diaries/diary-entry-04061987", "1987-04-06"),
    # "August 11, 1991" at the head of the document (a Sunday); the summit was "in the
    # afternoon of August 10".
    ("test_17811_kaifu_li_peng_summit", "East Asia", "1990s", "Wilson Center Digital Archive (digitalarchive.wilsoncenter.org; Japanese Ministry of Foreign Affairs record)", "https://digitalarchive.wilsoncenter.org/document/japan-china-summit-meeting-outline-confidential", "1991-08-11"),
    # Credit line "(Xinhua News Agency July 1, 2005)" at the end of the page (a Friday; removed
    # from the stored text as an agency tag); "arrived in Beijing Thursday" agrees.
    ("dev_17812_thaksin_wen_beijing", "Southeast Asia", "2000s", "china.org.cn (Xinhua News Agency copy)", "http://english.china.org.cn/english/international/133662.htm", "2005-07-01"),
]

A = {}

A["dev_17801_macmillan_eisenhower_bermuda"] = dict(
    actors={
        "harold_macmillan": ["Mr Macmillan", "Macmillan"],
        "dwight_eisenhower": ["President Eisenhower"],
        "selwyn_lloyd": ["Mr Selwyn Lloyd"],
        "john_hay_whitney": ["Mr John Hay Whitney"],
        "winston_churchill": ["Sir Winston Churchill"],
        "nato": ["NATO"],
    },
    meetings=[
        # The Bermuda meeting, announced ("will leave London tonight for his Bermuda meeting")
        # -> planned; no day for the meeting itself -> date null; place Bermuda (no city).
        # Selwyn Lloyd and Whitney only "fly ... with" / "go with" Macmillan -> accompanying,
        # not participants.
        M(["harold_macmillan", "dwight_eisenhower"], None, "Bermuda", IP, P,
          "The British Prime Minister, Mr Macmillan, will leave London tonight for his Bermuda meeting with President Eisenhower pledged to clear up differences and restore British-American relations as the cornerstone of world peace."),
        # Not rows: the Leicester rally speech; "we saw each other almost daily" (wartime, a
        # count). Removed: at the start, the "Article image" lines; at the end, the cut-off
        # sentence "The first contingent of White House officials has arriv". Kept as found:
        # "oi policy", "• * . ♦", "toplevel", "withwhom", "will go with them,".
    ],
    roles=[("The British Prime Minister", "harold_macmillan"),
           ("The Prime Minister", "harold_macmillan"),
           ("The Foreign Secretary", "selwyn_lloyd"),
           ("The United States Ambassador in London", "john_hay_whitney"),
           ("the Resident British Minister in North Africa", "harold_macmillan")],
)

A["dev_17802_brown_rusk_nato"] = dict(
    actors={
        "nato": ["North Atlantic Treaty Organization", "NATO"],
        "maurice_couve_de_murville": ["Maurice Couve de Murville"],
        "united_nations": ["United Nations"],
        "united_nations_general_assembly": ["United Nations General Assembly"],
        "george_brown": ["George Brown"],
        "dean_rusk": ["Dean Rusk"],
    },
    meetings=[
        # Brown-Rusk discussion on the sidelines of the NATO ministerial (passive phrasing).
        # Held; no day ("two-day meeting") -> null; "here" names no city -> place null.
        M(["george_brown", "dean_rusk"], None, None, IP, H,
          "Anglo-American plans for the Assembly session were discussed in detail by British Foreign Secretary George Brown and Secretary of State Dean Rusk."),
        # Not rows: the NATO Council of Foreign Ministers (plenary); "Many of the Foreign
        # Ministers ... discussed" (unnamed); the UNGA emergency session (plenary). Removed:
        # "Search JTA's historical archive dating back to 1923", "See Original Daily Bulletin
        # From This Date", "Advertisement"; at the end, the cut-off sentence "Mr. Rusk
        # emphasized , in an address to the NATO Council".
    ],
    roles=[("French Foreign Minister", "maurice_couve_de_murville"),
           ("British Foreign Secretary", "george_brown"),
           ("Secretary of State", "dean_rusk")],
)

A["test_17803_gromyko_visit_hansard"] = dict(
    actors={
        # The three questioners appear glued to "asked" in the OCR text ("Mr. Blakerasked");
        # keys from their surnames with the 1965 members of those names (Peter Blaker, Trevor
        # Park, David Ensor): doubtful, see notes.
        "peter_blaker": ["Mr. Blaker"],
        "trevor_park": ["Mr. Park"],
        "david_ensor": ["Mr. Ensor"],
        "andrei_gromyko": ["Mr. Gromyko"],
        "george_thomson": ["Mr. George Thomson"],
        "international_control_commission": ["International Control Commission"],
        "her_majestys_government": ["Her Majesty's Government"],
        "united_nations": ["United Nations Organisation"],
    },
    meetings=[
        # Gromyko's visit to the UK and his talks with the Secretary of State for Foreign
        # Affairs, who is never named (Michael Stewart is not in the text) -> one named party.
        # Held ("discussions which have been held"); no day -> null; place United Kingdom
        # ("visit to the United Kingdom"; no city).
        M(["andrei_gromyko"], None, "United Kingdom", IP, H,
          "§ 123. Mr. Ensorasked the Secretary of State for Foreign Affairs whether, in view of the deteriorating situation in Vietnam, he will make a statement concerning his talks with Mr. Gromyko, the Foreign Minister of the Union of Soviet Socialist Republics."),
        # Not rows: the questions themselves; the Geneva disarmament negotiations; the "two
        # Co-Chairmen" (countries). Removed: at the end, the cut-off sentence "In this
        # connection, we emphasised to Mr. Gromyko the need for co-operation ... and a s".
        # Kept as found: "Mr. Blakerasked", "Foreign 68W Minister", "Mr. George ThomsonI".
    ],
    roles=[("the Foreign Minister of the Union of Soviet Socialist Republics", "andrei_gromyko"),
           ("the Foreign 68W Minister of the Union of Soviet Socialist Republics", "andrei_gromyko")],
)

A["dev_17804_tack_breakfast_cable"] = dict(
    actors={
        "juan_antonio_tack": ["TACK"],
        "henry_kissinger": ["KISSINGER"],
        "oas": ["OAS"],
    },
    meetings=[
        # The ambassador ("I", unnamed) discussed the Bogota meeting with Tack at breakfast
        # "THIS MORNING" (cable 071708Z NOV 73) -> 1973-11-07; one named party; the city is
        # not stated (only the sender line AMEMBASSY PANAMA) -> place null, as in 89a's
        # dev_17605.
        M(["juan_antonio_tack"], "1973-11-07", None, IP, H,
          "1) I DISCUSSED WITH FOREIGN MINISTER TACK AT BREAKFAST THIS MORNING BOGOTA MEETING."),
        # The "SUBSEQUENT MEETING WITH SECRETARY KISSINGER": a meeting of the Latin American
        # foreign ministers as a group with Kissinger (multilateral), of which Tack is one ->
        # planned, required false (doubtful, see notes).
        M(["juan_antonio_tack", "henry_kissinger"], None, None, IP, P,
          "HE IS HOPEFUL THAT BOTH BOGOTA MEETING AND SUBSEQUENT MEETING WITH SECRETARY KISSINGER WILL BE INFORMAL AND WITHOUT AGENDA SO THAT THERE WILL BE MAXIMUM EXCHANGE OF VIEWS.", False),
        # Not rows: the Bogota meeting of Latin American foreign ministers (multilateral); the
        # "EXPERTS" (unnamed). Removed: at the end, the cut-off sentence "WE DID NOT". Kept as
        # found: "MEETIN", "CONFRONTIATIONS", the page-break lines.
    ],
    roles=[("THE FOREIGN MINISTER", "juan_antonio_tack"),
           ("THE SECRETARY", "henry_kissinger")],
)

A["dev_17805_mbeki_mugabe_harare"] = dict(
    actors={
        "thabo_mbeki": ["Thabo Mbeki", "Mbeki"],
        "robert_mugabe": ["Robert Mugabe", "Mugabe", "President Mugabe"],
        "newsday_zimbabwe": ["NewsDay"],
        "mphakama_mbete": ["Mphakama Mbete", "Mbete"],
        "george_charamba": ["George Charamba", "Charamba"],
        "zanu_pf": ["Zanu-PF"],
        "grace_mugabe": ["Grace"],
    },
    meetings=[
        # "after he flew to Harare on Monday" (paper of Wednesday 2 August -> Monday 31 July):
        # the flight is dated, the talks only "after" it -> date null (doubtful, see notes).
        M(["thabo_mbeki", "robert_mugabe"], None, "Harare", IP, H,
          "Former president Thabo Mbeki reportedly held \"private talks\" with Zimbabwean President Robert Mugabe, 93, after he flew to Harare on Monday."),
        # Not rows: "Yes, they met" / "Mbeki's visit" (the same meeting); Grace Mugabe's call
        # for a successor (a public statement); the Chinhoyi rally. Removed: the search tool's
        # " date 2017-08-02" prefix; at the end, the site's "News24" credit and "Zimbabwe"
        # category lines. Kept: the outlet line "News24Wire (Cape Town)" (source line, not
        # annotated as an actor).
    ],
    roles=[("Zimbabwean President", "robert_mugabe"),
           ("Former president", "thabo_mbeki"),
           ("South Africa's ambassador to Zimbabwe", "mphakama_mbete"),
           ("Mugabe's spokesperson", "george_charamba"),
           ("Mugabe's wife", "grace_mugabe"),
           ("the veteran leader", "robert_mugabe")],
)

A["dev_17806_holt_holyoake_departure"] = dict(
    actors={
        "harold_holt": ["MR. HAROLD HOLT", "Mr. Holt"],
        "keith_holyoake": ["Mr. Holyoake"],
        "john_mcewen": ["Mr. McEwen"],
        "european_economic_community": ["European Common Market"],
    },
    meetings=[
        # Holt's announced talks with Holyoake on the tour (departure remarks of 2 February
        # 1967) -> planned; no day (a tour) -> null; no city -> New Zealand. "I will be free to
        # discuss with Mr. Holyoake and his Cabinet" is the same talks (one row).
        M(["harold_holt", "keith_holyoake"], None, "New Zealand", IP, P,
          "PM: Principally to get to know the New Zealand people better, to let them see the Australian Prime Minister, have talks with my friend, Mr. Holyoake, the New Zealand Prime Minister, meet Members of his Cabinet, discuss matters we have in common interest, and inform myself on some of their problems and get a better visual view of what New Zealand is looking like after an absence of olaeen years."),
        # McEwen's annual trade discussions in New Zealand, counterpart unnamed -> one-party
        # planned row, required false.
        M(["john_mcewen"], None, "New Zealand", IP, P,
          "As you know, Mr. McEwen will be going to New Zealand quite shortly under the arrangement we have for annual discussions on the New Zealand / Aus trali a Trade Agreement.", False),
        # Not rows: the press questions; "meet Members of his Cabinet" (unnamed). Removed: at
        # the end, the cut-off line "Q. You are not nervous about Dinah, are you Mr. Prim".
        # Kept as found: the leading ". ", "-TOUR", "olaeen", "' European", "Aus trali a",
        # "WIill".
    ],
    roles=[("the Prime Minister", "harold_holt"),
           ("THE PRIME MINISTER", "harold_holt"),
           ("the Australian Prime Minister", "harold_holt"),
           ("the New Zealand Prime Minister", "keith_holyoake"),
           ("PM", "harold_holt")],
)

A["test_17807_tokayev_blinken_zelensky"] = dict(
    actors={
        "antony_blinken": ["Anthony Blinken", "Blinken"],
        "kassym_jomart_tokayev": ["President Tokayev", "Kassym-Jomart Tokayev", "Tokayev"],
        "mukhtar_tileuberdi": ["Mukhtar Tleuberdi"],
        "volodymyr_zelensky": ["Vladimir Zelensky"],
        "us_state_department": ["US State Department"],
        "sputnik": ["Sputnik"],
        "kazakhstan_foreign_ministry": ["Foreign Ministry"],
        "akorda_press_service": ["press service of the President of Kazakhstan"],
    },
    meetings=[
        # Tokayev "will receive" Blinken in Astana (the same meeting as "the meeting ... is
        # planned" of the first sentence: one row) -> planned, no day -> null, Astana.
        M(["kassym_jomart_tokayev", "antony_blinken"], None, "Astana", IP, P,
          "According to the Foreign Ministry, President Kassym-Jomart Tokayev will receive State Secretary Blinken in Astana and hold talks with Deputy Prime Minister and Foreign Minister Mukhtar Tleuberdi."),
        # Blinken's talks with Tleuberdi (the subject of "hold talks" is Blinken, read from the
        # sentence) -> planned, Astana.
        M(["antony_blinken", "mukhtar_tileuberdi"], None, "Astana", IP, P,
          "According to the Foreign Ministry, President Kassym-Jomart Tokayev will receive State Secretary Blinken in Astana and hold talks with Deputy Prime Minister and Foreign Minister Mukhtar Tleuberdi."),
        # Tokayev-Zelensky telephone conversation, held; no day -> null.
        M(["kassym_jomart_tokayev", "volodymyr_zelensky"], None, None, PH, H,
          "The press service of the President of Kazakhstan reported on a telephone conversation between Kassym-Jomart Tokayev and his Ukrainian counterpart Vladimir Zelensky."),
        # Not rows: the C5+1 ministerial (multilateral); the State Department's statement.
        # Removed: the search tool's " date 2023-02-24" prefix. The "C5 + 1" format is not
        # annotated as an actor (a meeting format).
    ],
    roles=[("the head of the US State Department", "antony_blinken"),
           ("State Secretary", "antony_blinken"),
           ("Deputy Prime Minister and Foreign Minister", "mukhtar_tileuberdi"),
           ("his Ukrainian counterpart", "volodymyr_zelensky")],
)

A["dev_17808_modi_biden_call"] = dict(
    actors={
        "narendra_modi": ["Narendra Modi", "Modi"],
        "joe_biden": ["Joe Biden", "Biden", "@JoeBiden"],
        "subrahmanyam_jaishankar": ["S Jaishankar", "Jaishankar"],
        "antony_blinken": ["Antony Blinken", "Blinken"],
        "lloyd_austin": ["Lloyd Austin"],
        "rajnath_singh": ["Rajnath Singh"],
        "jake_sullivan": ["Jake Sullivan"],
        "ajit_doval": ["Ajit Doval"],
    },
    meetings=[
        # "on Monday" in a story of Monday 2021-02-08 -> 2021-02-08.
        M(["narendra_modi", "joe_biden"], "2021-02-08", None, PH, H,
          "Prime Minister Narendra Modi and US President Joe Biden on Monday discussed their shared priorities and emphasised their commitment to a rules-based international order in their first phone conversation since the American leader assumed office."),
        # "They also spoke on phone on November 17": a day and month without year, earlier
        # than the February 2021 story and after the November 2020 election -> 2020-11-17
        # (the publication-year rule would give a future date; doubtful, see notes).
        M(["narendra_modi", "joe_biden"], "2020-11-17", None, PH, H,
          "They also spoke on phone on November 17, when they exchanged views on working together on “shared priorities and global challenges”."),
        # "January 29" before a story of 8 February 2021 -> 2021-01-29.
        M(["subrahmanyam_jaishankar", "antony_blinken"], "2021-01-29", None, PH, H,
          "External affairs minister S Jaishankar and his new US counterpart Antony Blinken had spoken on phone on January 29 and pledged to expand the strategic partnership between the two countries and to work for peace and security in the Indo-Pacific."),
        # Two separate interactions in one sentence -> two rows; "spoke to" / "talked to" with
        # no medium stated, in a paragraph run about phone contacts -> phone (doubtful kind,
        # see notes); no day -> null.
        M(["lloyd_austin", "rajnath_singh"], None, None, PH, H,
          "Earlier, US defence secretary Lloyd Austin spoke to defence minister Rajnath Singh and US National Security Adviser Jake Sullivan talked to his Indian counterpart Ajit Doval, with the two sides committing themselves to enhanced cooperation on defence and security issues and in the Indo-Pacific region."),
        M(["jake_sullivan", "ajit_doval"], None, None, PH, H,
          "Earlier, US defence secretary Lloyd Austin spoke to defence minister Rajnath Singh and US National Security Adviser Jake Sullivan talked to his Indian counterpart Ajit Doval, with the two sides committing themselves to enhanced cooperation on defence and security issues and in the Indo-Pacific region."),
        # Not rows: Modi's congratulations of November 8 (a congratulation, medium not
        # stated); Modi's tweets. Removed: the search tool's " date 2021-02-08" prefix; at the
        # end, the cut-off sentence "They had also discussed the challenges ... safe and
        # afforda".
    ],
    roles=[("Prime Minister", "narendra_modi"),
           ("US President", "joe_biden"),
           ("the American leader", "joe_biden"),
           ("@POTUS", "joe_biden"),
           ("External affairs minister", "subrahmanyam_jaishankar"),
           ("his new US counterpart", "antony_blinken"),
           ("US defence secretary", "lloyd_austin"),
           ("defence minister", "rajnath_singh"),
           ("US National Security Adviser", "jake_sullivan"),
           ("his Indian counterpart", "ajit_doval")],
)

A["dev_17809_netanyahu_mubarak_phone"] = dict(
    actors={
        "benjamin_netanyahu": ["Benjamin Netanyahu", "Netanyahu", "PM Netanyahu",
                               "Prime Minister Netanyahu"],
        "hosni_mubarak": ["Hosni Mubarak", "Mubarak", "President Mubarak"],
    },
    meetings=[
        # "earlier this evening (Monday), 6.4.09" -> 2009-04-06.
        M(["benjamin_netanyahu", "hosni_mubarak"], "2009-04-06", None, PH, H,
          "Prime Minister Benjamin Netanyahu and Egyptian President Hosni Mubarak spoke by telephone earlier this evening (Monday), 6.4.09."),
        # Invitation made and welcomed ("invited ... and the invitation was accepted") ->
        # planned; "in the near future" -> null; place Sharm el-Sheikh (the text writes "Sharm
        # e-Sheikh"; normalised spelling, doubtful, see notes).
        M(["hosni_mubarak", "benjamin_netanyahu"], None, "Sharm el-Sheikh", IP, P,
          "President Mubarak invited Prime Minister Netanyahu to a meeting at Sharm e-Sheikh in the near future."),
        # Not rows: Mubarak's congratulations (within the call). Kept as found: the last
        # sentence without a full stop ("against it"), as the excerpt ends.
    ],
    roles=[("Egyptian President", "hosni_mubarak"),
           ("The Prime Minister", "benjamin_netanyahu")],
)

A["dev_17810_reagan_mulroney_diary"] = dict(
    actors={
        "ronald_reagan": ["Ronald Reagan", "President Reagan"],
        "brian_mulroney": ["Brian Mulroney"],
        "john_turner": ["John Turner"],
        "george_shultz": ["Sec. Shultz"],
        "charles_bouchard": ["Charles Bouchard"],
        "dennis_revell": ["Dennis"],
        "maureen_reagan": ["Maureen"],
    },
    meetings=[
        # The diary's own day, 6 April 1987. Reagan-Mulroney: meeting in the P.M.'s office,
        # plenary in the Cabinet room and working lunch at the P.M.'s home = one row (same pair,
        # same day). Place: Parliament Hill (the named locality of the office meeting; no city
        # in the text).
        M(["ronald_reagan", "brian_mulroney"], "1987-04-06", "Parliament Hill", IP, H,
          "President Reagan meets with Prime Minister of Canada Brian Mulroney to discuss the defense budget."),
        # The 9 A.M. meeting with the opposition leader: the diarist (Reagan) is the subject;
        # Shultz is read as Reagan's Secretary of State accompanying him (not a participant
        # pair); Bouchard is listed with Turner as an opposition figure -> Reagan-Bouchard
        # required false. No city -> Canada.
        M(["ronald_reagan", "john_turner"], "1987-04-06", "Canada", IP, H,
          "Meeting 9 A.M. with John Turner leader of the opposition party & Sec. Shultz & Charles Bouchard Policy leader of opposition."),
        M(["ronald_reagan", "charles_bouchard"], "1987-04-06", "Canada", IP, H,
          "Meeting 9 A.M. with John Turner leader of the opposition party & Sec. Shultz & Charles Bouchard Policy leader of opposition.", False),
        # Not rows: the address to Parliament; thanking embassy staff; the family dinner with
        # Dennis & Maureen (private). Removed: the site header lines "The Diary of Ronald
        # Reagan" / "The Diary of" / "Ronald Reagan".
    ],
    roles=[("Prime Minister of Canada", "brian_mulroney"),
           ("P.M.", "brian_mulroney"),
           ("leader of the opposition party", "john_turner"),
           ("Policy leader of opposition", "charles_bouchard")],
)

A["test_17811_kaifu_li_peng_summit"] = dict(
    actors={
        "toshiki_kaifu": ["Prime Minister Kaifu", "Kaifu"],
        "li_peng": ["Premier Li Peng", "Li Peng"],
    },
    meetings=[
        # "in the afternoon of August 10" (record of 11 August 1991) -> 1991-08-10; Beijing.
        # The participants are read from the record (Kaifu and Li Peng speak in it).
        M(["toshiki_kaifu", "li_peng"], "1991-08-10", "Beijing", IP, H,
          "Following is an outline of the Japan-China summit meeting (and the reception hosted by Premier Li Peng) that took place in Beijing in the afternoon of August 10."),
        # Not rows: the Emperor's sympathy telegram (a message; the Emperor is unnamed). Not
        # annotated: "China Division" (the issuing office: an author line). Removed: "Skip to
        # content", the Wilson Center support line; at the end, the cut-off sentence "Although
        # relations between Japan and China have regressed ... to promote the removal of the".
    ],
    roles=[("The Prime Minister", "toshiki_kaifu")],
)

A["dev_17812_thaksin_wen_beijing"] = dict(
    actors={
        "thaksin_shinawatra": ["Thaksin Shinawatra", "Thaksin"],
        "wen_jiabao": ["Premier Wen Jiabao", "Wen Jiabao"],
        "chinese_foreign_ministry": ["Foreign Ministry"],
        "xinhua_news_agency": ["Xinhua"],
    },
    meetings=[
        # "will hold talks" during the three-day visit -> planned; no day -> null; Beijing.
        M(["thaksin_shinawatra", "wen_jiabao"], None, "Beijing", IP, P,
          "During his stay in Beijing, Thaksin will hold talks with Premier Wen Jiabao, during which they are expected to sign several documents for bilateral cooperation, said sources with the Foreign Ministry."),
        # Not rows: "his talks with Chinese leaders" (unnamed); the Xinhua interview (a media
        # interview); the arrival (Thursday). Removed: at the end, the credit line "(Xinhua
        # News Agency July 1, 2005)" (an agency tag; it gave the date) and a stray "|".
    ],
    roles=[("Thai Prime Minister", "thaksin_shinawatra")],
)
