"""Accuracy corpus, batch 35a: 12 new articles about meetings between political actors, weighted to
older text (1960s: three, 1970s: two, 1980s: three, 1990s: two, 2000s: two; none after 2010), over
eleven regions (Southeast Asia: two; Africa, North America, Oceania, Latin America, Eastern
Europe/Russia, South Asia, Central Asia/Caucasus, Middle East, East Asia, Western Europe: one each).
Outlets/sites: a text mirror of Time (1963), Hansard (House of Commons, 1964), The Press
(Christchurch) via Papers Past, PM Transcripts (an Australian Prime Minister's media release), the
Los Angeles Times (twice, once via a mirror), the Chicago Tribune, The Hindu ("From the Archives"
reprint of a 1974 page), Fergana News, Arab News, the John Major Archive and the Official Gazette of
the Philippines; some of these sites were used before, the pages are new. Collected with the
`search` tool (corpus `pages`) and annotated from the texts alone, BEFORE the package was run on
them (the package has not been run on this batch). Conventions: ANNOTATION.md and
/work/shared/ANNOTATION-GUIDE.md. Notes: batch_35a_NOTES.md.

Split rule (fixed before annotating, as given in the brief for this batch, the same as batches
5a-34b): the articles are numbered 1..12 in the order they were first found in this session's
search results (the query in which each first appeared, then its rank in that query), after
skipping pages already in the corpus; positions 3, 7 and 11 are test, all others dev. Ids:
`dev_68NN_<slug>` / `test_68NN_<slug>`, NN = collection position (01..12).

M(participants, date, place, kind, status, evidence, required=True)
Evidence is the verbatim sentence (line breaks inside it replaced by single spaces).
Aliases are written as they stand in the text (typos included).
"""


from annotations import H, IP, M, P, PH, VID  # noqa: F401 (the same row helpers)

# (article_id, region, decade, outlet, url, published)
ARTICLES = [
    # The page's header line "Friday, Jun. 07, 1963" (the magazine's issue date, a Friday). "last
    # week" (the Tokyo meeting) -> null; "this week" (a foreign ministers' conference, unnamed) and
    # "Aug. 31" (the federation's start, no meeting).
    ("dev_6801_sukarno_tunku_tokyo", "Southeast Asia", "1960s", "Time (magazine archive, text mirror)", "http://610211.6jhxt.group/txt/time/Time1963/1963-06-07/874745.html", "1963-06-07"),
    # The URL's date 1964/mar/12 (a Thursday; a statement printed in the House of Commons debates
    # of 12 March 1964). "on Friday, March 6th and Saturday, March 7th" (no year) -> the year of
    # publication: 1964-03-06 (a Friday) and 1964-03-07 (a Saturday), consistent with the weekdays.
    ("dev_6802_nyerere_sandys_talks", "Africa", "1960s", "Hansard (House of Commons debates, api.parliament.uk historic Hansard)", "https://api.parliament.uk/historic-hansard/commons/1964/mar/12/tanganyika", "1964-03-12"),
    # Papers Past id CHP19641209 (The Press, 9 December 1964, a Wednesday); the dateline
    # "WASHINGTON, December 8." (a Tuesday): "today" = 1964-12-08 and "yesterday" = 1964-12-07,
    # resolved against the dateline (as dev_6705), not against the paper's date.
    ("test_6803_wilson_johnson_white_house", "North America", "1960s", "The Press (Christchurch), N.Z.P.A.-Reuter, via Papers Past", "https://paperspast.natlib.govt.nz/newspapers/CHP19641209.2.164", "1964-12-09"),
    # The page's "Release Date: 05/08/1983" and "FOR MEDIA 5 August 1983" (a Friday). The visit "on
    # 16-20 October, 1983" is a range and the meeting's day in it is not given -> null.
    ("dev_6804_hawke_chun_visit_planned", "Oceania", "1980s", "PM Transcripts (Australian Prime Minister's Office; media release)", "https://pmtranscripts.pmc.gov.au/release/transcript-6168", "1983-08-05"),
    # The URL's date 1986-11-18 (a Tuesday; the excerpt has no date line): "Monday" (the meeting,
    # the plan and the Argentine proposal) = 1986-11-17; "this morning" (inside Speakes's quote,
    # the proposal) = the same Monday; "last month" (Reykjavik) -> null.
    ("dev_6805_alfonsin_reagan_falklands", "Latin America", "1980s", "Los Angeles Times (United Press International)", "https://www.latimes.com/archives/la-xpm-1986-11-18-mn-8213-story.html", "1986-11-18"),
    # The page's date line "August 31, 1993" (a Tuesday) and the URL: "announced Monday" =
    # 1993-08-30; "today's conversation" (in the radio address that made the Monday announcement)
    # = 1993-08-30 (see the notes); "perhaps by Tuesday" (a withdrawal) and "last week" (a dispute).
    ("dev_6806_brazauskas_yeltsin_phone", "Eastern Europe/Russia", "1990s", "Chicago Tribune (New York Times News Service)", "http://articles.chicagotribune.com/1993-08-31/news/9308310156_1_russia-and-lithuania-lithuanian-president-algirdas-brazauskas-russian-foreign-ministry", "1993-08-31"),
    # The Hindu's "From the Archives" reprint (URL: "from-the-hindu-archives-february-23-1974",
    # reprinted on 2024-02-23): the page of 23 February 1974 (a Saturday), dated as test_6407;
    # decade 1970s. The dateline "New Delhi, Feb. 22": "to-day" = 1974-02-22, "to-morrow" =
    # 1974-02-23 (no meeting on either: see the annotation).
    ("test_6807_pakistan_recognises_bangladesh", "South Asia", "1970s", "The Hindu (thehindu.com; \"From the Archives\" reprint of the 23 February 1974 paper)", "https://www.thehindu.com/archives/from-the-hindu-archives-february-23-1974-pak-recognises-bangla-mujib-for-summit/article67874326.ece/amp/", "1974-02-23"),
    # The page's date line "04.09.2006 16:04 msk" (a Monday; the site's header date "19 july 2019"
    # is the page's current-date widget, removed): "today" (the meeting) = 2006-09-04; "in a month"
    # (an exercise) -> no meeting.
    ("dev_6808_karimov_nazarbayev_state_visit", "Central Asia/Caucasus", "2000s", "Fergana News (enews.fergananews.com)", "http://enews.fergananews.com/articles/1583", "2006-09-04"),
    # The dateline "SANAA, 25 May 2003" (a Sunday; the URL has no date): "will today visit Abu
    # Dhabi" = 2003-05-25 (the visit's first day; the talks' day is not given, see the notes); "on
    # Wednesday" (the pardon, no meeting) = 2003-05-21; "last year" -> null; "yesterday" (a
    # protest) = 2003-05-24.
    ("dev_6809_saleh_abu_dhabi_exiles", "Middle East", "2000s", "Arab News (arabnews.com)", "https://www.arabnews.com/node/232120", "2003-05-25"),
    # The URL's date 1988-08-26 (a Friday; the excerpt has no date line): "Thursday" (the talks and
    # the banquet) = 1988-08-25.
    ("dev_6810_takeshita_li_peng_talks", "East Asia", "1980s", "Los Angeles Times (Times Staff Writer), via a mirror (video.nohib.com)", "http://video.nohib.com./archives/la-xpm-1988-08-26-mn-1138-story.html", "1988-08-26"),
    # The URL's date 1991/12/04 and the title "– 4 December 1991" (a Wednesday; the meeting's own
    # date: "on Wednesday 4th December 1991"). "next week" (the Maastricht European Council) -> no
    # row.
    ("test_6811_major_haughey_dublin", "Western Europe", "1990s", "The John Major Archive (johnmajorarchive.org.uk; summary of the meeting)", "https://johnmajorarchive.org.uk/1991/12/04/mr-majors-meeting-with-charles-haughey-4-december-1991/", "1991-12-04"),
    # The URL's date 1977/04/11 (a Monday; the Official Gazette's issue of the month's review):
    # the day heading "February 1" under the title "February 1 – February 28, 1977" -> 1977-02-01.
    ("dev_6812_marcos_month_in_review", "Southeast Asia", "1970s", "Official Gazette of the Republic of the Philippines (officialgazette.gov.ph; Official Month in Review)", "https://www.officialgazette.gov.ph/1977/04/11/official-month-in-review-february-1-february-28-1977/", "1977-04-11"),
]

A = {}

A["dev_6801_sukarno_tunku_tokyo"] = dict(
    actors={
        "sukarno": ["President Sukarno", "Sukarno"],
        "tunku_abdul_rahman": ["Tunku (Prince) Abdul Rahman", "Abdul Rahman", "Tunku"],
        "diosdado_macapagal": ["Diosdado Macapagal"],
    },
    meetings=[
        # "at a surprise meeting in Tokyo last week, Sukarno and Abdul Rahman embraced each other"
        # ("flew off to Tokyo for two lengthy closed-door sessions with his old adversary": the
        # same meeting, same pair and place) -> held, date null ("last week"), Tokyo.
        M(["sukarno", "tunku_abdul_rahman"], None, "Tokyo", IP, H,
          "But at a surprise meeting in Tokyo last week, Sukarno and Abdul Rahman embraced each other as if they had been exchanging posies instead of brickbats."),
        # Not rows: "the two leaders scheduled a foreign ministers' conference this week among
        # their two nations and the Philippines" (unnamed ministers, a three-nation conference);
        # Abdul Rahman "expressing interest in any eventual 'summit conference' that might result
        # with Sukarno and Philippines President Diosdado Macapagal" (a hypothetical summit, not
        # arranged); "The informal conference was suggested by Sukarno" (the same meeting); "he
        # said" (a statement). Removed: the end line "This file is automatically generated by a
        # robot program, so reader's discretion is required." (the mirror's note). The header
        # date line is kept.
    ],
    roles=[("Indonesia's President", "sukarno"), ("Malaya's Prime Minister", "tunku_abdul_rahman"),
           ("his old adversary", "sukarno"), ("Philippines President", "diosdado_macapagal")],
)

_NS = ("The President of Tanganyika, Mr. Julius Nyerere, and the British Secretary of State for Commonwealth Relations, Mr. Duncan Sandys, had talks on Friday, March 6th and Saturday, March 7th.")
A["dev_6802_nyerere_sandys_talks"] = dict(
    actors={
        "julius_nyerere": ["Mr. Julius Nyerere", "Julius Nyerere", "President Nyerere"],
        "duncan_sandys": ["Mr. Duncan Sandys", "Duncan Sandys", "Mr. Sandys"],
        "rashidi_kawawa": ["Vice President Kawawa", "Kawawa"],
        "oscar_kambona": ["Mr. Kambona", "Kambona"],
        "paul_bomani": ["Mr. Romani", "Romani"],
        "job_lusinde": ["Mr. Lusinde", "Lusinde"],
        "stephen_miles": ["Mr. Stephen Miles", "Stephen Miles"],
        "christopher_foxley_norris": ["Air Vice Marshal Foxley-Norris", "Foxley-Norris"],
        "walsh_atkins": ["Mr. Walsh Atkins", "Walsh Atkins"],
        "commonwealth_relations_office": ["Commonwealth Relations Office"],
        "british_government": ["British Government"],
        "parliament_of_the_united_kingdom": ["Parliament"],
        "royal_air_force": ["R.A.F."],
        "41_royal_marine_commando": ["41 Royal Marine Commando"],
    },
    meetings=[
        # "had talks on Friday, March 6th and Saturday, March 7th" -> two days of talks of the
        # same pair: one row per day (as dev_6402's two days), held, 1964-03-06 and 1964-03-07
        # (the year of the statement). The second day is required False so that a system that
        # reports one Nyerere-Sandys meeting for the sentence is not punished. Place null: the
        # statement names no city or country for the talks (that they were in Tanganyika is only
        # implied by the Acting British High Commissioner's presence; not inferred).
        M(["julius_nyerere", "duncan_sandys"], "1964-03-06", None, IP, H, _NS),
        M(["duncan_sandys", "julius_nyerere"], "1964-03-07", None, IP, H, _NS, False),
        # Not rows: "Others taking part included Vice President Kawawa, Mr. Kambona ..., Mr.
        # Romani ... and Mr. Lusinde" and "Mr. Sandys was accompanied by Mr. Stephen Miles, ...
        # Foxley-Norris ... and Mr. Walsh Atkins" (delegation members taking part in / accompanying
        # the talks: not participants, by the convention); Nyerere "asked Mr. Sandys to convey to
        # the British Government and Parliament the gratitude" (a message, inside the same talks);
        # the replacement battalion "from another African country" (unnamed); "Mr. Sandys said"
        # and "the President stated" (statements at the talks). The page number "638" inside the
        # text and the typo "air raining" are kept. Removed: the last, cut-off sentence ("He
        # would however seek the services of a small number of technicians, military or civilian,
        # who would be obtained from whatever"). The Hansard paragraph mark "§" is kept.
    ],
    roles=[("The President of Tanganyika", "julius_nyerere"),
           ("the British Secretary of State for Commonwealth Relations", "duncan_sandys"),
           ("Minister for External Affairs and Defence", "oscar_kambona"), ("Minister of Finance", "paul_bomani"),
           ("Minister for Home Affairs", "job_lusinde"), ("Acting British High Commissioner", "stephen_miles"),
           ("Assistant Chief of Defence Staff", "christopher_foxley_norris"), ("the President", "julius_nyerere")],
)

A["test_6803_wilson_johnson_white_house"] = dict(
    actors={
        "harold_wilson": ["Mr Wilson", "Wilson"],
        "lyndon_johnson": ["President Johnson", "Mr Johnson"],
        "white_house": ["White House"],
        "nato": ["N.A.T.O."],
    },
    meetings=[
        # "the goodwill and friendship displayed at their two meetings yesterday" -> two sessions
        # of the same pair on the same day and place: one row, held, 1964-12-07 (the dateline's
        # yesterday), Washington (the dateline; "his White House talks").
        M(["harold_wilson", "lyndon_johnson"], "1964-12-07", "Washington", IP, H,
          "He is said to feel that the goodwill and friendship displayed at their two meetings yesterday augur well for the future."),
        # "Mr Wilson, who resumes his White House talks with President Johnson today" ("they are
        # due for study again today") -> the second day, written before it: planned (the
        # article's perspective, as dev_6402's "meet ... this morning"), 1964-12-08 (the
        # dateline's today), Washington.
        M(["harold_wilson", "lyndon_johnson"], "1964-12-08", "Washington", IP, P,
          "The British Prime Minister, Mr Wilson, who resumes his White House talks with President Johnson today, is reported “delighted” with the way they are going."),
        # Not rows: "the counter proposal Mr Wilson gave to the President" and "Mr Wilson planned
        # to outline to President Johnson a proposal" (the content of the same talks); the rescue
        # package "put together by 11 nations" (no meeting); British and American officials
        # "tight-lipped" (unnamed). "(N.Z.P.A.-Reuter— Copyright)" is the agency credit (not
        # annotated). The OCR forms "3000 m-dollar." and "looom" and the missing full stop after
        # "at present" are kept. Removed: Papers Past's "Article image" lines at the start and the
        # last, cut-off sentence ("It would also have national elements such as the British
        # V-bomber force, Britain’s projected Polaris sub").
    ],
    roles=[("The British Prime Minister", "harold_wilson"), ("the President", "lyndon_johnson")],
)

A["dev_6804_hawke_chun_visit_planned"] = dict(
    actors={
        "bob_hawke": ["Hawke, Robert"],
        "chun_doo_hwan": ["Mr Chun Doo'Hwan", "President Chun", "Chun Doo'Hwan"],
        "lee_soon_ja": ["Mrs Chun"],
        "park_chung_hee": ["President Park Chung Hee", "Park Chung Hee"],
        "bill_hayden": ["Mr Hayden", "Hayden"],
    },
    meetings=[
        # "I look forward to meeting President Chun in Canberra, and discussing with him ..." -
        # the release is Hawke's ("Hawke, Robert" in the page header; "I") -> Hawke-Chun, planned,
        # date null (the visit is "16-20 October, 1983"; the meeting's day is not given),
        # Canberra.
        M(["bob_hawke", "chun_doo_hwan"], None, "Canberra", IP, P,
          "I look forward to meeting President Chun in Canberra, and discussing with him a wide range of international regional and bilateral issues."),
        # "Mr Hayden's recent visit to the Republic of Korea" -> no host named -> one-party row,
        # held, date null ("recent"), South Korea, required False (a background visit with no
        # counterpart, as dev_6705's Sadat in Moscow).
        M(["bill_hayden"], None, "South Korea", IP, H,
          "President Chun's visit, which follows Mr Hayden's recent visit to the Republic of Korea, reflects the importance both Australia and the Republic of Korea attach to their relationship.",
          False),
        # "the first Korean Head of State to visit Australia since President Park Chung Hee in
        # 1968" -> a background visit, no host named -> one-party row, held, date null (year
        # only), Australia, required False.
        M(["park_chung_hee"], None, "Australia", IP, H,
          "President Chun will be the first Korean Head of State to visit Australia since President Park Chung Hee in 1968.",
          False),
        # Not rows: Chun's visit "at the invitation of the Governor-General" (an invitation; no
        # meeting with the unnamed Governor-General is stated; the Hawke row is the visit's
        # meeting); "President Chun will be accompanied by his wife, Mrs Chun" (accompanying);
        # "Senior Republic of Korea government Ministers ... will hold discussions with their
        # Australian counterparts" (unnamed on both sides); "The meetings and discussions will
        # contribute ..." (the same planned talks). The release's "I" is Hawke, named only in the
        # page header (as dev_2008). Removed: the site header before "Hawke, Robert" ("PM
        # Transcripts", "Transcripts from the Prime Ministers of Australia", "Transcript 6168",
        # "Photo of Hawke, Robert") and the end line "Transcript 6168"; inside the text, the
        # widget line "More information about Hawke, Robert on The National Archive website."
        # (between "Period of Service" and "Release Date"). The hard line breaks are kept.
    ],
    roles=[("The President of the Republic of Korea", "chun_doo_hwan"), ("his wife", "lee_soon_ja"),
           ("the President", "chun_doo_hwan")],
)

A["dev_6805_alfonsin_reagan_falklands"] = dict(
    actors={
        "raul_alfonsin": ["Raul Alfonsin", "Alfonsin"],
        "ronald_reagan": ["President Reagan", "Reagan"],
        "larry_speakes": ["Larry Speakes", "Speakes"],
        "mikhail_gorbachev": ["Mikhail S. Gorbachev"],
        "white_house": ["White House"],
        "argentine_foreign_ministry": ["Foreign Ministry"],
    },
    meetings=[
        # "Reagan's one-hour meeting with Alfonsin" ("Alfonsin Sees Reagan"; the plan outlined
        # "Monday"; "The communique was apparently timed for Alfonsin's meeting with Reagan",
        # issued the same Monday) -> held, 1986-11-17; place United States ("Reagan briefed his
        # visitor"; the text names no city, as dev_033's lunch).
        M(["ronald_reagan", "raul_alfonsin"], "1986-11-17", "United States", IP, H,
          "In a brief statement issued after Reagan’s one-hour meeting with Alfonsin, press spokesman Larry Speakes said the two leaders discussed the issue of the Falklands, the South Atlantic island group Argentina calls the Malvinas and which it still claims despite a 1982 war it lost to the British."),
        # "his talks with Soviet leader Mikhail S. Gorbachev at the Reykjavik summit conference
        # last month" -> held, date null ("last month"), Reykjavik (a background meeting; other
        # articles of the corpus report it too, which the guide allows: one row per article).
        M(["ronald_reagan", "mikhail_gorbachev"], None, "Reykjavik", IP, H,
          "He added that Alfonsin spoke about his recent trips to Moscow and Havana and that Reagan briefed his visitor on his talks with Soviet leader Mikhail S. Gorbachev at the Reykjavik summit conference last month."),
        # Not rows: Alfonsin's "recent trips to Moscow and Havana" (trips with no host named, as
        # batch 5c); the Argentine proposal of a cessation of hostilities "to Great Britain" (a
        # proposal to a government); the Foreign Ministry statement (a statement); "White House
        # officials said" (statements). "United Press International" (the agency line under the
        # headline) is not annotated (agency credit). Removed: the leading "Advertisement" line;
        # inside the text, the widget line "Share" (after the headline) and one "Advertisement"
        # line (after "... over the largely barren islands."); the last, cut-off sentence
        # ("Among those attending the talks were Vice President George Bush, national security
        # adviser John M. Poindexter, White House Chief of Staff Donald T. Regan, Deputy
        # Secretary of State John C. Whitehead and Elliott Abrams, assistant secretary of state
        # f").
    ],
    roles=[("Argentine President", "raul_alfonsin"), ("press spokesman", "larry_speakes"),
           ("The President", "ronald_reagan"), ("his visitor", "raul_alfonsin"),
           ("Soviet leader", "mikhail_gorbachev")],
)

A["dev_6806_brazauskas_yeltsin_phone"] = dict(
    actors={
        "algirdas_brazauskas": ["Algirdas Brazauskas", "Brazauskas"],
        "boris_yeltsin": ["Boris Yeltsin"],
        "russian_foreign_ministry": ["Russian Foreign Ministry"],
    },
    meetings=[
        # "he had agreed in a telephone conversation with Russian President Boris Yeltsin";
        # "During today's conversation with Boris Yeltsin" -> phone, held; "today" in the radio
        # address that made the announcement "Monday" -> 1993-08-30; place null.
        M(["algirdas_brazauskas", "boris_yeltsin"], "1993-08-30", None, PH, H,
          "Lithuanian President Algirdas Brazauskas said in a national radio address that he had agreed in a telephone conversation with Russian President Boris Yeltsin to keep to the original schedule for withdrawal and to postpone negotiations on any compensation."),
        # Not rows: "Russia suspended talks and the pullout last week, saying Lith-uanian
        # negotiators were demanding ..." (unnamed negotiators, suspended talks); "to postpone
        # negotiations on any compensation" (no meeting); the Russian-Lithuanian statement and the
        # radio address (statements). "By New York Times News Service." is the credit line (not
        # annotated). The hyphen in "Lith-uanian" is kept. Removed: nothing (the excerpt is
        # complete from the headline).
    ],
    roles=[("Lithuanian President", "algirdas_brazauskas"), ("Russian President", "boris_yeltsin")],
)

A["test_6807_pakistan_recognises_bangladesh"] = dict(
    actors={
        "zulfikar_ali_bhutto": ["Mr. Z. A. Bhutto", "Mr. Bhutto"],
        "sheikh_mujibur_rahman": ["Sheikh Mujibur Rahman", "Mujib"],
        "radio_pakistan": ["Radio Pakistan"],
    },
    meetings=[
        # Zero-row control. Not rows: "Pakistan and Bangladesh recognised each other to-day"
        # (states); Bhutto's "address to a joint meeting of Provincial Governors, Ministers and
        # legislators at Lahore" (a speech to unnamed officials); "Sheikh Mujibur Rahman would
        # reach Lahore to-morrow to join the Islamic summit which began to-day" (attendance at a
        # multilateral summit; no bilateral with Bhutto or anyone is stated); "the Bangladesh
        # delegation would receive a warm welcome" (no named host or meeting); "a number of
        # Muslim leaders were in Lahore ... they had been 'advising us for reconciliation'"
        # (unnamed leaders, unspecified contacts); the recognitions announced "in Teheran and
        # Ankara" (announcements). Removed: the tool's date prefix and "ADVERTISEMENT" at the
        # start. The reprint's date line "February 23, 2024 02:36 am | Updated 02:36 am IST" is
        # kept.
    ],
    roles=[("The Pakistan Prime Minister", "zulfikar_ali_bhutto")],
)

A["dev_6808_karimov_nazarbayev_state_visit"] = dict(
    actors={
        "islam_karimov": ["Islam Karimov", "Karimov"],
        "nursultan_nazarbayev": ["Nursultan Nazarbayev", "Nazarbayev"],
        "international_coordinating_council": ["International Coordinating Council"],
    },
    meetings=[
        # "The meeting between Islam Karimov and Nursultan Nazarbayev today" (the first official
        # state visit of the Uzbek president "to the Republic of Kazakhstan"; the negotiations and
        # the joint press conference are the same meeting) -> held, 2006-09-04, Kazakhstan (no
        # city in the text).
        M(["islam_karimov", "nursultan_nazarbayev"], "2006-09-04", "Kazakhstan", IP, H,
          "The meeting between Islam Karimov and Nursultan Nazarbayev today was full of mutual praise and confident statements."),
        # Not rows: "his every new meeting with Nazarbayev was 'vital'" (meetings in general); "A
        # joint command post exercise is scheduled" (an exercise); the two governments' accords
        # (documents); "Uzbek media outlets report" (a report). Removed: the site's header lines
        # before the headline ("19 july 2019", "Central Asia news"); inside the text, the tag
        # line "Politics Russia" (after "Staff correspondent"); the last, cut-off sentence ("He
        # said that he had already discussed it").
    ],
    roles=[("the president of Uzbekistan", "islam_karimov"), ("The visitor", "islam_karimov"),
           ("the host", "nursultan_nazarbayev"), ("The leader of Kazakhstan", "nursultan_nazarbayev")],
)

A["dev_6809_saleh_abu_dhabi_exiles"] = dict(
    actors={
        "ali_abdullah_saleh": ["Ali Abdullah Saleh", "Saleh"],
        "zayed_bin_sultan_al_nahyan": ["President Sheikh Zayed ibs Sultan Al-Nahayan", "Sheikh Zayed ibs Sultan Al-Nahayan"],
        "yemen_socialist_party": ["Yemen Socialist Party", "YSP", "Socialist Party"],
        "al_sahwa_net": ["Al-Sahwa.net", "Al-Sawha.net"],
        "salem_saleh_mohammed": ["Salem Saleh Mohammed"],
        "ali_salem_al_beidh": ["Ali Salem Al-Baid", "Baid"],
        "haidar_abu_bakr_al_attas": ["Haidar Abu Bakr Al-Attas"],
        "haitham_qassem_tahar": ["Haitham Qassem Tahar"],
        "saleh_munassar_al_siyali": ["Saleh Munassar Al-Siyali"],
        "saleh_obeid_ahmed": ["Saleh Obeid Ahmed"],
        "al_qaeda": ["Al-Qaeda"],
    },
    meetings=[
        # "Saleh has been invited to the UAE by President Sheikh Zayed ... for talks" and "will
        # today visit Abu Dhabi" -> an accepted invitation for talks, the visit starting today:
        # planned, Abu Dhabi; date null (the visit begins 2003-05-25, but the day of the talks
        # with Zayed is not given).
        M(["ali_abdullah_saleh", "zayed_bin_sultan_al_nahyan"], None, "Abu Dhabi", IP, P,
          "Saleh has been invited to the UAE by President Sheikh Zayed ibs Sultan Al-Nahayan for talks to boost bilateral relations and to review developments in Iraq and Palestine, official said."),
        # "Saleh might bring some of the men back to Sanaa aboard his flight, as he did last year
        # with former Socialist Party No.2 Salem Saleh Mohammed, who also stayed in Abu Dhabi" ->
        # a past encounter (Saleh flew him home), held, date null ("last year"), place null (where
        # he boarded is not said), required False (implied, not a meeting stated as such).
        M(["ali_abdullah_saleh", "salem_saleh_mohammed"], None, None, IP, H,
          "Official sources told Al-Sawha.net that Saleh might bring some of the men back to Sanaa aboard his flight, as he did last year with former Socialist Party No.2 Salem Saleh Mohammed, who also stayed in Abu Dhabi.",
          False),
        # Not rows: "he may meet exiled socialist opposition leaders" / "Saleh could see several
        # 'secessionist' figures" / "could inform them of the amnesty personally" / opposition
        # leaders "could travel to Abu Dhabi for the talks" (hypothetical meetings with unnamed
        # exiles); the exiled leaders listed by name (sentenced in absentia: no meeting); the
        # women's protest "yesterday" (a protest). Removed: the last, cut-off sentence ("Sheikh
        # Muhammad Ali Hassan Al-Moayyad, 54, a prominent member of the"). The typos "ibs",
        # "Al-Nahayan", "Al-Sawha.net" and the double full stop "exile.." are kept.
    ],
    roles=[("Yemeni President", "ali_abdullah_saleh"), ("former Socialist Party No.2", "salem_saleh_mohammed"),
           ("former prime minister", "haidar_abu_bakr_al_attas"), ("former defense minister", "haitham_qassem_tahar"),
           ("Aden governor", "saleh_munassar_al_siyali"), ("former deputy prime minister", "saleh_obeid_ahmed")],
)

A["dev_6810_takeshita_li_peng_talks"] = dict(
    actors={
        "noboru_takeshita": ["Prime Minister Noboru Takeshita", "Noboru Takeshita", "Takeshita"],
        "li_peng": ["Premier Li Peng", "Li Peng", "Li"],
        "supreme_court_of_japan": ["Supreme Court"],
    },
    meetings=[
        # "met for nearly 3 1/2 hours Thursday afternoon" (and Li's "welcoming banquet in the Great
        # Hall of the People" that evening: the same pair, same day) -> one row, held, 1988-08-25,
        # Beijing (the Great Hall of the People, resolved to its city as in batch 14b).
        M(["noboru_takeshita", "li_peng"], "1988-08-25", "Beijing", IP, H,
          "The heads of government in East Asia’s two most powerful nations met for nearly 3 1/2 hours Thursday afternoon in a “very friendly and relaxed and warm atmosphere,” according to a Japanese official who spoke on the condition that he not be identified."),
        # Not rows: the unnamed "Japanese official" (a source); the Peace and Friendship Treaty
        # "10 years ago" (a treaty); the court battle over the Kyoto dormitory (a lawsuit).
        # "Times Staff Writer" is the byline (not annotated). Removed: the leading
        # "Advertisement" line; inside the text, two "Advertisement" lines (after "... China’s
        # modernization, the Japanese official said." and after "... claimed by both Taiwan and
        # China."); the last, cut-off sentence ("The two leaders also discussed the two
        # countries’").
    ],
    roles=[],
)

A["test_6811_major_haughey_dublin"] = dict(
    actors={
        "john_major": ["John Major", "Mr Major"],
        "charles_haughey": ["Charles Haughey"],
        "gerard_collins": ["Mr Gerard Collins TD", "Gerard Collins"],
        "bertie_ahern": ["Mr Bertie Ahern TD", "Bertie Ahern"],
        "peter_brooke": ["Rt. Hon Peter Brooke MP", "Peter Brooke"],
        "tristan_garel_jones": ["Mr Tristan Garel-Jones MP", "Tristan Garel-Jones"],
        "european_economic_community": ["European Community", "Community"],
        "european_council": ["European Council"],
        "foreign_and_commonwealth_office": ["Foreign and Commonwealth Office"],
        "european_parliament": ["European Parliament"],
    },
    meetings=[
        # "The Taoiseach and Prime Minister met in Government Buildings in Dublin on Wednesday 4th
        # December 1991" -> held, 1991-12-04, Dublin.
        M(["john_major", "charles_haughey"], "1991-12-04", "Dublin", IP, H,
          "The Taoiseach and Prime Minister met in Government Buildings in Dublin on Wednesday 4th December 1991."),
        # Not rows: the ministers who "accompanied" Haughey (Collins, Ahern) and Major (Brooke,
        # Garel-Jones) (accompanying: not participants, by the convention); "the forthcoming
        # European Council at Maastricht" / "the European Council in Maastricht next week" (a
        # multilateral meeting). Removed: the site's header lines before the title ("The Rt. Hon.
        # Sir John Major KG CH", "Prime Minister of Great Britain and Northern Ireland 1990-1997",
        # "1991Prime Minister (1990-1997)"); the last, cut-off sentence ("They confirmed the
        # unique character of the relations between the two islands, and affirmed the intention
        # of both Governments to continue developing closer mutual understanding and c"). The
        # typo "Taosieach" is kept.
    ],
    roles=[("the Irish Taoiseach", "charles_haughey"), ("The Taoiseach", "charles_haughey"),
           ("The Taosieach", "charles_haughey"), ("the Prime Minister", "john_major"),
           ("the Minister for Foreign Affairs", "gerard_collins"), ("the Minister for Finance", "bertie_ahern"),
           ("Secretary of State for Northern Ireland", "peter_brooke")],
)

A["dev_6812_marcos_month_in_review"] = dict(
    actors={
        "senu_abdul_rahman": ["Datu Senu Abdul Rahman", "Datu Rahman"],
        "hussein_onn": ["Prime Minister Hussein Onn", "Hussein Onn"],
        "umno": ["United Malaysia National Organization", "U.M.N.O"],
        "abdul_hamid_bin_pawanchee": ["Ambassador Abdul Hamid bin Pawanchee", "Abdul Hamid bin Pawanchee"],
        "marcos_foundation": ["Marcos Foundation"],
        "fletcher_school_of_law_and_diplomacy": ["Fletcher School of Law and Diplomacy"],
        "tufts_university": ["Tufts University"],
        "nihal_w_goonewardene": ["Nihal W. Goonewardene"],
        "lenox_hewitt": ["SIR Lenox Hewitt", "Lenox Hewitt"],
        "qantas": ["Qantas"],
        "amoco_salen_group": ["Amoco-Salen group"],
        "philippine_veterans_affairs_office": ["Philippine Veterans Affairs Office", "PVAO"],
        "philippine_department_of_national_defense": ["Department of National Defense"],
    },
    meetings=[
        # "THE PRESIDENT was congratulated by Datu Senu Abdul Rahman of Malaysia ... exchanged
        # views ... at Malacañang" -> the President is never named in the text (only the "Marcos
        # Foundation" carries the name) -> one-party row (as the unnamed UK Prime Minister of
        # GOV.UK readouts), held, 1977-02-01 (the day heading), Manila (Malacañang, resolved to
        # its city as in batch 10b). The ambassador who accompanied him is not a participant.
        M(["senu_abdul_rahman"], "1977-02-01", "Manila", IP, H,
          "THE PRESIDENT was congratulated by Datu Senu Abdul Rahman of Malaysia for the success of the peaceful settlement of the Mindanao conflict exchanged views on the threat of subversion and insurgency in both Malaysia and the Philippines."),
        # "SIR Lenox Hewitt, who headed the Qantas officials who called on the President" -> a
        # courtesy call, one-party row (the President unnamed), held, 1977-02-01 (the day
        # heading), place null (the paragraph gives no place; "Malacañang" belongs to the previous
        # paragraph, and "in Manila four years ago" is his earlier trip).
        M(["lenox_hewitt"], "1977-02-01", None, IP, H,
          "SIR Lenox Hewitt, who headed the Qantas officials who called on the President, took occasion to congratulate the President for the rapid progress of the country, and informed him of the heavy influx of Australian tourists to the Philippines this year."),
        # Not rows: "The proposal was submitted to the President by Nihal W. Goonewardene" (a
        # submission; no meeting stated); "THE PRESIDENT referred to the board of trustees ..."
        # and "THE PRESIDENT was informed that the Amoco-Salen group ..." (no meeting with a named
        # person); the February 2 entry (an order). Hussein Onn is named as UMNO's president
        # only. Removed: inside the text, the widget line "Tags: ," (after the title); the last,
        # cut-off sentence ("He also abolished three o"). The forms "(U.M.N.O )" and "He paid
        # that" are kept.
    ],
    roles=[("the secretary general of the United Malaysia National Organization", "senu_abdul_rahman")],
)
