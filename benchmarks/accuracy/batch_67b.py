"""Accuracy corpus, batch 67b: 12 new articles about meetings between political actors, all
published in EVEN years (another helper takes odd years as batch 67a), from the 1970s to the 2020s
(1970s: one (1978), 1980s: three (1982, 1988, 1988), 1990s: one (1990), 2000s: three (2006, 2008,
2008), 2010s: two (2018 (the day read from the URL of a "Forty years ago" column, see the notes),
2018), 2020s: two (2020, 2022); five of the twelve from before 2000 (1978, 1982, 1988, 1988, 1990),
as the brief asked; the 1970s and 2000s, which the last batches lacked, are both represented), over
the eleven regions (Western Europe: two; Central Asia/Caucasus, Middle East, Africa, Southeast Asia,
Eastern Europe/Russia, Latin America, North America, South Asia, East Asia, Oceania: one each).
Outlets/sites: Downing Street Says (downingstreetsays.com; a lobby-briefing summary), Akorda
(mirror.akorda.kz; the Kazakh presidency), a blog copy (palapye.wordpress.com) of the Zimbabwe
Independent via allAfrica, The Press (Christchurch) via Papers Past (two pages, 1978 and 1988), The
Indian Express ("Forty years ago" column), UPI (upi.com archives), the Jewish Telegraphic Agency
(jta.org archive), Montsame (montsame.mn), the Los Angeles Times (latimes.com archive), the Houses of
the Oireachtas (oireachtas.ie; Dáil written answers) and STL.News (stl.news; a US State Department
statement); the palapye blog and STL.News are new to the corpus. The
pages are new to the corpus (URLs grepped in sources.csv, corpus/metadata.csv and the other
batches' modules, batch 67a excepted), and so are their meetings (names grepped in the corpus texts).
Collected with the `search` tool (corpus `pages`) and annotated from the texts alone, BEFORE the
package was run on them (the package has not been run, imported or read for this batch).
Conventions: ANNOTATION.md and /work/shared/ANNOTATION-GUIDE.md. Notes: batch_67b_NOTES.md.

Split rule (fixed before annotating, as given in the brief for this batch, the same as batches
5a-66b): the articles are numbered 1..12 in the order they were first found in this session's
search results (the query in which each first appeared, then its rank in that query), after
skipping pages already in the corpus and pages not taken; positions 3, 7 and 11 are test, all
others dev. Ids: `dev_133NN_<slug>` / `test_133NN_<slug>`, NN = collection position (01..12).

M(participants, date, place, kind, status, evidence, required=True)
Evidence is the verbatim sentence (line breaks inside it replaced by single spaces).
Aliases are written as they stand in the text (typos included).
"""


from annotations import H, IP, M, P, PH, VID  # noqa: F401 (the same row helpers)

# (article_id, region, decade, outlet, url, published)
ARTICLES = [
    # The date line "» Monday, July 7, 2008" (a Monday, checked). The meeting is not given a
    # day in the text ("within the last hour" dates the clip, not the meeting) -> no date.
    ("dev_13301_brown_medvedev_briefing", "Eastern Europe/Russia", "2000s", "Downing Street Says (downingstreetsays.com; lobby briefing summary)", "https://downingstreetsays.com/?p=5918", "2008-07-07"),
    # The date line "12 April 2006" (a Wednesday, checked) heading the event item; the rows take
    # it as their day, as the Akorda item of batch 47a (test_9211) did.
    ("dev_13302_nazarbayev_akhmetov_shukeev", "Central Asia/Caucasus", "2000s", "Akorda, the President of Kazakhstan (mirror.akorda.kz)", "http://mirror.akorda.kz/en/events/head-of-the-state-nursultan-nazarbaev-received-prime-minister-of-the-republic-of-kazakhstan-danial-akhmetov-who-reported-on-implementing-state-programs-and-fulfillment-of-instructions-which-follow-the-presidents-address-to-the-people-of-kazakhstan", "2006-04-12"),
    # The article's date line "8 August 2008" (a Friday, checked; "Posted to the web 8 August
    # 2008"; the blog's URL has 2008/08/09): "on Sunday" = 2008-08-10; "yesterday" = 2008-08-07.
    ("test_13303_mugabe_tsvangirai_mbeki_harare", "Africa", "2000s", "Zimbabwe Independent via allAfrica (blog copy on palapye.wordpress.com)", "https://palapye.wordpress.com/2008/08/09/zimbabwe-mugabe-tsvangirai-in-decisive-meeting/", "2008-08-08"),
    # No date in the kept text; the URL's "CHP19880128" (The Press, 28 January 1988, a Thursday,
    # checked). The meetings (during Prebble's holiday in Fiji) are not given a day -> no date.
    ("dev_13304_prebble_ganilau_mara_fiji", "Oceania", "1980s", "The Press (Christchurch), via Papers Past", "https://paperspast.natlib.govt.nz/newspapers/CHP19880128.2.8", "1988-01-28"),
    # No date in the kept text; the URL's "forty-years-ago-september-3-1978" (the paper's "Forty
    # years ago" column for 3 September 1978, i.e. published 2018-09-03, a Monday, checked). The
    # Nairobi talk is not given a day -> no date (see the notes).
    ("dev_13305_zia_desai_nairobi", "South Asia", "2010s", "The Indian Express (indianexpress.com; \"Forty years ago\" column)", "https://indianexpress.com/article/opinion/editorials/forty-years-ago-september-3-1978-zia-desai-meeting-5336518/", "2018-09-03"),
    # No date line in the kept text; the URL's "1982/05/02" (a Sunday, checked; the story's
    # "said Sunday"). The rows are not given a day -> no dates (see the notes).
    ("dev_13306_belaunde_ortiz_lima", "Latin America", "1980s", "UPI (upi.com archives)", "https://www.upi.com/Archives/1982/05/02/Perus-President-Fernando-Belaunde-Terry-said-Sunday-that-Britain/4525389160000/", "1982-05-02"),
    # The date line "July 10, 1990" (a Tuesday, checked): "Monday" = 1990-07-09 (Levy's return to
    # his office; the Reich appointment is not pinned to it, see the notes); "next week" -> no date.
    ("test_13307_levy_reich_baker_paris", "Middle East", "1990s", "Jewish Telegraphic Agency (jta.org archive)", "https://www.jta.org/archive/levy-back-at-work-but-may-not-be-well-enough-to-meet-baker-in-paris", "1990-07-10"),
    # No date in the kept text; the URL's "CHP19781023" (The Press, Monday 23 October 1978,
    # checked): "last evening" = 1978-10-22.
    ("dev_13308_scheel_muldoon_auckland", "Western Europe", "1970s", "The Press (Christchurch), via Papers Past", "https://paperspast.natlib.govt.nz/newspapers/CHP19781023.2.26", "1978-10-23"),
    # The date line "2020-07-12 12:34:47" (a Sunday, checked); "On July 10" = 2020-07-10 (year
    # of publication).
    ("dev_13309_wang_yi_enkhtaivan_call", "East Asia", "2020s", "Montsame (montsame.mn)", "https://montsame.mn/en/read/231187", "2020-07-12"),
    # No date line in the kept text; the URL's "1988-07-13" (a Wednesday, checked): "Tuesday" =
    # 1988-07-12.
    ("dev_13310_shultz_aquino_manila", "Southeast Asia", "1980s", "Los Angeles Times (latimes.com archive)", "https://www.latimes.com/archives/la-xpm-1988-07-13-mn-5717-story.html", "1988-07-13"),
    # The date line "Wednesday, 14 Nov 2018" (a Wednesday, checked); "on 17 October" and "on 18
    # October" = 2018-10-17 / 2018-10-18 (the text's "October 2018 European Council").
    ("test_13311_taoiseach_may_tajani_brussels", "Western Europe", "2010s", "Houses of the Oireachtas (oireachtas.ie; Dáil written answers)", "https://www.oireachtas.ie/en/debates/question/2018-11-14/section/37/", "2018-11-14"),
    # The search tool's date field 2022-04-27 (a Wednesday, checked; removed with its prefix);
    # the statement gives the call no day -> no date.
    ("dev_13312_blinken_joly_call", "North America", "2020s", "STL.News (stl.news; US State Department statement)", "https://www.stl.news/secretary-blinkens-call-with-canadian-foreign-minister-joly/516562/", "2022-04-27"),
]

A = {}

A["dev_13301_brown_medvedev_briefing"] = dict(
    actors={
        "dmitry_medvedev": ["President Medvedev", "Mr Medvedev", "Medvedev"],
        # New keys (Litvinenko is named by surname only, as in the text).
        "litvinenko": ["Litvinenko"],
        "bp": ["BP"],
        "british_council": ["British Council"],
        "zenit_st_petersburg": ["Zenit St Petersburg"],
        "rangers_fc": ["Rangers"],
    },
    meetings=[
        # "the meeting with President Medvedev" ("the start of the meeting with Mr Medvedev",
        # "The meeting lasted just over an hour": the same) -> the other party is only "the Prime
        # Minister" (never named): a one-party row, held, date null (the briefing is dated July
        # 7 but the meeting is not said to be "today"; see the notes), place null (none given).
        M(["dmitry_medvedev"], None, None, IP, H,
          "Asked about the meeting with President Medvedev, the PMS replied that the Prime Minister had done a clip within the last hour which covered this."),
        # Not rows: the PMS's answers to the lobby (a briefing of journalists by an unnamed
        # spokesman); "in one meeting" (generic); the issues raised in the same meeting
        # (Litvinenko, BP, British Council, visas). Not annotated: "the PMS" and "the Prime
        # Minister" (unnamed); Euro 2008 (an event). Kept as it stands: the date line with its
        # "»" and the section title "Russia". Removed: nothing at the start; at the end, the
        # cut-off fragment "Asked if the". The excerpt is the copy with paragraph breaks returned
        # at rank 5 of the same query for the same URL (rank 2, first found, gave the same text
        # with the line breaks run together: "2008Russia").
    ],
    roles=[("the President", "dmitry_medvedev")],
)

A["dev_13302_nazarbayev_akhmetov_shukeev"] = dict(
    actors={
        "nursultan_nazarbayev": ["Nursultan Nazarbaev"],
        # New keys.
        "danial_akhmetov": ["Danial Akhmetov"],
        "umirzak_shukeev": ["Umirzak Shukeev", "U. Shukeev"],
    },
    meetings=[
        # "Head of the State Nursultan Nazarbaev received ... Danial Akhmetov" -> held, 2006-04-12
        # (the item's date line), place null (the text does not say where; Astana is only the
        # city Shukeev governs).
        M(["nursultan_nazarbayev", "danial_akhmetov"], "2006-04-12", None, IP, H,
          "Head of the State Nursultan Nazarbaev received Prime Minister of the Republic of Kazakhstan Danial Akhmetov, who reported on implementing state programs and fulfillment of instructions, which follow the President’s Address to the people of Kazakhstan."),
        # "Also the Head of the State received Umirzak Shukeev" ("The meeting concerned ...": the
        # same) -> a separate reception, held, 2006-04-12, place null.
        M(["nursultan_nazarbayev", "umirzak_shukeev"], "2006-04-12", None, IP, H,
          "Also the Head of the State received Umirzak Shukeev, mayor of the Astana city."),
        # Not rows: "the consultation" of 24 February (participants not named); the "briefing for
        # journalists" (press); the President's Address (a speech). "Industrial Bank" is a bank
        # still to be created (a project), not annotated. Removed: at the start, the site line
        # "Section categories"; at the end, the site lines "All events", "Other events", "All
        # events".
    ],
    roles=[("Head of the State", "nursultan_nazarbayev"), ("the President", "nursultan_nazarbayev"),
           ("Prime Minister of the Republic of Kazakhstan", "danial_akhmetov"),
           ("mayor of the Astana city", "umirzak_shukeev")],
)

_MT = "PRESIDENT Robert Mugabe and his political rival Morgan Tsvangirai are expected to hold a make or break meeting on Sunday in Harare under President Thabo Mbeki’s chairmanship to endorse a power-sharing deal struck in Pretoria yesterday."
A["test_13303_mugabe_tsvangirai_mbeki_harare"] = dict(
    actors={
        "robert_mugabe": ["Robert Mugabe", "Mugabe"],
        "morgan_tsvangirai": ["Morgan Tsvangirai", "Tsvangirai"],
        "thabo_mbeki": ["Thabo Mbeki", "Mbeki"],
        "zanu_pf": ["Zanu PF"],
        "movement_for_democratic_change": ["MDC"],
    },
    meetings=[
        # "Mugabe and ... Tsvangirai are expected to hold a make or break meeting on Sunday in
        # Harare under President Thabo Mbeki's chairmanship" ("The meeting will decide", "Mbeki
        # ... expected to fly into Harare ... for the meeting": the same) -> a planned meeting of
        # three named people (the chair takes part) = one row per pair, 2008-08-10, Harare.
        M(["robert_mugabe", "morgan_tsvangirai"], "2008-08-10", "Harare", IP, P, _MT),
        M(["robert_mugabe", "thabo_mbeki"], "2008-08-10", "Harare", IP, P, _MT),
        M(["morgan_tsvangirai", "thabo_mbeki"], "2008-08-10", "Harare", IP, P, _MT),
        # Not rows: the deal "struck in Pretoria yesterday" and "the talks ended yesterday"
        # (negotiators, not named); "Zanu PF and MDC negotiators started returning home" (travel).
        # Not annotated: the source line "source: allAfrica", the outlet line "Zimbabwe
        # Independent (Harare)" and the byline "Dumisani Muleya". Removed: nothing at the start;
        # at the end, the cut-off sentence "There was speculation Mbeki would travel to Harare
        # during the week but this was not [continue reading]" and the blog line "%d bloggers
        # like this:".
    ],
    roles=[("his political rival", "morgan_tsvangirai")],
)

_PG = "He met both Fiji’s President, Ratu Sir Penaia Ganilau, and Prime Minister, Ratu Sir Kamisese Mara, during his time in the country."
A["dev_13304_prebble_ganilau_mara_fiji"] = dict(
    actors={
        "penaia_ganilau": ["Ratu Sir Penaia Ganilau"],
        "kamisese_mara": ["Ratu Sir Kamisese Mara"],
        "commonwealth_of_nations": ["Commonwealth"],
        # New keys (Prebble is named by surname only, as in the text).
        "prebble": ["Mr Prebble", "Prebble"],
        "david_toganivalu": ["Ratu David Toganivalu"],
    },
    meetings=[
        # "He met both Fiji's President ... and Prime Minister ..." ("the contacts ... had taken
        # place at the funeral of ... Ratu David Toganivalu": the same) -> two bilaterals (Ganilau
        # and Mara are not presented as meeting each other), held, date null (no day), Fiji (the
        # country; no city is given).
        M(["prebble", "penaia_ganilau"], None, "Fiji", IP, H, _PG),
        M(["prebble", "kamisese_mara"], None, "Fiji", IP, H, _PG),
        # "He also met other political leaders" -> unnamed counterparts: a one-party row, held,
        # date null, Fiji; not required (unnamed group).
        M(["prebble"], None, "Fiji", IP, H,
          "He also met other political leaders and said the message was that Fiji would like to have a more normal relationship with New Zealand.", False),
        # Not rows: the press conference "yesterday" (press); "a briefing given to the Cabinet"
        # (a report to a body; "the Cabinet" is not annotated as a named actor); the funeral and
        # the Commonwealth Games (events). Not annotated: the byline "BRENDON BURNS, political
        # reporter"; "the Queen" (not named) and "The New Zealand High Commissioner" (unnamed).
        # Kept as they stand: "'reluctant republicans '" with its stray space, the byline run
        # into the first sentence ("political reporter Fiji wants ..."), the line break inside
        # "become a / republic". Removed: at the start, ten OCR site lines "Article image"; at the
        # end, the cut-off sentence "As the regime saw it, he said, the previous constitution did
        # not sufficiently protect the rights of indigeno".
    ],
    roles=[("the Minister of Pacific Island Affairs", "prebble"), ("Fiji’s President", "penaia_ganilau"),
           ("Prime Minister", "kamisese_mara"), ("the former Deputy Prime Minister", "david_toganivalu")],
)

A["dev_13305_zia_desai_nairobi"] = dict(
    actors={
        "zia_ul_haq": ["General Ziaul-Haq", "Ziaul-Haq", "General Zia", "Zia"],
        "morarji_desai": ["Morarji Desai", "Desai"],
        "radio_pakistan": ["Radio Pakistan"],
        "janata_party": ["Janata Party", "Janata"],
        # New keys.
        "charan_singh": ["Charan Singh", "Singh"],
        "sanjay_gandhi": ["Sanjay Gandhi"],
        "b_d_kesari": ["B D Kesari"],
        "n_d_tiwari": ["N D Tiwari"],
    },
    meetings=[
        # "he had ... talk with the Prime Minister Morarji Desai at Nairobi" ("his 45-minute talk
        # with Prime Minister Desai": the same) -> held, date null (no day in the 1978 item),
        # Nairobi.
        M(["zia_ul_haq", "morarji_desai"], None, "Nairobi", IP, H,
          "Pakistan Chief Martial Law Administrator General Ziaul-Haq has said he had “good, friendly and very fruitful” talk with the Prime Minister Morarji Desai at Nairobi, Radio Pakistan reported."),
        # Not rows: "the meeting of the national executive of the Janata Party in Delhi" (a party
        # body's meeting, which Singh is not attending); the magistrate's warrant (a court act);
        # the floods. Kept as they stand: the column's section titles ("Charan Singh’s Take",
        # "Case Against Sanjay", "Floods In Bengal") and the line break inside "Prime Minister /
        # Desai". Nothing removed (the excerpt begins with the first item and ends with a full
        # sentence; trailing blank lines only).
    ],
    roles=[("Pakistan Chief Martial Law Administrator", "zia_ul_haq"), ("the Prime Minister", "morarji_desai"),
           ("Former home minister", "charan_singh"), ("additional chief judicial magistrate", "b_d_kesari"),
           ("The magistrate", "b_d_kesari"), ("the former UP chief minister", "n_d_tiwari")],
)

_PC = "Belaunde Terry said the agreement resulted from telephone conversations the Peru government had over the weekend with Secretary of State Alexander Haig, Argentine President Leopoldo Galtieri and Foreign Minister Nicanor Costa Mendez."
A["dev_13306_belaunde_ortiz_lima"] = dict(
    actors={
        "ronald_reagan": ["President Reagan", "Reagan"],
        "alexander_haig": ["Alexander Haig", "Haig"],
        "leopoldo_galtieri": ["Leopoldo Galtieri"],
        "nicanor_costa_mendez": ["Nicanor Costa Mendez"],
        "francis_pym": ["Pym"],
        "us_state_department": ["State Department"],
        "foreign_and_commonwealth_office": ["Foreign Office"],
        # New keys.
        "fernando_belaunde_terry": ["Fernando Belaunde Terry", "Belaunde Terry", "Beluande Terry", "President Belaunde", "Belaunde"],
        "frank_ortiz": ["Frank Ortiz"],
        "government_of_peru": ["Peru government"],
        "joe_reap": ["Joe Reap"],
        "eduardo_jantus": ["Eduardo Jantus"],
        "argentine_embassy_washington": ["Argentine Embassy"],
    },
    meetings=[
        # "U.S. Ambassador to Peru Frank Ortiz was meeting inside the building with the president"
        # (the presidential palace in Lima) -> held, date null (the spokesman's statement is not
        # given a day; see the notes), Lima.
        M(["frank_ortiz", "fernando_belaunde_terry"], None, "Lima", IP, H,
          "A spokesman at the presidential palace in Lima said U.S. Ambassador to Peru Frank Ortiz was meeting inside the building with the president and had brought him a message from President Reagan."),
        # "telephone conversations the Peru government had over the weekend with ... Haig, ...
        # Galtieri and ... Costa Mendez" -> three calls, held, date null ("over the weekend"), no
        # place; the Peruvian party is the government (an organisation), not a named person ->
        # not required (see the notes).
        M(["government_of_peru", "alexander_haig"], None, None, PH, H, _PC, False),
        M(["government_of_peru", "leopoldo_galtieri"], None, None, PH, H, _PC, False),
        M(["government_of_peru", "nicanor_costa_mendez"], None, None, PH, H, _PC, False),
        # Not rows: "The secretary of state has been in touch with President Belaunde and with
        # Foreign Secretary Pym in recent hours" (contact of unstated kind; see the notes);
        # Reagan's message (a message); the news conference (press); the spokesmen's statements.
        # Kept as they stand: the headline cut off by the site ("... that Britain..."), "Beluande
        # Terry" beside "Belaunde Terry". Removed: nothing at the start; at the end, the cut-off
        # quotation "'Our purpose is that peace be achieved as soon as possible, that it even be
        # possible this very ni".
    ],
    roles=[("Peru's President", "fernando_belaunde_terry"), ("the president", "fernando_belaunde_terry"),
           ("U.S. Ambassador to Peru", "frank_ortiz"), ("Secretary of State", "alexander_haig"),
           ("The secretary of state", "alexander_haig"), ("Argentine President", "leopoldo_galtieri"),
           ("Foreign Minister", "nicanor_costa_mendez"), ("Foreign Secretary", "francis_pym"),
           ("press spokesman for the Argentine Embassy in Washington", "eduardo_jantus"),
           ("Spokesman", "joe_reap")],
)

A["test_13307_levy_reich_baker_paris"] = dict(
    actors={
        "david_levy": ["David Levy", "Levy"],
        "james_baker": ["James Baker", "Baker"],
        "conference_of_presidents_of_major_american_jewish_organizations": ["Conference of Presidents of Major American Jewish Organizations"],
        "likud": ["Likud"],
        "plo": ["Palestine Liberation Organization"],
        "white_house": ["White House"],
        # New keys.
        "seymour_reich": ["Seymour Reich", "Reich"],
        "house_foreign_affairs_committee": ["House Foreign Affairs Committee"],
    },
    meetings=[
        # "whether ... David Levy ... will have recovered enough by next week to go to Paris for a
        # meeting with ... James Baker" ("The meeting could be crucial", "his meeting with Baker
        # could achieve a breakthrough": the same) -> planned (in doubt, but not cancelled in
        # this text), date null ("next week"), Paris.
        M(["david_levy", "james_baker"], None, "Paris", IP, P,
          "Doctors are not yet sure whether Foreign Minister David Levy, who suffered a mild heart attack on June 14, will have recovered enough by next week to go to Paris for a meeting with U.S. Secretary of State James Baker."),
        # "Levy's first appointment since returning to his office was with Seymour Reich" ("Much
        # of their conversation": the same) -> held, date null (the return to the office was
        # "Monday", the appointment is not pinned to that day; see the notes), place null (his
        # office, city not given).
        M(["david_levy", "seymour_reich"], None, None, IP, H,
          "Levy’s first appointment since returning to his office was with Seymour Reich, chairman of the Conference of Presidents of Major American Jewish Organizations."),
        # Not rows: "Baker bluntly told the House Foreign Affairs Committee" (testimony to a
        # committee); "Israel should call the White House" (a hypothetical call); the
        # "preliminary Israeli-Palestinian talks in Cairo" (proposed, no named participants).
        # Kept as it stands: the site line "See Original Daily Bulletin From This Date" under the
        # date line. Removed: at the start, the site line "Search JTA's historical archive
        # dating back to 1923"; at the end, the cut-off sentence "But the Jewish leader said he
        # did not expect the United States would consent to a new Israeli demand that the
        # United States provide written guarantees that it will not".
    ],
    roles=[("Foreign Minister", "david_levy"), ("the foreign minister", "david_levy"),
           ("U.S. Secretary of State", "james_baker"),
           ("chairman of the Conference of Presidents of Major American Jewish Organizations", "seymour_reich")],
)

A["dev_13308_scheel_muldoon_auckland"] = dict(
    actors={
        "robert_muldoon": ["Mr Muldoon", "Muldoon"],
        # New keys (Mrs Muldoon is not given a first name).
        "walter_scheel": ["Mr Walter Scheel", "Walter Scheel", "Mr Scheel", "Scheel"],
        "mrs_muldoon": ["Mrs Muldoon"],
    },
    meetings=[
        # "the formal dinner, which was arranged by the Germans for the Prime Minister (Mr
        # Muldoon) and Mrs Muldoon" ("Mr Scheel said at a dinner in Auckland last evening", "The
        # dinner came at the end ...", Muldoon's "speech at the dinner": the same) -> a working
        # dinner given by the visitor for the Prime Minister, held, 1978-10-22 ("last evening"),
        # Auckland. Mrs Muldoon attends (an actor, not a participant).
        M(["walter_scheel", "robert_muldoon"], "1978-10-22", "Auckland", IP, H,
          "The partv drove to Auckland in the afternoon where they attended a civic reception before moving or, to the formal dinner, which was arranged by the Germans for the Prime Minister (Mr Muldoon) and Mrs Muldoon."),
        # Not rows: "talks in the last four days" (talks without a named counterpart or a
        # specific occasion); the civic reception, the rowing championships and the visit to
        # the research station (events, places); Scheel's remarks (a speech). Kept as they
        # stand (OCR): "\"beginnings”", "Had", "■", "rif", "partv", "moving or,", "particu- /
        # larly", "modern and|", "the)", "information 1 we", "home. in Bonn", "Brus-| ! seis",
        # "■Germany!", "iNew Zealand wilingness to! I share", "An ■ tarctic. I", "| ready and
        # wiiilne within the I scope", "to be i a good", "you,’’". Removed: at the start, twenty
        # OCR site lines "Article image"; at the end, the cut-off sentence "1 In his speech at
        # the dinner. IMr Muldoon told Mr Scheel. (\"Your warmth, friendship, and interest in our
        # country have won the respect and affection in full measure ot all who have had the ho".
    ],
    roles=[("the President of West Germany", "walter_scheel"), ("the West German head of State", "walter_scheel"),
           ("the Prime Minister", "robert_muldoon")],
)

A["dev_13309_wang_yi_enkhtaivan_call"] = dict(
    actors={
        "wang_yi": ["Wang Yi"],
        # New key (the text gives an initial and the surname).
        "n_enkhtaivan": ["N.Enkhtaivan"],
    },
    meetings=[
        # "On July 10, ... Wang Yi talked with ... N.Enkhtaivan over the telephone" ("the phone
        # conversation" in the headline and body: the same) -> phone, held, 2020-07-10, no place.
        M(["wang_yi", "n_enkhtaivan"], "2020-07-10", None, PH, H,
          "On July 10, Foreign Minister and State Councilor of the People's Republic of China Wang Yi talked with Minister of Foreign Affairs of Mongolia N.Enkhtaivan over the telephone and congratulated the latter on the occasion of the National Naadam Festival of Mongolia and upon assuming the office of Minister of Foreign Affairs of Mongolia."),
        # Not rows: the Naadam Festival (an event); the Green Gateway plan and the Ulaanbaatar
        # projects (agreements, projects). Not annotated: the dateline tag "/MONTSAME/" (agency
        # credit). Kept as they stand: "for to his Chinese counterpart", "N.Enkhtaivan" without a
        # space. Nothing removed (the excerpt is the whole item; trailing spaces kept).
    ],
    roles=[("his Chinese counterpart", "wang_yi"),
           ("Foreign Minister and State Councilor of the People's Republic of China", "wang_yi"),
           ("Foreign Minister and State Councilor of China", "wang_yi"),
           ("Minister of Foreign Affairs of Mongolia", "n_enkhtaivan")],
)

A["dev_13310_shultz_aquino_manila"] = dict(
    actors={
        "corazon_aquino": ["Corazon Aquino", "Aquino"],
        "george_shultz": ["George P. Shultz", "Shultz"],
        "ferdinand_marcos": ["Ferdinand E. Marcos"],
        "us_navy": ["Navy"],
        # New key.
        "raul_manglapus": ["Raul Manglapus", "Manglapus"],
    },
    meetings=[
        # "After meeting with Shultz at the presidential palace, Aquino told reporters" (the
        # statements of "Tuesday" in the lead) -> held, 1988-07-12, Philippines (the palace is not
        # named and no city is given; "here" is the Philippines; see the notes).
        M(["corazon_aquino", "george_shultz"], "1988-07-12", "Philippines", IP, H,
          "After meeting with Shultz at the presidential palace, Aquino told reporters, “We both hope that the talks (on the bases) will be over by the end of this month.”"),
        # Not rows: "Shultz and ... Manglapus ... expressed similar optimism" (statements; a
        # meeting of the two is not stated); "the talks (on the bases)" (negotiators, not named);
        # "a new round of negotiations in 1990" (future, no named participants). Not annotated:
        # the byline "Times Staff Writers". Kept as they stand: the site lines "Share" under the
        # headline and "Advertisement" between paragraphs, the subtitle "Next Round in 1990".
        # Removed: at the start, the site line "Advertisement"; at the end, the cut-off fragment
        # "Last month Shul".
    ],
    roles=[("Philippine President", "corazon_aquino"), ("Secretary of State", "george_shultz"),
           ("Philippine Foreign Secretary", "raul_manglapus")],
)

_TM = "I also had a bilateral meeting with Prime Minister May on 17 October, and with the President of the European Parliament, Antonio Tajani, on 18 October."
A["test_13311_taoiseach_may_tajani_brussels"] = dict(
    actors={
        "theresa_may": ["Prime Minister May", "May"],
        "michel_barnier": ["Michel Barnier"],
        "european_council": ["European Council"],
        "european_parliament": ["European Parliament"],
        "european_union": ["EU"],
        # New keys.
        "antonio_tajani": ["Antonio Tajani"],
        "sean_haughey": ["Deputy Seán Haughey", "Seán Haughey"],
        "eamon_ryan": ["Deputy Eamon Ryan", "Eamon Ryan"],
    },
    meetings=[
        # "I also had a bilateral meeting with Prime Minister May on 17 October, and with ...
        # Antonio Tajani, on 18 October." -> two bilaterals; the speaker "I" is the Taoiseach,
        # who is never named in the text (the questions are put to "the Taoiseach") -> one-party
        # rows, held, 2018-10-17 / 2018-10-18, Brussels (he was "in Brussels on Wednesday 17
        # October, and Thursday, 18 October"; see the notes).
        M(["theresa_may"], "2018-10-17", "Brussels", IP, H, _TM),
        M(["antonio_tajani"], "2018-10-18", "Brussels", IP, H, _TM),
        # Not rows: the European Council meetings, the Article 50 meeting and the Euro Summit
        # (plenaries); May's address to EU leaders (a speech); the confidence "in Michel
        # Barnier" (a statement); the questions of Haughey and Ryan (parliamentary questions).
        # Kept as they stand: the page's lines "Written Answers Nos. 1-61", "Question:", "View
        # answer", "Written answers" and the question numbers, "18 October morning" (the word
        # doubled). Removed: at the start, the site lines "Skip to main content" and "Normal
        # View"; at the end, the cut-off sentence "President Tusk expressed his readiness to
        # convene a special summit in November if and when Mr. Barnier reports that decisive
        # progress has".
    ],
    roles=[("the President of the European Parliament", "antonio_tajani"), ("the Chief EU Negotiator", "michel_barnier")],
)

A["dev_13312_blinken_joly_call"] = dict(
    actors={
        "antony_blinken": ["Antony J. Blinken", "Secretary Blinken", "Blinken"],
        "vladimir_putin": ["Putin"],
        "us_state_department": ["US Department of State"],
        # New key.
        "melanie_joly": ["Mélanie Joly", "Joly"],
    },
    meetings=[
        # "Secretary Blinken's Call with ... Joly" / "Blinken spoke with ... Joly" -> phone (the
        # headline's "Call"), held, date null (the statement gives no day), no place.
        M(["antony_blinken", "melanie_joly"], None, None, PH, H,
          "Secretary of State Antony J. Blinken spoke with Canadian Foreign Minister Mélanie Joly to discuss our close coordination on security and democracy issues around the world."),
        # Not rows: "preparations for discussions ... at the Summit of the Americas" (a summit, a
        # plenary). Not annotated: the dateline tag "(STL.News)". Removed: at the start, the
        # search tool's date prefix (" date 2022-04-27 "); nothing at the end (the excerpt ends
        # with a full sentence).
    ],
    roles=[("Secretary of State", "antony_blinken"), ("Canadian Foreign Minister", "melanie_joly")],
)
