"""Accuracy corpus, batch 6b: 12 new articles chosen where the corpus was still thin after batch
5d (the 1970s, which had one article per region and none in Latin America or Central
Asia/Caucasus; and Africa, Latin America and the Middle East in the 2000s/2010s from outlets not
yet in sources.csv): Time magazine's archive, Papers Past (The Press), two transcribed 1971
press archives (Hindustan Standard; Associated Press), a national agency (Agência Brasil), a
national paper (The New Times, Rwanda), a Turkish news site, a community paper carrying Reuters
(Hamodia) and a US regional paper (azcentral / USA TODAY Network). Collected with the `search`
tool (corpus `pages`) and annotated from the texts alone, BEFORE the package was run on them (the
package has not been run on this batch). Conventions: ../ANNOTATION.md and
/work/shared/ANNOTATION-GUIDE.md. Notes: batch_6b_NOTES.md.

Split rule (fixed before annotating, as given in the brief for this batch, the same as batches
5a-5d): the articles are numbered 1..12 in the order they were first found; positions 3, 7 and
11 are test, all others dev. Ids: `dev_11NN_<slug>` / `test_11NN_<slug>`, NN = collection
position (01..12).

M(participants, date, place, kind, status, evidence, required=True)
Evidence is the verbatim sentence (line breaks inside it replaced by single spaces).
Aliases are written as they stand in the text (OCR forms and typos included).
"""


from annotations import H, IP, M, P, PH, VID  # noqa: F401 (the same row helpers)

# (article_id, region, decade, outlet, url, published)
ARTICLES = [
    # Date line "18/01/2006 - 9h07" and the URL (/2006-01-18/), a Wednesday; "today (18)".
    ("dev_1101_kirchner_lula_brasilia", "Latin America", "2000s", "Agência Brasil (EBC)", "http://memoria.ebc.com.br/agenciabrasil/noticia/2006-01-18/kirchner-pays-first-state-visit-brazil", "2006-01-18"),
    # Issue date line "Monday, Jul. 11, 1977" and the URL (/Time1977/1977-07-11/).
    ("dev_1102_perez_carter_washington", "Latin America", "1970s", "Time (magazine archive, text mirror)", "http://20.210.105.67/txt/time/Time1977/1977-07-11/919057.html", "1977-07-11"),
    # Issue date line "Monday, Aug. 25, 1975" and the URL (/Time1975/1975-08-25/).
    ("test_1103_smith_anc_victoria_falls", "Africa", "1970s", "Time (magazine archive, text mirror)", "http://softbeam.net/txt/time/Time1975/1975-08-25/913423.html", "1975-08-25"),
    # Issue code CHP19780222 (The Press, 22 February 1978, a Wednesday); no dateline date.
    ("dev_1104_suzuki_muldoon_wellington", "Oceania", "1970s", "The Press (Christchurch), via Papers Past (NZPA)", "https://paperspast.natlib.govt.nz/newspapers/CHP19780222.2.2", "1978-02-22"),
    # Date line "Wednesday, August 05, 2009" on the page; the meeting "on Thursday August 06".
    ("dev_1105_kagame_kabila_to_meet", "Africa", "2000s", "The New Times (Rwanda)", "http://newtimes.co.rw/article/23617/National/kagame-kabila-to-meet/amp", "2009-08-05"),
    # "Güncelleme Tarihi: 06 Haziran 2008, 17:38" (Turkish: updated 6 June 2008, a Friday); the
    # text's "told state television Friday" is the same day.
    ("dev_1106_maliki_to_visit_tehran", "Middle East", "2000s", "World Bulletin (dunyabulteni.net)", "https://worldbulletin.dunyabulteni.net/archive/iraqs-maliki-to-visit-iran-sunday-h23459.html", "2008-06-06"),
    # URL (/2016/09/06/) and the search result's date field 2016-09-06, a Tuesday ("on Tuesday").
    ("test_1107_abbas_netanyahu_moscow_off", "Middle East", "2010s", "Hamodia (Reuters)", "http://hamodia.com/2016/09/06/abbas-no-meeting-netanyahu-moscow-planned/", "2016-09-06"),
    # The archive page's title line "1971.10.30 | Mrs. Gandhi in London, talks with Heath today |
    # Hindustan Standard" (a Saturday); dateline "LONDON OCT. 29." (the Friday).
    ("dev_1108_gandhi_heath_london", "Western Europe", "1970s", "Hindustan Standard (Reuter), via Songramer Notebook (1971 press archive)", "https://songramernotebook.com/?p=374546", "1971-10-30"),
    # Date line "1971-08-09" on the page (a Monday); dateline "NEW DELHI, Monday, Aug. 9".
    ("dev_1109_gromyko_gandhi_delhi", "South Asia", "1970s", "Associated Press, via bdesh.com (1971 press archive)", "https://bdesh.com/show_article.php?article_id=1094", "1971-08-09"),
    # Issue date line "Monday, Oct. 08, 1973" and the URL (/Time1973/1973-10-08/).
    ("dev_1110_hussein_amman_no_meeting", "Middle East", "1970s", "Time (magazine archive, text mirror)", "http://softbeam.net/txt/time/Time1973/1973-10-08/907993.html", "1973-10-08"),
    # Issue code CHP19761018 (The Press, 18 October 1976, a Monday); dateline Hong Kong, no date.
    ("test_1111_china_leaders_nz_visitors", "East Asia", "1970s", "The Press (Christchurch), via Papers Past (NZPA staff correspondent)", "https://paperspast.natlib.govt.nz/newspapers/CHP19761018.2.38", "1976-10-18"),
    # URL (/2018/02/25/), a Sunday; the page excerpt has no date line.
    ("dev_1112_pena_nieto_trump_call", "Latin America", "2010s", "azcentral.com (The Arizona Republic; USA TODAY Network)", "https://www.azcentral.com/story/news/politics/border-issues/2018/02/25/white-house-shelves-tentative-plan-mexican-leader-visit/371394002/", "2018-02-25"),
]

A = {}

_PI = ("\"It was a formal visit, since we just had a broad meeting in Puerto Iguazu (Argentina),\" explained the general undersecretary for South America in the Ministry of Foreign Relations, ambassador José Eduardo Martins Felício.")
A["dev_1101_kirchner_lula_brasilia"] = dict(
    actors={
        "nestor_kirchner": ["Nestor Kirchner", "Kirchner"],
        "luiz_inacio_lula_da_silva": ["Luiz Inácio Lula da Silva"],
        "jose_eduardo_martins_felicio": ["José Eduardo Martins Felício"],
        "ministry_of_foreign_relations_brazil": ["Ministry of Foreign Relations"],
        "national_congress_of_brazil": ["National Congress"],
        "supreme_federal_court_brazil": ["Federal Supreme Court"],
        "mercosur": ["Mercosur"],
        "south_american_community_of_nations": ["South American Community of Nations"],
    },
    meetings=[
        # "He met today (18)" (the date line's 18/01/2006) -> held 2006-01-18; the enlarged
        # session with ministers is the same meeting; dateline Brasília.
        M(["nestor_kirchner", "luiz_inacio_lula_da_silva"], "2006-01-18", "Brasília", IP, H,
          "He met today (18) with president Luiz Inácio Lula da Silva, after which the meeting was enlarged to include ministers from both countries."),
        # "we just had a broad meeting in Puerto Iguazu" + "the Friendship Day commemorations ...
        # on November 30, 2005, in Puerto Iguazu" -> held 2005-11-30, Puerto Iguazu; optional
        # (the participants are "we" and "the two countries"; "The presidents also discussed"
        # may refer to either meeting).
        M(["nestor_kirchner", "luiz_inacio_lula_da_silva"], "2005-11-30", "Puerto Iguazu", IP, H, _PI, False),
        # Not rows: the visits to the National Congress and the Federal Supreme Court
        # (institutions, not persons); the signing "the two countries signed" (countries).
    ],
    roles=[("The president of Argentina", "nestor_kirchner"),
           ("the general undersecretary for South America in the Ministry of Foreign Relations", "jose_eduardo_martins_felicio"),
           ("the ambassador", "jose_eduardo_martins_felicio")],
)

A["dev_1102_perez_carter_washington"] = dict(
    actors={
        "carlos_andres_perez": ["Carlos Andres Perez", "Cap", "Perez"],
        "jimmy_carter": ["Jimmy Carter", "Carter"],
        "opec": ["OPEC"],
        "white_house": ["White House"],
    },
    meetings=[
        # The two-day state visit "last week" (days not given) with the state dinner and the
        # "post-midnight talk": one row, held, date null, Washington.
        M(["carlos_andres_perez", "jimmy_carter"], None, "Washington", IP, H,
          "Later, Perez had a post-midnight talk with Carter."),
        # Not rows: "a White House aide", "one U.S. diplomat" (unnamed sources); the
        # "come-visit invitation" (the visit itself is the row above).
    ],
    roles=[("the expansive President of Venezuela", "carlos_andres_perez"), ("an OPEC chieftain", "carlos_andres_perez"),
           ("his White House host", "jimmy_carter")],
)

A["test_1103_smith_anc_victoria_falls"] = dict(
    actors={
        "ian_smith": ["Ian Smith", "Smith"],
        "african_national_council": ["African National Council"],
        "john_vorster": ["John Vorster"],
    },
    meetings=[
        # "the Rhodesian government of Prime Minister Ian Smith and the black leaders of the
        # country's African National Council will meet next week" -> planned, date null (next
        # week), place Victoria Falls (the railway car on the bridge over the Falls; the most
        # specific named locality). Participants: Smith (named head of the government side)
        # and the ANC (an organisation; its leaders are unnamed).
        M(["ian_smith", "african_national_council"], None, "Victoria Falls", IP, P,
          "Directly over that line, the Rhodesian government of Prime Minister Ian Smith and the black leaders of the country's African National Council will meet next week."),
        # Not rows: Vorster "has tried several times to persuade Smith" (repeated, unspecified
        # contacts); Smith's statement "six weeks ago"; the historical railway-car meetings
        # (no named actors).
    ],
    roles=[("South African Prime Minister", "john_vorster"), ("a gentleman cattle farmer", "ian_smith")],
)

_TB = ("The Japanese Government on Monday gave the New- Zealand Government a formal response to representations made by Mr Taiboys when he was in Tokyo last October.")
_SZ = ("Mr Suzuki who is in New Zealand at the invitation of the Government, met Mr Taiboys and senior New Zealand officials yesterday morning and saw Mr Muldoon in the afternoon.")
A["dev_1104_suzuki_muldoon_wellington"] = dict(
    actors={
        "zenko_suzuki": ["Mr Zenko Suzuki", "Zenko Suzuki", "Mr Suzuki", "Suzuki"],
        "robert_muldoon": ["Mr Muldoon", "Muldoon"],
        "brian_talboys": ["Mr Taiboys", "Taiboys"],
        "takeo_fukuda": ["Mr Fukuda", "Fukuda"],
        "european_economic_community": ["E.E.C."],
    },
    meetings=[
        # "talks yesterday between ... Suzuki ..., Muldoon ... and Taiboys" is resolved by the
        # next sentences into two separate meetings "yesterday" (= 1978-02-21, the day before
        # the issue), Suzuki-Talboys in the morning and Suzuki-Muldoon in the afternoon; dateline
        # Wellington.
        M(["zenko_suzuki", "brian_talboys"], "1978-02-21", "Wellington", IP, H, _SZ),
        M(["zenko_suzuki", "robert_muldoon"], "1978-02-21", "Wellington", IP, H, _SZ),
        # The lead's three-party "talks ... between" also pairs Muldoon and Talboys -> optional
        # (same side, and the next sentence splits the talks into two bilaterals; dev_017).
        M(["robert_muldoon", "brian_talboys"], "1978-02-21", "Wellington", IP, H,
          "P A Wellington No progress was made in talks yesterday between the former Japanese Minister of Agriculture (Mr Zenko Suzuki), the Prime Minister (Mr Muldoon), and. the Deputy Prime Minister (Mr Taiboys), on better access for New Zealand farm oroducts to Japan.", False),
        # Talboys's "representations" in Tokyo "last October" (counterpart unnamed) ->
        # one-party row, held, date null, Tokyo, optional (dev_004 reading).
        M(["brian_talboys"], None, "Tokyo", IP, H, _TB, False),
        # Not rows: the "two-page letter" from Fukuda (a letter); the Japanese Government's
        # formal response "on Monday" (government to government).
    ],
    roles=[("the former Japanese Minister of Agriculture", "zenko_suzuki"), ("the Prime Minister", "robert_muldoon"),
           ("the Deputy Prime Minister", "brian_talboys"), ("the Japanese Prime Minister", "takeo_fukuda")],
)

A["dev_1105_kagame_kabila_to_meet"] = dict(
    actors={
        "paul_kagame": ["President Paul Kagame", "Paul Kagame"],
        "joseph_kabila": ["President Joseph Kabila", "Joseph Kabila"],
        "rosemary_museminali": ["Rosemary Museminali", "Museminali"],
        "raymond_tshibanda": ["Raymond Tshibanda"],
        "the_new_times": ["The New Times"],
        "fdlr": ["FDLR"],
    },
    meetings=[
        # "on Thursday August 06" -> planned 2009-08-06; "at the border post of the two
        # nations" (no named place) -> place null.
        M(["paul_kagame", "joseph_kabila"], "2009-08-06", None, IP, P,
          "KIGALI - President Paul Kagame and his Democratic Republic of Congo (DRC) counterpart, Joseph Kabila, will meet and hold bilateral talks on Thursday August 06, reliable sources have confirmed to The New Times."),
        # "is scheduled to hold a meeting today" -> planned 2009-08-05 (the date line); the
        # place is not stated (the KIGALI dateline is the reporting place) -> null.
        M(["rosemary_museminali", "raymond_tshibanda"], "2009-08-05", None, IP, P,
          "In preparation for this summit, the Minister of Foreign Affairs and Corporation Rosemary Museminali is scheduled to hold a meeting today with her Congolese counterpart in charge of International Cooperation, Raymond Tshibanda to finalise the agenda."),
        # Not rows: "the two Presidents have met in the past under the auspices of a third
        # party" (unspecified earlier meetings, a count).
    ],
    roles=[("his Democratic Republic of Congo (DRC) counterpart", "joseph_kabila"),
           ("the Minister of Foreign Affairs and Corporation", "rosemary_museminali"),
           ("her Congolese counterpart in charge of International Cooperation", "raymond_tshibanda")],
)

_MT = ("The Iraqi premier is scheduled to arrive in Tehran on Sunday morning and hold talks with President Mahmoud Ahmadinejad as well as Supreme Leader Ayatollah Ali Khamenei.")
A["dev_1106_maliki_to_visit_tehran"] = dict(
    actors={
        "nouri_al_maliki": ["Nuri al-Maliki", "Maliki"],
        "mahmoud_ahmadinejad": ["Mahmoud Ahmadinejad"],
        "ali_khamenei": ["Ayatollah Ali Khamenei", "Ali Khamenei"],
        "jalal_talabani": ["Jalal Talabani", "Talabani"],
        "saddam_hussein": ["Saddam Hussein"],
        "barack_obama": ["Barack Obama"],
    },
    meetings=[
        # "arrive in Tehran on Sunday morning and hold talks" -> planned, Sunday after the
        # Friday 2008-06-06 date line = 2008-06-08 (judgement: the sentence ties the talks to
        # the arrival day), Tehran; two separate counterparts -> two rows.
        M(["nouri_al_maliki", "mahmoud_ahmadinejad"], "2008-06-08", "Tehran", IP, P, _MT),
        M(["nouri_al_maliki", "ali_khamenei"], "2008-06-08", "Tehran", IP, P, _MT),
        # Not rows: Talabani "told state television" / "the Iranian TV" (a media interview);
        # "Iran-US talks over Iraq's security" (governments, unnamed).
    ],
    roles=[("The Iraqi premier", "nouri_al_maliki"), ("Iraqi Prime Minister", "nouri_al_maliki"),
           ("Iraqi President", "jalal_talabani"), ("Supreme Leader", "ali_khamenei"),
           ("Democratic candidate", "barack_obama")],
)

A["test_1107_abbas_netanyahu_moscow_off"] = dict(
    actors={
        "mahmoud_abbas": ["Mahmoud Abbas", "Abbas"],
        "benjamin_netanyahu": ["Binyamin Netanyahu", "Netanyahu"],
        "vladimir_putin": ["Putin"],
        "andrzej_duda": ["Andrzej Duda"],
    },
    meetings=[
        # Caption: Duda "welcomes ... Mahmoud Abbas at the Presidential Palace courtyard in
        # Warsaw, Poland, Tuesday" (= 2016-09-06, the publication day) and the "joint news
        # conference" -> held 2016-09-06, Warsaw.
        M(["andrzej_duda", "mahmoud_abbas"], "2016-09-06", "Warsaw", IP, H,
          "Poland’s President Andrzej Duda (R) welcomes Palestinian leader Mahmoud Abbas at the Presidential Palace courtyard in Warsaw, Poland, Tuesday."),
        # Not rows: the proposed Abbas-Netanyahu meeting in Moscow on Sept. 9 ("will not be
        # held", "there will be no meeting": a meeting that did not take place) and Putin's
        # proposal; the meeting "yesterday in Jerusalem" of Putin's and Netanyahu's unnamed
        # representatives; the collapsed 2014 peace talks (no named parties).
    ],
    roles=[("Poland’s President", "andrzej_duda"), ("Polish President", "andrzej_duda"),
           ("Palestinian leader", "mahmoud_abbas")],
)

_GH = ("Mrs. Gandhi will have dinner talks tomorrow night with Mr. Health at the British Prime Minister’s country residence chequers, in Buckinghamshire near London.")
A["dev_1108_gandhi_heath_london"] = dict(
    actors={
        "indira_gandhi": ["Mrs. Gandhi"],
        "edward_heath": ["Mr. Health", "Heath"],
        "alec_douglas_home": ["Sir Alec Douglas-Home"],
        "bruno_kreisky": ["Mr. Bruno Kreisky", "Bruno Kreisky"],
        "reuters": ["Reuter"],
        "austrian_television": ["Austrian Television"],
    },
    meetings=[
        # Received at London Airport by Douglas-Home on arrival "today" (= the dateline day,
        # 1971-10-29) -> held, London, optional (an airport welcome, test_001 reading).
        M(["indira_gandhi", "alec_douglas_home"], "1971-10-29", "London", IP, H,
          "She feew here from Vienna and was received at London Airport by Sir Alec Douglas-Home, British Foreign and Commonwealth Secretary.", False),
        # "dinner talks tomorrow night" -> planned 1971-10-30 (the day after the dateline; the
        # headline's "talks with Heath today" in the 30 October paper agrees), place Chequers.
        M(["indira_gandhi", "edward_heath"], "1971-10-30", "Chequers", IP, P, _GH),
        # "continue these discussions more formally on Sunday morning" -> a separate session on
        # another day (dev_035 reading): planned 1971-10-31 (a Sunday); the place of that
        # session is not stated -> null.
        M(["indira_gandhi", "edward_heath"], "1971-10-31", None, IP, P,
          "They will continue these discussions more formally on Sunday morning."),
        # The talks with Kreisky before leaving Vienna (days not given) -> held, date null,
        # Vienna.
        M(["indira_gandhi", "bruno_kreisky"], None, "Vienna", IP, H,
          "Before her departure from Vienna, Mrs. Gandhi told the Austian Chancellor, Mr. Bruno Kreisky, that her talks with him on relations between the two countries were extremely useful."),
        # Not rows: "talks with British leaders" (unnamed, general); the interview on Austrian
        # Television (a media interview); the visits to Belgium and Austria (countries).
    ],
    roles=[("British Foreign and Commonwealth Secretary", "alec_douglas_home"),
           ("the British Prime Minister", "edward_heath"), ("the Austian Chancellor", "bruno_kreisky")],
)

A["dev_1109_gromyko_gandhi_delhi"] = dict(
    actors={
        "andrei_gromyko": ["Andrei A. Gromyko", "Mr. Gromyko", "Gromyko"],
        "swaran_singh": ["Swaran Singh"],
        "indira_gandhi": ["Indira Gandhi"],
        "pakistani_army": ["Pakistani Army"],
    },
    meetings=[
        # The signing "to day" (= Monday, Aug. 9, the dateline and page date) by the two
        # ministers "at a five-minute ceremony" -> held 1971-08-09, New Delhi.
        M(["andrei_gromyko", "swaran_singh"], "1971-08-09", "New Delhi", IP, H,
          "The agreement, believed to be a formal treaty of friendship and nonaggression, was signed by Foreign Minister Andrei A. Gromyko of the Soviet Union and Swaran Singh, the Indian Minister for External Affairs, at a five‐minute ceremony."),
        M(["andrei_gromyko", "indira_gandhi"], "1971-08-09", "New Delhi", IP, H,
          "Then Mr. Gromyko met with Prime Minister Indira Gandhi."),
        # Not rows: the arrival "yesterday"; "his talks with the Indians" (unnamed); the
        # Soviet Union and India signing (countries).
    ],
    roles=[("the Indian Minister for External Affairs", "swaran_singh"), ("The Soviet diplomat", "andrei_gromyko")],
)

A["dev_1110_hussein_amman_no_meeting"] = dict(
    actors={
        "hussein_bin_talal": ["King Hussein", "Hussein"],
        "karsten_prager": ["Karsten Prager", "Prager"],
        "time_magazine": ["TIME"],
    },
    meetings=[
        # Zero-meeting control. Not rows: the interview Hussein gave "TIME Correspondent
        # Karsten Prager" "during an audience at Amman's Basman Palace" (a media interview);
        # "last month's Arab summit meeting in Cairo" (a summit as such; no participant named,
        # Hussein's attendance not even stated); Egypt's resumption of relations (countries).
    ],
    roles=[("Jordan's King", "hussein_bin_talal"), ("TIME Correspondent", "karsten_prager")],
)

A["test_1111_china_leaders_nz_visitors"] = dict(
    actors={
        "colin_moyle": ["Mr Colin Moyle"],
        "hua_guofeng": ["Mr Hua Kuo-feng", "Hua Kuo-feng", "Mr Hua"],
        "robert_muldoon": ["Mr Muldoon", "Muldoon"],
        "mao_zedong": ["Chairman Mao Tsetung", "Mao Tsetung", "Chairman Mao"],
        "jiang_qing": ["Chiang Ching", "Mrs Mao"],
        "zhou_enlai": ["Mr Chou En-lai", "Chou En-lai"],
        "bill_rowling": ["Mr Rowling", "Rowling"],
        "chinese_communist_party": ["Chinese Communist Party"],
        "new_zealand_labour_party": ["Labour"],
    },
    meetings=[
        # Roundup of New Zealand visitors' meetings with Chinese leaders.
        # Moyle-Hua "when he visisted China early last year" -> held, date null, China.
        M(["colin_moyle", "hua_guofeng"], None, "China", IP, H,
          "The former Labour Minister of Agriculture (Mr Colin Moyle) was the first to meet Mr Hua Kuo-feng, Chairman Mao’s successor as leader of the Chinese Communist Party, when he visisted China early last year."),
        # Muldoon-Hua: "the first to meet Mr Hua after he became Premier" and the "several hours
        # in talks ... during his visit to Peking in April and May" -> one row, held, date null
        # (months), Peking.
        M(["robert_muldoon", "hua_guofeng"], None, "Peking", IP, H,
          "The Prime Minister (Mr Muldoon) was the first to meet Mr Hua after he became Premier on the death of Mr Chou En-lai in January."),
        # "one of the last three foreign leaders to see Chairman Mao before he died" -> held,
        # date null; place China (the article's frame; the OCR-split sentence ties only the Hua
        # talks to Peking).
        M(["robert_muldoon", "mao_zedong"], None, "China", IP, H,
          "Mr Muldoon, who was one of the last three foreign leaders to see Chairman Mao before he died."),
        # "met Mrs Mao ... on May Day" during the April-May 1976 visit -> held 1976-05-01
        # (May Day of the publication year), Peking (Peking Workers' Stadium).
        M(["robert_muldoon", "jiang_qing"], "1976-05-01", "Peking", IP, H,
          "During this visit Mr Muldoon met Mrs Mao, when they sat together watching a football match in the Peking Workers’ Stadium on May Day."),
        # Rowling-Hua "during his recent visit to China" -> held, date null, China.
        M(["bill_rowling", "hua_guofeng"], None, "China", IP, H,
          "The Leader of the Opposition (Mr Rowling) became the first leader of a foreign political party to meet Mr Hua after Chairman Mao’s death."),
        # Not rows: Hua's visit to the earthquake scene (a place); the purge of Chiang Ching
        # and the Shanghai radicals; "New Zealand visitors ... have met most of the central
        # figures" (a summary count).
    ],
    roles=[("The former Labour Minister of Agriculture", "colin_moyle"),
           ("Chairman Mao’s successor as leader of the Chinese Communist Party", "hua_guofeng"),
           ("Minister in charge of Public Security", "hua_guofeng"),
           ("Chairman Mao Tsetung’s widow", "jiang_qing"), ("the former Shanghai actress", "jiang_qing"),
           ("The Prime Minister", "robert_muldoon"), ("The Leader of the Opposition", "bill_rowling")],
)

A["dev_1112_pena_nieto_trump_call"] = dict(
    actors={
        "donald_trump": ["Donald Trump", "President Trump", "Trump"],
        "enrique_pena_nieto": ["Enrique Pena Nieto", "Enrique Peña Nieto", "Peña Nieto"],
        "white_house": ["White House"],
        "usa_today": ["USA TODAY"],
        "washington_post": ["Washington Post", "Post"],
        "republican_party": ["Republican"],
    },
    meetings=[
        # The "testy call" / "50-minute call last week" -> held, phone, date null (last week),
        # place null.
        M(["donald_trump", "enrique_pena_nieto"], None, None, PH, H,
          "Meeting plans were abandoned after a \"testy call\"  between the leaders last week ended in an impasse when Trump declined to publicly affirm Mexico’s position that it would not pay for construction of the controversial border wall, the Washington Post reported."),
        # Caption: the Aug. 31, 2016 joint statement at Los Pinos -> held 2016-08-31, Mexico
        # City (a dated past meeting described in the photo caption).
        M(["donald_trump", "enrique_pena_nieto"], "2016-08-31", "Mexico City", IP, H,
          "In this Aug. 31, 2016, file photo, Republican presidential nominee Donald Trump walks with Mexico's President Enrique Pena Nieto at the end of their joint statement at Los Pinos, the presidential official residence, in Mexico City."),
        # Not rows: the White House visit / "meeting in Washington" "put on hold" and
        # "abandoned" (a meeting that will not take place); the unnamed officials talking to
        # USA TODAY and the Post; "The two administrations will continue to talk".
    ],
    roles=[("Republican presidential nominee", "donald_trump"), ("Mexico's President", "enrique_pena_nieto"),
           ("Mexican President", "enrique_pena_nieto")],
)
