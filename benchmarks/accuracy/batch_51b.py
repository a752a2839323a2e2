"""Accuracy corpus, batch 51b: 12 new articles about meetings between political actors, all
published in EVEN years (another helper takes odd years), from the 1960s, 1970s, 1980s, 1990s,
2000s, 2010s and 2020s (1960s: one, 1970s: two, 1980s: two, 1990s: one, 2000s: two, 2010s: two,
2020s: two; six of the twelve from before 2000, as the brief asked for at least five), over the
eleven regions (South Asia: two; Central Asia/Caucasus, Oceania, Southeast Asia, North America,
Latin America, Africa, Eastern Europe/Russia, East Asia, Western Europe, Middle East: one each).
Outlets/sites: Kazinform (inform.kz), The Press (Christchurch) via Papers Past (twice), the White
House Office of the Press Secretary (Clinton archive, clintonwhitehouse6.archives.gov), HuffPost
(huffpost.com), MercoPress (en.mercopress.com), ATC News (atcnews.org), The Christian Science
Monitor (csmonitor.com), Deccan Chronicle (deccanchronicle.com), Time (magazine archive, text
mirror softbeam.net), the Jewish Telegraphic Agency (jta.org archive) and the Noblesse Oblige blog
(noblesseoblige.org, quoting the Pak Tribune). huffpost.com, atcnews.org, deccanchronicle.com and
noblesseoblige.org are new to the corpus as sites (as far as `sources.csv` and the batch files
show); the other sites were used before, the pages and the meetings they report are new (except
one row of `dev_10109`, see the notes).
Collected with the `search` tool (corpus `pages`) and annotated from the texts alone, BEFORE the
package was run on them (the package has not been run, imported or read for this batch).
Conventions: ANNOTATION.md and /work/shared/ANNOTATION-GUIDE.md. Notes: batch_51b_NOTES.md.

Split rule (fixed before annotating, as given in the brief for this batch, the same as batches
5a-50b): the articles are numbered 1..12 in the order they were first found in this session's
search results (the query in which each first appeared, then its rank in that query), after
skipping pages already in the corpus; positions 3, 7 and 11 are test, all others dev. Ids:
`dev_101NN_<slug>` / `test_101NN_<slug>`, NN = collection position (01..12).

M(participants, date, place, kind, status, evidence, required=True)
Evidence is the verbatim sentence (line breaks inside it replaced by single spaces).
Aliases are written as they stand in the text (typos and OCR errors included).
"""


from annotations import H, IP, M, P, PH, VID  # noqa: F401 (the same row helpers)

# (article_id, region, decade, outlet, url, published)
ARTICLES = [
    # The page's date line "12 November 2020, 10:19" (2020-11-12 is a Thursday, checked). The
    # call is given no day ("have had a telephone conversation") -> no date.
    ("dev_10101_tokayev_mirziyoyev_call", "Central Asia/Caucasus", "2020s", "Kazinform (inform.kz)", "https://www.inform.kz/en/kazakh-uzbek-leaders-talk-over-phone_a3717697/amp", "2020-11-12"),
    # No date line in the excerpt; the URL names the issue: CHP19860116 (1986-01-16, a Thursday,
    # checked): "yesterday" = 1986-01-15 (a Wednesday); Lange's "tomorrow", said after that
    # meeting, = 1986-01-16 (see the notes).
    ("dev_10102_lange_cleveland_wellington", "Oceania", "1980s", "The Press (Christchurch), via Papers Past (N.Z. Press Association)", "https://paperspast.natlib.govt.nz/newspapers/CHP19860116.2.79", "1986-01-16"),
    # The release line "For Immediate Release April 10, 1998" (a Friday, checked; also the URL):
    # "met today" = 1998-04-10.
    ("test_10103_clinton_ramos_white_house", "Southeast Asia", "1990s", "The White House, Office of the Press Secretary (Clinton archive, clintonwhitehouse6.archives.gov)", "https://clintonwhitehouse6.archives.gov/1998/04/1998-04-10-philippine-president-visits-the-white-house.html", "1998-04-10"),
    # No date line in the excerpt; the search tool's date field 2020-11-10 (removed with its
    # prefix; a Tuesday, checked): "a Monday phone call" = 2020-11-09 (a Monday, checked), as the
    # embedded posts' "November 9, 2020" confirm.
    ("dev_10104_trudeau_biden_call", "North America", "2020s", "HuffPost (huffpost.com)", "https://www.huffpost.com/entry/justin-trudeau-first-world-leader-to-speak-with-biden_n_5faacbd7c5b66009569edbf8", "2020-11-10"),
    # No date line in the excerpt; the URL names the day: 2004/03/15 (a Monday, checked): "last
    # Saturday" = 2004-03-13; "on Friday evening" (the evening before that ceremony) =
    # 2004-03-12 (a Friday, checked).
    ("dev_10105_kirchner_lagos_santiago", "Latin America", "2000s", "MercoPress (en.mercopress.com)", "https://en.mercopress.com/2004/03/15/argentina-and-chile-renew-cooperation-and-peace-vows", "2004-03-15"),
    # The item's line "(Posted 28th November 2016)" (a Monday, checked; the URL's 2016/11/28
    # agrees). The meeting "on the sidelines of the Francophone summit which was held in
    # Madagascar" is given no day -> no date.
    ("dev_10106_faure_jugnauth_madagascar", "Africa", "2010s", "ATC News (atcnews.org; a release of the Seychelles State House)", "https://atcnews.org/2016/11/28/seychelles-president-meets-mauritius-prime-minister/", "2016-11-28"),
    # No date line in the excerpt apart from the dateline "LONDON, January 21." (1968-01-21, a
    # Sunday, checked); the URL names the issue: CHP19680122 (1968-01-22, a Monday, checked).
    # "flies to Moscow tomorrow" = 1968-01-22 (the dateline's day + 1), but the three days of
    # talks and "February 8 and 9" are ranges -> no dates.
    ("test_10107_wilson_kosygin_moscow_planned", "Eastern Europe/Russia", "1960s", "The Press (Christchurch), via Papers Past (N.Z.P.A.-Reuter)", "https://paperspast.natlib.govt.nz/newspapers/CHP19680122.2.102", "1968-01-22"),
    # No date line in the excerpt; the URL names the day: 1980/0528 (1980-05-28, a Wednesday,
    # checked): "arrived Tuesday" = 1980-05-27 (a Tuesday, checked).
    ("dev_10108_hua_ohira_japan", "East Asia", "1980s", "The Christian Science Monitor (csmonitor.com)", "https://www.csmonitor.com/1980/0528/052828.html", "1980-05-28"),
    # No date line in the excerpt; the URL's 140527 names the day (2014-05-27, a Tuesday,
    # checked): "on Tuesday" = 2014-05-27; "on Monday" and "yesterday" = 2014-05-26 (a Monday,
    # checked).
    ("dev_10109_modi_karzai_yameen_tobgay", "South Asia", "2010s", "Deccan Chronicle (deccanchronicle.com)", "https://www.deccanchronicle.com/140527/nation-current-affairs/article/ahead-modi-meet-pakistan-pm-nawaz-sharif-goes-sightseeing", "2014-05-27"),
    # The issue line "Monday, Jun. 19, 1972" (a Monday, checked; also the URL's 1972-06-19):
    # "last week" -> no date.
    ("dev_10110_pompidou_eyskens", "Western Europe", "1970s", "Time (magazine archive, text mirror softbeam.net)", "http://softbeam.net/txt/time/Time1972/1972-06-19/877760.html", "1972-06-19"),
    # No date line in the excerpt; the URL names the bulletin's day: 1978/07/14 (a Friday,
    # checked). JTA "today" (the bulletin has no dateline in the excerpt) is not resolved, as
    # `dev_7512` and batches 17a-19a did: the bulletin's stories are often filed the day before
    # its date -> no dates; "July 18-19" is a range.
    ("test_10111_weizman_sadat_salzburg", "Middle East", "1970s", "Jewish Telegraphic Agency (jta.org archive; Daily News Bulletin)", "http://www.jta.org/1978/07/14/archive/weizman-in-surprise-talks-with-sadat-and-gamassy-in-salzburg", "1978-07-14"),
    # No date line in the excerpt; the URL names the post's day: 2006/09/22 (a Friday, checked):
    # "met today" and the quoted Pak Tribune's "Friday" = 2006-09-22.
    ("dev_10112_bush_musharraf_white_house", "South Asia", "2000s", "Noblesse Oblige blog (noblesseoblige.org), quoting the Pak Tribune", "https://noblesseoblige.org/2006/09/22/bush-and-musharraf-meet-discuss-waziristan-nuclear-energy-and-kashmir/", "2006-09-22"),
]

A = {}

A["dev_10101_tokayev_mirziyoyev_call"] = dict(
    actors={
        "kassym_jomart_tokayev": ["Kassym-Jomart Tokayev", "Tokayev"],
        "shavkat_mirziyoyev": ["Shavkat Mirziyoyev", "Mirziyoyev"],
        # "Kazinform cites the press service of Akorda" (cited in the body; "KAZINFORM" in the
        # dateline is the agency credit, not an alias).
        "kazinform": ["Kazinform"],
        "akorda": ["Akorda"],
        "shanghai_cooperation_organisation": ["SCO"],
    },
    meetings=[
        # "Presidents of Kazakhstan and Uzbekistan Kassym-Jomart Tokayev and Shavkat Mirziyoyev
        # have had a telephone conversation" ("During the talk": the same) -> phone, held, date
        # null (the release gives the call no day), place null.
        M(["kassym_jomart_tokayev", "shavkat_mirziyoyev"], None, None, PH, H,
          "NUR-SULTAN. KAZINFORM – Presidents of Kazakhstan and Uzbekistan Kassym-Jomart Tokayev and Shavkat Mirziyoyev have had a telephone conversation, Kazinform cites the press service of Akorda."),
        # Not rows: "the SCO Summit held under the Russian presidency on November 10" (a
        # multilateral summit); "Both countries intend to provide ... aid to the Kyrgyz people"
        # (no meeting). "Adlet Seilkhanov", the closing line, is the author/editor credit (not
        # annotated, kept as it stands). Removed: nothing at the start (the excerpt begins with
        # the headline; its indentation is kept); at the end, only trailing blank lines. The
        # excerpt is whole (no cut-off sentence).
    ],
    roles=[],
)

A["dev_10102_lange_cleveland_wellington"] = dict(
    actors={
        "david_lange": ["Mr Lange", "Lange"],
        # New keys.
        "paul_cleveland": ["Mr Paul Cleveland", "Paul Cleveland", "Mr Cleveland", "Cleveland"],
        # "the Congressman (Stepifen Solarz)": OCR for Stephen Solarz, kept as written.
        "stephen_solarz": ["Stepifen Solarz"],
        "lord_shackleton": ["Lord Shackleton"],
        "cabinet_of_new_zealand": ["Cabinet"],
        "ronald_reagan": ["President Reagan"],
    },
    meetings=[
        # "the first discussion point between the Prime Minister, Mr Lange, and new United States
        # Ambassador, Mr Paul Cleveland, yesterday" ("Mr Cleveland paid an introductory call on
        # Mr Lange at Parliament"; "the 50-minute meeting": the same) -> held, 1986-01-15,
        # Wellington (the dateline "PA Wellington"; Parliament).
        M(["david_lange", "paul_cleveland"], "1986-01-15", "Wellington", IP, H,
          "PA Wellington Maori canoe propulsion usurped nuclear power as the first discussion point between the Prime Minister, Mr Lange, and new United States Ambassador, Mr Paul Cleveland, yesterday."),
        # "“I know that tomorrow I’ll be meeting with the Congressman (Stepifen Solarz)...”" ->
        # planned, 1986-01-16 (said after the meeting of "yesterday", so "tomorrow" = the issue's
        # day; see the notes), place null (not given).
        M(["david_lange", "stephen_solarz"], "1986-01-16", None, IP, P,
          "“I know that tomorrow I’ll be meeting with the Congressman (Stepifen Solarz)... so it’s an American week,” Mr Lange said."),
        # Not rows: "he looked forward to meeting Mr Cleveland again" (a wish, no specific
        # meeting); "we'll be considering the broad issue on Tuesday (at Cabinet)" (a Cabinet
        # meeting, not a meeting between named actors); "President Reagan's request" (a request);
        # Cleveland signed the visitor's book "beneath the name of Lord Shackleton" (no meeting
        # of Shackleton is stated). "A.N.Z.U.S." is a treaty (not an actor); "PA" in the dateline
        # is the agency credit (not annotated). The OCR errors ("Wk- Cleveland", "th<sar") are
        # kept as they stand. Removed: at the start, the site's sixteen "Article image" lines;
        # at the end, the cut-off last sentence ("Lord Shackleton, son of the polar explorer,
        # Sir Ernest Shackleton, visited New Zealand last month in his capacity").
    ],
    roles=[("the Prime Minister", "david_lange"), ("new United States Ambassador", "paul_cleveland"),
           ("the Ambassador", "paul_cleveland"), ("the Congressman", "stephen_solarz")],
)

A["test_10103_clinton_ramos_white_house"] = dict(
    actors={
        "bill_clinton": ["President Clinton"],
        "fidel_ramos": ["Philippine President Ramos", "President Ramos", "Ramos"],
        "white_house": ["White House"],
        "world_bank": ["World Bank"],
        "international_monetary_fund": ["International Monetary Fund", "IMF"],
        "asean": ["ASEAN"],
        # New key.
        "asean_regional_forum": ["ASEAN Regional Forum"],
        "norodom_ranariddh": ["Prince Ranariddh"],
        "aung_san_suu_kyi": ["Aung San Suu Kyi"],
        "philippine_government": ["Philippine government"],
        # "the Burmese military" (the key of the Burma Army).
        "burma_army": ["Burmese military"],
    },
    meetings=[
        # "President Clinton met today with Philippine President Ramos. They had a brief private
        # exchange in the Oval Office; this was followed by a working lunch." (the exchange and
        # the lunch: the same pair, day and place, one row) -> held, 1998-04-10, Washington (the
        # Oval Office, "Ramos' visit to the White House").
        M(["bill_clinton", "fidel_ramos"], "1998-04-10", "Washington", IP, H,
          "President Clinton met today with Philippine President Ramos."),
        # Not rows: "the President's state visit to Manila in 1994" (a past visit to a city, no
        # host named); "Ramos also met with other senior U.S. government officials, the World
        # Bank, the International Monetary Fund (IMF) and the American private sector"
        # (unnamed officials and organisations; organisations are not meeting participants in
        # this corpus); "Indonesia's agreement this week with the International Monetary Fund"
        # (an agreement); the Philippine government's "public support" for Aung San Suu Kyi (a
        # statement). "Office of the Press Secretary" is the issuing office (the outlet; not
        # annotated, as `dev_7108`). Removed: at the start, the archive's link "View Header"; at
        # the end, the cut-off last sentence ("The President thanked President Ramo").
    ],
    roles=[("Philippine President", "fidel_ramos"), ("The President", "bill_clinton"),
           ("Burmese opposition leader", "aung_san_suu_kyi")],
)

A["dev_10104_trudeau_biden_call"] = dict(
    actors={
        "justin_trudeau": ["Canadian Prime Minister Justin Trudeau", "Justin Trudeau", "Trudeau", "@JustinTrudeau"],
        "joe_biden": ["Joe Biden", "Biden", "@JoeBiden"],
        "kamala_harris": ["Kamala Harris"],
        # "the prime minister’s office" (Canada's; new key, as `prime_ministers_office_israel`).
        "prime_ministers_office_canada": ["prime minister’s office"],
        "twitter": ["Twitter"],
        "nato": ["NATO"],
        "g7": ["G-7"],
        "michael_spavor": ["Michael Spavor"],
        "michael_kovrig": ["Michael Kovrig"],
        # New key.
        "meng_wanzhou": ["Meng Wanzhou"],
        "huawei": ["Huawei"],
    },
    meetings=[
        # "Justin Trudeau and Joe Biden discussed ... during a Monday phone call" ("I just spoke
        # with @JoeBiden", "We talked about those specific challenges today": Trudeau's posts
        # about the same call) -> phone, held, 2020-11-09, place null.
        M(["justin_trudeau", "joe_biden"], "2020-11-09", None, PH, H,
          "Canadian Prime Minister Justin Trudeau and Joe Biden discussed a wide array of challenges facing North America during a Monday phone call, which the prime minister’s office said made him the first world leader to speak with the president-elect."),
        # Not rows: the congratulations "on Saturday" (messages); the posts on Twitter
        # (statements about the same call); "agreed to keep in touch" (no specific meeting); the
        # detentions of Spavor, Kovrig and Meng (no meeting). The Keystone XL pipeline is a
        # project (not an actor). Removed: at the start, the search tool's date prefix
        # (" date 2020-11-10 "); at the end, the cut-off last sentence, a paragraph of its own
        # ("Also on Monday, Trudeau said he had “confidence in the American electoral process”
        # ... until Jan. 20, when the president-elect is sche"). The excerpt has no headline.
    ],
    roles=[("Canadian Prime Minister", "justin_trudeau"), ("the president-elect", "joe_biden"),
           ("The prime minister", "justin_trudeau"), ("Vice President-elect", "kamala_harris"),
           ("chief financial officer of Huawei", "meng_wanzhou")],
)

A["dev_10105_kirchner_lagos_santiago"] = dict(
    actors={
        "nestor_kirchner": ["Nestor Kirchner", "Mr. Kirchner", "President Kirchner", "Kirchner"],
        "ricardo_lagos": ["Ricardo Lagos"],
        "european_union": ["European Union"],
        # "the AMIA" (the Argentine Jewish mutual association; new key).
        "amia": ["AMIA"],
    },
    meetings=[
        # "the Chilean capital of Santiago where the two leaders had met in private on Friday
        # evening for three hours" -> held, 2004-03-12, Santiago.
        M(["nestor_kirchner", "ricardo_lagos"], "2004-03-12", "Santiago", IP, H,
          "The two presidents and their delegations arrived together in a helicopter from the Chilean capital of Santiago where the two leaders had met in private on Friday evening for three hours to discuss bilateral issues."),
        # "Nestor Kirchner and Ricardo Lagos last Saturday led a ceremony in the Andes ... near
        # the town of Las Cuevas" -> held, 2004-03-13, Las Cuevas (the most specific named
        # locality); required False (a joint ceremony on the day after the talks, not talks;
        # see the notes).
        M(["nestor_kirchner", "ricardo_lagos"], "2004-03-13", "Las Cuevas", IP, H,
          "Argentine and Chilean presidents Nestor Kirchner and Ricardo Lagos last Saturday led a ceremony in the Andes at 4,200 metres above sea-level before a ten meters tall statue of Christ the Redeemer that was built when the two countries came to an agreement over their borders a century ago.",
          False),
        # Not rows: "A joint release stated" (a statement); the quoted words of Kirchner (a
        # statement); the free trade agreement with the US and the EU (an agreement); the 1992
        # and 1994 attacks (no meeting). The Israeli Embassy is a mission (a place, not an
        # actor). Removed: at the end, the cut-off last sentence, a paragraph of its own
        # ('Regarding integration between the two countries Chilean president Lagos said "when
        # we have defined our long-term strategic relationship with Argentina, '; with it the
        # only "Lagos" alone and "Chilean president"). Nothing removed at the start (the excerpt
        # has no headline). The missing full stop after "Mendoza" is kept as it stands.
    ],
    roles=[("the Argentine president", "nestor_kirchner")],
)

A["dev_10106_faure_jugnauth_madagascar"] = dict(
    actors={
        # New keys.
        "danny_faure": ["Mr. Danny Rollen Faure", "Danny Rollen Faure", "President Faure"],
        "anerood_jugnauth": ["Sir Anerood Jugnauth", "Anerood Jugnauth", "Sir Jugnauth"],
        "vanilla_islands_organisation": ["Vanilla Island organization"],
        "african_union": ["African Union"],
    },
    meetings=[
        # "Mr. Danny Rollen Faure, met with the Prime Minister of Mauritius, Sir Anerood
        # Jugnauth, on the sidelines of the Francophone summit which was held in Madagascar" ->
        # held, date null (no day given), Madagascar (no city in the text).
        M(["danny_faure", "anerood_jugnauth"], None, "Madagascar", IP, H,
          "The President of the Republic of Seychelles, Mr. Danny Rollen Faure, met with the Prime Minister of Mauritius, Sir Anerood Jugnauth, on the sidelines of the Francophone summit which was held in Madagascar."),
        # "Sir Jugnauth has invited President Faure for an official visit to Mauritius next
        # year" -> planned, date null, Mauritius; required False (an invitation not said to be
        # accepted, as `dev_005`).
        M(["anerood_jugnauth", "danny_faure"], None, "Mauritius", IP, P,
          "Sir Jugnauth has invited President Faure for an official visit to Mauritius next year at a date to be announced in due course.",
          False),
        # Not rows: the Francophone summit (a multilateral summit); the invitation "to
        # participate in the Economic Forum to be held in Mauritius on the 27th March next year"
        # (a multilateral forum); Seychelles' "support" for the Chagos claim (a pledge). Removed:
        # nothing (the excerpt begins with the headline and the item is whole).
    ],
    roles=[("The President of the Republic of Seychelles", "danny_faure"),
           ("the Prime Minister of Mauritius", "anerood_jugnauth")],
)

A["test_10107_wilson_kosygin_moscow_planned"] = dict(
    actors={
        "harold_wilson": ["Mr Harold Wilson", "Harold Wilson", "Mr Wilson", "Wilson"],
        "alexei_kosygin": ["Mr Alexei Kosygin", "Alexei Kosygin", "Kosygin"],
        "lyndon_johnson": ["President Johnson"],
        # New key.
        "nguyen_duy_trinh": ["Mr Nguyen Duy Trinh", "Nguyen Duy Trinh"],
        # "the United States Administration" (the key of the Johnson Administration).
        "johnson_administration": ["United States Administration"],
    },
    meetings=[
        # "he flies to Moscow tomorrow" / "Mr Wilson will spend three days in the Russian capital
        # having talks with the Soviet Prime Minister (Mr Alexei Kosygin)" -> planned, date null
        # (three days of talks; the flight "tomorrow" = 1968-01-22 does not pin the talks' first
        # day; see the notes), Moscow.
        M(["harold_wilson", "alexei_kosygin"], None, "Moscow", IP, P,
          "Mr Wilson will spend three days in the Russian capital having talks with the Soviet Prime Minister (Mr Alexei Kosygin)."),
        # "a fortnight before he meets President Johnson in Washington" ("he is due to meet
        # President Johnson on February 8 and 9": the same) -> planned, date null (a two-day
        # range), Washington.
        M(["harold_wilson", "lyndon_johnson"], None, "Washington", IP, P,
          "The British Prime Minister (Mr Harold Wilson) will sound out Soviet thinking on the chances of Vietnam peace talks when he flies to Moscow tomorrow, a fortnight before he meets President Johnson in Washington."),
        # Not rows: Nguyen Duy Trinh "said recently that Hanoi would talk with the United States"
        # (a statement; talks between states); Johnson's "State of the Union message" (a
        # speech); the 1954 Geneva Conference and the 1962 conference (past multilateral
        # conferences); "observers in London" (unnamed). "(N.Z P.A.-Reuter —Copyright)" is the
        # agency credit (not annotated). The OCR errors ("Anlerica", "build ' up", "(o
        # discuss") are kept as they stand. Removed: at the start, the site's fourteen "Article
        # image" lines; at the end, the cut-off last sentence ("Britain wants the International
        # Control Commission in Cambodia, consisting of India, Poland and Canada, to be
        # strengthene").
    ],
    roles=[("The British Prime Minister", "harold_wilson"), ("the Soviet Prime Minister", "alexei_kosygin"),
           ("The British leader", "harold_wilson"),
           ("the North Vietnamese Foreign Minister", "nguyen_duy_trinh"),
           ("The President", "lyndon_johnson")],
)

A["dev_10108_hua_ohira_japan"] = dict(
    actors={
        "hua_guofeng": ["Chinese Premier Hua Guofeng", "Hua Guofeng", "Mr. Hua", "Hua"],
        "masayoshi_ohira": ["Prime Minister Masayoshi Ohira", "Masayoshi Ohira", "Mr. Ohira"],
    },
    meetings=[
        # "Hua Guofeng arrived Tuesday on the First Chinese state visit to Japan ... and was
        # greeted by Prime Minister Masayoshi Ohira. Mr. Hua assured Mr. Ohira at their first
        # session" (the greeting and the first session that opens the visit: one row, as batch
        # 50b's Kennedy-Macmillan arrival) -> held, 1980-05-27 (the day of the arrival and
        # greeting; see the notes), Japan (no city in the text).
        M(["hua_guofeng", "masayoshi_ohira"], "1980-05-27", "Japan", IP, H,
          "Chinese Premier Hua Guofeng arrived Tuesday on the First Chinese state visit to Japan in 2,000 years and was greeted by Prime Minister Masayoshi Ohira."),
        # Not rows: "the soviet invasion of Afghanistan" (no meeting). The headline's "Hua,
        # visiting China" (for Japan) is kept as it stands. Removed: at the end, the paywall line
        # "You've read  of  free articles. Subscribe to continue." Nothing removed at the start.
    ],
    roles=[("Chinese Premier", "hua_guofeng"), ("Prime Minister", "masayoshi_ohira")],
)

_TWO_MORE = "These two meetings will be followed by other bilateral including talks with Pakistan Prime Minister Nawaz Sharif and Sri Lankan President Mahinda Rajapaksa."
A["dev_10109_modi_karzai_yameen_tobgay"] = dict(
    actors={
        "narendra_modi": ["Prime Minister Narendra Modi", "Narendra Modi", "Modi"],
        "nawaz_sharif": ["Nawaz Sharif", "Sharif"],
        # New key.
        "hamid_karzai": ["Afghanistan President Hamid Karzai", "Hamid Karzai", "Karzai"],
        # "Abdulla Yameen Abdul Gayoom", then "Gayoom" (the key `abdulla_yameen` has "President
        # Gayoom" from batch 47a).
        "abdulla_yameen": ["Maldivian President Abdulla Yameen Abdul Gayoom", "Abdulla Yameen Abdul Gayoom", "Gayoom"],
        "tshering_tobgay": ["Tshering Tobgay"],
        "sushma_swaraj": ["External Affairs Minister Sushma Swaraj", "Sushma Swaraj"],
        # New key.
        "sujatha_singh": ["Foreign Secretary Sujatha Singh", "Sujatha Singh"],
        "mahinda_rajapaksa": ["Sri Lankan President Mahinda Rajapaksa", "Mahinda Rajapaksa"],
        "nato": ["NATO"],
        "saarc": ["SAARC"],
        # "an exclusive interview to Deccan Chronicle" (the outlet cited in the body).
        "deccan_chronicle": ["Deccan Chronicle"],
    },
    meetings=[
        # "Nawaz Sharif on Tuesday met Prime Minister Narendra Modi at Hyderabad House in Delhi"
        # ("the 50-minute meeting": the same) -> held, 2014-05-27, New Delhi (the dateline's
        # city; the text writes "in Delhi").
        M(["nawaz_sharif", "narendra_modi"], "2014-05-27", "New Delhi", IP, H,
          "New Delhi: Prime Minister of Pakistan Nawaz Sharif on Tuesday met Prime Minister Narendra Modi at Hyderabad House in Delhi after he attended a grand swearing-in ceremony welcoming India's 15th PM."),
        # "Modi on Tuesday held talks with Afghanistan President Hamid Karzai" ("their more than
        # half an hour meeting": the same) -> held, 2014-05-27, New Delhi (the dateline).
        M(["narendra_modi", "hamid_karzai"], "2014-05-27", "New Delhi", IP, H,
          "In his first bilateral meeting with international leaders after assuming charge, Prime Minister Narendra Modi on Tuesday held talks with Afghanistan President Hamid Karzai."),
        # "Modi's talks with Maldivian President Abdulla Yameen Abdul Gayoom at the ceremonial
        # Hyderabad House here" (before the Karzai meeting, which the text also calls Modi's
        # first) -> held, date null (no day of its own; see the notes), New Delhi ("here").
        M(["narendra_modi", "abdulla_yameen"], None, "New Delhi", IP, H,
          "The meeting with Karzai followed Modi's talks with Maldivian President Abdulla Yameen Abdul Gayoom at the ceremonial Hyderabad House here."),
        # "Tshering Tobgay also met India’s new Prime Minister" -> held, date null (no day),
        # New Delhi (the dateline; see the notes).
        M(["tshering_tobgay", "narendra_modi"], None, "New Delhi", IP, H,
          "Prime Minister of Bhutan Tshering Tobgay also met India’s new Prime Minister."),
        # "These two meetings will be followed by other bilateral including talks with ...
        # Nawaz Sharif and ... Mahinda Rajapaksa" -> two planned rows, date null ("will be
        # followed"), New Delhi. The Sharif row repeats, as a plan, the meeting the lead reports
        # as held (a sentence left from an earlier version of the story): required False.
        M(["narendra_modi", "mahinda_rajapaksa"], None, "New Delhi", IP, P, _TWO_MORE),
        M(["narendra_modi", "nawaz_sharif"], None, "New Delhi", IP, P, _TWO_MORE, False),
        # "Earlier, on Monday, Sharif and Modi met each other at the forecourt of the Rashtrapati
        # Bhawan after Modi's much-anticipated swearing-in ceremony" -> held, 2014-05-26, New
        # Delhi; required False (an encounter at a ceremony, as the greeting rows of earlier
        # batches).
        M(["nawaz_sharif", "narendra_modi"], "2014-05-26", "New Delhi", IP, H,
          "Earlier, on Monday, Sharif and Modi met each other at the forecourt of the Rashtrapati Bhawan after Modi's much-anticipated swearing-in ceremony that witnessed the participation of over 4,000 guests.",
          False),
        # Not rows: the swearing-in ceremony (a ceremony with over 4,000 guests); "Modi was
        # assisted in the talks by ... Sushma Swaraj and ... Sujatha Singh" (assisting, not
        # participants); "Both Karzai and Gayoom arrived yesterday ... to attend Modi's
        # swearing-in ceremony" (arrivals); "an exclusive interview to Deccan Chronicle" (a media
        # interview). Rashtrapati Bhavan/Bhawan and Hyderabad House are buildings (places, not
        # actors). Removed: at the end, the cut-off last sentence ("The Prime Minister, who
        # seems determined to open a new chapter with his Indian counterpart, said that ").
        # Nothing removed at the start (the excerpt begins with the headline).
    ],
    roles=[("Prime Minister of Pakistan", "nawaz_sharif"), ("India's 15th PM", "narendra_modi"),
           ("Afghanistan President", "hamid_karzai"), ("Maldivian President", "abdulla_yameen"),
           ("External Affairs Minister", "sushma_swaraj"), ("Foreign Secretary", "sujatha_singh"),
           ("Prime Minister of Bhutan", "tshering_tobgay"), ("India’s new Prime Minister", "narendra_modi"),
           ("Pakistan Prime Minister", "nawaz_sharif"), ("Sri Lankan President", "mahinda_rajapaksa"),
           ("the Pakistani leader", "nawaz_sharif"), ("India’s new prime minister", "narendra_modi")],
)

A["dev_10110_pompidou_eyskens"] = dict(
    actors={
        # "te Grand Georges" (the headline, OCR for "Le Grand Georges"): the nickname is kept
        # as an alias of Pompidou ("Grand Georges").
        "georges_pompidou": ["President Georges Pompidou", "Georges Pompidou", "Pompidou", "Grand Georges"],
        "charles_de_gaulle": ["Charles de Gaulle", "General de Gaulle", "le grand Charles"],
        # New key.
        "gaston_eyskens": ["Belgian Premier Gaston Eyskens", "Gaston Eyskens", "Eyskens"],
        "european_economic_community": ["Common Market"],
        "nato": ["NATO"],
    },
    meetings=[
        # "In a blunt conversation with visiting Belgian Premier Gaston Eyskens, Pompidou made it
        # clear ..." ("Telling Eyskens": the same conversation) -> held, date null ("last
        # week"), place null (the text gives none; "visiting" implies France; see the notes).
        M(["georges_pompidou", "gaston_eyskens"], None, None, IP, H,
          "In a blunt conversation with visiting Belgian Premier Gaston Eyskens, Pompidou made it clear that where Europe is concerned, he can be as intransigent as le grand Charles."),
        # Not rows: "next October's Paris summit, at which the ten leaders of the expanded Common
        # Market are to hold their first meeting" (a multilateral summit); "Pompidou's spokesman
        # later emphasized" (an unnamed spokesman's statement). Kept as they stand: the issue
        # line "Monday, Jun. 19, 1972" and the headline's OCR "te Grand Georges". Removed: at
        # the end, the mirror's line "This file is automatically generated by a robot program,
        # so reader's discretion is required." Nothing removed at the start.
    ],
    roles=[("Belgian Premier", "gaston_eyskens"), ("his boss", "georges_pompidou")],
)

_SALZBURG = "Defense Minister Ezer Weizman made a surprise trip to Salzburg for talks today with President Anwar Sadat of Egypt and the Egyptian War Minister, Mohammed Ghani Gamassy."
_LONDON = "Dayan will be in London July 18-19 for talks with the Egyptian Foreign Minister, Mohammed Kaamel and U.S. Secretary of State Cyrus Vance on ways to resume the Israeli-Egyptian peace process."
A["test_10111_weizman_sadat_salzburg"] = dict(
    actors={
        "ezer_weizman": ["Defense Minister Ezer Weizman", "Ezer Weizman", "Weizman"],
        "anwar_sadat": ["President Anwar Sadat", "Anwar Sadat", "Sadat"],
        # New keys: Mohamed Abdel Ghani el-Gamasy and Muhammad Ibrahim Kamel, as spelled here.
        "mohamed_abdel_ghani_el_gamasy": ["Mohammed Ghani Gamassy", "Gamassy"],
        "muhammad_ibrahim_kamel": ["Mohammed Kaamel", "Foreign Minister Kaamel", "Kaamel"],
        "moshe_dayan": ["Foreign Minister Moshe Dayan", "Moshe Dayan", "Dayan"],
        "cyrus_vance": ["U.S. Secretary of State Cyrus Vance", "Cyrus Vance"],
        "israeli_air_force": ["Israel Air Force"],
    },
    meetings=[
        # "Weizman made a surprise trip to Salzburg for talks today with President Anwar Sadat
        # ... and the Egyptian War Minister, Mohammed Ghani Gamassy" (the headline's "Surprise
        # Talks with Sadat and Gamassy"; "the Salzburg meeting"; "Gamassy greeted Weizman at the
        # hotel": the same) -> a meeting of three named people, one row per pair, held (the
        # headline reports the talks; see the notes), date null (JTA "today", not resolved),
        # Salzburg. Sadat-Gamassy (president and his own war minister, the same side):
        # required False, as the same-side pairs of earlier batches.
        M(["ezer_weizman", "anwar_sadat"], None, "Salzburg", IP, H, _SALZBURG),
        M(["ezer_weizman", "mohamed_abdel_ghani_el_gamasy"], None, "Salzburg", IP, H, _SALZBURG),
        M(["anwar_sadat", "mohamed_abdel_ghani_el_gamasy"], None, "Salzburg", IP, H, _SALZBURG, False),
        # "Foreign Minister Kaamel would be joining them" -> Weizman-Kaamel, planned, date null,
        # Salzburg; required False (reported by unnamed officials; his pairs with his own
        # president and war minister are not rows).
        M(["ezer_weizman", "muhammad_ibrahim_kamel"], None, "Salzburg", IP, P,
          "Officials in Salzburg said Gamassy greeted Weizman at the hotel and that Foreign Minister Kaamel would be joining them.",
          False),
        # "Dayan will be in London July 18-19 for talks with the Egyptian Foreign Minister,
        # Mohammed Kaamel and U.S. Secretary of State Cyrus Vance" ("next week's foreign
        # ministers' meeting in London", "the London meeting": the same) -> three named
        # participants of three governments, one row per pair, planned, date null (a range),
        # London.
        M(["moshe_dayan", "muhammad_ibrahim_kamel"], None, "London", IP, P, _LONDON),
        M(["moshe_dayan", "cyrus_vance"], None, "London", IP, P, _LONDON),
        M(["muhammad_ibrahim_kamel", "cyrus_vance"], None, "London", IP, P, _LONDON),
        # Not rows: Dayan "told a news conference" and "Dayan said today" (statements); "The
        # Israeli defense chief told reporters" (a statement); "accompanied by aides"
        # (unnamed); "observers here" and "Officials in Salzburg" (unnamed). Kept as it stands:
        # the site line "Download PDF for this date" below the headline. Removed: at the start,
        # the headline's first copy and the site line "Menu JTA Search"; at the end, the cut-off
        # last sentence ("Dayan surprised reporters when he re").
    ],
    roles=[("the Egyptian War Minister", "mohamed_abdel_ghani_el_gamasy"),
           ("the Egyptian Foreign Minister", "muhammad_ibrahim_kamel"),
           ("U.S. Secretary of State", "cyrus_vance"), ("The Israeli defense chief", "ezer_weizman"),
           ("the President (Sadat)", "anwar_sadat")],
)

A["dev_10112_bush_musharraf_white_house"] = dict(
    actors={
        "george_w_bush": ["President Bush", "Bush"],
        "pervez_musharraf": ["President General Musharraf", "President Musharraf", "president Musharraf", "Musharraf"],
        # New key; "NFWP Governor Aurikzai" (the blogger's spelling) and "Lt Gen (Retd) Ali Jan
        # Aurakzai" (the quoted paper's) are the same man.
        "ali_jan_aurakzai": ["NFWP Governor Aurikzai", "Aurikzai", "Lt Gen (Retd) Ali Jan Aurakzai", "Ali Jan Aurakzai"],
        "condoleezza_rice": ["Condoleeza Rice"],
        # New keys.
        "richard_boucher": ["Richard Boucher"],
        "ryan_crocker": ["Ryan C Crocker"],
        "khurshid_mahmud_kasuri": ["Khurshid Mehmood Kasuri"],
        "mehmood_ali_durrani": ["Mehmood Ali Durrani"],
        "ejaz_ul_haq": ["Ejaz Ul Haq"],
        "sumaira_malik": ["Sumaira Malik"],
        "shaukat_sultan": ["Maj Gen Shaukat Sultan", "Shaukat Sultan"],
        "inter_services_public_relations": ["ISPR"],
        "pak_tribune": ["Pak Tribune"],
        # "Diplomatic sources told Online" (the Online news agency, cited in the body).
        "online_news_agency": ["Online"],
        "white_house": ["White House"],
        "government_of_afghanistan": ["Afghan government"],
    },
    meetings=[
        # "President Bush and President General Musharraf met today" ("one on one meeting between
        # President Musharraf and President Bush held in Oval house at White House Friday and
        # subsequent one hour meeting alongwith their respective delegations": the same pair,
        # day and place, one row) -> held, 2006-09-22, Washington (White House).
        M(["george_w_bush", "pervez_musharraf"], "2006-09-22", "Washington", IP, H,
          "President Bush and President General Musharraf met today and discussed many things, including mutual cooperation in the War on Terror."),
        # Not rows: "NFWP Governor Aurikzai also was there" (present, not a participant); "he was
        # in the delegation to Kabul earlier this month" (a visit to a city, no host named); the
        # officials who "assisted" the two presidents (not participants); "Diplomatic sources
        # told Online" (a report). Kept as they stand: the image file name "bush musharraf.jpg"
        # run into the first sentence, and the typos "NFWP", "Aurikzai", "Oval house",
        # "Condoleeza", "alongwith", "country?s". Removed: at the end, the cut-off last sentence
        # ("Both the lead"). Nothing removed at the start (the excerpt begins with the
        # headline).
    ],
    roles=[("NFWP Governor", "ali_jan_aurakzai"), ("US secretary of state", "condoleezza_rice"),
           ("under secretary of state", "richard_boucher"), ("US ambassador in Pakistan", "ryan_crocker"),
           ("foreign minister", "khurshid_mahmud_kasuri"), ("NWFP governor", "ali_jan_aurakzai"),
           ("Pakistan ambassador in US", "mehmood_ali_durrani"), ("minister for religious affairs", "ejaz_ul_haq"),
           ("minister for women development", "sumaira_malik"), ("director general ISPR", "shaukat_sultan"),
           ("the latter", "george_w_bush")],
)
