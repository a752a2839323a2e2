"""Accuracy corpus, batch 64a: 12 new articles about meetings between political actors, all
published in ODD years (another helper takes even years as batch 64b), from the 1970s, 1980s,
2000s, 2010s and 2020s (1970s: two, 1980s: three, 2000s: two, 2010s: three, 2020s: two; five of the
twelve from before 2000, as the brief asked; no 1990s page was taken: every odd-year 1990s candidate
seen was already in the corpus or reported a meeting already in it, see the notes), over the eleven
regions (Western Europe: two; Central Asia/Caucasus, Middle East, Africa, Southeast Asia, Eastern
Europe/Russia, Latin America, North America, South Asia, East Asia, Oceania: one each).
Outlets/sites: News On 6 (an AP story), The Limited Times (newsrnd.com, a SANA item in
translation), The Tico Times, four items of The Press (Christchurch) via Papers Past (NZPA staff
correspondent, NZPA, N.Z.P.A.-Reuter, NZPA-AP), UPI (upi.com archives), The Indian Express
("Forty years ago" column), Africanews, Mehr News Agency (en.mehrnews.com) and National Newswatch.
The pages are new (grep of `sources.csv`, `corpus/metadata.csv` and the other batch files except
64b), and so are the meetings (see the notes for the checks).
Collected with the `search` tool (corpus `pages`) and annotated from the texts alone, BEFORE the
package was run on them (the package has not been run, imported or read for this batch).
Conventions: ANNOTATION.md and /work/shared/ANNOTATION-GUIDE.md. Notes: batch_64a_NOTES.md.

Split rule (fixed before annotating, as given in the brief for this batch, the same as batches
5a-63b): the articles are numbered 1..12 in the order they were first found in this session's
search results (the query in which each first appeared, then its rank in that query), after
skipping pages already in the corpus; positions 3, 7 and 11 are test, all others dev. Ids:
`dev_126NN_<slug>` / `test_126NN_<slug>`, NN = collection position (01..12).

M(participants, date, place, kind, status, evidence, required=True)
Evidence is the verbatim sentence (line breaks inside it replaced by single spaces).
Aliases are written as they stand in the text (typos and OCR slips included).
"""


from annotations import H, IP, M, P, PH, VID  # noqa: F401 (the same row helpers)

# (article_id, region, decade, outlet, url, published)
ARTICLES = [
    # The page's date line "Monday, October 22nd 2001" (a Monday, checked): "Monday" and the
    # "pre-dawn meeting" of the same story -> 2001-10-22.
    ("dev_12601_putin_rakhmonov_rabbani_dushanbe", "Central Asia/Caucasus", "2000s", "News On 6 (newson6.com; an AP story)", "https://www.newson6.com/story/5e36810a2f69d76f620953c7/presidents-of-russia-tajikistan-afghan-opposition-meet-in-dushanbe", "2001-10-22"),
    # The page's time stamp "2021-03-20T18:01:30.154Z" and the URL's 2021-03-20 (a Saturday,
    # checked): "today" -> 2021-03-20; "last night" -> 2021-03-19 (arrival, no row).
    ("dev_12602_miqdad_busaidi_muscat", "Middle East", "2020s", "The Limited Times (newsrnd.com; a SANA item in English translation)", "https://newsrnd.com/news/2021-03-20-%0A---al-miqdad-is-discussing-in-muscat-with-his-omani-counterpart-the-strengthening-of-bilateral-relations-and-the-most-important-issues-and-changes-in-the-region-and-the-world-%0A--.rygMFu3mEu.html", "2021-03-20"),
    # No date line in the kept text; the URL's 2007/08/24 (a Friday, checked; the weekly's issue
    # date): "Tuesday afternoon" of "this week" -> 2007-08-21.
    ("test_12603_arias_ortega_managua", "Latin America", "2000s", "The Tico Times (ticotimes.net)", "https://ticotimes.net/2007/08/24/arias-ortega-pledge-to-renew-dialogue", "2007-08-24"),
    # No date line in the kept text; the Papers Past address CHP19810502 = The Press, 2 May 1981 (a
    # Saturday, checked): "on Wednesday" -> 1981-04-29, "on Thursday" -> 1981-04-30.
    ("dev_12604_allen_fraser_anthony_tasman", "Oceania", "1980s", "The Press (Christchurch), via Papers Past (NZPA staff correspondent)", "https://paperspast.natlib.govt.nz/newspapers/CHP19810502.2.21", "1981-05-02"),
    # No date line in the kept text; CHP19771214 = The Press, 14 December 1977 (a Wednesday,
    # checked): "last evening" -> 1977-12-13 (arrival), "tomorrow evening" -> 1977-12-15.
    ("dev_12605_rowling_fukuda_tokyo_planned", "East Asia", "1970s", "The Press (Christchurch), via Papers Past (NZPA)", "https://paperspast.natlib.govt.nz/newspapers/CHP19771214.2.14", "1977-12-14"),
    # No date line in the kept text; the URL's 1983/01/04 (a Tuesday, checked): "today" ->
    # 1983-01-04, "Wednesday morning" -> 1983-01-05, "Thursday afternoon" -> 1983-01-06.
    ("dev_12606_trudeau_prem_bangkok", "Southeast Asia", "1980s", "United Press International (upi.com archives)", "http://www.upi.com/Archives/1983/01/04/Prime-Minister-Pierre-Trudeau-arrived-in-Bangkok-today-to/7782410504400/", "1983-01-04"),
    # The search tool's date field 2017-06-10 (a Saturday, checked; removed with its " date ..."
    # prefix) agrees with the URL ("forty-years-ago-june-10-1977"); the talk itself has no day.
    ("test_12607_desai_ziaur_rahman_talk", "South Asia", "2010s", "The Indian Express (indianexpress.com; \"Forty years ago\" column)", "http://indianexpress.com/article/opinion/editorials/forty-years-ago-june-10-1977-pm-on-africa-4696823/", "2017-06-10"),
    # No date line in the kept text; the URL's 2017/03/08 (a Wednesday, checked): "on Tuesday
    # evening" -> 2017-03-07.
    ("dev_12608_trump_kenyatta_call", "Africa", "2010s", "Africanews (africanews.com)", "http://www.africanews.com/2017/03/08/trump-s-call-to-kenyan-president-focuses-on-al-shabaab-and-closer-cooperation", "2017-03-08"),
    # The page's date line "25 August 2019 - 22:53" and the dateline "Aug. 25" (a Sunday,
    # checked): "on Sunday" -> 2019-08-25; "two days after" -> 2019-08-23.
    ("dev_12609_zarif_macron_biarritz", "Western Europe", "2010s", "Mehr News Agency (en.mehrnews.com; citing Reuters)", "https://en.mehrnews.com/news/149303/Iran-s-foreign-minister-set-to-leave-Biarritz-Reuters", "2019-08-25"),
    # No date line in the kept text; CHP19710511 = The Press, 11 May 1971 (a Tuesday, checked); the
    # dateline "MOSCOW. May 9." ends a "three-day visit" (a range: the talks are not dated).
    ("dev_12610_schumann_gromyko_moscow", "Eastern Europe/Russia", "1970s", "The Press (Christchurch), via Papers Past (N.Z.P.A.-Reuter)", "https://paperspast.natlib.govt.nz/newspapers/CHP19710511.2.167", "1971-05-11"),
    # No date line in the kept text; CHP19850508 = The Press, 8 May 1985 (a Wednesday, checked):
    # "yesterday" -> 1985-05-07, "today" -> 1985-05-08.
    ("test_12611_reagan_gonzalez_madrid", "Western Europe", "1980s", "The Press (Christchurch), via Papers Past (NZPA-AP)", "https://paperspast.natlib.govt.nz/newspapers/CHP19850508.2.76.1", "1985-05-08"),
    # No date line in the kept text; the URL's 2021/10/03 and the series title ("Today in Canada's
    # Political History"): "on this date in 1987" -> 1987-10-03 (a Saturday, checked).
    ("dev_12612_mulroney_baker_call", "North America", "2020s", "National Newswatch (nationalnewswatch.com)", "https://www.nationalnewswatch.com/2021/10/03/today-in-canadas-political-history-canada-and-usa-reach-free-trade-agreement/", "2021-10-03"),
]

A = {}

_PRR = ("Putin spoke at the end of a previously unannounced, pre-dawn meeting with his Tajik counterpart Emomali Rakhmonov and Rabbani, whose government was driven out of Kabul by the Taliban in 1996.")
A["dev_12601_putin_rakhmonov_rabbani_dushanbe"] = dict(
    actors={
        "vladimir_putin": ["Vladamir Putin", "Putin"],
        "emomali_rahmon": ["Emomali Rakhmonov", "Rakhmonov"],
        "burhanuddin_rabbani": ["Burhanuddin Rabbani", "Rabbani"],
        "taliban": ["Taliban"],
        "northern_alliance": ["northern alliance"],
        "islamic_state_of_afghanistan": ["Islamic State of Afghanistan"],
        "itar_tass": ["ITAR-Tass"],
    },
    meetings=[
        # "Putin also met separately with Rakhmonov for about two hours at Rakhmonov's guest house
        # compound in Dushanbe." (and the three-sided "pre-dawn meeting": the same pair, same day
        # and place, one row) -> held, 2001-10-22 (the Monday of the story), Dushanbe.
        M(["vladimir_putin", "emomali_rahmon"], "2001-10-22", "Dushanbe", IP, H,
          "Putin also met separately with Rakhmonov for about two hours at Rakhmonov's guest house compound in Dushanbe."),
        # "Meeting separately with Rabbani before the three-sided session, ..." (the same pair in
        # the three-sided session: one row) -> held, 2001-10-22, Dushanbe.
        M(["vladimir_putin", "burhanuddin_rabbani"], "2001-10-22", "Dushanbe", IP, H,
          "Meeting separately with Rabbani before the three-sided session, Putin said Russia recognized his government as legitimate and supported it."),
        # The three-sided "pre-dawn meeting with his Tajik counterpart Emomali Rakhmonov and
        # Rabbani": the third pair of the meeting of three -> held, 2001-10-22, Dushanbe (the
        # dateline; "Rakhmonov's guest house compound in Dushanbe").
        M(["emomali_rahmon", "burhanuddin_rabbani"], "2001-10-22", "Dushanbe", IP, H, _PRR),
        # Not rows: the joint statement and "Rakhmonov told reporters" (statements); "the summit was
        # arranged by Putin" (the same meeting). Not annotated: AP (dateline), "News On 6" (the
        # byline line), "the Russian Federation", Russia, Afghanistan (countries). Kept as found:
        # "Vladamir", "(AP) _", the quotation marks "``...''", the byline "By: News On 6".
        # Removed: at the end, the last, cut-off sentence ("Putin made a pre-dawn stopover in
        # Tajikistan as he was returning to Moscow from the Asia-Pacific Economic Cooperation
        # foru"). Nothing removed at the start.
    ],
    roles=[("Russia's president", "vladimir_putin"), ("ousted President", "burhanuddin_rabbani"),
           ("his Tajik counterpart", "emomali_rahmon")],
)

A["dev_12602_miqdad_busaidi_muscat"] = dict(
    actors={
        "faisal_mekdad": ["Al-Miqdad", "Dr. Faisal Al-Miqdad", "Minister Al-Miqdad", "Dr. Al-Miqdad"],
        "badr_albusaidi": ["Badr", "Badr Al-Bu Saidi", "Minister Albu Saidi"],
        "bassam_al_khatib": ["Dr. Bassam Al-Khatib"],
        "bashar_al_assad": ["Bashar", "Al-Assad"],
        "shihab_al_din_ahmad_bin_majid_al_saadi": ["Shihab al-Din Ahmad bin Majid al-Saadi"],
    },
    meetings=[
        # "The Minister of Foreign Affairs and Expatriates, Dr. Faisal Al-Miqdad, discussed during
        # his visit to the Sultanate of Oman today, Badr Al-Bu Saidi, ..." (the headline's "his
        # Omani counterpart" and the "private session": the same talks) -> held, 2021-03-20
        # ("today" in a 20 March item), Muscat (headline and dateline).
        M(["faisal_mekdad", "badr_albusaidi"], "2021-03-20", "Muscat", IP, H,
          "The Minister of Foreign Affairs and Expatriates, Dr. Faisal Al-Miqdad, discussed during his visit to the Sultanate of Oman today, Badr Al-Bu Saidi, the Omani Minister of Foreign Affairs, ways to strengthen bilateral relations, consult and exchange views on the most important issues and changes in the region and the world."),
        # Not rows: the arrival "received by a number of senior officials ..., the Syrian
        # ambassador in Muscat, Dr. Bassam Al-Khatib, and members of the embassy" (a welcome by
        # unnamed officials and by his own country's ambassador, not talks); the museum visit; the
        # decree of "President Bashar" (no meeting). Not annotated: SANA (the agency in the
        # dateline), "the Ministry of Foreign Affairs in the Sultanate" (generic), the National
        # Museum of Oman and the Assad Library (places). Kept as found: the headline's present
        # tense, "Muscat-SANA" and "Muscat-Sana", the garbled "President Bashar had previously
        # issued Al-Assad decreed", "restored and restored". Removed: at the start, the site
        # header ("The Limited Times" and "Now you can see non-English news..."); at the end, the
        # last, cut-off sentence ("Al-Miqdad and the accompan").
    ],
    roles=[("his Omani counterpart", "badr_albusaidi"), ("The Minister of Foreign Affairs and Expatriates", "faisal_mekdad"),
           ("the Omani Minister of Foreign Affairs", "badr_albusaidi"), ("the Syrian ambassador in Muscat", "bassam_al_khatib")],
)

A["test_12603_arias_ortega_managua"] = dict(
    actors={
        "daniel_ortega": ["Daniel Ortega", "Ortega"],
        "oscar_arias": ["Oscar Arias", "Arias"],
        "enrique_bolanos": ["Enrique Bolaños", "Bolaños"],
        "bilateral_commission": ["Bilateral Commission", "Commission"],
        "international_court_of_justice": ["International Court of Justice"],
    },
    meetings=[
        # "Following a 45-minute meeting in the Nicaraguan capital Tuesday afternoon ..., Arias and
        # Ortega announced ..." -> held, 2007-08-21 ("Tuesday" of "this week" in a Friday 24 August
        # issue), Managua (the dateline; "the Nicaraguan capital").
        M(["oscar_arias", "daniel_ortega"], "2007-08-21", "Managua", IP, H,
          "Following a 45-minute meeting in the Nicaraguan capital Tuesday afternoon – the first between the two leaders since they returned to their respective presidencies more than half a year ago – Arias and Ortega announced their intention to restart the Bilateral Commission, a 1990s effort to create a permanent dialogue to address issues of common interest that have long defined relations between the two neighboring countries."),
        # "The Bilateral Commission is expected to restart dialogue in November, when Ortega will
        # travel to San José at Arias' invitation." -> planned, date null (month only), San José.
        M(["daniel_ortega", "oscar_arias"], None, "San José", IP, P,
          "The Bilateral Commission is expected to restart dialogue in November, when Ortega will travel to San José at Arias’ invitation."),
        # Not rows: "we haven't talked for 10 years" (no meeting); Bolaños's efforts "last year"
        # (no meeting); the Commission's dialogue (unnamed members). Not annotated: "TT" (the
        # paper's own cross-reference), the countries. Kept as found: "dream,”Arias" (no space),
        # the en dashes. Removed: at the start, the site line "No menu items!" and the breadcrumb
        # run together with the title ("HomeArchiveArias, Ortega Pledge To Renew Dialogue"); at
        # the end, the last, cut-off sentence ("Arias, who this week visited Managua at the
        # invitation of Nicaraguan Cardinal Miguel Obando y Bravo to commemorate the 20th
        # anniversary of the Central American Pea"; so Obando y Bravo is not in the stored text).
    ],
    roles=[("Nicaraguan President", "daniel_ortega"), ("Costa Rican counterpart", "oscar_arias"),
           ("the Nicaraguan leader", "daniel_ortega"), ("a lame-duck leader", "enrique_bolanos")],
)

_TH = ("* The five .member delegation, led by the Under-Secre-tary for Trade and Industry, Mr Allen, had talks for threequarters of an hour with the Australian . Deputy Prime Minister. Mr Anthonj', on Wednesday and an hour of talks with Mr Fraser, the Foreign Minister. Mr Street, and the Minister of Immigration and Ethnic Affairs, Mr MacPhee, on Thursday.")
A["dev_12604_allen_fraser_anthony_tasman"] = dict(
    actors={
        "allen": ["Mr Allen"],
        "malcolm_fraser": ["Mr Eraser", "Mr Fraser", "Fraser"],
        "doug_anthony": ["Mr Anthonj'", "Anthony", "Mr Anthony"],
        "tony_street": ["Mr Street"],
        "ian_macphee": ["Mr MacPhee"],
        "l_hunt": ["L. Hunt"],
        "t_de_v_hunt": ["T. de V. Hunt"],
        "b_p_macdonell": ["B. P. MacDonell"],
        "c_b_townshend": ["C. B. Townshend"],
    },
    meetings=[
        # The delegation "led by ... Mr Allen, had talks ... with the Australian . Deputy Prime
        # Minister. Mr Anthonj', on Wednesday" -> held, 1981-04-29 ("on Wednesday" in a Saturday 2
        # May paper), place null (no place is given for the talks; see the notes).
        M(["allen", "doug_anthony"], "1981-04-29", None, IP, H, _TH),
        # "... and an hour of talks with Mr Fraser, the Foreign Minister. Mr Street, and the
        # Minister of Immigration and Ethnic Affairs, Mr MacPhee, on Thursday." -> a meeting of
        # four named people: the three pairs across the table are required, held, 1981-04-30.
        M(["allen", "malcolm_fraser"], "1981-04-30", None, IP, H, _TH),
        M(["allen", "tony_street"], "1981-04-30", None, IP, H, _TH),
        M(["allen", "ian_macphee"], "1981-04-30", None, IP, H, _TH),
        # The pairs of the host side (the same government) -> required false (as 29a).
        M(["malcolm_fraser", "tony_street"], "1981-04-30", None, IP, H, _TH, False),
        M(["malcolm_fraser", "ian_macphee"], "1981-04-30", None, IP, H, _TH, False),
        M(["tony_street", "ian_macphee"], "1981-04-30", None, IP, H, _TH, False),
        # "Mr Anthony will come to Wellington on May 9 for three days of talks with New Zealand
        # ministers ..." -> the counterparts are given by role alone: a one-party row, planned,
        # date null (three days of talks, a range), Wellington.
        M(["doug_anthony"], None, "Wellington", IP, P,
          "Mr Anthony will come to Wellington on May 9 for three days of talks with New Zealand ministers on the question of a closer economic relationship."),
        # Not rows: the opening sentence ("has had talks with the Australian Prime Minister, Mr
        # Eraser, and other senior Australian ministers": the same talks, summarised); "The talks
        # with Messrs Fraser and Anthony" (the same); the delegation members Hunt, Hunt, MacDonell
        # and Townshend (named only as members of the delegation "which includes": actors, not
        # participants, as ANNOTATION treats accompanying delegation members); the Commonwealth
        # heads of government meeting and the Commonwealth Games (events, plenaries). Not
        # annotated: NZPA (the credit line), the Springbok tour (an event). Kept as found: "Mr
        # Eraser", "Mr Anthonj'", "politicans", "* The five .member", "Under-Secre-tary",
        # "Australian . Deputy Prime Minister. Mr", "Foreign Minister. Mr Street", "delegation.
        # which", the mixed quotation marks. Removed: at the start, the run of "Article image"
        # lines (page furniture); at the end, the cut-off last word ("He").
    ],
    roles=[("the Australian Prime Minister", "malcolm_fraser"), ("the Under-Secre-tary for Trade and Industry", "allen"),
           ("Deputy Prime Minister", "doug_anthony"), ("the Foreign Minister", "tony_street"),
           ("the Minister of Immigration and Ethnic Affairs", "ian_macphee")],
)

_RJ = ("In the course of his stay ■he will become the first ■ senior New Zealand political : figure to meet Japan’s new Minister of Agriculture and Forestry (Mr I. Nakagawa) and Minister of Foreign Affairs (Mr S. Sonoda).")
A["dev_12605_rowling_fukuda_tokyo_planned"] = dict(
    actors={
        "bill_rowling": ["Mr Rowling", "Mr Row- ’ ling"],
        "takeo_fukuda": ["Mr Takeo Fukuda"],
        "ichiro_nakagawa": ["Mr I. Nakagawa"],
        "sunao_sonoda": ["Mr S. Sonoda"],
        "japan_housewives_association": ["Japan Housewives Association"],
        "new_zealand_dairy_and_meat_boards": ["New Zealand Dairy and Meat Boards"],
        "socialist_international": ["Socialist International"],
    },
    meetings=[
        # "Mr Rowling will meet the Japanese Prime Minister tomorrow evening." (the Prime Minister =
        # Fukuda, named in "a series of meetings with senior Japanese political figures, including
        # the Prime Minister, (Mr Takeo Fukuda)") -> planned, 1977-12-15 ("tomorrow" in a Wednesday
        # 14 December paper), Tokyo (the dateline; "while in Tokyo").
        M(["bill_rowling", "takeo_fukuda"], "1977-12-15", "Tokyo", IP, P,
          "Mr Rowling will meet the Japanese Prime Minister tomorrow evening."),
        # "In the course of his stay he will become the first ... to meet Japan's new Minister of
        # Agriculture and Forestry (Mr I. Nakagawa) and Minister of Foreign Affairs (Mr S.
        # Sonoda)." -> two planned rows (two separate interactions), date null ("In the course of
        # his stay"), place Japan ("a sixday stay in Japan"; no city for these meetings; see the
        # notes).
        M(["bill_rowling", "ichiro_nakagawa"], None, "Japan", IP, P, _RJ),
        M(["bill_rowling", "sunao_sonoda"], None, "Japan", IP, P, _RJ),
        # Not rows: the airport press conference (a statement to the press); "representatives of
        # Japanese trade unions, the Japan Housewives Association, the New Zealand Dairy and Meat
        # Boards and important Japanese trading companies" (unnamed representatives: no named
        # person); the Socialist International meeting (a multilateral meeting). Not annotated:
        # NZPA (the credit line). Kept as found: "Tokyo'", "at-1 titude", "econiomic", "market r
        # there", "Mr Row- ’ ling", "Japan- : ese", "in- : eluding", "be will", the stray marks
        # "■", "•", "!", ")". Removed: at the start, the run of "Article image" lines. Nothing
        # removed at the end (the excerpt ends with a complete sentence).
    ],
    roles=[("the Leader of the Opposition", "bill_rowling"), ("the Japanese Prime Minister", "takeo_fukuda"),
           ("the Prime Minister", "takeo_fukuda"), ("Minister of Foreign Affairs", "sunao_sonoda"),
           ("Japan’s new Minister of Agriculture and Forestry", "ichiro_nakagawa")],
)

A["dev_12606_trudeau_prem_bangkok"] = dict(
    actors={
        "pierre_trudeau": ["Prime Minister Pierre Trudeau", "Pierre Trudeau", "Trudeau"],
        "prem_tinsulanonda": ["Gen. Prem Tinsulanonda", "Prem"],
        "bhumibol_adulyadej": ["King Bhumibol Adulyadej"],
    },
    meetings=[
        # "Trudeau was greeted at Bangkok's Don Muang airport with a 19-gun salute and an official
        # welcome from Thai Prime Minister Gen. Prem Tinsulanonda ..." -> held (an airport welcome
        # by the host, a row as in 29a), 1983-01-04 ("today" of a Tuesday 4 January story),
        # Bangkok.
        M(["pierre_trudeau", "prem_tinsulanonda"], "1983-01-04", "Bangkok", IP, H,
          "Trudeau was greeted at Bangkok's Don Muang airport with a 19-gun salute and an official welcome from Thai Prime Minister Gen. Prem Tinsulanonda and other dignitaries."),
        # "... before his formal talks with Prem Wednesday morning." -> planned, 1983-01-05,
        # Bangkok (the dateline; see the notes).
        M(["pierre_trudeau", "prem_tinsulanonda"], "1983-01-05", "Bangkok", IP, P,
          "Trudeau scheduled a meeting with Canadian businessmen in Thailand today before his formal talks with Prem Wednesday morning."),
        # "He was also scheduled for a Thursday afternoon audience with King Bhumibol Adulyadej."
        # -> planned, 1983-01-06, Thailand (no city for the audience).
        M(["pierre_trudeau", "bhumibol_adulyadej"], "1983-01-06", "Thailand", IP, P,
          "He was also scheduled for a Thursday afternoon audience with King Bhumibol Adulyadej."),
        # Not rows: "other dignitaries" and "Canadian businessmen" (unnamed); the school children;
        # the visit to an agricultural program; the later stops (countries, no named host); "Senior
        # Canadian officials" (unnamed). Not annotated: UPI and the byline "ANDREW P. HUTTON".
        # Kept as found: the headline cut "arrived in Bangkok today to...", the two "Advertisement"
        # lines inside the story (the brief allows trimming only at the start and end), "--".
        # Removed: at the start, an "Advertisement" line; at the end, the last, cut-off sentence
        # ("Senior Canadian officials hope the").
    ],
    roles=[("Thai Prime Minister", "prem_tinsulanonda"), ("the prime minister", "pierre_trudeau"),
           ("Prime Minister", "pierre_trudeau")],
)

A["test_12607_desai_ziaur_rahman_talk"] = dict(
    actors={
        "morarji_desai": ["Prime Minister Morarji Desai", "Morarji Desai", "Desai"],
        "ziaur_rahman": ["Gen Ziaur Rahman", "Zia"],
        "janata_party": ["Janata Party", "Janata"],
        "indian_national_congress": ["Congress"],
    },
    meetings=[
        # "From the relaxed mood with which the Bangladesh President, Gen Ziaur Rahman, came out
        # after his one-hour talk with the Indian Prime Minister, Morarji Desai, ..." (the heading
        # "Desai-Zia Talks"; "Desai is understood to have made it clear to Gen Ziaur Rahman ...":
        # the same talk) -> held, date null (the column reprints a 1977 page; no day is given for
        # the talk), place null (no city; the Commonwealth Conference is named without a place).
        M(["ziaur_rahman", "morarji_desai"], None, None, IP, H,
          "From the relaxed mood with which the Bangladesh President, Gen Ziaur Rahman, came out after his one-hour talk with the Indian Prime Minister, Morarji Desai, it appears certain that relations between the two neighbours would become normal soon."),
        # Not rows: Desai "Speaking at the Commonwealth Conference" (a plenary speech); the
        # assembly elections (no meeting). Not annotated: the Commonwealth Conference (an event),
        # Lok Sabha (named only in "the Lok Sabha election", an election), the states (places).
        # Kept as found: the paragraph break inside the evidence sentence ("it" / "appears"), the
        # headings "Assembly Polls" and "Desai-Zia Talks". Removed: at the start, the search tool's
        # " date 2017-06-10" prefix. Nothing removed at the end.
    ],
    roles=[("the Bangladesh President", "ziaur_rahman"), ("the Indian Prime Minister", "morarji_desai"),
           ("Prime Minister", "morarji_desai")],
)

A["dev_12608_trump_kenyatta_call"] = dict(
    actors={
        "uhuru_kenyatta": ["Uhuru Kenyatta", "Kenyatta"],
        "donald_trump": ["Donald Trump", "Trump"],
        "muhammadu_buhari": ["President Muhammadu Buhari", "Buhari"],
        "jacob_zuma": ["Jacob Zuma", "Zuma"],
        "abdel_fattah_el_sisi": ["Abdel Fattah Al-Sisi", "Al Sisi"],
        "al_shabaab": ["al-Shabaab", "Al-Shabaab"],
        "boko_haram": ["Boko Haram"],
        "white_house": ["White House"],
    },
    meetings=[
        # "Kenyan President Uhuru Kenyatta spoke with US President Donald Trump via telephone on
        # Tuesday evening, ..." -> phone, held, 2017-03-07 ("Tuesday" in a Wednesday 8 March
        # story), no place.
        M(["uhuru_kenyatta", "donald_trump"], "2017-03-07", None, PH, H,
          "Kenyan President Uhuru Kenyatta spoke with US President Donald Trump via telephone on Tuesday evening, the Presidency has confirmed."),
        # "Weeks ago he spoke to President Muhammadu Buhari of Nigeria and Jacob Zuma of South
        # Africa." (two separate calls: "Trump's fourth phone chat", "In his chat with Buhari")
        # -> two phone rows, held, date null ("Weeks ago"), no place.
        M(["donald_trump", "muhammadu_buhari"], None, None, PH, H,
          "Weeks ago he spoke to President Muhammadu Buhari of Nigeria and Jacob Zuma of South Africa."),
        M(["donald_trump", "jacob_zuma"], None, None, PH, H,
          "Weeks ago he spoke to President Muhammadu Buhari of Nigeria and Jacob Zuma of South Africa."),
        # "Before the two he had spoken to Egypt's Abdel Fattah Al-Sisi, ..." -> phone, held, date
        # null, no place.
        M(["donald_trump", "abdel_fattah_el_sisi"], None, None, PH, H,
          "Before the two he had spoken to Egypt’s Abdel Fattah Al-Sisi, according to Egyptian media reports."),
        # Not rows: "This is Trump's fourth phone chat ..." and "Trump has now spoken to an African
        # leader from four regions" (counts over the same calls); "He is yet to meet an African
        # leader" (no meeting); the White House readout (a statement); "when he will undertake a
        # visit to Africa" (no counterpart, no plan). Not annotated: "the Presidency" (Kenya's
        # presidency, generic), "Egyptian media reports" (generic), "The Trump government"
        # (generic). Kept as found: the opening quotation mark "‘‘" of the second quoted paragraph,
        # the single line breaks between paragraphs. Removed: at the start, the section tag
        # "Kenya"; at the end, the site's related-video list ("01:11 Democrats query millions ...",
        # "00:55 ...", ...).
    ],
    roles=[("Kenyan President", "uhuru_kenyatta"), ("US President", "donald_trump")],
)

A["dev_12609_zarif_macron_biarritz"] = dict(
    actors={
        "mohammad_javad_zarif": ["Mohammad Javad Zarif", "Zarif"],
        "emmanuel_macron": ["President Emmanuel Macron", "Emmanuel Macron"],
        "jean_yves_le_drian": ["Le Drian"],
        "reuters": ["Reuters"],
        "g7": ["G7"],
    },
    meetings=[
        # "A French official said Zarif had held talks for almost 3.5 hours, including 30 minutes
        # with President Emmanuel Macron." (the tweet's "Met [President] Emmanuel Macron on
        # sidelines of G7 Biarritz": the same) -> held, 2019-08-25 (the Sunday of the arrival),
        # Biarritz.
        M(["mohammad_javad_zarif", "emmanuel_macron"], "2019-08-25", "Biarritz", IP, H,
          "A French official said Zarif had held talks for almost 3.5 hours, including 30 minutes with President Emmanuel Macron."),
        # "... after extensive talks with [FM] Le Drian & Finance Min. ..." (Zarif's tweet quoted by
        # the agency) -> held, 2019-08-25, Biarritz.
        M(["mohammad_javad_zarif", "jean_yves_le_drian"], "2019-08-25", "Biarritz", IP, H,
          "Met [President] Emmanuel Macron on sidelines of G7 Biarritz after extensive talks with [FM] Le Drian & Finance Min. followed by a joint briefing for UK/Germany."),
        # The same sentence's "Finance Min." (the French finance minister, unnamed: a counterpart
        # given by role alone) -> a one-party row, held, 2019-08-25, Biarritz, required false (a
        # tweet's abbreviation; see the notes).
        M(["mohammad_javad_zarif"], "2019-08-25", "Biarritz", IP, H,
          "Met [President] Emmanuel Macron on sidelines of G7 Biarritz after extensive talks with [FM] Le Drian & Finance Min. followed by a joint briefing for UK/Germany.",
          False),
        # "The surprise arrival ... came just two days after his meetings with France's president
        # and FM Le Drian." (France's president = Macron, named) -> two held rows, 2019-08-23 ("two
        # days after" in a 25 August story), place null (no place for those meetings).
        M(["mohammad_javad_zarif", "emmanuel_macron"], "2019-08-23", None, IP, H,
          "The surprise arrival of Iranian Foreign Minister Mohammad Javad Zarif came just two days after his meetings with France’s president and FM Le Drian."),
        M(["mohammad_javad_zarif", "jean_yves_le_drian"], "2019-08-23", None, IP, H,
          "The surprise arrival of Iranian Foreign Minister Mohammad Javad Zarif came just two days after his meetings with France’s president and FM Le Drian."),
        # Not rows: the G7 summit (a summit as such); "a joint briefing for UK/Germany" (unnamed
        # representatives); "consultations ... between the presidents of Iran and France" (no
        # specific meeting, Iran's president unnamed); the tweet as such (a statement). Not
        # annotated: MNA (the agency in the dateline), "A French official" (unnamed). Kept as
        # found: "almost on Sunday afternoon", "on French initiative to salvage.", the brackets
        # "[President]", "[FM]". Removed: at the end, the trailing spaces and blank lines after the
        # last sentence and after "salvage." (whitespace only). Nothing removed at the start.
    ],
    roles=[("Iran’s foreign minister", "mohammad_javad_zarif"), ("his French counterpart", "jean_yves_le_drian"),
           ("France’s president", "emmanuel_macron"), ("Iranian Foreign Minister", "mohammad_javad_zarif"),
           ("FM", "jean_yves_le_drian")],
)

A["dev_12610_schumann_gromyko_moscow"] = dict(
    actors={
        "maurice_schumann": ["Mr Maurice Schumann", "Mr Schumann"],
        "andrei_gromyko": ["Mr Andrei Gromyko"],
        "georges_pompidou": ["Mr Pompidou"],
        "leonid_brezhnev": ["Mr Leonid Brezhnev", "Mr Brezhnev"],
        "alexei_kosygin": ["Mr Alexei Kosygin"],
        "nikolai_podgorny": ["President Podgomy"],
        "communist_party_of_the_soviet_union": ["Communist Party", "Soviet Union Communist Party"],
        "warsaw_pact": ["Warsaw Pact"],
    },
    meetings=[
        # "... the statement said adding that Mr Schumann and the Soviet Union Foreign Minister (Mr
        # Andrei Gromyko) also examined the situations in the Middle East and South-East Asia." (the
        # talks of "the three-day visit to Moscow by the French Foreign Minister") -> held, date
        # null (a three-day visit ending 9 May: a range), Moscow.
        M(["maurice_schumann", "andrei_gromyko"], None, "Moscow", IP, H,
          "Both Governments favoured a conference of the five nuclear Powers, including China, as recently proposed by Mr Brezhnev at the Soviet Union Communist Party congress, the statement said adding that Mr Schumann and the Soviet Union Foreign Minister (Mr Andrei Gromyko) also examined the situations in the Middle East and South-East Asia."),
        # Not rows: "One or more Soviet Union leaders would visit France in October or November"
        # (unnamed visitors, no named host); "During his visit to the Russian capital last October,
        # Mr Pompidou invited ... to France" (an invitation, not reported as accepted; the October
        # meetings themselves are not described; see the notes); "If Mr Brezhnev were to go to
        # Paris" (a hypothesis); the four-Power talks on Berlin (unnamed negotiators); the party
        # congress (a plenary). Not annotated: N.Z.P.A.-Reuter (the credit line). Kept as found:
        # "(N Z P A.’Reuter-Copyright)", "May 9. I One", "Podgomy", "affairs. including", the
        # missing full stop after "French support". Removed: at the start, the Papers Past notices
        # ("Thank you for correcting the text ..." and "This article contains searchable text
        # ...") and the run of "Article image" lines; at the end, the site footer ("Permanent link
        # to this item" and the cut-off "ht").
    ],
    roles=[("the French Foreign Minister", "maurice_schumann"), ("the First Secretary of the Communist Party", "leonid_brezhnev"),
           ("the Prime Minister", "alexei_kosygin"), ("the Soviet Union Foreign Minister", "andrei_gromyko"),
           ("party chief", "leonid_brezhnev")],
)

A["test_12611_reagan_gonzalez_madrid"] = dict(
    actors={
        "ronald_reagan": ["Mr Ronald Reagan", "Mr Reagan"],
        "felipe_gonzalez": ["Mr Felipe Gonzalez", "Mr Gonzalez"],
        "eduardo_sotillos": ["Mr Eduardo Sotillos", "Mr Sotillos"],
        "larry_speakes": ["Mr Larry Speakes"],
        "daniel_ortega": ["Mr Daniel Ortega Saavedra"],
        "contras": ["Contras"],
        "white_house": ["White House"],
    },
    meetings=[
        # "The American President, Mr Ronald Reagan, and the Prime Minister, Mr Felipe Gonzalez,
        # held their first round of talks yesterday, ..." ("the 45-minute meeting at the sixteenth
        # century El Pardo Palace": the same) -> held, 1985-05-07 ("yesterday" in a Wednesday 8 May
        # paper), Madrid (the dateline; "the Spanish capital").
        M(["ronald_reagan", "felipe_gonzalez"], "1985-05-07", "Madrid", IP, H,
          "NZPA-AP Madrid The American President, Mr Ronald Reagan, and the Prime Minister, Mr Felipe Gonzalez, held their first round of talks yesterday, two hours after Mr Reagan arrived in the Spanish capital from West Germany on a 41-hour visit."),
        # "... Nicaragua, a subject they would talk about today before a working luncheon at Mr
        # Gonzalez's residence, Moncloa Palace." -> planned (the article's perspective), 1985-05-08,
        # Madrid.
        M(["ronald_reagan", "felipe_gonzalez"], "1985-05-08", "Madrid", IP, P,
          "Mr Gonzalez’s spokesman, Mr Eduardo Sotillos, said the two did not discuss Nicaragua, a subject they would talk about today before a working luncheon at Mr Gonzalez’s residence, Moncloa Palace."),
        # Not rows: Reagan "planned to ask Mr Gonzalez to intercede ... to arrange a meeting between
        # them, United States envoys and representatives of the Contras" (a proposal addressed to
        # a government, unnamed participants); Ortega's request for a "technical stopover" in
        # Madrid (a request, no meeting named); the economic summit in Bonn (a summit as such);
        # Sotillos and Speakes "said" (statements). Not annotated: NZPA-AP (the credit line),
        # "Spanish sources", "the Nicaraguan Government", "the Sandinist Government" (generic). Kept
        # as found: "justconcluded", the paragraph break inside "“technical stopover" / in Madrid",
        # the straight closing quotation mark. Removed: at the start, the Papers Past notices and
        # the run of "Article image" lines; at the end, the last, cut-off sentence ("While Mr
        # Reagan and Mr Gonzalez talked, the Secretary of State, Mr George Shultz, and the Foreign
        # Minister, Mr Fernando Moran, met at the Foreign Ministry for two hou"; so the
        # Shultz-Moran meeting is not in the stored text).
    ],
    roles=[("The American President", "ronald_reagan"), ("the Prime Minister", "felipe_gonzalez"),
           ("the President", "ronald_reagan"), ("Mr Gonzalez’s spokesman", "eduardo_sotillos"),
           ("A White House spokesman", "larry_speakes"), ("the Nicaraguan President", "daniel_ortega")],
)

A["dev_12612_mulroney_baker_call"] = dict(
    actors={
        "brian_mulroney": ["Prime Minister Brian Mulroney", "Mulroney"],
        "james_baker": ["Jim Baker", "Jim", "Baker"],
        "ronald_reagan": ["President Reagan", "Ron", "Reagan"],
        "simon_reisman": ["Simon Reisman"],
        "peter_murphy": ["Peter Murphy"],
        "l_ian_macdonald": ["L. Ian MacDonald"],
        "policy_magazine": ["Policy Magazine"],
    },
    meetings=[
        # "“Look, at the last night of the trade negotiations in 1987 when Jim Baker called me and
        # told me that everything was done but he couldn't get the independent dispute settlement
        # mechanism." ("And Baker said: ..." in the same call) -> phone, held, 1987-10-03 (the last
        # night of the talks, "on this date in 1987" in a 3 October column; see the notes), no
        # place.
        M(["james_baker", "brian_mulroney"], "1987-10-03", None, PH, H,
          "“Look, at the last night of the trade negotiations in 1987 when Jim Baker called me and told me that everything was done but he couldn’t get the independent dispute settlement mechanism."),
        # Not rows: "I'm going to call President Reagan at Camp David right now" (a threatened call
        # that the text does not report as made); "the disputes ... between Canada's Chief
        # Negotiator Simon Reisman and the USA's Peter Murphy" (negotiations over many months, no
        # specific meeting); the interview with L. Ian MacDonald (a media interview). Not
        # annotated: "the Reagan Administration" and "The American team" (generic). Kept as found:
        # "1987.After", "Minister.I’ll", the double spaces after some full stops, the unbalanced
        # quotation marks. Removed: at the end, the last, cut-off sentence ("Within minutes, he was
        # in the Canadian negotiating room in the Treasury Department and he had a piece of paper
        # handwritten and he threw it on the tab"). Nothing removed at the start.
    ],
    roles=[("Prime Minister", "brian_mulroney"), ("Canada’s Prime Minister", "brian_mulroney"),
           ("the 18th Prime Minister", "brian_mulroney"), ("Canada’s Chief Negotiator", "simon_reisman")],
)
