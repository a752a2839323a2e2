"""Accuracy corpus, batch 5c: 12 new articles chosen where the corpus was still thin after batch
5b (1970s Southern Africa and Southeast Asia; South America, the Caucasus in the 1990s; Western
Europe in the 1980s; the Horn of Africa, Eastern Europe, the Pacific islands and East Asia in the
2000s; South Asia beyond India/Pakistan and North America in the 2010s; Central Asia in the
2020s; wire copy, national papers, a broadcaster, a state news agency, a US government wire, a
joint communique from an official archive and a presidential readout), collected with the
`search` tool (corpus `pages`) and annotated from the texts alone, BEFORE the package was run on them (the
package has not been run on this batch). Conventions: ../ANNOTATION.md and
/work/shared/ANNOTATION-GUIDE.md. Notes: batch_5c_NOTES.md.

Split rule (fixed before annotating, as given in the brief for this batch, the same as batches
5a and 5b): the articles are numbered 1..12 in the order they were collected; positions 3, 7 and
11 are test, all others dev. Ids: `dev_8NN_<slug>` / `test_8NN_<slug>`, NN = collection position
(01..12).

M(participants, date, place, kind, status, evidence, required=True)
Evidence is the verbatim sentence (line breaks inside it replaced by single spaces).
Aliases are written as they stand in the text; where a name is broken over two lines of a
hard-wrapped wire text or an OCR page, the alias keeps the line break ("Guido Di\\nTella").
"""


from annotations import H, IP, M, P, PH, VID  # noqa: F401 (the same row helpers)

# (article_id, region, decade, outlet, url, published)
ARTICLES = [
    # Date from the URL's issue code CHP19760918 (The Press, Christchurch, 18 September 1976, a
    # Saturday); the dateline "Lusaka" carries no date.
    ("dev_801_kissinger_vorster_pretoria", "Africa", "1970s", "The Press (Christchurch), via Papers Past (NZPA-Reuter)", "https://paperspast.natlib.govt.nz/newspapers/CHP19760918.2.56.4", "1976-09-18"),
    # Date line of the wire record ("DATE:06/23/93", also "1LEF321   06/23/93"; a Wednesday).
    ("dev_802_menem_clinton_washington", "Latin America", "1990s", "United States Information Agency wire (USIA), via GlobalSecurity.org", "https://www.globalsecurity.org/wmd/library/news/argentina/1894656-1898368.htm", "1993-06-23"),
    # Release date of the transcript record ("23/02/1973") and the communique's own date line
    # ("M/ 43 23 February 1973"), a Friday.
    ("test_803_whitlam_soeharto_communique", "Southeast Asia", "1970s", "PM Transcripts (Australian Prime Minister's Office; joint communique)", "http://pmtranscripts.pmc.gov.au/release/transcript-2830", "1973-02-23"),
    # Date from the URL (la-xpm-1987-03-29, a Sunday); "said Saturday" = 28 March 1987.
    ("dev_804_mitterrand_kohl_euromissiles", "Western Europe", "1980s", "Los Angeles Times (Reuters)", "https://www.latimes.com/archives/la-xpm-1987-03-29-mn-1269-story.html", "1987-03-29"),
    # Dateline "Prague/Baku, 19 February 1997 (RFE/RL)" (a Wednesday).
    ("dev_805_shevardnadze_aliyev_baku", "Central Asia/Caucasus", "1990s", "Radio Free Europe/Radio Liberty", "https://www.rferl.org/a/1083707.html", "1997-02-19"),
    # Date from the URL (/2007/06/06/) and the dateline "Mogadishu, June 6:" (a Wednesday).
    ("dev_806_meles_yusuf_mogadishu", "Africa", "2000s", "Oneindia (wire copy)", "https://www.oneindia.com/2007/06/06/ethiopian-pm-in-mogadishu-for-first-time-since-war-1181070538.html", "2007-06-06"),
    # Date from the URL (/2012/04/21/, a Saturday); "last evening" = 20 April 2012.
    ("test_807_gayoom_rajapaksa_colombo", "South Asia", "2010s", "Colombo Gazette", "https://colombogazette.com/2012/04/21/gayoom-holds-talks-with-mahinda/", "2012-04-21"),
    # Date line on the page ("Published: January 13, 2014, 6:57 pm", a Monday).
    ("dev_808_harper_three_amigos_toluca", "North America", "2010s", "Canada.com (Postmedia News)", "http://o.canada.com/news/harper-confirmed-for-three-amigos-summit", "2014-01-13"),
    # Dateline "MOSCOW, March 21 (RIA Novosti)" and the URL (/20070321/), a Wednesday.
    ("dev_809_yushchenko_visit_postponed", "Eastern Europe/Russia", "2000s", "RIA Novosti (en.rian.ru, now Sputnik International)", "http://en.rian.ru/russia/20070321/62360963.html", "2007-03-21"),
    # Date from the search result's date field ("2020-06-27 01:17", a Saturday); the excerpt
    # has no date line and the call is not dated in the text.
    ("dev_810_jeenbekov_putin_call", "Central Asia/Caucasus", "2020s", "24.kg (Kyrgyzstan)", "https://24.kg/english/157582___Presidents_of_Kyrgyzstan_and_Russia_talk_over_the_phone/", "2020-06-27"),
    # Date from the URL (/2004/02/26/, a Thursday).
    ("test_811_latham_somare_png", "Oceania", "2000s", "The Sydney Morning Herald", "http://www.smh.com.au/articles/2004/02/26/1077676844681.html?from=storyrhs", "2004-02-26"),
    # Date line on the page ("Tuesday, May 24, 2005"; also nn20050524 in the URL).
    ("dev_812_wu_yi_cancels_koizumi", "East Asia", "2000s", "The Japan Times", "http://info.japantimes.co.jp/text/nn20050524a2.html", "2005-05-24"),
]

A = {}

_KV = ("Dr Kissinger has flown from Zambia’s capital to Pretoria to confer with Mr Vorster on two main items: A Vorster account of his talks earlier this week with the Rhodesian Prime Minister (Mr lan Smith) on whether the Salisbury Government should surrender power to the black majority.")
A["dev_801_kissinger_vorster_pretoria"] = dict(
    actors={
        "henry_kissinger": ["Dr Henry Kissinger", "Henry Kissinger", "Dr Kissinger", "Kissinger"],
        "john_vorster": ["Mr John Vorster", "John Vorster", "Mr Vorster", "Vorster"],
        "ian_smith": ["Mr lan Smith", "lan Smith"],
        "kenneth_kaunda": ["Kenneth Kaunda", "President Kaunda", "Dr Kaunda", "Kaunda"],
        "julius_nyerere": ["Julius Nyerere"],
    },
    meetings=[
        # "has flown ... to Pretoria to confer with Mr Vorster"; "now faces"; "in their initial
        # exchange ... is likely" -> planned (about to begin), Pretoria, day not pinned -> null.
        M(["henry_kissinger", "john_vorster"], None, "Pretoria", IP, P, _KV),
        # "his talks earlier this week" -> held, date null; no place given.
        M(["john_vorster", "ian_smith"], None, None, IP, H, _KV),
        # "their talks in the . Zambian State House" -> held, date null; the State House of
        # "Zambia's capital" (the dateline) -> Lusaka (official building -> its city).
        M(["henry_kissinger", "kenneth_kaunda"], None, "Lusaka", IP, H,
          "“If your mission fails, we’ll fight,” Dr Kaunda told Dr Kissinger in an emotional appeal at their talks in the . Zambian State House."),
        # "his exchange with Presidents Kenneth Kaunda and Julius Nyerere" / "Having consulted two
        # key black Presidents": separate consultations (dev_032 reading) -> Kissinger-Nyerere
        # held, date and place null; no Kaunda-Nyerere row.
        M(["henry_kissinger", "julius_nyerere"], None, None, IP, H,
          "A Kissinger account of his exchange with Presidents Kenneth Kaunda and Julius Nyerere on ways of setting up negotiations to settle the constiutional future of Rhodesia and Namibia (SouthWest Africa)."),
        # Not rows: "his third round of talks with Mr Vorster since last June" (a count; the
        # current round is the planned row); the return "to Lusaka on Monday morning", the
        # flights to Dar-es-Salaam and "On Tuesday ... to Kinshasa" (places, no host named).
    ],
    roles=[("the United States Secretary of State", "henry_kissinger"),
           ("the South African Prime Minister", "john_vorster"),
           ("the Rhodesian Prime Minister", "ian_smith")],
)

_AR = ("Argentine Economics Minister Domingo Cavallo, Foreign Minister Guido Di Tella, Health and Social Services Alberto Mazza, and Defense Minister Oscar Camilion will hold meetings with their American counterparts.")
A["dev_802_menem_clinton_washington"] = dict(
    actors={
        "carlos_menem": ["Carlos Menem", "Menem"],
        "bill_clinton": ["President Clinton", "Clinton"],
        "domingo_cavallo": ["Domingo Cavallo"],
        "guido_di_tella": ["Guido Di\nTella"],
        "alberto_mazza": ["Alberto Mazza"],
        "oscar_camilion": ["Oscar\nCamilion", "Camilion"],
        "argentine_foreign_ministry": ["Foreign Ministry"],
    },
    meetings=[
        # "will meet President Clinton in the White House June 29" -> planned 1993-06-29 (year of
        # publication), White House -> Washington. The luncheon and joint news conference are the
        # same meeting.
        M(["carlos_menem", "bill_clinton"], "1993-06-29", "Washington", IP, P,
          "BUENOS AIRES -- Argentine President Carlos Menem will meet President Clinton in the White House June 29, the first Latin American chief of state to do so since Clinton took office in January."),
        # Four ministers, each with "their American counterparts" (given by role only) ->
        # one one-party row per minister; planned, date null (during the three-day working
        # visit), Washington.
        M(["domingo_cavallo"], None, "Washington", IP, P, _AR),
        M(["guido_di_tella"], None, "Washington", IP, P, _AR),
        M(["alberto_mazza"], None, "Washington", IP, P, _AR),
        M(["oscar_camilion"], None, "Washington", IP, P, _AR),
        # Not rows: the accompanying "four cabinet ministers and a delegation"; "Menem goes to
        # Washington on his second official visit" (the same visit).
    ],
    roles=[("Argentine President", "carlos_menem"), ("Argentine Economics Minister", "domingo_cavallo"),
           ("Foreign Minister", "guido_di_tella"), ("Health and Social Services", "alberto_mazza"),
           ("Defense Minister", "oscar_camilion")],
)

_WC = ("Mr Whitlam received courtesy calls by the State Minister of Economic, Industrial and Financial Affairs, His Highness Sri Sultan Hamengku Buwon IX, by Foreign Minister Haji Adam Malik and by the Governor of Jakarta, Lieutenant-general Kko Ali Sadikin.")
A["test_803_whitlam_soeharto_communique"] = dict(
    actors={
        "gough_whitlam": ["E. G.\nWhitlam", "Mr Whitlam", "Whitlam", "Mr hitlam"],
        "soeharto": ["President Soeharto", "Soeharto"],
        "hamengkubuwono_ix": ["Sri Sultan Hamengku Buwon IX"],
        "adam_malik": ["Adam Malik"],
        "ali_sadikin": ["Kko Ali Sadikin"],
    },
    meetings=[
        # "visited Indonesia from 20 to 25 February" (a range) -> date null; the text names no
        # city for the talks -> Indonesia. "comprehensive working discussions" and "lengthy
        # private discussions" are the same visit.
        M(["gough_whitlam", "soeharto"], None, "Indonesia", IP, H,
          "The two Heads of Government / 2 -2- had lengthy private discussions."),
        # Three courtesy calls received -> three held rows (separate callers), date null.
        M(["gough_whitlam", "hamengkubuwono_ix"], None, "Indonesia", IP, H, _WC),
        M(["gough_whitlam", "adam_malik"], None, "Indonesia", IP, H, _WC),
        M(["gough_whitlam", "ali_sadikin"], None, "Indonesia", IP, H, _WC),
        # Not a row: "while leader of the Australian Opposition met President Soeharto several
        # times" (a count).
    ],
    roles=[("The Prime Minister of Australia", "gough_whitlam"), ("the Prime Minister", "gough_whitlam"),
           ("leader of the Australian Opposition", "gough_whitlam"),
           ("Minister of Economic, Industrial and Financial Affairs", "hamengkubuwono_ix"),
           ("Foreign Minister", "adam_malik"), ("the Governor of Jakarta", "ali_sadikin")],
)

_TH = ("Both Mitterrand and Kohl referred to the closeness of their views on the Euromissile negotiations to those of British Prime Minister Margaret Thatcher, who met both men last Monday.")
A["dev_804_mitterrand_kohl_euromissiles"] = dict(
    actors={
        "francois_mitterrand": ["Francois Mitterrand", "Mitterrand"],
        "helmut_kohl": ["Helmut Kohl", "Kohl"],
        "margaret_thatcher": ["Margaret Thatcher"],
    },
    meetings=[
        # "said Saturday ... Speaking after 5 1/2 hours of talks" -> held 1987-03-28. The
        # chateau is only "here" (no dateline in the excerpt) -> place null.
        M(["francois_mitterrand", "helmut_kohl"], "1987-03-28", None, IP, H,
          "Speaking after 5 1/2 hours of talks in a 16th-Century royal chateau here, the two leaders told reporters that their positions are the same but did not go into details."),
        # Joint attendance at military maneuvers "near Ingolstadt on Sept. 24" -> planned
        # 1987-09-24, Ingolstadt; a joint programme, not talks -> optional (dev_704 Krnjak).
        M(["francois_mitterrand", "helmut_kohl"], "1987-09-24", "Ingolstadt", IP, P,
          "Mitterrand announced that he will pay a state visit to West Germany some time in the final quarter of 1987, and that both he and Kohl will attend large-scale Franco-German military maneuvers near Ingolstadt on Sept. 24.", False),
        # "who met both men last Monday" -> two rows; "last Monday" in a Sunday paper ->
        # 1987-03-23; no place given.
        M(["margaret_thatcher", "francois_mitterrand"], "1987-03-23", None, IP, H, _TH),
        M(["margaret_thatcher", "helmut_kohl"], "1987-03-23", None, IP, H, _TH),
        # Not a row: Mitterrand's "state visit to West Germany some time in the final quarter of
        # 1987" (a visit to a country, no host named; test_607).
    ],
    roles=[("West German Chancellor", "helmut_kohl"), ("British Prime Minister", "margaret_thatcher")],
)

A["dev_805_shevardnadze_aliyev_baku"] = dict(
    actors={
        "eduard_shevardnadze": ["Eduard Shevardnadze", "Shevardnadze"],
        "heydar_aliyev": ["Heydar Aliyev"],
        "natik_aliyev": ["Natik Aliyev"],
        "itar_tass": ["Itar-Tass"],
    },
    meetings=[
        # "after their meeting" on the day the agreements were "signed ... yesterday", "the
        # first day of a three-day official visit to Baku" -> held 1997-02-18, Baku. The rest of
        # the visit is the same visit (one row).
        M(["eduard_shevardnadze", "heydar_aliyev"], "1997-02-18", "Baku", IP, H,
          "Shevardnadze and Azerbaijan's President Heydar Aliyev told reporters after their meeting they also signed a joint declaration on strategic cooperation."),
    ],
    roles=[("Georgian president", "eduard_shevardnadze"), ("Azerbaijan's President", "heydar_aliyev"),
           ("the president of Azerbaijan's state oil company", "natik_aliyev")],
)

_VS = ("''Meles met with Yusuf and the Prime Minister at Villa Somalia, and then went to the Ethiopian embassy next door, where he met with other government officials including the mayor of Mogadishu, the police chief and some clan elders,'' one said.")
A["dev_806_meles_yusuf_mogadishu"] = dict(
    actors={
        "meles_zenawi": ["Meles Zenawi", "Meles"],
        "abdullahi_yusuf_ahmed": ["Abdullahi Yusuf", "Yusuf"],
        "ali_mohamed_gedi": ["Ali Mohamed Gedi"],
        "al_qaeda": ["al Qaeda"],
        "african_union": ["African Union", "AU"],
    },
    meetings=[
        # "visited Mogadishu today" -> 2007-06-06 (dateline "Mogadishu, June 6"), Mogadishu.
        M(["meles_zenawi", "abdullahi_yusuf_ahmed"], "2007-06-06", "Mogadishu", IP, H,
          "Meles held talks with President Abdullahi Yusuf and others at the heavily guarded presidential compound, two security officials said on condition of anonymity."),
        # "the Prime Minister" = "Somali Prime Minister Ali Mohamed Gedi" (named later) -> the
        # named actor is listed (test_004).
        M(["meles_zenawi", "ali_mohamed_gedi"], "2007-06-06", "Mogadishu", IP, H, _VS),
        # The two Somali hosts' own pair -> optional (same side, dev_017).
        M(["abdullahi_yusuf_ahmed", "ali_mohamed_gedi"], "2007-06-06", "Mogadishu", IP, H, _VS, False),
        # Unnamed officials, mayor, police chief and clan elders -> one-party row, optional
        # (dev_612, dev_704).
        M(["meles_zenawi"], "2007-06-06", "Mogadishu", IP, H, _VS, False),
    ],
    roles=[("Ethiopian Prime Minister", "meles_zenawi"), ("President", "abdullahi_yusuf_ahmed"),
           ("the Prime Minister", "ali_mohamed_gedi"), ("Somali Prime Minister", "ali_mohamed_gedi")],
)

A["test_807_gayoom_rajapaksa_colombo"] = dict(
    actors={
        "maumoon_abdul_gayoom": ["Maumoon Abdul Gayoom", "Gayoom"],
        "mahinda_rajapaksa": ["Mahinda Rajapaksa", "President Rajapaksa", "Rajapaksa", "Mahinda"],
        "g_l_peiris": ["G.L Peiris"],
        "lalith_weeratunga": ["Lalith Weeratunga"],
        "presidents_office_sri_lanka": ["President’s office"],
        "maldivian_democratic_party": ["Maldives Democratic Party", "MDP"],
        "hamid_abdul_ghafoor": ["Hamid Abdul Ghafoor", "Ghafoor"],
        "colombo_gazette": ["Colombo Gazette"],
        "mohamed_waheed_hassan": ["Mohammad Waheed", "Waheed"],
        "mahmoud_abbas": ["Mahmoud Abbas"],
    },
    meetings=[
        # "the talks took place last evening" in a Saturday paper -> 2012-04-20, Colombo. The
        # "courtesy call" is the same meeting; Peiris and Weeratunga "attended" -> actors, not
        # participants.
        M(["maumoon_abdul_gayoom", "mahinda_rajapaksa"], "2012-04-20", "Colombo", IP, H,
          "Former Maldivian President Maumoon Abdul Gayoom has had talks with President Mahinda Rajapaksa in Colombo."),
        # A state banquet for the visiting Abbas "this week": host unnamed -> one-party row,
        # date null, Maldives, optional (a banquet, reported as a claim; dev_030). Gayoom "at
        # the table as a special guest" attends -> not a participant.
        M(["mahmoud_abbas"], None, "Maldives", IP, H,
          "Ghafoor claimed that even at a state banquet for visiting Palestinian President Mahmoud Abbas in the Maldives this week Gayoom was at the table as a special guest.", False),
        # Not rows: Ghafoor speaking to the Colombo Gazette; Waheed's announcement "on
        # Wednesday".
    ],
    roles=[("Former Maldivian President", "maumoon_abdul_gayoom"), ("External Affairs Minister", "g_l_peiris"),
           ("President’s Secretary", "lalith_weeratunga"),
           ("MDP international affairs spokesman", "hamid_abdul_ghafoor"),
           ("Maldives President", "mohamed_waheed_hassan"), ("Palestinian President", "mahmoud_abbas")],
)

_NA = ("OTTAWA — Prime Minister Stephen Harper will join U.S. President Barack Obama and Mexico’s Enrique Pena Nieto on Feb. 19 for the North American Leaders Summit in Toluca, Mexico.")
A["dev_808_harper_three_amigos_toluca"] = dict(
    actors={
        "stephen_harper": ["Stephen Harper", "Prime Minister Harper", "Harper"],
        "barack_obama": ["Barack Obama", "Obama"],
        "enrique_pena_nieto": ["Enrique Pena Nieto", "Pena Nieto"],
        "nelson_mandela": ["Nelson Mandela"],
        "white_house": ["White House"],
        "prime_ministers_office_canada": ["Prime Minister’s Office", "PMO"],
        "stephen_lecce": ["Stephen Lecce"],
    },
    meetings=[
        # Three-leader summit "on Feb. 19" (year of publication) -> three planned pair rows,
        # 2014-02-19, Toluca (dev_312). The caption's "join their third Amigo for a summit" and
        # "discussing with his Canadian and Mexican counterparts" are the same meeting.
        M(["stephen_harper", "barack_obama"], "2014-02-19", "Toluca", IP, P, _NA),
        M(["stephen_harper", "enrique_pena_nieto"], "2014-02-19", "Toluca", IP, P, _NA),
        M(["barack_obama", "enrique_pena_nieto"], "2014-02-19", "Toluca", IP, P, _NA),
        # The call came before the Monday announcement; its own day is not given -> null.
        M(["barack_obama", "enrique_pena_nieto"], None, None, PH, H,
          "The White House announced the summit Monday after a phone call between Obama and Pena Nieto."),
        # "in November 2012" (month only) -> null, Ottawa.
        M(["enrique_pena_nieto", "stephen_harper"], None, "Ottawa", IP, H,
          "However, the charismatic Mexican president met with Harper in Ottawa in November 2012 during a visit to Canada, just days before he was sworn in."),
        # Not rows: Harper and Pena Nieto attending Mandela's memorial service (caption; an event,
        # no meeting stated); the April 2012 summit in Washington (participants not named).
    ],
    roles=[("Prime Minister", "stephen_harper"), ("U.S. President", "barack_obama"),
           ("Mexican President", "enrique_pena_nieto"), ("their third Amigo", "barack_obama"),
           ("the charismatic Mexican president", "enrique_pena_nieto"), ("PMO spokesman", "stephen_lecce")],
)

A["dev_809_yushchenko_visit_postponed"] = dict(
    actors={
        "viktor_yushchenko": ["Viktor Yushchenko", "Yushchenko"],
        "vladimir_putin": ["Putin"],
        "sergey_lavrov": ["Sergei Lavrov", "Lavrov"],
        "viktor_yanukovych": ["Viktor Yanukovych"],
        "mikhail_fradkov": ["Mikhail Fradkov"],
        "volodymyr_ohryzko": ["Volodymyr Ohryzko", "Ohryzko"],
        "kommersant": ["Kommersant"],
        "black_sea_fleet": ["Russian Black Sea Fleet"],
    },
    meetings=[
        # The visit "originally planned for March 21" was postponed -> no row for that day. The
        # visit itself "was not canceled" and a new date "is being discussed" -> planned, date
        # null; the counterpart is implied only ("The leaders were to sign", after "Putin"), the
        # programme is in Moscow (Moscow State University) -> Moscow; optional.
        M(["viktor_yushchenko", "vladimir_putin"], None, "Moscow", IP, P,
          "A rescheduled date for a visit by Ukraine's president, originally planned for March 21 and postponed due to the recent tragedies in Russia, is being discussed, the Russian foreign minister said.", False),
        # Not rows: Yushchenko's requested meetings with Fradkov, the speakers and editors (a
        # request for the postponed programme); the signing by Lavrov and Ohryzko planned for the
        # postponed visit; Kommersant's report.
    ],
    roles=[("Ukraine's president", "viktor_yushchenko"), ("the Russian foreign minister", "sergey_lavrov"),
           ("pro-Russian Prime Minister", "viktor_yanukovych"), ("the Russian premier", "mikhail_fradkov"),
           ("Ukraine's acting Foreign Minister", "volodymyr_ohryzko"), ("the popular daily", "kommersant"),
           ("the paper", "kommersant")],
)

A["dev_810_jeenbekov_putin_call"] = dict(
    actors={
        "sooronbay_jeenbekov": ["Sooronbai Jeenbekov"],
        "vladimir_putin": ["Vladimir Putin"],
        "information_policy_department_kyrgyzstan": ["Information Policy Department of the Presidential Administration of the Kyrgyz Republic"],
    },
    meetings=[
        # A call, no day given in the text -> date null, no place.
        M(["sooronbay_jeenbekov", "vladimir_putin"], None, None, PH, H,
          "Heads of Kyrgyzstan Sooronbai Jeenbekov and Russia Vladimir Putin spoke on the phone."),
        # Not rows: "his visit to Moscow" (no meeting stated), the parade not attended, "the
        # invitation to take part in the festive events".
    ],
    roles=[("his Kyrgyz counterpart", "sooronbay_jeenbekov"), ("the head of Russia", "vladimir_putin"),
           ("the press service", "information_policy_department_kyrgyzstan")],
)

A["test_811_latham_somare_png"] = dict(
    actors={
        "gough_whitlam": ["Gough Whitlam", "Mr Whitlam"],
        "mark_latham": ["Mark Latham", "Mr Latham"],
        "michael_somare": ["Sir Michael Somare", "Sir Michael", "Somare"],
    },
    meetings=[
        # "meeting today" / "ahead of today's meeting" -> planned 2004-02-26; the text names no
        # city ("PNG", "I come here") -> Papua New Guinea.
        M(["mark_latham", "michael_somare"], "2004-02-26", "Papua New Guinea", IP, P,
          "Former Australian Prime Minister Gough Whitlam cleared the way for federal Opposition Leader Mark Latham's meeting today with Papua New Guinea Prime Minister Sir Michael Somare."),
        # "had spoken to Sir Michael" ("called Sir Michael directly ... they had a discussion")
        # -> held, phone, date null.
        M(["gough_whitlam", "michael_somare"], None, None, PH, H,
          "Mr Latham confirmed Mr Whitlam had spoken to Sir Michael ahead of today's meeting."),
    ],
    roles=[("Former Australian Prime Minister", "gough_whitlam"), ("federal Opposition Leader", "mark_latham"),
           ("Papua New Guinea Prime Minister", "michael_somare"), ("PNG PM", "michael_somare"),
           ("the member for Werriwa", "mark_latham")],
)

_WY = ("Wu, who was slated to stay until Tuesday, left Tokyo in the afternoon following a meeting with Lower House Speaker Yohei Kono and a luncheon with Japan Business Federation officials, including its chairman, Hiroshi Okuda, who is also chairman of Toyota Motor Corp.")
A["dev_812_wu_yi_cancels_koizumi"] = dict(
    actors={
        "wu_yi": ["Wu Yi", "Wu"],
        "junichiro_koizumi": ["Junichiro Koizumi", "Koizumi"],
        "yohei_kono": ["Yohei Kono"],
        "japan_business_federation": ["Japan Business Federation"],
        "hiroshi_okuda": ["Hiroshi Okuda"],
        "toyota_motor_corp": ["Toyota Motor Corp."],
        "hiroyuki_hosoda": ["Hiroyuki Hosoda", "Hosoda"],
        "national_diet": ["Diet"],
    },
    meetings=[
        # Monday (2005-05-23), before she "left Tokyo in the afternoon" -> held, Tokyo.
        M(["wu_yi", "yohei_kono"], "2005-05-23", "Tokyo", IP, H, _WY),
        # The luncheon with the federation's officials "including its chairman" -> Wu-Okuda.
        M(["wu_yi", "hiroshi_okuda"], "2005-05-23", "Tokyo", IP, H, _WY),
        # Not rows: the meeting with Koizumi "abruptly canceled"; "I'd be willing to see her
        # anytime" (hypothetical); the Chinese delegation's message (unnamed); Koizumi's
        # Yasukuni visits and Diet remarks.
    ],
    roles=[("Chinese Vice Premier", "wu_yi"), ("Prime Minister", "junichiro_koizumi"),
           ("Lower House Speaker", "yohei_kono"), ("its chairman", "hiroshi_okuda"),
           ("chairman of Toyota Motor Corp.", "hiroshi_okuda"), ("Chief Cabinet Secretary", "hiroyuki_hosoda")],
)
