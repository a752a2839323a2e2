"""Accuracy corpus, batch 31a: 12 new articles from the 1960s to the 2020s (1960s: four, 1970s:
one, 1980s: two, 1990s: two, 2000s: one, 2010s: one, 2020s: one; nine of twelve before 2000),
over eleven regions (Oceania, South Asia, North America, Middle East, Africa, Southeast Asia,
Latin America twice, Central Asia/Caucasus, East Asia, Western Europe, Eastern Europe/Russia).
Outlets/sites: PM Transcripts (pmtranscripts.pmc.gov.au), The Press (Christchurch) via Papers
Past twice, the JTA archive twice, Nigerian Monitor, Asia Pacific Solidarity Network
(asia-pacific-solidarity.net), Diplomatic Briefing (diplomaticbriefing.com), RFE/RL, Time (text
mirror) and the Los Angeles Times archive twice; some of these sites were used before, the pages
are new. Collected with the `search` tool (corpus `pages`) and annotated from the texts alone,
BEFORE the package was run on them (the package has not been run on this batch). Conventions:
ANNOTATION.md and /work/shared/ANNOTATION-GUIDE.md. Notes: batch_31a_NOTES.md.

Split rule (fixed before annotating, as given in the brief for this batch, the same as batches
5a-30b): the articles are numbered 1..12 in the order they were first found in this session's
search results (the query in which each first appeared, then its rank in that query), after
skipping pages already in the corpus; positions 3, 7 and 11 are test, all others dev. Ids:
`dev_60NN_<slug>` / `test_60NN_<slug>`, NN = collection position (01..12).

M(participants, date, place, kind, status, evidence, required=True)
Evidence is the verbatim sentence (line breaks inside it replaced by single spaces).
Aliases are written as they stand in the text (OCR errors and typos included).
"""

from annotations import H, IP, M, P, PH, VID  # noqa: F401 (the same row helpers)

# (article_id, region, decade, outlet, url, published)
ARTICLES = [
    # The transcript's date line "28th June, 1966." (a Tuesday). OCR text, kept as found.
    ("dev_6001_holt_johnson_first_meeting", "Oceania", "1960s", "PM Transcripts (Australian Prime Minister's Office; press conference transcript)", "https://pmtranscripts.pmc.gov.au/node/12052", "1966-06-28"),
    # The URL (CHP19651215) gives The Press of 1965-12-15 (a Wednesday); the dateline
    # "WASHINGTON, December 14." precedes the issue: "today" = 1965-12-14 (the dateline day, as
    # batch 5d), "tomorrow" = 1965-12-15, "on Thursday" = 1965-12-16.
    ("dev_6002_johnson_ayub_talks_open", "South Asia", "1960s", "The Press (Christchurch), via Papers Past (N.Z.P.A.-Reuter)", "https://paperspast.natlib.govt.nz/newspapers/CHP19651215.2.193", "1965-12-15"),
    # Date line "June 26, 1967" (a Monday) of the JTA Daily Bulletin. JTA "today" / "tonight" are
    # NOT resolved (as dev_2201, test_3211, dev_3408, dev_3601: the bulletin may be dated the day
    # after the dispatch). Region (judgement): a US-Soviet summit held in the US (the text has
    # Kosygin's press conference "tonight at United Nations headquarters") -> North America.
    ("test_6003_johnson_kosygin_summit_concluded", "North America", "1960s", "Jewish Telegraphic Agency (JTA archive)", "http://www.jta.org/archive/johnson-and-kosygin-conclude-their-summit-meeting-middle-east-issue-looms-high", "1967-06-26"),
    # Date line "July 9, 1968" (a Tuesday); the URL (/1968/07/09/) agrees. JTA "today" /
    # "tomorrow" / "later this week" are NOT resolved (as test_6003).
    ("dev_6004_jarring_london_round", "Middle East", "1960s", "Jewish Telegraphic Agency (JTA archive)", "https://www.jta.org/1968/07/09/archive/round-of-meetings-on-mideast-marks-shift-of-diplomatic-activity-to-london", "1968-07-09"),
    # The search result's date is 2017-02-16 (a Thursday): "on Monday" = 2017-02-13.
    ("dev_6005_trump_buhari_phone", "Africa", "2010s", "Nigerian Monitor (nigerianmonitor.com)", "http://www.nigerianmonitor.com/donald-trump-reveals-what-he-discussed-with-buhari/", "2017-02-16"),
    # No date line in the excerpt; the URL (/news/2000-03-09/) gives 2000-03-09 (a Thursday):
    # "yesterday" = 2000-03-08. The byline "Derwin Pereira, Jakarta" (a Straits Times
    # correspondent; the paper is not named in the excerpt) is kept in the text, not annotated.
    ("dev_6006_wahid_suharto_lunch", "Southeast Asia", "2000s", "Asia Pacific Solidarity Network (asia-pacific-solidarity.net, news archive)", "https://www.asia-pacific-solidarity.net/index.php/news/2000-03-09/gus-dur-meets-suharto-no-political-overtones.html", "2000-03-09"),
    # The URL's date 2022/06/07 (a Tuesday); "Monday" = 2022-06-06. Zero-row control.
    ("test_6007_amlo_declines_summit_americas", "Latin America", "2020s", "Diplomatic Briefing (diplomaticbriefing.com)", "https://diplomaticbriefing.com/2022/06/07/newsline-summit-of-the-americas-deals-diplomatic-blow-as-mexicos-president-declines-to-attend/", "2022-06-07"),
    # Dateline "Moscow, 20 February 1997 (RFE/RL)" (a Thursday). The visit is a range
    # ("a four-day visit that began February 18") -> no meeting date.
    ("dev_6008_altynbayev_rodionov_moscow", "Central Asia/Caucasus", "1990s", "Radio Free Europe/Radio Liberty", "https://www.rferl.org/a/1083723.html", "1997-02-20"),
    # The URL (CHP19850601) gives The Press of 1985-06-01 (a Saturday); the story is datelined
    # "in Peking" without a day. "tomorrow" = 1985-06-02 (the start of the visit, not a meeting).
    # Region: East Asia (the Chinese premier is the principal; as test_703).
    ("dev_6009_zhao_britain_queen_lunch", "East Asia", "1980s", "The Press (Christchurch), via Papers Past (Reuter)", "https://paperspast.natlib.govt.nz/newspapers/CHP19850601.2.115", "1985-06-01"),
    # Issue date "Monday, Jun. 26, 1972" on the page (and the path /Time1972/1972-06-26/). The
    # visit was "last week" -> no date. Region: Latin America (the non-US principal).
    ("dev_6010_echeverria_nixon_visit", "Latin America", "1970s", "Time (magazine archive, text mirror)", "http://20.210.105.67/txt/time/Time1972/1972-06-26/906086.html", "1972-06-26"),
    # No date line in the excerpt; the URL (/archives/la-xpm-1988-06-14-...) gives 1988-06-14, a
    # Tuesday: "Monday" = 1988-06-13. Region (judgement): Greece-Turkey talks in Athens ->
    # Western Europe.
    ("test_6011_papandreou_ozal_athens", "Western Europe", "1980s", "Los Angeles Times", "https://www.latimes.com/archives/la-xpm-1988-06-14-mn-4373-story.html", "1988-06-14"),
    # No date line in the excerpt; the URL (/archives/la-xpm-1990-02-28-...) gives 1990-02-28, a
    # Wednesday. The AP copy's "today" = 1990-02-28, consistent with the call "arranged Tuesday"
    # (1990-02-27). Region: Eastern Europe/Russia (a US-Soviet call; the non-US principal).
    ("dev_6012_bush_gorbachev_phone", "Eastern Europe/Russia", "1990s", "Los Angeles Times (Associated Press)", "https://www.latimes.com/archives/la-xpm-1990-02-28-mn-1696-story.html", "1990-02-28"),
]

A = {}

A["dev_6001_holt_johnson_first_meeting"] = dict(
    actors={
        "harold_holt": ["HOLT"],
        "lyndon_johnson": ["President Johnson"],
        "seato": ["SEATO"],
    },
    meetings=[
        # "looking forward very much to my first meeting with President Johnson" on arrival in
        # Washington -> planned, date null (no day given), place Washington (the city of the
        # visit named in the transcript's heading/first sentence; OCR "ashington",
        # "WVashington") - a judgement call as dev_5909's Rice meeting. "I shall be able to pass on
        # to the President" refers to the same meeting.
        M(["harold_holt", "lyndon_johnson"], None, "Washington", IP, P,
          "DM. HOLT: I am glad to be in WVashington, looking forward very much to my first meeting with President Johnson."),
        # "having talked with his own Secretary of State" (the US Secretary of State, not named)
        # -> one-party row (Holt), held, date and place null (at the SEATO Conference, whose
        # place is not given).
        M(["harold_holt"], None, None, IP, H,
          "And so, having talked with his own Secretary of State, I shall be able to pass on to the President the views of other ForeignlMinisters from South East Asia."),
        # Not rows: "we have been in communication from the outset" (no specific contact); talks
        # "to the Foreign Ministers of the countries directly involved" at the SEATO Conference
        # (unnamed, a multilateral conference); his visit to South Viet Nam (no host named).
        # Removed: the last, cut-off answer ("M. HOLT: '. ell, this brings together ... the
        # major p"). The OCR heading ("Mvr. Harold I") is kept as found; no alias is taken from
        # the cut name.
    ],
    roles=[("the President", "lyndon_johnson")],
)

_JA1 = "President Johnson and President Ayub Khan, of Pakistan, open two-day talks today in an attempt to strengthen relations between their countries and to improve peace prospects on the Indian sub-continent."
A["dev_6002_johnson_ayub_talks_open"] = dict(
    actors={
        "lyndon_johnson": ["President Johnson", "Mr Johnson"],
        "ayub_khan": ["President Ayub Khan", "Ayub Khan", "President Ayub"],
        "united_nations_general_assembly": ["United Nations General Assembly"],
        "white_house": ["White House"],
        "world_bank": ["World Bank"],
    },
    meetings=[
        # "open two-day talks today" (dateline Washington, December 14) -> planned (announced
        # in the article's perspective), 1965-12-14 (the opening day is pinned), Washington.
        # "President Ayub planned to tell Mr Johnson frankly" = the same talks.
        M(["lyndon_johnson", "ayub_khan"], "1965-12-14", "Washington", IP, P, _JA1),
        # "More talks are scheduled for tomorrow" -> planned, 1965-12-15, Washington; required
        # False (the second day of the same two-day talks; kept as a separate planned session as
        # the text schedules it separately, cf. dev_035).
        M(["lyndon_johnson", "ayub_khan"], "1965-12-15", "Washington", IP, P,
          "More talks are scheduled for tomorrow—with a final communique in the evening—before President Ayub leaves for Paris on Thursday morning.",
          False),
        # Not rows: Ayub's call "in the United Nations General Assembly yesterday" (a speech);
        # his departure for Paris (no host named). "fN.Z.P.A.-Keut«r—Copyright/" is the agency
        # credit (OCR), kept in the text, not annotated. Removed: the site's "Article image"
        # lines and the Papers Past OCR notice/permalink at the end.
    ],
    roles=[],
)

A["test_6003_johnson_kosygin_summit_concluded"] = dict(
    actors={
        "lyndon_johnson": ["President Johnson"],
        "alexei_kosygin": ["Soviet Premier Aleksei Kosygin", "Aleksei Kosygin", "Premier Kosygin", "Mr. Kosygin"],
        "dean_rusk": ["Secretary of State Dean Rusk", "Dean Rusk", "Secretary Rusk"],
        "andrei_gromyko": ["Soviet Foreign Minister Andrei Gromyko", "Andrei Gromyko"],
        "united_nations": ["United Nations"],
    },
    meetings=[
        # "today concluded here their summit talks" -> held, date null (JTA "today"), place null
        # (the excerpt names no place for "here"; Glassboro is not in the text).
        M(["lyndon_johnson", "alexei_kosygin"], None, None, IP, H,
          "President Johnson and Soviet Premier Aleksei Kosygin today concluded here their summit talks on the Middle East and other issues, agreeing — according to U.S. officials — with the fact that “Israel does exist” but still holding divergent views on the possible solutions to the Arab-Israel problem."),
        # "Further talks ... will be continued between ... Rusk and ... Gromyko" -> planned,
        # date and place null.
        M(["dean_rusk", "andrei_gromyko"], None, None, IP, P,
          "Further talks on the Arab-Israel Issue will be continued between Secretary of State Dean Rusk and Soviet Foreign Minister Andrei Gromyko."),
        # Not rows: Kosygin's press conference (one person); Johnson to "comment publicly".
        # Removed: the archive's search line, "See Original Daily Bulletin From This Date",
        # "Advertisement", "Recommended from JTA".
    ],
    roles=[("Soviet Premier", "alexei_kosygin"), ("Secretary of State", "dean_rusk"),
           ("Soviet Foreign Minister", "andrei_gromyko")],
)

_JR3 = "Their meeting was reported to have been arranged between Dr. Jarring and Israel Foreign Minister Abba Eban in The Hague two weeks ago."
A["dev_6004_jarring_london_round"] = dict(
    actors={
        "gunnar_jarring": ["Ambassador Gunnar V. Jarring", "Gunnar V. Jarring", "Dr. Jarring"],
        "united_nations": ["United Nations"],
        "michael_stewart": ["British Foreign Secretary Michael Stewart", "Michael Stewart", "Foreign Secretary Stewart"],
        "gideon_rafael": ["Ambassador Gideon Rafael", "Gideon Rafael", "Mr. Rafael"],
        "ministry_of_foreign_affairs_israel": ["Israel Foreign Ministry"],
        "abba_eban": ["Israel Foreign Minister Abba Eban", "Abba Eban", "Eban"],
        "abdul_moneim_rifai": ["Jordan’s Foreign Minister Abdul Moneim Rifai", "Abdul Moneim Rifai"],
        "hassan_el_zayyat": ["Hassan el-Zayyat", "Mr. el-Zayyat"],
    },
    meetings=[
        # All London meetings: place London (the dateline/lead: "London today became the focus";
        # "arrived here"). Dates null (JTA "tomorrow"/"today"/"later this week").
        # Jarring "was scheduled to meet with" Stewart "tomorrow evening" -> planned.
        M(["gunnar_jarring", "michael_stewart"], None, "London", IP, P,
          "Dr. Jarring was scheduled to meet with British Foreign Secretary Michael Stewart tomorrow evening."),
        # Rafael "will meet with Dr. Jarring tomorrow morning" -> planned.
        M(["gideon_rafael", "gunnar_jarring"], None, "London", IP, P,
          "Mr. Rafael who is officially on an inspection tour of Israeli embassies in European capitals, will meet with Dr. Jarring tomorrow morning."),
        # The Rafael-Jarring meeting was "arranged between Dr. Jarring and ... Eban in The Hague
        # two weeks ago" -> held, date null, The Hague; required False (an arrangement between
        # them; that they met is implied, not stated).
        M(["gunnar_jarring", "abba_eban"], None, "The Hague", IP, H, _JR3, False),
        # Rifai "is scheduled to meet Foreign Secretary Stewart later this week" -> planned.
        M(["abdul_moneim_rifai", "michael_stewart"], None, "London", IP, P,
          "Jordan’s Foreign Minister Abdul Moneim Rifai who arrived here over the weekend is scheduled to meet Foreign Secretary Stewart later this week."),
        # "He saw Dr. Jarring today." - "He" = Rifai (the subject of the previous sentence) ->
        # held, date null (JTA "today"), London.
        M(["abdul_moneim_rifai", "gunnar_jarring"], None, "London", IP, H,
          "He saw Dr. Jarring today."),
        # Not rows: el-Zayyat's charges and announcement (statements to newsmen); Eban's
        # assertion (a statement). Removed: the archive's search line, "See Original Daily
        # Bulletin ...", "Advertisement" and the last, cut-off sentence ("Egypt's ouster of the
        # United Nations Emergency Force (UNEF) from its territory in M").
    ],
    roles=[("the special United Nations envoy for the Middle East", "gunnar_jarring"),
           ("director-general of the Israel Foreign Ministry", "gideon_rafael"),
           ("the official Government spokesman", "hassan_el_zayyat"),
           ("an Egyptian spokesman", "hassan_el_zayyat")],
)

A["dev_6005_trump_buhari_phone"] = dict(
    actors={
        "donald_trump": ["Donald Trump", "Donald J. Trump", "President Trump", "Trump"],
        "muhammadu_buhari": ["Muhammadu Buhari", "President Muhammadu Buhari", "President Buhari", "Buhari"],
        "white_house": ["White House"],
        "premium_times": ["PREMIUM TIMES"],
        "us_state_department": ["U.S. Department of State", "State Department"],
        "tiffany_jackson_zunker": ["Tiffany Jackson-Zunker"],
        "africa_regional_media_hub": ["Africa Regional Media Hub"],
        "boko_haram": ["Boko Haram"],
    },
    meetings=[
        # "had on Monday spoken to Buhari" -> phone (the "phone conversation"/"call"), held,
        # 2017-02-13; place null (a call; Buhari was in London). The readout's "spoke this
        # week" is the same call (one row).
        M(["donald_trump", "muhammadu_buhari"], "2017-02-13", None, PH, H,
          "The US President had on Monday spoken to Buhari, who is vacationing in London, a call which made the first time both leaders would communicate directly since the former assumed office as his country’s 45th president on January 20."),
        # Not rows: Jackson-Zunker's email to the newspaper (not a meeting); "agreed to continue
        # close coordination" (no specific contact). Removed: the tool's date prefix and the
        # last, cut-off paragraph ("President Trump thanked President Buhari ... the importance
        # of a s").
    ],
    roles=[("his Nigerian counterpart", "muhammadu_buhari"), ("The US President", "donald_trump")],
)

A["dev_6006_wahid_suharto_lunch"] = dict(
    actors={
        "abdurrahman_wahid": ["President Abdurrahman Wahid", "Abdurrahman Wahid", "Mr Abdurrahman"],
        "soeharto": ["Suharto", "Mr Suharto", "Pak Harto", "Bapak"],
        "sinta_nuriyah": ["Sinta Nuriyah"],
        "alwi_shihab": ["Foreign Minister Alwi Shihab", "Alwi Shihab"],
        "siti_hardijanti_rukmana": ["Siti \"Tutut\" Hardiyanti Rukmana", "Mrs Rukmana"],
        "attorney_generals_office_indonesia": ["Attorney-General's Office"],
    },
    meetings=[
        # Wahid "met former Indonesian leader Suharto" "yesterday" (lunch at Suharto's house in
        # Menteng) -> held, 2000-03-08, Jakarta (the dateline; dev_036 wrote Menteng as Jakarta).
        # Sinta Nuriyah and Alwi Shihab "accompanied" him, Tutut welcomed him with her father:
        # not participants (as dev_036 Tutut).
        M(["abdurrahman_wahid", "soeharto"], "2000-03-08", "Jakarta", IP, H,
          "Derwin Pereira, Jakarta – Past and present came together yesterday when President Abdurrahman Wahid met former Indonesian leader Suharto for the first time since taking office four months ago."),
        # Not rows: the birthday celebration (same visit); Suharto's failed appearances at the
        # Attorney-General's Office. Removed: the last, cut-off sentence ("Political analysts
        # believe ... ousted General Wir").
    ],
    roles=[("former Indonesian leader", "soeharto"), ("The deposed leader", "soeharto"),
           ("the 59-year-old president", "abdurrahman_wahid"), ("his long-time critic", "abdurrahman_wahid"),
           ("his eldest daughter", "siti_hardijanti_rukmana"), ("the President", "abdurrahman_wahid")],
)

A["test_6007_amlo_declines_summit_americas"] = dict(
    actors={
        "joe_biden": ["President Biden", "Biden"],
        "andres_manuel_lopez_obrador": ["Andrés Manuel López Obrador", "López Obrador"],
    },
    meetings=[
        # Zero-row control: the Summit of the Americas (a multilateral summit); López Obrador's
        # refusal to attend ("staying home"); Honduras's lower-level delegation, Uruguay's
        # president (unnamed, COVID-19) and Bolivia declining (no named meeting). The bracketed
        # Yahoo link is part of the page text (kept). Removed: "Leave a Reply".
    ],
    roles=[("Mexican President", "andres_manuel_lopez_obrador")],
)

A["dev_6008_altynbayev_rodionov_moscow"] = dict(
    actors={
        "muhtar_altynbayev": ["General Muhtar Altynbayev", "Muhtar Altynbayev", "General Altynbayev", "Altynbayev"],
        "kassym_jomart_tokayev": ["Kazakh Foreign Minister Kasymzhomart Tokayev", "Kasymzhomart Tokayev", "Tokayev"],
        "igor_rodionov": ["Russian Foreign Minister Igor Rodionov", "Igor Rodionov", "Rodionov"],
        "russian_general_staff": ["Russian General Staff"],
    },
    meetings=[
        # "Altynbayev and Rodionov discussed military cooperation" during the visit in Moscow ->
        # held, date null (the four-day visit is a range), Moscow. The text calls Rodionov
        # "Russian Foreign Minister" (kept as written; no outside correction).
        M(["muhtar_altynbayev", "igor_rodionov"], None, "Moscow", IP, H,
          "Altynbayev and Rodionov discussed military cooperation between the two countries."),
        # "also expects to meet Russian General Staff members" (unnamed members) -> one-party
        # planned row (Altynbayev), date null, Moscow; required False (unnamed officers of an
        # institution, a vague expectation).
        M(["muhtar_altynbayev"], None, "Moscow", IP, P,
          "General Altynbayev also expects to meet Russian General Staff members.", False),
        # Not rows: Tokayev's trip "at the invitation of" Rodionov (an invitation; no meeting of
        # Tokayev with a named person is stated); his visits to China and Ukraine (no hosts
        # named). "(RFE/RL)" in the dateline is the agency credit (not annotated).
    ],
    roles=[("Kazakhstan's defense minister", "muhtar_altynbayev")],
)

A["dev_6009_zhao_britain_queen_lunch"] = dict(
    actors={
        "zhao_ziyang": ["Zhao Ziyang", "Premier Zhao"],
        "zhou_nan": ["Zhou Nan"],
        "hua_guofeng": ["Hua Guofeng"],
        "elizabeth_ii": ["Queen Elizabeth", "Queen"],
        "geoffrey_howe": ["Sir f Geoffrey Howe", "Geoffrey Howe"],
        "deng_xiaoping": ["Deng Xiaoping"],
        "margaret_thatcher": ["Margaret, Thatcher"],
    },
    meetings=[
        # "set to receive ... a private lunch with Queen Elizabeth at Buckingham Palace" ->
        # planned, date null (no day; the week-long visit starts "tomorrow"), London (Buckingham
        # Palace resolved to its city, as White House -> Washington).
        M(["zhao_ziyang", "elizabeth_ii"], None, "London", IP, P,
          "Premier Zhao, the highest-rank-ing Chinese visitor to Britain since then Communist Party Chief and Premier, Hua Guofeng, in 1979, is set to receive full honours including a private lunch with Queen Elizabeth at Buckingham Palace."),
        # Howe "hammered out with Premier Zhao the final formula" "last July" (after
        # negotiations) -> held, date null (month only), place null (not stated). The sentence
        # is split by a paragraph break in the OCR text (whitespace collapsed).
        M(["geoffrey_howe", "zhao_ziyang"], None, None, IP, H,
          "The upturn in Sino-British relations dates from last July when, after long, tortuous negotiations, the British Foreign Secretary, Sir f Geoffrey Howe, hammered out with Premier Zhao the final formula for the Hong Kong settlement."),
        # Not rows: Zhao's visit to Britain as such (no host named besides the lunch); the
        # ratification ceremony "last Monday" where Zhou Nan spoke (a ceremony, counterpart not
        # named); the Queen's accepted invitation "to come to China" (a visit, no host named);
        # Deng's praise of Thatcher (a statement). "ROGER CRABB, of Reuter" is the byline (not
        # annotated). Removed: the site's "Article image" lines and the last, cut-off sentence
        # ("When Mrs Thatcher came to").
    ],
    roles=[("The Chinese premier", "zhao_ziyang"), ("a vice-Foreign Minister", "zhou_nan"),
           ("the British Foreign Secretary", "geoffrey_howe"), ("The Chinese leader", "deng_xiaoping"),
           ("the British Prime Minister", "margaret_thatcher")],
)

A["dev_6010_echeverria_nixon_visit"] = dict(
    actors={
        "richard_nixon": ["President Richard Nixon", "Richard Nixon", "Nixon"],
        "luis_echeverria": ["Luis Echeverria", "Echeverria"],
        "white_house": ["White House"],
        "excelsior": ["Excelsior"],
        "earl_butz": ["Earl Butz"],
        "us_congress": ["Congress"],
    },
    meetings=[
        # Echeverria's visit to Washington "last week" at Nixon's invitation, with Nixon's moon
        # rocks and "a firm commitment by Nixon" reported by Echeverria: a Nixon-Echeverria
        # meeting is implied, never stated -> held, date null, Washington, required False (as
        # dev_041's implied Macron-Trump meeting).
        M(["richard_nixon", "luis_echeverria"], None, "Washington", IP, H,
          "President Richard Nixon first invited Luis Echeverria, the President of Mexico, to visit Washington back in 1970, but not until this spring was the trip firmly scheduled.",
          False),
        # Not rows: the delayed signing (Butz "out of town"); Echeverria's address to "a joint
        # session of Congress" (a speech); Nixon's 1970 invitation as such. Near-zero control.
    ],
    roles=[("the President of Mexico", "luis_echeverria"),
           ("U.S. Secretary of Agriculture", "earl_butz")],
)

A["test_6011_papandreou_ozal_athens"] = dict(
    actors={
        "andreas_papandreou": ["Prime Minister Andreas Papandreou", "Andreas Papandreou", "Papandreou"],
        "turgut_ozal": ["Turkish Prime Minister Turgut Ozal", "Turgut Ozal", "Ozal"],
    },
    meetings=[
        # "The prime ministers of Greece and Turkey conferred here Monday" (headline: talks in
        # Athens) -> held, 1988-06-13, Athens. The pair is named in the next sentence (the lead
        # gives them by role only).
        M(["andreas_papandreou", "turgut_ozal"], "1988-06-13", "Athens", IP, H,
          "The prime ministers of Greece and Turkey conferred here Monday on how to put aside the historic enmity between the two countries, but there was more hope than optimism."),
        # Not rows: Papandreou's words to "Greek legislators" (a speech); the demonstrations.
        # Removed: "Advertisement", "Share" and the last, cut-off sentence ("The three days of
        # meetings ... are the fruit of a Papandreou-Ozal meeting in neutral Switzerland"), so
        # the earlier Davos meeting is not in the stored text. "Times Staff Writer" is the
        # byline line (kept, not annotated).
    ],
    roles=[("visiting Turkish Prime Minister", "turgut_ozal")],
)

A["dev_6012_bush_gorbachev_phone"] = dict(
    actors={
        "george_h_w_bush": ["President Bush", "Bush"],
        "mikhail_gorbachev": ["Soviet leader Mikhail S. Gorbachev", "Mikhail S. Gorbachev", "Gorbachev"],
        "james_baker": ["Secretary of State James A. Baker III", "James A. Baker III", "Baker"],
        "eduard_shevardnadze": ["Soviet Foreign Minister Eduard A. Shevardnadze", "Eduard A. Shevardnadze"],
        "white_house": ["White House"],
    },
    meetings=[
        # The 40-minute "telephone conversation today" -> phone, held, 1990-02-28, place null.
        M(["george_h_w_bush", "mikhail_gorbachev"], "1990-02-28", None, PH, H,
          "President Bush said he and Soviet leader Mikhail S. Gorbachev engaged in a “very constructive” 40-minute telephone conversation today on dramatic recent developments in Nicaragua and Eastern Europe."),
        # The trip will "wind up with a meeting in California with the prime minister of Japan"
        # (not named) -> one-party planned row (Bush), date null, California.
        M(["george_h_w_bush"], None, "California", IP, P,
          "The President made the phone call, which had been arranged Tuesday at his request, shortly before leaving the White House on a four-day politicking trip that will wind up with a meeting in California with the prime minister of Japan."),
        # "the warm reception the Soviet president gave ... Baker on Baker's trip to Moscow
        # earlier this month" -> held, date null, Moscow.
        M(["james_baker", "mikhail_gorbachev"], None, "Moscow", IP, H,
          "Bush also said he thanked Gorbachev for the warm reception the Soviet president gave Secretary of State James A. Baker III on Baker’s trip to Moscow earlier this month."),
        # "Bush's and Gorbachev's summit in June" -> planned, date null (month only), place null.
        M(["george_h_w_bush", "mikhail_gorbachev"], None, None, IP, P,
          "Both sides have said they hope the strategic weapons treaty can be ready to be signed by Bush’s and Gorbachev’s summit in June."),
        # Not rows: "a timetable set up by Baker and ... Shevardnadze" (their talks are implied,
        # not stated, no time); "We're going to continue to try to have consultations" (no
        # specific contact); Bush's remarks to reporters. "From Associated Press" is the agency
        # credit (not annotated). Removed: "Advertisement", "Share" and the last, cut-off
        # sentence ("The Soviet press agency Tass reported ... regular opini").
    ],
    roles=[("the Soviet president", "mikhail_gorbachev"), ("The President", "george_h_w_bush"),
           ("Soviet leader", "mikhail_gorbachev")],
)
