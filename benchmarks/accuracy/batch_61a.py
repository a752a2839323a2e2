"""Accuracy corpus, batch 61a: 12 new articles about meetings between political actors, all
published in ODD years (another helper takes even years as batch 61b), from the 1980s, 1990s,
2000s, 2010s and 2020s (1980s: three, 1990s: three, 2000s: two, 2010s: two, 2020s: two; six of the
twelve from before 2000, as the brief asked for at least five; no 1970s page was found that was
new, odd-year, English, dated and a news story: see the notes), over the eleven regions (Western
Europe: two; Central Asia/Caucasus, Middle East, Africa, Southeast Asia, Eastern Europe/Russia,
Latin America, North America, South Asia, East Asia, Oceania: one each).
Outlets/sites: Kazinform (en.inform.kz), the Mail & Guardian (mg.co.za; an AFP-based story), FBC
News (fbcnews.com.fj), BBC News "Politics 97" (via the bbc.adactio.com mirror), The Baltic Times
(baltictimes.com), the Jewish Telegraphic Agency (jta.org archive), the Chicago Tribune
(articles.chicagotribune.com; an excerpt from Tip O'Neill's memoirs), the Sun-Sentinel
(sun-sentinel.com archive), India Today (indiatoday.in magazine archive), The John Major Archive
(johnmajorarchive.org.uk; a doorstep-interview transcript), People's Daily Online (en.people.cn; a
Xinhua story) and the Malay Mail (malaymail.com; a Bernama story). All twelve sites were used
before in the corpus (grep of `sources.csv` and the other batch files; none was found that was new
and fitted in the time available); the pages are new, and so are the meetings (see the notes for
the checks).
Collected with the `search` tool (corpus `pages`) and annotated from the texts alone, BEFORE the
package was run on them (the package has not been run, imported or read for this batch).
Conventions: ANNOTATION.md and /work/shared/ANNOTATION-GUIDE.md. Notes: batch_61a_NOTES.md.

Split rule (fixed before annotating, as given in the brief for this batch, the same as batches
5a-60b): the articles are numbered 1..12 in the order they were first found in this session's
search results (the query in which each first appeared, then its rank in that query), after
skipping pages already in the corpus; positions 3, 7 and 11 are test, all others dev. Ids:
`dev_120NN_<slug>` / `test_120NN_<slug>`, NN = collection position (01..12).

M(participants, date, place, kind, status, evidence, required=True)
Evidence is the verbatim sentence (line breaks inside it replaced by single spaces).
Aliases are written as they stand in the text (typos and OCR slips included).
"""


from annotations import H, IP, M, P, PH, VID  # noqa: F401 (the same row helpers)

# (article_id, region, decade, outlet, url, published)
ARTICLES = [
    # The search tool's date field 2017-06-02 (a Friday, checked; removed with its " date ..."
    # prefix) and the dateline "ASTANA. KAZINFORM": "has met ... today" -> 2017-06-02.
    ("dev_12001_nazarbayev_turkes_astana", "Central Asia/Caucasus", "2010s", "Kazinform (en.inform.kz)", "https://en.inform.kz/amp/president-nazarbayev-meets-deputy-prime-minister-of-turkey_a3032354/", "2017-06-02"),
    # No date line in the excerpt; the URL's 2007-02-28 (a Wednesday, checked): "arrived in Namibia
    # on Tuesday" -> 2007-02-27; "formal talks are scheduled to take place on Wednesday" ->
    # 2007-02-28 (planned).
    ("dev_12002_mugabe_pohamba_windhoek", "Africa", "2000s", "Mail & Guardian (mg.co.za; an AFP-based story)", "https://mg.co.za/article/2007-02-28-namibia-rolls-out-red-carpet-for-mugabe", "2007-02-28"),
    # The search tool's date field 2023-05-19 (a Friday, checked; removed with its " date ..."
    # prefix): the dinner "last night" -> 2023-05-18; "a bilateral meeting today" -> 2023-05-19
    # (planned).
    ("test_12003_marape_rabuka_dinner", "Oceania", "2020s", "FBC News (fbcnews.com.fj)", "https://www.fbcnews.com.fj/news/png-pm-hosts-fiji-delegation-to-dinner/", "2023-05-19"),
    # No date line in the excerpt; the URL's politics97/news/05/0525 (Sunday 25 May 1997, checked;
    # the text's "today's Sunday Telegraph" agrees): "at No 10 on Thursday" -> 1997-05-22.
    ("dev_12004_blair_thatcher_no10", "Western Europe", "1990s", "BBC News, Politics 97 (via the bbc.adactio.com mirror)", "http://bbc.adactio.com/politics97/news/05/0525/thatch1.shtml", "1997-05-25"),
    # The page's date line "2005-03-16" (a Wednesday, checked): the state reception is given no day
    # (the two-day visit began "on March 9") -> null.
    ("dev_12005_kwasniewski_adamkus_vilnius", "Eastern Europe/Russia", "2000s", "The Baltic Times (baltictimes.com)", "https://www.baltictimes.com/news/articles/12298/", "2005-03-16"),
    # No date line in the kept text; the URL's 1991/05/16 (a Thursday, checked): "Wednesday" ->
    # 1991-05-15; "conferred Monday with King Hussein" -> 1991-05-13; "another round of talks
    # Thursday morning" -> 1991-05-16 (planned).
    ("dev_12006_baker_shamir_levy_bush_call", "Middle East", "1990s", "Jewish Telegraphic Agency (jta.org archive)", "https://www.jta.org/1991/05/16/archive/baker-holds-lengthy-talks-in-israel-telephones-bush-to-report-progress", "1991-05-16"),
    # The date line "September 13, 1987" (a Sunday, checked; the URL's 1987-09-13 agrees): the
    # meeting is "in November of 1980" (month only) -> null.
    ("test_12007_oneill_reagan_memoir", "North America", "1980s", "Chicago Tribune (articles.chicagotribune.com; excerpt from Tip O'Neill's memoirs)", "http://articles.chicagotribune.com/1987-09-13/features/8703100478_1_reagan-visit-jimmy-carter-president-elect-reagan", "1987-09-13"),
    # No date line in the kept text; the URL's 1989-02-03 (a Friday, checked): the inauguration "on
    # Thursday" is 1989-02-02, but the Castro-Arias and Quayle-Arias meetings are given no day ->
    # null.
    ("dev_12008_castro_arias_quayle_caracas", "Latin America", "1980s", "Sun-Sentinel (sun-sentinel.com archive)", "https://www.sun-sentinel.com/news/fl-xpm-1989-02-03-8901070213-story.html", "1989-02-03"),
    # No date line in the excerpt; the URL's 19890815 / 1989-08-15 (a Tuesday, checked): the
    # delegation talks are given no day -> null.
    ("dev_12009_ipkf_wijeratne_delegation", "South Asia", "1980s", "India Today (indiatoday.in magazine archive)", "https://www.indiatoday.in/magazine/special-report/story/19890815-india-agrees-to-partial-pull-out-of-ipkf-from-sri-lanka-816384-1989-08-15", "1989-08-15"),
    # "held in London on Tuesday 7th May 1991" (a Tuesday, checked) and the title's "7 May 1991":
    # the talks -> 1991-05-07.
    ("dev_12010_major_gonzales_london", "Western Europe", "1990s", "The John Major Archive (johnmajorarchive.org.uk; transcript of a joint doorstep interview)", "https://johnmajorarchive.org.uk/?p=4650", "1991-05-07"),
    # The line "Xinhua) 16:35, July 17, 2021" and the dateline "BEIJING, July 17" (Saturday 17 July
    # 2021, checked; the search tool's date field agrees): "on Friday" -> 2021-07-16.
    ("test_12011_xi_khurelsukh_phone", "East Asia", "2020s", "People's Daily Online (en.people.cn; a Xinhua story)", "http://en.people.cn/n3/2021/0717/c90000-9873298.html", "2021-07-17"),
    # The dateline "BANDAR SERI BEGAWAN, Aug 17" with the search tool's date field 2019-08-17 (a
    # Saturday, checked; removed with its " date ..." prefix) and the caption's "July 31, 2019": the
    # caption's royal dinner -> 2019-07-31.
    ("dev_12012_agong_brunei_state_visit", "Southeast Asia", "2010s", "Malay Mail (malaymail.com; a Bernama story)", "https://www.malaymail.com/news/malaysia/2019/08/17/kings-visit-to-brunei-will-strengthen-royal-bilateral-ties/1781702", "2019-08-17"),
]

A = {}

A["dev_12001_nazarbayev_turkes_astana"] = dict(
    actors={
        "nursultan_nazarbayev": ["Nursultan Nazarbayev", "President Nazarbayev"],
        "tugrul_turkes": ["Tuğrul Türkeş"],
        "recep_tayyip_erdogan": ["Recep Tayyip Erdoğan"],
        "kazinform": ["Kazinform"],
        "akorda_press_service": ["Akorda' press service"],
        "un_security_council": ["UN Security Council"],
    },
    meetings=[
        # "ASTANA. KAZINFORM - Head of State Nursultan Nazarbayev has met with Deputy Prime Minister of
        # Turkey Tuğrul Türkeş today, ..." (the rest of the story is the same meeting) -> held,
        # 2017-06-02 ("today" in the story of 2 June), Astana (the dateline).
        M(["nursultan_nazarbayev", "tugrul_turkes"], "2017-06-02", "Astana", IP, H,
          "ASTANA. KAZINFORM - Head of State Nursultan Nazarbayev has met with Deputy Prime Minister of Turkey Tuğrul Türkeş today, Kazinform has learned from the Akorda' press service."),
        # Not rows: Türkeş "conveyed greetings from President of Turkey Recep Tayyip Erdoğan" (a
        # message, no meeting with Erdoğan); Kazakhstan's membership of the UN Security Council (no
        # meeting). Not annotated: "KAZINFORM" in the dateline (the agency credit; "Kazinform" in the
        # body is annotated as a cited source, as ANNOTATION does for Kyodo). Kept as found:
        # "Akorda' press service", "thanked Nursultan Nazarbayev for warm welcome". Removed: at the
        # start, the search tool's " date 2017-06-02" prefix. Nothing removed at the end (the
        # excerpt ends with a complete sentence).
    ],
    roles=[("Head of State", "nursultan_nazarbayev"), ("Deputy Prime Minister of Turkey", "tugrul_turkes"),
           ("The Turkish Deputy Prime Minister", "tugrul_turkes"), ("President of Turkey", "recep_tayyip_erdogan")],
)

A["dev_12002_mugabe_pohamba_windhoek"] = dict(
    actors={
        "robert_mugabe": ["Robert Mugabe", "Mugabe"],
        "hifikepunye_pohamba": ["Hifikepunye Pohamba", "Pohamba"],
        "phil_ya_nangoloh": ["Phil ya Nangoloh", "Ya Nangoloh"],
        "sam_nujoma": ["Sam Nujoma"],
        "national_society_for_human_rights": ["National Society for Human Rights", "NSHR"],
        "afp": ["Agence France-Presse"],
    },
    meetings=[
        # "Pohamba was on hand to greet Mugabe who was given a red-carpet reception at Windhoek
        # airport." with "the two leaders then headed into town ahead of a state banquet" (the same
        # pair, the same day and place: one row) -> held, 2007-02-27 (the arrival "on Tuesday" in a
        # Wednesday paper), Windhoek.
        M(["hifikepunye_pohamba", "robert_mugabe"], "2007-02-27", "Windhoek", IP, H,
          "Pohamba was on hand to greet Mugabe who was given a red-carpet reception at Windhoek airport."),
        # "Their formal talks are scheduled to take place on Wednesday ..." (with the first sentence's
        # "a three-day visit which will see him hold talks with counterpart Hifikepunye Pohamba": the
        # same talks) -> planned, 2007-02-28 ("on Wednesday" in a Wednesday paper), Namibia (the text
        # gives no city for the talks; see the notes).
        M(["robert_mugabe", "hifikepunye_pohamba"], "2007-02-28", "Namibia", IP, P,
          "Their formal talks are scheduled to take place on Wednesday when Mugabe will also tour a Windhoek diamond cutting and polishing plant before making a dash for the coast Thursday, where he will visit a fish factory."),
        # Not rows: Ya Nangoloh "sent an open letter to Pohamba on Monday" (a letter); the planned
        # demonstration outside the Zimbabwean high commission (a protest, no meeting); the tours of a
        # diamond plant and a fish factory (visits to places); "Mugabe was a close ally of ... Sam
        # Nujoma" (no meeting); "he told Agence France-Presse" (a statement to the press). Not
        # annotated: "the West", "human rights groups", "other civil organisations" (unnamed), the
        # Zimbabwean high commission and the Zimbabwean government (named only generically). Kept as
        # found: "Nambia’s" (typo). Removed: at the end, the last, cut-off sentence ("While relations
        # with Pohamba, who became president in 2005, have been somewhat cooler, many within").
        # Nothing removed at the start.
    ],
    roles=[("Zimbabwean President", "robert_mugabe"), ("counterpart", "hifikepunye_pohamba"),
           ("the 83-year-old", "robert_mugabe"), ("human rights activist", "phil_ya_nangoloh"),
           ("the NSHR executive director", "phil_ya_nangoloh"), ("Mr President", "hifikepunye_pohamba"),
           ("Nambia’s former president", "sam_nujoma")],
)

A["test_12003_marape_rabuka_dinner"] = dict(
    actors={
        "james_marape": ["James Marape", "Marape"],
        "sitiveni_rabuka": ["Sitiveni Rabuka", "Rabuka"],
    },
    meetings=[
        # "He made the comments while hosting Prime Minister Sitiveni Rabuka and his delegation to an
        # official dinner last night." ("He" = Marape, the sentence before) -> held, 2023-05-18 ("last
        # night" in the story of Friday 19 May), Papua New Guinea (the text's "his official visit to
        # PNG"; no city is named).
        M(["james_marape", "sitiveni_rabuka"], "2023-05-18", "Papua New Guinea", IP, H,
          "He made the comments while hosting Prime Minister Sitiveni Rabuka and his delegation to an official dinner last night."),
        # "The two leaders will have a bilateral meeting today." -> planned, 2023-05-19, Papua New
        # Guinea (the same visit).
        M(["james_marape", "sitiveni_rabuka"], "2023-05-19", "Papua New Guinea", IP, P,
          "The two leaders will have a bilateral meeting today."),
        # Not rows: "Marape was joined by members of his Cabinet, Diplomatic Corps and invited guests
        # at the official dinner" (unnamed people at the same dinner); Rabuka "says" (a statement). Not
        # annotated: the Cabinet, the Diplomatic Corps, the delegation (unnamed groups). Kept as
        # found: "Prime Minister Rabuka, says" (comma as found). Removed: at the start, the search
        # tool's " date 2023-05-19" prefix and the photo-credit line "[Source: Fiji
        # Government/Facebook]" (a credit without its photo); nothing at the end (complete).
    ],
    roles=[("PNG Prime Minister", "james_marape"), ("the head of Fiji", "sitiveni_rabuka"),
           ("a senior leader of the Pacific", "sitiveni_rabuka")],
)

A["dev_12004_blair_thatcher_no10"] = dict(
    actors={
        "tony_blair": ["Tony Blair", "Mr Blair"],
        "margaret_thatcher": ["Baroness Thatcher", "Lady Thatcher", "Thatcher"],
        "bill_clinton": ["Bill Clinton"],
        "boris_yeltsin": ["Boris Yeltsin"],
        "denis_healey": ["Dennis Healey"],
        "james_callaghan": ["Lord Callaghan"],
        "sunday_telegraph": ["Sunday Telegraph"],
        "nato": ["Nato"],
    },
    meetings=[
        # "Lady Thatcher visited the Prime Minister at No 10 on Thursday for around half an hour, ..."
        # (the headline "Blair Meets Thatcher", "a secret meeting with ... Baroness Thatcher", "The
        # talks between the two", "Their \"friendly chat\"": the same) -> held, 1997-05-22 ("on
        # Thursday" in a Sunday story), London (No 10 Downing Street, resolved to its city as
        # ANNOTATION resolves the White House).
        M(["margaret_thatcher", "tony_blair"], "1997-05-22", "London", IP, H,
          "Lady Thatcher visited the Prime Minister at No 10 on Thursday for around half an hour, the day before Mr Blair's first European summit in Noordwijk."),
        # "... just prior to Mr Blair's meetings with US President Bill Clinton next week and Russian
        # President Boris Yeltsin." -> two separate planned bilaterals (one row each), date null
        # ("next week" is no day; Yeltsin's meeting is given no time at all), place null.
        M(["tony_blair", "bill_clinton"], None, None, IP, P,
          "Their \"friendly chat\" came not only on the eve of the EU summit but also just prior to Mr Blair's meetings with US President Bill Clinton next week and Russian President Boris Yeltsin."),
        M(["tony_blair", "boris_yeltsin"], None, None, IP, P,
          "Their \"friendly chat\" came not only on the eve of the EU summit but also just prior to Mr Blair's meetings with US President Bill Clinton next week and Russian President Boris Yeltsin."),
        # Not rows: the European/EU summit in Noordwijk (a summit as such); Healey's and Callaghan's
        # comments (statements); Thatcher's earlier description of Blair (a statement). Not annotated:
        # "Downing Street" in "Downing Street has confirmed" (a building standing for the Prime
        # Minister's office; places and buildings are not actors), "Tory"/"Labour" (used only as
        # adjectives). Kept as found: the photo caption "Baroness Thatcher when she was Prime
        # Minister", the table bars "|" around the headline and the second caption, the hard line
        # breaks, "Dennis Healey", "Sunday Telegraph ." (space before the full stop). Removed: at the
        # start, the page's first table bar "|"; at the end, the page's last table bar "|".
    ],
    roles=[("former Tory Prime Minister", "margaret_thatcher"), ("the Prime Minister", "tony_blair"),
           ("US President", "bill_clinton"), ("Russian President", "boris_yeltsin"),
           ("former Labour Chancellor", "denis_healey"), ("former Labour Prime Minister", "james_callaghan")],
)

A["dev_12005_kwasniewski_adamkus_vilnius"] = dict(
    actors={
        "aleksander_kwasniewski": ["Aleksander Kwasniewski", "Kwasniewski"],
        "valdas_adamkus": ["Valdas Adamkus", "Adamkus"],
        "jolanta_kwasniewska": ["Jolanta Kwasniewska"],
        "orlen": ["Orlen"],
    },
    meetings=[
        # "Despite his mounting domestic problems, Kwasniewski was well-received in Vilnius and enjoyed
        # a full state reception from long-time partner and friend President Valdas Adamkus." -> held,
        # date null (the two-day visit began "on March 9"; the reception is given no day), Vilnius.
        M(["aleksander_kwasniewski", "valdas_adamkus"], None, "Vilnius", IP, H,
          "Despite his mounting domestic problems, Kwasniewski was well-received in Vilnius and enjoyed a full state reception from long-time partner and friend President Valdas Adamkus."),
        # Not rows: "paid a two-day state visit to Lithuania on March 9" (a visit to a country; the
        # reception above is its meeting); the May 9 Victory Day ceremony in Moscow (a ceremony, and
        # Adamkus will not attend); "the one question lingering on the lips of local journalists"
        # (questions of the press). Not annotated: "By Milda Seputyte" (the byline), "Polish lawmakers
        # and journalists", "Opponents of the president" (unnamed), the EU (named only in "EU
        # policy"). Kept as found: the date and byline bullets. Removed: at the end, the last, cut-off
        # sentence ("Parliamentary Chairman Arturas Paulauskas asked Kwasniewski to remind the othe";
        # so Paulauskas is not in the stored text). Nothing removed at the start.
    ],
    roles=[("Polish President", "aleksander_kwasniewski"), ("The Polish president", "aleksander_kwasniewski"),
           ("the Polish president", "aleksander_kwasniewski"), ("long-time partner and friend", "valdas_adamkus"),
           ("his wife", "jolanta_kwasniewska")],
)

_BSA = "The secretary of state met with Prime Minister Yitzhak Shamir and Defense Minister Moshe Arens for two hours Wednesday morning."
_BLV = "Later they were joined by Foreign Minister David Levy for another two-hour session in the afternoon."
A["dev_12006_baker_shamir_levy_bush_call"] = dict(
    actors={
        "james_baker": ["James Baker", "Baker"],
        "george_h_w_bush": ["President Bush", "Bush"],
        "yitzhak_shamir": ["Yitzhak Shamir", "Shamir"],
        "moshe_arens": ["Moshe Arens"],
        "david_levy": ["David Levy", "Levy"],
        "avi_pazner": ["Avi Pazner"],
        "hussein_bin_talal": ["King Hussein"],
    },
    meetings=[
        # "The secretary of state met with Prime Minister Yitzhak Shamir and Defense Minister Moshe
        # Arens for two hours Wednesday morning." (the headline's "Lengthy Talks in Israel", "three
        # rounds of talks here Wednesday with Israeli leaders": the same day) -> a meeting of three
        # named people -> three pair rows, held, 1991-05-15 ("Wednesday" in a Thursday bulletin),
        # Israel (the headline; "here" is not named, "Jerusalem" is named only in a later sentence
        # about the talks in general: see the notes).
        M(["james_baker", "yitzhak_shamir"], "1991-05-15", "Israel", IP, H, _BSA),
        M(["james_baker", "moshe_arens"], "1991-05-15", "Israel", IP, H, _BSA),
        M(["yitzhak_shamir", "moshe_arens"], "1991-05-15", "Israel", IP, H, _BSA),
        # "Later they were joined by Foreign Minister David Levy for another two-hour session in the
        # afternoon." -> the new pairs with Levy (the pairs of the morning session are not repeated:
        # the same pairs, day and place), held, 1991-05-15, Israel.
        M(["james_baker", "david_levy"], "1991-05-15", "Israel", IP, H, _BLV),
        M(["yitzhak_shamir", "david_levy"], "1991-05-15", "Israel", IP, H, _BLV),
        M(["moshe_arens", "david_levy"], "1991-05-15", "Israel", IP, H, _BLV),
        # "Baker interrupted the talks to telephone President Bush in Washington, ..." -> phone, held,
        # 1991-05-15 (during Wednesday's talks), no place (a call).
        M(["james_baker", "george_h_w_bush"], "1991-05-15", None, PH, H,
          "Baker interrupted the talks to telephone President Bush in Washington, raising speculation that there had been a significant development."),
        # "... Jordan, where the secretary conferred Monday with King Hussein before coming to Israel."
        # -> held, 1991-05-13 ("Monday" in a Thursday bulletin), Jordan.
        M(["james_baker", "hussein_bin_talal"], "1991-05-13", "Jordan", IP, H,
          "There was also an unconfirmed report that Baker was considering sending a senior aide back to Jordan, where the secretary conferred Monday with King Hussein before coming to Israel."),
        # "Levy said there would be another round of talks Thursday morning, ..." -> planned,
        # 1991-05-16, Israel; the Israeli side of the round is not named -> one-party row (Baker, "the
        # secretary" of the same sentence), required False (participants left implicit; see the
        # notes).
        M(["james_baker"], "1991-05-16", "Israel", IP, P,
          "Levy said there would be another round of talks Thursday morning, before the secretary’s scheduled departure for Washington.",
          False),
        # Not rows: "A third session was held in the evening" (participants not named); Baker
        # "considering sending a senior aide back to Jordan ... to brief the king" (an unnamed aide,
        # only considered); the proposed regional / "narrowly based" peace conference (a conference);
        # Pazner "described the talks" and Baker told reporters (statements). Not annotated: "Israeli
        # leaders" (unnamed), "the Palestinians" (a people). Kept as found: the line "Download PDF for
        # this date" under the headline. Removed: at the start, the site's first copy of the headline
        # and "Menu JTA Search"; at the end, the last, cut-off sentence ("The chief obstacle to the
        # proposed wider conference is the dispute between Israel and Syria").
    ],
    roles=[("U.S. Secretary of State", "james_baker"), ("The secretary of state", "james_baker"),
           ("the secretary", "james_baker"), ("Prime Minister", "yitzhak_shamir"),
           ("Defense Minister", "moshe_arens"), ("Foreign Minister", "david_levy"),
           ("Shamir’s media spokesman", "avi_pazner"), ("the king", "hussein_bin_talal")],
)

A["test_12007_oneill_reagan_memoir"] = dict(
    actors={
        "tip_oneill": ["Tip O`Neill", "Tip O`neill", "Thomas P. O`Neill Jr."],
        "ronald_reagan": ["Ronald Reagan", "Reagan"],
        "harry_truman": ["Harry Truman"],
        "pat_obrien": ["Pat O`Brien", "O`Brien"],
        "notre_dame_football_team": ["Notre Dame football team"],
        "republican_party": ["Republicans"],
    },
    meetings=[
        # "But the fact is that I had never met Ronald Reagan until two weeks after he was elected
        # President, when he came to my office on a courtesy visit to the Speaker of the House." ("I"
        # = Tip O'Neill, the memoir's author named in the headline; "When President-elect Reagan came
        # to my office in November of 1980, ...": the same visit) -> held, date null ("in November of
        # 1980", month only), place null ("my office": no city is named).
        M(["ronald_reagan", "tip_oneill"], None, None, IP, H,
          "But the fact is that I had never met Ronald Reagan until two weeks after he was elected President, when he came to my office on a courtesy visit to the Speaker of the House."),
        # Not rows: Reagan and O'Brien on "Harry Truman`s campaign train" in 1948 (campaign events;
        # Reagan "would introduce the President" to audiences, no meeting reported); the swapping of
        # stories and what Reagan "told me" (the same visit). Not annotated: "By Tip O`Neill with
        # William Novak" and the book credit ("William Novak", "Random House Inc.", "Los Angeles Times
        # Syndicate": byline, publisher and syndication credits; O'Neill is annotated because the
        # headline and text name him as the speaker), "Knute Rockne" (the title of a film), "the
        # government" (generic). Kept as found: the backquotes for apostrophes ("O`Neill", "didn`t"),
        # "Tip O`neill Says", the date line "September 13, 1987|By ...". Removed: at the end, the
        # last, cut-off sentence ("That meeting with Reagan had the same purpose as Jimmy Carter`s visit
        # to my office four years earlier, when he w"; so Carter is not in the stored text). Nothing
        # removed at the start.
    ],
    roles=[("the Speaker of the House", "tip_oneill"), ("Speaker", "tip_oneill"),
           ("President-elect", "ronald_reagan"), ("the President", "harry_truman")],
)

A["dev_12008_castro_arias_quayle_caracas"] = dict(
    actors={
        "carlos_andres_perez": ["Carlos Andres Perez", "Perez"],
        "george_h_w_bush": ["President Bush"],
        "daniel_ortega": ["Daniel Ortega"],
        "fidel_castro": ["Fidel Castro", "Castro"],
        "oscar_arias": ["Oscar Arias", "Arias"],
        "dan_quayle": ["Dan Quayle"],
    },
    meetings=[
        # "Cuba's Fidel Castro met with Costa Rican President Oscar Arias for 2 1/2 hours." (Arias'
        # "his meeting with Castro" and Castro's "his meeting with Arias": the same) -> held, date
        # null (no day is given for the meeting; the inauguration was "on Thursday"), Caracas (the
        # dateline).
        M(["fidel_castro", "oscar_arias"], None, "Caracas", IP, H,
          "Cuba's Fidel Castro met with Costa Rican President Oscar Arias for 2 1/2 hours."),
        # "That meeting was followed by Vice President Dan Quayle's meeting with Arias for an hour." ->
        # held, date null, Caracas.
        M(["dan_quayle", "oscar_arias"], None, "Caracas", IP, H,
          "That meeting was followed by Vice President Dan Quayle's meeting with Arias for an hour."),
        # Not rows: Perez "sworn into office" and the inauguration attended by "27 heads of state" (a
        # ceremony); "I have said this to President Bush" (no specific meeting or call); "Daniel
        # Ortega shuttled between meetings, as did others" (no counterpart named); Castro's
        # "conversations with Nicaraguans and Salvadorans" (unnamed, no specific meeting). Not
        # annotated: "the new government of the United States", "the new American administration"
        # (generic), "the guerrillas in El Salvador" (unnamed). Kept as found: "self- sufficient"
        # (space after the hyphen). Removed: at the start, the site's podcast promotion ("Hear new
        # episodes of the true-crime podcast Felonious Florida now"); at the end, the last, cut-off
        # quotation ("\"If it is true that the new American administration is more pragmatic, t").
    ],
    roles=[("Venezuelan President", "carlos_andres_perez"), ("Costa Rican President", "oscar_arias"),
           ("Vice President", "dan_quayle")],
)

A["dev_12009_ipkf_wijeratne_delegation"] = dict(
    actors={
        "ranasinghe_premadasa": ["Ranasinghe Premadasa", "Premadasa"],
        "ranjan_wijeratne": ["Ranj an Wijeratne"],
        "ipkf": ["Indian Peace Keeping Force", "IPKF"],
        "ltte": ["LTTE"],
        "indian_air_force": ["IAF"],
    },
    meetings=[
        # "Sri Lanka responded by agreeing to send Foreign Minister Ranj an Wijeratne as head of an
        # eight-member delegation which would discuss the modalities of the final withdrawal, ..." (the
        # lead's "high-level talks on the details of the final pull-out": the same) -> planned talks
        # with an unnamed Indian side -> one-party row (Wijeratne), date null, place null (not given).
        M(["ranjan_wijeratne"], None, None, IP, P,
          "Sri Lanka responded by agreeing to send Foreign Minister Ranj an Wijeratne as head of an eight-member delegation which would discuss the modalities of the final withdrawal, cessation of hostilites against the LTTE and also some clauses of the Indo-Sri Lanka accord."),
        # Not rows: "three days of hectic negotiations" (negotiators unnamed); the joint communique
        # (a document); the July 29 deadline and the token pull-out (decisions, no meeting);
        # Premadasa "shifting from his earlier obstinate stand" (no meeting); the INS Viraat and IAF
        # movements (military moves). Not annotated: "The Indian Government", "Tamil leaders", "the
        # Indian community" (generic), "INS Viraat" (a ship), the Indo-Sri Lanka accord (an
        # agreement). Kept as found: "Ranj an Wijeratne" (split name), "hostilites", the photo caption
        # "Premadasa: talking tough to Big Daddy" run into the next paragraph. Removed: at the end, the
        # last, cut-off sentence ("The few days before the communique was issued saw Indo-Sri Lanka
        # relations plummeting with Colombo and New Delhi engaged in a sort of bizarre game of o").
        # Nothing removed at the start.
    ],
    roles=[("President", "ranasinghe_premadasa"), ("Foreign Minister", "ranjan_wijeratne")],
)

A["dev_12010_major_gonzales_london"] = dict(
    actors={
        "john_major": ["Mr Major"],
        "felipe_gonzalez": ["Mr Felipe Gonzales", "Felipe Gonzales", "GONZALES"],
        "mikhail_gorbachev": ["Mr Gorbachev"],
        "g7": ["G7"],
        "european_economic_community": ["European Community", "Community"],
    },
    meetings=[
        # "Below is the text of Mr Major’s joint doorstep interview with the Spanish Prime Minister, Mr
        # Felipe Gonzales, held in London on Tuesday 7th May 1991." with Major's "We have had so far
        # around an hour and a half’s discussion ..." and "Later on this evening we will be continuing
        # discussions ..." (the same pair, the same day and place: one row, held) -> held, 1991-05-07,
        # London. The evidence is the sentence that names both (as batches 59a/60a do for transcripts).
        M(["john_major", "felipe_gonzalez"], "1991-05-07", "London", IP, H,
          "Below is the text of Mr Major’s joint doorstep interview with the Spanish Prime Minister, Mr Felipe Gonzales, held in London on Tuesday 7th May 1991."),
        # Not rows: the evening continuation (the same session pair and day, see above and the notes);
        # Gorbachev's "possible attendance at the G7 summit" (a summit, not a meeting); the
        # inter-governmental conference (a conference). Not annotated: the Soviet Union and Iraq
        # (countries), the speaker labels "QUESTION:" (unnamed journalists). Kept as found: the title
        # with its en dash, "Gonzales" (for Gonzalez), "this far", "[Not interpreted]." Removed: at
        # the start, the site's header lines ("The Rt. Hon. Sir John Major KG CH", "Prime Minister of
        # Great Britain and Northern Ireland 1990-1997", "1991Prime Minister (1990-1997)"); at the end,
        # the last speaker label "PRIME MINISTER:" with its cut-off answer ("That has not been a
        # subject of discussion with the Prime Minister this afternoon, ... but I am in no position to
        # make any statement").
    ],
    roles=[("the Spanish Prime Minister", "felipe_gonzalez"), ("the Prime Minister", "felipe_gonzalez"),
           ("PRIME MINISTER", "john_major"), ("Prime Minister", "john_major")],
)

A["test_12011_xi_khurelsukh_phone"] = dict(
    actors={
        "xi_jinping": ["Xi Jinping", "Xi"],
        "ukhnaa_khurelsukh": ["Ukhnaa Khurelsukh"],
    },
    meetings=[
        # "... Xi said in a phone conversation with his Mongolian counterpart, Ukhnaa Khurelsukh." (the
        # first paragraph's "Xi Jinping on Friday called on China and Mongolia ...": the same call) ->
        # phone, held, 2021-07-16 ("on Friday" in a Saturday 17 July story), no place (a call).
        M(["xi_jinping", "ukhnaa_khurelsukh"], "2021-07-16", None, PH, H,
          "Under the current circumstances, the two countries share more and more common interests, Xi said in a phone conversation with his Mongolian counterpart, Ukhnaa Khurelsukh."),
        # Not rows: the donations of sheep and tea (gifts, no meeting); the captions of a freight train
        # and of staff loading sheep (no meeting). Not annotated: "Xinhua" (the agency in the time
        # line and dateline), "Xinhua/Li Ran" and "Xinhua/Liu Lei" (photo credits), "Staff members"
        # (unnamed), China's Hubei province (a place), the Belt and Road Initiative (a programme, only
        # in the removed sentence). Kept as found: the line "Xinhua) 16:35, July 17, 2021" (with its
        # unmatched bracket) and the two photo captions. Removed: at the start, the search tool's "
        # date 2021-07-17" prefix; at the end, the last, cut-off sentence ("Xi added the two sides
        # should leverage ... in such areas as mineral").
    ],
    roles=[("Chinese President", "xi_jinping"), ("his Mongolian counterpart", "ukhnaa_khurelsukh")],
)

A["dev_12012_agong_brunei_state_visit"] = dict(
    actors={
        "sultan_abdullah_of_pahang": ["Al-Sultan Abdullah Ri’ayatuddin Al-Mustafa Billah Shah", "Sultan Abdullah"],
        "hassanal_bolkiah": ["Sultan Hassanal Bolkiah"],
        "ismail_salam": ["Ismail Salam", "Ismail"],
        "tunku_azizah_aminah_maimunah_iskandariah": ["Tunku Hajah Azizah Aminah Maimunah Iskandariah"],
        "sultan_ahmad_shah": ["Sultan Ahmad Shah"],
        "ministry_of_foreign_affairs_malaysia": ["Foreign Ministry"],
    },
    meetings=[
        # Caption: "Yang di-Pertuan Agong Al-Sultan Abdullah ... and the Sultan of Brunei Sultan
        # Hassanal Bolkiah on their way to the royal dinner in conjunction with His Majesty’s
        # installation as the 16th Yang di-Pertuan Agong July 31, 2019." -> the two rulers together at
        # a royal dinner of the installation (a ceremony with guests, the caption only) -> held,
        # 2019-07-31, place null (not given), required False (see the notes).
        M(["sultan_abdullah_of_pahang", "hassanal_bolkiah"], "2019-07-31", None, IP, H,
          "Yang di-Pertuan Agong Al-Sultan Abdullah Ri’ayatuddin Al-Mustafa Billah Shah and the Sultan of Brunei Sultan Hassanal Bolkiah on their way to the royal dinner in conjunction with His Majesty’s installation as the 16th Yang di-Pertuan Agong July 31, 2019.",
          False),
        # Not rows: "The Yang di-Pertuan Agong ...’s three-day state visit to Brunei beginning
        # tomorrow" and "is scheduled to leave for Brunei tomorrow" (a visit to a country; the text
        # names no counterpart for it; see the notes); the 1984 "state visit Brunei" of Sultan Ahmad
        # Shah (a visit to a country, no counterpart named); Ismail Salam "when met by Malaysian
        # journalists" and "a media conference" (the press); the installation (a ceremony). Not
        # annotated: "Bernama pic" (photo credit), "Malaysian journalists" (unnamed), the Malaysian
        # Embassy (a building). Kept as found: "hold state visit", "undertook a state visit Brunei",
        # "Ri’ayatuddin". Removed: at the start, the search tool's " date 2019-08-17" prefix; at the
        # end, the last, cut-off sentence ("The close relationship between the head of state of the
        # two countries was also").
    ],
    roles=[("Yang di-Pertuan Agong", "sultan_abdullah_of_pahang"), ("the Sultan of Brunei", "hassanal_bolkiah"),
           ("His Majesty", "sultan_abdullah_of_pahang"), ("Malaysian High Commissioner to Brunei", "ismail_salam"),
           ("Raja Permaisuri Agong", "tunku_azizah_aminah_maimunah_iskandariah"),
           ("Sultan Abdullah’s father", "sultan_ahmad_shah")],
)
