"""Accuracy corpus, batch 89b: 12 new articles about meetings between political actors, all
published in EVEN years (another helper takes batch 89a), from the 1950s to the 2020s (1950s:
one (1956), 1960s: two (1968, 1968), 1970s: three (1972, 1976, 1976), 1980s: one (1986), 1990s:
one (1998), 2000s: two (2004, 2008), 2010s: one (2010), 2020s: one (2020); eight of the twelve
from before 2000), over the regions (Western Europe: two; Eastern Europe/Russia: two; Africa,
Latin America, Southeast Asia, East Asia, Oceania, Middle East, South Asia, Central
Asia/Caucasus: one each; no North America page was taken).
Outlets/sites: Papers Past (The Press, Christchurch, 1956, 1968 and 1972; NZPA/Reuter cables),
Wilson Center Digital Archive (minutes of the Tito-Nasser talks, 1968), a US embassy cable
(WikiLeaks PlusD, 1976), the German Federal Foreign Office (a press release, 2010), the
Argentine Foreign Ministry (a press release, 2020), the Australian DFAT historical documents
(an ambassador's cablegram, 1976), ABC 7.30 (a TV transcript, 2008), JTA (1986), Rediff (1998)
and RIA Novosti (sputniknews.com, 2004).
Text kinds: five news stories (17701, 17703, 17708, 17710, 17711), one wire story (17712), two
diplomatic cables (17704, 17707), minutes of talks (17702), two official releases (17705,
17706) and one TV transcript (17709). All twelve texts are in English.
The pages are new to the corpus (URLs and slugs/ids grepped in sources.csv, corpus/metadata.csv
and the batch files, batch_89a excluded).
Collected with the `search` tool (corpus `pages`) and annotated from the texts alone, BEFORE the
package was run on them (the package has not been run, imported or read for this batch).
Conventions: ANNOTATION.md and /work/shared/ANNOTATION-GUIDE.md. Notes: batch_89b_NOTES.md.

Split rule (fixed before annotating, as given in the brief for this batch, the same as batches
5a-88b): the articles are numbered 1..12 in the order they were first found in this session's
search results (the query in which each first appeared, then its rank in that query), after
skipping pages already in the corpus and pages not taken; positions 3, 7 and 11 are test, all
others dev. Ids: `dev_177NN_<slug>` / `test_177NN_<slug>`, NN = collection position (01..12).

M(participants, date, place, kind, status, evidence, required=True)
Evidence is the verbatim sentence (line breaks inside it replaced by single spaces).
Aliases are written as they stand in the text (typos and capitals included).
"""


from annotations import H, IP, M, P, PH, VID  # noqa: F401 (the same row helpers)

# (article_id, region, decade, outlet, url, published)
ARTICLES = [
    # The Papers Past id CHP19561226 = The Press, 26 December 1956 (a Wednesday, checked); the
    # dateline "LONDON, December 24" (a Monday) and "today" = 1956-12-24.
    ("dev_17701_nehru_eden_chequers", "Western Europe", "1950s", "The Press (Christchurch), via Papers Past", "https://paperspast.natlib.govt.nz/newspapers/CHP19561226.2.95", "1956-12-26"),
    # The document's own date "July 11, 1968" (a Thursday, checked) and "in Brioni, July 11th,
    # 1968": the minutes' date (the archive page has no date of its own); "Yesterday" =
    # 1968-07-10.
    ("dev_17702_tito_nasser_brioni_minutes", "Eastern Europe/Russia", "1960s", "Wilson Center Digital Archive (minutes, Tito Presidential Archives; English translation)", "https://digitalarchive.wilsoncenter.org/document/minutes-conversation-between-yugoslav-president-josip-broz-tito-and-uar-president-gamal", "1968-07-11"),
    # The Papers Past id CHP19680708 = The Press, 8 July 1968 (a Monday, checked); the dateline
    # "MOSCOW, July 7" (a Sunday) and "yesterday" = 1968-07-06 (a Saturday).
    ("test_17703_nasser_brezhnev_kosygin_moscow", "Eastern Europe/Russia", "1960s", "The Press (Christchurch), via Papers Past (N.Z.P.A.-Reuter)", "https://paperspast.natlib.govt.nz/newspapers/CHP19680708.2.108", "1968-07-08"),
    # The cable's date-time group "R 021414Z NOV 76" = 1976-11-02 (a Tuesday, checked); the
    # meeting's own day is not given.
    ("dev_17704_waiyaki_nairobi_cable", "Africa", "1970s", "US Embassy Nairobi cable 1976NAIROB12040 (WikiLeaks PlusD, search.wikileaks.org)", "https://search.wikileaks.org/plusd/cables/1976NAIROB12040_b.html", "1976-11-02"),
    # The release's "06.03.2010 - Press release" and "today (6 March)" = 2010-03-06 (a Saturday,
    # checked; the URL id 100306 agrees).
    ("dev_17705_westerwelle_clinton_phone", "Western Europe", "2010s", "German Federal Foreign Office (auswaertiges-amt.de; press release)", "https://www.auswaertiges-amt.de/en/newsroom/news/100306-telefonat-bm-clinton/234466", "2010-03-06"),
    # The release's "Monday, 08 June 2020" (a Monday, checked): "Today" = 2020-06-08.
    ("dev_17706_sola_pompeo_teleconference", "Latin America", "2020s", "Argentine Ministry of Foreign Affairs (cancilleria.gob.ar; press release)", "https://cancilleria.gob.ar/en/announcements/news/foreign-minister-solas-call-secretary-pompeo", "2020-06-08"),
    # The cablegram's "Jakarta, 3 July 1976" (a Saturday, checked): "this morning" = 1976-07-03.
    ("test_17707_woolcott_soeharto_jakarta_cable", "Southeast Asia", "1970s", "Australian DFAT, Documents on Australian Foreign Policy vol. 23 (doc. 478, cablegram from the Jakarta embassy)", "http://dfat.gov.au/publications/historical/volume-23/478-Cablegram-to-Canberra.html", "1976-07-03"),
    # The Papers Past id CHP19720223 = The Press, 23 February 1972 (a Wednesday, checked); the
    # dateline "PEKING, February 22" (a Tuesday): "today" = 1972-02-22, "yesterday" / "last
    # night" / "the first day of the visit" = 1972-02-21.
    ("dev_17708_nixon_chou_peking_talks", "East Asia", "1970s", "The Press (Christchurch), via Papers Past (N.Z.P.A.-Reuter)", "https://paperspast.natlib.govt.nz/newspapers/CHP19720223.2.4", "1972-02-23"),
    # The transcript's "Broadcast: 13/11/2008" (a Thursday, checked) and the URL's /2008/; the
    # weekend summit (15-16 November) is not pinned to a day in the text.
    ("dev_17709_rudd_bush_g20_phone", "Oceania", "2000s", "ABC 7.30 Report (abc.net.au; TV transcript)", "http://www.abc.net.au/7.30/content/2008/s2419189.htm", "2008-11-13"),
    # The URL (/1986/09/12/) gives 1986-09-12 (a Friday, checked): "Thursday" = 1986-09-11,
    # "Wednesday" = 1986-09-10.
    ("dev_17710_peres_mubarak_alexandria_summit", "Middle East", "1980s", "JTA (Jewish Telegraphic Agency archive)", "https://www.jta.org/1986/09/12/archive/peres-and-mubarak-hold-summit-meeting", "1986-09-12"),
    # The page's date line "June 30, 1998" (a Tuesday, checked) and the URL (/1998/jun/30...).
    ("test_17711_vajpayee_sharief_colombo_plan", "South Asia", "1990s", "Rediff On The Net (rediff.com)", "http://sports.rediff.com/news/1998/jun/30bomb5.htm", "1998-06-30"),
    # The URL (/20040417/) and the dateline "TASHKENT, April 17" = 2004-04-17 (a Saturday,
    # checked); the Moscow meeting's day is not given.
    ("dev_17712_karimov_putin_moscow_safayev", "Central Asia/Caucasus", "2000s", "RIA Novosti (sputniknews.com)", "https://sputniknews.com/20040417/39914366.html", "2004-04-17"),
]

A = {}

A["dev_17701_nehru_eden_chequers"] = dict(
    actors={
        # New key.
        "anthony_eden": ["Sir Anthony Eden"],
        "jawaharlal_nehru": ["Mr Nehru"],
        "dwight_eisenhower": ["President Eisenhower"],
        # New key.
        "vijaya_lakshmi_pandit": ["Mrs Vijayalakshmi Pandit"],
        "louis_mountbatten": ["Earl Mountbatten"],
    },
    meetings=[
        # "today spent three hours at Chequers discussing international problems" -> held,
        # 1956-12-24 (dateline's day), place Chequers (as in earlier batches).
        M(["anthony_eden", "jawaharlal_nehru"], "1956-12-24", "Chequers", IP, H,
          "Sir Anthony Eden and the Prime Minister of India (Mr Nehru) today spent three hours at Chequers discussing international problems, including the aftermath of the AngloFrench armed intervention in EgyptAn authoritative source said afterwards that their discussion was in the nature of a general review, but the Middle East and Hungarian crises were much to the fore in the talks."),
        # Nehru's earlier "talks with President Eisenhower" in Washington -> held, date null
        # (not given), place Washington.
        M(["jawaharlal_nehru", "dwight_eisenhower"], None, "Washington", IP, H,
          "Mr Nehru arrived in Britain today on his return from Washington for talks with President Eisenhower and a visit to the Canadian Government at Ottawa."),
        # The lunch with "the Prime Minister" (Eden) is part of the Chequers day (the same
        # meeting for Nehru-Eden); Mrs Pandit's presence -> her two pair rows, **required
        # false** (she accompanies Nehru). Place Chequers (the lunch's place is not stated
        # separately; the Chequers day).
        M(["vijaya_lakshmi_pandit", "anthony_eden"], "1956-12-24", "Chequers", IP, H,
          "Mr Nehru, and his sister, Mrs Vijayalakshmi Pandit, India’s High Commissioner in London, had lunch with the Prime Minister, and then drove to Romsey, Hampshire, to spend Christmas as guests of Admiral of the Fleet Earl Mountbatten, First Sea Lord and last Viceroy of India, at his country home, Broadlands.", False),
        M(["jawaharlal_nehru", "vijaya_lakshmi_pandit"], "1956-12-24", "Chequers", IP, H,
          "Mr Nehru, and his sister, Mrs Vijayalakshmi Pandit, India’s High Commissioner in London, had lunch with the Prime Minister, and then drove to Romsey, Hampshire, to spend Christmas as guests of Admiral of the Fleet Earl Mountbatten, First Sea Lord and last Viceroy of India, at his country home, Broadlands.", False),
        # Not rows: "a visit to the Canadian Government at Ottawa" (a government, no person);
        # the Christmas stay as guests of Earl Mountbatten (a private family stay of a retired
        # viceroy / First Sea Lord, not a political talk; a reviewer could add it, planned,
        # Romsey). Removed: the Papers Past banner ("Thank you for correcting ...", the
        # "Article image" lines) and, at the end, the sub-heading "Impact in America" with the
        # cut-off sentence "A Reuter correspondent who reported Mr Nehru's tour ... point of vi".
    ],
    roles=[("the Prime Minister of India", "jawaharlal_nehru"),
           ("the Prime Minister", "anthony_eden"),
           ("his sister", "vijaya_lakshmi_pandit"),
           ("India’s High Commissioner in London", "vijaya_lakshmi_pandit")],
)

A["dev_17702_tito_nasser_brioni_minutes"] = dict(
    actors={
        "josip_broz_tito": ["Josip Broz Tito", "President Tito"],
        "gamal_abdel_nasser": ["Gamal Abdel Nasser", "President Nasser"],
        # New keys (delegation members named in the minutes).
        "edvard_kardelj": ["Edvard Kardelj"],
        "mika_spiljak": ["Mika ?pilja"],
        "vladimir_bakaric": ["Vladimir Bakaric"],
        "vladimir_popovic": ["Vladimir Popovic"],
        "ali_sukrija": ["Ali ?ukrija"],
        "marko_nikezic": ["Marko Nikezic"],
        "salko_fejic": ["Salko Fejic"],
        "danilo_lekic": ["Danilo Lekic"],
        "dragomir_petrovic": ["Dragomir Petrovic"],
        "anwar_sadat": ["Anwar El Sadat"],
        "mahmoud_riad": ["Mahmoud Riad"],
        "hamdi_abuzeid": ["Hamdi M. Abuzeid"],
        "un_security_council": ["Security Council"],
    },
    meetings=[
        # The talks of 11 July 1968 in Brioni -> held, 1968-07-11, place Brijuni (the title's
        # "Brijuni, Croatia"; the body writes "Brioni"). Only the two presidents are rows: the
        # delegation members listed as "participating in the talks" are aides/officials at a
        # delegation session (91 pair rows would swamp the article); a reviewer could add
        # pair rows for them.
        M(["josip_broz_tito", "gamal_abdel_nasser"], "1968-07-11", "Brijuni", IP, H,
          "About the talks of the President of the Socialist Federal Republic of Yugoslavia Josip Broz Tito and the President of the United Arab Republic Gamal Abdel Nasser in Brioni, July 11th, 1968."),
        # "in the afternoon we could continue the talks on Vanga" -> the continuation the same
        # day, proposed ("could") -> planned, 1968-07-11, place Vanga, **required false** (a
        # continuation of the same talks).
        M(["josip_broz_tito", "gamal_abdel_nasser"], "1968-07-11", "Vanga", IP, P,
          "President Tito: I think that President Nasser could present first in a general sense his views on the current situation, and in the afternoon we could continue the talks on Vanga and consider some other details, and we would also then give information on our activities.", False),
        # "Yesterday you said that this is our twentieth meeting" -> an encounter the day before
        # (1968-07-10) where Tito told Nasser so -> held, place null, **required false**
        # (implied). "our twentieth meeting" itself is a count, not a row.
        M(["josip_broz_tito", "gamal_abdel_nasser"], "1968-07-10", None, IP, H,
          "Yesterday you said that this is our twentieth meeting, and that I think is very rare among heads of states.", False),
        # Removed: "Skip to content", an HTML "<br />" line and, at the end, the cut-off "O".
        # The "[end page]" marker and the "?" of the transliteration ("Mika ?pilja", "Ali
        # ?ukrija") are kept as in the page.
    ],
    roles=[("Yugoslav President", "josip_broz_tito"),
           ("UAR President", "gamal_abdel_nasser"),
           ("the President of the Socialist Federal Republic of Yugoslavia", "josip_broz_tito"),
           ("the President of the United Arab Republic", "gamal_abdel_nasser"),
           ("the President of the National Assembly", "anwar_sadat"),
           ("Minister of Foreign Affairs", "mahmoud_riad"),
           ("the Ambassador of the United Arab Republic in Belgrade", "hamdi_abuzeid")],
)

A["test_17703_nasser_brezhnev_kosygin_moscow"] = dict(
    actors={
        "gamal_abdel_nasser": ["President Nasser"],
        "leonid_brezhnev": ["Mr Leonid Brezhnev", "Leonid Brezhnev"],
        "alexei_kosygin": ["Mr Alexei Kosygin", "Alexei Kosygin"],
        "nikolai_podgorny": ["President Nikolai Podgorny", "Nikolai Podgorny"],
        "kremlin": ["Kremlin"],
        "reuters": ["Reuter"],
        "un_security_council": ["United Nations Security Council"],
    },
    meetings=[
        # "In his third and final round of talks yesterday, the Egyptian leader met ...
        # Brezhnev ..., Kosygin ..., and ... Podgorny" -> a meeting of four named people ->
        # one row per pair (6), held, 1968-07-06 ("yesterday" from the dateline July 7), place
        # Moscow ("the Kremlin meeting"). The three Soviet-Soviet pairs follow the guide's
        # pair rule (all four in one meeting).
        M(["gamal_abdel_nasser", "leonid_brezhnev"], "1968-07-06", "Moscow", IP, H,
          "In his third and final round of talks yesterday, the Egyptian leader met the Soviet Communist party General Secretary (Mr Leonid Brezhnev), the Prime Minister (Mr Alexei Kosygin), and President Nikolai Podgorny."),
        M(["gamal_abdel_nasser", "alexei_kosygin"], "1968-07-06", "Moscow", IP, H,
          "In his third and final round of talks yesterday, the Egyptian leader met the Soviet Communist party General Secretary (Mr Leonid Brezhnev), the Prime Minister (Mr Alexei Kosygin), and President Nikolai Podgorny."),
        M(["gamal_abdel_nasser", "nikolai_podgorny"], "1968-07-06", "Moscow", IP, H,
          "In his third and final round of talks yesterday, the Egyptian leader met the Soviet Communist party General Secretary (Mr Leonid Brezhnev), the Prime Minister (Mr Alexei Kosygin), and President Nikolai Podgorny."),
        M(["leonid_brezhnev", "alexei_kosygin"], "1968-07-06", "Moscow", IP, H,
          "In his third and final round of talks yesterday, the Egyptian leader met the Soviet Communist party General Secretary (Mr Leonid Brezhnev), the Prime Minister (Mr Alexei Kosygin), and President Nikolai Podgorny."),
        M(["leonid_brezhnev", "nikolai_podgorny"], "1968-07-06", "Moscow", IP, H,
          "In his third and final round of talks yesterday, the Egyptian leader met the Soviet Communist party General Secretary (Mr Leonid Brezhnev), the Prime Minister (Mr Alexei Kosygin), and President Nikolai Podgorny."),
        M(["alexei_kosygin", "nikolai_podgorny"], "1968-07-06", "Moscow", IP, H,
          "In his third and final round of talks yesterday, the Egyptian leader met the Soviet Communist party General Secretary (Mr Leonid Brezhnev), the Prime Minister (Mr Alexei Kosygin), and President Nikolai Podgorny."),
        # Not rows: "has ended his talks with Soviet leaders" (the same series, unnamed
        # counterparts for the first two rounds); "no further meetings scheduled" (none
        # planned); the luncheon (a speech). Removed: the Papers Past banner and, at the end,
        # the cut-off quotation "“However, we agreed with it, being".
    ],
    roles=[("the Egyptian leader", "gamal_abdel_nasser"),
           ("the Soviet Communist party General Secretary", "leonid_brezhnev"),
           ("the Prime Minister", "alexei_kosygin")],
)

A["dev_17704_waiyaki_nairobi_cable"] = dict(
    actors={
        "munyua_waiyaki": ["WAIYAKI"],
        "henry_kissinger": ["SECRETARY KISSINGER", "KISSINGER"],
        "james_callaghan": ["CALLAGHAN"],
        "jomo_kenyatta": ["PRESIDENT KENYATTA"],
        # New key.
        "daily_nation": ["NATION"],
    },
    meetings=[
        # "MEETING ON OTHER SUBJECTS ... WITH KENYAN FOREIGN MINISTER WAIYAKI WAS FOLLOWED BY MY
        # MEETING ALONE WITH HIM" -> the (unnamed) US ambassador -> one-party row, held; the
        # day is not given (the cable is of 2 November 1976) -> null; place Nairobi (the
        # sending embassy's city, as the 88b cable; not stated for the meeting). The two
        # sessions are one encounter -> one row.
        M(["munyua_waiyaki"], None, "Nairobi", IP, H,
          "1. MEETING ON OTHER SUBJECTS (REPORTED SEPTELS) WITH KENYAN FOREIGN MINISTER WAIYAKI WAS FOLLOWED BY MY MEETING ALONE WITH HIM FOR NEARLY ONE HOUR."),
        # "FRIENDLY OCTOBER 8 MEETING WITH SECRETARY KISSINGER IN U.S." -> held, 1976-10-08
        # (the year from the cable), place United States (country; no city).
        M(["munyua_waiyaki", "henry_kissinger"], "1976-10-08", "United States", IP, H,
          "I OBSERVED THAT AFTER FRIENDLY OCTOBER 8 MEETING WITH SECRETARY KISSINGER IN U.S., WAIYAKI - IN AIRPORT ARRIVAL STATEMENT IN NAIROBI ON OCTOBER 22 WAS REPORTED IN PRESS (NATION) AS HAVING \"SOUNDED A WARNING OVER THE MOTIVES OF KISSINGER,\" AND QUOTED WAIYAKI AS HAVING SAID, \"I DO NOT WANT TO JUDGE THE SINCERITY OF KISSINGER'S EFFORTS IN SOUTH- ERN AFRICA."),
        # Not rows: Waiyaki "HAD THOUGHT AT TIME OF TELEPHONING ME ... AND REGRETTED HE HAD
        # NOT" (a call not made); the airport arrival statement (a press statement). Removed:
        # at the end, the cut-off quotation "\"ALTHOUGH I DON'T WRITE MOST OF MY SPEECHES -- MY
        # STAFF DOES, IN CLOSE COORDINATION WITH THE PRESIDENT'S OFFICE (MINISTER KOINANGE,".
        # The cable headers (incl. the page-2 header) are kept.
    ],
    roles=[("KENYAN FOREIGN MINISTER", "munyua_waiyaki"),
           ("PRIME MINISTER", "james_callaghan")],
)

A["dev_17705_westerwelle_clinton_phone"] = dict(
    actors={
        # New key.
        "guido_westerwelle": ["Guido Westerwelle", "Westerwelle"],
        "hillary_clinton": ["Hillary Clinton", "Clinton"],
        "un_security_council": ["Security Council"],
    },
    meetings=[
        # "today (6 March) phoned his American opposite number" -> held, phone, 2010-03-06,
        # place null (neither side's city is given). The later sentences describe the same
        # call.
        M(["guido_westerwelle", "hillary_clinton"], "2010-03-06", None, PH, H,
          "Federal Foreign Minister Guido Westerwelle today (6 March) phoned his American opposite number, Hillary Clinton."),
        # Not rows: Clinton's "visit just a few days ago to the region in Chile hit by the
        # earthquake" and Westerwelle's trip to four countries (no named hosts). Removed: at
        # the end, "Related content" and "Top of page".
    ],
    roles=[("Federal Foreign Minister", "guido_westerwelle"),
           ("his American opposite number", "hillary_clinton")],
)

A["dev_17706_sola_pompeo_teleconference"] = dict(
    actors={
        "felipe_sola": ["Felipe Solá", "Solá"],
        "mike_pompeo": ["Secretary Pompeo", "Michael Pompeo"],
        # New key.
        "trump_administration": ["Trump Administration"],
    },
    meetings=[
        # "Today ... in Olivos, Foreign Minister Felipe Solá spoke via teleconference with U.S.
        # Secretary of State Michael Pompeo" -> held, video, 2020-06-08, place Olivos (Solá's
        # side; the only place given). The headline's "call" is the same teleconference.
        M(["felipe_sola", "mike_pompeo"], "2020-06-08", "Olivos", VID, H,
          "Today at the Presidential Residence in Olivos, Foreign Minister Felipe Solá spoke via teleconference with U.S. Secretary of State Michael Pompeo, and they addressed the bilateral relationship between both countries and the new challenges posed by the COVID-19 pandemic, which call for the strengthening of joint work, exchanges and cooperation."),
        # Removed: the breadcrumb "Home / Announcements / News" and, at the end, the Spanish
        # label "Comunicado de Prensa". The empty "Information for the Press N°:" line is kept.
    ],
    roles=[("Foreign Minister", "felipe_sola"),
           ("the Argentine Foreign Minister", "felipe_sola"),
           ("U.S. Secretary of State", "mike_pompeo")],
)

A["test_17707_woolcott_soeharto_jakarta_cable"] = dict(
    actors={
        "richard_woolcott": ["Woolcott"],
        "soeharto": ["President Soeharto"],
        # New key.
        "alan_renouf": ["Renouf"],
        "asean": ["ASEAN"],
    },
    meetings=[
        # "For Renouf from Woolcott / I called on the President this morning." -> Woolcott
        # (the writer) - Soeharto, held, 1976-07-03 (the cable's date), place Jakarta.
        M(["richard_woolcott", "soeharto"], "1976-07-03", "Jakarta", IP, H,
          "I called on the President this morning."),
        # Not rows: "the Prime Minister in discussing the Asian region had told the Chinese"
        # (the Australian PM and the Chinese side are unnamed in the text); the Prime
        # Minister's message handed over (a message). Removed: at the end, the cut-off
        # sentence "It was synonymous with the word 'government' whic". Footnote numbers
        # ("message1", "messages.2") are kept as printed.
    ],
    roles=[("the President", "soeharto")],
)

A["dev_17708_nixon_chou_peking_talks"] = dict(
    actors={
        "richard_nixon": ["President Nixon", "Mr Nixon"],
        "zhou_enlai": ["Chou En-lai", "Chou"],
        "pat_nixon": ["Pat", "Mrs Nixon"],
        "mao_zedong": ["Chairman Mao Tse-tung", "Mao Tse-tung"],
        "reuters": ["Reuter"],
        "white_house": ["White House"],
    },
    meetings=[
        # "began a second round of talks in Peking today" -> held, 1972-02-22, Peking.
        M(["richard_nixon", "zhou_enlai"], "1972-02-22", "Peking", IP, H,
          "President Nixon and the Prime Minister (Chou En-lai) began a second round of talks in Peking today on the issues that sharply divide the United States and China."),
        # "The talks, which were initiated yesterday" -> the first round, held, 1972-02-21,
        # Peking.
        M(["richard_nixon", "zhou_enlai"], "1972-02-21", "Peking", IP, H,
          "The talks, which were initiated yesterday, got under way in Peking’s Great Hall of the People."),
        # The banquet "last night" (1972-02-21) given by China's leaders, Chou toasting/serving
        # -> Nixon-Chou at the banquet, held, **required false** (same day as the first round;
        # a reviewer could merge); Chou - Mrs Nixon at the banquet -> **required false**
        # (the President's wife).
        M(["richard_nixon", "zhou_enlai"], "1972-02-21", "Peking", IP, H,
          "The President went into to- day's discussions after urging China’s leaders at a banquet last night to join the United States in bridging the gulf between the two nations.", False),
        M(["zhou_enlai", "pat_nixon"], "1972-02-21", "Peking", IP, H,
          "At the banquet last night Chou, according to Chinese custom, selected choice pieces of food for Mrs Nixon.", False),
        # "for the first day of the visit, Mr Nixon met ... Chairman Mao Tse-tung" -> held,
        # 1972-02-21, Peking.
        M(["richard_nixon", "mao_zedong"], "1972-02-21", "Peking", IP, H,
          "In an unexpected move for the first day of the visit, Mr Nixon met 78-year-old Chairman Mao Tse-tung for discussions described as serious and frank."),
        # Not rows: Pat Nixon's visit to the hotel kitchens (chefs unnamed); the airport
        # welcome (unnamed hosts). The evidence "to- day's" keeps the page's hyphenation across
        # the paragraph break (the break replaced by a single space). Removed: the Papers Past
        # banner and, at the end, the cut-off sentence "In Communist terminology this might
        # mean that they".
    ],
    roles=[("the Prime Minister", "zhou_enlai"),
           ("His wife", "pat_nixon"),
           ("The President", "richard_nixon")],
)

A["dev_17709_rudd_bush_g20_phone"] = dict(
    actors={
        "kevin_rudd": ["Prime Minister Kevin Rudd", "Kevin Rudd"],
        "george_w_bush": ["George W Bush", "President Bush", "Bush"],
        "malcolm_turnbull": ["Malcolm Turnball"],
        "julia_gillard": ["Julia Gillard"],
        "barack_obama": ["Barack Obama"],
        "gordon_brown": ["Gordon Brown"],
        "stephen_harper": ["Stephen Harper"],
        "g20": ["G20"],
    },
    meetings=[
        # "preparing to meet with G20 leaders at this weekendís summit in Washington, including
        # outgoing US President George W Bush" -> planned, Rudd-Bush, place Washington, date
        # null (the weekend, two days; the day is not pinned). The later "when he meets US
        # President Bush at weekend G20 leaders' summit" is the same planned meeting.
        M(["kevin_rudd", "george_w_bush"], None, "Washington", IP, P,
          "Prime Minister Kevin Rudd is preparing to meet with G20 leaders at this weekendís summit in Washington, including outgoing US President George W Bush."),
        # "a recent phone call with President Bush" -> held, phone, date null (not given in
        # the text), place null.
        M(["kevin_rudd", "george_w_bush"], None, None, PH, H,
          "This week the Prime Minister has weathered allegations that he leaked the content of a recent phone call with President Bush."),
        # "bilateral phone calls with ... Gordon Brown, for instance, and Stephen Harper" ->
        # two held phone rows, dates null.
        M(["kevin_rudd", "gordon_brown"], None, None, PH, H,
          "He has, of course, already discussed some of them in bilateral phone calls with a few of the other leaders; Gordon Brown, for instance, and Stephen Harper the Prime Minister of Canada."),
        M(["kevin_rudd", "stephen_harper"], None, None, PH, H,
          "He has, of course, already discussed some of them in bilateral phone calls with a few of the other leaders; Gordon Brown, for instance, and Stephen Harper the Prime Minister of Canada."),
        # Not rows: Turnbull and Gillard in Parliament (a debate); Obama's remark (a quote).
        # The presenter (Kerry O'Brien) and the reporter (Michael Brissenden) are media staff,
        # not actors. Removed: at the end, the cut-off line "JAMES BIDGOOD, LABOR BACKBENCHER:
        # There's no question that Kevin Rudd was". Kept: the encoding artefact "weekendís",
        # "leaderís" and the typo "Turnball".
    ],
    roles=[("the Prime Minister", "kevin_rudd"),
           ("outgoing US President", "george_w_bush"),
           ("US President", "george_w_bush"),
           ("the President", "george_w_bush"),
           ("Coalition Leader", "malcolm_turnbull"),
           ("Acting Prime Minister", "julia_gillard"),
           ("the Prime Minister of Canada", "stephen_harper")],
)

A["dev_17710_peres_mubarak_alexandria_summit"] = dict(
    actors={
        "shimon_peres": ["Premier Shimon Peres", "Shimon Peres", "Peres"],
        "hosni_mubarak": ["President Hosni Mubarak", "Hosni Mubarak", "Mubarak"],
        # New key.
        "ali_lotfi": ["Ali Lofti"],
        "us_state_department": ["State Department"],
        "likud": ["Likud"],
    },
    meetings=[
        # "The long awaited summit meeting ... began in Alexandria Thursday" -> held,
        # 1986-09-11 (page 1986-09-12, a Friday), Alexandria. The "first working session with
        # Mubarak ... at 4 p.m." is the same meeting.
        M(["shimon_peres", "hosni_mubarak"], "1986-09-11", "Alexandria", IP, H,
          "The long awaited summit meeting between Premier Shimon Peres and President Hosni Mubarak of Egypt began in Alexandria Thursday."),
        # "received at the airport by Egyptian Premier Ali Lofti" -> held, 1986-09-11,
        # Alexandria (the airport of the arrival; Alexandria implied).
        M(["shimon_peres", "ali_lotfi"], "1986-09-11", "Alexandria", IP, H,
          "The Israeli leader was received at the airport by Egyptian Premier Ali Lofti and then flew by helicopter to the Ras el-Tine Palace for his first working session with Mubarak, which began at 4 p.m. local time."),
        # Not rows: the Inner Cabinet's special meeting (a cabinet session); the Taba accord
        # negotiations (delegations, unnamed); Peres talking to reporters. Removed: the site's
        # "Menu JTA Search", the repeated headline, "Download PDF for this date" and, at the
        # end, the cut-off "Deputy Premier and Forei".
    ],
    roles=[("The Israeli leader", "shimon_peres"),
           ("Egyptian Premier", "ali_lotfi")],
)

A["test_17711_vajpayee_sharief_colombo_plan"] = dict(
    actors={
        "atal_bihari_vajpayee": ["Atal Behari Vajpayee", "Vajpayee"],
        "nawaz_sharif": ["Nawaz Sharief", "Sharief"],
        "inder_kumar_gujral": ["Inder Kumar Gujral", "Gujral"],
        "saarc": ["South Asian Association of Regional Corporation", "SAARC"],
        "ministry_of_external_affairs_india": ["ministry of external affairs", "MEA"],
        # New key.
        "rediff": ["Rediff On The Net"],
    },
    meetings=[
        # "Vajpayee and Nawaz Sharief meet on the sidelines of the summit ... in Colombo from
        # July 29-31" -> planned, place Colombo, date null (a three-day range). "the
        # Vajpayee-Sharief meeting at the SAARC summit" and the headline's "colombo meet" are
        # the same meeting.
        M(["atal_bihari_vajpayee", "nawaz_sharif"], None, "Colombo", IP, P,
          "Secretary-level bilateral talks between India and Pakistan are expected to resume only after Prime Ministers Atal Behari Vajpayee and Nawaz Sharief meet on the sidelines of the summit of the South Asian Association of Regional Corporation in Colombo from July 29-31."),
        # "During the Male SAARC summit last year, ... Gujral and Sharief had given the go-ahead
        # to their foreign secretaries" -> a joint decision implying a Gujral-Sharief meeting
        # at Male (1997), held, date null, **required false** (the meeting is implied).
        M(["inder_kumar_gujral", "nawaz_sharif"], None, "Male", IP, H,
          "During the Male SAARC summit last year, the then Indian prime minister Inder Kumar Gujral and Sharief had given the go-ahead to their foreign secretaries to discuss and settle eight outstanding issues.", False),
        # Not rows: the foreign secretary level talks of March 1997 in New Delhi (the
        # secretaries are not named in the kept text); the interview with Rediff (a media
        # contact). Removed: the site's navigation ("Rediff Logo News Chat banner ...", the
        # section list "ELECTIONS '98 ... ARCHIVES", "E-Mail this report to a friend") and,
        # at the end, the cut-off sentence "The foreign secretaries - Salman Haider from India
        # and Shamshad Ahmed Khan from Pakistan -- then met again in June in Is".
    ],
    roles=[("the then Indian prime minister", "inder_kumar_gujral")],
)

A["dev_17712_karimov_putin_moscow_safayev"] = dict(
    actors={
        "vladimir_putin": ["Vladimir Putin"],
        "islam_karimov": ["Islam Karimov"],
        # New key.
        "sadyk_safayev": ["Sadyk Safayev", "Safayev"],
        "ria_novosti": ["RIA Novosti"],
        "shanghai_cooperation_organisation": ["Shanghai Cooperation Organization"],
    },
    meetings=[
        # "The meeting in Moscow of Russian and Uzbek presidents Vladimir Putin and Islam
        # Karimov" -> held, place Moscow, date null (the day of the visit is not given; the
        # story is of 17 April 2004).
        M(["vladimir_putin", "islam_karimov"], None, "Moscow", IP, H,
          "TASHKENT, April 17 (RIA Novosti's Valery Niyazmatov) - The meeting in Moscow of Russian and Uzbek presidents Vladimir Putin and Islam Karimov was deep and fruitful, Uzbek foreign minister Sadyk Safayev told RIA Novosti."),
        # "our presidents' last meeting in Samarkand" eight months earlier -> held, Samarkand,
        # date null; participants resolved from "our presidents" (Putin and Karimov).
        M(["vladimir_putin", "islam_karimov"], None, "Samarkand", IP, H,
          "\"Though only eight months have passed since our presidents' last meeting in Samarkand, which was very important for us, issues that demand assessment, analyzing and discussing have accumulated,\" the Uzbek foreign minister said."),
        # "the presidents agreed to hold a bilateral meeting as part of the forum of the
        # Shanghai Cooperation Organization in June 2004 in Tashkent" -> planned, Tashkent,
        # date null (month only).
        M(["vladimir_putin", "islam_karimov"], None, "Tashkent", IP, P,
          "In his words, the presidents agreed to hold a bilateral meeting as part of the forum of the Shanghai Cooperation Organization in June 2004 in Tashkent."),
        # Not rows: Safayev's statement to RIA Novosti (a media interview). The dateline with
        # the agency's byline "(RIA Novosti's Valery Niyazmatov)" is kept (it carries the
        # place and the day). Removed: "Subscribe" and, at the end, the site's "Newsfeed /
        # 0 / To participate in the discussion / log in or register / loader / Chats" block.
    ],
    roles=[("Uzbek foreign minister", "sadyk_safayev"),
           ("the Uzbek foreign minister", "sadyk_safayev"),
           ("the Uzbek president", "islam_karimov")],
)
