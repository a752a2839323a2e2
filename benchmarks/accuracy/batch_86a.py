"""Accuracy corpus, batch 86a: 12 new articles about meetings between political actors, all
published in ODD years (another helper takes batch 86b at the same time), over eleven regions
(Western Europe: two; Middle East, Eastern Europe/Russia, North America, Southeast Asia, Latin
America, Central Asia/Caucasus, South Asia, Africa, East Asia, Oceania: one each) and four
decades (1980s: three, 1990s: three, 2000s: four, 2010s: two; six of the twelve from before 2000).
Outlets/sites: the Chicago Tribune (1985), the Los Angeles Times (1989 twice, 1991; UPI and Reuters
copy), BBC News (2003, via a mirror), People's Daily Online (Xinhua, 2011), Deutsche Welle (2005),
MercoPress (2007), Kazinform (2019), Rediff (2001), the Japanese Ministry of Foreign Affairs (1999)
and PM Transcripts (an Australian joint press conference transcript, 1999).
Ten news items and two official releases (MOFA, PM Transcripts); no diplomatic cable.
The pages are new (grep of `sources.csv`, `corpus/metadata.csv` and the other batch files except
86b). Candidates 1-7 were vetted by a previous helper; candidate 6 (Al Jazeera, no day on the page)
was replaced in its slot by the DW story on the same dinner (see the notes).
Collected with the `search` tool (corpus `pages`) and annotated from the texts alone, BEFORE the
package was run on them (the package has not been run, imported or read for this batch).
Conventions: ANNOTATION.md and /work/shared/ANNOTATION-GUIDE.md. Notes: batch_86a_NOTES.md.

Split rule (fixed before annotating, as given in the brief for this batch, the same as batches
5a-85b): the articles are numbered 1..12 in the order they were first found (candidates 1-7 in
their order, then the new ones in the order of the queries that found them); positions 3, 7 and
11 are test, all others dev. Ids: `dev_170NN_<slug>` / `test_170NN_<slug>`, NN = position.

M(participants, date, place, kind, status, evidence, required=True)
Evidence is the verbatim sentence (line breaks inside it replaced by single spaces).
Aliases are written as they stand in the text (typos and odd characters included).
"""


from annotations import H, IP, M, P, PH, VID  # noqa: F401 (the same row helpers)

# (article_id, region, decade, outlet, url, published)
ARTICLES = [
    # Date from the address (1985-12-31, a Tuesday, checked): "Monday" -> 1985-12-30.
    ("dev_17001_hussein_assad_damascus", "Middle East", "1980s", "Chicago Tribune (chicagotribune.com)", "https://www.chicagotribune.com/news/ct-xpm-1985-12-31-8503300739-story.html", "1985-12-31"),
    # Date from the address (1989-07-06, a Thursday). Zero-row control (hypothetical invitation).
    ("dev_17002_gorbachev_walesa_invitation", "Eastern Europe/Russia", "1980s", "Los Angeles Times (latimes.com)", "https://www.latimes.com/archives/la-xpm-1989-07-06-mn-3990-story.html", "1989-07-06"),
    # Date from the address (1989-02-10, a Friday): "today" -> 1989-02-10.
    ("test_17003_bush_mulroney_ottawa", "North America", "1980s", "Los Angeles Times (latimes.com; UPI copy)", "https://www.latimes.com/archives/la-xpm-1989-02-10-mn-2651-story.html", "1989-02-10"),
    # "Last Updated: Sunday, 20 April, 2003": Thursday -> 04-17, Tuesday -> 04-22, Wednesday -> 04-23.
    ("dev_17004_blair_aznar_london_planned", "Western Europe", "2000s", "BBC News (news.bbc.co.uk, via the mirror bbctodays.pages.dev)", "https://bbctodays.pages.dev/2/hi/uk_news/politics/2961099.stm", "2003-04-20"),
    # "15:17, September 15, 2011" (a Thursday): "on Thursday" -> 2011-09-15.
    ("dev_17005_yingluck_hun_sen_phnom_penh", "Southeast Asia", "2010s", "People's Daily Online (en.people.cn; Xinhua copy)", "http://en.people.cn/90777/7596655.html", "2011-09-15"),
    # The page title line "| DW | 11.10.2005" (a Tuesday; removed with the site chrome): "on
    # Friday" -> 2005-10-14.
    ("dev_17006_schroeder_chirac_paris_planned", "Western Europe", "2000s", "Deutsche Welle (dw.com)", "https://www.dw.com/en/outgoing-schr%C3%B6der-gets-date-with-chirac/a-1738091", "2005-10-11"),
    # "Saturday, August 18th 2007": "yesterday" -> 2007-08-17; "on Monday" -> 2007-08-20.
    ("test_17007_chavez_uribe_planned", "Latin America", "2000s", "MercoPress (en.mercopress.com)", "https://en.mercopress.com/2007/08/18/pte-chavez-and-his-counterpart-uribe-to-meet", "2007-08-18"),
    # "12:40, 29 November 2019".
    ("dev_17008_nazarbayev_mirziyoyev_tashkent", "Central Asia/Caucasus", "2010s", "Kazinform (en.inform.kz)", "https://en.inform.kz/news/nursultan-nazarbayev-shavkat-mirziyoyev-meet-in-tashkent_a3590053/", "2019-11-29"),
    # "July 16, 2001" (page date line, removed with the site chrome; also in the address).
    ("dev_17009_rajiv_zia_moscow_delhi", "South Asia", "2000s", "Rediff (rediff.com, 'The Rediff Special')", "https://us.rediff.com/news/2001/jul/16spec.htm", "2001-07-16"),
    # Date from the address (1991-01-29, a Tuesday): "today" -> 1991-01-29.
    ("dev_17010_mandela_buthelezi_meet", "Africa", "1990s", "Los Angeles Times (latimes.com; Reuters copy)", "https://www.latimes.com/archives/la-xpm-1991-01-29-mn-420-story.html", "1991-01-29"),
    # "July 9, 1999" (a Friday).
    ("test_17011_obuchi_zhu_summit", "East Asia", "1990s", "Ministry of Foreign Affairs of Japan (mofa.go.jp)", "https://www.mofa.go.jp/region/asia-paci/pmv9907/c_summit.html", "1999-07-09"),
    # "Release Date: 22/02/1999" (a Monday).
    ("dev_17012_howard_shipley_wellington", "Oceania", "1990s", "PM Transcripts (pmtranscripts.pmc.gov.au; joint press conference transcript)", "http://pmtranscripts.pmc.gov.au/release/transcript-11102", "1999-02-22"),
]

A = {}

A["dev_17001_hussein_assad_damascus"] = dict(
    actors={
        "hussein_bin_talal": ["King Hussein of Jordan", "King Hussein", "Hussein"],
        "hafez_al_assad": ["Syrian President Hafez Assad", "Hafez Assad", "Assad"],
        "abdel_raouf_kasm": ["Abdul-Raouf Kasm"],
        "zaid_rifai": ["Zeid Rifai"],
        "damascus_radio": ["Damascus Radio"],
        "plo": ["Palestine Liberation Organization"],
        "yasser_arafat": ["Yasser Arafat"],
    },
    meetings=[
        # "Monday" in a Tuesday 1985-12-31 paper -> 1985-12-30. Kasm and Rifai "accompanied" ->
        # not participants.
        M(["hussein_bin_talal", "hafez_al_assad"], "1985-12-30", "Damascus", IP, H,
          "King Hussein of Jordan held talks in Damascus Monday with Syrian President Hafez Assad for the first time in six years, crowning Saudi Arabian efforts to reconcile the estranged neighbors."),
        # The earlier meeting, with its full date and place ("last met in 1979" is the same one).
        M(["hussein_bin_talal", "hafez_al_assad"], "1979-10-21", "Damascus", IP, H,
          "Hussein and Assad, in their first official encounter since a meeting in Damascus on Oct. 21, 1979, were accompanied by Syrian Prime Minister Abdul-Raouf Kasm and his Jordanian counterpart, Zeid Rifai."),
        # Not rows: the Arab summit (multilateral); Assad hosting unnamed Lebanese militia leaders;
        # ambassadors to be named. Removed at the end: the cut-off sentence "The monarch said ...
        # in line with r".
    ],
    roles=[("Syrian President", "hafez_al_assad"), ("his Jordanian counterpart", "zaid_rifai"),
           ("Syrian Prime Minister", "abdel_raouf_kasm"), ("Palestine Liberation Organization leader", "yasser_arafat")],
)

A["dev_17002_gorbachev_walesa_invitation"] = dict(
    actors={
        "mikhail_gorbachev": ["Soviet President Mikhail S. Gorbachev", "Mikhail S. Gorbachev", "Gorbachev"],
        "lech_walesa": ["Lech Walesa", "Walesa"],
        "solidarity": ["Solidarity"],
        "communist_party_of_the_soviet_union": ["Soviet Communist Party"],
        "polish_united_workers_party": ["Polish United Workers Party"],
        "george_h_w_bush": ["President Bush"],
        "sejm": ["Sejm"],
        "wojciech_jaruzelski": ["Gen. Wojciech Jaruzelski", "Jaruzelski"],
    },
    meetings=[
        # Zero rows: "prepared to invite Walesa ... to Moscow" is hypothetical (no invitation
        # issued); Bush's "visit to Warsaw next week" names no host; the Sejm vote is not a
        # meeting. Removed: at the start, "Advertisement"; at the end, the cut-off subhead
        # "Praises Jaruzels". Kept as found: the inner "Share", byline and "Advertisement" lines.
    ],
    roles=[("the Soviet leader", "mikhail_gorbachev"), ("the Polish party leader", "wojciech_jaruzelski"),
           ("The Polish Parliament’s lower house", "sejm")],
)

A["test_17003_bush_mulroney_ottawa"] = dict(
    actors={
        "george_h_w_bush": ["George Bush", "Bush"],
        "brian_mulroney": ["Prime Minister Brian Mulroney", "Brian Mulroney", "Mulroney"],
        "james_baker": ["James Baker", "Baker"],
        "joe_clark": ["Joe Clark"],
        "brent_scowcroft": ["Brent Scowcroft"],
        "us_congress": ["Congress"],
    },
    meetings=[
        # "arrived in Canada today ... meeting with Prime Minister Brian Mulroney"; Ottawa from
        # "welcomed at the Ottawa airport by Mulroney and escorted into the capital". Baker,
        # Clark ("accompanied") and Scowcroft ("in attendance") are not participants.
        M(["george_h_w_bush", "brian_mulroney"], "1989-02-10", "Ottawa", IP, H,
          "George Bush arrived in Canada today on his first presidential trip abroad, meeting with Prime Minister Brian Mulroney but prepared to touch only broadly on the trade and environmental issues concerning each neighbor."),
        # Not rows: the address to a joint session of Congress; the anonymous official briefing
        # reporters. Removed: at the start, "Advertisement"; at the end, "Advertisement".
        # Not annotated: United Press International (agency credit at the top).
    ],
    roles=[("his secretary of state", "james_baker"), ("Baker’s Canadian counterpart", "joe_clark"),
           ("Bush’s national security adviser", "brent_scowcroft"), ("The President", "george_h_w_bush")],
)

A["dev_17004_blair_aznar_london_planned"] = dict(
    actors={
        "tony_blair": ["Prime Minister Tony Blair", "Tony Blair", "Mr Blair"],
        "jose_maria_aznar": ["Jose Maria Aznar", "Mr Aznar"],
        "jean_pierre_raffarin": ["Jean Pierre Raffarin"],
        "yasser_arafat": ["Yasser Arafat"],
        "hosni_mubarak": ["Egyptian President Hosni Mubarak", "Hosni Mubarak"],
        "simon_hughes": ["Simon Hughes"],
        "liberal_democrats_uk": ["Liberal Democrats", "Liberal Democrat"],
        "el_pais": ["El Pais"],
    },
    meetings=[
        # Planned talks; "will visit London on Wednesday" (Sunday 2003-04-20 page) -> 2003-04-23.
        M(["tony_blair", "jose_maria_aznar"], "2003-04-23", "London", IP, P,
          "Prime Minister Tony Blair is to hold talks on Iraq with Spanish counterpart Jose Maria Aznar, it has emerged."),
        # "On Tuesday" -> 2003-04-22; place: "his talks in France" (no city) -> France.
        M(["jose_maria_aznar", "jean_pierre_raffarin"], "2003-04-22", "France", IP, P,
          "On Tuesday he will hold talks with French Prime Minister Jean Pierre Raffarin."),
        # Two separate phone calls in one sentence -> two rows; "on Thursday" -> 2003-04-17.
        M(["jose_maria_aznar", "yasser_arafat"], "2003-04-17", None, PH, H,
          "The Spanish leader spoke to Palestinian leader Yasser Arafat and Egyptian President Hosni Mubarak by phone on Thursday."),
        M(["jose_maria_aznar", "hosni_mubarak"], "2003-04-17", None, PH, H,
          "The Spanish leader spoke to Palestinian leader Yasser Arafat and Egyptian President Hosni Mubarak by phone on Thursday."),
        # Not rows: Hughes's statements; El Pais report. Removed: at the start, the site chrome
        # up to "watch One-Minute World News"; at the end, the cut-off quotation "Those of us who
        # took the view ... the internationa". Kept as found: the pull-quote lines.
    ],
    roles=[("Spanish counterpart", "jose_maria_aznar"), ("The Spanish leader", "jose_maria_aznar"),
           ("Spanish leader", "jose_maria_aznar"), ("French Prime Minister", "jean_pierre_raffarin"),
           ("Palestinian leader", "yasser_arafat"), ("UK prime minister", "tony_blair"),
           ("Liberal Democrat home affairs spokesman", "simon_hughes")],
)

A["dev_17005_yingluck_hun_sen_phnom_penh"] = dict(
    actors={
        "yingluck_shinawatra": ["Thai Prime Minister Yingluck Shinawatra", "Yingluck Shinawatra", "Yingluck"],
        "hun_sen": ["Hun Sen"],
        "norodom_sihamoni": ["King Norodom Sihamoni"],
        "mcot": ["Mass Communication of Thailand", "MCOT"],
        "thitima_chaisaeng": ["Thitima Chaisaeng", "Thitima"],
    },
    meetings=[
        # Planned (announced the same morning): talks, then the audience; the dinner is the same
        # pair, same day and visit as the talks -> one row. Phnom Penh from the visit sentence.
        M(["yingluck_shinawatra", "hun_sen"], "2011-09-15", "Phnom Penh", IP, P,
          "Yingluck and her Cambodian counterpart Hun Sen will hold talks before proceeding to Khemarin Palace for an audience with King Norodom Sihamoni."),
        M(["yingluck_shinawatra", "norodom_sihamoni"], "2011-09-15", "Phnom Penh", IP, P,
          "Yingluck and her Cambodian counterpart Hun Sen will hold talks before proceeding to Khemarin Palace for an audience with King Norodom Sihamoni."),
        # Not rows: visits to Brunei, Indonesia, Laos (no host named). Not annotated: Xinhua
        # (agency credit in the dateline).
    ],
    roles=[("her Cambodian counterpart", "hun_sen"), ("Thai Government spokeswoman", "thitima_chaisaeng"),
           ("the prime minister", "yingluck_shinawatra")],
)

A["dev_17006_schroeder_chirac_paris_planned"] = dict(
    actors={
        "gerhard_schroeder": ["Outgoing German Chancellor Gerhard Schröder", "Gerhard Schröder", "Schröder"],
        "jacques_chirac": ["French President Jacques Chirac", "Jacques Chirac", "Chirac"],
        "angela_merkel": ["Angela Merkel"],
        "tony_blair": ["Prime Minister Tony Blair"],
    },
    meetings=[
        # Planned working dinner "in Paris ... on Friday" (Tuesday 2005-10-11) -> 2005-10-14.
        M(["gerhard_schroeder", "jacques_chirac"], "2005-10-14", "Paris", IP, P,
          "Outgoing German Chancellor Gerhard Schröder will have a working dinner in Paris with French President Jacques Chirac on Friday to prepare for an informal EU summit in London later this month, Chirac's office said."),
        # Not rows: the September 6 meeting ("postponed", did not take place); Merkel "has been
        # informed" (no meeting); the Hampton Court summit (multilateral). Removed: at the start,
        # the title line with the date and the site navigation; at the end, "DW recommends".
    ],
    roles=[("French President", "jacques_chirac"), ("the president", "jacques_chirac"),
           ("The Christian Democrat leader", "angela_merkel")],
)

A["test_17007_chavez_uribe_planned"] = dict(
    actors={
        "hugo_chavez": ["President Hugo Chávez", "Hugo Chávez", "Chávez"],
        "alvaro_uribe": ["Uribe"],
        "piedad_cordoba": ["Colombian Sen. Piedad Córdoba", "Piedad Córdoba", "Córdoba", "Cordoba"],
        "farc": ["Revolutionary Armed Forces of Colombia", "FARC"],
        "ingrid_betancourt": ["Ingrid Betancourt"],
        "bolivarian_news_agency": ["Bolivarian News Agency"],
    },
    meetings=[
        # Planned, "this month" -> null; "not immediately clear exactly when or where" -> null.
        M(["hugo_chavez", "alvaro_uribe"], None, None, IP, P,
          "President Hugo Chávez will meet with his Colombian counterpart this month to discuss the Venezuelan leader's offer to help mediate a humanitarian exchange with Colombia's largest rebel group."),
        # "yesterday" (Saturday 2007-08-18) -> 2007-08-17; no place stated for the meeting (the
        # press conference was in Caracas).
        M(["piedad_cordoba", "hugo_chavez"], "2007-08-17", None, IP, H,
          "Córdoba, who met with Chávez yesterday, also told reporters the Venezuelan leader would meet on Monday with the families of hostages held by the FARC."),
        # One-party planned row: the hostages' families are unnamed -> required false.
        M(["hugo_chavez"], "2007-08-20", None, IP, P,
          "Córdoba, who met with Chávez yesterday, also told reporters the Venezuelan leader would meet on Monday with the families of hostages held by the FARC.", False),
        # Not rows: the hypothetical mediator/government/FARC meeting; "repeatedly floated the
        # idea of meeting with Colombian rebel leaders". Removed: at the start, the site line and
        # clock; at the end, the cut-off sentence "There are deep ideological differences between
        # Chávez and Col".
    ],
    roles=[("his Colombian counterpart", "alvaro_uribe"), ("the Venezuelan leader", "hugo_chavez"),
           ("his counterpart", "alvaro_uribe")],
)

A["dev_17008_nazarbayev_mirziyoyev_tashkent"] = dict(
    actors={
        "nursultan_nazarbayev": ["Nursultan Nazarbayev"],
        "shavkat_mirziyoyev": ["Shavkat Mirziyoyev"],
        "kazinform": ["Kazinform", "KAZINFORM"],
    },
    meetings=[
        # Sideline bilateral in Tashkent; the day is not stated in the text (only the page's
        # time stamp) -> null.
        M(["nursultan_nazarbayev", "shavkat_mirziyoyev"], None, "Tashkent", IP, H,
          "TASHKENT. KAZINFORM On the margins of the 2nd Consultative Meeting of the Heads of State of Central Asia in Tashkent the First President of Kazakhstan-Elbasy, Nursultan Nazarbayev, held talks with President of Uzbekistan Shavkat Mirziyoyev, Kazinform correspondent reports referring to the Uzbek President’s press service."),
        # Not rows: the Consultative Meeting itself (multilateral), the 2018 meeting. Removed: at
        # the end, the byline "Zhanna Nurmaganbetova".
    ],
    roles=[("First President of Kazakhstan-Elbasy", "nursultan_nazarbayev"),
           ("President of Uzbekistan", "shavkat_mirziyoyev")],
)

A["dev_17009_rajiv_zia_moscow_delhi"] = dict(
    actors={
        "romesh_bhandari": ["Romesh Bhandari"],
        "indian_foreign_service": ["Indian Foreign Service"],
        "zia_ul_haq": ["Pakistan President Zia-ul Haq", "Zia-ul Haq", "General Zia", "President Zia", "Zia"],
        "rajiv_gandhi": ["Prime Minister Rajiv Gandhi", "Rajiv Gandhi", "Rajiv"],
        "yuri_andropov": ["Yuri Andropov"],
        "sahabzada_yaqub_khan": ["Shabzada Yakub Khan"],
        "niaz_naik": ["Niaz Naik"],
    },
    meetings=[
        # Moscow, February 1985 (month only) -> null.
        M(["zia_ul_haq", "rajiv_gandhi"], None, "Moscow", IP, H,
          "President Zia and Prime Minister Rajiv Gandhi met in Moscow in February 1985 at the funeral of the late Soviet president Yuri Andropov."),
        # The December working visit ("Pakistan President Zia-ul Haq visited New Delhi"); month
        # only, no year in the sentence -> null.
        M(["zia_ul_haq", "rajiv_gandhi"], None, "New Delhi", IP, H,
          "He and Rajiv agreed for a step-by-step approach."),
        # Not rows: Bhandari's trip to Pakistan (no host named). Removed: at the start, the
        # site chrome and date line; at the end, the cut-off sentence "There was a feeling in
        # India that many wi". The text's "Andropov" funeral (Feb 1985) is kept as written.
    ],
    roles=[("then premier", "rajiv_gandhi"), ("his foreign minister", "sahabzada_yaqub_khan"),
           ("Former foreign secretary", "romesh_bhandari")],
)

A["dev_17010_mandela_buthelezi_meet"] = dict(
    actors={
        "nelson_mandela": ["Nelson Mandela", "Mandela"],
        "mangosuthu_buthelezi": ["Mangosuthu Buthelezi", "Buthelezi"],
        "african_national_congress": ["African National Congress"],
        "inkatha_freedom_party": ["Inkatha Freedom Party", "Inkatha"],
    },
    meetings=[
        # "today" -> 1991-01-29; no city in the text ("the hotel") -> null.
        M(["nelson_mandela", "mangosuthu_buthelezi"], "1991-01-29", None, IP, H,
          "Political rivals Nelson Mandela and Mangosuthu Buthelezi met for the first time in 28 years today and jointly urged their supporters to end South Africa’s bloody civil war for black political supremacy."),
        # Not rows: "contact among us must continue" (no meeting). Removed: at the start and
        # end, "Advertisement". Not annotated: Reuters (agency credit at the top).
    ],
    roles=[("president of the Zulu-based Inkatha Freedom Party", "mangosuthu_buthelezi")],
)

A["test_17011_obuchi_zhu_summit"] = dict(
    actors={
        "keizo_obuchi": ["Prime Minister Keizo Obuchi", "Keizo Obuchi", "Prime Minister Obuchi"],
        "zhu_rongji": ["Premier Zhu Rongji", "Premier Zhu"],
        "takeshi_noda": ["Takeshi Noda"],
        "masahiko_koumura": ["Masahiko Koumura"],
        "muneo_suzuki": ["Muneo Suzuki"],
        "seiko_noda": ["Seiko Noda"],
        "sakutaro_tanino": ["Sakutaro Tanino"],
        "minoru_tamba": ["Minoru Tamba"],
        "koreshige_anami": ["Koreshige Anami"],
        "tang_jiaxuan": ["Tang Jiaxuan"],
        "chen_jian": ["Chen Jian"],
        "wang_yi": ["Wang Yi"],
        "ning_fukui": ["Ning Fukui"],
        "jiang_zemin": ["President Jiang Zemin", "Jiang Zemin", "President Jiang"],
    },
    meetings=[
        # Limited-attendance meeting + general meeting, same pair and day -> one row; no city in
        # the text -> null. Delegation members are not participants.
        M(["keizo_obuchi", "zhu_rongji"], "1999-07-09", None, IP, H,
          "A limited-attendance Japan-China summit meeting was held between Prime Minister Keizo Obuchi and Premier Zhu Rongji for approximately 45 minutes from 9:30 A.M. on July 9."),
        # Jiang's visit to Japan "the previous year" with discussions involving Obuchi -> held,
        # null, Japan. Required false: the text implies, but does not state, that the two met.
        M(["keizo_obuchi", "jiang_zemin"], None, "Japan", IP, H,
          "Prime Minister Obuchi noted that in-depth discussions had taken place during President Jiang's visit to Japan the previous year, with Prime Minister Obuchi expressing a sincere attitude toward history.", False),
        # Removed: at the end, the cut-off sentence "He continued with a reaffirmation of ... the
        # two nations ha". Not annotated: the issuing "Asian Affairs Bureau / Ministry of
        # Foreign Affairs" header (outlet).
    ],
    roles=[("Ambassador to China", "sakutaro_tanino"), ("Ambassador to Japan", "chen_jian"),
           ("Minister of Home Affairs", "takeshi_noda"), ("Deputy Chief Cabinet Secretary", "muneo_suzuki")],
)

A["dev_17012_howard_shipley_wellington"] = dict(
    actors={
        "john_howard": ["Howard, John", "Howard, John Winston", "JOHN HOWARD", "Prime Minister Howard"],
        "jenny_shipley": ["JENNY SHIPLEY", "SHIPLEY"],
    },
    meetings=[
        # The annual bilateral visit: discussions in Queenstown and over the weekend -> held,
        # null (a weekend, two days), New Zealand (Queenstown is named only as where "we
        # mentioned" it; the press conference is in Wellington).
        M(["jenny_shipley", "john_howard"], None, "New Zealand", IP, H,
          "It's been our great pleasure to welcome Prime Minister Howard to New Zealand for, what I think he established as a tradition of these bilateral meetings each year in the respective countries."),
        # Not rows: the proposed taskforce; the joint press conference. Removed: at the start,
        # the site line "PM Transcripts / Transcripts from the Prime Ministers of Australia"; at
        # the end, the cut-off sentence "I valued your insights ... New Zealand and Australia an".
    ],
    roles=[("THE PRIME MINISTER OF NEW ZEALAND", "jenny_shipley")],
)
