"""Accuracy corpus, batch 10a: 12 new articles from the 1970s, 1980s and 1990s (four per decade),
chosen where sources.csv was still thin (region x decade cells counted over sources.csv and every
batch_*.py before searching: Central Asia/Caucasus had 0 articles in the 1970s and 2 in the 1980s;
Western Europe and North America 2 each in the 1980s; Africa, East Asia, Eastern Europe/Russia,
the Middle East, North America, Southeast Asia and Western Europe 2 each in the 1970s;
Central Asia/Caucasus and Oceania 3 each in the 1990s) and spread over nine regions (Middle East
2, Western Europe 2, East Asia 2, Central Asia/Caucasus, North America, Africa, Southeast Asia,
Oceania, Eastern Europe/Russia 1 each). Outlets not yet in sources.csv: the Jamestown Foundation's
Monitor, the UK Parliament's Hansard, Al Diyar and "Agencies" copy (both via the khaddam.net
archive), the Margaret Thatcher Foundation archive (a COI transcript), Japan's Ministry of Foreign
Affairs, The Herald (Zimbabwe) reprinting The Rhodesia Herald, and Reuters' newsreel archive
(Screenocean); the Associated Press, The Christian Science Monitor, Pacific Islands Report (for
The National) and The Ukrainian Weekly were used before. Collected with the `search` tool (corpus
`pages`) and annotated from the texts alone, BEFORE the package was run on them (the package has
not been run on this batch). Conventions: ../ANNOTATION.md and /work/shared/ANNOTATION-GUIDE.md.
Notes: batch_10a_NOTES.md.

Split rule (fixed before annotating, as given in the brief for this batch, the same as batches
5a-9b): the articles are numbered 1..12 in the order they were first found in this session's
search results; positions 3, 7 and 11 are test, all others dev. Ids: `dev_18NN_<slug>` /
`test_18NN_<slug>`, NN = collection position (01..12).

M(participants, date, place, kind, status, evidence, required=True)
Evidence is the verbatim sentence (line breaks inside it replaced by single spaces).
Aliases are written as they stand in the text (typos included).
"""


from annotations import H, IP, M, P, PH, VID  # noqa: F401 (the same row helpers)

# (article_id, region, decade, outlet, url, published)
ARTICLES = [
    # No date line in the excerpt ("Publication: Monitor Volume: 3 Issue: 151" only; the source
    # line at the end, "(Iprinda, Prime-News, Russian agencies, Augu...", is cut off) -> published
    # empty (as dev_043). Decade from the text: Yeltsin is "Russian president" and Primakov
    # "Russian foreign minister" (1996-1998), and Monitor Volume 3 is 1997.
    ("dev_1801_shevardnadze_ardzinba_tbilisi", "Central Asia/Caucasus", "1990s", "The Jamestown Foundation (Monitor)", "https://jamestown.org/program/georgian-abkhaz-leaders-hold-landmark-meeting/", ""),
    # Date line "HC Deb 24 May 1971 vol 818 cc31-49" (a Monday); the visit was "last week".
    ("dev_1802_heath_pompidou_paris_statement", "Western Europe", "1970s", "Hansard (House of Commons debates, UK Parliament)", "https://api.parliament.uk/historic-hansard/commons/1971/may/24/prime-minister-and-president-pompidou", "1971-05-24"),
    # "Publishing date: 1989-12-28" (a Thursday) on the archive page; no weekday in the text.
    ("test_1803_sedki_assad_damascus", "Middle East", "1980s", "Al Diyar (via the khaddam.net archive)", "https://khaddam.net/articles/syria-and-egypt-have-returned-relations-atif-sedki-left-damascus/", "1989-12-28"),
    # Date line "August 30, 1989" (a Wednesday); "on Wednesday" = 1989-08-30.
    ("dev_1804_mulroney_bush_kennebunkport", "North America", "1980s", "Associated Press (apnews.com archive)", "https://apnews.com/ccb89a91166c66823f8cb472b30b8d4c", "1989-08-30"),
    # "Publishing date: 1974-08-28" (a Wednesday) on the archive page; "here today" = 1974-08-28.
    ("dev_1805_khaddam_giscard_paris", "Middle East", "1970s", "Agencies (wire copy, via the khaddam.net archive)", "https://khaddam.net/articles/khadam-charges-israel-with-sabotaging-mideast-peace-efforts/", "1974-08-28"),
    # No date in the excerpt (the archive page's header lists venue, source and comments only)
    # -> published empty (as dev_043); "this evening" cannot be resolved. Decade from the text:
    # "West German Chancellor" Kohl "so soon after he has taken up office" (Kohl became
    # Chancellor in October 1982).
    ("dev_1806_thatcher_kohl_downing_street", "Western Europe", "1980s", "Margaret Thatcher Foundation archive (COI transcript)", "https://www.margaretthatcher.org/document/105037", ""),
    # Date line "July 9, 1999" (a Friday) of the ministry's outline; the meeting day is explicit.
    ("test_1807_obuchi_jiang_zhongnanhai", "East Asia", "1990s", "Ministry of Foreign Affairs of Japan", "https://www.mofa.go.jp/region/asia-paci/pmv9907/c_meeting.html", "1999-07-09"),
    # Reprint line "The Rhodesia Herald, 4 September, 1976" (a Saturday); "on Sunday" =
    # 1976-09-05; "starting tomorrow" = 1976-09-05 (start of a three-day range -> null).
    ("dev_1808_frontline_presidents_dar_es_salaam", "Africa", "1970s", "The Herald (Zimbabwe), reprinting The Rhodesia Herald", "https://www.herald.co.zw/meeting-in-maputo-to-unite-anc/", "1976-09-04"),
    # Record line "Date: 30th March 1978" (a Thursday); "on Wednesday (29 March)" = 1978-03-29.
    ("dev_1809_kriangsak_peking_visit", "Southeast Asia", "1970s", "Reuters (newsreel story text, Reuters Screenocean archive)", "https://reuters.screenocean.com/record/416292", "1978-03-30"),
    # Dateline "(January 30, 1998 - Niuswire/The National)" (a Friday); the URL date (/1998/02/02/)
    # is the Pacific Islands Report repost's (as dev_1604).
    ("dev_1810_skate_ulufaalu_arms_cache", "Oceania", "1990s", "The National (Papua New Guinea), via Pacific Islands Report", "http://www.pireport.org/articles/1998/02/02/skate-praises-ulufaalu-diverting-arms-cache", "1998-01-30"),
    # No date line in the excerpt; the URL (/1983/0107/) gives 1983-01-07 (a Friday).
    ("test_1811_nakasone_seoul_reagan_planned", "East Asia", "1980s", "The Christian Science Monitor", "https://www.csmonitor.com/1983/0107/010745.html", "1983-01-07"),
    # No date line in the excerpt. The URL (/archive/1997/219702) gives the year 1997 and issue
    # No. 21 (article 02); the weekly appears on Sundays and its No. 1 is the first Sunday of the
    # year (2000 No. 16 = Sunday 2000-04-16, batch 9a), so 1997 No. 21 = Sunday 1997-05-25. The
    # meeting day is explicit in the text ("On May 21").
    ("dev_1812_kwasniewski_kuchma_concord", "Eastern Europe/Russia", "1990s", "The Ukrainian Weekly", "https://ukrweekly.com/old/archive/1997/219702.shtml", "1997-05-25"),
]

A = {}

_SA = ("Georgian president Eduard Shevardnadze and Abkhaz leader Vladislav Ardzinba held a surprise meeting in Tbilisi on August 14 and 15 under the mediation of Russian foreign minister Yevgeny Primakov.")
A["dev_1801_shevardnadze_ardzinba_tbilisi"] = dict(
    actors={
        "eduard_shevardnadze": ["Eduard Shevardnadze", "Shevardnadze"],
        "vladislav_ardzinba": ["Vladislav Ardzinba", "Ardzinba"],
        "yevgeny_primakov": ["Yevgeny Primakov", "Primakov"],
        "sergey_shanba": ["Sergey Shanba"],
        "boris_yeltsin": ["Boris Yeltsin", "Yeltsin"],
        "zurab_zhvania": ["Zurab Zhvania"],
        "irakli_menagarishvili": ["Irakli Menagarishvili"],
        "vazha_lordkipanidze": ["Vazha Lordkipanidze"],
        "niko_lekishvili": ["Niko Lekishvili"],
        "united_nations": ["UN"],
        "osce": ["OSCE"],
        "cis": ["CIS"],
    },
    meetings=[
        # "held a surprise meeting in Tbilisi on August 14 and 15" -> held, Tbilisi; two days
        # (a range) and no year (no publication date) -> date null.
        M(["eduard_shevardnadze", "vladislav_ardzinba"], None, "Tbilisi", IP, H, _SA),
        # "under the mediation of ... Primakov" (he flew Ardzinba to the meeting) -> the mediator
        # with each party, optional (a mediator is present and takes part, but the text presents
        # the meeting as Shevardnadze-Ardzinba).
        M(["yevgeny_primakov", "eduard_shevardnadze"], None, "Tbilisi", IP, H, _SA, False),
        M(["yevgeny_primakov", "vladislav_ardzinba"], None, "Tbilisi", IP, H, _SA, False),
        # "Russia's foreign minister had during the preceding days received Ardzinba in Sochi"
        # -> role phrase = Primakov (named in the previous sentence); held, Sochi, date null.
        M(["yevgeny_primakov", "vladislav_ardzinba"], None, "Sochi", IP, H,
          "Russia’s foreign minister had during the preceding days received Ardzinba in Sochi and flown with him to the Tbilisi meeting."),
        # Lekishvili "will lead a delegation to ... Sukhumi this week for economic talks" -> the
        # Abkhaz counterpart is not named -> one-party row, planned, Sukhumi, date null ("this
        # week", and no publication date).
        M(["niko_lekishvili"], None, "Sukhumi", IP, P,
          "Georgian state minister (equivalent of prime minister) Niko Lekishvili will lead a delegation to Abkhazia’s administrative center Sukhumi this week for economic talks, including possible joint control over the crucial Inguri hydropower station, which straddles the military demarcation line."),
        # Not rows: the "tripartite meeting in Moscow" with Yeltsin (Tbilisi "demurred setting a
        # date"; proposed, not agreed or scheduled); "a Moscow meeting would have to await
        # progress" (conditional); the joint statement (a document); Shevardnadze "termed" /
        # "stated" (statements); Zhvania, Menagarishvili and Lordkipanidze are cited, not met.
    ],
    roles=[("Georgian president", "eduard_shevardnadze"), ("Abkhaz leader", "vladislav_ardzinba"),
           ("Russian foreign minister", "yevgeny_primakov"), ("Russia’s foreign minister", "yevgeny_primakov"),
           ("his self-styled foreign minister", "sergey_shanba"), ("Russian president", "boris_yeltsin"),
           ("Georgian parliament chairman", "zurab_zhvania"), ("Foreign Minister", "irakli_menagarishvili"),
           ("the ambassador to Moscow", "vazha_lordkipanidze"), ("Georgian state minister", "niko_lekishvili")],
)

A["dev_1802_heath_pompidou_paris_statement"] = dict(
    actors={
        "edward_heath": ["Edward Heath"],
        "georges_pompidou": ["Pompidou"],
    },
    meetings=[
        # "the visit which I made to Paris last week" + "My talks with President Pompidou" ->
        # held, Paris, date null ("last week").
        M(["edward_heath", "georges_pompidou"], None, "Paris", IP, H,
          "My talks with President Pompidou extended altogether over a period of something like eleven hours."),
        # "joined by the Prime Minister of France" at the end of the talks: the French Prime
        # Minister is not named -> one-party row, optional (part of the same talks).
        M(["edward_heath"], None, "Paris", IP, H,
          "Except for a short time at the end of the talks when we were joined by the Prime Minister of France, we were accompanied during this time only by interpreters.", False),
        # Not rows: the "welcome" from the President, the Prime Minister "and his colleagues"
        # (the same visit; unnamed); the communique; "the French and British Governments".
        # "Mr. Speaker" is a role for an unnamed person. A parliamentary statement, not a news
        # story (see the NOTES).
    ],
    roles=[("The Prime Minister", "edward_heath"), ("the President of the French Republic", "georges_pompidou")],
)

_SS = ("The announcement came at the conclusion of Egyptian Prime Minister Dr. Atif Sedki’s several-hour visit to Damascus, where he met with President Hafez Al-Assad and his Syrian counterpart, Eng. Mahmoud Al-Zoubi.")
A["test_1803_sedki_assad_damascus"] = dict(
    actors={
        "atef_sedki": ["Atif Sedki", "Dr. Sedki", "Sedki"],
        "hafez_al_assad": ["Hafez Al-Assad", "Hafez al-Assad", "Assad"],
        "mahmoud_al_zoubi": ["Mahmoud Al-Zoubi", "Al-Zoubi"],
        "hosni_mubarak": ["Hosni Mubarak", "Mubarak"],
        "abdul_halim_khaddam": ["Abdel Halim Khaddam"],
        "sana": ["Syrian Arab News Agency", "SANA"],
    },
    meetings=[
        # "he met with President Hafez Al-Assad and his Syrian counterpart, Eng. Mahmoud
        # Al-Zoubi" -> two separate bilaterals (the next paragraph: "held talks with ... Assad",
        # "discussed matters with his Syrian counterpart"; dev_032 rule), held, Damascus; the
        # day of the visit is not stated -> null.
        M(["atef_sedki", "hafez_al_assad"], None, "Damascus", IP, H, _SS),
        M(["atef_sedki", "mahmoud_al_zoubi"], None, "Damascus", IP, H, _SS),
        # "Sedki also met with Syrian Vice President Mr. Abdel Halim Khaddam" -> held, Damascus.
        M(["atef_sedki", "abdul_halim_khaddam"], None, "Damascus", IP, H,
          "Sedki also met with Syrian Vice President Mr. Abdel Halim Khaddam and discussed matters with his Syrian counterpart, Mr. Al-Zoubi."),
        # "a meeting between Presidents Hafez al-Assad and Hosni Mubarak would take place in the
        # first days of January" (later "the upcoming meeting with President Mubarak", the same)
        # -> planned, date null (no day), place null.
        M(["hafez_al_assad", "hosni_mubarak"], None, None, IP, P,
          "The official Syrian Arab News Agency (SANA) quoted Sedki, prior to his departure from Damascus, stating that a meeting between Presidents Hafez al-Assad and Hosni Mubarak would take place in the first days of January."),
        # Not rows: Assad's "response letter" to Mubarak (a letter); SANA quoting Sedki (a
        # source); the restoration of relations (governments). "publisher: الديار AL Diyar" is
        # the archive's outlet line.
    ],
    roles=[("Egyptian Prime Minister", "atef_sedki"), ("his Syrian counterpart", "mahmoud_al_zoubi"),
           ("Syrian Vice President", "abdul_halim_khaddam"), ("the Egyptian Prime Minister", "atef_sedki")],
)

A["dev_1804_mulroney_bush_kennebunkport"] = dict(
    actors={
        "george_h_w_bush": ["President Bush", "Bush"],
        "brian_mulroney": ["Brian Mulroney", "Mulroney"],
        "mila_mulroney": ["Mila"],
        "barbara_bush": ["Barbara"],
        "brent_scowcroft": ["Brent Scowcroft"],
        "john_r_mckernan": ["John R. McKernan"],
        "kennebunkport_chamber_of_commerce": ["Chamber of Commerce of Kennebunkport"],
    },
    meetings=[
        # "President Bush welcomed ... Mulroney on Wednesday to ... discuss the environment, trade
        # and the drug crisis" -> held (the visit has begun), 1989-08-30 (the date line's
        # Wednesday), Kennebunkport (dateline; Bush's vacation home). The stay "until Thursday
        # evening" is the same encounter.
        M(["george_h_w_bush", "brian_mulroney"], "1989-08-30", "Kennebunkport", IP, H,
          "KENNEBUNKPORT, Maine (AP) _ President Bush welcomed Canadian Prime Minister Brian Mulroney on Wednesday to ″show off this heaven″ by the sea and discuss the environment, trade and the drug crisis in Colombia."),
        # Not rows: Mila, Barbara and the children (spouses and family, not participants); the
        # walking tour (the same visit); McKernan "has written to Bush asking to speak to
        # Mulroney" (a letter and a request, no meeting arranged); Scowcroft "told reporters";
        # Bush's speech to the Chamber of Commerce (a speech to an organisation). "(AP)" is the
        # agency credit.
    ],
    roles=[("Canadian Prime Minister", "brian_mulroney"), ("National Security Adviser", "brent_scowcroft"),
           ("the prime minister", "brian_mulroney")],
)

_KG = ("He made this accusation as he emerged from a meeting with French President Valery Giscard d’Estaing here today during a stop-over in Paris on his way back to Syria from his trip to Washington where he had met with President Ford and Secretary of State Henry A. Kissinger.")
A["dev_1805_khaddam_giscard_paris"] = dict(
    actors={
        "abdul_halim_khaddam": ["Abdel Halim Khadam", "Khadam"],
        "valery_giscard_d_estaing": ["Valery Giscard d’Estaing", "Giscard d’Estaing"],
        "gerald_ford": ["President Ford"],
        "henry_kissinger": ["Henry A. Kissinger"],
        "hafez_al_assad": ["Hafez Assad"],
    },
    meetings=[
        # "a meeting with French President Valery Giscard d'Estaing here today during a
        # stop-over in Paris" -> held, 1974-08-28 (the publishing date), Paris (the Elysee).
        M(["abdul_halim_khaddam", "valery_giscard_d_estaing"], "1974-08-28", "Paris", IP, H, _KG),
        # "his trip to Washington where he had met with President Ford and Secretary of State
        # Henry A. Kissinger" -> two bilaterals (dev_032 rule), held, Washington, date null.
        M(["abdul_halim_khaddam", "gerald_ford"], None, "Washington", IP, H, _KG),
        M(["abdul_halim_khaddam", "henry_kissinger"], None, "Washington", IP, H, _KG),
        # Not rows: "he and Giscard d'Estaing did not discuss ..." / "they conferred" (the same
        # Paris meeting); the "personal message" from Assad (a message); "due to leave for
        # Damascus tomorrow" (travel); the Geneva conference (multilateral, not convened).
    ],
    roles=[("Syrian Foreign Minister", "abdul_halim_khaddam"), ("French President", "valery_giscard_d_estaing"),
           ("the Syrian minister", "abdul_halim_khaddam"), ("Secretary of State", "henry_kissinger"),
           ("the French President", "valery_giscard_d_estaing"), ("Syria’s President", "hafez_al_assad")],
)

A["dev_1806_thatcher_kohl_downing_street"] = dict(
    actors={
        "margaret_thatcher": ["Margaret Thatcher", "MT"],
        "helmut_kohl": ["Helmut Kohl", "Chancellor Kohl", "Herr Kohl", "Kohl"],
        "european_economic_community": ["European Community"],
    },
    meetings=[
        # The headline "Remarks following talks with West German Chancellor (Helmut Kohl)" and
        # "We have had very fruitful discussions" -> held, London ("No.10 Downing Street", the
        # venue; a building resolved to its city); date null ("this evening", no date on the
        # page).
        M(["margaret_thatcher", "helmut_kohl"], None, "London", IP, H,
          "Remarks following talks with West German Chancellor (Helmut Kohl)"),
        # "he was with us much earlier in the year, in January" at No. 10 -> an earlier visit to
        # the Prime Minister, held, London, date null (month only).
        M(["helmut_kohl", "margaret_thatcher"], None, "London", IP, H,
          "It is not the first time that Herr Kohl has been to No. 10 Downing Street; he was with us much earlier in the year, in January, and we know full well one another's views on how to tackle the great problems that face both Germany and Great Britain."),
        # Not rows: "a very important cabinet meeting in Germany tomorrow" (an internal meeting
        # of unnamed ministers); the steel decisions "on Thursday" (not a meeting). The cut-off
        # last sentence ("We had a preliminary discussion on the Budget, but we shall take that
        # up in more detail in Bonn when we meet") was trimmed with the excerpt, so the planned
        # Bonn meeting is not in the text. "COI" and "Thatcher Archive" are source credits.
    ],
    roles=[("West German Chancellor", "helmut_kohl"), ("Prime Minister", "margaret_thatcher")],
)

A["test_1807_obuchi_jiang_zhongnanhai"] = dict(
    actors={
        "keizo_obuchi": ["Keizo Obuchi", "Obuchi"],
        "jiang_zemin": ["Jiang Zemin", "Jiang"],
        "takeshi_noda": ["Takeshi Noda"],
        "masahiko_koumura": ["Masahiko Koumura"],
        "muneo_suzuki": ["Muneo Suzuki"],
        # "Minister of Posts and Telecommunications Noda" is Seiko Noda (her title); the bare
        # "Noda" is written only there.
        "seiko_noda": ["Seiko Noda", "Noda"],
        "sakutaro_tanino": ["Sakutaro Tanino"],
        "tang_jiaxuan": ["Tang Jiaxuan"],
        "chen_jian": ["Chen Jian"],
        "wang_yi": ["Wang Yi"],
    },
    meetings=[
        # "Prime Minister Keizo Obuchi met with Chinese President Jiang Zemin in ...
        # Zhongnanhai ... subsequently also attending a luncheon hosted by the President" ->
        # meeting + luncheon of the same pair on the same day = one row, held, 1999-07-09,
        # Beijing (Zhongnanhai, the leaders' compound, resolved to its city as White House ->
        # Washington).
        M(["keizo_obuchi", "jiang_zemin"], "1999-07-09", "Beijing", IP, H,
          "On July 9, Prime Minister Keizo Obuchi met with Chinese President Jiang Zemin in the Chinese leaders' compound of Zhongnanhai for around 35 minutes from 11:55 onward, subsequently also attending a luncheon hosted by the President from 12:30 to 13:55."),
        # Seiko Noda "presented the President with the picture ... and was thanked in Japanese by
        # the President" -> an exchange between a delegation member and Jiang inside the same
        # meeting -> optional.
        M(["seiko_noda", "jiang_zemin"], "1999-07-09", "Beijing", IP, H,
          "Minister of Posts and Telecommunications Noda presented the President with the picture used for the stamp commemorating the birth, and was thanked in Japanese by the President, who expressed his pleasure at the birth of a new generation and noted that \"Yu-Yu\" was a fine name.", False),
        # Not rows: the "main participants" of both sides (Takeshi Noda, Koumura, Muneo Suzuki,
        # Seiko Noda, Tanino; Tang Jiaxuan, Chen Jian, Wang Yi) are delegation members present at
        # the meeting, coded as attendees, not participants (ANNOTATION.md: delegation members);
        # "the President's visit to Japan" (a visit to a country, no host named).
    ],
    roles=[("Prime Minister", "keizo_obuchi"), ("Chinese President", "jiang_zemin"),
           ("the President", "jiang_zemin"), ("Minister for Home Affairs", "takeshi_noda"),
           ("Minister for Foreign Affairs", "masahiko_koumura"), ("Deputy Chief Cabinet Secretary", "muneo_suzuki"),
           ("Minister of Posts and Telecommunications", "seiko_noda"), ("Ambassador to China", "sakutaro_tanino"),
           ("Minister of Foreign Affairs", "tang_jiaxuan"), ("Ambassador to Japan", "chen_jian"),
           ("Assistant Minister of Foreign Affairs", "wang_yi")],
)

_FL = ("PRESIDENT Kenneth Kaunda of Zambia, Samora Machel of Mozambique, Seretse Khama of Botswana and Julius Nyerere of Tanzania meet in Dar es Salaam, Tanzania, on Sunday to discuss the situation in Southern Africa, it was announced here yesterday.")
A["dev_1808_frontline_presidents_dar_es_salaam"] = dict(
    actors={
        "kenneth_kaunda": ["Kenneth Kaunda", "Dr Kaunda"],
        "samora_machel": ["Samora Machel", "Mr Machel"],
        "seretse_khama": ["Seretse Khama"],
        "julius_nyerere": ["Julius Nyerere"],
        "african_national_council": ["Rhodesian African National Council", "African National Council", "ANC"],
        "john_vorster": ["Mr Vorster"],
        "ian_smith": ["Mr Ian Smith", "Ian Smith"],
        "henry_kissinger": ["Dr Henry Kissinger", "Dr Kissinger"],
        "joshua_nkomo": ["Mr Joshua Nkomo", "Joshua Nkomo", "Mr Nkomo"],
        "josiah_chinamano": ["Mr Josiah Chinamano", "Josiah Chinamano"],
        # "Iana-AP reports": two agencies cited in the body.
        "iana": ["Iana"],
        "associated_press": ["AP"],
    },
    meetings=[
        # Four named presidents "meet in Dar es Salaam ... on Sunday" ("will meet") -> planned,
        # Sunday after the Saturday 1976-09-04 paper = 1976-09-05, Dar es Salaam; one row per
        # pair (6).
        M(["kenneth_kaunda", "samora_machel"], "1976-09-05", "Dar es Salaam", IP, P, _FL),
        M(["kenneth_kaunda", "seretse_khama"], "1976-09-05", "Dar es Salaam", IP, P, _FL),
        M(["kenneth_kaunda", "julius_nyerere"], "1976-09-05", "Dar es Salaam", IP, P, _FL),
        M(["samora_machel", "seretse_khama"], "1976-09-05", "Dar es Salaam", IP, P, _FL),
        M(["samora_machel", "julius_nyerere"], "1976-09-05", "Dar es Salaam", IP, P, _FL),
        M(["seretse_khama", "julius_nyerere"], "1976-09-05", "Dar es Salaam", IP, P, _FL),
        # "after Dr Kaunda met Mr Machel to discuss unification" -> held, date and place not
        # given -> null.
        M(["kenneth_kaunda", "samora_machel"], None, None, IP, H,
          "ANC sources in Lusaka said rival ANC leaders were summoned to Maputo in Mozambique last week after Dr Kaunda met Mr Machel to discuss unification, Iana-AP reports."),
        # The Victoria Falls talks "last year" "with Rhodesian Prime Minister Mr Ian Smith": the
        # other side (the ANC) is implied by the next sentence -> optional (test_1103 has the
        # same Smith-ANC pair), held, Victoria Falls, date null.
        M(["ian_smith", "african_national_council"], None, "Victoria Falls", IP, H,
          "The four Presidents played key roles with the Prime Minister of South Africa, Mr Vorster, last year in arranging the first ever multiracial constitutional talks on Rhodesia’s future at Victoria Falls with Rhodesian Prime Minister Mr Ian Smith.", False),
        # Kissinger's "three-day meetings in Zurich with Mr Vorster starting tomorrow" -> planned,
        # Zurich; a three-day range -> date null.
        M(["henry_kissinger", "john_vorster"], None, "Zurich", IP, P,
          "The four black leaders were closely consulted by Dr Kissinger before his three-day meetings in Zurich with Mr Vorster starting tomorrow."),
        # Not rows: the four presidents' and Vorster's "key roles ... in arranging" the talks (no
        # meeting described); "closely consulted by Dr Kissinger" (mode, time and place not
        # given); rival ANC leaders "summoned to Maputo" (unnamed); "new constitutional talks"
        # (speculation); Nkomo's tour of 21 countries (no host named). The reprint's trailing
        # "LESSONS FOR TODAY" commentary (written today) was trimmed.
    ],
    roles=[("the Prime Minister of South Africa", "john_vorster"), ("Rhodesian Prime Minister", "ian_smith"),
           ("US Secretary of State", "henry_kissinger"), ("the organisation’s vice-president", "josiah_chinamano")],
)

A["dev_1809_kriangsak_peking_visit"] = dict(
    actors={
        "kriangsak_chomanan": ["KRIANGSAK CHAMAND", "Kriangsak Chamanad", "Mr. Kriangsak"],
        "upadit_pachariyangkun": ["Upadit Pachariyangkun"],
        "kukrit_pramoj": ["Mr. Kukrit Pramoj", "Kukrit Pramoj"],
        "asean": ["Association of South East Asian Nations"],
    },
    meetings=[
        # "China's top three leaders wee on hand on Wednesday (29 March) to welcome ...
        # Kriangsak" -> the leaders are not named -> one-party row, held, 1978-03-29, Peking;
        # optional (an arrival welcome, as dev_031's tarmac greeting).
        M(["kriangsak_chomanan"], "1978-03-29", "Peking", IP, H,
          "China's top three leaders wee on hand on Wednesday (29 March) to welcome Thai Prime Minister Kriangsak Chamanad who arrived in Peking for an eight day official visit.", False),
        # "discussions with his Chinese counterparts would concentrate on ..." -> planned, the
        # counterparts are unnamed -> one-party row, Peking (the visit's city), date null.
        M(["kriangsak_chomanan"], None, "Peking", IP, P,
          "Mr. Kriangsak told reporters as he has leaving that discussions with his Chinese counterparts would concentrate on international and regional problems and ways of increasing cooperation between their two countries."),
        # Not rows: Upadit and "several leading cabinet members" go with him (accompany, not
        # participants); Kukrit "went to Peking to establish diplomatic relations in 1975" (a
        # trip to a city, no host named); "The sides are expected to sign agreements" (the same
        # visit). The newsreel shot list, record id, keywords and embargo line were removed as
        # archive metadata; the cut-off last sentence was trimmed.
    ],
    roles=[("THAI PRIME MINISTER", "kriangsak_chomanan"), ("Thai Prime Minister", "kriangsak_chomanan"),
           ("Foreign Minister", "upadit_pachariyangkun")],
)

A["dev_1810_skate_ulufaalu_arms_cache"] = dict(
    actors={
        "bill_skate": ["Bill Skate", "Mr. Skate"],
        "bartholomew_ulufaalu": ["Bartholomew Ulufa'alu", "Mr. Ulufa'alu", "Ulufa'alu"],
        "julius_chan": ["Chan"],
        "sandline": ["Sandline"],
        "the_national_png": ["the National"],
    },
    meetings=[
        # Near-zero control. "the joint communiqué signed in Honiara last December" implies a
        # meeting in Honiara, but who signed is not stated -> optional Skate-Ulufa'alu row, held,
        # Honiara, date null (month only).
        M(["bill_skate", "bartholomew_ulufaalu"], None, "Honiara", IP, H,
          "Mr. Skate said the improved relations between the Solomons and Papua New Guinea were further highlighted in the joint communiqué signed in Honiara last December.", False),
        # Not rows: "congratulated his Solomon Islands counterpart" (a message, mode not given);
        # "I have also informed Mr. Ulufa'alu" (a communication, mode not given); the signing of
        # the Memorandum of Understanding (signatories unnamed); the Lincoln peace talks
        # (multilateral, chaired by Ulufa'alu); "he and Mr. Ulufa'alu have both worked extremely
        # hard" (no specific meeting). "Niuswire/The National" in the dateline is the credit.
    ],
    roles=[("Prime Minister", "bill_skate"), ("his Solomon Islands counterpart", "bartholomew_ulufaalu")],
)

_NR = ("Yasuhiro Nakasone will precede his Jan. 18 White House meeting with President Reagan with a flying visit to Seoul to see President Chun Doo Hwan early next week.")
A["test_1811_nakasone_seoul_reagan_planned"] = dict(
    actors={
        "yasuhiro_nakasone": ["Yasuhiro Nakasone", "Mr. Nakasone"],
        "ronald_reagan": ["President Reagan"],
        "chun_doo_hwan": ["Chun Doo Hwan"],
        "zenko_suzuki": ["Zenko Suzuki"],
    },
    meetings=[
        # "his Jan. 18 White House meeting with President Reagan" -> planned, 1983-01-18 (year of
        # publication), Washington (White House).
        M(["yasuhiro_nakasone", "ronald_reagan"], "1983-01-18", "Washington", IP, P, _NR),
        # "a flying visit to Seoul to see President Chun Doo Hwan early next week" -> planned,
        # Seoul, date null ("early next week").
        M(["yasuhiro_nakasone", "chun_doo_hwan"], None, "Seoul", IP, P, _NR),
        # Not rows: "the first working-level summit between Japanese and South Korean leaders"
        # and "Mr. Nakasone's visit to Seoul" (the same planned visit); earlier visits by
        # "Japanese chiefs of government" (unnamed, a count); Suzuki's term (no meeting).
    ],
    roles=[("Japan's energetic prime minister", "yasuhiro_nakasone"),
           ("Mr. Nakasone's predecessor", "zenko_suzuki")],
)

A["dev_1812_kwasniewski_kuchma_concord"] = dict(
    actors={
        "aleksander_kwasniewski": ["Alexander Kwasniewski", "President Kwasniewski", "Mr. Kwasniewski", "Kwasniewski"],
        "leonid_kuchma": ["Leonid Kuchma"],
        "anatolii_ponomarenko": ["Anatolii Ponomarenko"],
        "ukrainian_foreign_ministry": ["Ukrainian Foreign Affairs Ministry"],
        "verkhovna_rada": ["Verkhovna Rada"],
    },
    meetings=[
        # The state visit of May 20-22 "during which he signed a document with President Leonid
        # Kuchma"; "On May 21 ... the two presidents signed a Declaration" -> held, 1997-05-21,
        # Kyiv (dateline; the joint statement "at the Institute of International Relations in
        # Kyiv").
        M(["aleksander_kwasniewski", "leonid_kuchma"], "1997-05-21", "Kyiv", IP, H,
          "KYIV - Poland's President Alexander Kwasniewski spent three days in Ukraine on May 20-22 on an official state visit during which he signed a document with President Leonid Kuchma to put aside historical animosities and conflicts between the two neighboring countries."),
        # Not rows: "On May 21 ... the two presidents signed a Declaration" and the joint
        # statement (the same encounter); the speech "before Ukraine's Verkhovna Rada" (a speech
        # to a parliament); Ponomarenko's remark (a statement). "by Roman Woronowycz / Kyiv
        # Press Bureau" is the byline.
    ],
    roles=[("Poland's President", "aleksander_kwasniewski"),
           ("chief of the Ukrainian Foreign Affairs Ministry's Department of Europe and America", "anatolii_ponomarenko")],
)
