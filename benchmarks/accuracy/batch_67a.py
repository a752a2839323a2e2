"""Accuracy corpus, batch 67a: 12 new articles about meetings between political actors, all
published in ODD years (another helper takes even years as batch 67b), from the 1970s, 1980s,
1990s, 2000s and 2020s (1970s: one, 1980s: two, 1990s: two, 2000s: four, 2020s: three; five of the
twelve from before 2000, as the brief asked), over the eleven regions (Western Europe: two;
Central Asia/Caucasus, Middle East, Africa, Southeast Asia, Eastern Europe/Russia, Latin America,
North America, South Asia, East Asia, Oceania: one each).
Outlets/sites: JTA archive (jta.org), armenianclub.com (an A1+ item), The Christian Science Monitor
(csmonitor.com), PM Transcripts (pmtranscripts.pmc.gov.au; a joint press conference), AllAfrica (a
Botswana Daily News story), Ada Derana (adaderana.lk), AP News (apnews.com; a 1987 AP story), the
Media Awareness Project (mapinc.org; a Washington Post story), breuerpress.com (an Israeli Foreign
Ministry communique), china.org.cn (a China Daily story), CNN (cnn.com), Kuwait Times (a KUNA item).
The pages are new (grep of `sources.csv`, `corpus/metadata.csv` and the other batch files except
67b), and so are the meetings (see the notes for the checks).
Collected with the `search` tool (corpus `pages`) and annotated from the texts alone, BEFORE the
package was run on them (the package has not been run, imported or read for this batch).
Conventions: ANNOTATION.md and /work/shared/ANNOTATION-GUIDE.md. Notes: batch_67a_NOTES.md.

Split rule (fixed before annotating, as given in the brief for this batch, the same as batches
5a-66b): the articles are numbered 1..12 in the order they were first found in this session's
search results (the query in which each first appeared, then its rank in that query), after
skipping pages already in the corpus; positions 3, 7 and 11 are test, all others dev. Ids:
`dev_132NN_<slug>` / `test_132NN_<slug>`, NN = collection position (01..12).

M(participants, date, place, kind, status, evidence, required=True)
Evidence is the verbatim sentence (line breaks inside it replaced by single spaces).
Aliases are written as they stand in the text (typos and OCR slips included).
"""


from annotations import H, IP, M, P, PH, VID  # noqa: F401 (the same row helpers)

# (article_id, region, decade, outlet, url, published)
ARTICLES = [
    # No date on the stored page (the excerpt starts with the body); published None. Decade and
    # year by inference: the same visit ("three-day official visit", Apel, Bahr, Schmidt, Scheel,
    # Strauss) is the one the companion JTA page "allon-says-talks-with-german-leaders" (dated
    # March 3, 1975, seen in the same query) reports as ended; -> 1975 (odd), 1970s. All dates null.
    ("dev_13201_allon_schmidt_bonn", "Western Europe", "1970s", "Jewish Telegraphic Agency (jta.org archive)", "http://www.jta.org/archive/allon-confers-with-german-leaders", None),
    # The item's line "18 Mar 05" (A1+ web site; a Friday, checked); the URL has 2005/03/19. The
    # meeting has no day ("has received").
    ("dev_13202_oskanyan_chechelashvili_armenia", "Central Asia/Caucasus", "2000s", "armenianclub.com (an A1+ web site item)", "https://armenianclub.com/2005/03/19/armenian-georgian-ministers-discuss-development-of-ties", "2005-03-18"),
    # The URL's 1983/0613 (a Monday, checked); no date line in the text; the meetings have no day.
    ("test_13203_thach_siddhi_bangkok", "Southeast Asia", "1980s", "The Christian Science Monitor (csmonitor.com)", "https://csmonitor.com/layout/set/amphtml/1983/0613/061347.html", "1983-06-13"),
    # The transcript's line "17 February 1997" (a Monday, checked): "this morning" -> 1997-02-17.
    ("dev_13204_howard_bolger_wellington", "Oceania", "1990s", "PM Transcripts (pmtranscripts.pmc.gov.au; joint press conference transcript)", "https://pmtranscripts.pmc.gov.au/node/20958", "1997-02-17"),
    # The search tool's date field 2023-07-14 (removed with its " date ..." prefix); the story's
    # line "13 July 2023" (a Thursday); the meeting "July 13" is explicit -> 2023-07-13.
    ("dev_13205_masisi_matekane_gaborone", "Africa", "2020s", "AllAfrica (allafrica.com; a Botswana Daily News story)", "https://allafrica.com/stories/202307140389.html", "2023-07-14"),
    # The search tool's date field 2025-07-29 (a Tuesday, checked; removed with its prefix):
    # "today (29)" -> 2025-07-29.
    ("dev_13206_dissanayake_maldivian_ministers_kurumba", "South Asia", "2020s", "Ada Derana (adaderana.lk)", "http://www.adaderana.lk/news.php?nid=110980", "2025-07-29"),
    # The page's "August 19, 1987" (a Wednesday, checked): "Tuesday" -> 1987-08-18.
    ("test_13207_shamir_ceausescu_bucharest", "Eastern Europe/Russia", "1980s", "AP News (apnews.com; an AP story of 1987)", "https://www.apnews.com/133692245d35d190cd4f8c2d7734eb30", "1987-08-19"),
    # The header "Pubdate: Sat, 17 Feb 2001"; the dateline "SAN CRISTOBAL, Mexico, Feb. 16"
    # (a Friday, checked): "today" -> 2001-02-16.
    ("dev_13208_bush_fox_san_cristobal", "Latin America", "2000s", "Media Awareness Project (mapinc.org; a Washington Post story)", "http://www.mapinc.org/newscsdp/v01/n288/a01.html", "2001-02-17"),
    # The communique's "Jerusalem, December 2, 2003" (a Tuesday, checked) and "Dec 2, 2003"; the
    # URL has 2003/12/03 -> published 2003-12-02 from the text; the meeting 2003-12-02.
    ("dev_13209_shalom_muasher_naples", "Western Europe", "2000s", "breuerpress.com (Israeli Foreign Minister's Bureau communique)", "https://www.breuerpress.com/2003/12/03/fm-silvan-shalom-meets-with-jordanian-fm-muasher/", "2003-12-02"),
    # The closing line "(China Daily February 13, 2003)" (a Thursday, checked): "yesterday" ->
    # 2003-02-12.
    ("dev_13210_lee_hae_chan_qian_qichen_beijing", "East Asia", "2000s", "china.org.cn (a China Daily story)", "http://english.china.org.cn/english/2003/Feb/55730.htm", "2003-02-13"),
    # The page's "December 22, 1995" (a Friday, checked): "Friday" -> 1995-12-22, "Thursday" ->
    # 1995-12-21.
    ("test_13211_clinton_congress_leaders_budget_dec22", "North America", "1990s", "CNN (cnn.com)", "http://www.cnn.com/US/9512/budget/12-21/pm/index.html", "1995-12-22"),
    # The search tool's date field 2023-03-29 (a Wednesday, checked; removed with its prefix):
    # "on Tuesday" -> 2023-03-28.
    ("dev_13212_al_sabah_blinken_call", "Middle East", "2020s", "Kuwait Times (kuwaittimes.com; a KUNA item)", "https://www.kuwaittimes.com/fm-receives-call-from-us-secretary-of-state/", "2023-03-29"),
]

A = {}

_AL = ("He had private talks with Chancellor Helmut Schmidt, President Walter Scheel and Franz Josef Strauss, leader of the Christian Socialist Union, the Bavarian wing of the Christian Democratic Party.")
_AA = ("Allon, on the second day of his three-day official visit to West Germany, met with Finance Minister Hans Apel and the Minister for Economic Cooperation Egon Bahr, He had private talks with Chancellor Helmut Schmidt, President Walter Scheel and Franz Josef Strauss, leader of the Christian Socialist Union, the Bavarian wing of the Christian Democratic Party.")
A["dev_13201_allon_schmidt_bonn"] = dict(
    actors={
        "yigal_allon": ["Yigal Allon", "Allon"],
        "hans_dietrich_genscher": ["Hans-Dietrich Genscher", "Genscher"],
        "hans_apel": ["Hans Apel"],
        "egon_bahr": ["Egon Bahr"],
        "helmut_schmidt": ["Helmut Schmidt", "Schmidt"],
        "walter_scheel": ["Walter Scheel"],
        "franz_josef_strauss": ["Franz Josef Strauss"],
        "christian_social_union": ["Christian Socialist Union"],
        "christian_democratic_union": ["Christian Democratic Party"],
    },
    meetings=[
        # "... spent most of the day in conference with West German leaders." / "met with Finance
        # Minister Hans Apel and the Minister for Economic Cooperation Egon Bahr" (sentence ends
        # with a comma splice; the whole "sentence" up to the next full stop is the evidence) ->
        # two held rows, date null (no date in the text), place West Germany (no city named;
        # "his three-day official visit to West Germany"; see the notes).
        M(["yigal_allon", "hans_apel"], None, "West Germany", IP, H, _AA),
        M(["yigal_allon", "egon_bahr"], None, "West Germany", IP, H, _AA),
        # "He had private talks with Chancellor Helmut Schmidt, President Walter Scheel and Franz
        # Josef Strauss" -> three separate bilaterals ("private talks"), held, same date/place.
        M(["yigal_allon", "helmut_schmidt"], None, "West Germany", IP, H, _AL),
        M(["yigal_allon", "walter_scheel"], None, "West Germany", IP, H, _AL),
        M(["yigal_allon", "franz_josef_strauss"], None, "West Germany", IP, H, _AL),
        # Not rows: Allon-Genscher: the text never says they met (Genscher speaks "on a radio
        # interview" and "said today"; "West German leaders" and "his hosts" are unnamed); "the
        # German Foreign Minister stressed" (a statement); "Allon's two hours of talks with Schmidt"
        # (the same Schmidt talks as above). Not annotated: Israel, West Germany, Bonn (states,
        # place). Kept as found: "He had" after a comma ("Egon Bahr, He had"), "No talks were
        # hold", "a Just and lasting peace", "Israel, He said", "energy crisis, It is not",
        # "other international Issues". Removed: at the end, the JTA donation appeal ("Help ensure
        # Jewish news remains accessible to all. Your donation ... for mo", cut off). Nothing
        # removed at the start.
    ],
    roles=[("Israeli Foreign Minister", "yigal_allon"), ("Foreign Minister", "hans_dietrich_genscher"),
           ("Finance Minister", "hans_apel"), ("the Minister for Economic Cooperation", "egon_bahr"),
           ("Chancellor", "helmut_schmidt"), ("President", "walter_scheel"),
           ("leader of the Christian Socialist Union", "franz_josef_strauss"),
           ("the Israeli Minister", "yigal_allon"), ("the German Foreign Minister", "hans_dietrich_genscher")],
)

A["dev_13202_oskanyan_chechelashvili_armenia"] = dict(
    actors={
        "vartan_oskanian": ["Vardan Oskanyan"],
        "valeri_chechelashvili": ["Valeri Chechelashvili", "Chechelashvili"],
        "black_sea_economic_cooperation": ["Black Sea Economic Cooperation Organization"],
        "a1plus": ["A1+ web site"],
        "armenian_foreign_ministry": ["Armenian Foreign Ministry"],
    },
    meetings=[
        # "Armenian Foreign Minister Vardan Oskanyan has received Georgian Finance Minister Valeri
        # Chechelashvili who is in Armenia on an official visit." -> held, date null (no day; the
        # item is dated 18 Mar 05), place Armenia (no city named).
        M(["vartan_oskanian", "valeri_chechelashvili"], None, "Armenia", IP, H,
          "Armenian Foreign Minister Vardan Oskanyan has received Georgian Finance Minister Valeri Chechelashvili who is in Armenia on an official visit."),
        # Not rows: "The ministers have known each other since ..." (no meeting). Not annotated:
        # Armenia, Georgia, the South Caucasus (places). Kept as found: the source lines "A1+ web
        # site" and "18 Mar 05" (inside the reposted item; A1+ is annotated as the cited source,
        # "the press service of the Armenian Foreign Ministry" as the ministry). Removed: nothing.
    ],
    roles=[("Armenian Foreign Minister", "vartan_oskanian"), ("Georgian Finance Minister", "valeri_chechelashvili"),
           ("secretary-general of the Black Sea Economic Cooperation Organization", "valeri_chechelashvili")],
)

A["test_13203_thach_siddhi_bangkok"] = dict(
    actors={
        "nguyen_co_thach": ["Nguyen Co Thach", "Mr. Thach", "Thach"],
        "siddhi_savetsila": ["Air Chief Marshal Siddhi Savetsila", "Siddhi Savetsila"],
        "claude_cheysson": ["Claude Cheysson"],
        "zhao_ziyang": ["Zhao Ziyang"],
        "national_peoples_congress": ["National People's Congress"],
    },
    meetings=[
        # "As for Vietnam's relations with Thailand, meetings between Foreign Minister Thach and his
        # Thai counterpart, Air Chief Marshal Siddhi Savetsila, seem to have slipped into a
        # predictable pattern." (read with "Thach's recently concluded trips to the Philippines
        # and Thailand" and "his Bangkok visit": the meetings of that visit) -> held, date null,
        # Bangkok (dateline; "his Bangkok visit"). See the notes (a reader could treat the sentence
        # as a generalisation and give no row).
        M(["nguyen_co_thach", "siddhi_savetsila"], None, "Bangkok", IP, H,
          "As for Vietnam's relations with Thailand, meetings between Foreign Minister Thach and his Thai counterpart, Air Chief Marshal Siddhi Savetsila, seem to have slipped into a predictable pattern."),
        # Not rows: "The polite discussions were the stuff of ... trips to the Philippines and
        # Thailand" (visits to countries; Philippine hosts unnamed); "he told journalists"
        # (statements); "Hanoi had already asked some 'friends' to act as intermediaries"
        # (unnamed); "Low-level contacts between Chinese and Vietnamese officials" (unnamed,
        # uncertain); "China's premier ... had proposed talks" (a proposal, and it was not made).
        # Not annotated: France, China, Vietnam, Thailand (states); "Hanoi" (metonymy). Kept as
        # found: "colonies , and", the doubled quotes ''...''. Removed: at the end, the last,
        # cut-off sentence ("First, both men usually surprise observers by the warmth with which
        # they greet each o"). Nothing removed at the start.
    ],
    roles=[("Vietnamese Foreign Minister", "nguyen_co_thach"), ("Foreign Minister", "nguyen_co_thach"),
           ("his Thai counterpart", "siddhi_savetsila"), ("French Foreign Minister", "claude_cheysson"),
           ("China's premier", "zhao_ziyang")],
)

A["dev_13204_howard_bolger_wellington"] = dict(
    actors={
        "john_howard": ["JOHN HOWARD", "John Howard", "John"],
        "jim_bolger": ["JIM BOLGER", "BOLGER"],
    },
    meetings=[
        # "... thank him for the opportunity that his visit has provided for both of us to have a
        # range of discussions both informally and this morning more formally on a variety of
        # issues." -> held, 1997-02-17 ("this morning" under the line "17 February 1997"),
        # Wellington (the heading "PARLIAMENT BUILDING, WELLINGTON"). The informal discussions of
        # the visit (no day) are the same pair on the same visit: one row (see the notes).
        M(["jim_bolger", "john_howard"], "1997-02-17", "Wellington", IP, H,
          "Can I just begin this joint press conference by welcoming Prime Minister John Howard to it, thank him for the opportunity that his visit has provided for both of us to have a range of discussions both informally and this morning more formally on a variety of issues."),
        # Not rows: the joint press conference itself (a statement to the press); "as I came out
        # of Cabinet" (a cabinet meeting, not bilateral). Not annotated: "the new Australian
        # Government" (generic), New Zealand, Australia (states). Kept as found: "PRIME MIN4STER",
        # "E O E", the line breaks of the transcript, "Trans Tasman". Removed: at the end, the
        # last, cut-off sentence ("Your officials have been constructive and helpfuil ... will one
        # of ask on"). Nothing removed at the start.
    ],
    roles=[("THE PRIME MINISTER OF NEW ZEALAND", "jim_bolger"), ("Prime Minister", "john_howard")],
)

A["dev_13205_masisi_matekane_gaborone"] = dict(
    actors={
        "mokgweetsi_masisi": ["Dr Mokgweetsi Masisi", "Mokgweetsi Masisi", "President Masisi", "Dr Masisi", "Masisi"],
        "sam_matekane": ["Mr Sam Matekane", "Sam Matekane", "Mr Matekane", "Matekane"],
        "letsie_iii": ["King Letsie III"],
        "phohlaphi_dlamini": ["Prince Phohlaphi Dlamini"],
        "mswati_iii": ["King Mswati III"],
        "chris_maurice": ["Mr Chris Maurice", "Chris Maurice"],
        "yellow_card": ["Yellow Card"],
        "sadc": ["Southern African Development Community"],
    },
    meetings=[
        # "During a courtesy call at the Office of the President by Lesotho Prime Minister Mr Sam
        # Matekane July 13, President Dr Mokgweetsi Masisi said ..." -> held, 2023-07-13,
        # Gaborone (dateline; the Office of the President).
        M(["sam_matekane", "mokgweetsi_masisi"], "2023-07-13", "Gaborone", IP, H,
          "During a courtesy call at the Office of the President by Lesotho Prime Minister Mr Sam Matekane July 13, President Dr Mokgweetsi Masisi said the two countries shared a historical connection that remained solid."),
        # "Meanwhile, President Masisi also received a courtesy call from Prince Phohlaphi Dlamini,
        # a special envoy of the eSwatini monarch ..." -> held, date null ("Meanwhile": not pinned
        # to July 13; see the notes), Gaborone.
        M(["mokgweetsi_masisi", "phohlaphi_dlamini"], None, "Gaborone", IP, H,
          "Meanwhile, President Masisi also received a courtesy call from Prince Phohlaphi Dlamini, a special envoy of the eSwatini monarch and head of state King Mswati III."),
        # "Mr Chris Maurice, chief executive officer of Yellow Card, ... also paid a courtesy call
        # on the President." -> held, date null, Gaborone; a business executive, not a political
        # actor -> required false.
        M(["chris_maurice", "mokgweetsi_masisi"], None, "Gaborone", IP, H,
          "Mr Chris Maurice, chief executive officer of Yellow Card, a financial technology firm that largely operates in Africa also paid a courtesy call on the President.", False),
        # Not rows: "extending an invite for Dr Masisi to attend King Letsie III's birthday
        # celebrations" (an invitation to an event, not accepted in the text); "called on his
        # visitor to return to Botswana on an official state visit" (a proposal); the US-Africa
        # Business Summit (a multilateral meeting); King Mswati III (the sender of the envoy, not
        # a participant). Not annotated: the byline "By Pako Lebanna", the outlet line "Botswana
        # Daily News (Gaborone)", the end credit "BOPA", "the Lesotho delegation", "the Botswana
        # government" (generic), Botswana, Lesotho, eSwatini (states). Removed: at the start, the
        # search tool's " date 2023-07-14" prefix; at the end, the AllAfrica footer ("Read the
        # original article on Botswana Daily News.", "Tagged:", the copyright line, cut off).
    ],
    roles=[("Lesotho Prime Minister", "sam_matekane"), ("President", "mokgweetsi_masisi"),
           ("The President", "mokgweetsi_masisi"), ("the President", "mokgweetsi_masisi"),
           ("his visitor", "sam_matekane"), ("the Prime Minister", "sam_matekane"),
           ("Lesotho's Prime Minister and head of government", "sam_matekane"),
           ("a special envoy of the eSwatini monarch", "phohlaphi_dlamini"),
           ("the eSwatini monarch and head of state", "mswati_iii"),
           ("chief executive officer of Yellow Card", "chris_maurice")],
)

_DM = ("Accordingly, Mr. Ahmed Nazim, Deputy Speaker of the Maldives; Dr. Abdulla Khaleel, Minister of Foreign Affairs; Mr. Mohamed Saeed, Minister of Economic Development and Trade; Mr. Mohamed Ghassan Maumoon, Minister of Defence; Mr. Moosa Zameer, Minister of Finance and Planning; and Mr. Ali Ihusaan, Minister of Home Security and Technology, held talks with the President during the meeting, the President\u2019s Media Division (PMD) said.")
_MV = ["ahmed_nazim", "abdulla_khaleel", "mohamed_saeed", "mohamed_ghassan_maumoon", "moosa_zameer", "ali_ihusaan"]
A["dev_13206_dissanayake_maldivian_ministers_kurumba"] = dict(
    actors={
        "anura_kumara_dissanayake": ["Anura Kumara Dissanayake", "President Dissanayake"],
        "ahmed_nazim": ["Mr. Ahmed Nazim", "Ahmed Nazim"],
        "abdulla_khaleel": ["Dr. Abdulla Khaleel", "Abdulla Khaleel"],
        "mohamed_saeed": ["Mr. Mohamed Saeed", "Mohamed Saeed"],
        "mohamed_ghassan_maumoon": ["Mr. Mohamed Ghassan Maumoon", "Mohamed Ghassan Maumoon"],
        "moosa_zameer": ["Mr. Moosa Zameer", "Moosa Zameer"],
        "ali_ihusaan": ["Mr. Ali Ihusaan", "Ali Ihusaan"],
        "vijitha_herath": ["Vijitha Herath"],
        "presidents_media_division": ["President\u2019s Media Division", "PMD"],
    },
    meetings=(
        # "Deputy Speaker of the Maldives and five other Maldivian ministers met with President
        # Anura Kumara Dissanayake today (29) at the 'Kurumba Maldives' resort ..." and the list
        # of the six names ("held talks with the President during the meeting") -> one meeting of
        # seven named people: the six pairs with Dissanayake required, held, 2025-07-29, Kurumba
        # (the named resort, as `Kurumba` in an earlier batch; see the notes);
        [M([m, "anura_kumara_dissanayake"], "2025-07-29", "Kurumba", IP, H, _DM) for m in _MV]
        # the fifteen pairs among the Maldivian side (the same side) -> required false.
        + [M([a, b], "2025-07-29", "Kurumba", IP, H, _DM, False)
           for i, a in enumerate(_MV) for b in _MV[i + 1:]]
        # Not rows: "A group of senior government officials, including ... Vijitha Herath, also
        # participated in the discussions" (present with the President's side, like "attended":
        # an actor, not a participant; see the notes); "the state visit" (the visit itself, no
        # other meeting named); the 60 years of diplomatic ties (no meeting). Not annotated: Sri
        # Lanka, the Maldives (states). Kept as found: "Deputy Speaker of the Maldives and five
        # other Maldivian ministers" (the Deputy Speaker is not a minister), the curly quotes.
        # Removed: at the start, the search tool's " date 2025-07-29" prefix. Nothing at the end.
    ),
    roles=[("President", "anura_kumara_dissanayake"), ("the President", "anura_kumara_dissanayake"),
           ("Deputy Speaker of the Maldives", "ahmed_nazim"), ("Minister of Foreign Affairs", "abdulla_khaleel"),
           ("Minister of Economic Development and Trade", "mohamed_saeed"), ("Minister of Defence", "mohamed_ghassan_maumoon"),
           ("Minister of Finance and Planning", "moosa_zameer"), ("Minister of Home Security and Technology", "ali_ihusaan"),
           ("Sri Lanka\u2019s Minister of Foreign Affairs, Foreign Employment and Tourism", "vijitha_herath")],
)

_CF = ("Ceausescu met last week with PLO leader Yasser Arafat and Bethlehem mayor Elias Freij, a moderate Palestinian seen as a possible participant in a peace conference.")
A["test_13207_shamir_ceausescu_bucharest"] = dict(
    actors={
        "yitzhak_shamir": ["Yitzhak Shamir", "Shamir"],
        "nicolae_ceausescu": ["Nicolae Ceausescu", "Ceausescu"],
        "yasser_arafat": ["Yasser Arafat"],
        "elias_freij": ["Elias Freij", "Freij"],
        "moses_rosen": ["Rabbi Moses Rosen", "Moses Rosen"],
        "plo": ["Palestine Liberation Organization", "PLO"],
    },
    meetings=[
        # "Speaking in Yiddish and then in French, Shamir told the Jews of his meetings Tuesday
        # with President Nicolae Ceausescu, saying the two had 'very friendly talks.'" -> held,
        # 1987-08-18 ("Tuesday" in a story of Wednesday 19 August), Bucharest (dateline).
        M(["yitzhak_shamir", "nicolae_ceausescu"], "1987-08-18", "Bucharest", IP, H,
          "Speaking in Yiddish and then in French, Shamir told the Jews of his meetings Tuesday with President Nicolae Ceausescu, saying the two had \u2033very friendly talks.\u2033"),
        # "Ceausescu met last week with PLO leader Yasser Arafat and Bethlehem mayor Elias Freij"
        # -> two rows (separate meetings or one of three; the Arafat-Freij pair required false),
        # held, date null ("last week"), place null (not stated; "still in Romania" suggests
        # Romania, see the notes).
        M(["nicolae_ceausescu", "yasser_arafat"], None, None, IP, H, _CF),
        M(["nicolae_ceausescu", "elias_freij"], None, None, IP, H, _CF),
        M(["yasser_arafat", "elias_freij"], None, None, IP, H, _CF, False),
        # Not rows: "no word on whether Freij ... will meet with Shamir here" (not announced);
        # Shamir "walking alongside Rabbi Moses Rosen" and the address to 1,000 Jews (a ceremony
        # and a speech); "told reporters Tuesday night" (a statement); "an international peace
        # conference" (not held). Not annotated: AP (dateline credit), Romania, Israel (states),
        # "Romania's Jewish Community" (generic). Kept as found: "remainimg", "synanogue", the
        # double-prime quotation marks. Removed: at the start, the site label "Related topics";
        # at the end, the last, cut-off sentence ("On the issue of emigration, ... Shamir said
        # Ceausescu \u2033understands this wish to go from Romania to Israe").
    ],
    roles=[("Israeli Prime Minister", "yitzhak_shamir"), ("President", "nicolae_ceausescu"),
           ("The Israeli premier", "yitzhak_shamir"), ("PLO leader", "yasser_arafat"),
           ("Bethlehem mayor", "elias_freij"), ("head of Romania\u2019s Jewish Community", "moses_rosen")],
)

A["dev_13208_bush_fox_san_cristobal"] = dict(
    actors={
        "george_w_bush": ["President Bush", "Bush"],
        "vicente_fox": ["Vicente Fox", "Fox"],
    },
    meetings=[
        # "SAN CRISTOBAL, Mexico, Feb. 16 -- President Bush, on his first trip abroad since taking
        # office, met Mexican President Vicente Fox today for a ranch-house summit ..." -> held,
        # 2001-02-16, San Cristobal.
        M(["george_w_bush", "vicente_fox"], "2001-02-16", "San Cristobal", IP, H,
          "SAN CRISTOBAL, Mexico, Feb. 16 -- President Bush, on his first trip abroad since taking office, met Mexican President Vicente Fox today for a ranch-house summit that burnished the newly inaugurated leaders' foreign-policy credentials but left for later the specifics of how to make the two nations more neighborly."),
        # "... the new presidents - -- who met twice when they were governors and once last August
        # -- would inaugurate ..." -> "met twice" is a count (no row); "once last August" is a
        # single earlier meeting: held, date null (month only), place null -> required false (a
        # reader could read the whole clause as a count).
        M(["george_w_bush", "vicente_fox"], None, None, IP, H,
          "The U.S. relationship with Mexico often has been more businesslike than warm, and officials in both countries said they believed the new presidents - -- who met twice when they were governors and once last August -- would inaugurate franker and more productive relations.", False),
        # Not rows: "they assigned their cabinets to negotiate an agreement" (unnamed, future
        # negotiations); "In a statement" (a statement). Not annotated: the header lines (Source:
        # Washington Post, the copyright "The Washington Post Company", the authors Mike Allen
        # and Kevin Sullivan, the contributor Mary Jordan), the United States, Mexico (states).
        # Kept as found: the header lines, "- --", the trailing spaces of the wrapped lines.
        # Removed: at the start, the server line "HTTP/1.0 200 OK Content-Type: text/html"; at
        # the end, the last, cut-off sentence ("During a 28-minute joint appearance on the lawn
        # between Fox's white-stuccoed house and").
    ],
    roles=[("Mexican President", "vicente_fox"), ("President", "george_w_bush")],
)

_SM = ("Jerusalem, December 2, 2003 FM Silvan Shalom meets with Jordanian FM Muasher (Communicated by the Foreign Minister\u2019s Bureau) \u0160GPO/Moshe Milner Deputy Prime Minister and Minister of Foreign Affairs Silvan Shalom replied in the affirmative to an invitation, extended by Jordanian Foreign Minister Marwan Jamil Al-Muasher at the Barcelona Conference in Naples, to visit Jordan at the end of the month")
A["dev_13209_shalom_muasher_naples"] = dict(
    actors={
        "silvan_shalom": ["FM Silvan Shalom", "Silvan Shalom", "Foreign Minister Shalom"],
        "marwan_muasher": ["Marwan Jamil Al-Muasher", "Muasher"],
        "abdullah_ii": ["King Abdullah"],
        "eilat_aqaba_committee": ["Eilat-Aqaba Committee"],
        "hezbollah": ["Hizbullah"],
    },
    meetings=[
        # "\u2013 Dec 2, 2003 . At the end of the meeting with his Jordanian counterpart, Foreign
        # Minister Shalom said ..." (the counterpart is Muasher, named in the heading and first
        # paragraph) -> held, 2003-12-02, Naples (the Barcelona Conference in Naples, where the
        # invitation was extended; see the notes).
        M(["silvan_shalom", "marwan_muasher"], "2003-12-02", "Naples", IP, H,
          "At the end of the meeting with his Jordanian counterpart, Foreign Minister Shalom said that Israel and Jordan, which recently celebrated a decade of diplomatic relations, share common interests and that it is important to encourage ties between the two countries."),
        # "... Silvan Shalom replied in the affirmative to an invitation, extended by Jordanian
        # Foreign Minister Marwan Jamil Al-Muasher ..., to visit Jordan at the end of the month"
        # (an accepted invitation to visit the inviting minister's country) -> planned, date null
        # ("at the end of the month"), Jordan.
        M(["silvan_shalom", "marwan_muasher"], None, "Jordan", IP, P, _SM),
        # Not rows: the Barcelona Conference (a multilateral conference as such); "the Jordanian
        # ambassador would be returned to Israel" (unnamed); "a question from a journalist" (a
        # press exchange); Syria's and Israel's possible negotiations (hypothetical). Not
        # annotated: the photo credit "\u0160GPO/Moshe Milner", "the Foreign Minister's Bureau"
        # (the issuing office), the Roadmap (a plan), Israel, Jordan, Syria, Iran (states), "the
        # Palestinians" (generic). Kept as found: the heading repeated in the dateline paragraph,
        # "\u0160GPO", "the month\n\n\u2013 Dec 2, 2003 ." (space before the full stop). Removed:
        # nothing (the excerpt starts with the heading and ends with a complete sentence).
    ],
    roles=[("Deputy Prime Minister and Minister of Foreign Affairs", "silvan_shalom"),
           ("Jordanian Foreign Minister", "marwan_muasher"), ("his Jordanian counterpart", "marwan_muasher"),
           ("Foreign Minister", "silvan_shalom"), ("the Minister", "silvan_shalom"),
           ("Jordanian FM", "marwan_muasher")],
)

_LQ = ("Lee, special envoy of president-elect Roh Moo-hyun, arrived in Beijing yesterday and held meetings with Chinese Vice-Premier Qian Qichen and Vice-Foreign Minister Wang Yi, exchanging views on bilateral relations and the situation on the peninsula.")
A["dev_13210_lee_hae_chan_qian_qichen_beijing"] = dict(
    actors={
        "lee_hae_chan": ["Lee Hae-chan", "Lee"],
        "qian_qichen": ["Qian Qichen", "Qian"],
        "wang_yi": ["Wang Yi"],
        "roh_moo_hyun": ["Roh Moo-hyun", "Roh"],
        "kim_dae_jung": ["Kim Dae-jung"],
        "chough_soon_hyung": ["Chough Soon-hyung"],
    },
    meetings=[
        # "Lee ... arrived in Beijing yesterday and held meetings with Chinese Vice-Premier Qian
        # Qichen and Vice-Foreign Minister Wang Yi" ("meetings": two meetings) -> two held rows,
        # 2003-02-12 ("yesterday" under the line "(China Daily February 13, 2003)"), Beijing.
        M(["lee_hae_chan", "qian_qichen"], "2003-02-12", "Beijing", IP, H, _LQ),
        M(["lee_hae_chan", "wang_yi"], "2003-02-12", "Beijing", IP, H, _LQ),
        # Not rows: "Lee briefed Qian ..." (the same Lee-Qian meeting); Roh's plans "to dispatch
        # high-level delegations led by Lee Hae-chan and Chough Soon-hyung to China and Russia"
        # (missions to countries, counterparts unnamed; Lee's is the visit above); "according to a
        # Chinese Foreign Ministry official" (a source). Not annotated: China Daily (the closing
        # source line), "a Chinese Foreign Ministry official" (unnamed), China, the ROK, the DPRK,
        # Russia (states). Kept as found: "(ROK)'s". Removed: nothing.
    ],
    roles=[("the Republic of Korea (ROK)'s special envoy to China", "lee_hae_chan"),
           ("special envoy of president-elect Roh Moo-hyun", "lee_hae_chan"),
           ("president-elect", "roh_moo_hyun"), ("President-elect", "roh_moo_hyun"),
           ("the president-elect", "roh_moo_hyun"), ("Chinese Vice-Premier", "qian_qichen"),
           ("Vice-Foreign Minister", "wang_yi"), ("retiring President", "kim_dae_jung")],
)

_FR = ("The face-to-face budget meeting included President Clinton, Senate Majority Leader Bob Dole, House Speaker Newt Gingrich, Senate Minority Leader Tom Daschle and House Minority Leader Richard Gephardt.")
_BR = ("Senate Budget Committee Chairman Pete Domenici described as \"excellent\" a Thursday breakfast meeting between he, White House Chief of Staff Leon Panetta, and House Budget Committee Chairman John Kasich.")
_CL = ["bob_dole", "newt_gingrich", "tom_daschle", "dick_gephardt"]
A["test_13211_clinton_congress_leaders_budget_dec22"] = dict(
    actors={
        "bill_clinton": ["President Clinton", "Clinton"],
        "bob_dole": ["Bob Dole"],
        "newt_gingrich": ["Newt Gingrich"],
        "tom_daschle": ["Tom Daschle"],
        "dick_gephardt": ["Richard Gephardt"],
        "john_breaux": ["Sen. John Breaux", "John Breaux"],
        "pete_domenici": ["Pete Domenici", "Domenici"],
        "leon_panetta": ["Leon Panetta"],
        "john_kasich": ["John Kasich", "Kasich"],
        "john_boehner": ["John Boehner", "Boehner"],
        "cnn": ["CNN"],
    },
    meetings=(
        # "The face-to-face budget meeting included President Clinton, Senate Majority Leader Bob
        # Dole, House Speaker Newt Gingrich, Senate Minority Leader Tom Daschle and House Minority
        # Leader Richard Gephardt." (the "White House meeting in the afternoon" of Friday) -> one
        # meeting of five: the four pairs with Clinton required, held, 1995-12-22, Washington
        # (the White House);
        [M(["bill_clinton", c], "1995-12-22", "Washington", IP, H, _FR) for c in _CL]
        # the six congressional pairs -> required false.
        + [M([a, b], "1995-12-22", "Washington", IP, H, _FR, False)
           for i, a in enumerate(_CL) for b in _CL[i + 1:]]
        # "... a Thursday breakfast meeting between he, White House Chief of Staff Leon Panetta,
        # and House Budget Committee Chairman John Kasich." -> a meeting of three: the two pairs
        # with Panetta required, the Domenici-Kasich pair (the same side) required false; held,
        # 1995-12-21, Washington (dateline; no place stated, see the notes).
        + [M(["pete_domenici", "leon_panetta"], "1995-12-21", "Washington", IP, H, _BR),
           M(["leon_panetta", "john_kasich"], "1995-12-21", "Washington", IP, H, _BR),
           M(["pete_domenici", "john_kasich"], "1995-12-21", "Washington", IP, H, _BR, False)]
        # Not rows: "starting with a low level meeting" (unnamed); "Negotiations had broken off
        # late Thursday with a terse statement from the advisory group" / "We met through the
        # afternoon" (unnamed group; a statement); "the three negotiators announced" (a statement);
        # "Talking to reporters after a GOP Conference meeting" (a party conference, no bilateral);
        # the Breaux quote (a statement). Not annotated: "the Clinton administration",
        # "Congressional Republicans", "Administration officials", "the Republican leadership"
        # (generic), the sound-file links. Kept as found: "between he,", "(41K AIFF sound or 41K
        # WAV sound)", the blank lines. Removed: at the start, the site line "CNN U.S.
        # NewsAdvertisement"; at the end, the last, cut-off sentence ("Gingrich, speaking later,
        # sai").
    ),
    roles=[("President", "bill_clinton"), ("Senate Majority Leader", "bob_dole"), ("House Speaker", "newt_gingrich"),
           ("Senate Minority Leader", "tom_daschle"), ("House Minority Leader", "dick_gephardt"),
           ("Senate Budget Committee Chairman", "pete_domenici"), ("White House Chief of Staff", "leon_panetta"),
           ("House Budget Committee Chairman", "john_kasich"), ("House GOP Conference Chairman", "john_boehner")],
)

A["dev_13212_al_sabah_blinken_call"] = dict(
    actors={
        "salem_abdullah_al_jaber_al_sabah": ["Sheikh Salem Abdullah Al-Jaber Al-Sabah", "Salem Abdullah Al-Jaber Al-Sabah"],
        "antony_blinken": ["Anthony Blinken", "Blinken"],
    },
    meetings=[
        # "KUWAIT: Foreign Minister Sheikh Salem Abdullah Al-Jaber Al-Sabah received a phone call
        # on Tuesday from US Secretary of State Anthony Blinken." -> phone, held, 2023-03-28
        # ("on Tuesday" under the date field 2023-03-29, a Wednesday), no place.
        M(["salem_abdullah_al_jaber_al_sabah", "antony_blinken"], "2023-03-28", None, PH, H,
          "KUWAIT: Foreign Minister Sheikh Salem Abdullah Al-Jaber Al-Sabah received a phone call on Tuesday from US Secretary of State Anthony Blinken."),
        # Not rows: "their aspiration for the State of Kuwait to host the sixth round of the
        # strategic dialogue" (a planned dialogue of the two countries, no named participants);
        # the greetings of "the US political leadership" (a message, unnamed). Not annotated: KUNA
        # (the end credit "\u2013 KUNA"), Kuwait, the US (states). Kept as found: "Anthony"
        # (for Antony), "stressing on". Removed: at the start, the search tool's " date
        # 2023-03-29" prefix. Nothing removed at the end.
    ],
    roles=[("Foreign Minister", "salem_abdullah_al_jaber_al_sabah"), ("US Secretary of State", "antony_blinken")],
)
