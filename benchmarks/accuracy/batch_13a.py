"""Accuracy corpus, batch 13a: 12 new articles from the 1970s, 1980s and 1990s (four per decade),
chosen where sources.csv was still thin (region x decade cells counted over sources.csv and every
batch_*.py present before searching, 336 articles, batches 1-12b: Central Asia/Caucasus had 0
articles in the 1970s and 3 in the 1980s; East Asia, Eastern Europe/Russia, North America, South
Asia and Southeast Asia 3 each in the 1970s; Western Europe 3 in the 1980s; every other cell of
the three decades 4 (1970s, 1980s) or 5 and more (1990s)) and spread over eight regions (East
Asia 2, Eastern Europe/Russia 2, Southeast Asia 2, Western Europe 2, North America, Oceania, Latin
America, the Middle East 1 each). Outlets not yet in the corpus: the Embassy of Ukraine in the
United States (press release, via brama.com), CAIN (Conflict Archive on the Internet, Ulster
University; an official communique) and The New York Times archive page (nyti.ms; the paper was
used before only through reposts); the others were used before (The Press via Papers Past three
times: the 1970s offered little else; Songramer Notebook, The Christian Science Monitor, The
Jakarta Post via jawawa.id, the Deseret News, the Ronald Reagan Presidential Library, the
Associated Press). Collected with the `search` tool (corpus `pages`) and annotated from the texts
alone, BEFORE the package was run on them (the package has not been run on this batch).
Conventions: ANNOTATION.md and /work/shared/ANNOTATION-GUIDE.md. Notes: batch_13a_NOTES.md.

Split rule (fixed before annotating, as given in the brief for this batch, the same as batches
5a-12b): the articles are numbered 1..12 in the order they were first found in this session's
search results (the query in which each first appeared); positions 3, 7 and 11 are test, all
others dev. Ids: `dev_24NN_<slug>` / `test_24NN_<slug>`, NN = collection position (01..12).

M(participants, date, place, kind, status, evidence, required=True)
Evidence is the verbatim sentence (line breaks inside it replaced by single spaces).
Aliases are written as they stand in the text (typos and OCR errors included).
"""


from annotations import H, IP, M, P, PH, VID  # noqa: F401 (the same row helpers)

# (article_id, region, decade, outlet, url, published)
ARTICLES = [
    # No date line in the excerpt; the Papers Past id CHP19790426 (served by the dynamic-rsnz
    # mirror of Papers Past, as the search returned it) gives The Press of 1979-04-26 (a
    # Thursday). The meeting's day is not stated.
    ("dev_2401_talboys_ohira_tokyo", "East Asia", "1970s", "The Press (Christchurch), via Papers Past (NZPA)", "https://dynamic-rsnz.natlib.govt.nz/newspapers/CHP19790426.2.24", "1979-04-26"),
    # No publication date on the page, in the search result or in the URL -> published empty and
    # every meeting date null (as dev_043 and test_2207). Decade 1970s (judgement): Songramer
    # Notebook is an archive of 1971 press clippings, and the text has Brezhnev as General
    # Secretary, Podgorny as President and Kosygin as Prime Minister (1964-77) and "the recent
    # treaty" of Indo-Soviet relations. Region: the talks are in Moscow with the Soviet leaders.
    ("dev_2402_gandhi_kosygin_moscow", "Eastern Europe/Russia", "1970s", "Songramer Notebook (1971 press archive; agency report, source paper not named)", "https://songramernotebook.com/archives/374179", ""),
    # No date line in the excerpt; the URL (1982/1102) gives 1982-11-02 (a Tuesday).
    ("test_2403_thatcher_kohl_csm", "Western Europe", "1980s", "The Christian Science Monitor", "http://m.csmonitor.com/1982/1102/110239.html", "1982-11-02"),
    # Date line "Fri, 06 May 1994" (a Friday); "yesterday" = 1994-05-05.
    ("dev_2404_soeharto_bolger_groser", "Southeast Asia", "1990s", "The Jakarta Post (via jawawa.id)", "https://jawawa.id/newsitem/soeharto-looks-to-meeting-with-bolger-1447893297", "1994-05-06"),
    # The page's archive note (removed as chrome) gives "May 8, 1975, Page 1" (a Thursday); the
    # dateline "WASHINGTON, May 7" (a Wednesday) precedes the issue, and "today", "this morning"
    # and "Tomorrow" are resolved against the dateline (batch 5d, dev_2202): 1975-05-07 and
    # 1975-05-08.
    ("dev_2405_ford_allied_leaders_washington", "North America", "1970s", "The New York Times (archive page, nyti.ms)", "https://nyti.ms/1QCH2IC", "1975-05-08"),
    # No date line in the excerpt; the Papers Past id CHP19731220 gives The Press of 1973-12-20 (a
    # Thursday); dateline "DJAKARTA. December 15." (a Saturday). No meeting day is given.
    ("dev_2406_kirk_suharto_jakarta", "Southeast Asia", "1970s", "The Press (Christchurch), via Papers Past (staff correspondent)", "https://paperspast.natlib.govt.nz/newspapers/CHP19731220.2.53", "1973-12-20"),
    # No date line in the excerpt; the Papers Past id CHP19831003 gives The Press of 1983-10-03 (a
    # Monday); the undated New York dispatch's "on Saturday" = 1983-10-01 either way.
    ("test_2407_muldoon_trudeau_gandhi_new_york", "Oceania", "1980s", "The Press (Christchurch), via Papers Past (staff correspondent)", "https://paperspast.natlib.govt.nz/newspapers/CHP19831003.2.40", "1983-10-03"),
    # Date line "19 September 1998" (a Saturday) of the press release; the text dates the
    # meetings itself ("On September 18", "on September 19").
    ("dev_2408_kuchma_yeltsin_zavidovo", "Eastern Europe/Russia", "1990s", "Embassy of Ukraine in the United States, press release (via brama.com)", "http://www.brama.com/ukraine-embassy/pre0919.html", "1998-09-19"),
    # Title and opening give "Wednesday, 28 February, 1996"; "today" = 1996-02-28.
    ("dev_2409_major_bruton_downing_street", "Western Europe", "1990s", "CAIN Web Service (Ulster University), communique", "https://cain.ulst.ac.uk/events/peace/docs/com280296.htm", "1996-02-28"),
    # No date line in the excerpt; the URL (1995/4/20) gives 1995-04-20 (a Thursday); "Thursday"
    # and "tonight" = 1995-04-20.
    ("dev_2410_clinton_cardoso_white_house", "Latin America", "1990s", "Deseret News", "https://www.deseret.com/1995/4/20/19170748/clinton-greets-new-brazilian-leader-with-gusto", "1995-04-20"),
    # Date line "November 14, 1983" (a Monday) of the joint statement; the meeting days are
    # explicit ("November 12", "November 13").
    ("test_2411_reagan_chun_seoul", "East Asia", "1980s", "Ronald Reagan Presidential Library (reaganlibrary.gov), joint statement", "https://www.reaganlibrary.gov/archives/speech/joint-statement-following-meetings-president-chun-doo-hwan-republic-korea", "1983-11-14"),
    # Date line "August 21, 1986" (a Thursday); "Tuesday" = 1986-08-19 ("Wednesday" =
    # 1986-08-20 is the day of Peres's statement).
    ("dev_2412_peres_mubarak_september", "Middle East", "1980s", "Associated Press (apnews.com archive)", "https://www.apnews.com/04845faba1e31f167a6bbfb4ee54703c", "1986-08-21"),
]

A = {}

_TO = ("During his 30-minute meet- I ing with the Japanese leader,, Mr Taihoys said that there had "
       "been a mutually benen-j cial improvement in the relationship between the two countries, "
       "“but I reminded; him that we still have aj problem with trade.”")

A["dev_2401_talboys_ohira_tokyo"] = dict(
    actors={
        "brian_talboys": ["Mr Taiboys", "Mr Taihoys"],
        "masayoshi_ohira": ["Mr Masayoshi Ohira"],
        "japanese_government": ["Japanese Government"],
    },
    meetings=[
        # "During his 30-minute meet- I ing with the Japanese leader" ("the Japanese leader" = the
        # Prime Minister, Mr Masayoshi Ohira, named in the preceding sentence) -> held, Tokyo
        # (dateline "NZPA Tokyo", "talks in Tokyo"); date null (the day is not stated).
        M(["brian_talboys", "masayoshi_ohira"], None, "Tokyo", IP, H, _TO),
        # "After intensive talks in Tokyo with Japanese political and industrial leaders" ->
        # counterparts unnamed -> one-party row, held, Tokyo, date null; optional (it may cover
        # the Ohira meeting and is a summary of several unnamed talks).
        M(["brian_talboys"], None, "Tokyo", IP, H,
          "After intensive talks in Tokyo with Japanese political and industrial leaders, the Minister of Foreign Affairs and Overseas Trace (Mr Taiboys) is able to cite evidence of progress in the relationship between the two nations.", False),
        # Not rows: the June "summit talks" of the industrial nations in Tokyo (multilateral,
        # planned); Ohira's "offer" to raise New Zealand's views there (an offer); "I reminded
        # him" (the same meeting); the aviation agreement "in the wind" (no meeting).
    ],
    roles=[("the Minister of Foreign Affairs and Overseas Trace", "brian_talboys"),
           ("the Japanese leader", "masayoshi_ohira"), ("Prime Minister", "masayoshi_ohira")],
)

_GK = ("The General Secretary of the Communist Party,, Mr. Brezhnev, back here tonight from his East "
       "European tour, and President Podgorny will join the Prime Minister, Mr. Kosygin, .at the "
       "talks in the Kremlin.")
_DK = ("Meanwhile, Mr. D. P. Dhar Chairman of the Policy Planning Committee of the Ministry of "
       "External Affairs and Mr. T. N. Kaul, Foreign Secretary who came with the Prime Minister, had "
       "an hour’s talks with the acting Foreign Minister, Mr. V. Kuznetzov, and the Deputy Foreign "
       "Minister, Mr. Nikolai Firyubin.")

A["dev_2402_gandhi_kosygin_moscow"] = dict(
    actors={
        "indira_gandhi": ["Mrs Gandhi", "Mrs. Gandhi"],
        "leonid_brezhnev": ["Mr. Brezhnev"],
        "nikolai_podgorny": ["President Podgorny"],
        "alexei_kosygin": ["Mr. Kosygin"],
        "d_p_dhar": ["Mr. D. P. Dhar"],
        "t_n_kaul": ["Mr. T. N. Kaul"],
        "vasily_kuznetsov": ["Mr. V. Kuznetzov"],
        "nikolai_firyubin": ["Mr. Nikolai Firyubin"],
        "communist_party_of_the_soviet_union": ["Communist Party"],
        "ministry_of_external_affairs_india": ["Ministry of External Affairs"],
    },
    meetings=[
        # "Soon after arival Mrs. Gandhi held informal discussions with Mr. Kosygin at the
        # Kremlin." -> held, Moscow (the Kremlin; dateline MOSCOW); date null (no publication
        # date: the page gives "Sept. 27" without a year).
        M(["indira_gandhi", "alexei_kosygin"], None, "Moscow", IP, H,
          "Soon after arival Mrs. Gandhi held informal discussions with Mr. Kosygin at the Kremlin."),
        # "will being talks with Kremlin leaders at 10 a.m. tomorrow" + "Mr. Brezhnev ... and
        # President Podgorny will join the Prime Minister, Mr. Kosygin, .at the talks in the
        # Kremlin." -> a planned meeting of four named people, Moscow, date null -> one row per
        # pair; a separate row from the held informal discussions (another day, dev_035). The
        # three pairs with the visitor are required; the three pairs among the Soviet hosts are
        # optional (the same side of the table, as dev_024's same-government pairs).
        M(["indira_gandhi", "alexei_kosygin"], None, "Moscow", IP, P, _GK),
        M(["indira_gandhi", "leonid_brezhnev"], None, "Moscow", IP, P, _GK),
        M(["indira_gandhi", "nikolai_podgorny"], None, "Moscow", IP, P, _GK),
        M(["leonid_brezhnev", "alexei_kosygin"], None, "Moscow", IP, P, _GK, False),
        M(["leonid_brezhnev", "nikolai_podgorny"], None, "Moscow", IP, P, _GK, False),
        M(["nikolai_podgorny", "alexei_kosygin"], None, "Moscow", IP, P, _GK, False),
        # Dhar and Kaul "had an hour's talks with" Kuznetzov and Firyubin -> held, Moscow
        # (dateline; "Meanwhile", the same day), date null; four cross pairs required, the two
        # same-side pairs (Dhar-Kaul, Kuznetzov-Firyubin) optional.
        M(["d_p_dhar", "vasily_kuznetsov"], None, "Moscow", IP, H, _DK),
        M(["d_p_dhar", "nikolai_firyubin"], None, "Moscow", IP, H, _DK),
        M(["t_n_kaul", "vasily_kuznetsov"], None, "Moscow", IP, H, _DK),
        M(["t_n_kaul", "nikolai_firyubin"], None, "Moscow", IP, H, _DK),
        M(["d_p_dhar", "t_n_kaul"], None, "Moscow", IP, H, _DK, False),
        M(["vasily_kuznetsov", "nikolai_firyubin"], None, "Moscow", IP, H, _DK, False),
        # Not rows: "was to have started talks within two hours of her arrival" (put off, did not
        # take place); "agree on by the two Prime Ministers as they drove in state" (the same
        # day's encounter of the same pair as the informal discussions); the banquet "put off till
        # tomorow" and "six hours ... for the summit talks", "two sessions", "may be prolonged on
        # Wednesday" (the same planned talks); "meeting the families of the embassy personnel"
        # (unnamed); "a spokesman" (unnamed); the treaty (no meeting).
    ],
    roles=[("The Indian Prime Minister", "indira_gandhi"),
           ("The General Secretary of the Communist Party", "leonid_brezhnev"),
           ("Chairman of the Policy Planning Committee of the Ministry of External Affairs", "d_p_dhar"),
           ("Foreign Secretary", "t_n_kaul"), ("the acting Foreign Minister", "vasily_kuznetsov"),
           ("the Deputy Foreign Minister", "nikolai_firyubin")],
)

_TK_BONN = ("Then, after talks in Bonn and a tour of the Berlin Wall in Dr. Kohl's company, the British "
            "leader spoke of ''a great feeling for cooperation in the future.''")

A["test_2403_thatcher_kohl_csm"] = dict(
    actors={
        "margaret_thatcher": ["Prime Minister Margaret Thatcher", "Margaret Thatcher", "Mrs. Thatcher"],
        "helmut_kohl": ["Chancellor Helmut Kohl", "Helmut Kohl", "Chancellor Kohl", "Dr. Kohl"],
        "helmut_schmidt": ["Helmut Schmidt"],
        "ronald_reagan": ["President Reagan", "Reagan"],
        "reagan_administration": ["Reagan administration"],
        "european_economic_community": ["European Community"],
        "warsaw_pact": ["Warsaw Pact"],
        "nato": ["NATO"],
    },
    meetings=[
        # "has held two meetings with Chancellor Helmut Kohl" = the two talks named next: "their
        # first talks in London" -> held, London, date null ("within a month of his taking over",
        # no day).
        M(["margaret_thatcher", "helmut_kohl"], None, "London", IP, H,
          "After their first talks in London Mrs. Thatcher spoke of a ''true meeting of minds.''"),
        # "after talks in Bonn" -> held, Bonn, date null.
        M(["margaret_thatcher", "helmut_kohl"], None, "Bonn", IP, H, _TK_BONN),
        # "a tour of the Berlin Wall in Dr. Kohl's company" -> a joint tour during the same
        # visit, Berlin, date null; optional (an accompanied tour, not talks; possibly the same
        # day as the Bonn talks).
        M(["margaret_thatcher", "helmut_kohl"], None, "Berlin", IP, H, _TK_BONN, False),
        # Not rows: "has held two meetings" (the count: the two rows above, no third); "strains
        # between Mrs. Thatcher and Helmut Schmidt" (no meeting); "dealings with President
        # Reagan" and "speak with one voice to the Reagan administration" (general);
        # "negotiations with the Russians" (general); "West German officials", "Whitehall
        # sources" (unnamed).
    ],
    roles=[("the British leader", "margaret_thatcher"), ("the President", "ronald_reagan")],
)

A["dev_2404_soeharto_bolger_groser"] = dict(
    actors={
        "soeharto": ["President Soeharto", "Soeharto"],
        "jim_bolger": ["New Zealand Prime Minister James Bolger", "James Bolger", "Bolger"],
        "timothy_groser": ["Timothy Groser"],
        "tengku_dahlia_soemolang": ["Tengku Dahlia Soemolang"],
        "reuters": ["Reuters"],
        "asean": ["Association of Southeast Asian Nations", "ASEAN"],
        "apec": ["Asia-Pacific Economic Cooperation", "APEC"],
        "un_security_council": ["United Nations' Security Council"],
    },
    meetings=[
        # "a meeting with New Zealand Prime Minister James Bolger in Jakarta later this month" ->
        # planned, Jakarta; date null ("later this month"). "Bolger is slated to visit Indonesia
        # on May 16" dates the visit, not with certainty the meeting (alternative: 1994-05-16).
        M(["soeharto", "jim_bolger"], None, "Jakarta", IP, P,
          "JAKARTA (JP): President Soeharto yesterday said a meeting with New Zealand Prime Minister James Bolger in Jakarta later this month bodes well for closer bilateral ties."),
        # "Soeharto said when accepting the letter of credential of Timothy Groser ... at the
        # Merdeka Palace" (said "yesterday") -> held, 1994-05-05, Jakarta (Merdeka Palace;
        # dateline JAKARTA). A credentials ceremony: the head of state receives the envoy.
        M(["soeharto", "timothy_groser"], "1994-05-05", "Jakarta", IP, H,
          "\"I hope the visit will provide a valuable opportunity for the two of us to discuss how we should further strengthen relations between the two countries and to exchange views on regional and international issues of common interest,\" Soeharto said when accepting the letter of credential of Timothy Groser, the new New Zealand ambassador to Indonesia, at the Merdeka Palace."),
        # "The statement was presented to the Indonesian ambassador in Wellington, Tengku Dahlia
        # Soemolang." -> the presenters (the MPs) are unnamed -> one-party row, held, Wellington,
        # date null (the day is not stated); optional (the handing over of a petition).
        M(["tengku_dahlia_soemolang"], None, "Wellington", IP, H,
          "The statement was presented to the Indonesian ambassador in Wellington, Tengku Dahlia Soemolang.", False),
        # Not rows: the MPs "would press Bolger to raise the East Timor issue with Soeharto in
        # Jakarta" (the same planned meeting); "Bolger is slated to visit Indonesia on May 16"
        # (the same visit); "The upcoming leadership meeting of APEC countries" and "the annual
        # APEC talks scheduled for November" (multilateral, planned); Soeharto's speech.
    ],
    roles=[("New Zealand Prime Minister", "jim_bolger"),
           ("the new New Zealand ambassador to Indonesia", "timothy_groser"),
           ("the Indonesian ambassador in Wellington", "tengku_dahlia_soemolang")],
)

_FNZ = ("Starting a month of highlevel meetings here and abroad with leaders of allied nations, Mr. "
        "Ford told the Prime Ministers of New Zealand and Australia separately this morning that the "
        "defeats in Cambodia and South Vietnam had “in no way weakened the United States' resolve to "
        "stand by its allies and friends in Asia and elsewhere,” the White House said.")

A["dev_2405_ford_allied_leaders_washington"] = dict(
    actors={
        "gerald_ford": ["President Ford", "Mr. Ford", "FORD"],
        "harold_wilson": ["Prime Minister Harold Wilson", "Harold Wilson"],
        "lee_kuan_yew": ["Prime Minister Lee Kuan Yew", "Lee Kuan Yew"],
        "white_house": ["White House"],
        "nato": ["North Atlantic alliance"],
    },
    meetings=[
        # "Mr. Ford told the Prime Ministers of New Zealand and Australia separately this morning"
        # -> two separate meetings; the two Prime Ministers are given by role only (never named in
        # the text) -> two one-party rows (Ford), held, 1975-05-07 (dateline day), Washington
        # (dateline; "meetings here"). The two rows are identical in form: one per meeting.
        M(["gerald_ford"], "1975-05-07", "Washington", IP, H, _FNZ),
        M(["gerald_ford"], "1975-05-07", "Washington", IP, H, _FNZ),
        # "Later, Mr. Ford met at the White House with Prime Minister Harold Wilson" -> held,
        # 1975-05-07, Washington (White House).
        M(["gerald_ford", "harold_wilson"], "1975-05-07", "Washington", IP, H,
          "Later, Mr. Ford met at the White House with Prime Minister Harold Wilson of Britain to discuss ways of strengthening the North Atlantic alliance and the forthcoming meeting of heads of government of member countries, scheduled for Brussels on May 29 and 30."),
        # "Tomorrow Mr. Ford sees Prime Minister Lee Kuan Yew" -> planned, 1975-05-08 (the day
        # after the dateline day); place Washington (judgement: the text names no venue; the
        # leaders "arrived in Washington", meetings "here").
        M(["gerald_ford", "lee_kuan_yew"], "1975-05-08", "Washington", IP, P,
          "Tomorrow Mr. Ford sees Prime Minister Lee Kuan Yew of Singapore, whose country, while not bound by any treaty to the United States, is concerned about the future of Southeast Asia."),
        # Not rows: "assured three of America's closest allies today" (a summary of the same
        # meetings); "a month of highlevel meetings here and abroad" (general); the meeting of
        # heads of government "scheduled for Brussels on May 29 and 30" (multilateral, planned);
        # the Commonwealth meeting in Jamaica (multilateral); "the White House said" (a source).
    ],
    roles=[],
)

_KS = ("But perhaps none of these has pleased him more than the! close attention paid by Presi-I dent "
       "Suharto and Minister of Foreign Affairs Adam: Malik to what he has to say.!")

A["dev_2406_kirk_suharto_jakarta"] = dict(
    actors={
        "norman_kirk": ["Mr Kirk", "Mr, Kirk"],
        "soeharto": ["Suharto"],
        "adam_malik": ["Adam: Malik", "Malik"],
        "gough_whitlam": ["Mr Whitlam"],
        "commonwealth_of_nations": ["British Commonwealth"],
    },
    meetings=[
        # A near-zero control: a correspondent's column on Kirk's reception in Indonesia. "the
        # close attention paid by President Suharto and Minister of Foreign Affairs Adam Malik to
        # what he has to say" implies talks of Kirk with each of them "in the last few days", but
        # no meeting is stated -> two optional rows, held, Djakarta (dateline, written as there;
        # "his reception here"), date null. Suharto-Malik: the same (host) side, no row.
        M(["norman_kirk", "soeharto"], None, "Djakarta", IP, H, _KS, False),
        M(["norman_kirk", "adam_malik"], None, "Djakarta", IP, H, _KS, False),
        # Not rows: the reception, gun salutes and guards of honour (ceremonies, no named host);
        # "The Indonesian leaders" (unnamed); "the policies of Mr Whitlam" (no meeting); the
        # "six-nation tour" (no named hosts).
    ],
    roles=[("Our Prime Minister", "norman_kirk"), ("Minister of Foreign Affairs", "adam_malik")],
)

_MTG = ("This comes after encouraging talks in New York on Saturday with the Canadian Prime "
        "Minister, Mr Pierre Trudeau, and the Indian Prime Minister, Mrs Indira Gandhi.")

A["test_2407_muldoon_trudeau_gandhi_new_york"] = dict(
    actors={
        "robert_muldoon": ["Mr Muldoon"],
        "pierre_trudeau": ["Mr Pierre Trudeau", "Pierre Trudeau", "Mr Trudeau"],
        "indira_gandhi": ["Mrs Indira Gandhi", "Indira Gandhi"],
        "marc_lalonde": ["Mr Marc Lalonde", "Marc Lalonde", "Mr Lalonde"],
        "new_zealand_herald": ["New Zealand Herald"],
    },
    meetings=[
        # "talks in New York on Saturday with ... Trudeau, and ... Gandhi" -> two bilaterals
        # (dev_032: "met A and B" = two rows; the text then describes the Trudeau talk alone,
        # "a 45-minute meeting"), held, 1983-10-01 (the Saturday before the Monday paper), New
        # York. Trudeau-Gandhi: no row (not presented as meeting each other).
        M(["robert_muldoon", "pierre_trudeau"], "1983-10-01", "New York", IP, H, _MTG),
        M(["robert_muldoon", "indira_gandhi"], "1983-10-01", "New York", IP, H, _MTG),
        # Not rows: "discussed his initiative with Mr Trudeau during a 45-minute meeting" and "did
        # not raise with Mr Trudeau" (the same Trudeau talks); the Commonwealth heads of
        # government "meeting in New Delhi in November" and the Commonwealth Finance Ministers'
        # Conference in Trinidad (multilateral); "questioning Mr Lalonde" by the "New Zealand
        # Herald" representative (a media question); "a press conference" (one person).
    ],
    roles=[("The Prime Minister", "robert_muldoon"), ("the Canadian Prime Minister", "pierre_trudeau"),
           ("the Indian Prime Minister", "indira_gandhi"), ("the Canadian Minister of Finance", "marc_lalonde")],
)

A["dev_2408_kuchma_yeltsin_zavidovo"] = dict(
    actors={
        "boris_yeltsin": ["Boris Yeltsin", "Yeltsin"],
        "leonid_kuchma": ["Leonid Kuchma", "Kuchma"],
        "yevgeny_primakov": ["Yevgeni Primakov"],
        "valeriy_pustovoitenko": ["Valeriy Pustovoitenko"],
    },
    meetings=[
        # "On September 18, Presidents Boris Yeltsin ... and Leonid Kuchma ... held an informal
        # tête-à-tête get-together in ... 'Rus' in Zavidovo." -> held, 1998-09-18, Zavidovo. The
        # "working meeting at ... 'Rus' on September 18-19" is the same meeting (one row, dated to
        # its first day as test_009).
        M(["boris_yeltsin", "leonid_kuchma"], "1998-09-18", "Zavidovo", IP, H,
          "On September 18, Presidents Boris Yeltsin of Russia and Leonid Kuchma of Ukraine held an informal tÍte-ŗ-tÍte get-together in the Russian President's suburban residence \"Rus\" in Zavidovo."),
        # "Concurrently, ... Primakov, and his Ukrainian opposite number, Valeriy Pustovoitenko,
        # held a meeting at the Russian Government's Reception House" -> held, 1998-09-18
        # ("Concurrently"), place Moscow (judgement: the Reception House's city is not named; the
        # text speaks of "the two-day Ukrainian-Russian talks in Moscow"). The vice prime
        # ministers and central bank governors who "attended" are unnamed.
        M(["yevgeny_primakov", "valeriy_pustovoitenko"], "1998-09-18", "Moscow", IP, H,
          "Concurrently, the newly appointed Russian Prime Minister, Yevgeni Primakov, and his Ukrainian opposite number, Valeriy Pustovoitenko, held a meeting at the Russian Government's Reception House, which was attended by the two parties' vice prime ministers and the governors of Russia's and Ukraine's central banks."),
        # Kuchma "stated on September 19, speaking to ... journalists in Moscow before meeting
        # with the Russian Head of Government, Yevgeni Primakov" -> held (told in the past, the
        # meeting followed the statement), 1998-09-19, Moscow.
        M(["leonid_kuchma", "yevgeny_primakov"], "1998-09-19", "Moscow", IP, H,
          "The focal agenda item of the two-day Ukrainian-Russian talks in Moscow were the financial crisis and ways to cope with it, as Ukrainian President Leonid Kuchma stated on September 19, speaking to Russian and Ukrainian journalists in Moscow before meeting with the Russian Head of Government, Yevgeni Primakov."),
        # Not rows: the "working meeting ... on September 18-19" (the same presidents' meeting);
        # "speaking to Russian and Ukrainian journalists" (media); the "anti-crisis group" and the
        # "mixed Ukrainian-Russian commission" (bodies, no meeting).
    ],
    roles=[("the newly appointed Russian Prime Minister", "yevgeny_primakov"),
           ("his Ukrainian opposite number", "valeriy_pustovoitenko"),
           ("The Russian Head of Government", "yevgeny_primakov"),
           ("the Russian Head of Government", "yevgeny_primakov"),
           ("the Russian President", "boris_yeltsin"), ("Ukrainian President", "leonid_kuchma")],
)

A["dev_2409_major_bruton_downing_street"] = dict(
    actors={
        "john_major": ["Mr John Major", "John Major"],
        "john_bruton": ["Mr John Bruton", "John Bruton"],
        "dick_spring": ["Mr Dick Spring"],
        "nora_owen": ["Mrs Nora Owen"],
        "patrick_mayhew": ["Patrick Mayhew"],
        "michael_ancram": ["Michael Ancram"],
        "john_wheeler": ["Sir John Wheeler"],
        "ira": ["IRA"],
    },
    meetings=[
        # "had two hours of talks at No. 10 Downing Street today" -> held, 1996-02-28, London
        # (Downing Street resolved to its city). The ministers who "accompanied" each leader are
        # not participants (dev_018, test_001).
        M(["john_bruton", "john_major"], "1996-02-28", "London", IP, H,
          "THE Taoiseach and the Prime Minister had two hours of talks at No. 10 Downing Street today."),
        # Not rows: "The Taoiseach was accompanied by", "The Prime Minister was accompanied by"
        # (aides, not participants); the statements, condemnations and resolutions (the same
        # meeting's communique); the IRA statement (no meeting).
    ],
    roles=[("the Taoiseach", "john_bruton"), ("the British Prime Minister", "john_major"),
           ("the Prime Minister", "john_major"), ("the Tanaiste", "dick_spring"),
           ("the Minister for Justice", "nora_owen"),
           ("the Secretary of State for Northern Ireland", "patrick_mayhew")],
)

_CC = ("After his morning meeting with Clinton, Cardoso was due to be feted at a luncheon hosted by "
       "Vice President Al Gore.")

A["dev_2410_clinton_cardoso_white_house"] = dict(
    actors={
        "bill_clinton": ["President Clinton", "Clinton"],
        "fernando_henrique_cardoso": ["President Fernando Hen-rique Cardoso", "Fernando Hen-rique Cardoso", "Cardoso"],
        "al_gore": ["Vice President Al Gore", "Al Gore"],
    },
    meetings=[
        # "welcomed Brazil's president to the White House Thursday" + "his morning meeting with
        # Clinton" -> held, 1995-04-20, Washington (White House). The welcome ceremony, the
        # morning meeting and "a state dinner for Cardoso tonight" are the same pair on the same
        # day and place: one row.
        M(["bill_clinton", "fernando_henrique_cardoso"], "1995-04-20", "Washington", IP, H, _CC),
        # "was due to be feted at a luncheon hosted by Vice President Al Gore" -> planned,
        # 1995-04-20 (after the morning meeting), place United States (the text names no venue
        # for the luncheon; dev_033's convention).
        M(["fernando_henrique_cardoso", "al_gore"], "1995-04-20", "United States", IP, P, _CC),
        # Not rows: "Clinton will have a state dinner for Cardoso tonight" (the same pair, same
        # day: part of the held row); "we will meet without any contention", said to "an
        # interviewer last week" (the same visit; an interview); "U.S. officials" (unnamed).
    ],
    roles=[("Brazil's president", "fernando_henrique_cardoso")],
)

_RC = ("The two Presidents met at the Blue House on November 12 and again on November 13 for "
       "discussions of both bilateral and world affairs.")

A["test_2411_reagan_chun_seoul"] = dict(
    actors={
        "ronald_reagan": ["President Reagan"],
        "chun_doo_hwan": ["President Chun Doo Hwan", "Chun Doo Hwan", "President Chun"],
        "nancy_reagan": ["Mrs. Ronald W. Reagan"],
        "national_assembly_south_korea": ["National Assembly"],
        "government_of_burma": ["Government of Burma"],
        "united_states_armed_forces": ["United States Armed Forces"],
    },
    meetings=[
        # "The two Presidents" (= President Chun Doo Hwan and "the President of the United States",
        # President Reagan, named in the preceding sentence) "met at the Blue House on November 12
        # and again on November 13" -> two held rows, 1983-11-12 and 1983-11-13 (year of the
        # statement, also given in "November 12 to 14, 1983"), Seoul (the Blue House resolved to
        # its city, as the White House -> Washington).
        M(["ronald_reagan", "chun_doo_hwan"], "1983-11-12", "Seoul", IP, H, _RC),
        M(["ronald_reagan", "chun_doo_hwan"], "1983-11-13", "Seoul", IP, H, _RC),
        # "also met with senior Korean officials, other Korean citizens, and a group of American
        # businessmen" -> counterparts unnamed -> one-party row, held, date null (within the
        # 12-14 November visit), place "Republic of Korea" (the country as written); optional
        # (unnamed groups, a summary of several encounters).
        M(["ronald_reagan"], None, "Republic of Korea", IP, H,
          "President Reagan addressed the National Assembly, visited field installations of both the Korean and the United States Armed Forces, and also met with senior Korean officials, other Korean citizens, and a group of American businessmen.", False),
        # Not rows: the state visit "At the invitation of President Chun" (the visit of the two
        # held rows); Mrs. Reagan (an accompanying spouse, not a participant); the address to the
        # National Assembly (a speech); "The talks were held in a most cordial ... atmosphere",
        # "expressed his appreciation", "expressed his condolences", "Both Presidents noted" (the
        # same talks); the investigation by the Government of Burma (no meeting).
    ],
    roles=[("the President of the United States", "ronald_reagan")],
)

A["dev_2412_peres_mubarak_september"] = dict(
    actors={
        "shimon_peres": ["Prime Minister Shimon Peres", "Shimon Peres", "Peres"],
        "hosni_mubarak": ["President Hosni Mubarak", "Hosni Mubarak", "President Mubarak", "Mubarak"],
        "avraham_tamir": ["Avraham Tamir", "Tamir"],
        "hassan_ii": ["King Hassan II"],
        "yitzhak_shamir": ["Foreign Minister Yitzhak Shamir", "Yitzhak Shamir", "Shamir"],
        "moshe_sasson": ["Moshe Sasson"],
        "haaretz": ["Haaretz"],
        "israel_television": ["Israel Television"],
        "israeli_labor_party": ["Labor Party"],
        "likud": ["Likud Bloc"],
    },
    meetings=[
        # "said Wednesday he will meet with Egypt's President Hosni Mubarak during the first two
        # weeks of September" + "The summit meeting will take place on Egyptian soil" -> planned,
        # date null (a range), place Egypt (the country as given).
        M(["shimon_peres", "hosni_mubarak"], None, "Egypt", IP, P,
          "TEL AVIV, Israel (AP) _ Prime Minister Shimon Peres said Wednesday he will meet with Egypt’s President Hosni Mubarak during the first two weeks of September."),
        # "Avraham Tamir met with Mubarak for 50 minutes in Alexandria on Tuesday." -> held,
        # 1986-08-19 (the Tuesday before the Thursday date line; also before Wednesday's
        # statement), Alexandria.
        M(["avraham_tamir", "hosni_mubarak"], "1986-08-19", "Alexandria", IP, H,
          "Avraham Tamir met with Mubarak for 50 minutes in Alexandria on Tuesday."),
        # "their surprise meeting in Ifrane, Morocco, last month" -> held, Ifrane, date null
        # ("last month").
        M(["shimon_peres", "hassan_ii"], None, "Ifrane", IP, H,
          "During the television interview, Peres also said he has maintained contact with Morocco’s King Hassan II since their surprise meeting in Ifrane, Morocco, last month."),
        # Not rows: "has maintained contact with Morocco's King Hassan II" (unspecified contacts,
        # no specific one); "sending Tamir to meet with Mubarak" and "where he met with Mubarak"
        # (the same Tuesday meeting); "if Tamir met with Mubarak again" (hypothetical); "A meeting
        # between the two leaders will follow", "Peres is anxious meet with Mubarak" (the same
        # planned meeting); the Taba arbitration agreement (no named signatories); the television
        # interview (media).
    ],
    roles=[("Egypt’s President", "hosni_mubarak"),
           ("the director general of the prime minister’s office", "avraham_tamir"),
           ("Morocco’s King", "hassan_ii"), ("Israel’s ambassador to Cairo", "moshe_sasson"),
           ("Foreign Minister", "yitzhak_shamir")],
)
