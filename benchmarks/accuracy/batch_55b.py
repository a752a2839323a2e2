"""Accuracy corpus, batch 55b: 12 new articles about meetings between political actors, all
published in EVEN years (another helper takes odd years as batch 55a), from the 1970s to the 2020s
(1970s: one, 1980s: two, 1990s: two, 2000s: two, 2010s: three, 2020s: two; five of the twelve
from before 2000 (1976, 1984, 1988, 1990, 1998), as the brief asked for at least five), over the
eleven regions (Western Europe: two; Central Asia/Caucasus, Middle East, Africa, Southeast Asia,
Eastern Europe/Russia, Latin America, North America, South Asia, East Asia, Oceania: one each).
Outlets/sites: Tengrinews (en.tengrinews.kz), the Jewish Telegraphic Agency (jta.org), the
Coupfourpointfive blog (coupfourandahalf.com, citing the Fiji Sun), The Weekend Leader
(theweekendleader.com), the Office of the President of Estonia (a press release in the archive at
vp1992-2001.president.ee), The Roanoke Times (a Los Angeles Times copy, via the Virginia Tech
archive at scholar-dev.cloud.lib.vt.edu), The Independent (the-independent.com), the Chicago
Tribune (articles.chicagotribune.com), The American Presidency Project (presidency.ucsb.edu;
remarks of President Reagan), Pattaya Mail (pattayamail.com, carrying NNT), GOV.UK (a readout of
the Prime Minister's Office) and The Press (Christchurch) via Papers Past (NZPA-Reuter).
coupfourandahalf.com, theweekendleader.com and pattayamail.com are new to the corpus as sites (as
far as `sources.csv` and the batch files show); the other sites were used before, the pages are
new, and so are the meetings they report (see the notes).
Collected with the `search` tool (corpus `pages`) and annotated from the texts alone, BEFORE the
package was run on them (the package has not been run, imported or read for this batch).
Conventions: ANNOTATION.md and /work/shared/ANNOTATION-GUIDE.md. Notes: batch_55b_NOTES.md.

Split rule (fixed before annotating, as given in the brief for this batch, the same as batches
5a-54b): the articles are numbered 1..12 in the order they were first found in this session's
search results (the query in which each first appeared, then its rank in that query), after
skipping pages already in the corpus; positions 3, 7 and 11 are test, all others dev. Ids:
`dev_109NN_<slug>` / `test_109NN_<slug>`, NN = collection position (01..12).

M(participants, date, place, kind, status, evidence, required=True)
Evidence is the verbatim sentence (line breaks inside it replaced by single spaces).
Aliases are written as they stand in the text (typos and OCR errors included).
"""


from annotations import H, IP, M, P, PH, VID  # noqa: F401 (the same row helpers)

# (article_id, region, decade, outlet, url, published)
ARTICLES = [
    # The date line "23 декабря 2014, 20:33" (Russian: 23 December 2014, a Tuesday, checked):
    # "on December 22" = 2014-12-22 (a Monday, checked; the year of publication); "in 1999, in
    # September" -> no date (month only); the visit to Ukraine -> no date.
    ("dev_10901_putin_nazarbayev_moscow", "Central Asia/Caucasus", "2010s", "Tengrinews (en.tengrinews.kz)", "https://en.tengrinews.kz/politics_sub/putin-meets-nazarbayev-in-moscow-258068/", "2014-12-23"),
    # The date line "January 29, 1988" (a Friday, checked): "told President Reagan Thursday" =
    # 1988-01-28 (a Thursday, checked); "told Secretary of State George Shultz on Wednesday" =
    # 1988-01-27 (a Wednesday, checked).
    ("dev_10902_mubarak_reagan_shultz", "Middle East", "1980s", "Jewish Telegraphic Agency (jta.org)", "https://www.jta.org/archive/egypt-seeks-improved-arab-israel-communications-mubarak-says", "1988-01-29"),
    # The blog's date line "Wednesday, August 25, 2010" (a Wednesday, checked; the URL's 2010/08
    # agrees): "in Suva last night" = 2010-08-24 (a Tuesday, checked); "earlier discussed" -> no
    # date.
    ("test_10903_kubuabola_mccully_suva", "Oceania", "2010s", "Coupfourpointfive blog (coupfourandahalf.com; citing the Fiji Sun)", "http://www.coupfourandahalf.com/2010/08/mc.html", "2010-08-25"),
    # The date line "02-August-2014" (day-month-year: 2014-08-02, a Saturday, checked): "Sunday"
    # = 2014-08-03, "On Monday" = 2014-08-04 (checked).
    ("dev_10904_modi_koirala_kathmandu_planned", "South Asia", "2010s", "The Weekend Leader (theweekendleader.com)", "https://www.theweekendleader.com/Headlines/2730/modi-reaches-nepal-sunday-leading-101-member-team-.html", "2014-08-02"),
    # The release's closing line "Kadriorg, December 19, 2000" (a Tuesday, checked): "today" and
    # "This evening" = 2000-12-19; "on Wednesday morning" (the return; no row).
    ("dev_10905_meri_halonen_kultaranta", "Eastern Europe/Russia", "2000s", "Office of the President of Estonia (press release; archive at vp1992-2001.president.ee)", "https://vp1992-2001.president.ee/eng/ateated/AmetlikTeade.asp?ID=2369", "2000-12-19"),
    # The header line "DATE: FRIDAY, May 25, 1990" (a Friday, checked; the URL's 900525 agrees):
    # the banquet and "Earlier in the day" are not given a day ("Thursday" is said only of the
    # demonstrations) -> no date (see the notes).
    ("dev_10906_roh_akihito_kaifu_tokyo", "East Asia", "1990s", "The Roanoke Times (Los Angeles Times copy), via the Virginia Tech digital archive (scholar-dev.cloud.lib.vt.edu)", "https://scholar-dev.cloud.lib.vt.edu/VA-news/ROA-Times/issues/1990/rt9005/900525/05250079.htm", "1990-05-25"),
    # The page's date line "Wednesday 30 September 1998 18:02 EDT" (removed with the page's
    # opening block; a Wednesday, checked): "yesterday" = 1998-09-29 (see the notes: an online
    # time stamp in US Eastern time).
    ("test_10907_chirac_schroder_paris", "Western Europe", "1990s", "The Independent (the-independent.com)", "https://the-independent.com/news/schroder-reaffirms-french-alliance-1175438.html", "1998-09-30"),
    # The date line "September 29, 2000" (a Friday, checked; the URL's 2000-09-29 agrees):
    # "Thursday" = 2000-09-28, "Friday morning" = 2000-09-29 (checked).
    ("dev_10908_fujimori_gaviria_albright", "Latin America", "2000s", "Chicago Tribune (articles.chicagotribune.com)", "http://articles.chicagotribune.com/2000-09-29/news/0009290247_1_peruvian-president-alberto-fujimori-mirko-lauer-peruvian-newspapers", "2000-09-29"),
    # The date line "September 25, 1984" (a Tuesday, checked): "today" = 1984-09-25; "this past
    # June" -> no date (month only).
    ("dev_10909_reagan_mulroney_white_house", "North America", "1980s", "The American Presidency Project (presidency.ucsb.edu; remarks of President Reagan)", "https://www.presidency.ucsb.edu/documents/remarks-following-meeting-with-prime-minister-brian-mulroney-canada", "1984-09-25"),
    # No date line in the excerpt; the search tool's date field 2024-05-31 (removed with its
    # prefix; a Friday, checked): the days of the visit are not stated -> no dates.
    ("dev_10910_maris_sonexay_laos", "Southeast Asia", "2020s", "Pattaya Mail (pattayamail.com; NNT)", "https://www.pattayamail.com/thailandnews/thai-foreign-minister-makes-official-visit-to-lao-pdr-461980", "2024-05-31"),
    # No date line in the excerpt; the search tool's date field 2026-01-22 (removed with its
    # prefix; a Thursday, checked; the URL's 22-jan-2026 agrees): "this morning" = 2026-01-22.
    ("test_10911_pm_martin_call", "Western Europe", "2020s", "GOV.UK (Prime Minister's Office readout)", "https://www.gov.uk/government/news/pm-call-with-taoiseach-micheal-martin-of-ireland-22-jan-2026", "2026-01-22"),
    # No date line in the excerpt; the URL names the paper and day: CHP19760729 = The Press,
    # 1976-07-29 (a Thursday, checked): "on Tues-i fay" (OCR: Tuesday = 1976-07-27; a statement, no
    # row); the mediator's visit "immediately" -> no date.
    ("dev_10912_eteki_uganda_kenya_mediation", "Africa", "1970s", "The Press (Christchurch), via Papers Past (paperspast.natlib.govt.nz; NZPA-Reuter)", "https://paperspast.natlib.govt.nz/newspapers/CHP19760729.2.67.1", "1976-07-29"),
]

A = {}

A["dev_10901_putin_nazarbayev_moscow"] = dict(
    actors={
        "nursultan_nazarbayev": ["President of Kazakhstan Nursultan Nazarbayev", "Nursultan Nazarbayev", "Nazarbayev"],
        "vladimir_putin": ["Russian President Vladimir Putin", "Vladimir Putin", "Putin"],
        "petro_poroshenko": ["Petro Poroshenko", "Poroshenko"],
        "tengrinews": ["Tengrinews"],
        # New key (not the Eurasian Economic Community of earlier batches).
        "eurasian_economic_union": ["Eurasian Economic Union"],
    },
    meetings=[
        # "Putin has held a late meeting with ... Nazarbayev on December 22, a Tengrinews
        # correspondent reports from Moscow" (the headline's "Putin meets Nazarbayev in Moscow",
        # "he told Putin", Putin's "we will have an opportunity to talk": the same) -> held,
        # 2014-12-22, Moscow.
        M(["vladimir_putin", "nursultan_nazarbayev"], "2014-12-22", "Moscow", IP, H,
          "Russian President Vladimir Putin has held a late meeting with President of Kazakhstan Nursultan Nazarbayev on December 22, a Tengrinews correspondent reports from Moscow."),
        # "that was the time we first met. If you remember, in 1999, in September, you came to our
        # Almaty as Prime Minister" -> their first meeting, held, date null (month only), Almaty.
        M(["vladimir_putin", "nursultan_nazarbayev"], None, "Almaty", IP, H,
          "If you remember, in 1999, in September, you came to our Almaty as Prime Minister (...)."),
        # "arrives in Moscow after paying official visit to Ukraine"; "after paying a visit to
        # Ukraine’s Petro Poroshenko"; "In Kiev, the President of Kazakhstan suggested developing
        # solutions ... together with Poroshenko" -> held, date null (the day is not stated),
        # Kiev.
        M(["nursultan_nazarbayev", "petro_poroshenko"], None, "Kiev", IP, H,
          "In Kiev, the President of Kazakhstan suggested developing solutions to the Ukrainian crisis together with Poroshenko."),
        # Not rows: Putin's State-of-the-Nation Address and "his big press conference" (a speech
        # and a news conference of one person); "the meetings in the Ukrainian capital" (the Kiev
        # visit above). "Photo courtesy of akorda.kz" is the photo credit (not annotated). Kept as
        # they stand: the Russian date line, the widget line "• Found a bug?", the doubled photo
        # credit, and the mixed curly and straight quotation marks. Removed: at the start, the
        # advertisement line "Реклама +7(700) 388 81 09" and the site menu ("1. Main", "2.
        # Learn", "3. Politics", "4. Politics"); at the end, the cut-off last sentence ("Earlier,
        # he declared that he could be an independent intermediary between the parties in th").
    ],
    roles=[("President of Kazakhstan", "nursultan_nazarbayev"), ("Russian President", "vladimir_putin"),
           ("The Kazakh president", "nursultan_nazarbayev"), ("the President of Kazakhstan", "nursultan_nazarbayev")],
)

A["dev_10902_mubarak_reagan_shultz"] = dict(
    actors={
        "hosni_mubarak": ["Egyptian President Hosni Mubarak", "Hosni Mubarak", "Mubarak"],
        "ronald_reagan": ["President Reagan", "Reagan"],
        "george_shultz": ["Secretary of State George Shultz", "George Shultz"],
    },
    meetings=[
        # "Mubarak told President Reagan Thursday" ("At the Reagan-Mubarak meeting, which lasted
        # more than an hour", "The two leaders discussed": the same) -> held, 1988-01-28, place
        # null (the text names no place; see the notes).
        M(["hosni_mubarak", "ronald_reagan"], "1988-01-28", None, IP, H,
          "Egyptian President Hosni Mubarak told President Reagan Thursday that Egypt has refused to concede to Arab pressure to recall its ambassador to Israel because “that would not solve the problem” of unrest in the West Bank and Gaza Strip, a senior administration official said."),
        # "Mubarak told Secretary of State George Shultz on Wednesday" -> held, 1988-01-27, place
        # null; required False (a conversation implied by "told", its setting not stated; see
        # the notes).
        M(["hosni_mubarak", "george_shultz"], "1988-01-27", None, IP, H,
          "Mubarak told Secretary of State George Shultz on Wednesday that the five points are not an “integrated plan,” but simply areas in which Mubarak felt progress should be made.",
          False),
        # Not rows: "Mubarak described the five points to U.S. officials" and "a senior
        # administration official said" (unnamed officials); "an international peace conference"
        # (a proposal; a conference as such); the five ideas "he unveiled last week" (a
        # statement). Kept as they stand: "Arab-israel" in the headline and the line "See
        # Original Daily Bulletin From This Date" under the date line. Removed: at the start, the
        # site line "Search JTA's historical archive dating back to 1923"; at the end, the
        # cut-off last sentence ("They did not discuss who wou").
    ],
    roles=[("Egyptian President", "hosni_mubarak"), ("Secretary of State", "george_shultz")],
)

_SUVA = ("The Fiji Sun is reporting that the interim Foreign Affairs Minister Inoke Kubuabola held a one-on-one meeting with his New Zealand counterpart Murray McCully in Suva last night.")
A["test_10903_kubuabola_mccully_suva"] = dict(
    actors={
        "inoke_kubuabola": ["Inoke Kubuabola", "Kubuabola"],
        "frank_bainimarama": ["Voreqe Bainimarama"],
        "fiji_sun": ["Fiji Sun", "The Sun"],
        "pacific_islands_forum": ["Pacific Island Forum"],
        # New keys: the New Zealand minister and the shipping line.
        "murray_mccully": ["Murray McCully", "Mr McCully", "McCully"],
        "pacific_forum_line": ["Pacific Forum Line"],
    },
    meetings=[
        # "Kubuabola held a one-on-one meeting with his New Zealand counterpart Murray McCully in
        # Suva last night" (the headline's "McCully in Suva last night to talk with Kubuabola",
        # "flew to Suva yesterday afternoon to hold talks with Kubuabola", "This was the first
        # ministerial meeting", "He also reiterated to McCully": the same) -> held, 2010-08-24,
        # Suva.
        M(["inoke_kubuabola", "murray_mccully"], "2010-08-24", "Suva", IP, H, _SUVA),
        # "he re-visited some of the matters earlier discussed with McCully" -> an earlier
        # discussion, held, date and place null; required False (it may be an earlier part of
        # the same meeting; see the notes).
        M(["inoke_kubuabola", "murray_mccully"], None, None, IP, H,
          "The Sun says Kubuabola revealed he re-visited some of the matters earlier discussed with McCully including the easing of travel sanctions and re-engagement with Fiji.",
          False),
        # Not rows: Bainimarama "would not be meeting with him" (a meeting that will not take
        # place); "a Pacific Forum Line Meeting in Nadi" (a meeting of a body, its participants
        # unnamed); "the Pacific Island Forum Leaders Summit in Port Vila" (a summit as such);
        # "McCully was heading back to Wellington" (a departure). Kept as they stand: "he  flew"
        # (two spaces) and the unclosed quotation ("“This was the first ministerial meeting
        # ..."). Removed: at the start, the first line (the blog's style-sheet text "#header-inner
        # img {margin: 0 auto !important; #header-inner {text-align: Center ;}" with the page
        # title "Fiji Coupfourpointfive: McCully in Suva last night to talk with Kubuabola"); at
        # the end, the readers' comments ("Anonymous said..." and the comment that follows, cut
        # off). The excerpt's post has no cut-off sentence.
    ],
    roles=[("interim Foreign Affairs Minister", "inoke_kubuabola"), ("his New Zealand counterpart", "murray_mccully")],
)

A["dev_10904_modi_koirala_kathmandu_planned"] = dict(
    actors={
        "narendra_modi": ["Narendra Modi", "Modi"],
        "inder_kumar_gujral": ["I.K. Gujral"],
        "ajit_doval": ["National Security Adviser Ajit Doval", "Ajit Doval"],
        "sushma_swaraj": ["External Affairs Minister Sushma Swaraj", "Sushma Swaraj"],
        # New keys: the Nepalese prime minister and president, and the assembly.
        "sushil_koirala": ["Nepal Prime Minister Sushil Koirala", "Sushil Koirala", "Koirala"],
        "ram_baran_yadav": ["President Ram Baran Yadav", "Ram Baran Yadav"],
        "constituent_assembly_of_nepal": ["Nepalese constituent assembly-cum-parliament"],
    },
    meetings=[
        # "Koirala ... will receive the Indian prime minister at the Tribhuvan International
        # Airport here" (Modi "arrives here Sunday") -> an airport welcome, planned, 2014-08-03,
        # Kathmandu (the dateline and "here"); required False (a welcome on arrival, as the
        # welcomes of test_001 and dev_10702).
        M(["sushil_koirala", "narendra_modi"], "2014-08-03", "Kathmandu", IP, P,
          "Nepal Prime Minister Sushil Koirala, who was in New Delhi during Modi's swearing-in ceremony, will receive the Indian prime minister at the Tribhuvan International Airport here.",
          False),
        # "Modi will hold talks with Koirala Sunday" -> planned, 2014-08-03, Kathmandu.
        M(["narendra_modi", "sushil_koirala"], "2014-08-03", "Kathmandu", IP, P,
          "Modi will hold talks with Koirala Sunday."),
        # "On Monday, Modi will ... later meet President Ram Baran Yadav, who would host a dinner
        # for him" (the meeting and the dinner: one row) -> planned, 2014-08-04, Kathmandu.
        M(["narendra_modi", "ram_baran_yadav"], "2014-08-04", "Kathmandu", IP, P,
          "On Monday, Modi will pray at the Pashupatinath temple, and later meet President Ram Baran Yadav, who would host a dinner for him."),
        # Not rows: Koirala "was in New Delhi during Modi's swearing-in ceremony" (attendance at
        # a ceremony); Gujral's visit "in June 1997" and the visits of unnamed "Indian prime
        # ministers" (no counterpart named); Modi's address to the assembly (a speech);
        # "interact with leaders of the Nepalese business community" (unnamed); "Sushma Swaraj
        # went to Kathmandu" and "the two countries revived their joint commission" (no
        # counterpart named; a body of the two governments); "Both countries would also discuss"
        # (the governments). Kept as they stand: the dateline "Kathmandu" and the date line
        # "02-August-2014" on lines of their own. Removed: at the start, the page-title line
        # "The Weekend Leader - Modi reaches Nepal Sunday leading 101-member team" (the headline
        # is kept once); at the end, the cut-off last sentence ("All preparations related to
        # Modi's visit have been completed, said Dinesh Bhattaraio, foreign re").
    ],
    roles=[("the Indian prime minister", "narendra_modi"), ("Nepal Prime Minister", "sushil_koirala"),
           ("National Security Adviser", "ajit_doval"), ("External Affairs Minister", "sushma_swaraj")],
)

A["dev_10905_meri_halonen_kultaranta"] = dict(
    actors={
        "lennart_meri": ["President Lennart Meri", "Lennart Meri", "President Meri"],
        "valdas_adamkus": ["Valdas Adamkus"],
        # "Theodore Roosevelt" as written (see the notes).
        "theodore_roosevelt": ["Theodore Roosevelt"],
        # New keys.
        "tarja_halonen": ["Tarja Halonen"],
        "vaira_vike_freiberga": ["Vaira Vike-Freiberga"],
        "joseph_stalin": ["Jossif Stalin"],
        "winston_churchill": ["Winston Churchill"],
        "office_of_the_president_of_estonia": ["Office of the President"],
    },
    meetings=[
        # "President Lennart Meri today had a meeting with the Finnish President Tarja Halonen at
        # Kultaranta" -> held, 2000-12-19, Kultaranta (the named locality; no city named).
        M(["lennart_meri", "tarja_halonen"], "2000-12-19", "Kultaranta", IP, H,
          "President Lennart Meri today had a meeting with the Finnish President Tarja Halonen at Kultaranta; the Presidents analysed the outcome of the Nice Summit, the successful third World Congress of the Finno-Ugric Peoples and its repercussions."),
        # "This evening, the Estonian President and the Finnish President were in Turku, where
        # ... Meri declared Christmas peace on the ecumenical service" -> held, 2000-12-19,
        # Turku; required False (the two at a public service, not presented as talks; see the
        # notes).
        M(["lennart_meri", "tarja_halonen"], "2000-12-19", "Turku", IP, H,
          "This evening, the Estonian President and the Finnish President were in Turku, where the Estonian President Lennart Meri declared Christmas peace on the ecumenical service at the Turku Cathedral.",
          False),
        # Not rows: the photograph "taken on September 10, 1999" of the Latvian, Lithuanian and
        # Estonian presidents "sitting in the chairs" (a photograph, as batch 54b's photo
        # caption); the chairs "where Theodore Roosevelt, Jossif Stalin and Winston Churchill sat
        # during the Yalta Conference of 1945" (a conference as such, told as the chairs'
        # history); "the Nice Summit" and the "World Congress of the Finno-Ugric Peoples" (events
        # discussed); "will be back in Tallinn" (a return). Kept as they stand: "Jossif Stalin",
        # "Theodore Roosevelt" and the signature lines "Press Service of the Office of the
        # President" / "Kadriorg, December 19, 2000". Removed: at the start, the site lines
        # "Press Releases", "Search in Press Releases:" and "printer friendly document"; at the
        # end, the site lines "back | archive of press releases | main page", "© 2001 Office of
        # the President of the Republic", "Phone: +372 631 6202 | Fax: +372 631 6250 |" and
        # "Offizielle Nachrichten Ametlikud teated Press releases Visits abroad". The release is
        # whole (no cut-off sentence).
    ],
    roles=[("the Finnish President", "tarja_halonen"), ("the Estonian President", "lennart_meri"),
           ("the Latvian President", "vaira_vike_freiberga"), ("the Lithuanian President", "valdas_adamkus")],
)

A["dev_10906_roh_akihito_kaifu_tokyo"] = dict(
    actors={
        "roh_tae_woo": ["South Korean President Roh Tae Woo", "Roh Tae Woo", "Roh"],
        "akihito": ["Emperor Akihito", "Akihito"],
        "toshiki_kaifu": ["Prime Minister Toshiki Kaifu", "Toshiki Kaifu"],
        # New key.
        "hirohito": ["Hirohito"],
    },
    meetings=[
        # "Akihito made a tightly restrained expression of "regret" during a state banquet in
        # Roh's honor" (the state visit's banquet; a working meal) -> held, date null (the day of
        # the banquet is not stated; see the notes), Tokyo (the dateline).
        M(["akihito", "roh_tae_woo"], None, "Tokyo", IP, H,
          "Akihito made a tightly restrained expression of \"regret\" during a state banquet in Roh's honor."),
        # "Earlier in the day, Prime Minister Toshiki Kaifu reminded Roh of his government's
        # decision" -> a meeting of the same day, held, date null, Tokyo.
        M(["toshiki_kaifu", "roh_tae_woo"], None, "Tokyo", IP, H,
          "Earlier in the day, Prime Minister Toshiki Kaifu reminded Roh of his government's decision to expand legal rights for new generations of Korean residents in Japan, and said that Japan was considering a plan to donate about $26 million to a fund for medical treatment of Korean survivors of the atomic bombings at Hiroshima and Nagasaki."),
        # Not rows: "the "apology summit"" and "began an emotionally charged visit" (the visit as
        # a whole: the two meetings above); "whether the Tokyo government would meet his demands"
        # (meet = satisfy); the demonstrations "Thursday"; Hirohito's reign (history). "SOURCE:
        # Los Angeles Times" in the header line is the agency credit (not annotated); the Roanoke
        # Times and Landmark Communications, Inc. are named only in the archive's header
        # (outlet). Kept as they stand: the header line (with the date line and "DATELINE:
        # TOKYO") and the straight quotation marks. Removed: at the end, the initials line "by
        # CNB". The excerpt is whole (no cut-off sentence).
    ],
    roles=[("South Korean President", "roh_tae_woo"), ("the emperor", "akihito"),
           ("Akihito's father", "hirohito"), ("Prime Minister", "toshiki_kaifu")],
)

A["test_10907_chirac_schroder_paris"] = dict(
    actors={
        "jacques_chirac": ["JACQUES CHIRAC", "Mr Chirac"],
        "gerhard_schroeder": ["Gerhard Schroder", "Mr Schroder"],
        "helmut_kohl": ["Helmut Kohl"],
        "christian_democratic_union": ["Christian Democrats"],
        "european_union": ["European Union"],
    },
    meetings=[
        # "JACQUES CHIRAC ... and Gerhard Schroder ... reassured each other yesterday" ("after
        # their two-hour luncheon meeting", Schroder "was in Paris": the same) -> held,
        # 1998-09-29 ("yesterday" against the removed date line "Wednesday 30 September 1998";
        # see the notes), Paris.
        M(["jacques_chirac", "gerhard_schroeder"], "1998-09-29", "Paris", IP, H,
          "JACQUES CHIRAC, the French President, and Gerhard Schroder, the German Chancellor-elect, reassured each other yesterday that the two old allies remained close and were in broad agreement on the future of the European Union."),
        # Not rows: "a summit on the future of Europe" and whether Schroder "will attend" (a
        # summit as such, not yet settled); "Sunday's election". Kept as they stand: "Schroder"
        # without the umlaut and "JACQUES CHIRAC" in capitals. Removed: at the start, the page's
        # opening block before the body: the lines "Stay up to date with notifications from The
        # Independent" and "Notifications can be managed in browser preferences.", the headline
        # "Schroder reaffirms French alliance", the date line "Wednesday 30 September 1998 18:02
        # EDT", the line "Comments" and the donation appeal ("Your support helps us to tell the
        # story" ... "Your support makes all the difference."); at the end, the cut-off last
        # sentence ("He may not hold formal office by the time European leaders convene at
        # Portschach in Austria on 24 and 25 October, making it technically difficult for him to
        # represent Germany").
    ],
    roles=[("the French President", "jacques_chirac"), ("the German Chancellor-elect", "gerhard_schroeder")],
)

A["dev_10908_fujimori_gaviria_albright"] = dict(
    actors={
        "alberto_fujimori": ["Peruvian President Alberto Fujimori", "Alberto Fujimori", "Fujimori"],
        "cesar_gaviria": ["Cesar Gaviria", "Gaviria"],
        "madeleine_albright": ["Secretary of State Madeleine Albright", "Madeleine Albright"],
        "organization_of_american_states": ["Organization of American States", "OAS"],
        # New key (the key pattern of us_embassy_moscow).
        "us_embassy_lima": ["U.S. Embassy in Lima", "U.S. Embassy"],
    },
    meetings=[
        # "Late Thursday afternoon, Fujimori met for about 45 minutes with Cesar Gaviria"
        # ("Fujimori spoke with the head of the Organization of American States", "ducked out a
        # back door at OAS headquarters": the same) -> held, 2000-09-28, Washington ("a surprise
        # visit to Washington on Thursday").
        M(["alberto_fujimori", "cesar_gaviria"], "2000-09-28", "Washington", IP, H,
          "Late Thursday afternoon, Fujimori met for about 45 minutes with Cesar Gaviria, secretary general of the Organization of American States, which has been trying to broker political reforms in Peru between the government and political opposition."),
        # "is scheduled to meet Friday morning with Secretary of State Madeleine Albright" ->
        # planned, 2000-09-29, Washington.
        M(["alberto_fujimori", "madeleine_albright"], "2000-09-29", "Washington", IP, P,
          "Fujimori spoke with the head of the Organization of American States and is scheduled to meet Friday morning with Secretary of State Madeleine Albright to discuss threats of a military coup in Peru, plans for new elections and U.S. support for a peaceful transition."),
        # Not rows: "his right-hand aide and intelligence chief", "military leaders", "an
        # opposition politician" (unnamed); Fujimori "did not give officials at the U.S. Embassy
        # in Lima much notice" and "Officials at the U.S. Embassy would not comment" (no
        # meeting). The byline "By Stephen Franklin, Tribune Staff Writer. Tribune news services
        # contributed to this report." is kept in the date line but not annotated. Kept as they
        # stand: "U.s." in the headline. Removed: at the end, the cut-off last sentence ("In
        # Peru, where the government has often kept the public in the dark and much of the news
        # media has been too timid to demand the facts, Fujimori's trip to the U.S. capital set
        # off a frenzy of"). Nothing removed at the start.
    ],
    roles=[("Peruvian President", "alberto_fujimori"), ("the head of the Organization of American States", "cesar_gaviria"),
           ("secretary general of the Organization of American States", "cesar_gaviria"),
           ("Secretary of State", "madeleine_albright")],
)

A["dev_10909_reagan_mulroney_white_house"] = dict(
    actors={
        # "Ronald Reagan picture" (the image line above the title; the speaker, "The President.").
        "ronald_reagan": ["Ronald Reagan"],
        "brian_mulroney": ["Prime Minister Brian Mulroney", "Brian Mulroney", "Prime Minister Mulroney"],
        "george_shultz": ["Secretary Shultz"],
        "white_house": ["White House"],
    },
    meetings=[
        # "we welcomed Brian Mulroney back to the White House" (the title's "Remarks Following a
        # Meeting", "The Prime Minister and I exchanged views", "the fruitful dialog that we had
        # today": the same) -> held, 1984-09-25, Washington (White House -> Washington).
        M(["ronald_reagan", "brian_mulroney"], "1984-09-25", "Washington", IP, H,
          "Well, it was with great pleasure that we welcomed Brian Mulroney back to the White House."),
        # "He was here this past June" (at the White House, "back") -> an earlier visit, held,
        # date null (month only), Washington; required False (the meeting with the speaker is
        # implied by "welcomed ... back", not stated; as dev_041's visit to Washington).
        M(["ronald_reagan", "brian_mulroney"], None, "Washington", IP, H,
          "He was here this past June and now returns as Prime Minister of Canada—America's neighbor, ally, and most important economic partner, and great friend.",
          False),
        # Not rows: "the series of very productive regular meetings that he has had with his
        # Canadian counterparts" (Shultz's; a count, counterparts unnamed); "I've asked
        # Secretary Shultz" (the speaker's instruction, no meeting stated); "continuing the
        # fruitful dialog" (an intention, no meeting arranged). Kept as they stand: the image
        # line "Ronald Reagan picture" (it names the speaker) and the speaker label "The
        # President." Removed: at the end, the cut-off last word "So". Nothing removed at the
        # start.
    ],
    roles=[("The President", "ronald_reagan"), ("Prime Minister of Canada", "brian_mulroney"),
           ("The Prime Minister", "brian_mulroney"), ("the Prime Minister", "brian_mulroney")],
)

A["dev_10910_maris_sonexay_laos"] = dict(
    actors={
        "maris_sangiampongsa": ["Maris Sangiampongsa", "Maris"],
        "sonexay_siphandone": ["Sonexay Siphandone", "Prime Minister Sonexay"],
        "srettha_thavisin": ["Thai Prime Minister Srettha Thavisin", "Srettha Thavisin"],
        "asean": ["ASEAN"],
        # New keys: the Lao foreign minister and the Thai ambassador.
        "saleumxay_kommasith": ["Saleumxay Kommasith"],
        "morakot_sriswasdi": ["Morakot Sriswasdi"],
    },
    meetings=[
        # "The Minister was welcomed by Morakot Sriswasdi, Ambassador of the Kingdom of Thailand
        # to the Lao PDR" -> a welcome on arrival by his own ambassador, held, date null, Laos;
        # required False (a welcome, as dev_10702's airport welcome).
        M(["maris_sangiampongsa", "morakot_sriswasdi"], None, "Laos", IP, H,
          "The Minister was welcomed by Morakot Sriswasdi, Ambassador of the Kingdom of Thailand to the Lao PDR.",
          False),
        # "the Foreign Minister paid a courtesy call on Sonexay Siphandone, Prime Minister of
        # Laos" ("this meeting", "thanked the Lao Prime Minister for the opportunity to pay a
        # courtesy call": the same) -> held, date null (the day is not stated), Laos (the
        # country; no city named).
        M(["maris_sangiampongsa", "sonexay_siphandone"], None, "Laos", IP, H,
          "During his visit, the Foreign Minister paid a courtesy call on Sonexay Siphandone, Prime Minister of Laos."),
        # "Maris ... also had a bilateral meeting with Saleumxay Kommasith" ("The two sides
        # reaffirmed", "Both sides discussed": the same) -> held, date null, Laos.
        M(["maris_sangiampongsa", "saleumxay_kommasith"], None, "Laos", IP, H,
          "Maris Sangiampongsa, Minister of Foreign Affairs of Thailand, also had a bilateral meeting with Saleumxay Kommasith, Deputy Prime Minister and Minister of Foreign Affairs of the Lao PDR, during his official visit to the Lao PDR."),
        # Not rows: "He also extended an invitation for the Lao Prime Minister to visit Thailand
        # at a suitable time" (an invitation, not accepted or arranged); "conveyed greetings from
        # Thai Prime Minister Srettha Thavisin" (a message); the Lao PDR's ASEAN Chairmanship.
        # Kept as they stand: the runs of empty lines between paragraphs (the page's removed
        # image blocks). Removed: at the start, the search tool's date prefix (" date
        # 2024-05-31 "); at the end, the agency tag " (NNT)" and the trailing empty lines. The
        # item is whole (no cut-off sentence) and the excerpt has no headline.
    ],
    roles=[("The Minister", "maris_sangiampongsa"), ("the Foreign Minister", "maris_sangiampongsa"),
           ("Prime Minister of Laos", "sonexay_siphandone"), ("the Lao Prime Minister", "sonexay_siphandone"),
           ("Thai Prime Minister", "srettha_thavisin"), ("Minister of Foreign Affairs of Thailand", "maris_sangiampongsa"),
           ("Deputy Prime Minister and Minister of Foreign Affairs of the Lao PDR", "saleumxay_kommasith"),
           ("Ambassador of the Kingdom of Thailand to the Lao PDR", "morakot_sriswasdi"),
           ("The Thai Foreign Minister", "maris_sangiampongsa")],
)

A["test_10911_pm_martin_call"] = dict(
    actors={
        "micheal_martin": ["Taoiseach Micheál Martin", "Micheál Martin"],
        "donald_trump": ["President Trump"],
        "nato": ["NATO"],
        # New key (a grouping of states, annotated as batch 54b's ACMECS).
        "coalition_of_the_willing": ["Coalition of the Willing"],
    },
    meetings=[
        # "The Prime Minister spoke to Taoiseach Micheál Martin this morning" ("the two leaders
        # discussed", "The leaders agreed": the same call) -> phone, held, 2026-01-22, place
        # null; the UK Prime Minister is never named -> a one-party row (as dev_040, test_014 and
        # dev_041).
        M(["micheal_martin"], "2026-01-22", None, PH, H,
          "The Prime Minister spoke to Taoiseach Micheál Martin this morning."),
        # Not rows: "President Trump’s announcement last night" (a statement); "the NATO
        # Secretary General’s leadership" (unnamed); "the discussions that would be happening at
        # Davos today" (unnamed parties; a forum); "The leaders agreed to stay in close touch"
        # (no specific contact). Removed: at the start, the search tool's date prefix (" date
        # 2026-01-22 "). The readout is whole (no cut-off sentence) and the excerpt has no
        # headline.
    ],
    roles=[("Taoiseach", "micheal_martin")],
)

A["dev_10912_eteki_uganda_kenya_mediation"] = dict(
    actors={
        "organization_of_african_unity": ["Organisation of African Unity", "O.A.U."],
        # New keys, with the OCR's forms ("Mr Wit- 1 iam Eteki Mboumoua", "Th Munyua Waiyaki",
        # "Di Waiyaki").
        "william_eteki_mboumoua": ["Mr Wit- 1 iam Eteki Mboumoua", "Eteki Mboumoua", "Mr Eteki"],
        "idi_amin": ["President Idi Amin", "Idi Amin", "President Amin"],
        "munyua_waiyaki": ["Munyua Waiyaki", "Di Waiyaki", "Dr Waiyaki"],
        "denys_ntirugirimbabazi": ["Mr Denys Ntirugirimbabazi", "Denys Ntirugirimbabazi"],
    },
    meetings=[
        # "an Organisation of African Unity peacemaker is expected to visit the two countries
        # immediately" (the secretary-general, "Mr Eteki", whom both governments are willing to
        # have "come to mediate") -> a one-party row (the counterparts are the two governments,
        # no person named as the one he will meet), planned, date null ("immediately"), place
        # null (two countries); required False (a mediation mission, not a meeting with a named
        # person; see the notes).
        M(["william_eteki_mboumoua"], None, None, IP, P,
          "NZPA-Reuter Nairobi Alter weeks of warlike talk between Uganda and Kenya, an Organisation of African Unity peacemaker is expected to visit the two countries immediately.",
          False),
        # Not rows: "the Nairobi Government i tad agreed to have Mr Eteki 1 come to mediate" (the
        # same mission); Amin "was quoted on Tues-i fay as saying" and Waiyaki's conditions and
        # demands (statements); "Rwanda’s Finance Minister (Mr Denys Ntirugirimbabazi) has been
        # in Dar-es-Salaam, trying to arrange an alternative route" (no counterpart named); the
        # raid on Entebbe Airport and the Israeli planes refuelling in Nairobi (no meeting).
        # "NZPA-Reuter" is the agency credit (not annotated). Kept as they stand: the OCR text
        # with its stray characters and hyphenations ("Alter", "j indicated", "will- i ’.ng",
        # "O.A.U. 5 mediator", "Mr Wit- 1 iam", "ofjt", "Tues-i fay", "Min- ( ister", "Th
        # Munyua", ";aid", "i tad", "Di Waiyaki", "ths", "Kenva", "hos- i tages", "pro—.Palestinian
        # 1 *", "theirway", "to!", "as!", "affected by. the feud", "bv", "rhe") and its line
        # breaks. Removed: at the end, the cut-off last word "He". The excerpt has no date line
        # (the date is the URL's) and begins with the headline; nothing removed at the start.
    ],
    roles=[("the organisation's secretary-general", "william_eteki_mboumoua"),
           ("the Kenyan Foreign Minister", "munyua_waiyaki"),
           ("Rwanda’s Finance Minister", "denys_ntirugirimbabazi")],
)
