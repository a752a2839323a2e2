"""Accuracy corpus, batch 20a: 12 new articles from the 1970s, 1980s and 1990s (four per decade),
chosen where the corpus was still thinnest (region x decade cells counted over sources.csv and the
ARTICLES of every batch_*.py present before searching, 504 distinct article ids, batches 1-19b;
batch 20b, written at the same time by another helper, is not counted and was not opened: in the
1970s Central Asia/Caucasus had 0 articles, the other ten regions 6; in the 1980s Southeast Asia
had 5, East Asia and Latin America 7, the other eight regions 6; in the 1990s Eastern
Europe/Russia, North America, Southeast Asia and Western Europe had 7, the other seven regions 8)
and spread over ten of the eleven regions (Africa twice: 1970s and 1980s; Southeast Asia twice:
1980s and 1990s). Picks: 1970s East Asia, Latin America, the Middle East and Africa (cells at 6;
Central Asia/Caucasus 1970s was searched again, queries 1-4, without a usable news page); 1980s
Southeast Asia (the only cell at 5), South Asia, Oceania and Africa (cells at 6; Central
Asia/Caucasus 1980s, also at 6, was searched in queries 28-31 and 34 without a new usable page,
so its slot went to Africa); 1990s Eastern Europe/Russia, North America, Southeast Asia and
Western Europe (the four cells at 7). Central Asia/Caucasus is the one region this batch lacks.
Outlets: none is new to the corpus (The Press via Papers Past twice, the Time text mirror, the
JTA archive, UPI archives, the India Today archive, the Los Angeles Times archive four times, once
through a mirror host, CNN and The Baltimore Sun); none of the twelve pages is in the corpus.
Collected with the `search` tool (corpus `pages`) and annotated from the texts alone, BEFORE the
package was run on them (the package has not been run on this batch). Conventions: ANNOTATION.md
and /work/shared/ANNOTATION-GUIDE.md. Notes: batch_20a_NOTES.md.

Split rule (fixed before annotating, as given in the brief for this batch, the same as batches
5a-19b): the articles are numbered 1..12 in the order they were first found in this session's
search results (the query in which each first appeared, then the rank); positions 3, 7 and 11
are test, all others dev. Ids: `dev_38NN_<slug>` / `test_38NN_<slug>`, NN = collection position
(01..12).

M(participants, date, place, kind, status, evidence, required=True)
Evidence is the verbatim sentence (line breaks inside it replaced by single spaces).
Aliases are written as they stand in the text (typos and OCR debris included).
"""


from annotations import H, IP, M, P, PH, VID  # noqa: F401 (the same row helpers)

# (article_id, region, decade, outlet, url, published)
ARTICLES = [
    # Issue code CHP19790702 (The Press, Christchurch, 2 July 1979, a Monday); the dateline
    # "NZPA-Reuter ... Seoul" has no date and the talks are not dated in the text. Region: the
    # non-US principal is South Korean -> East Asia (as US-China = East Asia).
    ("dev_3801_carter_park_seoul", "East Asia", "1970s", "The Press (Christchurch), via Papers Past (NZPA-Reuter)", "https://paperspast.natlib.govt.nz/newspapers/CHP19790702.2.87", "1979-07-02"),
    # Date line "Monday, Feb. 09, 1976" (Time's cover date, as dev_3604). "last week" is vague:
    # no date. Region (judgement): the host is Cuba -> Latin America (as dev_2601 Kaunda-Manley in
    # Kingston); the guest's region would give North America.
    ("dev_3802_trudeau_castro_cuba", "Latin America", "1970s", "Time (magazine archive, text mirror)", "http://20.210.105.67/txt/time/Time1976/1976-02-09/917973.html", "1976-02-09"),
    # Date line "January 16, 1974" (a Wednesday). JTA "today" / "last night" / "this morning" /
    # "tomorrow" are NOT resolved (as dev_3601, dev_3602): no meeting is dated. Region: Middle East.
    ("test_3803_kissinger_eban_meir_jerusalem", "Middle East", "1970s", "Jewish Telegraphic Agency (JTA archive)", "https://www.jta.org/archive/israelis-optimistic-disengagement-accord-with-egypt-is-within-reach", "1974-01-16"),
    # Issue code CHP19760917 (The Press, 17 September 1976, a Friday); the dateline
    # "Dar-es-Salaam" has no date and the talks are not dated; "10 days ago" is vague (no date).
    # Region: Africa.
    ("dev_3804_kissinger_nyerere_dar_es_salaam", "Africa", "1970s", "The Press (Christchurch), via Papers Past (NZPA-Reuter)", "https://paperspast.natlib.govt.nz/newspapers/CHP19760917.2.49", "1976-09-17"),
    # No date line in the excerpt; the URL (/Archives/1982/10/12/) gives 1982-10-12, a Tuesday;
    # UPI "today" = the dispatch day (as test_3607). Region: the non-US principal is Indonesian ->
    # Southeast Asia.
    ("dev_3805_reagan_suharto_white_house", "Southeast Asia", "1980s", "United Press International (UPI archives)", "http://www.upi.com/Archives/1982/10/12/President-Reagan-welcomed-Indonesian-President-Suharto-to-the-White/8771403243200/", "1982-10-12"),
    # No date line in the excerpt; the URL (story/19870831-...) gives the issue date 1987-08-31 (as
    # test_2003, test_2803). Region: South Asia.
    ("dev_3806_dixit_jayewardene_accord", "South Asia", "1980s", "India Today (magazine archive)", "https://www.indiatoday.in/magazine/neighbours/story/19870831-how-the-historic-indo-sri-lankan-accord-was-signed-799235-1987-08-31", "1987-08-31"),
    # Date line "May 19, 1987|From the Washington Post" (a Tuesday), as in the URL; "Monday night"
    # = 1987-05-18, "Thursday's coup" = 1987-05-14. Region: Oceania (Fiji).
    ("test_3807_ganilau_rabuka_suva", "Oceania", "1980s", "Los Angeles Times (from the Washington Post)", "http://articles.latimes.com/1987-05-19/news/mn-1016_1_governor-general", "1987-05-19"),
    # No date line in the excerpt; the URL (la-xpm-1989-07-11) gives 1989-07-11, a Tuesday:
    # "Monday" = 1989-07-10, "Wednesday" (of "last week") = 1989-07-05, "Sunday" = 1989-07-09.
    # Region: Africa.
    ("dev_3808_mandela_botha_confirmed", "Africa", "1980s", "Los Angeles Times (Times Wire Services)", "https://www.latimes.com/archives/la-xpm-1989-07-11-mn-3655-story.html", "1989-07-11"),
    # No date line in the excerpt; the URL (la-xpm-1992-06-24) gives 1992-06-24, a Wednesday:
    # "Tuesday" = 1992-06-23, "Thursday" = 1992-06-25. Region: Eastern Europe/Russia.
    ("dev_3809_yeltsin_kravchuk_black_sea", "Eastern Europe/Russia", "1990s", "Los Angeles Times (Special to The Times)", "https://www.latimes.com/archives/la-xpm-1992-06-24-mn-870-story.html", "1992-06-24"),
    # A copy of the LA Times archive page la-xpm-1992-11-12-mn-254 on a mirror host (the URL is the
    # one the search returned; the canonical page is
    # https://www.latimes.com/archives/la-xpm-1992-11-12-mn-254-story.html, also not in the
    # corpus). 1992-11-12 is a Thursday: "Wednesday" = 1992-11-11, "next Wednesday" = 1992-11-18.
    # Region: a domestic US story -> North America.
    ("dev_3810_clinton_bush_call_planned", "North America", "1990s", "Los Angeles Times (archive copy on a mirror host)", "http://pyxis.nohib.com./archives/la-xpm-1992-11-12-mn-254-story.html", "1992-11-12"),
    # Date line "August 12, 1997 / Web posted at: 9:08 a.m. EDT" (a Tuesday): "on Tuesday" =
    # 1997-08-12, "Monday" = 1997-08-11. Region: the principals are Cambodian (the meeting is in
    # Beijing) -> Southeast Asia (as dev_3609).
    ("test_3811_hun_sen_sihanouk_beijing", "Southeast Asia", "1990s", "CNN (cnn.com)", "http://www.cnn.com/WORLD/9708/12/cambodia.china/index.html", "1997-08-12"),
    # No date line in the excerpt; the URL (bs-xpm-1997-12-12) gives 1997-12-12, a Friday; the
    # dateline "LONDON --" has no date, so "yesterday" is read against the paper = 1997-12-11.
    # Region: Western Europe.
    ("dev_3812_adams_blair_downing_street", "Western Europe", "1990s", "The Baltimore Sun", "https://www.baltimoresun.com/news/bs-xpm-1997-12-12-1997346036-story.html", "1997-12-12"),
]

A = {}

A["dev_3801_carter_park_seoul"] = dict(
    actors={
        "jimmy_carter": ["President Jimmy Carter", "Jimmy Carter", "Mr Carter", "President Carter", "Carter"],
        "park_chung_hee": ["Mr Park Chung Hee", "Park Chung Hee", "President Park"],
        "kim_il_sung": ["Kim II Sung"],
        "united_nations": ["United Nations"],
    },
    meetings=[
        # "Mr Carter made the appeal at a State banquet after holding extensive talks with President
        # Park" -> held, date null (the talks are not dated; the paper is Monday 2 July), Seoul
        # (dateline). The State banquet is part of the same visit (same pair, place) -> folded in.
        M(["jimmy_carter", "park_chung_hee"], None, "Seoul", IP, H,
          "Mr Carter made the appeal at a State banquet after holding extensive talks with President Park on political and military developments on the Korean Peninsula."),
        # Not rows: the final communique's proposal of "a meeting between United States and North and
        # South Korean officials" (a proposal; no one named); the banquet speech (a speech); Kim Il
        # Sung (no contact); the opposition sources and arrests. Removed: the Papers Past "Article
        # image" lines; the cut-off last sentence ("Opposition sources said in Seoul at the week-end
        # that the police had arrested several hundred dissiden"). Kept: the section label
        # "International" run into the headline, "NZPA-Reuter - - —", the paragraph break inside
        # "admitted to / the United Nations", the OCR forms "Kim II Sung", "alh", "oi" and the
        # missing full stop after "human rights".
    ],
    roles=[("the South Korean President", "park_chung_hee"), ("the North Korean leader", "kim_il_sung")],
)

A["dev_3802_trudeau_castro_cuba"] = dict(
    actors={
        "pierre_trudeau": ["Canadian Prime Minister Pierre Elliott Trudeau", "Pierre Elliott Trudeau", "Trudeau"],
        "fidel_castro": ["Fidel Castro", "Castro"],
        "margaret_trudeau": ["Margaret"],
        "william_mader": ["William Mader"],
        "time_magazine": ["TIME"],
    },
    meetings=[
        # "by the time ... Trudeau ended a three-day visit to Fidel Castro's Cuba last week, an
        # obvious rapport had developed between the two leaders" -> a visit to the host, held, date
        # null ("last week"; three days: a range), place Cuba (judgement: the text names Havana only
        # for the press conference; the visit is to the country). The airport farewell (Castro
        # "embraced Trudeau"), the joint appearance at a sugar refinery and the talks behind the
        # "rapport" are parts of the same visit -> one row.
        M(["pierre_trudeau", "fidel_castro"], None, "Cuba", IP, H,
          "They would seem to have little in common, yet by the time Canadian Prime Minister Pierre Elliott Trudeau ended a three-day visit to Fidel Castro's Cuba last week, an obvious rapport had developed between the two leaders."),
        # Not rows: Mexico and Venezuela (stops of the tour, no hosts named); the Havana press
        # conference; Castro's and Trudeau's speeches to the crowd; Margaret Trudeau (a spouse,
        # kissed at the farewell: not a participant); William Mader, who "accompanied Trudeau" (a
        # travelling journalist). Removed: the cut-off last fragment ("More than 100,000 p"); the
        # complete sentence before it is kept.
    ],
    roles=[("Canadian Prime Minister", "pierre_trudeau"), ("his guest", "pierre_trudeau"),
           ("his wife", "margaret_trudeau"), ("TIME's Ottawa bureau chief", "william_mader")],
)

_KD = ("Later this morning he conferred again with Eban, Defense Minister Moshe Dayan, Chief of Staff David "
       "Elazar and Israel’s Ambassador to the U.S. Simcha Dinitz.")

A["test_3803_kissinger_eban_meir_jerusalem"] = dict(
    actors={
        "jewish_telegraphic_agency": ["Jewish Telegraphic Agency"],
        "henry_kissinger": ["U.S. Secretary of State Henry A. Kissinger", "Henry A. Kissinger", "Kissinger"],
        "anwar_sadat": ["President Anwar Sadat", "Anwar Sadat"],
        "george_vest": ["State Department spokesman George Vest", "George Vest", "Vest"],
        "us_state_department": ["State Department"],
        "abba_eban": ["Foreign Minister Abba Eban", "Abba Eban", "Eban"],
        "moshe_dayan": ["Defense Minister Moshe Dayan", "Moshe Dayan"],
        "david_elazar": ["Chief of Staff David Elazar", "David Elazar"],
        "simcha_dinitz": ["Simcha Dinitz"],
        "ministry_of_foreign_affairs_israel": ["Foreign Ministry"],
        "golda_meir": ["Premier Golda Meir", "Golda Meir"],
        "richard_nixon": ["President Nixon", "Nixon"],
    },
    meetings=[
        # "Kissinger and his aides who have been shuttling between Jerusalem and President Anwar
        # Sadat's Aswan residence" (+ "his latest round in Egypt") -> the talks with Sadat are
        # implied by the shuttle to his residence, not stated: held, optional (as dev_3604's Le Duc
        # Tho), date null ("for the past two days": a range), Aswan.
        M(["henry_kissinger", "anwar_sadat"], None, "Aswan", IP, H,
          "That view was indicated after eight hours of meetings between Israeli officials and U.S. Secretary of State Henry A. Kissinger and his aides who have been shuttling between Jerusalem and President Anwar Sadat’s Aswan residence for the past two days in an intensive effort to narrow the gap between the two parties.", False),
        # "conferred with Foreign Minister Abba Eban until the early hours of this morning" -> held,
        # date null (JTA "last night" / "this morning" not resolved), place Jerusalem (judgement:
        # the Israeli end of the "Jerusalem-Aswan" shuttle, after he "returned from ... Egypt"; the
        # bulletin has no dateline; alternative null). The second session "later this morning"
        # with Eban is folded into this row (same pair, place and morning).
        M(["henry_kissinger", "abba_eban"], None, "Jerusalem", IP, H,
          "Kissinger returned from his latest round in Egypt late last night and conferred with Foreign Minister Abba Eban until the early hours of this morning."),
        # "he conferred again with Eban, ... Dayan, ... Elazar and ... Dinitz" -> a meeting of five
        # named people: Kissinger with each Israeli (required); the six Israeli same-side pairs
        # optional (as dev_3601, test_3607). Date null, Jerusalem (as above).
        M(["henry_kissinger", "moshe_dayan"], None, "Jerusalem", IP, H, _KD),
        M(["henry_kissinger", "david_elazar"], None, "Jerusalem", IP, H, _KD),
        M(["henry_kissinger", "simcha_dinitz"], None, "Jerusalem", IP, H, _KD),
        M(["abba_eban", "moshe_dayan"], None, "Jerusalem", IP, H, _KD, False),
        M(["abba_eban", "david_elazar"], None, "Jerusalem", IP, H, _KD, False),
        M(["abba_eban", "simcha_dinitz"], None, "Jerusalem", IP, H, _KD, False),
        M(["moshe_dayan", "david_elazar"], None, "Jerusalem", IP, H, _KD, False),
        M(["moshe_dayan", "simcha_dinitz"], None, "Jerusalem", IP, H, _KD, False),
        M(["david_elazar", "simcha_dinitz"], None, "Jerusalem", IP, H, _KD, False),
        # "He attended a working lunch with the Foreign Ministry staff at Eban's residence" -> the
        # staff are unnamed (Eban is not said to attend): one-party row, held, optional (as
        # dev_3604's unnamed ambassadors), date null, Jerusalem.
        M(["henry_kissinger"], None, "Jerusalem", IP, H,
          "He attended a working lunch with the Foreign Ministry staff at Eban’s residence.", False),
        # "Kissinger also paid a visit to Premier Golda Meir who is still confined to bed" -> held,
        # date null, Jerusalem (as above).
        M(["henry_kissinger", "golda_meir"], None, "Jerusalem", IP, H,
          "Kissinger also paid a visit to Premier Golda Meir who is still confined to bed with a viral infection."),
        # Not rows: "eight hours of meetings between Israeli officials and ... Kissinger" (the
        # sessions listed afterwards; unnamed officials); Vest's description of "today's talks"
        # (the same sessions); "will return to Egypt tomorrow" (a trip, no host named; JTA
        # "tomorrow"); "in regular telegraphic contact with President Nixon" (no specific contact);
        # the JTA having "learned today" (a source). Removed: the archive's search line, "See
        # Original Daily Bulletin From This Date", "Advertisement"; the cut-off last fragment
        # ("Yesterday's United Nations announcement").
    ],
    roles=[("U.S. Secretary of State", "henry_kissinger"), ("State Department spokesman", "george_vest"),
           ("Foreign Minister", "abba_eban"), ("Defense Minister", "moshe_dayan"), ("Chief of Staff", "david_elazar"),
           ("Israel’s Ambassador to the U.S.", "simcha_dinitz"), ("Premier", "golda_meir")],
)

A["dev_3804_kissinger_nyerere_dar_es_salaam"] = dict(
    actors={
        "henry_kissinger": ["Dr Henry Kissinger", "Henry Kissinger", "Dr Kissinger", "Kissinger"],
        "julius_nyerere": ["President Julius Nyerere", "Julius Nyerere", "President Nyerere"],
        "john_vorster": ["Mr John Vorster", "John Vorster"],
        "swapo": ["S.W.A.P.O.", "South-West Africa People’s Organisation"],
    },
    meetings=[
        # "Dr Henry Kissinger and President Julius Nyerere of Tanzania have ended the first round of
        # Dr Kissinger's African peace shuttle" -> held, date null (not dated; the paper is Friday
        # 17 September), Dar es Salaam (dateline "Dar-es-Salaam"; the corpus spelling of the city).
        M(["henry_kissinger", "julius_nyerere"], None, "Dar es Salaam", IP, H,
          "The United States Secretary of State ( Dr Henry Kissinger i and President Julius Nyerere of Tanzania have ended the first round of Dr Kissinger’s African peace shuttle with expressions of pessimism about the prospects of its success."),
        # "reporting on his meeting. 10 days ago with the; South African Prime Minister (Mr John
        # Vorster)" -> held, date null ("10 days ago" is vague, as "three weeks ago" in dev_044),
        # place null (not in the text).
        M(["henry_kissinger", "john_vorster"], None, None, IP, H,
          "President Nyerere said I the American Secretary,] reporting on his meeting. 10 days ago with the; South African Prime Minister (Mr John Vorster), had told him nothing encouraging about the chances of a settlement in either Rhodesia or Namibia (South-West Africa)."),
        # Not rows: Kissinger's press conference; S.W.A.P.O. and the "front-line States" (no
        # meeting). Removed: the Papers Past "Article image" lines; the cut-off last sentence ("On
        # the Rhodesian issue, President Nyerere said “1 would have been encouraged if I had been
        # told that the Rhodesian Prime Mini"). Kept: the OCR debris ("( Dr Henry Kissinger i",
        # "said I the American Secretary,]", "meeting. 10 days", "the;", "were]", "There]",
        # "differing]", "face]", "whethet ]", "possiblity", "|; than", "■[had", "Dt ‘ Kissinger",
        # "accepted . S.W.A.P.O.", "of - the", "key •", "front-line ! States") and the paragraph
        # break inside "rather / than".
    ],
    roles=[("The United States Secretary of State", "henry_kissinger"), ("the American Secretary", "henry_kissinger"),
           ("South African Prime Minister", "john_vorster")],
)

A["dev_3805_reagan_suharto_white_house"] = dict(
    actors={
        "ronald_reagan": ["President Reagan", "Reagan"],
        "soeharto": ["Indonesian President Suharto", "Suharto"],
        "asean": ["Association of Southeast Asia Nations", "ASEAN"],
    },
    meetings=[
        # "President Reagan welcomed Indonesian President Suharto to the White House with full
        # ceremonial honors today" -> held, 1982-10-12 (UPI "today"), Washington (dateline; White
        # House).
        M(["ronald_reagan", "soeharto"], "1982-10-12", "Washington", IP, H,
          "WASHINGTON -- President Reagan welcomed Indonesian President Suharto to the White House with full ceremonial honors today and said the United States applauds Indonesia's pursuit of independence and 'genuine non-alignment.'"),
        # "Economic matters were expected to figure prominently in the talks between Reagan and
        # Suharto" (+ "I'm sure our talks will strengthen ...") -> the talks of the same state visit,
        # still to come at the time of writing: planned, optional (same pair and place as the held
        # welcome; a reader may fold them into it), date null (not stated), Washington.
        M(["ronald_reagan", "soeharto"], None, "Washington", IP, P,
          "Economic matters were expected to figure prominently in the talks between Reagan and Suharto, and Reagan said it is 'in the clear interest of both our countries to maintain and improve economic and trade relations, mutually beneficial economic imports; and an equitable two way trade ....'", False),
        # Not rows: Reagan's welcoming remarks (a speech); ASEAN (an organisation, no meeting); the
        # earlier state visits ("his third state visit", not dated or described). The byline "By
        # HELEN THOMAS, UPI White House Reporter" is kept and not annotated. Removed: "Advertisement"
        # (four times); the cut-off last fragment ("Spe").
    ],
    roles=[("The 61-year-old Asian leader", "soeharto"), ("a founding father of the organization", "soeharto"),
           ("the organization", "asean")],
)

_DX = ("The team was organized in two groups: Menon negotiated with the militants while Dixit got in touch with "
       "Jayewardene via his trusted minister Gamini Dissanayake.")

A["dev_3806_dixit_jayewardene_accord"] = dict(
    actors={
        "k_p_s_menon": ["Foreign Secretary K.P.S. Menon", "K.P.S. Menon", "Menon"],
        "m_k_narayanan": ["Intelligence Bureau Chief M.K. Narayanan", "M.K. Narayanan"],
        "j_n_dixit": ["J.N. Dixit", "Dixit"],
        "m_g_ramachandran": ["Tamil Nadu Chief Minister M.G. Ramachandran", "M.G. Ramachandran"],
        "junius_jayewardene": ["Jayewardene"],
        "gamini_dissanayake": ["Gamini Dissanayake"],
        "hardeep_puri": ["Hardeep Puri"],
        "velupillai_prabhakaran": ["Pirabhakaran"],
        "intelligence_bureau": ["Intelligence Bureau"],
        "government_of_sri_lanka": ["Sri Lankan Government"],
        "sri_lankan_army": ["Sri Lankan Army"],
    },
    meetings=[
        # "Menon negotiated with the militants" -> the militants are unnamed: one-party row, held,
        # optional (an ongoing negotiation rather than one meeting; "The first round failed"),
        # date and place null.
        M(["k_p_s_menon"], None, None, IP, H, _DX, False),
        # "Dixit got in touch with Jayewardene via his trusted minister Gamini Dissanayake" -> a
        # channel through an intermediary: Dixit-Dissanayake, held, optional (contacts of unstated
        # kind and number), date and place null. No Dixit-Jayewardene row for this (indirect).
        M(["j_n_dixit", "gamini_dissanayake"], None, None, IP, H, _DX, False),
        # "In mid-June Dixit was summoned by Jayewardene to work out a peace formula, ft was here
        # that Dixit played a mastercard" -> held, date null (mid-June), place Colombo (judgement:
        # the President summoned "India's High Commissioner in Colombo"; the text names no venue;
        # alternative null).
        M(["junius_jayewardene", "j_n_dixit"], None, "Colombo", IP, H,
          "In mid-June Dixit was summoned by Jayewardene to work out a peace formula, ft was here that Dixit played a mastercard."),
        # "when the first relief ship reached Jaffna on June 25, Hardeep Puri ... used it to meet
        # Pirabhakaran. It was a fruitful meeting." -> held, 1987-06-25 (judgement: the "when"
        # clause dates the meeting; alternative null), Jaffna.
        M(["hardeep_puri", "velupillai_prabhakaran"], "1987-06-25", "Jaffna", IP, H,
          "Thus, when the first relief ship reached Jaffna on June 25, Hardeep Puri, a first secretary in the high commission,used it to meet Pirabhakaran."),
        # "A happy Dixit flew to New Delhi on June 27 to brief the foreign secretary and the prime
        # minister." -> the foreign secretary is Menon (named above); the prime minister is not
        # named in the excerpt (no key). Held, optional (a purpose clause, as dev_3609), date null
        # (June 27 dates the flight; alternative 1987-06-27), New Delhi.
        M(["j_n_dixit", "k_p_s_menon"], None, "New Delhi", IP, H,
          "A happy Dixit flew to New Delhi on June 27 to brief the foreign secretary and the prime minister.", False),
        # Not rows: the setting up of the team (no meeting); Ramachandran's involvement ("All
        # politicians, except ..., were kept away": no meeting stated); the prime minister's office
        # monitoring; "The militants conveyed that they were ready for talks" (a message); the
        # Colombo accord itself (its signing is not narrated in the excerpt). Removed: the cut-off
        # last fragment ("It was then decided to send another high powered emissary to
        # Jayewarden"). Kept: the standfirst repeated as the first body sentences, the caption
        # "Menon (left) and Dixit: Main architects", "ft was here", "commission,used".
    ],
    roles=[("Foreign Secretary", "k_p_s_menon"), ("the foreign secretary", "k_p_s_menon"),
           ("Intelligence Bureau Chief", "m_k_narayanan"), ("India's High Commissioner in Colombo", "j_n_dixit"),
           ("Tamil Nadu Chief Minister", "m_g_ramachandran"), ("his trusted minister", "gamini_dissanayake"),
           ("a first secretary in the high commission", "hardeep_puri")],
)

A["test_3807_ganilau_rabuka_suva"] = dict(
    actors={
        "penaia_ganilau": ["Governor General Ratu Penaia Ganilau", "Ratu Penaia Ganilau", "Ganilau"],
        "sitiveni_rabuka": ["Lt. Col. Sitiveni Rabuka", "Sitiveni Rabuka", "Rabuka"],
        "timoci_bavadra": ["Timoci Bavadra"],
        "cabinet_of_fiji": ["Cabinet"],
        "ministry_of_information_fiji": ["Ministry of Information"],
    },
    meetings=[
        # "the leader of Thursday's coup and the island's respected governor general Monday night
        # worked to forge a face-saving compromise" -> the two roles denote Rabuka and Ganilau
        # (named below): held, 1987-05-18 ("Monday night" in the Tuesday paper), Suva (dateline).
        M(["sitiveni_rabuka", "penaia_ganilau"], "1987-05-18", "Suva", IP, H,
          "SUVA, Fiji — The new military government of Fiji showed its first signs of unraveling, as the leader of Thursday's coup and the island's respected governor general Monday night worked to forge a face-saving compromise that could end the army takeover."),
        # "Rabuka, had been sworn in by the governor general as chairman of the army-led council of
        # ministers" -> a swearing-in by Ganilau: held, optional (a ceremony reported second-hand,
        # possibly the same evening's encounter), date null (not stated), Suva.
        M(["penaia_ganilau", "sitiveni_rabuka"], None, "Suva", IP, H,
          "In a separate news release after Ganilau's radio speech, military authorities announced that the coup's leader, Lt. Col. Sitiveni Rabuka, had been sworn in by the governor general as chairman of the army-led council of ministers.", False),
        # Not rows: Ganilau's radio addresses (broadcasts); "I'm conducting discussions with the
        # military government" (the same negotiation, with an organisation); the order to release
        # Bavadra and his Cabinet (no meeting); the military regime's spokesman (unnamed, a
        # statement). The credit "From the Washington Post" is kept in the date line and not
        # annotated. Removed: the site line "YOU ARE HERE: LAT HomeCollections"; the cut-off last
        # sentence ("He confirmed that there were o").
    ],
    roles=[("the leader of Thursday's coup", "sitiveni_rabuka"), ("the island's respected governor general", "penaia_ganilau"),
           ("the coup's leader", "sitiveni_rabuka"), ("the governor general", "penaia_ganilau"),
           ("ousted Prime Minister", "timoci_bavadra")],
)

A["dev_3808_mandela_botha_confirmed"] = dict(
    actors={
        "nelson_mandela": ["Nelson R. Mandela", "Mr. Mandela", "Mandela"],
        "p_w_botha": ["President Pieter W. Botha", "Pieter W. Botha", "Botha"],
        "winnie_madikizela_mandela": ["Winnie", "Mrs. Mandela"],
        "frank_chikane": ["Frank Chikane"],
        "african_national_congress": ["African National Congress"],
        "south_african_council_of_churches": ["South African Council of Churches"],
        "south_african_prisons_service": ["Prisons Service"],
    },
    meetings=[
        # "Mandela confirmed Monday that he met with President Pieter W. Botha last week" + "a
        # meeting did take place Wednesday" -> held, 1989-07-05 (the Wednesday of last week in the
        # Tuesday 11 July paper), place null (not in the text).
        M(["nelson_mandela", "p_w_botha"], "1989-07-05", None, IP, H,
          "Jailed African National Congress leader Nelson R. Mandela confirmed Monday that he met with President Pieter W. Botha last week and told his wife that the government version of the meeting was “fairly accurate,” a family spokesman said."),
        # "After meeting with her husband for 80 minutes on a prison farm outside Cape Town, Mrs.
        # Mandela said: “This was not an ordinary family visit. We were sent by the community.”" ->
        # held, 1989-07-10 (judgement: Mandela "confirmed Monday that he ... told his wife", i.e.
        # at Monday's visit; alternative null), Cape Town (judgement: "outside Cape Town", the
        # nearest named place; alternative null). Required: presented as a political visit.
        M(["winnie_madikizela_mandela", "nelson_mandela"], "1989-07-10", "Cape Town", IP, H,
          "After meeting with her husband for 80 minutes on a prison farm outside Cape Town, Mrs. Mandela said: “This was not an ordinary family visit. We were sent by the community.”"),
        # Not rows: Chikane's news conference, with Winnie Mandela accompanying him (press); the
        # Prisons Service spokesman (a statement); "people who have met with him in recent years"
        # (no one named, no specific meeting); the statement issued Monday night. Removed:
        # "Advertisement" (four times), "Share via"; the cut-off last fragment ("The Pretoria
        # governme"). Kept: "From Times Wire Services".
    ],
    roles=[("Jailed African National Congress leader", "nelson_mandela"), ("his wife", "winnie_madikizela_mandela"),
           ("Mandela’s wife", "winnie_madikizela_mandela"),
           ("the black majority’s most powerful symbol of opposition to apartheid", "nelson_mandela"),
           ("South African Council of Churches General Secretary", "frank_chikane"), ("her husband", "nelson_mandela")],
)

A["dev_3809_yeltsin_kravchuk_black_sea"] = dict(
    actors={
        "boris_yeltsin": ["Russian President Boris N. Yeltsin", "Boris N. Yeltsin", "Yeltsin"],
        "leonid_kravchuk": ["Ukrainian President Leonid Kravchuk", "Leonid Kravchuk", "Kravchuk"],
        "cis": ["Commonwealth of Independent States", "Commonwealth"],
        "black_sea_fleet": ["Black Sea Fleet"],
    },
    meetings=[
        # "The leaders of Russia and Ukraine ... emerged from their first summit meeting Tuesday"
        # (Yeltsin and Kravchuk, named below: "the closed-door summit, Yeltsin and Ukrainian
        # President Leonid Kravchuk") -> held, 1992-06-23, place null ("this Black Sea resort town"
        # is not named in the excerpt).
        M(["boris_yeltsin", "leonid_kravchuk"], "1992-06-23", None, IP, H,
          "The leaders of Russia and Ukraine, smoothing relations that had threatened to explode the Commonwealth of Independent States, emerged from their first summit meeting Tuesday proclaiming new heights of friendship and cooperation."),
        # Headline: "They will join in talks Thursday on warfare in Moldova." -> Yeltsin and
        # Kravchuk in talks with unnamed others: planned, 1992-06-25, place null. One pair row
        # (the other participants are not named).
        M(["boris_yeltsin", "leonid_kravchuk"], "1992-06-25", None, IP, P,
          "They will join in talks Thursday on warfare in Moldova."),
        # "They will continue talks on splitting up the ships, they said" -> further talks of
        # unstated level and date: planned, optional, date and place null.
        M(["boris_yeltsin", "leonid_kravchuk"], None, None, IP, P,
          "They will continue talks on splitting up the ships, they said, but will jointly operate the bases on the Crimean shores and eventually create both a Ukrainian fleet and a Russian fleet there.", False),
        # Not rows: "Yeltsin's diplomatic triumph last week in America" (no counterpart named);
        # Yeltsin's remarks to vacationers; Ukrainian and Russian officials (unnamed; positions,
        # not meetings). Removed: "Advertisement" (twice), "Share"; the cut-off last fragment
        # ("“In point of fact, this would lead to a dual subordination of strategic units--to
        # Ukraine and to the Commonwealth armed fo"). Kept: "SPECIAL TO THE TIMES".
    ],
    roles=[("Russian President", "boris_yeltsin"), ("the Russian president", "boris_yeltsin"),
           ("Ukrainian President", "leonid_kravchuk")],
)

_CB = ("LITTLE ROCK, Ark. — On a day in which he picked up the pace of his transition efforts, President-elect Bill "
       "Clinton spoke by telephone with President Bush on Wednesday, scheduling a meeting with the President next week.")

A["dev_3810_clinton_bush_call_planned"] = dict(
    actors={
        "bill_clinton": ["President-elect Bill Clinton", "Bill Clinton", "Clinton"],
        "george_h_w_bush": ["President Bush", "Bush"],
        "george_stephanopoulos": ["George Stephanopoulos"],
        "marlin_fitzwater": ["Marlin Fitzwater"],
        "barbara_bush": ["Mrs. Bush"],
        "hillary_clinton": ["Mrs. Clinton"],
    },
    meetings=[
        # "Clinton spoke by telephone with President Bush on Wednesday" -> phone, held, 1992-11-11
        # (the Wednesday before the Thursday 12 November paper), place null (a call).
        M(["bill_clinton", "george_h_w_bush"], "1992-11-11", None, PH, H, _CB),
        # "scheduling a meeting with the President next week" (+ "We agreed it was time for us to get
        # together", "The President invited him to come up") -> planned, in person, date null
        # ("next week"), place null (judgement: the text does not say where; alternative
        # Washington).
        M(["bill_clinton", "george_h_w_bush"], None, None, IP, P, _CB),
        # "plans a strategy session with Democratic congressional leaders when he visits Washington
        # next Wednesday" -> the leaders are unnamed: one-party row, planned, 1992-11-18 ("next
        # Wednesday" from Thursday 12 November), Washington.
        M(["bill_clinton"], "1992-11-18", "Washington", IP, P,
          "The Arkansas governor also plans a strategy session with Democratic congressional leaders when he visits Washington next Wednesday and announced that he plans a press conference today at which he is expected to name more members of his transition team."),
        # "renewed Mrs. Bush's invitation to Mrs. Clinton to visit the family quarters" -> an
        # invitation not yet taken up in the text: planned, optional (as dev_005), date null,
        # Washington (judgement: the family quarters of the White House, named in the preceding
        # sentence; alternative null).
        M(["barbara_bush", "hillary_clinton"], None, "Washington", IP, P,
          "The press secretary said the President also “renewed Mrs. Bush’s invitation to Mrs. Clinton to visit the family quarters.”", False),
        # Not rows: the press conference "today" (press); Fitzwater's and Stephanopoulos's statements;
        # Bush's fishing vacation; Clinton's address to veterans (a speech). Removed: "- Share via";
        # the cut-off last fragment ("Speaking in the rotunda of the Arkansas Capitol, Clinton
        # promised as commander in chief").
    ],
    roles=[("the governor", "bill_clinton"), ("The Arkansas governor", "bill_clinton"), ("the President", "george_h_w_bush"),
           ("the President-elect", "bill_clinton"), ("Clinton’s communications director", "george_stephanopoulos"),
           ("White House Press Secretary", "marlin_fitzwater"), ("The press secretary", "marlin_fitzwater")],
)

A["test_3811_hun_sen_sihanouk_beijing"] = dict(
    actors={
        "hun_sen": ["Hun Sen"],
        "norodom_sihanouk": ["King Norodom Sihanouk", "Norodom Sihanouk", "Sihanouk"],
        "norodom_ranariddh": ["Ranariddh"],
        "ung_huot": ["First Prime Minister Ung Huot", "Ung Huot"],
        "chea_sim": ["Chea Sim"],
        "khmer_rouge": ["Khmer Rouge"],
    },
    meetings=[
        # "Cambodian strongman Hun Sen met King Norodom Sihanouk on Tuesday" + "the five-hour meeting
        # in Beijing" -> held, 1997-08-12, Beijing.
        M(["hun_sen", "norodom_sihanouk"], "1997-08-12", "Beijing", IP, H,
          "BEIJING (CNN) -- Cambodian strongman Hun Sen met King Norodom Sihanouk on Tuesday, hoping to get Sihanouk to approve the results of last month's coup which ousted the king's son, ."),
        # Not rows: Ung Huot and Chea Sim "accompanied" Hun Sen to Beijing (travelling companions,
        # not said to be in "the private meeting"); the arrest warrant for Ranariddh; Sihanouk's
        # offer to abdicate (a statement); the Khmer Rouge fighters. Removed: the page navigation
        # ("CNN logo", "Navigation", "Infoseek/Big Yellow", "Pathfinder/Warner Bros", "Barnes and
        # Noble", "World banner", "rule"); the cut-off last sentence ("However, a short time later,
        # the king also indicated he might not abdicate, instead returning to Cambodia as king
        # to"). Kept: the empty link in "the king's son, .", the bullet layout, "the Hun Sen".
    ],
    roles=[("Cambodian strongman", "hun_sen"), ("the king's son", "norodom_ranariddh"), ("the deposed prince", "norodom_ranariddh"),
           ("second prime minister", "hun_sen"), ("newly appointed First Prime Minister", "ung_huot"),
           ("acting head of state", "chea_sim"), ("the king", "norodom_sihanouk")],
)

A["dev_3812_adams_blair_downing_street"] = dict(
    actors={
        "gerry_adams": ["Gerry Adams", "Adams"],
        "tony_blair": ["Prime Minister Tony Blair", "Tony Blair", "Blair"],
        "sinn_fein": ["Sinn Fein"],
        "ira": ["Irish Republican Army", "IRA"],
        "michael_collins": ["Michael Collins", "Collins"],
        "david_lloyd_george": ["David Lloyd George", "Lloyd George"],
    },
    meetings=[
        # "yesterday, the president of Sinn Fein ... came to No. 10 Downing St. at the invitation of
        # Prime Minister Tony Blair" + "The 55-minute exchange" -> Adams (the role, named above) and
        # Blair, held, 1997-12-11 ("yesterday" of the Friday paper; undated dateline), London
        # (dateline; No. 10 Downing St.).
        M(["gerry_adams", "tony_blair"], "1997-12-11", "London", IP, H,
          "But yesterday, the president of Sinn Fein, the Irish Republican Army's political wing, came to No. 10 Downing St. at the invitation of Prime Minister Tony Blair."),
        # "The last time an IRA political ally and a British prime minister met at No. 10 Downing
        # St. was in 1921, when Michael Collins and David Lloyd George sealed the agreement" -> a
        # historical meeting, held, date null (year only), London (No. 10 Downing St.).
        M(["michael_collins", "david_lloyd_george"], None, "London", IP, H,
          "The last time an IRA political ally and a British prime minister met at No. 10 Downing St. was in 1921, when Michael Collins and David Lloyd George sealed the agreement that led to the partition of Ireland."),
        # Not rows: the "all-party political talks now taking place in Northern Ireland"
        # (multilateral, ongoing); "the meeting with a delegation of Sinn Fein leaders" (the same
        # meeting; the delegates are unnamed); Blair's television interviews. Removed: the cut-off
        # last fragment ("And he made it clear to Sinn Fein leaders "that if they were"). Kept: the
        # headline run together with its deck and the two blank lines after it.
    ],
    roles=[("the president of Sinn Fein", "gerry_adams"), ("the Irish Republican Army's political wing", "sinn_fein"),
           ("Prime Minister", "tony_blair"), ("the military leader turned politician", "michael_collins")],
)
