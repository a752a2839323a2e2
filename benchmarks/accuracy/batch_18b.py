"""Accuracy corpus, batch 18b: 12 new articles from the 2000s, 2010s and 2020s (four per decade),
chosen where sources.csv and the batch files were thinnest (region x decade cells counted over
sources.csv and the ARTICLES of every batch_*.py present before searching, 456 articles, batches
1-17b; batch 18a not yet present: in the 2000s Africa and Central Asia/Caucasus had 9, the others
8; in the 2010s East Asia had 7, Africa and the Middle East 9, the others 8; in the 2020s Africa
and Southeast Asia had 9, the others 8) and spread over all eleven regions (Latin America,
Eastern Europe/Russia, Southeast Asia, East Asia 2000s; East Asia, Central Asia/Caucasus, South
Asia, Oceania 2010s; Middle East, Africa, North America, Western Europe 2020s). The one 7-cell
(East Asia 2010s) is filled; every other slot went to an 8-cell, except Africa, which has 9 in
all three decades (taken in the 2020s); East Asia twice (2000s and 2010s). Every outlet is new to
the corpus: Stabroek News (via landofsixpeoples.com), Kuwait Times, Lusaka Times, Darpan Magazine
(The Canadian Press), IEU Monitoring (a Finnish Government release), Fox News, VOA Khmer (via the
khmernz blog), Global News Network (newsworld.co.kr), Armenpress, The Financial Express, the
Malum Nalu blog (a PNG Prime Minister's statement) and creaders.net (English wire copy).
Collected with the `search` tool (corpus `pages`) and annotated from the texts alone, BEFORE the
package was run on them (the package has not been run on this batch). Conventions: ANNOTATION.md
and /work/shared/ANNOTATION-GUIDE.md. Notes: batch_18b_NOTES.md.

Split rule (fixed before annotating, as given in the brief for this batch, the same as batches
5a-17b): the articles are numbered 1..12 in the order they were first found in this session's
search results (the query in which each first appeared); positions 3, 7 and 11 are test, all
others dev. Ids: `dev_35NN_<slug>` / `test_35NN_<slug>`, NN = collection position (01..12).

M(participants, date, place, kind, status, evidence, required=True)
Evidence is the verbatim sentence (line breaks inside it replaced by single spaces).
Aliases are written as they stand in the text (typos included).
"""


from annotations import H, IP, M, P, PH, VID  # noqa: F401 (the same row helpers)

# (article_id, region, decade, outlet, url, published)
ARTICLES = [
    # Date line "February 19, 2004" (a Thursday) under "Stabroek News" on the landofsixpeoples.com
    # copy: "today" = 2004-02-19; "Up to yesterday" belongs to no row.
    ("dev_3501_jagdeo_chavez_talks_planned", "Latin America", "2000s", "Stabroek News (via landofsixpeoples.com)", "http://www.landofsixpeoples.com/news401/ns402192.htm", "2004-02-19"),
    # No date line or headline in the excerpt; the search result's date is 2021-04-11 (a Sunday):
    # "yesterday" = 2021-04-10.
    ("dev_3502_kuwait_amir_bayan_receptions", "Middle East", "2020s", "Kuwait Times (news.kuwaittimes.net; KUNA)", "https://news.kuwaittimes.net/website/kuwaits-amir-congratulates-king-of-jordan-on-founding-centenary/", "2021-04-11"),
    # No date line or headline in the excerpt; the search result's date is 2023-06-20 (a Tuesday;
    # the URL has 2023/06/20). The arrival, the talks and "Later in the evening" are that day.
    ("test_3503_hichilema_kagame_kigali", "Africa", "2020s", "Lusaka Times (lusakatimes.com)", "https://www.lusakatimes.com/2023/06/20/president-hakainde-hichilema-arrives-in-rwanda/", "2023-06-20"),
    # Byline line "Darpan News Desk The Canadian Press, 01 May, 2025 11:18 AM" (a Thursday):
    # "Wednesday" = 2025-04-30 (Trump's remark, the PMO releases), "on Tuesday" / "Tuesday's
    # phone call" = 2025-04-29.
    ("dev_3504_trump_carney_call_planned", "North America", "2020s", "Darpan Magazine (darpanmagazine.com; The Canadian Press)", "https://www.darpanmagazine.com/news/international/trump-says-hell-meet-with-pm-carney-at-the-white-house-within-the-next-week/?page=30", "2025-05-01"),
    # Date line "Helsinki, 25 August 2023" (a Friday), as the text's "on Friday 25 August";
    # "today's meeting" (in the removed last sentence) was the same day.
    ("dev_3505_orpo_kristersson_harpsund", "Western Europe", "2020s", "IEU Monitoring (ieu-monitoring.com; a Finnish Government release)", "https://ieu-monitoring.com/editorial/sweden-finnish-pm-orpo-and-swedish-pm-kristersson-agreed-to-intensify-cooperation/414442?utm_source=ieu-portal", "2023-08-25"),
    # No date line in the excerpt; the URL has 2006/03/28 (a Tuesday): "met separately Tuesday"
    # = the same day; "Sunday's elections" (2006-03-26) belong to no row.
    ("dev_3506_yushchenko_tymoshenko_yanukovych", "Eastern Europe/Russia", "2000s", "Fox News (foxnews.com)", "http://www.foxnews.com/story/2006/03/28/ukraine-head-meets-with-political-adversary.html", "2006-03-28"),
    # Date line "03 March 2008" (a Monday) under "Original report from Phnom Penh": "Monday" /
    # "early Monday morning" / "later in the day" = 2008-03-03.
    ("test_3507_samak_phnom_penh_visit", "Southeast Asia", "2000s", "VOA Khmer (via the khmernz blog, khmernz.blogspot.com)", "http://khmernz.blogspot.com/2008/03/thai-pm-makes-first-cambodia-visit.html", "2008-03-03"),
    # Date line "30(Tue), Jul, 2013" (2013-07-30 was a Tuesday); the captions give "June 27" and
    # "June 28" (no year: the year of publication).
    ("dev_3508_park_xi_beijing_state_visit", "East Asia", "2010s", "Global News Network (newsworld.co.kr)", "http://newsworld.co.kr/detail.htm?no=960", "2013-07-30"),
    # Dateline "TBILISI, DECEMBER 25, ARMENPRESS." (2017-12-25, a Monday; the search result's
    # date is the same): the meeting that "has kicked off" and the airport welcome are that day.
    ("dev_3509_sargsyan_margvelashvili_tbilisi", "Central Asia/Caucasus", "2010s", "Armenpress (armenpress.am)", "https://armenpress.am/eng/news/917441/", "2017-12-25"),
    # No date line in the excerpt; the search result's date is 2018-06-19 (a Tuesday): "today
    # left" = 2018-06-19, "On Sunday" = 2018-06-17; "June 24" (the return) belongs to no row.
    ("dev_3510_oli_china_visit_ex_pms", "South Asia", "2010s", "The Financial Express (financialexpress.com; citing The Himalayan Times)", "https://www.financialexpress.com/world-news/nepal-pm-kp-sharma-oli-in-china-to-enhance-bilateral-cooperation/1211870/", "2018-06-19"),
    # The blog's date line "Tuesday, May 26, 2015" (2015-05-26 was a Tuesday; the URL has
    # 2015/05). No meeting day is given in the text.
    ("test_3511_oneill_palm7_bilaterals", "Oceania", "2010s", "Malum Nalu blog (malumnalu.blogspot.com; a PNG Prime Minister's statement as posted)", "https://malumnalu.blogspot.com/2015/05/pm-oneill-bilateral-meeting-summary.html?m=1", "2015-05-26"),
    # Date line "万维读者网 2006-10-08 14:59" (a Sunday), as the caption's "Oct. 8, 2006": "Sunday
    # afternoon" / "earlier Sunday" = 2006-10-08, "early Monday" (the flight) belongs to no row.
    ("dev_3512_abe_hu_wen_wu_beijing", "East Asia", "2000s", "creaders.net (万维读者网; English wire copy)", "https://m.creaders.net/news/page/287946", "2006-10-08"),
]

A = {}

_CG = ("Then it will be on to talks with President Jagdeo followed by discussions with Leader of the Opposition Robert Corbin, Speaker of the National Assembly Ralph Ramkarran SC and Caricom Secretary-General, Edwin Carrington, all to be held at Chavez' suite at Le Meridien Pegasus Hotel.")
A["dev_3501_jagdeo_chavez_talks_planned"] = dict(
    actors={
        "bharrat_jagdeo": ["Bharrat Jagdeo", "Jagdeo"],
        "hugo_chavez": ["Hugo Chavez", "Chavez"],
        "rudy_insanally": ["Rudy Insanally"],
        "janet_jagan": ["Janet Jagan", "Jagan"],
        "carlos_andres_perez": ["Carlos Andres Perez"],
        "jaime_lusinchi": ["Jaime Luscinchi"],
        "hamilton_green": ["Hamilton Green"],
        "robert_corbin": ["Robert Corbin"],
        "ralph_ramkarran": ["Ralph Ramkarran SC", "Ralph Ramkarran"],
        "edwin_carrington": ["Edwin Carrington"],
        "united_nations": ["United Nations"],
        "caricom": ["Caricom"],
        "association_of_caribbean_states": ["Association of Caribbean States"],
        "ministry_of_foreign_affairs_guyana": ["Ministry of Foreign Affairs"],
        "national_assembly_guyana": ["National Assembly"],
    },
    meetings=[
        # "talks today between President Bharrat Jagdeo and visiting President of Venezuela, Hugo
        # Chavez" ("Then it will be on to talks with President Jagdeo": the same) -> planned,
        # 2004-02-19 (the date line's day), Guyana (the "one-day state visit" to Guyana: "Other
        # Venezuelan presidents who have visited Guyana"; no city is named in the text).
        M(["bharrat_jagdeo", "hugo_chavez"], "2004-02-19", "Guyana", IP, P,
          "Greater access to oil supplies and discussions on the United Nations' role in the border controversy are likely to top talks today between President Bharrat Jagdeo and visiting President of Venezuela, Hugo Chavez."),
        # "followed by discussions with Leader of the Opposition Robert Corbin, Speaker of the
        # National Assembly Ralph Ramkarran SC and Caricom Secretary-General, Edwin Carrington" ->
        # three planned discussions of the programme (a list of people met in turn, as 17b's
        # dev_3312: no pairs among Corbin, Ramkarran and Carrington), 2004-02-19 (the one-day
        # visit "today"), Guyana (the suite at Le Meridien Pegasus Hotel is named without a city).
        M(["hugo_chavez", "robert_corbin"], "2004-02-19", "Guyana", IP, P, _CG),
        M(["hugo_chavez", "ralph_ramkarran"], "2004-02-19", "Guyana", IP, P, _CG),
        M(["hugo_chavez", "edwin_carrington"], "2004-02-19", "Guyana", IP, P, _CG),
        # "a Civic Reception at City Hall, where Chavez will be accorded the Freedom of the City by
        # Mayor Hamilton Green" -> planned, 2004-02-19, Guyana; optional (a ceremony at which a
        # mayor confers an honour, not presented as talks).
        M(["hugo_chavez", "hamilton_green"], "2004-02-19", "Guyana", IP, P,
          "The programme includes a Civic Reception at City Hall, where Chavez will be accorded the Freedom of the City by Mayor Hamilton Green.", False),
        # Not rows: "when then President Janet Jagan visited Caracas in 1998" / "during President
        # Jagan's 1998 visit to Caracas" (a trip with no host named, as 5c's trips; the
        # invitation extended then is not a meeting); "Other Venezuelan presidents who have
        # visited Guyana include Carlos Andres Perez and Jaime Luscinchi" (visits, no host, no
        # occasion); Insanally "describes" the agenda (a statement); the ministry "not in
        # possession" of the delegation's size. Removed: the site's link lines "Related Links:
        # Articles on Venezuela" and "Letters Menu Archival Menu", and the cut-off last fragment
        # ("The Venezuelan Preside"). The subtitle line with the byline "By Patrick Denny" and the
        # source line "Stabroek News" are kept (not actors). "Luscinchi" is kept as written.
    ],
    roles=[("visiting President of Venezuela", "hugo_chavez"), ("Foreign Minister", "rudy_insanally"),
           ("then President", "janet_jagan"), ("Mayor", "hamilton_green"),
           ("Leader of the Opposition", "robert_corbin"), ("Speaker of the National Assembly", "ralph_ramkarran"),
           ("Caricom Secretary-General", "edwin_carrington")],
)

_K2 = ("In the meantime, His Highness the Crown Prince received Ghanem, His Highness Sabah Al-Khaled Sheikh Hamad Jaber Al-Ali and Roumi at Bayan Palace.")
_K3 = ("His Highness Sheikh Mishal also received Foreign Minister and Minister of State for Cabinet Affairs Sheikh Dr Ahmad Nasser Al-Mohammad Al-Sabah and Interior Minister Sheikh Thamer Al-Ali Al-Sabah.")
A["dev_3502_kuwait_amir_bayan_receptions"] = dict(
    actors={
        "nawaf_al_ahmad_al_jaber_al_sabah": ["Sheikh Nawaf Al-Ahmad Al-Jaber Al-Sabah"],
        "mishal_al_ahmad_al_jaber_al_sabah": ["Sheikh Mishal Al-Ahmad Al-Jaber Al-Sabah", "Sheikh Mishal"],
        "sabah_al_khaled_al_hamad_al_sabah": ["Sheikh Sabah Al-Khaled Al-Hamad Al-Sabah", "Sabah Al-Khaled"],
        "marzouq_al_ghanem": ["Marzouq Ali Al-Ghanem", "Ghanem"],
        "hamad_jaber_al_ali_al_sabah": ["Sheikh Jaber Al-Ali Al-Sabah", "Sheikh Hamad Jaber Al-Ali"],
        "abdullah_al_roumi": ["Abdullah Al-Roumi", "Roumi"],
        "ahmad_nasser_al_mohammad_al_sabah": ["Sheikh Dr Ahmad Nasser Al-Mohammad Al-Sabah"],
        "thamer_al_ali_al_sabah": ["Sheikh Thamer Al-Ali Al-Sabah"],
        "abdullah_ii": ["King Abdullah II bin Al-Hussain", "King Abdullah II"],
    },
    meetings=[
        # Five receptions by the Amir "yesterday", each in its own sentence -> held, 2021-04-10,
        # Kuwait (the dateline "KUWAIT:"; Bayan Palace is named without a city, and "Kuwait" is
        # both the country and the capital's name as written). The fifth ("also met with") has no
        # place of its own; the dateline is used.
        M(["nawaf_al_ahmad_al_jaber_al_sabah", "mishal_al_ahmad_al_jaber_al_sabah"], "2021-04-10", "Kuwait", IP, H,
          "Meanwhile, His Highness the Amir Sheikh Nawaf Al-Ahmad Al-Jaber Al-Sabah received yesterday at Bayan Palace His Highness the Crown Prince Sheikh Mishal Al-Ahmad Al-Jaber Al-Sabah."),
        M(["nawaf_al_ahmad_al_jaber_al_sabah", "marzouq_al_ghanem"], "2021-04-10", "Kuwait", IP, H,
          "At Bayan Palace, His Highness the Amir also received Parliament Speaker Marzouq Ali Al-Ghanem."),
        M(["nawaf_al_ahmad_al_jaber_al_sabah", "sabah_al_khaled_al_hamad_al_sabah"], "2021-04-10", "Kuwait", IP, H,
          "His Highness the Amir received as well His Highness the Prime Minister Sheikh Sabah Al-Khaled Al-Hamad Al-Sabah."),
        M(["nawaf_al_ahmad_al_jaber_al_sabah", "hamad_jaber_al_ali_al_sabah"], "2021-04-10", "Kuwait", IP, H,
          "His Highness the Amir received Deputy Prime Minister and Minister of Defense Sheikh Jaber Al-Ali Al-Sabah."),
        M(["nawaf_al_ahmad_al_jaber_al_sabah", "abdullah_al_roumi"], "2021-04-10", "Kuwait", IP, H,
          "His Highness the Amir also met with Deputy Prime Minister and Minister of Justice and Minister of State for Enhancing Transparency Affairs Abdullah Al-Roumi."),
        # "the Crown Prince received Ghanem, His Highness Sabah Al-Khaled Sheikh Hamad Jaber Al-Ali
        # and Roumi at Bayan Palace" ("In the meantime": the same day) -> four receptions (the same
        # four officials the Amir received in turn; read as separate receptions, so no pairs among
        # them; see the notes), held, 2021-04-10, Kuwait. "Sheikh Hamad Jaber Al-Ali" is read as
        # the defence minister written "Sheikh Jaber Al-Ali Al-Sabah" above (see the notes).
        M(["mishal_al_ahmad_al_jaber_al_sabah", "marzouq_al_ghanem"], "2021-04-10", "Kuwait", IP, H, _K2),
        M(["mishal_al_ahmad_al_jaber_al_sabah", "sabah_al_khaled_al_hamad_al_sabah"], "2021-04-10", "Kuwait", IP, H, _K2),
        M(["mishal_al_ahmad_al_jaber_al_sabah", "hamad_jaber_al_ali_al_sabah"], "2021-04-10", "Kuwait", IP, H, _K2),
        M(["mishal_al_ahmad_al_jaber_al_sabah", "abdullah_al_roumi"], "2021-04-10", "Kuwait", IP, H, _K2),
        # "Sheikh Mishal also received Foreign Minister ... Sheikh Dr Ahmad Nasser Al-Mohammad
        # Al-Sabah and Interior Minister Sheikh Thamer Al-Ali Al-Sabah" -> two receptions, held,
        # 2021-04-10 (the same report of "yesterday"), Kuwait (the dateline).
        M(["mishal_al_ahmad_al_jaber_al_sabah", "ahmad_nasser_al_mohammad_al_sabah"], "2021-04-10", "Kuwait", IP, H, _K3),
        M(["mishal_al_ahmad_al_jaber_al_sabah", "thamer_al_ali_al_sabah"], "2021-04-10", "Kuwait", IP, H, _K3),
        # Not rows: the Amir's "cable of congratulations" to King Abdullah II and the "similar
        # cables" of the Crown Prince and the Prime Minister (messages, not meetings). Removed:
        # the search tool's " date 2021-04-11" prefix and the agency tag "– KUNA" at the end. The
        # excerpt has no headline (it opens with the dateline); none was made up.
    ],
    roles=[("His Highness the Amir", "nawaf_al_ahmad_al_jaber_al_sabah"),
           ("His Highness the Crown Prince", "mishal_al_ahmad_al_jaber_al_sabah"),
           ("His Highness the Prime Minister", "sabah_al_khaled_al_hamad_al_sabah"),
           ("Parliament Speaker", "marzouq_al_ghanem"),
           ("Deputy Prime Minister and Minister of Defense", "hamad_jaber_al_ali_al_sabah"),
           ("Deputy Prime Minister and Minister of Justice and Minister of State for Enhancing Transparency Affairs", "abdullah_al_roumi"),
           ("Foreign Minister and Minister of State for Cabinet Affairs", "ahmad_nasser_al_mohammad_al_sabah"),
           ("Interior Minister", "thamer_al_ali_al_sabah"), ("Jordanian King", "abdullah_ii")],
)

A["test_3503_hichilema_kagame_kigali"] = dict(
    actors={
        "hakainde_hichilema": ["Hakainde Hichilema", "Hichilema"],
        "paul_kagame": ["Paul Kagame", "Kagame"],
    },
    meetings=[
        # "The two presidents then proceeded to hold private talks" (after Hichilema "was warmly
        # received by President Kagame" at Kigali International Airport: the same pair, day and
        # place, one row) -> held, 2023-06-20 (the day of the arrival reported in the article of
        # that date: "has arrived", "Later in the evening ... will be held"; see the notes),
        # Kigali.
        M(["hakainde_hichilema", "paul_kagame"], "2023-06-20", "Kigali", IP, H,
          "The two presidents then proceeded to hold private talks, discussing various areas of common interest and opportunities for deepening bilateral ties."),
        # "President Kagame's state visit to Zambia in April of the previous year" (the visit this
        # one reciprocates) -> held, date null (month only), Zambia; optional (the host is implied
        # by "reciprocal gesture" and "both leaders", not named for that visit).
        M(["paul_kagame", "hakainde_hichilema"], None, "Zambia", IP, H,
          "President Hichilema’s visit is a reciprocal gesture following President Kagame’s state visit to Zambia in April of the previous year.", False),
        # Not rows: "a grand State Banquet will be held at Serena Hotel in honor of President
        # Hichilema" (a banquet; no host named); "other dignitaries" (unnamed); "at the invitation
        # of his Rwandan counterpart" (the invitation of the visit above). Removed: the search
        # tool's " date 2023-06-20" prefix. The excerpt has no headline (it opens with the body);
        # none was made up.
    ],
    roles=[("his Rwandan counterpart", "paul_kagame")],
)

_CP = ("Carney has also spoken by phone with King Charles, Ukrainian President Volodymyr Zelenskyy and European Council President Antonio Costa since his election win.")
A["dev_3504_trump_carney_call_planned"] = dict(
    actors={
        "donald_trump": ["Donald Trump", "Trump"],
        "mark_carney": ["Mark Carney", "Carney"],
        "charles_iii": ["King Charles"],
        "volodymyr_zelensky": ["Volodymyr Zelenskyy", "Zelenskyy"],
        "antonio_costa": ["Antonio Costa", "Costa"],
        "prime_ministers_office_canada": ["Prime Minister's Office", "PMO"],
        "liberal_party_of_canada": ["Liberals"],
        "european_council": ["European Council"],
        "white_house": ["White House"],
        "g7": ["G7"],
    },
    meetings=[
        # "Trump said Wednesday he'll meet withPrime Minister Mark Carney at the White House
        # "within thenext week."" (the headline; "themeeting between the two leaders", "would meet
        # in the near future": the same) -> planned, date null ("within the next week"; the PMO
        # "did not confirm a date"), Washington (White House -> Washington, as ANNOTATION.md).
        M(["donald_trump", "mark_carney"], None, "Washington", IP, P,
          "U.S. President Donald Trump said Wednesday he'll meet withPrime Minister Mark Carney at the White House \"within thenext week.\""),
        # "Trump and Carney spoke by phone on Tuesday" ("Tuesday's phone call": the same) -> held,
        # phone, 2025-04-29 (the Tuesday before the Thursday of the byline), place null.
        M(["donald_trump", "mark_carney"], "2025-04-29", None, PH, H,
          "Trump and Carney spoke by phone on Tuesday."),
        # "Carney has also spoken by phone with King Charles, ... Zelenskyy and ... Antonio Costa
        # since his election win" -> three separate calls (no pairs among the three), held,
        # phone, date null (no day is given; the PMO releases "Wednesday evening" and "later
        # Wednesday" report the Zelenskyy and Costa calls without dating them), place null.
        M(["mark_carney", "charles_iii"], None, None, PH, H, _CP),
        M(["mark_carney", "volodymyr_zelensky"], None, None, PH, H, _CP),
        M(["mark_carney", "antonio_costa"], None, None, PH, H, _CP),
        # "the leaders agreed to stay in touch and meet at the G7 Summit in Kananaskis, Alta., in
        # June" (Carney and Zelenskyy, "The two leaders") -> planned (an agreed meeting), date null
        # (month only), Kananaskis; required (a meeting of the pair is agreed, not the summit as
        # such).
        M(["mark_carney", "volodymyr_zelensky"], None, "Kananaskis", IP, P,
          "\"The two leaders agreed that a durable peace can only be achieved with Ukraine at the table,\" the release said, adding that the leaders agreed to stay in touch and meet at the G7 Summit in Kananaskis, Alta., in June."),
        # Not rows: "Trump was asked about Carney" (a press question); Zelenskyy's "post on social
        # media", the PMO's "news release" and "readout" (statements); "agreed to stay in touch"
        # (no specific contact); the G7 Summit itself (multilateral). Removed: the site's date
        # line "Sunday, January 25, 2026", "ADVT", the section label "International", the
        # repeated headline bullet, and the cut-off last fragment ("\"To"). Kept as on the page:
        # "withPrime", "thenext", "Trumpsaid", "themeeting", "theprime" and the mixed straight
        # and curly apostrophes. "Darpan News Desk The Canadian Press" is the byline and agency
        # credit (not actors).
    ],
    roles=[("U.S. President", "donald_trump"), ("The president", "donald_trump"),
           ("Ukrainian President", "volodymyr_zelensky"), ("European Council President", "antonio_costa")],
)

_ZE = "Both Prime Ministers have met with Ukrainian President Volodymyr Zelenskyy within the past week."
A["dev_3505_orpo_kristersson_harpsund"] = dict(
    actors={
        "petteri_orpo": ["Petteri Orpo", "Orpo"],
        "ulf_kristersson": ["Ulf Kristersson", "Kristersson"],
        "volodymyr_zelensky": ["Volodymyr Zelenskyy"],
        "nato": ["NATO"],
        "european_union": ["EU"],
    },
    meetings=[
        # "a meeting between Prime Minister Petteri Orpo and Swedish Prime Minister Ulf Kristersson
        # on Friday 25 August" ("visited Sweden at the invitation of Prime Minister Kristersson",
        # "The meeting took place at the Swedish Prime Minister's summer residence Harpsund",
        # "At Harpsund, the Prime Ministers also discussed": the same) -> held, 2023-08-25,
        # Harpsund (the named residence, the most specific locality, as Camp David).
        M(["petteri_orpo", "ulf_kristersson"], "2023-08-25", "Harpsund", IP, H,
          "Finland and Sweden agreed to intensify their cooperation at a meeting between Prime Minister Petteri Orpo and Swedish Prime Minister Ulf Kristersson on Friday 25 August."),
        # "Both Prime Ministers have met with Ukrainian President Volodymyr Zelenskyy within the past
        # week" -> two separate meetings (each Prime Minister with Zelenskyy; no three-way meeting
        # is stated), held, date null ("within the past week"). Orpo's placed in Ukraine from the
        # next sentence ("Prime Minister Orpo visited Ukraine earlier this week"; see the notes);
        # Kristersson's place is not given (null).
        M(["petteri_orpo", "volodymyr_zelensky"], None, "Ukraine", IP, H, _ZE),
        M(["ulf_kristersson", "volodymyr_zelensky"], None, None, IP, H, _ZE),
        # Not rows: "the Governments of Finland and Sweden would meet next year" and "The first
        # meeting between the Governments took place in Hämeenlinna on 14 May 2009" (meetings of
        # governments, no named people); Orpo "said after the meeting" (a statement). Removed: the
        # site's date line "Mon. Jul 15th, 2024" and the cut-off last sentence ("Before today's
        # meeting, Orpo had met his Swedish counterpart twice this summer: first at the meeting
        # of"), so that count is not in the text. The excerpt has no headline (it opens with the
        # date line); none was made up.
    ],
    roles=[("Swedish Prime Minister", "ulf_kristersson"), ("Ukrainian President", "volodymyr_zelensky")],
)

_YS = ("President Viktor Yushchenko met separately Tuesday with both his estranged Orange Revolution ally and an old pro-Moscow adversary as he sought to form a coalition after most of Ukraine's voters rejected his party in weekend parliamentary elections.")
A["dev_3506_yushchenko_tymoshenko_yanukovych"] = dict(
    actors={
        "viktor_yushchenko": ["Viktor Yushchenko", "Yushchenko"],
        "yulia_tymoshenko": ["Yulia Tymoshenko", "Tymoshenko"],
        "viktor_yanukovych": ["Viktor Yanukovych", "Yanukovych"],
        "larisa_mudrak": ["Larisa Mudrak"],
        "party_of_regions": ["Party of the Regions"],
    },
    meetings=[
        # "met separately Tuesday with both his estranged Orange Revolution ally and an old
        # pro-Moscow adversary" (named in the next sentences: Tymoshenko, "their first formal
        # meeting since he fired her", and Yanukovych, "Yushchenko's meeting with ... Viktor
        # Yanukovych"; "Each one-on-one meeting took about 45 minutes") -> two bilaterals, no
        # Tymoshenko-Yanukovych pair ("separately", "one-on-one"), held, 2006-03-28 (the Tuesday
        # of the URL), place null (the text does not say where they met).
        M(["viktor_yushchenko", "yulia_tymoshenko"], "2006-03-28", None, IP, H, _YS),
        M(["viktor_yushchenko", "viktor_yanukovych"], "2006-03-28", None, IP, H, _YS),
        # Not rows: "since he fired her six months ago" (no earlier meeting stated); Yanukovych
        # "told journalists", Tymoshenko's "saying" (statements); "Ukrainian television showed"
        # (the Tymoshenko meeting above); the elections. Removed: the cut-off last sentence
        # ("Tymoshenko, who wants her old job back, predicted a deal could be signed wit"). The
        # excerpt has no byline or date line.
    ],
    roles=[("Ukraine Head", "viktor_yushchenko"), ("his estranged Orange Revolution ally", "yulia_tymoshenko"),
           ("an old pro-Moscow adversary", "viktor_yanukovych"), ("Political Adversary", "viktor_yanukovych"),
           ("former Prime Minister", "yulia_tymoshenko"), ("pro-Russian opposition leader", "viktor_yanukovych"),
           ("Yushchenko's deputy spokeswoman", "larisa_mudrak")],
)

_SK = ("More than 1,000 people pressed around Phnom Penh International Airport early Monday morning to greet Samak, who met with King Norodom Sihamoni, Senate President Chea Sim and National Assembly President Heng Samrin, and Prime Minister Hun Sen later in the day.")
A["test_3507_samak_phnom_penh_visit"] = dict(
    actors={
        "samak_sundaravej": ["Samak Sundaravej", "Samak"],
        "norodom_sihamoni": ["King Norodom Sihamoni", "Norodom Sihamoni"],
        "chea_sim": ["Chea Sim"],
        "heng_samrin": ["Heng Samrin"],
        "hun_sen": ["Hun Sen"],
        "hor_namhong": ["Hor Namhong"],
        "sok_an": ["Sok An"],
        "senate_of_cambodia": ["Senate"],
        "national_assembly_cambodia": ["National Assembly"],
    },
    meetings=[
        # "Samak, who met with King Norodom Sihamoni, Senate President Chea Sim and National
        # Assembly President Heng Samrin, and Prime Minister Hun Sen later in the day" -> four
        # separate calls of the visit (a list of people met, as dev_032; no pairs among the
        # hosts), held, 2008-03-03 (the Monday of the date line: the arrival "early Monday
        # morning", the meetings "later in the day"), Phnom Penh. The Hun Sen row is also the
        # "two prime ministers" exchange Hor Namhong announces.
        M(["samak_sundaravej", "norodom_sihamoni"], "2008-03-03", "Phnom Penh", IP, H, _SK),
        M(["samak_sundaravej", "chea_sim"], "2008-03-03", "Phnom Penh", IP, H, _SK),
        M(["samak_sundaravej", "heng_samrin"], "2008-03-03", "Phnom Penh", IP, H, _SK),
        M(["samak_sundaravej", "hun_sen"], "2008-03-03", "Phnom Penh", IP, H, _SK),
        # "Deputy Prime Minister Sok An will visit Thailand to hold talks with the Thai side on
        # Preah Vihear soon" -> one-party row (the counterpart is "the Thai side"), planned, date
        # null ("soon"), Thailand; optional (no counterpart person, not even by role).
        M(["sok_an"], None, "Thailand", IP, P,
          "Deputy Prime Minister Sok An will visit Thailand to hold talks with the Thai side on Preah Vihear soon, he said.", False),
        # Not rows: the airport greeting by "Senior government officials and staff, diplomats and
        # high school students" and "More than 1,000 people" (unnamed); Hor Namhong "told
        # reporters at the airport" (a statement); "Samak and other leaders were expected to
        # discuss" and "Hun Sen would not discuss" (the talks above). Removed: the repetition of
        # the lines "Original report from Phnom Penh" to "... later in the day." that the blog
        # page prints twice (a page artefact; the second copy is identical). "By Chun Sakada, VOA
        # Khmer" is the byline (not actors).
    ],
    roles=[("Thai Prime Minister", "samak_sundaravej"), ("the newly elected prime minister", "samak_sundaravej"),
           ("Senate President", "chea_sim"), ("National Assembly President", "heng_samrin"),
           ("Foreign Minister", "hor_namhong"), ("Deputy Prime Minister", "sok_an")],
)

A["dev_3508_park_xi_beijing_state_visit"] = dict(
    actors={
        "park_geun_hye": ["Park Geun-hye", "Park"],
        "xi_jinping": ["Xi Jinping", "Xi"],
        "li_keqiang": ["Li Keqiang"],
        "zhang_dejiang": ["Zhang Dejiang"],
        "kim_jong_un": ["Kim Jong-un"],
        "chinese_national_peoples_congress": ["Chinese National Peoples Congress"],
        "chinese_communist_party": ["Chinese Communist Party"],
    },
    meetings=[
        # Caption: Park "shakes hands with Chinese President Xi Jinping as they meet for summit
        # talks at the Great Hall of the People in Beijing on June 27" ("to hold summit talks with
        # President Xi Jinping", the headline's "Park-Xi Summit": the same) -> held, 2013-06-27
        # (with the year of publication), Beijing.
        M(["park_geun_hye", "xi_jinping"], "2013-06-27", "Beijing", IP, H,
          "President Park Geun-hye shakes hands with Chinese President Xi Jinping as they meet for summit talks at the Great Hall of the People in Beijing on June 27 during the Korean president’s state visit to China."),
        # Caption: Park "shakes hands with Premier Li Keqiang at the Great Hall of the People on
        # June 28 in Beijing" ("President Park also met with Premier Li Keqiang": the same) ->
        # held, 2013-06-28, Beijing.
        M(["park_geun_hye", "li_keqiang"], "2013-06-28", "Beijing", IP, H,
          "President Park Geun-hye shakes hands with Premier Li Keqiang at the Great Hall of the People on June 28 in Beijing during her state visit to China June 27-30."),
        # "President Park also met with ... Chairman Zhang Dejiang of the Chinese National Peoples
        # Congress" -> held, date null (within the visit "June 27-30"), China (no city is given
        # for this meeting: "meeting all top three leaders in China"). Li and Zhang are met
        # separately (no Li-Zhang pair).
        M(["park_geun_hye", "zhang_dejiang"], None, "China", IP, H,
          "President Park also met with Premier Li Keqiang and Chairman Zhang Dejiang of the Chinese National Peoples Congress, ranked Nos.2 and 3 in the Chinese Communist Party hierarchy, meeting all top three leaders in China."),
        # Not rows: "The Chinese government invited the South Korean president to Beijing before
        # inviting North Korea's new leader Kim Jong-un" (invitations); the subtitle's "Park
        # visiting Beijing" (the visit above). Removed: the page's share labels ("트위터 페이스북
        # 미투데이"), the site name "Global News Network", the menu line ("HOME ABOUT US NW 기획정보"),
        # the first of the two headline lines, the paragraph indentation, two trailing spaces, and
        # the cut-off last sentence ("They spent long hours together in meetings and a luncheon
        # along with the first lady in an unusual show of hospitalit"). Kept: the captions' line
        # breaks ("Great / Hall", "Great Hall of / the People"), "the  Chinese" (two spaces),
        # "Nos.2". "(Photos:Cheong Wa Dae)" is the photo credit (not an actor).
    ],
    roles=[("Chinese President", "xi_jinping"), ("Korean President", "park_geun_hye"),
           ("the South Korean president", "park_geun_hye"), ("North Korea’s new leader", "kim_jong_un"),
           ("Premier", "li_keqiang"), ("Chairman", "zhang_dejiang")],
)

_WE = ("Before the meeting the Armenian President and First Lady Rita Sargsyan were welcomed by Georgian foreign minister Mikheil Janelidze and head of the administration Giorgi Abashishvili at the Tbilisi International Airport.")
_PL = ("During the visit the President will meet with Georgia’s Prime Minister Giorgi Kvirikashvili, Parliament Speaker Irakli Kobakhidze and Catholicos-Patriarch of All Georgia Ilia II.")
A["dev_3509_sargsyan_margvelashvili_tbilisi"] = dict(
    actors={
        "serzh_sargsyan": ["Serzh Sargsyan", "Sargsyan"],
        "giorgi_margvelashvili": ["Giorgi Margvelashvili"],
        "rita_sargsyan": ["Rita Sargsyan"],
        "mikheil_janelidze": ["Mikheil Janelidze"],
        "giorgi_abashishvili": ["Giorgi Abashishvili"],
        "giorgi_kvirikashvili": ["Giorgi Kvirikashvili"],
        "irakli_kobakhidze": ["Irakli Kobakhidze"],
        "ilia_ii": ["Ilia II"],
        "armenpress": ["Armenpress"],
    },
    meetings=[
        # "The meeting of Armenian President Serzh Sargsyan and President of Georgia Giorgi
        # Margvelashvili has kicked off in the Georgian Presidential Palace" -> held (it has
        # begun), 2017-12-25 (the dateline's day), Tbilisi (the dateline; the palace is named
        # without a city).
        M(["serzh_sargsyan", "giorgi_margvelashvili"], "2017-12-25", "Tbilisi", IP, H,
          "The meeting of Armenian President Serzh Sargsyan and President of Georgia Giorgi Margvelashvili has kicked off in the Georgian Presidential Palace, reports Armenpress."),
        # The Armenian President (and his wife, not a participant) "were welcomed by Georgian
        # foreign minister Mikheil Janelidze and head of the administration Giorgi Abashishvili at
        # the Tbilisi International Airport" -> held, 2017-12-25, Tbilisi; optional (an arrival
        # welcome, as test_001's bouquet and 17b's dev_3304), no Janelidze-Abashishvili pair (the
        # same welcoming side).
        M(["serzh_sargsyan", "mikheil_janelidze"], "2017-12-25", "Tbilisi", IP, H, _WE, False),
        M(["serzh_sargsyan", "giorgi_abashishvili"], "2017-12-25", "Tbilisi", IP, H, _WE, False),
        # "During the visit the President will meet with Georgia's Prime Minister Giorgi
        # Kvirikashvili, Parliament Speaker Irakli Kobakhidze and Catholicos-Patriarch of All
        # Georgia Ilia II" ("During the meetings ... will be discussed": the same) -> three
        # planned meetings (a list, no pairs among the hosts), date null (no day is given; the
        # visit's length is not stated), Tbilisi (the visit's city: dateline, airport and wreath
        # "in Tbilisi"; see the notes).
        M(["serzh_sargsyan", "giorgi_kvirikashvili"], None, "Tbilisi", IP, P, _PL),
        M(["serzh_sargsyan", "irakli_kobakhidze"], None, "Tbilisi", IP, P, _PL),
        M(["serzh_sargsyan", "ilia_ii"], None, "Tbilisi", IP, P, _PL),
        # Not rows: "he will meet with Armenian community representatives" (unnamed); the visits
        # to the Tumanyan House and St. Gevorg Church and the wreath at the Monument in Heroes
        # Square (places and a ceremony). Removed: the search tool's " date 2017-12-25" prefix.
        # The excerpt has no headline (it opens with the dateline); none was made up. "ARMENPRESS"
        # in the dateline is the agency credit; "reports Armenpress" in the body is annotated as
        # the source cited (as 14a's "Armanpress").
    ],
    roles=[("Armenian President", "serzh_sargsyan"), ("President of Georgia", "giorgi_margvelashvili"),
           ("First Lady", "rita_sargsyan"), ("Georgian foreign minister", "mikheil_janelidze"),
           ("head of the administration", "giorgi_abashishvili"), ("Georgia’s Prime Minister", "giorgi_kvirikashvili"),
           ("Parliament Speaker", "irakli_kobakhidze"), ("Catholicos-Patriarch of All Georgia", "ilia_ii"),
           ("the President", "serzh_sargsyan")],
)

_EX = ("On Sunday, he consulted former prime ministers Sher Bahadur Deuba, Pushpa Kamal Dahal, Madhav Kumar Nepal, Jhala Nath Khanal and Baburam Bhattarai.")
_EXPM = ["sher_bahadur_deuba", "pushpa_kamal_dahal", "madhav_kumar_nepal", "jhala_nath_khanal", "baburam_bhattarai"]
A["dev_3510_oli_china_visit_ex_pms"] = dict(
    actors={
        "k_p_sharma_oli": ["K P Sharma Oli", "Oli"],
        "li_keqiang": ["Li Keqiang", "Li"],
        "shanker_das_bairagi": ["Shanker Das Bairagi"],
        "sher_bahadur_deuba": ["Sher Bahadur Deuba"],
        "pushpa_kamal_dahal": ["Pushpa Kamal Dahal"],
        "madhav_kumar_nepal": ["Madhav Kumar Nepal"],
        "jhala_nath_khanal": ["Jhala Nath Khanal"],
        "baburam_bhattarai": ["Baburam Bhattarai"],
        "the_himalayan_times": ["Himalayan Times"],
    },
    meetings=[
        # "Oli today left for China where he will hold talks with his Chinese counterpart Li
        # Keqiang" ("scheduled to hold bilateral talks with his Chinese counterpart Li": the same)
        # -> planned, date null (the six-day visit; no day is given for the talks), China (Beijing
        # is named only for the business forum and think-tanks).
        M(["k_p_sharma_oli", "li_keqiang"], None, "China", IP, P,
          "Nepal Prime Minister K P Sharma Oli today left for China where he will hold talks with his Chinese counterpart Li Keqiang, and is expected to sign major infrastructure projects to further deepen bilateral ties."),
        # "scheduled to visit Lhasa ... where he will meet with the provincial leaders" -> one-party
        # row (unnamed counterparts), planned, date null, Lhasa; optional (a group given by role,
        # no person).
        M(["k_p_sharma_oli"], None, "Lhasa", IP, P,
          "Prime Minister Oli is also scheduled to visit Lhasa, the capital city of Tibet Autonomous Region of China, where he will meet with the provincial leaders.", False),
        # "On Sunday, he consulted former prime ministers Sher Bahadur Deuba, Pushpa Kamal Dahal,
        # Madhav Kumar Nepal, Jhala Nath Khanal and Baburam Bhattarai" ("he" = the Prime Minister
        # of the preceding sentence; "During consultations, Oli said": the same) -> held,
        # 2018-06-17 (the Sunday before the Tuesday of publication), place null (not given).
        # Oli with each of the five: required. Whether this was one meeting of six or five
        # consultations is not said: the ten pairs among the former prime ministers are optional
        # (the guide's pair rule for one meeting; see the notes).
    ] + [M(["k_p_sharma_oli", x], "2018-06-17", None, IP, H, _EX) for x in _EXPM]
      + [M([x, y], "2018-06-17", None, IP, H, _EX, False)
         for i, x in enumerate(_EXPM) for y in _EXPM[i + 1:]] + [
        # Not rows: "address a Nepal-China Business Forum and think-tanks in Beijing" (a speech);
        # "The two countries will sign some agreements" and "Bilateral discussions will be held"
        # (governments, no named people); Bairagi "said" (a statement); "return home on June 24".
        # Removed: the search tool's " date 2018-06-19" prefix and the cut-off last sentence
        # ("Minister for Foreign Affairs Pradeep Kumar Gyawali had said that during the visit,
        # efforts would be made ... and to pr"), so Gyawali is not in the text. Kept: the caption
        # line with its credit "(Source: Reuters)" (a photo credit, not an actor) and the garbled
        # "wineighboringlevel". "Himalayan Times reported" is a cited source (an actor).
    ],
    roles=[("Nepal Prime Minister", "k_p_sharma_oli"), ("his Chinese counterpart", "li_keqiang"),
           ("Foreign Secretary", "shanker_das_bairagi"), ("The Prime Minister", "k_p_sharma_oli")],
)

_PB = ("The Prime Minister held formal bilateral meetings in Iwaki City with the Leaders of the delegations from Samoa, Vanuatu, the Solomon Islands and Australia, that provided an opportunity to discuss matters of joint significance.")
A["test_3511_oneill_palm7_bilaterals"] = dict(
    actors={
        "peter_oneill": ["Peter O'Neill", "O'Neill", "O’Neill"],
        "tuilaepa_sailele_malielegaoi": ["Tuilaepa Sailele Malielegaoi", "Malielegaoi"],
        "joseph_natuman": ["Joseph Natuman", "Natuman"],
        "government_of_papua_new_guinea": ["Government of Papua New Guinea"],
        "bank_of_south_pacific": ["Bank of South Pacific"],
        "pacific_islands_forum": ["Pacific Islands Forum"],
    },
    meetings=[
        # "O'Neill met with the Prime Minister of Samoa, Tuilaepa Sailele Malielegaoi" (one of the
        # "formal bilateral meetings in Iwaki City"; "The Prime Ministers further discussed": the
        # same) -> held, date null (no day is given; PALM 7's dates are not in the text), Iwaki
        # City.
        M(["peter_oneill", "tuilaepa_sailele_malielegaoi"], None, "Iwaki City", IP, H,
          "O'Neill met with the Prime Minister of Samoa, Tuilaepa Sailele Malielegaoi, and advised his long-serving counterpart of Papua New Guinea's desire to present him with the nation's highest award."),
        # "In the meeting between O'Neill and the Prime Minister of Vanuatu, Joseph Natuman" ->
        # held, date null, Iwaki City.
        M(["peter_oneill", "joseph_natuman"], None, "Iwaki City", IP, H,
          "In the meeting between O'Neill and the Prime Minister of Vanuatu, Joseph Natuman, the leaders discussed disaster relief following Cyclone Pam in April this year."),
        # "formal bilateral meetings in Iwaki City with the Leaders of the delegations from Samoa,
        # Vanuatu, the Solomon Islands and Australia": Samoa and Vanuatu are the two rows above;
        # the Solomon Islands and Australian leaders are given by country only -> two one-party
        # rows (O'Neill), held, date null, Iwaki City (the two rows are identical by design: two
        # meetings with unnamed counterparts; see the notes).
        M(["peter_oneill"], None, "Iwaki City", IP, H, _PB),
        M(["peter_oneill"], None, "Iwaki City", IP, H, _PB),
        # Not rows: "We look forward to the Logohu Award being presented to Prime Minister
        # Malielegaoi when he visits Port Moresby in September for the Pacific Islands Forum
        # Leaders' Meeting" (an award ceremony with no presenter named, at a multilateral meeting);
        # "opportunities to speak informally with Leaders" (general); PALM 7 itself (multilateral);
        # "I informed Prime Minister Malielegaoi" (the Samoa meeting above). Removed: the blog's
        # "Pages" label and the cut-off last fragment ("\"The disaster support provided by Papua
        # New"). Kept: the double spaces ("O'Neill  held", ",\"  O'Neill said") and the curly
        # apostrophe of the headline's "O’Neill".
    ],
    roles=[("the Prime Minister of Samoa", "tuilaepa_sailele_malielegaoi"),
           ("his long-serving counterpart", "tuilaepa_sailele_malielegaoi"),
           ("the senior statesman of the Pacific island countries", "tuilaepa_sailele_malielegaoi"),
           ("the Prime Minister of Vanuatu", "joseph_natuman"), ("The Prime Minister", "peter_oneill")],
)

_HA = ("Chinese President Hu Jintao met with Japanese Prime Minister Shinzo Abe in the Great Hall of the People Sunday afternoon, soon after Abe's talks with Premier Wen Jiabao.")
A["dev_3512_abe_hu_wen_wu_beijing"] = dict(
    actors={
        "hu_jintao": ["Hu Jintao", "Hu"],
        "shinzo_abe": ["Shinzo Abe", "Abe"],
        "wen_jiabao": ["Wen Jiabao"],
        "wu_bangguo": ["Wu Bangguo", "Wu"],
        "liu_jianchao": ["Liu Jianchao"],
        "standing_committee_of_the_national_peoples_congress": ["Standing Committee of the National People's Congress"],
        "chinese_foreign_ministry": ["Foreign Ministry"],
    },
    meetings=[
        # "Hu Jintao met with Japanese Prime Minister Shinzo Abe in the Great Hall of the People
        # Sunday afternoon" (the caption's "talks with ... Shinzo Abe in Beijing, ... Oct. 8,
        # 2006", the headline: the same) -> held, 2006-10-08, Beijing.
        M(["hu_jintao", "shinzo_abe"], "2006-10-08", "Beijing", IP, H, _HA),
        # "soon after Abe's talks with Premier Wen Jiabao" -> held, 2006-10-08 (before the Sunday
        # afternoon meeting), Beijing (the visit's city: the caption, "arrived here earlier
        # Sunday").
        M(["shinzo_abe", "wen_jiabao"], "2006-10-08", "Beijing", IP, H, _HA),
        # "Shortly afterwards, top legislator Wu Bangguo met with Abe" -> held, 2006-10-08,
        # Beijing ("here").
        M(["wu_bangguo", "shinzo_abe"], "2006-10-08", "Beijing", IP, H,
          "Shortly afterwards, top legislator Wu Bangguo met with Abe, who arrived here earlier Sunday and will fly to Seoul early Monday."),
        # Not rows: "will fly to Seoul early Monday" (a trip with no counterpart named in this
        # text); "Wen Jiabao invited Abe to visit China" (the invitation of the visit above);
        # Liu Jianchao "said" (a statement); "the first Japanese leader visiting China in five
        # years" (history). Removed: the page's font-size widget "+-" after the date line, a
        # trailing space after the caption, one of two blank lines, and the cut-off last sentence
        # ("Prior to his visit to China and the ROK, Abe told a session"). "万维读者网" is the
        # site's name in its date line (not an actor).
    ],
    roles=[("Chinese President", "hu_jintao"), ("Chinese president", "hu_jintao"),
           ("Japanese Prime Minister", "shinzo_abe"), ("Japanese PM", "shinzo_abe"),
           ("Premier", "wen_jiabao"), ("Chinese Premier", "wen_jiabao"), ("top legislator", "wu_bangguo"),
           ("chairman of the Standing Committee of the National People's Congress", "wu_bangguo"),
           ("Foreign Ministry spokesman", "liu_jianchao")],
)
