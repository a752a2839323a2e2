"""Accuracy corpus, batch 70a: 12 new articles about meetings between political actors, all
published in ODD years (another helper takes even years as batch 70b), from every decade of the
1970s-2020s (1970s: one, 1980s: four, 1990s: one, 2000s: two, 2010s: three, 2020s: one; six of the
twelve from before 2000, as the brief asked at least five), over the eleven regions (Western
Europe: two; Central Asia/Caucasus, Middle East, Africa, Southeast Asia, Eastern Europe/Russia,
Latin America, North America, South Asia, East Asia, Oceania: one each).
Outlets/sites: UzA (uza.uz, the Uzbek national news agency), Papers Past (The Press, Christchurch,
1985; an NZPA-AAP story), the Chicago Tribune (articles.chicagotribune.com, 1985), the Sun-Sentinel
(articles.sun-sentinel.com, 1985; a UPI story), the Jewish Telegraphic Agency archive (jta.org,
1977), the Austrian foreign ministry (bmeia.gv.at, a 2003 press release), The Asian Age
(asianage.com), the Los Angeles Times archive (latimes.com, 1989), Capital FM (capitalfm.co.ke),
The Philippine Star (philstar.com), the Prime Minister's Office of Tonga (pmo.gov.to, a press
release) and the Greek foreign ministry (a 1999 release via HR-Net, hri.org).
The pages are new (grep of `sources.csv`, `corpus/metadata.csv` and the other batch files except
70b), and so are the meetings (see the notes for the checks).
Collected with the `search` tool (corpus `pages`) and annotated from the texts alone, BEFORE the
package was run on them (the package has not been run, imported or read for this batch).
Conventions: ANNOTATION.md and /work/shared/ANNOTATION-GUIDE.md. Notes: batch_70a_NOTES.md.

Split rule (fixed before annotating, as given in the brief for this batch, the same as batches
5a-69b): the articles are numbered 1..12 in the order they were first found in this session's
search results (the query in which each first appeared, then its rank in that query), after
skipping pages already in the corpus; positions 3, 7 and 11 are test, all others dev. Ids:
`dev_138NN_<slug>` / `test_138NN_<slug>`, NN = collection position (01..12).

M(participants, date, place, kind, status, evidence, required=True)
Evidence is the verbatim sentence (line breaks inside it replaced by single spaces).
Aliases are written as they stand in the text (typos and OCR slips included).
"""


from annotations import H, IP, M, P, PH, VID  # noqa: F401 (the same row helpers)

# (article_id, region, decade, outlet, url, published)
ARTICLES = [
    # No date line on the stored page; the address ends "-30-12-2019" (a Monday, checked) and the
    # call is "On December 30" -> published and call 2019-12-30.
    ("dev_13801_mirziyoyev_rahmon_call", "Central Asia/Caucasus", "2010s", "UzA (uza.uz)", "http://uza.uz/en/politics/presidents-of-uzbekistan-and-tajikistan-talk-over-the-phone-30-12-2019", "2019-12-30"),
    # The Papers Past id CHP19850516 (The Press, Christchurch, 16 May 1985, a Thursday, checked); no
    # date line in the text. The six-hour session has no day in the text -> date null.
    ("dev_13802_shultz_gromyko_vienna", "Eastern Europe/Russia", "1980s", "Papers Past (paperspast.natlib.govt.nz; The Press, an NZPA-AAP story)", "https://paperspast.natlib.govt.nz/newspapers/CHP19850516.2.68.1", "1985-05-16"),
    # The page's "March 19, 1985" (a Tuesday, checked): "Monday began three days of talks" ->
    # 1985-03-18.
    ("test_13803_armacost_peking_talks", "East Asia", "1980s", "Chicago Tribune (articles.chicagotribune.com)", "http://articles.chicagotribune.com/1985-03-19/news/8501150727_1_chinese-soviet-relations-chinese-leaders-cambodian-resistance", "1985-03-19"),
    # The page's "October 25, 1985" (a Friday, checked): "met in private Thursday" -> 1985-10-24.
    ("dev_13804_reagan_shevardnadze_waldorf", "North America", "1980s", "Sun-Sentinel (articles.sun-sentinel.com; a UPI story)", "http://articles.sun-sentinel.com/1985-10-25/news/8502170026_1_summit-agenda-shevardnadze-arms-control", "1985-10-25"),
    # No date line on the stored page; the address's 1977/11/17 (a Thursday, checked; the text's
    # "next Thursday, November 24" and "before Friday" agree) is taken as the bulletin's date:
    # "today" -> 1977-11-17, "yesterday evening" -> 1977-11-16.
    ("dev_13805_begin_sadat_invitation_lewis_call", "Middle East", "1970s", "Jewish Telegraphic Agency (JTA archive)", "https://www.jta.org/1977/11/17/archive/begin-offers-sadat-choice-of-two-dates-to-address-the-knesset-november-24-or-november-28", "1977-11-17"),
    # The release's "Vienna / Rome, 28 May 2003" (a Wednesday, checked). "met with" carries no day
    # of its own -> date null (see the notes).
    ("dev_13806_ferrero_waldner_frattini_rome", "Western Europe", "2000s", "Austrian Federal Ministry for European and International Affairs (bmeia.gv.at; press release)", "https://www.bmeia.gv.at/en/the-ministry/press/announcements/2003/austrias-foreign-minister-ferrero-waldner-in-rome-meeting-with-the-italian-foreign-minister-franco-frattini/?ADMCMD_editIcons=ppzpdfdtvtsgngkw", "2003-05-28"),
    # The page's "Sunday, Sep 10, 2017" / "Published : Sep 10, 2017, 1:30 am IST" (a Sunday,
    # checked): "on Saturday" -> 2017-09-09.
    ("test_13807_marapana_swaraj_modi_delhi", "South Asia", "2010s", "The Asian Age (asianage.com)", "http://www.asianage.com/india/all-india/100917/sri-lanka-foreign-minister-meets-sushma-swaraj-pm-modi.html", "2017-09-10"),
    # No date line on the stored page; the address's 1989-02-03 (a Friday, checked) is taken as the
    # day of publication: "on Thursday" (the inauguration) -> 1989-02-02, "on Wednesday" (Quayle's
    # meeting) -> 1989-02-01.
    ("dev_13808_quayle_perez_inauguration", "Latin America", "1980s", "Los Angeles Times (latimes.com archive)", "https://www.latimes.com/archives/la-xpm-1989-02-03-mn-1869-story.html", "1989-02-03"),
    # The dateline "LUANDA, Aug 20" with the address's 2009/08 (20 August 2009, a Thursday,
    # checked): "on Thursday" -> 2009-08-20.
    ("dev_13809_zuma_dos_santos_luanda", "Africa", "2000s", "Capital FM (capitalfm.co.ke)", "http://www.capitalfm.co.ke/news/2009/08/zuma-visits-oil-rich-angola/", "2009-08-20"),
    # No date line on the stored page; the address's 2011/10/27 (a Thursday, checked) is taken as the
    # day of publication: "yesterday" -> 2011-10-26.
    ("dev_13810_aquino_truong_tan_sang_manila", "Southeast Asia", "2010s", "The Philippine Star (philstar.com)", "https://qa.philstar.com/headlines/2011/10/27/741361/phl-vietnam-push-multilateral-spratly-approach/amp", "2011-10-27"),
    # The release's "21 April 2023" (a Friday, checked): "last night" -> 2023-04-20.
    ("test_13811_hu_akavameiliku_sepuloni_nukualofa", "Oceania", "2020s", "Prime Minister's Office of Tonga (pmo.gov.to; press release)", "https://pmo.gov.to/?p=6721", "2023-04-21"),
    # The page's "Monday 12, July, 1999" (a Monday, checked): "in Athens yesterday" -> 1999-07-11.
    ("dev_13812_papandreou_fischer_athens", "Western Europe", "1990s", "Greek Ministry of Foreign Affairs release (via HR-Net, hri.org)", "http://www.hri.org/MFA/gpap/july99/gpapfischer12799English.html", "1999-07-12"),
]

A = {}

A["dev_13801_mirziyoyev_rahmon_call"] = dict(
    actors={
        "shavkat_mirziyoyev": ["Shavkat Mirziyoyev"],
        "emomali_rahmon": ["Emomali Rahmon"],
    },
    meetings=[
        # "On December 30, President of the Republic of Uzbekistan Shavkat Mirziyoyev held a
        # telephone conversation with the President of the Republic of Tajikistan Emomali Rahmon."
        # -> phone, held, 2019-12-30, no place. The lead ("has held a telephone conversation") is
        # the same call.
        M(["shavkat_mirziyoyev", "emomali_rahmon"], "2019-12-30", None, PH, H,
          "On December 30, President of the Republic of Uzbekistan Shavkat Mirziyoyev held a telephone conversation with the President of the Republic of Tajikistan Emomali Rahmon."),
        # Not rows: "the second Consultative meeting of the Heads of State of Central Asia, held in
        # the capital of Uzbekistan in November this year" (a multilateral meeting of heads of
        # state; an event, not an actor); the exchange of New Year congratulations (the content of
        # the same call). Not annotated: "governments, parliaments and regions" (generic),
        # Uzbekistan, Tajikistan, Central Asia (states, a region), Tashkent, Dushanbe (places).
        # Removed: nothing (the excerpt starts with the headline and ends with a complete
        # sentence).
    ],
    roles=[("President of the Republic of Uzbekistan", "shavkat_mirziyoyev"),
           ("the President of the Republic of Tajikistan", "emomali_rahmon")],
)

A["dev_13802_shultz_gromyko_vienna"] = dict(
    actors={
        "george_shultz": ["Mr George Shultz", "George Shultz", "Mr Shultz", "Shultz"],
        "andrei_gromyko": ["Mr Andrei Gromyko", "Andrei Gromyko", "Gromyko"],
        "ronald_reagan": ["President Reagan", "Reagan"],
        "mikhail_gorbachev": ["Mr Mikhail Gorbachev", "Mikhail Gorbachev", "Mr Gorbachev", "Gorbachev", "Gorba-chev"],
        "vladimir_lomeiko": ["Mr Vladimir Lomeiko", "Vladimir Lomeiko"],
        "the_new_york_times": ["New York Times"],
        "united_nations_general_assembly": ["United Nations General Assembly"],
    },
    meetings=[
        # "The United States Secretary of State, Mr George Shultz, and the Soviet Foreign Minister,
        # Mr Andrei Gromyko, have agreed ..." / "After an unusually long six-hour session at the
        # Soviet Embassy in Vienna ..." -> held, date null ("this week's talks"; no day is given),
        # Vienna (dateline "NZPA-AAP Vienna"; the Soviet Embassy in Vienna). "Messrs Shultz and
        # Gromyko had discussed a date" is the same meeting.
        M(["george_shultz", "andrei_gromyko"], None, "Vienna", IP, H,
          "The United States Secretary of State, Mr George Shultz, and the Soviet Foreign Minister, Mr Andrei Gromyko, have agreed to strengthen the framework of Soviet-American relations, even though sharp disagreements remain on arms control, Central America and other issues, the “New York Times” reported yesterday."),
        # "... moving toward an announcement on a meeting later this year between President Reagan
        # and the Soviet leader, Mr Mikhail Gorbachev." / "an American invitation for a meeting in
        # Washington was on the table" -> a summit under discussion, not yet announced and the
        # invitation not yet answered: planned, required false, date null ("later this year"),
        # place null (Washington is only the place of the unanswered invitation; see the notes).
        M(["ronald_reagan", "mikhail_gorbachev"], None, None, IP, P,
          "After an unusually long six-hour session at the Soviet Embassy in Vienna, the two sides seemed to be moving toward an announcement on a meeting later this year between President Reagan and the Soviet leader, Mr Mikhail Gorbachev.", False),
        # Not rows: "three Americans who took part in this week's talks" (unnamed participants of
        # the same talks); "Mr Shultz had said" and Lomeiko's reply (statements); Gorbachev "will
        # probably take part in the ceremonies ... in New York marking the fortieth anniversary of
        # the United Nations General Assembly" (a multilateral occasion, no meeting). Not annotated:
        # the credit "NZPA-AAP" (agency credit), "Soviet authorities" (unnamed), the Soviet Union,
        # the United States, Central America (states, a region), the Soviet Embassy, Vienna,
        # Washington, New York (places). Removed: at the start, the run of "Article image" lines
        # (page image placeholders) and the blank line after them; at the end, the last, cut-off sentence ("The
        # Shultz-Gromyko meeting was the highestlevel Soviet-American conference since Mr
        # Gorbachev"). Kept as found: "get-to-gether", "Reagan-Gorba-chev", the paragraph break
        # inside "Mr Gorbachev will / probably take part", the unclosed quotation "“the position
        # of the two sides upon this question is known.".
    ],
    roles=[("The United States Secretary of State", "george_shultz"), ("the Soviet Foreign Minister", "andrei_gromyko"),
           ("the Soviet leader", "mikhail_gorbachev"), ("the Soviet spokesman", "vladimir_lomeiko")],
)

_AC = ("Among the Chinese leaders Armacost was scheduled to meet were Wu Xueqian, minister of foreign affairs, and Zhu Qizhen, a vice minister for foreign affairs.")
A["test_13803_armacost_peking_talks"] = dict(
    actors={
        "michael_armacost": ["Michael H. Armacost", "Mr. Armacost", "Armacost"],
        "wu_xueqian": ["Wu Xueqian"],
        "zhu_qizhen": ["Zhu Qizhen"],
        "paul_wolfowitz": ["Paul Wolfowitz"],
        "ronald_reagan": ["President Reagan"],
        "ivan_arkhipov": ["Ivan Arkhipov"],
        "us_embassy_peking": ["U.S. Embassy"],
        "kremlin": ["Kremlin"],
    },
    meetings=[
        # "U.S. Undersecretary of State Michael H. Armacost Monday began three days of talks ..."
        # with "his Chinese hosts" (the spokesman's words; no host is named) -> one-party row (the
        # guide: counterpart by role alone), held, 1985-03-18 ("Monday" in a Tuesday 19 March 1985
        # paper), Peking (dateline).
        M(["michael_armacost"], "1985-03-18", "Peking", IP, H,
          "U.S. Undersecretary of State Michael H. Armacost Monday began three days of talks on a number of international issues, including the fighting along the Thailand-Cambodia border and the change of leadership in the Soviet Union."),
        # "Among the Chinese leaders Armacost was scheduled to meet were Wu Xueqian ... and Zhu
        # Qizhen ..." -> two planned rows (separate interactions named in one sentence), date null
        # (some day of the three days of talks), Peking.
        M(["michael_armacost", "wu_xueqian"], None, "Peking", IP, P, _AC),
        M(["michael_armacost", "zhu_qizhen"], None, "Peking", IP, P, _AC),
        # "Last month, Paul Wolfowitz ... was in Peking, Canton and Shenzen for 5 days of talks with
        # Chinese leaders." -> one-party row (the Chinese side unnamed), held, date null ("Last
        # month"), place null (three cities are named for five days of talks; see the notes);
        # required false (talks over several days with unnamed leaders, told as background).
        M(["paul_wolfowitz"], None, None, IP, H,
          "Last month, Paul Wolfowitz, assistant U.S. secretary of state for East Asia and the Pacific, was in Peking, Canton and Shenzen for 5 days of talks with Chinese leaders.", False),
        # Not rows: "will meet several top Chinese leaders" (the same planned meetings, leaders
        # unnamed); "before moving on to Japan and South Korea for talks there" (visits to
        # countries, no counterpart named or given by role, as batch 69a's Mattarella visit);
        # "a series of high-level meetings between Chinese and U.S. officials" (a count, unnamed);
        # Arkhipov's visit to Peking "last December" (a visit to a city, no counterpart). Not
        # annotated: the byline "By Joseph A. Reaves, Chicago Tribune." (byline), "Chinese
        # leaders", "Cambodian resistance forces", "the two noncommunist resistance factions"
        # (unnamed), China, the Soviet Union, Japan, South Korea, Thailand, Cambodia, Vietnam
        # (states), Peking, Canton, Shenzen (places). Removed: at the end, the last, cut-off
        # sentence ("As recently as last week, the Chinese gave another indication that Sin").
        # Nothing at the start. Kept as found: "U.s." in the headline, the backticks
        # ("Reagan`s", ``...``), "Shenzen", "the border with the Thailand".
    ],
    roles=[("U.S. Undersecretary of State", "michael_armacost"),
           ("undersecretary of state for political affairs", "michael_armacost"),
           ("minister of foreign affairs", "wu_xueqian"), ("a vice minister for foreign affairs", "zhu_qizhen"),
           ("assistant U.S. secretary of state for East Asia and the Pacific", "paul_wolfowitz"),
           ("Soviet Vice Premier", "ivan_arkhipov")],
)

A["dev_13804_reagan_shevardnadze_waldorf"] = dict(
    actors={
        "ronald_reagan": ["President Reagan", "Reagan"],
        "eduard_shevardnadze": ["Eduard Shevardnadze", "Shevardnadze"],
        "mikhail_gorbachev": ["Mikhail Gorbachev"],
        "united_nations_general_assembly": ["United Nations General Assembly"],
        "united_nations": ["U.N."],
        "kremlin": ["Kremlin"],
    },
    meetings=[
        # "President Reagan and Soviet Foreign Minister Eduard Shevardnadze met in private Thursday
        # at New York`s Waldorf Astoria ..." -> held, 1985-10-24 ("Thursday" in a Friday 25
        # October 1985 paper), New York (the Waldorf Astoria; the dateline "UNITED NATIONS" is the
        # speeches' place). "After the speeches, Reagan met for 30 minutes with Shevardnadze" is
        # the same meeting.
        M(["ronald_reagan", "eduard_shevardnadze"], "1985-10-24", "New York", IP, H,
          "President Reagan and Soviet Foreign Minister Eduard Shevardnadze met in private Thursday at New York`s Waldorf Astoria, reportedly reaching agreement that discussions of regional conflicts would be included on the agenda for upcoming summit talks in Geneva between the U.S. and Soviet Union."),
        # "... his summit next month with Soviet leader Mikhail Gorbachev ..." -> planned, date null
        # ("next month"), Geneva ("upcoming summit talks in Geneva between the U.S. and Soviet
        # Union", the same summit).
        M(["ronald_reagan", "mikhail_gorbachev"], None, "Geneva", IP, P,
          "Outlining the American stand at his summit next month with Soviet leader Mikhail Gorbachev, Reagan shifted the emphasis in the talks from arms control to joint American-Soviet actions to end wars in Afghanistan, Cambodia, Ethiopia, Angola and Nicaragua."),
        # Not rows: Reagan's "speech to the United Nations General Assembly" and Shevardnadze's
        # address to "the U.N." (a plenary); "the two apparently agreed" (the same meeting);
        # Shevardnadze's quoted reply (a statement). Not annotated: the credit "United Press
        # International" (agency credit in the date line), "communist troops" (unnamed), the
        # Soviet Union, the United States, Afghanistan, Cambodia, Ethiopia, Angola, Nicaragua,
        # Vietnam (states), the dateline "UNITED NATIONS", the Waldorf Astoria, New York, Geneva
        # (places). Removed: at the end, the last, cut-off sentence ("Secretary of State George
        # S"). Nothing at the start. Kept as found: the backticks ("New York`s", ``...``).
    ],
    roles=[("Soviet Foreign Minister", "eduard_shevardnadze"), ("Soviet leader", "mikhail_gorbachev"),
           ("the president", "ronald_reagan")],
)

A["dev_13805_begin_sadat_invitation_lewis_call"] = dict(
    actors={
        "menachem_begin": ["Premier Menachem Begin", "Menachem Begin", "Begin"],
        "anwar_sadat": ["Anwar Sadat", "Sadat"],
        "hafez_al_assad": ["President Hafez Assad", "Hafez Assad"],
        "samuel_lewis": ["Samuel Lewis", "Lewis"],
        "knesset": ["Knesset"],
        "us_embassy_tel_aviv": ["U.S. Embassy in Tel Aviv"],
        "us_embassy_cairo": ["Embassy in Cairo"],
        "israel_government_press_information_office": ["Press Information Office"],
        "yitzhak_berman": ["Yitzhak Berman"],
    },
    meetings=[
        # "... Sadat who is in Damascus today for talks with President Hafez Assad of Syria." ->
        # held (under way on the day of the bulletin), 1977-11-17, Damascus.
        M(["anwar_sadat", "hafez_al_assad"], "1977-11-17", "Damascus", IP, H,
          "Begin has said he does not expect a reply before Friday from Sadat who is in Damascus today for talks with President Hafez Assad of Syria."),
        # "... Lewis telephoned Begin early this morning ..." -> phone, held, 1977-11-17, no place.
        M(["samuel_lewis", "menachem_begin"], "1977-11-17", None, PH, H,
          "But Begin’s message reached Cairo late last night and Lewis telephoned Begin early this morning to inform him that it will be delivered to Sadat tomorrow after his return from Damascus."),
        # "... Begin's formal invitation to Sadat which the Premier submitted to the American
        # Ambassador Samuel Lewis, yesterday evening." -> a handing-over, in person by the wording
        # but not said to be a meeting: held, 1977-11-16, place null (not given); required false
        # (see the notes).
        M(["menachem_begin", "samuel_lewis"], "1977-11-16", None, IP, H,
          "An unexplained delay in telex communications between the U.S. Embassy in Tel Aviv and the Embassy in Cairo held up delivery of Begin’s formal invitation to Sadat which the Premier submitted to the American Ambassador Samuel Lewis, yesterday evening.", False),
        # "... his invitation to Egyptian President Anwar Sadat to visit Jerusalem and address the
        # Knesset–next Thursday, November 24 or the following Monday, November 28 ..." -> an
        # invitation not yet answered ("does not expect a reply before Friday"), to a visit whose
        # purpose is an address to the Knesset: planned, required false, date null (two dates
        # offered), Jerusalem.
        M(["menachem_begin", "anwar_sadat"], None, "Jerusalem", IP, P,
          "Premier Menachem Begin reportedly offered a choice of two dates in his invitation to Egyptian President Anwar Sadat to visit Jerusalem and address the Knesset–next Thursday, November 24 or the following Monday, November 28–it was learned today.", False),
        # Not rows: Begin's "visit to Britain scheduled for early next week" (a visit to a country,
        # no counterpart); the delivery of the message to Sadat "tomorrow" (by the embassy, no
        # named person); "Press reports from Cairo" (unnamed); the media preparations. Not
        # annotated: "the government" (generic), Egypt, Syria, Britain (states), Jerusalem, Cairo,
        # Damascus, Tel Aviv (places). Removed: at the start, the first copy of the headline and
        # the site line "Menu JTA Search" with the blank line after it; at the end, the last,
        # cut-off sentence ("President Ephraim Katzir is expected to receive Sadat at Ben Gurio").
        # Kept as found: the site line "Download PDF for this date", "Knesset–november 24", the
        # dashes "–" around the dates, the two blank lines before "Meanwhile".
    ],
    roles=[("Egyptian President", "anwar_sadat"), ("the Egyptian leader", "anwar_sadat"), ("the Premier", "menachem_begin"),
           ("the American Ambassador", "samuel_lewis"), ("an Arab head of state", "anwar_sadat")],
)

A["dev_13806_ferrero_waldner_frattini_rome"] = dict(
    actors={
        "benita_ferrero_waldner": ["Ferrero-Waldner"],
        "franco_frattini": ["Franco Frattini"],
        "council_of_the_european_union": ["Council of Transport Ministers"],
        "european_parliament": ["European Parliament"],
        "european_union": ["EU"],
    },
    meetings=[
        # "On the occasion of her visit to Italy, Austrian Foreign Minister Ferrero-Waldner met with
        # her counterpart Franco Frattini." -> held, date null (the release is dated 28 May 2003
        # but the meeting sentence carries no day; see the notes), Rome (headline "in Rome").
        M(["benita_ferrero_waldner", "franco_frattini"], None, "Rome", IP, H,
          "On the occasion of her visit to Italy, Austrian Foreign Minister Ferrero-Waldner met with her counterpart Franco Frattini."),
        # Not rows: "important top-level encounters between the presidents, the heads of
        # government and the foreign ministers of the two states" (a count, unnamed); "The talks
        # between the two ministers" (the same meeting); the position "defined by the Council of
        # Transport Ministers on 28 March 2003" (a council decision, not a meeting of named
        # people). Not annotated: Austria, Italy, Europe (states, a continent), Rome, Vienna,
        # Brussels, the South Tyrol, the Brenner (places), the EU Presidency (an office).
        # Removed: at the end, the cut-off opening of a sentence ("According to Ferrero-Waldner,
        # Austria and Italy "). Nothing at the start. Kept as found: the release line "Vienna /
        # Rome, 28 May 2003 Press release", "focussed", the straight quotation marks.
    ],
    roles=[("Austrian Foreign Minister", "benita_ferrero_waldner"), ("Austria's Foreign Minister", "benita_ferrero_waldner"),
           ("the Austrian Foreign Minister", "benita_ferrero_waldner"),
           ("the Italian Foreign Minister", "franco_frattini"), ("her counterpart", "franco_frattini")],
)

_TM = ("Visiting Sri Lankan foreign minister Tilak Marapana met his Indian counterpart Sushma Swaraj and Prime Minister Narendra Modi separately on Saturday at meetings in which bilateral issues between the two countries were discussed.")
A["test_13807_marapana_swaraj_modi_delhi"] = dict(
    actors={
        "tilak_marapana": ["Mr Tilak Marapana", "Tilak Marapana"],
        "sushma_swaraj": ["Sushma Swaraj"],
        "narendra_modi": ["Narendra Modi", "Modi"],
        "ministry_of_external_affairs_india": ["MEA"],
    },
    meetings=[
        # "... Tilak Marapana met his Indian counterpart Sushma Swaraj and Prime Minister Narendra
        # Modi separately on Saturday ..." -> two separate meetings ("separately"): two rows, held,
        # 2017-09-09 ("on Saturday" in a Sunday 10 September 2017 paper), New Delhi (dateline; the
        # caption's "Hyderabad House in New Delhi"). The caption ("greets ... before a meeting")
        # and the statement ("paid a courtesy call on Prime Minister Narendra Modi today
        # afternoon") describe the same two meetings.
        M(["tilak_marapana", "sushma_swaraj"], "2017-09-09", "New Delhi", IP, H, _TM),
        M(["tilak_marapana", "narendra_modi"], "2017-09-09", "New Delhi", IP, H, _TM),
        # Not rows: Modi's "fruitful visit to Sri Lanka in May for the International Vesak Day" (a
        # visit to a country for a multilateral event, no counterpart); "work closely with the
        # President and the Prime Minister of Sri Lanka" (intent, unnamed); "an official visit to
        # India from September 8-10" (the visit as a whole). Not annotated: "THE ASIAN AGE." (the
        # paper's byline line), the photo credit "(Photo: PTI)", "the government" / "The Indian
        # government" (generic), India, Sri Lanka (states), Tamil Nadu, New Delhi, Hyderabad
        # House (places), the International Vesak Day (an event). Removed: at the start, the search
        # tool's " date 2017-09-10" prefix and the site title "The Asian Age | News"; at the end,
        # the cut-off opening of the next sentence of the quotation ("External affairs minister
        # Sush"). Kept as found: the section line "India, All India", the lines holding a single
        # space, the unclosed last quotation.
    ],
    roles=[("External Affairs Minister", "sushma_swaraj"), ("her Sri Lankan counterpart", "tilak_marapana"),
           ("Visiting Sri Lankan foreign minister", "tilak_marapana"), ("his Indian counterpart", "sushma_swaraj"),
           ("Prime Minister", "narendra_modi"), ("The Prime Minister", "narendra_modi"),
           ("minister of foreign affairs of Sri Lanka", "tilak_marapana"),
           ("Sri Lanka foreign minister", "tilak_marapana")],
)

A["dev_13808_quayle_perez_inauguration"] = dict(
    actors={
        "carlos_andres_perez": ["Carlos Andres Perez", "Perez"],
        "dan_quayle": ["Dan Quayle"],
        "george_h_w_bush": ["President Bush", "Bush"],
        "bush_administration": ["Bush Administration"],
        "sandinistas": ["Sandinista"],
    },
    meetings=[
        # "Vice President Dan Quayle, who met with Perez on Wednesday and represented the United
        # States at his inauguration ..." -> held, 1989-02-01 ("on Wednesday" in a Friday 3
        # February 1989 paper), Venezuela (the text names no city: "flocked here"; see the
        # notes).
        M(["dan_quayle", "carlos_andres_perez"], "1989-02-01", "Venezuela", IP, H,
          "Vice President Dan Quayle, who met with Perez on Wednesday and represented the United States at his inauguration, gave only broad outlines of the regional policy that he said Bush’s aides are still shaping."),
        # Not rows: the "inaugural address attended by 22 visiting heads of government" (a
        # ceremony); "a wide range of regional leaders flocked here to meet with the Venezuelan"
        # (many unnamed leaders, no one meeting); the "appeal to the Bush Administration" (a
        # proposal addressed to a government). Not annotated: the byline "Times Staff Writer",
        # "Bush's aides" and "his predecessor" (unnamed in the text), Venezuela, the United
        # States, Nicaragua, Latin America, Central America (states, regions), Washington (a
        # metonym). Removed: at the start, the ad label "Advertisement"; at the end, the ad label
        # "Advertisement" and the last, cut-off sentence ("“Carlos Andres Perez is going to be a
        # force and a power"). Kept as found: the site line "Share via", the inner ad label
        # "Advertisement".
    ],
    roles=[("the Venezuelan", "carlos_andres_perez"), ("the 66-year-old leader", "carlos_andres_perez"),
           ("Vice President", "dan_quayle")],
)

A["dev_13809_zuma_dos_santos_luanda"] = dict(
    actors={
        "jacob_zuma": ["Jacob Zuma", "Zuma"],
        "jose_eduardo_dos_santos": ["Jose Eduardo dos Santos"],
        "mpla": ["MPLA"],
        "isidro_pinheiro": ["Isidro Pinheiro"],
        "afp": ["AFP"],
    },
    meetings=[
        # "The leaders will hold official talks on Thursday ..." (the leaders: Zuma and "Angolan
        # leader Jose Eduardo dos Santos", with whom he came "to hold talks") -> planned,
        # 2009-08-20 ("on Thursday" under a Thursday 20 August dateline), Luanda (dateline).
        M(["jacob_zuma", "jose_eduardo_dos_santos"], "2009-08-20", "Luanda", IP, P,
          "The leaders will hold official talks on Thursday and are later expected to jointly address more than 150 South African and Angolan business leaders who began their own talks on trade and investment Wednesday in Luanda."),
        # Not rows: "visited Angola on Thursday ... to hold talks will Angolan leader Jose Eduardo
        # dos Santos" (the purpose of the same visit); "Zuma told state media" and Pinheiro's words
        # to AFP (media statements); the business leaders' talks (unnamed); the joint address to
        # business leaders (a public event). Not annotated: "state media", "the Angolan people",
        # "the apartheid regime" (generic), "a hefty delegation of 11 ministers" (unnamed), South
        # Africa, Angola, Nigeria, Africa (states, a continent), Luanda (a place). Removed: at the
        # start, the site lines ("Connect with us", "Hi, what are you looking for?", "top",
        # "World"); at the end, the ad line "Advertisement. Scroll to continue reading." and the
        # last, cut-off sentence ("Portuguese, Brazilian and Chinese firms are already key players
        # in Angola’s reconstruction process, and Zuma is expected to use his visit to broker deals
        # for South Af"). Kept as found: "to hold talks will Angolan leader" (for "with").
    ],
    roles=[("South African President", "jacob_zuma"), ("Angolan leader", "jose_eduardo_dos_santos"),
           ("Angola’s secretary of state for water", "isidro_pinheiro")],
)

A["dev_13810_aquino_truong_tan_sang_manila"] = dict(
    actors={
        "benigno_aquino_iii": ["President Aquino", "Aquino"],
        "truong_tan_sang": ["Truong Tan Sang", "Sang"],
        "asean": ["Association of Southeast Asian Nations", "ASEAN"],
    },
    meetings=[
        # "In a speech after an expanded bilateral meeting with President Aquino at Malacañang,
        # Vietnamese President Truong Tan Sang said ..." -> held, 2011-10-26 (the meeting of
        # "yesterday" in an item of Thursday 27 October 2011, from the address), Manila (the
        # dateline; Malacañang, the palace, resolved to its city as ANNOTATION.md does for the
        # White House). "Aquino said he and Sang exchanged information ..." is the same meeting.
        M(["benigno_aquino_iii", "truong_tan_sang"], "2011-10-26", "Manila", IP, H,
          "In a speech after an expanded bilateral meeting with President Aquino at Malacañang, Vietnamese President Truong Tan Sang said Vietnam would support and work closely with the Philippines as well as other members of the Association of Southeast Asian Nations (ASEAN) to promote Manila’s proposal on the creation of a Zone of Peace, Freedom, Friendship and Cooperation and support the implementation of the Declaration of Conduct (DOC) in the West Philippine Sea."),
        # Not rows: the speech and the quoted statements (statements); the signing of four
        # agreements (part of the same visit). Not annotated: the Declaration of Conduct (DOC), the
        # Code of Conduct (COC) and the United Nations Convention on the Law of the Sea (UNCLOS)
        # (instruments, not actors), the Philippines, Vietnam (states), Manila, Malacañang,
        # Palawan, the Spratlys, the West Philippine Sea, the South China Sea, the East Sea
        # (places). Removed: at the end, the cut-off opening of a quotation ("“I’m confident ").
        # Nothing at the start.
    ],
    roles=[("Vietnamese President", "truong_tan_sang")],
)

A["test_13811_hu_akavameiliku_sepuloni_nukualofa"] = dict(
    actors={
        "siaosi_sovaleni": ["Hon Hu’akavameiliku", "Hu’akavameiliku"],
        "carmel_sepuloni": ["Honourable Carmel Sepuloni", "Carmel Sepuloni", "Hon Sepuloni", "Sepuloni"],
    },
    meetings=[
        # "Welcoming New Zealand's Deputy Prime Minister Honourable Carmel Sepuloni and her
        # delegation at a function in Ma'ufanga last night." (the subject, from the sentence
        # before, is the Prime Minister Hu'akavameiliku) -> held, 2023-04-20 ("last night" in a
        # release of Friday 21 April 2023), Nuku’alofa (the dateline city; the function was in
        # Ma’ufanga, which the text does not place; see the notes).
        M(["siaosi_sovaleni", "carmel_sepuloni"], "2023-04-20", "Nuku’alofa", IP, H,
          "Welcoming New Zealand’s Deputy Prime Minister Honourable Carmel Sepuloni and her delegation at a function in Ma’ufanga last night."),
        # Not rows: "the Pacific Mission delegation of the New Zealand government that visited
        # Tonga this week" (the same visit, as a whole); Sepuloni's "visit to the Island Kingdom"
        # (the same); the quoted statements. Not annotated: "the New Zealand government"
        # (generic), "our wider Pacific whānau" (generic), the 'Statement of Partnership' and the
        # Recognised Seasonal Employer scheme (an instrument, a scheme), Tonga, New Zealand (states),
        # Nuku’alofa, Ma’ufanga, the Pacific (places). Removed: at the end, the cut-off opening of
        # the last quoted paragraph ("“The breadth and depth of these ties is our coll"). Nothing
        # at the start. Kept as found: the verbless sentence "Welcoming ... last night.", the
        # subheading "Close ties and similar issues", "has been strengthened" (for "have").
    ],
    roles=[("The Honourable Prime Minister", "siaosi_sovaleni"), ("Honourable Prime Minister", "siaosi_sovaleni"),
           ("New Zealand’s Deputy Prime Minister", "carmel_sepuloni")],
)

A["dev_13812_papandreou_fischer_athens"] = dict(
    actors={
        "george_papandreou": ["GEORGE A. PAPANDREOU", "George A. Papandreou"],
        "joschka_fischer": ["JOSCHKA FISCHER", "Joschka Fischer", "Mr. Fischer"],
        "costas_simitis": ["Costas Simitis"],
        "european_union": ["European Union"],
    },
    meetings=[
        # "Greek Minister for Foreign Affairs George A. Papandreou met with German counterpart
        # Joschka Fischer in Athens yesterday." -> held, 1999-07-11 ("yesterday" under the date
        # line "Monday 12, July, 1999"), Athens.
        M(["george_papandreou", "joschka_fischer"], "1999-07-11", "Athens", IP, H,
          "Greek Minister for Foreign Affairs George A. Papandreou met with German counterpart Joschka Fischer in Athens yesterday."),
        # "Earlier in the day, the Ministers met with Greek Prime Minister Costas Simitis ..." -> a
        # meeting of three named people: one row per pair (the guide); the Papandreou-Fischer pair
        # is the same pair on the same day and place as the row above (one row, ANNOTATION.md), so
        # two new rows: Fischer-Simitis and Papandreou-Simitis (kept required by the pair rule,
        # as dev_001's Sadiq-Tarar), held, 1999-07-11, Athens (the day's visit; headline "IN
        # ATHENS").
        M(["joschka_fischer", "costas_simitis"], "1999-07-11", "Athens", IP, H,
          "Earlier in the day, the Ministers met with Greek Prime Minister Costas Simitis to discuss the reconstruction of the Balkans, the Stability Pact, Greek-Turkish relations, and Cyprus."),
        M(["george_papandreou", "costas_simitis"], "1999-07-11", "Athens", IP, H,
          "Earlier in the day, the Ministers met with Greek Prime Minister Costas Simitis to discuss the reconstruction of the Balkans, the Stability Pact, Greek-Turkish relations, and Cyprus."),
        # Not rows: "their statements to the press" (statements); "the impending summit at Tampere"
        # and "the Rio de Janeiro summit" of "fifteen political leaders" (multilateral summits).
        # Not annotated: "The German government" (generic), the Amsterdam Treaty and the Stability
        # Pact (instruments), Greece, Germany, Finland, Israel, Cyprus (states), the Balkans, the
        # Mediterranean, Athens, Tampere, Thessaloniki, Rio de Janeiro (places and regions).
        # Removed: at the end, the last, cut-off sentence ("Mr. Fischer warmly welcomed the Greek
        # initiative that resulted in the recent meeting between Mr. Papandreou and Turkish
        # Minister for Foreign Affairs Mr. Ismail Cem in New York, which he described as  “a
        # positive step that offers fresh hope for improved relations between Greece and Turkey
        # in"; with it the Papandreou-Cem meeting in New York, see the notes). Nothing at the
        # start. Kept as found: the capitalised two-line headline, the lines holding a single
        # space, the date line "Monday 12, July, 1999", "focussed".
    ],
    roles=[("Greek Minister for Foreign Affairs", "george_papandreou"), ("GREEK MINISTER FOR FOREIGN AFFAIRS", "george_papandreou"),
           ("German counterpart", "joschka_fischer"), ("GERMAN COUNTERPART", "joschka_fischer"),
           ("Greek Prime Minister", "costas_simitis")],
)
