"""Accuracy corpus, batch 28a: 12 new articles from the 1970s, 1980s and 1990s (four per decade).

Picks (under a 25-minute limit, regions and outlets chosen for variety after batches 24a-27a): 1970s
Middle East (two JTA bulletins on the Carter-Begin talks of December 1977 and March 1978) and Western
Europe (Nixon-Brandt: Time 1973, The Press via Papers Past 1971); 1980s North America (AP via the
Banner Graphic on the Bush-Gorbachev Malta summit, Chicago Tribune Reagan-Mulroney 1988), Middle East
(JTA: Begin's calls to Carter and Sadat, 1980) and South Asia (AP via the LA Times: Reagan-Rajiv
Gandhi 1985); 1990s Western Europe (CSM Clinton-Major in Pittsburgh, a White House statement on
Clinton's calls to Kohl and King Fahd), Eastern Europe (AP via the LA Times: Bush-Prunskiene planned)
and Latin America (Chicago Tribune: Castro-Seaga in Kingston).
Pages found in the results but already in the corpus (URL, or the same story at another outlet) were
skipped before numbering: LA Times Thatcher-Mitterrand-Kohl 1987-03-24 (same story as `test_1003`,
AP), Papers Past Lee Kuan Yew holiday 1981 (`dev_4601`), presidency.ucsb.edu Carter-Desai 1978
(`test_907`), Gleaner Manley in Cuba 1975 reprint (`dev_3204`), Time Nakasone-Chun in
Seoul 1983-01-24 (same visit as `dev_3208` and `test_1811`), AP Reagan-Mulroney Ottawa 1987
(`dev_609`), LA Times "shamrock summit" 1985-03-18 (`dev_2206`). Collected with `search` (corpus
`pages`), annotated from the texts alone; the package was not run.

Split rule (fixed before annotating): numbered 1..12 in the order first found in this session's
search results (query order, then rank), pages already in the corpus skipped before numbering;
positions 3, 7 and 11 are test, all others dev. Ids: `dev_54NN_<slug>` / `test_54NN_<slug>`.

M(participants, date, place, kind, status, evidence, required=True)
Evidence is the verbatim sentence (line breaks inside it replaced by single spaces).
"""

from annotations import H, IP, M, P, PH, VID  # noqa: F401

# (article_id, region, decade, outlet, url, published)
ARTICLES = [
    # Page header "29 November 1989" / "November 29,1989" (a Wednesday); two AP stories datelined
    # WASHINGTON on one page. "this weekend's" summit -> null (Saturday or Sunday). Region: a US-Soviet
    # summit announced from Washington -> North America (ANNOTATION.md).
    ("dev_5401_bush_gorbachev_malta_planned", "North America", "1980s", "Banner Graphic (Greencastle, Ind.), AP stories, via Hoosier State Chronicles", "https://newspapers.library.in.gov/?a=d&d=BG19891129.1.2", "1989-11-29"),
    # URL date /1980/09/05/ (a Friday); no dateline. "today" = 1980-09-05 (the bulletin day, as the
    # guide says). Region: the non-US principals are Israeli and Egyptian -> Middle East.
    ("dev_5402_begin_carter_sadat_phone", "Middle East", "1980s", "Jewish Telegraphic Agency (JTA archive)", "https://www.jta.org/1980/09/05/archive/begin-to-see-carter-at-the-white-house-in-mid-november", "1980-09-05"),
    # URL date /1978/03/23/ (a Thursday); "parted today" = 1978-03-23.
    ("test_5403_carter_begin_white_house", "Middle East", "1970s", "Jewish Telegraphic Agency (JTA archive)", "http://www.jta.org/1978/03/23/archive/grim-mood-cold-formality-marks-conclusion-of-begin-carter-talks", "1978-03-23"),
    # "December 15, 1977" on the page and in the URL (a Thursday): "on Friday" = 1977-12-16.
    ("dev_5404_carter_begin_friday_planned", "Middle East", "1970s", "Jewish Telegraphic Agency (JTA archive)", "https://www.jta.org/1977/12/15/archive/white-house-says-carter-begin-will-discuss-ways-to-achieve-settlement", "1977-12-15"),
    # URL /1994/0302/ = 1994-03-02 (a Wednesday); the meeting date "Feb. 28" is explicit.
    ("dev_5405_clinton_major_pittsburgh", "Western Europe", "1990s", "The Christian Science Monitor", "https://csmonitor.com/1994/0302/02073.html", "1994-03-02"),
    # "For Immediate Release January 18, 1994" (a Tuesday): "this afternoon" = 1994-01-18. Region: the
    # first call is with Germany -> Western Europe (the second is with Saudi Arabia).
    ("dev_5406_clinton_kohl_fahd_calls", "Western Europe", "1990s", "The White House, Office of the Press Secretary (Clinton archive)", "https://clintonwhitehouse6.archives.gov/1994/01/1994-01-18-statement-on-phone-calls-kohl-and-fahd.html", "1994-01-18"),
    # URL date 1990-05-01 (a Tuesday), AP story "announced today": "on Thursday" = 1990-05-03.
    ("test_5407_bush_prunskiene_planned", "Eastern Europe/Russia", "1990s", "Los Angeles Times (from Associated Press)", "https://www.latimes.com/archives/la-xpm-1990-05-01-mn-428-story.html", "1990-05-01"),
    # "July 31, 1998" (a Friday; also in the URL), dateline KINGSTON: "Thursday" = 1998-07-30.
    ("dev_5408_castro_seaga_kingston", "Latin America", "1990s", "Chicago Tribune (from Tribune News Services)", "http://articles.chicagotribune.com/1998-07-31/news/9807310340_1_edward-seaga-jamaicans-fidel-castro", "1998-07-31"),
    # Issue date "Monday, May. 14, 1973" (also in the URL path): "last week" -> null.
    ("dev_5409_nixon_brandt_washington", "Western Europe", "1970s", "Time (magazine archive, text mirror)", "http://softbeam.net/txt/time/Time1973/1973-05-14/907227.html", "1973-05-14"),
    # Papers Past id CHP19711230 = The Press, 1971-12-30 (a Thursday); dateline "KEY BISCAYNE
    # (Florida), Dec. 29." (a Wednesday): "yesterday" = 1971-12-28, resolved against the dateline day
    # as for `today` in batch 5d (against the issue date it would be 1971-12-29).
    ("dev_5410_nixon_brandt_key_biscayne", "Western Europe", "1970s", "The Press (Christchurch), NZPA-Reuter, via Papers Past", "https://paperspast.natlib.govt.nz/newspapers/CHP19711230.2.103", "1971-12-30"),
    # URL date 1985-06-12 (a Wednesday), AP story "today" = 1985-06-12. Region: South Asia.
    ("test_5411_reagan_rajiv_gandhi_white_house", "South Asia", "1980s", "Los Angeles Times (from Associated Press)", "https://www.latimes.com/archives/la-xpm-1985-06-12-mn-6061-story.html", "1985-06-12"),
    # "April 28, 1988" (a Thursday; also in the URL), dateline WASHINGTON: "Wednesday" = 1988-04-27.
    # Region: US-Canada -> North America.
    ("dev_5412_reagan_mulroney_white_house", "North America", "1980s", "Chicago Tribune", "http://articles.chicagotribune.com/1988-04-28/news/8803120724_1_sulfur-dioxide-and-nitrogen-canadian-leader-annual-summit-meetings", "1988-04-28"),
]

A = {}

A["dev_5401_bush_gorbachev_malta_planned"] = dict(
    actors={"george_h_w_bush": ["President Bush", "Bush"],
            "mikhail_gorbachev": ["Soviet President Mikhail 'S. Gorbachev", "Mikhail 'S. Gorbachev",
                                  "Soviet leader Mikhail S. Gorbachev", "Mikhail S. Gorbachev", "Gorbachev"],
            "marlin_fitzwater": ["Presidential press secretary Marlin Fitzwater", "Marlin Fitzwater"],
            "dick_cheney": ["Defense Secretary Dick Cheney", "Dick Cheney"],
            "white_house": ["White House"],
            "associated_press": ["The Associated Press"],
            "us_army": ["Army"], "us_navy": ["Navy"], "us_air_force": ["Air Force"],
            "us_marine_corps": ["Marine Corps"]},
    meetings=[
        # The Malta summit "this weekend" (both stories of the page report the same meeting -> one
        # row): announced -> planned; "this weekend" -> null; place Malta ("broach at Malta", "his
        # takeoff Thursday evening for Malta"; no city given).
        M(["george_h_w_bush", "mikhail_gorbachev"], None, "Malta", IP, P,
          "The administration is seeking to shape an agenda that seems guaranteed to keep the feet of both Soviet and U.S. leaders firmly planted even as President Bush insists his shipboard summit with Soviet President Mikhail 'S. Gorbachev will yield no deals and no surprises."),
        # Not rows: Bush telling reporters Tuesday; Fitzwater's remark; Cheney's recommendation (a
        # document on Bush's desk); the sources speaking to the AP.
    ],
    roles=[],
)

A["dev_5402_begin_carter_sadat_phone"] = dict(
    actors={"menachem_begin": ["Premier Menachem Begin", "Menachem Begin", "Begin"],
            "jimmy_carter": ["President Carter", "Carter"],
            "anwar_sadat": ["President Anwar Sadat", "Anwar Sadat", "Sadat"],
            "sol_linowitz": ["U.S. special envoy Sol Linowitz", "Sol Linowitz", "Linowitz"],
            "zeev_jabotinsky": ["Zeev Jabotinsky"]},
    meetings=[
        # Begin's call to Carter "today" -> 1980-09-05, phone, held (Carter invited him during it).
        M(["menachem_begin", "jimmy_carter"], "1980-09-05", None, PH, H,
          "Carter invited him today when Begin phoned to congratulate the President on the agreement to resume the autonomy ###"),
        # Begin's call to Sadat "also" -> held, phone; the text gives no day for this call (the "today"
        # belongs to the Carter sentence) -> null.
        M(["menachem_begin", "anwar_sadat"], None, None, PH, H,
          "Begin also phoned President Anwar Sadat for the some purpose, and the two leaders agreed to issue directives to their autonomy negotiators on how to go about renewing the talks."),
        # The White House visit "a week after the Presidential elections" (headline: "in Mid-november")
        # -> planned, Washington, date null (approximate).
        M(["menachem_begin", "jimmy_carter"], None, "Washington", IP, P,
          "Premier Menachem Begin will call on President Carter at the White House a week after the Presidential elections."),
        # Not rows: the possible tripartite summit (hypothetical, unnamed Egyptian side); Linowitz's
        # agreement (no meeting reported); Begin's TV interviews; the Jabotinsky celebrations.
    ],
    roles=[("the President", "jimmy_carter"), ("U.S. special envoy", "sol_linowitz")],
)

A["test_5403_carter_begin_white_house"] = dict(
    actors={"jimmy_carter": ["President Carter", "Carter"],
            "menachem_begin": ["Israeli Premier Menachem Begin", "Menachem Begin", "Begin"],
            "anwar_sadat": ["Egyptian President Anwar Sadat", "Anwar Sadat"],
            "zbigniew_brzezinski": ["Zbigniew Brzezinski", "Brzezinski"],
            "cyrus_vance": ["Secretary of State Cyrus Vance", "Cyrus Vance"]},
    meetings=[
        # The talks of the visit (three meetings, the last one today, then the parting on the White
        # House lawn) -> one row, held, "today" = 1978-03-23, Washington.
        M(["jimmy_carter", "menachem_begin"], "1978-03-23", "Washington", IP, H,
          "President Carter and Israeli Premier Menachem Begin parted today with words of personal and binational friendship."),
        # "their meeting in December" -> held, month only -> null; place not stated.
        M(["jimmy_carter", "menachem_begin"], None, None, IP, H,
          "The solemnity was in contrast to their meeting in December and strikingly different to the warm embraces that the President exchanged with Egyptian President Anwar Sadat, who had urged Carter to induce Israel to withdraw behind its pre-1967 lines."),
        # Carter-Sadat: an earlier encounter implied by "the warm embraces" -> held, date and place
        # null, required false (the meeting is implied, not stated).
        M(["jimmy_carter", "anwar_sadat"], None, None, IP, H,
          "The solemnity was in contrast to their meeting in December and strikingly different to the warm embraces that the President exchanged with Egyptian President Anwar Sadat, who had urged Carter to induce Israel to withdraw behind its pre-1967 lines.", False),
        # Vance-Begin lunch at the State Department -> held, Washington (official building -> city),
        # day not stated -> null.
        M(["cyrus_vance", "menachem_begin"], None, "Washington", IP, H,
          "This situation was confirmed by what Secretary of State Cyrus Vance said after meeting with Begin for lunch at the State Department."),
        # Not rows: the reporter's question to Brzezinski; Vance and Carter speaking to reporters.
    ],
    roles=[("the President", "jimmy_carter"), ("the President’s National Security Advisor", "zbigniew_brzezinski")],
)

A["dev_5404_carter_begin_friday_planned"] = dict(
    actors={"menachem_begin": ["Israeli Premier Menachem Begin", "Menachem Begin", "Begin"],
            "jimmy_carter": ["President Carter", "Carter"],
            "white_house": ["White House"],
            "anwar_sadat": ["President Anwar Sadat", "Anwar Sadat", "Sadat"],
            "philip_habib": ["Undersecretary of State Philip Habib", "Philip Habib"],
            "cyrus_vance": ["Secretary of State Cyrus Vance", "Cyrus Vance", "Vance"]},
    meetings=[
        # Announced meeting "at the White House on Friday" -> planned, 1977-12-16, Washington.
        M(["menachem_begin", "jimmy_carter"], "1977-12-16", "Washington", IP, P,
          "Authoritative sources here differed today in their assessments of the meaning and purpose of Israeli Premier Menachem Begin’s surprise trip to the U.S. for a meeting with President Carter at the White House on Friday."),
        # Not rows: the draft treaty Israel "will offer President Anwar Sadat of Egypt at the Cairo
        # conference" (an offer at a conference, no Begin-Sadat meeting stated); Habib "in Damascus
        # yesterday with" Vance (same side, Syrian hosts unnamed); Vance "in Saudi Arabia today" (no
        # host named); Vance returning "in time for" the Carter-Begin meeting (not a participant).
    ],
    roles=[("the President", "jimmy_carter")],
)

A["dev_5405_clinton_major_pittsburgh"] = dict(
    actors={"john_major": ["BRITISH Prime Minister John Major", "John Major", "Mr. Major", "Major"],
            "bill_clinton": ["President Clinton", "Clinton"],
            "gerry_adams": ["Gerry Adams"], "sinn_fein": ["Sinn Fein"], "nato": ["NATO"]},
    meetings=[
        # "met President Clinton here on Feb. 28" (here = Pittsburgh, "They decided to meet in
        # Pittsburgh") -> held, 1994-02-28, Pittsburgh; the dinner is part of it.
        M(["john_major", "bill_clinton"], "1994-02-28", "Pittsburgh", IP, H,
          "The prime minister met President Clinton here on Feb. 28, making a brief public appearance and dining with him, before flying on to Washington, D.C., for more discussions."),
        # "flying on to Washington, D.C., for more discussions" -> Major-Clinton in Washington, held
        # (the article is written afterwards), date null, required false (the counterpart of the
        # further discussions is implied, not stated).
        M(["john_major", "bill_clinton"], None, "Washington", IP, H,
          "The prime minister met President Clinton here on Feb. 28, making a brief public appearance and dining with him, before flying on to Washington, D.C., for more discussions.", False),
        # Tokyo "last summer": an encounter where Major mentioned his Pittsburgh tie and Clinton
        # invited him -> held, Tokyo, date null, required false (a conversation on a summit's edge).
        M(["john_major", "bill_clinton"], None, "Tokyo", IP, H,
          "As the story goes, the pair was in Tokyo last summer when Major mentioned his Pittsburgh tie.", False),
        # Not rows: Gerry Adams's US entry; the British journalist's remark.
    ],
    roles=[("The prime minister", "john_major"), ("The president", "bill_clinton"),
           ("Northern Ireland's Sinn Fein leader", "gerry_adams")],
)

A["dev_5406_clinton_kohl_fahd_calls"] = dict(
    actors={"bill_clinton": ["President Clinton"],
            "helmut_kohl": ["Chancellor Helmut Kohl", "Helmut Kohl"],
            "fahd_bin_abdulaziz": ["King Fahd"],
            "hafez_al_assad": ["President Asad"],
            "nato": ["NATO"]},
    meetings=[
        # "two phone calls this afternoon" -> both 1994-01-18, phone, held.
        M(["bill_clinton", "helmut_kohl"], "1994-01-18", None, PH, H,
          "In a conversation with Chancellor Helmut Kohl of Germany, the two leaders discussed impressions from the President's recent visit to Western and Central Europe, Ukraine, Russia and Belarus, and their common support for new intiatives at the NATO Summit, including the Partnership for Peace."),
        M(["bill_clinton", "fahd_bin_abdulaziz"], "1994-01-18", None, PH, H,
          "The President also spoke with King Fahd of Saudi Arabia."),
        # Clinton-Asad "on January 16 in Geneva" -> held, 1994-01-16, Geneva.
        M(["bill_clinton", "hafez_al_assad"], "1994-01-16", "Geneva", IP, H,
          "The two leaders discussed President Clinton's meeting on January 16 in Geneva with President Asad of Syria."),
        # Not rows: the President's recent visit to Europe, Ukraine, Russia and Belarus (no hosts
        # named); the NATO Summit (multilateral).
    ],
    roles=[("The President", "bill_clinton")],
)

A["test_5407_bush_prunskiene_planned"] = dict(
    actors={"george_h_w_bush": ["President Bush", "Bush"],
            "kazimiera_prunskiene": ["Lithuanian Prime Minister Kazimiera Prunskiene", "Kazimiera Prunskiene", "Prunskiene"],
            "white_house": ["White House"],
            "marlin_fitzwater": ["presidential press secretary Marlin Fitzwater", "Marlin Fitzwater", "Fitzwater"],
            "kremlin": ["Kremlin"]},
    meetings=[
        # Announced meeting "on Thursday at the White House" -> planned, 1990-05-03, Washington.
        M(["george_h_w_bush", "kazimiera_prunskiene"], "1990-05-03", "Washington", IP, P,
          "President Bush will meet on Thursday at the White House with Lithuanian Prime Minister Kazimiera Prunskiene, the White House announced today."),
        # Not rows: Bush urging "Lithuanian and Kremlin officials" (a statement, unnamed officials);
        # Fitzwater's briefing.
    ],
    roles=[("the President", "george_h_w_bush"), ("presidential press secretary", "marlin_fitzwater")],
)

A["dev_5408_castro_seaga_kingston"] = dict(
    actors={"fidel_castro": ["Fidel Castro", "Castro"],
            "edward_seaga": ["Edward Seaga", "Seaga"],
            "michael_manley": ["Michael Manley"]},
    meetings=[
        # "buried their differences Thursday in a meeting" -> held, 1998-07-30, Kingston (dateline;
        # Seaga is named in the next paragraph; the lead gives him by role).
        M(["fidel_castro", "edward_seaga"], "1998-07-30", "Kingston", IP, H,
          "KINGSTON, Jamaica — Fidel Castro and one of his most outspoken foes in the Caribbean buried their differences Thursday in a meeting that reflected the Cuban leader's triumphant push for regional recognition."),
        # Not rows: Castro's six-day trip to Jamaica, Barbados and Grenada (no hosts named); the
        # Caribbean leaders' trips to Havana (unnamed); Seaga's expulsion of the (unnamed) Cuban
        # ambassador in 1980.
    ],
    roles=[("one of his most outspoken foes in the Caribbean", "edward_seaga"),
           ("the Cuban leader", "fidel_castro"),
           ("a former Jamaican prime minister", "edward_seaga"),
           ("Jamaica's opposition leader", "edward_seaga")],
)

A["dev_5409_nixon_brandt_washington"] = dict(
    actors={"richard_nixon": ["Richard Nixon", "Nixon"],
            "willy_brandt": ["West German Chancellor Willy Brandt", "Willy Brandt", "Brandt"],
            "henry_kissinger": ["Presidential Adviser Henry Kissinger", "Henry Kissinger", "Kissinger"],
            "time_magazine": ["TIME"],
            "frankfurter_rundschau": ["Frankfurter Rundschau"]},
    meetings=[
        # Brandt's three-day visit "last week" -> held, date null (a range, "last week"); place
        # Washington ("Continental leaders would be visiting Washington. Thus ... Brandt ...").
        M(["richard_nixon", "willy_brandt"], None, "Washington", IP, H,
          "During his three-day visit, the Chancellor encountered a friendly but firm President."),
        # Not rows: the invitation "last March" (an invitation, no meeting); Kissinger's speech; the
        # unnamed West German official.
    ],
    roles=[("the President", "richard_nixon"), ("the Chancellor", "willy_brandt")],
)

A["dev_5410_nixon_brandt_key_biscayne"] = dict(
    actors={"richard_nixon": ["President Nixon", "Mr Nixon"],
            "willy_brandt": ["Mr Willy Brandt"],
            "william_rogers": ["Mr William Rogers"],
            "nato": ["N.A.T.O."]},
    meetings=[
        # "two days of talks" (a range) with a session "yesterday" (dateline Dec. 29 -> 1971-12-28) at
        # Nixon's winter residence -> one row, held, 1971-12-28, Key Biscayne (dateline locality).
        M(["richard_nixon", "willy_brandt"], "1971-12-28", "Key Biscayne", IP, H,
          "The two leaders drew this conclusion after reviewing the situation yesterday at Mr Nixon’s winter residence, overlooking Biscayne Bay."),
        # "buoyed yesterday by an assurance from Mr Nixon and the Secretary of State (Mr William
        # Rogers)" -> Brandt-Rogers, held, 1971-12-28, Key Biscayne, required false (Rogers's part is
        # an assurance given in the same talks, not a separate stated meeting).
        M(["willy_brandt", "william_rogers"], "1971-12-28", "Key Biscayne", IP, H,
          "The Chancellor and his party were buoyed yesterday by an assurance from Mr Nixon and the Secretary of State (Mr William Rogers) that America will not reduce her troop strength in Europe, and remains committed to a continuing strong N.A.T.O. alliance.", False),
        # Not rows: the European security conference (not before 1973; multilateral).
    ],
    roles=[("the West German Chancellor", "willy_brandt"), ("The Chancellor", "willy_brandt"),
           ("the Secretary of State", "william_rogers")],
)

A["test_5411_reagan_rajiv_gandhi_white_house"] = dict(
    actors={"ronald_reagan": ["President Reagan", "Reagan"],
            "rajiv_gandhi": ["Indian Prime Minister Rajiv Gandhi", "Rajiv Gandhi", "Gandhi"]},
    meetings=[
        # Welcome ceremony and the half-hour private meeting the same day -> one row, held, "today"
        # = 1985-06-12, White House -> Washington.
        M(["ronald_reagan", "rajiv_gandhi"], "1985-06-12", "Washington", IP, H,
          "President Reagan welcomed Indian Prime Minister Rajiv Gandhi to the White House today with an expression of firm support for Indian efforts to maintain national unity in the face of a powerful Sikh separatist movement."),
        # Not rows: the Sikh protesters; the unnamed senior U.S. official's briefing.
    ],
    roles=[("the youthful Indian leader", "rajiv_gandhi")],
)

A["dev_5412_reagan_mulroney_white_house"] = dict(
    actors={"ronald_reagan": ["President Reagan", "Reagan"],
            "brian_mulroney": ["Canadian Prime Minister Brian Mulroney", "Brian Mulroney", "Mulroney"],
            "reagan_administration": ["Reagan administration"],
            "us_congress": ["Congress"]},
    meetings=[
        # "Wednesday" -> 1988-04-27, the White House meeting -> Washington, held.
        M(["ronald_reagan", "brian_mulroney"], "1988-04-27", "Washington", IP, H,
          "WASHINGTON — President Reagan and visiting Canadian Prime Minister Brian Mulroney tried to minimize their lingering dispute over acid rain Wednesday, stressing increased trade and defense ties in the fourth and last of their annual summit meetings."),
        # Not rows: "the fourth and last of their annual summit meetings" (a count); Mulroney's speech
        # to a joint session of Congress; "past summits" (unspecified).
    ],
    roles=[("the Canadian leader", "brian_mulroney"), ("the President", "ronald_reagan")],
)
