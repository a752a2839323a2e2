"""Accuracy corpus, batch 94a: 12 new articles about meetings between political actors, all
published in ODD years (another helper takes batch 94b at the same time), over eleven regions
(South Asia: two; Oceania, Central Asia/Caucasus, Southeast Asia, East Asia, Latin America, North
America, Western Europe, Africa, Eastern Europe/Russia, Middle East: one each) and five decades
(1960s: two, 1970s: three, 1990s: two, 2000s: two, 2010s: three; seven of the twelve from before
2000).
Outlets/sites: PM Transcripts (pmtranscripts.pmc.gov.au; airport interview, 1961), Radio Free
Europe/Radio Liberty (rferl.org, 1997), two US Embassy cables (WikiLeaks PlusD: Manila 1973,
Lusaka 1975), the Office of the Historian (history.state.gov; a FRUS memorandum of conversation,
1973, and a FRUS embassy telegram, 1967), The Baltimore Sun (2001), The Globe and Mail (press
availability transcript, 2009), The Guardian (a signed memoir piece by Mikhail Gorbachev, 2013),
the Los Angeles Times (1993), LankaWeb (reprint of a Ceylon Today story, 2017) and the Sunday
Observer, Sri Lanka (2011). All texts are in English.
Kinds: an airport interview transcript (OCR), a radio-service news item, two diplomatic cables,
a memorandum of conversation, an embassy telegram, two newspaper stories, a press-conference
transcript, a first-person memoir/op-ed, a reprinted newspaper story, a weekly newspaper story.
The pages are new (grep of URL and slug/numeric id in `sources.csv`, `corpus/metadata.csv` and
the other batch files except 94b found nothing).
Collected with the `search` tool (corpus `pages`) and annotated from the texts alone, BEFORE the
package was run on them (the package has not been run, imported or read for this batch).
Conventions: ANNOTATION.md and /work/shared/ANNOTATION-GUIDE.md. Notes: batch_94a_NOTES.md.

Split rule (fixed before annotating, as given in the brief for this batch, the same as batches
5a-93b): the articles are numbered 1..12 in the order they were first found (query order, then
rank within a query); positions 3, 7 and 11 are test, all others dev. Ids: `dev_186NN_<slug>` /
`test_186NN_<slug>`, NN = position.

M(participants, date, place, kind, status, evidence, required=True)
Evidence is the verbatim sentence (line breaks inside it replaced by single spaces).
Aliases are written as they stand in the text (typos, OCR errors and odd characters included).
"""


from annotations import H, IP, M, P, PH, VID  # noqa: F401 (the same row helpers)

# (article_id, region, decade, outlet, url, published)
ARTICLES = [
    # "Release Date: 06/03/1961" and "MOINDAY, IvQ! RCH 6. 1961" (OCR of Monday, March 6, 1961).
    # Australian Prime Minister, Australian source -> Oceania (as 93a's 18409).
    ("dev_18601_menzies_kennedy_london", "Oceania", "1960s", "PM Transcripts, Department of the Prime Minister and Cabinet (pmtranscripts.pmc.gov.au; airport interview transcript, OCR)", "http://pmtranscripts.pmc.gov.au/release/transcript-279", "1961-03-06"),
    # Dateline "Tbilisi, 14 August 1997 (RFE/RL)" (a Thursday).
    ("dev_18602_shevardnadze_ardzinba_tbilisi", "Central Asia/Caucasus", "1990s", "Radio Free Europe/Radio Liberty (rferl.org)", "https://www.rferl.org/a/1086228.html", "1997-08-14"),
    # Date-time group "R 150934 Z MAR 73" -> 1973-03-15 (a Thursday).
    ("test_18603_marcos_gayler_yacht", "Southeast Asia", "1970s", "US Embassy Manila cable 3021 (WikiLeaks PlusD, search.wikileaks.org)", "https://search.wikileaks.org/plusd/cables/1973MANILA03021.html", "1973-03-15"),
    # "Memorandum of Conversation, Washington, July 31, 1973": 'published' = the date of the
    # meeting the memorandum records (as 93a's 18402/18408).
    ("dev_18604_tanaka_nixon_white_house", "East Asia", "1970s", "Office of the Historian, US Department of State (history.state.gov; FRUS 1969-76 vol. E-12, memorandum of conversation)", "https://history.state.gov/historicaldocuments/frus1969-76ve12/d179", "1973-07-31"),
    # "2001-02-17" in the address; "yesterday" = Friday 16 February 2001. US-Mexico -> Latin
    # America (ANNOTATION.md: "US–Mexico as Latin America").
    ("dev_18605_bush_fox_san_cristobal", "Latin America", "2000s", "The Baltimore Sun (baltimoresun.com)", "https://www.baltimoresun.com/news/bs-xpm-2001-02-17-0102170289-story.html", "2001-02-17"),
    # The caption dates the Oval Office meeting "Sept. 16, 2009"; the transcript was posted the
    # same day (the page itself shows no date line: doubtful). US-Canada -> North America.
    ("dev_18606_harper_obama_oval_office", "North America", "2000s", "The Globe and Mail (theglobeandmail.com; press-availability transcript)", "https://www.theglobeandmail.com/news/a-transcript-of-the-harper-obama-presser/article1289915/", "2009-09-16"),
    # "2013/apr/08" in the address (the excerpt has no date line). Gorbachev's visit to Britain
    # and the meeting at Chequers -> Western Europe.
    ("test_18607_gorbachev_thatcher_memoir", "Western Europe", "2010s", "The Guardian (theguardian.com; signed memoir piece by Mikhail Gorbachev)", "http://www.theguardian.com/politics/2013/apr/08/mikhail-gorbachev-margaret-thatcher-death", "2013-04-08"),
    # "1975" in the address; page header "LUSAKA 01685 01 OF 02 041356Z" and "SEPT 4" ->
    # 1975-09-04 (a Thursday). The excerpt starts at paragraph 1 (the header block is not in it).
    ("dev_18608_kaunda_state_house_cable", "Africa", "1970s", "US Embassy Lusaka cable 1685 (WikiLeaks PlusD mirror theworldtomorrow.wikileaks.org)", "https://theworldtomorrow.wikileaks.org/plusd/cables/1975LUSAKA01685_b.html", "1975-09-04"),
    # "1993-08-26" in the address (a Thursday); "Wednesday" = 1993-08-25.
    ("dev_18609_yeltsin_walesa_warsaw", "Eastern Europe/Russia", "1990s", "Los Angeles Times (latimes.com archives)", "https://www.latimes.com/archives/la-xpm-1993-08-26-mn-28212-story.html", "1993-08-26"),
    # "Tehran, July 24, 1967" at the head (a Monday): the date of the telegram.
    ("dev_18610_shah_ambassador_tehran", "Middle East", "1960s", "Office of the Historian, US Department of State (history.state.gov; FRUS 1964-68 vol. XXII, embassy telegram)", "http://history.state.gov/historicaldocuments/frus1964-68v22/d216", "1967-07-24"),
    # "Posted on May 14th, 2017" (a Sunday); a reprint of a Ceylon Today story.
    ("test_18611_modi_rajapaksa_colombo", "South Asia", "2010s", "LankaWeb (lankaweb.com; reprint of a Ceylon Today story)", "http://www.lankaweb.com/news/items/2017/05/14/modi-invites-mr-to-india/", "2017-05-14"),
    # "2011/06/12" in the address (a Sunday, the paper's day); "yesterday" = 2011-06-11,
    # "on Friday" = 2011-06-10.
    ("dev_18612_indian_delegation_rajapaksa", "South Asia", "2010s", "Sunday Observer, Sri Lanka (archives.sundayobserver.lk)", "http://archives.sundayobserver.lk/2011/06/12/new01.asp", "2011-06-12"),
]

A = {}

A["dev_18601_menzies_kennedy_london"] = dict(
    actors={
        # Named only in the site's header lines (as 93a's "Hawke, Robert").
        "robert_menzies": ["Menzies, Robert", "Menzies, Sir Robert Gordon"],
        "john_f_kennedy": ["MR. KENNEDY", "Mr. Kennedy"],
        "commonwealth_of_nations": ["COMMONWEALTH", "Commonwealth"],
        "australian_news_and_information_bureau": ["Australian News and Information Bureau"],
    },
    meetings=[
        # Menzies' recent talks with Kennedy (Washington and the day are not written in this
        # text) -> date and place null.
        M(["robert_menzies", "john_f_kennedy"], None, None, IP, H,
          "QUESTION: Well, youtve recently been seeing Mr. Kennedy, the President of America, Mr. Prime Minister."),
        # The one earlier informal meeting, recalled in passing -> required false.
        M(["robert_menzies", "john_f_kennedy"], None, None, IP, H,
          "I thought that I'd never met him before, except once, rather informally and so I was very anxious to find out what he was like, if that was not an impertinance, and I must say that, in the course of two hours 0or more with him, I was very impressed.", False),
        # Not rows: the Commonwealth Prime Ministers' conference (multilateral). Removed: "PM
        # Transcripts / Transcripts from the Prime Ministers of Australia" and, at the end, the
        # cut-off answer "I would expect that we would have major discussions ... I mean by th".
    ],
    roles=[("the President of America", "john_f_kennedy"),
           ("Mr. Prime Minister", "robert_menzies")],
)

A["dev_18602_shevardnadze_ardzinba_tbilisi"] = dict(
    actors={
        "eduard_shevardnadze": ["Eduard Shevardnadze", "Shevardnadze"],
        "vladislav_ardzinba": ["Vladislav Ardzinba", "Ardzinba"],
        "yevgeny_primakov": ["Yevgeni Primakov"],
        "boris_yeltsin": ["Boris Yeltsin", "Yeltsin"],
        "rfe_rl": ["RFE/RL"],
    },
    meetings=[
        M(["eduard_shevardnadze", "vladislav_ardzinba"], "1997-08-14", "Tbilisi", IP, H,
          "Tbilisi, 14 August 1997 (RFE/RL) - Georgian President Eduard Shevardnadze met with Abkhaz separatist leader Vladislav Ardzinba in Tbilisi today in their first direct peace talks since 1994."),
        # Primakov attended the opening of the talks: pair rows, required false (present at the
        # opening only; doubtful).
        M(["yevgeny_primakov", "eduard_shevardnadze"], "1997-08-14", "Tbilisi", IP, H,
          "Russian Foreign Minister Yevgeni Primakov attended the opening of the talks and is due to rejoin them later today.", False),
        M(["yevgeny_primakov", "vladislav_ardzinba"], "1997-08-14", "Tbilisi", IP, H,
          "Russian Foreign Minister Yevgeni Primakov attended the opening of the talks and is due to rejoin them later today.", False),
        # Yeltsin's intended Moscow meeting with both leaders: planned, conditional ("if the two
        # sides agree") -> required false; one row per pair.
        M(["boris_yeltsin", "eduard_shevardnadze"], None, "Moscow", IP, P,
          "Yeltsin announced earlier this month that he would invite Shevardnadze and Ardzinba to Moscow to work on a peace agreement.", False),
        M(["boris_yeltsin", "vladislav_ardzinba"], None, "Moscow", IP, P,
          "Yeltsin announced earlier this month that he would invite Shevardnadze and Ardzinba to Moscow to work on a peace agreement.", False),
        M(["eduard_shevardnadze", "vladislav_ardzinba"], None, "Moscow", IP, P,
          "Yeltsin announced earlier this month that he would invite Shevardnadze and Ardzinba to Moscow to work on a peace agreement.", False),
        # Kept as found: the page repeats two paragraphs at the end.
    ],
    roles=[("Georgian President", "eduard_shevardnadze"),
           ("Abkhaz separatist leader", "vladislav_ardzinba"),
           ("Russian Foreign Minister", "yevgeny_primakov"),
           ("Russian President", "boris_yeltsin")],
)

A["test_18603_marcos_gayler_yacht"] = dict(
    actors={
        "ferdinand_marcos": ["PRESIDENT MARCOS", "MARCOS"],
        # Only surnames are given (Admiral Noel Gayler, General Romeo Espino, Manuel Collantes):
        # keys from the surnames (as 93a's sahm).
        "gayler": ["ADMIRAL GAYLER", "GAYLER"],
        "espino": ["GENERAL ESPINO", "ESPINO"],
        "collantes": ["ACTING SECRETARY COLLANTES"],
        "juan_ponce_enrile": ["SECRETARY PONCE ENRILE", "PONCE ENRILE"],
        "us_philippine_mutual_defense_board": ["US- PHILIPPINE MUTUAL DEFENSE BOARD", "MDB"],
    },
    meetings=[
        # "TODAY" (the scheduled MDB meeting) = 1973-03-15, the cable's day. Place: the
        # presidential yacht; no city written but the cable's origin (AMEMBASSY MANILA) ->
        # "Manila" (doubtful). The writer (the US ambassador, unnamed) is not a participant key.
        M(["ferdinand_marcos", "gayler"], "1973-03-15", "Manila", IP, H,
          "2. AS WE WERE ABOUT TO START THE FORMAL MEETING, MARCOS INTERRUPTED TO REQUEST THAT GAYLER AND I JOIN HIM IN ANOTHER PART OF THE SHIP FOR A PRIVATE TALK."),
        # Ponce Enrile accompanied Marcos (attending member, host side): pair with Gayler only,
        # required false.
        M(["juan_ponce_enrile", "gayler"], "1973-03-15", "Manila", IP, H,
          "PONCE ENRILE ACCOMPANIED HIM.", False),
        # Not rows: the formal MDB meeting (a board meeting; who attended is only implied); the
        # invitations by Espino (letters). Removed: at the end the cut-off sentence "HE
        # MENTIONED FIRST HIS GRATITUDE ... IN A PERSONAL MEETING WHICH HE HAD HEARD WOULD".
    ],
    roles=[("PRESIDENT MARCOS", "ferdinand_marcos")],
)

A["dev_18604_tanaka_nixon_white_house"] = dict(
    actors={
        "kakuei_tanaka": ["Kakuei Tanaka", "Prime Minister Tanaka"],
        "takeshi_yasukawa": ["Takeshi Yasukawa"],
        "hidetoshi_ukawa": ["Hidetoshi Ukawa"],
        "henry_kissinger": ["Henry A. Kissinger"],
        "james_j_wickel": ["James J. Wickel"],
        "white_house": ["The White House", "White House"],
        "united_states_secret_service": ["United States Secret Service"],
        "japanese_ministry_of_foreign_affairs": ["Japanese Ministry of Foreign Affairs"],
    },
    meetings=[
        # The US President is never named ("The President"): one-party row (as 93a's 18408).
        # Kissinger, Yasukawa, Ukawa and Wickel are attending members (no pair rows).
        M(["kakuei_tanaka"], "1973-07-31", "Washington", IP, H,
          "Prime Minister Tanaka expressed deep appreciation for the warm welcome accorded him by the President on arrival at the White House."),
        # The pre-departure audience with the (unnamed) Emperor: one-party, recalled in passing
        # -> required false; no date or place.
        M(["kakuei_tanaka"], None, None, IP, H,
          "Prime Minister Tanaka said that he had been asked by His Imperial Majesty The Emperor during his pre-departure audience to convey a personal message to the President, that is, that the Imperial Family wishes to do its [Page 02] best to strengthen the ties of friendship between Japan and the United States.", False),
        # Not rows: the exchange of visits (subject heading). Removed: nothing inside the
        # excerpt; the memo's later sections were not in it.
    ],
    roles=[("Prime Minister of Japan", "kakuei_tanaka"),
           ("Japanese Ambassador to the United States", "takeshi_yasukawa"),
           ("Assistant to the President for National Security Affairs", "henry_kissinger"),
           ("the Prime Minister", "kakuei_tanaka")],
)

A["dev_18605_bush_fox_san_cristobal"] = dict(
    actors={
        "george_w_bush": ["President Bush", "Bush"],
        "vicente_fox": ["President Vicente Fox", "Fox"],
    },
    meetings=[
        # "yesterday" = 2001-02-16 (the paper of Saturday 17 February).
        M(["george_w_bush", "vicente_fox"], "2001-02-16", "San Cristobal", IP, H,
          "SAN CRISTOBAL, MEXICO — SAN CRISTOBAL, Mexico - In a folksy meeting with a fellow world leader and rancher, President Bush paid a visit yesterday to President Vicente Fox of Mexico, during which both men pledged to work as partners on such issues as immigration, drug trafficking and energy."),
        # Not rows: the air strikes on Iraq; the reporters' questions (press). Removed: at the
        # end the cut-off quotation "The main reason why drugs are shipped ... because United
        # Sta".
    ],
    roles=[],
)

A["dev_18606_harper_obama_oval_office"] = dict(
    actors={
        "stephen_harper": ["Prime Minister Stephen Harper", "Prime Minister Harper", "Harper"],
        "barack_obama": ["President Barack Obama", "PRESIDENT OBAMA", "Obama"],
        "g20": ["G20"],
    },
    meetings=[
        # Caption date "Sept. 16, 2009"; place "the Oval Office" (no city written) -> null.
        M(["stephen_harper", "barack_obama"], "2009-09-16", None, IP, H,
          "Prime Minister Stephen Harper meets with President Barack Obama in the Oval Office on Sept. 16, 2009."),
        # Not rows: the G20 (multilateral, future); the Copenhagen conference. Removed: the
        # site's menus ("Go to the Globe and Mail homepage", "Jump to main navigation..."), the
        # duplicated caption, the photo credit "(Charles Dharapak/The Associated Press)" and
        # "Add to ...".
    ],
    roles=[],
)

A["test_18607_gorbachev_thatcher_memoir"] = dict(
    actors={
        "mikhail_gorbachev": ["Mikhail Gorbachev", "Mr Gorbachev"],
        "margaret_thatcher": ["Margaret Thatcher", "Margaret"],
        "alexander_yakovlev": ["Alexander Yakovlev"],
        "leonid_zamyatin": ["Leonid Zamyatin"],
        "communist_party_of_the_soviet_union": ["Communist party of the Soviet Union"],
        "politburo_cpsu": ["Politburo"],
    },
    meetings=[
        # Late 1984 (no day) -> null; place Chequers (named in the next sentences; not a city,
        # kept as the written place, as 93a's "Key Biscayne"; doubtful).
        M(["mikhail_gorbachev", "margaret_thatcher"], None, "Chequers", IP, H,
          "I met Margaret Thatcher in late 1984 when I visited Great Britain at the head of a Soviet parliamentary delegation."),
        # Yakovlev and Zamyatin went with Gorbachev to Chequers (lunch with Thatcher): pair
        # rows with Thatcher, required false (delegation members); no pairs within the Soviet
        # side.
        M(["alexander_yakovlev", "margaret_thatcher"], None, "Chequers", IP, H,
          "The following day, Alexander Yakovlev, Leonid Zamyatin and I were invited to Chequers.", False),
        M(["leonid_zamyatin", "margaret_thatcher"], None, "Chequers", IP, H,
          "The following day, Alexander Yakovlev, Leonid Zamyatin and I were invited to Chequers.", False),
        # Not rows: "exchanging letters" (letters); the welcome by members of the British
        # parliament (no named counterpart). Removed: the photo credit "Photograph: Sipa
        # Press/Rex Features" and, at the end, the cut-off passage "And then I said to Margaret
        # ... She" (its first sentence is kept in the standfirst).
    ],
    roles=[("the Soviet Union president", "mikhail_gorbachev")],
)

A["dev_18608_kaunda_state_house_cable"] = dict(
    actors={
        "kenneth_kaunda": ["PRESIDENT KAUNDA", "KAUNDA"],
        "gerald_ford": ["PRESIDENT FORD"],
        "john_vorster": ["VORSTER"],
        "ian_smith": ["SMITH"],
        "african_national_council": ["ANC"],
        "ndabaningi_sithole": ["SITHOLE"],
        "james_chikerema": ["CHIKEREMA"],
        "herbert_chitepo": ["HERBERT CHITEPO"],
        "zanu": ["ZANU"],
        "abel_muzorewa": ["BISHOP MUZOREWA"],
    },
    meetings=[
        # The writer (the US ambassador) is unnamed in the excerpt: one-party row. Place: State
        # House, the cable being from Lusaka (cable number only) -> "Lusaka" (doubtful).
        M(["kenneth_kaunda"], "1975-09-04", "Lusaka", IP, H,
          "1. PRESIDENT KAUNDA SUMMONED ME TO STATE HOUSE SEPT 4 AT 10:30 A.M. FOR HALF-HOUR DISCUSSION IN WHICH HE EXPRESSED \"ANXIETY\" OVER DIVISIONS WITHIN ANC RANKS AND PROBLEM THIS CREATES FOR RESUMPTION OF NEGOTIATIONS FOR CONSTITUTIONAL SETTLEMENT."),
        # Not rows: the proposed resumption of Smith-ANC talks at Victoria Falls (a proposal,
        # conditional); the messages to Ford, Vorster and Smith (messages). Removed: at the end
        # the cut-off paragraph "6. I VENTURED TO SAY ... KAUNDA WAS PAINE".
    ],
    roles=[("SAG PM", "john_vorster"), ("RHODESIAN PM", "ian_smith"),
           ("ANC PRESIDENT", "abel_muzorewa")],
)

A["dev_18609_yeltsin_walesa_warsaw"] = dict(
    actors={
        "boris_yeltsin": ["Boris N. Yeltsin", "President Yeltsin", "Yeltsin"],
        "lech_walesa": ["Lech Walesa", "Walesa"],
        "kremlin": ["Kremlin"],
        "nato": ["North Atlantic Treaty Organization"],
    },
    meetings=[
        # "Wednesday" = 1993-08-25; Warsaw from "told reporters in Warsaw".
        M(["boris_yeltsin", "lech_walesa"], "1993-08-25", "Warsaw", IP, H,
          "Two giants of the anti-Communist struggle, Russia’s Boris N. Yeltsin and Poland’s Lech Walesa, signed a major trade pact and other accords Wednesday that Yeltsin said show the Kremlin has abandoned the bullying tactics of the past."),
        # Not rows: the joint news conference (the same meeting). Removed: "Advertisement",
        # "Share via" and, at the end, the cut-off sentence "The centerpiece of their economic
        # agreements ... European markets ea".
    ],
    roles=[("President Yeltsin", "boris_yeltsin")],
)

A["dev_18610_shah_ambassador_tehran"] = dict(
    actors={
        "mohammad_reza_pahlavi": ["Shah"],
        "lyndon_johnson": ["President Johnson"],
        "the_new_york_times": ["New York Times"],
    },
    meetings=[
        # "Shah 24th" = 1967-07-24 (the telegram's day); the writer (the US ambassador) is
        # unnamed: one-party row.
        M(["mohammad_reza_pahlavi"], "1967-07-24", "Tehran", IP, H,
          "In lengthy discussion with Shah 24th, I conveyed President Johnson’s greetings and his anticipation of Shah’s forthcoming visit."),
        # The Shah's forthcoming Washington visit ("discussions at top levels" with the
        # President implied): planned, required false (the meeting with Johnson is implied).
        M(["mohammad_reza_pahlavi", "lyndon_johnson"], None, "Washington", IP, P,
          "In lengthy discussion with Shah 24th, I conveyed President Johnson’s greetings and his anticipation of Shah’s forthcoming visit.", False),
        # Not rows: "talking with 'those Senators'" (unnamed); the briefing by Mideast experts
        # (unnamed). Removed: at the end the cut-off sentence "Shah noted with keen
        # disappointment that Bill Warne's proposal ... major commer".
    ],
    roles=[],
)

A["test_18611_modi_rajapaksa_colombo"] = dict(
    actors={
        "narendra_modi": ["Narendra Modi", "Premier Modi", "Modi"],
        "mahinda_rajapaksa": ["Mahinda Rajapaksa", "President Rajapaksa", "Rajapaksa"],
        "gotabaya_rajapaksa": ["Gotabaya Rajapaksa"],
        "g_l_peiris": ["Prof. G.L. Peiris"],
        "ajit_doval": ["Ajit Kumar Doval"],
        "subrahmanyam_jaishankar": ["Subramanyam Jaishankar"],
        "taranjit_singh_sandhu": ["Tharanjit Singh Sandhu"],
        "ceylon_today": ["Ceylon Today"],
        "sri_lanka_podujana_peramuna": ["Sri Lanka Podujana Peramuna"],
        "intelligence_bureau": ["Indian Intelligence Bureau"],
    },
    meetings=[
        # The closed-door meeting at the Indian High Commission, Colombo 3: the day is not
        # written ("at 1 a.m.") -> null. The delegation members (G. Rajapaksa, Peiris; Doval,
        # Jaishankar, Sandhu) are attending members (no pair rows, as 93a's delegations).
        M(["narendra_modi", "mahinda_rajapaksa"], None, "Colombo", IP, H,
          "The invitation was extended to the former President at a closed door meeting with the visiting Indian Premier, which took place at the Indian High Commission premises, 44, Galle Road, Colombo 3."),
        # The invitation to India for a political dialogue: planned, no date -> required false.
        M(["narendra_modi", "mahinda_rajapaksa"], None, "India", IP, P,
          "Visiting Indian Prime Minister Narendra Modi has invited former President Mahinda Rajapaksa to India for a deep political dialogue.", False),
        # Not rows: Rajapaksa's and Gotabaya's telephone comments to Ceylon Today (media).
        # Removed: the byline "By Ravi Ladduwahetty" and, at the end, the cut-off "However, it".
    ],
    roles=[("Visiting Indian Prime Minister", "narendra_modi"),
           ("the former President", "mahinda_rajapaksa"),
           ("the visiting Indian Premier", "narendra_modi"),
           ("former Defence Secretary", "gotabaya_rajapaksa"),
           ("Foreign Secretary", "subrahmanyam_jaishankar")],
)

A["dev_18612_indian_delegation_rajapaksa"] = dict(
    actors={
        "manmohan_singh": ["Dr. Manmohan Singh", "Manmohan Singh"],
        "mahinda_rajapaksa": ["President Mahinda Rajapaksa", "Mahinda Rajapaksa"],
        "rajiv_gandhi": ["Rajiv Gandhi"],
        "shivshankar_menon": ["Shivshankar Menon"],
        "nirupama_rao": ["Nirupama Rao"],
        "pradeep_kumar": ["Pradeep Kumar"],
        "gotabaya_rajapaksa": ["Gotabhaya Rajapaksa"],
        "lalith_weeratunga": ["Lalith Weeratunga"],
        "g_l_peiris": ["Prof. G.L. Peiris"],
        "prasad_kariyawasam": ["Prasad Kariyawasam"],
        "birendra_yadav": ["Birendra Yadav"],
        "bandula_jayasekera": ["Bandula Jayasekera"],
        "sunday_observer": ["Sunday Observer"],
        "saarc": ["SAARC"],
    },
    meetings=[
        # "yesterday morning" = 2011-06-11; President's House (no city written; the visit is
        # to Sri Lanka) -> "Sri Lanka". The delegation is headed by Menon: Menon rows required,
        # Rao and Kumar (listed members) required false.
        M(["shivshankar_menon", "mahinda_rajapaksa"], "2011-06-11", "Sri Lanka", IP, H,
          "The visiting Indian delegation headed by National Security Advisor Shivshankar Menon handed over a letter of acceptance by the Indian Prime Minister yesterday morning when they paid a courtesy call on President Mahinda Rajapaksa at President’s House, Presidential Media Director General Bandula Jayasekera said."),
        M(["nirupama_rao", "mahinda_rajapaksa"], "2011-06-11", "Sri Lanka", IP, H,
          "The visiting Indian delegation headed by National Security Advisor Shivshankar Menon handed over a letter of acceptance by the Indian Prime Minister yesterday morning when they paid a courtesy call on President Mahinda Rajapaksa at President’s House, Presidential Media Director General Bandula Jayasekera said.", False),
        M(["pradeep_kumar", "mahinda_rajapaksa"], "2011-06-11", "Sri Lanka", IP, H,
          "The visiting Indian delegation headed by National Security Advisor Shivshankar Menon handed over a letter of acceptance by the Indian Prime Minister yesterday morning when they paid a courtesy call on President Mahinda Rajapaksa at President’s House, Presidential Media Director General Bandula Jayasekera said.", False),
        # The joint meeting with G. Rajapaksa and Weeratunga, then the call on Peiris (same
        # day): cross pairs, Menon's required, Rao's and Kumar's required false; no pairs within
        # a side.
        M(["shivshankar_menon", "gotabaya_rajapaksa"], "2011-06-11", "Sri Lanka", IP, H,
          "They held discussions at a joint meeting with the Defence Secretary Gotabhaya Rajapaksa and President’s Secretary Lalith Weeratunga yesterday before calling upon External Affairs Minister Prof. G.L. Peiris."),
        M(["shivshankar_menon", "lalith_weeratunga"], "2011-06-11", "Sri Lanka", IP, H,
          "They held discussions at a joint meeting with the Defence Secretary Gotabhaya Rajapaksa and President’s Secretary Lalith Weeratunga yesterday before calling upon External Affairs Minister Prof. G.L. Peiris."),
        M(["shivshankar_menon", "g_l_peiris"], "2011-06-11", "Sri Lanka", IP, H,
          "They held discussions at a joint meeting with the Defence Secretary Gotabhaya Rajapaksa and President’s Secretary Lalith Weeratunga yesterday before calling upon External Affairs Minister Prof. G.L. Peiris."),
        M(["nirupama_rao", "gotabaya_rajapaksa"], "2011-06-11", "Sri Lanka", IP, H,
          "They held discussions at a joint meeting with the Defence Secretary Gotabhaya Rajapaksa and President’s Secretary Lalith Weeratunga yesterday before calling upon External Affairs Minister Prof. G.L. Peiris.", False),
        M(["nirupama_rao", "lalith_weeratunga"], "2011-06-11", "Sri Lanka", IP, H,
          "They held discussions at a joint meeting with the Defence Secretary Gotabhaya Rajapaksa and President’s Secretary Lalith Weeratunga yesterday before calling upon External Affairs Minister Prof. G.L. Peiris.", False),
        M(["nirupama_rao", "g_l_peiris"], "2011-06-11", "Sri Lanka", IP, H,
          "They held discussions at a joint meeting with the Defence Secretary Gotabhaya Rajapaksa and President’s Secretary Lalith Weeratunga yesterday before calling upon External Affairs Minister Prof. G.L. Peiris.", False),
        M(["pradeep_kumar", "gotabaya_rajapaksa"], "2011-06-11", "Sri Lanka", IP, H,
          "They held discussions at a joint meeting with the Defence Secretary Gotabhaya Rajapaksa and President’s Secretary Lalith Weeratunga yesterday before calling upon External Affairs Minister Prof. G.L. Peiris.", False),
        M(["pradeep_kumar", "lalith_weeratunga"], "2011-06-11", "Sri Lanka", IP, H,
          "They held discussions at a joint meeting with the Defence Secretary Gotabhaya Rajapaksa and President’s Secretary Lalith Weeratunga yesterday before calling upon External Affairs Minister Prof. G.L. Peiris.", False),
        M(["pradeep_kumar", "g_l_peiris"], "2011-06-11", "Sri Lanka", IP, H,
          "They held discussions at a joint meeting with the Defence Secretary Gotabhaya Rajapaksa and President’s Secretary Lalith Weeratunga yesterday before calling upon External Affairs Minister Prof. G.L. Peiris.", False),
        # Singh's State visit on Rajapaksa's invitation: planned, no date ("did not specify a
        # timeframe") -> required false (a visit to a country with a named host).
        M(["manmohan_singh", "mahinda_rajapaksa"], None, "Sri Lanka", IP, P,
          "Indian Prime Minister Dr. Manmohan Singh is to make an official State visit to Sri Lanka on an invitation by Sri Lankan President Mahinda Rajapaksa.", False),
        # Not rows: Rajiv Gandhi's 1987 visit and Singh's 2008 SAARC visit (no named
        # counterpart; a multilateral summit); Kariyawasam "associated in the meetings" (role
        # unclear); Yadav's confirmation (press). Removed: the byline "by Manjula FERNANDO" and,
        # at the end, the cut-off "Commenting on a poli".
    ],
    roles=[("Indian Prime Minister", "manmohan_singh"),
           ("Sri Lankan President", "mahinda_rajapaksa"),
           ("the Indian Prime Minister", "manmohan_singh"),
           ("Foreign Secretary", "nirupama_rao"),
           ("Defence Secretary", "pradeep_kumar"),
           ("External Affairs Minister", "g_l_peiris")],
)
