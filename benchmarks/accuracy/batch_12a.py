"""Accuracy corpus, batch 12a: 12 new articles from the 1970s, 1980s and 1990s (four per decade),
chosen where sources.csv was still thin (region x decade cells counted over sources.csv and every
batch_*.py present before searching, 312 articles: Central Asia/Caucasus had 0 articles in the
1970s and 2 in the 1980s; Africa, East Asia, Eastern Europe/Russia, the Middle East, North
America, Oceania, South Asia, Southeast Asia and Western Europe 3 each in the 1970s; Latin
America, North America, Southeast Asia and Western Europe 3 each in the 1980s; North America and
Oceania 4 each in the 1990s) and spread over nine regions (Africa 2, North America 2, Oceania 2,
the Middle East, Western Europe, Central Asia/Caucasus, Southeast Asia, Latin America, East Asia
1 each). Outlets not yet in the corpus: the Ronald Reagan Presidential Library (reaganlibrary.gov)
and ParlInfo (Parliamentary Library of Australia); the others were used before (the Jewish
Telegraphic Agency, The Press via Papers Past three times, the Los Angeles Times twice (once
through a mirror), the Orlando Sentinel, The Irish Times, Maclean's, the Clinton White House
archive). Collected with the `search` tool (corpus `pages`) and annotated from the texts alone,
BEFORE the package was run on them (the package has not been run on this batch). Conventions:
ANNOTATION.md and /work/shared/ANNOTATION-GUIDE.md. Notes: batch_12a_NOTES.md.

Split rule (fixed before annotating, as given in the brief for this batch, the same as batches
5a-11b): the articles are numbered 1..12 in the order they were first found in this session's
search results (the query in which each first appeared); positions 3, 7 and 11 are test, all
others dev. Ids: `dev_22NN_<slug>` / `test_22NN_<slug>`, NN = collection position (01..12).

M(participants, date, place, kind, status, evidence, required=True)
Evidence is the verbatim sentence (line breaks inside it replaced by single spaces).
Aliases are written as they stand in the text (typos included).
"""


from annotations import H, IP, M, P, PH, VID  # noqa: F401 (the same row helpers)

# (article_id, region, decade, outlet, url, published)
ARTICLES = [
    # Date line "May 9, 1977" (a Monday) of the JTA Daily Bulletin; no dateline with a day. The
    # relative "tomorrow afternoon" is NOT resolved (see the row): the bulletin date may be the
    # day after the dispatch was written, so the day is not certain.
    ("dev_2201_carter_assad_geneva", "Middle East", "1970s", "Jewish Telegraphic Agency (JTA archive)", "https://www.jta.org/archive/assad-reported-to-be-optimistic-about-outcome-of-talks-with-carter", "1977-05-09"),
    # No date line in the excerpt; the Papers Past id CHP19741202 gives The Press of 1974-12-02 (a
    # Monday). The dateline "LONDON, December 1." (a Sunday) precedes the issue; "this morning" =
    # 1974-12-01 and "last evening" = 1974-11-30 are resolved against the dateline (batch 5d).
    ("dev_2202_schmidt_wilson_chequers", "Western Europe", "1970s", "The Press (Christchurch), via Papers Past (N.Z.P.A.-Reuter)", "https://paperspast.natlib.govt.nz/newspapers/CHP19741202.2.128", "1974-12-02"),
    # No date line in the excerpt; the URL (la-xpm-1988-08-03) gives 1988-08-03 (a Wednesday);
    # "Tuesday" = 1988-08-02.
    ("test_2203_arutyunyan_vezirov_stepanakert", "Central Asia/Caucasus", "1980s", "Los Angeles Times", "https://www.latimes.com/archives/la-xpm-1988-08-03-mn-6765-story.html", "1988-08-03"),
    # No date line in the excerpt; the URL (os-xpm-1986-09-16) gives 1986-09-16 (a Tuesday);
    # "Monday" = 1986-09-15, "Wednesday" = 1986-09-17.
    ("dev_2204_aquino_reagan_visit", "Southeast Asia", "1980s", "Orlando Sentinel", "https://www.orlandosentinel.com/news/os-xpm-1986-09-16-0250340233-story.html", "1986-09-16"),
    # Date line "February 13, 1988" (a Saturday) of the welcoming-ceremony remarks. The excerpt has
    # no title; "Mazatlan" is only in the URL, so the place is the country the text names.
    ("dev_2205_reagan_de_la_madrid_mexico", "Latin America", "1980s", "Ronald Reagan Presidential Library (reaganlibrary.gov), remarks", "https://www.reaganlibrary.gov/archives/speech/remarks-welcoming-ceremony-president-reagan-mazatlan-mexico", "1988-02-13"),
    # No date line in the excerpt; the URL (la-xpm-1985-03-18) of the LA Times archive, served
    # by the mirror at 161.35.110.226 as the search returned it, gives 1985-03-18 (a Monday);
    # "today" = 1985-03-18.
    ("dev_2206_reagan_mulroney_quebec", "North America", "1980s", "Los Angeles Times (archive, via a mirror at 161.35.110.226)", "http://161.35.110.226/archives/la-xpm-1985-03-18-mn-22391-story.html", "1985-03-18"),
    # No publication date on the page, in the search result or in the URL -> published empty and
    # every meeting date null (as dev_043). Decade 1990s inferred from the text: Kaunda "ousted in
    # 1991" and President Frederick Chiluba in office; his arrest "on Christmas Day" = "last
    # Thursday" fits 1997 (the only year 1992-2002 with 25 December on a Thursday), but the
    # issue day is still not pinned (31 December or 1 January).
    ("test_2207_nyerere_kaunda_kabwe", "Africa", "1990s", "The Irish Times", "https://www.irishtimes.com/news/kaunda-ends-hunger-strike-during-visit-by-ex-tanzanian-leader-1.141850", ""),
    # No date line in the excerpt; the Papers Past id CHP19770611 gives The Press of 1977-06-11 (a
    # Saturday); the undated Sydney dispatch's "Tuesday evening" = 1977-06-07 either way.
    ("dev_2208_muldoon_fraser_storm", "Oceania", "1970s", "The Press (Christchurch), via Papers Past (NZPA)", "https://paperspast.natlib.govt.nz/newspapers/CHP19770611.2.20", "1977-06-11"),
    # Issue date "June 25 1990" (a Monday) in the page header. The call's day is given by the
    # text itself: "the day before the President's inauguration on Jan. 20, 1989" = 1989-01-19.
    ("dev_2209_mulroney_bush_call", "North America", "1990s", "Maclean's (archive.macleans.ca)", "https://archive.macleans.ca/article/1990/6/25/off-to-the-races", "1990-06-25"),
    # Title "Parliament House, Wellington: 21 May 1993" (a Friday); "this morning" = 1993-05-21.
    ("dev_2210_keating_bolger_wellington", "Oceania", "1990s", "ParlInfo (Parliamentary Library of Australia), press conference transcript", "http://parlinfo.aph.gov.au/parlInfo/search/display/display.w3p;query=Id%3A%22media%2Fpressrel%2F1738588%22;src1=sm1", "1993-05-21"),
    # "For Immediate Release June 22, 1994" (a Wednesday); "this evening" = 1994-06-22.
    ("test_2211_clinton_kim_call", "East Asia", "1990s", "The White House, Office of the Press Secretary (Clinton archive)", "https://clintonwhitehouse6.archives.gov/1994/06/1994-06-22-statement-on-presidents-call-to-south-korean-president-kim.html", "1994-06-22"),
    # No date line in the excerpt; the Papers Past id CHP19790712 gives The Press of 1979-07-12 (a
    # Thursday). The dateline "Washington" has no day, so "today" is ambiguous between the
    # dispatch's day and the (batch 5d's Lange-Zhao case) and is not resolved.
    ("dev_2212_muzorewa_carter_camp_david", "Africa", "1970s", "The Press (Christchurch), via Papers Past (NZPA-Reuter)", "https://paperspast.natlib.govt.nz/newspapers/CHP19790712.2.68", "1979-07-12"),
]

A = {}

A["dev_2201_carter_assad_geneva"] = dict(
    actors={
        "jimmy_carter": ["President Carter", "Carter"],
        "hafez_al_assad": ["Syrian President Hafez Assad", "Hafez Assad", "Assad"],
        "yitzhak_rabin": ["Israeli Premier Yitzhak Rabin", "Yitzhak Rabin"],
        "hussein_bin_talal": ["King Hussein"],
        "anwar_sadat": ["President Anwar Sadat", "Anwar Sadat"],
    },
    meetings=[
        # "due to meet here tomorrow afternoon with ... Assad" ("here" = Geneva: "is due in Geneva
        # tomorrow afternoon", "having the meeting take place in Geneva") -> planned, Geneva.
        # Date null (judgement): the only date is the bulletin's "May 9, 1977" and there is no
        # dated dateline, so "tomorrow" could be 9 or 10 May (alternative: 1977-05-10).
        M(["jimmy_carter", "hafez_al_assad"], None, "Geneva", IP, P,
          "President Carter is due to meet here tomorrow afternoon with Syrian President Hafez Assad as part of America’s current round of talks with Middle Eastern leaders."),
        # "All other Middle East leaders, from ... Rabin, to ... King Hussein and ... Sadat, went
        # to Washington for their meetings with Carter" -> three separate held meetings,
        # Washington, dates null.
        M(["yitzhak_rabin", "jimmy_carter"], None, "Washington", IP, H,
          "All other Middle East leaders, from Israeli Premier Yitzhak Rabin, to Jordan’s King Hussein and Egypt’s President Anwar Sadat, went to Washington for their meetings with Carter."),
        M(["hussein_bin_talal", "jimmy_carter"], None, "Washington", IP, H,
          "All other Middle East leaders, from Israeli Premier Yitzhak Rabin, to Jordan’s King Hussein and Egypt’s President Anwar Sadat, went to Washington for their meetings with Carter."),
        M(["anwar_sadat", "jimmy_carter"], None, "Washington", IP, H,
          "All other Middle East leaders, from Israeli Premier Yitzhak Rabin, to Jordan’s King Hussein and Egypt’s President Anwar Sadat, went to Washington for their meetings with Carter."),
        # Not rows: "He will confer with Assad for about four hours", "his talks with Carter",
        # "a meeting on 'neutral ground'" (the same Geneva meeting); the economic summit
        # conference in London and the Geneva conference (multilateral); "Syrian sources" and
        # "The sources" (unnamed).
    ],
    roles=[("The Syrian President", "hafez_al_assad"), ("the Syrian leader", "hafez_al_assad"),
           ("Israeli Premier", "yitzhak_rabin"), ("Egypt’s President", "anwar_sadat")],
)

A["dev_2202_schmidt_wilson_chequers"] = dict(
    actors={
        "helmut_schmidt": ["Mr Helmut Schmidt", "Mr Schmidt", "Schmidt"],
        "harold_wilson": ["Mr Harold Wilson", "Mr Wilson", "Wilson"],
        "labour_party": ["Labour Party", "Labour"],
        "european_economic_community": ["European Community", "Common Market"],
    },
    meetings=[
        # "They began their discussions last evening at Chequers" -> held, 1974-11-30 (the
        # evening before the dateline day, 1 December), Chequers.
        M(["helmut_schmidt", "harold_wilson"], "1974-11-30", "Chequers", IP, H,
          "They began their discussions last evening at Chequers, the Prime Minister’s official country residence near London."),
        # "this morning will conclude preparatory discussions" -> a next-day session announced,
        # planned, 1974-12-01 (dateline day); place Chequers (judgement: the continuation of
        # the discussions begun there; the text names no other venue).
        M(["helmut_schmidt", "harold_wilson"], "1974-12-01", "Chequers", IP, P,
          "The West German chancellor (Mr Helmut Schmidt) and the British Prime Minister (Mr Harold Wilson) this morning will conclude preparatory discussions on the proposed European Common Market summit meeting, EastWest relations, the world oil and energy crisis, and the Middle East."),
        # Not rows: "Mr Schmidt went into the talks with Mr Wilson" (the same talks); the speech
        # to the Labour Party conference (a speech); the nine-nation European Community summit
        # in Paris on December 9 and 10 (multilateral, planned); "British officials" (unnamed).
    ],
    roles=[("The West German chancellor", "helmut_schmidt"), ("the British Prime Minister", "harold_wilson")],
)

A["test_2203_arutyunyan_vezirov_stepanakert"] = dict(
    actors={
        "suren_arutyunyan": ["Soren Arutyunan"],
        "abdul_rahman_vezirov": ["Abdul-Rahman Zezirov"],
        "arkady_volsky": ["Arkady I. Volsky", "Volsky"],
        "tass": ["Tass"],
        "communist_party_of_the_soviet_union": ["Communist Party"],
        "cpsu_central_committee": ["Central Committee"],
    },
    meetings=[
        # "agreed Tuesday" + "At an unprecedented meeting in Stepanakert" + "Soren Arutyunan ...
        # and Abdul-Rahman Zezirov ... were brought together ... by Arkady I. Volsky" -> held,
        # 1988-08-02 (the Tuesday before the Wednesday paper), Stepanakert. The two party chiefs
        # are the pair the text presents as meeting.
        M(["suren_arutyunyan", "abdul_rahman_vezirov"], "1988-08-02", "Stepanakert", IP, H,
          "Soren Arutyunan, first secretary of the party in Armenia, and Abdul-Rahman Zezirov, first secretary in Azerbaijan, were brought together with officials from Nagorno-Karabakh by Arkady I. Volsky, special delegate of the party’s Central Committee."),
        # Volsky "brought together" the two -> he convened the meeting and is presumably present;
        # the pairs with him are optional (a convener/mediator, not stated to take part in the
        # talks themselves).
        M(["suren_arutyunyan", "arkady_volsky"], "1988-08-02", "Stepanakert", IP, H,
          "Soren Arutyunan, first secretary of the party in Armenia, and Abdul-Rahman Zezirov, first secretary in Azerbaijan, were brought together with officials from Nagorno-Karabakh by Arkady I. Volsky, special delegate of the party’s Central Committee.", False),
        M(["abdul_rahman_vezirov", "arkady_volsky"], "1988-08-02", "Stepanakert", IP, H,
          "Soren Arutyunan, first secretary of the party in Armenia, and Abdul-Rahman Zezirov, first secretary in Azerbaijan, were brought together with officials from Nagorno-Karabakh by Arkady I. Volsky, special delegate of the party’s Central Committee.", False),
        # Not rows: "officials from Nagorno-Karabakh" and "discussions with local officials and
        # residents" (unnamed); "for months had exchanged charges" (no meeting); Tass (a source);
        # "the decision of the country’s central leadership" (no meeting).
    ],
    roles=[("first secretary of the party in Armenia", "suren_arutyunyan"),
           ("first secretary in Azerbaijan", "abdul_rahman_vezirov"),
           ("special delegate of the party’s Central Committee", "arkady_volsky"),
           ("the official Soviet news agency", "tass")],
)

A["dev_2204_aquino_reagan_visit"] = dict(
    actors={
        "corazon_aquino": ["President Corazon Aquino", "Corazon Aquino", "Aquino"],
        "ronald_reagan": ["President Reagan", "Reagan"],
        "george_shultz": ["Secretary of State George Shultz", "George Shultz"],
        "ferdinand_marcos": ["Ferdinand Marcos"],
        "george_deukmejian": ["California Gov. George Deukmejian", "George Deukmejian"],
        "alan_cranston": ["Sen. Alan Cranston", "Alan Cranston"],
        "reagan_administration": ["Reagan administration"],
    },
    meetings=[
        # "a two-hour meeting Wednesday with President Reagan" -> planned, 1986-09-17. Place: the
        # text names no city for the meeting (no dateline; "her visit here") -> the country,
        # United States ("she had come to the United States").
        M(["corazon_aquino", "ronald_reagan"], "1986-09-17", "United States", IP, P,
          "Aquino's schedule includes a two-hour meeting Wednesday with President Reagan, the first between the two since the February coup d'etat that brought down the government of Ferdinand Marcos, a personal friend of Reagan's."),
        # "will spend several hours Wednesday evening with ... George Shultz" -> planned,
        # 1986-09-17, United States.
        M(["corazon_aquino", "george_shultz"], "1986-09-17", "United States", IP, P,
          "Aquino will spend several hours Wednesday evening with Secretary of State George Shultz, who already has forged a friendship with the Philippine president during two trips to Manila."),
        # "At San Francisco International Airport, where she was greeted by ... Deukmejian, Sen.
        # Alan Cranston" ("earlier Monday in San Francisco") -> held, 1986-09-15, San Francisco;
        # optional: an arrival greeting (as dev_031's tarmac remark, test_001's bouquet).
        M(["corazon_aquino", "george_deukmejian"], "1986-09-15", "San Francisco", IP, H,
          "At San Francisco International Airport, where she was greeted by California Gov. George Deukmejian, Sen. Alan Cranston, D-Calif., hundreds of cheering Filipino-Americans and a brass band, Aquino said that she had come to the United States \"to thank the American people for their prayers and their cheers,\" and added, \"to tell the truth, the overriding reason I am here is because I wanted to see our friends.\"", False),
        M(["corazon_aquino", "alan_cranston"], "1986-09-15", "San Francisco", IP, H,
          "At San Francisco International Airport, where she was greeted by California Gov. George Deukmejian, Sen. Alan Cranston, D-Calif., hundreds of cheering Filipino-Americans and a brass band, Aquino said that she had come to the United States \"to thank the American people for their prayers and their cheers,\" and added, \"to tell the truth, the overriding reason I am here is because I wanted to see our friends.\"", False),
        # Not rows: Shultz's "two trips to Manila" (a count of earlier visits, no single
        # meeting); Deukmejian and Cranston together (both on the greeting side, no meeting
        # between them); "arrived Monday night" (an arrival, no host named); Marcos (named, not
        # met); the Reagan administration's view.
    ],
    roles=[("the Philippine president", "corazon_aquino"), ("The Philippine leader", "corazon_aquino")],
)

A["dev_2205_reagan_de_la_madrid_mexico"] = dict(
    actors={
        "ronald_reagan": ["Ronald Reagan", "President Reagan"],
        "miguel_de_la_madrid": ["President De la Madrid", "De la Madrid"],
    },
    meetings=[
        # The welcoming ceremony of 13 February 1988 (date line), speeches by both presidents in
        # each other's presence: "This is the sixth time that we two Presidents have met" -> the
        # present meeting, held, 1988-02-13; place: the text names only the country ("the people
        # and the Government of Mexico", "people of Mexico") -> Mexico (Mazatlan only in the
        # URL). "we will ... discuss ... the problems on our agenda" is the same visit (not a
        # separate row).
        M(["miguel_de_la_madrid", "ronald_reagan"], "1988-02-13", "Mexico", IP, H,
          "This is the sixth time that we two Presidents have met and, on balance, this type of top-level communication between the governments of our countries has shown itself to be both effective and useful."),
        # "Over 5 years ago, President De la Madrid and I first met near the border in Tijuana"
        # -> held, Tijuana, date null.
        M(["ronald_reagan", "miguel_de_la_madrid"], None, "Tijuana", IP, H,
          "Over 5 years ago, President De la Madrid and I first met near the border in Tijuana."),
        # Not rows: "the sixth time" as a count of the earlier meetings (no further rows);
        # "we two Presidents have periodically had the opportunity to review issues" (general);
        # "perhaps the last time we meet as Presidents" (no further meeting); "fluid and
        # wide-ranging communication between the two governments" (governments).
    ],
    roles=[("the President of the United States of America", "ronald_reagan"), ("Mr. President", "ronald_reagan")],
)

A["dev_2206_reagan_mulroney_quebec"] = dict(
    actors={
        "ronald_reagan": ["President Reagan", "Reagan"],
        "brian_mulroney": ["Prime Minister Brian Mulroney", "Brian Mulroney", "Mulroney"],
        "mikhail_gorbachev": ["Mikhail S. Gorbachev", "Mr. Gorbachev"],
    },
    meetings=[
        # "During 90 minutes of talks, Reagan reportedly told Mulroney today" (the second day of
        # "his two-day summit") -> held, 1985-03-18, Quebec (dateline "QUEBEC", "this
        # French-speaking provincial capital"). The two-day summit is one row (the first day's
        # sessions are not dated separately).
        M(["ronald_reagan", "brian_mulroney"], "1985-03-18", "Quebec", IP, H,
          "During 90 minutes of talks, Reagan reportedly told Mulroney today that he believes a U.S.-Soviet summit “would be useful” now that Mikhail S. Gorbachev has become leader of the Soviet Union."),
        # Not rows: a U.S.-Soviet summit that "would be useful" / "they could have a real,
        # substantive meeting" (hypothetical); "At the conclusion of their meeting ... signed
        # agreements", "Mulroney toasted Reagan" (the same summit); the speech to federal and
        # provincial leaders (a speech); "A U.S. official said" (unnamed).
    ],
    roles=[("Canada’s new Conservative leader", "brian_mulroney"), ("Mr. Prime Minister", "brian_mulroney"),
           ("The President", "ronald_reagan")],
)

A["test_2207_nyerere_kaunda_kabwe"] = dict(
    actors={
        "kenneth_kaunda": ["Mr Kenneth Kaunda", "Kenneth Kaunda", "Mr Kaunda", "Kaunda"],
        "julius_nyerere": ["Mr Julius Nyerere", "Julius Nyerere", "Mr Nyerere"],
        "frederick_chiluba": ["President Frederick Chiluba", "Frederick Chiluba", "President Chiluba", "Mr Chiluba"],
        "maria_nyerere": ["Maria"],
    },
    meetings=[
        # "visited him in the maximum-security prison in the town of Kabwe yesterday and the two
        # shared a small meal" -> held, Kabwe; date null (no publication date).
        M(["julius_nyerere", "kenneth_kaunda"], None, "Kabwe", IP, H,
          "Mr Nyerere, a close friend of Mr Kaunda, visited him in the maximum-security prison in the town of Kabwe yesterday and the two shared a small meal."),
        # "he had met President Chiluba after visiting Mr Kaunda in jail" -> held, date null, place
        # null (not stated).
        M(["julius_nyerere", "frederick_chiluba"], None, None, IP, H,
          "Mr Nyerere said he had met President Chiluba after visiting Mr Kaunda in jail, but did not elaborate on the meeting."),
        # "talks with Mr Chiluba on Monday" (a different, earlier day: he "arrived in Lusaka on
        # Monday night") -> held, date null (no publication date to resolve "Monday"), Lusaka
        # (judgement: the city he is said to have arrived in that day).
        M(["julius_nyerere", "frederick_chiluba"], None, "Lusaka", IP, H,
          "Earlier, diplomats said Mr Nyerere, who arrived in Lusaka on Monday night with his wife Maria, was close to clinching a deal on Mr Kaunda's release after talks with Mr Chiluba on Monday."),
        # Not rows: Maria Nyerere accompanied him (not a participant); "after spending several
        # hours with Mr Kaunda" (the same prison visit); Kaunda's court appearance; "eastern and
        # southern African leaders" and "diplomats" (unnamed).
    ],
    roles=[("The former Zambian president", "kenneth_kaunda"), ("Tanzania's former president", "julius_nyerere"),
           ("ex-Tanzanian leader", "julius_nyerere"), ("the prisoner", "kenneth_kaunda")],
)

A["dev_2208_muldoon_fraser_storm"] = dict(
    actors={
        "robert_muldoon": ["Mr Muldoon", "Muldoon"],
        "malcolm_fraser": ["Mr Fraser"],
        "michelle_gratton": ["Michelle Gratton"],
        "the_sun_sydney": ["Sun"],
        "the_age": ["Age"],
    },
    meetings=[
        # "referred to the falling-out between the two leaders at a dinner on Tuesday evening" ->
        # an encounter at a Commonwealth Conference dinner, held, 1977-06-07 (the Tuesday before
        # the Saturday paper); place null (the dinner's place is not stated; London is only the
        # source of the reports); optional (a falling-out at a conference dinner, not a
        # bilateral meeting). A near-zero control: the only row is optional.
        M(["robert_muldoon", "malcolm_fraser"], "1977-06-07", None, IP, H,
          "The Melbourne “Age” led its front page with Mr Fraser’s anti-apartheid comments in his speech to the conference, and in a companion item the paper’s political correspondent, Michelle Gratton, referred to the falling-out between the two leaders at a dinner on Tuesday evening.", False),
        # Not rows: the "clashes in the attitudes" and "a major row" (a dispute, no meeting); the
        # Commonwealth Conference (multilateral); "Officials of some delegations are trying to
        # calm the two leaders" (unnamed officials); Fraser's speech; the papers' editorials.
    ],
    roles=[("the New Zealand Prime Minister", "robert_muldoon"), ("the Australian Prime Minister", "malcolm_fraser")],
)

A["dev_2209_mulroney_bush_call"] = dict(
    actors={
        "brian_mulroney": ["Prime Minister Brian Mulroney", "Brian Mulroney", "Mulroney", "Brian"],
        "george_h_w_bush": ["President George Bush", "George Bush", "Bush", "George"],
        "kevin_doyle": ["Editor Kevin Doyle", "Kevin Doyle"],
        "anthony_wilson_smith": ["Anthony Wilson-Smith"],
        "brent_scowcroft": ["Brent Scowcroft"],
        "derek_burney": ["Derek Burney"],
        "macleans": ["Maclean’s"],
    },
    meetings=[
        # The call Mulroney recounts ("The phone rang ... 'It's George.' ... So we talked about
        # it") on "the day before the President's inauguration on Jan. 20, 1989" -> phone, held,
        # 1989-01-19; place null (a call). Evidence: the sentence that names both and the day.
        M(["george_h_w_bush", "brian_mulroney"], "1989-01-19", None, PH, H,
          "During a 45-minute interview at his official 24 Sussex Drive residence with Editor Kevin Doyle and Ottawa Bureau Chief Anthony Wilson-Smith, Mulroney began by discussing his relations with Bush, relating an incident on the day before the President’s inauguration on Jan. 20, 1989."),
        # "The first trip I want to make is to Canada. ... Let's agree on a date." -> a visit to
        # Canada intended, the meeting with Mulroney implied; planned, Canada, date null;
        # optional (the meeting itself is not stated, as dev_041's Washington visit).
        M(["george_h_w_bush", "brian_mulroney"], None, "Canada", IP, P,
          "The first trip I want to make is to Canada.", False),
        # Not rows: the Maclean's interviews (media interviews); "I'll call you later" (no
        # specific contact, as dev_041's "speaking again soon"); Scowcroft "to get in touch with"
        # Burney (a contact of aides, as batch 5b's "would be in touch"); "That's the way he does
        # it all the time" (general).
    ],
    roles=[("the President", "george_h_w_bush"), ("national security adviser", "brent_scowcroft"),
           ("Mulroney’s chief of staff", "derek_burney"), ("Canadian ambassador in Washington", "derek_burney"),
           ("Ottawa Bureau Chief", "anthony_wilson_smith")],
)

A["dev_2210_keating_bolger_wellington"] = dict(
    actors={
        "paul_keating": ["Prime Minister Keating", "Keating"],
        "jim_bolger": ["New Zealand Prime Minister Jim Bolger", "Jim Bolger", "Jim"],
    },
    meetings=[
        # "the talks this morning have gone very well, both between Prime Minister Keating and
        # myself" (Bolger speaking) -> held, 1993-05-21, Wellington (title: "Parliament House,
        # Wellington: 21 May 1993").
        M(["jim_bolger", "paul_keating"], "1993-05-21", "Wellington", IP, H,
          "JB: Can I just say as an opening comment that the talks this morning have gone very well, both between Prime Minister Keating and myself and the office and now with twelve Cabinet Ministers."),
        # Not rows: the session "with twelve Cabinet Ministers" (unnamed; the same day's talks);
        # "The Ministers are scheduled to meet from New Zealand and Australia in about a month"
        # (unnamed ministers); "we will have further discussions on" (no specific meeting); the
        # joint press conference (the same occasion).
    ],
    roles=[("New Zealand Prime Minister", "jim_bolger")],
)

A["test_2211_clinton_kim_call"] = dict(
    actors={
        "bill_clinton": ["President Clinton", "Clinton"],
        "kim_young_sam": ["President Kim Young Sam", "Kim Young Sam", "Kim"],
        "iaea": ["IAEA"],
    },
    meetings=[
        # "In a twenty-minute telephone call this evening" -> phone, held, 1994-06-22, place null.
        M(["bill_clinton", "kim_young_sam"], "1994-06-22", None, PH, H,
          "In a twenty-minute telephone call this evening, President Clinton and President Kim Young Sam of South Korea discussed recent developments in the North Korean situation, including today's developments that open the way to a third round of U.S.- DPRK talks."),
        # "the agreement between North and South Korea to hold a summit meeting" -> a planned
        # inter-Korean summit; the text names the two countries only; Kim Young Sam is the
        # named president of one of them -> one-party row, planned, date and place null,
        # optional (the participants are not stated).
        M(["kim_young_sam"], None, None, IP, P,
          "President Clinton welcomed the agreement between North and South Korea to hold a summit meeting.", False),
        # Not rows: "a third round of U.S.- DPRK talks" (unnamed negotiators); the IAEA's
        # inspectors (an organisation, no meeting); "The two Presidents agreed" (the same call).
    ],
    roles=[],
)

A["dev_2212_muzorewa_carter_camp_david"] = dict(
    actors={
        "jimmy_carter": ["President Carter", "Mr Carter", "Carter"],
        "abel_muzorewa": ["Bishop Abel Muzorewa", "Abel Muzorewa", "Bishop Muzorewa", "Bisaop Muzorewa", "Muzorewa"],
        "cyrus_vance": ["Mr Cyrus Vance", "Cyrus Vance"],
        "ian_smith": ["Smith"],
        "white_house": ["White House"],
    },
    meetings=[
        # "will hold an unprecedented meeting today" + "will call on Mr Carter at Camp David" ->
        # planned, Camp David; date null (judgement: the undated Washington dispatch's "today"
        # may be 11 or 12 July).
        M(["jimmy_carter", "abel_muzorewa"], None, "Camp David", IP, P,
          "President Carter of the United States and the Zimbabwe Rhodesian Prime Minister, Bishop Abel Muzorewa, will hold an unprecedented meeting today amid signs that there is little hope for improved relations between their countries."),
        # "he said! after spending 75 minutes, with the Secretary of State' (Mr Cyrus Vance)" ("he"
        # = Muzorewa, the speaker of the quotes) -> held, date null (not stated), Washington
        # (judgement: the dateline's city, where Muzorewa is said to have arrived).
        M(["abel_muzorewa", "cyrus_vance"], None, "Washington", IP, H,
          "“I don’t have to take any! further steps. I've done whati needs to be done.” he said! after spending 75 minutes, with the Secretary of State' (Mr Cyrus Vance)."),
        # Not rows: "the meeting would be brief", "the meeting with Mr Carter" (the same planned
        # meeting); the cancelled news conference and the "publicrelations campaign" (no
        # meeting); "Both sides indicated yesterday" (statements); the Smith Government (named,
        # no meeting); "The White House said" (a source).
    ],
    roles=[("the Zimbabwe Rhodesian Prime Minister", "abel_muzorewa"), ("the Secretary of State", "cyrus_vance")],
)
