"""Accuracy corpus, batch 52b: 12 new articles about meetings between political actors, all
published in EVEN years (another helper takes odd years), from the 1960s, 1980s, 1990s, 2000s,
2010s and 2020s (1960s: two, 1980s: one, 1990s: two, 2000s: two, 2010s: three, 2020s: two; five
of the twelve from before 2000, as the brief asked for at least five), over the eleven regions
(Latin America: two; East Asia, Southeast Asia, Eastern Europe/Russia, Middle East, Central
Asia/Caucasus, Oceania, North America, Western Europe, Africa, South Asia: one each).
Outlets/sites: The Press (Christchurch) via Papers Past (twice), the Chicago Tribune
(articles.chicagotribune.com), The Spokesman-Review (spokesman.com), Real Time 1960s
(realtime1960s.com), Seven Day News (sevendaynews.com), the Prime Minister's Office of Tonga
(pmo.gov.to), Cult MTL (cultmtl.com), Press TV (presstv.ir), the Daily Graphic (graphic.com.gh),
Rediff News (in.rediff.com) and Fox News (foxnews.com). sevendaynews.com, cultmtl.com,
presstv.ir and graphic.com.gh are new to the corpus as sites (as far as `sources.csv` and the
batch files show); the other sites were used before, the pages are new (one meeting, the
Singh-Musharraf meeting in Havana, is in the corpus as a plan from another page; see the notes).
Collected with the `search` tool (corpus `pages`) and annotated from the texts alone, BEFORE the
package was run on them (the package has not been run, imported or read for this batch).
Conventions: ANNOTATION.md and /work/shared/ANNOTATION-GUIDE.md. Notes: batch_52b_NOTES.md.

Split rule (fixed before annotating, as given in the brief for this batch, the same as batches
5a-51b): the articles are numbered 1..12 in the order they were first found in this session's
search results (the query in which each first appeared, then its rank in that query), after
skipping pages already in the corpus; positions 3, 7 and 11 are test, all others dev. Ids:
`dev_103NN_<slug>` / `test_103NN_<slug>`, NN = collection position (01..12).

M(participants, date, place, kind, status, evidence, required=True)
Evidence is the verbatim sentence (line breaks inside it replaced by single spaces).
Aliases are written as they stand in the text (typos and OCR errors included).
"""


from annotations import H, IP, M, P, PH, VID  # noqa: F401 (the same row helpers)

# (article_id, region, decade, outlet, url, published)
ARTICLES = [
    # No date line in the excerpt; the URL names the issue: CHP19840907 (1984-09-07, a Friday,
    # checked): "arrived in Japan yesterday" = 1984-09-06 (a Thursday, checked).
    ("dev_10301_chun_tokyo_arrival", "East Asia", "1980s", "The Press (Christchurch), via Papers Past (NZPA-Reuter)", "https://paperspast.natlib.govt.nz/newspapers/CHP19840907.2.70.6", "1984-09-07"),
    # The URL names the issue: CHP19660811 (1966-08-11, a Thursday, checked); the dateline
    # "DJAKARTA, August 10." (1966-08-10, a Wednesday, checked): "tomorrow" = 1966-08-11 (the
    # dateline's day + 1, the day); "on Friday" = 1966-08-12 (a Friday, checked), the
    # day of Malik's flight, not of the meetings (see the notes).
    ("dev_10302_malik_tunku_kuala_lumpur_planned", "Southeast Asia", "1960s", "The Press (Christchurch), via Papers Past (N.Z.P.A. Reuter)", "https://paperspast.natlib.govt.nz/newspapers/CHP19660811.2.162", "1966-08-11"),
    # The date line "July 16, 1990" (a Monday, checked; the URL's 1990-07-16 agrees): "began two
    # days of talks Sunday" = 1990-07-15 (a Sunday, checked).
    ("test_10303_kohl_gorbachev_moscow", "Eastern Europe/Russia", "1990s", "Chicago Tribune (articles.chicagotribune.com)", "http://articles.chicagotribune.com/1990-07-16/news/9002270966_1_gorbachev-and-kohl-kohl-aide-german-unity", "1990-07-16"),
    # No date line in the excerpt; the URL names the day: 1996/sep/05 (1996-09-05, a Thursday,
    # checked): "Wednesday evening" = 1996-09-04 (a Wednesday, checked).
    ("dev_10304_netanyahu_arafat_handshake", "Middle East", "1990s", "The Spokesman-Review (spokesman.com)", "http://www.spokesman.com/stories/1996/sep/05/arafat-netanyahu-meet-for-first-time-but-the-two/", "1996-09-05"),
    # The item's date line "June 30, 1962 -" (a Saturday, checked; the site writes each item
    # under its day, as the corpus's realtime1960s pages dev_7905 and dev_9904): "held this
    # morning" = 1962-06-30. Region Latin America (US-Mexico, as ANNOTATION.md).
    ("dev_10305_kennedy_lopez_mateos_mexico", "Latin America", "1960s", "Real Time 1960s (realtime1960s.com)", "https://www.realtime1960s.com/post/president-kennedy-hails-new-era-of-friendship-with-mexico", "1962-06-30"),
    # No date line in the excerpt; the URL names the post's day: 2016/05/16 (a Monday, checked):
    # "will be held on Monday in Vienna" and "In Vienna began" = 2016-05-16; "may 12" =
    # 2016-05-12 (a Thursday, checked; no meeting).
    ("dev_10306_aliyev_sargsyan_vienna", "Central Asia/Caucasus", "2010s", "Seven Day News (sevendaynews.com; citing RIA Novosti and TASS)", "https://sevendaynews.com/2016/05/16/the-heads-of-azerbaijan-and-armenia-met-for-the-first-time-after-fighting-in-karabakh/", "2016-05-16"),
    # The release's date line "8 February 2024" (a Thursday, checked): "This afternoon" =
    # 2024-02-08. The URL's 2024/02/09 is the day it was posted (not the release's date; see the
    # notes).
    ("test_10307_hu_akavameiliku_luxon_auckland", "Oceania", "2020s", "Prime Minister's Office of Tonga (pmo.gov.to; media release)", "https://pmo.gov.to/index.php/2024/02/09/tonga-and-new-zealand-prime-ministers-held-bilateral-meeting-to-advance-statement-of-partnership/", "2024-02-08"),
    # No date line of the post in the excerpt; the URL names only the month (2022/12); the two
    # embedded posts are dated "December 20, 2022" (a Tuesday, checked) and the first says "ce
    # matin" of the meeting the post reports as "today": published and "met ... today" =
    # 2022-12-20. "on Friday of last week" = 2022-12-16 (a Friday, checked; a postponed meeting,
    # no row).
    ("dev_10308_legault_trudeau_montreal_coffee", "North America", "2020s", "Cult MTL (cultmtl.com)", "https://cultmtl.com/2022/12/francois-legault-and-justin-trudeau-met-for-coffee-today-at-olimpico-in-old-montreal/", "2022-12-20"),
    # No date line in the excerpt; the URL names the day: 2016/08/23 (a Tuesday, checked): "met
    # Monday" = 2016-08-22 (a Monday, checked).
    ("dev_10309_merkel_hollande_renzi_ventotene", "Western Europe", "2010s", "Press TV (presstv.ir)", "http://presstv.ir/Detail/2016/08/23/481274/EU-politics-Brexit-Angela-Merkle-Francois-Hollande-Matteo-Renzi", "2016-08-23"),
    # No date line in the excerpt; the search tool's date field 2018-11-27 (removed with its
    # prefix; a Tuesday, checked): "last Sunday" = 2018-11-25 (a Sunday, checked).
    ("dev_10310_gnassingbe_akufo_addo_accra", "Africa", "2010s", "Daily Graphic (graphic.com.gh)", "https://www.graphic.com.gh/news/politics/faure-gnassingbe-confers-with-prez-akufo-addo.html", "2018-11-27"),
    # The line "Last updated on: September 15, 2006 18:39 IST" (a Friday, checked; the URL's
    # 2006/sep/15 agrees): "early on Thursday" = 2006-09-14 (a statement, no row); "either on
    # Friday or on Saturday" -> no date (two days); the arrival and the meetings with the four
    # leaders are given no day -> no date.
    ("test_10311_singh_musharraf_havana_planned", "South Asia", "2000s", "Rediff News (in.rediff.com)", "https://in.rediff.com/news/2006/sep/15sfa.htm?zcc=rl", "2006-09-15"),
    # No date line in the excerpt; the URL names the day: 2006/03/03 (a Friday, checked): "on
    # Thursday" and "Earlier Thursday" = 2006-03-02 (a Thursday, checked). Region Latin America
    # (Haiti and the Dominican Republic, the Caribbean).
    ("dev_10312_preval_fernandez_dominican_republic", "Latin America", "2000s", "Fox News (foxnews.com)", "http://www.foxnews.com/story/2006/03/03/haitian-leader-visits-dominican-republic.html", "2006-03-03"),
]

A = {}

A["dev_10301_chun_tokyo_arrival"] = dict(
    actors={
        "chun_doo_hwan": ["President Chun Doo Hwan", "Chun Doo Hwan", "Mr Chun"],
        # New key: Japan's foreign minister Shintaro Abe (not `shinzo_abe`, his son).
        "shintaro_abe": ["Mr Shintaro Abe", "Shintaro Abe"],
    },
    meetings=[
        # "After a brief welcome led by Japan's Foreign Minister, Mr Shintaro Abe, Mr Chun stepped
        # into his limousine" (at "Tokyo's Haneda airport"; Chun "arrived in Japan yesterday") ->
        # an arrival welcome, held, 1984-09-06, Tokyo; required False (an arrival welcome, as
        # dev_031, dev_1809 and batch 10b's tarmac greeting).
        M(["shintaro_abe", "chun_doo_hwan"], "1984-09-06", "Tokyo", IP, H,
          "After a brief welcome led by Japan’s Foreign Minister, Mr Shintaro Abe, Mr Chun stepped into his limousine to drive to Tokyo’s Akasaka guest house where he will stay for the three-day State visit, the first made to Japan by a South Korean leader.",
          False),
        # Not rows: "the three-day State visit" (a visit to a country, no host named, as batch
        # 51b's "state visit to Manila"); "a statement distributed to the news media" and "His
        # arrival statement" (statements); "he hopes to persuade Japanese leaders" (unnamed
        # leaders, a wish). "NZPA-Reuter" at the head of the story is the agency credit (not
        # annotated); the Akasaka guest house and Haneda airport are places. The OCR errors
        # ("To confuse. would-be", "stilL", "on .the raft", "Japan.” .") are kept as they stand.
        # Removed: at the start, the site's ten "Article image" lines; at the end, the cut-off
        # last sentence ("More tha").
    ],
    roles=[("Japan’s Foreign Minister", "shintaro_abe"), ("the President", "chun_doo_hwan")],
)

A["dev_10302_malik_tunku_kuala_lumpur_planned"] = dict(
    actors={
        "adam_malik": ["Mr Adam Malik", "Adam Malik", "Mr Malik"],
        "tunku_abdul_rahman": ["Tunku Abdul Rahman"],
        "abdul_razak": ["Tun Abdul Razak"],
        # New keys: the Indonesian "Crush Malaysia Command" (its spokesman is quoted) and the two
        # Indonesian papers cited in the body.
        "crush_malaysia_command": ["Crush Malaysia Command"],
        "kami": ["Kami"],
        "merdeka": ["Merdeka"],
    },
    meetings=[
        # "Tunku Abdul Rahman, said he would worship with Mr Malik at the national mosque in Kuala
        # Lumpur and entertain him to lunch" (Malik "will fly to Kuala Lumpur ... on Friday") ->
        # planned, date null (the day of the worship and lunch is not stated; see the notes),
        # Kuala Lumpur.
        M(["tunku_abdul_rahman", "adam_malik"], None, "Kuala Lumpur", IP, P,
          "The Malaysian Pi ime Minister, Tunku Abdul Rahman, said he would worship with Mr Malik at the national mosque in Kuala Lumpur and entertain him to lunch."),
        # "The visiting Minister would also be received by the King of Malaysia" (the King is not
        # named) -> a one-party row for Malik, planned, date null, Kuala Lumpur (the visit's
        # city, named in the sentence before).
        M(["adam_malik"], None, "Kuala Lumpur", IP, P,
          "The visiting Minister would also be received by the King of Malaysia."),
        # Not rows: "the signing of a peace agreement at noon tomorrow" and Razak's visit
        # "tomorrow" ("Indonesia will treat the visit ... as a state occasion"; "He is due with a
        # party of 50 officials and ministers to sign the peace agreement"): a visit to a
        # country whose host and co-signatory are not named, not even by role (see the notes);
        # Malik "will fly to Kuala Lumpur" (a trip to a city; its meetings are the two rows);
        # "the man who negotiated the peace agreement" (past negotiations, no counterpart or
        # day); the spokesman's statement and the papers' welcome (statements). The Manila
        # Agreement is an agreement (not an actor). "(N.Z.P.A. Reuter —Copyright)" is the agency
        # credit (not annotated). The OCR errors ("tomorrow 7 .", "Pi ime Minister", the
        # hyphenated "Malay- sian" across a paragraph break, "It would be a significant" broken
        # across paragraphs) are kept as they stand. Removed: at the start, the site's two
        # notes on text corrections and sixteen "Article image" lines; at the end, the cut-off
        # last sentence ("“Kami” is the organ of the powerful anti-Communist Students’ Action
        # Front, which has campaigned for weeks for an end to confront").
    ],
    roles=[("the Indonesian Foreign Minister", "adam_malik"),
           ("the man who negotiated the peace agreement", "adam_malik"),
           ("The Malaysian Pi ime Minister", "tunku_abdul_rahman"),
           ("The visiting Minister", "adam_malik")],
)

A["test_10303_kohl_gorbachev_moscow"] = dict(
    actors={
        "mikhail_gorbachev": ["President Mikhail Gorbachev", "Mikhail Gorbachev", "Gorbachev"],
        "helmut_kohl": ["West German Chancellor Helmut Kohl", "Helmut Kohl", "Kohl"],
        "gennady_gerasimov": ["Gennady Gerasimov", "Gerasimov"],
        "soviet_foreign_ministry": ["Soviet Foreign Ministry"],
        "nato": ["NATO", "North Atlantic Treaty Organization"],
        "warsaw_pact": ["Warsaw Pact"],
    },
    meetings=[
        # "Gorbachev and Kohl, who began two days of talks Sunday, emerged from their first
        # session" (the lead's "indicated Sunday", "their talks": the same) -> held, 1990-07-15
        # (the day the talks began), Moscow (the dateline; no other place is named; see the
        # notes). The second day of the "two days of talks" is not given a row of its own.
        M(["mikhail_gorbachev", "helmut_kohl"], "1990-07-15", "Moscow", IP, H,
          "Gorbachev and Kohl, who began two days of talks Sunday, emerged from their first session beaming with optimism about the future course of bilateral relations and the future shape of Europe."),
        # Not rows: the "two-plus-four" talks (a multilateral negotiation of unnamed "Western
        # officials"); Gerasimov's statements and "a Kohl aide" (statements; the aide unnamed).
        # The byline ("Vincent J. Schodolski, Chicago Tribune") is not annotated. The doubled "a
        # a", the backquotes (``...``, "West`s") and the line break inside "the ``two-plus-four``
        # talks" are kept as they stand. Removed: at the end, the cut-off last sentence, a
        # paragraph of its own ("In their talks, the Soviet and West German leaders also
        # appeared to reach an accord on the size of a future German mili"). Nothing removed at
        # the start (the excerpt begins with the headline).
    ],
    roles=[("Soviet Foreign Ministry spokesman", "gennady_gerasimov")],
)

A["dev_10304_netanyahu_arafat_handshake"] = dict(
    actors={
        "benjamin_netanyahu": ["Prime Minister Benjamin Netanyahu", "Benjamin Netanyahu", "Netanyahu"],
        "yasser_arafat": ["Yasser Arafat", "Arafat"],
        "likud": ["Likud Party"],
        # New keys: Terje Rød-Larsen (written "Terje Larsen") and Martin Indyk.
        "terje_rod_larsen": ["Terje Larsen"],
        "plo": ["Palestine Liberation Organization"],
        "martin_indyk": ["Martin Indyk"],
    },
    meetings=[
        # "Netanyahu ... shook the Palestinian leader's hand Wednesday evening" (the headline's
        # "Arafat, Netanyahu Meet For First Time"; Indyk's "the meeting is the message": the
        # same) -> held, 1996-09-04, place null (the excerpt names no place).
        M(["benjamin_netanyahu", "yasser_arafat"], "1996-09-04", None, IP, H,
          "Prime Minister Benjamin Netanyahu, who rose to Israel’s premiership on the strength of his revulsion for Yasser Arafat, shook the Palestinian leader’s hand Wednesday evening and discarded a central tenet of his Likud Party career."),
        # Not rows: Larsen "helped save their talks in intensive mediation these past few weeks"
        # (mediation over weeks, no specific meeting); "the first agreement between Israel and
        # the Palestine Liberation Organization three years ago" (an agreement); Larsen's and
        # Indyk's words (statements). The unclosed quotation mark in Indyk's first sentence is
        # kept as it stands. Removed: at the start, the site line "Arrow-right Camera"; at the
        # end, the cut-off last sentence, a paragraph of its own ("It took 80 days in
        # government to complete the revers").
    ],
    roles=[("the Palestinian leader", "yasser_arafat"), ("the Israeli leader", "benjamin_netanyahu"),
           ("the Norwegian academic", "terje_rod_larsen"), ("U.S. Ambassador to Israel", "martin_indyk")],
)

A["dev_10305_kennedy_lopez_mateos_mexico"] = dict(
    actors={
        "john_f_kennedy": ["President Kennedy", "Mr. Kennedy"],
        "adolfo_lopez_mateos": ["President Adolfo Lopez Mateos", "Adolfo Lopez Mateos"],
        "fidel_castro": ["Premier Fidel Castro", "Fidel Castro"],
        "organization_of_american_states": ["Organization of American States"],
    },
    meetings=[
        # "It followed three conferences between the two leaders, the last of which was held this
        # morning" (Kennedy's "state visit to Mexico") -> one row for the talks of the visit,
        # held, 1962-06-30 (the last conference, "this morning"; see the notes), Mexico (no city
        # in the text).
        M(["john_f_kennedy", "adolfo_lopez_mateos"], "1962-06-30", "Mexico", IP, H,
          "It followed three conferences between the two leaders, the last of which was held this morning."),
        # Not rows: the declaration "today" and "a joint communiqué" (statements); "both U.S. and
        # Mexican officials said" (unnamed; statements); the OAS question (no meeting). Removed:
        # at the start, the site line "top of page"; at the end, the site line "bottom of page".
        # The item is whole (no cut-off sentence).
    ],
    roles=[("the Organization", "organization_of_american_states")],
)

_VIENNA = ("In particular, participate in the negotiations of the foreign Ministers of Russia and France Sergey Lavrov and Jean-Marc Ayrault, as well as U.S. Secretary of state John Kerry.")
A["dev_10306_aliyev_sargsyan_vienna"] = dict(
    actors={
        "ilham_aliyev": ["Azerbaijani President Ilham Aliyev", "Ilham Aliyev"],
        "serzh_sargsyan": ["Armenian President Serzh Sargsyan", "Serzh Sargsyan"],
        "sergey_lavrov": ["Sergey Lavrov"],
        "john_kerry": ["John Kerry"],
        "osce_minsk_group": ["OSCE Minsk group"],
        # New keys.
        "jean_marc_ayrault": ["Jean-Marc Ayrault"],
        "ria_novosti": ["RIA Novosti"],
        # "Source TASS in one of the delegations said" (the agency cited in the body).
        "tass": ["TASS"],
        "united_nations": ["UN"],
    },
    meetings=[
        # "In Vienna began the first ... meeting between the presidents of Azerbaijan and
        # Armenia Ilham Aliyev and Serzh Sargsyan" (the headline's "met for the first time";
        # "the negotiations ... will be held on Monday in Vienna": the same) -> held, 2016-05-16,
        # Vienna.
        M(["ilham_aliyev", "serzh_sargsyan"], "2016-05-16", "Vienna", IP, H,
          "In Vienna began the first after the aggravation of the situation in Nagorno-Karabakh meeting between the presidents of Azerbaijan and Armenia Ilham Aliyev and Serzh Sargsyan, the correspondent of “RIA Novosti”."),
        # The three mediators who "participate in the negotiations" (Lavrov, Ayrault, Kerry) ->
        # a pair row with each president, required False (mediators present at the talks, as
        # the mediator convention of dev_1801 and dev_2106); no rows among the mediators (as
        # dev_2106).
        M(["sergey_lavrov", "ilham_aliyev"], "2016-05-16", "Vienna", IP, H, _VIENNA, False),
        M(["sergey_lavrov", "serzh_sargsyan"], "2016-05-16", "Vienna", IP, H, _VIENNA, False),
        M(["jean_marc_ayrault", "ilham_aliyev"], "2016-05-16", "Vienna", IP, H, _VIENNA, False),
        M(["jean_marc_ayrault", "serzh_sargsyan"], "2016-05-16", "Vienna", IP, H, _VIENNA, False),
        M(["john_kerry", "ilham_aliyev"], "2016-05-16", "Vienna", IP, H, _VIENNA, False),
        M(["john_kerry", "serzh_sargsyan"], "2016-05-16", "Vienna", IP, H, _VIENNA, False),
        # Not rows: the caption "Armenian President Serzh Sargsyan (left) and Azerbaijani
        # President Ilham Aliyev, 2015" (a photograph; no meeting is stated); "it became known on
        # may 12" and the co-chairs' statement (statements; the co-chairs unnamed); TASS's
        # source (a report); the ceasefire of "5 April" (no meeting). Kept as they stand: the
        # translation's word order ("In Vienna began the first after the aggravation ...
        # meeting", "participate in the negotiations of the foreign Ministers", "It is,
        # according to the interlocutor, “should ...") and "may 12". Removed: at the end, the
        # site's photo-gallery block ("Photo gallery", its title "The intensification of the
        # conflict in Nagorno-Karabakh", a teaser paragraph cut off at "killed 12 Azerbaijan…",
        # and "Showing 14 photos"). Nothing removed at the start (the excerpt begins with the
        # headline).
    ],
    roles=[("U.S. Secretary of state", "john_kerry")],
)

A["test_10307_hu_akavameiliku_luxon_auckland"] = dict(
    actors={
        # Siaosi Sovaleni, styled "Hu'akavameiliku" (the key of batches 40b and 48a).
        "siaosi_sovaleni": ["Honourable Hu’akavameiliku", "Prime Minister Hu’akavameiliku", "Hu’akavameiliku"],
        "christopher_luxon": ["Christopher Luxon", "Prime Minister Luxon", "Luxon"],
    },
    meetings=[
        # "This afternoon, Tonga's Prime Minister, Honourable Hu'akavameiliku held a bilateral
        # meeting in Auckland, with the Prime Minister of New Zealand, the Right Honourable
        # Christopher Luxon" ("The two Prime Ministers also discussed": the same) -> held,
        # 2024-02-08, Auckland.
        M(["siaosi_sovaleni", "christopher_luxon"], "2024-02-08", "Auckland", IP, H,
          "This afternoon, Tonga’s Prime Minister, Honourable Hu’akavameiliku held a bilateral meeting in Auckland, with the Prime Minister of New Zealand, the Right Honourable Christopher Luxon, to discuss priority areas for cooperation and partnership, in climate change, cyber security, sports, health and education."),
        # Not rows: "the COP28 Climate Meetings" and "the 53rd Pacific Islands Leaders Forum
        # Meetings to be hosted in Tonga in August 2024" (multilateral meetings; events, not
        # actors); the Statement of Partnership (an agreement). Removed: at the start, the
        # site's empty line '" "'; at the end, the site line "text formatting". The release is
        # whole (no cut-off sentence); the headline's quotation marks are kept.
    ],
    roles=[("Tonga’s Prime Minister", "siaosi_sovaleni"),
           ("the Prime Minister of New Zealand", "christopher_luxon")],
)

A["dev_10308_legault_trudeau_montreal_coffee"] = dict(
    actors={
        "francois_legault": ["Quebec Premier François Legault", "François Legault", "Legault", "@francoislegault"],
        "justin_trudeau": ["Prime Minister Justin Trudeau", "Justin Trudeau", "Trudeau"],
        # New keys: the journalist who wrote the first embedded post, and Radio-Canada's news
        # account tagged in it.
        "aimee_lemieux": ["Aimée Lemieux", "@aimlemieux"],
        "radio_canada": ["@RadioCanadaInfo"],
    },
    meetings=[
        # "Quebec Premier François Legault and Prime Minister Justin Trudeau met for coffee today
        # at Café Olimpico in Old Montreal" (the headline, the post "Rencontre Trudeau-Legault ce
        # matin", "the meeting with Trudeau", "sa rencontre avec ... Justin Trudeau": the same)
        # -> held, 2022-12-20, Montreal.
        M(["francois_legault", "justin_trudeau"], "2022-12-20", "Montreal", IP, H,
          "Quebec Premier François Legault and Prime Minister Justin Trudeau met for coffee today at Café Olimpico in Old Montreal to discuss health transfers and immigration in the province."),
        # Not rows: "The meeting was originally scheduled to take place on Friday of last week
        # but was postponed due to the snow storm" (a meeting that did not take place on that
        # day; the one held is the row above); Legault "spoke to the media" (a statement).
        # Kept as they stand: the embedded posts (French, with emoji, links and handles) and
        # the repeated headline after the first one. Removed: at the end, the site line "For
        # our latest in news, please visit the News section." Nothing removed at the start (the
        # excerpt begins with the standfirst).
    ],
    roles=[("Quebec Premier", "francois_legault"), ("Le premier ministre du Québec", "francois_legault"),
           ("le premier ministre du Canada", "justin_trudeau")],
)

_VENTOTENE = ("German Chancellor Angela Merkel, French President Francois Hollande and Italian Prime Minister Matteo Renzi met Monday on the Italian island of Ventotene for a second mini-summit of the three countries since Britain’s shock decision to leave the EU.")
A["dev_10309_merkel_hollande_renzi_ventotene"] = dict(
    actors={
        "angela_merkel": ["German Chancellor Angela Merkel", "Angela Merkel", "Merkel"],
        "francois_hollande": ["French President Francois Hollande", "Francois Hollande", "Hollande"],
        "matteo_renzi": ["Italian Prime Minister Matteo Renzi", "Matteo Renzi", "Renzi"],
        "european_union": ["European Union", "EU"],
    },
    meetings=[
        # "Merkel, ... Hollande and ... Renzi met Monday on the Italian island of Ventotene"
        # (the lead's "have held a meeting on an aircraft carrier off Italy", "the talks": the
        # same) -> three named participants, one row per pair, held, 2016-08-22, Ventotene (the
        # named island; the carrier "off Ventotene" held the press conference; see the notes).
        M(["angela_merkel", "francois_hollande"], "2016-08-22", "Ventotene", IP, H, _VENTOTENE),
        M(["angela_merkel", "matteo_renzi"], "2016-08-22", "Ventotene", IP, H, _VENTOTENE),
        M(["francois_hollande", "matteo_renzi"], "2016-08-22", "Ventotene", IP, H, _VENTOTENE),
        # Not rows: "a second mini-summit" (the first is not described: no participants, day or
        # place); "they held a joint press conference" (a news conference); the referendum of
        # "June 23" (no meeting); the leaders' words (statements). Removed: at the end, the
        # cut-off last sentence, a paragraph of its own ("Hollande also touched on the issue of
        # the refugee influx, which has brought the biggest crisis to Europe since World War II,
        # calling on EU members"). Nothing removed at the start (the excerpt has no headline).
    ],
    roles=[("The French president", "francois_hollande")],
)

A["dev_10310_gnassingbe_akufo_addo_accra"] = dict(
    actors={
        "faure_gnassingbe": ["Mr Faure Essozimna Gnassingbé", "Faure Essozimna Gnassingbé", "Faure Gnassingbé", "President Gnassingbé", "Mr Gnassingbé", "Gnassingbé"],
        "nana_akufo_addo": ["President Nana Addo Dankwa Akufo-Addo", "Nana Addo Dankwa Akufo-Addo", "President Akufo-Addo", "Prez Akufo-Addo", "Akufo-Addo"],
        # New key.
        "alpha_conde": ["President Alpha Conde", "Alpha Conde"],
        "ecowas": ["ECOWAS"],
    },
    meetings=[
        # "Gnassingbé, paid a short visit to his Ghanaian counterpart, Nana Addo Dankwa
        # Akufo-Addo, in Accra last Sunday" (the headline's "confers", the caption's "holding
        # discussions", "their closed-door meeting", "an informal chat": the same) -> held,
        # 2018-11-25, Accra.
        M(["faure_gnassingbe", "nana_akufo_addo"], "2018-11-25", "Accra", IP, H,
          "The Togolese President, Mr Faure Essozimna Gnassingbé, paid a short visit to his Ghanaian counterpart, Nana Addo Dankwa Akufo-Addo, in Accra last Sunday, to discuss issues of mutual interest to the two nations."),
        # Not rows: "such informal meetings should be a regular affair" (a wish, no specific
        # meeting); "other issues the two Presidents had been discussing" (earlier discussions,
        # none specified); Akufo-Addo and Alpha Conde "have been tasked by ECOWAS" (a mandate,
        # no meeting); "mediating between parties in the Togolese internal dispute" (no
        # specific meeting or named party). The byline ("Donald Ato Dapatem") is not annotated.
        # Kept as they stand: the duplicated caption line and the site's link lines in the body
        # ("Useful links Ghana Politics | ...", "Useful links Ghana news | ...", "for current
        # Ghana news | ..."), which are not at the start or end. Removed: at the start, the
        # search tool's date prefix (" date 2018-11-27 "). The item is whole (no cut-off
        # sentence).
    ],
    roles=[("The Togolese President", "faure_gnassingbe"), ("his Ghanaian counterpart", "nana_akufo_addo")],
)

_FOUR = ("After a red carpet welcome at the Jose Marti airport -- named after a Cuban revolutionary -- the prime minister met with the leaders of Mongolia, Malaysia, Mauritius and Sri Lanka.")
A["test_10311_singh_musharraf_havana_planned"] = dict(
    actors={
        "manmohan_singh": ["Prime Minister Manmohan Singh", "Manmohan Singh", "Dr Singh"],
        "pervez_musharraf": ["Pakistan President Pervez Musharraf", "Pervez Musharraf", "President Musharraf", "General Musharraf", "Musharraf"],
        # "Mahmoud Ahmedinejad" (so spelled here).
        "mahmoud_ahmadinejad": ["Iranian President Mahmoud Ahmedinejad", "Mahmoud Ahmedinejad"],
        "non_aligned_movement": ["NAM", "Non Aligned Movement"],
    },
    meetings=[
        # "Dr Singh is likely to meet General Musharraf either on Friday or on Saturday" ("his
        # upcoming meeting with Pakistan President Pervez Musharraf", "I am meeting him on the
        # sidelines of the NAM ... conference", the headline's "PM-Musharraf meeting": the same)
        # -> planned, date null (two days), Havana (the byline "in Havana"; "arrived in Havana,
        # Cuba, for the NAM summit").
        M(["manmohan_singh", "pervez_musharraf"], None, "Havana", IP, P,
          "Dr Singh is likely to meet General Musharraf either on Friday or on Saturday."),
        # "the prime minister met with the leaders of Mongolia, Malaysia, Mauritius and Sri
        # Lanka" -> four separate meetings with leaders given by country alone: four one-party
        # rows for Singh (as dev_2405's "the Prime Ministers of New Zealand and Australia"),
        # held, date null (the arrival is given no day), Havana.
        M(["manmohan_singh"], None, "Havana", IP, H, _FOUR),
        M(["manmohan_singh"], None, "Havana", IP, H, _FOUR),
        M(["manmohan_singh"], None, "Havana", IP, H, _FOUR),
        M(["manmohan_singh"], None, "Havana", IP, H, _FOUR),
        # "A meeting with Iranian President Mahmoud Ahmedinejad is also on the cards" -> planned
        # (expected, as "likely to meet" above), date null, Havana.
        M(["manmohan_singh", "mahmoud_ahmadinejad"], None, "Havana", IP, P,
          "A meeting with Iranian President Mahmoud Ahmedinejad is also on the cards."),
        # Not rows: the two leaders "arrived in Havana ... within 10 minutes of each other" and
        # Singh "waited for 30 minutes before he could disembark ... as General Musharraf
        # arrived before" (arrivals, no meeting); "a red carpet welcome" (no one named);
        # "Speaking to reporters aboard Air-India One" (a statement); "a joint statement" (not
        # yet issued). Jose Marti is named only in the airport's name (a place, not annotated);
        # "Air-India One" is an aircraft; the NPT is a treaty. Kept as they stand: the site
        # line "Get Rediff News in your Inbox:" below the date line, "the the NAM summit", "as
        # General Musharraf arrived before we did", and the unclosed quotation after the
        # removed sentence. Removed: at the start, the site's header lines ("Rediff News", "All
        # News", "News APP", "NewsApp (Free)", "Read news as it happens", "Download NewsApp  »
        # News » Terror will dominate PM-Musharraf meeting"); at the end, the cut-off last
        # sentence ("If there are doubts about them then it can be resolved through a pe").
    ],
    roles=[("Pakistan President", "pervez_musharraf"), ("the prime minister", "manmohan_singh"),
           ("Iranian President", "mahmoud_ahmadinejad"), ("PM", "manmohan_singh")],
)

A["dev_10312_preval_fernandez_dominican_republic"] = dict(
    actors={
        # New key.
        "rene_preval": ["Rene Preval", "Preval"],
        "leonel_fernandez": ["Dominican President Leonel Fernandez", "Leonel Fernandez", "Fernandez", "Leonel"],
        "jean_bertrand_aristide": ["Jean-Bertrand Aristide", "Aristide"],
        "united_nations": ["U.N."],
    },
    meetings=[
        # "Leonel Fernandez greeted Preval on Thursday with a handshake and a hug, then the two
        # men left for a state dinner at the National Palace" (the lead's "met with his
        # counterpart in the Dominican Republic"; "They were expected to discuss"; Preval's "a
        # pleasure to meet again with my friend Leonel": the same) -> held, 2006-03-02, Santo
        # Domingo (the National Palace resolved to its city, as White House -> Washington; see
        # the notes).
        M(["leonel_fernandez", "rene_preval"], "2006-03-02", "Santo Domingo", IP, H,
          "Dominican President Leonel Fernandez greeted Preval on Thursday with a handshake and a hug, then the two men left for a state dinner at the National Palace."),
        # "Earlier Thursday, Preval met with top officials from the Dominican Republic" (unnamed)
        # -> a one-party row for Preval, held, 2006-03-02, Dominican Republic (no city);
        # required False (a group of unnamed officials, as "senior Korean officials" in
        # test_2411).
        M(["rene_preval"], "2006-03-02", "Dominican Republic", IP, H,
          "Earlier Thursday, Preval met with top officials from the Dominican Republic and heard from some 250 Haitian students about the hardship of living abroad.",
          False),
        # Not rows: "Fernandez's last visit to Haiti, where protesters attempted to block his
        # motorcade" (a past visit to a country, no host named); "meet again" (earlier meetings,
        # none specified); the 250 Haitian students and the supporters who "mobbed and hugged"
        # him (not political actors); the ouster of Aristide (no meeting). Kept as it stands: the
        # last paragraph without a full stop ("... by their uneasy neighbors"). Removed: at the
        # end, the cut-off last sentence, a paragraph of its own ("Preval's trip came bef").
        # Nothing removed at the start (the excerpt begins with the headline).
    ],
    roles=[("Haiti's newly elected president", "rene_preval"), ("his counterpart", "leonel_fernandez"),
           ("Dominican President", "leonel_fernandez")],
)
