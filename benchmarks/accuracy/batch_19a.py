"""Accuracy corpus, batch 19a: 12 new articles from the 1970s, 1980s and 1990s (four per decade),
chosen where the corpus was still thinnest (region x decade cells counted over sources.csv and the
ARTICLES of every batch_*.py present before searching, 480 articles, batches 1-18b, all of them
already in sources.csv; batch 19b, written at the same time by another helper, did not exist yet
and is not counted: in the 1970s Central Asia/Caucasus had 0 articles, Eastern Europe/Russia,
Oceania, Southeast Asia and Western Europe 5, the other six regions 6; in the 1980s North America,
South Asia and Southeast Asia had 5, the other eight regions 6; in the 1990s East Asia, Latin
America and Oceania had 8, the other eight regions 7) and spread over all eleven regions (South
Asia twice: 1980s and 1990s). Picks: 1970s Western Europe, Eastern Europe/Russia, Oceania and
Southeast Asia (the four cells at 5; Central Asia/Caucasus 1970s was searched again, queries 1-3
and 12-13, without a usable news page); 1980s Latin America and East Asia (cells at 6; both regions
are at 8 in the 1990s), North America and South Asia (cells at 5); 1990s Central Asia/Caucasus,
Africa, the Middle East and South Asia (cells at 7).
Outlets new to the corpus: none of the twelve outlets is new, but the pages are: the JTA archive
(twice, both 1970s), The Press via Papers Past (twice: 1973, 1982), the Time text mirror at
softbeam.net, Deseret News, UPI archives, the Los Angeles Times archive, RFE/RL, the Mail &
Guardian, BBC News (news.bbc.co.uk) and Rediff.
Collected with the `search` tool (corpus `pages`) and annotated from the texts alone, BEFORE the
package was run on them (the package has not been run on this batch). Conventions: ANNOTATION.md
and /work/shared/ANNOTATION-GUIDE.md. Notes: batch_19a_NOTES.md.

Split rule (fixed before annotating, as given in the brief for this batch, the same as batches
5a-18b): the articles are numbered 1..12 in the order they were first found in this session's
search results (the query in which each first appeared, then the rank); positions 3, 7 and 11
are test, all others dev. Ids: `dev_36NN_<slug>` / `test_36NN_<slug>`, NN = collection position
(01..12).

M(participants, date, place, kind, status, evidence, required=True)
Evidence is the verbatim sentence (line breaks inside it replaced by single spaces).
Aliases are written as they stand in the text (typos and OCR debris included).
"""


from annotations import H, IP, M, P, PH, VID  # noqa: F401 (the same row helpers)

# (article_id, region, decade, outlet, url, published)
ARTICLES = [
    # Date line "July 9, 1979" (a Monday) under the headline. JTA "today" / "tomorrow" are NOT
    # resolved (as dev_2201, test_3211, dev_3408); "this weekend" is a range: no date. Region
    # (judgement, see the notes): the meeting was hosted in Vienna by the Austrian Chancellor with
    # the West German SPD chairman -> Western Europe (the PLO side would give the Middle East).
    ("dev_3601_kreisky_brandt_arafat_vienna", "Western Europe", "1970s", "Jewish Telegraphic Agency (JTA archive)", "http://www.jta.org/archive/kreisky-arafat-meeting-gauses-indignation-dismay-in-israel", "1979-07-09"),
    # Date line "August 29, 1977" (a Monday); the URL (/1977/08/29/) agrees. "Friday" = 1977-08-26
    # and "Thursday" = 1977-08-25 whether the bulletin is dated the day of the dispatch or the day
    # after; JTA "tomorrow" is not resolved. Region (judgement): the host is Romania -> Eastern
    # Europe/Russia (the guest, Israel, would give the Middle East).
    ("dev_3602_begin_ceausescu_bucharest", "Eastern Europe/Russia", "1970s", "Jewish Telegraphic Agency (JTA archive)", "https://www.jta.org/1977/08/29/archive/begin-ceausescu-focus-on-mideast-peace-prospects-role-of-plo", "1977-08-29"),
    # Issue code CHP19730618 (The Press, Christchurch, 18 June 1973, a Monday); dateline
    # "WASHINGTON, June 17." (a Sunday). Neither planned meeting has a date. Region: Oceania (the
    # New Zealand and Australian prime ministers; a New Zealand paper and agency).
    ("test_3603_kirk_nixon_whitlam_planned", "Oceania", "1970s", "The Press (Christchurch), via Papers Past (NZPA)", "https://paperspast.natlib.govt.nz/newspapers/CHP19730618.2.2", "1973-06-18"),
    # Date line "Monday, Feb. 19, 1973" (Time's cover date, as test_1103 / test_2811). No meeting
    # of the text is dated ("At week's end" is vague). Region: the non-US principals are Thai,
    # Lao and North Vietnamese -> Southeast Asia.
    ("dev_3604_kissinger_bangkok_hanoi", "Southeast Asia", "1970s", "Time (magazine archive, text mirror)", "http://softbeam.net/txt/time/Time1973/1973-02-19/906862.html", "1973-02-19"),
    # No date line or headline in the excerpt; the URL (/1989/5/16/) gives 1989-05-16, a
    # Tuesday: "At 10:03 a.m. Tuesday" = 1989-05-16 (the day of the paper). Region: a Soviet-
    # Chinese summit held in Beijing -> East Asia (as US-China = East Asia).
    ("dev_3605_gorbachev_deng_beijing", "East Asia", "1980s", "Deseret News", "https://www.deseret.com/1989/5/16/18807135/neighbors-talk-frankly-about-political-woes-br-pro-democracy-protest-grows-outside-walls-of-the-summ", "1989-05-16"),
    # Issue code CHP19820420 (The Press, 20 April 1982, a Tuesday); the dateline "NZPA-Reuter
    # Buenos Aires" has no date, so "yesterday" is read against the paper (as dev_2806,
    # test_2207) = 1982-04-19. Region: the non-US principals are Argentine -> Latin America.
    ("dev_3606_haig_galtieri_buenos_aires", "Latin America", "1980s", "The Press (Christchurch), via Papers Past (NZPA-Reuter)", "https://paperspast.natlib.govt.nz/newspapers/CHP19820420.2.69.1", "1982-04-20"),
    # No date line in the excerpt; the URL (/Archives/1988/07/18/) gives 1988-07-18, a Monday;
    # UPI "today" = the dispatch day (as dev_1005) = 1988-07-18. Region: a domestic US story ->
    # North America.
    ("test_3607_dukakis_jackson_bentsen_atlanta", "North America", "1980s", "United Press International (UPI archives)", "https://www.upi.com/Archives/1988/07/18/Michael-Dukakis-and-Jesse-Jackson-held-a-very-very/2847585201600/", "1988-07-18"),
    # No date line in the excerpt; the URL (la-xpm-1986-11-17) gives 1986-11-17, a Monday:
    # "Sunday" = 1986-11-16, "Saturday" = 1986-11-15. Region: South Asia (SAARC summit in
    # Bangalore).
    ("dev_3608_saarc_gandhi_jayewardene_bangalore", "South Asia", "1980s", "Los Angeles Times (Times Wire Services)", "https://www.latimes.com/archives/la-xpm-1986-11-17-mn-4000-story.html", "1986-11-17"),
    # Dateline "Moscow, 19 December 1996 (RFE/RL)" (a Thursday). "Friday, or maybe Saturday" is
    # not a single day: no date. Region: the principals are Tajik (the talks are in Moscow) ->
    # Central Asia/Caucasus (as dev_604, Yeltsin-Niyazov at Barvikha).
    ("dev_3609_rakhmonov_nuri_moscow_postponed", "Central Asia/Caucasus", "1990s", "Radio Free Europe/Radio Liberty", "https://www.rferl.org/a/1082959.html", "1996-12-19"),
    # Date line "/ 22 October 1998" (a Thursday), as in the URL. "On Monday" (past) = 1998-10-19;
    # "will meet ... on Wednesday, following the ... meeting in Lusaka on Monday" = the coming
    # Wednesday, 1998-10-28. Region: Africa.
    ("dev_3610_mandela_kagame_drc", "Africa", "1990s", "Mail & Guardian (mg.co.za)", "https://mg.co.za/article/1998-10-22-mandela-meets-kagame-on-drc/", "1998-10-22"),
    # Date line "Saturday, May 15, 1999 Published at 21:35 GMT 22:35 UK". The talks are not dated
    # in the text (judgement: null, alternative 1999-05-15). Region: Middle East.
    ("test_3611_khatami_fahd_jeddah", "Middle East", "1990s", "BBC News (news.bbc.co.uk)", "http://news.bbc.co.uk/2/hi/middle_east/344918.stm", "1999-05-15"),
    # Date line "February 17, 1999" (a Wednesday), as in the URL (/1999/feb/17). "two days of ...
    # discussions from February 20" is a range: no date; the Wagah reception is pinned to
    # 1999-02-20 by "From Wagah, the two prime ministers will fly ... and reach there by 1600 hours
    # on February 20". Region: South Asia.
    ("dev_3612_vajpayee_sharief_lahore_planned", "South Asia", "1990s", "Rediff (rediff.com)", "https://m.rediff.com/news/1999/feb/17pak1.htm", "1999-02-17"),
]

A = {}

_KBA = ("The mainstream political community in Israel, embracing the government and the Labor Party "
        "opposition, reacted with uniform indignation and dismay over the meeting that Chancellor Bruno "
        "Kreisky of Austria and Willy Brandt, chairman of West Germany’s ruling Social Democratic Party, "
        "had with Palestine Liberation Organization chief Yasir Arafat in Vienna this weekend.")

A["dev_3601_kreisky_brandt_arafat_vienna"] = dict(
    actors={
        "bruno_kreisky": ["Chancellor Bruno Kreisky", "Bruno Kreisky", "Kreisky"],
        "willy_brandt": ["Willy Brandt", "Brandt"],
        "yasser_arafat": ["Yasir Arafat", "Arafat"],
        "spd": ["Social Democratic Party"],
        "plo": ["Palestine Liberation Organization", "PLO"],
        "socialist_international": ["Socialist International"],
        "un_general_assembly": ["United Nations General Assembly"],
        "cabinet_of_israel": ["Cabinet"],
        "ministry_of_foreign_affairs_israel": ["Foreign Ministry"],
        "yosef_ciechanover": ["Yosef Ciechanover"],
        "shimon_peres": ["Shimon Peres", "Peres", "PERES"],
        "menachem_begin": ["Premier Menachem Begin", "Menachem Begin", "BEGIN"],
        "israeli_labor_party": ["Labor Party"],
        "knesset": ["Knesset"],
    },
    meetings=[
        # "the meeting that Chancellor Bruno Kreisky ... and Willy Brandt ... had with ... Yasir
        # Arafat in Vienna this weekend" + "the 10 hours of discussion over a period of three days
        # between the three men" -> one meeting of three named people -> three pair rows, held,
        # Vienna, date null ("this weekend", three days: a range). Kreisky-Brandt are the two
        # Socialist International hosts (same side) -> optional (as dev_017).
        M(["bruno_kreisky", "yasser_arafat"], None, "Vienna", IP, H, _KBA),
        M(["willy_brandt", "yasser_arafat"], None, "Vienna", IP, H, _KBA),
        M(["bruno_kreisky", "willy_brandt"], None, "Vienna", IP, H, _KBA, False),
        # "Yosef Ciechanover ... called in the Austrian charged affaires to deliver an expression of
        # Israel's strong protest" -> the chargé is unnamed: one-party row, held, date and place
        # null, optional (a protest delivered to a role-only diplomat; purpose clause).
        M(["yosef_ciechanover"], None, None, IP, H,
          "Yosef Ciechanover, the Director General of the Foreign Ministry, called in the Austrian charged affaires to deliver an expression of Israel’s strong protest at Kreisky’s action.", False),
        # "Shimon Peres ... joined with Premier Menachem Begin in drafting a statement" -> a joint
        # task of the opposition leader and the premier, not reported as a meeting: held,
        # optional, date and place null.
        M(["shimon_peres", "menachem_begin"], None, None, IP, H,
          "Shimon Peres, chairman of the opposition Labor Party joined with Premier Menachem Begin in drafting a statement condemning the meeting, which will be presented to a special session of the Knesset tomorrow.", False),
        # Not rows: Kreisky's news conference (press); Arafat "invited by Kreisky" (the same
        # meeting); Arafat's 1974 address to the UN General Assembly (a plenary); the Cabinet's
        # decision and the ambassador's recall "for consultations" (no counterpart); Peres telling
        # "a meeting of the Labor Party Bureau" (his own party organ, a plenary); the next meeting
        # of the Socialist International and the Knesset session "tomorrow" (plenaries). Removed:
        # the archive's search line, "See Original Daily Bulletin From This Date",
        # "Advertisement"; the cut-off last sentence ("Meanwhile, Kreisky and Brandt stated that
        # the Socialist International will have more talk"). The typos "Gauses" and "charged
        # affaires" are kept.
    ],
    roles=[("Palestine Liberation Organization chief", "yasser_arafat"),
           ("chairman of West Germany’s ruling Social Democratic Party", "willy_brandt"),
           ("the Chancellor", "bruno_kreisky"), ("former Chancellor of West Germany", "willy_brandt"),
           ("the Director General of the Foreign Ministry", "yosef_ciechanover"),
           ("chairman of the opposition Labor Party", "shimon_peres"), ("Premier", "menachem_begin")],
)

A["dev_3602_begin_ceausescu_bucharest"] = dict(
    actors={
        "menachem_begin": ["Premier Menachem Begin", "Menachem Begin", "Begin", "BEGIN"],
        "nicolae_ceausescu": ["President Nicholae Ceausescu", "Nicholae Ceausescu", "Ceausescu"],
        "manea_manescu": ["Rumanian Premier Manea Manescu", "Manea Manescu", "Manescu", "MANESCU"],
        "plo": ["Palestine Liberation Organization", "PLO"],
        "united_nations": ["United Nations"],
    },
    meetings=[
        # "is scheduled to have a second meeting with President Nicholae Ceausescu tomorrow" ->
        # planned, date null (JTA "tomorrow" not resolved; alternative 1977-08-30), place Rumania
        # (judgement: "who is visiting Rumania"; the text names no venue; alternative Bucharest).
        M(["menachem_begin", "nicolae_ceausescu"], None, "Rumania", IP, P,
          "Premier Menachem Begin, who is visiting Rumania, is scheduled to have a second meeting with President Nicholae Ceausescu tomorrow in which they will concentrate on the prospects of a Middle East settlement and the role of the Palestine Liberation Organization in negotiations."),
        # "during their first meeting Friday" -> held, 1977-08-26, Rumania (as above). "Begin's
        # meeting with Ceausescu was considered much warmer" is the same meeting.
        M(["menachem_begin", "nicolae_ceausescu"], "1977-08-26", "Rumania", IP, H,
          "The two leaders discussed these issues, along with the problem of reuniting Rumanian Jews with their families in Israel, during their first meeting Friday."),
        # "a public clash with Rumanian Premier Manea Manescu. The clash occurred at a state dinner
        # Thursday night when Manescu, in his toast of welcome, urged ..." -> held, 1977-08-25,
        # Bucharest (judgement: the dinner followed "his arrival in Bucharest Thursday").
        M(["menachem_begin", "manea_manescu"], "1977-08-25", "Bucharest", IP, H,
          "The clash occurred at a state dinner Thursday night when Manescu, in his toast of welcome, urged the PLO’s participation at Geneva and called for total Israeli withdrawal from the occupied territories and the creation of a Palestinian state."),
        # Not rows: "Rumanian leaders constantly stressed to Begin" (unnamed, generic); "the cool
        # reception he received on his arrival in Bucharest Thursday" (no greeter named; the
        # evening's dinner is the row); the PLO's rejection of Resolution 242 (a statement);
        # Manescu's expressed concern (a speech). Removed: the archive's search line, "See
        # Original Daily Bulletin From This Date", "Advertisement"; the cut-off fragment ("To").
        # The spelling "Nicholae" is kept.
    ],
    roles=[("Rumanian Premier", "manea_manescu"), ("the terrorist organization", "plo")],
)

_KN = ("The Prime Minister (Mr Kirk) tonight denied that he would meet President Nixon in the near "
       "future, but a White House spokesman claimed that arrangements for the meeting were continuing.")

A["test_3603_kirk_nixon_whitlam_planned"] = dict(
    actors={
        "norman_kirk": ["Mr Kirk"],
        "richard_nixon": ["President Nixon", "Nixon"],
        "gough_whitlam": ["Mr Whitlam"],
        "gerald_warren": ["Mr Gerald Warren", "Gerald Warren", "Mr Warren"],
        "white_house": ["White House"],
        "new_zealand_press_association": ["N.Z.P.A."],
    },
    meetings=[
        # "denied that he would meet President Nixon ... but a White House spokesman claimed that
        # arrangements for the meeting were continuing" (and "arrangements for the two leaders to
        # meet were being made", "arrangements for a meeting between Mr Kirk and the President were
        # continuing") -> planned according to the White House, denied by Kirk: one planned row,
        # optional (a disputed announcement), date and place null ("before or after" the Ottawa
        # conference).
        M(["norman_kirk", "richard_nixon"], None, None, IP, P, _KN, False),
        # "Mr Whitlam today confirmed a White House announcement that he and the President would
        # meet during the Australian leader's trip to Ottawa" (also "that arranged between
        # President Nixon and the Australian Prime Minister") -> planned, date null, place null
        # (judgement: the meeting is set "during the ... trip to Ottawa", not said to be in
        # Ottawa; alternative Ottawa).
        M(["gough_whitlam", "richard_nixon"], None, None, IP, P,
          "Mr Whitlam today confirmed a White House announcement that he and the President would meet during the Australian leader’s trip to Ottawa."),
        # Not rows: the Commonwealth heads of Government conference in Ottawa (multilateral);
        # Kirk's statement "to the N.Z.P.A." and Warren's briefing (press); the statement "referred
        # to" Warren (no meeting); "The first indication ... was volunteered by the White House"
        # (an announcement). The byline "(By BRUCE KOHN, N.Z.P.A. staff correspondent)" and the
        # dateline are kept and not annotated (the N.Z.P.A. is annotated from the body). Removed:
        # the Papers Past "Article image" lines; the cut-off last sentence ("It followed days of
        # questioning of White House"). The OCR debris "that;" and the paragraph break inside
        # "Mr / Nixon" are kept.
    ],
    roles=[("The Prime Minister", "norman_kirk"), ("the Australian Prime Minister", "gough_whitlam"),
           ("The assistant presidential press secretary", "gerald_warren"), ("the President", "richard_nixon"),
           ("the Australian leader", "gough_whitlam"), ("the New Zealand leader", "norman_kirk")],
)

A["dev_3604_kissinger_bangkok_hanoi"] = dict(
    actors={
        "henry_kissinger": ["Henry Kissinger", "Kissinger"],
        "thanom_kittikachorn": ["Thanom Kittikachorn"],
        "william_h_sullivan": ["Deputy Assistant Secretary of State William H. Sullivan", "William H. Sullivan"],
        "souvanna_phouma": ["Premier Souvanna Phouma", "Souvanna Phouma"],
        "pathet_lao": ["Pathet Lao"],
        "le_duc_tho": ["Le Due Tho"],
    },
    meetings=[
        # "Kissinger's first diplomatic stop, in Bangkok, was partly a courtesy call upon ...
        # Thailand's Premier Thanom Kittikachorn" -> held, date null, Bangkok.
        M(["henry_kissinger", "thanom_kittikachorn"], None, "Bangkok", IP, H,
          "Kissinger's first diplomatic stop, in Bangkok, was partly a courtesy call upon a U.S. ally, Thailand's Premier Thanom Kittikachorn."),
        # "gave Kissinger and his top traveling companion ... Sullivan ... a chance to discuss the
        # entire Indochina situation with the U.S. ambassadors to Thailand, Laos, Cambodia and South
        # Viet Nam" -> the ambassadors are unnamed (own officials) and Sullivan travels with
        # Kissinger (not a counterpart): one-party row, held, date null, Bangkok, optional (as
        # dev_3401's "top policy aides").
        M(["henry_kissinger"], None, "Bangkok", IP, H,
          "But it also gave Kissinger and his top traveling companion, Deputy Assistant Secretary of State William H. Sullivan (see box), a chance to discuss the entire Indochina situation with the U.S. ambassadors to Thailand, Laos, Cambodia and South Viet Nam.", False),
        # "Kissinger was making his first visit to Hanoi at the invitation of his Paris antagonist,
        # Le Due Tho" (and "being given a welcome in the capital") -> a meeting with his host is
        # implied, not stated: held, optional, date null ("At week's end"), Hanoi.
        M(["henry_kissinger", "le_duc_tho"], None, "Hanoi", IP, H,
          "Kissinger was making his first visit to Hanoi at the invitation of his Paris antagonist, Le Due Tho.", False),
        # Not rows: the itinerary ("Bangkok, Vientiane, Hanoi, Hong Kong and Peking": places, no
        # hosts named); the "cease-fire negotiations between Premier Souvanna Phouma and the ...
        # Pathet Lao" (an ongoing negotiation, not a specific meeting); "Kissinger was pressing
        # for it" (no counterpart); Kissinger's arrival in Vientiane (no one met is named). The
        # excerpt ends with a complete sentence and is stored as returned (nothing removed). The
        # OCR debris "set tlement" and "Le Due Tho" are kept.
    ],
    roles=[("Thailand's Premier", "thanom_kittikachorn"), ("his top traveling companion", "william_h_sullivan"),
           ("his Paris antagonist", "le_duc_tho"), ("Premier", "souvanna_phouma"),
           ("one of the chief architects of the U.S. bombing and mining policy", "henry_kissinger")],
)

A["dev_3605_gorbachev_deng_beijing"] = dict(
    actors={
        "deng_xiaoping": ["Deng Xiaoping", "Deng"],
        "mikhail_gorbachev": ["Mikhail S. Gorbachev", "Comrade Gorbachev", "Gorbachev"],
    },
    meetings=[
        # "At 10:03 a.m. Tuesday, ... Deng Xiaoping emerged ... to meet his arriving Soviet guest"
        # (the greeting, the chat "outside the Eastern Hall" and the talks in "the ornate room" are
        # one meeting) -> held, 1989-05-16, Beijing ("who had arrived in Beijing a day earlier";
        # the Great Hall of the People).
        M(["deng_xiaoping", "mikhail_gorbachev"], "1989-05-16", "Beijing", IP, H,
          "At 10:03 a.m. Tuesday, China's senior leader Deng Xiaoping emerged from the Eastern Hall of the Great Hall of the People and walked slowly along a red carpet to meet his arriving Soviet guest."),
        # Not rows: Gorbachev's arrival "a day earlier" (no greeter named); the crowd of
        # photographers; the two interpreters (not participants). No headline or date line is in
        # the excerpt (nothing was added). Removed: the site's "clock menu more-arrow no yes" and
        # "Filed under:" lines; the cut-off last sentence ("Meanwhile outside, hundreds of thousands
        # of people converged on China's central square Tuesday in the most serious challenge yet to
        # a govern"). The missing space in 'neighbors."Welcome' is kept.
    ],
    roles=[("China's senior leader", "deng_xiaoping"), ("his arriving Soviet guest", "mikhail_gorbachev"),
           ("the Soviet leader", "mikhail_gorbachev"), ("the grand old man of world Communism", "deng_xiaoping")],
)

_HGC = ("Mr Haig left Government House shortly after 5 p.m. last evening after meetings with Argentina’s "
        "President (Lieutenant-General Leopoldo Galtieri) and the Foreign Minister (Dr Nicanor Costa Mendez).")

A["dev_3606_haig_galtieri_buenos_aires"] = dict(
    actors={
        "alexander_haig": ["Mr Alexander Haig", "Alexander Haig", "Mr Haig", "Haig"],
        "leopoldo_galtieri": ["Lieutenant-General Leopoldo Galtieri", "Leopoldo Galtieri", "President Galtieri"],
        "nicanor_costa_mendez": ["Dr Nicanor Costa Mendez", "Nicanor Costa Mendez", "Dr Costa Mendez"],
        "rodolfo_baltierrez": ["Rodolfo Baltierrez"],
        "argentine_foreign_ministry": ["Argentine Foreign Ministry"],
    },
    meetings=[
        # "met Argentina's top leaders for 12 , hours yesterday" + "after meetings with Argentina's
        # President (... Galtieri) and the Foreign Minister (... Costa Mendez)" -> two rows (a list
        # of meetings, as dev_3412), held, 1982-04-19 ("yesterday" of the Tuesday paper; "last
        # evening"), Buenos Aires (dateline; Government House). Whether Galtieri and Costa Mendez
        # met Haig together is not said; no same-government pair row.
        M(["alexander_haig", "leopoldo_galtieri"], "1982-04-19", "Buenos Aires", IP, H, _HGC),
        M(["alexander_haig", "nicanor_costa_mendez"], "1982-04-19", "Buenos Aires", IP, H, _HGC),
        # Not rows: the press secretary's and Costa Mendez's statements; "The negotiations
        # continue" (the same talks, no new meeting); Galtieri's spokesman (unnamed, a statement);
        # Argentinian newspapers; the Foreign Ministry official's remark on the Rio Agreement (a
        # statement; a treaty is not an actor). Removed: the Papers Past "Article image" lines; the
        # cut-off last sentence ("The United States is a party to the agreement, but Mr Haig said
        # that any move ■ by Argentina to invoke th") with the OCR debris " - ;" before it. The
        # OCR debris ("State;", "12 , hours", "a. breakthrough", "press,secretary", "ada- ’ mant",
        # "not i at stake", "immin- ■ . ent.") and the paragraph break after "Galtieri’s" are kept.
    ],
    roles=[("The American Secretary of State", "alexander_haig"), ("Argentina’s President", "leopoldo_galtieri"),
           ("the Foreign Minister", "nicanor_costa_mendez"), ("the presidential press,secretary", "rodolfo_baltierrez")],
)

_DJB = ("Dukakis and Jackson, as well as designated vice presidential nominee Texas Sen. Lloyd Bentsen, met "
        "for more than two hours in a hotel suite in the convention city starting at 8:30 a.m. EDT.")

A["test_3607_dukakis_jackson_bentsen_atlanta"] = dict(
    actors={
        "michael_dukakis": ["Michael Dukakis", "Dukakis"],
        "jesse_jackson": ["Jesse Jackson", "Jackson"],
        "lloyd_bentsen": ["Texas Sen. Lloyd Bentsen", "Lloyd Bentsen", "Bentsen"],
        "george_h_w_bush": ["Republican Vice President George Bush", "Vice President George Bush", "George Bush"],
    },
    meetings=[
        # "Michael Dukakis and Jesse Jackson held a 'very, very good' face-to-face summit today" ->
        # held, 1988-07-18 (UPI "today"), Atlanta (dateline; "a hotel suite in the convention
        # city").
        M(["michael_dukakis", "jesse_jackson"], "1988-07-18", "Atlanta", IP, H,
          "ATLANTA -- Michael Dukakis and Jesse Jackson held a 'very, very good' face-to-face summit today, hours before the opening of the 40th National Democratic Convention, but Dukakis said 'no deal' was struck with the civil rights leader."),
        # "Dukakis and Jackson, as well as ... Lloyd Bentsen, met for more than two hours" -> the
        # same meeting with a third named participant -> the two other pair rows, same date and
        # place. Dukakis-Bentsen are the two members of the same ticket (same side) -> optional.
        M(["jesse_jackson", "lloyd_bentsen"], "1988-07-18", "Atlanta", IP, H, _DJB),
        M(["michael_dukakis", "lloyd_bentsen"], "1988-07-18", "Atlanta", IP, H, _DJB, False),
        # Not rows: Dukakis's not telling Jackson in advance (no contact); Jackson's plans for the
        # nomination "Thursday" (no meeting); the fall campaign against George Bush; the
        # convention (a plenary). The truncated UPI headline and its blank lines are kept (as
        # dev_1005). Removed: the cut-off last sentence ("But the 54-year-old Dukakis said, 'I want
        # Jesse Jackson to play a major role in the campaign' and said ... in his effort to win the
        # W").
    ],
    roles=[("the civil rights leader", "jesse_jackson"), ("the three-term Massachusetts governor", "michael_dukakis"),
           ("the fiery leader of Democratic insurgents", "jesse_jackson"),
           ("designated vice presidential nominee", "lloyd_bentsen"), ("The preacher-politician", "jesse_jackson"),
           ("his vice presidential pick", "lloyd_bentsen")],
)

_GW = ("Gandhi was at the airport in the south Indian city of Bangalore with a guard of honor Saturday to "
       "welcome the six visiting leaders--Ershad, Jayewardene, King Jigme Singye Wangchuck of Bhutan, Maldives "
       "President Abdul Gayoom, King Birendra of Nepal and Pakistani Prime Minister Mohammed Khan Junejo.")

A["dev_3608_saarc_gandhi_jayewardene_bangalore"] = dict(
    actors={
        "rajiv_gandhi": ["Indian Prime Minister Rajiv Gandhi", "Rajiv Gandhi", "Gandhi"],
        "hussain_muhammad_ershad": ["President Hussain Mohammed Ershad", "Hussain Mohammed Ershad", "Ershad"],
        "junius_jayewardene": ["Sri Lankan President Junius R. Jayewardene", "Junius R. Jayewardene", "Jayewardene"],
        "jigme_singye_wangchuck": ["King Jigme Singye Wangchuck", "Jigme Singye Wangchuck"],
        "maumoon_abdul_gayoom": ["Maldives President Abdul Gayoom", "Abdul Gayoom"],
        "birendra_bir_bikram_shah": ["King Birendra"],
        "mohammad_khan_junejo": ["Pakistani Prime Minister Mohammed Khan Junejo", "Mohammed Khan Junejo"],
        "saarc": ["South Asian Assn. for Regional Cooperation", "SAARC"],
    },
    meetings=[
        # "Gandhi, in talks Saturday with Sri Lankan President Junius R. Jayewardene" -> held,
        # 1986-11-15, Bangalore (judgement: a meeting "outside the conference structure" of the
        # Bangalore summit; the text names no venue). Gandhi's airport welcome of Jayewardene the
        # same day is folded into this row (same pair, day and place).
        M(["rajiv_gandhi", "junius_jayewardene"], "1986-11-15", "Bangalore", IP, H,
          "Gandhi, in talks Saturday with Sri Lankan President Junius R. Jayewardene, offered new proposals for ending the three-year-old Tamil rebellion in Sri Lanka, according to authoritative sources."),
        # "The two leaders met again Sunday on the issue." -> a second meeting, held, 1986-11-16,
        # Bangalore.
        M(["rajiv_gandhi", "junius_jayewardene"], "1986-11-16", "Bangalore", IP, H,
          "The two leaders met again Sunday on the issue."),
        # "Gandhi was at the airport ... Saturday to welcome the six visiting leaders" -> airport
        # welcomes, one row per visitor other than Jayewardene (above), held, 1986-11-15, Bangalore,
        # optional (arrival greetings, as dev_2204 / dev_1901).
        M(["rajiv_gandhi", "hussain_muhammad_ershad"], "1986-11-15", "Bangalore", IP, H, _GW, False),
        M(["rajiv_gandhi", "jigme_singye_wangchuck"], "1986-11-15", "Bangalore", IP, H, _GW, False),
        M(["rajiv_gandhi", "maumoon_abdul_gayoom"], "1986-11-15", "Bangalore", IP, H, _GW, False),
        M(["rajiv_gandhi", "birendra_bir_bikram_shah"], "1986-11-15", "Bangalore", IP, H, _GW, False),
        M(["rajiv_gandhi", "mohammad_khan_junejo"], "1986-11-15", "Bangalore", IP, H, _GW, False),
        # Not rows: the summit of the seven leaders "met here Sunday" (a plenary); Ershad handing
        # the chairmanship to Gandhi "at an opening ceremony" (part of the plenary); "meetings ...
        # aimed at ... stopping a slide in relations between India and Pakistan" (no participants
        # named); India's mediation (governments). Removed: "Advertisement" (three times), "Share".
        # Kept: "From Times Wire Services" and the subhead "Sri Lanka Conflict".
    ],
    roles=[("Indian Prime Minister", "rajiv_gandhi"), ("Sri Lankan President", "junius_jayewardene"),
           ("Maldives President", "maumoon_abdul_gayoom"), ("Pakistani Prime Minister", "mohammad_khan_junejo"),
           ("the organization", "saarc")],
)

_CHER = ("Russian government spokesman, Igor Shabdurasulov confirmed Russia's Prime Minister Viktor Chernomyrdin "
         "would take part in the talks and said the time for them would be set according to Chernomyrdin's "
         "working schedule.")

A["dev_3609_rakhmonov_nuri_moscow_postponed"] = dict(
    actors={
        "said_abdullo_nuri": ["Tajik opposition leader Said Abdullohi Nuri", "Said Abdullohi Nuri", "Nuri"],
        "emomali_rahmon": ["Tajikistan President Emomaly Rakhmonov", "Emomaly Rakhmonov", "Rakhmonov"],
        "akbar_turajonzoda": ["Akbar Turajonzadeh"],
        "igor_shabdurasulov": ["Igor Shabdurasulov"],
        "viktor_chernomyrdin": ["Russia's Prime Minister Viktor Chernomyrdin", "Viktor Chernomyrdin", "Chernomyrdin"],
        "itar_tass": ["Itar-Tass"],
    },
    meetings=[
        # "Nuri arrived in Moscow today for talks with ... Rakhmonov" + "were scheduled to begin
        # this morning but were postponed" + "postponed until Friday, or maybe Saturday" -> a
        # postponed (not cancelled) meeting: planned, date null (two possible days; alternatives
        # 1996-12-20 / 1996-12-21), Moscow. "Rakhmonov and Nuri were expected to complete
        # negotiations" is the same meeting.
        M(["said_abdullo_nuri", "emomali_rahmon"], None, "Moscow", IP, P,
          "Moscow, 19 December 1996 (RFE/RL) - Itar-Tass reports Tajik opposition leader Said Abdullohi Nuri arrived in Moscow today for talks with Tajikistan President Emomaly Rakhmonov."),
        # "confirmed Russia's Prime Minister Viktor Chernomyrdin would take part in the talks" ->
        # the same planned meeting with a third named participant -> two more pair rows, planned,
        # date null, Moscow.
        M(["viktor_chernomyrdin", "emomali_rahmon"], None, "Moscow", IP, P, _CHER),
        M(["viktor_chernomyrdin", "said_abdullo_nuri"], None, "Moscow", IP, P, _CHER),
        # "Yesterday Nuri traveled to Tehran to meet with his number two, Akbar Turajonzadeh" ->
        # held (purpose clause: the meeting itself is not reported), optional (also the same
        # side), date null ("Yesterday", 1996-12-18, dates the journey, as dev_3404's return "on
        # Sunday"), Tehran.
        M(["said_abdullo_nuri", "akbar_turajonzoda"], None, "Tehran", IP, H,
          "Yesterday Nuri traveled to Tehran to meet with his number two, Akbar Turajonzadeh, who lives there in exile.", False),
        # Not rows: "Both sides signed an interim ceasefire agreement earlier this month" (the
        # signatories are not named; "earlier this month" is vague); the spokesman's confirmation
        # (a statement); "disagreements in the rebel leadership" (no meeting). Removed: the site's
        # "Accessibility links" and "Breaking News" lines.
    ],
    roles=[("Tajik opposition leader", "said_abdullo_nuri"), ("Tajikistan President", "emomali_rahmon"),
           ("his number two", "akbar_turajonzoda"), ("Russian government spokesman", "igor_shabdurasulov"),
           ("Russia's Prime Minister", "viktor_chernomyrdin")],
)

A["dev_3610_mandela_kagame_drc"] = dict(
    actors={
        "nelson_mandela": ["Mandela"],
        "paul_kagame": ["Kagame"],
        "parks_mankahlana": ["Presidential spokesman Parks Mankahlana", "Parks Mankahlana"],
        "ernest_wamba_dia_wamba": ["Ernest Wamba dia Wamba"],
        "congolese_democratic_coalition": ["Congolese Democratic Coalition"],
        "yoweri_museveni": ["Ugandan president Yoweri Museveni", "Yoweri Museveni", "Museveni"],
        "julius_nyerere": ["former Tanzanian president Julius Nyerere", "Julius Nyerere"],
        "muammar_gaddafi": ["Libyan president Muamar Gadaffi", "Muamar Gadaffi"],
        "sam_nujoma": ["Namibian president Sam Nujoma", "Sam Nujoma"],
        "sadc": ["Southern African development Community", "SADC"],
        "robert_mugabe": ["Mugabe"],
        "laurent_kabila": ["president Laurent Kabila", "Laurent Kabila", "Kabila"],
        "radio_goma": ["Radio Goma"],
        "augustin_bizimungu": ["Major-General Augustin Bizimungu", "Augustin Bizimungu"],
    },
    meetings=[
        # Headline "Mandela meets Kagame on DRC" (the page's first sentence lacks its beginning:
        # "in a further effort to bring peace ...") -> a meeting stated only in the headline
        # (batch 3b): held, date and place null. Mankahlana's refusal to comment "on the nature of
        # the talks" refers to it.
        M(["nelson_mandela", "paul_kagame"], None, None, IP, H, "Mandela meets Kagame on DRC"),
        # "Mandela is expected to meet ... Ernest Wamba dia Wamba in Pretoria next week" ->
        # planned, date null ("next week"), Pretoria.
        M(["nelson_mandela", "ernest_wamba_dia_wamba"], None, "Pretoria", IP, P,
          "Mandela is expected to meet Congolese Democratic Coalition chairman Ernest Wamba dia Wamba in Pretoria next week."),
        # "On Monday he held the first in a series of talks ... with Ugandan president Yoweri
        # Museveni" -> held, 1998-10-19 (the Monday before the Thursday 22 October page), place
        # null.
        M(["nelson_mandela", "yoweri_museveni"], "1998-10-19", None, IP, H,
          "On Monday he held the first in a series of talks aimed at ending the conflict with Ugandan president Yoweri Museveni."),
        # "He has also spoken to former Tanzanian president Julius Nyerere by phone" -> phone,
        # held, date and place null.
        M(["nelson_mandela", "julius_nyerere"], None, None, PH, H,
          "He has also spoken to former Tanzanian president Julius Nyerere by phone and is believed to have sent a representative earlier to speak to Libyan president Muamar Gadaffi."),
        # "is believed to have sent a representative earlier to speak to Libyan president Muamar
        # Gadaffi" -> Mandela's envoy is unnamed: one-party row (Gadaffi), held, optional
        # (reported belief; purpose clause), date and place null.
        M(["muammar_gaddafi"], None, None, IP, H,
          "He has also spoken to former Tanzanian president Julius Nyerere by phone and is believed to have sent a representative earlier to speak to Libyan president Muamar Gadaffi.", False),
        # "Mandela will meet Namibian president Sam Nujoma in Windhoek on Wednesday" -> planned,
        # 1998-10-28 (the Wednesday after the Thursday page, two days after the Lusaka meeting "on
        # Monday" 26 October), Windhoek.
        M(["nelson_mandela", "sam_nujoma"], "1998-10-28", "Windhoek", IP, P,
          "Mandela will meet Namibian president Sam Nujoma in Windhoek on Wednesday, following the Southern African development Community Ministers of Defence and Foreign Affairs meeting in Lusaka on Monday."),
        # Not rows: the SADC ministers' meeting in Lusaka (multilateral, no one named); Museveni's
        # spokesperson (a statement); "they had agreed to wait until October 25" (Museveni and
        # Mugabe: an agreement, no meeting reported); Kabila's announcement; Radio Goma's
        # accusations. The date line "/ 22 October 1998" and the page's headless first line are
        # kept as found. Removed: the cut-off last sentence ("The rebels also said Kabila has
        # deployed 10 fighter aircraft and three"). Kept: "dam.Goma", the line break after "7000".
    ],
    roles=[("Presidential spokesman", "parks_mankahlana"),
           ("Congolese Democratic Coalition chairman", "ernest_wamba_dia_wamba"),
           ("Ugandan president", "yoweri_museveni"), ("former Tanzanian president", "julius_nyerere"),
           ("Libyan president", "muammar_gaddafi"), ("Namibian president", "sam_nujoma"),
           ("the radio", "radio_goma"),
           ("commander-in-chief of the Rwandan army during the 1994 genocide", "augustin_bizimungu")],
)

A["test_3611_khatami_fahd_jeddah"] = dict(
    actors={
        "fahd_bin_abdulaziz": ["King Fahd"],
        "mohammad_khatami": ["President Mohammad Khatami", "Mohammad Khatami", "Mr Khatami", "Khatami"],
        "abdullah_bin_abdulaziz": ["Crown Prince Abdullah"],
        "saud_al_faisal": ["Saudi Foreign Minister Prince Saud al-Faisal", "Prince Saud al-Faisal"],
        "kamal_kharrazi": ["Iranian Foreign Minister Kamal Kharrazi", "Kamal Kharrazi"],
    },
    meetings=[
        # "He [King Fahd] was speaking after talks in Jeddah with President Mohammad Khatami" ->
        # held, date null (judgement: the page is dated Saturday 15 May 1999 but the talks are not
        # dated; alternative 1999-05-15), Jeddah. Saud al-Faisal's "the meeting" and Kharrazi's
        # "The talks" refer to it.
        M(["fahd_bin_abdulaziz", "mohammad_khatami"], None, "Jeddah", IP, H,
          "He was speaking after talks in Jeddah with President Mohammad Khatami, now on the most significant leg of an eight-day tour of Arab states."),
        # Caption "Khatami welcomed by Crown Prince Abdullah in Jeddah" -> held, date null, Jeddah,
        # optional (an arrival welcome, as dev_2910 / dev_1901).
        M(["mohammad_khatami", "abdullah_bin_abdulaziz"], None, "Jeddah", IP, H,
          "Historic moment: Khatami welcomed by Crown Prince Abdullah in Jeddah", False),
        # "He has invited King Fahd for a return visit to Iran" -> an invitation, not accepted in
        # the text: planned, optional (as dev_005), date null, Iran.
        M(["mohammad_khatami", "fahd_bin_abdulaziz"], None, "Iran", IP, P,
          "He has invited King Fahd for a return visit to Iran, the Saudi news agency reported.", False),
        # Not rows: Fahd's, Saud al-Faisal's, Khatami's and Kharrazi's statements; "some documents
        # to be signed" (unspecified); the eight-day tour of Arab states (no hosts named).
        # Removed: the BBC navigation lines (region links, "Front Page", "UK Politics", "Talking
        # Point", "In Depth", "On Air", "Low Graphics"), the section label "World: Middle East",
        # the audio-clip link ("The BBC's Frank Gardner: "The visit is the work of two years of
        # diplomacy"") and the "[ image: ... ]" duplicate of the second caption; the cut-off last
        # sentence ("During his stay, Mr Khatami is expected"). Kept: both photo captions.
    ],
    roles=[("the Iranian president", "mohammad_khatami"), ("The king", "fahd_bin_abdulaziz"),
           ("Saudi Foreign Minister", "saud_al_faisal"), ("Iranian Foreign Minister", "kamal_kharrazi")],
)

A["dev_3612_vajpayee_sharief_lahore_planned"] = dict(
    actors={
        "atal_bihari_vajpayee": ["Prime Minister Atal Bihari Vajpayee", "Atal Bihari Vajpayee", "Vajpayee"],
        "nawaz_sharif": ["Nawaz Sharief", "Sharief"],
        "border_security_force": ["Border Security Force"],
        "pakistan_rangers": ["Pakistani Rangers"],
    },
    meetings=[
        # "Vajpayee and his Pakistani counterpart Nawaz Sharief will have two days of wide-ranging
        # discussions from February 20 when the former arrives in Lahore" -> planned, date null
        # (two days: a range), Lahore.
        M(["atal_bihari_vajpayee", "nawaz_sharif"], None, "Lahore", IP, P,
          "Prime Minister Atal Bihari Vajpayee and his Pakistani counterpart Nawaz Sharief will have two days of wide-ranging discussions from February 20 when the former arrives in Lahore on the inaugural run of the Delhi-Lahore bus service."),
        # "at Wagah where Sharief will personally receive him" -> planned arrival welcome, Wagah,
        # 1999-02-20 (pinned by the next sentence: from Wagah they "reach [Lahore] by 1600 hours on
        # February 20"), optional (an arrival greeting on the first day of the same visit).
        M(["nawaz_sharif", "atal_bihari_vajpayee"], "1999-02-20", "Wagah", IP, P,
          "He will also be given a guard of honour by the Pakistani Rangers at Wagah where Sharief will personally receive him.", False),
        # Not rows: the joint press conference (press); the guards of honour by the Border Security
        # Force and the Pakistani Rangers (ceremonies, organisations); the joint helicopter flight
        # (the same visit); the spokesman's briefing (press); the media flight "on Friday".
        # Removed: the site navigation ("HOME | NEWS | REPORT |", "ASSEMBLY POLL '98", "|"); the
        # cut-off last sentence ("Since Lahore airport is small ... to bring them ba"). A line break
        # was inserted between the headline and the first sentence, which the page's text ran
        # together ("...for two daysPrime Minister ..."); see the notes.
    ],
    roles=[("his Pakistani counterpart", "nawaz_sharif"), ("the former", "atal_bihari_vajpayee"),
           ("The prime minister", "atal_bihari_vajpayee")],
)
