"""Accuracy corpus, batch 21b: 12 new articles from the 2000s, 2010s and 2020s (four per decade),
chosen where sources.csv and the batch files were thinnest (region x decade cells counted over
sources.csv and the ARTICLES of every batch_*.py present before searching, 528 articles, batches
1-20b; batch 21a not counted). In these three decades no cell had fewer than 9 articles: in the
2000s Africa, Central Asia/Caucasus and Southeast Asia had 10, the other eight regions 9; in the
2010s Africa and the Middle East had 10, the other nine 9; in the 2020s Africa, the Middle East
and South Asia had 10, the other eight 9. All twelve picks went to 9-cells (Middle East, Latin
America, South Asia, North America 2000s; Western Europe, Central Asia/Caucasus, Southeast Asia,
East Asia 2010s; Central Asia/Caucasus, Oceania, Eastern Europe/Russia, North America 2020s), so
every picked cell goes from 9 to 10. Africa has no 9-cell in these decades (10 in each), so taking
it would have raised one of the thickest cells; the picks therefore cover ten of the eleven regions,
with North America (2000s and 2020s) and Central Asia/Caucasus (2010s and 2020s) twice. Nine
outlets are new to the corpus as sites: The Daily Star (Lebanon; a copy on familyd.net), Times of
Malta, The Washington Times, Asia-Plus (twice), The Irrawaddy, Korea JoongAng Daily, FBC News, N1
(its English Bosnian edition) and The San Diego Union-Tribune (an AP report); two are used outlets
(MercoPress; TwoCircles.net, here with an IANS report). Collected with the `search` tool (corpus
`pages`) and annotated from the texts alone, BEFORE the package was run on them (the package has
not been run on this batch). Conventions: ANNOTATION.md and /work/shared/ANNOTATION-GUIDE.md.
Notes: batch_21b_NOTES.md.

Split rule (fixed before annotating, as given in the brief for this batch, the same as batches
5a-20b): the articles are numbered 1..12 in the order they were first found in this session's
search results (the query in which each first appeared, then its rank in that query); positions 3,
7 and 11 are test, all others dev. Ids: `dev_41NN_<slug>` / `test_41NN_<slug>`, NN = collection
position (01..12).

M(participants, date, place, kind, status, evidence, required=True)
Evidence is the verbatim sentence (line breaks inside it replaced by single spaces).
Aliases are written as they stand in the text (typos included).
"""


from annotations import H, IP, M, P, PH, VID  # noqa: F401 (the same row helpers)

# (article_id, region, decade, outlet, url, published)
ARTICLES = [
    # Date line "Wednesday, February 21, 2007" (a Wednesday): "on Tuesday" = 2007-02-20. The page
    # is a copy of the Daily Star story on a Brazilian site (its Portuguese heading removed).
    ("dev_4101_hoss_siniora_berri_lahoud_beirut", "Middle East", "2000s", "The Daily Star (Lebanon), via familyd.net", "http://familyd.net/centrodeestudos/noticias.asp?materia=147", "2007-02-21"),
    # Date line "Monday, June 22nd 2009" (a Monday): "on Tuesday" = 2009-06-23 (the first day of a
    # two-day visit; no meeting is dated to it).
    ("dev_4102_bachelet_obama_washington_planned", "Latin America", "2000s", "MercoPress (en.mercopress.com)", "https://en.mercopress.com/2009/06/22/test-for-new-us-policy-chiles-bachelet-meets-president-obama", "2009-06-22"),
    # No date line in the excerpt; the URL has 2008jul16 (a Wednesday, the story's "Wednesday").
    ("test_4103_thinley_mukherjee_patil_new_delhi", "South Asia", "2000s", "TwoCircles.net (IANS)", "https://twocircles.net/2008jul16/bhutan_prime_minister_meets_sonia_pranab.html?p=90024", "2008-07-16"),
    # No date line in the excerpt; the URL has 20100813 (a Friday): "last Saturday" = 2010-08-07,
    # "yesterday" = 2010-08-12.
    ("dev_4104_gonzi_koussa_mahmudi_tripoli", "Western Europe", "2010s", "Times of Malta (timesofmalta.com)", "http://www.timesofmalta.com/articles/view/20100813/local/gaddafi-visit-may-wait-till-next-year.322237", "2010-08-13"),
    # Date line "Thursday, April 12, 2007": the leaders' statement of "last night" (Wednesday
    # 2007-04-11) says "on Wednesday" = the next Wednesday, 2007-04-18.
    ("dev_4105_bush_pelosi_reid_white_house_planned", "North America", "2000s", "The Washington Times (washingtontimes.com)", "https://www.washingtontimes.com/news/2007/apr/12/20070412-121631-1149r/", "2007-04-12"),
    # No date line in the excerpt; the URL has 20210624 (a Thursday): "yesterday" = 2021-06-23.
    ("dev_4106_rahmon_tokayev_mirziyoyev_calls", "Central Asia/Caucasus", "2020s", "Asia-Plus (asiaplustj.info)", "https://asiaplustj.info/en/news/tajikistan/politics/20210624/rahmon-has-telephone-conversations-with-his-kazakh-and-uzbek-counterparts-to-discuss-situation-in-afghanistan", "2021-06-24"),
    # No date line in the excerpt; the URL has 20180621, the text's "Thursday June 21".
    ("test_4107_rahmon_abdullah_dushanbe", "Central Asia/Caucasus", "2010s", "Asia-Plus (asiaplustj.info)", "https://asiaplustj.info/en/news/tajikistan/politics/20180621/tajik-president-meets-with-afghan-ceo-in-dushanbe-to-discuss-cooperation", "2018-06-21"),
    # Date line "30 May 2016" (a Monday); "On May 9" = 2016-05-09.
    ("dev_4108_don_suu_kyi_min_aung_hlaing_prayuth", "Southeast Asia", "2010s", "The Irrawaddy (irrawaddy.com)", "https://www.irrawaddy.com/news/burma/suu-kyi-to-visit-thailand-in-june.html", "2016-05-30"),
    # Date line "Published: 01 May. 2018" (a Tuesday): "last Friday" = 2018-04-27, "on Sunday" =
    # 2018-04-29. The excerpt starts after the article's lead (as returned).
    ("dev_4109_moon_abe_li_tokyo_planned", "East Asia", "2010s", "Korea JoongAng Daily (koreajoongangdaily.joins.com)", "https://koreajoongangdaily.joins.com/2018/05/01/politics/Moon-to-brief-Abe-Li-on-meeting-with-Kim/3047603.html", "2018-05-01"),
    # The search result's date is 2023-01-17 (a Tuesday): "yesterday" = 2023-01-16, "on Friday" =
    # 2023-01-20.
    ("dev_4110_rabuka_williams_maamau_planned", "Oceania", "2020s", "FBC News (fbcnews.com.fj)", "https://www.fbcnews.com.fj/news/pm-confident-of-new-opportunities-with-australia/", "2023-01-17"),
    # Date line "09.09.2021 11:15" (a Thursday): "Wednesday" = 2021-09-08.
    ("test_4111_schmidt_vucic_porfirije_belgrade", "Eastern Europe/Russia", "2020s", "N1 (ba.n1info.com, English)", "https://ba.n1info.com/english/news/high-rep-christian-schmidt-meets-serbian-president-and-patriarch-in-belgrade/", "2021-09-09"),
    # No date line in the excerpt; the URL has 2021-11-10 (a Wednesday, the story's "on
    # Wednesday"); "Nov. 18" = 2021-11-18.
    ("dev_4112_biden_trudeau_lopez_obrador_planned", "North America", "2020s", "The San Diego Union-Tribune (sandiegouniontribune.com; AP)", "https://www.sandiegouniontribune.com/news/nation-world/story/2021-11-10/biden-to-host-canadas-trudeau-lopez-obrador-at-white-house", "2021-11-10"),
]

A = {}

_HT = ("Hoss carried with him on Tuesday messages from Saudi Arabia and Syria to his meetings with Prime Minister Fouad Siniora, Speaker Nabih Berri and President Emile Lahoud.")
_HK = ("\"The talks with King Abdullah and President Bashar Assad were overall positive,\" Hoss told reporters following his meeting with Lahoud at Baabda Palace.")
A["dev_4101_hoss_siniora_berri_lahoud_beirut"] = dict(
    actors={
        "salim_hoss": ["Salim Hoss", "Hoss"],
        "fuad_siniora": ["Fouad Siniora"],
        "nabih_berri": ["Nabih Berri", "Berri"],
        "emile_lahoud": ["Emile Lahoud", "Lahoud"],
        "abdullah_bin_abdulaziz": ["King Abdullah"],
        "bashar_al_assad": ["Bashar Assad"],
    },
    meetings=[
        # "Hoss visited the country's top three leaders on Tuesday ... his meetings with Prime
        # Minister Fouad Siniora, Speaker Nabih Berri and President Emile Lahoud" -> three
        # separate visits (no pairs among the three hosts), held, 2007-02-20 (the Tuesday before
        # the Wednesday date line). Siniora and Berri: Beirut (the dateline; no venue is named);
        # Lahoud: Baabda ("his meeting with Lahoud at Baabda Palace", the palace resolved to its
        # town as Bangabhaban -> Dhaka).
        M(["salim_hoss", "fuad_siniora"], "2007-02-20", "Beirut", IP, H, _HT),
        M(["salim_hoss", "nabih_berri"], "2007-02-20", "Beirut", IP, H, _HT),
        M(["salim_hoss", "emile_lahoud"], "2007-02-20", "Baabda", IP, H, _HT),
        # "The talks with King Abdullah and President Bashar Assad" (on "his recent tripss to Saudi
        # Arabia and Syria") -> two held rows, date null ("recent"), places Saudi Arabia and
        # Syria (the countries of the trips; no city is given).
        M(["salim_hoss", "abdullah_bin_abdulaziz"], None, "Saudi Arabia", IP, H, _HK),
        M(["salim_hoss", "bashar_al_assad"], None, "Syria", IP, H, _HK),
        # Not rows: "Hoss is due to visit Iran next week" (no host named); "Hoss told reporters"
        # (press remarks); the Taif Accord (an agreement, not an actor). "By Rym Ghazal" and
        # "Daily Star staff" are the byline (not actors). Removed: the site's lines "Aqui você
        # pode listar notícias e atualidades." and "Tamanho da fonte", the site's Portuguese
        # heading and lead ("Importante encontro entre autoridades libanesas" / "Na última
        # terça-feira, ...") and the cut-off last sentence ("Asked if he was prepared to lead a
        # Cabinet in Lebanon or be the neutral minister, ... \"king\" minister in a"). Kept:
        # "tripss" as on the page.
    ],
    roles=[("Former Lebanese Prime Minister", "salim_hoss"), ("the Parliament speaker", "nabih_berri"),
           ("Speaker", "nabih_berri"), ("the former premier", "salim_hoss")],
)

_BO = ("Chilean president Michelle Bachelet begins on Tuesday an official two-day visit to the United States where she will be meeting with President Barack Obama at the White House, members of Congress and the Organization of American States Secretary General.")
_OB = ("The US president has only had private meetings with Mexico’s Felipe Calderón, in Mexico City, and Brazil’s Lula da Silva last March at the White House, although at the recent summit of the Americas, the US leader insisted in sitting at the same table next to Ms. Bachelet.")
A["dev_4102_bachelet_obama_washington_planned"] = dict(
    actors={
        "michelle_bachelet": ["Michelle Bachelet", "Bachelet", "Ms. Bachelet"],
        "barack_obama": ["Barack Obama", "Obama"],
        "white_house": ["White House"],
        "us_congress": ["Congress"],
        "organization_of_american_states": ["Organization of American States"],
        "mariano_fernandez": ["Mariano Fernandez", "Fernández"],
        "felipe_calderon": ["Felipe Calderón"],
        "luiz_inacio_lula_da_silva": ["Lula da Silva"],
    },
    meetings=[
        # "she will be meeting with President Barack Obama at the White House" (the headline
        # "Bachelet meets President Obama", "Both presidents will discuss", "the two leaders will
        # hold a private meeting followed by one with their task groups": the same visit) ->
        # planned, date null (a two-day visit from Tuesday 2009-06-23; the day of the meeting is
        # not given), Washington (White House).
        M(["michelle_bachelet", "barack_obama"], None, "Washington", IP, P, _BO),
        # "... and the Organization of American States Secretary General" (named by role only)
        # -> one-party planned row (Bachelet), date null, United States (the visit's country;
        # no city is given for it).
        M(["michelle_bachelet"], None, "United States", IP, P, _BO),
        # "private meetings with Mexico’s Felipe Calderón, in Mexico City, and Brazil’s Lula da
        # Silva last March at the White House" -> two held rows, date null ("last March" is a
        # month), Mexico City and Washington.
        M(["barack_obama", "felipe_calderon"], None, "Mexico City", IP, H, _OB),
        M(["barack_obama", "luiz_inacio_lula_da_silva"], None, "Washington", IP, H, _OB),
        # Not rows: "members of Congress" (unnamed); sitting "at the same table next to Ms.
        # Bachelet" at "the recent summit of the Americas" (a seat at a summit plenary, not a
        # meeting); "a brief release from the White House" and Fernández's remarks
        # (statements). Removed: the site header "MercoPress, en Español", the crawl-time line
        # "Montevideo, July 27th 2024 - 00:43 UTC", the link "Full article", the repeated copy of
        # the caption "The two presidents will address bilateral and hemispheric relations." and
        # the cut-off last sentence ("Ms Bachelet is trav"). Kept: "Latinamerica", "Fernandez" /
        # "Fernández" as on the page.
    ],
    roles=[("Chilean president", "michelle_bachelet"), ("Chilean Foreign Affairs minister", "mariano_fernandez"),
           ("The US president", "barack_obama"), ("the US leader", "barack_obama")],
)

_TP = ("Thinley called on President Pratibha Patil and Vice-President Hamid Ansari, and conveyed Thimphu’s keenness to strengthen the relationship, which has acquired a more contemporary character after India and Bhutan signed an updated version of the friendship treaty last year.")
_TS = ("The visiting Bhutanese leader also met Sonia Gandhi, chairman of the ruling United Progressive Alliance (UPA), and BJP’s prime ministerial hopeful and Leader of the Opposition L.K. Advani.")
A["test_4103_thinley_mukherjee_patil_new_delhi"] = dict(
    actors={
        "jigmi_yoeser_thinley": ["Lyonchen Jigmi Y. Thinley", "Jigmi Y. Thinley", "Thinley"],
        "pranab_mukherjee": ["Pranab Mukherjee"],
        "pratibha_patil": ["Pratibha Patil"],
        "hamid_ansari": ["Hamid Ansari"],
        "sonia_gandhi": ["Sonia Gandhi"],
        "united_progressive_alliance": ["United Progressive Alliance", "UPA"],
        "bharatiya_janata_party": ["BJP"],
        "l_k_advani": ["L.K. Advani"],
        "shivraj_patil": ["Shivraj Patil"],
        "manmohan_singh": ["Manmohan Singh"],
    },
    meetings=[
        # The state welcome on "Wednesday" came "before he began his meetings with key leaders":
        # the held meetings below are dated 2008-07-16 (the Wednesday of the URL; see the notes)
        # and placed in New Delhi (the dateline; "who is here").
        # "Thinley met External Affairs Minister Pranab Mukherjee" -> held.
        M(["jigmi_yoeser_thinley", "pranab_mukherjee"], "2008-07-16", "New Delhi", IP, H,
          "Thinley met External Affairs Minister Pranab Mukherjee and discussed an entire spectrum of issues that imbue bilateral ties with special character."),
        # "Thinley called on President Pratibha Patil and Vice-President Hamid Ansari" -> two calls
        # (two offices; no Patil-Ansari pair), held.
        M(["jigmi_yoeser_thinley", "pratibha_patil"], "2008-07-16", "New Delhi", IP, H, _TP),
        M(["jigmi_yoeser_thinley", "hamid_ansari"], "2008-07-16", "New Delhi", IP, H, _TP),
        # "also met Sonia Gandhi ... and ... L.K. Advani" -> two meetings (government and
        # opposition leaders; no Gandhi-Advani pair), held.
        M(["jigmi_yoeser_thinley", "sonia_gandhi"], "2008-07-16", "New Delhi", IP, H, _TS),
        M(["jigmi_yoeser_thinley", "l_k_advani"], "2008-07-16", "New Delhi", IP, H, _TS),
        # "In his meeting with Home Minister Shivraj Patil" -> held.
        M(["jigmi_yoeser_thinley", "shivraj_patil"], "2008-07-16", "New Delhi", IP, H,
          "In his meeting with Home Minister Shivraj Patil, he discussed ways to expand the ongoing cooperation in combating extremism and terrorism."),
        # "Thinley will meet Prime Minister Manmohan Singh before wrapping up his four-day visit to
        # India Thursday" -> planned, date null (before Thursday 2008-07-17; the day is not
        # given), New Delhi.
        M(["jigmi_yoeser_thinley", "manmohan_singh"], None, "New Delhi", IP, P,
          "Thinley will meet Prime Minister Manmohan Singh before wrapping up his four-day visit to India Thursday."),
        # Not rows: the "state welcome" and "ceremonial reception in the forecourt of Rashtrapati
        # Bhavan" (no host named); "official sources said". "By IANS," is the agency credit (not
        # an actor). Removed: the cut-off last sentence ("The two countries are proactively
        # collaborating ... more powe"). The excerpt has no headline (it opens with the credit);
        # none was made up.
    ],
    roles=[("democratically elected prime minister of the Himalayan country", "jigmi_yoeser_thinley"),
           ("External Affairs Minister", "pranab_mukherjee"), ("Vice-President", "hamid_ansari"),
           ("The visiting Bhutanese leader", "jigmi_yoeser_thinley"),
           ("chairman of the ruling United Progressive Alliance (UPA)", "sonia_gandhi"),
           ("BJP’s prime ministerial hopeful", "l_k_advani"), ("Leader of the Opposition", "l_k_advani"),
           ("Home Minister", "shivraj_patil"), ("Prime Minister", "manmohan_singh")],
)

_GK = ("The Prime Minister met Foreign Affairs Minister Moussa Koussa as well as Prime Minister Baghadadi al-Mahmudi, and they discussed issues like visas, immigration and investment.")
A["dev_4104_gonzi_koussa_mahmudi_tripoli"] = dict(
    actors={
        "muammar_gaddafi": ["Muammar Gaddafi", "Col. Gaddafi"],
        "lawrence_gonzi": ["Lawrence Gonzi", "Dr Gonzi", "Gonzi"],
        "times_of_malta": ["The Times"],
        "saadun_ismail_suayeh": ["Saadun Ismail Suayeh"],
        "corinthia": ["Corinthia"],
        "joseph_muscat": ["Joseph Muscat"],
        "moussa_koussa": ["Moussa Koussa"],
        "baghdadi_al_mahmudi": ["Baghadadi al-Mahmudi"],
    },
    meetings=[
        # "The Prime Minister met Foreign Affairs Minister Moussa Koussa as well as Prime Minister
        # Baghadadi al-Mahmudi" -> Gonzi with each (no Koussa-Mahmudi pair: the same side), held,
        # date null (during "a short weekend visit" / "short weekend stay" in Libya; the visit is
        # dated "last Saturday", 2010-08-07, but a weekend stay may cover two days: see the
        # notes), Tripoli ("a short weekend visit to Tripoli").
        M(["lawrence_gonzi", "moussa_koussa"], None, "Tripoli", IP, H, _GK),
        M(["lawrence_gonzi", "baghdadi_al_mahmudi"], None, "Tripoli", IP, H, _GK),
        # "opposition leader Joseph Muscat met with the Libyan leader in Tripoli" -> held, date
        # null ("days" before the weekend stay), Tripoli.
        M(["joseph_muscat", "muammar_gaddafi"], None, "Tripoli", IP, H,
          "Dr Gonzi did not meet Col. Gaddafi during his short weekend stay, which took place days after opposition leader Joseph Muscat met with the Libyan leader in Tripoli."),
        # Not rows: "Dr Gonzi did not meet Col. Gaddafi" (a meeting that did not take place);
        # Gaddafi's visit to Malta, put off and now foreseen "early next year during a scheduled
        # meeting between 10 Mediterranean countries" (a visit to a country and a multilateral
        # meeting; no bilateral meeting is stated); "when Dr Gonzi visited Tripoli in June" and
        # "The Prime Minister visited Libya last Saturday ... to see Palm City" (no host named);
        # Gonzi "told The Times", Suayeh "confirmed", the Foreign Affairs Minister's
        # "announcement" (statements). The Five plus Five is a meeting format (not an actor).
        # Removed: the cut-off last sentence ("There was no mention, however, of the plans by").
        # The excerpt has no headline; none was made up.
    ],
    roles=[("Libyan leader", "muammar_gaddafi"), ("The freshly-appointed ambassador to Malta", "saadun_ismail_suayeh"),
           ("the new ambassador", "saadun_ismail_suayeh"), ("The Prime Minister", "lawrence_gonzi"),
           ("opposition leader", "joseph_muscat"), ("the Libyan leader", "muammar_gaddafi"),
           ("Foreign Affairs Minister", "moussa_koussa")],
)

_PW = ("“We will be at the White House on Wednesday to talk with the president,” House Speaker Nancy Pelosi and Senate Majority Leader Harry Reid said in a joint statement released last night.")
A["dev_4105_bush_pelosi_reid_white_house_planned"] = dict(
    actors={
        "george_w_bush": ["Bush", "Mr. Bush"],
        "white_house": ["White House"],
        "nancy_pelosi": ["Nancy Pelosi", "Mrs. Pelosi", "Pelosi"],
        "harry_reid": ["Harry Reid", "Mr. Reid", "Reid"],
        "jim_manley": ["Jim Manley"],
        "us_congress": ["Congress"],
        "dana_perino": ["Dana Perino"],
        "the_washington_times": ["The Washington Times"],
    },
    meetings=[
        # "We will be at the White House on Wednesday to talk with the president" (the accepted
        # "offer to discuss the war-funding standoff", "the regularly scheduled Wednesday meeting
        # with congressional leaders", "The meeting on Wednesday": the same) -> planned,
        # 2007-04-18 (the Wednesday after the statement of Wednesday night 2007-04-11),
        # Washington (White House). Bush with each leader: required.
        M(["george_w_bush", "nancy_pelosi"], "2007-04-18", "Washington", IP, P, _PW),
        M(["george_w_bush", "harry_reid"], "2007-04-18", "Washington", IP, P, _PW),
        # Pelosi-Reid: both go as guests on the same side -> optional pair row.
        M(["nancy_pelosi", "harry_reid"], "2007-04-18", "Washington", IP, P, _PW, False),
        # Not rows: "proposing meetings on their own turf" (proposals, not accepted); Reid who
        # "balked" and "would rebuff offers to talk", Pelosi "declining Mr. Bush's invitation"
        # earlier in the day (refusals, later withdrawn; the meeting itself is the row above);
        # the other "congressional leaders" (unnamed); Perino "told The Washington Times" (an
        # interview); the joint statement (a statement). Removed: the cut-off last sentence
        # ("Yesterday’s confu"). Kept: the date line "- The Washington Times - Thursday, April 12,
        # 2007" as on the page (the outlet's name in it is not an actor; the one cited in the
        # body is). The excerpt has no headline; none was made up.
    ],
    roles=[("House Speaker", "nancy_pelosi"), ("Senate Majority Leader", "harry_reid"),
           ("the Nevada Democrat", "harry_reid"), ("Reid spokesman", "jim_manley"),
           ("California Democrat", "nancy_pelosi"), ("the president", "george_w_bush"),
           ("White House deputy press secretary", "dana_perino")],
)

A["dev_4106_rahmon_tokayev_mirziyoyev_calls"] = dict(
    actors={
        "emomali_rahmon": ["Emomali Rahmon", "Rahmon"],
        "kassym_jomart_tokayev": ["Kassym-Jomart Kemeluly Tokayev", "Kassym-Jomart Tokayev", "Tokayev"],
        "shavkat_mirziyoyev": ["Shavkat Mirziyoyev", "Mirziyoyev"],
    },
    meetings=[
        # "Rahmon yesterday had telephone conversation with his Kazakh and Uzbek counterparts"
        # (named in the next paragraphs: Tokayev; Mirziyoyev "On the same day") -> two phone
        # calls, held, 2021-06-23 (the day before the URL's 2021-06-24), place null.
        M(["emomali_rahmon", "kassym_jomart_tokayev"], "2021-06-23", None, PH, H,
          "Tajik President Emomali Rahmon yesterday had telephone conversation with his Kazakh and Uzbek counterparts to discuss the latest developments in northern provinces of Afghanistan, which border Central Asia’s nations, according to the Tajik president’s official website."),
        M(["emomali_rahmon", "shavkat_mirziyoyev"], "2021-06-23", None, PH, H,
          "On the same day, Tajik leader discussed the current military and political situation in neighboring Afghanistan also discussed by phone with Uzbek President Shavkat Mirziyoyev."),
        # "the results of recent official visit of Kazakh President Kassym-Jomart Tokayev to
        # Tajikistan ... agreements reached during the Dushanbe talks" -> an earlier in-person
        # meeting of the same pair, held, date null ("recent"), Dushanbe.
        M(["emomali_rahmon", "kassym_jomart_tokayev"], None, "Dushanbe", IP, H,
          "Rahmon and Tokayev also exchanged views on the results of recent official visit of Kazakh President Kassym-Jomart Tokayev to Tajikistan and highly appraised agreements reached during the Dushanbe talks, the Tajik president’s official website."),
        # Not rows: "coordination between the relevant agencies" (unnamed); "the Tajik
        # president’s official website" (a website, not an actor). Removed: the last paragraph,
        # which was the cut-off last sentence ("Meanwhile, Afghan media reports say Afghan
        # President Ashraf Ghani yesterday evening left Kabul for a two-day visit to Washington
        # where he will meet US President Joe Biden, ... the Presi"; so Ghani and Biden are not
        # in the text); whitespace only: trailing spaces after eight paragraphs. Kept: the
        # caption line "Uzbek President Shavkat Mirziyoyev." and the sentence without a verb
        # ("..., the Tajik president’s official website.") as on the page. The excerpt has no
        # headline; none was made up.
    ],
    roles=[("Tajik President", "emomali_rahmon"), ("Kazakh President", "kassym_jomart_tokayev"),
           ("Tajik leader", "emomali_rahmon"), ("Uzbek President", "shavkat_mirziyoyev")],
)

_AH = ("Dr. Abdullah also held meetings with Pakistan President Mamnoon Hussain and Turkmen President Gurbanguly Berdimuhammedov in Dushanbe on the sideline of the international high-level conference on water.")
A["test_4107_rahmon_abdullah_dushanbe"] = dict(
    actors={
        "emomali_rahmon": ["Emomali Rahmon", "Rahmon"],
        "abdullah_abdullah": ["Dr. Abdullah Abdullah", "Abdullah Abdullah", "Dr. Abdullah", "Abdullah"],
        "mamnoon_hussain": ["Mamnoon Hussain"],
        "gurbanguly_berdimuhamedov": ["Gurbanguly Berdimuhammedov"],
        "northern_alliance": ["Northern Alliance"],
        "ahmad_shah_massoud": ["Ahmad Shah Massoud"],
        "government_of_afghanistan": ["Government of Afghanistan"],
    },
    meetings=[
        # "On Thursday June 21, Tajik President Emomali Rahmon met here with Dr. Abdullah
        # Abdullah" ("Rahmon and Abdullah discussed", "In the course of the talks": the same) ->
        # held, 2018-06-21 (day and month, the year of publication; a Thursday), Dushanbe
        # ("here"; Abdullah "arrived in Dushanbe").
        M(["emomali_rahmon", "abdullah_abdullah"], "2018-06-21", "Dushanbe", IP, H,
          "On Thursday June 21, Tajik President Emomali Rahmon met here with Dr. Abdullah Abdullah, the Chief Executive of the Islamic Republic of Afghanistan, who arrived in Dushanbe to attend the International High-Level Conference on International Decade for Action, “Water for Sustainable Development, 2018-2028.”"),
        # "Dr. Abdullah also held meetings with Pakistan President Mamnoon Hussain and Turkmen
        # President Gurbanguly Berdimuhammedov in Dushanbe on the sideline" -> two sideline
        # meetings (no Hussain-Berdimuhamedov pair), held, date null (the day is not given),
        # Dushanbe.
        M(["abdullah_abdullah", "mamnoon_hussain"], None, "Dushanbe", IP, H, _AH),
        M(["abdullah_abdullah", "gurbanguly_berdimuhamedov"], None, "Dushanbe", IP, H, _AH),
        # Not rows: the water conference (multilateral); "members of the Afghan delegation"
        # (unnamed); Abdullah "working as an adviser to Ahmad Shah Massoud" (a past post, not a
        # meeting); "the Tajik president's official website" (a website). Removed: the cut-off
        # last sentence ("The extra-constitutional post was created in September 2014 following
        # the disputes that aros"). Kept: "translational crime" and "Berdimuhammedov" as on the
        # page. The excerpt has no headline; none was made up.
    ],
    roles=[("Tajik President", "emomali_rahmon"),
           ("the Chief Executive of the Islamic Republic of Afghanistan", "abdullah_abdullah"),
           ("Tajik leader", "emomali_rahmon"), ("Pakistan President", "mamnoon_hussain"),
           ("Turkmen President", "gurbanguly_berdimuhamedov"), ("an Afghan politician", "abdullah_abdullah")],
)

_DP = ("On May 9, Thai Foreign Minister Don Pramudwinai visited Burma and met with Suu Kyi and Htin Kyaw, a confidant of the NLD leader who effectively serves as her proxy due to constitutional restrictions barring her from the presidency.")
_MP = ("During his visit, Min Aung Hlaing also met with Thai Prime Minister Prayuth Chan-ocha and Defense Minister Prawit Wongsuwan.")
A["dev_4108_don_suu_kyi_min_aung_hlaing_prayuth"] = dict(
    actors={
        "aung_san_suu_kyi": ["Aung San Suu Kyi", "Suu Kyi"],
        "presidents_office_burma": ["President’s Office"],
        "zaw_htay": ["Zaw Htay"],
        "htin_kyaw": ["Htin Kyaw"],
        "national_league_for_democracy": ["National League for Democracy", "NLD"],
        "asean": ["Asean"],
        "don_pramudwinai": ["Don Pramudwinai"],
        "burma_army": ["Burma Army"],
        "min_aung_hlaing": ["Snr-Gen Min Aung Hlaing", "Min Aung Hlaing"],
        "royal_thai_army": ["Royal Thai Army"],
        "sommai_kaotira": ["Sommai Kaotira"],
        "prayut_chan_o_cha": ["Prayuth Chan-ocha", "Prayuth"],
        "prawit_wongsuwan": ["Prawit Wongsuwan"],
    },
    meetings=[
        # "On May 9, Thai Foreign Minister Don Pramudwinai visited Burma and met with Suu Kyi and
        # Htin Kyaw" -> Don with each (no Suu Kyi-Htin Kyaw pair: the same side), held,
        # 2016-05-09 (day and month, the year of publication), Burma (no city is given).
        M(["don_pramudwinai", "aung_san_suu_kyi"], "2016-05-09", "Burma", IP, H, _DP),
        M(["don_pramudwinai", "htin_kyaw"], "2016-05-09", "Burma", IP, H, _DP),
        # "Min Aung Hlaing visited Thailand for three days at the invitation of the chief of the
        # Royal Thai Army, Sommai Kaotira" -> held, date null ("Last week"), Thailand; optional
        # (a visit at the host's invitation; a meeting with him is implied, not stated).
        M(["min_aung_hlaing", "sommai_kaotira"], None, "Thailand", IP, H,
          "Last week, Burma Army chief Snr-Gen Min Aung Hlaing visited Thailand for three days at the invitation of the chief of the Royal Thai Army, Sommai Kaotira.", False),
        # "During his visit, Min Aung Hlaing also met with Thai Prime Minister Prayuth Chan-ocha and
        # Defense Minister Prawit Wongsuwan" -> two held rows (no Prayuth-Prawit pair: the same
        # side), date null ("Last week"), Thailand.
        M(["min_aung_hlaing", "prayut_chan_o_cha"], None, "Thailand", IP, H, _MP),
        M(["min_aung_hlaing", "prawit_wongsuwan"], None, "Thailand", IP, H, _MP),
        # Not rows: Suu Kyi "will visit Thailand in June" (a visit to a country; no host or
        # counterpart is named) and whether Htin Kyaw "would join Suu Kyi on the trip" (members
        # of the same delegation); "Htin Kyaw and Suu Kyi flew to Laos" and "Htin Kyaw went to
        # Russia for the 20-year anniversary of the Asean-Russia relationship" (no host named; an
        # anniversary event); Zaw Htay "confirmed" and "inside sources said" (statements); "the
        # Thai junta" (not a named organisation). "By The Irrawaddy" is the byline (not an
        # actor). Removed: the last paragraph, a fragment ("Millions of Burmese have sought work
        # in Thailand over the").
    ],
    roles=[("Burma’s state counselor and foreign minister", "aung_san_suu_kyi"),
           ("the office’s spokesperson", "zaw_htay"), ("Burma’s president", "htin_kyaw"),
           ("Thai Foreign Minister", "don_pramudwinai"), ("a confidant of the NLD leader", "htin_kyaw"),
           ("the NLD leader", "aung_san_suu_kyi"), ("Burma Army chief", "min_aung_hlaing"),
           ("the chief of the Royal Thai Army", "sommai_kaotira"), ("Thai Prime Minister", "prayut_chan_o_cha"),
           ("Defense Minister", "prawit_wongsuwan")],
)

_MT = ("In Tokyo, President Moon is expected to share details of the summit with Japanese Prime Minister Shinzo Abe and Chinese Premier Li Keqiang and seek opinions from them.")
A["dev_4109_moon_abe_li_tokyo_planned"] = dict(
    actors={
        "moon_jae_in": ["President Moon", "Moon"],
        "shinzo_abe": ["Shinzo Abe", "Prime Minister Abe", "Abe"],
        "li_keqiang": ["Li Keqiang", "Li"],
        "kim_jong_un": ["Kim Jong-un", "Kim"],
        "lee_myung_bak": ["Lee Myung-bak"],
        "park_geun_hye": ["Park Geun-hye"],
        "blue_house": ["Blue House"],
        "kim_eui_kyeom": ["Kim Eui-kyeom"],
        "donald_trump": ["Donald Trump", "Trump"],
    },
    meetings=[
        # "In Tokyo, President Moon is expected to share details of the summit with Japanese Prime
        # Minister Shinzo Abe and Chinese Premier Li Keqiang" (the headline "Moon to brief Abe,
        # Li", "The three leaders", "the trilateral meeting": the same) -> a three-leader meeting,
        # one row per pair: Moon-Li and Abe-Li here (Moon-Abe below), planned, date null (the
        # day is not in the excerpt), Tokyo.
        M(["moon_jae_in", "li_keqiang"], None, "Tokyo", IP, P, _MT),
        M(["shinzo_abe", "li_keqiang"], None, "Tokyo", IP, P, _MT),
        # "Following the trilateral meeting, Moon is scheduled to have a bilateral meeting and
        # luncheon with Abe" -> planned, date null, Tokyo. One Moon-Abe row for the trilateral and
        # the bilateral sessions (the same pair, day and place; see the notes).
        M(["moon_jae_in", "shinzo_abe"], None, "Tokyo", IP, P,
          "Following the trilateral meeting, Moon is scheduled to have a bilateral meeting and luncheon with Abe to further discuss the North’s denuclearization and strengthening ties between Seoul and Tokyo."),
        # "During Moon’s meeting with North Korean leader Kim Jong-un last Friday" -> held,
        # 2018-04-27 (the Friday before the Tuesday date line), place null (no place in the
        # excerpt; the "Panmunjom Declaration" names a document, not the venue).
        M(["moon_jae_in", "kim_jong_un"], "2018-04-27", None, IP, H,
          "During Moon’s meeting with North Korean leader Kim Jong-un last Friday, the two leaders signed a declaration agreeing to work toward denuclearization and signing peace treaty to formally end the 1950-53 Korean War and close decades of hostility."),
        # "President Moon and Prime Minister Abe had a 45-minute phone conversation on Sunday" ->
        # held, phone, 2018-04-29, place null.
        M(["moon_jae_in", "shinzo_abe"], "2018-04-29", None, PH, H,
          "President Moon and Prime Minister Abe had a 45-minute phone conversation on Sunday about the inter-Korean summit."),
        # "Moon is expected to fly to Washington to meet with Trump" -> planned, date null,
        # Washington.
        M(["moon_jae_in", "donald_trump"], None, "Washington", IP, P,
          "After the meeting in Tokyo, Moon is expected to fly to Washington to meet with Trump and brief him on the inter-Korean summit."),
        # "an upcoming summit between Kim and U.S. President Donald Trump, for which a date and
        # venue have yet to be determined" -> planned, date and place null.
        M(["kim_jong_un", "donald_trump"], None, None, IP, P,
          "They will also likely discuss an upcoming summit between Kim and U.S. President Donald Trump, for which a date and venue have yet to be determined."),
        # Not rows: "The last was made by Lee Myung-bak in December 2011" and Park Geun-hye "never
        # made a trip to Japan" (trips with no host named; one that did not take place); Kim's
        # message that "he was willing to talk with the Japanese leader any time" (a wish, no
        # meeting); the Blue House spokesman's and the Blue House's remarks (statements).
        # Removed: the cut-off last word ("The"). The excerpt starts after the article's lead
        # (the stored text is the excerpt as returned).
    ],
    roles=[("Moon’s immediate predecessor", "park_geun_hye"), ("the Blue House’s spokesman", "kim_eui_kyeom"),
           ("North Korean leader", "kim_jong_un"), ("Japanese Prime Minister", "shinzo_abe"),
           ("Chinese Premier", "li_keqiang"), ("U.S. President", "donald_trump"),
           ("the Japanese leader", "shinzo_abe")],
)

A["dev_4110_rabuka_williams_maamau_planned"] = dict(
    actors={
        "australian_high_commission_fiji": ["Australian High Commission"],
        "john_williams_australian_high_commission": ["John Williams", "Williams"],
        "sitiveni_rabuka": ["Sitiveni Rabuka", "Rabuka"],
        "australian_government": ["Australian Government"],
        "anthony_albanese": ["Anthony Albanese", "Albanese"],
        "pacific_islands_forum": ["Pacific Islands Forum", "PIF"],
        "taneti_maamau": ["Taneti Maamau"],
    },
    meetings=[
        # "an introductory call from Australian High Commission’s Chargé d’affaires John Williams
        # yesterday" ("Rabuka thanked Williams and his team for the opportunity to discuss": the
        # same; the caption shows the two together) -> held, in person (a courtesy call, not a
        # phone call: see the notes), 2023-01-16 (the day before the result's date 2023-01-17),
        # Fiji (no venue is given).
        M(["sitiveni_rabuka", "john_williams_australian_high_commission"], "2023-01-16", "Fiji", IP, H,
          "Rabuka highlighted this following an introductory call from Australian High Commission’s Chargé d’affaires John Williams yesterday."),
        # "He also thanked Albanese for the invitation to visit Canberra this year, saying he looks
        # forward to taking up the offer" -> planned, date null ("this year"), Canberra;
        # optional (an accepted invitation to visit a city; a meeting with Albanese is implied,
        # not stated).
        M(["sitiveni_rabuka", "anthony_albanese"], None, "Canberra", IP, P,
          "He also thanked Albanese for the invitation to visit Canberra this year, saying he looks forward to taking up the offer to further strengthen the levels of cooperation and friendship.", False),
        # "he intends to travel to Kiribati to meet Kiribati’s President, Taneti Maamau, for
        # bilateral discussions on Friday" -> planned, 2023-01-20, Kiribati (no city is given).
        M(["sitiveni_rabuka", "taneti_maamau"], "2023-01-20", "Kiribati", IP, P,
          "In doing so, he intends to travel to Kiribati to meet Kiribati’s President, Taneti Maamau, for bilateral discussions on Friday."),
        # Not rows: Rabuka "commended" Albanese and "conveyed his heartfelt appreciation to the
        # Australian Government" (statements); "to bring Kiribati back to the PIF family" (a
        # country and an organisation). "[Source: Fiji Government/ Facebook]" is the photo credit
        # (not an actor). Removed: the search tool's " date 2023-01-17" prefix; whitespace only:
        # two runs of three empty lines (left by removed page blocks) reduced to one. Kept: the
        # caption's "d'affaires" and the body's "d’affaires" as on the page. The excerpt has no
        # headline (it opens with the photo caption); none was made up.
    ],
    roles=[("Australian High Commission’s Chargé d’affaires", "john_williams_australian_high_commission"),
           ("Australian Prime Minister", "anthony_albanese"),
           ("the new Chair for the Pacific Islands Forum", "sitiveni_rabuka"),
           ("Kiribati’s President", "taneti_maamau")],
)

A["test_4111_schmidt_vucic_porfirije_belgrade"] = dict(
    actors={
        "christian_schmidt": ["Christian Schmidt", "Schmidt"],
        "aleksandar_vucic": ["Aleksandar Vucic", "Vucic"],
        "porfirije": ["Profirije", "Porfirije"],
        "serbian_orthodox_church": ["Serbian Orthodox Church"],
    },
    meetings=[
        # "Schmidt met Wednesday with Serbian President Aleksandar Vucic and Patriarch of the
        # Serbian Orthodox Church Profirije" (the headline "meets Serbian President and Patriarch
        # in Belgrade"; "the meeting with Vucic"; "also used this opportunity to meet with ...
        # Porfirije": the second meeting described separately) -> two held rows (no
        # Vucic-Porfirije pair), 2021-09-08 (the Wednesday before the Thursday date line),
        # Belgrade (the headline; "During his visit to Belgrade").
        M(["christian_schmidt", "aleksandar_vucic"], "2021-09-08", "Belgrade", IP, H,
          "International Community’s High Representative to BiH Christian Schmidt met Wednesday with Serbian President Aleksandar Vucic and Patriarch of the Serbian Orthodox Church Profirije during his official visit to this country."),
        M(["christian_schmidt", "porfirije"], "2021-09-08", "Belgrade", IP, H,
          "High Representative Christian Schmidt also used this opportunity to meet with His Holiness, Patriarch of the Serbian Orthodox Church, Porfirije."),
        # Not rows: "It was agreed they will remain in contact" (no specific contact); Vucic
        # "praised Schmidt on several occasions" and "Schmidt’s statements" (statements).
        # "Source: Facebook/Aleksandar Vučić" (photo credit) and "Source : OHR" (source credit)
        # are credits, not actors. Removed: the site's comment heading "Vaš komentar". Kept:
        # "Profirije" (the first spelling) as on the page.
    ],
    roles=[("High Rep", "christian_schmidt"),
           ("International Community’s High Representative to BiH", "christian_schmidt"),
           ("Serbian President", "aleksandar_vucic"), ("Patriarch of the Serbian Orthodox Church", "porfirije"),
           ("His Holiness", "porfirije"), ("the High Representative", "christian_schmidt"),
           ("the Patriarch", "porfirije")],
)

_BS = ("The White House on Wednesday announced plans for the Nov. 18 summit with Canadian Prime Minister Justin Trudeau and Mexican President Andrés Manuel López Obrador, billing the return of the trilateral meeting as a chance for the countries to “revitalize our leadership.”")
_BV = ("Biden held separate virtual meetings with Trudeau in February and López Obrador in March.")
A["dev_4112_biden_trudeau_lopez_obrador_planned"] = dict(
    actors={
        "joe_biden": ["Joe Biden", "Biden"],
        "justin_trudeau": ["Justin Trudeau", "Trudeau"],
        "andres_manuel_lopez_obrador": ["Andrés Manuel López Obrador", "López Obrador"],
        "white_house": ["White House"],
        "donald_trump": ["Donald Trump", "Trump"],
        "kamala_harris": ["Kamala Harris"],
        "marcelo_ebrard": ["Marcelo Ebrard"],
    },
    meetings=[
        # "plans for the Nov. 18 summit with Canadian Prime Minister Justin Trudeau and Mexican
        # President Andrés Manuel López Obrador" (the headline "Biden to host ... at White
        # House", "face-to-face talks with his fellow North American leaders next week in
        # Washington", "the trilateral meeting", "the upcoming meeting": the same) -> a
        # three-leader meeting, one row per pair, planned, 2021-11-18 (day and month, the year
        # of publication), Washington.
        M(["joe_biden", "justin_trudeau"], "2021-11-18", "Washington", IP, P, _BS),
        M(["joe_biden", "andres_manuel_lopez_obrador"], "2021-11-18", "Washington", IP, P, _BS),
        M(["justin_trudeau", "andres_manuel_lopez_obrador"], "2021-11-18", "Washington", IP, P, _BS),
        # "Biden held separate virtual meetings with Trudeau in February and López Obrador in
        # March" -> two held video rows, date null (months), place null.
        M(["joe_biden", "justin_trudeau"], None, None, VID, H, _BV),
        M(["joe_biden", "andres_manuel_lopez_obrador"], None, None, VID, H, _BV),
        # "The Mexican leader also hosted Vice President Kamala Harris in Mexico City in June" ->
        # held, date null (month), Mexico City.
        M(["andres_manuel_lopez_obrador", "kamala_harris"], None, "Mexico City", IP, H,
          "The Mexican leader also hosted Vice President Kamala Harris in Mexico City in June."),
        # Not rows: "President Donald Trump ... didn’t host such talks" (meetings that did not
        # take place); the caption's COP26 summit in Glasgow (a summit; no meeting); "The White
        # House said" and Ebrard "said" (statements). "(AP Photo/Alberto Pezzali)" is the photo
        # credit (not an actor); the COP26 summit is an event (not an actor). Removed: the last
        # paragraph, a fragment of a quotation cut off in its third sentence ("“Where are we
        # going? What do we have to do together? How do we achieve our common ob"); whitespace
        # only: a run of two empty lines reduced to one.
    ],
    roles=[("Canada's Prime Minister", "justin_trudeau"), ("Canadian Prime Minister", "justin_trudeau"),
           ("Mexican President", "andres_manuel_lopez_obrador"), ("The Mexican leader", "andres_manuel_lopez_obrador"),
           ("Vice President", "kamala_harris"), ("Mexico Foreign Affairs Secretary", "marcelo_ebrard")],
)
