"""Accuracy corpus, batch 16a: 12 new articles from the 1970s, 1980s, 1990s and 2000s (three per
decade), chosen where the corpus was still thin (region x decade cells counted over sources.csv
and the ARTICLES of every batch_*.py present before searching, 408 articles, batches 1-15b: in the
1970s Central Asia/Caucasus had 0 articles and Eastern Europe/Russia, North America, Oceania, South
Asia and Southeast Asia 4; in the 1980s Central Asia/Caucasus, Eastern Europe/Russia and Western
Europe 4; in the 1990s Africa, Central Asia/Caucasus, East Asia, Latin America, North America, South
Asia, Southeast Asia and Western Europe 6; in the 2000s North America 6, most others 7) and spread
over ten regions (Central Asia/Caucasus and North America 2 each; South Asia, Oceania, Eastern
Europe/Russia, Western Europe, East Asia, Latin America, Southeast Asia and Africa 1 each). Outlets
not yet in the corpus: the Lubbock Avalanche-Journal (AP copy), the CACI Analyst and The Straits
Times (its archive republication of a 1993 story); the others were used before (Songramer
Notebook's Hindustan Standard page, The Press via Papers Past twice, PM Transcripts, the Los Angeles
Times three times, the Chicago Tribune, The Philippine Star).
Collected with the `search` tool (corpus `pages`) and annotated from the texts alone, BEFORE the
package was run on them (the package has not been run on this batch).
Conventions: ANNOTATION.md and /work/shared/ANNOTATION-GUIDE.md. Notes: batch_16a_NOTES.md.

Split rule (fixed before annotating, as given in the brief for this batch, the same as batches
5a-15b): the articles are numbered 1..12 in the order they were first found in this session's
search results (the query in which each first appeared, then the rank); positions 3, 7 and 11 are
test, all others dev. Ids: `dev_30NN_<slug>` / `test_30NN_<slug>`, NN = collection position
(01..12).

M(participants, date, place, kind, status, evidence, required=True)
Evidence is the verbatim sentence (line breaks inside it replaced by single spaces).
Aliases are written as they stand in the text (typos and OCR errors included).
"""


from annotations import H, IP, M, P, PH, VID  # noqa: F401 (the same row helpers)

# (article_id, region, decade, outlet, url, published)
ARTICLES = [
    # The page's issue line "HINDUSTAN STANDARD,NOVEMBER 5, 1971" (a Friday); dateline
    # "Washington, November 4" -> "today" = 1971-11-04 (the dateline's day, which precedes the
    # issue, as in batch 5d).
    ("dev_3001_gandhi_nixon_washington", "South Asia", "1970s", "Hindustan Standard, via Songramer Notebook (1971 press archive; UNI and PTI report)", "https://songramernotebook.com/?p=313348", "1971-11-05"),
    # Issue code CHP19800509 (The Press, Christchurch, 9 May 1980, a Friday); the dateline
    # "NZPA-Reuter Belgrade" carries no date. No row depends on "yesterday" (the funeral) or
    # "today" (the flight home); the talks are dated only "In the 36 hours after his arrival".
    ("dev_3002_brezhnev_tito_funeral_belgrade", "Eastern Europe/Russia", "1980s", "The Press (Christchurch), via Papers Past (NZPA-Reuter)", "https://paperspast.natlib.govt.nz/newspapers/CHP19800509.2.68.1", "1980-05-09"),
    # Release date 04/03/1976 and "JOINT COMMUNIQUE ISSUED ON THURSDAY 4 MARCH 1976" (a Thursday);
    # the visit is "on 4 and 5 March 1976" and the communique of 4 March reports the reception and
    # the discussions as done -> 1976-03-04 (judgement; alternative null).
    ("test_3003_somare_fraser_canberra_communique", "Oceania", "1970s", "PM Transcripts (Australian Prime Minister's Office; joint communique)", "https://pmtranscripts.pmc.gov.au/node/14791", "1976-03-04"),
    # Issue code CHP19730616 (The Press, 16 June 1973, a Saturday); dateline "MOSCOW, June 15" ->
    # "today" = 1973-06-15 (the news conference, not a row). The summit is "forthcoming" (no
    # date); "a year ago" is vague.
    ("dev_3004_brezhnev_nixon_summit_preview", "North America", "1970s", "The Press (Christchurch), via Papers Past (N.Z.P.A.)", "https://paperspast.natlib.govt.nz/newspapers/CHP19730616.2.131", "1973-06-16"),
    # No date line in the excerpt; the URL (la-xpm-1986-12-18) gives 1986-12-18, a Thursday.
    # No row.
    ("dev_3005_alma_ata_riot_kunaev", "Central Asia/Caucasus", "1980s", "Los Angeles Times (Associated Press)", "https://www.latimes.com/archives/la-xpm-1986-12-18-mn-4155-story.html", "1986-12-18"),
    # Date line "October 31, 1985" (a Thursday) and the URL; "Wednesday" = 1985-10-30, "On
    # Thursday" = the day of the paper, 1985-10-31.
    ("dev_3006_craxi_coalition_cossiga", "Western Europe", "1980s", "Chicago Tribune", "http://articles.chicagotribune.com/1985-10-31/news/8503140720_1_prime-minister-bettino-craxi-achille-lauro-president-francesco-cossiga", "1985-10-31"),
    # The page says "This article was first published in The Straits Times on April 24, 1993"
    # (a Saturday): the stored text is the 1993 story, republished in the paper's online archive
    # (judgement: published = the original date). "yesterday" = 1993-04-23; "on Tuesday" =
    # 1993-04-27.
    ("test_3007_wang_koo_singapore_preparations", "East Asia", "1990s", "The Straits Times (straitstimes.com archive republication)", "https://www.straitstimes.com/asia/east-asia/talks-off-to-smooth-start-as-senior-officials-agree-on-venue", "1993-04-24"),
    # No date line in the excerpt; the URL (la-xpm-1995-02-04) gives 1995-02-04, a Saturday;
    # "Friday" = 1995-02-03.
    ("dev_3008_cardoso_calls_fujimori_duran", "Latin America", "1990s", "Los Angeles Times", "https://www.latimes.com/archives/la-xpm-1995-02-04-mn-28070-story.html", "1995-02-04"),
    # "Published: Monday, February 05, 2001" (a Monday) and the URL (/020501/). The text never
    # dates the planned meeting: date null.
    ("dev_3009_bush_chretien_first_meeting", "North America", "2000s", "Lubbock Avalanche-Journal (lubbockonline.com; Associated Press)", "http://lubbockonline.com/stories/020501/nat_020501022.shtml", "2001-02-05"),
    # Date line "Wednesday, 29 November 2006" (the CACI Analyst issue of 11/29/2006). "On the first
    # day of the visit" to Uzbekistan "on October 3-4, 2006" = 2006-10-03; the other meetings of
    # the visit are not dated (two-day range).
    ("dev_3010_bakiyev_karimov_uzbekistan_visit", "Central Asia/Caucasus", "2000s", "CACI Analyst (Central Asia-Caucasus Institute; field report)", "https://cacianalyst.org/publications/field-reports/item/11234-field-reports-caci-analyst-2006-11-29-art-11234.html", "2006-11-29"),
    # Date line "August 22, 2001 | 12:00am" (a Wednesday) and the URL (/2001/08/22/); "yesterday"
    # = 2001-08-21.
    ("test_3011_arroyo_megawati_manila", "Southeast Asia", "2000s", "The Philippine Star (philstar.com)", "https://philstar.com/headlines/2001/08/22/130969/gma-megawati-boost-bilateral-ties", "2001-08-22"),
    # No date line in the excerpt; the URL (la-xpm-1997-oct-23) gives 1997-10-23, a Thursday;
    # "on Wednesday" = 1997-10-22.
    ("dev_3012_mandela_kadafi_tripoli", "Africa", "1990s", "Los Angeles Times (Times Wire Services)", "https://www.latimes.com/archives/la-xpm-1997-oct-23-mn-45897-story.html", "1997-10-23"),
]

A = {}

A["dev_3001_gandhi_nixon_washington"] = dict(
    actors={
        "indira_gandhi": ["Mrs. Gandhi"],
        "richard_nixon": ["President Nixon", "Mr. Nixon", "NIXON"],
        "henry_kissinger": ["Dr. Henry Kissinger", "Henry Kissinger"],
        "l_k_jha": ["Mr. L. K. Jha", "L. K. Jha"],
        "t_n_kaul": ["T. N. Kaul"],
        "p_n_haksar": ["Mr. P. N. Haksar", "P. N. Haksar"],
        "yahya_khan": ["Gen. Yahya Khan", "Yahya Khan"],
        "sheikh_mujibur_rahman": ["Sheikh Mujibur Rahman"],
        "united_nations": ["United Nations", "UN"],
        "us_government": ["US Government"],
        "pakistani_army": ["Pakistani Army"],
        "united_news_of_india": ["UNI"],
        "press_trust_of_india": ["PTI"],
    },
    meetings=[
        # "Mrs. Gandhi today discussed with President Nixon" (dateline "Washington, November 4")
        # + "their crucial meeting" after "a White House welcoming ceremony" -> held, 1971-11-04,
        # Washington. Kissinger, Jha, Kaul and Haksar "joined" the talks after the leaders had
        # been "alone for sometime" -> aides sitting in (as test_016's Erekat): not participants.
        M(["indira_gandhi", "richard_nixon"], "1971-11-04", "Washington", IP, H,
          "Washington, November 4.- Mrs. Gandhi today discussed with President Nixon the entire gamut of Indo- US relations which have been under a cloud for sometime following the US Government’s outright support to the military regime of Islamabad despite the genocide in East Bengal by the Pakistani Army report UNI and PTI."),
        # Not rows: the White House welcoming ceremony (the same visit); US "pressures" on Yahya
        # Khan (no meeting); the wished-for "dialogue between Gen. Yahya Khan and the Bangladesh
        # leaders" (hypothetical, unnamed); a "United Nations presence" (a proposal). "UNI and
        # PTI" are cited inside the first sentence (annotated as sources, as dev_2806's UPI).
        # The page's cut-off last words ("He is sta") were trimmed.
    ],
    roles=[("PM", "indira_gandhi"), ("the Prime Minister", "indira_gandhi"),
           ("Mr. Nixon’s special adviser", "henry_kissinger"), ("India’s Ambassador", "l_k_jha"),
           ("Foreign Secretary", "t_n_kaul"), ("Secretary to the Prime Minister", "p_n_haksar")],
)

_BZ = ("In the 36 hours after his arrival the Kremlin chief had held talks with new Polish Prime "
       "Minister (Mr Edward Babiuch) and the Inter- ] national Olympic Committee; president (Lord "
       "Killanin) ini Moscow and met Yugoslav i leaders ..nd the North Ko-| rean President (Mr Kinr "
       "Il Sung) in Belgrade.")
_HUA = ("There was no immediate: Information on who Mr 1 Brezhnev would see, but: speculation centred "
        "on a possible encounter with Chi-1 nese leade - . Chairman Huai Guofeng, who 1 ts also gone; "
        "to Belgrade for the funeral.")
_KC = ("In 1969. the Soviet Prime Minister (Mr Alexei Kos-1 ygin) went directly toPeking from the "
       "Hanoi! T! £>T»«3 1 \\7l rt rt A I funeral of the Vietnamese President (Mr Ho Chi Minh)! for "
       "talks with Chou En-lai, I who was then Prime Minister, which brought a temp Or-; ary "
       "improvement in Sino-So-] Viet relations.")

A["dev_3002_brezhnev_tito_funeral_belgrade"] = dict(
    actors={
        "leonid_brezhnev": ["Mr Leonid Brezhnev", "Leonid Brezhnev", "Mr Brezhnev", "Mr 1 Brezhnev"],
        "josip_broz_tito": ["President Tito", "Tito"],
        "edward_babiuch": ["Mr Edward Babiuch", "Edward Babiuch"],
        "lord_killanin": ["Lord Killanin"],
        "international_olympic_committee": ["Inter- ] national Olympic Committee"],
        "kim_il_sung": ["Mr Kinr Il Sung", "Kinr Il Sung"],
        "hua_guofeng": ["Chairman Huai Guofeng", "Huai Guofeng"],
        "alexei_kosygin": ["Mr Alexei Kos-1 ygin"],
        "ho_chi_minh": ["Mr Ho Chi Minh", "Ho Chi Minh"],
        "zhou_enlai": ["Chou En-lai"],
    },
    meetings=[
        # One sentence, separate interactions: talks with Babiuch and with the IOC president
        # Killanin "in Moscow", meetings with Yugoslav leaders and with Kim Il Sung "in
        # Belgrade" -> held, dates null ("In the 36 hours after his arrival": the arrival is not
        # dated).
        M(["leonid_brezhnev", "edward_babiuch"], None, "Moscow", IP, H, _BZ),
        M(["leonid_brezhnev", "lord_killanin"], None, "Moscow", IP, H, _BZ),
        M(["leonid_brezhnev", "kim_il_sung"], None, "Belgrade", IP, H, _BZ),
        # "met Yugoslav leaders" (unnamed) -> one-party row, optional (unnamed group, as
        # dev_2810's congressional briefing).
        M(["leonid_brezhnev"], None, "Belgrade", IP, H, _BZ, False),
        # "speculation centred on a possible encounter with ... Chairman Huai Guofeng" ->
        # planned, Belgrade, optional (speculation, not an announced meeting).
        M(["leonid_brezhnev", "hua_guofeng"], None, "Belgrade", IP, P, _HUA, False),
        # "In 1969 the Soviet Prime Minister (Kosygin) went directly to Peking ... for talks with
        # Chou En-lai" -> held, Peking, date null (year only).
        M(["alexei_kosygin", "zhou_enlai"], None, "Peking", IP, H, _KC),
        # Not rows: the funeral and the tribute "with other world leaders" (a ceremony; Tito is
        # dead); "two more meetings" (unnamed, a count); Ho Chi Minh's funeral (Kosygin's
        # passage through Hanoi). The agency tag "NZPA-Reuter" is not annotated. The cut-off
        # last sentence ("It seemed unlikely that Mr Brezhnev would meet Vice-; President Walter
        # Mondale of; the United States, represent-] in") was trimmed.
    ],
    roles=[("Soviet leader", "leonid_brezhnev"), ("Soviet President", "leonid_brezhnev"),
           ("the Kremlin chief", "leonid_brezhnev"), ("the Yugoslav national hero", "josip_broz_tito"),
           ("new Polish Prime Minister", "edward_babiuch"), ("the Soviet Prime Minister", "alexei_kosygin"),
           ("the Vietnamese President", "ho_chi_minh")],
)

_SK = ("Mr Somare was received by His Excellency, the Governor-General, Sir John Kerr and by the Prime "
       "Minister, the Right Honourable Malcolm Fraser.")
_SD = ("Mr Somare had extensive discussions with Mr Fraser, with the Minister for Foreign Affairs, Mr "
       "Peacock, and with other Australian Ministers.")

A["test_3003_somare_fraser_canberra_communique"] = dict(
    actors={
        "michael_somare": ["the Honourable Michael T. Somare", "Michael T. Somare", "Mr Somare", "MR SOMARE"],
        "malcolm_fraser": ["Malcolm Fraser", "Mr Fraser", "Fraser, Malcolm", "Fraser, John Malcolm"],
        "john_kerr": ["Sir John Kerr"],
        "andrew_peacock": ["Mr Peacock"],
        "veronica_somare": ["Mrs Somare"],
        "australian_government": ["Government of Australia"],
    },
    meetings=[
        # Received by Fraser + "extensive discussions with Mr Fraser" -> one row, held,
        # 1976-03-04 (see ARTICLES), Canberra.
        M(["michael_somare", "malcolm_fraser"], "1976-03-04", "Canberra", IP, H, _SD),
        # "received by ... the Governor-General, Sir John Kerr" -> held (a reception by the head
        # of state, as the courtesy calls of batch 5c).
        M(["michael_somare", "john_kerr"], "1976-03-04", "Canberra", IP, H, _SK),
        # "discussions ... with the Minister for Foreign Affairs, Mr Peacock" -> held.
        M(["michael_somare", "andrew_peacock"], "1976-03-04", "Canberra", IP, H, _SD),
        # Not rows: "other Australian Ministers" (unnamed; Somare already has rows); Mrs Somare
        # "accompanied" him (not a participant); the two Prime Ministers' joint views (a
        # communique). The PM Transcripts header is kept; the cut-off sentence after "-2-"
        # ("The Prime Ministers said that Australia and Papua New Guinea had many abiding common
        # intere") was trimmed.
    ],
    roles=[("the Governor-General", "john_kerr"),
           ("the Minister for Foreign Affairs", "andrew_peacock"), ("The Australian Prime Minister", "malcolm_fraser")],
)

A["dev_3004_brezhnev_nixon_summit_preview"] = dict(
    actors={
        "leonid_brezhnev": ["Mr Leonid Brezhnev", "Leonid Brezhnev", "Mr Brezhnev", "BREZHNEV"],
        "richard_nixon": ["Mr Nixon", "President Nixon", "Nixon"],
        "nikita_khrushchev": ["Mr Nikita Khrushchev", "Nikita Khrushchev"],
        "henry_kissinger": ["Dr Henry Kissinger", "Henry Kissinger"],
        "communist_party_of_the_soviet_union": ["Soviet Union Communist Party"],
    },
    meetings=[
        # "his forthcoming summit talks in Washington with Mr Nixon" (and "just before his
        # departure for Washington") -> planned, Washington, date null.
        M(["leonid_brezhnev", "richard_nixon"], None, "Washington", IP, P,
          "The First Secretary of the Soviet Union Communist Party (Mr Leonid Brezhnev) today brushed aside suggestions by American reporters in Moscow that the Watergate affair would have any influence on his forthcoming summit talks in Washington with Mr Nixon, who, he said, merited his profound respect."),
        # "the agreement signed by President Nixon when he was in Moscow a year ago" -> a visit
        # whose host is not named: one-party row, held, Moscow, date null, optional.
        M(["richard_nixon"], None, "Moscow", IP, H,
          "In the agreement signed by President Nixon when he was in Moscow a year ago, the United States and the Soviet Union placed limits on defensive nuclear missiles each country can have, and put some temporary curbs on offensive weapons as a first step to slowing the nuclear arms race.", False),
        # Not rows: the news conference in the Kremlin (media); the "individual interviews"
        # before "his journeys to France and West Germany" (media; no hosts named); Kissinger's
        # prediction (a statement); Khrushchev (no meeting). The agency credit "(N.Z. Press
        # Association—Copyright)" is not annotated; the cut-off last sentence ("Now the two
        # countries are engaged in what Dr Ki") was trimmed.
    ],
    roles=[("The First Secretary of the Soviet Union Communist Party", "leonid_brezhnev"),
           ("the Presidential adviser", "henry_kissinger")],
)

A["dev_3005_alma_ata_riot_kunaev"] = dict(
    actors={
        "tass": ["Tass Press Agency", "Tass"],
        "dinmukhamed_kunaev": ["Dinmukhamed A. Kunaev", "Kunaev"],
        "gennady_kolbin": ["Gennady Kolbin"],
        "mikhail_gorbachev": ["Mikhail S. Gorbachev"],
        "politburo_cpsu": ["Politburo"],
        "communist_party_of_kazakhstan": ["Communist Party"],
        "central_committee_communist_party_of_kazakhstan": ["Central Committee"],
    },
    meetings=[
        # A zero-row control. Not rows: "the recent plenary meeting" and the Central Committee's
        # decision (a party body, no named counterpart); Kunaev's "removal from the Politburo"
        # expected next week (a body's decision); the students' demonstrations; the Tass reports
        # (media). The credit line "Associated Press" is not annotated. Removed: "Share via".
        # The cut-off last paragraph ("The Tass report on the rioting could indicate ... foreign
        # reporters in Mosc") was trimmed with its subhead "Openness Campaign".
    ],
    roles=[("Soviet leader", "mikhail_gorbachev"),
           ("the Central Asian republic’s Communist Party chief", "dinmukhamed_kunaev"),
           ("His replacement as party chairman", "gennady_kolbin")],
)

A["dev_3006_craxi_coalition_cossiga"] = dict(
    actors={
        "bettino_craxi": ["Prime Minister Bettino Craxi", "Bettino Craxi", "Craxi"],
        "francesco_cossiga": ["President Francesco Cossiga", "Francesco Cossiga", "Cossiga"],
        "mohammed_abbas": ["Mohammed Abbas", "Abbas"],
        "giovanni_spadolini": ["Defense Minister Giovanni Spadolini", "Giovanni Spadolini"],
        "republican_party_italy": ["Republican Party"],
        "plo": ["Palestine Liberation Organization"],
    },
    meetings=[
        # "On Thursday, Craxi will see President Francesco Cossiga" (Cossiga "will hand back the
        # letter of resignation") -> planned, 1985-10-31 (the Thursday of the paper), Rome (the
        # dateline).
        M(["bettino_craxi", "francesco_cossiga"], "1985-10-31", "Rome", IP, P,
          "On Thursday, Craxi will see President Francesco Cossiga, to whom he offered his resignation nine days ago after the small Republican Party pulled out of the coalition to protest the release of Abbas without Cabinet consultation."),
        # "three days of consultations with his four coalition partners" (unnamed) -> one-party
        # row, held, Rome, date null (three days ending Wednesday), optional (unnamed group).
        M(["bettino_craxi"], None, "Rome", IP, H,
          "After three days of consultations with his four coalition partners, Craxi emerged from his office smiling Wednesday to announce: ``The crisis is over.``", False),
        # Not rows: the resignation offered to Cossiga "nine days ago" (a letter: "the letter of
        # resignation"); the Wednesday agreement of "the leaders of five political parties"
        # (unnamed; Spadolini, "the Republican leader", is not said to have met Craxi); the
        # vote in parliament; the five-party document. Abbas's flight is not a meeting. The
        # byline is kept and not annotated; the cut-off last sentence ("It said the PLO should be
        # be allowed to join in Middle East peace") was trimmed.
    ],
    roles=[("the Socialist leader", "bettino_craxi"), ("the Republican leader", "giovanni_spadolini")],
)

A["test_3007_wang_koo_singapore_preparations"] = dict(
    actors={
        "tang_shubei": ["Mr Tang Shubei", "Tang Shubei", "Mr Tang"],
        "cheyne_chiu": ["Mr Cheyne Chiu", "Cheyne Chiu", "Mr Chiu"],
        "wang_daohan": ["Wang Daohan"],
        "koo_chen_fu": ["Koo Chen-fu"],
        "arats": ["Association for Relations Across the Taiwan Strait", "Arats"],
        "straits_exchange_foundation": ["Straits Exchange Foundation", "SEF"],
        "reuters": ["Reuter"],
    },
    meetings=[
        # Tang "met his Taiwanese counterpart, Mr Cheyne Chiu" ("where they met yesterday") ->
        # held, 1993-04-23, Singapore (the NOL Building is the venue of "their talks in
        # Singapore next week"). The "other senior officials" who attended are unnamed.
        M(["tang_shubei", "cheyne_chiu"], "1993-04-23", "Singapore", IP, H,
          "Mr Tang Shubei, vice-chairman of the Association for Relations Across the Taiwan Strait (Arats), China's semi-government body handling ties with Taiwan, met his Taiwanese counterpart, Mr Cheyne Chiu, secretary-general of Taiwan's Straits Exchange Foundation (SEF), at the NOL Building in Alexandra Road."),
        # "Wang Daohan will meet ... Koo Chen-fu" + "the two delegation leaders will begin their
        # two-day talks on Tuesday" -> planned, 1993-04-27 (the first day, as test_009's two
        # days of talks), Singapore.
        M(["wang_daohan", "koo_chen_fu"], "1993-04-27", "Singapore", IP, P,
          "Arats' chairman Wang Daohan will meet SEF chief Koo Chen-fu for the talks, the highest-level contact between the two sides since the end of the Chinese civil war in 1949."),
        # Not rows: the two press briefings (media); "future contacts between their officials"
        # (unnamed); the sub-level meetings (trimmed). The republication note "This article
        # was first published in The Straits Times on April 24, 1993" is kept. The cut-off last
        # sentence ("After the Singapore talks next week, director-level mee") was trimmed.
    ],
    roles=[("his Taiwanese counterpart", "cheyne_chiu"),
           ("vice-chairman of the Association for Relations Across the Taiwan Strait", "tang_shubei"),
           ("secretary-general of Taiwan's Straits Exchange Foundation", "cheyne_chiu"),
           ("Arats' chairman", "wang_daohan"), ("SEF chief", "koo_chen_fu")],
)

_CA = ("Around midday, Cardoso telephoned Presidents Alberto Fujimori of Peru and Sixto Duran Ballen of "
       "Ecuador, urging them to quickly settle differences blocking a cease-fire.")

A["dev_3008_cardoso_calls_fujimori_duran"] = dict(
    actors={
        "fernando_henrique_cardoso": ["Brazilian President Fernando Henrique Cardoso", "Fernando Henrique Cardoso", "Cardoso"],
        "alberto_fujimori": ["Alberto Fujimori", "Fujimori"],
        "sixto_duran_ballen": ["Sixto Duran Ballen", "Duran Ballen"],
        "antonio_simoes": ["Antonio Simoes", "Simoes"],
        "eduardo_ponce": ["Eduardo Ponce", "Ponce"],
        "brazilian_foreign_ministry": ["Foreign Ministry"],
    },
    meetings=[
        # "Cardoso telephoned Presidents Alberto Fujimori ... and Sixto Duran Ballen" -> two
        # separate calls, held, 1995-02-03 ("took a direct role Friday"; "Cardoso made his
        # calls"), place null (phone).
        M(["fernando_henrique_cardoso", "alberto_fujimori"], "1995-02-03", None, PH, H, _CA),
        M(["fernando_henrique_cardoso", "sixto_duran_ballen"], "1995-02-03", None, PH, H, _CA),
        # Not rows: the mediated negotiations of unnamed diplomats ("which began Tuesday", "all
        # night"), in which Ponce is a delegate (a multi-party negotiation, no named
        # counterpart); the spokesmen's statements. Removed: "Advertisement" (2x) and "Share";
        # the credit "SPECIAL TO THE TIMES" is kept. The cut-off last sentence ("The four
        # mediating countries are “guarantors") was trimmed.
    ],
    roles=[("Brazil Leader", "fernando_henrique_cardoso"),
           ("press secretary for Brazil’s Foreign Ministry", "antonio_simoes"),
           ("Peru’s deputy foreign minister", "eduardo_ponce")],
)

_MIN = ("The Canadian foreign and defense ministers already have been down to see Secretary of State "
        "Colin Powell and Defense Secretary Donald Rumsfeld.")

A["dev_3009_bush_chretien_first_meeting"] = dict(
    actors={
        "george_w_bush": ["President Bush", "Bush"],
        "jean_chretien": ["Canadian Prime Minister Jean Chretien", "Jean Chretien", "Chretien"],
        "al_gore": ["Al Gore"],
        "vicente_fox": ["Mexican President Vicente Fox", "Vicente Fox"],
        "david_t_jones": ["David T. Jones"],
        "colin_powell": ["Secretary of State Colin Powell", "Colin Powell"],
        "donald_rumsfeld": ["Defense Secretary Donald Rumsfeld", "Donald Rumsfeld"],
    },
    meetings=[
        # "Chretien ... will become the first foreign leader Bush will meet as president" + "The
        # leaders will hold a meeting and then a working dinner" -> planned, Washington
        # (dateline; "Chretien's trip to Washington"), date null (not stated).
        M(["george_w_bush", "jean_chretien"], None, "Washington", IP, P,
          "Still, it's Chretien who will become the first foreign leader Bush will meet as president."),
        # "met Mexican President Vicente Fox during the U.S. presidential campaign" -> held, date
        # and place null.
        M(["george_w_bush", "vicente_fox"], None, None, IP, H,
          "Also, Bush dealt often with Mexico as Texas governor and met Mexican President Vicente Fox during the U.S. presidential campaign."),
        # The unnamed Canadian foreign and defense ministers "have been down to see" Powell and
        # Rumsfeld -> one one-party row per named US secretary (as batch 5c's "their American
        # counterparts"), held, Washington (the "Canadian officials who scrambled to get to
        # Washington beforehand"), date null.
        M(["colin_powell"], None, "Washington", IP, H, _MIN),
        M(["donald_rumsfeld"], None, "Washington", IP, H, _MIN),
        # Not rows: "Bush's first foreign trip is Feb. 16 — to Mexico" (a trip, no host named);
        # Chretien's "affinity for Al Gore"; Jones's remarks. The agency tag "{AP}" is not
        # annotated. The cut-off last sentence ("Bush's proposal to build an ambiti") was
        # trimmed.
    ],
    roles=[("Canada's PM", "jean_chretien"), ("Canadian Prime Minister", "jean_chretien"),
           ("Mexican President", "vicente_fox"), ("Texas governor", "george_w_bush"),
           ("formerly a senior U.S. diplomat in Ottawa", "david_t_jones"),
           ("Secretary of State", "colin_powell"), ("Defense Secretary", "donald_rumsfeld")],
)

_BM = ("Aside from the Uzbek President, Bakiyev also met with the speakers of the two chambers of the "
       "Uzbek parliament, Ilgizar Sabirov and Erkin Khalilov, and Uzbek Prime Minister Shavkat Mirziev.")

A["dev_3010_bakiyev_karimov_uzbekistan_visit"] = dict(
    actors={
        "kurmanbek_bakiyev": ["Kurmanbek Bakiyev", "Bakiyev"],
        "islam_karimov": ["Islam Karimov"],
        "ilgizar_sabirov": ["Ilgizar Sabirov"],
        "erkin_khalilov": ["Erkin Khalilov"],
        "shavkat_mirziyoyev": ["Uzbek Prime Minister Shavkat Mirziev", "Shavkat Mirziev"],
    },
    meetings=[
        # "On the first day of the visit, Bakiyev met with his Uzbek counterpart Islam Karimov"
        # -> held, 2006-10-03, Uzbekistan (no city in the text; the headline's "BISHKEK AND
        # TASHKENT" names the two governments, not the venue). The "negotiations held between
        # the two presidents" and "the meeting" are the same.
        M(["kurmanbek_bakiyev", "islam_karimov"], "2006-10-03", "Uzbekistan", IP, H,
          "On the first day of the visit, Bakiyev met with his Uzbek counterpart Islam Karimov."),
        # One sentence, three further meetings (a list, as dev_032) -> held, Uzbekistan, dates
        # null (the day within "October 3-4" is not stated).
        M(["kurmanbek_bakiyev", "ilgizar_sabirov"], None, "Uzbekistan", IP, H, _BM),
        M(["kurmanbek_bakiyev", "erkin_khalilov"], None, "Uzbekistan", IP, H, _BM),
        M(["kurmanbek_bakiyev", "shavkat_mirziyoyev"], None, "Uzbekistan", IP, H, _BM),
        # Not rows: agreements signed by "heads of departments and ministries" and "the Foreign
        # Ministers" (unnamed); the press briefing; "the first visit of Kurmanbek Bakiyev" (the
        # same visit). The page's teaser (a duplicate of the first paragraph) was removed; the
        # byline is kept and not annotated; the cut-off last sentence ("Bakiyev, in turn, stated
        # that “it is our fate to l") was trimmed.
    ],
    roles=[("President of Kyrgyzstan", "kurmanbek_bakiyev"), ("his Uzbek counterpart", "islam_karimov"),
           ("the Uzbek President", "islam_karimov"), ("Uzbek Prime Minister", "shavkat_mirziyoyev")],
)

A["test_3011_arroyo_megawati_manila"] = dict(
    actors={
        "gloria_macapagal_arroyo": ["President Arroyo", "Mrs. Arroyo", "Arroyo", "GMA"],
        "megawati_soekarnoputri": ["Megawati Sukarnoputri", "President Megawati", "Megawati"],
        "teofisto_guingona": ["Vice President Teofisto Guingona Jr.", "Teofisto Guingona Jr."],
        "rigoberto_tiglao": ["Presidential Spokesman Rigoberto Tiglao", "Rigoberto Tiglao"],
        "moro_national_liberation_front": ["Moro National Liberation Front", "MNLF"],
        "indonesian_government": ["Indonesian government"],
    },
    meetings=[
        # "a 45-minute closed-door meeting with Mrs. Arroyo" at Malacañang ("yesterday") ->
        # held, 2001-08-21, Manila (Malacañang -> Manila, as Bangabhaban -> Dhaka). The talks
        # "along with their officials" and the topics Tiglao announced are the same visit.
        M(["gloria_macapagal_arroyo", "megawati_soekarnoputri"], "2001-08-21", "Manila", IP, H,
          "After a brief stop at the Manila Hotel, where she is billeted, Megawati was driven to Malacañang for a 45-minute closed-door meeting with Mrs. Arroyo."),
        # "met at the airport by Vice President Teofisto Guingona Jr." -> an arrival greeting:
        # held, 2001-08-21, Manila, optional (as dev_031's tarmac greeting).
        M(["megawati_soekarnoputri", "teofisto_guingona"], "2001-08-21", "Manila", IP, H,
          "Megawati and her official party were met at the airport by Vice President Teofisto Guingona Jr. and other senior government officials.", False),
        # Not rows: "her nine-nation Southeast Asian tour" (no hosts named); the 1996 peace
        # negotiations hosted by Indonesia (governments, unnamed). The cut-off last sentence
        # ("Mrs. Arroyo said Indonesia continues to chair the commit") was trimmed.
    ],
    roles=[("Indonesian leader", "megawati_soekarnoputri"), ("the President", "gloria_macapagal_arroyo")],
)

A["dev_3012_mandela_kadafi_tripoli"] = dict(
    actors={
        "nelson_mandela": ["South African President Nelson Mandela", "Nelson Mandela", "Mandela"],
        "muammar_gaddafi": ["Moammar Kadafi", "Kadafi"],
        "united_nations": ["United Nations", "U.N."],
        "libyan_television": ["Libyan television"],
        "pan_am": ["Pan Am"],
    },
    meetings=[
        # Mandela "arrived in Libya on Wednesday"; the two leaders in Tripoli, Kadafi escorting
        # him to his house, and "a late-night dinner for Mandela" -> one row, held, 1997-10-22,
        # Tripoli.
        M(["nelson_mandela", "muammar_gaddafi"], "1997-10-22", "Tripoli", IP, H,
          "At a late-night dinner for Mandela, Kadafi described the South African leader as “a saint,” according to the television report."),
        # Not rows: the stop in Tunisia (no host named); the crowd; Kadafi's offer on the
        # Lockerbie suspects and the US/British rejection (statements). The credit line "From
        # Times Wire Services" is kept without its HTML italics tags ("<i> ... </i>"); the cut-off
        # last words ("State De") were trimmed.
    ],
    roles=[("the Libyan leader", "muammar_gaddafi"), ("the South African leader", "nelson_mandela")],
)
