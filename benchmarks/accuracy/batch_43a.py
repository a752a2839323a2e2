"""Accuracy corpus, batch 43a: 12 new articles about meetings between political actors, all
published in ODD years (another helper takes even years), from the 1960s, 1980s, 1990s, 2000s,
2010s and 2020s (1960s: one, 1980s: two, 1990s: two, 2000s: two, 2010s: three, 2020s: two; five
of the twelve from before 2000, as the brief asked), over eleven regions (Africa: two; Latin
America, Middle East, East Asia, Central Asia/Caucasus, South Asia, Oceania, North America,
Eastern Europe/Russia, Southeast Asia, Western Europe: one each). Outlets/sites: China
Development Gateway (en.chinagate.cn, carrying Xinhua), National Yemen, the Orlando Sentinel
(archive, carrying The New York Times), the Heydar Aliyev Heritage library (lib.aliyevheritage.org,
an archived press report), MENAFN (carrying an APO Group release), The Financial Express, FBC
News, Time (magazine archive, two text mirrors), Voice of America, Expatica and The Christian
Science Monitor. Where the corpus already used a site, the page is new; en.chinagate.cn,
nationalyemen.com and lib.aliyevheritage.org are new to the corpus. Collected with the `search`
tool (corpus `pages`) and annotated from the texts alone, BEFORE the package was run on them (the
package has not been run, imported or read for this batch). Conventions: ANNOTATION.md and
/work/shared/ANNOTATION-GUIDE.md. Notes: batch_43a_NOTES.md.

Split rule (fixed before annotating, as given in the brief for this batch, the same as batches
5a-42b): the articles are numbered 1..12 in the order they were first found in this session's
search results (the query in which each first appeared, then its rank in that query), after
skipping pages already in the corpus; positions 3, 7 and 11 are test, all others dev. Ids:
`dev_84NN_<slug>` / `test_84NN_<slug>`, NN = collection position (01..12).

M(participants, date, place, kind, status, evidence, required=True)
Evidence is the verbatim sentence (line breaks inside it replaced by single spaces).
Aliases are written as they stand in the text (typos included).
"""


from annotations import H, IP, M, P, PH, VID  # noqa: F401 (the same row helpers)

# (article_id, region, decade, outlet, url, published)
ARTICLES = [
    # The date line "Xinhua, September 14, 2015" (a Monday; the URL's 2015-09/14 agrees):
    # "announced Sunday" = 2015-09-13; "The announcement came a day after the ... foreign
    # ministers met" = 2015-09-12 (the press conference "Saturday" agrees).
    ("dev_8401_maduro_santos_border_meeting", "Latin America", "2010s", "China Development Gateway (en.chinagate.cn; Xinhua)", "http://en.chinagate.cn/2015-09/14/content_36575467.htm", "2015-09-14"),
    # The URL's date 2015/05/17 (a Sunday; no date line in the excerpt); the meeting "has held"
    # is not dated in the text -> null.
    ("dev_8402_bahah_al_beidh_riyadh", "Middle East", "2010s", "National Yemen (nationalyemen.com)", "https://nationalyemen.com/2015/05/17/yemeni-vp-khalid-bahah-meets-with-former-vp-ali-salem-al-beidh-in-riyadh/", "2015-05-17"),
    # The date line "September 3, 1991|By New York Times" (a Tuesday; also the URL): "on Monday"
    # = 1991-09-02; "last month" -> null.
    ("test_8403_major_li_peng_beijing", "East Asia", "1990s", "Orlando Sentinel (New York Times)", "http://articles.orlandosentinel.com/1991-09-03/news/9109030083_1_china-hong-kong-british-prime", "1991-09-03"),
    # The only date on the page is the title's "- April 8, 1997" (a Tuesday), taken as the date of
    # the reprinted press report, since its first word is "Yesterday": "Yesterday" = 1997-04-07
    # (doubtful: see the NOTES); "in February of the current year" -> null.
    ("dev_8404_aliyev_menegarishvily_visit", "Central Asia/Caucasus", "1990s", "Heydar Aliyev Heritage library (lib.aliyevheritage.org; archived press report)", "https://lib.aliyevheritage.org/print.php?lang=en&page=129396", "1997-04-08"),
    # The search result's date field 2025-07-30 (a Wednesday; no date line in the excerpt):
    # "this morning" and "earlier today" = 2025-07-30; "During his time in Nairobi" -> null.
    ("dev_8405_museveni_ruto_nairobi_arrival", "Africa", "2020s", "MENAFN (menafn.com; distributed by APO Group)", "https://menafn.com/1109862952/His-Excellency-President-Yoweri-Kaguta-Museveni-Arrives-In-Nairobi-For-Bilateral-Talks-With-President-William-Ruto", "2025-07-30"),
    # The page's line "Male | Published: June 9, 2019 10:59:45 AM" (a Sunday; also the search
    # result's date field): "tweeted on Saturday" = 2019-06-08 dates the tweet, not the talks ->
    # the meetings' dates null.
    ("dev_8406_modi_gayoom_nasheed_male", "South Asia", "2010s", "The Financial Express (financialexpress.com)", "https://www.financialexpress.com/india-news/pm-modi-holds-fruitful-talks-with-maldives-ex-presidents-gayoom-nasheed/1602089/", "2019-06-09"),
    # The search result's date field 2023-03-16 (a Thursday; no date line in the excerpt):
    # "yesterday" = 2023-03-15; "in the not-so-distant future" -> null.
    ("test_8407_albanese_rabuka_nadi", "Oceania", "2020s", "FBC News (fbcnews.com.fj)", "https://www.fbcnews.com.fj/news/albanese-invites-rabuka-to-visit-australia/", "2023-03-16"),
    # The issue line "Friday, May. 17, 1963" (also the URL): "the first weekend of the season"
    # -> null.
    ("dev_8408_kennedy_pearson_hyannisport", "North America", "1960s", "Time (magazine archive, text mirror)", "http://487790.bceovw70.asia/txt/time/Time1963/1963-05-17/830335.html", "1963-05-17"),
    # The issue line "Monday, Dec. 21, 1981" (also the URL): "the three-day meeting", "the
    # weekend summit" -> null; "in 1970" -> null.
    ("dev_8409_honecker_schmidt_doellnsee", "Eastern Europe/Russia", "1980s", "Time (magazine archive, text mirror)", "http://20.210.105.67/txt/time/Time1981/1981-12-21/925145.html", "1981-12-21"),
    # The headline's date "2003-02-05" (a Wednesday; "says Wednesday" agrees; also the URL):
    # "by phone Tuesday" = 2003-02-04; "last week" -> null.
    ("dev_8410_thaksin_hun_sen_call", "Southeast Asia", "2000s", "Voice of America (voanews.com)", "https://www.voanews.com/a/a-13-a-2003-02-05-41-thailand-66309707/542679.html", "2003-02-05"),
    # The date line "6 June 2005" (a Monday): "agreed on Monday" = 2005-06-06, the day of the
    # agreement reached "during a telephone conversation"; "on Monday morning" = 2005-06-06.
    ("test_8411_balkenende_verhofstadt_call", "Western Europe", "2000s", "Expatica (expatica.com)", "https://www.expatica.com/be/general/dutch-belgian-leaders-end-diplomatic-row-82450/", "2005-06-06"),
    # The URL's date 1981/0106 (Tuesday 1981-01-06; no date line in the excerpt): the meeting is
    # not dated in the text -> null; "last month" -> null.
    ("dev_8412_obote_moi_malaba", "Africa", "1980s", "The Christian Science Monitor (csmonitor.com)", "https://www.csmonitor.com/1981/0106/010626.html", "1981-01-06"),
]

A = {}

A["dev_8401_maduro_santos_border_meeting"] = dict(
    actors={
        "nicolas_maduro": ["Nicolas Maduro"],
        "juan_manuel_santos": ["Juan Manuel Santos"],
        "ricardo_patino": ["Ricardo Patino"],
        "jorge_arreaza": ["Jorge Arreaza"],
        "ministry_of_foreign_affairs_venezuela": ["Venezuela's Ministry of Foreign Affairs"],
        "united_nations": ["United Nations"],
        "twitter": ["Twitter"],
    },
    meetings=[
        # "The presidents of Venezuela and Colombia have agreed to meet" (the headline's "leaders
        # to meet": the same), named in the next sentence: "Presidents Nicolas Maduro and Juan
        # Manuel Santos will decide on a date for the meeting" -> planned, date null (no date
        # decided), place null. Evidence: the sentence that names them.
        M(["nicolas_maduro", "juan_manuel_santos"], None, None, IP, P,
          "\"Presidents Nicolas Maduro and Juan Manuel Santos will decide on a date for the meeting,\" the ministry said via Twitter."),
        # "the two countries' respective foreign ministers met in Ecuador's capital Quito"
        # (unnamed), a gathering "hosted" by Ricardo Patino -> one-party row (Patino), held,
        # 2015-09-12 ("a day after" ... "announced Sunday"; the press conference "Saturday"),
        # Quito; required False (a host of a meeting whose parties are unnamed).
        M(["ricardo_patino"], "2015-09-12", "Quito", IP, H,
          "\"Having satisfactorily discussed sensitive bilateral border issues, the two foreign ministers will consult with the presidents to program an upcoming presidential meeting,\" Ecuadoran Foreign Affairs Minister Ricardo Patino, who hosted the gathering, said at a joint press conference Saturday.",
          False),
        # Not rows: "the two foreign ministers will consult with the presidents" (unnamed
        # ministers; the presidents by role only; no specific contact); the joint press
        # conference (of the same gathering); Arreaza's tweet and the ministry's tweet
        # (statements); the United Nations' call for dialogue (a statement). "Xinhua" in the date
        # line is the agency credit (not annotated). Removed: the widget text " Adjust font size:"
        # at the end of the date line and the last, cut-off sentence ("Ecuador currently holds the
        # presidency of regional integration bloc CELAC (Community of Latin American and Caribbean
        # States), while Uruguay, whose foreign minister was also present at the meeting, heads
        # Unasur (Uni").
    ],
    roles=[("Ecuadoran Foreign Affairs Minister", "ricardo_patino"), ("Venezuelan Vice President", "jorge_arreaza"),
           ("the ministry", "ministry_of_foreign_affairs_venezuela")],
)

A["dev_8402_bahah_al_beidh_riyadh"] = dict(
    actors={
        "khaled_bahah": ["Khalid Bahah", "Khaled Bahah", "Bahah"],
        "ali_salem_al_beidh": ["Ali Salem Al-Beid", "Ali Salem al-Beid", "al-Beid", "Al-Beid", "Al-Beidh"],
        "southern_movement": ["Harik southern movement"],
        "facebook": ["Facebook"],
    },
    meetings=[
        # "Khaled Bahah, has held a meeting with the former Vice President ... Ali Salem al-Beid in
        # Riyadh" (the headline "Meets With", "the first Yemeni official to meet al-Beid", "The
        # meeting was held in ... Riyadh": the same) -> held, date null (not dated), Riyadh. The
        # text has two spaces before "Ali Salem al-Beid" (collapsed in the evidence).
        M(["khaled_bahah", "ali_salem_al_beidh"], None, "Riyadh", IP, H,
          "Yemeni Vice President and Prime Minister, Khaled Bahah, has held a meeting with the former Vice President of Yemen unity and the prominent leader of Harik southern movement Ali Salem al-Beid in Riyadh."),
        # Not rows: Bahah's Facebook post and his quotes (statements); "the civil war in 1994"
        # and al-Beid's exile (no meeting). "National Yemen" (the outlet's name under the
        # headline) and "By NY Staff" (byline) are kept in the text, not annotated. Removed: the
        # section label "Political Analysis" at the start and the last, cut-off sentence
        # ("Unification was flowing in their blood when they suddenly found themselves facing
        # widespread allegations o").
    ],
    roles=[("Yemeni Vice President and Prime Minister", "khaled_bahah"),
           ("the former Vice President of Yemen unity", "ali_salem_al_beidh"),
           ("the prominent leader of Harik southern movement", "ali_salem_al_beidh")],
)

A["test_8403_major_li_peng_beijing"] = dict(
    actors={
        "john_major": ["British Prime Minister John Major", "John Major", "Major"],
        "li_peng": ["Prime Minister Li Peng", "Li Peng", "Li"],
        "toshiki_kaifu": ["Japanese Prime Minister Toshiki Kaifu", "Toshiki Kaifu"],
    },
    meetings=[
        # "John Major on Monday became the first leader of a Western European country to visit
        # China and shake hands with Prime Minister Li Peng" ("Major said to Li on arrival", "The
        # Chinese official ... told Major", "three days of talks": the same visit, one row as
        # ANNOTATION's multi-day visits) -> held, 1991-09-02 ("on Monday"), Beijing (dateline;
        # "the edge of Tiananmen Square").
        M(["john_major", "li_peng"], "1991-09-02", "Beijing", IP, H,
          "BEIJING — With a 19-gun salute at the edge of Tiananmen Square, British Prime Minister John Major on Monday became the first leader of a Western European country to visit China and shake hands with Prime Minister Li Peng in more than two years."),
        # "Toshiki Kaifu, who visited last month" (China, by the sentence's context; no host
        # named) -> one-party row (Kaifu), held, date null ("last month"), China; required False
        # (as dev_004's Khar visit and batch 42a's visits with no host named).
        M(["toshiki_kaifu"], None, "China", IP, H,
          "An explanation may be that China expects Major to raise human rights questions more directly than did Japanese Prime Minister Toshiki Kaifu, who visited last month.",
          False),
        # Not rows: "Major stopped in Moscow on his way here" (a stopover; no one is said to be
        # met); "he will sign an agreement for a new airport in Hong Kong" (a signing during the
        # same visit, no counterpart named); "British officials said to reporters" (unnamed; a
        # briefing). "By New York Times" is the agency credit (not annotated). Removed: the last,
        # cut-off sentence ("The playing down of the visit also may reflect that Major's visi").
    ],
    roles=[("British Prime Minister", "john_major"), ("The Chinese official", "li_peng"),
           ("The British leader", "john_major"), ("Japanese Prime Minister", "toshiki_kaifu")],
)

A["dev_8404_aliyev_menegarishvily_visit"] = dict(
    actors={
        "heydar_aliyev": ["Heydar Aliyev", "H.Aliyev", "Aliyev"],
        "irakli_menagarishvili": ["Irakly Menegarashvily", "Irakly Menegarishvily", "I.Menegarishvily", "M. Menegarishvily"],
        "eduard_shevardnadze": ["Eduard Shevardnadze", "E. Shevardnadze", "Shevardnadze"],
        "ministry_of_foreign_affairs_azerbaijan": ["Foreign Ministry of Azerbaijan", "Ministry of Foreign Affairs of Azerbaijan"],
    },
    meetings=[
        # "Yesterday, President Heydar Aliyev received the Georgian Foreign Minister Irakly
        # Menegarishvily who is on a visit in Azerbaijan" (the title "received": the same) ->
        # held, 1997-04-07 ("Yesterday" against the title's date, taken as the report's date; see
        # the NOTES), Azerbaijan (no city in the text).
        M(["heydar_aliyev", "irakli_menagarishvili"], "1997-04-07", "Azerbaijan", IP, H,
          "Yesterday, President Heydar Aliyev received the Georgian Foreign Minister Irakly Menegarishvily who is on a visit in Azerbaijan."),
        # "the talks conducted by I.Menegarishvily in the Foreign Ministry of Azerbaijan" ("the
        # meetings held in the Ministry of Foreign Affairs of Azerbaijan": the same) -> talks with
        # unnamed officials: one-party row (Menegarishvily), held, date null, Azerbaijan;
        # required False.
        M(["irakli_menagarishvili"], None, "Azerbaijan", IP, H,
          "He added that he was aware of the talks conducted by I.Menegarishvily in the Foreign Ministry of Azerbaijan and was satisfied with their results.",
          False),
        # "the visit of President E. Shevardnadze to Azerbaijan" ("the high-level visit of
        # President Shevardnadze to Azerbaijan in February of the current year"; "During the
        # visit, we signed a number of documents", said by Aliyev) -> held, date null (month
        # only), Azerbaijan; required False (the meeting with Aliyev is implied by "we signed",
        # not stated; as dev_041's Macron-Trump visit).
        M(["heydar_aliyev", "eduard_shevardnadze"], None, "Azerbaijan", IP, H,
          "President H.Aliyev noted that the visit of President E. Shevardnadze to Azerbaijan was a great event indeed.",
          False),
        # Not rows: "conveyed the best regards of the Georgian President Eduard Shevardnadze" (a
        # message); "to exchange views with his Azerbaijani colleagues" (the purpose of the same
        # visit, unnamed); the working group "established by the Georgian party" (no meeting).
        # "M. Menegarishvily" and "I.Menegarishvily" are kept as written. Removed: the last,
        # cut-off sentence ("President Aliyev added that the signed documents on economic
        # cooperation and Trans").
    ],
    roles=[("the Georgian Foreign Minister", "irakli_menagarishvili"), ("the guest", "irakli_menagarishvili"),
           ("the Georgian President", "eduard_shevardnadze"), ("the Azerbaijani President", "heydar_aliyev")],
)

A["dev_8405_museveni_ruto_nairobi_arrival"] = dict(
    actors={
        "yoweri_museveni": ["Yoweri Kaguta Museveni", "President Museveni", "Museveni"],
        "william_ruto": ["President William Ruto", "William Ruto"],
        "musalia_mudavadi": ["Hon. Musalia Mudavadi", "Musalia Mudavadi"],
        "jessica_alupo": ["Jessica Alupo"],
        "babirye_milly_babalanda": ["Babirye Milly Babalanda"],
        "charles_okidi": ["Charles Okidi"],
        "james_ochaya": ["James Ochaya"],
        "samuel_akena": ["Mr. Samuel Akena", "Samuel Akena"],
    },
    meetings=[
        # "President Museveni will engage in critical bilateral talks with his counterpart, His
        # Excellency President William Ruto, at State House" (the headline "Arrives In Nairobi For
        # Bilateral Talks With President William Ruto": the same) -> planned, date null ("During
        # his time in Nairobi"), Nairobi (State House of the city he is in).
        M(["yoweri_museveni", "william_ruto"], None, "Nairobi", IP, P,
          "During his time in Nairobi, President Museveni will engage in critical bilateral talks with his counterpart, His Excellency President William Ruto, at State House."),
        # "welcomed at the airport by Hon. Musalia Mudavadi" -> an airport welcome: held,
        # 2025-07-30 ("arrived this morning"), Nairobi; required False (a welcome).
        M(["yoweri_museveni", "musalia_mudavadi"], "2025-07-30", "Nairobi", IP, H,
          "Upon his arrival, President Museveni was warmly welcomed at the airport by Hon. Musalia Mudavadi, the Prime Cabinet Secretary, alongside senior government officials from both countries.",
          False),
        # Not rows: "seen off by the Vice President, H.E Jessica Alupo, ..." at Entebbe (a send-off
        # by his own officials: attendees, not a meeting between parties); "both Presidents will
        # also make joint statements to the media" (statements); "senior government officials"
        # (unnamed). Removed: the search tool's " date 2025-07-30" prefix and the last, cut-off
        # fragment ("Distributed by APO Group on behalf of State").
    ],
    roles=[("the President of the Republic of Uganda", "yoweri_museveni"), ("his counterpart", "william_ruto"),
           ("the Prime Cabinet Secretary", "musalia_mudavadi"), ("the Vice President", "jessica_alupo"),
           ("the Minister for the Presidency", "babirye_milly_babalanda"), ("the commander Airforce", "charles_okidi"),
           ("the Deputy Inspector General of Police", "james_ochaya"),
           ("Deputy Commissioner General of Prisons", "samuel_akena")],
)

A["dev_8406_modi_gayoom_nasheed_male"] = dict(
    actors={
        "narendra_modi": ["Prime Minister Narendra Modi", "Narendra Modi", "PM Modi", "Prime Minister Modi", "Modi"],
        "maumoon_abdul_gayoom": ["Maumoon Abdul Gayoom", "Former President Gayoom", "Gayoom"],
        "mohamed_nasheed": ["Mohamed Nasheed", "@MohamedNasheed", "Nasheed"],
        "faisal_naseem": ["Vice President Faisal Naseem", "Faisal Naseem", "Vice President Naseem", "@FaisalNasym"],
        "peoples_majlis": ["Majlis"],
    },
    meetings=[
        # "Modi met Maldives’ former presidents Maumoon Abdul Gayoom and Mohamed Nasheed" -> two
        # bilaterals, not a three-way meeting ("Had fruitful discussions with him" about Gayoom,
        # "He also met 52-year-old Nasheed", "We had a wonderful meeting in Malé": separate
        # meetings; as ANNOTATION's dev_032). Modi-Gayoom: held, date null ("tweeted on
        # Saturday" dates the tweet), Male (the dateline; the visit "to the country").
        M(["narendra_modi", "maumoon_abdul_gayoom"], None, "Male", IP, H,
          "Prime Minister Narendra Modi met Maldives’ former presidents Maumoon Abdul Gayoom and Mohamed Nasheed, and held “fruitful” discussions with them on ways to strengthen the friendship between the two countries."),
        # Modi-Nasheed: held, date null, Male ("a wonderful meeting in Malé").
        M(["narendra_modi", "mohamed_nasheed"], None, "Male", IP, H,
          "Prime Minister Narendra Modi met Maldives’ former presidents Maumoon Abdul Gayoom and Mohamed Nasheed, and held “fruitful” discussions with them on ways to strengthen the friendship between the two countries."),
        # "Modi also called on Vice President Faisal Naseem during his visit to the country"
        # ("also called on Vice President Naseem and held talks", "Happy to have met you": the
        # same) -> held, date null, Male.
        M(["narendra_modi", "faisal_naseem"], None, "Male", IP, H,
          "Modi also called on Vice President Faisal Naseem during his visit to the country, his first foreign trip after re-election as Prime Minister in May to strengthen the bilateral ties, reflecting the importance India attaches to its ‘Neighbourhood First’ policy."),
        # Not rows: Gayoom-Nasheed (not said to meet each other); Modi's tweets (statements);
        # "re-election as Prime Minister in May" (no meeting). The standfirst "Nasheed served as
        # the fourth President ..." stands twice in the text (kept as found). Removed: the search
        # tool's " date 2019-06-09" prefix, the keyword line under the standfirst ("Narendra
        # Modi, india financial aid to Maldives , Ibrahim Mohamed Solih, s jaishankar, Sushma
        # Swaraj, PM Modi Maldive president, Maldive president Gayoom, Maldive president
        # Nasheed": the site's tag list) and the last, cut-off sentence ("Our talks will add
        # strength to ties betw").
    ],
    roles=[("the Speaker of Parliament", "mohamed_nasheed"),
           ("the Maldives’ first democratically-elected President", "mohamed_nasheed"),
           ("the fourth President of the Maldives", "mohamed_nasheed"),
           ("an extraordinary statesman", "maumoon_abdul_gayoom")],
)

A["test_8407_albanese_rabuka_nadi"] = dict(
    actors={
        "sitiveni_rabuka": ["Prime Minister Sitiveni Rabuka", "Sitiveni Rabuka", "Rabuka"],
        "anthony_albanese": ["Australian Prime Minister Anthony Albanese", "Anthony Albanese", "Albanese"],
    },
    meetings=[
        # "Rabuka met with Australian Prime Minister Anthony Albanese yesterday in Nadi" (the
        # caption "Albanese meeting with Prime Minister Sitiveni Rabuka": the same) -> held,
        # 2023-03-15 ("yesterday"), Nadi.
        M(["sitiveni_rabuka", "anthony_albanese"], "2023-03-15", "Nadi", IP, H,
          "Rabuka met with Australian Prime Minister Anthony Albanese yesterday in Nadi."),
        # "received an invitation to visit Australia, and he assured Albanese he will do so"
        # ("is expected to pay a visit to Australia": the same) -> an accepted invitation:
        # planned, date null ("in the not-so-distant future"), Australia; required False (the
        # host of the visit is implied, not named as meeting him).
        M(["sitiveni_rabuka", "anthony_albanese"], None, "Australia", IP, P,
          "Rabuka says he has received an invitation to visit Australia, and he assured Albanese he will do so in the not-so-distant future.",
          False),
        # Not rows: Rabuka's acknowledgment of the budget support (a statement). Removed: the
        # search tool's " date 2023-03-16" prefix and the widget line "Article continues after
        # advertisement" between the third and fourth paragraphs.
    ],
    roles=[("Australian Prime Minister", "anthony_albanese")],
)

A["dev_8408_kennedy_pearson_hyannisport"] = dict(
    actors={
        "john_f_kennedy": ["Kennedy", "Jack"],
        "lester_pearson": ["Lester B. Pearson", "Mike Pearson", "Pearson"],
        "robert_f_kennedy": ["Bobby"],
        "rene_verdon": ["Rene Verdon"],
        "baxters_fish_market": ["Baxter's Fish Market"],
    },
    meetings=[
        # "After striding forward to meet his northern neighbor, Kennedy set the tone of the
        # meeting" ("his northern neighbor" = Pearson, whose Comet "touched down"; "Then the two
        # men were off to begin their conversations", "our talks", the headline's "A Weekend at
        # Jack's": the same) -> held, date null ("the first weekend of the season"), Hyannisport
        # (the talks at the Kennedy compound; the greeting at Otis Air Force Base is the start of
        # the same visit).
        M(["john_f_kennedy", "lester_pearson"], None, "Hyannisport", IP, H,
          "After striding forward to meet his northern neighbor, Kennedy set the tone of the meeting."),
        # Not rows: "Bobby's house, where Mike Pearson would sleep" (lodging, Bobby not said to
        # be there); the chef's and the fish market's preparations (no meeting); the reporters'
        # question to Pearson (a press exchange). Removed: the last, cut-off fragment ("Out on
        # the"). The crosshead "Years of Diplomacy." stands inside the paragraph as found.
    ],
    roles=[("Canada's Prime Minister of a month", "lester_pearson"), ("the President", "john_f_kennedy"),
           ("his northern neighbor", "lester_pearson"), ("White House Chef", "rene_verdon")],
)

A["dev_8409_honecker_schmidt_doellnsee"] = dict(
    actors={
        "erich_honecker": ["Erich Honecker", "Honecker"],
        "helmut_schmidt": ["Helmut Schmidt", "Schmidt"],
        "willy_brandt": ["Chancellor Willy Brandt", "Willy Brandt"],
        "willi_stoph": ["East German Premier Willi Stoph", "Willi Stoph"],
        "east_german_government": ["Honecker government"],
        "west_german_government": ["Schmidt government"],
    },
    meetings=[
        # "the summit meeting between their party chief, Erich Honecker, and West German
        # Chancellor Helmut Schmidt" ("The three-day meeting", "the weekend summit": the same)
        # -> held, date null (a three-day meeting, not dated), East Germany (two sites,
        # Hubertusstock and Doellnsee, are named; the text places the meeting "on East German
        # soil").
        M(["erich_honecker", "helmut_schmidt"], None, "East Germany", IP, H,
          "The sites that the East Germans chose for the summit meeting between their party chief, Erich Honecker, and West German Chancellor Helmut Schmidt were awash with symbolism."),
        # "Chancellor Willy Brandt ... in 1970 by meeting with East German Premier Willi Stoph in
        # Erfurt" -> held, date null (year only), Erfurt.
        M(["willy_brandt", "willi_stoph"], None, "Erfurt", IP, H,
          "The three-day meeting was the first formal conclave on East German soil between East and West German leaders since Chancellor Willy Brandt helped launch his Ostpolitik in 1970 by meeting with East German Premier Willi Stoph in Erfurt, 40 miles east of the frontier."),
        # Not rows: the summit "had been twice postponed" (earlier dates of the same summit);
        # Honecker "received orders to begin construction of the Berlin Wall" in 1961 (from
        # unnamed superiors); the Schmidt government's wish "to resume negotiations" (between
        # governments, no specific meeting). "Bonn" as the West German government is a place
        # (not annotated). Removed: the last, cut-off fragment ("These credits, amounting to $383
        # million annually,").
    ],
    roles=[("their party chief", "erich_honecker"), ("West German Chancellor", "helmut_schmidt"),
           ("the German Democratic Republic's boss", "erich_honecker"),
           ("chief of East Germany's internal security apparatus", "erich_honecker"),
           ("East German Premier", "willi_stoph")],
)

A["dev_8410_thaksin_hun_sen_call"] = dict(
    actors={
        "thaksin_shinawatra": ["Thai Prime Minister Thaksin Shinawatra", "Thaksin Shinawatra", "Mr. Thaksin"],
        "hun_sen": ["Cambodian Prime Minister Hun Sen", "Hun Sen", "Mr. Hun Sen"],
        "sihasak_phuangketkeow": ["Sihasak Phuangketkeow"],
        "ministry_of_foreign_affairs_thailand": ["Thai foreign ministry"],
    },
    meetings=[
        # "Hun Sen urged him by phone Tuesday" -> phone, held, 2003-02-04 ("Tuesday" in the
        # Wednesday 5 February story), place null.
        M(["hun_sen", "thaksin_shinawatra"], "2003-02-04", None, PH, H,
          "Mr. Thaksin says Cambodian Prime Minister Hun Sen urged him by phone Tuesday to send at least a token presence to the Cambodian capital to show that not all ties between the two countries had been cut."),
        # Not rows: "Cambodia's foreign minister visited his Thai counterpart to apologize" (both
        # unnamed); the diplomat to be sent and guarded (unnamed, future posting); the Thai team's
        # survey and Sihasak's remarks (a statement); "a Thai actress" (unnamed). "Phnom Phen",
        # "Phnom Pehn", "Ankor Wat" and "charge d'affair" are kept as written. Removed: the
        # widget lines "Accessibility links" and "Breaking News" at the start.
    ],
    roles=[("Thai Prime Minister", "thaksin_shinawatra"), ("Cambodian Prime Minister", "hun_sen"),
           ("Thai foreign ministry spokesman", "sihasak_phuangketkeow")],
)

A["test_8411_balkenende_verhofstadt_call"] = dict(
    actors={
        "jan_peter_balkenende": ["Dutch Prime Minister Jan Peter Balkenende", "Jan Peter Balkenende", "Balkenende"],
        "guy_verhofstadt": ["Guy Verhofstadt", "Verhofstadt"],
        "karel_de_gucht": ["Belgian Foreign Minister Karel de Gucht", "Karel de Gucht", "De Gucht"],
        "ben_bot": ["Dutch Foreign Minister Ben Bot", "Ben Bot", "Bot"],
        "het_laatste_nieuws": ["Het Laatste Nieuws"],
    },
    meetings=[
        # "Balkenende and his Belgian colleague Guy Verhofstadt agreed on Monday" ... "they had
        # decided during a telephone conversation to put the matter behind them" -> phone, held,
        # 2005-06-06 (the Monday of the agreement reached in the call), place null. Evidence: the
        # sentence that states the call ("the Dutch and Belgian leaders", named in the lead).
        M(["jan_peter_balkenende", "guy_verhofstadt"], "2005-06-06", None, PH, H,
          "Both the Dutch and Belgian leaders said in a joint statement they had decided during a telephone conversation to put the matter behind them."),
        # "Bot summoned the Belgian ambassador to a meeting on Monday morning" -> the ambassador
        # is unnamed: one-party row (Bot), held, 2005-06-06, place null (no place given);
        # required False (counterpart by role only; as the one-party rows of batch 42a).
        M(["ben_bot"], "2005-06-06", None, IP, H,
          "Bot summoned the Belgian ambassador to a meeting on Monday morning, demanding an explanation.",
          False),
        # Not rows: De Gucht's "letter to Dutch Foreign Minister Ben Bot" (a letter); the
        # "newspaper interview" De Gucht gave to Het Laatste Nieuws (an interview); the joint
        # statement (a statement). "AMSTERDAM" is the dateline, not the place of the call.
        # Removed: the site label "Expatica news" at the start and the last, cut-off sentence
        # ("Besides the statement itself, the Dutch government was very critical of De Gucht’s
        # claim t").
    ],
    roles=[("his Belgian colleague", "guy_verhofstadt"), ("the Netherlands’ leader", "jan_peter_balkenende"),
           ("Belgian Foreign Minister", "karel_de_gucht"), ("Dutch Foreign Minister", "ben_bot"),
           ("Belgian newspaper", "het_laatste_nieuws")],
)

A["dev_8412_obote_moi_malaba"] = dict(
    actors={
        "milton_obote": ["Milton Obote", "Mr. Obote"],
        "daniel_arap_moi": ["Daniel arap Moi", "Mr. Moi"],
    },
    meetings=[
        # "The two East African Presidents were meeting for the first time" ("Obote appealed to
        # ... Moi", "Mr. Moi hugged Mr. Obote at the border town of Malaba": the same) -> held,
        # date null (not dated), Malaba. Evidence: the sentence that names both and the place.
        M(["milton_obote", "daniel_arap_moi"], None, "Malaba", IP, H,
          "Relations between the East African neighbors have been strained in the past, but a cordial atmosphere for the meeting was set when Mr. Moi hugged Mr. Obote at the border town of Malaba, to cheers from thousands of Kenyans."),
        # Not rows: "since Mr. Obote took office last month" (no meeting); the cheering Kenyans
        # (unnamed). Removed: the site's paywall line at the end ("You've read  of  free
        # articles. Subscribe to continue.").
    ],
    roles=[("Ugandan leader", "milton_obote"), ("Kenyan President", "daniel_arap_moi")],
)
