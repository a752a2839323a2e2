"""Accuracy corpus, batch 50a: 12 new articles about meetings between political actors, all
published in ODD years (another helper takes even years), from the 1960s, 1970s, 1980s, 1990s,
2000s, 2010s and 2020s (1960s: one, 1970s: one, 1980s: two, 1990s: one, 2000s: two, 2010s:
three, 2020s: two; five of the twelve from before 2000, as the brief asked), over the eleven
regions (Western Europe: two; North America, Latin America, Eastern Europe/Russia, Southeast
Asia, Central Asia/Caucasus, Oceania, Africa, South Asia, East Asia, Middle East: one each).
Outlets/sites: the Ottawa Citizen (via PressReader, pressreader.com; a National Post story), the
South Florida Sun-Sentinel (sun-sentinel.com archive), The Christian Science Monitor
(csmonitor.com archive), The Straits Times (straitstimes.com), News Central Asia
(newscentralasia.net), the Houses of the Oireachtas (oireachtas.ie; a Dail Eireann debate
record), Devdiscourse (devdiscourse.com), IRIN (thenewhumanitarian.org), The Indian Express
(indianexpress.com; its "Forty Years Ago" column), the Ministry of Foreign Affairs of Japan
(mofa.go.jp; an announcement), The Royal Forums (theroyalforums.com; a news post) and EFE
(efe.com, English service). newscentralasia.net and oireachtas.ie are new to the corpus as
sites (as far as `sources.csv` and the batch files show); the other sites were used before,
the pages and the meetings are new.
Collected with the `search` tool (corpus `pages`) and annotated from the texts alone, BEFORE the
package was run on them (the package has not been run, imported or read for this batch).
Conventions: ANNOTATION.md and /work/shared/ANNOTATION-GUIDE.md. Notes: batch_50a_NOTES.md.

Split rule (fixed before annotating, as given in the brief for this batch, the same as batches
5a-49b): the articles are numbered 1..12 in the order they were first found in this session's
search results (the query in which each first appeared, then its rank in that query), after
skipping pages already in the corpus and meetings already in it; positions 3, 7 and 11 are test,
all others dev. Ids: `dev_98NN_<slug>` / `test_98NN_<slug>`, NN = collection position (01..12).

M(participants, date, place, kind, status, evidence, required=True)
Evidence is the verbatim sentence (line breaks inside it replaced by single spaces).
Aliases are written as they stand in the text (typos included).
"""


from annotations import H, IP, M, P, PH, VID  # noqa: F401 (the same row helpers)

# (article_id, region, decade, outlet, url, published)
ARTICLES = [
    # No date line in the excerpt; the URL's edition date 20170214 (2017-02-14 is a Tuesday):
    # "any link between Trump and Trudeau was not widely known before Monday" -> the first
    # meeting, where Trump made the link, is dated 2017-02-13 (a Monday; see the notes);
    # "in November 1981" (the Waldorf encounter) -> null (a month); "The past 16 months" ->
    # no row.
    ("dev_9801_trudeau_trump_first_meeting", "North America", "2010s", "Ottawa Citizen (via PressReader, pressreader.com; a National Post story by Tristin Hopper)", "http://www.pressreader.com/canada/ottawa-citizen/20170214/281479276167918", "2017-02-14"),
    # No date line in the excerpt; the URL's fl-xpm-1985-03-03 (a Sunday): "met for one hour
    # Saturday" -> 1985-03-02 (a Saturday); "a session last June in Managua" -> null (a
    # month).
    ("dev_9802_shultz_ortega_victoria_plaza", "Latin America", "1980s", "South Florida Sun-Sentinel (sun-sentinel.com archive)", "https://www.sun-sentinel.com/news/fl-xpm-1985-03-03-8501080785-story.html", "1985-03-03"),
    # No date line in the excerpt; the URL's 1981/0320 (1981-03-20 is a Friday): "arrived in
    # Budapest Thursday" -> 1981-03-19 (a Thursday); "last month" (the visits to East Germany
    # and Czechoslovakia) -> no rows.
    ("test_9803_kania_kadar_budapest", "Eastern Europe/Russia", "1980s", "The Christian Science Monitor (csmonitor.com archive)", "http://www.csmonitor.com/1981/0320/032024.html", "1981-03-20"),
    # No date line in the excerpt; the search tool's date field 2025-12-04 (removed with its
    # prefix; a Thursday), agreeing with the caption's "on Dec 4" and the Facebook post "on Dec
    # 4": the arrival "to meet Prime Minister Lawrence Wong" and the lunch the host "will host"
    # -> 2025-12-04 (see the notes); "a statement on Dec 3" -> no row.
    ("dev_9804_anwar_wong_singapore_retreat", "Southeast Asia", "2020s", "The Straits Times (straitstimes.com)", "https://www.straitstimes.com/singapore/malaysian-pm-anwar-arrives-in-singapore-for-leaders-retreat-will-meet-pm-wong-this-afternoon", "2025-12-04"),
    # The text's "On 7 October 2023" and the closing line "nCa, 7 October 2023" (2023-10-07 is a
    # Saturday; the URL's 2023/10/07 and the search tool's date field agree): the call ->
    # 2023-10-07.
    ("dev_9805_berdimuhamedov_putin_birthday_call", "Central Asia/Caucasus", "2020s", "News Central Asia (newscentralasia.net, nCa)", "https://www.newscentralasia.net/2023/10/07/president-of-turkmenistan-congratulates-russian-president-on-birthday/", "2023-10-07"),
    # The record's date line "Wednesday, 8 Feb 1967" (1967-02-08 is a Wednesday; the URL's
    # dail/1967-02-08 agrees): "his recent talks" -> null; "a further meeting ... after the
    # completion of his European visits" -> null.
    ("dev_9806_taoiseach_wilson_dail_questions", "Western Europe", "1960s", "Houses of the Oireachtas (oireachtas.ie; Dail Eireann debate, oral answers)", "https://www.oireachtas.ie/en/debates/debate/dail/1967-02-08/2/", "1967-02-08"),
    # No date line in the excerpt; the search tool's date field 2019-12-06 (removed with its
    # prefix; a Friday): "met with ... in Wellington today" -> 2019-12-06; "in November" (the
    # officials' discussions) -> no row.
    ("test_9807_peters_tuionetoa_wellington", "Oceania", "2010s", "Devdiscourse (devdiscourse.com; with inputs from a New Zealand Government press release)", "https://www.devdiscourse.com/article/politics/772393-winston-peters-meets-tongan-prime-minister", "2019-12-06"),
    # No date line in the excerpt; the URL's news/2003/11/26 (a Wednesday): "talks with
    # President Blaise Compaore on Wednesday" -> 2003-11-26 (the day itself); "met Liberian
    # President Gyude Bryant on Monday" -> 2003-11-24 (a Monday); "later this week" (Toure) ->
    # null; "on 11 November" (the Accra summit) -> 2003-11-11 (a Tuesday); "14 months ago",
    # "last month" -> no rows.
    ("dev_9808_gbagbo_compaore_bobo_dioulasso", "Africa", "2000s", "IRIN (thenewhumanitarian.org, The New Humanitarian archive)", "https://www.thenewhumanitarian.org/news/2003/11/26/gbagbo-meets-compaore", "2003-11-26"),
    # The column reprints items of the paper of April 17, 1979 (the URL's
    # april-17-1979-forty-years-ago; 1979-04-17 is a Tuesday); the search tool's date field
    # 2019-04-17 (removed with its prefix) is the reprint's, and the original date is used, as
    # the corpus's other reprints (dev_6406, test_6407, dev_2601). "the private conversation he
    # had this morning" -> null (a dispatch's "this morning" in a morning paper without a
    # dateline; see the notes); "on the night of April 14" (the call) -> 1979-04-14 (a
    # Saturday); "on April 19" (a vote of confidence) -> no row.
    ("dev_9809_desai_ziaur_rahman_dhaka", "South Asia", "1970s", "The Indian Express (indianexpress.com; \"Forty Years Ago\" reprint of the 17 April 1979 paper)", "https://indianexpress.com/article/opinion/editorials/april-17-1979-forty-years-ago-pm-morarji-desai-in-dhaka-5679279/", "1979-04-17"),
    # The announcement's date line "March 17, 1999" (a Wednesday; the URL's 1999/3/317 agrees):
    # the visit "from Friday, March 19 to Sunday, March 21" (1999-03-19 is a Friday, 1999-03-21
    # a Sunday) -> the summit's day is not given -> null; "in October 1998", "since November
    # 1998" -> no rows.
    ("dev_9810_obuchi_kim_dae_jung_visit_planned", "East Asia", "1990s", "Ministry of Foreign Affairs of Japan (mofa.go.jp; announcement)", "https://www.mofa.go.jp/announce/event/1999/3/317.html", "1999-03-17"),
    # The post's date line "August 8, 2009" (a Saturday): "arrived on Tuesday morning in Tehran;
    # where he met with" -> 2009-08-04 (a Tuesday); "on Wednesday" (a security agreement) and
    # "on June 28" (the postponed visit) -> no rows.
    ("test_9811_qaboos_ahmadinejad_khamenei_tehran", "Middle East", "2000s", "The Royal Forums (theroyalforums.com; news post)", "https://www.theroyalforums.com/10477-qaboos-3-day-visit-to-tehran/", "2009-08-08"),
    # The dateline "Washington, Aug 20 (efe-epa)" and the captions' "Aug. 20, 2019" and "Aug. 7,
    # 2019" (2019-08-20 is a Tuesday): the Iohannis meeting of the caption -> 2019-08-20; "on
    # Tuesday postponed" (the postponement) and "early September", "in two weeks" (the
    # postponed meeting) -> no rows.
    ("dev_9812_trump_frederiksen_postponed", "Western Europe", "2010s", "EFE (efe.com, English service)", "https://www.efe.com/efe/english/world/trump-postpones-meeting-with-danish-prime-minister-over-greenland-tussle/50000262-4046824", "2019-08-20"),
]

A = {}

A["dev_9801_trudeau_trump_first_meeting"] = dict(
    actors={
        "justin_trudeau": ["Prime Minister Justin Trudeau", "Justin Trudeau", "Prime Minister Trudeau",
                           "Trudeau", "TRUDEAU", "Justin"],
        "donald_trump": ["U.S. President Donald Trump", "President Donald Trump", "Trump", "TRUMP"],
        "pierre_trudeau": ["Pierre Trudeau", "Trudeau"],
        "john_ivison": ["John Ivison"],
        "elizabeth_ii": ["Queen"],
        "margaret_thatcher": ["then-Prime Minister Margaret Thatcher", "Margaret Thatcher"],
        "council_of_churches_of_the_city_of_new_york": ["Council of Churches of the City of New York"],
    },
    meetings=[
        # "Prime Minister Justin Trudeau's first meeting with U.S. President Donald Trump went
        # better than anyone in the PM's camp could have hoped" ("the first meeting between
        # Prime Minister Justin Trudeau and his U.S. counterpart", "the opening of a joint lunch
        # with Trudeau", "The prime minister jogged Trump's memory with a framed photo": the same
        # meeting, one row) -> held, 2017-02-13 (the Monday before which the link "was not
        # widely known"; see the notes), place null (no place in the text).
        M(["justin_trudeau", "donald_trump"], "2017-02-13", None, IP, H,
          "Prime Minister Justin Trudeau’s first meeting with U.S. President Donald Trump went better than anyone in the PM’s camp could have hoped, writes John Ivison."),
        # "Trump appears to have met Pierre Trudeau once. The meeting occurred in November 1981 at
        # New York's Waldorf Astoria Hotel." -> held, date null (a month), New York (the text's
        # "New York's"; the Waldorf is a hotel, resolved to its city as the text gives it).
        M(["donald_trump", "pierre_trudeau"], None, "New York", IP, H,
          "Trump appears to have met Pierre Trudeau once."),
        # "An eight-year-old Justin met the Queen, for instance, and also shook hands with
        # then-Prime Minister Margaret Thatcher." -> two childhood encounters, held, date and
        # place null; required False (a child's encounters with leaders, given as anecdotes;
        # the Queen is named by title only; see the notes).
        M(["justin_trudeau", "elizabeth_ii"], None, None, IP, H,
          "An eight-year-old Justin met the Queen, for instance, and also shook hands with then-Prime Minister Margaret Thatcher.", False),
        M(["justin_trudeau", "margaret_thatcher"], None, None, IP, H,
          "An eight-year-old Justin met the Queen, for instance, and also shook hands with then-Prime Minister Margaret Thatcher.", False),
        # Not rows: "The past 16 months have seen a number of international meetings begin with
        # Trudeau reminiscing" (a count, no counterpart named); the Family of Man award (an
        # award; the Council of Churches' affiliated society is unnamed); the pull quote (a
        # statement). The byline "TRISTIN HOPPER National Post thopper@nationalpost.com
        # Twitter.com/TristinHopper" is not annotated (byline; the National Post and Twitter
        # appear only there). Kept as found: the headline "TRUMP & TRUDEAU", the unattributed
        # pull quote and the byline line between the headline and the text. Removed: the
        # site's section line "Ottawa Citizen" at the start. Nothing removed at the end (the
        # excerpt ends with a whole sentence).
    ],
    roles=[("his U.S. counterpart", "donald_trump"), ("The elder Trudeau", "pierre_trudeau"),
           ("The prime minister", "justin_trudeau"), ("the PM", "justin_trudeau"),
           ("U.S. President", "donald_trump")],
)

_SO = ("Shultz met Ortega at the Victoria Plaza Hotel in his first talks with the Marxist Nicaraguan leader since a session last June in Managua.")
A["dev_9802_shultz_ortega_victoria_plaza"] = dict(
    actors={
        "george_shultz": ["Secretary of State George Shultz", "George Shultz", "Shultz"],
        "daniel_ortega": ["Nicaraguan President Daniel Ortega", "Daniel Ortega", "Ortega"],
        "contadora_group": ["Contadora peace group", "Contadora"],
        "sandinistas": ["Sandinistas", "Sandinista"],
    },
    meetings=[
        # "Secretary of State George Shultz met for one hour Saturday with Nicaraguan President
        # Daniel Ortega" ("the talks", "the meeting", "Ortega said he had reiterated to Shultz",
        # "Shultz met Ortega at the Victoria Plaza Hotel": the same meeting, one row) -> held,
        # 1985-03-02, place null (the Victoria Plaza Hotel is named without a city; see the
        # notes).
        M(["george_shultz", "daniel_ortega"], "1985-03-02", None, IP, H,
          "Secretary of State George Shultz met for one hour Saturday with Nicaraguan President Daniel Ortega but both sides said the talks did virtually nothing to narrow vast differences between Managua and Washington."),
        # "... since a session last June in Managua." -> an earlier Shultz-Ortega session, held,
        # date null ("last June"), Managua.
        M(["george_shultz", "daniel_ortega"], None, "Managua", IP, H, _SO),
        # Not rows: "Shultz was cool to the proposal to resume bilateral talks" and "Washington
        # was open to further talks with Managua" (proposals, no meeting set); "U.S. allies
        # boycotted the last meeting" of the Contadora initiative (multilateral, unnamed
        # participants); "At a news conference" (media). Reagan is named only in the removed
        # cut-off sentence (not annotated).
        # The Costa Rican Embassy in Managua is a place here (not annotated). Removed: the
        # site's widget line at the start ("Hear new episodes of the true-crime podcast
        # Felonious Florida now") and the last, cut-off sentence ("The talks came amid an
        # intensified push by President Reagan for congressional approval of new U.S. aid to
        # rebels fighting").
    ],
    roles=[("Secretary of State", "george_shultz"), ("Nicaraguan President", "daniel_ortega"),
           ("the Marxist Nicaraguan leader", "daniel_ortega")],
)

A["test_9803_kania_kadar_budapest"] = dict(
    actors={
        "stanislaw_kania": ["Polish Communist Party leader Stanislaw Kania", "Stanislaw Kania", "Mr. Kania"],
        "janos_kadar": ["Hungarian Communist leader Janos Kadar", "Janos Kadar"],
        "polish_united_workers_party": ["Polish Communist Party"],
        "mti": ["MTI"],
        "warsaw_pact": ["Warsaw Pact"],
        "solidarity": ["Solidarity"],
    },
    meetings=[
        # "Polish Communist Party leader Stanislaw Kania arrived in Budapest Thursday for a
        # previously unannounced visit to Hungary ... Mr. Kania ... was met at the airport by
        # Hungarian Communist leader Janos Kadar." -> held, 1981-03-19, Budapest; required (the
        # host met the visitor; the visit's only named encounter; see the notes).
        M(["stanislaw_kania", "janos_kadar"], "1981-03-19", "Budapest", IP, H,
          "Mr. Kania, who made similar visits to East Germany and Czechoslovakia last month, was met at the airport by Hungarian Communist leader Janos Kadar."),
        # Not rows: "similar visits to East Germany and Czechoslovakia last month" (visits to
        # countries, no hosts named); the Soviet Party congress (a congress); the Warsaw Pact
        # maneuvers; the strike alerts and the sit-in (no meetings). Kept as found: the
        # headline. Removed: the subscription widget at the end ("You've read  of  free
        # articles. Subscribe to continue.", the QR-code lines and the links).
    ],
    roles=[("Polish Communist Party leader", "stanislaw_kania"),
           ("Hungarian Communist leader", "janos_kadar"), ("the official news agency", "mti")],
)

A["dev_9804_anwar_wong_singapore_retreat"] = dict(
    actors={
        "anwar_ibrahim": ["Malaysian Prime Minister Anwar Ibrahim", "Anwar Ibrahim", "Datuk Seri Anwar", "Mr Anwar"],
        "lawrence_wong": ["Prime Minister Lawrence Wong", "Lawrence Wong", "PM Wong"],
        "vivian_balakrishnan": ["Singapore Foreign Minister Vivian Balakrishnan",
                                "Foreign Minister Vivian Balakrishnan", "Vivian Balakrishnan"],
        "ministry_of_foreign_affairs_singapore": ["Ministry of Foreign Affairs"],
        "facebook": ["Facebook"],
        "asean": ["Asean"],
    },
    meetings=[
        # "Malaysian Prime Minister Anwar Ibrahim has arrived in Singapore to meet Prime Minister
        # Lawrence Wong for the 12th Singapore-Malaysia Leaders' Retreat" ("PM Wong will host Mr
        # Anwar to lunch, after which their delegations will meet", "They will witness the
        # exchange of the agreements": the same pair, day and place, one row, as ANNOTATION's
        # several sessions) -> planned, 2025-12-04 (the arrival day; see the notes), Singapore.
        M(["anwar_ibrahim", "lawrence_wong"], "2025-12-04", "Singapore", IP, P,
          "SINGAPORE – Malaysian Prime Minister Anwar Ibrahim has arrived in Singapore to meet Prime Minister Lawrence Wong for the 12th Singapore-Malaysia Leaders’ Retreat ."),
        # "In his post, he included photos taken upon his arrival with Foreign Minister Vivian
        # Balakrishnan." (the caption: "... and Singapore Foreign Minister Vivian Balakrishnan on
        # Dec 4, after Datuk Seri Anwar's arrival") -> held, 2025-12-04, Singapore; required
        # False (an arrival greeting, as ANNOTATION's remark "on the tarmac").
        M(["anwar_ibrahim", "vivian_balakrishnan"], "2025-12-04", "Singapore", IP, H,
          "In his post, he included photos taken upon his arrival with Foreign Minister Vivian Balakrishnan.", False),
        # Not rows: the Facebook post and the Ministry's "statement on Dec 3" (statements); "the
        # annual meeting is an important platform" (the retreat in general). Kept as found: the
        # photo caption at the start, the space before the full stop in "Leaders' Retreat .".
        # Removed: the search tool's " date 2025-12-04" prefix and the site's widget line
        # "Sign up now: Get ST's newsletters delivered to your inbox" at the start. Nothing
        # removed at the end (the excerpt ends with a whole sentence).
    ],
    roles=[("Malaysian Prime Minister", "anwar_ibrahim"), ("Singapore Foreign Minister", "vivian_balakrishnan"),
           ("Foreign Minister", "vivian_balakrishnan")],
)

A["dev_9805_berdimuhamedov_putin_birthday_call"] = dict(
    actors={
        "serdar_berdimuhamedov": ["President of Turkmenistan Serdar Berdimuhamedov", "Serdar Berdimuhamedov",
                                  "President Berdimuhamedov", "Berdimuhamedov"],
        "vladimir_putin": ["President of the Russian Federation Vladimir Putin", "Vladimir Putin", "Putin"],
        "gurbanguly_berdimuhamedov": ["Gurbanguly Berdimuhamedov"],
        "halk_maslahaty": ["Halk Maslahaty"],
        "turkmen_state_news_agency": ["TDH news agency", "TDH"],
    },
    meetings=[
        # "On 7 October 2023, President of Turkmenistan Serdar Berdimuhamedov congratulated
        # President of the Russian Federation Vladimir Putin on his 71st birthday in a phone
        # call." ("during the conversation", "Berdimuhamedov thanked Putin", "Putin also
        # conveyed": the same call, one row) -> phone, held, 2023-10-07, place null.
        M(["serdar_berdimuhamedov", "vladimir_putin"], "2023-10-07", None, PH, H,
          "On 7 October 2023, President of Turkmenistan Serdar Berdimuhamedov congratulated President of the Russian Federation Vladimir Putin on his 71st birthday in a phone call."),
        # Not rows: "Putin also conveyed his best wishes to ... Gurbanguly Berdimuhamedov" (wishes
        # passed on during the call; no contact with Gurbanguly Berdimuhamedov is told); the
        # cooperation "in a wide range of areas" (no meeting). The closing "nCa" is the outlet's
        # signature (not annotated). Kept as found: the closing line run into the last sentence
        # ("Russia.///nCa, 7 October 2023"). Removed: the search tool's " date 2023-10-07"
        # prefix. Nothing removed at the end (the excerpt ends with the article's signature).
    ],
    roles=[("President of Turkmenistan", "serdar_berdimuhamedov"),
           ("President of the Russian Federation", "vladimir_putin"),
           ("the National Leader of the Turkmen people", "gurbanguly_berdimuhamedov"),
           ("Chairman of the Halk Maslahaty", "gurbanguly_berdimuhamedov")],
)

A["dev_9806_taoiseach_wilson_dail_questions"] = dict(
    actors={
        "harold_wilson": ["Mr. Harold Wilson", "Harold Wilson", "Mr. Wilson"],
        "european_economic_community": ["European Economic Community", "EEC"],
        "irish_government": ["Irish Government"],
        "british_government": ["British Government"],
        "dail_eireann": ["Dáil Éireann"],
    },
    meetings=[
        # "... his recent talks with the British Prime Minister, Mr. Harold Wilson" ("my recent
        # discussions with the British Prime Minister", "his interview", "his visit to Mr.
        # Wilson": the same talks, one row) -> held, date null ("recent"), place null (not
        # given). The Taoiseach is never named in the excerpt (the speaker of the answers and the
        # addressee of the questions): a one-party row for Wilson, as ANNOTATION's unnamed UK
        # "Prime Minister" (see the notes).
        M(["harold_wilson"], None, None, IP, H,
          "asked the Taoiseach if he will make a statement concerning his recent talks with the British Prime Minister, Mr. Harold Wilson; and what was the outcome of these talks."),
        # "I hope to have a further meeting with Mr. Wilson after the completion of his European
        # visits." -> planned (an intended meeting), date and place null; one-party row.
        M(["harold_wilson"], None, None, IP, P,
          "I made arrangements to be kept fully informed of developments in this matter as they occur and I hope to have a further meeting with Mr. Wilson after the completion of his European visits."),
        # Not rows: "Mr. Wilson's intention to visit each of the Governments of the Six European
        # Economic Community countries" (governments, no named counterpart); the questioners'
        # remarks (a debate); "the British application for membership of the EEC". The
        # questioners are not named in the excerpt. Kept as found: the record's header lines
        # ("Dáil Éireann debate -", the date line, "Vol. 226 No. 6", the heading), the question
        # numbers "1." and "2.". Removed: the site's widget lines at the start ("Skip to main
        # content", "Normal View") and the last, cut-off sentence ("If matters of mutual
        # interest are to be disclosed they can be disclosed only by ag").
    ],
    roles=[("the British Prime Minister", "harold_wilson")],
)

A["test_9807_peters_tuionetoa_wellington"] = dict(
    actors={
        "winston_peters": ["Deputy Prime Minister Winston Peters", "Winston Peters", "Mr. Peters"],
        "pohiva_tuionetoa": ["Tongan Prime Minister and Foreign Minister Pohiva Tu'i'onetoa", "Pohiva Tu'i'onetoa",
                             "Prime Minister Tu'i'onetoa", "Prime Minster Tu'i'onetoa", "Tu'i'onetoa"],
    },
    meetings=[
        # "Deputy Prime Minister Winston Peters met with Tongan Prime Minister and Foreign
        # Minister Pohiva Tu'i'onetoa in Wellington today." ("The pair signed a Statement of
        # Partnership", "We welcomed Prime Minister Tu'i'onetoa on his first visit", "we
        # discussed a range of bilateral issues": the same meeting, one row) -> held,
        # 2019-12-06, Wellington.
        M(["winston_peters", "pohiva_tuionetoa"], "2019-12-06", "Wellington", IP, H,
          "Deputy Prime Minister Winston Peters met with Tongan Prime Minister and Foreign Minister Pohiva Tu'i'onetoa in Wellington today."),
        # Not rows: "high-level discussions between senior officials from Tonga and New Zealand
        # in November in Wellington" (unnamed officials; told twice). "Image Credit:
        # Twitter(@winstonpeters)" is a photo credit (not annotated). Kept as found: the
        # standfirst quotation and the paragraph repeated from the body (the page's own
        # duplicate), the photo credit run into a paragraph, "Prime Minster". Removed: the search
        # tool's " date 2019-12-06" prefix and the site's widget "Left Menu" at the start, and
        # the source line "(With Inputs from New Zealand Government Press Release)" at the end.
    ],
    roles=[("Deputy Prime Minister", "winston_peters"),
           ("Tongan Prime Minister and Foreign Minister", "pohiva_tuionetoa")],
)

A["dev_9808_gbagbo_compaore_bobo_dioulasso"] = dict(
    actors={
        "laurent_gbagbo": ["President Laurent Gbagbo", "Laurent Gbagbo", "Gbagbo"],
        "blaise_compaore": ["President Blaise Compaore", "Blaise Compaore", "Compaore", "Campaore"],
        "gyude_bryant": ["Liberian President Gyude Bryant", "Gyude Bryant"],
        "amadou_toumani_toure": ["Amadou Toumani Toure"],
        "presidency_of_cote_d_ivoire": ["Ivorian presidency"],
        "government_of_cote_d_ivoire": ["Ivorian government"],
        "united_nations": ["United Nations"],
    },
    meetings=[
        # "President Laurent Gbagbo flew to Burkina Faso for talks with President Blaise
        # Compaore on Wednesday" ("the two leaders met in Bobo Dioulasso", "the talks", "the
        # meeting with Campaore": the same meeting, one row) -> held, 2003-11-26, Bobo
        # Dioulasso.
        M(["laurent_gbagbo", "blaise_compaore"], "2003-11-26", "Bobo Dioulasso", IP, H,
          "President Laurent Gbagbo flew to Burkina Faso for talks with President Blaise Compaore on Wednesday to try and put Cote d'Ivoire's deadlocked peace process back on track."),
        # "... met Liberian President Gyude Bryant on Monday." -> held, 2003-11-24, place null
        # (not given).
        M(["laurent_gbagbo", "gyude_bryant"], "2003-11-24", None, IP, H,
          "Gbagbo, who flew home immediately after the meeting with Campaore, met Liberian President Gyude Bryant on Monday."),
        # "Officials said was due to meet the Malian leader Amadou Toumani Toure, in Sikasso ...
        # later this week." (the subject "Gbagbo" is dropped in the text) -> planned, date null
        # ("later this week"), Sikasso.
        M(["laurent_gbagbo", "amadou_toumani_toure"], None, "Sikasso", IP, P,
          "Officials said was due to meet the Malian leader Amadou Toumani Toure, in Sikasso, a town in southern Mali, later this week."),
        # "Gbagbo and Campaore previously met on 11 November at a summit of seven West African
        # heads of state in the Ghanaian capital Accra" -> held, 2003-11-11, Accra; required
        # False (a meeting at a multilateral summit; no bilateral on its sidelines is told).
        M(["laurent_gbagbo", "blaise_compaore"], "2003-11-11", "Accra", IP, H,
          "Gbagbo and Campaore previously met on 11 November at a summit of seven West African heads of state in the Ghanaian capital Accra, which failed to break a two-month-old impasse in the Ivorian peace process.", False),
        # Not rows: the summit of seven heads of state as such (multilateral); the accusations;
        # the UN's refugee figures. "(afp)" in the caption is a photo credit (not annotated).
        # Kept as found: the two caption lines under the headline (the second a duplicate with
        # its credit), "Campaore", the dropped subject ("Officials said was due to meet").
        # Removed: the site's breadcrumb at the start ("1. Home", "2. Africa", "3. West Africa",
        # "4. Côte d'Ivoire") and the last, cut-off sentence ("The rebels, who are officially
        # known as \"The New Forces,\" signed a peace agreement with Gbagbo in January and
        # joined a broad-based government of national rec").
    ],
    roles=[("Liberian President", "gyude_bryant"), ("the Malian leader", "amadou_toumani_toure")],
)

A["dev_9809_desai_ziaur_rahman_dhaka"] = dict(
    actors={
        "morarji_desai": ["Prime Minister Morarji Desai", "Morarji Desai"],
        "ziaur_rahman": ["Bangladesh President General Ziaur Rehman", "General Ziaur Rehman", "Ziaur Rehman"],
        "karpuri_thakur": ["Bihar Chief Minister Karpuri Thakur", "Karpuri Thakur", "Thakur"],
        "chandra_shekhar": ["Chandra Shekhar"],
        "janata_party": ["Janata"],
        "janata_legislature_party_bihar": ["Janata Legislature Party"],
        "yusuf_lule": ["President Yusuf Lule", "Yusuf Lule"],
        "indian_high_commission_kampala": ["Indian High Commission"],
    },
    meetings=[
        # "... during the private conversation he had this morning with Bangladesh President
        # General Ziaur Rehman, without any aides, all major bilateral issues were discussed."
        # (the banquet speech in Dhaka is the same visit) -> held, date null ("this morning" in
        # the paper of April 17 without a dateline; see the notes), Dhaka.
        M(["morarji_desai", "ziaur_rahman"], None, "Dhaka", IP, H,
          "If Prime Minister Morarji Desai’s banquet speech in Dhaka is any indication — mincing no words he moved right into the heart of the problem on harnessing water resources of both countries — then it can be safely assumed that during the private conversation he had this morning with Bangladesh President General Ziaur Rehman, without any aides, all major bilateral issues were discussed."),
        # "... when Chandra Shekhar, the Janata chief, rang him up at Jamshedpur on the night of
        # April 14 suggesting postponement" -> phone, held, 1979-04-14, place null (a call;
        # Thakur was reached at Jamshedpur).
        M(["chandra_shekhar", "karpuri_thakur"], "1979-04-14", None, PH, H,
          "Thakur told newsmen that when Chandra Shekhar, the Janata chief, rang him up at Jamshedpur on the night of April 14 suggesting postponement on the ground that “a senior central minister” had also desired it, “I told him that I was anxious to get it over (confidence-vote) once for all because they (dissidents) were harping on it and trying to harm me”."),
        # Not rows: "the official spokesman of both sides" (unnamed); the vote of confidence "on
        # April 19" (a party vote); "attempts being made by some central leaders" and "a senior
        # central minister" (unnamed); "Thakur told newsmen" (media); India "has started dealing
        # with the new government headed by President Yusuf Lule" (recognition, no meeting).
        # Kept as found: "Ziaur Rehman", the column's section headings ("Bihar Vote", "Uganda
        # Government"). Removed: the search tool's " date 2019-04-17" prefix. Nothing removed at
        # the end (the excerpt ends with a whole sentence).
    ],
    roles=[("Bangladesh President", "ziaur_rahman"), ("Bihar Chief Minister", "karpuri_thakur"),
           ("the Janata chief", "chandra_shekhar")],
)

_OK = ("Prime Minister Keizo Obuchi is scheduled to visit the Republic of Korea from Friday, March 19 to Sunday, March 21 upon the invitation of R.O.K President Kim Dae-jung, pending approval by the National Diet of Japan.")
A["dev_9810_obuchi_kim_dae_jung_visit_planned"] = dict(
    actors={
        "keizo_obuchi": ["Prime Minister Keizo Obuchi", "Keizo Obuchi", "Prime Minister Obuchi"],
        "kim_dae_jung": ["R.O.K President Kim Dae-jung", "Kim Dae-jung", "President Kim"],
        "national_diet_of_japan": ["National Diet of Japan"],
    },
    meetings=[
        # "Prime Minister Keizo Obuchi is scheduled to visit the Republic of Korea from Friday,
        # March 19 to Sunday, March 21 upon the invitation of R.O.K President Kim Dae-jung" ("the
        # two leaders are expected to exchange views on at their summit meeting": the same
        # meeting, one row) -> planned, date null (the summit's day within the three-day visit
        # is not given), South Korea (no city named; see the notes).
        M(["keizo_obuchi", "kim_dae_jung"], None, "South Korea", IP, P, _OK),
        # Not rows: "President Kim's visit to Japan in October 1998" (a visit to a country, no
        # host named, as batch 49a's dev_9601; see the notes); "a series of meetings among the
        # leaders and ministers ... since November 1998" (a count); the Diet's approval (no
        # meeting). Kept as found: the paragraph numbers "1." to "3.". Removed: the site's link
        # "Back to Index" at the end.
    ],
    roles=[("R.O.K President", "kim_dae_jung")],
)

_QT = ("Omani Sultan Qaboos bin Said al-Said arrived on Tuesday morning in Tehran; where he met with the Supreme Leader of the Islamic Revolution, Ayatollah Seyed Ali Khamenei, and Iranian President Mahmoud Ahmadinejad.")
A["test_9811_qaboos_ahmadinejad_khamenei_tehran"] = dict(
    actors={
        "qaboos_bin_said": ["Omani Sultan Qaboos bin Said al-Said", "Qaboos bin Said al-Said", "Sultan Qaboos", "Qaboos"],
        "ali_khamenei": ["Ayatollah Seyed Ali Khamenei", "Seyed Ali Khamenei"],
        "mahmoud_ahmadinejad": ["Iranian President Mahmoud Ahmadinejad", "Mahmoud Ahmadinejad", "Ahmadinejad"],
        "gholam_hossein_nozari": ["Iran’s Oil Minister Gholam-Hossein Nozari", "Gholam-Hossein Nozari"],
    },
    meetings=[
        # "... where he met with the Supreme Leader of the Islamic Revolution, Ayatollah Seyed
        # Ali Khamenei, and Iranian President Mahmoud Ahmadinejad." -> two meetings (read as two
        # bilaterals, as ANNOTATION's dev_032; "He was welcomed by the president at the
        # presidential office. The two leaders discussed ..." is the Ahmadinejad meeting), held,
        # 2009-08-04, Tehran; no Khamenei-Ahmadinejad row (see the notes).
        M(["qaboos_bin_said", "ali_khamenei"], "2009-08-04", "Tehran", IP, H, _QT),
        M(["qaboos_bin_said", "mahmoud_ahmadinejad"], "2009-08-04", "Tehran", IP, H, _QT),
        # Not rows: "Qaboos had been scheduled to visit Tehran on June 28, but postponed the
        # trip" (a postponed visit); "Oman and Iran signed a security agreement on Wednesday, as
        # well as holding talks for a gas swap deal" (countries, no named signatories or
        # negotiators); Nozari's remarks (a statement); "a high ranking delegation" (unnamed).
        # Kept as found: the date line with its empty author ("August 8, 2009 at 8:49 am by")
        # and its leading spaces, "Britian". Removed at the end: the site's tag lines ("Filed
        # under Oman", "Tagged , , , , .") and the readers' comments ("2 Responses to Qaboos' 3
        # Day Visit to Tehran" and the cut-off first comment).
    ],
    roles=[("the Supreme Leader of the Islamic Revolution", "ali_khamenei"),
           ("Iranian President", "mahmoud_ahmadinejad"), ("the president", "mahmoud_ahmadinejad"),
           ("Omani Sultan", "qaboos_bin_said"), ("Iran’s Oil Minister", "gholam_hossein_nozari")],
)

A["dev_9812_trump_frederiksen_postponed"] = dict(
    actors={
        "donald_trump": ["US President Donald Trump", "Donald Trump"],
        "mette_frederiksen": ["Danish Prime Minister Mette Frederiksen", "Prime Minister Mette Frederiksen",
                              "Mette Frederiksen"],
        "klaus_iohannis": ["Klaus Iohannis"],
        "twitter": ["Twitter"],
    },
    meetings=[
        # The caption "US President Donald Trump speaks during a meeting with Klaus Iohannis,
        # Romania's president, not pictured, in the Oval Office of the White House in
        # Washington, D.C., USA, Aug. 20, 2019." -> held, 2019-08-20, Washington.
        M(["donald_trump", "klaus_iohannis"], "2019-08-20", "Washington", IP, H,
          "US President Donald Trump speaks during a meeting with Klaus Iohannis, Romania's president, not pictured, in the Oval Office of the White House in Washington, D.C., USA, Aug. 20, 2019."),
        # Not rows: "postponed a meeting scheduled for early September with Denmark's prime
        # minister" / "I will be postponing our meeting scheduled in two weeks for another time"
        # (a postponed meeting that did not take place, with no new date; as ANNOTATION's
        # cancelled and postponed meetings); Frederiksen's "press briefing on explosion at the
        # Tax Agency" (media); the tweet (a statement). Photo credits ("EPA-EFE FILE/PHILIP
        # DAVALI DENMARK OUT", "EPA-EFE/Andrew Harrer / POOL") and the agency tag "(efe-epa)"
        # are not annotated; the White House is named as a building (not an actor). Nothing
        # removed: the excerpt (the one the search tool returned at rank 5, which opens with the
        # photo captions) starts with the first caption and ends with a whole sentence.
    ],
    roles=[("Danish Prime Minister", "mette_frederiksen"), ("US President", "donald_trump"),
           ("The president of the United States", "donald_trump"), ("Romania's president", "klaus_iohannis"),
           ("Denmark’s prime minister", "mette_frederiksen"), ("the Scandinavian leader", "mette_frederiksen")],
)
