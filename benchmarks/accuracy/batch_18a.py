"""Accuracy corpus, batch 18a: 12 new articles from the 1970s, 1980s and 1990s (four per decade),
chosen where the corpus was still thinnest (region x decade cells counted over sources.csv and the
ARTICLES of every batch_*.py present before searching, 456 articles, batches 1-17b; batch 18b,
written at the same time by another helper, did not exist yet and is not counted: in the 1970s
Central Asia/Caucasus had 0 articles, Latin America and the Middle East 6, the other eight regions
5; in the 1980s Africa, East Asia, Latin America and Oceania had 6, the other seven regions 5; in
the 1990s Southeast Asia had 6, the others 7) and spread over all eleven regions (East Asia twice:
1970s and 1990s). Picks: 1970s Africa, East Asia, North America and South Asia (cells at 5;
Central Asia/Caucasus 1970s was searched again, queries 1-4, without a usable page); 1980s Central
Asia/Caucasus, Eastern Europe/Russia, the Middle East and Western Europe (cells at 5); 1990s
Southeast Asia (the decade's only cell at 6), Latin America, Oceania and East Asia (cells at 7).
Outlets new to the corpus: Dawn's "From the past pages of Dawn" column (a 1972 item), The Harvard
Crimson's own site (thecrimson.com; the corpus had one page from a CDN mirror of it), History Guy
(historyguy.com, reprinting AP copy), The National (Port Moresby) through the driftline.org
mailing-list archive, and a further LA Times archive mirror (arstechnica.netblogpro.com); the
others were used before (the ukobiw.net LA Times mirror, the Margaret Thatcher Foundation archive,
The Jakarta Post via jawawa.id, The Press via Papers Past, the JTA archive, The American
Presidency Project).
Collected with the `search` tool (corpus `pages`) and annotated from the texts alone, BEFORE the
package was run on them (the package has not been run on this batch). Conventions: ANNOTATION.md
and /work/shared/ANNOTATION-GUIDE.md. Notes: batch_18a_NOTES.md.

Split rule (fixed before annotating, as given in the brief for this batch, the same as batches
5a-17b): the articles are numbered 1..12 in the order they were first found in this session's
search results (the query in which each first appeared, then the rank); positions 3, 7 and 11
are test, all others dev. Ids: `dev_34NN_<slug>` / `test_34NN_<slug>`, NN = collection position
(01..12).

M(participants, date, place, kind, status, evidence, required=True)
Evidence is the verbatim sentence (line breaks inside it replaced by single spaces).
Aliases are written as they stand in the text (typos and OCR debris included).
"""


from annotations import H, IP, M, P, PH, VID  # noqa: F401 (the same row helpers)

# (article_id, region, decade, outlet, url, published)
ARTICLES = [
    # No date line in the excerpt; the URL (la-xpm-1986-10-10) gives 1986-10-10, a Friday,
    # consistent with the text (Reagan's "arrival after nightfall Thursday", Gorbachev "arrived
    # today"). "Saturday" = 1986-10-11. Region: a US-Soviet summit held abroad -> Eastern
    # Europe/Russia (as dev_005, Cologne).
    ("dev_3401_reagan_gorbachev_reykjavik", "Eastern Europe/Russia", "1980s", "Los Angeles Times (archive, via the ukobiw.net mirror)", "https://ukobiw.net/archives/la-xpm-1986-10-10-mn-5267-story.html", "1986-10-10"),
    # The page is Dawn's "From the past pages of Dawn" column: the excerpt ends "Published in
    # Dawn, July 3rd, 2022" and the URL names the item "1972-fifty-years-ago-midnight-agreement";
    # the original item is therefore Dawn of 1972-07-03 (a Monday), which is used (as the
    # reprints of batches 14a, 16a and 17a). "Shortly after midnight" = 1972-07-03.
    ("dev_3402_bhutto_gandhi_simla", "South Asia", "1970s", "Dawn (Karachi), \"From the past pages of Dawn\" (a 1972 item reprinted in 2022)", "https://www.dawn.com/news/1697948/from-the-past-pages-of-dawn-1972-fifty-years-ago-midnight-agreement", "1972-07-03"),
    # Source line "The Times , 22 May 1980" (a Thursday) on the archive page; "yesterday
    # afternoon" = 1980-05-21.
    ("test_3403_haughey_thatcher_downing_street", "Western Europe", "1980s", "Margaret Thatcher Foundation archive (The Times, 22 May 1980)", "http://www.margaretthatcher.org/document/104244", "1980-05-22"),
    # Date line "Tue, 29 Jul 1997" (a Tuesday); "yesterday afternoon" = 1997-07-28, "on
    # Sunday" = 1997-07-27.
    ("dev_3404_alatas_ung_huot_asean_mission", "Southeast Asia", "1990s", "The Jakarta Post (via jawawa.id)", "https://jawawa.id/newsitem/asean-ministers-may-go-to-phnom-penh-1447893297", "1997-07-29"),
    # Issue code CHP19720613 (The Press, Christchurch, 13 June 1972, a Tuesday); dateline "TOKYO,
    # June 12" (a Monday): "yesterday" is resolved against the dateline day (as batches 5b-5d,
    # 17a) = 1972-06-11; "On Saturday night" = 1972-06-10. Region: US-Japan talks held in Japan
    # -> East Asia.
    ("dev_3405_kissinger_fukuda_sato_tokyo", "East Asia", "1970s", "The Press (Christchurch), via Papers Past", "https://paperspast.natlib.govt.nz/newspapers/CHP19720613.2.106", "1972-06-13"),
    # Issue code CHP19711129 (The Press, 29 November 1971, a Monday); dateline "PALM DESERT
    # (California), November 27" (a Saturday). All planned meetings are ranges ("January 6 and
    # January 7", "December 13 and 14", "December 20 and December 21") or "probably next month":
    # no row has a date. Region: North America (a US-hosted summit announced by the Western White
    # House, as dev_006 / test_002).
    ("dev_3406_nixon_sato_san_clemente_planned", "North America", "1970s", "The Press (Christchurch), via Papers Past (NZPA-Reuter)", "https://paperspast.natlib.govt.nz/newspapers/CHP19711129.2.114", "1971-11-29"),
    # No date line in the excerpt; the URL (/article/1988/4/8/) gives 1988-04-08, a Friday.
    # Region (judgement, see the notes): the main meeting took place in "the Soviet Central
    # Asian city of Tashkent" between the Soviet and Afghan leaders -> Central Asia/Caucasus.
    ("test_3407_gorbachev_najib_tashkent", "Central Asia/Caucasus", "1980s", "The Harvard Crimson", "https://thecrimson.com/article/1988/4/8/ussr-nears-agreement-in-afghanistan-pmoscow-the", "1988-04-08"),
    # No date line in the excerpt; the URL (/1983/12/23/) gives the JTA Daily Bulletin of
    # 1983-12-23, a Friday. JTA "today" / "yesterday" are NOT resolved (as dev_2201, test_3211:
    # the bulletin may be dated the day after the dispatch); "on Tuesday" = 1983-12-20 either way.
    ("dev_3408_mubarak_arafat_cairo_jta", "Middle East", "1980s", "Jewish Telegraphic Agency (JTA archive)", "https://www.jta.org/1983/12/23/archive/anger-in-israel-over-a-meeting-in-cairo-between-mubarak-and-arafat", "1983-12-23"),
    # Date line "October 26, 1998" (a Monday) under "Associated Press News Service"; "Monday" =
    # 1998-10-26; "on Oct. 9" = 1998-10-09 (year of publication).
    ("dev_3409_fujimori_mahuad_brasilia", "Latin America", "1990s", "Associated Press (via historyguy.com, \"History Guy: News of the World\")", "https://www.historyguy.com/hgnews_ecuador-peru.html", "1998-10-26"),
    # Date line "August 05, 1977" (a Friday). "these last 2 days" is a range: no date.
    # Region: Africa (the non-US principal, as dev_2212 Muzorewa-Carter).
    ("dev_3410_carter_nyerere_remarks", "Africa", "1970s", "The American Presidency Project (UC Santa Barbara; remarks to reporters)", "https://www.presidency.ucsb.edu/documents/visit-president-nyerere-tanzania-remarks-reporters-following-the-presidents-departure", "1977-08-05"),
    # Source line "The National (PNG) Newspaper - Monday, 27 April 98" (1998-04-27 is a
    # Monday); "on Wednesday" = 1998-04-29.
    ("test_3411_skate_ona_planned", "Oceania", "1990s", "The National (Port Moresby), via the driftline.org mailing-list archive", "http://www.driftline.org/cgi-bin/archive/archive_msg.cgi?file=spoon-archives/marxism-news.archive/marxism-news_1998/marxism-news.9804&msgnum=92&start=10597&end=10736", "1998-04-27"),
    # No date line in the excerpt; the URL (la-xpm-1992-09-28) gives 1992-09-28, a Monday;
    # "arrived here Sunday" = 1992-09-27. The meetings are "during a four-day visit": no date.
    ("dev_3412_roh_beijing_planned", "East Asia", "1990s", "Los Angeles Times (archive, via the arstechnica.netblogpro.com mirror)", "https://arstechnica.netblogpro.com/archives/la-xpm-1992-09-28-mn-119-story.html", "1992-09-28"),
]

A = {}

_RG_SAT = ("Reagan, who is to sit down with the Kremlin leader Saturday for the first of three rounds of "
           "private talks, spent the day in last-minute meetings with his top policy aides, who said the "
           "issue of human rights in the Soviet Union ranks as high on the American agenda as arms control.")

A["dev_3401_reagan_gorbachev_reykjavik"] = dict(
    actors={
        "mikhail_gorbachev": ["Soviet leader Mikhail S. Gorbachev", "Mikhail S. Gorbachev", "Gorbachev"],
        "ronald_reagan": ["President Reagan", "Reagan"],
        "george_shultz": ["Secretary of State George P. Shultz", "George P. Shultz", "Shultz"],
        "rozanne_ridgway": ["Assistant Secretary of State Rozanne Ridgway", "Rozanne Ridgway"],
        "vigdis_finnbogadottir": ["Icelandic President Vigdis Finnbogadottir", "Vigdis Finnbogadottir"],
        "raisa_gorbacheva": ["Raisa"],
        "aeroflot": ["Aeroflot"],
    },
    meetings=[
        # "is to sit down with the Kremlin leader Saturday for the first of three rounds of
        # private talks" -> planned, 1986-10-11, Reykjavik (dateline). The "short-notice summit
        # with President Reagan" of the lead is the same meeting; the later rounds have no day.
        M(["ronald_reagan", "mikhail_gorbachev"], "1986-10-11", "Reykjavik", IP, P, _RG_SAT),
        # "spent the day in last-minute meetings with his top policy aides" -> aides unnamed:
        # one-party row (Reagan), held, 1986-10-10 ("today"), Reykjavik, optional (internal
        # meeting with unnamed people, as dev_012).
        M(["ronald_reagan"], "1986-10-10", "Reykjavik", IP, H, _RG_SAT, False),
        # "after a brief meeting with Icelandic President Vigdis Finnbogadottir" -> held,
        # Reykjavik; date null (the text does not say when; judgement, see the notes).
        M(["ronald_reagan", "vigdis_finnbogadottir"], None, "Reykjavik", IP, H,
          "Reagan, asked after a brief meeting with Icelandic President Vigdis Finnbogadottir whether he shares Soviet optimism that the meeting will yield significant progress, said: “I hope their hopes are realized.”"),
        # "prepare the way for a full-scale summit later this year in the United States" -> an
        # objective, not an announced meeting (the date is "not expected ... to be agreed on this
        # weekend"): planned, United States, date null, optional (as dev_005's invitation).
        M(["ronald_reagan", "mikhail_gorbachev"], None, "United States", IP, P,
          "Secretary of State George P. Shultz said the U.S. objective is to prepare the way for a full-scale summit later this year in the United States.", False),
        # Not rows: Gorbachev's arrival at Keflavik with Raisa (no counterpart); Ridgway "told
        # reporters" and Shultz "said" (statements). Removed: the cut-off subhead and sentence
        # ("'Sense of Responsibility' / After thanking the Icelandic government for slapping
        # together arrangements for the summit on just 10 days notice, Gorbachev said he believed
        # he and Reagan share "the same sense of re").
    ],
    roles=[("Soviet leader", "mikhail_gorbachev"), ("the Kremlin leader", "mikhail_gorbachev"),
           ("the Soviet general secretary", "mikhail_gorbachev"),
           ("Assistant Secretary of State", "rozanne_ridgway"),
           ("Icelandic President", "vigdis_finnbogadottir")],
)

A["dev_3402_bhutto_gandhi_simla"] = dict(
    actors={
        "zulfikar_ali_bhutto": ["President Bhutto", "Mr Bhutto", "Bhutto"],
        "indira_gandhi": ["Premier Indira Gandhi", "Indira Gandhi", "Mrs Gandhi"],
    },
    meetings=[
        # "a dramatic midnight agreement between President Bhutto and Premier Indira Gandhi" /
        # "Shortly after midnight, the two leaders signed an agreement" -> the two leaders sign
        # together (as test_3207), held, 1972-07-03 (the midnight before the issue of 3 July
        # 1972; judgement, see the notes), Simla (dateline).
        M(["zulfikar_ali_bhutto", "indira_gandhi"], "1972-07-03", "Simla", IP, H,
          "SIMLA: The India-Pakistan summit talks, on the verge of ending in a deadlock, were salvaged by a dramatic midnight agreement between President Bhutto and Premier Indira Gandhi."),
        # "Earlier, ... following 30 minutes of talks with Mrs Gandhi" -> an earlier session of
        # the same pair, held, date null ("Earlier"; the day is not stated), Simla.
        M(["zulfikar_ali_bhutto", "indira_gandhi"], None, "Simla", IP, H,
          "Earlier, at a Press conference … following 30 minutes of talks with Mrs Gandhi, Mr Bhutto had said that although the summit was threatened by a deadlock over the Kashmir question, he believed there was still some hope and he and Mrs Gandhi were making “a renewed, determined and last-minute effort to avert an unfortunate deadlock”."),
        # Not rows: Bhutto's press conference (media); the cease-fire line "will be discussed by
        # officials of both the countries" (unnamed officials); the agreement's terms. The line
        # "Published in Dawn, July 3rd, 2022" is kept and not annotated (outlet line). Removed:
        # the page's "Opinion" / "Editorial" teaser blocks after the item.
    ],
    roles=[("President", "zulfikar_ali_bhutto"), ("Premier", "indira_gandhi")],
)

A["test_3403_haughey_thatcher_downing_street"] = dict(
    actors={
        "charles_haughey": ["Mr Charles Haughey", "Charles Haughey", "Prime Minister Haughey", "Mr Haughey", "Haughey"],
        "margaret_thatcher": ["Mrs Margaret Thatcher", "Margaret Thatcher", "Mrs Thatcher", "MT"],
        "british_government": ["British Government"],
    },
    meetings=[
        # "came away from his meeting with Mrs Margaret Thatcher yesterday afternoon" (The Times
        # of 22 May 1980) -> held, 1980-05-21; place London ("yesterday's Downing Street
        # exchanges", Venue "No.10 Downing Street": Downing Street -> London, as dev_3210). The
        # editorial comment's lunch ("had arrived for lunch at 1300") and the teapot are the same
        # meeting.
        M(["charles_haughey", "margaret_thatcher"], "1980-05-21", "London", IP, H,
          "Mr Charles Haughey, the Irish Prime Minister, came away from his meeting with Mrs Margaret Thatcher yesterday afternoon exulting over the “new and closer cooperation” they had agreed."),
        # Not rows: the Irish Embassy news conference (media); Haughey "going home prepared to
        # tell his Cabinet" (his own cabinet, unnamed); "Mrs Thatcher and her ministers" (no
        # meeting stated); the "Joint Written Statement" of the title (a document). Removed: the
        # archive's "Speeches, etc." label and its "Document type", "Importance ranking", "Word
        # count" and "Themes" lines (as dev_1806); the cut-off last sentence ("That was the
        # closest either side came to confirming what had passed between the two prime mini").
    ],
    roles=[("the Irish Prime Minister", "charles_haughey"), ("the Taoiseach", "charles_haughey")],
)

A["dev_3404_alatas_ung_huot_asean_mission"] = dict(
    actors={
        "ali_alatas": ["Indonesian Foreign Minister Ali Alatas", "Ali Alatas", "Alatas"],
        "ung_huot": ["Cambodia's Foreign Minister Ung Huot", "Ung Huot"],
        "hun_sen": ["Second Prime Minister Hun Sen", "Hun Sen"],
        "norodom_ranariddh": ["First Prime Minister Norodom Ranariddh", "Norodom Ranariddh", "Ranariddh"],
        "asean": ["ASEAN"],
        "funcinpec": ["FUNCINPEC"],
    },
    meetings=[
        # "he had spoken to ... Ung Huot over the telephone who conveyed yesterday afternoon a
        # message" -> phone call, held, 1997-07-28 (judgement: "yesterday afternoon" dates the
        # call that conveyed the message; see the notes), place null.
        M(["ali_alatas", "ung_huot"], "1997-07-28", None, PH, H,
          "Alatas told a press briefing at the end of the first day of the two-day ASEAN Post Ministerial Conference, that he had spoken to Cambodia's Foreign Minister Ung Huot over the telephone who conveyed yesterday afternoon a message that Second Prime Minister Hun Sen was welcoming ASEAN's role in the crisis."),
        # "sent a three-minister team headed by Alatas to speak to the embattled premiers" (Hun
        # Sen and Ranariddh, named in the previous paragraph) -> held, dates and place null,
        # optional (a purpose clause: that the team spoke to them is implied, not stated).
        M(["ali_alatas", "hun_sen"], None, None, IP, H,
          "The grouping then sent a three-minister team headed by Alatas to speak to the embattled premiers.", False),
        M(["ali_alatas", "norodom_ranariddh"], None, None, IP, H,
          "The grouping then sent a three-minister team headed by Alatas to speak to the embattled premiers.", False),
        # Ung Huot "returned on Sunday to convey the association's message to Hun Sen" -> held,
        # optional (purpose; the meeting itself is not reported), date null (Sunday, 1997-07-27,
        # is the return, not the meeting), place null.
        M(["ung_huot", "hun_sen"], None, None, IP, H,
          "Ung Huot, who represented Cambodia as an observer in the ASEAN Ministerial Meeting and the ASEAN Regional Forum meetings, returned on Sunday to convey the association's message to Hun Sen amidst reports that Ranariddh expelled him from his royalist party FUNCINPEC.", False),
        # Not rows: the ministers' possible trip to Phnom Penh ("There is a possibility, but we
        # don't know yet": hypothetical); "the three foreign ministers will decide" (internal,
        # unnamed); Hun Sen's reversals (statements) and the awaited "written confirmation" (a
        # document); the ASEAN Ministerial Meeting, the ARF and the PMC (multilateral); the press
        # briefing. The byline ("By Santi WE Soekanto") is kept and not annotated. Removed: the
        # cut-off last sentence ("In yesterday's conferences, during which ASEAN and its dialog
        # partners spo").
    ],
    roles=[("Indonesian Foreign Minister", "ali_alatas"), ("Cambodia's Foreign Minister", "ung_huot"),
           ("Second Prime Minister", "hun_sen"), ("First Prime Minister", "norodom_ranariddh")],
)

_KF = ("Dr Kissinger gave this assurance during a 31-hour breakfast meeting with the Foreign Minister "
       "(Mr Takeo Fukuda), and at a traditional Japanese dinner with four former Foreign Ministers.")
_KLDP = ("Between the breakfast and dinner meetings, Dr Kissinger talked with members of Japan’s ruling "
         "Liberal Democratic Party, with a group of editors, and with three leaders of the Socialist "
         "Party, • Japan’s largest Opposition r faction.")

A["dev_3405_kissinger_fukuda_sato_tokyo"] = dict(
    actors={
        "henry_kissinger": ["Dr Henry Kissinger", "Henry Kissinger", "Dr Kissinger"],
        "takeo_fukuda": ["Mr Takeo Fukuda", "Takeo Fukuda", "Mr Fukuda"],
        "eisaku_sato": ["Sato"],
        "richard_nixon": ["President Nixon", "Mr Nixon"],
        "liberal_democratic_party": ["Liberal Democratic Party"],
        "socialist_party_japan": ["Socialist Party"],
    },
    meetings=[
        # "assured Japanese leaders yesterday" + "gave this assurance during a 31-hour [OCR for
        # 3½-hour] breakfast meeting with the Foreign Minister (Mr Takeo Fukuda)" -> held,
        # 1972-06-11 (yesterday of the "June 12" dateline), Tokyo (dateline). Fukuda's "long
        # meeting with Dr Kissinger" (press conference) is the same meeting.
        M(["henry_kissinger", "takeo_fukuda"], "1972-06-11", "Tokyo", IP, H, _KF),
        # "at a traditional Japanese dinner with four former Foreign Ministers" (unnamed) ->
        # one-party row, held, 1972-06-11, Tokyo, optional (a group given by role only, as
        # dev_013).
        M(["henry_kissinger"], "1972-06-11", "Tokyo", IP, H, _KF, False),
        # "talked with members of Japan's ruling Liberal Democratic Party ... and with three
        # leaders of the Socialist Party" -> the counterparts are named only as parties: one row
        # per interaction with the party as counterpart (as the African National Council rows
        # of 6b/10a), held, 1972-06-11 ("Between the breakfast and dinner meetings"), Tokyo,
        # optional. The "group of editors" is not a political actor (no row).
        M(["henry_kissinger", "liberal_democratic_party"], "1972-06-11", "Tokyo", IP, H, _KLDP, False),
        M(["henry_kissinger", "socialist_party_japan"], "1972-06-11", "Tokyo", IP, H, _KLDP, False),
        # "On Saturday night, Dr Kis- ' singer talked for four hours ' with the Prime Minister
        # (Mr i Sato)" -> held, 1972-06-10, Tokyo.
        M(["henry_kissinger", "eisaku_sato"], "1972-06-10", "Tokyo", IP, H,
          "On Saturday night, Dr Kis- ’ singer talked for four hours ’ with the Prime Minister (Mr i Sato), who is expected to an- > nounce his retirement soon."),
        # Not rows: "Dr Kissinger emphasised at all his meetings" (a summary of the same
        # meetings); Nixon's China visit announced "last summer" (an announcement); the group of
        # editors (journalists). The OCR debris ("31-hour", "Dr Kis- ' singer", "(Mr i Sato)",
        # "r faction") is kept; "(N.Z. Press" is the agency credit of the dateline (not
        # annotated). Removed: the Papers Past correction notice and the "Article image" lines;
        # the cut-off last sentence ("Mr Fukuda told a press conference after his long meeting
        # with Dr Kissinger that the").
    ],
    roles=[("President Nixon’s adviser on foreign policy and national security", "henry_kissinger"),
           ("the Foreign Minister", "takeo_fukuda"), ("the Prime Minister", "eisaku_sato")],
)

_NPH = ("The White House an-| nounced earlier this week that President Nixon would confer with! "
        "President Georges Pom-; pidou of France in the: Azores on December 13 and 14, and with the "
        "British Prime Minister: (Mr Edward Heath) in! Bermuda on December! 20 and December 21.")
_NTRIPS = ("The Presidential Press Secretary (Mr Ronald Ziegler) said that the meeting was one of a "
           "series being undertaken by the President with allied leaders before his trips to Peking "
           "and Moscow next year.")

A["dev_3406_nixon_sato_san_clemente_planned"] = dict(
    actors={
        "richard_nixon": ["President Nixon"],
        "eisaku_sato": ["Mr Eisaku Sato", "Eisaku Sato", "Mr Sato"],
        "ronald_ziegler": ["Mr Ronald Ziegler", "Ronald Ziegler"],
        "georges_pompidou": ["Georges Pom-; pidou"],
        "edward_heath": ["Mr Edward Heath", "Edward Heath"],
        "willy_brandt": ["Mr Willy Brandt", "Willy Brandt"],
        "dwight_eisenhower": ["President Eisenhower"],
        "white_house": ["Western White House", "White House"],
    },
    meetings=[
        # "will meet ... (Mr Eisaku Sato) in San Clemente, California, on January 6 and January 7"
        # -> planned, San Clemente, date null (two days: a range).
        M(["richard_nixon", "eisaku_sato"], None, "San Clemente", IP, P,
          "President Nixon will meet the Japanese Prime Minister (Mr Eisaku Sato) in San Clemente, California, on January 6 and January 7 for talks on the international situation and United States-Japanese relations, the Western White House announced today."),
        # "would confer with ... Pompidou ... in the Azores on December 13 and 14, and with ...
        # (Mr Edward Heath) in Bermuda on December 20 and December 21" -> two planned
        # bilaterals, dates null (ranges).
        M(["richard_nixon", "georges_pompidou"], None, "Azores", IP, P, _NPH),
        M(["richard_nixon", "edward_heath"], None, "Bermuda", IP, P, _NPH),
        # "amid rumours that it would announce a meeting between the President and the West German
        # Chancellor (Mr Willy Brandt), probably next month" -> planned, optional (a rumour, not
        # an announcement), date and place null.
        M(["richard_nixon", "willy_brandt"], None, None, IP, P,
          "The White House called an early morning briefing for tomorrow amid rumours that it would announce a meeting between the President and the West German Chancellor: (Mr Willy Brandt), probably next month.", False),
        # "before his trips to Peking and Moscow next year" -> visits whose hosts are not named:
        # one-party planned rows, dates null, optional (as dev_3004's Nixon in Moscow).
        M(["richard_nixon"], None, "Peking", IP, P, _NTRIPS, False),
        M(["richard_nixon"], None, "Moscow", IP, P, _NTRIPS, False),
        # Not rows: "a series being undertaken by the President with allied leaders" (generic);
        # the White House briefing (press); the hospital dedication in memory of Eisenhower. The
        # agency line "(N.Z.P.A.-Reuter—Copyright)" is kept and not annotated; the OCR debris
        # ("an-| nounced", "confer with!", "Pom-; pidou", "San Cle- 1 / 1 mente", "ias") is kept.
        # Removed: the Papers Past correction notice and the "Article image" lines; the cut-off
        # last sentence ("Accompanying Mr Nixon lat the San Clemente talks ; will be the Secretary
        # of State | (Mr William Rogers), the T").
    ],
    roles=[("the Japanese Prime Minister", "eisaku_sato"), ("The Presidential Press Secretary", "ronald_ziegler"),
           ("the British Prime Minister", "edward_heath"), ("the West German Chancellor", "willy_brandt"),
           ("the President", "richard_nixon")],
)

A["test_3407_gorbachev_najib_tashkent"] = dict(
    actors={
        "mikhail_gorbachev": ["Mikhail S. Gorbachev", "Gorbachev"],
        "najibullah": ["Najib"],
        "ronald_reagan": ["President Reagan"],
        "zia_ul_haq": ["President Mohammed Zia ul-Haq", "Mohammed Zia ul-Haq"],
        "diego_cordovez": ["Diego Cordovez"],
        "communist_party_of_the_soviet_union": ["Soviet Communist Party"],
        "kremlin": ["Kremlin"],
        "tass": ["Tass"],
        "izvestia": ["lzvestia"],
        "vremya": ["Vremya"],
        "united_nations": ["U.N."],
    },
    meetings=[
        # "Gorbachev and Afghan leader Najib issued a joint statement after meeting in the Soviet
        # Central Asian city of Tashkent" -> held, Tashkent; date null (judgement: the statement
        # was issued "yesterday", 1988-04-07, but the day of the meeting itself is not stated).
        M(["mikhail_gorbachev", "najibullah"], None, "Tashkent", IP, H,
          "Gorbachev and Afghan leader Najib issued a joint statement after meeting in the Soviet Central Asian city of Tashkent."),
        # "two weeks before ... Gorbachev and President Reagan begin their summit in the Soviet
        # capital" -> planned, Moscow ("the Soviet capital"; dateline MOSCOW), date null
        # (judgement: May 15 plus "two weeks" is an approximation; alternative 1988-05-29).
        M(["mikhail_gorbachev", "ronald_reagan"], None, "Moscow", IP, P,
          "The target date is two weeks before Soviet Communist Party General Secretary Mikhail S. Gorbachev and President Reagan begin their summit in the Soviet capital."),
        # Not rows: Gorbachev's tour of a collective farm (no counterpart); the Geneva talks and
        # the accord "be signed in Geneva" (governments, unnamed negotiators); Zia "said" and
        # Cordovez "indicated" (statements); the joint communique (a document). The misspelling
        # "lzvestia" is kept. No headline is in the excerpt. Removed: the site's list of five
        # unrelated "News" headlines before the article; the cut-off last sentence (""There are
        # very difficult decisions and the only good thing--I think that is important--is that
        # the political will is obviously there to take them," he told r").
    ],
    roles=[("Soviet Communist Party General Secretary", "mikhail_gorbachev"), ("Afghan leader", "najibullah"),
           ("U.N. mediator", "diego_cordovez")],
)

_KHA = ("It was also noted that Foreign Minister Kamal Hassan Ali of Egypt, in his meetings yesterday with "
        "President Reagan and on Tuesday with Secretary of State George Shultz in Washington, said that "
        "Egypt has sought to convince the PLO to give Jordan the authority it feels necessary to enter "
        "the peace negotiations.")

A["dev_3408_mubarak_arafat_cairo_jta"] = dict(
    actors={
        "hosni_mubarak": ["President Hosni Mubarak", "Hosni Mubarak", "Mubarak"],
        "yasser_arafat": ["Yasir Arafat", "Arafat"],
        "plo": ["Palestine Liberation Organization", "PLO"],
        "yitzhak_shamir": ["Premier Yitzhak Shamir", "Yitzhak Shamir", "Shamir"],
        "giulio_andreotti": ["Foreign Minister Giulio Andreotti", "Giulio Andreotti"],
        "anwar_sadat": ["President Anwar Sadat", "Anwar Sadat"],
        "abu_mussa": ["Col. Abu Mussa", "Abu Mussa"],
        "kamal_hassan_ali": ["Foreign Minister Kamal Hassan Ali", "Kamal Hassan Ali", "Ali"],
        "ronald_reagan": ["President Reagan"],
        "george_shultz": ["Secretary of State George Shultz", "George Shultz"],
        "ministry_of_foreign_affairs_israel": ["Foreign Ministry"],
    },
    meetings=[
        # "A meeting today between President Hosni Mubarak of Egypt and ... Yasir Arafat in
        # Cairo" -> held, Cairo, date null (JTA "today" not resolved; alternative 1983-12-23).
        M(["hosni_mubarak", "yasser_arafat"], None, "Cairo", IP, H,
          "A meeting today between President Hosni Mubarak of Egypt and Palestine Liberation Organization chief Yasir Arafat in Cairo has created bitter feelings in Israel."),
        # "Conferring with visiting Foreign Minister Giulio Andreotti of Italy, Shamir recalled"
        # -> held, date null (same JTA "today"), place Israel (judgement: "visiting" in a story
        # told from Israel; no city given; alternative null).
        M(["yitzhak_shamir", "giulio_andreotti"], None, "Israel", IP, H,
          "Conferring with visiting Foreign Minister Giulio Andreotti of Italy, Shamir recalled that Arafat and his men “danced in the streets of Beirut” upon receiving the news of President Anwar Sadat’s assassination."),
        # "in his meetings yesterday with President Reagan and on Tuesday with Secretary of State
        # George Shultz in Washington" -> two held rows, Washington; Reagan: date null (JTA
        # "yesterday" not resolved); Shultz: "on Tuesday" = 1983-12-20.
        M(["kamal_hassan_ali", "ronald_reagan"], None, "Washington", IP, H, _KHA),
        M(["kamal_hassan_ali", "george_shultz"], "1983-12-20", "Washington", IP, H, _KHA),
        # Not rows: the Foreign Ministry statement; "Cairo's warm reception of Arafat" (the same
        # meeting); Arafat's evacuation from Tripoli "on Tuesday" (no meeting); Syria's control of
        # the PLO rebels under Abu Mussa. Removed: the page-title line with "Menu JTA Search" (the
        # headline is kept once) and "Download PDF for this date"; the cut-off last sentence ("He
        # said that this could increas").
    ],
    roles=[("Palestine Liberation Organization chief", "yasser_arafat"),
           ("the head of the murderous PLO", "yasser_arafat"), ("Premier", "yitzhak_shamir"),
           ("Secretary of State", "george_shultz")],
)

_CLMF = ("In Washington, President Clinton, who had met with the Ecuadoran and Peruvian presidents at the "
         "White House on Oct. 9, offered his congratulations.")

A["dev_3409_fujimori_mahuad_brasilia"] = dict(
    actors={
        "alberto_fujimori": ["Peruvian President Alberto Fujimori", "Alberto Fujimori", "Fujimori"],
        "jamil_mahuad": ["Ecuadoran President Jamil Mahuad", "Jamil Mahuad", "Mahuad"],
        "bill_clinton": ["President Clinton", "Clinton"],
        "white_house": ["White House"],
    },
    meetings=[
        # "The presidents and foreign ministers of both countries signed the accord at a ceremony
        # in Brazil's capital" ("ended a half-century dispute Monday by signing a peace treaty";
        # Mahuad "gave Fujimori a canteen") -> Fujimori-Mahuad, held, 1998-10-26, Brasilia
        # (dateline "(Brasilia, Brazil)"). The foreign ministers are unnamed (no rows).
        M(["alberto_fujimori", "jamil_mahuad"], "1998-10-26", "Brasilia", IP, H,
          "The presidents and foreign ministers of both countries signed the accord at a ceremony in Brazil's capital, where most of the peace talks took place."),
        # "President Clinton, who had met with the Ecuadoran and Peruvian presidents at the White
        # House on Oct. 9" -> one meeting of three named people -> three pair rows, held,
        # 1998-10-09, Washington (White House -> Washington). Mahuad-Fujimori are the two parties
        # of the dispute (not one delegation) -> required.
        M(["bill_clinton", "jamil_mahuad"], "1998-10-09", "Washington", IP, H, _CLMF),
        M(["bill_clinton", "alberto_fujimori"], "1998-10-09", "Washington", IP, H, _CLMF),
        M(["jamil_mahuad", "alberto_fujimori"], "1998-10-09", "Washington", IP, H, _CLMF),
        # Not rows: the brokering by "The United States, Brazil, Argentina and Chile"
        # (governments); Clinton's "written statement"; "most of the peace talks took place"
        # (generic); the separate agreement "also signed" (the same ceremony). The source lines
        # "Associated Press News Service" and "October 26, 1998" are kept and not annotated.
        # Removed: the site header ("History Guy: News of the World") and its navigation line
        # ("Home | Civics & Politics | ..."), the duplicated page title; the cut-off last sentence
        # ("The 250-acre hill area, kno").
    ],
    roles=[("Peruvian President", "alberto_fujimori"), ("Ecuadoran President", "jamil_mahuad")],
)

_VANCE = ("Secretary Vance will be consulting with the British officials in London, with perhaps the "
          "Foreign Minister of South Africa, and if the schedule can be arranged, subsequent to that "
          "meeting, with President Nyerere directly.")

A["dev_3410_carter_nyerere_remarks"] = dict(
    actors={
        "jimmy_carter": ["Jimmy Carter"],
        "julius_nyerere": ["President Nyerere", "Nyerere"],
        "hafez_al_assad": ["President Asad"],
        "cyrus_vance": ["Secretary Vance", "Vance"],
        "swapo": ["SWAPO"],
    },
    meetings=[
        # "made a great deal of progress in our meetings these last 2 days" (the President =
        # Carter, named in the page's photo caption "Jimmy Carter photo", as dev_2002) -> held,
        # date null (two days), place null (the text names none; judgement, see the notes).
        M(["jimmy_carter", "julius_nyerere"], None, None, IP, H,
          "But we have, I think, made a great deal of progress in our meetings these last 2 days, and I've developed an increasing respect for him."),
        # "Secretary Vance will be consulting with the British officials in London, with perhaps
        # the Foreign Minister of South Africa" -> unnamed counterparts: one one-party row (Vance),
        # planned, London, date null. The uncertain ("perhaps") meeting with the unnamed South
        # African minister would give an identical one-party row and is folded into this one
        # (see the notes).
        M(["cyrus_vance"], None, "London", IP, P, _VANCE),
        # "and if the schedule can be arranged, subsequent to that meeting, with President
        # Nyerere directly" -> conditional: planned, optional; date null ("which will .be
        # completed, I think, on the 13th of this month" is hedged and dates the series, not this
        # meeting; alternative 1977-08-13); place null.
        M(["cyrus_vance", "julius_nyerere"], None, None, IP, P, _VANCE, False),
        # Not rows: the Geneva conference on the Middle East (multilateral, hypothetical); "many
        # other nations and leaders will be involved" (generic); "the SWAPO leaders" (unnamed);
        # the exchanges with reporters (media). Kept: the caption line "Jimmy Carter photo" (it
        # names the speaker, as dev_2002). Removed: the cut-off last fragment ("S").
    ],
    roles=[("THE PRESIDENT", "jimmy_carter"), ("Mr. President", "jimmy_carter")],
)

A["test_3411_skate_ona_planned"] = dict(
    actors={
        "bill_skate": ["Prime Minister Bill Skate", "Bill Skate", "Mr Skate"],
        "francis_ona": ["Francis Ona", "Mr Ona", "Ona"],
        "joseph_kabui": ["Joseph Kabui", "Mr Kabui"],
        "sam_kauona": ["Sam Kauona"],
        "mujo_sefa": ["Mujo Sefa"],
        "abc_television": ["ABC television"],
    },
    meetings=[
        # "he planned to meet Mr Ona ... on Wednesday - the day before the expected signing" ->
        # planned, 1998-04-29 (the Wednesday after the Monday 27 April issue), place Panguna
        # ("travel alone and unarmed into the Panguna headquarters of ... Francis Ona for a face to
        # face meeting"; judgement: the later "Mr Ona's Guava village, near the closed Panguna
        # copper mine" names the village; alternative Guava). The headline ("I will meet Ona
        # alone, says PM"), the invitation "from Mr Ona for a meeting" and "prepared to meet Mr
        # Ona anytime and anywhere" refer to the same planned meeting.
        M(["bill_skate", "francis_ona"], "1998-04-29", "Panguna", IP, P,
          "He told the newspaper that he planned to meet Mr Ona, who has been a hardline opponent of a negotiated peace, on Wednesday - the day before the expected signing of a permanent ceasefire to end the ten-year unrest, which has cost thousands of lives."),
        # Not rows: "an all-Bougainville leaders meeting called by Mr Ona at Pakia village before
        # Easter" attended by four unnamed MPs (a multilateral meeting); its boycott by Kabui and
        # Kauona (not attended); Kabui's invitation to Skate and Ona "to attend and observe the
        # signing ceremony" (an invitation to a ceremony, not accepted in the text); the
        # ceasefire signing itself (signatories unnamed); Skate "to be briefed by his lawyers"
        # (unnamed, not political actors); "told a Brisbane newspaper" (media). Removed: the
        # mailing-list archive's file line and the message header ("From:", "Date:", "Subject:
        # M-NEWS: (Fwd) Bougainville News - 27 April 98 (Nat)"); the cut-off last sentence ("This
        # was despite suggestions that Mr Ona's bodyguards, ... which Mr Skate has ruled out,
        # although he"). The source line "The National (PNG) Newspaper - Monday, 27 April 98" is
        # kept and not annotated; the hard line breaks of the archived e-mail are kept.
    ],
    roles=[("PM", "bill_skate"), ("Bougainville rebel leader", "francis_ona")],
)

_ROH = ("Roh is scheduled to meet with President Yang Shangkun, Premier Li Peng and Communist Party General "
        "Secretary Jiang Zemin during a four-day visit.")

A["dev_3412_roh_beijing_planned"] = dict(
    actors={
        "roh_tae_woo": ["South Korean President Roh Tae Woo", "Roh Tae Woo", "Roh"],
        "yang_shangkun": ["President Yang Shangkun", "Yang Shangkun"],
        "li_peng": ["Premier Li Peng", "Li Peng"],
        "jiang_zemin": ["Communist Party General Secretary Jiang Zemin", "Jiang Zemin"],
        "chinese_communist_party": ["Communist Party"],
        "united_nations": ["United Nations"],
    },
    meetings=[
        # "Roh is scheduled to meet with President Yang Shangkun, Premier Li Peng and ... Jiang
        # Zemin during a four-day visit" -> three separate planned bilaterals (a list of separate
        # meetings, as dev_032 / dev_3209), Beijing (dateline, "His meetings here"), dates null.
        M(["roh_tae_woo", "yang_shangkun"], None, "Beijing", IP, P, _ROH),
        M(["roh_tae_woo", "li_peng"], None, "Beijing", IP, P, _ROH),
        M(["roh_tae_woo", "jiang_zemin"], None, "Beijing", IP, P, _ROH),
        # Not rows: "I will meet Chinese leaders" and "His meetings here" (the same meetings,
        # counterparts unnamed); Roh's arrival "here Sunday" (no greeter named); the departure
        # speech in Seoul; the establishment of diplomatic relations (governments). Removed: the
        # cut-off last sentence of Roh's quotation ("I will clearly convey to our new and North
        # Korea's old"); the preceding ". . . ." is kept as on the page.
    ],
    roles=[("South Korean President", "roh_tae_woo"), ("Premier", "li_peng"),
           ("Communist Party General Secretary", "jiang_zemin")],
)
