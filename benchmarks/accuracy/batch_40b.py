"""Accuracy corpus, batch 40b: 12 new articles about meetings between political actors, all
published in even years, from the 1960s, 1970s, 1980s, 1990s, 2000s, 2010s and 2020s (1960s: one,
1970s: one, 1980s: one, 1990s: two, 2000s: one, 2010s: one, 2020s: five; five of the twelve from
before 2000), over eleven regions (South Asia: two; Middle East, Central Asia/Caucasus, Southeast
Asia, East Asia, North America, Oceania, Latin America, Eastern Europe/Russia, Western Europe,
Africa: one each). Outlets/sites: the Jewish Telegraphic Agency archive, Daryo (Uzbekistan), The
Straits Times, The Dong-A Ilbo, Real Time 1960s (a day-by-day news site), Loop Tonga, the Clinton
White House archive (a press secretary's statement), RFE/RL, eNewsPolar (Nepal), Prothom Alo
(English), The American Presidency Project (remarks after a meeting) and The Kenyan Post; some of
these sites were used before, the pages are new. Collected with the `search` tool (corpus `pages`)
and annotated from the texts alone, BEFORE the package was run on them (the package has not been
run on this batch). Conventions: ANNOTATION.md and /work/shared/ANNOTATION-GUIDE.md. Notes:
batch_40b_NOTES.md.

Split rule (fixed before annotating, as given in the brief for this batch, the same as batches
5a-39b): the articles are numbered 1..12 in the order they were first found in this session's
search results (the query in which each first appeared, then its rank in that query), after
skipping pages already in the corpus and stories already in it; positions 3, 7 and 11 are test,
all others dev. Ids: `dev_79NN_<slug>` / `test_79NN_<slug>`, NN = collection position (01..12).

M(participants, date, place, kind, status, evidence, required=True)
Evidence is the verbatim sentence (line breaks inside it replaced by single spaces).
Aliases are written as they stand in the text (typos included).
"""


from annotations import H, IP, M, P, PH, VID  # noqa: F401 (the same row helpers)

# (article_id, region, decade, outlet, url, published)
ARTICLES = [
    # The bulletin's date line "July 2, 1970" (a Thursday): "today" = 1970-07-02; "this week"
    # (the Luxembourg signing; no row) -> no date.
    ("dev_7901_eban_douglas_home_dialogue", "Middle East", "1970s", "Jewish Telegraphic Agency (jta.org archive)", "http://www.jta.org/archive/eban-and-dougla-home-start-dialogue-mideast-power-balance-discussed-at-meeting", "1970-07-02"),
    # The URL's date 2022/10/05 (a Wednesday) and the text's "On October 5" (year of
    # publication): the call = 2022-10-05.
    ("dev_7902_mirziyoyev_rahmon_call", "Central Asia/Caucasus", "2020s", "Daryo (daryo.uz)", "https://daryo.uz/en/2022/10/05/shavkat-mirziyoyev-congratulates-president-of-tajikistan-on-his-70th-birthday", "2022-10-05"),
    # The search result's date field 2018-07-19 (a Thursday; removed with the tool's date
    # prefix): "yesterday" = 2018-07-18; "on Oct 11" = 2018-10-11 (year of publication; "Oct 11
    # this year"); "in 2016" and "Last year" -> no date (year only).
    ("test_7903_teo_kalla_jakarta", "Southeast Asia", "2010s", "The Straits Times (straitstimes.com)", "https://www.straitstimes.com/asia/se-asia/pm-lee-and-jokowi-to-meet-in-bali-on-oct-11-for-leaders-retreat", "2018-07-19"),
    # The page's line "Posted November. 15, 2000 18:53," (a Wednesday; also the URL's 20001115):
    # "on Wednesday" = 2000-11-15; "sometime next spring" -> no date.
    ("dev_7904_kim_apec_brunei_summits", "East Asia", "2000s", "The Dong-A Ilbo (donga.com)", "https://www.donga.com/en/article/all/20001115/194779/1", "2000-11-15"),
    # The text's own date "Jan. 21, 1964" (a Tuesday; also the URL's jan-21-1964): "today",
    # "this afternoon" and "Tonight" = 1964-01-21; "tomorrow morning" / "tomorrow afternoon" =
    # 1964-01-22; "last May" -> no date (month only).
    ("dev_7905_pearson_johnson_white_house", "North America", "1960s", "Real Time 1960s (realtime1960s.com)", "https://www.realtime1960s.com/post/video-jan-21-1964-lbj-meets-with-canadian-prime-minister-pearson", "1964-01-21"),
    # The search result's date field 2022-07-13 (a Wednesday; removed with the tool's date
    # prefix). The courtesy call is dated only as "the second day of the 51st Pacific Islands
    # Forum Leaders Meeting" -> no date; "on Thursday" (the 2050 Strategy; no row) = 2022-07-14.
    ("dev_7906_bainimarama_hu_akavameiliku_pif", "Oceania", "2020s", "Loop Tonga (looptonga.com)", "https://www.looptonga.com/tonga-news/fiji-pm-receives-courtesy-call-tongan-counterpart-114275", "2022-07-13"),
    # The release's date line "For Immediate Release October 9, 1998" (a Friday; also the URL's
    # 1998-10-09): "this afternoon" / "today's meeting" = 1998-10-09.
    ("test_7907_clinton_fujimori_mahuad", "Latin America", "1990s", "The White House, Office of the Press Secretary (Clinton archive, clintonwhitehouse6.archives.gov)", "https://clintonwhitehouse6.archives.gov/1998/10/1998-10-09-press-secretary-on-presidents-fujimori-and-mahuad.html", "1998-10-09"),
    # The dateline "Levoca, Slovakia; 23 January 1998" (a Friday): "yesterday" = 1998-01-22.
    ("dev_7908_goncz_kovac_levoca", "Eastern Europe/Russia", "1990s", "Radio Free Europe/Radio Liberty (rferl.org)", "https://rferl.org/a/1087807.html", "1998-01-23"),
    # The captions' "on March 29, 2022" (a Tuesday) and the body's "today": published =
    # 2022-03-29, derived from the text (the page's widget line "Fri Mar 29 2024", removed at the
    # start, is the site's current-date display: "upcoming Friday, April 1" fits 2022, not 2024).
    # "upcoming Friday, April 1" (Deuba's visit; no row) = 2022-04-01.
    ("dev_7909_khadka_jaishankar_colombo", "South Asia", "2020s", "eNewsPolar (enewspolar.com)", "https://enewspolar.com/foreign-minister-khadka-meets-indian-bangladeshi-counterpart-in-colombo/", "2022-03-29"),
    # The search result's date field 2024-04-18 (a Thursday; removed with the tool's date
    # prefix). No row, so no date to resolve ("on Saturday", the postponed courtesy call, would
    # be 2024-04-20).
    ("dev_7910_kwatra_dhaka_postponed", "South Asia", "2020s", "Prothom Alo English (en.prothomalo.com)", "https://en.prothomalo.com/bangladesh/me5v1mo6sp", "2024-04-18"),
    # The document's date line "February 17, 1982" (a Wednesday): remarks "Following Their
    # Meeting" -> the meeting = 1982-02-17; "right away" = 1982-02-17.
    ("test_7911_reagan_martens_washington", "Western Europe", "1980s", "The American Presidency Project (presidency.ucsb.edu; remarks after a meeting)", "https://www.presidency.ucsb.edu/documents/remarks-the-president-and-prime-minister-wilfried-martens-belgium-following-their-meeting", "1982-02-17"),
    # The text's date line "Thursday May 21, 2020" (also the URL's 2020/05): "yesterday" =
    # 2020-05-20, so Magufuli's quoted "today" = 2020-05-20; "The other day" -> no date;
    # "Saturday, May 16th" and "On Wednesday" belong to non-rows.
    ("dev_7912_kenyatta_magufuli_calls", "Africa", "2020s", "The Kenyan Post (kenyan-post.com)", "https://kenyan-post.com/2020/05/here-are-details-of-uhurus-phone-call-to-magufuli-over-covid19-dispute-you-wont-believe-what-he-told-the-tanzanian-president/", "2020-05-21"),
]

A = {}

A["dev_7901_eban_douglas_home_dialogue"] = dict(
    actors={
        "abba_eban": ["Israel’s Foreign Minister Abba Eban", "Abba Eban", "Mr. Eban", "Eban"],
        "alec_douglas_home": ["Foreign Secretary Sir Alec Douglas-Home", "Sir Alec Douglas-Home", "Dougla-home"],
        "gamal_abdel_nasser": ["Nasser"],
        "gunnar_jarring": ["Ambassador Gunnar V. Jarring", "Gunnar V. Jarring"],
        "united_nations": ["United Nations"],
        "jewish_telegraphic_agency": ["Jewish Telegraphic Agency"],
        "european_economic_community": ["Common Market"],
    },
    meetings=[
        # "Israel's Foreign Minister Abba Eban had his first official meeting today with his new
        # British counterpart. Foreign Secretary Sir Alec Douglas-Home." (the page's full stop
        # after "counterpart" is a slip for a comma; the headline's "Start Dialogue", "the
        # meeting" and "his talks with the British Foreign Secretary" are the same meeting) ->
        # held, 1970-07-02; place null (the bulletin's dateline is not in the text; "sources
        # here" names no city). Evidence: the sentence and the fragment that names the
        # counterpart.
        M(["abba_eban", "alec_douglas_home"], "1970-07-02", None, IP, H,
          "Israel’s Foreign Minister Abba Eban had his first official meeting today with his new British counterpart. Foreign Secretary Sir Alec Douglas-Home."),
        # Not rows: Jarring "suggested parallel talks between Israelis and Arabs on Cyprus" and
        # "Mr. Eban went to Nicosia but left after 24 hours when no Arab delegates showed up" (a
        # meeting that did not take place; no named counterpart); the signing "with the six
        # Common Market countries in Luxembourg this week" (a treaty signing with states);
        # Nasser's refusal of a cease-fire (statements); the joint statement (a document).
        # Removed: at the start, the site's search line ("Search JTA's historical archive dating
        # back to 1923"); inside the text, the two page-furniture lines after the date line ("See
        # Original Daily Bulletin From This Date", "Advertisement"); at the end, the last,
        # cut-off sentence ("The European states are reportedly less reserved ... since Soviet
        # involvement on the Arab"). The slips "Dougla-home", "a-greed" and the full stops after
        # "counterpart", "special envoy" and "British Foreign Secretary" are kept.
    ],
    roles=[("his new British counterpart", "alec_douglas_home"), ("the British Foreign Secretary", "alec_douglas_home"),
           ("the Israeli Foreign Minister", "abba_eban"), ("the United Nations’ special envoy", "gunnar_jarring")],
)

A["dev_7902_mirziyoyev_rahmon_call"] = dict(
    actors={
        "shavkat_mirziyoyev": ["President Mirziyoyev", "Mirziyoyev"],
        "emomali_rahmon": ["Emomali Rahmon", "Emomali Rahman"],
    },
    meetings=[
        # "On October 5, President Mirziyoyev had a telephone conversation with the President of
        # Tajikistan, Emomali Rahmon" ("During the conversation" is the same call) -> phone,
        # held, 2022-10-05, place null. "Emomali Rahman" (the page's spelling in the second
        # paragraph) is kept as an alias.
        M(["shavkat_mirziyoyev", "emomali_rahmon"], "2022-10-05", None, PH, H,
          "On October 5, President Mirziyoyev had a telephone conversation with the President of Tajikistan, Emomali Rahmon and congratulated him on his 70th birthday wishing him good health, happiness, peace and prosperity for the people of Tajikistan."),
        # Not rows: "previously reached agreements" (earlier, unnamed contacts); the Joint
        # Investment Fund (a fund; not annotated as an actor). Removed: at the end, the page's
        # widget "Comments (0)". The excerpt has no headline.
    ],
    roles=[("the President of Tajikistan", "emomali_rahmon"), ("The Uzbek head of state leader", "shavkat_mirziyoyev")],
)

A["test_7903_teo_kalla_jakarta"] = dict(
    actors={
        "lee_hsien_loong": ["Prime Minister Lee Hsien Loong", "Lee Hsien Loong", "PM Lee"],
        "joko_widodo": ["Indonesian President Joko Widodo", "Joko Widodo", "President Joko", "Jokowi"],
        "teo_chee_hean": ["Deputy Prime Minister Teo Chee Hean", "Teo Chee Hean", "DPM Teo"],
        "jusuf_kalla": ["Indonesian Vice-President Jusuf Kalla", "Jusuf Kalla", "Mr Kalla"],
        "international_monetary_fund": ["International Monetary Fund", "IMF"],
        "world_bank": ["World Bank"],
    },
    meetings=[
        # "DPM Teo, who is on a three-day working visit to Jakarta, was speaking to the media
        # yesterday after meeting Indonesian Vice-President Jusuf Kalla" ("He also told Mr Kalla"
        # and "after their meeting" are the same meeting) -> held, 2018-07-18, Jakarta.
        M(["teo_chee_hean", "jusuf_kalla"], "2018-07-18", "Jakarta", IP, H,
          "DPM Teo, who is on a three-day working visit to Jakarta, was speaking to the media yesterday after meeting Indonesian Vice-President Jusuf Kalla."),
        # "Prime Minister Lee Hsien Loong and Indonesian President Joko Widodo will meet in Bali
        # on Oct 11 for their third Leaders' Retreat" ("PM Lee looked forward to meeting
        # President Joko at the next retreat", "discussions in Bali" are the same) -> planned,
        # 2018-10-11, Bali.
        M(["lee_hsien_loong", "joko_widodo"], "2018-10-11", "Bali", IP, P,
          "Prime Minister Lee Hsien Loong and Indonesian President Joko Widodo will meet in Bali on Oct 11 for their third Leaders' Retreat in as many years, said Deputy Prime Minister Teo Chee Hean."),
        # "hosted his first retreat with PM Lee in Semarang, Central Java, in 2016" -> held, date
        # null (year only), Semarang.
        M(["joko_widodo", "lee_hsien_loong"], None, "Semarang", IP, H,
          "President Joko, who goes by his popular moniker Jokowi, took office in October 2014, and hosted his first retreat with PM Lee in Semarang, Central Java, in 2016."),
        # "Last year, the two countries marked 50 years of bilateral relations during the second
        # Leaders' Retreat in Singapore" -> held, date null (year only), Singapore; required
        # False: the sentence names countries, not leaders (the pair comes from "their third
        # Leaders' Retreat" above, so the second was theirs: implied, not stated).
        M(["lee_hsien_loong", "joko_widodo"], None, "Singapore", IP, H,
          "Last year, the two countries marked 50 years of bilateral relations during the second Leaders' Retreat in Singapore.",
          False),
        # Not rows: the retreat as "a long-held tradition in which leaders of the two close
        # neighbours meet informally each year" (habitual); the IMF-World Bank annual meetings
        # (multilateral); Teo "speaking to the media" (a statement). Removed: the search tool's
        # date prefix (" date 2018-07-19") at the start; at the end, the last, cut-off paragraph
        # ("\"The two countries have many cooperation projects such as industria").
    ],
    roles=[("Deputy Prime Minister", "teo_chee_hean"), ("Indonesian Vice-President", "jusuf_kalla"),
           ("Indonesian President", "joko_widodo")],
)

_KIM_SERIES = "President Kim Dae-Jung held a series of summit talks on Wednesday with U. S. President Bill Clinton, Japanese Prime Minister Yoshiro Mori, Chinese President Jiang Zemin and Russian President Vladimir Putin on the sidelines of the eighth Asia-Pacific Economic Cooperation (APEC) conference being held in Brunei."
A["dev_7904_kim_apec_brunei_summits"] = dict(
    actors={
        "kim_dae_jung": ["President Kim Dae-Jung", "Kim Dae-Jung", "President Kim", "Kim"],
        "bill_clinton": ["U. S. President Bill Clinton", "Bill Clinton", "U.S. President Clinton", "Clinton"],
        "yoshiro_mori": ["Japanese Prime Minister Yoshiro Mori", "Yoshiro Mori", "Japanese Prime Minister Mori", "Mori"],
        "jiang_zemin": ["Chinese President Jiang Zemin", "Jiang Zemin", "Jiang"],
        "vladimir_putin": ["Russian President Vladimir Putin", "Vladimir Putin", "Russian President Putin", "Putin"],
        "park_joon_young": ["presidential spokesman Park Joon-Young", "Park Joon-Young"],
        "apec": ["Asia-Pacific Economic Cooperation", "APEC"],
    },
    meetings=[
        # "President Kim Dae-Jung held a series of summit talks on Wednesday with ... Clinton, ...
        # Mori, ... Jiang Zemin and ... Putin on the sidelines of the eighth ... (APEC)
        # conference being held in Brunei" -> four separate bilaterals (a series; one row each,
        # as `dev_032`), held, 2000-11-15, Brunei (country; no city in the text). The later
        # paragraphs ("At the Kim-Clinton summit", "In Kim's earlier meeting with Russian
        # President Putin", "In the President's talks with Japanese Prime Minister Mori",
        # "During the Kim-Jiang talks") are the same four meetings. No rows among Clinton, Mori,
        # Jiang and Putin (the text gives no meeting among them).
        M(["kim_dae_jung", "bill_clinton"], "2000-11-15", "Brunei", IP, H, _KIM_SERIES),
        M(["kim_dae_jung", "yoshiro_mori"], "2000-11-15", "Brunei", IP, H, _KIM_SERIES),
        M(["kim_dae_jung", "jiang_zemin"], "2000-11-15", "Brunei", IP, H, _KIM_SERIES),
        M(["kim_dae_jung", "vladimir_putin"], "2000-11-15", "Brunei", IP, H, _KIM_SERIES),
        # "the Russian president promised to visit Seoul sometime next spring" -> planned, date
        # null, Seoul; required False (a promised visit, the host not named in the sentence; as
        # `dev_005`'s invitation).
        M(["vladimir_putin", "kim_dae_jung"], None, "Seoul", IP, P,
          "In particular, the Russian president promised to visit Seoul sometime next spring.", False),
        # "asked the Chinese leader to visit Seoul" -> an invitation (the reply is cut off with
        # the excerpt) -> planned, date null, Seoul, required False (as `dev_005`).
        M(["kim_dae_jung", "jiang_zemin"], None, "Seoul", IP, P,
          "During the Kim-Jiang talks, President Kim expressed gratitude for Beijing's support for the improvement of inter-Korean relations and asked the Chinese leader to visit Seoul.",
          False),
        # Not rows: Clinton "would decide on his visit to Pyongyang" (a possible trip, no host
        # named); the APEC conference (multilateral); the spokesman's account (a statement).
        # Removed: at the start, the site's link "Go to contents"; inside the text, the repeated
        # headline line ("Kim meets with Asia-Pacific leaders to discuss S-N issue", given twice)
        # and the language link "한국어" after the "Posted" line; at the end, the last, cut-off
        # sentence ("In response, the Chinese"). The mojibake "Kim¡¯s", "Russia¡¯s",
        # "President¡¯s" is kept.
    ],
    roles=[("the Russian president", "vladimir_putin"), ("the Chinese leader", "jiang_zemin"),
           ("presidential spokesman", "park_joon_young"), ("U. S. President", "bill_clinton"),
           ("Japanese Prime Minister", "yoshiro_mori"), ("Chinese President", "jiang_zemin"),
           ("Russian President", "vladimir_putin")],
)

_PEARSON_ARRIVAL = "Mr. Pearson, arriving by helicopter on the White House south lawn this afternoon, told President Johnson that his “first thought on arriving here” was to recall his visit with Mr. Kennedy last May at Hyannis Port, Mass."
A["dev_7905_pearson_johnson_white_house"] = dict(
    actors={
        "lester_pearson": ["Prime Minister Lester Pearson", "Lester Pearson", "Mr. Pearson", "Pearson"],
        "lyndon_johnson": ["President Johnson", "Mr. Johnson", "Johnson"],
        "john_f_kennedy": ["President Kennedy", "Mr. Kennedy", "Kennedy"],
        # The wives are named only "Mrs. Pearson" / "Mrs. Johnson" (in "Mr. and Mrs. Johnson");
        # keyed by their full names.
        "maryon_pearson": ["Mrs. Pearson"],
        "lady_bird_johnson": ["Mrs. Johnson"],
    },
    meetings=[
        # "The two men will meet tomorrow morning, at a luncheon at the White House, and again
        # tomorrow afternoon" (the lead's "arrived today for talks with President Johnson" is the
        # same visit's talks; the sessions of the same pair on the same day and place are one
        # row, as ANNOTATION.md) -> planned, 1964-01-22, Washington (White House). "The two men"
        # denotes Pearson and Johnson, named before.
        M(["lester_pearson", "lyndon_johnson"], "1964-01-22", "Washington", IP, P,
          "The two men will meet tomorrow morning, at a luncheon at the White House, and again tomorrow afternoon."),
        # "his visit with Mr. Kennedy last May at Hyannis Port, Mass." -> held, date null (month
        # only), Hyannis Port.
        M(["lester_pearson", "john_f_kennedy"], None, "Hyannis Port", IP, H, _PEARSON_ARRIVAL),
        # The arrival on the White House south lawn "this afternoon", where Pearson "told
        # President Johnson" his first thought and Johnson gave "brief welcoming remarks" ->
        # held, 1964-01-21, Washington; required False (an arrival ceremony with remarks, as the
        # tarmac greeting in `dev_031`).
        M(["lester_pearson", "lyndon_johnson"], "1964-01-21", "Washington", IP, H, _PEARSON_ARRIVAL, False),
        # "Tonight, Mr. and Mrs. Johnson will have dinner at the Canadian Embassy" -> planned,
        # 1964-01-21, Washington (the embassy is named without a city; the visit is in
        # Washington); required False (the hosts, the Pearsons, are implied, not named in the
        # sentence). The wives are not participants (ANNOTATION.md).
        M(["lyndon_johnson", "lester_pearson"], "1964-01-21", "Washington", IP, P,
          "Tonight, Mr. and Mrs. Johnson will have dinner at the Canadian Embassy.", False),
        # Not rows: "a rapport like that between Mr. Pearson and President Kennedy" and "The close
        # Pearson-Kennedy relationship" (a relationship, no meeting); Pearson "was accompanied by
        # Mrs. Pearson" (a spouse; actor, not participant). Removed: at the end, the page's
        # widget "Comments". The excerpt has no headline.
    ],
    roles=[("the Prime Minister", "lester_pearson"), ("The Prime Minister", "lester_pearson")],
)

A["dev_7906_bainimarama_hu_akavameiliku_pif"] = dict(
    actors={
        "frank_bainimarama": ["Prime Minister Frank Bainimarama", "Frank Bainimarama", "Prime Minister Bainimarama", "Bainimarama"],
        # Tonga's Prime Minister Hu'akavameiliku Siaosi Sovaleni; written "Sovaleni
        # Hu’akavameiliku" (after "Prime Minister," with no space) and "Hu’akavameiliku".
        "siaosi_sovaleni": ["Sovaleni Hu’akavameiliku", "Honourable Hu’akavameiliku", "Hu’akavameiliku"],
        "pacific_islands_forum": ["Pacific Islands Forum", "PIF"],
    },
    meetings=[
        # "a courtesy call received by the Pacific Islands Forum Chair and Prime Minister Frank
        # Bainimarama from Tongan Prime Minister,Sovaleni Hu’akavameiliku" ("The meeting took
        # place on the margins of the second day of the 51st Pacific Islands Forum Leaders
        # Meeting") -> held; date null (the Forum's second day is not dated in the text); place
        # null (the text names no venue; "here in Fiji" is in the removed cut-off sentence).
        M(["frank_bainimarama", "siaosi_sovaleni"], None, None, IP, H,
          "This was conveyed at a courtesy call received by the Pacific Islands Forum Chair and Prime Minister Frank Bainimarama from Tongan Prime Minister,Sovaleni Hu’akavameiliku."),
        # Not rows: the Leaders Meeting and the 2050 Strategy to be endorsed "by the leaders on
        # Thursday" (multilateral); "the Government and the people of Tonga" (generic; not
        # annotated as an actor). Removed: the search tool's date prefix (" date 2022-07-13") at
        # the start; at the end, the last, cut-off sentence ("Prime Minister Hu’akavameiliku said
        # he is pleased to be here in Fiji an"). The excerpt starts mid-article ("This was
        # conveyed ..."), as returned.
    ],
    roles=[("the Pacific Islands Forum Chair", "frank_bainimarama"), ("The PIF Chair", "frank_bainimarama"),
           ("The Prime Minister", "frank_bainimarama"), ("his Tongan counterpart", "siaosi_sovaleni"),
           ("Tongan Prime Minister", "siaosi_sovaleni")],
)

_CLINTON_MET = "President Clinton met this afternoon with Peruvian President Alberto Fujimori and Ecuadorian President Jamil Mahuad Witt to take an important step toward a final settlement of the long-standing border dispute between the two countries."
A["test_7907_clinton_fujimori_mahuad"] = dict(
    actors={
        "bill_clinton": ["President Clinton", "Clinton"],
        "alberto_fujimori": ["Peruvian President Alberto Fujimori", "President Alberto Fujimori", "Alberto Fujimori", "Fujimori"],
        "jamil_mahuad": ["Ecuadorian President Jamil Mahuad Witt", "Jamil Mahuad Witt", "President Jamil Mahuad", "Jamil Mahuad", "Mahuad"],
        "sixto_duran_ballen": ["Sixto Duran Ballen"],
        "fabian_alarcon": ["Fabian Alarcon"],
    },
    meetings=[
        # "President Clinton met this afternoon with Peruvian President Alberto Fujimori and
        # Ecuadorian President Jamil Mahuad Witt" (the headline's "Meeting with Presidents
        # Fujimori and Mahuad", "requested the meeting" and "in today's meeting the two
        # Presidents asked President Clinton" are the same meeting) -> a three-party meeting,
        # one row per pair, held, 1998-10-09; place null (the statement does not say where; the
        # letterhead "THE WHITE HOUSE" is the issuer, not the venue). Fujimori-Mahuad is
        # required: the two presidents are the parties who jointly requested and held the
        # meeting.
        M(["bill_clinton", "alberto_fujimori"], "1998-10-09", None, IP, H, _CLINTON_MET),
        M(["bill_clinton", "jamil_mahuad"], "1998-10-09", None, IP, H, _CLINTON_MET),
        M(["alberto_fujimori", "jamil_mahuad"], "1998-10-09", None, IP, H, _CLINTON_MET),
        # Not rows: "intense personal negotiations on this issue for the past several weeks" (no
        # specific meeting); "President Clinton has met several times with President Alberto
        # Fujimori of Peru, and also with ... Sixto Duran Ballen, Fabian Alarcon, and most
        # recently with President Jamil Mahuad" (a count of earlier meetings, none dated or
        # placed); Clinton "will consult with the other Guarantors" (states, unnamed leaders);
        # the Rio Protocol (a treaty). "Office of the Press Secretary" is the issuing office
        # (the outlet; not annotated, as `dev_7108`). Removed: at the start, the archive's link
        # "View Header"; at the end, the last, cut-off sentence ("He also praised the par").
    ],
    roles=[("Peruvian President", "alberto_fujimori"), ("Ecuadorian President", "jamil_mahuad")],
)

A["dev_7908_goncz_kovac_levoca"] = dict(
    actors={
        "arpad_goncz": ["Hungary's President Arpad Goncz", "Arpad Goncz", "Goncz"],
        "michal_kovac": ["Slovakia's President Michal Kovac", "Michal Kovac"],
        "zdenka_kramplova": ["Slovakia's Foreign Minister Zdenka Kramplova", "Zdenka Kramplova"],
        "laszlo_kovacs": ["Hungary's Foreign Minister Laszlo Kovacs", "Laszlo Kovacs"],
        "milan_tokar": ["Milan Tokar"],
        "rfe_rl": ["RFE/RL"],
        "slovak_foreign_ministry": ["Slovak Foreign Ministry"],
        "hungarian_foreign_ministry": ["Hungarian Foreign Ministry"],
        "government_of_hungary": ["Hungarian government"],
    },
    meetings=[
        # "Goncz met yesterday in Levoca with Slovakia's President Michal Kovac." -> held,
        # 1998-01-22, Levoca (written without diacritics, as in the text).
        M(["arpad_goncz", "michal_kovac"], "1998-01-22", "Levoca", IP, H,
          "Goncz met yesterday in Levoca with Slovakia's President Michal Kovac."),
        # "In Budapest yesterday, the Slovak and Hungarian Foreign Ministers were meeting." (the
        # role phrase denotes Kramplova and Kovacs, named below; "The Foreign Ministers signed a
        # document" is the same meeting) -> held, 1998-01-22, Budapest.
        M(["zdenka_kramplova", "laszlo_kovacs"], "1998-01-22", "Budapest", IP, H,
          "In Budapest yesterday, the Slovak and Hungarian Foreign Ministers were meeting."),
        # Not rows: the "two-day summit" of "eleven presidents" in Levoca (multilateral); Goncz,
        # Tokar and the anonymous official telling RFE/RL (interviews/statements); the 1995
        # basic treaty and the committees (documents, unnamed bodies); Hungary's promise "three
        # years ago" (no meeting). "(RFE/RL)" in the dateline is the outlet's credit; RFE/RL is
        # annotated because the body names it as the interviewer. Removed: at the end, the last,
        # cut-off sentence ("Slovaks want to have the last word on who will represent ethnic
        # minorities, and the person nominated yesterday by Slovakia").
    ],
    roles=[("Hungary's President", "arpad_goncz"), ("Slovakia's President", "michal_kovac"),
           ("Slovakia's Foreign Minister", "zdenka_kramplova"), ("Hungary's Foreign Minister", "laszlo_kovacs"),
           ("Slovak Foreign Ministry spokesman", "milan_tokar")],
)

_KHADKA_SIDELINE = "Likewise, Minister Khadka held a sideline meeting with Deputy Prime Minister and Foreign Minister Thailand Don Pramudwinai and Foreign Minister of Bangladesh A. K. Abdul Momen today."
A["dev_7909_khadka_jaishankar_colombo"] = dict(
    actors={
        "narayan_khadka": ["Foreign Affairs Minister Dr Narayan Khadka", "Minister of Foreign Affairs Dr Narayan Khadka",
                           "Dr Narayan Khadka", "Foreign Minister Khadka", "Minister Khadka", "Khadka", "narayan khadka"],
        "subrahmanyam_jaishankar": ["Indian Foreign Minister S Jaishankar", "Subrahmanyam Jaishankar", "S Jaishankar",
                                    "s Jaishankar", "Jaishankar"],
        "don_pramudwinai": ["Don Pramudwinai"],
        "ak_abdul_momen": ["A. K. Abdul Momen"],
        # The Sri Lankan Prime Minister, written "Mahenda Rajapaksa", "Mahinda Rajapaksha" and
        # (image line) "Mahinda Rajapkasha"; the handle "@PresRajapaksa" stands after his name in
        # the text (kept as written).
        "mahinda_rajapaksa": ["Mahenda Rajapaksa", "Mahinda Rajapaksha", "Mahinda Rajapkasha", "@PresRajapaksa"],
        "sher_bahadur_deuba": ["Prime Minister Sher Bahadur Deuba", "Sher Bahadur Deuba"],
        "bimstec": ["Bay of Bengal Initiative for Multi–Sectoral, Technical and Economic Cooperation", "BIMSTEC"],
        "ministry_of_foreign_affairs_nepal": ["Ministry of Foreign Affairs"],
    },
    meetings=[
        # "Foreign Affairs Minister Dr Narayan Khadka today held a meeting in Colombo with his
        # Indian counterpart Subrahmanyam Jaishankar on the sidelines of the 18th Ministerial
        # Meeting of ... (BIMSTEC)" (the caption's "held discussion in Colombo on March 29, 2022"
        # and "During the meeting" are the same) -> held, 2022-03-29, Colombo.
        M(["narayan_khadka", "subrahmanyam_jaishankar"], "2022-03-29", "Colombo", IP, H,
          "KATHMANDU: Foreign Affairs Minister Dr Narayan Khadka today held a meeting in Colombo with his Indian counterpart Subrahmanyam Jaishankar on the sidelines of the 18th Ministerial Meeting of the Bay of Bengal Initiative for Multi–Sectoral, Technical and Economic Cooperation (BIMSTEC)."),
        # "Minister Khadka held a sideline meeting with ... Don Pramudwinai and ... A. K. Abdul
        # Momen today" (the headline's "meets Indian, Bangladeshi counterpart") -> held,
        # 2022-03-29, Colombo (the sidelines of the BIMSTEC meeting held in Colombo, as the first
        # meeting). One meeting with both or two meetings is not clear: Khadka-Don and
        # Khadka-Momen required; Don-Momen required False (a pair only if the meeting was joint).
        M(["narayan_khadka", "don_pramudwinai"], "2022-03-29", "Colombo", IP, H, _KHADKA_SIDELINE),
        M(["narayan_khadka", "ak_abdul_momen"], "2022-03-29", "Colombo", IP, H, _KHADKA_SIDELINE),
        M(["don_pramudwinai", "ak_abdul_momen"], "2022-03-29", "Colombo", IP, H, _KHADKA_SIDELINE, False),
        # "Foreign Minister Khadka calls on the Prime Minister of Sri Lanka Mahenda Rajapaksa
        # (@PresRajapaksa) in Colombo" (the caption's "calls on Sri Lankan Prime Minister Mahinda
        # Rajapaksha in Colombo on March 29, 2022" is the same call) -> held, 2022-03-29,
        # Colombo.
        M(["narayan_khadka", "mahinda_rajapaksa"], "2022-03-29", "Colombo", IP, H,
          "Meanwhile, Foreign Minister Khadka calls on the Prime Minister of Sri Lanka Mahenda Rajapaksa (@PresRajapaksa) in Colombo."),
        # Not rows: "Prime Minister Sher Bahadur Deuba’s official visit to India taking place
        # from upcoming Friday, April 1" (a trip with no host named); the BIMSTEC Ministerial
        # Meeting (multilateral); Jaishankar's post "on a social site" (a statement). "(Photo:
        # MoFA Nepal)" is a photo credit (not annotated). The image lines "narayan khadka and s
        # Jaishankar Colombo" and "Mahinda Rajapkasha" are kept (caption area). Removed: at the
        # start, the site's date widget ("•      Fri Mar 29 2024") and the line "Logo".
    ],
    roles=[("his Indian counterpart", "subrahmanyam_jaishankar"), ("Indian Foreign Minister", "subrahmanyam_jaishankar"),
           ("India’s Minister for External Affairs", "subrahmanyam_jaishankar"),
           ("Deputy Prime Minister and Foreign Minister Thailand", "don_pramudwinai"),
           ("Foreign Minister of Bangladesh", "ak_abdul_momen"), ("the Prime Minister of Sri Lanka", "mahinda_rajapaksa"),
           ("Sri Lankan Prime Minister", "mahinda_rajapaksa")],
)

A["dev_7910_kwatra_dhaka_postponed"] = dict(
    actors={
        "vinay_kwatra": ["Vinay Mohan Kwatra", "Vinay Kwatra"],
        "sheikh_hasina": ["Prime Minister Sheikh Hasina", "Sheikh Hasina"],
        "narendra_modi": ["Indian Prime Minister Narendra Modi", "Narendra Modi"],
        "prothom_alo": ["Prothom Alo"],
        "ministry_of_foreign_affairs_bangladesh": ["foreign ministry"],
    },
    meetings=[
        # No rows. Kwatra's trip "has been postponed at the eleventh hour": the courtesy call on
        # Sheikh Hasina "on Saturday" (2024-04-20), the discussions with "the Bangladesh prime
        # minister" and the courtesy meeting with the (unnamed) foreign minister and secretary
        # will not take place as scheduled (a postponed meeting is not a row; no new date is
        # set). Hasina's "official trip to India in the latter half of June", now to be
        # rescheduled "to July", is a trip with no host named (not a row); Modi's invitation was
        # to be conveyed (a message, not delivered). Removed: the search tool's date prefix
        # (" date 2024-04-18") at the start. Zero-row control.
    ],
    roles=[("the Indian external affairs secretary", "vinay_kwatra"), ("The Indian secretary", "vinay_kwatra"),
           ("the Bangladesh prime minister", "sheikh_hasina"), ("Indian Prime Minister", "narendra_modi")],
)

A["test_7911_reagan_martens_washington"] = dict(
    actors={
        "wilfried_martens": ["Prime Minister Wilfried Martens", "Wilfried Martens", "Prime Minister Martens", "Martens"],
        "leo_tindemans": ["Foreign Minister Tindemans", "Tindemans"],
        "government_of_belgium": ["Government of Belgium"],
        # "the President of the European Community Council" (the Council of the European
        # Communities, today's Council of the European Union) and "Chairman of the European
        # Council": two bodies, both chaired by Belgium in 1982; kept as two keys.
        "council_of_the_european_union": ["European Community Council"],
        "european_council": ["European Council"],
        "nato": ["Atlantic Alliance"],
    },
    meetings=[
        # The President's "Prime Minister Martens and Foreign Minister Tindemans and their party
        # ... we've had a very valuable meeting" (the title's "Following Their Meeting", "We had
        # great discussion", Martens's "The discussion with the President and his advisers" are
        # the same meeting) -> held, 1982-02-17, Washington (Martens: "to be here in
        # Washington"). The President is never named in the text (speaker label "The
        # President."; the site's image line naming him was removed) -> one-party row with
        # Martens only (the guide: a counterpart given by role alone). Tindemans is a member of
        # the visiting party (an actor, not a participant; ANNOTATION.md).
        M(["wilfried_martens"], "1982-02-17", "Washington", IP, H,
          "Prime Minister Martens and Foreign Minister Tindemans and their party and the other representatives of the Government of Belgium—but also the Prime Minister is the President of the European Community Council—we've had a very valuable meeting, covered a great range of issues, found ourselves in great agreement with regard to the double-track of the Intermediate Nuclear Forces."),
        # "The discussion with the President and his advisers, though they will be pursued right
        # away with the Secretary of State" -> planned, 1982-02-17 ("right away"), Washington;
        # one-party (the Secretary of State is not named); required False (the subject is the
        # discussion of the delegations, the Belgian participant is not named in the clause).
        M(["wilfried_martens"], "1982-02-17", "Washington", IP, P,
          "The discussion with the President and his advisers, though they will be pursued right away with the Secretary of State, have proved very useful in fostering mutual understanding.",
          False),
        # Not rows: "look forward to further meetings" (no specific meeting); the European
        # Council and the Atlantic Alliance (bodies; no meeting). Removed: at the start, the
        # site's image line "Ronald Reagan picture" (as "Jimmy Carter photo" in `dev_7709`); at
        # the end, the last, cut-off sentence ("I am today comforted in that o").
    ],
    roles=[("Mr. Prime Minister", "wilfried_martens"), ("The Prime Minister", "wilfried_martens"),
           ("the Prime Minister", "wilfried_martens"), ("Prime Minister of Belgium", "wilfried_martens"),
           ("the President of the European Community Council", "wilfried_martens"),
           ("Chairman of the European Council", "wilfried_martens")],
)

A["dev_7912_kenyatta_magufuli_calls"] = dict(
    actors={
        "john_magufuli": ["Tanzanian President John Magufuli", "John Magufuli", "Magufuli"],
        "uhuru_kenyatta": ["President Uhuru Kenyatta", "Uhuru Kenyatta", "Honourable Kenyatta", "Honorable Kenyatta", "Kenyatta"],
        "sadc": ["Southern African Development Community", "SADC"],
        "government_of_tanzania": ["Tanzania’s Government"],
    },
    meetings=[
        # Magufuli, quoted: "The other day, I received a call from Honourable Kenyatta, the
        # Kenyan President." ("He called me when I was still in Chato" is the same call) ->
        # phone, held, date null ("The other day"), place null.
        M(["uhuru_kenyatta", "john_magufuli"], None, None, PH, H,
          "“The other day, I received a call from Honourable Kenyatta, the Kenyan President.”"),
        # "I also spoke to him today" -> a second call (the lead's "his phone call"; "spoke to"
        # in the context of the calls), phone, held; "today" is the day Magufuli spoke, which
        # the lead gives as "yesterday" -> 2020-05-20; place null.
        M(["john_magufuli", "uhuru_kenyatta"], "2020-05-20", None, PH, H,
          "“I also spoke to him today and we agreed that there is a border dispute.”"),
        # Not rows: the planned meeting of "our Ministers of Transport and the Provisional
        # Commissioners" with "their counterparts from Kenya" (no one named); Magufuli's speech
        # in Singida (a statement); the Tanzanian government's accusation "On Wednesday" (a
        # statement). Removed: at the end, the blog's lines "For more gossip, entertainment and
        # political drama, visit our blog here>>>" and "Leave a Reply". The slips "border issued"
        # and "Maasai’s" are kept.
    ],
    roles=[("the Kenyan President", "uhuru_kenyatta"),
           ("The Southern African Development Community (SADC) Chairman", "john_magufuli")],
)
