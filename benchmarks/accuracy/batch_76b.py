"""Accuracy corpus, batch 76b: 12 new articles about meetings between political actors, all
published in EVEN years (another helper takes odd years as batch 76a), from the 1970s to the
2020s (1970s: one (1976), 1980s: two (1984, 1986), 1990s: two (1990, 1992), 2000s: one (2008),
2010s: three (2010, 2016, 2018), 2020s: three (2020, 2022, 2024); five of the twelve from before
2000, as the brief asked), over the regions (Western Europe: two; Central Asia/Caucasus, Middle
East, Africa, Southeast Asia, Eastern Europe/Russia, Latin America, North America, South Asia,
East Asia, Oceania: one each). Outlets/sites: Kazinform (inform.kz), a 1976 US embassy cable
(Jakarta; via the WikiLeaks PlusD archive), the Jewish Telegraphic Agency archive (1986), UPI
archives (1992), India Today's magazine archive (1984), CTV News Windsor, Ghanamma (a Daily
Guide story), the site of a Dail deputy (bernarddurkan.com, a Taoiseach's written answer), the
VHeadline Venezuela News blog (a Caracas Daily Journal story), nippon.com (a Jiji Press story),
the historic Hansard of the UK House of Commons (1990) and Talamua (Samoa). The pages are new to
the corpus (URLs grepped in sources.csv, corpus/metadata.csv and the batch files), and so, where
the corpus allowed, are their meetings (actor keys grepped in the batch files). Collected with
the `search` tool (corpus `pages`) and annotated from the texts alone, BEFORE the package was
run on them (the package has not been run, imported or read for this batch). Conventions:
ANNOTATION.md and /work/shared/ANNOTATION-GUIDE.md. Notes: batch_76b_NOTES.md.

Split rule (fixed before annotating, as given in the brief for this batch, the same as batches
5a-75b): the articles are numbered 1..12 in the order they were first found in this session's
search results (the query in which each first appeared, then its rank in that query), after
skipping pages already in the corpus and pages not taken; positions 3, 7 and 11 are test, all
others dev. Ids: `dev_151NN_<slug>` / `test_151NN_<slug>`, NN = collection position (01..12).

M(participants, date, place, kind, status, evidence, required=True)
Evidence is the verbatim sentence (line breaks inside it replaced by single spaces).
Aliases are written as they stand in the text (typos and capitals included).
"""


from annotations import H, IP, M, P, PH, VID  # noqa: F401 (the same row helpers)

# (article_id, region, decade, outlet, url, published)
ARTICLES = [
    # The search result's date 2016-02-06 (a Saturday, checked) is `published`; the text gives
    # the meeting no day.
    ("dev_15101_nazarbayev_davutoglu_astana", "Central Asia/Caucasus", "2010s", "Kazinform (inform.kz, English AMP page)", "https://en.inform.kz/amp/president-of-kazakhstan-and-turkish-prime-minister-discussed-main-directions-of-bilateral-cooperation_a2868054/", "2016-02-06"),
    # A US embassy cable (Jakarta 01380), not a news story; `published` = 1976-01-30 from the
    # time group "301145Z" and "JAN 76" (a Friday, checked); "JAN 29" -> 1976-01-29 (a Thursday).
    ("dev_15102_hussein_onn_soeharto_jakarta", "Southeast Asia", "1970s", "US Embassy Jakarta cable 1976JAKART01380 (via the WikiLeaks PlusD archive, search.wikileaks.org)", "https://search.wikileaks.org/plusd/cables/1976JAKART01380_b.html", "1976-01-30"),
    # `published` = 1986-09-02 from the URL (/1986/09/02/), a Tuesday (checked); "Monday" ->
    # 1986-09-01.
    ("test_15103_weizman_kohl_bonn", "Middle East", "1980s", "Jewish Telegraphic Agency (jta.org archive)", "https://www.jta.org/1986/09/02/archive/u-s-and-israel-in-effort-to-persuade-hussein-to-join-an-international-framework-for-mideast-peace-n", "1986-09-02"),
    # `published` = 1992-01-28 from the URL (/1992/01/28/), a Tuesday (checked).
    ("dev_15104_yeltsin_black_sea_fleet", "Eastern Europe/Russia", "1990s", "UPI (upi.com archives)", "https://www.upi.com/Archives/1992/01/28/Yeltsin-turns-up-on-Black-Sea/7315696574800/", "1992-01-28"),
    # `published` = 1984-05-15 from the URL (story/19840515-...), the magazine's issue date (a
    # Tuesday, checked); the call-on is "last fortnight" (no day).
    ("dev_15105_athulathmudali_indira_gandhi_delhi", "South Asia", "1980s", "India Today (indiatoday.in, magazine archive)", "https://www.indiatoday.in/magazine/neighbours/story/19840515-sri-lankan-minister-athulathmudali-meets-indian-leaders-on-lankan-tamil-issue-803589-1984-05-15", "1984-05-15"),
    # The search result's date 2018-04-27 (a Friday, checked) is `published`; "on Friday" ->
    # 2018-04-27 (the same day).
    ("dev_15106_wynne_snyder_detroit", "North America", "2010s", "CTV News Windsor (windsor.ctvnews.ca)", "https://windsor.ctvnews.ca/ontario-and-michigan-sign-mou-on-trade-mobility-tourism-and-environment-1.3905542", "2018-04-27"),
    # `published` = 2010-02-22 from the URL (/2010/02/22/), a Monday (checked); "last Saturday"
    # -> 2010-02-20 (a Saturday, checked).
    ("test_15107_sirleaf_akufo_addo_ghana", "Africa", "2010s", "Ghanamma (ghanamma.com; a Daily Guide story)", "https://www.ghanamma.com/2010/02/22/liberian-prez-meets-akufo-addo/", "2010-02-22"),
    # `published` = 2024-03-05 from the URL (/2024/03/05/), a Tuesday (checked); "on 5 February"
    # -> 2024-02-05 (a Monday), "by phone on 30 January" -> 2024-01-30 (a Tuesday), year of
    # publication.
    ("dev_15108_taoiseach_sunak_belfast", "Western Europe", "2020s", "bernarddurkan.com (site of Bernard Durkan TD; a Taoiseach's written answer to Dail questions)", "https://bernarddurkan.com/2024/03/05/taoiseach-recent-discussions-with-british-pm", "2024-03-05"),
    # No day of publication in the excerpt; the URL gives only 2008/06: `published` left empty,
    # decade 2000s; "met Friday" cannot be resolved -> date null (see the notes).
    ("dev_15109_lula_chavez_caracas", "Latin America", "2000s", "VHeadline Venezuela News (blog, vheadlinevenezuelanews.blogspot.com; a Caracas Daily Journal story)", "http://vheadlinevenezuelanews.blogspot.com/2008/06/lula-chavez-meeting-shows-confidence.html", ""),
    # The search result's date 2022-12-01 and the dateline "Tokyo, Dec. 1" (a Thursday, checked)
    # give `published`; "on Thursday" -> 2022-12-01.
    ("dev_15110_naruhito_khurelsukh_tokyo", "East Asia", "2020s", "nippon.com (a Jiji Press story)", "https://www.nippon.com/en/news/yjj2022113001110/japan-emperor-empress-meet-mongolian-pres-at-palace.html", "2022-12-01"),
    # "HC Deb 01 February 1990" (a Thursday, checked) is `published`.
    ("test_15111_brooke_collins_hansard", "Western Europe", "1990s", "Hansard, House of Commons (api.parliament.uk/historic-hansard; parliamentary record)", "https://api.parliament.uk/historic-hansard/commons/1990/feb/01/republic-of-ireland", "1990-02-01"),
    # The search result's date and the dateline "21 OCTOBER 2020" (a Wednesday, checked) give
    # `published`. A zero-row control.
    ("dev_15112_tuilaepa_ardern_congratulations", "Oceania", "2020s", "Talamua (talamua.com, Samoa)", "https://www.talamua.com/samoas-prime-minster-congratulates-jacinda-arden-on-her-re-election/", "2020-10-21"),
]

A = {}

A["dev_15101_nazarbayev_davutoglu_astana"] = dict(
    actors={
        "nursultan_nazarbayev": ["Nursultan Nazarbayev", "N. Nazarbayev"],
        "ahmet_davutoglu": ["Ahmet Davutoglu", "A. Davutoglu"],
        "akorda_press_service": ["press service of the Akorda"],
        # New keys.
        "turkic_council": ["Turkic Council"],
        "international_turkic_academy": ["International Turkic Academy"],
    },
    meetings=[
        # "Head of State Nursultan Nazarbayev held a meeting with Prime Minister of Turkey Ahmet
        # Davutoglu." -> held; date null (the text gives no day; the search date is only the
        # publication day); place Astana (the dateline; Davutoglu's "visit to Kazakhstan", the
        # host's capital).
        M(["nursultan_nazarbayev", "ahmet_davutoglu"], None, "Astana", IP, H,
          "ASTANA. KAZINFORM - Head of State Nursultan Nazarbayev held a meeting with Prime Minister of Turkey Ahmet Davutoglu."),
        # Not rows: "Working closely with the leadership of Turkey" (general); the crisis between
        # Turkey and Russia (states). Not annotated: KAZINFORM (the agency credit in the
        # dateline); "the Muslims", "the Sunnis and the Shiites", "the West" (generic);
        # Kazakhstan, Turkey, Astana, Syria, Iraq, Russia (places). Removed: at the start, the
        # search tool's " date 2016-02-06 " prefix; at the end, the cut-off sentence "Besides,
        # the Prime Minister of Turkey congratulated the people of Kazakhstan on the upcoming
        # 25th anniversary of independence and thanked N. Nazarbayev for his great contribution
        # to strengthen".
    ],
    roles=[("Head of State", "nursultan_nazarbayev"), ("Prime Minister of Turkey", "ahmet_davutoglu"),
           ("the President of Kazakhstan", "nursultan_nazarbayev"), ("the President", "nursultan_nazarbayev")],
)

_HO_TWICE = ("2. DURING COURSE OF 23-HOUR WORKING VISIT TO INDONESIA JAN 28-29 PM HUSSEIN ONN MET TWICE WITH PRESIDENT SOEHARTO FOR PRIVATE DISCUSSIONS LASTING TOTAL OF THREE HOURS.")
_HO_SECOND = ("AT PRESS CONFERENCE FOLLOWING SECOND MEETING ON JAN 29, CONFIDENTIAL CONFIDENTIAL PAGE 02 JAKART 01380 301145Z HUSSEIN CHARACTERIZED TALKS AS CONTINUING TRADITION OF CLOSE PERSONAL RELATIONS BETWEEN MALAYSIAN AND INDONESIAN LEADERS ESTABLISHED BY SOEHARTO AND LATE MALAYSIAN PM TUN RAZAK.")
A["dev_15102_hussein_onn_soeharto_jakarta"] = dict(
    actors={
        "hussein_onn": ["HUSSEIN ONN", "HUSSEIN"],
        "soeharto": ["SOEHARTO"],
        "abdul_razak": ["TUN RAZAK"],
        "asean": ["ASEAN"],
        "seato": ["SEATO"],
    },
    meetings=[
        # "MET TWICE WITH PRESIDENT SOEHARTO" during the visit "JAN 28-29"; the second meeting is
        # dated "JAN 29" -> two rows. The first: held, date null (Jan 28 or 29, not said), place
        # Indonesia (no city in the text; JAKARTA is the cable's origin, not stated as the
        # venue; as the Lisbon cable in batch 75b).
        M(["hussein_onn", "soeharto"], None, "Indonesia", IP, H, _HO_TWICE),
        # "SECOND MEETING ON JAN 29" -> held, 1976-01-29, Indonesia. The sentence runs across
        # the cable's page break and so includes "CONFIDENTIAL CONFIDENTIAL PAGE 02 JAKART 01380
        # 301145Z".
        M(["hussein_onn", "soeharto"], "1976-01-29", "Indonesia", IP, H, _HO_SECOND),
        # Not rows: the press conference (a single person's); the "CLOSE PERSONAL RELATIONS ...
        # ESTABLISHED BY SOEHARTO AND LATE MALAYSIAN PM TUN RAZAK" (a relationship, no meeting);
        # "PUBLIC STATEMENTS". Not annotated: the cable's routing lines (AMEMBASSY ..., SECSTATE,
        # CINCPAC, POLAD: addressees, not actors of the story); Indonesia, Timor (places).
        # Kept as they stand: the header lines, the page-break lines, "JOING". Removed: nothing
        # at the start; at the end, the cut-off sentence "HUSSEIN DECLINED COMMENT ON POSSI- /
        # BILITY OF JAPANESE, AUSTR".
    ],
    roles=[("MALAYSIAN PM", "hussein_onn"), ("PRESIDENT SOEHARTO", "soeharto"),
           ("LATE MALAYSIAN PM TUN RAZAK", "abdul_razak"), ("MALAYSIAN PRIME MINISTER", "hussein_onn")],
)

A["test_15103_weizman_kohl_bonn"] = dict(
    actors={
        "hussein_bin_talal": ["Hussein", "King Hussein"],
        "shimon_peres": ["Shimon Peres", "Peres"],
        "richard_murphy": ["Richard Murphy"],
        "hosni_mubarak": ["Hosni Mubarak"],
        "ezer_weizman": ["Ezer Weizman"],
        "helmut_kohl": ["Helmut Kohl"],
        # The same Knesset committee as in batch 22a ("Foreign Affairs and Security Committee").
        "knesset_foreign_affairs_and_security_committee": ["Knesset Foreign Affairs and Defense Committee"],
    },
    meetings=[
        # "the summit meeting between Peres and Egyptian President Hosni Mubarak, tentatively
        # scheduled for next week" -> planned, date null ("next week"), place null.
        M(["shimon_peres", "hosni_mubarak"], None, None, IP, P,
          "This seemed apparent Monday as Premier Shimon Peres announced that U.S. Assistant Secretary of State Richard Murphy would shuttle between Israel, Egypt and Jordan this week in preparation for the summit meeting between Peres and Egyptian President Hosni Mubarak, tentatively scheduled for next week."),
        # "Weizman began discreet high-level talks in Europe as Peres' envoy Monday, meeting in
        # Bonn with West German Chancellor Helmut Kohl." -> held, 1986-09-01 (the Monday before
        # the Tuesday bulletin), Bonn.
        M(["ezer_weizman", "helmut_kohl"], "1986-09-01", "Bonn", IP, H,
          "Mean while, Minister-Without-Portfolio Ezer Weizman began discreet high-level talks in Europe as Peres\u2019 envoy Monday, meeting in Bonn with West German Chancellor Helmut Kohl."),
        # Not rows: Murphy "would shuttle between Israel, Egypt and Jordan" (visits to countries,
        # no counterpart named); "The summit will be held if ..." (the same planned summit);
        # "Israeli and Egyptian negotiators" (unnamed); Egypt "is to send an Ambassador" (no
        # person named); Peres "told the Knesset Foreign Affairs and Defense Committee" (a
        # briefing of a committee). Not annotated: "the two governments" (generic); the United
        # States, Israel, Egypt, Jordan, Europe, Bonn, Taba, Sinai, Tel Aviv, Cairo, Beirut
        # (places). Kept as they stand: the cut headline "... Mideast Peace N", "Download PDF for
        # this date", "Mean while". Removed: at the start, the first copy of the headline and the
        # site line "Menu JTA Search"; at the end, the cut-off sentence "Deputy Premier and Likud
        # leader Yitzhak Shamir repeatedly has urged that the summit, if held, dwell on bilateral
        # relations rather than".
    ],
    roles=[("Jordan\u2019s King Hussein", "hussein_bin_talal"), ("Premier", "shimon_peres"),
           ("U.S. Assistant Secretary of State", "richard_murphy"), ("Egyptian President", "hosni_mubarak"),
           ("Minister-Without-Portfolio", "ezer_weizman"), ("Peres\u2019 envoy", "ezer_weizman"),
           ("West German Chancellor", "helmut_kohl")],
)

_YC = ("Yeltsin also met with the C.I.S. navy commander, Adm. Vladimir Chernavin, and the commander of the Black Sea fleet, Adm. Igor Kasatonov, according to the independent news agency Interfax, which described the Moskva as an anti-submarine ship.")
A["dev_15104_yeltsin_black_sea_fleet"] = dict(
    actors={
        "boris_yeltsin": ["Boris Yeltsin", "Yeltsin"],
        "interfax": ["Interfax"],
        "cis": ["Commonwealth of Independent States", "C.I.S."],
        # New keys.
        "pavel_voshchanov": ["Pavel Voshchanov", "Voshchanov"],
        "russian_information_agency": ["Russian Information Agency"],
        "yevgeny_shaposhnikov": ["Yevgeny Shaposhnikov"],
        "vladimir_chernavin": ["Adm. Vladimir Chernavin", "Vladimir Chernavin"],
        "igor_kasatonov": ["Adm. Igor Kasatonov", "Igor Kasatonov"],
    },
    meetings=[
        # "Yeltsin also met with ... Chernavin, and ... Kasatonov" -> two rows (separate
        # counterparts in one sentence), held, date null (the trip ran over Monday and Tuesday;
        # the day of these meetings is not said), Novorossiisk (where "Yeltsin turned up").
        M(["boris_yeltsin", "vladimir_chernavin"], None, "Novorossiisk", IP, H, _YC),
        M(["boris_yeltsin", "igor_kasatonov"], None, "Novorossiisk", IP, H, _YC),
        # Not rows: "canceling all meetings" (no meeting); "a rendezvous with military leaders"
        # and "holding talks with its personnel" (unnamed); "Three top military officials
        # accompanied Yeltsin" and "He was accompanied by ... Shaposhnikov" (accompanying, not
        # participants, ANNOTATION.md); Voshchanov's statement. Not annotated: "Russian
        # government spokesmen" (generic); the byline JEFF BERLINER; the Moskva (a ship);
        # Moscow, the Kremlin, Novorossiisk, Ukraine, Russia, the Black Sea (places). Kept as
        # they stand: the byline and the site line "Share with X" under the headline. Removed:
        # nothing at the start; at the end, the cut-off sentence "The fleet now uses Sevastopol
        # on the Crimean Penins".
    ],
    roles=[("Russian President", "boris_yeltsin"), ("The Russian Federation president", "boris_yeltsin"),
           ("spokesman", "pavel_voshchanov"), ("Commonwealth of Independent States Defense Minister", "yevgeny_shaposhnikov"),
           ("the C.I.S. navy commander", "vladimir_chernavin"), ("the commander of the Black Sea fleet", "igor_kasatonov"),
           ("the independent news agency", "interfax"), ("The president", "boris_yeltsin")],
)

A["dev_15105_athulathmudali_indira_gandhi_delhi"] = dict(
    actors={
        "lalith_athulathmudali": ["Lalith Athulathmudali", "Athulathmudali"],
        "junius_jayewardene": ["J.R. Jayewardene", "Jayewardene"],
        "tamil_united_liberation_front": ["Tamil United Liberation Front", "TULF"],
        "government_of_india": ["Government of India"],
        "indira_gandhi": ["Mrs Gandhi"],
        # New key.
        "appapillai_amirthalingam": ["Appapillai Amirthalingam"],
    },
    meetings=[
        # "said Mrs Gandhi to Athulathmudali when he called on her" (his visit "to the Indian
        # capital last fortnight") -> held, date null ("last fortnight"), New Delhi (the Indian
        # capital; New Delhi is named in the text).
        M(["lalith_athulathmudali", "indira_gandhi"], None, "New Delhi", IP, H,
          "\"You have such a big majority in your Parliament,\" said Mrs Gandhi to Athulathmudali when he called on her, \"how come it was not possible to implement a promise given by your President?\""),
        # Not rows: "meets Indian leaders" (headline) and "convince the Indian leaders" (unnamed
        # leaders besides Mrs Gandhi); Amirthalingam's "scheduled arrival in Colombo" (an
        # arrival, no host named); "the round-table conference resumes on May 9" (a multi-party
        # conference); "When Jayewardene visited New Delhi last November" (a visit to a city, no
        # host named). Not annotated: "the Sinhalese armed forces", "the Tamil extremists", "the
        # Tamils", "Indian leaders" (generic); "your Parliament" (generic); Sri Lanka, India,
        # New Delhi, Colombo, Chunnakam, Jaffna, Talaimannar, Tamil Nadu (places). Kept as they
        # stand: the first paragraph, which the excerpt gives twice. Removed: nothing at the
        # start; at the end, the cut-off sentence "The young minister explained to her that it
        # w".
    ],
    roles=[("Sri Lanka's newly appointed Minister for National Security", "lalith_athulathmudali"),
           ("Sri Lankan President", "junius_jayewardene"),
           ("the secretary-general of the Tamil United Liberation Front", "appapillai_amirthalingam"),
           ("The minister", "lalith_athulathmudali"), ("your President", "junius_jayewardene")],
)

A["dev_15106_wynne_snyder_detroit"] = dict(
    actors={
        "kathleen_wynne": ["Kathleen Wynne"],
        # New key.
        "rick_snyder": ["Rick Snyder"],
    },
    meetings=[
        # "The two leaders met in Detroit on Friday." -> held, 2018-04-27 (the Friday of
        # publication), Detroit.
        M(["kathleen_wynne", "rick_snyder"], "2018-04-27", "Detroit", IP, H,
          "The two leaders met in Detroit on Friday."),
        # Not rows: the joint statement and the MOU signing (the same meeting); "two previous
        # MOUs" (agreements, no meeting). Not annotated: "Officials" (unnamed); the MOU and the
        # Mid-Continent Trade and Transportation Corridor (an agreement, a project); Ontario,
        # Michigan, Detroit, Canada, the U.S., the Great Lakes (places). Kept as they stand: the
        # line "CTV Windsor" (the outlet's credit line, not annotated), "says the leaders".
        # Removed: at the start, the search tool's " date 2018-04-27 " prefix; at the end,
        # nothing.
    ],
    roles=[("Ontario Premier", "kathleen_wynne"), ("Michigan Governor", "rick_snyder")],
)

A["test_15107_sirleaf_akufo_addo_ghana"] = dict(
    actors={
        "ellen_johnson_sirleaf": ["Ellen Johnson Sirleaf", "Mrs Johnson Sirleaf"],
        "nana_akufo_addo": ["Nana Addo Dankwa Akufo-Addo", "Akufo-Addo", "Nana Akufo-Addo", "Nana Akufo Addo"],
        "mohamed_ibn_chambas": ["Mohamed Ibn Chambas"],
        "ecowas": ["Economic Community of West African States", "ECOWAS"],
        "charles_taylor": ["Charles Taylor"],
        "john_agyekum_kufuor": ["John Agyekum Kufuor"],
        "un_security_council": ["UN Security Council"],
        # New keys ("LURD" and "MODEL" are the rebel groups Liberians United for Reconciliation
        # and Democracy and the Movement for Democracy in Liberia; the text gives only the
        # abbreviations).
        "new_patriotic_party": ["New Patriotic Party"],
        "hannah_tetteh": ["Hannah Tetteh"],
        "daily_guide": ["DAILY GUIDE"],
        "ministry_of_foreign_affairs_ghana": ["Ghana\u2019s Foreign Ministry"],
        "liberians_united_for_reconciliation_and_democracy": ["LURD"],
        "movement_for_democracy_in_liberia": ["MODEL"],
    },
    meetings=[
        # "Liberian President Ellen Johnson Sirleaf had a closed-door meeting with ... Nana Addo
        # Dankwa Akufo-Addo, last Saturday." -> held, 2010-02-20 (the Saturday before the Monday
        # 2010-02-22 post), place Ghana (her hotel suite at M Plaza; no city in the text). The
        # evidence starts after the caption "Nana Addo Dankwa Akufo-Addo" that runs into the
        # sentence.
        M(["ellen_johnson_sirleaf", "nana_akufo_addo"], "2010-02-20", "Ghana", IP, H,
          "Liberian President Ellen Johnson Sirleaf had a closed-door meeting with the 2008 flagbearer of the New Patriotic Party, Nana Addo Dankwa Akufo-Addo, last Saturday."),
        # Tetteh "was leaving" the presidential suite as Akufo-Addo arrived -> a call on Sirleaf
        # is implied, not stated -> held, 2010-02-20, Ghana, not required.
        M(["hannah_tetteh", "ellen_johnson_sirleaf"], "2010-02-20", "Ghana", IP, H,
          "Mrs Johnson Sirleaf had returned to her hotel suite at M Plaza after an official engagement when our reporter spotted Nana Akufo-Addo and two aides being ushered into the presidential suite, as Ghana\u2019s Trade & Industry Minister Hannah Tetteh was leaving.", False),
        # Not rows: the "official request ... to see Nana Akufo-Addo for a private meeting" (the
        # same meeting); Akufo-Addo and Chambas "instrumental in getting President Charles Taylor
        # to leave Liberia" (no meeting stated); the Comprehensive Peace Agreement "reached in
        # Accra" by governments, rebel groups, parties and civil society (a multi-party
        # conference); Akufo-Addo "briefed the UN Security Council" (a briefing of a council).
        # Not annotated: "A state protocol officer", "two aides", "our reporter" (unnamed);
        # "Liberia's government", "political parties and civil society leaders" (generic); the
        # Mano River Union (named here only as an area); the Comprehensive Peace Agreement (an
        # agreement); M Plaza (a hotel); Ghana, Liberia, Accra (places). Kept as they stand:
        # the caption "Nana Addo Dankwa Akufo-Addo" run into "Liberian President", the paragraph
        # break inside "Nana / Addo Dankwa Akufo-Addo", the trailing double spaces. Removed:
        # nothing at the start; at the end, the cut-off sentence "Mrs Johnson Sirleaf, who turns
        # 73 in O".
    ],
    roles=[("Liberian President", "ellen_johnson_sirleaf"), ("the 2008 flagbearer of the New Patriotic Party", "nana_akufo_addo"),
           ("Ghana\u2019s Trade & Industry Minister", "hannah_tetteh"), ("the visiting president", "ellen_johnson_sirleaf"),
           ("\u2018Iron Lady\u2019 of Liberia", "ellen_johnson_sirleaf"), ("Ghana\u2019s Foreign Minister at the time", "nana_akufo_addo"),
           ("the then Executive Secretary of the Economic Community of West African States", "mohamed_ibn_chambas"),
           ("the then Minister of Foreign Affairs of Ghana", "nana_akufo_addo")],
)

A["dev_15108_taoiseach_sunak_belfast"] = dict(
    actors={
        "rishi_sunak": ["Rishi Sunak"],
        "northern_ireland_assembly": ["Northern Ireland Assembly"],
        # New keys.
        "northern_ireland_executive": ["power-sharing Executive", "Executive Committee of Ministers", "the Executive"],
        "european_court_of_human_rights": ["European Court of Human Rights"],
    },
    meetings=[
        # "While in Belfast, I met with British Prime Minister Rishi Sunak." The speaker (the
        # Taoiseach) is not named in the text -> a one-party row. Held, 2024-02-05 ("I was very
        # pleased to travel to Stormont on 5 February ... While in Belfast"; see the notes),
        # Belfast.
        M(["rishi_sunak"], "2024-02-05", "Belfast", IP, H,
          "While in Belfast, I met with British Prime Minister Rishi Sunak."),
        # "We had also spoken by phone on 30 January" -> phone, held, 2024-01-30, no place;
        # one-party row.
        M(["rishi_sunak"], "2024-01-30", None, PH, H,
          "We had also spoken by phone on 30 January about the prospects for restoration of the power-sharing institutions in Northern Ireland at that time and touched on the inter-State case which Ireland has taken to the European Court of Human Rights in relation to the UK Legacy Act 2023."),
        # "I also met with the Executive as a whole" -> a meeting with a named body during the
        # same visit; the Taoiseach unnamed -> one-party row, held, 2024-02-05, Belfast; a
        # meeting with a whole executive (a collective body) -> not required.
        M(["northern_ireland_executive"], "2024-02-05", "Belfast", IP, H,
          "I also met with the Executive as a whole, where I congratulated them and stressed the Government\u2019s desire for their work to be successful.", False),
        # Not rows: the meeting "with the new First and deputy First Ministers" (unnamed in the
        # text; with the Taoiseach unnamed too, no named party is left); "following their recent
        # meeting" in the question (the same Belfast meeting); "the talks to achieve
        # restoration" (talks of unnamed parties). Not annotated: "the Taoiseach", "A Ceann
        # Comhairle", "the new First and deputy First Ministers" (unnamed office holders); "the
        # Government" (generic); the Good Friday Agreement and the UK Legacy Act 2023 (an
        # agreement, a law); Stormont, Belfast, Northern Ireland, Ireland (places). Removed: at
        # the start, the site line "Skip to content"; at the end, the cut-off sentence "I was
        # also very pleased to be welcomed to Parliament Buildings by the new Speaker, Edwin
        # Poots, and to take the opportunity to meet with members of the SDLP, who have assumed
        # the role of official opposition within the Ass".
    ],
    roles=[("British PM", "rishi_sunak"), ("the British Prime Minister", "rishi_sunak"),
           ("British Prime Minister", "rishi_sunak")],
)

A["dev_15109_lula_chavez_caracas"] = dict(
    actors={
        "luiz_inacio_lula_da_silva": ["Luiz Inacio Lula da Silva", "Lula"],
        "hugo_chavez": ["Hugo Chavez", "Chavez"],
        "afp": ["AFP"],
        "nicolas_maduro": ["Nicolas Maduro", "Maduro"],
        "pdvsa": ["Petroleos de Venezuela", "PDVSA"],
        "bush_administration": ["Bush Administration"],
        "petrobras": ["Petrobras"],
        # New keys.
        "ali_rodriguez_araque": ["Ali Rodriguez Araque"],
        "rafael_ramirez": ["Rafael Ramirez"],
        "nelson_jobim": ["Nelson Jobim"],
        "edison_lobao": ["Edison Lobao"],
        "miguel_jorge": ["Miguel Jorge"],
        "marco_aurelio_garcia": ["Marco Aurelio Garcia"],
        "jose_sergio_gabrielli": ["Jose Sergio Gabrielli"],
    },
    meetings=[
        # "Presidents ... Lula da Silva of Brazil and Hugo Chavez of Venezuela met Friday" ->
        # held; date null (no publication day on the page; the URL gives only June 2008);
        # place Caracas (Miraflores presidential palace, an official building resolved to its
        # city, as White House -> Washington). "Chavez met Lula with a warm embrace" is the same
        # meeting.
        M(["luiz_inacio_lula_da_silva", "hugo_chavez"], None, "Caracas", IP, H,
          "Caracas Daily Journal (Jeremy Morgan): Presidents Luiz Inacio Lula da Silva of Brazil and Hugo Chavez of Venezuela met Friday for a brief exchange of views and signed 15 economic accords including an agreement on exchanging electricity supplies, officials said."),
        # Not rows: "a regular series of three-monthly talks" (a count/series); Maduro, Rodriguez
        # Araque and Ramirez "attended" the welcome, Jobim, Lobao, Jorge and Garcia "accompanied"
        # Lula, Gabrielli "was present" (not participants, ANNOTATION.md); "Lula has in the past
        # bluntly advised Chavez" (no specific meeting); Maduro "told reporters". Not annotated:
        # the attribution "Caracas Daily Journal (Jeremy Morgan):" (the source credit and byline
        # at the top, as "(Reuters) -"); "officials", "diplomatic circles", "Brazilian business
        # executives" (generic); Brazil, Venezuela, Washington (places). Removed: nothing at the
        # start; at the end, the cut-off sentence "Lula recently chided Petrobras and PDVSA for
        # not making more headway towards joint projects, chief among them a refinery to process
        # 200,000 barrels a day (b/d) of oil at Pernambuco in north-eas".
    ],
    roles=[("French news agency", "afp"), ("Foreign Minister", "nicolas_maduro"),
           ("Finance Minister", "ali_rodriguez_araque"), ("Oil and Energy Minister", "rafael_ramirez"),
           ("Brazilian Defense Minister", "nelson_jobim"), ("Mines and Energy Minister", "edison_lobao"),
           ("Development Minister", "miguel_jorge"), ("presidential international adviser", "marco_aurelio_garcia"),
           ("The head of the state oil corporation, Petrobras", "jose_sergio_gabrielli")],
)

_NK = ("Tokyo, Dec. 1 (Jiji Press)--Japanese Emperor Naruhito and Empress Masako met with visiting Mongolian President Ukhnaa Khurelsukh and his wife at the Imperial Palace in Tokyo on Thursday.")
A["dev_15110_naruhito_khurelsukh_tokyo"] = dict(
    actors={
        "naruhito": ["Emperor Naruhito", "Naruhito"],
        "ukhnaa_khurelsukh": ["Ukhnaa Khurelsukh"],
        "imperial_household_agency": ["Imperial Household Agency"],
        # New keys.
        "masako": ["Empress Masako", "Masako"],
        "mongolian_state_morin_khuur_ensemble": ["Mongolian State Morin Khuur Ensemble"],
    },
    meetings=[
        # "Japanese Emperor Naruhito and Empress Masako met with visiting Mongolian President
        # Ukhnaa Khurelsukh and his wife at the Imperial Palace in Tokyo on Thursday." -> held,
        # 2022-12-01 (the Thursday of the dateline), Tokyo. The Emperor is the one who speaks
        # "during the 30-minute meeting" -> required.
        M(["naruhito", "ukhnaa_khurelsukh"], "2022-12-01", "Tokyo", IP, H, _NK),
        # The Empress is a subject of "met with" too, but as the host's spouse (as Ford-Farah in
        # an earlier batch) -> held, same day and place, not required. No Naruhito-Masako row
        # (the host couple; not a meeting between them); the president's wife is unnamed.
        M(["masako", "ukhnaa_khurelsukh"], "2022-12-01", "Tokyo", IP, H, _NK, False),
        # Not rows: the evening concert "together with the Mongolian president and his wife"
        # (joint attendance at an event, as in batch 5c); Naruhito's "visit to Mongolia in 2007"
        # (a visit to a country, no host named). Not annotated: Jiji Press (the agency credit in
        # the dateline); "his wife" (unnamed); the Imperial Palace, Tokyo, Shibuya Ward, Japan,
        # Mongolia (places). Removed: at the start, the search tool's " date 2022-12-01 " prefix
        # and the site line "Newsfrom Japan"; at the end, nothing.
    ],
    roles=[("Japanese Emperor", "naruhito"), ("visiting Mongolian President", "ukhnaa_khurelsukh"),
           ("the Emperor", "naruhito"), ("The Mongolian president", "ukhnaa_khurelsukh"),
           ("Crown Prince", "naruhito")],
)

A["test_15111_brooke_collins_hansard"] = dict(
    actors={
        "peter_brooke": ["Mr. Brooke"],
        "gerard_collins": ["Mr. Collins"],
        # New keys ("Mr. Hunter" is Andrew Hunter MP, "Mr. Mallon" Seamus Mallon MP; the record
        # gives surnames only).
        "andrew_hunter": ["Mr. Hunter"],
        "seamus_mallon": ["Mr. Mallon"],
        "belfast_telegraph": ["Belfast Telegraph"],
    },
    meetings=[
        # "I expect to meet Mr. Collins shortly" (the Secretary of State, Mr. Brooke, answering)
        # -> planned, date null ("shortly"), place null.
        M(["peter_brooke", "gerard_collins"], None, None, IP, P,
          "I expect to meet Mr. Collins shortly to discuss a number of important issues that were on the agenda of the postponed Intergovernmental Conference on 31 January."),
        # Not rows: the question "when he will next meet Ministers of the Republic of Ireland"
        # and "When my right hon. Friend next meets Ministers of the Republic" (questions,
        # unnamed ministers); "the postponed Intergovernmental Conference on 31 January" (did
        # not take place); "I have, on past occasions, discussed inquests with Irish Ministers"
        # (unnamed, no specific meeting); the proposed discussions "with the Irish Government".
        # Not annotated: "Irish Ministers", "the Irish Government", "the Government", "hon.
        # Members" (generic); the Anglo-Irish Agreement (an agreement); the Republic of Ireland,
        # Northern Ireland (places). Kept as they stand: the record's heading line "HC Deb 01
        # February 1990 vol 166 cc420-1". Removed: nothing at the start; at the end, the speaker
        # line "Rev. William McCrea" and his cut-off question "Does the Secretary of State find
        # it strange that there was no p".
    ],
    roles=[("the Secretary of State for Northern Ireland", "peter_brooke"), ("my right hon. Friend", "peter_brooke"),
           ("my hon. Friend", "andrew_hunter"), ("the Secretary of State", "peter_brooke"),
           ("the hon. Gentleman", "seamus_mallon")],
)

A["dev_15112_tuilaepa_ardern_congratulations"] = dict(
    actors={
        "jacinda_ardern": ["Jacinda Arden"],
        "tuilaepa_sailele_malielegaoi": ["Tuilaepa Sailele Maliegaoi", "Tuilaepa Sailele Malielegaoi", "Tuilaepa"],
        "new_zealand_parliament": ["Parliament of New Zealand"],
    },
    meetings=[
        # Zero-row control. Not rows: the congratulatory message ("has congratulated", "wrote
        # Tuilaepa": a letter/message, not a meeting); the caption's "joint press conference in
        # Apia in 2018" (a joint media appearance, as in batch 5d; no meeting stated); "I look
        # forward to working closely with you" (no meeting). Not annotated: "your Government",
        # "the first Labour Government" (generic); the Treaty of Friendship, the Pacer Plus
        # Agreement, Pacific reset, the Blue Pacific Agenda, MMP (agreements, initiatives, an
        # electoral system); New Zealand, Samoa, Apia (places). Kept as they stand: "Arden",
        # "Maliegaoi", "Prime Minster", "challenging ties". Removed: at the start, the search
        # tool's " date 2020-10-21 " prefix; at the end, nothing.
    ],
    roles=[("New Zealand\u2019s Prime Minister", "jacinda_ardern"), ("Samoa\u2019s Prime Minster", "tuilaepa_sailele_malielegaoi"),
           ("his New Zealand counterpart", "jacinda_ardern")],
)
