"""Accuracy corpus, batch 85a: 12 new articles about meetings between political actors, all
published in ODD years (another helper takes batch 85b at the same time), over eleven regions
(Western Europe: two; Central Asia/Caucasus, Middle East, Africa, Southeast Asia, Eastern
Europe/Russia, Latin America, North America, South Asia, East Asia, Oceania: one each) and six
decades (1970s: one, 1980s: three, 1990s: two, 2000s: one, 2010s: two, 2020s: three; six of the
twelve from before 2000).
Outlets/sites: a BBC Radio news report as transcribed by the Thatcher Archive (1987), RFE/RL's
Armenian service Azatutyun (2019), TIME (2021), a US embassy cable via the WikiLeaks PlusD archive
(1977), a White House statement (1999), National Newswatch (2021), an Australian Prime Minister's
media release via PM Transcripts (1987), The Christian Science Monitor (1981), the Hindustan Times
(2023), The Independent (1993, 2003) and CNA (Channel NewsAsia, 2017).
Nine news items, one diplomatic cable and two official releases (the White House statement and the
Hawke media release).
The pages are new (grep of `sources.csv`, `corpus/metadata.csv` and the other batch files except
85b); the meetings are new except Yeltsin-Walesa in Warsaw 1993 (see the notes).
Collected with the `search` tool (corpus `pages`) and annotated from the texts alone, BEFORE the
package was run on them (the package has not been run, imported or read for this batch).
Conventions: ANNOTATION.md and /work/shared/ANNOTATION-GUIDE.md. Notes: batch_85a_NOTES.md.

Split rule (fixed before annotating, as given in the brief for this batch, the same as batches
5a-84b): the articles are numbered 1..12 in the order they were first found in this session's
search results (the query in which each first appeared, then its rank in that query), after
skipping pages already in the corpus or not taken; positions 3, 7 and 11 are test, all others
dev. Ids: `dev_168NN_<slug>` / `test_168NN_<slug>`, NN = collection position (01..12).

M(participants, date, place, kind, status, evidence, required=True)
Evidence is the verbatim sentence (line breaks inside it replaced by single spaces).
Aliases are written as they stand in the text (typos and odd characters included).
"""


from annotations import H, IP, M, P, PH, VID  # noqa: F401 (the same row helpers)

# (article_id, region, decade, outlet, url, published)
ARTICLES = [
    # The source line "BBC Radio News Report 1300 23 March 1987" (a Monday, checked): "This
    # morning" -> 1987-03-23; "on Saturday" -> 1987-03-28 (the start of a five-day visit, not the
    # day of the talks). Region Western Europe.
    ("dev_16801_thatcher_mitterrand_kohl_benouville", "Western Europe", "1980s", "BBC Radio news report (transcribed by the Margaret Thatcher Foundation, margaretthatcher.org)", "https://www.margaretthatcher.org/document/106596", "1987-03-23"),
    # No date line in the excerpt; the photo caption's "January 22, 2019" with "met ... on
    # Tuesday" (2019-01-22 is a Tuesday, checked) -> published 2019-01-22 (see the notes).
    ("dev_16802_pashinian_aliyev_davos", "Central Asia/Caucasus", "2010s", "Azatutyun (RFE/RL Armenian service, azatutyun.am)", "https://azatutyun.am/a/29724981.html", "2019-01-22"),
    # No date in the excerpt or the address; the text says de Klerk "died at the age of 85"
    # (an obituary essay); published = 2021-11-11, the day of his death (see the notes). No
    # relative dates to resolve. Region Africa.
    ("test_16803_de_klerk_mandela_tuynhus", "Africa", "2020s", "TIME (time.com)", "https://time.com/6116963/nelson-mandela-fw-de-klerk", "2021-11-11"),
    # The cable's date-time group "O 271454Z DEC 77" and "THIS MORNING, DECEMBER 27" ->
    # 1977-12-27 (a Tuesday, checked); "MONDAY" -> 1978-01-02 (the next Monday, checked).
    # Region Middle East.
    ("dev_16804_begin_sadat_ismailia_cable", "Middle East", "1970s", "US Embassy Tel Aviv cable 1977TELAV11123 (via the WikiLeaks PlusD archive, search.wikileaks.org)", "https://search.wikileaks.org/plusd/cables/1977TELAV11123_c.html", "1977-12-27"),
    # "For Immediate Release January 11, 1999" (a Monday, checked): "today" -> 1999-01-11;
    # "January 12" -> 1999-01-12. Region Latin America (Argentina).
    ("dev_16805_clinton_menem_state_visit", "Latin America", "1990s", "The White House, Office of the Press Secretary (clintonwhitehouse6.archives.gov)", "https://clintonwhitehouse6.archives.gov/1999/01/1999-01-11-statement-on-state-visit-of-president-menem-of-argentina.html", "1999-01-11"),
    # The address's 2021/03/18 (a Thursday, checked): "On this date in 1985" -> 1985-03-18.
    ("dev_16806_mulroney_reagan_shamrock_summit", "North America", "2020s", "National Newswatch (nationalnewswatch.com)", "https://nationalnewswatch.com/2021/03/18/march-18-on-this-day-in-canadas-political-history-shamrock-summit-between-pm-mulroney-and-president-reagan-quebec-city", "2021-03-18"),
    # "Release Date: 13/09/1987" (a Sunday, checked). "the weekend of 10 and 11 October" -> null
    # (two days); "in June" -> null. Region Oceania.
    ("test_16807_hawke_shultz_san_francisco", "Oceania", "1980s", "PM Transcripts (pmtranscripts.pmc.gov.au; a media release of Prime Minister Bob Hawke)", "https://pmtranscripts.pmc.gov.au/release/transcript-7221", "1987-09-13"),
    # The address's 1981/0123 (a Friday, checked): "on Feb. 2" -> 1981-02-02. Region East Asia
    # (South Korea; US-Korea counts as East Asia).
    ("dev_16808_reagan_chun_invitation_washington", "East Asia", "1980s", "The Christian Science Monitor (csmonitor.com)", "https://www.csmonitor.com/1981/0123/012344.html", "1981-01-23"),
    # No date line in the excerpt; the address's id 101676658724606 carries the Unix time
    # 1676658724 = 2023-02-17 18:32 UTC -> published 2023-02-17 (a Friday, checked). The
    # archive story's own dates: "the evening of February 19, 1999" -> 1999-02-19.
    ("dev_16809_vajpayee_sharif_wagah", "South Asia", "2020s", "Hindustan Times (hindustantimes.com, 'From the Archives')", "https://www.hindustantimes.com/india-news/from-the-archives-how-a-historic-bus-ride-to-lahore-sparked-hope-101676658724606.html", "2023-02-17"),
    # The page's "Wednesday 25 August 1993 18:02 EDT" (a Wednesday, checked): "yesterday" ->
    # 1993-08-24 (resolved against the page's date, see the notes). Region Eastern Europe/Russia.
    ("dev_16810_yeltsin_walesa_warsaw_pacts", "Eastern Europe/Russia", "1990s", "The Independent (the-independent.com)", "https://the-independent.com/news/world/europe/yeltsin-and-walesa-open-new-chapter-1463413.html", "1993-08-25"),
    # The tool's " date 2017-10-12" prefix (a Thursday, checked; removed from the text) and
    # "Thursday (Oct 12)": "on Oct 23" -> 2017-10-23; "in July" -> null. Region Southeast Asia.
    ("test_16811_lee_trump_washington_planned", "Southeast Asia", "2010s", "CNA (Channel NewsAsia, channelnewsasia.com)", "http://www.channelnewsasia.com/news/singapore/pm-lee-to-visit-washington-from-oct-22-to-26-9303100", "2017-10-12"),
    # The page's "Saturday 11 January 2003 01:00 GMT" (a Saturday, checked): "today" ->
    # 2003-01-11; "on Tuesday" -> 2003-01-14 (a Tuesday, checked). Region Western Europe.
    ("dev_16812_blair_schroeder_hanover_planned", "Western Europe", "2000s", "The Independent (independent.co.uk)", "http://www.independent.co.uk/news/uk/politics/blairs-to-spend-another-weekend-with-genuinely-good-friend-schrder-124114.html", "2003-01-11"),
]

A = {}

_TM = ("This morning, Mrs. Thatcher flew to France to collect the views of President Mitterrand on the issues which will be under discussion in her talks with Mr. Gorbachev - particularly East/West relations and disarmament.")
A["dev_16801_thatcher_mitterrand_kohl_benouville"] = dict(
    actors={
        "margaret_thatcher": ["Margaret Thatcher", "Mrs. Thatcher", "MT"],
        "francois_mitterrand": ["Francois Mitterrand", "President Mitterrand", "Monsieur Mitterrand"],
        "philip_short": ["Philip Short"],
        "bbc": ["BBC"],
        "central_office_of_information": ["COI"],
        "bernard_ingham": ["Bernard Ingham"],
        "neil_kinnock": ["Mr. Neil Kinnock", "Neil Kinnock", "Mr. Kinnock"],
        "mikhail_gorbachev": ["Mr. Gorbachev"],
        "helmut_kohl": ["Chancellor Kohl"],
    },
    meetings=[
        # "Mrs. Thatcher flew to France to collect the views of President Mitterrand ... After
        # two hours of discussions" (the headline's joint press conference; "at the village of
        # Bénouville, just outside Caen") -> held, 1987-03-23, Bénouville (the most specific
        # named locality).
        M(["margaret_thatcher", "francois_mitterrand"], "1987-03-23", "Bénouville", IP, H, _TM),
        # "... her talks with Mr. Gorbachev" (= "going to Moscow on Saturday for a five day
        # visit") -> planned, null (the talks' day is not given), Moscow.
        M(["margaret_thatcher", "mikhail_gorbachev"], None, "Moscow", IP, P, _TM),
        # "Mrs. Thatcher went on to Bonn this afternoon to meet Chancellor Kohl." -> the 1300
        # news bulletin announces an afternoon meeting: planned, 1987-03-23, Bonn.
        M(["margaret_thatcher", "helmut_kohl"], "1987-03-23", "Bonn", IP, P,
          "After two hours of discussions, Mrs. Thatcher went on to Bonn this afternoon to meet Chancellor Kohl."),
        # Not rows: Kinnock's "two days in the United States" (no host named); "He was with
        # Mrs. Thatcher and Monsieur Mitterrand" (a reporter present, not a participant); the
        # news conference. Annotated: Philip Short (named in the body as "our correspondent";
        # his "Journalist:" header line is archive metadata); Bernard Ingham and the COI (named
        # in the archive's editorial comment). Not annotated: "the Prime Minister" / "the
        # President" (role phrases, listed as roles). Removed: at the start, the site line
        # "Speeches, etc."; at the end, the cut-off sentence "Although neither Britain". Kept
        # as found: the archive metadata lines, "[end p1]", "MT's notes".
    ],
    roles=[("the Prime Minister", "margaret_thatcher"), ("the President", "francois_mitterrand"),
           ("French President", "francois_mitterrand"), ("our correspondent", "philip_short")],
)

A["dev_16802_pashinian_aliyev_davos"] = dict(
    actors={
        "nikol_pashinyan": ["Armenian Prime Minister Nikol Pashinian", "Nikol Pashinian", "Pashinian"],
        "ilham_aliyev": ["Azerbaijan's President Ilham Aliyev", "Azerbaijan’s President Ilham Aliyev", "Ilham Aliyev", "Aliyev"],
        "trend_news_agency": ["Trend news agency", "Trend"],
        "ria_novosti": ["RIA Novosti news agency", "RIA Novosti"],
    },
    meetings=[
        # "... met in Davos, Switzerland on Tuesday ..." (and the caption "meet in Davos, January
        # 22, 2019") -> held, 2019-01-22, Davos.
        M(["nikol_pashinyan", "ilham_aliyev"], "2019-01-22", "Davos", IP, H,
          "Armenia’s Prime Minister Nikol Pashinian and Azerbaijan’s President Ilham Aliyev met in Davos, Switzerland on Tuesday for what they described as “informal” talks on the Nagorno-Karabakh conflict."),
        # "... spoke to each other for the first time on the sidelines of a summit ... held in
        # Tajikistan in September." -> a sideline conversation, held, null (month only),
        # Tajikistan.
        M(["ilham_aliyev", "nikol_pashinyan"], None, "Tajikistan", IP, H,
          "Aliyev and Pashinian spoke to each other for the first time on the sidelines of a summit of former Soviet republics held in Tajikistan in September."),
        # "The two leaders talked again during another ex-Soviet summit that took place in Russia
        # in early December." -> held, null, Russia.
        M(["ilham_aliyev", "nikol_pashinyan"], None, "Russia", IP, H,
          "The two leaders talked again during another ex-Soviet summit that took place in Russia in early December."),
        # Not rows: the statements, the Facebook post, the RIA Novosti quotation; "the Armenian
        # and Azerbaijani foreign ministers have met for four times" (a count) and the Paris
        # meeting "on January 16" (the ministers are not named in the kept text). Not annotated:
        # the World Economic Forum (the event of the sidelines), "the three co-chairs" (cut),
        # the U.S., Russian and French mediators (unnamed). Removed: at the start, the site line
        # "Մատչելիության հղումներ" (accessibility links); at the end, the cut-off sentence "In a
        # joint statement, the three co-chairs of the OSCE Minsk Group said Foreign Ministers
        # Zohrab Mnatsakanian and Elmar Mammadyarov “". Kept as found: the doubled caption line.
    ],
    roles=[("Armenia’s Prime Minister", "nikol_pashinyan"), ("the Armenian leader", "nikol_pashinyan"),
           ("Azerbaijan’s President", "ilham_aliyev")],
)

A["test_16803_de_klerk_mandela_tuynhus"] = dict(
    actors={
        "f_w_de_klerk": ["F.W. de Klerk", "De Klerk", "de Klerk"],
        "nelson_mandela": ["Nelson Mandela", "Mandela"],
        "p_w_botha": ["P.W. Botha"],
        "national_party_south_africa": ["National Party"],
        "die_burger": ["Die Burger"],
    },
    meetings=[
        # "In 1991, ... F.W. de Klerk ... secretly met with Nelson Mandela at Tuynhus, the South
        # African president’s residence in Cape Town." -> held, null (year only), Cape Town.
        # The year is the text's (an essay written from memory); gold follows the text.
        M(["f_w_de_klerk", "nelson_mandela"], None, "Cape Town", IP, H,
          "In 1991, two years after he became president of South Africa, F.W. de Klerk, who died at the age of 85, secretly met with Nelson Mandela at Tuynhus, the South African president’s residence in Cape Town."),
        # Not rows: "Mandela recalled all of this to me in 1993" and "our sixty plus hours of
        # taped interviews" (interviews of the author, unnamed in the body); "prison officials"
        # (unnamed). Not annotated: the author line "Stengel is the former Editor of TIME, an
        # MSNBC analyst ..." (an author line, like a byline: Stengel, TIME, MSNBC, the book
        # title); the Victor Verster prison (a place). Removed: at the end, the cut-off
        # sentence "And I said to Mr. de Klerk that if your own paper says that,". Nothing at the
        # start. Kept as found: "Tuynhus", "groups rights".
    ],
    roles=[("president of South Africa", "f_w_de_klerk"), ("the ferocious P.W. Botha", "p_w_botha")],
)

A["dev_16804_begin_sadat_ismailia_cable"] = dict(
    actors={
        "menachem_begin": ["PRIME MINISTER BEGIN", "BEGIN"],
        "anwar_sadat": ["SADAT"],
        "harold_saunders": ["SAUNDERS"],
        "zbigniew_brzezinski": ["BRZEZYNSKI"],
        "knesset": ["KNESSET"],
        "hassan_ii": ["KING HASSAN"],
        "moshe_dayan": ["DAYAN"],
        "yehuda_avner": ["YEHUDA AVNER"],
    },
    meetings=[
        # "SUBJ: BEGIN'S REPORT ON HIS MEETINGS WITH SADAT IN ISMAILIA" (the summit's sessions:
        # "ATMOSPHERE OF MEETINGS ...") -> held, null (no day in the text), Ismailia; one row for
        # the sessions of the same pair.
        M(["menachem_begin", "anwar_sadat"], None, "Ismailia", IP, H,
          "SUBJ: BEGIN'S REPORT ON HIS MEETINGS WITH SADAT IN ISMAILIA"),
        # "BEGIN WILL MEET MONDAY IN MOROCCO WITH KING HASSAN" -> planned, 1978-01-02 (the next
        # Monday after Tuesday 1977-12-27), Morocco.
        M(["menachem_begin", "hassan_ii"], "1978-01-02", "Morocco", IP, P,
          "BEGIN WILL MEET MONDAY IN MOROCCO WITH KING HASSAN, AND DAYAN IS TODAY SECRETLY IN TEHRAN."),
        # "1. I MET WITH PRIME MINISTER BEGIN THIS MORNING, DECEMBER 27 ..." -> the author is the
        # unnamed "AMBASSADOR": a one-party row, held, 1977-12-27, no place (the venue is not
        # given; Tel Aviv is the embassy's address). Yehuda Avner "WAS THE ONLY OTHER PERSON
        # PRESENT" (present, not a participant).
        M(["menachem_begin"], "1977-12-27", None, IP, H,
          "1. I MET WITH PRIME MINISTER BEGIN THIS MORNING, DECEMBER 27, FOR A LITTLE OVER AN HOUR TO OBTAIN A DETAILED REPORT FOR THE PRESIDENT AND THE SECRETARY ON THE ISMAILIA MEETINGS."),
        # Not rows: "DAYAN IS TODAY SECRETLY IN TEHRAN" (no host named); "COMMITTEES TO CONVENE
        # JANUARY 15" (unnamed members). Annotated: Saunders and Brzezinski (persons named in the
        # routing line "FOR THE SECRETARY AND SAUNDERS ...; WHITE HOUSE FOR BRZEZYNSKI").
        # Not annotated: the posts in the routing lines, "THE PRESIDENT" / "THE SECRETARY"
        # (unnamed in the text), the White House (an address in the routing line). Removed: at
        # the end, the cut-off sentence "HE WAS CLEARLY IMPRESSED BY A NUMBER OF ASPECTS ... THE
        # CRUCIAL DECISION WITHO". Nothing at the start. Kept as found: "BRZEZYNSKI", "CON-\n
        # SIDERABLE", the repeated "SECRET" and page lines.
    ],
    roles=[("PRIME MINISTER BEGIN", "menachem_begin")],
)

A["dev_16805_clinton_menem_state_visit"] = dict(
    actors={
        "bill_clinton": ["President Clinton"],
        "carlos_menem": ["President Carlos Menem", "Carlos Menem", "President Menem"],
        "un_security_council": ["United Nations Security Council"],
        "madeleine_albright": ["Secretary Albright"],
        "united_nations": ["UN"],
    },
    meetings=[
        # "President Clinton met today with President Carlos Menem of Argentina." -> held,
        # 1999-01-11, place null (the statement names no city or building).
        M(["bill_clinton", "carlos_menem"], "1999-01-11", None, IP, H,
          "President Clinton met today with President Carlos Menem of Argentina."),
        # "... the 2nd Special Consultative Process to be hosted by Secretary Albright on January
        # 12." -> planned, 1999-01-12, no place; a one-party row (the Argentine side is not
        # named), required false (a consultation group's session, not a meeting with a named
        # counterpart).
        M(["madeleine_albright"], "1999-01-12", None, IP, P,
          "Discussion of these and other issues will continue in the 2nd Special Consultative Process to be hosted by Secretary Albright on January 12.", False),
        # Not rows: "their fourth in the last two years" (a count); "The two Presidents
        # established this group in 1997" (not a meeting). Not annotated: the FTAA (a process),
        # the Office of the Press Secretary (the issuing office in the header), states. Removed:
        # at the start, the site line "View Header"; at the end, the cut-off sentence "The
        # President designated Argentina a Major Non-NATO Ally ... through f". Kept as found:
        # the empty lines in the header.
    ],
    roles=[("The President", "bill_clinton")],
)

A["dev_16806_mulroney_reagan_shamrock_summit"] = dict(
    actors={
        "brian_mulroney": ["PM Mulroney", "Prime Minister Brian Mulroney", "Brian Mulroney"],
        "ronald_reagan": ["President Reagan", "President Ronald Reagan", "Ronald Reagan"],
        "bill_davis": ["Bill Davis"],
        "drew_lewis": ["Drew Lewis"],
    },
    meetings=[
        # "On this date in 1985 Prime Minister Brian Mulroney ... and President Ronald Reagan
        # held their famous “Shamrock Summit” in Quebec City." -> held, 1985-03-18 ("On this
        # date" = the page's 03/18), Quebec City.
        M(["brian_mulroney", "ronald_reagan"], "1985-03-18", "Quebec City", IP, H,
          "On this date in 1985 Prime Minister Brian Mulroney, in office only eight months at that point, and President Ronald Reagan held their famous “Shamrock Summit” in Quebec City."),
        # Not rows: "annual meetings between PM Mulroney and the US President" (a series, no
        # specific meeting); the envoys' appointment and report; the treaty signed in Ottawa.
        # Not annotated: the author note "Arthur Milnes is an accomplished ..." (an author line:
        # Milnes, Stephen Harper, Tom Axworthy, the Queen's Centre, the Frontenac Club Hotel);
        # the photo credit "(Wiki Commons)". Removed: at the end, the repeated author note. Nothing
        # at the start. Kept as found: the caption markup "caption id=... /caption", the double
        # spaces, "the U.S,".
    ],
    roles=[("Prime Minister", "brian_mulroney")],
)

_HS = ("I am looking forward to having informal talks with Secretary of State Shultz over the weekend of 10 and 11 October in San Francisco.")
_HW = ("The talks will follow up the valuable discussions held during the visit to Australia of Mr Shultz and Secretary of Defense Weinberger in June and will cover international political and economic issues, including prospects in United States-Soviet relations, and bilateral matters.")
A["test_16807_hawke_shultz_san_francisco"] = dict(
    actors={
        "bob_hawke": ["Hawke, Robert"],
        "george_shultz": ["Shultz", "Mr Shultz"],
        "caspar_weinberger": ["Weinberger"],
        "australian_american_chamber_of_commerce": ["Australian-American Chamber of Commerce"],
        "european_community": ["European Community"],
    },
    meetings=[
        # The release's author ("I") is named only in the header lines (as test_6103: bob_hawke).
        # "... informal talks with Secretary of State Shultz over the weekend of 10 and 11
        # October in San Francisco." -> planned, null (two days), San Francisco.
        M(["bob_hawke", "george_shultz"], None, "San Francisco", IP, P, _HS),
        # "... the valuable discussions held during the visit to Australia of Mr Shultz and
        # Secretary of Defense Weinberger in June" -> held, null (month only), Australia; the
        # Australian side is implied ("the talks will follow up"), so Hawke-Shultz and
        # Hawke-Weinberger are required false; Shultz-Weinberger (visitors together) is not a row.
        M(["bob_hawke", "george_shultz"], None, "Australia", IP, H, _HW, False),
        M(["bob_hawke", "caspar_weinberger"], None, "Australia", IP, H, _HW, False),
        # Not rows: the CHOGM meeting in Vancouver (a multilateral meeting); "official talks in
        # Dublin" (no host named); the address in San Diego. Not annotated: "The National
        # Archive website" (a site line), the Commonwealth Heads of Government (unnamed).
        # Removed: at the start, the site lines "PM Transcripts" / "Transcripts from the Prime
        # Ministers of Australia"; at the end, the cut-off sentence "In Geneva on 22 October, I
        # will meet the head of the US delegation ... nuclear and sp". Kept as found: the line
        # breaks inside sentences.
    ],
    roles=[],  # the titles are broken across lines ("Secretary of\nState Shultz")
)

A["dev_16808_reagan_chun_invitation_washington"] = dict(
    actors={
        "ronald_reagan": ["President Reagan", "Mr. Reagan", "Reagan"],
        "chun_doo_hwan": ["South Korean President Chun Doo Hwan", "Chun Doo Hwan", "President Chun", "General Chun", "Chun"],
        "kim_dae_jung": ["Kim Dae Jung", "Mr. Kim"],
        "supreme_court_of_korea": ["Supreme Court"],
        "reagan_administration": ["Reagan administration"],
        "alexander_haig": ["Gen. Alexander Haig", "General Haig"],
        "senate_foreign_relations_committee": ["Senate Foreign Relations Committee"],
    },
    meetings=[
        # "... President Chun would visit Washington for talks with President Reagan on Feb. 2
        # ..." -> planned, 1981-02-02, Washington.
        M(["chun_doo_hwan", "ronald_reagan"], "1981-02-02", "Washington", IP, P,
          "An official announcement made in Washington and Seoul Jan. 21 said that President Chun would visit Washington for talks with President Reagan on Feb. 2 on \"bilateral political, economic, and security aspects as well as regional issues affecting northeast Asia.\""),
        # Not rows: the invitation (the same planned visit); "the forthcoming US-Korean summit"
        # (the same); Haig's testimony before the committee (a hearing); the stops in Los
        # Angeles and New York (no host named). Not annotated: "Mrs. Chun" (unnamed). Removed:
        # at the end, the cut-off sentence "For both supporters and opponents of General Chun,
        # a central fact of their polit". Nothing at the start. Kept as found: "inauguration.The",
        # "Sourth Korea", "key aspec".
    ],
    roles=[("South Korea's leading opposition politician", "kim_dae_jung"),
           ("The new President", "ronald_reagan"), ("his secretary of state", "alexander_haig")],
)

A["dev_16809_vajpayee_sharif_wagah"] = dict(
    actors={
        "atal_bihari_vajpayee": ["Prime Minister Atal Bihari Vajpayee", "Atal Bihari Vajpayee", "Vajpayee"],
        "nawaz_sharif": ["Pakistan Prime Minister Nawaz Sharif", "Nawaz Sharif", "Sharif"],
        "jaswant_singh": ["external affairs minister Jaswant Singh", "Jaswant Singh"],
        "sartaj_aziz": ["Sartaj Aziz"],
        "chi_haotian": ["Chinese defence minister Gen Chi Haotian", "Gen Chi Haotian"],
    },
    meetings=[
        # "The two leaders were closeted for a one-on-one meeting in the VIP lounge before
        # leaving by an Army helicopter for Lahore." (at Wagah, "on the evening of February 19,
        # 1999"; the Lahore Fort banquet the same evening is the same pair's visit) -> held,
        # 1999-02-19, Wagah.
        M(["atal_bihari_vajpayee", "nawaz_sharif"], "1999-02-19", "Wagah", IP, H,
          "The two leaders were closeted for a one-on-one meeting in the VIP lounge before leaving by an Army helicopter for Lahore."),
        # "The three services chiefs, however, later called on Vajpayee at the Punjab Governor’s
        # residence ..." -> a one-party row (the chiefs are unnamed), held, null ("later"), place
        # null (no city given for the residence); required false.
        M(["atal_bihari_vajpayee"], None, None, IP, H,
          "The three services chiefs, however, later called on Vajpayee at the Punjab Governor’s residence where the Indian PM was staying.", False),
        # "... he was in Islamabad with Chinese defence minister Gen Chi Haotian." -> held,
        # 1999-02-19 (at the time of the Wagah ceremony), Islamabad; required false ("was ...
        # with" does not say talks).
        M(["sartaj_aziz", "chi_haotian"], "1999-02-19", "Islamabad", IP, H,
          "But his Pakistani counterpart, Sartaj Aziz, was conspicuous by his absence at Wagah; he was in Islamabad with Chinese defence minister Gen Chi Haotian.", False),
        # Not rows: "Sharif hugged Vajpayee" and the Lahore Fort banquet (the same visit, one
        # row); the ceremony, the arrival statement. Removed: at the end, the cut-off quotation
        # "“It is with a great sense of elation ... of my fellow". Nothing at the start. Kept as
        # found: the repeated lead, "Delhi-Labore".
    ],
    roles=[("the Indian PM", "atal_bihari_vajpayee"), ("his Pakistani counterpart", "sartaj_aziz")],
)

A["dev_16810_yeltsin_walesa_warsaw_pacts"] = dict(
    actors={
        "boris_yeltsin": ["President Boris Yeltsin", "Boris Yeltsin", "Mr Yeltsin"],
        "lech_walesa": ["President Lech Walesa", "Lech Walesa", "Mr Walesa"],
    },
    meetings=[
        # "President Boris Yeltsin and President Lech Walesa signed pacts on trade and energy
        # yesterday ..." ("on his first official trip to Warsaw"; the dateline WARSAW) -> held,
        # 1993-08-24 ("yesterday" against the page's 25 August), Warsaw.
        M(["boris_yeltsin", "lech_walesa"], "1993-08-24", "Warsaw", IP, H,
          "WARSAW - President Boris Yeltsin and President Lech Walesa signed pacts on trade and energy yesterday to open a new chapter in relations between Russia and Poland, and drain what Mr Walesa called the 'bitter chalice' of their tragic shared history."),
        # Not rows: the joint news conference (the same visit). Not annotated: the byline "Mark
        # Trevelyan". Removed: at the start, the site lines "Stay up to date with notifications
        # ..." / "Notifications can be managed ..."; between "Comments" and the dateline, the
        # site's donation block "Your support helps us to tell the story ... makes all the
        # difference." (an app/ad block, as in ANNOTATION.md); at the end, the cut-off fragment
        # "Later, in a gesture of atonement,". Kept as found: "Comments".
    ],
    roles=[],
)

A["test_16811_lee_trump_washington_planned"] = dict(
    actors={
        "lee_hsien_loong": ["Prime Minister Lee Hsien Loong", "Lee Hsien Loong", "PM Lee", "Mr Lee"],
        "donald_trump": ["US President Donald Trump", "Donald Trump", "President Trump", "Mr Trump"],
        "ministry_of_foreign_affairs_singapore": ["Ministry of Foreign Affairs", "MFA"],
        "council_on_foreign_relations": ["Council of Foreign Relations"],
        "economic_club_of_washington": ["Economic Club of Washington DC"],
        "white_house": ["White House"],
        "group_of_20": ["G20"],
    },
    meetings=[
        # "... released on Tuesday said Mr Lee will meet Mr Trump on Oct 23." (the garbled
        # related-link line "PM Lee to meet Donald Trump at White House on Oct 23"; the MFA's
        # "In addition to President Trump, PM Lee will be meeting ...") -> planned, 2017-10-23,
        # Washington (White House).
        M(["lee_hsien_loong", "donald_trump"], "2017-10-23", "Washington", IP, P,
          "released on Tuesday said Mr Lee will meet Mr Trump on Oct 23."),
        # "PM Lee will be meeting key administration officials as well as members of the
        # Congressional leadership" -> a one-party row (unnamed counterparts), planned, null
        # (Oct 22 to 26), Washington; required false.
        M(["lee_hsien_loong"], None, "Washington", IP, P,
          "\"In addition to President Trump, PM Lee will be meeting key administration officials as well as members of the Congressional leadership,\" an MFA spokesperson said.", False),
        # "The two leaders last met on the sidelines of the G20 Leaders' Summit in Hamburg,
        # Germany." -> held, null ("in July"), Hamburg.
        M(["lee_hsien_loong", "donald_trump"], None, "Hamburg", IP, H,
          "The two leaders last met on the sidelines of the G20 Leaders' Summit in Hamburg, Germany."),
        # Not rows: the moderated dialogue and the speech; Trump's Asia trip (no hosts named).
        # Removed: at the start, the tool's " date 2017-10-12" prefix. Nothing at the end. Kept as
        # found: the garbled link lines "A" / "PM Lee to meet Donald Trump at White House on Oct
        # 23" / "released on Tuesday ...", "Advertisement" (twice), "Council of Foreign Relations".
    ],
    roles=[("US President", "donald_trump"), ("Prime Minister", "lee_hsien_loong")],
)

_BS = "Tony Blair travels to Germany today for talks with Gerhard Schröder at the Chancellor's home in Hanover, their third one-to-one meeting in the past few months."
A["dev_16812_blair_schroeder_hanover_planned"] = dict(
    actors={
        "tony_blair": ["Tony Blair", "Mr Blair", "Blair"],
        "gerhard_schroeder": ["Gerhard Schröder", "Chancellor Schröder", "Mr Schröder", "Schröder"],
        "downing_street": ["Downing Street", "Number 10"],
        "jacques_chirac": ["Jacques Chirac"],
        "convention_on_the_future_of_europe": ["Convention on the Future of Europe"],
        "european_union": ["European Union", "EU"],
        "un_security_council": ["UN Security Council"],
        "cherie_blair": ["Cherie Blair"],
        "peter_foster": ["Peter Foster"],
        "doris_schroeder_kopf": ["Doris"],
    },
    meetings=[
        # "Tony Blair travels to Germany today for talks with Gerhard Schröder at the
        # Chancellor's home in Hanover ..." (a morning paper) -> planned, 2003-01-11, Hanover.
        # The wives "will also be present" (present, not participants).
        M(["tony_blair", "gerhard_schroeder"], "2003-01-11", "Hanover", IP, P, _BS),
        # "... ahead of a meeting between Chancellor Schröder and the French President, Jacques
        # Chirac, in Paris on Tuesday." -> planned, 2003-01-14, Paris.
        M(["gerhard_schroeder", "jacques_chirac"], "2003-01-14", "Paris", IP, P,
          "In Whitehall, officials speculated that Mr Blair was trying to play \"gooseberry\" ahead of a meeting between Chancellor Schröder and the French President, Jacques Chirac, in Paris on Tuesday."),
        # Not rows: "their third one-to-one meeting in the past few months" (a count); the dinner
        # of "the two couples" (the same visit); the "Cheriegate" affair. Not annotated: the
        # byline "Andrew Grice", "A Blair aide" and "a German government spokesman" (unnamed),
        # Whitehall (a place), states. Removed: at the start, the site lines "Stay up to date
        # with notifications ..." / "Notifications can be managed ..."; at the end, the cut-off
        # sentence "Despite his woes, the Chancellor is being wooed ... drawing". Kept as found:
        # "Comments".
    ],
    roles=[("the Chancellor", "gerhard_schroeder"), ("the French President", "jacques_chirac"),
           ("his good friend", "gerhard_schroeder"), ("his fourth wife", "doris_schroeder_kopf")],
)
