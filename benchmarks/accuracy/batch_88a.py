"""Accuracy corpus, batch 88a: 12 new articles about meetings between political actors, all
published in ODD years (another helper takes batch 88b at the same time), over all eleven regions
(North America: two; Western Europe, Middle East, Central Asia/Caucasus, Latin America, Oceania,
Africa, East Asia, Eastern Europe/Russia, Southeast Asia, South Asia: one each) and seven decades
(1950s: three, 1960s: three, 1970s: one, 1980s: one, 2000s: one, 2010s: one, 2020s: two; eight of
the twelve from before 2000).
Outlets/sites: UK Hansard (1957, a Commons statement), Papers Past (The Press, Christchurch, NZPA
copy, 1957), UPI archives (1963), the Wilson Center Digital Archive (a 1965 PRC Foreign Ministry
record, mirror), the French foreign ministry (2021 release), TIME (1953, softbeam.net mirror), PM
Transcripts (an Australian prime minister's speech, 1967), the Los Angeles Times (1989), the Korea
Times (2005), a State Department cable (1973, WikiLeaks PlusD mirror), an AFP story on the
Khmerization blog (2011) and The Hindu (2023). All texts are in English.
Kinds: seven news items (wire/newspaper/magazine), one parliamentary transcript, one speech
transcript, one official release, one diplomatic cable, one archival conversation record.
The pages are new (grep of URL and slug/numeric id in `sources.csv`, `corpus/metadata.csv` and
the other batch files except 88b found nothing).
Collected with the `search` tool (corpus `pages`) and annotated from the texts alone, BEFORE the
package was run on them (the package has not been run, imported or read for this batch).
Conventions: ANNOTATION.md and /work/shared/ANNOTATION-GUIDE.md. Notes: batch_88a_NOTES.md.

Split rule (fixed before annotating, as given in the brief for this batch, the same as batches
5a-87b): the articles are numbered 1..12 in the order they were first found (query order, then
rank within a query); positions 3, 7 and 11 are test, all others dev. Ids: `dev_174NN_<slug>` /
`test_174NN_<slug>`, NN = position.

M(participants, date, place, kind, status, evidence, required=True)
Evidence is the verbatim sentence (line breaks inside it replaced by single spaces).
Aliases are written as they stand in the text (typos, OCR errors and odd characters included).
"""


from annotations import H, IP, M, P, PH, VID  # noqa: F401 (the same row helpers)

# (article_id, region, decade, outlet, url, published)
ARTICLES = [
    # "HC Deb 11 February 1957" at the head of the text (a Monday).
    ("dev_17401_macmillan_eisenhower_bermuda", "Western Europe", "1950s", "UK Parliament, Hansard (api.parliament.uk historic-hansard)", "https://api.parliament.uk/historic-hansard/commons/1957/feb/11/the-prime-minister-talks-with-president", "1957-02-11"),
    # Issue date from the Papers Past address (CHP19571023 = The Press, 23 October 1957, a
    # Wednesday); the cabled story is datelined "WASHINGTON, October 21" (a Monday).
    ("dev_17402_eisenhower_macmillan_washington", "North America", "1950s", "The Press, Christchurch (Papers Past, paperspast.natlib.govt.nz; N.Z. Press Association)", "https://paperspast.natlib.govt.nz/newspapers/CHP19571023.2.110", "1957-10-23"),
    # "WASHINGTON, Nov. 25, 1963 (UPI)" in the dateline (a Monday); also in the address.
    ("test_17403_johnson_de_gaulle_reception", "North America", "1960s", "UPI archives (upi.com)", "https://www.upi.com/Archives/1963/11/25/Johnson-meets-diplomats-from-69-delegations/4535104480285/", "1963-11-25"),
    # "July 14, 1965" at the head and "Printing and distribution 14 July 1965" (a Wednesday).
    ("dev_17404_zhou_nasser_alexandria", "Middle East", "1960s", "Wilson Center Digital Archive (mirror wilson-center-digital-archive.dvincitest.com; PRC Foreign Ministry record)", "https://wilson-center-digital-archive.dvincitest.com/document/summary-premier-zhous-conversation-president-nasser", "1965-07-14"),
    # "(28 April 2021)" in the title of the release (a Wednesday).
    ("dev_17405_le_drian_tleuberdi_call", "Central Asia/Caucasus", "2020s", "French Ministry for Europe and Foreign Affairs (diplomatie.gouv.fr)", "https://www.diplomatie.gouv.fr/en/country-files/kazakhstan/news/article/kazakhstan-telephone-conversation-between-jean-yves-le-drian-and-the-deputy", "2021-04-28"),
    # "Monday, Mar. 02, 1953" at the head of the text (issue date); also in the address.
    ("dev_17406_peron_ibanez_santiago", "Latin America", "1950s", "TIME (mirror softbeam.net)", "http://softbeam.net/txt/time/Time1953/1953-03-02/822661.html", "1953-03-02"),
    # "Release Date: 03/02/1967" (3 February 1967, a Friday) and "3RD FEBRUARY 1967" in the title.
    ("test_17407_holyoake_holt_luncheon", "Oceania", "1960s", "PM Transcripts (pmtranscripts.pmc.gov.au; speech by Harold Holt)", "http://pmtranscripts.pmc.gov.au/release/transcript-1484", "1967-02-03"),
    # Date from the address (la-xpm-1989-12-14, a Thursday): "Wednesday" -> 1989-12-13.
    ("dev_17408_de_klerk_mandela_cape_town", "Africa", "1980s", "Los Angeles Times (latimes.com archives)", "https://www.latimes.com/archives/la-xpm-1989-12-14-mn-334-story.html", "1989-12-14"),
    # Date from the address (/article/20051116/, a Wednesday): "Wednesday" -> 2005-11-16.
    ("dev_17409_roh_hu_seoul", "East Asia", "2000s", "The Korea Times (m.koreatimes.com)", "http://m.koreatimes.com/article/20051116/281231", "2005-11-16"),
    # Cable date-time group "062346Z DEC 73" -> 1973-12-06 (a Thursday); the subject line gives
    # the day reported: "DECEMBER 5 - SECOND DAY" (a Wednesday).
    ("dev_17410_ceausescu_nixon_washington", "Eastern Europe/Russia", "1970s", "US Department of State cable (WikiLeaks PlusD, mirror theworldtomorrow.wikileaks.org)", "https://theworldtomorrow.wikileaks.org/plusd/cables/1973STATE239564.html", "1973-12-06"),
    # "Saturday, 17 September 2011" (the blog's post date) and "Saturday" in the AFP story.
    ("test_17411_hun_sen_thaksin_phnom_penh", "Southeast Asia", "2010s", "Khmerization blog (khmerization.blogspot.com; AFP copy)", "http://khmerization.blogspot.com/2011/09/thai-ex-pm-meets-cambodian-leader.html", "2011-09-17"),
    # "February 13, 2023 10:33 pm" in the text (a Monday); the tool's "date 2023-02-13" prefix
    # agrees (removed from the text).
    ("dev_17412_kwatra_prachanda_kathmandu", "South Asia", "2020s", "The Hindu (thehindu.com)", "https://www.thehindu.com/news/national/foreign-secretary-kwatra-meets-nepal-pm-prachanda-in-kathmandu/article66505807.ece", "2023-02-13"),
]

A = {}

A["dev_17401_macmillan_eisenhower_bermuda"] = dict(
    actors={
        "harold_macmillan": ["Mr. Harold Macmillan", "Harold Macmillan"],
        "dwight_eisenhower": ["President Eisenhower"],
        "louis_st_laurent": ["Mr. St. Laurent", "St. Laurent"],
        "hugh_gaitskell": ["Mr. Gaitskell", "Gaitskell"],
        "commonwealth": ["Commonwealth"],
    },
    meetings=[
        # Announced meeting "from 21st March to the 24th" -> planned, date null (range),
        # place Bermuda (the text names no city). The speaker "I" is Macmillan (the Prime
        # Minister making the statement).
        M(["harold_macmillan", "dwight_eisenhower"], None, "Bermuda", IP, P,
          "The House will wish to know that, as is being announced simultaneously in the United States, President Eisenhower and I are to meet from 21st March to the 24th."),
        # "talks on the 25th and 26th March" -> planned, date null (two days), Bermuda.
        M(["harold_macmillan", "louis_st_laurent"], None, "Bermuda", IP, P,
          "Mr. St. Laurent will, therefore, join me in Bermuda for talks on the 25th and 26th March."),
        # Not rows: the Foreign Secretary and "his Secretary of State" (unnamed, accompanying);
        # a Commonwealth conference / "a meeting afterwards" (multilateral, not arranged);
        # Gaitskell's questions (Commons exchange, not a meeting). Removed: at the end, the
        # site link "Forward to".
    ],
    roles=[("The Prime Minister", "harold_macmillan"), ("the President", "dwight_eisenhower"),
           ("The Prime Minister of Canada", "louis_st_laurent")],
)

A["dev_17402_eisenhower_macmillan_washington"] = dict(
    actors={
        "dwight_eisenhower": ["President Eisenhower", "Mr Eisenhower", "Eisenhower"],
        "harold_macmillan": ["Mr Macmillan", "Macmillan"],
        "john_foster_dulles": ["Mr Dulles"],
        "selwyn_lloyd": ["Mr Selwyn Lloyd", "Mr Lloyd"],
        "us_state_department": ["State Department"],
        "reuters": ["Reuter"],
        "nz_press_association": ["N.Z. Press Association"],
    },
    meetings=[
        # Relative days resolved against the dateline "WASHINGTON, October 21" (Monday 1957-10-21),
        # the day the cabled story was written (the paper is of 23 October): "on Wednesday" ->
        # 1957-10-23; "tomorrow" -> 1957-10-22. All three are announced -> planned.
        M(["dwight_eisenhower", "harold_macmillan"], "1957-10-23", "Washington", IP, P,
          "Final preparations went ahead today for the. opening of the “Big Two” meeting to open in Washington on Wednesday between President Eisenhower and Mr Macmillan, the British Prime Minister."),
        M(["john_foster_dulles", "dwight_eisenhower"], "1957-10-22", "Washington", IP, P,
          "The State Department spokesman announced that Mr Dulles, the Secretary of State, would call on Mr Eisenhower tomorrow morning and later in the day would confer with Mr Selwyn Lloyd, the British Foreign Secretary, at the State Department."),
        M(["john_foster_dulles", "selwyn_lloyd"], "1957-10-22", "Washington", IP, P,
          "The State Department spokesman announced that Mr Dulles, the Secretary of State, would call on Mr Eisenhower tomorrow morning and later in the day would confer with Mr Selwyn Lloyd, the British Foreign Secretary, at the State Department."),
        # Not rows: "Mr Lloyd's third meeting with Mr Dulles within a week" / "The two previous
        # sessions" (a count of meetings, no specific one); "the two Foreign Ministers would
        # complete drawing up the informal agenda" (the same planned Dulles-Lloyd meeting).
        # Removed: at the start, the Papers Past correction notice and the "Article image"
        # lines; at the end, the cut-off fragment "On the Middle East front,". Kept as found:
        # "for the. opening", "EisenhowerMacmillan", "co-opera-tion".
    ],
    roles=[("the British Prime Minister", "harold_macmillan"), ("the Secretary of State", "john_foster_dulles"),
           ("the British Foreign Secretary", "selwyn_lloyd")],
)

A["test_17403_johnson_de_gaulle_reception"] = dict(
    actors={
        "lyndon_johnson": ["President Johnson", "Johnson"],
        "dean_rusk": ["Secretary of State Dean Rusk", "Dean Rusk"],
        "charles_de_gaulle": ["French President Charles de Gaulle", "Charles de Gaulle", "De Gaulle"],
        "adlai_stevenson": ["Adlai Stevenson"],
        "lady_bird_johnson": ["Mrs. Johnson"],
        "golda_meir": ["Israeli Foreign Minister Golda Meier", "Golda Meier"],
        "gholam_reza_pahlavi": ["Prince Gholam Reza of Iran", "Prince Gholam Reza"],
        "ludwig_erhard": ["Ludwig Erhard"],
        "anastas_mikoyan": ["Soviet Deputy Premier Anastas Mikoyan", "Anastas Mikoyan", "Mikoyan"],
        "us_state_department": ["State Department"],
        "united_nations": ["United Nations"],
    },
    meetings=[
        # "tonight" in a 25 November 1963 story -> 1963-11-25, Washington (dateline; the
        # reception is at the State Department). The chat is held; the "longer session later
        # in the evening" is announced -> a separate planned row (as dev_035's next session).
        M(["lyndon_johnson", "charles_de_gaulle"], "1963-11-25", "Washington", IP, H,
          "Following a chat with Johnson, brief because they were meeting for a longer session later in the evening, De Gaulle then emerged to talk with Mrs. Johnson and wander among the guests sampling the delicacies of a lavish buffet laid in the Benjamin Franklin Dining Room."),
        M(["lyndon_johnson", "charles_de_gaulle"], "1963-11-25", "Washington", IP, P,
          "Following a chat with Johnson, brief because they were meeting for a longer session later in the evening, De Gaulle then emerged to talk with Mrs. Johnson and wander among the guests sampling the delicacies of a lavish buffet laid in the Benjamin Franklin Dining Room."),
        # Stevenson greeted de Gaulle and presented him to Johnson: an arrival greeting by an
        # official of the host -> required false.
        M(["adlai_stevenson", "charles_de_gaulle"], "1963-11-25", "Washington", IP, H,
          "The French president was first greeted by the U.S. ambassador to the United Nations, Adlai Stevenson who then took him in to present him to President Johnson.", False),
        # Talk with the host's wife at the reception -> required false (a spouse, not a
        # political actor in her own right).
        M(["charles_de_gaulle", "lady_bird_johnson"], "1963-11-25", "Washington", IP, H,
          "De Gaulle, dressed in a black doublebreasted suit with white shirt and dark tie, talked animatedly with Mrs. Johnson for several minutes through an interpreter.", False),
        # "He then chatted with Meier, Gholam Reza and then ... Erhard": three separate chats
        # -> three rows (not a group of four).
        M(["charles_de_gaulle", "golda_meir"], "1963-11-25", "Washington", IP, H,
          "He then chatted with Israeli Foreign Minister Golda Meier, Prince Gholam Reza of Iran and then somewhat lengthily with the new chancellor of Germany, Ludwig Erhard."),
        M(["charles_de_gaulle", "gholam_reza_pahlavi"], "1963-11-25", "Washington", IP, H,
          "He then chatted with Israeli Foreign Minister Golda Meier, Prince Gholam Reza of Iran and then somewhat lengthily with the new chancellor of Germany, Ludwig Erhard."),
        M(["charles_de_gaulle", "ludwig_erhard"], "1963-11-25", "Washington", IP, H,
          "He then chatted with Israeli Foreign Minister Golda Meier, Prince Gholam Reza of Iran and then somewhat lengthily with the new chancellor of Germany, Ludwig Erhard."),
        M(["charles_de_gaulle", "anastas_mikoyan"], "1963-11-25", "Washington", IP, H,
          "De Gaulle was in a very affable mood wandering among the various dignitaries and winding up his stay with a conversation with Soviet Deputy Premier Anastas Mikoyan."),
        # Not rows: Johnson's handshakes with the heads of 69 delegations and his talks with
        # "some of the visiting heads of state" / "three leaders" (unnamed); the reception as
        # such. Removed: "Advertisement" lines; at the end, the cut-off sentence "De Gaulle
        # added, however, that this is not the time for serious di". Not annotated: the byline
        # (Stewart Hensley) and the UPI credit. Kept as found: "Meier", "doublebreasted".
    ],
    roles=[("French President", "charles_de_gaulle"), ("The French president", "charles_de_gaulle"),
           ("the U.S. ambassador to the United Nations", "adlai_stevenson"),
           ("Israeli Foreign Minister", "golda_meir"), ("the new chancellor of Germany", "ludwig_erhard"),
           ("Soviet Deputy Premier", "anastas_mikoyan"), ("Secretary of State", "dean_rusk")],
)

A["dev_17404_zhou_nasser_alexandria"] = dict(
    actors={
        "zhou_enlai": ["Premier Zhou", "Zhou Enlai"],
        "gamal_abdel_nasser": ["President Nasser", "Nasser"],
        "ahmed_sekou_toure": ["Toure"],
        "prc_ministry_of_foreign_affairs": ["Ministry of Foreign Affairs", "Foreign Ministry"],
    },
    meetings=[
        # "On the afternoon of 24 June 1965" -> 1965-06-24. Place: Alexandria, the only place
        # named for that afternoon (the Premier came from a factory tour in Alexandria); the
        # text does not say in so many words that the residence is in Alexandria (doubtful,
        # see notes). "the Premier" = Zhou (title "Premier Zhou's Conversation").
        M(["zhou_enlai", "gamal_abdel_nasser"], "1965-06-24", "Alexandria", IP, H,
          "On the afternoon of 24 June 1965, the Premier visited Nasser’s residence after a tour of a factory in Alexandria and had a brief conversation with him."),
        # Not rows: the postponed foreign ministers meeting and the Second Asian-African
        # Conference (multilateral); Toure's telegram (a message). Removed: at the start, "Skip
        # to content"; under the title, the site line "This document was made possible with
        # support from Henry Luce Foundation". Kept: the archive's closing abstract line.
    ],
    roles=[("the Premier", "zhou_enlai"), ("The Premier", "zhou_enlai")],
)

A["dev_17405_le_drian_tleuberdi_call"] = dict(
    actors={
        "jean_yves_le_drian": ["Jean-Yves Le Drian"],
        "mukhtar_tileuberdi": ["Mr Mukhtar Tleuberdi", "Mukhtar Tleuberdi"],
        "franck_riester": ["Franck Riester"],
    },
    meetings=[
        # "on 28 April" in a release titled "(28 April 2021)" -> 2021-04-28; a phone call, no
        # place.
        M(["jean_yves_le_drian", "mukhtar_tileuberdi"], "2021-04-28", None, PH, H,
          "Jean-Yves Le Drian, Minister for Europe and Foreign Affairs, spoke on the telephone on 28 April to Mr Mukhtar Tleuberdi, Deputy Prime Minister and Minister of Foreign Affairs of Kazakhstan."),
        # Riester's "forthcoming visit to Kazakhstan": a visit to a country, no counterpart
        # named -> one-party planned row, required false (as the one-party visit rows of
        # earlier batches).
        M(["franck_riester"], None, "Kazakhstan", IP, P,
          "The holding today of the 14th Franco-Kazakh joint commission and the forthcoming visit to Kazakhstan by Franck Riester, Minister Delegate for Foreign Trade and Economic Attractiveness, should further our major bilateral projects in several fields of our cooperation.", False),
        # Not rows: the joint commission (officials unnamed); "agreed to continue their talks
        # on the crisis" (no specific meeting).
    ],
    roles=[("Minister for Europe and Foreign Affairs", "jean_yves_le_drian"),
           ("Deputy Prime Minister and Minister of Foreign Affairs of Kazakhstan", "mukhtar_tileuberdi"),
           ("The Minister", "jean_yves_le_drian"),
           ("Minister Delegate for Foreign Trade and Economic Attractiveness", "franck_riester")],
)

A["dev_17406_peron_ibanez_santiago"] = dict(
    actors={
        "juan_peron": ["Juan Peron", "Peron"],
        "carlos_ibanez_del_campo": ["Chile's President Carlos Ibanez", "Carlos Ibanez", "General Ibanez", "Ibanez"],
    },
    meetings=[
        # The six-day state visit "last week" (issue of Monday 1953-03-02; day not given) ->
        # date null; Santiago. The balcony scene, the talks and the protocol signing are one
        # visit -> one row.
        M(["juan_peron", "carlos_ibanez_del_campo"], None, "Santiago", IP, H,
          "In the Santiago talks, Peron found out that stern old General Ibanez favored economic cooperation--and nothing more."),
        # Not rows: Bolivia and Peru "may be invited to join later" (countries, no meeting).
        # Removed: at the end, the cut-off sentence "Though they want no part of actual
        # political union ... to the".
    ],
    roles=[("his old friend and fellow general", "carlos_ibanez_del_campo"),
           ("Chile's President", "carlos_ibanez_del_campo")],
)

A["test_17407_holyoake_holt_luncheon"] = dict(
    actors={
        "harold_holt": ["Holt, Harold Edward", "Holt, Harold", "MR HOLT", "MR. HOLT", "Mr. Holt"],
        "keith_holyoake": ["MR HOLYOAKE", "MR. HOLYOAKE"],
        "mrs_stevenson": ["Mrs. Stevenson"],
        "commonwealth_parliamentary_association": ["Commonwealth Parliamentary Association"],
    },
    meetings=[
        # The luncheon given by Holyoake in Holt's honour, "WELLINGTON, NEW ZEALAND - 3RD
        # FEBRUARY 1967" (title line of the transcript) -> held, 1967-02-03, Wellington. The
        # speech is addressed to "Prime Minister" (Holyoake, the host).
        M(["keith_holyoake", "harold_holt"], "1967-02-03", "Wellington", IP, H,
          "NEW ZEALAND TOUR 1967 - LUNCHEON GIVEN BY MR HOLYOAKE, PRIME MINISTER OF NEW ZEALAND IN HONOUR OF MR HOLT, PRIME MINISTER OF AUSTRALIA - WELLINGTON, NEW ZEALAND - 3RD FEBRUARY 1967"),
        # Not rows: Holt's visit "about 16 years ago" leading the delegation to the
        # Commonwealth Parliamentary Association (a conference, no named counterpart);
        # "Mrs. Stevenson and other Parliamentary colleagues" (guests at the same luncheon,
        # addressed in the speech, not presented as meeting). Removed: at the start, the site
        # header "PM Transcripts / Transcripts from the Prime Ministers of Australia"; at the
        # end, the cut-off sentence "I hope in the years t. come ther". Kept as found: the OCR
        # errors ("PRIMS", "ELLIBTON", "FE3RUaRY", "Jentlemen", "New 2ealand", "M'vinister").
    ],
    roles=[("PRIME MINISTER OF NEW ZEALAND", "keith_holyoake"), ("PRIME MINISTER OF AUSTRALIA", "harold_holt"),
           ("Prime Minister", "keith_holyoake")],
)

A["dev_17408_de_klerk_mandela_cape_town"] = dict(
    actors={
        "f_w_de_klerk": ["President Frederik W. de Klerk", "Frederik W. de Klerk", "Mr. De Klerk", "De Klerk"],
        "nelson_mandela": ["Nelson R. Mandela", "Mr. Mandela", "Mandela"],
        "kobie_coetsee": ["Justice Minister Kobie Coetsee", "Kobie Coetsee", "Coetsee"],
        "gerrit_viljoen": ["Gerrit Viljoen"],
        "african_national_congress": ["African National Congress", "ANC"],
        "mass_democratic_movement": ["Mass Democratic Movement"],
        "murphy_morobe": ["Murphy Morobe"],
    },
    meetings=[
        # "Wednesday" in a Thursday 1989-12-14 paper -> 1989-12-13; Tuynhuis, "the presidential
        # offices in Cape Town" -> Cape Town.
        M(["f_w_de_klerk", "nelson_mandela"], "1989-12-13", "Cape Town", IP, H,
          "President Frederik W. de Klerk and jailed black nationalist Nelson R. Mandela, leaders of South Africa’s most powerful opposing forces, met for the first time Wednesday, discussing obstacles to black-white negotiations and agreeing to further talks in the new year, the government said."),
        # "agreeing to further talks in the new year" -> planned, date null.
        M(["f_w_de_klerk", "nelson_mandela"], None, None, IP, P,
          "President Frederik W. de Klerk and jailed black nationalist Nelson R. Mandela, leaders of South Africa’s most powerful opposing forces, met for the first time Wednesday, discussing obstacles to black-white negotiations and agreeing to further talks in the new year, the government said."),
        # The ministers who "joined" De Klerk (same side) -> rows with Mandela only, required
        # false (as dev_030's "joined" host); no De Klerk-minister rows (one government).
        M(["kobie_coetsee", "nelson_mandela"], "1989-12-13", "Cape Town", IP, H,
          "De Klerk was joined at the meeting by Coetsee and Gerrit Viljoen, minister of constitutional development and the official in charge of getting talks with black leaders off the ground.", False),
        M(["gerrit_viljoen", "nelson_mandela"], "1989-12-13", "Cape Town", IP, H,
          "De Klerk was joined at the meeting by Coetsee and Gerrit Viljoen, minister of constitutional development and the official in charge of getting talks with black leaders off the ground.", False),
        # Not rows: the Johannesburg conference of 4,500 delegates (a mass meeting); Morobe's
        # wait for "a detailed report" (no meeting). Removed: "Advertisement" and "Share" lines;
        # at the end, the cut-off fragment "Millions of black South Africans". Kept: the byline
        # line "TIMES STAFF WRITER".
    ],
    roles=[("the 53-year-old president", "f_w_de_klerk"), ("the 71-year-old prisoner", "nelson_mandela"),
           ("Justice Minister", "kobie_coetsee"), ("minister of constitutional development", "gerrit_viljoen"),
           ("our leader", "nelson_mandela")],
)

A["dev_17409_roh_hu_seoul"] = dict(
    actors={
        "roh_moo_hyun": ["President Roh Moo-hyun", "Roh Moo-hyun", "Roh"],
        "hu_jintao": ["Chinese President Hu Jintao", "Hu Jintao", "President Hu", "Hu"],
        "kim_jong_il": ["Kim Jong-il"],
    },
    meetings=[
        # "Wednesday" (caption and lead) in a Wednesday 2005-11-16 paper -> 2005-11-16; Chong
        # Wa Dae in Seoul -> Seoul.
        M(["roh_moo_hyun", "hu_jintao"], "2005-11-16", "Seoul", IP, H,
          "South Korean President Roh Moo-hyun and Chinese President Hu Jintao agreed Wednesday to expand bilateral economic cooperation and increase joint efforts for a peaceful resolution to the North Korean nuclear standoff."),
        # "during his visit on Oct. 28-30" -> date null (range); the visit is "his recent trip
        # to Pyongyang" in the previous sentence -> Pyongyang.
        M(["hu_jintao", "kim_jong_il"], None, "Pyongyang", IP, H,
          "Hu met with North Korean leader Kim Jong-il during his visit on Oct. 28-30."),
        # Not rows: the six-party talks (multilateral); the agreed hotline between the foreign
        # ministers and the annual vice-ministers' meeting (no named people). Removed: at the
        # end, the cut-off quotation "``In the one-and-a-half hour talks, ... of the s". Kept:
        # the byline and the caption (with its "/Yonhap" photo credit, not annotated).
    ],
    roles=[("the Chinese leader", "hu_jintao"), ("North Korean leader", "kim_jong_il"),
           ("the North’s leader", "kim_jong_il"), ("Chinese President", "hu_jintao")],
)

A["dev_17410_ceausescu_nixon_washington"] = dict(
    actors={
        "nicolae_ceausescu": ["PRESIDENT CEAUSESCU", "CEAUSESCU"],
        "henry_m_jackson": ["SENATOR JACKSON"],
        "carl_albert": ["HOUSE SPEAKER ALBERT", "ALBERT"],
        "gerald_ford": ["FORD"],
        "richard_nixon": ["PRESIDENT NIXON"],
        "white_house": ["WHITE HOUSE"],
        "national_press_club": ["NATIONAL PRESS CLUB"],
    },
    meetings=[
        # All on "DECEMBER 5 - SECOND DAY" (subject line) -> 1973-12-05. Blair House, Capitol
        # Hill and the White House -> Washington (the text names no city; official buildings
        # resolved to their city as in ANNOTATION.md).
        M(["nicolae_ceausescu", "henry_m_jackson"], "1973-12-05", "Washington", IP, H,
          "CEAUSESCU BEGAN DAY'S ACTIVITIES WITH PRIVATE BREAK- FAST AT BLAIR HOUSE WITH SENATOR JACKSON ARRANGED AT ROMANIAN INITIATIVE."),
        # "MET WITH HOUSE SPEAKER ALBERT AND OTHER CONGRESSIONAL LEADERS (INCLUDING ... FORD)":
        # one group meeting of three named people -> three pair rows; Albert-Ford (same side,
        # both hosts) required false.
        M(["nicolae_ceausescu", "carl_albert"], "1973-12-05", "Washington", IP, H,
          "HE THEN MET WITH HOUSE SPEAKER ALBERT AND OTHER CONGRESSIONAL LEADERS (INCLUDING VICE PRESIDENTIAL NOMINEE FORD) ON CAPITOL HILL."),
        M(["nicolae_ceausescu", "gerald_ford"], "1973-12-05", "Washington", IP, H,
          "HE THEN MET WITH HOUSE SPEAKER ALBERT AND OTHER CONGRESSIONAL LEADERS (INCLUDING VICE PRESIDENTIAL NOMINEE FORD) ON CAPITOL HILL."),
        M(["carl_albert", "gerald_ford"], "1973-12-05", "Washington", IP, H,
          "HE THEN MET WITH HOUSE SPEAKER ALBERT AND OTHER CONGRESSIONAL LEADERS (INCLUDING VICE PRESIDENTIAL NOMINEE FORD) ON CAPITOL HILL.", False),
        # "SECOND MEETING WITH PRESIDENT": the President is named further on ("PRESIDENT
        # NIXON'S DECISION TO SIGN DECLARATION") -> Nixon listed.
        M(["nicolae_ceausescu", "richard_nixon"], "1973-12-05", "Washington", IP, H,
          "UNUSUAL SECOND MEETING WITH PRESIDENT TOOK PLACE 1100 AT WHITE HOUSE, LASTING 45 MINUTES, DURING WHICH JOINT DECLARATION WAS SIGNED BY BOTH PRESIDENTS."),
        # Not rows: the first Ceausescu-Nixon meeting implied by "SECOND" (not reported); the
        # signing ceremony "IN PRESENCE OF CABINET" (same meeting); the National Press Club
        # luncheon (a press event); the joint communique (a document). Removed: at the start,
        # the routing/distribution header up to "APPROVED BY EUR/EE - JABAKER" and its dashes
        # (drafters' names are not actors); at the end, the cut-off sentence "QUERIED ABOUT
        # DECISION TO CURTAIL VISIT, HE SAID THAT HE HAD DECIDE". Kept as found: the inner
        # page-break lines ("LIMITED OFFICIAL USE", "PAGE 02 STATE 239564").
    ],
    roles=[("HOUSE SPEAKER", "carl_albert"), ("VICE PRESIDENTIAL NOMINEE", "gerald_ford"),
           ("PRESIDENT", "richard_nixon")],
)

A["test_17411_hun_sen_thaksin_phnom_penh"] = dict(
    actors={
        "thaksin_shinawatra": ["Former Thai leader Thaksin Shinawatra", "Thaksin Shinawatra", "Thaksin"],
        "hun_sen": ["Hun Sen"],
        "yingluck_shinawatra": ["Yingluck Shinawatra", "Yingluck"],
        "eang_sophalleth": ["Eang Sophalleth"],
        "afp": ["AFP"],
    },
    meetings=[
        # "Saturday" in a Saturday 2011-09-17 item -> 2011-09-17, Phnom Penh. "Cambodia's
        # premier" / "the Cambodian leader" = Hun Sen (named in the caption and the next
        # paragraphs). The embrace and the closed-door talks are the same meeting.
        M(["thaksin_shinawatra", "hun_sen"], "2011-09-17", "Phnom Penh", IP, H,
          "PHNOM PENH (AFP)— Former Thai leader Thaksin Shinawatra met Cambodia's premier in Phnom Penh Saturday for the first time since his sister took power in Thailand, but an official said politics was not on the agenda."),
        # The golf game "during his trip" -> planned, date null; required false (a further
        # activity of the same visit, day not given).
        M(["thaksin_shinawatra", "hun_sen"], None, "Cambodia", IP, P,
          "Thaksin, who remains a controversial and deeply divisive figure in Thailand, is due to play golf with Hun Sen and address senior officials on economics during his trip.", False),
        # Yingluck's official visit to Cambodia: no counterpart named in the kept text (her
        # Thursday talks were in the cut-off last sentence) -> one-party row, date null,
        # Cambodia, required false.
        M(["yingluck_shinawatra"], None, "Cambodia", IP, H,
          "Thaksin, who was ousted from power in 2006 and lives abroad to avoid a jail term for corruption, arrived early Saturday morning, shortly after his sibling Yingluck Shinawatra concluded her first official visit to Cambodia.", False),
        # Not rows: "He avoided seeing Yingluck in Cambodia." (a meeting that did not take
        # place); the spokesman's statement to AFP. Removed: at the start, the blog's banner
        # and Khmer/Facebook links; at the end, the cut-off fragment "Yingluck's Thursday".
        # Kept: the caption with its photo credit "(AFP, Tang Chhin Sothy)" (not annotated).
    ],
    roles=[("Cambodia's premier", "hun_sen"), ("the Cambodian leader", "hun_sen"),
           ("his sister", "yingluck_shinawatra"), ("his sibling", "yingluck_shinawatra"),
           ("Hun Sen's spokesman", "eang_sophalleth"), ("The former telecoms tycoon", "thaksin_shinawatra"),
           ("the fugitive former leader", "thaksin_shinawatra")],
)

A["dev_17412_kwatra_prachanda_kathmandu"] = dict(
    actors={
        "vinay_kwatra": ["Foreign Secretary Vinay Mohan Kwatra", "Vinay Mohan Kwatra", "Mr. Kwatra"],
        "pushpa_kamal_dahal": ["Pushpa Kamal Dahal ‘Prachanda’", "Pushpa Kamal Dahal", "Mr. Prachanda"],
        "bidya_devi_bhandari": ["Nepal President Bidhya Devi Bhandari", "Bidhya Devi Bhandari"],
        "droupadi_murmu": ["Droupadi Murmu"],
        "naveen_srivastava": ["Naveen Srivastava"],
        "bimala_rai_paudyal": ["Bimala Rai Paudyal", "Dr. Paudyal"],
        "indian_embassy_kathmandu": ["The Indian Embassy in Kathmandu"],
        "nepal_ministry_of_foreign_affairs": ["Nepal’s Foreign Ministry"],
    },
    meetings=[
        # "on February 13" (Monday 2023-02-13 item) -> 2023-02-13, Kathmandu.
        M(["vinay_kwatra", "pushpa_kamal_dahal"], "2023-02-13", "Kathmandu", IP, H,
          "Foreign Secretary Vinay Mohan Kwatra on February 13 met Nepal’s new Prime Minister Pushpa Kamal Dahal ‘Prachanda’ in Kathmandu."),
        # "also met" without a day -> date null; Sheetal Niwas, in Kathmandu (the visit's city).
        M(["vinay_kwatra", "bidya_devi_bhandari"], None, "Kathmandu", IP, H,
          "Mr. Kwatra also met Nepal President Bidhya Devi Bhandari at her official residence, Sheetal Niwas."),
        # Meeting on arrival, day not given -> date null, Kathmandu.
        M(["vinay_kwatra", "bimala_rai_paudyal"], None, "Kathmandu", IP, H,
          "He was received at the Tribhuvan International Airport by India’s incumbent Ambassador to Nepal, Naveen Srivastava, and proceeded to meet Nepal’s Minister of Foreign Affairs, Bimala Rai Paudyal."),
        # Not rows: the airport reception by Srivastava (India's own ambassador; an arrival
        # formality); the "greetings on behalf of ... Droupadi Murmu" (a message). Removed: the
        # tool's "date 2023-02-13" prefix; at the end, the cut-off sentence "This move has been
        # strongly opposed by certain members of the rulin".
    ],
    roles=[("Nepal’s new Prime Minister", "pushpa_kamal_dahal"), ("Foreign Secretary", "vinay_kwatra"),
           ("India’s incumbent Ambassador to Nepal", "naveen_srivastava"),
           ("Nepal’s Minister of Foreign Affairs", "bimala_rai_paudyal"),
           ("President of India", "droupadi_murmu"), ("The Indian mission", "indian_embassy_kathmandu")],
)
