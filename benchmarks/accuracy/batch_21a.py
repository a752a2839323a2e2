"""Accuracy corpus, batch 21a: 12 new articles from the 1970s, 1980s and 1990s (four per decade),
chosen where the corpus was still thinnest (region x decade cells counted over sources.csv and the
ARTICLES of every batch_*.py present before searching, 528 distinct article ids, batches 1-20b;
batch 21b, written at the same time by another helper, was not counted and was not opened: in the
1970s Central Asia/Caucasus had 0 articles, Eastern Europe/Russia, North America, Oceania, South
Asia, Southeast Asia and Western Europe 6, Africa, East Asia, Latin America and the Middle East 7;
in the 1980s Central Asia/Caucasus, Eastern Europe/Russia, the Middle East, North America,
Southeast Asia and Western Europe had 6, the other five regions 7; in the 1990s all eleven regions
had 8) and spread over all eleven regions (Western Europe twice: 1970s and 1980s). Picks: 1970s
South Asia, Western Europe, Eastern Europe/Russia and North America (cells at 6; Oceania and
Southeast Asia 1970s, also at 6, were searched in queries 1, 5-8 and 15-17 without a new usable
news page); 1980s the Middle East, Southeast Asia and Western Europe (cells at 6) and Oceania (a
cell at 7, taken so that the batch covers all eleven regions: Central Asia/Caucasus 1980s, at 6,
was searched in queries 23-26 without a usable page, and its region moved to the 1990s); 1990s
Central Asia/Caucasus, Africa, East Asia and Latin America (cells at 8, like every 1990s cell;
the four regions that had no other pick in the batch). Outlets: Dawn's "From the past pages of
Dawn" column, The Press via Papers Past, the JTA archive (three times), The Christian Science
Monitor, the Chicago Tribune, Maclean's, RFE/RL, the Mail & Guardian, CNN and the Ministry of
Foreign Affairs of Japan (a press secretary's briefing; the corpus holds another MOFA page,
test_1807); none of the twelve pages is in the corpus. Collected with the `search` tool (corpus
`pages`) and annotated from the texts alone, BEFORE the package was run on them (the package has
not been run on this batch). Conventions: ANNOTATION.md and /work/shared/ANNOTATION-GUIDE.md.
Notes: batch_21a_NOTES.md.

Split rule (fixed before annotating, as given in the brief for this batch, the same as batches
5a-20b): the articles are numbered 1..12 in the order they were first found in this session's
search results (the query in which each first appeared, then the rank); positions 3, 7 and 11
are test, all others dev. Ids: `dev_40NN_<slug>` / `test_40NN_<slug>`, NN = collection position
(01..12).

M(participants, date, place, kind, status, evidence, required=True)
Evidence is the verbatim sentence (line breaks inside it replaced by single spaces).
Aliases are written as they stand in the text (typos and OCR debris included).
"""


from annotations import H, IP, M, P, PH, VID  # noqa: F401 (the same row helpers)

# (article_id, region, decade, outlet, url, published)
ARTICLES = [
    # Dawn's "From the past pages of Dawn" column: the excerpt ends "Published in Dawn, June 29th,
    # 2024" and the item is headed "1974: Fifty Years Ago", so the original item is Dawn of
    # 1974-06-29 (a Saturday), which is used (as dev_3402). The dateline is "DACCA:"; "tonight
    # [June 28]" is dated by the column's own bracket. Region: a Pakistani visit to Bangladesh ->
    # South Asia.
    ("dev_4001_bhutto_mujib_dacca", "South Asia", "1970s", "Dawn (Karachi), \"From the past pages of Dawn\" (a 1974 item reprinted in 2024)", "https://dawn.com/news/amp/1842671", "1974-06-29"),
    # Issue code CHP19830201 (The Press, Christchurch, 1 February 1983, a Tuesday); the dispatch
    # "NZPA Hong Kong" has no date, so "today" and the weekdays are read against the paper
    # ("today" = 1983-02-01, "Thursday" = 1983-02-03, "Friday" = 1983-02-04). Region: the main
    # meetings of the itinerary are in Papua New Guinea (host) -> Oceania.
    ("dev_4002_muldoon_somare_lee_itinerary", "Oceania", "1980s", "The Press (Christchurch), via Papers Past (NZPA)", "https://paperspast.natlib.govt.nz/newspapers/CHP19830201.2.43", "1983-02-01"),
    # No date line in the excerpt; the URL (/1977/12/05/) gives 1977-12-05, a Monday. JTA "last
    # night" / "this morning" are NOT resolved (as test_3803). Region: Begin's visit to London ->
    # the host's region, Western Europe (as dev_3602, Begin in Bucharest -> Eastern Europe).
    ("test_4003_begin_callaghan_downing_street", "Western Europe", "1970s", "Jewish Telegraphic Agency (JTA archive)", "http://www.jta.org/1977/12/05/archive/begin-confident-peace-treaties-will-eventually-be-signed-with-neighbors", "1977-12-05"),
    # Date line "May 8, 1972" (a Monday). JTA "today" not resolved; the meetings in Bucharest are
    # not dated ("arrived in Bucharest last Thurs-day" dates the arrival only). Region: the main
    # meetings are in Bucharest -> Eastern Europe/Russia (as dev_3602).
    ("dev_4004_meir_ceausescu_bucharest", "Eastern Europe/Russia", "1970s", "Jewish Telegraphic Agency (JTA archive)", "https://www.jta.org/archive/rumania-israel-seen-drawing-closer-mrs-meir-says-rumania-not-ready-to-accept-mediating-role-in-mi", "1972-05-08"),
    # The URL (/1978/04/28/) gives 1978-04-28, a Friday; the named weekday "Monday" is resolved
    # (= 1978-04-24), as JTA weekdays are in test_010. The same URL appeared twice in query 19
    # (ranks 5 and 7); the rank-7 excerpt, which holds the last sentence complete, is stored (see
    # the notes). Region: American leaders at the White House -> North America.
    ("dev_4005_mondale_jewish_leaders", "North America", "1970s", "Jewish Telegraphic Agency (JTA archive)", "http://www.jta.org/1978/04/28/archive/jewish-leaders-report-on-their-meeting-with-mondale", "1978-04-28"),
    # No date line in the excerpt; the URL (/1983/0405/) gives 1983-04-05, a Tuesday: "on
    # Thursday and Saturday" = 1983-03-31 and 1983-04-02. Region: Middle East.
    ("dev_4006_hussein_arafat_reagan_calls", "Middle East", "1980s", "The Christian Science Monitor", "https://www.csmonitor.com/1983/0405/040527.html", "1983-04-05"),
    # Date line "May 01, 1986|By Raymond Coffey, Chicago Tribune." (a Thursday); the dateline
    # "NUSA DUA, BALI, INDONESIA —" has no date, so "Wednesday" = 1986-04-30. Region: the host and
    # the Philippine official -> Southeast Asia.
    ("test_4007_reagan_suharto_laurel_bali", "Southeast Asia", "1980s", "Chicago Tribune", "http://articles.chicagotribune.com/1986-05-01/news/8601310484_1_salvador-laurel-president-corazon-aquino-aquino-government", "1986-05-01"),
    # Byline line "BRUCE WALLACE May 30 1988" (the Maclean's issue date, a Monday) and the URL
    # (/article/1988/5/30/). "on Monday" / "on Friday" of "this week" are NOT resolved (a magazine
    # cover date is not the day of writing; as Time in test_2811); see the notes. Region: a
    # Canadian tour of European hosts -> the hosts' region, Western Europe (judgement; the
    # visitor's region would give North America).
    ("dev_4008_mulroney_europe_tour", "Western Europe", "1980s", "Maclean's (archive.macleans.ca)", "https://archive.macleans.ca/article/1988/5/30/mulroney-on-the-road", "1988-05-30"),
    # Dateline "Prague, 16 July 1999 (RFE/RL)" (a Friday): "tomorrow's planned meeting" =
    # 1999-07-17. The headline and standfirst ("To Meet Today", "talks expected in Geneva today")
    # were evidently written on the day of the meeting; the dated body is followed (see the notes).
    # Region: Armenian and Azerbaijani principals (meeting in Geneva) -> Central Asia/Caucasus.
    ("dev_4009_kocharian_aliyev_geneva", "Central Asia/Caucasus", "1990s", "Radio Free Europe/Radio Liberty", "https://www.rferl.org/a/1091761.html", "1999-07-16"),
    # Date line "/ 2 May 1997" (a Friday); the updates are headed "FRIDAY, 5.00PM:" and "FRIDAY,
    # 2.00PM:"; "today" / "this morning" = 1997-05-02. Region: Africa.
    ("dev_4010_mandela_mobutu_kabila_outeniqua", "Africa", "1990s", "Mail & Guardian (mg.co.za)", "https://mg.co.za/article/1997-05-02-all-systems-go-for-zaire-peace-talks-today/", "1997-05-02"),
    # Title "Press Conference by the Press Secretary 22 September, 1998" (a Tuesday); the days are
    # given in full ("on the morning of 21 September"). An official briefing, not a news story (see
    # the notes). Region: Japanese principals (meetings in New York) -> East Asia (as test_3811).
    ("test_4011_obuchi_koumura_new_york", "East Asia", "1990s", "Ministry of Foreign Affairs of Japan (press secretary's press conference)", "http://www.mofa.go.jp/announce/press/1998/9/922.html", "1998-09-22"),
    # Date line "January 22, 1998 / Web posted at: 12:05 a.m. EST (0505 GMT)" (a Thursday):
    # "Wednesday" = 1998-01-21, "Thursday" = 1998-01-22. Region: the host is Cuba -> Latin America.
    ("dev_4012_pope_castro_havana", "Latin America", "1990s", "CNN (cnn.com)", "http://edition.cnn.com/WORLD/9801/21/cuba.pope.update/", "1998-01-22"),
]

A = {}

_BB = ("Speaking at the return banquet he gave in honour of the Bangladesh [PM] tonight [June 28], he said: "
       "“We look forward to the visit of the Sheikh to Pakistan”.")

A["dev_4001_bhutto_mujib_dacca"] = dict(
    actors={
        "zulfikar_ali_bhutto": ["Prime Minister Zulfikar Ali Bhutto", "Zulfikar Ali Bhutto", "Mr. Bhutto", "Mr Bhutto", "Bhutto"],
        "sheikh_mujibur_rahman": ["Sheikh Mujibur Rahman"],
    },
    meetings=[
        # "his talks with Bangladesh Prime Minister Sheikh Mujibur Rahman were cordial" -> the
        # talks of the visit, held, date null (not dated), Dacca (dateline; the city as written).
        M(["zulfikar_ali_bhutto", "sheikh_mujibur_rahman"], None, "Dacca", IP, H,
          "DACCA: Prime Minister Zulfikar Ali Bhutto has described his visit to Bangladesh as a “journey of friendship”, and said that his talks with Bangladesh Prime Minister Sheikh Mujibur Rahman were cordial."),
        # "the return banquet he gave in honour of the Bangladesh [PM] tonight [June 28]" -> a meal
        # of the same pair on the same visit, held, 1974-06-28 (the column's bracket), Dacca;
        # optional (a reader may fold it into the talks of the visit, as dev_3801's banquet).
        M(["zulfikar_ali_bhutto", "sheikh_mujibur_rahman"], "1974-06-28", "Dacca", IP, H, _BB, False),
        # "“We look forward to the visit of the Sheikh to Pakistan”" -> a return visit announced
        # by the host-to-be, planned, optional (no date, no arrangement stated; the speaker's "We"
        # is the Pakistani side), date null, place Pakistan.
        M(["sheikh_mujibur_rahman", "zulfikar_ali_bhutto"], None, "Pakistan", IP, P, _BB, False),
        # Not rows: Bhutto's speech at the banquet and at the civic reception (speeches); the
        # "visit to Bangladesh" itself (covered by the talks). The line "Published in Dawn, June
        # 29th, 2024" and the column name in the headline are kept and not annotated (outlet
        # lines, as dev_3402). Removed: "DAWN.COM", "Today's Paper | July 03, 2024", "Read
        # Comments" and the next-story link after the item. Kept: "Published 29 Jun, 2024
        # 07:17am", the "..." after "cordial." and the bracketed editorial insertions.
    ],
    roles=[("Bangladesh Prime Minister", "sheikh_mujibur_rahman"), ("the Bangladesh [PM]", "sheikh_mujibur_rahman"),
           ("the Sheikh", "sheikh_mujibur_rahman")],
)

_MT = ("On Thursday morning, a courtesy visit to the Gover-nor-General, Sir Tore Locoloco. will be followed by a meeting "
       "to be attended by senior Ministers of the national planning committee.")
_MN = ("Injuries suffered in an aircraft accident last week may prevent the Minister of Foreign Affairs and Trade, "
       "Mr Rabbie Namaliu. from attending.")

A["dev_4002_muldoon_somare_lee_itinerary"] = dict(
    actors={
        "robert_muldoon": ["Mr Muldoon", "Muldoon"],
        "lee_kuan_yew": ["Mr Lee Kuan Yew", "Lee Kuan Yew"],
        "michael_somare": ["Mr Michael Somare", "Michael Somare", "Mr Somare", "Somare"],
        "tore_lokoloko": ["Sir Tore Locoloco", "Tore Locoloco"],
        "paias_wingti": ["Mr Paias Wingti", "Paias Wingti"],
        "rabbie_namaliu": ["Mr Rabbie Namaliu", "Rabbie Namaliu"],
        "royal_new_zealand_air_force": ["R.N.Z.A.F."],
    },
    meetings=[
        # "a private dinner being given for him by the Prime Minister of Singapore, Mr Lee Kuan
        # Yew" during the "overnight stay" in Singapore, where he is "due ... today" -> planned,
        # 1983-02-01 (judgement: "today" read against the paper, the dispatch being undated;
        # alternative null), Singapore.
        M(["robert_muldoon", "lee_kuan_yew"], "1983-02-01", "Singapore", IP, P,
          "He will make use of the overnight stay to attend a private dinner being given for him by the Prime Minister of Singapore, Mr Lee Kuan Yew."),
        # "He will meet the Prime Minister of Papua New Guinea. Mr Michael Somare, soon after his
        # arrival and will be a guest at a dinner which Mr Somare Will hold in his honour" -> the
        # meeting and the dinner of the same pair on the visit = one row, planned, date null (the
        # day of arrival is not stated), Port Moresby ("In Port Moresby.").
        M(["robert_muldoon", "michael_somare"], None, "Port Moresby", IP, P,
          "He will meet the Prime Minister of Papua New Guinea. Mr Michael Somare, soon after his arrival and will be a guest at a dinner which Mr Somare Will hold in his honour."),
        # "On Thursday morning, a courtesy visit to the Gover-nor-General, Sir Tore Locoloco." ->
        # planned, 1983-02-03 (Thursday after the Tuesday paper), Port Moresby (judgement: the
        # programme in Port Moresby precedes the trips to Alotau, Goroka and Lae; alternative
        # null).
        M(["robert_muldoon", "tore_lokoloko"], "1983-02-03", "Port Moresby", IP, P, _MT),
        # "will be followed by a meeting to be attended by senior Ministers of the national
        # planning committee. The chairman of the meeting will be the Deputy Prime Minister. Mr
        # Paias Wingti." -> planned, 1983-02-03, Port Moresby (as above).
        M(["robert_muldoon", "paias_wingti"], "1983-02-03", "Port Moresby", IP, P, _MT),
        # "may prevent ... Mr Rabbie Namaliu. from attending" -> his attendance is in doubt:
        # planned, optional; the Wingti-Namaliu same-side pair likewise optional.
        M(["robert_muldoon", "rabbie_namaliu"], "1983-02-03", "Port Moresby", IP, P, _MN, False),
        M(["paias_wingti", "rabbie_namaliu"], "1983-02-03", "Port Moresby", IP, P, _MN, False),
        # "after lunching with the provincial governor" (Goroka, Friday) -> the governor is not
        # named: one-party row, planned, optional (a courtesy lunch on a tour of aid projects),
        # 1983-02-04, Goroka.
        M(["robert_muldoon"], "1983-02-04", "Goroka", IP, P,
          "At Goroka he will spend Friday morning inspecting New Zealand aid projects involved with sheep raising and bee keeping, and after lunching with the provincial governor will head for the commercial coastal centre of Lae.", False),
        # Not rows: the unnamed "senior Ministers of the national planning committee" (no names;
        # the meeting is coded through its chairman); the visits to joint ventures, aid projects
        # and the training college (no counterpart); the flights. The agency credit "NZPA Hong
        # Kong" is kept and not annotated; "the national planning committee" (lower case, no
        # proper name) is not annotated. Removed: the Papers Past "Article image" lines; the
        # cut-off last fragment ("Mr Mul"). Kept: the OCR forms "the Prime Minister. Mr
        # Muldoon,", "In Port Moresby. Mr Muldoon", "Papua New Guinea. Mr Michael Somare",
        # "Will", "Gover-nor-General", "Locoloco.", "Namaliu. from", "l‘z days", "Lae. where"
        # and the paragraph breaks inside "and / will" and "inspecting / New Zealand".
    ],
    roles=[("the Prime Minister", "robert_muldoon"), ("the Prime Minister of Singapore", "lee_kuan_yew"),
           ("the Prime Minister of Papua New Guinea", "michael_somare"), ("the Gover-nor-General", "tore_lokoloko"),
           ("the Deputy Prime Minister", "paias_wingti"), ("The chairman of the meeting", "paias_wingti"),
           ("the Minister of Foreign Affairs and Trade", "rabbie_namaliu")],
)

A["test_4003_begin_callaghan_downing_street"] = dict(
    actors={
        "menachem_begin": ["Israeli Premier Menachem Begin", "Menachem Begin", "Begin"],
        "james_callaghan": ["Prime Minister James Callaghan", "James Callaghan", "Callaghan"],
        "anwar_sadat": ["President Anwar Sadat", "Anwar Sadat"],
        "european_economic_community": ["European Economic Community", "EEC"],
    },
    meetings=[
        # "a dinner given in his honor by Prime Minister James Callaghan at No. 10 Downing St." +
        # "his hour-long private talk with Begin before the dinner" -> the same evening, same pair
        # and place = one row, held, date null (JTA "last night" not resolved, as test_3803),
        # London (No. 10 Downing St. -> London, as dev_3812).
        M(["menachem_begin", "james_callaghan"], None, "London", IP, H,
          "“It will take some time but we are already on the road toward peace, he declared at a dinner given in his honor by Prime Minister James Callaghan at No. 10 Downing St."),
        # "Begin and Callaghan continued their talks at the Prime Minister’s official residence
        # this morning." -> a second session on another day, held, date null (JTA "this
        # morning"), London (the official residence, No. 10).
        M(["menachem_begin", "james_callaghan"], None, "London", IP, H,
          "Begin and Callaghan continued their talks at the Prime Minister’s official residence this morning."),
        # Not rows: "They will hold a joint press conference Tuesday" (a joint media appearance);
        # "no joint communique"; the "contacts between Israel and Egypt" (no specific meeting);
        # the Cairo, Geneva and Tripoli conferences (multilateral, no named participants);
        # "Begin's talks with Callaghan so far" (a summary of the same talks). Removed: "Menu JTA
        # Search", the duplicated headline, "Download PDF for this date"; the last sentence,
        # cut off without a full stop ("Callaghan was quoted as saying that the Sadat-Begin
        # meeting in Jerusalem gave new hope to the Middle East"), and with it the Sadat-Begin
        # meeting it named (no other sentence states it). Kept: the unclosed quotation mark in
        # "“It will take some time but we are already on the road toward peace, he declared",
        # the garbled "However, Begin’s to its partners", and the two blank lines before the last
        # paragraph.
    ],
    roles=[("Israeli Premier", "menachem_begin"), ("the Prime Minister", "james_callaghan")],
)

_GM = ("Mrs. Meir, who arrived in Bucharest last Thurs-day, met first with Rumanian Premier Ion Gheorghe Maurer and then "
       "entered into an exhaustive eight hours of talks with Ceausescu.")

A["dev_4004_meir_ceausescu_bucharest"] = dict(
    actors={
        "golda_meir": ["Premier Golda Meir", "Golda Meir", "Mrs. Meir", "Meir"],
        "zalman_shazar": ["President Zalman Shazar", "Zalman Shazar"],
        "nicolae_ceausescu": ["Nicolae Ceausescu", "Ceausescu"],
        "anwar_sadat": ["President Anwar Sadat", "Anwar Sadat"],
        "ion_gheorghe_maurer": ["Ion Gheorghe Maurer"],
        "cabinet_of_israel": ["Cabinet"],
    },
    meetings=[
        # "Landing at Lydda Airport she was greeted by President Zalman Shazar and members of her
        # Cabinet and the diplomatic corps." -> an arrival greeting, held, optional (as dev_031's
        # tarmac remark), date null (JTA "today"), Lydda (the airport's locality).
        M(["golda_meir", "zalman_shazar"], None, "Lydda", IP, H,
          "Landing at Lydda Airport she was greeted by President Zalman Shazar and members of her Cabinet and the diplomatic corps.", False),
        # "Rumanian President Nicolae Ceausescu’s recent talks with President Anwar Sadat of Egypt"
        # -> held, date and place null (not in the text).
        M(["nicolae_ceausescu", "anwar_sadat"], None, None, IP, H,
          "She refused to reply to questions about Rumanian President Nicolae Ceausescu’s recent talks with President Anwar Sadat of Egypt, saying that only the parties to those talks could answer."),
        # "met first with Rumanian Premier Ion Gheorghe Maurer and then entered into an exhaustive
        # eight hours of talks with Ceausescu" -> two separate meetings in one sentence, held,
        # date null ("last Thurs-day" dates the arrival, not the meetings), Bucharest.
        M(["golda_meir", "ion_gheorghe_maurer"], None, "Bucharest", IP, H, _GM),
        M(["golda_meir", "nicolae_ceausescu"], None, "Bucharest", IP, H, _GM),
        # Not rows: the airport news conference; "the warm reception she received in Bucharest"
        # (no host named; the visit is coded through the two meetings); "members of her Cabinet
        # and the diplomatic corps" (unnamed); "the parties to those talks". Removed: the
        # archive's search line, "See Original Daily Bulletin From This Date"; the cut-off last
        # sentence ("A joint communique released tonight here and in Bucharest was couched in
        # generalities and stressed bilateral relations between the two countrie"). Kept: the
        # headline cut at "in Mi", "Thurs-day", "prospects, Rumania, she said".
    ],
    roles=[("Rumanian President", "nicolae_ceausescu"), ("Rumanian Premier", "ion_gheorghe_maurer")],
)

A["dev_4005_mondale_jewish_leaders"] = dict(
    actors={
        "walter_mondale": ["Vice President Walter F. Mondale", "Walter F. Mondale", "Mondale"],
        "jimmy_carter": ["President Carter", "Carter"],
        "menachem_begin": ["Premier Menachem Begin", "Menachem Begin"],
        "conference_of_presidents_of_major_american_jewish_organizations": ["Conference of Presidents of Major American Jewish Organizations", "Presidents Conference"],
        "jewish_telegraphic_agency": ["Jewish Telegraphic Agency"],
        "knesset": ["Knesset"],
        "knesset_foreign_affairs_and_security_committee": ["Foreign Affairs and Security Committee"],
        "un_security_council": ["Security Council"],
    },
    meetings=[
        # "their off-the-record discussions at the White House Monday with Vice President Walter
        # F. Mondale" -> the eight leaders are not named: one-party row, held, 1978-04-24 (the
        # Monday before the Friday bulletin), Washington (White House -> Washington).
        M(["walter_mondale"], "1978-04-24", "Washington", IP, H,
          "Eight top level American Jewish leaders reported today the substance of their off-the-record discussions at the White House Monday with Vice President Walter F. Mondale on U.S. policy in the Middle East and the views of the American Jewish community."),
        # "“President Carter joined the discussion for a brief period.”" (+ "we made clear to the
        # President and Vice President") -> Carter is the second named participant of the same
        # meeting: the Mondale-Carter pair, same side, optional (as the same-side pairs of
        # test_3803); held, 1978-04-24, Washington.
        M(["walter_mondale", "jimmy_carter"], "1978-04-24", "Washington", IP, H,
          "They said that “President Carter joined the discussion for a brief period.”", False),
        # "The group was in Israel last week and met twice with Premier Menachem Begin" -> the
        # group is not named: one-party row for the two sessions of one visit, held, date null
        # ("last week"), place Israel (no city in the text).
        M(["menachem_begin"], None, "Israel", IP, H,
          "The group was in Israel last week and met twice with Premier Menachem Begin and other government leaders and with the Knesset’s Foreign Affairs and Security Committee."),
        # "and with the Knesset’s Foreign Affairs and Security Committee" -> a named body meeting
        # an unnamed group: one-party row for the committee, held, optional (an organisation as
        # the only named party), date null, Israel.
        M(["knesset_foreign_affairs_and_security_committee"], None, "Israel", IP, H,
          "The group was in Israel last week and met twice with Premier Menachem Begin and other government leaders and with the Knesset’s Foreign Affairs and Security Committee.", False),
        # Not rows: "an early meeting of the Presidents Conference" (a planned meeting of an
        # organisation, no named participants); "other government leaders" (unnamed); the
        # statement "made available to the Jewish Telegraphic Agency" (a statement); the
        # "erroneous reports" in newspapers abroad. Removed: "Menu JTA Search", the duplicated
        # headline, "Download PDF for this date". The rank-7 excerpt of the URL is stored (the
        # rank-5 excerpt of the same URL carried the date line "April 28, 1978" and the subhead
        # "MADE VIEWS CLEAR" but cut the last sentence); the blank lines where the subhead stood
        # are kept.
    ],
    roles=[("Vice President", "walter_mondale"), ("the President", "jimmy_carter"), ("the Premier", "menachem_begin")],
)

_RH = ("In an apparent effort to keep his Mideast peace plan alive, President Reagan is reported to have telephoned King "
       "Hussein on Thursday and Saturday.")

A["dev_4006_hussein_arafat_reagan_calls"] = dict(
    actors={
        "yasser_arafat": ["Yasser Arafat"],
        "hussein_bin_talal": ["King Hussein", "Hussein"],
        "ronald_reagan": ["President Reagan", "Reagan"],
        "plo": ["Palestine Liberation Organization", "PLO"],
        "al_rai": ["Al-Rai"],
        "james_dorsey": ["James Dorsey"],
        "christian_science_monitor": ["Monitor"],
    },
    meetings=[
        # "Three days of talks between PLO leader Yasser Arafat and Jordan's King Hussein" ->
        # held, date null (a range of days, not dated), place null (the excerpt names no place;
        # "Some observers here" has no dateline).
        M(["yasser_arafat", "hussein_bin_talal"], None, None, IP, H,
          "Three days of talks between PLO leader Yasser Arafat and Jordan's King Hussein appeared to have brought them nearer a joint approach toward a Middle East peace settlement."),
        # "President Reagan is reported to have telephoned King Hussein on Thursday and Saturday"
        # -> two calls = two rows, phone, held, 1983-03-31 and 1983-04-02 (the Thursday and
        # Saturday before the Tuesday paper), place null (calls).
        M(["ronald_reagan", "hussein_bin_talal"], "1983-03-31", None, PH, H, _RH),
        M(["ronald_reagan", "hussein_bin_talal"], "1983-04-02", None, PH, H, _RH),
        # Not rows: the joint communique (a document); "the talks" the King is urged to enter
        # (negotiations, no meeting); the Arab summit in Fez (multilateral); "The US refuses to
        # deal directly with the PLO" (no meeting); Al-Rai's report and the F-16 announcement.
        # "Monitor contributor James Dorsey reports" stands in the body and is annotated (as
        # TIME's bureau chief in dev_3802). Removed: the paywall and subscription lines after the
        # article ("You've read  of  free articles. ...").
    ],
    roles=[("PLO leader", "yasser_arafat"), ("Jordan's King", "hussein_bin_talal"), ("the King", "hussein_bin_talal"),
           ("The President", "ronald_reagan"), ("Monitor contributor", "james_dorsey")],
)

_RA = ("The doubts also have been increased, according to Philippine sources, by the fact that Reagan waited two months "
       "before talking to Aquino on the telephone last week, and then by his call last weekend to Marcos in Honolulu.")

A["test_4007_reagan_suharto_laurel_bali"] = dict(
    actors={
        "ronald_reagan": ["President Reagan", "Reagan"],
        "salvador_laurel": ["Salvador Laurel", "Laurel"],
        "corazon_aquino": ["President Corazon Aquino", "Corazon Aquino", "Aquino"],
        "aquino_administration": ["Aquino administration"],
        "george_shultz": ["Secretary of State George Shultz", "George Shultz"],
        "ferdinand_marcos": ["Ferdinand Marcos", "Marcos"],
        "soeharto": ["President Suharto", "Suharto"],
        "asean": ["Association of Southeast Asian Nations", "ASEAN"],
    },
    meetings=[
        # "He held his first formal meeting with a foreign leader, his host, President Suharto of
        # Indonesia, Wednesday morning." -> held, 1986-04-30, Nusa Dua (dateline "NUSA DUA, BALI,
        # INDONESIA"; the most specific named locality).
        M(["ronald_reagan", "soeharto"], "1986-04-30", "Nusa Dua", IP, H,
          "He held his first formal meeting with a foreign leader, his host, President Suharto of Indonesia, Wednesday morning."),
        # "Salvador Laurel ... was to meet privately here with Reagan." (+ "He then was to meet
        # with Laurel", "45 minutes with Laurel") -> planned, date null (judgement: "then" after
        # the Wednesday-morning meeting does not pin the day; alternative 1986-04-30), Nusa Dua.
        M(["salvador_laurel", "ronald_reagan"], None, "Nusa Dua", IP, P,
          "Salvador Laurel, who holds two top posts in the Aquino administration, was to meet privately here with Reagan."),
        # "Reagan waited two months before talking to Aquino on the telephone last week, and then
        # by his call last weekend to Marcos in Honolulu" -> two calls = two rows, phone, held,
        # date null ("last week", "last weekend"), place null (calls). Reagan's having "told"
        # Marcos to "forget all plans" is taken to be said in that call (no separate row).
        M(["ronald_reagan", "corazon_aquino"], None, None, PH, H, _RA),
        M(["ronald_reagan", "ferdinand_marcos"], None, None, PH, H, _RA),
        # "Secretary of State George Shultz had personally assured him" -> an exchange with Laurel
        # of unstated kind and day, held, optional (in person assumed), date and place null.
        M(["george_shultz", "salvador_laurel"], None, None, IP, H,
          "He told reporters that Secretary of State George Shultz had personally assured him that Reagan had told former Philippine President Ferdinand Marcos he ``should forget all plans`` to return to power.", False),
        # Not rows: "a session with the foreign ministers of the Association of Southeast Asian
        # Nations (ASEAN)" (a multilateral meeting with unnamed ministers, as in batch 5d); Laurel
        # telling reporters (press); "He is to leave for Tokyo Friday morning" (a trip, no host
        # named); "a total of less than four hours of meetings with the foreign leaders" (a
        # summary of the same meetings). The byline "By Raymond Coffey, Chicago Tribune." is kept
        # in the date line and not annotated. Removed: the cut-off last sentence ("Asked if he
        # might ask Reagan for more than the $150 million in add"). Kept: the backtick quotes
        # (``cobwebs of doubt``, "Aquino`s"), "abut", the paragraph break inside "clear away /
        # ``cobwebs", "1/2 hours".
    ],
    roles=[("The new vice president and foreign minister of the Philippines", "salvador_laurel"),
           ("former Philippine President", "ferdinand_marcos"), ("his host", "soeharto")],
)

_MR = ("His five days of talks begin with Prime Minister Margaret Thatcher in London on Monday and conclude with Italian "
       "Prime Minister Ciriaco De Mita in Rome on Friday.")
_MP = ("But in Paris, where Mulroney was to meet with French President François Mitterrand, he was also expected to "
       "discuss the dispute over Atlantic fishing boundaries with Prime Minister Michel Rocard after visiting West German "
       "Chancellor Helmut Kohl in Bonn.")
_MW = ("He met with President Ronald Reagan last April in Washington and Japanese Prime Minister Noboru Takeshita last "
       "January in Toronto.")

A["dev_4008_mulroney_europe_tour"] = dict(
    actors={
        "brian_mulroney": ["Prime Minister Brian Mulroney", "Brian Mulroney", "Mulroney"],
        "margaret_thatcher": ["Prime Minister Margaret Thatcher", "Margaret Thatcher"],
        "ciriaco_de_mita": ["Ciriaco De Mita"],
        "francois_mitterrand": ["François Mitterrand"],
        "michel_rocard": ["Prime Minister Michel Rocard", "Michel Rocard"],
        "helmut_kohl": ["Chancellor Helmut Kohl", "Helmut Kohl"],
        "jacques_delors": ["Jacques Delors"],
        "ronald_reagan": ["President Ronald Reagan", "Ronald Reagan"],
        "noboru_takeshita": ["Noboru Takeshita"],
        "european_economic_community": ["European Community"],
        "department_of_external_affairs_canada": ["external affairs department"],
    },
    meetings=[
        # "His five days of talks begin with Prime Minister Margaret Thatcher in London on Monday
        # and conclude with Italian Prime Minister Ciriaco De Mita in Rome on Friday." -> two
        # planned talks, date null (judgement: Monday and Friday of "this week" relative to a
        # magazine cover date, not resolved, as Time in test_2811; alternative 1988-05-30 and
        # 1988-06-03), London and Rome.
        M(["brian_mulroney", "margaret_thatcher"], None, "London", IP, P, _MR),
        M(["brian_mulroney", "ciriaco_de_mita"], None, "Rome", IP, P, _MR),
        # "in Paris, where Mulroney was to meet with French President François Mitterrand, he was
        # also expected to discuss ... with Prime Minister Michel Rocard after visiting West German
        # Chancellor Helmut Kohl in Bonn" -> three planned meetings, date null, Paris, Paris and
        # Bonn.
        M(["brian_mulroney", "francois_mitterrand"], None, "Paris", IP, P, _MP),
        M(["brian_mulroney", "michel_rocard"], None, "Paris", IP, P, _MP),
        M(["brian_mulroney", "helmut_kohl"], None, "Bonn", IP, P, _MP),
        # "Mulroney also planned to meet with European Community president Jacques Delors." ->
        # planned, date and place null (not stated).
        M(["brian_mulroney", "jacques_delors"], None, None, IP, P,
          "Mulroney also planned to meet with European Community president Jacques Delors."),
        # "He met with President Ronald Reagan last April in Washington and Japanese Prime Minister
        # Noboru Takeshita last January in Toronto." -> two earlier meetings, held, date null
        # (month only), Washington and Toronto.
        M(["brian_mulroney", "ronald_reagan"], None, "Washington", IP, H, _MW),
        M(["brian_mulroney", "noboru_takeshita"], None, "Toronto", IP, H, _MW),
        # Not rows: the Toronto summit of June 19 to 21 and the annual summits (multilateral);
        # "his talks with European leaders" (a summary of the same talks); the unnamed "official of
        # the external affairs department" and "Officials in Mulroney's office" (statements). The
        # byline "BRUCE WALLACE" is kept in the date line and not annotated. Removed: the
        # duplicated section label, headline and byline lines; the cut-off last sentence ("One of
        # Canada's summit aims is to get the annual meetings back on an economic track and away
        # from political issues such as international").
    ],
    roles=[("the conference host", "brian_mulroney"), ("Italian Prime Minister", "ciriaco_de_mita"),
           ("French President", "francois_mitterrand"), ("West German Chancellor", "helmut_kohl"),
           ("European Community president", "jacques_delors"), ("Japanese Prime Minister", "noboru_takeshita")],
)

A["dev_4009_kocharian_aliyev_geneva"] = dict(
    actors={
        "robert_kocharyan": ["Armenian President Robert Kocharian", "Robert Kocharian", "Kocharian"],
        "heydar_aliyev": ["Azerbaijani President Heidar Aliyev", "Heidar Aliyev", "Aliyev"],
        "novruz_mamedov": ["Novruz Mamedov", "Mamedov"],
        "madeleine_albright": ["Madeleine Albright", "Albright"],
        "rfe_rl": ["RFE/RL"],
        "rfe_rl_armenian_service": ["Armenian Service"],
        "presidential_administration_of_azerbaijan": ["Azerbaijani presidential administration"],
        "foreign_relations_department_azerbaijan": ["Foreign Relations Department"],
        "osce_minsk_group": ["Minsk Group"],
        "osce": ["Organization for Security and Cooperation in Europe", "OSCE"],
    },
    meetings=[
        # "tomorrow's planned meeting in Geneva between Armenian President Robert Kocharian and
        # Azerbaijani President Heidar Aliyev" -> planned, 1999-07-17 (the day after the dated
        # dateline "Prague, 16 July 1999"), Geneva. The standfirst's "talks expected in Geneva
        # today" is the same meeting (one row; see the notes on the conflicting "today").
        M(["robert_kocharyan", "heydar_aliyev"], "1999-07-17", "Geneva", IP, P,
          "Prague, 16 July 1999 (RFE/RL) -- A senior member of the Azerbaijani presidential administration says that tomorrow's planned meeting in Geneva between Armenian President Robert Kocharian and Azerbaijani President Heidar Aliyev was arranged at the urging of the United States."),
        # "a meeting between the two presidents in Washington in late April" -> held, date null
        # ("late April"), Washington.
        M(["robert_kocharyan", "heydar_aliyev"], None, "Washington", IP, H,
          "Mamedov says Albright wrote to both Kocharian and Aliyev following a meeting between the two presidents in Washington in late April."),
        # Not rows: "Albright wrote to both Kocharian and Aliyev" (letters); Mamedov's "interview
        # today with RFE/RL's Armenian Service" (a media interview); "Kocharian stated on
        # Wednesday" (a statement); the Minsk Group's proposal and its unnamed co-chairmen. The
        # byline and the standfirst's author line ("RFE/RL Caucasus analyst Liz Fuller and the
        # Armenian Service's Gnel Nalbandyan report ...") are kept and their two authors are not
        # annotated (author lines). Removed: "Accessibility links", "Breaking News"; the cut-off
        # last sentence ("Mamedov said Albright's suggestions were alm").
    ],
    roles=[("Armenian President", "robert_kocharyan"), ("Azerbaijani President", "heydar_aliyev"),
           ("U.S. Secretary of State", "madeleine_albright")],
)

_NM = ("PRESIDENT Nelson Mandela this morning flew out of Waterkloof Air Force base en route to Pointe Noire in the Congo "
       "to meet Zairean Presidnet Mobutu Sese seko and accompany Mobutu to peace talks with rebel leader Laurent kabila "
       "abourd the SA Navy supply ship SAS Outeniqua.")
_BR = "Also due in Pointe Noire to join Mandela and Mobutu is US special envoy Bill Richardson."

A["dev_4010_mandela_mobutu_kabila_outeniqua"] = dict(
    actors={
        "mobutu_sese_seko": ["Mobutu Sese Seko", "Mobutu Sese seko", "Mobutu"],
        "nelson_mandela": ["PRESIDENT Nelson Mandela", "Nelson Mandela", "Mandela"],
        "laurent_kabila": ["Laurent kabila", "Kabila"],
        "bill_richardson": ["Bill Richardson"],
        "jose_eduardo_dos_santos": ["Jose Eduardo dos Santos"],
        "thabo_mbeki": ["Thabo Mbeki"],
        "mobutu_nzanga": ["Mobutu Nzanga"],
        "south_african_navy": ["SA Navy"],
    },
    meetings=[
        # "to meet Zairean Presidnet Mobutu Sese seko and accompany Mobutu to peace talks with
        # rebel leader Laurent kabila abourd the SA Navy supply ship SAS Outeniqua" (+ Nzanga:
        # "his father would be met at Pointe Noire by Mandela for talks with Kabila today"; the
        # 5 p.m. update: "today's peace talks" still to begin) -> a three-party meeting of named
        # people = three pair rows, all planned, 1997-05-02, Pointe Noire (the ship lies in the
        # port; "Ponte Noire" in the 5 p.m. update is the same place).
        M(["mobutu_sese_seko", "laurent_kabila"], "1997-05-02", "Pointe Noire", IP, P, _NM),
        M(["nelson_mandela", "mobutu_sese_seko"], "1997-05-02", "Pointe Noire", IP, P, _NM),
        M(["nelson_mandela", "laurent_kabila"], "1997-05-02", "Pointe Noire", IP, P, _NM),
        # "Also due in Pointe Noire to join Mandela and Mobutu is US special envoy Bill
        # Richardson." -> planned, optional (joining the party in the port; his part in the talks
        # is not stated), 1997-05-02, Pointe Noire. No Richardson-Kabila row (not stated).
        M(["bill_richardson", "nelson_mandela"], "1997-05-02", "Pointe Noire", IP, P, _BR, False),
        M(["bill_richardson", "mobutu_sese_seko"], "1997-05-02", "Pointe Noire", IP, P, _BR, False),
        # "Kabila met Angolan President Jose Eduardo dos Santos this morning in Luanda" -> held,
        # 1997-05-02, Luanda.
        M(["laurent_kabila", "jose_eduardo_dos_santos"], "1997-05-02", "Luanda", IP, H,
          "Meanwhile, Kabila met Angolan President Jose Eduardo dos Santos this morning in Luanda, after which he was due to fly by helicopter to the Outeniqua accompanied by SA Deputy President Thabo Mbeki."),
        # Not rows: Mbeki "accompanied" Kabila on the flight (a travelling companion, not a
        # participant); "The meeting had been expected to take place on Saturday" (the same
        # meeting's earlier schedule, not a separate meeting); Nzanga speaking to reporters
        # (press); the debate over boarding the ship. Removed: the cut-off last sentence
        # ("Mobutu, however, expec"). Kept: the date line "/ 2 May 1997", the time heads "FRIDAY,
        # 5.00PM:" and "FRIDAY, 2.00PM:", and the typos "Ponte Noire", "Presidnet", "Sese seko",
        # "Laurent kabila", "abourd".
    ],
    roles=[("Zairean dictator", "mobutu_sese_seko"), ("the ailing president", "mobutu_sese_seko"),
           ("Zairean Presidnet", "mobutu_sese_seko"), ("rebel leader", "laurent_kabila"),
           ("US special envoy", "bill_richardson"), ("Angolan President", "jose_eduardo_dos_santos"),
           ("SA Deputy President", "thabo_mbeki"), ("Mobutu’s son", "mobutu_nzanga"), ("his father", "mobutu_sese_seko")],
)

_KK = ("As for Foreign Minister Koumura, he went to New York a bit earlier than Prime Minister Obuchi and attended the "
       "meeting of the so-called 2+2 on the morning of Sunday, 20 September and he also had a meeting with Foreign Minister "
       "Hong Soon Yung of the Republic of Korea on the morning of 21 September and in the afternoon he also had a meeting "
       "with Foreign Minister Igor Ivanov of the Russian Federation.")
_KT = ("There will be a Foreign Ministers' meeting of Foreign Minister Koumura, Foreign Minister Hong and Secretary of "
       "State Madeleine K. Albright of the United States on the evening of 24 September.")

A["test_4011_obuchi_koumura_new_york"] = dict(
    actors={
        "keizo_obuchi": ["Prime Minister Keizo Obuchi", "Keizo Obuchi", "Prime Minister Obuchi", "Obuchi"],
        "masahiko_koumura": ["Masahiko Koumura", "Foreign Minister Koumura", "Koumura"],
        "michiko": ["Empress Michiko"],
        "international_board_on_books_for_young_people": ["International Board on Books for Young People", "IBBY"],
        "kim_dae_jung": ["President Kim Dae Jung", "Kim Dae Jung"],
        "jiang_zemin": ["President Jiang Zemin", "Jiang Zemin"],
        "masaki_okada": ["Deputy Press Secretary Masaki Okada", "Masaki Okada"],
        "tony_blair": ["Prime Minister Tony Blair", "Tony Blair"],
        "bill_clinton": ["President William Clinton", "William Clinton"],
        "hong_soon_young": ["Foreign Minister Hong Soon Yung", "Hong Soon Yung", "Foreign Minister Hong", "Hong"],
        "igor_ivanov": ["Foreign Minister Igor Ivanov", "Igor Ivanov"],
        "madeleine_albright": ["Madeleine K. Albright"],
        "un_general_assembly": ["General Assembly"],
        "united_nations": ["United Nations"],
    },
    meetings=[
        # "He had a meeting with Prime Minister Tony Blair of the United Kingdom on the morning of
        # 21 September" -> held, 1998-09-21, New York.
        M(["keizo_obuchi", "tony_blair"], "1998-09-21", "New York", IP, H,
          "He had a meeting with Prime Minister Tony Blair of the United Kingdom on the morning of 21 September and he delivered a statement that afternoon at the General Assembly of the United Nations."),
        # "Prime Minister Obuchi will meet President William Clinton of the United States on the
        # morning of 22 September." -> planned (the briefing's own tense; the briefing is given on
        # the afternoon of the 22nd in Tokyo), 1998-09-22, New York.
        M(["keizo_obuchi", "bill_clinton"], "1998-09-22", "New York", IP, P,
          "Prime Minister Obuchi will meet President William Clinton of the United States on the morning of 22 September."),
        # "attended the meeting of the so-called 2+2 on the morning of Sunday, 20 September" -> the
        # other members are not named: one-party row, held, optional (a standing consultative
        # format whose members the text does not give), 1998-09-20, New York.
        M(["masahiko_koumura"], "1998-09-20", "New York", IP, H, _KK, False),
        # "he also had a meeting with Foreign Minister Hong Soon Yung ... on the morning of 21
        # September and in the afternoon he also had a meeting with Foreign Minister Igor Ivanov"
        # -> two held meetings, 1998-09-21, New York.
        M(["masahiko_koumura", "hong_soon_young"], "1998-09-21", "New York", IP, H, _KK),
        M(["masahiko_koumura", "igor_ivanov"], "1998-09-21", "New York", IP, H, _KK),
        # "There will be a Foreign Ministers' meeting of Foreign Minister Koumura, Foreign Minister
        # Hong and Secretary of State Madeleine K. Albright ... on the evening of 24 September." ->
        # a meeting of three named people = three pair rows, planned, 1998-09-24, New York
        # (judgement: the paragraph reports the ministers' programme in New York; the sentence
        # itself names no place; alternative null).
        M(["masahiko_koumura", "hong_soon_young"], "1998-09-24", "New York", IP, P, _KT),
        M(["masahiko_koumura", "madeleine_albright"], "1998-09-24", "New York", IP, P, _KT),
        M(["hong_soon_young", "madeleine_albright"], "1998-09-24", "New York", IP, P, _KT),
        # Not rows: Obuchi's statement at the General Assembly (a speech to a plenary); Empress
        # Michiko's keynote speech; the contents-list items "Visit by President Kim Dae Jung of
        # the Republic of Korea to Japan" and "Reported visit by President Jiang Zemin ... to
        # Japan" (visits with no host named; their sections are not in the excerpt); "Fisheries
        # talks between Japan and the Republic of Korea" (no named people); Obuchi's arrival in
        # New York. Removed: the cut-off last sentence ("Both Prime Minister Obuchi and Foreign
        # Minister Koumura are going to meet various other politicians of various countr"). Kept:
        # the contents list (section heads) and its repeated first head, "Masaki Okada. Good
        # afternoon.", the spelling "Hong Soon Yung".
    ],
    roles=[("Minister for Foreign Affairs", "masahiko_koumura"), ("Deputy Press Secretary", "masaki_okada"),
           ("Her Majesty", "michiko"), ("Secretary of State", "madeleine_albright")],
)

A["dev_4012_pope_castro_havana"] = dict(
    actors={
        "john_paul_ii": ["Pope John Paul II", "John Paul"],
        "fidel_castro": ["President Fidel Castro", "Fidel Castro", "Castro"],
        "alitalia": ["Alitalia"],
    },
    meetings=[
        # "After being formally welcomed to Cuba Wednesday by President Fidel Castro" (+ "he was
        # greeted by President Fidel Castro" at the foot of the stairs) -> the formal welcome of a
        # visit by the host, held, required (as dev_3805's welcome with honours), 1998-01-21
        # (Wednesday before the Thursday page), Havana (dateline; Jose Marti International
        # Airport).
        M(["john_paul_ii", "fidel_castro"], "1998-01-21", "Havana", IP, H,
          "HAVANA (CNN) -- After being formally welcomed to Cuba Wednesday by President Fidel Castro, Pope John Paul II is preparing for a sit-down meeting Thursday evening with the Cuban communist leader."),
        # "is scheduled to meet with Castro in the Palace of the Revolution at 6 p.m." (+ "a
        # sit-down meeting Thursday evening") -> planned, 1998-01-22, Havana.
        M(["john_paul_ii", "fidel_castro"], "1998-01-22", "Havana", IP, P,
          "He will return to Havana in the afternoon and is scheduled to meet with Castro in the Palace of the Revolution at 6 p.m."),
        # Not rows: the Mass in Santa Clara (a public event); the pope's arrival remarks (a
        # statement); the four children with the basket of soil (unnamed; a ceremony). The agency
        # credit "(CNN)" in the dateline is kept and not annotated. Removed: CNN's navigation
        # lines ("CNN logo", "CNN nav bar", "Message Boards", "CNN Networks", "Quick News", "Video
        # Vault", "News Quiz", "Infoseek/Big Yellow", "Pathfinder/Warner Bros", "Barnes and
        # Noble", "Cuba half banner", the day-by-day and section link rows); the cut-off last
        # sentence ("But the ceremony has been altered somewhat in recent years because of his
        # increasingly fra"). Kept: the caption line "Pope John Paul II", the deck "Mass, meeting
        # with Cuban leader Thursday", the date lines, "hope.\".".
    ],
    roles=[("the Cuban communist leader", "fidel_castro"), ("Cuban leader", "fidel_castro"), ("the pope", "john_paul_ii")],
)
