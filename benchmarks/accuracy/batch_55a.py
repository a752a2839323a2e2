"""Accuracy corpus, batch 55a: 12 new articles about meetings between political actors, all
published in ODD years (another helper takes even years as batch 55b), from the 1980s, 1990s,
2000s, 2010s and 2020s (1980s: one, 1990s: four, 2000s: two, 2010s: two, 2020s: three; five of
the twelve from before 2000, as the brief asked; no 1970s text could be taken in the time, see
the notes), over the eleven regions (Western Europe: two; Central Asia/Caucasus, Middle East,
Africa, Southeast Asia, Eastern Europe/Russia, Latin America, North America, South Asia, East
Asia, Oceania: one each).
Outlets/sites: Arab News (arabnews.com), the Los Angeles Times (latimes.com archive), People's
Daily Online (en.people.cn), Sikh Heritage Education (sikhheritageeducation.com; an extract of a
1991 publication), Kazinform (inform.kz), the South China Morning Post (scmp.com), The Dong-a
Ilbo (donga.com), The Press (Christchurch) via Papers Past (dynamic-rsnz.natlib.govt.nz, a mirror
of paperspast.natlib.govt.nz), Greek City Times (greekcitytimes.com), Nation (nation.africa), The
Record (Stockton, recordnet.com; an AP story) and UrduPoint News (urdupoint.com; a Sputnik story).
greekcitytimes.com, nation.africa and the dynamic-rsnz.natlib.govt.nz host are new to the corpus as
sources (as far as `sources.csv` and the batch files show); the others were used before; the
pages are new, and so are the meetings (see the notes for the checks).
Collected with the `search` tool (corpus `pages`) and annotated from the texts alone, BEFORE the
package was run on them (the package has not been run, imported or read for this batch).
Conventions: ANNOTATION.md and /work/shared/ANNOTATION-GUIDE.md. Notes: batch_55a_NOTES.md.

Split rule (fixed before annotating, as given in the brief for this batch, the same as batches
5a-54b): the articles are numbered 1..12 in the order they were first found in this session's
search results (the query in which each first appeared, then its rank in that query), after
skipping pages already in the corpus; positions 3, 7 and 11 are test, all others dev. Ids:
`dev_108NN_<slug>` / `test_108NN_<slug>`, NN = collection position (01..12).

M(participants, date, place, kind, status, evidence, required=True)
Evidence is the verbatim sentence (line breaks inside it replaced by single spaces).
Aliases are written as they stand in the text (typos included).
"""


from annotations import H, IP, M, P, PH, VID  # noqa: F401 (the same row helpers)

# (article_id, region, decade, outlet, url, published)
ARTICLES = [
    # The dateline "RIYADH, 1 October 2003" (2003-10-01 is a Wednesday, checked; no date in the
    # URL). "held talks here yesterday" -> 2003-09-30 (a Tuesday); "Mubarak later met
    # separately" -> the same day (see the notes); the Abu Dhabi talks before the Riyadh visit are
    # not given a day -> null.
    ("dev_10801_fahd_mubarak_riyadh", "Middle East", "2000s", "Arab News (arabnews.com)", "https://www.arabnews.com/node/238153", "2003-10-01"),
    # No date line in the excerpt; the URL's la-xpm-1999-dec-09 (a Thursday, checked): "signed a
    # pact Wednesday" -> 1999-12-08; "last summer", "during the past three years" and "Dec. 19"
    # (elections) -> no rows.
    ("dev_10802_yeltsin_lukashenko_union_pact", "Eastern Europe/Russia", "1990s", "Los Angeles Times (latimes.com archive; Times Staff Writer)", "https://www.latimes.com/archives/la-xpm-1999-dec-09-mn-42047-story.html", "1999-12-09"),
    # The date line "Wednesday, November 10, 1999, updated at 11:17(GMT+8)" (1999-11-10 is a
    # Wednesday, checked; the URL's 199911/10 agrees): "on November 9 met" -> 1999-11-09 (the
    # year of publication); the return visit "when he returns for an extended visit" -> null.
    ("test_10803_estrada_wahid_philippines", "Southeast Asia", "1990s", "People's Daily Online (en.people.cn)", "http://en.people.cn/english/199911/10/eng19991110W120.html", "1999-11-10"),
    # The page's line "Article extracted from this publication >> February 22, 1991" (1991-02-22
    # is a Friday, checked; kept in the text). "announced on Thursday" -> 1991-02-21 (a statement,
    # no row); the visit "from February 26 to March 1" -> a range, date null.
    ("dev_10804_nawaz_sharif_li_peng_visit_planned", "South Asia", "1990s", "Sikh Heritage Education (sikhheritageeducation.com), extract of a publication of February 22, 1991", "https://sikhheritageeducation.com/nawaz-sharif-to-visit-china", "1991-02-22"),
    # No date line in the excerpt and none in the URL; the search tool's date field 2023-05-01 (a
    # Monday; removed with its " date ..." prefix). The call is not given a day -> null.
    ("dev_10805_tokayev_mirziyoyev_referendum_call", "Central Asia/Caucasus", "2020s", "Kazinform (inform.kz)", "https://www.inform.kz/en/presidents-of-kazakhstan-and-uzbekistan-hold-talks_a4062878/amp", "2023-05-01"),
    # No date line in the excerpt and none in the URL; the search tool's date field 2023-07-09 (a
    # Sunday, checked; removed with its " date ..." prefix). "met ... on Saturday" and "after talks
    # ... in Leticia, Colombia on Saturday" -> 2023-07-08; "the Amazon summit in Belem next
    # month" -> no row.
    ("dev_10806_lula_petro_leticia", "Latin America", "2020s", "South China Morning Post (scmp.com)", "https://www.scmp.com/news/world/americas/article/3227049/presidents-brazil-and-colombia-meet-boost-cooperation-ahead-amazon-summit?utm_source=rss_feed", "2023-07-09"),
    # The date line "Posted October. 05, 2001 08:26," (2001-10-05 is a Friday, checked; the URL's
    # 20011005 agrees): "will hold a summit talk in Seoul on 15th" and "on October 15th" ->
    # 2001-10-15 (a Monday; the month and year of publication); "yesterday" (the announcement)
    # -> 2001-10-04, no row; "August 15th 1995" and "October 8th 1998" (a speech, a declaration)
    # -> no rows.
    ("test_10807_kim_dae_jung_koizumi_seoul_planned", "East Asia", "2000s", "The Dong-a Ilbo (donga.com)", "https://www.donga.com/en/article/all/20011005/209160/1", "2001-10-05"),
    # No date line in the excerpt; the URL's CHP19830625 (The Press, Christchurch, 25 June 1983,
    # a Saturday, checked). "said last evening" -> 1983-06-24 is the day of the statement; the
    # talks themselves are not given a day -> null (see the notes).
    ("dev_10808_muldoon_keating_canberra_talks", "Oceania", "1980s", "The Press (Christchurch), via Papers Past (dynamic-rsnz.natlib.govt.nz mirror)", "https://dynamic-rsnz.natlib.govt.nz/newspapers/CHP19830625.2.7", "1983-06-25"),
    # No date line in the excerpt; the URL's 2019/09/26 (a Thursday, checked; the caption file
    # name "Screen Shot 2019 09 26" agrees): "in New York on Wednesday" -> 2019-09-25.
    ("dev_10809_mitsotakis_erdogan_new_york", "Western Europe", "2010s", "Greek City Times (greekcitytimes.com)", "https://greekcitytimes.com/2019/09/26/pm-mitsotakis-meeting-president-erdogan/", "2019-09-26"),
    # No date line in the excerpt and none in the URL; the search tool's date field 2023-07-26 (a
    # Wednesday, checked; removed with its " date ..." prefix); "He was speaking on Wednesday"
    # agrees. "two weeks ago" (the visit) and "on Tuesday" (a statement) -> no rows; no meeting is
    # stated (a control; see the notes).
    ("dev_10810_ruto_suluhu_no_meeting", "Africa", "2020s", "Nation (nation.africa)", "https://nation.africa/kenya/news/state-house-explains-why-ruto-did-not-meet-president-suluhu--4316466", "2023-07-26"),
    # No date line in the excerpt; the URL's 1995/12/31 (a Sunday, checked): "progress Saturday
    # night after a long day of budget bargaining" -> 1995-12-30; "set for the Cabinet Room of the
    # White House this morning" -> 1995-12-31; "beginning anew Tuesday" -> 1996-01-02 (the first
    # Tuesday after the Sunday, checked).
    ("test_10811_clinton_dole_gingrich_budget_sessions", "North America", "1990s", "The Record (Stockton, recordnet.com; Associated Press)", "https://www.recordnet.com/story/news/1995/12/31/clinton-congress-fail-to-end/50858148007/", "1995-12-31"),
    # The byline line "Fri 15th November 2019" and the dateline "HELSINKI (UrduPoint News /
    # Sputnik - 15th November, 2019)" (2019-11-15 is a Friday, checked): "later on Friday" and "on
    # Friday, November 15" -> 2019-11-15; "in Helsinki on October 5" -> 2019-10-05 (the year of
    # publication; a Saturday); the meetings with Costa and Scholz are not given a day -> null.
    ("dev_10812_rinne_lofven_stockholm_planned", "Western Europe", "2010s", "UrduPoint News (urdupoint.com; a Sputnik story)", "https://www.urdupoint.com/en/world/finnish-prime-minister-to-discuss-russia-with-762484.html", "2019-11-15"),
]

A = {}

_FM = ("RIYADH, 1 October 2003 — Custodian of the Two Holy Mosques King Fahd and Crown Prince Abdullah, deputy premier and commander of the National Guard, held talks here yesterday with Egyptian President Hosni Mubarak on the situation in Iraq and Palestine.")
A["dev_10801_fahd_mubarak_riyadh"] = dict(
    actors={
        "fahd_bin_abdulaziz": ["King Fahd"],
        "abdullah_bin_abdulaziz": ["Crown Prince Abdullah", "Prince Abdullah"],
        "hosni_mubarak": ["Egyptian President Hosni Mubarak", "Hosni Mubarak", "President Mubarak", "Mubarak"],
        "sultan_bin_abdulaziz": ["Prince Sultan"],
        "saudi_press_agency": ["Saudi Press Agency"],
        "mohammad_rafik_khalil": ["Mohammad Rafik Khalil"],
        "yasser_arafat": ["Yasser Arafat"],
        "emirates_news_agency": ["WAM"],
        "william_burns": ["William Burns"],
    },
    meetings=[
        # "King Fahd and Crown Prince Abdullah ... held talks here yesterday with Egyptian President
        # Hosni Mubarak" ("King Fahd and President Mubarak examined", "The meeting was attended
        # by", "the Riyadh meeting": the same) -> a meeting of three named people, one row per
        # pair: Fahd-Mubarak and Abdullah-Mubarak held, 2003-09-30 ("yesterday" under the
        # dateline of October 1), Riyadh ("here" under the dateline RIYADH).
        M(["fahd_bin_abdulaziz", "hosni_mubarak"], "2003-09-30", "Riyadh", IP, H, _FM),
        M(["abdullah_bin_abdulaziz", "hosni_mubarak"], "2003-09-30", "Riyadh", IP, H, _FM),
        # The host pair (the King and his Crown Prince, one side of the talks) -> required false,
        # as the same-side pairs of earlier batches (see the notes).
        M(["fahd_bin_abdulaziz", "abdullah_bin_abdulaziz"], "2003-09-30", "Riyadh", IP, H, _FM, False),
        # "Mubarak later met separately with Crown Prince Abdullah and discussed ..." -> the same
        # pair on the same day and in the same place as the talks above: one row with the
        # Abdullah-Mubarak row (ANNOTATION's "several sessions of the same pair on the same day and
        # place are one row"; see the notes). No further row.
        # "Mubarak arrived in the Kingdom from Abu Dhabi, where ... also topped the agenda of the
        # talks. The two sides discussed ..." -> talks in Abu Dhabi whose UAE side is not named
        # even by role: a one-party row (Mubarak), held, date null, Abu Dhabi, required false (as
        # batch 54a's talks in China with unnamed counterparts).
        M(["hosni_mubarak"], None, "Abu Dhabi", IP, H,
          "Mubarak arrived in the Kingdom from Abu Dhabi, where the situation in US-occupied Iraq as well as the Palestinian territories also topped the agenda of the talks.", False),
        # Not rows: "The meeting was attended by senior officials from both countries, including
        # Prince Abdullah and Prince Sultan" (Sultan attends: an actor, not a participant); "Before
        # the Riyadh meeting, Egypt’s Ambassador Mohammad Rafik Khalil said" (a statement); "Israel’s
        # threat to banish” Palestinian leader Yasser Arafat" (no meeting); "the Saudi Press Agency
        # said", "the UAE’s official WAM news agency said" (agencies cited); "William Burns has
        # hailed", "In a speech before the US-Arab Economic Forum in Detroit" (a speech; the forum
        # is an event, not annotated). Kept as found: the dateline with its dash. Nothing removed:
        # the excerpt starts with the dateline and ends with a whole sentence.
    ],
    roles=[("Custodian of the Two Holy Mosques", "fahd_bin_abdulaziz"),
           ("deputy premier and commander of the National Guard", "abdullah_bin_abdulaziz"),
           ("Egyptian President", "hosni_mubarak"),
           ("second deputy premier and minister of defense and aviation", "sultan_bin_abdulaziz"),
           ("Egypt’s Ambassador", "mohammad_rafik_khalil"), ("the ambassador", "mohammad_rafik_khalil"),
           ("Palestinian leader", "yasser_arafat"),
           ("US Assistant Secretary of State for Near East Affairs", "william_burns")],
)

A["dev_10802_yeltsin_lukashenko_union_pact"] = dict(
    actors={
        "boris_yeltsin": ["President Boris N. Yeltsin", "Boris N. Yeltsin", "Yeltsin"],
        "alexander_lukashenko": ["Alexander G. Lukashenko", "Lukashenko"],
        "bill_clinton": ["President Clinton"],
        "dmitri_furman": ["Dmitri Y. Furman"],
        "institute_of_europe": ["Institute of Europe"],
        "nato": ["North Atlantic Treaty Organization"],
    },
    meetings=[
        # "President Boris N. Yeltsin of Russia signed a pact Wednesday with Belarus ..." and "An
        # unsteady Yeltsin ... reached the agreement with Alexander G. Lukashenko, the leader of
        # Belarus" ("a secondary accord signed by the presidents": the same signing) -> held, a
        # signing by the two presidents (as batch 54a's signing in Toronto), 1999-12-08
        # ("Wednesday" in a Thursday paper), place null (the excerpt names no place for the
        # signing; a reader could write Moscow from knowledge).
        M(["boris_yeltsin", "alexander_lukashenko"], "1999-12-08", None, IP, H,
          "An unsteady Yeltsin, who at one point didn’t realize that he had finished his speech and who needed help from an aide to reorient himself, reached the agreement with Alexander G. Lukashenko, the leader of Belarus, who is accused of holding on to power illegitimately after his term as president of the former Soviet republic expired last summer."),
        # Not rows: "Russia and Belarus have signed similar agreements to form a union during the
        # past three years" (a count of earlier signings, no parties or days); "President Clinton
        # and European leaders ... have been increasingly critical" (statements); "said Dmitri Y.
        # Furman" (a statement); "an aide" (unnamed). "Times Staff Writer" is the byline (not
        # annotated); "the Moscow-based Institute of Europe" is annotated (the analyst's
        # institute). Kept as found: the lines "Share", "TIMES STAFF WRITER" and "Advertisement"
        # inside the text. Removed: the "Advertisement" line at the start; at the end, the last,
        # cut-off sentence ("Lukashenko--a former collective farm director who has sought to stamp
        # out his democratic op").
    ],
    roles=[("the leader of Belarus", "alexander_lukashenko"),
           ("senior analyst at the Moscow-based Institute of Europe", "dmitri_furman")],
)

_EW = ("Philippine President Joseph Estrada on November 9 met with his Indonesian counterpart Abdurrahman Wahid who arrived here for a brief visit earlier in the day.")
A["test_10803_estrada_wahid_philippines"] = dict(
    actors={
        "joseph_estrada": ["Philippine President Joseph Estrada", "Joseph Estrada", "Estrada"],
        "abdurrahman_wahid": ["Abdurrahman Wahid", "Wahid"],
        "ronaldo_zamora": ["Executive Secretary Ronaldo Zamora", "Ronaldo Zamora", "Zamora"],
        "moro_islamic_liberation_front": ["Moro Islamic Liberation Front", "MILF"],
        "asean": ["ASEAN"],
    },
    meetings=[
        # "Philippine President Joseph Estrada on November 9 met with his Indonesian counterpart
        # Abdurrahman Wahid ..." (the "getting-to-know-you" meeting, "After his meeting with
        # Estrada": the same) -> held, 1999-11-09, place Philippines (the headline's "Visits
        # Philippines"; "arrived here" under no dateline: no city is named; a reader could write
        # Manila from knowledge).
        M(["joseph_estrada", "abdurrahman_wahid"], "1999-11-09", "Philippines", IP, H, _EW),
        # "Wahid readily accepted an invitation by Estrada to go there and see the situation for
        # himself when he returns for an extended visit." -> an accepted invitation (ANNOTATION's
        # "invited ... and the invitation was accepted" = planned), but to see a region
        # (Mindanao), not said to be a meeting with Estrada -> planned, date null, Mindanao,
        # required false (see the notes).
        M(["abdurrahman_wahid", "joseph_estrada"], None, "Mindanao", IP, P,
          "To highlight Indonesia's full support for the Philippine government's efforts to bring genuine and lasting peace to Mindanao, Wahid readily accepted an invitation by Estrada to go there and see the situation for himself when he returns for an extended visit.", False),
        # Not rows: "Executive Secretary Ronaldo Zamora told reporters" (a statement; Zamora is not
        # said to attend the meeting); "the government's ongoing peace talks with the Moro Islamic
        # Liberation Front (MILF)" (talks of unnamed negotiators); "Wahid's ASEAN tour, which has
        # already taken him to Singapore, Malaysia, ..." (visits to countries, no hosts named).
        # "World" before the headline is the site's section label (kept, as found). Removed: at the
        # start, the site's navigation lines ("English Home", "FM Remarks", "Friendly Contacts",
        # "News in", "World Media", "Message Board", "Voice of Readers"); at the end, the line
        # "Printer-friendly Version In This Section" and the list of four related headlines.
        # Nothing cut off.
    ],
    roles=[("Philippine President", "joseph_estrada"), ("his Indonesian counterpart", "abdurrahman_wahid"),
           ("Executive Secretary", "ronaldo_zamora")],
)

A["dev_10804_nawaz_sharif_li_peng_visit_planned"] = dict(
    actors={
        "nawaz_sharif": ["Pakistan Prime Minister Nawaz Sharif", "Nawaz Sharif", "Sharif"],
        "li_peng": ["Li Peng"],
        "chinese_foreign_ministry": ["Chinese foreign ministry"],
    },
    meetings=[
        # "Pakistan Prime Minister Nawaz Sharif will pay an official visit to China from February
        # 26 to March 1 at the invitation of Chinese premier Li Peng ..." -> an announced visit to
        # the host who invited him (as batch 54a's Meciar-Klaus): planned, date null (a range),
        # China (the dateline "BELJING" (sic) is the report's; the visit is "to China").
        M(["nawaz_sharif", "li_peng"], None, "China", IP, P,
          "BELJING: Pakistan Prime Minister Nawaz Sharif will pay an official visit to China from February 26 to March 1 at the invitation of Chinese premier Li Peng a Chinese foreign ministry spokesman announced on Thursday."),
        # Not rows: "a Chinese foreign ministry spokesman announced on Thursday" (a statement);
        # "an opportunity for Chinese leaders to gauge Pakistan’s attitudes" (unnamed leaders; the
        # visit above); "the U.S. Pak alliance", "the United States presence in the Gulf" (no
        # meeting). Kept as found: "BELJING" (sic), "Li Peng a Chinese" (no comma), the two
        # sentences without a final full stop, "U.S. interest: Asia an area", and the page's line
        # "Article extracted from this publication >> February 22, 1991" (the date line). Nothing
        # removed: the excerpt is whole.
    ],
    roles=[("Pakistan Prime Minister", "nawaz_sharif"), ("Chinese premier", "li_peng")],
)

A["dev_10805_tokayev_mirziyoyev_referendum_call"] = dict(
    actors={
        "kassym_jomart_tokayev": ["Kassym-Jomart Tokayev"],
        "shavkat_mirziyoyev": ["Shavkat Mirziyoyev"],
        "kazinform": ["KAZINFORM", "Kazinform"],
        "akorda_press_service": ["Akorda press service"],
    },
    meetings=[
        # "President of Kazakhstan Kassym-Jomart Tokayev and President of Uzbekistan Shavkat
        # Mirziyoyev held a telephone conversation" ("The Head of State congratulated", "The sides
        # reaffirmed", "The Presidents debated": the same call) -> phone, held, date null (the
        # text gives no day; the page is dated 2023-05-01), place null (a call; "ASTANA" is the
        # dateline).
        M(["kassym_jomart_tokayev", "shavkat_mirziyoyev"], None, None, PH, H,
          "ASTANA. KAZINFORM President of Kazakhstan Kassym-Jomart Tokayev and President of Uzbekistan Shavkat Mirziyoyev held a telephone conversation, Kazinform learnt from the Akorda press service."),
        # Not rows: "the nationwide referendum on amendments to the Constitution of Uzbekistan" (an
        # event); "implementation of agreements achieved earlier" (no meeting specified).
        # "ASTANA. KAZINFORM" is the agency's dateline; Kazinform is annotated as the body cited
        # ("Kazinform learnt"). Kept as found: "Kazakhstan -Uzbekistan". Removed: the search
        # tool's " date 2023-05-01" prefix at the start. Nothing cut off at the end.
    ],
    roles=[("President of Kazakhstan", "kassym_jomart_tokayev"), ("President of Uzbekistan", "shavkat_mirziyoyev"),
           ("The Head of State", "kassym_jomart_tokayev"), ("The Kazakh President", "kassym_jomart_tokayev")],
)

A["dev_10806_lula_petro_leticia"] = dict(
    actors={
        "luiz_inacio_lula_da_silva": ["Luiz Inacio Lula da Silva", "Luiz Inácio Lula da Silva", "Lula"],
        "gustavo_petro": ["Gustavo Petro"],
        "marina_silva": ["Marina Silva"],
        "sonia_guajajara": ["Sonia Guajajara"],
    },
    meetings=[
        # "Brazil’s Luiz Inácio Lula da Silva met Colombia’s Gustavo Petro on Saturday ..." (the
        # headline "Presidents of Brazil and Colombia meet", the caption's "after talks ... in
        # Leticia, Colombia on Saturday": the same) -> held, 2023-07-08 ("on Saturday" in a Sunday
        # page), Leticia (the caption). The evidence is the bullet line without its "- ".
        M(["luiz_inacio_lula_da_silva", "gustavo_petro"], "2023-07-08", "Leticia", IP, H,
          "Brazil’s Luiz Inácio Lula da Silva met Colombia’s Gustavo Petro on Saturday to lay groundwork for the Amazon summit in Belem next month"),
        # Not rows: the two Brazilian ministers of the caption ("From left, ... Marina Silva, ...
        # and ... Sonia Guajajara after talks") are pictured with the presidents, not said to take
        # part in the talks (actors, not participants; see the notes); "the Amazon summit in Belem
        # next month" (a summit); "said a statement from Lula" (a statement). "Photo: AFP" is a
        # photo credit (not annotated). Kept as found: "Inacio" in the caption beside "Inácio" in
        # the bullet, the bullets' "- ". Removed: the search tool's " date 2023-07-09" prefix at the
        # start. Nothing cut off.
    ],
    roles=[("Brazilian President", "luiz_inacio_lula_da_silva"), ("Colombian President", "gustavo_petro"),
           ("Brazilian environment minister", "marina_silva"),
           ("Brazilian minister for Indigenous peoples", "sonia_guajajara")],
)

A["test_10807_kim_dae_jung_koizumi_seoul_planned"] = dict(
    actors={
        "kim_dae_jung": ["President Kim Dae-Jung", "Kim Dae-Jung", "President Kim"],
        "junichiro_koizumi": ["Japanese Prime Minister Junichiro Koizumi", "Junichiro Koizumi", "Prime Minister Koizumi", "Koizumi"],
        "oh_hong_keun": ["Oh Hong-Keun", "Oh"],
        "tomiichi_murayama": ["Murayama"],
        "keizo_obuchi": ["Keizo Obuchi"],
    },
    meetings=[
        # "... President Kim Dae-Jung and the Japanese Prime Minister Junichiro Koizumi will hold a
        # summit talk in Seoul on 15th." ("Prime Minister Koizumi will make a one-day visit to Seoul
        # on October 15th to hold a talk with President Kim", the headline, "the Japan`s request for
        # a summit talk": the same) -> planned, 2001-10-15, Seoul.
        M(["kim_dae_jung", "junichiro_koizumi"], "2001-10-15", "Seoul", IP, P,
          "The Korean and the Japanese government issued a joint announcement yesterday that President Kim Dae-Jung and the Japanese Prime Minister Junichiro Koizumi will hold a summit talk in Seoul on 15th."),
        # Not rows: "issued a joint announcement yesterday", "officially announced" (statements);
        # "the speech announced by the former Prime Minister Murayama on August 15th 1995" (a
        # speech); "the Joint Declaration of Korea-Japan Partnership issued by the former Prime
        # Minister Keizo Obuchi and President Kim Dae-Jung on October 8th 1998" (a declaration; no
        # meeting is stated, as batch 54a's "agreement last February"; a reader could add an
        # optional Obuchi-Kim row dated 1998-10-08; see the notes); "a letter written by Prime
        # Minister Koizumi" (a letter); "A government official said" (unnamed). Kept as found: the
        # headline printed twice, the line "한국어" (the site's language link, inside the text),
        # the backtick quotation marks (``...``, `...`), "Japan`s", "the Japan`s request".
        # Removed: at the start, the site line "Go to contents"; at the end, the excerpt's last,
        # cut-off fragment ("H").
    ],
    roles=[("the Japanese Prime Minister", "junichiro_koizumi"), ("Japanese Prime Minister", "junichiro_koizumi"),
           ("head of the presidential spokesperson", "oh_hong_keun")],
)

A["dev_10808_muldoon_keating_canberra_talks"] = dict(
    actors={
        "robert_muldoon": ["Mr Muldoon", "Mr Muldocn", "Muldoon"],
        "paul_keating": ["Mr Paul Keating", "Paul Keating", "Mr Keating"],
        "national_bank_of_new_zealand": ["National Bank"],
    },
    meetings=[
        # "Mr Muldocn said last evening that he was verydisappointed with his talks with Mr
        # Keating." (the headline "Aust, talks disappoint Mr Muldoon", "Mr Muldoon’s talks", "Mr
        # Keating gave him no joy": the same) -> held, date null (the statement is of "last
        # evening", 1983-06-24; the talks are not given a day; a reader could write 1983-06-24),
        # Canberra (the dateline "NZPA staff correspondent Canberra"; the headline's "Aust, talks").
        M(["robert_muldoon", "paul_keating"], None, "Canberra", IP, H,
          "Mr Muldocn said last evening that he was verydisappointed with his talks with Mr Keating."),
        # Not rows: "Mr Keating said earlier", "Mr Muldoon retorted last night" (statements); "the
        # Australian Government had had a committee looking into" (a committee, unnamed members);
        # "the National Bank did not want to get into Australia" (a bank; annotated, no meeting).
        # "NZPA staff correspondent Canberra" is the agency's byline and dateline (not annotated).
        # Kept as found (OCR): "Aust, talks", "Prime Minister,' Mr Muldoon", "Mr Muldocn",
        # "verydisappointed", "this matter,\" he said" (a straight quotation mark after curly
        # ones), the two line breaks inside sentences, "New Zealand'" at the end. Removed: at the
        # end, the last, cut-off sentence ("“This is the trans-Tasman thing, you see — if you’ve
        # go").
    ],
    roles=[("The Australian Treasurer", "paul_keating"), ("the Prime Minister", "robert_muldoon")],
)

A["dev_10809_mitsotakis_erdogan_new_york"] = dict(
    actors={
        "kyriakos_mitsotakis": ["PM Mitsotakis", "Kyriakos Mitsotakis", "Mitsotakis"],
        "recep_tayyip_erdogan": ["President Erdogan", "Recep Tayyip Erdogan", "Erdogan"],
        "nicos_anastasiades": ["Nicos Anastasiades"],
        "greece_turkey_high_level_cooperation_council": ["Greece-Turkey High-Level Cooperation Council"],
        "halki_theological_school": ["Halki Theological School"],
    },
    meetings=[
        # "Greece’s Prime Minister Kyriakos Mitsotakis had his first meeting with Turkish President
        # Recep Tayyip Erdogan, on the sidelines of the United Nations Climate Change Summit in New
        # York on Wednesday." (the headline, "the hour conversation", "At the meeting", "The
        # meeting ended": the same) -> held, a sideline bilateral, 2019-09-25 ("on Wednesday" in a
        # Thursday page), New York.
        M(["kyriakos_mitsotakis", "recep_tayyip_erdogan"], "2019-09-25", "New York", IP, H,
          "Greece’s Prime Minister Kyriakos Mitsotakis had his first meeting with Turkish President Recep Tayyip Erdogan, on the sidelines of the United Nations Climate Change Summit in New York on Wednesday."),
        # Not rows: "the United Nations Climate Change Summit" (a summit; an event, not annotated);
        # "the attending Foreign Affairs ministers" (unnamed; attendees); "the two leaders agreed to
        # prepare the Greece-Turkey High-Level Cooperation Council" (a body's future session, no
        # day or parties beyond the two); "Cyprus President Nicos Anastasiades' proposal" (a
        # proposal, no meeting); "Greek government sources said" (unnamed). Kept as found: the
        # image lines "w25 19380621665944" and "Screen Shot 2019 09 26 at 9.21.17 am", the
        # sentence without a final full stop ("during the hour conversation"). Removed: at the end,
        # the site line "Copyright Greekcitytimes 2024". Nothing cut off.
    ],
    roles=[("Greece’s Prime Minister", "kyriakos_mitsotakis"), ("Turkish President", "recep_tayyip_erdogan"),
           ("the Turkish president", "recep_tayyip_erdogan"), ("Cyprus President", "nicos_anastasiades")],
)

A["dev_10810_ruto_suluhu_no_meeting"] = dict(
    actors={
        "samia_suluhu_hassan": ["Tanzanian President Samia Suluhu", "Samia Suluhu", "President Suluhu", "Ms Suluhu"],
        "william_ruto": ["President William Ruto", "William Ruto", "President Ruto", "Dr Ruto"],
        "hussein_mohamed": ["Hussein Mohamed", "Mr Mohamed"],
        "raila_odinga": ["Raila Odinga", "Mr Odinga"],
        "orange_democratic_movement": ["ODM"],
        "azimio_la_umoja": ["Azimio"],
        "ministry_of_foreign_affairs_kenya": ["Ministry of Foreign Affairs"],
    },
    meetings=[
        # No rows: a control. The text reports a visit by the Tanzanian president during which the
        # Kenyan president did NOT meet her ("President Ruto did not meet her", "kept her waiting",
        # "give her a wide berth when she arrived"): the guide's "a call or meeting that did not
        # take place" is not a row. "the Tanzanian president came here two weeks ago at the
        # invitation of President Ruto to mediate" is a visit to a country with no meeting stated;
        # "an attempt by a neighbouring head of state to mediate over the dispute proved futile"
        # does not say that she met Odinga (a reader could read a Suluhu-Odinga contact into
        # "mediate talks between him and Dr Ruto"; not stated; see the notes). Also not rows: "a
        # press briefing at Mombasa State House" (a briefing); "President Ruto's five-day visit to
        # the Coast region" (a visit to a region, no host); "In an interview with the international
        # press" (an interview); "Raila Odinga had on Tuesday acknowledged" (a statement).
        # "Mombasa State House" is a building (not annotated). Kept as found: the mixed straight and
        # curly quotation marks, "attempts… the". Removed: the search tool's " date 2023-07-26"
        # prefix at the start; at the end, the last, cut-off sentence ("Our si").
    ],
    roles=[("Tanzanian President", "samia_suluhu_hassan"), ("his Tanzania counterpart", "samia_suluhu_hassan"),
           ("the Tanzanian president", "samia_suluhu_hassan"),
           ("a neighbouring head of state", "samia_suluhu_hassan"),
           ("State House spokesman", "hussein_mohamed"), ("ODM leader", "raila_odinga"),
           ("the Azimio leader", "raila_odinga"), ("Opposition leader", "raila_odinga")],
)

_CB1 = ("WASHINGTON (AP -- President Clinton and congressional leaders reported progress Saturday night after a long day of budget bargaining, but the president sent word through his spokesman that we have a ways to go.")
_CB2 = ("Another three-hour budget session was set for the Cabinet Room of the White House this morning, but no early agreement was expected, and McCurry said the talks would continue into the new year, beginning anew Tuesday.")
A["test_10811_clinton_dole_gingrich_budget_sessions"] = dict(
    actors={
        "bill_clinton": ["President Clinton", "Clinton"],
        "bob_dole": ["Senate Majority Leader Bob Dole", "Bob Dole", "Dole"],
        "newt_gingrich": ["House Speaker Newt Gingrich", "Newt Gingrich", "Gingrich"],
        "mike_mccurry": ["White House press secretary Mike McCurry", "Mike McCurry", "McCurry"],
        "white_house": ["White House"],
        "democratic_party_us": ["Senate Democrats"],
    },
    meetings=[
        # "President Clinton and congressional leaders reported progress Saturday night after a
        # long day of budget bargaining" ("the final meeting of the day", "Saturdays meetings",
        # "the president, Dole and Gingrich were working on all the areas of disagreement",
        # "Saturdays discussions": the same sessions; the leaders are named as Dole and Gingrich)
        # -> held, 1995-12-30 ("Saturday" in a Sunday paper), Washington (the dateline; the
        # sessions are at the White House, as the next one in its Cabinet Room). One row per pair:
        # Clinton-Dole and Clinton-Gingrich required; Dole-Gingrich required false (the two
        # Republican leaders, one side of the bargaining; see the notes).
        M(["bill_clinton", "bob_dole"], "1995-12-30", "Washington", IP, H, _CB1),
        M(["bill_clinton", "newt_gingrich"], "1995-12-30", "Washington", IP, H, _CB1),
        M(["bob_dole", "newt_gingrich"], "1995-12-30", "Washington", IP, H, _CB1, False),
        # "Another three-hour budget session was set for the Cabinet Room of the White House this
        # morning" -> planned, 1995-12-31, Washington (Cabinet Room of the White House); the same
        # parties as the sessions above (read from "Another"; see the notes): the same three pairs,
        # Dole-Gingrich required false.
        M(["bill_clinton", "bob_dole"], "1995-12-31", "Washington", IP, P, _CB2),
        M(["bill_clinton", "newt_gingrich"], "1995-12-31", "Washington", IP, P, _CB2),
        M(["bob_dole", "newt_gingrich"], "1995-12-31", "Washington", IP, P, _CB2, False),
        # "... the talks would continue into the new year, beginning anew Tuesday." -> planned,
        # 1996-01-02, place null (not given), required false: the parties of the resumed talks are
        # not stated (they could be staff; "congressional and White House staff members would
        # continue to work"); the Clinton pairs only.
        M(["bill_clinton", "bob_dole"], "1996-01-02", None, IP, P, _CB2, False),
        M(["bill_clinton", "newt_gingrich"], "1996-01-02", None, IP, P, _CB2, False),
        # Not rows: "fly to Hilton Head, S.C., for New Years Eve, where he was to take part in a
        # Renaissance Weekend session" (an event); "Dole was scheduled for a series of political
        # events in New Hampshire", "Gingrich planned to travel to his congressional district" (no
        # meetings); "Clinton encouraged Senate Democrats to break a procedural impasse" (a group,
        # no meeting stated); "McCurry said", "the spokesman said" (statements); "congressional and
        # White House staff members would continue to work" (unnamed). Kept as found: the hard line
        # breaks, "(AP --" without its closing parenthesis, the missing quotation marks and
        # apostrophes ("we have a ways to go", "New Years Eve", "Saturdays", "Todays"). Removed: at
        # the end, the archive's line "(End of published text" and the cut-off paragraph after it
        # ("Well before the Saturday night session, House Budget Committee Chairman John / Kasich,
        # R-Ohio, s").
    ],
    roles=[("Senate Majority Leader", "bob_dole"), ("House Speaker", "newt_gingrich"),
           ("White House press secretary", "mike_mccurry"), ("his spokesman", "mike_mccurry"),
           ("the spokesman", "mike_mccurry"), ("the president", "bill_clinton")],
)

_RJ = ("During that meeting, the two prime ministers also had a telephone conversation with their UK counterpart, Boris Johnson.")
_RC = ("In Stockholm, Rinne also plans to meet with Portuguese Prime Minister Antonio Costa and Germany's Vice Chancellor and Finance Minister Olaf Scholz.")
A["dev_10812_rinne_lofven_stockholm_planned"] = dict(
    actors={
        "antti_rinne": ["Finnish Prime Minister Antti Rinne", "Antti Rinne", "Annti Rinne", "Rinne"],
        "stefan_lofven": ["Swedish Prime Minister Stefan Lofven", "Stefan Lofven", "Lofven"],
        "boris_johnson": ["Boris Johnson"],
        "antonio_costa": ["Portuguese Prime Minister Antonio Costa", "Antonio Costa"],
        "olaf_scholz": ["Olaf Scholz"],
        "european_council": ["European Council"],
        "progressive_alliance": ["Progressive Alliance"],
    },
    meetings=[
        # "Finnish Prime Minister Antti Rinne will travel to Sweden later on Friday for meeting with
        # his counterpart, Stefan Lofven" ("Prime Minister Annti Rinne will meet with Swedish Prime
        # Minister Stefan Lofven during his working visit to Stockholm on Friday, November 15",
        # "the talks": the same) -> planned, 2019-11-15, Stockholm.
        M(["antti_rinne", "stefan_lofven"], "2019-11-15", "Stockholm", IP, P,
          "HELSINKI (UrduPoint News / Sputnik - 15th November, 2019) Finnish Prime Minister Antti Rinne will travel to Sweden later on Friday for meeting with his counterpart, Stefan Lofven, the press service of the Finnish cabinet said, adding that preparations for the European Council December summit, Baltic Sea protection and relations with Russia would be on the agenda of the talks."),
        # "Rinne and Lofven met for the previous time in Helsinki on October 5." -> held,
        # 2019-10-05, Helsinki.
        M(["antti_rinne", "stefan_lofven"], "2019-10-05", "Helsinki", IP, H,
          "Rinne and Lofven met for the previous time in Helsinki on October 5."),
        # "During that meeting, the two prime ministers also had a telephone conversation with
        # their UK counterpart, Boris Johnson." -> a call of three named people: Rinne-Johnson and
        # Lofven-Johnson, phone, held, 2019-10-05 (during the meeting above), place null (a call).
        # The Rinne-Lofven pair of the call is the in-person row above (the two were together).
        M(["antti_rinne", "boris_johnson"], "2019-10-05", None, PH, H, _RJ),
        M(["stefan_lofven", "boris_johnson"], "2019-10-05", None, PH, H, _RJ),
        # "In Stockholm, Rinne also plans to meet with Portuguese Prime Minister Antonio Costa and
        # Germany's Vice Chancellor and Finance Minister Olaf Scholz." -> two planned meetings
        # (Rinne with each; read as the people he is to meet, not a joint session, as batch 54a's
        # Brandt "to meet ... with ... and with ..."; no Costa-Scholz pair), date null (not given:
        # during the visit of Friday and Saturday; a reader could write 2019-11-15), Stockholm.
        M(["antti_rinne", "antonio_costa"], None, "Stockholm", IP, P, _RC),
        M(["antti_rinne", "olaf_scholz"], None, "Stockholm", IP, P, _RC),
        # Not rows: "the European Council December summit", "the December EU summit" (summits);
        # "the Convention of the Progressive Alliance international association, organized by
        # Lofven, which Stockholm will host on Friday and Saturday" (a convention: a multilateral
        # event); "the press service of the Finnish cabinet said", "the government said in a
        # statement on Thursday" (statements; the press service is not named as a body, as batch
        # 54a's). "(UrduPoint News / Sputnik - 15th November, 2019)" is the dateline's agency
        # credit (not annotated). Kept as found: "Annti Rinne", the statement's opening quotation
        # mark before "Prime Minister" and its close after "China,". Removed: the search tool's
        # " date 2019-11-15" prefix and the site line "UrduPoint.com" at the start. Nothing cut off
        # at the end.
    ],
    roles=[("Finnish Prime Minister", "antti_rinne"), ("his counterpart", "stefan_lofven"),
           ("Swedish Prime Minister", "stefan_lofven"), ("Swedish Counterpart", "stefan_lofven"),
           ("their UK counterpart", "boris_johnson"), ("Portuguese Prime Minister", "antonio_costa"),
           ("Germany's Vice Chancellor and Finance Minister", "olaf_scholz")],
)
