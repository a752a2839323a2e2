"""Accuracy corpus, batch 22b: 12 new articles from the 2000s, 2010s and 2020s (four per decade),
chosen where sources.csv and the batch files were thinnest (region x decade cells counted over
sources.csv and the ARTICLES of every batch_*.py present before searching, 552 articles, batches
1-21b; batch 22a not counted). In these three decades no cell had fewer than 9 articles, and
there were thirteen 9-cells: 2000s East Asia, Eastern Europe/Russia, Oceania, Western Europe;
2010s Eastern Europe/Russia, Latin America, North America, Oceania, South Asia; 2020s East Asia,
Latin America, Southeast Asia, Western Europe (every other cell of these decades had 10). Twelve
picks went to twelve of these 9-cells, so every picked cell goes from 9 to 10; the 2010s had
five 9-cells for four slots, and Eastern Europe/Russia 2010s was left at 9 (I misread that column
when planning the queries and only noticed it after the split was fixed; see the notes). Africa, Central Asia/Caucasus and the Middle East
have no 9-cell in these decades (10 in each), so they were left out rather than raise one of the
thickest cells; the picks cover eight of the eleven regions, with East Asia, Latin America, Oceania and
Western Europe twice. New outlets as sites: The Daily Universe (BYU; an AP report), Pacific Scoop
via 36th-parallel.com, The Asahi Shimbun (Asia & Japan Watch; a Reuters report), The Goa
Spotlight (a report on Brasília, credited in captions to Metrópoles), The Jakarta Post (its own
site; earlier only via a copy), The New Zealand Herald; used outlets with pages new to the corpus:
Deutsche Welle, Voice of America, Chicago Tribune (Reuters), Business Standard (PTI),
TheJournal.ie (earlier only a live blog), China Daily (Xinhua). Collected with the `search` tool
(corpus `pages`) and annotated from the texts alone, BEFORE the package was run on them (the
package has not been run on this batch). Conventions: ANNOTATION.md and
/work/shared/ANNOTATION-GUIDE.md. Notes: batch_22b_NOTES.md.

Split rule (fixed before annotating, as given in the brief for this batch, the same as batches
5a-21b): the articles are numbered 1..12 in the order they were first found in this session's
search results (the query in which each first appeared, then its rank in that query); positions 3,
7 and 11 are test, all others dev. Ids: `dev_43NN_<slug>` / `test_43NN_<slug>`, NN = collection
position (01..12).

M(participants, date, place, kind, status, evidence, required=True)
Evidence is the verbatim sentence (line breaks inside it replaced by single spaces).
Aliases are written as they stand in the text (typos included).
"""


from annotations import H, IP, M, P, PH, VID  # noqa: F401 (the same row helpers)

# (article_id, region, decade, outlet, url, published)
ARTICLES = [
    # Date line "November 12, 2007" (a Monday): "on Monday, Nov. 12" = 2007-11-12.
    ("dev_4301_merkel_sarkozy_bush_berlin", "Western Europe", "2000s", "Deutsche Welle (dw.com)", "https://www.dw.com/en/merkel-sarkozy-meeting-to-focus-on-middle-east-and-integration/a-2899445", "2007-11-12"),
    # No date line in the excerpt; the URL has 2005-03-19 (a Saturday). No day is given for the
    # meetings in the text (see the notes).
    ("dev_4302_putin_yushchenko_tymoshenko_kiev", "Eastern Europe/Russia", "2000s", "Voice of America (voanews.com)", "https://voanews.com/a/a-13-2005-03-19-voa34/397174.html", "2005-03-19"),
    # No date on the page; published = 2007-10-16 (a Tuesday) derived from the text: the Forum
    # "officially opens today", and the Forum's opening ceremony was on 16 October 2007 (an RNZ
    # page of 17 Oct 2007 in the same results: "yesterday's opening ceremony"). "last night" =
    # 2007-10-15.
    ("test_4303_clark_sevele_somare_nukualofa", "Oceania", "2000s", "The New Zealand Herald (nzherald.co.nz)", "http://www.nzherald.co.nz/nz/news/article.cfm?c_id=1&objectid=10470169", "2007-10-16"),
    # Dateline "BOGOTA, July 16 (Reuters)" and "July 16, 2013" (a Tuesday); Santos's "On Monday"
    # said "on Tuesday" = 2013-07-22.
    ("dev_4304_santos_maduro_capriles_planned", "Latin America", "2010s", "Chicago Tribune (Reuters)", "http://articles.chicagotribune.com/2013-07-16/news/sns-rt-colombia-venezuela-20130716_1_president-maduro-nicolas-maduro-patchy-relations", "2013-07-16"),
    # The URL and the caption give 2016-03-10 (a Thursday), the story's "Thursday".
    ("dev_4305_trudeau_obama_pelosi_washington", "North America", "2010s", "The Daily Universe (universe.byu.edu; AP)", "https://universe.byu.edu/2016/03/10/obama-hosts-dinner-for-canadian-prime-minister/", "2016-03-10"),
    # Date line "Last Updated : Feb 20 2016" (a Saturday): "today" = 2016-02-20.
    ("dev_4306_modi_oli_swaraj_new_delhi", "South Asia", "2010s", "Business Standard (PTI)", "https://www.business-standard.com/amp/article/pti-stories/modi-oli-discuss-india-nepal-ties-116022000242_1.html", "2016-02-20"),
    # No date line in the excerpt; the URL has 2012/08/30 (a Thursday): "today" = 2012-08-30.
    ("test_4307_oneill_key_gillard_rarotonga", "Oceania", "2010s", "Pacific Scoop, via 36th-parallel.com", "https://36th-parallel.com/2012/08/30/png-australia-and-nz-prime-ministers-talk-up-stronger-bilateral-relations", "2012-08-30"),
    # Date line "May 21, 2023 at 17:50 JST" (a Sunday): "on Sunday" = 2023-05-21.
    ("dev_4308_kishida_yoon_biden_hiroshima", "East Asia", "2020s", "The Asahi Shimbun, Asia & Japan Watch (Reuters)", "https://ajw-origin.potaufeu.asahi.com/ajw/articles/14913431", "2023-05-21"),
    # The search result's date is 2023-01-03 (a Tuesday); "this Monday (1/2)" = 2023-01-02.
    ("dev_4309_lula_itamaraty_delegations", "Latin America", "2020s", "The Goa Spotlight (thegoaspotlight.com)", "https://thegoaspotlight.com/2023/01/03/lula-receives-11-heads-of-state-on-the-1st-day/", "2023-01-03"),
    # No date line in the excerpt; the URL has 2025/01/10 (a Friday): "on Thursday" = 2025-01-09.
    ("dev_4310_prabowo_anwar_kuala_lumpur", "Southeast Asia", "2020s", "The Jakarta Post (thejakartapost.com)", "https://www.thejakartapost.com/world/2025/01/10/president-prabowo-pm-anwar-talk-asean-over-lunch.html", "2025-01-10"),
    # The search result's date is 2023-10-05 (a Thursday); the URL has Oct2023.
    ("test_4311_varadkar_sunak_granada", "Western Europe", "2020s", "TheJournal.ie", "https://www.thejournal.ie/taoiseach-leo-varadkar-rishi-sunak-meeting-granada-summit-6187655-Oct2023/", "2023-10-05"),
    # Date line "Updated: 2006-10-08 15:37" (a Sunday): "Sunday" = 2006-10-08.
    ("dev_4312_wen_abe_hu_beijing", "East Asia", "2000s", "China Daily (Xinhua), via covid-19.chinadaily.com.cn", "http://covid-19.chinadaily.com.cn/china/2006-10/08/content_844360.htm", "2006-10-08"),
]

A = {}

_MB = ("Both Merkel and Sarkozy discussed the conference with US President George W. Bush during their separate visits to the United States over the past week.")
A["dev_4301_merkel_sarkozy_bush_berlin"] = dict(
    actors={
        "angela_merkel": ["Angela Merkel", "Merkel"],
        "nicolas_sarkozy": ["Nicolas Sarkozy", "Sarkozy"],
        "francois_fillon": ["Francois Fillon"],
        "george_w_bush": ["George W. Bush", "President Bush", "Bush"],
    },
    meetings=[
        # "when German Chancellor Angela Merkel meets French President Nicolas Sarkozy on Monday,
        # Nov. 12" (the caption "Sarkozy and Merkel will meet", "to Berlin for the talks": the
        # same) -> planned (announced on the day, as the text looks forward to it), 2007-11-12,
        # Berlin.
        M(["angela_merkel", "nicolas_sarkozy"], "2007-11-12", "Berlin", IP, P,
          "The situation in the Middle East and the integration of immigrants top the agenda when German Chancellor Angela Merkel meets French President Nicolas Sarkozy on Monday, Nov. 12."),
        # Caption: Merkel "welcomes French President Nicolas Sarkozy to Berlin in September" ->
        # an earlier visit, held, date null (month), Berlin; optional (a caption welcome only).
        M(["angela_merkel", "nicolas_sarkozy"], None, "Berlin", IP, H,
          "German Chancellor Angela Merkel, right, welcomes French President Nicolas Sarkozy to Berlin in September", False),
        # "discussed the conference with US President George W. Bush during their separate visits
        # to the United States" -> two held rows. Merkel-Bush: the "two-day stay at Bush's Texas
        # ranch" ("Merkel and Bush held talks on the Middle East this weekend"; the caption's
        # ranch "outside of Crawford, Texas") -> date null (a weekend / two days), Crawford.
        # Sarkozy-Bush: date null ("over the past week"), United States (no city given).
        M(["angela_merkel", "george_w_bush"], None, "Crawford", IP, H, _MB),
        M(["nicolas_sarkozy", "george_w_bush"], None, "United States", IP, H, _MB),
        # Not rows: Fillon and "other members of his cabinet" come with Sarkozy (accompany; no
        # pair rows); the Annapolis peace conference (multilateral); Merkel's podcast (a
        # statement). "DW staff (nda)" is the byline, "Image: AP" a photo credit (not actors).
        # Removed: the site's skip links ("1. Skip to content" ...) and the cut-off last sentence
        # ("The two leaders agreed that the dispute with Tehran ... halt uranium enrich"). Kept:
        # "visitsImage: AP", "weekendImage: AP" and "will be become" as on the page.
    ],
    roles=[("German Chancellor", "angela_merkel"), ("French President", "nicolas_sarkozy"),
           ("Prime Minister", "francois_fillon"), ("the chancellor", "angela_merkel"),
           ("US President", "george_w_bush"), ("the US president", "george_w_bush")],
)

_PU = ("During the visit, the Russian leader met with the country's President Victor Yushchenko, Prime Minister Yulia Tymoshenko and parliament speaker Volodymyr Latynin.")
A["dev_4302_putin_yushchenko_tymoshenko_kiev"] = dict(
    actors={
        "vladimir_putin": ["Vladimir Putin", "Mr. Putin", "Putin"],
        "viktor_yushchenko": ["Victor Yushchenko", "Mr. Yushchenko"],
        "yulia_tymoshenko": ["Yulia Tymoshenko"],
        "volodymyr_lytvyn": ["Volodymyr Latynin"],
        "european_union": ["EU"],
        "viktor_yanukovych": ["Victor Yanukovich"],
    },
    meetings=[
        # "During his brief visit, Mr. Putin met with Ukraine's president Victor Yushchenko" (and
        # again in the list below; "After meeting his Ukrainian counterpart": the same) -> held,
        # date null (no day is given in the text; the URL's 2005-03-19 is the publication date),
        # Kiev ("Mr. Putin's visit to Kiev").
        M(["vladimir_putin", "viktor_yushchenko"], None, "Kiev", IP, H,
          "During his brief visit, Mr. Putin met with Ukraine's president Victor Yushchenko, who took office in January."),
        # "the Russian leader met with ... Prime Minister Yulia Tymoshenko and parliament speaker
        # Volodymyr Latynin" -> two more held rows (no pairs among the Ukrainian hosts), Kiev.
        M(["vladimir_putin", "yulia_tymoshenko"], None, "Kiev", IP, H, _PU),
        M(["vladimir_putin", "volodymyr_lytvyn"], None, "Kiev", IP, H, _PU),
        # "from Paris where he held talks with the leaders of France, Germany and Spain" ->
        # counterparts by role only -> one-party row (Putin), held, date null, Paris; optional
        # (a group of three unnamed leaders).
        M(["vladimir_putin"], None, "Paris", IP, H,
          "Vladimir Putin flew into Kiev from Paris where he held talks with the leaders of France, Germany and Spain and promised the EU leaders not to interfere in Ukrainian politics.", False),
        # Not rows: "promised the EU leaders" (the same talks); Yushchenko's election win over
        # Yanukovich (not a meeting). Removed: the site lines "Accessibility links" and "Breaking
        # News". Kept: "Latynin" (the speaker was Volodymyr Lytvyn; the key uses the real name,
        # the alias the page's spelling) and "Victor" as on the page.
    ],
    roles=[("Russian President", "vladimir_putin"), ("Ukraine's president", "viktor_yushchenko"),
           ("the Russian leader", "vladimir_putin"), ("Prime Minister", "yulia_tymoshenko"),
           ("parliament speaker", "volodymyr_lytvyn"), ("his Ukrainian counterpart", "viktor_yushchenko"),
           ("The Ukrainian leader", "viktor_yushchenko"), ("former Prime Minister", "viktor_yanukovych")],
)

_CS = ("Miss Clark decided against the dinner in favour of holding bilateral meetings with Tonga's prime minister Fred Sevele and Papua New Guinea's Sir Michael Somare last night.")
A["test_4303_clark_sevele_somare_nukualofa"] = dict(
    actors={
        "helen_clark": ["Helen Clark", "Miss Clark", "Clark"],
        "don_mckinnon": ["Don McKinnon", "Mr McKinnon"],
        "frank_bainimarama": ["Commodore Frank Bainimarama", "Frank Bainimarama", "Cmdr Bainimarama"],
        "pacific_islands_forum": ["Pacific Islands Forum"],
        "feleti_sevele": ["Fred Sevele"],
        "michael_somare": ["Sir Michael Somare"],
        "commonwealth_of_nations": ["Commonwealth"],
    },
    meetings=[
        # "holding bilateral meetings with ... Fred Sevele and ... Sir Michael Somare last night"
        # -> two held rows (separate bilaterals; no Sevele-Somare pair), 2007-10-15 (the night
        # before the Forum's opening day, the derived publication date 2007-10-16), Nukualofa
        # (the dateline; "Tonga's capital Nukualofa").
        M(["helen_clark", "feleti_sevele"], "2007-10-15", "Nukualofa", IP, H, _CS),
        M(["helen_clark", "michael_somare"], "2007-10-15", "Nukualofa", IP, H, _CS),
        # "Mr McKinnon earlier told journalists he would hold talks with Cmdr Bainimarama" ->
        # planned, date null, place null (no place is given for the talks; McKinnon is in Tonga).
        M(["don_mckinnon", "frank_bainimarama"], None, None, IP, P,
          "Mr McKinnon earlier told journalists he would hold talks with Cmdr Bainimarama, and that his office had invited the self-appointed Fijian prime minister to the dinner."),
        # Not rows: the dinner "with leaders ahead of the Pacific Islands Forum" (a group dinner;
        # Clark declined it); Clark "would not attend the dinner" (declined); the Forum and the
        # Commonwealth Heads of Government Meeting (multilateral; the latter an event, not an
        # actor); "Fiji could not sit at the Commonwealth table". "By Sue Eden" is the byline
        # (not an actor). Removed: the cut-off last fragment ("Tha").
    ],
    roles=[("Prime Minister", "helen_clark"), ("Commonwealth Secretary General", "don_mckinnon"),
           ("Fijian military ruler", "frank_bainimarama"), ("a former New Zealand foreign minister", "don_mckinnon"),
           ("the commodore", "frank_bainimarama"), ("Tonga's prime minister", "feleti_sevele"),
           ("the self-appointed Fijian prime minister", "frank_bainimarama")],
)

A["dev_4304_santos_maduro_capriles_planned"] = dict(
    actors={
        "juan_manuel_santos": ["Santos"],
        "nicolas_maduro": ["Nicolas Maduro", "President Maduro", "Maduro"],
        "henrique_capriles": ["Henrique Capriles", "Capriles"],
        "maria_angela_holguin": ["Maria Angela Holguin"],
        "hugo_chavez": ["Chavez"],
        "farc": ["FARC"],
    },
    meetings=[
        # "On Monday I will meet on the border with President Maduro", said "on Tuesday" (the
        # lead's "plan to meet next week", "confirmed the meeting": the same) -> planned,
        # 2013-07-22 (the Monday after Tuesday 2013-07-16), place null ("on the border"; "the
        # precise location had not yet been determined").
        M(["juan_manuel_santos", "nicolas_maduro"], "2013-07-22", None, IP, P,
          "\"On Monday I will meet on the border with President Maduro for a complete revision of the state of relations,\" Santos said in a message from his Twitter account on Tuesday."),
        # Santos's "meeting" with Capriles ("a diplomatic spat in May triggered by Santos'
        # meeting with Venezuela's main opposition leader"; "Capriles' visit to Colombia's
        # presidential palace") -> held, date null (May), Bogota (the presidential palace
        # resolved to its city, as White House -> Washington; see the notes).
        M(["juan_manuel_santos", "henrique_capriles"], None, "Bogota", IP, H,
          "Maduro was infuriated by what he called Santos' \"betrayal\" for meeting Henrique Capriles, who narrowly lost Venezuela's presidential election in April, and accused Santos of being part of a plot to overthrow him."),
        # Not rows: the peace talks "held in Cuba between the Colombian government and Marxist FARC
        # rebels" (negotiations of unnamed delegations); Holguin's remarks and Maduro's televised
        # broadcast (statements); "dialogue had continued" (unspecified). "Reuters" in the date
        # line and dateline is the agency credit (not an actor). Removed: the agency tag
        # "(Reporting by Helen Murphy, Nelson Bocanegra and Monica Garcia; Editing by Mohammad
        # Zargham)". Aliases and roles broken by the page's hard line breaks ("Juan Manuel /
        # Santos", "Hugo / Chavez", "Venezuela's main / opposition leader") are listed only in
        # their unbroken forms, or left out. Kept: the page's hard line breaks and its unfinished sentence "He did not
        # specify on which side of the border the meeting would take" (as on the page, not at
        # the end of the excerpt).
    ],
    roles=[("Colombian President", "juan_manuel_santos"), ("his Venezuelan counterpart", "nicolas_maduro"),
           ("Colombian Foreign Minister", "maria_angela_holguin"), ("late socialist President", "hugo_chavez")],
)

_TS = ("First up: A private meeting in the ornate Strom Thurmond Room with a bipartisan group of senators, including the Senate’s No. 2 Republican, John Cornyn of Texas and Senate Democratic Leader Harry Reid of Nevada.")
A["dev_4305_trudeau_obama_pelosi_washington"] = dict(
    actors={
        "barack_obama": ["President Barack Obama", "Barack Obama"],
        "justin_trudeau": ["Justin Trudeau", "Trudeau"],
        "white_house": ["White House"],
        "nancy_pelosi": ["Nancy Pelosi"],
        "john_cornyn": ["John Cornyn"],
        "harry_reid": ["Harry Reid"],
        "mitch_mcconnell": ["Mitch McConnell", "McConnell"],
        "paul_ryan": ["Paul Ryan"],
    },
    meetings=[
        # Caption: Obama "during his meeting with Canadian Prime Minister Justin Trudeau, Thursday,
        # March 10, 2016, in the Oval Office of the White House in Washington" (the "visit to the
        # White House on Thursday for a meeting with President Barack Obama and a state dinner":
        # the same pair, day and place -> one row) -> held, 2016-03-10, Washington.
        M(["barack_obama", "justin_trudeau"], "2016-03-10", "Washington", IP, H,
          "President Barack Obama smiles during his meeting with Canadian Prime Minister Justin Trudeau, Thursday, March 10, 2016, in the Oval Office of the White House in Washington."),
        # "A private meeting ... with a bipartisan group of senators, including ... John Cornyn
        # ... and ... Harry Reid" -> Trudeau with each, held, 2016-03-10 ("Thursday"),
        # Washington ("his tour of Washington with a visit to the Capitol"). Cornyn-Reid: two
        # hosts on the same side -> optional pair row.
        M(["justin_trudeau", "john_cornyn"], "2016-03-10", "Washington", IP, H, _TS),
        M(["justin_trudeau", "harry_reid"], "2016-03-10", "Washington", IP, H, _TS),
        M(["john_cornyn", "harry_reid"], "2016-03-10", "Washington", IP, H, _TS, False),
        # "where he met with House Democratic Leader Nancy Pelosi of California" (the 3:30 entry's
        # "is then scheduled ... to meet with ... Nancy Pelosi" is the same meeting, reported
        # later as held) -> held, 2016-03-10, Washington.
        M(["justin_trudeau", "nancy_pelosi"], "2016-03-10", "Washington", IP, H,
          "After a private meeting with a bipartisan group of senators Thursday, Trudeau walked to the House side of the Capitol, where he met with House Democratic Leader Nancy Pelosi of California."),
        # Not rows: McConnell "was scheduled to attend, but canceled" (did not take place); "is to
        # meet separately with House and Senate leaders" (the meetings above; otherwise unnamed);
        # "honored to meet with congressional leaders" (the same); Ryan "in his home state"
        # (no meeting). "AP Photo/Pablo Martinez Monsivais" is a photo credit (not an actor).
        # Removed: a counter line ("313"), the second copy of the photo caption (credited
        # "(Associated Press)") and the cut-off last entry ("3:10 p.m." / "Who would you rather
        # hang"). Kept: "iss" as on the page.
    ],
    roles=[("Canadian Prime Minister", "justin_trudeau"), ("House Democratic Leader", "nancy_pelosi"),
           ("the Senate’s No. 2 Republican", "john_cornyn"), ("Senate Democratic Leader", "harry_reid"),
           ("Senate Majority Leader", "mitch_mcconnell"), ("Speaker", "paul_ryan")],
)

A["dev_4306_modi_oli_swaraj_new_delhi"] = dict(
    actors={
        "narendra_modi": ["Narendra Modi", "@narendramodi", "Modi"],
        "k_p_sharma_oli": ["K P Oli", "KP Sharma Oli", "Oli"],
        "ministry_of_external_affairs_india": ["External Affairs Ministry"],
        "vikas_swarup": ["Vikas Swarup"],
        "sushma_swaraj": ["Swaraj"],
        "saarc": ["SAARC"],
    },
    meetings=[
        # "Prime Minister Narendra Modi today held comprehensive talks with his Nepalese
        # counterpart K P Oli" (the tweet "welcomes PM KP Sharma Oli at Hyderabad House", "the
        # talks", the ceremonial welcome "where Modi was also present": the same day and place)
        # -> held, 2016-02-20, New Delhi (dateline; "here").
        M(["narendra_modi", "k_p_sharma_oli"], "2016-02-20", "New Delhi", IP, H,
          "Prime Minister Narendra Modi today held comprehensive talks with his Nepalese counterpart K P Oli, who is on a six-day visit here, during which a range of issues of mutual interest, including trade and political situation in Nepal, figured."),
        # "Before the PM-level talks, Swaraj called on Oli" -> held, 2016-02-20, New Delhi.
        M(["sushma_swaraj", "k_p_sharma_oli"], "2016-02-20", "New Delhi", IP, H,
          "Before the PM-level talks, Swaraj called on Oli, during which he conveyed to her that Nepal is and will remain a \"reliable\" friend of India."),
        # Not rows: the ceremonial welcome at Rashtrapati Bhavan (no host named; Modi "present":
        # the Modi-Oli row); the "77-member delegation" (unnamed); Swarup's tweet and "official
        # sources" (statements). "Press Trust of India" is the agency credit at the top (not an
        # actor). Removed: an "Image" line and the cut-off last sentence ("Ties between the two
        # countries had soured ... opposing N"). Kept: "discuused", "devatasting" and the line
        # break inside "discuused reconstruction efforts in / Nepal" as on the page.
    ],
    roles=[("Prime Minister", "narendra_modi"), ("his Nepalese counterpart", "k_p_sharma_oli"),
           ("External Affairs Ministry spokesperson", "vikas_swarup")],
)

A["test_4307_oneill_key_gillard_rarotonga"] = dict(
    actors={
        "john_key": ["John Key"],
        "peter_oneill": ["Peter O'Neill", "Peter O’Neill", "O’Neill"],
        "pacific_islands_forum": ["Pacific Islands Forum", "PIF", "Forum"],
        "julia_gillard": ["Julia Gillard", "Gillard"],
        "pacific_islands_forum_secretariat": ["Pacific Islands Forum Secretariat"],
    },
    meetings=[
        # "O’Neill met NZ Prime Minister John Key this morning" (the lead's "met his Australian and
        # New Zealand counterparts today" and the caption: the same) -> held, 2012-08-30 (the
        # URL's date; "today"), Rarotonga ("Report – By Henry Yamo on Rarotonga").
        M(["peter_oneill", "john_key"], "2012-08-30", "Rarotonga", IP, H,
          "O’Neill met NZ Prime Minister John Key this morning for discussions which included progress on the LNG project in the Southern Highlands, the Sovereign Wealth Fund and the government’s five-year development priorities – health, education, law and order and infrastructure development."),
        # "O’Neill later met with Australian Prime Minister Julia Gillard" ("their meeting": the
        # same) -> held, 2012-08-30, Rarotonga. Separate bilaterals: no Key-Gillard row.
        M(["peter_oneill", "julia_gillard"], "2012-08-30", "Rarotonga", IP, H,
          "O’Neill later met with Australian Prime Minister Julia Gillard to discuss Forum perspectives, bilateral relations and asylum seekers."),
        # Not rows: the Pacific Islands Forum (multilateral); Gillard's press conference (a
        # statement). "Pacific Scoop" (the report's source header), "Henry Yamo" (byline),
        # "Henry Yamo/PMC" (photo credit) and "Rua" (an author tag) are not actors. Removed: the
        # cut-off last sentence ("While congratulating Gillard for the i"). Kept: the repeated
        # headline line, "PMs John Key - Peter O'Neill" and "2012 PIF logo" as on the page.
    ],
    roles=[("New Zealand Prime Minister", "john_key"), ("Papua New Guinean Prime Minister", "peter_oneill"),
           ("NZ Prime Minister", "john_key"), ("Australian Prime Minister", "julia_gillard")],
)

_KY = ("Japan's Prime Minister Fumio Kishida shakes hands with South Korean President Yoon Suk Yeol, right, as President Joe Biden, left, watches ahead of a trilateral meeting on the sidelines of the G7 Summit in Hiroshima, May 21, 2023.")
_BW = ("HIROSHIMA--U.S. President Joe Biden invited his Japanese and South Korean counterparts for another meeting in Washington, following on from their trilateral meeting on the sidelines of the Group of Seven (G7) summit, a senior U.S. official said.")
A["dev_4308_kishida_yoon_biden_hiroshima"] = dict(
    actors={
        "fumio_kishida": ["Fumio Kishida", "Kishida"],
        "yoon_suk_yeol": ["Yoon Suk Yeol", "Yoon"],
        "joe_biden": ["President Joe Biden", "Joe Biden", "Biden"],
        "g7": ["Group of Seven", "G7"],
        "white_house": ["White House"],
        "ministry_of_foreign_affairs_japan": ["Japan's foreign ministry"],
    },
    meetings=[
        # The trilateral meeting "on the sidelines of the G7 Summit in Hiroshima, May 21, 2023"
        # ("the meeting in Hiroshima, Japan, on Sunday") -> one row per pair, held, 2023-05-21,
        # Hiroshima. Kishida-Yoon: the trilateral and their bilateral "earlier in the day" are
        # the same pair, day and place -> one row, with the bilateral sentence as evidence.
        M(["joe_biden", "fumio_kishida"], "2023-05-21", "Hiroshima", IP, H, _KY),
        M(["joe_biden", "yoon_suk_yeol"], "2023-05-21", "Hiroshima", IP, H, _KY),
        M(["fumio_kishida", "yoon_suk_yeol"], "2023-05-21", "Hiroshima", IP, H,
          "Japanese Prime Minister Fumio Kishida and South Korean President Yoon Suk Yeol met bilaterally earlier in the day, their third meeting this year, as the East Asian neighbors improve ties to counter regional security threats."),
        # "Biden invited his Japanese and South Korean counterparts for another meeting in
        # Washington" -> a proposed three-leader meeting, planned, date null, Washington; one row
        # per pair, all optional (an invitation; no acceptance is reported).
        M(["joe_biden", "fumio_kishida"], None, "Washington", IP, P, _BW, False),
        M(["joe_biden", "yoon_suk_yeol"], None, "Washington", IP, P, _BW, False),
        M(["fumio_kishida", "yoon_suk_yeol"], None, "Washington", IP, P, _BW, False),
        # Not rows: "their third meeting this year" (a count); the G7 summit (multilateral); the
        # White House's and the foreign ministry's statements. "AP Photo" is a photo credit (not
        # an actor). Removed: the agency tag "REUTERS" above the date line and two related-link
        # teasers after the story ("Here is a collection of first-hand accounts ..." / "A peek
        # through the music industry’s curtain ...").
    ],
    roles=[("Japan's Prime Minister", "fumio_kishida"), ("South Korean President", "yoon_suk_yeol"),
           ("U.S. President", "joe_biden"), ("Japanese Prime Minister", "fumio_kishida")],
)

A["dev_4309_lula_itamaraty_delegations"] = dict(
    actors={
        "luiz_inacio_lula_da_silva": ["Luiz Inácio Lula da Silva", "President Lula", "Lula"],
        "workers_party_brazil": ["PT"],
        "alberto_fernandez": ["Alberto Fernández", "Fernández"],
        "jair_bolsonaro": ["Jair Bolsonaro"],
        "liberal_party_brazil": ["PL"],
        "luis_arce": ["Luis Arce Alberto Catacora"],
        "gabriel_boric": ["Gabriel Boric"],
        "marcelo_rebelo_de_sousa": ["Marcelo Rebelo de Sousa"],
        "wang_qishan": ["Wang Qishan"],
        "felipe_vi": ["Felipe VI"],
    },
    meetings=[
        # "this Monday (1/2)" Lula "received 11 foreign delegations at the Itamaraty Palace" ->
        # the named bilaterals below are held, 2023-01-02, Brasilia (the Itamaraty Palace
        # resolved to its city, as Bangabhaban -> Dhaka; the captions' meetings are the same
        # day's "bilateral meetings"; see the notes).
        # Fernández "told the press after the meeting" -> held.
        M(["luiz_inacio_lula_da_silva", "alberto_fernandez"], "2023-01-02", "Brasilia", IP, H,
          "“Argentina and Brazil are two indissolubly united countries, and no political moment can disturb that”, Fernández told the press after the meeting."),
        # "He also confirmed the official visit of the Brazilian representative to Buenos Aires,
        # on January 23rd" -> planned, 2023-01-23, Buenos Aires; optional (a visit to a city; a
        # meeting with Fernández is implied, not stated).
        M(["luiz_inacio_lula_da_silva", "alberto_fernandez"], "2023-01-23", "Buenos Aires", IP, P,
          "He also confirmed the official visit of the Brazilian representative to Buenos Aires, on January 23rd.", False),
        # Captions: Arce ("at the Itamaraty Palace"), Boric, Rebelo de Sousa, Wang Qishan ("Lula
        # meets Chinese delegation") -> held rows.
        M(["luiz_inacio_lula_da_silva", "luis_arce"], "2023-01-02", "Brasilia", IP, H,
          "Lula in a meeting with the President of Bolivia, Luis Arce Alberto Catacora, at the Itamaraty Palace"),
        M(["luiz_inacio_lula_da_silva", "gabriel_boric"], "2023-01-02", "Brasilia", IP, H,
          "squid bilateral encounters (1) Lula and Gabriel Boric, President of Chile"),
        M(["luiz_inacio_lula_da_silva", "marcelo_rebelo_de_sousa"], "2023-01-02", "Brasilia", IP, H,
          "Lula in conversation with Marcelo Rebelo de Sousa, President of Portugal"),
        M(["luiz_inacio_lula_da_silva", "wang_qishan"], "2023-01-02", "Brasilia", IP, H,
          "Lula meets Chinese delegation Vice President of China Wang Qishan"),
        # "In the morning, the Brazilian president opened the agenda with the King of Spain,
        # Felipe VI." -> held, 2023-01-02, Brasilia.
        M(["luiz_inacio_lula_da_silva", "felipe_vi"], "2023-01-02", "Brasilia", IP, H,
          "In the morning, the Brazilian president opened the agenda with the King of Spain, Felipe VI."),
        # Not rows: the other (unnamed) delegations of the eleven; Fernández's remarks to the
        # press (a statement). "Igo Estrela/Metrópoles" (photo credits) and "Advertising by
        # Metrópoles" (an ad line) are not actors. Removed: the tool's date prefix and the
        # cut-off last sentence ("Then he met with the president"). Kept: the run-together
        # caption block ("squid bilateral encounters", "PalaceIgo Estrela/Metrópoles", the ad
        # words inside it) as on the page.
    ],
    roles=[("The Brazilian representative", "luiz_inacio_lula_da_silva"), ("The president of Argentina", "alberto_fernandez"),
           ("the petista", "luiz_inacio_lula_da_silva"), ("the Argentine", "alberto_fernandez"),
           ("the President of Bolivia", "luis_arce"), ("President of Chile", "gabriel_boric"),
           ("President of Portugal", "marcelo_rebelo_de_sousa"), ("Vice President of China", "wang_qishan"),
           ("the Brazilian president", "luiz_inacio_lula_da_silva"), ("the King of Spain", "felipe_vi")],
)

A["dev_4310_prabowo_anwar_kuala_lumpur"] = dict(
    actors={
        "anwar_ibrahim": ["Anwar Ibrahim", "Anwar"],
        "asean": ["ASEAN"],
        "prabowo_subianto": ["Prabowo Subianto", "Prabowo"],
        "sugiono": ["Sugiono"],
        "teddy_indra_wijaya": ["Maj. Teddy Indra Wijaya", "Teddy Indra Wijaya"],
    },
    meetings=[
        # Prabowo "took a day trip to Kuala Lumpur on Thursday to meet with Malaysian Prime
        # Minister Anwar Ibrahim ... over lunch" ("the lunch", "both leaders’ scheduled
        # luncheon", "this meeting": the same) -> held, 2025-01-09, Kuala Lumpur.
        M(["prabowo_subianto", "anwar_ibrahim"], "2025-01-09", "Kuala Lumpur", IP, H,
          "resident Prabowo Subianto took a day trip to Kuala Lumpur on Thursday to meet with Malaysian Prime Minister Anwar Ibrahim and discuss both bilateral and regional issues over lunch as Malaysia marks the start of its chairmanship of ASEAN."),
        # Not rows: Sugiono and Teddy Indra Wijaya "accompanied" the President (no pair rows);
        # "Prabowo’s official presidential trip to Malaysia ... later this month" (a visit to a
        # country; no counterpart named); Anwar's social media post and the statements. Removed:
        # the site's feedback line after the story ("Share your experiences, suggestions ...").
        # Kept: "resident" (the page's dropped capital "P") as on the page; the excerpt opens with
        # the summary line before it.
    ],
    roles=[("Malaysian Prime Minister", "anwar_ibrahim"), ("The President", "prabowo_subianto"),
           ("Foreign Minister", "sugiono"), ("Cabinet Secretary", "teddy_indra_wijaya"),
           ("my best friend", "prabowo_subianto"), ("Indonesian President", "prabowo_subianto")],
)

A["test_4311_varadkar_sunak_granada"] = dict(
    actors={
        "leo_varadkar": ["LEO VARADKAR", "Varadkar"],
        "rishi_sunak": ["Rishi Sunak", "Sunak"],
        "european_union": ["EU"],
    },
    meetings=[
        # "has held a “constructive” bilateral meeting with British Prime Minister Rishi Sunak"
        # ("The leaders met at the two-day European Political Community Summit in Granada": the
        # same) -> held, date null (the day is not given; "two-day" summit), Granada.
        M(["leo_varadkar", "rishi_sunak"], None, "Granada", IP, H,
          "TAOISEACH LEO VARADKAR has held a “constructive” bilateral meeting with British Prime Minister Rishi Sunak at a special summit of European leaders in Spain."),
        # Not rows: "the second face-to-face meeting" (a count; the earlier one is not specified);
        # the European Political Community Summit (multilateral; an event, not an actor);
        # "agreed to stay in close contact" (no meeting); the government source and the Downing
        # Street spokesperson (statements; unnamed). Removed: the tool's date prefix and the
        # cut-off last sentence ("A formal con").
    ],
    roles=[("TAOISEACH", "leo_varadkar"), ("British Prime Minister", "rishi_sunak"),
           ("The Taoiseach", "leo_varadkar"), ("the Prime Minister", "rishi_sunak"),
           ("the Taoiseach", "leo_varadkar")],
)

_AH = ("The talks will be followed by Abe's meetings with President Hu Jintao and top legislator Wu Bangguo later Sunday.")
A["dev_4312_wen_abe_hu_beijing"] = dict(
    actors={
        "wen_jiabao": ["Wen Jiabao", "Wen"],
        "shinzo_abe": ["Shinzo Abe", "Abe"],
        "hu_jintao": ["Hu Jintao"],
        "wu_bangguo": ["Wu Bangguo"],
    },
    meetings=[
        # "Wen Jiabao and ... Shinzo Abe held their first talks in Beijing Sunday afternoon"
        # (the caption's welcome ceremony and "summit with Chinese leaders": the same day and
        # place) -> held, 2006-10-08, Beijing.
        M(["wen_jiabao", "shinzo_abe"], "2006-10-08", "Beijing", IP, H,
          "Chinese Premier Wen Jiabao and Japanese Prime Minister Shinzo Abe held their first talks in Beijing Sunday afternoon, following a welcoming ceremony in Abe's honor."),
        # "Abe's meetings with President Hu Jintao and top legislator Wu Bangguo later Sunday" ->
        # two planned rows (separate meetings; no Hu-Wu pair), 2006-10-08, Beijing.
        M(["shinzo_abe", "hu_jintao"], "2006-10-08", "Beijing", IP, P, _AH),
        M(["shinzo_abe", "wu_bangguo"], "2006-10-08", "Beijing", IP, P, _AH),
        # Not rows: "the dialogue between the leaders of the two countries" (general). "[Reuters]"
        # is a photo credit (not an actor). Removed: the agency tag "(Xinhua)", two repeated
        # image-title lines ("Wen Jiabao, Abe hold talks") and the second copy of the photo
        # caption. Kept: the sentence without a full stop ("... between China and Japan") as
        # on the page.
    ],
    roles=[("Chinese Premier", "wen_jiabao"), ("Japanese Prime Minister", "shinzo_abe"),
           ("President", "hu_jintao"), ("top legislator", "wu_bangguo")],
)
