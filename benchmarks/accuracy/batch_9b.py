"""Accuracy corpus, batch 9b: 12 new articles from the 1970s, 2010s and 2020s (four per decade),
chosen where sources.csv was thin (cells counted by region x decade before searching: Southeast
Asia 1970s had 1 article; Latin America, Oceania and South Asia 1970s 2 each; North America 2010s
and 2020s 3 each; Western Europe 2010s 3; East Asia 2010s and Central Asia/Caucasus 2010s and 2020s
4 each; Oceania and Southeast Asia 2020s 4 each) and spread over eight regions (Central
Asia/Caucasus 2, North America 2, Oceania 2, Southeast Asia 2, Western Europe, East Asia, Latin
America, South Asia 1 each). Outlets not yet in sources.csv: the Spanish Government's press office
(La Moncloa), PanARMENIAN.Net, KSMU (NPR), 1News (TVNZ), Nation Thailand, the Tashkent Times, GoGo
Mongolia (mongolia.gogo.mn), the Toronto Sun and Havana Domestic Service (an FBIS translation in
the LANIC Castro database); for three 1970s cells only outlets already in the corpus were found
with a dated English text (The New York Times via a 1971 archive site, The Press via Papers Past,
PM Transcripts). Collected with the `search` tool (corpus `pages`) and annotated from the texts
alone, BEFORE the package was run on them (the package has not been run on this batch).
Conventions: ../ANNOTATION.md and /work/shared/ANNOTATION-GUIDE.md. Notes: batch_9b_NOTES.md.

Split rule (fixed before annotating, as given in the brief for this batch, the same as batches
5a-8b): the articles are numbered 1..12 in the order they were first found in this session's
search results; positions 3, 7 and 11 are test, all others dev. Ids: `dev_17NN_<slug>` /
`test_17NN_<slug>`, NN = collection position (01..12).

M(participants, date, place, kind, status, evidence, required=True)
Evidence is the verbatim sentence (line breaks inside it replaced by single spaces).
Aliases are written as they stand in the text (typos and OCR errors included).
"""


from annotations import H, IP, M, P, PH, VID  # noqa: F401 (the same row helpers)

# (article_id, region, decade, outlet, url, published)
ARTICLES = [
    # The page line "President's News - 2017.1.27" and the URL (/2017/20170127-...), a Friday
    # ("in Lisbon on Saturday" ahead = 2017-01-28).
    ("dev_1701_rajoy_gentiloni_madrid", "Western Europe", "2010s", "La Moncloa (Spanish Government press office, President's News)", "http://www.lamoncloa.gob.es/lang/en/presidente/news/Paginas/2017/20170127-rajoygentiloniit.aspx", "2017-01-27"),
    # The date line "March 1, 2018 - 16:07 AMT" and the search result's date field 2018-03-01
    # (a Thursday; "on Friday, March 2" ahead = 2018-03-02).
    ("dev_1702_kvirikashvili_yerevan_planned", "Central Asia/Caucasus", "2010s", "PanARMENIAN.Net", "http://www.panarmenian.net/eng/news/252626/", "2018-03-01"),
    # The URL (/2023-05-21/, a Sunday) and the line "Updated May 21, 2023 at 2:17 PM ET"
    # ("Monday" ahead = 2023-05-22).
    ("test_1703_biden_mccarthy_call_monday", "North America", "2020s", "KSMU (NPR)", "https://www.ksmu.org/2023-05-21/biden-and-mccarthy-set-to-meet-again-monday-for-debt-ceiling-talks", "2023-05-21"),
    # The URL (/2023/06/06/) and the search result's date field 2023-06-06, a Tuesday ("will end
    # on Thursday" = 2023-06-08).
    ("dev_1704_rabuka_nz_visit_planned", "Oceania", "2020s", "1News (TVNZ)", "https://www.1news.co.nz/2023/06/06/fijian-pm-sitiveni-rabuka-visiting-new-zealand-this-week/", "2023-06-06"),
    # The search result's date field 2023-09-29 (a Friday; "on Thursday" = 2023-09-28); no date
    # in the URL or the excerpt.
    ("dev_1705_srettha_hun_sen_phnom_penh", "Southeast Asia", "2020s", "Nation Thailand (nationthailand.com)", "https://www.nationthailand.com/thailand/politics/40031456", "2023-09-29"),
    # The search result's date field 2021-06-10 (a Thursday; "in Dushanbe on Thursday" = the same
    # day); no date in the URL or the excerpt.
    ("dev_1706_mirziyoyev_rahmon_dushanbe", "Central Asia/Caucasus", "2020s", "Tashkent Times", "http://www.tashkenttimes.uz/national/7048-mirziyoyev-rahmon-hold-talks-3", "2021-06-10"),
    # The page line "2016-10-17 11:25 GMT+8" (a Monday); the visit "during Oct 12-14" and the talks
    # "On Oct 14" (2016-10-14) are earlier in the same year.
    ("test_1707_erdenebat_japan_courtesy_calls", "East Asia", "2010s", "GoGo Mongolia (mongolia.gogo.mn)", "http://mongolia.gogo.mn/r/155417", "2016-10-17"),
    # The URL (/2014/11/19/, a Wednesday; "request Wednesday" = the same day).
    ("dev_1708_wynne_harper_request_rebuffed", "North America", "2010s", "Toronto Sun", "https://torontosun.com/2014/11/19/wynnes-request-for-meeting-with-pm-shot-down", "2014-11-19"),
    # The broadcast line "Havana Domestic Service in Spanish 1832 GMT 11 Oct 74" (a Friday) and the
    # record's DATE field 19741011 and URL (/1974/19741011.html); the FBIS report date (19741015)
    # is the translation's, not the broadcast's.
    ("dev_1709_castro_neporozhniy_meeting", "Latin America", "1970s", "Havana Domestic Service (FBIS translation), via the LANIC Castro Speech Database", "http://lanic.utexas.edu/project/castro/db/1974/19741011.html", "1974-10-11"),
    # The page's date line "September 16 1971" (a Thursday); dateline "KARACHI, Pakistan, Sept.
    # 15" ("today" = 1971-09-15, the dateline day).
    ("dev_1710_yahya_teheran_talks", "South Asia", "1970s", "The New York Times (via chotpoti.com, 1971 archive)", "http://chotpoti.com/show_article.php?id=1172", "1971-09-16"),
    # The Papers Past issue id CHP19720211 (The Press of 1972-02-11, a Friday); dateline
    # "WELLINGTON, February 10." ("tonight" = 1972-02-10, "Tomorrow" = 1972-02-11).
    ("test_1711_suharto_wellington_arrival", "Oceania", "1970s", "The Press (Christchurch), via Papers Past (New Zealand Press Association)", "https://paperspast.natlib.govt.nz/newspapers/CHP19720211.2.14", "1972-02-11"),
    # The release's "Release Date: 14/06/1972" and "14 June, 1972." (a Wednesday).
    ("dev_1712_mcmahon_razak_communique", "Southeast Asia", "1970s", "PM Transcripts (Australian Prime Minister's Office; joint communique)", "http://pmtranscripts.pmc.gov.au/release/transcript-2622", "1972-06-14"),
]

A = {}

A["dev_1701_rajoy_gentiloni_madrid"] = dict(
    actors={
        "mariano_rajoy": ["Mariano Rajoy"],
        "paolo_gentiloni": ["Paolo Gentiloni"],
        "sergio_mattarella": ["Sergio Mattarella"],
        "european_union": ["European Union"],
    },
    meetings=[
        # "following their meeting" under the place line "Moncloa Palace, Madrid" and the date line
        # "2017.1.27" -> held 2017-01-27, Madrid (building -> city; the text gives both). "The visit
        # by Paolo Gentiloni" and the condolences are the same meeting -> one row. The evidence
        # names only Rajoy ("their meeting"); Gentiloni is the visitor named in the next sentences.
        M(["mariano_rajoy", "paolo_gentiloni"], "2017-01-27", "Madrid", IP, H,
          "At the press briefing following their meeting, Mariano Rajoy said that this served \"to once again ratify the privileged dialogue and friendship\" that unite Italy and Spain."),
        # Not rows: Mattarella "will also visit Spain" on 10 February (a visit to a country, no host
        # named); "the annual bilateral summits will be resumed" (future meetings, none specific);
        # the Summit of Southern EU Countries in Lisbon "on Saturday" with "their counterparts from
        # Portugal, France, Greece, Malta and Cyprus" (a multilateral summit, no named participant
        # beyond the two); "the European Councils and ... informal summits" (plenaries). "Pool
        # Moncloa / Diego Crespo" is the photo credit glued to the caption (not actors).
    ],
    roles=[("The President of the Government of Spain", "mariano_rajoy"),
           ("The President of the Government", "mariano_rajoy"),
           ("the President of the Italian Republic", "sergio_mattarella")],
)

A["dev_1702_kvirikashvili_yerevan_planned"] = dict(
    actors={
        "giorgi_kvirikashvili": ["Giorgi Kvirikashvili", "Kvirikashvili"],
        "serzh_sargsyan": ["Serzh Sargsyan"],
        "karen_karapetyan": ["Karen Karapetyan"],
    },
    meetings=[
        # "is set to meet Armenian president Serzh Sargsyan and prime minister Karen Karapetyan"
        # -> two planned bilaterals (as dev_032: "met X and Y" = two rows, no Sargsyan-Karapetyan
        # row). Place Yerevan ("While in Yerevan"). Date null (judgement): the visit starts "on
        # Friday, March 2", but the text does not say on which day of the official visit the
        # meetings take place.
        M(["giorgi_kvirikashvili", "serzh_sargsyan"], None, "Yerevan", IP, P,
          "While in Yerevan, Kvirikashvili is set to meet Armenian president Serzh Sargsyan and prime minister Karen Karapetyan."),
        # The Karapetyan meeting = "After private talks in the government, the two prime minister
        # will give a joint press conference" (the same meeting; nominal "private talks").
        M(["giorgi_kvirikashvili", "karen_karapetyan"], None, "Yerevan", IP, P,
          "While in Yerevan, Kvirikashvili is set to meet Armenian president Serzh Sargsyan and prime minister Karen Karapetyan."),
        # Not rows: the visit planned for December 1, 2017 ("was to arrive ... but the visit was
        # pushed back": did not take place, no host named); the tribute at Tsitsernakaberd and the
        # Tumo Center visit (places). "PanARMENIAN.Net -" is the agency tag of the lead (not an
        # actor).
    ],
    roles=[("Georgian prime minister", "giorgi_kvirikashvili"), ("Armenian president", "serzh_sargsyan"),
           ("The Georgian official", "giorgi_kvirikashvili")],
)

A["test_1703_biden_mccarthy_call_monday"] = dict(
    actors={
        "kevin_mccarthy": ["Kevin McCarthy", "McCarthy"],
        "joe_biden": ["Joe Biden", "Biden", "President Biden"],
        "white_house": ["White House"],
    },
    meetings=[
        # The call: "told reporters Sunday morning that he had a 'productive phone call'" and the
        # caption "speaks ... on Sunday after participating in a phone call" in the Sunday
        # 2023-05-21 story -> held 2023-05-21 (judgement: the story narrates the call as the
        # Sunday's event, with Biden "returning" from Japan), phone, place null (Air Force One is
        # not a place name of the convention). "The White House confirmed the phone call" and "My
        # discussion with the president" are the same call.
        M(["kevin_mccarthy", "joe_biden"], "2023-05-21", None, PH, H,
          "McCarthy told reporters Sunday morning that he had a \"productive phone call\" with Biden, who was returning to Washington from Japan where he attended the G-7 summit, as negotiations over a bipartisan deal to raise the debt limit faltered over the last few days."),
        # "will meet in person Monday" (headline "set to meet again Monday"; "an in-person meeting
        # between the speaker and president on Monday"; "Monday's meeting") -> planned 2023-05-22,
        # in person; place null (the text does not say where; "returning to Washington" is Biden's
        # destination, not the stated venue).
        M(["kevin_mccarthy", "joe_biden"], "2023-05-22", None, IP, P,
          "House Speaker Kevin McCarthy and President Biden will meet in person Monday to continue discussions over the debt limit, as the U.S. quickly approaches the date at which it may no longer be able to pay its bills."),
        # Not rows: "top negotiators from his team and the president's will return to meetings on
        # Sunday evening" (unnamed negotiators); "sitting in meetings with other world leaders"
        # (unnamed); the G-7 summit (a plenary). "Patrick Semansky / AP" is the photo credit; the
        # second, identical caption line was trimmed.
    ],
    roles=[("Speaker of the House", "kevin_mccarthy"), ("House Speaker", "kevin_mccarthy"),
           ("the speaker", "kevin_mccarthy"), ("the president", "joe_biden")],
)

A["dev_1704_rabuka_nz_visit_planned"] = dict(
    actors={
        "sitiveni_rabuka": ["Sitiveni Rabuka", "Prime Minister Rabuka", "Rabuka"],
        "chris_hipkins": ["Chris Hipkins", "Hipkins"],
        "nanaia_mahuta": ["Nanaia Mahuta"],
        "james_shaw": ["James Shaw"],
    },
    meetings=[
        # A list of three planned meetings in one sentence -> three rows; "will spend time in
        # Auckland and Wellington, meeting with ..." -> planned, date null (the visit ends "on
        # Thursday"; no day per meeting), place New Zealand (two cities named for the visit, none
        # for a given meeting). "I'm also confident we'll be discussing ..." (Hipkins) is the
        # Hipkins meeting again.
        M(["sitiveni_rabuka", "chris_hipkins"], None, "New Zealand", IP, P,
          "Rabuka will spend time in Auckland and Wellington, meeting with Prime Minister Chris Hipkins, Foreign Affairs Minister Nanaia Mahuta and Climate Change Minister James Shaw."),
        M(["sitiveni_rabuka", "nanaia_mahuta"], None, "New Zealand", IP, P,
          "Rabuka will spend time in Auckland and Wellington, meeting with Prime Minister Chris Hipkins, Foreign Affairs Minister Nanaia Mahuta and Climate Change Minister James Shaw."),
        M(["sitiveni_rabuka", "james_shaw"], None, "New Zealand", IP, P,
          "Rabuka will spend time in Auckland and Wellington, meeting with Prime Minister Chris Hipkins, Foreign Affairs Minister Nanaia Mahuta and Climate Change Minister James Shaw."),
        # Hipkins quoted: "While we were together in Papua New Guinea recently ..." and "our
        # discussions there" -> held, date null ("recently"), place Papua New Guinea; optional (the
        # two were "together" at an unnamed gathering; the discussions may have been multilateral;
        # the evidence names neither party: "we"/"our").
        M(["chris_hipkins", "sitiveni_rabuka"], None, "Papua New Guinea", IP, H,
          "\"I'm looking forward to building on our discussions there, and reaffirming New Zealand's support as a trusted friend and bilateral partner to Fiji.\"", False),
        # Not rows: Rabuka "officially visited New Zealand in 1998" (a visit to a country, no host
        # named); "welcoming him here once again" and "hosted as a Guest of Government" (the visit,
        # no specific counterpart); the Pukeahu memorial visit (a place); "community events"
        # (unnamed). "Politics" (a section label above the headline) was trimmed.
    ],
    roles=[("Fiji Prime Minister", "sitiveni_rabuka"), ("Fijiian Prime Minister", "sitiveni_rabuka"),
           ("Foreign Affairs Minister", "nanaia_mahuta"), ("Climate Change Minister", "james_shaw")],
)

A["dev_1705_srettha_hun_sen_phnom_penh"] = dict(
    actors={
        "srettha_thavisin": ["Srettha Thavisin", "Srettha"],
        "hun_sen": ["Hun Sen"],
        "hun_manet": ["Hun Manet"],
        "chai_watcharong": ["Chai Watcharong"],
        "norodom_sihamoni": ["Norodom Sihamoni"],
        "personal_advisory_council_cambodia": ["Personal Advisory Council"],
        "un_general_assembly": ["UN General Assembly"],
    },
    meetings=[
        # "a courtesy call on Cambodia's former premier Hun Sen in Phnom Penh" on Thursday (Friday
        # 2023-09-29 story) -> held 2023-09-28, Phnom Penh. "During their meeting", the dinner Hun
        # Sen "hosted ... for the visiting Thai prime minister", "his meeting with Hun Sen" and the
        # red-carpet photo are the same encounter -> one row.
        M(["srettha_thavisin", "hun_sen"], "2023-09-28", "Phnom Penh", IP, H,
          "Prime Minister Srettha Thavisin concluded his trip to Cambodia on Thursday evening after making a courtesy call on Cambodia’s former premier Hun Sen in Phnom Penh."),
        # "Earlier on Thursday, Srettha met new Cambodian Prime Minister Hun Manet" -> held
        # 2023-09-28; place Phnom Penh (judgement: the sentence names no place; the trip is a
        # "one-day visit to Cambodia" that he ended by flying "out of Phnom Penh").
        M(["srettha_thavisin", "hun_manet"], "2023-09-28", "Phnom Penh", IP, H,
          "Earlier on Thursday, Srettha met new Cambodian Prime Minister Hun Manet, who is Hun Sen’s son, to discuss bilateral ties."),
        # Not rows: "the bilateral talks during his one-day visit" (the same meetings, as a whole);
        # the tweet; the trip to New York "to attend the UN General Assembly" (a plenary). The last,
        # cut-off sentence of the excerpt (on Hun Sen and Thaksin Shinawatra) was trimmed, so
        # Thaksin is not in the text.
    ],
    roles=[("Cambodia’s former premier", "hun_sen"), ("the Thai leader", "srettha_thavisin"),
           ("Thai government spokesman", "chai_watcharong"), ("the spokesman", "chai_watcharong"),
           ("The former Cambodian leader", "hun_sen"), ("the visiting Thai prime minister", "srettha_thavisin"),
           ("new Cambodian Prime Minister", "hun_manet"), ("Cambodian King", "norodom_sihamoni")],
)

A["dev_1706_mirziyoyev_rahmon_dushanbe"] = dict(
    actors={
        "shavkat_mirziyoyev": ["Shavkat Mirziyoyev", "Mirziyoyev"],
        "emomali_rahmon": ["Emomali Rahmon", "Rahmon"],
    },
    meetings=[
        # The welcoming ceremony "at the Qasri Millat residence in Dushanbe on Thursday" (Thursday
        # 2021-06-10 story) followed by "a tete-a-tete meeting between Shavkat Mirziyoyev and
        # Emomali Rahmon" -> held 2021-06-10, Dushanbe; the ceremony, the introduction of the
        # delegations and the talks are one row.
        M(["shavkat_mirziyoyev", "emomali_rahmon"], "2021-06-10", "Dushanbe", IP, H,
          "“After the end of the ceremony, a tete-a-tete meeting between Shavkat Mirziyoyev and Emomali Rahmon began, during which the two leaders reviewed in detail the entire range of Uzbek-Tajik strategic partnership and multifaceted cooperation, focusing on further deepening constructive political dialogue, building up trade and economic and investment cooperation, expansion of cultural and humanitarian exchanges,” the message says."),
        # Not rows: Mirziyoyev "invited Emomali Rahmon to pay a return visit to Uzbekistan" (an
        # invitation whose acceptance the text does not report: not planned by the ANNOTATION.md
        # rule "invited ... and the invitation was accepted"); the congratulation on the 30th
        # anniversary (a message within the meeting). "the Uzbek president's press service" is not
        # a named organisation.
    ],
    roles=[("the President of Uzbekistan", "shavkat_mirziyoyev"), ("the Uzbek president", "shavkat_mirziyoyev")],
)

A["test_1707_erdenebat_japan_courtesy_calls"] = dict(
    actors={
        "jargaltulga_erdenebat": ["J.Erdenebat", "Erdenebat"],
        "tadamori_oshima": ["Tadori Oshima", "Mr Tadori Oshima"],
        "chuichi_date": ["Chuichi Date", "Mr Chuichi Date"],
        "shinzo_abe": ["Shinzo Abe", "Sinzo Abe"],
        "national_diet_of_japan": ["National Diet of Japan"],
        "house_of_representatives_japan": ["House of Representatives"],
        "house_of_councillors_japan": ["House of Councillors"],
        "energy_resource_llc": ["Energy Resource LLC"],
        "sumitomo_corporation": ["Sumitomo Corporation"],
        "tsagaan_chuluut": ["Tsagaan Chuluut"],
        "suzuki_shoukai": ["Suzuki shoukai"],
        "dry_milk_llc": ["Dry Milk LLC"],
        "pirsai": ["Pirsai"],
        "nikkei": ["Nikkei"],
        "japan_mongolia_friendship_community": ["Japan-Mongolia friendship community"],
    },
    meetings=[
        # Two courtesy calls in one sentence -> two rows; "During his visit" (Oct 12-14, a range)
        # -> date null; place Japan (no city in the text). The speaker's name is misspelt
        # ("Tadori" for Tadamori); the alias keeps the text's form.
        M(["jargaltulga_erdenebat", "tadamori_oshima"], None, "Japan", IP, H,
          "During his visit, the Prime Minister paid courtesy calls on the Speaker of House of Representatives of the National Diet of Japan, Mr Tadori Oshima, and Speaker of House of Councillors, Mr Chuichi Date."),
        M(["jargaltulga_erdenebat", "chuichi_date"], None, "Japan", IP, H,
          "During his visit, the Prime Minister paid courtesy calls on the Speaker of House of Representatives of the National Diet of Japan, Mr Tadori Oshima, and Speaker of House of Councillors, Mr Chuichi Date."),
        # "met with authority of Japan-Mongolia friendship community" "On that day" (= Oct 13) ->
        # one-party row (Erdenebat), held 2016-10-13, Japan; optional (the counterpart is an
        # unnamed "authority" of a loosely named community).
        M(["jargaltulga_erdenebat"], "2016-10-13", "Japan", IP, H,
          "On that day, Prime Minister gave interview for Nikkei newspaper and met with authority of Japan-Mongolia friendship community.", False),
        # "On Oct 14, Prime Minister has had an official talk with his Japanese counterpart Sinzo
        # Abe" -> held 2016-10-14 (year of the 2016-10-17 story), Japan; the headline ("Shinzo
        # Abe: I had highly productive talks ...") and the joint press briefing are the same
        # meeting.
        M(["jargaltulga_erdenebat", "shinzo_abe"], "2016-10-14", "Japan", IP, H,
          "On Oct 14, Prime Minister has had an official talk with his Japanese counterpart Sinzo Abe to conform the contents and line of actions, to be realized in frames of the Mongolia-Japan Strategic Partnership."),
        # Not rows: the interview "for Nikkei newspaper" (a media interview); the Mongolia-Japan
        # Trade and Investment Forum (an event attended by company representatives); the companies'
        # signings (not political meetings). The last, cut-off sentence of Erdenebat's quote ("I
        # thanked Japanese Prime Minister Shinzo Abe for expressing his readiness and willingness
        # to") was trimmed.
    ],
    roles=[("The Prime Minister of Mongolia", "jargaltulga_erdenebat"), ("Mongolian Prime Minister", "jargaltulga_erdenebat"),
           ("the Prime Minister", "jargaltulga_erdenebat"), ("his Japanese counterpart", "shinzo_abe"),
           ("the Speaker of House of Representatives of the National Diet of Japan", "tadamori_oshima"),
           ("Speaker of House of Councillors", "chuichi_date")],
)

A["dev_1708_wynne_harper_request_rebuffed"] = dict(
    actors={
        "kathleen_wynne": ["Kathleen Wynne", "Wynne"],
        "stephen_harper": ["Stephen Harper", "Harper"],
        "jason_macdonald": ["Jason MacDonald"],
        "charles_sousa": ["Charles Sousa"],
    },
    meetings=[
        # Zero-meeting control. Not rows: Wynne's "request ... for a meeting" ("quickly rebuffed":
        # a refused meeting); "when asked if Harper would take the meeting" (hypothetical); "she
        # has not met with the prime minister in 11 months" (a negated, unspecified past contact);
        # "a previous request sent in September" (a letter); question period (the legislature);
        # MacDonald's e-mail and Sousa's statement. The last, cut-off sentence of the excerpt
        # ("MacDonald said the federal government will continue ... through record transfers")
        # was trimmed; "Article content" (a page label) too.
    ],
    roles=[("Ontario Premier", "kathleen_wynne"), ("PM", "stephen_harper"),
           ("The prime minister", "stephen_harper"), ("the prime minister", "stephen_harper"),
           ("Harper spokesman", "jason_macdonald"), ("Finance Minister", "charles_sousa")],
)

A["dev_1709_castro_neporozhniy_meeting"] = dict(
    actors={
        "fidel_castro": ["Fidel Castro", "Castro", "CASTRO", "Fidel"],
        "petr_neporozhniy": ["Petr Neporozhniy", "Neporozhniy"],
        "alexei_kosygin": ["Kosygin"],
        "carlos_rafael_rodriguez": ["Carlos\nRafael Rodriquez"],
        "pedro_miret": ["Pedro Miret"],
        "communist_party_of_cuba": ["PCC"],
        "cema": ["CEMA"],
    },
    meetings=[
        # "has had a fraternal and lively meeting with ... Petr Neporozhniy" (broadcast 11 Oct 74)
        # -> held; date null (the broadcast does not say on which day the meeting took place);
        # place null (the text names no place; the LANIC record's PLACE field "CUBA" is archive
        # metadata and was not stored). "the meeting between Fidel and Neporozhniy" is the same.
        M(["fidel_castro", "petr_neporozhniy"], None, None, IP, H,
          "Commander in Chief Fidel Castro, first secretary of the PCC Central Committee and prime minister of the Revolutionary Government, has had a fraternal and lively meeting with Soviet Energy and Electrification Minister Petr Neporozhniy."),
        # The recalled December 1972 encounter in the USSR: "in the presence of Soviet Prime
        # Minister Kosygin, Neporozhniy and Soviet specialist showed our prime minister" -> held,
        # date null (month only), place USSR; optional (a site presentation during a state visit,
        # not presented as a meeting). Kosygin is "in the presence" (not a participant).
        M(["petr_neporozhniy", "fidel_castro"], None, "USSR", IP, H,
          "At that time and in the presence of Soviet Prime Minister Kosygin, Neporozhniy and Soviet specialist showed our prime minister some of the Soviet achievements in nuclear energy utilization in the USSR electrification system.", False),
        # Not rows: Castro's "visit to the USSR in December 1972" as such (a visit to a country);
        # Rodriquez (sic), Miret, "Cuban ministers and vice prime ministers" "attended the meeting"
        # (attendees are not participants, ANNOTATION.md). "Havana Domestic Service in Spanish ..."
        # is the source line (not an actor).
    ],
    roles=[("Commander in Chief", "fidel_castro"), ("first secretary of the PCC Central\nCommittee", "fidel_castro"),
           ("prime minister of the Revolutionary Government", "fidel_castro"),
           ("Soviet Energy and Electrification\nMinister", "petr_neporozhniy"),
           ("The Soviet minister", "petr_neporozhniy"), ("the Soviet minister", "petr_neporozhniy"),
           ("president of the CEMA Energy Commission", "petr_neporozhniy"),
           ("Soviet Prime Minister", "alexei_kosygin"), ("our prime minister", "fidel_castro")],
)

A["dev_1710_yahya_teheran_talks"] = dict(
    actors={
        "yahya_khan": ["Agha Mohammad Yahya Khan", "Yahya"],
        "mohammad_reza_pahlavi": ["Shah Mohammed Riza Pahlevi"],
    },
    meetings=[
        # Near-zero control. "a one-day trip to Iran, where he was said to have held secret talks"
        # / "discussed matters of mutual importance with the Iranian Government" -> one-party row
        # (Yahya; the counterpart is a government, not a named person), held; date null (the
        # one-day trip ended "today", 1971-09-15, but the text does not say whether the talks were
        # that day or the day before); place Teheran (the headline's city, spelt as written).
        M(["yahya_khan"], None, "Teheran", IP, H,
          "KARACHI, Pakistan, Sept. 15 —President Agha Mohammad Yahya Khan returned to Pakistan today after a one‐day trip to Iran, where he was said to have held secret talks of great political importance."),
        # Not rows: the Shah "is said to have offered his help and conference facilities" (an offer
        # to all parties; no meeting with Yahya is stated, although a reader may presume one);
        # "important developments in the next few days" (speculation); the Pakistani Government's
        # statement. "By Malcolm W. Browne" is the byline; "New York Times" the outlet header.
        # The site's page links ("Previous<<< Page 1 of 3 >>>Next", "Back to 1971-09-16 page")
        # were trimmed; pages 2 and 3 are not part of this text.
    ],
    roles=[("Iran's ruler", "mohammad_reza_pahlavi")],
)

A["test_1711_suharto_wellington_arrival"] = dict(
    actors={
        "soeharto": ["President Suharto"],
        "francis_kitts": ["Sir Francis Kitts"],
        "adam_malik": ["Mr Adam Malik", "Adam Malik"],
        "widjojo_nitisastro": ["Professor Widjojo Nitisastro", "Widjojo Nitisastro"],
        "air_new_zealand": ["Air New Zealand"],
    },
    meetings=[
        # "welcomed to the city at a reception by the Mayor of Wellington (Sir Francis Kitts)"
        # "Earlier" the same day (dateline February 10) -> held 1972-02-10, Wellington; required
        # (an official civic reception given by a named host, more than an arrival greeting).
        M(["soeharto", "francis_kitts"], "1972-02-10", "Wellington", IP, H,
          "Earlier, he had been welcomed to the city at a reception by the Mayor of Wellington (Sir Francis Kitts)."),
        # "attended a reception and formal dinner at Government House tonight" (host not named)
        # -> one-party row, held 1972-02-10, Wellington, optional (as test_911's banquet).
        M(["soeharto"], "1972-02-10", "Wellington", IP, H,
          "The President attended a reception and formal dinner at Government House tonight, his second and final engagement of the day.", False),
        # "Tomorrow the President and other senior members of his party ... will have talks with
        # the Cabinet and officials in the morning" -> planned 1972-02-11, Wellington (the
        # dateline city; they leave for Auckland afterwards). The Cabinet is unnamed -> one-party
        # row for the President (required); Malik and Widjojo, named members "of his party" in the
        # same talks, get one-party rows each, optional (delegation members: as dev_802's ministers
        # with role-only counterparts, but here inside the President's talks). No pair rows among
        # the three (one delegation, not meeting each other). The State luncheon is the same
        # programme.
        M(["soeharto"], "1972-02-11", "Wellington", IP, P,
          "Tomorrow the President and other senior members of his party—including the Foreign Minister (Mr Adam Malik) and the Minister of National Development (Professor Widjojo Nitisastro) — will have talks with the Cabinet and officials in the morning and a State luncheon before leaving for Auckland."),
        M(["adam_malik"], "1972-02-11", "Wellington", IP, P,
          "Tomorrow the President and other senior members of his party—including the Foreign Minister (Mr Adam Malik) and the Minister of National Development (Professor Widjojo Nitisastro) — will have talks with the Cabinet and officials in the morning and a State luncheon before leaving for Auckland.", False),
        M(["widjojo_nitisastro"], "1972-02-11", "Wellington", IP, P,
          "Tomorrow the President and other senior members of his party—including the Foreign Minister (Mr Adam Malik) and the Minister of National Development (Professor Widjojo Nitisastro) — will have talks with the Cabinet and officials in the morning and a State luncheon before leaving for Auckland.", False),
        # Not rows: the demonstrators and protesters (unnamed; no meeting); the arrival at
        # Wellington Airport. The OCR-garbled agency credit "(Neu> Zealand Preet Aeeociation)" is
        # not an actor; "the Cabinet" (a common noun) is not annotated (as batch 5a). The last,
        # cut-off sentence ("They were welcomed to New Zealand by the Go") was trimmed, so the
        # Governor-General is not in the text.
    ],
    roles=[("The President", "soeharto"), ("the Mayor of Wellington", "francis_kitts"),
           ("the Foreign Minister", "adam_malik"), ("the Minister of National Development", "widjojo_nitisastro")],
)

_MC = ("During his stay, fir. McMahon held detailed discussions with Tun Haji Abdul Razak, with the Deputy Prime Minister and Minister of Home Affairs, Tun Dr. Ismail, and with the Minister of Finance, Tun Tan Siew Sin.")
A["dev_1712_mcmahon_razak_communique"] = dict(
    actors={
        "william_mcmahon": ["William McMahon", "McMahon", "McMahon, William", "The Rt Hon. William McMahon", "Mr. McMahon"],
        "abdul_razak": ["Tun Haji Abdul Razak"],
        "ismail_abdul_rahman": ["Tun Dr. Ismail"],
        "tan_siew_sin": ["Tun Tan Siew Sin"],
        "j_d_m_dobie": ["The Hon. J. D. M. Dobie", "J. D. M. Dobie"],
        "royal_malaysian_air_force": ["Royal Malaysian Air Force"],
        "royal_australian_air_force": ["Royal Australian Air Force"],
        "colombo_plan": ["Colombo Plan"],
        "rubber_research_institute_of_malaysia": ["Rubber Research Institute\nof Malaysia"],
        "royal_malaysia_police": ["Royal Malaysia Police"],
    },
    meetings=[
        # One sentence listing three discussions -> three rows; "During his stay" (the visit "from
        # 11-14 June, 1972", a range) -> date null; place Malaysia (no city in the text). The
        # OCR "fir. McMahon" is McMahon. "The Prime Minis te rsdiscus sed a wide range of ..." is
        # the Razak discussion again (same row).
        M(["william_mcmahon", "abdul_razak"], None, "Malaysia", IP, H, _MC),
        M(["william_mcmahon", "ismail_abdul_rahman"], None, "Malaysia", IP, H, _MC),
        M(["william_mcmahon", "tan_siew_sin"], None, "Malaysia", IP, H, _MC),
        # Not rows: the visit "at the invitation of the Prime Minister of Malaysia" (the visit, its
        # meetings are the rows above); Dobie "accompanied" McMahon (not a participant); the visits
        # to air bases, the Subang training centre, the Rubber Research Institute and the National
        # Operations Room, and "a security briefing" (places and briefings, no named counterpart);
        # the title's "VISIT TO INDONESIA, SINGAPORE AND MALAYSIA" (no host named). The last,
        # cut-off sentence ("Their discussions, ... their commitment to the o") was trimmed.
    ],
    roles=[("The Prime Minister of Australia", "william_mcmahon"),
           ("the Prime Minister of Malaysia", "abdul_razak"),
           ("the Deputy Prime Minister and Minister of\nHome Affairs", "ismail_abdul_rahman"),
           ("the Minister of Finance", "tan_siew_sin"),
           ("the Assistant Minister assisting\nthe Prime Minister", "j_d_m_dobie")],
)
