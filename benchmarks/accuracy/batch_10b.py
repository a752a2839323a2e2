"""Accuracy corpus, batch 10b: 12 new articles from the 2000s, 2010s and 2020s (four per decade),
chosen where sources.csv and the batch files were thin (cells counted by region x decade before
searching: in the 2000s Central Asia/Caucasus, Eastern Europe/Russia, Oceania, South Asia,
Southeast Asia and Western Europe had 4 each; in the 2010s North America, South Asia and Western
Europe 4 each; in the 2020s North America 4 and every other region but Africa, Latin America and
South Asia 5) and spread over nine regions: The Philippine Star, The New Indian Express, News24
(South Africa), a New Zealand Government media statement via Scoop, Japan Today (a Reuters
story), The Washington Times via Higher Ground Times, Trend News Agency (an AP story), United
Press International, Shafaqna (English), the Toronto Star, a Radio Free Europe/Radio Liberty
story via armeniandiaspora.com and SBS News (Australia). Collected with the `search` tool (corpus
`pages`) and annotated from the texts alone, BEFORE the package was run on them (the package has
not been run on this batch). Conventions: ../ANNOTATION.md and /work/shared/ANNOTATION-GUIDE.md.
Notes: batch_10b_NOTES.md.

Split rule (fixed before annotating, as given in the brief for this batch, the same as batches
5a-9b): the articles are numbered 1..12 in the order they were first found; positions 3, 7 and
11 are test, all others dev. Ids: `dev_19NN_<slug>` / `test_19NN_<slug>`, NN = collection
position (01..12).

M(participants, date, place, kind, status, evidence, required=True)
Evidence is the verbatim sentence (line breaks inside it replaced by single spaces).
Aliases are written as they stand in the text (typos included).
"""


from annotations import H, IP, M, P, PH, VID  # noqa: F401 (the same row helpers)

# (article_id, region, decade, outlet, url, published)
ARTICLES = [
    # Date line "June 21, 2005 | 12:00am" (a Tuesday; the URL has /2005/06/21/); "yesterday" =
    # 2005-06-20, "today" = 2005-06-21.
    ("dev_1901_yudhoyono_jammeh_manila", "Southeast Asia", "2000s", "The Philippine Star (philstar.com)", "https://qa.philstar.com/headlines/2005/06/21/282841/heads-gambia-indonesia-forge-closer-ties-rp", "2005-06-21"),
    # Search result date field 2018-05-11 and the URL (/2018/may/11/); a Friday, and the text's
    # "on Friday" is the same day ("Modi arrived in Janakpur on Friday morning").
    ("dev_1902_modi_oli_janakpur", "South Asia", "2010s", "The New Indian Express (Express News Service)", "http://www.newindianexpress.com/world/2018/may/11/india-supports-united-strong-nepal-prime-minister-narendra-modi-1813328.html", "2018-05-11"),
    # Date line "2012-05-11 15:32" (a Friday); "on Tuesday" = 2012-05-15, "on Sunday night" =
    # 2012-05-06 (the Sunday before the Monday on which Merkel spoke).
    ("test_1903_merkel_hollande_first_talks", "Western Europe", "2010s", "News24 (South Africa)", "https://www.news24.com/World/News/Merkel-to-meet-newly-elected-Hollande-20120511", "2012-05-11"),
    # Date line "11 February 2002 Media Statement" (a Monday; the URL is PA0202 = Parliament,
    # February 2002); "on Friday" = 2002-02-15.
    ("dev_1904_clark_howard_sydney_release", "Oceania", "2000s", "Scoop (New Zealand Government media statement)", "http://www.scoop.co.nz/mason/stories/PA0202/S00118.htm", "2002-02-11"),
    # Search result date field 2023-04-30 (a Sunday); the story's "officials said Saturday"
    # (2023-04-29) is the Reuters story's day. No meeting date depends on it.
    ("dev_1905_kishida_yoon_seoul_visit", "East Asia", "2020s", "Japan Today (Reuters)", "https://japantoday.com/category/politics/japan-pm-kishida-to-visit-south-korea-for-summit-with-yoon-sources", "2023-04-30"),
    # No date line in the excerpt; the URL (/2014/jan/16/) gives 2014-01-16, a Thursday, and the
    # text's "on Thursday" is that day. Cheryl K. Chumley of the Washington Times (author line).
    ("dev_1906_netanyahu_abdullah_amman", "Middle East", "2010s", "The Washington Times (Higher Ground blog, highergroundtimes.com)", "https://highergroundtimes.com/higher-ground/2014/jan/16/netanyahu-glides-past-kerry-meeting-jordan-king", "2014-01-16"),
    # Date line "23 December 2006 11:58 (UTC +04:00)" (a Saturday); "Friday" = 2006-12-22.
    ("test_1907_putin_yushchenko_kiev", "Eastern Europe/Russia", "2000s", "Trend News Agency (en.trend.az; AP)", "https://en.trend.az/world/other/869481.html", "2006-12-23"),
    # Dateline "May 9 (UPI)" and search result date field 2023-05-09 (a Tuesday; also in the URL);
    # "Tuesday" = 2023-05-09.
    ("dev_1908_biden_congress_leaders_debt", "North America", "2020s", "United Press International (upi.com)", "https://www.upi.com/Top_News/US/2023/05/09/biden-meets-congressional-leaders-on-raising-nations-debt-limit/1811683636401/", "2023-05-09"),
    # Search result date field 2022-06-25 and the text's "this evening (Saturday 25 June 2022)".
    ("dev_1909_kadhimi_bin_salman_jeddah", "Middle East", "2020s", "Shafaqna (English)", "https://en.shafaqna.com/269113/al-kazemi-arrives-in-jeddah-and-was-welcomed-by-bin-salman-photos/", "2022-06-25"),
    # URL (/2015/11/19/), a Thursday; dateline "MANILA, PHILIPPINES" and "met here Thursday".
    ("dev_1910_obama_trudeau_manila", "North America", "2010s", "Toronto Star (thestar.com)", "https://www.thestar.com/news/canada/2015/11/19/trudeau-will-bring-energy-and-reform-to-canada-obama-says.html", "2015-11-19"),
    # Date line "Nov 28 2006" under "Radio Liberty, Czech Rep." (a Tuesday); "late Tuesday" =
    # 2006-11-28.
    ("test_1911_kocharian_aliev_minsk", "Central Asia/Caucasus", "2000s", "Radio Free Europe/Radio Liberty, via armeniandiaspora.com forum", "https://armeniandiaspora.com/forum/2006/november-2006/70725-aliev-kocharian-in-fresh-karabakh-talks?p=70725", "2006-11-28"),
    # Search result date field 2023-10-14 (a Saturday, election night; "on Saturday night").
    ("dev_1912_nz_election_luxon", "Oceania", "2020s", "SBS News (Australia)", "https://www.sbs.com.au/news/article/new-zealand-elects-centre-right-national-party-as-chris-hipkins-concedes-defeat/s2rc5sf44", "2023-10-14"),
]

A = {}

A["dev_1901_yudhoyono_jammeh_manila"] = dict(
    actors={
        "susilo_bambang_yudhoyono": ["Susilo Bambang Yudhoyono", "Yudhoyono", "Yudyohono"],
        "yahya_jammeh": ["Yahya Jameh", "Yahya"],
        "gloria_macapagal_arroyo": ["Mrs. Arroyo"],
        "noli_de_castro": ["Noli de Castro"],
        "franklin_drilon": ["Franklin Drilon"],
        "alberto_braganza": ["Alberto Braganza"],
        "armed_forces_southern_command": ["Armed Forces Southern Command"],
        "garuda_indonesia": ["Garuda Indonesia"],
        "al_qaeda": ["al-Qaeda"],
        "jemaah_islamiyah": ["Jemaah Islamiyah"],
        "oic": ["Organization of the Islamic Conference", "OIC"],
        "philippine_chamber_of_commerce_and_industry": ["Philippine Chamber of Commerce and Industry"],
        "tesda": ["Technical Education and Skills Development Authority"],
        "citem": ["Center for International Trade Exhibitions and Missions"],
        "bureau_of_fisheries_and_aquatic_resources": ["Bureau of Fisheries and Aquatic Resources"],
        "philippine_department_of_health": ["Department of Healths"],
    },
    meetings=[
        # Arrival greeting on the tarmac, "yesterday afternoon" = 2005-06-20, Pasay City (Villamor
        # Air Base) -> held, optional (an arrival welcome: dev_031, test_001).
        M(["noli_de_castro", "susilo_bambang_yudhoyono"], "2005-06-20", "Pasay City", IP, H,
          "Vice President Noli de Castro welcomed Yudhoyono at the tarmac as he disembarked from a special Garuda Indonesia flight.", False),
        # "will meet the two presidents separately today" + "would be at Malacañang this afternoon
        # for talks and an official dinner with Mrs. Arroyo" -> one row for the pair (talks and
        # dinner, same day and place), planned, 2005-06-21; Malacañang -> Manila (official
        # building -> city; "Yudhoyono is in Manila").
        M(["gloria_macapagal_arroyo", "susilo_bambang_yudhoyono"], "2005-06-21", "Manila", IP, P,
          "Yudyohono planned to meet with the Indonesian community at the Westin Philippine Plaza last night and would be at Malacañang this afternoon for talks and an official dinner with Mrs. Arroyo."),
        # The separate meeting with the Gambian president, planned, today; no venue given and no
        # city for Jammeh's visit (he landed in Pasay City) -> place the country.
        M(["gloria_macapagal_arroyo", "yahya_jammeh"], "2005-06-21", "Philippines", IP, P,
          "Mrs. Arroyo, who traveled for a day-long business trip to Hong Kong yesterday, will meet the two presidents separately today."),
        # "will also call on Senate President Franklin Drilon" -> planned, day not given (a
        # three-day visit) -> null; place Manila ("Yudhoyono is in Manila").
        M(["susilo_bambang_yudhoyono", "franklin_drilon"], None, "Manila", IP, P,
          "Yudyohono will also call on Senate President Franklin Drilon and have lunch with the Philippine Chamber of Commerce and Industry."),
        # "will meet with Yudyohono at the Westin today" -> planned, 2005-06-21; the hotel is given
        # without a city -> Manila, where the visitor is.
        M(["alberto_braganza", "susilo_bambang_yudhoyono"], "2005-06-21", "Manila", IP, P,
          "Lt. Gen. Alberto Braganza, Armed Forces Southern Command chief, will meet with Yudyohono at the Westin today."),
        # Not rows: the meeting "with the Indonesian community" (unnamed people); the lunch with
        # the Philippine Chamber of Commerce and Industry (an organisation, a function rather than
        # talks); Yahya's tours of agencies (visits to institutions); Arroyo's Hong Kong trip (no
        # host); the OIC foreign ministers' conference (multilateral); "introductory visits to
        # Southeast Asian neighbors" (countries). "Private Residential Rehabilitative
        # Institutions" (a class of institutions) and the World Trade Center (a venue) are not
        # coded as actors.
    ],
    roles=[("Indonesian President", "susilo_bambang_yudhoyono"), ("Gambian President", "yahya_jammeh"),
           ("Vice President", "noli_de_castro"), ("Senate President", "franklin_drilon"),
           ("Armed Forces Southern Command chief", "alberto_braganza")],
)

A["dev_1902_modi_oli_janakpur"] = dict(
    actors={
        "narendra_modi": ["Narendra Modi", "Modi"],
        "k_p_sharma_oli": ["KP Sharma Oli", "Oli"],
    },
    meetings=[
        # "after holding talks with Oli" (+ "The meeting between the two leaders was followed by
        # delegation-level talks", the joint flag-off in Janakpur and the banquet "hosted by Oli":
        # the same pair on the same day -> one row), held, 2018-05-11 ("on Friday" = the date
        # line's day). Place: the text does not say where the talks were held (the dateline NEW
        # DELHI is not the venue; the day moves from Janakpur to Kathmandu) -> the country, Nepal.
        M(["narendra_modi", "k_p_sharma_oli"], "2018-05-11", "Nepal", IP, H,
          "Modi was speaking during a joint press meet after holding talks with Oli, who said that Nepal wanted to create a strong relationship based on mutual trust so that it was not affected by “occasional or intermittent differences that are natural between neighbours.”"),
        # "Modi also met other leaders, including Nepal's president, vice president, foreign
        # minister and leaders of major political parties" -> the counterparts are given by role
        # only -> one one-party row (not one per unnamed leader), held; Friday's programme after
        # the flight to Kathmandu -> 2018-05-11, Kathmandu.
        M(["narendra_modi"], "2018-05-11", "Kathmandu", IP, H,
          "Modi also met other leaders, including Nepal’s president, vice president, foreign minister and leaders of major political parties, before attending a banquet in his honour hosted by Oli."),
        # Not rows: laying the foundation stone "remotely via videoconferencing" (the two leaders
        # together, not a video meeting between them); Saturday's temple visits (no one met).
    ],
    roles=[("Prime Minister", "narendra_modi"), ("Nepalese PM", "k_p_sharma_oli")],
)

A["test_1903_merkel_hollande_first_talks"] = dict(
    actors={
        "angela_merkel": ["Angela Merkel", "Merkel"],
        "francois_hollande": ["Francois Hollande", "Hollande"],
        "steffen_seibert": ["Steffen Seibert", "Seibert"],
    },
    meetings=[
        # "will hold a first round of talks ... in Berlin on Tuesday" -> planned, 2012-05-15
        # (the Tuesday after the Friday 2012-05-11 date line), Berlin. The later mentions ("the
        # meeting between the conservative German leader and the Socialist president", the
        # welcome with military honours and the joint press conference) are the same meeting.
        M(["angela_merkel", "francois_hollande"], "2012-05-15", "Berlin", IP, P,
          "Berlin - German Chancellor Angela Merkel will hold a first round of talks on the eurozone crisis with French President Francois Hollande in Berlin on Tuesday after his inauguration, her spokesperson said."),
        # "her phone call to Hollande on Sunday night" -> phone, held, 2012-05-06 (the Sunday
        # before the Monday on which she spoke, both before the Friday date line); no place.
        M(["angela_merkel", "francois_hollande"], "2012-05-06", None, PH, H,
          "Merkel had said on Monday that she thought her phone call to Hollande on Sunday night to congratulate him on his election victory had been their first-ever conversation."),
        # Not rows: Seibert's government news conference; "Aides to Hollande had said" (unnamed);
        # the swearing-in ceremony.
    ],
    roles=[("German Chancellor", "angela_merkel"), ("French President", "francois_hollande"),
           ("her spokesperson", "steffen_seibert"), ("the new French president", "francois_hollande"),
           ("the conservative German leader", "angela_merkel"), ("the Socialist president", "francois_hollande"),
           ("The chancellor", "angela_merkel")],
)

A["dev_1904_clark_howard_sydney_release"] = dict(
    actors={
        "helen_clark": ["Helen Clark"],
        "john_howard": ["John Howard", "Mr Howard"],
        "simon_crean": ["Simon Crean"],
        "world_economic_forum": ["World Economic Forum"],
    },
    meetings=[
        # "will hold their annual talks on Friday morning in Sydney" (+ "a working lunch at
        # Kirribilli House after the talks": the same pair, day and city -> one row), planned,
        # 2002-02-15 (the Friday after the Monday 2002-02-11 statement), Sydney.
        M(["helen_clark", "john_howard"], "2002-02-15", "Sydney", IP, P,
          "Prime Minister Helen Clark and Australian Prime Minister John Howard will hold their annual talks on Friday morning in Sydney."),
        # "She will also meet with ... Simon Crean, before returning to New Zealand" -> planned;
        # the day is not pinned down (Friday or later on the trip) -> null; no city for this
        # meeting -> Australia.
        M(["helen_clark", "simon_crean"], None, "Australia", IP, P,
          "She will also meet with Australia’s new Leader of the Opposition, Simon Crean, before returning to New Zealand."),
        # Not rows: the headline "NZ and Australian PMs meet on Friday" (the same talks, by role);
        # "Mr Howard's recent visit to Indonesia and to the World Economic Forum in New York" (a
        # country and a forum, no host named); the Commonwealth Heads of Government Meeting
        # (multilateral); "I have worked closely with Mr Howard" (no specific meeting).
    ],
    roles=[("Australian Prime Minister", "john_howard"),
           ("Australia’s new Leader of the Opposition", "simon_crean")],
)

A["dev_1905_kishida_yoon_seoul_visit"] = dict(
    actors={
        "fumio_kishida": ["Fumio Kishida", "Kishida"],
        "yoon_suk_yeol": ["Yoon Suk Yeol", "Yoon"],
        "kyodo_news": ["Kyodo"],
        "nhk": ["NHK"],
        "g7": ["Group of Seven", "G7"],
        "japanese_foreign_ministry": ["foreign ministry"],
        "shinzo_abe": ["Shinzo Abe"],
        "joe_biden": ["Joe Biden"],
    },
    meetings=[
        # "expected to visit South Korea in coming weeks and meet with President Yoon" (Kyodo:
        # "the two will meet around May 7 or 8", the same meeting) -> planned, date null (a
        # range), place South Korea (no city).
        M(["fumio_kishida", "yoon_suk_yeol"], None, "South Korea", IP, P,
          "Japanese Prime Minister Fumio Kishida is expected to visit South Korea in coming weeks and meet with President Yoon Suk Yeol, officials said Saturday, reciprocating a Tokyo visit by the South Korean leader last month."),
        # "when Yoon met with Kishida in Tokyo in March" (= the "Tokyo visit by the South Korean
        # leader last month") -> held, Tokyo, date null (month only).
        M(["yoon_suk_yeol", "fumio_kishida"], None, "Tokyo", IP, H,
          "The two sides agreed to revive shuttle diplomacy when Yoon met with Kishida in Tokyo in March, the first Japan visit by a South Korean president in 12 years."),
        # Biden "praised Yoon's efforts ... during a visit by Yoon to Washington" -> Biden-Yoon,
        # held, Washington, date null ("this week"); optional: the meeting is implied by the
        # visit, not stated (dev_041).
        M(["joe_biden", "yoon_suk_yeol"], None, "Washington", IP, H,
          "U.S. President Joe Biden this week praised Yoon's efforts toward improving relations with Japan during a visit by Yoon to Washington.", False),
        # Not rows: Abe's 2018 visit to South Korea (a country, no host named); the G7 summit in
        # Hiroshima (multilateral); Kishida's remarks on NHK; the trimmed last sentence (cut off
        # in the excerpt) began "Biden, Yoon and Kishida are to meet on the side...".
    ],
    roles=[("Japanese Prime Minister", "fumio_kishida"), ("the South Korean leader", "yoon_suk_yeol"),
           ("U.S. President", "joe_biden")],
)

_AB = ("The talks came a week after Mr. Abdullah met with Palestinian President Mahmoud Abbas and a few days after he spoke with Mr. Kerry.")
A["dev_1906_netanyahu_abdullah_amman"] = dict(
    actors={
        "benjamin_netanyahu": ["Benjamin Netanyahu", "Mr. Netanyahu"],
        "abdullah_ii": ["King Abdullah II", "Mr. Abdullah"],
        "john_kerry": ["John Kerry", "Mr. Kerry"],
        "mahmoud_abbas": ["Mahmoud Abbas"],
        "moshe_yaalon": ["Moshe Yaalon", "Mr. Yaalon"],
        "ynet_news": ["Ynet News"],
        "royal_hashemite_court": ["Royal Palace"],
    },
    meetings=[
        # "made a quiet visit to Jordan's King Abdullah II ... on Thursday" + "met behind closed
        # doors" -> held, 2014-01-16 (the URL's day, a Thursday); no city in the text -> Jordan.
        M(["benjamin_netanyahu", "abdullah_ii"], "2014-01-16", "Jordan", IP, H,
          "Mr. Netanyahu and Mr. Abdullah met behind closed doors and discussed “developments in the peace process,” Ynet News reported."),
        # "a week after Mr. Abdullah met with Palestinian President Mahmoud Abbas" -> held, date
        # null ("a week" before an unstated day is not a certain day), place null.
        M(["abdullah_ii", "mahmoud_abbas"], None, None, IP, H, _AB),
        # "a few days after he spoke with Mr. Kerry" -> held, date and place null; optional: the
        # text does not say whether this was a meeting or a phone call (kind coded in_person as
        # a default).
        M(["abdullah_ii", "john_kerry"], None, None, IP, H, _AB, False),
        # Not rows: "an earlier Israeli order to ... Kerry" (a message); Yaalon's "published
        # remarks"; Kerry's "travels to Israel" (a country, no host); the 1994 peace treaty.
    ],
    roles=[("Israel’s Prime Minister", "benjamin_netanyahu"), ("U.S. Secretary of State", "john_kerry"),
           ("Palestinian President", "mahmoud_abbas"), ("Israel Defense Minister", "moshe_yaalon"),
           ("the king", "abdullah_ii")],
)

A["test_1907_putin_yushchenko_kiev"] = dict(
    actors={
        "vladimir_putin": ["Vladimir Putin", "Putin"],
        "viktor_yushchenko": ["Viktor Yushchenko", "Yushchenko"],
        "viktor_yanukovych": ["Viktor Yanukovych", "Yanukovych"],
        "trend_news_agency": ["Trend"],
    },
    meetings=[
        # "in a meeting that both leaders presented ..." + "Putin's visit Friday to Kiev" +
        # "after his talks with Yushchenko" -> held, 2006-12-22 (the Friday before the Saturday
        # date line), Kiev.
        M(["vladimir_putin", "viktor_yushchenko"], "2006-12-22", "Kiev", IP, H,
          "Russia's President Vladimir Putin assured Ukraine's President Viktor Yushchenko that Moscow wants good relations, in a meeting that both leaders presented as a break from the strained relationship of the past."),
        # "Yanukovych, who was to meet later with Putin" -> planned (from the story's point of
        # view), Kiev (the visit); "later" is not pinned to a day -> null.
        M(["viktor_yanukovych", "vladimir_putin"], None, "Kiev", IP, P,
          "Yanukovych, who was to meet later with Putin, attended the signing, but when it came time for a champagne toast, he and Yushchenko ignored each other - a further sign of the increasingly tense power struggle between the men."),
        # Not rows: Yanukovych "attended the signing" and he and Yushchenko "ignored each other"
        # (presence, not a meeting); the 2004 election support and the gas dispute (no
        # meeting). "(AP)" is the agency credit at the top.
    ],
    roles=[("Russia's President", "vladimir_putin"), ("Ukraine's President", "viktor_yushchenko"),
           ("pro-Russian Prime Minister", "viktor_yanukovych")],
)

_SIT = ("The critical sit-down to avert a default on the national debt is planned for 4 p.m. in the Oval Office and will be attended by House Speaker Kevin McCarthy, R-Calif.; House Democratic leader Hakeem Jeffries, D-N.Y.; Senate Democratic leader Chuck Schumer, D-N.Y.; and Senate Republican leader Mitch McConnell, R-Ky.")
_BM = ("President Joe Biden will meet with House Speaker Kevin McCarthy, R-Calif., and other Congressional leaders as he seeks a deal to raise the debt limit unconditionally.")
A["dev_1908_biden_congress_leaders_debt"] = dict(
    actors={
        "joe_biden": ["Joe Biden", "Biden"],
        "kevin_mccarthy": ["Kevin McCarthy"],
        "hakeem_jeffries": ["Hakeem Jeffries"],
        "chuck_schumer": ["Chuck Schumer"],
        "mitch_mcconnell": ["Mitch McConnell"],
        "janet_yellen": ["Janet Yellen", "Yellen"],
        "karine_jean_pierre": ["Karine Jean-Pierre", "Jean-Pierre"],
        "us_congress": ["Congress"],
    },
    meetings=[
        # One planned meeting of five named people ("will meet with Congressional leaders
        # Tuesday at the White House"; "will be attended by" the four leaders, who are the
        # counterparts, not aides) -> one row per pair (10 rows; the four leaders are on both
        # sides of the dispute, so the leader-leader pairs stay required, dev_001), planned,
        # 2023-05-09 ("Tuesday" = the dateline's day), White House / Oval Office -> Washington.
        M(["joe_biden", "kevin_mccarthy"], "2023-05-09", "Washington", IP, P, _BM),
        M(["joe_biden", "hakeem_jeffries"], "2023-05-09", "Washington", IP, P, _SIT),
        M(["joe_biden", "chuck_schumer"], "2023-05-09", "Washington", IP, P, _SIT),
        M(["joe_biden", "mitch_mcconnell"], "2023-05-09", "Washington", IP, P, _SIT),
        M(["kevin_mccarthy", "hakeem_jeffries"], "2023-05-09", "Washington", IP, P, _SIT),
        M(["kevin_mccarthy", "chuck_schumer"], "2023-05-09", "Washington", IP, P, _SIT),
        M(["kevin_mccarthy", "mitch_mcconnell"], "2023-05-09", "Washington", IP, P, _SIT),
        M(["hakeem_jeffries", "chuck_schumer"], "2023-05-09", "Washington", IP, P, _SIT),
        M(["hakeem_jeffries", "mitch_mcconnell"], "2023-05-09", "Washington", IP, P, _SIT),
        M(["chuck_schumer", "mitch_mcconnell"], "2023-05-09", "Washington", IP, P, _SIT),
        # Not rows: Yellen "warned Sunday" (a statement/interview); Jean-Pierre's Monday press
        # briefing; "Republicans in the House passed a bill" (a vote).
    ],
    roles=[("House Speaker", "kevin_mccarthy"), ("House Democratic leader", "hakeem_jeffries"),
           ("Senate Democratic leader", "chuck_schumer"), ("Senate Republican leader", "mitch_mcconnell"),
           ("Treasury Secretary", "janet_yellen"), ("White House Press Secretary", "karine_jean_pierre")],
)

_KB = ("The official Saudi news agency also reported that the Saudi Crown Prince Mohammed bin Salman, along with the Minister of Commerce, Majid bin Abdullah Al-Qasabi, at the King Abdulaziz International Airport in Jeddah, met with the Iraqi Prime Minister and his companions and welcomed them.")
A["dev_1909_kadhimi_bin_salman_jeddah"] = dict(
    actors={
        "mustafa_al_kadhimi": ["Mustafa Al-Kazemi", "Al-Kazemi"],
        "mohammed_bin_salman": ["Mohammed bin Salman"],
        "majid_al_qasabi": ["Majid bin Abdullah Al-Qasabi"],
        "iraqi_news_agency": ["INA"],
        "gcc": ["Gulf Cooperation Council"],
        "joe_biden": ["Biden"],
        "abdel_fattah_el_sisi": ["Abdel Fattah Al-Sisi"],
        "abdullah_ii": ["King Abdullah II"],
    },
    meetings=[
        # "was welcomed by the Crown Prince" (role-only, first sentence) = "Mohammed bin Salman
        # ... met with the Iraqi Prime Minister and his companions and welcomed them" at the
        # Jeddah airport -> held, 2022-06-25 ("this evening (Saturday 25 June 2022)"), Jeddah.
        M(["mohammed_bin_salman", "mustafa_al_kadhimi"], "2022-06-25", "Jeddah", IP, H, _KB),
        # The Minister of Commerce came "along with" the Crown Prince (the host's companion,
        # close to "accompanied") -> Qasabi-Kadhimi optional; no Qasabi-bin Salman row (same side).
        M(["majid_al_qasabi", "mustafa_al_kadhimi"], "2022-06-25", "Jeddah", IP, H, _KB, False),
        # "participating in the Jeddah conference and meeting with Biden on the side-lines" ->
        # planned sideline bilateral, Jeddah; the summit is "on July 16" but the day of a
        # sideline meeting is not stated -> null.
        M(["mustafa_al_kadhimi", "joe_biden"], None, "Jeddah", IP, P,
          "In this regard, the Iraqi news media today quoted some government sources as saying that, during his visit to Iran, Al-Kazemi, while explaining and justifying Baghdad’s position regarding participating in the Jeddah conference and meeting with Biden on the side-lines, will emphasize that his country will participate in this conference with the aim of strengthening international relations and examining economic and investment issues, and will not be part of any coalition against Iran or any other international party."),
        # Not rows: Kadhimi's planned trip to Iran (no host named); the 16 July summit of the GCC
        # leaders, Biden, al-Sisi and Abdullah II (multilateral); "consultations between Tehran
        # and Riyadh in Baghdad" (no named people). "SHAFAQNA-" is the outlet's tag; "The
        # official Saudi news agency" is not named.
    ],
    roles=[("The Iraqi Prime Minister", "mustafa_al_kadhimi"), ("the Crown Prince", "mohammed_bin_salman"),
           ("Saudi Crown Prince", "mohammed_bin_salman"), ("the Minister of Commerce", "majid_al_qasabi"),
           ("US President", "joe_biden"), ("Egyptian President", "abdel_fattah_el_sisi")],
)

A["dev_1910_obama_trudeau_manila"] = dict(
    actors={
        "barack_obama": ["Barack Obama", "Obama"],
        "justin_trudeau": ["Justin Trudeau", "Trudeau"],
        "michelle_obama": ["Michelle"],
        "stephen_harper": ["Stephen Harper"],
        "islamic_state": ["Islamic State"],
    },
    meetings=[
        # "The two leaders met here Thursday" -> held, 2015-11-19, Manila (dateline; "here").
        M(["barack_obama", "justin_trudeau"], "2015-11-19", "Manila", IP, H,
          "The two leaders met here Thursday, their first formal meeting since Trudeau won power in October."),
        # The White House invitation, "a visit he said could happen early in the new year" ->
        # planned, Washington (White House), date null; optional (an invitation, dev_005).
        M(["barack_obama", "justin_trudeau"], None, "Washington", IP, P,
          "The president invited Trudeau and his wife to the White House, a visit he said could happen early in the new year.", False),
        # "Obama recalled his first phone call to Trudeau" -> phone, held, date null.
        M(["barack_obama", "justin_trudeau"], None, None, PH, H,
          "Obama recalled his first phone call to Trudeau when he advised, “If you don’t want to (go) grey like me, you need to start dyeing it soon.”"),
        # Not rows: "Michelle's going to want to visit with Canada's new first lady" (a wish; the
        # counterpart is unnamed); the standfirst and bullet repeat the invitation; the
        # relationship "during Stephen Harper's time" (no specific meeting).
    ],
    roles=[("U.S. President", "barack_obama"), ("the new prime minister", "justin_trudeau"),
           ("The president", "barack_obama")],
)

A["test_1911_kocharian_aliev_minsk"] = dict(
    actors={
        "robert_kocharyan": ["Robert Kocharian", "Kocharian"],
        "ilham_aliyev": ["Ilham Aliev", "Aliev"],
        "sergey_lavrov": ["Sergey Lavrov"],
        "karel_de_gucht": ["de Gucht"],
        "osce": ["OSCE"],
        "osce_minsk_group": ["Minsk Group"],
        "cis": ["Commonwealth of Independent States"],
        "victor_soghomonian": ["Victor Soghomonian"],
        "regnum": ["Regnum"],
        "rfe_rl": ["RFE/RL"],
    },
    meetings=[
        # "were meeting in the Belarusian capital Minsk late Tuesday" + "came face to face ... on
        # the sidelines of a summit" -> held, 2006-11-28 (the date line's Tuesday), Minsk.
        M(["robert_kocharyan", "ilham_aliyev"], "2006-11-28", "Minsk", IP, H,
          "Robert Kocharian and Ilham Aliev came face to face for a third time in less than a year on the sidelines of a summit of former Soviet republics making up the Commonwealth of Independent States."),
        # Not rows: Lavrov and de Gucht -- the talks "began in the presence of" them -- and the
        # unnamed Minsk Group co-chairs "in attendance" are present, not participants (no pair
        # rows, as test_016); "for a third time" and "their two previous encounters earlier this
        # year" (counts, no specific meeting); the mediators' "visit to Baku and Yerevan" (no
        # host named); "negotiations between the foreign ministers" (unnamed); the CIS summit
        # (multilateral); Soghomonian's quote to Regnum.
    ],
    roles=[("Kocharian's spokesman", "victor_soghomonian"), ("Belgian Foreign Minister", "karel_de_gucht")],
)

A["dev_1912_nz_election_luxon"] = dict(
    actors={
        "chris_hipkins": ["Chris Hipkins", "Hipkins"],
        "christopher_luxon": ["Christopher Luxon", "Luxon"],
        "new_zealand_national_party": ["National Party", "National"],
        "new_zealand_labour_party": ["Labour", "Labour Party"],
        "jacinda_ardern": ["Jacinda Ardern"],
        "air_new_zealand": ["Air New Zealand"],
    },
    meetings=[
        # Zero-meeting control: an election night. Not rows: Hipkins "telling supporters in
        # Wellington" and Luxon's speech to "supporters in Auckland" (speeches to unnamed
        # crowds); the concession (no contact with Luxon is described); the campaign "battle of
        # the Chrises" (no meeting); Hipkins succeeding Ardern.
    ],
    roles=[("National leader", "christopher_luxon"), ("New Zealand Prime Minister", "chris_hipkins"),
           ("previous prime minister", "jacinda_ardern")],
)
