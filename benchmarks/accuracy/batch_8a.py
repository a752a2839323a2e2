"""Accuracy corpus, batch 8a: 12 new articles from the 2010s and 2020s (six per decade), chosen
where sources.csv was thin for these decades (North America 2010s and 2020s with 2 articles each,
Western Europe 2010s with 2, Central Asia/Caucasus 2010s with 3; Eastern Europe/Russia, Oceania,
Southeast Asia, East Asia and the Middle East with 4 in the cell taken) and spread over ten
regions (North America 2, Eastern Europe/Russia 2, Western Europe, Central Asia/Caucasus, Middle
East, Oceania, Africa, Southeast Asia, East Asia, South Asia), all from outlets not yet in
sources.csv except The Guardian (once before): ITV News, the Taipei Times, Trend News Agency
(Azerbaijan), Al-Ahed News (Lebanon), the Budapest Business Journal, Radio Canada International,
New Telegraph (Nigeria), Free Malaysia Today, TASS, The Korea Herald (Yonhap) and Devdiscourse.
Collected with the `search` tool (corpus `pages`) and annotated from the texts alone, BEFORE the
package was run on them (the package has not been run on this batch). Conventions:
../ANNOTATION.md and /work/shared/ANNOTATION-GUIDE.md. Notes: batch_8a_NOTES.md.

Split rule (fixed before annotating, as given in the brief for this batch, the same as batches
5a-7b): the articles are numbered 1..12 in the order they were taken; positions 3, 7 and 11 are
test, all others dev. Ids: `dev_14NN_<slug>` / `test_14NN_<slug>`, NN = collection position
(01..12).

M(participants, date, place, kind, status, evidence, required=True)
Evidence is the verbatim sentence (line breaks inside it replaced by single spaces).
Aliases are written as they stand in the text (typos included).
"""


from annotations import H, IP, M, P, PH, VID  # noqa: F401 (the same row helpers)

# (article_id, region, decade, outlet, url, published)
ARTICLES = [
    # The URL (/story/2015-05-29/, a Friday); the live-blog excerpt has no date line ("today").
    ("dev_1401_cameron_merkel_kopacz_tour", "Western Europe", "2010s", "ITV News", "https://www.itv.com/news/story/2015-05-29/crunch-time-on-eu-as-cameron-meets-merkel-for-referendum-talks/?page=2", "2015-05-29"),
    # The search result's date field 2021-01-24 and the URL (/archives/2021/01/24/), a Sunday;
    # "on Friday" = 2021-01-22. The excerpt has no headline.
    ("dev_1402_biden_trudeau_amlo_calls", "North America", "2020s", "Taipei Times", "https://www.taipeitimes.com/News/world/archives/2021/01/24/2003751150", "2021-01-24"),
    # The search result's date field 2018-08-17 and the dateline "Baku, Azerbaijan, Aug. 17" (a
    # Friday); the text's "on Aug. 17". The excerpt has no headline.
    ("test_1403_mirziyoyev_rahmon_tashkent", "Central Asia/Caucasus", "2010s", "Trend News Agency (en.trend.az)", "https://en.trend.az/casia/uzbekistan/2941561.html", "2018-08-17"),
    # The search result's date field 2023-04-03 (a Monday; "a phone call on Sunday" = 2023-04-02);
    # no date in the URL or the excerpt.
    ("dev_1404_amirabdollahian_bin_farhan_call", "Middle East", "2020s", "Al-Ahed News (English)", "https://www.english.alahednews.com.lb/essaydetails.php?eid=71084&cid=390", "2023-04-03"),
    # The search result's date field 2017-01-06 (a Friday; "a report by Hungarian daily Blikk
    # today"); no date in the URL or the excerpt.
    ("dev_1405_putin_orban_budapest_planned", "Eastern Europe/Russia", "2010s", "Budapest Business Journal (BBJ)", "http://bbj.hu/politics/putin-set-to-visit-orban-in-budapest-on-feb-2_126968", "2017-01-06"),
    # The search result's date field 2017-02-09 and the URL (/2017/02/09/), a Thursday ("Monday
    # Feb. 13th, 2017" ahead, "yesterday" = 2017-02-08, "on Monday" past = 2017-02-06).
    ("dev_1406_trudeau_trump_washington_planned", "North America", "2010s", "Radio Canada International (RCI)", "http://www.rcinet.ca/en/2017/02/09/prime-minister-trudeau-goes-to-washington-monday/", "2017-02-09"),
    # The URL (/2017/nov/15/, a Wednesday; "on Tuesday night" = 2017-11-14); no date line in
    # the excerpt.
    ("test_1407_turnbull_ardern_no_sitdown", "Oceania", "2010s", "The Guardian", "https://www.theguardian.com/australia-news/2017/nov/15/malcolm-turnbull-jacinda-ardern-talks-refugee-offer", "2017-11-15"),
    # The search result's date field 2025-03-27 (a Thursday; "on Thursday" = the same day); no
    # date in the URL. The excerpt has no headline.
    ("dev_1408_tinubu_mahama_abuja", "Africa", "2020s", "New Telegraph (Nigeria)", "https://newtelegraphng.com/breaking-tinubu-hosts-ghanaian-president-in-aso-rock/", "2025-03-27"),
    # The URL (/2016/08/06/, a Saturday; "aired here last night").
    ("dev_1409_najib_interview_jokowi", "Southeast Asia", "2010s", "Free Malaysia Today", "https://www.freemalaysiatoday.com/category/nation/2016/08/06/najib-tells-of-meeting-of-minds-with-jokowi/", "2016-08-06"),
    # The search result's date field 2021-12-15 and the dateline "MOSCOW/BEIJING, December 15.
    # /TASS/." (a Wednesday). The excerpt has no headline.
    ("dev_1410_putin_xi_virtual_summit", "Eastern Europe/Russia", "2020s", "TASS", "https://tass.com/world/1376009", "2021-12-15"),
    # Date line "Published : Oct. 5, 2022 - 22:10" on the page and the URL (ud=20221005...), a
    # Wednesday ("said Wednesday"; "Thursday" ahead = 2022-10-06).
    ("test_1411_yoon_kishida_call_planned", "East Asia", "2020s", "The Korea Herald (Yonhap)", "https://koreaherald.com/view.php?ud=20221005000782", "2022-10-05"),
    # The search result's date field 2023-06-01 (a Thursday; "on Thursday" = the same day,
    # "on Wednesday" = 2023-05-31); no date in the URL. The excerpt has no headline.
    ("dev_1412_modi_prachanda_delhi", "South Asia", "2020s", "Devdiscourse", "https://www.devdiscourse.com/article/international/2472128-pm-modi-and-nepal-pm-pushpa-dahal-hold-bilateral-talks-at-hyderabad-house", "2023-06-01"),
]

A = {}

A["dev_1401_cameron_merkel_kopacz_tour"] = dict(
    actors={
        "david_cameron": ["David Cameron", "Cameron"],
        "angela_merkel": ["Angela Merkel", "Mrs Merkel", "Merkel"],
        "ewa_kopacz": ["Ewa Kopacz"],
        "european_union": ["European Union", "EU"],
    },
    meetings=[
        # "is holding talks ... in Berlin today" (a live blog of the Friday 2015-05-29 story) ->
        # held 2015-05-29, Berlin; "as she met with David Cameron in Berlin" is the same meeting.
        M(["david_cameron", "angela_merkel"], "2015-05-29", "Berlin", IP, H,
          "David Cameron is holding talks with the German Chancellor Angela Merkel in Berlin today - someone he needs to win over if he is to have any chance of pushing his EU reform plans through."),
        # "He is also due to meet the Polish Prime Minister today" (the first update) and "has met
        # with Polish Prime Minister Ewa Kopacz in Warsaw" (a later update; "earlier in the day, in
        # Poland") are the same meeting -> one row, held (the later update), 2015-05-29, Warsaw.
        M(["david_cameron", "ewa_kopacz"], "2015-05-29", "Warsaw", IP, H,
          "David Cameron has met with Polish Prime Minister Ewa Kopacz in Warsaw as he continues his tour of Europe to lay out his plans for renegotiating the terms of the UK's membership of the European Union."),
        # Not rows: "Leaders in Poland are upset" (no meeting); Merkel's quoted statement. "Credit:
        # RTV" is a photo credit, not an actor.
    ],
    roles=[("the German Chancellor", "angela_merkel"), ("German Chancellor", "angela_merkel"),
           ("the Polish Prime Minister", "ewa_kopacz"), ("Polish Prime Minister", "ewa_kopacz"),
           ("Polish PM", "ewa_kopacz"), ("The Prime Minister", "david_cameron")],
)

_TB = ("In his first call to a foreign leader as US president, Joe Biden on Friday spoke with Canadian Prime Minister Justin Trudeau on a number of topics and made plans to continue the conversation next month, Ottawa and Washington said in separate statements.")
A["dev_1402_biden_trudeau_amlo_calls"] = dict(
    actors={
        "joe_biden": ["Joe Biden", "Biden"],
        "justin_trudeau": ["Justin Trudeau", "Trudeau"],
        "andres_manuel_lopez_obrador": ["Andres Manuel Lopez Obrador"],
        "white_house": ["White House"],
    },
    meetings=[
        # "on Friday" in the Sunday 2021-01-24 paper -> 2021-01-22; a call -> phone, place null.
        M(["joe_biden", "justin_trudeau"], "2021-01-22", None, PH, H, _TB),
        # "In a similar call on Friday ... he and Biden had discussed" -> a second call, the same
        # day, phone, place null.
        M(["andres_manuel_lopez_obrador", "joe_biden"], "2021-01-22", None, PH, H,
          "In a similar call on Friday, Mexican President Andres Manuel Lopez Obrador confirmed on Twitter that he and Biden had discussed topics ranging from COVID-19 to migration."),
        # "made plans to talk again soon" / "agreed to speak again in a month" -> planned, date
        # null ("next month", "Neither Washington nor Ottawa confirmed an exact date"), place null;
        # kind phone (the White House's "speak again"; Canada left "virtual or even in-person"
        # open); optional (the form is not fixed and "talk again soon" is close to the vague
        # future contact that dev_041 does not code).
        M(["justin_trudeau", "joe_biden"], None, None, PH, P,
          "Trudeau and Biden made plans to talk again soon, with Canada leaving open the possibility of a virtual or even in-person discussion, while the White House said only that “the two leaders agreed to speak again in a month.”", False),
        # Not rows: the tweet; the statements of Ottawa and Washington; Biden's executive order.
        # "Photo: Reuters" is a photo credit; Twitter is not annotated (as in earlier batches);
        # Ottawa/Washington/Canada used for governments are places, not actors.
    ],
    roles=[("US president", "joe_biden"), ("Canadian Prime Minister", "justin_trudeau"),
           ("Mexican President", "andres_manuel_lopez_obrador")],
)

A["test_1403_mirziyoyev_rahmon_tashkent"] = dict(
    actors={
        "shavkat_mirziyoyev": ["Shavkat Mirziyoyev", "Mirziyoyev"],
        "emomali_rahmon": ["Emomali Rahmon", "President Emomali Rahmon", "Rahmon"],
    },
    meetings=[
        # "the talks of the two presidents in a narrow format started" after the welcome ceremony
        # for Rahmon in Tashkent "on Aug. 17" -> held 2018-08-17, Tashkent (the text's city; the
        # Baku dateline is where the agency filed). The ceremony, the greeting and "this meeting"
        # are the same visit -> one row.
        M(["shavkat_mirziyoyev", "emomali_rahmon"], "2018-08-17", "Tashkent", IP, H,
          "Then the talks of the two presidents in a narrow format started, according to the statement."),
        # Rahmon to Mirziyoyev: "your state visit to Tajikistan in March this year" -> held,
        # date null (month only), Tajikistan; optional (a visit to a country; the meeting with
        # Rahmon as host is implied, not stated; 7a's Hurley row read the same way).
        M(["shavkat_mirziyoyev", "emomali_rahmon"], None, "Tajikistan", IP, H,
          "“I remember with warmth your state visit to Tajikistan in March this year,” said Rahmon.", False),
        # Not rows: the statement of "the Uzbek presidential press service" (not a named
        # organisation, not annotated); "Trend:" is the agency tag of the dateline.
    ],
    roles=[("Tajik President", "emomali_rahmon"), ("Uzbek President", "shavkat_mirziyoyev")],
)

A["dev_1404_amirabdollahian_bin_farhan_call"] = dict(
    actors={
        "hossein_amirabdollahian": ["Hossein Amir Abdollahian", "Amir Abdollahian"],
        "faisal_bin_farhan": ["Faisal Bin Farhan", "bin Farhan"],
    },
    meetings=[
        # The call "on Sunday" (Monday 2023-04-03 story) -> held 2023-04-02, phone, place null.
        # "In a telephone conversation on Sunday, the two ministers discussed ..." and the planned
        # call "in the next 48 hours" that "The phone call came after" are the same call.
        M(["hossein_amirabdollahian", "faisal_bin_farhan"], "2023-04-02", None, PH, H,
          "Hossein Amir Abdollahian, in a telephone conversation with Faisal Bin Farhan, voiced his satisfaction with the positive trend of relations between the two countries and emphasized the resolve of the Islamic Republic of Iran to develop and expand its neighborliness policy."),
        # "will meet in the coming days" / "agreed to meet each other in the coming days" / "the
        # meeting they are set to hold" (earlier: "in the month of Ramadan") -> one planned
        # in-person row, date and place null ("to finalize the time and place of the meeting").
        M(["hossein_amirabdollahian", "faisal_bin_farhan"], None, None, IP, P,
          "The foreign ministers of the Islamic Republic of Iran and Saudi Arabia will meet in the coming days, the two diplomats announced following a phone call on Sunday."),
        # "in the second phone call" -> an earlier, specific call, held, date null; optional (it
        # is mentioned only as the occasion of the agreement; the "third telephone conversation"
        # sentence is an ordinal count of calls and gives no row of its own).
        M(["hossein_amirabdollahian", "faisal_bin_farhan"], None, None, PH, H,
          "Amir Abdollahian and bin Farhan had agreed to meet each other in the month of Ramadan in the second phone call.", False),
        # Not rows: "the recent agreement between the two countries' security officials in
        # Beijing" (unnamed officials); "continuous contacts and meetings between officials"
        # (general). "By Staff, Agencies" is the byline.
    ],
    roles=[("The Saudi minister", "faisal_bin_farhan"), ("the top Iranian diplomat", "hossein_amirabdollahian"),
           ("his Saudi counterpart", "faisal_bin_farhan")],
)

A["dev_1405_putin_orban_budapest_planned"] = dict(
    actors={
        "vladimir_putin": ["Vladimir Putin", "Putin"],
        "viktor_orban": ["Viktor Orbán", "Orbán"],
        "blikk": ["Blikk"],
        "index_hu": ["index.hu", "Index.hu"],
        "european_union": ["European Union", "EU"],
    },
    meetings=[
        # "will visit Hungary's Prime Minister Viktor Orbán in Budapest on February 2" -> planned
        # 2017-02-02, Budapest ("the two leaders will meet" is the same meeting).
        M(["vladimir_putin", "viktor_orban"], "2017-02-02", "Budapest", IP, P,
          "Russian President Vladimir Putin will visit Hungary’s Prime Minister Viktor Orbán in Budapest on February 2, according to a report by Hungarian daily Blikk today."),
        # The caption's 2015 visit = "Putin last visited Hungary in February 2015" -> one row,
        # held, date null (year / month only), place Hungary (from the text sentence).
        M(["vladimir_putin", "viktor_orban"], None, "Hungary", IP, H,
          "Russian President Vladimir Putin visiting Hungary’s Prime Minister Viktor Orbán in 2015."),
        # "Orbán visited Putin in Russia on February 27, 2016" -> held 2016-02-27 (as the text
        # says; the gold follows the text), place Russia (no city in the text).
        M(["viktor_orban", "vladimir_putin"], "2016-02-27", "Russia", IP, H,
          "Orbán visited Putin in Russia on February 27, 2016, when the two leaders praised ties between the two countries."),
        # Not rows: the EU sanctions and Hungary's votes; the reports of Blikk and index.hu.
        # "BBJ" is the byline.
    ],
    roles=[("Russian President", "vladimir_putin"), ("Hungary’s Prime Minister", "viktor_orban"),
           ("the paper", "blikk")],
)

_FR = "Foreign Affairs Minister Chrystia Freeland visited yesterday meeting with her counterpart, Rex Tillerson."
A["dev_1406_trudeau_trump_washington_planned"] = dict(
    actors={
        "justin_trudeau": ["Justin Trudeau", "PM Justin Trudeau", "Prime Minister Trudeau", "Trudeau"],
        "donald_trump": ["Donald Trump", "President Trump"],
        "bill_morneau": ["Bill Morneau"],
        "chrystia_freeland": ["Chrystia Freeland"],
        "rex_tillerson": ["Rex Tillerson"],
        "paul_ryan": ["Paul Ryan"],
        "john_mccain": ["Senator McCain", "McCain"],
        "harjit_sajjan": ["Harjit Sajjan"],
        "james_mattis": ["James Mattis"],
        "peter_taptuna": ["Peter Taptuna"],
    },
    meetings=[
        # "will meet President Trump on Monday Feb. 13th, 2017"; "in Washington Monday", "will
        # receive Trudeau at the White House" -> one planned row, 2017-02-13, Washington.
        M(["justin_trudeau", "donald_trump"], "2017-02-13", "Washington", IP, P,
          "PM Justin Trudeau will meet President Trump on Monday Feb. 13th, 2017, the president’s 4th week in office, to discuss Canada-U.S. issues."),
        # Freeland "visited yesterday" (Thursday story) -> 2017-02-08; the Ryan and McCain
        # meetings are narrated as part of the same visit -> the same day (judgement); place
        # Washington (judgement: "visited" has no object; the ministers' visits "paving the way for
        # the visit" are to Washington, where Morneau "is ... today").
        M(["chrystia_freeland", "rex_tillerson"], "2017-02-08", "Washington", IP, H, _FR),
        M(["chrystia_freeland", "paul_ryan"], "2017-02-08", "Washington", IP, H,
          "When she met with speaker Paul Ryan, she reminding him that his congressional district sends $1 billion dollars (US) worth of goods to Canada each year.."),
        M(["chrystia_freeland", "john_mccain"], "2017-02-08", "Washington", IP, H,
          "And in her meeting with Senator McCain, she reminded him of the importance of Canada’s million visitors to his state of Arizona, during the winter."),
        # "at the Pentagon on Monday" -> held 2017-02-06 (the Monday before the Thursday story);
        # place Arlington (judgement: building -> city, as White House -> Washington; the
        # Pentagon stands in Arlington, Virginia).
        M(["harjit_sajjan", "james_mattis"], "2017-02-06", "Arlington", IP, H,
          "Defence Minister Harjit Sajjan met U.S. Secretary of Defence James Mattis at the Pentagon on Monday."),
        # "will meet with Nunavut Premier Peter Taptuna this afternoon" -> planned 2017-02-09;
        # place Nunavut (no city in the text; "In Nunavut").
        M(["justin_trudeau", "peter_taptuna"], "2017-02-09", "Nunavut", IP, P,
          "Trudeau will meet with Nunavut Premier Peter Taptuna this afternoon."),
        # Not rows: Morneau "is in Washington today talking to officials" (unnamed officials);
        # "Tomorrow he will visit Yellowknife" (a place, no host); the tweet; the White House here
        # is a building, not an actor.
    ],
    roles=[("the new U.S. President", "donald_trump"), ("the President", "donald_trump"),
           ("the president", "donald_trump"), ("the Prime Minister", "justin_trudeau"),
           ("Finance Minister", "bill_morneau"), ("Foreign Affairs Minister", "chrystia_freeland"),
           ("her counterpart", "rex_tillerson"), ("speaker", "paul_ryan"),
           ("Defence Minister", "harjit_sajjan"), ("U.S. Secretary of Defence", "james_mattis"),
           ("Nunavut Premier", "peter_taptuna")],
)

A["test_1407_turnbull_ardern_no_sitdown"] = dict(
    actors={
        "malcolm_turnbull": ["Malcolm Turnbull", "Turnbull"],
        "jacinda_ardern": ["Jacinda Ardern", "Ardern"],
        "mike_jaspers": ["Mike Jaspers"],
    },
    meetings=[
        # Near-zero control: no rows. Not rows: the sit-down Ardern "planned ... during the east
        # Asia summit" ("no such meeting had been held in Manila"; a meeting that did not take
        # place); "Not since I saw him in passing" (her answer to "if she had met Turnbull": a
        # passing encounter, denied as a meeting); "a series of discussions which together have
        # been substantive" and "have had discussions about that" (unspecified contacts, like a
        # count); "our officials have been talking together" (unnamed officials); the caption
        # "Jacinda Ardern and Malcolm Turnbull in Vietnam" (a photo, "It appears they did not
        # meet"); "the summit and other bilaterals" (no named counterpart). "Mick Tsikas/AAP" is
        # the photo credit.
    ],
    roles=[("her Australian counterpart", "malcolm_turnbull"), ("New Zealand prime minister", "jacinda_ardern"),
           ("the prime minister of New Zealand", "jacinda_ardern"), ("Ardern’s press secretary", "mike_jaspers")],
)

A["dev_1408_tinubu_mahama_abuja"] = dict(
    actors={
        "bola_tinubu": ["Bola Tinubu", "President Tinubu", "Tinubu"],
        "john_dramani_mahama": ["John Dramani Mahama", "Mahama"],
        "ecowas": ["Economic Community of West African States", "ECOWAS"],
    },
    meetings=[
        # "on Thursday received ... at his official residence in the State House, Abuja" in the
        # Thursday story -> held 2025-03-27, Abuja ("The ongoing meeting" is the same).
        M(["bola_tinubu", "john_dramani_mahama"], "2025-03-27", "Abuja", IP, H,
          "President Bola Tinubu on Thursday received the newly elected President of Ghana, John Dramani Mahama, on a courtesy visit at his official residence in the State House, Abuja."),
        # "paid a courtesy visit to President Tinubu at the State House on December 17, 2024" ->
        # held 2024-12-17; the State House is named with Abuja in the lead -> Abuja.
        M(["john_dramani_mahama", "bola_tinubu"], "2024-12-17", "Abuja", IP, H,
          "The Ghanaian leader paid a courtesy visit to President Tinubu at the State House on December 17, 2024, days after his election as President."),
        # Not rows: Mahama's inauguration "on January 7th, 2025" (an event, no meeting stated);
        # Tinubu's expressed optimism (a statement).
    ],
    roles=[("the newly elected President of Ghana", "john_dramani_mahama"), ("his Nigerian counterpart", "bola_tinubu"),
           ("The Ghanaian leader", "john_dramani_mahama")],
)

A["dev_1409_najib_interview_jokowi"] = dict(
    actors={
        "najib_razak": ["Najib Razak", "Najib"],
        "joko_widodo": ["Joko Widodo", "Jokowi"],
        "metro_tv": ["Metro TV"],
    },
    meetings=[
        # Zero-meeting control. Not rows: the headline's "meeting of minds" (an idiom); Najib's
        # "interview with Metro TV" (a media interview); his relationship with Jokowi (no specific
        # contact); "I meet the people" (no named counterpart).
    ],
    roles=[("The Prime Minister", "najib_razak"), ("Indonesia’s President", "joko_widodo"),
           ("the Indonesian leader", "joko_widodo")],
)

A["dev_1410_putin_xi_virtual_summit"] = dict(
    actors={
        "vladimir_putin": ["Vladimir Putin", "Putin"],
        "xi_jinping": ["Xi Jinping"],
        "china_central_television": ["China Central Television"],
    },
    meetings=[
        # "have wrapped up their virtual summit" (dateline December 15, the page's date) -> held
        # 2021-12-15, video, place null.
        M(["vladimir_putin", "xi_jinping"], "2021-12-15", None, VID, H,
          "Russian President Vladimir Putin and his Chinese counterpart Xi Jinping have wrapped up their virtual summit."),
        # "next February ... meet with Xi Jinping in person in Beijing, where they are scheduled to
        # hold negotiations" -> planned, date null (month only), Beijing.
        M(["vladimir_putin", "xi_jinping"], None, "Beijing", IP, P,
          "The Russian leader hoped that next February he would finally be able to meet with Xi Jinping in person in Beijing, where they are scheduled to hold negotiations, and then take part in the opening ceremony of 2022 Winter Olympics."),
        # Not rows: the Winter Olympics opening ceremony (an event). "/TASS/" in the dateline is
        # the agency tag, not an actor.
    ],
    roles=[("Russian President", "vladimir_putin"), ("his Chinese counterpart", "xi_jinping"),
           ("The Chinese leader", "xi_jinping"), ("The President", "vladimir_putin"),
           ("The Russian leader", "vladimir_putin")],
)

A["test_1411_yoon_kishida_call_planned"] = dict(
    actors={
        "yoon_suk_yeol": ["Yoon Suk-yeol", "Yoon"],
        "fumio_kishida": ["Fumio Kishida", "Kishida"],
        "un_general_assembly": ["UN General Assembly"],
    },
    meetings=[
        # "plan to hold phone talks this week" / "set to take place Thursday" (Wednesday
        # 2022-10-05 story) -> planned 2022-10-06, phone, place null.
        M(["yoon_suk_yeol", "fumio_kishida"], "2022-10-06", None, PH, P,
          "President Yoon Suk-yeol and Japanese Prime Minister Fumio Kishida plan to hold phone talks this week, Yoon's office said Wednesday amid tensions caused by North Korea's recent intermediate-range ballistic missile launch."),
        # "last met on the margins of the UN General Assembly in New York last month" -> held,
        # date null, New York (a sideline meeting of the pair).
        M(["yoon_suk_yeol", "fumio_kishida"], None, "New York", IP, H,
          "The two leaders last met on the margins of the UN General Assembly in New York last month, and agreed on the need to improve bilateral relations strained over wartime history and other issues."),
        # Not rows: the UN General Assembly itself (a plenary); "Seoul, Washington and Tokyo have
        # recently been stepping up security coordination" (governments, no meeting). "By Yonhap"
        # is the byline (the end credit "(Yonhap)" was trimmed).
    ],
    roles=[("Japanese Prime Minister", "fumio_kishida")],
)

A["dev_1412_modi_prachanda_delhi"] = dict(
    actors={
        "narendra_modi": ["Narendra Modi", "PM Modi", "Modi", "@narendramodi"],
        "pushpa_kamal_dahal": ["Pushpa Dahal", "Pushpa Kamal Dahal", "Prachanda", "Dahal", "@cmprachanda"],
        "arindam_bagchi": ["Arindam Bagchi"],
        "ministry_of_external_affairs_india": ["Ministry of External Affairs"],
        "meenakshi_lekhi": ["Meenakashi Lekhi", "Lekhi", "@M_Lekhi"],
        "ajit_doval": ["Ajit Doval"],
        "mahatma_gandhi": ["Mahatma Gandhi"],
    },
    meetings=[
        # "held bilateral talks at Hyderabad House on Thursday" (Thursday story) -> held
        # 2023-06-01; Hyderabad House -> New Delhi (building -> city; "Raj Ghat in New Delhi" the
        # same day). Modi greeting him there is the same meeting.
        M(["narendra_modi", "pushpa_kamal_dahal"], "2023-06-01", "New Delhi", IP, H,
          "Prime Minister Narendra Modi and Nepal Prime Minister Pushpa Dahal 'Prachanda' held bilateral talks at Hyderabad House on Thursday."),
        # "met National Security Advisor (NSA) Ajit Doval on Wednesday" -> held 2023-05-31; place
        # New Delhi (he "arrived in New Delhi on Wednesday"; judgement, the sentence names none).
        M(["pushpa_kamal_dahal", "ajit_doval"], "2023-05-31", "New Delhi", IP, H,
          "Nepal Prime Minister Pushpa Kamal Dahal, who is on his first overseas visit since assuming office met National Security Advisor (NSA) Ajit Doval on Wednesday."),
        # The airport welcome by Lekhi on arrival "on Wednesday" -> held 2023-05-31, New Delhi;
        # optional (an arrival greeting, as dev_031's tarmac remark and dev_705's airport
        # reception).
        M(["pushpa_kamal_dahal", "meenakshi_lekhi"], "2023-05-31", "New Delhi", IP, H,
          "Upon arrival, he received a warm welcome from Union Minister Meenakashi Lekhi.", False),
        # Not rows: the wreath and tribute to Mahatma Gandhi at Raj Ghat (a ceremony); Bagchi's
        # tweets; "will also visit Ujjain and Indore" (places, no host named).
    ],
    roles=[("Nepal Prime Minister", "pushpa_kamal_dahal"), ("Nepal PM", "pushpa_kamal_dahal"),
           ("Ministry of External Affairs Spokesperson", "arindam_bagchi"),
           ("Ministry of External Affairs official spokesperson", "arindam_bagchi"),
           ("Union Minister", "meenakshi_lekhi"), ("MoS", "meenakshi_lekhi"),
           ("National Security Advisor (NSA)", "ajit_doval")],
)
